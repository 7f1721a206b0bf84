/* A list register with HW = 1 links the virtual interrupt to a physical one
 * (IHI 0069 6.x, ICH_LR<n>_EL2.HW/pINTID): EL2 acknowledges SPI 48 with
 * ICC_IAR1_EL1 and, with ICC_CTLR_EL1.EOImode = 1, ICC_EOIR1_EL1 only drops its
 * priority, so it stays active (GICD_ISACTIVER1 bit 16). LR0 = pending, Group 1,
 * HW = 1, pINTID = vINTID = 48. The guest acknowledges and EOIs it (VEOIM = 0):
 * the virtual deactivation deactivates the physical SPI. */
#include "vgic_lib.h"

enum { SPI = 48 };
#define SPI_BIT BIT(SPI % 32)
#define SPI_REG(off) (GICD_BASE + (off) + 4 * (SPI / 32))

static uint64_t guest(uint64_t a)
{
    (void)a;
    uint64_t id = icv_iar1();
    icv_eoir1(id);
    return id;
}

int main(void)
{
    uint64_t rd = gicr_this_pe();
    mmio_w32(GICD_BASE + GICD_CTLR, mmio_r32(GICD_BASE + GICD_CTLR) | 2);  /* EnableGrp1 */
    if (rd)
        mmio_w32(rd + GICR_WAKER, 0);
    uint64_t m = read_sysreg(mpidr_el1);
    mmio_w64(GICD_BASE + GICD_IROUTER + 8 * SPI, (m & 0xffffff) | ((m >> 32) & 0xff) << 32);
    mmio_w32(SPI_REG(GICD_IGROUPR), mmio_r32(SPI_REG(GICD_IGROUPR)) | SPI_BIT);
    mmio_w8(GICD_BASE + GICD_IPRIORITYR + SPI, 0x80);
    mmio_w32(SPI_REG(GICD_ISENABLER), SPI_BIT);
    mmio_w32(SPI_REG(GICD_ISPENDR), SPI_BIT);
    write_sysreg(ICC_PMR_EL1, 0xff);
    write_sysreg(ICC_CTLR_EL1, read_sysreg(ICC_CTLR_EL1) | ICC_CTLR_EOIMODE);
    write_sysreg(ICC_IGRPEN1_EL1, 1);
    isb();
    uint64_t id = icc_iar1_wait();
    CHECK_EQM("EL2 acknowledges the SPI", id, SPI);
    write_sysreg(ICC_EOIR1_EL1, id);
    isb();
    CHECK_EQM("EOImode = 1: still active", mmio_r32(SPI_REG(GICD_ISACTIVER)) & SPI_BIT, SPI_BIT);
    write_sysreg(ICC_IGRPEN1_EL1, 0);
    isb();

    write_sysreg(ICH_LR0_EL2, LR_G1(0xa0, SPI) | LR_HW | LR_PINTID(SPI));
    vgic_on(0, 0);
    CHECK_EQM("guest acknowledges the vINTID", run_at_el1(guest, 0), SPI);
    CHECK_EQM("LR0 invalid", LR_STATE(read_sysreg(ICH_LR0_EL2)), LR_STATE_INVALID);
    CHECK_EQM("physical SPI deactivated", mmio_r32(SPI_REG(GICD_ISACTIVER)) & SPI_BIT, 0);
    vgic_off();
    mmio_w32(SPI_REG(GICD_ICENABLER), SPI_BIT);
    write_sysreg(ICC_CTLR_EL1, read_sysreg(ICC_CTLR_EL1) & ~ICC_CTLR_EOIMODE);
    return test_done();
}
