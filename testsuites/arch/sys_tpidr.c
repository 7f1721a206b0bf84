/* Thread ID registers (D19.2 TPIDR_EL0, TPIDRRO_EL0, TPIDR_EL1, TPIDR_EL2) and their
 * access rules: TPIDR_EL0 is read/write at EL0; TPIDRRO_EL0 is read-only at EL0 (an
 * MSR there is UNDEFINED, EC 0x00 to EL1) and writable at EL1/EL2; TPIDR_EL1 is not
 * accessible at EL0 and TPIDR_EL2 not at EL1 (UNDEFINED). */
#include "test.h"

static volatile uint64_t el0_tpidr, el0_tpidrro;
extern char el0_msr_tpidrro[], el0_mrs_tpidr1[], el1_mrs_tpidr2[];

static uint64_t at_el0(uint64_t arg)
{
    el0_tpidr = read_sysreg(tpidr_el0);
    el0_tpidrro = read_sysreg(tpidrro_el0);
    write_sysreg(tpidr_el0, arg);
    asm volatile("el0_msr_tpidrro: msr tpidrro_el0, %0" :: "r"(arg));
    return 0;
}

static uint64_t at_el0_tpidr1(uint64_t arg)
{
    uint64_t v = 0x77;
    asm volatile("el0_mrs_tpidr1: mrs %0, tpidr_el1" : "+r"(v));
    return v;
}

static uint64_t at_el1(uint64_t arg)
{
    uint64_t sum = read_sysreg(tpidr_el0) + read_sysreg(tpidrro_el0) + read_sysreg(tpidr_el1);
    write_sysreg(tpidrro_el0, arg);
    uint64_t v = 0x55;
    asm volatile("el1_mrs_tpidr2: mrs %0, tpidr_el2" : "+r"(v));
    return sum + v;
}

int main(void)
{
    write_sysreg(tpidr_el0, 0x1000);
    write_sysreg(tpidrro_el0, 0x200);
    write_sysreg(tpidr_el1, 0x30);
    write_sysreg(tpidr_el2, 0x4);
    CHECK_EQ(read_sysreg(tpidr_el0), 0x1000);
    CHECK_EQ(read_sysreg(tpidrro_el0), 0x200);
    CHECK_EQ(read_sysreg(tpidr_el1), 0x30);
    CHECK_EQ(read_sysreg(tpidr_el2), 0x4);

    exc_expect();
    CHECK_EQM("EL1 sum of TPIDR_EL0+TPIDRRO_EL0+TPIDR_EL1 (+0x55 kept by UNDEF MRS)",
              run_at_el1(at_el1, 0xabc), 0x1000 + 0x200 + 0x30 + 0x55);
    CHECK_EXC(1, EC_UNKNOWN, 0, el1_mrs_tpidr2);
    CHECK_EQM("TPIDRRO_EL0 written at EL1", read_sysreg(tpidrro_el0), 0xabc);

    exc_expect();
    run_at_el0(at_el0, 0xdef0);
    CHECK_EXC(1, EC_UNKNOWN, 0, el0_msr_tpidrro);
    CHECK_EQM("TPIDR_EL0 read at EL0", el0_tpidr, 0x1000);
    CHECK_EQM("TPIDRRO_EL0 read at EL0", el0_tpidrro, 0xabc);
    CHECK_EQM("TPIDR_EL0 written at EL0", read_sysreg(tpidr_el0), 0xdef0);
    CHECK_EQM("TPIDRRO_EL0 not written at EL0", read_sysreg(tpidrro_el0), 0xabc);

    exc_expect();
    CHECK_EQ(run_at_el0(at_el0_tpidr1, 0), 0x77);
    CHECK_EXC(1, EC_UNKNOWN, 0, el0_mrs_tpidr1);
    CHECK_EQ(read_sysreg(tpidr_el2), 0x4);
    return test_done();
}
