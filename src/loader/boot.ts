// Direct kernel boot of an arm64 Linux `Image` as QEMU 7.2 does it for the `virt` board
// (hw/arm/boot.c: arm_setup_direct_kernel_boot, arm_load_aarch64_image), so a guest finds
// everything where it would under `qemu-system-aarch64 -M virt -kernel Image -initrd ... `:
//
//   RAM base + 0          the 6-instruction boot stub + its literal pool (40 bytes); the vCPU
//                         starts here, EL1h, MMU off
//   RAM base + load off   the kernel: load offset = text_offset, plus 2 MiB when text_offset is
//                         below 4 KiB (the stub's room, BOOTLOADER_MAX_SIZE); 0x80000 when
//                         image_size is 0 (pre-3.17 kernels, whose text_offset is not valid)
//   initrd                RAM base + min(RAM / 2, 128 MiB), but not below the kernel's end
//                         (load address + image_size), 4 KiB aligned
//   DTB                   after the initrd (or at that same address without one), 2 MiB aligned
//
// Measured with QEMU 7.2.22 and Debian's 6.1 cloud Image (image_size 27,983,872) and its
// 1,013,468-byte initramfs: 512 MiB -> kernel 0x40200000, initrd 0x48000000, DTB 0x48200000.
// QEMU's own DTB blob is 1 MiB; ours is as large as virtDeviceTree makes it.
//
// ELF kernels do not come here: QEMU treats them as bare-metal programs (no stub, no initrd,
// entry = the ELF entry, x0 = 0) and so do we (src/loader/elf.ts, Machine.loadElf); QEMU still
// puts its device tree at the base of RAM when the ELF leaves room below itself (elfDtbAddress).
// A compressed kernel file is inflated first (src/loader/decompress.ts).

import { statSync, readFileSync } from 'node:fs';
import { RAM_BASE } from '../memory/layout.ts';
import { ImageError, parseImageHeader, describeImageHeader, RAW_BINARY_HEADER, type Arm64ImageHeader } from './image.ts';

export class BootError extends Error {}

const KiB = 1024;
const MiB = 1024 * KiB;

/** QEMU: room kept for the boot stub at the base of RAM. */
export const BOOTLOADER_MAX_SIZE = 4 * KiB;
/** QEMU: load offset of an Image whose header gives no image_size. */
export const KERNEL64_LOAD_ADDR = 0x8_0000;
/** QEMU: the initrd goes at most this far into RAM. */
export const INITRD_MAX_OFFSET = 128 * MiB;
/** QEMU (TARGET_PAGE_ALIGN on virt): the initrd's start alignment. */
export const INITRD_ALIGN = 4 * KiB;
/** QEMU: AArch64 kernels map the DTB as a 2 MiB block, so it starts 2 MiB aligned. */
export const DTB_ALIGN = 2 * MiB;
/** Linux arm64 refuses a device tree larger than this (MAX_FDT_SIZE). */
export const MAX_FDT_SIZE = 2 * MiB;
/** Where the vCPU starts: the boot stub at the base of RAM. */
export const BOOT_STUB_WORDS = 10;
export const BOOT_STUB_BYTES = BOOT_STUB_WORDS * 4;

/**
 * The size of the device tree blob QEMU 7.2's `virt` board hands a guest: 1 MiB (its FDT is
 * created with that much room and is not packed; measured: totalsize 0x100000 at 0x40000000).
 * It decides whether the DTB fits below an ELF kernel (elfDtbAddress).
 */
export const QEMU_VIRT_FDT_BYTES = 1 * MiB;

/**
 * Where QEMU puts the device tree for an ELF kernel (hw/arm/boot.c arm_setup_direct_kernel_boot
 * and arm_load_dtb): at the base of RAM when the ELF's loaded range [low, high) starts above it
 * (or ends below it), and only if a QEMU-sized blob fits between the RAM base and the ELF;
 * otherwise nowhere. x0 is not set: an ELF is not booted as Linux. Measured with QEMU 7.2: an
 * ELF at 0x40200000 finds the DTB at 0x40000000; one at 0x40080000 (512 KiB of room) finds none.
 */
export function elfDtbAddress(ramBase: number, elfLow: number, elfHigh: number, dtbBytes: number): number | undefined {
  if (!(elfLow > ramBase || elfHigh < ramBase)) return undefined;
  const limit = elfLow < ramBase ? 0 : elfLow; // QEMU: no limit when the ELF lies below RAM
  const size = Math.max(dtbBytes, QEMU_VIRT_FDT_BYTES);
  if (limit > ramBase && size > limit - ramBase) return undefined;
  return ramBase;
}

