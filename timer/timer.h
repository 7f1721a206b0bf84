/* The system counter and the generic timers.
   The counter is deterministic (DESIGN.md): it advances with retired
   instructions, TIMER_INSNS_PER_TICK per tick of a 62.5 MHz counter, that
   is a notional 1 GHz PE retiring one instruction per cycle.
   The timers themselves (CNTP/CNTV/CNTHP/CNTHV) come with the GIC issue. */
#ifndef TRAPEZE_TIMER_H
#define TRAPEZE_TIMER_H

#include <stdint.h>

#include "sim/cpu.h"

enum { TIMER_INSNS_PER_TICK = 16 };
#define TIMER_CNTFRQ 62500000u

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

#endif
