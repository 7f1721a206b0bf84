/* The floating-point building blocks of shared/functions/float/: rounding
   mode, exceptions, constants, FPUnpack, FPRound and NaN processing. */
#include <assert.h>

#include "sim/fpu/fpu.h"

static const FPFormat formats[3] = {
    { 5, 10, 15, -14 },         /* half */
    { 8, 23, 127, -126 },       /* single */
    { 11, 52, 1023, -1022 },    /* double */
};

const FPFormat *fpu_format(unsigned N)
{
    assert(N == 16 || N == 32 || N == 64);
    return &formats[N == 16 ? 0 : N == 32 ? 1 : 2];
}

FPError fpu_split(unsigned __int128 mant, unsigned shift, bool sticky, unsigned __int128 *int_part)
{
    unsigned __int128 rem, half;

    if (shift == 0) {
        *int_part = mant;
        assert(!sticky);        /* FPReal: sticky bits sit below the rounding point */
        return FPError_Zero;
    }
    if (shift > 128) {
        *int_part = 0;
        return (mant || sticky) ? FPError_BelowHalf : FPError_Zero;
    }
    if (shift == 128) {
        *int_part = 0;
        rem = mant;
    } else {
        *int_part = mant >> shift;
        rem = mant & (((unsigned __int128)1 << shift) - 1);
    }
    half = (unsigned __int128)1 << (shift - 1);
    if (rem == 0 && !sticky)
        return FPError_Zero;
    if (rem < half)
        return FPError_BelowHalf;
    if (rem == half && !sticky)
        return FPError_Half;
    return FPError_AboveHalf;
}

bool fpu_round_up(FPRounding rounding, bool sign, bool lsb_odd, FPError error)
{
    switch (rounding) {
    case FPRounding_TIEEVEN:
        return error == FPError_AboveHalf || (error == FPError_Half && lsb_odd);
    case FPRounding_POSINF:
        return error != FPError_Zero && !sign;
    case FPRounding_NEGINF:
        return error != FPError_Zero && sign;
    case FPRounding_TIEAWAY:
        return error >= FPError_Half;
    case FPRounding_ZERO:
    case FPRounding_ODD:
        break;
    }
    return false;
}

/* FPDecodeRounding() */
FPRounding FPDecodeRounding(unsigned rmode)
{
    static const FPRounding modes[4] = { FPRounding_TIEEVEN, FPRounding_POSINF,
                                         FPRounding_NEGINF, FPRounding_ZERO };
    return modes[rmode & 3];
}

/* FPRoundingMode() */
FPRounding FPRoundingMode(const FPCtx *c)
{
    return FPDecodeRounding(FIELD_EX64(c->fpcr, FPCR, RMode));
}

/* FPProcessException(): the trap enables are RAZ (see fpu.h), so this only
   sets the cumulative bit. */
void FPProcessException(FPExc exception, FPCtx *c)
{
    static const uint8_t cumul[] = {
        [FPExc_InvalidOp] = R_FPSR_IOC_SHIFT,
        [FPExc_DivideByZero] = R_FPSR_DZC_SHIFT,
        [FPExc_Overflow] = R_FPSR_OFC_SHIFT,
        [FPExc_Underflow] = R_FPSR_UFC_SHIFT,
        [FPExc_Inexact] = R_FPSR_IXC_SHIFT,
        [FPExc_InputDenorm] = R_FPSR_IDC_SHIFT,
    };
    c->fpsr |= 1u << cumul[exception];
}

static uint64_t fp_pack(bool sign, uint64_t exp, uint64_t frac, unsigned N)
{
    const FPFormat *f = fpu_format(N);
    return ((uint64_t)sign << (N - 1)) | (exp << f->F) | (frac & ones(f->F));
}

uint64_t FPZero(bool sign, unsigned N) { return fp_pack(sign, 0, 0, N); }

uint64_t FPInfinity(bool sign, unsigned N) { return fp_pack(sign, ones(fpu_format(N)->E), 0, N); }

uint64_t FPMaxNormal(bool sign, unsigned N)
{
    const FPFormat *f = fpu_format(N);
    return fp_pack(sign, ones(f->E) - 1, ones(f->F), N);
}

uint64_t FPDefaultNaN(unsigned N)
{
    const FPFormat *f = fpu_format(N);
    return fp_pack(false, ones(f->E), 1ull << (f->F - 1), N);
}

/* FPTwo(): exponent 1 + bias, fraction zero. */
uint64_t FPTwo(bool sign, unsigned N)
{
    return fp_pack(sign, (uint64_t)fpu_format(N)->bias + 1, 0, N);
}

