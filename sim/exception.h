/* Taking and returning from exceptions (DDI 0487 D1.10, pseudocode
   AArch64.TakeException, AArch64.ExceptionReturn and the per-cause functions).
   Every function that takes an exception leaves the current instruction
   (cpu_loop_exit) and does not return. */
#ifndef TRAPEZE_EXCEPTION_H
#define TRAPEZE_EXCEPTION_H

#include <stdbool.h>
#include <stdint.h>

#include "mmu/mmu.h"
#include "sim/cpu.h"

/* Exception classes (ESR_ELx.EC, D19.2.37). */
enum ExceptionClass {
    EC_UNCATEGORIZED = 0x00,
    EC_WFX = 0x01,
    EC_FP_ACCESS = 0x07,
    EC_ILLEGAL_STATE = 0x0e,
    EC_SVC64 = 0x15,
    EC_HVC64 = 0x16,
    EC_SMC64 = 0x17,
    EC_SYSREG = 0x18,
    EC_INSN_ABORT_LOWER = 0x20,
    EC_INSN_ABORT_SAME = 0x21,
    EC_PC_ALIGNMENT = 0x22,
    EC_DATA_ABORT_LOWER = 0x24,
    EC_DATA_ABORT_SAME = 0x25,
    EC_SP_ALIGNMENT = 0x26,
    EC_SERROR = 0x2f,
    EC_BRK64 = 0x3c,
};

/* ExceptionRecord (shared/functions/exception). */
typedef struct ExceptionRecord {
    unsigned ec;
    uint32_t iss;
    bool vaddress_valid;            /* FAR_ELx is written */
    uint64_t vaddress;
    bool ipa_valid;                 /* HPFAR_EL2 is written */
    uint64_t ipaddress;
} ExceptionRecord;

/* Vector offsets from VBAR_ELx (D1.10.2). */
enum { VECT_SYNC = 0x000, VECT_IRQ = 0x080, VECT_FIQ = 0x100, VECT_SERROR = 0x180 };

/* AArch64.TakeException() */
_Noreturn void AArch64_TakeException(CPUState *cpu, unsigned target_el, const ExceptionRecord *e,
                                     uint64_t preferred_return, unsigned vect_offset);
/* Same state changes, without leaving the instruction (for unit tests and
   the interrupt path, which is between instructions). */
void aarch64_enter_exception(CPUState *cpu, unsigned target_el, const ExceptionRecord *e,
                             uint64_t preferred_return, unsigned vect_offset);

/* The EL that an exception "to EL1" from the current EL goes to:
   the current EL if above EL1; EL2 for EL0 with HCR_EL2.TGE; else EL1. */
unsigned exception_target_el(const CPUState *cpu);

_Noreturn void AArch64_UndefinedFault(CPUState *cpu);
_Noreturn void AArch64_CallSupervisor(CPUState *cpu, uint16_t imm);
_Noreturn void AArch64_CallHypervisor(CPUState *cpu, uint16_t imm);
_Noreturn void AArch64_SMCTrap(CPUState *cpu, uint16_t imm);      /* HCR_EL2.TSC */
_Noreturn void AArch64_SoftwareBreakpoint(CPUState *cpu, uint16_t imm);
_Noreturn void AArch64_WFxTrap(CPUState *cpu, unsigned target_el, bool is_wfe);
/* MSR/MRS/SYS trapped: EC 0x18 with the ISS built from the instruction. */
_Noreturn void AArch64_SystemAccessTrap(CPUState *cpu, unsigned target_el, unsigned ec);
/* AArch64.AdvSIMDFPAccessTrap(): EC 0x07 to target_el, or, for EL1 with
   HCR_EL2.TGE set, an Undefined Instruction exception to EL2. */
_Noreturn void AArch64_AdvSIMDFPAccessTrap(CPUState *cpu, unsigned target_el);
_Noreturn void AArch64_PCAlignmentFault(CPUState *cpu);
_Noreturn void AArch64_SPAlignmentFault(CPUState *cpu);
_Noreturn void AArch64_IllegalStateFault(CPUState *cpu);
/* AArch64.DataAbort / AArch64.InstructionAbort: the fault record says what
   failed; stage-2 faults go to EL2 with HPFAR_EL2, data aborts of stage 2
   report the instruction syndrome (ISV) of single-register loads/stores. */
_Noreturn void AArch64_DataAbort(CPUState *cpu, uint64_t vaddress, const FaultRecord *f);
_Noreturn void AArch64_InstructionAbort(CPUState *cpu, uint64_t vaddress, const FaultRecord *f);

/* Between instructions: take the highest-priority pending interrupt that is
   not masked: physical FIQ and IRQ (CPUState.irq_lines, routed by
   HCR_EL2.FMO/IMO/TGE), then virtual SError, IRQ, FIQ (HCR_EL2.VSE/VI/VF or
   the vIRQ/vFIQ lines).  Returns true if one was taken (PC is then at its
   vector). */
bool exception_take_pending_interrupt(CPUState *cpu);
/* ISR_EL1 (D19.2): A, I and F (at their PSTATE positions) show a pending
   SError, IRQ, FIQ: at EL1 with EL2 routing them (HCR_EL2.AMO/IMO/FMO, TGE 0)
   the virtual ones, otherwise the physical ones. */
uint64_t ISR_EL1_value(const CPUState *cpu);
/* A WFI wake-up event: an interrupt is pending that would be taken at the
   current EL if PSTATE.A/I/F did not mask it (D1.6.2, "Wait for Interrupt"). */
bool exception_interrupt_pending(const CPUState *cpu);

/* AArch64.ExceptionReturn(): ERET with the illegal-return checks. */
_Noreturn void AArch64_ExceptionReturn(CPUState *cpu, uint64_t new_pc, uint64_t spsr);

/* Name of an exception class for logs ("SVC64", "DABT_LOW", ...). */
const char *exception_class_name(unsigned ec);

#endif
