/* The GICv3 Distributor and Redistributors (gic/gic.h) through the board's
   MMIO bus: reset values, the set/clear register pairs, priorities, ICFGR and
   the pending latch against the input level, IROUTER, GICR_TYPER.Last, the
   GICR_WAKER handshake, access-size rules, and gic_highest_pending()
   (priority, then lowest INTID; group enables; routing). */
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

enum { NCPUS = 3 };
#define GICD VIRT_GIC_DIST_BASE
#define GICR(c) (VIRT_GIC_REDIST_BASE + (c) * GICR_FRAME_SIZE)
#define SGI(c) (GICR(c) + GICR_SGI_BASE)
enum {
    CTLR = 0x0, TYPER = 0x4, IIDR = 0x8, TYPER2 = 0xc, IGROUPR = 0x80, ISENABLER = 0x100,
    ICENABLER = 0x180, ISPENDR = 0x200, ICPENDR = 0x280, ISACTIVER = 0x300, ICACTIVER = 0x380,
    IPRIORITYR = 0x400, ICFGR = 0xc00, IGRPMODR = 0xd00, IROUTER = 0x6000, PIDR2 = 0xffe8,
    GICR_TYPER = 0x8, GICR_WAKER = 0x14,
};

typedef struct T { Board *b; Gic *g; } T;

