/* HCR_EL2.TTLB (D19.2.48) traps TLB maintenance instructions at EL1 to EL2: EC 0x18,
 * ISS {Op0 1, Op2, Op1 0, CRn 8, Rt, CRm, Direction 0}, ELR = the TLBI. Forms checked:
 * TLBI VMALLE1IS (CRm 3, op2 0, no register: Rt = 31), VAE1 (CRm 7, op2 1), ASIDE1IS
 * (CRm 3, op2 2), VAALE1 (CRm 7, op2 7), VALE1IS (CRm 3, op2 5), each with X7; with
 * FEAT_TLBIOS (ID_AA64ISAR0_EL1.TLB >= 1) VMALLE1OS (CRm 1, op2 0), with FEAT_TLBIRANGE
 * (TLB = 2) RVAE1 (CRm 6, op2 1). At EL2 with TTLB = 1 the EL1 forms and TLBI ALLE1/
 * ALLE2 run without a trap. (sys_tlbi_at covers TLBI VMALLE1.) */
#include "el2.h"

PROBE_SYS(tlbi_vmalle1is, t_vmalle1is, "tlbi vmalle1is")
PROBE_SYS(tlbi_vae1, t_vae1, "tlbi vae1, x7")
PROBE_SYS(tlbi_aside1is, t_aside1is, "tlbi aside1is, x7")
PROBE_SYS(tlbi_vaale1, t_vaale1, "tlbi vaale1, x7")
PROBE_SYS(tlbi_vale1is, t_vale1is, "tlbi vale1is, x7")
PROBE_SYS(tlbi_vmalle1os, t_vmalle1os, "sys #0, c8, c1, #0")
PROBE_SYS(tlbi_rvae1, t_rvae1, "sys #0, c8, c6, #1, x7")

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);
    unsigned tlb = id_field(read_sysreg(id_aa64isar0_el1), 56);
    uint64_t va = 0x40080000 >> 12, asid = UL(5) << 48;

    hcr_write(hcr | HCR_TTLB);
    EXPECT_SYS_TRAP(1, tlbi_vmalle1is, 0, ISS_SYS(1, 0, 8, 3, 0, RT_NONE, 0), t_vmalle1is);
    CHECK_EQM("ESR_EL2 (TLBI VMALLE1IS)", exc_last.esr, 0x621023e6);
    EXPECT_SYS_TRAP(1, tlbi_vae1, asid | va, ISS_SYS(1, 0, 8, 7, 1, RT_SYS, 0), t_vae1);
    CHECK_EQM("ESR_EL2 (TLBI VAE1, X7)", exc_last.esr, 0x621220ee);
    EXPECT_SYS_TRAP(1, tlbi_aside1is, asid, ISS_SYS(1, 0, 8, 3, 2, RT_SYS, 0), t_aside1is);
    EXPECT_SYS_TRAP(1, tlbi_vaale1, va, ISS_SYS(1, 0, 8, 7, 7, RT_SYS, 0), t_vaale1);
    EXPECT_SYS_TRAP(1, tlbi_vale1is, asid | va, ISS_SYS(1, 0, 8, 3, 5, RT_SYS, 0), t_vale1is);
    if (tlb >= 1)
        EXPECT_SYS_TRAP(1, tlbi_vmalle1os, 0, ISS_SYS(1, 0, 8, 1, 0, RT_NONE, 0), t_vmalle1os);
    if (tlb >= 2)
        EXPECT_SYS_TRAP(1, tlbi_rvae1, asid | va, ISS_SYS(1, 0, 8, 6, 1, RT_SYS, 0), t_rvae1);

    exc_expect();
    tlbi_vmalle1is(0);
    tlbi_vae1(asid | va);
    tlbi_aside1is(asid);
    tlbi_vaale1(va);
    tlbi_vale1is(asid | va);
    asm volatile("tlbi alle1\n\ttlbi alle2\n\tdsb sy\n\tisb" ::: "memory");
    CHECK_EQM("no trap at EL2, TTLB = 1", exc_last.taken, 0);
    hcr_write(hcr);
    run_at_el1(tlbi_vae1, asid | va);
    run_at_el1(tlbi_aside1is, asid);
    CHECK_EQM("no trap at EL1, TTLB = 0", exc_last.taken, 0);
    exc_disarm();
    return test_done();
}
