/* Address translation after the Arm ARM pseudocode (DDI 0487, chapter D8;
   aarch64/translation): AArch64.TranslateAddress, AArch64.S1Translate,
   AArch64.S2Translate and their walks, with the permission checks.
   Implemented: 4 KiB, 16 KiB and 64 KiB granules, up to 48-bit VA and PA,
   the EL1&0, EL2 and EL2&0 regimes, stage 2 of EL1&0 with concatenated
   first-level tables, HPD, PAN, WXN, AF faults (no hardware AF/DBM). */
#include <string.h>

#include "mmu/mmu_internal.h"
#include "sim/board/board.h"
#include "sysregs/sysregs.h"

enum { MAX_OA_BITS = 48 };

/* PAMax(); the mapping of ID_AA64MMFR0_EL1.PARange and TCR.{I}PS. */
static unsigned pa_size_bits(unsigned code)
{
    static const unsigned bits[8] = { 32, 36, 40, 42, 44, 48, 52, 48 };
    return bits[code & 7];
}

static unsigned pa_max(const CPUState *cpu)
{
    unsigned b = pa_size_bits(FIELD_EX64(cpu->sysreg[SR_ID_AA64MMFR0_EL1], ID_AA64MMFR0, PARANGE));
    return b > MAX_OA_BITS ? MAX_OA_BITS : b;
}

/* The output address size for a {I}PS field: never above PAMax. */
static unsigned output_size(const CPUState *cpu, unsigned ps)
{
    unsigned b = pa_size_bits(ps), max = pa_max(cpu);
    return b < max ? b : max;
}

unsigned EncodeLDFSC(const FaultRecord *f)
{
    switch (f->type) {
    case FAULT_ADDRESS_SIZE: return 0x00 + (unsigned)f->level;
    case FAULT_TRANSLATION: return 0x04 + (unsigned)f->level;
    case FAULT_ACCESS_FLAG: return 0x08 + (unsigned)f->level;
    case FAULT_PERMISSION: return 0x0c + (unsigned)f->level;
    case FAULT_SYNC_EXTERNAL: return 0x10;
    case FAULT_SYNC_EXTERNAL_WALK: return 0x14 + (unsigned)f->level;
    case FAULT_ALIGNMENT: return 0x21;
    default: return 0x3f;
    }
}

Regime mmu_regime(const CPUState *cpu, unsigned el)
{
    if (el == 2)
        return ELIsInHost(cpu, 2) ? REGIME_EL20 : REGIME_EL2;
    return ELIsInHost(cpu, el) ? REGIME_EL20 : REGIME_EL10;
}

unsigned mmu_current_vmid(const CPUState *cpu)
{
    if (!EL2Enabled(cpu))
        return 0;
    uint64_t vmid = FIELD_EX64(cpu->sysreg[SR_VTTBR_EL2], TTBR, ASID);
    bool vmid16 = (cpu->model->features & FEAT_VMID16) &&
                  FIELD_EX64(cpu->sysreg[SR_VTCR_EL2], VTCR, VS);
    return (unsigned)(vmid16 ? vmid : vmid & 0xff);
}

/* The effective HCR_EL2 for translation: HCR_EL2.DC makes VM behave as 1. */
static bool stage2_enabled(const CPUState *cpu, Regime regime)
{
    uint64_t hcr = HCR_EL2(cpu);
    return regime == REGIME_EL10 && EL2Enabled(cpu) &&
           (FIELD_EX64(hcr, HCR, VM) || FIELD_EX64(hcr, HCR, DC));
}

static uint64_t regime_sctlr(const CPUState *cpu, Regime regime)
{
    return regime == REGIME_EL10 ? cpu->sysreg[SR_SCTLR_EL1] : cpu->sysreg[SR_SCTLR_EL2];
}

/* Stage 1 of EL1&0 is disabled with SCTLR_EL1.M = 0, and also with
   HCR_EL2.TGE (EL0 behaves as if SCTLR_EL1.M is 0) or HCR_EL2.DC. */
