/* HCR_EL2.PTW (protected table walk): when a stage 1 walk of the EL1&0 regime reads a
 * table that stage 2 maps as Device memory, PTW = 1 makes that a stage 2 Permission
 * fault (AArch64.S2CheckPermissions for AccessType_TTW: walkparams.ptw && Device), with
 * S1PTW = 1, at the level of the stage 2 leaf for the table's IPA; with PTW = 0 the walk
 * reads it (the ASL has no other check on it) and the access completes.
 * EL1 stage 1 on: VA_X's level 3 table page is mapped by stage 2 as Device-nGnRE (RW),
 * the rest of RAM as Normal.
 *   PTW = 0: LDR VA_X -> the data (D0);
 *   PTW = 1: LDR VA_X -> EC 0x24 to EL2, ISS = S1PTW | Permission level 3 (0x8F),
 *     FAR_EL2 = VA, HPFAR_EL2 = the table's IPA; AT S1E1R from EL2 -> PAR.F = 1,
 *     FST = 0x0F, PTW = 1, S = 1.
 */
#include "pt.h"

#define VA_X  UL(0x0000000100000000)

static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }

int main(void)
{
    struct pt t1, s2;
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    pt_map_at(&t1, VA_X, PT_DATA(0), 3, PT_EL1_RW);
    uint64_t tx = *pt_find(&t1, VA_X, 2) & PT_OA_MASK(12);
    pt_init(&s2, 2, 12, 40, 1);
    pt_map_ram(&s2, PT_S2_NORMAL);
    pt_map_at(&s2, tx, tx, 3, PT_S2_DEVICE);
    pt_fill(PT_DATA(0), 0x100);
    mmu_el1_on(&t1, 0, NULL, 0, 0);

    mmu_s2_on(&s2, 1, 0, 0);
    CHECK_EQM("PTW = 0: load", run_at_el1(el1_ldr, VA_X + 0x18), PT_PAT(PT_DATA(0) + 0x18));
    mmu_s2_off();

    mmu_s2_on(&s2, 1, 0, HCR_PTW);
    pt_hook_el2(NULL);
    exc_expect();
    run_at_el1(el1_ldr, VA_X + 0x18);
    CHECK_EXC(2, EC_DABT_LOW, ISS_DABT_S1PTW | FSC_PERM(3), pt_ldr_insn);
    CHECK_EQM("FAR_EL2", exc_last.far, VA_X + 0x18);
    CHECK_EQM("HPFAR_EL2", pt_last_hpfar, HPFAR_IPA(tx));
    pt_unhook_el2();
    at(s1e1r, VA_X + 0x18);
    uint64_t par = read_sysreg(par_el1);
    CHECK_EQM("AT S1E1R: PAR.F", par & PAR_F, 1);
    CHECK_EQM("AT S1E1R: PAR.FST", PAR_FST(par), FSC_PERM(3));
    CHECK_EQM("AT S1E1R: PAR.PTW", par & PAR_PTW, PAR_PTW);
    CHECK_EQM("AT S1E1R: PAR.S", par & PAR_S, PAR_S);
    mmu_s2_off();
    mmu_el1_off();
    return test_done();
}
