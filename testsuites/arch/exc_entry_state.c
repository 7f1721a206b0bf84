/* PSTATE and the saved state on exception entry (AArch64.TakeException): SPSR_ELx holds
 * the interrupted PSTATE (NZCV, PAN, DAIF, M), ELR_ELx the preferred return address;
 * the handler runs with DAIF all masked, SPSel = 1 (ELxh), PSTATE.IL = 0. On entry to
 * EL1, PSTATE.PAN is set when SCTLR_EL1.SPAN = 0 and unchanged when SPAN = 1. */
#include "test.h"

extern char es_hvc_next[], es_svc_next[];

static uint64_t el1_hvc(uint64_t a)
{
    asm volatile("msr pan, #1\n\t"
                 "msr nzcv, %0\n\t"
                 "hvc #0x21\n"
                 "es_hvc_next: msr pan, #0" :: "r"(0xa0000000ULL) : "cc", "memory");
    return 0;
}

static uint64_t el0_svc(uint64_t a)
{
    asm volatile("msr nzcv, %0\n\tsvc #0x22\nes_svc_next: nop" :: "r"(0x50000000ULL) : "cc", "memory");
    return 0;
}

int main(void)
{
    /* EL1 with DAIF clear, PAN set, NZCV = 1010 -> HVC -> EL2 */
    exc_expect();
    run_lower(el1_hvc, 0, PSR_M_EL1h);
    CHECK_EXC(2, EC_HVC64, 0x21, es_hvc_next);
    CHECK_EQM("SPSR_EL2", exc_last.spsr, 0xa0000000 | PSR_PAN | PSR_M_EL1h);
    CHECK_EQM("DAIF in the handler", exc_last.daif, PSR_DAIF);
    CHECK_EQM("SPSel in the handler", exc_last.spsel, 1);
    CHECK_EQM("PAN at EL2 unchanged by entry (E2H = 0)", exc_last.pan, PSR_PAN);

    /* EL0 -> EL1 with SCTLR_EL1.SPAN = 0: PAN set on entry */
    uint64_t sctlr1 = read_sysreg(sctlr_el1);
    write_sysreg(sctlr_el1, sctlr1 & ~SCTLR_SPAN);
    isb();
    exc_expect();
    run_lower(el0_svc, 0, PSR_M_EL0t);
    CHECK_EXC(1, EC_SVC64, 0x22, es_svc_next);
    CHECK_EQM("SPSR_EL1", exc_last.spsr, 0x50000000 | PSR_M_EL0t);
    CHECK_EQM("DAIF in the EL1 handler", exc_last.daif, PSR_DAIF);
    CHECK_EQM("SPSel in the EL1 handler", exc_last.spsel, 1);
    CHECK_EQM("PAN set on entry to EL1 (SPAN = 0)", exc_last.pan, PSR_PAN);

    write_sysreg(sctlr_el1, sctlr1 | SCTLR_SPAN);
    isb();
    exc_expect();
    run_lower(el0_svc, 0, PSR_M_EL0t);
    CHECK_EQM("PAN unchanged on entry to EL1 (SPAN = 1)", exc_last.pan, 0);
    write_sysreg(sctlr_el1, sctlr1);
    isb();

    /* from EL2 with NZCV and DAIF partly clear */
    exc_expect();
    asm volatile("msr daifclr, #0xa\n\t"
                 "msr nzcv, %0\n\t"
                 "brk #1\n\t"
                 "msr daifset, #0xf" :: "r"(0x30000000ULL) : "cc", "memory");
    CHECK_EQM("SPSR_EL2 from EL2", exc_last.spsr, 0x30000000 | PSR_A | PSR_F | PSR_M_EL2h);
    CHECK_EQM("DAIF in the handler", exc_last.daif, PSR_DAIF);
    return test_done();
}
