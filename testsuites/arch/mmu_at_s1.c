/* AT stage 1 address translation into PAR_EL1 (AArch64.AT, PAR_EL1 in D19):
 *   success (F = 0): PA[47:12] = the output address (with the VA bits below a block's
 *   size), ATTR[63:56] = the MAIR_ELx byte chosen by AttrIndx, SH[8:7] = the
 *   shareability, bit 11 RES1. (NS, bit 9, is UNKNOWN for a Non-secure regime without
 *   FEAT_RME: not checked. The Arm ARM lets ATTR/SH report the effective attributes
 *   instead of the descriptor's: Device and Non-cacheable memory are given SH = 0b10
 *   here, so that both readings agree.)
 *   fault (F = 1): FST[6:1] = the fault status code, PTW[8] = 0 and S[9] = 0 (a stage 1
 *   fault), bit 11 RES1; nothing is taken.
 * EL1&0 regime (executed at EL1): AT S1E1R / S1E1W / S1E0R / S1E0W check EL1 or EL0
 *   read or write permission:
 *   AP=00 page, Normal WB inner shareable: S1E1R/W ok; S1E0R -> Permission level 3;
 *   AP=11 page, Device-nGnRE: S1E0R ok (ATTR 0x04, SH 0b10); S1E0W and S1E1W ->
 *     Permission level 3;
 *   AP=01 2 MiB block, Normal NC outer shareable: S1E0W ok, PA = block + VA[20:12];
 *   Normal WB non-shareable page: SH 0b00;
 *   unmapped VA (level 2 entry invalid) -> Translation level 2; AF = 0 page -> Access
 *   flag level 3.
 *   AT S1E1R executed at EL2 for the same regime gives the same result.
 * EL2 regime: AT S1E2R / S1E2W: RO page: R ok, W -> Permission level 3; unmapped
 *   level 3 -> Translation level 3.
 */
#include "pt.h"

#define VA_00   UL(0x0000000100000000)
#define VA_11D  UL(0x0000000100001000)
#define VA_NSH  UL(0x0000000100002000)
#define VA_AF   UL(0x0000000100003000)
#define VA_BLK  UL(0x0000000100200000)
#define VA_NONE UL(0x0000000100400000)

enum { S1E1R, S1E1W, S1E0R, S1E0W };
static uint64_t at_op(uint64_t arg)
{
    uint64_t va = arg & ~UL(3);
    switch (arg & 3) {
    case S1E1R: at(s1e1r, va); break;
    case S1E1W: at(s1e1w, va); break;
    case S1E0R: at(s1e0r, va); break;
    case S1E0W: at(s1e0w, va); break;
    }
    return read_sysreg(par_el1);
}

static void check_ok(const char *what, uint64_t par, uint64_t pa, uint64_t attr, uint64_t sh)
{
    int before = test_failures;
    CHECK_EQM("PAR.F", par & PAR_F, 0);
    CHECK_EQM("PAR.PA", PAR_PA(par), pa);
    CHECK_EQM("PAR.ATTR", PAR_ATTR(par), attr);
    CHECK_EQM("PAR.SH", PAR_SH(par), sh);
    CHECK_EQM("PAR bit 11 (RES1)", (par >> 11) & 1, 1);
    if (test_failures != before)
        tprintf("  (in %s, PAR_EL1 = 0x%016lx)\n", what, par);
}

static void check_fault(const char *what, uint64_t par, uint64_t fst)
{
    int before = test_failures;
    CHECK_EQM("PAR.F", par & PAR_F, 1);
    CHECK_EQM("PAR.FST", PAR_FST(par), fst);
    CHECK_EQM("PAR.PTW", par & PAR_PTW, 0);
    CHECK_EQM("PAR.S", par & PAR_S, 0);
    CHECK_EQM("PAR bit 11 (RES1)", (par >> 11) & 1, 1);
    if (test_failures != before)
        tprintf("  (in %s, PAR_EL1 = 0x%016lx)\n", what, par);
}

