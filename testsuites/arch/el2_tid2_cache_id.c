/* HCR_EL2.TID2 (D19.2.48) at EL1: MRS CCSIDR_EL1 (op1 1, op2 0), CLIDR_EL1 (op1 1,
 * op2 1), CSSELR_EL1 (op1 2, op2 0) and MSR CSSELR_EL1 trap to EL2 with EC 0x18,
 * ISS = {Op0 3, Op2, Op1, CRn 0, Rt, CRm 0, Direction}, ELR = the instruction; a
 * trapped MRS leaves Xt unchanged and a trapped MSR does not write CSSELR_EL1. With
 * TID2 = 0 EL1 reads them; at EL2 TID2 does not apply. */
#include "el2.h"

PROBE_MRS(ccsidr, t_ccsidr, ccsidr_el1)
PROBE_MRS(clidr, t_clidr, clidr_el1)
PROBE_MRS(csselr_r, t_csselr_r, csselr_el1)
PROBE_MSR(csselr_w, t_csselr_w, csselr_el1)

#define POISON 0x2222333344445555ULL

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);
    write_sysreg(csselr_el1, 0);        /* level 1 data or unified cache */
    isb();
    uint64_t ccs = read_sysreg(ccsidr_el1), clid = read_sysreg(clidr_el1);

    CHECK_EQM("CCSIDR_EL1 at EL1, TID2 = 0", run_at_el1(ccsidr, POISON), ccs);
    CHECK_EQM("CLIDR_EL1 at EL1, TID2 = 0", run_at_el1(clidr, POISON), clid);
    CHECK_EQM("CSSELR_EL1 at EL1, TID2 = 0", run_at_el1(csselr_r, POISON), 0);

    hcr_write(hcr | HCR_TID2);
    EXPECT_SYS_TRAP(1, ccsidr, POISON, ISS_SYS(3, 1, 0, 0, 0, RT_MRS, 1), t_ccsidr);
    CHECK_EQM("ESR_EL2 (CCSIDR_EL1)", exc_last.esr, 0x623040a1);
    EXPECT_SYS_TRAP(1, clidr, POISON, ISS_SYS(3, 1, 0, 0, 1, RT_MRS, 1), t_clidr);
    EXPECT_SYS_TRAP(1, csselr_r, POISON, ISS_SYS(3, 2, 0, 0, 0, RT_MRS, 1), t_csselr_r);
    EXPECT_SYS_TRAP(1, csselr_w, 1, ISS_SYS(3, 2, 0, 0, 0, RT_MSR, 0), t_csselr_w);
    CHECK_EQM("CSSELR_EL1 not written", read_sysreg(csselr_el1), 0);

    /* at EL2 the bit does not apply */
    exc_expect();
    CHECK_EQM("CCSIDR_EL1 at EL2, TID2 = 1", ccsidr(POISON), ccs);
    CHECK_EQM("CLIDR_EL1 at EL2, TID2 = 1", clidr(POISON), clid);
    CHECK_EQM("no trap at EL2", exc_last.taken, 0);
    exc_disarm();
    hcr_write(hcr);
    return test_done();
}
