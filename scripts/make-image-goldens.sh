#!/bin/sh
# Kernel files in the forms QEMU's -kernel loads besides an ET_EXEC ELF and an arm64 Image, made
# from firmware ELFs, and what QEMU 7.2 prints for them:
#   test/corpus/images/NAME.bin      objcopy -O binary: a raw binary (QEMU: at RAM base + 0x80000,
#                                    where the firmware is linked, behind its Linux boot stub)
#   test/corpus/images/NAME.dyn.elf  the ELF with e_type = ET_DYN (3): a position-independent
#                                    executable linked where it runs (QEMU: by its program headers)
#   test/golden/images/<file>.out / .exit   UART output and exit status under QEMU
# branches prints a return address it computed (BL's LR), so a program loaded anywhere else
# would print something else. test/kernel-formats.test.ts boots each under a64dbg.
# Usage: scripts/make-image-goldens.sh   (needs binutils-aarch64-linux-gnu and qemu-system-arm)
set -eu
cd "$(dirname "$0")/.."
QEMU=${QEMU:-qemu-system-aarch64}
OBJCOPY=${OBJCOPY:-aarch64-linux-gnu-objcopy}
mkdir -p test/corpus/images test/golden/images
for name in branches crc; do
    "$OBJCOPY" -O binary "firmware/bin/$name.elf" "test/corpus/images/$name.bin"
    # e_type is the little-endian u16 at offset 16 of the ELF header.
    cp "firmware/bin/$name.elf" "test/corpus/images/$name.dyn.elf"
    printf '\003' | dd of="test/corpus/images/$name.dyn.elf" bs=1 seek=16 conv=notrunc status=none
done
for f in test/corpus/images/*; do
    base=$(basename "$f")
    set +e
    timeout 60 "$QEMU" -M virt -cpu cortex-a57 -m 512 -nographic -semihosting -kernel "$f" \
        > "test/golden/images/$base.out" 2>/dev/null
    status=$?
    set -e
    echo "$status" > "test/golden/images/$base.exit"
    echo "$base: exit=$status lines=$(wc -l < "test/golden/images/$base.out")"
done
