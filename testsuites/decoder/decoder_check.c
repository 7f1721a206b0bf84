/* decoder_check: the generated A64 decoder (decoder/a64.decode) against
   Capstone 4 (STYLE.md, convention 15: checks on the decode spec itself).

   Usage: decoder_check [N [SEED]]   N random words (default 1,000,000)
          decoder_check --sweep      every word of the spaces random words rarely
                                     reach: system instructions with op0 = 0b00
                                     (hints, barriers, MSR immediate), unconditional
                                     branch (register), exception generation

   Each word of a seeded xorshift sequence is decoded by Capstone (cs_disasm,
   CS_ARCH_ARM64) and by trapeze (decode_insn).  A word passes when:
   - Capstone decodes it as a base integer instruction (classified from its
     mnemonic and operands into an A64Class) and trapeze accepts it with the
     same class;
   - Capstone decodes it as something in the exclusion list below and trapeze
     rejects it (every excluded kind is one trapeze must treat as UNDEFINED);
   - Capstone rejects it and trapeze rejects it too, or trapeze accepts it and
     it is one of Capstone 4's known gaps (listed below, with the Arm ARM
     reasoning that trapeze's acceptance is right).
   Anything else is a failure, printed with the word, Capstone's text and
   trapeze's pattern and class.  The last line is "N passed, M failed"; the
   exit status is non-zero when M > 0. */
#include <capstone/capstone.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decoder/decoder.h"

enum { PRINT_LIMIT = 40 };

/* ---- what Capstone's decoding is compared with ---- */

/* Kinds of instruction trapeze does not implement, and Capstone 4 quirks.
   For each, trapeze must reject the word (decode_insn returns -1). */
typedef enum Exclusion {
    EX_NONE,
    EX_FPSIMD,          /* FP, Advanced SIMD, crypto */
    EX_PAUTH,           /* FEAT_PAuth outside the hint space */
    EX_LOR,             /* FEAT_LOR */
    EX_RCPC2,           /* FEAT_LRCPC2 */
    EX_FLAGM,           /* FEAT_FlagM, FEAT_FlagM2 */
    EX_MTE,             /* FEAT_MTE */
    EX_OTHER_EXT,       /* SB, TME, WFxT, LS64, ... */
    EX_DEBUG_STATE,     /* DCPS1..3, DRPS */
    EX_SYSL,            /* SYSL: no encoding implemented */
    EX_CS_OP0_00,       /* Capstone quirk: op0 = 0b00 decoded as MRS/MSR */
    EX_COUNT
} Exclusion;

static const struct {
    const char *name;
    const char *reason;
} exclusions[EX_COUNT] = {
    [EX_FPSIMD] = { "fp-simd",
        "an FP/vector register operand (b/h/s/d/q/v), an FP immediate, or Capstone group "
        "FPARMV8/NEON/CRYPTO beyond Armv8.0 SIMD&FP and crypto: half-precision arithmetic (FEAT_FP16), "
        "FHM, RDM, DotProd, FRINTTS, BF16, JSCVT, SHA3/SHA512/SM3/SM4: not implemented" },
    [EX_PAUTH] = { "pauth",
        "pac*, aut*, xpac*, bra*, blra*, reta*, ereta*, ldraa/ldrab outside the hint space: "
        "FEAT_PAuth not implemented (ID_AA64ISAR1.APA/API = 0)" },
    [EX_LOR] = { "lor", "ldlar*, stllr*: FEAT_LOR not implemented" },
    [EX_RCPC2] = { "rcpc2", "ldapur*, stlur*: FEAT_LRCPC2 not implemented" },
    [EX_FLAGM] = { "flagm", "cfinv, rmif, setf8, setf16, xaflag, axflag: FEAT_FlagM/FlagM2 "
                            "not implemented" },
    [EX_MTE] = { "mte", "irg, gmi, addg, subg, subp*, stg*, stzg*, st2g*, stz2g*, stgp, ldg*: "
                        "FEAT_MTE not implemented" },
    [EX_OTHER_EXT] = { "other-ext", "sb, tstart, tcommit, tcancel, ttest, wfet, wfit, ld64b, "
                                    "st64b*: FEAT_SB/TME/WFxT/LS64 not implemented" },
    [EX_DEBUG_STATE] = { "debug-state",
        "dcps1..3, drps: UNDEFINED in Non-debug state (C6.2 DCPS1), and trapeze has no "
        "Debug state" },
    [EX_SYSL] = { "sysl",
        "sysl: the SYSL encodings are IMPLEMENTATION DEFINED; trapeze implements none, so "
        "each is UNDEFINED (decode rejects it)" },
    [EX_CS_OP0_00] = { "capstone-op0-00",
        "Capstone 4 bug: words 0xd5000000-0xd507ffff/0xd5200000-0xd527ffff (op0 = 0b00) "
        "other than hints/barriers/MSR (immediate) are shown as MRS/MSR s3_*; the Arm ARM "
        "(C4.1.93, System instructions) leaves op0 = 0b00 with CRn != 0b0010/0b0011/0b0100 "
        "or L = 1 unallocated" },
};

