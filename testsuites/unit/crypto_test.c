/* The Cryptographic Extension (C4.1.97) on -cpu max:
   FIPS-197 (AES-128, Appendix C.1) and FIPS 180-4 (SHA-1 and SHA-256 of
   "abc", the examples of the NIST CSRC) known answers computed by programs
   of the instructions, each a raw word with its disassembly in a comment
   (GNU as -march=armv8-a+crypto + objdump); single instructions against
   FIPS-197 C.1's round-1 intermediate values; carry-less products; the
   feature checks (UNDEFINED without the FEAT_*) and the FP access trap.
   The results were checked against QEMU (qemu-system-aarch64 -cpu max,
   testsuites/diff/crypto_gen.py). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "sim/exception.h"
#include "sysregs/sysregs.h"

static CPUModel crypto_model;

/* -cpu max: FP/SIMD and the crypto extension, on a model copy from which
   tests remove single features. */
static Harness *crypto_harness(void)
{
    Harness *h = harness_new();
    crypto_model = *h->cpu->model;
    h->cpu->model = &crypto_model;
    h->cpu->sysreg[SR_CPACR_EL1] = 3u << 20;        /* FPEN = 0b11: no EL1/EL0 trap */
    return h;
}

/* Vn from a hex string in memory order (byte 0 first, as FIPS-197 writes
   the state). */
static void setv_bytes(CPUState *cpu, unsigned n, const char *hex)
{
    assert_int_equal(strlen(hex), 32);
    for (unsigned i = 0; i < 16; i++) {
        unsigned byte;
        assert_int_equal(sscanf(hex + 2 * i, "%2x", &byte), 1);
        cpu->v[n].b[i] = (uint8_t)byte;
    }
}

static void checkv_bytes(const CPUState *cpu, unsigned n, const char *hex)
{
    VReg want;
    for (unsigned i = 0; i < 16; i++) {
        unsigned byte;
        assert_int_equal(sscanf(hex + 2 * i, "%2x", &byte), 1);
        want.b[i] = (uint8_t)byte;
    }
    if (memcmp(&want, &cpu->v[n], sizeof want))
        fail_msg("v%u = %016llx:%016llx, expected %016llx:%016llx (%s)", n,
                 (unsigned long long)cpu->v[n].d[1], (unsigned long long)cpu->v[n].d[0],
                 (unsigned long long)want.d[1], (unsigned long long)want.d[0], hex);
}

/* Vn from four 32-bit elements, element 0 first. */
static void setv_s(CPUState *cpu, unsigned n, uint32_t e0, uint32_t e1, uint32_t e2, uint32_t e3)
{
    cpu->v[n].s[0] = e0;
    cpu->v[n].s[1] = e1;
    cpu->v[n].s[2] = e2;
    cpu->v[n].s[3] = e3;
}

#define CHECKV_S(cpu, n, e0, e1, e2, e3)                \
    do {                                                \
        assert_int_equal((cpu)->v[n].s[0], (e0));       \
        assert_int_equal((cpu)->v[n].s[1], (e1));       \
        assert_int_equal((cpu)->v[n].s[2], (e2));       \
        assert_int_equal((cpu)->v[n].s[3], (e3));       \
    } while (0)

#define CHECKV(cpu, n, lo, hi)                          \
    do {                                                \
        assert_int_equal((cpu)->v[n].d[0], (lo));       \
        assert_int_equal((cpu)->v[n].d[1], (hi));       \
    } while (0)

static void run_program(Harness *h, const uint32_t *insns, size_t count)
{
    harness_put(h, HARNESS_CODE_BASE, insns, count);
    assert_int_equal(harness_run_at(h, HARNESS_CODE_BASE, count), STOP_INSN_LIMIT);
    assert_int_equal(h->cpu->pc, HARNESS_CODE_BASE + 4 * count);
}

static void run1(Harness *h, uint32_t insn)
{
    run_program(h, &insn, 1);
}

#define RUN_PROGRAM(h, p) run_program((h), (p), sizeof(p) / sizeof((p)[0]))

/* ---- AES ---- */

