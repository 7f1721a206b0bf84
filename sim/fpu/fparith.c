/* FPAdd, FPSub, FPMul, FPMulX, FPDiv, FPSqrt, FPMulAdd and the fused
   Newton-Raphson steps FPRecipStepFused, FPRSqrtStepFused
   (shared/functions/float/...).  Each computes the pseudocode's exact real
   result in 128-bit integers (keeping a sticky bit where an exact result
   would be wider) and hands it to FPRound once. */
#include "sim/fpu/fpu.h"

typedef unsigned __int128 u128;

/* An exact (or sticky) intermediate wider than FPReal. */
typedef struct WideReal { bool sign; bool sticky; int exp; u128 mant; } WideReal;

enum { WIDE_TOP = 125 };        /* add aligns both terms' top bit here: room for a carry */

static unsigned msb128(u128 v)
{
    uint64_t hi = (uint64_t)(v >> 64);
    return hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll((uint64_t)v);
}

static WideReal wide_from(FPReal r)
{
    return (WideReal){ r.sign, false, r.exp, r.mant };
}

/* Keep the top 64 bits; what falls off joins sticky.  A sticky value is
   normalised to bit 63, so the dropped part stays below any rounding point
   (every producer here has at least 60 significant bits when sticky). */
static FPReal wide_narrow(WideReal w)
{
    FPReal r = { w.sign, w.sticky, w.exp, 0 };
    unsigned top = msb128(w.mant);

    if (top > 63) {
        unsigned s = top - 63;
        r.sticky |= (w.mant & (((u128)1 << s) - 1)) != 0;
        r.mant = (uint64_t)(w.mant >> s);
        r.exp += (int)s;
    } else if (w.sticky) {
        r.mant = (uint64_t)w.mant << (63 - top);
        r.exp -= (int)(63 - top);
    } else {
        r.mant = (uint64_t)w.mant;
    }
    return r;
}

static WideReal wide_align(WideReal w)
{
    unsigned k = WIDE_TOP - msb128(w.mant);
    w.mant <<= k;
    w.exp -= (int)k;
    return w;
}

/* x + y for exact nonzero terms below 2^126.  With both top bits at bit 125
   the smaller term loses bits only when it is more than 20 bits below the
   larger (a 106-bit product) or 72 bits (a 53-bit operand); then no
   cancellation can bring the sum below 2^124, far above those bits.
   Returns false for an exact zero sum. */
static bool wide_add(WideReal x, WideReal y, WideReal *sum)
{
    bool sticky = false;
    int d;

    x = wide_align(x);
    y = wide_align(y);
    if (y.exp > x.exp || (y.exp == x.exp && y.mant > x.mant)) {
        WideReal t = x;
        x = y;
        y = t;
    }
    d = x.exp - y.exp;
    if (d > WIDE_TOP) {
        sticky = true;
        y.mant = 0;
    } else if (d > 0) {
        sticky = (y.mant & (((u128)1 << d) - 1)) != 0;
        y.mant >>= d;
    }
    sum->sign = x.sign;
    sum->exp = x.exp;
    sum->sticky = sticky;
    if (x.sign == y.sign)
        sum->mant = x.mant + y.mant;
    else    /* x - (y + δ), 0 < δ < 1 when sticky: (x - y - 1) + (1 - δ) */
        sum->mant = x.mant - y.mant - (sticky ? 1 : 0);
    return sum->mant != 0 || sticky;
}

/* An exact zero sum's sign depends on the rounding mode. */
static uint64_t exact_zero(unsigned N, FPCtx *c)
{
    return FPZero(FPRoundingMode(c) == FPRounding_NEGINF, N);
}

/* addend + value1*value2, scaled by 2^-halve, rounded once; a zero term has
   mant 0.  The common tail of FPMulAdd and the fused steps. */
static uint64_t fused_round(FPReal addend, FPReal value1, FPReal value2, int halve,
                            unsigned N, FPCtx *c)
{
    WideReal p = { value1.sign != value2.sign, false, value1.exp + value2.exp,
                   (u128)value1.mant * value2.mant };
    WideReal s;

    if (p.mant == 0 && addend.mant == 0)
        return exact_zero(N, c);
    if (p.mant == 0)
        s = wide_from(addend);
    else if (addend.mant == 0)
        s = p;
    else if (!wide_add(wide_from(addend), p, &s))
        return exact_zero(N, c);
    s.exp -= halve;
    return FPRound(wide_narrow(s), N, FPRoundingMode(c), c);
}

/* FPAdd() and FPSub(): FPSub is FPAdd with op2's sign inverted after NaN
   processing (a NaN op2 is returned with its own sign). */
