/* Block descriptors (bits[1:0] = 0b01) are only allowed at some levels
 * (AArch64.BlockDescSupported): without FEAT_LPA2 (TCR_ELx.DS = 0), 4K allows them at
 * levels 1 and 2, 16K at level 2 only. Elsewhere the descriptor decodes as Invalid
 * (AArch64.DecodeDescriptorType) and the access takes a Translation fault at that level.
 * EL2 regime, T0SZ = 16:
 *   4K: 0b01 at level 0 (VA 0x0000_0100_0000_0000, L0 entry 2) -> Translation fault
 *       level 0 (DFSC 0x04), load, store and fetch;
 *   16K (if implemented): 0b01 at level 1 (VA 0x0000_0010_0000_0000, L1 entry 1)
 *       -> Translation fault level 1 (DFSC 0x05).
 * The descriptors hold the address of RAM, so an implementation that took them as
 * blocks would read memory instead of faulting.
 *
 * QEMU-DEVIATION: QEMU 7.2 (target/arm/ptw.c get_phys_addr_lpae) accepts a block
 * descriptor at any level below 3, so it maps a 512 GiB block at level 0 (4K) and a
 * 64 GiB block at level 1 (16K) instead of faulting.
 */
#include "pt.h"

static void check_level(unsigned gshift, uint64_t va, int level)
{
    struct pt pt;
    pt_pool_reset();
    pt_init(&pt, 1, gshift, 48, -1);
    pt_map_ram(&pt, PT_EL2_RW);
    *pt_slot(&pt, va, level) = 0 | PT_EL2_RW | PTE_BLOCK;   /* OA 0: the flash */
    mmu_el2_on(&pt, 0, 0);
    uint64_t fsc = FSC_TRANS(level);
    exc_expect();
    pt_ldr(va + 0x4000018);
    CHECK_S1_DABT(2, EC_DABT_CUR, fsc, pt_ldr_insn, va + 0x4000018);
    exc_expect();
    pt_str(va + 0x40000f0, 0);
    CHECK_S1_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | fsc, pt_str_insn, va + 0x40000f0);
    exc_expect_recover(pt_exec_fault);
    pt_exec(va + 0x40);
    CHECK_IABT(2, EC_IABT_CUR, fsc, va + 0x40);
    mmu_el2_off();
}

int main(void)
{
    check_level(12, UL(0x0000010000000000), 0);
    if (pt_has_granule(14))
        check_level(14, UL(0x0000001000000000), 1);
    return test_done();
}
