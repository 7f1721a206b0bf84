/* The generic timers' output (timer/timer.h): the line levels in
   CPUState.timer_lines (bit n = PPI n: 30 CNTP, 27 CNTV, 26 CNTHP, 28 CNTHV),
   CPUState.timer_deadline and timer_next_deadline(), recomputed on writes of
   CTL, CVAL, TVAL and CNTVOFF_EL2 and when the run loop reaches the deadline.
   The counter is icount / 16 (TIMER_INSNS_PER_TICK). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "harness.h"
#include "sysregs/sysregs.h"
#include "timer/timer.h"

enum { ENABLE = 1, IMASK = 2, ISTATUS = 4 };
#define LINE(ppi) (1u << (ppi))

static void wr(Harness *h, unsigned id, uint64_t v)
{
    sysreg_write(h->cpu, sysreg_by_id(id), v);
}

static uint64_t rd(Harness *h, unsigned id)
{
    return sysreg_read(h->cpu, sysreg_by_id(id));
}

static void test_reset_quiet(void **state)
{
    (void)state;
    Harness *h = harness_new();
    assert_int_equal(h->cpu->timer_lines, 0);
    assert_true(h->cpu->timer_deadline == UINT64_MAX);
    assert_true(timer_next_deadline(h->cpu) == UINT64_MAX);
    assert_int_equal(rd(h, SR_CNTP_CTL_EL0), 0);        /* ENABLE resets to 0 */
    harness_free(h);
}

/* Each timer: the deadline is the icount at which its count reaches CVAL,
   and the line rises there, on its own PPI. */
static void test_deadline_and_line_each_timer(void **state)
{
    (void)state;
    static const struct { unsigned ctl, cval; unsigned ppi; } t[] = {
        { SR_CNTP_CTL_EL0, SR_CNTP_CVAL_EL0, 30 },
        { SR_CNTV_CTL_EL0, SR_CNTV_CVAL_EL0, 27 },
        { SR_CNTHP_CTL_EL2, SR_CNTHP_CVAL_EL2, 26 },
        { SR_CNTHV_CTL_EL2, SR_CNTHV_CVAL_EL2, 28 },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        Harness *h = harness_new();
        h->cpu->icount = 1000;                  /* count 62 */
        wr(h, t[i].cval, 100);
        wr(h, t[i].ctl, ENABLE);
        assert_int_equal(h->cpu->timer_lines, 0);
        assert_int_equal(h->cpu->timer_deadline, 100 * 16);
        assert_int_equal(timer_next_deadline(h->cpu), 1600);
        h->cpu->icount = 1599;
        AArch64_CheckTimerConditions(h->cpu);
        assert_int_equal(h->cpu->timer_lines, 0);
        h->cpu->icount = 1600;
        AArch64_CheckTimerConditions(h->cpu);
        assert_int_equal(h->cpu->timer_lines, LINE(t[i].ppi));
        assert_int_equal(rd(h, t[i].ctl), ENABLE | ISTATUS);
        /* asserted: the next deadline is now */
        assert_int_equal(timer_next_deadline(h->cpu), 1600);
        /* a CVAL write moving the deadline ahead lowers the line at once */
        wr(h, t[i].cval, 200);
        assert_int_equal(h->cpu->timer_lines, 0);
        assert_int_equal(h->cpu->timer_deadline, 3200);
        harness_free(h);
    }
}

/* IMASK: no line and no deadline, ISTATUS still reported; ENABLE = 0 likewise
   without ISTATUS. */
static void test_imask_and_disable(void **state)
{
    (void)state;
    Harness *h = harness_new();
    wr(h, SR_CNTP_CVAL_EL0, 10);
    wr(h, SR_CNTP_CTL_EL0, ENABLE | IMASK);
    assert_true(h->cpu->timer_deadline == UINT64_MAX);
    h->cpu->icount = 160;
    AArch64_CheckTimerConditions(h->cpu);
    assert_int_equal(h->cpu->timer_lines, 0);
    assert_int_equal(rd(h, SR_CNTP_CTL_EL0), ENABLE | IMASK | ISTATUS);
    assert_true(timer_next_deadline(h->cpu) == UINT64_MAX);
    wr(h, SR_CNTP_CTL_EL0, ENABLE);                      /* unmask: the line rises */
    assert_int_equal(h->cpu->timer_lines, LINE(30));
    wr(h, SR_CNTP_CTL_EL0, 0);
    assert_int_equal(h->cpu->timer_lines, 0);
    assert_int_equal(rd(h, SR_CNTP_CTL_EL0), 0);
    harness_free(h);
}

/* The earliest enabled, unmasked timer sets the deadline. */
static void test_earliest(void **state)
{
    (void)state;
    Harness *h = harness_new();
    wr(h, SR_CNTP_CVAL_EL0, 500);
    wr(h, SR_CNTP_CTL_EL0, ENABLE);
    wr(h, SR_CNTHP_CVAL_EL2, 300);
    wr(h, SR_CNTHP_CTL_EL2, ENABLE);
    wr(h, SR_CNTHV_CVAL_EL2, 100);
    wr(h, SR_CNTHV_CTL_EL2, ENABLE | IMASK);            /* masked: ignored */
    assert_int_equal(timer_next_deadline(h->cpu), 300 * 16);
    h->cpu->icount = 300 * 16;
    AArch64_CheckTimerConditions(h->cpu);
    assert_int_equal(h->cpu->timer_lines, LINE(26));
    assert_int_equal(h->cpu->timer_deadline, 500 * 16);
    harness_free(h);
}

