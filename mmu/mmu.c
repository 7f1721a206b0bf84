/* Translation and memory access slow paths (AArch64.TranslateAddress,
   AArch64.MemSingle, AArch64.CheckAlignment), and the soft TLB fill.
   Implemented so far: every regime with stage 1 and stage 2 disabled. */
#include "mmu/mmu.h"

#include "sim/board/board.h"
#include "sim/exception.h"
#include "sim/log.h"
#include "sysregs/sysregs.h"

typedef struct AddressDescriptor {
    uint64_t pa;
    bool device;                /* Device memory type: unaligned accesses fault */
} AddressDescriptor;

/* PAMax(): the implemented physical address size. */
static unsigned pa_max(const CPUState *cpu)
{
    static const unsigned bits[16] = { 32, 36, 40, 42, 44, 48, 52, 48, 48, 48, 48, 48, 48, 48, 48, 48 };
    return bits[FIELD_EX64(cpu->sysreg[SR_ID_AA64MMFR0_EL1], ID_AA64MMFR0, PARANGE)];
}

static unsigned access_el(const CPUState *cpu, AccType acc)
{
    /* LDTR/STTR at EL1 are checked as EL0 accesses (and at EL2 with E2H, TGE). */
    if (acc == ACCTYPE_UNPRIV && (cpu->el == 1 || (cpu->el == 2 && ELIsInHost(cpu, 0))))
        return 0;
    return cpu->el;
}

/* The outcome of a translation that failed (the FaultRecord's fields that
   this stage of the MMU can produce). */
typedef struct FaultRecord {
    unsigned fsc;               /* fault status code (DFSC/IFSC encoding) */
} FaultRecord;

static _Noreturn void abort_access(CPUState *cpu, uint64_t va, unsigned kind, const FaultRecord *f)
{
    if (kind == ACC_FETCH)
        AArch64_InstructionAbort(cpu, va, f->fsc);
    AArch64_DataAbort(cpu, va, f->fsc, kind == ACC_WRITE, false);
}

/* AArch64.TranslateAddress() for the regimes implemented so far; false with
   *f filled on a fault. */
static bool translate_address(CPUState *cpu, uint64_t va, unsigned kind, unsigned el,
                              AddressDescriptor *ad, FaultRecord *f)
{
    bool host = ELIsInHost(cpu, el);
    uint64_t sctlr = (el == 2 || host) ? cpu->sysreg[SR_SCTLR_EL2] : cpu->sysreg[SR_SCTLR_EL1];
    if (FIELD_EX64(sctlr, SCTLR, M))
        cpu_fatal(cpu, "the guest enabled stage-1 translation (SCTLR_EL%u.M = 1): "
                  "the MMU is not implemented yet", (el == 2 || host) ? 2 : 1);
    uint64_t hcr = HCR_EL2(cpu);
    bool el10 = el <= 1 && !host;
    if (el10 && (FIELD_EX64(hcr, HCR, VM) || FIELD_EX64(hcr, HCR, DC)))
        cpu_fatal(cpu, "the guest enabled stage-2 translation (HCR_EL2.VM/DC = 1): "
                  "the MMU is not implemented yet");

    /* AArch64.TranslateAddressS1Off(): the address must fit in PAMax. */
    if (pa_max(cpu) < 64 && (va >> pa_max(cpu)) != 0) {
        f->fsc = FSC_ADDR_SIZE_L0;
        return false;
    }
    /* Data accesses are Device-nGnRnE; instruction fetches are Normal. */
    *ad = (AddressDescriptor){ .pa = va, .device = kind != ACC_FETCH };
    return true;
}

/* Translate, or take the abort. */
static AddressDescriptor translate(CPUState *cpu, uint64_t va, unsigned kind, unsigned el)
{
    AddressDescriptor ad;
    FaultRecord f;
    if (!translate_address(cpu, va, kind, el, &ad, &f))
        abort_access(cpu, va, kind, &f);
    return ad;
}

static void softtlb_fill(CPUState *cpu, unsigned kind, uint64_t va, MemRegion *r, uint64_t pa,
                         DecodedPage *dpage)
{
    uint64_t page_va = va & ~(uint64_t)(PAGE_SIZE - 1);
    uint64_t page_pa = pa & ~(uint64_t)(PAGE_SIZE - 1);
    SoftTLBEntry *e = softtlb_entry(cpu, kind, va);
    e->tag = page_va;
    e->addend = (uintptr_t)region_host(r, page_pa) - (uintptr_t)page_va;
    e->dpage = dpage;
}

