/* The PL011's interrupt end to end: UART -> GIC Distributor (SPI 1, INTID 33) -> CPU
 * interface -> IRQ exception. TXRIS is set by writing a character (the FIFO drains at
 * once; QEMU sets TX on every UARTDR write), UARTIMSC.TXIM unmasks it onto UARTINTR.
 * The SPI is in Group 1 with priority 0x80, routed to this PE (GICD_IROUTER, IRM 0),
 * enabled; the Redistributor is awake, ICC_PMR_EL1 = 0xff, ICC_IGRPEN1_EL1 = 1.
 * HCR_EL2.IMO = 1 routes physical IRQs to EL2, where the test runs, so the IRQ is
 * taken at EL2 (VBAR_EL2 + 0x280, current EL with SP_ELx) once PSTATE.I is clear.
 * Then ICC_IAR1_EL1 gives 33 and makes it active, UARTICR lowers the line (no longer
 * pending), ICC_EOIR1_EL1 (EOImode 0) drops the priority and deactivates it, and
 * ICC_IAR1_EL1 gives 1023 (spurious). IHI 0069 (GICv3), DDI 0183 (PL011).
 */
#include "gic.h"

#define UART_IMSC       0x038
#define UART_RIS        0x03c
#define UART_MIS        0x040
#define UART_ICR        0x044
#define UART_INT_TX     (1u << 5)
#define UART_INT_ALL    0x7ffu

#define UART_INTID      33u
#define UART_BIT        (1u << (UART_INTID % 32))
#define UART_REG(r)     ((r) + 4 * (UART_INTID / 32))   /* the 32-bit register holding 33 */

#define GICD_CTLR_ENABLE_GRP1   (1u << 1)   /* DS = 1 layout */
#define GICD_CTLR_RWP           (1u << 31)
#define ICC_SRE_SRE     BIT(0)
#define ICC_SRE_ENABLE  BIT(3)

static uint32_t pending(void) { return mmio_r32(GICD_BASE + UART_REG(GICD_ISPENDR)) & UART_BIT; }
static uint32_t active(void) { return mmio_r32(GICD_BASE + UART_REG(GICD_ISACTIVER)) & UART_BIT; }

static void gicd_wait_rwp(void)
{
    for (unsigned i = 0; i < 100000 && (mmio_r32(GICD_BASE + GICD_CTLR) & GICD_CTLR_RWP); i++)
        ;
}

