/* CPTR_EL2 in its HCR_EL2.E2H = 1 layout (D19.2.30): FPEN at bits 21:20 as in CPACR_EL1,
 * TFP gone (AArch64.CheckFPAdvSIMDTrap, HaveVirtHostExt() && E2H == '1' branch):
 *   FPEN = 0b11: FP runs at EL2, EL1 and EL0;
 *   FPEN = 0b00: FP at EL2 and at EL1 traps to EL2, EC 0x07, ISS CV 1 COND 0b1110;
 *   FPEN = 0b01: traps only EL0 with TGE = 1 (host EL0) to EL2 with EC 0x07; EL2 runs;
 *   host EL0 ignores CPACR_EL1.FPEN (here 0b00 through CPACR_EL12).
 * Needs FEAT_VHE and FP; without them the test only says so.
 */
#include "el2.h"

FP_PROBES()

static void set_cptr(uint64_t v) { write_sysreg(cptr_el2, v); isb(); }

int main(void)
{
    if (!have_vhe() || !have_fp()) {
        tprintf("  needs FEAT_VHE and FP/SIMD\n");
        return test_done();
    }
    uint64_t hcr = read_sysreg(hcr_el2), cptr = read_sysreg(cptr_el2);

    hcr_write(hcr | HCR_E2H);
    set_cptr(CPTR_EL2_FPEN(3));
    exc_expect();
    fp_set_d0(1);
    run_at_el1(fp_set_d0, 2);
    run_at_el0(fp_set_d0, 3);
    CHECK_EQM("FPEN = 0b11: no trap", exc_last.taken, 0);
    CHECK_EQM("D0", fp_get_d0(0), 3);
    exc_disarm();

    set_cptr(CPTR_EL2_FPEN(0));
    exc_expect();
    fp_set_d0(4);
    CHECK_EXC(2, EC_FP_ACCESS, ISS_FP_AARCH64, t_fmov_d0);
    CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);
    exc_expect();
    run_at_el1(fp_set_d0, 5);
    CHECK_EXC(2, EC_FP_ACCESS, ISS_FP_AARCH64, t_fmov_d0);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);

    set_cptr(CPTR_EL2_FPEN(1));
    exc_expect();
    fp_set_d0(6);
    run_at_el0(fp_set_d0, 7);           /* TGE = 0: EL0 is not in the host */
    CHECK_EQM("FPEN = 0b01, TGE = 0: no trap", exc_last.taken, 0);
    exc_disarm();

    hcr_write(hcr | HCR_E2H | HCR_TGE);
    write_sysreg(cpacr_el12, 0);
    isb();
    exc_expect();
    run_at_el0(fp_set_d0, 8);
    CHECK_EXC(2, EC_FP_ACCESS, ISS_FP_AARCH64, t_fmov_d0);
    CHECKM("SPSR_EL2.M = EL0t", (exc_last.spsr & PSR_M_MASK) == PSR_M_EL0t);
    set_cptr(CPTR_EL2_FPEN(3));
    exc_expect();
    run_at_el0(fp_set_d0, 9);
    CHECK_EQM("host EL0 ignores CPACR_EL1.FPEN = 0b00", exc_last.taken, 0);
    exc_disarm();
    write_sysreg(cpacr_el12, CPACR_EL1_FPEN(3));

    hcr_write(hcr);
    set_cptr(cptr);
    CHECK_EQM("D0: only the untrapped writes landed", fp_get_d0(0), 9);
    return test_done();
}
