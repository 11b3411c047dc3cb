// From a kernel file to the bytes that boot, as QEMU's `-kernel` takes them on AArch64
// (hw/arm/boot.c arm_setup_direct_kernel_boot: an ELF first, then a U-Boot uImage, then
// load_aarch64_image: the file gunzipped when it is gzip data, else raw):
//
//   ELF                      untouched: the ELF loader places it (src/loader/elf.ts)
//   raw arm64 Image          untouched
//   gzip-compressed Image    inflated (Image.gz; Ubuntu's and many distributions' vmlinuz),
//                            bounded by the guest's RAM and by QEMU's 256 MiB
//                            (LOAD_IMAGE_MAX_GUNZIP_BYTES, include/hw/loader.h)
//   EFI zboot, gzip payload  the payload inflated (QEMU 8.0 and later: unpack_efi_zboot_image;
//                            Linux drivers/firmware/efi/libstub/zboot-header.S)
//
// Every other format (xz, zstd, bzip2, lz4, lzma, lzo, a zboot image with one of those
// payloads, a uImage, a PE file without the Image header) is an ImageError with one line that
// names it and says what to do. Messages are predicates for "'FILE': ...", e.g. "is a
// zstd-compressed kernel; decompress it first (e.g. unzstd) or give the Image".

import { gunzipSync } from 'node:zlib';
import { constants as bufferConstants } from 'node:buffer';
import { ImageError, detectKernelFormat, kernelFormatInfo, isCompression, compressedArticle, DECOMPRESS_COMMAND, type KernelFormat, type Compression } from './image.ts';

const MiB = 1024 * 1024;

/** QEMU's bound on an inflated kernel: LOAD_IMAGE_MAX_GUNZIP_BYTES (include/hw/loader.h). */
export const QEMU_MAX_GUNZIP_BYTES = 256 * MiB;

/** The EFI zboot header (zboot-header.S): "MZ", "zimg", payload offset and size, compression name. */
export interface ZbootHeader {
  payloadOffset: number;
  payloadSize: number;
  /** As written in the header: "gzip", "lz4", "lzma", "lzo", "xzkern", "zstd22". */
  compressionName: string;
  /** The same as a format, when it is one we know. */
  compression: Compression | undefined;
}

const ZBOOT_NAME_OFFSET = 24;
const ZBOOT_NAME_END = 0x38; // the name field runs up to the PE magic at 0x38
const ZBOOT_COMPRESSION: Record<string, Compression> = {
  gzip: 'gzip', lz4: 'lz4', lzma: 'lzma', lzo: 'lzo', xzkern: 'xz', zstd22: 'zstd', zstd: 'zstd', xz: 'xz', bzip2: 'bzip2',
};

export function parseZbootHeader(buf: Uint8Array): ZbootHeader {
  if (buf.length < ZBOOT_NAME_END + 8) throw new ImageError(`is a truncated EFI zboot image (${buf.length} bytes, shorter than its header)`);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let name = '';
  for (let o = ZBOOT_NAME_OFFSET; o < ZBOOT_NAME_END && buf[o] !== 0; o++) {
    const c = buf[o]!;
    name += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '?';
  }
  return {
    payloadOffset: dv.getUint32(8, true),
    payloadSize: dv.getUint32(12, true),
    compressionName: name,
    compression: ZBOOT_COMPRESSION[name],
  };
}

const formatMiB = (n: number): string => `${Number.isInteger(n / MiB) ? n / MiB : (n / MiB).toFixed(1)} MiB`;

/**
 * Inflates gzip data to at most `limit` bytes. `what` names the data in messages ("gzip-compressed
 * kernel", "EFI zboot image's gzip payload"); `why` says where the limit comes from.
 */
export function gunzipBounded(data: Uint8Array, limit: number, what: string, why: string): Uint8Array {
  const max = Math.max(1, Math.min(limit, bufferConstants.MAX_LENGTH));
  try {
    const out = gunzipSync(data, { maxOutputLength: max });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ImageError(`is a ${what} that inflates to more than ${formatMiB(max)} (${why}): not a kernel, or a gzip bomb`);
    }
    if (err.code === 'Z_BUF_ERROR') {
      throw new ImageError(`is a truncated ${what}: the gzip data ends early (${data.length} bytes); copy it again or give the Image`);
    }
    if (typeof err.code === 'string' && err.code.startsWith('Z_')) {
      throw new ImageError(`is a corrupt ${what} (zlib: ${err.message}); copy it again or give the Image`);
    }
    throw new ImageError(`is a ${what} that cannot be inflated: ${err.message ?? String(e)}`);
  }
}

