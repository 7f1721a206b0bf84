/* Stage 1 translation in the EL2 regime (TTBR0_EL2, TCR_EL2), 4 KiB granule, T0SZ = 16:
 * a 48-bit VA, so the walk starts at level 0 (AArch64.S1StartLevel: 3 - (47 - 12) / 9)
 * and goes 0 -> 1 -> 2 -> 3 for a page. RAM is identity-mapped with 2 MiB blocks (the
 * code, stack and vectors run through them); test pages are 4 KiB page descriptors:
 *   - two adjacent VA pages mapped to PAs in the opposite order read each other's data;
 *   - a VA at the top of the 48-bit range (every index 511) reaches its PA;
 *   - the offset within the page is kept (PA = OA[47:12] : VA[11:0]);
 *   - a store through a page mapping lands at the PA (read back with the MMU off),
 *     and two VAs mapped to one PA alias.
 * Data pages hold PT_PAT(own PA) in every doubleword.
 */
#include "pt.h"

#define VA_A   UL(0x0000123456789000)
#define VA_TOP UL(0x0000fffffffff000)
#define VA_AL  UL(0x0000000100000000)

int main(void)
{
    struct pt pt;
    pt_init(&pt, 1, 12, 48, -1);
    CHECK_EQM("initial lookup level", pt.start, 0);
    pt_map_ram(&pt, PT_EL2_RW);
    pt_fill(PT_DATA(0), 0x2000);
    pt_map_at(&pt, VA_A, PT_DATA(0) + 0x1000, 3, PT_EL2_RW);
    pt_map_at(&pt, VA_A + 0x1000, PT_DATA(0), 3, PT_EL2_RW);
    pt_map_at(&pt, VA_TOP, PT_DATA(0) + 0x1000, 3, PT_EL2_RW);
    pt_map_at(&pt, VA_AL, PT_DATA(0), 3, PT_EL2_RW);
    mmu_el2_on(&pt, 0, 0);

    volatile uint64_t *a = (volatile uint64_t *)VA_A;
    CHECK_EQM("VA_A+0x0", a[0], PT_PAT(PT_DATA(0) + 0x1000));
    CHECK_EQM("VA_A+0xff8", a[0x1ff], PT_PAT(PT_DATA(0) + 0x1ff8));
    CHECK_EQM("VA_A+0x1000", a[0x200], PT_PAT(PT_DATA(0)));
    CHECK_EQM("VA_A+0x1ab8", a[0x357], PT_PAT(PT_DATA(0) + 0xab8));
    volatile uint64_t *top = (volatile uint64_t *)VA_TOP;
    CHECK_EQM("top of the 48-bit range", top[0x10], PT_PAT(PT_DATA(0) + 0x1080));
    CHECK_EQM("byte load keeps the offset", *(volatile uint8_t *)(VA_TOP + 0x7f9), 0x17);

    a[0x200 + 0x20] = 0x1122334455667788ULL;    /* VA_A + 0x1100 -> PT_DATA(0) + 0x100 */
    dsb(sy);
    CHECK_EQM("alias VA sees the store", ((volatile uint64_t *)VA_AL)[0x20], 0x1122334455667788ULL);
    CHECK_EQM("identity VA sees the store", ((volatile uint64_t *)PT_DATA(0))[0x20],
              0x1122334455667788ULL);
    mmu_el2_off();
    CHECK_EQM("the store is at the PA (MMU off)", ((volatile uint64_t *)PT_DATA(0))[0x20],
              0x1122334455667788ULL);
    return test_done();
}
