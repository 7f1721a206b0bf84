/* Generic timer counters (D11.1): CNTFRQ_EL0 = 62.5 MHz as set by the virt board's
 * firmware, CNTPCT_EL0 never goes backwards and advances while code runs, and
 * CNTVCT_EL0 = CNTPCT_EL0 - CNTVOFF_EL2 (HCR_EL2.E2H = 0) at EL2 and EL1, modulo 2^64. */
#include "test.h"

static uint64_t el1_vct_minus_pct(uint64_t arg)
{
    uint64_t p0, v, p1;
    asm volatile("isb\n\tmrs %0, cntpct_el0\n\tisb\n\tmrs %1, cntvct_el0\n\tisb\n\tmrs %2, cntpct_el0"
                 : "=&r"(p0), "=&r"(v), "=&r"(p1));
    /* return 1 when p0 - off <= v <= p1 - off */
    return (v - (p0 - arg)) <= (p1 - p0);
}

int main(void)
{
    CHECK_EQM("CNTFRQ_EL0", read_sysreg(cntfrq_el0), 62500000);

    uint64_t prev = read_sysreg(cntpct_el0), backwards = 0;
    for (int i = 0; i < 1000; i++) {
        isb();
        uint64_t now = read_sysreg(cntpct_el0);
        if (now < prev)
            backwards++;
        prev = now;
    }
    CHECK_EQM("CNTPCT_EL0 went backwards (times)", backwards, 0);

    uint64_t t0 = read_sysreg(cntpct_el0);
    for (volatile int i = 0; i < 200000; i++)
        ;
    isb();
    uint64_t t1 = read_sysreg(cntpct_el0);
    CHECKM("CNTPCT_EL0 advances over 200000 loop iterations", t1 > t0);

    static const uint64_t offsets[] = { 0, 0x1000000, 0x8000000000000000ULL, 0xffffffffffff0000ULL };
    for (unsigned i = 0; i < sizeof offsets / sizeof offsets[0]; i++) {
        uint64_t off = offsets[i];
        write_sysreg(cntvoff_el2, off);
        isb();
        uint64_t p0, v, p1;
        asm volatile("isb\n\tmrs %0, cntpct_el0\n\tisb\n\tmrs %1, cntvct_el0\n\tisb\n\tmrs %2, cntpct_el0"
                     : "=&r"(p0), "=&r"(v), "=&r"(p1));
        if (!((v - (p0 - off)) <= (p1 - p0)))
            tprintf("  CNTVOFF=0x%lx: pct 0x%lx..0x%lx, vct 0x%lx\n", off, p0, p1, v);
        CHECKM("EL2: CNTPCT - CNTVOFF <= CNTVCT <= later CNTPCT - CNTVOFF", (v - (p0 - off)) <= (p1 - p0));
        CHECKM("EL1: CNTVCT = CNTPCT - CNTVOFF", run_at_el1(el1_vct_minus_pct, off) == 1);
    }
    write_sysreg(cntvoff_el2, 0);
    return test_done();
}
