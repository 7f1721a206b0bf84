/* The architectural TLB (mmu/tlb.c): a successful translation is cached, so
   a descriptor changed in memory without TLB maintenance keeps its old
   translation (D8.13 "Translation Lookaside Buffers": entries may be held
   until invalidated); mmu_tlbi() removes exactly the entries of its scope
   (C5.5 "A64 TLB maintenance instructions"): by VA and ASID or global, by
   ASID (non-global only), by VA for all ASIDs, by IPA at stage 2, by VMID,
   all of EL1&0, all of EL2; entries are tagged by VMID (VTTBR_EL2[63:48],
   16 bits only with VTCR_EL2.VS), ASID (16 bits only with TCR.AS) and
   regime, and switching TTBR or VTTBR does not flush.

   Each "kept" check runs before the same VA is looked up under another tag:
   the TLB is direct-mapped and may evict an entry at any time, which the
   architecture permits. */
#include "mmu_tables.h"

enum { G4K = 12 };

#define VA_A 0x10000000ull
#define VA_B 0x10001000ull
#define VA_C 0x10002000ull
#define VA_D 0x10003000ull
/* Old and new output of VA_x: OLD(i) before the descriptor changed, NEW(i) after. */
#define OLD(i) (0x43000000ull + 0x1000ull * (i))
#define NEW(i) (0x43100000ull + 0x1000ull * (i))

/* Xt of the TLBI by VA: ASID in [63:48], VA[55:12] in [43:0]. */
static uint64_t xt_va(unsigned asid, uint64_t va)
{
    return ((uint64_t)asid << 48) | ((va >> 12) & ones(44));
}

static uint64_t xt_asid(unsigned asid)
{
    return (uint64_t)asid << 48;
}

static void tlbi(Harness *h, TLBIOp op, uint64_t xt)
{
    mmu_tlbi(h->cpu, op, false, xt);
}

/* EL1&0 stage 1: 4K granule, T0SZ = 25 (start level 1), 16-bit ASIDs. */
static PT el10_tables(Harness *h, unsigned asid)
{
    PT pt = pt_new(h, G4K, 39, 1);
    el10_s1(h, FIELD_DP64(tcr_el1(25, TG0_4K, PS_48), TCR, AS, 1),
            FIELD_DP64(pt.root, TTBR, ASID, asid), 0);
    return pt;
}

static void set_asid(Harness *h, unsigned asid)
{
    h->cpu->sysreg[SR_TTBR0_EL1] = FIELD_DP64(h->cpu->sysreg[SR_TTBR0_EL1], TTBR, ASID, asid);
    mmu_apply(h);
}

/* Stage 2 on with VMID vmid: 4K granule, T0SZ = 25, SL0 = 1; IPA 0x40000000
   (1 GiB, the RAM) maps to itself, IPA 0x80000000 + page by page. */
