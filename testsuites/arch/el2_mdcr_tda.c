/* MDCR_EL2.TDA (bit 9, D19.3.x) traps EL1 accesses to the debug registers that are not
 * the OS-lock/power-down (TDOSA) or ROM (TDRA) ones to EL2: here MDSCR_EL1 (op0 2, op1 0,
 * CRn 0, CRm 2, op2 2), DBGBVR0_EL1 (CRm 0, op2 4), DBGBCR0_EL1 (op2 5), DBGWVR0_EL1
 * (op2 6), DBGWCR0_EL1 (op2 7) and MDCCINT_EL1 (CRm 2, op2 0). EC 0x18, ISS {Op0 2, Op2,
 * Op1 0, CRn 0, Rt, CRm, Direction}, ELR = the instruction; a trapped MRS leaves Xt
 * unchanged, a trapped MSR writes nothing. With TDA = 0 EL1 reads back what it wrote;
 * at EL2 TDA does not apply. Values keep every breakpoint/watchpoint disabled (E = 0)
 * and MDSCR_EL1.{MDE, KDE, SS} = 0. MDCCINT_EL1 is only checked for the trap: QEMU 7.2
 * makes it a NOP whose MRS leaves Xt unchanged, so its read-back is not tested. */
#include "el2.h"

#define REG(r) PROBE_MRS(rd_##r, t_rd_##r, r) PROBE_MSR(wr_##r, t_wr_##r, r)
REG(mdscr_el1) REG(dbgbvr0_el1) REG(dbgbcr0_el1) REG(dbgwvr0_el1) REG(dbgwcr0_el1)
REG(mdccint_el1)

struct dbgreg {
    const char *name;
    lower_fn rd, wr;
    const char *rd_label, *wr_label;
    unsigned crm, op2;
    uint64_t v1, v2;        /* written at EL1 without the trap / in the trapped MSR */
};
#define E(r, m, o2, a, b) { #r, rd_##r, wr_##r, t_rd_##r, t_wr_##r, m, o2, a, b }

#define POISON 0x1357246813572468ULL

int main(void)
{
    const struct dbgreg regs[] = {
        E(mdscr_el1,   2, 2, BIT(12), 0),                   /* TDCC */
        E(dbgbvr0_el1, 0, 4, 0x0000000040001000ULL, 0x0000000040002000ULL),
        E(dbgbcr0_el1, 0, 5, 0x1e6, 0x1e0),                 /* BAS 0xF, PMC 0b11, E 0 */
        E(dbgwvr0_el1, 0, 6, 0x0000000040003000ULL, 0x0000000040004000ULL),
        E(dbgwcr0_el1, 0, 7, 0x1ffe, 0x1fe0),               /* BAS 0xFF, LSC 0b11, PAC 0b11 */
    };
    uint64_t mdcr = read_sysreg(mdcr_el2);

    for (unsigned i = 0; i < sizeof(regs) / sizeof(regs[0]); i++) {
        const struct dbgreg *r = &regs[i];
        tprintf("  %s\n", r->name);
        exc_expect();
        run_at_el1(r->wr, r->v1);
        CHECK_EQM("read back at EL1, TDA = 0", run_at_el1(r->rd, POISON), r->v1);
        CHECK_EQM("no trap with TDA = 0", exc_last.taken, 0);
        exc_disarm();

        write_sysreg(mdcr_el2, mdcr | MDCR_EL2_TDA);
        isb();
        EXPECT_SYS_TRAP(1, r->rd, POISON, ISS_SYS(2, 0, 0, r->crm, r->op2, RT_MRS, 1), r->rd_label);
        EXPECT_SYS_TRAP(1, r->wr, r->v2, ISS_SYS(2, 0, 0, r->crm, r->op2, RT_MSR, 0), r->wr_label);
        exc_expect();
        CHECK_EQM("at EL2 with TDA = 1: not written by the trapped MSR", r->rd(POISON), r->v1);
        CHECK_EQM("no trap at EL2", exc_last.taken, 0);
        exc_disarm();
        write_sysreg(mdcr_el2, mdcr);
        isb();
    }
    write_sysreg(mdcr_el2, mdcr | MDCR_EL2_TDA);
    isb();
    EXPECT_SYS_TRAP(1, rd_mdccint_el1, POISON, ISS_SYS(2, 0, 0, 2, 0, RT_MRS, 1), t_rd_mdccint_el1);
    EXPECT_SYS_TRAP(1, wr_mdccint_el1, 0, ISS_SYS(2, 0, 0, 2, 0, RT_MSR, 0), t_wr_mdccint_el1);
    write_sysreg(mdcr_el2, mdcr);
    isb();
    run_at_el1(wr_mdscr_el1, 0);
    return test_done();
}
