/* The generic timers (DDI 0487 D11.2): CTL/CVAL/TVAL of the EL1 physical,
   EL1 virtual, EL2 physical and EL2 virtual timers, their condition and
   interrupt line, the VHE redirection of the CNTP_/CNTV_ encodings. */
#include "timer/timer.h"

#include "gic/gic.h"
#include "sim/board/board.h"

const uint8_t timer_ppi[TIMER_COUNT] = {
    [TIMER_PHYS] = TIMER_PPI_PHYS, [TIMER_VIRT] = TIMER_PPI_VIRT,
    [TIMER_HYP] = TIMER_PPI_HYP, [TIMER_HYPVIRT] = TIMER_PPI_HYPVIRT,
};

/* Where each timer's CTL and CVAL are stored. */
static const struct {
    uint16_t ctl, cval;
} timer_regs[TIMER_COUNT] = {
    [TIMER_PHYS] = { SR_CNTP_CTL_EL0, SR_CNTP_CVAL_EL0 },
    [TIMER_VIRT] = { SR_CNTV_CTL_EL0, SR_CNTV_CVAL_EL0 },
    [TIMER_HYP] = { SR_CNTHP_CTL_EL2, SR_CNTHP_CVAL_EL2 },
    [TIMER_HYPVIRT] = { SR_CNTHV_CTL_EL2, SR_CNTHV_CVAL_EL2 },
};

typedef enum { TREG_CTL, TREG_CVAL, TREG_TVAL } TimerReg;

/* What each row is: its timer, which register, and whether it is a CNTP_ or
   CNTV_ encoding that reaches the EL2 timer in the EL2&0 regime. */
static const struct {
    uint16_t id;
    uint8_t timer, reg;
    bool host_redirect;
} timer_rows[] = {
    { SR_CNTP_CTL_EL0, TIMER_PHYS, TREG_CTL, true },
    { SR_CNTP_CVAL_EL0, TIMER_PHYS, TREG_CVAL, true },
    { SR_CNTP_TVAL_EL0, TIMER_PHYS, TREG_TVAL, true },
    { SR_CNTV_CTL_EL0, TIMER_VIRT, TREG_CTL, true },
    { SR_CNTV_CVAL_EL0, TIMER_VIRT, TREG_CVAL, true },
    { SR_CNTV_TVAL_EL0, TIMER_VIRT, TREG_TVAL, true },
    { SR_CNTHP_CTL_EL2, TIMER_HYP, TREG_CTL, false },
    { SR_CNTHP_CVAL_EL2, TIMER_HYP, TREG_CVAL, false },
    { SR_CNTHP_TVAL_EL2, TIMER_HYP, TREG_TVAL, false },
    { SR_CNTHV_CTL_EL2, TIMER_HYPVIRT, TREG_CTL, false },
    { SR_CNTHV_CVAL_EL2, TIMER_HYPVIRT, TREG_CVAL, false },
    { SR_CNTHV_TVAL_EL2, TIMER_HYPVIRT, TREG_TVAL, false },
    { SR_CNTP_CTL_EL02, TIMER_PHYS, TREG_CTL, false },
    { SR_CNTP_CVAL_EL02, TIMER_PHYS, TREG_CVAL, false },
    { SR_CNTP_TVAL_EL02, TIMER_PHYS, TREG_TVAL, false },
    { SR_CNTV_CTL_EL02, TIMER_VIRT, TREG_CTL, false },
    { SR_CNTV_CVAL_EL02, TIMER_VIRT, TREG_CVAL, false },
    { SR_CNTV_TVAL_EL02, TIMER_VIRT, TREG_TVAL, false },
};

/* The timer and register a row reaches at the current EL: with
   HCR_EL2.E2H = 1, CNTP_* and CNTV_* at EL2 (and at EL0 with TGE = 1) are
   CNTHP_* and CNTHV_* (D11.2, "Virtualization Host Extensions"); the
   access check has already been made on the row as encoded. */
static bool timer_row(const CPUState *cpu, const SysregInfo *ri, TimerIndex *t, TimerReg *reg)
{
    for (size_t i = 0; i < sizeof timer_rows / sizeof timer_rows[0]; i++) {
        if (timer_rows[i].id != ri->id)
            continue;
        *t = (TimerIndex)timer_rows[i].timer;
        *reg = (TimerReg)timer_rows[i].reg;
        if (timer_rows[i].host_redirect && ELIsInHost(cpu, cpu->el))
            *t = *t == TIMER_PHYS ? TIMER_HYP : TIMER_HYPVIRT;
        return true;
    }
    return false;
}

uint64_t timer_count(const CPUState *cpu, TimerIndex t)
{
    uint64_t off = t == TIMER_VIRT && EL2Enabled(cpu) ? cpu->sysreg[SR_CNTVOFF_EL2] : 0;
    return timer_cntpct(cpu) - off;
}

static uint64_t ctl_of(const CPUState *cpu, TimerIndex t)
{
    return cpu->sysreg[timer_regs[t].ctl];
}

static uint64_t cval_of(const CPUState *cpu, TimerIndex t)
{
    return cpu->sysreg[timer_regs[t].cval];
}

/* The timer condition (D11.2.4): ENABLE and count >= CVAL, unsigned. */
static bool timer_istatus(const CPUState *cpu, TimerIndex t)
{
    return FIELD_EX64(ctl_of(cpu, t), CNT_CTL, ENABLE) && timer_count(cpu, t) >= cval_of(cpu, t);
}

/* The instruction count at which the physical count reaches tick, or
   UINT64_MAX if that is beyond the 64-bit instruction count. */
