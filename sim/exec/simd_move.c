/* Advanced SIMD moves (C4.1.97): copy (DUP, INS, UMOV, SMOV, scalar DUP),
   permute (UZP1/2, TRN1/2, ZIP1/2), extract (EXT), table lookup (TBL, TBX)
   and modified immediate (MOVI, MVNI, ORR, BIC, FMOV (vector, immediate)).
   Every instruction starts with CheckFPAdvSIMDEnabled64(); a 64-bit (Q = 0)
   result clears bits 127:64 of the destination, as V[d] = result does.

   DecodedInsn use: size = log2(element bytes); flags & SIMD_Q = Q; imm and
   imm2 = element indexes, byte position, table length or the expanded
   immediate; op = the sub-operation. */
#include <string.h>

#include "sim/exec/exec.h"

enum { SIMD_Q = 1 };

/* V[d] = result of datasize 64 << Q bits (the upper half cleared for Q = 0). */
static inline void simd_write(CPUState *cpu, unsigned rd, const VReg *r, bool q)
{
    cpu->v[rd].d[0] = r->d[0];
    cpu->v[rd].d[1] = q ? r->d[1] : 0;
}

/* Replicate(x, 64 / esize): an esize-bit element repeated across 64 bits. */
static inline uint64_t simd_replicate64(uint64_t x, unsigned size)
{
    static const uint64_t mul[4] = { 0x0101010101010101ull, 0x0001000100010001ull,
                                     0x0000000100000001ull, 1 };
    return (x & ones(8u << size)) * mul[size];
}

/* The element size of the copy encodings: LowestSetBit(imm5<3:0>), or -1
   for imm5 = x0000 (unallocated). */
static int copy_size(unsigned imm5)
{
    for (int size = 0; size < 4; size++)
        if (imm5 & (1u << size))
            return size;
    return -1;
}

/* ---- DUP (element), DUP (general), scalar DUP (element) ---- */

static void exec_dup_element(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t rep = simd_replicate64(Elem(&cpu->v[d->rn], (unsigned)d->imm, d->size), d->size);
    cpu->v[d->rd].d[0] = rep;
    cpu->v[d->rd].d[1] = (d->flags & SIMD_Q) ? rep : 0;
    cpu->pc += 4;
}

static void exec_dup_general(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t rep = simd_replicate64(cpu->x[d->rn], d->size);
    cpu->v[d->rd].d[0] = rep;
    cpu->v[d->rd].d[1] = (d->flags & SIMD_Q) ? rep : 0;
    cpu->pc += 4;
}

static void exec_dup_scalar(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t x = Elem(&cpu->v[d->rn], (unsigned)d->imm, d->size);
    cpu->v[d->rd].d[0] = x;
    cpu->v[d->rd].d[1] = 0;
    cpu->pc += 4;
}

/* DUP (element): size = LowestSetBit(imm5<3:0>); size = 3 with Q = 0 reserved. */
bool trans_DUP_element(DecodedInsn *d, const arg_DUP_element *a)
{
    int size = copy_size(a->imm5);
    if (size < 0 || (size == 3 && !a->q))
        return false;
    d->size = (uint8_t)size;
    d->imm = a->imm5 >> (size + 1);
    d->flags = a->q ? SIMD_Q : 0;
    d->rn = (uint8_t)a->rn;
    d->rd = (uint8_t)a->rd;
    d->fn = exec_dup_element;
    return true;
}

bool trans_DUP_element_scalar(DecodedInsn *d, const arg_DUP_element_scalar *a)
{
    int size = copy_size(a->imm5);
    if (size < 0)
        return false;
    d->size = (uint8_t)size;
    d->imm = a->imm5 >> (size + 1);
    d->rn = (uint8_t)a->rn;
    d->rd = (uint8_t)a->rd;
    d->fn = exec_dup_scalar;
    return true;
}

bool trans_DUP_general(DecodedInsn *d, const arg_DUP_general *a)
{
    int size = copy_size(a->imm5);
    if (size < 0 || (size == 3 && !a->q))
        return false;
    d->size = (uint8_t)size;
    d->flags = a->q ? SIMD_Q : 0;
    d->rn = reg_zr(a->rn);
    d->rd = (uint8_t)a->rd;
    d->fn = exec_dup_general;
    return true;
}

/* ---- INS (general), INS (element): the other elements are kept ---- */

static void exec_ins_general(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    Elem_set(&cpu->v[d->rd], (unsigned)d->imm, d->size, cpu->x[d->rn]);
    cpu->pc += 4;
}

