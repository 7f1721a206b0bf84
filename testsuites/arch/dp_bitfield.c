/* SBFM/BFM/UBFM (C6.2.28 BFM, C6.2.257 SBFM, C6.2.377 UBFM) and their aliases LSL,
 * LSR, ASR (immediate), SXTB/SXTH/SXTW, UXTB/UXTH, UBFX/SBFX, UBFIZ/SBFIZ, BFI, BFXIL.
 * Raw forms with imms < immr (insert) and imms >= immr (extract). */
#include "test.h"

#define BF(insn, init, src) ({ uint64_t d_ = (init); \
    asm volatile(insn : [d] "+r"(d_) : [a] "r"((uint64_t)(src))); d_; })

int main(void)
{
    /* shifts */
    CHECK_EQ(ASM1("lsl %[d], %[a], #4", 0xf00000000000000f), 0xf0);
    CHECK_EQ(ASM1("lsl %w[d], %w[a], #31", 3), 0x80000000);
    CHECK_EQ(ASM1("lsr %[d], %[a], #63", 0x8000000000000000), 1);
    CHECK_EQ(ASM1("lsr %w[d], %w[a], #4", 0xffffffff80000000), 0x08000000);
    CHECK_EQ(ASM1("asr %[d], %[a], #4", 0x8000000000000000), 0xf800000000000000);
    CHECK_EQ(ASM1("asr %w[d], %w[a], #31", 0x80000000), 0x00000000ffffffff);
    CHECK_EQ(ASM1("asr %[d], %[a], #63", 0x7fffffffffffffff), 0);
    /* extends */
    CHECK_EQ(ASM1("sxtb %[d], %w[a]", 0x80), 0xffffffffffffff80);
    CHECK_EQ(ASM1("sxtb %w[d], %w[a]", 0x80), 0x00000000ffffff80);
    CHECK_EQ(ASM1("sxtb %[d], %w[a]", 0x17f), 0x7f);
    CHECK_EQ(ASM1("sxth %[d], %w[a]", 0x12348000), 0xffffffffffff8000);
    CHECK_EQ(ASM1("sxth %w[d], %w[a]", 0x7fff), 0x7fff);
    CHECK_EQ(ASM1("sxtw %[d], %w[a]", 0x0000000080000001), 0xffffffff80000001);
    CHECK_EQ(ASM1("sxtw %[d], %w[a]", 0xffffffff7fffffff), 0x7fffffff);
    CHECK_EQ(ASM1("uxtb %w[d], %w[a]", 0x1234), 0x34);
    CHECK_EQ(ASM1("uxth %w[d], %w[a]", 0xffffffff12345678), 0x5678);
    /* extract */
    CHECK_EQ(ASM1("ubfx %[d], %[a], #8, #12", 0x123456789abcdef0), 0xcde);
    CHECK_EQ(ASM1("sbfx %[d], %[a], #8, #12", 0x123456789abcdef0), 0xfffffffffffffcde);
    CHECK_EQ(ASM1("sbfx %w[d], %w[a], #4, #4", 0x70), 0x7);
    CHECK_EQ(ASM1("sbfx %w[d], %w[a], #4, #4", 0x80), 0x00000000fffffff8);
    CHECK_EQ(ASM1("ubfx %[d], %[a], #32, #32", 0xdeadbeef00000000), 0xdeadbeef);
    CHECK_EQ(ASM1("ubfm %[d], %[a], #32, #63", 0xdeadbeef00000000), 0xdeadbeef); /* = lsr #32 */
    CHECK_EQ(ASM1("sbfm %[d], %[a], #0, #31", 0x80000000), 0xffffffff80000000); /* = sxtw */
    /* insert in zeros */
    CHECK_EQ(ASM1("sbfm %[d], %[a], #60, #3", 0xb), 0xffffffffffffffb0);   /* sbfiz #4, #4 */
    CHECK_EQ(ASM1("ubfm %w[d], %w[a], #28, #3", 0xff), 0xf0);              /* ubfiz #4, #4 */
    CHECK_EQ(ASM1("sbfiz %[d], %[a], #62, #2", 2), 0x8000000000000000);
    CHECK_EQ(ASM1("ubfiz %[d], %[a], #63, #1", 3), 0x8000000000000000);
    /* BFM keeps the other bits of Rd */
    CHECK_EQ(BF("bfi %[d], %[a], #16, #8", 0xffffffffffffffff, 0x12), 0xffffffffff12ffff);
    CHECK_EQ(BF("bfxil %[d], %[a], #4, #8", 0, 0xabc0), 0xbc);
    CHECK_EQ(BF("bfi %w[d], %w[a], #28, #4", 0xffffffff12345678, 0xa), 0x00000000a2345678);
    CHECK_EQ(BF("bfxil %w[d], %w[a], #0, #16", 0xffffffffffffffff, 0x1234), 0x00000000ffff1234);
    CHECK_EQ(BF("bfm %[d], %[a], #8, #15", 0x1111111111111111, 0xab00), 0x11111111111111ab);
    CHECK_EQ(BF("bfm %[d], %[a], #56, #7", 0, 0x1cd), 0xcd00);
    CHECK_EQ(BF("bfi %[d], %[a], #0, #64", 0x5555, 0xfedcba9876543210), 0xfedcba9876543210);
    CHECK_EQ(BF("bfm %[d], xzr, #56, #47", 0xffffffffffffffff, 0), 0xff000000000000ff); /* bfc #8, #48 */
    return test_done();
}