static bool stage1_enabled(const CPUState *cpu, Regime regime)
{
    if (regime == REGIME_EL10) {
        uint64_t hcr = HCR_EL2(cpu);
        if (FIELD_EX64(hcr, HCR, TGE) || FIELD_EX64(hcr, HCR, DC))
            return false;
    }
    return FIELD_EX64(regime_sctlr(cpu, regime), SCTLR, M);
}

/* AddrTop(): 55 when the top byte is ignored (TBI), else 63. */
static unsigned addr_top(const CPUState *cpu, Regime regime, uint64_t va)
{
    if (regime == REGIME_EL2)
        return FIELD_EX64(cpu->sysreg[SR_TCR_EL2], TCR_EL2, TBI) ? 55 : 63;
    uint64_t tcr = regime == REGIME_EL10 ? cpu->sysreg[SR_TCR_EL1] : cpu->sysreg[SR_TCR_EL2];
    bool tbi = extract64(va, 55, 1) ? FIELD_EX64(tcr, TCR, TBI1) : FIELD_EX64(tcr, TCR, TBI0);
    return tbi ? 55 : 63;
}

/* ---- walk parameters ---- */

typedef struct WalkParams {
    unsigned granule_bits;      /* 12, 14 or 16 */
    unsigned input_bits;        /* 64 - TxSZ */
    unsigned out_bits;          /* the {I}PS output size */
    int start_level;
    uint64_t table;             /* the start-level table's address */
    bool hpd;                   /* hierarchical permissions disabled */
    unsigned asid;
} WalkParams;

static unsigned stride_of(const WalkParams *p)
{
    return p->granule_bits - 3;
}

/* The lowest input bit a level's index covers. */
static unsigned level_shift(const WalkParams *p, int level)
{
    return p->granule_bits + stride_of(p) * (unsigned)(3 - level);
}

/* TG0 encodes 4K/64K/16K as 0/1/2, TG1 as 2/3/1. */
static unsigned tg0_bits(unsigned tg0)
{
    return tg0 == 1 ? 16 : tg0 == 2 ? 14 : 12;
}

static unsigned tg1_bits(unsigned tg1)
{
    return tg1 == 3 ? 16 : tg1 == 1 ? 14 : 12;
}

/* TxSZ out of range is CONSTRAINED UNPREDICTABLE: we use the nearest limit. */
static unsigned clamp_txsz(unsigned txsz)
{
    return txsz < 16 ? 16 : txsz > 39 ? 39 : txsz;
}

static uint64_t table_base(uint64_t ttbr, const WalkParams *p)
{
    unsigned index_bits = p->input_bits - level_shift(p, p->start_level);
    unsigned align = index_bits + 3 < 6 ? 6 : index_bits + 3;
    uint64_t base = FIELD_EX64(ttbr, TTBR, BADDR) << 1;
    return base & ~ones(align);     /* misaligned low bits are treated as zero */
}

static void fault_at(FaultRecord *f, FaultType type, int level)
{
    f->type = type;
    f->level = level;
}

