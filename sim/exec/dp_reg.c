/* Data processing -- register (C4.1.95): logical and add/sub (shifted and
   extended register), ADC/SBC, CCMP/CCMN, conditional select, 1-, 2- and
   3-source operations. */
#include "sim/exec/exec.h"

/* ---- Logical (shifted register) ---- */

/* op: 0 AND, 1 ORR, 2 EOR, 3 ANDS; flags: 1 if operand 2 is inverted (N);
   size: shift type; imm: shift amount */
static inline uint64_t logic_op2(const CPUState *cpu, const DecodedInsn *d)
{
    uint64_t v = ShiftReg(cpu->x[d->rm], d->size, (unsigned)d->imm, d->sf);
    return d->flags ? ~v : v;
}

static void exec_logic_reg(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t a = cpu->x[d->rn], b = logic_op2(cpu, d), r;
    switch (d->op) {
    case 0: r = a & b; break;
    case 1: r = a | b; break;
    case 2: r = a ^ b; break;
    default: r = a & b; cpu->nzcv = nz_flags(r, d->sf); break;
    }
    set_reg(cpu, d->rd, d->sf, r);
    cpu->pc += 4;
}

/* MOV (register), the ORR Xd, XZR, Xm alias: the most common instruction. */
static void exec_mov_reg(CPUState *cpu, const DecodedInsn *d)
{
    set_reg(cpu, d->rd, d->sf, cpu->x[d->rm]);
    cpu->pc += 4;
}

bool trans_LOGIC_shifted(DecodedInsn *d, const arg_LOGIC_shifted *a)
{
    if (!a->sf && (a->imm6 & 0x20))
        return false;
    d->sf = a->sf;
    d->op = a->opc;
    d->flags = a->N;
    d->size = a->shift;
    d->imm = a->imm6;
    d->rn = reg_zr(a->rn);
    d->rm = reg_zr(a->rm);
    d->rd = reg_zr_dst(a->rd);
    d->fn = (a->opc == 1 && !a->N && a->imm6 == 0 && a->rn == 31) ? exec_mov_reg : exec_logic_reg;
    return true;
}

/* ---- Add/subtract (shifted register) ---- */

/* op: 1 for subtract; flags: 1 to set NZCV */
static void exec_addsub_shifted(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t b = ShiftReg(cpu->x[d->rm], d->size, (unsigned)d->imm, d->sf);
    uint64_t a = cpu->x[d->rn], r;
    if (d->flags)
        r = AddWithCarry(a, d->op ? ~b : b, d->op, d->sf, &cpu->nzcv);
    else
        r = d->op ? a - b : a + b;
    set_reg(cpu, d->rd, d->sf, r);
    cpu->pc += 4;
}

/* 64-bit add/sub without flags, one function per shift type: these are hot
   and a switch on the shift type inside would be an unpredictable branch. */
#define ADDSUB64(name, expr)                                              \
    static void name(CPUState *cpu, const DecodedInsn *d)                 \
    {                                                                     \
        uint64_t m = cpu->x[d->rm];                                       \
        unsigned s = (unsigned)d->imm;                                    \
        cpu->x[d->rd] = expr;                                             \
        cpu->pc += 4;                                                     \
    }
ADDSUB64(exec_add64_lsl, cpu->x[d->rn] + (m << s))
ADDSUB64(exec_add64_lsr, cpu->x[d->rn] + (m >> s))
ADDSUB64(exec_add64_asr, cpu->x[d->rn] + (uint64_t)((int64_t)m >> s))
ADDSUB64(exec_sub64_lsl, cpu->x[d->rn] - (m << s))
ADDSUB64(exec_sub64_lsr, cpu->x[d->rn] - (m >> s))
ADDSUB64(exec_sub64_asr, cpu->x[d->rn] - (uint64_t)((int64_t)m >> s))
#undef ADDSUB64

