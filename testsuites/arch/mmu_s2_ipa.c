/* Stage 2 translation (HCR_EL2.VM = 1, VTTBR_EL2, VTCR_EL2) of EL1 accesses with stage 1
 * off (VA = IPA), 4K granule. VTCR_EL2.SL0 gives the initial level and T0SZ the IPA
 * size; when the IPA has more bits than one table at that level resolves, the first
 * level is made of up to 16 concatenated tables, contiguous and aligned to their total
 * size, indexed by the extra top bits (AArch64.S2InconsistentSL: for 4K and a start at
 * level 1 the IPA size must be 31..43 bits, at level 2 22..34 bits).
 *   T0SZ  IA  SL0  start  first level                 test IPA (-> PT_DATA(0))
 *   24    40  01   1      IPA[39:30]: 2 tables        0x80_4000_0000 (2nd table, entry 1)
 *   32    32  00   2      IPA[31:21]: 4 tables        0xc000_0000 (4th table, entry 0)
 *   25    39  01   1      IPA[38:30]: 1 table         0x40_4000_0000
 *   16    48  10   0      IPA[47:39]: 1 table         0x8000_4000_0000
 * For each: RAM is mapped IPA = PA; a load from the test IPA and from the last page of
 * the IPA space (-> PT_DATA(1)) reach their PAs; a load from an IPA whose first-level
 * entry is invalid takes a stage 2 Translation fault at the initial level, and one from
 * IPA = 2^IAsize (out of range) a Translation fault at level 0 (only when 2^IAsize is
 * below 2^PAMax: with stage 1 off a larger VA is a stage 1 Address size fault, as on a
 * 48-bit PA implementation with T0SZ = 16): Data Abort from a lower
 * EL to EL2 (EC 0x24) with ISV = 1 (LDR X0, [X0]: SAS = 0b11, SRT = 0, SF = 1),
 * FAR_EL2 = the VA, HPFAR_EL2.FIPA = IPA[47:12].
 */
#include "pt.h"

static const struct cfg {
    unsigned t0sz;
    int start;
    uint64_t ntables;
    uint64_t ipa, unmapped;
} cfgs[] = {
    { 24, 1, 2, UL(0x0000008040000000), UL(0x0000008080000000) },
    { 32, 2, 4, UL(0x00000000c0000000), UL(0x00000000a0000000) },
    { 25, 1, 1, UL(0x0000004040000000), UL(0x0000004000000000) },
    { 16, 0, 1, UL(0x0000800040000000), UL(0x0000400000000000) },
};

#define ISS_LDR_X0 (ISS_DABT_ISV | ISS_SAS(3) | ISS_SRT(0) | ISS_SF)

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }

int main(void)
{
    pt_fill(PT_DATA(0), 0x1000);
    pt_fill(PT_DATA(1), 0x1000);
    pt_hook_el2(NULL);
    for (unsigned i = 0; i < sizeof cfgs / sizeof cfgs[0]; i++) {
        const struct cfg *c = &cfgs[i];
        unsigned ia = 64 - c->t0sz;
        int before = test_failures;
        struct pt s2;
        pt_pool_reset();
        pt_init(&s2, 2, 12, ia, c->start);
        CHECK_EQM("concatenated tables", (UL(1) << (ia - pt_shift(&s2, c->start))) / 512, c->ntables);
        pt_map_ram(&s2, PT_S2_NORMAL);
        pt_map_at(&s2, c->ipa, PT_DATA(0), 3, PT_S2_NORMAL);
        uint64_t top = (UL(1) << ia) - 0x1000;
        pt_map_at(&s2, top, PT_DATA(1), 3, PT_S2_NORMAL);
        mmu_s2_on(&s2, 1, 0, 0);
        CHECKM("VTCR_EL2.SL0", ((read_sysreg(vtcr_el2) >> 6) & 3) == (uint64_t)(2 - c->start));

        CHECK_EQM("test IPA", run_at_el1(el1_ldr, c->ipa + 0x18), PT_PAT(PT_DATA(0) + 0x18));
        CHECK_EQM("last page", run_at_el1(el1_ldr, top + 0xff8), PT_PAT(PT_DATA(1) + 0xff8));
        exc_expect();
        run_at_el1(el1_ldr, c->unmapped + 0x28);
        CHECK_EXC(2, EC_DABT_LOW, ISS_LDR_X0 | FSC_TRANS(c->start), pt_ldr_insn);
        CHECK_EQM("FAR_EL2", exc_last.far, c->unmapped + 0x28);
        CHECK_EQM("HPFAR_EL2", pt_last_hpfar, HPFAR_IPA(c->unmapped));
        if (ia < pt_pa_bits()) {
            exc_expect();
            run_at_el1(el1_ldr, (UL(1) << ia) + 0x30);
            CHECK_EXC(2, EC_DABT_LOW, ISS_LDR_X0 | FSC_TRANS(0), pt_ldr_insn);
            CHECK_EQM("FAR_EL2", exc_last.far, (UL(1) << ia) + 0x30);
            CHECK_EQM("HPFAR_EL2", pt_last_hpfar, HPFAR_IPA(UL(1) << ia));
        }
        mmu_s2_off();
        if (test_failures != before)
            tprintf("  (with T0SZ %u, start level %d)\n", c->t0sz, c->start);
    }
    pt_unhook_el2();
    return test_done();
}
