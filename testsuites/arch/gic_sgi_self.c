/* SGIs through the CPU interface (IHI 0069 4.4, 12.2 ICC_SGI1R_EL1 / ICC_SGI0R_EL1;
 * 4.8 acknowledge and end of interrupt). An SGI sent to this PE with ICC_SGI1R_EL1
 * (TargetList bit 0, Aff3.Aff2.Aff1 = 0) becomes pending at its Redistributor; with
 * HCR_EL2.IMO = 1 it is taken as an IRQ at EL2 (VBAR_EL2 + 0x280); ICC_IAR1_EL1 gives
 * its INTID and makes it active (no longer pending, running priority = its
 * priority); ICC_EOIR1_EL1 drops the priority and deactivates it; IAR1 then reads
 * 1023. A Group 0 SGI sent with ICC_SGI0R_EL1 is taken as an FIQ with HCR_EL2.FMO and
 * acknowledged with ICC_IAR0_EL1, which ICC_IAR1_EL1 does not see (1023). An SGI
 * whose target list names no PE (Aff0 = 5 does not exist) goes nowhere. */
#include "gic.h"

int main(void)
{
    uint64_t rd = gic_test_setup(HCR_IMO | HCR_FMO);
    gic_private_irq(rd, 3, 0x80, 1);
    gic_private_irq(rd, 9, 0x80, 0);

    CHECK_EQM("nothing pending: IAR1", icc_iar1(), INTID_SPURIOUS);
    CHECK_EQM("no IRQ before the SGI", irq_window(0), 0);
    write_sysreg(icc_sgi1r_el1, SGIR(3, 1u << (read_sysreg(mpidr_el1) & 0xf)));
    isb();
    CHECK_EQM("SGI 3 pending at the Redistributor", mmio_r32(rd + GICR_ISPENDR0) & (1u << 3), 1u << 3);
    CHECK_EQM("HPPIR1 = 3", read_sysreg(icc_hppir1_el1), 3);
    CHECK_EQM("HPPIR0 = 1023 (Group 1 interrupt)", read_sysreg(icc_hppir0_el1), INTID_SPURIOUS);
    CHECK_EQM("IRQ taken", irq_window(0), 1);
    CHECK_EQM("at EL2", exc_last.el, 2);
    CHECK_EQM("IRQ vector, current EL with SP_ELx", exc_last.vec, VEC_CUR_SPX + VEC_IRQ);
    CHECK_EQM("IAR0 does not acknowledge a Group 1 SGI", icc_iar0(), INTID_SPURIOUS);
    CHECK_EQM("IAR1 = 3", icc_iar1(), 3);
    CHECK_EQM("active", mmio_r32(rd + GICR_ISACTIVER0) & (1u << 3), 1u << 3);
    CHECK_EQM("no longer pending", mmio_r32(rd + GICR_ISPENDR0) & (1u << 3), 0);
    CHECK_EQM("running priority 0x80", read_sysreg(icc_rpr_el1), 0x80);
    CHECK_EQM("no IRQ while it is active", irq_window(0), 0);
    icc_eoir1(3);
    CHECK_EQM("EOI: inactive", mmio_r32(rd + GICR_ISACTIVER0) & (1u << 3), 0);
    CHECK_EQM("EOI: idle priority", read_sysreg(icc_rpr_el1), 0xff);
    CHECK_EQM("IAR1 now 1023", icc_iar1(), INTID_SPURIOUS);

    /* Group 0 through SGI0R: FIQ */
    write_sysreg(icc_sgi0r_el1, SGIR(9, 1u << (read_sysreg(mpidr_el1) & 0xf)));
    isb();
    CHECK_EQM("no IRQ for a Group 0 SGI", irq_window(0), 0);
    CHECK_EQM("FIQ taken", irq_window(1), 1);
    CHECK_EQM("FIQ vector", exc_last.vec, VEC_CUR_SPX + VEC_FIQ);
    CHECK_EQM("IAR1 does not see Group 0", icc_iar1(), INTID_SPURIOUS);
    CHECK_EQM("IAR0 = 9", icc_iar0(), 9);
    icc_eoir0(9);
    CHECK_EQM("SGI 9 inactive", mmio_r32(rd + GICR_ISACTIVER0) & (1u << 9), 0);

    /* SGI0R does not raise a Group 1 SGI (one Security state) */
    write_sysreg(icc_sgi0r_el1, SGIR(3, 1u << (read_sysreg(mpidr_el1) & 0xf)));
    isb();
    CHECK_EQM("SGI0R of a Group 1 SGI: not pending", mmio_r32(rd + GICR_ISPENDR0) & (1u << 3), 0);

    /* a target list naming no PE */
    write_sysreg(icc_sgi1r_el1, SGIR(3, 1u << 5));
    isb();
    CHECK_EQM("SGI to Aff0 = 5: not pending here", mmio_r32(rd + GICR_ISPENDR0) & (1u << 3), 0);
    return test_done();
}
