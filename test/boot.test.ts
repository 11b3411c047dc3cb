// Direct Linux boot: the arm64 Image header (src/loader/image.ts) and QEMU's placement of the
// boot stub, kernel, initrd and DTB for `-M virt` (src/loader/boot.ts). The placement numbers
// were measured with qemu-system-aarch64 7.2.22 (`-S`, then `xp` on the stub's literal pool)
// for the same sizes; the stub words were cross-checked with
// `aarch64-linux-gnu-objdump -D -b binary -m aarch64` and QEMU's own memory.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImageError, parseImageHeader, detectKernelFormat, describeImageHeader, type Arm64ImageHeader } from '../src/loader/image.ts';
import {
  BootError, planBoot, prepareLinuxBoot, bootStubWords, bootStubBytes, kernelLoadOffset, readBootFile,
  BOOT_STUB_BYTES, type Region,
} from '../src/loader/boot.ts';
import { virtDeviceTree } from '../src/machine/board.ts';
import { decodeDtb } from '../src/machine/fdt.ts';
import { defaultRepoRoot } from '../src/guest/images.ts';
import { arm64Image, hex, type Arm64ImageFields } from './helpers.ts';

const MiB = 1024 * 1024;

/** A synthetic Image with an EFI stub like Linux's: the 64-byte header, then filler up to `length`. */
function makeImage(h: Arm64ImageFields & { length?: number } = {}): Uint8Array {
  // code0 "MZ" + add x13, x18, #0x16 (as Linux's EFI stub), code1 b ., res5 the PE header's offset
  return arm64Image({ code0: 0x91005a4d, code1: 0x14000000, res5: 0x40, ...h });
}

/** The Debian 6.1 cloud Image's header numbers (reference/README.md and the cached file). */
const REAL_HDR: Arm64ImageHeader = parseImageHeader(makeImage({ imageSize: 27_983_872n }));
const REAL_FILE = 27_303_872;
const REAL_INITRD = 1_013_468;

function throwsWith(fn: () => unknown, cls: new (...a: never[]) => Error, pattern: RegExp): void {
  try {
    fn();
  } catch (e) {
    assert.instance(e, cls, `wrong error class: ${String(e)}`);
    const msg = (e as Error).message;
    assert.ok(pattern.test(msg), `message ${JSON.stringify(msg)} does not match ${pattern}`);
    assert.not.ok(msg.includes('\n'), 'error message must be one line');
    return;
  }
  assert.unreachable(`expected ${cls.name} matching ${pattern}`);
}

// ---- header parsing --------------------------------------------------------------------------

test('parses every header field of a synthetic Image', () => {
  const h = parseImageHeader(makeImage({ code0: 0x91005a4d, code1: 0x1440_0000, textOffset: 0x8_0000n, imageSize: 0x1ab_0000n, flags: 0xan, res5: 0x40 }));
  assert.equal(h, {
    code0: 0x91005a4d, code1: 0x1440_0000, textOffset: 0x8_0000, imageSize: 0x1ab_0000, flags: 0xan,
    bigEndian: false, pageSize: 4096, physAnywhere: true, peOffset: 0x40, efiStub: true,
  });
  assert.is(describeImageHeader(h), 'text_offset 0x80000 image_size 27983872 flags 0xa (LE, 4K pages, anywhere, EFI stub)');
});

test('flags: page size bits 1-2 and physical placement bit 3', () => {
  const page = (flags: bigint) => parseImageHeader(makeImage({ flags })).pageSize;
  assert.is(page(0n), 0);
  assert.is(page(2n), 4096);
  assert.is(page(4n), 16384);
  assert.is(page(6n), 65536);
  assert.is(parseImageHeader(makeImage({ flags: 0n })).physAnywhere, false);
  assert.is(parseImageHeader(makeImage({ flags: 8n })).physAnywhere, true);
  // Reserved bits are kept, not rejected.
  assert.is(parseImageHeader(makeImage({ flags: 0x10an })).flags, 0x10an);
  const noStub = parseImageHeader(makeImage({ code0: 0x14000010, res5: 0 }));
  assert.is(noStub.efiStub, false);
  assert.is(noStub.peOffset, 0);
  assert.match(describeImageHeader(parseImageHeader(makeImage({ flags: 0n, imageSize: 0n, code0: 0x14000010 }))),
    /image_size 0 \(pre-3\.17 kernel\) flags 0x0 \(LE, page size unspecified, near DRAM base\)$/);
});

