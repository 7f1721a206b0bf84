/* Advanced SIMD floating point, part B (C4.1.97) on a CPU model with FEAT_FP:
   two-register miscellaneous FP and the fixed-point shifts by immediate.
   Each instruction is its raw word with the disassembly in a comment (GNU as
   + objdump); NaN propagation, FPCR rounding modes, FZ, DN, AHP, saturation
   (IOC, never QC), estimates, Q = 0 and scalar clearing, the "2" forms
   keeping the lower half.  The same instructions agree with QEMU
   (qemu-system-aarch64 -cpu max) in testsuites/diff/simd_fp_misc_gen.py. */
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

/* Run insn at EL2 with the given FPCR and FPSR cleared; return FPSR. */
static uint64_t run(Harness *h, uint32_t insn, uint64_t fpcr)
{
    h->cpu->sysreg[SR_FPCR] = fpcr;
    h->cpu->sysreg[SR_FPSR] = 0;
    assert_int_equal(harness_exec1(h, insn), STOP_INSN_LIMIT);
    assert_int_equal(h->cpu->pc, HARNESS_CODE_BASE + 4);
    return h->cpu->sysreg[SR_FPSR];
}

#define CHECKV(cpu, n, lo, hi)                          \
    do {                                                \
        assert_int_equal((cpu)->v[n].d[0], (lo));       \
        assert_int_equal((cpu)->v[n].d[1], (hi));       \
    } while (0)

enum {
    IOC = 1u << 0, DZC = 1u << 1, OFC = 1u << 2, UFC = 1u << 3, IXC = 1u << 4, IDC = 1u << 7,
    FPCR_FZ = 1u << 24, FPCR_DN = 1u << 25, FPCR_AHP = 1u << 26,
    FPCR_RP = 1u << 22, FPCR_RM = 2u << 22, FPCR_RZ = 3u << 22,
};

/* ---- conversions to integer ---- */

static void test_fcvt_to_int(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* 1.5, -2.5, 3e9 (saturates), qNaN (0, Invalid): IOC, not QC */
    setv(cpu, 1, 0xc02000003fc00000ull, 0x7fc000004f32d05eull);
    assert_int_equal(run(h, 0x4ea1b820, 0), IOC | IXC);    /* fcvtzs v0.4s, v1.4s */
    CHECKV(cpu, 0, 0xfffffffe00000001ull, 0x000000007fffffffull);
    assert_int_equal(run(h, 0x4e21a820, 0), IOC | IXC);    /* fcvtns v0.4s, v1.4s */
    CHECKV(cpu, 0, 0xfffffffe00000002ull, 0x000000007fffffffull);
    /* FCVTAU: ties away; negative saturates to 0 */
    setv(cpu, 1, 0x4004000000000000ull, 0xbff0000000000000ull);      /* 2.5, -1.0 */
    assert_int_equal(run(h, 0x6e61c820, 0), IOC | IXC);    /* fcvtau v0.2d, v1.2d */
    CHECKV(cpu, 0, 3, 0);
    /* Q = 0: the upper half cleared */
    setv(cpu, 1, 0x4f8000003f000000ull, 0xffffffffffffffffull);      /* 0.5, 2^32 */
    assert_int_equal(run(h, 0x2ea1b820, 0), IOC | IXC);    /* fcvtzu v0.2s, v1.2s */
    CHECKV(cpu, 0, 0xffffffff00000000ull, 0);
    /* scalar: rounding from the opcode, not FPCR */
    setv(cpu, 1, 0x1234567840200001ull, 0xffffffffffffffffull);      /* 2.5000002 */
    assert_int_equal(run(h, 0x5ea1a820, FPCR_RZ), IXC);   /* fcvtps s0, s1 */
    CHECKV(cpu, 0, 3, 0);
    setv(cpu, 1, 0xc004000000000000ull, 0xffffffffffffffffull);      /* -2.5 */
    assert_int_equal(run(h, 0x7e61b820, 0), IOC);          /* fcvtmu d0, d1 */
    CHECKV(cpu, 0, 0, 0);
    assert_int_equal(run(h, 0x5e61c820, 0), IXC);          /* fcvtas d0, d1 */
    CHECKV(cpu, 0, 0xfffffffffffffffdull, 0);
    /* FZ: a denormal input is flushed (IDC), without FZ it is inexact */
    setv(cpu, 1, 0x0000000100000001ull, 0);
    assert_int_equal(run(h, 0x4e21a820, FPCR_FZ), IDC);    /* fcvtns v0.4s, v1.4s */
    CHECKV(cpu, 0, 0, 0);
    assert_int_equal(run(h, 0x4e21a820, 0), IXC);
    harness_free(h);
}

/* ---- conversions from integer, fixed point ---- */

