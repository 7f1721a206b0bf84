/* Exception entry and return, after the Arm ARM pseudocode
   (shared/exceptions, aarch64/exceptions). */
#include "sim/exception.h"

#include "mmu/mmu.h"
#include "sim/log.h"
#include "sysregs/sysregs.h"

static const unsigned esr_reg[3] = { 0, SR_ESR_EL1, SR_ESR_EL2 };
static const unsigned far_reg[3] = { 0, SR_FAR_EL1, SR_FAR_EL2 };
static const unsigned elr_reg[3] = { 0, SR_ELR_EL1, SR_ELR_EL2 };
static const unsigned spsr_reg[3] = { 0, SR_SPSR_EL1, SR_SPSR_EL2 };
static const unsigned vbar_reg[3] = { 0, SR_VBAR_EL1, SR_VBAR_EL2 };
static const unsigned sctlr_reg[3] = { 0, SR_SCTLR_EL1, SR_SCTLR_EL2 };

const char *exception_class_name(unsigned ec)
{
    switch (ec) {
    case EC_UNCATEGORIZED: return "UNKNOWN";
    case EC_WFX: return "WFx";
    case EC_FP_ACCESS: return "FP_ACCESS";
    case EC_ILLEGAL_STATE: return "ILLEGAL_STATE";
    case EC_SVC64: return "SVC64";
    case EC_HVC64: return "HVC64";
    case EC_SMC64: return "SMC64";
    case EC_SYSREG: return "SYS64";
    case EC_INSN_ABORT_LOWER: return "IABT_LOW";
    case EC_INSN_ABORT_SAME: return "IABT_CUR";
    case EC_PC_ALIGNMENT: return "PC_ALIGN";
    case EC_DATA_ABORT_LOWER: return "DABT_LOW";
    case EC_DATA_ABORT_SAME: return "DABT_CUR";
    case EC_SP_ALIGNMENT: return "SP_ALIGN";
    case EC_SERROR: return "SERROR";
    case EC_BRK64: return "BRK64";
    default: return "?";
    }
}

/* ELUsingAArch32(): trapeze implements AArch64 only at every EL. */
static bool lower_el_is_aarch32(const CPUState *cpu, unsigned target_el)
{
    (void)cpu, (void)target_el;
    return false;
}

/* AArch64.ReportException() */
static void report_exception(CPUState *cpu, const ExceptionRecord *e, unsigned target_el)
{
    /* IL is 1: every A64 instruction is 32 bits, and IL is RES1 for the
       exceptions that do not report an instruction (D19.2.37). */
    uint64_t esr = FIELD_DP64(0, ESR, EC, e->ec);
    esr = FIELD_DP64(esr, ESR, IL, 1);
    esr = FIELD_DP64(esr, ESR, ISS, e->iss);
    cpu->sysreg[esr_reg[target_el]] = esr;
    if (e->vaddress_valid)
        cpu->sysreg[far_reg[target_el]] = e->vaddress;
    if (target_el == 2 && e->ipa_valid)
        cpu->sysreg[SR_HPFAR_EL2] = (e->ipaddress >> 12) << 4;
}

void aarch64_enter_exception(CPUState *cpu, unsigned target_el, const ExceptionRecord *e,
                             uint64_t preferred_return, unsigned vect_offset)
{
    unsigned from_el = cpu->el;
    if (target_el > cpu->el)
        vect_offset += lower_el_is_aarch32(cpu, target_el) ? 0x600 : 0x400;
    else if (cpu->spsel)
        vect_offset += 0x200;

    uint64_t spsr = cpu_get_pstate(cpu);
    if (e)
        report_exception(cpu, e, target_el);

    cpu_set_el_sp(cpu, target_el, 1);
    cpu->sysreg[spsr_reg[target_el]] = spsr;
    cpu->sysreg[elr_reg[target_el]] = preferred_return;
    cpu->ss = 0;
    cpu->daif = REG_MASK(SPSR, DAIF);
    cpu->il = 0;
    if ((cpu->model->features & FEAT_PAN) &&
        (target_el == 1 || (target_el == 2 && ELIsInHost(cpu, 0))) &&
        !FIELD_EX64(cpu->sysreg[sctlr_reg[target_el]], SCTLR, SPAN))
        cpu->pan = 1;
    cpu->uao = 0;
    mmu_context_changed(cpu);
    cpu->pc = (cpu->sysreg[vbar_reg[target_el]] & ~0x7ffull) | (vect_offset & 0x7ff);
    /* Taking an exception is a step of the deterministic clock, so that time
       advances and --max-insns ends even a loop of exceptions. */
    cpu->icount++;

    if (log_enabled(LOG_INT)) {
        if (e)
            log_printf("Taking exception EC=0x%02x [%s] ISS=0x%07x from EL%u to EL%u\n"
                       "...ESR_EL%u 0x%016llx ELR_EL%u 0x%016llx SPSR_EL%u 0x%08llx%s",
                       e->ec, exception_class_name(e->ec), e->iss, from_el, target_el,
                       target_el, (unsigned long long)cpu->sysreg[esr_reg[target_el]],
                       target_el, (unsigned long long)preferred_return, target_el,
                       (unsigned long long)spsr, e->vaddress_valid ? "" : "\n");
        else
            log_printf("Taking interrupt vector +0x%x from EL%u to EL%u, ELR 0x%016llx\n",
                       vect_offset, from_el, target_el, (unsigned long long)preferred_return);
        if (e && e->vaddress_valid)
            log_printf(" FAR_EL%u 0x%016llx\n", target_el, (unsigned long long)e->vaddress);
    }
}

