/* MDCR_EL2.TDE = 1 (D19.3.x): besides routing debug exceptions from EL1/EL0 to EL2
 * (exc_brk), "the PE behaves as if MDCR_EL2.{TDRA, TDOSA, TDA} are 1 for all purposes
 * other than a direct read". With TDE = 1 and those three bits 0, EL1 reads of
 * MDSCR_EL1 (TDA), OSLSR_EL1 (TDOSA) and MDRAR_EL1 (TDRA) trap to EL2 with EC 0x18 and
 * their ISS, Xt unchanged; MDCR_EL2 still reads back TDA = TDOSA = TDRA = 0.
 */
#include "el2.h"

PROBE_MRS(mdscr, t_mdscr, mdscr_el1)
PROBE_MRS(oslsr, t_oslsr, oslsr_el1)
PROBE_MRS(mdrar, t_mdrar, mdrar_el1)

#define POISON 0x6666999966669999ULL

int main(void)
{
    uint64_t mdcr = read_sysreg(mdcr_el2) & ~(MDCR_EL2_TDA | MDCR_EL2_TDOSA | MDCR_EL2_TDRA);
    write_sysreg(mdcr_el2, mdcr | MDCR_EL2_TDE);
    isb();
    CHECK_EQM("MDCR_EL2 direct read", read_sysreg(mdcr_el2), mdcr | MDCR_EL2_TDE);

    EXPECT_SYS_TRAP(1, mdscr, POISON, ISS_SYS(2, 0, 0, 2, 2, RT_MRS, 1), t_mdscr);
    EXPECT_SYS_TRAP(1, oslsr, POISON, ISS_SYS(2, 0, 1, 1, 4, RT_MRS, 1), t_oslsr);
    EXPECT_SYS_TRAP(1, mdrar, POISON, ISS_SYS(2, 0, 1, 0, 0, RT_MRS, 1), t_mdrar);

    write_sysreg(mdcr_el2, mdcr);
    isb();
    exc_expect();
    run_at_el1(mdscr, POISON);
    run_at_el1(oslsr, POISON);
    CHECK_EQM("no trap with TDE = 0", exc_last.taken, 0);
    exc_disarm();
    return test_done();
}
