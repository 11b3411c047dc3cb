#!/usr/bin/env bash
# Fetches the guest kernel's debug symbols: vmlinux from Debian's
# linux-image-<abi>-cloud-arm64-dbg package (262 MB download), for gdb sessions with symbols
# (`gdb-multiarch .cache/vmlinux/vmlinux`). Idempotent; the ABI comes from the guest manifest.
set -euo pipefail
cd "$(dirname "$0")/.."
manifest=.cache/guest/manifest.json
out=.cache/vmlinux
err() { echo "fetch-vmlinux: error: $*" >&2; exit 1; }
[ -f "$manifest" ] || err "no guest images: run \`npm run guest\` first"
command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || err "needs apt-get and dpkg-deb (Debian/Ubuntu)"
pkg=$(node -e "const m=require('./$manifest'); console.log(m.kernel.package)")
ver=$(node -e "const m=require('./$manifest'); console.log(m.kernel.version)")
[ -n "$pkg" ] && [ -n "$ver" ] || err "cannot read the kernel package from $manifest"
if [ -f "$out/vmlinux" ] && [ "$(cat "$out/version" 2>/dev/null)" = "$pkg $ver" ]; then
  echo "fetch-vmlinux: $out/vmlinux is there ($pkg $ver)"; exit 0
fi
mkdir -p "$out/tmp"
rm -f "$out"/tmp/*.deb
( cd "$out/tmp" && apt-get download -q "$pkg-dbg:arm64=$ver" >/dev/null 2>&1 ) \
  || ( apt-get update -qq && cd "$out/tmp" && apt-get download -q "$pkg-dbg:arm64=$ver" >/dev/null ) \
  || err "cannot download $pkg-dbg:arm64=$ver"
deb=$(ls "$out"/tmp/*.deb | head -1)
dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$out/tmp" --wildcards './usr/lib/debug/boot/vmlinux-*'
mv "$out"/tmp/usr/lib/debug/boot/vmlinux-* "$out/vmlinux"
rm -rf "$out/tmp"
echo "$pkg $ver" > "$out/version"
echo "fetch-vmlinux: $out/vmlinux ($(du -h "$out/vmlinux" | cut -f1)) from $pkg-dbg $ver"
