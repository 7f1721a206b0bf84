/* LDP/STP (signed offset, pre- and post-index), LDPSW, LDNP/STNP, W and X (C6.2.130
 * LDP, C6.2.131 LDPSW, C6.2.129 LDNP, C6.2.321 STP): imm7 scaled by the size, the
 * order of the two registers in memory, base writeback. */
#include "ldst.h"

#define PAIR_LD(insn, base, r1, r2, nb) do { uint64_t a_ = 0xdead, b_ = 0xbeef, p_ = (uint64_t)(base); \
    asm volatile(insn : [r1] "+r"(a_), [r2] "+r"(b_), [p] "+r"(p_) :: "memory"); \
    (r1) = a_; (r2) = b_; (nb) = p_; } while (0)
#define PAIR_ST(insn, v1, v2, base, nb) do { uint64_t p_ = (uint64_t)(base); \
    asm volatile(insn : [p] "+r"(p_) : [r1] "r"((uint64_t)(v1)), [r2] "r"((uint64_t)(v2)) : "memory"); \
    (nb) = p_; } while (0)

int main(void)
{
    ldst_fill();
    uint64_t b = (uint64_t)BUF, r1, r2, nb;

    PAIR_LD("ldp %[r1], %[r2], [%[p]]", b, r1, r2, nb);
    CHECK_EQ(r1, PAT_LO); CHECK_EQ(r2, PAT_HI); CHECK_EQ(nb, b);
    PAIR_LD("ldp %w[r1], %w[r2], [%[p], #8]", b, r1, r2, nb);
    CHECK_EQ(r1, 0xbbaa9988); CHECK_EQ(r2, 0xffeeddcc);
    PAIR_LD("ldp %[r1], %[r2], [%[p], #16]!", b, r1, r2, nb);
    CHECK_EQ(r1, PAT_LO); CHECK_EQ(r2, PAT_HI); CHECK_EQ(nb, b + 16);
    PAIR_LD("ldp %[r1], %[r2], [%[p]], #-16", b + 24, r1, r2, nb);
    CHECK_EQ(r1, PAT_HI); CHECK_EQ(r2, PAT_LO); CHECK_EQ(nb, b + 8);
    PAIR_LD("ldp %[r1], %[r2], [%[p], #-512]", b + 512, r1, r2, nb);
    CHECK_EQ(r1, PAT_LO); CHECK_EQ(r2, PAT_HI);
    PAIR_LD("ldp %[r1], %[r2], [%[p], #504]", b - 504, r1, r2, nb);
    CHECK_EQ(r1, PAT_LO); CHECK_EQ(r2, PAT_HI);
    PAIR_LD("ldp %w[r1], %w[r2], [%[p], #252]", b + 4, r1, r2, nb);   /* b + 256 */
    CHECK_EQ(r1, 0x33221100); CHECK_EQ(r2, 0x77665544);
    PAIR_LD("ldp %w[r1], %w[r2], [%[p], #-4]!", b + 8, r1, r2, nb);
    CHECK_EQ(r1, 0x77665544); CHECK_EQ(r2, 0xbbaa9988); CHECK_EQ(nb, b + 4);
    PAIR_LD("ldnp %[r1], %[r2], [%[p], #-16]", b + 32, r1, r2, nb);
    CHECK_EQ(r1, PAT_LO); CHECK_EQ(r2, PAT_HI);
    PAIR_LD("ldnp %w[r1], %w[r2], [%[p], #4]", b, r1, r2, nb);
    CHECK_EQ(r1, 0x77665544); CHECK_EQ(r2, 0xbbaa9988);

    /* LDPSW: two sign-extended words */
    ldst_buf[10] = 0x7fffffff80000000;
    PAIR_LD("ldpsw %[r1], %[r2], [%[p]]", b + 80, r1, r2, nb);
    CHECK_EQ(r1, 0xffffffff80000000); CHECK_EQ(r2, 0x7fffffff);
    PAIR_LD("ldpsw %[r1], %[r2], [%[p], #8]!", b + 72, r1, r2, nb);
    CHECK_EQ(r1, 0xffffffff80000000); CHECK_EQ(r2, 0x7fffffff); CHECK_EQ(nb, b + 80);
    PAIR_LD("ldpsw %[r1], %[r2], [%[p]], #-8", b + 84, r1, r2, nb);
    CHECK_EQ(r1, 0x7fffffff); CHECK_EQ(r2, 0xffffffffbbaa9988); CHECK_EQ(nb, b + 76);

    PAIR_ST("stp %[r1], %[r2], [%[p]]", 0x1111, 0x2222, b + 96, nb);
    CHECK_EQ(ldst_dword(96), 0x1111); CHECK_EQ(ldst_dword(104), 0x2222);
    PAIR_ST("stp %w[r1], %w[r2], [%[p], #-8]!", 0x33333333, 0x44444444, b + 120, nb);
    CHECK_EQ(ldst_dword(112), 0x4444444433333333); CHECK_EQ(nb, b + 112);
    CHECK_EQM("stp w leaves the next dword", ldst_dword(120), PAT_HI);
    PAIR_ST("stp %[r1], %[r2], [%[p]], #32", 0x5555, 0x6666, b + 128, nb);
    CHECK_EQ(ldst_dword(128), 0x5555); CHECK_EQ(ldst_dword(136), 0x6666); CHECK_EQ(nb, b + 160);
    PAIR_ST("stp %[r1], %[r2], [%[p], #-512]!", 0x7777, 0x8888, b + 512 + 144, nb);
    CHECK_EQ(ldst_dword(144), 0x7777); CHECK_EQ(ldst_dword(152), 0x8888); CHECK_EQ(nb, b + 144);
    PAIR_ST("stnp %[r1], %[r2], [%[p], #16]", 0x9999, 0xaaaa, b + 144, nb);
    CHECK_EQ(ldst_dword(160), 0x9999); CHECK_EQ(ldst_dword(168), 0xaaaa);
    PAIR_ST("stnp %w[r1], %w[r2], [%[p], #4]", 0xbbbbbbbb, 0xcccccccc, b + 172, nb);
    CHECK_EQ(ldst_dword(176), 0xccccccccbbbbbbbb);
    PAIR_ST("stp xzr, xzr, [%[p]]", 0, 0, b + 184, nb);
    CHECK_EQ(ldst_dword(184), 0); CHECK_EQ(ldst_dword(192), 0);

    /* SP as the base */
    uint64_t sp0, sp1, a, c;
    asm volatile("mov %[s0], sp\n\t"
                 "mov x9, #0x99\n\tmov x10, #0xaa\n\t"
                 "stp x9, x10, [sp, #-32]!\n\t"
                 "mov %[s1], sp\n\t"
                 "ldp %[a], %[c], [sp], #32"
                 : [s0] "=&r"(sp0), [s1] "=&r"(sp1), [a] "=&r"(a), [c] "=&r"(c)
                 :: "x9", "x10", "memory");
    CHECK_EQ(sp0 - sp1, 32); CHECK_EQ(a, 0x99); CHECK_EQ(c, 0xaa);
    return test_done();
}
