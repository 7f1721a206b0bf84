/* The architectural TLB and TLB maintenance (D8.13, C5.5 "TLB maintenance
   instructions").  Entries are tagged by regime, stage, VMID (EL1&0), ASID
   and nG; a TLBI invalidates exactly the entries of its scope, and nothing
   else: a guest that changes a descriptor without the TLBI keeps the old
   translation while it stays cached.  A TLBI also drops what the soft TLBs
   hold of its scope: the contexts of its regimes, or for a stage-1 TLBI by
   VA the page's slot when no block they cached covers the VA. */
#include <string.h>

#include "mmu/mmu_internal.h"
#include "sim/board/board.h"
#include "sysregs/sysregs.h"

/* Stage-1 keys ignore the top byte: bits 63:56 are made copies of bit 55
   (the VA ranges and TBI both allow it), as TLBI VA arguments are 56-bit. */
static uint64_t key_of(unsigned stage, uint64_t in)
{
    return stage == 1 ? (uint64_t)sextract64(in, 0, 56) : in;
}

/* Entries are indexed by the 4 KiB page looked up: a block or a larger page
   is cached once per 4 KiB page used, each copy covering the whole block. */
static unsigned slot_of(unsigned stage, Regime regime, uint64_t key)
{
    uint64_t h = ((key >> 12) ^ ((uint64_t)(regime * 3 + stage) << 52)) * 0x9e3779b97f4a7c15ull;
    return (unsigned)(h >> (64 - ARCH_TLB_BITS));
}

const ArchTLBEntry *tlb_lookup(CPUState *cpu, unsigned stage, Regime regime, unsigned vmid,
                               unsigned asid, uint64_t in)
{
    uint64_t key = key_of(stage, in);
    const ArchTLBEntry *e = &cpu->arch_tlb[slot_of(stage, regime, key)];
    if (!e->valid || e->stage != stage || e->regime != regime)
        return NULL;
    if (regime == REGIME_EL10 && e->vmid != vmid)
        return NULL;
    if (!e->global && e->asid != asid)
        return NULL;
    if (((key ^ e->in_base) >> e->size_log2) != 0)
        return NULL;
    return e;
}

_Static_assert((int)REGIME_EL2 < (int)TLB_REGIMES, "CPUState.tlb_large_* cover every regime");

static void large_range_reset(CPUState *cpu)
{
    for (unsigned r = 0; r < TLB_REGIMES; r++)
        for (unsigned a = 0; a < 3; a++) {
            cpu->tlb_large_lo[r][a] = UINT64_MAX;
            cpu->tlb_large_hi[r][a] = 0;
        }
}

/* The area of a key for the large-entry ranges: the lower or upper half of
   the stage-1 VA space (bit 55, which a key copies into bits 63:56), or
   stage 2. */
static unsigned large_area(unsigned stage, uint64_t key)
{
    return stage == 2 ? 2 : (unsigned)(key >> 63);
}

/* An entry larger than a page may have copies in other slots (one per page
   used): its range is noted for tlbi_apply_one. */
static void note_large(CPUState *cpu, const ArchTLBEntry *e)
{
    if (e->size_log2 <= PAGE_BITS)
        return;
    uint64_t hi = e->in_base | ((1ull << e->size_log2) - 1);
    unsigned r = e->regime, a = large_area(e->stage, e->in_base);
    if (e->in_base < cpu->tlb_large_lo[r][a])
        cpu->tlb_large_lo[r][a] = e->in_base;
    if (hi > cpu->tlb_large_hi[r][a])
        cpu->tlb_large_hi[r][a] = hi;
}

void tlb_insert(CPUState *cpu, const ArchTLBEntry *e, uint64_t in)
{
    ArchTLBEntry *slot = &cpu->arch_tlb[slot_of(e->stage, e->regime, key_of(e->stage, in))];
    *slot = *e;
    slot->in_base = key_of(e->stage, e->in_base);
    note_large(cpu, slot);
}

void mmu_tlb_reset(CPUState *cpu)
{
    for (unsigned i = 0; i < ARCH_TLB_SIZE; i++)
        cpu->arch_tlb[i].valid = 0;
    large_range_reset(cpu);
    cpu->softtlb_dirty = (1u << MMUIDX_COUNT) - 1;   /* every context, whatever it holds */
    cpu_tlb_flush(cpu);
}

