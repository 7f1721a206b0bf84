/* MRS/MSR of the EL2 and EL1 context registers at EL2 (D19 register descriptions):
 * each is written with a value that only uses defined fields and read back. Also the
 * EL1 registers written at EL1 are what EL2 reads (one register, two views). */
#include "test.h"

#define RW(reg, val) do { uint64_t old_ = read_sysreg(reg); write_sysreg(reg, (val)); isb(); \
    CHECK_EQM(#reg, read_sysreg(reg), (uint64_t)(val)); write_sysreg(reg, old_); isb(); } while (0)

static uint64_t el1_writes(uint64_t arg)
{
    write_sysreg(elr_el1, arg);
    write_sysreg(spsr_el1, 0x600003c4);
    write_sysreg(far_el1, ~arg);
    write_sysreg(esr_el1, 0x96000021);
    write_sysreg(sp_el0, 0x40001000);
    return read_sysreg(elr_el1) ^ read_sysreg(far_el1);
}

int main(void)
{
    uint64_t sctlr2 = read_sysreg(sctlr_el2);
    CHECK_EQM("SCTLR_EL2.M (MMU off at entry)", sctlr2 & SCTLR_M, 0);
    RW(sctlr_el2, sctlr2 | SCTLR_I);
    RW(sctlr_el2, sctlr2 & ~SCTLR_I);
    uint64_t sctlr1 = read_sysreg(sctlr_el1);
    RW(sctlr_el1, sctlr1 | SCTLR_UMA);
    RW(sctlr_el1, sctlr1 & ~SCTLR_DZE);

    RW(vbar_el2, 0x40100800);
    RW(vbar_el1, 0x40123000);
    RW(esr_el2, 0x56000042);
    RW(esr_el1, 0x5e00ffff);
    RW(far_el2, 0xfedcba9876543210);
    RW(far_el1, 0x0000000000000001);
    RW(elr_el2, 0x123456789abcdef0);
    RW(elr_el1, 0xffff000012345678);
    RW(spsr_el2, 0xf00003c5);
    RW(spsr_el2, 0x00000000);
    RW(spsr_el1, 0x900003c4);
    RW(sp_el0, 0x4000fff0);
    RW(sp_el1, 0x4000ffe0);
    RW(tpidr_el2, 0xa5a5a5a55a5a5a5a);
    RW(hcr_el2, HCR_RW | HCR_TWI | HCR_TSC);
    RW(hcr_el2, HCR_RW);
    RW(mair_el2, 0x000000000044ff00);
    RW(ttbr0_el2, 0x0000000040100000);
    RW(vttbr_el2, 0x0001000040200000);      /* VMID 1 */
    RW(cntvoff_el2, 0x123456789);
    RW(vpidr_el2, 0x410fd034);
    RW(vmpidr_el2, 0x80000003);
    RW(mair_el1, 0xffffffffffffffff);
    RW(contextidr_el1, 0x1234);
    RW(tpidr_el1, 0x1111222233334444);

    /* EL1 writes, EL2 reads */
    uint64_t r = run_at_el1(el1_writes, 0x4008abcd);
    CHECK_EQM("EL1 read-back (ELR_EL1 ^ FAR_EL1)", r, ~0ULL);
    CHECK_EQM("ELR_EL1 written at EL1", read_sysreg(elr_el1), 0x4008abcd);
    CHECK_EQM("SPSR_EL1 written at EL1", read_sysreg(spsr_el1), 0x600003c4);
    CHECK_EQM("FAR_EL1 written at EL1", read_sysreg(far_el1), ~0x4008abcdULL);
    CHECK_EQM("ESR_EL1 written at EL1", read_sysreg(esr_el1), 0x96000021);
    CHECK_EQM("SP_EL0 written at EL1", read_sysreg(sp_el0), 0x40001000);
    return test_done();
}
