/* Loads and stores of SIMD&FP registers (C4.1.94, V = 1): literal, pair,
   9-bit immediate (unscaled, pre/post-index), register offset, unsigned
   immediate, for B, H, S, D and Q.  A load writes the whole V register
   (zeroing the bits above the element).  Data aborts report ISV = 0. */
#include "sim/exec/exec.h"

/* rd: Vt (ra: Vt2 for pairs); rn: Xn|SP; size: log2 bytes (4 for Q);
   imm: offset; flags: LS_WB, LS_POST */

/* Read an element into a register image, zero-extended to 128 bits. */
static VReg fp_read(CPUState *cpu, uint64_t addr, unsigned scale)
{
    VReg v = { .d = { 0, 0 } };
    if (scale == 4)
        mem_read16(cpu, addr, v.d);
    else
        v.d[0] = mem_read(cpu, addr, 1u << scale, ACCTYPE_NORMAL);
    return v;
}

static void fp_store(CPUState *cpu, unsigned vt, uint64_t addr, unsigned scale)
{
    if (scale == 4)
        mem_write16(cpu, addr, cpu->v[vt].d);
    else
        mem_write(cpu, addr, 1u << scale, cpu->v[vt].d[0], ACCTYPE_NORMAL);
}

static void exec_fp_load_imm(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t base = ldst_base(cpu, d->rn);
    cpu->v[d->rd] = fp_read(cpu, (d->flags & LS_POST) ? base : base + d->imm, d->size);
    if (d->flags & LS_WB)
        cpu->x[d->rn] = base + d->imm;
    cpu->pc += 4;
}

static void exec_fp_store_imm(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t base = ldst_base(cpu, d->rn);
    fp_store(cpu, d->rd, (d->flags & LS_POST) ? base : base + d->imm, d->size);
    if (d->flags & LS_WB)
        cpu->x[d->rn] = base + d->imm;
    cpu->pc += 4;
}

static void exec_fp_load_reg(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    cpu->v[d->rd] = fp_read(cpu, ldst_base(cpu, d->rn) + ldst_reg_offset(cpu, d), d->size);
    cpu->pc += 4;
}

static void exec_fp_store_reg(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    fp_store(cpu, d->rd, ldst_base(cpu, d->rn) + ldst_reg_offset(cpu, d), d->size);
    cpu->pc += 4;
}

static void exec_fp_load_literal(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    cpu->v[d->rd] = fp_read(cpu, cpu->pc + d->imm, d->size);
    cpu->pc += 4;
}

static void exec_fp_load_pair(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t base = ldst_base(cpu, d->rn);
    uint64_t addr = (d->flags & LS_POST) ? base : base + d->imm;
    VReg v1 = fp_read(cpu, addr, d->size);
    VReg v2 = fp_read(cpu, addr + (1u << d->size), d->size);
    cpu->v[d->rd] = v1;         /* an abort on either access leaves both unchanged */
    cpu->v[d->ra] = v2;
    if (d->flags & LS_WB)
        cpu->x[d->rn] = base + d->imm;
    cpu->pc += 4;
}

static void exec_fp_store_pair(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t base = ldst_base(cpu, d->rn);
    uint64_t addr = (d->flags & LS_POST) ? base : base + d->imm;
    fp_store(cpu, d->rd, addr, d->size);
    fp_store(cpu, d->ra, addr + (1u << d->size), d->size);
    if (d->flags & LS_WB)
        cpu->x[d->rn] = base + d->imm;
    cpu->pc += 4;
}

/* size:opc of the single-register forms: opc<1> = 0 gives B/H/S/D by size,
   size = 00 with opc<1> = 1 gives Q; opc<0> is L.  Others are unallocated. */
static bool fp_size_opc(unsigned size, unsigned opc, unsigned *scale)
{
    if (!(opc & 2)) {
        *scale = size;
        return true;
    }
    if (size == 0) {
        *scale = 4;
        return true;
    }
    return false;
}

static bool fill_fp_imm(DecodedInsn *d, unsigned size, unsigned opc, unsigned rn, unsigned rt,
                        int64_t offset, unsigned flags)
{
    unsigned scale;
    if (!fp_size_opc(size, opc, &scale))
        return false;
    d->size = (uint8_t)scale;
    d->rn = reg_sp(rn);
    d->rd = (uint8_t)rt;
    d->imm = offset;
    d->flags = (uint8_t)flags;
    d->fn = (opc & 1) ? exec_fp_load_imm : exec_fp_store_imm;
    return true;
}

enum { IMM9_UNSCALED, IMM9_POST, IMM9_UNPRIV, IMM9_PRE };

bool trans_LDST_imm9_v(DecodedInsn *d, const arg_LDST_imm9_v *a)
{
    switch (a->idx) {
    case IMM9_UNSCALED: return fill_fp_imm(d, a->size, a->opc, a->rn, a->rt, a->imm9, 0);
    case IMM9_POST: return fill_fp_imm(d, a->size, a->opc, a->rn, a->rt, a->imm9, LS_WB | LS_POST);
    case IMM9_PRE: return fill_fp_imm(d, a->size, a->opc, a->rn, a->rt, a->imm9, LS_WB);
    default: return false;      /* no unprivileged SIMD&FP forms */
    }
}

bool trans_LDST_uimm_v(DecodedInsn *d, const arg_LDST_uimm_v *a)
{
    unsigned scale;
    if (!fp_size_opc(a->size, a->opc, &scale))
        return false;
    return fill_fp_imm(d, a->size, a->opc, a->rn, a->rt, (int64_t)a->imm12 << scale, 0);
}

bool trans_LDST_reg_v(DecodedInsn *d, const arg_LDST_reg_v *a)
{
    unsigned scale;
    if (!(a->option & 2) || !fp_size_opc(a->size, a->opc, &scale))
        return false;
    d->size = (uint8_t)scale;
    d->rn = reg_sp(a->rn);
    d->rm = reg_zr(a->rm);
    d->rd = (uint8_t)a->rt;
    d->imm = a->S ? scale : 0;
    d->imm2 = a->option;
    d->fn = (a->opc & 1) ? exec_fp_load_reg : exec_fp_store_reg;
    return true;
}

bool trans_LDR_lit_v(DecodedInsn *d, const arg_LDR_lit_v *a)
{
    if (a->opc == 3)
        return false;
    d->size = (uint8_t)(2 + a->opc);            /* S, D, Q */
    d->rd = (uint8_t)a->rt;
    d->imm = (int64_t)a->imm19 * 4;
    d->fn = exec_fp_load_literal;
    return true;
}

enum { PAIR_NOALLOC, PAIR_POST, PAIR_OFFSET, PAIR_PRE };

bool trans_LDST_pair_v(DecodedInsn *d, const arg_LDST_pair_v *a)
{
    if (a->opc == 3)
        return false;
    d->size = (uint8_t)(2 + a->opc);            /* S, D, Q */
    d->flags = a->idx == PAIR_POST ? LS_WB | LS_POST : a->idx == PAIR_PRE ? LS_WB : 0;
    d->imm = (int64_t)a->imm7 * (1 << d->size);
    d->rn = reg_sp(a->rn);
    d->rd = (uint8_t)a->rt;
    d->ra = (uint8_t)a->rt2;
    d->fn = a->L ? exec_fp_load_pair : exec_fp_store_pair;
    return true;
}
