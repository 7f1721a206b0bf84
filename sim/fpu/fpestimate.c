/* Reciprocal and reciprocal square root estimates
   (shared/functions/float/...): RecipEstimate, RecipSqrtEstimate,
   FPRecipEstimate, FPRSqrtEstimate, FPRecpX, UnsignedRecipEstimate,
   UnsignedRSqrtEstimate.  The estimates are the pseudocode's integer
   algorithms (FEAT_RPRES's increased precision is not implemented). */
#include <assert.h>

#include "sim/fpu/fpu.h"

/* RecipEstimate(): a in 256..511 is the 9-bit fixed-point 0.5 <= x < 1.0;
   the result, in 256..511, is 1.0 <= 1/x < 2.0. */
unsigned RecipEstimate(unsigned a)
{
    unsigned b, r;

    assert(256 <= a && a < 512);
    a = a * 2 + 1;                  /* round to nearest */
    b = (1u << 19) / a;
    r = (b + 1) / 2;                /* round to nearest */
    assert(256 <= r && r < 512);
    return r;
}

/* RecipSqrtEstimate(): a in 128..511 is 0.25 <= x < 1.0 (units of 1/512,
   or of 1/256 from 256 up, its bottom bit discarded); the result, in
   256..511, is 1.0 <= 1/sqrt(x) < 2.0. */
unsigned RecipSqrtEstimate(unsigned a)
{
    unsigned b, r;

    assert(128 <= a && a < 512);
    if (a < 256) {                  /* 0.25 .. 0.5 */
        a = a * 2 + 1;              /* units of 1/512, rounded to nearest */
    } else {                        /* 0.5 .. 1.0 */
        a = (a >> 1) << 1;          /* discard the bottom bit */
        a = (a + 1) * 2;            /* units of 1/256, rounded to nearest */
    }
    b = 512;
    while ((uint64_t)a * (b + 1) * (b + 1) < (1ull << 28))
        b = b + 1;
    /* b is the largest b such that b < 2^14 / sqrt(a) */
    r = (b + 1) / 2;                /* round to nearest */
    assert(256 <= r && r < 512);
    return r;
}

/* The operand's fraction left-aligned to 52 bits, and its biased exponent,
   as both estimates start. */
static uint64_t estimate_fraction(uint64_t operand, unsigned N, int *exp)
{
    const FPFormat *f = fpu_format(N);

    *exp = (int)extract64(operand, f->F, f->E);
    return extract64(operand, 0, f->F) << (52 - f->F);
}

/* FPRecipEstimate(): FRECPE. */
uint64_t FPRecipEstimate(uint64_t operand, unsigned N, FPCtx *c)
{
    const FPFormat *f = fpu_format(N);
    FPReal v;
    FPType type = FPUnpack(operand, N, c, &v);
    bool sign = v.sign;
    bool fz = N == 16 ? FIELD_EX64(c->fpcr, FPCR, FZ16) : FIELD_EX64(c->fpcr, FPCR, FZ);
    int top, exp, result_exp;
    uint64_t fraction;
    unsigned scaled, estimate;

    if (type == FPType_SNaN || type == FPType_QNaN)
        return FPProcessNaN(type, operand, N, c);
    if (type == FPType_Infinity)
        return FPZero(sign, N);
    if (type == FPType_Zero) {
        FPProcessException(FPExc_DivideByZero, c);
        return FPInfinity(sign, N);
    }
    /* Log2 of the value rounded down: Abs(value) < 2^(-bias-1) (2^-16,
       2^-128, 2^-1024) overflows; >= 2^(bias-1) (2^14, 2^126, 2^1022)
       underflows to a denormal, flushed under FZ (UFC only). */
    top = v.exp + 63 - __builtin_clzll(v.mant);
    if (top < -f->bias - 1) {
        bool overflow_to_inf;
        switch (FPRoundingMode(c)) {
        case FPRounding_POSINF: overflow_to_inf = !sign; break;
        case FPRounding_NEGINF: overflow_to_inf = sign; break;
        case FPRounding_ZERO: overflow_to_inf = false; break;
        default: overflow_to_inf = true; break;
        }
        FPProcessException(FPExc_Overflow, c);
        FPProcessException(FPExc_Inexact, c);
        return overflow_to_inf ? FPInfinity(sign, N) : FPMaxNormal(sign, N);
    }
    if (fz && top >= f->bias - 1) {
        FPProcessException(FPExc_Underflow, c);
        return FPZero(sign, N);
    }

    /* Scale to a fixed-point value 0.5 <= x < 1.0 in steps of 1/512 and
       compute the result exponent. */
    fraction = estimate_fraction(operand, N, &exp);
    if (exp == 0) {
        if (!extract64(fraction, 51, 1)) {
            exp = -1;
            fraction = (fraction << 2) & ones(52);
        } else {
            fraction = (fraction << 1) & ones(52);
        }
    }
    scaled = 0x100 | (unsigned)extract64(fraction, 44, 8);
    result_exp = 2 * f->bias - 1 - exp;     /* 29, 253 or 2045 - exp: -1 .. 2*bias */
    estimate = RecipEstimate(scaled);

    /* estimate is 1.0 <= x < 2.0: its low 8 bits are the fraction, denormalised
       when result_exp is 0 or -1. */
    fraction = (uint64_t)(estimate & 0xff) << 44;
    if (result_exp == 0) {
        fraction = (1ull << 51) | (fraction >> 1);
    } else if (result_exp == -1) {
        fraction = (1ull << 50) | (fraction >> 2);
        result_exp = 0;
    }
    return ((uint64_t)sign << (N - 1)) | ((uint64_t)result_exp << f->F)
           | (fraction >> (52 - f->F));
}

