/* Exception generation and system instructions (C4.1.93): SVC, HVC, SMC,
   BRK, HLT, ERET, hints, barriers, MSR (immediate), SYS, MRS, MSR (register). */
#include "sim/board/board.h"
#include "sim/exec/exec.h"
#include "sim/smp.h"
#include "sysregs/sysregs.h"

void exec_undefined(CPUState *cpu, const DecodedInsn *d)
{
    (void)d;
    AArch64_UndefinedFault(cpu);
}

/* ---- Exception generation ---- */

static void exec_svc(CPUState *cpu, const DecodedInsn *d)
{
    AArch64_CallSupervisor(cpu, (uint16_t)d->imm);
}

bool trans_SVC(DecodedInsn *d, const arg_SVC *a)
{
    d->imm = a->imm16;
    d->fn = exec_svc;
    return true;
}

static void exec_hvc(CPUState *cpu, const DecodedInsn *d)
{
    /* With no EL2 the PSCI conduit is HVC (the built-in firmware answers). */
    if (!cpu->have_el2 && cpu->el >= 1) {
        psci_call(cpu);
        cpu->pc += 4;
        cpu_end_block(cpu);
    }
    if (!HaveEL(cpu, 2) || cpu->el == 0 || (cpu->el == 1 && !EL2Enabled(cpu)))
        AArch64_UndefinedFault(cpu);
    if (FIELD_EX64(HCR_EL2(cpu), HCR, HCD))
        AArch64_UndefinedFault(cpu);
    AArch64_CallHypervisor(cpu, (uint16_t)d->imm);
}

bool trans_HVC(DecodedInsn *d, const arg_HVC *a)
{
    d->imm = a->imm16;
    d->fn = exec_hvc;
    return true;
}

/* SMC (AArch64.CheckForSMCUndefOrTrap): the built-in PSCI firmware plays
   EL3 when EL2 exists, so HCR_EL2.TSC traps it first, as in QEMU. */
static void exec_smc(CPUState *cpu, const DecodedInsn *d)
{
    if (cpu->el == 0)
        AArch64_UndefinedFault(cpu);
    if (!cpu->have_el2)
        AArch64_UndefinedFault(cpu);        /* no EL3, and the conduit is HVC */
    if (CheckTSCTrap(cpu))
        AArch64_SMCTrap(cpu, (uint16_t)d->imm);
    psci_call(cpu);
    cpu->pc += 4;
    cpu_end_block(cpu);
}

bool trans_SMC(DecodedInsn *d, const arg_SMC *a)
{
    d->imm = a->imm16;
    d->fn = exec_smc;
    return true;
}

static void exec_brk(CPUState *cpu, const DecodedInsn *d)
{
    AArch64_SoftwareBreakpoint(cpu, (uint16_t)d->imm);
}

bool trans_BRK(DecodedInsn *d, const arg_BRK *a)
{
    d->imm = a->imm16;
    d->fn = exec_brk;
    return true;
}

enum { SEMIHOSTING_HLT_IMM = 0xf000 };

/* HLT is UNDEFINED unless halting debug is enabled (it never is here), except
   that with -semihosting, HLT #0xF000 at EL1/EL2 is a semihosting call. */
static void exec_hlt(CPUState *cpu, const DecodedInsn *d)
{
    if (d->imm == SEMIHOSTING_HLT_IMM && cpu->board->cfg.semihosting && cpu->el >= 1) {
        semihosting_call(cpu);
        cpu->pc += 4;
        return;
    }
    AArch64_UndefinedFault(cpu);
}

bool trans_HLT(DecodedInsn *d, const arg_HLT *a)
{
    d->imm = a->imm16;
    d->fn = exec_hlt;
    return true;
}

static const unsigned elr_of[3] = { 0, SR_ELR_EL1, SR_ELR_EL2 };
static const unsigned spsr_of[3] = { 0, SR_SPSR_EL1, SR_SPSR_EL2 };

static void exec_eret(CPUState *cpu, const DecodedInsn *d)
{
    (void)d;
    if (cpu->el == 0)
        AArch64_UndefinedFault(cpu);
    cpu->icount++;                          /* ERET retires */
    AArch64_ExceptionReturn(cpu, cpu->sysreg[elr_of[cpu->el]], cpu->sysreg[spsr_of[cpu->el]]);
}

bool trans_ERET(DecodedInsn *d, const arg_ERET *a)
{
    (void)a;
    d->fn = exec_eret;
    return true;
}

/* ---- Hints ---- */

static void exec_nop(CPUState *cpu, const DecodedInsn *d)
{
    (void)d;
    cpu->pc += 4;
}

/* WFI: trapped by HCR_EL2.TWI / SCTLR.nTWI; completes at once when a WFI
   wake-up event is pending (D1.6.2), else the PE waits for one with the PC
   after the WFI: the scheduler skips the time (sim/smp.h). */
