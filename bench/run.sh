#!/usr/bin/env bash
# Benchmarks: each workload runs on trapeze and on qemu-system-aarch64 (TCG)
# in the same run; prints instructions, seconds and MIPS for both, and the ratio.
# Usage: bench/run.sh [BUILD_DIR]   (best of 3 runs each)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
sim="$build/trapeze"
qemu=${QEMU:-qemu-system-aarch64}
out="$build/bench"
mkdir -p "$out"

aarch64-linux-gnu-gcc -O2 -nostdlib -ffreestanding -static -mgeneral-regs-only -mstrict-align \
  -fno-pie -no-pie -Wl,--build-id=none -Wl,--no-warn-rwx-segments -T "$here/link.ld" -DITERATIONS=${ITERATIONS:-3000} \
  -o "$out/intloop.elf" "$here/start.S" "$here/intloop.c"

best() {  # best wall time of 3 runs of "$@" (output discarded), in seconds
  local b=999999
  for _ in 1 2 3; do
    local t0 t1
    t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N)
    b=$(awk -v t0="$t0" -v t1="$t1" -v b="$b" 'BEGIN { d = t1 - t0; print (d < b) ? d : b }')
  done
  echo "$b"
}

machine=(-M virt,virtualization=on,gic-version=3 -cpu max -m 256 -nographic -no-reboot)
insns=$("$sim" "${machine[@]}" --stats -kernel "$out/intloop.elf" 2>&1 >/dev/null |
        awk '/^trapeze: executed/ { print $3 }')
t_sim=$(best "$sim" "${machine[@]}" -kernel "$out/intloop.elf")
t_qemu=$(best "$qemu" "${machine[@]}" -kernel "$out/intloop.elf")
printf "%-10s %14s %10s %10s %10s %10s %8s\n" workload instructions trapeze_s qemu_s trapeze_MIPS qemu_MIPS ratio
awk -v n="$insns" -v a="$t_sim" -v b="$t_qemu" 'BEGIN {
  printf "%-10s %14d %10.3f %10.3f %10.1f %10.1f %8.2f\n", "intloop", n, a, b, n / a / 1e6, n / b / 1e6, b / a }'