/** A guest physical range [start, end). */
export interface Region {
  start: number;
  end: number;
}

export interface BootLayoutInput {
  /** Guest physical address of RAM. Default: RAM_BASE. */
  ramBase?: number;
  ramBytes: number;
  header: Arm64ImageHeader;
  /** Bytes of the kernel file (copied to the load address). */
  kernelFileBytes: number;
  /** Bytes of the initrd; undefined without one. */
  initrdBytes?: number;
}

export interface BootLayout {
  ramBase: number;
  ramEnd: number;
  stub: Region;
  /** [load address, load address + max(image_size, file size)). */
  kernel: Region;
  kernelFileBytes: number;
  initrd?: Region;
  /** Where the DTB goes; its end depends on the blob (see prepareLinuxBoot). */
  dtbStart: number;
  /** The kernel's entry point: its load address (what the stub branches to). */
  kernelEntry: number;
}

const hex = (v: number | bigint): string => '0x' + v.toString(16);
const alignUp = (v: number, a: number): number => Math.ceil(v / a) * a;

/** "27983872 bytes (26.7 MiB)" */
export function formatSize(n: number): string {
  if (n < KiB) return `${n} bytes`;
  const [v, u] = n < MiB ? [n / KiB, 'KiB'] : [n / MiB, 'MiB'];
  return `${n} bytes (${Number.isInteger(v) ? v : v.toFixed(1)} ${u})`;
}

function ramText(l: { ramBase: number; ramEnd: number }): string {
  return `RAM is ${formatSize(l.ramEnd - l.ramBase)} at ${hex(l.ramBase)}-${hex(l.ramEnd)}`;
}

/** Offset from the base of RAM at which QEMU loads an Image with this header. */
export function kernelLoadOffset(h: Arm64ImageHeader): number {
  if (h.imageSize === 0) return KERNEL64_LOAD_ADDR;
  return h.textOffset < BOOTLOADER_MAX_SIZE ? h.textOffset + 2 * MiB : h.textOffset;
}

/**
 * QEMU's placement of the stub, kernel, initrd and DTB start for this RAM and these sizes.
 * Throws a BootError (one line, naming the sizes and the RAM) when something does not fit
 * or two pieces overlap.
 */
export function planBoot(input: BootLayoutInput): BootLayout {
  const ramBase = input.ramBase ?? RAM_BASE;
  const { ramBytes, header, kernelFileBytes, initrdBytes } = input;
  if (!Number.isSafeInteger(ramBytes) || ramBytes <= 0) throw new BootError(`RAM size must be a positive number of bytes, got ${ramBytes}`);
  if (!Number.isSafeInteger(ramBase) || ramBase < 0 || ramBase % (2 * MiB) !== 0) throw new BootError(`RAM base must be 2 MiB aligned, got ${hex(ramBase)}`);
  const ramEnd = ramBase + ramBytes;
  const ram = { ramBase, ramEnd };

  const stub: Region = { start: ramBase, end: ramBase + BOOT_STUB_BYTES };
  const entry = ramBase + kernelLoadOffset(header);
  const kernel: Region = { start: entry, end: entry + Math.max(header.imageSize, kernelFileBytes) };
  if (kernel.end > ramEnd) {
    const need = header.imageSize >= kernelFileBytes ? `image_size ${formatSize(header.imageSize)}` : `file ${formatSize(kernelFileBytes)}`;
    throw new BootError(`kernel does not fit in RAM: ${need} at ${hex(entry)} ends at ${hex(kernel.end)}, but ${ramText(ram)}`);
  }

  // QEMU: initrd at min(RAM/2, 128 MiB), not below the end of the kernel's image_size
  // (QEMU uses image_size, not the file size, here), page aligned.
  const imageHigh = entry + header.imageSize;
  const initrdStart = alignUp(Math.max(ramBase + Math.min(Math.floor(ramBytes / 2), INITRD_MAX_OFFSET), imageHigh), INITRD_ALIGN);
  let initrd: Region | undefined;
  if (initrdBytes !== undefined) {
    if (!Number.isSafeInteger(initrdBytes) || initrdBytes <= 0) throw new BootError(`initrd size must be a positive number of bytes, got ${initrdBytes}`);
    if (initrdStart >= ramEnd) {
      throw new BootError(`no room for the initrd after the kernel: it would start at ${hex(initrdStart)} (kernel image_size ${formatSize(header.imageSize)} at ${hex(entry)}), but ${ramText(ram)}`);
    }
    initrd = { start: initrdStart, end: initrdStart + initrdBytes };
    if (initrd.end > ramEnd) {
      throw new BootError(`initrd does not fit in RAM: ${formatSize(initrdBytes)} at ${hex(initrdStart)} ends at ${hex(initrd.end)}, but ${ramText(ram)}`);
    }
  }

  const dtbStart = alignUp(initrd ? initrd.end : initrdStart, DTB_ALIGN);
  if (dtbStart >= ramEnd) {
    const after = initrd ? `the initrd (${formatSize(initrdBytes!)} at ${hex(initrd.start)})` : `the kernel (image_size ${formatSize(header.imageSize)} at ${hex(entry)})`;
    throw new BootError(`no room for the device tree after ${after}: it would start at ${hex(dtbStart)}, but ${ramText(ram)}`);
  }

  const layout: BootLayout = { ramBase, ramEnd, stub, kernel, kernelFileBytes, initrd, dtbStart, kernelEntry: entry };
  checkOverlaps([['boot stub', stub], ['kernel', kernel], ...(initrd ? [['initrd', initrd] as [string, Region]] : [])]);
  return layout;
}

