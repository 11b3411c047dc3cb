// A writer and reader for the "newc" cpio format (the SVR4 ASCII format without checksums,
// magic 070701) — the format the Linux kernel unpacks an initramfs from.
//
// Layout of one member: a 110-byte header of ASCII hex fields (magic "070701", then 13 fields of
// 8 upper-case hex digits: ino, mode, uid, gid, nlink, mtime, filesize, devmajor, devminor,
// rdevmajor, rdevminor, namesize, check), the name with its NUL (namesize counts the NUL),
// zero padding so that header + name ends on a 4-byte boundary, the data, and zero padding to
// 4 bytes again. The archive ends with a member named "TRAILER!!!". GNU cpio (and the kernel's
// own usr/gen_init_cpio) then pad the whole archive to a multiple of 512 bytes; so do we by
// default (the kernel skips the zeros).
//
// Everything is deterministic: uid/gid 0, a fixed mtime, inode numbers assigned in order, and
// gzip through node:zlib (no timestamp or file name in the gzip header).

import { gzipSync, gunzipSync } from 'node:zlib';

export const NEWC_MAGIC = '070701';
export const NEWC_HEADER_SIZE = 110;
export const TRAILER_NAME = 'TRAILER!!!';

/** A fixed modification time for every member (2024-01-01T00:00:00Z): same input, same bytes. */
export const DEFAULT_MTIME = 1704067200;

// File-type bits of st_mode.
export const S_IFMT = 0o170000;
export const S_IFREG = 0o100000;
export const S_IFDIR = 0o040000;
export const S_IFLNK = 0o120000;
export const S_IFCHR = 0o020000;
export const S_IFBLK = 0o060000;

/** Fields every member can override (mostly for reproducing another tool's output exactly). */
interface Common {
  /** Path inside the archive; a leading "/" or "./" is dropped ("/bin/sh" -> "bin/sh"). */
  path: string;
  /** Permission bits (no type bits): 0o644 for files, 0o755 for dirs, 0o777 for symlinks by default. */
  mode?: number;
  uid?: number;
  gid?: number;
  mtime?: number;
  /** Inode number; by default the writer numbers members 1, 2, 3, ... in order (after the highest given). */
  ino?: number;
  /** Link count; 1 by default (2 for directories). Keep regular files at 1: the kernel treats nlink >= 2 as a hard-link group. */
  nlink?: number;
  /** Device holding the file (st_dev); 0 by default. */
  devmajor?: number;
  devminor?: number;
}

export type CpioEntry =
  | (Common & { type: 'file'; data: Uint8Array | string })
  | (Common & { type: 'dir' })
  | (Common & { type: 'symlink'; target: string })
  | (Common & { type: 'chardev' | 'blockdev'; major: number; minor: number });

export interface CpioWriteOptions {
  /** mtime for members that do not set their own (default DEFAULT_MTIME). */
  mtime?: number;
  /** Pad the archive to a multiple of this many bytes after the trailer (default 512; 0 or 1 = none). */
  blockSize?: number;
}

/** One parsed member, as the reader returns it (the trailer is not included). */
export interface CpioMember {
  name: string;
  ino: number;
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  mtime: number;
  devmajor: number;
  devminor: number;
  rdevmajor: number;
  rdevminor: number;
  check: number;
  data: Uint8Array;
  /** Offset of this member's header in the archive. */
  offset: number;
}

const enc = new TextEncoder();
const align4 = (n: number) => (n + 3) & ~3;

function hex8(value: number, field: string, name: string): string {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new Error(`cpio: ${field} of "${name}" does not fit in 32 bits: ${value}`);
  }
  return value.toString(16).toUpperCase().padStart(8, '0');
}

/** Normalises a member path: no leading "/" or "./", no trailing "/", no empty or ".." parts. */
export function normalisePath(path: string): string {
  let p = path;
  while (p.startsWith('./')) p = p.slice(2);
  p = p.replace(/^\/+/, '').replace(/\/+$/, '');
  if (p === '' || p === '.') return '.';
  const parts = p.split('/');
  if (parts.some((s) => s === '' || s === '..' || s === '.')) throw new Error(`cpio: bad path "${path}"`);
  return p;
}

