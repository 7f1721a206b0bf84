/* Translation tables for the MMU tests (mmu_*): VMSAv8-64 descriptors with 4, 16 and
 * 64 KiB granules for stage 1 and stage 2, a bump allocator for the tables, the
 * register values that go with them (TCR_ELx, VTCR_EL2, MAIR_ELx), switching the
 * EL2, EL1&0 and stage 2 translation on and off from EL2, and a hook on EL2's
 * lower-EL synchronous vector for tests that act as a hypervisor (emulating an MMIO
 * access, reading HPFAR_EL2).
 *
 * Descriptor formats: DDI 0487, "Translation table descriptor formats" in the chapter
 * "The AArch64 Virtual Memory System Architecture"; field names as in the ASL
 * (AArch64.S1Walk, AArch64.S2Walk, AArch64.S1DirectBasePermissions). Everything here
 * runs at EL2 unless said otherwise.
 *
 * The tests run on simulators: tables and data are written at EL2 with the MMU off
 * (Device memory) and read through cacheable mappings; on hardware that would need
 * cache maintenance, which is left out. */
#ifndef TRAPEZE_ARCH_PT_H
#define TRAPEZE_ARCH_PT_H

#include "test.h"

/* ---- physical memory used by the MMU tests (RAM is 0x40000000.. with -m 256; the
 * program is linked at 0x40080000 and is far smaller than 128 MiB) ---- */
#define PT_RAM_BASE     UL(0x40000000)
#define PT_RAM_SIZE     UL(0x10000000)
#define PT_POOL_BASE    UL(0x48000000)      /* translation tables: 16 MiB */
#define PT_POOL_SIZE    UL(0x01000000)
#define PT_DATA_BASE    UL(0x4a000000)      /* data: slots of 64 KiB (any granule) */
#define PT_DATA(n)      (PT_DATA_BASE + UL(n) * 0x10000)
/* pt_fill() writes each doubleword with PT_PAT(its own PA): a load through any mapping
 * says which PA it reached. */
#define PT_PATTERN      UL(0x5a5a000000000000)
#define PT_PAT(pa)      (PT_PATTERN | (uint64_t)(pa))

/* ---- descriptor bits ---- */
#define PTE_TYPE_MASK   UL(3)
#define PTE_BLOCK       UL(1)               /* levels 0-2 */
#define PTE_TABLE       UL(3)               /* levels 0-2 */
#define PTE_PAGE        UL(3)               /* level 3 (0b01 there is invalid) */
#define PTE_ATTRINDX(i) (UL(i) << 2)        /* stage 1: index into MAIR_ELx */
#define PTE_NS          BIT(5)
#define PTE_AP_EL0      BIT(6)              /* AP[1]: EL0 access (EL1&0); taken as 1
                                               in the EL2 regime, and set there */
#define PTE_AP_RO       BIT(7)              /* AP[2]: read-only */
#define PTE_SH_OUTER    (UL(2) << 8)
#define PTE_SH_INNER    (UL(3) << 8)
#define PTE_AF          BIT(10)
#define PTE_NG          BIT(11)
#define PTE_CONT        BIT(52)
#define PTE_PXN         BIT(53)             /* EL1&0 only; RES0 in the EL2 regime */
#define PTE_UXN         BIT(54)
#define PTE_XN          BIT(54)             /* the EL2 regime, and stage 2 XN[1] */
/* table descriptors (hierarchical attributes) */
#define PTE_PXNTABLE    BIT(59)
#define PTE_UXNTABLE    BIT(60)             /* XNTable in the EL2 regime */
#define PTE_XNTABLE     BIT(60)
#define PTE_APTABLE_NOEL0 BIT(61)           /* APTable[0]: no EL0 access below */
#define PTE_APTABLE_RO  BIT(62)             /* APTable[1]: no write access below */
/* stage 2 */
#define S2_MEMATTR(m)   (UL(m) << 2)        /* MemAttr[3:0] */
#define S2_MEMATTR_DEVICE_nGnRE UL(0x1)
#define S2_MEMATTR_NORMAL_NC    UL(0x5)
#define S2_MEMATTR_NORMAL_WB    UL(0xf)
#define S2_AP_R         BIT(6)              /* S2AP[0] */
#define S2_AP_W         BIT(7)              /* S2AP[1] */
#define S2_XN           BIT(54)
/* the OA field of a block/page descriptor at `shift` (48-bit OA) */
#define PT_OA_MASK(shift) ((UL(1) << 48) - (UL(1) << (shift)))
#define PT_ATTR_MASK    UL(0xfffc000000000ffc)  /* bits [63:50] and [11:2] */

