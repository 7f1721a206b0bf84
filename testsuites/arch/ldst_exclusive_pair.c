/* LDXP/STXP and LDAXP/STLXP, W and X pairs (C6.2.171 LDXP, C6.2.341 STXP): the first
 * register at the lower address, status 0 after a matching load, 1 after CLREX. X pairs
 * must be 16-byte aligned. */
#include "test.h"

static uint64_t mem[4] __attribute__((aligned(16)));

#define XPAIR(ld, st, clr, n1, n2, o1, o2, status) do { uint64_t a_, b_, s_; \
    asm volatile(ld " %[a], %[b], [%[p]]\n\t" clr "\n\t" st " %w[s], %[c], %[d], [%[p]]" \
                 : [a] "=&r"(a_), [b] "=&r"(b_), [s] "=&r"(s_) \
                 : [p] "r"(mem), [c] "r"((uint64_t)(n1)), [d] "r"((uint64_t)(n2)) : "memory"); \
    (o1) = a_; (o2) = b_; (status) = s_; } while (0)
#define WPAIR(ld, st, clr, n1, n2, o1, o2, status) do { uint64_t a_, b_, s_; \
    asm volatile(ld " %w[a], %w[b], [%[p]]\n\t" clr "\n\t" st " %w[s], %w[c], %w[d], [%[p]]" \
                 : [a] "=&r"(a_), [b] "=&r"(b_), [s] "=&r"(s_) \
                 : [p] "r"(mem), [c] "r"((uint64_t)(n1)), [d] "r"((uint64_t)(n2)) : "memory"); \
    (o1) = a_; (o2) = b_; (status) = s_; } while (0)

int main(void)
{
    volatile uint64_t *m = mem;
    uint64_t o1, o2, st;

    m[0] = 0x1010101010101010; m[1] = 0x2020202020202020;
    XPAIR("ldxp", "stxp", "nop", 0xa1, 0xb2, o1, o2, st);
    CHECK_EQ(o1, 0x1010101010101010); CHECK_EQ(o2, 0x2020202020202020);
    CHECK_EQ(st, 0); CHECK_EQ(m[0], 0xa1); CHECK_EQ(m[1], 0xb2);
    XPAIR("ldaxp", "stlxp", "nop", 0xc3, 0xd4, o1, o2, st);
    CHECK_EQ(o1, 0xa1); CHECK_EQ(o2, 0xb2); CHECK_EQ(st, 0);
    CHECK_EQ(m[0], 0xc3); CHECK_EQ(m[1], 0xd4);
    XPAIR("ldxp", "stxp", "clrex", 0xe5, 0xf6, o1, o2, st);
    CHECK_EQ(st, 1); CHECK_EQ(m[0], 0xc3); CHECK_EQ(m[1], 0xd4);
    XPAIR("ldaxp", "stlxp", "clrex", 0xe5, 0xf6, o1, o2, st);
    CHECK_EQ(st, 1); CHECK_EQ(m[0], 0xc3); CHECK_EQ(m[1], 0xd4);

    m[0] = 0x8765432112345678; m[1] = 0x5555;
    WPAIR("ldxp", "stxp", "nop", 0xffffffff0000aaaa, 0xbbbb, o1, o2, st);
    CHECK_EQ(o1, 0x12345678); CHECK_EQ(o2, 0x87654321); CHECK_EQ(st, 0);
    CHECK_EQ(m[0], 0x0000bbbb0000aaaa); CHECK_EQ(m[1], 0x5555);
    WPAIR("ldaxp", "stlxp", "nop", 1, 2, o1, o2, st);
    CHECK_EQ(o1, 0xaaaa); CHECK_EQ(o2, 0xbbbb); CHECK_EQ(st, 0);
    CHECK_EQ(m[0], 0x0000000200000001);
    WPAIR("ldaxp", "stlxp", "clrex", 3, 4, o1, o2, st);
    CHECK_EQ(st, 1); CHECK_EQ(m[0], 0x0000000200000001);
    return test_done();
}
