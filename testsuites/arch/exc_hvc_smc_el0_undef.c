/* HVC and SMC at EL0 are UNDEFINED (C6.2.96 HVC, C6.2.272 SMC): EC 0x00 to EL1,
 * ELR = the instruction itself. */
#include "test.h"

extern char hvc_el0[], smc_el0[];
static uint64_t at_el0_hvc(uint64_t arg) { asm volatile("hvc_el0: hvc #1" ::: "memory"); return 1; }
static uint64_t at_el0_smc(uint64_t arg) { asm volatile("smc_el0: smc #1" ::: "memory"); return 2; }

int main(void)
{
    exc_expect();
    CHECK_EQ(run_at_el0(at_el0_hvc, 0), 1);
    CHECK_EXC(1, EC_UNKNOWN, 0, hvc_el0);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);

    /* also with HCR_EL2.TSC = 1: TSC traps EL1 only */
    uint64_t hcr = read_sysreg(hcr_el2);
    write_sysreg(hcr_el2, hcr | HCR_TSC);
    isb();
    exc_expect();
    CHECK_EQ(run_at_el0(at_el0_smc, 0), 2);
    CHECK_EXC(1, EC_UNKNOWN, 0, smc_el0);
    write_sysreg(hcr_el2, hcr);
    isb();
    return test_done();
}
