/* A location that EL0 can write is never executable at EL1, whatever PXN says
 * (AArch64.S1DirectBasePermissions: px = !(pxn || pxntable || uw)). EL1&0 regime:
 *   AP=01 (EL0 RW), PXN=0 UXN=0: EL1 fetch -> Permission fault level 3 (EC 0x21,
 *     ELR = FAR = target); EL0 executes it (ux does not depend on AP);
 *   AP=11 (EL0 RO), PXN=0: EL1 executes;
 *   AP=00 (EL1 RW only), PXN=0: EL1 executes, and EL0 too (UXN=0: execute-only at EL0,
 *     ux does not need ur);
 *   AP=01 in a 2 MiB block: EL1 fetch faults at level 2.
 */
#include "pt.h"

#define VA01   UL(0x0000000100000000)
#define VA11   UL(0x0000000100001000)
#define VA00   UL(0x0000000100002000)
#define VA01B  UL(0x0000000100200000)

static uint64_t el1_exec(uint64_t va) { return pt_exec(va); }

int main(void)
{
    struct pt pt;
    pt_init(&pt, 1, 12, 48, -1);
    pt_map_ram(&pt, PT_EL1_RW);
    pt_map_at(&pt, VA01, PT_DATA(0), 3, PT_EL0_RW);
    pt_map_at(&pt, VA11, PT_DATA(0), 3, PT_EL0_RO);
    pt_map_at(&pt, VA00, PT_DATA(0), 3, PT_EL1_RW);
    pt_map_at(&pt, VA01B, PT_DATA(0), 2, PT_EL0_RW);
    pt_put_stub(PT_DATA(0) + 0x200, 0x61);
    mmu_el1_on(&pt, 0, NULL, 0, 0);

    exc_expect_recover(pt_exec_fault);
    CHECK_EQM("AP=01: EL1", run_at_el1(el1_exec, VA01 + 0x200), ~UL(0));
    CHECK_IABT(1, EC_IABT_CUR, FSC_PERM(3), VA01 + 0x200);
    CHECK_EQM("AP=01: EL0 executes", run_at_el0(pt_el0_exec, VA01 + 0x200), 0x61);
    CHECK_EQM("AP=11: EL1 executes", run_at_el1(el1_exec, VA11 + 0x200), 0x61);
    CHECK_EQM("AP=00: EL1 executes", run_at_el1(el1_exec, VA00 + 0x200), 0x61);
    CHECK_EQM("AP=00: EL0 executes (execute-only)", run_at_el0(pt_el0_exec, VA00 + 0x200), 0x61);
    exc_expect_recover(pt_exec_fault);
    run_at_el1(el1_exec, VA01B + 0x200);
    CHECK_IABT(1, EC_IABT_CUR, FSC_PERM(2), VA01B + 0x200);
    mmu_el1_off();
    return test_done();
}
