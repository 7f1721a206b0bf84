/* Stage 1 input address range checks (AArch64.S1Translate: a VA out of range is a
 * Translation fault at level 0, reported before any table is read).
 *   EL2 regime (one VA range, TTBR0_EL2), T0SZ = 16 and T0SZ = 25: VA = 2^48 and 2^39,
 *     a VA with bits [63:56] set (TCR_EL2.TBI = 0) and the top of the 64-bit space;
 *     with T0SZ = 25 the walk would start at level 1, the fault still says level 0.
 *   TCR_EL2.TBI = 1: the top byte is ignored for translation, so 0xa5 << 56 | VA
 *     reaches the same PA as VA (checked for data; FAR's top byte is not looked at).
 *   EL1&0 regime (two VA ranges), T0SZ = T1SZ = 16: VAs in the hole between
 *     0x0000_ffff_ffff_ffff and 0xffff_0000_0000_0000 fault at level 0; TCR_EL1.EPD1 = 1
 *     makes a walk of TTBR1_EL1 a Translation fault at level 0 (AArch64.S1Walk), though
 *     TTBR1's tables are valid; EPD0 = 1 the same for TTBR0_EL1 (checked with AT S1E1R
 *     from EL2, since the EL1 code itself runs through TTBR0), TTBR1 still translating.
 */
#include "pt.h"

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }

int main(void)
{
    static const unsigned ias[2] = { 48, 39 };
    pt_fill(PT_DATA(0), 0x1000);
    for (int i = 0; i < 2; i++) {
        struct pt pt;
        pt_pool_reset();
        pt_init(&pt, 1, 12, ias[i], -1);
        pt_map_ram(&pt, PT_EL2_RW);
        pt_map_at(&pt, UL(0x100000000), PT_DATA(0), 3, PT_EL2_RW);
        mmu_el2_on(&pt, 0, 0);
        const uint64_t bad[] = { UL(1) << ias[i], (UL(1) << ias[i]) + UL(0x100000000),
                                 UL(0xa500000100000000), UL(0xfffffffffffff000) };
        for (unsigned j = 0; j < 4; j++) {
            exc_expect();
            pt_ldr(bad[j] + 8);
            CHECK_S1_DABT(2, EC_DABT_CUR, FSC_TRANS(0), pt_ldr_insn, bad[j] + 8);
            exc_expect();
            pt_str(bad[j] + 0x10, 1);
            CHECK_S1_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_TRANS(0), pt_str_insn, bad[j] + 0x10);
        }
        mmu_el2_off();
        mmu_el2_on(&pt, TCR_EL2_TBI, 0);
        CHECK_EQM("TBI: tagged VA", pt_ldr(UL(0xa500000100000020)), PT_PAT(PT_DATA(0) + 0x20));
        CHECK_EQM("TBI: tag 0xff", pt_ldr(UL(0xff00000100000028)), PT_PAT(PT_DATA(0) + 0x28));
        exc_expect();
        pt_ldr(UL(0x00ff000100000000));     /* bit 55..48 are not part of the tag */
        CHECK_DABT(2, EC_DABT_CUR, FSC_TRANS(0), pt_ldr_insn);
        mmu_el2_off();
    }

    /* EL1&0: two ranges */
    struct pt t0, t1;
    pt_pool_reset();
    pt_init(&t0, 1, 12, 48, -1);
    pt_map_ram(&t0, PT_EL1_RW);
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_at(&t1, UL(0xffff000000000000), PT_DATA(0), 3, PT_EL1_RW);
    mmu_el1_on(&t0, 0, &t1, 0, 0);
    CHECK_EQM("TTBR1 range", run_at_el1(el1_ldr, UL(0xffff000000000030)), PT_PAT(PT_DATA(0) + 0x30));
    const uint64_t hole[] = { UL(0x0001000000000000), UL(0x8000000000000000),
                              UL(0xfffeffffffffff00), UL(0x7fffffffffffff00) };
    for (unsigned j = 0; j < 4; j++) {
        exc_expect();
        run_at_el1(el1_ldr, hole[j]);
        CHECK_S1_DABT(1, EC_DABT_CUR, FSC_TRANS(0), pt_ldr_insn, hole[j]);
    }
    mmu_el1_off();
    mmu_el1_on(&t0, 0, &t1, TCR_EPD1, 0);
    exc_expect();
    run_at_el1(el1_ldr, UL(0xffff000000000030));
    CHECK_S1_DABT(1, EC_DABT_CUR, FSC_TRANS(0), pt_ldr_insn, UL(0xffff000000000030));
    mmu_el1_off();
    mmu_el1_on(&t0, 0, &t1, TCR_EPD0, 0);
    at(s1e1r, PT_DATA(0));
    uint64_t par = read_sysreg(par_el1);
    CHECK_EQM("EPD0: AT S1E1R PAR.F", par & PAR_F, 1);
    CHECK_EQM("EPD0: AT S1E1R PAR.FST", PAR_FST(par), FSC_TRANS(0));
    at(s1e1r, UL(0xffff000000000000));
    CHECK_EQM("EPD0: TTBR1 still works", read_sysreg(par_el1) & (PAR_F | UL(0xfffffffff000)), PT_DATA(0));
    mmu_el1_off();
    return test_done();
}
