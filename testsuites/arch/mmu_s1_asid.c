/* ASIDs and nG (EL1&0 regime, 4K): two address spaces map the same VA X (nG = 1) to
 * different PAs; RAM and a page G are global (nG = 0) and the same in both. EL1 switches
 * TTBR0_EL1 between them without TLB maintenance, as an OS switching processes with
 * distinct ASIDs may: a non-global TLB entry only matches its own ASID, so each address
 * space must see its own X (an implementation that ignored the ASID could hand out the
 * other space's cached entry: X is read in each space before switching back).
 *   TCR_EL1.AS = 0 (8-bit ASIDs 1 and 2, from TTBR0_EL1.ASID);
 *   TCR_EL1.AS = 1 (16-bit ASIDs 0x0102 and 0x0202, which differ only in bits
 *     [15:8]), when ID_AA64MMFR0_EL1.ASIDBits says 16 bits;
 *   TCR_EL1.A1 = 1: the ASID comes from TTBR1_EL1.ASID (TTBR0_EL1.ASID is 0 for both
 *     spaces, so the two must still be told apart by TTBR1_EL1).
 */
#include "pt.h"

#define VA_X  UL(0x0000000100000000)
#define VA_G  UL(0x0000000100001000)

static uint64_t ttbr0_a, ttbr0_b, ttbr1_a, ttbr1_b;
static uint64_t seen[5];

static uint64_t el1_switch(uint64_t arg)
{
    seen[0] = pt_ldr(VA_X);
    write_sysreg(ttbr1_el1, ttbr1_b);
    write_sysreg(ttbr0_el1, ttbr0_b);
    isb();
    seen[1] = pt_ldr(VA_X);
    seen[2] = pt_ldr(VA_G);
    write_sysreg(ttbr1_el1, ttbr1_a);
    write_sysreg(ttbr0_el1, ttbr0_a);
    isb();
    seen[3] = pt_ldr(VA_X);
    seen[4] = pt_ldr(VA_G);
    return 0;
}

static void run(const char *what, struct pt *a, struct pt *b, uint64_t tcr, uint64_t asid_a,
                uint64_t asid_b)
{
    bool a1 = tcr & TCR_A1;
    ttbr0_a = ttbr(a, a1 ? 0 : asid_a);
    ttbr0_b = ttbr(b, a1 ? 0 : asid_b);
    ttbr1_a = a1 ? asid_a << 48 : 0;
    ttbr1_b = a1 ? asid_b << 48 : 0;
    mmu_el1_on(a, a1 ? 0 : asid_a, NULL, tcr, 0);
    write_sysreg(ttbr1_el1, ttbr1_a);
    isb();
    run_at_el1(el1_switch, 0);
    mmu_el1_off();
    int before = test_failures;
    CHECK_EQM("space A: X", seen[0], PT_PAT(PT_DATA(0)));
    CHECK_EQM("space B: X", seen[1], PT_PAT(PT_DATA(1)));
    CHECK_EQM("space B: G", seen[2], PT_PAT(PT_DATA(2)));
    CHECK_EQM("space A again: X", seen[3], PT_PAT(PT_DATA(0)));
    CHECK_EQM("space A again: G", seen[4], PT_PAT(PT_DATA(2)));
    if (test_failures != before)
        tprintf("  (with %s)\n", what);
}

int main(void)
{
    struct pt a, b;
    pt_init(&a, 1, 12, 48, -1);
    pt_map_ram(&a, PT_EL1_RW);
    pt_map_at(&a, VA_X, PT_DATA(0), 3, PT_EL1_RW | PTE_NG);
    pt_map_at(&a, VA_G, PT_DATA(2), 3, PT_EL1_RW);
    pt_init(&b, 1, 12, 48, -1);
    pt_map_ram(&b, PT_EL1_RW);
    pt_map_at(&b, VA_X, PT_DATA(1), 3, PT_EL1_RW | PTE_NG);
    pt_map_at(&b, VA_G, PT_DATA(2), 3, PT_EL1_RW);
    pt_fill(PT_DATA(0), 0x10);
    pt_fill(PT_DATA(1), 0x10);
    pt_fill(PT_DATA(2), 0x10);

    run("8-bit ASIDs 1, 2", &a, &b, 0, 1, 2);
    if (pt_has_asid16())
        run("16-bit ASIDs 0x0102, 0x0202", &a, &b, TCR_AS, 0x0102, 0x0202);
    else
        tprintf("16-bit ASIDs not implemented: skipped\n");
    run("TCR_EL1.A1 = 1, ASIDs 3, 4 in TTBR1_EL1", &a, &b, TCR_A1, 3, 4);
    return test_done();
}
