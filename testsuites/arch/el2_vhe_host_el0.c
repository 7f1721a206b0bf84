/* HCR_EL2.{E2H, TGE} = {1, 1}: EL0 runs in the EL2&0 translation regime (ELIsInHost(EL0),
 * D5.x), so EL0's controls are EL2's, not EL1's:
 *   SVC at EL0 -> EL2 (VBAR_EL2 + 0x400, SPSR_EL2.M = EL0t, EC 0x15, ISS = imm16);
 *   SCTLR_EL2.UCT = 0 traps MRS CTR_EL0 to EL2 (EC 0x18) though SCTLR_EL1.UCT = 1, and
 *     SCTLR_EL2.UCT = 1 lets it run though SCTLR_EL1.UCT = 0;
 *   SCTLR_EL2.UCI likewise for IC IVAU (EC 0x18, Op0 1 Op1 3 CRn 7 CRm 5 Op2 1);
 *   SCTLR_EL2.UMA likewise for MRS DAIF;
 *   CNTHCTL_EL2.EL0PCTEN (bit 0 in the E2H = 1 layout) = 0 traps MRS CNTPCT_EL0 to EL2
 *     though CNTKCTL_EL1.EL0PCTEN = 1.
 * Needs FEAT_VHE; without it the test only says so. */
#include "el2.h"

PROBE_MRS(ctr, t_ctr, ctr_el0)
PROBE_MRS(daif_r, t_daif, daif)
PROBE_MRS(cntpct, t_cntpct, cntpct_el0)
PROBE_SYS(ic_ivau, t_ivau, "ic ivau, x7")
extern char t_svc_next[];
static uint64_t el0_svc(uint64_t a) { asm volatile("svc #0x77\nt_svc_next: nop" ::: "memory"); return 1; }

#define POISON 0x8888777766665555ULL

static void set_sctlr(uint64_t s1, uint64_t s2)
{
    write_sysreg(sctlr_el1, s1);
    write_sysreg(sctlr_el2, s2);
    isb();
}

int main(void)
{
    if (!have_vhe()) {
        tprintf("  no FEAT_VHE: no EL2&0 regime\n");
        return test_done();
    }
    uint64_t hcr = read_sysreg(hcr_el2), s1 = read_sysreg(sctlr_el1), s2 = read_sysreg(sctlr_el2);
    uint64_t cnthctl = read_sysreg(cnthctl_el2), cntkctl = read_sysreg(cntkctl_el1);
    uint64_t ctr_v = read_sysreg(ctr_el0);
    const uint64_t ctl = SCTLR_UCT | SCTLR_UCI | SCTLR_UMA;

    hcr_write(hcr | HCR_E2H | HCR_TGE);
    exc_expect();
    CHECK_EQ(run_at_el0(el0_svc, 0), 1);
    CHECK_EXC(2, EC_SVC64, 0x77, t_svc_next);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQM("SPSR_EL2.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL0t);

    set_sctlr(s1 | ctl, s2 & ~ctl);
    EXPECT_SYS_TRAP(0, ctr, POISON, ISS_SYS(3, 3, 0, 0, 1, RT_MRS, 1), t_ctr);
    EXPECT_SYS_TRAP(0, ic_ivau, (uint64_t)main, ISS_SYS(1, 3, 7, 5, 1, RT_SYS, 0), t_ivau);
    EXPECT_SYS_TRAP(0, daif_r, POISON, ISS_SYS(3, 3, 4, 2, 1, RT_MRS, 1), t_daif);

    set_sctlr(s1 & ~ctl, s2 | ctl);
    exc_expect();
    CHECK_EQM("CTR_EL0 at EL0, SCTLR_EL2.UCT = 1", run_at_el0(ctr, POISON), ctr_v);
    CHECK_EQM("IC IVAU at EL0, SCTLR_EL2.UCI = 1", run_at_el0(ic_ivau, (uint64_t)main), 0x5a);
    run_at_el0(daif_r, POISON);
    CHECK_EQM("no trap with SCTLR_EL2 permissive", exc_last.taken, 0);
    exc_disarm();
    set_sctlr(s1, s2);

    write_sysreg(cntkctl_el12, CNTKCTL_EL0PCTEN | CNTKCTL_EL0VCTEN);
    write_sysreg(cnthctl_el2, cnthctl & ~CNTKCTL_EL0PCTEN);
    isb();
    EXPECT_SYS_TRAP(0, cntpct, POISON, ISS_SYS(3, 3, 14, 0, 1, RT_MRS, 1), t_cntpct);
    write_sysreg(cnthctl_el2, cnthctl | CNTKCTL_EL0PCTEN);
    write_sysreg(cntkctl_el12, 0);
    isb();
    exc_expect();
    run_at_el0(cntpct, POISON);
    CHECK_EQM("CNTPCT_EL0 at EL0, CNTHCTL_EL2.EL0PCTEN = 1", exc_last.taken, 0);
    exc_disarm();

    hcr_write(hcr);
    write_sysreg(cnthctl_el2, cnthctl);
    write_sysreg(cntkctl_el1, cntkctl);
    isb();
    return test_done();
}
