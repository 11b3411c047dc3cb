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
// Anything that is not a raw little-endian Image (gzip or other compressed kernels, EFI zboot
// images, bare PE files, U-Boot uImages) is an ImageError with a one-line reason. ELF files
// are recognised only to say so: they take the ELF path (src/loader/elf.ts).

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
  | 'image' | 'elf' | 'gzip' | 'xz' | 'zstd' | 'bzip2' | 'lz4' | 'lzma' | 'efi-zboot' | 'pe' | 'uimage' | 'unknown';

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
  // EFI zboot (CONFIG_EFI_ZBOOT, vmlinuz.efi): "MZ", then "zimg" at offset 4.
  if (startsWith(buf, [0x4d, 0x5a]) && startsWith(buf, [0x7a, 0x69, 0x6d, 0x67], 4)) return 'efi-zboot';
  if (startsWith(buf, [0x4d, 0x5a])) return 'pe';
  if (startsWith(buf, [0x27, 0x05, 0x19, 0x56])) return 'uimage';
  return 'unknown';
}

function rejectFormat(format: KernelFormat): string | undefined {
  switch (format) {
    case 'gzip': case 'xz': case 'zstd': case 'bzip2': case 'lz4': case 'lzma':
      return `kernel is ${format}-compressed, not a raw arm64 Image: decompress it first (e.g. \`${format === 'gzip' ? 'gunzip' : format === 'bzip2' ? 'bunzip2' : format === 'lz4' ? 'lz4 -d' : format === 'lzma' ? 'unlzma' : format === 'xz' ? 'unxz' : 'unzstd'} -c vmlinuz > Image\`)`;
    case 'efi-zboot':
      return 'kernel is an EFI zboot image (compressed vmlinuz.efi), not a raw arm64 Image: extract the Image from its payload first';
    case 'pe':
      return 'kernel is a PE/COFF EFI application without an arm64 Image header (no "ARM\\x64" magic at 0x38): only a raw arm64 Image or an ELF boots directly';
    case 'uimage':
      return 'kernel is a U-Boot uImage, not a raw arm64 Image: strip the 64-byte uImage header (and decompress) first';
    case 'elf':
      return 'kernel is an ELF file, not an arm64 Image: it takes the ELF loader';
    default:
      return undefined;
  }
}

/** Parses the arm64 Image header of `buf` (the whole kernel file or at least its first 64 bytes). */
export function parseImageHeader(buf: Uint8Array): Arm64ImageHeader {
  if (buf.length === 0) throw new ImageError('kernel file is empty');
  const format = detectKernelFormat(buf);
  const why = rejectFormat(format);
  if (why) throw new ImageError(why);
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
