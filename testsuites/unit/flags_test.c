/* NZCV from ADDS/SUBS/ADCS/SBCS/CMP/CCMP/CCMN on edge values, executed as
   instructions through cpu_run.  Expected values are worked out by hand from
   AddWithCarry() (shared/functions/integer/AddWithCarry): C is the unsigned
   carry out of x + y + carry_in, V is set when x and y have the same sign and
   the result's sign differs; SUBS is x + NOT(y) + 1, SBCS x + NOT(y) + C.
   CCMP/CCMN set NZCV from the comparison when ConditionHolds(cond), else
   from #nzcv (C6.2 CCMP). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>

#include "harness.h"
#include "sim/exec/exec.h"

#define MIN64 0x8000000000000000ull
#define MAX64 0x7fffffffffffffffull
#define ONES 0xffffffffffffffffull
#define SENTINEL 0x5a5a5a5a5a5a5a5aull      /* x0 must keep it: CMP, CCMP, CCMN */

/* How AddWithCarry is called, to check it directly too. */
typedef enum { ADD, SUB, ADC, SBC, NO_AWC } Op;

typedef struct FlagCase {
    uint32_t insn;
    const char *text;
    Op op;
    unsigned sf;
    uint64_t x1, x2;            /* for the immediate forms x2 is the immediate */
    unsigned nzcv_in;           /* NZCV before, bits 3:0 */
    uint64_t x0;                /* result, or SENTINEL when x0 is not written */
    unsigned nzcv;              /* NZCV after */
} FlagCase;

