/* Advanced SIMD floating-point arithmetic (C4.1.97), part A: three same FP
   (vector and scalar), multiply and multiply-add by element, scalar
   pairwise, across lanes.  Single and double precision: the half-precision
   encodings are FEAT_FP16, not implemented, and do not match the patterns.
   References: C7.2 of each instruction; the element arithmetic is sim/fpu
   (the Arm ARM's FP* functions) with FPCR[], and the cumulative flags of
   every element are OR-ed into FPSR.

   DecodedInsn use (shared helpers in simd_int.h): rd, rn, rm; size =
   log2(esize / 8), 2 or 3; op = FPOP_* (U:a:opcode<2:0> of the three same
   table); flags = SIMD_Q, SIMD_SCALAR, SIMD_ELEM; imm = element index. */
#include "sim/exec/simd_int.h"

/* The three same FP opcodes as U:a:opcode<2:0> (opcode = 11xxx). */
enum {
    FPOP_FMAXNM = 0x00, FPOP_FMLA = 0x01, FPOP_FADD = 0x02, FPOP_FMULX = 0x03,
    FPOP_FCMEQ = 0x04, FPOP_FMAX = 0x06, FPOP_FRECPS = 0x07,
    FPOP_FMINNM = 0x08, FPOP_FMLS = 0x09, FPOP_FSUB = 0x0a, FPOP_FMIN = 0x0e,
    FPOP_FRSQRTS = 0x0f,
    FPOP_FMAXNMP = 0x10, FPOP_FADDP = 0x12, FPOP_FMUL = 0x13, FPOP_FCMGE = 0x14,
    FPOP_FACGE = 0x15, FPOP_FMAXP = 0x16, FPOP_FDIV = 0x17,
    FPOP_FMINNMP = 0x18, FPOP_FABD = 0x1a, FPOP_FCMGT = 0x1c, FPOP_FACGT = 0x1d,
    FPOP_FMINP = 0x1e,
};

/* Allocated vector three same FP opcodes (C4.1.97 "Advanced SIMD three
   same": U = 0, a = 0, opcode 11101 is FMLAL (FEAT_FHM), the others listed
   unallocated). */
static const uint32_t fp_three_same_vector = (1u << FPOP_FMAXNM) | (1u << FPOP_FMLA) |
    (1u << FPOP_FADD) | (1u << FPOP_FMULX) | (1u << FPOP_FCMEQ) | (1u << FPOP_FMAX) |
    (1u << FPOP_FRECPS) | (1u << FPOP_FMINNM) | (1u << FPOP_FMLS) | (1u << FPOP_FSUB) |
    (1u << FPOP_FMIN) | (1u << FPOP_FRSQRTS) | (1u << FPOP_FMAXNMP) | (1u << FPOP_FADDP) |
    (1u << FPOP_FMUL) | (1u << FPOP_FCMGE) | (1u << FPOP_FACGE) | (1u << FPOP_FMAXP) |
    (1u << FPOP_FDIV) | (1u << FPOP_FMINNMP) | (1u << FPOP_FABD) | (1u << FPOP_FCMGT) |
    (1u << FPOP_FACGT) | (1u << FPOP_FMINP);

/* ... and scalar ("Advanced SIMD scalar three same"). */
static const uint32_t fp_three_same_scalar = (1u << FPOP_FMULX) | (1u << FPOP_FCMEQ) |
    (1u << FPOP_FRECPS) | (1u << FPOP_FRSQRTS) | (1u << FPOP_FCMGE) | (1u << FPOP_FACGE) |
    (1u << FPOP_FABD) | (1u << FPOP_FCMGT) | (1u << FPOP_FACGT);

static inline bool fp_pairwise_op(unsigned op)
{
    return op == FPOP_FMAXNMP || op == FPOP_FADDP || op == FPOP_FMAXP || op == FPOP_FMINNMP ||
           op == FPOP_FMINP;
}

static inline uint64_t fp_all_ones_if(bool cond, unsigned N)
{
    return cond ? ones(N) : 0;
}

/* One element: element1 = a, element2 = b, the destination element acc (the
   addend of FMLA/FMLS).  A pairwise opcode computes its element operation
   (op & 0x0f: FMAXNMP is FMAXNM, ...). */
