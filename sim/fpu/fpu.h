/* Floating-point arithmetic as the Arm ARM pseudocode defines it
   (DDI 0487, shared/functions/float/), in integer software: bit-exact results
   and FPSR cumulative flags, independent of the host FPU, its rounding mode
   and its flush-to-zero setting.

   Operands and results are raw bit patterns in the low N bits of a uint64_t,
   N being 16, 32 or 64.  Every function takes the FPCR and accumulates the
   FPSR through an FPCtx.

   Deliberate deviations, all IMPLEMENTATION DEFINED or later-feature choices:
   - The FPCR trap enables (IOE..IDE) are treated as RAZ: FPProcessException
     only sets the cumulative flag, FPRoundBase ignores FPCR.UFE.
   - FPCR.FZ16 (bit 19, FEAT_FP16) is honoured for half-precision data
     processing as in the v8.2 pseudocode; with it clear (as in v8.0) half
     precision never flushes.  FEAT_AFP (FPCR.AH/FIZ/NEP) and FEAT_RPRES are
     not implemented. */
#ifndef TRAPEZE_FPU_H
#define TRAPEZE_FPU_H

#include <stdbool.h>
#include <stdint.h>

#include "sim/bits.h"

/* FPCR (D19.2 FPCR): the fields the pseudocode reads. */
FIELD(FPCR, AHP, 26, 1)
FIELD(FPCR, DN, 25, 1)
FIELD(FPCR, FZ, 24, 1)
FIELD(FPCR, RMode, 22, 2)
FIELD(FPCR, FZ16, 19, 1)

/* FPSR (D19.2 FPSR): cumulative exception flags and QC. */
FIELD(FPSR, IOC, 0, 1)
FIELD(FPSR, DZC, 1, 1)
FIELD(FPSR, OFC, 2, 1)
FIELD(FPSR, UFC, 3, 1)
FIELD(FPSR, IXC, 4, 1)
FIELD(FPSR, IDC, 7, 1)
FIELD(FPSR, QC, 27, 1)

typedef struct FPCtx { uint32_t fpcr; uint32_t fpsr; } FPCtx;   /* fpsr flags are OR-ed in */

typedef enum FPRounding { FPRounding_TIEEVEN, FPRounding_POSINF, FPRounding_NEGINF,
                          FPRounding_ZERO, FPRounding_TIEAWAY, FPRounding_ODD } FPRounding;

typedef enum FPExc { FPExc_InvalidOp, FPExc_DivideByZero, FPExc_Overflow,
                     FPExc_Underflow, FPExc_Inexact, FPExc_InputDenorm } FPExc;

typedef enum FPType { FPType_Nonzero, FPType_Zero, FPType_Infinity,
                      FPType_QNaN, FPType_SNaN } FPType;

/* The pseudocode's "real": (-1)^sign * mant * 2^exp.  FPUnpack yields it
   exactly (sticky false).  A producer that had to drop low-order bits sets
   sticky: the magnitude then lies strictly between mant and mant + 1 units of
   2^exp, and mant must keep at least F + 2 significant bits so that the
   dropped part stays below FPRoundBase's rounding point. */
typedef struct FPReal { bool sign; bool sticky; int exp; uint64_t mant; } FPReal;

/* ---- Control, exceptions, constants (shared/functions/float/...) ---- */
FPRounding FPDecodeRounding(unsigned rmode);
FPRounding FPRoundingMode(const FPCtx *c);                  /* from FPCR.RMode */
void FPProcessException(FPExc exception, FPCtx *c);
uint64_t FPZero(bool sign, unsigned N);
uint64_t FPInfinity(bool sign, unsigned N);
uint64_t FPMaxNormal(bool sign, unsigned N);
uint64_t FPDefaultNaN(unsigned N);
uint64_t FPTwo(bool sign, unsigned N);
uint64_t FPOnePointFive(bool sign, unsigned N);
uint64_t FPAbs(uint64_t a, unsigned N);
uint64_t FPNeg(uint64_t a, unsigned N);

/* ---- Unpacking, rounding, NaN handling ----
   The *Base forms take the FPCR value explicitly, as the pseudocode's callers
   pass a modified copy (FPUnpack clears AHP, FPUnpackCV and FPRoundCV clear
   FZ16); flags still go to c->fpsr. */
FPType FPUnpackBase(uint64_t fpval, unsigned N, uint32_t fpcr, FPCtx *c, FPReal *value);
FPType FPUnpack(uint64_t fpval, unsigned N, FPCtx *c, FPReal *value);
FPType FPUnpackCV(uint64_t fpval, unsigned N, FPCtx *c, FPReal *value);
uint64_t FPRoundBase(FPReal op, unsigned N, uint32_t fpcr, FPRounding rounding, FPCtx *c);
uint64_t FPRound(FPReal op, unsigned N, FPRounding rounding, FPCtx *c);
uint64_t FPRoundCV(FPReal op, unsigned N, FPRounding rounding, FPCtx *c);
uint64_t FPProcessNaN(FPType type, uint64_t op, unsigned N, FPCtx *c);
bool FPProcessNaNs(FPType type1, FPType type2, uint64_t op1, uint64_t op2,
                   unsigned N, FPCtx *c, uint64_t *result);
bool FPProcessNaNs3(FPType type1, FPType type2, FPType type3,
                    uint64_t op1, uint64_t op2, uint64_t op3,
                    unsigned N, FPCtx *c, uint64_t *result);

