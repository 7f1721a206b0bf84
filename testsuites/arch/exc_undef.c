/* UNDEFINED instructions (EC 0x00, ISS 0, IL 1; AArch64.UndefinedFault): UDF at EL2,
 * EL1 and EL0, an EL3 register (no EL3) read at EL2, an EL2 register read at EL1, an
 * MSR to a read-only register; taken to the current EL (EL0 to EL1), preferred return
 * address = the instruction, destination register unchanged. */
#include "test.h"

extern char udf0_el2[], udf_el2[], mrs_scr_el3[], udf_el1[], mrs_hcr_el1[], msr_midr_el1[], udf_el0[];

static uint64_t at_el1(uint64_t arg)
{
    exc_expect();
    asm volatile("udf_el1: udf #0x1234" ::: "memory");
    CHECK_EXC(1, EC_UNKNOWN, 0, udf_el1);
    CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);
    CHECK_EQM("SPSR_EL1 (EL1h, DAIF masked)", exc_last.spsr & ~0xf0000000ULL, 0x3c5);

    exc_expect();
    uint64_t v;
    asm volatile("mov x3, #0x55\n"
                 "mrs_hcr_el1: mrs x3, hcr_el2\n\t"
                 "mov %0, x3" : "=r"(v) :: "x3", "memory");
    CHECK_EXC(1, EC_UNKNOWN, 0, mrs_hcr_el1);
    CHECK_EQM("Xt unchanged", v, 0x55);

    exc_expect();
    asm volatile("msr_midr_el1: msr s3_0_c0_c0_0, %0" :: "r"(0ULL) : "memory");
    CHECK_EXC(1, EC_UNKNOWN, 0, msr_midr_el1);
    return 0;
}

static uint64_t at_el0(uint64_t arg)
{
    asm volatile("udf_el0: .inst 0x0000ffff" ::: "memory");
    return 0;
}

int main(void)
{
    exc_expect();
    asm volatile("udf0_el2: .inst 0x00000000" ::: "memory");   /* udf #0 */
    CHECK_EXC(2, EC_UNKNOWN, 0, udf0_el2);
    CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);
    CHECK_EQM("SPSR_EL2 (EL2h, DAIF masked)", exc_last.spsr & ~0xf0000000ULL, 0x3c9);

    exc_expect();
    asm volatile("udf_el2: udf #0xffff" ::: "memory");
    CHECK_EXC(2, EC_UNKNOWN, 0, udf_el2);

    exc_expect();
    uint64_t v;
    asm volatile("mov x7, #0x66\n"
                 "mrs_scr_el3: mrs x7, scr_el3\n\t"
                 "mov %0, x7" : "=r"(v) :: "x7", "memory");
    CHECK_EXC(2, EC_UNKNOWN, 0, mrs_scr_el3);
    CHECK_EQM("Xt unchanged", v, 0x66);

    run_at_el1(at_el1, 0);

    exc_expect();
    run_at_el0(at_el0, 0);
    CHECK_EXC(1, EC_UNKNOWN, 0, udf_el0);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQM("SPSR_EL1.M (EL0t)", exc_last.spsr & PSR_M_MASK, PSR_M_EL0t);
    return test_done();
}
