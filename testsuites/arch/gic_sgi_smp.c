/* SGIs between PEs (IHI 0069 4.4, ICC_SGI1R_EL1): CPU 0 sends SGI 1 with the target
 * list {1, 2, 3}, SGI 2 with IRM = 1 (every PE but itself), SGI 3 to CPU 2 alone, and
 * SGI 4 to CPU 1 and CPU 3. Each secondary has brought up its own Redistributor and
 * CPU interface and waits in WFI with PSTATE.I masked; each wake-up it acknowledges
 * with ICC_IAR1_EL1 (its own CPU interface) and records the INTID, then EOIs. Each
 * secondary must have received exactly the SGIs addressed to it; CPU 0 none of them.
 * SGI 15 (IRM) finally wakes them to stop.
 * TRAPEZE-SMP: 4 */
#include "gic.h"
#include "smp.h"

static volatile uint64_t ready[4], got[4], stop, bad[4];

static void secondary(uint64_t cpu)
{
    uint64_t rd = gic_setup();
    if (!rd) {
        bad[cpu] = 1;
        return;
    }
    write_sysreg(hcr_el2, read_sysreg(hcr_el2) | HCR_IMO);
    for (unsigned id = 1; id <= 15; id++)
        gic_private_irq(rd, id, 0x80, 1);
    ready[cpu] = 1;
    dsb_sy();
    while (!stop) {
        asm volatile("wfi" ::: "memory");
        uint64_t id = icc_iar1();
        if (id == INTID_SPURIOUS)
            continue;
        if (id < 15)
            got[cpu] |= 1u << id;
        icc_eoir1(id);
    }
}

static void sgi(uint64_t v)
{
    write_sysreg(icc_sgi1r_el1, v);
    isb();
}

/* Wait (up to 0.1 s of counter time) until every secondary has what it expects. */
static int wait_for(const uint64_t want[4])
{
    uint64_t t0 = read_sysreg(cntpct_el0), t;
    do {
        int ok = 1;
        for (int c = 1; c < 4; c++)
            ok &= got[c] == want[c];
        if (ok)
            return 1;
        isb();
        t = read_sysreg(cntpct_el0);
    } while (t - t0 < 6250000);
    return 0;
}

int main(void)
{
    uint64_t rd = gic_setup();
    CHECKM("CPU 0's Redistributor", rd != 0);
    if (!rd)
        return test_done();
    for (unsigned id = 1; id <= 15; id++)
        gic_private_irq(rd, id, 0x80, 1);
    for (unsigned c = 1; c < 4; c++)
        CHECK_EQM("CPU_ON", smp_start(c, secondary, c), PSCI_SUCCESS);
    for (unsigned c = 1; c < 4; c++)
        while (!ready[c])
            ;
    sgi(SGIR(1, 0xe));
    uint64_t want1[4] = { 0, 2, 2, 2 };
    CHECKM("SGI 1 to {1,2,3}", wait_for(want1));
    sgi(SGIR(2, 0) | SGIR_IRM);
    uint64_t want2[4] = { 0, 6, 6, 6 };
    CHECKM("SGI 2 with IRM reaches every other PE", wait_for(want2));
    CHECK_EQM("IRM: not to the sender", mmio_r32(rd + GICR_ISPENDR0) & 0xffff, 0);
    sgi(SGIR(3, 1u << 2));
    uint64_t want3[4] = { 0, 6, 14, 6 };
    CHECKM("SGI 3 to CPU 2 only", wait_for(want3));
    sgi(SGIR(4, (1u << 1) | (1u << 3)));
    uint64_t want4[4] = { 0, 22, 14, 22 };
    CHECKM("SGI 4 to CPUs 1 and 3", wait_for(want4));
    for (int c = 1; c < 4; c++) {
        CHECK_EQM("secondary's SGIs", got[c], want4[c]);
        CHECK_EQM("secondary found its Redistributor", bad[c], 0);
    }
    stop = 1;
    dsb_sy();
    sgi(SGIR(15, 0) | SGIR_IRM);
    for (unsigned c = 1; c < 4; c++)
        smp_wait_off(c);
    return test_done();
}
