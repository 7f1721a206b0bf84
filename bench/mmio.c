/* mmio: EL1 under EL2 with stage 1 and stage 2 on. Stage 2 maps RAM (1 GiB block at IPA
   0x4000_0000, identity) and nothing at IPA 0 - 1 GiB, so a device at DEV_BASE traps.
   EL1 maps both identity (the device as Device-nGnRE) and stores to the device in a loop:
   ITERATIONS stores, half 64-bit to 8 registers, half 32-bit to a ninth.
   The EL2 handler saves the guest's registers, checks EC 0x24 and ISV, decodes SRT, SAS and
   WnR, rebuilds the IPA from HPFAR_EL2 and FAR_EL2, emulates the device register (adds the
   stored value into dev[] indexed by the IPA's low bits), advances ELR_EL2 by 4 and ERETs. */
#include "hyp.h"

#ifndef ITERATIONS
#define ITERATIONS 500000
#endif
#define DEV_BASE 0x30000000ull

static uint64_t dev[16];
static uint64_t dev_accesses;

__asm__(
    "    .text\n"
    "    .global el2_sync_lower\n"
    "el2_sync_lower:\n"
    "    sub     sp, sp, #256\n"
    "    stp     x0, x1, [sp, #0]\n"
    "    stp     x2, x3, [sp, #16]\n"
    "    stp     x4, x5, [sp, #32]\n"
    "    stp     x6, x7, [sp, #48]\n"
    "    stp     x8, x9, [sp, #64]\n"
    "    stp     x10, x11, [sp, #80]\n"
    "    stp     x12, x13, [sp, #96]\n"
    "    stp     x14, x15, [sp, #112]\n"
    "    stp     x16, x17, [sp, #128]\n"
    "    stp     x18, x19, [sp, #144]\n"
    "    stp     x20, x21, [sp, #160]\n"
    "    stp     x22, x23, [sp, #176]\n"
    "    stp     x24, x25, [sp, #192]\n"
    "    stp     x26, x27, [sp, #208]\n"
    "    stp     x28, x29, [sp, #224]\n"
    "    str     x30, [sp, #240]\n"
    "    mov     x0, sp\n"
    "    bl      mmio_trap\n"
    "    ldp     x0, x1, [sp, #0]\n"
    "    ldp     x2, x3, [sp, #16]\n"
    "    ldp     x4, x5, [sp, #32]\n"
    "    ldp     x6, x7, [sp, #48]\n"
    "    ldp     x8, x9, [sp, #64]\n"
    "    ldp     x10, x11, [sp, #80]\n"
    "    ldp     x12, x13, [sp, #96]\n"
    "    ldp     x14, x15, [sp, #112]\n"
    "    ldp     x16, x17, [sp, #128]\n"
    "    ldp     x18, x19, [sp, #144]\n"
    "    ldp     x20, x21, [sp, #160]\n"
    "    ldp     x22, x23, [sp, #176]\n"
    "    ldp     x24, x25, [sp, #192]\n"
    "    ldp     x26, x27, [sp, #208]\n"
    "    ldp     x28, x29, [sp, #224]\n"
    "    ldr     x30, [sp, #240]\n"
    "    add     sp, sp, #256\n"
    "    eret\n"
    /* EL1: x0 = number of loop iterations (2 stores each), x1 = device base */
    "el1_mmio_loop:\n"
    "    mov     x2, x0\n"
    "    ldr     x6, =0x9e3779b97f4a7c15\n"
    "1:  and     x4, x2, #7\n"
    "    mul     x5, x2, x6\n"
    "    str     x5, [x1, x4, lsl #3]\n"   /* 64-bit, register (i & 7) */
    "    str     w2, [x1, #64]\n"          /* 32-bit, register 8 */
    "    subs    x2, x2, #1\n"
    "    b.ne    1b\n"
    "    hvc     #1\n"
    "    b       .\n");

extern void el1_mmio_loop(void);

static uint64_t checksum(void)
{
    uint64_t h = dev_accesses;
    for (unsigned i = 0; i < 16; i++)
        h = (h ^ dev[i]) * 0xff51afd7ed558ccdull;
    return h;
}

void mmio_trap(uint64_t *regs)
{
    uint64_t esr = read_sysreg(esr_el2);
    unsigned ec = (esr >> 26) & 0x3f;
    if (ec == 0x16 && (esr & 0xffff) == 1)
        finish(checksum());
    if (ec != 0x24 || !(esr & (1u << 24)))                 /* data abort, lower EL; ISV */
        el2_bad(0x400, esr, read_sysreg(elr_el2), read_sysreg(far_el2));
    unsigned sas = (esr >> 22) & 3, srt = (esr >> 16) & 31, wnr = (esr >> 6) & 1;
    uint64_t ipa = ((read_sysreg(hpfar_el2) & 0x00000ffffffffff0ull) << 8) |
                   (read_sysreg(far_el2) & 0xfff);
    if (ipa - DEV_BASE >= 0x1000)
        el2_bad(0x400, esr, read_sysreg(elr_el2), read_sysreg(far_el2));
    uint64_t mask = sas == 3 ? ~0ull : (1ull << (8u << sas)) - 1;
    unsigned reg = (ipa >> 3) & 15;
    if (wnr)
        dev[reg] += (srt == 31 ? 0 : regs[srt]) & mask;
    else if (srt != 31)
        regs[srt] = dev[reg] & mask;
    dev_accesses++;
    write_sysreg(elr_el2, read_sysreg(elr_el2) + 4);
}

void bench_main(void)
{
    for (unsigned i = 0; i < 16; i++)
        dev[i] = 0;
    dev_accesses = 0;

    uint64_t *s2 = table_alloc();
    map_range(s2, 0x40000000, 0x40000000, 1ull << 30, S2_NORMAL, 0);   /* RAM; IPA 0-1G unmapped */
    uint64_t *s1 = table_alloc();
    map_range(s1, 0x40000000, 0x40000000, 1ull << 30, S1_NORMAL, 0);
    map_range(s1, 0, 0, 1ull << 30, S1_DEVICE, 0);                      /* the device, identity */

    write_sysreg(vttbr_el2, (uint64_t)(uintptr_t)s2);
    write_sysreg(vtcr_el2, VTCR_VALUE);
    write_sysreg(mair_el1, MAIR_VALUE);
    write_sysreg(tcr_el1, TCR_VALUE);
    write_sysreg(ttbr0_el1, (uint64_t)(uintptr_t)s1);
    write_sysreg(sctlr_el1, SCTLR_EL1_MMU);
    write_sysreg(hcr_el2, HCR_RW | HCR_VM);
    __asm__ volatile("isb");
    tlb_flush_all();
    enter_el1(el1_mmio_loop, ITERATIONS / 2, DEV_BASE, 0);
}
