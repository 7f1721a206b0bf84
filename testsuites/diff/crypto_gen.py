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
import os, random, re, sys

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
pats, sect = [], False
spec = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../decoder/a64.decode')
for line in open(spec):
    s = line.split('#')[0].strip()
    if s.startswith('%class'):
        sect = s.split()[1] == 'crypto'
        continue
    if not sect or not s or s in '{}':
        continue
    mask = match = 0
    pos = 32
    for tok in s.split()[1:]:
        m = re.fullmatch(r'\w+:s?(\d+)', tok)
        if m:
            pos -= int(m.group(1))
            continue
        for ch in tok:
            pos -= 1
            if ch != '.':
                mask |= 1 << pos
                match |= int(ch) << pos
    pats.append((mask, match))
for _ in range(nrand):
    mask, match = R.choice(pats)
    w = (R.getrandbits(32) & ~mask) | match
    w = (w & ~0x3ff) | (R.randint(0, 7) << 5) | R.randint(0, 7)      # rd, rn in v0..v7
    if not (mask >> 16) & 0x1f:
        w = (w & ~(0x1f << 16)) | (R.randint(0, 7) << 16)              # rm in v0..v7
    insts.append((f'.inst 0x{w:08x}', w & 7))

print('''.global _start
_start:
    mov x0, #(3 << 20)
    msr cpacr_el1, x0
    mrs x0, cptr_el2
    bic x0, x0, #(1 << 10)
    msr cptr_el2, x0
    adr x0, vectors
    msr vbar_el2, x0
    isb
    ldr x0, =stack_top
    mov sp, x0
    ldr x21, =0x09000000
    adr x20, outbuf
''')
for i, (a, rd) in enumerate(insts):
    print(f'''    adrp x0, data{i}
    add x0, x0, :lo12:data{i}
    ldp q0, q1, [x0]
    ldp q2, q3, [x0, #32]
    ldp q4, q5, [x0, #64]
    ldp q6, q7, [x0, #96]
    msr fpsr, xzr
    mov x15, #0
    {a}
    str q{rd}, [x20]
    mrs x1, fpsr
    str x1, [x20, #16]
    str x15, [x20, #24]
    bl dump''')
print('''    ldr x0, =0x84000008
    smc #0
dump:
    mov x6, #4
    mov x7, x20
1:  ldr x1, [x7], #8
    mov x2, #60
2:  lsr x3, x1, x2
    and x3, x3, #15
    cmp x3, #10
    add x4, x3, #'0'
    add x5, x3, #('a' - 10)
    csel x3, x4, x5, lt
    str w3, [x21]
    subs x2, x2, #4
    b.ge 2b
    mov w3, #32
    str w3, [x21]
    subs x6, x6, #1
    b.ne 1b
    mov w3, #10
    str w3, [x21]
    ret
.balign 2048
vectors:
    .space 0x200
    mrs x15, esr_el2
    mrs x16, elr_el2
    add x16, x16, #4
    msr elr_el2, x16
    eret
.balign 2048
.ltorg
.balign 16
outbuf: .space 32
''')
for i in range(len(insts)):
    print(f'data{i}:')
    for r in range(8):
        v = R.getrandbits(128) if R.random() < 0.9 else R.choice([0, (1 << 128) - 1, 1 << 127])
        print(f'    .quad 0x{v & (2**64 - 1):016x}, 0x{v >> 64:016x}')
print('.balign 16\n.space 4096\nstack_top:')
with open('crypto_list.txt', 'w') as f:
    for a, _ in insts:
        f.write(a + '\n')
