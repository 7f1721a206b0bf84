/* CPTR_EL2.TCPAC (bit 31, E2H = 0) traps EL1 accesses to CPACR_EL1 (op0 3, op1 0,
 * CRn 1, CRm 0, op2 2) to EL2: EC 0x18, ISS with Rt and Direction (1 = MRS), ELR = the
 * instruction; a trapped MRS leaves Xt unchanged, a trapped MSR does not write
 * CPACR_EL1. With TCPAC = 0 EL1 reads and writes CPACR_EL1; at EL2 TCPAC does not
 * apply (it traps EL1 only). */
#include "el2.h"

PROBE_MRS(cpacr_r, t_cpacr_r, cpacr_el1)
PROBE_MSR(cpacr_w, t_cpacr_w, cpacr_el1)

#define POISON 0x0123456789abcdefULL

int main(void)
{
    uint64_t cptr = read_sysreg(cptr_el2), cpacr = read_sysreg(cpacr_el1);
    CHECK_EQM("CPACR_EL1.FPEN from crt0", cpacr & CPACR_EL1_FPEN(3), CPACR_EL1_FPEN(3));

    exc_expect();
    CHECK_EQM("CPACR_EL1 at EL1, TCPAC = 0", run_at_el1(cpacr_r, POISON), cpacr);
    run_at_el1(cpacr_w, cpacr & ~CPACR_EL1_FPEN(2));     /* FPEN = 0b01 */
    CHECK_EQM("written at EL1, TCPAC = 0", read_sysreg(cpacr_el1), cpacr & ~CPACR_EL1_FPEN(2));
    CHECK_EQM("no trap", exc_last.taken, 0);
    write_sysreg(cpacr_el1, cpacr);

    write_sysreg(cptr_el2, cptr | CPTR_EL2_TCPAC);
    isb();
    EXPECT_SYS_TRAP(1, cpacr_r, POISON, ISS_SYS(3, 0, 1, 0, 2, RT_MRS, 1), t_cpacr_r);
    CHECK_EQM("ESR_EL2 (MRS CPACR_EL1)", exc_last.esr, 0x623404a1);
    EXPECT_SYS_TRAP(1, cpacr_w, 0, ISS_SYS(3, 0, 1, 0, 2, RT_MSR, 0), t_cpacr_w);
    CHECK_EQM("CPACR_EL1 not written", read_sysreg(cpacr_el1), cpacr);

    exc_expect();
    CHECK_EQM("CPACR_EL1 at EL2, TCPAC = 1", cpacr_r(POISON), cpacr);
    write_sysreg(cpacr_el1, cpacr & ~CPACR_EL1_FPEN(2));
    isb();
    CHECK_EQM("written at EL2, TCPAC = 1", read_sysreg(cpacr_el1), cpacr & ~CPACR_EL1_FPEN(2));
    CHECK_EQM("no trap at EL2", exc_last.taken, 0);
    exc_disarm();
    write_sysreg(cpacr_el1, cpacr);
    write_sysreg(cptr_el2, cptr);
    isb();
    return test_done();
}
