/* The interpreter loop (TinyEMU style): fetch resolves the PC to a decoded
   page through the soft TLB, then instructions of that page run back to back;
   exceptions, interrupts and the instruction budget are looked at only when
   the loop leaves a page or an instruction ends the block. */
#include <stdarg.h>
#include <stdlib.h>

#include "decoder/decoder.h"
#include "mmu/mmu.h"
#include "sim/cpu.h"
#include "sim/exception.h"
#include "sim/log.h"
#include "timer/timer.h"

void exec_decode(CPUState *cpu, const DecodedInsn *slot);

/* First execution of a slot: decode the word into it, then run it. */
void exec_decode(CPUState *cpu, const DecodedInsn *slot)
{
    DecodedInsn *d = (DecodedInsn *)slot;  /* the slot belongs to the cache */
    uint32_t insn = (uint32_t)host_load((const void *)(uintptr_t)(cpu->pc + cpu->fetch_addend), 4);
    decode_insn(insn, d);
    if (log_enabled(LOG_IN_ASM)) {
        char text[128];
        disas_insn(insn, cpu->pc, text, sizeof text);
        log_printf("IN: EL%u 0x%016llx: %08x  %s\n", cpu->el, (unsigned long long)cpu->pc, insn, text);
    }
    d->fn(cpu, d);
}

static void log_exec(const CPUState *cpu, const DecodedInsn *d)
{
    if (log_enabled(LOG_CPU))
        cpu_dump_state(cpu, log_file ? log_file : stderr);
    log_printf("Trace EL%u 0x%016llx: %08x\n", cpu->el, (unsigned long long)cpu->pc,
               d->fn == exec_decode ? 0 : d->insn);
}

/* Run the instructions of one decoded page until the PC leaves it or the
   budget ends.  Kept out of cpu_run() so that setjmp() there does not force
   the hot variables of this loop out of registers. */
static __attribute__((noinline)) void run_page(CPUState *cpu, DecodedPage *dp)
{
    uint64_t page = cpu->pc >> PAGE_BITS;
    cpu->cur_page = dp;
    do {
        const DecodedInsn *d = &dp->insn[(cpu->pc >> 2) & (INSNS_PER_PAGE - 1)];
        d->fn(cpu, d);
        cpu->icount++;
    } while ((cpu->pc >> PAGE_BITS) == page && cpu->icount < cpu->run_limit);
}

/* The same with a log line per instruction (-d exec). */
static __attribute__((noinline)) void run_page_logged(CPUState *cpu, DecodedPage *dp)
{
    uint64_t page = cpu->pc >> PAGE_BITS;
    cpu->cur_page = dp;
    do {
        const DecodedInsn *d = &dp->insn[(cpu->pc >> 2) & (INSNS_PER_PAGE - 1)];
        log_exec(cpu, d);
        d->fn(cpu, d);
        cpu->icount++;
    } while ((cpu->pc >> PAGE_BITS) == page && cpu->icount < cpu->run_limit);
}

StopReason cpu_run(CPUState *cpu)
{
    cpu->stop = STOP_NONE;
    setjmp(cpu->jmp);
    while (cpu->stop == STOP_NONE) {
        if (cpu->icount >= cpu->icount_limit) {
            cpu->stop = STOP_INSN_LIMIT;
            break;
        }
        if (cpu->icount >= cpu->quantum_end) {
            cpu->stop = STOP_YIELD;
            break;
        }
        if (unlikely(cpu->icount >= cpu->timer_deadline))
            AArch64_CheckTimerConditions(cpu);
        uint64_t limit = cpu->icount_limit < cpu->quantum_end ? cpu->icount_limit
                                                              : cpu->quantum_end;
        cpu->run_limit = limit < cpu->timer_deadline ? limit : cpu->timer_deadline;
        exception_take_pending_interrupt(cpu);
        if (unlikely(cpu->il))
            AArch64_IllegalStateFault(cpu);
        DecodedPage *dp = mmu_fetch_page(cpu);
        if (log_enabled(LOG_EXEC))
            run_page_logged(cpu, dp);
        else
            run_page(cpu, dp);
    }
    return cpu->stop;
}

