/* MADD/MSUB (MUL/MNEG), SMADDL/SMSUBL/UMADDL/UMSUBL (SMULL/UMULL/SMNEGL/UMNEGL),
 * SMULH/UMULH (C6.2.184 MADD ...). */
#include "test.h"

int main(void)
{
    CHECK_EQ(ASM3("madd %[d], %[a], %[b], %[c]", 3, 4, 5), 17);
    CHECK_EQ(ASM3("madd %[d], %[a], %[b], %[c]", 0x100000000, 0x100000000, 1), 1);
    CHECK_EQ(ASM3("madd %w[d], %w[a], %w[b], %w[c]", 0x10000, 0x10000, 7), 7);
    CHECK_EQ(ASM3("madd %w[d], %w[a], %w[b], %w[c]", 0xffffffff, 2, 0xffffffff00000000), 0xfffffffe);
    CHECK_EQ(ASM3("msub %[d], %[a], %[b], %[c]", 3, 4, 10), 0xfffffffffffffffe);
    CHECK_EQ(ASM3("msub %w[d], %w[a], %w[b], %w[c]", 3, 4, 10), 0xfffffffe);
    CHECK_EQ(ASM2("mul %[d], %[a], %[b]", 0xffffffffffffffff, 0xffffffffffffffff), 1);
    CHECK_EQ(ASM2("mneg %[d], %[a], %[b]", 6, 7), 0xffffffffffffffd6);

    CHECK_EQ(ASM3("smaddl %[d], %w[a], %w[b], %[c]", 0x12345678fffffffe, 3, 10), 4);
    CHECK_EQ(ASM3("smsubl %[d], %w[a], %w[b], %[c]", 0xfffffffe, 3, 10), 16);
    CHECK_EQ(ASM3("umaddl %[d], %w[a], %w[b], %[c]", 0xffffffff, 0xffffffff, 0), 0xfffffffe00000001);
    CHECK_EQ(ASM3("umsubl %[d], %w[a], %w[b], %[c]", 0xffffffff, 0xffffffff, 0), 0x00000001ffffffff);
    CHECK_EQ(ASM2("smull %[d], %w[a], %w[b]", 0x80000000, 0x80000000), 0x4000000000000000);
    CHECK_EQ(ASM2("smull %[d], %w[a], %w[b]", 0xffffffff, 0x7fffffff), 0xffffffff80000001);
    CHECK_EQ(ASM2("umull %[d], %w[a], %w[b]", 0x80000000, 2), 0x100000000);
    CHECK_EQ(ASM2("smnegl %[d], %w[a], %w[b]", 0xffffffff, 5), 5);
    CHECK_EQ(ASM2("umnegl %[d], %w[a], %w[b]", 0xffffffff, 1), 0xffffffff00000001);

    CHECK_EQ(ASM2("smulh %[d], %[a], %[b]", -1, -1), 0);
    CHECK_EQ(ASM2("smulh %[d], %[a], %[b]", 0x8000000000000000, 2), 0xffffffffffffffff);
    CHECK_EQ(ASM2("smulh %[d], %[a], %[b]", 0x7fffffffffffffff, 0x7fffffffffffffff), 0x3fffffffffffffff);
    CHECK_EQ(ASM2("smulh %[d], %[a], %[b]", 0x8000000000000000, 0x8000000000000000), 0x4000000000000000);
    CHECK_EQ(ASM2("umulh %[d], %[a], %[b]", -1, -1), 0xfffffffffffffffe);
    CHECK_EQ(ASM2("umulh %[d], %[a], %[b]", 0x100000000, 0x100000000), 1);
    CHECK_EQ(ASM2("umulh %[d], %[a], %[b]", 0x8000000000000000, 2), 1);
    CHECK_EQ(ASM2("umulh %[d], %[a], %[b]", 0xffffffff, 0xffffffff), 0);
    return test_done();
}
