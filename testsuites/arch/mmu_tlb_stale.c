/* The TLB caches translations: after a descriptor is changed in memory, the old
 * translation may still be used until the TLB entry is invalidated (DDI 0487, "TLB
 * maintenance requirements": software must do TLBI, DSB, ISB). This test expects the old
 * translation to be used in between: the architecture permits either (an entry may be
 * evicted at any time), but trapeze's TLB keeps entries until a TLBI removes them
 * (docs DESIGN.md: "a guest that forgets a TLBI sees stale entries") and QEMU's keeps
 * them until a flush, and nothing between the two accesses evicts it.
 *   EL2 regime: X -> D0 is used once; the page descriptor is changed to D1 (then to
 *     invalid): loads still return D0's data (and do not fault); after TLBI VAE2, DSB,
 *     ISB, the new descriptor is used (D1's data; then a Translation fault, level 3).
 *   EL1&0 regime, the same at EL1 with TLBI VAE1 (ASID 0, the current one) at EL1;
 *     and a changed AP (RW -> RO): the store still succeeds through the old entry, and
 *     takes a Permission fault after TLBI VAE1.
 */
#include "pt.h"

#define VA_X   UL(0x0000000100000000)
#define VA_W   UL(0x0000000100001000)

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }
static uint64_t el1_str(uint64_t va) { pt_str(va, 0x77); return 0; }
static uint64_t el1_tlbi(uint64_t va)
{
    dsb(ishst);
    tlbi_x(vae1, TLBI_VA(va, 0));
    dsb(ish);
    isb();
    return 0;
}

int main(void)
{
    pt_fill(PT_DATA(0), 0x100);
    pt_fill(PT_DATA(1), 0x100);

    struct pt pt;
    pt_init(&pt, 1, 12, 48, -1);
    pt_map_ram(&pt, PT_EL2_RW);
    pt_map_at(&pt, VA_X, PT_DATA(0), 3, PT_EL2_RW);
    mmu_el2_on(&pt, 0, 0);
    CHECK_EQM("EL2: first use", pt_ldr(VA_X + 8), PT_PAT(PT_DATA(0) + 8));
    pt_map_at(&pt, VA_X, PT_DATA(1), 3, PT_EL2_RW);
    dsb(sy);
    CHECK_EQM("EL2: changed, no TLBI: old PA", pt_ldr(VA_X + 8), PT_PAT(PT_DATA(0) + 8));
    tlbi_x(vae2, TLBI_VA(VA_X, 0));
    dsb(sy);
    isb();
    CHECK_EQM("EL2: after TLBI VAE2: new PA", pt_ldr(VA_X + 8), PT_PAT(PT_DATA(1) + 8));
    *pt_slot(&pt, VA_X, 3) = 0;
    dsb(sy);
    CHECK_EQM("EL2: invalidated, no TLBI: old PA", pt_ldr(VA_X + 0x10), PT_PAT(PT_DATA(1) + 0x10));
    tlbi_x(vae2, TLBI_VA(VA_X, 0));
    dsb(sy);
    isb();
    exc_expect();
    pt_ldr(VA_X + 0x10);
    CHECK_S1_DABT(2, EC_DABT_CUR, FSC_TRANS(3), pt_ldr_insn, VA_X + 0x10);
    mmu_el2_off();

    struct pt t1;
    pt_pool_reset();
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    pt_map_at(&t1, VA_X, PT_DATA(0), 3, PT_EL1_RW);
    pt_map_at(&t1, VA_W, PT_DATA(2), 3, PT_EL1_RW);
    mmu_el1_on(&t1, 0, NULL, 0, 0);
    CHECK_EQM("EL1: first use", run_at_el1(el1_ldr, VA_X + 0x18), PT_PAT(PT_DATA(0) + 0x18));
    run_at_el1(el1_str, VA_W + 0x20);
    pt_map_at(&t1, VA_X, PT_DATA(1), 3, PT_EL1_RW);
    pt_map_at(&t1, VA_W, PT_DATA(2), 3, PT_EL1_RO);
    dsb(sy);
    CHECK_EQM("EL1: changed, no TLBI: old PA", run_at_el1(el1_ldr, VA_X + 0x18), PT_PAT(PT_DATA(0) + 0x18));
    run_at_el1(el1_str, VA_W + 0x28);
    CHECK_EQM("EL1: made RO, no TLBI: the store went through",
              *(volatile uint64_t *)(PT_DATA(2) + 0x28), 0x77);
    run_at_el1(el1_tlbi, VA_X);
    run_at_el1(el1_tlbi, VA_W);
    CHECK_EQM("EL1: after TLBI VAE1: new PA", run_at_el1(el1_ldr, VA_X + 0x18), PT_PAT(PT_DATA(1) + 0x18));
    exc_expect();
    run_at_el1(el1_str, VA_W + 0x30);
    CHECK_S1_DABT(1, EC_DABT_CUR, ISS_DABT_WNR | FSC_PERM(3), pt_str_insn, VA_W + 0x30);
    mmu_el1_off();
    return test_done();
}
