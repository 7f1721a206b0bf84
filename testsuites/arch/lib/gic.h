/* Helpers for the GICv3 tests (gic_*): the Distributor and Redistributor
 * frames of the virt board and their register offsets (IHI 0069, chapter 12),
 * accessed with single aligned loads and stores (the MMU is off: Device memory). */
#ifndef TRAPEZE_ARCH_GIC_H
#define TRAPEZE_ARCH_GIC_H

#include "test.h"

#define GICD_BASE       0x08000000UL
#define GICR_BASE       0x080a0000UL
#define GICR_STRIDE     0x20000UL
#define GICR_SGI        0x10000UL

#define GICD_CTLR       0x0000
#define GICD_TYPER      0x0004
#define GICD_IIDR       0x0008
#define GICD_IGROUPR    0x0080
#define GICD_ISENABLER  0x0100
#define GICD_ICENABLER  0x0180
#define GICD_ISPENDR    0x0200
#define GICD_ICPENDR    0x0280
#define GICD_ISACTIVER  0x0300
#define GICD_ICACTIVER  0x0380
#define GICD_IPRIORITYR 0x0400
#define GICD_ICFGR      0x0c00
#define GICD_IROUTER    0x6000
#define GICD_PIDR2      0xffe8
#define GICD_CIDR0      0xfff0

#define GICD_CTLR_EnableGrp0 (1u << 0)
#define GICD_CTLR_EnableGrp1 (1u << 1)
#define GICD_CTLR_ARE   (1u << 4)
#define GICD_CTLR_DS    (1u << 6)

#define GICR_CTLR       0x0000
#define GICR_TYPER      0x0008
#define GICR_WAKER      0x0014
#define GICR_PIDR2      0xffe8
#define GICR_IGROUPR0   (GICR_SGI + 0x0080)
#define GICR_ISENABLER0 (GICR_SGI + 0x0100)
#define GICR_ICENABLER0 (GICR_SGI + 0x0180)
#define GICR_ISPENDR0   (GICR_SGI + 0x0200)
#define GICR_ICPENDR0   (GICR_SGI + 0x0280)
#define GICR_ISACTIVER0 (GICR_SGI + 0x0300)
#define GICR_ICACTIVER0 (GICR_SGI + 0x0380)
#define GICR_IPRIORITYR (GICR_SGI + 0x0400)
#define GICR_TYPER_LAST (1ULL << 4)
#define GICR_WAKER_PS   (1u << 1)
#define GICR_WAKER_CA   (1u << 2)

static inline uint32_t mmio_r32(uint64_t a) { return *(volatile uint32_t *)a; }
static inline void mmio_w32(uint64_t a, uint32_t v) { *(volatile uint32_t *)a = v; }
static inline uint64_t mmio_r64(uint64_t a) { return *(volatile uint64_t *)a; }
static inline void mmio_w64(uint64_t a, uint64_t v) { *(volatile uint64_t *)a = v; }
static inline uint8_t mmio_r8(uint64_t a) { return *(volatile uint8_t *)a; }
static inline void mmio_w8(uint64_t a, uint8_t v) { *(volatile uint8_t *)a = v; }

/* MPIDR_EL1 affinity in the GICR_TYPER.Affinity_Value layout: Aff3.Aff2.Aff1.Aff0. */
static inline uint32_t gic_mpidr_affinity(void)
{
    uint64_t m = read_sysreg(mpidr_el1);
    return (uint32_t)((m & 0xffffff) | ((m >> 32) & 0xff) << 24);
}

/* This PE's Redistributor, found as Linux does (gic_iterate_rdists): walk the
 * frames from GICR_BASE until GICR_TYPER.Last; the one whose Affinity_Value is
 * MPIDR_EL1's. 0 if none matches. */
static inline uint64_t gicr_this_pe(void)
{
    uint32_t aff = gic_mpidr_affinity();
    uint64_t rd = 0, base = GICR_BASE;
    for (unsigned i = 0; i < 123; i++, base += GICR_STRIDE) {
        uint64_t typer = mmio_r64(base + GICR_TYPER);
        if ((uint32_t)(typer >> 32) == aff && !rd)
            rd = base;
        if (typer & GICR_TYPER_LAST)
            break;
    }
    return rd;
}

/* ---- the CPU interface (ICC_* system registers, IHI 0069 12.2) ---- */
#define INTID_SPURIOUS  1023
#define ICC_CTLR_EOImode BIT(1)
#define ICC_CTLR_CBPR   BIT(0)
static inline uint64_t icc_iar1(void) { uint64_t v = read_sysreg(icc_iar1_el1); dsb_sy(); return v; }
static inline uint64_t icc_iar0(void) { uint64_t v = read_sysreg(icc_iar0_el1); dsb_sy(); return v; }
/* ICC_IAR1_EL1 until it gives an interrupt (QEMU updates its CPU interface
 * late), at most a million reads: the INTID, or 1023. */
