/* The Cryptographic Extension (C4.1.97, Armv8.0): AESE, AESD, AESMC, AESIMC
   (FEAT_AES); SHA1C, SHA1P, SHA1M, SHA1H, SHA1SU0, SHA1SU1 (FEAT_SHA1);
   SHA256H, SHA256H2, SHA256SU0, SHA256SU1 (FEAT_SHA256); PMULL/PMULL2 with
   64-bit elements (FEAT_PMULL).  The functions are those of the Arm ARM's
   shared/functions/crypto pseudocode.  The feature checks are the decode
   half's "if !HaveXExt() then UNDEFINED", made at execution because the
   decoder does not know the CPU model.

   DecodedInsn use: rd, rn, rm; op = CRYPTO_* below; flags = SIMD_Q (the
   upper half of PMULL2). */
#include "sim/exec/simd_int.h"

enum {
    CRYPTO_AESE, CRYPTO_AESD, CRYPTO_AESMC, CRYPTO_AESIMC,
    CRYPTO_SHA1C, CRYPTO_SHA1P, CRYPTO_SHA1M, CRYPTO_SHA1SU0,
    CRYPTO_SHA256H, CRYPTO_SHA256H2, CRYPTO_SHA256SU1,
    CRYPTO_SHA1H, CRYPTO_SHA1SU1, CRYPTO_SHA256SU0,
};

static void crypto_require(CPUState *cpu, uint32_t feature)
{
    if (!(cpu->model->features & feature))
        AArch64_UndefinedFault(cpu);
    CheckFPAdvSIMDEnabled64(cpu);
}

