/* HCR_EL2.TACR (D19.2.48) traps EL1 accesses to ACTLR_EL1 (op0 3, op1 0, CRn 1, CRm 0,
 * op2 1) to EL2: EC 0x18, ISS with Rt and Direction (1 = MRS), ELR = the instruction;
 * the trapped MRS leaves Xt unchanged, the trapped MSR writes nothing. With TACR = 0,
 * EL1 reads ACTLR_EL1 (the value EL2 reads); at EL2 TACR does not apply. */
#include "el2.h"

PROBE_MRS(actlr_r, t_actlr_r, actlr_el1)
PROBE_MSR(actlr_w, t_actlr_w, actlr_el1)

#define POISON 0x7777666655554444ULL

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);
    uint64_t actlr = read_sysreg(actlr_el1);

    CHECK_EQM("ACTLR_EL1 at EL1, TACR = 0", run_at_el1(actlr_r, POISON), actlr);

    hcr_write(hcr | HCR_TACR);
    EXPECT_SYS_TRAP(1, actlr_r, POISON, ISS_SYS(3, 0, 1, 0, 1, RT_MRS, 1), t_actlr_r);
    CHECK_EQM("ESR_EL2 (MRS ACTLR_EL1)", exc_last.esr, 0x623204a1);
    /* write the value read back ^ 0: any architecturally safe value; it must not land */
    EXPECT_SYS_TRAP(1, actlr_w, actlr, ISS_SYS(3, 0, 1, 0, 1, RT_MSR, 0), t_actlr_w);
    CHECK_EQM("ESR_EL2 (MSR ACTLR_EL1)", exc_last.esr, 0x623204c0);
    CHECK_EQM("ACTLR_EL1 unchanged", read_sysreg(actlr_el1), actlr);

    exc_expect();
    CHECK_EQM("ACTLR_EL1 at EL2, TACR = 1", actlr_r(POISON), actlr);
    CHECK_EQM("no trap at EL2", exc_last.taken, 0);
    exc_disarm();
    hcr_write(hcr);
    return test_done();
}
