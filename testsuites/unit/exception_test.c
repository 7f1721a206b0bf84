/* Exception entry and return (DDI 0487 D1.10, AArch64.TakeException,
   AArch64.ExceptionReturn): the state aarch64_enter_exception() leaves
   (SPSR_ELx, ELR_ELx, ESR_ELx, PSTATE, the vector), and ERET executed
   through cpu_run, including an illegal return (PSTATE.IL, then EC 0x0E). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>

#include "harness.h"
#include "sim/exception.h"
#include "sysregs/sysregs.h"

#define ERET 0xd69f03e0u            /* eret */
#define SVC_5 0xd40000a1u           /* svc #5 */
#define MRS_X0_HCR_EL2 0xd53c1100u  /* mrs x0, hcr_el2 */

/* SPSR.M[3:0] values (C5.2.18) */
enum { M_EL0t = 0x0, M_EL1t = 0x4, M_EL1h = 0x5, M_EL2t = 0x8, M_EL2h = 0x9 };
/* PSTATE.DAIF bits in place */
enum { DAIF_D = 1u << 9, DAIF_A = 1u << 8, DAIF_I = 1u << 7, DAIF_F = 1u << 6 };

static const unsigned spsr_of[3] = { 0, SR_SPSR_EL1, SR_SPSR_EL2 };
static const unsigned elr_of[3] = { 0, SR_ELR_EL1, SR_ELR_EL2 };
static const unsigned esr_of[3] = { 0, SR_ESR_EL1, SR_ESR_EL2 };
static const uint64_t vbar_of[3] = { 0, HARNESS_VBAR_EL1, HARNESS_VBAR_EL2 };

typedef struct EntryCase {
    const char *what;
    unsigned from_el, from_sp;      /* PSTATE.EL, PSTATE.SP before */
    unsigned target_el;
    unsigned ec;
    uint32_t iss;
    unsigned spsr_m;                /* expected SPSR_ELx.M[3:0] */
    unsigned vect;                  /* expected offset from VBAR_ELx */
} EntryCase;

static const EntryCase entries[] = {
    { "EL0t -> EL1 (lower EL, AArch64)", 0, 0, 1, EC_SVC64, 0x42, M_EL0t, 0x400 },
    { "EL1t -> EL1 (current EL, SP0)", 1, 0, 1, EC_UNCATEGORIZED, 0, M_EL1t, 0x000 },
    { "EL1h -> EL1 (current EL, SPx)", 1, 1, 1, EC_BRK64, 0x3e8, M_EL1h, 0x200 },
    { "EL1h -> EL2 (lower EL)", 1, 1, 2, EC_HVC64, 0xffff, M_EL1h, 0x400 },
    { "EL1t -> EL2 (lower EL)", 1, 0, 2, EC_SYSREG, 0x1234567, M_EL1t, 0x400 },
    { "EL0t -> EL2 (lower EL)", 0, 0, 2, EC_SVC64, 7, M_EL0t, 0x400 },
    { "EL2t -> EL2 (current EL, SP0)", 2, 0, 2, EC_ILLEGAL_STATE, 0, M_EL2t, 0x000 },
    { "EL2h -> EL2 (current EL, SPx)", 2, 1, 2, EC_DATA_ABORT_SAME, 0x61, M_EL2h, 0x200 },
};

