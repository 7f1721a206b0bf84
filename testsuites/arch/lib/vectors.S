/* Default vector tables for EL2 and EL1 (D1.10.2) and the run-at-lower-EL helper.
 * Every entry saves the interrupted context in a struct exc_frame (exc.c) and calls
 * exc_handle(frame, ...); the frame's ELR/SPSR are written back before ERET. */
#include "sysreg.h"
#include "frame.inc"

#define FRAME_SIZE  336
#define F_VEC       248
#define F_ELR       256
#define F_ESR       272
#define F_DAIF      288
#define F_PAN       304
#define F_SP_EL0    320

.macro ventry el, off
    .balign 0x80
    sub     sp, sp, #FRAME_SIZE
    stp     x0, x1, [sp, #0]
    mrs     x0, daif
    mrs     x1, spsel
    stp     x0, x1, [sp, #F_DAIF]
    mov     x0, #\off
    b       exc_common_el\el
.endm

.macro vtable el
    .balign 2048
    .global exc_vectors_el\el
exc_vectors_el\el:
    ventry \el, 0x000
    ventry \el, 0x080
    ventry \el, 0x100
    ventry \el, 0x180
    ventry \el, 0x200
    ventry \el, 0x280
    ventry \el, 0x300
    ventry \el, 0x380
    ventry \el, 0x400
    ventry \el, 0x480
    ventry \el, 0x500
    ventry \el, 0x580
    ventry \el, 0x600
    ventry \el, 0x680
    ventry \el, 0x700
    ventry \el, 0x780
.endm

.macro vcommon el
exc_common_el\el:
    frame_save_x2_x30
    str     x0, [sp, #F_VEC]
    mrs     x0, elr_el\el
    mrs     x1, spsr_el\el
    stp     x0, x1, [sp, #F_ELR]
    mrs     x0, esr_el\el
    mrs     x1, far_el\el
    stp     x0, x1, [sp, #F_ESR]
    mrs     x0, pan
    mrs     x1, CurrentEL
    stp     x0, x1, [sp, #F_PAN]
    mrs     x0, sp_el0
    str     x0, [sp, #F_SP_EL0]
    mov     x0, sp
    mov     x29, #0
    bl      exc_handle
    ldp     x0, x1, [sp, #F_ELR]
    msr     elr_el\el, x0
    msr     spsr_el\el, x1
    frame_restore_x2_x30
    ldp     x0, x1, [sp, #0]
    add     sp, sp, #FRAME_SIZE
    eret
.endm

    .text
    vtable 2
    vcommon 2
    vtable 1
    vcommon 1

/* uint64_t run_lower(lower_fn fn, uint64_t arg, uint64_t spsr) -- at EL2 */
    .global run_lower
run_lower:
    stp     x29, x30, [sp, #-96]!
    stp     x19, x20, [sp, #16]
    stp     x21, x22, [sp, #32]
    stp     x23, x24, [sp, #48]
    stp     x25, x26, [sp, #64]
    stp     x27, x28, [sp, #80]
    mov     x9, sp
    adrp    x10, lower_saved_sp
    str     x9, [x10, :lo12:lower_saved_sp]
    msr     elr_el2, x0
    msr     spsr_el2, x2
    ldr     x9, =__stack_el1_top
    msr     sp_el1, x9
    ldr     x9, =__stack_el0_top
    msr     sp_el0, x9
    adr     x30, lower_return_el0
    tst     x2, #0xc                /* SPSR.M[3:2]: the target EL */
    b.eq    1f
    adr     x30, lower_return_el1
1:  mov     x0, x1
    mov     x29, #0
    eret

    .global lower_return_el1
lower_return_el1:
    hvc     #SVC_RETURN_TO_EL2
    b       .
    .global lower_return_el0
lower_return_el0:
    svc     #SVC_RETURN_TO_EL2
    b       .

/* void lower_resume(uint64_t ret) -- at EL2, from exc_handle: back to run_lower's caller */
    .global lower_resume
lower_resume:
    adrp    x10, lower_saved_sp
    ldr     x9, [x10, :lo12:lower_saved_sp]
    mov     sp, x9
    ldp     x19, x20, [sp, #16]
    ldp     x21, x22, [sp, #32]
    ldp     x23, x24, [sp, #48]
    ldp     x25, x26, [sp, #64]
    ldp     x27, x28, [sp, #80]
    ldp     x29, x30, [sp], #96
    ret
    .ltorg

    .bss
    .balign 8
lower_saved_sp:
    .skip   8
