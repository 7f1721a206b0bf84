/* LSLV/LSRV/ASRV/RORV (C6.2.181 LSLV ...): the shift amount is Rm modulo the
 * register size. */
#include "test.h"

int main(void)
{
    CHECK_EQ(ASM2("lslv %[d], %[a], %[b]", 3, 65), 6);
    CHECK_EQ(ASM2("lslv %[d], %[a], %[b]", 3, 64), 3);
    CHECK_EQ(ASM2("lsl %[d], %[a], %[b]", 1, 63), 0x8000000000000000);
    CHECK_EQ(ASM2("lslv %w[d], %w[a], %w[b]", 0x80000001, 33), 2);
    CHECK_EQ(ASM2("lslv %w[d], %w[a], %w[b]", 0xffffffff, 0xffffffff0000001f), 0x80000000);
    CHECK_EQ(ASM2("lsrv %[d], %[a], %[b]", 0x8000000000000000, 63), 1);
    CHECK_EQ(ASM2("lsrv %[d], %[a], %[b]", 0x8000000000000000, 0xffffffffffffff04), 0x0800000000000000);
    CHECK_EQ(ASM2("lsrv %w[d], %w[a], %w[b]", 0xffffffff80000000, 31), 1);
    CHECK_EQ(ASM2("asrv %[d], %[a], %[b]", 0x8000000000000000, 63), 0xffffffffffffffff);
    CHECK_EQ(ASM2("asrv %[d], %[a], %[b]", 0x8000000000000000, 64), 0x8000000000000000);
    CHECK_EQ(ASM2("asrv %w[d], %w[a], %w[b]", 0x80000000, 36), 0x00000000f8000000);
    CHECK_EQ(ASM2("asr %w[d], %w[a], %w[b]", 0x40000000, 30), 1);
    CHECK_EQ(ASM2("rorv %[d], %[a], %[b]", 1, 1), 0x8000000000000000);
    CHECK_EQ(ASM2("rorv %[d], %[a], %[b]", 1, 0x41), 0x8000000000000000);
    CHECK_EQ(ASM2("rorv %[d], %[a], %[b]", 0x0123456789abcdef, 8), 0xef0123456789abcd);
    CHECK_EQ(ASM2("rorv %w[d], %w[a], %w[b]", 1, 1), 0x80000000);
    CHECK_EQ(ASM2("rorv %w[d], %w[a], %w[b]", 1, 32), 1);
    CHECK_EQ(ASM2("ror %w[d], %w[a], %w[b]", 0x12345678, 12), 0x67812345);
    return test_done();
}