static void test_exception_entry_state(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof entries / sizeof entries[0]; i++) {
        const EntryCase *c = &entries[i];
        Harness *h = harness_new();
        CPUState *cpu = h->cpu;
        /* banked stack pointers, to see the switch to SP_ELx */
        for (unsigned n = 0; n < 3; n++)
            cpu_set_sp_el(cpu, n, 0x40100000 + 0x1000 * n);
        harness_set_el(h, c->from_el, c->from_sp);
        cpu->nzcv = PSTATE_N | PSTATE_C;
        cpu->daif = DAIF_A | DAIF_F;
        cpu->il = 1;                /* saved in SPSR.IL, cleared in PSTATE */
        cpu->pc = 0x40080abc;
        ExceptionRecord e = { .ec = c->ec, .iss = c->iss };
        aarch64_enter_exception(cpu, c->target_el, &e, 0x40080ac0, VECT_SYNC);

        unsigned t = c->target_el;
        uint64_t spsr = cpu->sysreg[spsr_of[t]];
        uint64_t want_spsr = (uint64_t)(PSTATE_N | PSTATE_C) | DAIF_A | DAIF_F |
                             REG_MASK(SPSR, IL) | c->spsr_m;
        uint64_t want_esr = (uint64_t)c->ec << 26 | 1u << 25 | c->iss;
        print_message("%s\n", c->what);
        assert_int_equal(spsr, want_spsr);
        assert_int_equal(FIELD_EX64(spsr, SPSR, M), c->spsr_m);
        assert_int_equal(cpu->sysreg[elr_of[t]], 0x40080ac0);
        assert_int_equal(cpu->sysreg[esr_of[t]], want_esr);
        assert_int_equal(FIELD_EX64(cpu->sysreg[esr_of[t]], ESR, EC), c->ec);
        assert_int_equal(FIELD_EX64(cpu->sysreg[esr_of[t]], ESR, IL), 1);
        assert_int_equal(cpu->el, t);
        assert_int_equal(cpu->spsel, 1);
        assert_int_equal(cpu->daif, DAIF_D | DAIF_A | DAIF_I | DAIF_F);
        assert_int_equal(cpu->il, 0);
        assert_int_equal(cpu->nzcv, PSTATE_N | PSTATE_C);   /* NZCV are unchanged */
        assert_int_equal(cpu->x[REG_SP], 0x40100000 + 0x1000 * t);
        assert_int_equal(cpu->pc, vbar_of[t] + c->vect);
        assert_int_equal(FIELD_EX64(cpu_get_pstate(cpu), SPSR, M), t << 2 | 1);
        harness_free(h);
    }
}

/* An exception to EL2 leaves the EL1 registers alone, and the reverse. */
static void test_entry_writes_only_target_registers(void **state)
{
    (void)state;
    Harness *h = harness_new();
    CPUState *cpu = h->cpu;
    harness_set_el(h, 1, 1);
    cpu->sysreg[SR_ESR_EL1] = 0x1111;
    cpu->sysreg[SR_ELR_EL1] = 0x2222;
    cpu->sysreg[SR_SPSR_EL1] = 0x3333;
    ExceptionRecord e = { .ec = EC_HVC64, .iss = 1 };
    aarch64_enter_exception(cpu, 2, &e, 0x40080004, VECT_SYNC);
    assert_int_equal(cpu->sysreg[SR_ESR_EL1], 0x1111);
    assert_int_equal(cpu->sysreg[SR_ELR_EL1], 0x2222);
    assert_int_equal(cpu->sysreg[SR_SPSR_EL1], 0x3333);
    harness_free(h);
}

