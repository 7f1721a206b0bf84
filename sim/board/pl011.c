/* Arm PrimeCell UART (PL011), DDI 0183: output to the host's stdout, input
   from stdin without blocking the simulation, the combined interrupt line
   UARTINTR on SPI 1 (INTID 33) of the GIC.
   Interrupts follow QEMU 7.2 (hw/char/pl011.c), which guests are written
   against:
   - TX: output is immediate, so the transmit FIFO is always empty.  TXRIS
     is set by each write to UARTDR (the FIFO passes through its trigger
     level as the character drains; DDI 0183 3.4.4: the interrupt is "based
     on a transition through a level") and cleared only by UARTICR.  Clear
     at reset: no character has been sent.
   - RX: the trigger level is one character whatever UARTIFLS says (QEMU's
     read_trigger = 1): RXRIS is set when a character enters an empty FIFO
     and cleared when a UARTDR read empties it, or by UARTICR.
   - RT (receive timeout) is never raised, as in QEMU: with a one-character
     trigger level RX already reports any non-empty FIFO.
   - Modem status and error interrupts do not occur.
   Input is read when the guest reads UARTDR, UARTFR, UARTRIS or UARTMIS,
   and on pl011_poll(), which the run loop calls so that input arriving
   while the guest waits for an interrupt raises RXRIS. */
#include <errno.h>
#include <poll.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "gic/gic.h"
#include "sim/board/board.h"
#include "sim/bits.h"
#include "sim/log.h"

enum {
    UARTDR = 0x000, UARTRSR = 0x004, UARTFR = 0x018, UARTILPR = 0x020, UARTIBRD = 0x024,
    UARTFBRD = 0x028, UARTLCR_H = 0x02c, UARTCR = 0x030, UARTIFLS = 0x034, UARTIMSC = 0x038,
    UARTRIS = 0x03c, UARTMIS = 0x040, UARTICR = 0x044, UARTDMACR = 0x048,
};
FIELD(UARTFR, BUSY, 3, 1)
FIELD(UARTFR, RXFE, 4, 1)
FIELD(UARTFR, TXFF, 5, 1)
FIELD(UARTFR, RXFF, 6, 1)
FIELD(UARTFR, TXFE, 7, 1)
FIELD(UARTINT, RX, 4, 1)
FIELD(UARTINT, TX, 5, 1)
FIELD(UARTINT, RT, 6, 1)

enum { PL011_FIFO = 16, PL011_SPI = GIC_FIRST_SPI + 1 };     /* virt: UART0 on SPI 1 */

typedef struct PL011 {
    Board *board;               /* board->gic receives the line (may be NULL) */
    bool line;                  /* UARTINTR as last driven */
    FILE *out;
    int in_fd;                  /* -1: no input */
    bool unflushed;             /* output written since the last fflush */
    uint8_t rx[PL011_FIFO];
    unsigned rx_head, rx_count;
    uint32_t ibrd, fbrd, lcr_h, cr, ifls, imsc, ris, dmacr, ilpr;
} PL011;

/* Identification registers at 0xfe0..0xffc (PeriphID, PCellID). */
static const uint8_t pl011_id[8] = { 0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };

static void pl011_poll_input(PL011 *s)
{
    /* A guest that polls for input may be waiting for an answer to a prompt
       that has no newline yet ("Hit any key", "=> "): let it out first. */
    if (s->unflushed) {
        fflush(s->out);
        s->unflushed = false;
    }
    if (s->in_fd < 0 || s->rx_count == PL011_FIFO)
        return;
    struct pollfd p = { .fd = s->in_fd, .events = POLLIN };
    if (poll(&p, 1, 0) <= 0 || !(p.revents & (POLLIN | POLLHUP)))
        return;
    uint8_t buf[PL011_FIFO];
    ssize_t n = read(s->in_fd, buf, PL011_FIFO - s->rx_count);
    if (n <= 0) {
        if (n == 0 || (errno != EAGAIN && errno != EINTR))
            s->in_fd = -1;          /* end of input */
        return;
    }
    if (!s->rx_count)
        s->ris = FIELD_DP64(s->ris, UARTINT, RX, 1);
    for (ssize_t i = 0; i < n; i++)
        s->rx[(s->rx_head + s->rx_count++) % PL011_FIFO] = buf[i];
}

