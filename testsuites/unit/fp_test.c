/* SIMD&FP state, moves, loads/stores and the FP access traps, on a CPU model
   with FEAT_FP (no shipped model advertises it until FP/SIMD is complete).
   Each instruction is its raw word with the disassembly in a comment.
   References: C6.3 FMOV/FABS/FNEG/LDR/STR/LDP (SIMD&FP), VFPExpandImm,
   AArch64.CheckFPAdvSIMDEnabled, AArch64.AdvSIMDFPAccessTrap. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <string.h>

#include "harness.h"
#include "sim/board/board.h"
#include "sim/exception.h"
#include "sim/exec/exec.h"     /* VFPExpandImm */
#include "sysregs/sysregs.h"

#define DATA 0x40100000ull
#define FP_TRAP_ISS 0x1e00000u      /* ConditionSyndrome(): CV = 1, COND = 0b1110 */

static Harness *fp_harness(void)
{
    Harness *h = harness_new();
    h->cpu->sysreg[SR_CPACR_EL1] = 3u << 20;        /* FPEN = 0b11: no EL1/EL0 trap */
    return h;
}

static void exec_at(Harness *h, unsigned el, uint32_t insn)
{
    harness_set_el(h, el, el != 0);
    assert_int_equal(harness_exec1(h, insn), STOP_INSN_LIMIT);
}

static unsigned esr_ec(const CPUState *cpu, unsigned el)
{
    return FIELD_EX64(cpu->sysreg[el == 2 ? SR_ESR_EL2 : SR_ESR_EL1], ESR, EC);
}

static void test_fmov_immediate(void **state)
{
    (void)state;
    Harness *h = fp_harness();
    CPUState *cpu = h->cpu;
    memset(cpu->v, 0xff, sizeof cpu->v);
    exec_at(h, 2, 0x1e6e1010);      /* fmov d16, #1.0 */
    assert_int_equal(cpu->v[16].d[0], 0x3ff0000000000000ull);
    assert_int_equal(cpu->v[16].d[1], 0);
    exec_at(h, 2, 0x1e381011);      /* fmov s17, #-0.125 */
    assert_int_equal(cpu->v[17].d[0], 0xbe000000ull);
    assert_int_equal(cpu->v[17].d[1], 0);
    /* VFPExpandImm edge values: imm8 = 0x70 is 1.0 (S), 0x00 is 2.0, 0x7f is 1.9375 */
    assert_int_equal(VFPExpandImm(0x70, 32), 0x3f800000);
    assert_int_equal(VFPExpandImm(0x00, 32), 0x40000000);
    assert_int_equal(VFPExpandImm(0x7f, 64), 0x3fff000000000000ull);
    assert_int_equal(VFPExpandImm(0xff, 64), 0xbfff000000000000ull);
    harness_free(h);
}

static void test_fmov_general(void **state)
{
    (void)state;
    Harness *h = fp_harness();
    CPUState *cpu = h->cpu;
    cpu->v[3].d[0] = 0x123456789abcdef0ull;
    exec_at(h, 2, 0x9e660062);      /* fmov x2, d3 */
    assert_int_equal(cpu->x[2], 0x123456789abcdef0ull);
    cpu->v[1].d[0] = 0xffffffffaabbccddull;
    cpu->x[0] = ~0ull;
    exec_at(h, 2, 0x1e260020);      /* fmov w0, s1 */
    assert_int_equal(cpu->x[0], 0xaabbccddull);
    memset(&cpu->v[4], 0xff, 16);
    cpu->x[5] = 0x1122334455667788ull;
    exec_at(h, 2, 0x9e6700a4);      /* fmov d4, x5 */
    assert_int_equal(cpu->v[4].d[0], 0x1122334455667788ull);
    assert_int_equal(cpu->v[4].d[1], 0);
    cpu->v[6].d[0] = 0xaaaaaaaaaaaaaaaaull;
    cpu->x[7] = 0x7777ull;
    exec_at(h, 2, 0x9eaf00e6);      /* fmov v6.d[1], x7 */
    assert_int_equal(cpu->v[6].d[0], 0xaaaaaaaaaaaaaaaaull);
    assert_int_equal(cpu->v[6].d[1], 0x7777ull);
    cpu->v[9].d[1] = 0x9999ull;
    exec_at(h, 2, 0x9eae0128);      /* fmov x8, v9.d[1] */
    assert_int_equal(cpu->x[8], 0x9999ull);
    harness_free(h);
}

