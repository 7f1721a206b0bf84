/* The system counter and the generic timers (DDI 0487, chapter D11).
   The counter is deterministic (DESIGN.md): it advances with retired
   instructions, TIMER_INSNS_PER_TICK per tick of a 62.5 MHz counter, that
   is a notional 1 GHz PE retiring one instruction per cycle.
   The four timers of a PE (EL1 physical CNTP, EL1 virtual CNTV, EL2 physical
   CNTHP, EL2 virtual CNTHV with FEAT_VHE) are rows of the system-register
   table (timer/timer.def).  Each drives an interrupt line, level
   ENABLE && ISTATUS && !IMASK, kept in CPUState.timer_lines as a bitmask of
   its PPI (30, 27, 26, 28 on the virt board).  The levels are recomputed on
   every write of CTL, CVAL, TVAL or CNTVOFF_EL2 (STYLE.md, convention 13) and
   when the counter reaches CPUState.timer_deadline, the instruction count at
   which the next level changes; the run loop stops there and nowhere else.
   A change of level is passed to the PE's GIC Redistributor (gic_set_ppi),
   whose CPU interface signals the interrupt to the PE. */
#ifndef TRAPEZE_TIMER_H
#define TRAPEZE_TIMER_H

#include <stdint.h>

#include "sim/cpu.h"
#include "sysregs/sysregs.h"

enum { TIMER_INSNS_PER_TICK = 16 };
#define TIMER_CNTFRQ 62500000u

/* The timers, and the PPI (INTID) each drives on the virt board (DESIGN.md). */
typedef enum TimerIndex {
    TIMER_PHYS,         /* CNTP: EL1 physical */
    TIMER_VIRT,         /* CNTV: EL1 virtual */
    TIMER_HYP,          /* CNTHP: EL2 physical */
    TIMER_HYPVIRT,      /* CNTHV: EL2 virtual (FEAT_VHE) */
    TIMER_COUNT
} TimerIndex;

enum { TIMER_PPI_PHYS = 30, TIMER_PPI_VIRT = 27, TIMER_PPI_HYP = 26, TIMER_PPI_HYPVIRT = 28 };
extern const uint8_t timer_ppi[TIMER_COUNT];

static inline uint64_t timer_cntpct(const CPUState *cpu)
{
    return cpu->icount / TIMER_INSNS_PER_TICK;
}

/* CNTVCT_EL0 = CNTPCT_EL0 - CNTVOFF_EL2, except in the EL2&0 regime where
   the offset does not apply (D11.2.4). */
static inline uint64_t timer_cntvct(const CPUState *cpu)
{
    uint64_t off = EL2Enabled(cpu) && !ELIsInHost(cpu, cpu->el) ? cpu->sysreg[SR_CNTVOFF_EL2] : 0;
    return timer_cntpct(cpu) - off;
}

/* The count a timer compares CVAL with: the physical count, or for the EL1
   virtual timer the physical count minus CNTVOFF_EL2 (the EL2 virtual timer
   has no offset).  Fixed per timer, whatever the current EL. */
uint64_t timer_count(const CPUState *cpu, TimerIndex t);

/* AArch64.CheckTimerConditions() for every timer: recompute the line levels
   (CPUState.timer_lines) and, beyond the pseudocode, CPUState.timer_deadline
   (the icount of the next level change, where the run loop calls this again). */
void AArch64_CheckTimerConditions(CPUState *cpu);

/* The instruction count at which an enabled, unmasked timer next asserts its
   line: cpu->icount if one already does, UINT64_MAX if none ever will (for
   WFI to skip ahead). */
uint64_t timer_next_deadline(CPUState *cpu);

/* The icount of the next event of the event streams (D11.2.3): CNTKCTL_EL1's
   on the virtual count, CNTHCTL_EL2's on the physical count, when enabled
   (EVNTEN): the next time bit EVNTI of that count goes 0 to 1 (EVNTDIR = 0)
   or 1 to 0 (EVNTDIR = 1).  UINT64_MAX if no stream is enabled.  An event
   wakes a PE waiting in WFE. */
uint64_t timer_event_stream_next(const CPUState *cpu);

/* The table's read/write functions of the timer rows and CNTVOFF_EL2. */
SysregReadFn timer_sr_read;
SysregWriteFn timer_sr_write;

#endif
