/* The timer condition (D11.2.4, CNTx_CTL.ISTATUS) of each timer: EL1 physical, EL1
 * virtual, EL2 physical and, with FEAT_VHE, EL2 virtual, at EL2 with E2H = 0:
 *   ENABLE = 1, CVAL ahead of the timer's count: ISTATUS = 0, with IMASK 0 or 1;
 *   a write of ISTATUS is ignored (read-only);
 *   once the count reaches CVAL: ISTATUS = 1, with IMASK 1 or 0 (IMASK masks only
 *   the interrupt, not the condition); CTL reads back ENABLE and IMASK as written
 *   (ISTATUS is allowed to lag for QEMU, see lib/timer.h; timer_istatus_immediate
 *   checks that it does not);
 *   CVAL already passed when written: ISTATUS = 1 at once; CVAL = 2^64 - 1: 0.
 * The timers are left disabled. */
#include "timer.h"

#define AHEAD 20000     /* ticks: 320 us at 62.5 MHz */

int main(void)
{
    const struct timer *t;
    unsigned n = timers_get(&t);
    for (unsigned i = 0; i < n; i++) {
        tprintf("  %s\n", t[i].name);
        t[i].ctl_w(0);
        uint64_t cval = t[i].count() + AHEAD;
        t[i].cval_w(cval);
        CHECK_EQM("CVAL reads back", t[i].cval_r(), cval);
        t[i].ctl_w(CNT_CTL_ENABLE);
        CHECK_EQM("before CVAL: CTL = ENABLE, ISTATUS 0", t[i].ctl_r(), CNT_CTL_ENABLE);
        t[i].ctl_w(CNT_CTL_ENABLE | CNT_CTL_IMASK | CNT_CTL_ISTATUS);
        CHECK_EQM("before CVAL, IMASK: ISTATUS 0 (not writable)", t[i].ctl_r(),
                  CNT_CTL_ENABLE | CNT_CTL_IMASK);

        uint64_t reached = timer_wait_for(t[i].count, cval);
        CHECKM("count reached CVAL", reached >= cval);
        CHECK_EQM("after CVAL, IMASK: ISTATUS 1", timer_ctl_settled(&t[i]),
                  CNT_CTL_ENABLE | CNT_CTL_IMASK | CNT_CTL_ISTATUS);
        t[i].ctl_w(CNT_CTL_ENABLE);
        CHECK_EQM("after CVAL: ISTATUS 1", t[i].ctl_r(), CNT_CTL_ENABLE | CNT_CTL_ISTATUS);

        t[i].cval_w(~0ULL);
        CHECK_EQM("CVAL = 2^64 - 1: ISTATUS 0", t[i].ctl_r(), CNT_CTL_ENABLE);
        t[i].cval_w(t[i].count() - 1);
        CHECK_EQM("CVAL in the past: ISTATUS 1 at once", t[i].ctl_r(),
                  CNT_CTL_ENABLE | CNT_CTL_ISTATUS);
        t[i].ctl_w(0);
        CHECK_EQM("disabled: CTL.ENABLE 0", t[i].ctl_r() & CNT_CTL_ENABLE, 0);
    }
    return test_done();
}