/* Mnemonics of the excluded extensions.  A trailing '*' is a prefix match. */
static const struct {
    const char *pattern;
    Exclusion ex;
} excluded_mnemonics[] = {
    { "pac*", EX_PAUTH }, { "aut*", EX_PAUTH }, { "xpac*", EX_PAUTH },
    { "braa*", EX_PAUTH }, { "brab*", EX_PAUTH }, { "blraa*", EX_PAUTH },
    { "blrab*", EX_PAUTH }, { "retaa", EX_PAUTH }, { "retab", EX_PAUTH },
    { "eretaa", EX_PAUTH }, { "eretab", EX_PAUTH }, { "ldraa", EX_PAUTH },
    { "ldrab", EX_PAUTH },
    { "ldlar*", EX_LOR }, { "stllr*", EX_LOR },
    { "ldapur*", EX_RCPC2 }, { "stlur*", EX_RCPC2 },
    { "cfinv", EX_FLAGM }, { "rmif", EX_FLAGM }, { "setf8", EX_FLAGM },
    { "setf16", EX_FLAGM }, { "xaflag", EX_FLAGM }, { "axflag", EX_FLAGM },
    { "irg", EX_MTE }, { "gmi", EX_MTE }, { "addg", EX_MTE }, { "subg", EX_MTE },
    { "subp*", EX_MTE }, { "cmpp", EX_MTE }, { "stg*", EX_MTE }, { "stzg*", EX_MTE },
    { "st2g", EX_MTE }, { "stz2g", EX_MTE }, { "ldg*", EX_MTE },
    { "sb", EX_OTHER_EXT }, { "tstart", EX_OTHER_EXT }, { "tcommit", EX_OTHER_EXT },
    { "tcancel", EX_OTHER_EXT }, { "ttest", EX_OTHER_EXT }, { "wfet", EX_OTHER_EXT },
    { "wfit", EX_OTHER_EXT }, { "ld64b", EX_OTHER_EXT }, { "st64b*", EX_OTHER_EXT },
    { "dcps1", EX_DEBUG_STATE }, { "dcps2", EX_DEBUG_STATE }, { "dcps3", EX_DEBUG_STATE },
    { "drps", EX_DEBUG_STATE },
    { "sysl", EX_SYSL },
};

/* The base integer mnemonics and their class.  "imm|reg" mnemonics name both
   an immediate form (class dp_imm) and a register form (dp_reg): the form is
   the one whose last operand is an immediate. */
typedef enum { K_DP_IMM, K_DP_REG, K_IMM_OR_REG, K_BRANCH, K_SYSTEM, K_LDST } Kind;

