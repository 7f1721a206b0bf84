/* The CNTP_*_EL02 and CNTV_*_EL02 encodings (op0 3, op1 5, CRn 14, CRm 2/3) exist only
 * at EL2 with HCR_EL2.E2H = 1: with E2H = 0 an access is UNDEFINED (EC 0x00 to EL2), as
 * for the *_EL12 registers. Needs FEAT_VHE; without it the test only says so.
 * QEMU-DEVIATION: QEMU 7.2 does not make them UNDEFINED with E2H = 0: it reports a
 * trap to EL2 (EC 0x18) instead (later QEMU fixed it, "Timer _EL02 registers UNDEF
 * for E2H == 0"). */
#include "timer.h"

PROBE_MRS(p_ctl, t_p_ctl, s3_5_c14_c2_1)
PROBE_MSR(v_cval, t_v_cval, s3_5_c14_c3_2)
PROBE_MRS(p_tval, t_p_tval, s3_5_c14_c2_0)

int main(void)
{
    if (!have_vhe()) {
        tprintf("  no FEAT_VHE: no _EL02 registers\n");
        return test_done();
    }
    exc_expect();
    CHECK_EQM("MRS CNTP_CTL_EL02, E2H = 0: X5 unchanged", p_ctl(0x77), 0x77);
    CHECK_EXC(2, EC_UNKNOWN, 0, t_p_ctl);
    exc_expect();
    v_cval(0x1234);
    CHECK_EXC(2, EC_UNKNOWN, 0, t_v_cval);
    exc_expect();
    p_tval(0x77);
    CHECK_EXC(2, EC_UNKNOWN, 0, t_p_tval);
    exc_disarm();
    return test_done();
}