void cpu_set_irq_lines(CPUState *cpu, uint32_t mask, bool level)
{
    uint32_t lines = level ? cpu->irq_lines | mask : cpu->irq_lines & ~mask;
    if (lines != cpu->irq_lines) {
        cpu->irq_lines = lines;
        cpu_request_exit(cpu);
    }
}

void cpu_loop_exit(CPUState *cpu)
{
    longjmp(cpu->jmp, 1);
}

void cpu_end_block(CPUState *cpu)
{
    cpu->icount++;
    longjmp(cpu->jmp, 1);
}

void cpu_stop(CPUState *cpu, StopReason why)
{
    cpu->stop = why;
    cpu->icount++;
    longjmp(cpu->jmp, 1);
}

void cpu_fatal(CPUState *cpu, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "trapeze: error: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, " (CPU %d, EL%u, PC 0x%016llx)\n", cpu->index, cpu->el,
            (unsigned long long)cpu->pc);
    cpu->stop = STOP_ERROR;
    longjmp(cpu->jmp, 1);
}

void cpu_tlb_flush_mask(CPUState *cpu, unsigned mask)
{
    mask &= cpu->softtlb_dirty;         /* contexts never filled are empty */
    for (unsigned m = 0; m < MMUIDX_COUNT; m++) {
        if (!(mask & (1u << m)))
            continue;
        for (unsigned k = 0; k < ACC_KINDS; k++)
            for (unsigned i = 0; i < SOFTTLB_SIZE; i++)
                cpu->tlb[k][m][i].tag = SOFTTLB_INVALID;
        for (unsigned h = 0; h < 2; h++) {
            cpu->softtlb_large_lo[m][h] = UINT64_MAX;
            cpu->softtlb_large_hi[m][h] = 0;
        }
    }
    cpu->softtlb_dirty &= ~mask;
}

void cpu_tlb_flush_page_mask(CPUState *cpu, unsigned mask, uint64_t va)
{
    mask &= cpu->softtlb_dirty;
    for (unsigned m = 0; m < MMUIDX_COUNT; m++) {
        if (!(mask & (1u << m)))
            continue;
        unsigned h = (unsigned)(va >> 63);      /* keys are sign-extended from bit 55 */
        if (va >= cpu->softtlb_large_lo[m][h] && va <= cpu->softtlb_large_hi[m][h]) {
            cpu_tlb_flush_mask(cpu, 1u << m);
            continue;
        }
        /* The slot depends on VA[19:12] only, so this also drops the page
           under any other top byte (TBI). */
        for (unsigned k = 0; k < ACC_KINDS; k++)
            cpu->tlb[k][m][(va >> PAGE_BITS) & (SOFTTLB_SIZE - 1)].tag = SOFTTLB_INVALID;
    }
}

void cpu_tlb_note_fill(CPUState *cpu, unsigned mmu_idx, uint64_t va, unsigned size_log2)
{
    cpu->softtlb_dirty |= 1u << mmu_idx;
    if (size_log2 <= PAGE_BITS)
        return;
    uint64_t key = (uint64_t)((int64_t)(va << 8) >> 8);    /* 56-bit, sign-extended */
    if (size_log2 >= 55) {                                  /* stage 1 off: everything */
        for (unsigned h = 0; h < 2; h++) {
            cpu->softtlb_large_lo[mmu_idx][h] = 0;
            cpu->softtlb_large_hi[mmu_idx][h] = ~0ull;
        }
        return;
    }
    uint64_t mask = (1ull << size_log2) - 1;
    unsigned h = (unsigned)(key >> 63);
    if ((key & ~mask) < cpu->softtlb_large_lo[mmu_idx][h])
        cpu->softtlb_large_lo[mmu_idx][h] = key & ~mask;
    if ((key | mask) > cpu->softtlb_large_hi[mmu_idx][h])
        cpu->softtlb_large_hi[mmu_idx][h] = key | mask;
}

void cpu_tlb_flush(CPUState *cpu)
{
    cpu_tlb_flush_mask(cpu, (1u << MMUIDX_COUNT) - 1);
}
