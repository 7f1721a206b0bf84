/* DecodeBitMasks() (shared/functions/integer/DecodeBitMasks, C6.2 AND
   (immediate)): known immediates, reserved encodings, an independent
   bit-by-bit transcription of the pseudocode over every N:immr:imms, and the
   same masks as executed by ORR Xd, XZR, #imm. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"
#include "sim/exec/exec.h"

/* ---- known values ---- */

typedef struct MaskCase {
    unsigned n, immr, imms, datasize;
    bool immediate;
    uint64_t wmask, tmask;      /* tmask checked when nonzero */
} MaskCase;

static const MaskCase known[] = {
    /* esize 2, one bit set */
    { 0, 0, 0x3c, 64, true, 0x5555555555555555ull, 0 },
    { 0, 1, 0x3c, 64, true, 0xaaaaaaaaaaaaaaaaull, 0 },
    /* esize 8, four ones */
    { 0, 0, 0x33, 64, true, 0x0f0f0f0f0f0f0f0full, 0 },
    /* esize 16, eight ones, rotated by 0 and by 8 */
    { 0, 0, 0x27, 64, true, 0x00ff00ff00ff00ffull, 0 },
    { 0, 8, 0x27, 64, true, 0xff00ff00ff00ff00ull, 0 },
    /* esize 64: 63 ones rotated right by 63 (= left by 1) */
    { 1, 63, 0x3e, 64, true, 0xfffffffffffffffeull, 0 },
    /* esize 64: one bit rotated right by 1 */
    { 1, 1, 0x00, 64, true, 0x8000000000000000ull, 0 },
    /* 32-bit: esize 32, sixteen ones; two ones rotated right by 1 */
    { 0, 0, 0x0f, 32, true, 0x000000000000ffffull, 0 },
    { 0, 1, 0x01, 32, true, 0x0000000080000001ull, 0 },
    /* bitfield forms (immediate = FALSE): UBFX x, #8, #8 = UBFM immr=8 imms=15 */
    { 1, 8, 15, 64, false, 0xff000000000000ffull, 0x00000000000000ffull },
    /* LSL x, #1 = UBFM immr=63 imms=62 */
    { 1, 63, 62, 64, false, 0xfffffffffffffffeull, 0xffffffffffffffffull },
    /* SXTW = SBFM immr=0 imms=31 */
    { 1, 0, 31, 64, false, 0x00000000ffffffffull, 0x00000000ffffffffull },
    /* imms = levels is allowed for bitfields: UBFM x, immr=0 imms=63 (a move) */
    { 1, 0, 63, 64, false, 0xffffffffffffffffull, 0xffffffffffffffffull },
    /* 32-bit LSR w, #4 = UBFM immr=4 imms=31 */
    { 0, 4, 31, 32, false, 0x00000000ffffffffull, 0x000000000fffffffull },
};

typedef struct ReservedCase {
    unsigned n, immr, imms, datasize;
    bool immediate;
    const char *why;
} ReservedCase;

static const ReservedCase reserved[] = {
    { 0, 0, 0x3f, 64, true, "N:NOT(imms) = 0: no highest set bit" },
    { 0, 0, 0x3f, 64, false, "N:NOT(imms) = 0: no highest set bit" },
    { 0, 0, 0x3e, 64, true, "len = 0 (esize 1)" },
    { 0, 5, 0x3e, 32, false, "len = 0 (esize 1)" },
    { 0, 0, 0x3d, 64, true, "esize 2, S = levels: all ones" },
    { 0, 0, 0x3b, 64, true, "esize 4, S = levels: all ones" },
    { 1, 0, 0x3f, 64, true, "esize 64, S = 63: all ones" },
    { 0, 3, 0x1f, 32, true, "esize 32, S = 31: all ones" },
    { 1, 0, 0x00, 32, true, "N = 1 with datasize 32: esize 64 > datasize" },
    { 1, 0, 0x00, 32, false, "N = 1 with datasize 32: esize 64 > datasize" },
};

