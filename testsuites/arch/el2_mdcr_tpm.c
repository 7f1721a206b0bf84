/* MDCR_EL2.TPM (bit 6) traps the Performance Monitors registers to EL2 (D19.3.x), when
 * FEAT_PMUv3 is implemented (ID_AA64DFR0_EL1.PMUVer not 0 or 0xF): EL1 MRS/MSR of
 * PMCR_EL0 (op0 3, op1 3, CRn 9, CRm 12, op2 0), PMCCNTR_EL0 (CRm 13, op2 0) and
 * PMUSERENR_EL0 (CRm 14, op2 0), and EL0 PMCCNTR_EL0 when PMUSERENR_EL0.EN = 1 lets EL0
 * in, go to EL2 with EC 0x18; at EL2 TPM does not apply. (el2_mdcr_tpmcr has TPMCR.)
 * Without FEAT_PMUv3 the registers do not exist: their encodings are UNDEFINED at every
 * EL (EC 0x00 to EL1 from EL1/EL0, to EL2 at EL2) whatever TPM is (RES0). */
#include "el2.h"

PROBE_MRS(pmcr_r, t_pmcr_r, pmcr_el0)
PROBE_MSR(pmcr_w, t_pmcr_w, pmcr_el0)
PROBE_MRS(pmccntr_r, t_pmccntr_r, pmccntr_el0)
PROBE_MRS(pmuserenr_r, t_pmuserenr_r, pmuserenr_el0)

#define POISON 0x7171717117171717ULL
#define PMCR_N(v) (((v) >> 11) & 0x1f)

static void with_pmu(uint64_t mdcr)
{
    uint64_t pmcr = read_sysreg(pmcr_el0);
    exc_expect();
    CHECK_EQM("PMCR_EL0.N at EL1, no trap bits", PMCR_N(run_at_el1(pmcr_r, POISON)), PMCR_N(pmcr));
    CHECK_EQM("no trap", exc_last.taken, 0);
    exc_disarm();

    write_sysreg(mdcr_el2, mdcr | MDCR_EL2_TPM);
    isb();
    EXPECT_SYS_TRAP(1, pmcr_r, POISON, ISS_SYS(3, 3, 9, 12, 0, RT_MRS, 1), t_pmcr_r);
    CHECK_EQM("ESR_EL2 (MRS PMCR_EL0)", exc_last.esr, 0x6230e4b9);
    EXPECT_SYS_TRAP(1, pmcr_w, pmcr & ~UL(1), ISS_SYS(3, 3, 9, 12, 0, RT_MSR, 0), t_pmcr_w);
    CHECK_EQM("PMCR_EL0 not written", read_sysreg(pmcr_el0), pmcr);
    EXPECT_SYS_TRAP(1, pmccntr_r, POISON, ISS_SYS(3, 3, 9, 13, 0, RT_MRS, 1), t_pmccntr_r);
    EXPECT_SYS_TRAP(1, pmuserenr_r, POISON, ISS_SYS(3, 3, 9, 14, 0, RT_MRS, 1), t_pmuserenr_r);
    uint64_t userenr = read_sysreg(pmuserenr_el0);
    write_sysreg(pmuserenr_el0, userenr | 1);       /* EN */
    isb();
    EXPECT_SYS_TRAP(0, pmccntr_r, POISON, ISS_SYS(3, 3, 9, 13, 0, RT_MRS, 1), t_pmccntr_r);
    write_sysreg(pmuserenr_el0, userenr);

    exc_expect();
    pmcr_r(POISON);
    pmccntr_r(POISON);
    CHECK_EQM("no trap at EL2", exc_last.taken, 0);
    exc_disarm();
    write_sysreg(mdcr_el2, mdcr);
    isb();
}

static void without_pmu(uint64_t mdcr)
{
    tprintf("  no FEAT_PMUv3: PMU registers UNDEFINED\n");
    write_sysreg(mdcr_el2, mdcr | MDCR_EL2_TPM);
    isb();
    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el1(pmcr_r, POISON), POISON);
    CHECK_EXC(1, EC_UNKNOWN, 0, t_pmcr_r);
    exc_expect();
    run_at_el1(pmccntr_r, POISON);
    CHECK_EXC(1, EC_UNKNOWN, 0, t_pmccntr_r);
    exc_expect();
    run_at_el0(pmccntr_r, POISON);
    CHECK_EXC(1, EC_UNKNOWN, 0, t_pmccntr_r);
    exc_expect();
    pmcr_r(POISON);
    CHECK_EXC(2, EC_UNKNOWN, 0, t_pmcr_r);
    write_sysreg(mdcr_el2, mdcr);
    isb();
}

int main(void)
{
    uint64_t mdcr = read_sysreg(mdcr_el2) & ~(MDCR_EL2_TPM | MDCR_EL2_TPMCR);
    if (have_pmuv3())
        with_pmu(mdcr);
    else
        without_pmu(mdcr);
    return test_done();
}
