#!/usr/bin/env python3
"""Command-line behaviour of trapeze: the qemu-system-aarch64 options it
accepts, its own options, and one clear error line for bad input.

usage: test_cli.py TRAPEZE [--cross PREFIX]
Prints one line per case and 'N passed, M failed'; exit status 1 on failure."""
import os
import random
import struct
import subprocess
import sys
import tempfile

sim = sys.argv[1]
cross = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--cross" else "aarch64-linux-gnu-"
tmp = tempfile.mkdtemp(prefix="trapeze-cli-")
results = []


def build(name, asm, base):
    """Assemble asm linked at base; returns (elf, raw binary) paths."""
    src = os.path.join(tmp, name + ".S")
    elf = os.path.join(tmp, name + ".elf")
    raw = os.path.join(tmp, name + ".bin")
    with open(src, "w") as f:
        f.write(".global _start\n_start:\n" + asm)
    subprocess.run([cross + "gcc", "-nostdlib", "-static", "-Wl,--build-id=none",
                    "-Wl,-Ttext=0x%x" % base, "-o", elf, src], check=True)
    subprocess.run([cross + "objcopy", "-O", "binary", elf, raw], check=True)
    return elf, raw


def run(args, stdin=b""):
    p = subprocess.run([sim] + args, input=stdin, capture_output=True, timeout=30)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def case(name, ok, detail=""):
    results.append(ok)
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else ": " + detail))


# Print the byte at [x3] on the UART, then PSCI SYSTEM_OFF.
PRINT_AND_OFF = """
    movz x1, #0x0900, lsl #16
    ldrb w2, [x3]
    str  w2, [x1]
    movz x0, #0x8400, lsl #16
    movk x0, #8
    smc  #0
"""
bios_elf, bios_raw = build("bios", "    adr x3, ch\n" + PRINT_AND_OFF + "ch: .byte 'B'\n", 0)
ram_elf, ram_raw = build("ram", "    adr x3, ch\n" + PRINT_AND_OFF + "ch: .byte 'R'\n", 0x40100000)
data_elf, data_raw = build("data", "    movz x3, #0x4020, lsl #16\n" + PRINT_AND_OFF, 0x40080000)
loop_elf, _ = build("loop", "1:  add x0, x0, #1\n    b 1b\n", 0x40080000)
exc_elf, _ = build("exc", "    svc #0\n" + PRINT_AND_OFF, 0x40080000)

rc, out, err = run(["--version"])
case("--version", rc == 0 and "trapeze" in out, out + err)
rc, out, err = run(["--help"])
case("--help", rc == 0 and "-kernel" in out and "--max-insns" in out, out + err)
rc, out, err = run(["-bios", bios_raw])
case("-bios raw image in flash, entered at 0", rc == 0 and out == "B", repr((rc, out, err)))
rc, out, err = run(["-kernel", ram_elf])
case("-kernel ELF entered at its entry point", rc == 0 and out == "R", repr((rc, out, err)))
rc, out, err = run(["-device", "loader,file=%s,addr=0x40100000,force-raw=on" % ram_raw,
                    "-device", "loader,addr=0x40100000,cpu-num=0"])
case("-device loader file+force-raw, cpu-num sets the PC", rc == 0 and out == "R", repr((rc, out, err)))
rc, out, err = run(["-device", "loader,file=%s" % ram_elf])
case("-device loader with an ELF sets the entry", rc == 0 and out == "R", repr((rc, out, err)))
rc, out, err = run(["-kernel", data_elf, "-device", "loader,addr=0x40200000,data=0x5a,data-len=1"])
case("-device loader data=,data-len= writes memory", rc == 0 and out == "Z", repr((rc, out, err)))
rc, out, err = run(["--max-insns", "1000", "-kernel", loop_elf])
case("--max-insns stops with a register dump and exit 2",
     rc == 2 and "PC=" in err and "X00=" in err and "1000 instructions" in err, repr((rc, err)))
log = os.path.join(tmp, "log.txt")
rc, out, err = run(["-d", "int,in_asm", "-D", log, "--max-insns", "50", "-kernel", exc_elf])
text = open(log).read() if os.path.exists(log) else ""
case("-d int,in_asm -D FILE logs exceptions and disassembly",
     "EC=0x15 [SVC64]" in text and "svc #0" in text, text[:400])
