/* Traps of MSR/MRS/system instructions, EC 0x18 (ISS: Op0 [21:20], Op2 [19:17],
 * Op1 [16:14], CRn [13:10], Rt [9:5], CRm [4:1], Direction [0] = 1 for reads), ELR =
 * the trapped instruction, which has no effect:
 *   HCR_EL2.TID3: MRS ID_AA64PFR0_EL1 at EL1 -> EL2
 *   HCR_EL2.TVM:  MSR SCTLR_EL1 at EL1 -> EL2;  HCR_EL2.TRVM: MRS SCTLR_EL1 -> EL2
 *   CNTHCTL_EL2.EL1PCTEN = 0: MRS CNTPCT_EL0 at EL1 -> EL2
 *   SCTLR_EL1.UCT = 0: MRS CTR_EL0 at EL0 -> EL1
 *   CNTKCTL_EL1.EL0PCTEN = 0: MRS CNTPCT_EL0 at EL0 -> EL1
 *   SCTLR_EL1.DZE = 0: DC ZVA at EL0 -> EL1 (a SYS instruction: Op0 = 1, Direction 0) */
#include "test.h"

extern char t_tid3[], t_tvm[], t_trvm[], t_pct1[], t_ctr0[], t_pct0[], t_zva0[];

static uint64_t el1_tid3(uint64_t a)
{
    uint64_t v;
    asm volatile("mov x5, #0x11\nt_tid3: mrs x5, id_aa64pfr0_el1\n\tmov %0, x5" : "=r"(v) :: "x5");
    return v;
}
static uint64_t el1_tvm(uint64_t a)
{
    asm volatile("mrs x6, sctlr_el1\n\torr x6, x6, #(1 << 9)\nt_tvm: msr sctlr_el1, x6" ::: "x6", "memory");
    return 0;
}
static uint64_t el1_trvm(uint64_t a)
{
    uint64_t v;
    asm volatile("mov x7, #0x22\nt_trvm: mrs x7, sctlr_el1\n\tmov %0, x7" : "=r"(v) :: "x7");
    return v;
}
static uint64_t el1_pct(uint64_t a)
{
    uint64_t v;
    asm volatile("mov x8, #0x33\nt_pct1: mrs x8, cntpct_el0\n\tmov %0, x8" : "=r"(v) :: "x8");
    return v;
}
static uint64_t el0_ctr(uint64_t a)
{
    uint64_t v;
    asm volatile("mov x9, #0x44\nt_ctr0: mrs x9, ctr_el0\n\tmov %0, x9" : "=r"(v) :: "x9");
    return v;
}
static uint64_t el0_pct(uint64_t a)
{
    uint64_t v;
    asm volatile("mov x10, #0x55\nt_pct0: mrs x10, cntpct_el0\n\tmov %0, x10" : "=r"(v) :: "x10");
    return v;
}
static uint64_t el0_zva(uint64_t a)
{
    asm volatile("mov x11, %0\nt_zva0: dc zva, x11" :: "r"(a) : "x11", "memory");
    return 0;
}

static uint64_t zbuf[64] __attribute__((aligned(256)));

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2), sctlr1 = read_sysreg(sctlr_el1);

    write_sysreg(hcr_el2, hcr | HCR_TID3);
    isb();
    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el1(el1_tid3, 0), 0x11);
    CHECK_EXC(2, EC_SYS64, ISS_SYS(3, 0, 0, 4, 0, 5, 1), t_tid3);
    CHECK_EQM("ESR_EL2", exc_last.esr, 0x623000a9);

    write_sysreg(hcr_el2, hcr | HCR_TVM);
    isb();
    exc_expect();
    run_at_el1(el1_tvm, 0);
    CHECK_EXC(2, EC_SYS64, ISS_SYS(3, 0, 1, 0, 0, 6, 0), t_tvm);
    CHECK_EQM("SCTLR_EL1 not written", read_sysreg(sctlr_el1), sctlr1);

    write_sysreg(hcr_el2, hcr | HCR_TRVM);
    isb();
    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el1(el1_trvm, 0), 0x22);
    CHECK_EXC(2, EC_SYS64, ISS_SYS(3, 0, 1, 0, 0, 7, 1), t_trvm);
    write_sysreg(hcr_el2, hcr);

    uint64_t cnthctl = read_sysreg(cnthctl_el2);
    write_sysreg(cnthctl_el2, cnthctl & ~CNTHCTL_EL1PCTEN);
    isb();
    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el1(el1_pct, 0), 0x33);
    CHECK_EXC(2, EC_SYS64, ISS_SYS(3, 3, 14, 0, 1, 8, 1), t_pct1);
    write_sysreg(cnthctl_el2, cnthctl);

    write_sysreg(sctlr_el1, sctlr1 & ~SCTLR_UCT);
    isb();
    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el0(el0_ctr, 0), 0x44);
    CHECK_EXC(1, EC_SYS64, ISS_SYS(3, 3, 0, 0, 1, 9, 1), t_ctr0);
    CHECK_EQ(exc_last.vec, VEC_LOWER_A64 + VEC_SYNC);
    write_sysreg(sctlr_el1, sctlr1);

    uint64_t cntkctl = read_sysreg(cntkctl_el1);
    write_sysreg(cntkctl_el1, cntkctl & ~CNTKCTL_EL0PCTEN);
    isb();
    exc_expect();
    CHECK_EQM("Xt unchanged", run_at_el0(el0_pct, 0), 0x55);
    CHECK_EXC(1, EC_SYS64, ISS_SYS(3, 3, 14, 0, 1, 10, 1), t_pct0);
    write_sysreg(cntkctl_el1, cntkctl);

    for (int i = 0; i < 64; i++)
        ((volatile uint64_t *)zbuf)[i] = 0xffffffffffffffff;
    write_sysreg(sctlr_el1, sctlr1 & ~SCTLR_DZE);
    isb();
    exc_expect();
    run_at_el0(el0_zva, (uint64_t)zbuf);
    CHECK_EXC(1, EC_SYS64, ISS_SYS(1, 3, 7, 4, 1, 11, 0), t_zva0);
    CHECK_EQM("memory not zeroed", ((volatile uint64_t *)zbuf)[0], 0xffffffffffffffff);
    write_sysreg(sctlr_el1, sctlr1);
    isb();
    return test_done();
}
