/* Helpers for the LSE atomic tests (FEAT_LSE, C6.2.x LDADD ... CASP): run one atomic
 * memory operation on mem[0], whose bytes above the access size hold a sentinel, and
 * check the returned old value and the new memory contents. */
#ifndef TRAPEZE_ARCH_LSE_H
#define TRAPEZE_ARCH_LSE_H
#include "test.h"

static uint64_t lse_mem[2] __attribute__((aligned(16)));

static inline uint64_t lse_sentinel(unsigned bytes)
{
    return bytes == 8 ? 0 : 0xa5a5a5a5a5a5a5a5ULL & ~((1ULL << (8 * bytes)) - 1);
}

static inline void lse_check(const char *mn, uint64_t old, uint64_t exp_old, uint64_t memv,
                             uint64_t exp_mem)
{
    if (old != exp_old || memv != exp_mem) {
        tprintf("FAIL %s: old 0x%lx (expected 0x%lx), memory 0x%lx (expected 0x%lx)\n",
                mn, old, exp_old, memv, exp_mem);
        test_failures++;
    }
}

/* LDxxx Rs, Rt, [Xn] / SWP: Rt receives the old value */
#define LSE_OP(mn, regw, bytes, M, S, R) do { \
    volatile uint64_t *m_ = lse_mem; \
    m_[0] = lse_sentinel(bytes) | (uint64_t)(M); \
    uint64_t o_ = 0xdeadbeefdeadbeefULL; \
    asm volatile(mn " %" regw "[s], %" regw "[o], [%[p]]" \
                 : [o] "+r"(o_) : [s] "r"((uint64_t)(S)), [p] "r"(lse_mem) : "memory"); \
    lse_check(mn, o_, (M), m_[0], lse_sentinel(bytes) | (uint64_t)(R)); } while (0)

/* the four orderings of one operation in one size: plain, A, L, AL */
#define LSE_B(op, M, S, R) do { LSE_OP(op "b", "w", 1, M, S, R); LSE_OP(op "ab", "w", 1, M, S, R); \
    LSE_OP(op "lb", "w", 1, M, S, R); LSE_OP(op "alb", "w", 1, M, S, R); } while (0)
#define LSE_H(op, M, S, R) do { LSE_OP(op "h", "w", 2, M, S, R); LSE_OP(op "ah", "w", 2, M, S, R); \
    LSE_OP(op "lh", "w", 2, M, S, R); LSE_OP(op "alh", "w", 2, M, S, R); } while (0)
#define LSE_W(op, M, S, R) do { LSE_OP(op, "w", 4, M, S, R); LSE_OP(op "a", "w", 4, M, S, R); \
    LSE_OP(op "l", "w", 4, M, S, R); LSE_OP(op "al", "w", 4, M, S, R); } while (0)
#define LSE_X(op, M, S, R) do { LSE_OP(op, "", 8, M, S, R); LSE_OP(op "a", "", 8, M, S, R); \
    LSE_OP(op "l", "", 8, M, S, R); LSE_OP(op "al", "", 8, M, S, R); } while (0)

/* STxxx Rs, [Xn] (LDxxx with Rt = ZR): memory only */
#define LSE_ST(mn, regw, bytes, M, S, R) do { \
    volatile uint64_t *m_ = lse_mem; \
    m_[0] = lse_sentinel(bytes) | (uint64_t)(M); \
    asm volatile(mn " %" regw "[s], [%[p]]" :: [s] "r"((uint64_t)(S)), [p] "r"(lse_mem) : "memory"); \
    lse_check(mn, (M), (M), m_[0], lse_sentinel(bytes) | (uint64_t)(R)); } while (0)
#endif
