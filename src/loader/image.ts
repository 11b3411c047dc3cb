// The arm64 Linux `Image` header (Linux Documentation/arm64/booting.rst, "Call the kernel
// image"): the first 64 bytes of a raw arm64 kernel.
//
//   off  size  field
//   0x00  4    code0        executable code (with an EFI stub: "MZ" + a branch)
//   0x04  4    code1        executable code
//   0x08  8    text_offset  image load offset from a 2 MiB aligned base (valid only if image_size != 0)
//   0x10  8    image_size   bytes the kernel needs from its load address, BSS included (0: pre-3.17)
//   0x18  8    flags        bit 0 big-endian; bits 1-2 page size (0 unspecified, 1 4K, 2 16K,
//                           3 64K); bit 3 physical placement (0: as close to the base of DRAM as
//                           possible, 1: anywhere); bits 4-63 reserved
//   0x20  8    res2
//   0x28  8    res3
//   0x30  8    res4
//   0x38  4    magic        0x644d5241, "ARM\x64"
//   0x3c  4    res5         with an EFI stub: offset of the PE header
//
// This file parses a raw little-endian Image and names every other kernel format it recognises
// (detectKernelFormat, kernelFormatInfo); src/loader/decompress.ts turns the compressed forms
// QEMU boots (a gzip-compressed Image, an EFI zboot image with a gzip payload) into the raw
// Image, and ELF files take the ELF path (src/loader/elf.ts). Anything else is an ImageError
// with a one-line reason.

export class ImageError extends Error {}

export const ARM64_IMAGE_HEADER_BYTES = 64;
/** "ARM\x64" read as a little-endian u32 at offset 0x38. */
export const ARM64_IMAGE_MAGIC = 0x644d5241;
export const ARM64_IMAGE_MAGIC_OFFSET = 0x38;

const FLAG_BE = 1n;
const FLAG_PHYS_ANYWHERE = 8n;

export interface Arm64ImageHeader {
  code0: number;
  code1: number;
  /** Raw header field; meaningless when imageSize is 0 (see boot.ts kernelLoadOffset). */
  textOffset: number;
  /** 0 for kernels older than 3.17, which do not state it. */
  imageSize: number;
  /** The raw 64-bit flags field. */
  flags: bigint;
  bigEndian: boolean;
  /** Kernel page size in bytes from flags bits 1-2; 0 = unspecified. */
  pageSize: 0 | 4096 | 16384 | 65536;
  /** Flags bit 3: true = may be placed anywhere in RAM (2 MiB aligned); false = near the base of DRAM. */
  physAnywhere: boolean;
  /** res5 at 0x3c: the PE header offset when the Image carries an EFI stub ("MZ" at 0), else 0. */
  peOffset: number;
  /** The Image also is a PE/COFF EFI application ("MZ" at offset 0). */
  efiStub: boolean;
}

export type KernelFormat =
  | 'image' | 'elf' | 'gzip' | 'xz' | 'zstd' | 'bzip2' | 'lz4' | 'lzma' | 'lzo' | 'efi-zboot' | 'pe' | 'uimage' | 'unknown';

/** The compressed formats Linux can build a kernel in (arch/arm64/boot: Image.gz, Image.zst, ...). */
export type Compression = 'gzip' | 'xz' | 'zstd' | 'bzip2' | 'lz4' | 'lzma' | 'lzo';

const startsWith = (buf: Uint8Array, bytes: number[], at = 0): boolean =>
  buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);

const u32le = (buf: Uint8Array, o: number): number =>
  (buf[o]! | (buf[o + 1]! << 8) | (buf[o + 2]! << 16) | (buf[o + 3]! << 24)) >>> 0;