static void test_known_masks(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        const MaskCase *c = &known[i];
        uint64_t w = 0, t = 0;
        bool ok = DecodeBitMasks(c->n, c->imms, c->immr, c->immediate, c->datasize, &w, &t);
        if (!ok || w != c->wmask || (c->tmask && t != c->tmask))
            fail_msg("N=%u immr=%u imms=0x%x M=%u imm=%d: %s wmask 0x%016llx tmask 0x%016llx, "
                     "expected 0x%016llx 0x%016llx", c->n, c->immr, c->imms, c->datasize,
                     c->immediate, ok ? "valid" : "reserved", (unsigned long long)w,
                     (unsigned long long)t, (unsigned long long)c->wmask,
                     (unsigned long long)c->tmask);
    }
}

static void test_reserved_masks(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++) {
        const ReservedCase *c = &reserved[i];
        uint64_t w, t;
        if (DecodeBitMasks(c->n, c->imms, c->immr, c->immediate, c->datasize, &w, &t))
            fail_msg("N=%u immr=%u imms=0x%x M=%u imm=%d accepted (wmask 0x%016llx), "
                     "expected reserved: %s", c->n, c->immr, c->imms, c->datasize,
                     c->immediate, (unsigned long long)w, c->why);
    }
}

/* ---- the pseudocode, transcribed bit by bit (arrays of bits, no shifts
   by the element size), as an independent reference ---- */

static bool ref_decode_bit_masks(unsigned immN, unsigned imms, unsigned immr, bool immediate,
                                 unsigned M, uint64_t *wmask, uint64_t *tmask)
{
    /* len = HighestSetBit(immN:NOT(imms)) */
    unsigned v = (immN << 6) | (~imms & 0x3f);
    int len = -1;
    for (int b = 6; b >= 0; b--)
        if ((v >> b) & 1) {
            len = b;
            break;
        }
    if (len < 1)
        return false;                           /* UNDEFINED */
    if ((1u << len) > M)
        return false;                           /* assert M >= (1 << len) */
    unsigned levels = (1u << len) - 1;          /* ZeroExtend(Ones(len), 6) */
    if (immediate && (imms & levels) == levels)
        return false;
    unsigned S = imms & levels, R = immr & levels;
    unsigned diff = (S - R) & 0x3f;             /* 6-bit subtract with borrow */
    unsigned esize = 1u << len;
    unsigned d = diff & levels;                 /* UInt(diff<len-1:0>) */
    uint8_t welem[64] = { 0 }, telem[64] = { 0 }, rot[64];
    for (unsigned i = 0; i <= S; i++)
        welem[i] = 1;                           /* ZeroExtend(Ones(S + 1), esize) */
    for (unsigned i = 0; i <= d; i++)
        telem[i] = 1;                           /* ZeroExtend(Ones(d + 1), esize) */
    for (unsigned i = 0; i < esize; i++)
        rot[i] = welem[(i + R) % esize];        /* ROR(welem, R) */
    uint64_t w = 0, t = 0;
    for (unsigned i = 0; i < M; i++) {          /* Replicate */
        w |= (uint64_t)rot[i % esize] << i;
        t |= (uint64_t)telem[i % esize] << i;
    }
    *wmask = w;
    *tmask = t;
    return true;
}

static void test_all_encodings_against_pseudocode(void **state)
{
    (void)state;
    unsigned valid_imm64 = 0, valid_imm32 = 0;
    for (unsigned M = 32; M <= 64; M += 32)
        for (unsigned immediate = 0; immediate <= 1; immediate++)
            for (unsigned e = 0; e < (1u << 13); e++) {
                unsigned n = e >> 12, immr = (e >> 6) & 63, imms = e & 63;
                uint64_t w1 = 0, t1 = 0, w2 = 0, t2 = 0;
                bool ok1 = DecodeBitMasks(n, imms, immr, immediate, M, &w1, &t1);
                bool ok2 = ref_decode_bit_masks(n, imms, immr, immediate, M, &w2, &t2);
                if (ok1 != ok2 || (ok1 && (w1 != w2 || t1 != t2)))
                    fail_msg("N=%u immr=%u imms=%u M=%u immediate=%u: trapeze %s 0x%016llx "
                             "0x%016llx, pseudocode %s 0x%016llx 0x%016llx", n, immr, imms, M,
                             immediate, ok1 ? "valid" : "reserved", (unsigned long long)w1,
                             (unsigned long long)t1, ok2 ? "valid" : "reserved",
                             (unsigned long long)w2, (unsigned long long)t2);
                if (ok1 && immediate && M == 64)
                    valid_imm64++;
                else if (ok1 && immediate)
                    valid_imm32++;
            }
    /* Element sizes 2..64 with 1..esize-1 ones, and 64 values of immr each:
       64 * (1 + 3 + 7 + 15 + 31 + 63) and 64 * (1 + 3 + 7 + 15 + 31). */
    assert_int_equal(valid_imm64, 7680);
    assert_int_equal(valid_imm32, 3648);
}