static void exec_ins_element(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t x = Elem(&cpu->v[d->rn], (unsigned)d->imm2, d->size);
    Elem_set(&cpu->v[d->rd], (unsigned)d->imm, d->size, x);
    cpu->pc += 4;
}

bool trans_INS_general(DecodedInsn *d, const arg_INS_general *a)
{
    int size = copy_size(a->imm5);
    if (size < 0)
        return false;
    d->size = (uint8_t)size;
    d->imm = a->imm5 >> (size + 1);
    d->rn = reg_zr(a->rn);
    d->rd = (uint8_t)a->rd;
    d->fn = exec_ins_general;
    return true;
}

/* INS (element): dst_index = imm5 >> (size + 1), src_index = imm4 >> size. */
bool trans_INS_element(DecodedInsn *d, const arg_INS_element *a)
{
    int size = copy_size(a->imm5);
    if (size < 0)
        return false;
    d->size = (uint8_t)size;
    d->imm = a->imm5 >> (size + 1);
    d->imm2 = a->imm4 >> size;
    d->rn = (uint8_t)a->rn;
    d->rd = (uint8_t)a->rd;
    d->fn = exec_ins_element;
    return true;
}

/* ---- UMOV, SMOV: element to general register (W for Q = 0, X for Q = 1) ---- */

static void exec_umov(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    cpu->x[d->rd] = Elem(&cpu->v[d->rn], (unsigned)d->imm, d->size);
    cpu->pc += 4;
}

static void exec_smov(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    uint64_t x = Elem(&cpu->v[d->rn], (unsigned)d->imm, d->size);
    x = (uint64_t)sextract64(x, 0, 8u << d->size);
    cpu->x[d->rd] = d->sf ? x : (uint32_t)x;
    cpu->pc += 4;
}

/* UMOV: Q:imm5 = 0xxxx1 B, 0xxx10 H, 0xx100 S, 1x1000 D; else UNDEFINED. */
bool trans_UMOV(DecodedInsn *d, const arg_UMOV *a)
{
    int size = copy_size(a->imm5);
    if (size < 0 || (a->q ? size != 3 : size == 3))
        return false;
    d->size = (uint8_t)size;
    d->imm = a->imm5 >> (size + 1);
    d->sf = (uint8_t)a->q;
    d->rn = (uint8_t)a->rn;
    d->rd = reg_zr_dst(a->rd);
    d->fn = exec_umov;
    return true;
}

/* SMOV: Q:imm5 = xxxxx1 B, xxxx10 H, 1xx100 S; else UNDEFINED. */
bool trans_SMOV(DecodedInsn *d, const arg_SMOV *a)
{
    int size = copy_size(a->imm5);
    if (size < 0 || size == 3 || (size == 2 && !a->q))
        return false;
    d->size = (uint8_t)size;
    d->imm = a->imm5 >> (size + 1);
    d->sf = (uint8_t)a->q;
    d->rn = (uint8_t)a->rn;
    d->rd = reg_zr_dst(a->rd);
    d->fn = exec_smov;
    return true;
}

/* ---- UZP1/2, TRN1/2, ZIP1/2 ----
   op: PERM_UZP, PERM_TRN, PERM_ZIP; imm: part (0 for the *1 forms, 1 for *2) */

enum { PERM_UZP, PERM_TRN, PERM_ZIP };

static void exec_permute(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    const VReg n = cpu->v[d->rn], m = cpu->v[d->rm];
    unsigned size = d->size, part = (unsigned)d->imm;
    unsigned elements = ((d->flags & SIMD_Q) ? 16u : 8u) >> size;
    unsigned pairs = elements / 2;
    VReg r = { .d = { 0, 0 } };
    switch (d->op) {
    case PERM_UZP:      /* result[e] = (operand2:operand1)[2 * e + part] */
        for (unsigned e = 0; e < elements; e++) {
            unsigned i = 2 * e + part;
            Elem_set(&r, e, size, i < elements ? Elem(&n, i, size)
                                               : Elem(&m, i - elements, size));
        }
        break;
    case PERM_TRN:
        for (unsigned p = 0; p < pairs; p++) {
            Elem_set(&r, 2 * p, size, Elem(&n, 2 * p + part, size));
            Elem_set(&r, 2 * p + 1, size, Elem(&m, 2 * p + part, size));
        }
        break;
    default: {          /* PERM_ZIP */
        unsigned base = part * pairs;
        for (unsigned p = 0; p < pairs; p++) {
            Elem_set(&r, 2 * p, size, Elem(&n, base + p, size));
            Elem_set(&r, 2 * p + 1, size, Elem(&m, base + p, size));
        }
        break;
    }
    }
    simd_write(cpu, d->rd, &r, d->flags & SIMD_Q);
    cpu->pc += 4;
}

