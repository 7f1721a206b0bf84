/* Stage 1 Address size faults (AArch64.S1Walk, AArch64.OAOutOfRange): an output address
 * (of a table descriptor: the next table; of a leaf: the OA) with bits set at or above
 * the size given by TCR_ELx.PS/IPS is an Address size fault, DFSC/IFSC 0b0000LL, at the
 * level of the descriptor that holds the address. A TTBR whose table address is out of
 * range faults at level 0 before any table is read.
 * TCR_EL2.PS = 0b000 (32 bits: RAM and the tables at 0x4xxx_xxxx fit), 4K, T0SZ = 16:
 *   L3 page with OA 0x1_4a00_0000       -> level 3 (load, store, fetch)
 *   L2 block with OA 0x1_4a00_0000      -> level 2
 *   L1 block with OA 0x1_0000_0000      -> level 1
 *   L1 table descriptor -> 0x1_4800_0000 -> level 1
 *   L0 table descriptor -> 0x1_4800_0000 -> level 0
 *   a leaf OA of 0xffff_f000 (just inside 32 bits, flash/unmapped region not touched:
 *   checked with AT S1E2R) -> no fault, PAR.PA = 0xffff_f000.
 * EL1&0: TCR_EL1.IPS = 0b000, TTBR1_EL1 = 0x1_4800_0000 -> a TTBR1 access faults at
 *   level 0 (EC 0x25 at EL1), TTBR0 (in range) keeps working; AT S1E1R of the same VA
 *   reports FST = 0b000000.
 * Then PS = 48 bits: the level 3 page above becomes a valid translation (AT: PA
 * 0x1_4a00_0000; the PA itself is not accessed).
 */
#include "pt.h"

#define BIG     UL(0x000000014a000000)
#define BIGT    UL(0x0000000148000000)
#define VA_L3   UL(0x0000000100000000)
#define VA_L2   UL(0x0000000100200000)
#define VA_L1B  UL(0x0000000140000000)
#define VA_L1T  UL(0x0000000180000000)
#define VA_L0T  UL(0x0000008000000000)
#define VA_OK   UL(0x0000000100001000)

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }

int main(void)
{
    struct pt pt;
    pt_init(&pt, 1, 12, 48, -1);
    pt_map_ram(&pt, PT_EL2_RW);
    pt_map_at(&pt, VA_L3, BIG, 3, PT_EL2_RW);
    pt_map_at(&pt, VA_OK, UL(0xfffff000), 3, PT_EL2_RW);
    pt_map_at(&pt, VA_L2, BIG, 2, PT_EL2_RW);
    pt_map_at(&pt, VA_L1B, UL(0x100000000), 1, PT_EL2_RW);
    *pt_slot(&pt, VA_L1T, 1) = BIGT | PTE_TABLE;
    *pt_slot(&pt, VA_L0T, 0) = BIGT | PTE_TABLE;
    mmu_el2_on(&pt, 0, 0);
    write_sysreg(tcr_el2, read_sysreg(tcr_el2) & ~TCR_EL2_PS(7));   /* PS = 32 bits */
    isb();
    tlbi(alle2);
    dsb(sy);
    isb();

    static const struct { uint64_t va; int level; } cases[] = {
        { VA_L3, 3 }, { VA_L2, 2 }, { VA_L1B, 1 }, { VA_L1T, 1 }, { VA_L0T, 0 },
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint64_t va = cases[i].va, fsc = FSC_ADDR_SIZE(cases[i].level);
        exc_expect();
        pt_ldr(va + 0x38);
        CHECK_S1_DABT(2, EC_DABT_CUR, fsc, pt_ldr_insn, va + 0x38);
        exc_expect();
        pt_str(va + 0x40, 0);
        CHECK_S1_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | fsc, pt_str_insn, va + 0x40);
        exc_expect_recover(pt_exec_fault);
        pt_exec(va + 0x48);
        CHECK_IABT(2, EC_IABT_CUR, fsc, va + 0x48);
        at(s1e2r, va);
        uint64_t par = read_sysreg(par_el1);
        CHECK_EQM("AT S1E2R: PAR.F", par & PAR_F, 1);
        CHECK_EQM("AT S1E2R: PAR.FST", PAR_FST(par), fsc);
        if (test_failures) {
            tprintf("  (in the case VA 0x%lx, level %d)\n", va, cases[i].level);
            break;
        }
    }
    at(s1e2r, VA_OK + 0x10);
    uint64_t par = read_sysreg(par_el1);
    CHECK_EQM("OA 0xffff_f000 with PS = 32 bits: PAR.F", par & PAR_F, 0);
    CHECK_EQM("OA 0xffff_f000 with PS = 32 bits: PAR.PA", PAR_PA(par), UL(0xfffff000));

    write_sysreg(tcr_el2, read_sysreg(tcr_el2) | TCR_EL2_PS(pt_ps()));
    isb();
    tlbi(alle2);
    dsb(sy);
    isb();
    at(s1e2r, VA_L3);
    par = read_sysreg(par_el1);
    CHECK_EQM("PS = 48 bits: PAR.F", par & PAR_F, 0);
    CHECK_EQM("PS = 48 bits: PAR.PA", PAR_PA(par), BIG);
    mmu_el2_off();

    struct pt t0;
    pt_pool_reset();
    pt_init(&t0, 1, 12, 48, -1);
    pt_map_ram(&t0, PT_EL1_RW);
    pt_fill(PT_DATA(0), 0x100);
    struct pt t1 = t0;
    t1.root = BIGT;
    mmu_el1_on(&t0, 0, &t1, 0, 0);
    write_sysreg(tcr_el1, read_sysreg(tcr_el1) & ~TCR_IPS(7));  /* IPS = 32 bits */
    isb();
    tlbi(alle1);
    dsb(sy);
    isb();
    CHECK_EQM("TTBR0 in range", run_at_el1(el1_ldr, PT_DATA(0) + 0x18), PT_PAT(PT_DATA(0) + 0x18));
    exc_expect();
    run_at_el1(el1_ldr, UL(0xffff000000001008));
    CHECK_S1_DABT(1, EC_DABT_CUR, FSC_ADDR_SIZE(0), pt_ldr_insn, UL(0xffff000000001008));
    at(s1e1r, UL(0xffff000000001008));
    par = read_sysreg(par_el1);
    CHECK_EQM("TTBR1 out of range: PAR.F", par & PAR_F, 1);
    CHECK_EQM("TTBR1 out of range: PAR.FST", PAR_FST(par), FSC_ADDR_SIZE(0));
    mmu_el1_off();
    return test_done();
}
