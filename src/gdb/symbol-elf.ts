// An ELF file gdb reads names from (issue #16): kallsyms as a symbol table, no code, no debug
// info. The kernel's text is one SHT_NOBITS section (allocated, executable, no contents), so gdb
// knows its symbols are functions in code and still reads every instruction from the target.
// Text symbols get a size that reaches the next higher address, so `x/i` and `bt` name the
// function an address is in; other kinds are absolute objects. Call-frame information for the
// functions, when given (src/gdb/frame-info.ts), goes in a .debug_frame section.

import type { KernelSymbol } from './kallsyms.ts';

const EM_AARCH64 = 183, ET_EXEC = 2;
const SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_NOBITS = 8;
const SHF_ALLOC = 2, SHF_EXECINSTR = 4;
const STB_LOCAL = 0, STB_GLOBAL = 1, STB_WEAK = 2, STT_OBJECT = 1, STT_FUNC = 2;
const SHN_ABS = 0xfff1;
const TEXT = 1; // section index of .text
/** A text symbol's size never runs past this (the last symbol, or one before a large gap). */
const MAX_FUNCTION_BYTES = 1 << 20;

const isText = (t: string): boolean => 'TtWw'.includes(t);

/** Each distinct text address with the bytes up to the next one (at most MAX_FUNCTION_BYTES). */
export function textRanges(symbols: readonly KernelSymbol[]): { start: bigint; size: number }[] {
  const text = [...new Set(symbols.filter((s) => isText(s.type)).map((s) => s.address))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return text.map((a, k) => ({ start: a, size: k + 1 < text.length ? Math.min(Number(text[k + 1] - a), MAX_FUNCTION_BYTES) : 4 }));
}

/** A kallsyms type letter's ELF binding: lower case local, upper case global, w/W/v/V weak. */
function binding(type: string): number {
  return 'wWvV'.includes(type) ? STB_WEAK : type === type.toUpperCase() ? STB_GLOBAL : STB_LOCAL;
}

/** The ELF bytes for `symbols` (kallsyms order or any order), with `frames` as .debug_frame. */
export function symbolElf(symbols: readonly KernelSymbol[], frames?: Uint8Array): Uint8Array {
  const ranges = textRanges(symbols);
  const sizes = new Map(ranges.map((r) => [r.start, r.size]));
  const textLo = ranges.length ? ranges[0].start : 0n;
  const textHi = ranges.length ? ranges[ranges.length - 1].start + 4n : 0n;

  // Locals first: sh_info is the index of the first non-local symbol.
  const locals = symbols.filter((s) => binding(s.type) === STB_LOCAL);
  const ordered = [...locals, ...symbols.filter((s) => binding(s.type) !== STB_LOCAL)];
  const firstGlobal = 1 + locals.length;

  const strs: Buffer[] = [Buffer.from([0])];
  let strLen = 1;
  const sym = Buffer.alloc(24 * (ordered.length + 1));
  ordered.forEach((s, k) => {
    const o = 24 * (k + 1);
    sym.writeUInt32LE(strLen, o);
    const name = Buffer.from(s.name + '\0', 'latin1');
    strs.push(name);
    strLen += name.length;
    const text = isText(s.type);
    sym[o + 4] = (binding(s.type) << 4) | (text ? STT_FUNC : STT_OBJECT);
    sym[o + 5] = 0;
    sym.writeUInt16LE(text ? TEXT : SHN_ABS, o + 6);
    sym.writeBigUInt64LE(s.address, o + 8);
    sym.writeBigUInt64LE(BigInt(text ? sizes.get(s.address)! : 0), o + 16);
  });
  const strtab = Buffer.concat(strs);
  const shstr = Buffer.from('\0.text\0.symtab\0.strtab\0.shstrtab\0.debug_frame\0', 'latin1');
  const cfi = frames ?? new Uint8Array(0);
  const name = (n: string): number => shstr.indexOf(Buffer.from(n + '\0', 'latin1'));

  const symOff = 64;
  const strOff = symOff + sym.length;
  const shstrOff = strOff + strtab.length;
  const cfiOff = align8(shstrOff + shstr.length);
  const shOff = align8(cfiOff + cfi.length);
  const nsections = frames ? 6 : 5;
  const out = Buffer.alloc(shOff + 64 * nsections);
  // ELF header
  out.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 0);
  out.writeUInt16LE(ET_EXEC, 16);
  out.writeUInt16LE(EM_AARCH64, 18);
  out.writeUInt32LE(1, 20);
  out.writeBigUInt64LE(BigInt(shOff), 40);
  out.writeUInt16LE(64, 52);  // e_ehsize
  out.writeUInt16LE(56, 54);  // e_phentsize
  out.writeUInt16LE(64, 58);  // e_shentsize
  out.writeUInt16LE(nsections, 60); // e_shnum
  out.writeUInt16LE(4, 62);   // e_shstrndx
  sym.copy(out, symOff);
  strtab.copy(out, strOff);
  shstr.copy(out, shstrOff);
  out.set(cfi, cfiOff);
  const section = (k: number, nm: number, type: number, flags: number, addr: bigint, off: number, size: bigint, link: number, info: number, alignment: number, entsize: number): void => {
    const o = shOff + 64 * k;
    out.writeUInt32LE(nm, o); out.writeUInt32LE(type, o + 4);
    out.writeBigUInt64LE(BigInt(flags), o + 8); out.writeBigUInt64LE(addr, o + 16);
    out.writeBigUInt64LE(BigInt(off), o + 24); out.writeBigUInt64LE(size, o + 32);
    out.writeUInt32LE(link, o + 40); out.writeUInt32LE(info, o + 44);
    out.writeBigUInt64LE(BigInt(alignment), o + 48); out.writeBigUInt64LE(BigInt(entsize), o + 56);
  };
  section(TEXT, name('.text'), SHT_NOBITS, SHF_ALLOC | SHF_EXECINSTR, textLo, symOff, textHi - textLo, 0, 0, 4, 0);
  section(2, name('.symtab'), SHT_SYMTAB, 0, 0n, symOff, BigInt(sym.length), 3, firstGlobal, 8, 24);
  section(3, name('.strtab'), SHT_STRTAB, 0, 0n, strOff, BigInt(strtab.length), 0, 0, 1, 0);
  section(4, name('.shstrtab'), SHT_STRTAB, 0, 0n, shstrOff, BigInt(shstr.length), 0, 0, 1, 0);
  if (frames) section(5, name('.debug_frame'), SHT_PROGBITS, 0, 0n, cfiOff, BigInt(cfi.length), 0, 0, 8, 0);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function align8(x: number): number { return (x + 7) & ~7; }
