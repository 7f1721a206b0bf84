/* With HCR_EL2.{E2H, TGE} = {1, 1} the HCR_EL2 traps meant for a guest's EL1&0 do not
 * apply to EL0 (the accessibility pseudocode tests "HCR_EL2.<E2H,TGE> != '11'" or
 * "!ELIsInHost(EL0)" before TID2, TPU, TPCP, TDZ): with SCTLR_EL2.{UCT, UCI, DZE} = 1,
 * EL0 reads CTR_EL0 with TID2 = 1, runs IC IVAU and DC CVAU with TPU = 1 and DC CVAC
 * with TPCP = 1 without a trap, and DCZID_EL0.DZP is 0 with TDZ = 1 (DZP follows
 * SCTLR_EL2.DZE there: 1 when DZE = 0, though SCTLR_EL1.DZE = 1). Control: with E2H = 0
 * and TGE = 1, TID2 still traps EL0's CTR_EL0 to EL2.
 * Needs FEAT_VHE; without it the test only says so. */
#include "el2.h"

PROBE_MRS(ctr, t_ctr, ctr_el0)
PROBE_MRS(dczid, t_dczid, dczid_el0)
PROBE_SYS(ic_ivau, t_ivau, "ic ivau, x7")
PROBE_SYS(dc_cvau, t_cvau, "dc cvau, x7")
PROBE_SYS(dc_cvac, t_cvac, "dc cvac, x7")

static uint64_t buf[8] __attribute__((aligned(64)));
#define POISON 0x9999000099990000ULL

int main(void)
{
    if (!have_vhe()) {
        tprintf("  no FEAT_VHE: no host EL0\n");
        return test_done();
    }
    uint64_t hcr = read_sysreg(hcr_el2), s2 = read_sysreg(sctlr_el2), s1 = read_sysreg(sctlr_el1);
    uint64_t traps = HCR_TID2 | HCR_TPU | HCR_TPCP | HCR_TDZ;
    uint64_t dz = read_sysreg(dczid_el0), a = (uint64_t)buf;

    write_sysreg(sctlr_el2, s2 | SCTLR_UCT | SCTLR_UCI | SCTLR_DZE);
    hcr_write(hcr | HCR_E2H | HCR_TGE | traps);
    exc_expect();
    CHECK_EQM("CTR_EL0 at EL0, TID2 = 1", run_at_el0(ctr, POISON), read_sysreg(ctr_el0));
    run_at_el0(ic_ivau, (uint64_t)main);
    run_at_el0(dc_cvau, a);
    run_at_el0(dc_cvac, a);
    CHECK_EQM("DCZID_EL0.DZP at EL0, TDZ = 1, SCTLR_EL2.DZE = 1", run_at_el0(dczid, 0), dz);
    CHECK_EQM("no trap in the host", exc_last.taken, 0);
    exc_disarm();

    write_sysreg(sctlr_el1, s1 | SCTLR_DZE);
    write_sysreg(sctlr_el2, (s2 | SCTLR_UCT) & ~SCTLR_DZE);
    isb();
    CHECK_EQM("DCZID_EL0.DZP at EL0, SCTLR_EL2.DZE = 0", run_at_el0(dczid, 0), dz | DCZID_DZP);

    hcr_write(hcr | HCR_TGE | HCR_TID2);
    write_sysreg(sctlr_el2, s2);
    isb();
    EXPECT_SYS_TRAP(0, ctr, POISON, ISS_SYS(3, 3, 0, 0, 1, RT_MRS, 1), t_ctr);

    write_sysreg(sctlr_el1, s1);
    hcr_write(hcr);
    return test_done();
}