bool trans_ADD_SUB_shifted(DecodedInsn *d, const arg_ADD_SUB_shifted *a)
{
    static ExecFn *const fast64[2][3] = {
        { exec_add64_lsl, exec_add64_lsr, exec_add64_asr },
        { exec_sub64_lsl, exec_sub64_lsr, exec_sub64_asr },
    };
    if (a->shift == SHIFT_ROR || (!a->sf && (a->imm6 & 0x20)))
        return false;
    d->sf = a->sf;
    d->op = a->op;
    d->flags = a->S;
    d->size = a->shift;
    d->imm = a->imm6;
    d->rn = reg_zr(a->rn);
    d->rm = reg_zr(a->rm);
    d->rd = reg_zr_dst(a->rd);
    d->fn = (a->sf && !a->S) ? fast64[a->op][a->shift] : exec_addsub_shifted;
    return true;
}

/* ---- Add/subtract (extended register) ---- */

/* ExtendReg(): option selects UXTB..SXTX, then shift left by 0..4. */
static inline uint64_t ExtendReg(uint64_t v, unsigned option, unsigned shift)
{
    switch (option) {
    case 0: v = (uint8_t)v; break;
    case 1: v = (uint16_t)v; break;
    case 2: v = (uint32_t)v; break;
    case 3: break;
    case 4: v = (uint64_t)(int64_t)(int8_t)v; break;
    case 5: v = (uint64_t)(int64_t)(int16_t)v; break;
    case 6: v = (uint64_t)(int64_t)(int32_t)v; break;
    default: break;
    }
    return v << shift;
}

/* size: option; imm: shift */
static void exec_addsub_ext(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t b = ExtendReg(cpu->x[d->rm], d->size, (unsigned)d->imm);
    uint64_t a = cpu->x[d->rn], r;
    if (d->flags)
        r = AddWithCarry(a, d->op ? ~b : b, d->op, d->sf, &cpu->nzcv);
    else
        r = d->op ? a - b : a + b;
    set_reg(cpu, d->rd, d->sf, r);
    cpu->pc += 4;
}

bool trans_ADD_SUB_ext(DecodedInsn *d, const arg_ADD_SUB_ext *a)
{
    if (a->opt != 0 || a->imm3 > 4)
        return false;
    d->sf = a->sf;
    d->op = a->op;
    d->flags = a->S;
    d->size = a->option;
    d->imm = a->imm3;
    d->rn = reg_sp(a->rn);
    d->rm = reg_zr(a->rm);
    d->rd = a->S ? reg_zr_dst(a->rd) : reg_sp(a->rd);
    d->fn = exec_addsub_ext;
    return true;
}

/* ---- Add/subtract (with carry) ---- */

static void exec_adc_sbc(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t b = d->op ? ~cpu->x[d->rm] : cpu->x[d->rm];
    unsigned c = (cpu->nzcv & PSTATE_C) != 0;
    uint32_t nzcv;
    uint64_t r = AddWithCarry(cpu->x[d->rn], b, c, d->sf, &nzcv);
    if (d->flags)
        cpu->nzcv = nzcv;
    set_reg(cpu, d->rd, d->sf, r);
    cpu->pc += 4;
}

bool trans_ADC_SBC(DecodedInsn *d, const arg_ADC_SBC *a)
{
    d->sf = a->sf;
    d->op = a->op;
    d->flags = a->S;
    d->rn = reg_zr(a->rn);
    d->rm = reg_zr(a->rm);
    d->rd = reg_zr_dst(a->rd);
    d->fn = exec_adc_sbc;
    return true;
}

/* ---- Conditional compare (register and immediate) ---- */

/* op: 1 CCMP (subtract), 0 CCMN; size: cond; flags: nzcv if false;
   imm2: 1 for the immediate form, imm: the immediate */
static void exec_ccmp(CPUState *cpu, const DecodedInsn *d)
{
    if (ConditionHolds(cpu->nzcv, d->size)) {
        uint64_t b = d->imm2 ? (uint64_t)d->imm : cpu->x[d->rm];
        AddWithCarry(cpu->x[d->rn], d->op ? ~b : b, d->op, d->sf, &cpu->nzcv);
    } else {
        cpu->nzcv = (uint32_t)d->flags << 28;
    }
    cpu->pc += 4;
}

