#!/usr/bin/env python3
"""Command-line behaviour of trapeze: the qemu-system-aarch64 options it
accepts, its own options, and one clear error line for bad input.

usage: test_cli.py TRAPEZE [--cross PREFIX]
Prints one line per case and 'N passed, M failed'; exit status 1 on failure."""
import os
import signal
import time
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

# The Linux boot protocol: an arm64 Image (header magic "ARM\\x64", text_offset 0,
# image_size set, so loaded at RAM + 2 MiB as QEMU does) prints the registers it
# was entered with and walks the DTB that x0 points at, printing /chosen.
IMAGE_START = r"""
    .section .text.boot
    .global _start
_start:
    b 1f                        // code0
    .long 0                     // code1
    .quad 0                     // text_offset
    .quad _end - _start         // image_size
    .quad 0xa                   // flags: LE, 4K pages
    .quad 0, 0, 0
    .ascii "ARM\x64"
    .long 0
1:  mrs x4, CurrentEL
    mrs x5, DAIF
    adr x6, stack_top
    mov sp, x6
    bl boot_main
    movz x0, #0x8400, lsl #16   // PSCI SYSTEM_OFF: SMC at EL2, HVC at EL1
    movk x0, #8
    mrs x4, CurrentEL
    cmp x4, #8
    b.ne 2f
    smc #0
2:  hvc #0
    .balign 16
    .space 4096
stack_top:
"""
IMAGE_C = r"""
typedef unsigned long u64; typedef unsigned int u32; typedef unsigned char u8;
#define UART ((volatile u32 *)0x09000000)
static void putc_(char c) { *UART = (u8)c; }
static void puts_(const char *s) { while (*s) putc_(*s++); }
static void hex(u64 v) { puts_("0x"); for (int i = 60; i >= 0; i -= 4) putc_("0123456789abcdef"[(v >> i) & 15]); }
static void hex32(u32 v) { puts_("0x"); for (int i = 28; i >= 0; i -= 4) putc_("0123456789abcdef"[(v >> i) & 15]); }
static u32 be32(const u8 *p) { return (u32)p[0] << 24 | (u32)p[1] << 16 | (u32)p[2] << 8 | p[3]; }
static int streq(const char *a, const char *b) { while (*a && *a == *b) { a++; b++; } return *a == *b; }
void boot_main(u64 x0, u64 x1, u64 x2, u64 x3, u64 el, u64 daif)
{
    puts_("x0="); hex(x0); puts_(" x1="); hex(x1); puts_(" x2="); hex(x2); puts_(" x3="); hex(x3);
    puts_(" EL="); hex(el >> 2); puts_(" DAIF="); hex(daif >> 6); puts_("\n");
    const u8 *fdt = (const u8 *)x0;
    if (!x0 || be32(fdt) != 0xd00dfeed) { puts_("no FDT magic\n"); return; }
    puts_("magic d00dfeed\n");
    const u8 *p = fdt + be32(fdt + 8);
    const char *strings = (const char *)fdt + be32(fdt + 12);
    int depth = 0, chosen_depth = -1, in_module = 0;
    for (int n = 0; n < 100000; n++) {
        u32 tok = be32(p); p += 4;
        if (tok == 1) {                                         /* FDT_BEGIN_NODE */
            const char *name = (const char *)p;
            depth++;
            if (depth == 2 && streq(name, "chosen")) chosen_depth = depth;
            if (chosen_depth == 2 && depth == 3) { in_module = 1; puts_("node "); puts_(name); puts_("\n"); }
            while (*p) p++;
            p = (const u8 *)(((u64)p + 4) & ~3ul);
        } else if (tok == 2) {                                  /* FDT_END_NODE */
            if (depth == chosen_depth) chosen_depth = -1;
            if (depth == 3) in_module = 0;
            depth--;
        } else if (tok == 3) {                                  /* FDT_PROP */
            u32 len = be32(p), nameoff = be32(p + 4);
            const u8 *val = p + 8;
            const char *name = strings + nameoff;
            if (chosen_depth == 2 && (depth == 2 || in_module)) {
                puts_(in_module ? "  " : ""); puts_(name); puts_("=");
                if (streq(name, "bootargs") || streq(name, "stdout-path")) puts_((const char *)val);
                else if (streq(name, "compatible")) { for (u32 i = 0; i + 1 < len; i++) putc_(val[i] ? val[i] : '|'); }
                else for (u32 i = 0; i < len; i += 4) { hex32(be32(val + i)); puts_(" "); }
                puts_("\n");
            }
            p = (const u8 *)(((u64)val + len + 3) & ~3ul);
        } else if (tok == 4) {                                  /* FDT_NOP */
        } else break;                                           /* FDT_END */
    }
    puts_("end\n");
}
"""


