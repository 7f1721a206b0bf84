#!/usr/bin/env python3
"""Boot U-Boot (qemu_arm64) to its prompt and talk to it over the PL011.

usage: uboot_console.py SIMULATOR U-BOOT.BIN [extra simulator options...]

Waits for the banner ("U-Boot 20..."), "Hit any key to stop autoboot", sends
a newline to stop the countdown, waits for the "=> " prompt, sends
"version" and waits for the banner's version line a second time (the answer),
then "poweroff" (PSCI SYSTEM_OFF) and expects the simulator to exit with 0.
Exit 77 (ctest SKIP_RETURN_CODE) when the image is missing.  SIMULATOR may be
qemu-system-aarch64 too, for comparison: the options are the same.
"""
import os
import re
import select
import subprocess
import sys
import time

TIMEOUT = 60.0          # seconds for the whole run


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    sim, image = sys.argv[1], sys.argv[2]
    if not os.path.exists(image):
        print(f"SKIP: {image} not found (apt-get install u-boot-qemu)")
        return 77
    cmd = [sim, "-M", "virt", "-cpu", "cortex-a57", "-bios", image, "-nographic"] + sys.argv[3:]
    start = time.monotonic()
    deadline = start + TIMEOUT
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    out = bytearray()

    def fail(why):
        p.kill()
        p.wait()
        sys.stdout.write(out.decode(errors="replace"))
        print(f"\nFAIL: {why} ({time.monotonic() - start:.1f} s)")
        return 1

    def wait_for(pattern, pos=0):
        """Read until pattern (a regex on bytes) matches out[pos:]; the match or None."""
        rx = re.compile(pattern)
        while True:
            m = rx.search(out, pos)
            if m:
                return m
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            r, _, _ = select.select([p.stdout], [], [], left)
            if not r:
                return None
            chunk = os.read(p.stdout.fileno(), 4096)
            if not chunk:
                return None         # the simulator exited
            out.extend(chunk)

    def send(text):
        p.stdin.write(text.encode())
        p.stdin.flush()

    banner = wait_for(rb"U-Boot 20\d\d\.\d\d[^\r\n]*(?=\r?\n)")   # whole line
    if not banner:
        return fail('no banner "U-Boot 20..."')
    version_line = banner.group(0)
    if not wait_for(rb"Hit any key to stop autoboot", banner.end()):
        return fail('no "Hit any key to stop autoboot"')
    send("\n")
    prompt = wait_for(rb"=> ", banner.end())
    if not prompt:
        return fail('no "=>" prompt')
    send("version\n")
    answer = wait_for(re.escape(version_line), prompt.end())
    if not answer:
        return fail("version: the version line was not printed again")
    if not wait_for(rb"=> ", answer.end()):
        return fail('no "=>" prompt after version')
    send("poweroff\n")
    try:
        rest, _ = p.communicate(timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        return fail("poweroff: the simulator did not exit")
    out.extend(rest)
    sys.stdout.write(out.decode(errors="replace"))
    if p.returncode != 0:
        print(f"\nFAIL: exit status {p.returncode} after poweroff")
        return 1
    print(f"\nPASS: {version_line.decode(errors='replace')} ({time.monotonic() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
