/* LDR/STR pre-index ([Xn, #imm]!) and post-index ([Xn], #imm) for every size and the
 * signed loads (C6.2.132 LDR (immediate)): the address used and the written-back base,
 * imm9 from -256 to 255, SP as the base. */
#include "ldst.h"

#define LDWB(insn, base, newbase) ({ uint64_t d_ = 0xdeadbeefdeadbeefULL, p_ = (uint64_t)(base); \
    asm volatile(insn : [d] "+r"(d_), [p] "+r"(p_) :: "memory"); (newbase) = p_; d_; })
#define STWB(insn, val, base, newbase) do { uint64_t p_ = (uint64_t)(base); \
    asm volatile(insn : [p] "+r"(p_) : [v] "r"((uint64_t)(val)) : "memory"); (newbase) = p_; } while (0)

int main(void)
{
    ldst_fill();
    uint64_t b = (uint64_t)BUF, nb;

    CHECK_EQ(LDWB("ldr %[d], [%[p], #8]!", b, nb), PAT_HI);
    CHECK_EQ(nb, b + 8);
    CHECK_EQ(LDWB("ldr %[d], [%[p]], #16", b, nb), PAT_LO);
    CHECK_EQ(nb, b + 16);
    CHECK_EQ(LDWB("ldr %[d], [%[p], #-256]!", b + 264, nb), PAT_HI);
    CHECK_EQ(nb, b + 8);
    CHECK_EQ(LDWB("ldr %[d], [%[p]], #255", b + 8, nb), PAT_HI);
    CHECK_EQ(nb, b + 263);
    CHECK_EQ(LDWB("ldrb %w[d], [%[p], #-1]!", b + 10, nb), 0x99);
    CHECK_EQ(nb, b + 9);
    CHECK_EQ(LDWB("ldrsb %[d], [%[p]], #1", b + 15, nb), 0xffffffffffffffff);
    CHECK_EQ(nb, b + 16);
    CHECK_EQ(LDWB("ldrsb %w[d], [%[p], #7]!", b + 1, nb), 0x00000000ffffff88);
    CHECK_EQ(nb, b + 8);
    CHECK_EQ(LDWB("ldrh %w[d], [%[p], #2]!", b + 4, nb), 0x7766);
    CHECK_EQ(nb, b + 6);
    CHECK_EQ(LDWB("ldrsh %[d], [%[p]], #-2", b + 10, nb), 0xffffffffffffbbaa);
    CHECK_EQ(nb, b + 8);
    CHECK_EQ(LDWB("ldrsh %w[d], [%[p], #-2]!", b + 10, nb), 0x00000000ffff9988);
    CHECK_EQ(nb, b + 8);
    CHECK_EQ(LDWB("ldr %w[d], [%[p], #4]!", b + 8, nb), 0xffeeddcc);
    CHECK_EQ(nb, b + 12);
    CHECK_EQ(LDWB("ldrsw %[d], [%[p], #4]!", b + 8, nb), 0xffffffffffeeddcc);
    CHECK_EQ(nb, b + 12);
    CHECK_EQ(LDWB("ldrsw %[d], [%[p]], #-100", b + 4, nb), 0x77665544);
    CHECK_EQ(nb, b + 4 - 100);

    STWB("strb %w[v], [%[p], #1]!", 0xa1, b + 15, nb);
    CHECK_EQ(nb, b + 16);
    CHECK_EQM("strb pre", ldst_dword(16), 0x77665544332211a1);
    STWB("strh %w[v], [%[p]], #2", 0xb2b2, b + 18, nb);
    CHECK_EQ(nb, b + 20);
    CHECK_EQM("strh post", ldst_dword(16), 0x77665544b2b211a1);
    STWB("str %w[v], [%[p], #-4]!", 0xc3c3c3c3, b + 32, nb);
    CHECK_EQ(nb, b + 28);
    CHECK_EQM("str w pre", ldst_dword(24), 0xc3c3c3c3bbaa9988);
    STWB("str %[v], [%[p]], #-8", 0xd4d4d4d4d4d4d4d4, b + 40, nb);
    CHECK_EQ(nb, b + 32);
    CHECK_EQM("str x post", ldst_dword(40), 0xd4d4d4d4d4d4d4d4);
    STWB("str %[v], [%[p], #255]!", 0xe5, b + 48 - 255, nb);
    CHECK_EQ(nb, b + 48);
    CHECK_EQM("str x pre +255", ldst_dword(48), 0xe5);

    /* SP as the base: push/pop */
    uint64_t sp0, sp1, v;
    asm volatile("mov %[s0], sp\n\t"
                 "mov x9, #0x1234\n\t"
                 "str x9, [sp, #-16]!\n\t"
                 "mov %[s1], sp\n\t"
                 "ldr %[v], [sp], #16\n\t"
                 : [s0] "=&r"(sp0), [s1] "=&r"(sp1), [v] "=&r"(v) :: "x9", "memory");
    CHECK_EQM("str [sp, #-16]! moves sp", sp0 - sp1, 16);
    CHECK_EQM("ldr [sp], #16 value", v, 0x1234);
    uint64_t sp2;
    asm volatile("mov %0, sp" : "=r"(sp2));
    CHECK_EQM("sp restored", sp2, sp0);
    return test_done();
}
