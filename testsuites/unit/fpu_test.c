/* The floating-point library (sim/fpu) against the Arm ARM pseudocode
   (shared/functions/float/...): each case is input bits -> result bits and
   the FPSR flags, worked out by hand from the pseudocode rule in its comment.
   Then a randomized cross-check of add/sub/mul/div/sqrt/fma in single and
   double precision against the host's IEEE arithmetic (round to nearest, no
   FZ/DN, non-NaN inputs), where Arm and IEEE 754 agree except in two places
   handled below: Arm's default NaN is positive, and Arm detects tininess
   before rounding (FPRoundBase) where x86 does after. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "sim/fpu/fpu.h"

/* FPCR */
#define RN   0u
#define RP   (1u << 22)
#define RM   (2u << 22)
#define RZ   (3u << 22)
#define FZ   (1u << 24)
#define DN   (1u << 25)
#define AHP  (1u << 26)
#define FZ16 (1u << 19)
/* FPSR */
#define IOC 0x01u
#define DZC 0x02u
#define OFC 0x04u
#define UFC 0x08u
#define IXC 0x10u
#define IDC 0x80u

/* Single precision */
#define S_ONE   0x3f800000u
#define S_TWO   0x40000000u
#define S_THREE 0x40400000u
#define S_HALF  0x3f000000u
#define S_INF   0x7f800000u
#define S_NINF  0xff800000u
#define S_DNAN  0x7fc00000u
#define S_MAX   0x7f7fffffu
#define S_MIN   0x00800000u       /* smallest normal, 2^-126 */
#define S_DEN1  0x00000001u       /* smallest denormal, 2^-149 */
#define S_NZERO 0x80000000u
/* Double precision */
#define D_ONE   0x3ff0000000000000ull
#define D_TWO   0x4000000000000000ull
#define D_HALF  0x3fe0000000000000ull
#define D_INF   0x7ff0000000000000ull
#define D_DNAN  0x7ff8000000000000ull
#define D_MAX   0x7fefffffffffffffull
#define D_NZERO 0x8000000000000000ull
/* Half precision */
#define H_ONE   0x3c00u
#define H_TWO   0x4000u
#define H_HALF  0x3800u
#define H_INF   0x7c00u
#define H_DNAN  0x7e00u
#define H_MAX   0x7bffu           /* 65504 */

typedef enum Op {
    ADD, SUB, MUL, MULX, DIV, SQRT, FMA, MAX, MIN, MAXNM, MINNM,
    CMP, CMPE, CMPEQ, CMPGE, CMPGT, RINT, CVT, CVTODD, TOFIX, FROMFIX,
    RECPE, RSQRTE, RECPS, RSQRTS, RECPX, URECPE, URSQRTE, ABS, NEG, RMODE,
} Op;

typedef struct Case {
    const char *rule;
    Op op;
    unsigned N;             /* operand width; CVT: from; FROMFIX: result */
    uint32_t fpcr;
    uint64_t a, b, c;       /* FMA: addend, op1, op2; CVT: b = to width;
                               TOFIX/FROMFIX: b = fbits, c = M */
    FPRounding r;           /* RINT, TOFIX, FROMFIX */
    bool flag;              /* RINT: exact; TOFIX/FROMFIX: unsigned */
    uint64_t expect;        /* CMP*: NZCV<<28 or 0/1 */
    uint32_t fpsr;
} Case;

#define A1(op, N, fpcr, a, res, fl, rule) { rule, op, N, fpcr, a, 0, 0, 0, false, res, fl }
#define A2(op, N, fpcr, a, b, res, fl, rule) { rule, op, N, fpcr, a, b, 0, 0, false, res, fl }
#define A3(op, N, fpcr, a, b, c, res, fl, rule) { rule, op, N, fpcr, a, b, c, 0, false, res, fl }
#define RINT_(N, fpcr, a, r, x, res, fl, rule) { rule, RINT, N, fpcr, a, 0, 0, r, x, res, fl }
#define CVT_(from, to, fpcr, a, res, fl, rule) { rule, CVT, from, fpcr, a, to, 0, 0, false, res, fl }
#define TOFIX_(N, fpcr, a, fbits, uns, r, M, res, fl, rule) \
    { rule, TOFIX, N, fpcr, a, fbits, M, r, uns, res, fl }
#define FROMFIX_(M, fpcr, a, fbits, uns, N, r, res, fl, rule) \
    { rule, FROMFIX, N, fpcr, a, fbits, M, r, uns, res, fl }

#define TIEEVEN FPRounding_TIEEVEN
#define POSINF FPRounding_POSINF
#define NEGINF FPRounding_NEGINF
#define ZERO FPRounding_ZERO
#define TIEAWAY FPRounding_TIEAWAY

static uint64_t run(const Case *k, FPCtx *c)
{
    unsigned N = k->N;

    switch (k->op) {
    case ADD: return FPAdd(k->a, k->b, N, c);
    case SUB: return FPSub(k->a, k->b, N, c);
    case MUL: return FPMul(k->a, k->b, N, c);
    case MULX: return FPMulX(k->a, k->b, N, c);
    case DIV: return FPDiv(k->a, k->b, N, c);
    case SQRT: return FPSqrt(k->a, N, c);
    case FMA: return FPMulAdd(k->a, k->b, k->c, N, c);
    case MAX: return FPMax(k->a, k->b, N, c);
    case MIN: return FPMin(k->a, k->b, N, c);
    case MAXNM: return FPMaxNum(k->a, k->b, N, c);
    case MINNM: return FPMinNum(k->a, k->b, N, c);
    case CMP: return FPCompare(k->a, k->b, false, N, c);
    case CMPE: return FPCompare(k->a, k->b, true, N, c);
    case CMPEQ: return FPCompareEQ(k->a, k->b, N, c);
    case CMPGE: return FPCompareGE(k->a, k->b, N, c);
    case CMPGT: return FPCompareGT(k->a, k->b, N, c);
    case RINT: return FPRoundInt(k->a, N, k->r, k->flag, c);
    case CVT: return FPConvert(k->a, N, (unsigned)k->b, c);
    case CVTODD: return FPConvertWithRounding(k->a, 64, 32, FPRounding_ODD, c);
    case TOFIX: return FPToFixed(k->a, N, (unsigned)k->b, k->flag, k->r, (unsigned)k->c, c);
    case FROMFIX: return FixedToFP(k->a, (unsigned)k->c, (unsigned)k->b, k->flag, N, k->r, c);
    case RECPE: return FPRecipEstimate(k->a, N, c);
    case RSQRTE: return FPRSqrtEstimate(k->a, N, c);
    case RECPS: return FPRecipStepFused(k->a, k->b, N, c);
    case RSQRTS: return FPRSqrtStepFused(k->a, k->b, N, c);
    case RECPX: return FPRecpX(k->a, N, c);
    case URECPE: return UnsignedRecipEstimate((uint32_t)k->a);
    case URSQRTE: return UnsignedRSqrtEstimate((uint32_t)k->a);
    case ABS: return FPAbs(k->a, N);
    case NEG: return FPNeg(k->a, N);
    case RMODE: return FPRoundingMode(c);
    }
    return 0;
}

static unsigned checked;

