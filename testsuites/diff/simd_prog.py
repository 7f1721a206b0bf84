"""What the instruction-by-instruction generators (simd_int_gen.py, simd_fp_gen.py,
simd_fp_misc_gen.py, crypto_gen.py) share: the decode patterns of decoder/a64.decode
as (name, mask, match), and the bare-metal program that runs each instruction once on
its own register values and prints Vd, FPSR and the ESR of an UNDEFINED one.

The program starts at EL2 with FP enabled (CPACR_EL1.FPEN, CPTR_EL2.TFP = 0); for
instruction i it loads V0..V(nregs-1) from data<i>, sets FPCR when the instruction
has one, clears FPSR, runs it and prints one line: Vd (low, high), FPSR and the ESR
(0 unless the instruction trapped; the vector skips it). It ends with PSCI
SYSTEM_OFF. Line i of the output is line i of the listing file."""
import os
import re

DECODE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../decoder/a64.decode')


def decode_patterns(keep, path=None):
    """(name, mask, match) of each pattern of the decode spec for which
    keep(class_name, pattern_name) is true."""
    pats, cls = [], None
    for line in open(path or DECODE):
        s = line.split('#')[0].strip()
        if s.startswith('%class'):
            cls = s.split()[1]
            continue
        if not s or s in '{}' or s.startswith('%') or not keep(cls, s.split()[0]):
            continue
        mask = match = 0
        pos = 32
        for tok in s.split()[1:]:
            m = re.fullmatch(r'\w+:s?(\d+)', tok)
            if m:
                pos -= int(m.group(1))
                continue
            for chb in tok:
                pos -= 1
                if chb != '.':
                    mask |= 1 << pos
                    match |= int(chb) << pos
        pats.append((s.split()[0], mask, match))
    return pats


PROLOGUE = '''.global _start
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
'''

EPILOGUE = '''    ldr x0, =0x84000008
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
'''


def emit_program(insts, nregs, regdata, listing):
    """Print the program for insts, a list of (asm, rd, fpcr or None, note): the
    instruction's assembly, its destination register, the FPCR to run it under
    and a note for the listing. regdata(i) gives the 128-bit value of one register
    for instruction i (called nregs times per instruction, after all the code is
    printed, so that the caller's random sequence stays as it was). The listing
    file gets one line per instruction."""
    print(PROLOGUE)
    for i, (a, rd, fpcr, _) in enumerate(insts):
        loads = '\n'.join(f'    ldp q{r}, q{r + 1}, [x0{", #%d" % (16 * r) if r else ""}]'
                          for r in range(0, nregs, 2))
        set_fpcr = f'    ldr x1, =0x{fpcr:x}\n    msr fpcr, x1\n' if fpcr is not None else ''
        clear_fpcr = '    msr fpcr, xzr\n' if fpcr is not None else ''
        print(f'''    adrp x0, data{i}
    add x0, x0, :lo12:data{i}
{loads}
{set_fpcr}    msr fpsr, xzr
    mov x15, #0
    {a}
{clear_fpcr}    str q{rd}, [x20]
    mrs x1, fpsr
    str x1, [x20, #16]
    str x15, [x20, #24]
    bl dump''')
    print(EPILOGUE)
    for i in range(len(insts)):
        print(f'data{i}:')
        for _ in range(nregs):
            v = regdata(i)
            print(f'    .quad 0x{v & (2**64 - 1):016x}, 0x{v >> 64:016x}')
    print('.balign 16\n.space 4096\nstack_top:')
    with open(listing, 'w') as f:
        for a, _, fpcr, note in insts:
            f.write(a + (f'    // fpcr={fpcr:#x}' if fpcr is not None else '') +
                    (f' {note}' if note else '') + '\n')
