/* HVC (AArch64.CallHypervisor): from EL1 to EL2 (vector +0x400) and at EL2 to EL2
 * (+0x200), EC 0x16, ISS = imm16, ELR = next instruction. With HCR_EL2.HCD = 1 (no
 * EL3), HVC is UNDEFINED at EL1 and EL2 (EC 0x00, ELR = the HVC). */
#include "test.h"

extern char hvc_el1_next[], hvc_el2_next[], hvc_el1_hcd[], hvc_el2_hcd[];

static uint64_t at_el1(uint64_t arg)
{
    asm volatile("hvc #0x17\nhvc_el1_next: nop" ::: "memory");
    return 3;
}

static volatile struct exc_record rec_hcd;
static uint64_t at_el1_hcd(uint64_t arg)
{
    exc_expect();
    asm volatile("hvc_el1_hcd: hvc #0x18" ::: "memory");
    rec_hcd = exc_last;
    /* back to EL2 without HVC: SMC trapped by HCR_EL2.TSC */
    asm volatile("mov x0, #4\n\tsmc %0" :: "i"(SVC_RETURN_TO_EL2) : "x0", "memory");
    return 0;
}

int main(void)
{
    exc_expect();
    CHECK_EQ(run_at_el1(at_el1, 0), 3);
    CHECK_EXC(2, EC_HVC64, 0x17, hvc_el1_next);
    CHECK_EQM("ESR_EL2", exc_last.esr, 0x5a000017);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQM("SPSR_EL2.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL1h);

    exc_expect();
    asm volatile("hvc #0xabcd\nhvc_el2_next: nop" ::: "memory");
    CHECK_EXC(2, EC_HVC64, 0xabcd, hvc_el2_next);
    CHECK_EQ(exc_last.vec, VEC_CUR_SPX + VEC_SYNC);

    uint64_t hcr = read_sysreg(hcr_el2);
    write_sysreg(hcr_el2, hcr | HCR_HCD | HCR_TSC);
    isb();
    CHECK_EQ(run_at_el1(at_el1_hcd, 0), 4);
    exc_last = rec_hcd;
    CHECK_EXC(1, EC_UNKNOWN, 0, hvc_el1_hcd);

    exc_expect();
    asm volatile("hvc_el2_hcd: hvc #0x19" ::: "memory");
    CHECK_EXC(2, EC_UNKNOWN, 0, hvc_el2_hcd);
    write_sysreg(hcr_el2, hcr);
    isb();
    return test_done();
}
