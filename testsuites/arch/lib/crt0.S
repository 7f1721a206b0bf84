/* Entry point: entered at EL2 with the MMU off (QEMU -kernel / trapeze -kernel). */
#include "sysreg.h"

/* SCTLR_EL1 for the tests: MMU/caches off, alignment checks off, EL0 may use
 * WFI/WFE (nTWI/nTWE), CTR_EL0 (UCT), DC ZVA (DZE) and cache ops (UCI). */
#define SCTLR_EL1_TEST (SCTLR_EL1_RES1 | SCTLR_nTWI | SCTLR_nTWE | SCTLR_UCT | \
                        SCTLR_DZE | SCTLR_UCI)

    .section .text.boot, "ax"
    .global _start
_start:
    msr     daifset, #0xf
    msr     spsel, #1
    ldr     x0, =__stack_el2_top
    mov     sp, x0

    ldr     x0, =__bss_start
    ldr     x1, =__bss_end
1:  cmp     x0, x1
    b.hs    2f
    str     xzr, [x0], #8
    b       1b
2:
    bl      el2_cpu_init
    bl      main
    bl      semi_exit
    b       .

/* The per-PE EL2 state of every test (also for the secondaries that
 * lib/smp_asm.S starts): a leaf that clobbers x0 only.  SP_EL1 and SP_EL0
 * are the shared lower-EL stacks: only CPU 0 may run code below EL2. */
    .global el2_cpu_init
el2_cpu_init:
    ldr     x0, =SCTLR_EL2_RES1
    msr     sctlr_el2, x0
    ldr     x0, =HCR_RW
    msr     hcr_el2, x0
    ldr     x0, =SCTLR_EL1_TEST
    msr     sctlr_el1, x0
    ldr     x0, =CPTR_EL2_RES1
    msr     cptr_el2, x0
    ldr     x0, =CPACR_FPEN
    msr     cpacr_el1, x0
    mov     x0, #(CNTHCTL_EL1PCTEN | CNTHCTL_EL1PCEN)
    msr     cnthctl_el2, x0
    mov     x0, #(CNTKCTL_EL0PCTEN | CNTKCTL_EL0VCTEN)
    msr     cntkctl_el1, x0
    msr     cntvoff_el2, xzr
    mrs     x0, midr_el1
    msr     vpidr_el2, x0
    mrs     x0, mpidr_el1
    msr     vmpidr_el2, x0
    ldr     x0, =exc_vectors_el2
    msr     vbar_el2, x0
    ldr     x0, =exc_vectors_el1
    msr     vbar_el1, x0
    ldr     x0, =__stack_el1_top
    msr     sp_el1, x0
    ldr     x0, =__stack_el0_top
    msr     sp_el0, x0
    isb
    ret
    .ltorg
