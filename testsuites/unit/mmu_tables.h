/* Helpers of the MMU unit tests (mmu_walk_test.c, mmu_tlb_test.c): named
   fields of the translation controls and descriptors (DDI 0487 D8.3,
   D19.2), translation tables built in guest RAM for any granule and
   starting level, and checks on mmu_translate() results.

   The tables are built from what the Arm ARM says (the starting level and
   the number of concatenated tables are given by each test, never computed
   with the walker's formulas), so a walker that indexes differently reads
   the wrong descriptor and the check fails. */
#ifndef TRAPEZE_UNIT_MMU_TABLES_H
#define TRAPEZE_UNIT_MMU_TABLES_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "mmu/mmu_internal.h"
#include "sysregs/sysregs.h"

/* The register and descriptor fields come from sysregs/fields.h. */

/* TCR.TG0 / VTCR.TG0 and TCR.TG1 encodings */
enum { TG0_4K = 0, TG0_64K = 1, TG0_16K = 2 };
enum { TG1_16K = 1, TG1_4K = 2, TG1_64K = 3 };
/* {I}PS encodings */
enum { PS_32 = 0, PS_36 = 1, PS_40 = 2, PS_48 = 5, PS_52 = 6 };
/* AP[2:1] (stage 1, D8.4.1) and S2AP (D8.4.2) */
enum { AP_RW_EL1 = 0, AP_RW_ALL = 1, AP_RO_EL1 = 2, AP_RO_ALL = 3 };
enum { S2AP_NONE = 0, S2AP_RO = 1, S2AP_WO = 2, S2AP_RW = 3 };
/* MAIR indexes used by the tests, and stage-2 MemAttr values */
enum { IDX_DEVICE = 0, IDX_NORMAL = 1 };
#define MAIR_TEST 0xff00ull     /* Attr0 Device-nGnRnE, Attr1 Normal WB */
enum { S2_DEVICE_nGnRE = 0x1, S2_NORMAL_WB = 0xf };

/* DFSC/IFSC values (ESR_ELx ISS encoding for aborts, D19.2.37) */
#define FSC_ADDR_SIZE(l) (0x00u | (l))      /* 0b0000LL */
#define FSC_TRANSLATION(l) (0x04u | (l))    /* 0b0001LL */
#define FSC_ACCESS_FLAG(l) (0x08u | (l))    /* 0b0010LL */
#define FSC_PERMISSION(l) (0x0cu | (l))     /* 0b0011LL */
#define FSC_EXT_WALK(l) (0x14u | (l))       /* 0b0101LL */

/* Guest RAM of the harness board: 0x40000000..0x44000000.  Tables come
   from the pool; 0x50000000 has nothing behind it (external abort). */
#define POOL_BASE 0x42000000ull
#define POOL_END 0x43f00000ull
#define NO_MEMORY 0x50000000ull

static uint64_t pool_next = POOL_BASE;
static unsigned checks;         /* assertions on translation results */

static inline void pool_reset(void)
{
    pool_next = POOL_BASE;
}

static inline uint64_t rd64(Harness *h, uint64_t pa)
{
    MemRegion *r = board_region(h->board, pa, 8);
    assert_non_null(r);
    uint64_t v;
    memcpy(&v, region_host(r, pa), 8);
    return v;
}

static inline void wr64(Harness *h, uint64_t pa, uint64_t v)
{
    assert_true(board_load(h->board, pa, &v, 8));
}

/* size bytes of zeroed RAM, aligned to size (and at least 64 KiB). */
static inline uint64_t pool_alloc(Harness *h, uint64_t size)
{
    uint64_t align = size < 0x10000 ? 0x10000 : size;
    uint64_t pa = (pool_next + align - 1) & ~(align - 1);
    assert_true(pa + size <= POOL_END);
    pool_next = pa + size;
    MemRegion *r = board_region(h->board, pa, size);
    assert_non_null(r);
    memset(region_host(r, pa), 0, size);
    return pa;
}

