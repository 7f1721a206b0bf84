/* CNTV_TVAL_EL02 (E2H = 1, at EL2) is the EL1 virtual timer's TimerValue view: it
 * counts with the EL1 virtual count, CNTPCT - CNTVOFF_EL2, though a direct read of
 * CNTVCT_EL0 at EL2 with E2H = 1 has no offset (DDI 0487, "Operation of the
 * CompareValue views of the timers"):
 *   write CNTV_TVAL_EL02 = 1000: CNTV_CVAL_EL02 = CNTPCT - CNTVOFF_EL2 + 1000;
 *   read CNTV_TVAL_EL02: (CVAL - (CNTPCT - CNTVOFF_EL2))[31:0], in (0, 1000].
 * Needs FEAT_VHE; without it the test only says so.
 * QEMU-DEVIATION: QEMU 7.2 takes the offset from the current EL and E2H (none at
 * EL2 with E2H = 1), so its CNTV_TVAL_EL02 counts without CNTVOFF_EL2; later QEMU
 * applies CNTVOFF_EL2 to every view of the EL1 virtual timer. */
#include "timer.h"

#define R(n) read_sysreg(n)
#define W(n, v) do { write_sysreg(n, v); isb(); } while (0)

int main(void)
{
    if (!have_vhe()) {
        tprintf("  no FEAT_VHE: no _EL02 registers\n");
        return test_done();
    }
    uint64_t hcr = read_sysreg(hcr_el2);
    const uint64_t off = 0x40000000ULL;
    W(cntvoff_el2, off);
    hcr_write(hcr | HCR_E2H);
    W(CNTV_CTL_EL02, CNT_CTL_ENABLE | CNT_CTL_IMASK);
    uint64_t p0 = R(cntpct_el0);
    W(CNTV_TVAL_EL02, 1000);
    uint64_t p1 = R(cntpct_el0);
    uint64_t cv = R(CNTV_CVAL_EL02);
    CHECKM("CNTV_TVAL_EL02 = 1000: CVAL = CNTPCT - CNTVOFF + 1000",
           cval_from_tval(cv, 1000, p0 - off, p1 - off));
    isb();
    int32_t tv = (int32_t)R(CNTV_TVAL_EL02);
    CHECKM("CNTV_TVAL_EL02 read: in (0, 1000]", tv > 0 && tv <= 1000);
    W(CNTV_CTL_EL02, 0);
    hcr_write(hcr);
    W(cntvoff_el2, 0);
    return test_done();
}
