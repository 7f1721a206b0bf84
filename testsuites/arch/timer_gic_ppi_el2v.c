/* The EL2 virtual timer (CNTHV, FEAT_VHE) drives INTID 28 on this PE's
 * Redistributor, as timer_gic_ppi checks for the other three timers: pending while
 * ENABLE = 1, IMASK = 0 and the count is past CVAL, not otherwise.
 * QEMU-DEVIATION: QEMU 7.2 does not connect the EL2 virtual timer's output to the GIC
 * (its device tree also lists only 4 timer interrupts); the Arm ARM gives the timer
 * an interrupt output like the others and the BSA assigns it INTID 28. */
#define TIMER_FIRST 3
#define TIMER_LAST  4
#include "timer_gic_ppi.c"
