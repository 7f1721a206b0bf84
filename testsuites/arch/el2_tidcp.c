/* HCR_EL2.TIDCP (D19.2.48) traps EL1 accesses to the IMPLEMENTATION DEFINED
 * system-register space (op0 = 3, CRn = 11 or 15) to EL2: EC 0x18 with the
 * ISS of the encoding, ELR = the instruction.  With TIDCP = 0, an encoding of
 * that space that the PE does not implement is UNDEFINED at EL1 (EC 0x00).
 * S3_0_C15_C0_0 is not implemented by trapeze; QEMU's max has nothing there either.
 * QEMU-DEVIATION: QEMU 7.2 does not implement HCR_EL2.TIDCP for AArch64 (added in 8.0):
 * the accesses are UNDEFINED at EL1 there. */
#include "test.h"

#define HCR_TIDCP_BIT (1ull << 20)

extern char t_rd[], t_wr[], t_undef[];
static uint64_t el1_read(uint64_t a)
{
    uint64_t v;
    asm volatile("mov x3, #0x77\nt_rd: mrs x3, s3_0_c15_c0_0\n\tmov %0, x3" : "=r"(v) :: "x3");
    return v;
}
static uint64_t el1_write(uint64_t a)
{
    asm volatile("mov x4, #1\nt_wr: msr s3_1_c11_c2_3, x4" ::: "x4");
    return 0;
}
static uint64_t el1_undef(uint64_t a)
{
    uint64_t v;
    asm volatile("mov x5, #0x55\nt_undef: mrs x5, s3_0_c15_c0_0\n\tmov %0, x5" : "=r"(v) :: "x5");
    return v;
}

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);
    write_sysreg(hcr_el2, hcr | HCR_TIDCP_BIT);
    isb();
    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el1(el1_read, 0), 0x77);
    CHECK_EXC(2, EC_SYS64, ISS_SYS(3, 0, 15, 0, 0, 3, 1), t_rd);
    exc_expect();
    run_at_el1(el1_write, 0);
    CHECK_EXC(2, EC_SYS64, ISS_SYS(3, 1, 11, 2, 3, 4, 0), t_wr);
    write_sysreg(hcr_el2, hcr);
    isb();
    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el1(el1_undef, 0), 0x55);
    CHECK_EXC(1, EC_UNKNOWN, 0, t_undef);
    return test_done();
}
