/* Stage 1 Access flag faults (AArch64.S1Walk: a leaf with AF = 0 when TCR_ELx.HA = 0,
 * checked after the address size check), reported at the level of the leaf:
 * DFSC/IFSC = 0b0010LL.
 * EL2 regime, 4K granule, T0SZ = 16, TCR_EL2.HA = 0:
 *   page (level 3), AF = 0: load (0x0B), store (WnR, 0x0B), fetch (EC 0x21, 0x0B);
 *   2 MiB block (level 2), AF = 0: load 0x0A; 1 GiB block (level 1): load 0x09;
 *   AT S1E2R on the page: PAR_EL1.F = 1, FST = 0x0B;
 *   the same page with AF = 1 after TLBI VAE2: the load succeeds (a faulting
 *   translation is not cached: an access flag fault leaves no TLB entry).
 * EL1&0 regime: an EL0 load from an AF = 0 page (EL0 accessible) -> EC 0x24 to EL1,
 *   DFSC 0x0B.
 */
#include "pt.h"

#define VA_PAGE  UL(0x0000000100000000)
#define VA_2M    UL(0x0000000100200000)
#define VA_1G    UL(0x0000000140000000)

int main(void)
{
    struct pt pt;
    pt_init(&pt, 1, 12, 48, -1);
    pt_map_ram(&pt, PT_EL2_RW);
    pt_map_at(&pt, VA_PAGE, PT_DATA(0), 3, PT_EL2_RW & ~PTE_AF);
    pt_map_at(&pt, VA_2M, PT_DATA(0), 2, PT_EL2_RW & ~PTE_AF);
    pt_map_at(&pt, VA_1G, PT_RAM_BASE, 1, PT_EL2_RW & ~PTE_AF);
    pt_fill(PT_DATA(0), 0x1000);
    pt_put_stub(PT_DATA(0) + 0x800, 0x42);
    mmu_el2_on(&pt, 0, 0);

    exc_expect();
    pt_ldr(VA_PAGE + 0x88);
    CHECK_S1_DABT(2, EC_DABT_CUR, FSC_ACCESS(3), pt_ldr_insn, VA_PAGE + 0x88);
    exc_expect();
    pt_str(VA_PAGE + 0x90, 1);
    CHECK_S1_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_ACCESS(3), pt_str_insn, VA_PAGE + 0x90);
    exc_expect_recover(pt_exec_fault);
    pt_exec(VA_PAGE + 0x800);
    CHECK_IABT(2, EC_IABT_CUR, FSC_ACCESS(3), VA_PAGE + 0x800);
    exc_expect();
    pt_ldr(VA_2M + 0x1234);
    CHECK_S1_DABT(2, EC_DABT_CUR, FSC_ACCESS(2), pt_ldr_insn, VA_2M + 0x1234);
    exc_expect();
    pt_ldr(VA_1G + 0x4567);
    CHECK_S1_DABT(2, EC_DABT_CUR, FSC_ACCESS(1), pt_ldr_insn, VA_1G + 0x4567);

    at(s1e2r, VA_PAGE);
    uint64_t par = read_sysreg(par_el1);
    CHECK_EQM("AT S1E2R: PAR.F", par & PAR_F, 1);
    CHECK_EQM("AT S1E2R: PAR.FST", PAR_FST(par), FSC_ACCESS(3));

    *pt_slot(&pt, VA_PAGE, 3) |= PTE_AF;
    dsb(sy);
    tlbi_x(vae2, TLBI_VA(VA_PAGE, 0));
    dsb(sy);
    isb();
    CHECK_EQM("AF = 1: load", pt_ldr(VA_PAGE + 0x88), PT_PAT(PT_DATA(0) + 0x88));
    CHECK_EQM("AF = 1: fetch", pt_exec(VA_PAGE + 0x800), 0x42);
    mmu_el2_off();

    struct pt t1;
    pt_pool_reset();
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    pt_map_at(&t1, VA_PAGE, PT_DATA(0), 3, PT_EL0_RW & ~PTE_AF);
    mmu_el1_on(&t1, 0, NULL, 0, 0);
    exc_expect();
    run_at_el0(pt_el0_ldr, VA_PAGE + 0x18);
    CHECK_S1_DABT(1, EC_DABT_LOW, FSC_ACCESS(3), pt_el0_ldr_insn, VA_PAGE + 0x18);
    mmu_el1_off();
    return test_done();
}
