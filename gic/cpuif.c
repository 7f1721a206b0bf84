/* The GICv3 physical CPU interface, accessed through the ICC_* system
   registers (IHI 0069, chapter 4.8 "The CPU interface" and 12.2).
   Its registers live in CPUState.sysreg (gic/icc.def).  The interface takes
   the Redistributor's highest-priority pending interrupt
   (gic_highest_pending) and signals it to the PE as FIQ (Group 0) or IRQ
   (Group 1), as a PE with one Security state and no EL3 sees them, when:
   its group is enabled (ICC_IGRPEN<n>_EL1), its priority is higher than the
   priority mask (ICC_PMR_EL1) and its group priority higher than the running
   priority (the highest bit set in the active priorities registers
   ICC_AP0R<n>/AP1R<n>).  Acknowledge (IAR) activates it and raises the
   running priority; EOIR drops the priority and, with ICC_CTLR_EL1.EOImode
   = 0, deactivates it; with EOImode = 1 ICC_DIR_EL1 deactivates.
   Priorities have 8 bits, so group priorities (BPR0 = 0) have 7: 128
   preemption levels, AP<g>R0..AP<g>R3. */
#include "gic/gic_internal.h"
#include "sim/log.h"
#include "sysregs/sysregs.h"

FIELD(ICC_CTLR, CBPR, 0, 1)
FIELD(ICC_CTLR, EOImode, 1, 1)
FIELD(ICC_SGIR, TargetList, 0, 16)
FIELD(ICC_SGIR, Aff1, 16, 8)
FIELD(ICC_SGIR, INTID, 24, 4)
FIELD(ICC_SGIR, Aff2, 32, 8)
FIELD(ICC_SGIR, IRM, 40, 1)
FIELD(ICC_SGIR, RS, 44, 4)
FIELD(ICC_SGIR, Aff3, 48, 8)

enum { ICC_MIN_BPR0 = 0, ICC_MIN_BPR1 = ICC_MIN_BPR0 + 1, ICC_IDLE_PRIO = 0xff };

static Gic *cpu_gic(const CPUState *cpu) { return cpu->board ? cpu->board->gic : NULL; }

/* ---- priorities ---- */

/* The running priority: the group priority of the highest active priority
   bit over both groups' active priorities registers; 0xff (idle) if none. */
static unsigned running_priority(const CPUState *cpu)
{
    for (unsigned r = 0; r < 4; r++) {
        uint32_t bits = (uint32_t)(cpu->sysreg[SR_ICC_AP0R0_EL1 + r] |
                                   cpu->sysreg[SR_ICC_AP1R0_EL1 + r]);
        if (bits)
            return (r * 32 + (unsigned)__builtin_ctz(bits)) << 1;
    }
    return ICC_IDLE_PRIO;
}

/* The binary point that applies to a group: ICC_BPR1_EL1 for Group 1,
   unless ICC_CTLR_EL1.CBPR makes BPR0 (plus one) apply to both. */
static unsigned group_bpr(const CPUState *cpu, bool group1)
{
    if (!group1)
        return (unsigned)cpu->sysreg[SR_ICC_BPR0_EL1];
    if (FIELD_EX64(cpu->sysreg[SR_ICC_CTLR_EL1], ICC_CTLR, CBPR)) {
        unsigned b = (unsigned)cpu->sysreg[SR_ICC_BPR0_EL1] + 1;
        return b > 7 ? 7 : b;
    }
    return (unsigned)cpu->sysreg[SR_ICC_BPR1_EL1];
}

/* The group priority bits of a priority (4.8.4): BPR0 = n keeps [7:n+1];
   BPR1 = n keeps [7:n], one bit more, as for Non-secure Group 1. */
static unsigned group_priority_mask(const CPUState *cpu, bool group1)
{
    unsigned bpr = group_bpr(cpu, group1);
    return (0xffu << (group1 ? bpr : bpr + 1)) & 0xff;
}

static bool group_enabled_at_cpu(const CPUState *cpu, bool group1)
{
    return cpu->sysreg[group1 ? SR_ICC_IGRPEN1_EL1 : SR_ICC_IGRPEN0_EL1] & 1;
}

/* Whether the highest pending interrupt may be signalled now (4.8.3): group
   enabled, priority below the mask, group priority above the running one. */
