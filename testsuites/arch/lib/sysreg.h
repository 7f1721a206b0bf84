/* System-register access and named register fields for the bare-metal tests.
 * Field positions are from Arm DDI 0487 (the register descriptions in D19/D23). */
#ifndef TRAPEZE_ARCH_SYSREG_H
#define TRAPEZE_ARCH_SYSREG_H

#ifndef __ASSEMBLER__
#include <stdint.h>

/* two levels so that a register name given by a macro (SYSREG_UAO) is expanded */
#define read_sysreg(r) read_sysreg_(r)
#define read_sysreg_(r) ({ uint64_t __v; asm volatile("mrs %0, " #r : "=r"(__v) :: "memory"); __v; })
#define write_sysreg(r, v) write_sysreg_(r, v)
#define write_sysreg_(r, v) do { uint64_t __v = (uint64_t)(v); \
        asm volatile("msr " #r ", %0" :: "r"(__v) : "memory"); } while (0)
#define isb() asm volatile("isb" ::: "memory")
#define dsb_sy() asm volatile("dsb sy" ::: "memory")

#define BIT(n) (1ULL << (n))
#define UL(x) ((uint64_t)(x))
#else
#define BIT(n) (1 << (n))
#define UL(x) (x)
#endif

/* PSTATE / SPSR_ELx (D1.2, C5.2.18) */
#define PSR_N           BIT(31)
#define PSR_Z           BIT(30)
#define PSR_C           BIT(29)
#define PSR_V           BIT(28)
#define PSR_PAN         BIT(22)
#define PSR_IL          BIT(20)
#define PSR_D           BIT(9)
#define PSR_A           BIT(8)
#define PSR_I           BIT(7)
#define PSR_F           BIT(6)
#define PSR_DAIF        (PSR_D | PSR_A | PSR_I | PSR_F)
#define PSR_M_MASK      UL(0x1f)
#define PSR_M_EL0t      UL(0x0)
#define PSR_M_EL1t      UL(0x4)
#define PSR_M_EL1h      UL(0x5)
#define PSR_M_EL2t      UL(0x8)
#define PSR_M_EL2h      UL(0x9)
#define PSR_M_EL3h      UL(0xd)
#define PSR_M_AARCH32   BIT(4)

/* CurrentEL.EL is bits [3:2] */
#define CURRENTEL_EL(v) (((v) >> 2) & 3)

/* ESR_ELx (D19.2.40) */
#define ESR_EC_SHIFT    26
#define ESR_EC(esr)     (((esr) >> ESR_EC_SHIFT) & 0x3f)
#define ESR_IL          BIT(25)
#define ESR_ISS(esr)    ((esr) & 0x1ffffff)

#define EC_UNKNOWN      0x00
#define EC_WFX          0x01
#define EC_ILLEGAL      0x0e
#define EC_SVC64        0x15
#define EC_HVC64        0x16
#define EC_SMC64        0x17
#define EC_SYS64        0x18
#define EC_IABT_LOW     0x20
#define EC_IABT_CUR     0x21
#define EC_PC_ALIGN     0x22
#define EC_DABT_LOW     0x24
#define EC_DABT_CUR     0x25
#define EC_SP_ALIGN     0x26
#define EC_SERROR       0x2f
#define EC_BRK64        0x3c

/* ISS of Data/Instruction Aborts */
#define ISS_DABT_ISV    BIT(24)
#define ISS_DABT_FNV    BIT(10)
#define ISS_DABT_EA     BIT(9)
#define ISS_DABT_CM     BIT(8)
#define ISS_DABT_S1PTW  BIT(7)
#define ISS_DABT_WNR    BIT(6)
#define ISS_FSC(iss)    ((iss) & 0x3f)
#define FSC_ADDR_SIZE_L0 0x00
#define FSC_ALIGNMENT   0x21

/* ISS of EC 0x01 (WFI/WFE) */
#define ISS_WFX_CV      BIT(24)
#define ISS_WFX_COND(c) (UL(c) << 20)
#define ISS_WFX_TI_WFE  UL(1)

/* ISS of EC 0x18 (MSR/MRS/system instruction trap) */
#define ISS_SYS(op0, op1, crn, crm, op2, rt, is_read) \
        ((UL(op0) << 20) | (UL(op2) << 17) | (UL(op1) << 14) | (UL(crn) << 10) | \
         (UL(rt) << 5) | (UL(crm) << 1) | UL(is_read))

/* HCR_EL2 (D19.2.48) */
#define HCR_VM          BIT(0)
#define HCR_FMO         BIT(3)
#define HCR_IMO         BIT(4)
#define HCR_AMO         BIT(5)
#define HCR_VF          BIT(6)
#define HCR_VI          BIT(7)
#define HCR_VSE         BIT(8)
#define HCR_TWI         BIT(13)
#define HCR_TWE         BIT(14)
#define HCR_TID3        BIT(18)
#define HCR_TSC         BIT(19)
#define HCR_TVM         BIT(26)
#define HCR_TGE         BIT(27)
#define HCR_HCD         BIT(29)
#define HCR_TRVM        BIT(30)
#define HCR_RW          BIT(31)

/* SCTLR_ELx (D19.2.118) */
#define SCTLR_M         BIT(0)
#define SCTLR_A         BIT(1)
#define SCTLR_C         BIT(2)
#define SCTLR_SA        BIT(3)
#define SCTLR_SA0       BIT(4)
#define SCTLR_UMA       BIT(9)
#define SCTLR_I         BIT(12)
#define SCTLR_DZE       BIT(14)
#define SCTLR_UCT       BIT(15)
#define SCTLR_nTWI      BIT(16)
#define SCTLR_nTWE      BIT(18)
#define SCTLR_SPAN      BIT(23)
#define SCTLR_UCI       BIT(26)
/* RES1 bits when the corresponding features are absent or kept at their
 * "legacy" value: EOS(11) TSCXT(20) EIS(22) SPAN(23) nTLSMD(28) LSMAOE(29). */
#define SCTLR_EL1_RES1  (BIT(11) | BIT(20) | BIT(22) | BIT(23) | BIT(28) | BIT(29))
/* SCTLR_EL2 with HCR_EL2.E2H == 0: bits 4,5,11,16,18,22,23,28,29 are RES1. */
#define SCTLR_EL2_RES1  (BIT(4) | BIT(5) | BIT(11) | BIT(16) | BIT(18) | BIT(22) | \
                         BIT(23) | BIT(28) | BIT(29))

