/* FPMax, FPMin, FPMaxNum, FPMinNum, FPCompare, FPCompareEQ/GE/GT
   (shared/functions/float/...). */
#include "sim/fpu/fpu.h"

/* Orders two non-NaN unpacked values as the pseudocode's reals do: zeros are
   0.0 whatever their sign, infinities +-2^1000000.  Returns -1, 0 or 1. */
static int fp_compare_values(FPType type1, FPReal v1, FPType type2, FPReal v2)
{
    int s1 = type1 == FPType_Zero ? 0 : v1.sign ? -1 : 1;
    int s2 = type2 == FPType_Zero ? 0 : v2.sign ? -1 : 1;
    int mag;

    if (s1 != s2)
        return s1 < s2 ? -1 : 1;
    if (s1 == 0)
        return 0;
    /* Same sign, both nonzero: compare magnitudes. */
    if (type1 == FPType_Infinity || type2 == FPType_Infinity) {
        mag = (type1 == FPType_Infinity) - (type2 == FPType_Infinity);
    } else {
        int t1 = v1.exp + 63 - __builtin_clzll(v1.mant);
        int t2 = v2.exp + 63 - __builtin_clzll(v2.mant);
        uint64_t m1 = v1.mant << __builtin_clzll(v1.mant);
        uint64_t m2 = v2.mant << __builtin_clzll(v2.mant);
        mag = t1 != t2 ? (t1 < t2 ? -1 : 1) : m1 != m2 ? (m1 < m2 ? -1 : 1) : 0;
    }
    return s1 < 0 ? -mag : mag;
}

static bool is_nan(FPType t)
{
    return t == FPType_QNaN || t == FPType_SNaN;
}

/* FPMax() and FPMin().  Of equal values the second operand is taken; two
   zeros give the most positive (max) or most negative (min) sign.  A
   nonzero finite result is FPRound(value), which re-encodes the chosen
   operand exactly and without exceptions (a denormal one survived FPUnpack,
   so FZ is off for it), so the operand is returned as it is. */
static uint64_t fp_max_min(uint64_t op1, uint64_t op2, bool max, unsigned N, FPCtx *c)
{
    FPReal v1, v2, v;
    FPType type1 = FPUnpack(op1, N, c, &v1);
    FPType type2 = FPUnpack(op2, N, c, &v2);
    FPType type;
    uint64_t result;
    int cmp;

    if (FPProcessNaNs(type1, type2, op1, op2, N, c, &result))
        return result;
    cmp = fp_compare_values(type1, v1, type2, v2);
    if (max ? cmp > 0 : cmp < 0) {
        type = type1;
        v = v1;
        result = op1;
    } else {
        type = type2;
        v = v2;
        result = op2;
    }
    if (type == FPType_Infinity)
        return FPInfinity(v.sign, N);
    if (type == FPType_Zero)
        return FPZero(max ? (v1.sign && v2.sign) : (v1.sign || v2.sign), N);
    return result & ones(N);
}

uint64_t FPMax(uint64_t a, uint64_t b, unsigned N, FPCtx *c)
{
    return fp_max_min(a, b, true, N, c);
}

uint64_t FPMin(uint64_t a, uint64_t b, unsigned N, FPCtx *c)
{
    return fp_max_min(a, b, false, N, c);
}

/* FPMaxNum() and FPMinNum(): a single quiet NaN is treated as -Infinity
   (max) or +Infinity (min), so the number is returned; anything else is
   FPMax()/FPMin(). */
static uint64_t fp_max_min_num(uint64_t op1, uint64_t op2, bool max, unsigned N, FPCtx *c)
{
    FPReal v;
    FPType type1 = FPUnpack(op1, N, c, &v);
    FPType type2 = FPUnpack(op2, N, c, &v);

    if (type1 == FPType_QNaN && type2 != FPType_QNaN)
        op1 = FPInfinity(max, N);
    else if (type1 != FPType_QNaN && type2 == FPType_QNaN)
        op2 = FPInfinity(max, N);
    return fp_max_min(op1, op2, max, N, c);
}

uint64_t FPMaxNum(uint64_t a, uint64_t b, unsigned N, FPCtx *c)
{
    return fp_max_min_num(a, b, true, N, c);
}

uint64_t FPMinNum(uint64_t a, uint64_t b, unsigned N, FPCtx *c)
{
    return fp_max_min_num(a, b, false, N, c);
}

/* FPCompare(): NZCV '0011' unordered, '0110' equal, '1000' less than,
   '0010' greater than; Invalid Operation for a signalling NaN, or any NaN
   when signal_nans (FCMPE). */
uint32_t FPCompare(uint64_t op1, uint64_t op2, bool signal_nans, unsigned N, FPCtx *c)
{
    FPReal v1, v2;
    FPType type1 = FPUnpack(op1, N, c, &v1);
    FPType type2 = FPUnpack(op2, N, c, &v2);
    uint32_t nzcv;
    int cmp;

    if (is_nan(type1) || is_nan(type2)) {
        if (type1 == FPType_SNaN || type2 == FPType_SNaN || signal_nans)
            FPProcessException(FPExc_InvalidOp, c);
        nzcv = 0x3;
    } else {
        cmp = fp_compare_values(type1, v1, type2, v2);
        nzcv = cmp == 0 ? 0x6 : cmp < 0 ? 0x8 : 0x2;
    }
    return nzcv << 28;
}

/* FPCompareEQ(): quiet, only a signalling NaN raises Invalid Operation. */
bool FPCompareEQ(uint64_t op1, uint64_t op2, unsigned N, FPCtx *c)
{
    FPReal v1, v2;
    FPType type1 = FPUnpack(op1, N, c, &v1);
    FPType type2 = FPUnpack(op2, N, c, &v2);

    if (is_nan(type1) || is_nan(type2)) {
        if (type1 == FPType_SNaN || type2 == FPType_SNaN)
            FPProcessException(FPExc_InvalidOp, c);
        return false;
    }
    return fp_compare_values(type1, v1, type2, v2) == 0;
}

/* FPCompareGE() and FPCompareGT(): any NaN raises Invalid Operation. */
static int fp_compare_signalling(uint64_t op1, uint64_t op2, unsigned N, FPCtx *c, bool *unordered)
{
    FPReal v1, v2;
    FPType type1 = FPUnpack(op1, N, c, &v1);
    FPType type2 = FPUnpack(op2, N, c, &v2);

    *unordered = is_nan(type1) || is_nan(type2);
    if (*unordered) {
        FPProcessException(FPExc_InvalidOp, c);
        return 0;
    }
    return fp_compare_values(type1, v1, type2, v2);
}

bool FPCompareGE(uint64_t a, uint64_t b, unsigned N, FPCtx *c)
{
    bool unordered;
    int cmp = fp_compare_signalling(a, b, N, c, &unordered);
    return !unordered && cmp >= 0;
}

bool FPCompareGT(uint64_t a, uint64_t b, unsigned N, FPCtx *c)
{
    bool unordered;
    int cmp = fp_compare_signalling(a, b, N, c, &unordered);
    return !unordered && cmp > 0;
}