static PT s2_tables(Harness *h, unsigned vmid)
{
    PT pt = pt_new(h, G4K, 39, 1);
    pt_map(&pt, 0x40000000, 0x40000000, 1, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    el10_s2(h, vtcr(25, 1, TG0_4K, PS_48), FIELD_DP64(pt.root, TTBR, ASID, vmid));
    return pt;
}

static void set_vmid(Harness *h, unsigned vmid)
{
    h->cpu->sysreg[SR_VTTBR_EL2] = FIELD_DP64(h->cpu->sysreg[SR_VTTBR_EL2], TTBR, ASID, vmid);
    mmu_apply(h);
}

static void map_page(PT *pt, uint64_t va, uint64_t pa, bool ng)
{
    pt_map(pt, va, pa, 3, FIELD_DP64(s1_leaf(AP_RW_EL1), DESC, NG, ng));
}

/* The EL2 regime (HCR_EL2.E2H = 0): 4K granule, T0SZ = 25. */
static PT el2_tables(Harness *h)
{
    PT pt = pt_new(h, G4K, 39, 1);
    uint64_t tcr = FIELD_DP64(FIELD_DP64(FIELD_DP64(0, TCR_EL2, T0SZ, 25), TCR_EL2, TG0, TG0_4K),
                              TCR_EL2, PS, PS_48);
    el2_s1(h, tcr, pt.root);
    return pt;
}

/* ---- caching ---- */

static void test_tlb_keeps_translation(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    map_page(&pt, VA_A, OLD(0), true);
    CHECK_PA(h, VA_A + 0x10, ACC_READ, 1, OLD(0) + 0x10);
    const ArchTLBEntry *e = tlb_lookup(h->cpu, 1, REGIME_EL10, mmu_current_vmid(h->cpu), 5, VA_A);
    checks++;
    assert_non_null(e);
    assert_int_equal(e->out_base, OLD(0));
    assert_int_equal(e->global, 0);
    assert_int_equal(e->asid, 5);
    map_page(&pt, VA_A, NEW(0), true);
    CHECK_PA(h, VA_A + 0x10, ACC_READ, 1, OLD(0) + 0x10);
    /* a page never looked up is walked from memory */
    map_page(&pt, VA_B, NEW(1), true);
    CHECK_PA(h, VA_B, ACC_READ, 1, NEW(1));
    pt_set(&pt, VA_A, 3, 0);
    pt_set(&pt, VA_A, 1, 0);
    CHECK_PA(h, VA_A + 0x20, ACC_WRITE, 1, OLD(0) + 0x20);
    /* not cached: another ASID, or after the invalidation */
    checks += 2;
    assert_null(tlb_lookup(h->cpu, 1, REGIME_EL10, mmu_current_vmid(h->cpu), 6, VA_A));
    tlbi(h, TLBI_VAE1, xt_va(5, VA_A));
    assert_null(tlb_lookup(h->cpu, 1, REGIME_EL10, mmu_current_vmid(h->cpu), 5, VA_A));
    CHECK_FAULT(h, VA_A, ACC_READ, 1, TRANSLATION(1));
}

/* ---- EL1 forms ---- */

/* TLBI VAE1 (op1 0, CRm 7, op2 1), VALE1 (op2 5): the VA, for the ASID in
   Xt or global; other ASIDs and other VAs are kept. */
static void test_tlbi_vae1(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    map_page(&pt, VA_A, OLD(0), true);
    map_page(&pt, VA_B, OLD(1), true);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    map_page(&pt, VA_A, NEW(0), true);
    map_page(&pt, VA_B, NEW(1), true);
    tlbi(h, TLBI_VAE1, xt_va(6, VA_A));
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    tlbi(h, TLBI_VAE1, xt_va(5, VA_C));
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    tlbi(h, TLBI_VAE1, xt_va(5, VA_A));
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    tlbi(h, TLBI_VALE1, xt_va(5, VA_B));
    CHECK_PA(h, VA_B, ACC_READ, 1, NEW(1));
}

/* Global entries match a TLBI by VA whatever its ASID. */
static void test_tlbi_vae1_global(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    map_page(&pt, VA_A, OLD(0), false);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    map_page(&pt, VA_A, NEW(0), false);
    tlbi(h, TLBI_VAE1, xt_va(9, VA_B));
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    tlbi(h, TLBI_VAE1, xt_va(9, VA_A));
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
}

/* A block is removed by a TLBI of any VA inside it. */
static void test_tlbi_vae1_block(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    const uint64_t blk = 0x20000000;
    pt_map(&pt, blk, 0x80000000, 2, FIELD_DP64(s1_leaf(AP_RW_EL1), DESC, NG, 1));
    CHECK_PA(h, blk + 0x1000, ACC_READ, 1, 0x80001000);
    CHECK_PA(h, blk + 0x101000, ACC_READ, 1, 0x80101000);
    pt_map(&pt, blk, 0x80200000, 2, FIELD_DP64(s1_leaf(AP_RW_EL1), DESC, NG, 1));
    tlbi(h, TLBI_VAE1, xt_va(5, blk + 0x200000));
    CHECK_PA(h, blk + 0x1000, ACC_READ, 1, 0x80001000);
    CHECK_PA(h, blk + 0x101000, ACC_READ, 1, 0x80101000);
    tlbi(h, TLBI_VAE1, xt_va(5, blk + 0x1ff000));
    CHECK_PA(h, blk + 0x1000, ACC_READ, 1, 0x80201000);
    CHECK_PA(h, blk + 0x101000, ACC_READ, 1, 0x80301000);
}

/* TTBR1 addresses: Xt holds VA[55:12]; the upper range is matched. */
static void test_tlbi_vae1_ttbr1(void **state)
{
    Harness *h = *state;
    PT pt0 = el10_tables(h, 5), pt1 = pt_new(h, G4K, 39, 1);
    const uint64_t va = 0xffffff8000200000ull;
    uint64_t tcr = h->cpu->sysreg[SR_TCR_EL1];
    tcr = FIELD_DP64(FIELD_DP64(FIELD_DP64(tcr, TCR, T1SZ, 25), TCR, TG1, TG1_4K), TCR, EPD1, 0);
    el10_s1(h, tcr, h->cpu->sysreg[SR_TTBR0_EL1], pt1.root);
    map_page(&pt1, va, OLD(0), true);
    map_page(&pt0, 0x200000, OLD(1), true);
    CHECK_PA(h, va, ACC_READ, 1, OLD(0));
    CHECK_PA(h, 0x200000, ACC_READ, 1, OLD(1));
    map_page(&pt1, va, NEW(0), true);
    map_page(&pt0, 0x200000, NEW(1), true);
    tlbi(h, TLBI_VAE1, xt_va(5, va));
    CHECK_PA(h, va, ACC_READ, 1, NEW(0));
    CHECK_PA(h, 0x200000, ACC_READ, 1, OLD(1));
}

/* TLBI ASIDE1 (0, 7, 2): non-global entries of the ASID; global entries and
   other ASIDs are kept. */
static void test_tlbi_aside1(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    map_page(&pt, VA_A, OLD(0), true);
    map_page(&pt, VA_B, OLD(1), true);
    map_page(&pt, VA_C, OLD(2), false);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_C, ACC_READ, 1, OLD(2));
    set_asid(h, 6);
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    set_asid(h, 5);
    map_page(&pt, VA_A, NEW(0), true);
    map_page(&pt, VA_B, NEW(1), true);
    map_page(&pt, VA_C, NEW(2), false);
    tlbi(h, TLBI_ASIDE1, xt_asid(0));             /* global entries have no ASID */
    CHECK_PA(h, VA_C, ACC_READ, 1, OLD(2));
    tlbi(h, TLBI_ASIDE1, xt_asid(5));
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
    CHECK_PA(h, VA_C, ACC_READ, 1, OLD(2));
    set_asid(h, 6);
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    tlbi(h, TLBI_ASIDE1, xt_asid(6));
    CHECK_PA(h, VA_B, ACC_READ, 1, NEW(1));
    CHECK_PA(h, VA_C, ACC_READ, 1, OLD(2));
}