static uint64_t fp_elem(unsigned op, uint64_t a, uint64_t b, uint64_t acc, unsigned N, FPCtx *c)
{
    if (fp_pairwise_op(op))
        op &= 0x0f;
    switch (op) {
    case FPOP_FMAXNM: return FPMaxNum(a, b, N, c);
    case FPOP_FMINNM: return FPMinNum(a, b, N, c);
    case FPOP_FMAX: return FPMax(a, b, N, c);
    case FPOP_FMIN: return FPMin(a, b, N, c);
    /* FMLA, FMLS (vector, by element): FMLS negates element1 first, so a NaN
       element1 comes out with its sign inverted */
    case FPOP_FMLA: return FPMulAdd(acc, a, b, N, c);
    case FPOP_FMLS: return FPMulAdd(acc, FPNeg(a, N), b, N, c);
    case FPOP_FADD: return FPAdd(a, b, N, c);
    case FPOP_FSUB: return FPSub(a, b, N, c);
    case FPOP_FMUL: return FPMul(a, b, N, c);
    case FPOP_FMULX: return FPMulX(a, b, N, c);
    case FPOP_FDIV: return FPDiv(a, b, N, c);
    case FPOP_FABD: return FPAbs(FPSub(a, b, N, c), N);
    case FPOP_FRECPS: return FPRecipStepFused(a, b, N, c);
    case FPOP_FRSQRTS: return FPRSqrtStepFused(a, b, N, c);
    case FPOP_FCMEQ: return fp_all_ones_if(FPCompareEQ(a, b, N, c), N);
    case FPOP_FCMGE: return fp_all_ones_if(FPCompareGE(a, b, N, c), N);
    case FPOP_FCMGT: return fp_all_ones_if(FPCompareGT(a, b, N, c), N);
    /* FACGE, FACGT: the pseudocode's FPAbs of both operands, then compare */
    case FPOP_FACGE: return fp_all_ones_if(FPCompareGE(FPAbs(a, N), FPAbs(b, N), N, c), N);
    case FPOP_FACGT: return fp_all_ones_if(FPCompareGT(FPAbs(a, N), FPAbs(b, N), N, c), N);
    default: return 0;      /* rejected at decode */
    }
}

static inline FPCtx simd_fp_ctx(const CPUState *cpu)
{
    return (FPCtx){ .fpcr = (uint32_t)cpu->sysreg[SR_FPCR], .fpsr = 0 };
}

/* Write the result (Q = 0 and scalar forms leave the upper lanes zero in r)
   and the cumulative flags. */
static inline void simd_fp_finish(CPUState *cpu, const DecodedInsn *d, const VReg *r,
                                  const FPCtx *c)
{
    cpu->v[d->rd] = *r;
    cpu->sysreg[SR_FPSR] |= c->fpsr;
    cpu->pc += 4;
}

/* Three same FP (not pairwise), vector and scalar, and by element
   (SIMD_ELEM: element2 is Vm[imm] for every lane). */
static void exec_simd_fp_three_same(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = simd_fp_ctx(cpu);
    const VReg *vn = &cpu->v[d->rn], *vm = &cpu->v[d->rm], *vd = &cpu->v[d->rd];
    unsigned size = d->size, N = 8u << size, elements = simd_elements(d);
    bool by_elem = d->flags & SIMD_ELEM;
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++) {
        uint64_t b = Elem(vm, by_elem ? (unsigned)d->imm : e, size);
        Elem_set(&r, e, size, fp_elem(d->op, Elem(vn, e, size), b, Elem(vd, e, size), N, &c));
    }
    simd_fp_finish(cpu, d, &r, &c);
}

/* FADDP, FMAXP, FMINP, FMAXNMP, FMINNMP: vector (pairs of the concatenation
   Vm:Vn) and scalar (the two elements of Vn). */
static void exec_simd_fp_pairwise(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = simd_fp_ctx(cpu);
    unsigned size = d->size, N = 8u << size, elements = simd_elements(d);
    bool scalar = d->flags & SIMD_SCALAR;
    VReg concat[2] = { cpu->v[d->rn], cpu->v[d->rm] };
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++) {
        uint64_t x[2];
        for (unsigned k = 0; k < 2; k++) {
            unsigned i = 2 * e + k;
            x[k] = scalar || i < elements ? Elem(&concat[0], i, size)
                                          : Elem(&concat[1], i - elements, size);
        }
        Elem_set(&r, e, size, fp_elem(d->op, x[0], x[1], 0, N, &c));
    }
    simd_fp_finish(cpu, d, &r, &c);
}

/* Reduce() (shared/functions/vector): the halves reduced separately, then
   op(lo, hi). */
static uint64_t fp_reduce(unsigned op, const VReg *v, unsigned first, unsigned count,
                          unsigned size, FPCtx *c)
{
    if (count == 1)
        return Elem(v, first, size);
    unsigned half = count / 2;
    uint64_t hi = fp_reduce(op, v, first + half, half, size, c);
    uint64_t lo = fp_reduce(op, v, first, half, size, c);
    return fp_elem(op, lo, hi, 0, 8u << size, c);
}

/* FMAXNMV, FMINNMV, FMAXV, FMINV: op = FPOP_FMAXNM, FMINNM, FMAX, FMIN. */
static void exec_simd_fp_across(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    FPCtx c = simd_fp_ctx(cpu);
    VReg r = { .d = { 0, 0 } };
    Elem_set(&r, 0, d->size, fp_reduce(d->op, &cpu->v[d->rn], 0, simd_elements(d), d->size, &c));
    simd_fp_finish(cpu, d, &r, &c);
}

/* ---- decode ---- */

