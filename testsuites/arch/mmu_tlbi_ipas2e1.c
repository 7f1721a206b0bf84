/* TLBI IPAS2E1 / IPAS2LE1 and their IS forms (Xt[35:0] = IPA[47:12]): invalidate the
 * stage 2 entries (current VMID) for the IPA (IPAS2LE1: from the last level). They
 * need not touch entries that combine stage 1 and stage 2, which is why the Arm ARM's
 * sequence for changing a stage 2 mapping is TLBI IPAS2E1, DSB, TLBI VMALLE1, DSB, ISB.
 *   a) A stage 2 entry used by stage 1 walks: EL1 stage 1 on, VA_X's level 3 table is at
 *      IPA T. VA_X is used (-> D0); stage 2 is changed to map IPA T to T', a copy of the
 *      table in which VA_X -> D1; after TLBI op (T), DSB, TLBI VMALLE1, DSB, ISB, VA_X
 *      must give D1 (required: the walk must go through the new stage 2 mapping of T;
 *      TLBI VMALLE1 alone need not remove a stage 2 entry);
 *   b) EL1 stage 1 off: IPAs U and W are used (-> D2, D3), stage 2 changes both, then
 *      TLBI op (U) alone: W still gives D3 (another IPA: outside the scope; kept by
 *      trapeze's and QEMU's TLBs, nothing here evicts it); U is not checked (a
 *      combined entry for it may remain).
 */
#include "pt.h"

#define VA_X   UL(0x0000000100000000)
#define IPA_D  UL(0x0000000080000000)
#define IPA_U  UL(0x0000000080200000)
#define IPA_W  UL(0x0000000080400000)

static const char *const names[4] = { "IPAS2E1", "IPAS2E1IS", "IPAS2LE1", "IPAS2LE1IS" };
static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }

static void do_tlbi(int op, uint64_t x)
{
    dsb(ishst);
    switch (op) {
    case 0: tlbi_x(ipas2e1, x); break;
    case 1: tlbi_x(ipas2e1is, x); break;
    case 2: tlbi_x(ipas2le1, x); break;
    case 3: tlbi_x(ipas2le1is, x); break;
    }
    dsb(ish);
}

int main(void)
{
    for (int i = 0; i < 4; i++)
        pt_fill(PT_DATA(i), 0x100);
    pt_fill(PT_DATA(32), 0x100);
    pt_fill(PT_DATA(64), 0x100);
    for (int op = 0; op < 4; op++) {
        int before = test_failures;
        struct pt t1, s2;
        pt_pool_reset();
        pt_init(&t1, 1, 12, 48, -1);
        pt_map_ram(&t1, PT_EL1_RW);
        pt_map_at(&t1, VA_X, IPA_D, 3, PT_EL1_RW);
        uint64_t tx = *pt_find(&t1, VA_X, 2) & PT_OA_MASK(12);
        uint64_t tcopy = pt_alloc(0x1000);
        for (int i = 0; i < 512; i++)
            ((volatile uint64_t *)tcopy)[i] = ((volatile uint64_t *)tx)[i];
        ((volatile uint64_t *)tcopy)[0] = (IPA_D + 0x1000) | PT_EL1_RW | PTE_PAGE;
        pt_init(&s2, 2, 12, 40, 1);
        pt_map_ram(&s2, PT_S2_NORMAL);
        pt_map_at(&s2, tx, tx, 3, PT_S2_NORMAL);
        pt_map_at(&s2, IPA_D, PT_DATA(0), 3, PT_S2_NORMAL);
        pt_map_at(&s2, IPA_D + 0x1000, PT_DATA(1), 3, PT_S2_NORMAL);
        pt_map_at(&s2, IPA_U, PT_DATA(2), 3, PT_S2_NORMAL);
        pt_map_at(&s2, IPA_W, PT_DATA(3), 3, PT_S2_NORMAL);

        /* a) */
        mmu_el1_on(&t1, 0, NULL, 0, 0);
        mmu_s2_on(&s2, 1, 0, 0);
        CHECK_EQM("a) VA_X first use", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(0) + 8));
        pt_map_at(&s2, tx, tcopy, 3, PT_S2_NORMAL);
        do_tlbi(op, TLBI_IPA(tx));
        tlbi(vmalle1);
        dsb(ish);
        isb();
        CHECK_EQM("a) VA_X through the new table", run_at_el1(el1_ldr, VA_X + 8), PT_PAT(PT_DATA(1) + 8));
        mmu_el1_off();

        /* b) */
        pt_tlbi_all();
        CHECK_EQM("b) U first use", run_at_el1(el1_ldr, IPA_U + 8), PT_PAT(PT_DATA(2) + 8));
        CHECK_EQM("b) W first use", run_at_el1(el1_ldr, IPA_W + 8), PT_PAT(PT_DATA(3) + 8));
        pt_map_at(&s2, IPA_U, PT_DATA(32), 3, PT_S2_NORMAL);
        pt_map_at(&s2, IPA_W, PT_DATA(64), 3, PT_S2_NORMAL);
        do_tlbi(op, TLBI_IPA(IPA_U));
        isb();
        CHECK_EQM("b) W: old (other IPA)", run_at_el1(el1_ldr, IPA_W + 8), PT_PAT(PT_DATA(3) + 8));
        mmu_s2_off();
        if (test_failures != before)
            tprintf("  (with TLBI %s)\n", names[op]);
    }
    return test_done();
}
