/* SMP (sim/smp.h) and the PSCI CPU calls (sim/board/psci.c) on a board with
   two CPUs: the state CPU_ON gives the target, the answers QEMU does not share
   (so the arch tests cannot check them), and the round-robin clocks. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "harness.h"
#include "sim/smp.h"

enum { ENTRY = 0x40090000 };
#define CPU_ON_64 0xc4000003u
#define CPU_ON_32 0x84000003u
#define AFFINITY_INFO_64 0xc4000004u

/* The harness board with a second CPU, powered off as after reset. */
static Harness *two_cpus_el2(bool have_el2)
{
    Harness *h = harness_new_config("max", have_el2);
    CPUState *c1 = malloc(sizeof *c1);
    assert_non_null(c1);
    h->board->cpus[h->board->ncpus++] = c1;
    cpu_init(c1, h->board, 1, h->cpu->model, have_el2);
    c1->powered_on = false;
    return h;
}
static Harness *two_cpus(void) { return two_cpus_el2(true); }

static int64_t psci(Harness *h, uint64_t fn, uint64_t a1, uint64_t a2, uint64_t a3)
{
    CPUState *c = h->cpu;
    c->x[0] = fn;
    c->x[1] = a1;
    c->x[2] = a2;
    c->x[3] = a3;
    psci_call(c);
    return (int64_t)c->x[0];
}

static void test_cpu_on_state(void **state)
{
    (void)state;
    Harness *h = two_cpus();
    CPUState *c1 = h->board->cpus[1];
    c1->x[5] = 0x55;
    c1->sysreg[SR_SCTLR_EL2] |= 1;              /* M: reset clears it */
    assert_int_equal(psci(h, AFFINITY_INFO_64, 1, 0, 0), 1);   /* OFF */
    /* Bit 31 of the target (MPIDR_EL1.RES1) is ignored. */
    assert_int_equal(psci(h, CPU_ON_64, 0x80000001u, ENTRY, 0x123456789abcull), 0);
    assert_true(c1->powered_on);
    assert_true(c1->pc == ENTRY);
    assert_true(c1->x[0] == 0x123456789abcull);
    assert_true(c1->x[5] == 0);
    assert_int_equal(c1->el, 2);                /* EL2, the highest */
    assert_int_equal(c1->spsel, 1);
    assert_int_equal(c1->daif, 0x3c0);
    assert_true((c1->sysreg[SR_SCTLR_EL2] & 1) == 0);
    assert_int_equal(psci(h, AFFINITY_INFO_64, 1, 0, 0), 0);   /* ON */
    assert_int_equal(psci(h, CPU_ON_64, 1, ENTRY, 0), -4);     /* ALREADY_ON */
    assert_int_equal(psci(h, CPU_ON_64, 2, ENTRY, 0), -2);     /* no such CPU */
    assert_int_equal(psci(h, AFFINITY_INFO_64, 1, 1, 0), -2);  /* level 1 */
    harness_free(h);
}

/* From EL1 (an SMC let through, as Linux at EL1 under its hyp stub does): the
   target still starts at EL2, the highest Non-secure EL, with VPIDR_EL2 out
   of the way; the SMC32 form truncates the entry and context. */
static void test_cpu_on_el1(void **state)
{
    (void)state;
    Harness *h = two_cpus();
    CPUState *c1 = h->board->cpus[1];
    harness_set_el(h, 1, 1);
    assert_int_equal(psci(h, CPU_ON_32, 1, 0xffffffff00000000ull | ENTRY, 0x1111222233334444ull), 0);
    assert_int_equal(c1->el, 2);
    assert_true(c1->pc == ENTRY);
    assert_true(c1->x[0] == 0x33334444);
    harness_free(h);
}

/* Without EL2 (the HVC conduit) the target starts at EL1, the highest EL. */
static void test_cpu_on_no_el2(void **state)
{
    (void)state;
    Harness *h = two_cpus_el2(false);
    CPUState *c1 = h->board->cpus[1];
    assert_int_equal(h->cpu->el, 1);
    assert_int_equal(psci(h, CPU_ON_64, 1, ENTRY, 7), 0);
    assert_int_equal(c1->el, 1);
    assert_true(c1->pc == ENTRY && c1->x[0] == 7);
    harness_free(h);
}

/* Two CPUs in "b .": the run stops at the limit with both clocks within a
   quantum of each other, every instruction retired, none idle. */
static void test_round_robin_clocks(void **state)
{
    (void)state;
    Harness *h = two_cpus();
    static const uint32_t loop[] = { 0x14000000 };      /* b . */
    harness_put(h, HARNESS_CODE_BASE, loop, 1);
    assert_int_equal(psci(h, CPU_ON_64, 1, HARNESS_CODE_BASE, 0), 0);
    h->cpu->pc = HARNESS_CODE_BASE;
    CPUState *who;
    assert_int_equal(smp_run(h->board, 100000, &who), STOP_INSN_LIMIT);
    CPUState *c0 = h->cpu, *c1 = h->board->cpus[1];
    assert_ptr_equal(who, c0);
    assert_true(c0->icount == 100000);
    assert_true(c1->icount + SMP_QUANTUM >= c0->icount && c1->icount <= c0->icount);
    assert_true(c0->icount_idle == 0 && c1->icount_idle == 0);
    assert_true(smp_retired(h->board) == c0->icount + c1->icount);
    harness_free(h);
}

/* CPU 1 in WFE waits while CPU 0 runs; its clock still advances (idle), and
   a SEV by CPU 0 wakes it. */
static void test_wfe_waits_for_sev(void **state)
{
    (void)state;
    Harness *h = two_cpus();
    static const uint32_t wfe_loop[] = { 0xd503205f, 0x14000000 };   /* wfe; b . */
    static const uint32_t spin[] = { 0x14000000 };                   /* b . */
    static const uint32_t sev[] = { 0xd503209f, 0x14000000 };        /* sev; b . */
    harness_put(h, HARNESS_CODE_BASE, spin, 1);
    harness_put(h, HARNESS_CODE_BASE + 0x100, wfe_loop, 2);
    harness_put(h, HARNESS_CODE_BASE + 0x200, sev, 2);
    assert_int_equal(psci(h, CPU_ON_64, 1, HARNESS_CODE_BASE + 0x100, 0), 0);
    CPUState *c0 = h->cpu, *c1 = h->board->cpus[1], *who;
    c0->pc = HARNESS_CODE_BASE;
    assert_int_equal(smp_run(h->board, 50000, &who), STOP_INSN_LIMIT);
    assert_int_equal(c1->wait, CPU_WAIT_WFE);
    assert_true(c1->pc == HARNESS_CODE_BASE + 0x104);
    assert_true(c1->icount - c1->icount_idle == 1);        /* only the WFE retired */
    c0->pc = HARNESS_CODE_BASE + 0x200;
    assert_int_equal(smp_run(h->board, 100000, &who), STOP_INSN_LIMIT);
    assert_int_equal(c1->wait, CPU_RUNNING);
    assert_true(c1->icount - c1->icount_idle > 1000);      /* ran its loop */
    harness_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cpu_on_state),
        cmocka_unit_test(test_cpu_on_el1),
        cmocka_unit_test(test_cpu_on_no_el2),
        cmocka_unit_test(test_round_robin_clocks),
        cmocka_unit_test(test_wfe_waits_for_sev),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
