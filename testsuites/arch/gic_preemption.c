/* Running priority and preemption (IHI 0069 4.8.3-4.8.5): while an interrupt is
 * active (acknowledged, not yet EOI'd) only an interrupt of higher group priority is
 * signalled. The group priority is the priority with the bits below the binary
 * point cleared (ICC_BPR1_EL1 = n keeps priority[7:n] for Group 1). SGI 2 at 0xa0 is
 * acknowledged: RPR = 0xa0. SGI 4 at 0xa0 (same priority) is not signalled. SGI 5 at
 * 0x40 is: acknowledged, RPR = 0x40 (nested); EOI of 5 restores RPR = 0xa0, EOI of
 * 2 the idle 0xff, then SGI 4 comes. With BPR1 = 6 (group priority bit 7 only),
 * 0x90 does not preempt 0xa0; with BPR1 = 4 it does. */
#include "gic.h"

static void sgi(unsigned id)
{
    write_sysreg(icc_sgi1r_el1, SGIR(id, 1u << (read_sysreg(mpidr_el1) & 0xf)));
    isb();
}

/* Active priority bits over the ICC_AP1R<n>_EL1 the implementation has: one
   register per 32 preemption levels, 2^PRIbits levels (IHI 0069 12.2.3). */
static unsigned popcount(uint64_t v)
{
    unsigned n = 0;
    for (; v; v &= v - 1)
        n++;
    return n;
}

static unsigned ap1r_bits(void)
{
    unsigned pribits = (read_sysreg(icc_ctlr_el1) >> 8) & 7;
    unsigned n = 0;
    n += popcount(read_sysreg(icc_ap1r0_el1));
    if (pribits >= 6)
        n += popcount(read_sysreg(icc_ap1r1_el1));
    if (pribits >= 7) {
        n += popcount(read_sysreg(icc_ap1r2_el1));
        n += popcount(read_sysreg(icc_ap1r3_el1));
    }
    return n;
}

int main(void)
{
    uint64_t rd = gic_test_setup(HCR_IMO);
    gic_private_irq(rd, 2, 0xa0, 1);
    gic_private_irq(rd, 4, 0xa0, 1);
    gic_private_irq(rd, 5, 0x40, 1);
    gic_private_irq(rd, 6, 0x90, 1);

    sgi(2);
    CHECK_EQM("SGI 2 acknowledged", icc_iar1(), 2);
    CHECK_EQM("RPR = 0xa0", read_sysreg(icc_rpr_el1), 0xa0);
    sgi(4);
    CHECK_EQM("same priority: no preemption", irq_window(0), 0);
    CHECK_EQM("same priority: IAR1 1023", icc_iar1(), INTID_SPURIOUS);
    sgi(5);
    CHECK_EQM("higher priority preempts", irq_window(0), 1);
    CHECK_EQM("SGI 5 acknowledged", icc_iar1(), 5);
    CHECK_EQM("RPR = 0x40", read_sysreg(icc_rpr_el1), 0x40);
    CHECK_EQM("two active priorities in ICC_AP1R<n>_EL1", ap1r_bits(), 2);
    icc_eoir1(5);
    CHECK_EQM("EOI 5: RPR back to 0xa0", read_sysreg(icc_rpr_el1), 0xa0);
    CHECK_EQM("4 still cannot preempt", irq_window(0), 0);
    icc_eoir1(2);
    CHECK_EQM("EOI 2: idle", read_sysreg(icc_rpr_el1), 0xff);
    CHECK_EQM("ICC_AP1R<n>_EL1 clear", ap1r_bits(), 0);
    CHECK_EQM("now SGI 4 is signalled", irq_window(0), 1);
    CHECK_EQM("SGI 4 acknowledged", icc_iar1(), 4);
    icc_eoir1(4);

    /* the binary point, which applies when the interrupt is acknowledged: 0x90
       against an active 0xa0 */
    write_sysreg(icc_bpr1_el1, 6);
    isb();
    CHECK_EQM("BPR1 reads 6", read_sysreg(icc_bpr1_el1), 6);
    sgi(2);
    CHECK_EQM("SGI 2 again", icc_iar1(), 2);
    CHECK_EQM("RPR: the group priority 0x80", read_sysreg(icc_rpr_el1), 0x80);
    sgi(6);
    CHECK_EQM("BPR1 6: 0x90 and 0xa0 share group priority 0x80: no IRQ", irq_window(0), 0);
    icc_eoir1(2);
    CHECK_EQM("SGI 6 after the EOI", icc_iar1(), 6);
    icc_eoir1(6);
    write_sysreg(icc_bpr1_el1, 4);
    isb();
    sgi(2);
    CHECK_EQM("BPR1 4: SGI 2", icc_iar1(), 2);
    CHECK_EQM("RPR: 0xa0", read_sysreg(icc_rpr_el1), 0xa0);
    sgi(6);
    CHECK_EQM("BPR1 4: 0x90 < 0xa0: IRQ", irq_window(0), 1);
    CHECK_EQM("SGI 6 acknowledged", icc_iar1(), 6);
    icc_eoir1(6);
    icc_eoir1(2);
    CHECK_EQM("all done: idle", read_sysreg(icc_rpr_el1), 0xff);
    return test_done();
}