/* AArch64.S1Walk parameters: the VA range check, TTBR select, EPD. */
static bool s1_params(CPUState *cpu, Regime regime, uint64_t va, WalkParams *p, FaultRecord *f)
{
    memset(p, 0, sizeof *p);
    bool hpds = cpu->model->features & FEAT_HPDS;
    if (regime == REGIME_EL2) {
        uint64_t tcr = cpu->sysreg[SR_TCR_EL2];
        unsigned txsz = clamp_txsz(FIELD_EX64(tcr, TCR_EL2, T0SZ));
        unsigned top = FIELD_EX64(tcr, TCR_EL2, TBI) ? 55 : 63;
        if (extract64(va, 64 - txsz, top - (64 - txsz) + 1) != 0) {
            fault_at(f, FAULT_TRANSLATION, 0);
            return false;
        }
        p->granule_bits = tg0_bits(FIELD_EX64(tcr, TCR_EL2, TG0));
        p->input_bits = 64 - txsz;
        p->out_bits = output_size(cpu, FIELD_EX64(tcr, TCR_EL2, PS));
        p->hpd = hpds && FIELD_EX64(tcr, TCR_EL2, HPD);
        uint64_t ttbr = cpu->sysreg[SR_TTBR0_EL2];
        p->start_level = 4 - (int)((p->input_bits - p->granule_bits + stride_of(p) - 1) / stride_of(p));
        p->table = table_base(ttbr, p);
        return true;
    }
    uint64_t tcr = regime == REGIME_EL10 ? cpu->sysreg[SR_TCR_EL1] : cpu->sysreg[SR_TCR_EL2];
    bool upper = extract64(va, 55, 1);
    unsigned txsz = clamp_txsz(upper ? FIELD_EX64(tcr, TCR, T1SZ) : FIELD_EX64(tcr, TCR, T0SZ));
    bool tbi = upper ? FIELD_EX64(tcr, TCR, TBI1) : FIELD_EX64(tcr, TCR, TBI0);
    unsigned top = tbi ? 55 : 63;
    uint64_t range = extract64(va, 64 - txsz, top - (64 - txsz) + 1);
    if (range != (upper ? ones(top - (64 - txsz) + 1) : 0)) {
        fault_at(f, FAULT_TRANSLATION, 0);
        return false;
    }
    if (upper ? FIELD_EX64(tcr, TCR, EPD1) : FIELD_EX64(tcr, TCR, EPD0)) {
        fault_at(f, FAULT_TRANSLATION, 0);
        return false;
    }
    p->granule_bits = upper ? tg1_bits(FIELD_EX64(tcr, TCR, TG1)) : tg0_bits(FIELD_EX64(tcr, TCR, TG0));
    p->input_bits = 64 - txsz;
    p->out_bits = output_size(cpu, FIELD_EX64(tcr, TCR, IPS));
    p->hpd = hpds && (upper ? FIELD_EX64(tcr, TCR, HPD1) : FIELD_EX64(tcr, TCR, HPD0));
    unsigned ttbr_id = regime == REGIME_EL10 ? (upper ? SR_TTBR1_EL1 : SR_TTBR0_EL1)
                                             : (upper ? SR_TTBR1_EL2 : SR_TTBR0_EL2);
    unsigned asid_id = regime == REGIME_EL10
                           ? (FIELD_EX64(tcr, TCR, A1) ? SR_TTBR1_EL1 : SR_TTBR0_EL1)
                           : (FIELD_EX64(tcr, TCR, A1) ? SR_TTBR1_EL2 : SR_TTBR0_EL2);
    uint64_t asid = FIELD_EX64(cpu->sysreg[asid_id], TTBR, ASID);
    p->asid = (unsigned)(FIELD_EX64(tcr, TCR, AS) ? asid : asid & 0xff);
    p->start_level = 4 - (int)((p->input_bits - p->granule_bits + stride_of(p) - 1) / stride_of(p));
    p->table = table_base(cpu->sysreg[ttbr_id], p);
    return true;
}

/* AArch64.S2Walk parameters from VTCR_EL2 and VTTBR_EL2, with the checks of
   the starting level (S2InvalidSL, S2InconsistentSL). */
static bool s2_params(CPUState *cpu, uint64_t ipa, WalkParams *p, FaultRecord *f)
{
    memset(p, 0, sizeof *p);
    uint64_t vtcr = cpu->sysreg[SR_VTCR_EL2];
    unsigned t0sz = FIELD_EX64(vtcr, VTCR, T0SZ);
    t0sz = t0sz < 16 ? 16 : t0sz > 39 ? 39 : t0sz;
    p->granule_bits = tg0_bits(FIELD_EX64(vtcr, VTCR, TG0));
    p->input_bits = 64 - t0sz;
    p->out_bits = output_size(cpu, FIELD_EX64(vtcr, VTCR, PS));
    unsigned sl0 = FIELD_EX64(vtcr, VTCR, SL0);
    unsigned stride = stride_of(p);
    int level = p->granule_bits == 12 ? 2 - (int)sl0 : 3 - (int)sl0;
    int check = (int)p->input_bits - ((3 - level) * (int)stride + (int)p->granule_bits);
    bool valid = sl0 != 3 && level >= 0 && check >= 1 && check <= (int)stride + 4 &&
                 p->input_bits <= pa_max(cpu);
    if (p->granule_bits == 12 && level == 0 && pa_max(cpu) <= 42)
        valid = false;
    if (p->granule_bits != 12 && (level == 0 || (level == 1 && pa_max(cpu) <= (p->granule_bits == 16 ? 42u : 40u))))
        valid = false;
    if (!valid || (ipa >> p->input_bits) != 0) {
        fault_at(f, FAULT_TRANSLATION, 0);
        return false;
    }
    p->start_level = level;
    p->table = table_base(cpu->sysreg[SR_VTTBR_EL2], p);
    return true;
}

