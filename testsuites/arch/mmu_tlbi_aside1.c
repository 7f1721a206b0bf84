/* TLBI ASIDE1 / ASIDE1IS (Xt = ASID[63:48]): invalidate the non-global stage 1 EL1&0
 * entries (current VMID) of that ASID, for every VA.
 * EL1&0 regime, ASID 1: X1, X2 nG pages (different L3 tables too) used once; after
 * their descriptors change, TLBI ASIDE1 (ASID 1) at EL1 -> both new (required).
 * What it must leave alone (global entries, other ASIDs) is in mmu_tlbi_asid_scope.
 */
#include "pt.h"

#define VA_X1  UL(0x0000000100000000)
#define VA_X2  UL(0x0000000180000000)

static unsigned op;
static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }
static uint64_t do_tlbi(uint64_t x)
{
    dsb(ishst);
    if (op)
        tlbi_x(aside1is, x);
    else
        tlbi_x(aside1, x);
    dsb(ish);
    isb();
    return 0;
}

int main(void)
{
    struct pt t1;
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    for (int i = 0; i < 8; i++)
        pt_fill(PT_DATA(i), 0x100);
    mmu_el1_on(&t1, 1, NULL, 0, 0);
    for (op = 0; op < 2; op++) {
        int before = test_failures;
        pt_map_at(&t1, VA_X1, PT_DATA(1), 3, PT_EL1_RW | PTE_NG);
        pt_map_at(&t1, VA_X2, PT_DATA(2), 3, PT_EL1_RW | PTE_NG);
        pt_tlbi_all();
        CHECK_EQM("X1 first use", run_at_el1(el1_ldr, VA_X1 + 8), PT_PAT(PT_DATA(1) + 8));
        CHECK_EQM("X2 first use", run_at_el1(el1_ldr, VA_X2 + 8), PT_PAT(PT_DATA(2) + 8));
        pt_map_at(&t1, VA_X1, PT_DATA(4), 3, PT_EL1_RW | PTE_NG);
        pt_map_at(&t1, VA_X2, PT_DATA(5), 3, PT_EL1_RW | PTE_NG);
        dsb(sy);
        run_at_el1(do_tlbi, UL(1) << 48);
        CHECK_EQM("X1: new", run_at_el1(el1_ldr, VA_X1 + 8), PT_PAT(PT_DATA(4) + 8));
        CHECK_EQM("X2: new", run_at_el1(el1_ldr, VA_X2 + 8), PT_PAT(PT_DATA(5) + 8));
        if (test_failures != before)
            tprintf("  (with TLBI %s)\n", op ? "ASIDE1IS" : "ASIDE1");
    }
    mmu_el1_off();
    return test_done();
}