/* FABS and FNEG only change the sign bit, NaNs included (FPAbs, FPNeg: no
   quieting, no exceptions); FMOV copies; all clear the upper bits. */
static void test_sign_ops(void **state)
{
    (void)state;
    Harness *h = fp_harness();
    CPUState *cpu = h->cpu;
    cpu->v[13].d[0] = 0xfff0000000000123ull;    /* a signalling NaN with a payload */
    cpu->v[13].d[1] = 5;
    exec_at(h, 2, 0x1e60c1ac);      /* fabs d12, d13 */
    assert_int_equal(cpu->v[12].d[0], 0x7ff0000000000123ull);
    assert_int_equal(cpu->v[12].d[1], 0);
    cpu->v[15].d[0] = 0xdead00007fc00001ull;    /* S view: a quiet NaN */
    exec_at(h, 2, 0x1e2141ee);      /* fneg s14, s15 */
    assert_int_equal(cpu->v[14].d[0], 0xffc00001ull);
    cpu->v[11].d[0] = 0x0000000180000000ull;    /* S view: -0.0 */
    exec_at(h, 2, 0x1e20416a);      /* fmov s10, s11 */
    assert_int_equal(cpu->v[10].d[0], 0x80000000ull);
    assert_int_equal(cpu->sysreg[SR_FPSR], 0);      /* no FP exception flags */
    harness_free(h);
}

/* Loads write the whole register; Q accesses move 16 bytes; pairs write back. */
static void test_loads_stores(void **state)
{
    (void)state;
    Harness *h = fp_harness();
    CPUState *cpu = h->cpu;
    uint8_t bytes[48];
    for (unsigned i = 0; i < sizeof bytes; i++)
        bytes[i] = (uint8_t)(0xa0 + i);
    assert_true(board_load(h->board, DATA, bytes, sizeof bytes));
    cpu->x[1] = DATA;
    memset(&cpu->v[0], 0xff, 16);
    exec_at(h, 2, 0x3dc00420);      /* ldr q0, [x1, #16] */
    assert_memory_equal(cpu->v[0].b, bytes + 16, 16);
    cpu->x[6] = DATA + 1;
    memset(&cpu->v[5], 0xff, 16);
    exec_at(h, 2, 0x3c5ff0c5);      /* ldur b5, [x6, #-1] */
    assert_int_equal(cpu->v[5].d[0], 0xa0);
    assert_int_equal(cpu->v[5].d[1], 0);
    cpu->v[3].d[0] = 0x0303030303030303ull;
    cpu->v[4].d[0] = 0x0404040404040404ull;
    cpu->x[5] = DATA + 32;
    exec_at(h, 2, 0x6cbf10a3);      /* stp d3, d4, [x5], #-16 */
    uint64_t got[2];
    assert_true(mem_debug_read(cpu, DATA + 32, got, 16));
    assert_int_equal(got[0], 0x0303030303030303ull);
    assert_int_equal(got[1], 0x0404040404040404ull);
    assert_int_equal(cpu->x[5], DATA + 16);
    harness_free(h);
}

/* With the MMU off memory is Device: a Q access 8 bytes off 16-byte alignment
   takes an Alignment fault as a whole. */
static void test_q_alignment_on_device(void **state)
{
    (void)state;
    Harness *h = fp_harness();
    CPUState *cpu = h->cpu;
    cpu->x[1] = DATA - 8;
    exec_at(h, 2, 0x3dc00420);      /* ldr q0, [x1, #16]: address DATA + 8 */
    assert_int_equal(esr_ec(cpu, 2), EC_DATA_ABORT_SAME);
    assert_int_equal(FIELD_EX64(cpu->sysreg[SR_ESR_EL2], ISS_DA, DFSC), 0x21);
    assert_int_equal(cpu->sysreg[SR_FAR_EL2], DATA + 8);
    harness_free(h);
}

/* AArch64.CheckFPAdvSIMDEnabled: CPACR_EL1.FPEN at EL0/EL1 (EC 0x07 to EL1),
   then CPTR_EL2.TFP (EC 0x07 to EL2); with HCR_EL2.TGE the EL1 trap becomes an
   Undefined Instruction exception at EL2. */
