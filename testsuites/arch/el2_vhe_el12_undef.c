/* The *_EL12 encodings (op1 = 5: SCTLR_EL12, CPACR_EL12, CNTKCTL_EL12 ...) are usable
 * only at EL2 with HCR_EL2.E2H = 1 (their accessibility pseudocode: "if PSTATE.EL == EL2
 * then if EL2Enabled() && HCR_EL2.E2H == '1' then ... else UNDEFINED"; at EL1 UNDEFINED
 * without FEAT_NV). So: at EL2 with E2H = 0, and at EL1, MRS/MSR of them take EC 0x00
 * to the current EL with Xt unchanged. Without FEAT_VHE the EL2 registers it adds
 * (TTBR1_EL2, CONTEXTIDR_EL2) are UNDEFINED too; with it, E2H = 1 makes the *_EL12
 * encodings work at EL2.
 * QEMU-DEVIATION: QEMU 7.2 lets EL2 use the *_EL12 encodings with E2H = 0 (as the EL1
 * registers); the check that makes them UNDEFINED (el2_e2h_e12_access) came later. */
#include "el2.h"

PROBE_MRS(sctlr12, t_sctlr12, sctlr_el12)
PROBE_MSR(cpacr12_w, t_cpacr12_w, cpacr_el12)
PROBE_MRS(cntkctl12, t_cntkctl12, cntkctl_el12)
PROBE_MRS(ttbr1_el2_r, t_ttbr1_el2, ttbr1_el2)
PROBE_MRS(contextidr_el2_r, t_contextidr_el2, contextidr_el2)

#define POISON 0x1212343456567878ULL

static volatile struct exc_record rec;
static uint64_t el1_capture(uint64_t a)
{
    exc_expect();
    uint64_t v = sctlr12(POISON);
    rec = exc_last;
    return v;
}

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);

    exc_expect();
    CHECK_EQM("Xt unchanged", sctlr12(POISON), POISON);
    CHECK_EXC(2, EC_UNKNOWN, 0, t_sctlr12);
    exc_expect();
    cpacr12_w(0);
    CHECK_EXC(2, EC_UNKNOWN, 0, t_cpacr12_w);
    CHECK_EQM("CPACR_EL1 not written", read_sysreg(cpacr_el1) & CPACR_EL1_FPEN(3), CPACR_EL1_FPEN(3));
    exc_expect();
    cntkctl12(POISON);
    CHECK_EXC(2, EC_UNKNOWN, 0, t_cntkctl12);

    CHECK_EQM("SCTLR_EL12 at EL1: Xt unchanged", run_at_el1(el1_capture, 0), POISON);
    exc_last = rec;
    CHECK_EXC(1, EC_UNKNOWN, 0, t_sctlr12);

    if (!have_vhe()) {
        exc_expect();
        ttbr1_el2_r(POISON);
        CHECK_EXC(2, EC_UNKNOWN, 0, t_ttbr1_el2);
        exc_expect();
        contextidr_el2_r(POISON);
        CHECK_EXC(2, EC_UNKNOWN, 0, t_contextidr_el2);
    } else {
        tprintf("  FEAT_VHE: *_EL12 at EL2 with E2H = 1\n");
        hcr_write(hcr | HCR_E2H);
        exc_expect();
        CHECK_EQM("SCTLR_EL12 = SCTLR_EL1", sctlr12(POISON), read_sysreg(sctlr_el12));
        CHECK_EQM("no exception", exc_last.taken, 0);
        exc_disarm();
        /* at EL1 still UNDEFINED (TGE = 0, no FEAT_NV) */
        run_at_el1(el1_capture, 0);
        exc_last = rec;
        CHECK_EXC(1, EC_UNKNOWN, 0, t_sctlr12);
        hcr_write(hcr);
    }
    return test_done();
}