static const struct {
    const char *pattern;
    Kind kind;
} base_mnemonics[] = {
    /* C4.1.92 Data processing -- immediate (and the aliases Capstone prints) */
    { "adr", K_DP_IMM }, { "adrp", K_DP_IMM }, { "movz", K_DP_IMM }, { "movn", K_DP_IMM },
    { "movk", K_DP_IMM }, { "sbfm", K_DP_IMM }, { "bfm", K_DP_IMM }, { "ubfm", K_DP_IMM },
    { "sbfiz", K_DP_IMM }, { "sbfx", K_DP_IMM }, { "ubfiz", K_DP_IMM }, { "ubfx", K_DP_IMM },
    { "bfi", K_DP_IMM }, { "bfxil", K_DP_IMM }, { "bfc", K_DP_IMM }, { "sxtb", K_DP_IMM },
    { "sxth", K_DP_IMM }, { "sxtw", K_DP_IMM }, { "uxtb", K_DP_IMM }, { "uxth", K_DP_IMM },
    { "extr", K_DP_IMM },
    /* both immediate and register forms */
    { "add", K_IMM_OR_REG }, { "adds", K_IMM_OR_REG }, { "sub", K_IMM_OR_REG },
    { "subs", K_IMM_OR_REG }, { "cmp", K_IMM_OR_REG }, { "cmn", K_IMM_OR_REG },
    { "and", K_IMM_OR_REG }, { "ands", K_IMM_OR_REG }, { "orr", K_IMM_OR_REG },
    { "eor", K_IMM_OR_REG }, { "tst", K_IMM_OR_REG }, { "mov", K_IMM_OR_REG },
    { "lsl", K_IMM_OR_REG }, { "lsr", K_IMM_OR_REG }, { "asr", K_IMM_OR_REG },
    { "ror", K_IMM_OR_REG },
    /* C4.1.95 Data processing -- register */
    { "adc", K_DP_REG }, { "adcs", K_DP_REG }, { "sbc", K_DP_REG }, { "sbcs", K_DP_REG },
    { "ngc", K_DP_REG }, { "ngcs", K_DP_REG }, { "neg", K_DP_REG }, { "negs", K_DP_REG },
    { "mvn", K_DP_REG }, { "bic", K_DP_REG }, { "bics", K_DP_REG }, { "orn", K_DP_REG },
    { "eon", K_DP_REG }, { "ccmp", K_DP_REG }, { "ccmn", K_DP_REG }, { "csel", K_DP_REG },
    { "csinc", K_DP_REG }, { "csinv", K_DP_REG }, { "csneg", K_DP_REG }, { "cset", K_DP_REG },
    { "csetm", K_DP_REG }, { "cinc", K_DP_REG }, { "cinv", K_DP_REG }, { "cneg", K_DP_REG },
    { "madd", K_DP_REG }, { "msub", K_DP_REG }, { "mul", K_DP_REG }, { "mneg", K_DP_REG },
    { "smaddl", K_DP_REG }, { "smsubl", K_DP_REG }, { "smull", K_DP_REG },
    { "smnegl", K_DP_REG }, { "umaddl", K_DP_REG }, { "umsubl", K_DP_REG },
    { "umull", K_DP_REG }, { "umnegl", K_DP_REG }, { "smulh", K_DP_REG }, { "umulh", K_DP_REG },
    { "udiv", K_DP_REG }, { "sdiv", K_DP_REG }, { "lslv", K_DP_REG }, { "lsrv", K_DP_REG },
    { "asrv", K_DP_REG }, { "rorv", K_DP_REG }, { "crc32*", K_DP_REG }, { "rbit", K_DP_REG },
    { "rev16", K_DP_REG }, { "rev32", K_DP_REG }, { "rev", K_DP_REG }, { "rev64", K_DP_REG },
    { "clz", K_DP_REG }, { "cls", K_DP_REG },
    /* C4.1.93 Branches */
    { "b", K_BRANCH }, { "bl", K_BRANCH }, { "b.*", K_BRANCH }, { "br", K_BRANCH },
    { "blr", K_BRANCH }, { "ret", K_BRANCH }, { "cbz", K_BRANCH }, { "cbnz", K_BRANCH },
    { "tbz", K_BRANCH }, { "tbnz", K_BRANCH },
    /* C4.1.93 Exception generation and system instructions */
    { "svc", K_SYSTEM }, { "hvc", K_SYSTEM }, { "smc", K_SYSTEM }, { "brk", K_SYSTEM },
    { "hlt", K_SYSTEM }, { "eret", K_SYSTEM }, { "nop", K_SYSTEM }, { "yield", K_SYSTEM },
    { "wfe", K_SYSTEM }, { "wfi", K_SYSTEM }, { "sev", K_SYSTEM }, { "sevl", K_SYSTEM },
    { "hint", K_SYSTEM }, { "esb", K_SYSTEM }, { "psb", K_SYSTEM }, { "csdb", K_SYSTEM },
    { "bti", K_SYSTEM }, { "clrex", K_SYSTEM }, { "dsb", K_SYSTEM }, { "dmb", K_SYSTEM },
    { "isb", K_SYSTEM }, { "ssbb", K_SYSTEM }, { "pssbb", K_SYSTEM }, { "msr", K_SYSTEM },
    { "mrs", K_SYSTEM }, { "sys", K_SYSTEM }, { "at", K_SYSTEM }, { "dc", K_SYSTEM },
    { "ic", K_SYSTEM }, { "tlbi", K_SYSTEM },
    /* C4.1.94 Loads and stores of general-purpose registers */
    { "ldr*", K_LDST }, { "str*", K_LDST }, { "ldur*", K_LDST }, { "stur*", K_LDST },
    { "ldtr*", K_LDST }, { "sttr*", K_LDST }, { "ldp", K_LDST }, { "ldpsw", K_LDST },
    { "stp", K_LDST }, { "ldnp", K_LDST }, { "stnp", K_LDST }, { "ldxr*", K_LDST },
    { "stxr*", K_LDST }, { "ldxp", K_LDST }, { "stxp", K_LDST }, { "ldaxr*", K_LDST },
    { "stlxr*", K_LDST }, { "ldaxp", K_LDST }, { "stlxp", K_LDST }, { "ldar*", K_LDST },
    { "stlr*", K_LDST }, { "ldapr*", K_LDST }, { "prfm", K_LDST }, { "prfum", K_LDST },
    { "cas*", K_LDST }, { "swp*", K_LDST }, { "ldadd*", K_LDST }, { "ldclr*", K_LDST },
    { "ldeor*", K_LDST }, { "ldset*", K_LDST }, { "ldsmax*", K_LDST }, { "ldsmin*", K_LDST },
    { "ldumax*", K_LDST }, { "ldumin*", K_LDST }, { "stadd*", K_LDST }, { "stclr*", K_LDST },
    { "steor*", K_LDST }, { "stset*", K_LDST }, { "stsmax*", K_LDST }, { "stsmin*", K_LDST },
    { "stumax*", K_LDST }, { "stumin*", K_LDST },
};

/* Capstone 4 gaps: words trapeze accepts that Capstone rejects, each
   accepted for the reason given (these are counted and pass). */
