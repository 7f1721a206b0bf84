/* Priority drop and deactivation apart (IHI 0069 4.8.8, ICC_CTLR_EL1.EOImode = 1):
 * ICC_EOIR1_EL1 only drops the running priority; the interrupt stays active (so the
 * same SGI, sent again, stays pending and is not signalled) until ICC_DIR_EL1
 * deactivates it. With EOImode = 0, EOIR does both. */
#include "gic.h"

static void sgi(unsigned id)
{
    write_sysreg(icc_sgi1r_el1, SGIR(id, 1u << (read_sysreg(mpidr_el1) & 0xf)));
    isb();
}

int main(void)
{
    uint64_t rd = gic_test_setup(HCR_IMO);
    write_sysreg(icc_ctlr_el1, ICC_CTLR_EOImode);
    isb();
    CHECK_EQM("EOImode reads 1", read_sysreg(icc_ctlr_el1) & ICC_CTLR_EOImode, ICC_CTLR_EOImode);
    gic_private_irq(rd, 7, 0x60, 1);
    sgi(7);
    CHECK_EQM("IRQ", irq_window(0), 1);
    CHECK_EQM("IAR1 = 7", icc_iar1(), 7);
    icc_eoir1(7);
    CHECK_EQM("EOIR: priority dropped", read_sysreg(icc_rpr_el1), 0xff);
    CHECK_EQM("EOIR: still active", mmio_r32(rd + GICR_ISACTIVER0) & (1u << 7), 1u << 7);
    sgi(7);
    CHECK_EQM("sent again: pending", mmio_r32(rd + GICR_ISPENDR0) & (1u << 7), 1u << 7);
    CHECK_EQM("active and pending: not signalled", irq_window(0), 0);
    icc_dir(7);
    CHECK_EQM("DIR: inactive", mmio_r32(rd + GICR_ISACTIVER0) & (1u << 7), 0);
    CHECK_EQM("now signalled", irq_window(0), 1);
    CHECK_EQM("IAR1 = 7", icc_iar1(), 7);
    icc_eoir1(7);
    icc_dir(7);

    write_sysreg(icc_ctlr_el1, 0);
    isb();
    sgi(7);
    CHECK_EQM("EOImode 0: IAR1 = 7", icc_iar1(), 7);
    icc_eoir1(7);
    CHECK_EQM("EOImode 0: EOIR deactivates", mmio_r32(rd + GICR_ISACTIVER0) & (1u << 7), 0);
    return test_done();
}
