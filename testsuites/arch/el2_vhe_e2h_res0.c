/* HCR_EL2.E2H (bit 34) exists only with FEAT_VHE (ID_AA64MMFR1_EL1.VH != 0): without it
 * the bit is RES0, so writing 1 reads back 0 and nothing else in HCR_EL2 changes; the
 * EL2 registers keep their E2H = 0 meaning (CPACR_EL1 at EL2 is still CPACR_EL1).
 * With FEAT_VHE the bit is writable: it reads back 1 (and is cleared again). */
#include "el2.h"

int main(void)
{
    uint64_t hcr = read_sysreg(hcr_el2);
    uint64_t bits = HCR_TWI | HCR_TSC;

    hcr_write(hcr | bits | HCR_E2H);
    uint64_t got = read_sysreg(hcr_el2);
    hcr_write(hcr);
    if (!have_vhe()) {
        CHECK_EQM("HCR_EL2 with E2H written 1, no FEAT_VHE", got, hcr | bits);
        uint64_t cpacr = read_sysreg(cpacr_el1);
        hcr_write(hcr | HCR_E2H);
        write_sysreg(cpacr_el1, cpacr & ~CPACR_EL1_FPEN(2));
        isb();
        hcr_write(hcr);
        CHECK_EQM("CPACR_EL1 at EL2 after E2H = 1 (RES0): still CPACR_EL1",
                  read_sysreg(cpacr_el1), cpacr & ~CPACR_EL1_FPEN(2));
        write_sysreg(cpacr_el1, cpacr);
        isb();
    } else {
        tprintf("  FEAT_VHE: E2H is writable\n");
        CHECK_EQM("HCR_EL2 with E2H written 1", got, hcr | bits | HCR_E2H);
        CHECK_EQM("E2H cleared", read_sysreg(hcr_el2), hcr);
    }
    return test_done();
}
