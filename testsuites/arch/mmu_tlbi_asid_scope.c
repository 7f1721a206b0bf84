/* What ASID-scoped TLB maintenance must leave alone, and ASID switches that keep entries
 * (EL1&0 regime; space A = ASID 1, space B = ASID 2; X nG, G global):
 *   a) TLBI VAE1 (X, ASID 2) leaves ASID 1's entry for X; TLBI VAE1 (X, ASID 1) removes it;
 *   b) TLBI ASIDE1 (ASID 2) leaves ASID 1's entries;
 *   c) TLBI ASIDE1 (ASID 1) removes X but leaves the global entry G;
 *   d) X used in A, then B is switched to and its page Y used, A's descriptor for X
 *      changed, back in A: A's entry is still there, no TLBI was done (switching
 *      TTBR0_EL1 to another ASID does not flush). B uses another VA so that the check
 *      does not depend on the TLB holding two entries for one VA at once (a
 *      direct-mapped TLB may not; that each space sees its own X is in mmu_s1_asid).
 * Each "leaves alone" check expects the old translation: permitted but not required
 * (an entry may be evicted at any time); trapeze's TLB is tagged with ASID and nG and
 * keeps entries until a TLBI in their scope (docs DESIGN.md), which these checks pin
 * down. RAM is mapped with pages (see pt_map_ram_pages).
 *
 * QEMU-DEVIATION: not an architectural deviation but a permitted difference: QEMU 7.2's
 * TLB is not tagged with ASIDs, so it flushes the EL1&0 regime on every ASID change
 * (vmsa_ttbr_write), turns TLBI ASIDE1 into a flush of the regime and TLBI VAE1 into a
 * flush of the VA for all ASIDs; every "old translation" check fails there.
 */
#include "pt.h"

#define VA_X  UL(0x0000000100000000)
#define VA_G  UL(0x0000000100001000)
#define VA_Y  UL(0x0000000100002000)

static uint64_t ttbr_a, ttbr_b;
static struct pt ta, tb;

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }
static uint64_t el1_space(uint64_t b)
{
    write_sysreg(ttbr0_el1, b ? ttbr_b : ttbr_a);
    isb();
    return 0;
}
static uint64_t el1_vae1(uint64_t x) { tlbi_x(vae1, x); dsb(ish); isb(); return 0; }
static uint64_t el1_aside1(uint64_t x) { tlbi_x(aside1, x); dsb(ish); isb(); return 0; }

static void reset(void)
{
    pt_map_at(&ta, VA_X, PT_DATA(1), 3, PT_EL1_RW | PTE_NG);
    pt_map_at(&ta, VA_G, PT_DATA(2), 3, PT_EL1_RW);
    pt_map_at(&tb, VA_X, PT_DATA(3), 3, PT_EL1_RW | PTE_NG);
    pt_map_at(&tb, VA_G, PT_DATA(2), 3, PT_EL1_RW);
    pt_map_at(&tb, VA_Y, PT_DATA(6), 3, PT_EL1_RW | PTE_NG);
    pt_tlbi_all();
    run_at_el1(el1_space, 0);
    CHECK_EQM("X first use", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(1) + 8));
    CHECK_EQM("G first use", run_at_el1(el1_ldr, VA_G + 8), PT_PAT(PT_DATA(2) + 8));
    pt_map_at(&ta, VA_X, PT_DATA(4), 3, PT_EL1_RW | PTE_NG);
    pt_map_at(&ta, VA_G, PT_DATA(5), 3, PT_EL1_RW);
    pt_map_at(&tb, VA_G, PT_DATA(5), 3, PT_EL1_RW);
    dsb(sy);
}

int main(void)
{
    pt_init(&ta, 1, 12, 48, -1);
    pt_map_ram_pages(&ta, PT_EL1_RW);
    pt_init(&tb, 1, 12, 48, -1);
    pt_map_ram_pages(&tb, PT_EL1_RW);
    ttbr_a = ttbr(&ta, 1);
    ttbr_b = ttbr(&tb, 2);
    for (int i = 0; i < 8; i++)
        pt_fill(PT_DATA(i), 0x100);
    mmu_el1_on(&ta, 1, NULL, 0, 0);

    reset();
    run_at_el1(el1_vae1, TLBI_VA(VA_X, 2));
    CHECK_EQM("a) VAE1 of ASID 2: X (ASID 1) old", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(1) + 8));
    run_at_el1(el1_vae1, TLBI_VA(VA_X, 1));
    CHECK_EQM("a) VAE1 of ASID 1: X new", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(4) + 8));

    reset();
    run_at_el1(el1_aside1, UL(2) << 48);
    CHECK_EQM("b) ASIDE1 of ASID 2: X (ASID 1) old", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(1) + 8));

    reset();
    run_at_el1(el1_aside1, UL(1) << 48);
    CHECK_EQM("c) ASIDE1 of ASID 1: X new", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(4) + 8));
    CHECK_EQM("c) ASIDE1 of ASID 1: G (global) old", run_at_el1(el1_ldr, VA_G + 8), PT_PAT(PT_DATA(2) + 8));

    reset();
    pt_map_at(&ta, VA_X, PT_DATA(1), 3, PT_EL1_RW | PTE_NG);
    pt_tlbi_all();
    CHECK_EQM("d) X in A", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(1) + 8));
    run_at_el1(el1_space, 1);
    CHECK_EQM("d) Y in B", run_at_el1(el1_ldr, VA_Y + 8), PT_PAT(PT_DATA(6) + 8));
    pt_map_at(&ta, VA_X, PT_DATA(4), 3, PT_EL1_RW | PTE_NG);
    dsb(sy);
    run_at_el1(el1_space, 0);
    CHECK_EQM("d) X in A again: A's old entry", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(1) + 8));
    mmu_el1_off();
    return test_done();
}