static void run_cases(const Case *cases, size_t n)
{
    unsigned failures = 0;

    for (size_t i = 0; i < n; i++) {
        const Case *k = &cases[i];
        FPCtx c = { k->fpcr, 0 };
        uint64_t r = run(k, &c);
        checked++;
        if (r != k->expect || c.fpsr != k->fpsr) {
            print_error("case %zu (%s): a=%#" PRIx64 " b=%#" PRIx64 " c=%#" PRIx64
                        " fpcr=%#x: got %#" PRIx64 " fpsr %#x, expected %#" PRIx64 " fpsr %#x\n",
                        i, k->rule, k->a, k->b, k->c, k->fpcr, r, c.fpsr, k->expect, k->fpsr);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

#define RUN(table) run_cases(table, sizeof(table) / sizeof(table[0]))

/* ---- FPAdd, FPSub: FPRoundBase rounding, overflow, signed zeros ---- */
static const Case add_cases[] = {
    A2(ADD, 32, RN, S_ONE, S_TWO, S_THREE, 0, "1 + 2 = 3, exact"),
    A2(ADD, 32, RN, S_ONE, 0x33800000, S_ONE, IXC, "1 + 2^-24: error == 0.5, int_mant even: TIEEVEN keeps"),
    A2(ADD, 32, RP, S_ONE, 0x33800000, 0x3f800001, IXC, "POSINF: error != 0, sign 0: round up"),
    A2(ADD, 32, RM, S_ONE, 0x33800000, S_ONE, IXC, "NEGINF, positive: truncate"),
    A2(ADD, 32, RZ, S_ONE, 0x33800000, S_ONE, IXC, "ZERO: truncate"),
    A2(ADD, 32, RN, S_ONE, 0x33800001, 0x3f800001, IXC, "error > 0.5: round up"),
    A2(ADD, 32, RN, 0x3f800001, 0x33800000, 0x3f800002, IXC, "error == 0.5, int_mant odd: round up to even"),
    A2(ADD, 32, RM, 0xbf800000, 0xb3800000, 0xbf800001, IXC, "NEGINF, negative: magnitude up"),
    A2(ADD, 32, RP, 0xbf800000, 0xb3800000, 0xbf800000, IXC, "POSINF, negative: magnitude truncated"),
    A2(SUB, 32, RN, S_ONE, S_ONE, 0, 0, "x - x: exact zero is +0 ..."),
    A2(SUB, 32, RM, S_ONE, S_ONE, S_NZERO, 0, "... and -0 under NEGINF"),
    A2(ADD, 32, RN, S_NZERO, S_NZERO, S_NZERO, 0, "-0 + -0: same-signed zeros keep the sign"),
    A2(ADD, 32, RN, 0, S_NZERO, 0, 0, "+0 + -0 = +0"),
    A2(ADD, 32, RM, 0, S_NZERO, S_NZERO, 0, "+0 + -0 = -0 under NEGINF"),
    A2(SUB, 32, RN, S_NZERO, 0, S_NZERO, 0, "FPSub: -0 - +0: zero1 && zero2 && sign1 == NOT(sign2) -> -0"),
    A2(ADD, 32, RN, S_MAX, S_MAX, S_INF, OFC | IXC, "overflow, TIEEVEN: infinity"),
    A2(ADD, 32, RZ, S_MAX, S_MAX, S_MAX, OFC | IXC, "overflow, ZERO: FPMaxNormal"),
    A2(ADD, 32, RM, S_MAX, S_MAX, S_MAX, OFC | IXC, "overflow, NEGINF, positive: FPMaxNormal"),
    A2(ADD, 32, RP, 0xff7fffff, 0xff7fffff, 0xff7fffff, OFC | IXC, "overflow, POSINF, negative: -FPMaxNormal"),
    A2(ADD, 32, RM, 0xff7fffff, 0xff7fffff, S_NINF, OFC | IXC, "overflow, NEGINF, negative: -infinity"),
    A2(ADD, 32, RN, S_INF, S_NINF, S_DNAN, IOC, "inf + -inf: Invalid, default NaN"),
    A2(SUB, 32, RN, S_INF, S_INF, S_DNAN, IOC, "inf - inf: Invalid"),
    A2(SUB, 32, RN, S_NINF, S_INF, S_NINF, 0, "-inf - inf = -inf"),
    A2(ADD, 32, RN, S_INF, S_MAX, S_INF, 0, "inf + x = inf, no exception"),
    A2(ADD, 32, RN, S_DEN1, S_DEN1, 0x00000002, 0, "denormal sum, exact: no Underflow"),
    A2(SUB, 32, RN, S_MIN, S_DEN1, 0x007fffff, 0, "denormal difference, exact: no Underflow"),
    A2(ADD, 32, RN, S_DEN1, S_ONE, S_ONE, IXC, "1 + 2^-149: far-apart operands, inexact"),
    A2(SUB, 32, RZ, S_ONE, S_DEN1, 0x3f7fffff, IXC, "1 - 2^-149 under ZERO: just below 1"),
    A2(ADD, 64, RN, D_ONE, 0x3ca0000000000000ull, D_ONE, IXC, "double: 1 + 2^-53 ties to even"),
    A2(ADD, 64, RP, D_ONE, 0x0000000000000001ull, 0x3ff0000000000001ull, IXC, "double: 1 + 2^-1074 under POSINF"),
    A2(SUB, 64, RN, 0x4340000000000000ull, D_ONE, 0x433fffffffffffffull, 0, "double: 2^53 - 1 exact"),
    A2(ADD, 16, RN, H_ONE, H_ONE, H_TWO, 0, "half: 1 + 1 = 2"),
    A2(ADD, 16, RN, H_MAX, 0x4c00, H_INF, OFC | IXC, "half: 65504 + 16 ties up to 2^16: overflow"),
    A2(ADD, 16, RZ, H_MAX, 0x4c00, H_MAX, IXC, "half: 65504 + 16 under ZERO: 65504, no overflow"),
    A2(ADD, 16, AHP, H_INF, H_ONE, H_INF, 0, "FPUnpack ignores AHP: 0x7c00 is infinity in arithmetic"),
};

/* ---- NaN propagation: FPProcessNaN(s), FPProcessNaNs3, FPCR.DN ---- */
static const Case nan_cases[] = {
    A2(ADD, 32, RN, 0x7fc00001, S_ONE, 0x7fc00001, 0, "quiet NaN propagates, no exception"),
    A2(ADD, 32, RN, S_ONE, 0x7f800001, 0x7fc00001, IOC, "signalling NaN quietened, Invalid"),
    A2(ADD, 32, RN, 0x7fc00002, 0x7f800003, 0x7fc00003, IOC, "SNaN operand 2 before QNaN operand 1"),
    A2(ADD, 32, RN, 0x7f800005, 0xff800007, 0x7fc00005, IOC, "two SNaNs: the first"),
    A2(ADD, 32, RN, 0xffc00009, 0x7fc0000a, 0xffc00009, 0, "two QNaNs: the first, sign kept"),
    A2(ADD, 32, DN, 0x7fc00001, S_ONE, S_DNAN, 0, "DN: default NaN for a quiet NaN"),
    A2(ADD, 32, DN, 0xff800001, S_ONE, S_DNAN, IOC, "DN: default NaN for a signalling NaN, Invalid"),
    A2(MUL, 64, RN, 0x7ff0000000000123ull, D_ONE, 0x7ff8000000000123ull, IOC, "double SNaN payload kept"),
    A2(SUB, 16, RN, 0x7d01, H_ONE, 0x7f01, IOC, "half SNaN quietened; FPSub returns it unnegated"),
    A2(SUB, 32, RN, S_ONE, 0x7fc00004, 0x7fc00004, 0, "FPSub: NaN op2 keeps its sign"),
    A2(DIV, 32, RN, 0xffc12345, S_TWO, 0xffc12345, 0, "negative QNaN payload kept"),
    A3(FMA, 32, RN, 0x7fc00001, 0x7f800002, S_ONE, 0x7fc00002, IOC, "FPProcessNaNs3: SNaN op1 before QNaN addend"),
    A3(FMA, 32, RN, 0x7fc00001, 0x7fc00002, S_ONE, 0x7fc00001, 0, "QNaN addend first of quiet NaNs"),
    A3(FMA, 32, RN, S_ONE, 0x7fc00002, 0x7f800003, 0x7fc00003, IOC, "SNaN op2 before QNaN op1"),
    A3(FMA, 32, RN, 0x7fc00001, 0, S_INF, S_DNAN, IOC, "QNaN addend with 0*inf: default NaN, Invalid"),
    A3(FMA, 32, RN, 0x7f800001, 0, S_INF, 0x7fc00001, IOC, "SNaN addend with 0*inf: the quietened SNaN"),
    A3(FMA, 64, DN, D_ONE, 0x7ff4000000000000ull, D_ONE, D_DNAN, IOC, "double FMA, DN"),
    A1(SQRT, 32, RN, 0xff800001, 0xffc00001, IOC, "FPSqrt: SNaN quietened"),
    A2(MUL, 16, DN, H_ONE, 0xfd00, H_DNAN, IOC, "half default NaN 0x7e00"),
};

/* ---- FPMul, FPMulX, FPDiv: Underflow, tininess before rounding, DZC ---- */
static const Case muldiv_cases[] = {
    A2(MUL, 32, RN, S_TWO, S_THREE, 0x40c00000, 0, "2 * 3 = 6"),
    A2(MUL, 32, RN, 0, S_INF, S_DNAN, IOC, "0 * inf: Invalid"),
    A2(MUL, 32, RN, S_NZERO, 0x40a00000, S_NZERO, 0, "-0 * 5 = -0"),
    A2(MUL, 32, RN, S_NINF, 0xc0000000, S_INF, 0, "-inf * -2 = +inf"),
    A2(MULX, 32, RN, 0, S_INF, S_TWO, 0, "FMULX: 0 * inf = 2.0, no exception"),
    A2(MULX, 32, RN, S_NZERO, S_INF, 0xc0000000, 0, "FMULX: -0 * inf = -2.0"),
    A2(MULX, 64, RN, D_INF, D_NZERO, 0xc000000000000000ull, 0, "FMULX double: inf * -0 = -2.0"),
    A2(MULX, 16, RN, H_INF, 0, H_TWO, 0, "FMULX half: 2.0"),
    A2(MULX, 32, RN, S_TWO, S_THREE, 0x40c00000, 0, "FMULX otherwise multiplies"),
    A2(MUL, 32, RN, S_MIN, S_HALF, 0x00400000, 0, "tiny but exact: no Underflow"),
    A2(MUL, 32, RN, 0x00800001, S_HALF, 0x00400000, UFC | IXC, "tiny and inexact: Underflow; tie to even"),
    A2(MUL, 32, RP, 0x00800001, S_HALF, 0x00400001, UFC | IXC, "POSINF rounds the denormal up"),
    A2(MUL, 32, RN, 0x3f7fffff, S_MIN, S_MIN, UFC | IXC,
       "tininess before rounding: (1-2^-24)*2^-126 rounds up to 2^-126, Underflow still set"),
    A2(MUL, 32, RN, 0x7f000000, 0x40800000, S_INF, OFC | IXC, "2^127 * 4 overflows"),
    A2(MUL, 32, RZ, 0x7f000000, 0x40800000, S_MAX, OFC | IXC, "overflow under ZERO: max normal"),
    A2(MUL, 32, RP, 0xff000000, 0x40800000, 0xff7fffff, OFC | IXC, "negative overflow under POSINF: -max"),
    A2(MUL, 32, RM, 0xff000000, 0x40800000, S_NINF, OFC | IXC, "negative overflow under NEGINF: -inf"),
    A2(MUL, 64, RN, 1, D_HALF, 0, UFC | IXC, "double: 2^-1075 ties to even zero"),
    A2(MUL, 64, RP, 1, D_HALF, 1, UFC | IXC, "double: 2^-1075 under POSINF"),
    A2(MUL, 64, RM, 0x8000000000000001ull, D_HALF, 0x8000000000000001ull, UFC | IXC,
       "double: -2^-1075 under NEGINF"),
    A2(MUL, 16, RN, 0x3c01, 0x3c01, 0x3c02, IXC, "half: (1+2^-10)^2"),
    A2(DIV, 32, RN, S_ONE, S_THREE, 0x3eaaaaab, IXC, "1/3, TIEEVEN"),
    A2(DIV, 32, RZ, S_ONE, S_THREE, 0x3eaaaaaa, IXC, "1/3, ZERO"),
    A2(DIV, 64, RN, D_ONE, 0x4008000000000000ull, 0x3fd5555555555555ull, IXC, "double 1/3"),
    A2(DIV, 32, RN, S_ONE, 0, S_INF, DZC, "1/0 = inf, Divide by zero"),
    A2(DIV, 32, RN, 0xbf800000, 0, S_NINF, DZC, "-1/0 = -inf"),
    A2(DIV, 32, RN, S_ONE, S_NZERO, S_NINF, DZC, "1/-0 = -inf"),
    A2(DIV, 32, RN, 0, S_NZERO, S_DNAN, IOC, "0/0: Invalid"),
    A2(DIV, 32, RN, S_INF, S_NINF, S_DNAN, IOC, "inf/inf: Invalid"),
    A2(DIV, 32, RN, S_INF, 0, S_INF, 0, "inf/0 = inf without Divide by zero"),
    A2(DIV, 32, RN, 0xc0a00000, S_INF, S_NZERO, 0, "-5/inf = -0"),
    A2(DIV, 32, FZ, S_ONE, S_DEN1, S_INF, DZC | IDC, "FZ: a denormal divisor is zero"),
    A2(DIV, 32, RN, S_ONE, S_DEN1, S_INF, OFC | IXC, "1/2^-149 overflows"),
    A2(DIV, 16, RN, H_ONE, 0x4200, 0x3555, IXC, "half 1/3"),
};

/* ---- FPSqrt ---- */
static const Case sqrt_cases[] = {
    A1(SQRT, 32, RN, 0x40800000, S_TWO, 0, "sqrt(4) = 2, exact"),
    A1(SQRT, 32, RN, S_TWO, 0x3fb504f3, IXC, "sqrt(2)"),
    A1(SQRT, 32, RP, S_TWO, 0x3fb504f4, IXC, "sqrt(2), POSINF"),
    A1(SQRT, 64, RN, D_TWO, 0x3ff6a09e667f3bcdull, IXC, "double sqrt(2)"),
    A1(SQRT, 32, RN, S_NZERO, S_NZERO, 0, "sqrt(-0) = -0"),
    A1(SQRT, 32, RN, 0xbf800000, S_DNAN, IOC, "sqrt(-1): Invalid"),
    A1(SQRT, 32, RN, S_NINF, S_DNAN, IOC, "sqrt(-inf): Invalid"),
    A1(SQRT, 32, RN, S_INF, S_INF, 0, "sqrt(inf) = inf"),
    A1(SQRT, 32, RN, S_DEN1, 0x1a3504f3, IXC, "sqrt(2^-149) = 2^-75 * sqrt(2)"),
    A1(SQRT, 32, FZ, S_DEN1, 0, IDC, "FZ: a denormal is +0"),
    A1(SQRT, 32, FZ, 0x80000001, S_NZERO, IDC, "FZ: a negative denormal is -0, so no Invalid"),
    A1(SQRT, 16, RN, 0x4400, H_TWO, 0, "half sqrt(4)"),
};

/* ---- FPMulAdd: one rounding ---- */
static const Case fma_cases[] = {
    A3(FMA, 32, RN, S_ONE, S_TWO, S_THREE, 0x40e00000, 0, "1 + 2*3 = 7"),
    A3(FMA, 32, RN, 0xbf800000, 0x3f800800, 0x3f800800, 0x3a000400, 0,
       "-1 + (1+2^-12)^2 = 2^-11 + 2^-24, exact only when fused"),
    A3(FMA, 64, RN, 0xbff0000000000000ull, 0x3ff0000002000000ull, 0x3ff0000002000000ull,
       0x3e50000001000000ull, 0, "double: -1 + (1+2^-27)^2, fused"),
    A3(FMA, 32, RN, 0xc0c00000, S_TWO, S_THREE, 0, 0, "exact zero sum: +0"),
    A3(FMA, 32, RM, 0xc0c00000, S_TWO, S_THREE, S_NZERO, 0, "exact zero sum under NEGINF: -0"),
    A3(FMA, 32, RN, S_NZERO, 0, 0xbf800000, S_NZERO, 0, "-0 + (0*-1 = -0): same-signed zeros"),
    A3(FMA, 32, RN, 0, 0, 0xbf800000, 0, 0, "+0 + -0 = +0"),
    A3(FMA, 32, RM, 0, 0, 0xbf800000, S_NZERO, 0, "+0 + -0 = -0 under NEGINF"),
    A3(FMA, 32, RN, S_INF, S_ONE, S_NINF, S_DNAN, IOC, "inf + -inf: Invalid"),
    A3(FMA, 32, RN, S_NINF, S_TWO, S_THREE, S_NINF, 0, "-inf addend"),
    A3(FMA, 32, RN, S_ONE, S_INF, S_TWO, S_INF, 0, "infinite product"),
    A3(FMA, 32, RN, S_ONE, 0, S_INF, S_DNAN, IOC, "0*inf: Invalid"),
    A3(FMA, 32, RN, S_MAX, S_MAX, S_ONE, S_INF, OFC | IXC, "max + max*1 overflows"),
    A3(FMA, 32, RN, S_DEN1, S_ONE, S_ONE, S_ONE, IXC, "2^-149 + 1: inexact"),
    A3(FMA, 32, RP, S_DEN1, S_ONE, S_ONE, 0x3f800001, IXC, "2^-149 + 1 under POSINF"),
    A3(FMA, 32, RZ, 0x80000001, S_ONE, S_ONE, 0x3f7fffff, IXC, "-2^-149 + 1 under ZERO"),
    A3(FMA, 32, FZ, S_DEN1, S_ONE, S_ONE, S_ONE, IDC, "FZ: the denormal addend is zero, exact"),
    A3(FMA, 16, RN, H_ONE, H_TWO, H_TWO, 0x4500, 0, "half 1 + 2*2 = 5"),
};

/* ---- FZ and FZ16: input flush (IDC), output flush (UFC only) ---- */
static const Case fz_cases[] = {
    A2(ADD, 32, FZ, S_DEN1, S_ONE, S_ONE, IDC, "FZ: denormal input flushed, sum exact, no IXC"),
    A2(ADD, 32, FZ, 0x80000001, S_DEN1, 0, IDC, "FZ: -0 + +0 = +0"),
    A2(ADD, 32, FZ | RM, 0x80000001, S_DEN1, S_NZERO, IDC, "FZ: -0 + +0 = -0 under NEGINF"),
    A2(MUL, 64, FZ, 0x000fffffffffffffull, D_TWO, 0, IDC, "double FZ input"),
    A2(MUL, 32, FZ, S_MIN, S_HALF, 0, UFC, "FZ: tiny result flushed: UFC only"),
    A2(MUL, 32, FZ, 0x80800000, S_HALF, S_NZERO, UFC, "FZ: negative tiny result is -0"),
    A2(MUL, 32, FZ, 0x00800001, S_HALF, 0, UFC, "FZ: inexact tiny result: still UFC only"),
    A2(MUL, 32, FZ, 0x3f7fffff, S_MIN, 0, UFC, "FZ tests the exponent before rounding"),
    A2(MUL, 32, FZ, 0x01000000, S_HALF, S_MIN, 0, "FZ: exactly 2^-126 is kept"),
    A2(ADD, 16, FZ, 0x0001, 0x0001, 0x0002, 0, "half ignores FZ"),
    A2(ADD, 16, FZ16, 0x0001, 0x0001, 0, 0, "FZ16 flushes half inputs without IDC"),
    A2(MUL, 16, FZ16, 0x0400, H_HALF, 0, UFC, "FZ16 flushes a tiny half result: UFC"),
    A2(MUL, 16, RN, 0x0400, H_HALF, 0x0200, 0, "without FZ16: exact half denormal"),
    A2(MUL, 32, FZ16, S_MIN, S_HALF, 0x00400000, 0, "FZ16 does not affect single"),
    A2(ADD, 32, DN | FZ, S_INF, S_NINF, S_DNAN, IOC, "DN: generated NaN is the default one anyway"),
};

/* ---- FPMax, FPMin, FPMaxNum, FPMinNum ---- */
static const Case minmax_cases[] = {
    A2(MAX, 32, RN, S_ONE, S_TWO, S_TWO, 0, "max(1, 2)"),
    A2(MIN, 32, RN, S_ONE, S_TWO, S_ONE, 0, "min(1, 2)"),
    A2(MAX, 32, RN, S_NZERO, 0, 0, 0, "max(-0, +0) = +0"),
    A2(MAX, 32, RN, 0, S_NZERO, 0, 0, "max(+0, -0) = +0"),
    A2(MIN, 32, RN, 0, S_NZERO, S_NZERO, 0, "min(+0, -0) = -0"),
    A2(MIN, 32, RN, S_NZERO, 0, S_NZERO, 0, "min(-0, +0) = -0"),
    A2(MAX, 32, RN, S_NZERO, S_NZERO, S_NZERO, 0, "max(-0, -0) = -0"),
    A2(MAX, 32, RN, 0x7fc00001, S_ONE, 0x7fc00001, 0, "FMAX: quiet NaN propagates"),
    A2(MAX, 32, RN, S_ONE, 0x7f800002, 0x7fc00002, IOC, "FMAX: SNaN quietened"),
    A2(MIN, 32, RN, S_NINF, 0, S_NINF, 0, "min(-inf, 0)"),
    A2(MAX, 32, RN, S_INF, S_MAX, S_INF, 0, "max(inf, max)"),
    A2(MAX, 32, FZ, S_DEN1, S_NZERO, 0, IDC, "FZ: max of two zeros (one flushed) = +0"),
    A2(MIN, 32, FZ, S_DEN1, S_NZERO, S_NZERO, IDC, "FZ: min of two zeros = -0"),
    A2(MAX, 32, RN, S_DEN1, S_NZERO, S_DEN1, 0, "no FZ: the denormal is returned exactly"),
    A2(MIN, 64, RN, D_ONE, 0xbff0000000000000ull, 0xbff0000000000000ull, 0, "double min(1, -1)"),
    A2(MAX, 16, RN, H_ONE, H_TWO, H_TWO, 0, "half max(1, 2)"),
    A2(MAXNM, 32, RN, 0x7fc00001, S_ONE, S_ONE, 0, "FMAXNM: a single quiet NaN gives the number"),
    A2(MAXNM, 32, RN, S_ONE, 0xffc00001, S_ONE, 0, "FMAXNM: either operand"),
    A2(MINNM, 32, RN, 0x7fc00001, S_NINF, S_NINF, 0, "FMINNM: QNaN as +inf, min is -inf"),
    A2(MAXNM, 32, RN, 0x7fc00001, S_NINF, S_NINF, 0, "FMAXNM: QNaN as -inf, max(-inf, -inf)"),
    A2(MINNM, 32, RN, S_INF, 0x7fc00001, S_INF, 0, "FMINNM: QNaN as +inf, min(inf, inf)"),
    A2(MAXNM, 32, RN, 0x7fc00001, 0x7fc00002, 0x7fc00001, 0, "FMAXNM: two QNaNs: the first"),
    A2(MAXNM, 32, RN, 0x7f800001, S_ONE, 0x7fc00001, IOC, "FMAXNM: SNaN is not treated as a number"),
    A2(MAXNM, 32, RN, 0x7fc00001, 0x7f800002, 0x7fc00002, IOC, "FMAXNM: QNaN with SNaN: the SNaN"),
    A2(MINNM, 32, DN, 0x7fc00001, 0x7fc00002, S_DNAN, 0, "FMINNM: two QNaNs with DN"),
    A2(MINNM, 64, RN, 0xfff8000000000001ull, D_NZERO, D_NZERO, 0, "double FMINNM"),
    A2(MAXNM, 16, RN, 0x7e00, 0xbc00, 0xbc00, 0, "half FMAXNM"),
};

/* ---- FPCompare (NZCV<<28), FPCompareEQ/GE/GT ---- */
static const Case cmp_cases[] = {
    A2(CMP, 32, RN, S_ONE, S_TWO, 0x80000000u, 0, "less than: N"),
    A2(CMP, 32, RN, S_TWO, S_ONE, 0x20000000u, 0, "greater than: C"),
    A2(CMP, 32, RN, S_ONE, S_ONE, 0x60000000u, 0, "equal: ZC"),
    A2(CMP, 32, RN, 0, S_NZERO, 0x60000000u, 0, "+0 == -0"),
    A2(CMP, 32, RN, 0x7fc00000, S_ONE, 0x30000000u, 0, "unordered: CV, quiet NaN quiet"),
    A2(CMPE, 32, RN, 0x7fc00000, S_ONE, 0x30000000u, IOC, "FCMPE: any NaN signals"),
    A2(CMP, 32, RN, S_ONE, 0x7f800001, 0x30000000u, IOC, "FCMP: SNaN signals"),
    A2(CMP, 32, RN, S_INF, S_MAX, 0x20000000u, 0, "inf > max"),
    A2(CMP, 32, RN, S_NINF, S_NINF, 0x60000000u, 0, "-inf == -inf"),
    A2(CMP, 64, RN, 0xbff0000000000000ull, D_ONE, 0x80000000u, 0, "double -1 < 1"),
    A2(CMP, 16, RN, 0x0001, 0, 0x20000000u, 0, "half denormal > 0"),
    A2(CMP, 32, FZ, S_DEN1, 0, 0x60000000u, IDC, "FZ: denormal == 0"),
    A2(CMPEQ, 32, RN, 0x7fc00000, 0x7fc00000, 0, 0, "FCMEQ: NaN unequal, quiet"),
    A2(CMPEQ, 32, RN, 0x7f800001, S_ONE, 0, IOC, "FCMEQ: SNaN signals"),
    A2(CMPEQ, 32, RN, 0, S_NZERO, 1, 0, "FCMEQ: +0 == -0"),
    A2(CMPEQ, 32, FZ, S_DEN1, 0, 1, IDC, "FCMEQ: FZ denormal == 0"),
    A2(CMPGE, 32, RN, 0x7fc00000, S_ONE, 0, IOC, "FCMGE: quiet NaN signals"),
    A2(CMPGE, 32, RN, S_ONE, S_ONE, 1, 0, "1 >= 1"),
    A2(CMPGE, 32, RN, S_NZERO, 0, 1, 0, "-0 >= +0"),
    A2(CMPGT, 32, RN, S_ONE, S_ONE, 0, 0, "1 > 1 false"),
    A2(CMPGT, 32, RN, S_TWO, S_ONE, 1, 0, "2 > 1"),
    A2(CMPGT, 32, RN, 0, S_NZERO, 0, 0, "+0 > -0 false"),
    A2(CMPGT, 64, RN, D_ONE, 0x7ff8000000000000ull, 0, IOC, "FCMGT: NaN signals"),
};

/* ---- FPRoundInt (FRINTN/P/M/Z/A/X/I) ---- */
static const Case rint_cases[] = {
    RINT_(32, RN, 0x40200000, TIEEVEN, false, S_TWO, 0, "2.5 -> 2 (TIEEVEN)"),
    RINT_(32, RN, 0x40600000, TIEEVEN, false, 0x40800000, 0, "3.5 -> 4 (TIEEVEN)"),
    RINT_(32, RN, 0xc0200000, TIEEVEN, false, 0xc0000000, 0, "-2.5 -> -2 (TIEEVEN)"),
    RINT_(32, RN, 0x40200000, TIEAWAY, false, S_THREE, 0, "2.5 -> 3 (TIEAWAY)"),
    RINT_(32, RN, 0xc0200000, TIEAWAY, false, 0xc0400000, 0, "-2.5 -> -3 (TIEAWAY)"),
    RINT_(32, RN, 0x40133333, POSINF, false, S_THREE, 0, "2.3 -> 3 (POSINF)"),
    RINT_(32, RN, 0xc0133333, POSINF, false, 0xc0000000, 0, "-2.3 -> -2 (POSINF)"),
    RINT_(32, RN, 0xc0133333, NEGINF, false, 0xc0400000, 0, "-2.3 -> -3 (NEGINF)"),
    RINT_(32, RN, 0x402ccccd, ZERO, false, S_TWO, 0, "2.7 -> 2 (ZERO)"),
    RINT_(32, RN, 0xc02ccccd, ZERO, false, 0xc0000000, 0, "-2.7 -> -2 (ZERO)"),
    RINT_(32, RN, 0xbe99999a, TIEEVEN, false, S_NZERO, 0, "-0.3 -> -0: a zero result keeps the sign"),
    RINT_(32, RN, 0x3e99999a, POSINF, false, S_ONE, 0, "0.3 -> 1 (POSINF)"),
    RINT_(32, RN, 0xbe99999a, POSINF, false, S_NZERO, 0, "-0.3 -> -0 (POSINF)"),
    RINT_(32, RN, 0x3f333333, NEGINF, false, 0, 0, "0.7 -> +0 (NEGINF)"),
    RINT_(32, RN, 0xbf333333, NEGINF, false, 0xbf800000, 0, "-0.7 -> -1 (NEGINF)"),
    RINT_(32, RN, 0x40200000, TIEEVEN, true, S_TWO, IXC, "FRINTX: inexact"),
    RINT_(32, RN, S_TWO, TIEEVEN, true, S_TWO, 0, "FRINTX: exact input, no IXC"),
    RINT_(32, RN, 0x4affffff, TIEEVEN, true, 0x4b000000, IXC, "8388607.5 -> 8388608"),
    RINT_(32, RN, 0x7f000000, TIEEVEN, true, 0x7f000000, 0, "large values are integral"),
    RINT_(32, RN, 0x7f800001, TIEEVEN, false, 0x7fc00001, IOC, "SNaN quietened"),
    RINT_(32, DN, 0x7fc00001, ZERO, false, S_DNAN, 0, "DN"),
    RINT_(32, RN, S_NINF, TIEEVEN, true, S_NINF, 0, "-inf"),
    RINT_(32, FZ, S_DEN1, POSINF, true, 0, IDC, "FZ: denormal is +0, no rounding up"),
    RINT_(32, RN, S_DEN1, POSINF, true, S_ONE, IXC, "no FZ: 2^-149 -> 1 (POSINF)"),
    RINT_(64, RN, D_HALF, TIEEVEN, false, 0, 0, "double 0.5 -> 0"),
    RINT_(64, RN, 0x3ff8000000000000ull, TIEEVEN, true, D_TWO, IXC, "double 1.5 -> 2"),
    RINT_(16, RN, 0x3e00, TIEAWAY, false, H_TWO, 0, "half 1.5 -> 2 (TIEAWAY)"),
    RINT_(16, RN, 0x3a00, ZERO, true, 0, IXC, "half 0.75 -> 0 (ZERO)"),
};

/* ---- FPConvert: precisions, AHP, NaN payloads, round to odd ---- */
static const Case cvt_cases[] = {
    CVT_(32, 64, RN, S_ONE, D_ONE, 0, "1.0 single -> double"),
    CVT_(64, 32, RN, 0x3fd5555555555555ull, 0x3eaaaaab, IXC, "double 1/3 -> single"),
    CVT_(64, 32, RZ, 0x3fd5555555555555ull, 0x3eaaaaaa, IXC, "double 1/3 -> single, ZERO"),
    CVT_(64, 32, RN, D_MAX, S_INF, OFC | IXC, "double max -> single: overflow"),
    CVT_(64, 32, RZ, D_MAX, S_MAX, OFC | IXC, "double max -> single, ZERO: max normal"),
    CVT_(64, 32, RN, 0x3690000000000000ull, 0, UFC | IXC, "2^-150 -> single: ties to zero"),
    CVT_(64, 32, FZ, 0x3690000000000000ull, 0, UFC, "2^-150 -> single, FZ: flushed"),
    CVT_(32, 64, FZ, 0x80000001, D_NZERO, IDC, "FZ: single denormal input flushed"),
    CVT_(32, 16, RN, 0x477ff000, H_INF, OFC | IXC, "65520 -> half: ties up to 2^16, overflow"),
    CVT_(32, 16, AHP, 0x477ff000, 0x7c00, IXC, "65520 -> AHP half: 2^16 is representable"),
    CVT_(32, 16, AHP, 0x49742400, 0x7fff, IOC, "1e6 -> AHP: saturates, Invalid, no Inexact"),
    CVT_(32, 16, AHP, 0xc9742400, 0xffff, IOC, "-1e6 -> AHP: -max"),
    CVT_(32, 16, AHP, S_INF, 0x7fff, IOC, "inf -> AHP: max, Invalid"),
    CVT_(32, 16, AHP, 0xffc00000, 0x8000, IOC, "NaN -> AHP: zero with its sign, Invalid"),
    CVT_(16, 32, AHP, 0x7c00, 0x47800000, 0, "AHP 0x7c00 is 65536"),
    CVT_(16, 32, AHP, 0x7fff, 0x47ffe000, 0, "AHP 0x7fff is 131008"),
    CVT_(16, 32, RN, 0x7c00, S_INF, 0, "IEEE half 0x7c00 is infinity"),
    CVT_(16, 32, FZ | FZ16, 0x0001, 0x33800000, 0, "half input never flushed by FPConvert"),
    CVT_(32, 16, FZ | FZ16, 0x33800000, 0x0001, 0, "half output never flushed by FPConvert"),
    CVT_(32, 16, RN, 0x33000000, 0, UFC | IXC, "2^-25 -> half: ties to zero, Underflow"),
    CVT_(32, 64, RN, 0x7fc00001, 0x7ff8000020000000ull, 0, "QNaN payload moved to the top"),
    CVT_(32, 64, RN, 0x7f800001, 0x7ff8000020000000ull, IOC, "SNaN converted and quietened"),
    CVT_(64, 32, RN, 0x7ff0000020000000ull, 0x7fc00001, IOC, "double SNaN -> single, payload top bits"),
    CVT_(32, 16, RN, 0xffc02000, 0xfe01, 0, "single QNaN -> half, sign and payload"),
    CVT_(16, 64, RN, 0x7c01, 0x7ff8040000000000ull, IOC, "half SNaN -> double"),
    CVT_(32, 64, DN, 0x7f800001, D_DNAN, IOC, "DN: default NaN"),
    CVT_(64, 16, RN, 0xfff0000000000000ull, 0xfc00, 0, "double -inf -> half"),
    CVT_(16, 64, RN, 0x8000, D_NZERO, 0, "-0 half -> double"),
    { "FCVTXN: inexact sets the lsb", CVTODD, 64, RN, 0x3ff0000000400000ull, 0, 0, 0, false, 0x3f800001, IXC },
    { "FCVTXN: exact", CVTODD, 64, RN, D_ONE, 0, 0, 0, false, S_ONE, 0 },
    { "FCVTXN: overflow is max normal", CVTODD, 64, RN, D_MAX, 0, 0, 0, false, S_MAX, OFC | IXC },
    { "FCVTXN: tiny", CVTODD, 64, RN, 0x3690000000000000ull, 0, 0, 0, false, 1, UFC | IXC },
};

/* ---- FPToFixed: rounding, SatQ saturation, IOC/IXC ---- */
static const Case tofix_cases[] = {
    TOFIX_(32, RN, 0x40200000, 0, false, TIEEVEN, 32, 2, IXC, "2.5 -> 2 (FCVTNS)"),
    TOFIX_(32, RN, 0x40200000, 0, false, TIEAWAY, 32, 3, IXC, "2.5 -> 3 (FCVTAS)"),
    TOFIX_(32, RN, 0xc0200000, 0, false, TIEAWAY, 32, 0xfffffffd, IXC, "-2.5 -> -3 (FCVTAS)"),
    TOFIX_(32, RN, 0x40200000, 0, false, ZERO, 32, 2, IXC, "2.5 -> 2 (FCVTZS)"),
    TOFIX_(32, RN, 0xc0200000, 0, false, NEGINF, 32, 0xfffffffd, IXC, "-2.5 -> -3 (FCVTMS)"),
    TOFIX_(32, RN, 0xc0200000, 0, false, POSINF, 32, 0xfffffffe, IXC, "-2.5 -> -2 (FCVTPS)"),
    TOFIX_(32, RN, 0x4f32d05e, 0, false, ZERO, 32, 0x7fffffff, IOC, "3e9 -> s32 saturates"),
    TOFIX_(32, RN, 0xcf32d05e, 0, false, ZERO, 32, 0x80000000, IOC, "-3e9 -> s32 saturates"),
    TOFIX_(32, RN, 0x4f000000, 0, false, ZERO, 32, 0x7fffffff, IOC, "2^31 -> s32 saturates"),
    TOFIX_(32, RN, 0xcf000000, 0, false, ZERO, 32, 0x80000000, 0, "-2^31 fits s32"),
    TOFIX_(32, RN, 0xbf800000, 0, true, ZERO, 32, 0, IOC, "-1 -> u32: saturates to 0"),
    TOFIX_(32, RN, 0xbe99999a, 0, true, ZERO, 32, 0, IXC, "-0.3 -> u32 (ZERO): 0, only inexact"),
    TOFIX_(32, RN, 0xbf333333, 0, true, TIEEVEN, 32, 0, IOC, "-0.7 -> u32 (TIEEVEN): -1 saturates, no IXC"),
    TOFIX_(32, RN, 0x4f7fffff, 0, true, ZERO, 32, 0xffffff00, 0, "largest single below 2^32 fits u32"),
    TOFIX_(32, RN, 0x4f800000, 0, true, ZERO, 32, 0xffffffff, IOC, "2^32 -> u32 saturates"),
    TOFIX_(32, RN, S_DNAN, 0, false, ZERO, 32, 0, IOC, "NaN -> 0, Invalid"),
    TOFIX_(32, RN, S_NINF, 0, false, ZERO, 64, 0x8000000000000000ull, IOC, "-inf -> s64 min"),
    TOFIX_(32, RN, S_INF, 0, true, ZERO, 64, ~0ull, IOC, "inf -> u64 max"),
    TOFIX_(32, RN, 0x3fc00000, 4, false, ZERO, 32, 24, 0, "1.5, fbits 4 -> 24"),
    TOFIX_(32, RN, 0x3d000000, 4, false, ZERO, 32, 0, IXC, "2^-5, fbits 4 -> 0.5 -> 0"),
    TOFIX_(32, RN, 0x3d000000, 4, false, TIEAWAY, 32, 1, IXC, "2^-5, fbits 4 -> 0.5 -> 1 (TIEAWAY)"),
    TOFIX_(64, RN, 0x43e0000000000000ull, 0, false, ZERO, 64, 0x7fffffffffffffffull, IOC, "2^63 -> s64 saturates"),
    TOFIX_(64, RN, 0xc3e0000000000000ull, 0, false, ZERO, 64, 0x8000000000000000ull, 0, "-2^63 fits s64"),
    TOFIX_(64, RN, 0x43dfffffffffffffull, 0, false, ZERO, 64, 0x7ffffffffffffc00ull, 0, "2^63-1024"),
    TOFIX_(64, RN, 0x43efffffffffffffull, 0, true, ZERO, 64, 0xfffffffffffff800ull, 0, "u64 near max"),
    TOFIX_(64, RN, 0x41cfffffffc00000ull, 1, false, ZERO, 32, 0x7fffffff, 0, "2^30-0.5, fbits 1 -> 2^31-1"),
    TOFIX_(64, RN, 0x41e0000000000000ull, 64, true, ZERO, 64, ~0ull, IOC, "2^31, fbits 64: saturates"),
    TOFIX_(32, FZ, S_DEN1, 0, false, POSINF, 32, 0, IDC, "FZ: denormal -> 0, IDC, no IXC"),
    TOFIX_(32, RN, S_DEN1, 0, false, POSINF, 32, 1, IXC, "no FZ: 2^-149 -> 1 (POSINF)"),
    TOFIX_(16, RN, H_MAX, 0, false, ZERO, 32, 65504, 0, "half 65504 -> s32"),
    TOFIX_(16, RN, H_ONE, 16, false, ZERO, 32, 0x10000, 0, "half 1.0, fbits 16"),
    TOFIX_(16, RN, H_MAX, 0, false, ZERO, 16, 0x7fff, IOC, "half 65504 -> s16 saturates"),
    TOFIX_(16, RN, 0xbc00, 0, false, ZERO, 16, 0xffff, 0, "half -1 -> s16, M bits only"),
};

/* ---- FixedToFP ---- */
static const Case fromfix_cases[] = {
    FROMFIX_(32, RN, 0xffffffff, 0, false, 32, TIEEVEN, 0xbf800000, 0, "s32 -1"),
    FROMFIX_(32, RN, 0xffffffff, 0, true, 32, TIEEVEN, 0x4f800000, IXC, "u32 max rounds to 2^32"),
    FROMFIX_(32, RN, 0x7fffffff, 0, false, 32, TIEEVEN, 0x4f000000, IXC, "s32 max rounds to 2^31"),
    FROMFIX_(32, RN, 0x7fffffff, 0, false, 32, ZERO, 0x4effffff, IXC, "s32 max, ZERO"),
    FROMFIX_(64, RN, 0x8000000000000000ull, 0, false, 32, TIEEVEN, 0xdf000000, 0, "s64 min exact"),
    FROMFIX_(64, RN, ~0ull, 0, true, 64, TIEEVEN, 0x43f0000000000000ull, IXC, "u64 max -> double 2^64"),
    FROMFIX_(64, RN, ~0ull, 0, false, 64, TIEEVEN, 0xbff0000000000000ull, 0, "s64 -1 -> double"),
    FROMFIX_(32, RN, 1, 32, false, 32, TIEEVEN, 0x2f800000, 0, "1, fbits 32 = 2^-32"),
    FROMFIX_(64, RN, 1, 64, true, 32, TIEEVEN, 0x1f800000, 0, "1, fbits 64 = 2^-64"),
    FROMFIX_(32, RN, 0x01000001, 0, false, 32, TIEEVEN, 0x4b800000, IXC, "2^24+1 ties to even"),
    FROMFIX_(32, RN, 0x01000001, 0, false, 32, POSINF, 0x4b800001, IXC, "2^24+1, POSINF"),
    FROMFIX_(32, RN, 0xfeffffff, 0, false, 32, NEGINF, 0xcb800001, IXC, "-(2^24+1), NEGINF"),
    FROMFIX_(32, RN, 0, 0, false, 32, NEGINF, 0, 0, "zero is +0 whatever the rounding"),
    FROMFIX_(32, RN, 65520, 0, true, 16, TIEEVEN, H_INF, OFC | IXC, "65520 -> half overflows"),
    FROMFIX_(32, AHP, 65520, 0, true, 16, TIEEVEN, H_INF, OFC | IXC, "FixedToFP ignores AHP"),
    FROMFIX_(32, RN, 1, 32, true, 16, TIEEVEN, 0, UFC | IXC, "2^-32 -> half: underflows to 0"),
    FROMFIX_(32, FZ16, 1, 32, true, 16, TIEEVEN, 0, UFC, "2^-32 -> half with FZ16: flushed"),
    FROMFIX_(16, RN, 0x8000, 0, false, 16, TIEEVEN, 0xf800, 0, "s16 min -> half -32768"),
    FROMFIX_(16, RN, 0xffff, 0, true, 16, TIEEVEN, 0x7c00, OFC | IXC, "u16 max -> half overflows"),
};

/* ---- FPRecipEstimate, FPRSqrtEstimate, FPRecpX, steps, U estimates ---- */
static const Case estimate_cases[] = {
    /* FRECPE: scaled = '1':fraction<51:44>; RecipEstimate(256) = 511;
       result_exp = 253 - exp */
    A1(RECPE, 32, RN, S_ONE, 0x3f7f8000, 0, "1/1.0 ~ 511/512"),
    A1(RECPE, 32, RN, S_TWO, 0x3eff8000, 0, "1/2.0"),
    A1(RECPE, 32, RN, 0x3fc00000, 0x3f2a8000, 0, "1/1.5: RecipEstimate(384) = 341"),
    A1(RECPE, 32, RN, 0, S_INF, DZC, "1/+0: +inf, Divide by zero"),
    A1(RECPE, 32, RN, S_NZERO, S_NINF, DZC, "1/-0: -inf"),
    A1(RECPE, 32, RN, S_INF, 0, 0, "1/inf: +0"),
    A1(RECPE, 32, RN, S_NINF, S_NZERO, 0, "1/-inf: -0"),
    A1(RECPE, 32, RN, 0x7f800001, 0x7fc00001, IOC, "SNaN"),
    A1(RECPE, 32, RN, S_DEN1, S_INF, OFC | IXC, "|x| < 2^-128: overflow to inf"),
    A1(RECPE, 32, RZ, S_DEN1, S_MAX, OFC | IXC, "|x| < 2^-128, ZERO: max normal"),
    A1(RECPE, 32, RM, 0x80000001, S_NINF, OFC | IXC, "negative, NEGINF: -inf"),
    A1(RECPE, 32, RP, 0x80000001, 0xff7fffff, OFC | IXC, "negative, POSINF: -max normal"),
    A1(RECPE, 32, RN, 0x00200000, 0x7f7f8000, 0, "2^-128 exactly: denormal input, exp = -1"),
    A1(RECPE, 32, RN, 0x00400000, 0x7eff8000, 0, "2^-127: denormal input"),
    A1(RECPE, 32, RN, 0x7f000000, 0x003fe000, 0, "1/2^127: denormal result, no Underflow"),
    A1(RECPE, 32, FZ, 0x7f000000, 0, UFC, "FZ: |x| >= 2^126 flushes the result, UFC"),
    A1(RECPE, 32, FZ, 0xfe800000, S_NZERO, UFC, "FZ: -2^126 -> -0"),
    A1(RECPE, 32, FZ, S_DEN1, S_INF, DZC | IDC, "FZ: denormal is zero"),
    A1(RECPE, 64, RN, D_ONE, 0x3feff00000000000ull, 0, "double 1/1.0"),
    A1(RECPE, 16, RN, H_ONE, 0x3bfc, 0, "half 1/1.0"),
    A1(RECPE, 16, RN, 0x0001, H_INF, OFC | IXC, "half |x| < 2^-16"),
    /* FRSQRTE: odd biased exp -> '01':fraction<51:45>, even -> '1':fraction<51:44> */
    A1(RSQRTE, 32, RN, S_ONE, 0x3f7f8000, 0, "1/sqrt(1): RecipSqrtEstimate(128) = 511"),
    A1(RSQRTE, 32, RN, 0x40800000, 0x3eff8000, 0, "1/sqrt(4)"),
    A1(RSQRTE, 32, RN, S_TWO, 0x3f348000, 0, "1/sqrt(2): RecipSqrtEstimate(256) = 361"),
    A1(RSQRTE, 32, RN, 0xbf800000, S_DNAN, IOC, "negative: Invalid"),
    A1(RSQRTE, 32, RN, S_NZERO, S_NINF, DZC, "-0: -inf, Divide by zero"),
    A1(RSQRTE, 32, RN, S_INF, 0, 0, "+inf: +0"),
    A1(RSQRTE, 32, RN, S_NINF, S_DNAN, IOC, "-inf: Invalid"),
    A1(RSQRTE, 32, FZ, S_DEN1, S_INF, DZC | IDC, "FZ: denormal is +0"),
    A1(RSQRTE, 32, RN, S_DEN1, 0x64b48000, 0, "2^-149: normalised, exp = -22"),
    A1(RSQRTE, 64, RN, D_ONE, 0x3feff00000000000ull, 0, "double 1/sqrt(1)"),
    A1(RSQRTE, 16, RN, H_ONE, 0x3bfc, 0, "half 1/sqrt(1)"),
    A1(RSQRTE, 32, DN, 0x7fc00005, S_DNAN, 0, "NaN with DN"),
    /* FRECPS: 2 - a*b; FRSQRTS: (3 - a*b)/2; op1 negated first */
    A2(RECPS, 32, RN, S_TWO, S_HALF, S_ONE, 0, "2 - 2*0.5 = 1"),
    A2(RECPS, 32, RN, 0, S_INF, S_TWO, 0, "0*inf: 2.0, no Invalid"),
    A2(RECPS, 32, RN, S_INF, S_NZERO, S_TWO, 0, "inf*-0: +2.0"),
    A2(RECPS, 32, RN, S_INF, S_TWO, S_NINF, 0, "2 - inf*2 = -inf"),
    A2(RECPS, 32, RN, S_ONE, S_TWO, 0, 0, "2 - 2 = +0"),
    A2(RECPS, 32, RM, S_ONE, S_TWO, S_NZERO, 0, "2 - 2 = -0 under NEGINF"),
    A2(RECPS, 32, RN, 0x7fc00001, S_ONE, 0xffc00001, 0, "QNaN op1 comes back negated (FPNeg first)"),
    A2(RECPS, 32, RN, 0x7f800001, S_ONE, 0xffc00001, IOC, "SNaN op1 negated and quietened"),
    A2(RECPS, 32, RN, S_ONE, 0x7fc00001, 0x7fc00001, 0, "NaN op2 not negated"),
    A2(RECPS, 64, RN, D_HALF, 0x4010000000000000ull, 0, 0, "double 2 - 0.5*4 = 0"),
    A2(RSQRTS, 32, RN, S_ONE, S_ONE, S_ONE, 0, "(3 - 1)/2 = 1"),
    A2(RSQRTS, 32, RN, 0, S_INF, 0x3fc00000, 0, "0*inf: 1.5"),
    A2(RSQRTS, 32, RN, S_TWO, S_TWO, 0xbf000000, 0, "(3 - 4)/2 = -0.5"),
    A2(RSQRTS, 32, RM, S_ONE, S_THREE, S_NZERO, 0, "(3 - 3)/2 = -0 under NEGINF"),
    A2(RSQRTS, 32, RN, S_NINF, S_TWO, S_INF, 0, "3 - (-inf*2) = +inf"),
    A2(RSQRTS, 16, RN, H_ONE, H_ONE, H_ONE, 0, "half (3 - 1)/2"),
    /* FRECPX */
    A1(RECPX, 32, RN, S_ONE, S_TWO, 0, "exp 127 -> NOT = 128"),
    A1(RECPX, 32, RN, S_THREE, S_ONE, 0, "fraction cleared"),
    A1(RECPX, 32, RN, 0, 0x7f000000, 0, "zero: max_exp"),
    A1(RECPX, 32, RN, S_NZERO, 0xff000000, 0, "-0: -2^127"),
    A1(RECPX, 32, RN, S_DEN1, 0x7f000000, 0, "denormal: max_exp"),
    A1(RECPX, 32, FZ, S_DEN1, 0x7f000000, IDC, "FZ: denormal flushed, IDC"),
    A1(RECPX, 32, RN, S_NINF, S_NZERO, 0, "-inf: exponent NOT(0xff) = 0"),
    A1(RECPX, 32, RN, 0x7f800001, 0x7fc00001, IOC, "SNaN"),
    A1(RECPX, 64, RN, D_ONE, D_TWO, 0, "double"),
    A1(RECPX, 16, RN, H_ONE, H_TWO, 0, "half"),
    /* URECPE, URSQRTE */
    A1(URECPE, 32, RN, 0x7fffffff, 0xffffffff, 0, "URECPE: < 0.5 gives all ones"),
    A1(URECPE, 32, RN, 0x80000000, 0xff800000, 0, "URECPE 0.5: 511"),
    A1(URECPE, 32, RN, 0xffffffff, 0x80000000, 0, "URECPE ~1.0: 256"),
    A1(URECPE, 32, RN, 0xc0000000, 0xaa800000, 0, "URECPE 0.75: 341"),
    A1(URSQRTE, 32, RN, 0x3fffffff, 0xffffffff, 0, "URSQRTE: < 0.25 gives all ones"),
    A1(URSQRTE, 32, RN, 0x40000000, 0xff800000, 0, "URSQRTE 0.25: 511"),
    A1(URSQRTE, 32, RN, 0x80000000, 0xb4800000, 0, "URSQRTE 0.5: 361"),
    A1(URSQRTE, 32, RN, 0xffffffff, 0x80000000, 0, "URSQRTE ~1.0: 256"),
};

/* ---- FPAbs, FPNeg, FPRoundingMode ---- */
static const Case misc_cases[] = {
    A1(ABS, 32, RN, 0xffc00001, 0x7fc00001, 0, "FABS of a NaN: sign only"),
    A1(NEG, 32, RN, 0x7f800001, 0xff800001, 0, "FNEG of an SNaN: no Invalid"),
    A1(NEG, 16, RN, 0, 0x8000, 0, "half FNEG +0"),
    A1(ABS, 64, RN, D_NZERO, 0, 0, "double FABS -0"),
    A1(RMODE, 32, RN, 0, FPRounding_TIEEVEN, 0, "RMode 00: N"),
    A1(RMODE, 32, RP, 0, FPRounding_POSINF, 0, "RMode 01: P"),
    A1(RMODE, 32, RM, 0, FPRounding_NEGINF, 0, "RMode 10: M"),
    A1(RMODE, 32, RZ | FZ | DN, 0, FPRounding_ZERO, 0, "RMode 11: Z"),
};

static void test_add_sub(void **state) { (void)state; RUN(add_cases); }
static void test_nans(void **state) { (void)state; RUN(nan_cases); }
static void test_mul_div(void **state) { (void)state; RUN(muldiv_cases); }
static void test_sqrt(void **state) { (void)state; RUN(sqrt_cases); }
static void test_fma(void **state) { (void)state; RUN(fma_cases); }
static void test_flush_to_zero(void **state) { (void)state; RUN(fz_cases); }
static void test_min_max(void **state) { (void)state; RUN(minmax_cases); }
static void test_compare(void **state) { (void)state; RUN(cmp_cases); }
static void test_round_int(void **state) { (void)state; RUN(rint_cases); }
static void test_convert(void **state) { (void)state; RUN(cvt_cases); }
static void test_to_fixed(void **state) { (void)state; RUN(tofix_cases); }
static void test_from_fixed(void **state) { (void)state; RUN(fromfix_cases); }
static void test_estimates(void **state) { (void)state; RUN(estimate_cases); }
static void test_misc(void **state) { (void)state; RUN(misc_cases); }

/* RecipEstimate and RecipSqrtEstimate over their whole domains: monotonic
   (non-increasing) and within the pseudocode's asserted range. */
static void test_estimate_tables(void **state)
{
    (void)state;
    for (unsigned a = 256, prev = 512; a < 512; a++) {
        unsigned r = RecipEstimate(a);
        assert_true(r >= 256 && r < 512 && r <= prev);
        prev = r;
    }
    for (unsigned a = 128, prev = 512; a < 512; a++) {
        unsigned r = RecipSqrtEstimate(a);
        assert_true(r >= 256 && r < 512 && r <= prev);
        prev = r;
    }
}

/* ---- Randomized cross-check with the host ---- */

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t rand64(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* A finite or infinite (never NaN) operand: exponents spread over the whole
   range, clustered near 1.0 and the edges, fractions sometimes short. */
static uint64_t random_operand(unsigned N)
{
    const FPFormat *f = fpu_format(N);
    uint64_t emax = ones(f->E), exp, frac;
    uint64_t r = rand64();

    switch (r % 8) {
    case 0: exp = 0; break;                                     /* zero, denormal */
    case 1: exp = 1 + (r >> 8) % 4; break;                      /* smallest normals */
    case 2: exp = emax - 1 - (r >> 8) % 4; break;               /* largest */
    case 3: exp = (uint64_t)f->bias - 8 + (r >> 8) % 16; break; /* near 1.0 */
    default: exp = (r >> 8) % emax; break;
    }
    if ((r >> 20) % 64 == 0)
        exp = emax;                                             /* infinity */
    frac = rand64() & ones(f->F);
    if ((r >> 26) % 4 == 0)
        frac &= ~ones((unsigned)((r >> 28) % f->F));
    if (exp == emax)
        frac = 0;
    return ((r >> 40) & 1ull) << (N - 1) | exp << f->F | frac;
}

/* Near-cancelling partner for a: -a nudged by a few units, or a with its
   exponent moved a little. */
static uint64_t partner(uint64_t a, unsigned N)
{
    const FPFormat *f = fpu_format(N);
    uint64_t r = rand64(), b;

    if (r % 2)
        b = (a ^ (1ull << (N - 1))) + (r >> 8) % 7 - 3;
    else
        b = a + (((r >> 8) % 9 - 4) << f->F);
    b &= ones(N);
    if (extract64(b, f->F, f->E) == ones(f->E))
        return a;
    return b;
}

enum { XADD, XSUB, XMUL, XDIV, XSQRT, XFMA, XOPS };

/* The host's own floating-point state, read directly rather than through
   <fenv.h> (which lives in libm, not linked here): round to nearest, no
   flush-to-zero, all exceptions masked, and the five IEEE flags. */
#if defined(__x86_64__)
#include <immintrin.h>
enum { MXCSR_DEFAULT = 0x1f80 };    /* masks set; RC = nearest; FTZ, DAZ clear */
__attribute__((target("fma"))) static double host_fma64(double a, double b, double c) { return __builtin_fma(a, b, c); }
__attribute__((target("fma"))) static float host_fma32(float a, float b, float c) { return __builtin_fmaf(a, b, c); }
static bool host_has_fma(void) { return __builtin_cpu_supports("fma"); }
static double host_sqrt64(double a) { return _mm_cvtsd_f64(_mm_sqrt_sd(_mm_set_sd(a), _mm_set_sd(a))); }
static float host_sqrt32(float a) { return _mm_cvtss_f32(_mm_sqrt_ss(_mm_set_ss(a))); }
static uint32_t host_setup(void) { uint32_t old = _mm_getcsr(); _mm_setcsr(MXCSR_DEFAULT); return old; }
static void host_restore(uint32_t old) { _mm_setcsr(old); }
static void host_clear_flags(void) { _mm_setcsr(MXCSR_DEFAULT); }
static uint32_t host_flags(void)
{
    uint32_t m = _mm_getcsr();      /* IE 0, DE 1, ZE 2, OE 3, UE 4, PE 5 */
    return (m & 0x01 ? IOC : 0) | (m & 0x04 ? DZC : 0) | (m & 0x08 ? OFC : 0) |
           (m & 0x10 ? UFC : 0) | (m & 0x20 ? IXC : 0);
}
#elif defined(__aarch64__)
static double host_fma64(double a, double b, double c) { return __builtin_fma(a, b, c); }
static float host_fma32(float a, float b, float c) { return __builtin_fmaf(a, b, c); }
static bool host_has_fma(void) { return true; }
static double host_sqrt64(double a) { double r; __asm__ volatile("fsqrt %d0, %d1" : "=w"(r) : "w"(a)); return r; }
static float host_sqrt32(float a) { float r; __asm__ volatile("fsqrt %s0, %s1" : "=w"(r) : "w"(a)); return r; }
static uint32_t host_setup(void)
{
    uint64_t old;
    __asm__ volatile("mrs %0, fpcr" : "=r"(old));
    __asm__ volatile("msr fpcr, xzr");
    return (uint32_t)old;
}
static void host_restore(uint32_t old) { __asm__ volatile("msr fpcr, %0" :: "r"((uint64_t)old)); }
static void host_clear_flags(void) { __asm__ volatile("msr fpsr, xzr" ::: "memory"); }
static uint32_t host_flags(void)
{
    uint64_t v;
    __asm__ volatile("mrs %0, fpsr" : "=r"(v) :: "memory");
    return (uint32_t)v & (IOC | DZC | OFC | UFC | IXC);
}
#else
#define NO_HOST_CROSS_CHECK
#endif

#ifndef NO_HOST_CROSS_CHECK
/* One host operation on raw bits, returning its result bits and flags. */
static uint64_t host_op(int op, unsigned N, uint64_t a, uint64_t b, uint64_t c, uint32_t *flags)
{
    uint64_t out = 0;

    if (N == 32) {
        volatile float x, y, z, r;
        uint32_t ua = (uint32_t)a, ub = (uint32_t)b, uc = (uint32_t)c, ur;
        memcpy((float *)&x, &ua, 4);
        memcpy((float *)&y, &ub, 4);
        memcpy((float *)&z, &uc, 4);
        host_clear_flags();
        switch (op) {
        case XADD: r = x + y; break;
        case XSUB: r = x - y; break;
        case XMUL: r = x * y; break;
        case XDIV: r = x / y; break;
        case XSQRT: r = host_sqrt32(x); break;
        default: r = host_fma32(y, z, x); break;
        }
        *flags = host_flags();
        memcpy(&ur, (float *)&r, 4);
        out = ur;
    } else {
        volatile double x, y, z, r;
        memcpy((double *)&x, &a, 8);
        memcpy((double *)&y, &b, 8);
        memcpy((double *)&z, &c, 8);
        host_clear_flags();
        switch (op) {
        case XADD: r = x + y; break;
        case XSUB: r = x - y; break;
        case XMUL: r = x * y; break;
        case XDIV: r = x / y; break;
        case XSQRT: r = host_sqrt64(x); break;
        default: r = host_fma64(y, z, x); break;
        }
        *flags = host_flags();
        memcpy(&out, (double *)&r, 8);
    }
    return out;
}
#endif

static uint64_t lib_op(int op, unsigned N, uint64_t a, uint64_t b, uint64_t c, FPCtx *ctx)
{
    switch (op) {
    case XADD: return FPAdd(a, b, N, ctx);
    case XSUB: return FPSub(a, b, N, ctx);
    case XMUL: return FPMul(a, b, N, ctx);
    case XDIV: return FPDiv(a, b, N, ctx);
    case XSQRT: return FPSqrt(a, N, ctx);
    default: return FPMulAdd(a, b, c, N, ctx);
    }
}

enum { CROSS_ITERATIONS = 100000 };     /* per operation and precision */

static void test_host_cross_check(void **state)
{
    (void)state;
#ifdef NO_HOST_CROSS_CHECK
    print_message("no host cross-check on this architecture\n");
    skip();
#else
    static const char *names[XOPS] = { "add", "sub", "mul", "div", "sqrt", "fma" };
    bool fma_ok = host_has_fma();
    unsigned long compared = 0, ufc_skipped = 0, failures = 0;

    uint32_t saved = host_setup();

    for (unsigned N = 32; N <= 64; N += 32) {
        const FPFormat *f = fpu_format(N);
        uint64_t min_normal = 1ull << f->F;
        for (int op = 0; op < XOPS; op++) {
            if (op == XFMA && !fma_ok)
                continue;
            for (unsigned i = 0; i < CROSS_ITERATIONS; i++) {
                uint64_t a = random_operand(N), c = random_operand(N);
                uint64_t b = rand64() % 4 == 0 ? partner(a, N) : random_operand(N);
                uint32_t hflags, mask = IOC | DZC | OFC | UFC | IXC;
                FPCtx ctx = { RN, 0 };
                uint64_t mine, host;

                if (op == XFMA && rand64() % 2) {
                    /* steer the addend near -(b*c) for cancellation */
                    int e = (int)extract64(b, f->F, f->E) + (int)extract64(c, f->F, f->E)
                            - f->bias + (int)(rand64() % 5) - 2;
                    if (e > 0 && e < (int)ones(f->E))
                        a = (extract64(b ^ c, N - 1, 1) ^ 1) << (N - 1)
                            | (uint64_t)e << f->F | (rand64() & ones(f->F));
                }
                if (op == XSQRT && rand64() % 8 != 0)
                    a &= ones(N - 1);                       /* mostly positive */
                mine = lib_op(op, N, a, b, c, &ctx);
                host = host_op(op, N, a, b, c, &hflags);
                compared++;
                /* Arm's default NaN is positive (FPDefaultNaN), x86's negative. */
                if (((host >> f->F) & ones(f->E)) == ones(f->E) && (host & ones(f->F)))
                    host = FPDefaultNaN(N);
                /* Tininess: a result of magnitude 2^minimum_exp that was
                   inexact may have been tiny before rounding (Arm: UFC) but
                   not after (x86). */
                if ((mine & ones(N - 1)) == min_normal && (ctx.fpsr & IXC)) {
                    mask &= ~UFC;
                    ufc_skipped++;
                }
                if (mine != host || (ctx.fpsr & mask) != (hflags & mask)) {
                    if (failures++ < 20)
                        print_error("%s%u a=%#" PRIx64 " b=%#" PRIx64 " c=%#" PRIx64
                                    ": lib %#" PRIx64 "/%#x host %#" PRIx64 "/%#x\n",
                                    names[op], N, a, b, c, mine, ctx.fpsr, host, hflags);
                }
            }
        }
    }
    host_restore(saved);
    print_message("host cross-check: %lu operations compared%s, UFC not compared on %lu\n",
                  compared, fma_ok ? "" : " (no host FMA: fma skipped)", ufc_skipped);
    assert_int_equal(failures, 0);
#endif
}

static void test_count(void **state)
{
    (void)state;
    print_message("%u hand-checked cases\n", checked);
    assert_true(checked >= 150);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_sub),
        cmocka_unit_test(test_nans),
        cmocka_unit_test(test_mul_div),
        cmocka_unit_test(test_sqrt),
        cmocka_unit_test(test_fma),
        cmocka_unit_test(test_flush_to_zero),
        cmocka_unit_test(test_min_max),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_round_int),
        cmocka_unit_test(test_convert),
        cmocka_unit_test(test_to_fixed),
        cmocka_unit_test(test_from_fixed),
        cmocka_unit_test(test_estimates),
        cmocka_unit_test(test_misc),
        cmocka_unit_test(test_estimate_tables),
        cmocka_unit_test(test_host_cross_check),
        cmocka_unit_test(test_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
