/* HCR_EL2.DC (D19.2.48, "Default Cacheability"): with DC = 1 and SCTLR_EL1.M = 0,
 * EL1&0 data accesses are treated as Normal Write-Back memory instead of
 * Device-nGnRnE (AArch64.S1DisabledOutput), and "the PE behaves as if HCR_EL2.VM
 * is 1": stage 2 applies even with VM = 0.
 *   - an unaligned LDR at EL1 (which takes an Alignment fault on Device memory,
 *     DFSC 0x21, with DC = 0) loads the bytes;
 *   - with VM = 0, a load from an IPA with no stage-2 mapping is a stage-2
 *     Translation fault to EL2 (EC 0x24), HPFAR_EL2 = the IPA.
 * QEMU-DEVIATION: QEMU 7.2 does not fault unaligned accesses to Device memory with
 * the MMU off (exc_data_align_device), so the first check fails there.
 */
#include "pt.h"

#define HCR_DC_BIT (UL(1) << 12)

extern char t_unaligned[];
static uint64_t el1_unaligned(uint64_t va)
{
    uint64_t v;
    asm volatile("t_unaligned: ldr %0, [%1]" : "=r"(v) : "r"(va) : "memory");
    return v;
}
static uint64_t el1_ldr(uint64_t va) { return pt_ldr(va); }

static uint8_t bytes[32] __attribute__((aligned(16)));

int main(void)
{
    for (unsigned i = 0; i < sizeof bytes; i++)
        bytes[i] = (uint8_t)(0x10 + i);
    uint64_t va = (uint64_t)bytes + 3;
    uint64_t hcr = read_sysreg(hcr_el2);

    /* DC = 0: Device memory, the unaligned load faults at EL1. */
    exc_expect();
    run_at_el1(el1_unaligned, va);
    CHECK_EXC(1, EC_DABT_CUR, 0x21, t_unaligned);

    /* DC = 1: stage 2 maps RAM (IPA = PA); VM stays 0. */
    struct pt s2;
    pt_pool_reset();
    pt_init(&s2, 2, 12, 40, 1);
    pt_map_ram(&s2, PT_S2_NORMAL);
    write_sysreg(vtcr_el2, pt_vtcr(&s2));
    write_sysreg(vttbr_el2, ttbr(&s2, 3));
    write_sysreg(hcr_el2, (hcr & ~HCR_VM) | HCR_DC_BIT);
    asm volatile("isb\n\tdsb sy\n\ttlbi alle1\n\tdsb sy\n\tisb" ::: "memory");
    CHECK_EQM("unaligned load on Normal memory", run_at_el1(el1_unaligned, va),
              0x1716151413121110ull + 0x0303030303030303ull);

    pt_hook_el2(NULL);
    exc_expect();
    run_at_el1(el1_ldr, 0x30000010);
    CHECK_EXC(2, EC_DABT_LOW, ISS_DABT_ISV | ISS_SAS(3) | ISS_SRT(0) | ISS_SF | FSC_TRANS(1),
              pt_ldr_insn);
    CHECK_EQM("HPFAR_EL2", pt_last_hpfar, HPFAR_IPA(0x30000010));
    pt_unhook_el2();

    write_sysreg(hcr_el2, hcr);
    isb();
    return test_done();
}
