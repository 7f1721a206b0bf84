/* Exclusive, ordered and atomic memory accesses (C4.1.94): LDXR/STXR and
   pair forms with the exclusive monitor (B2.9), LDAR/STLR/LDAPR, and the
   LSE atomics LDADD..LDUMIN, SWP, CAS, CASP (FEAT_LSE). */
#include "sim/exec/exec.h"
#include "sim/smp.h"

/* ---- exclusive monitor (AArch64.SetExclusiveMonitors, ExclusiveMonitorsPass) ---- */

static void set_exclusive_monitors(CPUState *cpu, uint64_t va, unsigned bytes)
{
    cpu->excl.valid = true;
    cpu->excl.addr = mem_translate_read(cpu, va, bytes, ACCTYPE_ATOMIC);
    cpu->excl.va = va;
    cpu->excl.size = bytes;
    smp_monitor_watch(cpu, cpu->excl.addr);       /* the global monitor */
}

static bool exclusive_monitors_pass(CPUState *cpu, uint64_t va, unsigned bytes)
{
    if (va & (bytes - 1)) {
        FaultRecord f = { .type = FAULT_ALIGNMENT, .write = true };
        AArch64_DataAbort(cpu, va, &f);
    }
    if (!cpu->excl.valid || cpu->excl.va != va || cpu->excl.size != bytes) {
        cpu->excl.valid = false;
        return false;
    }
    uint64_t pa;
    mem_rmw_ptr(cpu, va, bytes, &pa);       /* translation faults are taken here */
    bool passed = pa == cpu->excl.addr;
    cpu->excl.valid = false;
    return passed;
}

/* rd: Rt (load dest / store source); rm: Rs status; ra: Rt2; size: log2 bytes
   (for pairs: of one element); flags: LS_64 */

static void exec_ldxr(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t va = ldst_base(cpu, d->rn);
    unsigned bytes = 1u << d->size;
    set_exclusive_monitors(cpu, va, bytes);
    cpu->x[d->rd] = mem_read(cpu, va, bytes, ACCTYPE_ATOMIC);
    cpu->pc += 4;
}

static void exec_stxr(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t va = ldst_base(cpu, d->rn);
    unsigned bytes = 1u << d->size;
    uint64_t v = cpu->x[d->rd];
    uint32_t status = 1;
    if (exclusive_monitors_pass(cpu, va, bytes)) {
        mem_write(cpu, va, bytes, v, ACCTYPE_ATOMIC);
        status = 0;
    }
    cpu->x[d->rm] = status;
    cpu->pc += 4;
}

bool trans_LDST_excl(DecodedInsn *d, const arg_LDST_excl *a)
{
    d->size = a->size;
    d->rn = reg_sp(a->rn);
    if (a->L) {
        d->rd = reg_zr_dst(a->rt);
        d->fn = exec_ldxr;
    } else {
        d->rd = reg_zr(a->rt);
        d->rm = reg_zr_dst(a->rs);
        d->fn = exec_stxr;
    }
    return true;
}

static void exec_ldxp(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t va = ldst_base(cpu, d->rn);
    unsigned bytes = 1u << d->size;
    set_exclusive_monitors(cpu, va, 2 * bytes);
    if (d->size == 2) {
        uint64_t v = mem_read(cpu, va, 8, ACCTYPE_ATOMIC);
        cpu->x[d->rd] = (uint32_t)v;
        cpu->x[d->ra] = v >> 32;
    } else {
        uint64_t v1 = mem_read(cpu, va, 8, ACCTYPE_ATOMIC);
        uint64_t v2 = mem_read(cpu, va + 8, 8, ACCTYPE_ATOMIC);
        cpu->x[d->rd] = v1;
        cpu->x[d->ra] = v2;
    }
    cpu->pc += 4;
}

