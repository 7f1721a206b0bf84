/* PRFM (immediate, register, literal) and PRFUM (C6.2.211-C6.2.214): hints with no
 * architecturally visible effect. They never fault, even for an address with no
 * memory (here: one beyond any physical address size), and allocated as well as
 * unallocated prfop values behave as NOPs. */
#include "test.h"

static uint64_t mem[4] __attribute__((aligned(16))) = { 0x1111, 0x2222, 0x3333, 0x4444 };

int main(void)
{
    uint64_t f;
    asm volatile("msr nzcv, %[n]\n\t"
                 "prfm pldl1keep, [%[p]]\n\t"
                 "prfm pldl2strm, [%[p], #8]\n\t"
                 "prfm pldl3keep, [%[p], #32760]\n\t"
                 "prfm plil1keep, [%[p], %[i]]\n\t"
                 "prfm plil3strm, [%[p], %w[i], sxtw #3]\n\t"
                 "prfm pstl1keep, [%[p], %[i], lsl #3]\n\t"
                 "prfm pstl3strm, [%[p]]\n\t"
                 "prfum pldl1strm, [%[p], #-1]\n\t"
                 "prfum pstl2keep, [%[p], #255]\n\t"
                 "prfm #0x1f, [%[p]]\n\t"
                 "prfm #0x18, [%[p]]\n\t"
                 "prfm #6, [%[p]]\n\t"
                 "prfm pldl1keep, [%[bad]]\n\t"
                 "prfm pstl1keep, [%[bad]]\n\t"
                 "prfm plil1keep, [%[bad]]\n\t"
                 "prfum pldl1keep, [sp, #-8]\n\t"
                 "prfm pldl1keep, 1f\n\t"
                 "b 2f\n\t"
                 "1: .quad 0\n\t"
                 "2: mrs %[f], nzcv"
                 : [f] "=&r"(f)
                 : [p] "r"(mem), [i] "r"(1ULL), [n] "r"(0x50000000ULL),
                   [bad] "r"(0x00f0000000001000ULL)
                 : "cc", "memory");
    CHECK_EQM("NZCV unchanged", f, 0x50000000);
    CHECK_EQ(((volatile uint64_t *)mem)[0], 0x1111);
    CHECK_EQ(((volatile uint64_t *)mem)[1], 0x2222);
    CHECK_EQ(((volatile uint64_t *)mem)[2], 0x3333);
    CHECK_EQ(((volatile uint64_t *)mem)[3], 0x4444);
    return test_done();
}
