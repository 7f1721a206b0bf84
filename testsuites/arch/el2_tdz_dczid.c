/* DCZID_EL0.DZP (bit 4, D19.2.x DCZID_EL0) reads 1 where DC ZVA is prohibited by the
 * access controls: at EL1 and EL0 when HCR_EL2.TDZ = 1, at EL0 when SCTLR_EL1.DZE = 0;
 * 0 at EL2 whatever TDZ is, and at EL1/EL0 when nothing prohibits it. Reading DCZID_EL0
 * itself never traps. BS (bits 3:0) does not change. */
#include "el2.h"

PROBE_MRS(dczid, t_dczid, dczid_el0)

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2), sctlr1 = read_sysreg(sctlr_el1);
    uint64_t d2 = read_sysreg(dczid_el0);
    CHECK_EQM("DZP at EL2", d2 & DCZID_DZP, 0);

    exc_expect();
    CHECK_EQM("EL1, TDZ = 0", run_at_el1(dczid, 0), d2);
    CHECK_EQM("EL0, TDZ = 0, DZE = 1", run_at_el0(dczid, 0), d2);

    hcr_write(hcr | HCR_TDZ);
    CHECK_EQM("EL1, TDZ = 1", run_at_el1(dczid, 0), d2 | DCZID_DZP);
    CHECK_EQM("EL0, TDZ = 1", run_at_el0(dczid, 0), d2 | DCZID_DZP);
    CHECK_EQM("EL2, TDZ = 1", read_sysreg(dczid_el0), d2);
    hcr_write(hcr);

    write_sysreg(sctlr_el1, sctlr1 & ~SCTLR_DZE);
    isb();
    CHECK_EQM("EL0, DZE = 0", run_at_el0(dczid, 0), d2 | DCZID_DZP);
    CHECK_EQM("EL1, DZE = 0 (DZE is an EL0 control)", run_at_el1(dczid, 0), d2);
    write_sysreg(sctlr_el1, sctlr1);
    isb();
    CHECK_EQM("DCZID_EL0 reads never trap", exc_last.taken, 0);
    exc_disarm();
    return test_done();
}