/* ---- ORR Xd, XZR, #imm executed ---- */

static uint32_t orr_imm(unsigned sf, unsigned n, unsigned immr, unsigned imms, unsigned rd)
{
    /* sf 01 100100 N immr imms Rn=11111 Rd */
    return sf << 31 | 0x32000000u | n << 22 | immr << 16 | imms << 10 | 31u << 5 | rd;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static void test_orr_executes_the_mask(void **state)
{
    (void)state;
    Harness *h = harness_new();
    CPUState *cpu = h->cpu;
    static uint64_t values[8192];
    unsigned nvalues = 0, undefined = 0;
    for (unsigned sf = 0; sf <= 1; sf++)
        for (unsigned e = 0; e < (1u << 13); e++) {
            unsigned n = e >> 12, immr = (e >> 6) & 63, imms = e & 63;
            uint64_t wmask, tmask;
            bool valid = ref_decode_bit_masks(n, imms, immr, true, sf ? 64 : 32, &wmask, &tmask);
            valid = valid && (sf || !n);        /* 'if sf == 0 && N != 0 then UNDEFINED' */
            uint32_t insn = orr_imm(sf, n, immr, imms, 5);
            cpu->x[5] = 0x0123456789abcdefull;
            uint64_t el2_spsr = cpu->sysreg[SR_SPSR_EL2];
            assert_int_equal(harness_exec1(h, insn), STOP_INSN_LIMIT);
            if (valid) {
                if (cpu->pc != HARNESS_CODE_BASE + 4 || cpu->x[5] != wmask)
                    fail_msg("0x%08x (orr %c5, %czr, N=%u immr=%u imms=%u): x5 = 0x%016llx, "
                             "pc = 0x%llx; expected 0x%016llx", insn, sf ? 'x' : 'w',
                             sf ? 'x' : 'w', n, immr, imms, (unsigned long long)cpu->x[5],
                             (unsigned long long)cpu->pc, (unsigned long long)wmask);
                if (sf)
                    values[nvalues++] = wmask;
            } else {
                /* UNDEFINED: an exception to EL2 (current EL, SPx): the one step */
                uint64_t esr = cpu->sysreg[SR_ESR_EL2];
                if (cpu->x[5] != 0x0123456789abcdefull || cpu->el != 2 ||
                    cpu->pc != HARNESS_VBAR_EL2 + 0x200 ||
                    FIELD_EX64(esr, ESR, EC) != EC_UNCATEGORIZED ||
                    cpu->sysreg[SR_ELR_EL2] != HARNESS_CODE_BASE)
                    fail_msg("0x%08x (N=%u immr=%u imms=%u sf=%u) is reserved: expected an "
                             "Undefined Instruction exception; pc 0x%llx esr 0x%llx x5 0x%llx",
                             insn, n, immr, imms, sf, (unsigned long long)cpu->pc,
                             (unsigned long long)esr, (unsigned long long)cpu->x[5]);
                undefined++;
                /* back to the state before the exception */
                cpu->sysreg[SR_SPSR_EL2] = el2_spsr;
                cpu->daif = (uint32_t)(el2_spsr & REG_MASK(SPSR, DAIF));
            }
        }
    /* The 5334 distinct 64-bit logical immediates. */
    qsort(values, nvalues, sizeof values[0], cmp_u64);
    unsigned distinct = 0;
    for (unsigned i = 0; i < nvalues; i++)
        distinct += i == 0 || values[i] != values[i - 1];
    assert_int_equal(nvalues, 7680);
    assert_int_equal(distinct, 5334);
    assert_int_equal(undefined, 2 * 8192 - 7680 - 3648);
    harness_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_masks),
        cmocka_unit_test(test_reserved_masks),
        cmocka_unit_test(test_all_encodings_against_pseudocode),
        cmocka_unit_test(test_orr_executes_the_mask),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
