/* WFE and SEV across PEs (D1.6.1): CPU 1 waits in WFE until a flag is set, CPU 0
 * sets the flag and then executes SEV, which wakes CPU 1.  CPU 1 counts the WFEs
 * it executed: it must have waited (at most a few spurious wake-ups) and come
 * back while CPU 0 keeps running.  Then the reverse: CPU 0 waits in WFE for CPU
 * 1's flag and SEV.
 * TRAPEZE-SMP: 2 */
#include "test.h"
#include "smp.h"

static volatile uint64_t flag0, flag1, wfes1, woke1, started1;

static void secondary(uint64_t ctx)
{
    (void)ctx;
    started1 = 1;
    while (!flag0) {
        __asm__ volatile("wfe" ::: "memory");
        wfes1++;
    }
    woke1 = 1;
    __asm__ volatile("dsb ish\n\tsev" ::: "memory");
    flag1 = 1;
    __asm__ volatile("dsb ish\n\tsev" ::: "memory");
}

int main(void)
{
    CHECK_EQ(smp_start(1, secondary, 0), PSCI_SUCCESS);
    while (!started1)
        ;
    /* Give CPU 1 time to reach WFE and sleep. */
    for (volatile int i = 0; i < 20000; i++)
        ;
    CHECK_EQM("CPU 1 still waiting", woke1, 0);
    flag0 = 1;
    __asm__ volatile("dsb ish\n\tsev" ::: "memory");
    /* CPU 0 keeps running (no WFE of its own, which could let a simulator
       wake everyone spuriously): only the SEV can wake CPU 1. */
    uint64_t t0, t;
    __asm__ volatile("isb\n\tmrs %0, cntpct_el0" : "=r"(t0));
    do                          /* up to 50 ms of counter time */
        __asm__ volatile("isb\n\tmrs %0, cntpct_el0" : "=r"(t));
    while (!woke1 && t - t0 < 62500000 / 20);
    CHECKM("SEV woke CPU 1 while CPU 0 kept running", woke1 == 1);
    uint64_t my_wfes = 0;
    while (!flag1) {
        __asm__ volatile("wfe" ::: "memory");
        my_wfes++;
    }
    __asm__ volatile("dmb ish" ::: "memory");
    CHECK_EQM("CPU 1 woke", woke1, 1);
    CHECKM("CPU 1 executed WFE", wfes1 >= 1);
    tprintf("CPU 1 executed %lu WFE, CPU 0 %lu\n", (unsigned long)wfes1, (unsigned long)my_wfes);
    smp_wait_off(1);
    return test_done();
}