/* UARTINTR = OR of UARTMIS (DDI 0183 3.4.8), driven on each change. */
static void pl011_update_line(PL011 *s)
{
    bool level = (s->ris & s->imsc) != 0;
    if (level == s->line)
        return;
    s->line = level;
    if (s->board && s->board->gic)
        gic_set_spi(s->board->gic, PL011_SPI, level);
}

static void pl011_poll_device(PL011 *s)
{
    pl011_poll_input(s);
    pl011_update_line(s);
}

void pl011_poll(Board *b)
{
    if (b->uart)
        pl011_poll_device(b->uart);
}

static uint64_t pl011_read(void *opaque, uint64_t off, unsigned size)
{
    PL011 *s = opaque;
    (void)size;
    if (off >= 0xfe0 && off < 0x1000)
        return pl011_id[(off - 0xfe0) >> 2];
    switch (off) {
    case UARTDR: {
        pl011_poll_input(s);
        if (!s->rx_count)
            return 0;
        uint8_t c = s->rx[s->rx_head];
        s->rx_head = (s->rx_head + 1) % PL011_FIFO;
        s->rx_count--;
        if (!s->rx_count)
            s->ris = FIELD_DP64(s->ris, UARTINT, RX, 0);
        pl011_update_line(s);
        return c;
    }
    case UARTRSR: return 0;
    case UARTFR: {
        pl011_poll_device(s);
        uint64_t fr = FIELD_DP64(0, UARTFR, TXFE, 1);
        fr = FIELD_DP64(fr, UARTFR, RXFE, s->rx_count == 0);
        fr = FIELD_DP64(fr, UARTFR, RXFF, s->rx_count == PL011_FIFO);
        return fr;
    }
    case UARTILPR: return s->ilpr;
    case UARTIBRD: return s->ibrd;
    case UARTFBRD: return s->fbrd;
    case UARTLCR_H: return s->lcr_h;
    case UARTCR: return s->cr;
    case UARTIFLS: return s->ifls;
    case UARTIMSC: return s->imsc;
    case UARTRIS: pl011_poll_device(s); return s->ris;
    case UARTMIS: pl011_poll_device(s); return s->ris & s->imsc;
    case UARTDMACR: return s->dmacr;
    default:
        if (log_enabled(LOG_GUEST_ERROR))
            log_printf("pl011: read of unknown register at offset 0x%llx\n", (unsigned long long)off);
        return 0;
    }
}

static void pl011_write(void *opaque, uint64_t off, unsigned size, uint64_t v)
{
    PL011 *s = opaque;
    (void)size;
    switch (off) {
    case UARTDR:
        fputc((int)(v & 0xff), s->out);
        s->unflushed = (v & 0xff) != '\n';
        if (!s->unflushed)
            fflush(s->out);
        s->ris = FIELD_DP64(s->ris, UARTINT, TX, 1);
        pl011_update_line(s);
        break;
    case UARTRSR: break;        /* error clear */
    case UARTILPR: s->ilpr = v & 0xff; break;
    case UARTIBRD: s->ibrd = v & 0xffff; break;
    case UARTFBRD: s->fbrd = v & 0x3f; break;
    case UARTLCR_H: s->lcr_h = v & 0xff; break;
    case UARTCR: s->cr = v & 0xffff; break;
    case UARTIFLS: s->ifls = v & 0x3f; break;
    case UARTIMSC: s->imsc = v & 0x7ff; pl011_update_line(s); break;
    case UARTICR: s->ris &= ~(uint32_t)v; pl011_update_line(s); break;
    case UARTDMACR: s->dmacr = v & 7; break;
    default:
        if (log_enabled(LOG_GUEST_ERROR))
            log_printf("pl011: write to unknown register at offset 0x%llx\n", (unsigned long long)off);
        break;
    }
}

static void pl011_reset(void *opaque)
{
    PL011 *s = opaque;
    s->rx_head = s->rx_count = 0;
    s->ibrd = s->fbrd = s->lcr_h = s->imsc = s->ris = s->dmacr = s->ilpr = 0;
    s->cr = 0x300;              /* TXE | RXE */
    s->ifls = 0x12;
    pl011_update_line(s);
}

static const DeviceOps pl011_ops = { pl011_read, pl011_write, pl011_reset };

PL011 *pl011_create(Board *b, uint64_t base, FILE *out, int in_fd)
{
    PL011 *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->board = b;
    s->out = out;
    s->in_fd = in_fd;
    pl011_reset(s);
    board_add_device(b, "pl011", base, 0x1000, &pl011_ops, s);
    return s;
}
