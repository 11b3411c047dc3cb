// Kernel files as QEMU's `-kernel` takes them on AArch64 (hw/arm/boot.c): an ELF is placed by its
// program headers (bare metal: entry = e_entry, x0 = 0, QEMU's device tree at the base of RAM
// when it fits below the ELF); a gzip-compressed Image is inflated (Debian's or Ubuntu's
// vmlinuz as it is), as is the gzip payload of an EFI zboot image; a raw Image boots as it is.
// A Linux vmlinux (linked at virtual addresses) boots as the Image it was made from (QEMU starts
// it at its unmapped link address and hangs). Every other format (xz, zstd, bzip2, lz4, lzma,
// lzo, zboot with those, uImage) and every broken file (corrupt or truncated gzip, a gzip bomb
// larger than RAM) is refused with status 1 and one line on stderr.
//
// QEMU 7.2 facts these tests stand on, measured with qemu-system-aarch64 7.2 (-S, then gdb):
// an ELF at 0x40200000 starts with x0 = 0 and finds a 1 MiB FDT at 0x40000000; one at
// 0x40080000 finds none (512 KiB of room); a vmlinux-shaped ELF at 0xffff800008000000 loads
// nothing into RAM and takes a prefetch abort at its entry (ESR 0x86000000), then spins on the
// empty vector at 0x200.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ImageError, detectKernelFormat, parseImageHeader } from '../src/loader/image.ts';
import { unpackKernel, parseZbootHeader, gunzipBounded, QEMU_MAX_GUNZIP_BYTES } from '../src/loader/decompress.ts';
import { elfDtbAddress, QEMU_VIRT_FDT_BYTES } from '../src/loader/boot.ts';
import { linuxVmlinuxEntry, vmlinuxToImage } from '../src/loader/elf.ts';
import { Machine } from '../src/machine/machine.ts';
import { defaultRepoRoot, guestCacheDir, readGuestManifest } from '../src/guest/images.ts';
import { arm64Image } from './helpers.ts';
import { runCli, type CliResult } from './cli-helpers.ts';

const REPO = resolve(import.meta.dirname, '..');
const MiB = 1024 * 1024;
const RAM_BASE = 0x4000_0000;

// ---- synthetic kernel files -------------------------------------------------------------------

/** A minimal arm64 Image: the 64-byte header, `b .` at the entry, `bytes` long. */
function makeImage(bytes = 0x1_0000, imageSize = 0x4_0000): Uint8Array {
  const b = arm64Image({ imageSize, length: bytes });
  for (let i = 0x40; i < bytes; i++) b[i] = (i * 7) & 0xff; // something to compare
  return b;
}

interface Seg { paddr: bigint; vaddr?: bigint; data: Uint8Array; memsz?: number }

/** An ELF64 AArch64 executable with these PT_LOAD segments. */
function makeElf(entry: bigint, segs: Seg[]): Uint8Array {
  const phoff = 64, dataAt = phoff + 56 * segs.length;
  let size = dataAt;
  const offsets = segs.map((s) => { const o = size; size += s.data.length; return o; });
  const b = new Uint8Array(size);
  const dv = new DataView(b.buffer);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
  dv.setUint16(16, 2, true); // ET_EXEC
  dv.setUint16(18, 183, true); // EM_AARCH64
  dv.setUint32(20, 1, true);
  dv.setBigUint64(24, entry, true);
  dv.setBigUint64(32, BigInt(phoff), true);
  dv.setUint16(52, 64, true);
  dv.setUint16(54, 56, true);
  dv.setUint16(56, segs.length, true);
  segs.forEach((s, k) => {
    const o = phoff + 56 * k;
    dv.setUint32(o, 1, true); // PT_LOAD
    dv.setUint32(o + 4, 5, true);
    dv.setBigUint64(o + 8, BigInt(offsets[k]!), true);
    dv.setBigUint64(o + 16, s.vaddr ?? s.paddr, true);
    dv.setBigUint64(o + 24, s.paddr, true);
    dv.setBigUint64(o + 32, BigInt(s.data.length), true);
    dv.setBigUint64(o + 40, BigInt(s.memsz ?? s.data.length), true);
    dv.setBigUint64(o + 48, 0x1_0000n, true);
    b.set(s.data, offsets[k]!);
  });
  return b;
}