/* size = 11 with Q = 0 is reserved. */
static bool trans_permute(DecodedInsn *d, unsigned q, unsigned size, unsigned rm, unsigned rn,
                          unsigned rd, unsigned op, unsigned part)
{
    if (size == 3 && !q)
        return false;
    d->size = (uint8_t)size;
    d->flags = q ? SIMD_Q : 0;
    d->op = (uint8_t)op;
    d->imm = part;
    d->rm = (uint8_t)rm;
    d->rn = (uint8_t)rn;
    d->rd = (uint8_t)rd;
    d->fn = exec_permute;
    return true;
}

bool trans_UZP1(DecodedInsn *d, const arg_UZP1 *a)
{
    return trans_permute(d, a->q, a->size, a->rm, a->rn, a->rd, PERM_UZP, 0);
}

bool trans_UZP2(DecodedInsn *d, const arg_UZP2 *a)
{
    return trans_permute(d, a->q, a->size, a->rm, a->rn, a->rd, PERM_UZP, 1);
}

bool trans_TRN1(DecodedInsn *d, const arg_TRN1 *a)
{
    return trans_permute(d, a->q, a->size, a->rm, a->rn, a->rd, PERM_TRN, 0);
}

bool trans_TRN2(DecodedInsn *d, const arg_TRN2 *a)
{
    return trans_permute(d, a->q, a->size, a->rm, a->rn, a->rd, PERM_TRN, 1);
}

bool trans_ZIP1(DecodedInsn *d, const arg_ZIP1 *a)
{
    return trans_permute(d, a->q, a->size, a->rm, a->rn, a->rd, PERM_ZIP, 0);
}

bool trans_ZIP2(DecodedInsn *d, const arg_ZIP2 *a)
{
    return trans_permute(d, a->q, a->size, a->rm, a->rn, a->rd, PERM_ZIP, 1);
}

/* ---- EXT: result = (Vm:Vn)<position + datasize - 1 : position>; imm: position in bytes ---- */

static void exec_ext(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    unsigned bytes = (d->flags & SIMD_Q) ? 16 : 8;
    uint8_t concat[32];
    for (unsigned i = 0; i < bytes; i++) {
        concat[i] = cpu->v[d->rn].b[i];
        concat[bytes + i] = cpu->v[d->rm].b[i];
    }
    VReg r = { .d = { 0, 0 } };
    for (unsigned i = 0; i < bytes; i++)
        r.b[i] = concat[(unsigned)d->imm + i];
    simd_write(cpu, d->rd, &r, d->flags & SIMD_Q);
    cpu->pc += 4;
}

/* Q = 0 with imm4<3> = 1 is reserved. */
bool trans_EXT(DecodedInsn *d, const arg_EXT *a)
{
    if (!a->q && (a->imm4 & 8))
        return false;
    d->imm = a->imm4;
    d->flags = a->q ? SIMD_Q : 0;
    d->rm = (uint8_t)a->rm;
    d->rn = (uint8_t)a->rn;
    d->rd = (uint8_t)a->rd;
    d->fn = exec_ext;
    return true;
}

/* ---- TBL, TBX: imm = number of table registers, V[n] .. V[(n + imm - 1) MOD 32];
   op = 1 for TBX (out-of-range indexes keep the destination byte) ---- */

static void exec_tbl(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    unsigned regs = (unsigned)d->imm, bytes = (d->flags & SIMD_Q) ? 16 : 8;
    uint8_t table[64];
    for (unsigned i = 0; i < regs; i++)
        memcpy(&table[16 * i], cpu->v[(d->rn + i) % 32].b, 16);
    const VReg indices = cpu->v[d->rm];
    VReg r = d->op ? cpu->v[d->rd] : (VReg){ .d = { 0, 0 } };
    for (unsigned i = 0; i < bytes; i++) {
        unsigned index = indices.b[i];
        if (index < 16 * regs)
            r.b[i] = table[index];
    }
    simd_write(cpu, d->rd, &r, d->flags & SIMD_Q);
    cpu->pc += 4;
}

