// ELF64 loading with QEMU's `-kernel` semantics for ELF files: every PT_LOAD segment is copied
// to its physical address (p_paddr), the rest of p_memsz is zeroed, and the entry point is
// where the vCPU starts. Anything malformed is an ElfError with a one-line reason.

export class ElfError extends Error {}

export interface ElfSegment {
  paddr: number;
  vaddr: bigint;
  fileBytes: Uint8Array;
  memSize: number;
}

export interface ElfImage {
  entry: bigint;
  segments: ElfSegment[];
}

const PT_LOAD = 1;
const EM_AARCH64 = 183;

export function isElf(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x7f && buf[1] === 0x45 && buf[2] === 0x4c && buf[3] === 0x46;
}

const ET_EXEC = 2, ET_DYN = 3;

export function parseElf(buf: Uint8Array): ElfImage {
  if (!isElf(buf)) throw new ElfError('not an ELF file (bad magic)');
  if (buf.length < 64) throw new ElfError(`truncated ELF header (${buf.length} bytes)`);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf[4] !== 2) throw new ElfError('not a 64-bit ELF (EI_CLASS is not ELFCLASS64)');
  if (buf[5] !== 1) throw new ElfError('not a little-endian ELF');
  const type = dv.getUint16(16, true);
  // ET_DYN (a position-independent executable) loads by its program headers too, unrelocated, as
  // QEMU's load_elf does: such a program is linked where it runs.
  if (type !== ET_EXEC && type !== ET_DYN) throw new ElfError(`ELF type ${type} is neither an executable (ET_EXEC) nor a position-independent one (ET_DYN)`);
  const machine = dv.getUint16(18, true);
  if (machine !== EM_AARCH64) throw new ElfError(`ELF machine ${machine} is not AArch64 (183)`);
  const entry = dv.getBigUint64(24, true);
  const phoff = Number(dv.getBigUint64(32, true));
  const phentsize = dv.getUint16(54, true);
  const phnum = dv.getUint16(56, true);
  if (phnum === 0) throw new ElfError('ELF has no program headers');
  if (phentsize < 56) throw new ElfError(`ELF program header size ${phentsize} is too small`);
  if (phoff + phnum * phentsize > buf.length) throw new ElfError('truncated ELF: program headers run past the end of the file');

  const segments: ElfSegment[] = [];
  for (let k = 0; k < phnum; k++) {
    const o = phoff + k * phentsize;
    if (dv.getUint32(o, true) !== PT_LOAD) continue;
    const offset = dv.getBigUint64(o + 8, true);
    const vaddr = dv.getBigUint64(o + 16, true);
    const paddr = dv.getBigUint64(o + 24, true);
    const filesz = dv.getBigUint64(o + 32, true);
    const memsz = dv.getBigUint64(o + 40, true);
    if (filesz > memsz) throw new ElfError(`ELF segment ${k}: file size exceeds memory size`);
    if (offset + filesz > BigInt(buf.length)) throw new ElfError(`truncated ELF: segment ${k} runs past the end of the file`);
    if (paddr + memsz > 0x1_0000_0000n) throw new ElfError(`ELF segment ${k} at physical 0x${paddr.toString(16)} is beyond the 4 GiB physical map`);
    if (memsz === 0n) continue;
    segments.push({
      paddr: Number(paddr), vaddr,
      fileBytes: buf.subarray(Number(offset), Number(offset + filesz)),
      memSize: Number(memsz),
    });
  }
  if (segments.length === 0) throw new ElfError('ELF has no loadable segments');
  return { entry, segments };
}

/** "ARM\x64" at offset 0x38 of an arm64 Image header. */
const ARM64_IMAGE_MAGIC = 0x644d5241;

