/* ICH_HCR_EL2.TALL1 traps EL1 accesses to the Group 1 ICC_/ICV_ registers to EL2
 * (IHI 0069 12.4.3; the ICC_IAR1_EL1 access pseudocode checks it before the
 * HCR_EL2.IMO redirection to ICV_IAR1_EL1): an MRS of ICC_IAR1_EL1 at EL1 takes
 * EC 0x18 to EL2 with the MRS's ISS, X5 unchanged, and the pending LR stays
 * pending. Without TALL1 the same read returns the vINTID. */
#include "vgic_lib.h"
#include "el2.h"

PROBE_MRS(probe_iar1, probe_iar1_insn, s3_0_c12_c12_0)

int main(void)
{
    write_sysreg(ICH_LR0_EL2, LR_G1(0xa0, 60));
    vgic_on(ICH_HCR_TALL1, 0);
    exc_expect();
    uint64_t r = run_at_el1(probe_iar1, 0x77);
    CHECK_EXC(2, 0x18, ISS_SYS(3, 0, 12, 12, 0, 5, 1), probe_iar1_insn);
    CHECK_EQM("X5 unchanged", r, 0x77);
    CHECK_EQM("LR0 still pending", LR_STATE(read_sysreg(ICH_LR0_EL2)), 1);

    write_sysreg(ICH_HCR_EL2, ICH_HCR_EN);
    isb();
    CHECK_EQM("without TALL1: ICV_IAR1_EL1", run_at_el1(probe_iar1, 0x77), 60);
    vgic_off();
    return test_done();
}
