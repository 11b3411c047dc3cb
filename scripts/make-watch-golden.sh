#!/bin/sh
# Record what gdb-multiarch prints for the watchpoint scripts when it debugs QEMU 7.2 through
# QEMU's gdbstub; test/watchpoints.test.ts runs the same scripts against a64dbg and compares:
#   test/golden/watchpoints/firmware.txt  test/corpus/watchpoints/firmware.gdb on
#                                         firmware/bin/watchpoints.elf (-M virt -cpu max)
#   test/golden/watchpoints/stxr.txt      test/corpus/watchpoints/stxr.gdb, the same way (a
#                                         documented difference: QEMU 7.2 reads for a STXR)
#   test/golden/watchpoints/linux.txt     test/corpus/watchpoints/linux.gdb on the default guest
#                                         (.cache/guest: its kernel, initramfs and command line,
#                                         -M virt,gic-version=3 -cpu cortex-a57 -m 512 -smp 1 as
#                                         a64dbg's board; dtb-randomness=off, as a64dbg passes no
#                                         kaslr-seed, so the kernel runs at its link addresses),
#                                         symbols from .cache/vmlinux/vmlinux (fetch-vmlinux.sh);
#                                         its first line names the kernel package it was made with.
# gdb runs in the repository (source lines print as the test sees them), the same command line
# as the test: gdb-multiarch -nx -batch -ex 'set architecture aarch64' -ex 'target remote SOCK'
# -x SCRIPT FILE.
# Usage: scripts/make-watch-golden.sh [firmware] [linux]   (default: both)
set -eu
cd "$(dirname "$0")/.."

QEMU=${QEMU:-qemu-system-aarch64}
for tool in "$QEMU" gdb-multiarch; do
    command -v "$tool" >/dev/null 2>&1 || { echo "error: $tool not found (apt-get install qemu-system-arm gdb-multiarch)" >&2; exit 1; }
done
OUT=test/golden/watchpoints
mkdir -p "$OUT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# session NAME SCRIPT SYMBOLS QEMU-ARGS...: QEMU held at reset (-S) with its gdbstub on a Unix
# socket, gdb runs SCRIPT (which ends with `kill`), its output goes to $tmp/NAME.txt. QEMU 7.2
# sometimes exits on `kill` before gdb has read its answer ("Remote communication error.
# Target disconnected.: Broken pipe." instead of "[Inferior 1 (process 1) killed]"): the
# session is run again then.
session() {
    name=$1 script=$2 symbols=$3
    shift 3
    sock=$tmp/$name.sock
    for attempt in 1 2 3 4 5; do
        rm -f "$sock"
        "$QEMU" "$@" -nographic -gdb "unix:$sock,server=on,wait=off" -S </dev/null >"$tmp/$name.qemu" 2>&1 &
        qpid=$!
        i=0
        while [ ! -S "$sock" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
        timeout 300 gdb-multiarch -nx -batch -ex 'set architecture aarch64' -ex "target remote $sock" \
            -x "$script" "$symbols" >"$tmp/$name.txt" 2>&1 || true
        kill "$qpid" 2>/dev/null || true
        wait "$qpid" 2>/dev/null || true
        grep -q 'Inferior 1 (process 1) killed' "$tmp/$name.txt" && return 0
        grep -q 'Target disconnected.: Broken pipe' "$tmp/$name.txt" || break
    done
    echo "error: $name: the gdb session did not reach its end:" >&2; tail -20 "$tmp/$name.txt" >&2; exit 1
}

targets=${*:-firmware linux}
for t in $targets; do
    case $t in
    firmware)
        elf=firmware/bin/watchpoints.elf
        [ -f "$elf" ] || { echo "error: $elf missing (run scripts/build-firmware.sh watchpoints)" >&2; exit 1; }
        session firmware test/corpus/watchpoints/firmware.gdb "$elf" -M virt -cpu max -m 512 -semihosting -kernel "$elf"
        cp "$tmp/firmware.txt" "$OUT/firmware.txt"
        echo "$OUT/firmware.txt: $(grep -c '^=> ' "$OUT/firmware.txt") stops"
        session stxr test/corpus/watchpoints/stxr.gdb "$elf" -M virt -cpu max -m 512 -semihosting -kernel "$elf"
        cp "$tmp/stxr.txt" "$OUT/stxr.txt"
        echo "$OUT/stxr.txt: $(grep -c '^=> ' "$OUT/stxr.txt") stop"
        ;;
    linux)
        manifest=.cache/guest/manifest.json
        [ -f "$manifest" ] || { echo "error: no guest images: run \`npm run guest\` first" >&2; exit 1; }
        [ -f .cache/vmlinux/vmlinux ] || { echo "error: no kernel symbols: run scripts/fetch-vmlinux.sh" >&2; exit 1; }
        eval "$(node -e "
            const m = require('./$manifest');
            const q = (s) => \"'\" + String(s).replace(/'/g, \"'\\\\''\") + \"'\";
            console.log('kernel=' + q(m.kernel.path) + ' initrd=' + q(m.initramfs.path) + ' append=' + q(m.append) +
              ' package=' + q(m.kernel.package + ' ' + m.kernel.version));")"
        session linux test/corpus/watchpoints/linux.gdb .cache/vmlinux/vmlinux \
            -M virt,gic-version=3,dtb-randomness=off -cpu cortex-a57 -m 512 -smp 1 \
            -kernel "$kernel" -initrd "$initrd" -append "$append"
        { echo "# kernel: $package"; cat "$tmp/linux.txt"; } > "$OUT/linux.txt"
        echo "$OUT/linux.txt: $(grep -c '^=> ' "$OUT/linux.txt") stops ($package)"
        ;;
    *) echo "error: unknown target $t (firmware, linux)" >&2; exit 1 ;;
    esac
done
