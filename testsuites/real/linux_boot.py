#!/usr/bin/env python3
"""Boot Debian's arm64 Linux kernel to a busybox /init and check what it says.

usage: linux_boot.py SIMULATOR DIR [-- simulator options...]

DIR holds Image (the kernel) and busybox (static, arm64); scripts/fetch-linux.sh
puts them there.  Exit 77 (ctest SKIP_RETURN_CODE) when either is missing.

The initramfs (newc cpio, gzip) is built here in Python: /init (a busybox sh
script), /bin/busybox, /dev/console, /proc, /sys.  /init prints a marker,
/proc/interrupts and one line per online CPU, then powers off (PSCI
SYSTEM_OFF).  The simulator runs

  SIMULATOR -M virt,virtualization=on,gic-version=3 -nographic -no-reboot
            -kernel DIR/Image -initrd <initramfs> -append 'console=ttyAMA0 panic=-1'
            [--stats when SIMULATOR is trapeze] <simulator options>

(a -M among the options replaces the default one) for at most 120 s.  Checks:
"Booting Linux", "CPU: All CPU(s) started at EL2" (EL1 without
virtualization=on), KVM's "Hyp mode initialized successfully" ("VHE mode ..."
with -cpu max; none without EL2), "smp: Brought up 1 node, N CPUs" for -smp N,
the /init marker, N CPUs online, the arch_timer interrupt counted on every CPU,
IPIs on every CPU when N > 1, no kernel WARNING/BUG/panic, and exit status 0.
SIMULATOR may be qemu-system-aarch64, for comparison: the options are the same.
"""
import gzip
import io
import os
import re
import subprocess
import sys
import tempfile
import time

TIMEOUT = 120.0
MARKER = "TRAPEZE-INIT: /init is running"

INIT = f"""#!/bin/busybox sh
b=/bin/busybox
$b mount -t proc proc /proc
$b mount -t sysfs sysfs /sys
echo "{MARKER}"
echo "--- /proc/interrupts"
$b cat /proc/interrupts
echo "--- online: $($b cat /sys/devices/system/cpu/online)"
for c in $($b grep '^processor' /proc/cpuinfo | $b sed 's/.*: //'); do
  echo "online-cpu $c"
done
echo "--- poweroff"
$b poweroff -f
"""


def newc(entries):
    """A newc cpio archive of (name, mode, data, rdevmajor, rdevminor)."""
    out = io.BytesIO()

    def pad(n):
        out.write(b"\0" * (-n % 4))

    for ino, (name, mode, data, rmaj, rmin) in enumerate(entries + [("TRAILER!!!", 0, b"", 0, 0)], 1):
        nb = name.encode() + b"\0"
        fields = [ino if name != "TRAILER!!!" else 0, mode, 0, 0, 2 if mode & 0o040000 else 1,
                  0, len(data), 0, 0, rmaj, rmin, len(nb), 0]
        hdr = b"070701" + b"".join(b"%08X" % f for f in fields)
        out.write(hdr + nb)
        pad(len(hdr) + len(nb))
        out.write(data)
        pad(len(data))
    return out.getvalue()


def initramfs(busybox):
    with open(busybox, "rb") as f:
        bb = f.read()
    entries = [
        ("bin", 0o040755, b"", 0, 0),
        ("bin/busybox", 0o100755, bb, 0, 0),
        ("dev", 0o040755, b"", 0, 0),
        ("dev/console", 0o020600, b"", 5, 1),
        ("proc", 0o040755, b"", 0, 0),
        ("sys", 0o040755, b"", 0, 0),
        ("init", 0o100755, INIT.encode(), 0, 0),
    ]
    return gzip.compress(newc(entries), compresslevel=6, mtime=0)