/* ERET from EL2 to EL1h and to EL0t: PSTATE from SPSR_EL2, PC from ELR_EL2. */
static void test_eret_to_lower_el(void **state)
{
    (void)state;
    static const struct {
        unsigned m, el, sp;
    } to[] = { { M_EL1h, 1, 1 }, { M_EL1t, 1, 0 }, { M_EL0t, 0, 0 } };
    for (size_t i = 0; i < sizeof to / sizeof to[0]; i++) {
        Harness *h = harness_new();
        CPUState *cpu = h->cpu;
        uint32_t code[0x44] = { ERET };
        code[0x40] = A64_NOP;                   /* at +0x100 */
        harness_put(h, HARNESS_CODE_BASE, code, 0x44);
        cpu->sysreg[SR_ELR_EL2] = HARNESS_CODE_BASE + 0x100;
        cpu->sysreg[SR_SPSR_EL2] = (uint64_t)(PSTATE_Z | PSTATE_V) | DAIF_I | to[i].m;
        cpu->excl.valid = true;
        assert_int_equal(cpu->el, 2);
        assert_int_equal(harness_run_at(h, HARNESS_CODE_BASE, 2), STOP_INSN_LIMIT);
        assert_int_equal(cpu->el, to[i].el);
        assert_int_equal(cpu->spsel, to[i].sp);
        assert_int_equal(cpu->nzcv, PSTATE_Z | PSTATE_V);
        assert_int_equal(cpu->daif, DAIF_I);
        assert_int_equal(cpu->il, 0);
        assert_false(cpu->excl.valid);          /* ClearExclusiveLocal */
        assert_int_equal(cpu->pc, HARNESS_CODE_BASE + 0x104);
        harness_free(h);
    }
}

/* SVC at EL1, the vector (current EL, SPx) holds ERET: back after the SVC
   with PSTATE as before. */
static void test_svc_eret_round_trip(void **state)
{
    (void)state;
    Harness *h = harness_new();
    CPUState *cpu = h->cpu;
    uint32_t code[2] = { SVC_5, A64_NOP };
    uint32_t eret = ERET;
    harness_put(h, HARNESS_CODE_BASE, code, 2);
    harness_put(h, HARNESS_VBAR_EL1 + 0x200, &eret, 1);
    harness_set_el(h, 1, 1);
    cpu->nzcv = PSTATE_C;
    cpu->daif = 0;
    /* svc (taking the exception is one step of the clock), eret, nop */
    assert_int_equal(harness_run_at(h, HARNESS_CODE_BASE, 3), STOP_INSN_LIMIT);
    uint64_t esr = cpu->sysreg[SR_ESR_EL1];
    assert_int_equal(FIELD_EX64(esr, ESR, EC), EC_SVC64);
    assert_int_equal(FIELD_EX64(esr, ESR, ISS), 5);
    assert_int_equal(cpu->sysreg[SR_ELR_EL1], HARNESS_CODE_BASE + 4);
    assert_int_equal(cpu->sysreg[SR_SPSR_EL1], PSTATE_C | M_EL1h);
    assert_int_equal(cpu->pc, HARNESS_CODE_BASE + 8);
    assert_int_equal(cpu->el, 1);
    assert_int_equal(cpu->spsel, 1);
    assert_int_equal(cpu->daif, 0);
    assert_int_equal(cpu->nzcv, PSTATE_C);
    harness_free(h);
}

/* IllegalExceptionReturn(): the return is illegal; PSTATE.EL and SP stay,
   PSTATE.IL is set, NZCV and DAIF still come from SPSR, PC from ELR; the next
   instruction takes an Illegal Execution state exception (EC 0x0E) to the
   current EL, whose SPSR records IL = 1. */
typedef struct IllegalCase {
    const char *what;
    unsigned el;                    /* EL of the ERET (SPx) */
    uint64_t spsr_m;                /* SPSR.M[4:0] of the bad return */
    bool tge;
} IllegalCase;

static const IllegalCase illegal[] = {
    { "EL1 -> EL2h: return to a higher EL", 1, M_EL2h, false },
    { "EL1 -> M = 0b0001 (EL0 with SP_EL1)", 1, 0x1, false },
    { "EL1 -> M = 0b0110 (M[1] set)", 1, 0x6, false },
    { "EL1 -> M = 0b10000 (AArch32, not implemented)", 1, 0x10, false },
    { "EL2 -> EL3h: EL3 not implemented", 2, 0xd, false },
    { "EL2 -> EL1h with HCR_EL2.TGE = 1", 2, M_EL1h, true },
};