static void exec_wfi(CPUState *cpu, const DecodedInsn *d)
{
    (void)d;
    SysregAccess t = CheckTWxTrap(cpu, false);
    if (t != SR_ACCESS_OK)
        AArch64_WFxTrap(cpu, t == SR_ACCESS_TRAP_EL2 ? 2 : 1, false);
    cpu->pc += 4;
    if (!exception_interrupt_pending(cpu))
        smp_wait(cpu, CPU_WAIT_WFI);
}

/* WFE: consumes the event register if set; otherwise the traps apply, then
   it completes if an interrupt is pending, else the PE waits for a WFE
   wake-up event (D1.6.1: SEV from another PE, the clearing of its global
   monitor, an interrupt): its quantum ends there and the scheduler looks
   again each round.  When every PE waits and no timer will fire, the WFE
   completes anyway (a spurious wake-up, which the architecture permits). */
static void exec_wfe(CPUState *cpu, const DecodedInsn *d)
{
    (void)d;
    if (cpu->event_register) {
        cpu->event_register = false;
        cpu->pc += 4;
        return;
    }
    SysregAccess t = CheckTWxTrap(cpu, true);
    if (t != SR_ACCESS_OK)
        AArch64_WFxTrap(cpu, t == SR_ACCESS_TRAP_EL2 ? 2 : 1, true);
    cpu->pc += 4;
    if (!exception_interrupt_pending(cpu))
        smp_wait(cpu, CPU_WAIT_WFE);
}

/* SEV signals every PE; SEVL only this one. */
static void exec_sev(CPUState *cpu, const DecodedInsn *d)
{
    (void)d;
    Board *b = cpu->board;
    for (int i = 0; i < b->ncpus; i++)
        b->cpus[i]->event_register = true;
    cpu->event_register = true;
    cpu->pc += 4;
}

static void exec_sevl(CPUState *cpu, const DecodedInsn *d)
{
    (void)d;
    cpu->event_register = true;
    cpu->pc += 4;
}

bool trans_HINT(DecodedInsn *d, const arg_HINT *a)
{
    unsigned op = (a->crm << 3) | a->op2;
    switch (op) {
    case 2: d->fn = exec_wfe; break;
    case 3: d->fn = exec_wfi; break;
    case 4: d->fn = exec_sev; break;
    case 5: d->fn = exec_sevl; break;
    default: d->fn = exec_nop; break;   /* NOP, YIELD, and unallocated hints */
    }
    return true;
}

/* ---- Barriers ---- */

static void exec_clrex(CPUState *cpu, const DecodedInsn *d)
{
    (void)d;
    cpu->excl.valid = false;
    cpu->pc += 4;
}

bool trans_BARRIER(DecodedInsn *d, const arg_BARRIER *a)
{
    switch (a->op2) {
    case 2: d->fn = exec_clrex; return true;
    case 4:                         /* DSB (SSBB, PSSBB are DSB aliases) */
    case 5:                         /* DMB */
    case 6:                         /* ISB: state changes take effect at once here */
        d->fn = exec_nop;
        return true;
    default:
        return false;               /* SB, DSB nXS, TCOMMIT: not implemented */
    }
}

/* ---- MSR (immediate) ---- */

enum { PSTATE_FIELD_UAO = 0x03, PSTATE_FIELD_PAN = 0x04, PSTATE_FIELD_SPSEL = 0x05,
       PSTATE_FIELD_DAIFSET = 0x1e, PSTATE_FIELD_DAIFCLR = 0x1f };

/* op: the PSTATE field (op1:op2); imm: CRm */
static void exec_msr_imm(CPUState *cpu, const DecodedInsn *d)
{
    unsigned imm = (unsigned)d->imm;
    switch (d->op) {
    case PSTATE_FIELD_DAIFSET:
    case PSTATE_FIELD_DAIFCLR: {
        SysregAccess t = CheckEL0SctlrTrap(cpu, REG_MASK(SCTLR, UMA));
        if (t != SR_ACCESS_OK)
            AArch64_SystemAccessTrap(cpu, t == SR_ACCESS_TRAP_EL2 ? 2 : 1, EC_SYSREG);
        if (d->op == PSTATE_FIELD_DAIFSET) {
            cpu->daif |= imm << R_SPSR_DAIF_SHIFT;
            cpu->pc += 4;
            return;
        }
        cpu->daif &= ~(imm << R_SPSR_DAIF_SHIFT);
        cpu->pc += 4;
        cpu_end_block(cpu);             /* unmasked interrupts are looked at */
    }
    case PSTATE_FIELD_SPSEL:
        if (cpu->el == 0)
            AArch64_UndefinedFault(cpu);
        cpu_set_el_sp(cpu, cpu->el, imm & 1);
        break;
    case PSTATE_FIELD_PAN:
        if (cpu->el == 0 || !(cpu->model->features & FEAT_PAN))
            AArch64_UndefinedFault(cpu);
        cpu->pan = imm & 1;
        mmu_context_changed(cpu);
        break;
    case PSTATE_FIELD_UAO:
        if (cpu->el == 0 || !(cpu->model->features & FEAT_UAO))
            AArch64_UndefinedFault(cpu);
        cpu->uao = imm & 1;
        break;
    default:
        AArch64_UndefinedFault(cpu);
    }
    cpu->pc += 4;
}

