/* Advanced SIMD copy, permute, extract, table lookup and modified immediate
   (C4.1.97), on a CPU model with FEAT_FP.  Each case is the raw word with its
   disassembly (GNU objdump) in a comment, run on the register state of
   simd_init(); the expected results were taken from QEMU 7.2 (-cpu max) on
   the same state.  The destination is V20 (W20/X20 for UMOV, SMOV), which
   starts non-zero, so results that keep elements (INS, ORR, BIC, TBX) and
   64-bit forms that clear bits 127:64 both show.
   References: C6.3 DUP, INS, UMOV, SMOV, UZP1..ZIP2, EXT, TBL, TBX, MOVI, MVNI,
   ORR/BIC (vector, immediate), FMOV (vector, immediate); AdvSIMDExpandImm;
   AArch64.CheckFPAdvSIMDEnabled. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "sim/board/board.h"
#include "sim/exception.h"
#include "sysregs/sysregs.h"

static Harness *fp_harness(void)
{
    Harness *h = harness_new();
    h->cpu->sysreg[SR_CPACR_EL1] = 3u << 20;        /* FPEN = 0b11: no EL1/EL0 trap */
    return h;
}

/* V0..V15: byte i of Vn is 16n + i; V16..V31: (16(n - 16) + i) XOR 0xa5;
   V26 and V27 hold table indexes (in range, at the edges, out of range);
   Xn = 0x0123456789abcdef * n XOR 0xfedcba9876543210. */
static const uint8_t tbl_index[2][16] = {
    { 0, 5, 15, 16, 31, 32, 47, 48, 63, 64, 255, 17, 33, 49, 1, 200 },
    { 3, 20, 40, 60, 70, 15, 30, 45, 10, 0x80, 2, 50, 61, 16, 7, 33 },
};

static void simd_init(CPUState *cpu)
{
    for (unsigned n = 0; n < 32; n++)
        for (unsigned i = 0; i < 16; i++)
            cpu->v[n].b[i] = n == 26 || n == 27 ? tbl_index[n - 26][i]
                             : n < 16 ? (uint8_t)(16 * n + i)
                                      : (uint8_t)((16 * (n - 16) + i) ^ 0xa5);
    for (unsigned n = 0; n < 16; n++)
        cpu->x[n] = 0x0123456789abcdefull * n ^ 0xfedcba9876543210ull;
    cpu->x[20] = 0x5555555555555555ull;
}

static void exec_at(Harness *h, unsigned el, uint32_t insn)
{
    harness_set_el(h, el, el != 0);
    assert_int_equal(harness_exec1(h, insn), STOP_INSN_LIMIT);
}

static unsigned esr_ec(const CPUState *cpu, unsigned el)
{
    return FIELD_EX64(cpu->sysreg[el == 2 ? SR_ESR_EL2 : SR_ESR_EL1], ESR, EC);
}

enum { SIMD_V, SIMD_X };        /* result in V20, or in X20 (d1 unused) */

typedef struct SimdCase {
    uint32_t insn;
    int kind;
    uint64_t d0, d1;
} SimdCase;

