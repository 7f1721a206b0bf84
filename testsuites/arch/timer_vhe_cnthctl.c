/* CNTHCTL_EL2 in the HCR_EL2.E2H = 1 layout (D19.12.11):
 *   E2H = 1, TGE = 0: EL1PCEN is bit 11 and EL1PCTEN bit 10; bits 1 and 0 no longer
 *     enable EL1 (they are EL0VCTEN/EL0PCTEN): CNTHCTL = 0b11 traps EL1's CNTP_CTL_EL0
 *     and CNTPCT_EL0 to EL2 (EC 0x18); bit 11 alone lets CNTP_CTL through, bit 10 alone
 *     CNTPCT;
 *   E2H = 1, TGE = 1 (EL0 in the EL2&0 regime): CNTHCTL_EL2.EL0PTEN (bit 9) and
 *     EL0VTEN (bit 8) gate EL0's timer accesses, not CNTKCTL_EL1, trapping to EL2; and
 *     EL0's CNTP_CVAL_EL0 / CNTV_CVAL_EL0 reach CNTHP_CVAL_EL2 / CNTHV_CVAL_EL2.
 * Needs FEAT_VHE; without it the test only says so. */
#include "timer.h"

PROBE_MRS(p_ctl_r, t_p_ctl_r, cntp_ctl_el0)
PROBE_MRS(p_cval_r, t_p_cval_r, cntp_cval_el0)
PROBE_MRS(v_cval_r, t_v_cval_r, cntv_cval_el0)
PROBE_MRS(pct_r, t_pct_r, cntpct_el0)

#define POISON 0x9999888877776666ULL

static void cnthctl(uint64_t v) { write_sysreg(cnthctl_el2, v); isb(); }

int main(void)
{
    if (!have_vhe()) {
        tprintf("  no FEAT_VHE: no E2H layout\n");
        return test_done();
    }
    uint64_t hcr = read_sysreg(hcr_el2), saved = read_sysreg(cnthctl_el2);
    uint64_t kctl = read_sysreg(cntkctl_el1);

    hcr_write(hcr | HCR_E2H);
    cnthctl(CNTHCTL_EL1PCTEN | CNTHCTL_EL1PCEN);    /* bits 0, 1: not EL1's enables now */
    EXPECT_SYS_TRAP(1, p_ctl_r, POISON, ISS_SYS(3, 3, 14, 2, 1, RT_MRS, 1), t_p_ctl_r);
    EXPECT_SYS_TRAP(1, pct_r, POISON, ISS_SYS(3, 3, 14, 0, 1, RT_MRS, 1), t_pct_r);
    cnthctl(CNTHCTL_E2H_EL1PCEN);
    EXPECT_SYS_TRAP(1, pct_r, POISON, ISS_SYS(3, 3, 14, 0, 1, RT_MRS, 1), t_pct_r);
    exc_expect();
    run_at_el1(p_ctl_r, POISON);
    CHECK_EQM("E2H = 1, EL1PCEN (bit 11): CNTP_CTL_EL0 at EL1 not trapped", exc_last.taken, 0);
    exc_disarm();
    cnthctl(CNTHCTL_E2H_EL1PCTEN);
    EXPECT_SYS_TRAP(1, p_ctl_r, POISON, ISS_SYS(3, 3, 14, 2, 1, RT_MRS, 1), t_p_ctl_r);
    exc_expect();
    run_at_el1(pct_r, POISON);
    CHECK_EQM("E2H = 1, EL1PCTEN (bit 10): CNTPCT_EL0 at EL1 not trapped", exc_last.taken, 0);
    exc_disarm();

    /* EL2&0 regime: EL0 governed by CNTHCTL_EL2's EL0 bits */
    write_sysreg(cnthp_cval_el2, 0xabc0000ULL);
    write_sysreg(CNTHV_CVAL_EL2, 0xdef0000ULL);
    hcr_write(hcr | HCR_E2H | HCR_TGE);
    write_sysreg(cntkctl_el12, CNTKCTL_EL0PTEN | CNTKCTL_EL0VTEN);
    cnthctl(CNTHCTL_E2H_EL1PCTEN | CNTHCTL_E2H_EL1PCEN);
    EXPECT_SYS_TRAP(0, p_ctl_r, POISON, ISS_SYS(3, 3, 14, 2, 1, RT_MRS, 1), t_p_ctl_r);
    EXPECT_SYS_TRAP(0, v_cval_r, POISON, ISS_SYS(3, 3, 14, 3, 2, RT_MRS, 1), t_v_cval_r);
    write_sysreg(cntkctl_el12, 0);
    cnthctl(CNTKCTL_EL0PTEN | CNTKCTL_EL0VTEN);
    exc_expect();
    CHECK_EQM("EL0 in host: CNTP_CVAL_EL0 reads CNTHP_CVAL_EL2", run_at_el0(p_cval_r, POISON),
              0xabc0000ULL);
    CHECK_EQM("EL0 in host: CNTV_CVAL_EL0 reads CNTHV_CVAL_EL2", run_at_el0(v_cval_r, POISON),
              0xdef0000ULL);
    CHECK_EQM("EL0 in host, CNTHCTL_EL2.EL0PTEN/EL0VTEN = 1: no trap", exc_last.taken, 0);
    exc_disarm();

    hcr_write(hcr);
    cnthctl(saved);
    write_sysreg(cntkctl_el1, kctl);
    isb();
    return test_done();
}
