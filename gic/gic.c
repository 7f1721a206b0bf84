/* GICv3 state, reset, the input lines and the pending computation
   (IHI 0069, chapter 4 "Physical Interrupt Handling and Prioritization"). */
#include <stdlib.h>
#include <string.h>

#include "gic/gic_internal.h"
#include "sim/log.h"
#include "sysregs/sysregs.h"

static inline bool bit(const uint32_t *words, unsigned intid)
{
    return (words[intid / 32] >> (intid % 32)) & 1;
}

static inline void set_bit(uint32_t *words, unsigned intid, bool v)
{
    uint32_t m = 1u << (intid % 32);
    words[intid / 32] = v ? words[intid / 32] | m : words[intid / 32] & ~m;
}

/* Pending state (4.1.2): an edge-triggered interrupt is pending from its
   latch; a level-sensitive one while its input is high or the latch set by
   a write to ISPENDR is. */
static inline uint32_t pending_word(const GicIrqBank *b, unsigned w)
{
    return b->latch[w] | (b->level[w] & ~b->edge[w]);
}

uint64_t gic_cpu_affinity(const Gic *g, unsigned cpu)
{
    return g->board->cpus[cpu]->sysreg[SR_MPIDR_EL1] & GIC_AFF_MASK;
}

/* Routing of an SPI with affinity routing (4.6.2, GICD_IROUTER). */
static bool spi_routed_to(const Gic *g, unsigned intid, unsigned cpu)
{
    uint64_t r = g->irouter[intid];
    if (FIELD_EX64(r, GICD_IROUTER, IRM))
        return !g->redist[cpu].processor_sleep;
    return (r & GIC_AFF_MASK) == gic_cpu_affinity(g, cpu);
}

static bool group_enabled(const Gic *g, bool group1)
{
    return group1 ? FIELD_EX64(g->ctlr, GICD_CTLR, EnableGrp1)
                  : FIELD_EX64(g->ctlr, GICD_CTLR, EnableGrp0);
}

/* Consider the candidates of one bank word; keep the better in *best. */
static void scan_word(const Gic *g, const GicIrqBank *b, unsigned w, unsigned cpu, bool spi,
                      unsigned *best, unsigned *best_prio)
{
    uint32_t cand = pending_word(b, w) & b->enabled[w] & ~b->active[w];
    while (cand) {
        unsigned intid = w * 32 + (unsigned)__builtin_ctz(cand);
        cand &= cand - 1;
        if (!group_enabled(g, bit(b->group, intid)))
            continue;
        if (spi && !spi_routed_to(g, intid, cpu))
            continue;
        /* Lower value is higher priority; equal priority: lowest INTID,
           which the ascending scan gives by keeping the first. */
        if (b->prio[intid] < *best_prio) {
            *best_prio = b->prio[intid];
            *best = intid;
        }
    }
}

void gic_update(Gic *g)
{
    for (unsigned c = 0; c < g->ncpus; c++) {
        unsigned best = GIC_INTID_SPURIOUS, prio = GIC_PRIO_NONE;
        scan_word(g, &g->redist[c].bank, 0, c, false, &best, &prio);
        for (unsigned w = 1; w < GIC_WORDS; w++)
            scan_word(g, &g->dist, w, c, true, &best, &prio);
        g->redist[c].best_intid = best;
        g->redist[c].best_prio = prio;
    }
    for (unsigned c = 0; c < g->ncpus; c++)
        gic_cpuif_update(g->board->cpus[c]);
}

/* The bank holding intid for cpu: its Redistributor's for SGIs and PPIs. */
static GicIrqBank *irq_bank(Gic *g, unsigned cpu, unsigned intid)
{
    return intid < GIC_FIRST_SPI ? &g->redist[cpu].bank : &g->dist;
}

bool gic_irq_group1(const Gic *g, unsigned cpu, unsigned intid)
{
    return bit(irq_bank((Gic *)g, cpu, intid)->group, intid);
}

void gic_activate(Gic *g, unsigned cpu, unsigned intid)
{
    GicIrqBank *b = irq_bank(g, cpu, intid);
    set_bit(b->latch, intid, false);
    set_bit(b->active, intid, true);
    gic_update(g);
}

