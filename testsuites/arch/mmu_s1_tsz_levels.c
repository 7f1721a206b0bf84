/* Stage 1, EL2 regime: T0SZ and the granule decide the initial lookup level
 * (AArch64.S1StartLevel: 3 - floor((IAsize - 1 - granulebits) / (granulebits - 3))) and
 * the size of the first table (2^(IAsize - the bits below that level) entries). For each
 * configuration below (worked out by hand) the test maps RAM identically, maps the last
 * page of the VA range, which needs every index of the first table to be decoded
 * right, and checks:
 *   - a load from the last page reaches its PA;
 *   - a load from a VA whose first-level entry is invalid takes a Translation fault at
 *     the initial lookup level (or at the level named when the first table is full);
 *   - a load from VA = 2^IAsize (just past the range) takes a Translation fault at
 *     level 0, whatever the initial level (AArch64.S1Translate: VA out of range).
 *   granule  T0SZ  IA  start  first table        unmapped VA           fault level
 *   4K       16    48  0      VA[47:39] 512      0x0000_8000_0000_0000 0
 *   4K       25    39  1      VA[38:30] 512      0x0000_0040_0000_0000 1
 *   4K       33    31  1      VA[30:30] 2        0x0000_0000_0000_1000 1
 *   16K      16    48  0      VA[47]    2        0x0000_7fff_ffff_c000 1 (L0 full)
 *   16K      17    47  1      VA[46:36] 2048     0x0000_4000_0000_0000 1
 *   16K      28    36  2      VA[35:25] 2048     0x0000_0008_0000_0000 2
 *   64K      16    48  1      VA[47:42] 64       0x0000_8000_0000_0000 1
 *   64K      22    42  2      VA[41:29] 8192     0x0000_0200_0000_0000 2
 *   64K      33    31  2      VA[30:29] 4        0x0000_0000_0001_0000 2
 * Granules that ID_AA64MMFR0_EL1 says are not implemented are skipped.
 */
#include "pt.h"

static const struct cfg {
    unsigned gshift, t0sz;
    int start;
    uint64_t unmapped;
    int fault_level;
} cfgs[] = {
    { 12, 16, 0, UL(0x0000800000000000), 0 },
    { 12, 25, 1, UL(0x0000004000000000), 1 },
    { 12, 33, 1, UL(0x0000000000001000), 1 },
    { 14, 16, 0, UL(0x00007fffffffc000), 1 },
    { 14, 17, 1, UL(0x0000400000000000), 1 },
    { 14, 28, 2, UL(0x0000000800000000), 2 },
    { 16, 16, 1, UL(0x0000800000000000), 1 },
    { 16, 22, 2, UL(0x0000020000000000), 2 },
    { 16, 33, 2, UL(0x0000000000010000), 2 },
};

int main(void)
{
    pt_fill(PT_DATA(0), 0x10000);
    for (unsigned i = 0; i < sizeof cfgs / sizeof cfgs[0]; i++) {
        const struct cfg *c = &cfgs[i];
        if (!pt_has_granule(c->gshift)) {
            tprintf("granule %u KiB not implemented: T0SZ %u skipped\n",
                    1u << (c->gshift - 10), c->t0sz);
            continue;
        }
        unsigned ia = 64 - c->t0sz;
        struct pt pt;
        pt_pool_reset();
        pt_init(&pt, 1, c->gshift, ia, -1);
        CHECK_EQM("initial lookup level", pt.start, c->start);
        pt_map_ram(&pt, PT_EL2_RW);
        uint64_t last = (UL(1) << ia) - pt_gsize(&pt);
        pt_map_at(&pt, last, PT_DATA(0), 3, PT_EL2_RW);
        mmu_el2_on(&pt, 0, 0);

        CHECKM("TCR_EL2.T0SZ", (read_sysreg(tcr_el2) & 0x3f) == c->t0sz);
        CHECK_EQM("last page of the range", pt_ldr(last + 0x28), PT_PAT(PT_DATA(0) + 0x28));
        exc_expect();
        pt_ldr(c->unmapped + 0x10);
        CHECK_S1_DABT(2, EC_DABT_CUR, FSC_TRANS(c->fault_level), pt_ldr_insn, c->unmapped + 0x10);
        exc_expect();
        pt_ldr(UL(1) << ia);
        CHECK_S1_DABT(2, EC_DABT_CUR, FSC_TRANS(0), pt_ldr_insn, UL(1) << ia);
        mmu_el2_off();
        if (test_failures) {
            tprintf("  (in the configuration granule %u KiB, T0SZ %u)\n",
                    1u << (c->gshift - 10), c->t0sz);
            break;
        }
    }
    return test_done();
}
