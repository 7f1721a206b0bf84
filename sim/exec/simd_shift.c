/* Advanced SIMD shift by immediate (C4.1.97), vector and scalar: SSHR,
   USHR, SSRA, USRA, SRSHR, URSHR, SRSRA, URSRA, SRI, SHL, SLI, SQSHL,
   UQSHL, SQSHLU (immediate); the narrowing SHRN, RSHRN, SQSHRN, UQSHRN,
   SQRSHRN, UQRSHRN, SQSHRUN, SQRSHRUN; the lengthening SSHLL, USHLL.  The
   fixed-point conversions of the same encoding space are FP.

   The element size comes from the pattern (the leading one of immh);
   ib is immh:immb below it, so UInt(immh:immb) = esize + ib: a right shift
   is 2 * esize - UInt(immh:immb) = esize - ib, a left shift ib. */
#include "sim/exec/simd_int.h"

enum {
    SH_SHR = 0x00, SH_SRA = 0x02, SH_RSHR = 0x04, SH_RSRA = 0x06, SH_SRI = 0x08,
    SH_SHL = 0x0a, SH_QSHLU = 0x0c, SH_QSHL = 0x0e,
    SH_SHRN = 0x10, SH_RSHRN = 0x11, SH_QSHRN = 0x12, SH_QRSHRN = 0x13, SH_SHLL = 0x14,
};

static bool is_right_shift(unsigned opc)
{
    return opc <= SH_SRI || (opc >= SH_SHRN && opc <= SH_QRSHRN);
}

/* Same-width shifts: imm = shift. */
static void exec_simd_shift(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    const VReg *vn = &cpu->v[d->rn], *vd = &cpu->v[d->rd];
    unsigned size = d->size, N = 8u << size, elements = simd_elements(d), sh = (unsigned)d->imm;
    bool u = d->flags & SIMD_U, sat = false;
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++) {
        uint64_t a = Elem(vn, e, size), acc = Elem(vd, e, size), res, mask;
        int128 x = simd_Int(a, size, u);
        switch (d->op) {
        case SH_SHR: res = (uint64_t)(x >> sh); break;
        case SH_SRA: res = acc + (uint64_t)(x >> sh); break;
        case SH_RSHR: res = (uint64_t)simd_shift(x, -(int)sh, true); break;
        case SH_RSRA: res = acc + (uint64_t)simd_shift(x, -(int)sh, true); break;
        case SH_SRI:
            mask = sh >= 64 ? 0 : ones(N) >> sh;
            res = (acc & ~mask) | (sh >= 64 ? 0 : a >> sh);
            break;
        case SH_SHL:                    /* SHL; SLI (U = 1) keeps the low bits of Vd */
            mask = u ? ones(N) << sh : ~0ull;
            res = (acc & ~mask) | (a << sh);
            break;
        case SH_QSHLU:
            res = SatQ(simd_shift(simd_Int(a, size, false), (int)sh, false), N, true, &sat);
            break;
        default:                        /* SQSHL, UQSHL */
            res = SatQ(simd_shift(x, (int)sh, false), N, u, &sat);
            break;
        }
        Elem_set(&r, e, size, res);
    }
    cpu->v[d->rd] = r;
    simd_set_qc(cpu, sat);
    cpu->pc += 4;
}

/* Narrowing right shifts: Elem[V[n], e, 2 * esize] to Vpart[d, Q], or the
   scalar. */
static void exec_simd_shift_narrow(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    const VReg *vn = &cpu->v[d->rn];
    unsigned size = d->size, N = 8u << size, sh = (unsigned)d->imm;
    unsigned elements = (d->flags & SIMD_SCALAR) ? 1 : 8u >> size;
    bool u = d->flags & SIMD_U, round = d->op & 1, sat = false;
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++) {
        uint64_t a = Elem(vn, e, size + 1), res;
        switch (d->op) {
        case SH_SHRN: case SH_RSHRN:
            if (u)                      /* SQSHRUN, SQRSHRUN: signed source, unsigned result */
                res = SatQ(simd_shift(simd_Int(a, size + 1, false), -(int)sh, round), N, true,
                           &sat);
            else
                res = (uint64_t)simd_shift(simd_Int(a, size + 1, true), -(int)sh, round);
            break;
        default:                        /* SQSHRN, UQSHRN, SQRSHRN, UQRSHRN */
            res = SatQ(simd_shift(simd_Int(a, size + 1, u), -(int)sh, round), N, u, &sat);
            break;
        }
        Elem_set(&r, e, size, res);
    }
    simd_write_part(cpu, d->rd, !(d->flags & SIMD_SCALAR) && (d->flags & SIMD_Q), r.d[0]);
    simd_set_qc(cpu, sat);
    cpu->pc += 4;
}