int main(void)
{
    uint64_t rd = gicr_this_pe();
    CHECKM("a Redistributor matches MPIDR_EL1", rd != 0);
    if (!rd)
        return test_done();

    /* UART: masked, cleared; a character sets TXRIS but not the line */
    mmio_w32(UART_BASE + UART_IMSC, 0);
    mmio_w32(UART_BASE + UART_ICR, UART_INT_ALL);
    CHECK_EQM("RIS.TX after ICR", mmio_r32(UART_BASE + UART_RIS) & UART_INT_TX, 0);
    uart_putc('.');
    CHECK_EQM("RIS.TX after a character", mmio_r32(UART_BASE + UART_RIS) & UART_INT_TX, UART_INT_TX);
    CHECK_EQM("MIS.TX masked", mmio_r32(UART_BASE + UART_MIS) & UART_INT_TX, 0);

    /* Distributor: affinity routing, Group 1 enabled; SPI 33 Group 1, level, prio 0x80, to this PE */
    mmio_w32(GICD_BASE + GICD_CTLR, mmio_r32(GICD_BASE + GICD_CTLR) | GICD_CTLR_ARE | GICD_CTLR_ENABLE_GRP1);
    gicd_wait_rwp();
    mmio_w32(GICD_BASE + UART_REG(GICD_IGROUPR), mmio_r32(GICD_BASE + UART_REG(GICD_IGROUPR)) | UART_BIT);
    mmio_w8(GICD_BASE + GICD_IPRIORITYR + UART_INTID, 0x80);
    mmio_w32(GICD_BASE + GICD_ICFGR + 4 * (UART_INTID / 16),
             mmio_r32(GICD_BASE + GICD_ICFGR + 4 * (UART_INTID / 16)) & ~(2u << 2 * (UART_INTID % 16)));
    uint64_t mpidr = read_sysreg(mpidr_el1);
    mmio_w64(GICD_BASE + GICD_IROUTER + 8 * UART_INTID, (mpidr & 0xffffff) | (mpidr & (0xffULL << 32)));
    mmio_w32(GICD_BASE + UART_REG(GICD_ISENABLER), UART_BIT);
    gicd_wait_rwp();
    CHECKM("SPI 33 enabled", (mmio_r32(GICD_BASE + UART_REG(GICD_ISENABLER)) & UART_BIT) != 0);
    CHECK_EQM("not pending while IMSC masks TX", pending(), 0);

    /* Redistributor awake */
    mmio_w32(rd + GICR_WAKER, mmio_r32(rd + GICR_WAKER) & ~GICR_WAKER_PS);
    for (unsigned i = 0; i < 100000 && (mmio_r32(rd + GICR_WAKER) & GICR_WAKER_CA); i++)
        ;
    CHECK_EQM("GICR_WAKER.ChildrenAsleep", mmio_r32(rd + GICR_WAKER) & GICR_WAKER_CA, 0);

    /* CPU interface: system registers, all priorities, Group 1 on */
    write_sysreg(icc_sre_el2, read_sysreg(icc_sre_el2) | ICC_SRE_SRE | ICC_SRE_ENABLE);
    isb();
    write_sysreg(icc_pmr_el1, 0xff);
    write_sysreg(icc_igrpen1_el1, 1);
    isb();
    uint64_t hcr = read_sysreg(hcr_el2);
    write_sysreg(hcr_el2, hcr | HCR_IMO);
    isb();

    /* unmask TX in the UART: the line rises, SPI 33 pending */
    mmio_w32(UART_BASE + UART_IMSC, UART_INT_TX);
    CHECK_EQM("MIS.TX", mmio_r32(UART_BASE + UART_MIS) & UART_INT_TX, UART_INT_TX);
    uint32_t p = 0;
    for (unsigned i = 0; i < 100000 && !p; i++)
        p = pending();
    CHECKM("SPI 33 pending with TXIM set", p != 0);

    /* take it at EL2 */
    exc_expect();
    asm volatile("msr daifclr, #2\n\tisb" ::: "memory");
    for (unsigned i = 0; i < 1000000 && !exc_last.taken; i++)
        asm volatile("nop" ::: "memory");
    asm volatile("msr daifset, #2\n\tisb" ::: "memory");
    CHECK_EQM("IRQ taken", exc_last.taken, 1);
    CHECK_EQM("target EL", exc_last.el, 2);
    CHECK_EQM("vector offset (current EL, SP_ELx, IRQ)", exc_last.vec, VEC_CUR_SPX + VEC_IRQ);
    exc_disarm();

    /* acknowledge, clear at the source, end */
    uint64_t iar = read_sysreg(icc_iar1_el1);
    CHECK_EQM("ICC_IAR1_EL1", iar, UART_INTID);
    CHECKM("active after the acknowledge", active() != 0);
    mmio_w32(UART_BASE + UART_ICR, UART_INT_TX);
    CHECK_EQM("MIS after UARTICR", mmio_r32(UART_BASE + UART_MIS), 0);
    p = 1;
    for (unsigned i = 0; i < 100000 && p; i++)
        p = pending();
    CHECK_EQM("not pending after UARTICR", p, 0);
    write_sysreg(icc_eoir1_el1, iar);
    isb();
    CHECK_EQM("not active after the EOI", active(), 0);
    CHECK_EQM("ICC_IAR1_EL1 with nothing pending", read_sysreg(icc_iar1_el1), INTID_SPURIOUS);

    /* nothing more is taken once unmasked */
    exc_expect();
    asm volatile("msr daifclr, #2\n\tisb\n\tnop\n\tnop\n\tmsr daifset, #2\n\tisb" ::: "memory");
    CHECK_EQM("no second IRQ", exc_last.taken, 0);
    exc_disarm();

    mmio_w32(UART_BASE + UART_IMSC, 0);
    mmio_w32(GICD_BASE + UART_REG(GICD_ICENABLER), UART_BIT);
    write_sysreg(icc_igrpen1_el1, 0);
    write_sysreg(hcr_el2, hcr);
    isb();
    return test_done();
}
