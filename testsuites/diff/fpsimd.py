"""FP and Advanced SIMD part of the differential-test generator (used by gen.py).

A class is a list of templates: an encoding pattern (32 characters, most significant bit
first; '0'/'1' fixed bits, a letter a field), the allowed values of each field, an
optional validity predicate over all the fields (reserved/unallocated combinations are
rejected, never emitted), and a disassembly format.  Adding an instruction is one T(...)
line; adding a class is a list of them registered in TEMPLATES and CLASS_INFO.

Field letters and their default meaning (a template may override any with a list):
  d n m a  SIMD&FP register (0..31)            D   general register written (gen.dest)
  N M      general register read (gen.src: 31 = ZR)
  anything else: uniform random bits of the field's width.
Disassembly: str.format over the field values plus P (precision of `t`: s/d/h), R (w/x
from `s`), Rd/Rn/Rm (general register names, width from `s` or `R`), A (arrangement
from q/z), E (element letter from z), Ew (wide element), An (narrow arrangement),
cond (condition of `c`).  A callable gets (fields, context) instead.

Classes: fp = the scalar FP classes (on with --classes +fp); fp_ext, and the Advanced SIMD
classes simd_move, simd_int, simd_ldst, simd_fp, crypto (simd = all five) are off by default.
"""

import struct

M64 = (1 << 64) - 1
FT = {0: 's', 1: 'd', 3: 'h'}                  # ftype -> register prefix
CONDS = ['eq', 'ne', 'cs', 'cc', 'mi', 'pl', 'vs', 'vc',
         'hi', 'ls', 'ge', 'lt', 'gt', 'le', 'al', 'nv']


class T:
    __slots__ = ('name', 'cls', 'weight', 'fixed', 'fields', 'spec', 'valid', 'text')

    def __init__(self, name, cls, weight, pat, text, valid=None, **spec):
        pat = pat.replace(' ', '').replace('_', '')
        assert len(pat) == 32, (name, pat, len(pat))
        self.name, self.cls, self.weight, self.text, self.valid = name, cls, weight, text, valid
        self.fixed = 0
        self.fields = {}                        # letter -> (lsb, width)
        for i, ch in enumerate(pat):
            bit = 31 - i
            if ch == '1':
                self.fixed |= 1 << bit
            elif ch != '0':
                lsb, w = self.fields.get(ch, (bit, 0))
                assert lsb == bit + 1 or w == 0, (name, ch)   # contiguous fields
                self.fields[ch] = (bit, w + 1)
        self.spec = spec

    def __repr__(self):
        return f'T({self.name})'


def draw(gen, t):
    """Fields for template t (rejection sampling against t.valid) -> (word, text)."""
    r = gen.rng
    for _ in range(200):
        f = {}
        for ch, (lsb, w) in t.fields.items():
            s = t.spec.get(ch)
            if isinstance(s, (list, tuple, range)):
                f[ch] = r.choice(s)
            elif s == 'V' or (s is None and ch in 'dnma'):
                f[ch] = r.below(32)
            elif s == 'Xd' or (s is None and ch == 'D'):
                f[ch] = gen.dest()
            elif s == 'Xs' or (s is None and ch in 'NM'):
                f[ch] = gen.src()
            else:
                f[ch] = r.bits(w)
        if t.valid is None or t.valid(f):
            break
    else:
        raise AssertionError(f'no valid encoding found for {t.name}')
    word = t.fixed
    for ch, (lsb, w) in t.fields.items():
        assert 0 <= f[ch] < (1 << w), (t.name, ch, f[ch])
        word |= f[ch] << lsb
    return word, render(t, f)


def gname(sf, n):
    if n == 31:
        return 'xzr' if sf else 'wzr'
    return ('x' if sf else 'w') + str(n)


ARR = {(0, 0): '8b', (1, 0): '16b', (0, 1): '4h', (1, 1): '8h', (0, 2): '2s', (1, 2): '4s',
       (0, 3): '1d', (1, 3): '2d'}


def render(t, f):
    c = dict(f)
    if 't' in f:
        c['P'] = FT.get(f['t'], '?')
    sf = f['s'] if 's' in f else t.spec.get('sf', 1)
    c['R'] = 'x' if sf else 'w'
    for k in 'DNM':
        if k in f:
            c['R' + k.lower()] = gname(sf, f[k])
    if 'z' in f:
        c['E'] = 'bhsd'[f['z']]
        c['Ew'] = 'bhsdq'[f['z'] + 1]
        if 'q' in f:
            c['A'] = ARR[(f['q'], f['z'])]
            if f['z'] < 3:
                c['Aw'] = ['8h', '4s', '2d'][f['z']]          # long/wide result
    if 'q' in f:
        c['B'] = '16b' if f['q'] else '8b'
        c['two'] = '2' if f['q'] else ''
    if 'c' in f:
        c['cond'] = CONDS[f['c']]
    if callable(t.text):
        return t.text(f, c)
    return t.text.format(**c)


# ---------------------------------------------------------------------------------
# Interesting values

def fp_special(r, e, m):
    """A bit pattern of an IEEE format with e exponent and m fraction bits."""
    emax = (1 << e) - 1
    bias = emax >> 1
    sign = r.bits(1)
    k = r.below(16)
    if k == 0:
        ex, fr = 0, 0                                           # zero
    elif k == 1:
        ex, fr = emax, 0                                        # infinity
    elif k == 2:                                                # quiet NaN, payload
        ex, fr = emax, 1 << (m - 1) | (r.bits(m - 1) if r.chance(70) else 0)
    elif k == 3:                                                # signalling NaN, payload
        ex, fr = emax, r.bits(m - 1) or 1
    elif k == 4:                                                # subnormal
        ex = 0
        fr = r.choice([1, (1 << m) - 1, r.bits(m) or 1, 1 << (m - 1)])
    elif k == 5:
        ex, fr = 1, r.choice([0, 1, r.bits(m)])                 # smallest normals
    elif k == 6:
        ex, fr = emax - 1, r.choice([(1 << m) - 1, 0, r.bits(m)])  # largest normals
    elif k == 7:
        ex, fr = bias + r.range(-2, 2), r.bits(m)               # around 1
    elif k == 8:                                                # integers, halves
        v = r.choice([r.range(0, 20), r.range(0, 20) + 0.5, r.range(0, 1 << 20) + 0.5,
                      r.range(0, 1 << 20)])
        return with_sign(to_bits(float(v), e, m), sign, e, m)
    elif k == 9:                                                # integer saturation edges
        base = r.choice([7, 8, 15, 16, 31, 32, 63, 64])
        v = float(2 ** base) * r.choice([1.0, 0.5, 0.75])
        b = to_bits(v, e, m)
        b += r.choice([-1, 0, 0, 1])                            # one ulp either side
        return with_sign(b & ((1 << (e + m)) - 1), sign, e, m)
    elif k == 10:                                               # just under emax overflow
        ex, fr = emax - 1 - r.below(3), r.bits(m)
    elif k == 11:                                               # near the subnormal edge
        ex, fr = r.range(1, 3), r.bits(m)
    elif k == 12:                                               # fixed-point range
        ex, fr = bias + r.range(-20, 70), r.bits(m)
        ex = min(ex, emax - 1)
    else:
        return r.bits(1 + e + m)                                # random bits
    return sign << (e + m) | ex << m | fr


