/* Symmetric multiprocessing: the deterministic round-robin scheduler of the
   PEs, their power state, and the global exclusive monitor (B2.9.2).

   Time model.  Each PE's icount is its local clock (the counter is
   icount / TIMER_INSNS_PER_TICK, timer/timer.h).  The scheduler runs in
   rounds: every round moves a global round end R forward by SMP_QUANTUM,
   and each powered-on, running PE runs (CPU 0 first, then 1, 2, ...) until
   its icount reaches R.  A PE that waits (WFI, WFE) or is powered off does
   not run: its icount is set to R (the time skipped is counted in
   icount_idle), so all clocks stay within one quantum of each other.  When
   every powered-on PE waits, R jumps to the earliest timer deadline of all
   PEs, so an idle guest costs no host time.  Everything depends only on the
   instruction counts: two runs are identical. */
#ifndef TRAPEZE_SMP_H
#define TRAPEZE_SMP_H

#include <stdint.h>

#include "sim/cpu.h"

/* Instructions a PE runs before the next one gets its turn.  Small enough
   that a PE spinning on a lock held by another wastes little, large enough
   that the switch (a return from cpu_run) costs nothing measurable. */
enum { SMP_QUANTUM = 2048 };

/* Run the powered-on PEs of the board until one of them stops the run
   (SYSTEM_OFF, SYSTEM_RESET, semihosting exit, an error) or the clocks reach
   limit (--max-insns: every PE's icount, which at -smp 1 is the instruction
   count of CPU 0): STOP_INSN_LIMIT.  *who is the PE that stopped the run. */
StopReason smp_run(Board *b, uint64_t limit, CPUState **who);

/* The PE stops running until its wake-up event (CPU_WAIT_WFI, CPU_WAIT_WFE):
   the current instruction has completed (PC updated); back to the scheduler. */
_Noreturn void smp_wait(CPUState *cpu, CPUWait why);

/* Instructions retired by every PE (icount without the skipped time). */
uint64_t smp_retired(const Board *b);

/* Global exclusive monitor.  A PE that takes a reservation on the physical
   address pa marks its page (MemRegion.page_flags) so that stores to it by
   any PE take the slow path (through a SOFTTLB_FLAGGED entry, mmu/mmu.c);
   nothing to do with a single PE. */
void smp_monitor_watch(CPUState *cpu, uint64_t pa);
/* A store of len bytes at pa by writer (NULL: not a PE) to a watched page:
   clear the reservations of the other PEs whose granule it overlaps, which
   is a WFE wake-up event for them (D1.6.1). */
void smp_monitor_store(Board *b, const CPUState *writer, uint64_t pa, unsigned len);

#endif
