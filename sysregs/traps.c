/* Trap predicates: one small function per control bit (STYLE.md, convention 7),
   shared by the system-register table and the instruction handlers.
   References: the AArch64 accessibility pseudocode of each register (D19) and
   AArch64.CheckForWFxTrap. */
#include "sysregs/sysregs.h"

#include "gic/gic.h"

static inline bool el1_under_el2(const CPUState *cpu)
{
    return cpu->el == 1 && EL2Enabled(cpu);
}

/* EL0 or EL1 in the EL1&0 regime with EL2 enabled: where HCR_EL2 traps apply. */
static inline bool el10_under_el2(const CPUState *cpu)
{
    return cpu->el <= 1 && EL2Enabled(cpu) && !ELIsInHost(cpu, cpu->el);
}

static inline bool hcr(const CPUState *cpu, uint64_t mask)
{
    return (HCR_EL2(cpu) & mask) != 0;
}

/* Traps of EL0 that the SCTLR_EL1 bit enables go to EL1, or to EL2 when
   HCR_EL2.TGE routes EL1 exceptions there. */
static SysregAccess el0_trap_target(const CPUState *cpu)
{
    return EL2Enabled(cpu) && hcr(cpu, REG_MASK(HCR, TGE)) ? SR_ACCESS_TRAP_EL2
                                                            : SR_ACCESS_TRAP_EL1;
}

SysregAccess CheckEL0SctlrTrap(const CPUState *cpu, uint64_t sctlr_mask)
{
    if (cpu->el != 0)
        return SR_ACCESS_OK;
    if (!ELIsInHost(cpu, 0)) {
        if (!(cpu->sysreg[SR_SCTLR_EL1] & sctlr_mask))
            return el0_trap_target(cpu);
    } else if (!(cpu->sysreg[SR_SCTLR_EL2] & sctlr_mask)) {
        return SR_ACCESS_TRAP_EL2;
    }
    return SR_ACCESS_OK;
}

/* AArch64.CheckForWFxTrap() */
SysregAccess CheckTWxTrap(const CPUState *cpu, bool is_wfe)
{
    SysregAccess r = CheckEL0SctlrTrap(cpu, is_wfe ? REG_MASK(SCTLR, nTWE) : REG_MASK(SCTLR, nTWI));
    if (r != SR_ACCESS_OK)
        return r;
    if (el10_under_el2(cpu) && hcr(cpu, is_wfe ? REG_MASK(HCR, TWE) : REG_MASK(HCR, TWI)))
        return SR_ACCESS_TRAP_EL2;
    return SR_ACCESS_OK;
}

bool CheckTSCTrap(const CPUState *cpu)
{
    return el1_under_el2(cpu) && hcr(cpu, REG_MASK(HCR, TSC));
}

bool CheckTIDCPTrap(const CPUState *cpu, uint32_t insn)
{
    unsigned op0 = extract64(insn, 19, 2), crn = extract64(insn, 12, 4);
    return el1_under_el2(cpu) && hcr(cpu, REG_MASK(HCR, TIDCP)) && op0 == 3 &&
           (crn == 11 || crn == 15);
}

/* HCR_EL2.TVM traps writes, HCR_EL2.TRVM reads of the EL1 virtual-memory controls. */
SysregAccess access_tvm_trvm(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri;
    if (el1_under_el2(cpu) && hcr(cpu, isread ? REG_MASK(HCR, TRVM) : REG_MASK(HCR, TVM)))
        return SR_ACCESS_TRAP_EL2;
    return SR_ACCESS_OK;
}

SysregAccess access_tid1(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return el1_under_el2(cpu) && hcr(cpu, REG_MASK(HCR, TID1)) ? SR_ACCESS_TRAP_EL2
                                                                 : SR_ACCESS_OK;
}

SysregAccess access_tid2(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return el10_under_el2(cpu) && hcr(cpu, REG_MASK(HCR, TID2)) ? SR_ACCESS_TRAP_EL2
                                                                  : SR_ACCESS_OK;
}

SysregAccess access_tid3(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return el1_under_el2(cpu) && hcr(cpu, REG_MASK(HCR, TID3)) ? SR_ACCESS_TRAP_EL2
                                                                 : SR_ACCESS_OK;
}

SysregAccess access_tacr(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return el1_under_el2(cpu) && hcr(cpu, REG_MASK(HCR, TACR)) ? SR_ACCESS_TRAP_EL2
                                                                 : SR_ACCESS_OK;
}

/* CPTR_EL2.TCPAC traps EL1 accesses to CPACR_EL1. */
SysregAccess access_cpacr(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    if (el1_under_el2(cpu) && FIELD_EX64(cpu->sysreg[SR_CPTR_EL2], CPTR_EL2, TCPAC))
        return SR_ACCESS_TRAP_EL2;
    return SR_ACCESS_OK;
}