interface HeaderFields {
  ino: number; mode: number; uid: number; gid: number; nlink: number; mtime: number; filesize: number;
  devmajor: number; devminor: number; rdevmajor: number; rdevminor: number; check: number;
}

/** The 110-byte header + name + padding for one member, as bytes. */
export function encodeHeader(name: string, f: HeaderFields): Uint8Array {
  const nameBytes = enc.encode(name);
  const namesize = nameBytes.length + 1;
  const text = NEWC_MAGIC
    + hex8(f.ino, 'ino', name) + hex8(f.mode, 'mode', name) + hex8(f.uid, 'uid', name) + hex8(f.gid, 'gid', name)
    + hex8(f.nlink, 'nlink', name) + hex8(f.mtime, 'mtime', name) + hex8(f.filesize, 'filesize', name)
    + hex8(f.devmajor, 'devmajor', name) + hex8(f.devminor, 'devminor', name)
    + hex8(f.rdevmajor, 'rdevmajor', name) + hex8(f.rdevminor, 'rdevminor', name)
    + hex8(namesize, 'namesize', name) + hex8(f.check, 'check', name);
  const out = new Uint8Array(align4(NEWC_HEADER_SIZE + namesize)); // zero-filled: NUL + padding
  out.set(enc.encode(text), 0);
  out.set(nameBytes, NEWC_HEADER_SIZE);
  return out;
}

/** Writes an uncompressed newc archive holding `entries` in the order given. */
export function writeCpio(entries: readonly CpioEntry[], options: CpioWriteOptions = {}): Uint8Array {
  const defaultMtime = options.mtime ?? DEFAULT_MTIME;
  const blockSize = options.blockSize ?? 512;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const push = (b: Uint8Array) => { chunks.push(b); size += b.length; };
  const seen = new Set<string>();
  let nextIno = 1 + entries.reduce((m, e) => Math.max(m, e.ino ?? 0), 0);

  for (const e of entries) {
    const name = normalisePath(e.path);
    if (seen.has(name)) throw new Error(`cpio: "${name}" is in the archive twice`);
    seen.add(name);
    let type: number, perm: number, data: Uint8Array = new Uint8Array(0), rdevmajor = 0, rdevminor = 0, nlink = 1;
    switch (e.type) {
      case 'file': type = S_IFREG; perm = 0o644; data = typeof e.data === 'string' ? enc.encode(e.data) : e.data; break;
      case 'dir': type = S_IFDIR; perm = 0o755; nlink = 2; break;
      case 'symlink': type = S_IFLNK; perm = 0o777; data = enc.encode(e.target);
        if (e.target === '') throw new Error(`cpio: symlink "${name}" has an empty target`);
        break;
      case 'chardev': case 'blockdev':
        type = e.type === 'chardev' ? S_IFCHR : S_IFBLK; perm = 0o600; rdevmajor = e.major; rdevminor = e.minor; break;
      default: throw new Error(`cpio: unknown entry type ${(e as { type: unknown }).type}`);
    }
    const mode = e.mode ?? perm;
    if ((mode & ~0o7777) !== 0) throw new Error(`cpio: mode of "${name}" must be permission bits only: 0o${mode.toString(8)}`);
    push(encodeHeader(name, {
      ino: e.ino ?? nextIno++, mode: type | mode, uid: e.uid ?? 0, gid: e.gid ?? 0, nlink: e.nlink ?? nlink,
      mtime: e.mtime ?? defaultMtime, filesize: data.length, devmajor: e.devmajor ?? 0, devminor: e.devminor ?? 0,
      rdevmajor, rdevminor, check: 0,
    }));
    if (data.length) {
      push(data);
      const pad = align4(data.length) - data.length;
      if (pad) push(new Uint8Array(pad));
    }
  }
  // The trailer as GNU cpio writes it: every field 0 except nlink 1 and namesize.
  push(encodeHeader(TRAILER_NAME, {
    ino: 0, mode: 0, uid: 0, gid: 0, nlink: 1, mtime: 0, filesize: 0,
    devmajor: 0, devminor: 0, rdevmajor: 0, rdevminor: 0, check: 0,
  }));
  if (blockSize > 1 && size % blockSize) push(new Uint8Array(blockSize - (size % blockSize)));

  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

/** gzip with fixed settings (level 9, no name, mtime 0): identical input gives identical bytes. */
export function gzipDeterministic(data: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(data, { level: 9, memLevel: 9, windowBits: 15, strategy: 0 }));
}