/* One stage of tables: granule, input size and the starting level the Arm
   ARM gives for them; root holds 2^(index bits) descriptors, i.e. several
   concatenated tables when the start level resolves more than a stride. */
typedef struct PT {
    Harness *h;
    unsigned granule_bits;
    unsigned input_bits;
    int start_level;
    uint64_t root;
} PT;

static inline unsigned pt_shift(const PT *pt, int level)
{
    return pt->granule_bits + (pt->granule_bits - 3) * (unsigned)(3 - level);
}

static inline unsigned pt_root_bits(const PT *pt)
{
    return pt->input_bits - pt_shift(pt, pt->start_level);
}

static inline PT pt_new(Harness *h, unsigned granule_bits, unsigned input_bits, int start_level)
{
    PT pt = { h, granule_bits, input_bits, start_level, 0 };
    pt.root = pool_alloc(h, 8ull << pt_root_bits(&pt));
    return pt;
}

/* The address of the descriptor that translates ia at level, creating the
   tables above it as needed. */
static inline uint64_t pt_slot(PT *pt, uint64_t ia, int level)
{
    uint64_t table = pt->root;
    for (int l = pt->start_level;; l++) {
        unsigned shift = pt_shift(pt, l);
        unsigned bits = l == pt->start_level ? pt_root_bits(pt) : pt->granule_bits - 3;
        uint64_t slot = table + ((ia >> shift) & ones(bits)) * 8;
        if (l == level)
            return slot;
        uint64_t d = rd64(pt->h, slot);
        if ((d & 3) != 3) {
            d = pool_alloc(pt->h, 1ull << pt->granule_bits) | 3;
            wr64(pt->h, slot, d);
        }
        table = d & ones(48) & ~ones(pt->granule_bits);
    }
}

/* A block (level < 3) or page (level 3) descriptor for ia. */
static inline void pt_map(PT *pt, uint64_t ia, uint64_t oa, int level, uint64_t attrs)
{
    wr64(pt->h, pt_slot(pt, ia, level), oa | attrs | (level == 3 ? 3 : 1));
}

static inline void pt_set(PT *pt, uint64_t ia, int level, uint64_t desc)
{
    wr64(pt->h, pt_slot(pt, ia, level), desc);
}

static inline uint64_t pt_get(PT *pt, uint64_t ia, int level)
{
    return rd64(pt->h, pt_slot(pt, ia, level));
}

/* OR bits into the table descriptor read at level on the way to ia. */
static inline void pt_table_bits(PT *pt, uint64_t ia, int level, uint64_t bits)
{
    uint64_t slot = pt_slot(pt, ia, level);
    uint64_t d = rd64(pt->h, slot);
    assert_int_equal(d & 3, 3);
    wr64(pt->h, slot, d | bits);
}

/* Leaf attributes: stage 1 Normal memory with AF and AP[2:1]; stage 2
   Normal WB with AF and S2AP. */
static inline uint64_t s1_leaf(unsigned ap)
{
    return FIELD_DP64(FIELD_DP64(FIELD_DP64(0, DESC, AF, 1), DESC, ATTRINDX, IDX_NORMAL), DESC, AP, ap);
}

static inline uint64_t s2_leaf(unsigned s2ap, unsigned memattr)
{
    return FIELD_DP64(FIELD_DP64(FIELD_DP64(0, DESC, AF, 1), DESC, S2_MEMATTR, memattr), DESC, AP, s2ap);
}

/* ---- register set-up ---- */

static inline void mmu_apply(Harness *h)
{
    mmu_flush(h->cpu);
    mmu_context_changed(h->cpu);
}

