#!/bin/sh
# `-d int` goldens: QEMU 7.2's exception log for firmware programs, the lines a64dbg's
# `-d int` / `--trace int` must reproduce (test/int-log.test.ts). Needs qemu-system-aarch64.
# Usage: scripts/make-int-goldens.sh
set -eu
cd "$(dirname "$0")/.."
QEMU=${QEMU:-qemu-system-aarch64}
mkdir -p test/golden/int-log
for name in sys_svc sys_abort sys_abort2 sys_psci sys_timer_v2 sys_timer_v3 semihost; do
    machine=virt
    case "$name" in sys_timer_v3) machine=virt,gic-version=3 ;; esac
    log=$(mktemp)
    # -D: the log alone in its own file (semihosting output shares stderr with it otherwise)
    timeout 60 "$QEMU" -M "$machine" -cpu cortex-a57 -m 512 -nographic -semihosting -d int -D "$log" \
        -kernel "firmware/bin/$name.elf" </dev/null >/dev/null 2>&1 || true
    grep -E '^(Taking exception|\.\.\.|Exception return)' "$log" > "test/golden/int-log/$name.txt" || true
    rm -f "$log"
    echo "$name: $(wc -l < "test/golden/int-log/$name.txt") lines"
done
