/* The GICv3 virtual CPU interface: the ICH_ registers of EL2 and the ICV_
   view EL1 has of the ICC_ registers when HCR_EL2.IMO/FMO route interrupts
   to EL2 (IHI 0069 chapter 6 "Virtual interrupt handling", 12.3 ICV_*,
   12.4 ICH_*).  All its state is in CPUState.sysreg (gic/ich.def): the list
   registers, ICH_HCR_EL2, ICH_VMCR_EL2 (which holds the ICV_ PMR, BPRs,
   group enables and EOImode/CBPR) and ICH_AP0R0/AP1R0_EL2 (the ICV_ active
   priorities).  Function names follow the pseudocode of IHI 0069 where it
   has one (HighestPriorityVirtualInterrupt, CanSignalVirtualInterrupt,
   VPriorityGroup, FindActiveVirtualInterrupt, VirtualPriorityDrop).
   After every change gic_vcpuif_update() recomputes vIRQ/vFIQ and the
   maintenance interrupt (STYLE.md, convention 13). */
#include "gic/gic_internal.h"
#include "sim/log.h"
#include "sysregs/sysregs.h"

static bool icc_group0_reg(unsigned id)
{
    return id == SR_ICC_IAR0_EL1 || id == SR_ICC_EOIR0_EL1 || id == SR_ICC_HPPIR0_EL1 ||
           id == SR_ICC_BPR0_EL1 || id == SR_ICC_IGRPEN0_EL1 ||
           (id >= SR_ICC_AP0R0_EL1 && id <= SR_ICC_AP0R3_EL1);
}

static bool icc_group1_reg(unsigned id)
{
    return id == SR_ICC_IAR1_EL1 || id == SR_ICC_EOIR1_EL1 || id == SR_ICC_HPPIR1_EL1 ||
           id == SR_ICC_BPR1_EL1 || id == SR_ICC_IGRPEN1_EL1 ||
           (id >= SR_ICC_AP1R0_EL1 && id <= SR_ICC_AP1R3_EL1);
}

bool gic_icv_selected(const CPUState *cpu, const SysregInfo *ri)
{
    if (cpu->el != 1 || !EL2Enabled(cpu))
        return false;
    uint64_t hcr = HCR_EL2(cpu);
    if (FIELD_EX64(hcr, HCR, TGE))
        return false;
    bool fmo = FIELD_EX64(hcr, HCR, FMO), imo = FIELD_EX64(hcr, HCR, IMO);
    if (icc_group0_reg(ri->id))
        return fmo;
    if (icc_group1_reg(ri->id))
        return imo;
    switch (ri->id) {
    case SR_ICC_PMR_EL1: case SR_ICC_RPR_EL1: case SR_ICC_CTLR_EL1: case SR_ICC_DIR_EL1:
        return fmo || imo;
    default:
        return false;   /* SGI registers trap instead; SRE is not virtualized */
    }
}

/* ---- the list registers and priorities ---- */

enum { LR_NONE = -1, VIDLE_PRIO = 0xff };

static uint64_t *lr_reg(CPUState *cpu, unsigned n) { return &cpu->sysreg[SR_ICH_LR0_EL2 + n]; }
static unsigned lr_state(uint64_t lr) { return (unsigned)FIELD_EX64(lr, ICH_LR, State); }
static bool lr_group1(uint64_t lr) { return FIELD_EX64(lr, ICH_LR, Group); }
static unsigned lr_prio(uint64_t lr) { return (unsigned)FIELD_EX64(lr, ICH_LR, Priority); }
static unsigned lr_vintid(uint64_t lr) { return (unsigned)FIELD_EX64(lr, ICH_LR, vINTID); }
static uint64_t vmcr(const CPUState *cpu) { return cpu->sysreg[SR_ICH_VMCR_EL2]; }
static uint64_t ich_hcr(const CPUState *cpu) { return cpu->sysreg[SR_ICH_HCR_EL2]; }
static uint64_t *vapr(CPUState *cpu, bool group1)
{
    return &cpu->sysreg[group1 ? SR_ICH_AP1R0_EL2 : SR_ICH_AP0R0_EL2];
}

/* The unimplemented low bits of a virtual priority (5 bits implemented). */
static unsigned vprio_mask(void) { return (0xffu << (8 - GIC_VPRIBITS)) & 0xff; }
enum { VMIN_BPR0 = 7 - GIC_VPREBITS, VMIN_BPR1 = VMIN_BPR0 + 1 };

