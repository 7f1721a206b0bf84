#!/usr/bin/env python3
"""Generate the A64 decoder from decoder/a64.decode.

Spec format (one encoding per line, named after the Arm ARM heading):

    %class NAME                 following patterns belong to instruction class NAME
    NAME  TOKEN TOKEN ...       TOKEN = run of 0/1/. (fixed bits, '.' = don't care)
                                      | field:W   (unsigned field of W bits)
                                      | field:sW  (sign-extended field of W bits)
    {                           start of a group: its patterns may overlap and are
    }                           tried in order; the first whose trans_ accepts wins

Every pattern covers exactly 32 bits, MSB first.  Patterns outside a common
group must not overlap: the generator fails the build if they do.

For each pattern NAME the generated code calls

    bool trans_NAME(DecodedInsn *d, const arg_NAME *a);

which the simulator must define (a missing one fails the link).  trans_ fills
the decoded instruction and returns false for an UNDEFINED encoding.

Outputs: a64_decode.h (arg structs, trans_ prototypes, class enum) and
a64_decode.c (bucketed mask/match dispatch).
"""
import re
import sys

BUCKET_SHIFT = 21          # buckets are indexed by instruction bits [31:21]
BUCKET_BITS = 32 - BUCKET_SHIFT


class Pattern:
    def __init__(self, name, cls, mask, match, fields, group, line):
        self.name, self.cls, self.mask, self.match = name, cls, mask, match
        self.fields, self.group, self.line = fields, group, line


def fail(path, line, msg):
    sys.exit(f"{path}:{line}: error: {msg}")


def parse(path):
    patterns, classes = [], []
    cls, group, ngroups = None, None, 0
    names = set()
    with open(path) as f:
        for lineno, raw in enumerate(f, 1):
            text = raw.split('#', 1)[0].strip()
            if not text:
                continue
            if text.startswith('%class'):
                parts = text.split()
                if len(parts) != 2:
                    fail(path, lineno, "%class takes one name")
                cls = parts[1]
                if cls not in classes:
                    classes.append(cls)
                continue
            if text == '{':
                if group is not None:
                    fail(path, lineno, "nested groups are not supported")
                ngroups += 1
                group = ngroups
                continue
            if text == '}':
                if group is None:
                    fail(path, lineno, "'}' without '{'")
                group = None
                continue
            if cls is None:
                fail(path, lineno, "pattern before any %class")
            toks = text.split()
            name, toks = toks[0], toks[1:]
            if not re.fullmatch(r'[A-Za-z_][A-Za-z0-9_]*', name):
                fail(path, lineno, f"bad pattern name '{name}'")
            if name in names:
                fail(path, lineno, f"duplicate pattern name '{name}'")
            names.add(name)
            pos, mask, match, fields = 32, 0, 0, []
            for t in toks:
                m = re.fullmatch(r'([A-Za-z_][A-Za-z0-9_]*):(s?)(\d+)', t)
                if m:
                    w = int(m.group(3))
                    pos -= w
                    fields.append((m.group(1), pos, w, m.group(2) == 's'))
                    continue
                if not re.fullmatch(r'[01.]+', t):
                    fail(path, lineno, f"bad token '{t}'")
                for ch in t:
                    pos -= 1
                    if ch != '.':
                        mask |= 1 << pos
                        match |= int(ch) << pos
            if pos != 0:
                fail(path, lineno, f"pattern '{name}' covers {32 - pos} bits, not 32")
            fnames = [fl[0] for fl in fields]
            if len(set(fnames)) != len(fnames):
                fail(path, lineno, f"duplicate field in '{name}'")
            patterns.append(Pattern(name, cls, mask, match, fields, group, lineno))
    if group is not None:
        fail(path, lineno, "unterminated group")
    return patterns, classes


def check_overlaps(path, patterns):
    errors = []
    for i, a in enumerate(patterns):
        for b in patterns[i + 1:]:
            if a.group is not None and a.group == b.group:
                continue
            common = a.mask & b.mask
            if (a.match ^ b.match) & common == 0:
                errors.append(f"{path}:{b.line}: error: '{b.name}' overlaps '{a.name}' "
                              f"(line {a.line}) outside a group")
    if errors:
        sys.exit("\n".join(errors))


def buckets(patterns):
    top_mask = ((1 << BUCKET_BITS) - 1) << BUCKET_SHIFT
    out = [[] for _ in range(1 << BUCKET_BITS)]
    for idx, p in enumerate(patterns):
        pm = (p.mask & top_mask) >> BUCKET_SHIFT
        pv = (p.match & top_mask) >> BUCKET_SHIFT
        for b in range(1 << BUCKET_BITS):
            if b & pm == pv:
                out[b].append(idx)
    return out