/* SSHLL, USHLL: Vpart[n, Q] to 2 * esize elements. */
static void exec_simd_shll_imm(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    unsigned size = d->size, elements = 8u >> size;
    bool u = d->flags & SIMD_U;
    VReg src = simd_part(cpu, d->rn, d->flags & SIMD_Q), r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++)
        Elem_set(&r, e, size + 1, (uint64_t)simd_Int(Elem(&src, e, size), size, u) << d->imm);
    cpu->v[d->rd] = r;
    cpu->pc += 4;
}

/* The UNDEFINED cases: immh = 1xxx with Q = 0 (vector) and scalar shifts
   other than the saturating ones below D; opcodes without U = 0 forms. */
static bool shift_imm(DecodedInsn *d, bool scalar, unsigned Q, unsigned U, unsigned size,
                      unsigned ib, unsigned opc, unsigned rn, unsigned rd)
{
    switch (opc) {
    case SH_SHR: case SH_SRA: case SH_RSHR: case SH_RSRA: case SH_SHL:
        break;
    case SH_SRI: case SH_QSHLU:
        if (!U)
            return false;
        break;
    case SH_QSHL:
        break;
    default:
        return false;
    }
    if (scalar ? (size != 3 && opc != SH_QSHL && opc != SH_QSHLU) : (size == 3 && !Q))
        return false;
    simd_fill(d, rd, rn, 0, size, opc, simd_flags(scalar ? 1 : Q, U, scalar));
    d->imm = is_right_shift(opc) ? (8u << size) - ib : ib;
    d->fn = exec_simd_shift;
    return true;
}

/* opc = opcode<2:0> of 10xxx; size is the narrow element (immh = 1xxx has
   no pattern: reserved). */
static bool shift_narrow(DecodedInsn *d, bool scalar, unsigned Q, unsigned U, unsigned size,
                         unsigned ib, unsigned opc, unsigned rn, unsigned rd)
{
    opc |= 0x10;
    if (opc > SH_SHLL || (scalar && (opc == SH_SHLL || (opc <= SH_RSHRN && !U))))
        return false;
    simd_fill(d, rd, rn, 0, size, opc, simd_flags(scalar ? 1 : Q, U, scalar));
    d->imm = is_right_shift(opc) ? (8u << size) - ib : ib;
    d->fn = opc == SH_SHLL ? exec_simd_shll_imm : exec_simd_shift_narrow;
    return true;
}

bool trans_SIMD_shift_b(DecodedInsn *d, const arg_SIMD_shift_b *a)
{
    return shift_imm(d, false, a->Q, a->U, 0, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_shift_h(DecodedInsn *d, const arg_SIMD_shift_h *a)
{
    return shift_imm(d, false, a->Q, a->U, 1, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_shift_s(DecodedInsn *d, const arg_SIMD_shift_s *a)
{
    return shift_imm(d, false, a->Q, a->U, 2, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_shift_d(DecodedInsn *d, const arg_SIMD_shift_d *a)
{
    return shift_imm(d, false, a->Q, a->U, 3, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_shift_narrow_b(DecodedInsn *d, const arg_SIMD_shift_narrow_b *a)
{
    return shift_narrow(d, false, a->Q, a->U, 0, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_shift_narrow_h(DecodedInsn *d, const arg_SIMD_shift_narrow_h *a)
{
    return shift_narrow(d, false, a->Q, a->U, 1, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_shift_narrow_s(DecodedInsn *d, const arg_SIMD_shift_narrow_s *a)
{
    return shift_narrow(d, false, a->Q, a->U, 2, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_scalar_shift_b(DecodedInsn *d, const arg_SIMD_scalar_shift_b *a)
{
    return shift_imm(d, true, 1, a->U, 0, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_scalar_shift_h(DecodedInsn *d, const arg_SIMD_scalar_shift_h *a)
{
    return shift_imm(d, true, 1, a->U, 1, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_scalar_shift_s(DecodedInsn *d, const arg_SIMD_scalar_shift_s *a)
{
    return shift_imm(d, true, 1, a->U, 2, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_scalar_shift_d(DecodedInsn *d, const arg_SIMD_scalar_shift_d *a)
{
    return shift_imm(d, true, 1, a->U, 3, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_scalar_shift_narrow_b(DecodedInsn *d, const arg_SIMD_scalar_shift_narrow_b *a)
{
    return shift_narrow(d, true, 1, a->U, 0, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_scalar_shift_narrow_h(DecodedInsn *d, const arg_SIMD_scalar_shift_narrow_h *a)
{
    return shift_narrow(d, true, 1, a->U, 1, a->ib, a->opc, a->rn, a->rd);
}

bool trans_SIMD_scalar_shift_narrow_s(DecodedInsn *d, const arg_SIMD_scalar_shift_narrow_s *a)
{
    return shift_narrow(d, true, 1, a->U, 2, a->ib, a->opc, a->rn, a->rd);
}
