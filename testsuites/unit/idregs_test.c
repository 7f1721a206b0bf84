/* Every CPU model advertises exactly what trapeze implements: each feature
   flag of the model (sim/cpu.h FEAT_*) matches its ID register field, and
   what is not implemented reads as absent (AArch32, EL3, the GIC CPU
   interface, PMU, SVE, pointer authentication, MTE).  FP/AdvSIMD and the
   Cryptographic Extension that needs it go away with x-fp=off, so every
   model is checked as it is and with that property.  The field positions
   are those of the Arm ARM (D19.2: ID_AA64ISAR0_EL1, ID_AA64MMFR1_EL1, ...). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "harness.h"
#include "sysregs/sysregs.h"

static const char *const models[] = { "cortex-a57", "cortex-a53", "max" };

static uint64_t idreg(CPUState *cpu, const char *name)
{
    return sysreg_read(cpu, sysreg_by_name(name));
}

static void check_model(const CPUModel *m)
{
    Harness *h = harness_new_model(m->name);
    CPUState *cpu = h->cpu;
    cpu->model = m;
    cpu_reset(cpu);
    uint32_t f = m->features;
    uint64_t isar0 = idreg(cpu, "ID_AA64ISAR0_EL1"), isar1 = idreg(cpu, "ID_AA64ISAR1_EL1");
    uint64_t mmfr0 = idreg(cpu, "ID_AA64MMFR0_EL1"), mmfr1 = idreg(cpu, "ID_AA64MMFR1_EL1");
    uint64_t mmfr2 = idreg(cpu, "ID_AA64MMFR2_EL1"), pfr0 = idreg(cpu, "ID_AA64PFR0_EL1");
    uint64_t pfr1 = idreg(cpu, "ID_AA64PFR1_EL1"), dfr0 = idreg(cpu, "ID_AA64DFR0_EL1");
    uint64_t zfr0 = idreg(cpu, "ID_AA64ZFR0_EL1");

    assert_int_equal(extract64(isar0, 16, 4) == 1, !!(f & FEAT_CRC32));     /* CRC32 */
    assert_int_equal(extract64(isar0, 20, 4) == 2, !!(f & FEAT_LSE));       /* Atomic */
    assert_int_equal(extract64(isar0, 56, 4) >= 1, !!(f & FEAT_TLBIOS));    /* TLB */
    assert_int_equal(extract64(isar0, 24, 4), 0);                           /* TME */
    assert_int_equal(extract64(isar0, 4, 4) >= 1, !!(f & FEAT_AES));        /* AES */
    assert_int_equal(extract64(isar0, 4, 4) == 2, !!(f & FEAT_PMULL));      /* AES: PMULL */
    assert_int_equal(extract64(isar0, 8, 4), !!(f & FEAT_SHA1));            /* SHA1 */
    assert_int_equal(extract64(isar0, 12, 4), !!(f & FEAT_SHA256));         /* SHA2: no SHA512 */
    assert_int_equal(extract64(isar0, 32, 4), 0);                           /* SHA3 */
    assert_int_equal(extract64(isar0, 36, 8), 0);                           /* SM3, SM4 */
    if (f & (FEAT_AES | FEAT_PMULL | FEAT_SHA1 | FEAT_SHA256))               /* needs AdvSIMD */
        assert_true(f & FEAT_FP);
    assert_int_equal(extract64(isar1, 20, 4) >= 1, !!(f & FEAT_LRCPC));     /* LRCPC */
    assert_int_equal(extract64(isar1, 4, 8), 0);                            /* APA, API */
    assert_int_equal(extract64(isar1, 24, 8), 0);                           /* GPA, GPI */
    assert_int_equal(extract64(mmfr1, 8, 4) == 1, !!(f & FEAT_VHE));        /* VH */
    assert_int_equal(extract64(mmfr1, 4, 4) == 2, !!(f & FEAT_VMID16));     /* VMIDBits */
    assert_int_equal(extract64(mmfr1, 12, 4) >= 1, !!(f & FEAT_HPDS));      /* HPDS */
    assert_int_equal(extract64(mmfr1, 20, 4) >= 1, !!(f & FEAT_PAN));       /* PAN */
    assert_int_equal(extract64(mmfr1, 20, 4) >= 2, !!(f & FEAT_PAN2));
    assert_int_equal(extract64(mmfr1, 0, 4), 0);                            /* HAFDBS */
    assert_int_equal(extract64(mmfr2, 4, 4) == 1, !!(f & FEAT_UAO));        /* UAO */
    assert_true(extract64(mmfr0, 0, 4) <= 5);                               /* PARange <= 48 bits */
    assert_int_equal(extract64(mmfr0, 8, 4), 0);                            /* BigEnd */
    assert_int_equal(extract64(mmfr0, 16, 4), 0);                           /* BigEndEL0 */
    assert_int_equal(extract64(pfr0, 0, 4), 1);                             /* EL0: AArch64 only */
    assert_int_equal(extract64(pfr0, 4, 4), 1);                             /* EL1: AArch64 only */
    assert_int_equal(extract64(pfr0, 8, 4), 1);                             /* EL2 */
    assert_int_equal(extract64(pfr0, 12, 4), 0);                            /* no EL3 */
    assert_int_equal(extract64(pfr0, 16, 4), (f & FEAT_FP) ? 0 : 0xf);      /* FP */
    assert_int_equal(extract64(pfr0, 20, 4), (f & FEAT_FP) ? 0 : 0xf);      /* AdvSIMD */
    assert_int_equal(extract64(pfr0, 24, 4), 1);                            /* GICv3 system registers */
    assert_int_equal(extract64(pfr0, 32, 4), 0);                            /* SVE */
    assert_int_equal(extract64(pfr1, 8, 4), 0);                             /* MTE */
    assert_int_equal(zfr0, 0);
    assert_int_equal(extract64(dfr0, 8, 4), 0);                             /* PMUVer: no PMU */
    assert_int_equal(extract64(dfr0, 0, 4), 6);                             /* DebugVer v8.0 */
    harness_free(h);
}

