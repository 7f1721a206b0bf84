/* UDIV/SDIV (C6.2.388 UDIV, C6.2.259 SDIV): round towards zero, division by zero
 * gives 0 (no exception), INT_MIN / -1 gives INT_MIN; 32-bit forms use Wn only. */
#include "test.h"

int main(void)
{
    CHECK_EQ(ASM2("udiv %[d], %[a], %[b]", 100, 7), 14);
    CHECK_EQ(ASM2("udiv %[d], %[a], %[b]", 0xffffffffffffffff, 2), 0x7fffffffffffffff);
    CHECK_EQ(ASM2("udiv %[d], %[a], %[b]", 0xffffffffffffffff, 0xffffffffffffffff), 1);
    CHECK_EQ(ASM2("udiv %[d], %[a], %[b]", 12345, 0), 0);
    CHECK_EQ(ASM2("udiv %w[d], %w[a], %w[b]", 0xffffffff, 0x10), 0x0fffffff);
    CHECK_EQ(ASM2("udiv %w[d], %w[a], %w[b]", 0x100000064, 10), 10);
    CHECK_EQ(ASM2("udiv %w[d], %w[a], %w[b]", 5, 0x100000000), 0);   /* Wm = 0 */

    CHECK_EQ(ASM2("sdiv %[d], %[a], %[b]", -7, 2), 0xfffffffffffffffd);
    CHECK_EQ(ASM2("sdiv %[d], %[a], %[b]", 7, -2), 0xfffffffffffffffd);
    CHECK_EQ(ASM2("sdiv %[d], %[a], %[b]", -7, -2), 3);
    CHECK_EQ(ASM2("sdiv %[d], %[a], %[b]", 0x8000000000000000, -1), 0x8000000000000000);
    CHECK_EQ(ASM2("sdiv %[d], %[a], %[b]", 42, 0), 0);
    CHECK_EQ(ASM2("sdiv %[d], %[a], %[b]", -1, 0), 0);
    CHECK_EQ(ASM2("sdiv %w[d], %w[a], %w[b]", 0x80000000, 0xffffffff), 0x80000000);
    CHECK_EQ(ASM2("sdiv %w[d], %w[a], %w[b]", -100, 7), 0x00000000fffffff2);
    CHECK_EQ(ASM2("sdiv %w[d], %w[a], %w[b]", 5, 0), 0);
    CHECK_EQ(ASM2("sdiv %w[d], %w[a], %w[b]", 0x00000000fffffff6, 0x00000000fffffffe), 5);
    return test_done();
}