static inline uint64_t icc_iar1_wait(void)
{
    uint64_t id = INTID_SPURIOUS;
    for (unsigned long i = 0; i < 1000000UL && id == INTID_SPURIOUS; i++)
        id = icc_iar1();
    return id;
}
static inline void icc_eoir1(uint64_t id) { write_sysreg(icc_eoir1_el1, id); isb(); }
static inline void icc_eoir0(uint64_t id) { write_sysreg(icc_eoir0_el1, id); isb(); }
static inline void icc_dir(uint64_t id) { write_sysreg(icc_dir_el1, id); isb(); }
/* ICC_SGI1R_EL1 / SGI0R_EL1 value: INTID [27:24], TargetList [15:0] (Aff1..3 = 0). */
#define SGIR(intid, targets) (((uint64_t)(intid) << 24) | (targets))
#define SGIR_IRM BIT(40)

/* Bring up the GIC as Linux's driver does, for the PE this runs on: Distributor
 * with affinity routing and both groups enabled, this PE's Redistributor awake,
 * every SGI/PPI disabled and inactive, the CPU interface with the system registers,
 * priority mask 0xff (all), binary points at their minimum, both group enables.
 * Physical IRQ/FIQ are taken at EL2 only with HCR_EL2.IMO/FMO, which the caller sets.
 * Returns this PE's Redistributor (0: none found). */
static inline uint64_t gic_setup(void)
{
    mmio_w32(GICD_BASE + GICD_CTLR, GICD_CTLR_ARE | GICD_CTLR_EnableGrp0 | GICD_CTLR_EnableGrp1);
    uint64_t rd = gicr_this_pe();
    if (!rd)
        return 0;
    mmio_w32(rd + GICR_WAKER, mmio_r32(rd + GICR_WAKER) & ~GICR_WAKER_PS);
    for (unsigned i = 0; i < 1000 && (mmio_r32(rd + GICR_WAKER) & GICR_WAKER_CA); i++)
        ;
    mmio_w32(rd + GICR_ICENABLER0, ~0u);
    mmio_w32(rd + GICR_ICPENDR0, ~0u);
    mmio_w32(rd + GICR_ICACTIVER0, ~0u);
    mmio_w32(rd + GICR_IGROUPR0, ~0u);
    write_sysreg(icc_sre_el2, read_sysreg(icc_sre_el2) | 0xf);
    isb();
    write_sysreg(icc_pmr_el1, 0xff);
    write_sysreg(icc_bpr0_el1, 0);
    write_sysreg(icc_bpr1_el1, 0);
    write_sysreg(icc_ctlr_el1, 0);
    write_sysreg(icc_igrpen0_el1, 1);
    write_sysreg(icc_igrpen1_el1, 1);
    isb();
    return rd;
}

/* gic_setup() for a test running at EL2: the test ends there (failed) if no
 * Redistributor matches this PE; hcr_bits (HCR_EL2.IMO, FMO) are set so that
 * physical interrupts are taken at EL2. */
static inline uint64_t gic_test_setup(uint64_t hcr_bits)
{
    uint64_t rd = gic_setup();
    CHECKM("a Redistributor matches MPIDR_EL1", rd != 0);
    if (!rd)
        semi_exit(test_done());
    write_sysreg(hcr_el2, read_sysreg(hcr_el2) | hcr_bits);
    isb();
    return rd;
}

/* An SGI or PPI of this PE: priority, group (1 or 0), enabled. */
static inline void gic_private_irq(uint64_t rd, unsigned intid, uint8_t prio, int group1)
{
    mmio_w8(rd + GICR_IPRIORITYR + intid, prio);
    uint32_t g = mmio_r32(rd + GICR_IGROUPR0);
    mmio_w32(rd + GICR_IGROUPR0, group1 ? g | (1u << intid) : g & ~(1u << intid));
    mmio_w32(rd + GICR_ISENABLER0, 1u << intid);
    dsb_sy();
}

/* An SPI routed to this PE (GICD_IROUTER = its affinity), Group 1, enabled. */
static inline void gic_spi(unsigned intid, uint8_t prio)
{
    uint64_t m = read_sysreg(mpidr_el1);
    mmio_w64(GICD_BASE + GICD_IROUTER + 8 * intid, (m & 0xffffff) | (m & 0xff00000000ULL));
    mmio_w8(GICD_BASE + GICD_IPRIORITYR + intid, prio);
    mmio_w32(GICD_BASE + GICD_IGROUPR + 4 * (intid / 32),
             mmio_r32(GICD_BASE + GICD_IGROUPR + 4 * (intid / 32)) | (1u << (intid % 32)));
    mmio_w32(GICD_BASE + GICD_ISENABLER + 4 * (intid / 32), 1u << (intid % 32));
    dsb_sy();
}

/* Open PSTATE.I (or F) for a while and see whether an interrupt comes: the
 * exception capture (exc_expect) records it and returns with the mask set in SPSR.
 * Returns the number of interrupts taken (0 or 1). */
static inline uint64_t irq_window(int fiq)
{
    exc_expect();
    if (fiq)
        asm volatile("msr daifclr, #1\n\tisb" ::: "memory");
    else
        asm volatile("msr daifclr, #2\n\tisb" ::: "memory");
    for (volatile int i = 0; i < 1000 && !exc_last.taken; i++)
        ;
    asm volatile("msr daifset, #3\n\tisb" ::: "memory");
    exc_disarm();
    return exc_last.taken;
}

#endif
