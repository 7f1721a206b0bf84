/* pagewalk: EL1 with stage 1 and stage 2 on, both with 4 KiB pages (identity over 256 MiB of
   RAM), reads and writes one word in a new 4 KiB page every 6 instructions, sweeping a
   128 MiB region (32768 pages, far more than any TLB holds) ITERATIONS / 32768 times. */
#include "hyp.h"

#ifndef ITERATIONS
#define ITERATIONS (64u * 32768u)
#endif
#define RAM_BASE   0x40000000ull
#define RAM_SIZE   (256ull << 20)
#define REGION     0x44000000ull
#define REGION_END 0x4c000000ull
#define PAGES      ((REGION_END - REGION) / 4096)

__asm__(
    "    .text\n"
    "    .global el2_sync_lower\n"
    "el2_sync_lower:\n"
    "    mrs     x9, esr_el2\n"
    "    ubfx    x10, x9, #26, #6\n"
    "    cmp     x10, #0x16\n"
    "    b.ne    el2_bad_lower\n"
    "    b       el2_exit\n"                /* HVC: done, x0 = checksum */
    /* EL1: x0 = passes, x1 = region start, x2 = region end */
    "el1_pagewalk:\n"
    "    mov     x5, x0\n"
    "    mov     x0, #1\n"
    "    mov     x4, #4096\n"
    "2:  mov     x6, x1\n"
    "1:  ldr     x3, [x6]\n"
    "    add     x0, x0, x3\n"
    "    str     x0, [x6]\n"
    "    add     x6, x6, x4\n"
    "    cmp     x6, x2\n"
    "    b.ne    1b\n"
    "    subs    x5, x5, #1\n"
    "    b.ne    2b\n"
    "    hvc     #1\n"
    "    b       .\n");

extern void el1_pagewalk(void);

void bench_main(void)
{
    for (uint64_t a = REGION; a < REGION_END; a += 4096)
        *(volatile uint64_t *)(uintptr_t)a = a >> 12;

    uint64_t *s2 = table_alloc();
    map_range(s2, RAM_BASE, RAM_BASE, RAM_SIZE, S2_NORMAL, 1);
    uint64_t *s1 = table_alloc();
    map_range(s1, RAM_BASE, RAM_BASE, RAM_SIZE, S1_NORMAL, 1);

    write_sysreg(vttbr_el2, (uint64_t)(uintptr_t)s2);
    write_sysreg(vtcr_el2, VTCR_VALUE);
    write_sysreg(mair_el1, MAIR_VALUE);
    write_sysreg(tcr_el1, TCR_VALUE);
    write_sysreg(ttbr0_el1, (uint64_t)(uintptr_t)s1);
    write_sysreg(sctlr_el1, SCTLR_EL1_MMU);
    write_sysreg(hcr_el2, HCR_RW | HCR_VM);
    __asm__ volatile("isb");
    tlb_flush_all();
    enter_el1(el1_pagewalk, ITERATIONS / PAGES, REGION, REGION_END);
}