static uint64_t fp_add_sub(uint64_t op1, uint64_t op2, bool subtract, unsigned N, FPCtx *c)
{
    FPReal v1, v2;
    FPType type1 = FPUnpack(op1, N, c, &v1);
    FPType type2 = FPUnpack(op2, N, c, &v2);
    uint64_t result;
    bool inf1, inf2, zero1, zero2;
    WideReal s;

    if (FPProcessNaNs(type1, type2, op1, op2, N, c, &result))
        return result;
    v2.sign ^= subtract;
    inf1 = type1 == FPType_Infinity;
    inf2 = type2 == FPType_Infinity;
    zero1 = type1 == FPType_Zero;
    zero2 = type2 == FPType_Zero;
    if (inf1 && inf2 && v1.sign != v2.sign) {
        FPProcessException(FPExc_InvalidOp, c);
        return FPDefaultNaN(N);
    }
    if ((inf1 && !v1.sign) || (inf2 && !v2.sign))
        return FPInfinity(false, N);
    if ((inf1 && v1.sign) || (inf2 && v2.sign))
        return FPInfinity(true, N);
    if (zero1 && zero2 && v1.sign == v2.sign)
        return FPZero(v1.sign, N);
    if (zero1 && zero2)
        return exact_zero(N, c);
    if (zero1)
        return FPRound(v2, N, FPRoundingMode(c), c);
    if (zero2)
        return FPRound(v1, N, FPRoundingMode(c), c);
    if (!wide_add(wide_from(v1), wide_from(v2), &s))
        return exact_zero(N, c);
    return FPRound(wide_narrow(s), N, FPRoundingMode(c), c);
}

uint64_t FPAdd(uint64_t a, uint64_t b, unsigned N, FPCtx *c)
{
    return fp_add_sub(a, b, false, N, c);
}

uint64_t FPSub(uint64_t a, uint64_t b, unsigned N, FPCtx *c)
{
    return fp_add_sub(a, b, true, N, c);
}

/* FPMul() and FPMulX(): they differ only in 0 * inf, which FMULX makes 2.0
   with the product's sign and no exception. */
static uint64_t fp_mul(uint64_t op1, uint64_t op2, bool mulx, unsigned N, FPCtx *c)
{
    FPReal v1, v2;
    FPType type1 = FPUnpack(op1, N, c, &v1);
    FPType type2 = FPUnpack(op2, N, c, &v2);
    bool sign = v1.sign != v2.sign;
    uint64_t result;

    if (FPProcessNaNs(type1, type2, op1, op2, N, c, &result))
        return result;
    if ((type1 == FPType_Infinity && type2 == FPType_Zero) ||
        (type1 == FPType_Zero && type2 == FPType_Infinity)) {
        if (mulx)
            return FPTwo(sign, N);
        FPProcessException(FPExc_InvalidOp, c);
        return FPDefaultNaN(N);
    }
    if (type1 == FPType_Infinity || type2 == FPType_Infinity)
        return FPInfinity(sign, N);
    if (type1 == FPType_Zero || type2 == FPType_Zero)
        return FPZero(sign, N);
    return FPRound(wide_narrow((WideReal){ sign, false, v1.exp + v2.exp,
                                           (u128)v1.mant * v2.mant }),
                   N, FPRoundingMode(c), c);
}

uint64_t FPMul(uint64_t a, uint64_t b, unsigned N, FPCtx *c)
{
    return fp_mul(a, b, false, N, c);
}

uint64_t FPMulX(uint64_t a, uint64_t b, unsigned N, FPCtx *c)
{
    return fp_mul(a, b, true, N, c);
}

/* Normalise mant to bit 63, keeping the value. */
static FPReal normalise64(FPReal v)
{
    int k = __builtin_clzll(v.mant);
    v.mant <<= k;
    v.exp -= k;
    return v;
}

/* FPDiv(): the quotient of two mantissas normalised to bit 63, taken to
   64 or 65 bits, the remainder sticky. */
uint64_t FPDiv(uint64_t op1, uint64_t op2, unsigned N, FPCtx *c)
{
    FPReal v1, v2;
    FPType type1 = FPUnpack(op1, N, c, &v1);
    FPType type2 = FPUnpack(op2, N, c, &v2);
    bool sign = v1.sign != v2.sign;
    bool inf1 = type1 == FPType_Infinity, inf2 = type2 == FPType_Infinity;
    bool zero1 = type1 == FPType_Zero, zero2 = type2 == FPType_Zero;
    uint64_t result;
    u128 num;

    if (FPProcessNaNs(type1, type2, op1, op2, N, c, &result))
        return result;
    if ((inf1 && inf2) || (zero1 && zero2)) {
        FPProcessException(FPExc_InvalidOp, c);
        return FPDefaultNaN(N);
    }
    if (inf1 || zero2) {
        if (!inf1)
            FPProcessException(FPExc_DivideByZero, c);
        return FPInfinity(sign, N);
    }
    if (zero1 || inf2)
        return FPZero(sign, N);
    v1 = normalise64(v1);
    v2 = normalise64(v2);
    num = (u128)v1.mant << 64;
    return FPRound(wide_narrow((WideReal){ sign, num % v2.mant != 0, v1.exp - v2.exp - 64,
                                           num / v2.mant }),
                   N, FPRoundingMode(c), c);
}

/* Integer square root of a 128-bit value (digit by digit); *rem gets the
   remainder. */
