/* PE life cycle: CPU models, reset, PSTATE packing and stack-pointer banking. */
#include "sim/cpu.h"

#include <stdio.h>
#include <string.h>

#include "gic/gic.h"
#include "mmu/mmu.h"
#include "sysregs/sysregs.h"
#include "timer/timer.h"

/* ID register values: only what trapeze implements is advertised
   (no AArch32, no EL3). */
/* EL0..EL2 AArch64 only; FP, AdvSIMD (0 = implemented); GIC = 1: the GICv3
   CPU interface system registers */
#define PFR0_AARCH64_EL0_EL2 0x01000111ull

/* The Armv8.0 Cryptographic Extension, with the 64-bit PMULL (the
   Cortex-A57 and Cortex-A53 crypto option). */
#define CRYPTO_V80 (FEAT_AES | FEAT_PMULL | FEAT_SHA1 | FEAT_SHA256)
#define ISAR0_CRYPTO_V80 0x1120ull           /* AES = 2 (with PMULL), SHA1 = 1, SHA2 = 1 */

static const CPUModel models[] = {
    {
        .name = "cortex-a57",
        .midr = 0x411fd070, .ctr = 0x8444c004, .dczid = 4, .clidr = 0x0a200023,
        .id_aa64pfr0 = PFR0_AARCH64_EL0_EL2,
        .id_aa64dfr0 = 0x00101006,           /* DebugVer v8.0, 2 breakpoints, 2 watchpoints, no PMU */
        .id_aa64isar0 = 0x10000 | ISAR0_CRYPTO_V80, /* CRC32 */
        .id_aa64mmfr0 = 0x24,                /* 44-bit PA, 16-bit ASID */
        .features = FEAT_CRC32 | FEAT_FP | CRYPTO_V80,
        .simd_features = CRYPTO_V80,
    },
    {
        .name = "cortex-a53",
        .midr = 0x410fd034, .ctr = 0x84448004, .dczid = 4, .clidr = 0x0a200023,
        .id_aa64pfr0 = PFR0_AARCH64_EL0_EL2,
        .id_aa64dfr0 = 0x00101006,
        .id_aa64isar0 = 0x10000 | ISAR0_CRYPTO_V80,
        .id_aa64mmfr0 = 0x22,                /* 40-bit PA, 16-bit ASID */
        .features = FEAT_CRC32 | FEAT_FP | CRYPTO_V80,
        .simd_features = CRYPTO_V80,
    },
    {
        .name = "max",
        .midr = 0x000f0510, .ctr = 0x8444c004, .dczid = 4, .clidr = 0x0a200023,
        .id_aa64pfr0 = PFR0_AARCH64_EL0_EL2,
        .id_aa64dfr0 = 0x00101006,
        .id_aa64isar0 = 0x0100000000210000ull | ISAR0_CRYPTO_V80, /* CRC32, LSE, TLB = OS forms */
        .id_aa64isar1 = 0x100000,            /* LRCPC: LDAPR */
        .id_aa64mmfr0 = 0x00100025,          /* 48-bit PA, 16-bit ASID, 4K/16K/64K granules */
        .id_aa64mmfr1 = 0x00201120,          /* PAN2 (AT S1E1RP/WP), HPDS, VHE, 16-bit VMID */
        .id_aa64mmfr2 = 0x10,                /* UAO */
        .features = FEAT_CRC32 | FEAT_LSE | FEAT_LRCPC | FEAT_PAN | FEAT_PAN2 | FEAT_UAO |
                    FEAT_VHE | FEAT_VMID16 | FEAT_HPDS | FEAT_TLBIOS | FEAT_FP | CRYPTO_V80,
        .simd_features = CRYPTO_V80,
    },
};

const CPUModel *cpu_model_find(const char *name)
{
    for (size_t i = 0; i < sizeof models / sizeof models[0]; i++)
        if (!strcmp(models[i].name, name))
            return &models[i];
    return NULL;
}

/* ID_AA64ISAR0_EL1.{AES, SHA1, SHA2} from the crypto features the model has
   (D19.2: AES = 2 with PMULL, 1 without; SHA1 = 1; SHA2 = 1 for SHA256). */
static void cpu_model_set_crypto_idregs(CPUModel *m)
{
    uint32_t f = m->features;
    unsigned aes = (f & FEAT_PMULL) ? 2 : (f & FEAT_AES) ? 1 : 0;
    m->id_aa64isar0 = FIELD_DP64(m->id_aa64isar0, ID_AA64ISAR0, AES, aes);
    m->id_aa64isar0 = FIELD_DP64(m->id_aa64isar0, ID_AA64ISAR0, SHA1, !!(f & FEAT_SHA1));
    m->id_aa64isar0 = FIELD_DP64(m->id_aa64isar0, ID_AA64ISAR0, SHA2, !!(f & FEAT_SHA256));
}

/* -cpu properties.  x-fp=off removes FP/SIMD and the crypto extension
   (ID_AA64PFR0.FP/AdvSIMD = 0b1111: every SIMD&FP instruction UNDEFINED), a
   configuration for testing software's no-FP paths; the "x-" prefix marks it
   as trapeze's own, as QEMU does.  Properties of features trapeze does not
   have may only be switched off. */