static const SimdCase cases[] = {
    { 0x0e1f0434, SIMD_V, 0x1f1f1f1f1f1f1f1full, 0x0000000000000000ull }, /* dup v20.8b, v1.b[15] */
    { 0x4e070534, SIMD_V, 0x9393939393939393ull, 0x9393939393939393ull }, /* dup v20.16b, v9.b[3] */
    { 0x0e1e0454, SIMD_V, 0x2f2e2f2e2f2e2f2eull, 0x0000000000000000ull }, /* dup v20.4h, v2.h[7] */
    { 0x4e020554, SIMD_V, 0xa1a0a1a0a1a0a1a0ull, 0xa1a0a1a0a1a0a1a0ull }, /* dup v20.8h, v10.h[0] */
    { 0x0e140474, SIMD_V, 0x3b3a39383b3a3938ull, 0x0000000000000000ull }, /* dup v20.2s, v3.s[2] */
    { 0x4e0c0574, SIMD_V, 0xb7b6b5b4b7b6b5b4ull, 0xb7b6b5b4b7b6b5b4ull }, /* dup v20.4s, v11.s[1] */
    { 0x4e180594, SIMD_V, 0xcfcecdcccbcac9c8ull, 0xcfcecdcccbcac9c8ull }, /* dup v20.2d, v12.d[1] */
    { 0x0e010c34, SIMD_V, 0xffffffffffffffffull, 0x0000000000000000ull }, /* dup v20.8b, w1 */
    { 0x4e010c54, SIMD_V, 0xcecececececececeull, 0xcecececececececeull }, /* dup v20.16b, w2 */
    { 0x0e020c74, SIMD_V, 0x5bdd5bdd5bdd5bddull, 0x0000000000000000ull }, /* dup v20.4h, w3 */
    { 0x4e020c94, SIMD_V, 0x05ac05ac05ac05acull, 0x05ac05ac05ac05acull }, /* dup v20.8h, w4 */
    { 0x0e040cb4, SIMD_V, 0xc60f37bbc60f37bbull, 0x0000000000000000ull }, /* dup v20.2s, w5 */
    { 0x4e040cd4, SIMD_V, 0x4c52e18a4c52e18aull, 0x4c52e18a4c52e18aull }, /* dup v20.4s, w6 */
    { 0x4e080cf4, SIMD_V, 0xf92a5f4cb5e69399ull, 0xf92a5f4cb5e69399ull }, /* dup v20.2d, x7 */
    { 0x4e080ff4, SIMD_V, 0x0000000000000000ull, 0x0000000000000000ull }, /* dup v20.2d, xzr */
    { 0x5e0f0534, SIMD_V, 0x0000000000000097ull, 0x0000000000000000ull }, /* mov b20, v9.b[7] */
    { 0x5e160554, SIMD_V, 0x000000000000abaaull, 0x0000000000000000ull }, /* mov h20, v10.h[5] */
    { 0x5e1c0574, SIMD_V, 0x00000000bfbebdbcull, 0x0000000000000000ull }, /* mov s20, v11.s[3] */
    { 0x5e180594, SIMD_V, 0xcfcecdcccbcac9c8ull, 0x0000000000000000ull }, /* mov d20, v12.d[1] */
    { 0x4e1b1c34, SIMD_V, 0xe2e3e0e1e6e7e4e5ull, 0xeaebffe9eeefecedull }, /* mov v20.b[13], w1 */
    { 0x4e1a1c54, SIMD_V, 0xe2e3e0e1e6e7e4e5ull, 0xeaeba9ceeeefecedull }, /* mov v20.h[6], w2 */
    { 0x4e0c1c74, SIMD_V, 0xeb575bdde6e7e4e5ull, 0xeaebe8e9eeefecedull }, /* mov v20.s[1], w3 */
    { 0x4e181c94, SIMD_V, 0xe2e3e0e1e6e7e4e5ull, 0xfa51af0650fb05acull }, /* mov v20.d[1], x4 */
    { 0x4e041ff4, SIMD_V, 0xe2e3e0e100000000ull, 0xeaebe8e9eeefecedull }, /* mov v20.s[0], wzr */
    { 0x6e017d34, SIMD_V, 0xe2e3e0e1e6e7e49full, 0xeaebe8e9eeefecedull }, /* mov v20.b[0], v9.b[15] */
    { 0x6e1e3554, SIMD_V, 0xe2e3e0e1e6e7e4e5ull, 0xa7a6e8e9eeefecedull }, /* mov v20.h[7], v10.h[3] */
    { 0x6e142574, SIMD_V, 0xe2e3e0e1e6e7e4e5ull, 0xeaebe8e9b7b6b5b4ull }, /* mov v20.s[2], v11.s[1] */
    { 0x6e084594, SIMD_V, 0xcfcecdcccbcac9c8ull, 0xeaebe8e9eeefecedull }, /* mov v20.d[0], v12.d[1] */
    { 0x0e1d3d34, SIMD_X, 0x000000000000009eull, 0x0000000000000000ull }, /* umov w20, v9.b[14] */
    { 0x0e0e3d54, SIMD_X, 0x000000000000a7a6ull, 0x0000000000000000ull }, /* umov w20, v10.h[3] */
    { 0x0e143d74, SIMD_X, 0x00000000bbbab9b8ull, 0x0000000000000000ull }, /* mov w20, v11.s[2] */
    { 0x4e183d94, SIMD_X, 0xcfcecdcccbcac9c8ull, 0x0000000000000000ull }, /* mov x20, v12.d[1] */
    { 0x0e1d2d34, SIMD_X, 0x00000000ffffff9eull, 0x0000000000000000ull }, /* smov w20, v9.b[14] */
    { 0x0e0e2d54, SIMD_X, 0x00000000ffffa7a6ull, 0x0000000000000000ull }, /* smov w20, v10.h[3] */
    { 0x4e032d34, SIMD_X, 0xffffffffffffff91ull, 0x0000000000000000ull }, /* smov x20, v9.b[1] */
    { 0x4e1e2d54, SIMD_X, 0xffffffffffffafaeull, 0x0000000000000000ull }, /* smov x20, v10.h[7] */
    { 0x4e1c2d74, SIMD_X, 0xffffffffbfbebdbcull, 0x0000000000000000ull }, /* smov x20, v11.s[3] */
    { 0x4e1c2c74, SIMD_X, 0x000000003f3e3d3cull, 0x0000000000000000ull }, /* smov x20, v3.s[3] */
    { 0x0e023834, SIMD_V, 0x2313221221112010ull, 0x0000000000000000ull }, /* zip1 v20.8b, v1.8b, v2.8b */
    { 0x4e027834, SIMD_V, 0x2b1b2a1a29192818ull, 0x2f1f2e1e2d1d2c1cull }, /* zip2 v20.16b, v1.16b, v2.16b */
    { 0x0e423834, SIMD_V, 0x2322131221201110ull, 0x0000000000000000ull }, /* zip1 v20.4h, v1.4h, v2.4h */
    { 0x4e427834, SIMD_V, 0x2b2a1b1a29281918ull, 0x2f2e1f1e2d2c1d1cull }, /* zip2 v20.8h, v1.8h, v2.8h */
    { 0x0e823834, SIMD_V, 0x2322212013121110ull, 0x0000000000000000ull }, /* zip1 v20.2s, v1.2s, v2.2s */
    { 0x4e827834, SIMD_V, 0x2b2a29281b1a1918ull, 0x2f2e2d2c1f1e1d1cull }, /* zip2 v20.4s, v1.4s, v2.4s */
    { 0x4ec23834, SIMD_V, 0x1716151413121110ull, 0x2726252423222120ull }, /* zip1 v20.2d, v1.2d, v2.2d */
    { 0x4ec27834, SIMD_V, 0x1f1e1d1c1b1a1918ull, 0x2f2e2d2c2b2a2928ull }, /* zip2 v20.2d, v1.2d, v2.2d */
    { 0x0e021834, SIMD_V, 0x2624222016141210ull, 0x0000000000000000ull }, /* uzp1 v20.8b, v1.8b, v2.8b */
    { 0x4e025834, SIMD_V, 0x1f1d1b1917151311ull, 0x2f2d2b2927252321ull }, /* uzp2 v20.16b, v1.16b, v2.16b */
    { 0x0e421834, SIMD_V, 0x2524212015141110ull, 0x0000000000000000ull }, /* uzp1 v20.4h, v1.4h, v2.4h */
    { 0x4e425834, SIMD_V, 0x1f1e1b1a17161312ull, 0x2f2e2b2a27262322ull }, /* uzp2 v20.8h, v1.8h, v2.8h */
    { 0x0e821834, SIMD_V, 0x2322212013121110ull, 0x0000000000000000ull }, /* uzp1 v20.2s, v1.2s, v2.2s */
    { 0x4e825834, SIMD_V, 0x1f1e1d1c17161514ull, 0x2f2e2d2c27262524ull }, /* uzp2 v20.4s, v1.4s, v2.4s */
    { 0x4ec21834, SIMD_V, 0x1716151413121110ull, 0x2726252423222120ull }, /* uzp1 v20.2d, v1.2d, v2.2d */
    { 0x0e022834, SIMD_V, 0x2616241422122010ull, 0x0000000000000000ull }, /* trn1 v20.8b, v1.8b, v2.8b */
    { 0x4e026834, SIMD_V, 0x2717251523132111ull, 0x2f1f2d1d2b1b2919ull }, /* trn2 v20.16b, v1.16b, v2.16b */
    { 0x0e422834, SIMD_V, 0x2524151421201110ull, 0x0000000000000000ull }, /* trn1 v20.4h, v1.4h, v2.4h */
    { 0x4e426834, SIMD_V, 0x2726171623221312ull, 0x2f2e1f1e2b2a1b1aull }, /* trn2 v20.8h, v1.8h, v2.8h */
    { 0x0e822834, SIMD_V, 0x2322212013121110ull, 0x0000000000000000ull }, /* trn1 v20.2s, v1.2s, v2.2s */
    { 0x4e826834, SIMD_V, 0x2726252417161514ull, 0x2f2e2d2c1f1e1d1cull }, /* trn2 v20.4s, v1.4s, v2.4s */
    { 0x4ec26834, SIMD_V, 0x1f1e1d1c1b1a1918ull, 0x2f2e2d2c2b2a2928ull }, /* trn2 v20.2d, v1.2d, v2.2d */
    { 0x4e013a94, SIMD_V, 0x13e612e711e410e5ull, 0x17e216e315e014e1ull }, /* zip1 v20.16b, v20.16b, v1.16b */
    { 0x2e021834, SIMD_V, 0x2221201716151413ull, 0x0000000000000000ull }, /* ext v20.8b, v1.8b, v2.8b, #3 */
    { 0x6e020034, SIMD_V, 0x1716151413121110ull, 0x1f1e1d1c1b1a1918ull }, /* ext v20.16b, v1.16b, v2.16b, #0 */
    { 0x6e024834, SIMD_V, 0x201f1e1d1c1b1a19ull, 0x2827262524232221ull }, /* ext v20.16b, v1.16b, v2.16b, #9 */
    { 0x6e017a94, SIMD_V, 0x16151413121110eaull, 0x1e1d1c1b1a191817ull }, /* ext v20.16b, v20.16b, v1.16b, #15 */
    { 0x0e1a0034, SIMD_V, 0x00000000001f1510ull, 0x0000000000000000ull }, /* tbl v20.8b, {v1.16b}, v26.8b */
    { 0x4e1a0034, SIMD_V, 0x00000000001f1510ull, 0x0011000000000000ull }, /* tbl v20.16b, {v1.16b}, v26.16b */
    { 0x4e1a2034, SIMD_V, 0x0000002f201f1510ull, 0x0011000021000000ull }, /* tbl v20.16b, {v1.16b, v2.16b}, v26.16b */
    { 0x4e1b4034, SIMD_V, 0x3d2e1f0000382413ull, 0x311720000012001aull }, /* tbl v20.16b, {v1.16b-v3.16b}, v27.16b */
    { 0x4e1b63d4, SIMD_V, 0x0d5b4a001c085146ull, 0x0142551d1247004full }, /* tbl v20.16b, {v30.16b, v31.16b, v0.16b, v1.16b}, v27.16b */
    { 0x0e1b23f4, SIMD_V, 0x000e5a0000000456ull, 0x0000000000000000ull }, /* tbl v20.8b, {v31.16b, v0.16b}, v27.8b */
    { 0x0e1a1034, SIMD_V, 0xe2e3e0e1e61f1510ull, 0x0000000000000000ull }, /* tbx v20.8b, {v1.16b}, v26.8b */
    { 0x4e1a3034, SIMD_V, 0xe2e3e02f201f1510ull, 0xea11e8e921efecedull }, /* tbx v20.16b, {v1.16b, v2.16b}, v26.16b */
    { 0x4e1b53b4, SIMD_V, 0x584b7ae1e65d4176ull, 0x547245e9ee77ec7full }, /* tbx v20.16b, {v29.16b-v31.16b}, v27.16b */
    { 0x4e1b7034, SIMD_V, 0x3d2e1fe14c382413ull, 0x3117204d4212ec1aull }, /* tbx v20.16b, {v1.16b-v4.16b}, v27.16b */
    { 0x4e1a2294, SIMD_V, 0x000000faf5eae0e5ull, 0x00e40000f4000000ull }, /* tbl v20.16b, {v20.16b, v21.16b}, v26.16b */
    { 0x0f050574, SIMD_V, 0x000000ab000000abull, 0x0000000000000000ull }, /* movi v20.2s, #0xab */
    { 0x4f052574, SIMD_V, 0x0000ab000000ab00ull, 0x0000ab000000ab00ull }, /* movi v20.4s, #0xab, lsl #8 */
    { 0x4f054574, SIMD_V, 0x00ab000000ab0000ull, 0x00ab000000ab0000ull }, /* movi v20.4s, #0xab, lsl #16 */
    { 0x0f056574, SIMD_V, 0xab000000ab000000ull, 0x0000000000000000ull }, /* movi v20.2s, #0xab, lsl #24 */
    { 0x0f0685b4, SIMD_V, 0x00cd00cd00cd00cdull, 0x0000000000000000ull }, /* movi v20.4h, #0xcd */
    { 0x4f06a5b4, SIMD_V, 0xcd00cd00cd00cd00ull, 0xcd00cd00cd00cd00ull }, /* movi v20.8h, #0xcd, lsl #8 */
    { 0x0f00c654, SIMD_V, 0x000012ff000012ffull, 0x0000000000000000ull }, /* movi v20.2s, #0x12, msl #8 */
    { 0x4f00d654, SIMD_V, 0x0012ffff0012ffffull, 0x0012ffff0012ffffull }, /* movi v20.4s, #0x12, msl #16 */
    { 0x0f02e754, SIMD_V, 0x5a5a5a5a5a5a5a5aull, 0x0000000000000000ull }, /* movi v20.8b, #0x5a */
    { 0x4f05e4b4, SIMD_V, 0xa5a5a5a5a5a5a5a5ull, 0xa5a5a5a5a5a5a5a5ull }, /* movi v20.16b, #0xa5 */
    { 0x2f05e4d4, SIMD_V, 0xff00ff0000ffff00ull, 0x0000000000000000ull }, /* movi d20, #0xff00ff0000ffff00 */
    { 0x6f02e734, SIMD_V, 0x00ff00ffff0000ffull, 0x00ff00ffff0000ffull }, /* movi v20.2d, #0xff00ffff0000ff */
    { 0x2f050574, SIMD_V, 0xffffff54ffffff54ull, 0x0000000000000000ull }, /* mvni v20.2s, #0xab */
    { 0x6f056574, SIMD_V, 0x54ffffff54ffffffull, 0x54ffffff54ffffffull }, /* mvni v20.4s, #0xab, lsl #24 */
    { 0x2f06a5b4, SIMD_V, 0x32ff32ff32ff32ffull, 0x0000000000000000ull }, /* mvni v20.4h, #0xcd, lsl #8 */
    { 0x6f0685b4, SIMD_V, 0xff32ff32ff32ff32ull, 0xff32ff32ff32ff32ull }, /* mvni v20.8h, #0xcd */
    { 0x6f00c654, SIMD_V, 0xffffed00ffffed00ull, 0xffffed00ffffed00ull }, /* mvni v20.4s, #0x12, msl #8 */
    { 0x2f00d654, SIMD_V, 0xffed0000ffed0000ull, 0x0000000000000000ull }, /* mvni v20.2s, #0x12, msl #16 */
    { 0x0f041414, SIMD_V, 0xe2e3e0e1e6e7e4e5ull, 0x0000000000000000ull }, /* orr v20.2s, #0x80 */
    { 0x4f045414, SIMD_V, 0xe2e3e0e1e6e7e4e5ull, 0xeaebe8e9eeefecedull }, /* orr v20.4s, #0x80, lsl #16 */
    { 0x0f04b434, SIMD_V, 0xe3e3e1e1e7e7e5e5ull, 0x0000000000000000ull }, /* orr v20.4h, #0x81, lsl #8 */
    { 0x4f049434, SIMD_V, 0xe2e3e0e1e6e7e4e5ull, 0xeaebe8e9eeefecedull }, /* orr v20.8h, #0x81 */
    { 0x2f0737f4, SIMD_V, 0xe2e300e1e6e700e5ull, 0x0000000000000000ull }, /* bic v20.2s, #0xff, lsl #8 */
    { 0x6f0075f4, SIMD_V, 0xe0e3e0e1e0e7e4e5ull, 0xe0ebe8e9e0efecedull }, /* bic v20.4s, #0xf, lsl #24 */
    { 0x2f0797f4, SIMD_V, 0xe200e000e600e400ull, 0x0000000000000000ull }, /* bic v20.4h, #0xff */
    { 0x6f07b614, SIMD_V, 0x02e300e106e704e5ull, 0x0aeb08e90eef0cedull }, /* bic v20.8h, #0xf0, lsl #8 */
    { 0x0f03f614, SIMD_V, 0x3f8000003f800000ull, 0x0000000000000000ull }, /* fmov v20.2s, #1.0 */
    { 0x4f05f7f4, SIMD_V, 0xc1f80000c1f80000ull, 0xc1f80000c1f80000ull }, /* fmov v20.4s, #-31.0 */
    { 0x6f02f414, SIMD_V, 0x3fc0000000000000ull, 0x3fc0000000000000ull }, /* fmov v20.2d, #0.125 */
    { 0x6f07f7f4, SIMD_V, 0xbfff000000000000ull, 0xbfff000000000000ull }, /* fmov v20.2d, #-1.9375 */
    { 0x0e1d0c34, SIMD_V, 0xffffffffffffffffull, 0x0000000000000000ull }, /* dup v20.8b, w1 (imm5 = 11101: imm5<4:1> ignored) */
    { 0x6e1e6c54, SIMD_V, 0xe2e3e0e1e6e7e4e5ull, 0x2d2ce8e9eeefecedull }, /* mov v20.h[7], v2.h[6] (imm4<0> ignored) */
    { 0x6e0c5c74, SIMD_V, 0x3b3a3938e6e7e4e5ull, 0xeaebe8e9eeefecedull }, /* mov v20.s[1], v3.s[2] (imm4<1:0> ignored) */
};

