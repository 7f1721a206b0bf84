/* Stage 1 execute permissions: UXN (EL0), PXN (EL1) in the EL1&0 regime, XN in the
 * EL2 regime (AArch64.S1DirectBasePermissions: ux = !(uxn || uxntable),
 * px = !(pxn || pxntable || uw), EL2: x = !(xn || xntable)). A fetch without execute
 * permission is a Permission fault: Instruction Abort, IFSC 0b0011LL, ELR = FAR = the
 * fetched address; EC 0x20 from EL0 (to EL1), 0x21 at EL1 and EL2.
 * Pages hold "movz w0, #n; ret" (pt_put_stub); all are AP = 0b11 (no one may write,
 * so px depends on PXN alone) unless said:
 *   UXN=1 PXN=0: EL0 fetch faults (level 3); EL1 executes;
 *   UXN=0 PXN=1: EL1 fetch faults; EL0 executes;
 *   UXN=1 PXN=1: both fault;
 *   UXN=1 in a 2 MiB block: EL0 fetch faults at level 2;
 *   EL2 regime: XN=1 page faults at EL2 (EC 0x21, level 3), XN=0 executes; a load from
 *   the XN page succeeds (XN is about execution only).
 */
#include "pt.h"

#define VA_UXN   UL(0x0000000100000000)
#define VA_PXN   UL(0x0000000100001000)
#define VA_BOTH  UL(0x0000000100002000)
#define VA_BLK   UL(0x0000000100200000)

static uint64_t el1_exec(uint64_t va) { return pt_exec(va); }

int main(void)
{
    struct pt pt;
    pt_init(&pt, 1, 12, 48, -1);
    pt_map_ram(&pt, PT_EL1_RW);
    pt_map_at(&pt, VA_UXN, PT_DATA(0), 3, PT_EL0_RO | PTE_UXN);
    pt_map_at(&pt, VA_PXN, PT_DATA(0), 3, PT_EL0_RO | PTE_PXN);
    pt_map_at(&pt, VA_BOTH, PT_DATA(0), 3, PT_EL0_RO | PTE_UXN | PTE_PXN);
    pt_map_at(&pt, VA_BLK, PT_DATA(0), 2, PT_EL0_RO | PTE_UXN);
    pt_fill(PT_DATA(0), 0x1000);
    pt_put_stub(PT_DATA(0) + 0x100, 0x51);
    mmu_el1_on(&pt, 0, NULL, 0, 0);

    exc_expect_recover(pt_el0_exec_fault);
    CHECK_EQM("UXN: EL0", run_at_el0(pt_el0_exec, VA_UXN + 0x100), ~UL(0));
    CHECK_IABT(1, EC_IABT_LOW, FSC_PERM(3), VA_UXN + 0x100);
    CHECK_EQM("UXN: EL1 executes", run_at_el1(el1_exec, VA_UXN + 0x100), 0x51);

    exc_expect_recover(pt_exec_fault);
    CHECK_EQM("PXN: EL1", run_at_el1(el1_exec, VA_PXN + 0x100), ~UL(0));
    CHECK_IABT(1, EC_IABT_CUR, FSC_PERM(3), VA_PXN + 0x100);
    CHECK_EQM("PXN: EL0 executes", run_at_el0(pt_el0_exec, VA_PXN + 0x100), 0x51);

    exc_expect_recover(pt_el0_exec_fault);
    run_at_el0(pt_el0_exec, VA_BOTH + 0x100);
    CHECK_IABT(1, EC_IABT_LOW, FSC_PERM(3), VA_BOTH + 0x100);
    exc_expect_recover(pt_exec_fault);
    run_at_el1(el1_exec, VA_BOTH + 0x100);
    CHECK_IABT(1, EC_IABT_CUR, FSC_PERM(3), VA_BOTH + 0x100);

    exc_expect_recover(pt_el0_exec_fault);
    run_at_el0(pt_el0_exec, VA_BLK + 0x100);
    CHECK_IABT(1, EC_IABT_LOW, FSC_PERM(2), VA_BLK + 0x100);
    mmu_el1_off();

    struct pt p2;
    pt_pool_reset();
    pt_init(&p2, 1, 12, 48, -1);
    pt_map_ram(&p2, PT_EL2_RW);
    pt_map_at(&p2, VA_UXN, PT_DATA(0), 3, PT_EL2_RO | PTE_XN);
    pt_map_at(&p2, VA_PXN, PT_DATA(0), 3, PT_EL2_RO);
    mmu_el2_on(&p2, 0, 0);
    exc_expect_recover(pt_exec_fault);
    pt_exec(VA_UXN + 0x100);
    CHECK_IABT(2, EC_IABT_CUR, FSC_PERM(3), VA_UXN + 0x100);
    CHECK_EQM("EL2 XN: load", pt_ldr(VA_UXN + 0x108), PT_PAT(PT_DATA(0) + 0x108));
    CHECK_EQM("EL2 XN=0 executes", pt_exec(VA_PXN + 0x100), 0x51);
    mmu_el2_off();
    return test_done();
}
