#!/bin/sh
# Run the built arch tests under QEMU 7.2 (the reference) and print PASS/FAIL per test.
# usage: run-qemu.sh <build-dir> [name-glob...]
#   <build-dir>: the top build directory, or the one holding arch-tests.txt and the ELFs.
# Environment: QEMU (default qemu-system-aarch64), VERBOSE=1 to show every test's output.
# Exit status: 0 when every failure is a test marked QEMU-DEVIATION.
set -u
[ $# -ge 1 ] || { echo "usage: $0 <build-dir> [name-glob...]" >&2; exit 2; }
dir=$1; shift
[ -f "$dir/arch-tests.txt" ] || dir=$dir/testsuites/arch
manifest=$dir/arch-tests.txt
[ -f "$manifest" ] || { echo "$0: no arch-tests.txt in $1 (build first)" >&2; exit 2; }
QEMU=${QEMU:-qemu-system-aarch64}

pass=0 fail=0 known=0 unexpected=0
while read -r name expect flags machine smp; do
    [ -n "$name" ] || continue
    if [ $# -gt 0 ]; then
        match=0
        for g in "$@"; do case $name in $g) match=1 ;; esac; done
        [ $match = 1 ] || continue
    fi
    elf=$dir/$name.elf
    out=$(timeout 20 "$QEMU" -M "${machine:-virt,virtualization=on,gic-version=3}" -cpu max -smp "${smp:-1}" -m 256 \
            -nographic -semihosting -no-reboot -kernel "$elf" </dev/null 2>&1)
    rc=$?
    if [ "$rc" = "$expect" ]; then
        pass=$((pass + 1))
        if [ "$flags" = qemu-deviation ]; then
            echo "PASS $name (marked QEMU-DEVIATION but passed: check the marker)"
        else
            echo "PASS $name"
        fi
        [ "${VERBOSE:-0}" = 1 ] && printf '%s\n' "$out" | sed 's/^/    /'
    else
        fail=$((fail + 1))
        what="exit $rc"
        [ "$rc" = 124 ] && what="timeout"
        if [ "$flags" = qemu-deviation ]; then
            known=$((known + 1))
            echo "FAIL $name ($what, expected $expect) [known QEMU deviation]"
        else
            unexpected=$((unexpected + 1))
            echo "FAIL $name ($what, expected $expect)"
        fi
        printf '%s\n' "$out" | sed 's/^/    /'
    fi
done < "$manifest"

[ $known -gt 0 ] && echo "($known of the failures are known QEMU deviations, marked QEMU-DEVIATION)"
echo "$pass passed, $fail failed"
[ $unexpected = 0 ]