rc, out, err = run(["-cpu", "max,x-fp=on,pauth=off,sve=off", "-kernel", ram_elf])
case("-cpu max,x-fp=on,pauth=off,sve=off is accepted", rc == 0 and out == "R", repr((rc, out, err)))
rc, out, err = run(["-d", "help"])
case("-d help lists int and in_asm", rc == 0 and "in_asm" in out and "int" in out, out)

# One clear line naming the problem, exit 1, for each bad input.
trunc = os.path.join(tmp, "trunc.elf")
with open(ram_elf, "rb") as f:
    whole = f.read()
with open(trunc, "wb") as f:
    f.write(whole[:80])
outside = os.path.join(tmp, "outside.elf")
d = bytearray(whole)
phoff = struct.unpack_from("<Q", d, 0x20)[0]
struct.pack_into("<Q", d, phoff + 0x18, 0x20000000)     # p_paddr of segment 0: MMIO hole
with open(outside, "wb") as f:
    f.write(d)
wrong = os.path.join(tmp, "x86.elf")
d = bytearray(whole)
struct.pack_into("<H", d, 0x12, 62)                      # e_machine = EM_X86_64
with open(wrong, "wb") as f:
    f.write(d)
empty = os.path.join(tmp, "empty.bin")
open(empty, "wb").close()
bad_inputs = [
    (["-kernel", os.path.join(tmp, "missing.elf")], "missing.elf"),
    (["-kernel", trunc], "truncated"),
    (["-kernel", outside], "do not fit"),
    (["-kernel", wrong], "not AArch64"),
    (["-kernel", empty], "empty"),
    (["-frobnicate", "-kernel", ram_elf], "-frobnicate"),
    (["-initrd", "x", "-kernel", ram_elf], "-initrd"),
    (["-m", "lots", "-kernel", ram_elf], "-m lots"),
    (["-m", "0", "-kernel", ram_elf], "-m 0"),
    (["-cpu", "cortex-x9", "-kernel", ram_elf], "cortex-x9"),
    (["-cpu", "max,sve=on", "-kernel", ram_elf], "sve=on"),
    (["-cpu", "max,frobnicate=on", "-kernel", ram_elf], "frobnicate"),
    (["-cpu", "max,x-fp", "-kernel", ram_elf], "x-fp"),
    (["-smp", "0", "-kernel", ram_elf], "-smp 0"),
    (["-M", "sbsa-ref", "-kernel", ram_elf], "sbsa-ref"),
    (["-M", "virt,gic-version=2", "-kernel", ram_elf], "gic-version=2"),
    (["-M", "virt,virtualization=maybe", "-kernel", ram_elf], "virtualization=maybe"),
    (["-d", "bogus", "-kernel", ram_elf], "bogus"),
    (["-device", "virtio-net", "-kernel", ram_elf], "virtio-net"),
    (["-device", "loader,addr=0x40000000,data=1", "-kernel", ram_elf], "data-len"),
    (["-device", "loader,addr=0x09000000,data=1,data-len=4", "-kernel", ram_elf], "outside"),
    (["-device", "loader,addr=0x40000000,cpu-num=3", "-kernel", ram_elf], "cpu-num=3"),
    (["-kernel"], "-kernel"),
    ([], "nothing to run"),
]
for args, word in bad_inputs:
    rc, out, err = run(args)
    lines = [l for l in err.splitlines() if l.strip()]
    case("bad input %s" % " ".join(args)[:60],
         rc == 1 and len(lines) == 1 and word in lines[0] and "Traceback" not in err,
         repr((rc, err)))

# Random bytes as a raw image: the guest gets architectural exceptions, the
# simulator neither crashes nor hangs.
rng = random.Random(1)
for i in range(8):
    junk = os.path.join(tmp, "junk%d.bin" % i)
    with open(junk, "wb") as f:
        f.write(bytes(rng.getrandbits(8) for _ in range(65536)))
    for machine in ("virt,virtualization=on", "virt"):
        rc, out, err = run(["-M", machine, "--max-insns", "200000", "-kernel", junk])
        case("random image %d on %s" % (i, machine), rc in (0, 1, 2) and rc >= 0 and
             "Sanitizer" not in err and "runtime error" not in err, repr((rc, err[-300:])))

passed = sum(results)
print("%d passed, %d failed" % (passed, len(results) - passed))
sys.exit(0 if passed == len(results) else 1)
