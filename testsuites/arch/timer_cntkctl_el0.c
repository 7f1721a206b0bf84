/* CNTKCTL_EL1 (D19.12.14) gates EL0 accesses (HCR_EL2.E2H = 0): EL0PTEN (bit 9) the
 * EL1 physical timer, EL0VTEN (bit 8) the virtual timer, EL0PCTEN (bit 0) CNTPCT_EL0,
 * EL0VCTEN (bit 1) CNTVCT_EL0, and either counter enable CNTFRQ_EL0. A disabled access
 * traps to EL1 with EC 0x18 and the MRS/MSR ISS, or to EL2 when HCR_EL2.TGE = 1. The
 * EL2 controls (CNTHCTL_EL2) are left allowing everything. */
#include "timer.h"

PROBE_MRS(p_ctl_r, t_p_ctl_r, cntp_ctl_el0)
PROBE_MSR(p_cval_w, t_p_cval_w, cntp_cval_el0)
PROBE_MRS(v_ctl_r, t_v_ctl_r, cntv_ctl_el0)
PROBE_MRS(v_cval_r, t_v_cval_r, cntv_cval_el0)
PROBE_MSR(v_tval_w, t_v_tval_w, cntv_tval_el0)
PROBE_MRS(pct_r, t_pct_r, cntpct_el0)
PROBE_MRS(vct_r, t_vct_r, cntvct_el0)
PROBE_MRS(frq_r, t_frq_r, cntfrq_el0)

#define POISON 0x2222333344445555ULL

#define EXPECT_EL1_TRAP(fn, arg, iss, label) do { \
        exc_expect(); \
        uint64_t r_ = run_at_el0(fn, (arg)); \
        CHECK_EXC(1, EC_SYS64, (iss), label); \
        CHECK_EQM(#fn ": Xt or return unchanged", r_, ((iss) & 1) ? (uint64_t)(arg) : 0x5a); \
    } while (0)

#define EXPECT_OK(fn, arg) do { \
        exc_expect(); \
        run_at_el0(fn, (arg)); \
        CHECK_EQM(#fn " at EL0: no trap", exc_last.taken, 0); \
        exc_disarm(); \
    } while (0)

static void cntkctl(uint64_t v) { write_sysreg(cntkctl_el1, v); isb(); }

int main(void)
{
    uint64_t saved = read_sysreg(cntkctl_el1), hcr = read_sysreg(hcr_el2);
    tv_cval_w(~0ULL);
    tp_cval_w(~0ULL);

    cntkctl(0);
    EXPECT_EL1_TRAP(p_ctl_r, POISON, ISS_SYS(3, 3, 14, 2, 1, RT_MRS, 1), t_p_ctl_r);
    EXPECT_EL1_TRAP(p_cval_w, 0x1000, ISS_SYS(3, 3, 14, 2, 2, RT_MSR, 0), t_p_cval_w);
    CHECK_EQM("trapped MSR CNTP_CVAL_EL0 wrote nothing", tp_cval_r(), ~0ULL);
    EXPECT_EL1_TRAP(v_ctl_r, POISON, ISS_SYS(3, 3, 14, 3, 1, RT_MRS, 1), t_v_ctl_r);
    EXPECT_EL1_TRAP(v_cval_r, POISON, ISS_SYS(3, 3, 14, 3, 2, RT_MRS, 1), t_v_cval_r);
    EXPECT_EL1_TRAP(v_tval_w, 0x1000, ISS_SYS(3, 3, 14, 3, 0, RT_MSR, 0), t_v_tval_w);
    EXPECT_EL1_TRAP(pct_r, POISON, ISS_SYS(3, 3, 14, 0, 1, RT_MRS, 1), t_pct_r);
    EXPECT_EL1_TRAP(vct_r, POISON, ISS_SYS(3, 3, 14, 0, 2, RT_MRS, 1), t_vct_r);
    EXPECT_EL1_TRAP(frq_r, POISON, ISS_SYS(3, 3, 14, 0, 0, RT_MRS, 1), t_frq_r);

    cntkctl(CNTKCTL_EL0PTEN);
    EXPECT_OK(p_ctl_r, POISON);
    EXPECT_OK(p_cval_w, ~0ULL);
    EXPECT_EL1_TRAP(v_ctl_r, POISON, ISS_SYS(3, 3, 14, 3, 1, RT_MRS, 1), t_v_ctl_r);
    EXPECT_EL1_TRAP(pct_r, POISON, ISS_SYS(3, 3, 14, 0, 1, RT_MRS, 1), t_pct_r);

    cntkctl(CNTKCTL_EL0VTEN);
    EXPECT_OK(v_ctl_r, POISON);
    EXPECT_OK(v_cval_r, POISON);
    EXPECT_EL1_TRAP(p_ctl_r, POISON, ISS_SYS(3, 3, 14, 2, 1, RT_MRS, 1), t_p_ctl_r);
    EXPECT_EL1_TRAP(vct_r, POISON, ISS_SYS(3, 3, 14, 0, 2, RT_MRS, 1), t_vct_r);

    cntkctl(CNTKCTL_EL0PCTEN);
    EXPECT_OK(pct_r, POISON);
    EXPECT_OK(frq_r, POISON);
    EXPECT_EL1_TRAP(vct_r, POISON, ISS_SYS(3, 3, 14, 0, 2, RT_MRS, 1), t_vct_r);

    cntkctl(CNTKCTL_EL0VCTEN);
    EXPECT_OK(vct_r, POISON);
    EXPECT_OK(frq_r, POISON);
    EXPECT_EL1_TRAP(pct_r, POISON, ISS_SYS(3, 3, 14, 0, 1, RT_MRS, 1), t_pct_r);

    /* HCR_EL2.TGE = 1 (E2H = 0): the same controls, the trap goes to EL2 */
    cntkctl(0);
    hcr_write(hcr | HCR_TGE);
    EXPECT_SYS_TRAP(0, v_ctl_r, POISON, ISS_SYS(3, 3, 14, 3, 1, RT_MRS, 1), t_v_ctl_r);
    EXPECT_SYS_TRAP(0, p_ctl_r, POISON, ISS_SYS(3, 3, 14, 2, 1, RT_MRS, 1), t_p_ctl_r);
    hcr_write(hcr);

    cntkctl(saved);
    return test_done();
}
