/* Integer benchmark: arithmetic, a 64 KiB checksum, branches and calls.
   Bare metal, entered at EL2 with the MMU off; ends with PSCI SYSTEM_OFF.
   ITERATIONS is set by the build. */
#include <stdint.h>

#ifndef ITERATIONS
#define ITERATIONS 400
#endif

static uint64_t buf[8192];      /* 64 KiB */

__attribute__((noinline)) static uint64_t mix(uint64_t a, uint64_t b)
{
    a ^= b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2);
    return a * 0xff51afd7ed558ccdull;
}

__attribute__((noinline)) static uint64_t checksum(const uint64_t *p, unsigned n)
{
    uint64_t s = 0, t = 1;
    for (unsigned i = 0; i < n; i++) {
        s += p[i];
        t ^= (p[i] >> 3) | (s << 5);
        if (p[i] & 1)
            s = mix(s, t);
    }
    return s ^ t;
}

static void uart_putc(char c)
{
    *(volatile uint32_t *)0x09000000 = (uint32_t)c;
}

static void put_hex(uint64_t v)
{
    for (int i = 60; i >= 0; i -= 4)
        uart_putc("0123456789abcdef"[(v >> i) & 15]);
    uart_putc('\n');
}

void bench_main(void)
{
    for (unsigned i = 0; i < 8192; i++)
        buf[i] = mix(i, 12345) ;
    uint64_t acc = 0;
    for (unsigned it = 0; it < ITERATIONS; it++) {
        acc += checksum(buf, 8192);
        buf[it & 8191] ^= acc;
    }
    put_hex(acc);
}
