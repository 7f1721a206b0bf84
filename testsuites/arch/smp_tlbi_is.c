/* TLBI Inner Shareable forms reach every PE (D8.13, "broadcast" TLB maintenance):
 * CPU 1 turns its EL2 MMU on with CPU 0's tables (RAM identity-mapped, VA_Y -> D0)
 * and loads VA_Y, caching the translation.  CPU 0 (MMU off) points VA_Y's
 * descriptor at D1:
 *   without a TLBI, CPU 1 may still see D0 (trapeze and QEMU do: stale entry);
 *   after a TLBI ALLE2 on CPU 0 only (not shareable), CPU 1 may still see D0;
 *   after TLBI ALLE2IS on CPU 0, DSB ISH, CPU 1 must see D1 (after its ISB);
 *   likewise back to D0 with TLBI VAE2IS.
 * TRAPEZE-SMP: 2 */
#include "pt.h"
#include "smp.h"

#define VA_Y UL(0x0000000100000000)

static struct pt p2;
static volatile uint64_t step, seen[8];

static void wait_step(uint64_t s) { smp_wait_step(&step, s); }
static void set_step(uint64_t s) { smp_set_step(&step, s); }

static void secondary(uint64_t ctx)
{
    (void)ctx;
    mmu_el2_on(&p2, 0, 0);
    for (int i = 0; i < 5; i++) {
        __asm__ volatile("isb" ::: "memory");
        seen[i] = *(volatile uint64_t *)VA_Y;
        set_step(2 * i + 1);
        wait_step(2 * i + 2);
    }
    mmu_el2_off();
}

int main(void)
{
    pt_init(&p2, 1, 12, 48, -1);
    pt_map_ram(&p2, PT_EL2_RW);
    pt_fill(PT_DATA(0), 0x100);
    pt_fill(PT_DATA(1), 0x100);
    pt_map_at(&p2, VA_Y, PT_DATA(0), 3, PT_EL2_RW);
    __asm__ volatile("dsb sy" ::: "memory");
    CHECK_EQ(smp_start(1, secondary, 0), PSCI_SUCCESS);
    wait_step(1);                               /* seen[0]: D0, now cached */
    pt_map_at(&p2, VA_Y, PT_DATA(1), 3, PT_EL2_RW);
    __asm__ volatile("dsb ish" ::: "memory");
    set_step(2);
    wait_step(3);                               /* seen[1]: no TLBI */
    __asm__ volatile("tlbi alle2\n\tdsb ish" ::: "memory");
    set_step(4);
    wait_step(5);                               /* seen[2]: local TLBI only */
    __asm__ volatile("tlbi alle2is\n\tdsb ish" ::: "memory");
    set_step(6);
    wait_step(7);                               /* seen[3]: after ALLE2IS */
    pt_map_at(&p2, VA_Y, PT_DATA(0), 3, PT_EL2_RW);
    __asm__ volatile("dsb ish\n\ttlbi vae2is, %0\n\tdsb ish" : : "r"(VA_Y >> 12) : "memory");
    set_step(8);
    wait_step(9);                               /* seen[4]: after VAE2IS */
    set_step(10);
    CHECK_EQM("first load", seen[0], PT_PAT(PT_DATA(0)));
    CHECK_EQM("no TLBI: stale entry", seen[1], PT_PAT(PT_DATA(0)));
    CHECK_EQM("TLBI ALLE2 on CPU 0: CPU 1's entry stays", seen[2], PT_PAT(PT_DATA(0)));
    CHECK_EQM("TLBI ALLE2IS reaches CPU 1", seen[3], PT_PAT(PT_DATA(1)));
    CHECK_EQM("TLBI VAE2IS reaches CPU 1", seen[4], PT_PAT(PT_DATA(0)));
    smp_wait_off(1);
    return test_done();
}
