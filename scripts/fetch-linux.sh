#!/usr/bin/env bash
# Fetch Debian's arm64 Linux kernel and busybox for the real.linux_* tests.
#
# usage: scripts/fetch-linux.sh [DIR]      (DIR defaults to build/linux)
#
# Leaves DIR/Image (the uncompressed arm64 Image of the newest
# linux-image-*-arm64-unsigned package) and DIR/busybox (busybox-static).
# Idempotent: does nothing when both are there.  Uses the host's apt sources
# with the architecture switched to arm64 and its own package lists under
# DIR/apt-lists, so the host's apt state is not touched; needs no root.
#
# Never fails: on any problem it prints one warning line and exits 0, and the
# tests then skip (exit 77).  On Ubuntu the host's sources (archive.ubuntu.com)
# carry no arm64 packages and Debian's kernel is not reachable through them:
# the script warns and the tests skip.  To run them there, put an Image and a
# static arm64 busybox in DIR by hand.
set -uo pipefail

dir=${1:-build/linux}
warn() { echo "fetch-linux: WARNING: $*; the real.linux_* tests will be skipped" >&2; exit 0; }

if [ -s "$dir/Image" ] && [ -s "$dir/busybox" ]; then
  echo "fetch-linux: $dir/Image and $dir/busybox are there"
  exit 0
fi

. /etc/os-release 2>/dev/null || true
if [ "${ID:-}" != debian ]; then
  warn "host is '${ID:-unknown}', not Debian: its apt sources do not serve Debian's arm64 kernel"
fi
for tool in apt-get apt-cache dpkg-deb tar; do
  command -v "$tool" >/dev/null || warn "$tool not found"
done

mkdir -p "$dir" || warn "cannot create $dir"
dir=$(cd "$dir" && pwd)
lists="$dir/apt-lists"
mkdir -p "$lists/partial" || warn "cannot create $lists"
# arm64 only, own lists, no binary caches (they would replace the host's),
# and no dpkg status (the host's packages are not arm64 ones).
o=(-o APT::Architecture=arm64 -o APT::Architectures=arm64
   -o "Dir::State::Lists=$lists" -o Dir::State::status=/dev/null
   -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache=
   -o APT::Sandbox::User=root -o Debug::NoLocking=1)
log="$dir/fetch.log"
: > "$log"

echo "fetch-linux: apt-get update (arm64 lists in $lists)"
# A source that fails (a third-party repository, say) makes apt-get update
# fail as a whole although Debian's lists came: go on and look for the package.
apt-get "${o[@]}" -q update >>"$log" 2>&1 ||
  echo "fetch-linux: apt-get update reported errors (see $log); trying the lists it got" >&2

# The kernel the metapackage linux-image-arm64 currently depends on
# (linux-image-6.1.0-NN-arm64), its -unsigned twin; failing that, the newest
# linux-image-<version>-arm64-unsigned in the lists.
kernel=""
abi=$(apt-cache "${o[@]}" depends linux-image-arm64 2>>"$log" |
      sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*-arm64\)$/\1/p' | head -1)
if [ -n "$abi" ] && apt-cache "${o[@]}" show "$abi-unsigned" >/dev/null 2>&1; then
  kernel="$abi-unsigned"
else
  kernel=$(apt-cache "${o[@]}" search --names-only '^linux-image-[0-9][^ ]*-arm64-unsigned$' 2>>"$log" |
           awk '{print $1}' | sort -V | tail -1)
fi
[ -n "$kernel" ] || warn "no linux-image-*-arm64-unsigned package in the arm64 lists (see $log)"

work=$(mktemp -d "$dir/fetch.XXXXXX") || warn "cannot create a directory in $dir"
trap 'rm -rf "$work"' EXIT
echo "fetch-linux: downloading $kernel and busybox-static"
(cd "$work" && apt-get "${o[@]}" -q download "$kernel" busybox-static) >>"$log" 2>&1 ||
  { rm -rf "$work"; warn "apt-get download $kernel busybox-static failed (see $log)"; }

mkdir -p "$work/x"
dpkg-deb --fsys-tarfile "$work"/linux-image-*.deb |
  tar -x -C "$work/x" --wildcards '*/vmlinuz-*' 2>>"$log"
dpkg-deb --fsys-tarfile "$work"/busybox-static_*.deb |
  tar -x -C "$work/x" --wildcards '*bin/busybox' 2>>"$log"
img=$(find "$work/x" -name 'vmlinuz-*' -type f | head -1)
bb=$(find "$work/x" -name busybox -type f | head -1)
[ -n "$img" ] && [ -n "$bb" ] || { rm -rf "$work"; warn "the packages did not hold vmlinuz-* and busybox"; }
# Debian's arm64 vmlinuz is the uncompressed Image; gunzip it if not.
if [ "$(head -c 2 "$img" | od -An -tx1 | tr -d ' ')" = 1f8b ]; then
  gzip -dc < "$img" > "$work/Image" || { rm -rf "$work"; warn "cannot gunzip $img"; }
  img="$work/Image"
fi
mv -f "$img" "$dir/Image" && mv -f "$bb" "$dir/busybox" && chmod 755 "$dir/busybox" ||
  { rm -rf "$work"; warn "cannot move the Image and busybox into $dir"; }
rm -rf "$work"
echo "$kernel" > "$dir/VERSION"
echo "fetch-linux: $dir/Image ($kernel) and $dir/busybox ($(du -sh "$dir/Image" | cut -f1))"
