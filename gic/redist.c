/* The GICv3 Redistributors (IHI 0069, 12.10 and 12.11): one 128 KiB frame
   per PE, RD_base (control, WAKER, identification) then SGI_base (the
   SGI/PPI registers).  Frames without a PE read as zero and ignore writes. */
#include "gic/gic_internal.h"
#include "sim/log.h"

enum {
    GICR_CTLR = 0x0000, GICR_IIDR = 0x0004, GICR_TYPER = 0x0008, GICR_STATUSR = 0x0010,
    GICR_WAKER = 0x0014,
};
FIELD(GICR_TYPER, Last, 4, 1)
FIELD(GICR_TYPER, Processor_Number, 8, 16)
FIELD(GICR_TYPER, Affinity_Value, 32, 32)

/* Access sizes (12.1.3): 32-bit; bytes to IPRIORITYR; 64-bit to GICR_TYPER
   (and the LPI registers, absent here); always naturally aligned. */
static bool redist_access_ok(uint64_t off, unsigned size)
{
    if (off & (size - 1))
        return false;
    switch (size) {
    case 4: return true;
    case 1: return off >= GICR_SGI_BASE + GICx_IPRIORITYR && off < GICR_SGI_BASE + GICx_IPRIORITYR + 32;
    case 8: return off == GICR_TYPER;
    default: return false;
    }
}

static uint64_t gicr_typer(const Gic *g, unsigned cpu)
{
    uint64_t aff = gic_cpu_affinity(g, cpu);
    uint64_t affval = (aff & 0xffffff) | ((aff >> 32) << 24);   /* Aff3.Aff2.Aff1.Aff0 */
    uint64_t v = FIELD_DP64(0, GICR_TYPER, Affinity_Value, affval);
    v = FIELD_DP64(v, GICR_TYPER, Processor_Number, cpu);
    return FIELD_DP64(v, GICR_TYPER, Last, cpu == g->ncpus - 1);
}

static uint64_t rd_read(const Gic *g, unsigned cpu, uint64_t off, unsigned size)
{
    const GicRedist *r = &g->redist[cpu];
    if (off >= GICx_PIDR4 && off <= GICx_CIDR3)
        return gic_id_reg(off, GIC_PIDR0_REDIST);
    switch (off) {
    case GICR_CTLR: return 0;           /* no LPIs: EnableLPIs RAZ/WI; RWP, UWP 0 */
    case GICR_IIDR: return GIC_IIDR;
    case GICR_TYPER: return size == 8 ? gicr_typer(g, cpu) : (uint32_t)gicr_typer(g, cpu);
    case GICR_TYPER + 4: return gicr_typer(g, cpu) >> 32;
    case GICR_STATUSR: return 0;
    case GICR_WAKER:
        return FIELD_DP64(FIELD_DP64(0, GICR_WAKER, ProcessorSleep, r->processor_sleep),
                          GICR_WAKER, ChildrenAsleep, r->processor_sleep);
    default:
        if (log_enabled(LOG_GUEST_ERROR))
            log_printf("gicr: read of reserved offset 0x%llx\n", (unsigned long long)off);
        return 0;
    }
}

static void rd_write(Gic *g, unsigned cpu, uint64_t off, uint64_t v)
{
    switch (off) {
    case GICR_CTLR: case GICR_STATUSR: break;
    /* WAKER: the Redistributor has no state to save, so ChildrenAsleep
       follows ProcessorSleep at once (12.11.45). */
    case GICR_WAKER:
        g->redist[cpu].processor_sleep = FIELD_EX64(v, GICR_WAKER, ProcessorSleep);
        break;
    default:
        if (log_enabled(LOG_GUEST_ERROR))
            log_printf("gicr: write to read-only or reserved offset 0x%llx\n",
                       (unsigned long long)off);
        break;
    }
}

/* The frame of a PE, or NULL for the frames with none. */
static bool redist_locate(const GicRedistDev *d, uint64_t *off, unsigned *cpu)
{
    uint64_t frame = *off / GICR_FRAME_SIZE;
    if (frame >= d->g->ncpus)
        return false;
    *cpu = (unsigned)frame;
    *off %= GICR_FRAME_SIZE;
    return true;
}

static uint64_t gic_redist_read(void *opaque, uint64_t off, unsigned size)
{
    GicRedistDev *d = opaque;
    unsigned cpu;
    if (!redist_access_ok(off % GICR_FRAME_SIZE, size)) {
        gic_bad_access("gicr", false, off, size);
        return 0;
    }
    if (!redist_locate(d, &off, &cpu))
        return 0;
    if (off < GICR_SGI_BASE)
        return rd_read(d->g, cpu, off, size);
    off -= GICR_SGI_BASE;
    if (off >= GICx_PIDR4)
        return 0;
    return gic_bank_read(&d->g->redist[cpu].bank, off, size, 0, GIC_FIRST_SPI - 1);
}

static void gic_redist_write(void *opaque, uint64_t off, unsigned size, uint64_t v)
{
    GicRedistDev *d = opaque;
    unsigned cpu;
    if (!redist_access_ok(off % GICR_FRAME_SIZE, size)) {
        gic_bad_access("gicr", true, off, size);
        return;
    }
    if (!redist_locate(d, &off, &cpu))
        return;
    if (off < GICR_SGI_BASE) {
        rd_write(d->g, cpu, off, v);
    } else {
        off -= GICR_SGI_BASE;
        /* GICR_ICFGR0: SGIs are always edge-triggered (read-only). */
        if (off == GICx_ICFGR)
            return;
        gic_bank_write(&d->g->redist[cpu].bank, off, size, (uint32_t)v, 0, GIC_FIRST_SPI - 1);
    }
    gic_update(d->g);
}

const DeviceOps gic_redist_ops = { gic_redist_read, gic_redist_write, NULL };
