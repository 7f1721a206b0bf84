/* timer_irq_el1p.c with the timer TIMER_INDEX 3, the EL2 virtual timer (see there).
 * QEMU-DEVIATION: QEMU 7.2 does not connect the EL2 virtual timer's output to the GIC
 * (see timer_gic_ppi_el2v.c). */
#define TIMER_INDEX 3
#include "timer_irq_el1p.c"