static inline uint32_t ROL32(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }
static inline uint32_t ROR32(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

/* ---- AES (shared/functions/crypto: AESSubBytes ... AESInvMixColumns) ---- */

/* The state is the 128-bit vector, byte r + 4 * c holding row r of column c
   (FIPS-197 5.1's input order). */
static const uint8_t aes_sbox[256] = {
    0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76,
    0xca, 0x82, 0xc9, 0x7d, 0xfa, 0x59, 0x47, 0xf0, 0xad, 0xd4, 0xa2, 0xaf, 0x9c, 0xa4, 0x72, 0xc0,
    0xb7, 0xfd, 0x93, 0x26, 0x36, 0x3f, 0xf7, 0xcc, 0x34, 0xa5, 0xe5, 0xf1, 0x71, 0xd8, 0x31, 0x15,
    0x04, 0xc7, 0x23, 0xc3, 0x18, 0x96, 0x05, 0x9a, 0x07, 0x12, 0x80, 0xe2, 0xeb, 0x27, 0xb2, 0x75,
    0x09, 0x83, 0x2c, 0x1a, 0x1b, 0x6e, 0x5a, 0xa0, 0x52, 0x3b, 0xd6, 0xb3, 0x29, 0xe3, 0x2f, 0x84,
    0x53, 0xd1, 0x00, 0xed, 0x20, 0xfc, 0xb1, 0x5b, 0x6a, 0xcb, 0xbe, 0x39, 0x4a, 0x4c, 0x58, 0xcf,
    0xd0, 0xef, 0xaa, 0xfb, 0x43, 0x4d, 0x33, 0x85, 0x45, 0xf9, 0x02, 0x7f, 0x50, 0x3c, 0x9f, 0xa8,
    0x51, 0xa3, 0x40, 0x8f, 0x92, 0x9d, 0x38, 0xf5, 0xbc, 0xb6, 0xda, 0x21, 0x10, 0xff, 0xf3, 0xd2,
    0xcd, 0x0c, 0x13, 0xec, 0x5f, 0x97, 0x44, 0x17, 0xc4, 0xa7, 0x7e, 0x3d, 0x64, 0x5d, 0x19, 0x73,
    0x60, 0x81, 0x4f, 0xdc, 0x22, 0x2a, 0x90, 0x88, 0x46, 0xee, 0xb8, 0x14, 0xde, 0x5e, 0x0b, 0xdb,
    0xe0, 0x32, 0x3a, 0x0a, 0x49, 0x06, 0x24, 0x5c, 0xc2, 0xd3, 0xac, 0x62, 0x91, 0x95, 0xe4, 0x79,
    0xe7, 0xc8, 0x37, 0x6d, 0x8d, 0xd5, 0x4e, 0xa9, 0x6c, 0x56, 0xf4, 0xea, 0x65, 0x7a, 0xae, 0x08,
    0xba, 0x78, 0x25, 0x2e, 0x1c, 0xa6, 0xb4, 0xc6, 0xe8, 0xdd, 0x74, 0x1f, 0x4b, 0xbd, 0x8b, 0x8a,
    0x70, 0x3e, 0xb5, 0x66, 0x48, 0x03, 0xf6, 0x0e, 0x61, 0x35, 0x57, 0xb9, 0x86, 0xc1, 0x1d, 0x9e,
    0xe1, 0xf8, 0x98, 0x11, 0x69, 0xd9, 0x8e, 0x94, 0x9b, 0x1e, 0x87, 0xe9, 0xce, 0x55, 0x28, 0xdf,
    0x8c, 0xa1, 0x89, 0x0d, 0xbf, 0xe6, 0x42, 0x68, 0x41, 0x99, 0x2d, 0x0f, 0xb0, 0x54, 0xbb, 0x16,
};

static const uint8_t aes_inv_sbox[256] = {
    0x52, 0x09, 0x6a, 0xd5, 0x30, 0x36, 0xa5, 0x38, 0xbf, 0x40, 0xa3, 0x9e, 0x81, 0xf3, 0xd7, 0xfb,
    0x7c, 0xe3, 0x39, 0x82, 0x9b, 0x2f, 0xff, 0x87, 0x34, 0x8e, 0x43, 0x44, 0xc4, 0xde, 0xe9, 0xcb,
    0x54, 0x7b, 0x94, 0x32, 0xa6, 0xc2, 0x23, 0x3d, 0xee, 0x4c, 0x95, 0x0b, 0x42, 0xfa, 0xc3, 0x4e,
    0x08, 0x2e, 0xa1, 0x66, 0x28, 0xd9, 0x24, 0xb2, 0x76, 0x5b, 0xa2, 0x49, 0x6d, 0x8b, 0xd1, 0x25,
    0x72, 0xf8, 0xf6, 0x64, 0x86, 0x68, 0x98, 0x16, 0xd4, 0xa4, 0x5c, 0xcc, 0x5d, 0x65, 0xb6, 0x92,
    0x6c, 0x70, 0x48, 0x50, 0xfd, 0xed, 0xb9, 0xda, 0x5e, 0x15, 0x46, 0x57, 0xa7, 0x8d, 0x9d, 0x84,
    0x90, 0xd8, 0xab, 0x00, 0x8c, 0xbc, 0xd3, 0x0a, 0xf7, 0xe4, 0x58, 0x05, 0xb8, 0xb3, 0x45, 0x06,
    0xd0, 0x2c, 0x1e, 0x8f, 0xca, 0x3f, 0x0f, 0x02, 0xc1, 0xaf, 0xbd, 0x03, 0x01, 0x13, 0x8a, 0x6b,
    0x3a, 0x91, 0x11, 0x41, 0x4f, 0x67, 0xdc, 0xea, 0x97, 0xf2, 0xcf, 0xce, 0xf0, 0xb4, 0xe6, 0x73,
    0x96, 0xac, 0x74, 0x22, 0xe7, 0xad, 0x35, 0x85, 0xe2, 0xf9, 0x37, 0xe8, 0x1c, 0x75, 0xdf, 0x6e,
    0x47, 0xf1, 0x1a, 0x71, 0x1d, 0x29, 0xc5, 0x89, 0x6f, 0xb7, 0x62, 0x0e, 0xaa, 0x18, 0xbe, 0x1b,
    0xfc, 0x56, 0x3e, 0x4b, 0xc6, 0xd2, 0x79, 0x20, 0x9a, 0xdb, 0xc0, 0xfe, 0x78, 0xcd, 0x5a, 0xf4,
    0x1f, 0xdd, 0xa8, 0x33, 0x88, 0x07, 0xc7, 0x31, 0xb1, 0x12, 0x10, 0x59, 0x27, 0x80, 0xec, 0x5f,
    0x60, 0x51, 0x7f, 0xa9, 0x19, 0xb5, 0x4a, 0x0d, 0x2d, 0xe5, 0x7a, 0x9f, 0x93, 0xc9, 0x9c, 0xef,
    0xa0, 0xe0, 0x3b, 0x4d, 0xae, 0x2a, 0xf5, 0xb0, 0xc8, 0xeb, 0xbb, 0x3c, 0x83, 0x53, 0x99, 0x61,
    0x17, 0x2b, 0x04, 0x7e, 0xba, 0x77, 0xd6, 0x26, 0xe1, 0x69, 0x14, 0x63, 0x55, 0x21, 0x0c, 0x7d,
};

static VReg AESSubBytes(VReg op)
{
    for (unsigned i = 0; i < 16; i++)
        op.b[i] = aes_sbox[op.b[i]];
    return op;
}

static VReg AESInvSubBytes(VReg op)
{
    for (unsigned i = 0; i < 16; i++)
        op.b[i] = aes_inv_sbox[op.b[i]];
    return op;
}

/* Row r rotates left by r columns: result[r, c] = op[r, (c + r) mod 4]. */
static VReg AESShiftRows(VReg op)
{
    VReg r;
    for (unsigned row = 0; row < 4; row++)
        for (unsigned c = 0; c < 4; c++)
            r.b[row + 4 * c] = op.b[row + 4 * ((c + row) & 3)];
    return r;
}

static VReg AESInvShiftRows(VReg op)
{
    VReg r;
    for (unsigned row = 0; row < 4; row++)
        for (unsigned c = 0; c < 4; c++)
            r.b[row + 4 * ((c + row) & 3)] = op.b[row + 4 * c];
    return r;
}

/* FFmul02() etc.: multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1. */
static uint8_t aes_xtime(uint8_t x)
{
    return (uint8_t)((x << 1) ^ ((x & 0x80) ? 0x1b : 0));
}

static uint8_t aes_ffmul(uint8_t x, uint8_t k)
{
    uint8_t r = 0;
    for (; k; k >>= 1, x = aes_xtime(x))
        if (k & 1)
            r ^= x;
    return r;
}

/* Each column times the matrix whose first row is m[0..3] (rotated right
   for each further row): {02 03 01 01} forward, {0e 0b 0d 09} inverse. */
static VReg aes_mix_columns(VReg op, const uint8_t m[4])
{
    VReg r;
    for (unsigned c = 0; c < 4; c++) {
        const uint8_t *in = &op.b[4 * c];
        for (unsigned row = 0; row < 4; row++) {
            uint8_t v = 0;
            for (unsigned k = 0; k < 4; k++)
                v ^= aes_ffmul(in[(row + k) & 3], m[k]);
            r.b[4 * c + row] = v;
        }
    }
    return r;
}

static VReg AESMixColumns(VReg op)
{
    static const uint8_t m[4] = { 0x02, 0x03, 0x01, 0x01 };
    return aes_mix_columns(op, m);
}

static VReg AESInvMixColumns(VReg op)
{
    static const uint8_t m[4] = { 0x0e, 0x0b, 0x0d, 0x09 };
    return aes_mix_columns(op, m);
}

static void exec_aes(CPUState *cpu, const DecodedInsn *d)
{
    crypto_require(cpu, FEAT_AES);
    VReg n = cpu->v[d->rn], r;
    switch (d->op) {
    case CRYPTO_AESE:
    case CRYPTO_AESD:
        r.d[0] = cpu->v[d->rd].d[0] ^ n.d[0];
        r.d[1] = cpu->v[d->rd].d[1] ^ n.d[1];
        r = d->op == CRYPTO_AESE ? AESSubBytes(AESShiftRows(r))
                                 : AESInvSubBytes(AESInvShiftRows(r));
        break;
    case CRYPTO_AESMC: r = AESMixColumns(n); break;
    default: r = AESInvMixColumns(n); break;
    }
    cpu->v[d->rd] = r;
    cpu->pc += 4;
}

/* ---- SHA-1 and SHA-256 ---- */

static inline uint32_t SHAchoose(uint32_t x, uint32_t y, uint32_t z) { return ((y ^ z) & x) ^ z; }
static inline uint32_t SHAparity(uint32_t x, uint32_t y, uint32_t z) { return x ^ y ^ z; }
static inline uint32_t SHAmajority(uint32_t x, uint32_t y, uint32_t z)
{
    return (x & y) | ((x | y) & z);
}
static inline uint32_t SHAhashSIGMA0(uint32_t x) { return ROR32(x, 2) ^ ROR32(x, 13) ^ ROR32(x, 22); }
static inline uint32_t SHAhashSIGMA1(uint32_t x) { return ROR32(x, 6) ^ ROR32(x, 11) ^ ROR32(x, 25); }

/* SHA1C, SHA1P, SHA1M: four rounds on X = Vd (abcd), Y = Sn (e), W = Vm. */
static void exec_sha1_hash(CPUState *cpu, const DecodedInsn *d)
{
    crypto_require(cpu, FEAT_SHA1);
    VReg X = cpu->v[d->rd], W = cpu->v[d->rm];
    uint32_t Y = cpu->v[d->rn].s[0], t;
    for (unsigned e = 0; e < 4; e++) {
        switch (d->op) {
        case CRYPTO_SHA1C: t = SHAchoose(X.s[1], X.s[2], X.s[3]); break;
        case CRYPTO_SHA1P: t = SHAparity(X.s[1], X.s[2], X.s[3]); break;
        default: t = SHAmajority(X.s[1], X.s[2], X.s[3]); break;
        }
        Y = Y + ROL32(X.s[0], 5) + t + W.s[e];
        X.s[1] = ROL32(X.s[1], 30);
        /* <Y, X> = ROL(Y : X, 32) */
        uint32_t top = X.s[3];
        X.s[3] = X.s[2];
        X.s[2] = X.s[1];
        X.s[1] = X.s[0];
        X.s[0] = Y;
        Y = top;
    }
    cpu->v[d->rd] = X;
    cpu->pc += 4;
}

/* SHA1H: Sd = ROL(Sn, 30), the rest of Vd cleared. */
static void exec_sha1h(CPUState *cpu, const DecodedInsn *d)
{
    crypto_require(cpu, FEAT_SHA1);
    uint32_t x = cpu->v[d->rn].s[0];
    cpu->v[d->rd] = (VReg){ .d = { ROL32(x, 30), 0 } };
    cpu->pc += 4;
}

static void exec_sha1su0(CPUState *cpu, const DecodedInsn *d)
{
    crypto_require(cpu, FEAT_SHA1);
    VReg op1 = cpu->v[d->rd], op2 = cpu->v[d->rn], op3 = cpu->v[d->rm];
    /* result = operand2<63:0> : operand1<127:64>, EOR operand1 EOR operand3 */
    VReg r = { .d = { op1.d[1], op2.d[0] } };
    r.d[0] ^= op1.d[0] ^ op3.d[0];
    r.d[1] ^= op1.d[1] ^ op3.d[1];
    cpu->v[d->rd] = r;
    cpu->pc += 4;
}

static void exec_sha1su1(CPUState *cpu, const DecodedInsn *d)
{
    crypto_require(cpu, FEAT_SHA1);
    VReg op1 = cpu->v[d->rd], op2 = cpu->v[d->rn], T, r;
    /* T = operand1 EOR LSR(operand2, 32) */
    T.s[0] = op1.s[0] ^ op2.s[1];
    T.s[1] = op1.s[1] ^ op2.s[2];
    T.s[2] = op1.s[2] ^ op2.s[3];
    T.s[3] = op1.s[3];
    for (unsigned e = 0; e < 4; e++)
        r.s[e] = ROL32(T.s[e], 1);
    r.s[3] ^= ROL32(T.s[0], 2);
    cpu->v[d->rd] = r;
    cpu->pc += 4;
}

/* SHA256hash(): four rounds; part1 returns X (SHA256H), else Y (SHA256H2). */
static VReg SHA256hash(VReg X, VReg Y, VReg W, bool part1)
{
    for (unsigned e = 0; e < 4; e++) {
        uint32_t chs = SHAchoose(Y.s[0], Y.s[1], Y.s[2]);
        uint32_t maj = SHAmajority(X.s[0], X.s[1], X.s[2]);
        uint32_t t = Y.s[3] + SHAhashSIGMA1(Y.s[0]) + chs + W.s[e];
        X.s[3] = t + X.s[3];
        Y.s[3] = t + SHAhashSIGMA0(X.s[0]) + maj;
        /* <Y, X> = ROL(Y : X, 32) */
        uint32_t ytop = Y.s[3], xtop = X.s[3];
        Y.s[3] = Y.s[2];
        Y.s[2] = Y.s[1];
        Y.s[1] = Y.s[0];
        Y.s[0] = xtop;
        X.s[3] = X.s[2];
        X.s[2] = X.s[1];
        X.s[1] = X.s[0];
        X.s[0] = ytop;
    }
    return part1 ? X : Y;
}

static void exec_sha256_hash(CPUState *cpu, const DecodedInsn *d)
{
    crypto_require(cpu, FEAT_SHA256);
    VReg vd = cpu->v[d->rd], vn = cpu->v[d->rn], vm = cpu->v[d->rm];
    cpu->v[d->rd] = d->op == CRYPTO_SHA256H ? SHA256hash(vd, vn, vm, true)
                                            : SHA256hash(vn, vd, vm, false);
    cpu->pc += 4;
}

static void exec_sha256su0(CPUState *cpu, const DecodedInsn *d)
{
    crypto_require(cpu, FEAT_SHA256);
    VReg op1 = cpu->v[d->rd], op2 = cpu->v[d->rn], r;
    /* T = operand2<31:0> : operand1<127:32> */
    uint32_t T[4] = { op1.s[1], op1.s[2], op1.s[3], op2.s[0] };
    for (unsigned e = 0; e < 4; e++) {
        uint32_t elt = ROR32(T[e], 7) ^ ROR32(T[e], 18) ^ (T[e] >> 3);
        r.s[e] = elt + op1.s[e];
    }
    cpu->v[d->rd] = r;
    cpu->pc += 4;
}

static void exec_sha256su1(CPUState *cpu, const DecodedInsn *d)
{
    crypto_require(cpu, FEAT_SHA256);
    VReg op1 = cpu->v[d->rd], op2 = cpu->v[d->rn], op3 = cpu->v[d->rm], r;
    /* T0 = operand3<31:0> : operand2<127:32>; T1 = operand3<127:64>, then result<63:0> */
    uint32_t T0[4] = { op2.s[1], op2.s[2], op2.s[3], op3.s[0] };
    uint32_t T1[2] = { op3.s[2], op3.s[3] };
    for (unsigned e = 0; e < 4; e++) {
        if (e == 2) {
            T1[0] = r.s[0];
            T1[1] = r.s[1];
        }
        uint32_t elt = T1[e & 1];
        elt = ROR32(elt, 17) ^ ROR32(elt, 19) ^ (elt >> 10);
        r.s[e] = elt + op1.s[e] + T0[e];
    }
    cpu->v[d->rd] = r;
    cpu->pc += 4;
}

/* ---- PMULL/PMULL2 .1q ---- */

/* PolynomialMult() of two 64-bit values: the 128-bit carry-less product. */
static VReg PolynomialMult64(uint64_t a, uint64_t b)
{
    VReg r = { .d = { 0, 0 } };
    for (unsigned i = 0; i < 64; i++) {
        if ((a >> i) & 1) {
            r.d[0] ^= b << i;
            if (i)
                r.d[1] ^= b >> (64 - i);
        }
    }
    return r;
}

static void exec_pmull_1q(CPUState *cpu, const DecodedInsn *d)
{
    crypto_require(cpu, FEAT_PMULL);
    unsigned part = (d->flags & SIMD_Q) ? 1 : 0;
    cpu->v[d->rd] = PolynomialMult64(cpu->v[d->rn].d[part], cpu->v[d->rm].d[part]);
    cpu->pc += 4;
}

/* ---- decode ---- */

static bool crypto_fill(DecodedInsn *d, unsigned rd, unsigned rn, unsigned rm, unsigned op,
                        ExecFn *fn)
{
    simd_fill(d, rd, rn, rm, 0, op, 0);
    d->fn = fn;
    return true;
}

bool trans_AESE(DecodedInsn *d, const arg_AESE *a)
{
    return crypto_fill(d, a->rd, a->rn, 0, CRYPTO_AESE, exec_aes);
}

bool trans_AESD(DecodedInsn *d, const arg_AESD *a)
{
    return crypto_fill(d, a->rd, a->rn, 0, CRYPTO_AESD, exec_aes);
}

bool trans_AESMC(DecodedInsn *d, const arg_AESMC *a)
{
    return crypto_fill(d, a->rd, a->rn, 0, CRYPTO_AESMC, exec_aes);
}

bool trans_AESIMC(DecodedInsn *d, const arg_AESIMC *a)
{
    return crypto_fill(d, a->rd, a->rn, 0, CRYPTO_AESIMC, exec_aes);
}

bool trans_SHA1C(DecodedInsn *d, const arg_SHA1C *a)
{
    return crypto_fill(d, a->rd, a->rn, a->rm, CRYPTO_SHA1C, exec_sha1_hash);
}

bool trans_SHA1P(DecodedInsn *d, const arg_SHA1P *a)
{
    return crypto_fill(d, a->rd, a->rn, a->rm, CRYPTO_SHA1P, exec_sha1_hash);
}

bool trans_SHA1M(DecodedInsn *d, const arg_SHA1M *a)
{
    return crypto_fill(d, a->rd, a->rn, a->rm, CRYPTO_SHA1M, exec_sha1_hash);
}

bool trans_SHA1SU0(DecodedInsn *d, const arg_SHA1SU0 *a)
{
    return crypto_fill(d, a->rd, a->rn, a->rm, CRYPTO_SHA1SU0, exec_sha1su0);
}

bool trans_SHA256H(DecodedInsn *d, const arg_SHA256H *a)
{
    return crypto_fill(d, a->rd, a->rn, a->rm, CRYPTO_SHA256H, exec_sha256_hash);
}

bool trans_SHA256H2(DecodedInsn *d, const arg_SHA256H2 *a)
{
    return crypto_fill(d, a->rd, a->rn, a->rm, CRYPTO_SHA256H2, exec_sha256_hash);
}

bool trans_SHA256SU1(DecodedInsn *d, const arg_SHA256SU1 *a)
{
    return crypto_fill(d, a->rd, a->rn, a->rm, CRYPTO_SHA256SU1, exec_sha256su1);
}

bool trans_SHA1H(DecodedInsn *d, const arg_SHA1H *a)
{
    return crypto_fill(d, a->rd, a->rn, 0, CRYPTO_SHA1H, exec_sha1h);
}

bool trans_SHA1SU1(DecodedInsn *d, const arg_SHA1SU1 *a)
{
    return crypto_fill(d, a->rd, a->rn, 0, CRYPTO_SHA1SU1, exec_sha1su1);
}

bool trans_SHA256SU0(DecodedInsn *d, const arg_SHA256SU0 *a)
{
    return crypto_fill(d, a->rd, a->rn, 0, CRYPTO_SHA256SU0, exec_sha256su0);
}

/* PMULL{2} Vd.1Q, Vn.{1D,2D}, Vm.{1D,2D} (Advanced SIMD three different,
   U = 0, size = 11, opcode 1110). */
bool trans_PMULL_1q(DecodedInsn *d, const arg_PMULL_1q *a)
{
    simd_fill(d, a->rd, a->rn, a->rm, 3, 0, simd_flags(a->Q, 0, false));
    d->fn = exec_pmull_1q;
    return true;
}