void AArch64_TakeException(CPUState *cpu, unsigned target_el, const ExceptionRecord *e,
                           uint64_t preferred_return, unsigned vect_offset)
{
    aarch64_enter_exception(cpu, target_el, e, preferred_return, vect_offset);
    cpu_loop_exit(cpu);
}

unsigned exception_target_el(const CPUState *cpu)
{
    if (cpu->el > 1)
        return cpu->el;
    if (cpu->el == 0 && EL2Enabled(cpu) && FIELD_EX64(HCR_EL2(cpu), HCR, TGE))
        return 2;
    return 1;
}

static _Noreturn void take_sync(CPUState *cpu, unsigned target_el, unsigned ec, uint32_t iss,
                                uint64_t preferred_return)
{
    ExceptionRecord e = { .ec = ec, .iss = iss };
    AArch64_TakeException(cpu, target_el, &e, preferred_return, VECT_SYNC);
}

/* AArch64.UndefinedFault() */
void AArch64_UndefinedFault(CPUState *cpu)
{
    take_sync(cpu, exception_target_el(cpu), EC_UNCATEGORIZED, 0, cpu->pc);
}

/* AArch64.CallSupervisor() */
void AArch64_CallSupervisor(CPUState *cpu, uint16_t imm)
{
    take_sync(cpu, exception_target_el(cpu), EC_SVC64, imm, cpu->pc + 4);
}

/* AArch64.CallHypervisor() */
void AArch64_CallHypervisor(CPUState *cpu, uint16_t imm)
{
    take_sync(cpu, 2, EC_HVC64, imm, cpu->pc + 4);
}

/* The HCR_EL2.TSC trap of SMC (AArch64.CheckForSMCUndefOrTrap): returns to the SMC. */
void AArch64_SMCTrap(CPUState *cpu, uint16_t imm)
{
    take_sync(cpu, 2, EC_SMC64, imm, cpu->pc);
}

/* AArch64.SoftwareBreakpoint() */
void AArch64_SoftwareBreakpoint(CPUState *cpu, uint16_t imm)
{
    unsigned target = exception_target_el(cpu);
    /* MDCR_EL2.TDE routes debug exceptions from EL0/EL1 to EL2. */
    if (cpu->el <= 1 && EL2Enabled(cpu) && FIELD_EX64(cpu->sysreg[SR_MDCR_EL2], MDCR, TDE))
        target = 2;
    take_sync(cpu, target, EC_BRK64, imm, cpu->pc);
}

/* AArch64.WFxTrap(): ISS has CV = 1, COND = 0b1110 and TI. */
void AArch64_WFxTrap(CPUState *cpu, unsigned target_el, bool is_wfe)
{
    uint32_t iss = FIELD_DP64(0, ISS_WFX, CV, 1) | (0xeu << 20);
    iss = FIELD_DP64(iss, ISS_WFX, TI, is_wfe ? 1 : 0);
    take_sync(cpu, target_el, EC_WFX, iss, cpu->pc);
}

/* AArch64.SystemAccessTrapSyndrome(): Op0, Op2, Op1, CRn, Rt, CRm, direction
   taken from the MRS/MSR/SYS encoding. */
