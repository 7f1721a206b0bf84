/* Memory accesses of the PE: translation (AArch64.TranslateAddress: stage 1
   of the EL1&0, EL2 and EL2&0 regimes, stage 2 of EL1&0), the architectural
   TLB tagged by regime, VMID and ASID, and the soft TLB fast path in front of
   it; alignment and abort generation. */
#ifndef TRAPEZE_MMU_H
#define TRAPEZE_MMU_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "sim/cpu.h"

/* FaultRecord (shared/translation/faults): why a translation or an access
   failed, as the abort syndrome reports it. */
typedef enum FaultType {
    FAULT_NONE,
    FAULT_TRANSLATION,
    FAULT_ADDRESS_SIZE,
    FAULT_ACCESS_FLAG,
    FAULT_PERMISSION,
    FAULT_ALIGNMENT,
    FAULT_SYNC_EXTERNAL,        /* the access itself: nothing at that address */
    FAULT_SYNC_EXTERNAL_WALK,   /* a descriptor read: nothing at that address */
} FaultType;

typedef struct FaultRecord {
    FaultType type;
    int level;                  /* lookup level, for the walk faults */
    bool stage2;                /* a stage-2 fault (secondstage): taken to EL2 */
    bool s1ptw;                 /* stage-2 fault on a stage-1 walk (s2fs1walk) */
    bool write;                 /* WnR */
    bool cm;                    /* cache maintenance */
    uint64_t ipa;               /* the IPA, for stage-2 faults (HPFAR_EL2) */
} FaultRecord;

/* EncodeLDFSC(): the DFSC/IFSC encoding of a fault. */
unsigned EncodeLDFSC(const FaultRecord *f);

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

/* 16-byte accesses (Q registers): out/in[0] is the low doubleword.  The
   alignment rules apply to the whole 16 bytes. */
void mem_read16(CPUState *cpu, uint64_t va, uint64_t out[2]);
void mem_write16(CPUState *cpu, uint64_t va, const uint64_t in[2]);

/* Translate va for a read-modify-write of size bytes (atomics, exclusives)
   and return the host pointer; aborts as a write would.  *pa receives the
   physical address. */
void *mem_rmw_ptr(CPUState *cpu, uint64_t va, unsigned size, uint64_t *pa);
/* Physical address of a naturally aligned access, checked as a read. */
uint64_t mem_translate_read(CPUState *cpu, uint64_t va, unsigned size, AccType acc);

/* The decoded page for an instruction fetch at cpu->pc, after the PC
   alignment check and translation (instruction aborts are taken here). */
DecodedPage *mmu_fetch_page(CPUState *cpu);

/* AT: translate va as a read (or write) with the permissions of el, through
   stage 1 only or stages 1 and 2, and write the result to PAR_EL1. */
void mmu_at(CPUState *cpu, uint64_t va, unsigned el, bool write, bool stage12, bool pan);

/* TLB maintenance operations (C5.5).  The last-level (L) forms act like the
   others: only leaf entries are cached. */
typedef enum TLBIOp {
    TLBI_VMALLE1, TLBI_VAE1, TLBI_VALE1, TLBI_ASIDE1, TLBI_VAAE1, TLBI_VAALE1,
    TLBI_IPAS2E1, TLBI_IPAS2LE1, TLBI_VMALLS12E1, TLBI_ALLE1,
    TLBI_ALLE2, TLBI_VAE2, TLBI_VALE2,
} TLBIOp;

/* Empty the architectural TLB and every soft TLB context of the PE (reset). */
void mmu_tlb_reset(CPUState *cpu);

/* Apply a TLBI with the value of Xt: the exact scope, on this PE or, when
   shareable (the IS and OS forms), on every PE; empties the soft TLBs. */
void mmu_tlbi(CPUState *cpu, TLBIOp op, bool shareable, uint64_t xt);

/* DC ZVA: zero the naturally aligned block holding va (DCZID_EL0.BS). */
void mmu_dc_zva(CPUState *cpu, uint64_t va);

/* Debug access (semihosting, debugger, loader): no faults, no side effects on
   the TLBs; false if the address cannot be read/written. */
bool mem_debug_read(CPUState *cpu, uint64_t va, void *buf, size_t len);
bool mem_debug_write(CPUState *cpu, uint64_t va, const void *buf, size_t len);

/* PSTATE.EL, PSTATE.PAN or HCR_EL2.{E2H,TGE} changed: recompute the soft TLB
   context.  mmu_flush() empties the soft TLB (not the architectural one) when
   translation controls change (SCTLR, TCR, TTBR, MAIR, HCR, VTTBR, VTCR). */
void mmu_context_changed(CPUState *cpu);
void mmu_flush(CPUState *cpu);

#endif
