/* HCR_EL2.TRVM (D19.2.48) traps EL1 reads of the virtual-memory controls to EL2:
 * SCTLR_EL1, TTBR0_EL1, TTBR1_EL1, TCR_EL1, MAIR_EL1, AMAIR_EL1, CONTEXTIDR_EL1,
 * ESR_EL1, FAR_EL1, AFSR0_EL1, AFSR1_EL1. EC 0x18, ISS {Op0 3, Op2, Op1 0, CRn, Rt,
 * CRm, Direction 1}, ELR = the MRS, Xt unchanged. TRVM does not trap writes: with
 * TRVM = 1 alone EL1 writes them and EL2 reads the new values. */
#include "el2.h"

#define REG(r) PROBE_MRS(rd_##r, t_rd_##r, r) PROBE_MSR(wr_##r, t_wr_##r, r)
REG(sctlr_el1) REG(ttbr0_el1) REG(ttbr1_el1) REG(tcr_el1) REG(mair_el1) REG(amair_el1)
REG(contextidr_el1) REG(esr_el1) REG(far_el1) REG(afsr0_el1) REG(afsr1_el1)

struct vmreg {
    const char *name;
    lower_fn rd, wr;
    const char *rd_label;
    unsigned crn, crm, op2;
    uint64_t val;
};
#define E(r, n, m, o2, v) { #r, rd_##r, wr_##r, t_rd_##r, n, m, o2, v }

#define POISON 0xfeedfacecafef00dULL

int main(void)
{
    const struct vmreg regs[] = {
        E(sctlr_el1,      1,  0, 0, read_sysreg(sctlr_el1) ^ SCTLR_UMA),
        E(ttbr0_el1,      2,  0, 0, 0x0005000040500000ULL),
        E(ttbr1_el1,      2,  0, 1, 0x0006000040600000ULL),
        E(tcr_el1,        2,  0, 2, 0x0000000000800018ULL),
        E(mair_el1,      10,  2, 0, 0x000000000000bb44ULL),
        E(amair_el1,     10,  3, 0, 0),
        E(contextidr_el1,13,  0, 1, 0xabcd),
        E(esr_el1,        5,  2, 0, 0x5e000007),
        E(far_el1,        6,  0, 0, 0x0000000040003008ULL),
        E(afsr0_el1,      5,  1, 0, 0),
        E(afsr1_el1,      5,  1, 1, 0),
    };
    uint64_t hcr = read_sysreg(hcr_el2), sctlr1 = read_sysreg(sctlr_el1);

    for (unsigned i = 0; i < sizeof(regs) / sizeof(regs[0]); i++) {
        const struct vmreg *r = &regs[i];
        tprintf("  %s\n", r->name);
        hcr_write(hcr | HCR_TRVM);
        exc_expect();
        run_at_el1(r->wr, r->val);
        CHECK_EQM("write at EL1 with TRVM = 1: not trapped", exc_last.taken, 0);
        exc_disarm();
        EXPECT_SYS_TRAP(1, r->rd, POISON, ISS_SYS(3, 0, r->crn, r->crm, r->op2, RT_MRS, 1),
                        r->rd_label);
        hcr_write(hcr);
        CHECK_EQM("value written at EL1, read at EL1 with TRVM = 0", run_at_el1(r->rd, POISON),
                  r->val);
    }
    write_sysreg(sctlr_el1, sctlr1);
    isb();
    return test_done();
}
