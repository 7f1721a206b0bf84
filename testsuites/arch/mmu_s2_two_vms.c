/* Two VMs: stage 2 tables tagged by VMID (VTTBR_EL2.VMID, 8 bits; 16 bits with
 * VTCR_EL2.VS = 1 when ID_AA64MMFR1_EL1.VMIDBits says so). The same IPA is mapped to
 * different PAs in the two VMs; EL2 switches VTTBR_EL2 between them without TLB
 * maintenance, as a hypervisor with distinct VMIDs may: each VM must see its own
 * memory (an entry of one VMID never matches in another).
 *   EL1 stage 1 off: IPA 0x8000_0000 -> D0 in VM 1, D1 in VM 2; VM 1, VM 2, VM 1 again.
 *   EL1 stage 1 on, one stage 1 table (identical in both VMs' IPA space) mapping a
 *   global VA G -> IPA 0x8000_0000: a global stage 1 entry is still per VMID, so G
 *   gives D0 in VM 1 and D1 in VM 2.
 *   The same with 16-bit VMIDs 0x0103 and 0x0203, which differ only in bits [15:8].
 */
#include "pt.h"

#define IPA_X  UL(0x0000000080000000)
#define VA_G   UL(0x0000000100000000)

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }

static void run(const char *what, struct pt *vm1, struct pt *vm2, uint64_t vmid1,
                uint64_t vmid2, uint64_t va, uint64_t vtcr)
{
    int before = test_failures;
    mmu_s2_on(vm1, vmid1, vtcr, 0);
    CHECK_EQM("VM 1", run_at_el1(el1_ldr, va + 8), PT_PAT(PT_DATA(0) + 8));
    write_sysreg(vttbr_el2, ttbr(vm2, vmid2));
    isb();
    CHECK_EQM("VM 2", run_at_el1(el1_ldr, va + 8), PT_PAT(PT_DATA(1) + 8));
    write_sysreg(vttbr_el2, ttbr(vm1, vmid1));
    isb();
    CHECK_EQM("VM 1 again", run_at_el1(el1_ldr, va + 8), PT_PAT(PT_DATA(0) + 8));
    write_sysreg(vttbr_el2, ttbr(vm2, vmid2));
    isb();
    CHECK_EQM("VM 2 again", run_at_el1(el1_ldr, va + 8), PT_PAT(PT_DATA(1) + 8));
    mmu_s2_off();
    if (test_failures != before)
        tprintf("  (with %s)\n", what);
}

int main(void)
{
    struct pt vm1, vm2, t1;
    pt_init(&vm1, 2, 12, 40, 1);
    pt_map_ram(&vm1, PT_S2_NORMAL);
    pt_map_at(&vm1, IPA_X, PT_DATA(0), 3, PT_S2_NORMAL);
    pt_init(&vm2, 2, 12, 40, 1);
    pt_map_ram(&vm2, PT_S2_NORMAL);
    pt_map_at(&vm2, IPA_X, PT_DATA(1), 3, PT_S2_NORMAL);
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    pt_map_at(&t1, VA_G, IPA_X, 3, PT_EL1_RW);
    pt_fill(PT_DATA(0), 0x100);
    pt_fill(PT_DATA(1), 0x100);

    run("stage 1 off, VMIDs 1 and 2", &vm1, &vm2, 1, 2, IPA_X, 0);
    mmu_el1_on(&t1, 0, NULL, 0, 0);
    run("a global stage 1 entry, VMIDs 1 and 2", &vm1, &vm2, 1, 2, VA_G, 0);
    mmu_el1_off();
    if (pt_has_vmid16()) {
        run("stage 1 off, VMIDs 0x0103 and 0x0203", &vm1, &vm2, 0x0103, 0x0203, IPA_X, VTCR_VS);
        mmu_el1_on(&t1, 0, NULL, 0, 0);
        run("a global stage 1 entry, VMIDs 0x0103 and 0x0203", &vm1, &vm2, 0x0103, 0x0203, VA_G, VTCR_VS);
        mmu_el1_off();
    } else {
        tprintf("16-bit VMIDs not implemented: skipped\n");
    }
    return test_done();
}
