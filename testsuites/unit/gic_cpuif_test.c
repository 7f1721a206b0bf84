/* The GIC CPU interface (gic/cpuif.c) through the ICC_ rows of the
   system-register table, on a board of three CPUs: SGI targeting (target
   list, affinity, IRM broadcast, SGI0R group rule), the IRQ/FIQ lines each
   CPU gets, BPR1's minimum and CBPR, DIR with EOImode 0, an EOI of the other
   group, and the ICC/ICV redirection predicate over EL, IMO, FMO and TGE.
   Last, random accesses to every ICC_/ICH_ register and to the GIC's MMIO
   from random ELs and HCR_EL2 routings, checking after each one that the
   interrupt lines are what a fresh recomputation gives (STYLE.md,
   convention 13: every write recomputes what it can change). */
#include <string.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "gic/gic.h"
#include "harness.h"
#include "sim/board/board.h"
#include "sim/cpu.h"
#include "sysregs/sysregs.h"

enum { NCPUS = 3 };
#define GICD VIRT_GIC_DIST_BASE
#define SGI(c) (VIRT_GIC_REDIST_BASE + (c) * GICR_FRAME_SIZE + GICR_SGI_BASE)
enum { IGROUPR = 0x80, ISENABLER = 0x100, ISPENDR = 0x200, ISACTIVER = 0x300, IPRIORITYR = 0x400 };

typedef struct T { Board *b; } T;

static int setup(void **state)
{
    T *t = calloc(1, sizeof *t);
    t->b = harness_board_gic(NCPUS);
    for (int i = 0; i < NCPUS; i++)
        t->b->cpus[i]->el = 2;
    *state = t;
    return 0;
}

static int teardown(void **state)
{
    T *t = *state;
    board_destroy(t->b);
    free(t);
    return 0;
}

static void w32(T *t, uint64_t pa, uint32_t v) { assert_true(board_mmio_write(t->b, pa, 4, v)); }
static uint32_t r32(T *t, uint64_t pa)
{
    uint64_t v = 0;
    assert_true(board_mmio_read(t->b, pa, 4, &v));
    return (uint32_t)v;
}

static CPUState *cpu(T *t, int i) { return t->b->cpus[i]; }
static void icc_w(CPUState *c, const char *name, uint64_t v)
{
    const SysregInfo *ri = sysreg_by_name(name);
    assert_non_null(ri);
    sysreg_write(c, ri, v);
}
static uint64_t icc_r(CPUState *c, const char *name)
{
    const SysregInfo *ri = sysreg_by_name(name);
    assert_non_null(ri);
    return sysreg_read(c, ri);
}

/* Every CPU: interface enabled, mask open; SGIs 0..15 enabled, priority 0x80;
   SGI 5 in Group 0, the others Group 1. */
static void bring_up(T *t)
{
    w32(t, GICD, 0x13);                             /* ARE, EnableGrp0, EnableGrp1 */
    for (int i = 0; i < NCPUS; i++) {
        w32(t, SGI(i) + ISENABLER, 0xffff);
        w32(t, SGI(i) + IGROUPR, ~(1u << 5));
        for (unsigned id = 0; id < 16; id += 4)
            w32(t, SGI(i) + IPRIORITYR + id, 0x80808080);
        icc_w(cpu(t, i), "ICC_PMR_EL1", 0xff);
        icc_w(cpu(t, i), "ICC_IGRPEN0_EL1", 1);
        icc_w(cpu(t, i), "ICC_IGRPEN1_EL1", 1);
    }
}

static uint32_t pending(T *t, int c) { return r32(t, SGI(c) + ISPENDR) & 0xffff; }

static void test_sgi_targets(void **state)
{
    T *t = *state;
    bring_up(t);
    icc_w(cpu(t, 0), "ICC_SGI1R_EL1", (3ull << 24) | (1u << 2));          /* CPU 2 */
    assert_int_equal(pending(t, 2), 1u << 3);
    assert_int_equal(pending(t, 0) | pending(t, 1), 0);
    icc_w(cpu(t, 0), "ICC_SGI1R_EL1", (4ull << 24) | (1ull << 40));       /* IRM: all but self */
    assert_int_equal(pending(t, 1), 1u << 4);
    assert_int_equal(pending(t, 2), (1u << 3) | (1u << 4));
    assert_int_equal(pending(t, 0), 0);
    icc_w(cpu(t, 1), "ICC_SGI1R_EL1", (6ull << 24) | (1ull << 16) | 1);   /* Aff1 = 1: nobody */
    icc_w(cpu(t, 1), "ICC_SGI1R_EL1", (6ull << 24) | (1ull << 44) | 1);   /* RS = 1: Aff0 16 */
    assert_int_equal((pending(t, 0) | pending(t, 1) | pending(t, 2)) & (1u << 6), 0);
    /* SGI0R raises only a Group 0 SGI; SGI1R raises either group */
    icc_w(cpu(t, 0), "ICC_SGI0R_EL1", (7ull << 24) | 2);
    assert_int_equal(pending(t, 1), 1u << 4);
    icc_w(cpu(t, 0), "ICC_SGI0R_EL1", (5ull << 24) | 2);
    assert_int_equal(pending(t, 1), (1u << 4) | (1u << 5));
    icc_w(cpu(t, 0), "ICC_ASGI1R_EL1", (7ull << 24) | 1);                 /* self, Group 1 SGI */
    assert_int_equal(pending(t, 0), 0);
}