static void test_simd_moves(void **state)
{
    (void)state;
    Harness *h = fp_harness();
    CPUState *cpu = h->cpu;
    int bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const SimdCase *c = &cases[i];
        simd_init(cpu);
        exec_at(h, 2, c->insn);
        if (cpu->pc != HARNESS_CODE_BASE + 4) {
            print_error("0x%08x: did not execute (pc 0x%llx)\n", c->insn,
                        (unsigned long long)cpu->pc);
            bad++;
            continue;
        }
        uint64_t d0 = c->kind == SIMD_V ? cpu->v[20].d[0] : cpu->x[20];
        uint64_t d1 = c->kind == SIMD_V ? cpu->v[20].d[1] : 0;
        if (d0 != c->d0 || d1 != c->d1) {
            print_error("0x%08x: %016llx:%016llx, expected %016llx:%016llx\n", c->insn,
                        (unsigned long long)d1, (unsigned long long)d0,
                        (unsigned long long)c->d1, (unsigned long long)c->d0);
            bad++;
        }
    }
    harness_free(h);
    assert_int_equal(bad, 0);
}

/* Register 31 as a general-purpose destination is XZR: the write is lost. */
static void test_umov_to_xzr(void **state)
{
    (void)state;
    Harness *h = fp_harness();
    CPUState *cpu = h->cpu;
    simd_init(cpu);
    exec_at(h, 2, 0x4e183d3f);      /* mov xzr, v9.d[1] */
    assert_int_equal(cpu->x[REG_ZR], 0);
    assert_int_equal(cpu->pc, HARNESS_CODE_BASE + 4);
    harness_free(h);
}

