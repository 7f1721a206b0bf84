/* TLBI VAE2 / VALE2 and their IS forms (Xt = VA[55:12]; no ASID in the EL2 regime when
 * HCR_EL2.E2H = 0): invalidate the EL2 regime's entries for the VA (VALE2: from the last
 * level; only leaves change here), a block's entry for any VA inside the block; other
 * VAs and the EL1&0 regime are outside the scope.
 * EL2 regime, RAM mapped with pages (see pt_map_ram_pages): Y1, Y2 pages and B a 2 MiB
 * block, plus the EL1&0 regime with X at the same VA as Y1; all used once, all
 * descriptors changed, then:
 *   TLBI op (Y1)          -> Y1 new (required); Y2 old and X old (outside the scope;
 *                            kept by trapeze's and QEMU's TLBs, nothing evicts them)
 *   TLBI op (B + 0x5000)  -> B new.
 */
#include "pt.h"

#define VA_Y1  UL(0x0000000100000000)
#define VA_Y2  UL(0x0000000100001000)
#define VA_B   UL(0x0000000100200000)

static const char *const names[4] = { "VAE2", "VAE2IS", "VALE2", "VALE2IS" };
static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }

static void do_tlbi(int op, uint64_t x)
{
    dsb(ishst);
    switch (op) {
    case 0: tlbi_x(vae2, x); break;
    case 1: tlbi_x(vae2is, x); break;
    case 2: tlbi_x(vale2, x); break;
    case 3: tlbi_x(vale2is, x); break;
    }
    dsb(ish);
    isb();
}

int main(void)
{
    struct pt p2, t1;
    pt_init(&p2, 1, 12, 48, -1);
    pt_map_ram_pages(&p2, PT_EL2_RW);
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    for (int i = 0; i < 8; i++)
        pt_fill(PT_DATA(i), 0x100);
    pt_fill(PT_DATA(32) + 0x5000, 0x100);
    pt_fill(PT_DATA(64) + 0x5000, 0x100);
    mmu_el1_on(&t1, 1, NULL, 0, 0);
    mmu_el2_on(&p2, 0, 0);
    for (int op = 0; op < 4; op++) {
        int before = test_failures;
        pt_map_at(&p2, VA_Y1, PT_DATA(0), 3, PT_EL2_RW);
        pt_map_at(&p2, VA_Y2, PT_DATA(1), 3, PT_EL2_RW);
        pt_map_at(&p2, VA_B, PT_DATA(32), 2, PT_EL2_RW);
        pt_map_at(&t1, VA_Y1, PT_DATA(2), 3, PT_EL1_RW);
        pt_tlbi_all();
        CHECK_EQM("Y1 first use", pt_ldr(VA_Y1 + 8), PT_PAT(PT_DATA(0) + 8));
        CHECK_EQM("Y2 first use", pt_ldr(VA_Y2 + 8), PT_PAT(PT_DATA(1) + 8));
        CHECK_EQM("B first use", pt_ldr(VA_B + 0x5008), PT_PAT(PT_DATA(32) + 0x5008));
        CHECK_EQM("X first use", run_at_el1(el1_ldr, VA_Y1 + 8), PT_PAT(PT_DATA(2) + 8));
        pt_map_at(&p2, VA_Y1, PT_DATA(4), 3, PT_EL2_RW);
        pt_map_at(&p2, VA_Y2, PT_DATA(5), 3, PT_EL2_RW);
        pt_map_at(&p2, VA_B, PT_DATA(64), 2, PT_EL2_RW);
        pt_map_at(&t1, VA_Y1, PT_DATA(6), 3, PT_EL1_RW);
        dsb(sy);
        do_tlbi(op, TLBI_VA(VA_Y1, 0));
        CHECK_EQM("Y1: new", pt_ldr(VA_Y1 + 8), PT_PAT(PT_DATA(4) + 8));
        CHECK_EQM("Y2: old (other VA)", pt_ldr(VA_Y2 + 8), PT_PAT(PT_DATA(1) + 8));
        CHECK_EQM("X (EL1&0, same VA): old", run_at_el1(el1_ldr, VA_Y1 + 8), PT_PAT(PT_DATA(2) + 8));
        do_tlbi(op, TLBI_VA(VA_B + 0x5000, 0));
        CHECK_EQM("B: new (VA inside the block)", pt_ldr(VA_B + 0x5008), PT_PAT(PT_DATA(64) + 0x5008));
        if (test_failures != before)
            tprintf("  (with TLBI %s)\n", names[op]);
    }
    mmu_el2_off();
    mmu_el1_off();
    return test_done();
}
