/* Decode of known encodings (STYLE.md, convention 15): each row is the raw
   word with its disassembly (GNU as, -march=armv8.2-a+lse+rcpc+crc) in a
   comment, the pattern of decoder/a64.decode it must match, its class, and
   the decoded fields that carry its operands.  Field names are the
   DecodedInsn members (sim/cpu.h); register 31 is remapped at decode to ZR
   (Xn|XZR source), SP (Xn|SP) or DISCARD (Xd|XZR destination). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decoder/decoder.h"
#include "sim/exec/exec.h"

typedef struct DecodeCase {
    uint32_t insn;
    const char *pattern;
    A64Class cls;
    const char *fields;         /* "rd=0 rn=SP imm=-8 ...": the fields to check */
} DecodeCase;

static const DecodeCase known[] = {
    { 0x8b020020, "ADD_SUB_shifted", A64_CLASS_DP_REG, "rd=0 rn=1 rm=2 sf=1 imm=0" }, /* add x0, x1, x2 */
    { 0xab051c83, "ADD_SUB_shifted", A64_CLASS_DP_REG, "rd=3 rn=4 rm=5 sf=1 imm=7" }, /* adds x3, x4, x5, lsl #7 */
    { 0x4b887ce6, "ADD_SUB_shifted", A64_CLASS_DP_REG, "rd=6 rn=7 rm=8 sf=0 imm=31" }, /* sub w6, w7, w8, asr #31 */
    { 0xeb0a013f, "ADD_SUB_shifted", A64_CLASS_DP_REG, "rd=DISCARD rn=9 rm=10 sf=1 imm=0" }, /* cmp x9, x10 */
    { 0x910043ff, "ADD_SUB_imm", A64_CLASS_DP_IMM, "rd=SP rn=SP sf=1 imm=16" }, /* add sp, sp, #0x10 */
    { 0x917fffeb, "ADD_SUB_imm", A64_CLASS_DP_IMM, "rd=11 rn=SP sf=1 imm=0xfff000" }, /* add x11, sp, #0xfff, lsl #12 */
    { 0x710005ac, "ADD_SUB_imm", A64_CLASS_DP_IMM, "rd=12 rn=13 sf=0" }, /* subs w12, w13, #0x1 */
    { 0xd1002020, "ADD_SUB_imm", A64_CLASS_DP_IMM, "rd=0 rn=1 sf=1 imm=-8" }, /* sub x0, x1, #0x8 */
    { 0xab2f4bee, "ADD_SUB_ext", A64_CLASS_DP_REG, "rd=14 rn=SP rm=15 sf=1 imm=2" }, /* adds x14, sp, w15, uxtw #2 */
    { 0xcb31a61f, "ADD_SUB_ext", A64_CLASS_DP_REG, "rd=SP rn=16 rm=17 sf=1 imm=1" }, /* sub sp, x16, w17, sxth #1 */
    { 0x9200f020, "LOGIC_imm", A64_CLASS_DP_IMM, "rd=0 rn=1 sf=1 imm=0x5555555555555555" }, /* and x0, x1, #0x5555555555555555 */
    { 0x32003fe2, "LOGIC_imm", A64_CLASS_DP_IMM, "rd=2 rn=ZR sf=0 imm=65535" }, /* orr w2, wzr, #0xffff */
    { 0xd2089c7f, "LOGIC_imm", A64_CLASS_DP_IMM, "rd=SP rn=3 sf=1 imm=0xff00ff00ff00ff00" }, /* eor sp, x3, #0xff00ff00ff00ff00 */
    { 0xf27ff8a4, "LOGIC_imm", A64_CLASS_DP_IMM, "rd=4 rn=5 sf=1 imm=-2" }, /* ands x4, x5, #0xfffffffffffffffe */
    { 0xd2a24680, "MOVE_WIDE", A64_CLASS_DP_IMM, "rd=0 sf=1 imm=0x12340000" }, /* mov x0, #0x12340000 */
    { 0x12800001, "MOVE_WIDE", A64_CLASS_DP_IMM, "rd=1 sf=0" }, /* movn w1, #0 (mov w1, #0xffffffff) */
    { 0xf2f7dde2, "MOVE_WIDE", A64_CLASS_DP_IMM, "rd=2 sf=1 imm=-4688528687069396992" }, /* movk x2, #0xbeef, lsl #48: imm is the shifted 0xbeef << 48 */
    { 0x93483c83, "BITFIELD", A64_CLASS_DP_IMM, "rd=3 rn=4 sf=1 imm=0xff000000000000ff" }, /* sbfx x3, x4, #8, #8 */
    { 0x33040cc5, "BITFIELD", A64_CLASS_DP_IMM, "rd=5 rn=6 sf=0 imm=0xf0000000" }, /* bfi w5, w6, #28, #4 */
    { 0xd37ff907, "BITFIELD", A64_CLASS_DP_IMM, "rd=7 rn=8 sf=1 imm=-2" }, /* lsl x7, x8, #1 */
    { 0x93cbfd49, "EXTR", A64_CLASS_DP_IMM, "rd=9 rn=10 rm=11 sf=1 imm=63" }, /* extr x9, x10, x11, #63 */
    { 0x1000080c, "ADR", A64_CLASS_DP_IMM, "rd=12 imm=256" }, /* adr x12, .+0x100 */
    { 0xf000000d, "ADR", A64_CLASS_DP_IMM, "rd=13 imm=0x3000" }, /* adrp x13, #0x3000 */
    { 0xaa0103e0, "LOGIC_shifted", A64_CLASS_DP_REG, "rd=0 rn=ZR rm=1 sf=1 imm=0" }, /* mov x0, x1 */
    { 0x0ae41462, "LOGIC_shifted", A64_CLASS_DP_REG, "rd=2 rn=3 rm=4 sf=0 imm=5" }, /* bic w2, w3, w4, ror #5 */
    { 0xca67fcc5, "LOGIC_shifted", A64_CLASS_DP_REG, "rd=5 rn=6 rm=7 sf=1 imm=63" }, /* eon x5, x6, x7, lsr #63 */
    { 0x9a020020, "ADC_SBC", A64_CLASS_DP_REG, "rd=0 rn=1 rm=2 sf=1" }, /* adc x0, x1, x2 */
    { 0x7a050083, "ADC_SBC", A64_CLASS_DP_REG, "rd=3 rn=4 rm=5 sf=0" }, /* sbcs w3, w4, w5 */
    { 0xfa4710c4, "CCMP_reg", A64_CLASS_DP_REG, "rn=6 rm=7 sf=1" }, /* ccmp x6, x7, #0x4, ne */
    { 0x3a5f290f, "CCMP_imm", A64_CLASS_DP_REG, "rn=8 sf=0 imm=31" }, /* ccmn w8, #0x1f, #0xf, cs */
    { 0x9a8bb149, "CSEL", A64_CLASS_DP_REG, "rd=9 rn=10 rm=11 sf=1" }, /* csel x9, x10, x11, lt */
    { 0x5a8ee5ac, "CSEL", A64_CLASS_DP_REG, "rd=12 rn=13 rm=14 sf=0" }, /* csneg w12, w13, w14, al */
    { 0x9b114a0f, "MADD_MSUB", A64_CLASS_DP_REG, "rd=15 rn=16 rm=17 ra=18 sf=1" }, /* madd x15, x16, x17, x18 */
    { 0x1b15da93, "MADD_MSUB", A64_CLASS_DP_REG, "rd=19 rn=20 rm=21 ra=22 sf=0" }, /* msub w19, w20, w21, w22 */
    { 0x9b396b17, "SMADDL_SMSUBL", A64_CLASS_DP_REG, "rd=23 rn=24 rm=25 ra=26" }, /* smaddl x23, w24, w25, x26 */
    { 0x9bdd7f9b, "UMULH", A64_CLASS_DP_REG, "rd=27 rn=28 rm=29" }, /* umulh x27, x28, x29 */
    { 0x1ac20820, "DIV", A64_CLASS_DP_REG, "rd=0 rn=1 rm=2 sf=0" }, /* udiv w0, w1, w2 */
    { 0x9ac50c83, "DIV", A64_CLASS_DP_REG, "rd=3 rn=4 rm=5 sf=1" }, /* sdiv x3, x4, x5 */
    { 0x9ac820e6, "SHIFTV", A64_CLASS_DP_REG, "rd=6 rn=7 rm=8 sf=1" }, /* lsl x6, x7, x8 */
    { 0x1acb2d49, "SHIFTV", A64_CLASS_DP_REG, "rd=9 rn=10 rm=11 sf=0" }, /* ror w9, w10, w11 */
    { 0x9ace5dac, "CRC32", A64_CLASS_DP_REG, "rd=12 rn=13 rm=14" }, /* crc32cx w12, w13, x14 */
    { 0xdac0020f, "RBIT", A64_CLASS_DP_REG, "rd=15 rn=16 sf=1" }, /* rbit x15, x16 */
    { 0x5ac00651, "REV16", A64_CLASS_DP_REG, "rd=17 rn=18 sf=0" }, /* rev16 w17, w18 */
    { 0xdac00a93, "REV32_REV", A64_CLASS_DP_REG, "rd=19 rn=20 sf=1" }, /* rev32 x19, x20 */
    { 0xdac00ed5, "REV32_REV", A64_CLASS_DP_REG, "rd=21 rn=22 sf=1" }, /* rev x21, x22 */
    { 0x5ac01317, "CLZ_CLS", A64_CLASS_DP_REG, "rd=23 rn=24 sf=0" }, /* clz w23, w24 */
    { 0xdac01759, "CLZ_CLS", A64_CLASS_DP_REG, "rd=25 rn=26 sf=1" }, /* cls x25, x26 */
    { 0x14000100, "B", A64_CLASS_BRANCH, "imm=1024" }, /* b .+0x400 */
    { 0x97ffffff, "B", A64_CLASS_BRANCH, "imm=-4" }, /* bl .-0x4 */
    { 0x54000041, "B_cond", A64_CLASS_BRANCH, "imm=8" }, /* b.ne .+0x8 */
    { 0x34000200, "CBZ", A64_CLASS_BRANCH, "rd=0 sf=0 imm=64" }, /* cbz w0, .+0x40 */
    { 0xb5fffe01, "CBZ", A64_CLASS_BRANCH, "rd=1 sf=1 imm=-64" }, /* cbnz x1, .-0x40 */
    { 0x36280062, "TBZ", A64_CLASS_BRANCH, "rd=2 imm=12" }, /* tbz w2, #5, .+0xc */
    { 0xb7ffffc3, "TBZ", A64_CLASS_BRANCH, "rd=3 imm=-8" }, /* tbnz x3, #63, .-0x8 */
    { 0xd61f0080, "BR", A64_CLASS_BRANCH, "rn=4" }, /* br x4 */
    { 0xd63f00a0, "BLR", A64_CLASS_BRANCH, "rn=5" }, /* blr x5 */
    { 0xd65f03c0, "RET", A64_CLASS_BRANCH, "rn=30" }, /* ret */
    { 0xd65f00c0, "RET", A64_CLASS_BRANCH, "rn=6" }, /* ret x6 */
    { 0xd4000021, "SVC", A64_CLASS_SYSTEM, "imm=1" }, /* svc #0x1 */
    { 0xd41fffe2, "HVC", A64_CLASS_SYSTEM, "imm=65535" }, /* hvc #0xffff */
    { 0xd4000003, "SMC", A64_CLASS_SYSTEM, "imm=0" }, /* smc #0x0 */
    { 0xd4207d00, "BRK", A64_CLASS_SYSTEM, "imm=1000" }, /* brk #0x3e8 */
    { 0xd45e0000, "HLT", A64_CLASS_SYSTEM, "imm=61440" }, /* hlt #0xf000 */
    { 0xd69f03e0, "ERET", A64_CLASS_SYSTEM, "" }, /* eret */
    { 0xd503201f, "HINT", A64_CLASS_SYSTEM, "" }, /* nop */
    { 0xd503207f, "HINT", A64_CLASS_SYSTEM, "" }, /* wfi */
    { 0xd503209f, "HINT", A64_CLASS_SYSTEM, "" }, /* sev */
    { 0xd5033f5f, "BARRIER", A64_CLASS_SYSTEM, "" }, /* clrex */
    { 0xd5033f9f, "BARRIER", A64_CLASS_SYSTEM, "" }, /* dsb sy */
    { 0xd5033bbf, "BARRIER", A64_CLASS_SYSTEM, "" }, /* dmb ish */
    { 0xd5033fdf, "BARRIER", A64_CLASS_SYSTEM, "" }, /* isb */
    { 0xd5034fdf, "MSR_imm", A64_CLASS_SYSTEM, "imm=15" }, /* msr daifset, #0xf */
    { 0xd50041bf, "MSR_imm", A64_CLASS_SYSTEM, "imm=1" }, /* msr spsel, #0x1 */
    { 0xd53b4200, "MRS_MSR", A64_CLASS_SYSTEM, "rd=0" }, /* mrs x0, nzcv */
    { 0xd518c001, "MRS_MSR", A64_CLASS_SYSTEM, "rd=1" }, /* msr vbar_el1, x1 */
    { 0xd5384242, "MRS_MSR", A64_CLASS_SYSTEM, "rd=2" }, /* mrs x2, currentel */
    { 0xd508751f, "SYS", A64_CLASS_SYSTEM, "rd=ZR" }, /* ic iallu */
    { 0xd50b7e23, "SYS", A64_CLASS_SYSTEM, "rd=3" }, /* dc civac, x3 */
    { 0xd508871f, "SYS", A64_CLASS_SYSTEM, "rd=ZR" }, /* tlbi vmalle1 */
    { 0xf9400420, "LDST_uimm", A64_CLASS_LDST, "rd=0 rn=1 imm=8" }, /* ldr x0, [x1, #8] */
    { 0x397ffc62, "LDST_uimm", A64_CLASS_LDST, "rd=2 rn=3 imm=4095" }, /* ldrb w2, [x3, #4095] */
    { 0xb9bfffe4, "LDST_uimm", A64_CLASS_LDST, "rd=4 rn=SP imm=16380" }, /* ldrsw x4, [sp, #16380] */
    { 0x790004c5, "LDST_uimm", A64_CLASS_LDST, "rd=5 rn=6 imm=2" }, /* strh w5, [x6, #2] */
    { 0xf98000e0, "LDST_uimm", A64_CLASS_LDST, "rd=0 rn=7 imm=0" }, /* prfm pldl1keep, [x7] */
    { 0xf85ff128, "LDST_imm9", A64_CLASS_LDST, "rd=8 rn=9 imm=-1" }, /* ldur x8, [x9, #-1] */
    { 0xb8500d6a, "LDST_imm9", A64_CLASS_LDST, "rd=10 rn=11 imm=-256" }, /* ldr w10, [x11, #-256]! */
    { 0xf80ff5ac, "LDST_imm9", A64_CLASS_LDST, "rd=12 rn=13 imm=255" }, /* str x12, [x13], #255 */
    { 0x788019ee, "LDST_imm9", A64_CLASS_LDST, "rd=14 rn=15 imm=1" }, /* ldtrsh x14, [x15, #1] */
    { 0x38f26a30, "LDST_reg", A64_CLASS_LDST, "rd=16 rn=17 rm=18 imm=0" }, /* ldrsb w16, [x17, x18] */
    { 0xf875da93, "LDST_reg", A64_CLASS_LDST, "rd=19 rn=20 rm=21 imm=3" }, /* ldr x19, [x20, w21, sxtw #3] */
    { 0xb8387af6, "LDST_reg", A64_CLASS_LDST, "rd=22 rn=23 rm=24 imm=2" }, /* str w22, [x23, x24, lsl #2] */
    { 0x58008019, "LDR_lit", A64_CLASS_LDST, "rd=25 imm=4096" }, /* ldr x25, .+0x1000 */
    { 0x98fffffa, "LDR_lit", A64_CLASS_LDST, "rd=26 imm=-4" }, /* ldrsw x26, .-0x4 */
    { 0xa96007e0, "LDST_pair", A64_CLASS_LDST, "rd=0 ra=1 rn=SP imm=-512" }, /* ldp x0, x1, [sp, #-512] */
    { 0x299f8c82, "LDST_pair", A64_CLASS_LDST, "rd=2 ra=3 rn=4 imm=252" }, /* stp w2, w3, [x4, #252]! */
    { 0x68c118e5, "LDST_pair", A64_CLASS_LDST, "rd=5 ra=6 rn=7 imm=8" }, /* ldpsw x5, x6, [x7], #8 */
    { 0xa8402548, "LDST_pair", A64_CLASS_LDST, "rd=8 ra=9 rn=10 imm=0" }, /* ldnp x8, x9, [x10] */
    { 0xc85f7c20, "LDST_excl", A64_CLASS_LDST, "rd=0 rn=1" }, /* ldxr x0, [x1] */
    { 0xc8027c83, "LDST_excl", A64_CLASS_LDST, "rd=3 rn=4 rm=2" }, /* stxr w2, x3, [x4] */
    { 0x085fffe5, "LDST_excl", A64_CLASS_LDST, "rd=5 rn=SP" }, /* ldaxrb w5, [sp] */
    { 0x4806fd07, "LDST_excl", A64_CLASS_LDST, "rd=7 rn=8 rm=6" }, /* stlxrh w6, w7, [x8] */
    { 0x887f0820, "LDST_excl_pair", A64_CLASS_LDST, "rd=0 ra=2 rn=1" }, /* ldxp w0, w2, [x1] */
    { 0xc82394c4, "LDST_excl_pair", A64_CLASS_LDST, "rd=4 ra=5 rn=6 rm=3" }, /* stlxp w3, x4, x5, [x6] */
    { 0xc8dffd07, "LDST_ordered", A64_CLASS_LDST, "rd=7 rn=8" }, /* ldar x7, [x8] */
    { 0x089ffd49, "LDST_ordered", A64_CLASS_LDST, "rd=9 rn=10" }, /* stlrb w9, [x10] */
    { 0xf8bfc18b, "ATOMIC", A64_CLASS_LDST, "rd=11 rn=12 rm=ZR" }, /* ldapr x11, [x12] */
    { 0xc8a07c41, "CAS", A64_CLASS_LDST, "rd=1 rn=2 rm=0" }, /* cas x0, x1, [x2] */
    { 0x08e3fca4, "CAS", A64_CLASS_LDST, "rd=4 rn=5 rm=3" }, /* casalb w3, w4, [x5] */
    { 0x48267d48, "CASP", A64_CLASS_LDST, "rd=8 rn=10 rm=6" }, /* casp x6, x7, x8, x9, [x10] */
    { 0xf82b01ac, "ATOMIC", A64_CLASS_LDST, "rd=12 rn=13 rm=11" }, /* ldadd x11, x12, [x13] */
    { 0xb8ee43ef, "ATOMIC", A64_CLASS_LDST, "rd=15 rn=SP rm=14" }, /* ldsmaxal w14, w15, [sp] */
    { 0xf8708251, "ATOMIC", A64_CLASS_LDST, "rd=17 rn=18 rm=16" }, /* swpl x16, x17, [x18] */
    { 0xb833129f, "ATOMIC", A64_CLASS_LDST, "rd=DISCARD rn=20 rm=19" }, /* stclr w19, [x20] */
    /* SIMD&FP loads and stores: rd is Vt (not remapped), size log2 bytes (4 = Q) */
    { 0x3dc00420, "LDST_uimm_v", A64_CLASS_FP_LDST, "rd=0 rn=1 imm=16" }, /* ldr q0, [x1, #16] */
    { 0xfc408462, "LDST_imm9_v", A64_CLASS_FP_LDST, "rd=2 rn=3 imm=8" }, /* ldr d2, [x3], #8 */
    { 0xbc1fcfe4, "LDST_imm9_v", A64_CLASS_FP_LDST, "rd=4 rn=SP imm=-4" }, /* str s4, [sp, #-4]! */
    { 0x3c5ff0c5, "LDST_imm9_v", A64_CLASS_FP_LDST, "rd=5 rn=6 imm=-1" }, /* ldur b5, [x6, #-1] */
    { 0x7c297907, "LDST_reg_v", A64_CLASS_FP_LDST, "rd=7 rn=8 rm=9 imm=1" }, /* str h7, [x8, x9, lsl #1] */
    { 0x3cecd96a, "LDST_reg_v", A64_CLASS_FP_LDST, "rd=10 rn=11 rm=12 imm=4" }, /* ldr q10, [x11, w12, sxtw #4] */
    { 0xad410be1, "LDST_pair_v", A64_CLASS_FP_LDST, "rd=1 ra=2 rn=SP imm=32" }, /* ldp q1, q2, [sp, #32] */
    { 0x6cbf10a3, "LDST_pair_v", A64_CLASS_FP_LDST, "rd=3 ra=4 rn=5 imm=-16" }, /* stp d3, d4, [x5], #-16 */
    { 0x2c401d06, "LDST_pair_v", A64_CLASS_FP_LDST, "rd=6 ra=7 rn=8 imm=0" }, /* ldnp s6, s7, [x8] */
    { 0x9c000029, "LDR_lit_v", A64_CLASS_FP_LDST, "rd=9 imm=4" }, /* ldr q9, #4 */
    /* Advanced SIMD structure loads/stores: rd is Vt; imm the post-index
       transfer size (0 without write-back, or when by Xm) */
    { 0x4c407020, "SIMD_LDST_mult", A64_CLASS_SIMD_LDST, "rd=0 rn=1 imm=0" }, /* ld1 {v0.16b}, [x1] */
    { 0x4c402ffe, "SIMD_LDST_mult", A64_CLASS_SIMD_LDST, "rd=30 rn=SP imm=0" }, /* ld1 {v30.2d, v31.2d, v0.2d, v1.2d}, [sp] */
    { 0x0c004460, "SIMD_LDST_mult", A64_CLASS_SIMD_LDST, "rd=0 rn=3" }, /* st3 {v0.4h-v2.4h}, [x3] */
    { 0x4cdf005c, "SIMD_LDST_mult_post", A64_CLASS_SIMD_LDST, "rd=28 rn=2 imm=64" }, /* ld4 {v28.16b-v31.16b}, [x2], #64 */
    { 0x0cdf883f, "SIMD_LDST_mult_post", A64_CLASS_SIMD_LDST, "rd=31 rn=1 imm=16" }, /* ld2 {v31.2s, v0.2s}, [x1], #16 */
    { 0x4c8604bf, "SIMD_LDST_mult_post", A64_CLASS_SIMD_LDST, "rd=31 rn=5 rm=6 imm=0" }, /* st4 {v31.8h, v0.8h, v1.8h, v2.8h}, [x5], x6 */
    { 0x4d401c20, "SIMD_LDST_single", A64_CLASS_SIMD_LDST, "rd=0 rn=1" }, /* ld1 {v0.b}[15], [x1] */
    { 0x4d20b3e0, "SIMD_LDST_single", A64_CLASS_SIMD_LDST, "rd=0 rn=SP" }, /* st4 {v0.s-v3.s}[3], [sp] */
    { 0x0d60ec3f, "SIMD_LDST_single", A64_CLASS_SIMD_LDST, "rd=31 rn=1 imm=0" }, /* ld4r {v31.1d, v0.1d, v1.1d, v2.1d}, [x1] */
    { 0x4ddf2421, "SIMD_LDST_single_post", A64_CLASS_SIMD_LDST, "rd=1 rn=1 imm=3" }, /* ld3 {v1.b-v3.b}[9], [x1], #3 */
    { 0x4d84a421, "SIMD_LDST_single_post", A64_CLASS_SIMD_LDST, "rd=1 rn=1 rm=4 imm=0" }, /* st3 {v1.d-v3.d}[1], [x1], x4 */
    { 0x4ddfec20, "SIMD_LDST_single_post", A64_CLASS_SIMD_LDST, "rd=0 rn=1 imm=24" }, /* ld3r {v0.2d-v2.2d}, [x1], #24 */
    { 0x0dffe020, "SIMD_LDST_single_post", A64_CLASS_SIMD_LDST, "rd=0 rn=1 imm=4" }, /* ld4r {v0.8b-v3.8b}, [x1], #4 */
    /* Scalar FP moves */
    { 0x1e260020, "FMOV_general", A64_CLASS_FP_MOVE, "rd=0 rn=1" }, /* fmov w0, s1 */
    { 0x9e660062, "FMOV_general", A64_CLASS_FP_MOVE, "rd=2 rn=3" }, /* fmov x2, d3 */
    { 0x9e6700a4, "FMOV_general", A64_CLASS_FP_MOVE, "rd=4 rn=5" }, /* fmov d4, x5 */
    { 0x9eaf00e6, "FMOV_general", A64_CLASS_FP_MOVE, "rd=6 rn=7" }, /* fmov v6.d[1], x7 */
    { 0x9eae0128, "FMOV_general", A64_CLASS_FP_MOVE, "rd=8 rn=9" }, /* fmov x8, v9.d[1] */
    { 0x1e20416a, "FMOV_reg", A64_CLASS_FP_MOVE, "rd=10 rn=11" }, /* fmov s10, s11 */
    { 0x1e60c1ac, "FMOV_reg", A64_CLASS_FP_MOVE, "rd=12 rn=13" }, /* fabs d12, d13 */
    { 0x1e2141ee, "FMOV_reg", A64_CLASS_FP_MOVE, "rd=14 rn=15" }, /* fneg s14, s15 */
    { 0x1e6e1010, "FMOV_imm", A64_CLASS_FP_MOVE, "rd=16 imm=0x3ff0000000000000" }, /* fmov d16, #1.0 */
    { 0x1e381011, "FMOV_imm", A64_CLASS_FP_MOVE, "rd=17 imm=0xbe000000" }, /* fmov s17, #-0.125 */
    /* Scalar FP data processing: size is the operand width in bits */
    { 0x1e222820, "FP_DP2", A64_CLASS_FP_DP, "rd=0 rn=1 rm=2" }, /* fadd s0, s1, s2 */
    { 0x1e650883, "FP_DP2", A64_CLASS_FP_DP, "rd=3 rn=4 rm=5" }, /* fmul d3, d4, d5 */
    { 0x1e2818e6, "FP_DP2", A64_CLASS_FP_DP, "rd=6 rn=7 rm=8" }, /* fdiv s6, s7, s8 */
    { 0x1e6b8949, "FP_DP2", A64_CLASS_FP_DP, "rd=9 rn=10 rm=11" }, /* fnmul d9, d10, d11 */
    { 0x1e2e69ac, "FP_DP2", A64_CLASS_FP_DP, "rd=12 rn=13 rm=14" }, /* fmaxnm s12, s13, s14 */
    { 0x1f514a0f, "FP_DP3", A64_CLASS_FP_DP, "rd=15 rn=16 rm=17 ra=18" }, /* fmadd d15, d16, d17, d18 */
    { 0x1f35da93, "FP_DP3", A64_CLASS_FP_DP, "rd=19 rn=20 rm=21 ra=22" }, /* fnmsub s19, s20, s21, s22 */
    { 0x1e7822e0, "FCMP", A64_CLASS_FP_DP, "rn=23 rm=24" }, /* fcmp d23, d24 */
    { 0x1e202338, "FCMP", A64_CLASS_FP_DP, "rn=25" }, /* fcmpe s25, #0.0 */
    { 0x1e7b1744, "FCCMP", A64_CLASS_FP_DP, "rn=26 rm=27 imm=1" }, /* fccmp d26, d27, #0x4, ne */
    { 0x1e3ebfbc, "FCSEL", A64_CLASS_FP_DP, "rd=28 rn=29 rm=30 imm=11" }, /* fcsel s28, s29, s30, lt */
    { 0x1e22c020, "FCVT_prec", A64_CLASS_FP_DP, "rd=0 rn=1 imm=64" }, /* fcvt d0, s1 */
    { 0x1e63c062, "FCVT_prec", A64_CLASS_FP_DP, "rd=2 rn=3 imm=16" }, /* fcvt h2, d3 */
    { 0x1e25c0a4, "FRINT", A64_CLASS_FP_DP, "rd=4 rn=5 imm=0" }, /* frintz s4, s5 */
    { 0x1e6740e6, "FRINT", A64_CLASS_FP_DP, "rd=6 rn=7 imm=1" }, /* frintx d6, d7 */
    { 0x1e61c128, "FMOV_reg", A64_CLASS_FP_MOVE, "rd=8 rn=9" }, /* fsqrt d8, d9 */
    { 0x1e78016a, "FP_INT_CONV", A64_CLASS_FP_DP, "rd=10 rn=11 imm=32" }, /* fcvtzs w10, d11 */
    { 0x9e2501ac, "FCVTA", A64_CLASS_FP_DP, "rd=12 rn=13 imm=64" }, /* fcvtau x12, s13 */
    { 0x9e6201ee, "FP_INT_CONV", A64_CLASS_FP_DP, "rd=14 rn=15 imm=64" }, /* scvtf d14, x15 */
    { 0x1e03e230, "FP_FIXED_CONV", A64_CLASS_FP_DP, "rd=16 rn=17 imm=32" }, /* ucvtf s16, w17, #8 */
    { 0x9e588272, "FP_FIXED_CONV", A64_CLASS_FP_DP, "rd=18 rn=19 imm=64" }, /* fcvtzs x18, d19, #32 */
    /* Advanced SIMD copy, permute, extract, table lookup, modified immediate:
       imm is the element index (copy), byte position (EXT), number of table
       registers (TBL/TBX) or the expanded 64-bit immediate */
    { 0x4e1c0420, "DUP_element", A64_CLASS_SIMD_MOVE, "rd=0 rn=1 imm=3" }, /* dup v0.4s, v1.s[3] */
    { 0x0e010c62, "DUP_general", A64_CLASS_SIMD_MOVE, "rd=2 rn=3" }, /* dup v2.8b, w3 */
    { 0x4e161ca4, "INS_general", A64_CLASS_SIMD_MOVE, "rd=4 rn=5 imm=5" }, /* mov v4.h[5], w5 */
    { 0x0e133ce6, "UMOV", A64_CLASS_SIMD_MOVE, "rd=6 rn=7 imm=9" }, /* umov w6, v7.b[9] */
    { 0x4e183d28, "UMOV", A64_CLASS_SIMD_MOVE, "rd=8 rn=9 imm=1 sf=1" }, /* mov x8, v9.d[1] */
    { 0x4e142d6a, "SMOV", A64_CLASS_SIMD_MOVE, "rd=10 rn=11 imm=2 sf=1" }, /* smov x10, v11.s[2] */
    { 0x6e0c65ac, "INS_element", A64_CLASS_SIMD_MOVE, "rd=12 rn=13 imm=1" }, /* mov v12.s[1], v13.s[3] */
    { 0x5e1e05ee, "DUP_element_scalar", A64_CLASS_SIMD_MOVE, "rd=14 rn=15 imm=7" }, /* mov h14, v15.h[7] */
    { 0x4e523a30, "ZIP1", A64_CLASS_SIMD_MOVE, "rd=16 rn=17 rm=18" }, /* zip1 v16.8h, v17.8h, v18.8h */
    { 0x4ed55a93, "UZP2", A64_CLASS_SIMD_MOVE, "rd=19 rn=20 rm=21 imm=1" }, /* uzp2 v19.2d, v20.2d, v21.2d */
    { 0x0e182af6, "TRN1", A64_CLASS_SIMD_MOVE, "rd=22 rn=23 rm=24 imm=0" }, /* trn1 v22.8b, v23.8b, v24.8b */
    { 0x6e1b6b59, "EXT", A64_CLASS_SIMD_MOVE, "rd=25 rn=26 rm=27 imm=13" }, /* ext v25.16b, v26.16b, v27.16b, #13 */
    { 0x4e1d43dc, "TBL", A64_CLASS_SIMD_MOVE, "rd=28 rn=30 rm=29 imm=3" }, /* tbl v28.16b, {v30.16b, v31.16b, v0.16b}, v29.16b */
    { 0x0e031041, "TBX", A64_CLASS_SIMD_MOVE, "rd=1 rn=2 rm=3 imm=1" }, /* tbx v1.8b, {v2.16b}, v3.8b */
    { 0x4f054564, "SIMD_MOD_IMM", A64_CLASS_SIMD_MOVE, "rd=4 imm=0x00ab000000ab0000" }, /* movi v4.4s, #0xab, lsl #16 */
    { 0x6f00a645, "SIMD_MOD_IMM", A64_CLASS_SIMD_MOVE, "rd=5 imm=0xedffedffedffedff" }, /* mvni v5.8h, #0x12, lsl #8 */
    { 0x0f0777e6, "SIMD_MOD_IMM", A64_CLASS_SIMD_MOVE, "rd=6 imm=0xff000000ff000000" }, /* orr v6.2s, #0xff, lsl #24 */
    { 0x2f009427, "SIMD_MOD_IMM", A64_CLASS_SIMD_MOVE, "rd=7 imm=0x0001000100010001" }, /* bic v7.4h, #0x1 */
    { 0x2f05e548, "SIMD_MOD_IMM", A64_CLASS_SIMD_MOVE, "rd=8 imm=0xff00ff00ff00ff00" }, /* movi d8, #0xff00ff00ff00ff00 */
    { 0x4f03f609, "SIMD_MOD_IMM", A64_CLASS_SIMD_MOVE, "rd=9 imm=0x3f8000003f800000" }, /* fmov v9.4s, #1.0 */
    { 0x6f06f40a, "SIMD_MOD_IMM", A64_CLASS_SIMD_MOVE, "rd=10 imm=0xbfc0000000000000" }, /* fmov v10.2d, #-0.125 */
    { 0x0f01d68b, "SIMD_MOD_IMM", A64_CLASS_SIMD_MOVE, "rd=11 imm=0x0034ffff0034ffff" }, /* movi v11.2s, #0x34, msl #16 */
    /* Advanced SIMD integer: imm is the shift or the element index */
    { 0x4ea28420, "SIMD_three_same_10", A64_CLASS_SIMD_INT, "rd=0 rn=1 rm=2" }, /* add v0.4s, v1.4s, v2.4s */
    { 0x0e250c83, "SIMD_three_same_0", A64_CLASS_SIMD_INT, "rd=3 rn=4 rm=5" }, /* sqadd v3.8b, v4.8b, v5.8b */
    { 0x7e682ce6, "SIMD_scalar_three_same_0", A64_CLASS_SIMD_INT, "rd=6 rn=7 rm=8" }, /* uqsub h6, h7, h8 */
    { 0x6e741e72, "SIMD_three_same_0", A64_CLASS_SIMD_INT, "rd=18 rn=19 rm=20" }, /* bsl v18.16b, v19.16b, v20.16b */
    { 0x6fba4b38, "SIMD_elem_mla", A64_CLASS_SIMD_INT, "rd=24 rn=25 rm=26 imm=3" }, /* mls v24.4s, v25.4s, v26.s[3] */
    { 0x5fbdc39b, "SIMD_scalar_elem_sqdmulh", A64_CLASS_SIMD_INT, "rd=27 rn=28 rm=29 imm=1" }, /* sqdmulh s27, s28, v29.s[1] */
    { 0x0f7fc820, "SIMD_elem_sqdmulh", A64_CLASS_SIMD_INT, "rd=0 rn=1 rm=15 imm=7" }, /* sqdmulh v0.4h, v1.4h, v15.h[7] */
    { 0x4eb03bfe, "SIMD_addlv", A64_CLASS_SIMD_INT, "rd=30 rn=31" }, /* saddlv d30, v31.4s */
    { 0x6e31a820, "SIMD_maxv_minv", A64_CLASS_SIMD_INT, "rd=0 rn=1" }, /* uminv b0, v1.16b */
    { 0x5ef1b862, "SIMD_scalar_addp", A64_CLASS_SIMD_INT, "rd=2 rn=3" }, /* addp d2, v3.2d */
    { 0x4f402420, "SIMD_shift_d", A64_CLASS_SIMD_INT, "rd=0 rn=1 imm=64" }, /* srshr v0.2d, v1.2d, #64 */
    { 0x7f7f54a4, "SIMD_scalar_shift_d", A64_CLASS_SIMD_INT, "rd=4 rn=5 imm=63" }, /* sli d4, d5, #63 */
    { 0x7f0f64e6, "SIMD_scalar_shift_b", A64_CLASS_SIMD_INT, "rd=6 rn=7 imm=7" }, /* sqshlu b6, b7, #7 */
    { 0x6f088d6a, "SIMD_shift_narrow_b", A64_CLASS_SIMD_INT, "rd=10 rn=11 imm=8" }, /* sqrshrun2 v10.16b, v11.8h, #8 */
    { 0x7f3f9dac, "SIMD_scalar_shift_narrow_s", A64_CLASS_SIMD_INT, "rd=12 rn=13 imm=1" }, /* uqrshrn s12, d13, #1 */
    { 0x4f3fa630, "SIMD_shift_narrow_s", A64_CLASS_SIMD_INT, "rd=16 rn=17 imm=31" }, /* sshll2 v16.2d, v17.4s, #31 */
    { 0x4e201820, "SIMD_2reg_misc_00", A64_CLASS_SIMD_INT, "rd=0 rn=1" }, /* rev16 v0.16b, v1.16b */
    { 0x7ee078a4, "SIMD_scalar_2reg_misc_0x011", A64_CLASS_SIMD_INT, "rd=4 rn=5" }, /* sqneg d4, d5 */
    { 0x6e612928, "SIMD_2reg_misc_1001", A64_CLASS_SIMD_INT, "rd=8 rn=9" }, /* sqxtun2 v8.8h, v9.4s */
    { 0x7ee0996a, "SIMD_scalar_2reg_misc_010", A64_CLASS_SIMD_INT, "rd=10 rn=11" }, /* cmle d10, d11, #0 */
    { 0x7e614a30, "SIMD_scalar_2reg_misc_10100", A64_CLASS_SIMD_INT, "rd=16 rn=17" }, /* uqxtn h16, s17 */
    { 0x0e629020, "SIMD_three_diff", A64_CLASS_SIMD_INT, "rd=0 rn=1 rm=2" }, /* sqdmlal v0.4s, v1.4h, v2.4h */
    { 0x5ea5d083, "SIMD_scalar_three_diff", A64_CLASS_SIMD_INT, "rd=3 rn=4 rm=5" }, /* sqdmull d3, s4, s5 */
    { 0x6fab6949, "SIMD_elem_long", A64_CLASS_SIMD_INT, "rd=9 rn=10 rm=11 imm=3" }, /* umlsl2 v9.2d, v10.4s, v11.s[3] */
    { 0x5f7e79ac, "SIMD_scalar_elem_sqdmlal", A64_CLASS_SIMD_INT, "rd=12 rn=13 rm=14 imm=7" }, /* sqdmlsl s12, h13, v14.h[7] */
    { 0x4e22d420, "SIMD_FP_three_same", A64_CLASS_SIMD_FP, "rd=0 rn=1 rm=2" }, /* fadd v0.4s, v1.4s, v2.4s */
    { 0x4e65cc83, "SIMD_FP_three_same", A64_CLASS_SIMD_FP, "rd=3 rn=4 rm=5" }, /* fmla v3.2d, v4.2d, v5.2d */
    { 0x6e2bd549, "SIMD_FP_three_same", A64_CLASS_SIMD_FP, "rd=9 rn=10 rm=11" }, /* faddp v9.4s, v10.4s, v11.4s */
    { 0x7eaed5ac, "SIMD_FP_scalar_three_same", A64_CLASS_SIMD_FP, "rd=12 rn=13 rm=14" }, /* fabd s12, s13, s14 */
    { 0x7ef1ee0f, "SIMD_FP_scalar_three_same", A64_CLASS_SIMD_FP, "rd=15 rn=16 rm=17" }, /* facgt d15, d16, d17 */
    { 0x4fb49a72, "SIMD_FP_elem_fmul", A64_CLASS_SIMD_FP, "rd=18 rn=19 rm=20 imm=3" }, /* fmul v18.4s, v19.4s, v20.s[3] */
    { 0x4fdf1ad5, "SIMD_FP_elem_fmla", A64_CLASS_SIMD_FP, "rd=21 rn=22 rm=31 imm=1" }, /* fmla v21.2d, v22.2d, v31.d[1] */
    { 0x7f999b17, "SIMD_FP_scalar_elem_fmul", A64_CLASS_SIMD_FP, "rd=23 rn=24 rm=25 imm=2" }, /* fmulx s23, s24, v25.s[2] */
    { 0x5fdc537a, "SIMD_FP_scalar_elem_fmla", A64_CLASS_SIMD_FP, "rd=26 rn=27 rm=28 imm=0" }, /* fmls d26, d27, v28.d[0] */
    { 0x7e70cbdd, "SIMD_FP_scalar_pairwise", A64_CLASS_SIMD_FP, "rd=29 rn=30" }, /* fmaxnmp d29, v30.2d */
    { 0x6eb0f820, "SIMD_FP_across", A64_CLASS_SIMD_FP, "rd=0 rn=1" }, /* fminv s0, v1.4s */
    { 0x4ea1b820, "SIMD_fp_2reg_misc_11", A64_CLASS_SIMD_FP, "rd=0 rn=1" }, /* fcvtzs v0.4s, v1.4s */
    { 0x4e619862, "SIMD_fp_2reg_misc_11", A64_CLASS_SIMD_FP, "rd=2 rn=3" }, /* frintm v2.2d, v3.2d */
    { 0x7ee0d8a4, "SIMD_scalar_fp_2reg_misc_011", A64_CLASS_SIMD_FP, "rd=4 rn=5" }, /* fcmle d4, d5, #0.0 */
    { 0x6e6168e6, "SIMD_fp_2reg_misc_1011", A64_CLASS_SIMD_FP, "rd=6 rn=7" }, /* fcvtxn2 v6.4s, v7.2d */
    { 0x0e217928, "SIMD_fp_2reg_misc_1011", A64_CLASS_SIMD_FP, "rd=8 rn=9" }, /* fcvtl v8.4s, v9.4h */
    { 0x4f40e56a, "SIMD_fp_shift_d", A64_CLASS_SIMD_FP, "rd=10 rn=11" }, /* scvtf v10.2d, v11.2d, #64 */
    { 0x7f3ffdac, "SIMD_scalar_fp_shift_s", A64_CLASS_SIMD_FP, "rd=12 rn=13" }, /* fcvtzu s12, s13, #1 */
    { 0x5ee1f9ee, "SIMD_scalar_fp_2reg_misc_11", A64_CLASS_SIMD_FP, "rd=14 rn=15" }, /* frecpx d14, d15 */
    { 0x7e6168a4, "SIMD_scalar_fcvtxn", A64_CLASS_SIMD_FP, "rd=4 rn=5" }, /* fcvtxn s4, d5 */
    /* Cryptographic Extension (GNU as -march=armv8-a+crypto) */
    { 0x4e284820, "AESE", A64_CLASS_CRYPTO, "rd=0 rn=1" }, /* aese v0.16b, v1.16b */
    { 0x4e285862, "AESD", A64_CLASS_CRYPTO, "rd=2 rn=3" }, /* aesd v2.16b, v3.16b */
    { 0x4e2868a4, "AESMC", A64_CLASS_CRYPTO, "rd=4 rn=5" }, /* aesmc v4.16b, v5.16b */
    { 0x4e287be6, "AESIMC", A64_CLASS_CRYPTO, "rd=6 rn=31" }, /* aesimc v6.16b, v31.16b */
    { 0x5e020020, "SHA1C", A64_CLASS_CRYPTO, "rd=0 rn=1 rm=2" }, /* sha1c q0, s1, v2.4s */
    { 0x5e051083, "SHA1P", A64_CLASS_CRYPTO, "rd=3 rn=4 rm=5" }, /* sha1p q3, s4, v5.4s */
    { 0x5e0820e6, "SHA1M", A64_CLASS_CRYPTO, "rd=6 rn=7 rm=8" }, /* sha1m q6, s7, v8.4s */
    { 0x5e0b3149, "SHA1SU0", A64_CLASS_CRYPTO, "rd=9 rn=10 rm=11" }, /* sha1su0 v9.4s, v10.4s, v11.4s */
    { 0x5e0e41ac, "SHA256H", A64_CLASS_CRYPTO, "rd=12 rn=13 rm=14" }, /* sha256h q12, q13, v14.4s */
    { 0x5e11520f, "SHA256H2", A64_CLASS_CRYPTO, "rd=15 rn=16 rm=17" }, /* sha256h2 q15, q16, v17.4s */
    { 0x5e146272, "SHA256SU1", A64_CLASS_CRYPTO, "rd=18 rn=19 rm=20" }, /* sha256su1 v18.4s, v19.4s, v20.4s */
    { 0x5e280ad5, "SHA1H", A64_CLASS_CRYPTO, "rd=21 rn=22" }, /* sha1h s21, s22 */
    { 0x5e281b17, "SHA1SU1", A64_CLASS_CRYPTO, "rd=23 rn=24" }, /* sha1su1 v23.4s, v24.4s */
    { 0x5e282b59, "SHA256SU0", A64_CLASS_CRYPTO, "rd=25 rn=26" }, /* sha256su0 v25.4s, v26.4s */
    { 0x0ee2e020, "PMULL_1q", A64_CLASS_CRYPTO, "rd=0 rn=1 rm=2" }, /* pmull v0.1q, v1.1d, v2.1d */
    { 0x4efde39b, "PMULL_1q", A64_CLASS_CRYPTO, "rd=27 rn=28 rm=29" }, /* pmull2 v27.1q, v28.2d, v29.2d */
    { 0x0e22e020, "SIMD_three_diff", A64_CLASS_SIMD_INT, "rd=0 rn=1 rm=2" }, /* pmull v0.8h, v1.8b, v2.8b: the other member of PMULL_1q's group */
};

