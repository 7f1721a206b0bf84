/* EOI maintenance (IHI 0069 12.4.4 ICH_EISR_EL2, 12.4.7 ICH_MISR_EL2, 6.x maintenance
 * interrupts): LR0 with HW = 0 and EOI = 1; after the guest's EOI the entry is
 * invalid with EOI set, so ICH_EISR_EL2 bit 0 and ICH_MISR_EL2.EOI are set, ELRSR
 * bit 0 is clear, and the maintenance interrupt (PPI 25 on the virt board) is
 * pending at this PE's Redistributor (GICR_ISPENDR0 bit 25). EL2 then acknowledges
 * it as a physical Group 1 interrupt: ICC_IAR1_EL1 at EL2 = 25 (PSTATE.I stays set,
 * so it is not taken). Rewriting LR0 removes the condition. */
#include "vgic_lib.h"

enum { VINTID = 50, MAINT = 25 };

static uint64_t guest(uint64_t a)
{
    (void)a;
    uint64_t id = icv_iar1();
    icv_eoir1(id);
    return id;
}

static uint32_t pending_settled(uint64_t rd, uint32_t want)
{
    uint32_t p = mmio_r32(rd + GICR_ISPENDR0) & BIT(MAINT);
    for (unsigned long i = 0; i < 1000000UL && p != want; i++)   /* QEMU updates late */
        p = mmio_r32(rd + GICR_ISPENDR0) & BIT(MAINT);
    return p;
}

int main(void)
{
    uint64_t rd = gicr_this_pe();
    CHECKM("a Redistributor matches MPIDR_EL1", rd != 0);
    if (!rd)
        return test_done();
    write_sysreg(ICH_LR0_EL2, LR_G1(0xa0, VINTID) | LR_EOI);
    vgic_on(0, 0);
    CHECK_EQM("no maintenance before", read_sysreg(ICH_MISR_EL2), 0);
    CHECK_EQM("guest acknowledges the vINTID", run_at_el1(guest, 0), VINTID);
    CHECK_EQM("ICH_EISR_EL2", read_sysreg(ICH_EISR_EL2), 1);
    CHECK_EQM("ICH_MISR_EL2.EOI", read_sysreg(ICH_MISR_EL2), ICH_MISR_EOI);
    CHECK_EQM("ICH_ELRSR_EL2 bit 0 clear", read_sysreg(ICH_ELRSR_EL2) & 1, 0);
    CHECK_EQM("PPI 25 pending", pending_settled(rd, BIT(MAINT)), BIT(MAINT));

    /* take it as a physical Group 1 interrupt at EL2 */
    mmio_w32(GICD_BASE + GICD_CTLR, mmio_r32(GICD_BASE + GICD_CTLR) | 2);  /* EnableGrp1 */
    mmio_w32(rd + GICR_WAKER, 0);
    mmio_w32(rd + GICR_SGI + GICD_IGROUPR, BIT(MAINT));
    mmio_w8(rd + GICR_SGI + GICD_IPRIORITYR + MAINT, 0x80);
    mmio_w32(rd + GICR_SGI + GICD_ISENABLER, BIT(MAINT));
    write_sysreg(ICC_PMR_EL1, 0xff);
    write_sysreg(ICC_IGRPEN1_EL1, 1);
    isb();
    uint64_t id = icc_iar1_wait();
    CHECK_EQM("ICC_IAR1_EL1 at EL2 = maintenance PPI", id, MAINT);
    write_sysreg(ICC_EOIR1_EL1, id);
    isb();

    write_sysreg(ICH_LR0_EL2, 0);
    isb();
    CHECK_EQM("MISR clear after the LR is rewritten", read_sysreg(ICH_MISR_EL2), 0);
    CHECK_EQM("PPI 25 no longer pending", pending_settled(rd, 0), 0);
    write_sysreg(ICC_IGRPEN1_EL1, 0);
    mmio_w32(rd + GICR_SGI + GICD_ICENABLER, BIT(MAINT));
    vgic_off();
    return test_done();
}