static const FlagCase cases[] = {
    /* ADDS (64) */
    { 0xab020020, "adds x0, x1, x2", ADD, 1, 0, 0, 0x0, 0, 0x4 },
    { 0xab020020, "adds x0, x1, x2", ADD, 1, ONES, 1, 0x0, 0, 0x6 },
    { 0xab020020, "adds x0, x1, x2", ADD, 1, MAX64, 1, 0x0, MIN64, 0x9 },
    { 0xab020020, "adds x0, x1, x2", ADD, 1, MIN64, MIN64, 0x0, 0, 0x7 },
    { 0xab020020, "adds x0, x1, x2", ADD, 1, ONES, ONES, 0x0, 0xfffffffffffffffeull, 0xa },
    { 0xab020020, "adds x0, x1, x2", ADD, 1, 0x7fffffff, 0x80000000, 0x0, 0xffffffff, 0x0 },
    { 0xab020020, "adds x0, x1, x2", ADD, 1, 1, 1, 0xf, 2, 0x0 },
    /* ADDS (32): the upper halves of the sources are ignored and x0's is zeroed */
    { 0x2b020020, "adds w0, w1, w2", ADD, 0, 0x7fffffff, 1, 0x0, 0x80000000, 0x9 },
    { 0x2b020020, "adds w0, w1, w2", ADD, 0, 0xffffffff, 1, 0x0, 0, 0x6 },
    { 0x2b020020, "adds w0, w1, w2", ADD, 0, 0x80000000, 0x80000000, 0x0, 0, 0x7 },
    { 0x2b020020, "adds w0, w1, w2", ADD, 0, 0xffffffff, 0xffffffff, 0x0, 0xfffffffe, 0xa },
    { 0x2b020020, "adds w0, w1, w2", ADD, 0, 0xffffffff00000000ull, 0x100000000ull, 0x0, 0, 0x4 },
    { 0x2b020020, "adds w0, w1, w2", ADD, 0, 0xdeadbeef00000005ull, 0xfffffffb, 0x0, 0, 0x6 },
    /* SUBS (64) */
    { 0xeb020020, "subs x0, x1, x2", SUB, 1, 0, 0, 0x0, 0, 0x6 },
    { 0xeb020020, "subs x0, x1, x2", SUB, 1, 0, 1, 0x0, ONES, 0x8 },
    { 0xeb020020, "subs x0, x1, x2", SUB, 1, 1, 0, 0x0, 1, 0x2 },
    { 0xeb020020, "subs x0, x1, x2", SUB, 1, MIN64, 1, 0x0, MAX64, 0x3 },
    { 0xeb020020, "subs x0, x1, x2", SUB, 1, MAX64, ONES, 0x0, MIN64, 0x9 },
    { 0xeb020020, "subs x0, x1, x2", SUB, 1, ONES, ONES, 0x0, 0, 0x6 },
    { 0xeb020020, "subs x0, x1, x2", SUB, 1, 5, 7, 0x0, 0xfffffffffffffffeull, 0x8 },
    /* SUBS (32) */
    { 0x6b020020, "subs w0, w1, w2", SUB, 0, 0x80000000, 1, 0x0, 0x7fffffff, 0x3 },
    { 0x6b020020, "subs w0, w1, w2", SUB, 0, 0, 1, 0x0, 0xffffffff, 0x8 },
    { 0x6b020020, "subs w0, w1, w2", SUB, 0, 0x7fffffff, 0xffffffff, 0x0, 0x80000000, 0x9 },
    { 0x6b020020, "subs w0, w1, w2", SUB, 0, 0xffffffff, 0x7fffffff, 0x0, 0x80000000, 0xa },
    /* ADCS (64): carry in from C */
    { 0xba020020, "adcs x0, x1, x2", ADC, 1, 0, 0, 0x2, 1, 0x0 },
    { 0xba020020, "adcs x0, x1, x2", ADC, 1, ONES, 0, 0x2, 0, 0x6 },
    { 0xba020020, "adcs x0, x1, x2", ADC, 1, MAX64, 0, 0x2, MIN64, 0x9 },
    { 0xba020020, "adcs x0, x1, x2", ADC, 1, ONES, ONES, 0x2, ONES, 0xa },
    { 0xba020020, "adcs x0, x1, x2", ADC, 1, 0, 0, 0xd, 0, 0x4 },
    { 0xba020020, "adcs x0, x1, x2", ADC, 1, MIN64, ONES, 0x0, MAX64, 0x3 },
    /* ADCS (32) */
    { 0x3a020020, "adcs w0, w1, w2", ADC, 0, 0x7fffffff, 0, 0x2, 0x80000000, 0x9 },
    { 0x3a020020, "adcs w0, w1, w2", ADC, 0, 0xffffffff, 0xffffffff, 0x2, 0xffffffff, 0xa },
    { 0x3a020020, "adcs w0, w1, w2", ADC, 0, 0xffffffff, 0, 0x2, 0, 0x6 },
    { 0x3a020020, "adcs w0, w1, w2", ADC, 0, 0x80000000, 0x7fffffff, 0x0, 0xffffffff, 0x8 },
    /* SBCS (64): x1 + NOT(x2) + C */
    { 0xfa020020, "sbcs x0, x1, x2", SBC, 1, 0, 0, 0x0, ONES, 0x8 },
    { 0xfa020020, "sbcs x0, x1, x2", SBC, 1, 0, 0, 0x2, 0, 0x6 },
    { 0xfa020020, "sbcs x0, x1, x2", SBC, 1, MIN64, 0, 0x0, MAX64, 0x3 },
    { 0xfa020020, "sbcs x0, x1, x2", SBC, 1, 1, 0, 0x0, 0, 0x6 },
    { 0xfa020020, "sbcs x0, x1, x2", SBC, 1, MAX64, ONES, 0x0, MAX64, 0x0 },
    /* SBCS (32) */
    { 0x7a020020, "sbcs w0, w1, w2", SBC, 0, 0x80000000, 0, 0x0, 0x7fffffff, 0x3 },
    { 0x7a020020, "sbcs w0, w1, w2", SBC, 0, 0, 0xffffffff, 0x2, 1, 0x0 },
    { 0x7a020020, "sbcs w0, w1, w2", SBC, 0, 0x7fffffff, 0xffffffff, 0x2, 0x80000000, 0x9 },
    /* immediate forms, CMP */
    { 0xb1000420, "adds x0, x1, #1", ADD, 1, MAX64, 1, 0x0, MIN64, 0x9 },
    { 0xb1000420, "adds x0, x1, #1", ADD, 1, ONES, 1, 0x0, 0, 0x6 },
    { 0x71000420, "subs w0, w1, #1", SUB, 0, 0, 1, 0x0, 0xffffffff, 0x8 },
    { 0x71000420, "subs w0, w1, #1", SUB, 0, 0x80000000, 1, 0x0, 0x7fffffff, 0x3 },
    { 0x71000420, "subs w0, w1, #1", SUB, 0, 1, 1, 0x0, 0, 0x6 },
    { 0xeb02003f, "cmp x1, x2", SUB, 1, MIN64, 1, 0x0, SENTINEL, 0x3 },
    /* CCMP */
    { 0xfa420020, "ccmp x1, x2, #0, eq", NO_AWC, 1, 5, 5, 0x4, SENTINEL, 0x6 },
    { 0xfa420020, "ccmp x1, x2, #0, eq", NO_AWC, 1, 5, 5, 0xb, SENTINEL, 0x0 },
    { 0xfa42102f, "ccmp x1, x2, #15, ne", NO_AWC, 1, 0, 1, 0x4, SENTINEL, 0xf },
    { 0xfa42102f, "ccmp x1, x2, #15, ne", NO_AWC, 1, 0, 1, 0x0, SENTINEL, 0x8 },
    { 0xfa41e820, "ccmp x1, #1, #0, al", NO_AWC, 1, MIN64, 0, 0x0, SENTINEL, 0x3 },
    { 0x7a42a020, "ccmp w1, w2, #0, ge", NO_AWC, 0, 0x80000000, 1, 0x9, SENTINEL, 0x3 },
    { 0x7a42a020, "ccmp w1, w2, #0, ge", NO_AWC, 0, 0x80000000, 1, 0x8, SENTINEL, 0x0 },
    { 0xfa42f02f, "ccmp x1, x2, #15, nv", NO_AWC, 1, 0, 1, 0x0, SENTINEL, 0x8 },
    /* CCMN */
    { 0xba420020, "ccmn x1, x2, #0, eq", NO_AWC, 1, ONES, 1, 0x4, SENTINEL, 0x6 },
    { 0xba41b824, "ccmn x1, #1, #4, lt", NO_AWC, 1, MAX64, 0, 0x8, SENTINEL, 0x9 },
    { 0xba41b824, "ccmn x1, #1, #4, lt", NO_AWC, 1, MAX64, 0, 0x9, SENTINEL, 0x4 },
    { 0x3a45882a, "ccmn w1, #5, #10, hi", NO_AWC, 0, 0xfffffffb, 0, 0x4, SENTINEL, 0xa },
    { 0x3a45882a, "ccmn w1, #5, #10, hi", NO_AWC, 0, 0xfffffffb, 0, 0x2, SENTINEL, 0x6 },
    { 0x3a42e020, "ccmn w1, w2, #0, al", NO_AWC, 0, 0x7fffffff, 1, 0x0, SENTINEL, 0x9 },
};