/**
 * A Linux arm64 `vmlinux`: an AArch64 ELF whose entry point is the start of an arm64 Image
 * header ("ARM\x64" 0x38 bytes in; arch/arm64/kernel/head.S, `ENTRY(_text)` in vmlinux.lds.S).
 * Its program headers carry link-time virtual addresses as physical ones (p_paddr = p_vaddr,
 * e.g. 0xffff800008000000). Returns the entry (the link address of _text), or undefined for
 * any other file.
 */
export function linuxVmlinuxEntry(buf: Uint8Array): bigint | undefined {
  if (!isElf(buf) || buf.length < 64 || buf[4] !== 2 || buf[5] !== 1) return undefined;
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (dv.getUint16(18, true) !== EM_AARCH64) return undefined;
  const entry = dv.getBigUint64(24, true);
  const phoff = dv.getBigUint64(32, true);
  const phentsize = dv.getUint16(54, true);
  const phnum = dv.getUint16(56, true);
  if (phentsize < 56 || phoff + BigInt(phnum * phentsize) > BigInt(buf.length)) return undefined;
  for (let k = 0; k < phnum; k++) {
    const o = Number(phoff) + k * phentsize;
    if (dv.getUint32(o, true) !== PT_LOAD) continue;
    const offset = dv.getBigUint64(o + 8, true);
    const vaddr = dv.getBigUint64(o + 16, true);
    const filesz = dv.getBigUint64(o + 32, true);
    if (entry < vaddr || entry + 0x40n > vaddr + filesz) continue;
    const at = offset + (entry - vaddr) + 0x38n;
    if (at + 4n > BigInt(buf.length)) return undefined;
    return dv.getUint32(Number(at), true) === ARM64_IMAGE_MAGIC ? entry : undefined;
  }
  return undefined;
}

/**
 * A Linux vmlinux flattened into the arm64 Image it was made from, as the kernel's build does
 * (`objcopy -O binary`): the PT_LOAD segments' file bytes laid out by virtual address from the
 * entry (_text, where the Image header is) to the end of the last one, gaps zero-filled. The
 * Image header's image_size still covers .bss, which the kernel clears itself. QEMU starts a
 * vmlinux at its unmapped link address instead; this boots it as the Image it stands for.
 * Throws ElfError for segments below the entry or an Image larger than `maxBytes`.
 */
export function vmlinuxToImage(buf: Uint8Array, maxBytes: number): Uint8Array {
  const entry = linuxVmlinuxEntry(buf);
  if (entry === undefined) throw new ElfError('not a Linux vmlinux (no arm64 Image header at the entry point)');
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const phoff = Number(dv.getBigUint64(32, true));
  const phentsize = dv.getUint16(54, true);
  const phnum = dv.getUint16(56, true);
  const parts: { at: number; bytes: Uint8Array }[] = [];
  let end = 0;
  for (let k = 0; k < phnum; k++) {
    const o = phoff + k * phentsize;
    if (dv.getUint32(o, true) !== PT_LOAD) continue;
    const offset = dv.getBigUint64(o + 8, true);
    const vaddr = dv.getBigUint64(o + 16, true);
    const filesz = dv.getBigUint64(o + 32, true);
    if (filesz === 0n) continue;
    if (vaddr < entry) throw new ElfError(`vmlinux segment ${k} at 0x${vaddr.toString(16)} lies below the entry 0x${entry.toString(16)}`);
    if (offset + filesz > BigInt(buf.length)) throw new ElfError(`truncated vmlinux: segment ${k} runs past the end of the file`);
    const at = vaddr - entry;
    if (at + filesz > BigInt(maxBytes)) throw new ElfError(`vmlinux flattens to more than ${maxBytes} bytes (segment ${k} ends at +0x${(at + filesz).toString(16)})`);
    parts.push({ at: Number(at), bytes: buf.subarray(Number(offset), Number(offset + filesz)) });
    end = Math.max(end, Number(at + filesz));
  }
  const image = new Uint8Array(end);
  for (const p of parts) image.set(p.bytes, p.at);
  return image;
}
