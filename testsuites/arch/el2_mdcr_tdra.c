/* MDCR_EL2.TDRA (bit 11, D19.3.x) traps EL1 reads of MDRAR_EL1 (op0 2, op1 0, CRn 1,
 * CRm 0, op2 0, read-only) to EL2: EC 0x18, ISS {Op0 2, Op2 0, Op1 0, CRn 1, Rt, CRm 0,
 * Direction 1}, ELR = the MRS, Xt unchanged. With TDRA = 0 EL1 reads the value EL2
 * reads; at EL2 TDRA does not apply. */
#include "el2.h"

PROBE_MRS(mdrar, t_mdrar, mdrar_el1)

#define POISON 0x3333cccc3333ccccULL

int main(void)
{
    uint64_t mdcr = read_sysreg(mdcr_el2);
    uint64_t v = read_sysreg(mdrar_el1);

    exc_expect();
    CHECK_EQM("MDRAR_EL1 at EL1, TDRA = 0", run_at_el1(mdrar, POISON), v);
    CHECK_EQM("no trap", exc_last.taken, 0);
    exc_disarm();

    write_sysreg(mdcr_el2, mdcr | MDCR_EL2_TDRA);
    isb();
    EXPECT_SYS_TRAP(1, mdrar, POISON, ISS_SYS(2, 0, 1, 0, 0, RT_MRS, 1), t_mdrar);
    CHECK_EQM("ESR_EL2", exc_last.esr, 0x622004a1);
    exc_expect();
    CHECK_EQM("MDRAR_EL1 at EL2, TDRA = 1", mdrar(POISON), v);
    CHECK_EQM("no trap at EL2", exc_last.taken, 0);
    exc_disarm();
    write_sysreg(mdcr_el2, mdcr);
    isb();
    return test_done();
}
