/* Illegal exception returns (AArch64.ExceptionReturn, IllegalExceptionReturn): ERET to
 * a higher EL, to an unimplemented EL (EL3), with a reserved SPSR.M, to AArch32 EL1
 * when HCR_EL2.RW = 1, or to EL1 when HCR_EL2.TGE = 1. The PE stays at the same EL
 * and SP, sets PSTATE.IL, restores NZCV/DAIF from SPSR and continues at ELR, where
 * the next instruction takes an Illegal Execution state exception: EC 0x0E, ISS 0,
 * ELR = that instruction, SPSR.IL = 1. ERET at EL0 is UNDEFINED. */
#include "test.h"

/* ERET from EL2 with SPSR_EL2 = spsr; returns ELR (the label after the ERET) */
static uint64_t eret_el2(uint64_t spsr)
{
    uint64_t target;
    asm volatile("adr %[t], 1f\n\t"
                 "msr elr_el2, %[t]\n\t"
                 "msr spsr_el2, %[s]\n\t"
                 "eret\n"
                 "1: nop\n\t"
                 "nop" : [t] "=&r"(target) : [s] "r"(spsr) : "memory");
    return target;
}

static void check_illegal(uint64_t spsr_written, const char *what)
{
    exc_expect();
    uint64_t t = eret_el2(spsr_written);
    tprintf("  %s\n", what);
    CHECK_EXC(2, EC_ILLEGAL, 0, t);
    CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);
    /* PSTATE.EL/SP unchanged (EL2h), NZCV and DAIF from the SPSR written, IL set */
    CHECK_EQM("SPSR_EL2", exc_last.spsr, (spsr_written & (0xf0000000 | PSR_DAIF)) | PSR_IL | PSR_M_EL2h);
}

static volatile struct exc_record rec;
static volatile uint64_t rec_target;
static uint64_t at_el1(uint64_t a)
{
    uint64_t target;
    exc_expect();
    asm volatile("adr %[t], 1f\n\t"
                 "msr elr_el1, %[t]\n\t"
                 "msr spsr_el1, %[s]\n\t"
                 "eret\n"
                 "1: nop\n\t"
                 "nop" : [t] "=&r"(target) : [s] "r"(0x800003c0ULL | PSR_M_EL2h) : "memory");
    rec = exc_last;
    rec_target = target;
    return 0;
}

extern char eret_el0[];
static uint64_t at_el0(uint64_t a) { asm volatile("eret_el0: eret" ::: "memory"); return 1; }

int main(void)
{
    check_illegal(0x600003c0 | PSR_M_EL3h, "ERET to EL3 (not implemented)");
    check_illegal(0x000003c0 | 0x1, "ERET with SPSR.M = 0b0001 (EL0 with SP_ELx, reserved)");
    check_illegal(0x900003c0 | 0x6, "ERET with SPSR.M[1] = 1 (reserved)");
    check_illegal(0x000003c0 | PSR_M_AARCH32 | 0x3, "ERET to AArch32 SVC mode (EL1) with HCR_EL2.RW = 1");

    uint64_t hcr = read_sysreg(hcr_el2);
    write_sysreg(hcr_el2, hcr | HCR_TGE);
    isb();
    check_illegal(0x300003c0 | PSR_M_EL1h, "ERET to EL1 with HCR_EL2.TGE = 1");
    write_sysreg(hcr_el2, hcr);
    isb();

    /* from EL1 to EL2 */
    run_at_el1(at_el1, 0);
    exc_last = rec;
    CHECK_EXC(1, EC_ILLEGAL, 0, rec_target);
    CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);
    CHECK_EQM("SPSR_EL1", exc_last.spsr, 0x800003c0 | PSR_IL | PSR_M_EL1h);

    /* ERET at EL0 */
    exc_expect();
    CHECK_EQ(run_at_el0(at_el0, 0), 1);
    CHECK_EXC(1, EC_UNKNOWN, 0, eret_el0);

    /* a legal ERET from EL2 to EL2h itself works */
    exc_expect();
    eret_el2(0x3c0 | PSR_M_EL2h);
    CHECK_EQM("legal ERET to EL2h: no exception", exc_last.taken, 0);
    exc_disarm();
    return test_done();
}
