// Symbol addresses from an ELF's symbol table (a kernel's vmlinux, a firmware ELF), for the
// runner's `break SYMBOL` and `check-reg pc == SYMBOL`. src/loader/elf.ts reads only what loading
// needs (program headers); this reads the section headers, the symbol table and its string table,
// by offset, so a 270 MB vmlinux with debug info costs a few MB of reads.

import { openSync, readSync, closeSync, fstatSync } from 'node:fs';

export class SymbolFileError extends Error {}

const SHT_SYMTAB = 2;
const STT_SECTION = 3, STT_FILE = 4;
const STB_LOCAL = 0;

/** Name -> address; a global (or weak) definition wins over a local one of the same name. */
export type SymbolTable = ReadonlyMap<string, bigint>;

const tables = new Map<string, SymbolTable>();

/** The symbols of `file`, read once per process (a script's steps and its session share them). */
export function readSymbols(file: string): SymbolTable {
  let t = tables.get(file);
  if (!t) {
    t = readSymbolFile(file);
    tables.set(file, t);
  }
  return t;
}

function readSymbolFile(file: string): SymbolTable {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new SymbolFileError(`cannot read symbols from '${file}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    const size = fstatSync(fd).size;
    const read = (offset: number, length: number): Buffer => {
      if (offset < 0 || length < 0 || offset + length > size) throw new SymbolFileError(`'${file}': truncated ELF (needs bytes ${offset}..${offset + length})`);
      const buf = Buffer.alloc(length);
      readSync(fd, buf, 0, length, offset);
      return buf;
    };
    const h = read(0, Math.min(64, size));
    if (h.length < 64 || h.readUInt32BE(0) !== 0x7f454c46) throw new SymbolFileError(`'${file}' is not an ELF file`);
    if (h[4] !== 2 || h[5] !== 1) throw new SymbolFileError(`'${file}' is not a 64-bit little-endian ELF`);
    const shoff = Number(h.readBigUInt64LE(0x28)), shentsize = h.readUInt16LE(0x3a), shnum = h.readUInt16LE(0x3c);
    if (shnum === 0 || shentsize < 64) throw new SymbolFileError(`'${file}' has no section headers`);
    const sh = read(shoff, shnum * shentsize);
    const section = (k: number) => ({
      type: sh.readUInt32LE(k * shentsize + 4),
      offset: Number(sh.readBigUInt64LE(k * shentsize + 24)),
      size: Number(sh.readBigUInt64LE(k * shentsize + 32)),
      link: sh.readUInt32LE(k * shentsize + 40),
    });
    let symtab;
    for (let k = 0; k < shnum && !symtab; k++) if (section(k).type === SHT_SYMTAB) symtab = section(k);
    if (!symtab) throw new SymbolFileError(`'${file}' has no symbol table (stripped?)`);
    if (symtab.link >= shnum) throw new SymbolFileError(`'${file}': bad symbol table string link`);
    const strSec = section(symtab.link);
    const syms = read(symtab.offset, symtab.size);
    const strs = read(strSec.offset, strSec.size).toString('latin1');
    const table = new Map<string, bigint>();
    const local = new Set<string>();
    for (let o = 24; o + 24 <= syms.length; o += 24) { // entry 0 is the null symbol
      const info = syms[o + 4], shndx = syms.readUInt16LE(o + 6);
      const type = info & 15, bind = info >> 4;
      if (shndx === 0 || type === STT_SECTION || type === STT_FILE) continue;
      const nameAt = syms.readUInt32LE(o);
      const end = strs.indexOf('\0', nameAt);
      const name = strs.slice(nameAt, end < 0 ? strs.length : end);
      if (name === '') continue;
      const value = syms.readBigUInt64LE(o + 8);
      if (!table.has(name) || (local.has(name) && bind !== STB_LOCAL)) {
        table.set(name, value);
        if (bind === STB_LOCAL) local.add(name); else local.delete(name);
      }
    }
    return table;
  } finally {
    closeSync(fd);
  }
}
