/* GICv3 SPI state through the Distributor's set/clear register pairs
 * (IHI 0069, 12.9): for SPI 40 (bit 8 of word 1), writing 1 to ISENABLER1 /
 * ISPENDR1 / ISACTIVER1 sets the state, both registers of the pair read it,
 * writing 1 to the clear register clears it, and zeros written change nothing.
 * Also: IPRIORITYR byte access, ICFGR edge/level (Int_config[1] of SPI 40 is
 * bit 17 of ICFGR2), and the 64-bit IROUTER of SPI 40 (Aff3.Aff2.Aff1.Aff0).
 * The Distributor stays disabled (GICD_CTLR = 0): nothing is delivered. */
#include "gic.h"

#define SPI      40
#define SPI_BIT      (1u << (SPI % 32))
#define W(reg)   (GICD_BASE + (reg) + 4 * (SPI / 32))

static void check_pair(const char *what, unsigned set, unsigned clr)
{
    mmio_w32(W(set), SPI_BIT);
    CHECKM(what, (mmio_r32(W(set)) & SPI_BIT) && (mmio_r32(W(clr)) & SPI_BIT));
    mmio_w32(W(set), 0);
    mmio_w32(W(clr), 0);
    CHECKM(what, mmio_r32(W(set)) & SPI_BIT);
    mmio_w32(W(clr), SPI_BIT);
    CHECKM(what, !(mmio_r32(W(set)) & SPI_BIT) && !(mmio_r32(W(clr)) & SPI_BIT));
}

int main(void)
{
    mmio_w32(GICD_BASE + GICD_CTLR, 0);
    check_pair("enable", GICD_ISENABLER, GICD_ICENABLER);
    check_pair("pending", GICD_ISPENDR, GICD_ICPENDR);
    check_pair("active", GICD_ISACTIVER, GICD_ICACTIVER);

    mmio_w8(GICD_BASE + GICD_IPRIORITYR + SPI, 0xa0);
    mmio_w8(GICD_BASE + GICD_IPRIORITYR + SPI + 1, 0x50);
    CHECK_EQM("IPRIORITYR byte", mmio_r8(GICD_BASE + GICD_IPRIORITYR + SPI), 0xa0);
    CHECK_EQM("IPRIORITYR word", mmio_r32(GICD_BASE + GICD_IPRIORITYR + SPI) & 0xffff, 0x50a0);

    uint64_t icfgr = GICD_BASE + GICD_ICFGR + 4 * (SPI / 16);
    uint32_t edge = 2u << (2 * (SPI % 16));
    mmio_w32(icfgr, edge);
    CHECK_EQM("ICFGR edge", mmio_r32(icfgr) & edge, edge);
    mmio_w32(icfgr, 0);
    CHECK_EQM("ICFGR level", mmio_r32(icfgr) & edge, 0);

    uint64_t irouter = GICD_BASE + GICD_IROUTER + 8 * SPI;
    mmio_w64(irouter, 0x0000000100020304ULL);
    CHECK_EQM("IROUTER", mmio_r64(irouter), 0x0000000100020304ULL);
    CHECK_EQM("IROUTER low half", mmio_r32(irouter), 0x00020304);
    mmio_w64(irouter, 0);
    return test_done();
}
