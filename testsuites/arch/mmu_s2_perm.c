/* Stage 2 permissions and the stage 2 Access flag (AArch64.S2CheckPermissions,
 * AArch64.S2Walk), EL1 with stage 1 off (VA = IPA), 4K, T0SZ = 24, SL0 = 1.
 * S2AP[1:0] (descriptor bits [7:6]): 00 none, 01 read-only, 10 write-only, 11 RW;
 * XN (bit 54) forbids execution at EL1/EL0 (fetches from Device memory: see
 * mmu_device_fetch). Faults go to EL2: Data Abort EC 0x24 with ISV = 1 (single
 * register access: LDR X0, [X0] -> SAS 3, SRT 0, SF; STR X1, [X0] -> SRT 1, WnR),
 * Instruction Abort EC 0x20 (IFSC, ELR = FAR = the target); FAR_EL2 = the VA.
 *   S2AP=01 page: load ok; store -> Permission, level 3 (0x0F);
 *   S2AP=10 page: store ok (lands at the PA); load -> Permission, level 3;
 *   S2AP=00 page: load -> Permission, level 3;
 *   S2AP=01 2 MiB block: store -> Permission, level 2 (0x0E);
 *   XN=1 page: fetch -> Permission, level 3; load ok; XN=0, S2AP=01: executes;
 *   AF=0 page (VTCR_EL2.HA = 0): load -> Access flag, level 3 (0x0B), HPFAR_EL2 = the
 *   IPA (it is valid for Translation, Access flag and Address size faults; for a stage 2
 *   Permission fault not on a stage 1 walk it is UNKNOWN, so not checked there);
 *   AF=0 2 MiB block: load -> Access flag, level 2.
 */
#include "pt.h"

#define IPA_RO   UL(0x0000000080000000)
#define IPA_WO   UL(0x0000000080001000)
#define IPA_NA   UL(0x0000000080002000)
#define IPA_XN   UL(0x0000000080003000)
#define IPA_AF   UL(0x0000000080005000)
#define IPA_ROB  UL(0x0000000080200000)
#define IPA_AFB  UL(0x0000000080400000)

#define ISS_LDR  (ISS_DABT_ISV | ISS_SAS(3) | ISS_SRT(0) | ISS_SF)
#define ISS_STR  (ISS_DABT_ISV | ISS_SAS(3) | ISS_SRT(1) | ISS_SF | ISS_DABT_WNR)

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }
static uint64_t el1_str(uint64_t va) { pt_str(va, 0x5151); return 0; }
static uint64_t el1_exec(uint64_t va) { return pt_exec(va); }

#define S2_BASE  (S2_MEMATTR(S2_MEMATTR_NORMAL_WB) | PTE_SH_INNER | PTE_AF)

int main(void)
{
    struct pt s2;
    pt_init(&s2, 2, 12, 40, 1);
    pt_map_ram(&s2, PT_S2_NORMAL);
    pt_map_at(&s2, IPA_RO, PT_DATA(0), 3, S2_BASE | S2_AP_R);
    pt_map_at(&s2, IPA_WO, PT_DATA(1), 3, S2_BASE | S2_AP_W);
    pt_map_at(&s2, IPA_NA, PT_DATA(0), 3, S2_BASE);
    pt_map_at(&s2, IPA_XN, PT_DATA(0), 3, PT_S2_NORMAL | S2_XN);
    pt_map_at(&s2, IPA_AF, PT_DATA(0), 3, PT_S2_NORMAL & ~PTE_AF);
    pt_map_at(&s2, IPA_ROB, PT_DATA(32), 2, S2_BASE | S2_AP_R);
    pt_map_at(&s2, IPA_AFB, PT_DATA(32), 2, PT_S2_NORMAL & ~PTE_AF);
    pt_fill(PT_DATA(0), 0x1000);
    pt_fill(PT_DATA(1), 0x1000);
    pt_put_stub(PT_DATA(0) + 0x600, 0x91);
    mmu_s2_on(&s2, 1, 0, 0);
    pt_hook_el2(NULL);

    CHECK_EQM("S2AP=01: load", run_at_el1(el1_ldr, IPA_RO + 8), PT_PAT(PT_DATA(0) + 8));
    exc_expect();
    run_at_el1(el1_str, IPA_RO + 0x10);
    CHECK_EXC(2, EC_DABT_LOW, ISS_STR | FSC_PERM(3), pt_str_insn);
    CHECK_EQM("FAR_EL2", exc_last.far, IPA_RO + 0x10);

    run_at_el1(el1_str, IPA_WO + 0x18);
    CHECK_EQM("S2AP=10: store", *(volatile uint64_t *)(PT_DATA(1) + 0x18), 0x5151);
    exc_expect();
    run_at_el1(el1_ldr, IPA_WO + 0x20);
    CHECK_EXC(2, EC_DABT_LOW, ISS_LDR | FSC_PERM(3), pt_ldr_insn);
    CHECK_EQM("FAR_EL2", exc_last.far, IPA_WO + 0x20);

    exc_expect();
    run_at_el1(el1_ldr, IPA_NA + 0x28);
    CHECK_EXC(2, EC_DABT_LOW, ISS_LDR | FSC_PERM(3), pt_ldr_insn);
    CHECK_EQM("FAR_EL2", exc_last.far, IPA_NA + 0x28);

    exc_expect();
    run_at_el1(el1_str, IPA_ROB + 0x12340);
    CHECK_EXC(2, EC_DABT_LOW, ISS_STR | FSC_PERM(2), pt_str_insn);
    CHECK_EQM("FAR_EL2", exc_last.far, IPA_ROB + 0x12340);

    exc_expect_recover(pt_exec_fault);
    CHECK_EQM("XN: fetch", run_at_el1(el1_exec, IPA_XN + 0x600), ~UL(0));
    CHECK_EXC(2, EC_IABT_LOW, FSC_PERM(3), IPA_XN + 0x600);
    CHECK_EQM("FAR_EL2", exc_last.far, IPA_XN + 0x600);
    CHECK_EQM("XN: load", run_at_el1(el1_ldr, IPA_XN + 0x30), PT_PAT(PT_DATA(0) + 0x30));
    CHECK_EQM("XN=0 S2AP=01: executes", run_at_el1(el1_exec, IPA_RO + 0x600), 0x91);

    exc_expect();
    run_at_el1(el1_ldr, IPA_AF + 0x38);
    CHECK_EXC(2, EC_DABT_LOW, ISS_LDR | FSC_ACCESS(3), pt_ldr_insn);
    CHECK_EQM("FAR_EL2", exc_last.far, IPA_AF + 0x38);
    CHECK_EQM("HPFAR_EL2", pt_last_hpfar, HPFAR_IPA(IPA_AF));
    exc_expect();
    run_at_el1(el1_ldr, IPA_AFB + 0x1ff008);
    CHECK_EXC(2, EC_DABT_LOW, ISS_LDR | FSC_ACCESS(2), pt_ldr_insn);
    CHECK_EQM("FAR_EL2", exc_last.far, IPA_AFB + 0x1ff008);
    CHECK_EQM("HPFAR_EL2", pt_last_hpfar, HPFAR_IPA(IPA_AFB + 0x1ff000));

    pt_unhook_el2();
    mmu_s2_off();
    CHECK_EQM("S2AP=01: nothing stored", *(volatile uint64_t *)(PT_DATA(0) + 0x10), PT_PAT(PT_DATA(0) + 0x10));
    return test_done();
}