/* Is a block descriptor allowed at this level for this granule (D8.3.1)? */
static bool block_allowed(const WalkParams *p, int level)
{
    if (p->granule_bits == 12)
        return level == 1 || level == 2;
    return level == 2;
}

/* Read a descriptor at a physical address. */
static bool read_descriptor(CPUState *cpu, uint64_t pa, uint64_t *desc)
{
    MemRegion *r = board_region(cpu->board, pa, 8);
    if (!r)
        return false;
    memcpy(desc, region_host(r, pa), 8);
    return true;
}

static bool s2_translate(CPUState *cpu, uint64_t ipa, const AccessDesc *acc, bool s1ptw,
                         AddressDescriptor *out, FaultRecord *f);

/* A stage-1 walk read goes through stage 2 in the EL1&0 regime (S1PTW). */
static bool walk_read(CPUState *cpu, Regime regime, uint64_t addr, int level, const AccessDesc *acc,
                      uint64_t *desc, FaultRecord *f)
{
    uint64_t pa = addr;
    if (stage2_enabled(cpu, regime)) {
        AddressDescriptor ad;
        AccessDesc walk = { .kind = ACC_READ, .el = acc->el, .walk_only = acc->walk_only };
        if (!s2_translate(cpu, addr, &walk, true, &ad, f))
            return false;
        /* HCR_EL2.PTW: a walk to Device memory (by stage 2) is a stage-2
           permission fault. */
        if (ad.device && FIELD_EX64(HCR_EL2(cpu), HCR, PTW)) {
            f->type = FAULT_PERMISSION;
            f->level = ad.level;        /* the stage-2 descriptor's level */
            f->stage2 = true;
            f->s1ptw = true;
            f->ipa = addr;
            return false;
        }
        pa = ad.pa;
    }
    if (!read_descriptor(cpu, pa, desc)) {
        fault_at(f, FAULT_SYNC_EXTERNAL_WALK, level);
        return false;
    }
    return true;
}