typedef enum Gap {
    GAP_NONE,
    GAP_LSE,            /* FEAT_LSE / FEAT_LRCPC */
    GAP_CU_PAIR,        /* LDP with Rt == Rt2 */
    GAP_CU_WB,          /* writeback with Rn == Rt or Rt2 */
    GAP_CS_LDTR,        /* Capstone bug: LDTR* with Rt == Rn */
    GAP_CS_SIMD_IMM,    /* Capstone bug: DUP/INS with the ignored imm bits set */
    GAP_COUNT
} Gap;

static const struct {
    const char *name;
    const char *reason;
} gaps[GAP_COUNT] = {
    [GAP_LSE] = { "lse-rcpc",
        "CAS*, CASP*, SWP*, LD<op>*, LDAPR*: Capstone 4.0.2 has no FEAT_LSE/FEAT_LRCPC "
        "decoding; trapeze implements both (-cpu max)" },
    [GAP_CU_PAIR] = { "cu-ldp-rt-rt2",
        "LDP/LDPSW/LDNP/LDXP/LDAXP and LDP (SIMD&FP) with Rt == Rt2: CONSTRAINED UNPREDICTABLE (K1.2.x), one "
        "permitted behaviour is executing with an UNKNOWN value in Rt; LLVM rejects it" },
    [GAP_CU_WB] = { "cu-writeback-rn-rt",
        "load/store with writeback and Rn == Rt (or Rt2), Rn != 31: CONSTRAINED "
        "UNPREDICTABLE (C6.2 LDR (immediate) 'if wback && n == t && n != 31'); trapeze "
        "executes it (a permitted choice); LLVM rejects it" },
    [GAP_CS_SIMD_IMM] = { "capstone-simd-imm-ignored",
        "DUP (general) with imm5 bits above the lowest set bit, INS (element) with imm4 "
        "bits below the element size: the Arm ARM ignores those bits (C7.2 DUP, INS), GNU "
        "objdump and QEMU accept the words; Capstone 4 rejects them" },
    [GAP_CS_LDTR] = { "capstone-ldtr-rt-rn",
        "LDTR*/STTR* (unprivileged, idx = 0b10) with Rt == Rn: no writeback, so nothing is "
        "UNPREDICTABLE (C6.2 LDTR); Capstone 4 bug: it applies the writeback overlap "
        "check and rejects the word" },
};

/* ---- helpers ---- */

static bool match(const char *pattern, const char *s)
{
    size_t n = strlen(pattern);
    if (n && pattern[n - 1] == '*')
        return strncmp(pattern, s, n - 1) == 0;
    return strcmp(pattern, s) == 0;
}

static bool is_fpsimd_reg(arm64_reg r)
{
    return (r >= ARM64_REG_B0 && r <= ARM64_REG_S31) || (r >= ARM64_REG_V0 && r <= ARM64_REG_V31);
}

static bool is_fpsimd(const cs_insn *ci)
{
    const cs_detail *det = ci->detail;
    for (unsigned g = 0; g < det->groups_count; g++)
        if (det->groups[g] == ARM64_GRP_FPARMV8 || det->groups[g] == ARM64_GRP_NEON ||
            det->groups[g] == ARM64_GRP_CRYPTO)
            return true;
    for (unsigned i = 0; i < det->arm64.op_count; i++) {
        const cs_arm64_op *op = &det->arm64.operands[i];
        if (op->type == ARM64_OP_FP || (op->type == ARM64_OP_REG && is_fpsimd_reg(op->reg)))
            return true;
    }
    return false;
}

static bool uses_sp(const cs_insn *ci)
{
    const cs_arm64 *a = &ci->detail->arm64;
    for (unsigned i = 0; i < a->op_count; i++)
        if (a->operands[i].type == ARM64_OP_REG &&
            (a->operands[i].reg == ARM64_REG_SP || a->operands[i].reg == ARM64_REG_WSP))
            return true;
    return false;
}

static inline unsigned bits(uint32_t w, unsigned hi, unsigned lo)
{
    return (w >> lo) & ((1u << (hi - lo + 1)) - 1);
}

/* HINT space (C6.2 HINT): 1101010100 0 00 011 0010 CRm op2 11111.  trapeze
   decodes all of it (unallocated hints are NOPs), whatever Capstone calls it
   (bti, esb, psb, csdb, pacia1716, autiasp, ...). */
static bool is_hint_space(uint32_t w)
{
    return (w & 0xfffff01fu) == 0xd503201fu;
}

/* The expected outcome for a word Capstone decodes: a class, or an exclusion. */
typedef struct Expect {
    A64Class cls;
    Exclusion ex;
} Expect;

