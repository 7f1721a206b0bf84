/* The priority mask (IHI 0069 4.8.2, ICC_PMR_EL1): an interrupt is signalled only if
 * its priority is higher (lower value) than the mask. SGI 1 at priority 0x80: with
 * PMR = 0x80 it stays pending and unsignalled (HPPIR1 still shows it, IAR1 reads 1023,
 * no IRQ), with PMR = 0x88 it is signalled. ICC_IGRPEN1_EL1 = 0 also keeps it from
 * being signalled. PMR keeps the bits written (8 priority bits: PRIbits = 7 in
 * ICC_CTLR_EL1). */
#include "gic.h"

int main(void)
{
    uint64_t rd = gic_test_setup(HCR_IMO);
    unsigned pribits = (read_sysreg(icc_ctlr_el1) >> 8) & 7;
    tprintf("  ICC_CTLR_EL1.PRIbits = %u\n", pribits);
    uint8_t step = (uint8_t)(1u << (7 - pribits));     /* lowest implemented priority bit */
    gic_private_irq(rd, 1, 0x80, 1);
    write_sysreg(icc_pmr_el1, 0x80);
    isb();
    CHECK_EQM("PMR reads back", read_sysreg(icc_pmr_el1), 0x80);
    write_sysreg(icc_sgi1r_el1, SGIR(1, 1u << (read_sysreg(mpidr_el1) & 0xf)));
    isb();
    CHECK_EQM("pending", mmio_r32(rd + GICR_ISPENDR0) & 2, 2);
    CHECK_EQM("HPPIR1 ignores the mask", read_sysreg(icc_hppir1_el1), 1);
    CHECK_EQM("priority == mask: no IRQ", irq_window(0), 0);
    CHECK_EQM("priority == mask: IAR1 1023", icc_iar1(), INTID_SPURIOUS);
    CHECK_EQM("still pending after the spurious IAR", mmio_r32(rd + GICR_ISPENDR0) & 2, 2);
    write_sysreg(icc_igrpen1_el1, 0);
    write_sysreg(icc_pmr_el1, 0x80 + step);
    isb();
    CHECK_EQM("IGRPEN1 = 0: no IRQ", irq_window(0), 0);
    write_sysreg(icc_igrpen1_el1, 1);
    isb();
    CHECK_EQM("mask above the priority: IRQ", irq_window(0), 1);
    CHECK_EQM("IAR1 = 1", icc_iar1(), 1);
    icc_eoir1(1);
    CHECK_EQM("EOI: inactive", mmio_r32(rd + GICR_ISACTIVER0) & 2, 0);
    return test_done();
}
