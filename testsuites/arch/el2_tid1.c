/* HCR_EL2.TID1 (D19.2.48): MRS REVIDR_EL1 and AIDR_EL1 at EL1 trap to EL2 with EC 0x18,
 * ISS = {Op0 3, Op2, Op1, CRn 0, Rt, CRm 0, Direction 1 (read)}, ELR = the MRS, and Xt is
 * unchanged (REVIDR_EL1: op1 0, op2 6; AIDR_EL1: op1 1, op2 7; register accessibility
 * pseudocode "elsif EL2Enabled() && HCR_EL2.TID1 == '1' then AArch64.SystemAccessTrap(EL2,
 * 0x18)"). Not trapped: with TID1 = 0, and at EL2 with TID1 = 1; MIDR_EL1 and
 * ID_AA64PFR0_EL1 (TID3's) are not in group 1. */
#include "el2.h"

PROBE_MRS(revidr, t_revidr, revidr_el1)
PROBE_MRS(aidr, t_aidr, aidr_el1)
PROBE_MRS(midr, t_midr, midr_el1)
PROBE_MRS(pfr0, t_pfr0, id_aa64pfr0_el1)

#define POISON 0xdead0000beef1111ULL

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);
    uint64_t rev = read_sysreg(revidr_el1), aidr_v = read_sysreg(aidr_el1);

    /* TID1 = 0: EL1 reads the registers */
    CHECK_EQM("REVIDR_EL1 at EL1, TID1 = 0", run_at_el1(revidr, POISON), rev);
    CHECK_EQM("AIDR_EL1 at EL1, TID1 = 0", run_at_el1(aidr, POISON), aidr_v);

    hcr_write(hcr | HCR_TID1);
    EXPECT_SYS_TRAP(1, revidr, POISON, ISS_SYS(3, 0, 0, 0, 6, RT_MRS, 1), t_revidr);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQM("ESR_EL2 (REVIDR_EL1)", exc_last.esr, 0x623c00a1);
    EXPECT_SYS_TRAP(1, aidr, POISON, ISS_SYS(3, 1, 0, 0, 7, RT_MRS, 1), t_aidr);

    /* other ID groups do not trap with TID1 */
    exc_expect();
    CHECK_EQM("MIDR_EL1 at EL1 (not group 1)", run_at_el1(midr, POISON), read_sysreg(vpidr_el2));
    CHECK_EQM("ID_AA64PFR0_EL1 at EL1 (group 3)", run_at_el1(pfr0, POISON), read_sysreg(id_aa64pfr0_el1));
    CHECK_EQM("no trap", exc_last.taken, 0);

    /* at EL2, TID1 does not apply */
    CHECK_EQM("REVIDR_EL1 at EL2, TID1 = 1", revidr(POISON), rev);
    CHECK_EQM("AIDR_EL1 at EL2, TID1 = 1", aidr(POISON), aidr_v);
    CHECK_EQM("no trap at EL2", exc_last.taken, 0);
    exc_disarm();
    hcr_write(hcr);
    return test_done();
}
