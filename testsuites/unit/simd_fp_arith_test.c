/* Advanced SIMD floating-point arithmetic, part A (C4.1.97: three same FP,
   by element FP, scalar pairwise FP, across lanes FP) on a CPU model with
   FEAT_FP: each instruction is its raw word with the disassembly in a
   comment (GNU as + objdump); NaN propagation and the default NaN, signed
   zeros, infinities, flush-to-zero, rounding modes, the FPSR cumulative
   flags, Q = 0 and scalar forms clearing the rest of Vd, UNDEFINED
   encodings.  Results were checked against QEMU (qemu-system-aarch64 -cpu
   max, testsuites/diff/simd_fp_gen.py). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <string.h>

#include "harness.h"
#include "sim/fpu/fpu.h"
#include "sim/exception.h"
#include "sysregs/sysregs.h"

static Harness *simd_harness(void)
{
    return harness_new();       /* -cpu max: FP/SIMD on, CPACR_EL1.FPEN = 0b00 */
}

static void setv(CPUState *cpu, unsigned n, uint64_t lo, uint64_t hi)
{
    cpu->v[n].d[0] = lo;
    cpu->v[n].d[1] = hi;
}

/* Two single-precision lanes in one doubleword: lane 2i = lo, 2i+1 = hi. */
static uint64_t s2(uint32_t lo, uint32_t hi)
{
    return ((uint64_t)hi << 32) | lo;
}

/* Run insn at EL2 under fpcr with FPSR cleared; return FPSR. */
static uint32_t run(Harness *h, uint32_t insn, uint32_t fpcr)
{
    h->cpu->sysreg[SR_FPCR] = fpcr;
    h->cpu->sysreg[SR_FPSR] = 0;
    assert_int_equal(harness_exec1(h, insn), STOP_INSN_LIMIT);
    assert_int_equal(h->cpu->pc, HARNESS_CODE_BASE + 4);
    return (uint32_t)h->cpu->sysreg[SR_FPSR];
}

#define CHECKV(cpu, n, lo, hi)                          \
    do {                                                \
        assert_int_equal((cpu)->v[n].d[0], (lo));       \
        assert_int_equal((cpu)->v[n].d[1], (hi));       \
    } while (0)

enum {
    IOC = 1 << 0, DZC = 1 << 1, OFC = 1 << 2, UFC = 1 << 3, IXC = 1 << 4, IDC = 1 << 7,
    FPCR_FZ = 1 << 24, FPCR_DN = 1 << 25, FPCR_RP = 1 << 22,
};

/* single precision */
#define S_ONE 0x3f800000u
#define S_TWO 0x40000000u
#define S_THREE 0x40400000u
#define S_INF 0x7f800000u
#define S_NEG_INF 0xff800000u
#define S_NEG_ZERO 0x80000000u
#define S_DEFAULT_NAN 0x7fc00000u
/* double precision */
#define D_ONE 0x3ff0000000000000ull
#define D_TWO 0x4000000000000000ull
#define D_THREE 0x4008000000000000ull
#define D_INF 0x7ff0000000000000ull
#define D_DEFAULT_NAN 0x7ff8000000000000ull

/* ---- three same ---- */

static void test_add_nan_zero(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* 1 + 2 = 3; -0 + +0 = +0; inf + -inf is the default NaN (Invalid);
       an sNaN operand is quietened, keeping its payload (Invalid) */
    setv(cpu, 1, s2(S_ONE, S_NEG_ZERO), s2(S_INF, 0x7f800001u));
    setv(cpu, 2, s2(S_TWO, 0), s2(S_NEG_INF, S_ONE));
    assert_int_equal(run(h, 0x4e22d420, 0), IOC);       /* fadd v0.4s, v1.4s, v2.4s */
    CHECKV(cpu, 0, s2(S_THREE, 0), s2(S_DEFAULT_NAN, 0x7fc00001u));
    /* -0 + +0 rounding towards minus infinity is -0; FPCR.DN: the default NaN */
    assert_int_equal(run(h, 0x4e22d420, 2u << 22 | FPCR_DN), IOC);
    CHECKV(cpu, 0, s2(S_THREE, S_NEG_ZERO), s2(S_DEFAULT_NAN, S_DEFAULT_NAN));
    /* 1 + 2^-30 under round towards plus infinity: 1 + 1 ulp, Inexact */
    setv(cpu, 1, s2(S_ONE, S_ONE), s2(S_ONE, S_ONE));
    setv(cpu, 2, s2(0x30800000u, 0), s2(0, 0));
    assert_int_equal(run(h, 0x4e22d420, FPCR_RP), IXC);
    CHECKV(cpu, 0, s2(0x3f800001u, S_ONE), s2(S_ONE, S_ONE));
    harness_free(h);
}

