/* LDR/STR (register offset) for every size and the signed loads (C6.2.134 LDR
 * (register)): Xm with LSL #0/size, Wm with UXTW/SXTW (optionally scaled), Xm with
 * SXTX; the upper half of Wm is ignored. */
#include "ldst.h"

#define LDR2(insn, base, idx) ({ uint64_t d_ = 0xdeadbeefdeadbeefULL; \
    asm volatile(insn : [d] "+r"(d_) : [p] "r"((uint64_t)(base)), [i] "r"((uint64_t)(idx)) : "memory"); d_; })
#define STR2(insn, val, base, idx) asm volatile(insn :: [v] "r"((uint64_t)(val)), \
    [p] "r"((uint64_t)(base)), [i] "r"((uint64_t)(idx)) : "memory")

int main(void)
{
    ldst_fill();
    uint8_t *b = BUF;

    CHECK_EQ(LDR2("ldr %[d], [%[p], %[i], lsl #3]", b, 1), PAT_HI);
    CHECK_EQ(LDR2("ldr %[d], [%[p], %[i]]", b, 16), PAT_LO);
    CHECK_EQ(LDR2("ldr %[d], [%[p], %[i], sxtx #3]", b + 16, -1), PAT_HI);
    CHECK_EQ(LDR2("ldr %[d], [%[p], %[i], sxtx]", b + 16, -16), PAT_LO);
    CHECK_EQ(LDR2("ldr %[d], [%[p], %w[i], uxtw]", b, 0xffffffff00000008), PAT_HI);
    CHECK_EQ(LDR2("ldr %[d], [%[p], %w[i], sxtw #3]", b + 32, 0xfffffffe), PAT_LO);
    CHECK_EQ(LDR2("ldr %w[d], [%[p], %w[i], uxtw #2]", b, 0xffffffff00000003), 0xffeeddcc);
    CHECK_EQ(LDR2("ldr %w[d], [%[p], %w[i], sxtw #2]", b + 16, 0xffffffff), 0xffeeddcc);
    CHECK_EQ(LDR2("ldr %w[d], [%[p], %[i], lsl #2]", b, 1), 0x77665544);
    CHECK_EQ(LDR2("ldrb %w[d], [%[p], %[i], lsl #0]", b, 5), 0x55);
    CHECK_EQ(LDR2("ldrb %w[d], [%[p], %w[i], sxtw]", b + 16, -7), 0x99);
    CHECK_EQ(LDR2("ldrsb %[d], [%[p], %[i]]", b, 14), 0xffffffffffffffee);
    CHECK_EQ(LDR2("ldrsb %w[d], [%[p], %w[i], uxtw]", b, 0x1000000008), 0x00000000ffffff88);
    CHECK_EQ(LDR2("ldrh %w[d], [%[p], %[i], lsl #1]", b, 4), 0x9988);
    CHECK_EQ(LDR2("ldrsh %[d], [%[p], %w[i], uxtw #1]", b, 5), 0xffffffffffffbbaa);
    CHECK_EQ(LDR2("ldrsh %w[d], [%[p], %w[i], sxtw #1]", b + 8, -1), 0x7766);
    CHECK_EQ(LDR2("ldrsw %[d], [%[p], %w[i], sxtw #2]", b + 16, -1), 0xffffffffffeeddcc);
    CHECK_EQ(LDR2("ldrsw %[d], [%[p], %[i], lsl #2]", b, 1), 0x77665544);

    STR2("strb %w[v], [%[p], %[i]]", 0x5a, b, 17);
    CHECK_EQM("strb reg", ldst_dword(16), 0x7766554433225a00);
    STR2("strh %w[v], [%[p], %w[i], uxtw #1]", 0x1234, b, 0xabcdef0000000013);  /* b + 38 */
    CHECK_EQM("strh uxtw #1", ldst_dword(32), 0x1234554433221100);
    STR2("str %w[v], [%[p], %[i], lsl #2]", 0xfeedface, b, 11);                /* b + 44 */
    CHECK_EQM("str w lsl #2", ldst_dword(40), 0xfeedfacebbaa9988);
    STR2("str %[v], [%[p], %w[i], sxtw #3]", 0x0102030405060708, b + 64, -2);  /* b + 48 */
    CHECK_EQM("str x sxtw #3", ldst_dword(48), 0x0102030405060708);
    STR2("str %[v], [%[p], %[i], sxtx]", 0x1111, b + 64, -8);                  /* b + 56 */
    CHECK_EQM("str x sxtx", ldst_dword(56), 0x1111);
    return test_done();
}