void gic_deactivate(Gic *g, unsigned cpu, unsigned intid)
{
    set_bit(irq_bank(g, cpu, intid)->active, intid, false);
    gic_update(g);
}

void gic_pend_sgi(Gic *g, unsigned cpu, unsigned intid, bool any_group)
{
    GicIrqBank *b = &g->redist[cpu].bank;
    if (intid >= GIC_FIRST_PPI || (!any_group && bit(b->group, intid)))
        return;
    set_bit(b->latch, intid, true);
    gic_update(g);
}

unsigned gic_highest_pending(const Gic *g, unsigned cpu, unsigned *prio)
{
    if (cpu >= g->ncpus) {
        if (prio)
            *prio = GIC_PRIO_NONE;
        return GIC_INTID_SPURIOUS;
    }
    if (prio)
        *prio = g->redist[cpu].best_prio;
    return g->redist[cpu].best_intid;
}

static void set_line(Gic *g, GicIrqBank *b, unsigned intid, bool level)
{
    bool old = bit(b->level, intid);
    if (old == level)
        return;
    set_bit(b->level, intid, level);
    if (level && bit(b->edge, intid))
        set_bit(b->latch, intid, true);
    gic_update(g);
}

void gic_set_spi(Gic *g, unsigned intid, bool level)
{
    if (intid < GIC_FIRST_SPI || intid >= GIC_NUM_IRQS)
        return;
    set_line(g, &g->dist, intid, level);
}

void gic_set_ppi(Gic *g, unsigned cpu, unsigned intid, bool level)
{
    if (cpu >= g->ncpus || intid < GIC_FIRST_PPI || intid >= GIC_FIRST_SPI)
        return;
    set_line(g, &g->redist[cpu].bank, intid, level);
}

/* ---- registers shared by GICD and GICR SGI_base ---- */

static uint32_t range_mask(unsigned w, unsigned first, unsigned last)
{
    uint32_t m = 0;
    for (unsigned i = 0; i < 32; i++) {
        unsigned id = w * 32 + i;
        if (id >= first && id <= last)
            m |= 1u << i;
    }
    return m;
}

uint32_t gic_bank_read(const GicIrqBank *b, uint64_t off, unsigned size,
                       unsigned first, unsigned last)
{
    if (off >= GICx_IPRIORITYR && off < GICx_IPRIORITYR + 0x400) {
        uint32_t v = 0;
        for (unsigned i = 0; i < size; i++) {
            unsigned id = (unsigned)(off - GICx_IPRIORITYR) + i;
            if (id >= first && id <= last)
                v |= (uint32_t)b->prio[id] << (8 * i);
        }
        return v;
    }
    if (off >= GICx_ICFGR && off < GICx_ICFGR + 0x100) {
        unsigned n = (unsigned)(off - GICx_ICFGR) / 4;     /* 16 INTIDs each */
        if (n / 2 >= GIC_WORDS)
            return 0;
        uint32_t e = b->edge[n / 2] & range_mask(n / 2, first, last);
        uint32_t v = 0;
        for (unsigned i = 0; i < 16; i++)
            v |= ((e >> ((n % 2) * 16 + i)) & 1u) << (2 * i + 1);
        return v;
    }
    unsigned w = (unsigned)(off & 0x7f) / 4;
    if (w >= GIC_WORDS)
        return 0;
    uint32_t m = range_mask(w, first, last);
    switch (off & ~0x7full) {
    case GICx_IGROUPR: return b->group[w] & m;
    case GICx_ISENABLER: case GICx_ICENABLER: return b->enabled[w] & m;
    case GICx_ISPENDR: case GICx_ICPENDR: return pending_word(b, w) & m;
    case GICx_ISACTIVER: case GICx_ICACTIVER: return b->active[w] & m;
    default: return 0;      /* IGRPMODR, NSACR: RAZ/WI with DS = 1; reserved */
    }
}