static bool classify(uint32_t w, const cs_insn *ci, Expect *e)
{
    const char *mn = ci->mnemonic;
    const cs_arm64 *a = &ci->detail->arm64;
    e->cls = A64_CLASS_NONE;
    e->ex = EX_NONE;
    if (is_fpsimd(ci)) {
        /* Implemented: every Armv8.0 SIMD&FP instruction in single and double
           precision (loads/stores, scalar FP, Advanced SIMD integer, FP, copy and
           permute) and the Cryptographic Extension; FEAT_FP16 and later
           extensions are not, and stay EX_FPSIMD (must be UNDEFINED). */
        if ((w & 0xbe000000u) == 0x0c000000u) {
            e->cls = A64_CLASS_SIMD_LDST;       /* LD1-LD4, ST1-ST4, LDnR */
            return true;
        }
        static const struct { uint32_t mask, match; } simd_move[] = {
            { 0xbfe0fc00, 0x0e000400 }, { 0xbfe0fc00, 0x0e000c00 }, /* DUP element, general */
            { 0xffe0fc00, 0x4e001c00 }, { 0xbfe0fc00, 0x0e002c00 }, /* INS general, SMOV */
            { 0xbfe0fc00, 0x0e003c00 }, { 0xffe08400, 0x6e000400 }, /* UMOV, INS element */
            { 0xffe0fc00, 0x5e000400 },                             /* DUP element, scalar */
            { 0xbf208c00, 0x0e000800 },                             /* UZP/TRN/ZIP 1/2 */
            { 0xbfe08400, 0x2e000000 },                             /* EXT */
            { 0xbfe08c00, 0x0e000000 },                             /* TBL, TBX */
            { 0x9ff80c00, 0x0f000400 },                             /* modified immediate */
        };
        for (size_t i = 0; i < sizeof simd_move / sizeof simd_move[0]; i++)
            if ((w & simd_move[i].mask) == simd_move[i].match) {
                e->cls = A64_CLASS_SIMD_MOVE;
                return true;
            }
        /* Advanced SIMD integer arithmetic (vector and scalar); PMULL only with
           8-bit elements (size = 00): the 64-bit one is the crypto extension. */
        static const char *const simd_int[] = {
            "abs", "add", "addhn", "addhn2", "addp", "addv", "and", "bic", "bif", "bit", "bsl",
            "cls", "clz", "cmeq", "cmge", "cmgt", "cmhi", "cmhs", "cmle", "cmlt", "cmtst", "cnt",
            "eor", "mla", "mls", "mov", "mul", "neg", "not", "mvn", "orn", "orr", "pmul",
            "raddhn", "raddhn2", "rbit", "rev16", "rev32", "rev64", "rshrn", "rshrn2", "rsubhn",
            "rsubhn2", "saba", "sabal", "sabal2", "sabd", "sabdl", "sabdl2", "sadalp", "saddl",
            "saddl2", "saddlp", "saddlv", "saddw", "saddw2", "shadd", "shl", "shll", "shll2",
            "shrn", "shrn2", "shsub", "sli", "smax", "smaxp", "smaxv", "smin", "sminp", "sminv",
            "smlal", "smlal2", "smlsl", "smlsl2", "smull", "smull2", "sqabs", "sqadd", "sqdmlal",
            "sqdmlal2", "sqdmlsl", "sqdmlsl2", "sqdmulh", "sqdmull", "sqdmull2", "sqneg",
            "sqrdmulh", "sqrshl", "sqrshrn", "sqrshrn2", "sqrshrun", "sqrshrun2", "sqshl",
            "sqshlu", "sqshrn", "sqshrn2", "sqshrun", "sqshrun2", "sqsub", "sqxtn", "sqxtn2",
            "sqxtun", "sqxtun2", "srhadd", "sri", "srshl", "srshr", "srsra", "sshl", "sshll",
            "sshll2", "sxtl", "sxtl2", "sshr", "ssra", "ssubl", "ssubl2", "ssubw", "ssubw2", "sub",
            "subhn", "subhn2", "suqadd", "uaba", "uabal", "uabal2", "uabd", "uabdl", "uabdl2",
            "uadalp", "uaddl", "uaddl2", "uaddlp", "uaddlv", "uaddw", "uaddw2", "uhadd", "uhsub",
            "umax", "umaxp", "umaxv", "umin", "uminp", "uminv", "umlal", "umlal2", "umlsl",
            "umlsl2", "umull", "umull2", "uqadd", "uqrshl", "uqrshrn", "uqrshrn2", "uqshl",
            "uqshrn", "uqshrn2", "uqsub", "uqxtn", "uqxtn2", "urhadd", "urshl", "urshr", "ursra",
            "ushl", "ushll", "ushll2", "uxtl", "uxtl2", "ushr", "usqadd", "usra", "usubl",
            "usubl2", "usubw", "usubw2", "xtn", "xtn2",
        };
        /* The Cryptographic Extension: AES, SHA1, SHA256 and the 64-bit PMULL (.1q, size = 11). */
        static const char *const crypto[] = {
            "aese", "aesd", "aesmc", "aesimc", "sha1c", "sha1p", "sha1m", "sha1su0", "sha1h",
            "sha1su1", "sha256h", "sha256h2", "sha256su0", "sha256su1",
        };
        bool is_crypto = (!strcmp(mn, "pmull") || !strcmp(mn, "pmull2")) && bits(w, 23, 22) == 3;
        for (size_t i = 0; i < sizeof crypto / sizeof crypto[0] && !is_crypto; i++)
            is_crypto = !strcmp(mn, crypto[i]);
        if (is_crypto) {
            e->cls = A64_CLASS_CRYPTO;
            return true;
        }
        bool is_int = (!strcmp(mn, "pmull") || !strcmp(mn, "pmull2")) && bits(w, 23, 22) == 0;
        for (size_t i = 0; i < sizeof simd_int / sizeof simd_int[0] && !is_int; i++)
            is_int = !strcmp(mn, simd_int[i]);
        if (is_int) {
            e->cls = A64_CLASS_SIMD_INT;
            return true;
        }
        static const char *const fp_ldst[] = { "ldr", "str", "ldur", "stur", "ldp", "stp",
                                               "ldnp", "stnp" };
        for (size_t i = 0; i < sizeof fp_ldst / sizeof fp_ldst[0]; i++)
            if (!strcmp(mn, fp_ldst[i])) {
                e->cls = A64_CLASS_FP_LDST;
                return true;
            }
        /* Scalar FP (bits 28:24 = 0b11110 or 0b11111, bits 30:29 = 0) in single or
           double precision (type != 0b11), or FCVT to/from half precision. */
        bool scalar = (bits(w, 28, 24) == 0x1e || bits(w, 28, 24) == 0x1f) && bits(w, 30, 29) == 0;
        bool fcvt_half = !strcmp(mn, "fcvt") && bits(w, 31, 24) == 0x1e;
        if (scalar && (bits(w, 23, 22) != 3 || fcvt_half)) {
            if (!strcmp(mn, "fmov") || !strcmp(mn, "fabs") || !strcmp(mn, "fneg") ||
                !strcmp(mn, "fsqrt"))
                e->cls = A64_CLASS_FP_MOVE;
            else
                e->cls = A64_CLASS_FP_DP;
            return true;
        }
        /* Advanced SIMD floating point (vector and scalar), single and double precision;
           the half-precision forms are FEAT_FP16, except the FCVTN/FCVTL conversions. */
        static const char *const simd_fp[] = {
            "fabd", "fabs", "facge", "facgt", "fadd", "faddp", "fcmeq", "fcmge", "fcmgt",
            "fcmle", "fcmlt", "fcvtas", "fcvtau", "fcvtl", "fcvtl2", "fcvtms", "fcvtmu",
            "fcvtn", "fcvtn2", "fcvtns", "fcvtnu", "fcvtps", "fcvtpu", "fcvtxn", "fcvtxn2",
            "fcvtzs", "fcvtzu", "fdiv", "fmax", "fmaxnm", "fmaxnmp", "fmaxnmv", "fmaxp",
            "fmaxv", "fmin", "fminnm", "fminnmp", "fminnmv", "fminp", "fminv", "fmla", "fmls",
            "fmul", "fmulx", "fneg", "frecpe", "frecps", "frecpx", "frinta", "frinti", "frintm",
            "frintn", "frintp", "frintx", "frintz", "frsqrte", "frsqrts", "fsqrt", "fsub",
            "scvtf", "ucvtf", "urecpe", "ursqrte",
        };
        bool fcvt_nl = !strncmp(mn, "fcvtn", 5) || !strncmp(mn, "fcvtl", 5);
        bool half = (strstr(ci->op_str, "4h") || strstr(ci->op_str, "8h") ||
                     strstr(ci->op_str, ".h") || ci->op_str[0] == 'h') && !fcvt_nl;
        for (size_t i = 0; i < sizeof simd_fp / sizeof simd_fp[0] && !half; i++)
            if (!strcmp(mn, simd_fp[i])) {
                e->cls = A64_CLASS_SIMD_FP;
                return true;
            }
        e->ex = EX_FPSIMD;
        return true;
    }
    if (is_hint_space(w)) {
        e->cls = A64_CLASS_SYSTEM;
        return true;
    }
    for (size_t i = 0; i < sizeof excluded_mnemonics / sizeof excluded_mnemonics[0]; i++)
        if (match(excluded_mnemonics[i].pattern, mn)) {
            e->ex = excluded_mnemonics[i].ex;
            return true;
        }
    /* MRS/MSR (register) have op0 = 0b1x (bit 20 set); MSR (immediate) has op0 = 0b00
       with CRn = 0b0100 and a PSTATE operand. */
    if ((!strcmp(mn, "mrs") || !strcmp(mn, "msr")) && (w & 0xffc00000u) == 0xd5000000u &&
        !bits(w, 20, 20)) {
        bool pstate = a->op_count >= 1 && a->operands[0].type == ARM64_OP_PSTATE;
        if (!(pstate && bits(w, 21, 21) == 0 && bits(w, 15, 12) == 4)) {
            e->ex = EX_CS_OP0_00;
            return true;
        }
    }
    for (size_t i = 0; i < sizeof base_mnemonics / sizeof base_mnemonics[0]; i++) {
        if (!match(base_mnemonics[i].pattern, mn))
            continue;
        switch (base_mnemonics[i].kind) {
        case K_DP_IMM: e->cls = A64_CLASS_DP_IMM; break;
        case K_DP_REG: e->cls = A64_CLASS_DP_REG; break;
        case K_BRANCH: e->cls = A64_CLASS_BRANCH; break;
        case K_SYSTEM: e->cls = A64_CLASS_SYSTEM; break;
        case K_LDST: e->cls = A64_CLASS_LDST; break;
        case K_IMM_OR_REG: {
            bool imm = a->op_count > 0 && a->operands[a->op_count - 1].type == ARM64_OP_IMM;
            /* MOV (to/from SP) is ADD (immediate) #0; MOV (register) is ORR. */
            if (!strcmp(mn, "mov") && uses_sp(ci))
                imm = true;
            e->cls = imm ? A64_CLASS_DP_IMM : A64_CLASS_DP_REG;
            break;
        }
        }
        return true;
    }
    return false;                       /* unclassified: a failure, so the lists stay complete */
}