static bool vgroup_enabled(const CPUState *cpu, bool group1)
{
    return group1 ? FIELD_EX64(vmcr(cpu), ICH_VMCR, VENG1) : FIELD_EX64(vmcr(cpu), ICH_VMCR, VENG0);
}

/* The binary point of a group: VBPR1, or with VCBPR = 1 VBPR0 for both
   (ICV_BPR1_EL1 then reads as VBPR0 + 1, saturated). */
static unsigned vbpr(const CPUState *cpu, bool group1)
{
    if (!group1 || FIELD_EX64(vmcr(cpu), ICH_VMCR, VCBPR))
        return (unsigned)FIELD_EX64(vmcr(cpu), ICH_VMCR, VBPR0);
    return (unsigned)FIELD_EX64(vmcr(cpu), ICH_VMCR, VBPR1);
}

/* VPriorityGroup(): the group priority bits of a priority.  VBPR0 = n keeps
   [7:n+1]; VBPR1 = n keeps [7:n] (with VCBPR, BPR0's meaning for both). */
static unsigned vgroup_priority_mask(const CPUState *cpu, bool group1)
{
    bool use_bpr0 = !group1 || FIELD_EX64(vmcr(cpu), ICH_VMCR, VCBPR);
    unsigned bpr = vbpr(cpu, group1);
    return (0xffu << (use_bpr0 ? bpr + 1 : bpr)) & 0xff;
}

/* The active priority bit of a group priority: 32 levels, bit n of
   ICH_AP<g>R0_EL2 is group priority n << 3. */
static unsigned vapr_bit(unsigned gprio) { return gprio >> (8 - GIC_VPREBITS); }

/* The virtual running priority: the lowest set bit of both active
   priorities registers; idle (0xff) if none. */
static unsigned vrunning_priority(CPUState *cpu)
{
    uint32_t bits = (uint32_t)(*vapr(cpu, false) | *vapr(cpu, true));
    return bits ? (unsigned)__builtin_ctz(bits) << (8 - GIC_VPREBITS) : VIDLE_PRIO;
}

/* HighestPriorityVirtualInterrupt(): the pending (not active) list register
   of an enabled group with the lowest priority value (then the lowest
   index); LR_NONE if none.  A priority of 0xff is never reported. */
static int HighestPriorityVirtualInterrupt(CPUState *cpu)
{
    int best = LR_NONE;
    unsigned best_prio = VIDLE_PRIO;
    for (unsigned n = 0; n < GIC_NUM_LRS; n++) {
        uint64_t lr = *lr_reg(cpu, n);
        if (lr_state(lr) != ICH_LR_PENDING || !vgroup_enabled(cpu, lr_group1(lr)))
            continue;
        if (lr_prio(lr) < best_prio) {
            best_prio = lr_prio(lr);
            best = (int)n;
        }
    }
    return best;
}

/* CanSignalVirtualInterrupt(): the interface is enabled, the priority is
   above the virtual priority mask and the group priority above the virtual
   running priority. */
static bool CanSignalVirtualInterrupt(CPUState *cpu, uint64_t lr)
{
    if (!FIELD_EX64(ich_hcr(cpu), ICH_HCR, En))
        return false;
    if (lr_prio(lr) >= FIELD_EX64(vmcr(cpu), ICH_VMCR, VPMR))
        return false;
    unsigned mask = vgroup_priority_mask(cpu, lr_group1(lr));
    return (lr_prio(lr) & mask) < (vrunning_priority(cpu) & mask);
}

/* FindActiveVirtualInterrupt(): the list register holding vintid in the
   active or active and pending state; LR_NONE if none. */
static int FindActiveVirtualInterrupt(CPUState *cpu, unsigned vintid)
{
    for (unsigned n = 0; n < GIC_NUM_LRS; n++) {
        uint64_t lr = *lr_reg(cpu, n);
        if ((lr_state(lr) & ICH_LR_ACTIVE) && lr_vintid(lr) == vintid)
            return (int)n;
    }
    return LR_NONE;
}

static bool intid_special(unsigned intid) { return intid >= 1020 && intid <= 1023; }

/* ---- maintenance (12.4.7 ICH_MISR_EL2, 12.4.4 ICH_EISR_EL2, 12.4.5 ELRSR) ---- */