static u128 isqrt128(u128 op, u128 *rem)
{
    u128 res = 0, one = (u128)1 << 126;

    while (one > op)
        one >>= 2;
    while (one != 0) {
        if (op >= res + one) {
            op -= res + one;
            res = (res >> 1) + one;
        } else {
            res >>= 1;
        }
        one >>= 2;
    }
    *rem = op;
    return res;
}

/* FPSqrt(): the mantissa, normalised to bit 63, is widened to 120 or 121
   bits with an even exponent, giving a 60- or 61-bit root; a nonzero
   remainder is sticky. */
uint64_t FPSqrt(uint64_t op, unsigned N, FPCtx *c)
{
    FPReal v;
    FPType type = FPUnpack(op, N, c, &v);
    u128 root, rem;
    unsigned s;

    if (type == FPType_SNaN || type == FPType_QNaN)
        return FPProcessNaN(type, op, N, c);
    if (type == FPType_Zero)
        return FPZero(v.sign, N);
    if (type == FPType_Infinity && !v.sign)
        return FPInfinity(false, N);
    if (v.sign) {
        FPProcessException(FPExc_InvalidOp, c);
        return FPDefaultNaN(N);
    }
    v = normalise64(v);
    s = ((v.exp - 56) & 1) ? 57 : 56;
    root = isqrt128((u128)v.mant << s, &rem);
    return FPRound(wide_narrow((WideReal){ false, rem != 0, (v.exp - (int)s) / 2, root }),
                   N, FPRoundingMode(c), c);
}

/* FPMulAdd(): addend + op1*op2 with a single rounding. */
uint64_t FPMulAdd(uint64_t addend, uint64_t op1, uint64_t op2, unsigned N, FPCtx *c)
{
    FPReal va, v1, v2;
    FPType typeA = FPUnpack(addend, N, c, &va);
    FPType type1 = FPUnpack(op1, N, c, &v1);
    FPType type2 = FPUnpack(op2, N, c, &v2);
    bool inf1 = type1 == FPType_Infinity, zero1 = type1 == FPType_Zero;
    bool inf2 = type2 == FPType_Infinity, zero2 = type2 == FPType_Zero;
    bool infA = typeA == FPType_Infinity, zeroA = typeA == FPType_Zero;
    bool signP = v1.sign != v2.sign, infP = inf1 || inf2, zeroP = zero1 || zero2;
    uint64_t result;
    bool done = FPProcessNaNs3(typeA, type1, type2, addend, op1, op2, N, c, &result);

    /* A quiet NaN addend does not hide the Invalid Operation of 0 * inf. */
    if (typeA == FPType_QNaN && ((inf1 && zero2) || (zero1 && inf2))) {
        result = FPDefaultNaN(N);
        FPProcessException(FPExc_InvalidOp, c);
    }
    if (done)
        return result;
    if ((inf1 && zero2) || (zero1 && inf2) || (infA && infP && va.sign != signP)) {
        FPProcessException(FPExc_InvalidOp, c);
        return FPDefaultNaN(N);
    }
    if ((infA && !va.sign) || (infP && !signP))
        return FPInfinity(false, N);
    if ((infA && va.sign) || (infP && signP))
        return FPInfinity(true, N);
    if (zeroA && zeroP && va.sign == signP)
        return FPZero(va.sign, N);
    return fused_round(va, v1, v2, 0, N, c);
}

/* The shared shape of FPRecipStepFused and FPRSqrtStepFused:
   addend - op1*op2, halved if halve, with one rounding, where op1 is negated
   first (so a NaN op1 is returned with its sign inverted) and inf*0 gives
   inf_times_zero. */
static uint64_t step_fused(uint64_t op1, uint64_t op2, unsigned N, FPCtx *c, FPReal addend,
                           uint64_t inf_times_zero, int halve)
{
    FPReal v1, v2;
    FPType type1, type2;
    uint64_t result;

    op1 = FPNeg(op1, N);
    type1 = FPUnpack(op1, N, c, &v1);
    type2 = FPUnpack(op2, N, c, &v2);
    if (FPProcessNaNs(type1, type2, op1, op2, N, c, &result))
        return result;
    if ((type1 == FPType_Infinity && type2 == FPType_Zero) ||
        (type1 == FPType_Zero && type2 == FPType_Infinity))
        return inf_times_zero;
    if (type1 == FPType_Infinity || type2 == FPType_Infinity)
        return FPInfinity(v1.sign != v2.sign, N);
    return fused_round(addend, v1, v2, halve, N, c);
}

/* FPRecipStepFused(): 2.0 - op1*op2 (FRECPS). */
uint64_t FPRecipStepFused(uint64_t op1, uint64_t op2, unsigned N, FPCtx *c)
{
    static const FPReal two = { false, false, 1, 1 };
    return step_fused(op1, op2, N, c, two, FPTwo(false, N), 0);
}

/* FPRSqrtStepFused(): (3.0 - op1*op2) / 2.0 (FRSQRTS). */
uint64_t FPRSqrtStepFused(uint64_t op1, uint64_t op2, unsigned N, FPCtx *c)
{
    static const FPReal three = { false, false, 0, 3 };
    return step_fused(op1, op2, N, c, three, FPOnePointFive(false, N), 1);
}