def option(args, name, default=None):
    """The value of the last `name value` pair in args."""
    v = default
    for i, a in enumerate(args[:-1]):
        if a == name:
            v = args[i + 1]
    return v


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1:]
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    sim, d = argv
    image, busybox = os.path.join(d, "Image"), os.path.join(d, "busybox")
    for f in (image, busybox):
        if not os.path.exists(f):
            print(f"SKIP: {f} not found (scripts/fetch-linux.sh {d})")
            return 77

    machine = option(extra, "-M", "virt,virtualization=on,gic-version=3")
    extra = [a for i, a in enumerate(extra)
             if a != "-M" and not (i > 0 and extra[i - 1] == "-M")]
    cpu = option(extra, "-cpu", "cortex-a57").split(",")[0]
    smp = int(re.match(r"(?:cpus=)?(\d+)", option(extra, "-smp", "1")).group(1))
    el2 = "virtualization=on" in machine
    is_trapeze = "trapeze" in os.path.basename(sim)

    with tempfile.TemporaryDirectory() as tmp:
        rd = os.path.join(tmp, "initramfs.cpio.gz")
        with open(rd, "wb") as f:
            f.write(initramfs(busybox))
        cmd = [sim, "-M", machine, "-nographic", "-no-reboot", "-kernel", image,
               "-initrd", rd, "-append", "console=ttyAMA0 panic=-1"]
        cmd += (["--stats"] if is_trapeze else []) + extra
        print("running:", " ".join(cmd), flush=True)
        start = time.monotonic()
        try:
            p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, timeout=TIMEOUT)
            out, status = p.stdout, p.returncode
        except subprocess.TimeoutExpired as e:
            out, status = e.stdout or b"", None
        wall = time.monotonic() - start
    text = out.decode(errors="replace").replace("\r\n", "\n")

    errors = []

    def need(pattern, what):
        m = re.search(pattern, text, re.M)
        if not m:
            errors.append(f"missing {what}")
        return m

    need(r"Booting Linux on physical CPU", '"Booting Linux"')
    need(rf"CPU: All CPU\(s\) started at EL{2 if el2 else 1}", f'"All CPU(s) started at EL{2 if el2 else 1}"')
    if el2:
        mode = "VHE" if cpu == "max" else "Hyp"
        need(rf"kvm \[1\]: {mode} mode initialized successfully", f'"kvm [1]: {mode} mode initialized successfully"')
    need(rf"smp: Brought up 1 node, {smp} CPUs?$", f'"smp: Brought up 1 node, {smp} CPU(s)"')
    need(re.escape(MARKER), "the /init marker")
    online = sorted(int(c) for c in re.findall(r"^online-cpu (\d+)$", text, re.M))
    if online != list(range(smp)):
        errors.append(f"online CPUs {online}, expected 0..{smp - 1}")
    for bad in (r"WARNING: CPU:", r"^\[[ .\d]+\] BUG:", r"Kernel panic", r"Internal error:", r"Oops"):
        if re.search(bad, text, re.M):
            errors.append(f"the kernel said {bad!r}")

    # /proc/interrupts: the header names the CPUs; arch_timer counted on each,
    # IPIs (all kinds together) on each when there are several CPUs.
    hdr = re.search(r"^\s+((?:CPU\d+\s+)+)$", text, re.M)
    if not hdr:
        errors.append("no /proc/interrupts")
    else:
        ncpu = len(hdr.group(1).split())
        timer = [0] * ncpu
        ipi = [0] * ncpu
        for line in text[hdr.end():].splitlines():
            f = line.split()
            if len(f) < ncpu + 1 or not f[0].endswith(":"):
                continue
            try:
                counts = [int(x) for x in f[1:ncpu + 1]]
            except ValueError:
                continue
            if f[-1] == "arch_timer":
                timer = [a + b for a, b in zip(timer, counts)]
            if f[0].startswith("IPI"):
                ipi = [a + b for a, b in zip(ipi, counts)]
        print(f"arch_timer per CPU: {timer}; IPIs per CPU: {ipi}")
        if ncpu != smp or not all(timer):
            errors.append(f"arch_timer interrupts per CPU {timer}, expected {smp} nonzero counts")
        if smp > 1 and not all(ipi):
            errors.append(f"IPIs per CPU {ipi}, expected nonzero counts")
    if status is None:
        errors.append(f"timed out after {TIMEOUT:.0f} s")
    elif status != 0:
        errors.append(f"exit status {status}, expected 0 (poweroff)")

    stats = re.search(r"^trapeze: executed .*$", text, re.M)
    if errors:
        sys.stdout.write(text)
        for e in errors:
            print("FAIL:", e)
        print(f"FAIL ({wall:.1f} s)")
        return 1
    for pat in (r"^.*Linux version.*$", r"^.*GICv3: \d+ SPIs implemented$", r"^.*smp: Brought up.*$",
                r"^.*started at EL\d$", r"^.*kvm \[1\]: .* initialized successfully$",
                r"^.*reboot: Power down$"):
        m = re.search(pat, text, re.M)
        if m:
            print(m.group(0))
    if stats:
        print(stats.group(0))
    print(f"PASS: booted to /init and powered off in {wall:.1f} s (wall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
