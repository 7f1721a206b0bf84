#!/usr/bin/env python3
"""Compare trapeze's generated device tree with QEMU's, node by node.

usage: compare_dtb.py TRAPEZE QEMU CONFIG
Runs both with -M ...,dumpdtb=FILE for CONFIG, decompiles with dtc, and
checks that every node and property trapeze writes is in QEMU's tree with
the same value, and that every node or property QEMU has and trapeze lacks
is in EXPECTED_MISSING below with its reason.  Phandle values are compared
too: trapeze allocates them in QEMU's order."""
import os
import re
import subprocess
import sys
import tempfile

sim, qemu, config = sys.argv[1], sys.argv[2], sys.argv[3]

CONFIGS = {
    # name: (machine, cpu, smp, mem, with initrd)
    "virt-on-a57-smp2": ("virt,virtualization=on,gic-version=3", "cortex-a57", 2, "256", False),
    "virt-off-max-smp4": ("virt,gic-version=3", "max", 4, "512", True),
    "virt-on-a53-smp1": ("virt,virtualization=on,gic-version=3", "cortex-a53", 1, "128", True),
    "virt-on-max-smp3": ("virt,virtualization=on,gic-version=3", "max", 3, "256", False),
    # with two -device guest-loader modules (a Xen-style boot)
    "virt-on-a57-guest-loader": ("virt,virtualization=on,gic-version=3", "cortex-a57", 2, "256",
                                 False),
}

# Nodes QEMU has for devices trapeze does not model (prefix match), and why.
EXPECTED_MISSING = {
    "/flash@0": "QEMU's flash is a CFI device; trapeze's is plain ROM",
    "/fw-cfg@9020000": "no fw-cfg device",
    "/virtio_mmio@": "no virtio-mmio transports",
    "/pcie@10000000": "no PCIe host bridge",
    "/pl061@9030000": "no PL061 GPIO",
    "/gpio-keys": "needs the PL061",
    "/pl031@9010000": "no PL031 RTC",
    "/platform-bus@c000000": "no dynamic platform bus",
    "/intc@8000000/its@8080000": "no GIC ITS",
    "/pmu": "no PMU interrupt",
}
# Values that differ on purpose, with the configurations where they do.
EXPECTED_VALUE = {
    ("/timer", "interrupts"): (
        ["virt-on-max-smp3"],
        "EL2 with FEAT_VHE (-cpu max) has the EL2 virtual timer, PPI 12 (INTID 28); "
        "QEMU 8.1 and later list it fifth, QEMU 7.2 does not"),
}
EXPECTED_MISSING_PROPS = {
    ("/chosen", "rng-seed"): "runs are deterministic: no random seed",
    ("/chosen", "kaslr-seed"): "runs are deterministic: no KASLR seed",
}


def parse_dts(text):
    """{node path: {property: value text}}"""
    nodes, stack = {}, []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("/dts-v1/"):
            continue
        m = re.match(r"^([^\s=]+) \{$", line)
        if m:
            name = m.group(1)
            stack.append("" if name == "/" else name)
            nodes["/".join(stack) or "/"] = {}
            continue
        if line == "};":
            stack.pop()
            continue
        m = re.match(r"^([^\s=]+)(?: = (.*))?;$", line)
        if not m:
            raise ValueError("unparsed dts line: " + line)
        nodes["/".join(stack) or "/"][m.group(1)] = m.group(2) or ""
    return nodes


def dump(cmd, path):
    p = subprocess.run(cmd, capture_output=True, timeout=60)
    if p.returncode != 0 or not os.path.exists(path):
        sys.exit("FAIL: %s exited %d: %s" % (cmd[0], p.returncode, p.stderr.decode()))
    out = subprocess.run(["dtc", "-q", "-I", "dtb", "-O", "dts", path], capture_output=True,
                         check=True, text=True).stdout
    return parse_dts(out)


machine, cpu, smp, mem, initrd = CONFIGS[config]
tmp = tempfile.mkdtemp(prefix="trapeze-dtb-")
kernel = os.path.join(tmp, "kernel")
with open(kernel, "wb") as f:
    f.write(b"\x00" * 4096)
common = ["-cpu", cpu, "-smp", str(smp), "-m", mem, "-kernel", kernel,
          "-append", "console=ttyAMA0 earlycon"]
if initrd:
    rd = os.path.join(tmp, "initrd")
    with open(rd, "wb") as f:
        f.write(b"\x5a" * 100000)
    common += ["-initrd", rd]
if config.endswith("guest-loader"):
    mod = os.path.join(tmp, "module")
    with open(mod, "wb") as f:
        f.write(b"\x11" * 12345)
    common += ["-device", "guest-loader,addr=0x42000000,kernel=%s,bootargs=dom0_mem=64M" % mod,
               "-device", "guest-loader,addr=0x43000000,initrd=%s" % mod]
q = dump([qemu, "-M", machine + ",dumpdtb=" + tmp + "/q.dtb", "-nographic"] + common, tmp + "/q.dtb")
t = dump([sim, "-M", machine + ",dumpdtb=" + tmp + "/t.dtb"] + common, tmp + "/t.dtb")

failures, checked = [], 0
for path, props in t.items():
    if path not in q:
        failures.append("trapeze has node %s, QEMU does not" % path)
        continue
    for name, value in props.items():
        checked += 1
        if name not in q[path]:
            failures.append("%s: trapeze has property %s, QEMU does not" % (path, name))
        elif q[path][name] != value:
            if config in EXPECTED_VALUE.get((path, name), ([], ""))[0]:
                print("expected difference: %s %s: trapeze %s, QEMU %s (%s)"
                      % (path, name, value, q[path][name], EXPECTED_VALUE[(path, name)][1]))
                continue
            failures.append("%s %s: trapeze %s, QEMU %s" % (path, name, value, q[path][name]))
for path, props in q.items():
    why = next((r for p, r in EXPECTED_MISSING.items() if path.startswith(p)), None)
    if path not in t:
        if why is None:
            failures.append("QEMU has node %s, trapeze does not" % path)
        continue
    for name in props:
        if name not in t[path] and (path, name) not in EXPECTED_MISSING_PROPS:
            failures.append("%s: QEMU has property %s, trapeze does not" % (path, name))
for path, why in EXPECTED_MISSING.items():
    print("expected difference: %s* absent (%s)" % (path, why))
for (path, name), why in EXPECTED_MISSING_PROPS.items():
    print("expected difference: %s %s absent (%s)" % (path, name, why))
for f in failures:
    print("FAIL " + f)
print("%s: %d nodes, %d properties compared, %d differences" % (config, len(t), checked, len(failures)))
sys.exit(1 if failures or checked < 30 else 0)
