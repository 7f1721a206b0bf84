/* CNTHCTL_EL2 with HCR_EL2.E2H = 0 (D19.12.11): EL1PCEN (bit 1) = 0 traps EL1 and EL0
 * accesses to the EL1 physical timer (CNTP_CTL/CVAL/TVAL_EL0) to EL2, EL1PCTEN (bit 0)
 * = 0 traps the physical counter (CNTPCT_EL0); EC 0x18, ISS Op0 3 Op1 3 CRn 14 with CRm
 * and Op2 of the register, Rt, Direction; the trapped MSR writes nothing. The virtual
 * timer and counter are not trapped; bits 10 and 11 (EL1PCTEN/EL1PCEN of the E2H = 1
 * layout) do nothing with E2H = 0; nothing traps at EL2. */
#include "timer.h"

PROBE_MRS(ctl_r, t_ctl_r, cntp_ctl_el0)
PROBE_MSR(cval_w, t_cval_w, cntp_cval_el0)
PROBE_MRS(tval_r, t_tval_r, cntp_tval_el0)
PROBE_MSR(tval_w, t_tval_w, cntp_tval_el0)
PROBE_MRS(pct_r, t_pct_r, cntpct_el0)
PROBE_MRS(vctl_r, t_vctl_r, cntv_ctl_el0)
PROBE_MRS(vct_r, t_vct_r, cntvct_el0)

#define POISON 0x1234123412341234ULL

static void cnthctl(uint64_t v) { write_sysreg(cnthctl_el2, v); isb(); }

int main(void)
{
    uint64_t saved = read_sysreg(cnthctl_el2), kctl = read_sysreg(cntkctl_el1);
    tp_cval_w(0x5555);

    cnthctl(CNTHCTL_EL1PCTEN);          /* EL1PCEN = 0 */
    EXPECT_SYS_TRAP(1, ctl_r, POISON, ISS_SYS(3, 3, 14, 2, 1, RT_MRS, 1), t_ctl_r);
    CHECK_EQM("ESR_EL2 (MRS CNTP_CTL_EL0)", exc_last.esr, 0x6232f8a5);
    EXPECT_SYS_TRAP(1, cval_w, 0x7777, ISS_SYS(3, 3, 14, 2, 2, RT_MSR, 0), t_cval_w);
    CHECK_EQM("trapped MSR CNTP_CVAL_EL0 wrote nothing", tp_cval_r(), 0x5555);
    EXPECT_SYS_TRAP(1, tval_r, POISON, ISS_SYS(3, 3, 14, 2, 0, RT_MRS, 1), t_tval_r);
    EXPECT_SYS_TRAP(1, tval_w, 0x100, ISS_SYS(3, 3, 14, 2, 0, RT_MSR, 0), t_tval_w);
    CHECK_EQM("trapped MSR CNTP_TVAL_EL0 wrote nothing", tp_cval_r(), 0x5555);
    exc_expect();
    run_at_el1(pct_r, POISON);
    run_at_el1(vctl_r, POISON);
    run_at_el1(vct_r, POISON);
    CHECK_EQM("EL1PCEN = 0: CNTPCT, CNTV_CTL, CNTVCT not trapped", exc_last.taken, 0);
    exc_disarm();

    /* EL0, with CNTKCTL_EL1 allowing the access: EL1PCEN still traps it, to EL2 */
    write_sysreg(cntkctl_el1, kctl | CNTKCTL_EL0PTEN);
    isb();
    EXPECT_SYS_TRAP(0, ctl_r, POISON, ISS_SYS(3, 3, 14, 2, 1, RT_MRS, 1), t_ctl_r);
    write_sysreg(cntkctl_el1, kctl);

    cnthctl(CNTHCTL_EL1PCEN);           /* EL1PCTEN = 0 */
    EXPECT_SYS_TRAP(1, pct_r, POISON, ISS_SYS(3, 3, 14, 0, 1, RT_MRS, 1), t_pct_r);
    exc_expect();
    run_at_el1(ctl_r, POISON);
    run_at_el1(cval_w, 0x6666);
    CHECK_EQM("EL1PCEN = 1: CNTP accesses not trapped", exc_last.taken, 0);
    CHECK_EQM("CNTP_CVAL_EL0 written at EL1", tp_cval_r(), 0x6666);
    exc_disarm();

    cnthctl(CNTHCTL_E2H_EL1PCTEN | CNTHCTL_E2H_EL1PCEN);   /* E2H = 0: bits 0, 1 are 0 */
    EXPECT_SYS_TRAP(1, ctl_r, POISON, ISS_SYS(3, 3, 14, 2, 1, RT_MRS, 1), t_ctl_r);
    EXPECT_SYS_TRAP(1, pct_r, POISON, ISS_SYS(3, 3, 14, 0, 1, RT_MRS, 1), t_pct_r);

    cnthctl(0);
    exc_expect();
    ctl_r(POISON);
    pct_r(POISON);
    cval_w(0);
    CHECK_EQM("no trap at EL2", exc_last.taken, 0);
    exc_disarm();

    cnthctl(saved);
    return test_done();
}
