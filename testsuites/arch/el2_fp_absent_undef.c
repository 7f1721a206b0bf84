/* Without FP/SIMD (ID_AA64PFR0_EL1.FP = AdvSIMD = 0xF) the FP instructions are
 * UNDEFINED at every EL, whatever the FP traps say: FMOV D0, X1 at EL2, EL1 and EL0
 * takes EC 0x00 ISS 0 to the EL's own handler (EL0 -> EL1), ELR = the FMOV, with
 * CPTR_EL2.TFP = 1 or 0 and CPACR_EL1.FPEN = 0b00 or 0b11 (an UNDEFINED instruction is
 * not an access that the trap controls see). With FP present (QEMU) the test only says so
 * (el2_cptr_tfp and el2_cpacr_fpen cover that case).
 * TRAPEZE-CPU: max,x-fp=off */
#include "el2.h"

FP_PROBES()

static volatile struct exc_record rec;
static uint64_t el1_capture(uint64_t a)
{
    exc_expect();
    fp_set_d0(a);
    rec = exc_last;
    return 0;
}

static void check_undef_everywhere(const char *what)
{
    tprintf("  %s\n", what);
    exc_expect();
    fp_set_d0(1);
    CHECK_EXC(2, EC_UNKNOWN, 0, t_fmov_d0);
    run_at_el1(el1_capture, 2);
    exc_last = rec;
    CHECK_EXC(1, EC_UNKNOWN, 0, t_fmov_d0);
    exc_expect();
    run_at_el0(fp_set_d0, 3);
    CHECK_EXC(1, EC_UNKNOWN, 0, t_fmov_d0);
}

int main(void)
{
    if (have_fp()) {
        tprintf("  FP/SIMD implemented: nothing to check here\n");
        return test_done();
    }
    CHECK_EQM("ID_AA64PFR0_EL1.AdvSIMD", id_field(read_sysreg(id_aa64pfr0_el1), 20), 0xf);
    uint64_t cpacr = read_sysreg(cpacr_el1), cptr = read_sysreg(cptr_el2);

    check_undef_everywhere("TFP = 0, FPEN = 0b11");
    write_sysreg(cptr_el2, cptr | CPTR_EL2_TFP);
    isb();
    check_undef_everywhere("TFP = 1, FPEN = 0b11");
    write_sysreg(cpacr_el1, cpacr & ~CPACR_EL1_FPEN(3));
    isb();
    check_undef_everywhere("TFP = 1, FPEN = 0b00");
    write_sysreg(cptr_el2, cptr);
    isb();
    check_undef_everywhere("TFP = 0, FPEN = 0b00");
    write_sysreg(cpacr_el1, cpacr);
    isb();
    return test_done();
}