function checkOverlaps(parts: [string, Region][]): void {
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const [an, a] = parts[i]!, [bn, b] = parts[j]!;
      if (a.start < b.end && b.start < a.end) {
        throw new BootError(`${an} [${hex(a.start)}, ${hex(a.end)}) (${formatSize(a.end - a.start)}) overlaps ${bn} [${hex(b.start)}, ${hex(b.end)}) (${formatSize(b.end - b.start)})`);
      }
    }
  }
}

/**
 * The stub QEMU writes at the base of RAM for an AArch64 Linux kernel (hw/arm/boot.c
 * bootloader_aarch64), as 32-bit little-endian words:
 *
 *   0x00  580000c0  ldr x0, 0x18       x0 = DTB address
 *   0x04  aa1f03e1  mov x1, xzr
 *   0x08  aa1f03e2  mov x2, xzr
 *   0x0c  aa1f03e3  mov x3, xzr
 *   0x10  58000084  ldr x4, 0x20       x4 = kernel entry
 *   0x14  d61f0080  br  x4
 *   0x18  DTB address, low and high words
 *   0x20  kernel entry, low and high words
 */
export function bootStubWords(dtb: number | bigint, entry: number | bigint): Uint32Array {
  const d = BigInt.asUintN(64, BigInt(dtb)), e = BigInt.asUintN(64, BigInt(entry));
  return Uint32Array.from([
    0x580000c0, 0xaa1f03e1, 0xaa1f03e2, 0xaa1f03e3, 0x58000084, 0xd61f0080,
    Number(d & 0xffffffffn), Number(d >> 32n),
    Number(e & 0xffffffffn), Number(e >> 32n),
  ]);
}

/** The stub as bytes (little-endian), ready to copy to the base of RAM. */
export function bootStubBytes(dtb: number | bigint, entry: number | bigint): Uint8Array {
  const words = bootStubWords(dtb, entry);
  const out = new Uint8Array(BOOT_STUB_BYTES);
  const dv = new DataView(out.buffer);
  words.forEach((w, i) => dv.setUint32(i * 4, w, true));
  return out;
}

/** One piece of guest memory content: copy `bytes` to guest physical `start`. */
export interface BootBlob {
  name: 'boot stub' | 'kernel' | 'initrd' | 'dtb';
  start: number;
  bytes: Uint8Array;
}

export interface LinuxBoot {
  /** Where vCPU 0 starts (EL1h, DAIF masked, MMU off, other registers zero): the stub. */
  entryPc: bigint;
  /** The kernel's load address, which the stub jumps to. */
  kernelEntry: bigint;
  /** The DTB address the stub puts in x0. */
  dtbAddress: bigint;
  layout: BootLayout;
  dtb: Region;
  header: Arm64ImageHeader;
  /** Copy each to guest RAM (stub, kernel, initrd if any, DTB), then start vCPU 0 at entryPc. */
  blobs: BootBlob[];
  /** Multi-line placement summary for logs. */
  summary: string;
}

export interface LinuxBootInput {
  /** Default RAM_BASE. */
  ramBase?: number;
  ramBytes: number;
  /** The raw arm64 Image (a compressed file inflated first: src/loader/decompress.ts). */
  kernel: Uint8Array;
  /** How the Image came out of the kernel file, for the summary (e.g. "gzip-compressed, ..."). */
  kernelSource?: string;
  /** The kernel is a raw binary, no Image header (RAW_BINARY_HEADER: at RAM base + 0x80000, as QEMU). */
  rawBinary?: boolean;
  initrd?: Uint8Array;
  /**
   * Builds the DTB once the initrd's place is known (for /chosen/linux,initrd-start/end),
   * e.g. `(initrd) => virtDeviceTree({ ...cfg, initrd })`.
   */
  makeDtb: (initrd: Region | undefined) => Uint8Array;
}

