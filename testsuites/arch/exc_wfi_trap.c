/* WFI trapped by HCR_EL2.TWI (EL1 and EL0 to EL2) and by SCTLR_EL1.nTWI = 0 (EL0 to
 * EL1, which has priority over HCR_EL2.TWI) (AArch64.CheckForWFxTrap): EC 0x01,
 * ISS CV = 1, COND = 0b1110, TI = 0b00 (WFI); ELR = the WFI. No interrupt is pending,
 * so the WFI would otherwise wait. */
#include "test.h"

#define ISS_WFI (ISS_WFX_CV | ISS_WFX_COND(0xe))

extern char wfi_el1[], wfi_el0[];

static uint64_t at_el1(uint64_t arg) { asm volatile("wfi_el1: wfi" ::: "memory"); return 1; }
static uint64_t at_el0(uint64_t arg) { asm volatile("wfi_el0: wfi" ::: "memory"); return 2; }

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2), sctlr1 = read_sysreg(sctlr_el1);
    write_sysreg(hcr_el2, hcr | HCR_TWI);
    isb();

    exc_expect();
    CHECK_EQ(run_at_el1(at_el1, 0), 1);
    CHECK_EXC(2, EC_WFX, ISS_WFI, wfi_el1);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQM("SPSR_EL2.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL1h);

    exc_expect();
    CHECK_EQ(run_at_el0(at_el0, 0), 2);
    CHECK_EXC(2, EC_WFX, ISS_WFI, wfi_el0);
    CHECK_EQM("SPSR_EL2.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL0t);

    /* SCTLR_EL1.nTWI = 0: EL0 WFI traps to EL1 first */
    write_sysreg(sctlr_el1, sctlr1 & ~SCTLR_nTWI);
    isb();
    exc_expect();
    CHECK_EQ(run_at_el0(at_el0, 0), 2);
    CHECK_EXC(1, EC_WFX, ISS_WFI, wfi_el0);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);

    write_sysreg(sctlr_el1, sctlr1);
    write_sysreg(hcr_el2, hcr);
    isb();
    return test_done();
}