/* AArch64.CheckAlignment(): the checks that do not need the memory type. */
static void check_alignment(CPUState *cpu, uint64_t va, unsigned size, unsigned kind, AccType acc)
{
    if ((va & (size - 1)) == 0)
        return;
    if (acc == ACCTYPE_ATOMIC || acc == ACCTYPE_ORDERED ||
        FIELD_EX64(cpu_sctlr(cpu), SCTLR, A))
        AArch64_DataAbort(cpu, va, FSC_ALIGNMENT, kind == ACC_WRITE, false);
}

static uint64_t read_one(CPUState *cpu, uint64_t va, unsigned size, AccType acc)
{
    unsigned el = access_el(cpu, acc);
    AddressDescriptor ad = translate(cpu, va, ACC_READ, el);
    if (ad.device && (va & (size - 1)))
        AArch64_DataAbort(cpu, va, FSC_ALIGNMENT, false, false);
    MemRegion *r = board_region(cpu->board, ad.pa, size);
    if (r) {
        if (acc != ACCTYPE_UNPRIV && el == cpu->el)
            softtlb_fill(cpu, ACC_READ, va, r, ad.pa, NULL);
        return host_load(region_host(r, ad.pa), size);
    }
    uint64_t v;
    if (!board_mmio_read(cpu->board, ad.pa, size, &v))
        AArch64_DataAbort(cpu, va, FSC_SYNC_EXTERNAL, false, false);
    return v;
}

static void write_one(CPUState *cpu, uint64_t va, unsigned size, uint64_t val, AccType acc)
{
    unsigned el = access_el(cpu, acc);
    AddressDescriptor ad = translate(cpu, va, ACC_WRITE, el);
    if (ad.device && (va & (size - 1)))
        AArch64_DataAbort(cpu, va, FSC_ALIGNMENT, true, false);
    MemRegion *r = board_region(cpu->board, ad.pa, size);
    if (r) {
        if (r->readonly) {
            if (log_enabled(LOG_GUEST_ERROR))
                log_printf("write of %u bytes to read-only %s at 0x%llx ignored\n", size,
                           r->name, (unsigned long long)ad.pa);
            return;
        }
        host_store(region_host(r, ad.pa), size, val);
        uint64_t page = (ad.pa - r->base) >> PAGE_BITS;
        if (r->code_page[page])
            board_code_written(cpu->board, r, ad.pa, size);
        else if (acc != ACCTYPE_UNPRIV && el == cpu->el)
            softtlb_fill(cpu, ACC_WRITE, va, r, ad.pa, NULL);
        return;
    }
    if (!board_mmio_write(cpu->board, ad.pa, size, val))
        AArch64_DataAbort(cpu, va, FSC_SYNC_EXTERNAL, true, false);
}

static bool crosses_page(uint64_t va, unsigned size)
{
    return ((va ^ (va + size - 1)) >> PAGE_BITS) != 0;
}

uint64_t mem_read_slow(CPUState *cpu, uint64_t va, unsigned size, AccType acc)
{
    check_alignment(cpu, va, size, ACC_READ, acc);
    if (!crosses_page(va, size))
        return read_one(cpu, va, size, acc);
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= read_one(cpu, va + i, 1, acc) << (8 * i);
    return v;
}

void mem_write_slow(CPUState *cpu, uint64_t va, unsigned size, uint64_t val, AccType acc)
{
    check_alignment(cpu, va, size, ACC_WRITE, acc);
    if (!crosses_page(va, size)) {
        write_one(cpu, va, size, val, acc);
        return;
    }
    /* Translate every byte first, so a fault leaves memory unchanged. */
    for (unsigned i = 0; i < size; i++)
        translate(cpu, va + i, ACC_WRITE, access_el(cpu, acc));
    for (unsigned i = 0; i < size; i++)
        write_one(cpu, va + i, 1, val >> (8 * i), acc);
}

void *mem_rmw_ptr(CPUState *cpu, uint64_t va, unsigned size, uint64_t *pa)
{
    check_alignment(cpu, va, size, ACC_WRITE, ACCTYPE_ATOMIC);
    AddressDescriptor ad = translate(cpu, va, ACC_WRITE, cpu->el);
    MemRegion *r = board_region(cpu->board, ad.pa, size);
    if (!r || r->readonly) {
        /* Atomics to MMIO or ROM: we answer with a synchronous external abort
           (IMPLEMENTATION DEFINED, docs/ARCHITECTURE.md). */
        AArch64_DataAbort(cpu, va, FSC_SYNC_EXTERNAL, true, false);
    }
    uint64_t page = (ad.pa - r->base) >> PAGE_BITS;
    if (r->code_page[page])
        board_code_written(cpu->board, r, ad.pa, size);
    *pa = ad.pa;
    return region_host(r, ad.pa);
}