void AArch64_SystemAccessTrap(CPUState *cpu, unsigned target_el, unsigned ec)
{
    uint32_t insn = cpu_current_insn(cpu)->insn;
    uint32_t iss = 0;
    iss = FIELD_DP64(iss, ISS_SYS, OP0, extract64(insn, 19, 2));
    iss = FIELD_DP64(iss, ISS_SYS, OP2, extract64(insn, 5, 3));
    iss = FIELD_DP64(iss, ISS_SYS, OP1, extract64(insn, 16, 3));
    iss = FIELD_DP64(iss, ISS_SYS, CRN, extract64(insn, 12, 4));
    iss = FIELD_DP64(iss, ISS_SYS, RT, extract64(insn, 0, 5));
    iss = FIELD_DP64(iss, ISS_SYS, CRM, extract64(insn, 8, 4));
    iss = FIELD_DP64(iss, ISS_SYS, DIR, extract64(insn, 21, 1));
    take_sync(cpu, target_el, ec, iss, cpu->pc);
}

void AArch64_AdvSIMDFPAccessTrap(CPUState *cpu, unsigned target_el)
{
    if (target_el == 1 && EL2Enabled(cpu) && FIELD_EX64(HCR_EL2(cpu), HCR, TGE))
        take_sync(cpu, 2, EC_UNCATEGORIZED, 0, cpu->pc);
    /* ConditionSyndrome(): CV = 1, COND = 0b1110 for traps from AArch64. */
    take_sync(cpu, target_el, EC_FP_ACCESS, FIELD_DP64(0, ISS_WFX, CV, 1) | (0xeu << 20), cpu->pc);
}

/* AArch64.PCAlignmentFault(): FAR is the misaligned PC. */
void AArch64_PCAlignmentFault(CPUState *cpu)
{
    ExceptionRecord e = { .ec = EC_PC_ALIGNMENT, .vaddress_valid = true, .vaddress = cpu->pc };
    AArch64_TakeException(cpu, exception_target_el(cpu), &e, cpu->pc, VECT_SYNC);
}

/* AArch64.SPAlignmentFault() */
void AArch64_SPAlignmentFault(CPUState *cpu)
{
    take_sync(cpu, exception_target_el(cpu), EC_SP_ALIGNMENT, 0, cpu->pc);
}

/* Illegal Execution state exception (D1.4.x): PSTATE.IL set at an instruction. */
void AArch64_IllegalStateFault(CPUState *cpu)
{
    take_sync(cpu, exception_target_el(cpu), EC_ILLEGAL_STATE, 0, cpu->pc);
}

/* The EL an abort goes to (AArch64.DataAbort): stage-2 faults from EL0/EL1
   go to EL2, others follow exception_target_el(). */
static unsigned abort_target_el(const CPUState *cpu, const FaultRecord *f)
{
    if (cpu->el <= 1 && EL2Enabled(cpu) && f->stage2)
        return 2;
    return exception_target_el(cpu);
}

/* FAR_ELx is the faulting VA; HPFAR_EL2 the IPA of a stage-2 fault. */
static void abort_record(ExceptionRecord *e, uint64_t vaddress, const FaultRecord *f)
{
    e->vaddress_valid = true;
    e->vaddress = vaddress;
    e->ipa_valid = f->stage2;
    e->ipaddress = f->ipa;
}

/* AArch64.DataAbort() with AArch64.FaultSyndrome(): the instruction syndrome
   (ISV and the LSInstructionSyndrome fields) only for stage-2 faults that
   are not on a stage-1 walk, from a single general-register load/store. */
void AArch64_DataAbort(CPUState *cpu, uint64_t vaddress, const FaultRecord *f)
{
    unsigned target = abort_target_el(cpu, f);
    uint32_t iss = FIELD_DP64(0, ISS_DA, DFSC, EncodeLDFSC(f));
    const DecodedInsn *d = cpu_current_insn(cpu);
    if (f->stage2 && !f->s1ptw && d)
        iss |= d->iss;
    iss = FIELD_DP64(iss, ISS_DA, WNR, (f->write || f->cm) && !f->s1ptw);
    iss = FIELD_DP64(iss, ISS_DA, CM, f->cm);
    iss = FIELD_DP64(iss, ISS_DA, S1PTW, f->s1ptw);
    ExceptionRecord e = {
        .ec = target > cpu->el ? EC_DATA_ABORT_LOWER : EC_DATA_ABORT_SAME, .iss = iss,
    };
    abort_record(&e, vaddress, f);
    AArch64_TakeException(cpu, target, &e, cpu->pc, VECT_SYNC);
}

/* AArch64.InstructionAbort(); vaddress is the fetched address (the PC). */
void AArch64_InstructionAbort(CPUState *cpu, uint64_t vaddress, const FaultRecord *f)
{
    unsigned target = abort_target_el(cpu, f);
    uint32_t iss = FIELD_DP64(0, ISS_DA, DFSC, EncodeLDFSC(f));
    iss = FIELD_DP64(iss, ISS_DA, S1PTW, f->s1ptw);
    ExceptionRecord e = {
        .ec = target > cpu->el ? EC_INSN_ABORT_LOWER : EC_INSN_ABORT_SAME, .iss = iss,
    };
    abort_record(&e, vaddress, f);
    AArch64_TakeException(cpu, target, &e, cpu->pc, VECT_SYNC);
}

