/* TLBI VMALLE1 and VMALLE1IS: invalidate every stage 1 entry of the EL1&0 regime for the
 * current VMID, global or not, of every ASID; entries of the EL2 regime are outside
 * their scope. Executed at EL1 (as a guest kernel does) and at EL2.
 * EL2 regime on (Y -> D0) and EL1&0 regime on (ASID 1; X nG -> D1, G global -> D2);
 * each is used once, then all three descriptors are changed (-> D3, D4, D5) and the
 * TLBI, DSB, ISB done:
 *   X and G give the new PAs (required);
 *   Y still gives D0: an EL2 entry is outside the scope, and stays cached in trapeze's
 *   TLB and in QEMU's (an entry may be evicted at any time; nothing here evicts it).
 */
#include "pt.h"

#define VA_X  UL(0x0000000100000000)
#define VA_G  UL(0x0000000100001000)
#define VA_Y  UL(0x0000000100000000)

static unsigned op;
static const char *const names[4] = { "VMALLE1 at EL1", "VMALLE1IS at EL1",
                                      "VMALLE1 at EL2", "VMALLE1IS at EL2" };

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }
static uint64_t do_tlbi(uint64_t arg)
{
    dsb(ishst);
    if (op & 1)
        tlbi(vmalle1is);
    else
        tlbi(vmalle1);
    dsb(ish);
    isb();
    return 0;
}

int main(void)
{
    struct pt p2, t1;
    pt_init(&p2, 1, 12, 48, -1);
    pt_map_ram(&p2, PT_EL2_RW);
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    for (int i = 0; i < 6; i++)
        pt_fill(PT_DATA(i), 0x100);
    mmu_el1_on(&t1, 1, NULL, 0, 0);
    mmu_el2_on(&p2, 0, 0);

    for (op = 0; op < 4; op++) {
        int before = test_failures;
        pt_map_at(&p2, VA_Y, PT_DATA(0), 3, PT_EL2_RW);
        pt_map_at(&t1, VA_X, PT_DATA(1), 3, PT_EL1_RW | PTE_NG);
        pt_map_at(&t1, VA_G, PT_DATA(2), 3, PT_EL1_RW);
        pt_tlbi_all();
        CHECK_EQM("Y first use", pt_ldr(VA_Y + 8), PT_PAT(PT_DATA(0) + 8));
        CHECK_EQM("X first use", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(1) + 8));
        CHECK_EQM("G first use", run_at_el1(el1_ldr, VA_G + 8), PT_PAT(PT_DATA(2) + 8));
        pt_map_at(&p2, VA_Y, PT_DATA(3), 3, PT_EL2_RW);
        pt_map_at(&t1, VA_X, PT_DATA(4), 3, PT_EL1_RW | PTE_NG);
        pt_map_at(&t1, VA_G, PT_DATA(5), 3, PT_EL1_RW);
        if (op < 2)
            run_at_el1(do_tlbi, 0);
        else
            do_tlbi(0);
        CHECK_EQM("X: new translation", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(4) + 8));
        CHECK_EQM("G: new translation", run_at_el1(el1_ldr, VA_G + 8), PT_PAT(PT_DATA(5) + 8));
        CHECK_EQM("Y (EL2): old translation kept", pt_ldr(VA_Y + 8), PT_PAT(PT_DATA(0) + 8));
        if (test_failures != before)
            tprintf("  (with TLBI %s)\n", names[op]);
    }
    mmu_el2_off();
    mmu_el1_off();
    return test_done();
}