/* FPRSqrtEstimate(): FRSQRTE. */
uint64_t FPRSqrtEstimate(uint64_t operand, unsigned N, FPCtx *c)
{
    const FPFormat *f = fpu_format(N);
    FPReal v;
    FPType type = FPUnpack(operand, N, c, &v);
    int exp, result_exp;
    uint64_t fraction;
    unsigned scaled, estimate;

    if (type == FPType_SNaN || type == FPType_QNaN)
        return FPProcessNaN(type, operand, N, c);
    if (type == FPType_Zero) {
        FPProcessException(FPExc_DivideByZero, c);
        return FPInfinity(v.sign, N);
    }
    if (v.sign) {
        FPProcessException(FPExc_InvalidOp, c);
        return FPDefaultNaN(N);
    }
    if (type == FPType_Infinity)
        return FPZero(false, N);

    /* Scale to a fixed-point value 0.25 <= x < 1.0 in steps of 1/512, with the
       evenness or oddness of the exponent unchanged, and compute the result
       exponent. */
    fraction = estimate_fraction(operand, N, &exp);
    if (exp == 0) {
        while (!extract64(fraction, 51, 1)) {
            fraction = (fraction << 1) & ones(52);
            exp--;
        }
        fraction = (fraction << 1) & ones(52);
    }
    if ((exp & 1) == 0)         /* the bias is odd: an even exp is an odd power */
        scaled = 0x100 | (unsigned)extract64(fraction, 44, 8);
    else
        scaled = 0x80 | (unsigned)extract64(fraction, 45, 7);
    /* (44, 380 or 3068 - exp) DIV 2; the dividend is positive. */
    result_exp = (3 * f->bias - 1 - exp) / 2;
    estimate = RecipSqrtEstimate(scaled);
    return ((uint64_t)result_exp << f->F) | ((uint64_t)(estimate & 0xff) << (f->F - 8));
}

/* FPRecpX(): FRECPX, the exponent inverted and the fraction cleared; zeros
   and denormals get the largest finite exponent. */
uint64_t FPRecpX(uint64_t op, unsigned N, FPCtx *c)
{
    const FPFormat *f = fpu_format(N);
    FPReal v;
    FPType type = FPUnpack(op, N, c, &v);
    uint64_t exp = extract64(op, f->F, f->E);
    uint64_t max_exp = ones(f->E) - 1;

    if (type == FPType_SNaN || type == FPType_QNaN)
        return FPProcessNaN(type, op, N, c);
    exp = exp == 0 ? max_exp : ~exp & ones(f->E);
    return ((uint64_t)v.sign << (N - 1)) | (exp << f->F);
}

/* UnsignedRecipEstimate(): URECPE, operand 0x80000000.. is [0.5, 1.0). */
uint32_t UnsignedRecipEstimate(uint32_t operand)
{
    if (!extract64(operand, 31, 1))
        return 0xffffffffu;
    return (uint32_t)RecipEstimate((unsigned)extract64(operand, 23, 9)) << 23;
}

/* UnsignedRSqrtEstimate(): URSQRTE, operand 0x40000000.. is [0.25, 1.0). */
uint32_t UnsignedRSqrtEstimate(uint32_t operand)
{
    if (extract64(operand, 30, 2) == 0)
        return 0xffffffffu;
    return (uint32_t)RecipSqrtEstimate((unsigned)extract64(operand, 23, 9)) << 23;
}