static uint64_t icount_at_tick(uint64_t tick)
{
    return tick > UINT64_MAX / TIMER_INSNS_PER_TICK ? UINT64_MAX : tick * TIMER_INSNS_PER_TICK;
}

void AArch64_CheckTimerConditions(CPUState *cpu)
{
    uint64_t pct = timer_cntpct(cpu);
    uint32_t lines = 0;
    uint64_t deadline = UINT64_MAX;
    for (unsigned i = 0; i < TIMER_COUNT; i++) {
        TimerIndex t = (TimerIndex)i;
        uint64_t ctl = ctl_of(cpu, t);
        if (!FIELD_EX64(ctl, CNT_CTL, ENABLE) || FIELD_EX64(ctl, CNT_CTL, IMASK))
            continue;           /* the line stays low until CTL is written */
        uint64_t count = timer_count(cpu, t), cval = cval_of(cpu, t);
        bool met = count >= cval;
        if (met)
            lines |= 1u << timer_ppi[t];
        /* Ticks until the condition changes: the count reaching CVAL, or
           (met) the count wrapping to 0, which only a large offset makes
           reachable. */
        uint64_t delta = met ? -count : cval - count;
        if (delta == 0 || pct + delta < pct)
            continue;
        uint64_t at = icount_at_tick(pct + delta);
        if (at < deadline)
            deadline = at;
    }
    uint32_t changed = lines ^ cpu->timer_lines;
    cpu->timer_lines = lines;
    cpu->timer_deadline = deadline;
    if (deadline < cpu->run_limit)
        cpu->run_limit = deadline;      /* the page loop stops there */
    /* Each timer's output drives its PPI on this PE's Redistributor (level). */
    Gic *gic = cpu->board ? cpu->board->gic : NULL;
    for (unsigned i = 0; gic && changed && i < TIMER_COUNT; i++)
        if (changed & (1u << timer_ppi[i]))
            gic_set_ppi(gic, (unsigned)cpu->index, timer_ppi[i], lines & (1u << timer_ppi[i]));
}

uint64_t timer_next_deadline(CPUState *cpu)
{
    AArch64_CheckTimerConditions(cpu);
    return cpu->timer_lines ? cpu->icount : cpu->timer_deadline;
}

/* The first count after count at which bit n goes 0 -> 1 (or 1 -> 0). */
static uint64_t next_transition(uint64_t count, unsigned n, bool falling)
{
    uint64_t period = 2ull << n;
    uint64_t t = (count & ~(period - 1)) + (falling ? period : period / 2);
    return t > count ? t : t + period;
}

static uint64_t stream_next(const CPUState *cpu, uint64_t ctl, TimerIndex on)
{
    if (!FIELD_EX64(ctl, CNTKCTL, EVNTEN))
        return UINT64_MAX;
    uint64_t count = timer_count(cpu, on);
    uint64_t t = next_transition(count, (unsigned)FIELD_EX64(ctl, CNTKCTL, EVNTI),
                                 FIELD_EX64(ctl, CNTKCTL, EVNTDIR));
    uint64_t pct = timer_cntpct(cpu) + (t - count);             /* the same time in CNTPCT */
    return pct > UINT64_MAX / TIMER_INSNS_PER_TICK ? UINT64_MAX : pct * TIMER_INSNS_PER_TICK;
}

uint64_t timer_event_stream_next(const CPUState *cpu)
{
    uint64_t el1 = stream_next(cpu, cpu->sysreg[SR_CNTKCTL_EL1], TIMER_VIRT);
    uint64_t el2 = EL2Enabled(cpu) ? stream_next(cpu, cpu->sysreg[SR_CNTHCTL_EL2], TIMER_PHYS)
                                   : UINT64_MAX;
    return el1 < el2 ? el1 : el2;
}

/* TVAL (D19.12.x, CNTP_TVAL_EL0): reads (CVAL - count)[31:0], a signed
   32-bit value with bits 63:32 RES0; a write sets CVAL = count +
   SignExtend(TVAL[31:0]).  With ENABLE = 0 the value read is UNKNOWN: the
   same formula is used. */
uint64_t timer_sr_read(CPUState *cpu, const SysregInfo *ri)
{
    TimerIndex t;
    TimerReg reg;
    if (!timer_row(cpu, ri, &t, &reg))
        return cpu->sysreg[ri->id];
    switch (reg) {
    case TREG_CTL:
        return FIELD_DP64(ctl_of(cpu, t), CNT_CTL, ISTATUS, timer_istatus(cpu, t));
    case TREG_CVAL:
        return cval_of(cpu, t);
    default:
        return (uint32_t)(cval_of(cpu, t) - timer_count(cpu, t));
    }
}

void timer_sr_write(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    TimerIndex t;
    TimerReg reg;
    if (!timer_row(cpu, ri, &t, &reg)) {
        cpu->sysreg[ri->id] = (v & ri->wmask) | (ri->reset & ~ri->wmask);   /* CNTVOFF_EL2 */
    } else if (reg == TREG_CTL) {
        /* ISTATUS is read-only; the other bits are RES0 */
        cpu->sysreg[timer_regs[t].ctl] = v & (REG_MASK(CNT_CTL, ENABLE) | REG_MASK(CNT_CTL, IMASK));
    } else if (reg == TREG_CVAL) {
        cpu->sysreg[timer_regs[t].cval] = v;
    } else {
        cpu->sysreg[timer_regs[t].cval] = timer_count(cpu, t) + (uint64_t)(int64_t)(int32_t)v;
    }
    AArch64_CheckTimerConditions(cpu);
}
