/* Scalar floating-point data processing (C4.1.96): FCVT between precisions,
   FRINT*, FSQRT (with FMOV_reg in fp_move.c), the 2- and 3-source
   arithmetic, FCMP/FCMPE, FCCMP/FCCMPE, FCSEL, and the conversions to and
   from integers and fixed point.  The arithmetic is sim/fpu (the Arm ARM's
   FP* functions); FPCR is read and FPSR's cumulative flags are set here.
   Single and double precision; half precision only where Armv8.0 has it
   (FCVT to and from half). */
#include "sim/exec/exec.h"
#include "sim/fpu/fpu.h"

enum { FPTYPE_SINGLE = 0, FPTYPE_DOUBLE = 1, FPTYPE_HALF = 3 };

/* The operand size of an FP type field, 0 for an unallocated one.  Half
   precision arithmetic is FEAT_FP16, not implemented. */
static unsigned fp_size(unsigned type)
{
    return type == FPTYPE_SINGLE ? 32 : type == FPTYPE_DOUBLE ? 64 : 0;
}

static unsigned fp_size_with_half(unsigned type)
{
    return type == FPTYPE_HALF ? 16 : fp_size(type);
}

static inline FPCtx fp_ctx(const CPUState *cpu)
{
    return (FPCtx){ .fpcr = (uint32_t)cpu->sysreg[SR_FPCR], .fpsr = 0 };
}

static inline void fp_flags(CPUState *cpu, const FPCtx *c)
{
    cpu->sysreg[SR_FPSR] |= c->fpsr;
}

static inline uint64_t vreg(const CPUState *cpu, unsigned n, unsigned bits)
{
    return cpu->v[n].d[0] & ones(bits);
}

/* A scalar result clears the rest of the V register. */
static inline void set_vreg(CPUState *cpu, unsigned d, uint64_t value)
{
    cpu->v[d].d[0] = value;
    cpu->v[d].d[1] = 0;
}

/* ---- FSQRT (opcode 000011, decoded with FMOV_reg) ---- */

void exec_fsqrt(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = fp_ctx(cpu);
    set_vreg(cpu, d->rd, FPSqrt(vreg(cpu, d->rn, d->size), d->size, &c));
    fp_flags(cpu, &c);
    cpu->pc += 4;
}

/* ---- FCVT between precisions: size = from, imm = to (bits) ---- */

static void exec_fcvt_prec(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = fp_ctx(cpu);
    set_vreg(cpu, d->rd, FPConvert(vreg(cpu, d->rn, d->size), d->size, (unsigned)d->imm, &c));
    fp_flags(cpu, &c);
    cpu->pc += 4;
}

bool trans_FCVT_prec(DecodedInsn *d, const arg_FCVT_prec *a)
{
    unsigned from = fp_size_with_half(a->type), to = fp_size_with_half(a->opc);
    if (!from || !to || from == to)
        return false;
    d->size = (uint8_t)from;
    d->imm = to;
    d->rn = (uint8_t)a->rn;
    d->rd = (uint8_t)a->rd;
    d->fn = exec_fcvt_prec;
    return true;
}

/* ---- FRINT{N,P,M,Z,A,X,I}: op = rounding (FPRounding), flags = exact,
   imm = 1 to use FPCR's rounding mode ---- */

static void exec_frint(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = fp_ctx(cpu);
    FPRounding r = d->imm ? FPRoundingMode(&c) : (FPRounding)d->op;
    set_vreg(cpu, d->rd, FPRoundInt(vreg(cpu, d->rn, d->size), d->size, r, d->flags, &c));
    fp_flags(cpu, &c);
    cpu->pc += 4;
}

bool trans_FRINT(DecodedInsn *d, const arg_FRINT *a)
{
    static const int8_t rounding[8] = {
        FPRounding_TIEEVEN, FPRounding_POSINF, FPRounding_NEGINF, FPRounding_ZERO,
        FPRounding_TIEAWAY, -1, -1, -1,     /* 101 unallocated; X and I use FPCR */
    };
    unsigned size = fp_size(a->type);
    if (!size || a->rmode == 5)
        return false;
    d->size = (uint8_t)size;
    d->imm = a->rmode >= 6;                 /* FRINTX, FRINTI */
    d->op = d->imm ? 0 : (uint8_t)rounding[a->rmode];
    d->flags = a->rmode == 6;               /* FRINTX signals Inexact */
    d->rn = (uint8_t)a->rn;
    d->rd = (uint8_t)a->rd;
    d->fn = exec_frint;
    return true;
}

/* ---- 2-source: op = opcode ---- */

enum { DP2_FMUL, DP2_FDIV, DP2_FADD, DP2_FSUB, DP2_FMAX, DP2_FMIN, DP2_FMAXNM, DP2_FMINNM,
       DP2_FNMUL };

