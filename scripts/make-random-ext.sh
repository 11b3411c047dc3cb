#!/usr/bin/env bash
# make-random-ext.sh — regenerate the random corpus of the optional SIMD/FP features of -cpu max
# (FEAT_FP16, FEAT_DotProd, FEAT_RDM) and its QEMU goldens (QEMU runs it with -cpu max).
#
#   scripts/randgen-ext.ts   -> test/simd-ext/eNNN.S, ext-harness.inc, manifest.json  (fixed seed)
#   aarch64-linux-gnu-as/ld -> test/simd-ext/eNNN.elf   (linked at 0x40080000, entry _start)
#   qemu-system-aarch64     -> test/golden/simd-ext/eNNN.out  (UART stdout, byte for byte)
#
# CI does not run this; it only uses the committed ELFs and goldens.
# Environment overrides: COUNT (100), SEED (1), BLOCKS (64), JOBS (nproc).
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=test/simd-ext
GOLD=test/golden/simd-ext
COUNT=${COUNT:-100}
SEED=${SEED:-1}
BLOCKS=${BLOCKS:-64}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 4)}
CROSS=${CROSS:-aarch64-linux-gnu-}
QEMU=${QEMU:-qemu-system-aarch64}

die() { echo "make-random-ext.sh: error: $*" >&2; exit 1; }

for t in "${CROSS}as" "${CROSS}ld" "${CROSS}objdump"; do
  command -v "$t" >/dev/null 2>&1 || die "cross toolchain '$t' not found (apt-get install binutils-aarch64-linux-gnu)"
done
command -v "$QEMU" >/dev/null 2>&1 || die "'$QEMU' not found (apt-get install qemu-system-arm)"

echo "== generating sources (seed $SEED, $COUNT programs, $BLOCKS blocks of 16)"
mkdir -p "$OUT" "$GOLD"
rm -f "$OUT"/e[0-9][0-9][0-9].S "$OUT"/e[0-9][0-9][0-9].elf "$GOLD"/e[0-9][0-9][0-9].out
npx tsx scripts/randgen-ext.ts --out "$OUT" --count "$COUNT" --seed "$SEED" --blocks "$BLOCKS"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

build_one() {
  local n=$1
  "${CROSS}as" -march=armv8.2-a+fp16+dotprod+rdm -I "$OUT" -o "$TMP/$n.o" "$OUT/$n.S"
  "${CROSS}ld" -N -z max-page-size=16 --no-warn-rwx-segments -s --build-id=none -Ttext=0x40080000 -e _start -o "$OUT/$n.elf" "$TMP/$n.o"
  if "${CROSS}objdump" -d "$OUT/$n.elf" | grep -E '\.inst|undefined' >"$TMP/$n.bad"; then
    echo "$n: objdump cannot decode:" >&2; head "$TMP/$n.bad" >&2; return 1
  fi
  local rc=0
  timeout 60 "$QEMU" -M virt -cpu max -m 512 -nographic -semihosting \
    -kernel "$OUT/$n.elf" </dev/null >"$GOLD/$n.out" 2>"$TMP/$n.err" || rc=$?
  if [ $rc -ne 0 ] || ! grep -q '^== end$' "$GOLD/$n.out"; then
    echo "$n: QEMU failed (rc=$rc, exit not reached)" >&2; cat "$TMP/$n.err" >&2; return 1
  fi
}
export -f build_one
export OUT GOLD TMP CROSS QEMU

echo "== assembling, linking, running QEMU ($JOBS jobs)"
ls "$OUT" | sed -n 's/^\(e[0-9][0-9][0-9]\)\.S$/\1/p' | xargs -P "$JOBS" -I{} bash -c 'build_one {}' \
  || die "some programs failed (see above)"

n=$(ls "$GOLD"/e*.out | wc -l)
echo "== done: $n goldens; sizes: ELFs $(du -ch "$OUT"/*.elf | tail -1 | cut -f1), goldens $(du -ch "$GOLD"/*.out | tail -1 | cut -f1)"
