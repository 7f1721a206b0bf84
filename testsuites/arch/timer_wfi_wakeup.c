/* WFI and the timer (D1.6.2 "Wait for Interrupt"; D11.2.4): with PSTATE.I = 1 at
 * EL2, HCR_EL2.IMO = 1 and the EL1 physical timer's PPI 30 enabled at the GIC, a WFI
 * with the timer armed 10,000,000 ticks ahead (0.16 s of counter time) returns once
 * the timer's interrupt is pending: the count has passed CVAL, and the interrupt is
 * taken as soon as PSTATE.I is cleared. A WFI while that interrupt is still pending
 * returns at once (the count moves by far less than the first wait). On trapeze the
 * wait costs no host time (time skips to the deadline; DESIGN.md). */
#include "gic.h"
#include "timer.h"

int main(void)
{
    const struct timer *t;
    timers_get(&t);
    uint64_t rd = gic_test_setup(HCR_IMO);
    gic_private_irq(rd, 30, 0x80, 1);

    uint64_t start = t->count();
    uint64_t cval = start + 10000000;
    t->cval_w(cval);
    t->ctl_w(CNT_CTL_ENABLE);
    asm volatile("dsb sy\n\twfi" ::: "memory");
    uint64_t woke = t->count();
    CHECKM("woken after CVAL", woke >= cval);
    CHECK_EQM("PPI 30 pending", mmio_r32(rd + GICR_ISPENDR0) & (1u << 30), 1u << 30);

    asm volatile("dsb sy\n\twfi" ::: "memory");
    uint64_t again = t->count();
    CHECKM("WFI with the interrupt pending returns at once", again - woke < 1000000);

    CHECK_EQM("taken once unmasked", irq_window(0), 1);
    CHECK_EQM("IAR1 = 30", icc_iar1(), 30);
    t->ctl_w(0);
    icc_eoir1(30);
    return test_done();
}
