/* TLBI VAAE1 / VAALE1 and their IS forms (Xt = VA[55:12]): invalidate the stage 1 EL1&0
 * entries (current VMID) for the VA for every ASID, global or not (VAALE1: from the last
 * level of the walk only; only leaves change here).
 * EL1&0 regime, RAM mapped with pages (see pt_map_ram_pages):
 *   under ASID 1, X1 and X2 (nG) and G (global) are used once, their descriptors
 *   changed, then TLBI op (X1) and op (G) at EL1: X1 and G new (required); X2 old
 *   (another VA: outside the scope; kept by trapeze's and QEMU's TLBs, nothing here
 *   evicts it);
 *   X1 used under ASID 1, EL1 switches to ASID 2 (same tables), X1's descriptor changes,
 *   TLBI op (X1) under ASID 2, back to ASID 1: X1 new (the entry of ASID 1 went too).
 */
#include "pt.h"

#define VA_X1  UL(0x0000000100000000)
#define VA_X2  UL(0x0000000100001000)
#define VA_G   UL(0x0000000100002000)

static unsigned op;
static const char *const names[4] = { "VAAE1", "VAAE1IS", "VAALE1", "VAALE1IS" };
static uint64_t ttbr_asid1, ttbr_asid2;

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }
static uint64_t el1_asid(uint64_t which)
{
    write_sysreg(ttbr0_el1, which == 1 ? ttbr_asid1 : ttbr_asid2);
    isb();
    return 0;
}
static uint64_t do_tlbi(uint64_t x)
{
    dsb(ishst);
    switch (op) {
    case 0: tlbi_x(vaae1, x); break;
    case 1: tlbi_x(vaae1is, x); break;
    case 2: tlbi_x(vaale1, x); break;
    case 3: tlbi_x(vaale1is, x); break;
    }
    dsb(ish);
    isb();
    return 0;
}

static void map_all(struct pt *t, unsigned base)
{
    pt_map_at(t, VA_X1, PT_DATA(base), 3, PT_EL1_RW | PTE_NG);
    pt_map_at(t, VA_X2, PT_DATA(base + 1), 3, PT_EL1_RW | PTE_NG);
    pt_map_at(t, VA_G, PT_DATA(base + 2), 3, PT_EL1_RW);
    dsb(sy);
}

int main(void)
{
    struct pt t1;
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram_pages(&t1, PT_EL1_RW);
    for (int i = 0; i < 8; i++)
        pt_fill(PT_DATA(i), 0x100);
    ttbr_asid1 = ttbr(&t1, 1);
    ttbr_asid2 = ttbr(&t1, 2);
    mmu_el1_on(&t1, 1, NULL, 0, 0);
    for (op = 0; op < 4; op++) {
        int before = test_failures;
        map_all(&t1, 1);
        pt_tlbi_all();
        CHECK_EQM("X1 first use", run_at_el1(el1_ldr, VA_X1 + 8), PT_PAT(PT_DATA(1) + 8));
        CHECK_EQM("X2 first use", run_at_el1(el1_ldr, VA_X2 + 8), PT_PAT(PT_DATA(2) + 8));
        CHECK_EQM("G first use", run_at_el1(el1_ldr, VA_G + 8), PT_PAT(PT_DATA(3) + 8));
        map_all(&t1, 4);
        run_at_el1(do_tlbi, TLBI_VA(VA_X1, 0));
        run_at_el1(do_tlbi, TLBI_VA(VA_G, 0));
        CHECK_EQM("X1: new", run_at_el1(el1_ldr, VA_X1 + 8), PT_PAT(PT_DATA(4) + 8));
        CHECK_EQM("G: new", run_at_el1(el1_ldr, VA_G + 8), PT_PAT(PT_DATA(6) + 8));
        CHECK_EQM("X2: old (other VA)", run_at_el1(el1_ldr, VA_X2 + 8), PT_PAT(PT_DATA(2) + 8));

        map_all(&t1, 1);
        pt_tlbi_all();
        CHECK_EQM("X1 first use (ASID 1)", run_at_el1(el1_ldr, VA_X1 + 8), PT_PAT(PT_DATA(1) + 8));
        run_at_el1(el1_asid, 2);
        map_all(&t1, 4);
        run_at_el1(do_tlbi, TLBI_VA(VA_X1, 0));
        run_at_el1(el1_asid, 1);
        CHECK_EQM("X1 (ASID 1), invalidated under ASID 2: new", run_at_el1(el1_ldr, VA_X1 + 8),
                  PT_PAT(PT_DATA(4) + 8));
        if (test_failures != before)
            tprintf("  (with TLBI %s)\n", names[op]);
    }
    mmu_el1_off();
    return test_done();
}