/* FPOnePointFive(): exponent bias, fraction '1':Zeros(F-1). */
uint64_t FPOnePointFive(bool sign, unsigned N)
{
    const FPFormat *f = fpu_format(N);
    return fp_pack(sign, (uint64_t)f->bias, 1ull << (f->F - 1), N);
}

/* FPAbs(), FPNeg(): sign bit only, NaNs included, no exceptions. */
uint64_t FPAbs(uint64_t a, unsigned N) { return a & ones(N - 1); }

uint64_t FPNeg(uint64_t a, unsigned N) { return (a ^ (1ull << (N - 1))) & ones(N); }

/* FPUnpackBase(): the type, and the exact value as mant * 2^exp.  Half
   precision flushes with FZ16 and without IDC; AHP makes exponent 0b11111
   an ordinary one. */
FPType FPUnpackBase(uint64_t fpval, unsigned N, uint32_t fpcr, FPCtx *c, FPReal *value)
{
    const FPFormat *f = fpu_format(N);
    uint64_t exp = extract64(fpval, f->F, f->E);
    uint64_t frac = extract64(fpval, 0, f->F);
    FPType type;

    value->sign = extract64(fpval, N - 1, 1);
    value->sticky = false;
    value->mant = 0;
    value->exp = 0;
    if (exp == 0) {
        bool fz = N == 16 ? FIELD_EX64(fpcr, FPCR, FZ16) : FIELD_EX64(fpcr, FPCR, FZ);
        if (frac == 0 || fz) {
            type = FPType_Zero;
            if (frac != 0 && N != 16)   /* Denormalized input flushed to zero */
                FPProcessException(FPExc_InputDenorm, c);
        } else {
            type = FPType_Nonzero;
            value->mant = frac;
            value->exp = f->minimum_exp - (int)f->F;
        }
    } else if (exp == ones(f->E) && !(N == 16 && FIELD_EX64(fpcr, FPCR, AHP))) {
        if (frac == 0)
            type = FPType_Infinity;
        else
            type = extract64(frac, f->F - 1, 1) ? FPType_QNaN : FPType_SNaN;
    } else {
        type = FPType_Nonzero;
        value->mant = frac | (1ull << f->F);
        value->exp = (int)exp - f->bias - (int)f->F;
    }
    return type;
}

/* FPUnpack(): data processing and int/fixed conversions ignore AHP. */
FPType FPUnpack(uint64_t fpval, unsigned N, FPCtx *c, FPReal *value)
{
    return FPUnpackBase(fpval, N, FIELD_DP64(c->fpcr, FPCR, AHP, 0), c, value);
}

/* FPUnpackCV(): precision conversions ignore FZ16. */
FPType FPUnpackCV(uint64_t fpval, unsigned N, FPCtx *c, FPReal *value)
{
    return FPUnpackBase(fpval, N, FIELD_DP64(c->fpcr, FPCR, FZ16, 0), c, value);
}

/* FPRoundBase(): round op (nonzero) to N bits.  The pseudocode's mantissa
   in [1.0, 2.0) and its exponent come from the position of mant's top bit;
   int_mant and error from shifting out the bits below the F fraction bits
   (more when the exponent is below minimum_exp).  Tininess is detected
   before rounding, as the pseudocode does. */
