/* Advanced SIMD integer arithmetic (C4.1.97) on a CPU model with FEAT_FP:
   each instruction is its raw word with the disassembly in a comment
   (GNU as + objdump); edge values (saturation and FPSR.QC, rounding shifts,
   signed extremes, Q = 0 clearing the upper half).  Results were checked
   against QEMU (qemu-system-aarch64 -cpu max). */
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

/* Run insn at EL2 with FPSR cleared; return FPSR.QC. */
static unsigned run(Harness *h, uint32_t insn)
{
    h->cpu->sysreg[SR_FPSR] = 0;
    assert_int_equal(harness_exec1(h, insn), STOP_INSN_LIMIT);
    assert_int_equal(h->cpu->pc, HARNESS_CODE_BASE + 4);
    return (unsigned)FIELD_EX64(h->cpu->sysreg[SR_FPSR], FPSR, QC);
}

#define CHECKV(cpu, n, lo, hi)                          \
    do {                                                \
        assert_int_equal((cpu)->v[n].d[0], (lo));       \
        assert_int_equal((cpu)->v[n].d[1], (hi));       \
    } while (0)

/* ---- three same ---- */

static void test_add_sub_logic(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    setv(cpu, 1, 0xffffffff00000001ull, 0x7fffffff80000000ull);
    setv(cpu, 2, 0x0000000100000001ull, 0x0000000180000000ull);
    assert_int_equal(run(h, 0x4ea28420), 0);        /* add v0.4s, v1.4s, v2.4s */
    CHECKV(cpu, 0, 0x0000000000000002ull, 0x8000000000000000ull);
    setv(cpu, 18, 0xff00ff00ff00ff00ull, 0x0123456789abcdefull);
    setv(cpu, 19, 0x1111111111111111ull, 0xffffffffffffffffull);
    setv(cpu, 20, 0x2222222222222222ull, 0x0000000000000000ull);
    run(h, 0x6e741e72);                             /* bsl v18.16b, v19.16b, v20.16b */
    CHECKV(cpu, 18, 0x1122112211221122ull, 0x0123456789abcdefull);
    /* Q = 0 clears bits 127:64 */
    setv(cpu, 5, 0x8080808080808080ull, 0xffffffffffffffffull);
    setv(cpu, 6, 0x0303030303030303ull, 0xffffffffffffffffull);
    run(h, 0x2e269ca4);                             /* pmul v4.8b, v5.8b, v6.8b */
    CHECKV(cpu, 4, 0x8080808080808080ull, 0);
    harness_free(h);
}

static void test_saturating_qc(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    setv(cpu, 4, 0x7f80017f80000102ull, 0);
    setv(cpu, 5, 0x0180ff80ff7f0102ull, 0);
    assert_int_equal(run(h, 0x0e250c83), 1);        /* sqadd v3.8b, v4.8b, v5.8b */
    CHECKV(cpu, 3, 0x7f8000ff807f0204ull, 0);
    /* no saturation: QC stays clear */
    setv(cpu, 5, 0, 0);
    assert_int_equal(run(h, 0x0e250c83), 0);
    CHECKV(cpu, 3, 0x7f80017f80000102ull, 0);
    /* scalar UQSUB H: 1 - 2 saturates to 0; the rest of V6 is cleared */
    setv(cpu, 7, 0xaaaaaaaaaaaa0001ull, 1);
    setv(cpu, 8, 0x0000000000000002ull, 0);
    assert_int_equal(run(h, 0x7e682ce6), 1);        /* uqsub h6, h7, h8 */
    CHECKV(cpu, 6, 0, 0);
    harness_free(h);
}

static void test_doubling_multiply_high(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* lanes: -32768 * -32768 saturates to 0x7fff; 0x4000 * 0x4000 -> 0x2000;
       1 * 0x4000 -> 2 * 0x4000 = 0x8000 >> 16 = 0, rounded up to 1; 3 * -1 -> -6 + 0x8000 >> 16 = 0 */
    setv(cpu, 10, 0x0003000140008000ull, 0);
    setv(cpu, 11, 0xffff400040008000ull, 0);
    assert_int_equal(run(h, 0x6e6bb549), 1);        /* sqrdmulh v9.8h, v10.8h, v11.8h */
    CHECKV(cpu, 9, 0x0000000120007fffull, 0);
    /* by element: s[1] of v29 */
    setv(cpu, 28, 0x40000000ull, 0);
    setv(cpu, 29, 0x0000000080000000ull, 0);
    run(h, 0x5fbdc39b);                             /* sqdmulh s27, s28, v29.s[1] (= 0) */
    CHECKV(cpu, 27, 0, 0);
    setv(cpu, 29, 0x8000000000000000ull, 0);
    assert_int_equal(run(h, 0x5fbdc39b), 0);        /* 0x40000000 * -2^31 * 2 >> 32 = -2^30 */
    CHECKV(cpu, 27, 0xc0000000ull, 0);
    harness_free(h);
}

