/* SMC at EL1 trapped by HCR_EL2.TSC (AArch64.CheckForSMCUndefOrTrap): taken to EL2 with
 * EC 0x17, ISS = imm16, and the preferred return address is the SMC itself.
 * Without the trap, SMC goes to the board's built-in PSCI firmware (no EL3 is
 * modelled, as on QEMU virt): PSCI_VERSION (0x84000000) returns a version >= 1.0. That
 * part is board behaviour, not architecture. */
#include "test.h"

extern char smc_el1[];

static uint64_t at_el1(uint64_t arg)
{
    asm volatile("smc_el1: smc #0x33" ::: "memory");
    return 9;
}

static uint64_t psci_version(void)
{
    register uint64_t x0 asm("x0") = 0x84000000;
    asm volatile("smc #0" : "+r"(x0) :: "x1", "x2", "x3", "memory");
    return x0;
}
static uint64_t at_el1_psci(uint64_t arg) { return psci_version(); }

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);
    write_sysreg(hcr_el2, hcr | HCR_TSC);
    isb();
    exc_expect();
    CHECK_EQ(run_at_el1(at_el1, 0), 9);
    CHECK_EXC(2, EC_SMC64, 0x33, smc_el1);
    CHECK_EQM("ESR_EL2", exc_last.esr, 0x5e000033);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    write_sysreg(hcr_el2, hcr);
    isb();

    uint64_t v2 = psci_version();
    CHECKM("PSCI_VERSION at EL2 >= 1.0", v2 >= 0x10000 && v2 < 0x80000000);
    CHECK_EQM("PSCI_VERSION at EL1 (TSC = 0)", run_at_el1(at_el1_psci, 0), v2);
    return test_done();
}