/* Unallocated and reserved encodings: Undefined Instruction (EC 0x00),
   V20 unchanged. */
static const uint32_t undefined[] = {
    0x0e080434,     /* DUP (element) v20.1d: size = 3 with Q = 0 reserved */
    0x4e000434,     /* DUP (element) imm5 = 00000 */
    0x4e100c34,     /* DUP (general) imm5 = 10000 */
    0x0e083c34,     /* UMOV w20, v1.d[0]: Q:imm5 = 0x1000 */
    0x4e043c34,     /* UMOV x20, v1.s[0]: Q:imm5 = 1xx100 */
    0x0e042c34,     /* SMOV w20, v1.s[0]: Q:imm5 = 0xx100 */
    0x4e082c34,     /* SMOV x20, v1.d[0] */
    0x6e002c34,     /* INS (element) imm5 = 00000 */
    0x4e101c34,     /* INS (general) imm5 = 10000 */
    0x5e100434,     /* DUP (element, scalar) imm5 = 10000 */
    0x4e011434,     /* copy op = 0, imm4 = 0010: unallocated */
    0x2e011434,     /* copy Q = 0, op = 1: unallocated */
    0x0ec23834,     /* ZIP1 .1d: size = 11 with Q = 0 reserved */
    0x0ec21834,     /* UZP1 .1d */
    0x0ec22834,     /* TRN1 .1d */
    0x4e020834,     /* permute opcode 000: unallocated */
    0x4e024834,     /* permute opcode 100: unallocated */
    0x2e024034,     /* EXT .8b, #8: Q = 0 with imm4<3> = 1 */
    0x6e420034,     /* extract op2 = 01: unallocated */
    0x4e820034,     /* table lookup op2 = 10: unallocated */
    0x2f00f414,     /* FMOV (vector, immediate) double with Q = 0 */
    0x4f00fc14,     /* FMOV v20.8h, #2.0: o2 = 1 is FEAT_FP16, not implemented */
};