/* ---- MAIR_ELx used by every test ---- */
#define MT_NORMAL       0   /* 0xff: Normal, Inner/Outer Write-Back RW-Allocate */
#define MT_DEVICE       1   /* 0x04: Device-nGnRE */
#define MT_NORMAL_NC    2   /* 0x44: Normal, Inner/Outer Non-cacheable */
#define MT_DEVICE_nGnRnE 3  /* 0x00: Device-nGnRnE */
#define PT_MAIR         UL(0x004404ff)
#define MAIR_ATTR(i)    ((PT_MAIR >> (8 * (i))) & 0xff)

/* Usual leaf attributes (the type bits are added by pt_map/pt_map_at) */
#define PT_S1_NORMAL    (PTE_ATTRINDX(MT_NORMAL) | PTE_SH_INNER | PTE_AF)
#define PT_S1_DEVICE    (PTE_ATTRINDX(MT_DEVICE) | PTE_AF | PTE_XN)
#define PT_EL2_RW       (PT_S1_NORMAL | PTE_AP_EL0)            /* AP[1] taken as 1 */
#define PT_EL2_RO       (PT_S1_NORMAL | PTE_AP_EL0 | PTE_AP_RO)
/* EL1&0: UXN = 0 everywhere unless a test says otherwise, so EL0 may execute the
 * program (execute-only: EL0 cannot read or write AP = 0b00 memory), which
 * run_at_el0 and the pt_el0_* routines rely on. */
#define PT_EL1_RW       (PT_S1_NORMAL)                          /* AP = 0b00 */
#define PT_EL1_RO       (PT_S1_NORMAL | PTE_AP_RO)              /* AP = 0b10 */
#define PT_EL0_RW       (PT_S1_NORMAL | PTE_AP_EL0)             /* AP = 0b01 */
#define PT_EL0_RO       (PT_S1_NORMAL | PTE_AP_EL0 | PTE_AP_RO) /* AP = 0b11 */
#define PT_S2_NORMAL    (S2_MEMATTR(S2_MEMATTR_NORMAL_WB) | PTE_SH_INNER | PTE_AF | \
                         S2_AP_R | S2_AP_W)
#define PT_S2_DEVICE    (S2_MEMATTR(S2_MEMATTR_DEVICE_nGnRE) | PTE_AF | S2_AP_R | S2_AP_W | \
                         S2_XN)

/* ---- TCR_ELx / VTCR_EL2 fields ---- */
#define TCR_T0SZ(n)     (UL(n) & 0x3f)
#define TCR_EPD0        BIT(7)               /* TCR_EL1 */
#define TCR_IRGN0_WBWA  (UL(1) << 8)
#define TCR_ORGN0_WBWA  (UL(1) << 10)
#define TCR_SH0_INNER   (UL(3) << 12)
#define TCR_TG0_4K      (UL(0) << 14)
#define TCR_TG0_64K     (UL(1) << 14)
#define TCR_TG0_16K     (UL(2) << 14)
#define TCR_T1SZ(n)     ((UL(n) & 0x3f) << 16)
#define TCR_A1          BIT(22)
#define TCR_EPD1        BIT(23)
#define TCR_IRGN1_WBWA  (UL(1) << 24)
#define TCR_ORGN1_WBWA  (UL(1) << 26)
#define TCR_SH1_INNER   (UL(3) << 28)
#define TCR_TG1_16K     (UL(1) << 30)
#define TCR_TG1_4K      (UL(2) << 30)
#define TCR_TG1_64K     (UL(3) << 30)
#define TCR_IPS(n)      (UL(n) << 32)        /* TCR_EL1 */
#define TCR_AS          BIT(36)
#define TCR_TBI0        BIT(37)
#define TCR_TBI1        BIT(38)
#define TCR_HA          BIT(39)
#define TCR_HPD0        BIT(41)
#define TCR_HPD1        BIT(42)
#define TCR_EL2_PS(n)   (UL(n) << 16)
#define TCR_EL2_TBI     BIT(20)
#define TCR_EL2_HPD     BIT(24)
#define TCR_EL2_RES1    (BIT(31) | BIT(23))
#define VTCR_SL0(n)     (UL(n) << 6)
#define VTCR_PS(n)      (UL(n) << 16)
#define VTCR_VS         BIT(19)
#define VTCR_RES1       BIT(31)

