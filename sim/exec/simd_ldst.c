/* Advanced SIMD load/store multiple structures and single structure
   (C4.1.94), with post-index: LD1-LD4/ST1-ST4 (multiple, 1-4 registers for
   LD1/ST1), LD1-LD4/ST1-ST4 (single structure, one lane), LD1R-LD4R.
   Execution follows the pseudocode of C7.2 LD1 (multiple structures) and
   LD1 (single structure): each element is its own Mem[] access of element
   size (AccType_VEC, aligned as a Normal access: SCTLR.A or Device memory
   fault a misaligned element), registers numbered modulo 32 and written as
   each element arrives, as the pseudocode does: an abort leaves the
   registers already loaded changed (the Arm ARM makes the destination
   registers of an aborted load UNKNOWN) but never writes the base register
   back.  Data aborts report ISV = 0. */
#include "sim/exec/exec.h"

/* rd: Vt; rn: Xn|SP; rm: Xm (SIMD_REGOFF); size: log2 bytes of an element;
   op: selem (registers per structure); imm2: rpt (multiple) or the lane
   index (single); imm: the transfer size (post-index by immediate);
   flags: LS_WB and the SIMD_ flags below. */
enum {
    SIMD_Q = 1 << 4,            /* datasize 128 (else 64) */
    SIMD_REGOFF = 1 << 5,       /* post-index by Xm (else by imm) */
};

/* The write-back of the post-indexed forms: Xn|SP = address + offs, offs
   being X[m] or the transfer size. */
static inline void simd_writeback(CPUState *cpu, const DecodedInsn *d, uint64_t address)
{
    if (d->flags & LS_WB)
        cpu->x[d->rn] = address + ((d->flags & SIMD_REGOFF) ? cpu->x[d->rm] : (uint64_t)d->imm);
}

/* LD1-LD4 (multiple structures). */
static void exec_simd_ld_mult(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t address = ldst_base(cpu, d->rn);
    unsigned scale = d->size, ebytes = 1u << scale, selem = d->op;
    unsigned elements = ((d->flags & SIMD_Q) ? 16u : 8u) >> scale;
    uint64_t offs = 0;
    for (unsigned r = 0; r < d->imm2; r++) {
        for (unsigned e = 0; e < elements; e++) {
            unsigned tt = (d->rd + r) % 32;
            for (unsigned s = 0; s < selem; s++) {
                uint64_t val = mem_read(cpu, address + offs, ebytes, ACCTYPE_NORMAL);
                Elem_set(&cpu->v[tt], e, scale, val);
                if (!(d->flags & SIMD_Q))
                    cpu->v[tt].d[1] = 0;        /* V[tt] = rval of 64 bits */
                offs += ebytes;
                tt = (tt + 1) % 32;
            }
        }
    }
    simd_writeback(cpu, d, address);
    cpu->pc += 4;
}

/* ST1-ST4 (multiple structures). */
static void exec_simd_st_mult(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t address = ldst_base(cpu, d->rn);
    unsigned scale = d->size, ebytes = 1u << scale, selem = d->op;
    unsigned elements = ((d->flags & SIMD_Q) ? 16u : 8u) >> scale;
    uint64_t offs = 0;
    for (unsigned r = 0; r < d->imm2; r++) {
        for (unsigned e = 0; e < elements; e++) {
            unsigned tt = (d->rd + r) % 32;
            for (unsigned s = 0; s < selem; s++) {
                mem_write(cpu, address + offs, ebytes, Elem(&cpu->v[tt], e, scale),
                          ACCTYPE_NORMAL);
                offs += ebytes;
                tt = (tt + 1) % 32;
            }
        }
    }
    simd_writeback(cpu, d, address);
    cpu->pc += 4;
}

/* LD1-LD4 (single structure): one lane of each register, the others kept. */
static void exec_simd_ld_single(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t address = ldst_base(cpu, d->rn);
    unsigned scale = d->size, ebytes = 1u << scale, t = d->rd;
    uint64_t offs = 0;
    for (unsigned s = 0; s < d->op; s++) {
        Elem_set(&cpu->v[t], (unsigned)d->imm2, scale,
                 mem_read(cpu, address + offs, ebytes, ACCTYPE_NORMAL));
        offs += ebytes;
        t = (t + 1) % 32;
    }
    simd_writeback(cpu, d, address);
    cpu->pc += 4;
}

/* ST1-ST4 (single structure). */
static void exec_simd_st_single(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t address = ldst_base(cpu, d->rn);
    unsigned scale = d->size, ebytes = 1u << scale, t = d->rd;
    uint64_t offs = 0;
    for (unsigned s = 0; s < d->op; s++) {
        mem_write(cpu, address + offs, ebytes, Elem(&cpu->v[t], (unsigned)d->imm2, scale),
                  ACCTYPE_NORMAL);
        offs += ebytes;
        t = (t + 1) % 32;
    }
    simd_writeback(cpu, d, address);
    cpu->pc += 4;
}