/* EISR: the list registers that are invalid, HW = 0 and EOI = 1. */
static uint64_t ich_eisr(CPUState *cpu)
{
    uint64_t v = 0;
    for (unsigned n = 0; n < GIC_NUM_LRS; n++) {
        uint64_t lr = *lr_reg(cpu, n);
        if (lr_state(lr) == ICH_LR_INVALID && !FIELD_EX64(lr, ICH_LR, HW) &&
            FIELD_EX64(lr, ICH_LR, EOI))
            v |= 1ull << n;
    }
    return v;
}

/* ELRSR: the list registers that hold no interrupt and no EOI
   maintenance request. */
static uint64_t ich_elrsr(CPUState *cpu)
{
    uint64_t v = 0;
    for (unsigned n = 0; n < GIC_NUM_LRS; n++) {
        uint64_t lr = *lr_reg(cpu, n);
        if (lr_state(lr) == ICH_LR_INVALID &&
            (FIELD_EX64(lr, ICH_LR, HW) || !FIELD_EX64(lr, ICH_LR, EOI)))
            v |= 1ull << n;
    }
    return v;
}

static uint64_t ich_misr(CPUState *cpu)
{
    uint64_t hcr = ich_hcr(cpu), vm = vmcr(cpu), misr = 0;
    unsigned valid = 0;
    bool pending = false;
    for (unsigned n = 0; n < GIC_NUM_LRS; n++) {
        unsigned st = lr_state(*lr_reg(cpu, n));
        valid += st != ICH_LR_INVALID;
        pending |= st == ICH_LR_PENDING;
    }
    misr = FIELD_DP64(misr, ICH_MISR, EOI, ich_eisr(cpu) != 0);
    misr = FIELD_DP64(misr, ICH_MISR, U, FIELD_EX64(hcr, ICH_HCR, UIE) && valid <= 1);
    misr = FIELD_DP64(misr, ICH_MISR, LRENP,
                      FIELD_EX64(hcr, ICH_HCR, LRENPIE) && FIELD_EX64(hcr, ICH_HCR, EOIcount));
    misr = FIELD_DP64(misr, ICH_MISR, NP, FIELD_EX64(hcr, ICH_HCR, NPIE) && !pending);
    misr = FIELD_DP64(misr, ICH_MISR, VGrp0E,
                      FIELD_EX64(hcr, ICH_HCR, VGrp0EIE) && FIELD_EX64(vm, ICH_VMCR, VENG0));
    misr = FIELD_DP64(misr, ICH_MISR, VGrp0D,
                      FIELD_EX64(hcr, ICH_HCR, VGrp0DIE) && !FIELD_EX64(vm, ICH_VMCR, VENG0));
    misr = FIELD_DP64(misr, ICH_MISR, VGrp1E,
                      FIELD_EX64(hcr, ICH_HCR, VGrp1EIE) && FIELD_EX64(vm, ICH_VMCR, VENG1));
    misr = FIELD_DP64(misr, ICH_MISR, VGrp1D,
                      FIELD_EX64(hcr, ICH_HCR, VGrp1DIE) && !FIELD_EX64(vm, ICH_VMCR, VENG1));
    return misr;
}

void gic_vcpuif_update(CPUState *cpu)
{
    int n = HighestPriorityVirtualInterrupt(cpu);
    bool signal = n != LR_NONE && CanSignalVirtualInterrupt(cpu, *lr_reg(cpu, (unsigned)n));
    bool group1 = signal && lr_group1(*lr_reg(cpu, (unsigned)n));
    cpu_set_irq_lines(cpu, CPU_LINE_VIRQ, signal && group1);
    cpu_set_irq_lines(cpu, CPU_LINE_VFIQ, signal && !group1);
    Gic *g = cpu->board ? cpu->board->gic : NULL;
    if (g)
        gic_set_ppi(g, (unsigned)cpu->index, GIC_MAINT_PPI,
                    FIELD_EX64(ich_hcr(cpu), ICH_HCR, En) && ich_misr(cpu) != 0);
}

/* ---- the ICH_ rows ---- */

uint64_t ich_sr_read(CPUState *cpu, const SysregInfo *ri)
{
    switch (ri->id) {
    case SR_ICH_MISR_EL2: return ich_misr(cpu);
    case SR_ICH_EISR_EL2: return ich_eisr(cpu);
    case SR_ICH_ELRSR_EL2: return ich_elrsr(cpu);
    default: return cpu->sysreg[ri->id];
    }
}

