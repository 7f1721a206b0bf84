/* Translation tables and translation-regime set-up for the MMU tests (see pt.h). */
#include "pt.h"

extern char exc_vectors_el2[], pt_hook_vectors[];

/* ---- ID registers (D19.2: ID_AA64MMFR0_EL1, ID_AA64MMFR1_EL1) ---- */
unsigned pt_pa_bits(void)
{
    static const unsigned bits[] = { 32, 36, 40, 42, 44, 48, 52 };
    unsigned r = read_sysreg(id_aa64mmfr0_el1) & 0xf;
    return r < 7 ? bits[r] : 52;
}

unsigned pt_ps(void)
{
    unsigned r = read_sysreg(id_aa64mmfr0_el1) & 0xf;
    return r > 5 ? 5 : r;
}

bool pt_has_granule(unsigned gshift)
{
    uint64_t m = read_sysreg(id_aa64mmfr0_el1);
    switch (gshift) {
    case 12: return ((m >> 28) & 0xf) != 0xf;    /* TGran4: 0b1111 = not supported */
    case 14: return ((m >> 20) & 0xf) != 0x0;    /* TGran16: 0b0000 = not supported */
    case 16: return ((m >> 24) & 0xf) != 0xf;    /* TGran64: 0b1111 = not supported */
    }
    return false;
}

bool pt_has_hpds(void) { return ((read_sysreg(id_aa64mmfr1_el1) >> 12) & 0xf) != 0; }
unsigned pt_pan_level(void) { return (read_sysreg(id_aa64mmfr1_el1) >> 20) & 0xf; }
bool pt_has_asid16(void) { return ((read_sysreg(id_aa64mmfr0_el1) >> 4) & 0xf) == 2; }
bool pt_has_vmid16(void) { return ((read_sysreg(id_aa64mmfr1_el1) >> 4) & 0xf) == 2; }

/* ---- table memory ---- */
static uint64_t pool_next = PT_POOL_BASE;

void pt_pool_reset(void) { pool_next = PT_POOL_BASE; }

static void zero(uint64_t pa, uint64_t size)
{
    volatile uint64_t *p = (volatile uint64_t *)pa;
    for (uint64_t i = 0; i < size / 8; i++)
        p[i] = 0;
}

uint64_t pt_alloc(uint64_t size)
{
    uint64_t align = 4096;
    while (align < size)
        align <<= 1;
    uint64_t pa = (pool_next + align - 1) & ~(align - 1);
    if (pa + size > PT_POOL_BASE + PT_POOL_SIZE) {
        tprintf("%s: translation table pool exhausted\n", TEST_NAME);
        semi_exit(1);
    }
    pool_next = pa + size;
    zero(pa, size);
    return pa;
}

/* ---- geometry (AArch64.S1StartLevel, AArch64.S2StartLevel, AArch64.TTEntryAddress) ---- */
unsigned pt_shift(const struct pt *pt, int level)
{
    return pt->gshift + (unsigned)(3 - level) * (pt->gshift - 3);
}

int pt_s1_start_level(unsigned gshift, unsigned ia_bits)
{
    unsigned stride = gshift - 3;
    return 3 - (int)((ia_bits - 1 - gshift) / stride);
}

static uint64_t entries_at(const struct pt *pt, int level)
{
    if (level == pt->start)
        return UL(1) << (pt->ia_bits - pt_shift(pt, level));
    return UL(1) << (pt->gshift - 3);
}

void pt_init(struct pt *pt, int stage, unsigned gshift, unsigned ia_bits, int start)
{
    pt->gshift = gshift;
    pt->ia_bits = ia_bits;
    pt->stage = stage;
    pt->start = start < 0 ? pt_s1_start_level(gshift, ia_bits) : start;
    pt->table_attrs = 0;
    uint64_t size = entries_at(pt, pt->start) * 8;
    if (size < pt_gsize(pt))
        size = pt_gsize(pt);
    pt->root = pt_alloc(size);
}

static bool block_ok(const struct pt *pt, int level)
{
    /* AArch64.BlockDescSupported without FEAT_LPA2/D128: 4K levels 1-2, 16K/64K level 2
     * (64K level 1 needs 52-bit OAs, not used here) */
    if (level < pt->start)
        return false;
    if (pt->gshift == 12)
        return level == 1 || level == 2;
    return level == 2;
}

