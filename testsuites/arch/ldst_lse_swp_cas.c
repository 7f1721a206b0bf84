/* SWP, CAS and CASP in all sizes and orderings (FEAT_LSE; C6.2.362 SWP, C6.2.48 CAS,
 * C6.2.50 CASP): SWP returns the old value; CAS compares the access-size low bits of
 * Rs with memory, stores Rt only when equal, and always returns the old value
 * (zero-extended) in Rs; CASP does the same for a pair (first register at the lower
 * address). */
#include "lse.h"

#define CAS(mn, regw, bytes, M, CMP, NEW, EXP_OLD, EXP_MEM) do { \
    volatile uint64_t *m_ = lse_mem; \
    m_[0] = lse_sentinel(bytes) | (uint64_t)(M); \
    uint64_t c_ = (CMP); \
    asm volatile(mn " %" regw "[c], %" regw "[n], [%[p]]" \
                 : [c] "+r"(c_) : [n] "r"((uint64_t)(NEW)), [p] "r"(lse_mem) : "memory"); \
    lse_check(mn, c_, (EXP_OLD), m_[0], lse_sentinel(bytes) | (uint64_t)(EXP_MEM)); } while (0)

/* success and failure for one mnemonic */
#define CAS2(mn, regw, bytes, M, OTHER, NEW) do { \
    CAS(mn, regw, bytes, M, M, NEW, M, NEW); \
    CAS(mn, regw, bytes, M, OTHER, NEW, M, M); } while (0)

#define CASP(mn, regw, M0, M1, C0, C1, N0, N1, E0, E1, EM0, EM1) do { \
    volatile uint64_t *m_ = lse_mem; \
    m_[0] = (M0); m_[1] = (M1); \
    uint64_t o0_, o1_; \
    asm volatile("mov x0, %[c0]\n\tmov x1, %[c1]\n\tmov x2, %[n0]\n\tmov x3, %[n1]\n\t" \
                 mn " " regw "0, " regw "1, " regw "2, " regw "3, [%[p]]\n\t" \
                 "mov %[o0], x0\n\tmov %[o1], x1" \
                 : [o0] "=&r"(o0_), [o1] "=&r"(o1_) \
                 : [c0] "r"((uint64_t)(C0)), [c1] "r"((uint64_t)(C1)), [n0] "r"((uint64_t)(N0)), \
                   [n1] "r"((uint64_t)(N1)), [p] "r"(lse_mem) : "x0", "x1", "x2", "x3", "memory"); \
    lse_check(mn " (first)", o0_, (E0), m_[0], (EM0)); \
    lse_check(mn " (second)", o1_, (E1), m_[1], (EM1)); } while (0)

int main(void)
{
    /* SWP */
    LSE_B("swp", 0x81, 0x13, 0x13);
    LSE_H("swp", 0x8001, 0x0f0f, 0x0f0f);
    LSE_W("swp", 0x80000001, 0x7fffffff, 0x7fffffff);
    LSE_X("swp", 0x8000000000000001, 0xffffffff, 0xffffffff);
    LSE_OP("swpb", "w", 1, 0x81, 0xabcdef13, 0x13);

    /* CAS: equal (store) and not equal (no store) */
    CAS2("casb", "w", 1, 0x81, 0x80, 0x7e);
    CAS2("casab", "w", 1, 0x81, 0x80, 0x7e);
    CAS2("caslb", "w", 1, 0x81, 0x80, 0x7e);
    CAS2("casalb", "w", 1, 0x81, 0x80, 0x7e);
    CAS2("cash", "w", 2, 0x8001, 0x8000, 0x1234);
    CAS2("casah", "w", 2, 0x8001, 0x8000, 0x1234);
    CAS2("caslh", "w", 2, 0x8001, 0x8000, 0x1234);
    CAS2("casalh", "w", 2, 0x8001, 0x8000, 0x1234);
    CAS2("cas", "w", 4, 0x80000001, 0x00000001, 0xcafef00d);
    CAS2("casa", "w", 4, 0x80000001, 0x00000001, 0xcafef00d);
    CAS2("casl", "w", 4, 0x80000001, 0x00000001, 0xcafef00d);
    CAS2("casal", "w", 4, 0x80000001, 0x00000001, 0xcafef00d);
    CAS2("cas", "", 8, 0x8000000000000001, 0x0000000080000001, 0x0123456789abcdef);
    CAS2("casa", "", 8, 0x8000000000000001, 0x0000000080000001, 0x0123456789abcdef);
    CAS2("casl", "", 8, 0x8000000000000001, 0x0000000080000001, 0x0123456789abcdef);
    CAS2("casal", "", 8, 0x8000000000000001, 0x0000000080000001, 0x0123456789abcdef);
    /* only the low byte/halfword/word of Rs is compared; Rs gets the zero-extended old value */
    CAS("casb", "w", 1, 0x42, 0xffffff42, 0x24, 0x42, 0x24);
    CAS("cash", "w", 2, 0x4242, 0xffff4242, 0x2424, 0x4242, 0x2424);
    CAS("cas", "w", 4, 0x42424242, 0xffffffff42424242, 0x24242424, 0x42424242, 0x24242424);

    /* CASP, X pairs (16-byte aligned) and W pairs */
    CASP("casp", "x", 0x1111, 0x2222, 0x1111, 0x2222, 0xaaaa, 0xbbbb, 0x1111, 0x2222, 0xaaaa, 0xbbbb);
    CASP("caspa", "x", 0x1111, 0x2222, 0x1111, 0x2222, 0xaaaa, 0xbbbb, 0x1111, 0x2222, 0xaaaa, 0xbbbb);
    CASP("caspl", "x", 0x1111, 0x2222, 0x1111, 0x2222, 0xaaaa, 0xbbbb, 0x1111, 0x2222, 0xaaaa, 0xbbbb);
    CASP("caspal", "x", 0x1111, 0x2222, 0x1111, 0x2222, 0xaaaa, 0xbbbb, 0x1111, 0x2222, 0xaaaa, 0xbbbb);
    /* one half differs: no store */
    CASP("casp", "x", 0x1111, 0x2222, 0x1111, 0x2223, 0xaaaa, 0xbbbb, 0x1111, 0x2222, 0x1111, 0x2222);
    CASP("caspal", "x", 0x1111, 0x2222, 0x1110, 0x2222, 0xaaaa, 0xbbbb, 0x1111, 0x2222, 0x1111, 0x2222);
    /* W pairs live in one doubleword: first register at the lower address */
    CASP("casp", "w", 0x8765432112345678, 0x5a5a, 0x12345678, 0x87654321, 0xaaaa, 0xbbbb,
         0x12345678, 0x87654321, 0x0000bbbb0000aaaa, 0x5a5a);
    CASP("caspa", "w", 0x8765432112345678, 0x5a5a, 0x12345678, 0x87654321, 0xaaaa, 0xbbbb,
         0x12345678, 0x87654321, 0x0000bbbb0000aaaa, 0x5a5a);
    CASP("caspl", "w", 0x8765432112345678, 0x5a5a, 0xffffffff12345678, 0x87654321, 1, 2,
         0x12345678, 0x87654321, 0x0000000200000001, 0x5a5a);
    CASP("caspal", "w", 0x8765432112345678, 0x5a5a, 0x12345678, 0x87654320, 1, 2,
         0x12345678, 0x87654321, 0x8765432112345678, 0x5a5a);
    return test_done();
}
