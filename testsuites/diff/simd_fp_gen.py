#!/usr/bin/env python3
"""Advanced SIMD floating point, part A (three same FP, by element FP, scalar
pairwise FP, across lanes FP) against QEMU: a bare-metal AArch64 program that
runs each instruction (every arrangement, from GNU as syntax) NREP times on
FP edge inputs (+-0, +-inf, quiet and signalling NaNs with payloads, the
default NaN, subnormals, extreme normals, equal operands, random values)
under a random FPCR (RMode, FZ, DN), then NRAND random words of the part A
patterns of decoder/a64.decode, and prints Vd, FPSR and the ESR of an
UNDEFINED one (derived from simd_int_gen.py).

  python3 simd_fp_gen.py SEED NREP NRAND > t.S
  aarch64-linux-gnu-gcc -march=armv8-a -nostdlib -static -Wl,-Ttext=0x40080000 -o t.elf t.S
  qemu-system-aarch64 -M virt,virtualization=on -cpu max -nographic -kernel t.elf > q.out
  build/trapeze -cpu max,x-fp=on -kernel t.elf > s.out     # then diff (QEMU ends lines in CR)

Line i of the output is instruction i of simd_fp_list.txt (written beside
t.S, with the FPCR it ran under).  Random words are drawn from the part A
patterns, which exclude the FEAT_FP16 forms; the FEAT_FHM words inside them
(FMLAL, FMLSL, FMLAL2, FMLSL2), which QEMU -cpu max executes and trapeze
leaves UNDEFINED, are skipped."""
import random, sys
import simd_prog

seed = int(sys.argv[1]); nrep = int(sys.argv[2]) if len(sys.argv) > 2 else 4
nrand = int(sys.argv[3]) if len(sys.argv) > 3 else 0
R = random.Random(seed)
PART_A = {'SIMD_FP_three_same', 'SIMD_FP_scalar_three_same', 'SIMD_FP_elem_fmla',
          'SIMD_FP_elem_fmul', 'SIMD_FP_scalar_elem_fmla', 'SIMD_FP_scalar_elem_fmul',
          'SIMD_FP_scalar_pairwise', 'SIMD_FP_across'}
tests = []  # (asm, esize)

def t(asm, es): tests.append((asm, es))

VEC = 'fmaxnm fmla fadd fmulx fcmeq fmax frecps fminnm fmls fsub fmin frsqrts fmaxnmp faddp fmul fcmge facge fmaxp fdiv fminnmp fabd fcmgt facgt fminp'.split()
SCALAR = 'fmulx fcmeq frecps frsqrts fcmge facge fabd fcmgt facgt'.split()
for m in VEC:
    for a in ['2s', '4s', '2d']: t(f'{m} v%d.{a}, v%d.{a}, v%d.{a}', 64 if a == '2d' else 32)
for m in SCALAR:
    for s in 'sd': t(f'{m} {s}%d, {s}%d, {s}%d', 64 if s == 'd' else 32)
for m in 'fmla fmls fmul fmulx'.split():
    for a in ['2s', '4s']: t(f'{m} v%d.{a}, v%d.{a}, v%d.s[IDX4]', 32)
    t(f'{m} v%d.2d, v%d.2d, v%d.d[IDX2]', 64)
    t(f'{m} s%d, s%d, v%d.s[IDX4]', 32)
    t(f'{m} d%d, d%d, v%d.d[IDX2]', 64)
for m in 'faddp fmaxp fminp fmaxnmp fminnmp'.split():
    t(f'{m} s%d, v%d.2s', 32)
    t(f'{m} d%d, v%d.2d', 64)
for m in 'fmaxnmv fminnmv fmaxv fminv'.split():
    t(f'{m} s%d, v%d.4s', 32)

FMT = {32: (8, 23), 64: (11, 52)}

