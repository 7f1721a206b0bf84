/* Stage 2 faults on the stage 1 translation table walk (S1PTW). EL1 runs with stage 1
 * on; its tables live in IPA space (= PA, mapped by stage 2). When a stage 1 walk reads
 * a table whose IPA stage 2 does not allow, the fault is a stage 2 fault reported with
 * ISS.S1PTW = 1 (AArch64.S1Walk calls AArch64.S2Translate for each descriptor read),
 * ISV = 0 (the instruction syndrome is only given for stage 2 aborts on the access
 * itself), DFSC = the stage 2 fault and its stage 2 level, FAR_EL2 = the VA being
 * translated, HPFAR_EL2.FIPA = the IPA of the table (valid for S1PTW faults whatever
 * their type).
 *   VA_X's level 3 table page unmapped at stage 2: LDR -> EC 0x24, ISS = S1PTW |
 *     Translation level 3 (0x87; WnR 0: the access and the walk are reads); an
 *     instruction fetch from VA_X + 0x1000 -> EC 0x20, ISS = S1PTW | 0x07;
 *     AT S1E1R from EL2 -> PAR_EL1.F = 1, FST = 0x07, PTW = 1, S = 1 (not taken);
 *   VA_Y's table page mapped S2AP = 00: Permission fault, level 3, S1PTW (0x8F);
 *   VA_Z's table page mapped with AF = 0: Access flag fault, level 3, S1PTW (0x8B).
 * A store through VA_X also faults with S1PTW = 1; its WnR is not checked (the ASL
 * reports the walk's read, WnR = 0; older text tied WnR to the instruction).
 */
#include "pt.h"

#define VA_X   UL(0x0000000100000000)
#define VA_Y   UL(0x0000000100200000)
#define VA_Z   UL(0x0000000100400000)

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }
static uint64_t el1_str(uint64_t va) { pt_str(va, 1); return 0; }
static uint64_t el1_exec(uint64_t va) { return pt_exec(va); }

int main(void)
{
    struct pt t1, s2;
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    pt_map_at(&t1, VA_X, PT_DATA(0), 3, PT_EL1_RW);
    pt_map_at(&t1, VA_X + 0x1000, PT_DATA(0), 3, PT_EL1_RO);
    pt_map_at(&t1, VA_Y, PT_DATA(0), 3, PT_EL1_RW);
    pt_map_at(&t1, VA_Z, PT_DATA(0), 3, PT_EL1_RW);
    uint64_t tx = *pt_find(&t1, VA_X, 2) & PT_OA_MASK(12);
    uint64_t ty = *pt_find(&t1, VA_Y, 2) & PT_OA_MASK(12);
    uint64_t tz = *pt_find(&t1, VA_Z, 2) & PT_OA_MASK(12);
    pt_init(&s2, 2, 12, 40, 1);
    pt_map_ram(&s2, PT_S2_NORMAL);
    *pt_slot(&s2, tx, 3) = 0;
    pt_map_at(&s2, ty, ty, 3, PT_S2_NORMAL & ~(S2_AP_R | S2_AP_W));
    pt_map_at(&s2, tz, tz, 3, PT_S2_NORMAL & ~PTE_AF);
    pt_fill(PT_DATA(0), 0x100);
    pt_put_stub(PT_DATA(0) + 0x800, 0xb1);
    mmu_el1_on(&t1, 0, NULL, 0, 0);
    mmu_s2_on(&s2, 1, 0, 0);
    pt_hook_el2(NULL);

    exc_expect();
    run_at_el1(el1_ldr, VA_X + 0x18);
    CHECK_EXC(2, EC_DABT_LOW, ISS_DABT_S1PTW | FSC_TRANS(3), pt_ldr_insn);
    CHECK_EQM("FAR_EL2", exc_last.far, VA_X + 0x18);
    CHECK_EQM("HPFAR_EL2 (the table's IPA)", pt_last_hpfar, HPFAR_IPA(tx));

    exc_expect();
    run_at_el1(el1_str, VA_X + 0x20);
    CHECK_EQM("store: ESR_EL2.EC", ESR_EC(exc_last.esr), EC_DABT_LOW);
    CHECK_EQM("store: ESR_EL2.ISS but WnR", ESR_ISS(exc_last.esr) & ~ISS_DABT_WNR,
              ISS_DABT_S1PTW | FSC_TRANS(3));
    CHECK_EQM("store: FAR_EL2", exc_last.far, VA_X + 0x20);
    CHECK_EQM("store: HPFAR_EL2", pt_last_hpfar, HPFAR_IPA(tx));

    exc_expect_recover(pt_exec_fault);
    run_at_el1(el1_exec, VA_X + 0x1800);
    CHECK_EXC(2, EC_IABT_LOW, ISS_DABT_S1PTW | FSC_TRANS(3), VA_X + 0x1800);
    CHECK_EQM("fetch: FAR_EL2", exc_last.far, VA_X + 0x1800);
    CHECK_EQM("fetch: HPFAR_EL2", pt_last_hpfar, HPFAR_IPA(tx));

    at(s1e1r, VA_X + 0x18);
    uint64_t par = read_sysreg(par_el1);
    CHECK_EQM("AT S1E1R at EL2: PAR.F", par & PAR_F, 1);
    CHECK_EQM("AT S1E1R at EL2: PAR.FST", PAR_FST(par), FSC_TRANS(3));
    CHECK_EQM("AT S1E1R at EL2: PAR.PTW", par & PAR_PTW, PAR_PTW);
    CHECK_EQM("AT S1E1R at EL2: PAR.S", par & PAR_S, PAR_S);

    exc_expect();
    run_at_el1(el1_ldr, VA_Y + 0x28);
    CHECK_EXC(2, EC_DABT_LOW, ISS_DABT_S1PTW | FSC_PERM(3), pt_ldr_insn);
    CHECK_EQM("S2AP=00: FAR_EL2", exc_last.far, VA_Y + 0x28);
    CHECK_EQM("S2AP=00: HPFAR_EL2", pt_last_hpfar, HPFAR_IPA(ty));

    exc_expect();
    run_at_el1(el1_ldr, VA_Z + 0x30);
    CHECK_EXC(2, EC_DABT_LOW, ISS_DABT_S1PTW | FSC_ACCESS(3), pt_ldr_insn);
    CHECK_EQM("AF=0: FAR_EL2", exc_last.far, VA_Z + 0x30);
    CHECK_EQM("AF=0: HPFAR_EL2", pt_last_hpfar, HPFAR_IPA(tz));

    pt_unhook_el2();
    mmu_s2_off();
    CHECK_EQM("without stage 2 the walk works", run_at_el1(el1_ldr, VA_X + 0x18), PT_PAT(PT_DATA(0) + 0x18));
    mmu_el1_off();
    return test_done();
}
