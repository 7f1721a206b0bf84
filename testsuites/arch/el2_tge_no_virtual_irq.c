/* Virtual interrupts need HCR_EL2.TGE = 0 (D1.x "Virtual interrupts"; HCR_EL2.VI: "the
 * virtual IRQ is enabled only when HCR_EL2.{TGE, IMO} is {0, 1}"). With IMO = 1 and
 * VI = 1, EL0 with PSTATE.I = 0 takes the virtual IRQ to EL1 (VBAR_EL1 + 0x480) when
 * TGE = 0, and runs to completion without any interrupt when TGE = 1 (no physical
 * interrupt is pending). */
#include "el2.h"

static volatile uint64_t el0_steps;
static uint64_t el0_body(uint64_t a)
{
    el0_steps++;
    asm volatile("nop\n\tnop\n\tisb" ::: "memory");
    return a + 1;
}

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);
    uint64_t spsr_el0_unmasked = PSR_M_EL0t | PSR_D | PSR_A | PSR_F;   /* I = 0 */

    hcr_write(hcr | HCR_IMO | HCR_VI);
    exc_expect();
    CHECK_EQM("EL0 completes after the vIRQ", run_lower(el0_body, 1, spsr_el0_unmasked), 2);
    CHECK_EQM("vIRQ taken with TGE = 0", exc_last.taken, 1);
    CHECK_EQM("taken to EL1", exc_last.el, 1);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_IRQ);

    hcr_write(hcr | HCR_IMO | HCR_VI | HCR_TGE);
    exc_expect();
    el0_steps = 0;
    CHECK_EQM("EL0 completes", run_lower(el0_body, 5, spsr_el0_unmasked), 6);
    CHECK_EQM("EL0 ran once", el0_steps, 1);
    CHECK_EQM("no vIRQ with TGE = 1", exc_last.taken, 0);
    exc_disarm();
    hcr_write(hcr);
    return test_done();
}
