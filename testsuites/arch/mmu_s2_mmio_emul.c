/* The hypervisor's MMIO emulation path: EL1 (stage 1 on, a Device-nGnRE page at VA_DEV
 * -> IPA 0x0a00_3000) accesses an IPA that stage 2 does not map. Each access is a stage 2
 * Translation fault taken to EL2 as a Data Abort from a lower EL (EC 0x24) with:
 *   FAR_EL2 = the VA of the access, HPFAR_EL2.FIPA = IPA[47:12] (bits [43:4]),
 *   ELR_EL2 = the instruction, DFSC = Translation fault, level 3 (the level 2 table of
 *   IPA 0x0a00_0000 exists; a second device at IPA 0xc000_0000 faults at level 1);
 *   ISV = 1 for loads/stores of a single general-purpose register, including
 *   acquire/release ones, without writeback, not exclusive (ESR_EL2 ISS encoding for a
 *   Data Abort, ISV), with SAS = size (0 B, 1 H, 2 W, 3 X), SSE = sign-extending load,
 *   SRT = Rt (31 for XZR), SF = 64-bit register, AR = acquire/release, WnR = store;
 *   ISV = 0 and ISS[23:14] = 0 otherwise: post- and pre-index writeback, LDP/STP,
 *   LDXR.
 * The EL2 hook emulates a device register that reads 0x0123_4567_89ab_cdef: for a load
 * it writes the value (narrowed to SAS, sign-extended if SSE, to 32 bits if !SF) into
 * the saved Xsrt, for a store it records Xsrt narrowed to SAS; then ELR_EL2 += 4 and
 * ERET. EL1 sees the emulated values; nothing is written back for ISV = 0 (the hook
 * skips those), and the base register of the faulting post-index load is unchanged.
 */
#include "pt.h"

#define VA_DEV   UL(0x0000000123456000)
#define VA_DEV1  UL(0x0000000123457000)
#define IPA_DEV  UL(0x000000000a003000)
#define IPA_DEV1 UL(0x00000000c0000000)
#define DEV_VAL  UL(0x0123456789abcdef)
#define NACC     24

struct logent { uint64_t esr, far, hpfar, elr, stored; };
static struct logent log_[NACC + 4];
static unsigned nlog;

static bool emulate(struct pt_frame *f)
{
    if (ESR_EC(f->esr) != EC_DABT_LOW || nlog >= NACC + 4)
        return false;
    struct logent *e = &log_[nlog++];
    uint64_t iss = ESR_ISS(f->esr);
    e->esr = f->esr;
    e->far = f->far;
    e->hpfar = f->hpfar;
    e->elr = f->elr;
    e->stored = ~UL(0);
    if (iss & ISS_DABT_ISV) {
        unsigned size = 8u << ((iss >> 22) & 3), srt = (iss >> 16) & 31;
        uint64_t mask = size == 64 ? ~UL(0) : (UL(1) << size) - 1;
        if (iss & ISS_DABT_WNR) {
            e->stored = srt == 31 ? 0 : f->x[srt] & mask;
        } else {
            uint64_t v = DEV_VAL & mask;
            if ((iss & ISS_SSE) && size < 64 && (v >> (size - 1)) & 1)
                v |= ~mask;
            if (!(iss & ISS_SF))
                v &= 0xffffffffu;
            if (srt != 31)
                f->x[srt] = v;
        }
    }
    f->elr += 4;
    return true;
}

