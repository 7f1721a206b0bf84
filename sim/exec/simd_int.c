/* Advanced SIMD integer arithmetic (C4.1.97), three same (vector and
   scalar), multiply by element of the same size (MUL, MLA, MLS, SQDMULH,
   SQRDMULH), across lanes and pairwise.  References: C7.2 of each
   instruction; the shared helpers are in simd_int.h. */
#include "sim/exec/simd_int.h"

/* Three same opcodes (the 5-bit opcode field). */
enum {
    TS_HADD = 0x00, TS_QADD = 0x01, TS_RHADD = 0x02, TS_LOGIC = 0x03, TS_HSUB = 0x04,
    TS_QSUB = 0x05, TS_CMGT = 0x06, TS_CMGE = 0x07, TS_SHL = 0x08, TS_QSHL = 0x09,
    TS_RSHL = 0x0a, TS_QRSHL = 0x0b, TS_MAX = 0x0c, TS_MIN = 0x0d, TS_ABD = 0x0e,
    TS_ABA = 0x0f, TS_ADD = 0x10, TS_CMTST = 0x11, TS_MLA = 0x12, TS_MUL = 0x13,
    TS_MAXP = 0x14, TS_MINP = 0x15, TS_QDMULH = 0x16, TS_ADDP = 0x17,
};

static inline uint64_t all_ones_if(bool c)
{
    return c ? ~0ull : 0;
}

/* One lane of a three same operation: a = Elem[Vn], b = Elem[Vm] (or the
   indexed element), acc = Elem[Vd].  U selects unsigned, or for
   SQDMULH/SQRDMULH rounding, and SUB/CMEQ/MLS/PMUL for their opcodes. */
static uint64_t three_same_elem(unsigned opc, bool u, unsigned size, uint64_t a, uint64_t b,
                                uint64_t acc, bool *sat)
{
    unsigned N = 8u << size;
    int128 x = simd_Int(a, size, u), y = simd_Int(b, size, u);
    switch (opc) {
    case TS_HADD: return (uint64_t)((x + y) >> 1);
    case TS_QADD: return SatQ(x + y, N, u, sat);
    case TS_RHADD: return (uint64_t)((x + y + 1) >> 1);
    case TS_HSUB: return (uint64_t)((x - y) >> 1);
    case TS_QSUB: return SatQ(x - y, N, u, sat);
    case TS_CMGT: return all_ones_if(x > y);            /* CMGT, CMHI */
    case TS_CMGE: return all_ones_if(x >= y);           /* CMGE, CMHS */
    /* SSHL..UQRSHL: the shift is SInt(Elem[Vm]<7:0>) whatever U */
    case TS_SHL: return (uint64_t)simd_shift(x, (int8_t)b, false);
    case TS_QSHL: return SatQ(simd_shift(x, (int8_t)b, false), N, u, sat);
    case TS_RSHL: return (uint64_t)simd_shift(x, (int8_t)b, true);
    case TS_QRSHL: return SatQ(simd_shift(x, (int8_t)b, true), N, u, sat);
    case TS_MAX: return (uint64_t)(x >= y ? x : y);
    case TS_MIN: return (uint64_t)(x >= y ? y : x);
    case TS_ABD: return (uint64_t)(x >= y ? x - y : y - x);
    case TS_ABA: return acc + (uint64_t)(x >= y ? x - y : y - x);
    case TS_ADD: return u ? a - b : a + b;
    case TS_CMTST: return all_ones_if(u ? ((a ^ b) & ones(N)) == 0 : (a & b & ones(N)) != 0);
    case TS_MLA: return u ? acc - a * b : acc + a * b;
    case TS_MUL: return u ? PolynomialMult(a, b, N) : a * b;
    case TS_QDMULH: {
        /* SQDMULH, SQRDMULH: signed operands, U = rounding */
        int128 p = 2 * (int128)sextract64(a, 0, N) * sextract64(b, 0, N);
        if (u)
            p += (int128)1 << (N - 1);
        return SatQ(p >> N, N, false, sat);
    }
    default: return 0;      /* rejected at decode */
    }
}

