/* Memory access slow paths (AArch64.MemSingle, AArch64.CheckAlignment), the
   soft TLB fill, instruction fetch, DC ZVA, AT and debug accesses.  The
   translation itself is in translate.c, the architectural TLB in tlb.c. */
#include "mmu/mmu_internal.h"

#include "sim/board/board.h"
#include "sim/exception.h"
#include "sim/log.h"
#include "sysregs/sysregs.h"

/* The EL whose permissions an access uses: LDTR/STTR at EL1 (or at EL2 in
   the EL2&0 regime) are checked as EL0 unless PSTATE.UAO is set. */
static unsigned access_el(const CPUState *cpu, AccType acc)
{
    if (acc == ACCTYPE_UNPRIV && !cpu->uao && (cpu->el == 1 || (cpu->el == 2 && ELIsInHost(cpu, 0))))
        return 0;
    return cpu->el;
}

static AccessDesc access_desc(const CPUState *cpu, unsigned kind, AccType acc)
{
    return (AccessDesc){ .kind = kind, .el = access_el(cpu, acc), .pan = cpu->pan };
}

static _Noreturn void abort_access(CPUState *cpu, uint64_t va, unsigned kind, const FaultRecord *f)
{
    if (kind == ACC_FETCH)
        AArch64_InstructionAbort(cpu, va, f);
    AArch64_DataAbort(cpu, va, f);
}

static _Noreturn void abort_simple(CPUState *cpu, uint64_t va, unsigned kind, FaultType type)
{
    FaultRecord f = { .type = type, .write = kind == ACC_WRITE };
    abort_access(cpu, va, kind, &f);
}

/* Translate for an access, or take the abort. */
static AddressDescriptor translate(CPUState *cpu, uint64_t va, unsigned kind, AccType acc)
{
    AddressDescriptor ad;
    FaultRecord f;
    AccessDesc a = access_desc(cpu, kind, acc);
    if (!mmu_translate(cpu, va, &a, &ad, &f))
        abort_access(cpu, va, kind, &f);
    return ad;
}

static void softtlb_fill(CPUState *cpu, unsigned kind, uint64_t va, MemRegion *r,
                         const AddressDescriptor *ad, DecodedPage *dpage)
{
    uint64_t pa = ad->pa;
    cpu_tlb_note_fill(cpu, cpu->mmu_idx, va, ad->s1_size_log2);
    uint64_t page_va = va & ~(uint64_t)(PAGE_SIZE - 1);
    uint64_t page_pa = pa & ~(uint64_t)(PAGE_SIZE - 1);
    SoftTLBEntry *e = softtlb_entry(cpu, kind, va);
    e->tag = page_va;
    if (kind == ACC_WRITE && board_page_flagged(r, pa))
        e->tag |= SOFTTLB_FLAGGED;
    e->addend = (uintptr_t)region_host(r, page_pa) - (uintptr_t)page_va;
    e->dpage = dpage;
}

/* AArch64.CheckAlignment(): the checks that do not need the memory type. */
static void check_alignment(CPUState *cpu, uint64_t va, unsigned size, unsigned kind, AccType acc)
{
    if ((va & (size - 1)) == 0)
        return;
    if (acc == ACCTYPE_ATOMIC || acc == ACCTYPE_ORDERED || FIELD_EX64(cpu_sctlr(cpu), SCTLR, A))
        abort_simple(cpu, va, kind, FAULT_ALIGNMENT);
}

static uint64_t read_one(CPUState *cpu, uint64_t va, unsigned size, AccType acc)
{
    AddressDescriptor ad = translate(cpu, va, ACC_READ, acc);
    if (ad.device && (va & (size - 1)))
        abort_simple(cpu, va, ACC_READ, FAULT_ALIGNMENT);
    MemRegion *r = board_region(cpu->board, ad.pa, size);
    if (r) {
        if (acc != ACCTYPE_UNPRIV)
            softtlb_fill(cpu, ACC_READ, va, r, &ad, NULL);
        return host_load(region_host(r, ad.pa), size);
    }
    uint64_t v;
    if (!board_mmio_read(cpu->board, ad.pa, size, &v))
        abort_simple(cpu, va, ACC_READ, FAULT_SYNC_EXTERNAL);
    return v;
}

