#!/usr/bin/env python3
"""Advanced SIMD integer against QEMU: a bare-metal AArch64 program that runs
each instruction (every arrangement, from GNU as syntax) twice on random and
edge inputs, then NRAND random words of the simd_int patterns of
decoder/a64.decode, and prints Vd, FPSR and the ESR of an UNDEFINED one.

  python3 simd_int_gen.py SEED three_same,shift,misc,long NRAND > t.S
  aarch64-linux-gnu-gcc -march=armv8-a -nostdlib -static -Wl,-Ttext=0x40080000 -o t.elf t.S
  qemu-system-aarch64 -M virt,virtualization=on -cpu max -nographic -kernel t.elf > q.out
  build/trapeze -cpu max,x-fp=on -kernel t.elf > s.out     # then diff (QEMU ends lines in CR)

Line i of the output is instruction i of simd_int_list.txt (written beside
t.S).  PMULL .1q (FEAT_PMULL) is the crypto class: testsuites/diff/crypto_gen.py."""
import random, re, sys
import simd_prog

seed = int(sys.argv[1]); classes = sys.argv[2].split(','); nrand = int(sys.argv[3]) if len(sys.argv) > 3 else 0
R = random.Random(seed)
ARR = {'8b': (0, 0), '16b': (0, 1), '4h': (1, 0), '8h': (1, 1), '2s': (2, 0), '4s': (2, 1), '1d': (3, 0), '2d': (3, 1)}
BY = {0: ['8b', '16b'], 1: ['4h', '8h'], 2: ['2s', '4s'], 3: ['1d', '2d']}
SC = 'bhsd'
tests = []  # (asm, rd)

def reg(lo=0, hi=7): return R.randint(lo, hi)
def t(asm, rd): tests.append((asm, rd))
def arrs(sizes): return [a for s in sizes for a in BY[s] if a != '1d']

def three_same():
    bhs = 'shadd uhadd srhadd urhadd shsub uhsub smax umax smin umin sabd uabd saba uaba mla mls mul smaxp umaxp sminp uminp'.split()
    all_ = 'sqadd uqadd sqsub uqsub cmeq cmgt cmge cmhi cmhs cmtst sshl ushl srshl urshl sqshl uqshl sqrshl uqrshl add sub addp'.split()
    for m in bhs:
        for a in arrs([0, 1, 2]): t(f'{m} v%d.{a}, v%d.{a}, v%d.{a}', 0)
    for m in all_:
        for a in arrs([0, 1, 2, 3]): t(f'{m} v%d.{a}, v%d.{a}, v%d.{a}', 0)
    for m in ['sqdmulh', 'sqrdmulh']:
        for a in arrs([1, 2]): t(f'{m} v%d.{a}, v%d.{a}, v%d.{a}', 0)
        for s in 'hs': t(f'{m} {s}%d, {s}%d, {s}%d', 0)
    for m in 'pmul and bic orr orn eor bsl bit bif'.split():
        for a in ['8b', '16b']: t(f'{m} v%d.{a}, v%d.{a}, v%d.{a}', 0)
    for m in 'sqadd uqadd sqsub uqsub sqshl uqshl sqrshl uqrshl'.split():
        for s in SC: t(f'{m} {s}%d, {s}%d, {s}%d', 0)
    for m in 'add sub cmeq cmgt cmge cmhi cmhs cmtst sshl ushl srshl urshl'.split():
        t(f'{m} d%d, d%d, d%d', 0)
    for m in 'mul mla mls sqdmulh sqrdmulh'.split():
        for a in ['4h', '8h', '2s', '4s']:
            t(f'{m} v%d.{a}, v%d.{a}, v%d.{a[-1]}[IDX]', 0)
    for m in 'sqdmulh sqrdmulh'.split():
        for s in 'hs': t(f'{m} {s}%d, {s}%d, v%d.{s}[IDX]', 0)
    for m in 'addv smaxv umaxv sminv uminv saddlv uaddlv'.split():
        for a in ['8b', '16b', '4h', '8h', '4s']:
            s = 'bhs'[ARR[a][0]]
            if m.endswith('lv'): s = 'hsd'[ARR[a][0]]
            t(f'{m} {s}%d, v%d.{a}', 0)
    t('addp d%d, v%d.2d', 0)

