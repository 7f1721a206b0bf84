/* Shared support for the EL2/EL1 benchmarks (hvc, mmio, pagewalk): bare metal, entered at
   EL2 with the MMU off by start.S, which calls bench_main. bench_main sets up EL1 (and
   stage 1/stage 2) and calls enter_el1, which does not return: EL1 ends with HVC #1, the
   handler calls finish(checksum), which prints it on the PL011 and does PSCI SYSTEM_OFF. */
#ifndef BENCH_HYP_H
#define BENCH_HYP_H
#include <stdint.h>

#define read_sysreg(r) ({ uint64_t v_; __asm__ volatile("mrs %0, " #r : "=r"(v_)); v_; })
#define write_sysreg(r, v) __asm__ volatile("msr " #r ", %0" :: "r"((uint64_t)(v)))

#define HCR_VM  (1ull << 0)
#define HCR_RW  (1ull << 31)

/* 4K granule, 32-bit input address space (T0SZ = 32): translation starts at level 1
   (4 entries of 1 GiB), then level 2 (2 MiB) and level 3 (4 KiB). */
#define S1_NORMAL   ((0ull << 2) | (3ull << 8) | (1ull << 10))            /* AttrIndx 0, ISH, AF */
#define S1_DEVICE   ((1ull << 2) | (1ull << 10) | (3ull << 53))           /* AttrIndx 1, AF, PXN/UXN */
#define S2_NORMAL   ((0xfull << 2) | (3ull << 6) | (3ull << 8) | (1ull << 10)) /* WB, RW, ISH, AF */
#define MAIR_VALUE  (0xffull | (0x04ull << 8))                            /* 0: normal WB, 1: Device-nGnRE */
#define TCR_VALUE   (32ull | (1ull << 8) | (1ull << 10) | (3ull << 12) | (1ull << 23)) /* T0SZ 32, WB, ISH, EPD1, IPS 32 bits */
#define VTCR_VALUE  ((1ull << 31) | 32ull | (1ull << 6) | (1ull << 8) | (1ull << 10) | (3ull << 12)) /* SL0 = level 1, PS 32 bits */
#define SCTLR_EL1_RES1 0x30d00800ull
#define SCTLR_EL1_MMU  (SCTLR_EL1_RES1 | (1u << 0) | (1u << 2) | (1u << 12))  /* M, C, I */

/* The start of every benchmark's el2_sync_lower (the synchronous exception
   from EL1): anything but an HVC is reported; HVC #n with n != 0 ends the run
   (x0 = checksum); HVC #0 falls through to the benchmark's own handler. */
#define EL2_HVC_ENTRY                                                          \
    "    .text\n"                                                              \
    "    .global el2_sync_lower\n"                                             \
    "el2_sync_lower:\n"                                                        \
    "    mrs     x9, esr_el2\n"                                                \
    "    ubfx    x10, x9, #26, #6\n"                                           \
    "    cmp     x10, #0x16\n"                                                 \
    "    b.ne    el2_bad_lower\n"                                              \
    "    tst     x9, #0xffff\n"                                                \
    "    b.ne    el2_exit\n"

void uart_puts(const char *s);
void put_hex(uint64_t v);
__attribute__((noreturn)) void finish(uint64_t checksum);
__attribute__((noreturn)) void el2_bad(uint64_t vector, uint64_t esr, uint64_t elr, uint64_t far);

uint64_t *table_alloc(void);   /* a zeroed 4 KiB table */
/* Map [va, va+size) to pa: 4 KiB pages if pages, else 1 GiB blocks (both 1 GiB aligned). */
void map_range(uint64_t *l1, uint64_t va, uint64_t pa, uint64_t size, uint64_t attrs, int pages);
void tlb_flush_all(void);

__attribute__((noreturn)) void enter_el1(void (*entry)(void), uint64_t x0, uint64_t x1, uint64_t x2);
#endif
