/* Internal header of the instruction handlers (sim/exec/, one file per
   encoding class).  Each trans_NAME() (called by the generated decoder) is
   the decode half: it checks the UNDEFINED cases and fills the DecodedInsn;
   the exec_ functions it selects are the execute half. */
#ifndef TRAPEZE_EXEC_H
#define TRAPEZE_EXEC_H

#include "decoder/decoder.h"
#include "mmu/mmu.h"
#include "sim/cpu.h"
#include "sim/exception.h"
#include "sysregs/sysregs.h"

ExecFn exec_undefined;

/* AddWithCarry(): returns the result and sets *nzcv (bits 31:28). */
static inline uint64_t AddWithCarry(uint64_t x, uint64_t y, unsigned carry_in, bool sf,
                                    uint32_t *nzcv)
{
    uint64_t result;
    uint32_t n, z, c, v;
    if (sf) {
        result = x + y + carry_in;
        c = carry_in ? result <= x : result < x;
        v = (uint32_t)((~(x ^ y) & (x ^ result)) >> 63);
        n = (uint32_t)(result >> 63);
    } else {
        uint64_t wide = (uint64_t)(uint32_t)x + (uint32_t)y + carry_in;
        result = (uint32_t)wide;
        c = (uint32_t)(wide >> 32);
        v = (uint32_t)(((~(x ^ y) & (x ^ result)) >> 31) & 1);
        n = (uint32_t)(result >> 31);
    }
    z = result == 0;
    *nzcv = (n << 31) | (z << 30) | (c << 29) | (v << 28);
    return result;
}

/* N and Z from a result of width sf; C and V cleared (logical ops). */
static inline uint32_t nz_flags(uint64_t result, bool sf)
{
    uint32_t n = sf ? (uint32_t)(result >> 63) : (uint32_t)(result >> 31) & 1;
    uint32_t z = (sf ? result : (uint32_t)result) == 0;
    return (n << 31) | (z << 30);
}

/* FSQRT (fp_arith.c): size = N, rn, rd. */
ExecFn exec_fsqrt;

/* VFPExpandImm() (fp_move.c): the FMOV immediate of N bits. */
uint64_t VFPExpandImm(unsigned imm8, unsigned N);

/* DecodeBitMasks(); false for a reserved encoding. */
bool DecodeBitMasks(unsigned immN, unsigned imms, unsigned immr, bool immediate,
                    unsigned datasize, uint64_t *wmask, uint64_t *tmask);

/* ShiftReg(): shift types LSL, LSR, ASR, ROR. */
enum { SHIFT_LSL, SHIFT_LSR, SHIFT_ASR, SHIFT_ROR };
static inline uint64_t ShiftReg(uint64_t v, unsigned type, unsigned amount, bool sf)
{
    unsigned bits = sf ? 64 : 32;
    if (!sf)
        v = (uint32_t)v;
    if (amount == 0)
        return v;
    switch (type) {
    case SHIFT_LSL: return v << amount;
    case SHIFT_LSR: return v >> amount;
    case SHIFT_ASR: return sf ? (uint64_t)((int64_t)v >> amount)
                              : (uint64_t)(uint32_t)((int32_t)v >> amount);
    default: return (v >> amount) | (v << (bits - amount));
    }
}

/* Branch to a register value: a misaligned target faults on the next fetch
   (PC alignment check), so leave the block and let the fetch see it. */
static inline void branch_to_reg(CPUState *cpu, uint64_t target)
{
    cpu->pc = target;
    if (unlikely(target & 3))
        cpu_end_block(cpu);
}

/* CheckSPAlignment() before an access whose base register is SP. */
static inline void CheckSPAlignment(CPUState *cpu)
{
    uint64_t sctlr = cpu_sctlr(cpu);
    bool check = cpu->el == 0 ? FIELD_EX64(sctlr, SCTLR, SA0) : FIELD_EX64(sctlr, SCTLR, SA);
    if (check && (cpu->x[REG_SP] & 15))
        AArch64_SPAlignmentFault(cpu);
}

/* The base address of a load/store: X[n], or SP after its alignment check. */
static inline uint64_t ldst_base(CPUState *cpu, unsigned rn)
{
    if (rn == REG_SP)
        CheckSPAlignment(cpu);
    return cpu->x[rn];
}

#endif

/* Loads and stores (loadstore.c, atomics.c) */
enum {
    LS_SIGNED = 1 << 0,     /* sign-extend the loaded value */
    LS_64 = 1 << 1,         /* destination register is X (else W) */
    LS_WB = 1 << 2,         /* write the address back to Rn */
    LS_POST = 1 << 3,       /* post-index: access at Rn, then add imm */
};

/* The loaded value of 1 << size bytes, extended as flags say. */
static inline uint64_t ldst_extend(uint64_t v, unsigned size, unsigned flags)
{
    if ((flags & LS_SIGNED) && size < 3)
        v = (uint64_t)sextract64(v, 0, 8u << size);
    return (flags & LS_64) ? v : (uint32_t)v;
}

/* The register offset of LDR/STR (register): Rm extended by option (UXTW,
   LSL, SXTW, SXTX) and shifted.  rm: Rm; imm: shift; imm2: option. */
static inline uint64_t ldst_reg_offset(const CPUState *cpu, const DecodedInsn *d)
{
    uint64_t m = cpu->x[d->rm];
    switch (d->imm2) {
    case 2: m = (uint32_t)m; break;                         /* UXTW */
    case 6: m = (uint64_t)(int64_t)(int32_t)m; break;       /* SXTW */
    default: break;                                         /* LSL (UXTX), SXTX */
    }
    return m << d->imm;
}

/* AArch64.CheckFPAdvSIMDEnabled() for an instruction: UNDEFINED without
   FP/SIMD, else the FP access traps (EC 0x07). */
static inline void CheckFPAdvSIMDEnabled64(CPUState *cpu)
{
    if (!(cpu->model->features & FEAT_FP))
        AArch64_UndefinedFault(cpu);
    unsigned target = CheckFPAdvSIMDEnabled(cpu);
    if (target)
        AArch64_AdvSIMDFPAccessTrap(cpu, target);
}

/* Elem[vector, e, esize] of a 128-bit SIMD&FP register, size = log2(esize / 8). */
static inline uint64_t Elem(const VReg *v, unsigned e, unsigned size)
{
    switch (size) {
    case 0: return v->b[e];
    case 1: return v->h[e];
    case 2: return v->s[e];
    default: return v->d[e];
    }
}

static inline void Elem_set(VReg *v, unsigned e, unsigned size, uint64_t x)
{
    switch (size) {
    case 0: v->b[e] = (uint8_t)x; break;
    case 1: v->h[e] = (uint16_t)x; break;
    case 2: v->s[e] = (uint32_t)x; break;
    default: v->d[e] = x; break;
    }
}

/* The instruction-specific part of a data abort syndrome (ISV, SAS, SSE,
   SRT, SF, AR: AArch64.FaultSyndrome's LSInstructionSyndrome), reported by
   stage-2 aborts of single general-register loads and stores. */
static inline uint32_t ldst_iss(unsigned size, bool sign, unsigned rt, bool sf, bool ar)
{
    uint32_t iss = FIELD_DP64(0, ISS_DA, ISV, 1);
    iss = FIELD_DP64(iss, ISS_DA, SAS, size);
    iss = FIELD_DP64(iss, ISS_DA, SSE, sign);
    iss = FIELD_DP64(iss, ISS_DA, SRT, rt);
    iss = FIELD_DP64(iss, ISS_DA, SF, sf);
    return FIELD_DP64(iss, ISS_DA, AR, ar);
}
