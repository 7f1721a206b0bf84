/* CCMP/CCMN (register and immediate) (C6.2.51-C6.2.54): when the condition holds the
 * flags come from the comparison, otherwise from the #nzcv immediate; AL and NV both
 * hold (ConditionHolds: cond<3:1> == '111' is always true). */
#include "test.h"

int main(void)
{
    uint64_t f;

    /* register forms */
    ASM2F("ccmp %[a], %[b], #0xf, eq", 5, 3, NZCV_Z, f);
    CHECK_EQ(f, NZCV_C);
    ASM2F("ccmp %[a], %[b], #0x5, eq", 5, 3, 0, f);
    CHECK_EQ(f, NZCV_Z | NZCV_V);
    ASM2F("ccmn %w[a], %w[b], #0, ne", 0xffffffff, 1, 0, f);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    ASM2F("ccmn %[a], %[b], #0xa, ne", 0xffffffff, 1, NZCV_Z, f);
    CHECK_EQ(f, NZCV_N | NZCV_C);
    ASM2F("ccmn %[a], %[b], #0, al", 0x7fffffffffffffff, 1, 0, f);
    CHECK_EQ(f, NZCV_N | NZCV_V);
    ASM2F("ccmp %w[a], %w[b], #0xf, cs", 1, 2, 0, f);       /* C clear: immediate */
    CHECK_EQ(f, 0xf0000000);

    /* immediate forms */
    ASM1F("ccmp %[a], #31, #0, ge", 31, 0, f);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    ASM1F("ccmp %[a], #31, #2, ge", 31, NZCV_N, f);           /* N != V: immediate */
    CHECK_EQ(f, NZCV_C);
    ASM1F("ccmp %w[a], #0, #8, lt", 0x80000000, NZCV_N, f);
    CHECK_EQ(f, NZCV_N | NZCV_C);
    ASM1F("ccmn %[a], #1, #3, hi", 0xffffffffffffffff, NZCV_C, f);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    ASM1F("ccmn %[a], #1, #3, hi", 0xffffffffffffffff, 0, f);
    CHECK_EQ(f, NZCV_C | NZCV_V);
    ASM1F("ccmn %w[a], #0x1f, #0, vs", 0x7fffffe1, NZCV_V, f);
    CHECK_EQ(f, NZCV_N | NZCV_V);

    /* cond = NV (0b1111) holds like AL. ccmp x1, x2, #0, nv = 0xfa42f020 (Rm=2, Rn=1);
     * ccmn x1, #5, #4, nv = 0xba45f824 (imm5=5, Rn=1, nzcv=0b0100) */
    asm volatile("mov x1, #7\n\tmov x2, #7\n\tmsr nzcv, xzr\n\t"
                 ".inst 0xfa42f020\n\tmrs %0, nzcv" : "=r"(f) :: "x1", "x2", "cc");
    CHECK_EQM("ccmp x1, x2, #0, nv compares", f, NZCV_Z | NZCV_C);
    asm volatile("mov x1, #-5\n\tmsr nzcv, xzr\n\t"
                 ".inst 0xba45f824\n\tmrs %0, nzcv" : "=r"(f) :: "x1", "cc");
    CHECK_EQM("ccmn x1, #5, #4, nv compares", f, NZCV_Z | NZCV_C);
    return test_done();
}
