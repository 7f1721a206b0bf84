/* HCR_EL2.TGE = 1 with E2H = 0 (D1.x "The effect of HCR_EL2.TGE"): EL0 keeps its EL1&0
 * controls (SCTLR_EL1) and EL2's HCR_EL2 traps, but every exception that would go to
 * EL1 goes to EL2 (AArch64.TakeException, route_to_el2), with its own syndrome:
 *   SCTLR_EL1.UCT = 0: MRS CTR_EL0 -> EL2, EC 0x18 (ISS Op0 3 Op1 3 CRn 0 CRm 0 Op2 1);
 *   HCR_EL2.TID2 = 1 (UCT = 1): MRS CTR_EL0 -> EL2 likewise;
 *   SCTLR_EL1.UMA = 0: MRS DAIF -> EL2, EC 0x18 (Op0 3 Op1 3 CRn 4 CRm 2 Op2 1);
 *   SCTLR_EL1.nTWI = 0: WFI -> EL2, EC 0x01, ISS CV 1 COND 0b1110 TI 0;
 *   a branch to a misaligned PC: PC alignment fault -> EL2, EC 0x22, ISS 0,
 *     ELR = FAR_EL2 = the misaligned address.
 * Every one of them at VBAR_EL2 + 0x400 with SPSR_EL2.M = EL0t. */
#include "el2.h"

PROBE_MRS(ctr, t_ctr, ctr_el0)
PROBE_MRS(daif_r, t_daif, daif)
extern char t_wfi[], t_pc_resume[];
static uint64_t el0_wfi(uint64_t a) { asm volatile("t_wfi: wfi" ::: "memory"); return 0x5a; }
static uint64_t el0_pcalign(uint64_t a)
{
    asm volatile("adr x8, t_pc_resume\n\t"
                 "add x8, x8, #2\n\t"
                 "br x8\n"
                 "t_pc_resume: nop" ::: "x8", "memory");
    return 0x77;
}

#define POISON 0x5555aaaa5555aaaaULL

static void check_from_el0(void)
{
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    CHECK_EQM("SPSR_EL2.M", exc_last.spsr & PSR_M_MASK, PSR_M_EL0t);
}

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2), sctlr1 = read_sysreg(sctlr_el1);
    hcr_write(hcr | HCR_TGE);

    write_sysreg(sctlr_el1, sctlr1 & ~(SCTLR_UCT | SCTLR_UMA | SCTLR_nTWI));
    isb();
    EXPECT_SYS_TRAP(0, ctr, POISON, ISS_SYS(3, 3, 0, 0, 1, RT_MRS, 1), t_ctr);
    check_from_el0();
    EXPECT_SYS_TRAP(0, daif_r, POISON, ISS_SYS(3, 3, 4, 2, 1, RT_MRS, 1), t_daif);
    check_from_el0();
    exc_expect();
    CHECK_EQ(run_at_el0(el0_wfi, 0), 0x5a);
    CHECK_EXC(2, EC_WFX, ISS_WFX_CV | ISS_WFX_COND(0xe), t_wfi);
    check_from_el0();
    write_sysreg(sctlr_el1, sctlr1);
    isb();

    hcr_write(hcr | HCR_TGE | HCR_TID2);
    EXPECT_SYS_TRAP(0, ctr, POISON, ISS_SYS(3, 3, 0, 0, 1, RT_MRS, 1), t_ctr);
    check_from_el0();
    hcr_write(hcr | HCR_TGE);

    exc_expect_recover(t_pc_resume);
    CHECK_EQ(run_at_el0(el0_pcalign, 0), 0x77);
    CHECK_EXC(2, EC_PC_ALIGN, 0, (uint64_t)t_pc_resume + 2);
    CHECK_EQM("FAR_EL2", exc_last.far, (uint64_t)t_pc_resume + 2);
    check_from_el0();

    /* with the controls permissive, EL0 runs them under TGE without an exception */
    exc_expect();
    CHECK_EQM("CTR_EL0 at EL0", run_at_el0(ctr, POISON), read_sysreg(ctr_el0));
    CHECK_EQM("no exception", exc_last.taken, 0);
    exc_disarm();
    hcr_write(hcr);
    return test_done();
}
