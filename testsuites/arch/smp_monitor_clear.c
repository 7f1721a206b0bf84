/* The global exclusive monitor (B2.9.2): CPU 1 takes a reservation with LDXR,
 * CPU 0 then stores to the reserved address, and CPU 1's STXR must fail
 * (status 1) and leave memory as CPU 0 wrote it.  A store by CPU 0 to another
 * reservation granule (CTR_EL0.ERG) leaves the reservation alone: CPU 1's STXR
 * then succeeds, as in a straight-line sequence on one PE (ldst_exclusive).
 * A third round repeats the first: CPU 0's later stores to the page must clear
 * reservations as its first one did (trapeze keeps them off its store fast path).
 * (A store to another address of the same granule may or may not clear the
 * monitor: the marked block is IMPLEMENTATION DEFINED, access size to ERG;
 * trapeze clears the whole granule, QEMU compares the address and value.)
 * TRAPEZE-SMP: 2 */
#include "test.h"
#include "smp.h"

static volatile uint64_t mem[32] __attribute__((aligned(2048)));
static volatile uint64_t step, status[3], value[3];

static void wait_step(uint64_t s) { smp_wait_step(&step, s); }
static void set_step(uint64_t s) { smp_set_step(&step, s); }

/* CPU 1: LDXR, let CPU 0 act, STXR; status and the loaded value recorded. */
static void excl_round(int i, volatile uint64_t *p)
{
    uint64_t v, st;
    __asm__ volatile("ldxr %0, [%1]" : "=r"(v) : "r"(p) : "memory");
    value[i] = v;
    set_step(2 * i + 1);
    wait_step(2 * i + 2);
    __asm__ volatile("stxr %w0, %1, [%2]" : "=&r"(st) : "r"(0xbad0ull + i), "r"(p) : "memory");
    status[i] = st;
}

static void secondary(uint64_t ctx)
{
    (void)ctx;
    excl_round(0, &mem[0]);     /* CPU 0 writes mem[0] */
    excl_round(1, &mem[0]);     /* CPU 0 writes mem[16], 128 bytes away: another granule */
    excl_round(2, &mem[0]);     /* CPU 0 writes mem[0] again */
    set_step(7);
}

int main(void)
{
    uint64_t ctr;
    __asm__ volatile("mrs %0, ctr_el0" : "=r"(ctr));
    unsigned erg = (ctr >> 20) & 0xf;
    CHECKM("CTR_EL0.ERG at most 64 bytes (the test needs mem[16] in another granule)",
           erg != 0 && erg <= 4);
    mem[0] = 100;
    CHECK_EQ(smp_start(1, secondary, 0), PSCI_SUCCESS);
    wait_step(1);
    mem[0] = 200;
    set_step(2);
    wait_step(3);
    mem[16] = 5;
    set_step(4);
    wait_step(5);
    mem[0] = 300;
    set_step(6);
    wait_step(7);
    CHECK_EQM("loaded value", value[0], 100);
    CHECK_EQM("STXR after a store to the address by another PE fails", status[0], 1);
    CHECK_EQM("loaded value", value[1], 200);
    CHECK_EQM("STXR after a store to another granule succeeds", status[1], 0);
    CHECK_EQM("loaded value", value[2], 0xbad1);
    CHECK_EQM("STXR after another store by the other PE fails again", status[2], 1);
    CHECK_EQM("memory as CPU 0 wrote it last", mem[0], 300);
    CHECK_EQ(mem[16], 5);
    smp_wait_off(1);
    return test_done();
}
