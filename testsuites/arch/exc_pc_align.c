/* PC alignment fault (EC 0x22; AArch64.PCAlignmentFault): a branch to an address with
 * bits [1:0] != 0 faults when that address is fetched: ELR = FAR = the misaligned
 * address, ISS = 0, IL = 1. BR, BLR (X30 already written) and RET at EL2; BR at EL0
 * (to EL1, FAR_EL1). */
#include "test.h"

extern char pa_resume1[], pa_resume2[], pa_resume3[], pa_resume0[], pa_blr[];

static uint64_t at_el0(uint64_t arg)
{
    uint64_t t;
    asm volatile("adr %0, 1f\n\t"
                 "add %0, %0, #1\n\t"
                 "br %0\n"
                 "1: nop\n"
                 "pa_resume0: nop" : "=&r"(t) :: "memory");
    return t;
}

int main(void)
{
    uint64_t t, lr;

    exc_expect_recover(pa_resume1);
    asm volatile("adr %0, 1f\n\t"
                 "add %0, %0, #2\n\t"
                 "br %0\n"
                 "1: nop\n\tnop\n"
                 "pa_resume1: nop" : "=&r"(t) :: "memory");
    CHECK_EXC(2, EC_PC_ALIGN, 0, t);
    CHECK_EQM("FAR_EL2", exc_last.far, t);
    CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);

    exc_expect_recover(pa_resume2);
    asm volatile("adr %0, 1f\n\t"
                 "add %0, %0, #1\n"
                 "pa_blr: blr %0\n"
                 "1: nop\n\tnop\n"
                 "pa_resume2: mov %1, x30" : "=&r"(t), "=&r"(lr) :: "x30", "memory");
    CHECK_EXC(2, EC_PC_ALIGN, 0, t);
    CHECK_EQM("FAR_EL2", exc_last.far, t);
    CHECK_EQM("X30 written by BLR", lr, (uint64_t)pa_blr + 4);

    exc_expect_recover(pa_resume3);
    asm volatile("adr %0, 1f\n\t"
                 "add %0, %0, #3\n\t"
                 "mov x30, %0\n\t"
                 "ret\n"
                 "1: nop\n"
                 "pa_resume3: nop" : "=&r"(t) :: "x30", "memory");
    CHECK_EXC(2, EC_PC_ALIGN, 0, t);
    CHECK_EQM("FAR_EL2", exc_last.far, t);

    exc_expect_recover(pa_resume0);
    t = run_at_el0(at_el0, 0);
    CHECK_EXC(1, EC_PC_ALIGN, 0, t);
    CHECK_EQM("FAR_EL1", exc_last.far, t);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    return test_done();
}