/* Why Capstone's rejection of a word trapeze accepts is a Capstone gap. */
static Gap capstone_gap(uint32_t w, const char *pattern)
{
    unsigned rt = bits(w, 4, 0), rn = bits(w, 9, 5), rt2 = bits(w, 14, 10);
    if (!strcmp(pattern, "ATOMIC") || !strcmp(pattern, "CAS") || !strcmp(pattern, "CASP"))
        return GAP_LSE;
    if (!strcmp(pattern, "LDST_pair")) {
        bool load = bits(w, 22, 22), wback = bits(w, 23, 23);   /* idx 01, 11 */
        if (load && rt == rt2)
            return GAP_CU_PAIR;
        if (wback && rn != 31 && (rn == rt || rn == rt2))
            return GAP_CU_WB;
    }
    if (!strcmp(pattern, "LDST_imm9")) {
        bool wback = bits(w, 10, 10);                           /* idx 01, 11 */
        if (wback && rn != 31 && rn == rt)
            return GAP_CU_WB;
        if (bits(w, 11, 10) == 2 && rn == rt)
            return GAP_CS_LDTR;
    }
    if (!strcmp(pattern, "LDST_excl_pair") && bits(w, 22, 22) && rt == rt2)
        return GAP_CU_PAIR;
    if (!strcmp(pattern, "DUP_general") || !strcmp(pattern, "INS_element"))
        return GAP_CS_SIMD_IMM;
    /* SIMD&FP LDP with Vt == Vt2 (C6.3 LDP (SIMD&FP): CONSTRAINED UNPREDICTABLE).
       The base register is an X register here, so writeback cannot overlap. */
    if (!strcmp(pattern, "LDST_pair_v") && bits(w, 22, 22) && rt == rt2)
        return GAP_CU_PAIR;
    return GAP_NONE;
}

