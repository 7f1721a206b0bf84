/* Advanced SIMD three different (C4.1.97), vector and scalar: SADDL,
   UADDL, SADDW, UADDW, SSUBL, USUBL, SSUBW, USUBW, ADDHN, RADDHN, SUBHN,
   RSUBHN, SABAL, UABAL, SABDL, UABDL, SMLAL, UMLAL, SMLSL, UMLSL, SMULL,
   UMULL, SQDMLAL, SQDMLSL, SQDMULL, PMULL (bytes; the 64-bit PMULL of
   FEAT_PMULL is PMULL_1q in crypto.c); and the long multiplies by element: SMULL,
   UMULL, SMLAL, UMLAL, SMLSL, UMLSL, SQDMULL, SQDMLAL, SQDMLSL. */
#include "sim/exec/simd_int.h"

enum {
    TD_ADDL = 0x0, TD_ADDW = 0x1, TD_SUBL = 0x2, TD_SUBW = 0x3, TD_ADDHN = 0x4, TD_ABAL = 0x5,
    TD_SUBHN = 0x6, TD_ABDL = 0x7, TD_MLAL = 0x8, TD_QDMLAL = 0x9, TD_MLSL = 0xa,
    TD_QDMLSL = 0xb, TD_MULL = 0xc, TD_QDMULL = 0xd, TD_PMULL = 0xe,
};

/* One lane: x, y the operands as integers, acc = Elem[Vd, e, 2 * esize]. */
static uint64_t long_elem(unsigned opc, unsigned size, int128 x, int128 y, uint64_t acc,
                          uint64_t a, uint64_t b, bool *sat)
{
    unsigned N2 = 16u << size;
    int128 p;
    switch (opc) {
    case TD_ADDL: case TD_ADDW: return (uint64_t)(x + y);
    case TD_SUBL: case TD_SUBW: return (uint64_t)(x - y);
    case TD_ABAL: return acc + (uint64_t)(x >= y ? x - y : y - x);
    case TD_ABDL: return (uint64_t)(x >= y ? x - y : y - x);
    case TD_MLAL: return acc + (uint64_t)(x * y);
    case TD_MLSL: return acc - (uint64_t)(x * y);
    case TD_MULL: return (uint64_t)(x * y);
    case TD_PMULL: return PolynomialMult(a, b, 8u << size);
    default:
        /* SQDMULL, SQDMLAL, SQDMLSL: the doubled product saturates first */
        p = (int128)SatQ(2 * x * y, N2, false, sat);
        p = sextract64((uint64_t)p, 0, N2);
        if (opc == TD_QDMULL)
            return (uint64_t)p;
        if (opc == TD_QDMLSL)
            p = -p;
        return SatQ(simd_Int(acc, size + 1, false) + p, N2, false, sat);
    }
}

static void exec_simd_long(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    unsigned size = d->size, elements = (d->flags & SIMD_SCALAR) ? 1 : 8u >> size;
    bool u = d->flags & SIMD_U, upper = d->flags & SIMD_Q, sat = false;
    bool wide = d->op == TD_ADDW || d->op == TD_SUBW;
    VReg n = wide ? cpu->v[d->rn] : simd_part(cpu, d->rn, upper);
    VReg m = (d->flags & SIMD_ELEM) ? cpu->v[d->rm] : simd_part(cpu, d->rm, upper);
    const VReg *vd = &cpu->v[d->rd];
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++) {
        uint64_t a = wide ? Elem(&n, e, size + 1) : Elem(&n, e, size);
        uint64_t b = Elem(&m, (d->flags & SIMD_ELEM) ? (unsigned)d->imm : e, size);
        int128 x = simd_Int(a, wide ? size + 1 : size, u), y = simd_Int(b, size, u);
        Elem_set(&r, e, size + 1, long_elem(d->op, size, x, y, Elem(vd, e, size + 1), a, b, &sat));
    }
    cpu->v[d->rd] = r;
    simd_set_qc(cpu, sat);
    cpu->pc += 4;
}

/* ADDHN, RADDHN, SUBHN, RSUBHN (U = round): the high halves of the 2 *
   esize sums to Vpart[d, Q]. */
