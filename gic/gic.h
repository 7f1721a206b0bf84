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

#include "sim/bits.h"
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
   of b (b->ncpus, which must be final) at VIRT_GIC_REDIST_BASE, and make it
   b->gic.  The board owns and frees the state. NULL when out of memory. */
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

/* ---- the virtual CPU interface (gic/vcpuif.c, gic/ich.def) ----
   Configuration (as QEMU's default): 16 list registers, 5 bits of virtual
   priority and 5 of preemption (32 group priorities: only ICH_AP0R0_EL2 and
   ICH_AP1R0_EL2 hold active priorities), 16-bit vINTIDs, Aff3 valid, no
   GICv4 (nV4 = 1), no vSEIs, ICH_HCR_EL2.TDIR implemented (TDS = 1). */
enum {
    GIC_NUM_LRS = 16,
    GIC_VPRIBITS = 5,
    GIC_VPREBITS = 5,
    GIC_MAINT_PPI = 25,                 /* the virt board's maintenance interrupt */
};

/* ICH_HCR_EL2 (IHI 0069, 12.4.x) */
FIELD(ICH_HCR, En, 0, 1)
FIELD(ICH_HCR, UIE, 1, 1)
FIELD(ICH_HCR, LRENPIE, 2, 1)
FIELD(ICH_HCR, NPIE, 3, 1)
FIELD(ICH_HCR, VGrp0EIE, 4, 1)
FIELD(ICH_HCR, VGrp0DIE, 5, 1)
FIELD(ICH_HCR, VGrp1EIE, 6, 1)
FIELD(ICH_HCR, VGrp1DIE, 7, 1)
FIELD(ICH_HCR, TC, 10, 1)
FIELD(ICH_HCR, TALL0, 11, 1)
FIELD(ICH_HCR, TALL1, 12, 1)
FIELD(ICH_HCR, TSEI, 13, 1)
FIELD(ICH_HCR, TDIR, 14, 1)
FIELD(ICH_HCR, EOIcount, 27, 5)
/* ICH_VTR_EL2 */
FIELD(ICH_VTR, ListRegs, 0, 5)
FIELD(ICH_VTR, TDS, 19, 1)
FIELD(ICH_VTR, nV4, 20, 1)
FIELD(ICH_VTR, A3V, 21, 1)
FIELD(ICH_VTR, SEIS, 22, 1)
FIELD(ICH_VTR, IDbits, 23, 3)
FIELD(ICH_VTR, PREbits, 26, 3)
FIELD(ICH_VTR, PRIbits, 29, 3)
/* ICH_LR<n>_EL2; EOI overlaps pINTID and is meaningful when HW = 0. */
FIELD(ICH_LR, vINTID, 0, 32)
FIELD(ICH_LR, pINTID, 32, 13)
FIELD(ICH_LR, EOI, 41, 1)
FIELD(ICH_LR, Priority, 48, 8)
FIELD(ICH_LR, Group, 60, 1)
FIELD(ICH_LR, HW, 61, 1)
FIELD(ICH_LR, State, 62, 2)
enum { ICH_LR_INVALID = 0, ICH_LR_PENDING = 1, ICH_LR_ACTIVE = 2, ICH_LR_PENDING_ACTIVE = 3 };
/* ICH_VMCR_EL2 */
FIELD(ICH_VMCR, VENG0, 0, 1)
FIELD(ICH_VMCR, VENG1, 1, 1)
FIELD(ICH_VMCR, VAckCtl, 2, 1)
FIELD(ICH_VMCR, VFIQEn, 3, 1)
FIELD(ICH_VMCR, VCBPR, 4, 1)
FIELD(ICH_VMCR, VEOIM, 9, 1)
FIELD(ICH_VMCR, VBPR1, 18, 3)
FIELD(ICH_VMCR, VBPR0, 21, 3)
FIELD(ICH_VMCR, VPMR, 24, 8)
/* ICH_MISR_EL2 */
FIELD(ICH_MISR, EOI, 0, 1)
FIELD(ICH_MISR, U, 1, 1)
FIELD(ICH_MISR, LRENP, 2, 1)
FIELD(ICH_MISR, NP, 3, 1)
FIELD(ICH_MISR, VGrp0E, 4, 1)
FIELD(ICH_MISR, VGrp0D, 5, 1)
FIELD(ICH_MISR, VGrp1E, 6, 1)
FIELD(ICH_MISR, VGrp1D, 7, 1)

/* Read-only ICH_VTR_EL2: ListRegs = 15, TDS, nV4, A3V, IDbits = 0 (16 bits),
   PREbits = PRIbits = 4 (5 bits). */
#define ICH_VTR_EL2_VALUE                                                     \
    ((uint64_t)(GIC_NUM_LRS - 1) << R_ICH_VTR_ListRegs_SHIFT |                \
     1ull << R_ICH_VTR_TDS_SHIFT | 1ull << R_ICH_VTR_nV4_SHIFT |              \
     1ull << R_ICH_VTR_A3V_SHIFT |                                            \
     (uint64_t)(GIC_VPREBITS - 1) << R_ICH_VTR_PREbits_SHIFT |                \
     (uint64_t)(GIC_VPRIBITS - 1) << R_ICH_VTR_PRIbits_SHIFT)
/* ICH_VMCR_EL2 at reset (architecturally UNKNOWN; QEMU's values): VFIQEn
   RES1, the binary points at their minimum (VBPR0 = 7 - 5, VBPR1 one more). */
#define ICH_VMCR_EL2_RESET                                                    \
    (1ull << R_ICH_VMCR_VFIQEn_SHIFT |                                        \
     (uint64_t)(8 - GIC_VPREBITS) << R_ICH_VMCR_VBPR1_SHIFT |                 \
     (uint64_t)(7 - GIC_VPREBITS) << R_ICH_VMCR_VBPR0_SHIFT)
/* The writable bits of ICH_HCR_EL2 (no vSEIs: TSEI RES0; no GICv4.1). */
#define ICH_HCR_EL2_WMASK 0xf8005cffull
/* VENG0/1, VCBPR, VEOIM, VBPR0/1 and the 5 implemented bits of VPMR;
   VAckCtl RES0, VFIQEn RES1 (IHI 0069 12.4.10). */
#define ICH_VMCR_EL2_WMASK 0xf8fc0213ull
/* vINTID, pINTID (with EOI), the 5 implemented bits of Priority, Group, HW,
   State; bits [47:45] and [59:56] RES0. */
#define ICH_LR_EL2_WMASK 0xf0f81fffffffffffull

/* Recompute the outputs of the virtual CPU interface after any change of its
   state (ICH_ registers, ICV_ operations): the vIRQ/vFIQ lines, and the
   maintenance interrupt (PPI 25 at this PE's Redistributor, level =
   ICH_HCR_EL2.En && ICH_MISR_EL2 != 0). */
void gic_vcpuif_update(CPUState *cpu);
/* The system-register table's functions of the ICH_ rows (gic/ich.def). */
SysregReadFn ich_sr_read;
SysregWriteFn ich_sr_write;

#endif