/* The generic walk of one stage: fills e (without the tags) or f. */
static bool walk(CPUState *cpu, Regime regime, unsigned stage, uint64_t in, const WalkParams *p,
                 const AccessDesc *acc, ArchTLBEntry *e, FaultRecord *f)
{
    uint64_t table = p->table;
    unsigned stride = stride_of(p);
    bool s1_two_priv = stage == 1 && regime != REGIME_EL2;
    unsigned ap_table = 0, uxn_table = 0, pxn_table = 0;
    if (p->out_bits < 64 && (table >> p->out_bits) != 0) {
        fault_at(f, FAULT_ADDRESS_SIZE, 0);
        return false;
    }
    for (int level = p->start_level;; level++) {
        unsigned shift = level_shift(p, level);
        unsigned index_bits = level == p->start_level ? p->input_bits - shift : stride;
        uint64_t index = extract64(in, shift, index_bits);
        uint64_t desc;
        uint64_t addr = table + index * 8;
        if (stage == 1) {
            if (!walk_read(cpu, regime, addr, level, acc, &desc, f))
                return false;
        } else if (!read_descriptor(cpu, addr, &desc)) {
            fault_at(f, FAULT_SYNC_EXTERNAL_WALK, level);
            return false;
        }
        if (!FIELD_EX64(desc, DESC, VALID)) {
            fault_at(f, FAULT_TRANSLATION, level);
            return false;
        }
        bool is_table = FIELD_EX64(desc, DESC, TABLE);
        if (level < 3 && is_table) {
            table = extract64(desc, p->granule_bits, MAX_OA_BITS - p->granule_bits) << p->granule_bits;
            if (p->out_bits < MAX_OA_BITS && (table >> p->out_bits) != 0) {
                fault_at(f, FAULT_ADDRESS_SIZE, level);
                return false;
            }
            if (stage == 1 && !p->hpd) {
                ap_table |= (unsigned)extract64(desc, R_DESC_APTABLE0_SHIFT, 2);
                uxn_table |= FIELD_EX64(desc, DESC, UXNTABLE);
                pxn_table |= FIELD_EX64(desc, DESC, PXNTABLE);
            }
            continue;
        }
        if ((level == 3 && !is_table) || (level < 3 && !block_allowed(p, level))) {
            fault_at(f, FAULT_TRANSLATION, level);
            return false;
        }
        uint64_t oa = extract64(desc, shift, MAX_OA_BITS - shift) << shift;
        if (p->out_bits < MAX_OA_BITS && (oa >> p->out_bits) != 0) {
            fault_at(f, FAULT_ADDRESS_SIZE, level);
            return false;
        }
        if (!FIELD_EX64(desc, DESC, AF)) {
            fault_at(f, FAULT_ACCESS_FLAG, level);
            return false;
        }
        memset(e, 0, sizeof *e);
        e->valid = 1;
        e->sh = (uint8_t)extract64(desc, 8, 2);
        e->stage = (uint8_t)stage;
        e->regime = (uint8_t)regime;
        e->level = (uint8_t)level;
        e->size_log2 = (uint8_t)shift;
        e->in_base = in & ~ones(shift);
        e->out_base = oa;
        if (stage == 2) {
            e->attr = (uint8_t)FIELD_EX64(desc, DESC, S2_MEMATTR);
            e->perm = (uint8_t)((FIELD_EX64(desc, DESC, AP1) ? S2_R : 0) |
                                (FIELD_EX64(desc, DESC, AP2) ? S2_W : 0) |
                                (FIELD_EX64(desc, DESC, UXN) ? S2_XN : 0));
            e->global = 1;
            return true;
        }
        unsigned attrindx = FIELD_EX64(desc, DESC, ATTRINDX);
        uint64_t mair = regime == REGIME_EL10 ? cpu->sysreg[SR_MAIR_EL1] : cpu->sysreg[SR_MAIR_EL2];
        e->attr = (uint8_t)extract64(mair, attrindx * 8, 8);
        unsigned perm = 0;
        /* APTable[0] removes EL0 access, APTable[1] write access. */
        if (FIELD_EX64(desc, DESC, AP1) && !(s1_two_priv && (ap_table & 1)))
            perm |= S1_AP1;
        if (FIELD_EX64(desc, DESC, AP2) || (ap_table & 2))
            perm |= S1_AP2;
        if (FIELD_EX64(desc, DESC, UXN) || uxn_table)
            perm |= S1_UXN;
        if (s1_two_priv && (FIELD_EX64(desc, DESC, PXN) || pxn_table))
            perm |= S1_PXN;
        if (!s1_two_priv)
            perm &= ~S1_AP1;    /* AP[1] is RES1 and ignored in the EL2 regime */
        e->perm = (uint8_t)perm;
        e->global = s1_two_priv ? !FIELD_EX64(desc, DESC, NG) : 1;
        e->asid = e->global ? 0 : (uint16_t)p->asid;
        return true;
    }
}

/* Memory type from a MAIR attribute byte: Attr[7:4] == 0 is Device. */
static bool mair_is_device(unsigned attr)
{
    return (attr >> 4) == 0;
}

enum { ATTR_DEVICE_nGnRnE = 0x00, ATTR_NORMAL_WB = 0xff, SH_NON = 0, SH_OUTER = 2, SH_INNER = 3 };

/* S2AttrDecode(): stage-2 MemAttr[3:0] in the MAIR encoding (allocation
   hints RW for cacheable memory). */
static unsigned s2_attr_to_mair(unsigned memattr)
{
    static const uint8_t nibble[4] = { 0, 0x4, 0xb, 0xf };      /* -, NC, WT, WB */
    if ((memattr >> 2) == 0)
        return (memattr & 3) << 2;                              /* Device-nGnRnE..GRE */
    return (unsigned)(nibble[memattr >> 2] << 4) | nibble[memattr & 3];
}

