/* Hierarchical permissions in table descriptors (AArch64.S1ApplyTablePerms,
 * AArch64.S1DirectBasePermissions) and TCR_ELx.HPD (FEAT_HPDS), which disables them.
 * EL1&0 regime, 4K, each VA under its own level 2 table descriptor (or level 1 for
 * VA_L1), leaf pages with no restriction of their own:
 *   APTable = 0b10 (no writes below): AP=01 page: EL1 and EL0 loads succeed, EL1 and EL0
 *     stores take a Permission fault at level 3 (the leaf's level);
 *   APTable = 0b01 (no EL0 access below): AP=01 page: EL0 load faults, EL1 load/store
 *     succeed; and since EL0 can no longer write it, EL1 may now execute it (px =
 *     !(pxn || uw) with uw after the hierarchical permissions);
 *   UXNTable: AP=11 page: EL0 fetch faults, EL1 executes;
 *   PXNTable: AP=11 page: EL1 fetch faults, EL0 executes;
 *   APTable = 0b10 in a level 1 table descriptor: two levels above the leaf, still
 *     applies (EL1 store faults).
 * TCR_EL1.HPD0 = 1 (after TLBI): every case above succeeds, and the EL1 fetch from the
 * AP=01 page faults again (EL0-writable).
 * EL2 regime: APTable[1] (bit 62) = read-only below; APTable[0] (bit 61) has no
 * meaning (ignored: there is no EL0); XNTable (bit 60); TCR_EL2.HPD.
 * The HPD parts are skipped when ID_AA64MMFR1_EL1.HPDS = 0.
 */
#include "pt.h"

#define VA_APRO   UL(0x0000000100000000)
#define VA_NOEL0  UL(0x0000000100200000)
#define VA_UXNT   UL(0x0000000100400000)
#define VA_PXNT   UL(0x0000000100600000)
#define VA_L1     UL(0x0000000200000000)

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }
static uint64_t el1_str(uint64_t va) { pt_str(va, 0x5555); return 0; }
static uint64_t el1_exec(uint64_t va) { return pt_exec(va); }

static void expect_ok(const char *what, uint64_t got, uint64_t exp)
{
    CHECK_EQM(what, got, exp);
}

static void el1_tables(bool hpd)
{
    uint64_t pa = PT_DATA(0);
    /* APTable = 0b10 */
    CHECK_EQM("APTable RO: EL1 load", run_at_el1(el1_ldr, VA_APRO + 8), PT_PAT(pa + 8));
    CHECK_EQM("APTable RO: EL0 load", run_at_el0(pt_el0_ldr, VA_APRO + 8), PT_PAT(pa + 8));
    if (!hpd)
        exc_expect();
    run_at_el1(el1_str, VA_APRO + 0x10);
    if (!hpd)
        CHECK_S1_DABT(1, EC_DABT_CUR, ISS_DABT_WNR | FSC_PERM(3), pt_str_insn, VA_APRO + 0x10);
    if (!hpd)
        exc_expect();
    run_at_el0(pt_el0_str, VA_APRO + 0x18);
    if (!hpd)
        CHECK_S1_DABT(1, EC_DABT_LOW, ISS_DABT_WNR | FSC_PERM(3), pt_el0_str_insn, VA_APRO + 0x18);
    /* APTable = 0b01 */
    if (!hpd)
        exc_expect();
    uint64_t v = run_at_el0(pt_el0_ldr, VA_NOEL0 + 0x20);
    if (!hpd)
        CHECK_S1_DABT(1, EC_DABT_LOW, FSC_PERM(3), pt_el0_ldr_insn, VA_NOEL0 + 0x20);
    else
        expect_ok("HPD: APTable NOEL0: EL0 load", v, PT_PAT(pa + 0x20));
    CHECK_EQM("APTable NOEL0: EL1 load", run_at_el1(el1_ldr, VA_NOEL0 + 0x28), PT_PAT(pa + 0x28));
    if (hpd)
        exc_expect_recover(pt_exec_fault);
    v = run_at_el1(el1_exec, VA_NOEL0 + 0x400);
    if (!hpd)
        expect_ok("APTable NOEL0: EL1 executes the AP=01 page", v, 0x81);
    else
        CHECK_IABT(1, EC_IABT_CUR, FSC_PERM(3), VA_NOEL0 + 0x400);
    /* UXNTable */
    if (!hpd)
        exc_expect_recover(pt_el0_exec_fault);
    v = run_at_el0(pt_el0_exec, VA_UXNT + 0x400);
    if (!hpd)
        CHECK_IABT(1, EC_IABT_LOW, FSC_PERM(3), VA_UXNT + 0x400);
    else
        expect_ok("HPD: UXNTable: EL0 executes", v, 0x81);
    CHECK_EQM("UXNTable: EL1 executes", run_at_el1(el1_exec, VA_UXNT + 0x400), 0x81);
    /* PXNTable */
    if (!hpd)
        exc_expect_recover(pt_exec_fault);
    v = run_at_el1(el1_exec, VA_PXNT + 0x400);
    if (!hpd)
        CHECK_IABT(1, EC_IABT_CUR, FSC_PERM(3), VA_PXNT + 0x400);
    else
        expect_ok("HPD: PXNTable: EL1 executes", v, 0x81);
    CHECK_EQM("PXNTable: EL0 executes", run_at_el0(pt_el0_exec, VA_PXNT + 0x400), 0x81);
    /* level 1 APTable */
    if (!hpd)
        exc_expect();
    run_at_el1(el1_str, VA_L1 + 0x30);
    if (!hpd)
        CHECK_S1_DABT(1, EC_DABT_CUR, ISS_DABT_WNR | FSC_PERM(3), pt_str_insn, VA_L1 + 0x30);
    else
        CHECK_EQM("HPD: level 1 APTable: EL1 store", *(volatile uint64_t *)(pa + 0x30), 0x5555);
}

