/* Stage 1 Translation faults at each level (EL2 regime, 4 KiB granule, T0SZ = 16, walk
 * 0 -> 1 -> 2 -> 3). A descriptor is invalid when bit[0] is 0, and at level 3 also when
 * it is 0b01 (AArch64.DecodeDescriptorType; blocks where blocks are not allowed are in
 * mmu_s1_block_level). The fault reports the level of the invalid descriptor:
 * DFSC/IFSC = 0b0001LL.
 *   loads (EC 0x25, WnR 0), stores (WnR 1) and instruction fetches (EC 0x21, ELR =
 *   FAR = the target) at every level; FAR = the exact VA of the access.
 *   level 0: VA 0x0000_8000_0000_0000 (L0 entry 256, zero)
 *   level 1: VA 0x0000_0000_c000_0000 (L1 entry 3, zero; entry 1 holds RAM)
 *            VA 0x0000_0001_0000_0000 (L1 entry 4 = 0b10)
 *   level 2: VA 0x0000_0000_7fe0_0000 (RAM's L2 table ends at 0x5000_0000)
 *   level 3: VA 0x0000_0000_6000_1000 (the page before it is mapped)
 *            VA 0x0000_0000_6000_2000 (L3 entry = 0b01)
 */
#include "pt.h"

static const struct { uint64_t va; int level; } cases[] = {
    { UL(0x0000800000000000), 0 },
    { UL(0x00000000c0000000), 1 },
    { UL(0x0000000100000000), 1 },
    { UL(0x000000007fe00000), 2 },
    { UL(0x0000000060001000), 3 },
    { UL(0x0000000060002000), 3 },
};

int main(void)
{
    struct pt pt;
    pt_init(&pt, 1, 12, 48, -1);
    pt_map_ram(&pt, PT_EL2_RW);
    pt_map_at(&pt, UL(0x60000000), PT_DATA(0), 3, PT_EL2_RW);
    /* the invalid encodings that are not zero */
    *pt_slot(&pt, UL(0x0000000100000000), 1) = PT_DATA(0) | PT_EL2_RW | 2;
    *pt_slot(&pt, UL(0x0000000060002000), 3) = PT_DATA(0) | PT_EL2_RW | PTE_BLOCK;
    pt_fill(PT_DATA(0), 0x1000);
    pt_put_stub(PT_DATA(0) + 0x800, 0x77);
    mmu_el2_on(&pt, 0, 0);

    CHECK_EQM("the mapped page", pt_ldr(UL(0x60000010)), PT_PAT(PT_DATA(0) + 0x10));
    CHECK_EQM("the mapped page executes", pt_exec(UL(0x60000800)), 0x77);
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint64_t va = cases[i].va;
        uint64_t fsc = FSC_TRANS(cases[i].level);
        exc_expect();
        pt_ldr(va + 0x18);
        CHECK_S1_DABT(2, EC_DABT_CUR, fsc, pt_ldr_insn, va + 0x18);
        exc_expect();
        pt_str(va + 0xff0, 0);
        CHECK_S1_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | fsc, pt_str_insn, va + 0xff0);
        exc_expect_recover(pt_exec_fault);
        CHECK_EQM("fetch result", pt_exec(va + 0x40), ~UL(0));
        CHECK_IABT(2, EC_IABT_CUR, fsc, va + 0x40);
        if (test_failures) {
            tprintf("  (in the case VA 0x%lx, level %d)\n", va, cases[i].level);
            break;
        }
    }
    mmu_el2_off();
    return test_done();
}
