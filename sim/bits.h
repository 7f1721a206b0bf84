/* Bit manipulation helpers and named register fields (STYLE.md, convention 8). */
#ifndef TRAPEZE_BITS_H
#define TRAPEZE_BITS_H

#include <stdbool.h>
#include <stdint.h>

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

static inline uint64_t extract64(uint64_t v, unsigned pos, unsigned len)
{
    return (v >> pos) & (len == 64 ? ~0ull : ((1ull << len) - 1));
}

static inline int64_t sextract64(uint64_t v, unsigned pos, unsigned len)
{
    return (int64_t)(v << (64 - pos - len)) >> (64 - len);
}

static inline uint64_t deposit64(uint64_t v, unsigned pos, unsigned len, uint64_t field)
{
    uint64_t mask = (len == 64 ? ~0ull : ((1ull << len) - 1)) << pos;
    return (v & ~mask) | ((field << pos) & mask);
}

static inline uint64_t ones(unsigned n)
{
    return n >= 64 ? ~0ull : (1ull << n) - 1;
}

/* FIELD(REG, NAME, SHIFT, LENGTH) names a register field:
   FIELD_EX64(v, REG, NAME) extracts it, FIELD_DP64(v, REG, NAME, x) deposits it,
   REG_MASK(REG, NAME) is its mask in place. */
#define FIELD(reg, field, shift, length)                                   \
    enum { R_##reg##_##field##_SHIFT = (shift),                            \
           R_##reg##_##field##_LENGTH = (length) };
#define FIELD_EX64(v, reg, field)                                          \
    extract64((v), R_##reg##_##field##_SHIFT, R_##reg##_##field##_LENGTH)
#define FIELD_DP64(v, reg, field, x)                                       \
    deposit64((v), R_##reg##_##field##_SHIFT, R_##reg##_##field##_LENGTH, (x))
#define REG_MASK(reg, field)                                               \
    (ones(R_##reg##_##field##_LENGTH) << R_##reg##_##field##_SHIFT)

#endif