def build_image(name, base):
    src_s = os.path.join(tmp, name + ".S")
    src_c = os.path.join(tmp, name + "_c.c")
    elf = os.path.join(tmp, name + ".elf")
    raw = os.path.join(tmp, name + ".img")
    with open(src_s, "w") as f:
        f.write(IMAGE_START)
    with open(src_c, "w") as f:
        f.write(IMAGE_C)
    subprocess.run([cross + "gcc", "-O2", "-ffreestanding", "-nostdlib", "-static", "-mstrict-align",
                    "-mgeneral-regs-only", "-fno-pic", "-Wl,--build-id=none",
                    "-Wl,-Ttext=0x%x" % base, "-Wl,--defsym=_end=0x%x" % (base + 0x10000),
                    "-o", elf, src_s, src_c], check=True)
    subprocess.run([cross + "objcopy", "-O", "binary", elf, raw], check=True)
    return raw


image = build_image("linux", 0x40200000)
initrd = os.path.join(tmp, "initrd.img")
with open(initrd, "wb") as f:
    f.write(b"\x5a" * 100000)
args = "console=ttyAMA0 root=/dev/ram0 quiet"
rc, out, err = run(["-kernel", image, "-append", args, "-initrd", initrd, "-m", "256"])
# QEMU: initrd at RAM + min(RAM/2, 128 MiB); the DTB after it, 2 MiB aligned.
case("Image: entered at EL2 with DAIF masked, x0 = DTB after the initrd, x1-x3 = 0",
     rc == 0 and out.startswith("x0=0x0000000048200000 x1=0x0000000000000000 x2=0x0000000000000000 "
                                "x3=0x0000000000000000 EL=0x0000000000000002 DAIF=0x000000000000000f\n"),
     repr((rc, out, err)))
case("Image: x0 points at an FDT whose /chosen has -append's bootargs",
     "magic d00dfeed\n" in out and "\nbootargs=" + args + "\n" in out, out)
case("Image: -initrd loaded at RAM + 128 MiB, its start/end in /chosen",
     "linux,initrd-start=0x48000000 \n" in out and
     "linux,initrd-end=0x%08x \n" % (0x48000000 + 100000) in out, out)
rc, out, err = run(["-M", "virt", "-kernel", image, "-m", "128"])
case("Image without EL2: entered at EL1, DTB at RAM + 64 MiB (min(RAM/2, 128 MiB))",
     rc == 0 and out.startswith("x0=0x0000000044000000") and "EL=0x0000000000000001" in out
     and "stdout-path=/pl011@9000000\n" in out and "bootargs" not in out, repr((rc, out, err)))
rc, out, err = run(["-kernel", image, "-device", "guest-loader,addr=0x42000000,kernel=%s,bootargs=dom0 x=1" % ram_raw,
                    "-device", "guest-loader,addr=0x43000000,initrd=%s" % initrd])
mods = {}
for block in out.split("node ")[1:]:
    lines = block.split("\n")
    mods[lines[0]] = set(l.strip() for l in lines[1:] if l.startswith("  "))
case("-device guest-loader adds /chosen/module@ nodes (multiboot,kernel and multiboot,ramdisk)",
     rc == 0 and mods == {
         "module@0x42000000": {"reg=0x00000000 0x42000000 0x00000000 0x%08x" % os.path.getsize(ram_raw),
                               "bootargs=dom0 x=1", "compatible=multiboot,module|multiboot,kernel"},
         "module@0x43000000": {"reg=0x00000000 0x43000000 0x00000000 0x000186a0",
                               "compatible=multiboot,module|multiboot,ramdisk"}},
     repr((rc, out, err)))
# -dtb: the user's tree, with /chosen fixed up; dumped first with dumpdtb.
user_dtb = os.path.join(tmp, "user.dtb")
rc, out, err = run(["-M", "virt,virtualization=on,dumpdtb=" + user_dtb, "-smp", "2"])
case("-M virt,dumpdtb=FILE writes a DTB and exits 0",
     rc == 0 and open(user_dtb, "rb").read(4) == b"\xd0\x0d\xfe\xed", repr((rc, out, err)))
