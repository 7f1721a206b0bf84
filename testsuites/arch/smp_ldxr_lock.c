/* Exclusives across PEs (B2.9, the global monitor): 4 PEs each take a spinlock
 * built from LDAXR/STLXR (with WFE while it is held, SEVL first) N times and,
 * under it, increment a plain counter with an ordinary load and store, and an
 * atomic counter with an LDXR/STXR loop outside the lock.  Any store-exclusive
 * that succeeds after another PE wrote the granule breaks mutual exclusion and
 * loses increments: both totals must be exact.
 * TRAPEZE-SMP: 4 */
#include "test.h"
#include "smp.h"

#define N 20000
static volatile uint32_t lock __attribute__((aligned(64)));
static volatile uint64_t plain __attribute__((aligned(64)));
static volatile uint64_t atomic_count __attribute__((aligned(64)));
static volatile uint64_t done[SMP_MAX_CPUS];

static void spin_lock(void)
{
    uint32_t tmp, one = 1;
    __asm__ volatile("sevl\n"
                     "1: wfe\n"
                     "2: ldaxr %w0, [%1]\n"
                     "   cbnz %w0, 1b\n"
                     "   stxr %w0, %w2, [%1]\n"
                     "   cbnz %w0, 2b\n"
                     : "=&r"(tmp) : "r"(&lock), "r"(one) : "memory");
}

static void spin_unlock(void)
{
    __asm__ volatile("stlr wzr, [%0]" : : "r"(&lock) : "memory");
}

static void atomic_inc(void)
{
    uint64_t v;
    uint32_t st;
    __asm__ volatile("1: ldxr %0, [%2]\n"
                     "   add %0, %0, #1\n"
                     "   stxr %w1, %0, [%2]\n"
                     "   cbnz %w1, 1b\n"
                     : "=&r"(v), "=&r"(st) : "r"(&atomic_count) : "memory");
}

static void work(uint64_t me)
{
    for (int i = 0; i < N; i++) {
        spin_lock();
        plain = plain + 1;
        spin_unlock();
        atomic_inc();
    }
    __asm__ volatile("dmb ish" ::: "memory");
    done[me] = 1;
}

int main(void)
{
    for (unsigned c = 1; c < 4; c++)
        CHECK_EQM("CPU_ON", smp_start(c, work, c), PSCI_SUCCESS);
    work(0);
    for (unsigned c = 1; c < 4; c++)
        while (!done[c])
            ;
    __asm__ volatile("dmb ish" ::: "memory");
    CHECK_EQ(plain, 4 * N);
    CHECK_EQ(atomic_count, 4 * N);
    return test_done();
}
