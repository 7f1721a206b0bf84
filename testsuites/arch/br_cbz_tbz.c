/* CBZ/CBNZ (C6.2.47) and TBZ/TBNZ (C6.2.363): W forms test only the low 32 bits,
 * the bit number of TBZ/TBNZ ranges over 0..63 (b5:b40). */
#include "test.h"

#define TAKEN(insn, A) ({ uint64_t t_; \
    asm volatile("mov %[t], #1\n\t" insn ", 1f\n\tmov %[t], #0\n1:" \
                 : [t] "=&r"(t_) : [a] "r"((uint64_t)(A)) : "cc"); t_; })

int main(void)
{
    CHECK_EQ(TAKEN("cbz %[a]", 0), 1);
    CHECK_EQ(TAKEN("cbz %[a]", 0x8000000000000000), 0);
    CHECK_EQ(TAKEN("cbz %w[a]", 0xffffffff00000000), 1);
    CHECK_EQ(TAKEN("cbz %w[a]", 0x80000000), 0);
    CHECK_EQ(TAKEN("cbnz %[a]", 0xffffffff00000000), 1);
    CHECK_EQ(TAKEN("cbnz %[a]", 0), 0);
    CHECK_EQ(TAKEN("cbnz %w[a]", 0xffffffff00000000), 0);
    CHECK_EQ(TAKEN("cbnz %w[a]", 1), 1);

    CHECK_EQ(TAKEN("tbz %[a], #0", 0xfffffffffffffffe), 1);
    CHECK_EQ(TAKEN("tbz %[a], #0", 1), 0);
    CHECK_EQ(TAKEN("tbnz %w[a], #31", 0x80000000), 1);
    CHECK_EQ(TAKEN("tbnz %w[a], #31", 0x7fffffff), 0);
    CHECK_EQ(TAKEN("tbz %[a], #32", 0xfffffffeffffffff), 1);
    CHECK_EQ(TAKEN("tbnz %[a], #32", 0x100000000), 1);
    CHECK_EQ(TAKEN("tbnz %[a], #63", 0x8000000000000000), 1);
    CHECK_EQ(TAKEN("tbz %[a], #63", 0x8000000000000000), 0);
    CHECK_EQ(TAKEN("tbz %[a], #63", 0x7fffffffffffffff), 1);
    CHECK_EQ(TAKEN("tbnz %[a], #17", 0x20000), 1);
    CHECK_EQ(TAKEN("tbnz %[a], #17", 0x10000), 0);

    /* flags are not touched */
    uint64_t f;
    asm volatile("msr nzcv, %1\n\tcbz xzr, 1f\n\tnop\n1: tbz xzr, #5, 2f\n2: mrs %0, nzcv"
                 : "=r"(f) : "r"(0x90000000ULL) : "cc");
    CHECK_EQM("NZCV unchanged", f, 0x90000000);
    return test_done();
}
