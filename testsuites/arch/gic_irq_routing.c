/* Routing and masking of physical IRQs (DDI 0487 D1.3.6, "Asynchronous exception
 * routing" and "masking", no EL3): with HCR_EL2.IMO = 0 and TGE = 0 an IRQ targets
 * EL1: taken at EL1 when PSTATE.I = 0 there, never at EL2 (a lower target EL).
 * With IMO = 1 it targets EL2: taken from EL1 even with PSTATE.I = 1 at EL1 (masks
 * do not apply to an exception to a higher EL), and at EL2 only with PSTATE.I = 0.
 * The interrupt is a pending SGI whose priority beats the mask. */
#include "gic.h"

static uint64_t el1_spin(uint64_t n)
{
    for (volatile uint64_t i = 0; i < n; i++)
        ;
    return 0;
}

/* At EL2, in the capture: acknowledge and end the interrupt, which PSTATE.I at
   EL1 cannot mask. */
static void ack_at_el2(void)
{
    uint64_t id = icc_iar1();
    if (id != INTID_SPURIOUS)
        icc_eoir1(id);
}

static uint64_t el1_unmasked(uint64_t n)
{
    asm volatile("msr daifclr, #2\n\tisb" ::: "memory");
    for (volatile uint64_t i = 0; i < n; i++)
        ;
    asm volatile("msr daifset, #2\n\tisb" ::: "memory");
    return 0;
}

int main(void)
{
    uint64_t rd = gic_test_setup(0);
    uint64_t hcr = read_sysreg(hcr_el2) & ~(HCR_IMO | HCR_FMO | HCR_TGE);
    write_sysreg(hcr_el2, hcr);
    isb();
    gic_private_irq(rd, 11, 0x50, 1);
    write_sysreg(icc_sgi1r_el1, SGIR(11, 1u << (read_sysreg(mpidr_el1) & 0xf)));
    isb();

    CHECK_EQM("IMO 0: not taken at EL2 even unmasked", irq_window(0), 0);
    exc_expect();
    run_at_el1(el1_unmasked, 1000);
    CHECK_EQM("IMO 0: taken at EL1 with PSTATE.I 0", exc_last.taken, 1);
    CHECK_EQM("to EL1", exc_last.el, 1);
    CHECK_EQM("EL1 IRQ vector, SP_EL1", exc_last.vec, VEC_CUR_SPX + VEC_IRQ);

    exc_expect();
    run_at_el1(el1_spin, 1000);
    CHECK_EQM("IMO 0: masked at EL1 with PSTATE.I 1", exc_last.taken, 0);
    exc_disarm();

    write_sysreg(hcr_el2, hcr | HCR_IMO);
    isb();
    CHECK_EQM("IMO 1: at EL2 unmasked", irq_window(0), 1);
    CHECK_EQM("to EL2, current EL", exc_last.vec, VEC_CUR_SPX + VEC_IRQ);
    exc_async_hook = ack_at_el2;
    exc_expect();
    run_at_el1(el1_spin, 1000);
    exc_async_hook = 0;
    CHECK_EQM("IMO 1: taken from EL1 although PSTATE.I is 1 there", exc_last.taken, 1);
    CHECK_EQM("to EL2", exc_last.el, 2);
    CHECK_EQM("EL2 IRQ vector, lower EL AArch64", exc_last.vec, VEC_LOWER_A64 + VEC_IRQ);
    CHECK_EQM("acknowledged by the handler: inactive", mmio_r32(rd + GICR_ISACTIVER0) & (1u << 11), 0);
    CHECK_EQM("nothing left", irq_window(0), 0);
    return test_done();
}
