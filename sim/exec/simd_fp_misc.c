/* Advanced SIMD floating point, part B (C4.1.97), vector and scalar:
   two-register miscellaneous FP (FCVTN, FCVTXN, FCVTL, FRINT{N,M,P,Z,A,X,I},
   FCVT{N,M,P,Z,A}{S,U}, SCVTF, UCVTF, FRECPE, FRSQRTE, URECPE, URSQRTE,
   FRECPX, FABS, FNEG, FSQRT, FCMGT/FCMEQ/FCMLT/FCMGE/FCMLE (zero)) and the
   fixed-point conversions of shift by immediate (SCVTF, UCVTF, FCVTZS,
   FCVTZU with #fbits).  Single and double precision; half precision only as
   the narrow side of FCVTN/FCVTL (FPCR.AHP).  The arithmetic is sim/fpu.

   DecodedInsn use (as simd_int.h): size = log2 of the element size in bytes,
   for FCVTN/FCVTXN/FCVTL of the narrow element; op = FM_*; flags = SIMD_Q,
   SIMD_U (unsigned conversion), SIMD_SCALAR; imm = the FPRounding, or
   ROUND_FPCR; imm2 = fbits. */
#include "sim/exec/simd_int.h"

enum { ROUND_FPCR = 0xff };

enum {
    FM_FRINT, FM_FRINTX, FM_TO_INT, FM_FROM_INT, FM_FRECPE, FM_FRSQRTE, FM_URECPE,
    FM_URSQRTE, FM_FRECPX, FM_FABS, FM_FNEG, FM_FSQRT,
    FM_CMGT, FM_CMEQ, FM_CMLT, FM_CMGE, FM_CMLE,
    FM_FCVTN, FM_FCVTXN, FM_FCVTL,
};

static inline FPCtx fp_ctx(const CPUState *cpu)
{
    return (FPCtx){ .fpcr = (uint32_t)cpu->sysreg[SR_FPCR], .fpsr = 0 };
}

static FPRounding misc_rounding(const DecodedInsn *d, const FPCtx *c)
{
    return d->imm == ROUND_FPCR ? FPRoundingMode(c) : (FPRounding)d->imm;
}

/* One element of the same-size operations. */
static uint64_t fp_misc_elem(const DecodedInsn *d, uint64_t a, unsigned N, FPCtx *c)
{
    bool is_unsigned = d->flags & SIMD_U;
    uint64_t zero = FPZero(false, N);
    switch (d->op) {
    case FM_FRINT: return FPRoundInt(a, N, misc_rounding(d, c), false, c);
    case FM_FRINTX: return FPRoundInt(a, N, misc_rounding(d, c), true, c);
    case FM_TO_INT:
        return FPToFixed(a, N, (unsigned)d->imm2, is_unsigned, misc_rounding(d, c), N, c);
    case FM_FROM_INT:
        return FixedToFP(a, N, (unsigned)d->imm2, is_unsigned, N, misc_rounding(d, c), c);
    case FM_FRECPE: return FPRecipEstimate(a, N, c);
    case FM_FRSQRTE: return FPRSqrtEstimate(a, N, c);
    case FM_URECPE: return UnsignedRecipEstimate((uint32_t)a);
    case FM_URSQRTE: return UnsignedRSqrtEstimate((uint32_t)a);
    case FM_FRECPX: return FPRecpX(a, N, c);
    case FM_FABS: return FPAbs(a, N);
    case FM_FNEG: return FPNeg(a, N);
    case FM_FSQRT: return FPSqrt(a, N, c);
    /* FCMGT..FCMLE (zero): CompareOp_GT/EQ/LT/GE/LE against +0.0 */
    case FM_CMGT: return FPCompareGT(a, zero, N, c) ? ~0ull : 0;
    case FM_CMEQ: return FPCompareEQ(a, zero, N, c) ? ~0ull : 0;
    case FM_CMLT: return FPCompareGT(zero, a, N, c) ? ~0ull : 0;
    case FM_CMGE: return FPCompareGE(a, zero, N, c) ? ~0ull : 0;
    default: return FPCompareGE(zero, a, N, c) ? ~0ull : 0;        /* FM_CMLE */
    }
}

static void exec_simd_fp_misc(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = fp_ctx(cpu);
    const VReg *vn = &cpu->v[d->rn];
    unsigned size = d->size, N = 8u << size, elements = simd_elements(d);
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++)
        Elem_set(&r, e, size, fp_misc_elem(d, Elem(vn, e, size), N, &c));
    cpu->v[d->rd] = r;
    cpu->sysreg[SR_FPSR] |= c.fpsr;
    cpu->pc += 4;
}

/* FCVTN, FCVTN2, FCVTXN, FCVTXN2 (vector and scalar): Elem[V[n], e, 2 * esize]
   to Vpart[d, Q], or the scalar. */
