#!/usr/bin/env bash
# make-random-corpus.sh — regenerate random-instruction differential corpora and their QEMU goldens.
#
#   scripts/<generator>.ts  -> <out>/<p>NNN.S, the harness .inc, manifest.json  (fixed seed)
#   aarch64-linux-gnu-as/ld -> <out>/<p>NNN.elf   (linked at 0x40080000, entry _start)
#   aarch64-linux-gnu-objdump: every random word must decode (no `.inst`, no `undefined`)
#   qemu-system-aarch64     -> <gold>/<p>NNN.out  (UART stdout, byte for byte; must reach "== end")
#
# Usage: scripts/make-random-corpus.sh [--cpu CPU] [--gen FILE] [--out DIR] [--gold DIR] CORPUS...
#   CORPUS       generator                  files  count blocks block-size  as -march
#   random       scripts/randgen.ts         rNNN   100   20     100
#   simd-int     scripts/randgen-simd.ts    sNNN   70    20     80          (no decode check: .text has a literal pool)
#   simd-fp      scripts/randgen-fp.ts      fNNN   100   64     -           armv8.2-a+fp16
#   simd-ext     scripts/randgen-ext.ts     eNNN   100   64     -           armv8.2-a+fp16+dotprod+rdm
#   simd-crypto  scripts/randgen-crypto.ts  cNNN   16    40     -
#   all          every corpus above, in that order
# Sources and ELFs go to test/corpus/CORPUS, goldens to test/golden/CORPUS; QEMU runs -M virt -cpu max.
# --cpu sets QEMU's -cpu (max, cortex-a57, ...); --gen, --out and --gold replace the generator and
# the directories, for one corpus only.
# CI does not run this; the tests only use the committed ELFs and goldens.
# Environment overrides: COUNT, SEED (1), BLOCKS, BLOCK_SIZE (the defaults above), JOBS (nproc),
# CROSS (aarch64-linux-gnu-), QEMU (qemu-system-aarch64).
set -euo pipefail

cd "$(dirname "$0")/.."
ALL_CORPORA="random simd-int simd-fp simd-ext simd-crypto"
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 4)}
CROSS=${CROSS:-aarch64-linux-gnu-}
QEMU=${QEMU:-qemu-system-aarch64}
TMP=
trap '[ -z "$TMP" ] || rm -rf "$TMP"' EXIT

die() { echo "make-random-corpus.sh${NAME:+ ($NAME)}: error: $*" >&2; exit 1; }

# corpus NAME: sets the corpus's generator, file prefix, defaults, assembler flags and decode check
corpus() {
  NAME=$1 DEF_BLOCK_SIZE= MARCH= CHECK_DECODE=1
  case "$NAME" in
    random)      GEN=scripts/randgen.ts        PREFIX=r DEF_COUNT=100 DEF_BLOCKS=20 DEF_BLOCK_SIZE=100 ;;
    simd-int)    GEN=scripts/randgen-simd.ts   PREFIX=s DEF_COUNT=70  DEF_BLOCKS=20 DEF_BLOCK_SIZE=80 CHECK_DECODE=0 ;;
    simd-fp)     GEN=scripts/randgen-fp.ts     PREFIX=f DEF_COUNT=100 DEF_BLOCKS=64 MARCH=armv8.2-a+fp16 ;;
    simd-ext)    GEN=scripts/randgen-ext.ts    PREFIX=e DEF_COUNT=100 DEF_BLOCKS=64 MARCH=armv8.2-a+fp16+dotprod+rdm ;;
    simd-crypto) GEN=scripts/randgen-crypto.ts PREFIX=c DEF_COUNT=16  DEF_BLOCKS=40 ;;
    *) NAME= die "unknown corpus '$1' (one of: $ALL_CORPORA, all)" ;;
  esac
  OUT=test/corpus/$NAME GOLD=test/golden/$NAME
}