SysregAccess access_ctr_el0(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    SysregAccess r = CheckEL0SctlrTrap(cpu, REG_MASK(SCTLR, UCT));
    return r != SR_ACCESS_OK ? r : access_tid2(cpu, ri, isread);
}

/* SP_EL0 is not accessible while it is the stack pointer in use. */
SysregAccess access_sp_el0(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return cpu->spsel == 0 ? SR_ACCESS_UNDEFINED : SR_ACCESS_OK;
}

SysregAccess access_daif(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return CheckEL0SctlrTrap(cpu, REG_MASK(SCTLR, UMA));
}

/* CNTKCTL_EL1.EL0PCTEN/EL0VCTEN/EL0PTEN/EL0VTEN gate EL0 accesses to the
   counters and timers (traps to EL1, or EL2 with TGE); in the EL2&0 regime
   (E2H = TGE = 1) CNTHCTL_EL2 does instead, with the same fields at the
   same places (D19.12.11), trapping to EL2. */
static SysregAccess el0_counter_access(const CPUState *cpu, uint64_t enables)
{
    if (cpu->el != 0)
        return SR_ACCESS_OK;
    if (!ELIsInHost(cpu, 0))
        return cpu->sysreg[SR_CNTKCTL_EL1] & enables ? SR_ACCESS_OK : el0_trap_target(cpu);
    return cpu->sysreg[SR_CNTHCTL_EL2] & enables ? SR_ACCESS_OK : SR_ACCESS_TRAP_EL2;
}

/* CNTHCTL_EL2.EL1PCTEN (physical counter) and EL1PCEN (physical timer) trap
   EL0/EL1 accesses in the EL1&0 regime to EL2 when 0.  They are bits 0 and 1
   with HCR_EL2.E2H = 0, bits 10 and 11 with E2H = 1 (D19.12.11). */
static SysregAccess cnthctl_el1_trap(const CPUState *cpu, uint64_t mask_e2h0, uint64_t mask_e2h1)
{
    uint64_t mask = FIELD_EX64(HCR_EL2(cpu), HCR, E2H) ? mask_e2h1 : mask_e2h0;
    if (el10_under_el2(cpu) && !(cpu->sysreg[SR_CNTHCTL_EL2] & mask))
        return SR_ACCESS_TRAP_EL2;
    return SR_ACCESS_OK;
}

SysregAccess access_cntfrq(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri;
    if (!isread)  /* writable only at the highest implemented EL */
        return cpu->el == (cpu->have_el2 ? 2 : 1) ? SR_ACCESS_OK : SR_ACCESS_UNDEFINED;
    return el0_counter_access(cpu, REG_MASK(CNTKCTL, EL0PCTEN) | REG_MASK(CNTKCTL, EL0VCTEN));
}

SysregAccess access_cntpct(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    SysregAccess r = el0_counter_access(cpu, REG_MASK(CNTKCTL, EL0PCTEN));
    if (r != SR_ACCESS_OK)
        return r;
    return cnthctl_el1_trap(cpu, REG_MASK(CNTHCTL, EL1PCTEN), REG_MASK(CNTHCTL_E2H, EL1PCTEN));
}

SysregAccess access_cntvct(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return el0_counter_access(cpu, REG_MASK(CNTKCTL, EL0VCTEN));
}

/* CNTP_CTL_EL0, CNTP_CVAL_EL0, CNTP_TVAL_EL0: EL0PTEN, then EL1PCEN. */
SysregAccess access_cntp(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    SysregAccess r = el0_counter_access(cpu, REG_MASK(CNTKCTL, EL0PTEN));
    if (r != SR_ACCESS_OK)
        return r;
    return cnthctl_el1_trap(cpu, REG_MASK(CNTHCTL, EL1PCEN), REG_MASK(CNTHCTL_E2H, EL1PCEN));
}

/* CNTV_CTL_EL0, CNTV_CVAL_EL0, CNTV_TVAL_EL0: EL0VTEN (no EL2 trap without FEAT_ECV). */
SysregAccess access_cntv(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return el0_counter_access(cpu, REG_MASK(CNTKCTL, EL0VTEN));
}

static SysregAccess hcr_trap_el10(const CPUState *cpu, uint64_t mask)
{
    return el10_under_el2(cpu) && hcr(cpu, mask) ? SR_ACCESS_TRAP_EL2 : SR_ACCESS_OK;
}

/* HCR_EL2.TPU: IC IALLU(IS), IC IVAU, DC CVAU. */
SysregAccess access_tpu(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return hcr_trap_el10(cpu, REG_MASK(HCR, TPU));
}

/* HCR_EL2.TPCP: DC IVAC, DC CVAC, DC CIVAC (and DC CVAP). */
SysregAccess access_tpcp(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return hcr_trap_el10(cpu, REG_MASK(HCR, TPCP));
}

