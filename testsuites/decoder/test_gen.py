#!/usr/bin/env python3
"""Checks on the decode spec and its generator (STYLE.md, tier 4): the build
must reject overlapping patterns outside a group, patterns that do not cover
32 bits, duplicate names and fields, malformed groups; it must accept the real
spec and intended overlaps in a group.
usage: test_gen.py GEN_DECODER.py A64.DECODE"""
import os
import subprocess
import sys
import tempfile

gen, spec = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp(prefix="trapeze-gen-")
results = []


def generate(text):
    path = os.path.join(tmp, "t.decode")
    with open(path, "w") as f:
        f.write(text)
    p = subprocess.run([sys.executable, gen, path, os.path.join(tmp, "o.h"), os.path.join(tmp, "o.c")],
                       capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def expect(name, text, ok, word=""):
    rc, out = generate(text)
    good = (rc == 0) == ok and (ok or word in out)
    results.append(good)
    print(("PASS " if good else "FAIL ") + name + ("" if good else ": rc=%d %s" % (rc, out.strip())))


A = "%class c\nA  1 0 x:30\n"
expect("a valid spec", A, True)
expect("overlap outside a group", A + "B  1 . y:30\n", False, "overlaps 'A'")
expect("overlap inside a group", "%class c\n{\nA  1 0 x:30\nB  1 . y:30\n}\n", True)
expect("disjoint patterns", A + "B  0 1 y:30\n", True)
expect("31 bits", "%class c\nA  1 x:29\n", False, "covers 30 bits")
expect("33 bits", "%class c\nA  1 0 0 x:30\n", False, "covers 33 bits")
expect("duplicate name", A + "A  0 0 x:30\n", False, "duplicate pattern name")
expect("duplicate field", "%class c\nA  x:1 x:31\n", False, "duplicate field")
expect("bad token", "%class c\nA  12 x:30\n", False, "bad token")
expect("pattern before %class", "A  1 0 x:30\n", False, "before any %class")
expect("unterminated group", "%class c\n{\nA  1 0 x:30\n", False, "unterminated group")
expect("nested group", "%class c\n{\n{\nA  1 0 x:30\n}\n}\n", False, "nested")
expect("stray }", A + "}\n", False, "without")
with open(spec) as f:
    expect("the real spec generates", f.read(), True)

passed = sum(results)
print("%d passed, %d failed" % (passed, len(results) - passed))
sys.exit(0 if passed == len(results) else 1)
