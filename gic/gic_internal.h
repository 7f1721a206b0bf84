/* Internal to gic/: the state and the helpers dist.c and redist.c share. */
#ifndef TRAPEZE_GIC_INTERNAL_H
#define TRAPEZE_GIC_INTERNAL_H

#include "gic/gic.h"
#include "sim/bits.h"

enum { GIC_WORDS = GIC_NUM_IRQS / 32 };

/* One bit per INTID (word n holds INTIDs 32n..32n+31).  The Distributor's
   bank uses INTIDs 32..287, each Redistributor's INTIDs 0..31. */
typedef struct GicIrqBank {
    uint32_t group[GIC_WORDS];      /* 1: Group 1 */
    uint32_t enabled[GIC_WORDS];
    uint32_t latch[GIC_WORDS];      /* pending latch: edge, or set by software */
    uint32_t level[GIC_WORDS];      /* input line */
    uint32_t active[GIC_WORDS];
    uint32_t edge[GIC_WORDS];       /* GICD_ICFGR Int_config[1]: 1 edge */
    uint8_t prio[GIC_NUM_IRQS];
} GicIrqBank;

typedef struct GicRedist {
    GicIrqBank bank;                /* SGIs and PPIs */
    bool processor_sleep;           /* GICR_WAKER.ProcessorSleep */
    unsigned best_intid, best_prio; /* cached gic_highest_pending() */
} GicRedist;

struct Gic {
    Board *board;
    unsigned ncpus;
    uint32_t ctlr;                  /* GICD_CTLR EnableGrp0/EnableGrp1 */
    GicIrqBank dist;                /* SPIs */
    uint64_t irouter[GIC_NUM_IRQS];
    GicRedist redist[BOARD_MAX_CPUS];
};

/* GICD_CTLR with DS = 1 (IHI 0069, 12.9.4). */
FIELD(GICD_CTLR, EnableGrp0, 0, 1)
FIELD(GICD_CTLR, EnableGrp1, 1, 1)
FIELD(GICD_CTLR, ARE, 4, 1)
FIELD(GICD_CTLR, DS, 6, 1)
FIELD(GICD_CTLR, RWP, 31, 1)
/* GICD_IROUTER<n> */
FIELD(GICD_IROUTER, Aff0, 0, 8)
FIELD(GICD_IROUTER, Aff1, 8, 8)
FIELD(GICD_IROUTER, Aff2, 16, 8)
FIELD(GICD_IROUTER, IRM, 31, 1)
FIELD(GICD_IROUTER, Aff3, 32, 8)
/* GICR_WAKER */
FIELD(GICR_WAKER, ProcessorSleep, 1, 1)
FIELD(GICR_WAKER, ChildrenAsleep, 2, 1)

/* Register offsets common to GICD and GICR SGI_base (IHI 0069, 12.8, 12.10). */
enum {
    GICx_IGROUPR = 0x0080, GICx_ISENABLER = 0x0100, GICx_ICENABLER = 0x0180,
    GICx_ISPENDR = 0x0200, GICx_ICPENDR = 0x0280, GICx_ISACTIVER = 0x0300,
    GICx_ICACTIVER = 0x0380, GICx_IPRIORITYR = 0x0400, GICx_ICFGR = 0x0c00,
    GICx_IGRPMODR = 0x0d00, GICx_NSACR = 0x0e00,
    GICx_PIDR4 = 0xffd0, GICx_CIDR3 = 0xfffc,
};
/* The implementation: Arm's JEP106 code 0x43B and product 0x54 ('T'). */
#define GIC_IIDR 0x5400043bu
enum { GIC_PIDR0_DIST = 0x92, GIC_PIDR0_REDIST = 0x93 };

/* The Affinity bits of an MPIDR or IROUTER: Aff3 [39:32], Aff2..Aff0 [23:0]. */
#define GIC_AFF_MASK 0xff00ffffffull
uint64_t gic_cpu_affinity(const Gic *g, unsigned cpu);

/* The redistributor region's device: the board frees each device's opaque,
   so it is a separate allocation pointing to the state. */
typedef struct GicRedistDev { Gic *g; } GicRedistDev;

extern const DeviceOps gic_dist_ops, gic_redist_ops;
/* Reset of the whole GIC: the Distributor device's reset. */
void gic_reset(void *opaque);

/* Recompute every PE's highest pending interrupt (after any state change)
   and what each CPU interface signals. */
void gic_update(Gic *g);

/* ---- for the CPU interfaces (cpuif.c, vcpuif.c) ---- */
/* Whether intid (0..287) is in Group 1, as seen from cpu. */
bool gic_irq_group1(const Gic *g, unsigned cpu, unsigned intid);
/* Acknowledge: intid becomes active (and no longer pending through its
   latch: an edge, or ISPENDR); a level-sensitive input still high keeps it
   pending (active and pending). */
void gic_activate(Gic *g, unsigned cpu, unsigned intid);
/* Deactivation: intid is no longer active. */
void gic_deactivate(Gic *g, unsigned cpu, unsigned intid);
/* An SGI arriving at cpu's Redistributor: pending if any_group or if the SGI
   is in Group 0 there. */
void gic_pend_sgi(Gic *g, unsigned cpu, unsigned intid, bool any_group);

/* The registers at 0x0080..0x0fff of a bank, for the INTIDs first..last
   (other bits RAZ/WI).  Access size already checked: 4, or 1 for IPRIORITYR. */
uint32_t gic_bank_read(const GicIrqBank *b, uint64_t off, unsigned size,
                       unsigned first, unsigned last);
void gic_bank_write(GicIrqBank *b, uint64_t off, unsigned size, uint32_t v,
                    unsigned first, unsigned last);
/* ID registers at 0xffd0..0xfffc (PIDR4-7, PIDR0-3, CIDR0-3). */
uint32_t gic_id_reg(uint64_t off, uint8_t pidr0);
/* An access the architecture does not allow: RAZ/WI and a guest_errors line. */
void gic_bad_access(const char *who, bool write, uint64_t off, unsigned size);

#endif
