/* The translation table walker (mmu/translate.c, AArch64.TranslateAddress)
   called directly through mmu_translate(): stage 1 of the EL1&0, EL2 and
   EL2&0 regimes with the 4K, 16K and 64K granules, stage 2 with its
   starting levels and concatenated tables, stage-1 walks through stage 2,
   and each fault with its level and DFSC.  Rules cited from DDI 0487 (the
   pseudocode function, or the section). */
#include "mmu_tables.h"

enum { G4K = 12, G16K = 14, G64K = 16 };

/* Test pages; output addresses need no memory behind them. */
#define PAGE(i) (0x43000000ull + 0x10000ull * (i))

/* ======== stage 1, EL1&0, granules and starting levels ========
   The initial lookup level follows from TxSZ (D8.2.x, AArch64.S1StartLevel:
   4K: TxSZ 16-24 level 0, 25-33 level 1, 34-39 level 2; 16K: 16 level 0,
   17-27 level 1, 28-38 level 2, 39 level 3; 64K: 16-21 level 1, 22-34
   level 2, 35-39 level 3).  Blocks: 4K at levels 1 and 2, 16K and 64K at
   level 2 only without FEAT_LPA/LPA2 (D8.3.1, AArch64.BlockDescSupported);
   elsewhere a block descriptor is invalid: Translation fault at that level. */

static void test_4k_start_level0(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G4K, 48, 0);
    pt_map(&pt, 0x876543210000ull, PAGE(0), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x80c0000000ull, 0x80000000, 1, s1_leaf(AP_RW_EL1));      /* 1 GiB */
    pt_map(&pt, 0x10000200000ull, 0x40600000, 2, s1_leaf(AP_RW_EL1));     /* 2 MiB */
    pt_map(&pt, 0x7f8000000000ull, 0, 0, s1_leaf(AP_RW_EL1));             /* block at L0 */
    el10_s1(h, tcr_el1(16, TG0_4K, PS_48), pt.root, 0);
    CHECK_PA(h, 0x876543210123ull, ACC_READ, 1, PAGE(0) + 0x123);
    CHECK_PA(h, 0x80c0000000ull + 0x12345678, ACC_READ, 1, 0x92345678);
    CHECK_PA(h, 0x10000200000ull + 0x1ffff8, ACC_WRITE, 1, 0x407ffff8);
    /* 4K: no block at level 0 (BlockDescSupported) */
    CHECK_FAULT(h, 0x7f8000001000ull, ACC_READ, 1, TRANSLATION(0));
}

static void test_4k_start_level1(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G4K, 39, 1);
    pt_map(&pt, 0x7ffffff000ull, PAGE(1), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x40000000, 0xc0000000, 1, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x00000000, 0x100000000ull, 1, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_el1(25, TG0_4K, PS_48), pt.root, 0);
    CHECK_PA(h, 0x7ffffff008ull, ACC_READ, 1, PAGE(1) + 8);
    CHECK_PA(h, 0x40000000 + 0x3fffffff, ACC_READ, 1, 0xffffffff);
    CHECK_PA(h, 0x1234, ACC_READ, 1, 0x100001234ull);
    /* VA[63:39] not zero: AArch64.VAIsOutOfRange, Translation fault level 0 */
    CHECK_FAULT(h, 1ull << 39, ACC_READ, 1, TRANSLATION(0));
    CHECK_FAULT(h, 0x8000000000001000ull, ACC_READ, 1, TRANSLATION(0));
}

static void test_4k_start_level2(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G4K, 30, 2);      /* 512 level-2 entries */
    pt_map(&pt, 0x3ffff000, PAGE(2), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x20000000, 0x44600000, 2, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_el1(34, TG0_4K, PS_48), pt.root, 0);
    CHECK_PA(h, 0x3ffffff0, ACC_READ, 1, PAGE(2) + 0xff0);
    CHECK_PA(h, 0x20001234, ACC_READ, 1, 0x44601234);
    CHECK_FAULT(h, 0x40000000, ACC_READ, 1, TRANSLATION(0));   /* VA[63:30] != 0 */
}

static void test_4k_start_level2_small(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G4K, 27, 2);      /* T0SZ = 37: 64 level-2 entries */
    pt_map(&pt, 0x7fff000, PAGE(3), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x4000000, 0x80200000, 2, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_el1(37, TG0_4K, PS_48), pt.root, 0);
    CHECK_PA(h, 0x7fff010, ACC_READ, 1, PAGE(3) + 0x10);
    CHECK_PA(h, 0x4000010, ACC_READ, 1, 0x80200010);
}

static void test_16k_start_level0(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G16K, 48, 0);     /* 2 level-0 entries */
    pt_map(&pt, 0x800000004000ull, PAGE(4), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x02000000, 0x82000000, 2, s1_leaf(AP_RW_EL1));           /* 32 MiB */
    el10_s1(h, tcr_el1(16, TG0_16K, PS_48), pt.root, 0);
    CHECK_PA(h, 0x800000004000ull + 0x3abc, ACC_READ, 1, PAGE(4) + 0x3abc);
    CHECK_PA(h, 0x02000000 + 0x1ffffff, ACC_READ, 1, 0x83ffffff);
}

static void test_16k_start_level1(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G16K, 47, 1);
    pt_map(&pt, 0x7fffffffc000ull, PAGE(5), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x1000000000ull, 0, 1, s1_leaf(AP_RW_EL1));               /* block at L1 */
    el10_s1(h, tcr_el1(17, TG0_16K, PS_48), pt.root, 0);
    CHECK_PA(h, 0x7fffffffc000ull + 0x100, ACC_READ, 1, PAGE(5) + 0x100);
    /* 16K: no block at level 1 without FEAT_LPA2 (BlockDescSupported) */
    CHECK_FAULT(h, 0x1000000000ull, ACC_READ, 1, TRANSLATION(1));
}

static void test_16k_start_level2(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G16K, 36, 2);
    pt_map(&pt, 0xffe000000ull, 0x44000000, 2, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x12344000, PAGE(6), 3, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_el1(28, TG0_16K, PS_48), pt.root, 0);
    CHECK_PA(h, 0xffe000000ull + 0x1234567, ACC_READ, 1, 0x45234567);
    CHECK_PA(h, 0x12344010, ACC_READ, 1, PAGE(6) + 0x10);
}

static void test_16k_start_level3(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G16K, 25, 3);     /* T0SZ = 39 */
    pt_map(&pt, 0x1ffc000, PAGE(7), 3, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_el1(39, TG0_16K, PS_48), pt.root, 0);
    CHECK_PA(h, 0x1ffc008, ACC_READ, 1, PAGE(7) + 8);
}

static void test_64k_start_level1(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G64K, 48, 1);     /* 64 level-1 entries */
    pt_map(&pt, 0xffffffff0000ull, PAGE(8), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x20000000, 0x60000000, 2, s1_leaf(AP_RW_EL1));           /* 512 MiB */
    pt_map(&pt, 0x40000000000ull, 0, 1, s1_leaf(AP_RW_EL1));              /* block at L1 */
    el10_s1(h, tcr_el1(16, TG0_64K, PS_48), pt.root, 0);
    CHECK_PA(h, 0xffffffff0000ull + 0xfffe, ACC_READ, 1, PAGE(8) + 0xfffe);
    CHECK_PA(h, 0x20000000 + 0x1fffffff, ACC_READ, 1, 0x7fffffff);
    /* 64K: no block at level 1 without FEAT_LPA (BlockDescSupported) */
    CHECK_FAULT(h, 0x40000000000ull, ACC_READ, 1, TRANSLATION(1));
}

static void test_64k_start_level2(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G64K, 42, 2);     /* 8192 level-2 entries */
    pt_map(&pt, 0x3ffffff0000ull, PAGE(9), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x3fe0000000ull, 0x80000000, 2, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_el1(22, TG0_64K, PS_48), pt.root, 0);
    CHECK_PA(h, 0x3ffffff0008ull, ACC_READ, 1, PAGE(9) + 8);
    CHECK_PA(h, 0x3fe0000000ull + 0x1000000, ACC_READ, 1, 0x81000000);
}