static void exec_simd_hn(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    unsigned size = d->size, N = 8u << size, elements = 8u >> size;
    const VReg *vn = &cpu->v[d->rn], *vm = &cpu->v[d->rm];
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++) {
        int128 x = simd_Int(Elem(vn, e, size + 1), size + 1, true);
        int128 y = simd_Int(Elem(vm, e, size + 1), size + 1, true);
        int128 s = d->op == TD_SUBHN ? x - y : x + y;
        if (d->flags & SIMD_U)
            s += (int128)1 << (N - 1);
        Elem_set(&r, e, size, (uint64_t)(s >> N));
    }
    simd_write_part(cpu, d->rd, d->flags & SIMD_Q, r.d[0]);
    cpu->pc += 4;
}

bool trans_SIMD_three_diff(DecodedInsn *d, const arg_SIMD_three_diff *a)
{
    unsigned opc = a->opc;
    if (a->size == 3 || opc == 0xf)
        return false;
    if ((opc == TD_QDMLAL || opc == TD_QDMLSL || opc == TD_QDMULL) && (a->U || a->size == 0))
        return false;
    if (opc == TD_PMULL && (a->U || a->size != 0))
        return false;
    simd_fill(d, a->rd, a->rn, a->rm, a->size, opc, simd_flags(a->Q, a->U, false));
    d->fn = (opc == TD_ADDHN || opc == TD_SUBHN) ? exec_simd_hn : exec_simd_long;
    return true;
}

/* Scalar SQDMLAL (opc 00), SQDMLSL (01), SQDMULL (10): H and S sources. */
bool trans_SIMD_scalar_three_diff(DecodedInsn *d, const arg_SIMD_scalar_three_diff *a)
{
    if (a->size == 0 || a->size == 3 || a->opc == 3)
        return false;
    simd_fill(d, a->rd, a->rn, a->rm, a->size, TD_QDMLAL + 2 * a->opc, simd_flags(0, 0, true));
    d->fn = exec_simd_long;
    return true;
}

/* ---- by element ---- */

static bool elem_long(DecodedInsn *d, unsigned Q, unsigned U, bool scalar, unsigned size,
                      unsigned H, unsigned L, unsigned M, unsigned rm4, unsigned rn, unsigned rd,
                      unsigned opc)
{
    unsigned index, rm;
    if (!simd_elem_index(size, H, L, M, rm4, &index, &rm))
        return false;
    simd_fill(d, rd, rn, rm, size, opc, simd_flags(scalar ? 0 : Q, U, scalar) | SIMD_ELEM);
    d->imm = index;
    d->fn = exec_simd_long;
    return true;
}

/* SMLAL, UMLAL (o = 0), SMLSL, UMLSL (o = 1) */
bool trans_SIMD_elem_long(DecodedInsn *d, const arg_SIMD_elem_long *a)
{
    return elem_long(d, a->Q, a->U, false, a->size, a->H, a->L, a->M, a->rm, a->rn, a->rd,
                     a->o ? TD_MLSL : TD_MLAL);
}

bool trans_SIMD_elem_mull(DecodedInsn *d, const arg_SIMD_elem_mull *a)
{
    return elem_long(d, a->Q, a->U, false, a->size, a->H, a->L, a->M, a->rm, a->rn, a->rd,
                     TD_MULL);
}

/* SQDMLAL (o = 0), SQDMLSL (o = 1) */
bool trans_SIMD_elem_sqdmlal(DecodedInsn *d, const arg_SIMD_elem_sqdmlal *a)
{
    return elem_long(d, a->Q, 0, false, a->size, a->H, a->L, a->M, a->rm, a->rn, a->rd,
                     a->o ? TD_QDMLSL : TD_QDMLAL);
}

bool trans_SIMD_elem_sqdmull(DecodedInsn *d, const arg_SIMD_elem_sqdmull *a)
{
    return elem_long(d, a->Q, 0, false, a->size, a->H, a->L, a->M, a->rm, a->rn, a->rd,
                     TD_QDMULL);
}

bool trans_SIMD_scalar_elem_sqdmlal(DecodedInsn *d, const arg_SIMD_scalar_elem_sqdmlal *a)
{
    return elem_long(d, 0, 0, true, a->size, a->H, a->L, a->M, a->rm, a->rn, a->rd,
                     a->o ? TD_QDMLSL : TD_QDMLAL);
}

bool trans_SIMD_scalar_elem_sqdmull(DecodedInsn *d, const arg_SIMD_scalar_elem_sqdmull *a)
{
    return elem_long(d, 0, 0, true, a->size, a->H, a->L, a->M, a->rm, a->rn, a->rd, TD_QDMULL);
}
