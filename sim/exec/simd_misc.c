/* Advanced SIMD two-register miscellaneous, integer (C4.1.97), vector and
   scalar: REV16, REV32, REV64, SADDLP, UADDLP, SADALP, UADALP, SUQADD,
   USQADD, CLS, CLZ, CNT, NOT, RBIT, SQABS, SQNEG, ABS, NEG, CMGT, CMEQ,
   CMLT, CMGE, CMLE (zero), XTN, SQXTN, UQXTN, SQXTUN, SHLL. */
#include "sim/exec/simd_int.h"

enum {
    MI_REV = 0x00, MI_REV16 = 0x01, MI_ADDLP = 0x02, MI_SQADD = 0x03, MI_CLZ = 0x04,
    MI_CNT = 0x05, MI_ADALP = 0x06, MI_QABS = 0x07, MI_CMGT0 = 0x08, MI_CMEQ0 = 0x09,
    MI_CMLT0 = 0x0a, MI_ABS = 0x0b, MI_XTN = 0x12, MI_SHLL = 0x13, MI_QXTN = 0x14,
    MI_RBIT = 0x20,         /* opcode 00101 with U = 1, size = 01 (decoded on bytes) */
};

/* Number of significant bits of x (0 for 0). */
static unsigned bit_length(uint64_t x)
{
    return x ? 64u - (unsigned)__builtin_clzll(x) : 0;
}

static uint64_t bit_reverse8(uint64_t x)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < 8; i++)
        r |= ((x >> i) & 1) << (7 - i);
    return r;
}

static uint64_t misc_elem(unsigned opc, bool u, unsigned size, uint64_t a, uint64_t acc, bool *sat)
{
    unsigned N = 8u << size;
    int128 x = simd_Int(a, size, false);
    switch (opc) {
    case MI_SQADD:
        /* SUQADD: Vd signed + Vn unsigned; USQADD: Vd unsigned + Vn signed */
        return SatQ(simd_Int(acc, size, u) + simd_Int(a, size, !u), N, u, sat);
    case MI_CLZ:
        if (u)                                  /* CLZ */
            return N - bit_length(a & ones(N));
        /* CLS: CountLeadingSignBits() */
        return (N - 1) - bit_length(((a >> 1) ^ a) & ones(N - 1));
    case MI_CNT: return u ? ~a : (uint64_t)__builtin_popcountll(a);     /* NOT, CNT */
    case MI_RBIT: return bit_reverse8(a);
    case MI_QABS: return SatQ(u ? -x : x < 0 ? -x : x, N, false, sat);
    case MI_CMGT0: return (u ? x >= 0 : x > 0) ? ~0ull : 0;     /* CMGT, CMGE */
    case MI_CMEQ0: return (u ? x <= 0 : x == 0) ? ~0ull : 0;    /* CMEQ, CMLE */
    case MI_CMLT0: return x < 0 ? ~0ull : 0;
    default: return (uint64_t)(u ? -x : x < 0 ? -x : x);        /* ABS, NEG */
    }
}

static void exec_simd_misc(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    const VReg *vn = &cpu->v[d->rn], *vd = &cpu->v[d->rd];
    unsigned size = d->size, elements = simd_elements(d);
    bool u = d->flags & SIMD_U, sat = false;
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++)
        Elem_set(&r, e, size, misc_elem(d->op, u, size, Elem(vn, e, size), Elem(vd, e, size), &sat));
    cpu->v[d->rd] = r;
    simd_set_qc(cpu, sat);
    cpu->pc += 4;
}

/* REV16, REV32, REV64: imm = the container size in bits. */
static void exec_simd_rev(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    const VReg *vn = &cpu->v[d->rn];
    unsigned size = d->size, elements = simd_elements(d);
    unsigned per_container = (unsigned)d->imm >> (3 + size);
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++)
        Elem_set(&r, e, size, Elem(vn, e ^ (per_container - 1), size));
    cpu->v[d->rd] = r;
    cpu->pc += 4;
}

/* SADDLP, UADDLP, SADALP, UADALP. */
static void exec_simd_addlp(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    const VReg *vn = &cpu->v[d->rn], *vd = &cpu->v[d->rd];
    unsigned size = d->size, elements = simd_elements(d) / 2;
    bool u = d->flags & SIMD_U;
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++) {
        int128 sum = simd_Int(Elem(vn, 2 * e, size), size, u) +
                     simd_Int(Elem(vn, 2 * e + 1, size), size, u);
        uint64_t acc = d->op == MI_ADALP ? Elem(vd, e, size + 1) : 0;
        Elem_set(&r, e, size + 1, acc + (uint64_t)sum);
    }
    cpu->v[d->rd] = r;
    cpu->pc += 4;
}

/* XTN, SQXTUN, SQXTN, UQXTN: Elem[V[n], e, 2 * esize] to Vpart[d, Q] or the
   scalar. */
static void exec_simd_xtn(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    const VReg *vn = &cpu->v[d->rn];
    unsigned size = d->size, N = 8u << size;
    unsigned elements = (d->flags & SIMD_SCALAR) ? 1 : 8u >> size;
    bool u = d->flags & SIMD_U, sat = false;
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++) {
        uint64_t a = Elem(vn, e, size + 1), res;
        if (d->op == MI_QXTN)
            res = SatQ(simd_Int(a, size + 1, u), N, u, &sat);
        else if (u)                             /* SQXTUN */
            res = SatQ(simd_Int(a, size + 1, false), N, true, &sat);
        else                                    /* XTN */
            res = a;
        Elem_set(&r, e, size, res);
    }
    simd_write_part(cpu, d->rd, !(d->flags & SIMD_SCALAR) && (d->flags & SIMD_Q), r.d[0]);
    simd_set_qc(cpu, sat);
    cpu->pc += 4;
}