/* CNTVOFF_EL2 moves the EL1 virtual timer's deadline (not CNTHV's), and a
   write recomputes it. */
static void test_cntvoff(void **state)
{
    (void)state;
    Harness *h = harness_new();
    h->cpu->icount = 16 * 1000;                         /* physical count 1000 */
    wr(h, SR_CNTVOFF_EL2, 50);
    wr(h, SR_CNTV_CVAL_EL0, 1100);
    wr(h, SR_CNTV_CTL_EL0, ENABLE);
    assert_int_equal(h->cpu->timer_deadline, 1150 * 16);
    wr(h, SR_CNTVOFF_EL2, 20);
    assert_int_equal(h->cpu->timer_deadline, 1120 * 16);
    wr(h, SR_CNTVOFF_EL2, (uint64_t)-200);              /* virtual count 1200: fired */
    assert_int_equal(h->cpu->timer_lines, LINE(27));
    /* the unsigned compare: an offset above the physical count makes the
       virtual count huge, so the condition holds until it wraps to 0 */
    wr(h, SR_CNTVOFF_EL2, 1050);
    assert_int_equal(h->cpu->timer_lines, LINE(27));
    assert_int_equal(h->cpu->timer_deadline, 1050 * 16);
    wr(h, SR_CNTV_CTL_EL0, 0);
    wr(h, SR_CNTHV_CVAL_EL2, 1100);
    wr(h, SR_CNTHV_CTL_EL2, ENABLE);
    assert_int_equal(h->cpu->timer_deadline, 1100 * 16); /* no offset for CNTHV */
    harness_free(h);
}

/* A CVAL beyond what the instruction count can reach: no deadline. */
static void test_far_cval(void **state)
{
    (void)state;
    Harness *h = harness_new();
    wr(h, SR_CNTP_CVAL_EL0, UINT64_MAX);
    wr(h, SR_CNTP_CTL_EL0, ENABLE);
    assert_true(h->cpu->timer_deadline == UINT64_MAX);
    assert_true(timer_next_deadline(h->cpu) == UINT64_MAX);
    harness_free(h);
}

/* TVAL: CVAL = count + SignExtend(TVAL[31:0]); reads (CVAL - count)[31:0]. */
static void test_tval(void **state)
{
    (void)state;
    Harness *h = harness_new();
    h->cpu->icount = 16 * 1000;
    wr(h, SR_CNTP_CTL_EL0, ENABLE);
    wr(h, SR_CNTP_TVAL_EL0, 0xffffffff00000010ull);
    assert_int_equal(rd(h, SR_CNTP_CVAL_EL0), 1016);
    wr(h, SR_CNTP_TVAL_EL0, 0xfffffff0u);               /* -16 */
    assert_int_equal(rd(h, SR_CNTP_CVAL_EL0), 984);
    assert_int_equal(rd(h, SR_CNTP_TVAL_EL0), 0xfffffff0u);
    assert_int_equal(h->cpu->timer_lines, LINE(30));
    harness_free(h);
}

/* The run loop stops at the deadline, inside a page, and raises the line. */
static void test_run_loop_deadline(void **state)
{
    (void)state;
    Harness *h = harness_new();
    uint32_t code[256];
    for (size_t i = 0; i < 256; i++)
        code[i] = A64_NOP;
    harness_put(h, HARNESS_CODE_BASE, code, 256);
    wr(h, SR_CNTP_CVAL_EL0, 10);                        /* icount 160 */
    wr(h, SR_CNTP_CTL_EL0, ENABLE);
    harness_run_at(h, HARNESS_CODE_BASE, 150);
    assert_int_equal(h->cpu->timer_lines, 0);
    harness_run_at(h, h->cpu->pc, 20);                   /* to icount 170 */
    assert_int_equal(h->cpu->icount, 170);
    assert_int_equal(h->cpu->timer_lines, LINE(30));
    harness_free(h);
}

/* An MSR that brings the deadline closer ends the block, so the run loop
   sees the new deadline without waiting for the page to end. */
static void test_msr_brings_deadline(void **state)
{
    (void)state;
    Harness *h = harness_new();
    uint32_t code[256];
    code[0] = 0xd2800020u;      /* mov x0, #1 */
    code[1] = 0xd51be220u;      /* msr cntp_ctl_el0, x0 */
    code[2] = 0xd2800080u;      /* mov x0, #4 */
    code[3] = 0xd51be200u;      /* msr cntp_tval_el0, x0 */
    for (size_t i = 4; i < 256; i++)
        code[i] = A64_NOP;
    harness_put(h, HARNESS_CODE_BASE, code, 256);
    harness_run_at(h, HARNESS_CODE_BASE, 200);          /* the TVAL write at count 0: fires at 64 */
    assert_int_equal(rd(h, SR_CNTP_CVAL_EL0), 4);
    assert_int_equal(h->cpu->timer_lines, LINE(30));
    harness_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reset_quiet),
        cmocka_unit_test(test_deadline_and_line_each_timer),
        cmocka_unit_test(test_imask_and_disable),
        cmocka_unit_test(test_earliest),
        cmocka_unit_test(test_cntvoff),
        cmocka_unit_test(test_far_cval),
        cmocka_unit_test(test_tval),
        cmocka_unit_test(test_run_loop_deadline),
        cmocka_unit_test(test_msr_brings_deadline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
