/* Each timer's interrupt output reaches this PE's Redistributor as a level on its
 * PPI (D11.2.4; IHI 0069 for the pending state of a level-sensitive interrupt):
 * EL1 physical INTID 30, EL1 virtual 27, EL2 physical 26 (the virt board's wiring;
 * timer_gic_ppi_el2v checks the EL2 virtual timer's INTID 28 the same way). With ENABLE = 1, IMASK = 0 and the count past
 * CVAL, GICR_ISPENDR0 shows the PPI pending; IMASK = 1 or ENABLE = 0 lowers the
 * level and the pending state goes (nothing latched it: the interrupt is not
 * enabled, and GICR_ICFGR1 leaves PPIs level-sensitive). The other timers' PPIs stay
 * clear meanwhile. No interrupt is taken: PSTATE.I is set and the CPU interface's
 * group enables are off. */
#include "gic.h"
#include "timer.h"

#ifndef TIMER_FIRST
#define TIMER_FIRST 0   /* the timers checked: timers_get() entries FIRST..LAST-1 */
#define TIMER_LAST  3
#endif

static const unsigned ppi[4] = { 30, 27, 26, 28 };

static uint32_t pending_settled(uint64_t rd, uint32_t want, uint32_t mask)
{
    uint32_t p = mmio_r32(rd + GICR_ISPENDR0) & mask;
    for (unsigned long i = 0; i < 1000000UL && p != want; i++)   /* QEMU updates late */
        p = mmio_r32(rd + GICR_ISPENDR0) & mask;
    return p;
}

int main(void)
{
    uint64_t rd = gicr_this_pe();
    CHECKM("a Redistributor matches MPIDR_EL1", rd != 0);
    if (!rd)
        return test_done();
    const struct timer *t;
    unsigned n = timers_get(&t);
    uint32_t all = 0;
    for (unsigned i = 0; i < n; i++) {
        t[i].ctl_w(0);
        all |= 1u << ppi[i];
    }
    CHECK_EQM("no timer PPI pending with the timers off", pending_settled(rd, 0, all), 0);
    if (n < TIMER_LAST) {
        tprintf("  no FEAT_VHE: no EL2 virtual timer\n");
        return test_done();
    }
    for (unsigned i = TIMER_FIRST; i < TIMER_LAST; i++) {
        uint32_t bit = 1u << ppi[i];
        tprintf("  %s: INTID %u\n", t[i].name, ppi[i]);
        t[i].cval_w(t[i].count() - 1);
        t[i].ctl_w(CNT_CTL_ENABLE);
        CHECK_EQM("condition met, IMASK 0: only its PPI pending", pending_settled(rd, bit, all), bit);
        t[i].ctl_w(CNT_CTL_ENABLE | CNT_CTL_IMASK);
        CHECK_EQM("IMASK 1: not pending", pending_settled(rd, 0, all), 0);
        t[i].ctl_w(CNT_CTL_ENABLE);
        CHECK_EQM("IMASK 0 again: pending", pending_settled(rd, bit, all), bit);
        t[i].cval_w(~0ULL);
        CHECK_EQM("CVAL moved ahead: not pending", pending_settled(rd, 0, all), 0);
        t[i].cval_w(t[i].count() - 1);
        CHECK_EQM("CVAL passed again: pending", pending_settled(rd, bit, all), bit);
        t[i].ctl_w(0);
        CHECK_EQM("ENABLE 0: not pending", pending_settled(rd, 0, all), 0);
    }
    return test_done();
}