/* x0 = out[], x1 = VA_DEV, x2 = VA_DEV1 */
void mmio_el1(uint64_t *out, uint64_t va, uint64_t va1);
asm(".macro ACC n, insn:vararg\n"
    "    .global acc\\n\n"
    "acc\\n: \\insn\n"
    ".endm\n"
    ".pushsection .text\n"
    ".global mmio_el1\n"
    "mmio_el1:\n"
    "    stp x19, x20, [sp, #-80]!\n"
    "    stp x21, x22, [sp, #16]\n"
    "    stp x23, x24, [sp, #32]\n"
    "    stp x25, x26, [sp, #48]\n"
    "    mov x24, x2\n"
    "    mov x2, #0x20\n"
    "    ACC 0, ldrb w5, [x1]\n         str x5, [x0, #0]\n"
    "    ACC 1, ldrh w6, [x1, #2]\n     str x6, [x0, #8]\n"
    "    ACC 2, ldr w7, [x1, #4]\n      str x7, [x0, #16]\n"
    "    ACC 3, ldr x8, [x1, #8]\n      str x8, [x0, #24]\n"
    "    ACC 4, ldrsb x9, [x1, #1]\n    str x9, [x0, #32]\n"
    "    ACC 5, ldrsb w10, [x1, #3]\n   str x10, [x0, #40]\n"
    "    ACC 6, ldrsh x11, [x1, #6]\n   str x11, [x0, #48]\n"
    "    ACC 7, ldrsw x12, [x1, #12]\n  str x12, [x0, #56]\n"
    "    ACC 8, ldar x13, [x1]\n        str x13, [x0, #64]\n"
    "    ACC 9, ldarh w14, [x1]\n       str x14, [x0, #72]\n"
    "    ldr x15, =0x12345678123456ab\n"
    "    ACC 10, strb w15, [x1]\n"
    "    ldr x16, =0x123456781234beef\n"
    "    ACC 11, strh w16, [x1, #2]\n"
    "    ldr x17, =0xaaaabbbbcafef00d\n"
    "    ACC 12, str w17, [x1, #4]\n"
    "    ldr x18, =0x1122334455667788\n"
    "    ACC 13, str x18, [x1, #8]\n"
    "    mov x19, #0x99\n"
    "    ACC 14, stlr x19, [x1]\n"
    "    ACC 15, str xzr, [x1, #16]\n"
    "    ACC 16, ldr x20, [x1, x2]\n    str x20, [x0, #128]\n"
    "    ACC 17, ldur w21, [x1, #12]\n  str x21, [x0, #136]\n"
    "    mov x25, x1\n"
    "    mov x22, #0x22\n"
    "    ACC 18, ldr x22, [x25], #8\n   str x22, [x0, #144]\n   str x25, [x0, #152]\n"
    "    mov x23, #0x23\n"
    "    ACC 19, ldr x23, [x25, #8]!\n  str x23, [x0, #160]\n   str x25, [x0, #168]\n"
    "    mov x3, #3\n"
    "    mov x4, #4\n"
    "    ACC 20, stp x3, x4, [x1]\n"
    "    ACC 21, ldp x3, x4, [x1]\n     stp x3, x4, [x0, #176]\n"
    "    mov x5, #5\n"
    "    ACC 22, ldxr x5, [x1]\n        str x5, [x0, #192]\n"
    "    ACC 23, ldr x6, [x24, #0x18]\n str x6, [x0, #200]\n"
    "    ldp x21, x22, [sp, #16]\n"
    "    ldp x23, x24, [sp, #32]\n"
    "    ldp x25, x26, [sp, #48]\n"
    "    ldp x19, x20, [sp], #80\n"
    "    ret\n"
    "    .ltorg\n"
    ".popsection\n");
extern char acc0[], acc1[], acc2[], acc3[], acc4[], acc5[], acc6[], acc7[], acc8[], acc9[],
    acc10[], acc11[], acc12[], acc13[], acc14[], acc15[], acc16[], acc17[], acc18[], acc19[],
    acc20[], acc21[], acc22[], acc23[];

#define LD(sas, srt, ...)  (ISS_DABT_ISV | ISS_SAS(sas) | ISS_SRT(srt) | __VA_ARGS__)
#define ST(sas, srt, ...)  (ISS_DABT_ISV | ISS_DABT_WNR | ISS_SAS(sas) | ISS_SRT(srt) | __VA_ARGS__)
static const struct exp {
    const char *insn;
    const char *label;
    uint64_t iss;       /* without DFSC */
    uint64_t off;       /* VA offset */
    uint64_t val;       /* EL1's register after a load / the value stored */
} exps[NACC] = {
    { "LDRB W5, [X1]",        acc0,  LD(0, 5, 0),                 0,  0xef },
    { "LDRH W6, [X1, #2]",    acc1,  LD(1, 6, 0),                 2,  0xcdef },
    { "LDR W7, [X1, #4]",     acc2,  LD(2, 7, 0),                 4,  0x89abcdef },
    { "LDR X8, [X1, #8]",     acc3,  LD(3, 8, ISS_SF),            8,  DEV_VAL },
    { "LDRSB X9, [X1, #1]",   acc4,  LD(0, 9, ISS_SSE | ISS_SF),  1,  0xffffffffffffffefULL },
    { "LDRSB W10, [X1, #3]",  acc5,  LD(0, 10, ISS_SSE),          3,  0xffffffefULL },
    { "LDRSH X11, [X1, #6]",  acc6,  LD(1, 11, ISS_SSE | ISS_SF), 6,  0xffffffffffffcdefULL },
    { "LDRSW X12, [X1, #12]", acc7,  LD(2, 12, ISS_SSE | ISS_SF), 12, 0xffffffff89abcdefULL },
    { "LDAR X13, [X1]",       acc8,  LD(3, 13, ISS_SF | ISS_AR),  0,  DEV_VAL },
    { "LDARH W14, [X1]",      acc9,  LD(1, 14, ISS_AR),           0,  0xcdef },
    { "STRB W15, [X1]",       acc10, ST(0, 15, 0),                0,  0xab },
    { "STRH W16, [X1, #2]",   acc11, ST(1, 16, 0),                2,  0xbeef },
    { "STR W17, [X1, #4]",    acc12, ST(2, 17, 0),                4,  0xcafef00d },
    { "STR X18, [X1, #8]",    acc13, ST(3, 18, ISS_SF),           8,  0x1122334455667788ULL },
    { "STLR X19, [X1]",       acc14, ST(3, 19, ISS_SF | ISS_AR),  0,  0x99 },
    { "STR XZR, [X1, #16]",   acc15, ST(3, 31, ISS_SF),           16, 0 },
    { "LDR X20, [X1, X2]",    acc16, LD(3, 20, ISS_SF),           0x20, DEV_VAL },
    { "LDUR W21, [X1, #12]",  acc17, LD(2, 21, 0),                12, 0x89abcdef },
    { "LDR X22, [X25], #8",   acc18, 0,                           0,  0x22 },
    { "LDR X23, [X25, #8]!",  acc19, 0,                           8,  0x23 },
    { "STP X3, X4, [X1]",     acc20, ISS_DABT_WNR,                0,  ~UL(0) },
    { "LDP X3, X4, [X1]",     acc21, 0,                           0,  3 },
    { "LDXR X5, [X1]",        acc22, 0,                           0,  5 },
    { "LDR X6, [X24, #0x18]", acc23, LD(3, 6, ISS_SF),            0x18, DEV_VAL },
};

