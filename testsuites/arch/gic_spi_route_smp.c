/* SPI routing across PEs (IHI 0069 4.6, GICD_IROUTER): SPI 50 routed to the PE with
 * Aff0 = 2 is taken there and nowhere else; rerouted to Aff0 = 1, the next one goes to
 * CPU 1. With 1-of-N routing (IRM = 1; implemented when GICD_TYPER.No1N = 0) SPI 51 is
 * delivered to exactly one of the PEs that take part, here CPU 1 or CPU 2 (CPU 0's
 * Group 1 is disabled at its CPU interface): the other finds nothing to acknowledge.
 * Each secondary waits in WFI with PSTATE.I masked and acknowledges on its own CPU
 * interface.
 * TRAPEZE-SMP: 3 */
#include "gic.h"
#include "smp.h"

#define GICD_TYPER_No1N (1u << 25)

static volatile uint64_t ready[3], count50[3], count51[3], stop;

static void secondary(uint64_t cpu)
{
    uint64_t rd = gic_setup();
    if (!rd)
        return;
    write_sysreg(hcr_el2, read_sysreg(hcr_el2) | HCR_IMO);
    isb();
    gic_private_irq(rd, 15, 0x80, 1);       /* the SGI that wakes it to stop */
    ready[cpu] = 1;
    dsb_sy();
    while (!stop) {
        asm volatile("wfi" ::: "memory");
        uint64_t id = icc_iar1();
        if (id == 50)
            count50[cpu]++;
        if (id == 51)
            count51[cpu]++;
        if (id != INTID_SPURIOUS)
            icc_eoir1(id);
    }
}

static void pend(unsigned spi)
{
    mmio_w32(GICD_BASE + GICD_ISPENDR + 4 * (spi / 32), 1u << (spi % 32));
    dsb_sy();
}

static void route(unsigned spi, uint64_t irouter)
{
    mmio_w64(GICD_BASE + GICD_IROUTER + 8 * spi, irouter);
    dsb_sy();
}

/* Up to 0.1 s of counter time for cond(). */
static int wait_for(int (*cond)(void))
{
    uint64_t t0 = read_sysreg(cntpct_el0);
    while (!cond()) {
        isb();
        if (read_sysreg(cntpct_el0) - t0 > 6250000)
            return 0;
    }
    return 1;
}

static int first_on_2(void) { return count50[2] == 1; }
static int second_on_1(void) { return count50[1] == 1; }
static int one_of_n(void) { return count51[1] + count51[2] >= 1; }

int main(void)
{
    uint64_t rd = gic_test_setup(0);
    write_sysreg(icc_igrpen1_el1, 0);        /* CPU 0 takes no Group 1 interrupt */
    isb();
    gic_spi(50, 0x80);
    gic_spi(51, 0x80);
    (void)rd;
    for (unsigned c = 1; c < 3; c++)
        CHECK_EQM("CPU_ON", smp_start(c, secondary, c), PSCI_SUCCESS);
    for (unsigned c = 1; c < 3; c++)
        while (!ready[c])
            ;
    route(50, 2);
    pend(50);
    CHECKM("SPI 50 routed to Aff0 2 taken by CPU 2", wait_for(first_on_2));
    CHECK_EQM("not by CPU 1", count50[1], 0);
    route(50, 1);
    pend(50);
    CHECKM("rerouted to Aff0 1: taken by CPU 1", wait_for(second_on_1));
    CHECK_EQM("CPU 2 took only the first", count50[2], 1);

    if (mmio_r32(GICD_BASE + GICD_TYPER) & GICD_TYPER_No1N) {
        tprintf("  GICD_TYPER.No1N = 1: no 1-of-N routing to check\n");
    } else {
        route(51, 1ull << 31);               /* IRM */
        pend(51);
        CHECKM("SPI 51 (1-of-N) taken", wait_for(one_of_n));
        for (volatile int i = 0; i < 100000; i++)    /* let a second delivery show */
            ;
        CHECK_EQM("by exactly one PE", count51[1] + count51[2], 1);
    }
    stop = 1;
    dsb_sy();
    write_sysreg(icc_sgi1r_el1, SGIR(15, 0) | SGIR_IRM);   /* wake them */
    isb();
    for (unsigned c = 1; c < 3; c++)
        smp_wait_off(c);
    return test_done();
}