/* A binary point written below its minimum reads as the minimum. */
static uint64_t vmcr_clamp_bprs(uint64_t v)
{
    if (FIELD_EX64(v, ICH_VMCR, VBPR0) < VMIN_BPR0)
        v = FIELD_DP64(v, ICH_VMCR, VBPR0, VMIN_BPR0);
    if (FIELD_EX64(v, ICH_VMCR, VBPR1) < VMIN_BPR1)
        v = FIELD_DP64(v, ICH_VMCR, VBPR1, VMIN_BPR1);
    return v;
}

void ich_sr_write(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    v = (v & ri->wmask) | (ri->reset & ~ri->wmask);
    if (ri->id == SR_ICH_VMCR_EL2)
        v = vmcr_clamp_bprs(v);
    cpu->sysreg[ri->id] = v;
    gic_vcpuif_update(cpu);
}

/* ---- the ICV_ operations ---- */

/* ICV_IAR0/1_EL1 (VirtualReadIAR): the highest-priority pending virtual
   interrupt, if it is of this group and can be signalled, becomes active
   and its group priority active; 1023 otherwise.  A special vINTID
   (1020..1023) in a list register is returned and the entry made invalid. */
static unsigned icv_acknowledge(CPUState *cpu, bool group1)
{
    int n = HighestPriorityVirtualInterrupt(cpu);
    if (n == LR_NONE)
        return GIC_INTID_SPURIOUS;
    uint64_t *lr = lr_reg(cpu, (unsigned)n);
    if (lr_group1(*lr) != group1 || !CanSignalVirtualInterrupt(cpu, *lr))
        return GIC_INTID_SPURIOUS;
    unsigned vintid = lr_vintid(*lr);
    if (intid_special(vintid)) {
        *lr = FIELD_DP64(*lr, ICH_LR, State, ICH_LR_INVALID);
        return vintid;
    }
    *lr = FIELD_DP64(*lr, ICH_LR, State, ICH_LR_ACTIVE);
    unsigned bit = vapr_bit(lr_prio(*lr) & vgroup_priority_mask(cpu, group1));
    *vapr(cpu, group1) |= 1ull << bit;
    return vintid;
}

/* VirtualPriorityDrop(): clear the highest active priority (Group 0 first
   at equal priority).  Returns the group priority dropped, or VIDLE_PRIO if
   none was active. */
static unsigned VirtualPriorityDrop(CPUState *cpu)
{
    uint32_t ap0 = (uint32_t)*vapr(cpu, false), ap1 = (uint32_t)*vapr(cpu, true);
    if (!(ap0 | ap1))
        return VIDLE_PRIO;
    unsigned b0 = ap0 ? (unsigned)__builtin_ctz(ap0) : 32, b1 = ap1 ? (unsigned)__builtin_ctz(ap1) : 32;
    bool group1 = b1 < b0;
    unsigned bit = group1 ? b1 : b0;
    *vapr(cpu, group1) &= ~(1ull << bit);
    return bit << (8 - GIC_VPREBITS);
}

static void increment_eoicount(CPUState *cpu)
{
    uint64_t *hcr = &cpu->sysreg[SR_ICH_HCR_EL2];
    *hcr = FIELD_DP64(*hcr, ICH_HCR, EOIcount, FIELD_EX64(*hcr, ICH_HCR, EOIcount) + 1);
}

/* Deactivate the interrupt of a list register: active → invalid, active
   and pending → pending; with HW = 1 the physical interrupt pINTID is
   deactivated too (at this PE's Redistributor or the Distributor). */
static void virtual_deactivate(CPUState *cpu, unsigned n)
{
    uint64_t *lr = lr_reg(cpu, n);
    *lr = FIELD_DP64(*lr, ICH_LR, State, lr_state(*lr) & ~(unsigned)ICH_LR_ACTIVE);
    Gic *g = cpu->board ? cpu->board->gic : NULL;
    unsigned pintid = (unsigned)FIELD_EX64(*lr, ICH_LR, pINTID);
    if (FIELD_EX64(*lr, ICH_LR, HW) && g && pintid < GIC_NUM_IRQS)
        gic_deactivate(g, (unsigned)cpu->index, pintid);
}

/* A deactivation of vintid by EOIR (VEOIM = 0) or DIR (VEOIM = 1): with no
   list register holding it active, ICH_HCR_EL2.EOIcount counts it (the
   hypervisor keeps the interrupts that did not fit in the list registers). */