uint64_t FPRoundBase(FPReal op, unsigned N, uint32_t fpcr, FPRounding rounding, FPCtx *c)
{
    const FPFormat *f = fpu_format(N);
    bool sign = op.sign;
    bool overflow_to_inf;
    unsigned __int128 wide;
    uint64_t int_mant, result;
    int top, exponent, biased_exp, shift;
    FPError error;

    assert(op.mant != 0);
    top = 63 - __builtin_clzll(op.mant);
    exponent = op.exp + top;

    /* Deal with flush-to-zero: UFC only, never IXC. */
    if ((N == 16 ? FIELD_EX64(fpcr, FPCR, FZ16) : FIELD_EX64(fpcr, FPCR, FZ))
        && exponent < f->minimum_exp) {
        FPProcessException(FPExc_Underflow, c);
        return FPZero(sign, N);
    }

    biased_exp = exponent - f->minimum_exp + 1;
    if (biased_exp < 0)
        biased_exp = 0;
    shift = top - (int)f->F;
    if (biased_exp == 0)
        shift += f->minimum_exp - exponent;
    if (shift <= 0) {
        assert(!op.sticky);
        wide = (unsigned __int128)op.mant << -shift;
        error = FPError_Zero;
    } else {
        error = fpu_split(op.mant, (unsigned)shift, op.sticky, &wide);
    }
    int_mant = (uint64_t)wide;

    /* Underflow: tiny before rounding and inexact (FPCR.UFE is RAZ). */
    if (biased_exp == 0 && error != FPError_Zero)
        FPProcessException(FPExc_Underflow, c);

    switch (rounding) {
    case FPRounding_POSINF: overflow_to_inf = !sign; break;
    case FPRounding_NEGINF: overflow_to_inf = sign; break;
    case FPRounding_ZERO:
    case FPRounding_ODD: overflow_to_inf = false; break;
    default: overflow_to_inf = true; break;
    }
    if (fpu_round_up(rounding, sign, int_mant & 1, error)) {
        int_mant++;
        if (int_mant == 1ull << f->F)           /* denormal rounded up to normal */
            biased_exp = 1;
        if (int_mant == 1ull << (f->F + 1)) {   /* rounded up to the next exponent */
            biased_exp++;
            int_mant >>= 1;
        }
    }
    /* Round to odd (von Neumann rounding). */
    if (error != FPError_Zero && rounding == FPRounding_ODD)
        int_mant |= 1;

    if (N != 16 || !FIELD_EX64(fpcr, FPCR, AHP)) {
        if (biased_exp >= (int)ones(f->E)) {
            result = overflow_to_inf ? FPInfinity(sign, N) : FPMaxNormal(sign, N);
            FPProcessException(FPExc_Overflow, c);
            error = FPError_AboveHalf;          /* ensure Inexact */
        } else {
            result = fp_pack(sign, (uint64_t)biased_exp, int_mant, N);
        }
    } else {                                    /* alternative half precision */
        if (biased_exp >= (int)(1u << f->E)) {
            result = ((uint64_t)sign << (N - 1)) | ones(N - 1);
            FPProcessException(FPExc_InvalidOp, c);
            error = FPError_Zero;               /* ensure no Inexact */
        } else {
            result = fp_pack(sign, (uint64_t)biased_exp, int_mant, N);
        }
    }
    if (error != FPError_Zero)
        FPProcessException(FPExc_Inexact, c);
    return result;
}

/* FPRound(): data processing and int/fixed conversions ignore AHP. */
uint64_t FPRound(FPReal op, unsigned N, FPRounding rounding, FPCtx *c)
{
    return FPRoundBase(op, N, FIELD_DP64(c->fpcr, FPCR, AHP, 0), rounding, c);
}

/* FPRoundCV(): precision conversions ignore FZ16. */
uint64_t FPRoundCV(FPReal op, unsigned N, FPRounding rounding, FPCtx *c)
{
    return FPRoundBase(op, N, FIELD_DP64(c->fpcr, FPCR, FZ16, 0), rounding, c);
}

/* FPProcessNaN(): quieten a signalling NaN (IOC), or FPCR.DN's default NaN. */
uint64_t FPProcessNaN(FPType type, uint64_t op, unsigned N, FPCtx *c)
{
    const FPFormat *f = fpu_format(N);
    uint64_t result = op & ones(N);

    assert(type == FPType_QNaN || type == FPType_SNaN);
    if (type == FPType_SNaN) {
        result |= 1ull << (f->F - 1);
        FPProcessException(FPExc_InvalidOp, c);
    }
    if (FIELD_EX64(c->fpcr, FPCR, DN))
        result = FPDefaultNaN(N);
    return result;
}

/* FPProcessNaNs(): signalling before quiet, then operand order. */
bool FPProcessNaNs(FPType type1, FPType type2, uint64_t op1, uint64_t op2,
                   unsigned N, FPCtx *c, uint64_t *result)
{
    if (type1 == FPType_SNaN)
        *result = FPProcessNaN(type1, op1, N, c);
    else if (type2 == FPType_SNaN)
        *result = FPProcessNaN(type2, op2, N, c);
    else if (type1 == FPType_QNaN)
        *result = FPProcessNaN(type1, op1, N, c);
    else if (type2 == FPType_QNaN)
        *result = FPProcessNaN(type2, op2, N, c);
    else
        return false;
    return true;
}

/* FPProcessNaNs3() */
bool FPProcessNaNs3(FPType type1, FPType type2, FPType type3,
                    uint64_t op1, uint64_t op2, uint64_t op3,
                    unsigned N, FPCtx *c, uint64_t *result)
{
    if (type1 == FPType_SNaN)
        *result = FPProcessNaN(type1, op1, N, c);
    else if (type2 == FPType_SNaN)
        *result = FPProcessNaN(type2, op2, N, c);
    else if (type3 == FPType_SNaN)
        *result = FPProcessNaN(type3, op3, N, c);
    else if (type1 == FPType_QNaN)
        *result = FPProcessNaN(type1, op1, N, c);
    else if (type2 == FPType_QNaN)
        *result = FPProcessNaN(type2, op2, N, c);
    else if (type3 == FPType_QNaN)
        *result = FPProcessNaN(type3, op3, N, c);
    else
        return false;
    return true;
}
