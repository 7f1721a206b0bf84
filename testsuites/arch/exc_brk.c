/* BRK (AArch64.SoftwareBreakpoint): EC 0x3C, ISS = imm16, ELR = the BRK itself (not the
 * next instruction). Taken to the current EL at EL2 and EL1, to EL1 from EL0, and to
 * EL2 from EL1/EL0 when MDCR_EL2.TDE = 1 routes debug exceptions to EL2. */
#include "test.h"

extern char brk_el2[], brk_el1[], brk_el0[];
static __attribute__((noinline)) uint64_t at_el1(uint64_t a) { asm volatile("brk_el1: brk #0x4242" ::: "memory"); return 1; }
static __attribute__((noinline)) uint64_t at_el0(uint64_t a) { asm volatile("brk_el0: brk #0" ::: "memory"); return 2; }

static volatile struct exc_record rec1;
static uint64_t at_el1_capture(uint64_t a)
{
    exc_expect();
    at_el1(0);
    rec1 = exc_last;
    return 0;
}

int main(void)
{
    exc_expect();
    asm volatile("brk_el2: brk #0x1234" ::: "memory");
    CHECK_EXC(2, EC_BRK64, 0x1234, brk_el2);
    CHECK_EQM("ESR_EL2", exc_last.esr, 0xf2001234);
    CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);

    run_at_el1(at_el1_capture, 0);
    exc_last = rec1;
    CHECK_EXC(1, EC_BRK64, 0x4242, brk_el1);
    CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);

    exc_expect();
    CHECK_EQ(run_at_el0(at_el0, 0), 2);
    CHECK_EXC(1, EC_BRK64, 0, brk_el0);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);

    uint64_t mdcr = read_sysreg(mdcr_el2);
    write_sysreg(mdcr_el2, mdcr | MDCR_EL2_TDE);
    isb();
    exc_expect();
    CHECK_EQ(run_at_el1(at_el1, 0), 1);
    CHECK_EXC(2, EC_BRK64, 0x4242, brk_el1);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    exc_expect();
    CHECK_EQ(run_at_el0(at_el0, 0), 2);
    CHECK_EXC(2, EC_BRK64, 0, brk_el0);
    write_sysreg(mdcr_el2, mdcr);
    isb();
    return test_done();
}
