/* RBIT/REV/REV16/REV32/CLZ/CLS, 32- and 64-bit (C6.2.236 RBIT, C6.2.240 REV, ...). */
#include "test.h"

int main(void)
{
    CHECK_EQ(ASM1("rbit %[d], %[a]", 1), 0x8000000000000000);
    CHECK_EQ(ASM1("rbit %[d], %[a]", 0xf0), 0x0f00000000000000);
    CHECK_EQ(ASM1("rbit %[d], %[a]", 0x0123456789abcdef), 0xf7b3d591e6a2c480);
    CHECK_EQ(ASM1("rbit %w[d], %w[a]", 0xffffffff12345678), 0x1e6a2c48);
    CHECK_EQ(ASM1("rbit %w[d], %w[a]", 1), 0x80000000);
    CHECK_EQ(ASM1("rev %[d], %[a]", 0x0123456789abcdef), 0xefcdab8967452301);
    CHECK_EQ(ASM1("rev %w[d], %w[a]", 0xffffffff11223344), 0x44332211);
    CHECK_EQ(ASM1("rev16 %[d], %[a]", 0x0011223344556677), 0x1100332255447766);
    CHECK_EQ(ASM1("rev16 %w[d], %w[a]", 0xaabbccdd), 0xbbaaddcc);
    CHECK_EQ(ASM1("rev32 %[d], %[a]", 0x0011223344556677), 0x3322110077665544);
    CHECK_EQ(ASM1("clz %[d], %[a]", 0), 64);
    CHECK_EQ(ASM1("clz %[d], %[a]", 1), 63);
    CHECK_EQ(ASM1("clz %[d], %[a]", 0x8000000000000000), 0);
    CHECK_EQ(ASM1("clz %[d], %[a]", 0x00000000ffffffff), 32);
    CHECK_EQ(ASM1("clz %w[d], %w[a]", 0), 32);
    CHECK_EQ(ASM1("clz %w[d], %w[a]", 0xffffffff00000001), 31);
    CHECK_EQ(ASM1("clz %w[d], %w[a]", 0x00010000), 15);
    CHECK_EQ(ASM1("cls %[d], %[a]", 0), 63);
    CHECK_EQ(ASM1("cls %[d], %[a]", 0xffffffffffffffff), 63);
    CHECK_EQ(ASM1("cls %[d], %[a]", 0x4000000000000000), 0);
    CHECK_EQ(ASM1("cls %[d], %[a]", 0xc000000000000000), 1);
    CHECK_EQ(ASM1("cls %[d], %[a]", 1), 62);
    CHECK_EQ(ASM1("cls %w[d], %w[a]", 0x80000000), 0);
    CHECK_EQ(ASM1("cls %w[d], %w[a]", 0xffffffff), 31);
    CHECK_EQ(ASM1("cls %w[d], %w[a]", 0x0000ffff), 15);
    CHECK_EQ(ASM1("cls %w[d], %w[a]", 0xfffffffffff00000), 11);
    return test_done();
}