/* ---- the walk ---- */

typedef struct Stats {
    uint64_t passed, failed;
    uint64_t agree[A64_CLASS_COUNT];        /* Capstone and trapeze agree on the class */
    uint64_t excluded[EX_COUNT];            /* excluded and rejected by trapeze */
    uint64_t gap[GAP_COUNT];                /* Capstone 4 gaps */
    uint64_t both_reject;
    uint64_t fail_undef, fail_class, fail_excluded, fail_unclassified, fail_trapeze_only;
    unsigned printed;
} Stats;

static void report(Stats *s, uint32_t w, const char *what, const cs_insn *ci, int idx,
                   const char *detail)
{
    s->failed++;
    if (s->printed++ >= PRINT_LIMIT) {
        if (s->printed == PRINT_LIMIT + 1)
            printf("... (further failures not printed)\n");
        return;
    }
    char text[sizeof ci->mnemonic + sizeof ci->op_str + 4];
    if (ci)
        snprintf(text, sizeof text, "\"%s %s\"", ci->mnemonic, ci->op_str);
    else
        snprintf(text, sizeof text, "(rejected)");
    printf("FAIL 0x%08x %-16s capstone %-40s trapeze %s/%s%s%s\n", w, what, text,
           a64_pattern_name(idx), a64_class_name(a64_pattern_class(idx)), detail ? " " : "",
           detail ? detail : "");
}

static uint64_t xorshift64(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *state = x;
}

static void check_word(csh cs, cs_insn *ci, uint32_t w, Stats *s)
{
    uint8_t bytes[4] = { w & 0xff, (w >> 8) & 0xff, (w >> 16) & 0xff, w >> 24 };
    const uint8_t *code = bytes;
    size_t size = sizeof bytes;
    uint64_t addr = 0x40080000;
    bool cs_ok = cs_disasm_iter(cs, &code, &size, &addr, ci);
    DecodedInsn d;
    int idx = decode_insn(w, &d);
    A64Class cls = a64_pattern_class(idx);

    if (!cs_ok) {
        if (idx < 0) {
            s->both_reject++;
            s->passed++;
            return;
        }
        Gap g = capstone_gap(w, a64_pattern_name(idx));
        if (g != GAP_NONE) {
            s->gap[g]++;
            s->passed++;
            return;
        }
        s->fail_trapeze_only++;
        report(s, w, "trapeze-only", NULL, idx, NULL);
        return;
    }

    Expect e;
    if (!classify(w, ci, &e)) {
        s->fail_unclassified++;
        report(s, w, "unclassified", ci, idx, "(add the mnemonic to a list)");
        return;
    }
    if (e.ex != EX_NONE) {
        if (idx < 0) {
            s->excluded[e.ex]++;
            s->passed++;
            return;
        }
        s->fail_excluded++;
        report(s, w, "accepts-excluded", ci, idx, exclusions[e.ex].name);
        return;
    }
    if (idx < 0) {
        s->fail_undef++;
        report(s, w, "undefined", ci, idx, NULL);
        return;
    }
    if (cls != e.cls) {
        char want[64];
        snprintf(want, sizeof want, "(capstone class %s)", a64_class_name(e.cls));
        s->fail_class++;
        report(s, w, "class", ci, idx, want);
        return;
    }
    s->agree[cls]++;
    s->passed++;
}