static void test_flags_executed(void **state)
{
    (void)state;
    Harness *h = harness_new();
    CPUState *cpu = h->cpu;
    int bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const FlagCase *c = &cases[i];
        cpu->x[0] = SENTINEL;
        cpu->x[1] = c->x1;
        cpu->x[2] = c->x2;
        cpu->nzcv = c->nzcv_in << 28;
        assert_int_equal(harness_exec1(h, c->insn), STOP_INSN_LIMIT);
        unsigned nzcv = cpu->nzcv >> 28;
        if (cpu->x[0] != c->x0 || nzcv != c->nzcv || cpu->pc != HARNESS_CODE_BASE + 4 ||
            (cpu->nzcv & 0x0fffffff)) {
            print_error("%-22s x1=0x%llx x2=0x%llx nzcv_in=%x: x0=0x%llx nzcv=%x, expected "
                        "x0=0x%llx nzcv=%x\n", c->text, (unsigned long long)c->x1,
                        (unsigned long long)c->x2, c->nzcv_in, (unsigned long long)cpu->x[0],
                        nzcv, (unsigned long long)c->x0, c->nzcv);
            bad++;
        }
    }
    harness_free(h);
    assert_int_equal(bad, 0);
}

/* The same rows through AddWithCarry() itself (sim/exec/exec.h). */
static void test_add_with_carry(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const FlagCase *c = &cases[i];
        unsigned carry = (c->nzcv_in >> 1) & 1;
        uint64_t y = c->x2;
        switch (c->op) {
        case ADD: carry = 0; break;
        case SUB: y = ~y; carry = 1; break;
        case ADC: break;
        case SBC: y = ~y; break;
        default: continue;
        }
        uint32_t nzcv;
        uint64_t r = AddWithCarry(c->x1, y, carry, c->sf, &nzcv);
        uint64_t want = c->x0 == SENTINEL ? r : c->x0;
        if ((c->sf ? r : (uint32_t)r) != want || nzcv >> 28 != c->nzcv) {
            print_error("AddWithCarry for %s x1=0x%llx x2=0x%llx: 0x%llx %x, expected 0x%llx %x\n",
                        c->text, (unsigned long long)c->x1, (unsigned long long)c->x2,
                        (unsigned long long)r, nzcv >> 28, (unsigned long long)want, c->nzcv);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* ConditionHolds() for every condition against the four flags (C1.2.4). */
static void test_condition_holds(void **state)
{
    (void)state;
    for (unsigned f = 0; f < 16; f++) {
        bool n = f & 8, z = f & 4, c = f & 2, v = f & 1;
        const bool want[16] = {
            z, !z, c, !c, n, !n, v, !v,                 /* EQ NE CS CC MI PL VS VC */
            c && !z, !(c && !z), n == v, n != v,        /* HI LS GE LT */
            !z && n == v, !(!z && n == v), true, true,  /* GT LE AL NV */
        };
        for (unsigned cond = 0; cond < 16; cond++)
            if (ConditionHolds(f << 28, cond) != want[cond])
                fail_msg("ConditionHolds(nzcv=%x, cond=%u) = %d", f, cond, !want[cond]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flags_executed),
        cmocka_unit_test(test_add_with_carry),
        cmocka_unit_test(test_condition_holds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
