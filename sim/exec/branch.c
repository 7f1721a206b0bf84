/* Branches (C4.1.93): B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ, BR, BLR, RET. */
#include "sim/exec/exec.h"

static void exec_b(CPUState *cpu, const DecodedInsn *d)
{
    cpu->pc += d->imm;
}

static void exec_bl(CPUState *cpu, const DecodedInsn *d)
{
    cpu->x[30] = cpu->pc + 4;
    cpu->pc += d->imm;
}

bool trans_B(DecodedInsn *d, const arg_B *a)
{
    d->imm = (int64_t)a->imm26 * 4;
    d->fn = a->op ? exec_bl : exec_b;
    return true;
}

static void exec_cbz(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t v = d->sf ? cpu->x[d->rd] : (uint32_t)cpu->x[d->rd];
    cpu->pc += ((v == 0) != d->op) ? d->imm : 4;
}

bool trans_CBZ(DecodedInsn *d, const arg_CBZ *a)
{
    d->sf = a->sf;
    d->op = a->op;                  /* 1: CBNZ */
    d->rd = reg_zr(a->rt);
    d->imm = (int64_t)a->imm19 * 4;
    d->fn = exec_cbz;
    return true;
}

static void exec_tbz(CPUState *cpu, const DecodedInsn *d)
{
    unsigned bit = extract64(cpu->x[d->rd], d->size, 1);
    cpu->pc += (bit == d->op) ? d->imm : 4;
}

bool trans_TBZ(DecodedInsn *d, const arg_TBZ *a)
{
    d->size = (uint8_t)((a->b5 << 5) | a->b40);
    d->op = a->op;                  /* 1: TBNZ */
    d->rd = reg_zr(a->rt);
    d->imm = (int64_t)a->imm14 * 4;
    d->fn = exec_tbz;
    return true;
}

static void exec_b_cond(CPUState *cpu, const DecodedInsn *d)
{
    cpu->pc += ConditionHolds(cpu->nzcv, d->op) ? d->imm : 4;
}

bool trans_B_cond(DecodedInsn *d, const arg_B_cond *a)
{
    d->op = a->cond;
    d->imm = (int64_t)a->imm19 * 4;
    d->fn = exec_b_cond;
    return true;
}

static void exec_br(CPUState *cpu, const DecodedInsn *d)
{
    branch_to_reg(cpu, cpu->x[d->rn]);
}

static void exec_blr(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t target = cpu->x[d->rn];
    cpu->x[30] = cpu->pc + 4;
    branch_to_reg(cpu, target);
}

bool trans_BR(DecodedInsn *d, const arg_BR *a)
{
    d->rn = reg_zr(a->rn);
    d->fn = exec_br;
    return true;
}

bool trans_BLR(DecodedInsn *d, const arg_BLR *a)
{
    d->rn = reg_zr(a->rn);
    d->fn = exec_blr;
    return true;
}

bool trans_RET(DecodedInsn *d, const arg_RET *a)
{
    d->rn = reg_zr(a->rn);
    d->fn = exec_br;
    return true;
}
