// The running kernel's own symbol table (issue #16): kallsyms, found in guest RAM with no help from
// the guest and no debug package. scripts/kallsyms.c lays the tables out in .rodata as
//
//   kallsyms_offsets[n] (s32), kallsyms_relative_base (u64), kallsyms_num_syms, kallsyms_names,
//   kallsyms_markers[(n + 255) / 256] (u32), [kallsyms_seqs_of_names (6.2+ and backports)],
//   kallsyms_token_table (256 NUL-terminated strings), kallsyms_token_index[256] (u16),
//
// each label aligned to 8. Nothing here depends on one kernel build's offsets: the token table is
// recognised by the single-character tokens of the digits ("0\0" .. "9\0": digits occur in symbol
// names, so their byte values keep their own meaning) and confirmed by its index; the symbol
// count is the u32 before kallsyms_names whose names decode to exactly the offsets the markers
// record. A name is a length (one byte, or two when the first has bit 7 set: 6.1's long Rust
// names) and that many token numbers; its first character is the type letter /proc/kallsyms
// shows. Addresses are base-relative (arm64 has no absolute per-cpu symbols): relative_base +
// (u32) offset. relative_base is a relocated quad: 0 in the Image file and until the kernel has
// relocated itself, then the runtime address of the lowest symbol, KASLR slide included.

/** One kallsyms entry. */
export interface KernelSymbol {
  name: string;
  /** The type letter as /proc/kallsyms shows it: T/t text, W weak, D/d data, ... */
  type: string;
  address: bigint;
}

/** Where the tables are, as byte offsets in the scanned buffer. */
export interface KallsymsLayout {
  count: number;
  offsets: number;
  relativeBase: number;
  names: number;
  markers: number;
  tokenTable: number;
  tokenIndex: number;
}

const DIGITS = Buffer.from('0\x001\x002\x003\x004\x005\x006\x007\x008\x009\x00', 'latin1');
const MAX_SYMBOLS = 4_000_000;
const NAME_CHAR = /^[A-Za-z0-9_.$]$/;

function u16(b: Uint8Array, at: number): number { return b[at] | (b[at + 1] << 8); }
function u32(b: Uint8Array, at: number): number { return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0; }
function u64(b: Uint8Array, at: number): bigint { return BigInt(u32(b, at)) | (BigInt(u32(b, at + 4)) << 32n); }
const align = (x: number, a: number): number => Math.ceil(x / a) * a;

/** Token table starting where token 0x30 ("0") is at `zero`, and its index, or undefined. */
function tokenTableAt(b: Uint8Array, zero: number): { table: number; index: number; tokens: string[] } | undefined {
  // Back 0x30 tokens: each ends with the NUL just before the next one starts.
  let s = zero;
  for (let k = 0; k < 0x30; k++) {
    if (s < 2 || b[s - 1] !== 0) return undefined;
    let j = s - 2;
    while (j >= 0 && b[j] !== 0 && s - j < 64) j--;
    if (j === s - 2 || s - j >= 64) return undefined; // empty or implausibly long token
    s = j + 1;
  }
  const table = s;
  const t = readTokens(b, table);
  if (!t) return undefined;
  for (const a of [8, 4, 2]) {
    const index = align(t.end, a);
    if (index + 512 > b.length) continue;
    let ok = true;
    for (let k = 0; k < 256 && ok; k++) ok = u16(b, index + 2 * k) === t.starts[k];
    if (ok) return { table, index, tokens: t.tokens };
  }
  return undefined;
}

/** The 256 tokens from `table` (each non-empty, under 64 bytes, NUL-terminated), or undefined. */
function readTokens(b: Uint8Array, table: number): { tokens: string[]; starts: number[]; end: number } | undefined {
  const starts: number[] = [];
  const tokens: string[] = [];
  let q = table;
  for (let k = 0; k < 256; k++) {
    starts.push(q - table);
    let e = q;
    while (e < b.length && b[e] !== 0 && e - q < 64) e++;
    if (e >= b.length || b[e] !== 0 || e === q) return undefined;
    tokens.push(Buffer.from(b.subarray(q, e)).toString('latin1'));
    q = e + 1;
  }
  return { tokens, starts, end: q };
}