static void test_flush_to_zero(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* (2^-126 + 2^-149) - 2^-126 = 2^-149, exact: no flags, Q = 0 clears 127:64 */
    setv(cpu, 1, s2(0x00800001u, S_ONE), ~0ull);
    setv(cpu, 2, s2(0x00800000u, S_ONE), ~0ull);
    assert_int_equal(run(h, 0x0ea2d420, 0), 0);         /* fsub v0.2s, v1.2s, v2.2s */
    CHECKV(cpu, 0, s2(1, 0), 0);
    /* FPCR.FZ: the tiny result is flushed to +0 with Underflow (not Inexact) */
    assert_int_equal(run(h, 0x0ea2d420, FPCR_FZ), UFC);
    CHECKV(cpu, 0, 0, 0);
    /* FPCR.FZ on a subnormal input: treated as zero, Input Denormal */
    setv(cpu, 19, s2(S_ONE, S_NEG_ZERO), s2(S_INF, 0x00000001u));
    setv(cpu, 20, 0, s2(0, S_TWO));
    assert_int_equal(run(h, 0x4fb49a72, 0), 0);         /* fmul v18.4s, v19.4s, v20.s[3] */
    CHECKV(cpu, 18, s2(S_TWO, S_NEG_ZERO), s2(S_INF, 0x00000002u));
    assert_int_equal(run(h, 0x4fb49a72, FPCR_FZ), IDC);
    CHECKV(cpu, 18, s2(S_TWO, S_NEG_ZERO), s2(S_INF, 0));
    harness_free(h);
}

static void test_fused_multiply_add(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* FMLS negates element1 before FPMulAdd: a NaN element1 comes out with
       its sign inverted; lane 1 is 3 - 1 * 2 */
    setv(cpu, 6, s2(0x40a00000u, S_THREE), ~0ull);     /* 5.0, 3.0 */
    setv(cpu, 7, s2(0x7fc00005u, S_ONE), 0);
    setv(cpu, 8, s2(S_ONE, S_TWO), 0);
    assert_int_equal(run(h, 0x0ea8cce6, 0), 0);         /* fmls v6.2s, v7.2s, v8.2s */
    CHECKV(cpu, 6, s2(0xffc00005u, S_ONE), 0);
    /* (1 + 2^-30) * (1 - 2^-30) - 1 = -2^-60 with one rounding (0 if rounded
       twice); inf * x + -inf is the default NaN */
    setv(cpu, 21, 0xbff0000000000000ull, 0xfff0000000000000ull);
    setv(cpu, 22, 0x3ff0000000400000ull, D_INF);
    setv(cpu, 31, 0, 0x3fefffffff800000ull);
    assert_int_equal(run(h, 0x4fdf1ad5, 0), IOC);       /* fmla v21.2d, v22.2d, v31.d[1] */
    CHECKV(cpu, 21, 0xbc30000000000000ull, D_DEFAULT_NAN);
    /* scalar by element: 1 - 2 * 3 = -5; the rest of Vd cleared */
    setv(cpu, 26, D_ONE, ~0ull);
    setv(cpu, 27, D_TWO, 0);
    setv(cpu, 28, D_THREE, 0);
    assert_int_equal(run(h, 0x5fdc537a, 0), 0);         /* fmls d26, d27, v28.d[0] */
    CHECKV(cpu, 26, 0xc014000000000000ull, 0);
    harness_free(h);
}