const SPIN = Uint8Array.from([0x00, 0x00, 0x00, 0x14]); // b .
const bareElf = (at: number) => makeElf(BigInt(at), [{ paddr: BigInt(at), data: SPIN, memsz: 0x1000 }]);
/** What an arm64 vmlinux looks like: p_paddr = p_vaddr = the kernel's link address, the Image header at the entry. */
const VMLINUX_VA = 0xffff_8000_0800_0000n;
const vmlinux = () => makeElf(VMLINUX_VA, [{ paddr: VMLINUX_VA, data: makeImage(0x1000), memsz: 0x4_0000 }]);

/** An EFI zboot image (Linux zboot-header.S): "MZ\0\0", "zimg", payload offset/size, compression name. */
function makeZboot(payload: Uint8Array, compression: string, payloadOffset = 0x1000): Uint8Array {
  const b = new Uint8Array(payloadOffset + payload.length + 4);
  const dv = new DataView(b.buffer);
  b.set([0x4d, 0x5a, 0, 0, 0x7a, 0x69, 0x6d, 0x67]);
  dv.setUint32(8, payloadOffset, true);
  dv.setUint32(12, payload.length, true);
  b.set(Buffer.from(compression + '\0', 'latin1'), 24);
  dv.setUint32(0x38, 0x818223cd, true); // LINUX_PE_MAGIC
  dv.setUint32(0x3c, 0x40, true);
  b.set([0x50, 0x45, 0, 0], 0x40); // "PE\0\0"
  b.set(payload, payloadOffset);
  return b;
}