/* Physical IRQ and FIQ (D1.3.6, "Asynchronous exception routing" and
   "masking"): with no EL3 they go to EL2 when HCR_EL2.IMO/FMO or TGE is set,
   else to EL1.  Never taken to an EL below the current one; taken from a
   lower EL whatever PSTATE.I/F say; masked by PSTATE.I/F at their own EL.
   Returns the target EL, or 0 if the interrupt is not taken now. */
static unsigned physical_interrupt_target(const CPUState *cpu, bool fiq, bool ignore_pstate)
{
    uint64_t hcr = HCR_EL2(cpu);
    bool routed = fiq ? FIELD_EX64(hcr, HCR, FMO) : FIELD_EX64(hcr, HCR, IMO);
    unsigned target = EL2Enabled(cpu) && (routed || FIELD_EX64(hcr, HCR, TGE)) ? 2 : 1;
    if (target < cpu->el)
        return 0;
    bool masked = cpu->daif & (fiq ? REG_MASK(SPSR, F) : REG_MASK(SPSR, I));
    if (target == cpu->el && masked && !ignore_pstate)
        return 0;
    return target;
}

/* Virtual interrupts (D1.3.x): HCR_EL2.VSE/VI/VF, or the GIC virtual CPU
   interface's vIRQ/vFIQ lines, pend a virtual SError, IRQ, FIQ for EL1 when
   HCR_EL2.AMO/IMO/FMO route the physical ones to EL2 and TGE is 0.  They
   target EL1, so they are taken only from EL0 and EL1, and PSTATE.A/I/F
   masks them there. */
static bool virtual_interrupt_pending(const CPUState *cpu, unsigned vect, bool ignore_pstate)
{
    uint64_t hcr = HCR_EL2(cpu);
    if (cpu->el > 1 || !EL2Enabled(cpu) || FIELD_EX64(hcr, HCR, TGE))
        return false;
    bool routed, pending, masked;
    switch (vect) {
    case VECT_SERROR:
        routed = FIELD_EX64(hcr, HCR, AMO);
        pending = FIELD_EX64(hcr, HCR, VSE);
        masked = cpu->daif & REG_MASK(SPSR, A);
        break;
    case VECT_IRQ:
        routed = FIELD_EX64(hcr, HCR, IMO);
        pending = FIELD_EX64(hcr, HCR, VI) || (cpu->irq_lines & CPU_LINE_VIRQ);
        masked = cpu->daif & REG_MASK(SPSR, I);
        break;
    default:
        routed = FIELD_EX64(hcr, HCR, FMO);
        pending = FIELD_EX64(hcr, HCR, VF) || (cpu->irq_lines & CPU_LINE_VFIQ);
        masked = cpu->daif & REG_MASK(SPSR, F);
        break;
    }
    return routed && pending && (ignore_pstate || !masked);
}

bool exception_interrupt_pending(const CPUState *cpu)
{
    return ((cpu->irq_lines & CPU_LINE_IRQ) && physical_interrupt_target(cpu, false, true)) ||
           ((cpu->irq_lines & CPU_LINE_FIQ) && physical_interrupt_target(cpu, true, true)) ||
           virtual_interrupt_pending(cpu, VECT_SERROR, true) ||
           virtual_interrupt_pending(cpu, VECT_IRQ, true) ||
           virtual_interrupt_pending(cpu, VECT_FIQ, true);
}

uint64_t ISR_EL1_value(const CPUState *cpu)
{
    uint64_t hcr = HCR_EL2(cpu), v = 0;
    bool el1_guest = cpu->el == 1 && EL2Enabled(cpu) && !FIELD_EX64(hcr, HCR, TGE);
    bool irq = el1_guest && FIELD_EX64(hcr, HCR, IMO) ? virtual_interrupt_pending(cpu, VECT_IRQ, true)
                                                       : (cpu->irq_lines & CPU_LINE_IRQ) != 0;
    bool fiq = el1_guest && FIELD_EX64(hcr, HCR, FMO) ? virtual_interrupt_pending(cpu, VECT_FIQ, true)
                                                       : (cpu->irq_lines & CPU_LINE_FIQ) != 0;
    /* No physical SError is ever pending here. */
    bool serror = el1_guest && virtual_interrupt_pending(cpu, VECT_SERROR, true);
    v = FIELD_DP64(v, SPSR, I, irq);
    v = FIELD_DP64(v, SPSR, F, fiq);
    return FIELD_DP64(v, SPSR, A, serror);
}

