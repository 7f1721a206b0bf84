/* TLBI ALLE2 / ALLE2IS (at EL2): invalidate every entry of the EL2 translation regime;
 * entries of the EL1&0 regime are outside the scope.
 * EL2 regime on (Y1, Y2 -> D0, D1) and EL1&0 regime on (X -> D2); each is used once, all
 * descriptors change, then TLBI ALLE2 (or ALLE2IS), DSB, ISB:
 *   Y1 and Y2 give the new PAs (required);
 *   X still gives D2: an EL1&0 entry is outside the scope, and stays cached in trapeze's
 *   TLB and in QEMU's (an entry may be evicted at any time; nothing here evicts it).
 */
#include "pt.h"

#define VA_Y1  UL(0x0000000100000000)
#define VA_Y2  UL(0x0000000180000000)
#define VA_X   UL(0x0000000100000000)

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }

int main(void)
{
    struct pt p2, t1;
    pt_init(&p2, 1, 12, 48, -1);
    pt_map_ram(&p2, PT_EL2_RW);
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    for (int i = 0; i < 8; i++)
        pt_fill(PT_DATA(i), 0x100);
    mmu_el1_on(&t1, 1, NULL, 0, 0);
    mmu_el2_on(&p2, 0, 0);
    for (int op = 0; op < 2; op++) {
        int before = test_failures;
        pt_map_at(&p2, VA_Y1, PT_DATA(0), 3, PT_EL2_RW);
        pt_map_at(&p2, VA_Y2, PT_DATA(1), 3, PT_EL2_RW);
        pt_map_at(&t1, VA_X, PT_DATA(2), 3, PT_EL1_RW | PTE_NG);
        pt_tlbi_all();
        CHECK_EQM("Y1 first use", pt_ldr(VA_Y1 + 8), PT_PAT(PT_DATA(0) + 8));
        CHECK_EQM("Y2 first use", pt_ldr(VA_Y2 + 8), PT_PAT(PT_DATA(1) + 8));
        CHECK_EQM("X first use", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(2) + 8));
        pt_map_at(&p2, VA_Y1, PT_DATA(4), 3, PT_EL2_RW);
        pt_map_at(&p2, VA_Y2, PT_DATA(5), 3, PT_EL2_RW);
        pt_map_at(&t1, VA_X, PT_DATA(6), 3, PT_EL1_RW | PTE_NG);
        dsb(ishst);
        if (op)
            tlbi(alle2is);
        else
            tlbi(alle2);
        dsb(ish);
        isb();
        CHECK_EQM("Y1: new", pt_ldr(VA_Y1 + 8), PT_PAT(PT_DATA(4) + 8));
        CHECK_EQM("Y2: new", pt_ldr(VA_Y2 + 8), PT_PAT(PT_DATA(5) + 8));
        CHECK_EQM("X (EL1&0): old", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(2) + 8));
        if (test_failures != before)
            tprintf("  (with TLBI %s)\n", op ? "ALLE2IS" : "ALLE2");
    }
    mmu_el2_off();
    mmu_el1_off();
    return test_done();
}
