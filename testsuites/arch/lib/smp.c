/* Secondary CPUs (smp.h). */
#include "smp.h"

/* The function each secondary runs, set by smp_start() before CPU_ON. */
void (*volatile smp_fn[SMP_MAX_CPUS])(uint64_t);
/* Per-PE EL2 stacks of the secondaries (smp_asm.S takes the top of its own). */
uint8_t smp_stacks[SMP_MAX_CPUS][8192] __attribute__((aligned(16)));

int64_t psci_call(uint64_t fn, uint64_t a1, uint64_t a2, uint64_t a3)
{
    register uint64_t x0 __asm__("x0") = fn;
    register uint64_t x1 __asm__("x1") = a1;
    register uint64_t x2 __asm__("x2") = a2;
    register uint64_t x3 __asm__("x3") = a3;
    __asm__ volatile("smc #0" : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3) : : "memory");
    return (int64_t)x0;
}

int64_t smp_start(unsigned cpu, void (*fn)(uint64_t context), uint64_t context)
{
    if (cpu < SMP_MAX_CPUS)
        smp_fn[cpu] = fn;
    __asm__ volatile("dsb sy" ::: "memory");
    return psci_call(PSCI_CPU_ON_64, cpu, (uint64_t)(uintptr_t)smp_secondary_entry, context);
}

/* Called by smp_asm.S on the secondary's own stack. */
void smp_secondary_main(uint64_t context);
void smp_secondary_main(uint64_t context)
{
    smp_fn[smp_cpu_id()](context);
    __asm__ volatile("dsb sy" ::: "memory");
    psci_call(PSCI_CPU_OFF, 0, 0, 0);
    for (;;)
        ;
}

void smp_wait_off(unsigned cpu)
{
    while (psci_call(PSCI_AFFINITY_INFO_64, cpu, 0, 0) != PSCI_AFF_OFF)
        ;
}
