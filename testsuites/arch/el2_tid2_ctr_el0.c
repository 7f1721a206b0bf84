/* HCR_EL2.TID2 traps CTR_EL0 (D19.2.48, CTR_EL0 accessibility pseudocode):
 *   at EL1: MRS CTR_EL0 -> EL2, EC 0x18, ISS {Op0 3, Op2 1, Op1 3, CRn 0, CRm 0, read};
 *   at EL0 with SCTLR_EL1.UCT = 1: -> EL2 likewise (HCR_EL2.<E2H,TGE> != '11');
 *   at EL0 with SCTLR_EL1.UCT = 0: the UCT trap to EL1 has priority (checked first);
 *   at EL2: not trapped. Xt is unchanged by a trapped MRS. */
#include "el2.h"

PROBE_MRS(ctr, t_ctr, ctr_el0)

#define POISON 0x0bad0bad0bad0badULL

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2), sctlr1 = read_sysreg(sctlr_el1);
    uint64_t ctr_v = read_sysreg(ctr_el0);
    const uint64_t iss = ISS_SYS(3, 3, 0, 0, 1, RT_MRS, 1);

    CHECK_EQM("CTR_EL0 at EL1, TID2 = 0", run_at_el1(ctr, POISON), ctr_v);
    CHECK_EQM("CTR_EL0 at EL0, TID2 = 0, UCT = 1", run_at_el0(ctr, POISON), ctr_v);

    hcr_write(hcr | HCR_TID2);
    EXPECT_SYS_TRAP(1, ctr, POISON, iss, t_ctr);
    CHECK_EQM("ESR_EL2", exc_last.esr, 0x6232c0a1);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQM("SPSR_EL2.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL1h);

    EXPECT_SYS_TRAP(0, ctr, POISON, iss, t_ctr);
    CHECK_EQM("SPSR_EL2.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL0t);

    /* SCTLR_EL1.UCT = 0 at EL0: trapped to EL1 first */
    write_sysreg(sctlr_el1, sctlr1 & ~SCTLR_UCT);
    isb();
    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el0(ctr, POISON), POISON);
    CHECK_EXC(1, EC_SYS64, iss, t_ctr);
    write_sysreg(sctlr_el1, sctlr1);
    isb();

    exc_expect();
    CHECK_EQM("CTR_EL0 at EL2, TID2 = 1", ctr(POISON), ctr_v);
    CHECK_EQM("no trap at EL2", exc_last.taken, 0);
    exc_disarm();
    hcr_write(hcr);
    return test_done();
}
