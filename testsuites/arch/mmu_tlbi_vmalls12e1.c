/* TLBI VMALLS12E1 / VMALLS12E1IS (at EL2): invalidate every stage 1 and stage 2 entry of
 * the EL1&0 regime for the current VMID; EL2 regime entries are outside the scope.
 *   a) EL1 stage 1 on, VA_X's level 3 table at IPA T; VA_X used (-> D0); stage 2 changed
 *      to map T to T' (a copy with VA_X -> D1); TLBI op, DSB, ISB: VA_X gives D1
 *      (required: no stage 2 entry for T may remain);
 *   b) EL1 stage 1 off, IPA U used (-> D2), stage 2 changed (-> D3): U gives D3;
 *   c) EL2 regime on throughout, Y used (-> D4) and changed (-> D5): Y still gives D4
 *      (outside the scope; kept by trapeze's and QEMU's TLBs, nothing evicts it).
 */
#include "pt.h"

#define VA_X   UL(0x0000000100000000)
#define VA_Y   UL(0x0000000100000000)
#define IPA_D  UL(0x0000000080000000)
#define IPA_U  UL(0x0000000080200000)

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }

static void do_tlbi(int op)
{
    dsb(ishst);
    if (op)
        tlbi(vmalls12e1is);
    else
        tlbi(vmalls12e1);
    dsb(ish);
    isb();
}

int main(void)
{
    for (int i = 0; i < 6; i++)
        pt_fill(PT_DATA(i), 0x100);
    for (int op = 0; op < 2; op++) {
        int before = test_failures;
        struct pt t1, s2, p2;
        pt_pool_reset();
        pt_init(&p2, 1, 12, 48, -1);
        pt_map_ram(&p2, PT_EL2_RW);
        pt_map_at(&p2, VA_Y, PT_DATA(4), 3, PT_EL2_RW);
        pt_init(&t1, 1, 12, 48, -1);
        pt_map_ram(&t1, PT_EL1_RW);
        pt_map_at(&t1, VA_X, IPA_D, 3, PT_EL1_RW);
        uint64_t tx = *pt_find(&t1, VA_X, 2) & PT_OA_MASK(12);
        uint64_t tcopy = pt_alloc(0x1000);
        for (int i = 0; i < 512; i++)
            ((volatile uint64_t *)tcopy)[i] = ((volatile uint64_t *)tx)[i];
        ((volatile uint64_t *)tcopy)[0] = (IPA_D + 0x1000) | PT_EL1_RW | PTE_PAGE;
        pt_init(&s2, 2, 12, 40, 1);
        pt_map_ram(&s2, PT_S2_NORMAL);
        pt_map_at(&s2, tx, tx, 3, PT_S2_NORMAL);
        pt_map_at(&s2, IPA_D, PT_DATA(0), 3, PT_S2_NORMAL);
        pt_map_at(&s2, IPA_D + 0x1000, PT_DATA(1), 3, PT_S2_NORMAL);
        pt_map_at(&s2, IPA_U, PT_DATA(2), 3, PT_S2_NORMAL);

        mmu_el1_on(&t1, 0, NULL, 0, 0);
        mmu_s2_on(&s2, 1, 0, 0);
        mmu_el2_on(&p2, 0, 0);
        CHECK_EQM("c) Y first use", pt_ldr(VA_Y + 8), PT_PAT(PT_DATA(4) + 8));
        CHECK_EQM("a) VA_X first use", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(0) + 8));
        pt_map_at(&s2, tx, tcopy, 3, PT_S2_NORMAL);
        pt_map_at(&p2, VA_Y, PT_DATA(5), 3, PT_EL2_RW);
        do_tlbi(op);
        CHECK_EQM("a) VA_X through the new table", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(1) + 8));
        CHECK_EQM("c) Y (EL2): old", pt_ldr(VA_Y + 8), PT_PAT(PT_DATA(4) + 8));
        mmu_el1_off();

        CHECK_EQM("b) U first use", run_at_el1(el1_ldr, IPA_U + 8), PT_PAT(PT_DATA(2) + 8));
        pt_map_at(&s2, IPA_U, PT_DATA(3), 3, PT_S2_NORMAL);
        do_tlbi(op);
        CHECK_EQM("b) U: new", run_at_el1(el1_ldr, IPA_U + 8), PT_PAT(PT_DATA(3) + 8));
        mmu_el2_off();
        mmu_s2_off();
        if (test_failures != before)
            tprintf("  (with TLBI %s)\n", op ? "VMALLS12E1IS" : "VMALLS12E1");
    }
    return test_done();
}