/* MDCR_EL2.TDE: route debug exceptions from EL1/EL0 to EL2 */
#define MDCR_EL2_TDE    BIT(8)

/* Registers the assembler may not know by name at -march=armv8.1-a */
#define SYSREG_UAO        s3_0_c4_c2_4
#define SYSREG_VSESR_EL2  s3_4_c5_c2_3

/* CPTR_EL2 with E2H == 0: bits 0-7, 9, 12, 13 RES1; TFP is bit 10 (kept 0). */
#define CPTR_EL2_RES1   (UL(0xff) | BIT(9) | BIT(12) | BIT(13))
/* CPACR_EL1.FPEN = 0b11: no FP/SIMD traps at EL1/EL0 */
#define CPACR_FPEN      (UL(3) << 20)
/* CNTHCTL_EL2 (E2H == 0): EL1PCTEN, EL1PCEN */
#define CNTHCTL_EL1PCTEN BIT(0)
#define CNTHCTL_EL1PCEN  BIT(1)
/* CNTHCTL_EL2 (E2H == 1): EL1PCTEN, EL1PCEN move to bits 10, 11; bits 0, 1, 8, 9 are
 * then EL0PCTEN, EL0VCTEN, EL0VTEN, EL0PTEN as in CNTKCTL_EL1 (D19.12.11) */
#define CNTHCTL_E2H_EL1PCTEN BIT(10)
#define CNTHCTL_E2H_EL1PCEN  BIT(11)
/* CNTKCTL_EL1: EL0PCTEN, EL0VCTEN, EL0VTEN, EL0PTEN (D19.12.14) */
#define CNTKCTL_EL0PCTEN BIT(0)
#define CNTKCTL_EL0VCTEN BIT(1)
#define CNTKCTL_EL0VTEN  BIT(8)
#define CNTKCTL_EL0PTEN  BIT(9)
/* CNTx_CTL: ENABLE, IMASK, ISTATUS (read-only) */
#define CNT_CTL_ENABLE   BIT(0)
#define CNT_CTL_IMASK    BIT(1)
#define CNT_CTL_ISTATUS  BIT(2)

/* Vector table offsets (D1.10.2) */
#define VEC_CUR_SP0     0x000
#define VEC_CUR_SPX     0x200
#define VEC_LOWER_A64   0x400
#define VEC_LOWER_A32   0x600
#define VEC_SYNC        0x000
#define VEC_IRQ         0x080
#define VEC_FIQ         0x100
#define VEC_SERROR      0x180

/* Semihosting (Arm "Semihosting for AArch32 and AArch64", ARM DUI 0471) */
#define SEMI_SYS_OPEN   0x01
#define SEMI_SYS_WRITEC 0x03
#define SEMI_SYS_WRITE0 0x04
#define SEMI_SYS_WRITE  0x05
#define SEMI_SYS_EXIT   0x18
#define SEMI_ADP_Stopped_ApplicationExit 0x20026

/* Immediate used by the run-at-lower-EL helpers to come back to EL2 */
#define SVC_RETURN_TO_EL2 0xfff0

#endif
