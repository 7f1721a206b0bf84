#!/usr/bin/env bash
# Install what trapeze needs to build, test and run its examples on Debian or
# Ubuntu: only the packages that are missing.  Uses sudo when not root.
set -euo pipefail

packages=(
  cmake ninja-build gcc make pkg-config python3     # build
  libcapstone-dev libfdt-dev libcmocka-dev          # disassembly, device trees, unit tests
  device-tree-compiler                              # dtc: the device-tree tests
  gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu  # bare-metal test programs and examples
  qemu-system-arm                                   # reference for differential tests, benchmarks
  u-boot-qemu                                       # real-software test: U-Boot for qemu_arm64
  gdb-multiarch                                     # the debugger client
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all dependencies are installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1
  fi
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