static void test_64k_start_level3(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G64K, 28, 3);     /* T0SZ = 36: 4096 level-3 entries */
    pt_map(&pt, 0xfff0000, PAGE(10), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x10000, PAGE(11), 3, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_el1(36, TG0_64K, PS_48), pt.root, 0);
    CHECK_PA(h, 0xfff1234, ACC_READ, 1, PAGE(10) + 0x1234);
    CHECK_PA(h, 0x10008, ACC_READ, 1, PAGE(11) + 8);
}

/* ======== stage-1 faults ======== */

/* An invalid descriptor (bit[0] = 0) gives a Translation fault at the level
   it was read (AArch64.S1Walk, DecodeDescriptorType: DescriptorType_Invalid);
   a level-3 descriptor 0b01 is reserved and invalid too. */
static void test_translation_fault_each_level(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G4K, 48, 0);
    const uint64_t va = 0x123456789000ull;
    pt_map(&pt, va, PAGE(0), 3, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_el1(16, TG0_4K, PS_48), pt.root, 0);
    for (int level = 3; level >= 0; level--) {
        uint64_t saved = pt_get(&pt, va, level);
        pt_set(&pt, va, level, 0);
        CHECK_FAULT(h, va, ACC_READ, 1, TRANSLATION(level));
        pt_set(&pt, va, level, saved & ~1ull);      /* 0b10: invalid as well */
        CHECK_FAULT(h, va, ACC_READ, 1, TRANSLATION(level));
        pt_set(&pt, va, level, saved);
    }
    uint64_t page = pt_get(&pt, va, 3);
    pt_set(&pt, va, 3, page & ~2ull);               /* 0b01 at level 3: reserved */
    CHECK_FAULT(h, va, ACC_READ, 1, TRANSLATION(3));
    pt_set(&pt, va, 3, page);
    CHECK_PA(h, va + 4, ACC_READ, 1, PAGE(0) + 4);
}

/* TTBR base above the {I}PS size: Address size fault at level 0 whatever
   the starting level (AArch64.S1Walk: OAOutOfRange(baseaddress), level 0). */
static void test_addr_size_ttbr(void **state)
{
    Harness *h = *state;
    el10_s1(h, tcr_el1(16, TG0_4K, PS_32), 0x100000000ull, 0);
    CHECK_FAULT(h, 0x1000, ACC_READ, 1, ADDR_SIZE(0));
    el10_s1(h, tcr_el1(25, TG0_4K, PS_32), 0x100000000ull, 0);
    CHECK_FAULT(h, 0x1000, ACC_READ, 1, ADDR_SIZE(0));
    el10_s1(h, tcr_el1(34, TG0_4K, PS_36), 0x1000000000ull, 0);
    CHECK_FAULT(h, 0x1000, ACC_READ, 1, ADDR_SIZE(0));
}

/* A next-level table address above the {I}PS size: Address size fault at
   the level of the table descriptor (AArch64.S1Walk, OAOutOfRange on the
   table address). */
static void test_addr_size_table(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G4K, 48, 0);
    const uint64_t va = 0x10000000;
    pt_map(&pt, va, PAGE(0), 3, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_el1(16, TG0_4K, PS_32), pt.root, 0);
    for (int level = 0; level <= 2; level++) {
        uint64_t saved = pt_get(&pt, va, level);
        pt_set(&pt, va, level, (saved & ones(12)) | 0x100000000ull);
        CHECK_FAULT(h, va, ACC_READ, 1, ADDR_SIZE(level));
        pt_set(&pt, va, level, saved);
    }
    CHECK_PA(h, va, ACC_READ, 1, PAGE(0));
}

/* An output address above the {I}PS size: Address size fault at the level of
   the block or page (AArch64.S1Walk); the size is min({I}PS, PARange)
   (AArch64.PhysicalAddressSize). */
static void test_addr_size_output(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G4K, 39, 1);
    pt_map(&pt, 0x1000, 0x100000000ull, 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x200000, 0x100200000ull, 2, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x40000000, 0x140000000ull, 1, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x2000, 0xffffff000ull, 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x3000, 0x1000000000ull, 3, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_el1(25, TG0_4K, PS_32), pt.root, 0);
    CHECK_FAULT(h, 0x1000, ACC_READ, 1, ADDR_SIZE(3));
    CHECK_FAULT(h, 0x200000, ACC_READ, 1, ADDR_SIZE(2));
    CHECK_FAULT(h, 0x40000000, ACC_READ, 1, ADDR_SIZE(1));
    h->cpu->sysreg[SR_TCR_EL1] = tcr_el1(25, TG0_4K, PS_36);
    mmu_apply(h);
    CHECK_PA(h, 0x2008, ACC_READ, 1, 0xffffff008ull);
    CHECK_FAULT(h, 0x3000, ACC_READ, 1, ADDR_SIZE(3));
}

static void test_addr_size_pamax(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G4K, 39, 1);
    pt_map(&pt, 0x1000, 0x10000000000ull, 3, s1_leaf(AP_RW_EL1));       /* bit 40 */
    pt_map(&pt, 0x2000, 0xfffffff000ull, 3, s1_leaf(AP_RW_EL1));
    /* PARange 40 bits; TCR.IPS says 48: the output size is 40 bits */
    h->cpu->sysreg[SR_ID_AA64MMFR0_EL1] =
        FIELD_DP64(h->cpu->sysreg[SR_ID_AA64MMFR0_EL1], ID_AA64MMFR0, PARANGE, 2);
    el10_s1(h, tcr_el1(25, TG0_4K, PS_48), pt.root, 0);
    CHECK_FAULT(h, 0x1000, ACC_READ, 1, ADDR_SIZE(3));
    CHECK_PA(h, 0x2000, ACC_READ, 1, 0xfffffff000ull);
}

/* AF = 0 in the leaf: Access flag fault at its level (AArch64.S1Walk /
   AArch64.S1CheckPermissions: no hardware AF update without FEAT_HAFDBS). */
static void test_access_flag(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G4K, 39, 1);
    uint64_t no_af = FIELD_DP64(s1_leaf(AP_RW_EL1), DESC, AF, 0);
    pt_map(&pt, 0x1000, PAGE(0), 3, no_af);
    pt_map(&pt, 0x400000, 0x80000000, 2, no_af);
    pt_map(&pt, 0x40000000, 0x80000000, 1, no_af);
    el10_s1(h, tcr_el1(25, TG0_4K, PS_48), pt.root, 0);
    CHECK_FAULT(h, 0x1000, ACC_READ, 1, ACCESS_FLAG(3));
    CHECK_FAULT(h, 0x400000, ACC_WRITE, 1, ACCESS_FLAG(2));
    CHECK_FAULT(h, 0x40000000, ACC_FETCH, 1, ACCESS_FLAG(1));
}

/* A descriptor read from an address with no memory: synchronous External
   abort on translation table walk, at the level of the lookup
   (FetchDescriptor, Fault_SyncExternalOnWalk; DFSC 0b0101LL). */
static void test_external_abort_walk(void **state)
{
    Harness *h = *state;
    el10_s1(h, tcr_el1(16, TG0_4K, PS_48), NO_MEMORY, 0);
    CHECK_FAULT(h, 0x1000, ACC_READ, 1, EXT_WALK(0));
    el10_s1(h, tcr_el1(25, TG0_4K, PS_48), NO_MEMORY, 0);
    CHECK_FAULT(h, 0x1000, ACC_READ, 1, EXT_WALK(1));

    PT pt = pt_new(h, G4K, 39, 1);
    pt_map(&pt, 0x1000, PAGE(0), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x40001000, PAGE(1), 3, s1_leaf(AP_RW_EL1));
    pt_set(&pt, 0x1000, 1, NO_MEMORY | 3);               /* level-2 table: nothing */
    pt_set(&pt, 0x40001000, 2, NO_MEMORY | 3);           /* level-3 table: nothing */
    el10_s1(h, tcr_el1(25, TG0_4K, PS_48), pt.root, 0);
    CHECK_FAULT(h, 0x1000, ACC_READ, 1, EXT_WALK(2));
    CHECK_FAULT(h, 0x40001000, ACC_WRITE, 1, EXT_WALK(3));
}

/* ======== stage-1 permissions (D8.4, AArch64.S1ComputePermissions) ========
   Permission faults are reported at the level of the leaf descriptor
   (AArch64.S1CheckPermissions: fault.level = walkstate.level). */

