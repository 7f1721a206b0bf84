/* Semihosting (HLT #0xF000), the PL011 UART and a small printf. */
#include <stdarg.h>
#include "test.h"

uint64_t semi_call(uint64_t op, uint64_t param)
{
    register uint64_t x0 asm("x0") = op;
    register uint64_t x1 asm("x1") = param;
    asm volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
    return x0;
}

void semi_write0(const char *s) { semi_call(SEMI_SYS_WRITE0, (uint64_t)s); }

void semi_writec(char c)
{
    volatile char ch = c;
    semi_call(SEMI_SYS_WRITEC, (uint64_t)&ch);
}

void semi_exit(int code)
{
    /* AArch64 SYS_EXIT: x1 points to {reason, subcode}; the subcode is the exit status */
    static volatile uint64_t block[2];
    block[0] = SEMI_ADP_Stopped_ApplicationExit;
    block[1] = (uint64_t)(int64_t)code;
    semi_call(SEMI_SYS_EXIT, (uint64_t)block);
    for (;;)
        asm volatile("wfi");
}

#define UART_DR   0x00
#define UART_FR   0x18
#define UART_FR_TXFF (1u << 5)

void uart_putc(char c)
{
    volatile uint32_t *base = (volatile uint32_t *)UART_BASE;
    while (base[UART_FR / 4] & UART_FR_TXFF)
        ;
    base[UART_DR / 4] = (uint8_t)c;
}

void uart_puts(const char *s)
{
    while (*s)
        uart_putc(*s++);
}

/* tprintf builds the line in a buffer and writes it with one SYS_WRITE0 */
struct pbuf { char b[256]; unsigned n; };

static void pb_putc(struct pbuf *p, char c)
{
    if (p->n + 1 >= sizeof p->b) {
        p->b[p->n] = 0;
        semi_write0(p->b);
        p->n = 0;
    }
    p->b[p->n++] = c;
}

static void pb_num(struct pbuf *p, uint64_t v, unsigned base, int width, char pad, int neg)
{
    char tmp[24];
    int i = 0;
    do {
        unsigned d = v % base;
        tmp[i++] = d < 10 ? '0' + d : 'a' + d - 10;
        v /= base;
    } while (v);
    if (neg)
        tmp[i++] = '-';
    while (i < width--)
        pb_putc(p, pad);
    while (i)
        pb_putc(p, tmp[--i]);
}

void tprintf(const char *fmt, ...)
{
    struct pbuf p;
    va_list ap;
    p.n = 0;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            pb_putc(&p, *fmt);
            continue;
        }
        fmt++;
        char pad = ' ';
        int width = 0, lng = 0;
        if (*fmt == '0') { pad = '0'; fmt++; }
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        while (*fmt == 'l') { lng = 1; fmt++; }
        switch (*fmt) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            while (*s)
                pb_putc(&p, *s++);
            break;
        }
        case 'c': pb_putc(&p, (char)va_arg(ap, int)); break;
        case 'x': pb_num(&p, lng ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 16, width, pad, 0); break;
        case 'u': pb_num(&p, lng ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 10, width, pad, 0); break;
        case 'd': {
            int64_t v = lng ? va_arg(ap, int64_t) : va_arg(ap, int);
            pb_num(&p, v < 0 ? -(uint64_t)v : (uint64_t)v, 10, width, pad, v < 0);
            break;
        }
        case '%': pb_putc(&p, '%'); break;
        default: pb_putc(&p, '?'); break;
        }
    }
    va_end(ap);
    p.b[p.n] = 0;
    semi_write0(p.b);
}
