/* ICH_VMCR_EL2.VEOIM = 1 splits the virtual EOI (IHI 0069 12.3 ICV_EOIR1_EL1,
 * ICV_DIR_EL1): the guest's ICC_EOIR1_EL1 only drops the running priority
 * (ICV_RPR_EL1 back to idle 0xff) and LR0 stays active; ICC_DIR_EL1 then
 * deactivates it (LR0 invalid). */
#include "vgic_lib.h"

enum { VINTID = 45 };
static volatile uint64_t g_id, g_rpr_active, g_rpr_after;

static uint64_t ack_eoi(uint64_t a)
{
    (void)a;
    g_id = icv_iar1();
    g_rpr_active = read_sysreg(ICC_RPR_EL1);
    icv_eoir1(g_id);
    g_rpr_after = read_sysreg(ICC_RPR_EL1);
    return 0;
}

static uint64_t dir(uint64_t id)
{
    write_sysreg(ICC_DIR_EL1, id);
    isb();
    return 0;
}

int main(void)
{
    write_sysreg(ICH_LR0_EL2, LR_G1(0xa0, VINTID));
    vgic_on(0, ICH_VMCR_VEOIM);
    run_at_el1(ack_eoi, 0);
    CHECK_EQM("ICV_IAR1_EL1", g_id, VINTID);
    CHECK_EQM("running priority while active", g_rpr_active, 0xa0);
    CHECK_EQM("EOIR dropped the priority", g_rpr_after, 0xff);
    CHECK_EQM("LR0 still active after EOIR", LR_STATE(read_sysreg(ICH_LR0_EL2)), LR_STATE_ACTIVE);
    run_at_el1(dir, VINTID);
    CHECK_EQM("LR0 invalid after DIR", LR_STATE(read_sysreg(ICH_LR0_EL2)), LR_STATE_INVALID);
    vgic_off();
    return test_done();
}