const magic = (bytes: number[], n = 256): Uint8Array => { const b = new Uint8Array(n); b.set(bytes); for (let i = bytes.length; i < n; i++) b[i] = i & 0xff; return b; };
const XZ = magic([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
const ZSTD = magic([0x28, 0xb5, 0x2f, 0xfd]);
const BZIP2 = magic([0x42, 0x5a, 0x68, 0x39]);
const LZ4_LEGACY = magic([0x02, 0x21, 0x4c, 0x18]);
const LZ4_FRAME = magic([0x04, 0x22, 0x4d, 0x18]);
const LZMA = magic([0x5d, 0x00, 0x00, 0x80, 0x00]);
const LZO = magic([0x89, 0x4c, 0x5a, 0x4f, 0x00, 0x0d, 0x0a, 0x1a, 0x0a]);
const UIMAGE = magic([0x27, 0x05, 0x19, 0x56]);
const PE = magic([0x4d, 0x5a, 0x90, 0x00]);

const IMAGE = makeImage();
const IMAGE_GZ = gzipSync(IMAGE);
/** A gzip bomb: 48 MiB of zeros in ~50 KiB. */
const BOMB = gzipSync(new Uint8Array(48 * MiB), { level: 1 });
const truncated = IMAGE_GZ.subarray(0, IMAGE_GZ.length - 100);
const corrupt = (() => { const c = Buffer.from(IMAGE_GZ); c[c.length - 6] ^= 0x55; return c; })(); // CRC32 trailer

function throwsWith(fn: () => unknown, pattern: RegExp): void {
  try {
    fn();
  } catch (e) {
    assert.instance(e, ImageError, `wrong error: ${String(e)}`);
    const msg = (e as Error).message;
    assert.match(msg, pattern);
    assert.not.ok(msg.includes('\n'), 'one line');
    return;
  }
  assert.unreachable(`expected an ImageError matching ${pattern}`);
}

const RAM = 512 * MiB;
const unpack = (b: Uint8Array, ramBytes = RAM) => unpackKernel(b, { ramBytes, name: 'vmlinuz' });

// ---- detection and unpacking ------------------------------------------------------------------

test('detectKernelFormat: every magic', () => {
  const want: [Uint8Array, string][] = [
    [IMAGE, 'image'], [IMAGE_GZ, 'gzip'], [XZ, 'xz'], [ZSTD, 'zstd'], [BZIP2, 'bzip2'], [LZ4_LEGACY, 'lz4'], [LZ4_FRAME, 'lz4'],
    [LZMA, 'lzma'], [LZO, 'lzo'], [UIMAGE, 'uimage'], [PE, 'pe'], [makeZboot(IMAGE_GZ, 'gzip'), 'efi-zboot'], [vmlinux(), 'elf'],
  ];
  for (const [b, f] of want) assert.is(detectKernelFormat(b), f);
});

test('a raw Image and an ELF come back untouched', () => {
  const raw = unpack(IMAGE);
  assert.is(raw.format, 'raw');
  assert.is(raw.bytes, IMAGE);
  assert.is(raw.note, undefined);
  const elf = bareElf(0x4008_0000);
  assert.is(unpack(elf).format, 'elf');
  assert.is(unpack(elf).bytes, elf);
});

test('a gzip-compressed Image is inflated (as QEMU load_aarch64_image); zero padding after it is fine', () => {
  const k = unpack(IMAGE_GZ);
  assert.is(k.format, 'gzip');
  assert.equal(Buffer.from(k.bytes), Buffer.from(IMAGE));
  assert.is(k.fileBytes, IMAGE_GZ.length);
  assert.match(k.note!, /^gzip-compressed, \d+ bytes inflated to 65536 bytes$/);
  assert.is(parseImageHeader(k.bytes).imageSize, 0x4_0000);
  const padded = new Uint8Array(IMAGE_GZ.length + 4096); padded.set(IMAGE_GZ);
  assert.equal(Buffer.from(unpack(padded).bytes), Buffer.from(IMAGE));
  // Two members (gzip's own concatenation) inflate as one stream.
  const half = IMAGE.length / 2;
  const two = Buffer.concat([gzipSync(IMAGE.subarray(0, half)), gzipSync(IMAGE.subarray(half))]);
  assert.equal(Buffer.from(unpack(two).bytes), Buffer.from(IMAGE));
});

test('broken gzip: truncated, corrupt, a bomb larger than RAM, something other than an Image inside', () => {
  throwsWith(() => unpack(truncated), /^is a truncated gzip-compressed kernel: the gzip data ends early/);
  throwsWith(() => unpack(corrupt), /^is a corrupt gzip-compressed kernel \(zlib: incorrect data check\)/);
  throwsWith(() => unpack(Uint8Array.from([0x1f, 0x8b, 9, 0, 0, 0, 0, 0, 0, 3, 1, 2])), /^is a corrupt gzip-compressed kernel \(zlib: unknown compression method\)/);
  throwsWith(() => unpack(BOMB, 32 * MiB), /^is a gzip-compressed kernel that inflates to more than 32 MiB \(the guest's RAM is 32 MiB\): not a kernel, or a gzip bomb$/);
  throwsWith(() => gunzipBounded(BOMB, 16 * MiB, 'gzip-compressed kernel', "QEMU's limit"), /more than 16 MiB \(QEMU's limit\)/);
  assert.is(QEMU_MAX_GUNZIP_BYTES, 256 * MiB);
  throwsWith(() => unpack(gzipSync(bareElf(0x4008_0000))), /^is a gzip-compressed file holding an ELF file; a compressed kernel boots only as an arm64 Image/);
  throwsWith(() => unpack(gzipSync(XZ)), /^is a gzip-compressed file holding an xz-compressed kernel, not an arm64 Image$/);
  throwsWith(() => unpack(gzipSync(new Uint8Array(4096).fill(0x41))), /^is a gzip-compressed file holding no arm64 Image \(no "ARM\\x64" magic at offset 0x38 of the 4096 inflated bytes\)$/);
});

test('other compressions are named, with the command that decompresses them', () => {
  const cases: [Uint8Array, RegExp][] = [
    [XZ, /^is an xz-compressed kernel; decompress it first \(e\.g\. unxz -c vmlinuz > Image\) or give the Image/],
    [ZSTD, /^is a zstd-compressed kernel; decompress it first \(e\.g\. unzstd -c vmlinuz > Image\)/],
    [BZIP2, /^is a bzip2-compressed kernel; decompress it first \(e\.g\. bunzip2 /],
    [LZ4_LEGACY, /^is an lz4-compressed kernel; decompress it first \(e\.g\. lz4 -d /],
    [LZ4_FRAME, /^is an lz4-compressed kernel/],
    [LZMA, /^is an lzma-compressed kernel; decompress it first \(e\.g\. unlzma /],
    [LZO, /^is an lzo-compressed kernel; decompress it first \(e\.g\. lzop -d /],
    [UIMAGE, /^is a U-Boot uImage; strip its 64-byte header/],
    [PE, /^is a PE\/COFF EFI application without an arm64 Image header/],
  ];
  for (const [b, re] of cases) throwsWith(() => unpack(b), re);
  // A file name with spaces is quoted in the hint.
  try { unpackKernel(ZSTD, { ramBytes: RAM, name: 'my kernel.zst' }); } catch (e) { assert.match((e as Error).message, /unzstd -c 'my kernel\.zst' > Image/); }
});

test('EFI zboot: a gzip payload is unpacked (as QEMU 8.0+); other payloads are named; a bad header is refused', () => {
  const z = makeZboot(IMAGE_GZ, 'gzip');
  assert.equal(parseZbootHeader(z), { payloadOffset: 0x1000, payloadSize: IMAGE_GZ.length, compressionName: 'gzip', compression: 'gzip' });
  const k = unpack(z);
  assert.is(k.format, 'efi-zboot');
  assert.equal(Buffer.from(k.bytes), Buffer.from(IMAGE));
  assert.match(k.note!, /^EFI zboot image, gzip payload of \d+ bytes inflated to \d+ bytes$/);
  throwsWith(() => unpack(makeZboot(ZSTD, 'zstd22')), new RegExp(
    '^is an EFI zboot image carrying a zstd-compressed Image; only gzip payloads are unpacked: extract it ' +
    `\\(tail -c \\+4097 vmlinuz \\| head -c ${ZSTD.length} \\| unzstd > Image\\) or give the Image$`));
  throwsWith(() => unpack(makeZboot(XZ, 'xzkern')), /carrying an xz-compressed Image;.*\| unxz > Image\)/);
  throwsWith(() => unpack(makeZboot(LZ4_LEGACY, 'lz4')), /carrying an lz4-compressed Image/);
  throwsWith(() => unpack(makeZboot(XZ, 'brotli')), /carrying an Image compressed with "brotli"/);
  const bad = makeZboot(IMAGE_GZ, 'gzip');
  new DataView(bad.buffer).setUint32(12, bad.length, true); // payload runs past the end
  throwsWith(() => unpack(bad), /^is a corrupt or truncated EFI zboot image \(payload at offset 4096, \d+ bytes, but the file has \d+ bytes\)$/);
  throwsWith(() => unpack(makeZboot(truncated, 'gzip')), /^is a truncated EFI zboot image's gzip payload/);
  throwsWith(() => unpack(makeZboot(gzipSync(XZ), 'gzip')), /^is an EFI zboot image with a payload holding an xz-compressed kernel/);
  throwsWith(() => unpack(z.subarray(0, 40)), /^is a truncated EFI zboot image \(40 bytes/);
});

// ---- ELF kernels --------------------------------------------------------------------------------

test('elfDtbAddress: QEMU puts its 1 MiB DTB at the base of RAM only when it fits below the ELF', () => {
  assert.is(QEMU_VIRT_FDT_BYTES, MiB);
  const dtb = 0x2000;
  assert.is(elfDtbAddress(RAM_BASE, 0x4020_0000, 0x4020_1000, dtb), RAM_BASE); // measured: FDT at 0x40000000
  assert.is(elfDtbAddress(RAM_BASE, 0x4008_0000, 0x4009_0000, dtb), undefined); // measured: none (512 KiB of room)
  assert.is(elfDtbAddress(RAM_BASE, 0x4010_0000, 0x4011_0000, dtb), RAM_BASE); // exactly 1 MiB of room
  assert.is(elfDtbAddress(RAM_BASE, 0x400f_f000, 0x4011_0000, dtb), undefined);
  assert.is(elfDtbAddress(RAM_BASE, RAM_BASE, 0x4001_0000, dtb), undefined); // the ELF starts at the base of RAM
  assert.is(elfDtbAddress(RAM_BASE, 0x1000, 0x2000, dtb), RAM_BASE); // an ELF below RAM: no limit
  assert.is(elfDtbAddress(RAM_BASE, 0x4020_0000, 0x4040_0000, 2 * MiB + 1), undefined); // our blob, when larger than QEMU's, counts
});

test('linuxVmlinuxEntry: an arm64 vmlinux is recognised by the Image header at its entry', () => {
  assert.is(linuxVmlinuxEntry(vmlinux()), VMLINUX_VA);
  assert.is(linuxVmlinuxEntry(bareElf(0x4008_0000)), undefined);
  assert.is(linuxVmlinuxEntry(IMAGE), undefined);
  assert.is(linuxVmlinuxEntry(makeElf(VMLINUX_VA + 0x100n, [{ paddr: VMLINUX_VA, data: makeImage(0x1000) }])), undefined);
});

const tmp = mkdtempSync(join(tmpdir(), 'a64dbg-kformats-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
function file(name: string, bytes: Uint8Array): string {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  return p;
}

const machine = (mib = 128) => new Machine({ memoryMiB: mib, console: () => {}, log: () => {} });

test('an ELF above 1 MiB into RAM: segments placed, x0 = 0, the device tree at 0x40000000 (QEMU 7.2, measured)', () => {
  const m = machine();
  m.loadKernelFile(file('high.elf', bareElf(0x4020_0000)), undefined, 'console=ttyAMA0');
  const cpu = m.cpus[0]!;
  assert.is(cpu.pc, 0x4020_0000n);
  assert.is(cpu.getX(0), 0n);
  assert.equal(Array.from(m.readPhys(0x4000_0000n, 4)!), [0xd0, 0x0d, 0xfe, 0xed]);
  assert.ok(m.dtb && m.dtb.length > 0);
  assert.equal(Buffer.from(m.readPhys(0x4000_0000n, m.dtb!.length)!), Buffer.from(m.dtb!));
  assert.equal(Array.from(m.readPhys(0x4020_0000n, 4)!), Array.from(SPIN));
  assert.match(m.bootSummary, /^boot: ELF, entry 0x40200000, .*device tree at 0x40000000 \(x0 = 0, as QEMU\)$/);
  // It runs (spins) from its entry with the DTB untouched.
  assert.is(m.run({ maxInstructions: 100 }).kind, 'limit');
  assert.is(cpu.pc, 0x4020_0000n);
});

test('an ELF at 0x40080000 (the firmware): no device tree, RAM below it untouched (QEMU 7.2, measured)', () => {
  const m = machine();
  m.loadKernelFile(file('low.elf', bareElf(0x4008_0000)));
  assert.is(m.dtb, undefined);
  assert.ok(m.readPhys(0x4000_0000n, 0x8_0000)!.every((b) => b === 0));
  assert.match(m.bootSummary, /no device tree \(no room below the ELF, as QEMU\)$/);
});

test('a Linux vmlinux boots as the Image it was made from (objcopy -O binary), initrd and DTB included', () => {
  const image = makeImage(0x1000, 0x4_0000);
  const tail = Uint8Array.from({ length: 0x800 }, (_, i) => (i * 13) & 0xff);
  // Two segments with a gap, as a real vmlinux has (text, then data at a higher address).
  const elf = makeElf(VMLINUX_VA, [
    { paddr: VMLINUX_VA, data: image },
    { paddr: VMLINUX_VA + 0x2000n, data: tail, memsz: 0x3000 },
  ]);
  const flat = vmlinuxToImage(elf, 1 << 30);
  assert.is(flat.length, 0x2800);
  assert.equal(flat.subarray(0, 0x1000), image);
  assert.ok(flat.subarray(0x1000, 0x2000).every((b) => b === 0), 'the gap is zero');
  assert.equal(flat.subarray(0x2000), tail);
  const m = machine();
  m.loadKernelFile(file('vmlinux', elf), file('rd', new Uint8Array(100)));
  assert.equal(m.readPhys(0x4020_0000n, flat.length), flat, 'placed where QEMU places the Image');
  assert.ok(m.dtb, 'booted as Linux: a device tree');
  assert.match(m.bootSummary, /vmlinux ELF flattened to its Image/);
  assert.throws(() => vmlinuxToImage(bareElf(0x4008_0000), 1 << 30), /not a Linux vmlinux/);
  assert.throws(() => vmlinuxToImage(elf, 0x2000), /flattens to more than 8192 bytes/);
});

// The guest kernel's real vmlinux (scripts/fetch-vmlinux.sh, as CI fetches it): flattened, it is
// Debian's Image but for the PE header's checksum and the signature appended to the Image.
const VMLINUX = join(REPO, '.cache/vmlinux/vmlinux');
const GUEST_IMAGE = join(guestCacheDir(defaultRepoRoot()), 'Image');
if (existsSync(VMLINUX) && existsSync(GUEST_IMAGE)) {
  test("the guest's own vmlinux flattens to its Image and boots to /init", () => {
    const flat = vmlinuxToImage(readFileSync(VMLINUX), 512 << 20);
    const image = readFileSync(GUEST_IMAGE);
    assert.ok(flat.length <= image.length && image.length - flat.length < 64 * 1024, `${flat.length} vs ${image.length} bytes`);
    const differ: number[] = [];
    for (let i = 0; i < flat.length; i++) if (flat[i] !== image[i]) differ.push(i);
    assert.ok(differ.length <= 16 && differ.every((i) => i < 0x200), `bytes that differ: ${differ.slice(0, 20).map((i) => i.toString(16))}`);
    let log = '';
    const m = new Machine({ memoryMiB: 512, log: () => {}, console: (b) => { log += Buffer.from(b).toString('latin1'); } });
    m.loadKernelFile(VMLINUX, undefined, 'console=ttyAMA0 earlycon cryptomgr.notests');
    m.requestStop('enough', 0, 400_000_000);
    m.run({ maxInstructions: 400_000_000 });
    assert.match(log, /Run \/init as init process|Kernel panic - not syncing: VFS: Unable to mount root fs/);
    assert.match(log, /Linux version 6\.1\./);
  });
} else {
  console.log('kernel-formats.test.ts: the vmlinux test skipped (bash scripts/fetch-vmlinux.sh fetches it)');
}

test('gzip-compressed and zboot Images land in RAM byte for byte as the raw Image', () => {
  const raw = machine();
  raw.loadKernelFile(file('Image', IMAGE));
  const want = raw.readPhys(0x4020_0000n, IMAGE.length)!;
  assert.equal(Buffer.from(want), Buffer.from(IMAGE));
  for (const [name, bytes, note] of [['Image.gz', IMAGE_GZ, /gzip-compressed, \d+ bytes inflated to/], ['vmlinuz.efi', makeZboot(IMAGE_GZ, 'gzip'), /EFI zboot image, gzip payload/]] as const) {
    const m = machine();
    m.loadKernelFile(file(name, bytes));
    assert.equal(Buffer.from(m.readPhys(0x4020_0000n, IMAGE.length)!), Buffer.from(want), name);
    assert.is(m.cpus[0]!.pc, raw.cpus[0]!.pc);
    assert.equal(Buffer.from(m.dtb!), Buffer.from(raw.dtb!));
    assert.match(m.bootSummary, note);
  }
});

// ---- the command line: status 1 and one line for every refused file ------------------------------

const run = (args: string[]): Promise<CliResult> => runCli(args, { noGuest: true });

const REFUSED: [string, Uint8Array, RegExp, string[]?][] = [
  ['xz', XZ, /is an xz-compressed kernel; decompress it first \(e\.g\. unxz -c vmlinuz\.xz > Image\)/],
  ['zstd', ZSTD, /is a zstd-compressed kernel; decompress it first \(e\.g\. unzstd/],
  ['bzip2', BZIP2, /is a bzip2-compressed kernel/],
  ['lz4', LZ4_LEGACY, /is an lz4-compressed kernel/],
  ['lzma', LZMA, /is an lzma-compressed kernel/],
  ['lzo', LZO, /is an lzo-compressed kernel/],
  ['zboot-zstd', makeZboot(ZSTD, 'zstd22'), /is an EFI zboot image carrying a zstd-compressed Image; only gzip payloads are unpacked/],
  ['zboot-xz', makeZboot(XZ, 'xzkern'), /is an EFI zboot image carrying an xz-compressed Image/],
  ['uimage', UIMAGE, /is a U-Boot uImage/],
  ['pe', PE, /is a PE\/COFF EFI application/],
  ['corrupt-gz', corrupt, /is a corrupt gzip-compressed kernel \(zlib: incorrect data check\)/],
  ['truncated-gz', truncated, /is a truncated gzip-compressed kernel/],
  ['bomb-gz', BOMB, /inflates to more than 32 MiB \(the guest's RAM is 32 MiB\): not a kernel, or a gzip bomb/, ['--memory', '32']],
  ['elf-gz', gzipSync(bareElf(0x4008_0000)), /is a gzip-compressed file holding an ELF file/],
];

const results = new Map<string, CliResult>();
test.before(async () => {
  const jobs: [string, string[]][] = REFUSED.map(([name, bytes, , extra]) =>
    [name, ['boot', '--kernel', file(`vmlinuz.${name}`, bytes), ...(extra ?? [])]]);
  jobs.push(['gz-ok', ['boot', '--kernel', file('ok.Image.gz', IMAGE_GZ), '--max-insns', '100']]);
  jobs.push(['zboot-ok', ['boot', '--kernel', file('ok.vmlinuz.efi', makeZboot(IMAGE_GZ, 'gzip')), '--max-insns', '100']]);
  let next = 0;
  const width = Math.max(3, Math.min(6, availableParallelism() * 2));
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < jobs.length) {
      const [name, args] = jobs[next++]!;
      results.set(name, await run(args));
    }
  }));
});

for (const [name, , pattern] of REFUSED) {
  test(`CLI refuses ${name}: status 1, one 'a64dbg: 'FILE': ...' line, no stack trace`, () => {
    const r = results.get(name)!;
    const lines = r.stderr.split('\n').filter(Boolean);
    assert.is(r.status, 1, r.stderr);
    assert.is(lines.length, 1, r.stderr);
    assert.match(lines[0]!, /^a64dbg: '[^']*vmlinuz\.[\w-]+': /);
    assert.match(lines[0]!, pattern);
    assert.is(r.stdout, '');
  });
}

test('CLI boots a gzip-compressed Image and a gzip zboot image (status 124 at --max-insns)', () => {
  for (const name of ['gz-ok', 'zboot-ok']) {
    const r = results.get(name)!;
    assert.is(r.status, 124, r.stderr);
    assert.match(r.stderr, /^a64dbg: instruction limit of 100 reached at pc 0x40200000\n$/);
  }
});

// ---- Debian's kernel, gzip-compressed, boots to /init -----------------------------------------

const MILESTONE = 'Run /init as init process';

/** /boot/vmlinuz-* straight from the cached linux-image .deb (dpkg-deb --fsys-tarfile | tar). */
function debianVmlinuz(): { vmlinuz: Buffer; initrd: string; append: string } | string {
  const root = defaultRepoRoot();
  const m = readGuestManifest(root);
  if (!m) return 'no guest manifest (npm run guest)';
  const deb = join(guestCacheDir(root), 'debs', `${m.kernel.package}_${m.kernel.version.replace(/:/g, '%3a')}_arm64.deb`);
  if (!existsSync(deb)) return `no ${deb}`;
  const initrd = join(root, m.initramfs.path);
  if (!existsSync(initrd)) return `no ${initrd}`;
  const r = spawnSync('bash', ['-c', 'set -o pipefail; dpkg-deb --fsys-tarfile "$1" | tar -xO --wildcards "./boot/vmlinuz-*"', 'x', deb],
    { maxBuffer: 256 * MiB });
  if (r.error || r.status !== 0) return `cannot extract vmlinuz from ${deb}: ${r.error?.message ?? r.stderr.toString().trim()}`;
  return { vmlinuz: r.stdout, initrd, append: m.append };
}

const debian = debianVmlinuz();
if (typeof debian === 'string') console.log(`kernel-formats.test: gzip'd Debian kernel boot skipped: ${debian}`);

(typeof debian === 'string' ? test.skip : test)(`Debian's vmlinuz from the .deb, gzip-compressed, boots to "${MILESTONE}"`, () => {
  const { vmlinuz, initrd, append } = debian as Exclude<typeof debian, string>;
  const gz = file('vmlinuz.gz', gzipSync(vmlinuz, { level: 1 }));
  let seen = '';
  let log = '';
  const m: Machine = new Machine({
    memoryMiB: 512, log: () => {},
    console: (b) => {
      const t = Buffer.from(b).toString('latin1');
      log = (log + t).slice(-4000);
      seen = (seen + t).slice(-200);
      if (seen.includes(MILESTONE)) m.requestStop('milestone');
    },
  });
  // cryptomgr.notests: the same boot with ~320 M instead of ~915 M instructions to /init.
  m.loadKernelFile(gz, initrd, `${append} cryptomgr.notests`);
  assert.match(m.bootSummary, /boot: kernel  0x40200000-0x41cb0000 \(gzip-compressed, [\d.]+ MiB inflated to [\d.]+ MiB: 27303872 bytes/);
  assert.equal(Buffer.compare(Buffer.from(m.readPhys(0x4020_0000n, vmlinuz.length)!), vmlinuz), 0, 'the inflated Image in RAM');
  const stop = m.run({ maxInstructions: 1_500_000_000 });
  assert.equal(stop, { kind: 'exit', status: 0, message: 'milestone' }, log.slice(-2000));
});

// ---- what else QEMU's -kernel loads: raw binaries and ET_DYN ELFs (scripts/make-image-goldens.sh) ----

test('a file with no known signature unpacks as a raw binary', () => {
  const bytes = readFileSync('test/corpus/images/crc.bin');
  const k = unpack(bytes);
  assert.is(k.format, 'binary');
  assert.is(k.bytes, bytes);
});

for (const file of ['branches.bin', 'crc.bin', 'branches.dyn.elf', 'crc.dyn.elf']) {
  test(`${file} boots as under QEMU 7.2 (same UART output and exit status)`, () => {
    const uart: Uint8Array[] = [], logs: string[] = [];
    const m = new Machine({ memoryMiB: 512, console: (b) => uart.push(Uint8Array.from(b)), semihostingConsole: () => {}, log: (l) => logs.push(l) });
    m.loadKernelFile(`test/corpus/images/${file}`);
    const stop = m.run({ maxInstructions: 2e8 });
    assert.equal(stop, { kind: 'exit', status: Number(readFileSync(`test/golden/images/${file}.exit`, 'utf8').trim()) });
    assert.is(Buffer.concat(uart).toString('latin1'), readFileSync(`test/golden/images/${file}.out`, 'latin1'));
    if (file.endsWith('.bin')) {
      assert.match(m.bootSummary, /raw binary .*RAM base \+ 0x80000/);
      assert.match(logs.join('\n'), /booting it as a raw binary at RAM base \+ 0x80000/, 'the user is told how the file was taken');
    }
  });
}

test('an ELF of another type (ET_REL) is refused in one line naming the types that load', () => {
  const b = Uint8Array.from(readFileSync('test/corpus/images/crc.dyn.elf'));
  b[16] = 1; // ET_REL
  const m = new Machine({ memoryMiB: 64, console: () => {}, log: () => {} });
  assert.throws(() => m.loadElf(b), /ELF type 1 is neither an executable \(ET_EXEC\) nor a position-independent one \(ET_DYN\)/);
});

test.run();
