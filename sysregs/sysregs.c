/* The system-register table, its lookup, reset, and the read/write functions
   of rows whose value is not simply stored. */
#include "sysregs/sysregs.h"

#include <stdlib.h>
#include <string.h>

#include "gic/gic.h"
#include "mmu/mmu.h"
#include "sim/exception.h"
#include "timer/timer.h"

/* Trap predicates used by the table (traps.c). */
SysregAccessFn access_tvm_trvm, access_tid1, access_tid2, access_tid3, access_tacr,
    access_cpacr, access_ctr_el0, access_sp_el0, access_daif, access_cntfrq, access_cntpct,
    access_cntvct, access_tpu, access_tpcp, access_tsw, access_ic_ivau, access_dc_zva,
    access_dc_va_el0, access_dc_cvau, access_ttlb, access_el12, access_cntp, access_cntv,
    access_tda, access_tdosa, access_tdra, access_mdccsr, access_fp, access_icc_sgi,
    access_icc_common, access_icc_grp0, access_icc_grp1, access_icc_dir, access_ich_apr;

static SysregReadFn sr_read_midr, sr_read_mpidr, sr_read_dczid, sr_read_sp_el,
    sr_read_pstate, sr_read_cntpct, sr_read_cntvct, sr_read_el12, sr_read_cptr, sr_read_isr;
static SysregWriteFn sr_write_hcr, sr_write_mmu, sr_write_sp_el,
    sr_write_pstate, sr_sys_nop, sr_dc_zva, sr_tlbi, sr_at, sr_write_el12, sr_write_cptr,
    sr_write_oslar;

#define TCR_WMASK 0x0000067fffffffffull

static const SysregInfo table[SR_COUNT] = {
#define SYSREG(nm, o0, o1, n, m, o2, pm, ft, acc, rd, wr, rst, wm) \
    [SR_##nm] = { .name = #nm, .op0 = o0, .op1 = o1, .crn = n, .crm = m, .op2 = o2,  \
                  .id = SR_##nm, .perm = pm, .feature = ft, .access = acc,          \
                  .read = rd, .write = wr, .reset = rst, .wmask = wm },
#include "sysregs/sysregs.def"
#undef SYSREG
};

