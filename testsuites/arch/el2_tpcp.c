/* HCR_EL2.TPCP (D19.2.48, "Trap data or unified cache maintenance to the Point of
 * Coherency / Persistence") traps DC IVAC (op1 0, CRm 6, op2 1), DC CVAC (op1 3, CRm 10)
 * and DC CIVAC (op1 3, CRm 14) at EL1 to EL2, and DC CVAC/CIVAC at EL0 when
 * SCTLR_EL1.UCI = 1 lets EL0 use them; with UCI = 0 the EL0 trap to EL1 comes first.
 * With FEAT_DPB, DC CVAP (op1 3, CRm 12) is trapped too. EC 0x18, ISS {Op0 1, Op2 1,
 * Op1, CRn 7, Rt, CRm, Direction 0}, ELR = the DC. Memory is unchanged; at EL2 TPCP
 * does not apply. */
#include "el2.h"

PROBE_SYS(dc_ivac, t_ivac, "dc ivac, x7")
PROBE_SYS(dc_cvac, t_cvac, "dc cvac, x7")
PROBE_SYS(dc_civac, t_civac, "dc civac, x7")
PROBE_SYS(dc_cvap, t_cvap, "sys #3, c7, c12, #1, x7")

static uint64_t buf[8] __attribute__((aligned(64)));

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2), sctlr1 = read_sysreg(sctlr_el1);
    uint64_t a = (uint64_t)buf;
    bool dpb = (read_sysreg(id_aa64isar1_el1) & 0xf) != 0;
    for (int i = 0; i < 8; i++)
        ((volatile uint64_t *)buf)[i] = 0x1111111111111111ULL * (i + 1);

    hcr_write(hcr | HCR_TPCP);
    EXPECT_SYS_TRAP(1, dc_ivac, a, ISS_SYS(1, 0, 7, 6, 1, RT_SYS, 0), t_ivac);
    CHECK_EQM("ESR_EL2 (DC IVAC)", exc_last.esr, 0x62121cec);
    EXPECT_SYS_TRAP(1, dc_cvac, a, ISS_SYS(1, 3, 7, 10, 1, RT_SYS, 0), t_cvac);
    EXPECT_SYS_TRAP(1, dc_civac, a, ISS_SYS(1, 3, 7, 14, 1, RT_SYS, 0), t_civac);
    if (dpb)
        EXPECT_SYS_TRAP(1, dc_cvap, a, ISS_SYS(1, 3, 7, 12, 1, RT_SYS, 0), t_cvap);

    /* EL0 (SCTLR_EL1.UCI = 1 from crt0) */
    EXPECT_SYS_TRAP(0, dc_cvac, a, ISS_SYS(1, 3, 7, 10, 1, RT_SYS, 0), t_cvac);
    EXPECT_SYS_TRAP(0, dc_civac, a, ISS_SYS(1, 3, 7, 14, 1, RT_SYS, 0), t_civac);
    /* UCI = 0: trapped to EL1 first */
    write_sysreg(sctlr_el1, sctlr1 & ~SCTLR_UCI);
    isb();
    exc_expect();
    run_at_el0(dc_civac, a);
    CHECK_EXC(1, EC_SYS64, ISS_SYS(1, 3, 7, 14, 1, RT_SYS, 0), t_civac);
    write_sysreg(sctlr_el1, sctlr1);
    isb();

    for (int i = 0; i < 8; i++)
        CHECK_EQM("memory unchanged", ((volatile uint64_t *)buf)[i], 0x1111111111111111ULL * (i + 1));

    /* at EL2, and at EL1 with TPCP = 0: no trap */
    exc_expect();
    dc_cvac(a);
    dc_civac(a);
    hcr_write(hcr);
    run_at_el1(dc_cvac, a);
    run_at_el1(dc_civac, a);
    run_at_el0(dc_civac, a);
    CHECK_EQM("no trap", exc_last.taken, 0);
    exc_disarm();
    return test_done();
}