static void test_undefined(void **state)
{
    (void)state;
    Harness *h = fp_harness();
    CPUState *cpu = h->cpu;
    for (size_t i = 0; i < sizeof undefined / sizeof undefined[0]; i++) {
        simd_init(cpu);
        VReg before = cpu->v[20];
        exec_at(h, 2, undefined[i]);
        if (esr_ec(cpu, 2) != EC_UNCATEGORIZED || cpu->pc != HARNESS_VBAR_EL2 + 0x200)
            fail_msg("0x%08x: not UNDEFINED", undefined[i]);
        assert_memory_equal(&cpu->v[20], &before, sizeof before);
        cpu->sysreg[SR_ESR_EL2] = 0;
    }
    harness_free(h);
}

/* One instruction of each group, with FP/SIMD disabled by CPACR_EL1.FPEN
   (EC 0x07 to EL1, destination unchanged) and without FEAT_FP (UNDEFINED). */
static const uint32_t one_per_group[] = {
    0x4e1c0574,     /* dup v20.4s, v11.s[3] */
    0x0e010c34,     /* dup v20.8b, w1 */
    0x5e180594,     /* mov d20, v12.d[1] */
    0x4e181c94,     /* mov v20.d[1], x4 */
    0x6e084594,     /* mov v20.d[0], v12.d[1] */
    0x4e1c2d74,     /* smov x20, v11.s[3] */
    0x4e183d94,     /* mov x20, v12.d[1] */
    0x4e827834,     /* zip2 v20.4s, v1.4s, v2.4s */
    0x6e024834,     /* ext v20.16b, v1.16b, v2.16b, #9 */
    0x4e1a2034,     /* tbl v20.16b, {v1.16b, v2.16b}, v26.16b */
    0x4e1a3034,     /* tbx v20.16b, {v1.16b, v2.16b}, v26.16b */
    0x4f054574,     /* movi v20.4s, #0xab, lsl #16 */
    0x6f02f414,     /* fmov v20.2d, #0.125 */
};

