/* LDAR/STLR (B, H, W, X) and LDAPR/LDAPRB/LDAPRH (FEAT_LRCPC) (C6.2.118 LDAR,
 * C6.2.314 STLR, C6.2.119 LDAPR): the values moved, zero extension; ordering is not
 * observable on one PE. LDAPR is assembled with .arch_extension rcpc. */
#include "test.h"

static uint64_t mem[2] __attribute__((aligned(16)));

#define LDA(insn) ({ uint64_t d_ = 0xdeadbeefdeadbeefULL; \
    asm volatile(".arch_extension rcpc\n\t" insn : [d] "+r"(d_) : [p] "r"(mem) : "memory"); d_; })
#define STL(insn, val) asm volatile(insn :: [v] "r"((uint64_t)(val)), [p] "r"(mem) : "memory")

int main(void)
{
    volatile uint64_t *m = mem;

    m[0] = 0x8899aabbccddeeff;
    CHECK_EQ(LDA("ldar %[d], [%[p]]"), 0x8899aabbccddeeff);
    CHECK_EQ(LDA("ldar %w[d], [%[p]]"), 0xccddeeff);
    CHECK_EQ(LDA("ldarh %w[d], [%[p]]"), 0xeeff);
    CHECK_EQ(LDA("ldarb %w[d], [%[p]]"), 0xff);
    CHECK_EQ(LDA("ldapr %[d], [%[p]]"), 0x8899aabbccddeeff);
    CHECK_EQ(LDA("ldapr %w[d], [%[p]]"), 0xccddeeff);
    CHECK_EQ(LDA("ldaprh %w[d], [%[p]]"), 0xeeff);
    CHECK_EQ(LDA("ldaprb %w[d], [%[p]]"), 0xff);

    STL("stlr %[v], [%[p]]", 0x0102030405060708);
    CHECK_EQ(m[0], 0x0102030405060708);
    STL("stlr %w[v], [%[p]]", 0xffffffffa0a0a0a0);
    CHECK_EQ(m[0], 0x01020304a0a0a0a0);
    STL("stlrh %w[v], [%[p]]", 0x12345);
    CHECK_EQ(m[0], 0x01020304a0a02345);
    STL("stlrb %w[v], [%[p]]", 0x1ff);
    CHECK_EQ(m[0], 0x01020304a0a023ff);
    CHECK_EQ(m[1], 0);
    return test_done();
}
