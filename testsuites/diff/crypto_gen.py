#!/usr/bin/env python3
"""The Cryptographic Extension against QEMU: a bare-metal AArch64 program that
runs each crypto instruction (GNU as syntax) NREP times on random registers
v0..v7 and random inputs, then NRAND random words of the crypto patterns of
decoder/a64.decode, and prints Vd, FPSR and the ESR of an UNDEFINED one
(the program and output format of simd_int_gen.py).

  python3 crypto_gen.py SEED NREP NRAND > t.S
  aarch64-linux-gnu-gcc -march=armv8-a+crypto -nostdlib -static -Wl,-Ttext=0x40080000 -o t.elf t.S
  qemu-system-aarch64 -M virt,virtualization=on -cpu max -nographic -kernel t.elf > q.out
  build/trapeze -cpu max,x-fp=on -kernel t.elf > s.out     # then diff (QEMU ends lines in CR)

Line i of the output is instruction i of crypto_list.txt (written beside t.S)."""
import random, sys
import simd_prog

seed, nrep, nrand = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
R = random.Random(seed)
forms = [
    'aese v%d.16b, v%d.16b', 'aesd v%d.16b, v%d.16b', 'aesmc v%d.16b, v%d.16b', 'aesimc v%d.16b, v%d.16b',
    'sha1c q%d, s%d, v%d.4s', 'sha1p q%d, s%d, v%d.4s', 'sha1m q%d, s%d, v%d.4s',
    'sha1su0 v%d.4s, v%d.4s, v%d.4s', 'sha1h s%d, s%d', 'sha1su1 v%d.4s, v%d.4s',
    'sha256h q%d, q%d, v%d.4s', 'sha256h2 q%d, q%d, v%d.4s',
    'sha256su0 v%d.4s, v%d.4s', 'sha256su1 v%d.4s, v%d.4s, v%d.4s',
    'pmull v%d.1q, v%d.1d, v%d.1d', 'pmull2 v%d.1q, v%d.2d, v%d.2d',
]
insts = []
for f in forms:
    for _ in range(nrep):
        rd = R.randint(0, 7)
        regs = [rd] + [R.randint(0, 7) for _ in range(f.count('%d') - 1)]
        insts.append((f % tuple(regs), rd))

# random words of the crypto patterns (the class may change inside a group)
pats = [(m, v) for _, m, v in simd_prog.decode_patterns(lambda cls, name: cls == 'crypto')]
for _ in range(nrand):
    mask, match = R.choice(pats)
    w = (R.getrandbits(32) & ~mask) | match
    w = (w & ~0x3ff) | (R.randint(0, 7) << 5) | R.randint(0, 7)      # rd, rn in v0..v7
    if not (mask >> 16) & 0x1f:
        w = (w & ~(0x1f << 16)) | (R.randint(0, 7) << 16)              # rm in v0..v7
    insts.append((f'.inst 0x{w:08x}', w & 7))

simd_prog.emit_program(
    [(a, rd, None, '') for a, rd in insts], 8,
    lambda i: R.getrandbits(128) if R.random() < 0.9 else R.choice([0, (1 << 128) - 1, 1 << 127]),
    'crypto_list.txt')
