/* Stage 1, EL2 regime, 64 KiB granule (TCR_EL2.TG0 = 0b01), T0SZ = 16: a 48-bit VA with
 * 64K pages starts at level 1 (VA[47:42], 64 entries); level 2 resolves VA[41:29],
 * level 3 VA[28:16].
 *   - a page: VA 0x0000_ffff_fffe_0000 (every index at its maximum but level 3's last
 *     but one) -> PT_DATA(4), offset VA[15:0] kept;
 *   - a 512 MiB block at level 2 (OA[47:29]): VA 0x0000_4000_2000_0000 -> PA
 *     0x4000_0000;
 *   - RAM identity-mapped with 64K pages;
 *   - the VA just above the page (level 3 entry invalid): Translation fault, level 3;
 *     one in an invalid level 2 entry: level 2; in an invalid level 1 entry: level 1.
 * Skipped (passes) when ID_AA64MMFR0_EL1.TGran64 says 64K is not supported.
 */
#include "pt.h"

#define VA_PAGE  UL(0x0000fffffffe0000)
#define VA_BLOCK UL(0x0000400020000000)

int main(void)
{
    if (!pt_has_granule(16)) {
        tprintf("64 KiB granule not implemented: skipped\n");
        return test_done();
    }
    struct pt pt;
    pt_init(&pt, 1, 16, 48, -1);
    CHECK_EQM("initial lookup level", pt.start, 1);
    pt_map_ram(&pt, PT_EL2_RW);
    pt_map_at(&pt, VA_PAGE, PT_DATA(4), 3, PT_EL2_RW);
    pt_map_at(&pt, VA_BLOCK, PT_RAM_BASE, 2, PT_EL2_RW);
    pt_fill(PT_DATA(4), 0x10000);
    pt_fill(PT_DATA(6), 0x100);
    mmu_el2_on(&pt, 0, 0);

    CHECK_EQM("64K page +0x0", pt_ldr(VA_PAGE), PT_PAT(PT_DATA(4)));
    CHECK_EQM("64K page +0xabc8", pt_ldr(VA_PAGE + 0xabc8), PT_PAT(PT_DATA(4) + 0xabc8));
    CHECK_EQM("64K page +0xfff8", pt_ldr(VA_PAGE + 0xfff8), PT_PAT(PT_DATA(4) + 0xfff8));
    CHECK_EQM("512M block", pt_ldr(VA_BLOCK + (PT_DATA(6) - PT_RAM_BASE) + 0x40),
              PT_PAT(PT_DATA(6) + 0x40));

    exc_expect();
    pt_ldr(VA_PAGE + 0x10000 + 0x1238);
    CHECK_S1_DABT(2, EC_DABT_CUR, FSC_TRANS(3), pt_ldr_insn, VA_PAGE + 0x11238);
    exc_expect();
    pt_ldr(VA_BLOCK + 0x20000000);
    CHECK_S1_DABT(2, EC_DABT_CUR, FSC_TRANS(2), pt_ldr_insn, VA_BLOCK + 0x20000000);
    exc_expect();
    pt_str(UL(0x0000200000000000), 5);
    CHECK_S1_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_TRANS(1), pt_str_insn, UL(0x0000200000000000));
    mmu_el2_off();
    return test_done();
}
