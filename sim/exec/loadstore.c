/* Loads and stores of general-purpose registers (C4.1.94): literal,
   register pair, 9-bit immediate (unscaled, pre/post-index, unprivileged),
   register offset, unsigned immediate; PRFM. */
#include "sim/exec/exec.h"

enum { MEMOP_STORE, MEMOP_LOAD, MEMOP_PREFETCH };

/* Decode of size:opc for single-register forms (C6.2 "LDR/STR" shared decode).
   Returns false for unallocated combinations. */
static bool decode_size_opc(unsigned size, unsigned opc, bool prefetch_ok, unsigned *memop,
                            unsigned *flags)
{
    *flags = 0;
    if (!(opc & 2)) {
        *memop = (opc & 1) ? MEMOP_LOAD : MEMOP_STORE;
        if (size == 3)
            *flags = LS_64;
        return true;
    }
    if (size == 3) {
        if ((opc & 1) || !prefetch_ok)
            return false;
        *memop = MEMOP_PREFETCH;
        return true;
    }
    if (size == 2 && (opc & 1))
        return false;
    *memop = MEMOP_LOAD;
    *flags = LS_SIGNED | ((opc & 1) ? 0 : LS_64);
    return true;
}

static void exec_prefetch(CPUState *cpu, const DecodedInsn *d)
{
    (void)d;
    cpu->pc += 4;
}

/* ---- single register, immediate offset (all of uimm, imm9 forms) ----
   rd: Rt; rn: Rn|SP; size: log2 bytes; imm: offset; flags: LS_*; op: AccType */

static void exec_load_imm(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t base = ldst_base(cpu, d->rn);
    uint64_t addr = (d->flags & LS_POST) ? base : base + d->imm;
    uint64_t v = mem_read(cpu, addr, 1u << d->size, (AccType)d->op);
    cpu->x[d->rd] = ldst_extend(v, d->size, d->flags);
    if (d->flags & LS_WB)
        cpu->x[d->rn] = base + d->imm;
    cpu->pc += 4;
}

static void exec_store_imm(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t base = ldst_base(cpu, d->rn);
    uint64_t addr = (d->flags & LS_POST) ? base : base + d->imm;
    mem_write(cpu, addr, 1u << d->size, cpu->x[d->rd], (AccType)d->op);
    if (d->flags & LS_WB)
        cpu->x[d->rn] = base + d->imm;
    cpu->pc += 4;
}

/* LDR Xt, [Xn, #imm]: the common case, without the flag tests. */
static void exec_ldr64_uoff(CPUState *cpu, const DecodedInsn *d)
{
    cpu->x[d->rd] = mem_read(cpu, ldst_base(cpu, d->rn) + d->imm, 8, ACCTYPE_NORMAL);
    cpu->pc += 4;
}

static bool fill_ldst_imm(DecodedInsn *d, unsigned size, unsigned opc, unsigned rn, unsigned rt,
                          int64_t offset, unsigned mode_flags, AccType acc, bool prefetch_ok)
{
    unsigned memop, flags;
    if (!decode_size_opc(size, opc, prefetch_ok, &memop, &flags))
        return false;
    d->size = size;
    d->rn = reg_sp(rn);
    d->imm = offset;
    d->flags = flags | mode_flags;
    d->op = acc;
    switch (memop) {
    case MEMOP_PREFETCH:
        d->fn = exec_prefetch;
        break;
    case MEMOP_LOAD:
        d->rd = reg_zr_dst(rt);
        /* ISV is 0 for accesses with writeback (D19.2.37.31). */
        d->iss = mode_flags & LS_WB ? 0 : ldst_iss(size, flags & LS_SIGNED, rt, flags & LS_64, false);
        d->fn = exec_load_imm;
        if (size == 3 && !mode_flags && acc == ACCTYPE_NORMAL)
            d->fn = exec_ldr64_uoff;
        break;
    default:
        d->rd = reg_zr(rt);
        d->iss = mode_flags & LS_WB ? 0 : ldst_iss(size, false, rt, size == 3, false);
        d->fn = exec_store_imm;
        break;
    }
    return true;
}

bool trans_LDST_uimm(DecodedInsn *d, const arg_LDST_uimm *a)
{
    return fill_ldst_imm(d, a->size, a->opc, a->rn, a->rt, (int64_t)a->imm12 << a->size, 0,
                         ACCTYPE_NORMAL, true);
}

enum { IMM9_UNSCALED, IMM9_POST, IMM9_UNPRIV, IMM9_PRE };

bool trans_LDST_imm9(DecodedInsn *d, const arg_LDST_imm9 *a)
{
    switch (a->idx) {
    case IMM9_UNSCALED:
        return fill_ldst_imm(d, a->size, a->opc, a->rn, a->rt, a->imm9, 0, ACCTYPE_NORMAL, true);
    case IMM9_POST:
        return fill_ldst_imm(d, a->size, a->opc, a->rn, a->rt, a->imm9, LS_WB | LS_POST,
                             ACCTYPE_NORMAL, false);
    case IMM9_UNPRIV:
        return fill_ldst_imm(d, a->size, a->opc, a->rn, a->rt, a->imm9, 0, ACCTYPE_UNPRIV, false);
    default:
        return fill_ldst_imm(d, a->size, a->opc, a->rn, a->rt, a->imm9, LS_WB, ACCTYPE_NORMAL,
                             false);
    }
}

/* ---- single register, register offset ----
   rm: Rm; imm: shift; imm2: extend option */

