/* HCR_EL2.TSW (D19.2.48) traps data cache maintenance by set/way at EL1 to EL2:
 * DC ISW (op1 0, CRn 7, CRm 6, op2 2), DC CSW (CRm 10), DC CISW (CRm 14). EC 0x18,
 * ISS {Op0 1, Op2, Op1, CRn, Rt, CRm, Direction 0}, ELR = the DC. With TSW = 0 they
 * complete at EL1; at EL2 TSW does not apply. (HCR_EL2.TSW: "Trap data or unified cache
 * maintenance instructions that operate by Set/Way".) */
#include "el2.h"

PROBE_SYS(dc_isw, t_isw, "dc isw, x7")
PROBE_SYS(dc_csw, t_csw, "dc csw, x7")
PROBE_SYS(dc_cisw, t_cisw, "dc cisw, x7")

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);

    exc_expect();
    CHECK_EQM("DC ISW at EL1, TSW = 0", run_at_el1(dc_isw, 0), 0x5a);
    CHECK_EQM("DC CSW at EL1, TSW = 0", run_at_el1(dc_csw, 0), 0x5a);
    CHECK_EQM("DC CISW at EL1, TSW = 0", run_at_el1(dc_cisw, 0), 0x5a);
    CHECK_EQM("no trap", exc_last.taken, 0);
    exc_disarm();

    hcr_write(hcr | HCR_TSW);
    EXPECT_SYS_TRAP(1, dc_isw, 0, ISS_SYS(1, 0, 7, 6, 2, RT_SYS, 0), t_isw);
    CHECK_EQM("ESR_EL2 (DC ISW)", exc_last.esr, 0x62141cec);
    EXPECT_SYS_TRAP(1, dc_csw, 2, ISS_SYS(1, 0, 7, 10, 2, RT_SYS, 0), t_csw);
    EXPECT_SYS_TRAP(1, dc_cisw, 4, ISS_SYS(1, 0, 7, 14, 2, RT_SYS, 0), t_cisw);

    exc_expect();
    dc_isw(0);
    dc_csw(0);
    dc_cisw(0);
    CHECK_EQM("no trap at EL2, TSW = 1", exc_last.taken, 0);
    exc_disarm();
    hcr_write(hcr);
    return test_done();
}
