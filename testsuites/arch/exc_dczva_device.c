/* DC ZVA with the MMU off: memory is Device, and DC ZVA to any Device memory generates
 * an Alignment fault (C5.3.x DC ZVA; B2.x "Device memory"): Data Abort, DFSC 0x21,
 * WnR = 1, CM = 0, FAR within the block, ELR = the DC ZVA, memory not zeroed. At EL2
 * (EC 0x25), EL1 (EC 0x25 to EL1) and EL0 (EC 0x24 to EL1). DCZID_EL0: DZP = 0.
 *
 * QEMU-DEVIATION: QEMU 7.2 zeroes the block and does not check the memory type when
 * translation is disabled (see also exc_data_align_device), so this test fails there. */
#include "test.h"

static uint64_t buf[256] __attribute__((aligned(2048)));
extern char zva_el2[], zva_el1[], zva_el0[];

static uint64_t at_el1(uint64_t p) { asm volatile("zva_el1: dc zva, %0" :: "r"(p) : "memory"); return 0; }
static uint64_t at_el0(uint64_t p) { asm volatile("zva_el0: dc zva, %0" :: "r"(p) : "memory"); return 0; }
static volatile struct exc_record rec1;
static uint64_t at_el1_capture(uint64_t p) { exc_expect(); at_el1(p); rec1 = exc_last; return 0; }

static int all_ones(unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        if (((volatile uint64_t *)buf)[i] != ~0ULL)
            return 0;
    return 1;
}

int main(void)
{
    uint64_t dczid = read_sysreg(dczid_el0);
    CHECK_EQM("DCZID_EL0.DZP", (dczid >> 4) & 1, 0);
    unsigned bs = 4u << (dczid & 0xf);           /* block size in bytes */
    CHECKM("DC ZVA block fits the buffer", bs <= sizeof buf);
    uint64_t b = (uint64_t)buf;
    for (unsigned i = 0; i < 256; i++)
        ((volatile uint64_t *)buf)[i] = ~0ULL;

    exc_expect();
    asm volatile("zva_el2: dc zva, %0" :: "r"(b) : "memory");
    CHECK_EXC(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_ALIGNMENT, zva_el2);
    CHECKM("FAR_EL2 inside the block", exc_last.far - b < bs);
    CHECKM("memory not zeroed (EL2)", all_ones(bs / 8));

    run_at_el1(at_el1_capture, b);
    exc_last = rec1;
    CHECK_EXC(1, EC_DABT_CUR, ISS_DABT_WNR | FSC_ALIGNMENT, zva_el1);
    CHECKM("FAR_EL1 inside the block", exc_last.far - b < bs);
    CHECKM("memory not zeroed (EL1)", all_ones(bs / 8));

    exc_expect();
    run_at_el0(at_el0, b + 8);                  /* any address in the block */
    CHECK_EXC(1, EC_DABT_LOW, ISS_DABT_WNR | FSC_ALIGNMENT, zva_el0);
    CHECKM("FAR_EL1 inside the block", exc_last.far - b < bs);
    CHECKM("memory not zeroed (EL0)", all_ones(bs / 8));
    exc_disarm();
    return test_done();
}
