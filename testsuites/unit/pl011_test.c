/* The PL011 UART (sim/board/pl011.c) through the board's MMIO bus: IMSC,
   RIS, MIS and ICR for the TX and RX interrupts, and the combined line
   UARTINTR as the GIC sees it on SPI 1 (INTID 33): GICD_ISPENDR and
   gic_highest_pending().  Input comes from a pipe. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "gic/gic.h"
#include "harness.h"
#include "sim/board/board.h"
#include "sim/cpu.h"

#define UART VIRT_UART_BASE
#define GICD VIRT_GIC_DIST_BASE
enum {
    UARTDR = 0x000, UARTFR = 0x018, UARTIMSC = 0x038, UARTRIS = 0x03c, UARTMIS = 0x040,
    UARTICR = 0x044,
    INT_RX = 1 << 4, INT_TX = 1 << 5, INT_RT = 1 << 6,
    FR_RXFE = 1 << 4,
    GICD_CTLR = 0x0, GICD_ISENABLER = 0x100, GICD_ISPENDR = 0x200,
    UART_INTID = 33,
};

typedef struct T { Board *b; Gic *g; FILE *out; int in[2]; } T;

static int setup(void **state)
{
    T *t = calloc(1, sizeof *t);
    t->b = harness_board_gic(1);
    t->g = t->b->gic;
    t->out = tmpfile();
    assert_non_null(t->out);
    assert_int_equal(pipe(t->in), 0);
    t->b->uart = pl011_create(t->b, UART, t->out, t->in[0]);
    assert_non_null(t->b->uart);
    board_reset(t->b);
    *state = t;
    return 0;
}

static int teardown(void **state)
{
    T *t = *state;
    board_destroy(t->b);
    fclose(t->out);
    close(t->in[0]);
    close(t->in[1]);
    free(t);
    return 0;
}

static uint32_t r32(T *t, uint64_t pa)
{
    uint64_t v = 0xdead;
    assert_true(board_mmio_read(t->b, pa, 4, &v));
    return (uint32_t)v;
}
static void w32(T *t, uint64_t pa, uint32_t v) { assert_true(board_mmio_write(t->b, pa, 4, v)); }

/* The line as the GIC latched it: pending state of INTID 33 (level-sensitive). */
static bool line(T *t) { return (r32(t, GICD + GICD_ISPENDR + 4) >> (UART_INTID - 32)) & 1; }

/* Enable the SPI in Group 1 (reset group) so gic_highest_pending sees it. */
static void gic_enable_uart(T *t)
{
    w32(t, GICD + GICD_CTLR, 0x2);                      /* EnableGrp1 */
    w32(t, GICD + GICD_ISENABLER + 4, 1u << (UART_INTID - 32));
}

static void send(T *t, const char *s)
{
    size_t n = strlen(s);
    assert_int_equal(write(t->in[1], s, n), (ssize_t)n);
}

static void test_reset(void **state)
{
    T *t = *state;
    assert_int_equal(r32(t, UART + UARTIMSC), 0);
    assert_int_equal(r32(t, UART + UARTRIS), 0);        /* no TX before a character is sent */
    assert_int_equal(r32(t, UART + UARTMIS), 0);
    assert_false(line(t));
    gic_enable_uart(t);
    assert_int_equal(gic_highest_pending(t->g, 0, NULL), GIC_INTID_SPURIOUS);
}

static void test_tx(void **state)
{
    T *t = *state;
    gic_enable_uart(t);
    w32(t, UART + UARTDR, 'x');
    assert_int_equal(r32(t, UART + UARTRIS), INT_TX);
    assert_int_equal(r32(t, UART + UARTMIS), 0);        /* masked */
    assert_false(line(t));
    w32(t, UART + UARTIMSC, INT_TX);
    assert_int_equal(r32(t, UART + UARTIMSC), INT_TX);
    assert_int_equal(r32(t, UART + UARTMIS), INT_TX);
    assert_true(line(t));
    assert_int_equal(gic_highest_pending(t->g, 0, NULL), UART_INTID);
    /* masking lowers the line, unmasking raises it again */
    w32(t, UART + UARTIMSC, 0);
    assert_false(line(t));
    w32(t, UART + UARTIMSC, INT_TX | INT_RX);
    assert_true(line(t));
    /* ICR clears only the bits written */
    w32(t, UART + UARTICR, INT_RX);
    assert_int_equal(r32(t, UART + UARTRIS), INT_TX);
    assert_true(line(t));
    w32(t, UART + UARTICR, INT_TX);
    assert_int_equal(r32(t, UART + UARTRIS), 0);
    assert_int_equal(r32(t, UART + UARTMIS), 0);
    assert_false(line(t));
    assert_int_equal(gic_highest_pending(t->g, 0, NULL), GIC_INTID_SPURIOUS);
    /* the next character sets TX again */
    w32(t, UART + UARTDR, 'y');
    assert_true(line(t));
    fflush(t->out);
    rewind(t->out);
    char buf[3] = { 0 };
    assert_int_equal(fread(buf, 1, 2, t->out), 2);
    assert_string_equal(buf, "xy");
}

static void test_rx(void **state)
{
    T *t = *state;
    gic_enable_uart(t);
    w32(t, UART + UARTIMSC, INT_RX | INT_RT);
    assert_int_equal(r32(t, UART + UARTRIS), 0);
    send(t, "ab");
    /* pl011_poll reads the input and raises the line without any UART access */
    pl011_poll(t->b);
    assert_true(line(t));
    assert_int_equal(gic_highest_pending(t->g, 0, NULL), UART_INTID);
    assert_int_equal(r32(t, UART + UARTRIS), INT_RX);  /* RT is never raised */
    assert_int_equal(r32(t, UART + UARTMIS), INT_RX);
    assert_int_equal(r32(t, UART + UARTFR) & FR_RXFE, 0);
    assert_int_equal(r32(t, UART + UARTDR), 'a');
    assert_true(line(t));                               /* one character left */
    assert_int_equal(r32(t, UART + UARTDR), 'b');
    assert_int_equal(r32(t, UART + UARTRIS), 0);        /* FIFO empty: RX clears */
    assert_false(line(t));
    assert_int_equal(r32(t, UART + UARTFR) & FR_RXFE, FR_RXFE);
    /* ICR clears RX with characters still in the FIFO; it stays clear until
       the FIFO has been emptied and a character arrives again (QEMU) */
    send(t, "cd");
    pl011_poll(t->b);
    assert_true(line(t));
    w32(t, UART + UARTICR, INT_RX);
    assert_int_equal(r32(t, UART + UARTRIS), 0);
    assert_false(line(t));
    assert_int_equal(r32(t, UART + UARTDR), 'c');
    assert_int_equal(r32(t, UART + UARTDR), 'd');
    send(t, "e");
    pl011_poll(t->b);
    assert_true(line(t));
    assert_int_equal(r32(t, UART + UARTDR), 'e');
    assert_false(line(t));
}

static void test_rx_by_register_read(void **state)
{
    T *t = *state;
    /* a guest polling UARTFR reads the input too */
    send(t, "z");
    assert_int_equal(r32(t, UART + UARTFR) & FR_RXFE, 0);
    assert_int_equal(r32(t, UART + UARTRIS), INT_RX);
    assert_false(line(t));                              /* masked */
    w32(t, UART + UARTIMSC, INT_RX);
    assert_true(line(t));
    board_reset(t->b);                                  /* empties the FIFO, lowers the line */
    assert_false(line(t));
    assert_int_equal(r32(t, UART + UARTIMSC), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_reset, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tx, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rx, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rx_by_register_read, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
