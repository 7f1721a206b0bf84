/* Secondary CPUs for the SMP tests (marker TRAPEZE-SMP: <n>): PSCI calls over
 * SMC (the tests run at EL2), and smp_start() to run a C function on another
 * PE with its own stack.  A secondary runs at EL2 with the common EL2 set-up
 * of crt0.S; it must not print or CHECK (PEs run in parallel on QEMU): it
 * leaves its results in memory for CPU 0, and is powered off (CPU_OFF) when
 * its function returns. */
#ifndef TRAPEZE_ARCH_SMP_H
#define TRAPEZE_ARCH_SMP_H

#include <stdint.h>

#define SMP_MAX_CPUS 8

#define PSCI_CPU_OFF          0x84000002UL
#define PSCI_CPU_ON_64        0xc4000003UL
#define PSCI_AFFINITY_INFO_64 0xc4000004UL
#define PSCI_CPU_SUSPEND_64   0xc4000001UL
#define PSCI_FEATURES         0x8400000aUL

#define PSCI_SUCCESS             0
#define PSCI_INVALID_PARAMETERS  (-2)
#define PSCI_ALREADY_ON          (-4)
#define PSCI_AFF_ON   0
#define PSCI_AFF_OFF  1

/* SMC #0 with x0..x3; returns x0. */
int64_t psci_call(uint64_t fn, uint64_t a1, uint64_t a2, uint64_t a3);

/* The entry point to give CPU_ON: sets the stack of the PE (by MPIDR.Aff0),
 * the EL2 state, then calls the function smp_start() registered for it with
 * the context ID (x0). */
void smp_secondary_entry(void);

/* Start CPU cpu (MPIDR.Aff0) at fn(context); the PSCI CPU_ON status. */
int64_t smp_start(unsigned cpu, void (*fn)(uint64_t context), uint64_t context);

/* MPIDR_EL1.Aff0 of this PE. */
static inline unsigned smp_cpu_id(void)
{
    uint64_t m;
    __asm__ volatile("mrs %0, mpidr_el1" : "=r"(m));
    return (unsigned)(m & 0xff);
}

/* Lock-step between two PEs over a shared step counter: one sets step s (after
 * its earlier stores, dmb ish), the other waits for it (and orders its later
 * loads after it). */
static inline void smp_set_step(volatile uint64_t *step, uint64_t s)
{
    __asm__ volatile("dmb ish" ::: "memory");
    *step = s;
}

static inline void smp_wait_step(volatile uint64_t *step, uint64_t s)
{
    while (*step != s)
        ;
    __asm__ volatile("dmb ish" ::: "memory");
}

/* Wait until AFFINITY_INFO reports cpu OFF (it returned from its function). */
void smp_wait_off(unsigned cpu);

#endif