static bool hppi_can_preempt(const CPUState *cpu, const Gic *g, unsigned *intid, bool *group1)
{
    unsigned prio;
    *intid = gic_highest_pending(g, (unsigned)cpu->index, &prio);
    if (*intid == GIC_INTID_SPURIOUS)
        return false;
    *group1 = gic_irq_group1(g, (unsigned)cpu->index, *intid);
    if (!group_enabled_at_cpu(cpu, *group1))
        return false;
    if (prio >= (cpu->sysreg[SR_ICC_PMR_EL1] & 0xff))
        return false;
    unsigned mask = group_priority_mask(cpu, *group1);
    return (prio & mask) < (running_priority(cpu) & mask);
}

void gic_cpuif_update(CPUState *cpu)
{
    Gic *g = cpu_gic(cpu);
    unsigned intid;
    bool group1 = false;
    bool signal = g && hppi_can_preempt(cpu, g, &intid, &group1);
    cpu_set_irq_lines(cpu, CPU_LINE_IRQ, signal && group1);
    cpu_set_irq_lines(cpu, CPU_LINE_FIQ, signal && !group1);
}

/* ---- acknowledge, priority drop, deactivation ---- */

/* ICC_IAR0_EL1 / ICC_IAR1_EL1: the INTID of the signalled interrupt of that
   group, which becomes active with its group priority set in the active
   priorities; 1023 if none can be signalled (4.8.7). */
static unsigned acknowledge(CPUState *cpu, Gic *g, bool group1)
{
    unsigned intid, prio;
    bool grp;
    if (!hppi_can_preempt(cpu, g, &intid, &grp) || grp != group1)
        return GIC_INTID_SPURIOUS;
    gic_highest_pending(g, (unsigned)cpu->index, &prio);
    unsigned bit = (prio & group_priority_mask(cpu, group1)) >> 1;
    unsigned ap = (group1 ? SR_ICC_AP1R0_EL1 : SR_ICC_AP0R0_EL1) + bit / 32;
    cpu->sysreg[ap] |= 1u << (bit % 32);
    gic_activate(g, (unsigned)cpu->index, intid);
    return intid;
}

/* Priority drop (4.8.8): clear the highest active priority, if it belongs
   to this group (otherwise the write is UNPREDICTABLE; we ignore it). */
static bool drop_priority(CPUState *cpu, bool group1)
{
    for (unsigned r = 0; r < 4; r++) {
        uint64_t *ap0 = &cpu->sysreg[SR_ICC_AP0R0_EL1 + r];
        uint64_t *ap1 = &cpu->sysreg[SR_ICC_AP1R0_EL1 + r];
        uint32_t bits = (uint32_t)(*ap0 | *ap1);
        if (!bits)
            continue;
        uint32_t low = bits & -bits;
        uint64_t *ap = group1 ? ap1 : ap0;
        if (!(*ap & low))
            return false;
        *ap &= ~(uint64_t)low;
        return true;
    }
    return false;
}

static void end_of_interrupt(CPUState *cpu, Gic *g, unsigned intid, bool group1)
{
    if (intid >= GIC_NUM_IRQS) {          /* 1020..1023 and LPIs: nothing to do */
        return;
    }
    if (gic_irq_group1(g, (unsigned)cpu->index, intid) != group1) {
        if (log_enabled(LOG_GUEST_ERROR))
            log_printf("GIC: EOIR%d of INTID %u, which is in the other group: ignored\n",
                       group1, intid);
        return;
    }
    if (!drop_priority(cpu, group1)) {
        if (log_enabled(LOG_GUEST_ERROR))
            log_printf("GIC: EOIR%d of INTID %u with no active priority of that group: ignored\n",
                       group1, intid);
        return;
    }
    if (!FIELD_EX64(cpu->sysreg[SR_ICC_CTLR_EL1], ICC_CTLR, EOImode))
        gic_deactivate(g, (unsigned)cpu->index, intid);
}

/* ---- SGIs (4.4, 12.2.x ICC_SGI0R_EL1/SGI1R_EL1/ASGI1R_EL1) ---- */

/* Forward the SGI a write describes to every PE it targets: the PEs whose
   affinity matches Aff3.Aff2.Aff1 and whose Aff0 is RS * 16 + a bit of
   TargetList, or with IRM = 1 every PE but this one.  With one Security
   state (GICD_CTLR.DS = 1) SGI1R raises the SGI whatever the group it has
   at the target, SGI0R and ASGI1R only where it is Group 0 (as Linux's KVM
   vgic does; IHI 0069 4.4, Table 4-x). */