/* The scope of one TLBI operation. */
typedef struct TLBIScope {
    unsigned regimes;           /* 1 << Regime */
    unsigned stages;            /* 1 << stage */
    bool match_vmid;            /* EL1&0 entries of this VMID only */
    unsigned vmid;
    bool match_addr;            /* entries whose block holds addr */
    uint64_t addr;
    enum { ASID_ANY, ASID_OR_GLOBAL, ASID_NON_GLOBAL } asid_rule;
    unsigned asid, asid_mask;
} TLBIScope;

static bool tlbi_matches(const ArchTLBEntry *e, const TLBIScope *s)
{
    if (!e->valid || !(s->regimes & (1u << e->regime)) || !(s->stages & (1u << e->stage)))
        return false;
    if (s->match_vmid && e->regime == REGIME_EL10 && e->vmid != s->vmid)
        return false;
    if (s->asid_rule == ASID_OR_GLOBAL && !e->global &&
        (e->asid & s->asid_mask) != (s->asid & s->asid_mask))
        return false;
    if (s->asid_rule == ASID_NON_GLOBAL &&
        (e->global || (e->asid & s->asid_mask) != (s->asid & s->asid_mask)))
        return false;
    if (s->match_addr && ((key_of(e->stage, s->addr) ^ e->in_base) >> e->size_log2) != 0)
        return false;
    return true;
}

/* Whether a TLBI by address can only hit the one slot of its page: no entry
   larger than a page of its regimes and stages covers the address. */
static bool tlbi_single_slot(const CPUState *cpu, const TLBIScope *s)
{
    if (!s->match_addr)
        return false;
    for (unsigned r = 0; r < TLB_REGIMES; r++)
        for (unsigned st = 1; st <= 2; st++) {
            if (!(s->regimes & (1u << r)) || !(s->stages & (1u << st)))
                continue;
            uint64_t key = key_of(st, s->addr);
            unsigned a = large_area(st, key);
            if (key >= cpu->tlb_large_lo[r][a] && key <= cpu->tlb_large_hi[r][a])
                return false;
        }
    return true;
}

/* The soft TLB contexts a regime's translations fill. */
static unsigned regime_mmuidx_mask(unsigned regimes)
{
    unsigned m = 0;
    if (regimes & (1u << REGIME_EL10))
        m |= MMUIDX_MASK_EL10;
    if (regimes & (1u << REGIME_EL2))
        m |= 1u << MMUIDX_EL2;
    if (regimes & (1u << REGIME_EL20))
        m |= (1u << MMUIDX_EL20_0) | (1u << MMUIDX_EL20_2) | (1u << MMUIDX_EL20_2_PAN);
    return m;
}

static void tlbi_apply_one(CPUState *cpu, const TLBIScope *s)
{
    if (tlbi_single_slot(cpu, s)) {
        for (unsigned r = 0; r < TLB_REGIMES; r++)
            for (unsigned st = 1; st <= 2; st++) {
                if (!(s->regimes & (1u << r)) || !(s->stages & (1u << st)))
                    continue;
                ArchTLBEntry *e = &cpu->arch_tlb[slot_of(st, (Regime)r, key_of(st, s->addr))];
                if (tlbi_matches(e, s))
                    e->valid = 0;
            }
    } else {
        /* A full scan; the ranges of large entries are remade from what
           stays. */
        large_range_reset(cpu);
        for (unsigned i = 0; i < ARCH_TLB_SIZE; i++) {
            ArchTLBEntry *e = &cpu->arch_tlb[i];
            if (tlbi_matches(e, s))
                e->valid = 0;
            else if (e->valid)
                note_large(cpu, e);
        }
    }
    /* The soft TLB: the contexts of the regimes concerned; for a stage-1
       TLBI by VA just that page where no block covers it.  Stage-2 entries
       are keyed by IPA, which the VA-indexed soft TLB cannot find. */
    unsigned mask = regime_mmuidx_mask(s->regimes);
    if (s->match_addr && s->stages == (1u << 1))
        cpu_tlb_flush_page_mask(cpu, mask, key_of(1, s->addr));
    else
        cpu_tlb_flush_mask(cpu, mask);
}

