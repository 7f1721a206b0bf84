/* Stage 1 data access permissions (AArch64.S1DirectBasePermissions, AP[2:1]) and the
 * Permission fault (DFSC 0b0011LL, the level of the leaf).
 * EL2 regime (one privilege level: AP[1] is taken as 1, AP[2] = read-only):
 *   AP[2] = 1 page: loads succeed, a store faults (EC 0x25, WnR, 0x0F); the same in a
 *   2 MiB block (0x0E) and a 1 GiB block (0x0D); DC ZVA to the read-only page is a
 *   write: Permission fault with WnR = 1 and CM = 0 (DC ZVA is not cache maintenance).
 * EL1&0 regime, at EL1 and EL0 (EC 0x25 at EL1, EC 0x24 from EL0 to EL1):
 *   AP   EL1      EL0
 *   00   RW       none
 *   01   RW       RW
 *   10   RO       none
 *   11   RO       RO
 *   every allowed access succeeds; every other one faults with FAR = the VA.
 */
#include "pt.h"

#define VA_RO    UL(0x0000000100000000)
#define VA_RO2M  UL(0x0000000100200000)
#define VA_RO1G  UL(0x0000000140000000)
#define VA_AP(ap) (UL(0x0000000180000000) + UL(ap) * 0x1000)

static const uint64_t ap_attrs[4] = { PT_EL1_RW, PT_EL0_RW, PT_EL1_RO, PT_EL0_RO };

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }
static uint64_t el1_str(uint64_t va) { pt_str(va, va); return 0; }

int main(void)
{
    struct pt pt;
    pt_init(&pt, 1, 12, 48, -1);
    pt_map_ram(&pt, PT_EL2_RW);
    pt_map_at(&pt, VA_RO, PT_DATA(0), 3, PT_EL2_RO);
    pt_map_at(&pt, VA_RO2M, PT_DATA(0), 2, PT_EL2_RO);
    pt_map_at(&pt, VA_RO1G, PT_RAM_BASE, 1, PT_EL2_RO);
    pt_fill(PT_DATA(0), 0x1000);
    mmu_el2_on(&pt, 0, 0);

    CHECK_EQM("RO page: load", pt_ldr(VA_RO + 0x10), PT_PAT(PT_DATA(0) + 0x10));
    exc_expect();
    pt_str(VA_RO + 0x10, 0);
    CHECK_S1_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_PERM(3), pt_str_insn, VA_RO + 0x10);
    CHECK_EQM("RO 2M block: load", pt_ldr(VA_RO2M + 0x20), PT_PAT(PT_DATA(0) + 0x20));
    exc_expect();
    pt_str(VA_RO2M + 0x1238, 0);
    CHECK_S1_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_PERM(2), pt_str_insn, VA_RO2M + 0x1238);
    exc_expect();
    pt_str(VA_RO1G + (PT_DATA(0) - PT_RAM_BASE) + 0x30, 0);
    CHECK_S1_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_PERM(1), pt_str_insn,
                  VA_RO1G + (PT_DATA(0) - PT_RAM_BASE) + 0x30);
    extern char dczva_insn[];
    exc_expect();
    asm volatile("dczva_insn: dc zva, %0" :: "r"(VA_RO + 0x400) : "memory");
    CHECK_S1_DABT(2, EC_DABT_CUR, ISS_DABT_WNR | FSC_PERM(3), dczva_insn, VA_RO + 0x400);
    mmu_el2_off();
    CHECK_EQM("nothing was written", *(volatile uint64_t *)(PT_DATA(0) + 0x10), PT_PAT(PT_DATA(0) + 0x10));
    CHECK_EQM("nothing was zeroed", *(volatile uint64_t *)(PT_DATA(0) + 0x400), PT_PAT(PT_DATA(0) + 0x400));

    struct pt t1;
    pt_pool_reset();
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    for (int ap = 0; ap < 4; ap++)
        pt_map_at(&t1, VA_AP(ap), PT_DATA(1) + ap * 0x1000, 3, ap_attrs[ap]);
    pt_fill(PT_DATA(1), 0x4000);
    mmu_el1_on(&t1, 0, NULL, 0, 0);
    for (int ap = 0; ap < 4; ap++) {
        uint64_t va = VA_AP(ap) + 0x100 + ap * 8, pa = PT_DATA(1) + ap * 0x1000 + 0x100 + ap * 8;
        bool el1_w = !(ap & 2), el0_r = ap & 1, el0_w = ap == 1;
        CHECK_EQM("EL1 load", run_at_el1(el1_ldr, va), PT_PAT(pa));
        if (!el1_w)
            exc_expect();
        run_at_el1(el1_str, va + 0x40);
        if (el1_w)
            CHECK_EQM("EL1 store", *(volatile uint64_t *)(pa + 0x40), va + 0x40);
        else
            CHECK_S1_DABT(1, EC_DABT_CUR, ISS_DABT_WNR | FSC_PERM(3), pt_str_insn, va + 0x40);
        if (el0_r) {
            CHECK_EQM("EL0 load", run_at_el0(pt_el0_ldr, va), PT_PAT(pa));
        } else {
            exc_expect();
            run_at_el0(pt_el0_ldr, va);
            CHECK_S1_DABT(1, EC_DABT_LOW, FSC_PERM(3), pt_el0_ldr_insn, va);
        }
        if (!el0_w)
            exc_expect();
        run_at_el0(pt_el0_str, va + 0x80);
        if (el0_w)
            CHECK_EQM("EL0 store", *(volatile uint64_t *)(pa + 0x80), va + 0x80);
        else
            CHECK_S1_DABT(1, EC_DABT_LOW, ISS_DABT_WNR | FSC_PERM(3), pt_el0_str_insn, va + 0x80);
        if (test_failures) {
            tprintf("  (with AP = %d)\n", ap);
            break;
        }
    }
    mmu_el1_off();
    return test_done();
}