static void exec_fp_dp2(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = fp_ctx(cpu);
    unsigned N = d->size;
    uint64_t a = vreg(cpu, d->rn, N), b = vreg(cpu, d->rm, N), r;
    switch (d->op) {
    case DP2_FMUL: r = FPMul(a, b, N, &c); break;
    case DP2_FDIV: r = FPDiv(a, b, N, &c); break;
    case DP2_FADD: r = FPAdd(a, b, N, &c); break;
    case DP2_FSUB: r = FPSub(a, b, N, &c); break;
    case DP2_FMAX: r = FPMax(a, b, N, &c); break;
    case DP2_FMIN: r = FPMin(a, b, N, &c); break;
    case DP2_FMAXNM: r = FPMaxNum(a, b, N, &c); break;
    case DP2_FMINNM: r = FPMinNum(a, b, N, &c); break;
    default: r = FPNeg(FPMul(a, b, N, &c), N); break;     /* FNMUL */
    }
    set_vreg(cpu, d->rd, r);
    fp_flags(cpu, &c);
    cpu->pc += 4;
}

bool trans_FP_DP2(DecodedInsn *d, const arg_FP_DP2 *a)
{
    unsigned size = fp_size(a->type);
    if (!size || a->opcode > DP2_FNMUL)
        return false;
    d->size = (uint8_t)size;
    d->op = (uint8_t)a->opcode;
    d->rn = (uint8_t)a->rn;
    d->rm = (uint8_t)a->rm;
    d->rd = (uint8_t)a->rd;
    d->fn = exec_fp_dp2;
    return true;
}

/* ---- 3-source: FMADD a + n*m, FMSUB a - n*m, FNMADD -a - n*m,
   FNMSUB -a + n*m, each with one rounding (flags: bit 0 negate the product,
   bit 1 negate the addend) ---- */

static void exec_fp_dp3(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = fp_ctx(cpu);
    unsigned N = d->size;
    uint64_t n = vreg(cpu, d->rn, N), m = vreg(cpu, d->rm, N), addend = vreg(cpu, d->ra, N);
    if (d->flags & 1)
        n = FPNeg(n, N);
    if (d->flags & 2)
        addend = FPNeg(addend, N);
    set_vreg(cpu, d->rd, FPMulAdd(addend, n, m, N, &c));
    fp_flags(cpu, &c);
    cpu->pc += 4;
}

bool trans_FP_DP3(DecodedInsn *d, const arg_FP_DP3 *a)
{
    unsigned size = fp_size(a->type);
    if (!size)
        return false;
    d->size = (uint8_t)size;
    /* o1:o0 = 00 FMADD, 01 FMSUB, 10 FNMADD, 11 FNMSUB */
    d->flags = (uint8_t)(((a->o1 ^ a->o0) ? 1 : 0) | (a->o1 ? 2 : 0));
    d->rn = (uint8_t)a->rn;
    d->rm = (uint8_t)a->rm;
    d->ra = (uint8_t)a->ra;
    d->rd = (uint8_t)a->rd;
    d->fn = exec_fp_dp3;
    return true;
}

/* ---- FCMP, FCMPE: flags bit 0 = with #0.0, op = signal on quiet NaNs ---- */

static void exec_fcmp(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = fp_ctx(cpu);
    unsigned N = d->size;
    uint64_t b = d->flags ? 0 : vreg(cpu, d->rm, N);
    cpu->nzcv = FPCompare(vreg(cpu, d->rn, N), b, d->op, N, &c);
    fp_flags(cpu, &c);
    cpu->pc += 4;
}

bool trans_FCMP(DecodedInsn *d, const arg_FCMP *a)
{
    unsigned size = fp_size(a->type);
    if (!size)
        return false;
    d->size = (uint8_t)size;
    d->flags = a->opc & 1;          /* opcode2<3>: compare with zero (Rm ignored) */
    d->op = (a->opc >> 1) & 1;      /* opcode2<4>: FCMPE */
    d->rn = (uint8_t)a->rn;
    d->rm = (uint8_t)a->rm;
    d->fn = exec_fcmp;
    return true;
}

/* ---- FCCMP, FCCMPE: imm = cond, imm2 = nzcv if false, op = signalling ---- */

static void exec_fccmp(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    if (ConditionHolds(cpu->nzcv, (unsigned)d->imm)) {
        FPCtx c = fp_ctx(cpu);
        cpu->nzcv = FPCompare(vreg(cpu, d->rn, d->size), vreg(cpu, d->rm, d->size), d->op,
                              d->size, &c);
        fp_flags(cpu, &c);
    } else {
        cpu->nzcv = (uint32_t)d->imm2 << 28;
    }
    cpu->pc += 4;
}

bool trans_FCCMP(DecodedInsn *d, const arg_FCCMP *a)
{
    unsigned size = fp_size(a->type);
    if (!size)
        return false;
    d->size = (uint8_t)size;
    d->imm = a->cond;
    d->imm2 = a->nzcv;
    d->op = (uint8_t)a->op;
    d->rn = (uint8_t)a->rn;
    d->rm = (uint8_t)a->rm;
    d->fn = exec_fccmp;
    return true;
}