/* other register fields used by the MMU tests */
#define SCTLR_WXN       BIT(19)
#define HCR_PTW         BIT(2)
#define PAR_F           BIT(0)
#define PAR_FST(par)    (((par) >> 1) & 0x3f)
#define PAR_PTW         BIT(8)
#define PAR_S           BIT(9)
#define PAR_SH(par)     (((par) >> 7) & 3)
#define PAR_PA(par)     ((par) & UL(0x0000fffffffff000))
#define PAR_ATTR(par)   ((par) >> 56)
#define HPFAR_IPA(ipa)  ((((uint64_t)(ipa)) >> 12) << 4)   /* HPFAR_EL2.FIPA = IPA[47:12] */

/* Fault status codes (ESR_ELx.ISS.DFSC/IFSC, PAR_EL1.FST) */
#define FSC_ADDR_SIZE(l)  (UL(0x00) + (l))
#define FSC_TRANS(l)      (UL(0x04) + (l))
#define FSC_ACCESS(l)     (UL(0x08) + (l))
#define FSC_PERM(l)       (UL(0x0c) + (l))
/* ESR ISS of a Data Abort with ISV = 1 */
#define ISS_SAS(s)      (UL(s) << 22)
#define ISS_SSE         BIT(21)
#define ISS_SRT(r)      (UL(r) << 16)
#define ISS_SF          BIT(15)
#define ISS_AR          BIT(14)

/* A stage 1 Data Abort: target EL, EC, ISS = WnR | DFSC (the ISV syndrome bits are not
 * looked at: exc_dabt_isv checks them, and QEMU 7.2 sets them for stage 1 aborts to
 * EL2), ELR and FAR. An Instruction Abort: IFSC, ELR = FAR = the fetched address. */
#define CHECK_S1_DABT(el_, ec_, iss_, elr_, far_) do { \
        CHECK_DABT((el_), (ec_), (iss_), (elr_)); \
        CHECK_EQM("FAR", exc_last.far, (far_)); } while (0)
#define CHECK_IABT(el_, ec_, fsc_, va_) do { \
        CHECK_EXC((el_), (ec_), (fsc_), (va_)); \
        CHECK_EQM("FAR", exc_last.far, (va_)); } while (0)

/* TLBI operands: VA[55:12] in [43:0], ASID in [63:48]; IPA[47:12] in [35:0] */
#define TLBI_VA(va, asid) ((((uint64_t)(va) >> 12) & UL(0xfffffffffff)) | ((uint64_t)(asid) << 48))
#define TLBI_IPA(ipa)     (((uint64_t)(ipa) >> 12) & UL(0xfffffffff))
#define tlbi(op)          asm volatile("tlbi " #op ::: "memory")
#define tlbi_x(op, x)     asm volatile("tlbi " #op ", %0" :: "r"((uint64_t)(x)) : "memory")
#define dsb(opt)          asm volatile("dsb " #opt ::: "memory")
#define at(op, va)        asm volatile("at " #op ", %0\n\tisb" :: "r"((uint64_t)(va)) : "memory")

