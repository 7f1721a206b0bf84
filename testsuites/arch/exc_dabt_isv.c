/* ESR_ELx.ISV for Data Aborts that are not stage 2 aborts (ISS encoding for a Data
 * Abort, ISV bit [24]): "For other faults reported in ESR_EL2, ISV is 0 except for the
 * following stage 2 aborts", and likewise 0 for ESR_EL1. Here: an Alignment fault
 * (SCTLR_EL2.A = 1) and an Address size fault (MMU off, address >= 2^PAMax) of plain
 * LDR/STR at EL2, and an Alignment fault from EL0 to EL1: the whole ISS is exactly
 * WnR | DFSC, ISS[23:14] being RES0 when ISV = 0.
 *
 * QEMU-DEVIATION: QEMU 7.2 sets ISV = 1 (with SAS/SRT/SF filled in) for every Data
 * Abort routed to EL2 whose instruction has a syndrome, including these stage 1/no
 * translation faults (target/arm/tlb_helper.c merge_syn_data_abort), so the EL2 cases
 * fail there. */
#include "test.h"

static uint64_t buf[4] __attribute__((aligned(16)));
extern char isv_ldr[], isv_str[], isv_as_ldr[], isv_as_str[], isv_el0[];

static uint64_t at_el0(uint64_t p)
{
    asm volatile("isv_el0: ldr w4, [%0]" :: "r"(p) : "x4", "memory");
    return 0;
}

int main(void)
{
    uint64_t b = (uint64_t)buf, sctlr2 = read_sysreg(sctlr_el2);

    exc_expect();
    asm volatile("msr sctlr_el2, %[a]\n\tisb\n"
                 "isv_ldr: ldr x3, [%[p]]\n\t"
                 "msr sctlr_el2, %[o]\n\tisb"
                 :: [a] "r"(sctlr2 | SCTLR_A), [o] "r"(sctlr2), [p] "r"(b + 4) : "x3", "memory");
    CHECK_EXC(2, EC_DABT_CUR, FSC_ALIGNMENT, isv_ldr);

    exc_expect();
    asm volatile("msr sctlr_el2, %[a]\n\tisb\n"
                 "isv_str: strh w3, [%[p]]\n\t"
                 "msr sctlr_el2, %[o]\n\tisb"
                 :: [a] "r"(sctlr2 | SCTLR_A), [o] "r"(sctlr2), [p] "r"(b + 1) : "x3", "memory");
    CHECK_EXC(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_ALIGNMENT, isv_str);

    uint64_t big = 0x00f0000000001000ULL;
    exc_expect();
    asm volatile("isv_as_ldr: ldr w5, [%0]" :: "r"(big) : "x5", "memory");
    CHECK_EXC(2, EC_DABT_CUR, FSC_ADDR_SIZE_L0, isv_as_ldr);
    exc_expect();
    asm volatile("isv_as_str: str x5, [%0]" :: "r"(big) : "memory");
    CHECK_EXC(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_ADDR_SIZE_L0, isv_as_str);

    uint64_t sctlr1 = read_sysreg(sctlr_el1);
    write_sysreg(sctlr_el1, sctlr1 | SCTLR_A);
    isb();
    exc_expect();
    run_at_el0(at_el0, b + 2);
    CHECK_EXC(1, EC_DABT_LOW, FSC_ALIGNMENT, isv_el0);
    write_sysreg(sctlr_el1, sctlr1);
    isb();
    return test_done();
}
