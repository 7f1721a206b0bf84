/* FEAT_VHE and the timers (D11.2, "Virtualization Host Extensions"; the accessibility
 * pseudocode of CNTP_*_EL0, CNTV_*_EL0 and CNTP_*_EL02, CNTV_*_EL02): with
 * HCR_EL2.E2H = 1, at EL2 the CNTP_* encodings reach the EL2 physical timer (CNTHP_*)
 * and the CNTV_* encodings the EL2 virtual timer (CNTHV_*), while the *_EL02 encodings
 * (op1 = 5) reach the EL1 timers:
 *   E2H = 0: CNTP_CVAL = A, CNTHP_CVAL = B, CNTV_CVAL = C, CNTHV_CVAL = D;
 *   E2H = 1: the CNTP_CVAL_EL0 encoding reads B, CNTP_CVAL_EL02 A, CNTV_CVAL_EL0 D,
 *            CNTV_CVAL_EL02 C; writes through each land in the same place; CTL too;
 *   E2H = 0 again: each register holds what was written through its alias;
 *   E2H = 1: the CNTV_TVAL_EL0 encoding sets CNTHV_CVAL_EL2 = CNTPCT + TVAL, whatever
 *            CNTVOFF_EL2 (the EL2 virtual timer has no offset; for CNTV_TVAL_EL02 see
 *            timer_vhe_el02_tval).
 * Needs FEAT_VHE; without it the test only says so. */
#include "timer.h"

#define R(n) read_sysreg(n)
#define W(n, v) do { write_sysreg(n, v); isb(); } while (0)

int main(void)
{
    if (!have_vhe()) {
        tprintf("  no FEAT_VHE: no redirection\n");
        return test_done();
    }
    uint64_t hcr = read_sysreg(hcr_el2);
    const uint64_t A = 0x1000000000ULL, B = 0x2000000000ULL, C = 0x3000000000ULL,
                   D = 0x4000000000ULL;
    W(cntp_cval_el0, A);
    W(cnthp_cval_el2, B);
    W(cntv_cval_el0, C);
    W(CNTHV_CVAL_EL2, D);
    W(cntp_ctl_el0, CNT_CTL_IMASK);
    W(cnthp_ctl_el2, 0);
    W(cntv_ctl_el0, 0);
    W(CNTHV_CTL_EL2, CNT_CTL_IMASK);

    hcr_write(hcr | HCR_E2H);
    CHECK_EQM("E2H = 1: CNTP_CVAL_EL0 encoding reads CNTHP_CVAL_EL2", R(cntp_cval_el0), B);
    CHECK_EQM("E2H = 1: CNTP_CVAL_EL02 reads CNTP_CVAL_EL0", R(CNTP_CVAL_EL02), A);
    CHECK_EQM("E2H = 1: CNTV_CVAL_EL0 encoding reads CNTHV_CVAL_EL2", R(cntv_cval_el0), D);
    CHECK_EQM("E2H = 1: CNTV_CVAL_EL02 reads CNTV_CVAL_EL0", R(CNTV_CVAL_EL02), C);
    CHECK_EQM("E2H = 1: CNTP_CTL_EL0 encoding reads CNTHP_CTL_EL2", R(cntp_ctl_el0), 0);
    CHECK_EQM("E2H = 1: CNTP_CTL_EL02 reads CNTP_CTL_EL0", R(CNTP_CTL_EL02), CNT_CTL_IMASK);
    CHECK_EQM("E2H = 1: CNTV_CTL_EL0 encoding reads CNTHV_CTL_EL2", R(cntv_ctl_el0), CNT_CTL_IMASK);
    CHECK_EQM("E2H = 1: CNTV_CTL_EL02 reads CNTV_CTL_EL0", R(CNTV_CTL_EL02), 0);

    W(cntp_cval_el0, A + 1);
    W(CNTP_CVAL_EL02, B + 1);
    W(cntv_cval_el0, C + 1);
    W(CNTV_CVAL_EL02, D + 1);
    W(cntp_ctl_el0, CNT_CTL_IMASK);
    W(CNTP_CTL_EL02, 0);
    CHECK_EQM("E2H = 1: CNTHP_CVAL_EL2 holds the CNTP_CVAL_EL0-encoding write", R(cnthp_cval_el2), A + 1);
    CHECK_EQM("E2H = 1: CNTHV_CVAL_EL2 holds the CNTV_CVAL_EL0-encoding write", R(CNTHV_CVAL_EL2), C + 1);

    hcr_write(hcr);
    CHECK_EQM("E2H = 0: CNTP_CVAL_EL0 holds the _EL02 write", R(cntp_cval_el0), B + 1);
    CHECK_EQM("E2H = 0: CNTHP_CVAL_EL2", R(cnthp_cval_el2), A + 1);
    CHECK_EQM("E2H = 0: CNTV_CVAL_EL0 holds the _EL02 write", R(cntv_cval_el0), D + 1);
    CHECK_EQM("E2H = 0: CNTHV_CVAL_EL2", R(CNTHV_CVAL_EL2), C + 1);
    CHECK_EQM("E2H = 0: CNTP_CTL_EL0 holds the _EL02 write", R(cntp_ctl_el0), 0);
    CHECK_EQM("E2H = 0: CNTHP_CTL_EL2", R(cnthp_ctl_el2), CNT_CTL_IMASK);
    W(CNTHV_CTL_EL2, 0);

    hcr_write(hcr | HCR_E2H);
    /* TVAL of the EL2 virtual timer: no CNTVOFF_EL2 */
    W(cntvoff_el2, 0x40000000ULL);
    W(cntv_ctl_el0, CNT_CTL_ENABLE | CNT_CTL_IMASK);
    uint64_t p0 = R(cntpct_el0);
    W(cntv_tval_el0, 2000);
    uint64_t p1 = R(cntpct_el0);
    CHECKM("CNTV_TVAL_EL0 encoding = 2000: CNTHV_CVAL = CNTPCT + 2000",
           cval_from_tval(R(CNTHV_CVAL_EL2), 2000, p0, p1));
    W(cntv_ctl_el0, 0);
    W(cntvoff_el2, 0);

    hcr_write(hcr);
    return test_done();
}
