/* The SMP scheduler and the global exclusive monitor (sim/smp.h). */
#include "sim/smp.h"

#include <poll.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sim/board/board.h"
#include "sim/exception.h"
#include "timer/timer.h"

/* How long the host blocks on the UART input when every PE waits for an
   interrupt and only input could bring one. */
enum { SMP_INPUT_POLL_MS = 100 };
/* The UART's input is looked at every this many rounds (about a million
   instructions per CPU), and after blocking on it: often enough for typing,
   rarely enough that the poll(2) costs nothing. */
enum { SMP_UART_POLL_ROUNDS = 512 };

_Noreturn void smp_wait(CPUState *cpu, CPUWait why)
{
    cpu->wait = why;
    cpu->wfe_event_at = why == CPU_WAIT_WFE ? timer_event_stream_next(cpu) : UINT64_MAX;
    cpu_stop(cpu, STOP_YIELD);
}

uint64_t smp_retired(const Board *b)
{
    uint64_t n = 0;
    for (int i = 0; i < b->ncpus; i++)
        n += b->cpus[i]->icount - b->cpus[i]->icount_idle;
    return n;
}

/* Time passes for a PE that does not run: its clock moves to t and its
   timers see the new count. */
static void advance_idle(CPUState *cpu, uint64_t t)
{
    if (cpu->icount >= t)
        return;
    cpu->icount_idle += t - cpu->icount;
    cpu->icount = t;
    if (cpu->icount >= cpu->timer_deadline)
        AArch64_CheckTimerConditions(cpu);
}

/* The wake-up events of WFI and WFE (D1.6.1, D1.6.2).  A WFE woken by an
   event consumes the event register, as a WFE that finds it set does. */
static bool woken(CPUState *cpu)
{
    switch (cpu->wait) {
    case CPU_WAIT_WFI:
        return exception_interrupt_pending(cpu);
    case CPU_WAIT_WFE:
        if (cpu->event_register || cpu->icount >= cpu->wfe_event_at) {
            cpu->event_register = false;
            return true;
        }
        return exception_interrupt_pending(cpu);
    default:
        return true;
    }
}

/* Could the host's UART input still deliver something?  A terminal, a pipe
   or a socket with a writer: yes; end of file, /dev/null, a regular file: no. */
static bool input_possible(const Board *b)
{
    struct stat st;
    if (b->input_fd < 0 || fstat(b->input_fd, &st) != 0)
        return false;
    if (!S_ISFIFO(st.st_mode) && !S_ISSOCK(st.st_mode) && !(S_ISCHR(st.st_mode) && isatty(b->input_fd)))
        return false;
    struct pollfd p = { .fd = b->input_fd, .events = POLLIN };
    return poll(&p, 1, 0) >= 0 && !(p.revents & (POLLHUP | POLLERR | POLLNVAL));
}

/* Every powered-on PE waits (or none is on).  Returns the time R jumps to:
   the earliest timer deadline after now; or now again after a spurious
   wake-up of the PEs in WFE (permitted: a WFE may complete at any time) or
   after blocking on the host input; or 0 after printing why nothing can
   ever wake them. */
static uint64_t all_waiting(Board *b, uint64_t now, uint64_t limit, CPUState **who)
{
    uint64_t next = UINT64_MAX;
    bool any_on = false, any_wfe = false;
    for (int i = 0; i < b->ncpus; i++) {
        CPUState *c = b->cpus[i];
        if (!c->powered_on)
            continue;
        any_on = true;
        any_wfe |= c->wait == CPU_WAIT_WFE;
        uint64_t t = timer_next_deadline(c);
        if (c->wait == CPU_WAIT_WFE && c->wfe_event_at < t)
            t = c->wfe_event_at;
        /* A line already asserted that woke nobody (not delivered by the
           GIC) cannot wake them later either. */
        if (t > now && t < next)
            next = t;
    }
    if (!any_on) {
        fprintf(stderr, "trapeze: error: every CPU is powered off (PSCI CPU_OFF): nothing "
                "can run any more\n");
        return 0;
    }
    if (next != UINT64_MAX)
        return next < limit ? next : limit;
    if (any_wfe) {
        for (int i = 0; i < b->ncpus; i++)
            if (b->cpus[i]->wait == CPU_WAIT_WFE)
                b->cpus[i]->wait = CPU_RUNNING;
        return now;
    }
    if (input_possible(b)) {
        struct pollfd p = { .fd = b->input_fd, .events = POLLIN };
        poll(&p, 1, SMP_INPUT_POLL_MS);
        pl011_poll(b);          /* input raises the UART's interrupt */
        return now;
    }
    *who = b->cpus[0];
    fprintf(stderr, "trapeze: error: all CPUs wait for an interrupt that nothing will raise "
            "(no timer will fire, no interrupt is pending or deliverable, no UART input is "
            "possible)\n");
    for (int i = 0; i < b->ncpus; i++)
        if (b->cpus[i]->powered_on)
            fprintf(stderr, "trapeze:   CPU %d in WFI at PC 0x%016llx, EL%u\n", i,
                    (unsigned long long)b->cpus[i]->pc - 4, b->cpus[i]->el);
    return 0;
}

