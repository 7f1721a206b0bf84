/* MDCR_EL2.TDOSA (bit 10, D19.3.x) traps EL1 accesses to the OS lock and power-down
 * registers to EL2: OSLAR_EL1 (op0 2, op1 0, CRn 1, CRm 0, op2 4, write-only),
 * OSLSR_EL1 (CRm 1, op2 4, read-only) and OSDLR_EL1 (CRm 3, op2 4) (el2_mdcr_tdosa_dbgprcr
 * has DBGPRCR_EL1). EC 0x18, ISS {Op0 2, Op2 4, Op1 0, CRn 1, Rt, CRm, Direction}, ELR = the
 * instruction; a trapped MRS leaves Xt unchanged; a trapped write to OSLAR_EL1 does not
 * change OSLSR_EL1.OSLK (bit 1). With TDOSA = 0 EL1 clears the OS lock (OSLAR_EL1 = 0
 * makes OSLSR_EL1.OSLK = 0); at EL2 TDOSA does not apply (EL2 sets it again). */
#include "el2.h"

PROBE_MSR(oslar_w, t_oslar_w, oslar_el1)
PROBE_MRS(oslsr_r, t_oslsr_r, oslsr_el1)
PROBE_MRS(osdlr_r, t_osdlr_r, osdlr_el1)
PROBE_MSR(osdlr_w, t_osdlr_w, osdlr_el1)

#define OSLSR_OSLK BIT(1)
#define POISON 0x2468ace013579bdfULL

int main(void)
{
    uint64_t mdcr = read_sysreg(mdcr_el2);

    exc_expect();
    run_at_el1(oslar_w, 0);
    CHECK_EQM("OSLK after OSLAR_EL1 = 0 at EL1, TDOSA = 0", run_at_el1(oslsr_r, POISON) & OSLSR_OSLK, 0);
    CHECK_EQM("OSDLR_EL1 at EL1", run_at_el1(osdlr_r, POISON), read_sysreg(osdlr_el1));
    CHECK_EQM("no trap with TDOSA = 0", exc_last.taken, 0);
    exc_disarm();

    write_sysreg(mdcr_el2, mdcr | MDCR_EL2_TDOSA);
    isb();
    EXPECT_SYS_TRAP(1, oslar_w, 1, ISS_SYS(2, 0, 1, 0, 4, RT_MSR, 0), t_oslar_w);
    CHECK_EQM("ESR_EL2 (MSR OSLAR_EL1)", exc_last.esr, 0x622804c0);
    CHECK_EQM("OS lock not set by the trapped write", read_sysreg(oslsr_el1) & OSLSR_OSLK, 0);
    EXPECT_SYS_TRAP(1, oslsr_r, POISON, ISS_SYS(2, 0, 1, 1, 4, RT_MRS, 1), t_oslsr_r);
    EXPECT_SYS_TRAP(1, osdlr_r, POISON, ISS_SYS(2, 0, 1, 3, 4, RT_MRS, 1), t_osdlr_r);
    EXPECT_SYS_TRAP(1, osdlr_w, 0, ISS_SYS(2, 0, 1, 3, 4, RT_MSR, 0), t_osdlr_w);

    exc_expect();
    oslar_w(1);
    CHECK_EQM("OSLK set at EL2 with TDOSA = 1", oslsr_r(POISON) & OSLSR_OSLK, OSLSR_OSLK);
    CHECK_EQM("no trap at EL2", exc_last.taken, 0);
    oslar_w(0);
    exc_disarm();
    write_sysreg(mdcr_el2, mdcr);
    isb();
    return test_done();
}