static void write_one(CPUState *cpu, uint64_t va, unsigned size, uint64_t val, AccType acc)
{
    AddressDescriptor ad = translate(cpu, va, ACC_WRITE, acc);
    if (ad.device && (va & (size - 1)))
        abort_simple(cpu, va, ACC_WRITE, FAULT_ALIGNMENT);
    MemRegion *r = board_region(cpu->board, ad.pa, size);
    if (r) {
        if (r->readonly) {
            if (log_enabled(LOG_GUEST_ERROR))
                log_printf("write of %u bytes to read-only %s at 0x%llx ignored\n", size,
                           r->name, (unsigned long long)ad.pa);
            return;
        }
        host_store(region_host(r, ad.pa), size, val);
        if (board_page_flagged(r, ad.pa))
            board_page_written(cpu->board, r, ad.pa, size, cpu);
        if (acc != ACCTYPE_UNPRIV)
            softtlb_fill(cpu, ACC_WRITE, va, r, &ad, NULL);
        return;
    }
    if (!board_mmio_write(cpu->board, ad.pa, size, val))
        abort_simple(cpu, va, ACC_WRITE, FAULT_SYNC_EXTERNAL);
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

/* An aligned store through a SOFTTLB_FLAGGED entry: the translation and
   its checks are those of the entry, as on the fast path; the board then
   sees the store (decoded code dropped, other PEs' reservations cleared). */
static bool write_flagged(CPUState *cpu, uint64_t va, unsigned size, uint64_t val, AccType acc)
{
    const SoftTLBEntry *e = softtlb_entry(cpu, ACC_WRITE, va);
    if (acc == ACCTYPE_UNPRIV || (va & (size - 1)) ||
        e->tag != ((va & ~(uint64_t)(PAGE_SIZE - 1)) | SOFTTLB_FLAGGED))
        return false;
    MemRegion *r = &cpu->board->ram;        /* the one writable region */
    uint8_t *host = (uint8_t *)(uintptr_t)(va + e->addend);
    if (host < r->host || host >= r->host + r->size)
        return false;
    host_store(host, size, val);
    board_page_written(cpu->board, r, r->base + (uint64_t)(host - r->host), size, cpu);
    return true;
}

void mem_write_slow(CPUState *cpu, uint64_t va, unsigned size, uint64_t val, AccType acc)
{
    if (write_flagged(cpu, va, size, val, acc))
        return;
    check_alignment(cpu, va, size, ACC_WRITE, acc);
    if (!crosses_page(va, size)) {
        write_one(cpu, va, size, val, acc);
        return;
    }
    /* Translate both pages first, so a fault leaves memory unchanged. */
    translate(cpu, va, ACC_WRITE, acc);
    translate(cpu, va + size - 1, ACC_WRITE, acc);
    for (unsigned i = 0; i < size; i++)
        write_one(cpu, va + i, 1, val >> (8 * i), acc);
}

/* A misaligned 16-byte access faults on Device memory as a whole, even
   where each doubleword would be aligned. */
static void check_device_alignment16(CPUState *cpu, uint64_t va, unsigned kind)
{
    if (va & 15) {
        AddressDescriptor ad = translate(cpu, va, kind, ACCTYPE_NORMAL);
        if (ad.device)
            abort_simple(cpu, va, kind, FAULT_ALIGNMENT);
    }
}

void mem_read16(CPUState *cpu, uint64_t va, uint64_t out[2])
{
    const SoftTLBEntry *e = softtlb_entry(cpu, ACC_READ, va);
    if (likely(softtlb_hit(e, va, 16))) {
        memcpy(out, (const void *)(uintptr_t)(va + e->addend), 16);
        return;
    }
    check_alignment(cpu, va, 16, ACC_READ, ACCTYPE_NORMAL);
    check_device_alignment16(cpu, va, ACC_READ);
    out[0] = mem_read(cpu, va, 8, ACCTYPE_NORMAL);
    out[1] = mem_read(cpu, va + 8, 8, ACCTYPE_NORMAL);
}

void mem_write16(CPUState *cpu, uint64_t va, const uint64_t in[2])
{
    const SoftTLBEntry *e = softtlb_entry(cpu, ACC_WRITE, va);
    if (likely(softtlb_hit(e, va, 16))) {
        memcpy((void *)(uintptr_t)(va + e->addend), in, 16);
        return;
    }
    check_alignment(cpu, va, 16, ACC_WRITE, ACCTYPE_NORMAL);
    check_device_alignment16(cpu, va, ACC_WRITE);
    /* Both halves are checked before either is written. */
    translate(cpu, va, ACC_WRITE, ACCTYPE_NORMAL);
    translate(cpu, va + 8, ACC_WRITE, ACCTYPE_NORMAL);
    mem_write(cpu, va, 8, in[0], ACCTYPE_NORMAL);
    mem_write(cpu, va + 8, 8, in[1], ACCTYPE_NORMAL);
}

void *mem_rmw_ptr(CPUState *cpu, uint64_t va, unsigned size, uint64_t *pa)
{
    check_alignment(cpu, va, size, ACC_WRITE, ACCTYPE_ATOMIC);
    /* A read-modify-write needs read and write permission. */
    translate(cpu, va, ACC_READ, ACCTYPE_ATOMIC);
    AddressDescriptor ad = translate(cpu, va, ACC_WRITE, ACCTYPE_ATOMIC);
    MemRegion *r = board_region(cpu->board, ad.pa, size);
    if (!r || r->readonly) {
        /* Atomics to MMIO or ROM: we answer with a synchronous external abort
           (IMPLEMENTATION DEFINED, docs/ARCHITECTURE.md). */
        abort_simple(cpu, va, ACC_WRITE, FAULT_SYNC_EXTERNAL);
    }
    if (board_page_flagged(r, ad.pa))
        board_page_written(cpu->board, r, ad.pa, size, cpu);
    *pa = ad.pa;
    return region_host(r, ad.pa);
}

uint64_t mem_translate_read(CPUState *cpu, uint64_t va, unsigned size, AccType acc)
{
    check_alignment(cpu, va, size, ACC_READ, acc);
    return translate(cpu, va, ACC_READ, acc).pa;
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
    AddressDescriptor ad = translate(cpu, pc, ACC_FETCH, ACCTYPE_NORMAL);
    MemRegion *r = board_region(cpu->board, ad.pa, 4);
    if (!r)
        abort_simple(cpu, pc, ACC_FETCH, FAULT_SYNC_EXTERNAL);
    DecodedPage *dp = board_decoded_page(cpu->board, r, ad.pa);
    softtlb_fill(cpu, ACC_FETCH, pc, r, &ad, dp);
    cpu->fetch_addend = e->addend;
    return dp;
}

void mmu_dc_zva(CPUState *cpu, uint64_t va)
{
    unsigned bytes = 4u << FIELD_EX64(cpu->sysreg[SR_DCZID_EL0], DCZID, BS);
    uint64_t base = va & ~(uint64_t)(bytes - 1);
    AddressDescriptor ad;
    FaultRecord f;
    AccessDesc a = access_desc(cpu, ACC_WRITE, ACCTYPE_DC_ZVA);
    /* Faults are reported with the register's address (AArch64.DC, MemZero). */
    if (!mmu_translate(cpu, base, &a, &ad, &f))
        AArch64_DataAbort(cpu, va, &f);
    /* DC ZVA to Device memory is an Alignment fault. */
    if (ad.device)
        abort_simple(cpu, va, ACC_WRITE, FAULT_ALIGNMENT);
    MemRegion *r = board_region(cpu->board, ad.pa, bytes);
    if (!r || r->readonly)
        abort_simple(cpu, va, ACC_WRITE, FAULT_SYNC_EXTERNAL);
    memset(region_host(r, ad.pa), 0, bytes);
    if (board_page_flagged(r, ad.pa))
        board_page_written(cpu->board, r, ad.pa, bytes, cpu);
}

/* AT (AArch64.AT): translate as a data access of el, without taking a fault,
   and report in PAR_EL1 (D19.2.97).  The stage-1-only forms report the IPA. */
enum { PAR_F = 1u << 0, PAR_PTW = 1u << 8, PAR_S = 1u << 9, PAR_NS = 1u << 9,
       PAR_RES1 = 1u << 11, PAR_SH_SHIFT = 7, PAR_FST_SHIFT = 1, PAR_ATTR_SHIFT = 56 };

void mmu_at(CPUState *cpu, uint64_t va, unsigned el, bool write, bool stage12, bool pan)
{
    AddressDescriptor ad;
    FaultRecord f;
    AccessDesc a = { .kind = write ? ACC_WRITE : ACC_READ, .el = el, .pan = pan,
                     .s1_only = !stage12 };
    uint64_t par;
    if (mmu_translate(cpu, va, &a, &ad, &f)) {
        par = (ad.pa & 0xfffffffff000ull) | PAR_RES1 | PAR_NS |
              ((uint64_t)ad.sh << PAR_SH_SHIFT) | ((uint64_t)ad.attr << PAR_ATTR_SHIFT);
    } else {
        par = PAR_F | PAR_RES1 | ((uint64_t)EncodeLDFSC(&f) << PAR_FST_SHIFT) |
              (f.s1ptw ? PAR_PTW : 0) | (f.stage2 ? PAR_S : 0);
    }
    cpu->sysreg[SR_PAR_EL1] = par;
}

/* Debug accesses translate page by page with the current EL's permissions,
   without filling the TLBs and without faults. */
static bool debug_translate(CPUState *cpu, uint64_t va, uint64_t *pa)
{
    AddressDescriptor ad;
    FaultRecord f;
    AccessDesc a = { .kind = ACC_READ, .el = cpu->el, .walk_only = true };
    if (!mmu_translate(cpu, va, &a, &ad, &f))
        return false;
    *pa = ad.pa;
    return true;
}

static bool debug_access(CPUState *cpu, uint64_t va, void *buf, size_t len, bool write)
{
    uint8_t *p = buf;
    while (len) {
        size_t chunk = PAGE_SIZE - (va & (PAGE_SIZE - 1));
        if (chunk > len)
            chunk = len;
        uint64_t pa;
        if (!debug_translate(cpu, va, &pa))
            return false;
        MemRegion *r = board_region(cpu->board, pa, chunk);
        if (!r || (write && r->readonly))
            return false;
        if (write) {
            memcpy(region_host(r, pa), p, chunk);
            board_code_written(cpu->board, r, pa, (unsigned)chunk);
        } else {
            memcpy(p, region_host(r, pa), chunk);
        }
        va += chunk;
        p += chunk;
        len -= chunk;
    }
    return true;
}

bool mem_debug_read(CPUState *cpu, uint64_t va, void *buf, size_t len)
{
    return debug_access(cpu, va, buf, len, false);
}

bool mem_debug_write(CPUState *cpu, uint64_t va, const void *buf, size_t len)
{
    return debug_access(cpu, va, (void *)buf, len, true);
}

void mmu_context_changed(CPUState *cpu)
{
    switch (cpu->el) {
    case 0: cpu->mmu_idx = ELIsInHost(cpu, 0) ? MMUIDX_EL20_0 : MMUIDX_EL10_0; break;
    case 1: cpu->mmu_idx = cpu->pan ? MMUIDX_EL10_1_PAN : MMUIDX_EL10_1; break;
    default:
        if (ELIsInHost(cpu, 2))
            cpu->mmu_idx = cpu->pan ? MMUIDX_EL20_2_PAN : MMUIDX_EL20_2;
        else
            cpu->mmu_idx = MMUIDX_EL2;
        break;
    }
}

void mmu_flush(CPUState *cpu)
{
    cpu_tlb_flush(cpu);
}
