/* Cache and TLB-free maintenance with the MMU and caches off (C5.3 DC, IC): DC CIVAC,
 * CVAC, CVAU, IVAC, CVAP, ISW, CSW, CISW and IC IALLU, IALLUIS, IVAU complete without
 * faults or visible effect on memory (memory is Device, nothing is cached; DC IVAC
 * may be performed as clean and invalidate). CTR_EL0 line sizes are sane. */
#include "test.h"

static uint64_t buf[16] __attribute__((aligned(64)));

int main(void)
{
    volatile uint64_t *b = buf;
    for (int i = 0; i < 16; i++)
        b[i] = 0x0101010101010101ULL * (i + 1);

    uint64_t ctr = read_sysreg(ctr_el0);
    unsigned dline = 4 << ((ctr >> 16) & 0xf), iline = 4 << (ctr & 0xf);
    CHECKM("CTR_EL0.DminLine in 16..2048 bytes", dline >= 16 && dline <= 2048);
    CHECKM("CTR_EL0.IminLine in 16..2048 bytes", iline >= 16 && iline <= 2048);
    CHECK_EQM("CTR_EL0 bit 31 (RES1)", (ctr >> 31) & 1, 1);

    asm volatile("dc civac, %0\n\t"
                 "dc cvac, %0\n\t"
                 "dc cvau, %0\n\t"
                 "dc ivac, %0\n\t"
                 "dc isw, xzr\n\t"
                 "dc csw, xzr\n\t"
                 "dc cisw, xzr\n\t"
                 "dsb sy\n\t"
                 "ic iallu\n\t"
                 "ic ialluis\n\t"
                 "ic ivau, %1\n\t"
                 "dsb sy\n\t"
                 "isb" :: "r"(buf), "r"(main) : "memory");
    /* DC CVAP (FEAT_DPB, ID_AA64ISAR1_EL1.DPB != 0): sys #3, c7, c12, #1 */
    if (read_sysreg(id_aa64isar1_el1) & 0xf)
        asm volatile("sys #3, c7, c12, #1, %0" :: "r"(buf) : "memory");
    for (int i = 0; i < 16; i++)
        CHECK_EQM("memory unchanged by maintenance", b[i], 0x0101010101010101ULL * (i + 1));

    /* code still runs after IC IALLU */
    static int counter;
    for (int i = 0; i < 3; i++) {
        asm volatile("ic iallu\n\tdsb sy\n\tisb" ::: "memory");
        counter++;
    }
    CHECK_EQ(counter, 3);
    return test_done();
}