static void deactivate_or_count(CPUState *cpu, unsigned vintid)
{
    int n = FindActiveVirtualInterrupt(cpu, vintid);
    if (n == LR_NONE)
        increment_eoicount(cpu);
    else
        virtual_deactivate(cpu, (unsigned)n);
}

/* ICV_EOIR0/1_EL1 (VirtualWriteEOIR0/1): priority drop, then with
   VEOIM = 0 deactivation.  An EOI with no active priority does nothing (the
   list registers are not checked: CONSTRAINED UNPREDICTABLE, as QEMU);
   a list register of the other group or of another group priority is left
   active (UNPREDICTABLE).
   Deliberate difference from QEMU 7.2: with VEOIM = 1 an EOI that matches
   no list register does not increment EOIcount; it "would not have
   resulted in a deactivation" (ICH_HCR_EL2.EOIcount); the DIR counts. */
static void icv_end_of_interrupt(CPUState *cpu, unsigned vintid, bool group1)
{
    if (intid_special(vintid))
        return;
    unsigned dropped = VirtualPriorityDrop(cpu);
    if (dropped == VIDLE_PRIO || FIELD_EX64(vmcr(cpu), ICH_VMCR, VEOIM))
        return;
    int n = FindActiveVirtualInterrupt(cpu, vintid);
    if (n == LR_NONE) {
        increment_eoicount(cpu);
        return;
    }
    uint64_t lr = *lr_reg(cpu, (unsigned)n);
    if (lr_group1(lr) != group1 || (lr_prio(lr) & vgroup_priority_mask(cpu, group1)) != dropped) {
        if (log_enabled(LOG_GUEST_ERROR))
            log_printf("GIC: ICV_EOIR%d of vINTID %u that does not match the running priority: "
                       "not deactivated\n", group1, vintid);
        return;
    }
    virtual_deactivate(cpu, (unsigned)n);
}

/* ICV_DIR_EL1: with VEOIM = 1 deactivate (with VEOIM = 0 UNPREDICTABLE:
   ignored, as QEMU). */
static void icv_deactivate(CPUState *cpu, unsigned vintid)
{
    if (intid_special(vintid) || !FIELD_EX64(vmcr(cpu), ICH_VMCR, VEOIM))
        return;
    deactivate_or_count(cpu, vintid);
}

/* ICV_CTLR_EL1: EOImode and CBPR are VMCR.VEOIM and VCBPR; PRIbits, IDbits,
   SEIS and A3V come from ICH_VTR_EL2. */
FIELD(ICV_CTLR, CBPR, 0, 1)
FIELD(ICV_CTLR, EOImode, 1, 1)
FIELD(ICV_CTLR, PRIbits, 8, 3)
FIELD(ICV_CTLR, IDbits, 11, 3)
FIELD(ICV_CTLR, SEIS, 14, 1)
FIELD(ICV_CTLR, A3V, 15, 1)

static uint64_t icv_ctlr(const CPUState *cpu)
{
    uint64_t vtr = cpu->sysreg[SR_ICH_VTR_EL2], v = 0;
    v = FIELD_DP64(v, ICV_CTLR, CBPR, FIELD_EX64(vmcr(cpu), ICH_VMCR, VCBPR));
    v = FIELD_DP64(v, ICV_CTLR, EOImode, FIELD_EX64(vmcr(cpu), ICH_VMCR, VEOIM));
    v = FIELD_DP64(v, ICV_CTLR, PRIbits, FIELD_EX64(vtr, ICH_VTR, PRIbits));
    v = FIELD_DP64(v, ICV_CTLR, IDbits, FIELD_EX64(vtr, ICH_VTR, IDbits));
    v = FIELD_DP64(v, ICV_CTLR, SEIS, FIELD_EX64(vtr, ICH_VTR, SEIS));
    v = FIELD_DP64(v, ICV_CTLR, A3V, FIELD_EX64(vtr, ICH_VTR, A3V));
    return v;
}

/* ICV_HPPIR0/1_EL1: the highest-priority pending virtual interrupt if it is
   of this group (whether or not it can be signalled). */