rc, out, err = run(["-kernel", image, "-dtb", user_dtb, "-append", "from -dtb"])
case("-dtb FILE is used, with -append in its /chosen",
     rc == 0 and "magic d00dfeed\n" in out and "\nbootargs=from -dtb\n" in out, repr((rc, out, err)))
bad_dtb = os.path.join(tmp, "bad.dtb")
d = bytearray(open(user_dtb, "rb").read())
struct.pack_into(">I", d, 8, len(d) + 64)                # off_dt_struct beyond the blob
with open(bad_dtb, "wb") as f:
    f.write(d)

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
    (["-initrd", os.path.join(tmp, "missing.img"), "-kernel", ram_elf], "missing.img"),
    (["-initrd", ram_raw], "-initrd needs -kernel"),
    (["-dtb", os.path.join(tmp, "missing.dtb"), "-kernel", ram_elf], "missing.dtb"),
    (["-dtb", ram_raw, "-kernel", ram_elf], "not a valid device tree"),
    (["-dtb", bad_dtb, "-kernel", ram_elf], "not a valid device tree"),
    (["-kernel", image, "-m", "4"], "not enough RAM for the device tree"),
    (["-device", "guest-loader,kernel=%s" % ram_raw, "-kernel", ram_elf], "addr="),
    (["-device", "guest-loader,addr=0x1000000000,kernel=%s" % ram_raw, "-kernel", ram_elf],
     "do not fit"),
    (["-device", "guest-loader,addr=0x48000000,kernel=a,initrd=b", "-kernel", ram_elf], "not both"),
    (["-M", "virt,dumpdtb=", "-kernel", ram_elf], "dumpdtb"),
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

# Corrupted -dtb blobs: either rejected with one line naming the file, or
# valid enough to boot; never a crash.
base_dtb = open(user_dtb, "rb").read()
loop_img = os.path.join(tmp, "loop.img")
with open(loop_img, "wb") as f:
    f.write(b"\x00\x00\x00\x14")                       # b .
for i in range(40):
    d = bytearray(base_dtb)
    for _ in range(rng.randint(1, 8)):
        d[rng.randrange(64) if rng.random() < 0.5 else rng.randrange(len(d))] = rng.getrandbits(8)
    if rng.random() < 0.2:
        d = d[:rng.randrange(len(d))]
    mangled = os.path.join(tmp, "mangled%d.dtb" % i)
    with open(mangled, "wb") as f:
        f.write(d)
    rc, out, err = run(["-kernel", loop_img, "-dtb", mangled, "--max-insns", "100", "-append", "x"])
    lines = [l for l in err.splitlines() if l.strip()]
    case("corrupted -dtb %d: rejected with one line, or boots" % i,
         (rc == 1 and len(lines) == 1 and "mangled%d.dtb" % i in lines[0]) or rc == 2,
         repr((rc, err[-300:])))

# WFI with nothing that can wake the PE: a clear error, status 1, not a hang.
NO_WAKE = "all CPUs wait for an interrupt that nothing will raise"
wfi_elf, _ = build("wfi", "1:  wfi\n    b 1b\n", 0x40080000)
rc, out, err = run(["-kernel", wfi_elf])
case("WFI with no timer armed: error", rc == 1 and NO_WAKE in err and "CPU 0 in WFI" in err,
     repr((rc, err)))
# Two PEs: CPU 0 starts CPU 1 (PSCI CPU_ON over SMC) at the same WFI loop, then waits too.
smp_wfi_elf, _ = build("smpwfi", """
    movz x0, #0xc400, lsl #16
    movk x0, #3
    mov  x1, #1
    adr  x2, 1f
    mov  x3, #0
    smc  #0
    cbnz x0, 2f
1:  wfi
    b 1b
2:  b 2b
""", 0x40080000)
rc, out, err = run(["-smp", "2", "-kernel", smp_wfi_elf])
case("-smp 2, both CPUs in WFI: error naming both", rc == 1 and NO_WAKE in err and
     "CPU 0 in WFI" in err and "CPU 1 in WFI" in err, repr((rc, err)))