/* ---- FCSEL ---- */

static void exec_fcsel(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    unsigned src = ConditionHolds(cpu->nzcv, (unsigned)d->imm) ? d->rn : d->rm;
    set_vreg(cpu, d->rd, vreg(cpu, src, d->size));
    cpu->pc += 4;
}

bool trans_FCSEL(DecodedInsn *d, const arg_FCSEL *a)
{
    unsigned size = fp_size(a->type);
    if (!size)
        return false;
    d->size = (uint8_t)size;
    d->imm = a->cond;
    d->rn = (uint8_t)a->rn;
    d->rm = (uint8_t)a->rm;
    d->rd = (uint8_t)a->rd;
    d->fn = exec_fcsel;
    return true;
}

/* ---- conversions: size = FP bits; imm = integer bits (32/64);
   imm2 = fbits; op = FPRounding, or 0xff for FPCR's; flags bit 0 = unsigned ---- */

enum { ROUND_FPCR = 0xff };

static FPRounding conv_rounding(const DecodedInsn *d, const FPCtx *c)
{
    return d->op == ROUND_FPCR ? FPRoundingMode(c) : (FPRounding)d->op;
}

static void exec_fp_to_int(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = fp_ctx(cpu);
    uint64_t r = FPToFixed(vreg(cpu, d->rn, d->size), d->size, (unsigned)d->imm2, d->flags & 1,
                           conv_rounding(d, &c), (unsigned)d->imm, &c);
    cpu->x[d->rd] = d->imm == 32 ? (uint32_t)r : r;
    fp_flags(cpu, &c);
    cpu->pc += 4;
}

static void exec_int_to_fp(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = fp_ctx(cpu);
    uint64_t x = cpu->x[d->rn];
    if (d->imm == 32)
        x = (uint32_t)x;
    set_vreg(cpu, d->rd, FixedToFP(x, (unsigned)d->imm, (unsigned)d->imm2, d->flags & 1, d->size,
                                   conv_rounding(d, &c), &c));
    fp_flags(cpu, &c);
    cpu->pc += 4;
}

static void fill_conv(DecodedInsn *d, unsigned size, unsigned sf, unsigned rn, unsigned rd,
                      bool to_int, bool is_unsigned, unsigned rounding, unsigned fbits)
{
    d->size = (uint8_t)size;
    d->imm = sf ? 64 : 32;
    d->imm2 = fbits;
    d->op = (uint8_t)rounding;
    d->flags = is_unsigned;
    if (to_int) {
        d->rn = (uint8_t)rn;
        d->rd = reg_zr_dst(rd);
        d->fn = exec_fp_to_int;
    } else {
        d->rn = reg_zr(rn);
        d->rd = (uint8_t)rd;
        d->fn = exec_int_to_fp;
    }
}

/* rmode 00 N, 01 P, 10 M, 11 Z for FCVT{N,P,M,Z}{S,U}; SCVTF/UCVTF (opcode
   01x) only with rmode 00, rounding by FPCR. */
bool trans_FP_INT_CONV(DecodedInsn *d, const arg_FP_INT_CONV *a)
{
    static const uint8_t rounding[4] = { FPRounding_TIEEVEN, FPRounding_POSINF,
                                         FPRounding_NEGINF, FPRounding_ZERO };
    unsigned size = fp_size(a->type);
    if (!size)
        return false;
    if (a->opcode >= 2) {
        if (a->rmode != 0)
            return false;
        fill_conv(d, size, a->sf, a->rn, a->rd, false, a->opcode & 1, ROUND_FPCR, 0);
    } else {
        fill_conv(d, size, a->sf, a->rn, a->rd, true, a->opcode & 1, rounding[a->rmode], 0);
    }
    return true;
}

bool trans_FCVTA(DecodedInsn *d, const arg_FCVTA *a)
{
    unsigned size = fp_size(a->type);
    if (!size)
        return false;
    fill_conv(d, size, a->sf, a->rn, a->rd, true, a->u, FPRounding_TIEAWAY, 0);
    return true;
}

/* Fixed point: FCVTZ{S,U} (rmode 11, opcode 00x), {S,U}CVTF (rmode 00,
   opcode 01x); fbits = 64 - scale, at most 32 for 32-bit integers. */
bool trans_FP_FIXED_CONV(DecodedInsn *d, const arg_FP_FIXED_CONV *a)
{
    unsigned size = fp_size(a->type);
    if (!size || (!a->sf && !(a->scale & 0x20)))
        return false;
    unsigned fbits = 64 - a->scale;
    if (a->rmode == 3 && a->opcode <= 1)
        fill_conv(d, size, a->sf, a->rn, a->rd, true, a->opcode & 1, FPRounding_ZERO, fbits);
    else if (a->rmode == 0 && (a->opcode == 2 || a->opcode == 3))
        fill_conv(d, size, a->sf, a->rn, a->rd, false, a->opcode & 1, ROUND_FPCR, fbits);
    else
        return false;
    return true;
}
