/* Stage 1, EL2 regime, 16 KiB granule (TCR_EL2.TG0 = 0b10), T0SZ = 16: a 48-bit VA with
 * 16K pages starts at level 0, which resolves only VA[47] (2 entries); level 1 resolves
 * VA[46:36], level 2 VA[35:25], level 3 VA[24:14].
 *   - a page: VA 0x0000_8000_0000_4000 (L0 index 1) -> PT_DATA(1) + 0x4000, offset
 *     VA[13:0] kept;
 *   - a 32 MiB block at level 2 (OA[47:25]): VA 0x0000_0002_0000_0000 -> PA 0x4a00_0000;
 *   - RAM is identity-mapped with 32 MiB blocks;
 *   - an invalid level 3 entry next to the page: Translation fault, level 3.
 * Skipped (passes) when ID_AA64MMFR0_EL1.TGran16 says 16K is not supported.
 */
#include "pt.h"

#define VA_PAGE  UL(0x0000800000004000)
#define VA_BLOCK UL(0x0000000200000000)

int main(void)
{
    if (!pt_has_granule(14)) {
        tprintf("16 KiB granule not implemented: skipped\n");
        return test_done();
    }
    struct pt pt;
    pt_init(&pt, 1, 14, 48, -1);
    CHECK_EQM("initial lookup level", pt.start, 0);
    pt_map_ram(&pt, PT_EL2_RW);
    pt_map_at(&pt, VA_PAGE, PT_DATA(1) + 0x4000, 3, PT_EL2_RW);
    pt_map_at(&pt, VA_BLOCK, PT_DATA(0), 2, PT_EL2_RW);
    CHECK(pt_find(&pt, PT_RAM_BASE, 3) == NULL);    /* RAM went in as 32 MiB blocks */
    pt_fill(PT_DATA(1) + 0x4000, 0x4000);
    pt_fill(PT_DATA(0) + 0x1ffc000, 0x4000);
    pt_fill(PT_DATA(0), 0x100);
    mmu_el2_on(&pt, 0, 0);

    CHECK_EQM("16K page +0x0", pt_ldr(VA_PAGE), PT_PAT(PT_DATA(1) + 0x4000));
    CHECK_EQM("16K page +0x3ff8", pt_ldr(VA_PAGE + 0x3ff8), PT_PAT(PT_DATA(1) + 0x7ff8));
    CHECK_EQM("16K page +0x2000", pt_ldr(VA_PAGE + 0x2000), PT_PAT(PT_DATA(1) + 0x6000));
    CHECK_EQM("32M block +0x10", pt_ldr(VA_BLOCK + 0x10), PT_PAT(PT_DATA(0) + 0x10));
    CHECK_EQM("32M block +0x1fffff8", pt_ldr(VA_BLOCK + 0x1fffff8), PT_PAT(PT_DATA(0) + 0x1fffff8));

    exc_expect();
    pt_ldr(VA_PAGE + 0x4000 + 0x88);
    CHECK_S1_DABT(2, EC_DABT_CUR, FSC_TRANS(3), pt_ldr_insn, VA_PAGE + 0x4088);
    exc_expect();
    pt_str(VA_PAGE - 0x4000 + 0x3ff0, 1);
    CHECK_S1_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_TRANS(3), pt_str_insn, VA_PAGE + 0x3ff0 - 0x4000);
    mmu_el2_off();
    return test_done();
}