int main(void)
{
    struct pt t1;
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    pt_map_at(&t1, VA_00, PT_DATA(0), 3, PT_EL1_RW);
    pt_map_at(&t1, VA_11D, PT_DATA(1), 3,
              PTE_ATTRINDX(MT_DEVICE) | PTE_SH_OUTER | PTE_AF | PTE_AP_EL0 | PTE_AP_RO);
    pt_map_at(&t1, VA_NSH, PT_DATA(2), 3, PTE_ATTRINDX(MT_NORMAL) | PTE_AF);
    pt_map_at(&t1, VA_AF, PT_DATA(3), 3, PT_EL1_RW & ~PTE_AF);
    pt_map_at(&t1, VA_BLK, PT_DATA(32), 2,
              PTE_ATTRINDX(MT_NORMAL_NC) | PTE_SH_OUTER | PTE_AF | PTE_AP_EL0);
    pt_map_at(&t1, VA_NONE + 0x200000, PT_DATA(4), 3, PT_EL1_RW);   /* an L2 table nearby */
    mmu_el1_on(&t1, 0, NULL, 0, 0);

    check_ok("S1E1R AP=00", run_at_el1(at_op, VA_00 | S1E1R), PT_DATA(0), 0xff, 3);
    check_ok("S1E1W AP=00", run_at_el1(at_op, (VA_00 + 0x7f8) | S1E1W), PT_DATA(0), 0xff, 3);
    check_fault("S1E0R AP=00", run_at_el1(at_op, VA_00 | S1E0R), FSC_PERM(3));
    check_ok("S1E0R AP=11 Device", run_at_el1(at_op, VA_11D | S1E0R), PT_DATA(1), 0x04, 2);
    check_fault("S1E0W AP=11", run_at_el1(at_op, VA_11D | S1E0W), FSC_PERM(3));
    check_fault("S1E1W AP=11", run_at_el1(at_op, VA_11D | S1E1W), FSC_PERM(3));
    check_ok("S1E1R AP=11", run_at_el1(at_op, VA_11D | S1E1R), PT_DATA(1), 0x04, 2);
    check_ok("S1E0W AP=01 NC block", run_at_el1(at_op, (VA_BLK + 0x12345 - 5) | S1E0W),
             PT_DATA(32) + 0x12000, 0x44, 2);
    check_ok("S1E1R non-shareable", run_at_el1(at_op, VA_NSH | S1E1R), PT_DATA(2), 0xff, 0);
    check_fault("S1E1R unmapped", run_at_el1(at_op, VA_NONE | S1E1R), FSC_TRANS(2));
    check_fault("S1E1R AF=0", run_at_el1(at_op, VA_AF | S1E1R), FSC_ACCESS(3));
    at(s1e1r, VA_BLK + 0x1ff000);
    check_ok("S1E1R at EL2", read_sysreg(par_el1), PT_DATA(32) + 0x1ff000, 0x44, 2);
    at(s1e0r, VA_00);
    check_fault("S1E0R at EL2", read_sysreg(par_el1), FSC_PERM(3));
    mmu_el1_off();

    struct pt p2;
    pt_pool_reset();
    pt_init(&p2, 1, 12, 48, -1);
    pt_map_ram(&p2, PT_EL2_RW);
    pt_map_at(&p2, VA_00, PT_DATA(0), 3, PT_EL2_RO);
    pt_map_at(&p2, VA_11D, PT_DATA(1), 3, PT_S1_DEVICE | PTE_SH_OUTER | PTE_AP_EL0);
    mmu_el2_on(&p2, 0, 0);
    at(s1e2r, VA_00 + 0x10);
    check_ok("S1E2R RO", read_sysreg(par_el1), PT_DATA(0), 0xff, 3);
    at(s1e2w, VA_00 + 0x10);
    check_fault("S1E2W RO", read_sysreg(par_el1), FSC_PERM(3));
    at(s1e2w, VA_11D);
    check_ok("S1E2W Device", read_sysreg(par_el1), PT_DATA(1), 0x04, 2);
    at(s1e2r, VA_11D + 0x1000);
    check_fault("S1E2R unmapped", read_sysreg(par_el1), FSC_TRANS(3));
    mmu_el2_off();
    return test_done();
}