/**
 * Everything the machine writes into RAM for a direct Linux boot, and where the vCPU starts.
 * Throws BootError (one line) for a file that is not a raw arm64 Image or a layout that does
 * not fit.
 */
export function prepareLinuxBoot(input: LinuxBootInput): LinuxBoot {
  let header: Arm64ImageHeader;
  try {
    header = input.rawBinary ? RAW_BINARY_HEADER : parseImageHeader(input.kernel);
  } catch (e) {
    if (e instanceof ImageError) throw new BootError(e.message);
    throw e;
  }
  if (input.initrd !== undefined && input.initrd.length === 0) throw new BootError('initrd is empty');
  const layout = planBoot({
    ramBase: input.ramBase, ramBytes: input.ramBytes, header,
    kernelFileBytes: input.kernel.length, initrdBytes: input.initrd?.length,
  });
  const dtbBytes = input.makeDtb(layout.initrd);
  if (dtbBytes.length === 0) throw new BootError('device tree is empty');
  if (dtbBytes.length > MAX_FDT_SIZE) throw new BootError(`device tree is ${formatSize(dtbBytes.length)}: Linux maps at most ${formatSize(MAX_FDT_SIZE)}`);
  const dtb: Region = { start: layout.dtbStart, end: layout.dtbStart + dtbBytes.length };
  if (dtb.end > layout.ramEnd) {
    throw new BootError(`device tree does not fit in RAM: ${formatSize(dtbBytes.length)} at ${hex(dtb.start)} ends at ${hex(dtb.end)}, but ${ramText(layout)}`);
  }
  checkOverlaps([['boot stub', layout.stub], ['kernel', layout.kernel], ...(layout.initrd ? [['initrd', layout.initrd] as [string, Region]] : []), ['device tree', dtb]]);

  const blobs: BootBlob[] = [
    { name: 'boot stub', start: layout.stub.start, bytes: bootStubBytes(dtb.start, layout.kernelEntry) },
    { name: 'kernel', start: layout.kernelEntry, bytes: input.kernel },
  ];
  if (layout.initrd && input.initrd) blobs.push({ name: 'initrd', start: layout.initrd.start, bytes: input.initrd });
  blobs.push({ name: 'dtb', start: dtb.start, bytes: dtbBytes });

  const range = (r: Region) => `${hex(r.start)}-${hex(r.end)}`;
  const summary = [
    input.rawBinary ? `boot: raw binary (no arm64 Image header), loaded at RAM base + 0x${KERNEL64_LOAD_ADDR.toString(16)} as QEMU loads one` : `boot: arm64 Image, ${describeImageHeader(header)}`,
    `boot: ${ramText(layout)}`,
    `boot: stub    ${range(layout.stub)} (x0 = ${hex(dtb.start)}, branch to ${hex(layout.kernelEntry)})`,
    `boot: kernel  ${range(layout.kernel)} (${input.kernelSource ? `${input.kernelSource}: ` : 'file '}${formatSize(input.kernel.length)})`,
    layout.initrd ? `boot: initrd  ${range(layout.initrd)} (${formatSize(layout.initrd.end - layout.initrd.start)})` : 'boot: initrd  none',
    `boot: dtb     ${range(dtb)} (${formatSize(dtbBytes.length)})`,
  ].join('\n');

  return {
    entryPc: BigInt(layout.stub.start),
    kernelEntry: BigInt(layout.kernelEntry),
    dtbAddress: BigInt(dtb.start),
    layout, dtb, header, blobs, summary,
  };
}

/**
 * Reads a kernel or initrd file for booting; one-line BootError for a missing or unreadable
 * path, a directory, or an empty file.
 */
export function readBootFile(path: string, what: 'kernel' | 'initrd'): Uint8Array {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    throw new BootError(`cannot read ${what} '${path}': ${errText(e)}`);
  }
  if (isDir) {
    const hint = what === 'initrd' ? ' (pass the archive itself, e.g. initramfs.cpio.gz)' : ' (pass the Image file)';
    throw new BootError(`${what} '${path}' is a directory, not a file${hint}`);
  }
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new BootError(`cannot read ${what} '${path}': ${errText(e)}`);
  }
  if (buf.length === 0) throw new BootError(`${what} '${path}' is empty`);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

function errText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const reasons: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'is a directory', ELOOP: 'too many symbolic links', ENOTDIR: 'a path component is not a directory' };
  if (err.code) return reasons[err.code] ? `${reasons[err.code]} (${err.code})` : err.code;
  return err.message ?? String(e);
}