/* Pages 0x10000000 + i * 0x1000, all under one level-3 table. */
#define PVA(i) (0x10000000ull + 0x1000ull * (i))
#define PPA(i) (PAGE(0) + 0x1000ull * (i))

static PT perm_tables(Harness *h)
{
    PT pt = pt_new(h, G4K, 39, 1);
    el10_s1(h, tcr_el1(25, TG0_4K, PS_48), pt.root, 0);
    return pt;
}

/* AP[2:1]: 00 EL1 RW; 01 EL1 and EL0 RW; 10 EL1 RO; 11 EL1 and EL0 RO. */
static void test_perm_ap(void **state)
{
    Harness *h = *state;
    PT pt = perm_tables(h);
    for (unsigned ap = 0; ap < 4; ap++)
        pt_map(&pt, PVA(ap), PPA(ap), 3, s1_leaf(ap));
    pt_map(&pt, 0x20000000, 0x80000000, 2, s1_leaf(AP_RO_EL1));
    pt_map(&pt, 0x40000000, 0x80000000, 1, s1_leaf(AP_RO_ALL));

    CHECK_PA(h, PVA(AP_RW_EL1), ACC_READ, 1, PPA(AP_RW_EL1));
    CHECK_PA(h, PVA(AP_RW_EL1), ACC_WRITE, 1, PPA(AP_RW_EL1));
    CHECK_FAULT(h, PVA(AP_RW_EL1), ACC_READ, 0, PERMISSION(3));
    CHECK_FAULT(h, PVA(AP_RW_EL1), ACC_WRITE, 0, PERMISSION(3));

    CHECK_PA(h, PVA(AP_RW_ALL), ACC_READ, 0, PPA(AP_RW_ALL));
    CHECK_PA(h, PVA(AP_RW_ALL), ACC_WRITE, 0, PPA(AP_RW_ALL));
    CHECK_PA(h, PVA(AP_RW_ALL), ACC_WRITE, 1, PPA(AP_RW_ALL));

    CHECK_PA(h, PVA(AP_RO_EL1), ACC_READ, 1, PPA(AP_RO_EL1));
    CHECK_FAULT(h, PVA(AP_RO_EL1), ACC_WRITE, 1, PERMISSION(3));
    CHECK_FAULT(h, PVA(AP_RO_EL1), ACC_READ, 0, PERMISSION(3));

    CHECK_PA(h, PVA(AP_RO_ALL), ACC_READ, 0, PPA(AP_RO_ALL));
    CHECK_FAULT(h, PVA(AP_RO_ALL), ACC_WRITE, 0, PERMISSION(3));
    CHECK_FAULT(h, PVA(AP_RO_ALL), ACC_WRITE, 1, PERMISSION(3));

    CHECK_FAULT(h, 0x20000010, ACC_WRITE, 1, PERMISSION(2));     /* block at level 2 */
    CHECK_FAULT(h, 0x40000010, ACC_WRITE, 0, PERMISSION(1));     /* block at level 1 */
    CHECK_PA(h, 0x40000010, ACC_READ, 0, 0x80000010);
}

/* UXN forbids EL0 execution, PXN EL1 execution; memory writable at EL0 is
   never executable at EL1 (AArch64.S1ComputePermissions:
   px = NOT(pxn OR pxntable OR uw)). */
static void test_perm_xn(void **state)
{
    Harness *h = *state;
    PT pt = perm_tables(h);
    pt_map(&pt, PVA(0), PPA(0), 3, FIELD_DP64(s1_leaf(AP_RO_ALL), DESC, UXN, 1));
    pt_map(&pt, PVA(1), PPA(1), 3, FIELD_DP64(s1_leaf(AP_RO_ALL), DESC, PXN, 1));
    pt_map(&pt, PVA(2), PPA(2), 3, s1_leaf(AP_RW_ALL));
    pt_map(&pt, PVA(3), PPA(3), 3, s1_leaf(AP_RW_EL1));

    CHECK_FAULT(h, PVA(0), ACC_FETCH, 0, PERMISSION(3));
    CHECK_PA(h, PVA(0), ACC_FETCH, 1, PPA(0));
    CHECK_FAULT(h, PVA(1), ACC_FETCH, 1, PERMISSION(3));
    CHECK_PA(h, PVA(1), ACC_FETCH, 0, PPA(1));
    CHECK_FAULT(h, PVA(2), ACC_FETCH, 1, PERMISSION(3));
    CHECK_PA(h, PVA(2), ACC_FETCH, 0, PPA(2));
    CHECK_PA(h, PVA(3), ACC_FETCH, 1, PPA(3));
}

/* SCTLR_EL1.WXN: writable memory is execute-never, for EL1 (pw) and for EL0
   (uw) (AArch64.S1ComputePermissions, WXN). */
static void test_perm_wxn(void **state)
{
    Harness *h = *state;
    PT pt = perm_tables(h);
    for (unsigned ap = 0; ap < 4; ap++)
        pt_map(&pt, PVA(ap), PPA(ap), 3, s1_leaf(ap));
    h->cpu->sysreg[SR_SCTLR_EL1] = FIELD_DP64(h->cpu->sysreg[SR_SCTLR_EL1], SCTLR, WXN, 1);
    mmu_apply(h);
    CHECK_FAULT(h, PVA(AP_RW_EL1), ACC_FETCH, 1, PERMISSION(3));
    CHECK_PA(h, PVA(AP_RW_EL1), ACC_READ, 1, PPA(AP_RW_EL1));
    CHECK_PA(h, PVA(AP_RO_EL1), ACC_FETCH, 1, PPA(AP_RO_EL1));
    CHECK_FAULT(h, PVA(AP_RW_ALL), ACC_FETCH, 0, PERMISSION(3));
    CHECK_PA(h, PVA(AP_RO_ALL), ACC_FETCH, 0, PPA(AP_RO_ALL));
}

/* PSTATE.PAN: privileged data accesses to EL0-accessible memory fault;
   instruction fetches and EL0 accesses are not affected (D8.4.x, PAN). */
static void test_perm_pan(void **state)
{
    Harness *h = *state;
    PT pt = perm_tables(h);
    for (unsigned ap = 0; ap < 4; ap++)
        pt_map(&pt, PVA(ap), PPA(ap), 3, s1_leaf(ap));
    CHECK_FAULT_PAN(h, PVA(AP_RW_ALL), ACC_READ, 1, PERMISSION(3));
    CHECK_FAULT_PAN(h, PVA(AP_RW_ALL), ACC_WRITE, 1, PERMISSION(3));
    CHECK_FAULT_PAN(h, PVA(AP_RO_ALL), ACC_READ, 1, PERMISSION(3));
    CHECK_PA_PAN(h, PVA(AP_RO_ALL), ACC_FETCH, 1, PPA(AP_RO_ALL));
    CHECK_PA_PAN(h, PVA(AP_RW_EL1), ACC_WRITE, 1, PPA(AP_RW_EL1));
    CHECK_PA_PAN(h, PVA(AP_RO_ALL), ACC_READ, 0, PPA(AP_RO_ALL));
    CHECK_PA(h, PVA(AP_RW_ALL), ACC_READ, 1, PPA(AP_RW_ALL));
}

/* APTable: 0b01 removes EL0 access, 0b10 write access, 0b11 both, for the
   whole subtree (AArch64.S1ComputePermissions, hierarchical permissions);
   EL1 may execute what APTable makes EL0-inaccessible. */
