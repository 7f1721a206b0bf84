/* A timer interrupt taken end to end (D11.2.4; IHI 0069): the timer chosen by
 * TIMER_INDEX (timers_get(): 0 CNTP EL1 physical, PPI 30; 1 CNTV EL1 virtual, 27;
 * 2 CNTHP EL2 physical, 26; 3 CNTHV EL2 virtual, 28) is armed 2000 ticks ahead with
 * its PPI enabled in the Redistributor (Group 1); with PSTATE.I = 0 at EL2
 * (HCR_EL2.IMO = 1) the IRQ comes once the count passes CVAL, not before; IAR1 gives
 * the PPI; the timer's CTL.ISTATUS is 1; masking the timer (IMASK) lowers the level,
 * and after EOIR the PPI is neither pending nor active. The other timer files
 * include this one with another TIMER_INDEX. */
#include "gic.h"
#include "timer.h"

#ifndef TIMER_INDEX
#define TIMER_INDEX 0
#endif

static const unsigned ppi[4] = { 30, 27, 26, 28 };

int main(void)
{
    const struct timer *t;
    unsigned n = timers_get(&t);
    if (TIMER_INDEX >= n) {
        tprintf("  no FEAT_VHE: no EL2 virtual timer\n");
        return test_done();
    }
    t += TIMER_INDEX;
    unsigned id = ppi[TIMER_INDEX];
    uint64_t rd = gic_test_setup(HCR_IMO);
    gic_private_irq(rd, id, 0x80, 1);
    tprintf("  %s, INTID %u\n", t->name, id);

    uint64_t cval = t->count() + 2000;
    t->cval_w(cval);
    t->ctl_w(CNT_CTL_ENABLE);
    exc_expect();
    asm volatile("msr daifclr, #2\n\tisb" ::: "memory");
    uint64_t seen = 0;
    for (unsigned long i = 0; i < 10000000UL && !exc_last.taken; i++)
        seen = t->count();
    asm volatile("msr daifset, #2\n\tisb" ::: "memory");
    exc_disarm();
    CHECK_EQM("the timer IRQ was taken", exc_last.taken, 1);
    CHECK_EQM("IRQ vector at EL2", exc_last.vec, VEC_CUR_SPX + VEC_IRQ);
    CHECKM("not before CVAL", t->count() >= cval && seen <= t->count());
    CHECK_EQM("CTL.ISTATUS", t->ctl_r() & CNT_CTL_ISTATUS, CNT_CTL_ISTATUS);
    CHECK_EQM("IAR1 = the timer's PPI", icc_iar1(), id);
    t->ctl_w(CNT_CTL_ENABLE | CNT_CTL_IMASK);
    icc_eoir1(id);
    CHECK_EQM("masked and EOI'd: not pending", mmio_r32(rd + GICR_ISPENDR0) & (1u << id), 0);
    CHECK_EQM("not active", mmio_r32(rd + GICR_ISACTIVER0) & (1u << id), 0);
    CHECK_EQM("no further IRQ", irq_window(0), 0);
    t->ctl_w(0);
    return test_done();
}