static void test_fixed_point(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    setv(cpu, 11, 1, 0xffffffffffffffffull);
    assert_int_equal(run(h, 0x4f40e56a, 0), 0);            /* scvtf v10.2d, v11.2d, #64 */
    CHECKV(cpu, 10, 0x3bf0000000000000ull, 0xbbf0000000000000ull);
    /* 2.75 * 2^1 = 5.5, truncated */
    setv(cpu, 13, 0x4030000040300000ull, 0x4030000040300000ull);
    assert_int_equal(run(h, 0x7f3ffdac, 0), IXC);          /* fcvtzu s12, s13, #1 */
    CHECKV(cpu, 12, 5, 0);
    /* -1.0 * 2^10, and a saturating one */
    setv(cpu, 1, 0xbff0000000000000ull, 0);
    assert_int_equal(run(h, 0x5f76fc20, 0), 0);            /* fcvtzs d0, d1, #10 */
    CHECKV(cpu, 0, 0xfffffffffffffc00ull, 0);
    setv(cpu, 1, 0x7ff0000000000000ull, 0);
    assert_int_equal(run(h, 0x5f76fc20, 0), IOC);
    CHECKV(cpu, 0, 0x7fffffffffffffffull, 0);
    /* UCVTF #5 of 0xffffffff: 2^27 rounded by FPCR.RMode */
    setv(cpu, 1, 0xffffffffffffffffull, 0);
    assert_int_equal(run(h, 0x7f3be420, 0), IXC);          /* ucvtf s0, s1, #5 */
    CHECKV(cpu, 0, 0x4d000000, 0);
    assert_int_equal(run(h, 0x7f3be420, FPCR_RZ), IXC);
    CHECKV(cpu, 0, 0x4cffffff, 0);
    /* SCVTF (integer), rounding by FPCR: 2^24 + 1 */
    setv(cpu, 1, 0xffffffff01000001ull, 0x7fffffff80000000ull);
    assert_int_equal(run(h, 0x4e21d820, FPCR_RP), IXC);    /* scvtf v0.4s, v1.4s */
    CHECKV(cpu, 0, 0xbf8000004b800001ull, 0x4f000000cf000000ull);
    harness_free(h);
}

/* ---- FRINT* ---- */

static void test_frint(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* -0.5 to -1.0; a signalling NaN quietened (IOC), default NaN with DN */
    setv(cpu, 3, 0xbfe0000000000000ull, 0x7ff0000000000001ull);
    assert_int_equal(run(h, 0x4e619862, 0), IOC);          /* frintm v2.2d, v3.2d */
    CHECKV(cpu, 2, 0xbff0000000000000ull, 0x7ff8000000000001ull);
    assert_int_equal(run(h, 0x4e619862, FPCR_DN), IOC);
    CHECKV(cpu, 2, 0xbff0000000000000ull, 0x7ff8000000000000ull);
    /* FRINTA: ties away */
    setv(cpu, 1, 0x4004000000000000ull, 0xc004000000000000ull);
    assert_int_equal(run(h, 0x6e618820, 0), 0);            /* frinta v0.2d, v1.2d */
    CHECKV(cpu, 0, 0x4008000000000000ull, 0xc008000000000000ull);
    /* FRINTI by FPCR (+inf): 1.25 -> 2.0, -1.25 -> -1.0, no Inexact */
    setv(cpu, 1, 0xbfa000003fa00000ull, 0xbfa000003fa00000ull);
    assert_int_equal(run(h, 0x6ea19820, FPCR_RP), 0);      /* frinti v0.4s, v1.4s */
    CHECKV(cpu, 0, 0xbf80000040000000ull, 0xbf80000040000000ull);
    /* FRINTX (tie to even, Inexact), Q = 0 */
    setv(cpu, 1, 0x402000003fc00000ull, 0xffffffffffffffffull);   /* 1.5, 2.5 */
    assert_int_equal(run(h, 0x2e219820, 0), IXC);          /* frintx v0.2s, v1.2s */
    CHECKV(cpu, 0, 0x4000000040000000ull, 0);
    /* FRINTN, FRINTP, FRINTZ ignore FPCR.RMode */
    assert_int_equal(run(h, 0x4e218820, FPCR_RM), 0);      /* frintn v0.4s, v1.4s */
    CHECKV(cpu, 0, 0x4000000040000000ull, 0xffffffffffffffffull);
    assert_int_equal(run(h, 0x4ea18820, FPCR_RZ), 0);      /* frintp v0.4s, v1.4s */
    CHECKV(cpu, 0, 0x4040000040000000ull, 0xffffffffffffffffull);
    assert_int_equal(run(h, 0x4ea19820, FPCR_RP), 0);      /* frintz v0.4s, v1.4s */
    CHECKV(cpu, 0, 0x400000003f800000ull, 0xffffffffffffffffull);
    harness_free(h);
}

