/* HCR_EL2.TPU (D19.2.48, "Trap cache maintenance instructions that operate to the Point
 * of Unification") traps to EL2: at EL1, IC IALLUIS (op1 0, CRm 1, op2 0), IC IALLU
 * (op1 0, CRm 5, op2 0), IC IVAU (op1 3, CRm 5, op2 1) and DC CVAU (op1 3, CRm 11,
 * op2 1); at EL0 (SCTLR_EL1.UCI = 1), IC IVAU and DC CVAU. EC 0x18, ISS {Op0 1, Op2,
 * Op1, CRn 7, Rt (31 for the IC IALLU forms), CRm, Direction 0}, ELR = the instruction.
 * With UCI = 0 the EL0 trap to EL1 has priority. At EL2 TPU does not apply. */
#include "el2.h"

PROBE_SYS(ic_ialluis, t_ialluis, "ic ialluis")
PROBE_SYS(ic_iallu, t_iallu, "ic iallu")
PROBE_SYS(ic_ivau, t_ivau, "ic ivau, x7")
PROBE_SYS(dc_cvau, t_cvau, "dc cvau, x7")

static uint64_t buf[8] __attribute__((aligned(64)));

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2), sctlr1 = read_sysreg(sctlr_el1);
    uint64_t a = (uint64_t)buf, code = (uint64_t)main;

    hcr_write(hcr | HCR_TPU);
    EXPECT_SYS_TRAP(1, ic_ialluis, 0, ISS_SYS(1, 0, 7, 1, 0, RT_NONE, 0), t_ialluis);
    CHECK_EQM("ESR_EL2 (IC IALLUIS)", exc_last.esr, 0x62101fe2);
    EXPECT_SYS_TRAP(1, ic_iallu, 0, ISS_SYS(1, 0, 7, 5, 0, RT_NONE, 0), t_iallu);
    EXPECT_SYS_TRAP(1, ic_ivau, code, ISS_SYS(1, 3, 7, 5, 1, RT_SYS, 0), t_ivau);
    EXPECT_SYS_TRAP(1, dc_cvau, a, ISS_SYS(1, 3, 7, 11, 1, RT_SYS, 0), t_cvau);
    CHECK_EQM("ESR_EL2 (DC CVAU)", exc_last.esr, 0x6212dcf6);

    EXPECT_SYS_TRAP(0, ic_ivau, code, ISS_SYS(1, 3, 7, 5, 1, RT_SYS, 0), t_ivau);
    EXPECT_SYS_TRAP(0, dc_cvau, a, ISS_SYS(1, 3, 7, 11, 1, RT_SYS, 0), t_cvau);

    write_sysreg(sctlr_el1, sctlr1 & ~SCTLR_UCI);
    isb();
    exc_expect();
    run_at_el0(dc_cvau, a);
    CHECK_EXC(1, EC_SYS64, ISS_SYS(1, 3, 7, 11, 1, RT_SYS, 0), t_cvau);
    write_sysreg(sctlr_el1, sctlr1);
    isb();

    exc_expect();
    ic_ialluis(0);
    ic_iallu(0);
    ic_ivau(code);
    dc_cvau(a);
    CHECK_EQM("no trap at EL2, TPU = 1", exc_last.taken, 0);
    hcr_write(hcr);
    run_at_el1(ic_iallu, 0);
    run_at_el1(dc_cvau, a);
    run_at_el0(ic_ivau, code);
    CHECK_EQM("no trap with TPU = 0", exc_last.taken, 0);
    exc_disarm();
    return test_done();
}
