/* Shared C support for the EL2/EL1 benchmarks: UART output, the end of the run, page tables. */
#include "hyp.h"

static void uart_putc(char c)
{
    *(volatile uint32_t *)0x09000000 = (uint32_t)c;
}

void uart_puts(const char *s)
{
    while (*s)
        uart_putc(*s++);
}

void put_hex(uint64_t v)
{
    for (int i = 60; i >= 0; i -= 4)
        uart_putc("0123456789abcdef"[(v >> i) & 15]);
}

static __attribute__((noreturn)) void system_off(void)
{
    register uint64_t x0 __asm__("x0") = 0x84000008;
    __asm__ volatile("smc #0" : "+r"(x0) :: "memory");
    for (;;)
        ;
}

void finish(uint64_t checksum)
{
    put_hex(checksum);
    uart_putc('\n');
    system_off();
}

void el2_bad(uint64_t vector, uint64_t esr, uint64_t elr, uint64_t far)
{
    uart_puts("UNEXPECTED vector=");
    put_hex(vector);
    uart_puts(" esr=");
    put_hex(esr);
    uart_puts(" elr=");
    put_hex(elr);
    uart_puts(" far=");
    put_hex(far);
    uart_puts(" hpfar=");
    put_hex(read_sysreg(hpfar_el2));
    uart_putc('\n');
    system_off();
}

#define POOL_TABLES 272
static uint64_t pool[POOL_TABLES][512] __attribute__((aligned(4096)));
static unsigned pool_used;

uint64_t *table_alloc(void)
{
    if (pool_used == POOL_TABLES) {
        uart_puts("out of page tables\n");
        system_off();
    }
    uint64_t *t = pool[pool_used++];
    for (unsigned i = 0; i < 512; i++)
        ((volatile uint64_t *)t)[i] = 0;
    return t;
}

static uint64_t *next_level(uint64_t *table, unsigned index)
{
    if (!(table[index] & 1))
        table[index] = (uint64_t)(uintptr_t)table_alloc() | 3;
    return (uint64_t *)(uintptr_t)(table[index] & 0x0000fffffffff000ull);
}

void map_range(uint64_t *l1, uint64_t va, uint64_t pa, uint64_t size, uint64_t attrs, int pages)
{
    if (!pages) {
        for (uint64_t off = 0; off < size; off += 1ull << 30)
            l1[((va + off) >> 30) & 3] = (pa + off) | attrs | 1;   /* block */
        return;
    }
    for (uint64_t off = 0; off < size; off += 4096) {
        uint64_t a = va + off;
        uint64_t *l2 = next_level(l1, (a >> 30) & 3);
        uint64_t *l3 = next_level(l2, (a >> 21) & 511);
        l3[(a >> 12) & 511] = (pa + off) | attrs | 3;               /* page */
    }
}

void tlb_flush_all(void)
{
    __asm__ volatile("dsb ishst\n tlbi alle1\n tlbi alle2\n dsb ish\n isb" ::: "memory");
}
