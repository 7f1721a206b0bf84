/* Lazy FP/SIMD context switching, as kernels and hypervisors do it:
 *  1. EL1 with CPACR_EL1.FPEN = 0b00 runs FMOV D0, X1: EC 0x07 to EL1 with
 *     ESR.ISS = 0x1E00000 (ConditionSyndrome) and ELR = the FMOV; the handler
 *     sets FPEN = 0b11 and returns to the same instruction, which re-executes.
 *  2. The same at EL2 with CPTR_EL2.TFP = 1 trapping EL1's FMOV: EC 0x07 to
 *     EL2; the handler clears TFP and returns; the FMOV re-executes.
 *  3. FPCR/FPSR save and restore: MSR then MRS give back FPCR's AHP, DN, FZ,
 *     RMode with the trap enables reading as zero (no trapped FP exceptions),
 *     and FPSR's QC and cumulative flags (other bits depend on other features,
 *     e.g. FZ16, and are not checked).
 * Checked: each trap taken exactly once, the register values, the syndromes.
 * NO-COMMON-LIB
 */
    .section .text.boot, "ax"
    .global _start
_start:
    ldr     x0, =__stack_el2_top
    mov     sp, x0
    adr     x0, vectors_el2
    msr     vbar_el2, x0
    mov     x0, #(1 << 31)              // HCR_EL2.RW
    msr     hcr_el2, x0
    ldr     x0, =0x33ff                 // CPTR_EL2: RES1 bits, TFP = 0
    msr     cptr_el2, x0
    msr     cpacr_el1, xzr              // FPEN = 0b00: EL1 FP traps to EL1
    ldr     x0, =__stack_el1_top
    msr     sp_el1, x0
    adr     x0, vectors_el1
    msr     vbar_el1, x0
    mov     x20, #0                     // EL1 traps taken
    mov     x21, #0                     // EL2 traps taken
    mov     x0, #0x3c5                  // EL1h, DAIF masked
    msr     spsr_el2, x0
    adr     x0, el1_code
    msr     elr_el2, x0
    isb
    eret

el1_code:
    ldr     x1, =0x4045000000000000     // 42.0
fp1:
    fmov    d0, x1                      // traps to EL1 once, then runs
    fmov    x2, d0
    mov     x3, #(1 << 10)              // ask EL2 to set CPTR_EL2.TFP
    hvc     #1
    ldr     x1, =0xc000000000000000     // -2.0
fp2:
    fmov    d1, x1                      // traps to EL2 once, then runs
    fmov    x4, d1
    ldr     x5, =0xffffffff             // FPCR: every bit
    msr     fpcr, x5
    mrs     x6, fpcr
    ldr     x5, =0xffffffff             // FPSR: every bit
    msr     fpsr, x5
    mrs     x7, fpsr
    hvc     #2                          // done: EL2 checks and exits

/* EL2: HVC #1 sets TFP; HVC #2 checks; EC 0x07 clears TFP and retries. */
el2_sync:
    mrs     x10, esr_el2
    lsr     x11, x10, #26
    cmp     x11, #0x16
    b.eq    el2_hvc
    cmp     x11, #0x07
    b.ne    fail_el2
    ldr     x12, =0x1e00000
    and     x13, x10, #0x1ffffff
    cmp     x13, x12
    b.ne    fail_el2
    mrs     x12, elr_el2
    adr     x13, fp2
    cmp     x12, x13
    b.ne    fail_el2
    add     x21, x21, #1
    ldr     x0, =0x33ff                 // TFP = 0
    msr     cptr_el2, x0
    isb
    eret                                // ELR unchanged: the FMOV runs again
el2_hvc:
    and     x11, x10, #0xffff
    cmp     x11, #1
    b.ne    el2_check
    ldr     x0, =0x33ff
    orr     x0, x0, x3
    msr     cptr_el2, x0
    isb
    eret
el2_check:
    mov     x0, #1
    cmp     x20, #1                     // one EL1 trap
    b.ne    exit
    mov     x0, #2
    cmp     x21, #1                     // one EL2 trap
    b.ne    exit
    mov     x0, #3
    ldr     x12, =0x4045000000000000
    cmp     x2, x12
    b.ne    exit
    mov     x0, #4
    ldr     x12, =0xc000000000000000
    cmp     x4, x12
    b.ne    exit
    mov     x0, #5
    ldr     x12, =0x07c09f00            // AHP, DN, FZ, RMode and the trap enables
    and     x6, x6, x12
    ldr     x12, =0x07c00000            // ... of which the enables read as zero
    cmp     x6, x12
    b.ne    exit
    mov     x0, #6
    ldr     x12, =0x0800009f            // QC, IDC, IXC, UFC, OFC, DZC, IOC
    and     x7, x7, x12
    cmp     x7, x12
    b.ne    exit
    mov     x0, #0
    b       exit
fail_el2:
    mov     x0, #7
exit:
    adr     x1, exit_block
    str     x0, [x1, #8]
    mov     x0, #0x18                   // SYS_EXIT
    hlt     #0xf000
    b       .

/* EL1: EC 0x07 at fp1 sets FPEN = 0b11 and retries. */
el1_sync:
    mrs     x10, esr_el1
    lsr     x11, x10, #26
    cmp     x11, #0x07
    b.ne    el1_bad
    mrs     x12, elr_el1
    adr     x13, fp1
    cmp     x12, x13
    b.ne    el1_bad
    add     x20, x20, #1
    mov     x0, #(3 << 20)
    msr     cpacr_el1, x0
    isb
    eret
el1_bad:
    mov     x20, #100
    hvc     #2

    .balign 2048
vectors_el2:
    .balign 0x80
    b       fail_el2                    // current EL, SP0
    .balign 0x200
    b       fail_el2                    // current EL, SPx, sync
    .balign 0x400
    b       el2_sync                    // lower EL, AArch64, sync
    .balign 0x800
vectors_el1:
    .balign 0x80
    b       .
    .balign 0x200
    b       el1_sync                    // current EL, SPx, sync
    .balign 0x800

    .data
    .balign 8
exit_block:
    .quad   0x20026
    .quad   1