/* ---- Arithmetic (fparith.c) ---- */
uint64_t FPAdd(uint64_t a, uint64_t b, unsigned N, FPCtx *c);
uint64_t FPSub(uint64_t a, uint64_t b, unsigned N, FPCtx *c);
uint64_t FPMul(uint64_t a, uint64_t b, unsigned N, FPCtx *c);
uint64_t FPMulX(uint64_t a, uint64_t b, unsigned N, FPCtx *c);   /* FMULX */
uint64_t FPDiv(uint64_t a, uint64_t b, unsigned N, FPCtx *c);
uint64_t FPMulAdd(uint64_t addend, uint64_t a, uint64_t b, unsigned N, FPCtx *c); /* addend + a*b, one rounding */
uint64_t FPSqrt(uint64_t a, unsigned N, FPCtx *c);
uint64_t FPRecipStepFused(uint64_t a, uint64_t b, unsigned N, FPCtx *c);  /* FRECPS: 2 - a*b */
uint64_t FPRSqrtStepFused(uint64_t a, uint64_t b, unsigned N, FPCtx *c);  /* FRSQRTS: (3 - a*b)/2 */

/* ---- Maximum, minimum, comparison (fpcompare.c) ---- */
uint64_t FPMax(uint64_t a, uint64_t b, unsigned N, FPCtx *c);
uint64_t FPMin(uint64_t a, uint64_t b, unsigned N, FPCtx *c);
uint64_t FPMaxNum(uint64_t a, uint64_t b, unsigned N, FPCtx *c);
uint64_t FPMinNum(uint64_t a, uint64_t b, unsigned N, FPCtx *c);
uint32_t FPCompare(uint64_t a, uint64_t b, bool signal_nans, unsigned N, FPCtx *c); /* NZCV in bits 31:28 */
bool FPCompareEQ(uint64_t a, uint64_t b, unsigned N, FPCtx *c);
bool FPCompareGE(uint64_t a, uint64_t b, unsigned N, FPCtx *c);
bool FPCompareGT(uint64_t a, uint64_t b, unsigned N, FPCtx *c);

/* ---- Conversions (fpconvert.c) ---- */
uint64_t FPRoundInt(uint64_t a, unsigned N, FPRounding r, bool exact, FPCtx *c);   /* FRINT*, exact = FRINTX */
uint64_t FPConvert(uint64_t a, unsigned from_N, unsigned to_N, FPCtx *c);          /* FCVT between precisions, half uses FPCR.AHP */
/* The pseudocode's FPConvert(op, fpcr, rounding) overload (FCVTXN: FPRounding_ODD). */
uint64_t FPConvertWithRounding(uint64_t a, unsigned from_N, unsigned to_N, FPRounding r, FPCtx *c);
uint64_t FPConvertNaN(uint64_t a, unsigned from_N, unsigned to_N);
/* Saturating; M = 16, 32 or 64; the result is zero-extended from M bits. */
uint64_t FPToFixed(uint64_t a, unsigned N, unsigned fbits, bool is_unsigned, FPRounding r, unsigned M, FPCtx *c);
/* a is an M-bit integer (M = 16, 32 or 64), signed unless is_unsigned. */
uint64_t FixedToFP(uint64_t a, unsigned M, unsigned fbits, bool is_unsigned, unsigned N, FPRounding r, FPCtx *c);

/* ---- Estimates (fpestimate.c) ---- */
unsigned RecipEstimate(unsigned a);         /* 256..511 -> 256..511 */
unsigned RecipSqrtEstimate(unsigned a);     /* 128..511 -> 256..511 */
uint64_t FPRecipEstimate(uint64_t a, unsigned N, FPCtx *c);
uint64_t FPRSqrtEstimate(uint64_t a, unsigned N, FPCtx *c);
uint64_t FPRecpX(uint64_t a, unsigned N, FPCtx *c);
/* Unsigned (U) reciprocal estimates for URECPE/URSQRTE: */
uint32_t UnsignedRecipEstimate(uint32_t a);
uint32_t UnsignedRSqrtEstimate(uint32_t a);

/* ---- Helpers shared by the sim/fpu sources (no pseudocode counterpart) ---- */

/* The format parameters the pseudocode derives from N. */
typedef struct FPFormat {
    unsigned E, F;          /* exponent and fraction widths */
    int bias, minimum_exp;  /* minimum_exp = 1 - bias */
} FPFormat;
const FPFormat *fpu_format(unsigned N);

/* The "error" of RoundDown(): the discarded fraction of one unit, classified
   against one half, which is all the rounding decisions look at. */
typedef enum FPError { FPError_Zero, FPError_BelowHalf, FPError_Half, FPError_AboveHalf } FPError;

/* Splits the magnitude mant * 2^-shift (shift >= 0; sticky as in FPReal)
   into RoundDown() and its error. */
FPError fpu_split(unsigned __int128 mant, unsigned shift, bool sticky, unsigned __int128 *int_part);

/* The pseudocode's round_up for a magnitude: sign is the value's sign,
   lsb_odd the parity of the magnitude rounded down.  Written on magnitudes,
   which gives the same result as FPRoundInt's and FPToFixed's case statements
   on RoundDown() of the signed value. */
bool fpu_round_up(FPRounding rounding, bool sign, bool lsb_odd, FPError error);

#endif
