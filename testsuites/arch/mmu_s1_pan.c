/* PSTATE.PAN (FEAT_PAN): with PAN = 1, privileged data accesses to a location that EL0
 * can read or write take a Permission fault (AArch64.S1DirectBasePermissions: pan =
 * PSTATE.PAN && (ur || uw); pr = pr && !pan; pw = pw && !pan). Unaffected:
 *   - LDTR/STTR at EL1: unprivileged accesses, checked with EL0's permissions (ur/uw),
 *     which PAN does not touch (PSTATE.UAO = 0);
 *   - instruction fetches (PAN changes pr/pw only; no FEAT_PAN3 EPAN here);
 *   - locations EL0 cannot access (AP = 0b00);
 *   - AT S1E1R (only AT S1E1RP/S1E1WP of FEAT_PAN2 look at PAN).
 * EL1&0 regime, 4K, at EL1 with PAN set by MSR PAN, #1:
 *   AP=01 page: LDR -> Permission fault level 3 (EC 0x25, WnR 0), STR -> (WnR 1);
 *               LDTR/STTR succeed; with PAN = 0 LDR/STR succeed;
 *   AP=11 page: LDR faults; LDTR succeeds; a fetch (PXN = 0) succeeds;
 *   AP=00 page: LDR/STR succeed; LDTR faults (EL0 has no access), WnR 0; STTR WnR 1.
 *   AT S1E1R of the AP=01 page with PAN = 1: PAR_EL1.F = 0; AT S1E1RP (if FEAT_PAN2):
 *   F = 1, FST = Permission fault level 3.
 * Skipped (passes) without FEAT_PAN.
 */
#include "pt.h"

#define VA01  UL(0x0000000100000000)
#define VA11  UL(0x0000000100001000)
#define VA00  UL(0x0000000100002000)

extern char ldr_pan[], str_pan[], ldtr_00[], sttr_00[];

static uint64_t el1_body(uint64_t arg)
{
    uint64_t v;
    asm volatile("msr pan, #1" ::: "memory");
    exc_expect();
    asm volatile("mov %0, #0\nldr_pan: ldr %0, [%1]" : "=&r"(v) : "r"(VA01 + 8) : "memory");
    CHECK_S1_DABT(1, EC_DABT_CUR, FSC_PERM(3), ldr_pan, VA01 + 8);
    exc_expect();
    asm volatile("str_pan: str %0, [%0]" :: "r"(VA01 + 0x10) : "memory");
    CHECK_S1_DABT(1, EC_DABT_CUR, ISS_DABT_WNR | FSC_PERM(3), str_pan, VA01 + 0x10);
    asm volatile("ldtr %0, [%1]" : "=r"(v) : "r"(VA01 + 0x18) : "memory");
    CHECK_EQM("PAN=1: LDTR of AP=01", v, PT_PAT(PT_DATA(0) + 0x18));
    asm volatile("sttr %0, [%0]" :: "r"(VA01 + 0x20) : "memory");
    CHECK_EQM("PAN=1: STTR to AP=01", *(volatile uint64_t *)(PT_DATA(0) + 0x20), VA01 + 0x20);

    exc_expect();
    pt_ldr(VA11 + 0x28);
    CHECK_S1_DABT(1, EC_DABT_CUR, FSC_PERM(3), pt_ldr_insn, VA11 + 0x28);
    asm volatile("ldtr %0, [%1]" : "=r"(v) : "r"(VA11 + 0x28) : "memory");
    CHECK_EQM("PAN=1: LDTR of AP=11", v, PT_PAT(PT_DATA(0) + 0x1028));
    CHECK_EQM("PAN=1: fetch from AP=11", pt_exec(VA11 + 0x800), 0x11);

    CHECK_EQM("PAN=1: LDR of AP=00", pt_ldr(VA00 + 0x30), PT_PAT(PT_DATA(0) + 0x2030));
    pt_str(VA00 + 0x38, 0x38);
    CHECK_EQM("PAN=1: STR to AP=00", *(volatile uint64_t *)(PT_DATA(0) + 0x2038), 0x38);
    exc_expect();
    asm volatile("mov %0, #0\nldtr_00: ldtr %0, [%1]" : "=&r"(v) : "r"(VA00 + 0x40) : "memory");
    CHECK_S1_DABT(1, EC_DABT_CUR, FSC_PERM(3), ldtr_00, VA00 + 0x40);
    exc_expect();
    asm volatile("sttr_00: sttr %0, [%0]" :: "r"(VA00 + 0x48) : "memory");
    CHECK_S1_DABT(1, EC_DABT_CUR, ISS_DABT_WNR | FSC_PERM(3), sttr_00, VA00 + 0x48);

    asm volatile("at s1e1r, %0\n\tisb" :: "r"(VA01) : "memory");
    uint64_t par = read_sysreg(par_el1);
    CHECK_EQM("PAN=1: AT S1E1R PAR.F", par & PAR_F, 0);
    CHECK_EQM("PAN=1: AT S1E1R PAR.PA", PAR_PA(par), PT_DATA(0));
    if (pt_pan_level() >= 2) {
        /* AT S1E1RP: SYS #0, C7, C9, #0 */
        asm volatile("sys #0, c7, c9, #0, %0\n\tisb" :: "r"(VA01) : "memory");
        par = read_sysreg(par_el1);
        CHECK_EQM("PAN=1: AT S1E1RP PAR.F", par & PAR_F, 1);
        CHECK_EQM("PAN=1: AT S1E1RP PAR.FST", PAR_FST(par), FSC_PERM(3));
    }
    CHECK_EQM("PSTATE.PAN still 1", read_sysreg(pan), PSR_PAN);

    asm volatile("msr pan, #0" ::: "memory");
    CHECK_EQM("PAN=0: LDR of AP=01", pt_ldr(VA01 + 8), PT_PAT(PT_DATA(0) + 8));
    pt_str(VA01 + 0x50, 0x50);
    CHECK_EQM("PAN=0: STR to AP=01", *(volatile uint64_t *)(PT_DATA(0) + 0x50), 0x50);
    return 0;
}

int main(void)
{
    if (!pt_pan_level()) {
        tprintf("FEAT_PAN not implemented: skipped\n");
        return test_done();
    }
    struct pt pt;
    pt_init(&pt, 1, 12, 48, -1);
    pt_map_ram(&pt, PT_EL1_RW);
    pt_map_at(&pt, VA01, PT_DATA(0), 3, PT_EL0_RW);
    pt_map_at(&pt, VA11, PT_DATA(0) + 0x1000, 3, PT_EL0_RO);
    pt_map_at(&pt, VA00, PT_DATA(0) + 0x2000, 3, PT_EL1_RW);
    pt_fill(PT_DATA(0), 0x3000);
    pt_put_stub(PT_DATA(0) + 0x1800, 0x11);
    mmu_el1_on(&pt, 0, NULL, 0, 0);
    run_at_el1(el1_body, 0);
    mmu_el1_off();
    return test_done();
}
