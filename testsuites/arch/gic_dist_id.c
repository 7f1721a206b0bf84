/* GICv3 Distributor identification (IHI 0069, 12.9): the virt board's GIC has
 * one Security state and affinity routing always on:
 *   GICD_CTLR.DS = 1 and ARE = 1, and stay 1 after writing 0;
 *   GICD_TYPER.ITLinesNumber = 8 (INTIDs up to 287), IDbits = 15 (16-bit INTIDs);
 *   GICD_PIDR2.ArchRev = 3 (GICv3), CIDR0..3 = 0x0d 0xf0 0x05 0xb1;
 *   with ARE the SGI/PPI registers of the Distributor are RAZ/WI: GICD_ISENABLER0
 *   written with ones reads 0.
 * QEMU-DEVIATION: QEMU 7.2 reports ITLinesNumber = 7 (it counts the 256 SPIs, not
 * the 288 INTIDs) while implementing INTIDs 256..287 (GICD_ISENABLER8 holds its
 * bits); the spec's maximum SPI INTID is 32(N+1)-1, so 287 needs N = 8. */
#include "gic.h"

int main(void)
{
    uint32_t ctlr = mmio_r32(GICD_BASE + GICD_CTLR);
    CHECK_EQM("GICD_CTLR.DS", ctlr & GICD_CTLR_DS, GICD_CTLR_DS);
    CHECK_EQM("GICD_CTLR.ARE", ctlr & GICD_CTLR_ARE, GICD_CTLR_ARE);
    mmio_w32(GICD_BASE + GICD_CTLR, 0);
    ctlr = mmio_r32(GICD_BASE + GICD_CTLR);
    CHECK_EQM("GICD_CTLR.DS, ARE after writing 0", ctlr & (GICD_CTLR_DS | GICD_CTLR_ARE),
              GICD_CTLR_DS | GICD_CTLR_ARE);

    uint32_t typer = mmio_r32(GICD_BASE + GICD_TYPER);
    CHECK_EQM("GICD_TYPER.ITLinesNumber", typer & 0x1f, 8);
    CHECK_EQM("GICD_TYPER.IDbits", (typer >> 19) & 0x1f, 15);

    CHECK_EQM("GICD_PIDR2.ArchRev", (mmio_r32(GICD_BASE + GICD_PIDR2) >> 4) & 0xf, 3);
    static const uint8_t cidr[4] = { 0x0d, 0xf0, 0x05, 0xb1 };
    for (unsigned i = 0; i < 4; i++)
        CHECK_EQM("GICD_CIDR", mmio_r32(GICD_BASE + GICD_CIDR0 + 4 * i), cidr[i]);

    mmio_w32(GICD_BASE + GICD_ISENABLER, 0xffffffffu);
    CHECK_EQM("GICD_ISENABLER0 RAZ/WI with ARE", mmio_r32(GICD_BASE + GICD_ISENABLER), 0);
    return test_done();
}