static void exec_simd_fcvtn(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = fp_ctx(cpu);
    const VReg *vn = &cpu->v[d->rn];
    unsigned size = d->size, N = 8u << size;
    unsigned elements = (d->flags & SIMD_SCALAR) ? 1 : 8u >> size;
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++) {
        uint64_t a = Elem(vn, e, size + 1);
        Elem_set(&r, e, size, d->op == FM_FCVTXN
                 ? FPConvertWithRounding(a, 2 * N, N, FPRounding_ODD, &c)
                 : FPConvert(a, 2 * N, N, &c));
    }
    simd_write_part(cpu, d->rd, !(d->flags & SIMD_SCALAR) && (d->flags & SIMD_Q), r.d[0]);
    cpu->sysreg[SR_FPSR] |= c.fpsr;
    cpu->pc += 4;
}

/* FCVTL, FCVTL2: Vpart[n, Q] to 2 * esize elements. */
static void exec_simd_fcvtl(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = fp_ctx(cpu);
    unsigned size = d->size, N = 8u << size, elements = 8u >> size;
    VReg src = simd_part(cpu, d->rn, d->flags & SIMD_Q), r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++)
        Elem_set(&r, e, size + 1, FPConvert(Elem(&src, e, size), N, 2 * N, &c));
    cpu->v[d->rd] = r;
    cpu->sysreg[SR_FPSR] |= c.fpsr;
    cpu->pc += 4;
}

static bool fp_fill(DecodedInsn *d, unsigned rd, unsigned rn, unsigned size, unsigned op,
                    unsigned flags, unsigned rounding, unsigned fbits, ExecFn *fn)
{
    simd_fill(d, rd, rn, 0, size, op, flags);
    d->imm = rounding;
    d->imm2 = fbits;
    d->fn = fn;
    return true;
}

/* ---- two-register miscellaneous ---- */

/* 011xx (size 1x): U:opcode<1:0>. */
static bool fp_misc_011(DecodedInsn *d, bool scalar, unsigned Q, unsigned U, unsigned size,
                        unsigned opc, unsigned rn, unsigned rd)
{
    static const int8_t ops[8] = { FM_CMGT, FM_CMEQ, FM_CMLT, FM_FABS,
                                   FM_CMGE, FM_CMLE, -1, FM_FNEG };
    int op = ops[(U << 2) | opc];
    unsigned sz = size & 1;
    if (!(size & 2) || op < 0 || (scalar && (op == FM_FABS || op == FM_FNEG)))
        return false;
    if (!scalar && sz && !Q)            /* sz:Q = 10 reserved */
        return false;
    return fp_fill(d, rd, rn, 2 + sz, (unsigned)op, simd_flags(scalar ? 1 : Q, U, scalar),
                   ROUND_FPCR, 0, exec_simd_fp_misc);
}

/* 11xxx: key = U:size<1>:opcode<2:0>.  The rounding of FRINT* and FCVT*
   is FPDecodeRounding(o1:o2), o1 = opcode<0>, o2 = size<1>. */
static bool fp_misc_11(DecodedInsn *d, bool scalar, unsigned Q, unsigned U, unsigned size,
                       unsigned opc, unsigned rn, unsigned rd)
{
    unsigned sz = size & 1, o2 = size >> 1, key = (U << 4) | (o2 << 3) | opc;
    unsigned rounding = FPDecodeRounding(((opc & 1) << 1) | o2), op;
    switch (key) {
    case 0x00: case 0x01: case 0x08: case 0x09:     /* FRINTN, FRINTM, FRINTP, FRINTZ */
        op = FM_FRINT;
        break;
    case 0x10:                                      /* FRINTA */
        op = FM_FRINT;
        rounding = FPRounding_TIEAWAY;
        break;
    case 0x11:                                      /* FRINTX */
        op = FM_FRINTX;
        rounding = ROUND_FPCR;
        break;
    case 0x19:                                      /* FRINTI */
        op = FM_FRINT;
        rounding = ROUND_FPCR;
        break;
    case 0x02: case 0x03: case 0x0a: case 0x0b:     /* FCVT{N,M,P,Z}S */
    case 0x12: case 0x13: case 0x1a: case 0x1b:     /* FCVT{N,M,P,Z}U */
        op = FM_TO_INT;
        break;
    case 0x04: case 0x14:                           /* FCVTAS, FCVTAU */
        op = FM_TO_INT;
        rounding = FPRounding_TIEAWAY;
        break;
    case 0x05: case 0x15:                           /* SCVTF, UCVTF */
        op = FM_FROM_INT;
        rounding = ROUND_FPCR;
        break;
    case 0x0c: case 0x1c:                           /* URECPE, URSQRTE */
        if (sz || scalar)
            return false;
        op = U ? FM_URSQRTE : FM_URECPE;
        break;
    case 0x0d: op = FM_FRECPE; break;
    case 0x1d: op = FM_FRSQRTE; break;
    case 0x0f:                                      /* FRECPX: scalar only */
        if (!scalar)
            return false;
        op = FM_FRECPX;
        break;
    case 0x1f:                                      /* FSQRT: vector only */
        if (scalar)
            return false;
        op = FM_FSQRT;
        break;
    default:
        return false;
    }
    /* The scalar forms have no FRINT*. */
    if (scalar && (op == FM_FRINT || op == FM_FRINTX))
        return false;
    if (!scalar && sz && !Q)
        return false;
    return fp_fill(d, rd, rn, 2 + sz, op, simd_flags(scalar ? 1 : Q, U, scalar), rounding, 0,
                   exec_simd_fp_misc);
}