bool trans_SIMD_FP_three_same(DecodedInsn *d, const arg_SIMD_FP_three_same *a)
{
    unsigned op = (a->U << 4) | (a->a << 3) | a->opc;
    if (!(fp_three_same_vector & (1u << op)) || (a->sz && !a->Q))    /* sz:Q = 10 reserved */
        return false;
    simd_fill(d, a->rd, a->rn, a->rm, 2 + a->sz, op, simd_flags(a->Q, a->U, false));
    d->fn = fp_pairwise_op(op) ? exec_simd_fp_pairwise : exec_simd_fp_three_same;
    return true;
}

bool trans_SIMD_FP_scalar_three_same(DecodedInsn *d, const arg_SIMD_FP_scalar_three_same *a)
{
    unsigned op = (a->U << 4) | (a->a << 3) | a->opc;
    if (!(fp_three_same_scalar & (1u << op)))
        return false;
    simd_fill(d, a->rd, a->rn, a->rm, 2 + a->sz, op, simd_flags(1, a->U, true));
    d->fn = exec_simd_fp_three_same;
    return true;
}

/* By element, FP (C7.2 FMLA (by element) etc.): index = H:L and Rm = M:Rm
   for single precision; index = H for double, where L = 1 is reserved, as
   is Q = 0 for the vector form. */
static bool fp_elem_form(DecodedInsn *d, unsigned Q, bool scalar, unsigned sz, unsigned H,
                         unsigned L, unsigned M, unsigned rm4, unsigned rn, unsigned rd,
                         unsigned op)
{
    if (sz && (L || (!scalar && !Q)))
        return false;
    simd_fill(d, rd, rn, (M << 4) | rm4, 2 + sz, op, simd_flags(Q, 0, scalar) | SIMD_ELEM);
    d->imm = sz ? H : (H << 1) | L;
    d->fn = exec_simd_fp_three_same;
    return true;
}

/* FMLA (o = 0), FMLS (o = 1) */
bool trans_SIMD_FP_elem_fmla(DecodedInsn *d, const arg_SIMD_FP_elem_fmla *a)
{
    return fp_elem_form(d, a->Q, false, a->sz, a->H, a->L, a->M, a->rm, a->rn, a->rd,
                        a->o ? FPOP_FMLS : FPOP_FMLA);
}

/* FMUL (U = 0), FMULX (U = 1) */
bool trans_SIMD_FP_elem_fmul(DecodedInsn *d, const arg_SIMD_FP_elem_fmul *a)
{
    return fp_elem_form(d, a->Q, false, a->sz, a->H, a->L, a->M, a->rm, a->rn, a->rd,
                        a->U ? FPOP_FMULX : FPOP_FMUL);
}

bool trans_SIMD_FP_scalar_elem_fmla(DecodedInsn *d, const arg_SIMD_FP_scalar_elem_fmla *a)
{
    return fp_elem_form(d, 1, true, a->sz, a->H, a->L, a->M, a->rm, a->rn, a->rd,
                        a->o ? FPOP_FMLS : FPOP_FMLA);
}

bool trans_SIMD_FP_scalar_elem_fmul(DecodedInsn *d, const arg_SIMD_FP_scalar_elem_fmul *a)
{
    return fp_elem_form(d, 1, true, a->sz, a->H, a->L, a->M, a->rm, a->rn, a->rd,
                        a->U ? FPOP_FMULX : FPOP_FMUL);
}

/* Scalar pairwise: opc = opcode<1:0>, 00 FMAXNMP/FMINNMP, 01 FADDP (o1 = 0
   only), 11 FMAXP/FMINP; 10 unallocated.  The operand is Vn.2S or Vn.2D. */
bool trans_SIMD_FP_scalar_pairwise(DecodedInsn *d, const arg_SIMD_FP_scalar_pairwise *a)
{
    static const int8_t ops[2][4] = {
        { FPOP_FMAXNMP, FPOP_FADDP, -1, FPOP_FMAXP },
        { FPOP_FMINNMP, -1, -1, FPOP_FMINP },
    };
    int op = ops[a->o1][a->opc];
    if (op < 0)
        return false;
    simd_fill(d, a->rd, a->rn, a->rn, 2 + a->sz, (unsigned)op, simd_flags(1, 1, true));
    d->fn = exec_simd_fp_pairwise;
    return true;
}

/* Across lanes: opc = opcode<1:0>, 00 FMAXNMV/FMINNMV, 11 FMAXV/FMINV;
   only the 4S arrangement (Q = 1, sz = 0) is allocated. */
bool trans_SIMD_FP_across(DecodedInsn *d, const arg_SIMD_FP_across *a)
{
    static const int8_t ops[2][4] = {
        { FPOP_FMAXNM, -1, -1, FPOP_FMAX },
        { FPOP_FMINNM, -1, -1, FPOP_FMIN },
    };
    int op = ops[a->o1][a->opc];
    if (op < 0 || a->sz || !a->Q)
        return false;
    simd_fill(d, a->rd, a->rn, 0, 2, (unsigned)op, simd_flags(1, 1, false));
    d->fn = exec_simd_fp_across;
    return true;
}