void exec_simd_three_same(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    const VReg *vn = &cpu->v[d->rn], *vm = &cpu->v[d->rm], *vd = &cpu->v[d->rd];
    unsigned size = d->size, elements = simd_elements(d);
    bool u = d->flags & SIMD_U, by_elem = d->flags & SIMD_ELEM, sat = false;
    uint64_t b = by_elem ? Elem(vm, (unsigned)d->imm, size) : 0;
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++) {
        if (!by_elem)
            b = Elem(vm, e, size);
        Elem_set(&r, e, size,
                 three_same_elem(d->op, u, size, Elem(vn, e, size), b, Elem(vd, e, size), &sat));
    }
    cpu->v[d->rd] = r;
    simd_set_qc(cpu, sat);
    cpu->pc += 4;
}

/* AND, BIC, ORR, ORN (U = 0) and EOR, BSL, BIT, BIF (U = 1): op = U:opc2
   (the size field).  C7.2 AND (vector) ... BIF: the pseudocode's
   operand1 EOR ((operand2 EOR operand4) AND operand3). */
static void exec_simd_logic(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    unsigned words = (d->flags & SIMD_Q) ? 2 : 1;
    VReg r = { .d = { 0, 0 } };
    for (unsigned i = 0; i < words; i++) {
        uint64_t n = cpu->v[d->rn].d[i], m = cpu->v[d->rm].d[i], dd = cpu->v[d->rd].d[i];
        switch (d->op) {
        case 0: r.d[i] = n & m; break;                  /* AND */
        case 1: r.d[i] = n & ~m; break;                 /* BIC */
        case 2: r.d[i] = n | m; break;                  /* ORR */
        case 3: r.d[i] = n | ~m; break;                 /* ORN */
        case 4: r.d[i] = n ^ m; break;                  /* EOR */
        case 5: r.d[i] = m ^ ((m ^ n) & dd); break;     /* BSL */
        case 6: r.d[i] = dd ^ ((dd ^ n) & m); break;    /* BIT */
        default: r.d[i] = dd ^ ((dd ^ n) & ~m); break;  /* BIF */
        }
    }
    cpu->v[d->rd] = r;
    cpu->pc += 4;
}

/* Element i of the pairwise concatenation Vm:Vn (of the vector's width),
   or of Vn alone for the scalar ADDP. */
static uint64_t pair_elem(const CPUState *cpu, const DecodedInsn *d, unsigned i, unsigned elements)
{
    if (d->flags & SIMD_SCALAR)
        return Elem(&cpu->v[d->rn], i, d->size);
    return i < elements ? Elem(&cpu->v[d->rn], i, d->size)
                        : Elem(&cpu->v[d->rm], i - elements, d->size);
}

/* ADDP (vector and scalar), SMAXP, UMAXP, SMINP, UMINP. */
static void exec_simd_pairwise(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    unsigned size = d->size, elements = simd_elements(d);
    bool u = d->flags & SIMD_U, sat = false;
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++) {
        uint64_t a = pair_elem(cpu, d, 2 * e, elements), b = pair_elem(cpu, d, 2 * e + 1, elements);
        unsigned opc = d->op == TS_MAXP ? TS_MAX : d->op == TS_MINP ? TS_MIN : TS_ADD;
        Elem_set(&r, e, size, three_same_elem(opc, opc == TS_ADD ? false : u, size, a, b, 0, &sat));
    }
    cpu->v[d->rd] = r;
    cpu->pc += 4;
}

/* The UNDEFINED cases of the vector three same encodings (C4.1.97 table
   "Advanced SIMD three same" and each instruction's decode). */
