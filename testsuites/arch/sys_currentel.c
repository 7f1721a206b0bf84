/* CurrentEL reads 2 at EL2 and 1 at EL1 (D19.2.27); at EL0 the MRS is UNDEFINED
 * (CurrentEL is not accessible from EL0), reported to EL1 with EC 0x00. */
#include "test.h"

static uint64_t at_el1(uint64_t arg) { return read_sysreg(CurrentEL); }

static uint64_t at_el1t(uint64_t arg)
{
    return read_sysreg(CurrentEL) | (read_sysreg(spsel) << 32);
}

static uint64_t at_el0(uint64_t arg)
{
    uint64_t v = 0x1234;
    asm volatile(".global el0_mrs_currentel\nel0_mrs_currentel: mrs %0, CurrentEL" : "+r"(v));
    return v;
}
extern char el0_mrs_currentel[];

int main(void)
{
    CHECK_EQ(read_sysreg(CurrentEL), 0x8);
    CHECK_EQ(run_at_el1(at_el1, 0), 0x4);
    CHECK_EQ(run_lower(at_el1t, 0, PSR_DAIF | PSR_M_EL1t), 0x4);  /* EL1t: SPSel = 0 */

    exc_expect();
    uint64_t v = run_at_el0(at_el0, 0);
    CHECK_EXC(1, EC_UNKNOWN, 0, el0_mrs_currentel);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQM("destination register unchanged after UNDEFINED MRS", v, 0x1234);
    return test_done();
}