export interface UnpackedKernel {
  /**
   * 'raw': the file itself, an arm64 Image; 'binary': a file with no signature QEMU knows (no
   * Image header, not ELF, not compressed), booted as a raw binary; 'elf'; or what was unpacked.
   */
  format: 'raw' | 'binary' | 'elf' | 'gzip' | 'efi-zboot';
  /** The Image (or ELF, or unrecognised bytes) to boot. */
  bytes: Uint8Array;
  /** Size of the file as given. */
  fileBytes: number;
  /** For logs: "gzip-compressed, 9.4 MiB inflated to 26.0 MiB"; undefined for an untouched file. */
  note?: string;
}

export interface UnpackOptions {
  /** Guest RAM: nothing larger can boot, so nothing larger is inflated. */
  ramBytes: number;
  /** The file's name, for the command lines in hints. Default "vmlinuz". */
  name?: string;
}

/** A shell-safe rendering of a file name for a hint. */
const shellWord = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/**
 * The bytes to boot from a kernel file, decompressed the way QEMU does on AArch64. Throws an
 * ImageError (one line, a predicate for "'FILE': ") for a format that does not boot.
 */
export function unpackKernel(file: Uint8Array, opts: UnpackOptions): UnpackedKernel {
  const format = detectKernelFormat(file);
  const limit = Math.min(opts.ramBytes, QEMU_MAX_GUNZIP_BYTES);
  const why = limit === opts.ramBytes ? `the guest's RAM is ${formatMiB(opts.ramBytes)}` : `QEMU's limit for a compressed kernel`;
  const name = shellWord(opts.name ?? 'vmlinuz');
  switch (format) {
    case 'image':
      return { format: 'raw', bytes: file, fileBytes: file.length };
    case 'unknown':
      // No signature at all: QEMU loads such a file as a raw binary (hw/arm/boot.c).
      return { format: 'binary', bytes: file, fileBytes: file.length };
    case 'elf':
      return { format: 'elf', bytes: file, fileBytes: file.length };
    case 'gzip': {
      const bytes = gunzipBounded(file, limit, 'gzip-compressed kernel', why);
      checkInflated(bytes, 'a gzip-compressed file', 'gunzip it and give the ELF');
      return { format, bytes, fileBytes: file.length, note: `gzip-compressed, ${sizeText(file.length)} inflated to ${sizeText(bytes.length)}` };
    }
    case 'efi-zboot': {
      const z = parseZbootHeader(file);
      const where = `payload at offset ${z.payloadOffset}, ${z.payloadSize} bytes`;
      if (z.payloadOffset < ZBOOT_NAME_END + 8 || z.payloadSize === 0 || z.payloadOffset + z.payloadSize > file.length) {
        throw new ImageError(`is a corrupt or truncated EFI zboot image (${where}, but the file has ${file.length} bytes)`);
      }
      if (z.compression !== 'gzip') {
        const kind = z.compression ? `${compressedArticle(z.compression)} ${z.compression}-compressed Image` : `an Image compressed with "${z.compressionName}"`;
        const cmd = z.compression ? DECOMPRESS_COMMAND[z.compression] : 'the matching decompressor';
        throw new ImageError(`is an EFI zboot image carrying ${kind}; only gzip payloads are unpacked: extract it ` +
          `(tail -c +${z.payloadOffset + 1} ${name} | head -c ${z.payloadSize} | ${cmd} > Image) or give the Image`);
      }
      const payload = file.subarray(z.payloadOffset, z.payloadOffset + z.payloadSize);
      const bytes = gunzipBounded(payload, limit, "EFI zboot image's gzip payload", why);
      checkInflated(bytes, 'an EFI zboot image with a payload', 'extract the payload and give what it holds');
      return { format, bytes, fileBytes: file.length, note: `EFI zboot image, gzip payload of ${sizeText(z.payloadSize)} inflated to ${sizeText(bytes.length)}` };
    }
    default: {
      const info = kernelFormatInfo(format)!;
      if (isCompression(format)) {
        throw new ImageError(`is ${info.what}; decompress it first (e.g. ${DECOMPRESS_COMMAND[format]} -c ${name} > Image) or give the Image (gzip is the only compression QEMU and a64dbg inflate)`);
      }
      throw new ImageError(`is ${info.what}; ${info.hint}`);
    }
  }
}

function sizeText(n: number): string {
  return n < MiB ? `${n} bytes` : formatMiB(n);
}

/** What came out of a decompression must be an arm64 Image (QEMU boots it only as one). */
function checkInflated(bytes: Uint8Array, container: string, elfHint: string): void {
  const inner: KernelFormat = detectKernelFormat(bytes);
  if (inner === 'image') return;
  if (inner === 'elf') throw new ImageError(`is ${container} holding an ELF file; a compressed kernel boots only as an arm64 Image (as in QEMU): ${elfHint}`);
  const info = kernelFormatInfo(inner);
  if (info) throw new ImageError(`is ${container} holding ${info.what}, not an arm64 Image`);
  throw new ImageError(`is ${container} holding no arm64 Image (no "ARM\\x64" magic at offset 0x38 of the ${bytes.length} inflated bytes)`);
}
