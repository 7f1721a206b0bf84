/* PSCI CPU_ON, AFFINITY_INFO, CPU_OFF (DEN 0022 5.4..5.7) on 4 PEs: CPUs 1..3
 * start at the entry point with the context ID in X0, at EL2 (the highest EL),
 * and report their MPIDR_EL1, CurrentEL and context ID; AFFINITY_INFO says ON
 * while they run and OFF after CPU_OFF; a second CPU_ON of a running PE gives
 * ALREADY_ON; an MPIDR that names no PE (Aff0 = 8) gives INVALID_PARAMETERS.
 * (Not checked, as QEMU answers differently and the spec leaves room: bit 31 set
 * in the target, which trapeze ignores and QEMU rejects; a lowest affinity level
 * above 0, which trapeze rejects and QEMU answers for the cluster.)
 * TRAPEZE-SMP: 4 */
#include "test.h"
#include "smp.h"

static volatile uint64_t seen_mpidr[SMP_MAX_CPUS], seen_ctx[SMP_MAX_CPUS], seen_el[SMP_MAX_CPUS];
static volatile uint64_t arrived[SMP_MAX_CPUS];
static volatile uint64_t release;

static void secondary(uint64_t ctx)
{
    unsigned me = smp_cpu_id();
    uint64_t m, el;
    __asm__ volatile("mrs %0, mpidr_el1\n\tmrs %1, currentel" : "=r"(m), "=r"(el));
    seen_mpidr[me] = m;
    seen_el[me] = el >> 2;
    seen_ctx[me] = ctx;
    __asm__ volatile("dmb ish" ::: "memory");
    arrived[me] = 1;
    while (!release)            /* stay ON until CPU 0 has looked */
        __asm__ volatile("yield" ::: "memory");
}

int main(void)
{
    CHECK_EQ(psci_call(PSCI_FEATURES, PSCI_CPU_ON_64, 0, 0), PSCI_SUCCESS);
    CHECK_EQ(psci_call(PSCI_FEATURES, PSCI_AFFINITY_INFO_64, 0, 0), PSCI_SUCCESS);
    CHECK_EQ(psci_call(PSCI_FEATURES, PSCI_CPU_OFF, 0, 0), PSCI_SUCCESS);
    CHECK_EQ(psci_call(PSCI_FEATURES, PSCI_CPU_SUSPEND_64, 0, 0), PSCI_SUCCESS);
    for (unsigned c = 1; c < 4; c++)
        CHECK_EQM("secondary OFF before CPU_ON", psci_call(PSCI_AFFINITY_INFO_64, c, 0, 0), PSCI_AFF_OFF);
    for (unsigned c = 1; c < 4; c++)
        CHECK_EQM("CPU_ON", smp_start(c, secondary, 0x1000 + c), PSCI_SUCCESS);
    for (unsigned c = 1; c < 4; c++)
        while (!arrived[c])
            ;
    __asm__ volatile("dmb ish" ::: "memory");
    for (unsigned c = 1; c < 4; c++) {
        CHECK_EQM("MPIDR Aff0", seen_mpidr[c] & 0xff00ffffffULL, c);
        CHECK_EQM("MPIDR RES1", seen_mpidr[c] >> 31 & 1, 1);
        CHECK_EQM("context ID in X0", seen_ctx[c], 0x1000 + c);
        CHECK_EQM("EL of the caller", seen_el[c], 2);
        CHECK_EQM("AFFINITY_INFO ON", psci_call(PSCI_AFFINITY_INFO_64, c, 0, 0), PSCI_AFF_ON);
    }
    CHECK_EQ(psci_call(PSCI_AFFINITY_INFO_64, 0, 0, 0), PSCI_AFF_ON);
    CHECK_EQ(psci_call(PSCI_CPU_ON_64, 1, (uint64_t)(uintptr_t)smp_secondary_entry, 0), PSCI_ALREADY_ON);
    CHECK_EQ(psci_call(PSCI_CPU_ON_64, 0, (uint64_t)(uintptr_t)smp_secondary_entry, 0), PSCI_ALREADY_ON);
    CHECK_EQ(psci_call(PSCI_CPU_ON_64, 8, (uint64_t)(uintptr_t)smp_secondary_entry, 0),
             PSCI_INVALID_PARAMETERS);
    CHECK_EQ(psci_call(PSCI_AFFINITY_INFO_64, 8, 0, 0), PSCI_INVALID_PARAMETERS);
    release = 1;                /* the secondaries return: CPU_OFF */
    for (unsigned c = 1; c < 4; c++) {
        smp_wait_off(c);
        CHECK_EQM("AFFINITY_INFO OFF after CPU_OFF", psci_call(PSCI_AFFINITY_INFO_64, c, 0, 0),
                  PSCI_AFF_OFF);
    }
    /* A PE that was turned off can be turned on again. */
    arrived[2] = 0;
    release = 0;
    CHECK_EQ(smp_start(2, secondary, 0x2222), PSCI_SUCCESS);
    while (!arrived[2])
        ;
    CHECK_EQ(seen_ctx[2], 0x2222);
    release = 1;
    smp_wait_off(2);
    return test_done();
}