/* TLBI VAAE1 (0, 7, 3), VAALE1 (0, 7, 7): the VA for every ASID. */
static void test_tlbi_vaae1(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    map_page(&pt, VA_A, OLD(0), true);
    map_page(&pt, VA_B, OLD(1), false);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    map_page(&pt, VA_A, NEW(0), true);
    map_page(&pt, VA_B, NEW(1), false);
    tlbi(h, TLBI_VAAE1, xt_va(0, VA_C));
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    tlbi(h, TLBI_VAAE1, xt_va(9, VA_A));
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    tlbi(h, TLBI_VAALE1, xt_va(0, VA_B));
    CHECK_PA(h, VA_B, ACC_READ, 1, NEW(1));
}

/* Switching the ASID does not flush: global entries still hit, non-global
   ones of the old ASID do not. */
static void test_tlb_asid_switch(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    map_page(&pt, VA_A, OLD(0), true);
    map_page(&pt, VA_B, OLD(1), false);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    map_page(&pt, VA_A, NEW(0), true);
    map_page(&pt, VA_B, NEW(1), false);
    set_asid(h, 6);
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
}

/* TCR_EL1.A1 = 1: the ASID is TTBR1_EL1.ASID. */
static void test_tlb_asid_from_ttbr1(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    h->cpu->sysreg[SR_TCR_EL1] = FIELD_DP64(h->cpu->sysreg[SR_TCR_EL1], TCR, A1, 1);
    h->cpu->sysreg[SR_TTBR1_EL1] = FIELD_DP64(0, TTBR, ASID, 7);
    mmu_apply(h);
    map_page(&pt, VA_A, OLD(0), true);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    map_page(&pt, VA_A, NEW(0), true);
    tlbi(h, TLBI_VAE1, xt_va(5, VA_A));
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    tlbi(h, TLBI_VAE1, xt_va(7, VA_A));
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
}

