/* EXTR and ROR (immediate) (C6.2.90 EXTR): the low half of the concatenation Rn:Rm
 * shifted right by lsb; ROR is EXTR with Rn = Rm. */
#include "test.h"

int main(void)
{
    CHECK_EQ(ASM2("extr %[d], %[a], %[b], #16", 0x1111222233334444, 0x5555666677778888),
             0x4444555566667777);
    CHECK_EQ(ASM2("extr %w[d], %w[a], %w[b], #8", 0xaabbccdd, 0x11223344), 0xdd112233);
    CHECK_EQ(ASM2("extr %[d], %[a], %[b], #0", 0x1111111111111111, 0x2222222222222222),
             0x2222222222222222);
    CHECK_EQ(ASM2("extr %[d], %[a], %[b], #63", 0x8000000000000001, 0x8000000000000000), 3);
    CHECK_EQ(ASM2("extr %w[d], %w[a], %w[b], #31", 0xffffffff00000001, 0xffffffff80000000), 3);
    CHECK_EQ(ASM1("ror %[d], %[a], #4", 0x123456789abcdef1), 0x1123456789abcdef);
    CHECK_EQ(ASM1("ror %w[d], %w[a], #31", 0x80000001), 0x00000003);
    CHECK_EQ(ASM1("ror %w[d], %w[a], #16", 0xffffffff12345678), 0x56781234);
    CHECK_EQ(ASM1("ror %[d], %[a], #63", 0x8000000000000000), 1);
    return test_done();
}
