/* HCR_EL2.TGE = 1 (E2H = 0) routes exceptions from EL0 to EL2 instead of EL1
 * (AArch64.TakeException with route_to_el2): SVC (EC 0x15), UNDEFINED (EC 0x00), HVC at
 * EL0 (still UNDEFINED) and BRK (debug exceptions are routed too). All use VBAR_EL2 +
 * 0x400 and SPSR_EL2.M = EL0t. */
#include "test.h"

extern char tge_svc_next[], tge_udf[], tge_hvc[], tge_brk[];
static uint64_t el0_svc(uint64_t a) { asm volatile("svc #0x77\ntge_svc_next: nop" ::: "memory"); return 1; }
static uint64_t el0_udf(uint64_t a) { asm volatile("tge_udf: udf #7" ::: "memory"); return 2; }
static uint64_t el0_hvc(uint64_t a) { asm volatile("tge_hvc: hvc #7" ::: "memory"); return 3; }
static uint64_t el0_brk(uint64_t a) { asm volatile("tge_brk: brk #0x99" ::: "memory"); return 4; }

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);
    write_sysreg(hcr_el2, hcr | HCR_TGE);
    isb();

    exc_expect();
    CHECK_EQ(run_at_el0(el0_svc, 0), 1);
    CHECK_EXC(2, EC_SVC64, 0x77, tge_svc_next);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQM("SPSR_EL2.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL0t);

    exc_expect();
    CHECK_EQ(run_at_el0(el0_udf, 0), 2);
    CHECK_EXC(2, EC_UNKNOWN, 0, tge_udf);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);

    exc_expect();
    CHECK_EQ(run_at_el0(el0_hvc, 0), 3);
    CHECK_EXC(2, EC_UNKNOWN, 0, tge_hvc);

    exc_expect();
    CHECK_EQ(run_at_el0(el0_brk, 0), 4);
    CHECK_EXC(2, EC_BRK64, 0x99, tge_brk);

    write_sysreg(hcr_el2, hcr);
    isb();

    /* and with TGE = 0 again, EL0's SVC goes to EL1 */
    exc_expect();
    CHECK_EQ(run_at_el0(el0_svc, 0), 1);
    CHECK_EXC(1, EC_SVC64, 0x77, tge_svc_next);
    return test_done();
}
