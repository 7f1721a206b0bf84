/* CNTVOFF_EL2 (D11.2.4): the EL1 virtual count is CNTPCT - CNTVOFF_EL2, and the EL1
 * virtual timer compares CVAL with that count, so changing CNTVOFF_EL2 moves its
 * deadline without touching the physical timers or the EL2 virtual timer (no offset):
 *   EL1 reads CNTVCT_EL0 = CNTPCT_EL0 - CNTVOFF_EL2;
 *   CNTV_CVAL = virtual count + 10^7, ENABLE: ISTATUS 0 (EL2 and EL1 agree);
 *   CNTVOFF_EL2 lowered by 2 * 10^7 (virtual count jumps ahead): ISTATUS 1 at once,
 *   TVAL < 0, seen at EL1 too; the EL1 physical timer and CNTHV, both 10^7 ticks
 *   ahead, stay at ISTATUS 0;
 *   CNTVOFF_EL2 back: ISTATUS 0 again. */
#include "timer.h"

PROBE_MRS(el1_cntv_ctl, t_cntv_ctl, cntv_ctl_el0)

static uint64_t el1_vct_minus_pct(uint64_t off)
{
    uint64_t p0, v, p1;
    asm volatile("isb\n\tmrs %0, cntpct_el0\n\tisb\n\tmrs %1, cntvct_el0\n\tisb\n\tmrs %2, cntpct_el0"
                 : "=&r"(p0), "=&r"(v), "=&r"(p1));
    return (v - (p0 - off)) <= (p1 - p0);
}

#define AHEAD 10000000ULL

int main(void)
{
    const uint64_t off0 = 0x123456789ULL;
    write_sysreg(cntvoff_el2, off0);
    isb();
    CHECKM("EL1: CNTVCT = CNTPCT - CNTVOFF", run_at_el1(el1_vct_minus_pct, off0) == 1);

    tv_cval_w(tv_count() + AHEAD);
    tv_ctl_w(CNT_CTL_ENABLE | CNT_CTL_IMASK);
    tp_cval_w(tp_count() + AHEAD);
    tp_ctl_w(CNT_CTL_ENABLE | CNT_CTL_IMASK);
    if (have_vhe()) {
        thv_cval_w(thv_count() + AHEAD);
        thv_ctl_w(CNT_CTL_ENABLE | CNT_CTL_IMASK);
    }
    CHECK_EQM("CNTV before: ISTATUS 0", tv_ctl_r(), CNT_CTL_ENABLE | CNT_CTL_IMASK);
    CHECK_EQM("CNTV at EL1 before: ISTATUS 0", run_at_el1(el1_cntv_ctl, 0),
              CNT_CTL_ENABLE | CNT_CTL_IMASK);

    write_sysreg(cntvoff_el2, off0 - 2 * AHEAD);
    isb();
    CHECK_EQM("CNTVOFF lowered: CNTV ISTATUS 1", tv_ctl_r(),
              CNT_CTL_ENABLE | CNT_CTL_IMASK | CNT_CTL_ISTATUS);
    CHECK_EQM("CNTVOFF lowered: CNTV at EL1 ISTATUS 1", run_at_el1(el1_cntv_ctl, 0),
              CNT_CTL_ENABLE | CNT_CTL_IMASK | CNT_CTL_ISTATUS);
    CHECKM("CNTVOFF lowered: CNTV TVAL < 0", (int32_t)tv_tval_r() < 0);
    CHECK_EQM("CNTVOFF lowered: CNTP ISTATUS 0", tp_ctl_r(), CNT_CTL_ENABLE | CNT_CTL_IMASK);
    if (have_vhe())
        CHECK_EQM("CNTVOFF lowered: CNTHV (no offset) ISTATUS 0", thv_ctl_r(),
                  CNT_CTL_ENABLE | CNT_CTL_IMASK);

    write_sysreg(cntvoff_el2, off0);
    isb();
    CHECK_EQM("CNTVOFF back: CNTV ISTATUS 0", tv_ctl_r(), CNT_CTL_ENABLE | CNT_CTL_IMASK);

    tv_ctl_w(0);
    tp_ctl_w(0);
    if (have_vhe())
        thv_ctl_w(0);
    write_sysreg(cntvoff_el2, 0);
    return test_done();
}