bool trans_CCMP_reg(DecodedInsn *d, const arg_CCMP_reg *a)
{
    if (a->o2 || a->o3)
        return false;
    d->sf = a->sf;
    d->op = a->op;
    d->size = a->cond;
    d->flags = a->nzcv;
    d->rn = reg_zr(a->rn);
    d->rm = reg_zr(a->rm);
    d->fn = exec_ccmp;
    return true;
}

bool trans_CCMP_imm(DecodedInsn *d, const arg_CCMP_imm *a)
{
    if (a->o2 || a->o3)
        return false;
    d->sf = a->sf;
    d->op = a->op;
    d->size = a->cond;
    d->flags = a->nzcv;
    d->rn = reg_zr(a->rn);
    d->imm = a->imm5;
    d->imm2 = 1;
    d->fn = exec_ccmp;
    return true;
}

/* ---- Conditional select ---- */

/* op: 0 CSEL, 1 CSINC, 2 CSINV, 3 CSNEG; size: cond */
static void exec_csel(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t r;
    if (ConditionHolds(cpu->nzcv, d->size)) {
        r = cpu->x[d->rn];
    } else {
        r = cpu->x[d->rm];
        switch (d->op) {
        case 1: r = r + 1; break;
        case 2: r = ~r; break;
        case 3: r = -r; break;
        default: break;
        }
    }
    set_reg(cpu, d->rd, d->sf, r);
    cpu->pc += 4;
}

bool trans_CSEL(DecodedInsn *d, const arg_CSEL *a)
{
    if (a->S || (a->op2 & 2))
        return false;
    d->sf = a->sf;
    d->op = (uint8_t)((a->op << 1) | a->op2);
    d->size = a->cond;
    d->rn = reg_zr(a->rn);
    d->rm = reg_zr(a->rm);
    d->rd = reg_zr_dst(a->rd);
    d->fn = exec_csel;
    return true;
}

/* ---- Data-processing (3 source) ---- */

static void exec_madd(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t p = cpu->x[d->rn] * cpu->x[d->rm];
    set_reg(cpu, d->rd, d->sf, d->op ? cpu->x[d->ra] - p : cpu->x[d->ra] + p);
    cpu->pc += 4;
}

static void exec_smaddl(CPUState *cpu, const DecodedInsn *d)
{
    int64_t p = (int64_t)(int32_t)cpu->x[d->rn] * (int64_t)(int32_t)cpu->x[d->rm];
    cpu->x[d->rd] = d->op ? cpu->x[d->ra] - (uint64_t)p : cpu->x[d->ra] + (uint64_t)p;
    cpu->pc += 4;
}

static void exec_umaddl(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t p = (uint64_t)(uint32_t)cpu->x[d->rn] * (uint32_t)cpu->x[d->rm];
    cpu->x[d->rd] = d->op ? cpu->x[d->ra] - p : cpu->x[d->ra] + p;
    cpu->pc += 4;
}

static void exec_smulh(CPUState *cpu, const DecodedInsn *d)
{
    __int128 p = (__int128)(int64_t)cpu->x[d->rn] * (int64_t)cpu->x[d->rm];
    cpu->x[d->rd] = (uint64_t)(p >> 64);
    cpu->pc += 4;
}

static void exec_umulh(CPUState *cpu, const DecodedInsn *d)
{
    unsigned __int128 p = (unsigned __int128)cpu->x[d->rn] * cpu->x[d->rm];
    cpu->x[d->rd] = (uint64_t)(p >> 64);
    cpu->pc += 4;
}

static void fill_3src(DecodedInsn *d, unsigned sf, unsigned o0, unsigned rm, unsigned ra,
                      unsigned rn, unsigned rd, ExecFn *fn)
{
    d->sf = sf;
    d->op = o0;
    d->rm = reg_zr(rm);
    d->ra = reg_zr(ra);
    d->rn = reg_zr(rn);
    d->rd = reg_zr_dst(rd);
    d->fn = fn;
}

bool trans_MADD_MSUB(DecodedInsn *d, const arg_MADD_MSUB *a)
{
    fill_3src(d, a->sf, a->o0, a->rm, a->ra, a->rn, a->rd, exec_madd);
    return true;
}

