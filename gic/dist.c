/* The GICv3 Distributor (IHI 0069, 12.9): GICD_* registers of the SPIs.
   With affinity routing the SGI/PPI registers here (INTIDs 0..31),
   GICD_ITARGETSR, GICD_SGIR and GICD_{C,S}PENDSGIR are RAZ/WI (12.9). */
#include "gic/gic_internal.h"
#include "sim/log.h"

enum {
    GICD_CTLR = 0x0000, GICD_TYPER = 0x0004, GICD_IIDR = 0x0008, GICD_TYPER2 = 0x000c,
    GICD_STATUSR = 0x0010, GICD_SGIR = 0x0f00, GICD_IROUTER = 0x6000, GICD_IROUTER_END = 0x8000,
};
/* GICD_TYPER */
FIELD(GICD_TYPER, ITLinesNumber, 0, 5)
FIELD(GICD_TYPER, IDbits, 19, 5)
FIELD(GICD_TYPER, A3V, 24, 1)
/* IROUTER bits that hold state: Aff3, IRM, Aff2..Aff0 */
#define GICD_IROUTER_MASK 0xff80ffffffull

static uint32_t gicd_typer(void)
{
    uint64_t v = FIELD_DP64(0, GICD_TYPER, ITLinesNumber, GIC_NUM_IRQS / 32 - 1);
    v = FIELD_DP64(v, GICD_TYPER, IDbits, 15);     /* 16 INTID bits, as QEMU */
    v = FIELD_DP64(v, GICD_TYPER, A3V, 1);
    return (uint32_t)v;     /* No1N = 0: 1-of-N supported; no LPIs, MBIS, ESPI */
}

static bool is_ipriorityr(uint64_t off)
{
    return off >= GICx_IPRIORITYR && off < GICx_IPRIORITYR + 0x400;
}

static bool is_irouter(uint64_t off)
{
    return off >= GICD_IROUTER && off < GICD_IROUTER_END;
}

/* Access sizes (12.1.3): 32-bit everywhere, bytes to IPRIORITYR, 64-bit to
   IROUTER; always naturally aligned. */
static bool dist_access_ok(uint64_t off, unsigned size)
{
    if (off & (size - 1))
        return false;
    switch (size) {
    case 4: return true;
    case 1: return is_ipriorityr(off);
    case 8: return is_irouter(off);
    default: return false;
    }
}

static uint64_t irouter_read(const Gic *g, uint64_t off, unsigned size)
{
    unsigned n = (unsigned)(off - GICD_IROUTER) / 8;
    if (n < GIC_FIRST_SPI || n >= GIC_NUM_IRQS)
        return 0;
    uint64_t v = g->irouter[n];
    return size == 8 ? v : (off & 4) ? v >> 32 : (uint32_t)v;
}

static void irouter_write(Gic *g, uint64_t off, unsigned size, uint64_t v)
{
    unsigned n = (unsigned)(off - GICD_IROUTER) / 8;
    if (n < GIC_FIRST_SPI || n >= GIC_NUM_IRQS)
        return;
    uint64_t r = g->irouter[n];
    if (size == 8)
        r = v;
    else if (off & 4)
        r = (r & 0xffffffffull) | (v << 32);
    else
        r = (r & ~0xffffffffull) | (uint32_t)v;
    g->irouter[n] = r & GICD_IROUTER_MASK;
}

static uint64_t gic_dist_read(void *opaque, uint64_t off, unsigned size)
{
    Gic *g = opaque;
    if (!dist_access_ok(off, size)) {
        gic_bad_access("gicd", false, off, size);
        return 0;
    }
    if (off >= GICx_IGROUPR && off < GICD_SGIR)
        return gic_bank_read(&g->dist, off, size, GIC_FIRST_SPI, GIC_NUM_IRQS - 1);
    if (is_irouter(off))
        return irouter_read(g, off, size);
    if (off >= GICx_PIDR4 && off <= GICx_CIDR3)
        return gic_id_reg(off, GIC_PIDR0_DIST);
    switch (off) {
    case GICD_CTLR:
        return g->ctlr | REG_MASK(GICD_CTLR, ARE) | REG_MASK(GICD_CTLR, DS);
    case GICD_TYPER: return gicd_typer();
    case GICD_IIDR: return GIC_IIDR;
    case GICD_TYPER2: case GICD_STATUSR: return 0;
    default:
        if (off >= GICD_SGIR && off < GICD_SGIR + 0x30)
            return 0;                   /* SGIR, CPENDSGIR, SPENDSGIR: RAZ with ARE */
        if (log_enabled(LOG_GUEST_ERROR))
            log_printf("gicd: read of reserved offset 0x%llx\n", (unsigned long long)off);
        return 0;
    }
}

static void gic_dist_write(void *opaque, uint64_t off, unsigned size, uint64_t v)
{
    Gic *g = opaque;
    if (!dist_access_ok(off, size)) {
        gic_bad_access("gicd", true, off, size);
        return;
    }
    if (off >= GICx_IGROUPR && off < GICD_SGIR)
        gic_bank_write(&g->dist, off, size, (uint32_t)v, GIC_FIRST_SPI, GIC_NUM_IRQS - 1);
    else if (is_irouter(off))
        irouter_write(g, off, size, v);
    else if (off == GICD_CTLR)
        g->ctlr = (uint32_t)v & (REG_MASK(GICD_CTLR, EnableGrp0) | REG_MASK(GICD_CTLR, EnableGrp1));
    else if (off == GICD_STATUSR || (off >= GICD_SGIR && off < GICD_SGIR + 0x30))
        return;                         /* STATUSR: no errors recorded; SGIR: WI with ARE */
    else if (log_enabled(LOG_GUEST_ERROR))
        log_printf("gicd: write to read-only or reserved offset 0x%llx\n", (unsigned long long)off);
    gic_update(g);
}

const DeviceOps gic_dist_ops = { gic_dist_read, gic_dist_write, gic_reset };