static void test_lines(void **state)
{
    T *t = *state;
    bring_up(t);
    for (int i = 0; i < NCPUS; i++)
        assert_int_equal(cpu(t, i)->irq_lines, 0);
    icc_w(cpu(t, 0), "ICC_SGI1R_EL1", (1ull << 24) | 2);     /* Group 1 to CPU 1 */
    assert_int_equal(cpu(t, 1)->irq_lines, CPU_LINE_IRQ);
    assert_int_equal(cpu(t, 0)->irq_lines | cpu(t, 2)->irq_lines, 0);
    icc_w(cpu(t, 1), "ICC_PMR_EL1", 0x80);                  /* masked */
    assert_int_equal(cpu(t, 1)->irq_lines, 0);
    icc_w(cpu(t, 1), "ICC_PMR_EL1", 0xff);
    assert_int_equal(cpu(t, 1)->irq_lines, CPU_LINE_IRQ);
    assert_int_equal(icc_r(cpu(t, 1), "ICC_IAR1_EL1"), 1);  /* acknowledged: line drops */
    assert_int_equal(cpu(t, 1)->irq_lines, 0);
    icc_w(cpu(t, 0), "ICC_SGI0R_EL1", (5ull << 24) | 2);     /* Group 0, same priority */
    assert_int_equal(cpu(t, 1)->irq_lines, 0);              /* does not preempt 0x80 */
    icc_w(cpu(t, 1), "ICC_EOIR1_EL1", 1);
    assert_int_equal(cpu(t, 1)->irq_lines, CPU_LINE_FIQ);
    icc_w(cpu(t, 1), "ICC_IGRPEN0_EL1", 0);
    assert_int_equal(cpu(t, 1)->irq_lines, 0);
}

static void test_bpr_and_eoi_rules(void **state)
{
    T *t = *state;
    CPUState *c = cpu(t, 0);
    bring_up(t);
    assert_int_equal(icc_r(c, "ICC_BPR1_EL1"), 1);          /* reset: the minimum */
    icc_w(c, "ICC_BPR1_EL1", 0);
    assert_int_equal(icc_r(c, "ICC_BPR1_EL1"), 1);          /* below the minimum: clamped */
    icc_w(c, "ICC_BPR0_EL1", 3);
    icc_w(c, "ICC_CTLR_EL1", 1);                            /* CBPR */
    assert_int_equal(icc_r(c, "ICC_BPR1_EL1"), 4);          /* BPR0 + 1 */
    icc_w(c, "ICC_BPR1_EL1", 6);                            /* ignored */
    icc_w(c, "ICC_CTLR_EL1", 0);
    assert_int_equal(icc_r(c, "ICC_BPR1_EL1"), 1);
    assert_int_equal(icc_r(c, "ICC_CTLR_EL1") >> 8 & 7, 7); /* PRIbits: 8 bits */

    icc_w(c, "ICC_SGI1R_EL1", (2ull << 24) | 1);
    assert_int_equal(icc_r(c, "ICC_IAR1_EL1"), 2);
    icc_w(c, "ICC_DIR_EL1", 2);                             /* EOImode 0: ignored */
    assert_int_equal(r32(t, SGI(0) + ISACTIVER) & 4, 4);
    icc_w(c, "ICC_EOIR0_EL1", 2);                           /* the other group: ignored */
    assert_int_equal(r32(t, SGI(0) + ISACTIVER) & 4, 4);
    assert_int_equal(icc_r(c, "ICC_RPR_EL1"), 0x80);
    icc_w(c, "ICC_EOIR1_EL1", 2);
    assert_int_equal(r32(t, SGI(0) + ISACTIVER) & 4, 0);
    assert_int_equal(icc_r(c, "ICC_RPR_EL1"), 0xff);
    assert_int_equal(icc_r(c, "ICC_IAR1_EL1"), GIC_INTID_SPURIOUS);
}

