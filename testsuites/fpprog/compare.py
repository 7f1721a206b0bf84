#!/usr/bin/env python3
"""Run a bare-metal program on QEMU and on trapeze and require the same UART
output.  usage: compare.py TRAPEZE QEMU ELF [trapeze -cpu value]
Prints both outputs on a difference; 'N passed, M failed' as the last line."""
import subprocess
import sys

sim, qemu, elf = sys.argv[1:4]
cpu = sys.argv[4] if len(sys.argv) > 4 else "max"
machine = ["-M", "virt,virtualization=on,gic-version=3", "-m", "256", "-nographic", "-no-reboot"]


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


q = run([qemu] + machine + ["-cpu", "max", "-kernel", elf])
t = run([sim] + machine + ["-cpu", cpu, "-kernel", elf])
ok = q[0] == 0 and t[0] == 0 and q[1] == t[1] and q[1].strip() != ""
if not ok:
    print("QEMU (exit %d):\n%s%s" % (q[0], q[1], q[2]))
    print("trapeze (exit %d):\n%s%s" % (t[0], t[1], t[2]))
else:
    print(t[1], end="")
print("%d passed, %d failed" % (1 if ok else 0, 0 if ok else 1))
sys.exit(0 if ok else 1)
