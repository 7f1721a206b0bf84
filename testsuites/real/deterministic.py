#!/usr/bin/env python3
"""Run the simulator twice with the same options and check that the two runs
are the same: identical console output (for Linux: every kernel timestamp,
the interrupt counts of /proc/interrupts) and the same number of instructions
retired (--stats), whatever the host's speed (DESIGN.md: time is
deterministic, the SMP schedule too).

usage: deterministic.py SIMULATOR [--skip-unless FILE] -- options...
Exit 77 (skip) when FILE is given and does not exist.
"""
import os
import re
import subprocess
import sys


def run(cmd):
    """Exit status, the output (stdout, then stderr without the --stats line,
    whose host time differs), the instructions retired."""
    p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
    err = p.stderr.decode(errors="replace")
    stats = re.search(r"executed (\d+) instructions", err)
    err = "".join(l for l in err.splitlines(True) if not l.startswith("trapeze: executed"))
    return p.returncode, p.stdout + err.encode(), stats.group(1) if stats else None


def main():
    argv = sys.argv[1:]
    if "--" not in argv or not argv:
        sys.exit(__doc__)
    head, opts = argv[:argv.index("--")], argv[argv.index("--") + 1:]
    sim = head[0]
    if "--skip-unless" in head:
        need = head[head.index("--skip-unless") + 1]
        if not os.path.exists(need):
            print("SKIP: no %s" % need)
            return 77
    cmd = [sim] + opts + ["--stats"]
    a, b = run(cmd), run(cmd)
    ok = True
    if a[0] != b[0]:
        print("FAIL: exit status %d, then %d" % (a[0], b[0]))
        ok = False
    if a[1] != b[1]:
        la, lb = a[1].decode(errors="replace").splitlines(), b[1].decode(errors="replace").splitlines()
        first = next((i for i in range(min(len(la), len(lb))) if la[i] != lb[i]), min(len(la), len(lb)))
        print("FAIL: the console output differs from line %d:\n  %r\n  %r" %
              (first + 1, la[first] if first < len(la) else "<end>", lb[first] if first < len(lb) else "<end>"))
        ok = False
    if a[2] is None or a[2] != b[2]:
        print("FAIL: instructions retired %s, then %s" % (a[2], b[2]))
        ok = False
    if ok:
        print("PASS: two runs, %d lines of identical output, %s instructions each, exit %d" %
              (len(a[1].splitlines()), a[2], a[0]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
