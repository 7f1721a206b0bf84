/* The event stream (D11.2.3): with CNTHCTL_EL2.EVNTEN = 1 an event is generated each
 * time bit EVNTI of the physical count goes 0 to 1 (EVNTDIR = 0) or 1 to 0
 * (EVNTDIR = 1), and wakes a WFE. With bit 12 (a period of 8192 ticks), a WFE with the
 * event register clear returns at the next such transition: after it the count is at
 * or past the transition that followed the count read before it, and not a whole
 * period later. Likewise CNTKCTL_EL1's stream on the virtual count (with CNTVOFF_EL2
 * = 0x800, which moves the transitions). Each WFE is preceded by SEVL; WFE, which
 * leaves the event register clear.
 * QEMU-DEVIATION: QEMU 7.2's WFE does not wait for an event (it only yields the
 * host CPU), so it returns long before the transition. */
#include "test.h"

#define BIT_N 12
#define PERIOD (2ULL << BIT_N)

static uint64_t next_edge(uint64_t c, int falling)
{
    uint64_t t = (c & ~(PERIOD - 1)) + (falling ? PERIOD : PERIOD / 2);
    return t > c ? t : t + PERIOD;
}

static uint64_t pct(void) { isb(); return read_sysreg(cntpct_el0); }
static uint64_t vct(void) { isb(); return read_sysreg(cntvct_el0); }

static void check_wfe(const char *what, uint64_t (*count)(void), int falling)
{
    asm volatile("sevl\n\twfe" ::: "memory");   /* event register now clear */
    uint64_t before = count();
    asm volatile("wfe" ::: "memory");
    uint64_t after = count();
    uint64_t edge = next_edge(before, falling);
    tprintf("  %s: before %lu, edge %lu, after %lu\n", what, (unsigned long)before,
            (unsigned long)edge, (unsigned long)after);
    CHECKM("WFE returned at or after the transition", after >= edge);
    CHECKM("and within one period of it", after < edge + PERIOD);
}

int main(void)
{
    uint64_t cnthctl = read_sysreg(cnthctl_el2);
    write_sysreg(cnthctl_el2, (cnthctl & ~0xfcULL) | (BIT_N << 4) | (1 << 2));
    isb();
    check_wfe("CNTHCTL_EL2 stream, rising edge", pct, 0);
    write_sysreg(cnthctl_el2, (cnthctl & ~0xfcULL) | (BIT_N << 4) | (1 << 3) | (1 << 2));
    isb();
    check_wfe("CNTHCTL_EL2 stream, falling edge", pct, 1);
    write_sysreg(cnthctl_el2, cnthctl & ~0xfcULL);
    write_sysreg(cntvoff_el2, 0x800);
    write_sysreg(cntkctl_el1, (read_sysreg(cntkctl_el1) & ~0xfcULL) | (BIT_N << 4) | (1 << 2));
    isb();
    check_wfe("CNTKCTL_EL1 stream on CNTVCT", vct, 0);
    write_sysreg(cntkctl_el1, read_sysreg(cntkctl_el1) & ~0xfcULL);
    write_sysreg(cntvoff_el2, 0);
    return test_done();
}
