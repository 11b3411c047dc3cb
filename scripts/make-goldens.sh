#!/bin/sh
# Run every firmware ELF under QEMU and record its output as goldens:
#   test/golden/firmware/<name>.out   UART (PL011) output = QEMU stdout, byte for byte
#   test/golden/firmware/<name>.exit  exit status (semihosting SYS_EXIT_EXTENDED code)
#   test/golden/firmware/<name>.err   semihosting console output (SYS_WRITE0/WRITEC),
#                                     which QEMU sends to stderr; only written if non-empty
#   test/golden/firmware/<name>.args  a64dbg `boot` options the program needs to see the
#                                     same machine (e.g. `--gic 2`, `--cpu max`); only for
#                                     programs in the gic_version or needs_max lists below
# garbage and undef are skipped: they end in an exception and QEMU spins forever.
# sys_abort_cm is skipped: it tests aborts QEMU 7.2 does not raise (test/abort.test.ts checks it).
# sys_pmu_ext is skipped: PMU events and behaviour QEMU 7.2 lacks (test/pmu.test.ts checks it).
# Usage: scripts/make-goldens.sh [name...]   (default: all of firmware/bin/*.elf)
set -eu
cd "$(dirname "$0")/.."

QEMU=${QEMU:-qemu-system-aarch64}
if ! command -v "$QEMU" >/dev/null 2>&1; then
    echo "error: $QEMU not found (apt-get install qemu-system-arm)" >&2
    exit 1
fi

# Programs that need a newer CPU than cortex-a57 (ARMv8.0):
#   atomics: LSE atomics (v8.1), LDAPR (v8.3), CFINV (v8.4)
#   sys_abort_lse: LSE atomics (v8.1) faulting
#   watchpoints: LSE atomics, CAS/CASP, LDAPR (its gdb golden: scripts/make-watch-golden.sh)
needs_max() {
    case "$1" in
        atomics|sys_abort_lse|watchpoints) return 0 ;;
        *) return 1 ;;
    esac
}

# Programs that touch the interrupt controller name its version explicitly.
# QEMU 7.2's plain `-M virt` has a GICv2 while a64dbg defaults to GICv3, so
# these run with `-M virt,gic-version=N` and get a <name>.args with `--gic N`.
gic_version() {
    case "$1" in
        sys_timer_v2) echo 2 ;;
        sys_timer_v3|sys_pmu) echo 3 ;;
        *) echo "" ;;
    esac
}

# Programs that count instructions run under -icount shift=0: QEMU's INST_RETIRED exists only
# with -icount, and its cycle counter then reads 1 GHz * virtual time = instructions, as
# a64dbg's does (1 instruction = 1 ns). Deterministic under QEMU too, so no .args needed.
#   sys_pmu: PMUv3 counters (its .args only names the GIC)
icount_for() {
    case "$1" in
        sys_pmu) echo "-icount shift=0" ;;
        *) echo "" ;;
    esac
}

OUT=test/golden/firmware
mkdir -p "$OUT"
if [ $# -gt 0 ]; then
    names="$*"
else
    names=$(for f in firmware/bin/*.elf; do basename "$f" .elf; done)
fi

fail=0
for name in $names; do
    case "$name" in garbage|undef) echo "skip $name (no golden: ends in an exception)"; continue ;; esac
    case "$name" in sys_abort_cm) echo "skip $name (no golden: QEMU 7.2 differs from the Arm ARM there, see test/abort.test.ts)"; continue ;; esac
    case "$name" in sys_pmu_ext) echo "skip $name (no golden: PMU events QEMU 7.2 lacks, see test/pmu.test.ts)"; continue ;; esac
    elf=firmware/bin/$name.elf
    [ -f "$elf" ] || { echo "error: $elf missing (run scripts/build-firmware.sh)" >&2; exit 1; }
    cpu=cortex-a57
    needs_max "$name" && cpu=max
    gic=$(gic_version "$name")
    machine=virt
    [ -n "$gic" ] && machine="virt,gic-version=$gic"
    tmpo=$(mktemp); tmpe=$(mktemp)
    set +e
    # shellcheck disable=SC2046
    timeout 120 "$QEMU" -M "$machine" -cpu "$cpu" -m 512 -nographic -semihosting $(icount_for "$name") \
        -kernel "$elf" </dev/null >"$tmpo" 2>"$tmpe"
    rc=$?
    set -e
    if [ $rc -eq 124 ]; then
        echo "error: $name timed out under QEMU" >&2
        fail=1; rm -f "$tmpo" "$tmpe"; continue
    fi
    if LC_ALL=C grep -q "$(printf '\033')" "$tmpo"; then
        echo "warning: $name: escape bytes in QEMU stdout" >&2
    fi
    if grep -q '^qemu-system' "$tmpe"; then
        echo "error: $name: QEMU complained:" >&2; cat "$tmpe" >&2
        fail=1; rm -f "$tmpo" "$tmpe"; continue
    fi
    cp "$tmpo" "$OUT/$name.out"
    echo "$rc" > "$OUT/$name.exit"
    if [ -s "$tmpe" ]; then cp "$tmpe" "$OUT/$name.err"; else rm -f "$OUT/$name.err"; fi
    args=""
    [ -n "$gic" ] && args="--gic $gic"
    [ "$cpu" != cortex-a57 ] && args="${args:+$args }--cpu $cpu"
    if [ -n "$args" ]; then echo "$args" > "$OUT/$name.args"; else rm -f "$OUT/$name.args"; fi
    echo "$name: machine=$machine cpu=$cpu $(icount_for "$name") exit=$rc lines=$(wc -l < "$OUT/$name.out")"
    rm -f "$tmpo" "$tmpe"
done
exit $fail