def emit(patterns, classes, hpath, cpath):
    h = ["/* Generated by decoder/gen_decoder.py from decoder/a64.decode: do not edit. */",
         "#ifndef A64_DECODE_H", "#define A64_DECODE_H", "", "#include <stdbool.h>",
         "#include <stdint.h>", "", "typedef struct DecodedInsn DecodedInsn;", "",
         "typedef enum A64Class {", "    A64_CLASS_NONE = 0,"]
    for c in classes:
        h.append(f"    A64_CLASS_{c.upper()},")
    h += ["    A64_CLASS_COUNT", "} A64Class;", ""]
    h.append(f"#define A64_PATTERN_COUNT {len(patterns)}")
    h.append("")
    for p in patterns:
        members = "".join(f" {'int32_t' if s else 'uint32_t'} {n};" for n, _, _, s in p.fields)
        h.append(f"typedef struct arg_{p.name} {{{members or ' int unused;'} }} arg_{p.name};")
    h.append("")
    for p in patterns:
        h.append(f"bool trans_{p.name}(DecodedInsn *d, const arg_{p.name} *a);")
    h += ["",
          "/* Decode insn into d (calling the matching trans_ function).",
          "   Returns the pattern index, or -1 when no pattern accepts it (UNDEFINED). */",
          "int a64_decode(uint32_t insn, DecodedInsn *d);",
          "/* Index of the pattern that matches insn without calling trans_, or -1. */",
          "int a64_match(uint32_t insn);",
          "const char *a64_pattern_name(int idx);",
          "A64Class a64_pattern_class(int idx);",
          "const char *a64_class_name(A64Class c);",
          "", "#endif", ""]

    c = ["/* Generated by decoder/gen_decoder.py from decoder/a64.decode: do not edit. */",
         '#include "a64_decode.h"', "", "#include <stddef.h>", "",
         "static inline uint32_t fx(uint32_t v, int pos, int len)",
         "{", "    return (v >> pos) & ((1u << len) - 1);", "}", "",
         "static inline int32_t sfx(uint32_t v, int pos, int len)",
         "{", "    return (int32_t)(v << (32 - pos - len)) >> (32 - len);", "}", ""]
    for p in patterns:
        c.append(f"static bool dec_{p.name}(DecodedInsn *d, uint32_t insn)")
        c.append("{")
        c.append(f"    arg_{p.name} a;")
        if not p.fields:
            c.append("    a.unused = 0;")
            c.append("    (void)insn;")
        for n, pos, w, s in p.fields:
            c.append(f"    a.{n} = {'sfx' if s else 'fx'}(insn, {pos}, {w});")
        c.append(f"    return trans_{p.name}(d, &a);")
        c.append("}")
        c.append("")
    c.append("static const struct {")
    c.append("    uint32_t mask, match;")
    c.append("    bool (*dec)(DecodedInsn *, uint32_t);")
    c.append("    const char *name;")
    c.append("    A64Class cls;")
    c.append("} patterns[] = {")
    for p in patterns:
        c.append(f"    {{ 0x{p.mask:08x}u, 0x{p.match:08x}u, dec_{p.name}, \"{p.name}\", "
                 f"A64_CLASS_{p.cls.upper()} }},")
    c.append("};")
    c.append("")
    bk = buckets(patterns)
    starts, flat = [], []
    for b in bk:
        starts.append(len(flat))
        flat += b
    starts.append(len(flat))
    itype = "uint16_t" if len(patterns) < 65536 else "uint32_t"
    c.append(f"static const {itype} bucket_start[{len(starts)}] = {{")
    for i in range(0, len(starts), 16):
        c.append("    " + ", ".join(str(x) for x in starts[i:i + 16]) + ",")
    c.append("};")
    c.append(f"static const {itype} bucket_list[{max(len(flat), 1)}] = {{")
    for i in range(0, len(flat), 16):
        c.append("    " + ", ".join(str(x) for x in flat[i:i + 16]) + ",")
    if not flat:
        c.append("    0,")
    c.append("};")
    c.append("")
    c += ["int a64_decode(uint32_t insn, DecodedInsn *d)",
          "{",
          f"    uint32_t b = insn >> {BUCKET_SHIFT};",
          "    for (unsigned i = bucket_start[b]; i < bucket_start[b + 1]; i++) {",
          "        unsigned p = bucket_list[i];",
          "        if ((insn & patterns[p].mask) == patterns[p].match && patterns[p].dec(d, insn))",
          "            return (int)p;",
          "    }",
          "    return -1;",
          "}",
          "",
          "int a64_match(uint32_t insn)",
          "{",
          f"    uint32_t b = insn >> {BUCKET_SHIFT};",
          "    for (unsigned i = bucket_start[b]; i < bucket_start[b + 1]; i++) {",
          "        unsigned p = bucket_list[i];",
          "        if ((insn & patterns[p].mask) == patterns[p].match)",
          "            return (int)p;",
          "    }",
          "    return -1;",
          "}",
          "",
          "const char *a64_pattern_name(int idx)",
          "{",
          f"    return idx >= 0 && idx < {len(patterns)} ? patterns[idx].name : \"UNDEFINED\";",
          "}",
          "",
          "A64Class a64_pattern_class(int idx)",
          "{",
          f"    return idx >= 0 && idx < {len(patterns)} ? patterns[idx].cls : A64_CLASS_NONE;",
          "}",
          "",
          "const char *a64_class_name(A64Class c)",
          "{",
          "    static const char *const names[] = { \"none\", "
          + ", ".join(f'"{x}"' for x in classes) + " };",
          "    return (unsigned)c < A64_CLASS_COUNT ? names[c] : \"?\";",
          "}", ""]
    with open(hpath, "w") as f:
        f.write("\n".join(h))
    with open(cpath, "w") as f:
        f.write("\n".join(c))


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: gen_decoder.py SPEC OUT.h OUT.c")
    patterns, classes = parse(sys.argv[1])
    check_overlaps(sys.argv[1], patterns)
    emit(patterns, classes, sys.argv[2], sys.argv[3])


if __name__ == "__main__":
    main()