/* Cacheability class of a MAIR nibble: 0 NC, 1 WT, 2 WB. */
static unsigned cache_class(unsigned nibble)
{
    return nibble == 0x4 ? 0 : (nibble >> 2) == 2 ? 1 : 2;
}

/* CombineS1S2Desc(): Device wins, and the stronger Device type; otherwise
   each of inner and outer takes the weaker cacheability. */
static unsigned combine_attrs(unsigned s1, unsigned s2)
{
    if (mair_is_device(s1) || mair_is_device(s2)) {
        unsigned t1 = mair_is_device(s1) ? s1 : 0xff, t2 = mair_is_device(s2) ? s2 : 0xff;
        return t1 < t2 ? t1 : t2;
    }
    unsigned out = 0;
    for (unsigned shift = 0; shift <= 4; shift += 4) {
        unsigned a = (s1 >> shift) & 0xf, b = (s2 >> shift) & 0xf;
        out |= (cache_class(a) <= cache_class(b) ? a : b) << shift;
    }
    return out;
}

/* Shareability reported for memory: Device and Normal Non-cacheable memory
   are Outer Shareable; otherwise the more shareable of the stages. */
static unsigned effective_sh(unsigned attr, unsigned sh)
{
    if (mair_is_device(attr) || attr == 0x44)
        return SH_OUTER;
    return sh;
}

static unsigned combine_sh(unsigned sh1, unsigned sh2)
{
    if (sh1 == SH_OUTER || sh2 == SH_OUTER)
        return SH_OUTER;
    if (sh1 == SH_INNER || sh2 == SH_INNER)
        return SH_INNER;
    return SH_NON;
}

/* AArch64.S1CheckPermission, AArch64.S1ApplyOutputPerms */
static bool s1_permission(const CPUState *cpu, Regime regime, const ArchTLBEntry *e,
                          const AccessDesc *acc)
{
    bool wxn = FIELD_EX64(regime_sctlr(cpu, regime), SCTLR, WXN);
    if (regime == REGIME_EL2) {
        bool w = !(e->perm & S1_AP2);
        bool x = !(e->perm & S1_UXN) && !(wxn && w);
        return acc->kind == ACC_READ || (acc->kind == ACC_WRITE && w) || (acc->kind == ACC_FETCH && x);
    }
    bool user = acc->el == 0;
    bool user_r = e->perm & S1_AP1, user_w = user_r && !(e->perm & S1_AP2);
    bool priv_r = true, priv_w = !(e->perm & S1_AP2);
    bool user_x = !(e->perm & S1_UXN) && !(wxn && user_w);
    /* Memory writable at EL0 is never executable at EL1 (the PE's rule). */
    bool priv_x = !(e->perm & S1_PXN) && !user_w && !(wxn && priv_w);
    if (!user && acc->pan && user_r && acc->kind != ACC_FETCH)
        priv_r = priv_w = false;            /* PSTATE.PAN */
    switch (acc->kind) {
    case ACC_READ: return user ? user_r : priv_r;
    case ACC_WRITE: return user ? user_w : priv_w;
    default: return user ? user_x : priv_x;
    }
}

/* AArch64.S2CheckPermission */
static bool s2_permission(const ArchTLBEntry *e, const AccessDesc *acc)
{
    switch (acc->kind) {
    case ACC_READ: return e->perm & S2_R;
    case ACC_WRITE: return e->perm & S2_W;
    default: return !(e->perm & S2_XN);
    }
}