/* Inner Shareable operations reach every PE of the system. */
static void tlbi_apply(CPUState *cpu, const TLBIScope *s, bool broadcast)
{
    if (!broadcast) {
        tlbi_apply_one(cpu, s);
        return;
    }
    Board *b = cpu->board;
    for (int i = 0; i < b->ncpus; i++)
        tlbi_apply_one(b->cpus[i], s);
}

/* ASID width of a regime: 16 bits with TCR.AS = 1, else 8. */
static unsigned asid_mask(const CPUState *cpu, Regime regime)
{
    uint64_t tcr = regime == REGIME_EL10 ? cpu->sysreg[SR_TCR_EL1] : cpu->sysreg[SR_TCR_EL2];
    return extract64(tcr, 36, 1) ? 0xffff : 0xff;
}

void mmu_tlbi(CPUState *cpu, TLBIOp op, bool shareable, uint64_t xt)
{
    TLBIScope s = { .stages = 1u << 1, .asid_rule = ASID_ANY };
    uint64_t va = (uint64_t)sextract64(xt << 12, 0, 56);
    unsigned asid = (unsigned)(xt >> 48);
    bool e2h = FIELD_EX64(HCR_EL2(cpu), HCR, E2H);
    switch (op) {
    case TLBI_VMALLE1: case TLBI_VAE1: case TLBI_VALE1: case TLBI_ASIDE1:
    case TLBI_VAAE1: case TLBI_VAALE1: {
        /* EL1 forms.  At EL2 with HCR_EL2.{E2H,TGE} = {1,1} they act on the
           EL2&0 regime; otherwise on EL1&0 for the current VMID.  HCR_EL2.FB
           makes them broadcast when executed at EL1. */
        bool host = cpu->el == 2 && ELIsInHost(cpu, 0);
        Regime regime = host ? REGIME_EL20 : REGIME_EL10;
        s.regimes = 1u << regime;
        s.match_vmid = !host;
        s.vmid = mmu_current_vmid(cpu);
        s.asid_mask = asid_mask(cpu, regime);
        if (cpu->el == 1 && FIELD_EX64(HCR_EL2(cpu), HCR, FB))
            shareable = true;
        if (op == TLBI_VAE1 || op == TLBI_VALE1) {
            s.match_addr = true;
            s.addr = va;
            s.asid_rule = ASID_OR_GLOBAL;
            s.asid = asid;
        } else if (op == TLBI_ASIDE1) {
            s.asid_rule = ASID_NON_GLOBAL;
            s.asid = asid;
        } else if (op == TLBI_VAAE1 || op == TLBI_VAALE1) {
            s.match_addr = true;
            s.addr = va;
        }
        break;
    }
    case TLBI_IPAS2E1: case TLBI_IPAS2LE1:
        /* Stage 2 of the current VMID, by IPA (Xt[39:0] = IPA[51:12]). */
        s.regimes = 1u << REGIME_EL10;
        s.stages = 1u << 2;
        s.match_vmid = true;
        s.vmid = mmu_current_vmid(cpu);
        s.match_addr = true;
        s.addr = (xt & ones(40)) << 12;
        break;
    case TLBI_VMALLS12E1:
        s.regimes = 1u << REGIME_EL10;
        s.stages = (1u << 1) | (1u << 2);
        s.match_vmid = true;
        s.vmid = mmu_current_vmid(cpu);
        break;
    case TLBI_ALLE1:
        s.regimes = 1u << REGIME_EL10;
        s.stages = (1u << 1) | (1u << 2);
        break;
    case TLBI_ALLE2:
        s.regimes = (1u << REGIME_EL2) | (1u << REGIME_EL20);
        break;
    case TLBI_VAE2: case TLBI_VALE2:
        /* The EL2 regime, or EL2&0 (with ASID) when E2H = 1. */
        s.regimes = 1u << (e2h ? REGIME_EL20 : REGIME_EL2);
        s.match_addr = true;
        s.addr = va;
        if (e2h) {
            s.asid_rule = ASID_OR_GLOBAL;
            s.asid = asid;
            s.asid_mask = asid_mask(cpu, REGIME_EL20);
        }
        break;
    }
    tlbi_apply(cpu, &s, shareable);
}