int main(void)
{
    pt_fill(PT_DATA(0), 0x1000);
    pt_put_stub(PT_DATA(0) + 0x400, 0x81);

    struct pt pt;
    pt_init(&pt, 1, 12, 48, -1);
    pt_map_ram(&pt, PT_EL1_RW);
    pt_map_at(&pt, VA_APRO, PT_DATA(0), 3, PT_EL0_RW);
    pt_map_at(&pt, VA_NOEL0, PT_DATA(0), 3, PT_EL0_RW);
    pt_map_at(&pt, VA_UXNT, PT_DATA(0), 3, PT_EL0_RO);
    pt_map_at(&pt, VA_PXNT, PT_DATA(0), 3, PT_EL0_RO);
    pt_map_at(&pt, VA_L1, PT_DATA(0), 3, PT_EL0_RW);
    *pt_find(&pt, VA_APRO, 2) |= PTE_APTABLE_RO;
    *pt_find(&pt, VA_NOEL0, 2) |= PTE_APTABLE_NOEL0;
    *pt_find(&pt, VA_UXNT, 2) |= PTE_UXNTABLE;
    *pt_find(&pt, VA_PXNT, 2) |= PTE_PXNTABLE;
    *pt_find(&pt, VA_L1, 1) |= PTE_APTABLE_RO;
    CHECK_EQM("VA_L1's level 1 entry is a table", *pt_find(&pt, VA_L1, 1) & 3, PTE_TABLE);
    mmu_el1_on(&pt, 0, NULL, 0, 0);
    el1_tables(false);
    mmu_el1_off();
    if (pt_has_hpds()) {
        mmu_el1_on(&pt, 0, NULL, TCR_HPD0, 0);
        el1_tables(true);
        mmu_el1_off();
    } else {
        tprintf("FEAT_HPDS not implemented: TCR.HPD cases skipped\n");
    }

    /* EL2 regime */
    for (int hpd = 0; hpd < (pt_has_hpds() ? 2 : 1); hpd++) {
        struct pt p2;
        pt_pool_reset();
        pt_init(&p2, 1, 12, 48, -1);
        pt_map_ram(&p2, PT_EL2_RW);
        pt_map_at(&p2, VA_APRO, PT_DATA(0), 3, PT_EL2_RW);
        pt_map_at(&p2, VA_NOEL0, PT_DATA(0), 3, PT_EL2_RW);
        pt_map_at(&p2, VA_UXNT, PT_DATA(0), 3, PT_EL2_RW);
        *pt_find(&p2, VA_APRO, 2) |= PTE_APTABLE_RO;
        *pt_find(&p2, VA_NOEL0, 2) |= PTE_APTABLE_NOEL0;
        *pt_find(&p2, VA_UXNT, 2) |= PTE_XNTABLE;
        mmu_el2_on(&p2, hpd ? TCR_EL2_HPD : 0, 0);
        CHECK_EQM("EL2 APTable RO: load", pt_ldr(VA_APRO + 0x40), PT_PAT(PT_DATA(0) + 0x40));
        if (!hpd)
            exc_expect();
        pt_str(VA_APRO + 0x48, 0x48);
        if (!hpd)
            CHECK_S1_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_PERM(3), pt_str_insn, VA_APRO + 0x48);
        else
            CHECK_EQM("EL2 HPD: store under APTable RO", pt_ldr(VA_APRO + 0x48), 0x48);
        pt_str(VA_NOEL0 + 0x50, 0x50);
        CHECK_EQM("EL2: APTable[0] ignored", pt_ldr(VA_NOEL0 + 0x50), 0x50);
        if (!hpd)
            exc_expect_recover(pt_exec_fault);
        uint64_t v = pt_exec(VA_UXNT + 0x400);
        if (!hpd)
            CHECK_IABT(2, EC_IABT_CUR, FSC_PERM(3), VA_UXNT + 0x400);
        else
            CHECK_EQM("EL2 HPD: fetch under XNTable", v, 0x81);
        mmu_el2_off();
        pt_fill(PT_DATA(0), 0x100);
    }
    return test_done();
}