/** Name k at `at` expanded through the tokens ("<type><name>"), and where the next one starts. */
function expandName(b: Uint8Array, at: number, tokens: string[]): [string, number] {
  const [len, w] = nameLength(b, at);
  let s = '';
  for (let j = at + w; j < at + w + len; j++) s += tokens[b[j]];
  return [s, at + w + len];
}

/** Decodes name k's length at `at`: [length, bytes the length took]. */
function nameLength(b: Uint8Array, at: number): [number, number] {
  const l = b[at];
  return (l & 0x80) !== 0 ? [(l & 0x7f) | (b[at + 1] << 7), 2] : [l, 1];
}

/** True when the first names from `at` expand to plausible "<type><name>" strings. */
function namesLookRight(b: Uint8Array, at: number, tokens: string[], count: number, limit: number): boolean {
  let pos = at;
  for (let k = 0; k < Math.min(count, 16); k++) {
    let s: string;
    [s, pos] = expandName(b, pos, tokens);
    if (pos > limit || s.length < 2 || !/^[A-Za-z?]$/.test(s[0])) return false;
    for (let j = 1; j < s.length; j++) if (!NAME_CHAR.test(s[j])) return false;
  }
  return true;
}

/** The markers array after `count` names from `names`, if every 256th name starts where it says. */
function markersAfter(b: Uint8Array, names: number, count: number, limit: number): number | undefined {
  const starts: number[] = [];
  let pos = names;
  for (let k = 0; k < count; k++) {
    if ((k & 255) === 0) starts.push(pos - names);
    const [len, w] = nameLength(b, pos);
    if (len === 0) return undefined;
    pos += w + len;
    if (pos > limit) return undefined;
  }
  for (const a of [8, 4]) {
    const markers = align(pos, a);
    if (markers + 4 * starts.length > limit) continue;
    if (starts.every((s, k) => u32(b, markers + 4 * k) === s)) return markers;
  }
  return undefined;
}

/**
 * Finds the kallsyms tables in `b` (guest RAM, or a kernel Image), between `from` and `to`.
 * Returns undefined when there are none (not a Linux kernel, or built without kallsyms).
 */
export function findKallsyms(b: Uint8Array, from = 0, to = b.length): KallsymsLayout | undefined {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  for (let at = buf.indexOf(DIGITS, from); at >= 0 && at < to; at = buf.indexOf(DIGITS, at + 1)) {
    const t = tokenTableAt(b, at);
    if (!t) continue;
    // kallsyms_num_syms: a u32 on an 8-byte boundary, kallsyms_names 8 bytes on, the offsets
    // and the relative base before it; the nearest one below the token table that decodes.
    for (let p = (t.table - 8) & ~7; p >= 16 && t.table - p < 64 << 20; p -= 8) {
      const count = u32(b, p);
      if (count < 16 || count > MAX_SYMBOLS) continue;
      const names = p + 8;
      if (names + 2 * count > t.table || p - 8 - 4 * count < 0) continue;
      if (!namesLookRight(b, names, t.tokens, count, t.table)) continue;
      const markers = markersAfter(b, names, count, t.table);
      if (markers === undefined) continue;
      const relativeBase = p - 8;
      return { count, offsets: (relativeBase - 4 * count) & ~7, relativeBase, names, markers, tokenTable: t.table, tokenIndex: t.index };
    }
  }
  return undefined;
}

/** The relocated relative base: 0n while the kernel has not yet relocated itself. */
export function kallsymsBase(b: Uint8Array, layout: KallsymsLayout): bigint {
  return u64(b, layout.relativeBase);
}

/**
 * Every symbol, in kallsyms order (by address), with `base` as the relative base; undefined when
 * the tables no longer decode (guest RAM is the guest's to overwrite after they were found).
 */
export function readKallsyms(b: Uint8Array, layout: KallsymsLayout, base = kallsymsBase(b, layout)): KernelSymbol[] | undefined {
  const tokens = readTokens(b, layout.tokenTable)?.tokens;
  if (!tokens) return undefined;
  const out: KernelSymbol[] = [];
  let pos = layout.names;
  for (let k = 0; k < layout.count; k++) {
    let s: string;
    [s, pos] = expandName(b, pos, tokens);
    if (pos > layout.markers || s.length < 2) return undefined;
    const off = BigInt(u32(b, layout.offsets + 4 * k));
    out.push({ type: s[0], name: s.slice(1), address: (base + off) & 0xffff_ffff_ffff_ffffn });
  }
  return out;
}
