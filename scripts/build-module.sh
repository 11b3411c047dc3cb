#!/usr/bin/env bash
# Cross-builds the test module firmware/module/a64dbg_hello.c for the guest's kernel.
#
# The kernel ABI (e.g. 6.1.0-56) and package version (e.g. 6.1.192-2) come from
# .cache/guest/manifest.json (written by `npm run guest`), so the module always matches the
# kernel the tests boot. Fetches with `apt-get download` into .cache/module/debs/:
#   linux-headers-<abi>-cloud-arm64:arm64, linux-headers-<abi>-common (arch all), and the
#   HOST's linux-kbuild-<major.minor> (its fixdep/modpost are host binaries),
# extracts them into .cache/module/root/ (the flavour Makefile's absolute include of the -common
# headers is rewritten to the extracted copy), and builds with aarch64-linux-gnu-gcc.
#
# Output (all under the git-ignored .cache/module/):
#   a64dbg_hello.ko       the module to insmod in the guest
#   a64dbg_hello.gdb.ko   the same without __patchable_function_entries, for gdb's add-symbol-file
#                         (gdb places the DWARF of a .ko that keeps that section wrongly)
#   module.json           which kernel it was built for
#
# Idempotent: downloads and extraction are skipped when already done, make rebuilds only what
# changed. Needs: apt-get, dpkg-deb, make, gcc-aarch64-linux-gnu (binutils-aarch64-linux-gnu), and
# the arm64 architecture enabled in dpkg (`npm run guest` does that).
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "build-module: error: $*" >&2; exit 1; }
t0=$(date +%s.%N)

CROSS_COMPILE=${CROSS_COMPILE:-aarch64-linux-gnu-}
MANIFEST=.cache/guest/manifest.json
OUT=.cache/module
SRC=firmware/module

for tool in node apt-get dpkg dpkg-deb make "${CROSS_COMPILE}gcc" "${CROSS_COMPILE}objcopy"; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found (apt-get install make gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu)"
done
[ -f "$MANIFEST" ] || die "$MANIFEST is missing: run \`npm run guest\` first"