/* UNDEFINED words, each with the Arm ARM (DDI 0487) reason. */
typedef struct UndefCase {
    uint32_t insn;
    const char *why;
} UndefCase;

static const UndefCase undefined[] = {
    { 0x00000000, "UDF #0: permanently UNDEFINED (C6.2 UDF)" },
    { 0x9200fc20, "AND (immediate) N=0 imms=111111: DecodeBitMasks len < 1, reserved" },
    { 0x9240fc20, "AND (immediate) N=1 imms=111111: all-ones element, reserved" },
    { 0x1200f820, "AND (immediate) 32-bit N=0 imms=111110: len < 1, reserved" },
    { 0x12400020, "AND (immediate) sf=0 N=1: 'if sf == 0 && N != 0 then UNDEFINED'" },
    { 0x0b028020, "ADD (shifted register) 32-bit imm6=32: 'if sf == 0 && imm6<5> == 1'" },
    { 0x8bc20020, "ADD (shifted register) shift=11 (ROR): reserved" },
    { 0x2a028020, "ORR (shifted register) 32-bit imm6=32: 'if sf == 0 && imm6<5> == 1'" },
    { 0x8b3f7420, "ADD (extended register) imm3=101: 'if shift > 4 then UNDEFINED'" },
    { 0xb8c00c20, "LDRSW (immediate, pre-index) size=10 opc=11: unallocated" },
    { 0xf9c00020, "LDR (unsigned offset) size=11 opc=11: unallocated" },
    { 0xf8800420, "PRFM post-index (size=11 opc=10 idx=01): unallocated" },
    { 0xe9400020, "LDP opc=11 V=0: unallocated" },
    { 0x69000000, "STGP (opc=01 L=0): FEAT_MTE not implemented" },
    { 0xb2800000, "Move wide opc=01: unallocated" },
    { 0x52c00000, "MOVZ 32-bit hw=10: 'if sf == 0 && hw<1> == 1 then UNDEFINED'" },
    { 0xb3000000, "BFM sf=1 N=0: 'if sf == 1 && N != 1 then UNDEFINED'" },
    { 0xd3000000, "UBFM sf=1 N=0: 'if sf == 1 && N != 1 then UNDEFINED'" },
    { 0x93a00020, "EXTR op21=01: unallocated" },
    { 0x1b200000, "SMADDL sf=0: unallocated" },
    { 0xfa400010, "CCMP (register) o3=1: unallocated" },
    { 0x5ac00c20, "REV 32-bit with opc=11: unallocated" },
    { 0xdac10020, "PACIA (Data-processing 1 source, opcode2=00001): FEAT_PAuth not implemented" },
    { 0x1ac24c20, "CRC32X with sf=0: unallocated" },
    { 0x9ac24020, "CRC32B with sf=1: unallocated" },
    { 0x91800000, "ADDG (add/subtract immediate with tags): FEAT_MTE not implemented" },
    { 0x54000010, "B.cond with o0=1 (BC.cond): FEAT_HBC not implemented" },
    { 0xd61f0021, "BR with op4 != 00000: unallocated" },
    { 0xd65f0bff, "RETAA: FEAT_PAuth not implemented" },
    { 0xd69f0bff, "ERETAA: FEAT_PAuth not implemented" },
    { 0xd6bf03e0, "DRPS: UNDEFINED in Non-debug state" },
    { 0xd4a00001, "DCPS1: UNDEFINED in Non-debug state" },
    { 0xd4000005, "SVC encoding with op2=001: unallocated (exception generation)" },
    { 0xd503301f, "Barrier CRm=0000 op2=000: unallocated" },
    { 0xd50330ff, "SB: FEAT_SB not implemented" },
    { 0xd500401f, "CFINV (MSR immediate op1=000 op2=000): FEAT_FlagM not implemented" },
    { 0xd500403f, "XAFLAG: FEAT_FlagM2 not implemented" },
    { 0xd5280000, "SYSL x0, #0, c0, c0, #0: no SYSL encoding is implemented" },
    { 0x88df7c20, "LDLAR w0, [x1]: FEAT_LOR not implemented" },
    { 0x08217c22, "CASP with Rs odd: 'if Rs<0> == 1 then UNDEFINED'" },
    { 0x08207c23, "CASP with Rt odd: 'if Rt<0> == 1 then UNDEFINED'" },
    { 0x08200000, "Exclusive pair space, sz=0 o1=1 with Rt2 != 11111: unallocated" },
    { 0xf8600820, "LDR (register) option=000: 'if option<1> == 0 then UNDEFINED'" },
    { 0xf8bfc420, "LDRAB: FEAT_PAuth not implemented" },
    /* Advanced SIMD moves (C4.1.97) */
    { 0x0e080420, "DUP v0.1d, v1.d[0]: DUP (element) size=3 Q=0 reserved" },
    { 0x4e000420, "DUP (element) imm5=00000: 'if size > 3 then UNDEFINED'" },
    { 0x4e100c20, "DUP (general) imm5=10000: size > 3, UNDEFINED" },
    { 0x0e083c20, "UMOV w0, v1.d[0]: Q:imm5 = 0x1000 is UNDEFINED" },
    { 0x4e043c20, "UMOV x0, v1.s[0]: Q:imm5 = 1xx100 is UNDEFINED" },
    { 0x0e042c20, "SMOV w0, v1.s[0]: Q:imm5 = 0xx100 is UNDEFINED" },
    { 0x4e082c20, "SMOV x0, v1.d[0]: Q:imm5 = xx1000 is UNDEFINED" },
    { 0x6e002c20, "INS (element) imm5=00000: size > 3, UNDEFINED" },
    { 0x4e101c20, "INS (general) imm5=10000: size > 3, UNDEFINED" },
    { 0x5e100420, "DUP (element, scalar) imm5=10000: size > 3, UNDEFINED" },
    { 0x4e011420, "Advanced SIMD copy op=0 imm4=0010: unallocated" },
    { 0x2e011420, "Advanced SIMD copy Q=0 op=1: unallocated" },
    { 0x0ec23820, "ZIP1 size=11 Q=0 (.1d): reserved" },
    { 0x4e020820, "Advanced SIMD permute opcode=000: unallocated" },
    { 0x4e024820, "Advanced SIMD permute opcode=100: unallocated" },
    { 0x2e024020, "EXT Q=0 imm4<3>=1: 'if Q == 0 && imm4<3> == 1 then UNDEFINED'" },
    { 0x6e420020, "Advanced SIMD extract op2=01: unallocated" },
    { 0x4e820020, "Advanced SIMD table lookup op2=10: unallocated" },
    { 0x2f00f400, "FMOV (vector, immediate) double with Q=0: 'if Q == 0 then UNDEFINED'" },
    { 0x4f00fc00, "FMOV v0.8h, #2.0 (modified immediate o2=1): FEAT_FP16 not implemented" },
    { 0x0c408c20, "LD2 (multiple structures) .1d: 'if size:Q == '110' && selem != 1 then UNDEFINED'" },
    { 0x4c401020, "Advanced SIMD load/store multiple structures, opcode 0001: unallocated" },
    { 0x4c417020, "LD1 (multiple structures, no post-index) with bits 21:16 != 000000: unallocated" },
    { 0x4d00c020, "ST1R (single structure L = 0, opcode 110): unallocated ('if L == '0' || S == '1'')" },
    { 0x0d409420, "LD1 (single structure) D with S = 1: 'if S == '1' then UNDEFINED'" },
    { 0x0ee08400, "ADD (vector) size:Q = 110 (.1d): reserved" },
    { 0x6e609c00, "PMUL (vector) size = 01: 'if size != 00 then UNDEFINED'" },
    { 0x0ee00400, "SHADD (vector) size = 11: reserved" },
    { 0x5e200400, "SHADD scalar: unallocated in scalar three same" },
    { 0x5e208400, "ADD (scalar) size = 00: 'if size != 11 then UNDEFINED'" },
    { 0x0e20b400, "SQDMULH (vector) size = 00: reserved" },
    { 0x0f008000, "MUL (by element) size = 00: reserved" },
    { 0x0eb1b800, "ADDV size:Q = 100 (.2s): reserved" },
    { 0x5e31b800, "ADDP (scalar) size = 00: 'if size != 11 then UNDEFINED'" },
    { 0x0f400400, "SSHR (vector) immh = 1xxx with Q = 0: reserved" },
    { 0x5f080400, "SSHR (scalar) immh = 0001: 'if immh<3> != 1 then UNDEFINED'" },
    { 0x4f408400, "SHRN immh = 1xxx: reserved" },
    { 0x5f088400, "SHRN has no scalar form (U = 0, opcode 10000)" },
    { 0x4e601800, "REV16 (vector) size = 01: 'if UInt(op) + UInt(size) >= 3'" },
    { 0x6ee04800, "CLZ (vector) size = 11: reserved" },
    { 0x0e213800, "Two-register misc U = 0 opcode 10011 (SHLL is U = 1): unallocated" },
    { 0x5e208800, "CMGT (zero, scalar) size = 00: 'if size != 11 then UNDEFINED'" },
    { 0x2ee0e000, "PMULL v0.1q encoding with U = 1: unallocated" },
    { 0x4e684820, "AESE size = 01: unallocated" },
    { 0x4e288820, "Cryptographic AES opcode 01000: unallocated" },
    { 0x5e027020, "Cryptographic three-register SHA opcode 111: unallocated" },
    { 0x5e420020, "SHA1C size = 01: unallocated" },
    { 0x5e283820, "Cryptographic two-register SHA opcode 00011: unallocated" },
    { 0x0e209000, "SQDMLAL (vector) size = 00: reserved" },
    { 0x5e209000, "SQDMLAL (scalar) size = 00: reserved" },
    { 0x2e20d000, "SQDMULL with U = 1: unallocated" },
    { 0x0e60d400, "FADD (vector) sz:Q = 10: reserved" },
    { 0x0e20ec00, "Three same FP U = 0, a = 0, opcode 11101: FMLAL (FEAT_FHM)" },
    { 0x0e401400, "FADD (vector) half precision: FEAT_FP16" },
    { 0x5e20d400, "FADD has no scalar three same form" },
    { 0x0f401000, "FMLA (by element) size = 01: reserved" },
    { 0x0fc01000, "FMLA (by element) double with Q = 0: reserved" },
    { 0x4fe01000, "FMLA (by element) double with L = 1: reserved" },
    { 0x4f001000, "FMLA (by element) half precision: FEAT_FP16" },
    { 0x7eb0d800, "FADDP (scalar) with o1 = 1: unallocated" },
    { 0x5e30d800, "FADDP (scalar) half precision (U = 0): FEAT_FP16" },
    { 0x2e30f800, "FMAXV Q = 0: reserved" },
    { 0x6e70f800, "FMAXV sz = 1: reserved" },
    { 0x0ee1b820, "FCVTZS (vector, integer) sz:Q = 10 (.1d): reserved" },
    { 0x2e216820, "FCVTXN (vector) sz = 0: 'if sz == '0' then UNDEFINED'" },
    { 0x7e2168a4, "FCVTXN (scalar) sz = 0: 'if sz == '0' then UNDEFINED'" },
    { 0x6e61e820, "FRINT32X v0.2d (FEAT_FRINTTS): not implemented" },
    { 0x4ea16820, "BFCVTN2 v0.8h, v1.4s (FEAT_BF16): not implemented" },
    { 0x4ee1f820, "FRECPX has no vector form (U = 0, size 1x, opcode 11111)" },
    { 0x5ee0f820, "FABS has no Advanced SIMD scalar form" },
    { 0x0ea1c820 | (1u << 22), "URECPE (vector) sz = 1: 'if sz == '1' then UNDEFINED'" },
    { 0x0f10fc20, "FCVTZS (vector, fixed-point) immh = 001x: FEAT_FP16 not implemented" },
    { 0x0f40fc20, "FCVTZS (vector, fixed-point) immh = 1xxx with Q = 0: reserved" },
    { 0x0f20f420, "Shift by immediate opcode 11110: unallocated" },
    { 0x0ef8f820, "FABS v0.4h (FEAT_FP16 two-register misc): not implemented" },
};