/* TCR_EL1.AS = 0: 8-bit ASIDs, TTBR0_EL1.ASID[15:8] ignored (treated as 0
   for TLB allocation and matching). */
static void test_tlb_asid_8bit(void **state)
{
    Harness *h = *state;
    PT pt = pt_new(h, G4K, 39, 1);
    el10_s1(h, tcr_el1(25, TG0_4K, PS_48), FIELD_DP64(pt.root, TTBR, ASID, 0x105), 0);
    map_page(&pt, VA_A, OLD(0), true);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    map_page(&pt, VA_A, NEW(0), true);
    set_asid(h, 0x205);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    tlbi(h, TLBI_VAE1, xt_va(0x05, VA_A));
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
}

/* The shareable (IS) forms act on this PE too. */
static void test_tlbi_shareable(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    map_page(&pt, VA_A, OLD(0), true);
    map_page(&pt, VA_B, OLD(1), true);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    map_page(&pt, VA_A, NEW(0), true);
    map_page(&pt, VA_B, NEW(1), true);
    mmu_tlbi(h->cpu, TLBI_VAE1, true, xt_va(5, VA_A));
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    mmu_tlbi(h->cpu, TLBI_VMALLE1, true, 0);
    CHECK_PA(h, VA_B, ACC_READ, 1, NEW(1));
}

/* ---- VMID scope ---- */

/* TLBI VMALLE1 (0, 7, 0): all stage-1 EL1&0 entries of the current VMID;
   another VMID's are kept, and EL1 TLBIs by VA are VMID-scoped too. */
static void test_tlbi_vmalle1(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    s2_tables(h, 1);
    map_page(&pt, VA_A, OLD(0), true);
    map_page(&pt, VA_B, OLD(1), false);
    map_page(&pt, VA_C, OLD(2), true);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    set_vmid(h, 2);
    CHECK_PA(h, VA_C, ACC_READ, 1, OLD(2));
    map_page(&pt, VA_A, NEW(0), true);
    map_page(&pt, VA_B, NEW(1), false);
    map_page(&pt, VA_C, NEW(2), true);
    tlbi(h, TLBI_VAE1, xt_va(5, VA_A));          /* VMID 2: not VMID 1's entry */
    tlbi(h, TLBI_VAAE1, xt_va(0, VA_B));
    tlbi(h, TLBI_VMALLE1, 0);
    CHECK_PA(h, VA_C, ACC_READ, 1, NEW(2));
    set_vmid(h, 1);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    tlbi(h, TLBI_VMALLE1, 0);
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, NEW(1));
}