/* HCR_EL2.TSW: data cache maintenance by set/way. */
SysregAccess access_tsw(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return hcr_trap_el10(cpu, REG_MASK(HCR, TSW));
}

SysregAccess access_ic_ivau(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    SysregAccess r = CheckEL0SctlrTrap(cpu, REG_MASK(SCTLR, UCI));
    return r != SR_ACCESS_OK ? r : hcr_trap_el10(cpu, REG_MASK(HCR, TPU));
}

SysregAccess access_dc_cvau(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    return access_ic_ivau(cpu, ri, isread);
}

SysregAccess access_dc_va_el0(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    SysregAccess r = CheckEL0SctlrTrap(cpu, REG_MASK(SCTLR, UCI));
    return r != SR_ACCESS_OK ? r : hcr_trap_el10(cpu, REG_MASK(HCR, TPCP));
}

/* DC ZVA: SCTLR_ELx.DZE at EL0, HCR_EL2.TDZ at EL0/EL1. */
SysregAccess access_dc_zva(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    SysregAccess r = CheckEL0SctlrTrap(cpu, REG_MASK(SCTLR, DZE));
    return r != SR_ACCESS_OK ? r : hcr_trap_el10(cpu, REG_MASK(HCR, TDZ));
}

/* The _EL12 encodings exist only for EL2 with HCR_EL2.E2H = 1. */
SysregAccess access_el12(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return FIELD_EX64(HCR_EL2(cpu), HCR, E2H) ? SR_ACCESS_OK : SR_ACCESS_UNDEFINED;
}

/* HCR_EL2.TTLB: TLB maintenance at EL1. */
SysregAccess access_ttlb(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return el1_under_el2(cpu) && hcr(cpu, REG_MASK(HCR, TTLB)) ? SR_ACCESS_TRAP_EL2
                                                                 : SR_ACCESS_OK;
}

/* MDCR_EL2.TDA, TDOSA, TDRA trap EL0/EL1 debug register accesses to EL2;
   MDCR_EL2.TDE makes all three behave as 1 (D19.3.x). */
static SysregAccess mdcr_trap(const CPUState *cpu, uint64_t mask)
{
    uint64_t mdcr = EL2Enabled(cpu) ? cpu->sysreg[SR_MDCR_EL2] : 0;
    if (cpu->el <= 1 && EL2Enabled(cpu) && !ELIsInHost(cpu, cpu->el) &&
        (mdcr & (mask | REG_MASK(MDCR, TDE))))
        return SR_ACCESS_TRAP_EL2;
    return SR_ACCESS_OK;
}

SysregAccess access_tda(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return mdcr_trap(cpu, REG_MASK(MDCR, TDA));
}

SysregAccess access_tdosa(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return mdcr_trap(cpu, REG_MASK(MDCR, TDOSA));
}

SysregAccess access_tdra(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return mdcr_trap(cpu, REG_MASK(MDCR, TDRA));
}

/* MDCCSR_EL0: EL0 access is trapped to EL1 by MDSCR_EL1.TDCC, then TDA. */
SysregAccess access_mdccsr(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    if (cpu->el == 0 && FIELD_EX64(cpu->sysreg[SR_MDSCR_EL1], MDSCR, TDCC))
        return el0_trap_target(cpu);
    return access_tda(cpu, ri, isread);
}

/* FPEN-style fields: 0bx0 traps EL0 and EL1 (or EL2 and EL0 for CPTR_EL2 with
   E2H), 0b01 traps EL0 only, 0b11 traps nothing. */
static bool fpen_disabled(unsigned fpen, bool at_el0)
{
    return !(fpen & 1) || (fpen == 1 && at_el0);
}

unsigned CheckFPAdvSIMDEnabled(const CPUState *cpu)
{
    if (cpu->el <= 1 && !ELIsInHost(cpu, cpu->el) &&
        fpen_disabled(FIELD_EX64(cpu->sysreg[SR_CPACR_EL1], CPACR, FPEN), cpu->el == 0))
        return 1;
    if (!EL2Enabled(cpu))
        return 0;
    uint64_t hcr = HCR_EL2(cpu), cptr = cpu->sysreg[SR_CPTR_EL2];
    if ((cpu->model->features & FEAT_VHE) && FIELD_EX64(hcr, HCR, E2H)) {
        bool el0_host = cpu->el == 0 && FIELD_EX64(hcr, HCR, TGE);
        return fpen_disabled(FIELD_EX64(cptr, CPACR, FPEN), el0_host) ? 2 : 0;
    }
    return FIELD_EX64(cptr, CPTR_EL2, TFP) ? 2 : 0;
}