/* ---- ID register queries ---- */
unsigned pt_pa_bits(void);           /* PAMax from ID_AA64MMFR0_EL1.PARange */
unsigned pt_ps(void);                /* PS/IPS encoding used by the tests: min(PARange, 48 bits) */
bool pt_has_granule(unsigned gshift);  /* TGran4/16/64 (stage 1) */
bool pt_has_hpds(void);              /* ID_AA64MMFR1_EL1.HPDS */
unsigned pt_pan_level(void);         /* ID_AA64MMFR1_EL1.PAN (0: no PAN) */
bool pt_has_asid16(void);            /* ID_AA64MMFR0_EL1.ASIDBits == 16 */
bool pt_has_vmid16(void);            /* ID_AA64MMFR1_EL1.VMIDBits == 16 */

/* ---- tables ---- */
struct pt {
    uint64_t root;          /* PA of the initial lookup table(s) */
    unsigned gshift;        /* granule: 12, 14 or 16 */
    unsigned ia_bits;       /* input address size, 64 - TxSZ */
    int start;              /* initial lookup level */
    int stage;              /* 1 or 2 */
    uint64_t table_attrs;   /* added to every table descriptor pt_slot creates */
};

void pt_pool_reset(void);
uint64_t pt_alloc(uint64_t size);    /* zeroed, aligned to its size rounded up to 2^n */
/* Initial lookup level of a stage 1 walk: the level whose table resolves the top IA bit
 * (AArch64.S1StartLevel) */
int pt_s1_start_level(unsigned gshift, unsigned ia_bits);
/* start < 0: the stage 1 start level. For stage 2 the initial level is given (SL0)
 * and the root holds 2^(ia_bits - pt_shift(start)) entries (concatenated tables). */
void pt_init(struct pt *pt, int stage, unsigned gshift, unsigned ia_bits, int start);
unsigned pt_shift(const struct pt *pt, int level);   /* lowest IA bit resolved at level */
static inline uint64_t pt_gsize(const struct pt *pt) { return UL(1) << pt->gshift; }
/* The descriptor for va at level, creating the tables on the way (an invalid entry
 * becomes a table, a block is split into next-level entries with its attributes). */
uint64_t *pt_slot(struct pt *pt, uint64_t va, int level);
/* The descriptor for va at level if the walk reaches that level through tables. */
uint64_t *pt_find(const struct pt *pt, uint64_t va, int level);
/* One leaf: a block (level < 3) or page (level 3) descriptor pa | attrs. */
void pt_map_at(struct pt *pt, uint64_t va, uint64_t pa, int level, uint64_t attrs);
/* [va, va + size) -> pa with the largest blocks that fit. */
void pt_map(struct pt *pt, uint64_t va, uint64_t pa, uint64_t size, uint64_t attrs);
/* Identity map of RAM (PT_RAM_BASE, PT_RAM_SIZE), with blocks; pt_map_ram_pages with
 * pages only (for TLB tests: QEMU 7.2 flushes a whole regime from its TLB when a TLBI by
 * VA falls in the span of the blocks it holds, which would hide the entries a test
 * expects to survive). */
void pt_map_ram(struct pt *pt, uint64_t attrs);
void pt_map_ram_pages(struct pt *pt, uint64_t attrs);
/* TCR fields of a table: T0SZ, TG0, IRGN0/ORGN0/SH0 (TCR_EL2, the TTBR0 half of
 * TCR_EL1, VTCR_EL2 without SL0); the TTBR1 half of TCR_EL1; VTCR_EL2 complete
 * (with SL0 and PS). */
uint64_t pt_tcr0(const struct pt *pt);
uint64_t pt_tcr1(const struct pt *pt);
uint64_t pt_vtcr(const struct pt *pt);

/* ---- memory contents ---- */
void pt_fill(uint64_t pa, uint64_t size);    /* doublewords = PT_PAT(their PA) */
/* "movz w0, #val; ret" at pa, then the I-cache maintenance for it */
void pt_put_stub(uint64_t pa, uint16_t val);

/* ---- translation regimes (called at EL2) ---- */
/* EL2: TTBR0_EL2 = pt, TCR_EL2 = RES1 | PS | pt_tcr0(pt) | tcr_extra, MAIR_EL2,
 * TLBI ALLE2, SCTLR_EL2 |= M C I | sctlr_extra. */