static void test_perm_aptable(void **state)
{
    Harness *h = *state;
    PT pt = perm_tables(h);
    const uint64_t a = 0x10000000, b = 0x10200000, c = 0x10400000, d = 0x40000000;
    pt_map(&pt, a, PAGE(0), 3, s1_leaf(AP_RW_ALL));
    pt_map(&pt, b, PAGE(1), 3, s1_leaf(AP_RW_ALL));
    pt_map(&pt, c, PAGE(2), 3, s1_leaf(AP_RW_ALL));
    pt_map(&pt, d, PAGE(3), 3, s1_leaf(AP_RW_ALL));
    pt_table_bits(&pt, a, 2, FIELD_DP64(0, DESC, APTABLE, 1));
    pt_table_bits(&pt, b, 2, FIELD_DP64(0, DESC, APTABLE, 2));
    pt_table_bits(&pt, c, 2, FIELD_DP64(0, DESC, APTABLE, 3));
    pt_table_bits(&pt, d, 1, FIELD_DP64(0, DESC, APTABLE, 2));     /* two levels up */

    CHECK_FAULT(h, a, ACC_READ, 0, PERMISSION(3));
    CHECK_PA(h, a, ACC_WRITE, 1, PAGE(0));
    CHECK_PA(h, a, ACC_FETCH, 1, PAGE(0));
    CHECK_FAULT(h, b, ACC_WRITE, 1, PERMISSION(3));
    CHECK_FAULT(h, b, ACC_WRITE, 0, PERMISSION(3));
    CHECK_PA(h, b, ACC_READ, 0, PAGE(1));
    CHECK_FAULT(h, c, ACC_READ, 0, PERMISSION(3));
    CHECK_FAULT(h, c, ACC_WRITE, 1, PERMISSION(3));
    CHECK_PA(h, c, ACC_READ, 1, PAGE(2));
    CHECK_FAULT(h, d, ACC_WRITE, 1, PERMISSION(3));
    CHECK_PA(h, d, ACC_READ, 0, PAGE(3));
}

/* UXNTable / PXNTable make the subtree execute-never at EL0 / EL1. */
static void test_perm_xntable(void **state)
{
    Harness *h = *state;
    PT pt = perm_tables(h);
    const uint64_t a = 0x10000000, b = 0x40000000;
    pt_map(&pt, a, PAGE(0), 3, s1_leaf(AP_RO_ALL));
    pt_map(&pt, b, PAGE(1), 3, s1_leaf(AP_RO_ALL));
    pt_table_bits(&pt, a, 2, FIELD_DP64(0, DESC, UXNTABLE, 1));
    pt_table_bits(&pt, b, 1, FIELD_DP64(0, DESC, PXNTABLE, 1));
    CHECK_FAULT(h, a, ACC_FETCH, 0, PERMISSION(3));
    CHECK_PA(h, a, ACC_FETCH, 1, PAGE(0));
    CHECK_FAULT(h, b, ACC_FETCH, 1, PERMISSION(3));
    CHECK_PA(h, b, ACC_FETCH, 0, PAGE(1));
}

/* Hierarchical-permission tables for the TCR.HPD tests: APTable = 0b11,
   UXNTable and PXNTable on the level-2 table above page A (AP = 0b11, EL0
   and EL1 read-only) and page B (AP = 0b00, EL1 read/write), on both the
   TTBR0 and the TTBR1 side. */
static const uint64_t HPD_A = 0x10000000, HPD_B = 0x10001000;
static const uint64_t HPD_A1 = 0xffffff8010000000ull, HPD_B1 = 0xffffff8010001000ull;

static void hpd_tables(Harness *h, uint64_t tcr)
{
    PT pt0 = pt_new(h, G4K, 39, 1), pt1 = pt_new(h, G4K, 39, 1);
    uint64_t limits = FIELD_DP64(FIELD_DP64(FIELD_DP64(0, DESC, APTABLE, 3), DESC, UXNTABLE, 1),
                                 DESC, PXNTABLE, 1);
    pt_map(&pt0, HPD_A, PAGE(0), 3, s1_leaf(AP_RO_ALL));
    pt_map(&pt0, HPD_B, PAGE(1), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt1, HPD_A1, PAGE(2), 3, s1_leaf(AP_RO_ALL));
    pt_map(&pt1, HPD_B1, PAGE(3), 3, s1_leaf(AP_RW_EL1));
    pt_table_bits(&pt0, HPD_A, 2, limits);
    pt_table_bits(&pt1, HPD_A1, 2, limits);
    tcr = FIELD_DP64(FIELD_DP64(tcr, TCR, T1SZ, 25), TCR, EPD1, 0);
    el10_s1(h, tcr, pt0.root, pt1.root);
}

/* "max" with or without FEAT_HPDS. */
static CPUModel hpds_model;

static void use_hpds_model(Harness *h, bool hpds)
{
    hpds_model = *cpu_model_find("max");
    if (hpds)
        hpds_model.features |= FEAT_HPDS;
    else
        hpds_model.features &= ~(uint32_t)FEAT_HPDS;
    hpds_model.id_aa64mmfr1 = FIELD_DP64(hpds_model.id_aa64mmfr1, ID_AA64MMFR1, HPDS, hpds);
    h->cpu->model = &hpds_model;
    h->cpu->sysreg[SR_ID_AA64MMFR1_EL1] = hpds_model.id_aa64mmfr1;
}

/* The table limits apply: PXNTable (EL1 fetch), UXNTable (EL0 fetch),
   APTable[0] (EL0 read), APTable[1] (EL1 write). */
static void hpd_limits_apply(Harness *h, uint64_t a, uint64_t b)
{
    CHECK_FAULT(h, a, ACC_FETCH, 1, PERMISSION(3));
    CHECK_FAULT(h, a, ACC_FETCH, 0, PERMISSION(3));
    CHECK_FAULT(h, a, ACC_READ, 0, PERMISSION(3));
    CHECK_FAULT(h, b, ACC_WRITE, 1, PERMISSION(3));
}

static void hpd_limits_ignored(Harness *h, uint64_t a, uint64_t b, uint64_t pa_a, uint64_t pa_b)
{
    CHECK_PA(h, a, ACC_FETCH, 1, pa_a);
    CHECK_PA(h, a, ACC_FETCH, 0, pa_a);
    CHECK_PA(h, a, ACC_READ, 0, pa_a);
    CHECK_PA(h, b, ACC_WRITE, 1, pa_b);
}

/* Without FEAT_HPDS, TCR_EL1.HPD0 is RES0: the table limits apply. */
static void test_hpd_without_feature(void **state)
{
    Harness *h = *state;
    use_hpds_model(h, false);
    hpd_tables(h, FIELD_DP64(tcr_el1(25, TG0_4K, PS_48), TCR, HPD0, 1));
    hpd_limits_apply(h, HPD_A, HPD_B);
}

/* With FEAT_HPDS, TCR_EL1.HPD0 = 1 disables APTable, UXNTable and PXNTable
   for the TTBR0 walks and HPD1 for the TTBR1 ones (D8.4.x, hierarchical
   permissions: the table fields are ignored when HPD is 1). */
static void test_hpd0_with_feature(void **state)
{
    Harness *h = *state;
    use_hpds_model(h, true);
    hpd_tables(h, FIELD_DP64(tcr_el1(25, TG0_4K, PS_48), TCR, HPD0, 1));
    hpd_limits_ignored(h, HPD_A, HPD_B, PAGE(0), PAGE(1));
    hpd_limits_apply(h, HPD_A1, HPD_B1);
}

static void test_hpd1_with_feature(void **state)
{
    Harness *h = *state;
    use_hpds_model(h, true);
    hpd_tables(h, FIELD_DP64(tcr_el1(25, TG0_4K, PS_48), TCR, HPD1, 1));
    hpd_limits_apply(h, HPD_A, HPD_B);
    hpd_limits_ignored(h, HPD_A1, HPD_B1, PAGE(2), PAGE(3));
}

/* ======== TTBR1, EPD, TBI ======== */

static uint64_t tcr_split(unsigned t0sz, unsigned tg0, unsigned t1sz, unsigned tg1)
{
    uint64_t v = tcr_el1(t0sz, tg0, PS_48);
    v = FIELD_DP64(v, TCR, T1SZ, t1sz);
    v = FIELD_DP64(v, TCR, TG1, tg1);
    return FIELD_DP64(v, TCR, EPD1, 0);
}

/* VA[55] selects TTBR1; VA[63:64-T1SZ] must be all ones
   (AArch64.VAIsOutOfRange: Translation fault at level 0). */