/* The dense walks of --sweep; returns the number of words checked. */
static uint64_t sweep(csh cs, cs_insn *ci, Stats *s)
{
    uint64_t n = 0;
    /* System, op0 = 0b00, L = 0: 1101010100 0 00 op1 CRn CRm op2 Rt */
    for (uint32_t low = 0; low < (1u << 19); low++, n++)
        check_word(cs, ci, 0xd5000000u | low, s);
    /* Unconditional branch (register): 1101011 opc:4 op2:5 op3:6 Rn op4:5, Rn = 1, 31 */
    for (uint32_t f = 0; f < (1u << 20); f++) {
        uint32_t opc = f >> 16, op2 = (f >> 11) & 31, op3 = (f >> 5) & 63, op4 = f & 31;
        uint32_t w = 0xd6000000u | opc << 21 | op2 << 16 | op3 << 10 | op4;
        check_word(cs, ci, w | 1u << 5, s);
        check_word(cs, ci, w | 31u << 5, s);
        n += 2;
    }
    /* Exception generation: 11010100 opc:3 imm16 op2:3 LL:2 */
    static const uint32_t imms[] = { 0, 1, 0x1234, 0xf000, 0xffff };
    for (uint32_t f = 0; f < 256; f++)
        for (size_t i = 0; i < sizeof imms / sizeof imms[0]; i++, n++)
            check_word(cs, ci, 0xd4000000u | (f >> 5) << 21 | imms[i] << 5 | (f & 31), s);
    return n;
}

int main(int argc, char **argv)
{
    bool do_sweep = argc > 1 && !strcmp(argv[1], "--sweep");
    uint64_t n = !do_sweep && argc > 1 ? strtoull(argv[1], NULL, 0) : 1000000;
    uint64_t state = !do_sweep && argc > 2 ? strtoull(argv[2], NULL, 0) : 0x9e3779b97f4a7c15ull;
    if (!state)
        state = 1;
    csh cs;
    if (cs_open(CS_ARCH_ARM64, CS_MODE_LITTLE_ENDIAN, &cs) != CS_ERR_OK) {
        fprintf(stderr, "decoder_check: cannot open Capstone\n");
        return 2;
    }
    cs_option(cs, CS_OPT_DETAIL, CS_OPT_ON);
    cs_insn *ci = cs_malloc(cs);
    int major, minor;
    cs_version(&major, &minor);
    Stats s = { 0 };
    if (do_sweep) {
        printf("decoder_check: sweep of the system, branch (register) and exception "
               "generation spaces, Capstone %d.%d\n", major, minor);
        n = sweep(cs, ci, &s);
        printf("%" PRIu64 " words\n", n);
    } else {
        printf("decoder_check: %" PRIu64 " random words (xorshift64, seed 0x%" PRIx64
               "), Capstone %d.%d\n", n, state, major, minor);
        for (uint64_t i = 0; i < n; i++)
            check_word(cs, ci, (uint32_t)(xorshift64(&state) >> 16), &s);
    }

    printf("\nagreed, by class:");
    for (unsigned c = 1; c < A64_CLASS_COUNT; c++)
        printf(" %s %" PRIu64, a64_class_name((A64Class)c), s.agree[c]);
    printf("\nboth reject: %" PRIu64 "\n", s.both_reject);
    printf("excluded (Capstone decodes, trapeze rejects as it must):\n");
    for (unsigned x = 1; x < EX_COUNT; x++)
        printf("  %-16s %8" PRIu64 "  %s\n", exclusions[x].name, s.excluded[x],
               exclusions[x].reason);
    printf("Capstone 4 gaps (trapeze accepts, Capstone rejects):\n");
    for (unsigned g = 1; g < GAP_COUNT; g++)
        printf("  %-18s %8" PRIu64 "  %s\n", gaps[g].name, s.gap[g], gaps[g].reason);
    printf("failures: undefined %" PRIu64 ", class %" PRIu64 ", accepts-excluded %" PRIu64
           ", unclassified %" PRIu64 ", trapeze-only %" PRIu64 "\n",
           s.fail_undef, s.fail_class, s.fail_excluded, s.fail_unclassified,
           s.fail_trapeze_only);
    printf("%" PRIu64 " passed, %" PRIu64 " failed\n", s.passed, s.failed);
    cs_free(ci, 1);
    cs_close(&cs);
    return s.failed ? 1 : 0;
}