bool cpu_model_set_property(CPUModel *m, const char *name, bool on, char *err, size_t errlen)
{
    static const char *const absent[] = { "pauth", "sve", "mte", "sme", "lpa2", "aarch64" };
    if (!strcmp(name, "x-fp")) {
        uint64_t level = on ? 0 : 0xf;          /* FP, AdvSIMD: implemented / not */
        m->id_aa64pfr0 = FIELD_DP64(m->id_aa64pfr0, ID_AA64PFR0, FP, level);
        m->id_aa64pfr0 = FIELD_DP64(m->id_aa64pfr0, ID_AA64PFR0, ADVSIMD, level);
        uint32_t simd = FEAT_FP | m->simd_features;
        m->features = on ? m->features | simd : m->features & ~simd;
        cpu_model_set_crypto_idregs(m);
        return true;
    }
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++) {
        if (strcmp(name, absent[i]))
            continue;
        if (!strcmp(name, "aarch64") ? !on : on) {
            snprintf(err, errlen, "property '%s=%s' is not supported: trapeze %s", name,
                     on ? "on" : "off",
                     !strcmp(name, "aarch64") ? "is AArch64 only" : "does not implement it");
            return false;
        }
        return true;
    }
    snprintf(err, errlen, "unknown CPU property '%s'", name);
    return false;
}

void cpu_init(CPUState *cpu, Board *board, int index, const CPUModel *model, bool have_el2)
{
    memset(cpu, 0, sizeof *cpu);
    cpu->board = board;
    cpu->index = index;
    cpu->model = model;
    cpu->have_el2 = have_el2;
    cpu->icount_limit = UINT64_MAX;
    cpu->quantum_end = UINT64_MAX;
    cpu->powered_on = true;
    cpu_reset(cpu);
}

void cpu_reset(CPUState *cpu)
{
    memset(cpu->x, 0, sizeof cpu->x);
    memset(cpu->sp_el, 0, sizeof cpu->sp_el);
    cpu->pc = 0;
    cpu->nzcv = 0;
    cpu->daif = REG_MASK(SPSR, DAIF);     /* reset masks all exceptions */
    cpu->pan = cpu->uao = cpu->il = cpu->ss = 0;
    cpu->el = cpu->have_el2 ? 2 : 1;      /* the highest implemented EL */
    cpu->spsel = 1;
    cpu->excl.valid = false;
    cpu->event_register = false;
    sysregs_reset(cpu);
    /* The CPU interfaces reset with nothing to signal (group enables and
       ICH_HCR_EL2.En clear); a warm reset by PSCI CPU_ON must also lower the
       maintenance interrupt the old state may have raised. */
    cpu->irq_lines = 0;
    if (cpu->board && cpu->board->gic)
        gic_vcpuif_update(cpu);
    AArch64_CheckTimerConditions(cpu);
    mmu_context_changed(cpu);
    /* TLBs come out of reset empty, as Cortex-A cores invalidate them then
       (a PSCI CPU_ON warm reset included). */
    mmu_tlb_reset(cpu);
}

uint64_t cpu_get_pstate(const CPUState *cpu)
{
    uint64_t v = cpu->nzcv | cpu->daif;
    v = FIELD_DP64(v, SPSR, M_EL, cpu->el);
    v = FIELD_DP64(v, SPSR, M_SP, cpu->spsel);
    v = FIELD_DP64(v, SPSR, IL, cpu->il);
    v = FIELD_DP64(v, SPSR, SS, cpu->ss);
    v = FIELD_DP64(v, SPSR, PAN, cpu->pan);
    v = FIELD_DP64(v, SPSR, UAO, cpu->uao);
    return v;
}

static unsigned sp_index(unsigned el, unsigned spsel)
{
    return spsel ? el : 0;
}

void cpu_set_el_sp(CPUState *cpu, unsigned el, unsigned spsel)
{
    cpu->sp_el[sp_index(cpu->el, cpu->spsel)] = cpu->x[REG_SP];
    cpu->el = (uint8_t)el;
    cpu->spsel = (uint8_t)spsel;
    cpu->x[REG_SP] = cpu->sp_el[sp_index(el, spsel)];
    mmu_context_changed(cpu);
}

uint64_t cpu_get_sp_el(const CPUState *cpu, unsigned n)
{
    return n == sp_index(cpu->el, cpu->spsel) ? cpu->x[REG_SP] : cpu->sp_el[n];
}

void cpu_set_sp_el(CPUState *cpu, unsigned n, uint64_t v)
{
    if (n == sp_index(cpu->el, cpu->spsel))
        cpu->x[REG_SP] = v;
    else
        cpu->sp_el[n] = v;
}

void cpu_dump_state(const CPUState *cpu, FILE *out)
{
    fprintf(out, " PC=%016llx ", (unsigned long long)cpu->pc);
    for (int i = 0; i < 31; i++)
        fprintf(out, "X%02d=%016llx%s", i, (unsigned long long)cpu->x[i], i % 4 == 2 ? "\n" : " ");
    fprintf(out, " SP=%016llx\n", (unsigned long long)cpu->x[REG_SP]);
    uint32_t f = cpu->nzcv;
    fprintf(out, "PSTATE=%08llx %c%c%c%c EL%u%c  icount=%llu\n",
            (unsigned long long)cpu_get_pstate(cpu), f & PSTATE_N ? 'N' : '-',
            f & PSTATE_Z ? 'Z' : '-', f & PSTATE_C ? 'C' : '-', f & PSTATE_V ? 'V' : '-',
            cpu->el, cpu->spsel ? 'h' : 't', (unsigned long long)cpu->icount);
}