def shift():
    for a, (sz, q) in ARR.items():
        if a == '1d': continue
        es = 8 << sz
        for m in 'sshr ushr ssra usra srshr urshr srsra ursra sri'.split():
            t(f'{m} v%d.{a}, v%d.{a}, #SR{es}', 0)
        for m in 'shl sli sqshl uqshl sqshlu'.split():
            t(f'{m} v%d.{a}, v%d.{a}, #SL{es}', 0)
    for m in 'sshr ushr ssra usra srshr urshr srsra ursra sri'.split(): t(f'{m} d%d, d%d, #SR64', 0)
    for m in 'shl sli'.split(): t(f'{m} d%d, d%d, #SL64', 0)
    for m in 'sqshl uqshl sqshlu'.split():
        for i, s in enumerate(SC): t(f'{m} {s}%d, {s}%d, #SL{8 << i}', 0)
    for sz in range(3):
        es = 8 << sz
        for q in (0, 1):
            na = BY[sz][q]; wa = BY[sz + 1][1]
            for m in 'shrn rshrn sqshrn uqshrn sqrshrn uqrshrn sqshrun sqrshrun'.split():
                t(f'{m}{"2" if q else ""} v%d.{na}, v%d.{wa}, #SR{es}', 0)
            for m in 'sshll ushll'.split():
                t(f'{m}{"2" if q else ""} v%d.{wa}, v%d.{na}, #SL{es}', 0)
        for m in 'sqshrn uqshrn sqrshrn uqrshrn sqshrun sqrshrun'.split():
            t(f'{m} {SC[sz]}%d, {SC[sz+1]}%d, #SR{es}', 0)

def misc():
    for a in arrs([0, 1, 2]): t(f'rev64 v%d.{a}, v%d.{a}', 0)
    for a in arrs([0, 1]): t(f'rev32 v%d.{a}, v%d.{a}', 0)
    for a in arrs([0]):
        for m in 'rev16 cnt not rbit'.split(): t(f'{m} v%d.{a}, v%d.{a}', 0)
    for m in 'saddlp uaddlp sadalp uadalp'.split():
        for a in arrs([0, 1, 2]):
            sz, q = ARR[a]; w = {0: 'h', 1: 's', 2: 'd'}[sz]; n = (8 if q else 4) >> sz
            t(f'{m} v%d.{n}{w}, v%d.{a}', 0)
    for m in 'cls clz'.split():
        for a in arrs([0, 1, 2]): t(f'{m} v%d.{a}, v%d.{a}', 0)
    for m in 'suqadd usqadd sqabs sqneg abs neg'.split():
        for a in arrs([0, 1, 2, 3]): t(f'{m} v%d.{a}, v%d.{a}', 0)
    for m in 'cmgt cmge cmeq cmle cmlt'.split():
        for a in arrs([0, 1, 2, 3]): t(f'{m} v%d.{a}, v%d.{a}, #0', 0)
        t(f'{m} d%d, d%d, #0', 0)
    for m in 'suqadd usqadd sqabs sqneg'.split():
        for s in SC: t(f'{m} {s}%d, {s}%d', 0)
    for m in 'abs neg'.split(): t(f'{m} d%d, d%d', 0)
    for sz in range(3):
        for q in (0, 1):
            na = BY[sz][q]; wa = BY[sz + 1][1]
            for m in 'xtn sqxtn uqxtn sqxtun'.split():
                t(f'{m}{"2" if q else ""} v%d.{na}, v%d.{wa}', 0)
            t(f'shll{"2" if q else ""} v%d.{wa}, v%d.{na}, #{8 << sz}', 0)
        for m in 'sqxtn uqxtn sqxtun'.split():
            t(f'{m} {SC[sz]}%d, {SC[sz+1]}%d', 0)