/* SHLL, SHLL2: Vpart[n, Q] widened and shifted by esize. */
static void exec_simd_shll(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    unsigned size = d->size, elements = 8u >> size;
    VReg src = simd_part(cpu, d->rn, d->flags & SIMD_Q), r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < elements; e++)
        Elem_set(&r, e, size + 1, Elem(&src, e, size) << (8u << size));
    cpu->v[d->rd] = r;
    cpu->pc += 4;
}

/* The UNDEFINED cases of the vector forms (each instruction's decode). */
static bool misc_vector(DecodedInsn *d, unsigned Q, unsigned U, unsigned size, unsigned opc,
                        unsigned rn, unsigned rd)
{
    bool size_q_110 = size == 3 && !Q;
    ExecFn *fn = exec_simd_misc;
    unsigned container = 0;
    switch (opc) {
    case MI_REV: case MI_REV16:
        /* op = o0:U; 'if UInt(op) + UInt(size) >= 3 then UNDEFINED' */
        if (((opc << 1) | U) + size >= 3)
            return false;
        container = 64u >> ((opc << 1) | U);
        fn = exec_simd_rev;
        break;
    case MI_ADDLP: case MI_ADALP:
        if (size == 3)
            return false;
        fn = exec_simd_addlp;
        break;
    case MI_CLZ:
        if (size == 3)
            return false;
        break;
    case MI_CNT:                    /* CNT: bytes; NOT (size 00), RBIT (size 01) */
        if (U ? size > 1 : size != 0)
            return false;
        if (size == 1)
            opc = MI_RBIT;
        break;
    case MI_CMLT0:
        if (U || size_q_110)
            return false;
        break;
    case MI_SQADD: case MI_QABS: case MI_CMGT0: case MI_CMEQ0: case MI_ABS:
        if (size_q_110)
            return false;
        break;
    case MI_XTN: case MI_QXTN:
        if (size == 3)
            return false;
        fn = exec_simd_xtn;
        break;
    case MI_SHLL:
        if (!U || size == 3)
            return false;
        fn = exec_simd_shll;
        break;
    default:
        return false;
    }
    simd_fill(d, rd, rn, 0, opc == MI_RBIT ? 0 : size, opc, simd_flags(Q, U, false));
    d->imm = container;
    d->fn = fn;
    return true;
}

/* Scalar: SUQADD, USQADD, SQABS, SQNEG at every size; compares with zero,
   ABS and NEG on D; SQXTN, UQXTN, SQXTUN from H, S, D. */
static bool misc_scalar(DecodedInsn *d, unsigned U, unsigned size, unsigned opc, unsigned rn,
                        unsigned rd)
{
    ExecFn *fn = exec_simd_misc;
    switch (opc) {
    case MI_SQADD: case MI_QABS:
        break;
    case MI_CMLT0:
        if (U)
            return false;
        /* fall through */
    case MI_CMGT0: case MI_CMEQ0: case MI_ABS:
        if (size != 3)
            return false;
        break;
    case MI_XTN: case MI_QXTN:      /* MI_XTN only with U = 1 (SQXTUN): pattern */
        if (size == 3)
            return false;
        fn = exec_simd_xtn;
        break;
    default:
        return false;
    }
    simd_fill(d, rd, rn, 0, size, opc, simd_flags(1, U, true));
    d->fn = fn;
    return true;
}

bool trans_SIMD_2reg_misc_00(DecodedInsn *d, const arg_SIMD_2reg_misc_00 *a)
{
    return misc_vector(d, a->Q, a->U, a->size, a->opc, a->rn, a->rd);
}

bool trans_SIMD_2reg_misc_010(DecodedInsn *d, const arg_SIMD_2reg_misc_010 *a)
{
    return misc_vector(d, a->Q, a->U, a->size, 0x08 | a->opc, a->rn, a->rd);
}

bool trans_SIMD_2reg_misc_1001(DecodedInsn *d, const arg_SIMD_2reg_misc_1001 *a)
{
    return misc_vector(d, a->Q, a->U, a->size, 0x12 | a->o, a->rn, a->rd);
}

bool trans_SIMD_2reg_misc_10100(DecodedInsn *d, const arg_SIMD_2reg_misc_10100 *a)
{
    return misc_vector(d, a->Q, a->U, a->size, MI_QXTN, a->rn, a->rd);
}

bool trans_SIMD_scalar_2reg_misc_0x011(DecodedInsn *d, const arg_SIMD_scalar_2reg_misc_0x011 *a)
{
    return misc_scalar(d, a->U, a->size, a->o ? MI_QABS : MI_SQADD, a->rn, a->rd);
}

bool trans_SIMD_scalar_2reg_misc_010(DecodedInsn *d, const arg_SIMD_scalar_2reg_misc_010 *a)
{
    return misc_scalar(d, a->U, a->size, 0x08 | a->opc, a->rn, a->rd);
}

bool trans_SIMD_scalar_sqxtun(DecodedInsn *d, const arg_SIMD_scalar_sqxtun *a)
{
    return misc_scalar(d, 1, a->size, MI_XTN, a->rn, a->rd);
}

bool trans_SIMD_scalar_2reg_misc_10100(DecodedInsn *d, const arg_SIMD_scalar_2reg_misc_10100 *a)
{
    return misc_scalar(d, a->U, a->size, MI_QXTN, a->rn, a->rd);
}
