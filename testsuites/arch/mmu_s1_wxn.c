/* SCTLR_ELx.WXN: with WXN = 1, a location writable at the accessing EL is never
 * executable (AArch64.S1ComputePermissions: wxn = WXN && w && x; then x = FALSE).
 * WXN is permitted to be cached in a TLB, so it is changed with TLBI after it.
 * EL1&0 regime (SCTLR_EL1.WXN) and EL2 regime (SCTLR_EL2.WXN), 4K:
 *   - a fetch from a page writable at that EL (stub page, AP = EL1/EL2 RW, PXN/XN = 0)
 *     takes a Permission fault, level 3: ESR = EC 0x21 | IL | IFSC 0x0F, FAR = target;
 *   - a fetch from a read-only page still executes (stub returns its value);
 *   - with WXN = 0 the writable page executes.
 * Everything that runs while WXN = 1 (the body, its vector table and handler) sits in
 * a page of its own (section .text.wxn_page, 4 KiB aligned and padded) that is mapped
 * read-only; the handler keeps ESR/FAR in registers and resumes after the call, and
 * data stores to RAM stay allowed (WXN is about execution).
 */
#include "pt.h"

#define VA_W    UL(0x0000000100000000)
#define VA_RO   UL(0x0000000100001000)
#define ESR_IABT_PERM3 ((UL(EC_IABT_CUR) << 26) | ESR_IL | FSC_PERM(3))

struct wxn_out { uint64_t esr, far, ro_ret; };
uint64_t wxn_el1_body(uint64_t target_w, struct wxn_out *out, uint64_t target_ro);
uint64_t wxn_el2_body(uint64_t target_w, struct wxn_out *out, uint64_t target_ro);
extern char wxn_page[];

/* x0 = writable target, x1 = out, x2 = read-only target; x9/x10 = ESR/FAR from the
 * handler (0 when no fault) */
asm(".pushsection .text.wxn_page, \"ax\"\n"
    ".balign 4096\n"
    ".global wxn_page\n"
    "wxn_page:\n"
    "wxn_vectors_el1:\n"
    ".skip 0x200\n"
    "    mrs x9, esr_el1\n"
    "    mrs x10, far_el1\n"
    "    adr x11, wxn_el1_resume\n"
    "    msr elr_el1, x11\n"
    "    eret\n"
    ".balign 2048\n"
    "wxn_vectors_el2:\n"
    ".skip 0x200\n"
    "    mrs x9, esr_el2\n"
    "    mrs x10, far_el2\n"
    "    adr x11, wxn_el2_resume\n"
    "    msr elr_el2, x11\n"
    "    eret\n"
    ".balign 0x80\n"
    ".global wxn_el1_body\n"
    "wxn_el1_body:\n"
    "    mov x12, x30\n"
    "    mrs x13, vbar_el1\n"
    "    adr x14, wxn_vectors_el1\n"
    "    msr vbar_el1, x14\n"
    "    mrs x15, sctlr_el1\n"
    "    orr x16, x15, #(1 << 19)\n"
    "    msr sctlr_el1, x16\n"
    "    isb\n"
    "    tlbi vmalle1\n"
    "    dsb nsh\n"
    "    isb\n"
    "    mov x9, #0\n"
    "    mov x10, #0\n"
    "    blr x0\n"
    "wxn_el1_resume:\n"
    "    stp x9, x10, [x1]\n"
    "    blr x2\n"
    "    str x0, [x1, #16]\n"
    "    msr sctlr_el1, x15\n"
    "    isb\n"
    "    tlbi vmalle1\n"
    "    dsb nsh\n"
    "    isb\n"
    "    msr vbar_el1, x13\n"
    "    isb\n"
    "    mov x30, x12\n"
    "    ret\n"
    ".global wxn_el2_body\n"
    "wxn_el2_body:\n"
    "    mov x12, x30\n"
    "    mrs x13, vbar_el2\n"
    "    adr x14, wxn_vectors_el2\n"
    "    msr vbar_el2, x14\n"
    "    mrs x15, sctlr_el2\n"
    "    orr x16, x15, #(1 << 19)\n"
    "    msr sctlr_el2, x16\n"
    "    isb\n"
    "    tlbi alle2\n"
    "    dsb nsh\n"
    "    isb\n"
    "    mov x9, #0\n"
    "    mov x10, #0\n"
    "    blr x0\n"
    "wxn_el2_resume:\n"
    "    stp x9, x10, [x1]\n"
    "    blr x2\n"
    "    str x0, [x1, #16]\n"
    "    msr sctlr_el2, x15\n"
    "    isb\n"
    "    tlbi alle2\n"
    "    dsb nsh\n"
    "    isb\n"
    "    msr vbar_el2, x13\n"
    "    isb\n"
    "    mov x30, x12\n"
    "    ret\n"
    ".balign 4096\n"
    ".popsection\n");

static struct wxn_out out;

static uint64_t el1_run(uint64_t arg)
{
    wxn_el1_body(VA_W + 0x300, &out, VA_RO + 0x300);
    return pt_exec(VA_W + 0x300);       /* WXN = 0 again */
}

static void check_out(const char *el)
{
    CHECK_EQM(el, out.esr, ESR_IABT_PERM3);
    CHECK_EQM("FAR", out.far, VA_W + 0x300);
    CHECK_EQM("read-only page executes under WXN", out.ro_ret, 0x71);
}

int main(void)
{
    struct pt pt;
    uint64_t page = (uint64_t)wxn_page;
    CHECK_EQM("wxn_page alignment", page & 0xfff, 0);
    pt_put_stub(PT_DATA(0) + 0x300, 0x71);

    pt_init(&pt, 1, 12, 48, -1);
    pt_map_ram(&pt, PT_EL1_RW);
    pt_map_at(&pt, page, page, 3, PT_EL1_RO);
    pt_map_at(&pt, VA_W, PT_DATA(0), 3, PT_EL1_RW);
    pt_map_at(&pt, VA_RO, PT_DATA(0), 3, PT_EL1_RO);
    mmu_el1_on(&pt, 0, NULL, 0, 0);
    CHECK_EQM("EL1 WXN=0: writable page executes", run_at_el1(el1_run, 0), 0x71);
    check_out("EL1 WXN=1: ESR_EL1");
    mmu_el1_off();

    struct pt p2;
    pt_pool_reset();
    pt_init(&p2, 1, 12, 48, -1);
    pt_map_ram(&p2, PT_EL2_RW);
    pt_map_at(&p2, page, page, 3, PT_EL2_RO);
    pt_map_at(&p2, VA_W, PT_DATA(0), 3, PT_EL2_RW);
    pt_map_at(&p2, VA_RO, PT_DATA(0), 3, PT_EL2_RO);
    mmu_el2_on(&p2, 0, 0);
    out.esr = out.far = out.ro_ret = 0;
    wxn_el2_body(VA_W + 0x300, &out, VA_RO + 0x300);
    check_out("EL2 WXN=1: ESR_EL2");
    CHECK_EQM("EL2 WXN=0: writable page executes", pt_exec(VA_W + 0x300), 0x71);
    mmu_el2_off();
    return test_done();
}