static void test_register_shifts(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* SRSHL D: shift -1 of 3 is (3 + 1) >> 1 = 2 */
    setv(cpu, 13, 3, 0);
    setv(cpu, 14, 0xff, 0);
    run(h, 0x5eee55ac);                             /* srshl d12, d13, d14 */
    CHECKV(cpu, 12, 2, 0);
    /* shift -64 of INT64_MIN, rounded: (-2^63 + 2^63) >> 64 = 0 */
    setv(cpu, 13, 0x8000000000000000ull, 0);
    setv(cpu, 14, 0xc0, 0);
    run(h, 0x5eee55ac);
    CHECKV(cpu, 12, 0, 0);
    /* shift -128 (0x80) of -1: (-1 + 2^127) >> 128 = 0 */
    setv(cpu, 13, ~0ull, 0);
    setv(cpu, 14, 0x80, 0);
    run(h, 0x5eee55ac);
    CHECKV(cpu, 12, 0, 0);
    /* UQRSHL B: 0x80 << 1 saturates, 0xff >> 1 rounds to 0x80, 1 << 7 = 0x80,
       5 >> 8 (shift -8) rounds to 0, 0x80 >> 8 rounds to 1, 1 << 127 saturates,
       0 << -128 is 0 */
    setv(cpu, 16, 0x000001800501ff80ull, 0);
    setv(cpu, 17, 0x00807ff8f807ff01ull, 0);
    assert_int_equal(run(h, 0x6e315e0f), 1);        /* uqrshl v15.16b, v16.16b, v17.16b */
    CHECKV(cpu, 15, 0x0000ff01008080ffull, 0);
    harness_free(h);
}

static void test_compare_pairwise_across(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    setv(cpu, 8, 0x8000000000000000ull, 0);
    setv(cpu, 9, 0x7fffffffffffffffull, 0);
    run(h, 0x7ee93507);                             /* cmhi d7, d8, d9 */
    CHECKV(cpu, 7, ~0ull, 0);
    setv(cpu, 22, 1, 2);
    setv(cpu, 23, ~0ull, 0x8000000000000000ull);
    run(h, 0x4ef7bed5);                             /* addp v21.2d, v22.2d, v23.2d */
    CHECKV(cpu, 21, 3, 0x7fffffffffffffffull);
    run(h, 0x5ef1bac2);                             /* addp d2, v22.2d */
    CHECKV(cpu, 2, 3, 0);
    setv(cpu, 31, 0x800000007fffffffull, 0xffffffff80000000ull);
    run(h, 0x4eb03bfe);                             /* saddlv d30, v31.4s */
    CHECKV(cpu, 30, 0xffffffff7ffffffeull, 0);
    setv(cpu, 1, 0x0102030405060708ull, 0xf0f1f2f3f4f500f7ull);
    run(h, 0x6e31a820);                             /* uminv b0, v1.16b */
    CHECKV(cpu, 0, 0, 0);
    /* MLS by element */
    setv(cpu, 24, 10, 0);
    setv(cpu, 25, 3, 0);
    setv(cpu, 26, 0, 0x0000000400000000ull);
    run(h, 0x6fba4b38);                             /* mls v24.4s, v25.4s, v26.s[3] */
    CHECKV(cpu, 24, 0xfffffffeull, 0);
    harness_free(h);
}

/* ---- shift by immediate ---- */

static void test_shift_immediate(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* SRSHR #64 of a signed value is always 0 */
    setv(cpu, 0, ~0ull, ~0ull);
    setv(cpu, 1, 0x8000000000000000ull, 0x7fffffffffffffffull);
    run(h, 0x4f402420);                             /* srshr v0.2d, v1.2d, #64 */
    CHECKV(cpu, 0, 0, 0);
    /* SRI #esize leaves Vd unchanged */
    setv(cpu, 2, 0x1111111122222222ull, 0x3333333344444444ull);
    setv(cpu, 3, ~0ull, ~0ull);
    run(h, 0x6f204462);                             /* sri v2.4s, v3.4s, #32 */
    CHECKV(cpu, 2, 0x1111111122222222ull, 0x3333333344444444ull);
    setv(cpu, 4, 0x7ffffffffffffffeull, 0x1234);
    setv(cpu, 5, 1, 0);
    run(h, 0x7f7f54a4);                             /* sli d4, d5, #63 */
    CHECKV(cpu, 4, 0xfffffffffffffffeull, 0);
    setv(cpu, 18, 5, 7);
    setv(cpu, 19, ~0ull, 0);
    run(h, 0x7f7f1672);                             /* usra d18, d19, #1 */
    CHECKV(cpu, 18, 0x8000000000000004ull, 0);
    /* SQSHLU: 1 << 7 fits, -1 and 2 << 7 saturate */
    setv(cpu, 7, 0x01, 0);
    assert_int_equal(run(h, 0x7f0f64e6), 0);        /* sqshlu b6, b7, #7 */
    CHECKV(cpu, 6, 0x80, 0);
    setv(cpu, 7, 0xff, 0);
    assert_int_equal(run(h, 0x7f0f64e6), 1);
    CHECKV(cpu, 6, 0, 0);
    setv(cpu, 7, 0x02, 0);
    assert_int_equal(run(h, 0x7f0f64e6), 1);
    CHECKV(cpu, 6, 0xff, 0);
    harness_free(h);
}

