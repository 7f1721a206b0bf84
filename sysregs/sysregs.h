/* System registers and system instructions: the table (sysregs.def), its
   lookup, the access checks with their trap predicates, reset. */
#ifndef TRAPEZE_SYSREGS_H
#define TRAPEZE_SYSREGS_H

#include <stdbool.h>
#include <stdint.h>

#include "sim/cpu.h"

/* perm: bit 2*EL reads, bit 2*EL+1 writes.  A permission at a lower EL
   includes the higher ELs, as the Arm ARM's access tables do. */
#define SR_P_R(el) (1u << (2 * (el)))
#define SR_P_W(el) (2u << (2 * (el)))
#define PL2_R  SR_P_R(2)
#define PL2_W  SR_P_W(2)
#define PL1_R  (SR_P_R(1) | PL2_R)
#define PL1_W  (SR_P_W(1) | PL2_W)
#define PL0_R  (SR_P_R(0) | PL1_R)
#define PL0_W  (SR_P_W(0) | PL1_W)
#define PL2_RW (PL2_R | PL2_W)
#define PL1_RW (PL1_R | PL1_W)
#define PL0_RW (PL0_R | PL0_W)

/* The outcome of an access check (STYLE.md, convention 6). */
typedef enum SysregAccess {
    SR_ACCESS_OK,
    SR_ACCESS_UNDEFINED,
    SR_ACCESS_TRAP_EL1,     /* EC 0x18 to EL1 */
    SR_ACCESS_TRAP_EL2,     /* EC 0x18 to EL2 */
    SR_ACCESS_FP_TRAP_EL1,  /* AArch64.AdvSIMDFPAccessTrap(EL1): FPCR, FPSR */
    SR_ACCESS_FP_TRAP_EL2,
} SysregAccess;

typedef struct SysregInfo SysregInfo;
typedef SysregAccess SysregAccessFn(CPUState *cpu, const SysregInfo *ri, bool isread);
typedef uint64_t SysregReadFn(CPUState *cpu, const SysregInfo *ri);
typedef void SysregWriteFn(CPUState *cpu, const SysregInfo *ri, uint64_t value);

struct SysregInfo {
    const char *name;
    uint8_t op0, op1, crn, crm, op2;
    uint16_t id;                /* enum SysregId: index of the storage */
    uint32_t perm;
    uint32_t feature;
    SysregAccessFn *access;
    SysregReadFn *read;
    SysregWriteFn *write;
    uint64_t reset;
    uint64_t wmask;
};

/* The row for an encoding, or NULL if the encoding is not implemented
   (UNDEFINED) with the CPU features given.  op0 = 1 rows are the system instructions (SYS). */
const SysregInfo *sysreg_lookup(uint32_t features, unsigned op0, unsigned op1,
                                unsigned crn, unsigned crm, unsigned op2);
const SysregInfo *sysreg_by_id(unsigned id);
const SysregInfo *sysreg_by_name(const char *name);
unsigned sysreg_count(void);

/* With HCR_EL2.E2H = 1 at EL2, the EL2 register an EL1 encoding reaches
   (FEAT_VHE); otherwise ri itself. */
const SysregInfo *sysreg_e2h_redirect(const CPUState *cpu, const SysregInfo *ri);

/* The access check for MRS (isread) / MSR / SYS at the current EL. */
SysregAccess sysreg_check_access(CPUState *cpu, const SysregInfo *ri, bool isread);
/* Read/write without access checks (debugger, reset, tests). */
uint64_t sysreg_read(CPUState *cpu, const SysregInfo *ri);
void sysreg_write(CPUState *cpu, const SysregInfo *ri, uint64_t value);

/* Set every register to its reset value (and the ID registers from the model). */
void sysregs_reset(CPUState *cpu);

/* Trap predicates shared with instruction handlers (traps.c), one per
   control bit (STYLE.md, convention 7).  Each returns the trap it causes at
   the current EL, or SR_ACCESS_OK. */
SysregAccess CheckTWxTrap(const CPUState *cpu, bool is_wfe);    /* HCR_EL2.TWI/TWE, SCTLR.nTWI/nTWE */
bool CheckTSCTrap(const CPUState *cpu);                         /* HCR_EL2.TSC */
/* AArch64.CheckFPAdvSIMDEnabled() with AArch64.CheckFPAdvSIMDTrap(): CPACR_EL1.FPEN
   at EL0/EL1, then CPTR_EL2.TFP (or FPEN with E2H = 1).  Returns the EL the
   access traps to (take it with AArch64_AdvSIMDFPAccessTrap), or 0. */
unsigned CheckFPAdvSIMDEnabled(const CPUState *cpu);
/* HCR_EL2.TIDCP: an MRS/MSR of the IMPLEMENTATION DEFINED space (op0 = 3,
   CRn = 11 or 15) at EL1 traps to EL2 (none of those registers exists here). */
bool CheckTIDCPTrap(const CPUState *cpu, uint32_t insn);
/* EL0 use of an instruction/register enabled by an SCTLR_EL1/EL2 bit (UCI, UCT, DZE, UMA). */
SysregAccess CheckEL0SctlrTrap(const CPUState *cpu, uint64_t sctlr_mask);

#endif
