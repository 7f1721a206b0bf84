/* HCR_EL2.TDZ (D19.2.48) traps DC ZVA (op1 3, CRn 7, CRm 4, op2 1) to EL2 at EL1, and
 * at EL0 when SCTLR_EL1.DZE = 1 permits it there; with DZE = 0 the EL0 trap to EL1 has
 * priority (DC ZVA accessibility pseudocode). EC 0x18, ISS {Op0 1, Op2 1, Op1 3, CRn 7,
 * Rt, CRm 4, Direction 0}, ELR = the DC ZVA, and the block is not zeroed. */
#include "el2.h"

PROBE_SYS(dc_zva, t_zva, "dc zva, x7")

static uint64_t buf[64] __attribute__((aligned(256)));

static bool untouched(void)
{
    for (int i = 0; i < 64; i++)
        if (((volatile uint64_t *)buf)[i] != ~0ULL)
            return false;
    return true;
}

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2), sctlr1 = read_sysreg(sctlr_el1);
    uint64_t a = (uint64_t)buf;
    for (int i = 0; i < 64; i++)
        ((volatile uint64_t *)buf)[i] = ~0ULL;

    hcr_write(hcr | HCR_TDZ);
    EXPECT_SYS_TRAP(1, dc_zva, a, ISS_SYS(1, 3, 7, 4, 1, RT_SYS, 0), t_zva);
    CHECK_EQM("ESR_EL2 (DC ZVA, X7)", exc_last.esr, 0x6212dce8);
    CHECKM("EL1: block not zeroed", untouched());

    EXPECT_SYS_TRAP(0, dc_zva, a, ISS_SYS(1, 3, 7, 4, 1, RT_SYS, 0), t_zva);
    CHECK_EQM("SPSR_EL2.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL0t);
    CHECKM("EL0: block not zeroed", untouched());

    write_sysreg(sctlr_el1, sctlr1 & ~SCTLR_DZE);
    isb();
    exc_expect();
    run_at_el0(dc_zva, a);
    CHECK_EXC(1, EC_SYS64, ISS_SYS(1, 3, 7, 4, 1, RT_SYS, 0), t_zva);
    CHECKM("EL0, DZE = 0: block not zeroed", untouched());
    write_sysreg(sctlr_el1, sctlr1);
    hcr_write(hcr);
    return test_done();
}
