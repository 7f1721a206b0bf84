#!/usr/bin/env python3
"""Advanced SIMD floating point, part B (two-register misc FP, fixed-point shift by
immediate) against QEMU: a bare-metal AArch64 program that runs each instruction (every
arrangement, from GNU as syntax) three times on FP edge inputs (zeros, infinities, quiet
and signalling NaNs, denormals, ties, integer limits) under a random FPCR (RMode, FZ, DN,
AHP), then NRAND random words of the Part B patterns of the simd_fp section of
decoder/a64.decode, and prints Vd, FPSR and the ESR of an UNDEFINED one.

  python3 simd_fp_misc_gen.py SEED NRAND > t.S
  aarch64-linux-gnu-gcc -march=armv8-a -nostdlib -static -Wl,-Ttext=0x40080000 -o t.elf t.S
  qemu-system-aarch64 -M virt,virtualization=on -cpu max -nographic -kernel t.elf > q.out
  build/trapeze -cpu max,x-fp=on -kernel t.elf > s.out     # then diff (QEMU ends lines in CR)

Line i of the output is instruction i of simd_fp_misc_list.txt (written beside t.S).
Random words skip FRINT32*/FRINT64* (FEAT_FRINTTS) and BFCVTN (FEAT_BF16), which fall in the
Part B masks and which QEMU -cpu max executes (trapeze: UNDEFINED, Armv8.0). */"""
import random, re, sys
import simd_prog

seed = int(sys.argv[1]); nrand = int(sys.argv[2]) if len(sys.argv) > 2 else 0
R = random.Random(seed)
tests = []  # (asm, rd)

def reg(lo=0, hi=7): return R.randint(lo, hi)
def t(asm, rd): tests.append((asm, rd))

VA = ['2s', '4s', '2d']
same = ('frintn frintm frintp frintz frinta frintx frinti fcvtns fcvtnu fcvtms fcvtmu fcvtps '
        'fcvtpu fcvtzs fcvtzu fcvtas fcvtau scvtf ucvtf frecpe frsqrte fabs fneg fsqrt').split()
for m in same:
    for a in VA: t(f'{m} v%d.{a}, v%d.{a}', 0)
for m in 'fcmgt fcmeq fcmlt fcmge fcmle'.split():
    for a in VA: t(f'{m} v%d.{a}, v%d.{a}, #0.0', 0)
    for s in 'sd': t(f'{m} {s}%d, {s}%d, #0.0', 0)
for m in 'urecpe ursqrte'.split():
    for a in ['2s', '4s']: t(f'{m} v%d.{a}, v%d.{a}', 0)
for m in ('fcvtns fcvtnu fcvtms fcvtmu fcvtps fcvtpu fcvtzs fcvtzu fcvtas fcvtau scvtf ucvtf '
          'frecpe frsqrte frecpx').split():
    for s in 'sd': t(f'{m} {s}%d, {s}%d', 0)
for m, (na, wa) in [('fcvtn', ('4h', '4s')), ('fcvtn2', ('8h', '4s')), ('fcvtn', ('2s', '2d')),
                    ('fcvtn2', ('4s', '2d')), ('fcvtxn', ('2s', '2d')), ('fcvtxn2', ('4s', '2d'))]:
    t(f'{m} v%d.{na}, v%d.{wa}', 0)
t('fcvtxn s%d, d%d', 0)
for m, (wa, na) in [('fcvtl', ('4s', '4h')), ('fcvtl2', ('4s', '8h')), ('fcvtl', ('2d', '2s')),
                    ('fcvtl2', ('2d', '4s'))]:
    t(f'{m} v%d.{wa}, v%d.{na}', 0)
for m in 'scvtf ucvtf fcvtzs fcvtzu'.split():
    for a in VA: t(f'{m} v%d.{a}, v%d.{a}, #FB{64 if a == "2d" else 32}', 0)
    for s in 'sd': t(f'{m} {s}%d, {s}%d, #FB{64 if s == "d" else 32}', 0)

FPCRS = [0, 1 << 22, 2 << 22, 3 << 22, 1 << 24, 1 << 25, 1 << 26, (1 << 24) | (1 << 25),
         (1 << 26) | (1 << 25), (1 << 24) | (1 << 25) | (1 << 26) | (2 << 22)]

