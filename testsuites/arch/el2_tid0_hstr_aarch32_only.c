/* HCR_EL2.TID0 and HSTR_EL2 control AArch32 state only (D19.2.48: TID0 traps the AArch32
 * FPSID and JIDR; HSTR_EL2 (D19.2.x) traps AArch32 EL1/EL0 accesses to the CP15
 * primary registers c0-c15). With EL1 and EL0 in AArch64 neither has any effect: with
 * TID0 = 1 and HSTR_EL2.{T15..T5, T3..T0} = 1, AArch64 accesses at EL1 to the ID,
 * system-control (CRn 1), translation (CRn 2), fault (CRn 5/6), memory-attribute
 * (CRn 10), vector (CRn 12) and thread-ID (CRn 13) registers, and EL0 reads of CTR_EL0
 * and TPIDR_EL0, are not trapped. */
#include "el2.h"

PROBE_MRS(midr, t_midr, midr_el1)
PROBE_MRS(pfr0, t_pfr0, id_aa64pfr0_el1)
PROBE_MRS(ctr, t_ctr, ctr_el0)
PROBE_MRS(sctlr, t_sctlr, sctlr_el1)
PROBE_MRS(ttbr0, t_ttbr0, ttbr0_el1)
PROBE_MRS(esr, t_esr, esr_el1)
PROBE_MRS(far, t_far, far_el1)
PROBE_MRS(mair, t_mair, mair_el1)
PROBE_MRS(vbar, t_vbar, vbar_el1)
PROBE_MRS(tpidr1, t_tpidr1, tpidr_el1)
PROBE_MRS(tpidr0, t_tpidr0, tpidr_el0)
PROBE_MSR(contextidr_w, t_contextidr_w, contextidr_el1)

#define HSTR_ALL 0xbfefULL  /* T14 and T4 are RES0 */

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2), hstr = read_sysreg(hstr_el2);
    struct { const char *what; lower_fn fn; uint64_t exp; } el1[] = {
        { "MIDR_EL1", midr, read_sysreg(vpidr_el2) },
        { "ID_AA64PFR0_EL1", pfr0, read_sysreg(id_aa64pfr0_el1) },
        { "CTR_EL0", ctr, read_sysreg(ctr_el0) },
        { "SCTLR_EL1", sctlr, read_sysreg(sctlr_el1) },
        { "TTBR0_EL1", ttbr0, read_sysreg(ttbr0_el1) },
        { "ESR_EL1", esr, read_sysreg(esr_el1) },
        { "FAR_EL1", far, read_sysreg(far_el1) },
        { "MAIR_EL1", mair, read_sysreg(mair_el1) },
        { "VBAR_EL1", vbar, read_sysreg(vbar_el1) },
        { "TPIDR_EL1", tpidr1, read_sysreg(tpidr_el1) },
    };

    hcr_write(hcr | HCR_TID0);
    write_sysreg(hstr_el2, HSTR_ALL);
    isb();
    exc_expect();
    for (unsigned i = 0; i < sizeof(el1) / sizeof(el1[0]); i++)
        CHECK_EQM(el1[i].what, run_at_el1(el1[i].fn, 0x1234), el1[i].exp);
    run_at_el1(contextidr_w, 0x77);
    CHECK_EQM("CONTEXTIDR_EL1 written at EL1", read_sysreg(contextidr_el1), 0x77);
    CHECK_EQM("CTR_EL0 at EL0", run_at_el0(ctr, 0x1234), read_sysreg(ctr_el0));
    CHECK_EQM("TPIDR_EL0 at EL0", run_at_el0(tpidr0, 0x1234), read_sysreg(tpidr_el0));
    CHECK_EQM("no trap", exc_last.taken, 0);
    exc_disarm();

    write_sysreg(hstr_el2, hstr);
    hcr_write(hcr);
    return test_done();
}
