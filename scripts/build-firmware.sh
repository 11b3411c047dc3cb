#!/bin/sh
# Build every firmware/src/<name>.{c,S} into firmware/bin/<name>.elf, or only the named ones:
#   scripts/build-firmware.sh [name...]
# Idempotent: rebuilds everything each run (it is fast). Another compiler version produces other
# bytes (and addresses some goldens print): rebuild only what you changed.
set -eu
cd "$(dirname "$0")/.."

CROSS=${CROSS:-aarch64-linux-gnu-}
CC=${CROSS}gcc
if ! command -v "$CC" >/dev/null 2>&1; then
    echo "error: $CC not found." >&2
    echo "install it with: apt-get install gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu" >&2
    exit 1
fi

# No FP/SIMD anywhere: the emulator has no FP yet.
# -fno-unwind-tables: the call-frame information goes to .debug_frame (non-loaded) instead of
# .eh_frame, which link.ld discards; without it gdb has to guess frames from prologues and gets
# shrink-wrapped ones wrong (`finish` / an IDE's step-out runs away). The code is the same.
# -fdebug-prefix-map: the debug information names the build directory "." (sources stay relative,
# firmware/...), so a committed ELF points at whichever clone gdb runs in (its cwd, or `directory`).
BASEFLAGS="-O2 -g -fdebug-prefix-map=$(pwd)=. -ffreestanding -nostdlib -nostartfiles -static -mgeneral-regs-only \
 -fno-pic -no-pie -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables \
 -fno-builtin -mstrict-align -Wall -Ifirmware/common -Wl,--build-id=none -Wl,--no-warn-rwx-segments -Wl,-z,max-page-size=4096 -Wl,-z,common-page-size=4096"
DEFMARCH="-march=armv8.1-a+crc"

# Per-program -march overrides (programs that need newer instructions).
march_for() {
    case "$1" in
        atomics) echo "-march=armv8.4-a+crc" ;;   # LSE (v8.1), LDAPR (v8.3), CFINV (v8.4)
        watchpoints) echo "-march=armv8.4-a+crc" ;;   # LSE, CAS/CASP, LDAPR
        *)       echo "$DEFMARCH" ;;
    esac
}

# Per-program extra runtime sources: sys_* (system tests) also get the EL1
# exception vectors and the EL0/trap helpers.
extra_for() {
    case "$1" in
        sys_*) echo "firmware/common/vectors.S firmware/common/sys.c" ;;
        *)     echo "" ;;
    esac
}

mkdir -p firmware/bin
n=0
if [ $# -gt 0 ]; then
    srcs=""
    for name in "$@"; do
        for src in "firmware/src/$name.c" "firmware/src/$name.S"; do [ -e "$src" ] && srcs="$srcs $src"; done
        case "$srcs" in *"/$name."*) ;; *) echo "error: no firmware/src/$name.c or .S" >&2; exit 1 ;; esac
    done
else
    srcs="firmware/src/*.c firmware/src/*.S"
fi
# shellcheck disable=SC2086
for src in $srcs; do
    [ -e "$src" ] || continue
    name=$(basename "$src"); name=${name%.*}
    march=$(march_for "$name")
    extra=$(extra_for "$name")
    # shellcheck disable=SC2086
    $CC $BASEFLAGS $march -T firmware/link.ld -o "firmware/bin/$name.elf" \
        firmware/common/start.S firmware/common/lib.c $extra "$src"
    n=$((n + 1))
    echo "built firmware/bin/$name.elf"
done
echo "$n firmware images built"