/* Switching VTTBR_EL2 does not flush: entries are tagged with the VMID. */
static void test_tlb_vmid_switch(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    s2_tables(h, 1);
    map_page(&pt, VA_A, OLD(0), false);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    map_page(&pt, VA_A, NEW(0), false);
    set_vmid(h, 1);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    set_vmid(h, 3);
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
}

/* FEAT_VMID16: VTTBR_EL2.VMID[15:8] count only with VTCR_EL2.VS = 1. */
static CPUModel vmid16_model;

static void test_tlb_vmid16(void **state)
{
    Harness *h = *state;
    vmid16_model = *cpu_model_find("max");
    vmid16_model.features |= FEAT_VMID16;
    h->cpu->model = &vmid16_model;
    PT pt = el10_tables(h, 5);
    s2_tables(h, 0x105);
    map_page(&pt, VA_A, OLD(0), false);
    map_page(&pt, VA_B, OLD(1), false);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    map_page(&pt, VA_A, NEW(0), false);
    set_vmid(h, 0x205);                           /* VS = 0: still VMID 5 */
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    h->cpu->sysreg[SR_VTCR_EL2] |= 1ull << 19;    /* VTCR_EL2.VS */
    mmu_apply(h);
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));       /* cached under VMID 0x205 */
    map_page(&pt, VA_B, NEW(1), false);
    set_vmid(h, 0x105);
    CHECK_PA(h, VA_B, ACC_READ, 1, NEW(1));
}

/* Stage 1 maps VA_A -> IPA 0x80000000 and VA_B -> IPA 0x80001000; stage 2
   maps them to OLD(0), OLD(1) with level-3 pages. */
