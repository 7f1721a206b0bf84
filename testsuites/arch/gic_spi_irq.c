/* An SPI through the Distributor to the CPU interface (IHI 0069 4.6 routing with
 * GICD_IROUTER, 4.1.2 pending state). SPI 40, Group 1, routed to this PE's affinity,
 * made pending with GICD_ISPENDR, is taken as an IRQ at EL2 (HCR_EL2.IMO = 1) and
 * acknowledged with ICC_IAR1_EL1 = 40. Routed to an affinity no PE has, it is never
 * signalled here; disabled (GICD_ICENABLER) it is not signalled either although
 * pending; a level-sensitive SPI made pending by software loses that pending state
 * on acknowledge. With GICD_CTLR.EnableGrp1 = 0 nothing is forwarded. */
#include "gic.h"

#define SPI 40
#define W(reg) (GICD_BASE + (reg) + 4 * (SPI / 32))
#define B (1u << (SPI % 32))

int main(void)
{
    gic_test_setup(HCR_IMO);
    gic_spi(SPI, 0x40);

    /* routed elsewhere */
    mmio_w64(GICD_BASE + GICD_IROUTER + 8 * SPI, 0x7f);
    mmio_w32(W(GICD_ISPENDR), B);
    CHECK_EQM("pending at the Distributor", mmio_r32(W(GICD_ISPENDR)) & B, B);
    CHECK_EQM("routed to Aff0 0x7f: HPPIR1 1023", read_sysreg(icc_hppir1_el1), INTID_SPURIOUS);
    CHECK_EQM("routed elsewhere: no IRQ", irq_window(0), 0);

    /* routed here, but disabled */
    gic_spi(SPI, 0x40);
    mmio_w32(W(GICD_ICENABLER), B);
    CHECK_EQM("disabled: no IRQ", irq_window(0), 0);

    /* Group 1 disabled at the Distributor */
    mmio_w32(W(GICD_ISENABLER), B);
    mmio_w32(GICD_BASE + GICD_CTLR, GICD_CTLR_ARE | GICD_CTLR_EnableGrp0);
    CHECK_EQM("GICD_CTLR.EnableGrp1 = 0: no IRQ", irq_window(0), 0);
    mmio_w32(GICD_BASE + GICD_CTLR, GICD_CTLR_ARE | GICD_CTLR_EnableGrp0 | GICD_CTLR_EnableGrp1);

    CHECK_EQM("enabled, routed here: HPPIR1", read_sysreg(icc_hppir1_el1), SPI);
    CHECK_EQM("IRQ taken", irq_window(0), 1);
    CHECK_EQM("vector", exc_last.vec, VEC_CUR_SPX + VEC_IRQ);
    CHECK_EQM("IAR1", icc_iar1(), SPI);
    CHECK_EQM("active at the Distributor", mmio_r32(W(GICD_ISACTIVER)) & B, B);
    CHECK_EQM("software pending state gone", mmio_r32(W(GICD_ISPENDR)) & B, 0);
    icc_eoir1(SPI);
    CHECK_EQM("inactive after EOI", mmio_r32(W(GICD_ISACTIVER)) & B, 0);
    CHECK_EQM("no IRQ after", irq_window(0), 0);
    return test_done();
}
