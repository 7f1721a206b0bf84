/* -M virt (virtualization=off): no EL2.  Reset enters at EL1 (the highest
 * implemented EL), ID_AA64PFR0_EL1.EL2 reads 0 (not implemented), the PSCI
 * conduit is HVC (PSCI_VERSION answers 1.1; an unknown function ID gets
 * NOT_SUPPORTED, -1, as from real firmware), and SMC is UNDEFINED (EC 0x00 at
 * EL1, ELR = the SMC): there is no EL3 and nothing answers it.
 * Self-contained: the common crt0 assumes EL2.
 * TRAPEZE-MACHINE: virt
 * NO-COMMON-LIB
 */
    .section .text.boot, "ax"
    .global _start
_start:
    ldr     x0, =__stack_el1_top
    mov     sp, x0
    adr     x0, vectors
    msr     vbar_el1, x0
    isb
    mov     x20, #1                 // failure code: the number of the check

    mrs     x0, CurrentEL           // 1: at EL1
    cmp     x0, #(1 << 2)
    b.ne    fail
    mov     x20, #2                 // 2: ID_AA64PFR0_EL1.EL2 == 0
    mrs     x0, id_aa64pfr0_el1
    ubfx    x0, x0, #8, #4
    cbnz    x0, fail
    mov     x20, #3                 // 3: PSCI_VERSION over HVC is 1.1
    movz    x0, #0x8400, lsl #16
    hvc     #0
    movz    x1, #1, lsl #16
    add     x1, x1, #1
    cmp     x0, x1
    b.ne    fail
    mov     x20, #4                 // 4: SMC is UNDEFINED
    mov     x21, #0
    movz    x0, #0x8400, lsl #16
smc_insn:
    smc     #0
    cmp     x21, #1
    b.ne    fail
    adr     x1, smc_insn
    cmp     x22, x1
    b.ne    fail
    lsr     x1, x23, #26
    cbnz    x1, fail
    mov     x20, #5                 // 5: HVC, unknown function ID: NOT_SUPPORTED
    mov     x21, #0
    mov     x0, #0x1234
    hvc     #0
    cbnz    x21, fail
    cmn     x0, #1
    b.ne    fail
    mov     x20, #0
fail:
    adr     x1, exit_block
    str     x20, [x1, #8]
    mov     x0, #0x18               // SYS_EXIT
    hlt     #0xf000
    b       .

/* Synchronous exception at EL1 (current EL, SPx): count it, record ELR and
 * ESR, return past the instruction. */
    .balign 2048
vectors:
    .balign 0x80
    b       .                       // current EL, SP0: unexpected
    .balign 0x200
    add     x21, x21, #1            // current EL, SPx, synchronous
    mrs     x22, elr_el1
    mrs     x23, esr_el1
    add     x0, x22, #4
    msr     elr_el1, x0
    eret

    .data
    .balign 8
exit_block:
    .quad   0x20026                 // ADP_Stopped_ApplicationExit
    .quad   1
