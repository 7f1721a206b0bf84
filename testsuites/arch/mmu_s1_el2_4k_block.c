/* Stage 1, EL2 regime, 4 KiB granule: block descriptors (bits[1:0] = 0b01) at level 1
 * (1 GiB, OA[47:30]) and level 2 (2 MiB, OA[47:21]); the VA bits below the block size
 * go straight to the PA. T0SZ = 16, initial lookup level 0.
 *   VA 0x0000_0080_0000_0000 (L0 index 1, L1 index 0) -> 1 GiB block at PA 0x4000_0000
 *   VA 0x0000_0001_0020_0000 (L1 index 4, L2 index 1) -> 2 MiB block at PT_DATA(0)
 * A level 1 block at L1 index 5 with AF = 0 shows the walk stopped at level 1 (Access
 * flag fault, level 1: DFSC 0b001001), and one at L2 index 2 at level 2 (0b001010).
 */
#include "pt.h"

#define VA_1G   UL(0x0000008000000000)
#define VA_2M   UL(0x0000000100200000)
#define VA_1GAF UL(0x0000000140000000)
#define VA_2MAF UL(0x0000000100400000)

int main(void)
{
    struct pt pt;
    pt_init(&pt, 1, 12, 48, -1);
    pt_map_ram(&pt, PT_EL2_RW);
    pt_map_at(&pt, VA_1G, PT_RAM_BASE, 1, PT_EL2_RW);
    pt_map_at(&pt, VA_2M, PT_DATA(0), 2, PT_EL2_RW);
    pt_map_at(&pt, VA_1GAF, PT_RAM_BASE, 1, PT_EL2_RW & ~PTE_AF);
    pt_map_at(&pt, VA_2MAF, PT_DATA(0), 2, PT_EL2_RW & ~PTE_AF);
    pt_fill(PT_DATA(0), 0x1000);
    pt_fill(PT_DATA(0) + 0x1ff000, 0x1000);
    pt_fill(PT_DATA(3), 0x1000);
    mmu_el2_on(&pt, 0, 0);

    CHECK_EQM("1G block: offset 0x0a03_0018",
              pt_ldr(VA_1G + (PT_DATA(3) - PT_RAM_BASE) + 0x18), PT_PAT(PT_DATA(3) + 0x18));
    CHECK_EQM("1G block: the program's own data through it",
              pt_ldr(VA_1G + ((uint64_t)&test_failures & ~7ULL) - PT_RAM_BASE),
              *(volatile uint64_t *)((uint64_t)&test_failures & ~7ULL));
    CHECK_EQM("2M block: offset 0x8", pt_ldr(VA_2M + 8), PT_PAT(PT_DATA(0) + 8));
    CHECK_EQM("2M block: offset 0x1ffff8", pt_ldr(VA_2M + 0x1ffff8), PT_PAT(PT_DATA(0) + 0x1ffff8));
    pt_str(VA_2M + 0x1ff100, 0xabcdef);
    CHECK_EQM("2M block: store reaches PA", *(volatile uint64_t *)(PT_DATA(0) + 0x1ff100), 0xabcdef);

    exc_expect();
    pt_ldr(VA_1GAF + 0x123450);
    CHECK_S1_DABT(2, EC_DABT_CUR, FSC_ACCESS(1), pt_ldr_insn, VA_1GAF + 0x123450);
    exc_expect();
    pt_ldr(VA_2MAF + 0x45678);
    CHECK_S1_DABT(2, EC_DABT_CUR, FSC_ACCESS(2), pt_ldr_insn, VA_2MAF + 0x45678);
    mmu_el2_off();
    return test_done();
}