bool trans_SMADDL_SMSUBL(DecodedInsn *d, const arg_SMADDL_SMSUBL *a)
{
    if (!a->sf)
        return false;
    fill_3src(d, 1, a->o0, a->rm, a->ra, a->rn, a->rd, exec_smaddl);
    return true;
}

bool trans_UMADDL_UMSUBL(DecodedInsn *d, const arg_UMADDL_UMSUBL *a)
{
    if (!a->sf)
        return false;
    fill_3src(d, 1, a->o0, a->rm, a->ra, a->rn, a->rd, exec_umaddl);
    return true;
}

bool trans_SMULH(DecodedInsn *d, const arg_SMULH *a)
{
    if (!a->sf || a->o0)
        return false;
    fill_3src(d, 1, 0, a->rm, a->ra, a->rn, a->rd, exec_smulh);
    return true;
}

bool trans_UMULH(DecodedInsn *d, const arg_UMULH *a)
{
    if (!a->sf || a->o0)
        return false;
    fill_3src(d, 1, 0, a->rm, a->ra, a->rn, a->rd, exec_umulh);
    return true;
}

/* ---- Data-processing (2 source) ---- */

static void exec_udiv(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t n = cpu->x[d->rn], m = cpu->x[d->rm], r;
    if (!d->sf) {
        n = (uint32_t)n;
        m = (uint32_t)m;
    }
    r = m ? n / m : 0;
    set_reg(cpu, d->rd, d->sf, r);
    cpu->pc += 4;
}

static void exec_sdiv(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t r;
    if (d->sf) {
        int64_t n = (int64_t)cpu->x[d->rn], m = (int64_t)cpu->x[d->rm];
        if (m == 0)
            r = 0;
        else if (n == INT64_MIN && m == -1)
            r = (uint64_t)INT64_MIN;    /* the quotient overflows and wraps */
        else
            r = (uint64_t)(n / m);
    } else {
        int32_t n = (int32_t)cpu->x[d->rn], m = (int32_t)cpu->x[d->rm];
        if (m == 0)
            r = 0;
        else if (n == INT32_MIN && m == -1)
            r = (uint32_t)INT32_MIN;
        else
            r = (uint32_t)(n / m);
    }
    set_reg(cpu, d->rd, d->sf, r);
    cpu->pc += 4;
}

bool trans_DIV(DecodedInsn *d, const arg_DIV *a)
{
    d->sf = a->sf;
    d->rn = reg_zr(a->rn);
    d->rm = reg_zr(a->rm);
    d->rd = reg_zr_dst(a->rd);
    d->fn = a->o1 ? exec_sdiv : exec_udiv;
    return true;
}

/* size: shift type; the amount is Xm MOD datasize */
static void exec_shiftv(CPUState *cpu, const DecodedInsn *d)
{
    unsigned amount = (unsigned)(cpu->x[d->rm] & (d->sf ? 63 : 31));
    set_reg(cpu, d->rd, d->sf, ShiftReg(cpu->x[d->rn], d->size, amount, d->sf));
    cpu->pc += 4;
}

bool trans_SHIFTV(DecodedInsn *d, const arg_SHIFTV *a)
{
    d->sf = a->sf;
    d->size = a->op2;
    d->rn = reg_zr(a->rn);
    d->rm = reg_zr(a->rm);
    d->rd = reg_zr_dst(a->rd);
    d->fn = exec_shiftv;
    return true;
}

/* CRC32/CRC32C: the reflected polynomial update of the Arm ARM's
   BitReverse(Poly32Mod2(...)) formulation, without pre/post inversion.
   size: log2 bytes; imm: reflected polynomial */
static void exec_crc32(CPUState *cpu, const DecodedInsn *d)
{
    uint32_t crc = (uint32_t)cpu->x[d->rn];
    uint64_t val = cpu->x[d->rm];
    uint32_t poly = (uint32_t)d->imm;
    for (unsigned i = 0; i < (1u << d->size); i++) {
        crc ^= (uint8_t)(val >> (8 * i));
        for (int b = 0; b < 8; b++)
            crc = (crc >> 1) ^ (poly & -(crc & 1));
    }
    cpu->x[d->rd] = crc;
    cpu->pc += 4;
}