def fpval(N):
    E, F = FMT[N]
    emax = (1 << E) - 1
    sign = R.getrandbits(1) << (N - 1)
    ch = R.randint(0, 15)
    if ch == 0: return sign                                            # +-0
    if ch == 1: return sign | (emax << F)                              # +-inf
    if ch == 2: return sign | (emax << F) | (1 << (F - 1)) | R.getrandbits(F - 1)  # qNaN, payload
    if ch == 3: return sign | (emax << F) | max(1, R.getrandbits(F - 1))           # sNaN, payload
    if ch == 4: return (emax << F) | (1 << (F - 1))                   # default NaN
    if ch == 5: return sign | max(1, R.getrandbits(F))                 # subnormal
    if ch == 6: return sign | (1 << F) | R.choice([0, R.getrandbits(F)])    # smallest normals
    if ch == 7: return sign | ((emax - 1) << F) | R.getrandbits(F)    # largest normals
    if ch == 8: return sign | ((emax >> 1) << F)                      # +-1.0
    if ch == 9: return sign | (((emax >> 1) + R.randint(-2, 2)) << F) | (R.getrandbits(2) << (F - 2))
    if ch == 10: return sign | (R.randint(1, 2 * F) << F) | R.getrandbits(F)        # tiny normals
    if ch in (11, 12): return sign | (((emax >> 1) + R.randint(-30, 30)) << F) | R.getrandbits(F)
    return R.getrandbits(N)

def regdata(es):
    bits = es if R.random() < 0.85 else 96 - es
    pool = []
    v = 0
    for i in range(128 // bits):
        if pool and R.random() < 0.2: x = R.choice(pool)            # equal operands
        else: x = fpval(bits)
        pool.append(x)
        v |= x << (i * bits)
    return v

# FPCR: RMode (23:22), FZ (24), DN (25)
FPCRS = [0, 0, 0, 1 << 22, 2 << 22, 3 << 22, 1 << 24, 1 << 25, 3 << 24, (1 << 25) | (2 << 22),
         (1 << 24) | (3 << 22), (3 << 24) | (1 << 22)]

insts = []  # (asm, rd, fpcr, esize)
for asm, es in tests:
    for rep in range(nrep):
        rd, rn, rm = R.randint(0, 7), R.randint(0, 7), R.randint(0, 7)
        if rep == 0 and R.random() < 0.3: rn = rm
        a = asm.replace('IDX4', str(R.randint(0, 3))).replace('IDX2', str(R.randint(0, 1)))
        if '[' in a: rm = R.randint(0, 15)
        a = a % tuple([rd, rn, rm][:a.count('%d')])
        insts.append((a, rd, 0 if rep == 0 else R.choice(FPCRS), es))
# random words within the part A patterns of the simd_fp class
pats = [(m, v) for _, m, v in simd_prog.decode_patterns(lambda cls, name: name in PART_A)]
assert len(pats) == len(PART_A)
def fhm(w):
    # FMLAL/FMLSL (U = 0, opcode 11101) and FMLAL2/FMLSL2 (U = 1, 11001), sz = 0, of the
    # three same FP encoding space: FEAT_FHM, executed by QEMU -cpu max, UNDEFINED here
    return (w & 0x9f20_0400) == 0x0e20_0400 and (w >> 22) & 1 == 0 and \
        (w >> 11) & 0x1f == (0x19 if (w >> 29) & 1 else 0x1d)
for i in range(nrand):
    mask, match = R.choice(pats)
    w = (R.getrandbits(32) & ~mask) | match
    while fhm(w): w = (R.getrandbits(32) & ~mask) | match
    w &= ~0x18                                     # rd in v0..v7
    w = (w & ~0x3e0) | (R.randint(0, 7) << 5)      # rn in v0..v7
    if not mask & (1 << 20): w &= ~(1 << 20)       # rm in v0..v15
    insts.append((f'.inst 0x{w:08x}', w & 7, R.choice(FPCRS), 64 if (w >> 22) & 1 else 32))

simd_prog.emit_program([(a, rd, fpcr, '') for a, rd, fpcr, es in insts], 16,
                       lambda i: regdata(insts[i][3]), 'simd_fp_list.txt')