/* ---- field checks ---- */

static long parse_value(const char *s)
{
    if (!strcmp(s, "ZR"))
        return REG_ZR;
    if (!strcmp(s, "SP"))
        return REG_SP;
    if (!strcmp(s, "DISCARD"))
        return REG_DISCARD;
    if (!strncmp(s, "0x", 2))
        return (long)strtoull(s, NULL, 16);
    return strtol(s, NULL, 10);
}

/* Returns the number of mismatching fields, printing each. */
static int check_fields(const DecodeCase *c, const DecodedInsn *d)
{
    char buf[128];
    int bad = 0;
    snprintf(buf, sizeof buf, "%s", c->fields);
    for (char *save = NULL, *tok = strtok_r(buf, " ", &save); tok;
         tok = strtok_r(NULL, " ", &save)) {
        char *eq = strchr(tok, '=');
        assert_non_null(eq);
        *eq = 0;
        long want = parse_value(eq + 1);
        long got = 0;
        if (!strcmp(tok, "rd"))
            got = d->rd;
        else if (!strcmp(tok, "rn"))
            got = d->rn;
        else if (!strcmp(tok, "rm"))
            got = d->rm;
        else if (!strcmp(tok, "ra"))
            got = d->ra;
        else if (!strcmp(tok, "sf"))
            got = d->sf;
        else if (!strcmp(tok, "imm"))
            got = (long)d->imm;
        else
            fail_msg("unknown field '%s' in the table", tok);
        if (got != want) {
            print_error("0x%08x %s: %s = %ld (0x%lx), expected %ld (0x%lx)\n", c->insn,
                        c->pattern, tok, got, (unsigned long)got, want, (unsigned long)want);
            bad++;
        }
    }
    return bad;
}