/* Stage 1 of EL1&0 on. */
static inline void el10_s1(Harness *h, uint64_t tcr, uint64_t ttbr0, uint64_t ttbr1)
{
    CPUState *cpu = h->cpu;
    cpu->sysreg[SR_MAIR_EL1] = MAIR_TEST;
    cpu->sysreg[SR_TCR_EL1] = tcr;
    cpu->sysreg[SR_TTBR0_EL1] = ttbr0;
    cpu->sysreg[SR_TTBR1_EL1] = ttbr1;
    cpu->sysreg[SR_SCTLR_EL1] = FIELD_DP64(cpu->sysreg[SR_SCTLR_EL1], SCTLR, M, 1);
    mmu_apply(h);
}

/* Stage 1 of the EL2 regime on (HCR_EL2.E2H = 0). */
static inline void el2_s1(Harness *h, uint64_t tcr_el2, uint64_t ttbr0_el2)
{
    CPUState *cpu = h->cpu;
    cpu->sysreg[SR_MAIR_EL2] = MAIR_TEST;
    cpu->sysreg[SR_TCR_EL2] = tcr_el2;
    cpu->sysreg[SR_TTBR0_EL2] = ttbr0_el2;
    cpu->sysreg[SR_SCTLR_EL2] = FIELD_DP64(cpu->sysreg[SR_SCTLR_EL2], SCTLR, M, 1);
    mmu_apply(h);
}

/* Stage 2 on (HCR_EL2.VM). */
static inline void el10_s2(Harness *h, uint64_t vtcr, uint64_t vttbr)
{
    CPUState *cpu = h->cpu;
    cpu->sysreg[SR_VTCR_EL2] = vtcr;
    cpu->sysreg[SR_VTTBR_EL2] = vttbr;
    cpu->sysreg[SR_HCR_EL2] = FIELD_DP64(cpu->sysreg[SR_HCR_EL2], HCR, VM, 1);
    mmu_apply(h);
}

static inline uint64_t tcr_el1(unsigned t0sz, unsigned tg0, unsigned ips)
{
    uint64_t v = FIELD_DP64(0, TCR, T0SZ, t0sz);
    v = FIELD_DP64(v, TCR, TG0, tg0);
    v = FIELD_DP64(v, TCR, IPS, ips);
    /* TTBR1 off unless a test sets it up */
    return FIELD_DP64(FIELD_DP64(v, TCR, TG1, TG1_4K), TCR, EPD1, 1);
}

static inline uint64_t vtcr(unsigned t0sz, unsigned sl0, unsigned tg0, unsigned ps)
{
    uint64_t v = FIELD_DP64(0, VTCR, T0SZ, t0sz);
    v = FIELD_DP64(v, VTCR, SL0, sl0);
    v = FIELD_DP64(v, VTCR, TG0, tg0);
    return FIELD_DP64(v, VTCR, PS, ps);
}

/* ---- checks ---- */

static inline bool xlate(Harness *h, uint64_t va, unsigned kind, unsigned el, bool pan,
                         AddressDescriptor *ad, FaultRecord *f)
{
    AccessDesc acc = { .kind = kind, .el = el, .pan = pan };
    memset(ad, 0, sizeof *ad);
    return mmu_translate(h->cpu, va, &acc, ad, f);
}

static inline const char *fault_name(FaultType t)
{
    static const char *const names[] = { "none", "translation", "address size", "access flag",
                                         "permission", "alignment", "external", "external walk" };
    return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "?";
}

/* Success with this output address. */
static inline void check_pa(Harness *h, int line, uint64_t va, unsigned kind, unsigned el, bool pan,
                            uint64_t pa)
{
    AddressDescriptor ad;
    FaultRecord f;
    checks++;
    if (!xlate(h, va, kind, el, pan, &ad, &f)) {
        print_error("line %d: va 0x%llx: %s fault at level %d (stage2 %d), expected pa 0x%llx\n",
                    line, (unsigned long long)va, fault_name(f.type), f.level, f.stage2,
                    (unsigned long long)pa);
        fail();
    }
    if (ad.pa != pa) {
        print_error("line %d: va 0x%llx: pa 0x%llx, expected 0x%llx\n", line,
                    (unsigned long long)va, (unsigned long long)ad.pa, (unsigned long long)pa);
        fail();
    }
}