static void test_ttbr1(void **state)
{
    Harness *h = *state;
    PT pt0 = pt_new(h, G4K, 39, 1), pt1 = pt_new(h, G4K, 39, 1);
    pt_map(&pt1, 0xffffff8000200000ull, PAGE(0), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt0, 0x200000, PAGE(1), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt1, 0xffffffffc0000000ull, 0x80000000, 1, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_split(25, TG0_4K, 25, TG1_4K), pt0.root, pt1.root);
    CHECK_PA(h, 0xffffff8000200abcull, ACC_READ, 1, PAGE(0) + 0xabc);
    CHECK_PA(h, 0x200abc, ACC_READ, 1, PAGE(1) + 0xabc);
    CHECK_PA(h, 0xffffffffc0001234ull, ACC_READ, 1, 0x80001234);
    CHECK_FAULT(h, 0xffffff0000000000ull, ACC_READ, 1, TRANSLATION(0));
    CHECK_FAULT(h, 0x0080000000000000ull, ACC_READ, 1, TRANSLATION(0));
}

/* TG1 has its own encoding (16K = 0b01, 4K = 0b10, 64K = 0b11). */
static void test_ttbr1_64k(void **state)
{
    Harness *h = *state;
    PT pt0 = pt_new(h, G4K, 39, 1), pt1 = pt_new(h, G64K, 48, 1);
    pt_map(&pt1, 0xffff000000010000ull, PAGE(2), 3, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_split(25, TG0_4K, 16, TG1_64K), pt0.root, pt1.root);
    CHECK_PA(h, 0xffff00000001fff0ull, ACC_READ, 1, PAGE(2) + 0xfff0);
}

static void test_ttbr1_16k(void **state)
{
    Harness *h = *state;
    PT pt0 = pt_new(h, G4K, 39, 1), pt1 = pt_new(h, G16K, 47, 1);
    pt_map(&pt1, 0xffff800000004000ull, PAGE(3), 3, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_split(25, TG0_4K, 17, TG1_16K), pt0.root, pt1.root);
    CHECK_PA(h, 0xffff800000007ff8ull, ACC_READ, 1, PAGE(3) + 0x3ff8);
}

/* TCR_EL1.EPDn = 1: a walk using TTBRn gives a Translation fault at level 0
   (AArch64.S1Walk, S1EPD). */
static void test_epd1(void **state)
{
    Harness *h = *state;
    PT pt0 = pt_new(h, G4K, 39, 1), pt1 = pt_new(h, G4K, 39, 1);
    pt_map(&pt1, 0xffffff8000200000ull, PAGE(0), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt0, 0x200000, PAGE(1), 3, s1_leaf(AP_RW_EL1));
    el10_s1(h, FIELD_DP64(tcr_split(25, TG0_4K, 25, TG1_4K), TCR, EPD1, 1), pt0.root, pt1.root);
    CHECK_FAULT(h, 0xffffff8000200000ull, ACC_READ, 1, TRANSLATION(0));
    CHECK_PA(h, 0x200000, ACC_READ, 1, PAGE(1));
}

static void test_epd0(void **state)
{
    Harness *h = *state;
    PT pt0 = pt_new(h, G4K, 39, 1), pt1 = pt_new(h, G4K, 39, 1);
    pt_map(&pt1, 0xffffff8000200000ull, PAGE(0), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt0, 0x200000, PAGE(1), 3, s1_leaf(AP_RW_EL1));
    el10_s1(h, FIELD_DP64(tcr_split(25, TG0_4K, 25, TG1_4K), TCR, EPD0, 1), pt0.root, pt1.root);
    CHECK_FAULT(h, 0x200000, ACC_READ, 1, TRANSLATION(0));
    CHECK_PA(h, 0xffffff8000200000ull, ACC_READ, 1, PAGE(0));
}

/* TBI0: VA[63:56] is ignored for the range check and the walk (AddrTop). */
static void test_tbi0(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G4K, 39, 1);
    pt_map(&pt, 0x200000, PAGE(0), 3, s1_leaf(AP_RW_EL1));
    el10_s1(h, tcr_el1(25, TG0_4K, PS_48), pt.root, 0);
    CHECK_FAULT(h, 0x5a00000000200123ull, ACC_READ, 1, TRANSLATION(0));
    h->cpu->sysreg[SR_TCR_EL1] = FIELD_DP64(tcr_el1(25, TG0_4K, PS_48), TCR, TBI0, 1);
    mmu_apply(h);
    CHECK_PA(h, 0x5a00000000200123ull, ACC_READ, 1, PAGE(0) + 0x123);
}

/* ======== the EL2 regime (HCR_EL2.E2H = 0) ========
   One privilege level: AP[1] is RES1 and ignored, AP[2] makes it read-only,
   XN (bit 54) and XNTable (bit 60) forbid execution, APTable[1] writes;
   no EL0-writable rule (AArch64.S1ComputePermissions, !HasUnprivileged). */
static void test_el2_regime(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G4K, 39, 1);
    uint64_t tcr = FIELD_DP64(FIELD_DP64(FIELD_DP64(0, TCR_EL2, T0SZ, 25), TCR_EL2, TG0, TG0_4K),
                              TCR_EL2, PS, PS_48);
    pt_map(&pt, PVA(0), PPA(0), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, PVA(1), PPA(1), 3, s1_leaf(AP_RO_EL1));
    pt_map(&pt, PVA(2), PPA(2), 3, FIELD_DP64(s1_leaf(AP_RW_EL1), DESC, UXN, 1));
    pt_map(&pt, PVA(3), PPA(3), 3, s1_leaf(AP_RW_ALL));
    pt_map(&pt, 0x10200000, PAGE(1), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x10400000, PAGE(2), 3, s1_leaf(AP_RW_EL1));
    pt_table_bits(&pt, 0x10200000, 2, FIELD_DP64(0, DESC, UXNTABLE, 1));
    pt_table_bits(&pt, 0x10400000, 2, FIELD_DP64(0, DESC, APTABLE, 2));
    el2_s1(h, tcr, pt.root);
    CHECK_PA(h, PVA(0), ACC_WRITE, 2, PPA(0));
    CHECK_PA(h, PVA(0), ACC_FETCH, 2, PPA(0));
    CHECK_FAULT(h, PVA(1), ACC_WRITE, 2, PERMISSION(3));
    CHECK_PA(h, PVA(1), ACC_READ, 2, PPA(1));
    CHECK_FAULT(h, PVA(2), ACC_FETCH, 2, PERMISSION(3));
    CHECK_PA(h, PVA(2), ACC_READ, 2, PPA(2));
    CHECK_PA(h, PVA(3), ACC_FETCH, 2, PPA(3));
    CHECK_PA(h, PVA(3), ACC_WRITE, 2, PPA(3));
    CHECK_FAULT(h, 0x10200000, ACC_FETCH, 2, PERMISSION(3));
    CHECK_FAULT(h, 0x10400000, ACC_WRITE, 2, PERMISSION(3));
    CHECK_PA(h, 0x10400000, ACC_FETCH, 2, PAGE(2));
    CHECK_FAULT(h, 1ull << 39, ACC_READ, 2, TRANSLATION(0));
}

static void test_el2_wxn_and_size(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G64K, 42, 2);
    uint64_t tcr = FIELD_DP64(FIELD_DP64(FIELD_DP64(0, TCR_EL2, T0SZ, 22), TCR_EL2, TG0, TG0_64K),
                              TCR_EL2, PS, PS_32);
    pt_map(&pt, 0x10000, PAGE(0), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt, 0x20000, PAGE(1), 3, s1_leaf(AP_RO_EL1));
    pt_map(&pt, 0x30000, 0x100000000ull, 3, s1_leaf(AP_RW_EL1));
    el2_s1(h, tcr, pt.root);
    h->cpu->sysreg[SR_SCTLR_EL2] = FIELD_DP64(h->cpu->sysreg[SR_SCTLR_EL2], SCTLR, WXN, 1);
    mmu_apply(h);
    CHECK_FAULT(h, 0x10000, ACC_FETCH, 2, PERMISSION(3));
    CHECK_PA(h, 0x20000, ACC_FETCH, 2, PAGE(1));
    CHECK_FAULT(h, 0x30000, ACC_READ, 2, ADDR_SIZE(3));
    h->cpu->sysreg[SR_TTBR0_EL2] = 0x100000000ull;
    mmu_apply(h);
    CHECK_FAULT(h, 0x40000, ACC_READ, 2, ADDR_SIZE(0));
}