/* FIPS-197 Appendix C.1: the AES-128 key schedule of key 000102...0f. */
static const uint8_t aes128_round_keys[11][16] = {
    { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f },
    { 0xd6, 0xaa, 0x74, 0xfd, 0xd2, 0xaf, 0x72, 0xfa, 0xda, 0xa6, 0x78, 0xf1, 0xd6, 0xab, 0x76, 0xfe },
    { 0xb6, 0x92, 0xcf, 0x0b, 0x64, 0x3d, 0xbd, 0xf1, 0xbe, 0x9b, 0xc5, 0x00, 0x68, 0x30, 0xb3, 0xfe },
    { 0xb6, 0xff, 0x74, 0x4e, 0xd2, 0xc2, 0xc9, 0xbf, 0x6c, 0x59, 0x0c, 0xbf, 0x04, 0x69, 0xbf, 0x41 },
    { 0x47, 0xf7, 0xf7, 0xbc, 0x95, 0x35, 0x3e, 0x03, 0xf9, 0x6c, 0x32, 0xbc, 0xfd, 0x05, 0x8d, 0xfd },
    { 0x3c, 0xaa, 0xa3, 0xe8, 0xa9, 0x9f, 0x9d, 0xeb, 0x50, 0xf3, 0xaf, 0x57, 0xad, 0xf6, 0x22, 0xaa },
    { 0x5e, 0x39, 0x0f, 0x7d, 0xf7, 0xa6, 0x92, 0x96, 0xa7, 0x55, 0x3d, 0xc1, 0x0a, 0xa3, 0x1f, 0x6b },
    { 0x14, 0xf9, 0x70, 0x1a, 0xe3, 0x5f, 0xe2, 0x8c, 0x44, 0x0a, 0xdf, 0x4d, 0x4e, 0xa9, 0xc0, 0x26 },
    { 0x47, 0x43, 0x87, 0x35, 0xa4, 0x1c, 0x65, 0xb9, 0xe0, 0x16, 0xba, 0xf4, 0xae, 0xbf, 0x7a, 0xd2 },
    { 0x54, 0x99, 0x32, 0xd1, 0xf0, 0x85, 0x57, 0x68, 0x10, 0x93, 0xed, 0x9c, 0xbe, 0x2c, 0x97, 0x4e },
    { 0x13, 0x11, 0x1d, 0x7f, 0xe3, 0x94, 0x4a, 0x17, 0xf3, 0x07, 0xa7, 0x8b, 0x4d, 0x2b, 0x30, 0xc5 },
};

/* ---- programs ---- */

/* One SHA-1 block: abcd in v0 (a in element 0), e in s1, W[0..15] in v4..v7,
   K in v16..v19; the new abcd to v0 and e to s1. */