bool trans_SIMD_fp_2reg_misc_011(DecodedInsn *d, const arg_SIMD_fp_2reg_misc_011 *a)
{
    return fp_misc_011(d, false, a->Q, a->U, a->size, a->opc, a->rn, a->rd);
}

bool trans_SIMD_scalar_fp_2reg_misc_011(DecodedInsn *d,
                                        const arg_SIMD_scalar_fp_2reg_misc_011 *a)
{
    return fp_misc_011(d, true, 1, a->U, a->size, a->opc, a->rn, a->rd);
}

bool trans_SIMD_fp_2reg_misc_11(DecodedInsn *d, const arg_SIMD_fp_2reg_misc_11 *a)
{
    return fp_misc_11(d, false, a->Q, a->U, a->size, a->opc, a->rn, a->rd);
}

bool trans_SIMD_scalar_fp_2reg_misc_11(DecodedInsn *d, const arg_SIMD_scalar_fp_2reg_misc_11 *a)
{
    return fp_misc_11(d, true, 1, a->U, a->size, a->opc, a->rn, a->rd);
}

/* 1011o, size 0x: FCVTN (U = 0, o = 0), FCVTXN (U = 1, o = 0, sz = 1), FCVTL
   (U = 0, o = 1).  size 10 with U = 0, o = 0 is BFCVTN (FEAT_BF16). */
bool trans_SIMD_fp_2reg_misc_1011(DecodedInsn *d, const arg_SIMD_fp_2reg_misc_1011 *a)
{
    unsigned sz = a->size & 1, flags = simd_flags(a->Q, 0, false);
    if (a->size & 2)
        return false;
    if (a->o)                       /* FCVTL: half to single, single to double */
        return !a->U && fp_fill(d, a->rd, a->rn, 1 + sz, FM_FCVTL, flags, 0, 0, exec_simd_fcvtl);
    if (a->U && !sz)
        return false;
    return fp_fill(d, a->rd, a->rn, 1 + sz, a->U ? FM_FCVTXN : FM_FCVTN, flags, 0, 0,
                   exec_simd_fcvtn);
}

bool trans_SIMD_scalar_fcvtxn(DecodedInsn *d, const arg_SIMD_scalar_fcvtxn *a)
{
    if (a->size != 1)
        return false;
    return fp_fill(d, a->rd, a->rn, 2, FM_FCVTXN, simd_flags(1, 1, true), 0, 0,
                   exec_simd_fcvtn);
}

/* ---- shift by immediate: fixed-point conversions ---- */

/* opc = opcode<2:0> of 11xxx: 100 SCVTF/UCVTF, 111 FCVTZS/FCVTZU;
   fbits = 2 * esize - UInt(immh:immb) = esize - ib. */
static bool fp_shift(DecodedInsn *d, bool scalar, unsigned Q, unsigned U, unsigned size,
                     unsigned ib, unsigned opc, unsigned rn, unsigned rd)
{
    unsigned fbits = (8u << size) - ib;
    if (opc != 4 && opc != 7)
        return false;
    if (!scalar && size == 3 && !Q)     /* immh<3>:Q = 10 reserved */
        return false;
    unsigned flags = simd_flags(scalar ? 1 : Q, U, scalar);
    if (opc == 4)
        return fp_fill(d, rd, rn, size, FM_FROM_INT, flags, ROUND_FPCR, fbits, exec_simd_fp_misc);
    return fp_fill(d, rd, rn, size, FM_TO_INT, flags, FPRounding_ZERO, fbits, exec_simd_fp_misc);
}

bool trans_SIMD_fp_shift_s(DecodedInsn *d, const arg_SIMD_fp_shift_s *a)
{
    return fp_shift(d, false, a->Q, a->U, 2, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_fp_shift_d(DecodedInsn *d, const arg_SIMD_fp_shift_d *a)
{
    return fp_shift(d, false, a->Q, a->U, 3, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_scalar_fp_shift_s(DecodedInsn *d, const arg_SIMD_scalar_fp_shift_s *a)
{
    return fp_shift(d, true, 1, a->U, 2, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_scalar_fp_shift_d(DecodedInsn *d, const arg_SIMD_scalar_fp_shift_d *a)
{
    return fp_shift(d, true, 1, a->U, 3, a->ib, a->opc, a->rn, a->rd);
}