/* The EL2&0 regime (FEAT_VHE, HCR_EL2.E2H = 1): TTBR0_EL2/TTBR1_EL2 with the
   TCR_EL1 layout of TCR_EL2, and EL0 permissions with HCR_EL2.TGE = 1. */
static CPUModel vhe_model;

static void test_el20_regime(void **state)
{
    Harness *h = *state;
    CPUState *cpu = h->cpu;
    vhe_model = *cpu_model_find("max");
    vhe_model.features |= FEAT_VHE;
    cpu->model = &vhe_model;
    PT pt0 = pt_new(h, G4K, 39, 1), pt1 = pt_new(h, G4K, 39, 1);
    pt_map(&pt0, PVA(0), PPA(0), 3, s1_leaf(AP_RW_EL1));
    pt_map(&pt0, PVA(1), PPA(1), 3, s1_leaf(AP_RW_ALL));
    pt_map(&pt1, 0xffffff8000001000ull, PAGE(5), 3, s1_leaf(AP_RW_EL1));
    cpu->sysreg[SR_HCR_EL2] = FIELD_DP64(FIELD_DP64(cpu->sysreg[SR_HCR_EL2], HCR, E2H, 1),
                                         HCR, TGE, 1);
    cpu->sysreg[SR_TTBR1_EL2] = pt1.root;
    el2_s1(h, tcr_split(25, TG0_4K, 25, TG1_4K), pt0.root);
    CHECK_PA(h, 0xffffff8000001010ull, ACC_READ, 2, PAGE(5) + 0x10);
    CHECK_PA(h, PVA(0) + 0x10, ACC_READ, 2, PPA(0) + 0x10);
    CHECK_FAULT(h, PVA(0), ACC_READ, 0, PERMISSION(3));
    CHECK_PA(h, PVA(1), ACC_WRITE, 0, PPA(1));
    CHECK_FAULT(h, PVA(1), ACC_FETCH, 2, PERMISSION(3));  /* EL0-writable */
}

/* ======== stage 2 ======== */

/* VTCR_EL2.SL0 gives the starting level (4K: 0 level 2, 1 level 1, 2 level 0;
   16K and 64K: 0 level 3, 1 level 2, 2 level 1), and the first table may be
   2 to 16 concatenated tables: the start level must resolve at least 1 and at
   most stride + 4 bits (D8.2.x "Concatenated translation tables",
   AArch64.S2InconsistentSL, AArch64.S2InvalidSL). */
typedef struct S2Case {
    const char *what;
    unsigned tg0, granule_bits, t0sz, sl0;
    int start;                  /* Arm ARM start level (-1: nothing to build) */
    uint64_t ipa;               /* an IPA in the last concatenated table */
} S2Case;

static const S2Case s2_valid[] = {
    { "4K T0SZ=16 SL0=2: level 0", TG0_4K, G4K, 16, 2, 0, 0xfffffffff000ull },
    { "4K T0SZ=24 SL0=2: level 0, 2 entries", TG0_4K, G4K, 24, 2, 0, 0xfffffff000ull },
    { "4K T0SZ=25 SL0=1: level 1", TG0_4K, G4K, 25, 1, 1, 0x7ffffff000ull },
    { "4K T0SZ=24 SL0=1: 2 concatenated level-1 tables", TG0_4K, G4K, 24, 1, 1, 0xfffffff000ull },
    { "4K T0SZ=22 SL0=1: 4 concatenated level-1 tables", TG0_4K, G4K, 22, 1, 1, 0x3fffffff000ull },
    { "4K T0SZ=21 SL0=1: 16 concatenated level-1 tables", TG0_4K, G4K, 21, 1, 1, 0x7fffffff000ull },
    { "4K T0SZ=32 SL0=0: 4 concatenated level-2 tables", TG0_4K, G4K, 32, 0, 2, 0xfffff000ull },
    { "4K T0SZ=39 SL0=0: level 2, 16 entries", TG0_4K, G4K, 39, 0, 2, 0x1fff000ull },
    { "16K T0SZ=17 SL0=2: level 1", TG0_16K, G16K, 17, 2, 1, 0x7fffffffc000ull },
    { "16K T0SZ=16 SL0=2: 2 concatenated level-1 tables", TG0_16K, G16K, 16, 2, 1, 0xffffffffc000ull },
    { "16K T0SZ=28 SL0=1: level 2", TG0_16K, G16K, 28, 1, 2, 0xfffffc000ull },
    { "16K T0SZ=39 SL0=0: level 3", TG0_16K, G16K, 39, 0, 3, 0x1ffc000ull },
    { "16K T0SZ=35 SL0=0: 16 concatenated level-3 tables", TG0_16K, G16K, 35, 0, 3, 0x1fffc000ull },
    { "64K T0SZ=16 SL0=2: level 1", TG0_64K, G64K, 16, 2, 1, 0xffffffff0000ull },
    { "64K T0SZ=22 SL0=1: level 2", TG0_64K, G64K, 22, 1, 2, 0x3ffffff0000ull },
    { "64K T0SZ=18 SL0=1: 16 concatenated level-2 tables", TG0_64K, G64K, 18, 1, 2, 0x3fffffff0000ull },
    { "64K T0SZ=37 SL0=0: level 3", TG0_64K, G64K, 37, 0, 3, 0x7ff0000ull },
};

static const S2Case s2_invalid[] = {
    { "4K T0SZ=20 SL0=1: 32 level-1 tables", TG0_4K, G4K, 20, 1, 1, 0xffffffff000ull },
    { "4K T0SZ=34 SL0=1: 1 level-1 entry", TG0_4K, G4K, 34, 1, 1, 0x1000 },
    { "4K T0SZ=25 SL0=2: 1 level-0 entry", TG0_4K, G4K, 25, 2, 0, 0x1000 },
    { "4K SL0=3: level 3 needs FEAT_TTST", TG0_4K, G4K, 32, 3, -1, 0x1000 },
    { "16K SL0=3: level 0 needs FEAT_LPA2", TG0_16K, G16K, 16, 3, 0, 0x1000 },
    { "16K T0SZ=32 SL0=0: 32 level-3 tables", TG0_16K, G16K, 32, 0, 3, 0xffffc000ull },
    { "64K T0SZ=17 SL0=1: 32 level-2 tables", TG0_64K, G64K, 17, 1, 2, 0x7fffffff0000ull },
    { "64K T0SZ=25 SL0=0: 2^23 level-3 entries", TG0_64K, G64K, 25, 0, -1, 0x10000 },
    { "64K SL0=3: reserved", TG0_64K, G64K, 16, 3, -1, 0x10000 },
};

static void s2_case_setup(Harness **hp, PT *pt, const S2Case *c)
{
    pool_reset();
    Harness *h = harness_new();
    *hp = h;
    if (c->start >= 0) {
        *pt = pt_new(h, c->granule_bits, 64 - c->t0sz, c->start);
        pt_map(pt, c->ipa, PAGE(1), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
        pt_map(pt, 0, PAGE(2), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    } else {
        pt->root = pool_alloc(h, 0x10000);
    }
    el10_s2(h, vtcr(c->t0sz, c->sl0, c->tg0, PS_48), pt->root);
}

static void test_s2_start_levels(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof s2_valid / sizeof s2_valid[0]; i++) {
        const S2Case *c = &s2_valid[i];
        Harness *h;
        PT pt;
        print_message("  %s\n", c->what);
        s2_case_setup(&h, &pt, c);
        CHECK_PA(h, c->ipa + 0x18, ACC_READ, 1, PAGE(1) + 0x18);
        CHECK_PA(h, 0x28, ACC_READ, 1, PAGE(2) + 0x28);
        harness_free(h);
    }
}

/* Invalid SL0/T0SZ combinations: stage-2 Translation fault at level 0
   (AArch64.S2Translate: S2InvalidSL or S2InconsistentSL). */
static void test_s2_invalid_start_levels(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof s2_invalid / sizeof s2_invalid[0]; i++) {
        const S2Case *c = &s2_invalid[i];
        Harness *h;
        PT pt;
        print_message("  %s\n", c->what);
        s2_case_setup(&h, &pt, c);
        CHECK_FAULT(h, c->ipa, ACC_READ, 1, TRANSLATION(0), .stage2 = true, .ipa = c->ipa);
        harness_free(h);
    }
}