static void test_illegal_exception_return(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof illegal / sizeof illegal[0]; i++) {
        const IllegalCase *c = &illegal[i];
        print_message("%s\n", c->what);
        Harness *h = harness_new();
        CPUState *cpu = h->cpu;
        uint32_t code[0x44] = { ERET };
        code[0x40] = A64_NOP;
        harness_put(h, HARNESS_CODE_BASE, code, 0x44);
        if (c->tge)
            sysreg_write(cpu, sysreg_by_name("HCR_EL2"), REG_MASK(HCR, TGE) | REG_MASK(HCR, RW));
        harness_set_el(h, c->el, 1);
        uint64_t bad_spsr = (uint64_t)(PSTATE_N | PSTATE_Z) | DAIF_F | c->spsr_m;
        cpu->sysreg[spsr_of[c->el]] = bad_spsr;
        cpu->sysreg[elr_of[c->el]] = HARNESS_CODE_BASE + 0x100;
        cpu->daif = 0;

        /* The ERET alone. */
        assert_int_equal(harness_run_at(h, HARNESS_CODE_BASE, 1), STOP_INSN_LIMIT);
        assert_int_equal(cpu->il, 1);
        assert_int_equal(cpu->el, c->el);
        assert_int_equal(cpu->spsel, 1);
        assert_int_equal(cpu->nzcv, PSTATE_N | PSTATE_Z);
        assert_int_equal(cpu->daif, DAIF_F);
        assert_int_equal(cpu->pc, HARNESS_CODE_BASE + 0x100);

        /* The next instruction: EC 0x0E at the current EL (one step), then one NOP
           at the vector. */
        assert_int_equal(harness_run_at(h, cpu->pc, 2), STOP_INSN_LIMIT);
        uint64_t esr = cpu->sysreg[esr_of[c->el]];
        assert_int_equal(FIELD_EX64(esr, ESR, EC), EC_ILLEGAL_STATE);
        assert_int_equal(FIELD_EX64(esr, ESR, IL), 1);
        assert_int_equal(FIELD_EX64(esr, ESR, ISS), 0);
        assert_int_equal(cpu->sysreg[elr_of[c->el]], HARNESS_CODE_BASE + 0x100);
        uint64_t spsr = cpu->sysreg[spsr_of[c->el]];
        assert_int_equal(FIELD_EX64(spsr, SPSR, IL), 1);
        assert_int_equal(FIELD_EX64(spsr, SPSR, M), c->el << 2 | 1);
        assert_int_equal(FIELD_EX64(spsr, SPSR, NZCV), 0xc);
        assert_int_equal(cpu->il, 0);
        assert_int_equal(cpu->el, c->el);
        assert_int_equal(cpu->pc, vbar_of[c->el] + 0x200 + 4);
        harness_free(h);
    }
}

/* HCR_EL2.RW is RAO/WI when EL1 cannot use AArch32 (D19.2.48; ID_AA64PFR0_EL1.EL1
   = 0b0001 here): an MRS must see it set from reset on, not only after a write. */
static void test_hcr_el2_rw_reads_one(void **state)
{
    (void)state;
    Harness *h = harness_new();
    CPUState *cpu = h->cpu;
    assert_int_equal(FIELD_EX64(cpu->sysreg[SR_ID_AA64PFR0_EL1], ID_AA64PFR0, EL1), 1);
    assert_int_equal(harness_exec1(h, MRS_X0_HCR_EL2), STOP_INSN_LIMIT);
    assert_int_equal(cpu->el, 2);
    assert_int_equal(cpu->pc, HARNESS_CODE_BASE + 4);
    assert_int_equal(FIELD_EX64(cpu->x[0], HCR, RW), 1);
    harness_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exception_entry_state),
        cmocka_unit_test(test_entry_writes_only_target_registers),
        cmocka_unit_test(test_eret_to_lower_el),
        cmocka_unit_test(test_svc_eret_round_trip),
        cmocka_unit_test(test_illegal_exception_return),
        cmocka_unit_test(test_hcr_el2_rw_reads_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
