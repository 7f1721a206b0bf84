/* MDCR_EL2.TPMCR (bit 5, D19.3.x) traps EL1 and EL0 accesses to PMCR_EL0 alone to EL2,
 * when FEAT_PMUv3 is implemented: EL1 MRS/MSR PMCR_EL0 (op0 3, op1 3, CRn 9, CRm 12,
 * op2 0) -> EL2, EC 0x18, Xt unchanged, PMCR_EL0 not written; PMCCNTR_EL0 is not trapped
 * by TPMCR; at EL2 TPMCR does not apply. Without FEAT_PMUv3 (PMUVer 0 or 0xF) PMCR_EL0
 * is UNDEFINED at EL1 whatever TPMCR is (RES0).
 * QEMU-DEVIATION: QEMU 7.2 ignores MDCR_EL2.TPMCR (pmreg_access checks TPM only; TPMCR
 * came in a later QEMU), so PMCR_EL0 at EL1 is not trapped. */
#include "el2.h"

PROBE_MRS(pmcr_r, t_pmcr_r, pmcr_el0)
PROBE_MSR(pmcr_w, t_pmcr_w, pmcr_el0)
PROBE_MRS(pmccntr_r, t_pmccntr_r, pmccntr_el0)

#define POISON 0x7272727227272727ULL

int main(void)
{
    uint64_t mdcr = read_sysreg(mdcr_el2) & ~(MDCR_EL2_TPM | MDCR_EL2_TPMCR);
    write_sysreg(mdcr_el2, mdcr | MDCR_EL2_TPMCR);
    isb();
    if (!have_pmuv3()) {
        tprintf("  no FEAT_PMUv3: PMCR_EL0 UNDEFINED\n");
        exc_expect();
        CHECK_EQM("Xt unchanged", run_at_el1(pmcr_r, POISON), POISON);
        CHECK_EXC(1, EC_UNKNOWN, 0, t_pmcr_r);
    } else {
        uint64_t pmcr = read_sysreg(pmcr_el0);
        EXPECT_SYS_TRAP(1, pmcr_r, POISON, ISS_SYS(3, 3, 9, 12, 0, RT_MRS, 1), t_pmcr_r);
        CHECK_EQM("ESR_EL2 (MRS PMCR_EL0)", exc_last.esr, 0x6230e4b9);
        EXPECT_SYS_TRAP(1, pmcr_w, pmcr & ~UL(1), ISS_SYS(3, 3, 9, 12, 0, RT_MSR, 0), t_pmcr_w);
        CHECK_EQM("PMCR_EL0 not written", read_sysreg(pmcr_el0), pmcr);
        exc_expect();
        run_at_el1(pmccntr_r, POISON);
        pmcr_r(POISON);
        CHECK_EQM("PMCCNTR_EL0 at EL1 and PMCR_EL0 at EL2 not trapped", exc_last.taken, 0);
        exc_disarm();
    }
    write_sysreg(mdcr_el2, mdcr);
    isb();
    return test_done();
}
