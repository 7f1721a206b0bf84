/* Data Abort, Alignment fault (DFSC 0x21) from alignment checking that applies to all
 * memory types: SCTLR_EL2.A = 1 at EL2 (EC 0x25), SCTLR_EL1.A = 1 at EL0 (EC 0x24 to
 * EL1), and load-exclusive to an unaligned address whatever SCTLR.A is (the
 * store-exclusive case is exc_stxr_align). ISS: WnR = 1 for stores, DFSC; FAR = the
 * accessed address, ELR = the instruction, the destination register is unchanged.
 * ISV for aborts taken to EL2 is checked by exc_dabt_isv. */
#include "test.h"

static uint64_t buf[4] __attribute__((aligned(16)));
extern char da_ldr[], da_str[], da_ldrh0[], da_ldxr[], da_ldaxr[];

static uint64_t at_el0(uint64_t p)
{
    uint64_t v;
    asm volatile("mov x4, #0x5a\n"
                 "da_ldrh0: ldrh w4, [%1]\n\t"
                 "mov %0, x4" : "=r"(v) : "r"(p) : "x4", "memory");
    return v;
}

int main(void)
{
    uint64_t b = (uint64_t)buf, v, sctlr2 = read_sysreg(sctlr_el2);

    exc_expect();
    asm volatile("msr sctlr_el2, %[a]\n\tisb\n\t"
                 "mov x3, #0x77\n"
                 "da_ldr: ldr x3, [%[p]]\n\t"
                 "msr sctlr_el2, %[o]\n\tisb\n\t"
                 "mov %[v], x3"
                 : [v] "=r"(v) : [a] "r"(sctlr2 | SCTLR_A), [o] "r"(sctlr2), [p] "r"(b + 4)
                 : "x3", "memory");
    CHECK_DABT(2, EC_DABT_CUR, FSC_ALIGNMENT, da_ldr);
    CHECK_EQM("FAR_EL2", exc_last.far, b + 4);
    CHECK_EQM("Xt unchanged", v, 0x77);

    exc_expect();
    asm volatile("msr sctlr_el2, %[a]\n\tisb\n"
                 "da_str: str %w[x], [%[p]]\n\t"
                 "msr sctlr_el2, %[o]\n\tisb"
                 :: [a] "r"(sctlr2 | SCTLR_A), [o] "r"(sctlr2), [p] "r"(b + 2), [x] "r"(0ULL)
                 : "memory");
    CHECK_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_ALIGNMENT, da_str);
    CHECK_EQM("FAR_EL2", exc_last.far, b + 2);
    CHECK_EQM("memory not written", ((volatile uint64_t *)buf)[0], 0);

    uint64_t sctlr1 = read_sysreg(sctlr_el1);
    write_sysreg(sctlr_el1, sctlr1 | SCTLR_A);
    isb();
    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el0(at_el0, b + 9), 0x5a);
    CHECK_EXC(1, EC_DABT_LOW, FSC_ALIGNMENT, da_ldrh0);
    CHECK_EQM("FAR_EL1", exc_last.far, b + 9);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    write_sysreg(sctlr_el1, sctlr1);
    isb();

    /* exclusives: always checked (SCTLR_EL2.A = 0 here) */
    exc_expect();
    asm volatile("da_ldxr: ldxr %0, [%1]" : "=r"(v) : "r"(b + 4) : "memory");
    CHECK_EXC(2, EC_DABT_CUR, FSC_ALIGNMENT, da_ldxr);
    CHECK_EQM("FAR_EL2", exc_last.far, b + 4);
    exc_expect();
    asm volatile("da_ldaxr: ldaxr %w0, [%1]" : "=r"(v) : "r"(b + 6) : "memory");
    CHECK_EXC(2, EC_DABT_CUR, FSC_ALIGNMENT, da_ldaxr);
    CHECK_EQM("FAR_EL2", exc_last.far, b + 6);
    return test_done();
}