static uint64_t out[32];
static uint64_t el1_run(uint64_t arg) { mmio_el1(out, VA_DEV, VA_DEV1); return 0; }

int main(void)
{
    struct pt t1, s2;
    pt_init(&t1, 1, 12, 48, -1);
    pt_map_ram(&t1, PT_EL1_RW);
    pt_map_at(&t1, VA_DEV, IPA_DEV, 3, PT_S1_DEVICE | PTE_PXN);
    pt_map_at(&t1, VA_DEV1, IPA_DEV1, 3, PT_S1_DEVICE | PTE_PXN);
    pt_init(&s2, 2, 12, 40, 1);
    pt_map_ram(&s2, PT_S2_NORMAL);
    pt_map_at(&s2, IPA_DEV - 0x3000, PT_DATA(0), 3, PT_S2_DEVICE);   /* a neighbour */
    mmu_el1_on(&t1, 0, NULL, 0, 0);
    mmu_s2_on(&s2, 1, 0, 0);
    pt_hook_el2(emulate);
    run_at_el1(el1_run, 0);
    pt_unhook_el2();
    mmu_s2_off();
    mmu_el1_off();

    CHECK_EQM("aborts taken", nlog, NACC);
    for (unsigned i = 0; i < NACC && i < nlog; i++) {
        const struct exp *x = &exps[i];
        const struct logent *e = &log_[i];
        int before = test_failures;
        bool l1 = i == 23;
        uint64_t va = (l1 ? VA_DEV1 : VA_DEV) + x->off;
        CHECK_EQM("ESR_EL2.EC", ESR_EC(e->esr), EC_DABT_LOW);
        CHECK_EQM("ESR_EL2.IL", (e->esr >> 25) & 1, 1);
        CHECK_EQM("ESR_EL2.ISS", ESR_ISS(e->esr), x->iss | FSC_TRANS(l1 ? 1 : 3));
        CHECK_EQM("ELR_EL2", e->elr, x->label);
        CHECK_EQM("FAR_EL2", e->far, va);
        CHECK_EQM("HPFAR_EL2", e->hpfar, HPFAR_IPA(l1 ? IPA_DEV1 : IPA_DEV));
        if (i >= 10 && i <= 15)
            CHECK_EQM("value stored", e->stored, x->val);
        if (test_failures != before)
            tprintf("  (in %s)\n", x->insn);
    }
    static const struct { unsigned slot; unsigned acc; } loads[] = {
        { 0, 0 }, { 1, 1 }, { 2, 2 }, { 3, 3 }, { 4, 4 }, { 5, 5 }, { 6, 6 }, { 7, 7 },
        { 8, 8 }, { 9, 9 }, { 16, 16 }, { 17, 17 }, { 18, 18 }, { 20, 19 }, { 22, 21 },
        { 24, 22 }, { 25, 23 },
    };
    for (unsigned i = 0; i < sizeof loads / sizeof loads[0]; i++)
        CHECK_EQM(exps[loads[i].acc].insn, out[loads[i].slot], exps[loads[i].acc].val);
    CHECK_EQM("LDR X22, [X25], #8: base not written back", out[19], VA_DEV);
    CHECK_EQM("LDR X23, [X25, #8]!: base not written back", out[21], VA_DEV);
    return test_done();
}