bool trans_MSR_imm(DecodedInsn *d, const arg_MSR_imm *a)
{
    unsigned field = (a->op1 << 3) | a->op2;
    switch (field) {
    case PSTATE_FIELD_UAO:              /* the CPU model's features are checked in exec */
    case PSTATE_FIELD_PAN:
    case PSTATE_FIELD_SPSEL:
    case PSTATE_FIELD_DAIFSET:
    case PSTATE_FIELD_DAIFCLR:
        break;
    default:
        return false;
    }
    d->op = (uint8_t)field;
    d->imm = a->crm;
    d->fn = exec_msr_imm;
    return true;
}

/* ---- System register and system instruction access ---- */

static _Noreturn void sysreg_access_fail(CPUState *cpu, SysregAccess r)
{
    if (r == SR_ACCESS_UNDEFINED)
        AArch64_UndefinedFault(cpu);
    if (r == SR_ACCESS_FP_TRAP_EL1 || r == SR_ACCESS_FP_TRAP_EL2)
        AArch64_AdvSIMDFPAccessTrap(cpu, r == SR_ACCESS_FP_TRAP_EL1 ? 1 : 2);
    AArch64_SystemAccessTrap(cpu, r == SR_ACCESS_TRAP_EL2 ? 2 : 1, EC_SYSREG);
}

/* The row an MRS/MSR/SYS reaches at the current EL, after the CPU model's
   features, the E2H redirection and the access check (which may trap).
   ptr holds the row decoded, or NULL for an unimplemented encoding. */
static const SysregInfo *sysreg_resolve(CPUState *cpu, const DecodedInsn *d, bool isread)
{
    const SysregInfo *ri = d->ptr;
    if (!ri || (ri->feature && !(cpu->model->features & ri->feature))) {
        if (CheckTIDCPTrap(cpu, d->insn))
            AArch64_SystemAccessTrap(cpu, 2, EC_SYSREG);
        AArch64_UndefinedFault(cpu);
    }
    ri = sysreg_e2h_redirect(cpu, ri);
    SysregAccess r = sysreg_check_access(cpu, ri, isread);
    if (r != SR_ACCESS_OK)
        sysreg_access_fail(cpu, r);
    return ri;
}

static void exec_mrs(CPUState *cpu, const DecodedInsn *d)
{
    const SysregInfo *ri = sysreg_resolve(cpu, d, true);
    cpu->x[d->rd] = sysreg_read(cpu, ri);
    cpu->pc += 4;
}

static void exec_msr(CPUState *cpu, const DecodedInsn *d)
{
    const SysregInfo *ri = sysreg_resolve(cpu, d, false);
    sysreg_write(cpu, ri, cpu->x[d->rd]);
    cpu->pc += 4;
    /* unmasked interrupts are looked at (writes that change the interrupt
       lines or bring a timer deadline closer lower cpu->run_limit themselves) */
    if (ri->id == SR_DAIF || ri->id == SR_HCR_EL2)
        cpu_end_block(cpu);
}

/* The row is resolved at decode time against the full table (decoded pages
   are shared by every CPU model); the feature check happens at execution. */
static const SysregInfo *lookup_any_model(unsigned op0, unsigned op1, unsigned crn,
                                          unsigned crm, unsigned op2)
{
    return sysreg_lookup(~0u, op0, op1, crn, crm, op2);
}

bool trans_MRS_MSR(DecodedInsn *d, const arg_MRS_MSR *a)
{
    d->ptr = lookup_any_model(2 + a->o0, a->op1, a->crn, a->crm, a->op2);
    if (a->L) {
        d->rd = reg_zr_dst(a->rt);
        d->fn = exec_mrs;
    } else {
        d->rd = reg_zr(a->rt);
        d->fn = exec_msr;
    }
    return true;
}

bool trans_SYS(DecodedInsn *d, const arg_SYS *a)
{
    if (a->L)
        return false;                   /* SYSL: no implemented encodings */
    d->ptr = lookup_any_model(1, a->op1, a->crn, a->crm, a->op2);
    d->rd = reg_zr(a->rt);
    d->fn = exec_msr;
    return true;
}
