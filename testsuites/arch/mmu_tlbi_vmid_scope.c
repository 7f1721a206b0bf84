/* What VMID-scoped TLB maintenance must leave alone, and VMID switches that keep
 * entries. EL1 stage 1 off; VM 1 (VMID 1) maps IPA U to D0, VM 2 (VMID 2) maps IPA W to
 * D1 (another IPA, so that no check depends on the TLB holding two entries for one
 * address at once, which a direct-mapped TLB may not; that each VM sees its own memory
 * at one IPA is in mmu_s2_two_vms).
 *   a) U used in VM 1, then W in VM 2; VM 1's stage 2 descriptor for U changed; back in
 *      VM 1 without TLBI: VM 1's entry is still there (D0);
 *   b) the same, but TLBI VMALLS12E1 done while VM 2 is current: VM 1's entry stays (D0);
 *   c) the same with TLBI VMALLE1 executed by the guest at EL1 in VM 2: VM 1's stays;
 *   d) the same with TLBI IPAS2E1 (U), DSB, TLBI VMALLE1 at EL2 while VM 2 is current:
 *      VM 1's stays.
 * Each check expects the old translation: permitted but not required (an entry may be
 * evicted at any time); trapeze's TLB is tagged with the VMID and keeps entries until a
 * TLBI in their scope (docs DESIGN.md), which these checks pin down.
 *
 * QEMU-DEVIATION: not an architectural deviation but a permitted difference: QEMU 7.2's
 * TLB is not tagged with VMIDs, so it flushes the EL1&0 regime whenever VTTBR_EL2
 * changes (vttbr_write) and every "old translation" check fails there.
 */
#include "pt.h"

#define IPA_U  UL(0x0000000080000000)
#define IPA_W  UL(0x0000000080200000)

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }
static uint64_t el1_vmalle1(uint64_t x) { tlbi(vmalle1); dsb(ish); isb(); return 0; }

static struct pt vm1, vm2;

static void to_vm(int n)
{
    write_sysreg(vttbr_el2, n == 1 ? ttbr(&vm1, 1) : ttbr(&vm2, 2));
    isb();
}

static void setup(void)
{
    pt_map_at(&vm1, IPA_U, PT_DATA(0), 3, PT_S2_NORMAL);
    pt_map_at(&vm2, IPA_W, PT_DATA(1), 3, PT_S2_NORMAL);
    to_vm(1);
    pt_tlbi_all();
    CHECK_EQM("U in VM 1", run_at_el1(el1_ldr, IPA_U + 8), PT_PAT(PT_DATA(0) + 8));
    to_vm(2);
    CHECK_EQM("W in VM 2", run_at_el1(el1_ldr, IPA_W + 8), PT_PAT(PT_DATA(1) + 8));
    pt_map_at(&vm1, IPA_U, PT_DATA(3), 3, PT_S2_NORMAL);
    dsb(sy);
}

int main(void)
{
    for (int i = 0; i < 4; i++)
        pt_fill(PT_DATA(i), 0x100);
    pt_init(&vm1, 2, 12, 40, 1);
    pt_map_ram(&vm1, PT_S2_NORMAL);
    pt_init(&vm2, 2, 12, 40, 1);
    pt_map_ram(&vm2, PT_S2_NORMAL);
    mmu_s2_on(&vm1, 1, 0, 0);

    setup();
    to_vm(1);
    CHECK_EQM("a) back in VM 1, no TLBI: old", run_at_el1(el1_ldr, IPA_U + 8), PT_PAT(PT_DATA(0) + 8));

    setup();
    tlbi(vmalls12e1);
    dsb(ish);
    isb();
    CHECK_EQM("b) VM 2 after VMALLS12E1: W", run_at_el1(el1_ldr, IPA_W + 8), PT_PAT(PT_DATA(1) + 8));
    to_vm(1);
    CHECK_EQM("b) VM 1 after VM 2's VMALLS12E1: old", run_at_el1(el1_ldr, IPA_U + 8), PT_PAT(PT_DATA(0) + 8));

    setup();
    run_at_el1(el1_vmalle1, 0);
    to_vm(1);
    CHECK_EQM("c) VM 1 after VM 2's VMALLE1: old", run_at_el1(el1_ldr, IPA_U + 8), PT_PAT(PT_DATA(0) + 8));

    setup();
    tlbi_x(ipas2e1, TLBI_IPA(IPA_U));
    dsb(ish);
    tlbi(vmalle1);
    dsb(ish);
    isb();
    to_vm(1);
    CHECK_EQM("d) VM 1 after VM 2's IPAS2E1 + VMALLE1: old", run_at_el1(el1_ldr, IPA_U + 8),
              PT_PAT(PT_DATA(0) + 8));
    mmu_s2_off();
    return test_done();
}
