/* TLBI VAE1 / VAE1IS (Xt = ASID[63:48] : VA[55:12]): invalidate the stage 1 entries of
 * the EL1&0 regime (current VMID) that translate the VA, for that ASID, and global
 * entries for the VA whatever the ASID given. An entry of a block (here 2 MiB) is hit by
 * any VA inside the block. Entries for other VAs are outside the scope.
 * EL1&0 regime, ASID 1: X1, X2 nG pages, G a global page, B an nG 2 MiB block; each is
 * used once, all four descriptors are changed, then at EL1:
 *   TLBI VAE1 (X1, ASID 1)           -> X1 new (required); X2 old (outside the scope;
 *                                       kept by trapeze's and QEMU's TLBs, nothing
 *                                       here evicts it)
 *   TLBI VAE1 (G, ASID 0x55)         -> G new (global: the ASID does not matter)
 *   TLBI VAE1 (B + 0x45670, ASID 1)  -> B new at B + 0x12348 (any VA in the block
 *                                       invalidates the whole block: here another
 *                                       page of it than the one used)
 * then the same with VAE1IS. RAM is mapped with pages (see pt_map_ram_pages). That
 * VAE1 leaves another ASID's entry alone is in mmu_tlbi_asid_scope.
 */
#include "pt.h"

#define VA_X1  UL(0x0000000100000000)
#define VA_X2  UL(0x0000000100001000)
#define VA_G   UL(0x0000000100002000)
#define VA_B   UL(0x0000000100200000)

#ifndef TLBI_OP         /* mmu_tlbi_vale1 includes this file with the VALE1 forms */
#define TLBI_OP    vae1
#define TLBI_OP_IS vae1is
#define TLBI_NAME  "VAE1"
#endif
#define TLBI_X(op, x) tlbi_x(op, x)     /* expands TLBI_OP before tlbi_x names it */

static unsigned op;
static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }
static uint64_t do_tlbi(uint64_t x)
{
    dsb(ishst);
    if (op)
        TLBI_X(TLBI_OP_IS, x);
    else
        TLBI_X(TLBI_OP, x);
    dsb(ish);
    isb();
    return 0;
}

static void map_all(struct pt *t, unsigned base)
{
    pt_map_at(t, VA_X1, PT_DATA(base), 3, PT_EL1_RW | PTE_NG);
    pt_map_at(t, VA_X2, PT_DATA(base + 1), 3, PT_EL1_RW | PTE_NG);
    pt_map_at(t, VA_G, PT_DATA(base + 2), 3, PT_EL1_RW);
    pt_map_at(t, VA_B, PT_DATA(base * 32), 2, PT_EL1_RW | PTE_NG);
    dsb(sy);
}

int main(void)
{
    struct pt t1;
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram_pages(&t1, PT_EL1_RW);
    for (int i = 0; i < 8; i++)
        pt_fill(PT_DATA(i), 0x100);
    pt_fill(PT_DATA(32) + 0x12300, 0x100);
    pt_fill(PT_DATA(4 * 32) + 0x12300, 0x100);
    mmu_el1_on(&t1, 1, NULL, 0, 0);
    for (op = 0; op < 2; op++) {
        int before = test_failures;
        map_all(&t1, 1);
        pt_tlbi_all();
        CHECK_EQM("X1 first use", run_at_el1(el1_ldr, VA_X1 + 8), PT_PAT(PT_DATA(1) + 8));
        CHECK_EQM("X2 first use", run_at_el1(el1_ldr, VA_X2 + 8), PT_PAT(PT_DATA(2) + 8));
        CHECK_EQM("G first use", run_at_el1(el1_ldr, VA_G + 8), PT_PAT(PT_DATA(3) + 8));
        CHECK_EQM("B first use", run_at_el1(el1_ldr, VA_B + 0x12348), PT_PAT(PT_DATA(32) + 0x12348));
        map_all(&t1, 4);
        run_at_el1(do_tlbi, TLBI_VA(VA_X1, 1));
        CHECK_EQM("X1: new", run_at_el1(el1_ldr, VA_X1 + 8), PT_PAT(PT_DATA(4) + 8));
        CHECK_EQM("X2: old (other VA)", run_at_el1(el1_ldr, VA_X2 + 8), PT_PAT(PT_DATA(2) + 8));
        run_at_el1(do_tlbi, TLBI_VA(VA_G, 0x55));
        CHECK_EQM("G: new (global, any ASID)", run_at_el1(el1_ldr, VA_G + 8), PT_PAT(PT_DATA(6) + 8));
        run_at_el1(do_tlbi, TLBI_VA(VA_B + 0x45670, 1));
        CHECK_EQM("B: new (VA inside the block)", run_at_el1(el1_ldr, VA_B + 0x12348),
                  PT_PAT(PT_DATA(4 * 32) + 0x12348));
        if (test_failures != before)
            tprintf("  (with TLBI %s)\n", op ? TLBI_NAME "IS" : TLBI_NAME);
    }
    mmu_el1_off();
    return test_done();
}