def long():
    for sz in range(3):
        for q in (0, 1):
            na = BY[sz][q]; wa = BY[sz + 1][1]; s2 = '2' if q else ''
            for m in 'saddl uaddl ssubl usubl sabal uabal sabdl uabdl smlal umlal smlsl umlsl smull umull'.split():
                t(f'{m}{s2} v%d.{wa}, v%d.{na}, v%d.{na}', 0)
            for m in 'saddw uaddw ssubw usubw'.split():
                t(f'{m}{s2} v%d.{wa}, v%d.{wa}, v%d.{na}', 0)
            for m in 'addhn raddhn subhn rsubhn'.split():
                t(f'{m}{s2} v%d.{na}, v%d.{wa}, v%d.{wa}', 0)
            if sz in (1, 2):
                for m in 'sqdmlal sqdmlsl sqdmull'.split():
                    t(f'{m}{s2} v%d.{wa}, v%d.{na}, v%d.{na}', 0)
                for m in 'smull umull smlal umlal smlsl umlsl sqdmull sqdmlal sqdmlsl'.split():
                    t(f'{m}{s2} v%d.{wa}, v%d.{na}, v%d.{na[-1]}[IDX]', 0)
            if sz == 0:
                t(f'pmull{s2} v%d.8h, v%d.{na}, v%d.{na}', 0)
    for sz in (1, 2):
        for m in 'sqdmlal sqdmlsl sqdmull'.split():
            t(f'{m} {SC[sz+1]}%d, {SC[sz]}%d, {SC[sz]}%d', 0)
            t(f'{m} {SC[sz+1]}%d, {SC[sz]}%d, v%d.{SC[sz]}[IDX]', 0)

for c in classes:
    if c in globals(): globals()[c]()

def elemval(bits):
    m = (1 << bits) - 1
    ch = R.randint(0, 11)
    if ch == 0: return 0
    if ch == 1: return m
    if ch == 2: return 1 << (bits - 1)
    if ch == 3: return (1 << (bits - 1)) - 1
    if ch == 4: return 1
    if ch == 5: return R.randint(0, 2 * bits) if R.random() < 0.5 else (-R.randint(1, 2 * bits)) & m
    if ch == 6: return (1 << (bits - 1)) + R.randint(-3, 3) & m
    return R.getrandbits(bits)

def regdata():
    bits = R.choice([8, 16, 32, 64])
    v = 0
    for i in range(128 // bits): v |= elemval(bits) << (i * bits)
    return v

out = []
insts = []
for asm, _ in tests:
    for rep in range(2):
        rd, rn, rm = reg(), reg(), reg()
        if 'IDX' in asm:
            if '.h[IDX]' in asm: idx = R.randint(0, 7); rm = reg(0, 15)
            else: idx = R.randint(0, 3)
            a = asm.replace('IDX', str(idx))
        else:
            a = asm
        def sh(m):
            kind, es = m.group(1), int(m.group(2))
            return str(R.choice([1, es, R.randint(1, es)]) if kind == 'SR' else R.choice([0, es - 1, R.randint(0, es - 1)]))
        a = re.sub(r'(SR|SL)(\d+)', sh, a)
        n = a.count('%d')
        a = a % tuple([rd, rn, rm][:n])
        insts.append((a, rd))
# random words within the simd_int patterns
pats = [(m, v) for _, m, v in simd_prog.decode_patterns(lambda cls, name: cls == 'simd_int',
                                                         sys.argv[4] if len(sys.argv) > 4 else None)]
for i in range(nrand):
    mask, match = R.choice(pats)
    w = (R.getrandbits(32) & ~mask) | match
    w &= ~(0x18 << 0)   # rd in v0..v7
    w = (w & ~0x3e0) | (R.randint(0, 7) << 5)
    insts.append((f'.inst 0x{w:08x}', w & 7))

simd_prog.emit_program([(a, rd, None, '') for a, rd in insts], 16, lambda i: regdata(),
                       'simd_int_list.txt')