static void exec_stxp(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t va = ldst_base(cpu, d->rn);
    unsigned bytes = 1u << d->size;
    uint64_t v1 = cpu->x[d->rd], v2 = cpu->x[d->ra];
    uint32_t status = 1;
    if (exclusive_monitors_pass(cpu, va, 2 * bytes)) {
        if (d->size == 2) {
            mem_write(cpu, va, 8, (uint32_t)v1 | (v2 << 32), ACCTYPE_ATOMIC);
        } else {
            mem_write(cpu, va, 8, v1, ACCTYPE_ATOMIC);
            mem_write(cpu, va + 8, 8, v2, ACCTYPE_ATOMIC);
        }
        status = 0;
    }
    cpu->x[d->rm] = status;
    cpu->pc += 4;
}

bool trans_LDST_excl_pair(DecodedInsn *d, const arg_LDST_excl_pair *a)
{
    d->size = a->sz ? 3 : 2;
    d->rn = reg_sp(a->rn);
    if (a->L) {
        d->rd = reg_zr_dst(a->rt);
        d->ra = reg_zr_dst(a->rt2);
        d->fn = exec_ldxp;
    } else {
        d->rd = reg_zr(a->rt);
        d->ra = reg_zr(a->rt2);
        d->rm = reg_zr_dst(a->rs);
        d->fn = exec_stxp;
    }
    return true;
}

/* ---- load-acquire / store-release: LDAR, STLR, LDAPR ---- */

static void exec_ldar(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t va = ldst_base(cpu, d->rn);
    cpu->x[d->rd] = mem_read(cpu, va, 1u << d->size, ACCTYPE_ORDERED);
    cpu->pc += 4;
}

static void exec_stlr(CPUState *cpu, const DecodedInsn *d)
{
    uint64_t va = ldst_base(cpu, d->rn);
    mem_write(cpu, va, 1u << d->size, cpu->x[d->rd], ACCTYPE_ORDERED);
    cpu->pc += 4;
}

bool trans_LDST_ordered(DecodedInsn *d, const arg_LDST_ordered *a)
{
    if (!a->o0)
        return false;                   /* LDLAR/STLLR: FEAT_LOR is not implemented */
    d->size = a->size;
    d->rn = reg_sp(a->rn);
    if (a->L) {
        d->rd = reg_zr_dst(a->rt);
        d->iss = ldst_iss(a->size, false, a->rt, a->size == 3, true);
        d->fn = exec_ldar;
    } else {
        d->rd = reg_zr(a->rt);
        d->iss = ldst_iss(a->size, false, a->rt, a->size == 3, true);
        d->fn = exec_stlr;
    }
    return true;
}

/* ---- LSE: CAS, CASP ---- */

static inline bool have_lse(const CPUState *cpu)
{
    return cpu->model->features & FEAT_LSE;
}

/* rm: Rs (compare value, receives the old value); rd: Rt (new value) */
static void exec_cas(CPUState *cpu, const DecodedInsn *d)
{
    if (!have_lse(cpu))
        AArch64_UndefinedFault(cpu);
    uint64_t va = ldst_base(cpu, d->rn);
    unsigned bytes = 1u << d->size;
    uint64_t pa;
    void *p = mem_rmw_ptr(cpu, va, bytes, &pa);
    uint64_t mask = ones(8 * bytes);
    uint64_t old = host_load(p, bytes);
    if (old == (cpu->x[d->rm] & mask))
        host_store(p, bytes, cpu->x[d->rd]);
    if (d->ra != REG_DISCARD)
        cpu->x[d->ra] = old;
    cpu->pc += 4;
}

bool trans_CAS(DecodedInsn *d, const arg_CAS *a)
{
    d->size = a->size;
    d->rn = reg_sp(a->rn);
    d->rm = reg_zr(a->rs);
    d->ra = reg_zr_dst(a->rs);
    d->rd = reg_zr(a->rt);
    d->fn = exec_cas;
    return true;
}

