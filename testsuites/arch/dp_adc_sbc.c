/* ADC/ADCS/SBC/SBCS/NGC/NGCS (C6.2.1 ADC): the carry in from PSTATE.C, flags per
 * AddWithCarry(x, y, C) and AddWithCarry(x, NOT(y), C). */
#include "test.h"

int main(void)
{
    uint64_t f;

    CHECK_EQ(ASM2F("adc %[d], %[a], %[b]", 1, 2, NZCV_C, f), 4);
    CHECK_EQ(f, NZCV_C);
    CHECK_EQ(ASM2F("adc %[d], %[a], %[b]", 1, 2, 0, f), 3);
    CHECK_EQ(ASM2F("adc %w[d], %w[a], %w[b]", 0xffffffff, 0, NZCV_C, f), 0);
    CHECK_EQ(f, NZCV_C);   /* ADC leaves flags */
    CHECK_EQ(ASM2F("adcs %[d], %[a], %[b]", 0xffffffffffffffff, 0, NZCV_C, f), 0);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    CHECK_EQ(ASM2F("adcs %[d], %[a], %[b]", 0xffffffffffffffff, 0, 0, f), 0xffffffffffffffff);
    CHECK_EQ(f, NZCV_N);
    CHECK_EQ(ASM2F("adcs %w[d], %w[a], %w[b]", 0x7fffffff, 0, NZCV_C, f), 0x80000000);
    CHECK_EQ(f, NZCV_N | NZCV_V);
    CHECK_EQ(ASM2F("adcs %[d], %[a], %[b]", 0x8000000000000000, 0x8000000000000000, NZCV_C, f), 1);
    CHECK_EQ(f, NZCV_C | NZCV_V);
    CHECK_EQ(ASM2F("adcs %w[d], %w[a], %w[b]", 0xffffffff, 0xffffffff, NZCV_C, f), 0xffffffff);
    CHECK_EQ(f, NZCV_N | NZCV_C);

    CHECK_EQ(ASM2F("sbc %[d], %[a], %[b]", 5, 3, NZCV_C, f), 2);
    CHECK_EQ(ASM2F("sbc %[d], %[a], %[b]", 5, 3, 0, f), 1);
    CHECK_EQ(f, 0);
    CHECK_EQ(ASM2F("sbcs %[d], %[a], %[b]", 0, 0, 0, f), 0xffffffffffffffff);
    CHECK_EQ(f, NZCV_N);
    CHECK_EQ(ASM2F("sbcs %[d], %[a], %[b]", 0, 0, NZCV_C, f), 0);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    CHECK_EQ(ASM2F("sbcs %w[d], %w[a], %w[b]", 0x80000000, 0, 0, f), 0x7fffffff);
    CHECK_EQ(f, NZCV_C | NZCV_V);
    CHECK_EQ(ASM2F("sbcs %[d], %[a], %[b]", 0x7fffffffffffffff, 0xffffffffffffffff, NZCV_C, f),
             0x8000000000000000);
    CHECK_EQ(f, NZCV_N | NZCV_V);
    CHECK_EQ(ASM1F("ngc %[d], %[a]", 5, NZCV_C, f), 0xfffffffffffffffb);
    CHECK_EQ(ASM1F("ngc %[d], %[a]", 5, 0, f), 0xfffffffffffffffa);
    CHECK_EQ(ASM1F("ngcs %w[d], %w[a]", 0, NZCV_C, f), 0);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    CHECK_EQ(ASM1F("ngcs %w[d], %w[a]", 0, 0, f), 0xffffffff);
    CHECK_EQ(f, NZCV_N);

    /* 128-bit arithmetic with ADDS/ADC and SUBS/SBC */
    uint64_t lo, hi;
    asm volatile("mov x9, #-1\n\tmov x10, #1\n\tmov x11, #1\n\tmov x12, #0\n\t"
                 "adds %0, x9, x11\n\tadc %1, x10, x12"
                 : "=&r"(lo), "=&r"(hi) :: "x9", "x10", "x11", "x12", "cc");
    CHECK_EQM("128-bit add lo", lo, 0);
    CHECK_EQM("128-bit add hi", hi, 2);
    asm volatile("mov x9, #0\n\tmov x10, #2\n\tmov x11, #1\n\tmov x12, #0\n\t"
                 "subs %0, x9, x11\n\tsbc %1, x10, x12"
                 : "=&r"(lo), "=&r"(hi) :: "x9", "x10", "x11", "x12", "cc");
    CHECK_EQM("128-bit sub lo", lo, 0xffffffffffffffff);
    CHECK_EQM("128-bit sub hi", hi, 1);
    return test_done();
}
