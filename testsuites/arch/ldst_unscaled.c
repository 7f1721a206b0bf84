/* LDUR/STUR and the sized/signed variants (C6.2.177 LDUR ...): unscaled signed 9-bit
 * byte offsets -256..255, odd bases with offsets that make the address aligned. */
#include "ldst.h"

int main(void)
{
    ldst_fill();
    uint8_t *b = BUF;

    CHECK_EQ(LD("ldur %[d], [%[p], #-8]", b + 16), PAT_HI);
    CHECK_EQ(LD("ldur %[d], [%[p], #255]", b + 1), PAT_LO);        /* b + 256 */
    CHECK_EQ(LD("ldur %w[d], [%[p], #-1]", b + 17), 0x33221100);
    CHECK_EQ(LD("ldur %w[d], [%[p], #3]", b + 9), 0xffeeddcc);
    CHECK_EQ(LD("ldurb %w[d], [%[p], #-256]", b + 256 + 9), 0x99);
    CHECK_EQ(LD("ldursb %[d], [%[p], #255]", b + 10), 0xffffffffffffff99);  /* b + 265 */
    CHECK_EQ(LD("ldursb %w[d], [%[p], #-1]", b + 10), 0x00000000ffffff99);
    CHECK_EQ(LD("ldurh %w[d], [%[p], #-3]", b + 11), 0x9988);
    CHECK_EQ(LD("ldursh %w[d], [%[p], #1]", b + 7), 0x00000000ffff9988);
    CHECK_EQ(LD("ldursh %[d], [%[p], #1]", b + 7), 0xffffffffffff9988);
    CHECK_EQ(LD("ldursh %[d], [%[p], #-1]", b + 7), 0x7766);
    CHECK_EQ(LD("ldursw %[d], [%[p], #-4]", b + 16), 0xffffffffffeeddcc);
    CHECK_EQ(LD("ldursw %[d], [%[p], #-12]", b + 16), 0x77665544);
    CHECK_EQ(LD("ldur %[d], [%[p], #0]", b + 8), PAT_HI);

    ST("stur %[v], [%[p], #-7]", 0x0011223344556677, b + 7);
    CHECK_EQM("stur x", ldst_dword(0), 0x0011223344556677);
    ST("stur %w[v], [%[p], #-255]", 0xcafef00d, b + 8 + 255);
    CHECK_EQM("stur w", ldst_dword(8), 0xffeeddcccafef00d);
    ST("sturh %w[v], [%[p], #1]", 0xabcd, b + 21);                 /* b + 22 */
    CHECK_EQM("sturh", ldst_dword(16), 0xabcd554433221100);
    ST("sturb %w[v], [%[p], #-1]", 0x1ff, b + 25);                /* b + 24 */
    CHECK_EQM("sturb", ldst_dword(24), 0xffeeddccbbaa99ff);
    return test_done();
}
