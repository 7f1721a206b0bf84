#!/usr/bin/env python3
"""Run one of the Advanced SIMD comparison generators (simd_int_gen.py,
simd_fp_gen.py, simd_fp_misc_gen.py) end to end: generate the program in a
temporary directory, assemble it, run it on QEMU and on trapeze, and compare
the output line by line (line i is instruction i of the generator's list file).

  run_simd.py TRAPEZE QEMU CC GENERATOR ARG...

ARG... are the generator's own arguments (seed first).  trapeze runs with
-cpu max,x-fp=on, or with $TRAPEZE_SIMD_CPU when set.  Prints the first
differing instructions with both outputs; 'N lines compared, M differ' last.
Exit status 0 only when both runs printed the same non-empty output."""
import os
import subprocess
import sys
import tempfile

sim, qemu, cc, gen = sys.argv[1:5]
sim = os.path.abspath(sim) if os.sep in sim else sim
gen_args = sys.argv[5:]
machine = ["-M", "virt,virtualization=on", "-m", "256", "-nographic", "-no-reboot"]


def run(cmd, cwd, timeout=600):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout.replace("\r", ""), p.stderr


with tempfile.TemporaryDirectory(prefix="trapeze-simd-") as d:
    rc, asm, err = run([sys.executable, os.path.abspath(gen)] + gen_args, d)
    if rc != 0:
        sys.exit("generator failed:\n" + err)
    with open(os.path.join(d, "t.S"), "w") as f:
        f.write(asm)
    rc, _, err = run([cc, "-march=armv8-a+crypto", "-nostdlib", "-static", "-Wl,-Ttext=0x40080000",
                      "-Wl,--build-id=none", "-o", "t.elf", "t.S"], d)
    if rc != 0:
        sys.exit("assembler failed:\n" + err)
    lists = [n for n in os.listdir(d) if n.endswith("_list.txt")]
    insns = open(os.path.join(d, lists[0])).read().splitlines() if lists else []
    q = run([qemu] + machine + ["-cpu", "max", "-kernel", "t.elf"], d)
    t = run([sim] + machine + ["-cpu", os.environ.get("TRAPEZE_SIMD_CPU", "max,x-fp=on"), "-kernel", "t.elf"], d)
    ql, tl = q[1].splitlines(), t[1].splitlines()
    bad = [i for i in range(max(len(ql), len(tl)))
           if i >= len(ql) or i >= len(tl) or ql[i] != tl[i]]
    for i in bad[:20]:
        print("line %d: %s" % (i, insns[i] if i < len(insns) else "?"))
        print("  qemu:    %s" % (ql[i] if i < len(ql) else "<missing>"))
        print("  trapeze: %s" % (tl[i] if i < len(tl) else "<missing>"))
    if q[0] != 0 or t[0] != 0:
        print("exit status: qemu %d, trapeze %d\n%s%s" % (q[0], t[0], q[2], t[2]))
    print("%d lines compared, %d differ" % (len(ql), len(bad)))
    sys.exit(0 if ql and not bad and q[0] == 0 and t[0] == 0 else 1)
