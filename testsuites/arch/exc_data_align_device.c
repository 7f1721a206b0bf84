/* With the MMU off, data accesses are to Device-nGnRnE memory
 * (AArch64.S1DisabledOutput), and an unaligned access to Device memory takes an
 * Alignment fault even with SCTLR_ELx.A = 0 (B2.5.2, "Alignment of data accesses"):
 * Data Abort, DFSC 0x21, FAR = the address, WnR for stores. At EL2 (EC 0x25) and at
 * EL0 with the EL1&0 stage 1 off (EC 0x24 to EL1).
 *
 * QEMU-DEVIATION: QEMU 7.2 does not apply the memory-type alignment check when
 * translation is disabled (fixed in QEMU 9.0, "target/arm: Do memory type alignment
 * check when translation disabled"), so these accesses succeed there and the test
 * fails on QEMU 7.2. */
#include "test.h"

static uint64_t buf[4] __attribute__((aligned(16)));
extern char dd_ldr[], dd_ldrw[], dd_ldrh[], dd_str[], dd_ldr0[];

static uint64_t at_el0(uint64_t p)
{
    uint64_t v;
    asm volatile("mov x4, #0x5a\ndd_ldr0: ldr w4, [%1]\n\tmov %0, x4" : "=r"(v) : "r"(p) : "x4", "memory");
    return v;
}

int main(void)
{
    uint64_t b = (uint64_t)buf, v;
    CHECK_EQM("SCTLR_EL2.A", read_sysreg(sctlr_el2) & SCTLR_A, 0);
    CHECK_EQM("SCTLR_EL1.A", read_sysreg(sctlr_el1) & SCTLR_A, 0);

    exc_expect();
    asm volatile("dd_ldr: ldr %0, [%1]" : "=r"(v) : "r"(b + 4) : "memory");
    CHECK_DABT(2, EC_DABT_CUR, FSC_ALIGNMENT, dd_ldr);
    CHECK_EQM("FAR_EL2", exc_last.far, b + 4);

    exc_expect();
    asm volatile("dd_ldrw: ldr %w0, [%1]" : "=r"(v) : "r"(b + 2) : "memory");
    CHECK_DABT(2, EC_DABT_CUR, FSC_ALIGNMENT, dd_ldrw);
    CHECK_EQM("FAR_EL2", exc_last.far, b + 2);

    exc_expect();
    asm volatile("dd_ldrh: ldrh %w0, [%1]" : "=r"(v) : "r"(b + 1) : "memory");
    CHECK_DABT(2, EC_DABT_CUR, FSC_ALIGNMENT, dd_ldrh);

    exc_expect();
    asm volatile("dd_str: str %0, [%1]" :: "r"(0x1234ULL), "r"(b + 12) : "memory");
    CHECK_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_ALIGNMENT, dd_str);
    CHECK_EQM("FAR_EL2", exc_last.far, b + 12);

    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el0(at_el0, b + 6), 0x5a);
    CHECK_EXC(1, EC_DABT_LOW, FSC_ALIGNMENT, dd_ldr0);
    CHECK_EQM("FAR_EL1", exc_last.far, b + 6);
    exc_disarm();
    return test_done();
}
