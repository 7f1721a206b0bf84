/* Scalar floating-point moves (C4.1.96): FMOV (general), FMOV (register),
   FABS, FNEG, FMOV (scalar, immediate).  Half precision (type 0b11) is
   FEAT_FP16 and unallocated here; FSQRT, in the same encoding group, is
   executed by fp_arith.c.  Every result clears the V register's bits above it. */
#include "sim/exec/exec.h"

enum { FPTYPE_SINGLE = 0, FPTYPE_DOUBLE = 1 };

static void set_v_scalar(CPUState *cpu, unsigned vd, uint64_t value)
{
    cpu->v[vd].d[0] = value;
    cpu->v[vd].d[1] = 0;
}

/* ---- FMOV (general) ----
   op: 0 FP to general, 1 general to FP; size: 4 or 8 bytes; flags: 1 for
   the top half of V (Vn.D[1]) */

static void exec_fmov_to_gpr(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t v = cpu->v[d->rn].d[d->flags];
    cpu->x[d->rd] = d->size == 4 ? (uint32_t)v : v;
    cpu->pc += 4;
}

static void exec_fmov_from_gpr(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t x = cpu->x[d->rn];
    if (d->flags)
        cpu->v[d->rd].d[1] = x;                 /* Vd.D[1]: D[0] is kept */
    else
        set_v_scalar(cpu, d->rd, d->size == 4 ? (uint32_t)x : x);
    cpu->pc += 4;
}

bool trans_FMOV_general(DecodedInsn *d, const arg_FMOV_general *a)
{
    if (a->sf == 0 && a->type == FPTYPE_SINGLE && a->rmode == 0) {
        d->size = 4;
    } else if (a->sf == 1 && a->type == FPTYPE_DOUBLE && a->rmode == 0) {
        d->size = 8;
    } else if (a->sf == 1 && a->type == 2 && a->rmode == 1) {
        d->size = 8;
        d->flags = 1;
    } else {
        return false;           /* half precision, other conversions: not here */
    }
    if (a->op0) {
        d->rn = reg_zr(a->rn);
        d->rd = (uint8_t)a->rd;
        d->fn = exec_fmov_from_gpr;
    } else {
        d->rn = (uint8_t)a->rn;
        d->rd = reg_zr_dst(a->rd);
        d->fn = exec_fmov_to_gpr;
    }
    return true;
}

/* ---- FMOV (register), FABS, FNEG: sign-bit operations, no FP exceptions ----
   imm2: the value's mask; imm: the sign bit; op: 0 copy, 1 clear sign, 2 flip sign */

static void exec_fp_sign(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t v = cpu->v[d->rn].d[0] & d->imm2;
    switch (d->op) {
    case 1: v &= ~(uint64_t)d->imm; break;      /* FPAbs */
    case 2: v ^= (uint64_t)d->imm; break;       /* FPNeg */
    default: break;
    }
    set_v_scalar(cpu, d->rd, v);
    cpu->pc += 4;
}

bool trans_FMOV_reg(DecodedInsn *d, const arg_FMOV_reg *a)
{
    if (a->type > FPTYPE_DOUBLE)
        return false;           /* FP16 */
    unsigned bits = a->type == FPTYPE_SINGLE ? 32 : 64;
    if (a->opc == 3) {          /* FSQRT */
        d->size = (uint8_t)bits;
        d->rn = (uint8_t)a->rn;
        d->rd = (uint8_t)a->rd;
        d->fn = exec_fsqrt;
        return true;
    }
    d->imm2 = ones(bits);
    d->imm = (int64_t)(1ull << (bits - 1));
    d->op = (uint8_t)a->opc;
    d->rn = (uint8_t)a->rn;
    d->rd = (uint8_t)a->rd;
    d->fn = exec_fp_sign;
    return true;
}

/* ---- FMOV (scalar, immediate) ---- */

/* VFPExpandImm(): sign, exponent NOT(b6):Replicate(b6, E-3):b5:b4, fraction
   b3:b0 followed by zeros. */
uint64_t VFPExpandImm(unsigned imm8, unsigned N)
{
    unsigned E = N == 16 ? 5 : N == 32 ? 8 : 11;
    unsigned F = N - E - 1;
    uint64_t sign = (imm8 >> 7) & 1;
    uint64_t b6 = (imm8 >> 6) & 1;
    uint64_t exp = ((b6 ^ 1) << (E - 1)) | ((b6 ? ones(E - 3) : 0) << 2) | ((imm8 >> 4) & 3);
    uint64_t frac = (uint64_t)(imm8 & 0xf) << (F - 4);
    return (sign << (N - 1)) | (exp << F) | frac;
}

static void exec_fmov_imm(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    set_v_scalar(cpu, d->rd, (uint64_t)d->imm);
    cpu->pc += 4;
}

bool trans_FMOV_imm(DecodedInsn *d, const arg_FMOV_imm *a)
{
    if (a->type > FPTYPE_DOUBLE || a->imm5 != 0)
        return false;
    d->imm = (int64_t)VFPExpandImm(a->imm8, a->type == FPTYPE_SINGLE ? 32 : 64);
    d->rd = (uint8_t)a->rd;
    d->fn = exec_fmov_imm;
    return true;
}