static void test_shift_narrow_long(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* SQRSHRUN2: the upper half of Vd, the lower half kept; -32768 saturates to 0 */
    setv(cpu, 10, 0x0123456789abcdefull, ~0ull);
    setv(cpu, 11, 0x7fff8000ffff7f80ull, 0x7fff4000018000ffull);
    assert_int_equal(run(h, 0x6f088d6a), 1);        /* sqrshrun2 v10.16b, v11.8h, #8 */
    CHECKV(cpu, 10, 0x0123456789abcdefull, 0x8040020180000080ull);
    /* UQRSHRN: (2^64 - 1 + 1) >> 1 = 2^63 saturates */
    setv(cpu, 13, ~0ull, 0);
    assert_int_equal(run(h, 0x7f3f9dac), 1);        /* uqrshrn s12, d13, #1 */
    CHECKV(cpu, 12, 0xffffffffull, 0);
    /* RSHRN (Q = 0) clears the upper half; the rounding carry out of 0xffffffff
       is truncated away, not saturated */
    setv(cpu, 14, ~0ull, ~0ull);
    setv(cpu, 15, 0x0000800000007fffull, 0xffff8000ffffffffull);
    assert_int_equal(run(h, 0x0f108dee), 0);        /* rshrn v14.4h, v15.4s, #16 */
    CHECKV(cpu, 14, 0x0000000000010000ull, 0);
    setv(cpu, 17, 0, 0x0000000180000000ull);
    run(h, 0x4f3fa630);                             /* sshll2 v16.2d, v17.4s, #31 */
    CHECKV(cpu, 16, 0xc000000000000000ull, 0x80000000ull);
    harness_free(h);
}

/* ---- two-register miscellaneous ---- */

static void test_misc(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    setv(cpu, 1, 0x0102030405060708ull, 0x1112131415161718ull);
    run(h, 0x4e201820);                             /* rev16 v0.16b, v1.16b */
    CHECKV(cpu, 0, 0x0201040306050807ull, 0x1211141316151817ull);
    setv(cpu, 3, 0xffffffff00000000ull, 0xc000000000000001ull);
    run(h, 0x4ea04862);                             /* cls v2.4s, v3.4s */
    CHECKV(cpu, 2, 0x0000001f0000001full, 0x000000010000001eull);
    setv(cpu, 5, 0x8000000000000000ull, 0);
    assert_int_equal(run(h, 0x7ee078a4), 1);        /* sqneg d4, d5 */
    CHECKV(cpu, 4, 0x7fffffffffffffffull, 0);
    /* SUQADD: signed Vd + unsigned Vn */
    setv(cpu, 6, 0x7f, 0);
    setv(cpu, 7, 0x01, 0);
    assert_int_equal(run(h, 0x5e2038e6), 1);        /* suqadd b6, b7 */
    CHECKV(cpu, 6, 0x7f, 0);
    setv(cpu, 6, 0x80, 0);
    setv(cpu, 7, 0xff, 0);
    assert_int_equal(run(h, 0x5e2038e6), 0);        /* -128 + 255 */
    CHECKV(cpu, 6, 0x7f, 0);
    setv(cpu, 8, 0x0123456789abcdefull, 0);
    setv(cpu, 9, 0x00010000ffffffffull, 0x7fffffff00008000ull);
    assert_int_equal(run(h, 0x6e612928), 1);        /* sqxtun2 v8.8h, v9.4s */
    CHECKV(cpu, 8, 0x0123456789abcdefull, 0xffff8000ffff0000ull);
    setv(cpu, 11, 0, 5);
    run(h, 0x7ee0996a);                             /* cmle d10, d11, #0 */
    CHECKV(cpu, 10, ~0ull, 0);
    setv(cpu, 12, ~0ull, 5);
    setv(cpu, 13, 0x00000001ffffffffull, 0x0000000300000002ull);
    run(h, 0x6ea069ac);                             /* uadalp v12.2d, v13.4s */
    CHECKV(cpu, 12, 0xffffffffull, 10);
    setv(cpu, 15, 0, 0x0000000180000000ull);
    run(h, 0x6ea139ee);                             /* shll2 v14.2d, v15.4s, #32 */
    CHECKV(cpu, 14, 0x8000000000000000ull, 0x100000000ull);
    setv(cpu, 17, 0x00010000ull, 0);
    assert_int_equal(run(h, 0x7e614a30), 1);        /* uqxtn h16, s17 */
    CHECKV(cpu, 16, 0xffff, 0);
    /* ABS of the most negative value wraps (no saturation) */
    setv(cpu, 19, 0x8000000000000000ull, ~0ull);
    assert_int_equal(run(h, 0x4ee0ba72), 0);        /* abs v18.2d, v19.2d */
    CHECKV(cpu, 18, 0x8000000000000000ull, 1);
    harness_free(h);
}

