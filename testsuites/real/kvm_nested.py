#!/usr/bin/env python3
"""A KVM guest inside Debian's Linux, which runs at EL2 on the simulator.

usage: kvm_nested.py build DIR
       kvm_nested.py run SIMULATOR DIR [-- simulator options...]

build: DIR holds Image and busybox (scripts/fetch-linux.sh) and apt-lists
(the arm64 package lists fetch-linux made).  Downloads Debian's arm64
qemu-system-arm (qemu-system-aarch64) with every package it depends on
(about 110, 100 MB; apt-get download, no root, the host's apt state not
touched), takes qemu-system-aarch64 with the shared libraries it needs
(readelf, recursively) and the dynamic loader, and writes
DIR/kvm-host.cpio.gz: busybox, QEMU, /Image and a busybox-only guest
initramfs.  The host's /init runs
  qemu-system-aarch64 -accel kvm -M virt -cpu host -smp 1 -m 256 -nographic
      -nodefaults -serial mon:stdio -nic none -no-reboot -kernel /Image
      -initrd /guest.cpio.gz -append 'console=ttyAMA0 panic=-1'
and the guest's /init prints a marker and powers off.

run: exit 77 (ctest SKIP_RETURN_CODE) without DIR/kvm-host.cpio.gz; boots
  SIMULATOR -M virt,virtualization=on,gic-version=3 -cpu cortex-a57 -smp 2
            -m 2048 -nographic -no-reboot -kernel DIR/Image
            -initrd DIR/kvm-host.cpio.gz -append 'console=ttyAMA0 panic=-1'
for at most 900 s and checks: KVM's "Hyp mode initialized successfully" on
the host, the guest's marker, its GICv3 and virtual-timer lines, the host's
"qemu exited with status 0", no kernel panic, exit status 0.  This is the
path a hypervisor takes through the simulator: stage 2, the GIC list
registers and maintenance interrupt, the virtual timer and CNTVOFF_EL2.
"""
import gzip
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from linux_boot import newc  # noqa: E402  (the newc cpio writer)

TIMEOUT = 900.0
GUEST_MARKER = "GUEST: hello from the nested guest"

GUEST_INIT = """#!/bin/busybox sh
b=/bin/busybox
$b mount -t proc proc /proc
$b mount -t sysfs sys /sys
echo "GUEST: hello from the nested guest"
$b dmesg | $b grep -i -E 'arch_timer|GICv3: CPU0' | $b sed 's/^/GUEST-DMESG: /'
$b cat /proc/interrupts | $b sed 's/^/GUEST-IRQ: /'
$b poweroff -f
"""

HOST_INIT = """#!/bin/busybox sh
b=/bin/busybox
$b mount -t proc proc /proc
$b mount -t sysfs sys /sys
$b mount -t devtmpfs dev /dev
$b mount -t tmpfs tmp /tmp
export PATH=/usr/bin:/bin LD_LIBRARY_PATH=/lib/aarch64-linux-gnu
echo "HOST: /init running"
/usr/bin/qemu-system-aarch64 -accel kvm -M virt -cpu host -smp 1 -m 256 -nographic -nodefaults \\
   -serial mon:stdio -nic none -no-reboot \\
   -kernel /Image -initrd /guest.cpio.gz -append 'console=ttyAMA0 panic=-1'
echo "HOST: qemu exited with status $?"
$b dmesg | $b grep -i -E 'kvm|vgic' | $b tail -20 | $b sed 's/^/HOST-DMESG: /'
$b poweroff -f
"""


def apt_options(lists):
    return ["-o", "APT::Architecture=arm64", "-o", "APT::Architectures=arm64",
            "-o", "Dir::State::Lists=" + lists, "-o", "Dir::State::status=/dev/null",
            "-o", "Dir::Cache::pkgcache=", "-o", "Dir::Cache::srcpkgcache=",
            "-o", "APT::Sandbox::User=root", "-o", "Debug::NoLocking=1"]


def needed_libs(root, binary):
    """The shared libraries binary needs, recursively: {soname: path in root}."""
    dirs = [root + "/lib/aarch64-linux-gnu", root + "/usr/lib/aarch64-linux-gnu"]
    found, todo = {}, [binary]
    while todo:
        out = subprocess.run(["readelf", "-d", todo.pop()], capture_output=True, text=True).stdout
        for name in re.findall(r"\(NEEDED\)\s+Shared library: \[(.*?)\]", out):
            if name in found:
                continue
            path = next((os.path.join(d, name) for d in dirs if os.path.exists(os.path.join(d, name))), None)
            if path is None:
                sys.exit("kvm_nested: %s needs %s, which no package provided" % (binary, name))
            found[name] = path
            todo.append(path)
    return found


