/* SVC at EL1 is taken to EL1 (vector +0x200 from EL1h, +0x000 from EL1t) and SVC at
 * EL2 to EL2: EC 0x15, ISS = imm16, ELR = next instruction, SPSR.M = the mode it came
 * from. */
#include "test.h"

extern char svc_el1h_next[], svc_el1t_next[], svc_el2_next[];
static volatile struct exc_record rec_h, rec_t;

static uint64_t at_el1h(uint64_t arg)
{
    exc_expect();
    asm volatile("svc #0x42\nsvc_el1h_next: nop" ::: "memory");
    rec_h = exc_last;
    return 0;
}
static uint64_t at_el1t(uint64_t arg)
{
    exc_expect();
    asm volatile("svc #0x43\nsvc_el1t_next: nop" ::: "memory");
    rec_t = exc_last;
    return 0;
}

int main(void)
{
    run_at_el1(at_el1h, 0);
    exc_last = rec_h;
    CHECK_EXC(1, EC_SVC64, 0x42, svc_el1h_next);
    CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);
    CHECK_EQM("SPSR_EL1.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL1h);

    run_lower(at_el1t, 0, PSR_DAIF | PSR_M_EL1t);
    exc_last = rec_t;
    CHECK_EXC(1, EC_SVC64, 0x43, svc_el1t_next);
    CHECK_EQ(exc_last.vec, VEC_CUR_SP0 + VEC_SYNC);
    CHECK_EQM("SPSR_EL1.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL1t);

    exc_expect();
    asm volatile("svc #0x44\nsvc_el2_next: nop" ::: "memory");
    CHECK_EXC(2, EC_SVC64, 0x44, svc_el2_next);
    CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);
    CHECK_EQM("SPSR_EL2.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL2h);
    return test_done();
}