uint64_t mem_translate_read(CPUState *cpu, uint64_t va, unsigned size, AccType acc)
{
    check_alignment(cpu, va, size, ACC_READ, acc);
    return translate(cpu, va, ACC_READ, access_el(cpu, acc)).pa;
}

DecodedPage *mmu_fetch_page(CPUState *cpu)
{
    uint64_t pc = cpu->pc;
    if (pc & 3)
        AArch64_PCAlignmentFault(cpu);
    SoftTLBEntry *e = softtlb_entry(cpu, ACC_FETCH, pc);
    if (likely(e->tag == (pc & ~(uint64_t)(PAGE_SIZE - 1)))) {
        cpu->fetch_addend = e->addend;
        return e->dpage;
    }
    AddressDescriptor ad = translate(cpu, pc, ACC_FETCH, cpu->el);
    MemRegion *r = board_region(cpu->board, ad.pa, 4);
    if (!r)
        AArch64_InstructionAbort(cpu, pc, FSC_SYNC_EXTERNAL);
    DecodedPage *dp = board_decoded_page(cpu->board, r, ad.pa);
    softtlb_fill(cpu, ACC_FETCH, pc, r, ad.pa, dp);
    cpu->fetch_addend = e->addend;
    return dp;
}

void mmu_dc_zva(CPUState *cpu, uint64_t va)
{
    unsigned bytes = 4u << FIELD_EX64(cpu->sysreg[SR_DCZID_EL0], DCZID, BS);
    uint64_t base = va & ~(uint64_t)(bytes - 1);
    AddressDescriptor ad = translate(cpu, base, ACC_WRITE, cpu->el);
    /* DC ZVA to Device memory is an Alignment fault, reported with the
       register's address (AArch64.DC, MemZero). */
    if (ad.device)
        AArch64_DataAbort(cpu, va, FSC_ALIGNMENT, true, false);
    MemRegion *r = board_region(cpu->board, ad.pa, bytes);
    if (!r || r->readonly)
        AArch64_DataAbort(cpu, va, FSC_SYNC_EXTERNAL, true, false);
    memset(region_host(r, ad.pa), 0, bytes);
    if (r->code_page[(ad.pa - r->base) >> PAGE_BITS])
        board_code_written(cpu->board, r, ad.pa, bytes);
}

bool mem_debug_read(CPUState *cpu, uint64_t va, void *buf, size_t len)
{
    /* Stage 1 and 2 are off in every regime this issue implements: VA = PA. */
    MemRegion *r = board_region(cpu->board, va, len);
    if (!r)
        return false;
    memcpy(buf, region_host(r, va), len);
    return true;
}

bool mem_debug_write(CPUState *cpu, uint64_t va, const void *buf, size_t len)
{
    MemRegion *r = board_region(cpu->board, va, len);
    if (!r || r->readonly)
        return false;
    memcpy(region_host(r, va), buf, len);
    board_code_written(cpu->board, r, va, (unsigned)len);
    return true;
}

/* AT (AArch64.AT): translate as a data access of the given EL, without
   taking a fault, and report in PAR_EL1 (D19.2.97). */
enum { PAR_F = 1u << 0, PAR_RES1 = 1u << 11, PAR_NS = 1u << 9, PAR_SH_SHIFT = 7,
       PAR_FST_SHIFT = 1, PAR_ATTR_SHIFT = 56 };
enum { SH_OUTER = 2, ATTR_DEVICE_nGnRnE = 0x00, ATTR_NORMAL_WB = 0xff };

void mmu_at(CPUState *cpu, uint64_t va, unsigned el, bool write)
{
    AddressDescriptor ad;
    FaultRecord f;
    uint64_t par;
    if (translate_address(cpu, va, write ? ACC_WRITE : ACC_READ, el, &ad, &f)) {
        par = (ad.pa & 0xfffffffff000ull) | PAR_RES1 | PAR_NS |
              ((uint64_t)SH_OUTER << PAR_SH_SHIFT) |
              ((uint64_t)(ad.device ? ATTR_DEVICE_nGnRnE : ATTR_NORMAL_WB) << PAR_ATTR_SHIFT);
    } else {
        par = PAR_F | PAR_RES1 | ((uint64_t)f.fsc << PAR_FST_SHIFT);
    }
    cpu->sysreg[SR_PAR_EL1] = par;
}

void mmu_context_changed(CPUState *cpu)
{
    switch (cpu->el) {
    case 0: cpu->mmu_idx = ELIsInHost(cpu, 0) ? MMUIDX_EL20_0 : MMUIDX_EL10_0; break;
    case 1: cpu->mmu_idx = MMUIDX_EL10_1; break;
    default: cpu->mmu_idx = MMUIDX_EL2; break;
    }
}

void mmu_flush(CPUState *cpu)
{
    cpu_tlb_flush(cpu);
}