static void test_models(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof models / sizeof models[0]; i++) {
        const CPUModel *m = cpu_model_find(models[i]);
        check_model(m);
        assert_true(m->features & FEAT_FP);                                 /* FP/SIMD by default */
        CPUModel off = *m, on;
        char err[128];
        assert_true(cpu_model_set_property(&off, "x-fp", false, err, sizeof err));
        check_model(&off);
        assert_int_equal(off.features & FEAT_FP, 0);
        on = off;
        assert_true(cpu_model_set_property(&on, "x-fp", true, err, sizeof err));
        check_model(&on);
        assert_int_equal(on.features, m->features);                         /* x-fp=on undoes it */
        assert_int_equal(on.id_aa64isar0, m->id_aa64isar0);
        assert_int_equal(on.id_aa64pfr0, m->id_aa64pfr0);
    }
}

/* The Armv8.0 crypto extension with the 64-bit PMULL is on all three models
   (the Cortex-A57 and Cortex-A53 crypto option) and goes with x-fp=off. */
static void test_crypto_with_fp(void **state)
{
    (void)state;
    const uint32_t crypto = FEAT_AES | FEAT_PMULL | FEAT_SHA1 | FEAT_SHA256;
    for (size_t i = 0; i < sizeof models / sizeof models[0]; i++) {
        CPUModel m = *cpu_model_find(models[i]);
        char err[128];
        assert_int_equal(m.features & crypto, crypto);
        assert_int_equal(extract64(m.id_aa64isar0, 4, 12), 0x112);     /* SHA2 1, SHA1 1, AES 2 */
        assert_true(cpu_model_set_property(&m, "x-fp", false, err, sizeof err));
        assert_int_equal(m.features & crypto, 0);
        assert_int_equal(extract64(m.id_aa64isar0, 4, 12), 0);
    }
}

/* Without EL2 (-M virt), ID_AA64PFR0_EL1.EL2 reads 0. */
static void test_no_el2(void **state)
{
    (void)state;
    Harness *h = harness_new_config("max", false);
    assert_int_equal(extract64(idreg(h->cpu, "ID_AA64PFR0_EL1"), 8, 4), 0);
    harness_free(h);
}

/* The models named in the issue: cortex-a57 is v8.0 without VHE or LSE. */
static void test_cortex_a57(void **state)
{
    (void)state;
    const CPUModel *m = cpu_model_find("cortex-a57");
    assert_int_equal(m->midr, 0x411fd070);
    assert_false(m->features & (FEAT_VHE | FEAT_LSE | FEAT_PAN | FEAT_UAO | FEAT_VMID16));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_models),
        cmocka_unit_test(test_crypto_with_fp),
        cmocka_unit_test(test_no_el2),
        cmocka_unit_test(test_cortex_a57),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