test('rejects a bad magic, a truncated header, compressed and EFI-only kernels', () => {
  throwsWith(() => parseImageHeader(makeImage({ magic: 0x12345678, code0: 0x14000010 })), ImageError, /bad magic 0x12345678 at offset 0x38/);
  throwsWith(() => parseImageHeader(new Uint8Array(63)), ImageError, /truncated: 63 bytes, shorter than the 64-byte arm64 Image header/);
  throwsWith(() => parseImageHeader(new Uint8Array(0)), ImageError, /empty/);
  // 62 bytes whose magic is present but the header is cut short.
  throwsWith(() => parseImageHeader(makeImage().subarray(0, 62)), ImageError, /truncated: 62 bytes/);
  const gz = Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
  throwsWith(() => parseImageHeader(gz), ImageError, /^not a raw arm64 Image: this is a gzip-compressed kernel; decompress it first \(e\.g\. gunzip\)/);
  throwsWith(() => parseImageHeader(Uint8Array.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0, 1, 2])), ImageError, /xz-compressed/);
  throwsWith(() => parseImageHeader(Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0])), ImageError, /zstd-compressed/);
  const zboot = new Uint8Array(128); zboot.set([0x4d, 0x5a, 0, 0, 0x7a, 0x69, 0x6d, 0x67]);
  throwsWith(() => parseImageHeader(zboot), ImageError, /EFI zboot image/);
  const pe = new Uint8Array(128); pe.set([0x4d, 0x5a]);
  throwsWith(() => parseImageHeader(pe), ImageError, /PE\/COFF EFI application without an arm64 Image header/);
  const elf = new Uint8Array(128); elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1]);
  throwsWith(() => parseImageHeader(elf), ImageError, /ELF file.*ELF loader/);
  throwsWith(() => parseImageHeader(Uint8Array.from([0x27, 0x05, 0x19, 0x56, 0, 0])), ImageError, /U-Boot uImage/);
  throwsWith(() => parseImageHeader(makeImage({ flags: 0xbn })), ImageError, /big-endian/);
  throwsWith(() => parseImageHeader(makeImage({ imageSize: 1n << 40n })), ImageError, /image_size 0x10000000000 is implausibly large/);
});

test('detectKernelFormat', () => {
  assert.is(detectKernelFormat(makeImage()), 'image'); // "MZ" at 0 and the magic: an Image with an EFI stub
  assert.is(detectKernelFormat(Uint8Array.from([0x1f, 0x8b])), 'gzip');
  assert.is(detectKernelFormat(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46])), 'elf');
  assert.is(detectKernelFormat(Uint8Array.from([1, 2, 3])), 'unknown');
});

// ---- placement -----------------------------------------------------------------------------

test('kernel load offset: text_offset, +2 MiB below 4 KiB, 0x80000 without image_size (QEMU 7.2, measured)', () => {
  const off = (textOffset: bigint, imageSize = 0x1_0000n) => kernelLoadOffset(parseImageHeader(makeImage({ textOffset, imageSize })));
  assert.is(off(0n), 0x20_0000);
  assert.is(off(0x800n), 0x20_0800);
  assert.is(off(0xfffn), 0x20_0fff);
  assert.is(off(0x1000n), 0x1000);
  assert.is(off(0x8_0000n), 0x8_0000);
  assert.is(off(0x1234n, 0n), 0x8_0000);
});

interface Want { kernel: number; initrd?: number; dtb: number }
const place = (ramMiB: number, initrdBytes: number | undefined, hdr = REAL_HDR, file = REAL_FILE) =>
  planBoot({ ramBytes: ramMiB * MiB, header: hdr, kernelFileBytes: file, initrdBytes });