/* ---- FCVTN, FCVTXN, FCVTL ---- */

static void test_fcvt_precision(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* 1 + 2^-52 to single, rounding to odd (Inexact); 1.0 exact; the lower half kept */
    setv(cpu, 6, 0x1111111122222222ull, 0x3333333344444444ull);
    setv(cpu, 7, 0x3ff0000000000001ull, 0x3ff0000000000000ull);
    assert_int_equal(run(h, 0x6e6168e6, 0), IXC);          /* fcvtxn2 v6.4s, v7.2d */
    CHECKV(cpu, 6, 0x1111111122222222ull, 0x3f8000003f800001ull);
    assert_int_equal(run(h, 0x7e6168a4 | (7u << 5), 0), IXC);   /* fcvtxn s4, d7 */
    CHECKV(cpu, 4, 0x3f800001, 0);
    /* 65520.0 to half: overflow to infinity; with AHP the tie rounds to 2^16 */
    setv(cpu, 1, 0x3f800000477ff000ull, 0x7fc00001ff800000ull);  /* 65520, 1, -inf, qNaN */
    setv(cpu, 0, 0x5555555555555555ull, 0x6666666666666666ull);
    assert_int_equal(run(h, 0x4e216820, 0), OFC | IXC);    /* fcvtn2 v0.8h, v1.4s */
    CHECKV(cpu, 0, 0x5555555555555555ull, 0x7e00fc003c007c00ull);
    /* AHP: NaN -> +0 with IOC, infinity -> max (IOC) */
    assert_int_equal(run(h, 0x0e216820, FPCR_AHP), IOC | IXC); /* fcvtn v0.4h, v1.4s */
    CHECKV(cpu, 0, 0x0000ffff3c007c00ull, 0);
    /* half to single: 1.0, infinity, sNaN (quietened, IOC), smallest denormal */
    setv(cpu, 9, 0x00017d007c003c00ull, 0xffffffffffffffffull);
    assert_int_equal(run(h, 0x0e217928, 0), IOC);          /* fcvtl v8.4s, v9.4h */
    CHECKV(cpu, 8, 0x7f8000003f800000ull, 0x338000007fe00000ull);
    /* AHP: exponent 31 is a number (0x7c00 = 65536.0, 0x7d00 = 81920.0) */
    assert_int_equal(run(h, 0x0e217928, FPCR_AHP), 0);
    CHECKV(cpu, 8, 0x478000003f800000ull, 0x3380000047a00000ull);
    /* single to double from the upper half */
    setv(cpu, 3, 0xffffffffffffffffull, 0x7f800001bf800000ull);  /* -1.0, sNaN */
    assert_int_equal(run(h, 0x4e617862, FPCR_DN), IOC);    /* fcvtl2 v2.2d, v3.4s */
    CHECKV(cpu, 2, 0xbff0000000000000ull, 0x7ff8000000000000ull);
    harness_free(h);
}

/* ---- estimates, FRECPX, FSQRT, FABS, FNEG ---- */

static void test_estimates(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* FRECPE: 2.0 -> 0x3eff8000; +0 -> +inf (DZC); -inf -> -0; sNaN */
    setv(cpu, 1, 0x0000000040000000ull, 0x7f800001ff800000ull);
    assert_int_equal(run(h, 0x4ea1d820, 0), IOC | DZC);    /* frecpe v0.4s, v1.4s */
    CHECKV(cpu, 0, 0x7f8000003eff8000ull, 0x7fc0000180000000ull);
    /* FRSQRTE (scalar): -1.0 -> default NaN (IOC); +inf -> +0 */
    setv(cpu, 1, 0xbff0000000000000ull, 0);
    assert_int_equal(run(h, 0x7ee1d820, 0), IOC);          /* frsqrte d0, d1 */
    CHECKV(cpu, 0, 0x7ff8000000000000ull, 0);
    setv(cpu, 1, 0x7ff0000000000000ull, 0);
    assert_int_equal(run(h, 0x7ee1d820, 0), 0);
    CHECKV(cpu, 0, 0, 0);
    /* URECPE: 0x80000000 -> 0xff800000, 0xc0000000 -> 0xaa800000; below 0.5: all ones.
       URSQRTE: below 0.25 (bits 31:30 = 00) all ones; 0x7fffffff -> 362 << 23 */
    setv(cpu, 1, 0xc000000080000000ull, 0x7fffffff00000000ull);
    assert_int_equal(run(h, 0x0ea1c820, 0), 0);            /* urecpe v0.2s, v1.2s */
    CHECKV(cpu, 0, 0xaa800000ff800000ull, 0);
    assert_int_equal(run(h, 0x6ea1c820, 0), 0);            /* ursqrte v0.4s, v1.4s */
    assert_int_equal(cpu->v[0].d[1], 0xb5000000ffffffffull);
    /* FRECPX: 3.0 -> 1.0 (NOT exponent); 0 -> 2^1023; sNaN quietened */
    setv(cpu, 15, 0x4008000000000000ull, 0x1234ull);
    assert_int_equal(run(h, 0x5ee1f9ee, 0), 0);            /* frecpx d14, d15 */
    CHECKV(cpu, 14, 0x3ff0000000000000ull, 0);
    setv(cpu, 15, 0x8000000000000000ull, 0);
    run(h, 0x5ee1f9ee, 0);
    CHECKV(cpu, 14, 0xffe0000000000000ull, 0);
    /* FSQRT: 4.0 -> 2.0, -1.0 -> default NaN */
    setv(cpu, 1, 0x4010000000000000ull, 0xbff0000000000000ull);
    assert_int_equal(run(h, 0x6ee1f820, 0), IOC);          /* fsqrt v0.2d, v1.2d */
    CHECKV(cpu, 0, 0x4000000000000000ull, 0x7ff8000000000000ull);
    /* FABS, FNEG: sign bit only, no NaN processing or flags */
    setv(cpu, 1, 0xfff0000000000001ull, 0x8000000000000000ull);
    assert_int_equal(run(h, 0x4ee0f820, FPCR_DN), 0);      /* fabs v0.2d, v1.2d */
    CHECKV(cpu, 0, 0x7ff0000000000001ull, 0);
    setv(cpu, 1, 0x000000017f800001ull, 0x80000000ffc00000ull);
    assert_int_equal(run(h, 0x6ea0f820, 0), 0);            /* fneg v0.4s, v1.4s */
    CHECKV(cpu, 0, 0x80000001ff800001ull, 0x000000007fc00000ull);
    harness_free(h);
}