static const uint32_t sha1_block[] = {
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x4ea11c23,     /* mov v3.16b, v1.16b */
    0x4eb08494,     /* add v20.4s, v4.4s, v16.4s */
    0x5e280815,     /* sha1h s21, s0 */
    0x5e140020,     /* sha1c q0, s1, v20.4s */
    0x5e0630a4,     /* sha1su0 v4.4s, v5.4s, v6.4s */
    0x5e2818e4,     /* sha1su1 v4.4s, v7.4s */
    0x4eb084b4,     /* add v20.4s, v5.4s, v16.4s */
    0x5e280816,     /* sha1h s22, s0 */
    0x5e1402a0,     /* sha1c q0, s21, v20.4s */
    0x5e0730c5,     /* sha1su0 v5.4s, v6.4s, v7.4s */
    0x5e281885,     /* sha1su1 v5.4s, v4.4s */
    0x4eb084d4,     /* add v20.4s, v6.4s, v16.4s */
    0x5e280815,     /* sha1h s21, s0 */
    0x5e1402c0,     /* sha1c q0, s22, v20.4s */
    0x5e0430e6,     /* sha1su0 v6.4s, v7.4s, v4.4s */
    0x5e2818a6,     /* sha1su1 v6.4s, v5.4s */
    0x4eb084f4,     /* add v20.4s, v7.4s, v16.4s */
    0x5e280816,     /* sha1h s22, s0 */
    0x5e1402a0,     /* sha1c q0, s21, v20.4s */
    0x5e053087,     /* sha1su0 v7.4s, v4.4s, v5.4s */
    0x5e2818c7,     /* sha1su1 v7.4s, v6.4s */
    0x4eb08494,     /* add v20.4s, v4.4s, v16.4s */
    0x5e280815,     /* sha1h s21, s0 */
    0x5e1402c0,     /* sha1c q0, s22, v20.4s */
    0x5e0630a4,     /* sha1su0 v4.4s, v5.4s, v6.4s */
    0x5e2818e4,     /* sha1su1 v4.4s, v7.4s */
    0x4eb184b4,     /* add v20.4s, v5.4s, v17.4s */
    0x5e280816,     /* sha1h s22, s0 */
    0x5e1412a0,     /* sha1p q0, s21, v20.4s */
    0x5e0730c5,     /* sha1su0 v5.4s, v6.4s, v7.4s */
    0x5e281885,     /* sha1su1 v5.4s, v4.4s */
    0x4eb184d4,     /* add v20.4s, v6.4s, v17.4s */
    0x5e280815,     /* sha1h s21, s0 */
    0x5e1412c0,     /* sha1p q0, s22, v20.4s */
    0x5e0430e6,     /* sha1su0 v6.4s, v7.4s, v4.4s */
    0x5e2818a6,     /* sha1su1 v6.4s, v5.4s */
    0x4eb184f4,     /* add v20.4s, v7.4s, v17.4s */
    0x5e280816,     /* sha1h s22, s0 */
    0x5e1412a0,     /* sha1p q0, s21, v20.4s */
    0x5e053087,     /* sha1su0 v7.4s, v4.4s, v5.4s */
    0x5e2818c7,     /* sha1su1 v7.4s, v6.4s */
    0x4eb18494,     /* add v20.4s, v4.4s, v17.4s */
    0x5e280815,     /* sha1h s21, s0 */
    0x5e1412c0,     /* sha1p q0, s22, v20.4s */
    0x5e0630a4,     /* sha1su0 v4.4s, v5.4s, v6.4s */
    0x5e2818e4,     /* sha1su1 v4.4s, v7.4s */
    0x4eb184b4,     /* add v20.4s, v5.4s, v17.4s */
    0x5e280816,     /* sha1h s22, s0 */
    0x5e1412a0,     /* sha1p q0, s21, v20.4s */
    0x5e0730c5,     /* sha1su0 v5.4s, v6.4s, v7.4s */
    0x5e281885,     /* sha1su1 v5.4s, v4.4s */
    0x4eb284d4,     /* add v20.4s, v6.4s, v18.4s */
    0x5e280815,     /* sha1h s21, s0 */
    0x5e1422c0,     /* sha1m q0, s22, v20.4s */
    0x5e0430e6,     /* sha1su0 v6.4s, v7.4s, v4.4s */
    0x5e2818a6,     /* sha1su1 v6.4s, v5.4s */
    0x4eb284f4,     /* add v20.4s, v7.4s, v18.4s */
    0x5e280816,     /* sha1h s22, s0 */
    0x5e1422a0,     /* sha1m q0, s21, v20.4s */
    0x5e053087,     /* sha1su0 v7.4s, v4.4s, v5.4s */
    0x5e2818c7,     /* sha1su1 v7.4s, v6.4s */
    0x4eb28494,     /* add v20.4s, v4.4s, v18.4s */
    0x5e280815,     /* sha1h s21, s0 */
    0x5e1422c0,     /* sha1m q0, s22, v20.4s */
    0x5e0630a4,     /* sha1su0 v4.4s, v5.4s, v6.4s */
    0x5e2818e4,     /* sha1su1 v4.4s, v7.4s */
    0x4eb284b4,     /* add v20.4s, v5.4s, v18.4s */
    0x5e280816,     /* sha1h s22, s0 */
    0x5e1422a0,     /* sha1m q0, s21, v20.4s */
    0x5e0730c5,     /* sha1su0 v5.4s, v6.4s, v7.4s */
    0x5e281885,     /* sha1su1 v5.4s, v4.4s */
    0x4eb284d4,     /* add v20.4s, v6.4s, v18.4s */
    0x5e280815,     /* sha1h s21, s0 */
    0x5e1422c0,     /* sha1m q0, s22, v20.4s */
    0x5e0430e6,     /* sha1su0 v6.4s, v7.4s, v4.4s */
    0x5e2818a6,     /* sha1su1 v6.4s, v5.4s */
    0x4eb384f4,     /* add v20.4s, v7.4s, v19.4s */
    0x5e280816,     /* sha1h s22, s0 */
    0x5e1412a0,     /* sha1p q0, s21, v20.4s */
    0x5e053087,     /* sha1su0 v7.4s, v4.4s, v5.4s */
    0x5e2818c7,     /* sha1su1 v7.4s, v6.4s */
    0x4eb38494,     /* add v20.4s, v4.4s, v19.4s */
    0x5e280815,     /* sha1h s21, s0 */
    0x5e1412c0,     /* sha1p q0, s22, v20.4s */
    0x4eb384b4,     /* add v20.4s, v5.4s, v19.4s */
    0x5e280816,     /* sha1h s22, s0 */
    0x5e1412a0,     /* sha1p q0, s21, v20.4s */
    0x4eb384d4,     /* add v20.4s, v6.4s, v19.4s */
    0x5e280815,     /* sha1h s21, s0 */
    0x5e1412c0,     /* sha1p q0, s22, v20.4s */
    0x4eb384f4,     /* add v20.4s, v7.4s, v19.4s */
    0x5e280816,     /* sha1h s22, s0 */
    0x5e1412a0,     /* sha1p q0, s21, v20.4s */
    0x4ea28400,     /* add v0.4s, v0.4s, v2.4s */
    0x4ea386c1,     /* add v1.4s, v22.4s, v3.4s */
};

