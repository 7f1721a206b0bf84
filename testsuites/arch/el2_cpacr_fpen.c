/* CPACR_EL1.FPEN (bits 21:20) traps FP/SIMD at EL1 and EL0 to EL1 (AArch64.CheckFPEnabled),
 * checked before CPTR_EL2.TFP:
 *   FPEN = 0b00: EL1 and EL0 -> EL1, EC 0x07, ISS CV 1 COND 0b1110, ELR = the instruction;
 *   FPEN = 0b01: EL0 -> EL1; EL1 runs FP;
 *   FPEN = 0b00 and TFP = 1: EL1 -> EL1 (the EL1 trap has priority);
 *   FPEN = 0b00 and HCR_EL2.TGE = 1 (E2H = 0): EL0 -> EL2, reported as EC 0x00 ISS 0
 *     (AArch64.AdvSIMDFPAccessTrap: routed to EL2 by TGE -> Exception_Uncategorized);
 *   EL2 is not affected by CPACR_EL1.
 * Needs FP (ID_AA64PFR0_EL1.FP != 0xF); without it the test only says so.
 */
#include "el2.h"

FP_PROBES()

static volatile struct exc_record rec;
static uint64_t el1_fp_capture(uint64_t a)
{
    exc_expect();
    fp_set_d0(a);
    rec = exc_last;
    return 0;
}

static void check_el1_trap(uint64_t from_el, uint64_t arg, const char *what)
{
    tprintf("  %s\n", what);
    if (from_el == 1) {
        run_at_el1(el1_fp_capture, arg);
        exc_last = rec;
        CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);
    } else {
        exc_expect();
        run_at_el0(fp_set_d0, arg);
        CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    }
    CHECK_EXC(1, EC_FP_ACCESS, ISS_FP_AARCH64, t_fmov_d0);
}

int main(void)
{
    if (!have_fp()) {
        tprintf("  no FP/SIMD: nothing to trap\n");
        return test_done();
    }
    uint64_t cpacr = read_sysreg(cpacr_el1), cptr = read_sysreg(cptr_el2);
    uint64_t hcr = read_sysreg(hcr_el2);
    fp_set_d0(0xabc);

    write_sysreg(cpacr_el1, cpacr & ~CPACR_EL1_FPEN(3));
    isb();
    check_el1_trap(1, 1, "FPEN = 0b00, EL1");
    check_el1_trap(0, 2, "FPEN = 0b00, EL0");
    exc_expect();
    fp_set_d0(0xdef);
    CHECK_EQM("EL2 not affected by CPACR_EL1", exc_last.taken, 0);
    exc_disarm();

    write_sysreg(cptr_el2, cptr | CPTR_EL2_TFP);
    isb();
    check_el1_trap(1, 3, "FPEN = 0b00 and TFP = 1, EL1: EL1 first");
    write_sysreg(cptr_el2, cptr);

    write_sysreg(cpacr_el1, (cpacr & ~CPACR_EL1_FPEN(3)) | CPACR_EL1_FPEN(1));
    isb();
    check_el1_trap(0, 4, "FPEN = 0b01, EL0");
    exc_expect();
    run_at_el1(fp_set_d0, 0x123);
    CHECK_EQM("FPEN = 0b01: EL1 runs FP", exc_last.taken, 0);
    exc_disarm();

    write_sysreg(cpacr_el1, cpacr & ~CPACR_EL1_FPEN(3));
    hcr_write(hcr | HCR_TGE);
    exc_expect();
    run_at_el0(fp_set_d0, 5);
    CHECK_EXC(2, EC_UNKNOWN, 0, t_fmov_d0);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    hcr_write(hcr);

    write_sysreg(cpacr_el1, cpacr);
    isb();
    CHECK_EQM("D0: only the untrapped writes landed", fp_get_d0(0), 0x123);
    return test_done();
}