/* LD1R-LD4R: V[t] = Replicate(element, datasize DIV esize). */
static void exec_simd_ld_replicate(CPUState *cpu, const DecodedInsn *d)
{
    static const uint64_t ones[4] = {
        0x0101010101010101ull, 0x0001000100010001ull, 0x0000000100000001ull, 1,
    };
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t address = ldst_base(cpu, d->rn);
    unsigned scale = d->size, ebytes = 1u << scale, t = d->rd;
    uint64_t offs = 0;
    for (unsigned s = 0; s < d->op; s++) {
        uint64_t rep = mem_read(cpu, address + offs, ebytes, ACCTYPE_NORMAL) * ones[scale];
        cpu->v[t].d[0] = rep;
        cpu->v[t].d[1] = (d->flags & SIMD_Q) ? rep : 0;
        offs += ebytes;
        t = (t + 1) % 32;
    }
    simd_writeback(cpu, d, address);
    cpu->pc += 4;
}

/* The operands common to all four encodings; rm = 31 (post-index) is the
   immediate form, whose offset is the transfer size. */
static void fill_simd_ldst(DecodedInsn *d, unsigned q, unsigned rn, unsigned rt, bool post,
                           unsigned rm, unsigned transfer)
{
    d->rd = (uint8_t)rt;
    d->rn = reg_sp(rn);
    d->flags = q ? SIMD_Q : 0;
    if (post) {
        d->flags |= LS_WB;
        if (rm != 31) {
            d->flags |= SIMD_REGOFF;
            d->rm = reg_zr(rm);
        } else {
            d->imm = transfer;
        }
    }
}

/* LD1 (multiple structures) decode: opcode -> rpt, selem; 0 = unallocated. */
static bool simd_ldst_mult(DecodedInsn *d, unsigned q, unsigned l, unsigned opcode,
                           unsigned size, unsigned rn, unsigned rt, bool post, unsigned rm)
{
    unsigned rpt, selem;
    switch (opcode) {
    case 0x0: rpt = 1; selem = 4; break;        /* LD4/ST4 */
    case 0x2: rpt = 4; selem = 1; break;        /* LD1/ST1, four registers */
    case 0x4: rpt = 1; selem = 3; break;        /* LD3/ST3 */
    case 0x6: rpt = 3; selem = 1; break;        /* LD1/ST1, three registers */
    case 0x7: rpt = 1; selem = 1; break;        /* LD1/ST1, one register */
    case 0x8: rpt = 1; selem = 2; break;        /* LD2/ST2 */
    case 0xa: rpt = 2; selem = 1; break;        /* LD1/ST1, two registers */
    default: return false;
    }
    if (size == 3 && !q && selem != 1)          /* "size:Q == '110' && selem != 1" */
        return false;
    d->size = (uint8_t)size;
    d->op = (uint8_t)selem;
    d->imm2 = rpt;
    fill_simd_ldst(d, q, rn, rt, post, rm, (q ? 16u : 8u) * rpt * selem);
    d->fn = l ? exec_simd_ld_mult : exec_simd_st_mult;
    return true;
}

bool trans_SIMD_LDST_mult(DecodedInsn *d, const arg_SIMD_LDST_mult *a)
{
    return simd_ldst_mult(d, a->Q, a->L, a->opcode, a->size, a->rn, a->rt, false, 0);
}

bool trans_SIMD_LDST_mult_post(DecodedInsn *d, const arg_SIMD_LDST_mult_post *a)
{
    return simd_ldst_mult(d, a->Q, a->L, a->opcode, a->size, a->rn, a->rt, true, a->rm);
}

/* LD1 (single structure) decode: scale from opcode<2:1>, selem from
   opcode<0>:R, the lane from Q:S:size; scale 3 is LD1R-LD4R. */
static bool simd_ldst_single(DecodedInsn *d, unsigned q, unsigned l, unsigned r,
                             unsigned opcode, unsigned s, unsigned size, unsigned rn,
                             unsigned rt, bool post, unsigned rm)
{
    unsigned scale = opcode >> 1, selem = ((opcode & 1) << 1 | r) + 1, index = 0;
    bool replicate = false;
    switch (scale) {
    case 3:
        if (!l || s)
            return false;
        scale = size;
        replicate = true;
        break;
    case 0:
        index = q << 3 | s << 2 | size;
        break;
    case 1:
        if (size & 1)
            return false;
        index = q << 2 | s << 1 | size >> 1;
        break;
    default:
        if (size & 2)
            return false;
        if (!(size & 1)) {
            index = q << 1 | s;
        } else {
            if (s)
                return false;
            index = q;
            scale = 3;
        }
        break;
    }
    d->size = (uint8_t)scale;
    d->op = (uint8_t)selem;
    d->imm2 = index;
    fill_simd_ldst(d, q, rn, rt, post, rm, selem << scale);
    d->fn = replicate ? exec_simd_ld_replicate : l ? exec_simd_ld_single : exec_simd_st_single;
    return true;
}

bool trans_SIMD_LDST_single(DecodedInsn *d, const arg_SIMD_LDST_single *a)
{
    return simd_ldst_single(d, a->Q, a->L, a->R, a->opcode, a->S, a->size, a->rn, a->rt,
                            false, 0);
}

bool trans_SIMD_LDST_single_post(DecodedInsn *d, const arg_SIMD_LDST_single_post *a)
{
    return simd_ldst_single(d, a->Q, a->L, a->R, a->opcode, a->S, a->size, a->rn, a->rt,
                            true, a->rm);
}