/* FPCR and FPSR are FP state: the FP/SIMD enables govern them (EC 0x07). */
SysregAccess access_fp(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    switch (CheckFPAdvSIMDEnabled(cpu)) {
    case 1: return SR_ACCESS_FP_TRAP_EL1;
    case 2: return SR_ACCESS_FP_TRAP_EL2;
    default: return SR_ACCESS_OK;
    }
}

/* ---- GIC CPU interface (IHI 0069 12.2, the access pseudocode of each
   ICC_ register).  The redirection of EL1 accesses to the virtual CPU
   interface is not a trap: gic_icv_selected() decides it, after these
   predicates: in the pseudocode the ICH_HCR_EL2 traps come first. ---- */

/* An ICH_HCR_EL2 trap bit (12.4.3: TC, TALL0, TALL1, TDIR): EL1 accesses
   trap to EL2 when EL2 is enabled, whatever HCR_EL2.IMO/FMO and
   ICH_HCR_EL2.En. */
static bool CheckICHTrap(const CPUState *cpu, uint64_t mask)
{
    return el1_under_el2(cpu) && (cpu->sysreg[SR_ICH_HCR_EL2] & mask) != 0;
}

/* ICC_SGI0R_EL1, ICC_SGI1R_EL1, ICC_ASGI1R_EL1: EL1 writes trap to EL2 with
   ICH_HCR_EL2.TC, and when HCR_EL2.IMO or FMO is set (a guest's SGIs are the
   hypervisor's to emulate; the register pseudocode tests both bits for each
   of the three). */
SysregAccess access_icc_sgi(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    if (CheckICHTrap(cpu, REG_MASK(ICH_HCR, TC)))
        return SR_ACCESS_TRAP_EL2;
    return cpu->el == 1 && el10_under_el2(cpu) && hcr(cpu, REG_MASK(HCR, IMO) | REG_MASK(HCR, FMO))
               ? SR_ACCESS_TRAP_EL2 : SR_ACCESS_OK;
}

/* The registers common to both groups (PMR, RPR, CTLR): ICH_HCR_EL2.TC. */
SysregAccess access_icc_common(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return CheckICHTrap(cpu, REG_MASK(ICH_HCR, TC)) ? SR_ACCESS_TRAP_EL2 : SR_ACCESS_OK;
}

/* ICC_AP<g>R1..3_EL1 where they reach the virtual interface: ICV_AP<g>R<n>
   exist for n < 2^(PREbits + 1) / 32 only, and ICH_VTR_EL2.PREbits = 4 (5
   bits) leaves n = 0: the others are UNDEFINED. */
static bool icv_apr_absent(const CPUState *cpu, const SysregInfo *ri)
{
    bool upper = (ri->id >= SR_ICC_AP0R1_EL1 && ri->id <= SR_ICC_AP0R3_EL1) ||
                 (ri->id >= SR_ICC_AP1R1_EL1 && ri->id <= SR_ICC_AP1R3_EL1);
    return upper && gic_icv_selected(cpu, ri);
}

/* The Group 0 registers (IAR0, EOIR0, HPPIR0, BPR0, AP0R<n>, IGRPEN0): TALL0. */
SysregAccess access_icc_grp0(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)isread;
    if (icv_apr_absent(cpu, ri))
        return SR_ACCESS_UNDEFINED;
    return CheckICHTrap(cpu, REG_MASK(ICH_HCR, TALL0)) ? SR_ACCESS_TRAP_EL2 : SR_ACCESS_OK;
}

/* The Group 1 registers (IAR1, EOIR1, HPPIR1, BPR1, AP1R<n>, IGRPEN1): TALL1. */
SysregAccess access_icc_grp1(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)isread;
    if (icv_apr_absent(cpu, ri))
        return SR_ACCESS_UNDEFINED;
    return CheckICHTrap(cpu, REG_MASK(ICH_HCR, TALL1)) ? SR_ACCESS_TRAP_EL2 : SR_ACCESS_OK;
}

/* ICC_DIR_EL1: TC or TDIR (ICH_VTR_EL2.TDS = 1). */
SysregAccess access_icc_dir(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)ri, (void)isread;
    return CheckICHTrap(cpu, REG_MASK(ICH_HCR, TC) | REG_MASK(ICH_HCR, TDIR))
               ? SR_ACCESS_TRAP_EL2 : SR_ACCESS_OK;
}

/* ICH_AP<g>R<n>_EL2: only n = 0 is implemented with 5 preemption bits
   (ICH_VTR_EL2.PREbits = 4); the others are UNDEFINED (12.4.1, 12.4.2). */
SysregAccess access_ich_apr(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    (void)cpu, (void)isread;
    return ri->id == SR_ICH_AP0R0_EL2 || ri->id == SR_ICH_AP1R0_EL2 ? SR_ACCESS_OK
                                                                    : SR_ACCESS_UNDEFINED;
}