/** What kind of kernel file `buf` is, from its magic numbers. */
export function detectKernelFormat(buf: Uint8Array): KernelFormat {
  if (buf.length >= ARM64_IMAGE_MAGIC_OFFSET + 4 && u32le(buf, ARM64_IMAGE_MAGIC_OFFSET) === ARM64_IMAGE_MAGIC) return 'image';
  if (startsWith(buf, [0x7f, 0x45, 0x4c, 0x46])) return 'elf';
  if (startsWith(buf, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(buf, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz';
  if (startsWith(buf, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd';
  if (startsWith(buf, [0x42, 0x5a, 0x68])) return 'bzip2';
  if (startsWith(buf, [0x04, 0x22, 0x4d, 0x18]) || startsWith(buf, [0x02, 0x21, 0x4c, 0x18])) return 'lz4';
  if (startsWith(buf, [0x5d, 0x00, 0x00])) return 'lzma';
  if (startsWith(buf, [0x89, 0x4c, 0x5a, 0x4f, 0x00, 0x0d, 0x0a, 0x1a, 0x0a])) return 'lzo';
  // EFI zboot (CONFIG_EFI_ZBOOT, vmlinuz.efi): "MZ", then "zimg" at offset 4.
  if (startsWith(buf, [0x4d, 0x5a]) && startsWith(buf, [0x7a, 0x69, 0x6d, 0x67], 4)) return 'efi-zboot';
  if (startsWith(buf, [0x4d, 0x5a])) return 'pe';
  if (startsWith(buf, [0x27, 0x05, 0x19, 0x56])) return 'uimage';
  return 'unknown';
}

/** The command that decompresses each format (the hint in the messages). */
export const DECOMPRESS_COMMAND: Record<Compression, string> = {
  gzip: 'gunzip', xz: 'unxz', zstd: 'unzstd', bzip2: 'bunzip2', lz4: 'lz4 -d', lzma: 'unlzma', lzo: 'lzop -d',
};

export function isCompression(f: KernelFormat): f is Compression {
  return f in DECOMPRESS_COMMAND;
}

/** "an xz-", "an lz4-", "a zstd-": the article as the name is read out. */
export function compressedArticle(c: Compression): 'a' | 'an' {
  return c === 'xz' || c.startsWith('lz') ? 'an' : 'a';
}

/**
 * What a kernel file of this format is and what to do instead, for the formats that are not a
 * raw Image: { what: 'an xz-compressed kernel', hint: 'decompress it first (e.g. unxz) or give
 * the Image' }. Undefined for a raw Image and for unrecognised bytes.
 */
export function kernelFormatInfo(format: KernelFormat): { what: string; hint: string } | undefined {
  if (isCompression(format)) {
    return { what: `${compressedArticle(format)} ${format}-compressed kernel`, hint: `decompress it first (e.g. ${DECOMPRESS_COMMAND[format]}) or give the Image` };
  }
  switch (format) {
    case 'efi-zboot':
      return { what: 'an EFI zboot image (a compressed vmlinuz.efi)', hint: 'give the Image it carries' };
    case 'pe':
      return { what: 'a PE/COFF EFI application without an arm64 Image header (no "ARM\\x64" magic at 0x38)', hint: 'only an arm64 Image (raw or gzip-compressed) or an ELF boots directly' };
    case 'uimage':
      return { what: 'a U-Boot uImage', hint: 'strip its 64-byte header (dd bs=64 skip=1), decompress what it holds if needed, and give the Image' };
    case 'elf':
      return { what: 'an ELF file', hint: 'it takes the ELF loader' };
    default:
      return undefined;
  }
}

/** Parses the arm64 Image header of `buf` (the whole kernel file or at least its first 64 bytes). */
export function parseImageHeader(buf: Uint8Array): Arm64ImageHeader {
  if (buf.length === 0) throw new ImageError('kernel file is empty');
  const info = kernelFormatInfo(detectKernelFormat(buf));
  if (info) throw new ImageError(`not a raw arm64 Image: this is ${info.what}; ${info.hint}`);
  if (buf.length < ARM64_IMAGE_HEADER_BYTES) {
    throw new ImageError(`kernel is truncated: ${buf.length} bytes, shorter than the ${ARM64_IMAGE_HEADER_BYTES}-byte arm64 Image header`);
  }
  const dv = new DataView(buf.buffer, buf.byteOffset, ARM64_IMAGE_HEADER_BYTES);
  const magic = dv.getUint32(ARM64_IMAGE_MAGIC_OFFSET, true);
  if (magic !== ARM64_IMAGE_MAGIC) {
    throw new ImageError(`not an arm64 Image: bad magic 0x${magic.toString(16).padStart(8, '0')} at offset 0x38 (want 0x644d5241, "ARM\\x64")`);
  }
  const flags = dv.getBigUint64(0x18, true);
  if (flags & FLAG_BE) throw new ImageError('kernel is a big-endian arm64 Image (flags bit 0 set): only little-endian guests are supported');
  const textOffset = dv.getBigUint64(0x08, true);
  const imageSize = dv.getBigUint64(0x10, true);
  const safe = (v: bigint, name: string): number => {
    // Anything this large cannot be placed in a 4 GiB physical map anyway.
    if (v >= 1n << 32n) throw new ImageError(`arm64 Image header ${name} 0x${v.toString(16)} is implausibly large (corrupt header?)`);
    return Number(v);
  };
  const pageSize = ([0, 4096, 16384, 65536] as const)[Number((flags >> 1n) & 3n)]!;
  const code0 = dv.getUint32(0x00, true);
  return {
    code0,
    code1: dv.getUint32(0x04, true),
    textOffset: safe(textOffset, 'text_offset'),
    imageSize: safe(imageSize, 'image_size'),
    flags,
    bigEndian: false,
    pageSize,
    physAnywhere: (flags & FLAG_PHYS_ANYWHERE) !== 0n,
    peOffset: dv.getUint32(0x3c, true),
    efiStub: (code0 & 0xffff) === 0x5a4d,
  };
}

/**
 * What a raw binary (a file with no arm64 Image header) boots as: QEMU's arm_load_aarch64_image
 * treats it as an Image without image_size, so it goes to RAM base + 0x80000 behind the same boot
 * stub (x0 = the device tree).
 */
export const RAW_BINARY_HEADER: Arm64ImageHeader = {
  code0: 0, code1: 0, textOffset: 0, imageSize: 0, flags: 0n, bigEndian: false, pageSize: 0,
  physAnywhere: false, peOffset: 0, efiStub: false,
};

/** One line describing the header, for logs: "text_offset 0x0 image_size 27983872 flags 0xa (LE, 4K pages, anywhere, EFI stub)". */
export function describeImageHeader(h: Arm64ImageHeader): string {
  const bits = [
    h.bigEndian ? 'BE' : 'LE',
    h.pageSize ? `${h.pageSize / 1024}K pages` : 'page size unspecified',
    h.physAnywhere ? 'anywhere' : 'near DRAM base',
  ];
  if (h.efiStub) bits.push('EFI stub');
  const size = h.imageSize === 0 ? 'image_size 0 (pre-3.17 kernel)' : `image_size ${h.imageSize}`;
  return `text_offset 0x${h.textOffset.toString(16)} ${size} flags 0x${h.flags.toString(16)} (${bits.join(', ')})`;
}
