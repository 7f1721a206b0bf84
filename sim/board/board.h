/* The board: QEMU `virt`-compatible memory map, RAM and flash, the MMIO bus
   with its devices, the CPUs, and the built-in firmware services. */
#ifndef TRAPEZE_BOARD_H
#define TRAPEZE_BOARD_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "sim/cpu.h"

/* Memory map (DESIGN.md; hw/arm/virt.c in QEMU). */
#define VIRT_FLASH_BASE     0x00000000ull
#define VIRT_FLASH_SIZE     0x08000000ull
#define VIRT_GIC_DIST_BASE  0x08000000ull
#define VIRT_GIC_REDIST_BASE 0x080a0000ull
#define VIRT_UART_BASE      0x09000000ull
#define VIRT_RTC_BASE       0x09010000ull
#define VIRT_MMIO_BASE      0x0a000000ull
#define VIRT_RAM_BASE       0x40000000ull

/* A device on the MMIO bus (STYLE.md, convention 12). Offsets are from base.
   The board owns opaque (allocated with malloc) and frees it. */
typedef struct DeviceOps {
    uint64_t (*read)(void *opaque, uint64_t offset, unsigned size);
    void (*write)(void *opaque, uint64_t offset, unsigned size, uint64_t value);
    void (*reset)(void *opaque);
} DeviceOps;

typedef struct Device {
    const char *name;
    uint64_t base, size;
    const DeviceOps *ops;
    void *opaque;
} Device;

/* RAM or ROM backed by host memory, with its decoded-instruction pages. */
typedef struct MemRegion {
    const char *name;
    uint64_t base, size;
    uint8_t *host;
    bool readonly;
    DecodedPage **dpages;       /* one per 4 KiB page, allocated on first fetch */
    uint8_t *page_flags;        /* PAGE_FLAG_*: stores to the page take the slow path */
} MemRegion;

enum {
    PAGE_FLAG_CODE = 1u << 0,       /* the page has a decoded page */
    PAGE_FLAG_EXCLUSIVE = 1u << 1,  /* a PE took a reservation in it (sim/smp.h) */
};

typedef struct BoardConfig {
    uint64_t ram_size;
    int smp;
    bool virtualization;        /* EL2 implemented */
    const CPUModel *cpu_model;
    bool semihosting;
    const char *semihosting_cmdline;
    uint64_t max_insns;         /* 0: no limit */
} BoardConfig;

enum { BOARD_MAX_DEVICES = 16, BOARD_MAX_CPUS = 8 };

struct Board {
    BoardConfig cfg;
    MemRegion ram, flash;
    Device devices[BOARD_MAX_DEVICES];
    int ndevices;
    CPUState *cpus[BOARD_MAX_CPUS];
    int ncpus;
    struct PL011 *uart;
    struct Gic *gic;            /* gic/gic.h */
    int input_fd;               /* the UART's host input, -1 if none (sim/smp.c polls it) */
    uint64_t heap_base, heap_limit, stack_base, stack_limit;  /* SYS_HEAPINFO */
};

Board *board_create(const BoardConfig *cfg);
void board_destroy(Board *b);
void board_reset(Board *b);
void board_add_device(Board *b, const char *name, uint64_t base, uint64_t size,
                      const DeviceOps *ops, void *opaque);

/* The host-memory region holding [pa, pa+len), or NULL. */
MemRegion *board_region(Board *b, uint64_t pa, uint64_t len);
static inline uint8_t *region_host(MemRegion *r, uint64_t pa) { return r->host + (pa - r->base); }
/* MMIO: false when no device is there (the access takes an external abort). */
bool board_mmio_read(Board *b, uint64_t pa, unsigned size, uint64_t *value);
bool board_mmio_write(Board *b, uint64_t pa, unsigned size, uint64_t value);

/* The decoded page of the code page holding pa (created on first use). */
DecodedPage *board_decoded_page(Board *b, MemRegion *r, uint64_t pa);
/* A store hit a page with decoded instructions: drop the ones it overwrote. */
void board_code_written(Board *b, MemRegion *r, uint64_t pa, unsigned len);
/* A store of len bytes at pa by writer hit a page with page_flags set: drop
   the decoded instructions it overwrote, clear the exclusive reservations of
   other PEs it overlaps (the global monitor, sim/smp.h). */
void board_page_written(Board *b, MemRegion *r, uint64_t pa, unsigned len, const CPUState *writer);
static inline bool board_page_flagged(const MemRegion *r, uint64_t pa)
{
    return r->page_flags[(pa - r->base) >> PAGE_BITS] != 0;
}
/* Copy bytes into guest physical memory (loader); false if outside RAM/flash. */
bool board_load(Board *b, uint64_t pa, const void *data, uint64_t len);

/* The built-in firmware (sim/board/psci.c), called for SMC (with EL2) or HVC
   (without): answers in X0, or stops the run (SYSTEM_OFF, SYSTEM_RESET). */
void psci_call(CPUState *cpu);
/* Semihosting (sim/board/semihosting.c): HLT #0xF000. */
void semihosting_call(CPUState *cpu);

/* PL011 (sim/board/pl011.c) */
struct PL011 *pl011_create(Board *b, uint64_t base, FILE *out, int in_fd);
/* Read input that has arrived (without blocking), flush pending output, and
   drive the interrupt line (SPI 1, INTID 33) of b->uart: call it from the
   run loop every so often, so that input raises RXRIS while the guest does
   not touch the UART (it waits in WFI for the interrupt). */
void pl011_poll(Board *b);

#endif