/* One SHA-256 block: abcd in v0, efgh in v1 (a and e in element 0),
   W[0..15] in v4..v7, K[0..63] in v16..v31; the new state to v0, v1. */
static const uint32_t sha256_block[] = {
    0x4ea01c08,     /* mov v8.16b, v0.16b */
    0x4ea11c29,     /* mov v9.16b, v1.16b */
    0x4eb08483,     /* add v3.4s, v4.4s, v16.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x5e2828a4,     /* sha256su0 v4.4s, v5.4s */
    0x5e0760c4,     /* sha256su1 v4.4s, v6.4s, v7.4s */
    0x4eb184a3,     /* add v3.4s, v5.4s, v17.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x5e2828c5,     /* sha256su0 v5.4s, v6.4s */
    0x5e0460e5,     /* sha256su1 v5.4s, v7.4s, v4.4s */
    0x4eb284c3,     /* add v3.4s, v6.4s, v18.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x5e2828e6,     /* sha256su0 v6.4s, v7.4s */
    0x5e056086,     /* sha256su1 v6.4s, v4.4s, v5.4s */
    0x4eb384e3,     /* add v3.4s, v7.4s, v19.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x5e282887,     /* sha256su0 v7.4s, v4.4s */
    0x5e0660a7,     /* sha256su1 v7.4s, v5.4s, v6.4s */
    0x4eb48483,     /* add v3.4s, v4.4s, v20.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x5e2828a4,     /* sha256su0 v4.4s, v5.4s */
    0x5e0760c4,     /* sha256su1 v4.4s, v6.4s, v7.4s */
    0x4eb584a3,     /* add v3.4s, v5.4s, v21.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x5e2828c5,     /* sha256su0 v5.4s, v6.4s */
    0x5e0460e5,     /* sha256su1 v5.4s, v7.4s, v4.4s */
    0x4eb684c3,     /* add v3.4s, v6.4s, v22.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x5e2828e6,     /* sha256su0 v6.4s, v7.4s */
    0x5e056086,     /* sha256su1 v6.4s, v4.4s, v5.4s */
    0x4eb784e3,     /* add v3.4s, v7.4s, v23.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x5e282887,     /* sha256su0 v7.4s, v4.4s */
    0x5e0660a7,     /* sha256su1 v7.4s, v5.4s, v6.4s */
    0x4eb88483,     /* add v3.4s, v4.4s, v24.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x5e2828a4,     /* sha256su0 v4.4s, v5.4s */
    0x5e0760c4,     /* sha256su1 v4.4s, v6.4s, v7.4s */
    0x4eb984a3,     /* add v3.4s, v5.4s, v25.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x5e2828c5,     /* sha256su0 v5.4s, v6.4s */
    0x5e0460e5,     /* sha256su1 v5.4s, v7.4s, v4.4s */
    0x4eba84c3,     /* add v3.4s, v6.4s, v26.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x5e2828e6,     /* sha256su0 v6.4s, v7.4s */
    0x5e056086,     /* sha256su1 v6.4s, v4.4s, v5.4s */
    0x4ebb84e3,     /* add v3.4s, v7.4s, v27.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x5e282887,     /* sha256su0 v7.4s, v4.4s */
    0x5e0660a7,     /* sha256su1 v7.4s, v5.4s, v6.4s */
    0x4ebc8483,     /* add v3.4s, v4.4s, v28.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x4ebd84a3,     /* add v3.4s, v5.4s, v29.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x4ebe84c3,     /* add v3.4s, v6.4s, v30.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x4ebf84e3,     /* add v3.4s, v7.4s, v31.4s */
    0x4ea01c02,     /* mov v2.16b, v0.16b */
    0x5e034020,     /* sha256h q0, q1, v3.4s */
    0x5e035041,     /* sha256h2 q1, q2, v3.4s */
    0x4ea88400,     /* add v0.4s, v0.4s, v8.4s */
    0x4ea98421,     /* add v1.4s, v1.4s, v9.4s */
};

