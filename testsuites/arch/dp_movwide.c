/* MOVZ/MOVN/MOVK, 32- and 64-bit, every hw shift (C6.2.191-C6.2.193). */
#include "test.h"

#define MOVK(insn, init) ({ uint64_t d_ = (init); asm volatile(insn : [d] "+r"(d_)); d_; })

int main(void)
{
    CHECK_EQ(ASM1("movz %[d], #0x1234, lsl #48", 0), 0x1234000000000000);
    CHECK_EQ(ASM1("movz %[d], #0xffff", 0), 0xffff);
    CHECK_EQ(ASM1("movz %[d], #0xbeef, lsl #32", 0), 0x0000beef00000000);
    CHECK_EQ(ASM1("movz %w[d], #0xffff, lsl #16", 0), 0xffff0000);
    CHECK_EQ(ASM1("movz %w[d], #0", 0), 0);
    CHECK_EQ(ASM1("movn %[d], #0", 0), 0xffffffffffffffff);
    CHECK_EQ(ASM1("movn %w[d], #0", 0), 0x00000000ffffffff);
    CHECK_EQ(ASM1("movn %[d], #0x1234, lsl #16", 0), 0xffffffffedcbffff);
    CHECK_EQ(ASM1("movn %[d], #0x8000, lsl #48", 0), 0x7fffffffffffffff);
    CHECK_EQ(ASM1("movn %w[d], #0x1234, lsl #16", 0), 0x00000000edcbffff);
    CHECK_EQ(ASM1("movn %w[d], #0xffff", 0), 0x00000000ffff0000);

    CHECK_EQ(MOVK("movk %[d], #0xbeef, lsl #32", 0x1111111111111111), 0x1111beef11111111);
    CHECK_EQ(MOVK("movk %[d], #0, lsl #48", 0xffffffffffffffff), 0x0000ffffffffffff);
    CHECK_EQ(MOVK("movk %[d], #0x5a5a", 0xffffffffffffffff), 0xffffffffffff5a5a);
    CHECK_EQ(MOVK("movk %[d], #0x7777, lsl #16", 0), 0x77770000);
    /* 32-bit MOVK keeps the other half of Wd and zeroes Xd[63:32] */
    CHECK_EQ(MOVK("movk %w[d], #0xabcd", 0xffffffff12345678), 0x000000001234abcd);
    CHECK_EQ(MOVK("movk %w[d], #0xabcd, lsl #16", 0xffffffff12345678), 0x00000000abcd5678);

    uint64_t v;
    asm volatile("movz %0, #0xcdef\n\t"
                 "movk %0, #0x89ab, lsl #16\n\t"
                 "movk %0, #0x4567, lsl #32\n\t"
                 "movk %0, #0x0123, lsl #48" : "=&r"(v));
    CHECK_EQM("movz/movk sequence", v, 0x0123456789abcdef);
    return test_done();
}