uint64_t *pt_slot(struct pt *pt, uint64_t va, int level)
{
    uint64_t table = pt->root;
    for (int l = pt->start;; l++) {
        uint64_t idx = (va >> pt_shift(pt, l)) & (entries_at(pt, l) - 1);
        volatile uint64_t *d = (volatile uint64_t *)table + idx;
        if (l == level)
            return (uint64_t *)d;
        uint64_t v = *d;
        if ((v & PTE_TYPE_MASK) == PTE_TABLE) {
            table = v & PT_OA_MASK(pt->gshift);
            continue;
        }
        uint64_t nt = pt_alloc(pt_gsize(pt));
        if ((v & PTE_TYPE_MASK) == PTE_BLOCK) {
            uint64_t csize = UL(1) << pt_shift(pt, l + 1);
            uint64_t oa = v & PT_OA_MASK(pt_shift(pt, l));
            uint64_t type = l + 1 == 3 ? PTE_PAGE : PTE_BLOCK;
            volatile uint64_t *c = (volatile uint64_t *)nt;
            for (uint64_t i = 0; i < entries_at(pt, l + 1); i++)
                c[i] = (oa + i * csize) | (v & PT_ATTR_MASK) | type;
        }
        *d = nt | PTE_TABLE | pt->table_attrs;
        table = nt;
    }
}

uint64_t *pt_find(const struct pt *pt, uint64_t va, int level)
{
    uint64_t table = pt->root;
    for (int l = pt->start;; l++) {
        uint64_t idx = (va >> pt_shift(pt, l)) & (entries_at(pt, l) - 1);
        uint64_t *d = (uint64_t *)table + idx;
        if (l == level)
            return d;
        if ((*(volatile uint64_t *)d & PTE_TYPE_MASK) != PTE_TABLE || l == 3)
            return NULL;
        table = *d & PT_OA_MASK(pt->gshift);
    }
}

void pt_map_at(struct pt *pt, uint64_t va, uint64_t pa, int level, uint64_t attrs)
{
    volatile uint64_t *d = pt_slot(pt, va, level);
    *d = (pa & PT_OA_MASK(pt_shift(pt, level))) | attrs |
         (level == 3 ? PTE_PAGE : PTE_BLOCK);
}

void pt_map(struct pt *pt, uint64_t va, uint64_t pa, uint64_t size, uint64_t attrs)
{
    uint64_t end = va + size;
    while (va < end) {
        int level = 3;
        for (int l = pt->start; l < 3; l++) {
            uint64_t bs = UL(1) << pt_shift(pt, l);
            if (block_ok(pt, l) && !((va | pa) & (bs - 1)) && end - va >= bs) {
                level = l;
                break;
            }
        }
        pt_map_at(pt, va, pa, level, attrs);
        va += UL(1) << pt_shift(pt, level);
        pa += UL(1) << pt_shift(pt, level);
    }
}

void pt_map_ram(struct pt *pt, uint64_t attrs)
{
    pt_map(pt, PT_RAM_BASE, PT_RAM_BASE, PT_RAM_SIZE, attrs);
}

void pt_map_ram_pages(struct pt *pt, uint64_t attrs)
{
    for (uint64_t a = PT_RAM_BASE; a < PT_RAM_BASE + PT_RAM_SIZE; a += pt_gsize(pt))
        pt_map_at(pt, a, a, 3, attrs);
}

static uint64_t tg0(unsigned gshift)
{
    return gshift == 12 ? TCR_TG0_4K : gshift == 14 ? TCR_TG0_16K : TCR_TG0_64K;
}

uint64_t pt_tcr0(const struct pt *pt)
{
    return TCR_T0SZ(64 - pt->ia_bits) | TCR_IRGN0_WBWA | TCR_ORGN0_WBWA | TCR_SH0_INNER |
           tg0(pt->gshift);
}

uint64_t pt_tcr1(const struct pt *pt)
{
    uint64_t tg1 = pt->gshift == 12 ? TCR_TG1_4K : pt->gshift == 14 ? TCR_TG1_16K : TCR_TG1_64K;
    return TCR_T1SZ(64 - pt->ia_bits) | TCR_IRGN1_WBWA | TCR_ORGN1_WBWA | TCR_SH1_INNER | tg1;
}

uint64_t pt_vtcr(const struct pt *pt)
{
    /* SL0 (VTCR_EL2): 4K: 0b00 = level 2, 0b01 = level 1, 0b10 = level 0;
     * 16K and 64K: 0b00 = level 3, 0b01 = level 2, 0b10 = level 1 */
    uint64_t sl0 = pt->gshift == 12 ? (uint64_t)(2 - pt->start) : (uint64_t)(3 - pt->start);
    return VTCR_RES1 | pt_tcr0(pt) | VTCR_SL0(sl0) | VTCR_PS(pt_ps());
}

/* ---- memory contents ---- */
void pt_fill(uint64_t pa, uint64_t size)
{
    volatile uint64_t *p = (volatile uint64_t *)pa;
    for (uint64_t i = 0; i < size / 8; i++)
        p[i] = PT_PAT(pa + i * 8);
    dsb(sy);
}

