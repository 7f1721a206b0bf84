/* Data processing -- immediate (C4.1.92): ADR/ADRP, ADD/SUB (immediate),
   logical (immediate), move wide, bitfield, extract. */
#include "sim/exec/exec.h"

/* ---- PC-relative addressing ---- */

static void exec_adr(CPUState *cpu, const DecodedInsn *d)
{
    cpu->x[d->rd] = cpu->pc + d->imm;
    cpu->pc += 4;
}

static void exec_adrp(CPUState *cpu, const DecodedInsn *d)
{
    cpu->x[d->rd] = (cpu->pc & ~0xfffull) + d->imm;
    cpu->pc += 4;
}

bool trans_ADR(DecodedInsn *d, const arg_ADR *a)
{
    int64_t imm = (int64_t)a->immhi * 4 + a->immlo;
    d->rd = reg_zr_dst(a->rd);
    d->imm = a->op ? imm * 4096 : imm;
    d->fn = a->op ? exec_adrp : exec_adr;
    return true;
}

/* ---- Add/subtract (immediate) ---- */

static void exec_add_imm(CPUState *cpu, const DecodedInsn *d)
{
    set_reg(cpu, d->rd, d->sf, cpu->x[d->rn] + d->imm);
    cpu->pc += 4;
}

static void exec_adds_imm(CPUState *cpu, const DecodedInsn *d)
{
    /* SUBS is ADDS of NOT(imm) with carry 1: d->imm2 holds the carry. */
    set_reg(cpu, d->rd, d->sf, AddWithCarry(cpu->x[d->rn], d->imm, (unsigned)d->imm2, d->sf, &cpu->nzcv));
    cpu->pc += 4;
}

bool trans_ADD_SUB_imm(DecodedInsn *d, const arg_ADD_SUB_imm *a)
{
    uint64_t imm = (uint64_t)a->imm12 << (a->sh ? 12 : 0);
    d->sf = a->sf;
    d->rn = reg_sp(a->rn);
    if (a->S) {
        d->rd = reg_zr_dst(a->rd);
        d->imm = a->op ? ~imm : imm;
        d->imm2 = a->op;
        d->fn = exec_adds_imm;
    } else {
        d->rd = reg_sp(a->rd);
        d->imm = a->op ? -imm : imm;
        d->fn = exec_add_imm;
    }
    return true;
}

/* ---- Logical (immediate) ---- */

bool DecodeBitMasks(unsigned immN, unsigned imms, unsigned immr, bool immediate,
                    unsigned datasize, uint64_t *wmask, uint64_t *tmask)
{
    unsigned combined = (immN << 6) | (~imms & 0x3f);
    if (combined == 0)
        return false;
    int len = 31 - __builtin_clz(combined);        /* HighestSetBit */
    if (len < 1 || (1u << len) > datasize)
        return false;
    unsigned levels = (1u << len) - 1;
    if (immediate && (imms & levels) == levels)
        return false;
    unsigned s = imms & levels;
    unsigned r = immr & levels;
    unsigned diff = (s - r) & 0x3f;
    unsigned esize = 1u << len;
    unsigned dd = diff & levels;
    uint64_t welem = ones(s + 1);
    uint64_t telem = ones(dd + 1);
    uint64_t emask = ones(esize);
    if (r)
        welem = ((welem >> r) | (welem << (esize - r))) & emask;
    uint64_t w = 0, t = 0;
    for (unsigned i = 0; i < datasize; i += esize) {
        w |= welem << i;
        t |= telem << i;
    }
    *wmask = w;
    *tmask = t;
    return true;
}

enum { LOGIC_AND, LOGIC_ORR, LOGIC_EOR, LOGIC_ANDS };

static void exec_and_imm(CPUState *cpu, const DecodedInsn *d)
{
    set_reg(cpu, d->rd, d->sf, cpu->x[d->rn] & d->imm);
    cpu->pc += 4;
}

static void exec_orr_imm(CPUState *cpu, const DecodedInsn *d)
{
    set_reg(cpu, d->rd, d->sf, cpu->x[d->rn] | d->imm);
    cpu->pc += 4;
}

static void exec_eor_imm(CPUState *cpu, const DecodedInsn *d)
{
    set_reg(cpu, d->rd, d->sf, cpu->x[d->rn] ^ d->imm);
    cpu->pc += 4;
}

static void exec_ands_imm(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t r = cpu->x[d->rn] & d->imm;
    cpu->nzcv = nz_flags(r, d->sf);
    set_reg(cpu, d->rd, d->sf, r);
    cpu->pc += 4;
}

bool trans_LOGIC_imm(DecodedInsn *d, const arg_LOGIC_imm *a)
{
    static ExecFn *const fns[4] = { exec_and_imm, exec_orr_imm, exec_eor_imm, exec_ands_imm };
    uint64_t wmask, tmask;
    if (!a->sf && a->N)
        return false;
    if (!DecodeBitMasks(a->N, a->imms, a->immr, true, a->sf ? 64 : 32, &wmask, &tmask))
        return false;
    d->sf = a->sf;
    d->rn = reg_zr(a->rn);
    d->rd = a->opc == LOGIC_ANDS ? reg_zr_dst(a->rd) : reg_sp(a->rd);
    d->imm = (int64_t)wmask;
    d->fn = fns[a->opc];
    return true;
}

/* ---- Move wide (immediate) ---- */

/* imm: the shifted immediate; imm2: the mask of the 16 bits it replaces */
static void exec_movk(CPUState *cpu, const DecodedInsn *d)
{
    set_reg(cpu, d->rd, d->sf, (cpu->x[d->rd] & ~d->imm2) | (uint64_t)d->imm);
    cpu->pc += 4;
}