static int setup(void **state)
{
    T *t = calloc(1, sizeof *t);
    t->b = harness_board_gic(NCPUS);
    t->g = t->b->gic;
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

static uint64_t rd(T *t, uint64_t pa, unsigned size)
{
    uint64_t v = 0xdead;
    assert_true(board_mmio_read(t->b, pa, size, &v));
    return v;
}
static uint32_t r32(T *t, uint64_t pa) { return (uint32_t)rd(t, pa, 4); }
static void wr(T *t, uint64_t pa, unsigned size, uint64_t v)
{
    assert_true(board_mmio_write(t->b, pa, size, v));
}
static void w32(T *t, uint64_t pa, uint32_t v) { wr(t, pa, 4, v); }

static unsigned hp(T *t, unsigned cpu)
{
    return gic_highest_pending(t->g, cpu, NULL);
}

static void test_reset_values(void **state)
{
    T *t = *state;
    assert_int_equal(r32(t, GICD + CTLR), 0x50);            /* ARE | DS */
    assert_int_equal(r32(t, GICD + TYPER), 8 | (15 << 19) | (1 << 24));
    assert_int_equal(r32(t, GICD + IIDR), 0x5400043b);
    assert_int_equal(r32(t, GICD + TYPER2), 0);
    assert_int_equal((r32(t, GICD + PIDR2) >> 4) & 0xf, 3);
    assert_int_equal((r32(t, GICR(0) + PIDR2) >> 4) & 0xf, 3);
    assert_int_equal(r32(t, GICR(0) + 0x4), 0x5400043b);
    assert_int_equal(r32(t, GICD + ISENABLER + 4), 0);
    assert_int_equal(r32(t, GICD + IGROUPR + 4), 0xffffffff);
    assert_int_equal(r32(t, SGI(1) + ICFGR), 0xaaaaaaaa);  /* SGIs edge */
    assert_int_equal(r32(t, SGI(1) + ICFGR + 4), 0);       /* PPIs level */
    assert_int_equal(r32(t, GICR(2) + GICR_WAKER), 6);
    for (unsigned c = 0; c < NCPUS; c++)
        assert_int_equal(hp(t, c), GIC_INTID_SPURIOUS);
    /* DS and ARE are RAO/WI; only the group enables are writable */
    w32(t, GICD + CTLR, 0xffffffff);
    assert_int_equal(r32(t, GICD + CTLR), 0x53);
    /* IGRPMODR is RAZ/WI with DS = 1; SGI/PPI registers at GICD RAZ/WI */
    w32(t, GICD + IGRPMODR + 4, 0xffffffff);
    assert_int_equal(r32(t, GICD + IGRPMODR + 4), 0);
    w32(t, GICD + ISENABLER, 0xffffffff);
    assert_int_equal(r32(t, GICD + ISENABLER), 0);
    assert_int_equal(r32(t, GICD + IGROUPR), 0);
}

static void check_pair(T *t, uint64_t set, uint64_t clr, uint32_t bit)
{
    w32(t, set, bit);
    assert_int_equal(r32(t, set) & bit, bit);
    assert_int_equal(r32(t, clr) & bit, bit);
    w32(t, set, 0);
    w32(t, clr, 0);
    assert_int_equal(r32(t, set) & bit, bit);
    w32(t, clr, bit);
    assert_int_equal(r32(t, set) & bit, 0);
}

static void test_set_clear_spi(void **state)
{
    T *t = *state;
    uint32_t bit = 1u << (287 % 32);        /* the last SPI */
    check_pair(t, GICD + ISENABLER + 32, GICD + ICENABLER + 32, bit);
    check_pair(t, GICD + ISPENDR + 32, GICD + ICPENDR + 32, bit);
    check_pair(t, GICD + ISACTIVER + 32, GICD + ICACTIVER + 32, bit);
    /* beyond INTID 287: RAZ/WI */
    w32(t, GICD + ISENABLER + 36, 0xffffffff);
    assert_int_equal(r32(t, GICD + ISENABLER + 36), 0);
}

static void test_set_clear_banked(void **state)
{
    T *t = *state;
    check_pair(t, SGI(1) + ISENABLER, SGI(1) + ICENABLER, 1u << 27);
    check_pair(t, SGI(1) + ISPENDR, SGI(1) + ICPENDR, 1u << 3);
    check_pair(t, SGI(1) + ISACTIVER, SGI(1) + ICACTIVER, 1u << 30);
    /* banked per PE */
    w32(t, SGI(1) + ISENABLER, 1u << 27);
    assert_int_equal(r32(t, SGI(0) + ISENABLER), 0);
    assert_int_equal(r32(t, SGI(2) + ISENABLER), 0);
    assert_int_equal(r32(t, SGI(1) + ISENABLER), 1u << 27);
    /* frames beyond the PEs: RAZ/WI */
    w32(t, SGI(NCPUS) + ISENABLER, 0xffffffff);
    assert_int_equal(r32(t, SGI(NCPUS) + ISENABLER), 0);
    assert_int_equal(rd(t, GICR(NCPUS) + GICR_TYPER, 8), 0);
}

static void test_priority_bytes(void **state)
{
    T *t = *state;
    wr(t, GICD + IPRIORITYR + 41, 1, 0xa0);
    wr(t, GICD + IPRIORITYR + 42, 1, 0x50);
    assert_int_equal(r32(t, GICD + IPRIORITYR + 40), 0x0050a000);
    assert_int_equal(rd(t, GICD + IPRIORITYR + 42, 1), 0x50);
    w32(t, GICD + IPRIORITYR + 44, 0x11223344);
    assert_int_equal(rd(t, GICD + IPRIORITYR + 45, 1), 0x33);
    /* INTIDs 0..31 at GICD: RAZ/WI; at the Redistributor: stored */
    wr(t, GICD + IPRIORITYR + 5, 1, 0x80);
    assert_int_equal(rd(t, GICD + IPRIORITYR + 5, 1), 0);
    wr(t, SGI(2) + IPRIORITYR + 27, 1, 0x80);
    assert_int_equal(r32(t, SGI(2) + IPRIORITYR + 24), 0x80000000);
    /* bad sizes and alignment: RAZ/WI, no crash */
    wr(t, GICD + IPRIORITYR + 40, 2, 0xffff);
    assert_int_equal(rd(t, GICD + IPRIORITYR + 40, 2), 0);
    assert_int_equal(r32(t, GICD + IPRIORITYR + 40), 0x0050a000);
    assert_int_equal(rd(t, GICD + CTLR, 1), 0);
    assert_int_equal(rd(t, GICD + TYPER + 1, 4), 0);
    assert_int_equal(rd(t, GICD + CTLR, 8), 0);
    wr(t, GICD + 0x7ffe, 2, 1);
    assert_int_equal(rd(t, GICR(0) + GICR_WAKER, 8), 0);
}

static void test_icfgr_level_edge(void **state)
{
    T *t = *state;
    uint64_t pend = GICD + ISPENDR + 4, clr = GICD + ICPENDR + 4;
    uint32_t b40 = 1u << 8;
    /* level-sensitive: pending follows the input */
    gic_set_spi(t->g, 40, true);
    assert_int_equal(r32(t, pend) & b40, b40);
    gic_set_spi(t->g, 40, false);
    assert_int_equal(r32(t, pend) & b40, 0);
    /* the software latch keeps it pending after the input falls; ICPENDR
       does not clear a high level */
    w32(t, pend, b40);
    gic_set_spi(t->g, 40, true);
    w32(t, clr, b40);
    assert_int_equal(r32(t, pend) & b40, b40);
    gic_set_spi(t->g, 40, false);
    assert_int_equal(r32(t, pend) & b40, 0);
    /* edge: Int_config[1] of INTID 40 is bit 17 of ICFGR2 */
    w32(t, GICD + ICFGR + 8, 1u << 17);
    assert_int_equal(r32(t, GICD + ICFGR + 8), 1u << 17);
    gic_set_spi(t->g, 40, true);
    gic_set_spi(t->g, 40, false);
    assert_int_equal(r32(t, pend) & b40, b40);    /* latched */
    w32(t, clr, b40);
    assert_int_equal(r32(t, pend) & b40, 0);
    /* SGIs are always edge: GICR_ICFGR0 read-only; ICFGR1 (PPIs) writable */
    w32(t, SGI(0) + ICFGR, 0);
    assert_int_equal(r32(t, SGI(0) + ICFGR), 0xaaaaaaaa);
    w32(t, SGI(0) + ICFGR + 4, 0x80000000);
    assert_int_equal(r32(t, SGI(0) + ICFGR + 4), 0x80000000);
    /* PPI lines */
    gic_set_ppi(t->g, 1, 27, true);
    assert_int_equal(r32(t, SGI(1) + ISPENDR), 1u << 27);
    assert_int_equal(r32(t, SGI(0) + ISPENDR), 0);
    gic_set_ppi(t->g, 1, 27, false);
    assert_int_equal(r32(t, SGI(1) + ISPENDR), 0);
    gic_set_ppi(t->g, 1, 5, true);          /* not a PPI: ignored */
    gic_set_spi(t->g, 300, true);
    assert_int_equal(r32(t, SGI(1) + ISPENDR), 0);
}

static void test_irouter(void **state)
{
    T *t = *state;
    uint64_t r = GICD + IROUTER + 8 * 40;
    wr(t, r, 8, 0xffffffffffffffffull);
    assert_true(rd(t, r, 8) == 0xff80ffffffull);     /* Aff3, IRM, Aff2..Aff0 */
    w32(t, r, 0x00020304);
    w32(t, r + 4, 0x1);
    assert_true(rd(t, r, 8) == 0x0100020304ull);
    assert_int_equal(r32(t, r + 4), 1);
    wr(t, GICD + IROUTER + 8 * 5, 8, 0x1234);      /* SGI/PPI: reserved */
    assert_int_equal(rd(t, GICD + IROUTER + 8 * 5, 8), 0);
}

static void test_typer_last(void **state)
{
    T *t = *state;
    for (unsigned c = 0; c < NCPUS; c++) {
        uint64_t typer = rd(t, GICR(c) + GICR_TYPER, 8);
        assert_int_equal((typer >> 4) & 1, c == NCPUS - 1);
        assert_int_equal((typer >> 8) & 0xffff, c);
        assert_int_equal(typer >> 32, c);           /* Aff0 = CPU index */
        assert_int_equal(r32(t, GICR(c) + GICR_TYPER + 4), c);
        assert_int_equal(r32(t, GICR(c) + GICR_TYPER), (uint32_t)typer);
    }
}

static void test_waker(void **state)
{
    T *t = *state;
    uint64_t w = GICR(1) + GICR_WAKER;
    assert_int_equal(r32(t, w), 6);
    w32(t, w, 0);
    assert_int_equal(r32(t, w), 0);
    assert_int_equal(r32(t, GICR(0) + GICR_WAKER), 6);
    w32(t, w, 4);                   /* ChildrenAsleep is read-only */
    assert_int_equal(r32(t, w), 0);
    w32(t, w, 2);
    assert_int_equal(r32(t, w), 6);
}

static void test_highest_pending(void **state)
{
    T *t = *state;
    unsigned prio;
    w32(t, GICD + CTLR, 3);                 /* EnableGrp0 | EnableGrp1 */
    /* SPIs 40, 41, 42 routed to CPU 0, enabled */
    w32(t, GICD + ISENABLER + 4, 7u << 8);
    w32(t, GICD + IPRIORITYR + 40, 0x00808080);
    w32(t, GICD + ISPENDR + 4, 6u << 8);     /* 41, 42 */
    assert_int_equal(gic_highest_pending(t->g, 0, &prio), 41);  /* equal: lowest INTID */
    assert_int_equal(prio, 0x80);
    assert_int_equal(hp(t, 1), GIC_INTID_SPURIOUS);
    wr(t, GICD + IPRIORITYR + 42, 1, 0x40);
    assert_int_equal(hp(t, 0), 42);                     /* higher priority */
    w32(t, GICD + ISACTIVER + 4, 1u << 10);              /* active: not a candidate */
    assert_int_equal(hp(t, 0), 41);
    w32(t, GICD + ICENABLER + 4, 1u << 9);               /* disabled */
    assert_int_equal(hp(t, 0), GIC_INTID_SPURIOUS);
    /* a PPI of CPU 0 with higher priority */
    w32(t, SGI(0) + ISENABLER, 1u << 27);
    wr(t, SGI(0) + IPRIORITYR + 27, 1, 0x10);
    gic_set_ppi(t->g, 0, 27, true);
    assert_int_equal(hp(t, 0), 27);
    assert_int_equal(hp(t, 1), GIC_INTID_SPURIOUS);
    gic_set_ppi(t->g, 0, 27, false);
    /* an SGI pending at priority 0 on CPU 2 only */
    w32(t, SGI(2) + ISENABLER, 1u << 3);
    w32(t, SGI(2) + ISPENDR, 1u << 3);
    assert_int_equal(hp(t, 2), 3);
    assert_int_equal(hp(t, 0), GIC_INTID_SPURIOUS);
}

static void test_group_enables(void **state)
{
    T *t = *state;
    w32(t, GICD + ISENABLER + 4, 3u << 8);      /* 40, 41 */
    w32(t, GICD + ISPENDR + 4, 3u << 8);
    wr(t, GICD + IPRIORITYR + 40, 1, 0x20);
    wr(t, GICD + IPRIORITYR + 41, 1, 0x30);
    w32(t, GICD + IGROUPR + 4, ~(1u << 8));     /* 40 in Group 0 */
    assert_int_equal(hp(t, 0), GIC_INTID_SPURIOUS);     /* both groups disabled */
    w32(t, GICD + CTLR, 2);                     /* Group 1 only */
    assert_int_equal(hp(t, 0), 41);
    w32(t, GICD + CTLR, 1);                     /* Group 0 only */
    assert_int_equal(hp(t, 0), 40);
    w32(t, GICD + CTLR, 3);
    assert_int_equal(hp(t, 0), 40);
    /* banked interrupts obey the same enables */
    w32(t, GICD + CTLR, 1);
    w32(t, SGI(0) + ISENABLER, 1);
    w32(t, SGI(0) + ISPENDR, 1);                /* SGI 0, Group 1, priority 0 */
    assert_int_equal(hp(t, 0), 40);
    w32(t, GICD + CTLR, 2);
    assert_int_equal(hp(t, 0), 0);
}

static void test_routing(void **state)
{
    T *t = *state;
    w32(t, GICD + CTLR, 2);
    w32(t, GICD + ISENABLER + 8, 1);            /* SPI 64 */
    wr(t, GICD + IROUTER + 8 * 64, 8, 2);       /* Aff0 = 2 */
    gic_set_spi(t->g, 64, true);
    assert_int_equal(hp(t, 2), 64);
    assert_int_equal(hp(t, 0), GIC_INTID_SPURIOUS);
    assert_int_equal(hp(t, 1), GIC_INTID_SPURIOUS);
    wr(t, GICD + IROUTER + 8 * 64, 8, 0x0100000002ull);    /* Aff3 = 1: nobody */
    assert_int_equal(hp(t, 2), GIC_INTID_SPURIOUS);
    /* 1-of-N: every awake PE */
    wr(t, GICD + IROUTER + 8 * 64, 8, 1u << 31);
    for (unsigned c = 0; c < NCPUS; c++)
        assert_int_equal(hp(t, c), GIC_INTID_SPURIOUS);
    w32(t, GICR(0) + GICR_WAKER, 0);
    w32(t, GICR(2) + GICR_WAKER, 0);
    assert_int_equal(hp(t, 0), 64);
    assert_int_equal(hp(t, 1), GIC_INTID_SPURIOUS);
    assert_int_equal(hp(t, 2), 64);
    /* reset clears it all */
    board_reset(t->b);
    assert_int_equal(hp(t, 0), GIC_INTID_SPURIOUS);
    assert_int_equal(r32(t, GICD + CTLR), 0x50);
}

/* Every offset and size of the Distributor and of a Redistributor frame, read
   and written: architectural answers, never a crash (run under the sanitizers). */
static void test_sweep_no_crash(void **state)
{
    T *t = *state;
    static const unsigned sizes[] = { 1, 2, 4, 8 };
    for (unsigned s = 0; s < 4; s++) {
        for (uint64_t off = 0; off + sizes[s] <= GICD_SIZE; off++) {
            rd(t, GICD + off, sizes[s]);
            wr(t, GICD + off, sizes[s], 0xffffffffffffffffull);
        }
        for (uint64_t off = 0; off + sizes[s] <= 2 * GICR_FRAME_SIZE; off += 3) {
            rd(t, GICR(NCPUS - 1) + off, sizes[s]);
            wr(t, GICR(NCPUS - 1) + off, sizes[s], 0x5555555555555555ull);
        }
    }
    rd(t, VIRT_GIC_REDIST_BASE + GICR_REGION_SIZE - 8, 8);
    assert_int_equal(r32(t, GICD + CTLR), 0x53);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#define T_(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
        T_(test_reset_values), T_(test_set_clear_spi), T_(test_set_clear_banked),
        T_(test_priority_bytes), T_(test_icfgr_level_edge), T_(test_irouter),
        T_(test_typer_last), T_(test_waker), T_(test_highest_pending),
        T_(test_group_enables), T_(test_routing), T_(test_sweep_no_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