/* AES-128 encryption of v0 with the round keys 0..10 in v10..v20. */
static const uint32_t aes128_encrypt[] = {
    0x4e284940,     /* aese v0.16b, v10.16b */
    0x4e286800,     /* aesmc v0.16b, v0.16b */
    0x4e284960,     /* aese v0.16b, v11.16b */
    0x4e286800,     /* aesmc v0.16b, v0.16b */
    0x4e284980,     /* aese v0.16b, v12.16b */
    0x4e286800,     /* aesmc v0.16b, v0.16b */
    0x4e2849a0,     /* aese v0.16b, v13.16b */
    0x4e286800,     /* aesmc v0.16b, v0.16b */
    0x4e2849c0,     /* aese v0.16b, v14.16b */
    0x4e286800,     /* aesmc v0.16b, v0.16b */
    0x4e2849e0,     /* aese v0.16b, v15.16b */
    0x4e286800,     /* aesmc v0.16b, v0.16b */
    0x4e284a00,     /* aese v0.16b, v16.16b */
    0x4e286800,     /* aesmc v0.16b, v0.16b */
    0x4e284a20,     /* aese v0.16b, v17.16b */
    0x4e286800,     /* aesmc v0.16b, v0.16b */
    0x4e284a40,     /* aese v0.16b, v18.16b */
    0x4e286800,     /* aesmc v0.16b, v0.16b */
    0x4e284a60,     /* aese v0.16b, v19.16b */
    0x6e341c00,     /* eor v0.16b, v0.16b, v20.16b */
};

/* The equivalent inverse cipher (FIPS-197 5.3.5): the middle round keys
   through AESIMC into v21..v29, then AESD/AESIMC rounds. */
static const uint32_t aes128_decrypt[] = {
    0x4e287975,     /* aesimc v21.16b, v11.16b */
    0x4e287996,     /* aesimc v22.16b, v12.16b */
    0x4e2879b7,     /* aesimc v23.16b, v13.16b */
    0x4e2879d8,     /* aesimc v24.16b, v14.16b */
    0x4e2879f9,     /* aesimc v25.16b, v15.16b */
    0x4e287a1a,     /* aesimc v26.16b, v16.16b */
    0x4e287a3b,     /* aesimc v27.16b, v17.16b */
    0x4e287a5c,     /* aesimc v28.16b, v18.16b */
    0x4e287a7d,     /* aesimc v29.16b, v19.16b */
    0x4e285a80,     /* aesd v0.16b, v20.16b */
    0x4e287800,     /* aesimc v0.16b, v0.16b */
    0x4e285ba0,     /* aesd v0.16b, v29.16b */
    0x4e287800,     /* aesimc v0.16b, v0.16b */
    0x4e285b80,     /* aesd v0.16b, v28.16b */
    0x4e287800,     /* aesimc v0.16b, v0.16b */
    0x4e285b60,     /* aesd v0.16b, v27.16b */
    0x4e287800,     /* aesimc v0.16b, v0.16b */
    0x4e285b40,     /* aesd v0.16b, v26.16b */
    0x4e287800,     /* aesimc v0.16b, v0.16b */
    0x4e285b20,     /* aesd v0.16b, v25.16b */
    0x4e287800,     /* aesimc v0.16b, v0.16b */
    0x4e285b00,     /* aesd v0.16b, v24.16b */
    0x4e287800,     /* aesimc v0.16b, v0.16b */
    0x4e285ae0,     /* aesd v0.16b, v23.16b */
    0x4e287800,     /* aesimc v0.16b, v0.16b */
    0x4e285ac0,     /* aesd v0.16b, v22.16b */
    0x4e287800,     /* aesimc v0.16b, v0.16b */
    0x4e285aa0,     /* aesd v0.16b, v21.16b */
    0x6e2a1c00,     /* eor v0.16b, v0.16b, v10.16b */
};



static void load_aes128_keys(CPUState *cpu)
{
    for (unsigned r = 0; r < 11; r++)
        memcpy(cpu->v[10 + r].b, aes128_round_keys[r], 16);
}