function checkPlace(ramMiB: number, initrdBytes: number | undefined, want: Want): void {
  const l = place(ramMiB, initrdBytes);
  assert.is(hex(l.kernelEntry), hex(want.kernel), `${ramMiB} MiB kernel`);
  assert.is(hex(l.kernel.start), hex(want.kernel));
  assert.is(l.kernel.end, want.kernel + 27_983_872);
  assert.is(l.initrd && hex(l.initrd.start), want.initrd === undefined ? undefined : hex(want.initrd), `${ramMiB} MiB initrd`);
  if (l.initrd) assert.is(l.initrd.end - l.initrd.start, initrdBytes);
  assert.is(hex(l.dtbStart), hex(want.dtb), `${ramMiB} MiB dtb`);
  assert.equal(l.stub, { start: 0x4000_0000, end: 0x4000_0000 + BOOT_STUB_BYTES });
  assert.is(l.ramEnd, 0x4000_0000 + ramMiB * MiB);
}

test('placement of the Debian Image + initramfs, as QEMU 7.2 measured', () => {
  checkPlace(512, REAL_INITRD, { kernel: 0x4020_0000, initrd: 0x4800_0000, dtb: 0x4820_0000 });
  checkPlace(128, REAL_INITRD, { kernel: 0x4020_0000, initrd: 0x4400_0000, dtb: 0x4420_0000 });
  checkPlace(1024, REAL_INITRD, { kernel: 0x4020_0000, initrd: 0x4800_0000, dtb: 0x4820_0000 });
  // Small RAM: RAM/2 lies inside the kernel, so the initrd follows the kernel's image_size.
  checkPlace(32, REAL_INITRD, { kernel: 0x4020_0000, initrd: 0x41cb_0000, dtb: 0x41e0_0000 });
});

test('placement without an initrd: the DTB takes the initrd\'s place (QEMU 7.2, measured)', () => {
  checkPlace(512, undefined, { kernel: 0x4020_0000, dtb: 0x4800_0000 });
  checkPlace(128, undefined, { kernel: 0x4020_0000, dtb: 0x4400_0000 });
  checkPlace(1024, undefined, { kernel: 0x4020_0000, dtb: 0x4800_0000 });
  checkPlace(32, undefined, { kernel: 0x4020_0000, dtb: 0x41e0_0000 });
});

test('placement: initrd start is 4 KiB aligned, DTB 2 MiB aligned', () => {
  // A kernel ending off a page boundary pushes the initrd to the next page.
  const hdr = parseImageHeader(makeImage({ imageSize: BigInt(20 * MiB + 5) }));
  const l = planBoot({ ramBytes: 32 * MiB, header: hdr, kernelFileBytes: 0x1_0000, initrdBytes: 2 * MiB + 1 });
  assert.is(hex(l.initrd!.start), hex(0x4020_0000 + 20 * MiB + 0x1000));
  assert.is(hex(l.dtbStart), hex(0x4000_0000 + 26 * MiB));
  // A different RAM base moves everything with it.
  const m = planBoot({ ramBase: 0x8000_0000, ramBytes: 256 * MiB, header: REAL_HDR, kernelFileBytes: REAL_FILE, initrdBytes: REAL_INITRD });
  assert.is(hex(m.kernelEntry), '0x80200000');
  assert.is(hex(m.initrd!.start), '0x88000000');
  assert.is(hex(m.dtbStart), '0x88200000');
});