static unsigned icv_hppir(CPUState *cpu, bool group1)
{
    int n = HighestPriorityVirtualInterrupt(cpu);
    if (n == LR_NONE || lr_group1(*lr_reg(cpu, (unsigned)n)) != group1)
        return GIC_INTID_SPURIOUS;
    return lr_vintid(*lr_reg(cpu, (unsigned)n));
}

/* The active priorities beyond ICV_AP<g>R0_EL1 do not exist with 5
   preemption bits: their access check makes them UNDEFINED
   (sysregs/traps.c), so only AP<g>R0 reach here. */
static uint64_t *icv_apr(CPUState *cpu, unsigned id)
{
    if (id == SR_ICC_AP0R0_EL1)
        return vapr(cpu, false);
    if (id == SR_ICC_AP1R0_EL1)
        return vapr(cpu, true);
    return NULL;
}

uint64_t icv_sr_read(CPUState *cpu, const SysregInfo *ri)
{
    uint64_t v;
    switch (ri->id) {
    case SR_ICC_IAR0_EL1:
    case SR_ICC_IAR1_EL1:
        v = icv_acknowledge(cpu, ri->id == SR_ICC_IAR1_EL1);
        gic_vcpuif_update(cpu);
        return v;
    case SR_ICC_HPPIR0_EL1:
    case SR_ICC_HPPIR1_EL1:
        return icv_hppir(cpu, ri->id == SR_ICC_HPPIR1_EL1);
    case SR_ICC_RPR_EL1:
        return vrunning_priority(cpu);
    case SR_ICC_PMR_EL1:
        return FIELD_EX64(vmcr(cpu), ICH_VMCR, VPMR);
    case SR_ICC_BPR0_EL1:
        return vbpr(cpu, false);
    case SR_ICC_BPR1_EL1:
        v = vbpr(cpu, true);
        return FIELD_EX64(vmcr(cpu), ICH_VMCR, VCBPR) && v < 7 ? v + 1 : v;
    case SR_ICC_CTLR_EL1:
        return icv_ctlr(cpu);
    case SR_ICC_IGRPEN0_EL1:
        return FIELD_EX64(vmcr(cpu), ICH_VMCR, VENG0);
    case SR_ICC_IGRPEN1_EL1:
        return FIELD_EX64(vmcr(cpu), ICH_VMCR, VENG1);
    default: {
        uint64_t *ap = icv_apr(cpu, ri->id);
        return ap ? *ap : 0;
    }
    }
}

void icv_sr_write(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    uint64_t *vm = &cpu->sysreg[SR_ICH_VMCR_EL2];
    unsigned intid = (unsigned)(v & 0xffffff);
    switch (ri->id) {
    case SR_ICC_EOIR0_EL1:
    case SR_ICC_EOIR1_EL1:
        icv_end_of_interrupt(cpu, intid, ri->id == SR_ICC_EOIR1_EL1);
        break;
    case SR_ICC_DIR_EL1:
        icv_deactivate(cpu, intid);
        break;
    case SR_ICC_PMR_EL1:
        *vm = FIELD_DP64(*vm, ICH_VMCR, VPMR, v & vprio_mask());
        break;
    case SR_ICC_BPR0_EL1:
        *vm = vmcr_clamp_bprs(FIELD_DP64(*vm, ICH_VMCR, VBPR0, v & 7));
        break;
    case SR_ICC_BPR1_EL1:
        /* Ignored while VCBPR makes VBPR0 apply. */
        if (!FIELD_EX64(*vm, ICH_VMCR, VCBPR))
            *vm = vmcr_clamp_bprs(FIELD_DP64(*vm, ICH_VMCR, VBPR1, v & 7));
        break;
    case SR_ICC_CTLR_EL1:
        *vm = FIELD_DP64(*vm, ICH_VMCR, VCBPR, FIELD_EX64(v, ICV_CTLR, CBPR));
        *vm = FIELD_DP64(*vm, ICH_VMCR, VEOIM, FIELD_EX64(v, ICV_CTLR, EOImode));
        break;
    case SR_ICC_IGRPEN0_EL1:
        *vm = FIELD_DP64(*vm, ICH_VMCR, VENG0, v & 1);
        break;
    case SR_ICC_IGRPEN1_EL1:
        *vm = FIELD_DP64(*vm, ICH_VMCR, VENG1, v & 1);
        break;
    default: {
        uint64_t *ap = icv_apr(cpu, ri->id);
        if (ap)
            *ap = v & 0xffffffff;
        break;
    }
    }
    gic_vcpuif_update(cpu);
}