# linux-image-6.1.0-56-cloud-arm64 + 6.1.192-2 -> ABI 6.1.0-56, flavour cloud-arm64, kbuild 6.1.
read -r KPKG KVER < <(node -e '
  const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(m.kernel.package, m.kernel.version);' "$MANIFEST") || die "cannot read kernel.package/version from $MANIFEST"
[[ "$KPKG" =~ ^linux-image-(([0-9]+\.[0-9]+)\.[0-9]+-[0-9]+)-(.+)$ ]] || die "unexpected kernel package name '$KPKG' in $MANIFEST"
ABI=${BASH_REMATCH[1]}; SERIES=${BASH_REMATCH[2]}; FLAVOUR=${BASH_REMATCH[3]}
HOSTARCH=$(dpkg --print-architecture)
HDR=linux-headers-$ABI-$FLAVOUR
COMMON=linux-headers-$ABI-common
KBUILD=linux-kbuild-$SERIES
echo "build-module: kernel $ABI-$FLAVOUR ($KVER), host $HOSTARCH"

# --- download (skipped when the .debs are there) ---
mkdir -p "$OUT/debs"
deb_of() { ls "$OUT/debs/$1_"*"_$2.deb" 2>/dev/null | grep -F "_${KVER//:/%3a}_" | head -n1; }
want=("$HDR:arm64=$KVER arm64 $HDR" "$COMMON=$KVER all $COMMON" "$KBUILD:$HOSTARCH=$KVER $HOSTARCH $KBUILD")
fetch=()
for w in "${want[@]}"; do
  read -r spec arch name <<<"$w"
  [ -n "$(deb_of "$name" "$arch")" ] || fetch+=("$spec")
done
if [ ${#fetch[@]} -gt 0 ]; then
  echo "build-module: apt-get download ${fetch[*]}"
  if ! (cd "$OUT/debs" && apt-get download -q -o APT::Sandbox::User=root "${fetch[@]}" >/dev/null 2>"../apt.err"); then
    # The package lists may predate this kernel: update once and retry.
    echo "build-module: apt-get download failed; apt-get update and retry"
    apt-get update -q >/dev/null 2>&1 || true
    (cd "$OUT/debs" && apt-get download -q -o APT::Sandbox::User=root "${fetch[@]}" >/dev/null 2>"../apt.err") \
      || die "apt-get download ${fetch[*]} failed: $(grep -m1 '^E:' "$OUT/apt.err" || tail -n1 "$OUT/apt.err")"
  fi
fi

# --- extract (skipped when the stamp matches) ---
ROOT=$OUT/root
STAMP="$ABI-$FLAVOUR $KVER $HOSTARCH"
if [ "$(cat "$ROOT/.stamp" 2>/dev/null)" != "$STAMP" ]; then
  rm -rf "$ROOT"; mkdir -p "$ROOT"
  for w in "${want[@]}"; do
    read -r spec arch name <<<"$w"
    deb=$(deb_of "$name" "$arch"); [ -n "$deb" ] || die "no .deb for $name $KVER in $OUT/debs"
    dpkg-deb -x "$deb" "$ROOT" || die "dpkg-deb -x $deb failed"
  done
  echo "$STAMP" >"$ROOT/.stamp"
fi
KDIR=$(cd "$ROOT/usr/src/$HDR" 2>/dev/null && pwd) || die "$HDR is not in $ROOT/usr/src after extraction"
COMMONDIR=$(cd "$ROOT/usr/src/$COMMON" && pwd) || die "$COMMON is not in $ROOT/usr/src after extraction"
[ -x "$KDIR/scripts/basic/fixdep" ] || die "$KDIR/scripts/basic/fixdep is missing: $KBUILD ($HOSTARCH) did not extract"
# The flavour Makefile is `include /usr/src/linux-headers-<abi>-common/Makefile`: point it here.
sed -i "s#^include .*/$COMMON/Makefile\$#include $COMMONDIR/Makefile#" "$KDIR/Makefile"
grep -qF "include $COMMONDIR/Makefile" "$KDIR/Makefile" || die "could not rewrite the include in $KDIR/Makefile"

# --- build (in a copy, so the source folder stays clean) ---
BUILD=$OUT/build
mkdir -p "$BUILD"
for f in a64dbg_hello.c Kbuild; do cmp -s "$SRC/$f" "$BUILD/$f" || cp "$SRC/$f" "$BUILD/$f"; done
BUILD=$(cd "$BUILD" && pwd)
if ! make -s -C "$KDIR" M="$BUILD" ARCH=arm64 CROSS_COMPILE="$CROSS_COMPILE" modules >"$OUT/make.log" 2>&1; then
  die "make modules failed: $(grep -m1 -E 'error|Error' "$OUT/make.log" || tail -n1 "$OUT/make.log") (full log: $OUT/make.log)"
fi
[ -f "$BUILD/a64dbg_hello.ko" ] || die "make succeeded but $BUILD/a64dbg_hello.ko is missing (log: $OUT/make.log)"
cp "$BUILD/a64dbg_hello.ko" "$OUT/a64dbg_hello.ko"
"${CROSS_COMPILE}objcopy" --remove-section __patchable_function_entries \
  --remove-section .rela__patchable_function_entries "$OUT/a64dbg_hello.ko" "$OUT/a64dbg_hello.gdb.ko"
VERMAGIC=$("${CROSS_COMPILE}objcopy" -O binary --only-section=.modinfo "$OUT/a64dbg_hello.ko" /dev/stdout | tr '\0' '\n' | sed -n 's/^vermagic=//p')
case "$VERMAGIC" in "$ABI-$FLAVOUR "*) ;; *) die "vermagic '$VERMAGIC' does not match $ABI-$FLAVOUR";; esac
cat >"$OUT/module.json" <<EOF
{
  "kernel": "$ABI-$FLAVOUR",
  "version": "$KVER",
  "vermagic": "$VERMAGIC",
  "ko": "$OUT/a64dbg_hello.ko",
  "gdbKo": "$OUT/a64dbg_hello.gdb.ko"
}
EOF
echo "build-module: $OUT/a64dbg_hello.ko ($(stat -c %s "$OUT/a64dbg_hello.ko") bytes, vermagic '$VERMAGIC') in $(echo "$(date +%s.%N) - $t0" | bc | xargs printf '%.1f') s"