StopReason smp_run(Board *b, uint64_t limit, CPUState **who)
{
    uint64_t round_end = 0;
    unsigned rounds = 0;
    for (int i = 0; i < b->ncpus; i++) {
        b->cpus[i]->icount_limit = limit;
        if (b->cpus[i]->icount > round_end)
            round_end = b->cpus[i]->icount;
    }
    *who = b->cpus[0];
    for (;;) {
        if (round_end >= limit)
            return STOP_INSN_LIMIT;
        round_end = limit - round_end > SMP_QUANTUM ? round_end + SMP_QUANTUM : limit;
        if (++rounds % SMP_UART_POLL_ROUNDS == 0)
            pl011_poll(b);
        bool all_wait = true;
        for (int i = 0; i < b->ncpus; i++) {
            CPUState *cpu = b->cpus[i];
            if (cpu->powered_on && cpu->wait != CPU_RUNNING && woken(cpu))
                cpu->wait = CPU_RUNNING;
            if (cpu->powered_on && cpu->wait == CPU_RUNNING) {
                cpu->quantum_end = round_end;
                StopReason why = cpu_run(cpu);
                if (why != STOP_YIELD) {
                    *who = cpu;
                    return why;
                }
            }
            if (!cpu->powered_on || cpu->wait != CPU_RUNNING)
                advance_idle(cpu, round_end);
            else
                all_wait = false;
        }
        if (!all_wait)
            continue;
        /* No PE runs: skip to the next event, or find there is none.  Input
           already waiting at the UART is such an event. */
        pl011_poll(b);
        for (int i = 0; i < b->ncpus; i++)
            if (b->cpus[i]->powered_on && woken(b->cpus[i]))
                b->cpus[i]->wait = CPU_RUNNING, all_wait = false;
        if (!all_wait)
            continue;
        uint64_t t = all_waiting(b, round_end, limit, who);
        if (t == 0)
            return STOP_ERROR;
        for (int i = 0; i < b->ncpus; i++)
            advance_idle(b->cpus[i], t);
        round_end = t;
    }
}

/* ---- the global exclusive monitor ---- */

void smp_monitor_watch(CPUState *cpu, uint64_t pa)
{
    Board *b = cpu->board;
    if (b->ncpus < 2)
        return;
    MemRegion *r = board_region(b, pa, 1);
    if (!r)
        return;
    uint8_t *flags = &r->page_flags[(pa - r->base) >> PAGE_BITS];
    if (*flags & PAGE_FLAG_EXCLUSIVE)
        return;
    *flags |= PAGE_FLAG_EXCLUSIVE;
    /* No PE may keep a fast-path write entry for the page. */
    for (int i = 0; i < b->ncpus; i++)
        for (unsigned m = 0; m < MMUIDX_COUNT; m++)
            for (unsigned j = 0; j < SOFTTLB_SIZE; j++)
                b->cpus[i]->tlb[ACC_WRITE][m][j].tag = SOFTTLB_INVALID;
}

void smp_monitor_store(Board *b, const CPUState *writer, uint64_t pa, unsigned len)
{
    for (int i = 0; i < b->ncpus; i++) {
        CPUState *c = b->cpus[i];
        if (c == writer || !c->excl.valid)
            continue;
        /* The reservation granule: CTR_EL0.ERG, log2 of its size in words. */
        unsigned erg = (unsigned)FIELD_EX64(c->sysreg[SR_CTR_EL0], CTR, ERG);
        uint64_t granule = erg ? 4ull << erg : 2048;     /* 0: up to 512 words */
        uint64_t lo = c->excl.addr & ~(granule - 1);
        if (pa < lo + granule && lo < pa + len) {
            c->excl.valid = false;
            c->event_register = true;
        }
    }
}