static bool trans_table(DecodedInsn *d, unsigned q, unsigned len, unsigned rm, unsigned rn,
                        unsigned rd, bool tbx)
{
    d->imm = len + 1;
    d->op = tbx;
    d->flags = q ? SIMD_Q : 0;
    d->rm = (uint8_t)rm;
    d->rn = (uint8_t)rn;
    d->rd = (uint8_t)rd;
    d->fn = exec_tbl;
    return true;
}

bool trans_TBL(DecodedInsn *d, const arg_TBL *a)
{
    return trans_table(d, a->q, a->len, a->rm, a->rn, a->rd, false);
}

bool trans_TBX(DecodedInsn *d, const arg_TBX *a)
{
    return trans_table(d, a->q, a->len, a->rm, a->rn, a->rd, true);
}

/* ---- Modified immediate: MOVI, MVNI, ORR, BIC, FMOV (vector, immediate) ----
   imm: the 64-bit immediate (already inverted for MVNI), replicated to the
   datasize; op: MODIMM_MOVI (also MVNI and FMOV), MODIMM_ORR, MODIMM_BIC */

enum { MODIMM_MOVI, MODIMM_ORR, MODIMM_BIC };

/* AdvSIMDExpandImm(op, cmode, imm8). */
static uint64_t AdvSIMDExpandImm(unsigned op, unsigned cmode, unsigned imm8)
{
    uint64_t imm = imm8;
    switch (cmode >> 1) {
    case 0: return simd_replicate64(imm, 2);
    case 1: return simd_replicate64(imm << 8, 2);
    case 2: return simd_replicate64(imm << 16, 2);
    case 3: return simd_replicate64(imm << 24, 2);
    case 4: return simd_replicate64(imm, 1);
    case 5: return simd_replicate64(imm << 8, 1);
    case 6:
        return (cmode & 1) ? simd_replicate64((imm << 16) | 0xffff, 2)
                           : simd_replicate64((imm << 8) | 0xff, 2);
    default:
        if (!(cmode & 1) && !op)
            return simd_replicate64(imm, 0);
        if (!(cmode & 1)) {             /* each bit of imm8 to a byte */
            uint64_t r = 0;
            for (unsigned i = 0; i < 8; i++)
                if (imm8 & (1u << i))
                    r |= 0xffull << (8 * i);
            return r;
        }
        /* imm8<7>:NOT(imm8<6>):Replicate(imm8<6>, 5 or 8):imm8<5:0>:Zeros(19 or 48),
           which is VFPExpandImm() of 32 or 64 bits */
        return op ? VFPExpandImm(imm8, 64) : simd_replicate64(VFPExpandImm(imm8, 32), 2);
    }
}

static void exec_mod_imm(CPUState *cpu, const DecodedInsn *d)
{
    CheckFPAdvSIMDEnabled64(cpu);
    VReg r = cpu->v[d->rd];
    for (unsigned i = 0; i < 2; i++) {
        switch (d->op) {
        case MODIMM_ORR: r.d[i] |= (uint64_t)d->imm; break;
        case MODIMM_BIC: r.d[i] &= ~(uint64_t)d->imm; break;
        default: r.d[i] = (uint64_t)d->imm; break;
        }
    }
    simd_write(cpu, d->rd, &r, d->flags & SIMD_Q);
    cpu->pc += 4;
}

/* The Arm ARM's decode by cmode:op: 0xx00/10x00/110x0/1110x MOVI,
   0xx01/10x01/110x1 MVNI, 0xx10/10x10 ORR, 0xx11/10x11 BIC, 11110 FMOV
   (single), 11111 FMOV (double), UNDEFINED for Q = 0. */
bool trans_SIMD_MOD_IMM(DecodedInsn *d, const arg_SIMD_MOD_IMM *a)
{
    unsigned cmode = a->cmode, op = a->op;
    unsigned imm8 = (a->abc << 5) | a->defgh;
    uint64_t imm = AdvSIMDExpandImm(op, cmode, imm8);
    if (cmode == 0xf && op && !a->q)
        return false;
    if (cmode < 0xc && (cmode & 1)) {           /* ORR, BIC: shifted 32- and 16-bit */
        d->op = op ? MODIMM_BIC : MODIMM_ORR;
    } else {
        d->op = MODIMM_MOVI;
        if (op && cmode < 0xe)                  /* MVNI */
            imm = ~imm;
    }
    d->imm = (int64_t)imm;
    d->flags = a->q ? SIMD_Q : 0;
    d->rd = (uint8_t)a->rd;
    d->fn = exec_mod_imm;
    return true;
}