static void test_fp_traps(void **state)
{
    (void)state;
    Harness *h = fp_harness();
    CPUState *cpu = h->cpu;
    const uint32_t fmov = 0x1e6e1010;   /* fmov d16, #1.0 */

    cpu->sysreg[SR_CPACR_EL1] = 0;      /* FPEN = 0b00 */
    exec_at(h, 1, fmov);
    assert_int_equal(cpu->el, 1);
    assert_int_equal(esr_ec(cpu, 1), EC_FP_ACCESS);
    assert_int_equal(FIELD_EX64(cpu->sysreg[SR_ESR_EL1], ESR, ISS), FP_TRAP_ISS);
    assert_int_equal(cpu->sysreg[SR_ELR_EL1], HARNESS_CODE_BASE);

    cpu->sysreg[SR_CPACR_EL1] = 1u << 20;   /* FPEN = 0b01: EL0 traps, EL1 does not */
    exec_at(h, 1, fmov);
    assert_int_equal(cpu->v[16].d[0], 0x3ff0000000000000ull);
    exec_at(h, 0, fmov);
    assert_int_equal(cpu->el, 1);
    assert_int_equal(esr_ec(cpu, 1), EC_FP_ACCESS);

    cpu->sysreg[SR_CPACR_EL1] = 0;      /* TGE: the EL1 trap is UNDEFINED at EL2 */
    cpu->sysreg[SR_HCR_EL2] |= REG_MASK(HCR, TGE);
    exec_at(h, 0, fmov);
    assert_int_equal(cpu->el, 2);
    assert_int_equal(esr_ec(cpu, 2), EC_UNCATEGORIZED);
    cpu->sysreg[SR_HCR_EL2] &= ~REG_MASK(HCR, TGE);

    cpu->sysreg[SR_CPACR_EL1] = 3u << 20;
    cpu->sysreg[SR_CPTR_EL2] |= REG_MASK(CPTR_EL2, TFP);
    exec_at(h, 1, fmov);
    assert_int_equal(cpu->el, 2);
    assert_int_equal(esr_ec(cpu, 2), EC_FP_ACCESS);
    assert_int_equal(FIELD_EX64(cpu->sysreg[SR_ESR_EL2], ESR, ISS), FP_TRAP_ISS);
    exec_at(h, 2, fmov);                /* TFP traps EL2 itself too */
    assert_int_equal(esr_ec(cpu, 2), EC_FP_ACCESS);

    /* MRS FPCR is FP state: the same traps (EC 0x07, not 0x18). */
    exec_at(h, 1, 0xd53b4400);          /* mrs x0, fpcr */
    assert_int_equal(esr_ec(cpu, 2), EC_FP_ACCESS);
    cpu->sysreg[SR_CPTR_EL2] &= ~REG_MASK(CPTR_EL2, TFP);
    cpu->sysreg[SR_FPCR] = 0x03000000;
    exec_at(h, 1, 0xd53b4400);          /* mrs x0, fpcr */
    assert_int_equal(cpu->x[0], 0x03000000);

    /* With E2H = 1, CPTR_EL2.FPEN (bits 21:20) replaces TFP; 0b01 traps only
       EL0 with TGE. */
    cpu->sysreg[SR_HCR_EL2] |= REG_MASK(HCR, E2H);
    cpu->sysreg[SR_CPTR_EL2] = 0;       /* FPEN = 0b00 */
    exec_at(h, 1, fmov);
    assert_int_equal(cpu->el, 2);
    assert_int_equal(esr_ec(cpu, 2), EC_FP_ACCESS);
    cpu->sysreg[SR_CPTR_EL2] = 3u << 20;
    exec_at(h, 2, fmov);
    assert_int_equal(cpu->el, 2);
    assert_int_equal(cpu->pc, HARNESS_CODE_BASE + 4);
    harness_free(h);
}

/* Without FEAT_FP the instructions and FPCR are UNDEFINED whatever the traps say. */
static void test_no_fp_undefined(void **state)
{
    (void)state;
    Harness *h = harness_new();
    CPUState *cpu = h->cpu;
    exec_at(h, 2, 0x1e6e1010);          /* fmov d16, #1.0 */
    assert_int_equal(esr_ec(cpu, 2), EC_UNCATEGORIZED);
    exec_at(h, 2, 0x3dc00420);          /* ldr q0, [x1, #16] */
    assert_int_equal(esr_ec(cpu, 2), EC_UNCATEGORIZED);
    exec_at(h, 2, 0xd53b4400);          /* mrs x0, fpcr */
    assert_int_equal(esr_ec(cpu, 2), EC_UNCATEGORIZED);
    harness_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fmov_immediate),
        cmocka_unit_test(test_fmov_general),
        cmocka_unit_test(test_sign_ops),
        cmocka_unit_test(test_loads_stores),
        cmocka_unit_test(test_q_alignment_on_device),
        cmocka_unit_test(test_fp_traps),
        cmocka_unit_test(test_no_fp_undefined),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