static void test_fp_disabled(void **state)
{
    (void)state;
    Harness *h = fp_harness();
    CPUState *cpu = h->cpu;
    Harness *nofp = harness_new_nofp();
    for (size_t i = 0; i < sizeof one_per_group / sizeof one_per_group[0]; i++) {
        uint32_t insn = one_per_group[i];
        cpu->sysreg[SR_CPACR_EL1] = 0;          /* FPEN = 0b00 */
        simd_init(cpu);
        VReg before = cpu->v[20];
        exec_at(h, 1, insn);
        assert_int_equal(cpu->el, 1);
        assert_int_equal(esr_ec(cpu, 1), EC_FP_ACCESS);
        assert_int_equal(cpu->sysreg[SR_ELR_EL1], HARNESS_CODE_BASE);
        assert_memory_equal(&cpu->v[20], &before, sizeof before);
        assert_int_equal(cpu->x[20], 0x5555555555555555ull);

        simd_init(nofp->cpu);
        exec_at(nofp, 2, insn);
        assert_int_equal(esr_ec(nofp->cpu, 2), EC_UNCATEGORIZED);
        assert_int_equal(nofp->cpu->x[20], 0x5555555555555555ull);
    }
    harness_free(nofp);
    harness_free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_simd_moves),
        cmocka_unit_test(test_umov_to_xzr),
        cmocka_unit_test(test_undefined),
        cmocka_unit_test(test_fp_disabled),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