/* ---- three different, long by element ---- */

static void test_long(void **state)
{
    (void)state;
    Harness *h = simd_harness();
    CPUState *cpu = h->cpu;
    /* SQDMLAL: 2 * (-32768)^2 saturates before the accumulation */
    setv(cpu, 0, 0x7ffffff000000000ull, 0x0000000700000005ull);
    setv(cpu, 1, 0x0000000100028000ull, 0);
    setv(cpu, 2, 0x0000ffff00038000ull, 0);
    assert_int_equal(run(h, 0x0e629020), 1);        /* sqdmlal v0.4s, v1.4h, v2.4h */
    CHECKV(cpu, 0, 0x7ffffffc7fffffffull, 0x0000000700000003ull);
    setv(cpu, 4, 0x80000000ull, 0);
    setv(cpu, 5, 0x80000000ull, 0);
    assert_int_equal(run(h, 0x5ea5d083), 1);        /* sqdmull d3, s4, s5 */
    CHECKV(cpu, 3, 0x7fffffffffffffffull, 0);
    setv(cpu, 12, 0x10, 0);
    setv(cpu, 13, 0x8000, 0);
    setv(cpu, 14, 0, 0x8000000000000000ull);
    assert_int_equal(run(h, 0x5f7e79ac), 1);        /* sqdmlsl s12, h13, v14.h[7] */
    CHECKV(cpu, 12, 0x80000011ull, 0);
    /* RADDHN2: high halves, rounded, carry out dropped; lower half of Vd kept */
    setv(cpu, 6, 0x0123456789abcdefull, ~0ull);
    setv(cpu, 7, 0x7f7fff80008000ffull, 0);
    setv(cpu, 8, 0x0001008000000001ull, 0);
    run(h, 0x6e2840e6);                             /* raddhn2 v6.16b, v7.8h, v8.8h */
    CHECKV(cpu, 6, 0x0123456789abcdefull, 0x0000000080000101ull);
    setv(cpu, 9, 10, 0);
    setv(cpu, 10, 0, 0xffffffff00000002ull);
    setv(cpu, 11, 0, 0x0000000300000000ull);
    run(h, 0x6fab6949);                             /* umlsl2 v9.2d, v10.4s, v11.s[3] */
    CHECKV(cpu, 9, 4, 0xfffffffd00000003ull);
    setv(cpu, 16, 0x80ff, 0);
    setv(cpu, 17, 0x80ff, 0);
    run(h, 0x0e31e20f);                             /* pmull v15.8h, v16.8b, v17.8b */
    CHECKV(cpu, 15, 0x40005555ull, 0);
    setv(cpu, 19, 0x0000000100000000ull, 0x0000000500010000ull);
    setv(cpu, 20, 0, 0x0005ffff00020001ull);
    run(h, 0x6e743272);                             /* usubw2 v18.4s, v19.4s, v20.8h */
    CHECKV(cpu, 18, ~0ull, 1);
    harness_free(h);
}

/* Without FEAT_FP every SIMD instruction is UNDEFINED. */
static void test_no_fp_undefined(void **state)
{
    (void)state;
    Harness *h = harness_new();
    assert_int_equal(harness_exec1(h, 0x4ea28420), STOP_INSN_LIMIT);  /* add v0.4s, ... */
    assert_int_equal(FIELD_EX64(h->cpu->sysreg[SR_ESR_EL2], ESR, EC), EC_UNCATEGORIZED);
    harness_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_sub_logic),
        cmocka_unit_test(test_saturating_qc),
        cmocka_unit_test(test_doubling_multiply_high),
        cmocka_unit_test(test_register_shifts),
        cmocka_unit_test(test_compare_pairwise_across),
        cmocka_unit_test(test_shift_immediate),
        cmocka_unit_test(test_shift_narrow_long),
        cmocka_unit_test(test_misc),
        cmocka_unit_test(test_long),
        cmocka_unit_test(test_no_fp_undefined),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
