/* Helpers for the EL2 trap-control and VHE tests (el2_*): the HCR_EL2, MDCR_EL2 and
 * CPTR_EL2 fields they use, feature probes, and probe functions that run one
 * trappable instruction with a known register so that a trapped instruction can be
 * shown to have had no effect. Field positions are from Arm DDI 0487 (D19 register
 * descriptions); sysreg.h has the fields the other tests share. */
#ifndef TRAPEZE_ARCH_EL2_H
#define TRAPEZE_ARCH_EL2_H

#include "test.h"

/* HCR_EL2 (D19.2.48) fields not in sysreg.h */
#define HCR_TID0        BIT(15)
#define HCR_TID1        BIT(16)
#define HCR_TID2        BIT(17)
#define HCR_TACR        BIT(21)
#define HCR_TSW         BIT(22)
#define HCR_TPCP        BIT(23)
#define HCR_TPU         BIT(24)
#define HCR_TTLB        BIT(25)
#define HCR_TDZ         BIT(28)
#define HCR_E2H         BIT(34)

/* MDCR_EL2 (D19.3.x): HPMN [4:0] is kept as reset, the tests only OR in traps */
#define MDCR_EL2_TPMCR  BIT(5)
#define MDCR_EL2_TPM    BIT(6)
#define MDCR_EL2_TDOSA  BIT(10)
#define MDCR_EL2_TDA    BIT(9)
#define MDCR_EL2_TDRA   BIT(11)

/* CPTR_EL2 with E2H == 0: TFP [10], TCPAC [31]; with E2H == 1: FPEN [21:20] (as in
 * CPACR_EL1), TCPAC [31]. */
#define CPTR_EL2_TFP    BIT(10)
#define CPTR_EL2_TCPAC  BIT(31)
#define CPTR_EL2_FPEN(v) (UL(v) << 20)
#define CPACR_EL1_FPEN(v) (UL(v) << 20)

/* SCTLR_ELx.UCT, nTWI... are in sysreg.h. DCZID_EL0.DZP is bit 4. */
#define DCZID_DZP       BIT(4)

/* EC 0x07: access to SVE, Advanced SIMD or FP trapped; ISS from AArch64 is
 * CV = 1, COND = 0b1110 (ConditionSyndrome() in AArch64.AdvSIMDFPAccessTrap). */
#define EC_FP_ACCESS    0x07
#define ISS_FP_AARCH64  (BIT(24) | (UL(0xe) << 20))

/* ---- feature probes (ID registers read at EL2) ---- */
static inline unsigned id_field(uint64_t v, unsigned shift) { return (v >> shift) & 0xf; }
/* ID_AA64PFR0_EL1.FP [19:16]: 0xF = no floating point */
static inline bool have_fp(void) { return id_field(read_sysreg(id_aa64pfr0_el1), 16) != 0xf; }
/* ID_AA64MMFR1_EL1.VH [11:8]: FEAT_VHE */
static inline bool have_vhe(void) { return id_field(read_sysreg(id_aa64mmfr1_el1), 8) != 0; }
/* ID_AA64DFR0_EL1.PMUVer [11:8]: 0 = none, 0xF = IMPLEMENTATION DEFINED (not PMUv3) */
static inline bool have_pmuv3(void)
{
    unsigned v = id_field(read_sysreg(id_aa64dfr0_el1), 8);
    return v != 0 && v != 0xf;
}

static inline void hcr_write(uint64_t v) { write_sysreg(hcr_el2, v); isb(); }

/* ---- probe functions for run_at_el1/run_at_el0 (or direct calls at EL2) ----
 * PROBE_MRS(fn, label, reg): fn(a) sets X5 = a, runs "label: MRS X5, reg" and
 *   returns X5: the register's value, or a when the MRS trapped (Xt unchanged).
 * PROBE_MSR(fn, label, reg): fn(a) runs "label: MSR reg, X6" with X6 = a.
 * PROBE_SYS(fn, label, insn): fn(a) runs "label: insn" with X7 = a, so insn names
 *   X7 as its operand (or none). Returns 0x5a.
 * ISS Rt fields are therefore 5 (MRS), 6 (MSR), 7 (SYS with a register), 31 (none). */
#define PROBE_MRS(fn, label, reg) \
    extern char label[]; \
    static __attribute__((noinline, unused)) uint64_t fn(uint64_t a) { uint64_t v_; \
        asm volatile("mov x5, %1\n" #label ": mrs x5, " #reg "\n\tmov %0, x5" \
                     : "=r"(v_) : "r"(a) : "x5", "memory"); return v_; }
#define PROBE_MSR(fn, label, reg) \
    extern char label[]; \
    static __attribute__((noinline, unused)) uint64_t fn(uint64_t a) { \
        asm volatile("mov x6, %0\n" #label ": msr " #reg ", x6\n\tisb" \
                     :: "r"(a) : "x6", "memory"); return 0x5a; }
#define PROBE_SYS(fn, label, insn) \
    extern char label[]; \
    static __attribute__((noinline, unused)) uint64_t fn(uint64_t a) { \
        asm volatile("mov x7, %0\n" #label ": " insn "\n\tdsb sy\n\tisb" \
                     :: "r"(a) : "x7", "memory"); return 0x5a; }
/* FP_PROBES(): fp_set_d0(a) runs "t_fmov_d0: FMOV D0, X1" with X1 = a (returns 0x5a),
 * fp_get_d0() runs "t_fmov_x2: FMOV X2, D0" and returns X2 (X2 preset to a). The
 * words are given with .inst because the tests are built with -mgeneral-regs-only. */
#define FP_PROBES() \
    extern char t_fmov_d0[], t_fmov_x2[]; \
    static __attribute__((noinline, unused)) uint64_t fp_set_d0(uint64_t a) { \
        asm volatile("mov x1, %0\nt_fmov_d0: .inst 0x9e670020 /* fmov d0, x1 */" \
                     :: "r"(a) : "x1", "memory"); return 0x5a; } \
    static __attribute__((noinline, unused)) uint64_t fp_get_d0(uint64_t a) { uint64_t v_; \
        asm volatile("mov x2, %1\nt_fmov_x2: .inst 0x9e660002 /* fmov x2, d0 */\n\tmov %0, x2" \
                     : "=r"(v_) : "r"(a) : "x2", "memory"); return v_; }

#define RT_MRS 5
#define RT_MSR 6
#define RT_SYS 7
#define RT_NONE 31

/* A probe expected to trap to EL2 from `el` (1 or 0): runs it, checks EC 0x18 with the
 * ISS and ELR, and that it came back. For MRS the returned X5 must be `arg`. */
#define EXPECT_SYS_TRAP(el, fn, arg, iss, label) do { \
        exc_expect(); \
        uint64_t r_ = (el) == 1 ? run_at_el1(fn, (arg)) : run_at_el0(fn, (arg)); \
        CHECK_EXC(2, EC_SYS64, (iss), label); \
        CHECK_EQM(#fn ": Xt or return unchanged", r_, ((iss) & 1) ? (uint64_t)(arg) : 0x5a); \
    } while (0)

#endif
