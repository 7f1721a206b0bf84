/* With HCR_EL2.TGE = 1 (E2H = 0) EL1 is not usable: an ERET from EL2 to EL1t or EL1h is
 * an illegal exception return (AArch64.ExceptionReturn, IllegalExceptionReturn: "the
 * target is EL1 and HCR_EL2.TGE == 1"). The PE stays at EL2 with the same SP, sets
 * PSTATE.IL, takes NZCV and DAIF from SPSR_EL2 and continues at ELR_EL2, where the
 * next instruction takes an Illegal Execution state exception to EL2: EC 0x0E, ISS 0,
 * ELR = that instruction, SPSR_EL2 = {NZCV/DAIF written, IL, M = EL2h}. An ERET to EL0t
 * under TGE is legal (the EL0 code runs and returns). (exc_illegal_return has EL1h.) */
#include "el2.h"

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

static uint64_t at_el0(uint64_t a) { return a + 1; }

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);
    hcr_write(hcr | HCR_TGE);

    static const uint64_t modes[] = { PSR_M_EL1t, PSR_M_EL1h };
    for (int i = 0; i < 2; i++) {
        uint64_t spsr = 0x600003c0 | modes[i];
        exc_expect();
        uint64_t t = eret_el2(spsr);
        CHECK_EXC(2, EC_ILLEGAL, 0, t);
        CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);
        CHECK_EQM("SPSR_EL2", exc_last.spsr, 0x600003c0 | PSR_IL | PSR_M_EL2h);
        CHECK_EQM("still at EL2", current_el(), 2);
    }

    exc_expect();
    CHECK_EQM("ERET to EL0t with TGE = 1", run_at_el0(at_el0, 41), 42);
    CHECK_EQM("no exception", exc_last.taken, 0);
    exc_disarm();
    hcr_write(hcr);
    return test_done();
}