/* FIPS-197 Appendix C.1: AES-128 of 00112233...ff under 00010203...0f. */
static void test_aes128_fips197(void **state)
{
    (void)state;
    Harness *h = crypto_harness();
    CPUState *cpu = h->cpu;
    load_aes128_keys(cpu);
    setv_bytes(cpu, 0, "00112233445566778899aabbccddeeff");
    RUN_PROGRAM(h, aes128_encrypt);
    checkv_bytes(cpu, 0, "69c4e0d86a7b0430d8cdb78070b4c55a");
    RUN_PROGRAM(h, aes128_decrypt);
    checkv_bytes(cpu, 0, "00112233445566778899aabbccddeeff");
    harness_free(h);
}

/* Single instructions against round 1 of FIPS-197 C.1 (cipher and inverse). */
static void test_aes_round1(void **state)
{
    (void)state;
    Harness *h = crypto_harness();
    CPUState *cpu = h->cpu;
    setv_bytes(cpu, 1, "00112233445566778899aabbccddeeff");         /* input */
    setv_bytes(cpu, 2, "000102030405060708090a0b0c0d0e0f");         /* round[0].k_sch */
    run1(h, 0x4e284841);        /* aese v1.16b, v2.16b */
    checkv_bytes(cpu, 1, "6353e08c0960e104cd70b751bacad0e7");       /* round[1].s_row */
    run1(h, 0x4e286823);        /* aesmc v3.16b, v1.16b */
    checkv_bytes(cpu, 3, "5f72641557f5bc92f7be3b291db9f91a");       /* round[1].m_col */
    run1(h, 0x4e287864);        /* aesimc v4.16b, v3.16b */
    checkv_bytes(cpu, 4, "6353e08c0960e104cd70b751bacad0e7");
    setv_bytes(cpu, 5, "6353e08c0960e104cd70b751bacad0e7");
    memset(&cpu->v[6], 0, sizeof cpu->v[6]);
    run1(h, 0x4e2858c5);        /* aesd v5.16b, v6.16b */
    checkv_bytes(cpu, 5, "00102030405060708090a0b0c0d0e0f0");       /* round[1].start */
    setv_bytes(cpu, 7, "0123456789abcdeffedcba9876543210");
    run1(h, 0x4e2848e7);        /* aese v7.16b, v7.16b: SubBytes(0) */
    checkv_bytes(cpu, 7, "63636363636363636363636363636363");
    harness_free(h);
}

/* ---- SHA ---- */

static const uint32_t sha1_k[4] = { 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6 };

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

/* The padded one-block message "abc" (FIPS 180-4 5.1.1) as W[0..15] in v4..v7. */
static void load_abc_block(CPUState *cpu)
{
    setv_s(cpu, 4, 0x61626380, 0, 0, 0);
    setv_s(cpu, 5, 0, 0, 0, 0);
    setv_s(cpu, 6, 0, 0, 0, 0);
    setv_s(cpu, 7, 0, 0, 0, 0x18);
}

/* SHA-1("abc") = a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d. */
static void test_sha1_abc(void **state)
{
    (void)state;
    Harness *h = crypto_harness();
    CPUState *cpu = h->cpu;
    setv_s(cpu, 0, 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476);    /* H(0) */
    setv_s(cpu, 1, 0xc3d2e1f0, 0, 0, 0);
    load_abc_block(cpu);
    for (unsigned i = 0; i < 4; i++)
        setv_s(cpu, 16 + i, sha1_k[i], sha1_k[i], sha1_k[i], sha1_k[i]);
    RUN_PROGRAM(h, sha1_block);
    CHECKV_S(cpu, 0, 0xa9993e36, 0x4706816a, 0xba3e2571, 0x7850c26c);
    assert_int_equal(cpu->v[1].s[0], 0x9cd0d89d);
    harness_free(h);
}

/* SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad. */
static void test_sha256_abc(void **state)
{
    (void)state;
    Harness *h = crypto_harness();
    CPUState *cpu = h->cpu;
    setv_s(cpu, 0, 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a);    /* H(0) */
    setv_s(cpu, 1, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);
    load_abc_block(cpu);
    for (unsigned i = 0; i < 16; i++)
        setv_s(cpu, 16 + i, sha256_k[4 * i], sha256_k[4 * i + 1], sha256_k[4 * i + 2],
               sha256_k[4 * i + 3]);
    RUN_PROGRAM(h, sha256_block);
    CHECKV_S(cpu, 0, 0xba7816bf, 0x8f01cfea, 0x414140de, 0x5dae2223);
    CHECKV_S(cpu, 1, 0xb00361a3, 0x96177a9c, 0xb410ff61, 0xf20015ad);
    harness_free(h);
}