build_one() {
  local n=$1
  "${CROSS}as" ${MARCH:+-march=$MARCH} -I "$OUT" -o "$TMP/$n.o" "$OUT/$n.S"
  "${CROSS}ld" -N -z max-page-size=16 --no-warn-rwx-segments -s --build-id=none -Ttext=0x40080000 -e _start -o "$OUT/$n.elf" "$TMP/$n.o"
  if [ "$CHECK_DECODE" = 1 ] && "${CROSS}objdump" -d "$OUT/$n.elf" | grep -E '\.inst|undefined' >"$TMP/$n.bad"; then
    echo "$n: objdump cannot decode:" >&2; head "$TMP/$n.bad" >&2; return 1
  fi
  local rc=0
  timeout 60 "$QEMU" -M virt -cpu "$CPU" -m 512 -nographic -semihosting \
    -kernel "$OUT/$n.elf" </dev/null >"$GOLD/$n.out" 2>"$TMP/$n.err" || rc=$?
  if [ $rc -ne 0 ] || ! grep -q '^== end$' "$GOLD/$n.out"; then
    echo "$n: QEMU failed (rc=$rc, exit not reached)" >&2; cat "$TMP/$n.err" >&2; return 1
  fi
}
export -f build_one

# make_corpus NAME: generate, assemble, link, check, run QEMU
make_corpus() {
  corpus "$1"
  GEN=${OPT_GEN:-$GEN} OUT=${OPT_OUT:-$OUT} GOLD=${OPT_GOLD:-$GOLD} CPU=${OPT_CPU:-max}
  local count=${COUNT:-$DEF_COUNT} seed=${SEED:-1} blocks=${BLOCKS:-$DEF_BLOCKS} size_args=() shape
  if [ -n "$DEF_BLOCK_SIZE" ]; then
    size_args=(--block-size "${BLOCK_SIZE:-$DEF_BLOCK_SIZE}")
    shape="$blocks x ${BLOCK_SIZE:-$DEF_BLOCK_SIZE}"
  else
    shape="$blocks blocks of 16"
  fi
  local p="$PREFIX[0-9][0-9][0-9]"

  echo "== $NAME: generating sources ($GEN, seed $seed, $count programs, $shape)"
  mkdir -p "$OUT" "$GOLD"
  rm -f "$OUT"/$p.S "$OUT"/$p.elf "$GOLD"/$p.out
  npx tsx "$GEN" --out "$OUT" --count "$count" --seed "$seed" --blocks "$blocks" ${size_args[@]+"${size_args[@]}"}

  TMP=$(mktemp -d)
  export OUT GOLD TMP CROSS QEMU CPU MARCH CHECK_DECODE
  echo "== $NAME: assembling, linking, running QEMU -cpu $CPU ($JOBS jobs)"
  ls "$OUT" | sed -n "s/^\($p\)\.S\$/\1/p" | xargs -P "$JOBS" -I{} bash -c 'build_one {}' \
    || die "some programs failed (see above)"
  rm -rf "$TMP"; TMP=

  local n
  n=$(ls "$GOLD"/$p.out | wc -l)
  echo "== $NAME: done: $n goldens; sizes: ELFs $(du -ch "$OUT"/$p.elf | tail -1 | cut -f1), goldens $(du -ch "$GOLD"/$p.out | tail -1 | cut -f1)"
}

OPT_GEN= OPT_OUT= OPT_GOLD= OPT_CPU=
names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --gen|--out|--gold|--cpu)
      [ $# -ge 2 ] || die "$1 needs a value"
      case "$1" in --gen) OPT_GEN=$2 ;; --out) OPT_OUT=$2 ;; --gold) OPT_GOLD=$2 ;; --cpu) OPT_CPU=$2 ;; esac
      shift 2 ;;
    all) names+=($ALL_CORPORA); shift ;;
    -*) die "unknown option '$1'" ;;
    *) names+=("$1"); shift ;;
  esac
done
[ ${#names[@]} -gt 0 ] || die "usage: $0 [--cpu CPU] [--gen FILE] [--out DIR] [--gold DIR] CORPUS... (CORPUS: $ALL_CORPORA, all)"
for n in "${names[@]}"; do corpus "$n"; done # unknown names fail before any work
NAME=
if [ ${#names[@]} -gt 1 ] && [ -n "$OPT_GEN$OPT_OUT$OPT_GOLD" ]; then
  die "--gen, --out and --gold apply to one corpus only"
fi

for t in "${CROSS}as" "${CROSS}ld" "${CROSS}objdump"; do
  command -v "$t" >/dev/null 2>&1 || die "cross toolchain '$t' not found (apt-get install binutils-aarch64-linux-gnu)"
done
command -v "$QEMU" >/dev/null 2>&1 || die "'$QEMU' not found (apt-get install qemu-system-arm)"
command -v node >/dev/null 2>&1 || die "node not found"

for n in "${names[@]}"; do make_corpus "$n"; done