static void exec_load_reg(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t addr = ldst_base(cpu, d->rn) + ldst_reg_offset(cpu, d);
    uint64_t v = mem_read(cpu, addr, 1u << d->size, ACCTYPE_NORMAL);
    cpu->x[d->rd] = ldst_extend(v, d->size, d->flags);
    cpu->pc += 4;
}

static void exec_store_reg(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t addr = ldst_base(cpu, d->rn) + ldst_reg_offset(cpu, d);
    mem_write(cpu, addr, 1u << d->size, cpu->x[d->rd], ACCTYPE_NORMAL);
    cpu->pc += 4;
}

bool trans_LDST_reg(DecodedInsn *d, const arg_LDST_reg *a)
{
    unsigned memop, flags;
    if (!(a->option & 2))
        return false;                   /* option<1> == 0 is unallocated */
    if (!decode_size_opc(a->size, a->opc, true, &memop, &flags))
        return false;
    d->size = a->size;
    d->rn = reg_sp(a->rn);
    d->rm = reg_zr(a->rm);
    d->imm = a->S ? a->size : 0;
    d->imm2 = a->option;
    d->flags = flags;
    if (memop == MEMOP_PREFETCH) {
        d->fn = exec_prefetch;
    } else if (memop == MEMOP_LOAD) {
        d->rd = reg_zr_dst(a->rt);
        d->iss = ldst_iss(a->size, flags & LS_SIGNED, a->rt, flags & LS_64, false);
        d->fn = exec_load_reg;
    } else {
        d->rd = reg_zr(a->rt);
        d->iss = ldst_iss(a->size, false, a->rt, a->size == 3, false);
        d->fn = exec_store_reg;
    }
    return true;
}

/* ---- literal: LDR (literal), LDRSW (literal), PRFM (literal) ---- */

static void exec_load_literal(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t v = mem_read(cpu, cpu->pc + d->imm, 1u << d->size, ACCTYPE_NORMAL);
    cpu->x[d->rd] = ldst_extend(v, d->size, d->flags);
    cpu->pc += 4;
}

bool trans_LDR_lit(DecodedInsn *d, const arg_LDR_lit *a)
{
    d->imm = (int64_t)a->imm19 * 4;
    d->rd = reg_zr_dst(a->rt);
    switch (a->opc) {
    case 0: d->size = 2; d->flags = 0; break;                   /* LDR Wt */
    case 1: d->size = 3; d->flags = LS_64; break;               /* LDR Xt */
    case 2: d->size = 2; d->flags = LS_SIGNED | LS_64; break;   /* LDRSW */
    default: d->fn = exec_prefetch; return true;                /* PRFM */
    }
    d->iss = ldst_iss(d->size, d->flags & LS_SIGNED, a->rt, d->flags & LS_64, false);
    d->fn = exec_load_literal;
    return true;
}

/* ---- register pair: LDP, STP, LDPSW, LDNP, STNP ----
   rd: Rt, ra: Rt2; size: log2 element bytes; imm: offset */

static void exec_load_pair(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t base = ldst_base(cpu, d->rn);
    uint64_t addr = (d->flags & LS_POST) ? base : base + d->imm;
    unsigned bytes = 1u << d->size;
    uint64_t v1 = mem_read(cpu, addr, bytes, ACCTYPE_NORMAL);
    uint64_t v2 = mem_read(cpu, addr + bytes, bytes, ACCTYPE_NORMAL);
    cpu->x[d->rd] = ldst_extend(v1, d->size, d->flags);
    cpu->x[d->ra] = ldst_extend(v2, d->size, d->flags);
    if (d->flags & LS_WB)
        cpu->x[d->rn] = base + d->imm;
    cpu->pc += 4;
}

static void exec_store_pair(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t base = ldst_base(cpu, d->rn);
    uint64_t addr = (d->flags & LS_POST) ? base : base + d->imm;
    unsigned bytes = 1u << d->size;
    uint64_t v1 = cpu->x[d->rd], v2 = cpu->x[d->ra];
    mem_write(cpu, addr, bytes, v1, ACCTYPE_NORMAL);
    mem_write(cpu, addr + bytes, bytes, v2, ACCTYPE_NORMAL);
    if (d->flags & LS_WB)
        cpu->x[d->rn] = base + d->imm;
    cpu->pc += 4;
}

enum { PAIR_NOALLOC, PAIR_POST, PAIR_OFFSET, PAIR_PRE };

bool trans_LDST_pair(DecodedInsn *d, const arg_LDST_pair *a)
{
    unsigned flags = 0;
    switch (a->opc) {
    case 0: d->size = 2; break;
    case 1:                                 /* LDPSW; STGP (MTE) is not implemented */
        if (!a->L || a->idx == PAIR_NOALLOC)
            return false;
        d->size = 2;
        flags = LS_SIGNED | LS_64;
        break;
    case 2: d->size = 3; flags = LS_64; break;
    default: return false;
    }
    if (a->idx == PAIR_POST)
        flags |= LS_WB | LS_POST;
    else if (a->idx == PAIR_PRE)
        flags |= LS_WB;
    d->flags = flags;
    d->imm = (int64_t)a->imm7 * (1 << d->size);
    d->rn = reg_sp(a->rn);
    if (a->L) {
        d->rd = reg_zr_dst(a->rt);
        d->ra = reg_zr_dst(a->rt2);
        d->fn = exec_load_pair;
    } else {
        d->rd = reg_zr(a->rt);
        d->ra = reg_zr(a->rt2);
        d->fn = exec_store_pair;
    }
    return true;
}
