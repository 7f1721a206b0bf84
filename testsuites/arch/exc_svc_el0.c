/* SVC from EL0 to EL1 (AArch64.CallSupervisor): EC 0x15, IL 1, ISS = imm16, ELR = the
 * next instruction, SPSR_EL1 = EL0's PSTATE (M = EL0t), vector VBAR_EL1 + 0x400. */
#include "test.h"

extern char svc1_next[], svc2_next[], svc3_next[];
static uint64_t at_el0(uint64_t arg)
{
    asm volatile("svc #0x1234\nsvc1_next: nop" ::: "memory");
    return 5;
}
static uint64_t at_el0_zero(uint64_t arg)
{
    asm volatile("msr nzcv, %0\n\tsvc #0\nsvc2_next: nop" :: "r"(0x90000000ULL) : "cc", "memory");
    return 6;
}
static uint64_t at_el0_max(uint64_t arg)
{
    asm volatile("svc #0xffff\nsvc3_next: nop" ::: "memory");
    return 7;
}

int main(void)
{
    exc_expect();
    CHECK_EQ(run_at_el0(at_el0, 0), 5);
    CHECK_EXC(1, EC_SVC64, 0x1234, svc1_next);
    CHECK_EQM("ESR_EL1", exc_last.esr, 0x56001234);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQM("SPSR_EL1 (EL0t, DAIF as at EL0)", exc_last.spsr & ~0xf0000000ULL, 0x3c0);

    exc_expect();
    CHECK_EQ(run_lower(at_el0_zero, 0, PSR_M_EL0t), 6);   /* EL0 with DAIF clear */
    CHECK_EXC(1, EC_SVC64, 0, svc2_next);
    CHECK_EQM("SPSR_EL1 (NZCV from EL0, DAIF clear)", exc_last.spsr, 0x90000000);

    exc_expect();
    CHECK_EQ(run_at_el0(at_el0_max, 0), 7);
    CHECK_EXC(1, EC_SVC64, 0xffff, svc3_next);
    return test_done();
}
