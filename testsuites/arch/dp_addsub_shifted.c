/* ADD/ADDS/SUB/SUBS (shifted register) with LSL/LSR/ASR, NEG/NEGS/CMP/CMN aliases
 * (C6.2.5 ADD (shifted register)); flags per AddWithCarry. */
#include "test.h"

int main(void)
{
    uint64_t f;

    CHECK_EQ(ASM2("add %[d], %[a], %[b], lsl #4", 0x10, 0x123), 0x1240);
    CHECK_EQ(ASM2("add %[d], %[a], %[b], lsl #63", 0, 3), 0x8000000000000000);
    CHECK_EQ(ASM2("add %w[d], %w[a], %w[b], lsr #31", 5, 0x80000000), 6);
    CHECK_EQ(ASM2("add %w[d], %w[a], %w[b], lsl #16", 0xffffffff0000ffff, 0x0001), 0x0001ffff);
    CHECK_EQ(ASM2("sub %[d], %[a], %[b], asr #60", 0, 0x8000000000000000), 8);
    CHECK_EQ(ASM2("sub %w[d], %w[a], %w[b], asr #4", 0, 0x80000000), 0x08000000);
    CHECK_EQ(ASM2("sub %[d], %[a], %[b], lsr #1", 0, 2), 0xffffffffffffffff);
    CHECK_EQ(ASM1("neg %[d], %[a], lsl #1", 3), 0xfffffffffffffffa);
    CHECK_EQ(ASM1("neg %w[d], %w[a]", 1), 0x00000000ffffffff);

    CHECK_EQ(ASM2F("adds %[d], %[a], %[b], lsl #63", 0x8000000000000000, 1, 0, f), 0);
    CHECK_EQ(f, NZCV_Z | NZCV_C | NZCV_V);
    CHECK_EQ(ASM2F("adds %w[d], %w[a], %w[b], lsr #1", 0x7fffffff, 2, 0, f), 0x80000000);
    CHECK_EQ(f, NZCV_N | NZCV_V);
    CHECK_EQ(ASM2F("subs %w[d], %w[a], %w[b], asr #1", 0x40000000, 0x80000000, 0, f), 0x80000000);
    CHECK_EQ(f, NZCV_N | NZCV_V);
    CHECK_EQ(ASM2F("subs %[d], %[a], %[b], lsl #1", 0x10, 0x8, 0, f), 0);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    CHECK_EQ(ASM2F("subs %[d], %[a], %[b], asr #63", 5, 0x8000000000000000, 0, f), 6);
    CHECK_EQ(f, 0);  /* 5 - (-1): 5 + 0 + 1 with no carry out */
    CHECK_EQ(ASM1F("negs %w[d], %w[a]", 0x80000000, 0, f), 0x80000000);
    CHECK_EQ(f, NZCV_N | NZCV_V);
    CHECK_EQ(ASM1F("negs %[d], %[a]", 0, 0, f), 0);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    ASM2F("cmp %[a], %[b], lsr #8", 0x100, 0x10000, 0, f);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    ASM2F("cmn %w[a], %w[b], lsl #16", 0xffff0000, 1, 0, f);
    CHECK_EQ(f, NZCV_Z | NZCV_C);
    ASM2F("cmp %[a], %[b], asr #1", 0x7fffffffffffffff, 0x8000000000000000, 0, f);
    CHECK_EQ(f, NZCV_N | NZCV_V);   /* max - (min/2) overflows */
    /* non-S forms leave NZCV alone */
    CHECK_EQ(ASM2F("add %[d], %[a], %[b]", 0xffffffffffffffff, 1, 0x90000000, f), 0);
    CHECK_EQ(f, NZCV_N | NZCV_V);
    return test_done();
}
