/* TLBI ALLE1 / ALLE1IS (at EL2): invalidate every entry of the EL1&0 regime, stage 1 and
 * stage 2, of every VMID; EL2 regime entries are outside the scope.
 * EL1 stage 1 off; VM 1 (VMID 1) and VM 2 (VMID 2) map IPA U to D0 and D1; EL2 regime
 * on with Y -> D2.
 *   U used in VM 1 (D0) and in VM 2 (D1); both VMs' stage 2 descriptors for U changed
 *   (-> D3, D4), Y changed (-> D5); TLBI op while VM 2 is current, DSB, ISB:
 *   U in VM 2 gives D4, and back in VM 1 D3 (required: all VMIDs);
 *   Y still gives D2 (outside the scope; kept by trapeze's and QEMU's TLBs, nothing
 *   evicts it).
 */
#include "pt.h"

#define IPA_U  UL(0x0000000080000000)
#define VA_Y   UL(0x0000000100000000)

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }

int main(void)
{
    for (int i = 0; i < 6; i++)
        pt_fill(PT_DATA(i), 0x100);
    for (int op = 0; op < 2; op++) {
        int before = test_failures;
        struct pt vm1, vm2, p2;
        pt_pool_reset();
        pt_init(&vm1, 2, 12, 40, 1);
        pt_map_ram(&vm1, PT_S2_NORMAL);
        pt_map_at(&vm1, IPA_U, PT_DATA(0), 3, PT_S2_NORMAL);
        pt_init(&vm2, 2, 12, 40, 1);
        pt_map_ram(&vm2, PT_S2_NORMAL);
        pt_map_at(&vm2, IPA_U, PT_DATA(1), 3, PT_S2_NORMAL);
        pt_init(&p2, 1, 12, 48, -1);
        pt_map_ram(&p2, PT_EL2_RW);
        pt_map_at(&p2, VA_Y, PT_DATA(2), 3, PT_EL2_RW);

        mmu_s2_on(&vm1, 1, 0, 0);
        mmu_el2_on(&p2, 0, 0);
        CHECK_EQM("Y first use", pt_ldr(VA_Y + 8), PT_PAT(PT_DATA(2) + 8));
        CHECK_EQM("U in VM 1", run_at_el1(el1_ldr, IPA_U + 8), PT_PAT(PT_DATA(0) + 8));
        write_sysreg(vttbr_el2, ttbr(&vm2, 2));
        isb();
        CHECK_EQM("U in VM 2", run_at_el1(el1_ldr, IPA_U + 8), PT_PAT(PT_DATA(1) + 8));
        pt_map_at(&vm1, IPA_U, PT_DATA(3), 3, PT_S2_NORMAL);
        pt_map_at(&vm2, IPA_U, PT_DATA(4), 3, PT_S2_NORMAL);
        pt_map_at(&p2, VA_Y, PT_DATA(5), 3, PT_EL2_RW);
        dsb(ishst);
        if (op)
            tlbi(alle1is);
        else
            tlbi(alle1);
        dsb(ish);
        isb();
        CHECK_EQM("U in VM 2: new", run_at_el1(el1_ldr, IPA_U + 8), PT_PAT(PT_DATA(4) + 8));
        write_sysreg(vttbr_el2, ttbr(&vm1, 1));
        isb();
        CHECK_EQM("U in VM 1: new", run_at_el1(el1_ldr, IPA_U + 8), PT_PAT(PT_DATA(3) + 8));
        CHECK_EQM("Y (EL2): old", pt_ldr(VA_Y + 8), PT_PAT(PT_DATA(2) + 8));
        mmu_el2_off();
        mmu_s2_off();
        if (test_failures != before)
            tprintf("  (with TLBI %s)\n", op ? "ALLE1IS" : "ALLE1");
    }
    return test_done();
}
