/* FEAT_VHE register redirection at EL2 with HCR_EL2.E2H = 1 (D5.x "Virtualization Host
 * Extensions", the accessibility pseudocode of each *_EL1 register): an MRS/MSR at EL2
 * of a *_EL1 encoding reaches the EL2 register, and the *_EL12 encoding reaches the EL1
 * register. Checked for SCTLR, TTBR0, TTBR1, TCR, VBAR, ESR, FAR, ELR, SPSR, MAIR,
 * CONTEXTIDR (-> CONTEXTIDR_EL2), AFSR0, AFSR1, AMAIR (IMPLEMENTATION DEFINED: written
 * 0, only the access is checked), CPACR_EL1 -> CPTR_EL2 and CNTKCTL_EL1 -> CNTHCTL_EL2:
 *   E2H = 0: write X_EL1 = A, X_EL2 = B;
 *   E2H = 1: X_EL1 encoding reads B, X_EL12 reads A; write X_EL1 encoding = C (X_EL2 by
 *            its own name reads C), X_EL12 = D (the X_EL1 encoding still reads C);
 *   E2H = 0: X_EL1 reads D, X_EL2 reads C.
 * CPTR_EL2 and CNTHCTL_EL2 change layout with E2H, so for them B is compared with the
 * EL2 register read by name under E2H = 1, and C is not read back under E2H = 0.
 * The *_EL02 timer registers are left to the timer tests. Needs FEAT_VHE
 * (ID_AA64MMFR1_EL1.VH != 0); without it the test only says so. */
#include "el2.h"

#define VREG(n, el2) \
    PROBE_MRS(rd1_##n, t_rd1_##n, n##_el1) PROBE_MSR(wr1_##n, t_wr1_##n, n##_el1) \
    PROBE_MRS(rd12_##n, t_rd12_##n, n##_el12) PROBE_MSR(wr12_##n, t_wr12_##n, n##_el12) \
    PROBE_MRS(rd2_##n, t_rd2_##n, el2) PROBE_MSR(wr2_##n, t_wr2_##n, el2)
VREG(sctlr, sctlr_el2) VREG(ttbr0, ttbr0_el2) VREG(ttbr1, ttbr1_el2) VREG(tcr, tcr_el2)
VREG(vbar, vbar_el2) VREG(esr, esr_el2) VREG(far, far_el2) VREG(elr, elr_el2)
VREG(spsr, spsr_el2) VREG(mair, mair_el2) VREG(contextidr, contextidr_el2)
VREG(afsr0, afsr0_el2) VREG(afsr1, afsr1_el2) VREG(amair, amair_el2)
VREG(cpacr, cptr_el2) VREG(cntkctl, cnthctl_el2)

struct vreg {
    const char *name;
    lower_fn rd1, wr1, rd12, wr12, rd2, wr2;
    bool same_layout;
    uint64_t a, b, c, d;
};
#define E(n, same, A, B, C, D) \
    { #n, rd1_##n, wr1_##n, rd12_##n, wr12_##n, rd2_##n, wr2_##n, same, A, B, C, D }

int main(void)
{
    if (!have_vhe()) {
        tprintf("  no FEAT_VHE: nothing to redirect\n");
        return test_done();
    }
    uint64_t hcr = read_sysreg(hcr_el2);
    uint64_t s1 = read_sysreg(sctlr_el1), s2 = read_sysreg(sctlr_el2);
    uint64_t v2 = read_sysreg(vbar_el2);
    const struct vreg regs[] = {
        E(sctlr, true, s1 ^ SCTLR_UMA, s2, s2 ^ SCTLR_I, s1 ^ SCTLR_DZE),
        E(ttbr0, true, 0x0001000040100000ULL, 0x0002000040200000ULL,
                       0x0003000040300000ULL, 0x0004000040400000ULL),
        E(ttbr1, true, 0x0005000040500000ULL, 0x0006000040600000ULL,
                       0x0007000040700000ULL, 0x0008000040800000ULL),
        E(tcr, true, 0x00800010, 0x80800010, 0x80800019, 0x00800018),
        E(vbar, true, 0x40123000, v2, v2 + 0x10000, 0x40124000),
        E(esr, true, 0x96000045, 0x56000001, 0x5a000002, 0x5e000003),
        E(far, true, 0xffff000012345678ULL, 0x0000000040001000ULL,
                     0x0000000040002008ULL, 0x0000ffff00000010ULL),
        E(elr, true, 0x40080004, 0x40080008, 0x4008000c, 0x40080010),
        E(spsr, true, 0x600003c5, 0x900003c9, 0x300003c4, 0x000003c5),
        E(mair, true, 0x44ff, 0xff44, 0x4400ff, 0xbb00),
        E(contextidr, true, 0x1234, 0x5678, 0x9abc, 0xdef0),
        E(afsr0, true, 0, 0, 0, 0),
        E(afsr1, true, 0, 0, 0, 0),
        E(amair, true, 0, 0, 0, 0),
        E(cpacr, false, CPACR_EL1_FPEN(3), read_sysreg(cptr_el2), CPTR_EL2_FPEN(3),
                 CPACR_EL1_FPEN(1)),
        E(cntkctl, false, CNTKCTL_EL0PCTEN | CNTKCTL_EL0VCTEN, read_sysreg(cnthctl_el2),
                   CNTKCTL_EL0PCTEN | CNTKCTL_EL0VCTEN | BIT(10) | BIT(11), CNTKCTL_EL0VCTEN),
    };

    exc_expect();
    for (unsigned i = 0; i < sizeof(regs) / sizeof(regs[0]); i++) {
        const struct vreg *r = &regs[i];
        tprintf("  %s\n", r->name);
        uint64_t old1 = r->rd1(0), old2 = r->rd2(0);
        r->wr1(r->a);
        r->wr2(r->b);

        hcr_write(hcr | HCR_E2H);
        uint64_t b_seen = r->rd1(~0ULL), el2_now = r->rd2(~0ULL);
        uint64_t a_seen = r->rd12(~0ULL);
        r->wr1(r->c);
        uint64_t c_seen = r->rd2(~0ULL);
        r->wr12(r->d);
        uint64_t c_again = r->rd1(~0ULL);
        hcr_write(hcr);

        uint64_t d_seen = r->rd1(~0ULL), c_e2h0 = r->rd2(~0ULL);
        r->wr1(old1);
        r->wr2(old2);

        CHECK_EQM("E2H = 1: X_EL1 encoding reads X_EL2", b_seen, r->same_layout ? r->b : el2_now);
        CHECK_EQM("E2H = 1: X_EL12 reads X_EL1", a_seen, r->a);
        CHECK_EQM("E2H = 1: X_EL1 encoding writes X_EL2", c_seen, r->c);
        CHECK_EQM("E2H = 1: X_EL12 write leaves X_EL2", c_again, r->c);
        CHECK_EQM("E2H = 0: X_EL1 holds the X_EL12 write", d_seen, r->d);
        if (r->same_layout)
            CHECK_EQM("E2H = 0: X_EL2 holds the X_EL1-encoding write", c_e2h0, r->c);
    }
    CHECK_EQM("no exception", exc_last.taken, 0);
    exc_disarm();
    return test_done();
}
