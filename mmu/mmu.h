/* Memory accesses of the PE: translation (AArch64.TranslateAddress), the
   soft TLB fast path in front of it, alignment and abort generation.
   Status: the translation regimes with stage 1 or stage 2 enabled are the
   MMU issue; until then SCTLR_ELx.M = 1 or HCR_EL2.VM = 1 stops the
   simulation with a message naming the missing feature. */
#ifndef TRAPEZE_MMU_H
#define TRAPEZE_MMU_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "sim/cpu.h"

/* Access types (AccType in the pseudocode), as far as they change behaviour. */
typedef enum AccType {
    ACCTYPE_NORMAL,
    ACCTYPE_UNPRIV,         /* LDTR/STTR: checked as EL0 at EL1 */
    ACCTYPE_ATOMIC,         /* exclusives, LSE atomics: always aligned */
    ACCTYPE_ORDERED,        /* LDAR/STLR/LDAPR: always aligned */
    ACCTYPE_DC_ZVA,
} AccType;

/* Slow paths (mmu.c). */
uint64_t mem_read_slow(CPUState *cpu, uint64_t va, unsigned size, AccType acc);
void mem_write_slow(CPUState *cpu, uint64_t va, unsigned size, uint64_t val, AccType acc);

static inline SoftTLBEntry *softtlb_entry(CPUState *cpu, unsigned kind, uint64_t va)
{
    return &cpu->tlb[kind][cpu->mmu_idx][(va >> PAGE_BITS) & (SOFTTLB_SIZE - 1)];
}

/* The tag comparison folds natural alignment in: a misaligned address never
   hits, so alignment rules are the slow path's business. */
static inline bool softtlb_hit(const SoftTLBEntry *e, uint64_t va, unsigned size)
{
    return e->tag == (va & (~(uint64_t)(PAGE_SIZE - 1) | (size - 1)));
}

static inline uint64_t host_load(const void *p, unsigned size)
{
    switch (size) {
    case 1: return *(const uint8_t *)p;
    case 2: { uint16_t v; memcpy(&v, p, 2); return v; }
    case 4: { uint32_t v; memcpy(&v, p, 4); return v; }
    default: { uint64_t v; memcpy(&v, p, 8); return v; }
    }
}

static inline void host_store(void *p, unsigned size, uint64_t v)
{
    switch (size) {
    case 1: *(uint8_t *)p = (uint8_t)v; break;
    case 2: { uint16_t x = (uint16_t)v; memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)v; memcpy(p, &x, 4); break; }
    default: memcpy(p, &v, 8); break;
    }
}

/* Read size (1, 2, 4, 8) bytes at va, zero-extended.  Faults take the
   exception and leave the instruction. */
static inline uint64_t mem_read(CPUState *cpu, uint64_t va, unsigned size, AccType acc)
{
    const SoftTLBEntry *e = softtlb_entry(cpu, ACC_READ, va);
    if (likely(acc != ACCTYPE_UNPRIV && softtlb_hit(e, va, size)))
        return host_load((const void *)(uintptr_t)(va + e->addend), size);
    return mem_read_slow(cpu, va, size, acc);
}

static inline void mem_write(CPUState *cpu, uint64_t va, unsigned size, uint64_t val, AccType acc)
{
    const SoftTLBEntry *e = softtlb_entry(cpu, ACC_WRITE, va);
    if (likely(acc != ACCTYPE_UNPRIV && softtlb_hit(e, va, size))) {
        host_store((void *)(uintptr_t)(va + e->addend), size, val);
        return;
    }
    mem_write_slow(cpu, va, size, val, acc);
}

/* Translate va for a read-modify-write of size bytes (atomics, exclusives)
   and return the host pointer; aborts as a write would.  *pa receives the
   physical address. */
void *mem_rmw_ptr(CPUState *cpu, uint64_t va, unsigned size, uint64_t *pa);
/* Physical address of a naturally aligned access, checked as a read. */
uint64_t mem_translate_read(CPUState *cpu, uint64_t va, unsigned size, AccType acc);

/* The decoded page for an instruction fetch at cpu->pc, after the PC
   alignment check and translation (instruction aborts are taken here). */
DecodedPage *mmu_fetch_page(CPUState *cpu);

/* AT: translate va as a read (or write) at the given EL, stage 1 (and 2:
   they are the same while stage 2 is off), result in PAR_EL1. */
void mmu_at(CPUState *cpu, uint64_t va, unsigned el, bool write);

/* DC ZVA: zero the naturally aligned block holding va (DCZID_EL0.BS). */
void mmu_dc_zva(CPUState *cpu, uint64_t va);

/* Debug access (semihosting, debugger, loader): no faults, no side effects on
   the TLBs; false if the address cannot be read/written. */
bool mem_debug_read(CPUState *cpu, uint64_t va, void *buf, size_t len);
bool mem_debug_write(CPUState *cpu, uint64_t va, const void *buf, size_t len);

/* PSTATE.EL or the translation controls changed: recompute the soft TLB
   context.  Call mmu_flush() too when translations themselves may change. */
void mmu_context_changed(CPUState *cpu);
void mmu_flush(CPUState *cpu);

#endif