static void s12_pages(Harness *h, PT *s1, PT *s2, unsigned vmid)
{
    *s1 = el10_tables(h, 5);
    *s2 = s2_tables(h, vmid);
    map_page(s1, VA_A, 0x80000000, true);
    map_page(s1, VA_B, 0x80001000, true);
    pt_map(s2, 0x80000000, OLD(0), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    pt_map(s2, 0x80001000, OLD(1), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
}

/* TLBI IPAS2E1 (op1 4, CRm 4, op2 1), IPAS2LE1 (op2 5): stage-2 entries of
   the IPA (Xt[39:0] = IPA[51:12]) for the current VMID; stage-1 entries
   (even of a VA equal to the IPA), other IPAs and other VMIDs are kept. */
static void test_tlbi_ipas2e1(void **state)
{
    Harness *h = *state;
    PT s1, s2;
    const uint64_t va_ipa = 0x80000000;
    s12_pages(h, &s1, &s2, 1);
    map_page(&s1, va_ipa, 0x80000000, true);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    CHECK_PA(h, va_ipa, ACC_READ, 1, OLD(0));
    map_page(&s1, VA_A, 0x80001000, true);        /* stage 1 changed ... */
    map_page(&s1, va_ipa, 0x80001000, true);
    pt_map(&s2, 0x80000000, NEW(0), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));   /* ... and stage 2 */
    pt_map(&s2, 0x80001000, NEW(1), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    set_vmid(h, 2);
    tlbi(h, TLBI_IPAS2E1, 0x80000000 >> 12);
    set_vmid(h, 1);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    tlbi(h, TLBI_IPAS2E1, 0x80000000 >> 12);
    /* stage 1 still gives IPA 0x80000000, whose stage 2 is walked again */
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
    CHECK_PA(h, va_ipa, ACC_READ, 1, NEW(0));
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    tlbi(h, TLBI_IPAS2LE1, 0x80001000 >> 12);
    CHECK_PA(h, VA_B, ACC_READ, 1, NEW(1));
}

/* TLBI VMALLS12E1 (4, 7, 6): stage 1 and stage 2 of the current VMID. */
static void test_tlbi_vmalls12e1(void **state)
{
    Harness *h = *state;
    PT s1, s2;
    s12_pages(h, &s1, &s2, 1);
    map_page(&s1, VA_C, 0x80002000, true);
    pt_map(&s2, 0x80002000, OLD(2), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    pt_map(&s2, 0x80003000, NEW(3), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_C, ACC_READ, 1, OLD(2));
    set_vmid(h, 2);
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    pt_map(&s2, 0x80000000, NEW(0), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));   /* stage 2 only */
    pt_map(&s2, 0x80001000, NEW(1), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    map_page(&s1, VA_C, 0x80003000, true);                                 /* stage 1 only */
    set_vmid(h, 1);
    tlbi(h, TLBI_VMALLS12E1, 0);
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
    CHECK_PA(h, VA_C, ACC_READ, 1, NEW(3));
    set_vmid(h, 2);
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
}

/* TLBI ALLE1 (4, 7, 4): EL1&0 of every VMID, both stages; the EL2 regime is
   kept. */
static void test_tlbi_alle1(void **state)
{
    Harness *h = *state;
    PT s1, s2;
    s12_pages(h, &s1, &s2, 1);
    PT e2 = el2_tables(h);
    map_page(&e2, VA_A, OLD(4), false);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_A, ACC_READ, 2, OLD(4));
    set_vmid(h, 2);
    CHECK_PA(h, VA_B, ACC_READ, 1, OLD(1));
    pt_map(&s2, 0x80000000, NEW(0), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    map_page(&s1, VA_B, 0x80002000, true);
    pt_map(&s2, 0x80002000, NEW(2), 3, s2_leaf(S2AP_RW, S2_NORMAL_WB));
    map_page(&e2, VA_A, NEW(4), false);
    tlbi(h, TLBI_ALLE1, 0);
    CHECK_PA(h, VA_B, ACC_READ, 1, NEW(2));
    CHECK_PA(h, VA_A, ACC_READ, 2, OLD(4));
    set_vmid(h, 1);
    CHECK_PA(h, VA_A, ACC_READ, 1, NEW(0));
}

/* ---- EL2 forms ---- */

/* TLBI ALLE2 (4, 7, 0): every EL2-regime entry; EL1&0 is kept. */
static void test_tlbi_alle2(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    PT e2 = el2_tables(h);
    map_page(&pt, VA_A, OLD(0), false);
    map_page(&e2, VA_A, OLD(4), false);
    map_page(&e2, VA_B, OLD(5), false);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_A, ACC_READ, 2, OLD(4));
    CHECK_PA(h, VA_B, ACC_READ, 2, OLD(5));
    map_page(&pt, VA_A, NEW(0), false);
    map_page(&e2, VA_A, NEW(4), false);
    map_page(&e2, VA_B, NEW(5), false);
    tlbi(h, TLBI_ALLE2, 0);
    CHECK_PA(h, VA_A, ACC_READ, 2, NEW(4));
    CHECK_PA(h, VA_B, ACC_READ, 2, NEW(5));
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
}

/* TLBI VAE2 (4, 7, 1), VALE2 (4, 7, 5): the VA in the EL2 regime; other VAs
   and the EL1&0 entry of the same VA are kept. */
static void test_tlbi_vae2(void **state)
{
    Harness *h = *state;
    PT pt = el10_tables(h, 5);
    PT e2 = el2_tables(h);
    map_page(&pt, VA_A, OLD(0), false);
    map_page(&e2, VA_A, OLD(4), false);
    map_page(&e2, VA_B, OLD(5), false);
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    CHECK_PA(h, VA_A, ACC_READ, 2, OLD(4));
    CHECK_PA(h, VA_B, ACC_READ, 2, OLD(5));
    map_page(&pt, VA_A, NEW(0), false);
    map_page(&e2, VA_A, NEW(4), false);
    map_page(&e2, VA_B, NEW(5), false);
    tlbi(h, TLBI_VAE2, xt_va(0, VA_A));
    CHECK_PA(h, VA_A, ACC_READ, 2, NEW(4));
    CHECK_PA(h, VA_B, ACC_READ, 2, OLD(5));
    CHECK_PA(h, VA_A, ACC_READ, 1, OLD(0));
    tlbi(h, TLBI_VALE2, xt_va(0, VA_B));
    CHECK_PA(h, VA_B, ACC_READ, 2, NEW(5));
}

/* The EL2&0 regime (HCR_EL2.E2H = 1): VAE2 matches the ASID (or global);
   the EL1 forms act on EL2&0 at EL2 only with HCR_EL2.TGE = 1. */
static CPUModel vhe_model;

static void test_tlbi_el20(void **state)
{
    Harness *h = *state;
    CPUState *cpu = h->cpu;
    vhe_model = *cpu_model_find("max");
    vhe_model.features |= FEAT_VHE;
    cpu->model = &vhe_model;
    PT pt = pt_new(h, G4K, 39, 1);
    cpu->sysreg[SR_HCR_EL2] = FIELD_DP64(cpu->sysreg[SR_HCR_EL2], HCR, E2H, 1);
    el2_s1(h, FIELD_DP64(tcr_el1(25, TG0_4K, PS_48), TCR, AS, 1),
           FIELD_DP64(pt.root, TTBR, ASID, 3));
    assert_int_equal(cpu->el, 2);
    map_page(&pt, VA_A, OLD(0), true);
    map_page(&pt, VA_B, OLD(1), true);
    map_page(&pt, VA_C, OLD(2), false);
    CHECK_PA(h, VA_A, ACC_READ, 2, OLD(0));
    CHECK_PA(h, VA_B, ACC_READ, 2, OLD(1));
    CHECK_PA(h, VA_C, ACC_READ, 2, OLD(2));
    map_page(&pt, VA_A, NEW(0), true);
    map_page(&pt, VA_B, NEW(1), true);
    map_page(&pt, VA_C, NEW(2), false);
    tlbi(h, TLBI_VAE2, xt_va(4, VA_A));
    CHECK_PA(h, VA_A, ACC_READ, 2, OLD(0));
    tlbi(h, TLBI_VAE2, xt_va(3, VA_A));
    CHECK_PA(h, VA_A, ACC_READ, 2, NEW(0));
    tlbi(h, TLBI_VAE1, xt_va(3, VA_B));           /* TGE = 0: EL1&0 */
    CHECK_PA(h, VA_B, ACC_READ, 2, OLD(1));
    cpu->sysreg[SR_HCR_EL2] = FIELD_DP64(cpu->sysreg[SR_HCR_EL2], HCR, TGE, 1);
    mmu_apply(h);
    tlbi(h, TLBI_VAE1, xt_va(3, VA_B));           /* TGE = 1: EL2&0 */
    CHECK_PA(h, VA_B, ACC_READ, 2, NEW(1));
    CHECK_PA(h, VA_C, ACC_READ, 2, OLD(2));
    tlbi(h, TLBI_ALLE2, 0);
    CHECK_PA(h, VA_C, ACC_READ, 2, NEW(2));
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, mmu_setup, mmu_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_tlb_keeps_translation),
        T(test_tlbi_vae1),
        T(test_tlbi_vae1_global),
        T(test_tlbi_vae1_block),
        T(test_tlbi_vae1_ttbr1),
        T(test_tlbi_aside1),
        T(test_tlbi_vaae1),
        T(test_tlb_asid_switch),
        T(test_tlb_asid_from_ttbr1),
        T(test_tlb_asid_8bit),
        T(test_tlbi_shareable),
        T(test_tlbi_vmalle1),
        T(test_tlb_vmid_switch),
        T(test_tlb_vmid16),
        T(test_tlbi_ipas2e1),
        T(test_tlbi_vmalls12e1),
        T(test_tlbi_alle1),
        T(test_tlbi_alle2),
        T(test_tlbi_vae2),
        T(test_tlbi_el20),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    printf("mmu_tlb: %u translation checks\n", checks);
    return failed;
}