/* A stage-2 set-up: 4K granule, 4 GiB IPA space (T0SZ = 32), SL0 = 0 (level
   2, 4 concatenated tables); stage 1 off, so the IPA is the VA. */
static PT s2_tables(Harness *h, unsigned ps)
{
    PT pt = pt_new(h, G4K, 32, 2);
    el10_s2(h, vtcr(32, 0, TG0_4K, ps), pt.root);
    return pt;
}

/* IPA above the VTCR_EL2.T0SZ size: stage-2 Translation fault at level 0
   (AArch64.S2Translate: IPAIsOutOfRange). */
static void test_s2_ipa_range(void **state)
{
    Harness *h = *state;
    PT pt = s2_tables(h, PS_48);
    pt_map(&pt, 0, PAGE(0), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    CHECK_FAULT(h, 0x100000010ull, ACC_READ, 1, TRANSLATION(0), .stage2 = true,
                .ipa = 0x100000010ull);
    CHECK_PA(h, 0x10, ACC_READ, 1, PAGE(0) + 0x10);
}

/* S2AP[0] allows reads, S2AP[1] writes, XN forbids execution; the fault is a
   stage-2 Permission fault at the leaf level with the IPA
   (AArch64.S2CheckPermissions). */
static void test_s2_permissions(void **state)
{
    Harness *h = *state;
    PT pt = s2_tables(h, PS_48);
    pt_map(&pt, 0x1000, PPA(1), 3, s2_leaf(S2AP_RO, S2_NORMAL_WB));
    pt_map(&pt, 0x2000, PPA(2), 3, s2_leaf(S2AP_WO, S2_NORMAL_WB));
    pt_map(&pt, 0x3000, PPA(3), 3, s2_leaf(S2AP_NONE, S2_NORMAL_WB));
    pt_map(&pt, 0x4000, PPA(4), 3, FIELD_DP64(s2_leaf(S2AP_RW, S2_NORMAL_WB), DESC, UXN, 1));
    pt_map(&pt, 0x200000, 0x80000000, 2, s2_leaf(S2AP_RO, S2_NORMAL_WB));
    CHECK_PA(h, 0x1008, ACC_READ, 1, PPA(1) + 8);
    CHECK_FAULT(h, 0x1008, ACC_WRITE, 1, PERMISSION(3), .stage2 = true, .ipa = 0x1008);
    CHECK_FAULT(h, 0x2008, ACC_READ, 1, PERMISSION(3), .stage2 = true, .ipa = 0x2008);
    CHECK_PA(h, 0x2008, ACC_WRITE, 1, PPA(2) + 8);
    CHECK_FAULT(h, 0x3000, ACC_READ, 0, PERMISSION(3), .stage2 = true, .ipa = 0x3000);
    CHECK_FAULT(h, 0x3000, ACC_WRITE, 1, PERMISSION(3), .stage2 = true, .ipa = 0x3000);
    CHECK_FAULT(h, 0x4000, ACC_FETCH, 1, PERMISSION(3), .stage2 = true, .ipa = 0x4000);
    CHECK_PA(h, 0x4000, ACC_READ, 1, PPA(4));
    CHECK_FAULT(h, 0x300000, ACC_WRITE, 1, PERMISSION(2), .stage2 = true, .ipa = 0x300000);
    CHECK_PA(h, 0x300000, ACC_READ, 1, 0x80100000);
}

/* Stage-2 AF = 0 and output addresses above VTCR_EL2.PS (AArch64.S2Walk). */
static void test_s2_af_and_size(void **state)
{
    Harness *h = *state;
    PT pt = s2_tables(h, PS_32);
    pt_map(&pt, 0x1000, PPA(1), 3, FIELD_DP64(s2_leaf(S2AP_RW, S2_NORMAL_WB), DESC, AF, 0));
    pt_map(&pt, 0x400000, 0x80000000, 2, FIELD_DP64(s2_leaf(S2AP_RW, S2_NORMAL_WB), DESC, AF, 0));
    pt_map(&pt, 0x2000, 0x100000000ull, 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    pt_map(&pt, 0x600000, 0x100200000ull, 2, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    CHECK_FAULT(h, 0x1000, ACC_READ, 1, ACCESS_FLAG(3), .stage2 = true, .ipa = 0x1000);
    CHECK_FAULT(h, 0x400000, ACC_READ, 1, ACCESS_FLAG(2), .stage2 = true, .ipa = 0x400000);
    CHECK_FAULT(h, 0x2000, ACC_READ, 1, ADDR_SIZE(3), .stage2 = true, .ipa = 0x2000);
    CHECK_FAULT(h, 0x600000, ACC_READ, 1, ADDR_SIZE(2), .stage2 = true, .ipa = 0x600000);
    h->cpu->sysreg[SR_VTTBR_EL2] = 0x100000000ull;
    mmu_apply(h);
    CHECK_FAULT(h, 0x8000, ACC_READ, 1, ADDR_SIZE(0), .stage2 = true, .ipa = 0x8000);
    h->cpu->sysreg[SR_VTTBR_EL2] = NO_MEMORY;
    mmu_apply(h);
    CHECK_FAULT(h, 0x9000, ACC_READ, 1, EXT_WALK(2), .stage2 = true, .ipa = 0x9000);
}

/* ======== stage 1 through stage 2 ======== */

/* Stage 1: 4K, T0SZ = 25 (start level 1), VA S12_VA -> IPA S12_IPA.
   Stage 2: 4K, T0SZ = 25, SL0 = 1; the pages of the stage-1 tables mapped
   one by one (IPA = PA), IPA 0x80000000 (2 MiB) -> PA 0x43200000. */
enum { S12_VA = 0x10000000, S12_IPA = 0x80005000, S12_PA = 0x43205000 };

typedef struct S12 {
    PT s1, s2;
    uint64_t s1_lo, s1_hi;
} S12;

static S12 s12_build(Harness *h)
{
    S12 s;
    s.s1_lo = pool_next;
    s.s1 = pt_new(h, G4K, 39, 1);
    pt_map(&s.s1, S12_VA, S12_IPA, 3, s1_leaf(AP_RW_EL1));
    pt_map(&s.s1, S12_VA + 0x1000, 0xc0001000, 3, s1_leaf(AP_RW_EL1));
    pt_map(&s.s1, S12_VA + 0x3000, S12_IPA + 0x1000, 3,
           FIELD_DP64(s1_leaf(AP_RW_EL1), DESC, ATTRINDX, IDX_DEVICE));
    s.s1_hi = pool_next;
    s.s2 = pt_new(h, G4K, 39, 1);
    for (uint64_t pa = s.s1_lo; pa < s.s1_hi; pa += 0x1000)
        pt_map(&s.s2, pa, pa, 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    pt_map(&s.s2, 0x80000000, 0x43200000, 2, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    el10_s1(h, tcr_el1(25, TG0_4K, PS_48), s.s1.root, 0);
    el10_s2(h, vtcr(25, 1, TG0_4K, PS_48), s.s2.root);
    return s;
}

/* The stage-2 descriptor of the page holding the stage-1 table of level. */
static uint64_t s12_table_page(S12 *s, int level)
{
    return pt_slot(&s->s1, S12_VA, level) & ~ones(12);
}

static void test_s12_translate(void **state)
{
    Harness *h = *state;
    s12_build(h);
    CHECK_PA(h, S12_VA + 0x10, ACC_READ, 1, S12_PA + 0x10);
    CHECK_PA(h, S12_VA + 0x20, ACC_WRITE, 1, S12_PA + 0x20);
}

/* A stage-2 fault on the stage-1 walk: secondstage, s2fs1walk, and the IPA
   of the descriptor access (AArch64.S1Walk -> AArch64.S2Translate). */
static void test_s12_s2_fault_on_table(void **state)
{
    Harness *h = *state;
    S12 s = s12_build(h);
    for (int level = 1; level <= 3; level++) {
        uint64_t page = s12_table_page(&s, level);
        uint64_t saved = pt_get(&s.s2, page, 3);
        pt_set(&s.s2, page, 3, 0);
        CHECK_FAULT(h, S12_VA, level == 2 ? ACC_WRITE : ACC_READ, 1, TRANSLATION(3),
                    .stage2 = true, .s1ptw = true, .ipa = pt_slot(&s.s1, S12_VA, level));
        pt_set(&s.s2, page, 3, saved);
    }
}

/* The walk is checked as a read: S2AP = none or write-only faults, read-only
   is enough even for a store (AArch64.S2CheckPermissions, TTW accesses).
   One board each: a stage-2 entry that gave a Permission fault may stay in
   the TLB. */
static void test_s12_s2_perm_on_table_none(void **state)
{
    Harness *h = *state;
    S12 s = s12_build(h);
    uint64_t l3 = s12_table_page(&s, 3);
    pt_map(&s.s2, l3, l3, 3, s2_leaf(S2AP_NONE, S2_NORMAL_WB));
    CHECK_FAULT(h, S12_VA, ACC_READ, 1, PERMISSION(3), .stage2 = true, .s1ptw = true,
                .ipa = pt_slot(&s.s1, S12_VA, 3));
}

static void test_s12_s2_perm_on_table_wo(void **state)
{
    Harness *h = *state;
    S12 s = s12_build(h);
    uint64_t l1 = s12_table_page(&s, 1);
    pt_map(&s.s2, l1, l1, 3, s2_leaf(S2AP_WO, S2_NORMAL_WB));
    CHECK_FAULT(h, S12_VA, ACC_WRITE, 1, PERMISSION(3), .stage2 = true, .s1ptw = true,
                .ipa = pt_slot(&s.s1, S12_VA, 1));
}

static void test_s12_s2_perm_on_table_ro(void **state)
{
    Harness *h = *state;
    S12 s = s12_build(h);
    for (uint64_t pa = s.s1_lo; pa < s.s1_hi; pa += 0x1000)
        pt_map(&s.s2, pa, pa, 3, s2_leaf(S2AP_RO, S2_NORMAL_WB));
    CHECK_PA(h, S12_VA + 8, ACC_WRITE, 1, S12_PA + 8);
}

/* HCR_EL2.PTW = 1: a stage-1 walk to memory that stage 2 makes Device is a
   stage-2 Permission fault, reported at the level of the stage-2 descriptor
   (AArch64.SecondStageTranslate: "Check for protected table walk",
   PermissionFault(ipaddress, ..., S2.level, ..., s2fs1walk)); with PTW = 0
   the walk proceeds. */
static void test_s12_ptw(void **state)
{
    Harness *h = *state;
    S12 s = s12_build(h);
    uint64_t l2 = s12_table_page(&s, 2);
    pt_map(&s.s2, l2, l2, 3, s2_leaf(S2AP_RW, S2_DEVICE_nGnRE));
    h->cpu->sysreg[SR_HCR_EL2] = FIELD_DP64(h->cpu->sysreg[SR_HCR_EL2], HCR, PTW, 1);
    mmu_apply(h);
    CHECK_FAULT(h, S12_VA, ACC_READ, 1, PERMISSION(3), .stage2 = true, .s1ptw = true,
                .ipa = pt_slot(&s.s1, S12_VA, 2));
    h->cpu->sysreg[SR_HCR_EL2] = FIELD_DP64(h->cpu->sysreg[SR_HCR_EL2], HCR, PTW, 0);
    mmu_apply(h);
    CHECK_PA(h, S12_VA, ACC_READ, 1, S12_PA);
}

/* A stage-2 fault on the final IPA: not on a walk (s1ptw = 0), with the IPA;
   a stage-1 fault with stage 2 on is a stage-1 fault. */
static void test_s12_final_and_s1_faults(void **state)
{
    Harness *h = *state;
    s12_build(h);
    CHECK_FAULT(h, S12_VA + 0x1010, ACC_WRITE, 1, TRANSLATION(1), .stage2 = true,
                .ipa = 0xc0001010);
    CHECK_FAULT(h, S12_VA + 0x2000, ACC_READ, 1, TRANSLATION(3));
    CHECK_FAULT(h, S12_VA, ACC_READ, 0, PERMISSION(3));
}

/* External abort on the stage-1 descriptor read after stage 2: a stage-1
   fault at the stage-1 level (AArch64.S1Walk: FetchDescriptor with the
   stage-1 fault record). */
static void test_s12_external_abort_s1(void **state)
{
    Harness *h = *state;
    S12 s = s12_build(h);
    uint64_t l3 = s12_table_page(&s, 3);
    pt_map(&s.s2, l3, NO_MEMORY, 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    CHECK_FAULT(h, S12_VA, ACC_READ, 1, EXT_WALK(3));
}

/* External abort on a stage-2 descriptor read for the stage-1 walk: a
   stage-2 fault on the walk, at the stage-2 level (AArch64.S2Walk). */
static void test_s12_external_abort_s2(void **state)
{
    Harness *h = *state;
    S12 s = s12_build(h);
    h->cpu->sysreg[SR_VTTBR_EL2] = NO_MEMORY;
    mmu_apply(h);
    CHECK_FAULT(h, S12_VA, ACC_READ, 1, EXT_WALK(1), .stage2 = true, .s1ptw = true,
                .ipa = pt_slot(&s.s1, S12_VA, 1));
}

/* Memory type: Device if either stage says Device (S2CombineS1MemAttrs);
   stage-2 MemAttr[3:2] = 0b00 is Device. */
static void test_s12_memattr(void **state)
{
    Harness *h = *state;
    S12 s = s12_build(h);
    AddressDescriptor ad;
    FaultRecord f;
    checks += 3;
    assert_true(xlate(h, S12_VA, ACC_READ, 1, false, &ad, &f));
    assert_false(ad.device);
    assert_true(xlate(h, S12_VA + 0x3000, ACC_READ, 1, false, &ad, &f));     /* S1 Device */
    assert_true(ad.device);
    assert_int_equal(ad.pa, S12_PA + 0x1000);
    pt_map(&s.s2, 0x80200000, 0x43400000, 2, s2_leaf(S2AP_RW, S2_DEVICE_nGnRE));
    pt_map(&s.s1, S12_VA + 0x4000, 0x80200000, 3, s1_leaf(AP_RW_EL1));
    assert_true(xlate(h, S12_VA + 0x4000, ACC_READ, 1, false, &ad, &f));     /* S2 Device */
    assert_true(ad.device);
    assert_int_equal(ad.pa, 0x43400000);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, mmu_setup, mmu_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_4k_start_level0),
        T(test_4k_start_level1),
        T(test_4k_start_level2),
        T(test_4k_start_level2_small),
        T(test_16k_start_level0),
        T(test_16k_start_level1),
        T(test_16k_start_level2),
        T(test_16k_start_level3),
        T(test_64k_start_level1),
        T(test_64k_start_level2),
        T(test_64k_start_level3),
        T(test_translation_fault_each_level),
        T(test_addr_size_ttbr),
        T(test_addr_size_table),
        T(test_addr_size_output),
        T(test_addr_size_pamax),
        T(test_access_flag),
        T(test_external_abort_walk),
        T(test_perm_ap),
        T(test_perm_xn),
        T(test_perm_wxn),
        T(test_perm_pan),
        T(test_perm_aptable),
        T(test_perm_xntable),
        T(test_hpd_without_feature),
        T(test_hpd0_with_feature),
        T(test_hpd1_with_feature),
        T(test_ttbr1),
        T(test_ttbr1_64k),
        T(test_ttbr1_16k),
        T(test_epd1),
        T(test_epd0),
        T(test_tbi0),
        T(test_el2_regime),
        T(test_el2_wxn_and_size),
        T(test_el20_regime),
        cmocka_unit_test(test_s2_start_levels),
        cmocka_unit_test(test_s2_invalid_start_levels),
        T(test_s2_ipa_range),
        T(test_s2_permissions),
        T(test_s2_af_and_size),
        T(test_s12_translate),
        T(test_s12_s2_fault_on_table),
        T(test_s12_s2_perm_on_table_none),
        T(test_s12_s2_perm_on_table_wo),
        T(test_s12_s2_perm_on_table_ro),
        T(test_s12_ptw),
        T(test_s12_final_and_s1_faults),
        T(test_s12_external_abort_s1),
        T(test_s12_external_abort_s2),
        T(test_s12_memattr),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    printf("mmu_walk: %u translation checks\n", checks);
    return failed;
}
