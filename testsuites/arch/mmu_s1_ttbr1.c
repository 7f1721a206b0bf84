/* The upper VA range of the EL1&0 regime: TTBR1_EL1 with TCR_EL1.T1SZ and TG1 (whose
 * encodings differ from TG0's: 0b01 16K, 0b10 4K, 0b11 64K). A VA whose bits
 * [63:64-T1SZ] are all ones is translated through TTBR1, indexed by its low 64-T1SZ bits
 * (AArch64.S1Translate, AArch64.S1StartLevel); TTBR0 keeps 4K, T0SZ = 16 for the code.
 *   TG1  T1SZ  IA  start  lowest VA of the range     below the range (Translation L0)
 *   4K   16    48  0      0xffff_0000_0000_0000       0xfffe_ffff_ffff_f000
 *   4K   25    39  1      0xffff_ff80_0000_0000       0xffff_ff7f_ffff_f000
 *   16K  17    47  1      0xffff_8000_0000_0000       0xffff_7fff_ffff_c000
 *   64K  22    42  2      0xffff_fc00_0000_0000       0xffff_fbff_ffff_0000
 * For each, at EL1: the lowest and the highest page of the range reach their PAs (D0,
 * D1); a VA in the middle of the range, whose first-level entry is invalid, faults at
 * the initial level; the VA just below the range faults at level 0 (FAR = the VA).
 * Granules that ID_AA64MMFR0_EL1 says are not implemented are skipped.
 */
#include "pt.h"

static const struct cfg {
    unsigned gshift, t1sz;
    int start;
} cfgs[] = { { 12, 16, 0 }, { 12, 25, 1 }, { 14, 17, 1 }, { 16, 22, 2 } };

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }

int main(void)
{
    pt_fill(PT_DATA(0), 0x10000);
    pt_fill(PT_DATA(1), 0x10000);
    for (unsigned i = 0; i < sizeof cfgs / sizeof cfgs[0]; i++) {
        const struct cfg *c = &cfgs[i];
        if (!pt_has_granule(c->gshift)) {
            tprintf("granule %u KiB not implemented: T1SZ %u skipped\n", 1u << (c->gshift - 10), c->t1sz);
            continue;
        }
        int before = test_failures;
        unsigned ia = 64 - c->t1sz;
        struct pt t0, t1;
        pt_pool_reset();
        pt_init(&t0, 1, 12, 48, -1);
        pt_map_ram(&t0, PT_EL1_RW);
        pt_init(&t1, 1, c->gshift, ia, -1);
        CHECK_EQM("initial lookup level", t1.start, c->start);
        uint64_t low = ~UL(0) << ia, high = ~UL(0) << c->gshift;
        uint64_t mid = low + (UL(1) << (ia - 1)), below = low - pt_gsize(&t1);
        pt_map_at(&t1, low, PT_DATA(0), 3, PT_EL1_RW);
        pt_map_at(&t1, high, PT_DATA(1), 3, PT_EL1_RW);
        mmu_el1_on(&t0, 0, &t1, 0, 0);
        CHECK_EQM("lowest page", run_at_el1(el1_ldr, low + 0x40), PT_PAT(PT_DATA(0) + 0x40));
        CHECK_EQM("highest page", run_at_el1(el1_ldr, high + pt_gsize(&t1) - 8),
                  PT_PAT(PT_DATA(1) + pt_gsize(&t1) - 8));
        exc_expect();
        run_at_el1(el1_ldr, mid + 0x48);
        CHECK_S1_DABT(1, EC_DABT_CUR, FSC_TRANS(c->start), pt_ldr_insn, mid + 0x48);
        exc_expect();
        run_at_el1(el1_ldr, below + 0x50);
        CHECK_S1_DABT(1, EC_DABT_CUR, FSC_TRANS(0), pt_ldr_insn, below + 0x50);
        mmu_el1_off();
        if (test_failures != before)
            tprintf("  (with granule %u KiB, T1SZ %u)\n", 1u << (c->gshift - 10), c->t1sz);
    }
    return test_done();
}