/* AArch64.S2Translate(): IPA to PA for the EL1&0 regime. */
static bool s2_translate(CPUState *cpu, uint64_t ipa, const AccessDesc *acc, bool s1ptw,
                         AddressDescriptor *out, FaultRecord *f)
{
    unsigned vmid = mmu_current_vmid(cpu);
    ArchTLBEntry local;
    const ArchTLBEntry *e = tlb_lookup(cpu, 2, REGIME_EL10, vmid, 0, ipa);
    f->stage2 = true;
    f->s1ptw = s1ptw;
    f->ipa = ipa;
    if (!e) {
        WalkParams p;
        if (!s2_params(cpu, ipa, &p, f) || !walk(cpu, REGIME_EL10, 2, ipa, &p, acc, &local, f))
            return false;
        local.vmid = (uint16_t)vmid;
        if (!acc->walk_only)
            tlb_insert(cpu, &local, ipa);
        e = &local;
    }
    out->pa = e->out_base | (ipa & ones(e->size_log2));
    out->attr = (uint8_t)s2_attr_to_mair(e->attr);
    out->device = mair_is_device(out->attr);
    out->sh = (uint8_t)effective_sh(out->attr, e->sh);
    out->level = e->level;
    /* Instruction fetches from Device memory are a Permission fault too. */
    if (!s2_permission(e, acc) || (acc->kind == ACC_FETCH && out->device)) {
        f->type = FAULT_PERMISSION;
        f->level = e->level;
        return false;
    }
    f->stage2 = false;
    f->s1ptw = false;
    return true;
}

bool mmu_translate(CPUState *cpu, uint64_t va, const AccessDesc *acc, AddressDescriptor *out,
                   FaultRecord *fault)
{
    memset(fault, 0, sizeof *fault);
    fault->write = acc->kind == ACC_WRITE;
    Regime regime = mmu_regime(cpu, acc->el);
    uint64_t s1_out;
    unsigned attr, sh;
    if (!stage1_enabled(cpu, regime)) {
        /* AArch64.TranslateAddressS1Off(): flat; data accesses are Device
           unless HCR_EL2.DC makes them Normal; fetches are Normal.  The
           address up to AddrTop() must fit in PAMax. */
        unsigned top = addr_top(cpu, regime, va);
        if (extract64(va, pa_max(cpu), top - pa_max(cpu) + 1) != 0) {
            fault_at(fault, FAULT_ADDRESS_SIZE, 0);
            return false;
        }
        s1_out = va & ones(pa_max(cpu));
        out->s1_size_log2 = 64;
        bool normal = acc->kind == ACC_FETCH ||
                      (regime == REGIME_EL10 && FIELD_EX64(HCR_EL2(cpu), HCR, DC));
        attr = normal ? ATTR_NORMAL_WB : ATTR_DEVICE_nGnRnE;
        sh = SH_OUTER;
    } else {
        unsigned vmid = regime == REGIME_EL10 ? mmu_current_vmid(cpu) : 0;
        WalkParams p;
        ArchTLBEntry local;
        const ArchTLBEntry *e;
        if (!s1_params(cpu, regime, va, &p, fault))
            return false;
        e = tlb_lookup(cpu, 1, regime, vmid, p.asid, va);
        if (!e) {
            if (!walk(cpu, regime, 1, va, &p, acc, &local, fault))
                return false;
            local.vmid = (uint16_t)vmid;
            if (!acc->walk_only)
                tlb_insert(cpu, &local, va);
            e = &local;
        }
        if (!s1_permission(cpu, regime, e, acc)) {
            fault_at(fault, FAULT_PERMISSION, e->level);
            return false;
        }
        /* Instruction fetches from Device memory are a Permission fault. */
        if (acc->kind == ACC_FETCH && mair_is_device(e->attr)) {
            fault_at(fault, FAULT_PERMISSION, e->level);
            return false;
        }
        s1_out = e->out_base | (va & ones(e->size_log2));
        out->s1_size_log2 = e->size_log2;
        attr = e->attr;
        sh = effective_sh(e->attr, e->sh);
    }
    out->pa = s1_out;
    if (stage2_enabled(cpu, regime) && !acc->s1_only) {
        AddressDescriptor s2;
        if (!s2_translate(cpu, s1_out, acc, false, &s2, fault))
            return false;
        out->pa = s2.pa;
        attr = combine_attrs(attr, s2.attr);
        sh = mair_is_device(attr) ? SH_OUTER : combine_sh(sh, s2.sh);
    }
    out->attr = (uint8_t)attr;
    out->sh = (uint8_t)effective_sh(attr, sh);
    out->device = mair_is_device(attr);
    return true;
}