void gic_bank_write(GicIrqBank *b, uint64_t off, unsigned size, uint32_t v,
                    unsigned first, unsigned last)
{
    if (off >= GICx_IPRIORITYR && off < GICx_IPRIORITYR + 0x400) {
        for (unsigned i = 0; i < size; i++) {
            unsigned id = (unsigned)(off - GICx_IPRIORITYR) + i;
            if (id >= first && id <= last)
                b->prio[id] = (uint8_t)(v >> (8 * i));
        }
        return;
    }
    if (off >= GICx_ICFGR && off < GICx_ICFGR + 0x100) {
        unsigned n = (unsigned)(off - GICx_ICFGR) / 4;
        if (n / 2 >= GIC_WORDS)
            return;
        uint32_t e = 0;
        for (unsigned i = 0; i < 16; i++)
            e |= ((v >> (2 * i + 1)) & 1u) << ((n % 2) * 16 + i);
        uint32_t m = range_mask(n / 2, first, last) & (0xffffu << ((n % 2) * 16));
        b->edge[n / 2] = (b->edge[n / 2] & ~m) | (e & m);
        return;
    }
    unsigned w = (unsigned)(off & 0x7f) / 4;
    if (w >= GIC_WORDS)
        return;
    uint32_t m = range_mask(w, first, last) & v;
    switch (off & ~0x7full) {
    case GICx_IGROUPR: b->group[w] = (b->group[w] & ~range_mask(w, first, last)) | m; break;
    case GICx_ISENABLER: b->enabled[w] |= m; break;
    case GICx_ICENABLER: b->enabled[w] &= ~m; break;
    case GICx_ISPENDR: b->latch[w] |= m; break;
    /* ICPENDR clears the latch; a level-sensitive interrupt whose input is
       high stays pending (4.1.2). */
    case GICx_ICPENDR: b->latch[w] &= ~m; break;
    case GICx_ISACTIVER: b->active[w] |= m; break;
    case GICx_ICACTIVER: b->active[w] &= ~m; break;
    default: break;
    }
}

/* CoreSight-style identification (IHI 0069, 12.1.13): Arm, ArchRev 3. */
uint32_t gic_id_reg(uint64_t off, uint8_t pidr0)
{
    static const uint8_t ids[12] = {
        0x44, 0x00, 0x00, 0x00,         /* PIDR4..PIDR7 at 0xffd0 */
        0x00, 0xb4, 0x3b, 0x00,         /* PIDR0..PIDR3: PIDR2.ArchRev = 3 */
        0x0d, 0xf0, 0x05, 0xb1,         /* CIDR0..CIDR3 */
    };
    unsigned i = (unsigned)(off - GICx_PIDR4) / 4;
    return i == 4 ? pidr0 : ids[i];
}

void gic_bad_access(const char *who, bool write, uint64_t off, unsigned size)
{
    if (log_enabled(LOG_GUEST_ERROR))
        log_printf("%s: %s of %u bytes at offset 0x%llx not allowed (RAZ/WI)\n", who,
                   write ? "write" : "read", size, (unsigned long long)off);
}

/* ---- reset and creation ---- */

static void bank_reset(GicIrqBank *b, bool cpu_bank)
{
    memset(b, 0, sizeof *b);
    /* Reset as QEMU's virt does when it loads a kernel directly (firmware
       handing over in Non-secure state): every interrupt in Group 1.  The
       architectural reset value is IMPLEMENTATION DEFINED. */
    memset(b->group, 0xff, sizeof b->group);
    if (cpu_bank)
        b->edge[0] = 0xffffu;           /* SGIs are always edge-triggered */
}

void gic_reset(void *opaque)
{
    Gic *g = opaque;
    g->ctlr = 0;
    bank_reset(&g->dist, false);
    memset(g->irouter, 0, sizeof g->irouter);
    for (unsigned c = 0; c < BOARD_MAX_CPUS; c++) {
        bank_reset(&g->redist[c].bank, true);
        g->redist[c].processor_sleep = true;
    }
    gic_update(g);
}

Gic *gic_create(Board *b)
{
    Gic *g = calloc(1, sizeof *g);
    GicRedistDev *r = calloc(1, sizeof *r);
    if (!g || !r) {
        free(g);
        free(r);
        return NULL;
    }
    g->board = b;
    g->ncpus = (unsigned)b->ncpus;
    r->g = g;
    b->gic = g;
    gic_reset(g);
    board_add_device(b, "gicv3-dist", VIRT_GIC_DIST_BASE, GICD_SIZE, &gic_dist_ops, g);
    board_add_device(b, "gicv3-redist", VIRT_GIC_REDIST_BASE, GICR_REGION_SIZE,
                     &gic_redist_ops, r);
    return g;
}
