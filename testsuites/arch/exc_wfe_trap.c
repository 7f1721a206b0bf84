/* WFE trapped by HCR_EL2.TWE (EL1 to EL2) and SCTLR_EL1.nTWE = 0 (EL0 to EL1)
 * (AArch64.CheckForWFxTrap): EC 0x01, ISS CV = 1, COND = 0b1110, TI = 0b01 (WFE).
 * The trap applies only when the WFE would wait, i.e. the event register is clear:
 * "sevl; wfe" sets then consumes the event (no trap), the next WFE traps.
 *
 * QEMU-DEVIATION: QEMU 7.2 treats WFE as a yield that never waits and so never takes
 * the WFE traps (target/arm/op_helper.c HELPER(wfe)). This is a difference, not a
 * strict violation: the note under SCTLR_EL1.nTWE/HCR_EL2.TWE says a WFE may complete
 * at any time, so the trap is only guaranteed when the WFE would not complete in
 * finite time. The test keeps the behaviour of a PE that does wait on WFE (as
 * hardware does, and as the WFE pseudocode reaches AArch64.CheckForWFxTrap whenever
 * the event register is clear), which is what a hypervisor setting TWE relies on. */
#include "test.h"

#define ISS_WFE (ISS_WFX_CV | ISS_WFX_COND(0xe) | ISS_WFX_TI_WFE)

extern char wfe_el1[], wfe_el0[];

static uint64_t at_el1(uint64_t arg)
{
    asm volatile("sevl\n\twfe\n"
                 "wfe_el1: wfe" ::: "memory");
    return 1;
}

static uint64_t at_el0(uint64_t arg)
{
    asm volatile("sevl\n\twfe\n"
                 "wfe_el0: wfe" ::: "memory");
    return 2;
}

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2), sctlr1 = read_sysreg(sctlr_el1);
    write_sysreg(hcr_el2, hcr | HCR_TWE);
    isb();
    exc_expect();
    CHECK_EQ(run_at_el1(at_el1, 0), 1);
    CHECK_EXC(2, EC_WFX, ISS_WFE, wfe_el1);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    write_sysreg(hcr_el2, hcr);

    write_sysreg(sctlr_el1, sctlr1 & ~SCTLR_nTWE);
    isb();
    exc_expect();
    CHECK_EQ(run_at_el0(at_el0, 0), 2);
    CHECK_EXC(1, EC_WFX, ISS_WFE, wfe_el0);
    write_sysreg(sctlr_el1, sctlr1);
    isb();
    exc_disarm();
    return test_done();
}
