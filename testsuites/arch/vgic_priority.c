/* Virtual priorities (IHI 0069 6.x, ICV_IAR1_EL1, ICV_PMR_EL1): LR0 priority 0xa0
 * (vINTID 40) and LR1 priority 0x60 (vINTID 41) pending: the guest acknowledges 41
 * first; while 41 is active 40 cannot preempt (IAR = 1023); after the EOI of 41 it
 * gets 40. Then with LR0 pending again the guest's ICC_PMR_EL1 (ICH_VMCR_EL2.VPMR)
 * = 0x80 masks it (IAR = 1023, LR0 still pending); PMR = 0xf8 lets it through. */
#include "vgic_lib.h"

static volatile uint64_t g[4];

static uint64_t order(uint64_t a)
{
    (void)a;
    g[0] = icv_iar1();
    g[1] = icv_iar1();
    icv_eoir1(g[0]);
    g[2] = icv_iar1();
    icv_eoir1(g[2]);
    return 0;
}

static uint64_t masked(uint64_t a)
{
    (void)a;
    write_sysreg(ICC_PMR_EL1, 0x80);
    isb();
    g[0] = icv_iar1();
    g[1] = read_sysreg(ICC_PMR_EL1);
    write_sysreg(ICC_PMR_EL1, 0xf8);
    isb();
    g[2] = icv_iar1();
    icv_eoir1(g[2]);
    return 0;
}

int main(void)
{
    write_sysreg(ICH_LR0_EL2, LR_G1(0xa0, 40));
    write_sysreg(ICH_LR1_EL2, LR_G1(0x60, 41));
    vgic_on(0, 0);
    run_at_el1(order, 0);
    CHECK_EQM("higher priority first", g[0], 41);
    CHECK_EQM("lower priority does not preempt", g[1], 1023);
    CHECK_EQM("then the lower one", g[2], 40);

    write_sysreg(ICH_LR0_EL2, LR_G1(0xa0, 40));
    isb();
    run_at_el1(masked, 0);
    CHECK_EQM("VPMR 0x80 masks priority 0xa0", g[0], 1023);
    CHECK_EQM("ICV_PMR_EL1 reads back", g[1], 0x80);
    CHECK_EQM("VPMR 0xf8 lets it through", g[2], 40);
    CHECK_EQM("LR0 invalid", LR_STATE(read_sysreg(ICH_LR0_EL2)), LR_STATE_INVALID);
    vgic_off();
    return test_done();
}
