#!/usr/bin/env bash
# Benchmarks: each workload runs on trapeze and on qemu-system-aarch64 (TCG) in the same run.
# For each: the operation count, the best-of-3 wall times (start-up included, nothing
# subtracted), the operation rate and the time per operation on both, the ratio (QEMU time /
# trapeze time: above 1, trapeze is faster), and whether both printed the same checksum.
#   intloop   integer loop at EL2, MMU off; operations = instructions (trapeze --stats)
#   fploop    auto-vectorised FP (matrix multiplies, AXPY, dot product, conversions) at
#             EL2, MMU off, gcc -O3; operations = instructions (trapeze --stats)
#   hvc       EL1 HVC #0 -> minimal EL2 handler -> ERET; operations = round trips
#   virq      EL1 HVC #0 -> EL2 writes a pending ICH_LR0_EL2 -> ERET -> EL1 unmasks, takes
#             the vIRQ, ICC_IAR1_EL1 + ICC_EOIR1_EL1 (ICV), ERET; operations = injections
#   mmio      EL1 store to a stage-2 hole -> EL2 decodes ESR/HPFAR/FAR, emulates, ERET;
#             operations = emulated stores
#   pagewalk  EL1, stage 1 + stage 2 with 4 KiB pages, a new page every 6 instructions over
#             128 MiB; operations = pages touched
# Usage: bench/run.sh [BUILD_DIR]
# Environment: QEMU, WORKLOADS (default: all five), ITERATIONS (intloop, default 3000),
#   FP_ITERATIONS (fploop, default 400),
#   HVC_N, VIRQ_N, MMIO_N, PAGES_N (defaults 1000000, 500000, 500000, 2097152: each about 1 s on QEMU at the
#   reference speeds), TIMEOUT (seconds per run, default 600).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
sim="$build/trapeze"
qemu=${QEMU:-qemu-system-aarch64}
out="$build/bench"
mkdir -p "$out"
workloads=${WORKLOADS:-intloop fploop hvc virq mmio pagewalk}
limit=${TIMEOUT:-600}

declare -A count=(
  [hvc]=${HVC_N:-1000000}
  [virq]=${VIRQ_N:-500000}
  [mmio]=${MMIO_N:-500000}
  [pagewalk]=${PAGES_N:-2097152}   # 64 sweeps of 32768 pages
)
declare -A unit=([intloop]=insn [fploop]=insn [hvc]=hvc [virq]=virq [mmio]=store [pagewalk]=page)

cflags=(-O2 -nostdlib -ffreestanding -static -mgeneral-regs-only -mstrict-align
        -fno-pie -no-pie -Wl,--build-id=none -Wl,--no-warn-rwx-segments -T "$here/link.ld")
for w in $workloads; do
  case $w in
    intloop)
      aarch64-linux-gnu-gcc "${cflags[@]}" -DITERATIONS=${ITERATIONS:-3000} \
        -o "$out/intloop.elf" "$here/start.S" "$here/intloop.c" ;;
    fploop)
      fpflags=()
      for f in "${cflags[@]}"; do [ "$f" = -mgeneral-regs-only ] || fpflags+=("$f"); done
      aarch64-linux-gnu-gcc "${fpflags[@]}" -O3 -march=armv8-a \
        -DITERATIONS=${FP_ITERATIONS:-400} -o "$out/fploop.elf" "$here/start.S" "$here/fploop.c" ;;
    hvc|virq|mmio|pagewalk)
      aarch64-linux-gnu-gcc "${cflags[@]}" -Wall -fno-tree-loop-distribute-patterns \
        -DITERATIONS="${count[$w]}" -o "$out/$w.elf" \
        "$here/start.S" "$here/hyp.S" "$here/hyp.c" "$here/$w.c" ;;
    *) echo "unknown workload $w" >&2; exit 1 ;;
  esac
done

# best NAME TAG CMD...: best wall time of 3 runs of CMD, in seconds, then the worst exit
# status; the UART output (stdout) of the runs goes to $out/NAME.TAG.out, stderr to .err.
best() {
  local name=$1 tag=$2 b=999999 rc=0 r t0 t1
  shift 2
  : >"$out/$name.$tag.out"
  for _ in 1 2 3; do
    r=0
    t0=$(date +%s.%N)
    timeout "$limit" "$@" >"$out/$name.$tag.run" 2>"$out/$name.$tag.err" || r=$?
    t1=$(date +%s.%N)
    cat "$out/$name.$tag.run" >>"$out/$name.$tag.out"
    [ "$r" -gt "$rc" ] && rc=$r
    b=$(awk -v t0="$t0" -v t1="$t1" -v b="$b" 'BEGIN { d = t1 - t0; print (d < b) ? d : b }')
  done
  rm -f "$out/$name.$tag.run"
  echo "$b $rc"
}

machine=(-M virt,virtualization=on,gic-version=3 -cpu max -m 256 -nographic -no-reboot)
printf "%-9s %-6s %11s %9s %9s %13s %11s %11s %11s %7s  %s\n" workload unit count \
  trapeze_s qemu_s trapeze_Mop/s qemu_Mop/s trapeze_us qemu_us ratio check
notes=()
for w in $workloads; do
  if [ "$w" = intloop ] || [ "$w" = fploop ]; then
    n=$("$sim" "${machine[@]}" --stats -kernel "$out/$w.elf" 2>&1 >/dev/null |
        awk '/^trapeze: executed/ { print $3 }')
  else
    n=${count[$w]}
  fi
  read -r t_sim rc_sim < <(best "$w" trapeze "$sim" "${machine[@]}" -kernel "$out/$w.elf")
  read -r t_qemu rc_qemu < <(best "$w" qemu "$qemu" "${machine[@]}" -kernel "$out/$w.elf")
  # Every run must exit 0 and print the same non-empty checksum, 3 times on each simulator.
  sum_sim=$(sort -u "$out/$w.trapeze.out"); sum_qemu=$(sort -u "$out/$w.qemu.out")
  check=ok
  if [ "$rc_sim" != 0 ] || [ "$rc_qemu" != 0 ]; then
    check="FAIL(exit trapeze=$rc_sim qemu=$rc_qemu)"
  elif [ -z "$sum_qemu" ] || [ "$sum_sim" != "$sum_qemu" ]; then
    check=MISMATCH
  fi
  [ "$check" = ok ] ||
    notes+=("$w: trapeze printed [$sum_sim] (exit $rc_sim, stderr: $(head -c 300 "$out/$w.trapeze.err")); qemu printed [$sum_qemu] (exit $rc_qemu)")
  awk -v w="$w" -v u="${unit[$w]}" -v n="${n:-0}" -v a="$t_sim" -v b="$t_qemu" -v c="$check" 'BEGIN {
    printf "%-9s %-6s %11d %9.3f %9.3f %13.3f %11.3f %11.5f %11.5f %7.2f  %s\n",
      w, u, n, a, b, n / a / 1e6, n / b / 1e6, a / n * 1e6, b / n * 1e6, b / a, c }'
done
for m in "${notes[@]}"; do echo "$m"; done
[ ${#notes[@]} -eq 0 ]
