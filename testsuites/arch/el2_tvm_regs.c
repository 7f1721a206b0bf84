/* HCR_EL2.TVM (D19.2.48) traps EL1 writes of the virtual-memory controls to EL2:
 * TTBR0_EL1, TTBR1_EL1, TCR_EL1, MAIR_EL1, AMAIR_EL1, CONTEXTIDR_EL1, ESR_EL1, FAR_EL1,
 * AFSR0_EL1, AFSR1_EL1 (exc_sysreg_trap has SCTLR_EL1). EC 0x18, ISS {Op0 3, Op2, Op1 0,
 * CRn, Rt, CRm, Direction 0}, ELR = the MSR, and the register keeps the value EL2 put
 * there. TVM does not trap reads: the same registers read at EL1 with TVM = 1 give EL2's
 * values. */
#include "el2.h"

#define REG(r) PROBE_MRS(rd_##r, t_rd_##r, r) PROBE_MSR(wr_##r, t_wr_##r, r)
REG(ttbr0_el1) REG(ttbr1_el1) REG(tcr_el1) REG(mair_el1) REG(amair_el1)
REG(contextidr_el1) REG(esr_el1) REG(far_el1) REG(afsr0_el1) REG(afsr1_el1)

struct vmreg {
    const char *name;
    lower_fn rd, wr;
    const char *wr_label;
    unsigned crn, crm, op2;
    uint64_t el2_val, el1_val;
};
#define E(r, n, m, o2, v2, v1) { #r, rd_##r, wr_##r, t_wr_##r, n, m, o2, v2, v1 }

int main(void)
{
    const struct vmreg regs[] = {
        E(ttbr0_el1,      2,  0, 0, 0x0001000040100000ULL, 0x0002000040200000ULL),
        E(ttbr1_el1,      2,  0, 1, 0x0003000040300000ULL, 0x0004000040400000ULL),
        E(tcr_el1,        2,  0, 2, 0x0000000000800010ULL, 0x0000000000000019ULL),
        E(mair_el1,      10,  2, 0, 0x00000000000004ffULL, 0x00000000004400ffULL),
        E(amair_el1,     10,  3, 0, 0, 0),
        E(contextidr_el1,13,  0, 1, 0x1234, 0x5678),
        E(esr_el1,        5,  2, 0, 0x56000001, 0x96000045),
        E(far_el1,        6,  0, 0, 0x0000000040001000ULL, 0xffff000000002000ULL),
        E(afsr0_el1,      5,  1, 0, 0, 0),
        E(afsr1_el1,      5,  1, 1, 0, 0),
    };
    uint64_t hcr = read_sysreg(hcr_el2);

    for (unsigned i = 0; i < sizeof(regs) / sizeof(regs[0]); i++) {
        const struct vmreg *r = &regs[i];
        tprintf("  %s\n", r->name);
        hcr_write(hcr);
        run_at_el1(r->wr, r->el2_val);     /* set through EL1 with TVM = 0 */
        hcr_write(hcr | HCR_TVM);
        EXPECT_SYS_TRAP(1, r->wr, r->el1_val, ISS_SYS(3, 0, r->crn, r->crm, r->op2, RT_MSR, 0),
                        r->wr_label);
        exc_expect();
        CHECK_EQM("read at EL1 with TVM = 1: not trapped, not written", run_at_el1(r->rd, ~0ULL),
                  r->el2_val);
        CHECK_EQM("no trap for the read", exc_last.taken, 0);
        exc_disarm();
    }
    hcr_write(hcr);
    return test_done();
}