void pt_put_stub(uint64_t pa, uint16_t val)
{
    volatile uint32_t *p = (volatile uint32_t *)pa;
    p[0] = 0x52800000u | ((uint32_t)val << 5);   /* movz w0, #val */
    p[1] = 0xd65f03c0u;                          /* ret */
    asm volatile("dc cvau, %0\n\tdsb ish\n\tic iallu\n\tdsb ish\n\tisb" :: "r"(pa) : "memory");
}

/* ---- regimes ---- */
void pt_tlbi_all(void)
{
    asm volatile("dsb sy\n\ttlbi alle2\n\ttlbi alle1\n\tdsb sy\n\tisb" ::: "memory");
}

void mmu_el2_on(const struct pt *pt, uint64_t tcr_extra, uint64_t sctlr_extra)
{
    write_sysreg(mair_el2, PT_MAIR);
    write_sysreg(tcr_el2, TCR_EL2_RES1 | TCR_EL2_PS(pt_ps()) | pt_tcr0(pt) | tcr_extra);
    write_sysreg(ttbr0_el2, pt->root);
    isb();
    asm volatile("dsb sy\n\ttlbi alle2\n\tdsb sy\n\tisb" ::: "memory");
    write_sysreg(sctlr_el2, read_sysreg(sctlr_el2) | SCTLR_M | SCTLR_C | SCTLR_I | sctlr_extra);
    isb();
}

void mmu_el2_off(void)
{
    write_sysreg(sctlr_el2, read_sysreg(sctlr_el2) & ~(SCTLR_M | SCTLR_C | SCTLR_I | SCTLR_WXN));
    isb();
    asm volatile("tlbi alle2\n\tdsb sy\n\tisb" ::: "memory");
}

void mmu_el1_on(const struct pt *t0, uint64_t asid, const struct pt *t1,
                uint64_t tcr_extra, uint64_t sctlr_extra)
{
    uint64_t tcr = TCR_IPS(pt_ps()) | tcr_extra;
    tcr |= t0 ? pt_tcr0(t0) : (TCR_EPD0 | TCR_T0SZ(16) | TCR_TG0_4K);
    tcr |= t1 ? pt_tcr1(t1) : (TCR_EPD1 | TCR_T1SZ(16) | TCR_TG1_4K);
    write_sysreg(mair_el1, PT_MAIR);
    write_sysreg(tcr_el1, tcr);
    write_sysreg(ttbr0_el1, t0 ? ttbr(t0, asid) : asid << 48);
    write_sysreg(ttbr1_el1, t1 ? t1->root : 0);
    isb();
    asm volatile("dsb sy\n\ttlbi alle1\n\tdsb sy\n\tisb" ::: "memory");
    write_sysreg(sctlr_el1, read_sysreg(sctlr_el1) | SCTLR_M | SCTLR_C | SCTLR_I | sctlr_extra);
    isb();
}

void mmu_el1_off(void)
{
    write_sysreg(sctlr_el1, read_sysreg(sctlr_el1) & ~(SCTLR_M | SCTLR_C | SCTLR_I | SCTLR_WXN));
    isb();
    asm volatile("tlbi alle1\n\tdsb sy\n\tisb" ::: "memory");
}

void mmu_s2_on(const struct pt *s2, uint64_t vmid, uint64_t vtcr_extra, uint64_t hcr_extra)
{
    write_sysreg(vtcr_el2, pt_vtcr(s2) | vtcr_extra);
    write_sysreg(vttbr_el2, ttbr(s2, vmid));
    isb();
    write_sysreg(hcr_el2, read_sysreg(hcr_el2) | HCR_VM | hcr_extra);
    isb();
    asm volatile("dsb sy\n\ttlbi alle1\n\tdsb sy\n\tisb" ::: "memory");
}

void mmu_s2_off(void)
{
    write_sysreg(hcr_el2, read_sysreg(hcr_el2) & ~(HCR_VM | HCR_PTW));
    isb();
    asm volatile("tlbi alle1\n\tdsb sy\n\tisb" ::: "memory");
}

/* ---- EL2 hook ---- */
volatile uint64_t pt_last_hpfar;
volatile uint64_t pt_aborts;
static pt_hook_fn hook_fn;

uint64_t pt_hook_dispatch(struct pt_frame *f);
uint64_t pt_hook_dispatch(struct pt_frame *f)
{
    uint64_t ec = ESR_EC(f->esr);
    if (ec == EC_IABT_LOW || ec == EC_DABT_LOW) {
        pt_last_hpfar = f->hpfar;
        pt_aborts++;
    }
    return hook_fn && hook_fn(f);
}

void pt_hook_el2(pt_hook_fn fn)
{
    hook_fn = fn;
    pt_last_hpfar = ~UL(0);
    pt_aborts = 0;
    dsb(sy);
    write_sysreg(vbar_el2, (uint64_t)pt_hook_vectors);
    isb();
}

void pt_unhook_el2(void)
{
    write_sysreg(vbar_el2, (uint64_t)exc_vectors_el2);
    isb();
    hook_fn = 0;
}