/* SHA1H is scalar: the rest of Vd is cleared. */
static void test_sha1h(void **state)
{
    (void)state;
    Harness *h = crypto_harness();
    CPUState *cpu = h->cpu;
    setv_s(cpu, 8, 1, 2, 3, 4);
    setv_s(cpu, 9, 0x12345679, 0xffffffff, 0xffffffff, 0xffffffff);
    run1(h, 0x5e280928);        /* sha1h s8, s9 */
    CHECKV(cpu, 8, 0x448d159eull, 0);
    harness_free(h);
}

/* ---- PMULL/PMULL2 .1q ---- */

static void test_pmull_1q(void **state)
{
    (void)state;
    Harness *h = crypto_harness();
    CPUState *cpu = h->cpu;
    cpu->v[11] = (VReg){ .d = { ~0ull, 0x1234 } };
    cpu->v[12] = (VReg){ .d = { ~0ull, 0x5678 } };
    run1(h, 0x0eece16a);        /* pmull v10.1q, v11.1d, v12.1d: (sum x^i)^2 = sum x^2i */
    CHECKV(cpu, 10, 0x5555555555555555ull, 0x5555555555555555ull);
    cpu->v[14] = (VReg){ .d = { 3, 1ull << 63 } };
    cpu->v[15] = (VReg){ .d = { 3, 1ull << 63 } };
    run1(h, 0x4eefe1cd);        /* pmull2 v13.1q, v14.2d, v15.2d: x^63 * x^63 */
    CHECKV(cpu, 13, 0, 1ull << 62);
    cpu->v[16] = (VReg){ .d = { 0x87, ~0ull } };
    run1(h, 0x0ef0e210);        /* pmull v16.1q, v16.1d, v16.1d: (x^7+x^2+x+1)^2 */
    CHECKV(cpu, 16, 0x4015, 0);
    cpu->v[14] = (VReg){ .d = { 0, 0xe100000000000000ull } };
    cpu->v[15] = (VReg){ .d = { 0, 0x8000000000000003ull } };
    run1(h, 0x4eefe1cd);        /* pmull2 v13.1q, v14.2d, v15.2d: the carries cross bit 64 */
    CHECKV(cpu, 13, 0x2300000000000000ull, 0x7080000000000001ull);
    harness_free(h);
}

/* ---- feature checks and traps ---- */

/* One word per pattern, writing v20, with the feature it needs. */
static const struct {
    uint32_t insn;
    uint32_t feature;
} one_per_pattern[] = {
    { 0x4e284834, FEAT_AES },       /* aese v20.16b, v1.16b */
    { 0x4e285834, FEAT_AES },       /* aesd v20.16b, v1.16b */
    { 0x4e286834, FEAT_AES },       /* aesmc v20.16b, v1.16b */
    { 0x4e287834, FEAT_AES },       /* aesimc v20.16b, v1.16b */
    { 0x5e020034, FEAT_SHA1 },      /* sha1c q20, s1, v2.4s */
    { 0x5e021034, FEAT_SHA1 },      /* sha1p q20, s1, v2.4s */
    { 0x5e022034, FEAT_SHA1 },      /* sha1m q20, s1, v2.4s */
    { 0x5e023034, FEAT_SHA1 },      /* sha1su0 v20.4s, v1.4s, v2.4s */
    { 0x5e280834, FEAT_SHA1 },      /* sha1h s20, s1 */
    { 0x5e281834, FEAT_SHA1 },      /* sha1su1 v20.4s, v1.4s */
    { 0x5e024034, FEAT_SHA256 },    /* sha256h q20, q1, v2.4s */
    { 0x5e025034, FEAT_SHA256 },    /* sha256h2 q20, q1, v2.4s */
    { 0x5e282834, FEAT_SHA256 },    /* sha256su0 v20.4s, v1.4s */
    { 0x5e026034, FEAT_SHA256 },    /* sha256su1 v20.4s, v1.4s, v2.4s */
    { 0x0ee2e034, FEAT_PMULL },     /* pmull v20.1q, v1.1d, v2.1d */
    { 0x4ee2e034, FEAT_PMULL },     /* pmull2 v20.1q, v1.2d, v2.2d */
};

