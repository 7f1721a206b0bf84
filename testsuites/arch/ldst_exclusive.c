/* LDXR/STXR, LDAXR/STLXR for B, H, W, X (C6.2.172 LDXR, C6.2.342 STXR ...): a
 * store-exclusive right after the matching load-exclusive succeeds (status 0) and
 * writes memory; after CLREX, or without a load-exclusive, it fails (status 1) and
 * memory is unchanged. The architecture allows a store-exclusive to fail for other
 * reasons, but never in this straight-line sequence on a single PE with nothing in
 * between, on QEMU or trapeze. */
#include "test.h"

static uint64_t mem[4] __attribute__((aligned(16)));

#define EXCL(ld, st, clr, newv, oldv, status) do { uint64_t o_, s_; \
    asm volatile(ld " %[o], [%[p]]\n\t" clr "\n\t" st " %w[s], %[n], [%[p]]" \
                 : [o] "=&r"(o_), [s] "=&r"(s_) : [p] "r"(mem), [n] "r"((uint64_t)(newv)) : "memory"); \
    (oldv) = o_; (status) = s_; } while (0)
#define EXCLW(ld, st, clr, newv, oldv, status) do { uint64_t o_, s_; \
    asm volatile(ld " %w[o], [%[p]]\n\t" clr "\n\t" st " %w[s], %w[n], [%[p]]" \
                 : [o] "=&r"(o_), [s] "=&r"(s_) : [p] "r"(mem), [n] "r"((uint64_t)(newv)) : "memory"); \
    (oldv) = o_; (status) = s_; } while (0)

int main(void)
{
    uint64_t old, st;
    volatile uint64_t *m = mem;

    m[0] = 0x1111111111111111;
    EXCL("ldxr", "stxr", "nop", 0x2222222222222222, old, st);
    CHECK_EQ(old, 0x1111111111111111); CHECK_EQ(st, 0); CHECK_EQ(m[0], 0x2222222222222222);
    EXCL("ldxr", "stxr", "clrex", 0x3333, old, st);
    CHECK_EQ(old, 0x2222222222222222); CHECK_EQ(st, 1); CHECK_EQ(m[0], 0x2222222222222222);
    EXCL("ldaxr", "stlxr", "nop", 0x4444444444444444, old, st);
    CHECK_EQ(st, 0); CHECK_EQ(m[0], 0x4444444444444444);
    EXCL("ldaxr", "stlxr", "clrex #15", 0x5555, old, st);
    CHECK_EQ(st, 1); CHECK_EQ(m[0], 0x4444444444444444);

    m[0] = 0xaaaaaaaaffffffff;
    EXCLW("ldxr", "stxr", "nop", 0x12345678, old, st);
    CHECK_EQ(old, 0xffffffff); CHECK_EQ(st, 0); CHECK_EQ(m[0], 0xaaaaaaaa12345678);
    EXCLW("ldaxr", "stlxr", "clrex", 0, old, st);
    CHECK_EQ(old, 0x12345678); CHECK_EQ(st, 1); CHECK_EQ(m[0], 0xaaaaaaaa12345678);

    m[0] = 0x00000000000080ff;
    EXCLW("ldxrh", "stxrh", "nop", 0xffff1234, old, st);
    CHECK_EQ(old, 0x80ff); CHECK_EQ(st, 0); CHECK_EQ(m[0], 0x1234);
    EXCLW("ldaxrh", "stlxrh", "nop", 0xabcd, old, st);
    CHECK_EQ(old, 0x1234); CHECK_EQ(st, 0); CHECK_EQ(m[0], 0xabcd);
    EXCLW("ldxrh", "stxrh", "clrex", 0x5555, old, st);
    CHECK_EQ(st, 1); CHECK_EQ(m[0], 0xabcd);

    m[0] = 0x1122334455667788;
    EXCLW("ldxrb", "stxrb", "nop", 0x1ff, old, st);
    CHECK_EQ(old, 0x88); CHECK_EQ(st, 0); CHECK_EQ(m[0], 0x11223344556677ff);
    EXCLW("ldaxrb", "stlxrb", "nop", 0x00, old, st);
    CHECK_EQ(old, 0xff); CHECK_EQ(st, 0); CHECK_EQ(m[0], 0x1122334455667700);
    EXCLW("ldaxrb", "stlxrb", "clrex", 0x42, old, st);
    CHECK_EQ(st, 1); CHECK_EQ(m[0], 0x1122334455667700);

    /* a store-exclusive with no load-exclusive before it (monitor open) fails */
    uint64_t s;
    asm volatile("clrex\n\tstxr %w0, %1, [%2]" : "=&r"(s) : "r"(0x9999ULL), "r"(mem) : "memory");
    CHECK_EQ(s, 1);
    CHECK_EQ(m[0], 0x1122334455667700);
    /* the classic retry loop: atomic increment */
    m[1] = 41;
    uint64_t tmp, fail;
    asm volatile("1: ldxr %0, [%2]\n\tadd %0, %0, #1\n\tstxr %w1, %0, [%2]\n\tcbnz %w1, 1b"
                 : "=&r"(tmp), "=&r"(fail) : "r"(&mem[1]) : "memory");
    CHECK_EQ(m[1], 42);
    return test_done();
}
