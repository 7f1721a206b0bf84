/* WFE waits (D1.6.1): with its event register clear and no event coming, a PE in
 * WFE stays there; CPU 1 executes WFE in a loop while CPU 0 runs 20000 loop
 * iterations, and may execute only a few WFEs (a WFE may complete spuriously,
 * but a PE that never waits is what the check catches).  Then SEV wakes it.
 * QEMU-DEVIATION: QEMU 7.2 treats WFE as YIELD (it never waits), so CPU 1 runs
 * thousands of WFEs; the architecture permits that, this test is about the
 * event model of trapeze.
 * TRAPEZE-SMP: 2 */
#include "test.h"
#include "smp.h"

static volatile uint64_t flag, wfes, started;

static void secondary(uint64_t ctx)
{
    (void)ctx;
    started = 1;
    while (!flag) {
        __asm__ volatile("wfe" ::: "memory");
        wfes++;
    }
}

int main(void)
{
    CHECK_EQ(smp_start(1, secondary, 0), PSCI_SUCCESS);
    while (!started)
        ;
    for (volatile int i = 0; i < 20000; i++)
        ;
    uint64_t n = wfes;
    CHECKM("CPU 1 waited in WFE (at most 3 completions)", n <= 3);
    flag = 1;
    __asm__ volatile("dsb ish\n\tsev" ::: "memory");
    smp_wait_off(1);
    tprintf("CPU 1 executed %lu WFE while CPU 0 ran\n", (unsigned long)n);
    return test_done();
}
