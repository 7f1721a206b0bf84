/* hello_el2: entry at EL2, vector tables for EL2 and EL1, and the ERET helpers. */

#define HCR_RW      (1 << 31)
#define HCR_TSC     (1 << 19)
/* SCTLR_EL2/SCTLR_EL1 RES1 bits (MMU, caches and alignment checks off) */
#define SCTLR_EL2_INIT 0x30c50830
#define SCTLR_EL1_INIT 0x30d00800

#define FRAME_SIZE  (32 * 8)

    .section .text.boot, "ax"
    .global _start
_start:
    msr     daifset, #0xf
    ldr     x0, =stack_el2_top
    mov     sp, x0
    ldr     x0, =__bss_start
    ldr     x1, =__bss_end
1:  cmp     x0, x1
    b.hs    2f
    str     xzr, [x0], #8
    b       1b
2:  ldr     x0, =SCTLR_EL2_INIT
    msr     sctlr_el2, x0
    ldr     x0, =SCTLR_EL1_INIT
    msr     sctlr_el1, x0
    mov     x0, #3                      /* CNTHCTL_EL2: EL1 counter access */
    msr     cnthctl_el2, x0
    isb
    bl      el2_main
    b       .

/* Save x0-x30 in a frame on the current stack, call \handler(frame), restore, ERET.
 * The handler may change the saved registers (x0 is the "return value" of a call). */
.macro vector_entry handler
    .balign 0x80
    sub     sp, sp, #FRAME_SIZE
    stp     x0, x1, [sp, #0]
    stp     x2, x3, [sp, #16]
    stp     x4, x5, [sp, #32]
    stp     x6, x7, [sp, #48]
    stp     x8, x9, [sp, #64]
    stp     x10, x11, [sp, #80]
    stp     x12, x13, [sp, #96]
    stp     x14, x15, [sp, #112]
    stp     x16, x17, [sp, #128]
    stp     x18, x30, [sp, #144]
    mov     x0, sp
    bl      \handler
    b       restore_and_eret
.endm

.macro vector_table name, cur_sync, lower_sync, other
    .balign 2048
    .global \name
\name:
    vector_entry \other         /* current EL, SP0: sync */
    vector_entry \other         /* irq */
    vector_entry \other         /* fiq */
    vector_entry \other         /* serror */
    vector_entry \cur_sync      /* current EL, SPx: sync */
    vector_entry \other
    vector_entry \other
    vector_entry \other
    vector_entry \lower_sync    /* lower EL, AArch64: sync */
    vector_entry \other
    vector_entry \other
    vector_entry \other
    vector_entry \other         /* lower EL, AArch32 */
    vector_entry \other
    vector_entry \other
    vector_entry \other
.endm

    .text
    vector_table el2_vectors, el2_unexpected, el2_sync_lower, el2_unexpected
    vector_table el1_vectors, el1_unexpected, el1_sync_lower, el1_unexpected

restore_and_eret:
    ldp     x2, x3, [sp, #16]
    ldp     x4, x5, [sp, #32]
    ldp     x6, x7, [sp, #48]
    ldp     x8, x9, [sp, #64]
    ldp     x10, x11, [sp, #80]
    ldp     x12, x13, [sp, #96]
    ldp     x14, x15, [sp, #112]
    ldp     x16, x17, [sp, #128]
    ldp     x18, x30, [sp, #144]
    ldp     x0, x1, [sp, #0]
    add     sp, sp, #FRAME_SIZE
    eret

/* void eret_to_el1(void (*entry)(void)) -- at EL2: EL1h, interrupts masked */
    .global eret_to_el1
eret_to_el1:
    msr     elr_el2, x0
    mov     x1, #0x3c5
    msr     spsr_el2, x1
    ldr     x1, =stack_el1_top
    msr     sp_el1, x1
    eret

/* void eret_to_el0(void (*entry)(void)) -- at EL1: EL0t, interrupts masked */
    .global eret_to_el0
eret_to_el0:
    msr     elr_el1, x0
    mov     x1, #0x3c0
    msr     spsr_el1, x1
    ldr     x1, =stack_el0_top
    msr     sp_el0, x1
    eret

/* void continue_on_stack(void (*fn)(void), void *sp): leave an exception handler for good */
    .global continue_on_stack
continue_on_stack:
    mov     sp, x1
    br      x0
    .ltorg
