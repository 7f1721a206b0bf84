/* AT S12E1R / S12E1W / S12E0R / S12E0W (at EL2): translate an EL1&0 VA through stage 1
 * and stage 2 to a PA; AT S1E1R with stage 2 on gives the IPA (AArch64.AT, PAR_EL1).
 * EL1 stage 1: VA_X -> IPA_X (Normal WB), VA_D -> IPA_D, VA_N -> IPA_N (Normal NC),
 * VA_P (AP=00) -> IPA_X, VA_U unmapped at stage 1 (level 3 invalid); VA_R -> IPA_R,
 * VA_M -> IPA_M (unmapped at stage 2).
 * Stage 2: IPA_X -> D0 (Normal WB), IPA_D -> D1 (Device-nGnRE), IPA_N -> D2 (Normal WB),
 * IPA_R -> D3 (S2AP read-only).
 *   S12E1R VA_X + 0x123 -> PA D0, ATTR 0xff (WB + WB), SH 0b11;
 *   S12E1R VA_D -> PA D1, ATTR 0x04: stage 2 Device wins (S2CombineS1MemAttrs), SH 0b10;
 *   S12E1R VA_N -> ATTR 0x44 (stage 1 NC, stage 2 WB: the weaker cacheability wins);
 *   S1E1R VA_X -> PA = IPA_X (stage 1 only);
 *   S12E1W VA_R -> F = 1, FST = Permission level 3, S = 1 (stage 2), PTW = 0;
 *   S12E1R VA_M -> F = 1, FST = Translation level 3, S = 1, PTW = 0;
 *   S12E1R VA_U -> F = 1, FST = Translation level 3, S = 0 (stage 1);
 *   S12E0R VA_P -> F = 1, FST = Permission level 3, S = 0; S12E1R VA_P -> D0.
 * With HCR_EL2.VM = 0, S12E1R VA_X gives the stage 1 output, IPA_X.
 * (Device memory has SH 0b10 and ATTR/SH may report effective attributes: see
 * mmu_at_s1.)
 */
#include "pt.h"

#define VA_X  UL(0x0000000100000000)
#define VA_D  UL(0x0000000100001000)
#define VA_N  UL(0x0000000100002000)
#define VA_P  UL(0x0000000100003000)
#define VA_U  UL(0x0000000100004000)
#define VA_R  UL(0x0000000100005000)
#define VA_M  UL(0x0000000100006000)
#define IPA_X UL(0x0000000080000000)
#define IPA_D UL(0x0000000080001000)
#define IPA_N UL(0x0000000080002000)
#define IPA_R UL(0x0000000080003000)
#define IPA_M UL(0x0000000080004000)

static void check_ok(const char *what, uint64_t par, uint64_t pa, uint64_t attr, uint64_t sh)
{
    int before = test_failures;
    CHECK_EQM("PAR.F", par & PAR_F, 0);
    CHECK_EQM("PAR.PA", PAR_PA(par), pa);
    if (attr != ~UL(0)) {
        CHECK_EQM("PAR.ATTR", PAR_ATTR(par), attr);
        CHECK_EQM("PAR.SH", PAR_SH(par), sh);
    }
    if (test_failures != before)
        tprintf("  (in %s, PAR_EL1 = 0x%016lx)\n", what, par);
}

static void check_fault(const char *what, uint64_t par, uint64_t fst, uint64_t s)
{
    int before = test_failures;
    CHECK_EQM("PAR.F", par & PAR_F, 1);
    CHECK_EQM("PAR.FST", PAR_FST(par), fst);
    CHECK_EQM("PAR.S", par & PAR_S, s);
    CHECK_EQM("PAR.PTW", par & PAR_PTW, 0);
    if (test_failures != before)
        tprintf("  (in %s, PAR_EL1 = 0x%016lx)\n", what, par);
}

int main(void)
{
    struct pt t1, s2;
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    pt_map_at(&t1, VA_X, IPA_X, 3, PT_EL1_RW);
    pt_map_at(&t1, VA_D, IPA_D, 3, PT_EL1_RW);
    pt_map_at(&t1, VA_N, IPA_N, 3, PTE_ATTRINDX(MT_NORMAL_NC) | PTE_SH_OUTER | PTE_AF);
    pt_map_at(&t1, VA_P, IPA_X, 3, PT_EL1_RW);
    pt_map_at(&t1, VA_R, IPA_R, 3, PT_EL1_RW);
    pt_map_at(&t1, VA_M, IPA_M, 3, PT_EL1_RW);
    pt_init(&s2, 2, 12, 40, 1);
    pt_map_ram(&s2, PT_S2_NORMAL);
    pt_map_at(&s2, IPA_X, PT_DATA(0), 3, PT_S2_NORMAL);
    pt_map_at(&s2, IPA_D, PT_DATA(1), 3, PT_S2_DEVICE | PTE_SH_OUTER);
    pt_map_at(&s2, IPA_N, PT_DATA(2), 3, PT_S2_NORMAL);
    pt_map_at(&s2, IPA_R, PT_DATA(3), 3, PT_S2_NORMAL & ~S2_AP_W);
    mmu_el1_on(&t1, 0, NULL, 0, 0);

    at(s12e1r, VA_X);
    check_ok("S12E1R, HCR_EL2.VM = 0", read_sysreg(par_el1), IPA_X, 0xff, 3);

    mmu_s2_on(&s2, 1, 0, 0);
    at(s12e1r, VA_X + 0x123);
    check_ok("S12E1R VA_X", read_sysreg(par_el1), PT_DATA(0), 0xff, 3);
    at(s12e1w, VA_X);
    check_ok("S12E1W VA_X", read_sysreg(par_el1), PT_DATA(0), 0xff, 3);
    at(s12e1r, VA_D);
    check_ok("S12E1R VA_D (stage 2 Device)", read_sysreg(par_el1), PT_DATA(1), 0x04, 2);
    at(s12e1r, VA_N);
    check_ok("S12E1R VA_N (stage 1 NC)", read_sysreg(par_el1), PT_DATA(2), 0x44, 2);
    at(s1e1r, VA_X + 0x123);
    check_ok("S1E1R VA_X (IPA)", read_sysreg(par_el1), IPA_X, 0xff, 3);
    at(s12e1w, VA_R);
    check_fault("S12E1W VA_R (stage 2 read-only)", read_sysreg(par_el1), FSC_PERM(3), PAR_S);
    at(s12e1r, VA_R);
    check_ok("S12E1R VA_R", read_sysreg(par_el1), PT_DATA(3), ~UL(0), 0);
    at(s12e1r, VA_M);
    check_fault("S12E1R VA_M (stage 2 unmapped)", read_sysreg(par_el1), FSC_TRANS(3), PAR_S);
    at(s12e1r, VA_U);
    check_fault("S12E1R VA_U (stage 1 unmapped)", read_sysreg(par_el1), FSC_TRANS(3), 0);
    at(s12e0r, VA_P);
    check_fault("S12E0R VA_P (EL1 only)", read_sysreg(par_el1), FSC_PERM(3), 0);
    at(s12e0w, VA_P);
    check_fault("S12E0W VA_P (EL1 only)", read_sysreg(par_el1), FSC_PERM(3), 0);
    at(s12e1r, VA_P);
    check_ok("S12E1R VA_P", read_sysreg(par_el1), PT_DATA(0), 0xff, 3);
    mmu_s2_off();
    mmu_el1_off();
    return test_done();
}