void mmu_el2_on(const struct pt *pt, uint64_t tcr_extra, uint64_t sctlr_extra);
void mmu_el2_off(void);
/* EL1&0 for the next run_at_el1/run_at_el0: TTBR0_EL1 = t0 | asid << 48 (t0 NULL:
 * EPD0), TTBR1_EL1 = t1 (NULL: EPD1), TCR_EL1 = IPS | the halves | tcr_extra,
 * MAIR_EL1, TLBI ALLE1, SCTLR_EL1 |= M C I | sctlr_extra. */
void mmu_el1_on(const struct pt *t0, uint64_t asid, const struct pt *t1,
                uint64_t tcr_extra, uint64_t sctlr_extra);
void mmu_el1_off(void);
/* Stage 2 for EL1&0: VTTBR_EL2 = s2 | vmid << 48, VTCR_EL2 = pt_vtcr(s2) | vtcr_extra,
 * HCR_EL2 |= VM | hcr_extra, TLBI ALLE1. */
void mmu_s2_on(const struct pt *s2, uint64_t vmid, uint64_t vtcr_extra, uint64_t hcr_extra);
void mmu_s2_off(void);
/* TLBI ALLE2, TLBI ALLE1, DSB SY, ISB */
void pt_tlbi_all(void);
static inline uint64_t ttbr(const struct pt *pt, uint64_t asid) { return pt->root | (asid << 48); }

/* ---- code helpers (lib/pt_asm.S) ----
 * pt_ldr(va) / pt_str(va, val), at EL1 or EL2: one LDR X0, [X0] at pt_ldr_insn /
 *   STR X1, [X0] at pt_str_insn; after a fault (the handler resuming after the
 *   instruction) pt_ldr returns va.
 * pt_exec(target): BLR target (a pt_put_stub), returning its x0; when the fetch faults,
 * arm with exc_expect_recover(pt_exec_fault) and it returns ~0.
 * At EL0, through run_at_el0(fn, arg) (only registers are used, no stack):
 *   pt_el0_ldr(va): LDR X0, [X0] at pt_el0_ldr_insn, returns the value (or va after a
 *     fault, the handler resuming after the load);
 *   pt_el0_str(va): STR X0, [X0] at pt_el0_str_insn, returns 0;
 *   pt_el0_exec(target): BLR target, returns its x0, or ~0 via pt_el0_exec_fault. */
uint64_t pt_exec(uint64_t target);
uint64_t pt_ldr(uint64_t va);
void pt_str(uint64_t va, uint64_t val);
extern char pt_ldr_insn[], pt_str_insn[];
uint64_t pt_el0_ldr(uint64_t va);
uint64_t pt_el0_str(uint64_t va);
uint64_t pt_el0_exec(uint64_t target);
extern char pt_exec_fault[], pt_el0_ldr_insn[], pt_el0_str_insn[], pt_el0_exec_fault[];

/* ---- EL2 hook for synchronous exceptions from a lower EL ----
 * pt_hook_el2(fn) points VBAR_EL2 at a table whose lower-EL synchronous entry saves
 * the context in a struct pt_frame, records HPFAR_EL2 for Instruction/Data Aborts and
 * calls fn (if not NULL). fn returns true when it handled the exception: the frame
 * (registers, ELR, SPSR, possibly changed) is restored and ERET taken. Otherwise the
 * exception goes on to the library's handler (exc_expect, run_lower's return path)
 * with the state unchanged. Every other vector goes straight to the library's. */
struct pt_frame {
    uint64_t x[31];
    uint64_t elr, spsr, esr, far, hpfar, handled;
};
typedef bool (*pt_hook_fn)(struct pt_frame *f);
void pt_hook_el2(pt_hook_fn fn);
void pt_unhook_el2(void);
extern volatile uint64_t pt_last_hpfar;    /* HPFAR_EL2 at the last abort to EL2 */
extern volatile uint64_t pt_aborts;        /* aborts seen by the hook */

#endif