bool trans_CRC32(DecodedInsn *d, const arg_CRC32 *a)
{
    if (a->sf != (a->sz == 3))
        return false;
    d->size = a->sz;
    d->imm = a->C ? 0x82f63b78 : 0xedb88320;
    d->rn = reg_zr(a->rn);
    d->rm = reg_zr(a->rm);
    d->rd = reg_zr_dst(a->rd);
    d->fn = exec_crc32;
    return true;
}

/* ---- Data-processing (1 source) ---- */

static uint64_t rbit64(uint64_t v)
{
    v = ((v >> 1) & 0x5555555555555555ull) | ((v & 0x5555555555555555ull) << 1);
    v = ((v >> 2) & 0x3333333333333333ull) | ((v & 0x3333333333333333ull) << 2);
    v = ((v >> 4) & 0x0f0f0f0f0f0f0f0full) | ((v & 0x0f0f0f0f0f0f0f0full) << 4);
    return __builtin_bswap64(v);
}

static void exec_rbit(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t r = rbit64(cpu->x[d->rn]);
    set_reg(cpu, d->rd, d->sf, d->sf ? r : r >> 32);
    cpu->pc += 4;
}

/* REV16 (container 16), REV32 (container 32), REV (container = datasize):
   imm = container size in bits */
static void exec_rev(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t v = cpu->x[d->rn], r;
    switch (d->imm) {
    case 16:
        r = ((v >> 8) & 0x00ff00ff00ff00ffull) | ((v & 0x00ff00ff00ff00ffull) << 8);
        break;
    case 32:
        r = __builtin_bswap64(v);
        r = (r >> 32) | (r << 32);
        break;
    default:
        r = __builtin_bswap64(v);
        break;
    }
    set_reg(cpu, d->rd, d->sf, r);
    cpu->pc += 4;
}

static void exec_clz(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t v = cpu->x[d->rn];
    uint64_t r = d->sf ? (v ? (uint64_t)__builtin_clzll(v) : 64)
                       : ((uint32_t)v ? (uint64_t)__builtin_clz((uint32_t)v) : 32);
    set_reg(cpu, d->rd, d->sf, r);
    cpu->pc += 4;
}

/* CLS: leading bits equal to the sign bit, not counting it. */
static void exec_cls(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t v = cpu->x[d->rn], r;
    if (d->sf) {
        uint64_t x = v ^ (v << 1);
        r = (x | 1) ? (uint64_t)__builtin_clzll(x | 1) : 63;
    } else {
        uint32_t w = (uint32_t)v;
        uint32_t x = w ^ (w << 1);
        r = (uint64_t)__builtin_clz(x | 1);
    }
    set_reg(cpu, d->rd, d->sf, r);
    cpu->pc += 4;
}

static void fill_1src(DecodedInsn *d, unsigned sf, unsigned rn, unsigned rd, ExecFn *fn)
{
    d->sf = sf;
    d->rn = reg_zr(rn);
    d->rd = reg_zr_dst(rd);
    d->fn = fn;
}

bool trans_RBIT(DecodedInsn *d, const arg_RBIT *a)
{
    fill_1src(d, a->sf, a->rn, a->rd, exec_rbit);
    return true;
}

bool trans_REV16(DecodedInsn *d, const arg_REV16 *a)
{
    fill_1src(d, a->sf, a->rn, a->rd, exec_rev);
    d->imm = 16;
    return true;
}

bool trans_REV32_REV(DecodedInsn *d, const arg_REV32_REV *a)
{
    if (!a->sf && a->opc0)
        return false;               /* opc = 11 with sf = 0 is unallocated */
    fill_1src(d, a->sf, a->rn, a->rd, exec_rev);
    if (a->sf)
        d->imm = a->opc0 ? 64 : 32; /* REV, REV32 */
    else
        d->imm = 32;                /* REV (32-bit) */
    return true;
}

bool trans_CLZ_CLS(DecodedInsn *d, const arg_CLZ_CLS *a)
{
    fill_1src(d, a->sf, a->rn, a->rd, a->op ? exec_cls : exec_clz);
    return true;
}