static void send_sgi(CPUState *cpu, Gic *g, uint64_t v, bool any_group)
{
    unsigned intid = (unsigned)FIELD_EX64(v, ICC_SGIR, INTID);
    uint64_t aff = (FIELD_EX64(v, ICC_SGIR, Aff3) << 32) | (FIELD_EX64(v, ICC_SGIR, Aff2) << 16) |
                   (FIELD_EX64(v, ICC_SGIR, Aff1) << 8);
    unsigned rs = (unsigned)FIELD_EX64(v, ICC_SGIR, RS);
    uint32_t targets = (uint32_t)FIELD_EX64(v, ICC_SGIR, TargetList);
    for (unsigned c = 0; c < g->ncpus; c++) {
        uint64_t caff = gic_cpu_affinity(g, c);
        if (FIELD_EX64(v, ICC_SGIR, IRM)) {
            if (c == (unsigned)cpu->index)
                continue;
        } else {
            unsigned aff0 = caff & 0xff;
            if ((caff & ~0xffull) != aff || aff0 / 16 != rs || !(targets & (1u << (aff0 % 16))))
                continue;
        }
        gic_pend_sgi(g, c, intid, any_group);
    }
}

/* ---- the table's functions ---- */

uint64_t icc_sr_read(CPUState *cpu, const SysregInfo *ri)
{
    if (gic_icv_selected(cpu, ri))
        return icv_sr_read(cpu, ri);
    Gic *g = cpu_gic(cpu);
    unsigned intid;
    bool group1;
    switch (ri->id) {
    case SR_ICC_IAR0_EL1:
    case SR_ICC_IAR1_EL1: {
        if (!g)
            return GIC_INTID_SPURIOUS;
        unsigned id = acknowledge(cpu, g, ri->id == SR_ICC_IAR1_EL1);
        gic_cpuif_update(cpu);
        return id;
    }
    case SR_ICC_HPPIR0_EL1:
    case SR_ICC_HPPIR1_EL1:
        if (!g)
            return GIC_INTID_SPURIOUS;
        intid = gic_highest_pending(g, (unsigned)cpu->index, NULL);
        if (intid == GIC_INTID_SPURIOUS)
            return intid;
        group1 = gic_irq_group1(g, (unsigned)cpu->index, intid);
        return group1 == (ri->id == SR_ICC_HPPIR1_EL1) ? intid : GIC_INTID_SPURIOUS;
    case SR_ICC_RPR_EL1:
        return running_priority(cpu);
    case SR_ICC_BPR1_EL1:
        return group_bpr(cpu, true);
    default:
        return cpu->sysreg[ri->id];
    }
}

void icc_sr_write(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    if (gic_icv_selected(cpu, ri)) {
        icv_sr_write(cpu, ri, v);
        return;
    }
    Gic *g = cpu_gic(cpu);
    switch (ri->id) {
    case SR_ICC_EOIR0_EL1:
    case SR_ICC_EOIR1_EL1:
        if (g)
            end_of_interrupt(cpu, g, (unsigned)(v & 0xffffff), ri->id == SR_ICC_EOIR1_EL1);
        break;
    case SR_ICC_DIR_EL1:
        /* With EOImode = 0 a write to DIR is UNPREDICTABLE: we ignore it. */
        if (g && (v & 0xffffff) < GIC_NUM_IRQS &&
            FIELD_EX64(cpu->sysreg[SR_ICC_CTLR_EL1], ICC_CTLR, EOImode))
            gic_deactivate(g, (unsigned)cpu->index, (unsigned)(v & 0xffffff));
        break;
    case SR_ICC_SGI1R_EL1:
        if (g)
            send_sgi(cpu, g, v, true);
        break;
    case SR_ICC_SGI0R_EL1:
    case SR_ICC_ASGI1R_EL1:
        if (g)
            send_sgi(cpu, g, v, false);
        break;
    case SR_ICC_BPR0_EL1:
        cpu->sysreg[ri->id] = v & 7;     /* >= ICC_MIN_BPR0 = 0 */
        break;
    case SR_ICC_BPR1_EL1:
        /* Ignored while CBPR makes BPR0 apply (12.2.6). */
        if (!FIELD_EX64(cpu->sysreg[SR_ICC_CTLR_EL1], ICC_CTLR, CBPR))
            cpu->sysreg[ri->id] = (v & 7) < ICC_MIN_BPR1 ? ICC_MIN_BPR1 : v & 7;
        break;
    default:
        cpu->sysreg[ri->id] = (v & ri->wmask) | (ri->reset & ~ri->wmask);
        break;
    }
    /* Everything written here can change what is signalled (convention 13). */
    gic_cpuif_update(cpu);
}
