/* CPTR_EL2.TFP (bit 10, E2H = 0) traps Advanced SIMD and floating-point instructions
 * at EL0, EL1 and EL2 to EL2 (AArch64.CheckFPAdvSIMDTrap): EC 0x07 with ISS CV = 1,
 * COND = 0b1110 (ConditionSyndrome() for AArch64), ELR = the instruction, which has no
 * effect (FMOV D0, X1 leaves D0 as it was). From EL1/EL0 the vector is VBAR_EL2 + 0x400,
 * at EL2 + 0x200. With TFP = 0 (and CPACR_EL1.FPEN = 0b11) FP runs at every EL.
 * Needs FP (ID_AA64PFR0_EL1.FP != 0xF); without it the test only says so
 * (el2_fp_absent_undef covers that case).
 */
#include "el2.h"

FP_PROBES()

int main(void)
{
    if (!have_fp()) {
        tprintf("  no FP/SIMD: nothing to trap\n");
        return test_done();
    }
    uint64_t cptr = read_sysreg(cptr_el2);

    exc_expect();
    fp_set_d0(0x1111);
    CHECK_EQM("FMOV at EL2, TFP = 0", fp_get_d0(0), 0x1111);
    run_at_el1(fp_set_d0, 0x2222);
    CHECK_EQM("FMOV at EL1, TFP = 0", run_at_el1(fp_get_d0, 0), 0x2222);
    run_at_el0(fp_set_d0, 0x3333);
    CHECK_EQM("FMOV at EL0, TFP = 0", run_at_el0(fp_get_d0, 0), 0x3333);
    CHECK_EQM("no trap", exc_last.taken, 0);
    exc_disarm();

    write_sysreg(cptr_el2, cptr | CPTR_EL2_TFP);
    isb();
    exc_expect();
    run_at_el1(fp_set_d0, 0x4444);
    CHECK_EXC(2, EC_FP_ACCESS, ISS_FP_AARCH64, t_fmov_d0);
    CHECK_EQM("ESR_EL2", exc_last.esr, 0x1fe00000);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    exc_expect();
    run_at_el0(fp_set_d0, 0x5555);
    CHECK_EXC(2, EC_FP_ACCESS, ISS_FP_AARCH64, t_fmov_d0);
    CHECK_EQM("SPSR_EL2.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL0t);
    exc_expect();
    fp_set_d0(0x6666);
    CHECK_EXC(2, EC_FP_ACCESS, ISS_FP_AARCH64, t_fmov_d0);
    CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);
    exc_expect();
    CHECK_EQM("trapped FMOV X2, D0: X2 unchanged", fp_get_d0(0x77), 0x77);
    CHECK_EXC(2, EC_FP_ACCESS, ISS_FP_AARCH64, t_fmov_x2);

    write_sysreg(cptr_el2, cptr);
    isb();
    CHECK_EQM("D0 not written by the trapped FMOVs", fp_get_d0(0), 0x3333);
    return test_done();
}