/* rm, imm2: Rs, Rs+1 (read); ra, op: Rs, Rs+1 (write); rd, imm: Rt, Rt+1 (read) */
static void exec_casp(CPUState *cpu, const DecodedInsn *d)
{
    if (!have_lse(cpu))
        AArch64_UndefinedFault(cpu);
    uint64_t va = ldst_base(cpu, d->rn);
    unsigned bytes = 1u << d->size;
    uint64_t pa;
    uint8_t *p = mem_rmw_ptr(cpu, va, 2 * bytes, &pa);
    uint64_t mask = ones(8 * bytes);
    uint64_t old1 = host_load(p, bytes), old2 = host_load(p + bytes, bytes);
    if (old1 == (cpu->x[d->rm] & mask) && old2 == (cpu->x[d->imm2] & mask)) {
        host_store(p, bytes, cpu->x[d->rd]);
        host_store(p + bytes, bytes, cpu->x[d->imm]);
    }
    cpu->x[d->ra] = old1;
    cpu->x[d->op] = old2;
    cpu->pc += 4;
}

bool trans_CASP(DecodedInsn *d, const arg_CASP *a)
{
    if ((a->rs & 1) || (a->rt & 1))
        return false;
    d->size = a->sz ? 3 : 2;
    d->rn = reg_sp(a->rn);
    d->rm = reg_zr(a->rs);
    d->imm2 = reg_zr(a->rs + 1);
    d->ra = reg_zr_dst(a->rs);
    d->op = reg_zr_dst(a->rs + 1);
    d->rd = reg_zr(a->rt);
    d->imm = reg_zr(a->rt + 1);
    d->fn = exec_casp;
    return true;
}

/* ---- LSE: LDADD, LDCLR, LDEOR, LDSET, LD{S,U}{MAX,MIN}, SWP; LDAPR ---- */

enum { AOP_ADD, AOP_CLR, AOP_EOR, AOP_SET, AOP_SMAX, AOP_SMIN, AOP_UMAX, AOP_UMIN, AOP_SWP };

/* op: AOP_*; rm: Rs; rd: Rt (receives the old value) */
static void exec_atomic(CPUState *cpu, const DecodedInsn *d)
{
    if (!have_lse(cpu))
        AArch64_UndefinedFault(cpu);
    uint64_t va = ldst_base(cpu, d->rn);
    unsigned bytes = 1u << d->size, bits = 8 * bytes;
    uint64_t pa;
    void *p = mem_rmw_ptr(cpu, va, bytes, &pa);
    uint64_t old = host_load(p, bytes), val = cpu->x[d->rm] & ones(bits), r;
    int64_t sold = sextract64(old, 0, bits), sval = sextract64(val, 0, bits);
    switch (d->op) {
    case AOP_ADD: r = old + val; break;
    case AOP_CLR: r = old & ~val; break;
    case AOP_EOR: r = old ^ val; break;
    case AOP_SET: r = old | val; break;
    case AOP_SMAX: r = sold > sval ? old : val; break;
    case AOP_SMIN: r = sold < sval ? old : val; break;
    case AOP_UMAX: r = old > val ? old : val; break;
    case AOP_UMIN: r = old < val ? old : val; break;
    default: r = val; break;
    }
    host_store(p, bytes, r);
    cpu->x[d->rd] = old;
    cpu->pc += 4;
}

static void exec_ldapr(CPUState *cpu, const DecodedInsn *d)
{
    if (!(cpu->model->features & FEAT_LRCPC))
        AArch64_UndefinedFault(cpu);
    exec_ldar(cpu, d);
}

bool trans_ATOMIC(DecodedInsn *d, const arg_ATOMIC *a)
{
    d->size = a->size;
    d->rn = reg_sp(a->rn);
    d->rm = reg_zr(a->rs);
    d->rd = reg_zr_dst(a->rt);
    if (!a->o3) {
        d->op = a->opc;
        d->fn = exec_atomic;
        return true;
    }
    if (a->opc == 0) {
        d->op = AOP_SWP;
        d->fn = exec_atomic;
        return true;
    }
    if (a->opc == 4 && a->A && !a->R && a->rs == 31) {
        d->iss = ldst_iss(a->size, false, a->rt, a->size == 3, true);
        d->fn = exec_ldapr;
        return true;
    }
    return false;
}