/* ---- compares with zero ---- */

static void test_compare_zero(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    setv(cpu, 1, 0xbf8000003f800000ull, 0x800000007fc00000ull);   /* 1, -1, qNaN, -0 */
    assert_int_equal(run(h, 0x4ea0c820, 0), IOC);          /* fcmgt v0.4s, v1.4s, #0.0 */
    CHECKV(cpu, 0, 0x00000000ffffffffull, 0);
    assert_int_equal(run(h, 0x2ea0c820, 0), 0);            /* fcmge v0.2s, v1.2s, #0.0 */
    CHECKV(cpu, 0, 0x00000000ffffffffull, 0);
    /* FCMEQ: quiet NaN compares unequal without Invalid; -0 == 0 */
    setv(cpu, 1, 0x7ff8000000000000ull, 0x8000000000000000ull);
    assert_int_equal(run(h, 0x4ee0d820, 0), 0);            /* fcmeq v0.2d, v1.2d, #0.0 */
    CHECKV(cpu, 0, 0, 0xffffffffffffffffull);
    setv(cpu, 5, 0x8000000000000000ull, 0x1ull);
    assert_int_equal(run(h, 0x7ee0d8a4, 0), 0);            /* fcmle d4, d5, #0.0 */
    CHECKV(cpu, 4, 0xffffffffffffffffull, 0);
    setv(cpu, 1, 0x12345678ff800000ull, 0x1ull);
    assert_int_equal(run(h, 0x5ea0e820, 0), 0);            /* fcmlt s0, s1, #0.0 */
    CHECKV(cpu, 0, 0xffffffff, 0);
    /* FZ: a negative denormal is -0, not less than zero */
    setv(cpu, 1, 0x80000001, 0);
    assert_int_equal(run(h, 0x5ea0e820, FPCR_FZ), IDC);
    CHECKV(cpu, 0, 0, 0);
    harness_free(h);
}

/* ---- UNDEFINED encodings and the FP/SIMD enable check ---- */

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
    expect_undefined(h, 0x0ee1b820);    /* fcvtzs v0.1d: sz:Q = 10 reserved */
    expect_undefined(h, 0x2e216820);    /* fcvtxn with sz = 0 */
    expect_undefined(h, 0x6e61e820);    /* frint32x v0.2d, v1.2d (FEAT_FRINTTS) */
    expect_undefined(h, 0x0f10fc20);    /* fcvtzs v0.4h, v1.4h, #16 (FEAT_FP16) */
    expect_undefined(h, 0x0f40fc20);    /* fcvtzs (fixed) immh = 1xxx, Q = 0 */
    harness_free(h);
    h = harness_new();                  /* without FEAT_FP */
    expect_undefined(h, 0x4ea1b820);    /* fcvtzs v0.4s, v1.4s */
    harness_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fcvt_to_int),
        cmocka_unit_test(test_fixed_point),
        cmocka_unit_test(test_frint),
        cmocka_unit_test(test_fcvt_precision),
        cmocka_unit_test(test_estimates),
        cmocka_unit_test(test_compare_zero),
        cmocka_unit_test(test_undefined),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