static void exec_mov_const(CPUState *cpu, const DecodedInsn *d)
{
    set_reg(cpu, d->rd, d->sf, (uint64_t)d->imm);
    cpu->pc += 4;
}

bool trans_MOVE_WIDE(DecodedInsn *d, const arg_MOVE_WIDE *a)
{
    if (a->opc == 1 || (!a->sf && a->hw >= 2))
        return false;
    unsigned pos = a->hw * 16;
    d->sf = a->sf;
    d->rd = reg_zr_dst(a->rd);
    switch (a->opc) {
    case 0: d->imm = (int64_t)~((uint64_t)a->imm16 << pos); d->fn = exec_mov_const; break;  /* MOVN */
    case 2: d->imm = (int64_t)((uint64_t)a->imm16 << pos); d->fn = exec_mov_const; break;   /* MOVZ */
    default:                                                                                 /* MOVK */
        d->imm = (int64_t)((uint64_t)a->imm16 << pos);
        d->imm2 = 0xffffull << pos;
        d->fn = exec_movk;
        break;
    }
    return true;
}

/* ---- Bitfield: SBFM, BFM, UBFM ---- */

enum { BF_SBFM, BF_BFM, BF_UBFM };

static inline uint64_t ror_width(uint64_t v, unsigned r, bool sf)
{
    unsigned bits = sf ? 64 : 32;
    if (!sf)
        v = (uint32_t)v;
    return r ? (v >> r) | (v << (bits - r)) : v;
}

/* imm = wmask, imm2 = tmask, size = R, flags = S */
static void exec_bitfield(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t wmask = (uint64_t)d->imm, tmask = d->imm2;
    uint64_t src = cpu->x[d->rn];
    uint64_t dst = d->op == BF_BFM ? cpu->x[d->rd] : 0;
    uint64_t bot = (dst & ~wmask) | (ror_width(src, d->size, d->sf) & wmask);
    uint64_t top = dst;
    if (d->op == BF_SBFM)
        top = extract64(src, d->flags, 1) ? ~0ull : 0;
    set_reg(cpu, d->rd, d->sf, (top & ~tmask) | (bot & tmask));
    cpu->pc += 4;
}

/* SBFM/UBFM have two shapes (their aliases): with imms >= immr the field
   Rn<imms:immr> is extracted (SBFX/UBFX, ASR/LSR); otherwise Rn<imms:0> is
   inserted at datasize - immr over zeros (SBFIZ/UBFIZ, LSL).  Extension is
   signed for SBFM.  size = immr, flags = imms, op = BF_SBFM/BF_UBFM. */
static void exec_bfx(CPUState *cpu, const DecodedInsn *d)
{
    unsigned len = d->flags - d->size + 1;
    uint64_t x = cpu->x[d->rn];
    uint64_t v = d->op == BF_SBFM ? (uint64_t)sextract64(x, d->size, len) : extract64(x, d->size, len);
    set_reg(cpu, d->rd, d->sf, v);
    cpu->pc += 4;
}

static void exec_bfiz(CPUState *cpu, const DecodedInsn *d)
{
    unsigned len = d->flags + 1, datasize = d->sf ? 64 : 32;
    uint64_t x = cpu->x[d->rn];
    uint64_t v = d->op == BF_SBFM ? (uint64_t)sextract64(x, 0, len) : extract64(x, 0, len);
    set_reg(cpu, d->rd, d->sf, v << (datasize - d->size));
    cpu->pc += 4;
}

bool trans_BITFIELD(DecodedInsn *d, const arg_BITFIELD *a)
{
    uint64_t wmask, tmask;
    if (a->opc == 3 || a->sf != a->N)
        return false;
    if (!a->sf && ((a->immr | a->imms) & 0x20))
        return false;
    if (!DecodeBitMasks(a->N, a->imms, a->immr, false, a->sf ? 64 : 32, &wmask, &tmask))
        return false;
    d->sf = a->sf;
    d->op = a->opc;
    d->rn = reg_zr(a->rn);
    d->rd = reg_zr_dst(a->rd);
    d->imm = (int64_t)wmask;
    d->imm2 = tmask;
    d->size = a->immr;
    d->flags = a->imms;
    if (a->opc == BF_BFM)
        d->fn = exec_bitfield;
    else
        d->fn = a->imms >= a->immr ? exec_bfx : exec_bfiz;
    return true;
}

/* ---- Extract: EXTR ---- */

static void exec_extr(CPUState *cpu, const DecodedInsn *d)
{
    unsigned lsb = (unsigned)d->imm;
    uint64_t hi = cpu->x[d->rn], lo = cpu->x[d->rm], r;
    if (d->sf)
        r = lsb ? (lo >> lsb) | (hi << (64 - lsb)) : lo;
    else
        r = lsb ? ((uint32_t)lo >> lsb) | ((uint64_t)(uint32_t)hi << (32 - lsb)) : (uint32_t)lo;
    set_reg(cpu, d->rd, d->sf, r);
    cpu->pc += 4;
}

bool trans_EXTR(DecodedInsn *d, const arg_EXTR *a)
{
    if (a->op21 != 0 || a->o0 != 0 || a->sf != a->N || (!a->sf && (a->imms & 0x20)))
        return false;
    d->sf = a->sf;
    d->rn = reg_zr(a->rn);
    d->rm = reg_zr(a->rm);
    d->rd = reg_zr_dst(a->rd);
    d->imm = a->imms;
    d->fn = exec_extr;
    return true;
}