test('placement errors name the sizes and the RAM (QEMU refuses the same configurations)', () => {
  // QEMU: "kernel ... is too large to fit in RAM (kernel size 27983872, RAM size 27262976)"
  throwsWith(() => place(26, undefined), BootError, /^kernel does not fit in RAM: image_size 27983872 bytes \(26\.7 MiB\) at 0x40200000 ends at 0x41cb0000, but RAM is 27262976 bytes \(26 MiB\) at 0x40000000-0x41a00000$/);
  // 28 MiB: QEMU loads the file and then fails on the initrd or the DTB; the kernel's image_size
  // (BSS included) does not fit either, and that is what we report.
  throwsWith(() => place(28, REAL_INITRD), BootError, /^kernel does not fit in RAM: image_size 27983872 bytes \(26\.7 MiB\) at 0x40200000 ends at 0x41cb0000, but RAM is 29360128 bytes \(28 MiB\)/);
  // QEMU: "not enough space after kernel to load initrd" (RAM ends right where the kernel does)
  throwsWith(() => planBoot({ ramBytes: 0x1cb_0000, header: REAL_HDR, kernelFileBytes: REAL_FILE, initrdBytes: REAL_INITRD }), BootError,
    /^no room for the initrd after the kernel: it would start at 0x41cb0000 \(kernel image_size 27983872 bytes \(26\.7 MiB\) at 0x40200000\), but RAM is 30081024 bytes \(28\.7 MiB\) at 0x40000000-0x41cb0000$/);
  // QEMU (-m 30, no initrd): "Not enough space for DTB after kernel/initrd"
  throwsWith(() => place(30, undefined), BootError, /^no room for the device tree after the kernel \(image_size 27983872 bytes .*\): it would start at 0x41e00000, but RAM is 31457280 bytes \(30 MiB\)/);
  throwsWith(() => place(30, REAL_INITRD), BootError, /^no room for the device tree after the initrd \(1013468 bytes \(989\.7 KiB\) at 0x41cb0000\): it would start at 0x41e00000, but RAM is 31457280 bytes \(30 MiB\)/);
  throwsWith(() => place(512, 400 * MiB), BootError, /^initrd does not fit in RAM: 419430400 bytes \(400 MiB\) at 0x48000000 ends at 0x61000000, but RAM is 536870912 bytes \(512 MiB\) at 0x40000000-0x60000000$/);
  // The file is larger than image_size claims: it runs into the initrd.
  const small = parseImageHeader(makeImage({ imageSize: 0x1_0000n }));
  throwsWith(() => place(128, REAL_INITRD, small, 80 * MiB), BootError, /^kernel \[0x40200000, 0x45200000\) \(83886080 bytes \(80 MiB\)\) overlaps initrd \[0x44000000, 0x440f76dc\) \(1013468 bytes/);
  // A pre-3.17 kernel (no image_size) larger than RAM/2 does the same.
  const legacy = parseImageHeader(makeImage({ imageSize: 0n }));
  throwsWith(() => place(128, REAL_INITRD, legacy, 70 * MiB), BootError, /^kernel \[0x40080000, 0x44680000\) .* overlaps initrd \[0x44000000,/);
  throwsWith(() => place(128, 0), BootError, /initrd size must be a positive number/);
});

// ---- the stub ------------------------------------------------------------------------------

test('boot stub words (QEMU bootloader_aarch64; objdump: ldr x0; mov x1..x3, xzr; ldr x4; br x4)', () => {
  assert.equal(Array.from(bootStubWords(0x4820_0000, 0x4020_0000)), [
    0x580000c0, // ldr x0, 0x18
    0xaa1f03e1, // mov x1, xzr
    0xaa1f03e2, // mov x2, xzr
    0xaa1f03e3, // mov x3, xzr
    0x58000084, // ldr x4, 0x20
    0xd61f0080, // br x4
    0x4820_0000, 0, 0x4020_0000, 0,
  ]);
  assert.equal(Array.from(bootStubWords(0x1_2345_6000n, 0xffff_0000_4020_0000n)).slice(6), [0x2345_6000, 1, 0x4020_0000, 0xffff_0000]);
  const bytes = bootStubBytes(0x4820_0000, 0x4020_0000);
  assert.is(bytes.length, 40);
  assert.equal(Array.from(bytes.subarray(0, 4)), [0xc0, 0x00, 0x00, 0x58]);
  assert.equal(Array.from(bytes.subarray(0x18, 0x20)), [0, 0, 0x20, 0x48, 0, 0, 0, 0]);
});

// ---- the whole boot set-up -----------------------------------------------------------------

function synthBoot(ramMiB: number, initrd?: Uint8Array, kernel = makeImage({ imageSize: 0x4_0000n, length: 0x2_0000 })) {
  const seen: (Region | undefined)[] = [];
  const boot = prepareLinuxBoot({
    ramBytes: ramMiB * MiB, kernel, initrd,
    makeDtb: (r) => { seen.push(r); return virtDeviceTree({ memoryBytes: ramMiB * MiB, cpus: 1, gic: 3, bootargs: 'console=ttyAMA0', initrd: r }); },
  });
  return { boot, seen };
}

test('prepareLinuxBoot: blobs, entry, DTB with the initrd range, summary', () => {
  const initrd = new Uint8Array(REAL_INITRD).fill(0x5a);
  const { boot, seen } = synthBoot(512, initrd);
  assert.is(boot.entryPc, 0x4000_0000n);
  assert.is(boot.kernelEntry, 0x4020_0000n);
  assert.is(boot.dtbAddress, 0x4820_0000n); // image_size 256 KiB: the initrd sits at 128 MiB, the DTB 2 MiB on
  assert.equal(seen, [{ start: 0x4800_0000, end: 0x4800_0000 + REAL_INITRD }]);
  assert.is(hex(boot.layout.initrd!.start), '0x48000000');
  assert.is(hex(boot.dtb.start), '0x48200000');
  assert.equal(boot.blobs.map((b) => [b.name, hex(b.start), b.bytes.length]), [
    ['boot stub', '0x40000000', 40],
    ['kernel', '0x40200000', 0x2_0000],
    ['initrd', '0x48000000', REAL_INITRD],
    ['dtb', '0x48200000', boot.dtb.end - boot.dtb.start],
  ]);
  assert.equal(Array.from(new Uint32Array(boot.blobs[0]!.bytes.buffer.slice(0))), Array.from(bootStubWords(0x4820_0000, 0x4020_0000)));
  const chosen = decodeDtb(boot.blobs[3]!.bytes).root.find('/chosen')!;
  assert.is(chosen.number('linux,initrd-start'), 0x4800_0000n);
  assert.is(chosen.number('linux,initrd-end'), BigInt(0x4800_0000 + REAL_INITRD));
  assert.match(boot.summary, /^boot: arm64 Image, text_offset 0x0 image_size 262144 flags 0xa/);
  assert.match(boot.summary, /boot: stub    0x40000000-0x40000028 \(x0 = 0x48200000, branch to 0x40200000\)/);
  assert.match(boot.summary, /boot: initrd  0x48000000-0x480f76dc \(1013468 bytes/);

  const none = synthBoot(512).boot;
  assert.equal(synthBoot(512).seen, [undefined]);
  assert.equal(none.blobs.map((b) => b.name), ['boot stub', 'kernel', 'dtb']);
  assert.is(none.dtbAddress, 0x4800_0000n);
  assert.match(none.summary, /boot: initrd  none/);
});

test('prepareLinuxBoot errors: not an Image, empty initrd, DTB too large or past the end of RAM', () => {
  const gz = new Uint8Array(100); gz.set([0x1f, 0x8b]);
  throwsWith(() => synthBoot(128, undefined, gz), BootError, /gzip-compressed/);
  throwsWith(() => synthBoot(128, new Uint8Array(0)), BootError, /initrd is empty/);
  const big = (n: number, ramBytes = 128 * MiB) => prepareLinuxBoot({ ramBytes, kernel: makeImage(), makeDtb: () => new Uint8Array(n) });
  throwsWith(() => big(2 * MiB + 8), BootError, /device tree is 2097160 bytes \(2\.0 MiB\): Linux maps at most 2097152 bytes \(2 MiB\)/);
  // 31 MiB with the real sizes: DTB at 0x41e00000, RAM ends 1 MiB later.
  const real = makeImage({ imageSize: 27_983_872n });
  const run = (dtbBytes: number) => prepareLinuxBoot({ ramBytes: 31 * MiB, kernel: real, initrd: new Uint8Array(REAL_INITRD), makeDtb: () => new Uint8Array(dtbBytes) });
  assert.is(run(MiB).dtb.end, 0x41f0_0000);
  throwsWith(() => run(MiB + 8), BootError, /^device tree does not fit in RAM: 1048584 bytes \(1\.0 MiB\) at 0x41e00000 ends at 0x41f00008, but RAM is 32505856 bytes \(31 MiB\)/);
});

test('the stub runs on the vCPU: x0 = DTB, x1..x3 = 0, then the kernel entry', async () => {
  // Imported here so the header/placement tests above run even while the CPU is being rebuilt.
  const { Machine } = await import('../src/machine/machine.ts');
  const initrd = new Uint8Array(4096).fill(1);
  const { boot } = synthBoot(128, initrd);
  const m = new Machine({ memoryMiB: 128, console: () => {} });
  for (const b of boot.blobs) assert.ok(m.writePhys(BigInt(b.start), b.bytes), b.name);
  const cpu = m.cpus[0]!;
  for (let i = 0; i < 5; i++) cpu.setX(i, 0xdead_0000n + BigInt(i));
  cpu.pc = boot.entryPc;
  const stop = m.run({ maxInstructions: 6 });
  assert.is(stop.kind, 'limit');
  assert.is(hex(cpu.pc), hex(boot.kernelEntry));
  assert.is(hex(cpu.getX(0)), hex(boot.dtbAddress));
  assert.is(cpu.getX(1), 0n);
  assert.is(cpu.getX(2), 0n);
  assert.is(cpu.getX(3), 0n);
  assert.is(cpu.getX(4), boot.kernelEntry);
});

// ---- files ---------------------------------------------------------------------------------

test('readBootFile: missing, directory, empty, ok', () => {
  const dir = mkdtempSync(join(tmpdir(), 'a64dbg-boot-'));
  try {
    throwsWith(() => readBootFile(join(dir, 'nope'), 'kernel'), BootError, /^cannot read kernel '.*nope': no such file \(ENOENT\)$/);
    mkdirSync(join(dir, 'initramfs'));
    throwsWith(() => readBootFile(join(dir, 'initramfs'), 'initrd'), BootError, /^initrd '.*initramfs' is a directory, not a file \(pass the archive itself/);
    writeFileSync(join(dir, 'empty'), '');
    throwsWith(() => readBootFile(join(dir, 'empty'), 'initrd'), BootError, /^initrd '.*empty' is empty$/);
    writeFileSync(join(dir, 'Image'), makeImage({ length: 100 }));
    const buf = readBootFile(join(dir, 'Image'), 'kernel');
    assert.is(buf.length, 100);
    assert.is(parseImageHeader(buf).imageSize, 0x2_0000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---- the real guest ------------------------------------------------------------------------

const GUEST = join(defaultRepoRoot(), '.cache', 'guest');
const REAL_IMAGE = join(GUEST, 'Image');
const REAL_INITRAMFS = join(GUEST, 'initramfs.cpio.gz');
const HAVE_GUEST = existsSync(REAL_IMAGE) && existsSync(REAL_INITRAMFS);
if (!HAVE_GUEST) console.warn('boot.test: no .cache/guest/Image + initramfs.cpio.gz (npm run guest): skipping the real-guest checks');

(HAVE_GUEST ? test : test.skip)('the Debian cloud Image and initramfs: header and 512 MiB placement as QEMU', () => {
  const kernel = readBootFile(REAL_IMAGE, 'kernel');
  const initrd = readBootFile(REAL_INITRAMFS, 'initrd');
  const h = parseImageHeader(kernel);
  assert.is(h.textOffset, 0);
  assert.is(h.imageSize, 27_983_872);
  assert.is(h.flags, 0xan);
  assert.is(h.pageSize, 4096);
  assert.is(h.physAnywhere, true);
  assert.is(h.efiStub, true);
  const ram = 512 * MiB;
  const boot = prepareLinuxBoot({
    ramBytes: ram, kernel, initrd,
    makeDtb: (r) => virtDeviceTree({ memoryBytes: ram, cpus: 1, gic: 3, bootargs: 'console=ttyAMA0', initrd: r }),
  });
  assert.is(hex(boot.entryPc), '0x40000000');
  assert.is(hex(boot.kernelEntry), '0x40200000');
  assert.is(hex(boot.layout.initrd!.start), '0x48000000');
  assert.is(boot.layout.initrd!.end - boot.layout.initrd!.start, initrd.length);
  assert.is(hex(boot.dtbAddress), '0x48200000');
  // The stub QEMU 7.2 left at 0x40000000 for this guest (read back with `xp /10wx`).
  assert.equal(Array.from(bootStubWords(boot.dtbAddress, boot.kernelEntry)),
    [0x580000c0, 0xaa1f03e1, 0xaa1f03e2, 0xaa1f03e3, 0x58000084, 0xd61f0080, 0x48200000, 0, 0x40200000, 0]);
  if (process.env.A64DBG_TEST_VERBOSE) console.log(boot.summary);
  // The first instruction of the kernel at the entry: "MZ" + add (the EFI stub's harmless prologue).
  assert.is(h.code0 & 0xffff, 0x5a4d);
  assert.ok(readFileSync(REAL_IMAGE).length === kernel.length);
});

test.run();