static inline unsigned encoding_key(unsigned op0, unsigned op1, unsigned crn, unsigned crm,
                                    unsigned op2)
{
    return (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

const SysregInfo *sysreg_lookup(uint32_t features, unsigned op0, unsigned op1, unsigned crn,
                                unsigned crm, unsigned op2)
{
    unsigned key = encoding_key(op0, op1, crn, crm, op2);
    for (unsigned i = 0; i < SR_COUNT; i++) {
        const SysregInfo *ri = &table[i];
        if (encoding_key(ri->op0, ri->op1, ri->crn, ri->crm, ri->op2) != key)
            continue;
        if (ri->feature && !(features & ri->feature))
            return NULL;
        return ri;
    }
    /* The unallocated part of the ID space reads as zero (D19.1, "Reserved ID
       registers"): op0=3, op1=0, CRn=0, CRm=1..7. */
    if (op0 == 3 && op1 == 0 && crn == 0 && crm >= 1 && crm <= 7)
        return &table[SR_ID_RAZ];
    return NULL;
}

/* FEAT_VHE register redirection (D19.1.x): with HCR_EL2.E2H = 1, EL2's
   accesses to an EL1 register's encoding reach its EL2 counterpart, and the
   _EL12 encoding reaches the EL1 register. */
static const struct {
    uint16_t el1, el2, el12;
} e2h_redirect[] = {
    { SR_SCTLR_EL1, SR_SCTLR_EL2, SR_SCTLR_EL12 },
    { SR_CPACR_EL1, SR_CPTR_EL2, SR_CPACR_EL12 },
    { SR_TTBR0_EL1, SR_TTBR0_EL2, SR_TTBR0_EL12 },
    { SR_TTBR1_EL1, SR_TTBR1_EL2, SR_TTBR1_EL12 },
    { SR_TCR_EL1, SR_TCR_EL2, SR_TCR_EL12 },
    { SR_SPSR_EL1, SR_SPSR_EL2, SR_SPSR_EL12 },
    { SR_ELR_EL1, SR_ELR_EL2, SR_ELR_EL12 },
    { SR_AFSR0_EL1, SR_AFSR0_EL2, SR_AFSR0_EL12 },
    { SR_AFSR1_EL1, SR_AFSR1_EL2, SR_AFSR1_EL12 },
    { SR_ESR_EL1, SR_ESR_EL2, SR_ESR_EL12 },
    { SR_FAR_EL1, SR_FAR_EL2, SR_FAR_EL12 },
    { SR_MAIR_EL1, SR_MAIR_EL2, SR_MAIR_EL12 },
    { SR_AMAIR_EL1, SR_AMAIR_EL2, SR_AMAIR_EL12 },
    { SR_VBAR_EL1, SR_VBAR_EL2, SR_VBAR_EL12 },
    { SR_CONTEXTIDR_EL1, SR_CONTEXTIDR_EL2, SR_CONTEXTIDR_EL12 },
    { SR_CNTKCTL_EL1, SR_CNTHCTL_EL2, SR_CNTKCTL_EL12 },
};

const SysregInfo *sysreg_e2h_redirect(const CPUState *cpu, const SysregInfo *ri)
{
    if (cpu->el != 2 || !FIELD_EX64(HCR_EL2(cpu), HCR, E2H))
        return ri;
    for (size_t i = 0; i < sizeof e2h_redirect / sizeof e2h_redirect[0]; i++)
        if (e2h_redirect[i].el1 == ri->id)
            return &table[e2h_redirect[i].el2];
    return ri;
}

/* The EL1 register an _EL12 row stands for. */
static const SysregInfo *el12_target(const SysregInfo *ri)
{
    for (size_t i = 0; i < sizeof e2h_redirect / sizeof e2h_redirect[0]; i++)
        if (e2h_redirect[i].el12 == ri->id)
            return &table[e2h_redirect[i].el1];
    return ri;
}

const SysregInfo *sysreg_by_id(unsigned id)
{
    return id < SR_COUNT ? &table[id] : NULL;
}

const SysregInfo *sysreg_by_name(const char *name)
{
    for (unsigned i = 0; i < SR_COUNT; i++)
        if (!strcasecmp(table[i].name, name))
            return &table[i];
    return NULL;
}

unsigned sysreg_count(void)
{
    return SR_COUNT;
}

SysregAccess sysreg_check_access(CPUState *cpu, const SysregInfo *ri, bool isread)
{
    uint32_t need = isread ? SR_P_R(cpu->el) : SR_P_W(cpu->el);
    if (!(ri->perm & need)) {
        /* A register readable at this EL but written (or the reverse) is
           UNDEFINED for the other direction; so is one for a higher EL. */
        return SR_ACCESS_UNDEFINED;
    }
    return ri->access ? ri->access(cpu, ri, isread) : SR_ACCESS_OK;
}

uint64_t sysreg_read(CPUState *cpu, const SysregInfo *ri)
{
    return ri->read ? ri->read(cpu, ri) : cpu->sysreg[ri->id];
}

void sysreg_write(CPUState *cpu, const SysregInfo *ri, uint64_t value)
{
    if (ri->write)
        ri->write(cpu, ri, value);
    else
        cpu->sysreg[ri->id] = (value & ri->wmask) | (ri->reset & ~ri->wmask);
}

void sysregs_reset(CPUState *cpu)
{
    const CPUModel *m = cpu->model;
    for (unsigned i = 0; i < SR_COUNT; i++)
        cpu->sysreg[i] = table[i].reset;
    cpu->sysreg[SR_MIDR_EL1] = m->midr;
    cpu->sysreg[SR_REVIDR_EL1] = m->revidr;
    cpu->sysreg[SR_AIDR_EL1] = m->aidr;
    cpu->sysreg[SR_CTR_EL0] = m->ctr;
    cpu->sysreg[SR_DCZID_EL0] = m->dczid;
    cpu->sysreg[SR_CLIDR_EL1] = m->clidr;
    cpu->sysreg[SR_MPIDR_EL1] = FIELD_DP64(0, MPIDR, RES1, 1) |
                                FIELD_DP64(0, MPIDR, AFF0, cpu->index & 0xff) |
                                FIELD_DP64(0, MPIDR, AFF1, (cpu->index >> 8) & 0xff);
    uint64_t pfr0 = m->id_aa64pfr0;
    if (!cpu->have_el2)
        pfr0 = FIELD_DP64(pfr0, ID_AA64PFR0, EL2, 0);
    cpu->sysreg[SR_ID_AA64PFR0_EL1] = pfr0;
    cpu->sysreg[SR_ID_AA64PFR1_EL1] = m->id_aa64pfr1;
    cpu->sysreg[SR_ID_AA64DFR0_EL1] = m->id_aa64dfr0;
    cpu->sysreg[SR_ID_AA64ISAR0_EL1] = m->id_aa64isar0;
    cpu->sysreg[SR_ID_AA64ISAR1_EL1] = m->id_aa64isar1;
    cpu->sysreg[SR_ID_AA64MMFR0_EL1] = m->id_aa64mmfr0;
    cpu->sysreg[SR_ID_AA64MMFR1_EL1] = m->id_aa64mmfr1;
    cpu->sysreg[SR_ID_AA64MMFR2_EL1] = m->id_aa64mmfr2;
    /* VPIDR_EL2 and VMPIDR_EL2 reset to UNKNOWN values (D19.2): we use a value
       that is not the physical one, so a hypervisor that forgets to set them
       shows it. */
    cpu->sysreg[SR_VPIDR_EL2] = 0xdeadbeef;
    cpu->sysreg[SR_VMPIDR_EL2] = 0x80000000ull | 0xbeef;
}

/* ---- read/write functions ---- */

/* MIDR_EL1 and MPIDR_EL1 read at EL1 return VPIDR_EL2 / VMPIDR_EL2 when EL2
   is enabled (D19.2.85, D19.2.90). */
static uint64_t sr_read_midr(CPUState *cpu, const SysregInfo *ri)
{
    (void)ri;
    if (cpu->el == 1 && EL2Enabled(cpu))
        return cpu->sysreg[SR_VPIDR_EL2];
    return cpu->sysreg[SR_MIDR_EL1];
}

static uint64_t sr_read_mpidr(CPUState *cpu, const SysregInfo *ri)
{
    (void)ri;
    if (cpu->el == 1 && EL2Enabled(cpu))
        return cpu->sysreg[SR_VMPIDR_EL2];
    return cpu->sysreg[SR_MPIDR_EL1];
}

/* DCZID_EL0.DZP reports whether DC ZVA is prohibited at the current EL. */
static uint64_t sr_read_dczid(CPUState *cpu, const SysregInfo *ri)
{
    (void)ri;
    uint64_t v = cpu->sysreg[SR_DCZID_EL0];
    bool prohibited = false;
    if (cpu->el == 0)
        prohibited = CheckEL0SctlrTrap(cpu, REG_MASK(SCTLR, DZE)) != SR_ACCESS_OK;
    if (cpu->el <= 1 && EL2Enabled(cpu) && FIELD_EX64(HCR_EL2(cpu), HCR, TDZ) &&
        !ELIsInHost(cpu, cpu->el))
        prohibited = true;
    return FIELD_DP64(v, DCZID, DZP, prohibited);
}

static unsigned sp_el_of(const SysregInfo *ri)
{
    return ri->id == SR_SP_EL0 ? 0 : 1;
}

static uint64_t sr_read_sp_el(CPUState *cpu, const SysregInfo *ri)
{
    return cpu_get_sp_el(cpu, sp_el_of(ri));
}

static void sr_write_sp_el(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    cpu_set_sp_el(cpu, sp_el_of(ri), v);
}

static uint64_t sr_read_isr(CPUState *cpu, const SysregInfo *ri)
{
    (void)ri;
    return ISR_EL1_value(cpu);
}

static uint64_t sr_read_pstate(CPUState *cpu, const SysregInfo *ri)
{
    switch (ri->id) {
    case SR_NZCV: return cpu->nzcv;
    case SR_DAIF: return cpu->daif;
    case SR_SPSel: return cpu->spsel;
    case SR_CurrentEL: return (uint64_t)cpu->el << 2;
    case SR_PAN: return FIELD_DP64(0, SPSR, PAN, cpu->pan);
    case SR_UAO: return FIELD_DP64(0, SPSR, UAO, cpu->uao);
    default: return 0;
    }
}

static void sr_write_pstate(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    switch (ri->id) {
    case SR_NZCV: cpu->nzcv = (uint32_t)(v & REG_MASK(SPSR, NZCV)); break;
    case SR_DAIF: cpu->daif = (uint32_t)(v & REG_MASK(SPSR, DAIF)); break;
    case SR_SPSel: cpu_set_el_sp(cpu, cpu->el, v & 1); break;
    case SR_PAN: cpu->pan = FIELD_EX64(v, SPSR, PAN); mmu_context_changed(cpu); break;
    case SR_UAO: cpu->uao = FIELD_EX64(v, SPSR, UAO); break;
    default: break;
    }
}

static uint64_t sr_read_cntpct(CPUState *cpu, const SysregInfo *ri)
{
    (void)ri;
    return timer_cntpct(cpu);
}

static uint64_t sr_read_cntvct(CPUState *cpu, const SysregInfo *ri)
{
    (void)ri;
    return timer_cntvct(cpu);
}

/* Registers that change translations: the soft TLB contexts they govern are
   emptied (the EL1&0 ones for EL1's registers and stage 2, the EL2 and EL2&0
   ones for EL2's).  The architectural TLB keeps its tagged entries. */
static void sr_write_mmu(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    uint64_t old = cpu->sysreg[ri->id];
    cpu->sysreg[ri->id] = (v & ri->wmask) | (ri->reset & ~ri->wmask);
    if (cpu->sysreg[ri->id] == old)
        return;
    switch (ri->id) {
    case SR_SCTLR_EL2: case SR_TTBR0_EL2: case SR_TTBR1_EL2: case SR_TCR_EL2: case SR_MAIR_EL2:
        cpu_tlb_flush_mask(cpu, MMUIDX_MASK_EL2);
        break;
    default:                    /* EL1's controls, VTTBR_EL2, VTCR_EL2 */
        cpu_tlb_flush_mask(cpu, MMUIDX_MASK_EL10);
        break;
    }
}

static void sr_write_hcr(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    uint64_t mask = ri->wmask;
    if (!(cpu->model->features & FEAT_VHE))
        mask &= ~REG_MASK(HCR, E2H);
    uint64_t old = cpu->sysreg[ri->id];
    cpu->sysreg[ri->id] = (v & mask) | REG_MASK(HCR, RW);  /* RW is RES1: no AArch32 EL1 */
    /* Only these bits change translations; hypervisors write the others on
       every world switch, so they must not cost a flush. */
    uint64_t translation = REG_MASK(HCR, VM) | REG_MASK(HCR, DC) | REG_MASK(HCR, PTW) |
                           REG_MASK(HCR, TGE) | REG_MASK(HCR, E2H);
    if ((old ^ cpu->sysreg[ri->id]) & translation)
        mmu_flush(cpu);
    mmu_context_changed(cpu);       /* E2H and TGE select the regime of EL0 and EL2 */
}

static uint64_t sr_read_el12(CPUState *cpu, const SysregInfo *ri)
{
    return sysreg_read(cpu, el12_target(ri));
}

static void sr_write_el12(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    sysreg_write(cpu, el12_target(ri), v);
}

/* CPTR_EL2 has two layouts (D19.2.30): with E2H = 0 TCPAC, TTA (bit 20), TFP
   and RES1 bits; with E2H = 1 the CPACR_EL1-like TCPAC, TTA (bit 28), FPEN,
   ZEN.  One storage, viewed and written through the current layout. */
enum { CPTR_E2H0_FIELDS = 0x80100400, CPTR_E2H0_RES1 = 0x33ff, CPTR_E2H1_FIELDS = 0x90330000 };

static uint64_t cptr_fields(const CPUState *cpu)
{
    return FIELD_EX64(HCR_EL2(cpu), HCR, E2H) ? CPTR_E2H1_FIELDS : CPTR_E2H0_FIELDS;
}

static uint64_t sr_read_cptr(CPUState *cpu, const SysregInfo *ri)
{
    uint64_t v = cpu->sysreg[ri->id] & cptr_fields(cpu);
    return FIELD_EX64(HCR_EL2(cpu), HCR, E2H) ? v : v | CPTR_E2H0_RES1;
}

static void sr_write_cptr(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    uint64_t m = cptr_fields(cpu);
    cpu->sysreg[ri->id] = (cpu->sysreg[ri->id] & ~m) | (v & m);
}

/* OSLAR_EL1.OSLK sets OSLSR_EL1.OSLK (bit 1); the OS Lock is locked at reset. */
static void sr_write_oslar(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    (void)ri;
    cpu->sysreg[SR_OSLSR_EL1] = deposit64(cpu->sysreg[SR_OSLSR_EL1], 1, 1, v & 1);
}

static void sr_sys_nop(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    (void)cpu, (void)ri, (void)v;
}

static void sr_dc_zva(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    (void)ri;
    mmu_dc_zva(cpu, v);
}

/* The TLBI operation of each row, and whether it reaches every PE. */
static const struct {
    uint16_t id;
    uint8_t op;
    bool shareable;
} tlbi_rows[] = {
#define L(name, op) { SR_TLBI_##name, op, false }, { SR_TLBI_##name##IS, op, true }, \
                    { SR_TLBI_##name##OS, op, true }
    L(VMALLE1, TLBI_VMALLE1), L(VAE1, TLBI_VAE1), L(VALE1, TLBI_VALE1),
    L(ASIDE1, TLBI_ASIDE1), L(VAAE1, TLBI_VAAE1), L(VAALE1, TLBI_VAALE1),
    L(IPAS2E1, TLBI_IPAS2E1), L(IPAS2LE1, TLBI_IPAS2LE1), L(VMALLS12E1, TLBI_VMALLS12E1),
    L(ALLE1, TLBI_ALLE1), L(ALLE2, TLBI_ALLE2), L(VAE2, TLBI_VAE2), L(VALE2, TLBI_VALE2),
#undef L
};

static void sr_tlbi(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    for (size_t i = 0; i < sizeof tlbi_rows / sizeof tlbi_rows[0]; i++)
        if (tlbi_rows[i].id == ri->id) {
            mmu_tlbi(cpu, (TLBIOp)tlbi_rows[i].op, tlbi_rows[i].shareable, v);
            return;
        }
}

/* AT S1E0x: as EL0; S1E1x: as EL1 (S1E1RP/WP, CRm = 9: with PSTATE.PAN);
   S1E2x: as EL2; S12E1x, S12E0x: stages 1 and 2 of EL1/EL0.  op2 bit 0
   selects a write. */
static void sr_at(CPUState *cpu, const SysregInfo *ri, uint64_t v)
{
    unsigned el;
    if (ri->op1 == 0)
        el = (ri->op2 & 2) ? 0 : 1;
    else if (ri->op2 < 4)
        el = 2;
    else
        el = (ri->op2 & 2) ? 0 : 1;
    mmu_at(cpu, v, el, ri->op2 & 1, ri->op1 == 4 && ri->op2 >= 4, ri->crm == 9 && cpu->pan);
}