static bool three_same(DecodedInsn *d, unsigned Q, unsigned U, unsigned size, unsigned opc,
                       unsigned rm, unsigned rn, unsigned rd)
{
    bool size_q_110 = size == 3 && !Q;
    switch (opc) {
    case TS_LOGIC:
        simd_fill(d, rd, rn, rm, 0, (U << 2) | size, simd_flags(Q, U, false));
        d->fn = exec_simd_logic;
        return true;
    case TS_HADD: case TS_RHADD: case TS_HSUB: case TS_MAX: case TS_MIN: case TS_ABD:
    case TS_ABA: case TS_MLA: case TS_MAXP: case TS_MINP:
        if (size == 3)
            return false;
        break;
    case TS_MUL:            /* MUL; PMUL (U = 1) is bytes only */
        if (U ? size != 0 : size == 3)
            return false;
        break;
    case TS_QDMULH:
        if (size == 0 || size == 3)
            return false;
        break;
    case TS_ADDP:
        if (U || size_q_110)
            return false;
        break;
    default:
        if (size_q_110)
            return false;
        break;
    }
    simd_fill(d, rd, rn, rm, size, opc, simd_flags(Q, U, false));
    d->fn = (opc == TS_MAXP || opc == TS_MINP || opc == TS_ADDP) ? exec_simd_pairwise
                                                                  : exec_simd_three_same;
    return true;
}

bool trans_SIMD_three_same_0(DecodedInsn *d, const arg_SIMD_three_same_0 *a)
{
    return three_same(d, a->Q, a->U, a->size, a->opc, a->rm, a->rn, a->rd);
}

bool trans_SIMD_three_same_10(DecodedInsn *d, const arg_SIMD_three_same_10 *a)
{
    return three_same(d, a->Q, a->U, a->size, 0x10 | a->opc, a->rm, a->rn, a->rd);
}

/* Scalar three same: the saturating operations at every size, the others
   on D only, SQDMULH/SQRDMULH on H and S. */
static bool scalar_three_same(DecodedInsn *d, unsigned U, unsigned size, unsigned opc,
                              unsigned rm, unsigned rn, unsigned rd)
{
    switch (opc) {
    case TS_QADD: case TS_QSUB: case TS_QSHL: case TS_QRSHL:
        break;
    case TS_CMGT: case TS_CMGE: case TS_SHL: case TS_RSHL: case TS_ADD: case TS_CMTST:
        if (size != 3)
            return false;
        break;
    case TS_QDMULH:
        if (size == 0 || size == 3)
            return false;
        break;
    default:
        return false;
    }
    simd_fill(d, rd, rn, rm, size, opc, simd_flags(1, U, true));
    d->fn = exec_simd_three_same;
    return true;
}

bool trans_SIMD_scalar_three_same_0(DecodedInsn *d, const arg_SIMD_scalar_three_same_0 *a)
{
    return scalar_three_same(d, a->U, a->size, a->opc, a->rm, a->rn, a->rd);
}

bool trans_SIMD_scalar_three_same_10(DecodedInsn *d, const arg_SIMD_scalar_three_same_10 *a)
{
    return scalar_three_same(d, a->U, a->size, 0x10 | a->opc, a->rm, a->rn, a->rd);
}

/* ---- by element, same size: MUL, MLA, MLS, SQDMULH, SQRDMULH ---- */

static bool elem_same(DecodedInsn *d, unsigned Q, unsigned U, bool scalar, unsigned size,
                      unsigned H, unsigned L, unsigned M, unsigned rm4, unsigned rn, unsigned rd,
                      unsigned opc)
{
    unsigned index, rm;
    if (!simd_elem_index(size, H, L, M, rm4, &index, &rm))
        return false;
    simd_fill(d, rd, rn, rm, size, opc, simd_flags(Q, U, scalar) | SIMD_ELEM);
    d->imm = index;
    d->fn = exec_simd_three_same;
    return true;
}

