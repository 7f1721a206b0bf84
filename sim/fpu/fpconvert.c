/* Conversions (shared/functions/float/...): FPRoundInt, FPConvert and
   FPConvertNaN between precisions, FPToFixed and FixedToFP. */
#include <assert.h>

#include "sim/fpu/fpu.h"

typedef unsigned __int128 u128;

/* FPRoundInt(): round to an integral value in the same format.  The
   integer is re-encoded with FPRound(..., FPRounding_ZERO), which is exact;
   only FRINTX (exact) reports Inexact. */
uint64_t FPRoundInt(uint64_t op, unsigned N, FPRounding rounding, bool exact, FPCtx *c)
{
    FPReal v;
    FPType type = FPUnpack(op, N, c, &v);
    FPError error;
    u128 int_result;

    assert(rounding != FPRounding_ODD);
    if (type == FPType_SNaN || type == FPType_QNaN)
        return FPProcessNaN(type, op, N, c);
    if (type == FPType_Infinity)
        return FPInfinity(v.sign, N);
    if (type == FPType_Zero)
        return FPZero(v.sign, N);
    if (v.exp >= 0)             /* already integral: FPRound gives op back */
        return op & ones(N);
    error = fpu_split(v.mant, (unsigned)-v.exp, false, &int_result);
    if (fpu_round_up(rounding, v.sign, int_result & 1, error))
        int_result++;
    if (error != FPError_Zero && exact)
        FPProcessException(FPExc_Inexact, c);
    if (int_result == 0)
        return FPZero(v.sign, N);
    return FPRound((FPReal){ v.sign, false, 0, (uint64_t)int_result }, N, FPRounding_ZERO, c);
}

/* FPConvertNaN(): keep sign and the top of the payload, set the quiet bit. */
uint64_t FPConvertNaN(uint64_t op, unsigned N, unsigned M)
{
    bool sign = extract64(op, N - 1, 1);
    uint64_t frac;                              /* bits(51) */

    switch (N) {
    case 64: frac = extract64(op, 0, 51); break;
    case 32: frac = extract64(op, 0, 22) << 29; break;
    default: frac = extract64(op, 0, 9) << 42; break;
    }
    switch (M) {
    case 64: return ((uint64_t)sign << 63) | (ones(12) << 51) | frac;
    case 32: return ((uint64_t)sign << 31) | (ones(9) << 22) | (frac >> 29);
    default: return ((uint64_t)sign << 15) | (ones(6) << 9) | (frac >> 42);
    }
}

/* FPConvert(op, fpcr, rounding): between precisions.  Half precision, on
   either side, follows FPCR.AHP: the alternative format has no infinity or
   NaN, so those convert to zero or its largest value with Invalid
   Operation.  FZ16 is ignored (FPUnpackCV, FPRoundCV). */
uint64_t FPConvertWithRounding(uint64_t op, unsigned N, unsigned M, FPRounding rounding, FPCtx *c)
{
    FPReal v;
    FPType type = FPUnpackCV(op, N, c, &v);
    bool alt_hp = M == 16 && FIELD_EX64(c->fpcr, FPCR, AHP);
    uint64_t result;

    assert(N != M);
    if (type == FPType_SNaN || type == FPType_QNaN) {
        if (alt_hp)
            result = FPZero(v.sign, M);
        else if (FIELD_EX64(c->fpcr, FPCR, DN))
            result = FPDefaultNaN(M);
        else
            result = FPConvertNaN(op, N, M);
        if (type == FPType_SNaN || alt_hp)
            FPProcessException(FPExc_InvalidOp, c);
    } else if (type == FPType_Infinity) {
        if (alt_hp) {
            result = ((uint64_t)v.sign << (M - 1)) | ones(M - 1);
            FPProcessException(FPExc_InvalidOp, c);
        } else {
            result = FPInfinity(v.sign, M);
        }
    } else if (type == FPType_Zero) {
        result = FPZero(v.sign, M);
    } else {
        result = FPRoundCV(v, M, rounding, c);
    }
    return result;
}

/* FPConvert(op, fpcr): FCVT, rounding per FPCR.RMode. */
uint64_t FPConvert(uint64_t op, unsigned from_N, unsigned to_N, FPCtx *c)
{
    return FPConvertWithRounding(op, from_N, to_N, FPRoundingMode(c), c);
}

/* FPToFixed(): op * 2^fbits rounded to an integer and saturated to M bits
   (SatQ), Invalid Operation on saturation or a NaN (which converts to 0),
   else Inexact when rounding lost anything. */
uint64_t FPToFixed(uint64_t op, unsigned N, unsigned fbits, bool is_unsigned,
                   FPRounding rounding, unsigned M, FPCtx *c)
{
    FPReal v;
    FPType type = FPUnpack(op, N, c, &v);
    FPError error = FPError_Zero;
    bool huge = false, overflow;
    u128 mag = 0, limit;
    uint64_t result;

    assert(rounding != FPRounding_ODD);
    assert(M == 16 || M == 32 || M == 64);
    if (type == FPType_SNaN || type == FPType_QNaN)
        FPProcessException(FPExc_InvalidOp, c);

    /* The magnitude rounded down, and the error; "huge" is anything at or
       above 2^65, which saturates whatever the rounding. */
    if (type == FPType_Infinity) {
        huge = true;
    } else if (type == FPType_Nonzero) {
        int t = v.exp + (int)fbits;
        if (t >= 0)
            huge = (63 - __builtin_clzll(v.mant)) + t >= 65;
        if (t >= 0 && !huge)
            mag = (u128)v.mant << t;
        else if (t < 0)
            error = fpu_split(v.mant, (unsigned)-t, false, &mag);
    }
    if (!huge && fpu_round_up(rounding, v.sign, mag & 1, error))
        mag++;

    /* SatQ(int_result, M, unsigned) */
    if (is_unsigned) {
        limit = v.sign ? 0 : ((u128)1 << M) - 1;
        overflow = huge || mag > limit;
        result = overflow ? (uint64_t)limit : (uint64_t)mag;
    } else {
        limit = v.sign ? (u128)1 << (M - 1) : ((u128)1 << (M - 1)) - 1;
        overflow = huge || mag > limit;
        if (overflow)
            mag = limit;
        result = v.sign ? -(uint64_t)mag : (uint64_t)mag;
    }
    if (overflow)
        FPProcessException(FPExc_InvalidOp, c);
    else if (error != FPError_Zero)
        FPProcessException(FPExc_Inexact, c);
    return result & ones(M);
}

/* FixedToFP(): the M-bit integer, signed unless is_unsigned, divided by
   2^fbits and rounded; zero converts to +0. */
uint64_t FixedToFP(uint64_t op, unsigned M, unsigned fbits, bool is_unsigned,
                   unsigned N, FPRounding rounding, FPCtx *c)
{
    bool sign;
    uint64_t mag;

    assert(rounding != FPRounding_ODD);
    assert(M == 16 || M == 32 || M == 64);
    op &= ones(M);
    sign = !is_unsigned && extract64(op, M - 1, 1);
    mag = sign ? -op & ones(M) : op;
    if (mag == 0)
        return FPZero(false, N);
    return FPRound((FPReal){ sign, false, -(int)fbits, mag }, N, rounding, c);
}
