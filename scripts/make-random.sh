#!/usr/bin/env bash
# make-random.sh — regenerate the random-instruction differential corpus and its QEMU goldens.
#
#   scripts/randgen.ts      -> test/random/rNNN.S, harness.inc, manifest.json  (fixed seed)
#   aarch64-linux-gnu-as/ld -> test/random/rNNN.elf   (linked at 0x40080000, entry _start)
#   qemu-system-aarch64     -> test/golden/random/rNNN.out  (UART stdout, byte for byte)
#
# CI does not run this; it only uses the committed ELFs and goldens.
# Environment overrides: COUNT (100), SEED (1), BLOCKS (20), BLOCK_SIZE (100), JOBS (nproc).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=test/random
GOLD=test/golden/random
COUNT=${COUNT:-100}
SEED=${SEED:-1}
BLOCKS=${BLOCKS:-20}
BLOCK_SIZE=${BLOCK_SIZE:-100}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 4)}
CROSS=${CROSS:-aarch64-linux-gnu-}
QEMU=${QEMU:-qemu-system-aarch64}

die() { echo "make-random.sh: error: $*" >&2; exit 1; }

for t in "${CROSS}as" "${CROSS}ld" "${CROSS}objdump"; do
  command -v "$t" >/dev/null 2>&1 || die "cross toolchain '$t' not found (apt-get install binutils-aarch64-linux-gnu)"
done
command -v "$QEMU" >/dev/null 2>&1 || die "'$QEMU' not found (apt-get install qemu-system-arm)"
command -v node >/dev/null 2>&1 || die "node not found"

echo "== generating sources (seed $SEED, $COUNT programs, $BLOCKS x $BLOCK_SIZE)"
rm -f "$OUT"/r[0-9][0-9][0-9].S "$OUT"/r[0-9][0-9][0-9].elf "$GOLD"/r[0-9][0-9][0-9].out
npx tsx scripts/randgen.ts --out "$OUT" --count "$COUNT" --seed "$SEED" --blocks "$BLOCKS" --block-size "$BLOCK_SIZE"
mkdir -p "$GOLD"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

build_one() {
  local n=$1
  "${CROSS}as" -I "$OUT" -o "$TMP/$n.o" "$OUT/$n.S"
  "${CROSS}ld" -N -z max-page-size=16 --no-warn-rwx-segments -s --build-id=none -Ttext=0x40080000 -e _start -o "$OUT/$n.elf" "$TMP/$n.o"
  # every random word must be a valid, decodable instruction
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
ls "$OUT" | sed -n 's/^\(r[0-9][0-9][0-9]\)\.S$/\1/p' | xargs -P "$JOBS" -I{} bash -c 'build_one {}' \
  || die "some programs failed (see above)"

n=$(ls "$GOLD"/r*.out | wc -l)
echo "== done: $n goldens; sizes: ELFs $(du -ch "$OUT"/*.elf | tail -1 | cut -f1), goldens $(du -ch "$GOLD"/*.out | tail -1 | cut -f1)"