def build(d):
    d = os.path.abspath(d)      # apt takes a relative Dir::State::Lists from /var/lib/apt
    for f in ("Image", "busybox", "apt-lists"):
        if not os.path.exists(os.path.join(d, f)):
            sys.exit("kvm_nested: %s/%s missing: run scripts/fetch-linux.sh %s first" % (d, f, d))
    o = apt_options(os.path.join(d, "apt-lists"))
    deps = subprocess.run(["apt-cache"] + o + ["depends", "--recurse", "--no-recommends",
                           "--no-suggests", "--no-conflicts", "--no-breaks", "--no-replaces",
                           "--no-enhances", "qemu-system-arm"], capture_output=True, text=True)
    pkgs = sorted({l for l in deps.stdout.splitlines() if l and not l.startswith(" ") and "<" not in l})
    if deps.returncode or "qemu-system-arm" not in pkgs:
        sys.exit("kvm_nested: apt-cache depends qemu-system-arm failed:\n" + deps.stderr)
    with tempfile.TemporaryDirectory(dir=d) as work:
        print("kvm_nested: downloading %d arm64 packages" % len(pkgs))
        subprocess.run(["apt-get"] + o + ["-q", "download"] + pkgs, cwd=work, check=True,
                       stdout=subprocess.DEVNULL)
        root = os.path.join(work, "root")
        for deb in sorted(f for f in os.listdir(work) if f.endswith(".deb")):
            subprocess.run(["dpkg-deb", "-x", os.path.join(work, deb), root], check=True)
        qemu = root + "/usr/bin/qemu-system-aarch64"
        libs = needed_libs(root, qemu)

        def read(p):
            with open(p, "rb") as f:
                return f.read()

        guest = gzip.compress(newc([
            ("bin", 0o040755, b"", 0, 0), ("bin/busybox", 0o100755, read(d + "/busybox"), 0, 0),
            ("dev", 0o040755, b"", 0, 0), ("dev/console", 0o020600, b"", 5, 1),
            ("proc", 0o040755, b"", 0, 0), ("sys", 0o040755, b"", 0, 0),
            ("init", 0o100755, GUEST_INIT.encode(), 0, 0)]), compresslevel=6, mtime=0)
        entries = [("bin", 0o040755, b"", 0, 0), ("bin/busybox", 0o100755, read(d + "/busybox"), 0, 0),
                   ("dev", 0o040755, b"", 0, 0), ("dev/console", 0o020600, b"", 5, 1),
                   ("proc", 0o040755, b"", 0, 0), ("sys", 0o040755, b"", 0, 0),
                   ("tmp", 0o041777, b"", 0, 0), ("usr", 0o040755, b"", 0, 0),
                   ("usr/bin", 0o040755, b"", 0, 0),
                   ("usr/bin/qemu-system-aarch64", 0o100755, read(qemu), 0, 0),
                   ("lib", 0o040755, b"", 0, 0), ("lib/aarch64-linux-gnu", 0o040755, b"", 0, 0),
                   ("lib/ld-linux-aarch64.so.1", 0o100755,
                    read(os.path.realpath(root + "/lib/ld-linux-aarch64.so.1")), 0, 0)]
        entries += [("lib/aarch64-linux-gnu/" + n, 0o100755, read(os.path.realpath(p)), 0, 0)
                    for n, p in sorted(libs.items())]
        entries += [("Image", 0o100644, read(d + "/Image"), 0, 0),
                    ("guest.cpio.gz", 0o100644, guest, 0, 0),
                    ("init", 0o100755, HOST_INIT.encode(), 0, 0)]
        out = os.path.join(d, "kvm-host.cpio.gz")
        with open(out + ".tmp", "wb") as f:
            f.write(gzip.compress(newc(entries), compresslevel=6, mtime=0))
        os.replace(out + ".tmp", out)
        print("kvm_nested: %s (%d libraries, %d MB)" % (out, len(libs), os.path.getsize(out) >> 20))


def run(sim, d, extra):
    host = os.path.join(d, "kvm-host.cpio.gz")
    if not os.path.exists(host) or not os.path.exists(os.path.join(d, "Image")):
        print("SKIP: no %s (make test-kvm-nested builds it)" % host)
        return 77
    cmd = [sim, "-M", "virt,virtualization=on,gic-version=3", "-cpu", "cortex-a57", "-smp", "2",
           "-m", "2048", "-nographic", "-no-reboot", "-kernel", os.path.join(d, "Image"),
           "-initrd", host, "-append", "console=ttyAMA0 panic=-1"] + extra
    if "trapeze" in os.path.basename(sim):
        cmd.append("--stats")
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        print("FAIL: no poweroff within %.0f s" % TIMEOUT)
        return 1
    wall = time.monotonic() - t0
    out = p.stdout.decode(errors="replace")
    err = p.stderr.decode(errors="replace")
    failures = []
    for pattern, what in [(r"kvm \[1\]: Hyp mode initialized successfully", "KVM on the host"),
                          (re.escape(GUEST_MARKER), "the guest's /init"),
                          (r"GUEST-DMESG: .*GICv3: CPU0: found redistributor", "the guest's GICv3"),
                          (r"GUEST-DMESG: .*arch_timer: cp15 timer\(s\) running at .*\(virt\)",
                           "the guest's virtual timer"),
                          (r"HOST: qemu exited with status 0", "QEMU (KVM) exiting cleanly")]:
        m = re.search(pattern, out)
        print(("ok   " if m else "FAIL ") + what + (": " + m.group(0) if m else ""))
        if not m:
            failures.append(what)
    if re.search(r"Kernel panic|hyp panic|Oops", out):
        failures.append("a kernel panic")
        print("FAIL a kernel panic:", re.search(r".*(Kernel panic|hyp panic|Oops).*", out).group(0))
    if p.returncode != 0:
        failures.append("exit status %d" % p.returncode)
    for line in err.splitlines():
        if line.startswith("trapeze:"):
            print(line)
    if failures:
        print("FAIL (%s); last console lines:\n%s" % (", ".join(failures), "\n".join(out.splitlines()[-15:])))
        return 1
    print("PASS: a KVM guest booted inside Linux at EL2 and powered off in %.1f s (wall)" % wall)
    return 0


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    if len(argv) == 2 and argv[0] == "build":
        build(argv[1])
        return 0
    if len(argv) == 3 and argv[0] == "run":
        return run(argv[1], argv[2], extra)
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