def fpval(bits):
    E, F = {16: (5, 10), 32: (8, 23), 64: (11, 52)}[bits]
    m = (1 << bits) - 1; sign = R.randint(0, 1) << (bits - 1); bias = (1 << (E - 1)) - 1
    expmax = (1 << E) - 1
    ch = R.randint(0, 15)
    def mk(e, f): return (sign | (max(0, min(e, expmax)) << F) | (f & ((1 << F) - 1))) & m
    if ch == 0: return mk(0, 0)                                      # zero
    if ch == 1: return mk(expmax, 0)                                 # infinity
    if ch == 2: return mk(expmax, (1 << (F - 1)) | R.getrandbits(F - 1))   # qNaN
    if ch == 3: return mk(expmax, R.randint(1, (1 << (F - 1)) - 1))  # sNaN
    if ch == 4: return mk(0, R.choice([1, (1 << F) - 1, R.getrandbits(F) | 1]))  # denormal
    if ch == 5: return mk(R.choice([1, expmax - 1]), R.getrandbits(F))     # extremes
    if ch == 6:                                                      # n + 0.5 ties, small ints
        n = R.randint(0, 40)
        v = (2 * n + 1) / 2.0
        import struct
        if bits == 64: return sign | struct.unpack('<Q', struct.pack('<d', v))[0]
        if bits == 32: return sign | struct.unpack('<I', struct.pack('<f', v))[0]
        return sign | struct.unpack('<H', struct.pack('<e', v))[0]
    if ch == 7:                                                      # near integer limits
        e = bias + R.choice([15, 16, 31, 32, 63, 64, 30, 62]) + R.randint(-1, 0)
        if e >= expmax: e = expmax - 1
        return mk(e, R.choice([0, (1 << F) - 1, R.getrandbits(F)]))
    if ch == 8: return mk(bias + R.randint(-3, 3), R.getrandbits(F))   # around 1.0
    if ch == 9: return R.getrandbits(bits)                           # integer-looking
    if ch == 10: return R.choice([0, 1, m, 1 << (bits - 1), (1 << (bits - 1)) - 1,
                                  (1 << (bits - 1)) + 1, R.getrandbits(bits // 2)])
    if ch == 11: return mk(bias + R.randint(-(bias - 1), bias), R.getrandbits(F) & ~((1 << R.randint(0, F)) - 1))
    # values that round to denormal / overflow when narrowed (FCVTN/FCVTXN)
    if bits >= 32 and ch == 12: return mk(bias + R.choice([-126, -127, -130, -149, -150, 127, 128, -14, -15, -24, -25, 15, 16]), R.getrandbits(F))
    return mk(R.randint(1, expmax - 1), R.getrandbits(F))

def regdata():
    bits = R.choice([16, 32, 32, 64, 64])
    v = 0
    for i in range(128 // bits): v |= fpval(bits) << (i * bits)
    return v

out = []
insts = []
for asm, _ in tests:
    for rep in range(3):
        rd, rn, rm = reg(), reg(), reg()
        if 'IDX' in asm:
            if '.h[IDX]' in asm: idx = R.randint(0, 7); rm = reg(0, 15)
            else: idx = R.randint(0, 3)
            a = asm.replace('IDX', str(idx))
        else:
            a = asm
        def fb(m):
            es = int(m.group(1))
            return str(R.choice([1, es, R.randint(1, es)]))
        a = re.sub(r'FB(\d+)', fb, a)
        n = a.count('%d')
        a = a % tuple([rd, rn, rm][:n])
        insts.append((a, rd, R.choice(FPCRS)))
# random words within the Part B patterns of the simd_fp class
pats = [(m, v) for _, m, v in simd_prog.decode_patterns(
    lambda cls, name: cls == 'simd_fp' and any(k in name for k in ('fp_2reg', 'fcvtxn', 'fp_shift')),
    sys.argv[3] if len(sys.argv) > 3 else None)]
for i in range(nrand):
    mask, match = R.choice(pats)
    w = (R.getrandbits(32) & ~mask) | match
    w &= ~(0x18 << 0)   # rd in v0..v7
    w = (w & ~0x3e0) | (R.randint(0, 7) << 5)
    if (w >> 17) & 0x1f == 0x10 and (w >> 10) & 3 == 2 and not (w >> 28) & 1:  # vector 2-reg misc
        op, size, u = (w >> 12) & 31, (w >> 22) & 3, (w >> 29) & 1
        if (op >> 1 == 0xf and size < 2) or (op == 0x16 and size == 2 and not u):
            continue    # FRINT32*/FRINT64* (FEAT_FRINTTS), BFCVTN (FEAT_BF16): QEMU -cpu max has them
    insts.append((f'.inst 0x{w:08x}', w & 7, R.choice(FPCRS)))

simd_prog.emit_program([(a, rd, fpcr, '') for a, rd, fpcr in insts], 16, lambda i: regdata(),
                       'simd_fp_misc_list.txt')
