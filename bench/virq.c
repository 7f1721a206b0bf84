/* virq: a hypervisor's interrupt injection path, ITERATIONS times. EL1 asks with
   HVC #0; the EL2 handler writes a pending Group 1 vINTID 40 into ICH_LR0_EL2 and
   ERETs; EL1 unmasks IRQs, takes the vIRQ at its vector, acknowledges it with
   ICC_IAR1_EL1 and ends it with ICC_EOIR1_EL1 (both reach the ICV_ view, HCR_EL2.IMO
   = 1), which empties the list register, and ERETs. HVC #1 ends the run; the checksum
   (x0) folds in every INTID acknowledged. */
#include "hyp.h"

#ifndef ITERATIONS
#define ITERATIONS 500000
#endif

#define ICH_LR0_EL2   s3_4_c12_c12_0
#define ICH_HCR_EL2   s3_4_c12_c11_0
#define ICH_VMCR_EL2  s3_4_c12_c11_7
#define HCR_FMO (1ull << 3)
#define HCR_IMO (1ull << 4)

__asm__(
    EL2_HVC_ENTRY
    /* LR0: State = pending (62), Group 1 (60), priority 0x80 (55:48), vINTID 40 */
    "    movz    x10, #0x5080, lsl #48\n"
    "    movk    x10, #40\n"
    "    msr     s3_4_c12_c12_0, x10\n"
    "    eret\n"
    /* EL1: x0 = number of injections */
    "el1_virq_loop:\n"
    "    mov     x2, x0\n"
    "    mov     x0, #1\n"
    "1:  hvc     #0\n"
    "    msr     daifclr, #2\n"             /* the vIRQ is taken here */
    "    msr     daifset, #2\n"
    "    subs    x2, x2, #1\n"
    "    b.ne    1b\n"
    "    hvc     #1\n"
    "    b       .\n"
    /* EL1 vectors: only the IRQ from the current EL with SP_EL1 is expected */
    "    .balign 2048\n"
    "el1_vectors:\n"
    "    .rept   5\n"
    "    .balign 128\n"
    "    b       .\n"
    "    .endr\n"
    "    .balign 128\n"                     /* 0x280: IRQ, current EL, SP_ELx */
    "    mrs     x9, s3_0_c12_c12_0\n"      /* ICC_IAR1_EL1 (ICV) */
    "    msr     s3_0_c12_c12_1, x9\n"      /* ICC_EOIR1_EL1 (ICV) */
    "    eor     x0, x9, x0, ror #13\n"
    "    eret\n"
    "    .rept   10\n"
    "    .balign 128\n"
    "    b       .\n"
    "    .endr\n");

extern void el1_virq_loop(void);
extern char el1_vectors[];

void bench_main(void)
{
    write_sysreg(hcr_el2, HCR_RW | HCR_IMO | HCR_FMO);
    write_sysreg(sctlr_el1, SCTLR_EL1_RES1);
    write_sysreg(vbar_el1, (uint64_t)el1_vectors);
    write_sysreg(ICH_VMCR_EL2, (0xffull << 24) | 2);   /* VPMR 0xff, VENG1 */
    write_sysreg(ICH_HCR_EL2, 1);                       /* En */
    __asm__ volatile("isb");
    enter_el1(el1_virq_loop, ITERATIONS, 0, 0);
}
