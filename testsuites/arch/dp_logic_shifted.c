/* AND/BIC/ORR/ORN/EOR/EON/ANDS/BICS (shifted register) with LSL/LSR/ASR/ROR (C6.2.13
 * AND (shifted register)); MVN, MOV (register), TST aliases. */
#include "test.h"

int main(void)
{
    uint64_t f;

    CHECK_EQ(ASM2("and %[d], %[a], %[b], lsl #8", 0xff00, 0x1f), 0x1f00);
    CHECK_EQ(ASM2("bic %[d], %[a], %[b]", 0xffff, 0x0ff0), 0xf00f);
    CHECK_EQ(ASM2("bic %w[d], %w[a], %w[b], lsr #4", 0xffffffff, 0xf0), 0xfffffff0);
    CHECK_EQ(ASM2("orr %[d], %[a], %[b], asr #4", 0, 0x8000000000000000), 0xf800000000000000);
    CHECK_EQ(ASM2("orr %w[d], %w[a], %w[b], asr #4", 0, 0x80000000), 0xf8000000);
    CHECK_EQ(ASM2("orn %[d], %[a], %[b]", 1, 0xfffffffffffffff0), 0xf);
    CHECK_EQ(ASM1("mvn %w[d], %w[a]", 0x0f0f0f0f), 0xf0f0f0f0);
    CHECK_EQ(ASM1("mvn %[d], %[a], lsl #60", 1), 0xefffffffffffffff);
    CHECK_EQ(ASM2("eor %[d], %[a], %[b], ror #4", 0, 1), 0x1000000000000000);
    CHECK_EQ(ASM2("eor %w[d], %w[a], %w[b], ror #31", 0xffffffff, 0x80000000), 0xfffffffe);
    CHECK_EQ(ASM2("eon %[d], %[a], %[b]", 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f), 0x0ff00ff00ff00ff0);
    CHECK_EQ(ASM2("eon %w[d], %w[a], %w[b], lsl #4", 0, 0x0fffffff), 0xf);
    CHECK_EQ(ASM1("orr %w[d], wzr, %w[a], ror #8", 0x12345678), 0x78123456);
    CHECK_EQ(ASM1("mov %[d], %[a]", 0xfedcba9876543210), 0xfedcba9876543210);
    CHECK_EQ(ASM1("mov %w[d], %w[a]", 0xfedcba9876543210), 0x76543210);
    CHECK_EQ(ASM2("orn %w[d], %w[a], %w[b], ror #16", 0, 0x0000ffff), 0x0000ffff);
    CHECK_EQ(ASM2("and %[d], %[a], %[b], ror #32", 0xffffffff00000000, 0x00000000ffffffff),
             0xffffffff00000000);

    CHECK_EQ(ASM2F("ands %[d], %[a], %[b], lsl #1", 0x8000000000000000, 0x4000000000000000, 0x30000000, f),
             0x8000000000000000);
    CHECK_EQ(f, NZCV_N);
    CHECK_EQ(ASM2F("bics %w[d], %w[a], %w[b]", 0xff, 0xff, 0xb0000000, f), 0);
    CHECK_EQ(f, NZCV_Z);
    CHECK_EQ(ASM2F("bics %[d], %[a], %[b], lsr #63", 0x8000000000000001, 0x8000000000000000, 0x70000000, f),
             0x8000000000000000);
    CHECK_EQ(f, NZCV_N);
    ASM2F("tst %[a], %[b], ror #1", 0x8000000000000000, 1, 0x60000000, f);
    CHECK_EQ(f, NZCV_N);
    ASM2F("tst %w[a], %w[b], asr #31", 0x7fffffff, 0x80000000, 0x10000000, f);
    CHECK_EQ(f, 0);
    /* non-S forms leave flags */
    ASM2F("and %[d], %[a], %[b]", 0, 0, 0xf0000000, f);
    CHECK_EQ(f, 0xf0000000);
    return test_done();
}
