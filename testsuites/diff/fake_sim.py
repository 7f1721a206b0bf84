#!/usr/bin/env python3
"""A deliberately wrong "simulator" for checking that run_diff.py catches mismatches.

Runs QEMU with the arguments it is given and alters the dump of one block:
  FAKE_SIM_BLOCK  block index to alter (default 7)
  FAKE_SIM_FIELD  field number, 0..30 = x0..x30, 31 sp, 32 nzcv, 33 buffer (default 5)
  FAKE_SIM_MODE   flip (flip bit 0 of the field, default), drop (lose the block line),
                  or scratch (flip bit 0 of the first scratch word; needs --dump-scratch)
  FAKE_SIM_LINE   B (default: x0..x30, sp, nzcv, buffer) or F (FP line: field 0..31 =
                  v0..v31, 32 fpsr, 33 fpcr)
  FAKE_SIM_QEMU   the QEMU binary (default qemu-system-aarch64)

    run_diff.py --seed 1 --insns 2000 --sim "python3 fake_sim.py"
"""

import os
import subprocess
import sys


def main():
    block = int(os.environ.get('FAKE_SIM_BLOCK', '7'))
    field = int(os.environ.get('FAKE_SIM_FIELD', '5'))
    mode = os.environ.get('FAKE_SIM_MODE', 'flip')
    qemu = os.environ.get('FAKE_SIM_QEMU', 'qemu-system-aarch64')
    kind = os.environ.get('FAKE_SIM_LINE', 'B')
    p = subprocess.run([qemu] + sys.argv[1:], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    out = []
    for line in p.stdout.decode('latin-1').splitlines(keepends=True):
        parts = line.split()
        if (mode == 'scratch' and parts[:1] == ['S'] and len(parts) > 3 and
                int(parts[1], 16) == block and int(parts[2], 16) == 0):
            parts[3] = f'{int(parts[3], 16) ^ 1:016x}'
            line = ' '.join(parts) + '\n'
        elif (mode != 'scratch' and parts[:1] == [kind] and len(parts) > 2 + field and
                int(parts[1], 16) == block):
            if mode == 'drop':
                continue
            w = len(parts[2 + field])
            parts[2 + field] = f'{int(parts[2 + field], 16) ^ 1:0{w}x}'
            line = ' '.join(parts) + '\n'
        out.append(line)
    sys.stdout.write(''.join(out))
    return p.returncode


if __name__ == '__main__':
    sys.exit(main())
