/* MDCR_EL2.TDOSA (bit 10) also traps EL1 accesses to DBGPRCR_EL1 (op0 2, op1 0, CRn 1,
 * CRm 4, op2 4; D19.3.x "DBGPRCR_EL1, Debug Power Control Register", part of the
 * AArch64 debug architecture since Armv8.0) to EL2: EC 0x18, ISS {Op0 2, Op2 4, Op1 0,
 * CRn 1, Rt, CRm 4, Direction}, ELR = the instruction, Xt unchanged, no write. With
 * TDOSA = 0 EL1 reads the value EL2 reads; at EL2 TDOSA does not apply.
 * QEMU-DEVIATION: QEMU 7.2 has no DBGPRCR_EL1 (its MRS/MSR are UNDEFINED); the Arm ARM
 * has the register in every AArch64 implementation with the TDOSA trap on it. */
#include "el2.h"

PROBE_MRS(prcr_r, t_prcr_r, dbgprcr_el1)
PROBE_MSR(prcr_w, t_prcr_w, dbgprcr_el1)

#define POISON 0x4444bbbb4444bbbbULL

int main(void)
{
    uint64_t mdcr = read_sysreg(mdcr_el2);
    uint64_t prcr = read_sysreg(dbgprcr_el1);

    exc_expect();
    CHECK_EQM("DBGPRCR_EL1 at EL1, TDOSA = 0", run_at_el1(prcr_r, POISON), prcr);
    CHECK_EQM("no trap", exc_last.taken, 0);
    exc_disarm();

    write_sysreg(mdcr_el2, mdcr | MDCR_EL2_TDOSA);
    isb();
    EXPECT_SYS_TRAP(1, prcr_r, POISON, ISS_SYS(2, 0, 1, 4, 4, RT_MRS, 1), t_prcr_r);
    EXPECT_SYS_TRAP(1, prcr_w, prcr ^ 1, ISS_SYS(2, 0, 1, 4, 4, RT_MSR, 0), t_prcr_w);
    CHECK_EQM("DBGPRCR_EL1 not written", read_sysreg(dbgprcr_el1), prcr);
    write_sysreg(mdcr_el2, mdcr);
    isb();
    return test_done();
}
