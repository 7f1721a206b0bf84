/* Code helpers of the MMU tests (pt.h): the EL2 hook vector table, a call that survives
 * a faulting instruction fetch, and EL0 routines that use no memory but their operand. */
#include "sysreg.h"
#include "frame.inc"

#define PT_FRAME    304     /* struct pt_frame: x0-x30, elr, spsr, esr, far, hpfar, handled */
#define PF_ELR      248
#define PF_ESR      264
#define PF_HPFAR    280

.macro fwd off
    .balign 0x80
    b       exc_vectors_el2 + \off
.endm

    .text
    .balign 2048
    .global pt_hook_vectors
pt_hook_vectors:
    fwd 0x000
    fwd 0x080
    fwd 0x100
    fwd 0x180
    fwd 0x200
    fwd 0x280
    fwd 0x300
    fwd 0x380
    .balign 0x80                /* 0x400: synchronous, lower EL using AArch64 */
    sub     sp, sp, #PT_FRAME
    stp     x0, x1, [sp, #0]
    b       pt_hook_sync
    fwd 0x480
    fwd 0x500
    fwd 0x580
    fwd 0x600
    fwd 0x680
    fwd 0x700
    fwd 0x780

pt_hook_sync:
    frame_save_x2_x30
    mrs     x0, elr_el2
    mrs     x1, spsr_el2
    stp     x0, x1, [sp, #PF_ELR]
    mrs     x0, esr_el2
    mrs     x1, far_el2
    stp     x0, x1, [sp, #PF_ESR]
    mrs     x0, hpfar_el2
    str     x0, [sp, #PF_HPFAR]
    mov     x0, sp
    mov     x29, #0
    bl      pt_hook_dispatch
    str     x0, [sp, #PF_HPFAR + 8]
    cbz     x0, 1f
    ldp     x0, x1, [sp, #PF_ELR]
    msr     elr_el2, x0
    msr     spsr_el2, x1
1:  frame_restore_x2_x30
    ldr     x0, [sp, #PF_HPFAR + 8]
    cbnz    x0, 2f
    ldp     x0, x1, [sp, #0]
    add     sp, sp, #PT_FRAME
    b       exc_vectors_el2 + 0x400
2:  ldp     x0, x1, [sp, #0]
    add     sp, sp, #PT_FRAME
    eret

/* uint64_t pt_exec(uint64_t target) -- any EL */
    .global pt_exec, pt_exec_fault
    .type pt_exec, %function
pt_exec:
    stp     x29, x30, [sp, #-16]!
    blr     x0
    b       1f
pt_exec_fault:
    mov     x0, #-1
1:  ldp     x29, x30, [sp], #16
    ret

/* EL0 routines, entered by run_at_el0 with x0 = the operand and x30 =
 * lower_return_el0; they leave with SVC #SVC_RETURN_TO_EL2 themselves so that they
 * need no memory but the operand. */
    .global pt_el0_ldr, pt_el0_ldr_insn
    .type pt_el0_ldr, %function
pt_el0_ldr:
pt_el0_ldr_insn:
    ldr     x0, [x0]
    svc     #SVC_RETURN_TO_EL2

    .global pt_el0_str, pt_el0_str_insn
    .type pt_el0_str, %function
pt_el0_str:
pt_el0_str_insn:
    str     x0, [x0]
    mov     x0, #0
    svc     #SVC_RETURN_TO_EL2

    .global pt_el0_exec, pt_el0_exec_fault
    .type pt_el0_exec, %function
pt_el0_exec:
    adr     x30, 1f
    br      x0
pt_el0_exec_fault:
    mov     x0, #-1
1:  svc     #SVC_RETURN_TO_EL2

/* uint64_t pt_ldr(uint64_t va), void pt_str(uint64_t va, uint64_t val), at EL1 or EL2:
 * one LDR X0, [X0] / STR X1, [X0] at pt_ldr_insn / pt_str_insn. After a fault the
 * handler resumes at the RET: pt_ldr returns va. */
    .global pt_ldr, pt_ldr_insn, pt_str, pt_str_insn
    .type pt_ldr, %function
pt_ldr:
pt_ldr_insn:
    ldr     x0, [x0]
    ret
    .type pt_str, %function
pt_str:
pt_str_insn:
    str     x1, [x0]
    ret