static void test_known_encodings(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        const DecodeCase *c = &known[i];
        DecodedInsn d;
        int idx = decode_insn(c->insn, &d);
        if (idx < 0) {
            print_error("0x%08x: UNDEFINED, expected %s\n", c->insn, c->pattern);
            bad++;
            continue;
        }
        if (strcmp(a64_pattern_name(idx), c->pattern) || a64_pattern_class(idx) != c->cls) {
            print_error("0x%08x: %s/%s, expected %s/%s\n", c->insn, a64_pattern_name(idx),
                        a64_class_name(a64_pattern_class(idx)), c->pattern,
                        a64_class_name(c->cls));
            bad++;
        }
        if (a64_match(c->insn) != idx) {
            print_error("0x%08x: a64_match %d, decode_insn %d\n", c->insn, a64_match(c->insn), idx);
            bad++;
        }
        if (!d.fn || d.fn == exec_undefined || d.insn != c->insn) {
            print_error("0x%08x: decoded without a handler or without the word\n", c->insn);
            bad++;
        }
        bad += check_fields(c, &d);
    }
    assert_int_equal(bad, 0);
}

static void test_undefined_encodings(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof undefined / sizeof undefined[0]; i++) {
        const UndefCase *c = &undefined[i];
        DecodedInsn d;
        int idx = decode_insn(c->insn, &d);
        if (idx >= 0 || d.fn != exec_undefined || d.insn != c->insn) {
            print_error("0x%08x decodes as %s, expected UNDEFINED (%s)\n", c->insn,
                        a64_pattern_name(idx), c->why);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* Every class of the spec is covered by the table, and it is big enough. */
static void test_table_covers_every_class(void **state)
{
    (void)state;
    /* Every class that has patterns has at least 5 known encodings here. */
    unsigned per_class[A64_CLASS_COUNT] = { 0 }, patterns[A64_CLASS_COUNT] = { 0 };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        per_class[known[i].cls]++;
    for (int p = 0; p < A64_PATTERN_COUNT; p++)
        patterns[a64_pattern_class(p)]++;
    for (unsigned c = A64_CLASS_NONE + 1; c < A64_CLASS_COUNT; c++)
        if (patterns[c])
            assert_true(per_class[c] >= 5);
    assert_true(sizeof known / sizeof known[0] + sizeof undefined / sizeof undefined[0] >= 60);
}

/* The class names, and a pattern name for every index. */
static void test_pattern_names(void **state)
{
    (void)state;
    assert_string_equal(a64_class_name(A64_CLASS_DP_IMM), "dp_imm");
    assert_string_equal(a64_class_name(A64_CLASS_LDST), "ldst");
    assert_string_equal(a64_pattern_name(-1), "UNDEFINED");
    assert_int_equal(a64_pattern_class(-1), A64_CLASS_NONE);
    for (int i = 0; i < A64_PATTERN_COUNT; i++) {
        assert_non_null(a64_pattern_name(i));
        assert_true(a64_pattern_class(i) > A64_CLASS_NONE && a64_pattern_class(i) < A64_CLASS_COUNT);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_encodings),
        cmocka_unit_test(test_undefined_encodings),
        cmocka_unit_test(test_table_covers_every_class),
        cmocka_unit_test(test_pattern_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