# The EL2 physical timer armed 100 s of counter time ahead (6.25e9 ticks, 1e11
# instructions): the idle PE skips there at once; its line asserts, but the PPI
# is not enabled at the GIC, so nothing wakes the PE: the same error.
timer_wfi_elf, _ = build("timerwfi", """
    mrs  x0, cntpct_el0
    movz x1, #0x7400, lsl #16
    movk x1, #0x0001, lsl #32
    add  x0, x0, x1
    msr  cnthp_cval_el2, x0
    mov  x0, #1
    msr  cnthp_ctl_el2, x0
1:  wfi
    b 1b
""", 0x40080000)
rc, out, err = run(["--stats", "-kernel", timer_wfi_elf])
retired = [int(w) for l in err.splitlines() if "executed" in l for w in l.split() if w.isdigit()]
# CVAL = 0x174000000 ticks of 16 instructions: the clock jumped to the deadline
# (plus at most a scheduling quantum or two, during which nothing woke the PE).
icount = [int(w.split("=")[1]) for w in err.split() if w.startswith("icount=")]
case("WFI with a timer 100 s ahead: time skips, then the error", rc == 1 and NO_WAKE in err and
     retired and retired[0] < 100 and icount and
     0x174000000 * 16 <= icount[0] < 0x174000000 * 16 + 8192, repr((rc, err)))
# The only PE powered off (PSCI CPU_OFF): nothing can run.
off_elf, _ = build("cpuoff", "    movz x0, #0x8400, lsl #16\n    movk x0, #2\n    smc #0\n1:  b 1b\n",
                   0x40080000)
rc, out, err = run(["-kernel", off_elf])
case("CPU_OFF of the last CPU: error", rc == 1 and "powered off" in err, repr((rc, err)))
# --max-insns bounds time: an idle PE with a timer far ahead stops at the limit.
rc, out, err = run(["--max-insns", "1000000", "-kernel", timer_wfi_elf])
case("--max-insns while idle: stops at the limit", rc == 2 and "1000000" in err, repr((rc, err)))

# The UART's receive interrupt wakes a PE in WFI: GIC Distributor (ARE, Group 1),
# SPI 33 enabled (Group 1 and routed to Aff 0 at reset), Redistributor awake, CPU
# interface open, HCR_EL2.IMO, UARTIMSC.RXIM; PSTATE.I stays masked (WFI wakes all
# the same). After the WFI, ICC_IAR1_EL1 must be 33; the program echoes the byte
# received, EOIs and powers off.
uart_rx_elf, _ = build("uartrx", """
    movz x1, #0x0800, lsl #16
    mov  w2, #0x12
    str  w2, [x1]
    mov  w2, #2
    str  w2, [x1, #0x104]
    movz x1, #0x080a, lsl #16
    str  wzr, [x1, #0x14]
    mov  x2, #0xff
    msr  icc_pmr_el1, x2
    mov  x2, #1
    msr  icc_igrpen1_el1, x2
    mrs  x2, hcr_el2
    orr  x2, x2, #0x10
    msr  hcr_el2, x2
    movz x1, #0x0900, lsl #16
    mov  w2, #0x10
    str  w2, [x1, #0x38]
    isb
1:  wfi
    mrs  x5, icc_iar1_el1
    cmp  x5, #33
    b.ne 1b
    ldr  w2, [x1]
    str  w2, [x1]
    msr  icc_eoir1_el1, x5
    movz x0, #0x8400, lsl #16
    movk x0, #8
    smc  #0
""", 0x40080000)
rc, out, err = run(["-kernel", uart_rx_elf], stdin=b"Z")
case("UART input wakes a PE in WFI through SPI 33", rc == 0 and out.endswith("Z"), repr((rc, out, err)))
rc, out, err = run(["-kernel", uart_rx_elf])
case("no UART input: the same program reports nothing can wake it", rc == 1 and NO_WAKE in err,
     repr((rc, out, err)))

# A run killed by a signal (Ctrl-C, timeout(1)) still leaves its -D log complete:
# one exception taken, then a loop; SIGTERM after a second.
hang_elf, _ = build("hang", """
    adr  x0, vec
    msr  vbar_el2, x0
    isb
    hvc  #0
1:  b    1b
    .balign 2048
vec:
    .rept 16
    .balign 128
    b    .
    .endr
""", 0x40080000)
hang_log = os.path.join(tmp, "hang.log")
p = subprocess.Popen([sim, "-d", "int", "-D", hang_log, "-kernel", hang_elf],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(1)
p.terminate()
p.wait(timeout=10)
with open(hang_log) as f:
    logged = f.read()
case("SIGTERM: the -D log is written out", "Taking exception EC=0x16" in logged and
     p.returncode == -signal.SIGTERM, repr((p.returncode, logged[:200])))

passed = sum(results)
print("%d passed, %d failed" % (passed, len(results) - passed))
sys.exit(0 if passed == len(results) else 1)