static void test_mulx_steps_abd(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* FMULX: -0 * inf = -2 */
    setv(cpu, 24, S_NEG_ZERO, ~0ull);
    setv(cpu, 25, 0, s2(S_INF, 0));
    assert_int_equal(run(h, 0x7f999b17, 0), 0);         /* fmulx s23, s24, v25.s[2] */
    CHECKV(cpu, 23, 0xc0000000u, 0);
    /* FRECPS: 2 - 0 * inf = 2, 2 - 1.5 * 1 = 0.5, 2 - 1 * 1 = 1, 2 - 2 * 1 = 0 */
    setv(cpu, 27, s2(0, 0x3fc00000u), s2(S_ONE, S_TWO));
    setv(cpu, 28, s2(S_NEG_INF, S_ONE), s2(S_ONE, S_ONE));
    assert_int_equal(run(h, 0x4e3cff7a, 0), 0);         /* frecps v26.4s, v27.4s, v28.4s */
    CHECKV(cpu, 26, s2(S_TWO, 0x3f000000u), s2(S_ONE, 0));
    /* FRSQRTS: (3 - inf * 0) / 2 = 1.5 */
    setv(cpu, 8, D_INF, 0);
    setv(cpu, 9, 0, 0);
    assert_int_equal(run(h, 0x5ee9fd07, 0), 0);         /* frsqrts d7, d8, d9 */
    CHECKV(cpu, 7, 0x3ff8000000000000ull, 0);
    /* FABD: |1 - 3| = 2; FPAbs of a NaN result clears its sign */
    setv(cpu, 13, S_ONE, 0);
    setv(cpu, 14, S_THREE, 0);
    assert_int_equal(run(h, 0x7eaed5ac, 0), 0);         /* fabd s12, s13, s14 */
    CHECKV(cpu, 12, S_TWO, 0);
    setv(cpu, 13, 0xffc00001u, 0);
    assert_int_equal(run(h, 0x7eaed5ac, 0), 0);
    CHECKV(cpu, 12, 0x7fc00001u, 0);
    /* FDIV: 1 / 0 = inf (Divide by Zero), 0 / 0 = default NaN (Invalid) */
    setv(cpu, 11, D_ONE, 0);
    setv(cpu, 12, 0, 0);
    assert_int_equal(run(h, 0x6e6cfd6a, 0), DZC | IOC);  /* fdiv v10.2d, v11.2d, v12.2d */
    CHECKV(cpu, 10, D_INF, D_DEFAULT_NAN);
    harness_free(h);
}

static void test_compares(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* FCMGE signals Invalid on a quiet NaN; 1 >= 1 is all ones */
    setv(cpu, 5, s2(S_ONE, S_DEFAULT_NAN), ~0ull);
    setv(cpu, 6, s2(S_ONE, 0), ~0ull);
    assert_int_equal(run(h, 0x2e26e4a4, 0), IOC);       /* fcmge v4.2s, v5.2s, v6.2s */
    CHECKV(cpu, 4, s2(~0u, 0), 0);
    /* FCMEQ: a quiet NaN is unequal to itself, quietly; -0 == +0 */
    setv(cpu, 24, S_DEFAULT_NAN, 0);
    setv(cpu, 25, S_DEFAULT_NAN, 0);
    assert_int_equal(run(h, 0x5e39e717, 0), 0);         /* fcmeq s23, s24, s25 */
    CHECKV(cpu, 23, 0, 0);
    setv(cpu, 24, S_NEG_ZERO, 0);
    setv(cpu, 25, 0, 0);
    assert_int_equal(run(h, 0x5e39e717, 0), 0);
    CHECKV(cpu, 23, 0xffffffffu, 0);
    /* |-3| > |2| but -3 > 2 is false; an sNaN signals even for FCMEQ */
    setv(cpu, 16, 0xc008000000000000ull, 0);
    setv(cpu, 17, D_TWO, 0);
    assert_int_equal(run(h, 0x7ef1ee0f, 0), 0);         /* facgt d15, d16, d17 */
    CHECKV(cpu, 15, ~0ull, 0);
    setv(cpu, 4, 0xc008000000000000ull, 0);
    setv(cpu, 5, D_TWO, 0);
    assert_int_equal(run(h, 0x7ee5e483, 0), 0);         /* fcmgt d3, d4, d5 */
    CHECKV(cpu, 3, 0, 0);
    setv(cpu, 24, 0x7f800001u, 0);
    assert_int_equal(run(h, 0x5e39e717, 0), IOC);
    CHECKV(cpu, 23, 0, 0);
    /* FACGE: |-inf| >= |inf| */
    setv(cpu, 1, S_NEG_INF, 0);
    setv(cpu, 2, S_INF, 0);
    assert_int_equal(run(h, 0x7e22ec20, 0), 0);         /* facge s0, s1, s2 */
    CHECKV(cpu, 0, 0xffffffffu, 0);
    harness_free(h);
}

/* ---- pairwise and across lanes ---- */

