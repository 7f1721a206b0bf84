/* ISR_EL1 (D19.2): bits A, I, F show a pending SError, IRQ, FIQ whatever PSTATE's
 * masks. At EL2, and at EL1 when HCR_EL2.IMO/FMO/AMO do not route the interrupt to
 * EL2, they show the physical one (here a GIC SGI, Group 1 for IRQ, Group 0 for FIQ);
 * at EL1 with IMO/FMO/AMO they show the virtual one (HCR_EL2.VI/VF/VSE), not the
 * physical. The GIC CPU interface signals one interrupt at a time, the highest
 * priority one that can preempt: a higher-priority Group 0 SGI turns I into F, and
 * an active interrupt hides one of the same priority. KVM reads ISR_EL1 at EL2 just
 * before entering a guest. */
#include "gic.h"

#define ISR_F BIT(6)
#define ISR_I BIT(7)
#define ISR_A BIT(8)

static uint64_t el1_isr(uint64_t unused) { (void)unused; return read_sysreg(isr_el1); }

static void sgi(unsigned id)
{
    write_sysreg(icc_sgi1r_el1, SGIR(id, 1u << (read_sysreg(mpidr_el1) & 0xf)));
    isb();
}

int main(void)
{
    uint64_t rd = gic_test_setup(0);
    uint64_t hcr = read_sysreg(hcr_el2) & ~(HCR_IMO | HCR_FMO | HCR_AMO | HCR_VI | HCR_VF | HCR_VSE | HCR_TGE);
    write_sysreg(hcr_el2, hcr);
    isb();
    gic_private_irq(rd, 4, 0x80, 1);
    gic_private_irq(rd, 5, 0x40, 0);
    CHECK_EQM("nothing pending", read_sysreg(isr_el1), 0);

    /* physical, at EL2 (PSTATE.I and F set) */
    sgi(4);
    CHECK_EQM("EL2: Group 1 SGI pending: I", read_sysreg(isr_el1), ISR_I);
    /* at EL1 with IMO 0 the IRQ targets EL1, where PSTATE.I masks it */
    CHECK_EQM("EL1, IMO 0: the physical IRQ", run_at_el1(el1_isr, 0), ISR_I);
    write_sysreg(icc_sgi0r_el1, SGIR(5, 1u << (read_sysreg(mpidr_el1) & 0xf)));
    isb();
    CHECK_EQM("EL2: a higher-priority Group 0 SGI: F", read_sysreg(isr_el1), ISR_F);
    CHECK_EQM("acknowledged: IAR0", icc_iar0(), 5);
    CHECK_EQM("SGI 4 cannot preempt 0x40: nothing", read_sysreg(isr_el1), 0);
    icc_eoir0(5);
    CHECK_EQM("after the EOI: I again", read_sysreg(isr_el1), ISR_I);
    CHECK_EQM("acknowledged: IAR1", icc_iar1(), 4);
    CHECK_EQM("nothing pending once active", read_sysreg(isr_el1), 0);
    icc_eoir1(4);

    /* virtual, at EL1 */
    write_sysreg(hcr_el2, hcr | HCR_IMO | HCR_FMO | HCR_AMO);
    isb();
    CHECK_EQM("EL1 with IMO/FMO/AMO, nothing virtual", run_at_el1(el1_isr, 0), 0);
    write_sysreg(hcr_el2, hcr | HCR_IMO | HCR_VI);
    isb();
    CHECK_EQM("EL1: VI with IMO", run_at_el1(el1_isr, 0), ISR_I);
    CHECK_EQM("EL2: VI is not a physical IRQ", read_sysreg(isr_el1), 0);
    write_sysreg(hcr_el2, hcr | HCR_VI);
    isb();
    CHECK_EQM("EL1: VI without IMO shows nothing", run_at_el1(el1_isr, 0), 0);
    write_sysreg(hcr_el2, hcr | HCR_FMO | HCR_VF);
    isb();
    CHECK_EQM("EL1: VF with FMO", run_at_el1(el1_isr, 0), ISR_F);
    write_sysreg(hcr_el2, hcr | HCR_AMO | HCR_VSE);
    isb();
    CHECK_EQM("EL1: VSE with AMO", run_at_el1(el1_isr, 0), ISR_A);
    write_sysreg(hcr_el2, hcr);
    isb();
    return test_done();
}