static void crypto_inputs(CPUState *cpu)
{
    setv_s(cpu, 1, 0x01234567, 0x89abcdef, 0xfedcba98, 0x76543210);
    setv_s(cpu, 2, 0xdeadbeef, 0xcafef00d, 0x0badc0de, 0x8badf00d);
    setv_s(cpu, 20, 0x11111111, 0x22222222, 0x33333333, 0x44444444);
}

static unsigned esr_ec(const CPUState *cpu, unsigned el)
{
    return FIELD_EX64(cpu->sysreg[el == 2 ? SR_ESR_EL2 : SR_ESR_EL1], ESR, EC);
}

/* Each instruction is UNDEFINED without its FEAT_* (the others present),
   and executes with only its own. */
static void test_feature_undefined(void **state)
{
    (void)state;
    Harness *h = crypto_harness();
    CPUState *cpu = h->cpu;
    const uint32_t all = FEAT_AES | FEAT_PMULL | FEAT_SHA1 | FEAT_SHA256;
    const uint32_t base = crypto_model.features & ~all;
    for (size_t i = 0; i < sizeof one_per_pattern / sizeof one_per_pattern[0]; i++) {
        uint32_t insn = one_per_pattern[i].insn, feature = one_per_pattern[i].feature;
        crypto_model.features = base | (all & ~feature);
        crypto_inputs(cpu);
        VReg before = cpu->v[20];
        harness_put(h, HARNESS_CODE_BASE, &insn, 1);
        assert_int_equal(harness_run_at(h, HARNESS_CODE_BASE, 1), STOP_INSN_LIMIT);
        if (esr_ec(cpu, 2) != EC_UNCATEGORIZED || cpu->pc != HARNESS_VBAR_EL2 + 0x200)
            fail_msg("0x%08x: not UNDEFINED without its feature", insn);
        assert_memory_equal(&cpu->v[20], &before, sizeof before);
        cpu->sysreg[SR_ESR_EL2] = 0;

        crypto_model.features = base | feature;
        run1(h, insn);
        assert_memory_not_equal(&cpu->v[20], &before, sizeof before);
    }
    harness_free(h);
}

/* Without FP/SIMD (-cpu max: FEAT_FP and the crypto features off) every
   crypto instruction is UNDEFINED; with CPACR_EL1.FPEN = 00 at EL1 it is an
   FP access trap (EC 0x07) leaving Vd unchanged. */
static void test_fp_disabled(void **state)
{
    (void)state;
    Harness *h = crypto_harness();
    CPUState *cpu = h->cpu;
    Harness *nofp = harness_new_nofp();
    for (size_t i = 0; i < sizeof one_per_pattern / sizeof one_per_pattern[0]; i++) {
        uint32_t insn = one_per_pattern[i].insn;
        cpu->sysreg[SR_CPACR_EL1] = 0;
        crypto_inputs(cpu);
        VReg before = cpu->v[20];
        harness_set_el(h, 1, 1);
        harness_put(h, HARNESS_CODE_BASE, &insn, 1);
        assert_int_equal(harness_run_at(h, HARNESS_CODE_BASE, 1), STOP_INSN_LIMIT);
        assert_int_equal(cpu->el, 1);
        assert_int_equal(esr_ec(cpu, 1), EC_FP_ACCESS);
        assert_int_equal(cpu->sysreg[SR_ELR_EL1], HARNESS_CODE_BASE);
        assert_memory_equal(&cpu->v[20], &before, sizeof before);

        harness_set_el(nofp, 2, 1);
        harness_put(nofp, HARNESS_CODE_BASE, &insn, 1);
        assert_int_equal(harness_run_at(nofp, HARNESS_CODE_BASE, 1), STOP_INSN_LIMIT);
        assert_int_equal(esr_ec(nofp->cpu, 2), EC_UNCATEGORIZED);
        assert_int_equal(nofp->cpu->pc, HARNESS_VBAR_EL2 + 0x200);
    }
    harness_free(nofp);
    harness_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_aes128_fips197),
        cmocka_unit_test(test_aes_round1),
        cmocka_unit_test(test_sha1_abc),
        cmocka_unit_test(test_sha256_abc),
        cmocka_unit_test(test_sha1h),
        cmocka_unit_test(test_pmull_1q),
        cmocka_unit_test(test_feature_undefined),
        cmocka_unit_test(test_fp_disabled),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
