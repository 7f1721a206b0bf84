/* AND/ORR/EOR/ANDS (immediate) with bitmask immediates of every element size
 * (C6.2.12 AND (immediate), DecodeBitMasks in J1): 2-, 8-, 16-, 32- and 64-bit
 * elements, rotated runs, 32-bit forms (upper half of Xd zeroed), ANDS/TST setting N
 * and Z and clearing C and V, Rd = SP for the non-flag-setting forms. */
#include "test.h"

int main(void)
{
    uint64_t f;

    /* 64-bit */
    CHECK_EQ(ASM1("and %[d], %[a], #0x00ff00ff00ff00ff", 0x123456789abcdef0), 0x0034007800bc00f0);
    CHECK_EQ(ASM1("orr %[d], %[a], #0x5555555555555555", 0x8000000000000000), 0xd555555555555555);
    CHECK_EQ(ASM1("eor %[d], %[a], #0xfffffffffffffffe", 0x123), 0xfffffffffffffedd);
    CHECK_EQ(ASM1("eor %[d], %[a], #0x8000000000000001", 0xffff), 0x800000000000fffe);
    CHECK_EQ(ASM1("orr %[d], %[a], #0x0000fffffffff000", 1), 0x0000fffffffff001);
    CHECK_EQ(ASM1("and %[d], %[a], #0x0f0f0f0f0f0f0f0f", 0xffffffffffffffff), 0x0f0f0f0f0f0f0f0f);
    CHECK_EQ(ASM1("and %[d], %[a], #0xc3c3c3c3c3c3c3c3", 0x00ff00ff00ff00ff), 0x00c300c300c300c3);
    CHECK_EQ(ASM1("orr %[d], xzr, #0x3333333333333333", 0), 0x3333333333333333);
    CHECK_EQ(ASM1("eor %[d], %[a], #0x7fffffffffffffff", 0xffffffffffffffff), 0x8000000000000000);
    CHECK_EQ(ASM1("and %[d], %[a], #0x1", 0xfffffffffffffffe), 0);

    /* 32-bit: the upper half of Xd is zeroed, the upper half of Xn ignored */
    CHECK_EQ(ASM1("and %w[d], %w[a], #0xffff0000", 0xaaaaaaaa12345678), 0x12340000);
    CHECK_EQ(ASM1("orr %w[d], %w[a], #0x0f0f0f0f", 0xffffffff10203040), 0x1f2f3f4f);
    CHECK_EQ(ASM1("eor %w[d], %w[a], #0x80000000", 0x7fffffff), 0xffffffff);
    CHECK_EQ(ASM1("eor %w[d], %w[a], #0x3c3c3c3c", 0xffffffff), 0xc3c3c3c3);
    CHECK_EQ(ASM1("and %w[d], %w[a], #0xfffffffe", 0x12345679), 0x12345678);
    CHECK_EQ(ASM1("orr %w[d], %w[a], #0xaaaaaaaa", 0x5555555555555555), 0xffffffff);
    CHECK_EQ(ASM1("eor %w[d], %w[a], #0x00000ff0", 0xff), 0xf0f);

    /* ANDS/TST: N and Z from the result, C and V cleared */
    CHECK_EQ(ASM1F("ands %[d], %[a], #0x8000000000000000", 0x8000000000000001, 0x30000000, f), 0x8000000000000000);
    CHECK_EQ(f, NZCV_N);
    CHECK_EQ(ASM1F("ands %w[d], %w[a], #0xff", 0xffffff00, 0x30000000, f), 0);
    CHECK_EQ(f, NZCV_Z);
    CHECK_EQ(ASM1F("ands %w[d], %w[a], #0x80000000", 0x80000000, 0x70000000, f), 0x80000000);
    CHECK_EQ(f, NZCV_N);
    CHECK_EQ(ASM1F("ands %[d], %[a], #0xffff", 0x1234, 0xf0000000, f), 0x1234);
    CHECK_EQ(f, 0);
    ASM1F("tst %w[a], #0x80000000", 0x80000000, 0x70000000, f);
    CHECK_EQ(f, NZCV_N);
    ASM1F("tst %[a], #0x1", 2, 0xb0000000, f);
    CHECK_EQ(f, NZCV_Z);

    /* AND (immediate) with Rd = SP: realign a misaligned pointer into SP */
    uint64_t sp_before, sp_after;
    asm volatile("mov %[b], sp\n\t"
                 "add x9, %[b], #7\n\t"
                 "and sp, x9, #0xfffffffffffffff0\n\t"
                 "mov %[a], sp\n\t"
                 "mov sp, %[b]"
                 : [b] "=&r"(sp_before), [a] "=&r"(sp_after) :: "x9");
    CHECK_EQM("and sp, x9, #~0xf", sp_after, sp_before);
    return test_done();
}