def with_sign(b, sign, e, m):
    return b | sign << (e + m)


def to_bits(v, e, m):
    if (e, m) == (11, 52):
        return struct.unpack('<Q', struct.pack('<d', v))[0]
    if (e, m) == (8, 23):
        return struct.unpack('<I', struct.pack('<f', v))[0]
    try:
        return struct.unpack('<H', struct.pack('<e', v))[0]
    except OverflowError:
        return 0x7C00


FORMATS = {16: (5, 10), 32: (8, 23), 64: (11, 52)}


def int_edge(r, bits):
    mx = (1 << bits) - 1
    v = r.choice([0, 1, 2, mx, mx - 1, 1 << (bits - 1), (1 << (bits - 1)) - 1,
                  (1 << (bits - 1)) + 1, r.bits(bits), r.bits(r.range(1, bits))])
    return v & mx


def lanes(r, width, fn):
    out = 0
    for i in range(128 // width):
        out |= fn() << (i * width)
    return out


def initial_vreg(r):
    """128 bits for one of V0..V31."""
    k = r.below(20)
    if k < 4:
        return r.bits(64) | r.bits(64) << 64
    if k < 9:
        lo = fp_special(r, 11, 52)
        hi = fp_special(r, 11, 52) if r.chance(60) else r.bits(64)
        return lo | hi << 64
    if k < 14:
        return lanes(r, 32, lambda: fp_special(r, 8, 23))
    if k < 16:
        return lanes(r, 16, lambda: fp_special(r, 5, 10))
    w = r.choice([8, 16, 32, 64])
    return lanes(r, w, lambda: int_edge(r, w))


def fp_gpr(r):
    """A general register holding an FP bit pattern (for FMOV/SCVTF inputs)."""
    if r.bits(1):
        return fp_special(r, 11, 52)
    return fp_special(r, 8, 23) | (r.bits(32) << 32 if r.chance(30) else 0)


def fpcr_value(r):
    """FPCR per block: RMode, FZ, DN, AHP; the trap enables and FZ16 stay 0."""
    rmode = r.choice([0, 0, 1, 2, 3])
    return (r.chance(30) << 26 | r.chance(30) << 25 | r.chance(30) << 24 | rmode << 22)


def vfp_expand_imm(imm8, n):
    e, m = FORMATS[n]
    sign, b6, rest = imm8 >> 7, (imm8 >> 6) & 1, imm8 & 0x3F
    exp = (1 - b6) << (e - 1) | (((1 << (e - 3)) - 1) * b6) << 2 | (rest >> 4)
    return sign << (n - 1) | exp << m | (rest & 0xF) << (m - 4)


def fmov_imm_text(f, c):
    n = 64 if f['t'] else 32
    bits = vfp_expand_imm(f['i'], n)
    val = struct.unpack('<d', struct.pack('<Q', bits))[0] if n == 64 else \
        struct.unpack('<f', struct.pack('<I', bits))[0]
    return f'fmov {c["P"]}{f["d"]}, #{val!r}'


# ---------------------------------------------------------------------------------
# Scalar floating point (DDI 0487 C4.1.96: "Data Processing -- Scalar Floating-Point and
# Advanced SIMD").  ftype: 00 single, 01 double (10 unallocated, 11 half = FEAT_FP16 for
# arithmetic: left out, except as an FCVT operand, which is base v8.0).

SD = [0, 1]
TEMPLATES = []


def add(*ts):
    TEMPLATES.extend(ts)


# FP data-processing (1 source)
add(T('fmov', 'fp_mov', 2, '00011110 tt1 000000 10000 nnnnn ddddd', 'fmov {P}{d}, {P}{n}', t=SD))
for op, nm in [(1, 'fabs'), (2, 'fneg'), (3, 'fsqrt')]:
    add(T(nm, 'fp_dp1', 3 if op == 3 else 2, f'00011110 tt1 {op:06b} 10000 nnnnn ddddd',
          nm + ' {P}{d}, {P}{n}', t=SD))
for op, nm in [(8, 'frintn'), (9, 'frintp'), (10, 'frintm'), (11, 'frintz'), (12, 'frinta'),
               (14, 'frintx'), (15, 'frinti')]:                 # 001101 unallocated
    add(T(nm, 'fp_rint', 2, f'00011110 tt1 {op:06b} 10000 nnnnn ddddd', nm + ' {P}{d}, {P}{n}',
          t=SD))
add(T('fcvt', 'fp_cvt', 6, '00011110 tt1 0001 oo 10000 nnnnn ddddd',
      lambda f, c: f'fcvt {FT[f["o"]]}{f["d"]}, {FT[f["t"]]}{f["n"]}',
      valid=lambda f: f['o'] != f['t'], t=[0, 1, 3], o=[0, 1, 3]))
# FRINT32Z/32X/64Z/64X (FEAT_FRINTTS) and FJCVTZS (FEAT_JSCVT): optional class fp_ext
for op, nm in [(16, 'frint32z'), (17, 'frint32x'), (18, 'frint64z'), (19, 'frint64x')]:
    add(T(nm, 'fp_ext', 2, f'00011110 tt1 {op:06b} 10000 nnnnn ddddd', nm + ' {P}{d}, {P}{n}',
          t=SD))
add(T('fjcvtzs', 'fp_ext', 2, '00011110 011 11 110 000000 nnnnn DDDDD', 'fjcvtzs {Rd}, d{n}', sf=0))

# FP data-processing (2 source): 1001..1111 unallocated
for op, nm in enumerate(['fmul', 'fdiv', 'fadd', 'fsub', 'fmax', 'fmin', 'fmaxnm', 'fminnm',
                         'fnmul']):
    add(T(nm, 'fp_dp2', 3, f'00011110 tt1 mmmmm {op:04b} 10 nnnnn ddddd',
          nm + ' {P}{d}, {P}{n}, {P}{m}', t=SD))
# FP data-processing (3 source)
for o1, o0, nm in [(0, 0, 'fmadd'), (0, 1, 'fmsub'), (1, 0, 'fnmadd'), (1, 1, 'fnmsub')]:
    add(T(nm, 'fp_dp3', 3, f'00011111 tt{o1} mmmmm {o0} aaaaa nnnnn ddddd',
          nm + ' {P}{d}, {P}{n}, {P}{m}, {P}{a}', t=SD))
# FP compare: op (15:14) 00; opcode2<2:0> 000; Rm (0)(0)(0)(0)(0) in the #0.0 forms
for opc, nm in [(0, 'fcmp'), (16, 'fcmpe')]:
    add(T(nm, 'fp_cmp', 3, f'00011110 tt1 mmmmm 001000 nnnnn {opc:05b}',
          nm + ' {P}{n}, {P}{m}', t=SD))
    add(T(nm + '0', 'fp_cmp', 1, f'00011110 tt1 00000 001000 nnnnn {opc | 8:05b}',
          nm + ' {P}{n}, #0.0', t=SD))
# FP conditional compare, conditional select
add(T('fccmp', 'fp_ccmp', 4, '00011110 tt1 mmmmm cccc 01 nnnnn e vvvv',
      lambda f, c: f'fccmp{"e" if f["e"] else ""} {c["P"]}{f["n"]}, {c["P"]}{f["m"]}, '
                   f'#{f["v"]:#x}, {c["cond"]}', t=SD))
add(T('fcsel', 'fp_csel', 3, '00011110 tt1 mmmmm cccc 11 nnnnn ddddd',
      'fcsel {P}{d}, {P}{n}, {P}{m}, {cond}', t=SD))
# FP immediate: imm5 = 00000
add(T('fmov_imm', 'fp_imm', 2, '00011110 tt1 iiiiiiii 100 00000 ddddd', fmov_imm_text, t=SD))
# Conversion between FP and integer (rmode, opcode); FMOV general (no half forms)
add(T('fmov_to_gen', 'fp_mov', 2, 's0011110 tt1 00 110 000000 nnnnn DDDDD',
      lambda f, c: f'fmov {c["Rd"]}, {"sd"[f["s"]]}{f["n"]}', valid=lambda f: f['t'] == f['s'],
      t=SD))
add(T('fmov_from_gen', 'fp_mov', 2, 's0011110 tt1 00 111 000000 NNNNN ddddd',
      lambda f, c: f'fmov {"sd"[f["s"]]}{f["d"]}, {c["Rn"]}', valid=lambda f: f['t'] == f['s'],
      t=SD))
add(T('fmov_to_top', 'fp_mov', 1, '10011110 101 01 110 000000 nnnnn DDDDD',
      'fmov {Rd}, v{n}.d[1]'))
add(T('fmov_from_top', 'fp_mov', 1, '10011110 101 01 111 000000 NNNNN ddddd',
      'fmov v{d}.d[1], {Rn}'))
for rm, nm in enumerate('npmz'):
    for u in (0, 1):
        add(T(f'fcvt{nm}{"su"[u]}', 'fp_int', 2, f's0011110 tt1 {rm:02b} 00{u} 000000 nnnnn DDDDD',
              f'fcvt{nm}{"su"[u]} {{Rd}}, {{P}}{{n}}', t=SD))
for u in (0, 1):
    add(T(f'fcvta{"su"[u]}', 'fp_int', 2, f's0011110 tt1 00 10{u} 000000 nnnnn DDDDD',
          f'fcvta{"su"[u]} {{Rd}}, {{P}}{{n}}', t=SD))
    add(T(f'{"su"[u]}cvtf', 'fp_int', 3, f's0011110 tt1 00 01{u} 000000 NNNNN ddddd',
          f'{"su"[u]}cvtf {{P}}{{d}}, {{Rn}}', t=SD))
# Conversion between FP and fixed point: scale = 64 - fbits, >= 32 for 32-bit integers
for rm, op, nm, gp_dst in [(3, 0, 'fcvtzs', 1), (3, 1, 'fcvtzu', 1), (0, 2, 'scvtf', 0),
                           (0, 3, 'ucvtf', 0)]:
    regs = '{Rd}, {P}{n}' if gp_dst else '{P}{d}, {Rn}'
    pat = f's0011110 tt0 {rm:02b} {op:03b} kkkkkk ' + ('nnnnn DDDDD' if gp_dst else 'NNNNN ddddd')
    add(T(nm + '_fix', 'fp_fixed', 3, pat,
          lambda f, c, regs=regs, nm=nm: f'{nm} ' + regs.format(**c) + f', #{64 - f["k"]}',
          valid=lambda f: f['s'] or f['k'] >= 32, t=SD))


# ---------------------------------------------------------------------------------
# Advanced SIMD (off by default).  Arrangement: q (bit 30) and z (size): z = 3 with q = 0
# is reserved in the vector forms unless noted.

def not_1d(f):
    return not (f['z'] == 3 and f['q'] == 0)


def size_in(*ok):
    return lambda f: f['z'] in ok and not_1d(f)


def elem_imm5(f):
    """imm5 of DUP/INS/UMOV/SMOV: lowest set bit gives the element size (0..3)."""
    i = f['i']
    if i & 0xF == 0:
        return None
    return (i & -i).bit_length() - 1


def dup_elem_ok(f):
    z = elem_imm5(f)
    return z is not None and not (z == 3 and f['q'] == 0)


def elem_text(f):
    z = elem_imm5(f)
    return 'bhsd'[z], f['i'] >> (z + 1)


add(T('dup_elem', 'simd_move', 2, '0q001110000 iiiii 000001 nnnnn ddddd',
      lambda f, c: f'dup v{f["d"]}.{ARR[(f["q"], elem_imm5(f))]}, v{f["n"]}.'
                   f'{elem_text(f)[0]}[{elem_text(f)[1]}]', valid=dup_elem_ok))
add(T('dup_gen', 'simd_move', 2, '0q001110000 iiiii 000011 NNNNN ddddd',
      lambda f, c: f'dup v{f["d"]}.{ARR[(f["q"], elem_imm5(f))]}, '
                   f'{gname(elem_imm5(f) == 3, f["N"])}', valid=dup_elem_ok))
add(T('ins_gen', 'simd_move', 2, '01001110000 iiiii 000111 NNNNN ddddd',
      lambda f, c: (lambda e, ix: f'mov v{f["d"]}.{e}[{ix}], {gname(e == "d", f["N"])}')(*elem_text(f)),
      valid=lambda f: elem_imm5(f) is not None))
add(T('ins_elem', 'simd_move', 2, '01101110000 iiiii 0 jjjj 1 nnnnn ddddd',
      lambda f, c: (lambda e, ix: f'mov v{f["d"]}.{e}[{ix}], v{f["n"]}.{e}[{f["j"] >> "bhsd".index(e)}]')(*elem_text(f)),
      valid=lambda f: elem_imm5(f) is not None and
      f['j'] & ((1 << elem_imm5(f)) - 1) == 0))     # low imm4 bits are don't-care: keep 0
add(T('umov', 'simd_move', 2, '0q001110000 iiiii 001111 nnnnn DDDDD',
      lambda f, c: (lambda e, ix: f'umov {gname(f["q"], f["D"])}, v{f["n"]}.{e}[{ix}]')(*elem_text(f)),
      valid=lambda f: elem_imm5(f) is not None and (elem_imm5(f) == 3) == (f['q'] == 1)))
add(T('smov', 'simd_move', 2, '0q001110000 iiiii 001011 nnnnn DDDDD',
      lambda f, c: (lambda e, ix: f'smov {gname(f["q"], f["D"])}, v{f["n"]}.{e}[{ix}]')(*elem_text(f)),
      valid=lambda f: elem_imm5(f) is not None and elem_imm5(f) < 3 - (1 - f['q'])))


def movi_ok(f):
    o, cm, q = f['o'], f['m'], f['q']
    if o == 1 and cm == 15:
        return q == 1                                # FMOV 2D; Q = 0 unallocated
    return True


def movi_text(f, c):
    o, cm = f['o'], f['m']
    imm = f['i'] << 5 | f['j']
    if cm == 15:
        return f'fmov v{f["d"]}.{"2d" if o else ("4s" if f["q"] else "2s")}, #imm8={imm:#x}'
    if cm == 14:
        if o:
            return f'movi {"v%d.2d" % f["d"] if f["q"] else "d%d" % f["d"]}, #bytemask={imm:#x}'
        return f'movi v{f["d"]}.{c["B"]}, #{imm:#x}'
    kind = 'mvni' if o else 'movi'
    if cm < 8 and cm & 1:
        kind = 'bic' if o else 'orr'
    elif 8 <= cm < 12 and cm & 1:
        kind = 'bic' if o else 'orr'
    arr = ('4s' if f['q'] else '2s') if cm < 8 or cm >= 12 else ('8h' if f['q'] else '4h')
    return f'{kind} v{f["d"]}.{arr}, #{imm:#x}, cmode={cm:#06b}'


add(T('movi', 'simd_move', 4, '0qo0111100000 iii mmmm 0 1 jjjjj ddddd', movi_text, valid=movi_ok,
      m=list(range(16))))
for opc, nm in [(1, 'uzp1'), (2, 'trn1'), (3, 'zip1'), (5, 'uzp2'), (6, 'trn2'), (7, 'zip2')]:
    add(T(nm, 'simd_move', 1, f'0q001110 zz0 mmmmm 0 {opc:03b} 10 nnnnn ddddd',
          nm + ' v{d}.{A}, v{n}.{A}, v{m}.{A}', valid=not_1d))
add(T('ext', 'simd_move', 2, '0q101110000 mmmmm 0 iiii 0 nnnnn ddddd',
      'ext v{d}.{B}, v{n}.{B}, v{m}.{B}, #{i}', valid=lambda f: f['q'] or f['i'] < 8))
add(T('tbl', 'simd_move', 2, '0q001110000 mmmmm 0 ll o 00 nnnnn ddddd',
      lambda f, c: f'{"tbx" if f["o"] else "tbl"} v{f["d"]}.{c["B"]}, '
                   f'{{{", ".join("v%d.16b" % ((f["n"] + i) % 32) for i in range(f["l"] + 1))}}}, '
                   f'v{f["m"]}.{c["B"]}'))

# three same (U, opcode, name, allowed sizes)
ANY = (0, 1, 2, 3)
NO_D = (0, 1, 2)
THREE_SAME = [
    (0, 0b00000, 'shadd', NO_D), (1, 0b00000, 'uhadd', NO_D), (0, 0b00001, 'sqadd', ANY),
    (1, 0b00001, 'uqadd', ANY), (0, 0b00010, 'srhadd', NO_D), (1, 0b00010, 'urhadd', NO_D),
    (0, 0b00100, 'shsub', NO_D), (1, 0b00100, 'uhsub', NO_D), (0, 0b00101, 'sqsub', ANY),
    (1, 0b00101, 'uqsub', ANY), (0, 0b00110, 'cmgt', ANY), (1, 0b00110, 'cmhi', ANY),
    (0, 0b00111, 'cmge', ANY), (1, 0b00111, 'cmhs', ANY), (0, 0b01000, 'sshl', ANY),
    (1, 0b01000, 'ushl', ANY), (0, 0b01001, 'sqshl', ANY), (1, 0b01001, 'uqshl', ANY),
    (0, 0b01010, 'srshl', ANY), (1, 0b01010, 'urshl', ANY), (0, 0b01011, 'sqrshl', ANY),
    (1, 0b01011, 'uqrshl', ANY), (0, 0b01100, 'smax', NO_D), (1, 0b01100, 'umax', NO_D),
    (0, 0b01101, 'smin', NO_D), (1, 0b01101, 'umin', NO_D), (0, 0b01110, 'sabd', NO_D),
    (1, 0b01110, 'uabd', NO_D), (0, 0b01111, 'saba', NO_D), (1, 0b01111, 'uaba', NO_D),
    (0, 0b10000, 'add', ANY), (1, 0b10000, 'sub', ANY), (0, 0b10001, 'cmtst', ANY),
    (1, 0b10001, 'cmeq', ANY), (0, 0b10010, 'mla', NO_D), (1, 0b10010, 'mls', NO_D),
    (0, 0b10011, 'mul', NO_D), (1, 0b10011, 'pmul', (0,)), (0, 0b10100, 'smaxp', NO_D),
    (1, 0b10100, 'umaxp', NO_D), (0, 0b10101, 'sminp', NO_D), (1, 0b10101, 'uminp', NO_D),
    (0, 0b10110, 'sqdmulh', (1, 2)), (1, 0b10110, 'sqrdmulh', (1, 2)),
    (0, 0b10111, 'addp', ANY),
]
for u, op, nm, sizes in THREE_SAME:
    add(T(nm, 'simd_int', 2, f'0q{u}01110 zz1 mmmmm {op:05b} 1 nnnnn ddddd',
          nm + ' v{d}.{A}, v{n}.{A}, v{m}.{A}', valid=size_in(*sizes)))
for u, sz, nm in [(0, 0, 'and'), (0, 1, 'bic'), (0, 2, 'orr'), (0, 3, 'orn'), (1, 0, 'eor'),
                  (1, 1, 'bsl'), (1, 2, 'bit'), (1, 3, 'bif')]:
    add(T(nm, 'simd_int', 1, f'0q{u}01110 {sz:02b}1 mmmmm 00011 1 nnnnn ddddd',
          nm + ' v{d}.{B}, v{n}.{B}, v{m}.{B}'))
# two-register miscellaneous
TWO_MISC = [
    (0, 0b00000, 'rev64', NO_D), (0, 0b00001, 'rev16', (0,)), (1, 0b00000, 'rev32', (0, 1)),
    (0, 0b00010, 'saddlp', NO_D), (1, 0b00010, 'uaddlp', NO_D), (0, 0b00011, 'suqadd', ANY),
    (1, 0b00011, 'usqadd', ANY), (0, 0b00100, 'cls', NO_D), (1, 0b00100, 'clz', NO_D),
    (0, 0b00101, 'cnt', (0,)), (1, 0b00101, 'not', (0,)), (1, 0b00101, 'rbit', (1,)),
    (0, 0b00110, 'sadalp', NO_D), (1, 0b00110, 'uadalp', NO_D), (0, 0b00111, 'sqabs', ANY),
    (1, 0b00111, 'sqneg', ANY), (0, 0b01000, 'cmgt0', ANY), (1, 0b01000, 'cmge0', ANY),
    (0, 0b01001, 'cmeq0', ANY), (1, 0b01001, 'cmle0', ANY), (0, 0b01010, 'cmlt0', ANY),
    (0, 0b01011, 'abs', ANY), (1, 0b01011, 'neg', ANY),
]
for u, op, nm, sizes in TWO_MISC:
    txt = nm.rstrip('0') + ' v{d}.{A}, v{n}.{A}' + (', #0' if nm.endswith('0') else '')
    if nm[1:4] in ('add', 'ada'):                   # pairwise long: Vd has half the lanes
        txt = lambda f, c, nm=nm: f'{nm} v{f["d"]}.{ARR[(f["q"], f["z"] + 1)]}, v{f["n"]}.{c["A"]}'
    add(T(nm, 'simd_int', 1, f'0q{u}01110 zz10000 {op:05b} 10 nnnnn ddddd', txt,
          valid=size_in(*sizes)))
for u, op, nm in [(0, 0b10010, 'xtn'), (1, 0b10010, 'sqxtun'), (0, 0b10100, 'sqxtn'),
                  (1, 0b10100, 'uqxtn')]:
    add(T(nm, 'simd_int', 1, f'0q{u}01110 zz10000 {op:05b} 10 nnnnn ddddd',
          nm + '{two} v{d}.{A}, v{n}.{Aw}', valid=lambda f: f['z'] < 3))
# across lanes: size 2 needs Q = 1 (4S), size 3 reserved
for u, op, nm in [(0, 0b11011, 'addv'), (0, 0b01010, 'smaxv'), (1, 0b01010, 'umaxv'),
                  (0, 0b11010, 'sminv'), (1, 0b11010, 'uminv'), (0, 0b00011, 'saddlv'),
                  (1, 0b00011, 'uaddlv')]:
    add(T(nm, 'simd_int', 1, f'0q{u}01110 zz11000 {op:05b} 10 nnnnn ddddd',
          nm + ' {E}{d}, v{n}.{A}' if not nm.endswith('lv') else nm + ' {Ew}{d}, v{n}.{A}',
          valid=lambda f: f['z'] < 2 or (f['z'] == 2 and f['q'])))


# shift by immediate: immh:immb; immh = 0 is the modified-immediate group
def shift_esize(f):
    return (f['h'].bit_length() - 1) if f['h'] else None


def shift_ok(narrow):
    def ok(f):
        z = shift_esize(f)
        if z is None:
            return False
        if narrow:
            return z < 3                                    # immh 1xxx reserved
        return not (z == 3 and f['q'] == 0)
    return ok


def shift_text(nm, right, narrow):
    def text(f, c):
        z = shift_esize(f)
        esize = 8 << z
        imm = f['h'] << 3 | f['b']
        sh = 2 * esize - imm if right else imm - esize
        arr = ARR[(f['q'], z)]
        src = ['8h', '4s', '2d'][z] if narrow else arr
        if nm.endswith('ll'):
            return f'{nm}{c["two"]} v{f["d"]}.{["8h", "4s", "2d"][z]}, v{f["n"]}.{arr}, #{sh}'
        return f'{nm}{c["two"] if narrow else ""} v{f["d"]}.{arr}, v{f["n"]}.{src}, #{sh}'
    return text


for u, op, nm, right, narrow in [
        (0, 0b00000, 'sshr', 1, 0), (1, 0b00000, 'ushr', 1, 0), (0, 0b00010, 'ssra', 1, 0),
        (1, 0b00010, 'usra', 1, 0), (0, 0b00100, 'srshr', 1, 0), (1, 0b00100, 'urshr', 1, 0),
        (0, 0b00110, 'srsra', 1, 0), (1, 0b00110, 'ursra', 1, 0), (1, 0b01000, 'sri', 1, 0),
        (0, 0b01010, 'shl', 0, 0), (1, 0b01010, 'sli', 0, 0), (1, 0b01100, 'sqshlu', 0, 0),
        (0, 0b01110, 'sqshl', 0, 0), (1, 0b01110, 'uqshl', 0, 0), (0, 0b10000, 'shrn', 1, 1),
        (1, 0b10000, 'sqshrun', 1, 1), (0, 0b10001, 'rshrn', 1, 1),
        (1, 0b10001, 'sqrshrun', 1, 1), (0, 0b10010, 'sqshrn', 1, 1),
        (1, 0b10010, 'uqshrn', 1, 1), (0, 0b10011, 'sqrshrn', 1, 1),
        (1, 0b10011, 'uqrshrn', 1, 1), (0, 0b10100, 'sshll', 0, 1), (1, 0b10100, 'ushll', 0, 1)]:
    add(T(nm, 'simd_int', 1, f'0q{u}011110 hhhh bbb {op:05b} 1 nnnnn ddddd',
          shift_text(nm, right, narrow), valid=shift_ok(narrow)))
# three different (long/wide/narrow): size 3 reserved
for u, op, nm, sizes in [
        (0, 0b0000, 'saddl', NO_D), (1, 0b0000, 'uaddl', NO_D), (0, 0b0001, 'saddw', NO_D),
        (1, 0b0001, 'uaddw', NO_D), (0, 0b0010, 'ssubl', NO_D), (1, 0b0010, 'usubl', NO_D),
        (0, 0b0011, 'ssubw', NO_D), (1, 0b0011, 'usubw', NO_D), (0, 0b0100, 'addhn', NO_D),
        (1, 0b0100, 'raddhn', NO_D), (0, 0b0101, 'sabal', NO_D), (1, 0b0101, 'uabal', NO_D),
        (0, 0b0110, 'subhn', NO_D), (1, 0b0110, 'rsubhn', NO_D), (0, 0b0111, 'sabdl', NO_D),
        (1, 0b0111, 'uabdl', NO_D), (0, 0b1000, 'smlal', NO_D), (1, 0b1000, 'umlal', NO_D),
        (0, 0b1001, 'sqdmlal', (1, 2)), (0, 0b1010, 'smlsl', NO_D), (1, 0b1010, 'umlsl', NO_D),
        (0, 0b1011, 'sqdmlsl', (1, 2)), (0, 0b1100, 'smull', NO_D), (1, 0b1100, 'umull', NO_D),
        (0, 0b1101, 'sqdmull', (1, 2)), (0, 0b1110, 'pmull', (0, 3))]:
    if nm.endswith('hn'):                           # narrow: Vd.Tb, Vn.Ta, Vm.Ta
        txt = nm + '{two} v{d}.{A}, v{n}.{Aw}, v{m}.{Aw}'
    elif nm.endswith('w'):                          # wide: Vd.Ta, Vn.Ta, Vm.Tb
        txt = nm + '{two} v{d}.{Aw}, v{n}.{Aw}, v{m}.{A}'
    else:                                           # long: Vd.Ta, Vn.Tb, Vm.Tb
        txt = nm + '{two} v{d}.{Aw}, v{n}.{A}, v{m}.{A}'
    if nm == 'pmull':
        txt = lambda f, c: (f'pmull{c["two"]} v{f["d"]}.' + ('1q' if f['z'] == 3 else '8h') +
                            f', v{f["n"]}.{c["A"]}, v{f["m"]}.{c["A"]}')
    add(T(nm, 'simd_int', 1, f'0q{u}01110 zz1 mmmmm {op:04b} 00 nnnnn ddddd', txt,
          valid=lambda f, s=sizes: f['z'] in s))
# scalar integer (a few representative forms, 64-bit or any size)
for u, op, nm, sizes in [(0, 0b10000, 'add', (3,)), (1, 0b10000, 'sub', (3,)),
                         (0, 0b00001, 'sqadd', ANY), (1, 0b00001, 'uqadd', ANY),
                         (0, 0b00110, 'cmgt', (3,)), (1, 0b10001, 'cmeq', (3,)),
                         (0, 0b01000, 'sshl', (3,)), (0, 0b01001, 'sqshl', ANY)]:
    add(T(nm + '_s', 'simd_int', 1, f'01{u}11110 zz1 mmmmm {op:05b} 1 nnnnn ddddd',
          nm + ' {E}{d}, {E}{n}, {E}{m}', valid=lambda f, s=sizes: f['z'] in s))
for u, op, nm, sizes in [(0, 0b01011, 'abs', (3,)), (1, 0b01011, 'neg', (3,)),
                         (0, 0b00111, 'sqabs', ANY), (1, 0b00111, 'sqneg', ANY)]:
    add(T(nm + '_s', 'simd_int', 1, f'01{u}11110 zz10000 {op:05b} 10 nnnnn ddddd',
          nm + ' {E}{d}, {E}{n}', valid=lambda f, s=sizes: f['z'] in s))
add(T('addp_s', 'simd_int', 1, '01011110 11 11000 11011 10 nnnnn ddddd', 'addp d{d}, v{n}.2d'))
add(T('sshr_s', 'simd_int', 1, '01o111110 1 bbbbbb 00000 1 nnnnn ddddd',
      lambda f, c: f'{"ushr" if f["o"] else "sshr"} d{f["d"]}, d{f["n"]}, #{64 - f["b"]}'))
add(T('shl_s', 'simd_int', 1, '010111110 1 bbbbbb 01010 1 nnnnn ddddd', 'shl d{d}, d{n}, #{b}'))

# ---------------------------------------------------------------------------------
# Advanced SIMD floating point (class simd_fp; decoder/a64.decode %class simd_fp).  Single
# and double precision only: f is sz (0 single, 1 double); sz = 1 with Q = 0 (1D) is
# reserved in every vector form.  The FEAT_FP16 arithmetic (bit 21 = 0 three same, size 00
# by element, 111x0 two-register misc), FEAT_FHM FMLAL/FMLSL, FRINT32/64, BFCVTN, FCMLA and
# FCADD are other encodings and never made (trapeze implements Armv8.0: UNDEFINED there).

def fp_vec_ok(f):
    return not (f['f'] and not f['q'])


def fa(f):
    """Arrangement of a vector FP form: 2S, 4S or 2D."""
    return '2d' if f['f'] else ('4s' if f['q'] else '2s')


def fsd(f):
    return 'sd'[f['f']]


# Three same FP, U:a:opcode<2:0> (U bit 29, a bit 23, opcode<2:0> bits 13:11)
FP_THREE_SAME = [
    (0x00, 'fmaxnm'), (0x01, 'fmla'), (0x02, 'fadd'), (0x03, 'fmulx'), (0x04, 'fcmeq'),
    (0x06, 'fmax'), (0x07, 'frecps'), (0x08, 'fminnm'), (0x09, 'fmls'), (0x0a, 'fsub'),
    (0x0e, 'fmin'), (0x0f, 'frsqrts'), (0x10, 'fmaxnmp'), (0x12, 'faddp'), (0x13, 'fmul'),
    (0x14, 'fcmge'), (0x15, 'facge'), (0x16, 'fmaxp'), (0x17, 'fdiv'), (0x18, 'fminnmp'),
    (0x1a, 'fabd'), (0x1c, 'fcmgt'), (0x1d, 'facgt'), (0x1e, 'fminp')]
FP_THREE_SAME_SCALAR = {0x03, 0x04, 0x07, 0x0f, 0x14, 0x15, 0x1a, 0x1c, 0x1d}
for op, nm in FP_THREE_SAME:
    u, a, o = op >> 4, (op >> 3) & 1, op & 7
    add(T('v' + nm, 'simd_fp', 2, f'0q{u}01110 {a}f1 mmmmm 11{o:03b} 1 nnnnn ddddd',
          lambda f, c, nm=nm: f'{nm} v{f["d"]}.{fa(f)}, v{f["n"]}.{fa(f)}, v{f["m"]}.{fa(f)}',
          valid=fp_vec_ok))
    if op in FP_THREE_SAME_SCALAR:
        add(T(nm + '_s', 'simd_fp', 1, f'01{u}11110 {a}f1 mmmmm 11{o:03b} 1 nnnnn ddddd',
              lambda f, c, nm=nm: f'{nm} {fsd(f)}{f["d"]}, {fsd(f)}{f["n"]}, {fsd(f)}{f["m"]}'))


# By element (size = 1x): Rm = M:Rm (bits 20:16); index H:L (single), H (double, L = 1
# reserved); the vector double form needs Q = 1.
def elem_idx(f):
    return f['h'] if f['f'] else f['h'] << 1 | f['l']


def fp_elem_ok(scalar):
    return lambda f: not (f['f'] and (f['l'] or (not scalar and not f['q'])))


for u, mid, nm in [(0, '0001', 'fmla'), (0, '0101', 'fmls'), (0, '1001', 'fmul'),
                   (1, '1001', 'fmulx')]:
    add(T(nm + '_elem', 'simd_fp', 2, f'0q{u}01111 1fl mmmmm {mid} h0 nnnnn ddddd',
          lambda f, c, nm=nm: f'{nm} v{f["d"]}.{fa(f)}, v{f["n"]}.{fa(f)}, '
                              f'v{f["m"]}.{fsd(f)}[{elem_idx(f)}]', valid=fp_elem_ok(False)))
    add(T(nm + '_elem_s', 'simd_fp', 1, f'01{u}11111 1fl mmmmm {mid} h0 nnnnn ddddd',
          lambda f, c, nm=nm: f'{nm} {fsd(f)}{f["d"]}, {fsd(f)}{f["n"]}, '
                              f'v{f["m"]}.{fsd(f)}[{elem_idx(f)}]', valid=fp_elem_ok(True)))
# Scalar pairwise (o1 bit 23, opcode<1:0>): FADDP only with o1 = 0, opcode 10 unallocated
for o1, op, nm in [(0, 0, 'fmaxnmp'), (0, 1, 'faddp'), (0, 3, 'fmaxp'), (1, 0, 'fminnmp'),
                   (1, 3, 'fminp')]:
    add(T(nm + '_s', 'simd_fp', 1, f'01111110 {o1}f 11000 011{op:02b} 10 nnnnn ddddd',
          lambda f, c, nm=nm: f'{nm} {fsd(f)}{f["d"]}, v{f["n"]}.2{fsd(f)}'))
# Across lanes: 4S only (Q = 1, sz = 0)
for o1, op, nm in [(0, 0, 'fmaxnmv'), (0, 3, 'fmaxv'), (1, 0, 'fminnmv'), (1, 3, 'fminv')]:
    add(T(nm, 'simd_fp', 1, f'01101110 {o1}0 11000 011{op:02b} 10 nnnnn ddddd',
          nm + ' s{d}, v{n}.4s'))
# Two-register misc 011xx (size = 1x): compares with zero, FABS, FNEG (not scalar)
for u, op, nm in [(0, 0, 'fcmgt'), (0, 1, 'fcmeq'), (0, 2, 'fcmlt'), (0, 3, 'fabs'),
                  (1, 0, 'fcmge'), (1, 1, 'fcmle'), (1, 3, 'fneg')]:
    zero = '' if nm in ('fabs', 'fneg') else ', #0.0'
    add(T('v' + nm + ('0' if zero else ''), 'simd_fp', 1,
          f'0q{u}01110 1f 10000 011{op:02b} 10 nnnnn ddddd',
          lambda f, c, nm=nm, zero=zero: f'{nm} v{f["d"]}.{fa(f)}, v{f["n"]}.{fa(f)}{zero}',
          valid=fp_vec_ok))
    if zero:
        add(T(nm + '0_s', 'simd_fp', 1, f'01{u}11110 1f 10000 011{op:02b} 10 nnnnn ddddd',
              lambda f, c, nm=nm: f'{nm} {fsd(f)}{f["d"]}, {fsd(f)}{f["n"]}, #0.0'))
# FCVTN/FCVTN2 (sz 0: 4S to 4H, 1: 2D to 2S), FCVTXN/FCVTXN2 (sz = 1), FCVTL/FCVTL2
NARROW = {0: ('4h', '8h', '4s'), 1: ('2s', '4s', '2d')}
add(T('fcvtn', 'simd_fp', 2, '0q001110 0f 10000 10110 10 nnnnn ddddd',
      lambda f, c: f'fcvtn{c["two"]} v{f["d"]}.{NARROW[f["f"]][f["q"]]}, '
                   f'v{f["n"]}.{NARROW[f["f"]][2]}'))
add(T('fcvtxn', 'simd_fp', 1, '0q101110 01 10000 10110 10 nnnnn ddddd',
      lambda f, c: f'fcvtxn{c["two"]} v{f["d"]}.{"4s" if f["q"] else "2s"}, v{f["n"]}.2d'))
add(T('fcvtl', 'simd_fp', 2, '0q001110 0f 10000 10111 10 nnnnn ddddd',
      lambda f, c: f'fcvtl{c["two"]} v{f["d"]}.{NARROW[f["f"]][2]}, '
                   f'v{f["n"]}.{NARROW[f["f"]][f["q"]]}'))
add(T('fcvtxn_s', 'simd_fp', 1, '01111110 01 10000 10110 10 nnnnn ddddd', 'fcvtxn s{d}, d{n}'))
# Two-register misc 11xxx: U:size<1>:opcode<2:0> (size<0> = sz); vector-only (V), scalar-only
# (S) or both (VS); URECPE/URSQRTE 2S/4S only.
FP_MISC_11 = [
    (0x00, 'frintn', 'V'), (0x01, 'frintm', 'V'), (0x08, 'frintp', 'V'), (0x09, 'frintz', 'V'),
    (0x10, 'frinta', 'V'), (0x11, 'frintx', 'V'), (0x19, 'frinti', 'V'),
    (0x02, 'fcvtns', 'VS'), (0x03, 'fcvtms', 'VS'), (0x0a, 'fcvtps', 'VS'),
    (0x0b, 'fcvtzs', 'VS'), (0x12, 'fcvtnu', 'VS'), (0x13, 'fcvtmu', 'VS'),
    (0x1a, 'fcvtpu', 'VS'), (0x1b, 'fcvtzu', 'VS'), (0x04, 'fcvtas', 'VS'),
    (0x14, 'fcvtau', 'VS'), (0x05, 'scvtf', 'VS'), (0x15, 'ucvtf', 'VS'),
    (0x0c, 'urecpe', 'V'), (0x1c, 'ursqrte', 'V'), (0x0d, 'frecpe', 'VS'),
    (0x1d, 'frsqrte', 'VS'), (0x0f, 'frecpx', 'S'), (0x1f, 'fsqrt', 'V')]
for key, nm, where in FP_MISC_11:
    u, o2, op = key >> 4, (key >> 3) & 1, key & 7
    if 'V' in where:
        valid = (lambda f: f['f'] == 0) if nm.startswith('ur') else fp_vec_ok
        add(T('v' + nm, 'simd_fp', 1, f'0q{u}01110 {o2}f 10000 11{op:03b} 10 nnnnn ddddd',
              lambda f, c, nm=nm: f'{nm} v{f["d"]}.{fa(f)}, v{f["n"]}.{fa(f)}', valid=valid))
    if 'S' in where:
        add(T(nm + '_s', 'simd_fp', 1, f'01{u}11110 {o2}f 10000 11{op:03b} 10 nnnnn ddddd',
              lambda f, c, nm=nm: f'{nm} {fsd(f)}{f["d"]}, {fsd(f)}{f["n"]}'))
# Fixed-point conversions (shift by immediate, opcode 11100 SCVTF/UCVTF, 11111
# FCVTZS/FCVTZU): immh = 01xx single (fbits = 32 - ib), 1xxx double (64 - ib, Q = 1)
for u, op, nm in [(0, 4, 'scvtf'), (1, 4, 'ucvtf'), (0, 7, 'fcvtzs'), (1, 7, 'fcvtzu')]:
    add(T(nm + '_fix_4s', 'simd_fp', 1, f'0q{u}011110 01 iiiii 11{op:03b} 1 nnnnn ddddd',
          lambda f, c, nm=nm: f'{nm} v{f["d"]}.{"4s" if f["q"] else "2s"}, '
                              f'v{f["n"]}.{"4s" if f["q"] else "2s"}, #{32 - f["i"]}'))
    add(T(nm + '_fix_2d', 'simd_fp', 1, f'01{u}011110 1 iiiiii 11{op:03b} 1 nnnnn ddddd',
          lambda f, c, nm=nm: f'{nm} v{f["d"]}.2d, v{f["n"]}.2d, #{64 - f["i"]}'))
    add(T(nm + '_fix_s', 'simd_fp', 1, f'01{u}111110 01 iiiii 11{op:03b} 1 nnnnn ddddd',
          lambda f, c, nm=nm: f'{nm} s{f["d"]}, s{f["n"]}, #{32 - f["i"]}'))
    add(T(nm + '_fix_d', 'simd_fp', 1, f'01{u}111110 1 iiiiii 11{op:03b} 1 nnnnn ddddd',
          lambda f, c, nm=nm: f'{nm} d{f["d"]}, d{f["n"]}, #{64 - f["i"]}'))

# ---------------------------------------------------------------------------------
# Cryptographic extension (class crypto; a64.decode %class crypto and PMULL_1q): AES,
# SHA1, SHA256 (size 00, the other opcodes unallocated) and PMULL/PMULL2 .1q.
for op, nm in [(4, 'aese'), (5, 'aesd'), (6, 'aesmc'), (7, 'aesimc')]:
    add(T(nm, 'crypto', 2, f'01001110 00 10100 {op:05b} 10 nnnnn ddddd',
          nm + ' v{d}.16b, v{n}.16b'))
for op, nm, txt in [(0, 'sha1c', 'q{d}, s{n}, v{m}.4s'), (1, 'sha1p', 'q{d}, s{n}, v{m}.4s'),
                    (2, 'sha1m', 'q{d}, s{n}, v{m}.4s'),
                    (3, 'sha1su0', 'v{d}.4s, v{n}.4s, v{m}.4s'),
                    (4, 'sha256h', 'q{d}, q{n}, v{m}.4s'), (5, 'sha256h2', 'q{d}, q{n}, v{m}.4s'),
                    (6, 'sha256su1', 'v{d}.4s, v{n}.4s, v{m}.4s')]:
    add(T(nm, 'crypto', 2, f'01011110 00 0 mmmmm 0 {op:03b} 00 nnnnn ddddd', nm + ' ' + txt))
for op, nm, txt in [(0, 'sha1h', 's{d}, s{n}'), (1, 'sha1su1', 'v{d}.4s, v{n}.4s'),
                    (2, 'sha256su0', 'v{d}.4s, v{n}.4s')]:
    add(T(nm, 'crypto', 2, f'01011110 00 10100 {op:05b} 10 nnnnn ddddd', nm + ' ' + txt))
add(T('pmull_1q', 'crypto', 4, '0q001110 11 1 mmmmm 1110 00 nnnnn ddddd',
      lambda f, c: f'pmull{c["two"]} v{f["d"]}.1q, v{f["n"]}.{"2d" if f["q"] else "1d"}, '
                   f'v{f["m"]}.{"2d" if f["q"] else "1d"}'))

# ---------------------------------------------------------------------------------
# Class table: name -> (description, default on with 'fp' / 'simd').

FP_CLASSES = ['fp_sr', 'fp_mov', 'fp_dp1', 'fp_rint', 'fp_cvt', 'fp_dp2', 'fp_dp3', 'fp_cmp', 'fp_ccmp',
              'fp_csel', 'fp_imm', 'fp_int', 'fp_fixed', 'fp_ldst']
FP_OPTIONAL = ['fp_ext']
SIMD_CLASSES = ['simd_move', 'simd_int', 'simd_ldst', 'simd_fp', 'crypto']
ALL = FP_CLASSES + FP_OPTIONAL + SIMD_CLASSES
GROUPS = {'fp': FP_CLASSES, 'simd': SIMD_CLASSES}


def templates_for(classes):
    return [t for t in TEMPLATES if t.cls in classes]


def self_check():
    """Every template's fixed bits and fields cover all 32 bits exactly once."""
    for t in TEMPLATES:
        mask = 0
        for lsb, w in t.fields.values():
            m = ((1 << w) - 1) << lsb
            assert not mask & m, t.name
            mask |= m
        assert not t.fixed & mask, t.name


self_check()
