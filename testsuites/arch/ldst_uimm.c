/* LDR/STR (immediate, unsigned offset) for every size, LDRB/LDRH/LDRSB/LDRSH/LDRSW to W
 * and X (C6.2.132 LDR (immediate) ...): the offset is scaled by the access size, up
 * to 4095 * size; W loads zero Xd[63:32]; signed loads to W zero Xd[63:32]. */
#include "ldst.h"

extern char __scratch_start[];

int main(void)
{
    ldst_fill();
    uint8_t *b = BUF;

    CHECK_EQ(LD("ldrb %w[d], [%[p], #3]", b), 0x33);
    CHECK_EQ(LD("ldrb %w[d], [%[p], #9]", b), 0x99);
    CHECK_EQ(LD("ldrsb %w[d], [%[p], #9]", b), 0x00000000ffffff99);
    CHECK_EQ(LD("ldrsb %[d], [%[p], #9]", b), 0xffffffffffffff99);
    CHECK_EQ(LD("ldrsb %[d], [%[p], #3]", b), 0x33);
    CHECK_EQ(LD("ldrh %w[d], [%[p], #2]", b), 0x3322);
    CHECK_EQ(LD("ldrh %w[d], [%[p], #8]", b), 0x9988);
    CHECK_EQ(LD("ldrsh %w[d], [%[p], #8]", b), 0x00000000ffff9988);
    CHECK_EQ(LD("ldrsh %[d], [%[p], #8]", b), 0xffffffffffff9988);
    CHECK_EQ(LD("ldrsh %[d], [%[p], #6]", b), 0x7766);
    CHECK_EQ(LD("ldr %w[d], [%[p], #4]", b), 0x77665544);
    CHECK_EQ(LD("ldr %w[d], [%[p], #12]", b), 0xffeeddcc);
    CHECK_EQ(LD("ldrsw %[d], [%[p], #12]", b), 0xffffffffffeeddcc);
    CHECK_EQ(LD("ldrsw %[d], [%[p], #4]", b), 0x77665544);
    CHECK_EQ(LD("ldr %[d], [%[p], #8]", b), PAT_HI);
    CHECK_EQ(LD("ldr %[d], [%[p], #0]", b), PAT_LO);
    CHECK_EQ(LD("ldr %[d], [%[p], #504]", b), PAT_HI);

    ST("strb %w[v], [%[p], #5]", 0xabcdef01, b);
    CHECK_EQM("strb", ldst_dword(0), 0x7766014433221100);
    ST("strh %w[v], [%[p], #10]", 0x12345678, b);
    CHECK_EQM("strh", ldst_dword(8), 0xffeeddcc56789988);
    ST("str %w[v], [%[p], #16]", 0xffffffff0a0b0c0d, b);
    CHECK_EQM("str w", ldst_dword(16), 0x776655440a0b0c0d);
    ST("str %[v], [%[p], #24]", 0x0123456789abcdef, b);
    CHECK_EQM("str x", ldst_dword(24), 0x0123456789abcdef);
    ST("str %w[v], [%[p], #36]", 0, b);
    CHECK_EQM("str w (upper word)", ldst_dword(32), 0x0000000033221100);
    ST("strb wzr, [%[p], #40]", 0, b);
    CHECK_EQM("strb wzr", ldst_dword(40), PAT_HI & ~0xffULL);

    /* maximum scaled offsets: 4095 * size */
    uint8_t *s = (uint8_t *)__scratch_start;
    ST("strb %w[v], [%[p], #4095]", 0x5a, s);
    CHECK_EQ(LD("ldrb %w[d], [%[p]]", s + 4095), 0x5a);
    ST("strh %w[v], [%[p], #8190]", 0x1234, s);
    CHECK_EQ(LD("ldrh %w[d], [%[p]]", s + 8190), 0x1234);
    ST("str %w[v], [%[p], #16380]", 0x89abcdef, s);
    CHECK_EQ(LD("ldrsw %[d], [%[p]]", s + 16380), 0xffffffff89abcdef);
    ST("str %[v], [%[p], #32760]", 0xfedcba9876543210, s);
    CHECK_EQ(LD("ldr %[d], [%[p]]", s + 32760), 0xfedcba9876543210);
    CHECK_EQ(LD("ldr %[d], [%[p], #32760]", s), 0xfedcba9876543210);
    CHECK_EQ(LD("ldrsh %[d], [%[p], #8190]", s), 0x1234);
    CHECK_EQ(LD("ldrsb %w[d], [%[p], #4095]", s), 0x5a);
    return test_done();
}