/* gic_icv_selected over EL, HCR_EL2.{IMO, FMO, TGE} and the register's group. */
static void test_icv_selection(void **state)
{
    T *t = *state;
    CPUState *c = cpu(t, 0);
    static const struct { const char *reg; unsigned el; uint64_t hcr; bool icv; } cases[] = {
        { "ICC_IAR1_EL1", 1, 1u << 4, true },       /* IMO: Group 1 */
        { "ICC_IAR1_EL1", 1, 1u << 3, false },      /* FMO only */
        { "ICC_IAR0_EL1", 1, 1u << 3, true },
        { "ICC_IAR0_EL1", 1, 1u << 4, false },
        { "ICC_PMR_EL1", 1, 1u << 3, true },        /* common: either */
        { "ICC_PMR_EL1", 1, 1u << 4, true },
        { "ICC_DIR_EL1", 1, 1u << 4, true },
        { "ICC_CTLR_EL1", 1, 0, false },
        { "ICC_IAR1_EL1", 2, 1u << 4, false },      /* EL2: never */
        { "ICC_IAR1_EL1", 0, 1u << 4, false },
        { "ICC_IAR1_EL1", 1, (1u << 4) | (1u << 27), false },  /* TGE */
        { "ICC_SGI1R_EL1", 1, 3u << 3, false },     /* SGIs trap instead */
        { "ICC_SRE_EL1", 1, 3u << 3, false },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        c->el = (uint8_t)cases[i].el;
        c->sysreg[SR_HCR_EL2] = cases[i].hcr | (1ull << 31);
        assert_int_equal(gic_icv_selected(c, sysreg_by_name(cases[i].reg)), cases[i].icv);
    }
}

/* xorshift64*, seeded: the same sequence every run. */
static uint64_t rnd(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 0x2545f4914f6cdd1dull;
}

static void test_random_accesses_keep_lines_current(void **state)
{
    T *t = *state;
    const SysregInfo *rows[128];
    unsigned nrows = 0;
    for (unsigned id = 0; id < sysreg_count() && nrows < 128; id++) {
        const SysregInfo *ri = sysreg_by_id(id);
        if (!strncmp(ri->name, "ICC_", 4) || !strncmp(ri->name, "ICH_", 4))
            rows[nrows++] = ri;
    }
    assert_true(nrows > 40);
    static const uint64_t mmio[] = { GICD, GICD + 0x100, GICD + 0x200, GICD + 0x280, GICD + 0x300,
                                     GICD + 0x380, GICD + 0x400, GICD + 0x6000 + 8 * 40,
                                     SGI(0) + 0x80, SGI(0) + 0x100, SGI(0) + 0x200, SGI(1) + 0x300,
                                     SGI(2) + 0x380, SGI(1) + 0x400 };
    uint64_t seed = 0x9e3779b97f4a7c15ull;
    unsigned accesses = 0;
    for (int i = 0; i < 200000; i++) {
        uint64_t r = rnd(&seed);
        CPUState *c = cpu(t, (int)(r % NCPUS));
        c->el = (uint8_t)(1 + ((r >> 4) & 1));
        c->sysreg[SR_HCR_EL2] = REG_MASK(HCR, RW) | (((r >> 5) & 3) << 3);    /* FMO, IMO */
        uint64_t v = rnd(&seed);
        if ((r >> 8) % 4 == 0) {
            uint64_t pa = mmio[(r >> 10) % (sizeof mmio / sizeof mmio[0])];
            assert_true(board_mmio_write(t->b, pa, 4, (uint32_t)v & 0xff0f0f0f));
        } else {
            const SysregInfo *ri = rows[(r >> 10) % nrows];
            bool isread = (r >> 20) & 1;
            if (sysreg_check_access(c, ri, isread) != SR_ACCESS_OK)
                continue;
            if (isread && (ri->perm & (SR_P_R(1) | SR_P_R(2))))
                sysreg_read(c, ri);
            else if (!isread && (ri->perm & (SR_P_W(1) | SR_P_W(2))))
                sysreg_write(c, ri, v);
        }
        accesses++;
        for (int k = 0; k < NCPUS; k++) {
            CPUState *x = cpu(t, k);
            uint32_t lines = x->irq_lines;
            gic_cpuif_update(x);
            gic_vcpuif_update(x);
            if (x->irq_lines != lines)
                fail_msg("access %d (CPU %d): CPU %d's lines were 0x%x, recomputed 0x%x", i,
                         c->index, k, lines, x->irq_lines);
        }
    }
    assert_true(accesses > 100000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_sgi_targets, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lines, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bpr_and_eoi_rules, setup, teardown),
        cmocka_unit_test_setup_teardown(test_icv_selection, setup, teardown),
        cmocka_unit_test_setup_teardown(test_random_accesses_keep_lines_current, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