typedef struct Expect {
    FaultType type;
    int level;
    unsigned fsc;
    bool stage2, s1ptw;
    uint64_t ipa;               /* checked when stage2 */
} Expect;

static inline void check_fault(Harness *h, int line, uint64_t va, unsigned kind, unsigned el,
                               bool pan, Expect e)
{
    AddressDescriptor ad;
    FaultRecord f;
    checks++;
    if (xlate(h, va, kind, el, pan, &ad, &f)) {
        print_error("line %d: va 0x%llx translated to 0x%llx, expected a %s fault at level %d\n",
                    line, (unsigned long long)va, (unsigned long long)ad.pa, fault_name(e.type),
                    e.level);
        fail();
    }
    unsigned fsc = EncodeLDFSC(&f);
    bool ipa_ok = !e.stage2 || f.ipa == e.ipa;
    /* WnR of a stage-2 fault on a stage-1 walk is that of the walk, not
       checked here. */
    bool write_ok = e.s1ptw || f.write == (kind == ACC_WRITE);
    if (f.type != e.type || f.level != e.level || fsc != e.fsc || f.stage2 != e.stage2 ||
        f.s1ptw != e.s1ptw || !ipa_ok || !write_ok) {
        print_error("line %d: va 0x%llx: got %s level %d fsc 0x%02x stage2 %d s1ptw %d ipa 0x%llx "
                    "write %d; expected %s level %d fsc 0x%02x stage2 %d s1ptw %d ipa 0x%llx\n",
                    line, (unsigned long long)va, fault_name(f.type), f.level, fsc, f.stage2,
                    f.s1ptw, (unsigned long long)f.ipa, f.write, fault_name(e.type), e.level,
                    e.fsc, e.stage2, e.s1ptw, (unsigned long long)e.ipa);
        fail();
    }
}

#define CHECK_PA(h, va, kind, el, pa) check_pa(h, __LINE__, va, kind, el, false, pa)
#define CHECK_PA_PAN(h, va, kind, el, pa) check_pa(h, __LINE__, va, kind, el, true, pa)
#define CHECK_FAULT(h, va, kind, el, ...) \
    check_fault(h, __LINE__, va, kind, el, false, (Expect){ __VA_ARGS__ })
#define CHECK_FAULT_PAN(h, va, kind, el, ...) \
    check_fault(h, __LINE__, va, kind, el, true, (Expect){ __VA_ARGS__ })

/* Expected stage-1 faults */
#define TRANSLATION(l) .type = FAULT_TRANSLATION, .level = (l), .fsc = FSC_TRANSLATION(l)
#define ADDR_SIZE(l) .type = FAULT_ADDRESS_SIZE, .level = (l), .fsc = FSC_ADDR_SIZE(l)
#define ACCESS_FLAG(l) .type = FAULT_ACCESS_FLAG, .level = (l), .fsc = FSC_ACCESS_FLAG(l)
#define PERMISSION(l) .type = FAULT_PERMISSION, .level = (l), .fsc = FSC_PERMISSION(l)
#define EXT_WALK(l) .type = FAULT_SYNC_EXTERNAL_WALK, .level = (l), .fsc = FSC_EXT_WALK(l)

/* cmocka fixtures: a fresh board per test (the TLB starts empty). */
static inline int mmu_setup(void **state)
{
    pool_reset();
    Harness *h = harness_new();
    h->cpu->sysreg[SR_MAIR_EL1] = MAIR_TEST;
    h->cpu->sysreg[SR_MAIR_EL2] = MAIR_TEST;
    *state = h;
    return 0;
}

static inline int mmu_teardown(void **state)
{
    harness_free(*state);
    return 0;
}

#endif
