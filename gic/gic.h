/* The GICv3 Distributor and Redistributors (Arm IHI 0069) of the virt board,
   as MMIO devices, and the interrupt state they hold.
   Configuration: one Security state (GICD_CTLR.DS = 1), affinity routing
   always on (ARE RAO/WI), 256 SPIs (INTIDs 32..287), no LPIs, no ITS, no
   message-based SPIs.  The CPU interface (ICC_* system registers,
   gic/cpuif.c) signals IRQ/FIQ to the PEs (cpu_set_irq_lines); the virtual
   interface (ICH_*, ICV_*, gic/vcpuif.c) vIRQ/vFIQ.
   Inputs: devices drive SPIs with gic_set_spi(), the timers drive PPIs with
   gic_set_ppi().  Every write that can change a PE's highest-priority pending
   interrupt recomputes it (STYLE.md, convention 13). */
#ifndef TRAPEZE_GIC_H
#define TRAPEZE_GIC_H

#include <stdbool.h>
#include <stdint.h>

#include "sim/board/board.h"
#include "sysregs/sysregs.h"

enum {
    GIC_NUM_SPIS = 256,
    GIC_NUM_IRQS = 32 + GIC_NUM_SPIS,   /* INTIDs 0..287 */
    GIC_FIRST_SPI = 32,
    GIC_FIRST_PPI = 16,
    GIC_INTID_SPURIOUS = 1023,          /* "none" from gic_highest_pending */
    GIC_PRIO_NONE = 0x100,              /* priority reported with 1023 */
};

#define GICD_SIZE        0x10000ull     /* one 64 KiB frame */
#define GICR_FRAME_SIZE  0x20000ull     /* RD_base + SGI_base, per PE */
#define GICR_SGI_BASE    0x10000ull
/* QEMU 7.2 gives the redistributors room for 123 PEs; frames beyond
   board->ncpus read as zero and ignore writes. */
#define GICR_REGION_SIZE 0xf60000ull

typedef struct Gic Gic;

/* Map the Distributor at VIRT_GIC_DIST_BASE and one Redistributor per CPU
   of b (b->ncpus, which must be final) at VIRT_GIC_REDIST_BASE.  The board
   owns and frees the state. NULL when out of memory. */
Gic *gic_create(Board *b);

/* Input lines. intid 32..287 for SPIs, 16..31 for a PE's PPIs; others are
   ignored.  Edge-triggered: a rising level latches pending.
   Level-sensitive: pending while the level is high, or while the latch set
   by GICD_ISPENDR/GICR_ISPENDR0 is set. */
void gic_set_spi(Gic *g, unsigned intid, bool level);
void gic_set_ppi(Gic *g, unsigned cpu, unsigned intid, bool level);

/* The highest-priority (lowest value, then lowest INTID) interrupt that is
   pending, enabled, not active, in a group enabled in GICD_CTLR and routed to
   this PE; GIC_INTID_SPURIOUS if none.  *prio (if not NULL) gets its
   priority, GIC_PRIO_NONE with 1023.
   1-of-N (GICD_IROUTER.IRM = 1): the SPI is offered to every participating
   PE, one whose Redistributor is awake (GICR_WAKER.ProcessorSleep = 0); the
   first to acknowledge it takes it. */
unsigned gic_highest_pending(const Gic *g, unsigned cpu, unsigned *prio);

/* ---- the CPU interface (gic/cpuif.c) and virtual CPU interface (gic/vcpuif.c) ---- */
/* Recompute the IRQ/FIQ lines a PE's CPU interface drives (after any change
   of the GIC state or of its ICC_ registers). */
void gic_cpuif_update(CPUState *cpu);
/* The system-register table's functions of the ICC_ rows (gic/icc.def). */
SysregReadFn icc_sr_read;
SysregWriteFn icc_sr_write;
/* The one decision of ICC/ICV redirection (IHI 0069 12.2 register access
   pseudocode): at EL1 with EL2 enabled, HCR_EL2.FMO sends the Group 0
   registers, HCR_EL2.IMO the Group 1 registers, and either of them the
   common registers (PMR, RPR, CTLR, DIR) to the virtual CPU interface. */
bool gic_icv_selected(const CPUState *cpu, const SysregInfo *ri);
/* The virtual CPU interface's view of an ICC_ row (ICV_ registers). */
SysregReadFn icv_sr_read;
SysregWriteFn icv_sr_write;

#endif
