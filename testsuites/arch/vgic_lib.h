/* Helpers for the virtual CPU interface tests (vgic_*; IHI 0069 chapter 6, 12.3
 * ICV_*, 12.4 ICH_*): the ICH_ and ICC_ registers by encoding (so no assembler
 * support for the GIC names is needed) and their fields. Only LR0..LR3 are used:
 * QEMU 7.2 implements 4 list registers. Not a test program (the build takes *.c). */
#ifndef TRAPEZE_ARCH_VGIC_LIB_H
#define TRAPEZE_ARCH_VGIC_LIB_H

#include "gic.h"

#define ICH_HCR_EL2     s3_4_c12_c11_0
#define ICH_VTR_EL2     s3_4_c12_c11_1
#define ICH_MISR_EL2    s3_4_c12_c11_2
#define ICH_EISR_EL2    s3_4_c12_c11_3
#define ICH_ELRSR_EL2   s3_4_c12_c11_5
#define ICH_VMCR_EL2    s3_4_c12_c11_7
#define ICH_LR0_EL2     s3_4_c12_c12_0
#define ICH_LR1_EL2     s3_4_c12_c12_1
#define ICC_PMR_EL1     s3_0_c4_c6_0
#define ICC_DIR_EL1     s3_0_c12_c11_1
#define ICC_RPR_EL1     s3_0_c12_c11_3
#define ICC_IAR1_EL1    s3_0_c12_c12_0
#define ICC_EOIR1_EL1   s3_0_c12_c12_1
#define ICC_CTLR_EL1    s3_0_c12_c12_4
#define ICC_IGRPEN1_EL1 s3_0_c12_c12_7

/* ICH_HCR_EL2 */
#define ICH_HCR_EN      BIT(0)
#define ICH_HCR_TALL1   BIT(12)
/* ICH_VMCR_EL2: VENG1 [1], VEOIM [9], VPMR [31:24] */
#define ICH_VMCR_VENG1  BIT(1)
#define ICH_VMCR_VEOIM  BIT(9)
#define ICH_VMCR_VPMR(p) (UL(p) << 24)
/* ICH_MISR_EL2.EOI [0] */
#define ICH_MISR_EOI    BIT(0)
/* ICH_LR<n>_EL2: vINTID [31:0], pINTID [44:32], EOI [41] (HW = 0), Priority [55:48],
 * Group [60], HW [61], State [63:62] */
#define LR_STATE(lr)    ((lr) >> 62)
#define LR_PENDING      (UL(1) << 62)
#define LR_GROUP1       BIT(60)
#define LR_HW           BIT(61)
#define LR_EOI          BIT(41)
#define LR_PINTID(i)    (UL(i) << 32)
#define LR_PRIO(p)      (UL(p) << 48)
#define LR_G1(prio, vintid) (LR_PENDING | LR_GROUP1 | LR_PRIO(prio) | (vintid))
enum { LR_STATE_INVALID = 0, LR_STATE_ACTIVE = 2 };
/* ICC_CTLR_EL1.EOImode [1] */
#define ICC_CTLR_EOIMODE BIT(1)

/* The virtual interface on, Group 1 enabled, VPMR open; HCR_EL2.IMO routes IRQs
 * (and the ICC_ Group 1 and common registers of EL1) to the virtual interface. */
static inline void vgic_on(uint64_t hcr_extra, uint64_t vmcr_extra)
{
    write_sysreg(ICH_VMCR_EL2, ICH_VMCR_VENG1 | ICH_VMCR_VPMR(0xf8) | vmcr_extra);
    write_sysreg(ICH_HCR_EL2, ICH_HCR_EN | hcr_extra);
    write_sysreg(hcr_el2, read_sysreg(hcr_el2) | HCR_IMO);
    isb();
}

static inline void vgic_off(void)
{
    write_sysreg(hcr_el2, read_sysreg(hcr_el2) & ~HCR_IMO);
    write_sysreg(ICH_HCR_EL2, 0);
    write_sysreg(ICH_LR0_EL2, 0);
    write_sysreg(ICH_LR1_EL2, 0);
    isb();
}

static inline uint64_t icv_iar1(void) { uint64_t v = read_sysreg(ICC_IAR1_EL1); isb(); return v; }
static inline void icv_eoir1(uint64_t id) { write_sysreg(ICC_EOIR1_EL1, id); isb(); }

#endif
