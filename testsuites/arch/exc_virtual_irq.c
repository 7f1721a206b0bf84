/* Virtual interrupts from HCR_EL2 (D1.3.x "Virtual interrupts"): with IMO/FMO/AMO = 1,
 * HCR_EL2.VI/VF/VSE make a virtual IRQ/FIQ/SError pending for EL1&0. It is taken to
 * EL1 when unmasked at EL1 or EL0 (never at EL2), at VBAR_EL1 + 0x080/0x100/0x180 from
 * the current EL with SP_EL0, +0x280/0x300/0x380 with SP_EL1, +0x480/0x500/0x580 from
 * EL0. ELR = the first instruction not executed (here the entry point, as the
 * interrupt is unmasked by the ERET). Taking the virtual SError clears HCR_EL2.VSE and,
 * with FEAT_RAS, ESR_EL1 = {EC 0x2F, IL 1, ISS = VSESR_EL2.ISS}. */
#include "test.h"

static uint64_t entry(uint64_t a) { asm volatile("nop" ::: "memory"); return 0x5a; }

static void take(uint64_t bits, uint64_t mode, uint64_t unmask, uint64_t vec, const char *what)
{
    uint64_t hcr = read_sysreg(hcr_el2);
    write_sysreg(hcr_el2, hcr | bits);
    isb();
    /* at EL2 the virtual interrupt is not taken even with PSTATE unmasked */
    exc_expect();
    asm volatile("msr daifclr, #7\n\tisb\n\tnop\n\tmsr daifset, #7" ::: "memory");
    CHECK_EQM("not taken at EL2", exc_last.taken, 0);

    exc_expect();
    uint64_t r = run_lower(entry, 0, (PSR_DAIF & ~unmask) | mode);
    tprintf("  %s: ", what);
    CHECK_EQM(what, exc_last.taken, 1);
    CHECK_EQM("target EL", exc_last.el, 1);
    CHECK_EQM("vector offset", exc_last.vec, vec);
    CHECK_EQM("ELR_EL1 = entry point", exc_last.elr, (uint64_t)entry);
    CHECK_EQM("SPSR_EL1", exc_last.spsr, (PSR_DAIF & ~unmask) | mode);
    CHECK_EQM("entry ran after the interrupt", r, 0x5a);
    tprintf("done\n");
    write_sysreg(hcr_el2, hcr);
    isb();
}

int main(void)
{
    take(HCR_IMO | HCR_VI, PSR_M_EL1h, PSR_I, VEC_CUR_SPX + VEC_IRQ, "vIRQ EL1h");
    take(HCR_IMO | HCR_VI, PSR_M_EL1t, PSR_I, VEC_CUR_SP0 + VEC_IRQ, "vIRQ EL1t");
    take(HCR_IMO | HCR_VI, PSR_M_EL0t, PSR_I, VEC_LOWER_A64 + VEC_IRQ, "vIRQ EL0");
    take(HCR_FMO | HCR_VF, PSR_M_EL1h, PSR_F, VEC_CUR_SPX + VEC_FIQ, "vFIQ EL1h");
    take(HCR_FMO | HCR_VF, PSR_M_EL1t, PSR_F, VEC_CUR_SP0 + VEC_FIQ, "vFIQ EL1t");
    take(HCR_FMO | HCR_VF, PSR_M_EL0t, PSR_F, VEC_LOWER_A64 + VEC_FIQ, "vFIQ EL0");

    /* masked at EL1: stays pending, not taken */
    uint64_t hcr = read_sysreg(hcr_el2);
    write_sysreg(hcr_el2, hcr | HCR_IMO | HCR_VI);
    isb();
    exc_expect();
    run_lower(entry, 0, PSR_DAIF | PSR_M_EL1h);
    CHECK_EQM("vIRQ masked by PSTATE.I: not taken", exc_last.taken, 0);
    exc_disarm();
    write_sysreg(hcr_el2, hcr);

    /* virtual SError */
    int ras = (read_sysreg(id_aa64pfr0_el1) >> 28) & 0xf;
    uint64_t modes[3] = { PSR_M_EL1h, PSR_M_EL1t, PSR_M_EL0t };
    uint64_t vecs[3] = { VEC_CUR_SPX + VEC_SERROR, VEC_CUR_SP0 + VEC_SERROR, VEC_LOWER_A64 + VEC_SERROR };
    for (int i = 0; i < 3; i++) {
        if (ras)
            write_sysreg(SYSREG_VSESR_EL2, BIT(24) | 0x1234);  /* IDS = 1, ISS = 0x1234 */
        write_sysreg(hcr_el2, hcr | HCR_AMO | HCR_VSE);
        isb();
        exc_expect();
        uint64_t r = run_lower(entry, 0, (PSR_DAIF & ~PSR_A) | modes[i]);
        CHECK_EQM("vSError taken", exc_last.taken, 1);
        CHECK_EQM("vSError target EL", exc_last.el, 1);
        CHECK_EQM("vSError vector offset", exc_last.vec, vecs[i]);
        CHECK_EQM("vSError ELR_EL1", exc_last.elr, (uint64_t)entry);
        CHECK_EQM("entry ran", r, 0x5a);
        CHECK_EQM("HCR_EL2.VSE cleared when taken", read_sysreg(hcr_el2) & HCR_VSE, 0);
        if (ras)
            CHECK_EQM("ESR_EL1 from VSESR_EL2", exc_last.esr, (UL(EC_SERROR) << 26) | ESR_IL | BIT(24) | 0x1234);
        write_sysreg(hcr_el2, hcr);
        isb();
    }
    return test_done();
}