bool exception_take_pending_interrupt(CPUState *cpu)
{
    unsigned target;
    if ((cpu->irq_lines & CPU_LINE_FIQ) && (target = physical_interrupt_target(cpu, true, false))) {
        aarch64_enter_exception(cpu, target, NULL, cpu->pc, VECT_FIQ);
        return true;
    }
    if ((cpu->irq_lines & CPU_LINE_IRQ) && (target = physical_interrupt_target(cpu, false, false))) {
        aarch64_enter_exception(cpu, target, NULL, cpu->pc, VECT_IRQ);
        return true;
    }
    if (virtual_interrupt_pending(cpu, VECT_SERROR, false)) {
        /* AArch64.TakeVirtualSErrorException(): without FEAT_RAS the syndrome
           is IMPLEMENTATION DEFINED; we report ISS 0.  Taking it clears VSE. */
        ExceptionRecord e = { .ec = EC_SERROR };
        cpu->sysreg[SR_HCR_EL2] = FIELD_DP64(cpu->sysreg[SR_HCR_EL2], HCR, VSE, 0);
        aarch64_enter_exception(cpu, 1, &e, cpu->pc, VECT_SERROR);
        return true;
    }
    if (virtual_interrupt_pending(cpu, VECT_IRQ, false)) {
        aarch64_enter_exception(cpu, 1, NULL, cpu->pc, VECT_IRQ);
        return true;
    }
    if (virtual_interrupt_pending(cpu, VECT_FIQ, false)) {
        aarch64_enter_exception(cpu, 1, NULL, cpu->pc, VECT_FIQ);
        return true;
    }
    return false;
}

/* ELFromSPSR() for an AArch64-only PE: false if SPSR.M names no valid state. */
static bool el_from_spsr(const CPUState *cpu, uint64_t spsr, unsigned *el)
{
    if (FIELD_EX64(spsr, SPSR, nRW))
        return false;                       /* AArch32 is not implemented */
    *el = FIELD_EX64(spsr, SPSR, M_EL);
    if (!HaveEL(cpu, *el))
        return false;
    if (spsr & 2)                           /* M[1] must be 0 */
        return false;
    if (*el == 0 && (spsr & 1))             /* EL0 uses SP_EL0 */
        return false;
    return true;
}

/* IllegalExceptionReturn() */
static bool illegal_exception_return(const CPUState *cpu, uint64_t spsr)
{
    unsigned target;
    if (!el_from_spsr(cpu, spsr, &target))
        return true;
    if (target > cpu->el)
        return true;
    /* Register width: every EL is AArch64 (HCR_EL2.RW is RES1 here). */
    if (HaveEL(cpu, 2) && target == 1 && FIELD_EX64(HCR_EL2(cpu), HCR, TGE))
        return true;
    return false;
}

/* AArch64.ExceptionReturn() with SetPSTATEFromPSR(). */
void AArch64_ExceptionReturn(CPUState *cpu, uint64_t new_pc, uint64_t spsr)
{
    unsigned from_el = cpu->el;
    bool illegal = illegal_exception_return(cpu, spsr);
    if (illegal) {
        cpu->il = 1;
    } else {
        cpu_set_el_sp(cpu, FIELD_EX64(spsr, SPSR, M_EL), FIELD_EX64(spsr, SPSR, M_SP));
        cpu->il = FIELD_EX64(spsr, SPSR, IL);
    }
    cpu->nzcv = (uint32_t)(spsr & REG_MASK(SPSR, NZCV));
    cpu->daif = (uint32_t)(spsr & REG_MASK(SPSR, DAIF));
    cpu->ss = 0;                            /* no software step */
    if (cpu->model->features & FEAT_PAN)
        cpu->pan = FIELD_EX64(spsr, SPSR, PAN);
    if (cpu->model->features & FEAT_UAO)
        cpu->uao = FIELD_EX64(spsr, SPSR, UAO);
    /* ClearExclusiveLocal(); SendEventLocal() */
    cpu->excl.valid = false;
    cpu->event_register = true;
    mmu_context_changed(cpu);
    /* AArch64.BranchAddr(): no tagged addresses yet (TBI is with the MMU). */
    cpu->pc = new_pc;
    if (log_enabled(LOG_INT))
        log_printf("Exception return from EL%u to EL%u%s, PC 0x%016llx\n", from_el, cpu->el,
                   illegal ? " (illegal return: PSTATE.IL set)" : "",
                   (unsigned long long)new_pc);
    cpu_loop_exit(cpu);
}