static void test_pairwise_across(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* FADDP (vector): pairs of Vm:Vn */
    setv(cpu, 10, s2(S_ONE, S_TWO), s2(S_INF, S_NEG_INF));
    setv(cpu, 11, s2(S_THREE, S_NEG_ZERO), s2(S_NEG_ZERO, S_NEG_ZERO));
    assert_int_equal(run(h, 0x6e2bd549, 0), IOC);       /* faddp v9.4s, v10.4s, v11.4s */
    CHECKV(cpu, 9, s2(S_THREE, S_DEFAULT_NAN), s2(S_THREE, S_NEG_ZERO));
    /* FMAXNMP (scalar): a quiet NaN loses to a number; an sNaN signals and wins */
    setv(cpu, 30, 0x7ff8000000000123ull, D_ONE);
    assert_int_equal(run(h, 0x7e70cbdd, 0), 0);         /* fmaxnmp d29, v30.2d */
    CHECKV(cpu, 29, D_ONE, 0);
    setv(cpu, 30, 0x7ff0000000000001ull, D_ONE);
    assert_int_equal(run(h, 0x7e70cbdd, 0), IOC);
    CHECKV(cpu, 29, 0x7ff8000000000001ull, 0);
    /* FMINV in the Reduce() tree order: min(min(1, qNaN_b), min(sNaN_c, 2))
       is qNaN_b (a sequential order would give the quietened sNaN_c) */
    setv(cpu, 1, s2(S_ONE, 0x7fc0000bu), s2(0x7f80000cu, S_TWO));
    assert_int_equal(run(h, 0x6eb0f820, 0), IOC);       /* fminv s0, v1.4s */
    CHECKV(cpu, 0, 0x7fc0000bu, 0);
    /* FMAXNMV: quiet NaNs are ignored */
    setv(cpu, 3, s2(S_NEG_INF, S_DEFAULT_NAN), s2(0xbf800000u, S_DEFAULT_NAN));
    assert_int_equal(run(h, 0x6e30c862, 0), 0);         /* fmaxnmv s2, v3.4s */
    CHECKV(cpu, 2, 0xbf800000u, 0);
    harness_free(h);
}

/* ---- UNDEFINED encodings and the FP enable ---- */

static void expect_undefined(Harness *h, uint32_t insn)
{
    h->cpu->sysreg[SR_ESR_EL2] = 0;
    assert_int_equal(harness_exec1(h, insn), STOP_INSN_LIMIT);
    assert_int_equal(FIELD_EX64(h->cpu->sysreg[SR_ESR_EL2], ESR, EC), EC_UNCATEGORIZED);
}

static void test_undefined(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    expect_undefined(h, 0x0e60d400);    /* fadd v0.1d (sz:Q = 10): reserved */
    expect_undefined(h, 0x0e401400);    /* fadd v0.4h, v0.4h, v0.4h: FEAT_FP16 */
    expect_undefined(h, 0x0e20ec00);    /* fmlal v0.2s, v0.2h, v0.2h: FEAT_FHM */
    expect_undefined(h, 0x5e20d400);    /* no scalar FADD (three same) */
    expect_undefined(h, 0x0fc01000);    /* fmla by element, double, Q = 0 */
    expect_undefined(h, 0x4fe01000);    /* fmla by element, double, L = 1 */
    expect_undefined(h, 0x2e30f800);    /* fmaxv, Q = 0 */
    expect_undefined(h, 0x7eb0d800);    /* faddp (scalar), o1 = 1 */
    /* CPTR_EL2.TFP: the FP access trap (EC 0x07) before any result or flag */
    setv(h->cpu, 0, 0x1234, 0x5678);
    h->cpu->sysreg[SR_FPSR] = 0;
    h->cpu->sysreg[SR_CPTR_EL2] |= REG_MASK(CPTR_EL2, TFP);
    assert_int_equal(harness_exec1(h, 0x6e6cfd6a), STOP_INSN_LIMIT);   /* fdiv v10.2d, ... */
    assert_int_equal(FIELD_EX64(h->cpu->sysreg[SR_ESR_EL2], ESR, EC), EC_FP_ACCESS);
    assert_int_equal(h->cpu->sysreg[SR_FPSR], 0);
    assert_int_equal(harness_exec1(h, 0x4e22d420), STOP_INSN_LIMIT);   /* fadd v0.4s, ... */
    CHECKV(h->cpu, 0, 0x1234, 0x5678);
    harness_free(h);
    /* Without FEAT_FP: UNDEFINED */
    h = harness_new();
    expect_undefined(h, 0x4e22d420);    /* fadd v0.4s, v1.4s, v2.4s */
    harness_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_nan_zero),
        cmocka_unit_test(test_flush_to_zero),
        cmocka_unit_test(test_fused_multiply_add),
        cmocka_unit_test(test_mulx_steps_abd),
        cmocka_unit_test(test_compares),
        cmocka_unit_test(test_pairwise_across),
        cmocka_unit_test(test_undefined),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
