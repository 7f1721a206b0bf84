/* Shared part of the Advanced SIMD integer handlers (C4.1.97): simd_int.c
   (three same, by element of the same size, across lanes, pairwise),
   simd_misc.c (two-register miscellaneous), simd_shift.c (shift by
   immediate), simd_long.c (three different, long by element).

   DecodedInsn use: rd, rn, rm; size = log2 of the element size in bytes
   (for long and narrow forms, of the narrow element); op = the opcode field
   of the encoding; flags = SIMD_*; imm = shift amount or element index.
   Element arithmetic is on __int128 so that the pseudocode's unbounded
   integers (Int(), SatQ()) are exact for 64-bit elements. */
#ifndef TRAPEZE_SIMD_INT_H
#define TRAPEZE_SIMD_INT_H

#include "sim/exec/exec.h"
#include "sim/fpu/fpu.h"

typedef __int128 int128;

enum {
    SIMD_Q = 1 << 0,        /* Q = 1: 128-bit vector; the "2" (upper half) part */
    SIMD_U = 1 << 1,        /* U = 1 */
    SIMD_SCALAR = 1 << 2,   /* scalar form: one element, the rest of Vd cleared */
    SIMD_ELEM = 1 << 3,     /* by element: operand 2 is Vm[imm] for every lane */
};

static inline unsigned simd_elements(const DecodedInsn *d)
{
    if (d->flags & SIMD_SCALAR)
        return 1;
    return ((d->flags & SIMD_Q) ? 16u : 8u) >> d->size;
}

/* Int(x<esize-1:0>, unsigned). */
static inline int128 simd_Int(uint64_t x, unsigned size, bool is_unsigned)
{
    unsigned n = 8u << size;
    if (is_unsigned)
        return (int128)(x & ones(n));
    return (int128)sextract64(x, 0, n);
}

/* SatQ(i, N, unsigned): the saturated N-bit value; *sat is set (never
   cleared) when saturation happened. */
static inline uint64_t SatQ(int128 i, unsigned N, bool is_unsigned, bool *sat)
{
    int128 hi = is_unsigned ? ((int128)1 << N) - 1 : ((int128)1 << (N - 1)) - 1;
    int128 lo = is_unsigned ? 0 : -((int128)1 << (N - 1));
    if (i > hi) {
        *sat = true;
        i = hi;
    } else if (i < lo) {
        *sat = true;
        i = lo;
    }
    return (uint64_t)i & ones(N);
}

/* Integer x << shift for shift in -128..127 (a negative shift is a right
   shift, rounded when round: the pseudocode's
   (x + (1 << (-shift - 1))) >> -shift), for |x| < 2^64.  A result beyond
   2^100 in magnitude is returned as +-2^100, whose low 64 bits are zero and
   which saturates like the true value. */
static inline int128 simd_shift(int128 x, int shift, bool round)
{
    if (shift >= 0) {
        if (shift >= 64)
            return x == 0 ? 0 : x < 0 ? -((int128)1 << 100) : (int128)1 << 100;
        return x * ((int128)1 << shift);
    }
    unsigned n = (unsigned)-shift;
    if (n > 65)
        n = 65;         /* the same result for |x| < 2^64 */
    if (round)
        x += (int128)1 << (n - 1);
    return x >> n;
}

/* PolynomialMult() of two N-bit values: the 2N-bit carry-less product. */
static inline uint64_t PolynomialMult(uint64_t a, uint64_t b, unsigned N)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < N; i++)
        if ((a >> i) & 1)
            r ^= b << i;
    return r;
}

/* FPSR.QC, the cumulative saturation bit. */
static inline void simd_set_qc(CPUState *cpu, bool sat)
{
    if (sat)
        cpu->sysreg[SR_FPSR] |= REG_MASK(FPSR, QC);
}

/* Vpart[n, part] of a long operation: the lower or upper 64 bits. */
static inline VReg simd_part(const CPUState *cpu, unsigned n, bool upper)
{
    VReg v = { .d = { cpu->v[n].d[upper], 0 } };
    return v;
}

/* Write a narrow result (64 bits in r.d[0]): Vpart[d, part] = result, the
   upper part keeping the lower half, the lower part clearing the upper. */
static inline void simd_write_part(CPUState *cpu, unsigned rd, bool upper, uint64_t r)
{
    if (upper)
        cpu->v[rd].d[1] = r;
    else
        cpu->v[rd] = (VReg){ .d = { r, 0 } };
}

/* Fill the fields common to all forms. */
static inline void simd_fill(DecodedInsn *d, unsigned rd, unsigned rn, unsigned rm, unsigned size,
                             unsigned op, unsigned flags)
{
    d->rd = (uint8_t)rd;
    d->rn = (uint8_t)rn;
    d->rm = (uint8_t)rm;
    d->size = (uint8_t)size;
    d->op = (uint8_t)op;
    d->flags = (uint8_t)flags;
    d->imm = 0;
}

static inline unsigned simd_flags(unsigned Q, unsigned U, bool scalar)
{
    return (Q ? SIMD_Q : 0) | (U ? SIMD_U : 0) | (scalar ? SIMD_SCALAR : 0);
}

/* By element, integer (C7.2 MUL (by element) etc.): the index and Rm from
   size, H, L, M; false for a reserved size. */
static inline bool simd_elem_index(unsigned size, unsigned H, unsigned L, unsigned M, unsigned rm4,
                                   unsigned *index, unsigned *rm)
{
    switch (size) {
    case 1: *index = (H << 2) | (L << 1) | M; *rm = rm4; return true;
    case 2: *index = (H << 1) | L; *rm = (M << 4) | rm4; return true;
    default: return false;
    }
}

/* Handlers shared between the files. */
ExecFn exec_simd_three_same;

#endif