/** writeCpio + gzip: what the kernel takes as an initrd. */
export function writeCpioGz(entries: readonly CpioEntry[], options: CpioWriteOptions = {}): Uint8Array {
  return gzipDeterministic(writeCpio(entries, options));
}

function field(buf: Uint8Array, at: number, index: number): number {
  const start = at + 6 + index * 8;
  const s = String.fromCharCode(...buf.subarray(start, start + 8));
  if (!/^[0-9a-fA-F]{8}$/.test(s)) throw new Error(`cpio: bad header field at offset ${start}: ${JSON.stringify(s)}`);
  return parseInt(s, 16);
}

/**
 * Parses a newc archive (gzip-compressed or not) up to its trailer. Concatenated archives
 * (as the kernel accepts) are read one after another, skipping zero padding between them.
 */
export function readCpio(input: Uint8Array): CpioMember[] {
  const buf = input.length >= 2 && input[0] === 0x1f && input[1] === 0x8b ? new Uint8Array(gunzipSync(input)) : input;
  const dec = new TextDecoder('utf-8', { fatal: true });
  const members: CpioMember[] = [];
  let at = 0;
  for (;;) {
    while (at < buf.length && buf[at] === 0) at++;
    if (at >= buf.length) break;
    if (at + NEWC_HEADER_SIZE > buf.length) throw new Error(`cpio: truncated header at offset ${at}`);
    const magic = String.fromCharCode(...buf.subarray(at, at + 6));
    if (magic !== NEWC_MAGIC && magic !== '070702') throw new Error(`cpio: bad magic ${JSON.stringify(magic)} at offset ${at}`);
    if (at % 4) throw new Error(`cpio: header at offset ${at} is not 4-byte aligned`);
    const f = (i: number) => field(buf, at, i);
    const filesize = f(6), namesize = f(11);
    if (namesize < 1) throw new Error(`cpio: namesize 0 at offset ${at}`);
    const nameEnd = at + NEWC_HEADER_SIZE + namesize;
    if (nameEnd > buf.length) throw new Error(`cpio: truncated name at offset ${at}`);
    if (buf[nameEnd - 1] !== 0) throw new Error(`cpio: name at offset ${at} is not NUL-terminated`);
    const name = dec.decode(buf.subarray(at + NEWC_HEADER_SIZE, nameEnd - 1));
    const dataStart = at + align4(NEWC_HEADER_SIZE + namesize);
    const dataEnd = dataStart + filesize;
    if (dataEnd > buf.length) throw new Error(`cpio: truncated data of "${name}"`);
    const next = at + align4(dataEnd - at);
    if (name !== TRAILER_NAME) {
      members.push({
        name, ino: f(0), mode: f(1), uid: f(2), gid: f(3), nlink: f(4), mtime: f(5),
        devmajor: f(7), devminor: f(8), rdevmajor: f(9), rdevminor: f(10), check: f(12),
        data: buf.slice(dataStart, dataEnd), offset: at,
      });
    }
    at = next;
  }
  return members;
}

/** A member's type as the writer names it. */
export function memberType(m: Pick<CpioMember, 'mode'>): CpioEntry['type'] | 'other' {
  switch (m.mode & S_IFMT) {
    case S_IFREG: return 'file';
    case S_IFDIR: return 'dir';
    case S_IFLNK: return 'symlink';
    case S_IFCHR: return 'chardev';
    case S_IFBLK: return 'blockdev';
    default: return 'other';
  }
}
