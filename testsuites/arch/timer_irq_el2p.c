/* timer_irq_el1p.c with the timer TIMER_INDEX 2 (see there). */
#define TIMER_INDEX 2
#include "timer_irq_el1p.c"