/* MLA (o = 0), MLS (o = 1): U = 1, opcode 0o00. */
bool trans_SIMD_elem_mla(DecodedInsn *d, const arg_SIMD_elem_mla *a)
{
    return elem_same(d, a->Q, a->o, false, a->size, a->H, a->L, a->M, a->rm, a->rn, a->rd, TS_MLA);
}

bool trans_SIMD_elem_mul(DecodedInsn *d, const arg_SIMD_elem_mul *a)
{
    return elem_same(d, a->Q, 0, false, a->size, a->H, a->L, a->M, a->rm, a->rn, a->rd, TS_MUL);
}

/* SQDMULH (o = 0), SQRDMULH (o = 1) */
bool trans_SIMD_elem_sqdmulh(DecodedInsn *d, const arg_SIMD_elem_sqdmulh *a)
{
    return elem_same(d, a->Q, a->o, false, a->size, a->H, a->L, a->M, a->rm, a->rn, a->rd,
                     TS_QDMULH);
}

bool trans_SIMD_scalar_elem_sqdmulh(DecodedInsn *d, const arg_SIMD_scalar_elem_sqdmulh *a)
{
    return elem_same(d, 1, a->o, true, a->size, a->H, a->L, a->M, a->rm, a->rn, a->rd,
                     TS_QDMULH);
}

/* ---- across lanes: ADDV, SADDLV, UADDLV, SMAXV, UMAXV, SMINV, UMINV ---- */

enum { AL_ADDLV = 0x03, AL_MAXV = 0x0a, AL_MINV = 0x1a, AL_ADDV = 0x1b };

static void exec_simd_across(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    const VReg *vn = &cpu->v[d->rn];
    unsigned size = d->size, elements = simd_elements(d);
    bool u = d->flags & SIMD_U;
    int128 acc = simd_Int(Elem(vn, 0, size), size, u);
    for (unsigned e = 1; e < elements; e++) {
        int128 x = simd_Int(Elem(vn, e, size), size, u);
        switch (d->op) {
        case AL_MAXV: acc = x > acc ? x : acc; break;
        case AL_MINV: acc = x < acc ? x : acc; break;
        default: acc += x; break;
        }
    }
    unsigned rsize = d->op == AL_ADDLV ? size + 1 : size;
    cpu->v[d->rd] = (VReg){ .d = { (uint64_t)acc & ones(8u << rsize), 0 } };
    cpu->pc += 4;
}

/* size:Q = 100 and size = 11 are reserved for all of them. */
static bool across(DecodedInsn *d, unsigned Q, unsigned U, unsigned size, unsigned rn,
                   unsigned rd, unsigned opc)
{
    if (size == 3 || (size == 2 && !Q))
        return false;
    simd_fill(d, rd, rn, 0, size, opc, simd_flags(Q, U, false));
    d->fn = exec_simd_across;
    return true;
}

bool trans_SIMD_addlv(DecodedInsn *d, const arg_SIMD_addlv *a)
{
    return across(d, a->Q, a->U, a->size, a->rn, a->rd, AL_ADDLV);
}

/* SMAXV, UMAXV (o = 0), SMINV, UMINV (o = 1) */
bool trans_SIMD_maxv_minv(DecodedInsn *d, const arg_SIMD_maxv_minv *a)
{
    return across(d, a->Q, a->U, a->size, a->rn, a->rd, a->o ? AL_MINV : AL_MAXV);
}

bool trans_SIMD_addv(DecodedInsn *d, const arg_SIMD_addv *a)
{
    return across(d, a->Q, 0, a->size, a->rn, a->rd, AL_ADDV);
}

/* Scalar pairwise ADDP: D only. */
bool trans_SIMD_scalar_addp(DecodedInsn *d, const arg_SIMD_scalar_addp *a)
{
    if (a->size != 3)
        return false;
    simd_fill(d, a->rd, a->rn, a->rn, 3, TS_ADDP, simd_flags(1, 0, true));
    d->fn = exec_simd_pairwise;
    return true;
}
