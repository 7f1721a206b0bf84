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

#define GICD_CTLR_ARE   (1u << 4)
#define GICD_CTLR_DS    (1u << 6)

#define GICR_CTLR       0x0000
#define GICR_TYPER      0x0008
#define GICR_WAKER      0x0014
#define GICR_PIDR2      0xffe8
#define GICR_ISPENDR0   (GICR_SGI + 0x0200)
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

#endif
