// A generic flattened device tree (DTB) writer and reader.
//
// Format (devicetree specification v0.4, chapter 5; version 17, last compatible 16), all
// integers big-endian:
//
//   header (40 bytes)        magic 0xd00dfeed, totalsize, off_dt_struct, off_dt_strings,
//                            off_mem_rsvmap, version 17, last_comp_version 16,
//                            boot_cpuid_phys, size_dt_strings, size_dt_struct
//   memory reservation block 8-byte aligned {u64 address, u64 size} pairs ending in {0, 0}
//   structure block          4-byte aligned tokens: FDT_BEGIN_NODE name\0 (padded to 4),
//                            FDT_PROP u32 len, u32 nameoff, value (padded to 4),
//                            FDT_END_NODE, FDT_NOP (reader skips), one FDT_END
//   strings block            NUL-terminated property names, each stored once
//
// The tree is plain data: an `FdtNode` holds its properties (name -> raw big-endian bytes, in
// insertion order) and its children. Typed setters build the raw bytes; typed getters read
// them back. `encodeDtb` and `decodeDtb` are exact inverses for any tree the setters can build.

export const FDT_MAGIC = 0xd00dfeed;
export const FDT_VERSION = 17;
export const FDT_LAST_COMP_VERSION = 16;
export const FDT_BEGIN_NODE = 1;
export const FDT_END_NODE = 2;
export const FDT_PROP = 3;
export const FDT_NOP = 4;
export const FDT_END = 9;
const HEADER_BYTES = 40;

/** A malformed tree handed to the writer, or a malformed blob handed to the reader. */
export class FdtError extends Error {
  override name = 'FdtError';
}

/** Node names: devicetree spec 2.2.1 ([0-9a-zA-Z,._+-], 1..31 chars) plus an optional @unit. */
const NODE_NAME = /^[0-9a-zA-Z,._+-]{1,31}(@[0-9a-zA-Z,._+-]+)?$/;
/** Property names: devicetree spec 2.2.4 ([0-9a-zA-Z,._+?#-], 1..31 chars). */
const PROP_NAME = /^[0-9a-zA-Z,._+?#-]{1,31}$/;

const U64_MAX = (1n << 64n) - 1n;

function toU64(v: bigint | number, what: string): bigint {
  const b = typeof v === 'bigint' ? v : Number.isSafeInteger(v) ? BigInt(v) : -1n;
  if (b < 0n || b > U64_MAX) throw new FdtError(`${what}: ${String(v)} is not a 64-bit unsigned integer`);
  return b;
}

function checkU32(v: number, what: string): number {
  if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new FdtError(`${what}: ${v} is not a 32-bit unsigned integer`);
  return v;
}

/** Big-endian 32-bit cells. */
export function u32Cells(values: readonly number[], what = 'cell'): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const dv = new DataView(out.buffer);
  values.forEach((v, i) => dv.setUint32(i * 4, checkU32(v, what)));
  return out;
}

/** Each value as two big-endian 32-bit cells (high cell first). */
export function u64Cells(values: readonly (bigint | number)[], what = 'u64'): Uint8Array {
  const out = new Uint8Array(values.length * 8);
  const dv = new DataView(out.buffer);
  values.forEach((v, i) => dv.setBigUint64(i * 8, toU64(v, what)));
  return out;
}

const utf8 = new TextEncoder();
const utf8d = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** NUL-terminated strings, concatenated (a "stringlist"). */
export function stringList(strings: readonly string[], what = 'string'): Uint8Array {
  const parts = strings.map((s) => {
    if (s.includes('\0')) throw new FdtError(`${what}: a string may not contain NUL`);
    return utf8.encode(s);
  });
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length + 1; }
  return out;
}

export class FdtNode {
  readonly name: string;
  readonly props = new Map<string, Uint8Array>();
  readonly children: FdtNode[] = [];

  /** The root node's name is the empty string. */
  constructor(name = '') {
    this.name = name;
  }

  // ---- building -------------------------------------------------------------------------

  /** Adds (and returns) a child node; names must be unique among siblings. */
  addNode(name: string): FdtNode {
    if (!NODE_NAME.test(name)) throw new FdtError(`invalid node name ${JSON.stringify(name)} under ${this.label()}`);
    if (this.children.some((c) => c.name === name)) throw new FdtError(`duplicate node ${name} under ${this.label()}`);
    const n = new FdtNode(name);
    this.children.push(n);
    return n;
  }

  /** Sets a property to raw bytes (copied). Setting an existing name replaces its value. */
  setBytes(name: string, value: Uint8Array): this {
    if (!PROP_NAME.test(name)) throw new FdtError(`invalid property name ${JSON.stringify(name)} in ${this.label()}`);
    this.props.set(name, Uint8Array.from(value));
    return this;
  }
  /** An empty (boolean) property such as `interrupt-controller`. */
  setEmpty(name: string): this { return this.setBytes(name, new Uint8Array(0)); }
  /** One or more 32-bit cells. */
  setU32(name: string, ...cells: number[]): this { return this.setBytes(name, u32Cells(cells, `${this.label()}/${name}`)); }
  /** One or more 64-bit values, each as two cells. */
  setU64(name: string, ...values: (bigint | number)[]): this { return this.setBytes(name, u64Cells(values, `${this.label()}/${name}`)); }
  setString(name: string, value: string): this { return this.setBytes(name, stringList([value], `${this.label()}/${name}`)); }
  setStrings(name: string, values: readonly string[]): this { return this.setBytes(name, stringList(values, `${this.label()}/${name}`)); }
  /** Gives the node a phandle (its `phandle` property); reference it elsewhere with setU32. */
  setPhandle(value: number): this {
    if (value === 0 || value === 0xffffffff) throw new FdtError(`${this.label()}: phandle ${value} is reserved`);
    return this.setU32('phandle', value);
  }

  // ---- reading --------------------------------------------------------------------------

  has(name: string): boolean { return this.props.has(name); }

  bytes(name: string): Uint8Array {
    const v = this.props.get(name);
    if (v === undefined) throw new FdtError(`${this.label()} has no property ${name}`);
    return v;
  }
  u32Array(name: string): number[] {
    const v = this.bytes(name);
    if (v.length % 4) throw new FdtError(`${this.label()}/${name}: ${v.length} bytes is not whole cells`);
    const dv = new DataView(v.buffer, v.byteOffset, v.length);
    return Array.from({ length: v.length / 4 }, (_, i) => dv.getUint32(i * 4));
  }
  u32(name: string): number {
    const a = this.u32Array(name);
    if (a.length !== 1) throw new FdtError(`${this.label()}/${name}: ${a.length} cells, expected 1`);
    return a[0]!;
  }
  u64Array(name: string): bigint[] {
    const v = this.bytes(name);
    if (v.length % 8) throw new FdtError(`${this.label()}/${name}: ${v.length} bytes is not whole 64-bit values`);
    const dv = new DataView(v.buffer, v.byteOffset, v.length);
    return Array.from({ length: v.length / 8 }, (_, i) => dv.getBigUint64(i * 8));
  }
  /** An integer property of one or two cells (as the kernel's of_read_number reads it). */
  number(name: string): bigint {
    const cells = this.u32Array(name);
    if (cells.length < 1 || cells.length > 2) throw new FdtError(`${this.label()}/${name}: ${cells.length} cells, expected 1 or 2`);
    return cells.reduce((acc, c) => (acc << 32n) | BigInt(c), 0n);
  }
  strings(name: string): string[] {
    const v = this.bytes(name);
    if (v.length === 0 || v[v.length - 1] !== 0) throw new FdtError(`${this.label()}/${name} is not NUL-terminated`);
    try {
      return utf8d.decode(v.subarray(0, v.length - 1)).split('\0');
    } catch {
      throw new FdtError(`${this.label()}/${name} is not UTF-8 text`);
    }
  }
  string(name: string): string {
    const s = this.strings(name);
    if (s.length !== 1) throw new FdtError(`${this.label()}/${name}: ${s.length} strings, expected 1`);
    return s[0]!;
  }
  get phandle(): number | undefined {
    return this.props.has('phandle') ? this.u32('phandle') : undefined;
  }

  child(name: string): FdtNode | undefined {
    return this.children.find((c) => c.name === name);
  }

  /** Looks a node up by absolute path from this node ("/", "/cpus/cpu@0"). */
  find(path: string): FdtNode | undefined {
    if (!path.startsWith('/')) throw new FdtError(`path ${JSON.stringify(path)} is not absolute`);
    let n: FdtNode | undefined = this;
    for (const part of path.split('/').filter((p) => p !== '')) {
      n = n.child(part);
      if (!n) return undefined;
    }
    return n;
  }

  /** Every node below and including this one, depth first, with its absolute path. */
  *walk(path = '/'): Generator<[string, FdtNode]> {
    yield [path, this];
    for (const c of this.children) yield* c.walk(path === '/' ? `/${c.name}` : `${path}/${c.name}`);
  }

  private label(): string {
    return this.name === '' ? '/' : this.name;
  }
}

export interface FdtReservation {
  address: bigint;
  size: bigint;
}

export interface EncodeOptions {
  /** Memory reservation block entries (the terminating {0, 0} is added). */
  reservations?: readonly FdtReservation[];
  /** Header boot_cpuid_phys. Default 0. */
  bootCpuidPhys?: number;
  /** Pad the blob with zeros to at least this many bytes (room for in-place edits). */
  minTotalSize?: number;
}

export interface DecodedDtb {
  root: FdtNode;
  reservations: FdtReservation[];
  version: number;
  lastCompVersion: number;
  bootCpuidPhys: number;
  totalSize: number;
}

/** Growable big-endian byte buffer. */
class Out {
  buf = new Uint8Array(4096);
  len = 0;
  private ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  u32(v: number): void {
    this.ensure(4);
    new DataView(this.buf.buffer).setUint32(this.len, v >>> 0);
    this.len += 4;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  align(n: number): void {
    const pad = (n - (this.len % n)) % n;
    this.ensure(pad);
    this.buf.fill(0, this.len, this.len + pad);
    this.len += pad;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** Serializes a tree (rooted at a node named "") into a version 17 DTB. */
export function encodeDtb(root: FdtNode, opts: EncodeOptions = {}): Uint8Array {
  if (root.name !== '') throw new FdtError(`the root node must be named "", got ${JSON.stringify(root.name)}`);
  const bootCpu = checkU32(opts.bootCpuidPhys ?? 0, 'boot_cpuid_phys');

  // Strings block: each property name once, in first-use order.
  const strOff = new Map<string, number>();
  const strings = new Out();
  const nameOffset = (name: string): number => {
    let off = strOff.get(name);
    if (off === undefined) {
      off = strings.len;
      strOff.set(name, off);
      strings.bytes(utf8.encode(name));
      strings.bytes(new Uint8Array(1));
    }
    return off;
  };

  // Structure block.
  const struct = new Out();
  const phandles = new Map<number, string>();
  const emit = (node: FdtNode, path: string): void => {
    struct.u32(FDT_BEGIN_NODE);
    struct.bytes(utf8.encode(node.name));
    struct.bytes(new Uint8Array(1));
    struct.align(4);
    for (const [name, value] of node.props) {
      if (name === 'phandle') {
        if (value.length !== 4) throw new FdtError(`${path}: phandle must be one cell`);
        const ph = new DataView(value.buffer, value.byteOffset, 4).getUint32(0);
        const other = phandles.get(ph);
        if (other !== undefined) throw new FdtError(`phandle 0x${ph.toString(16)} used by both ${other} and ${path}`);
        phandles.set(ph, path);
      }
      struct.u32(FDT_PROP);
      struct.u32(value.length);
      struct.u32(nameOffset(name));
      struct.bytes(value);
      struct.align(4);
    }
    for (const c of node.children) emit(c, path === '/' ? `/${c.name}` : `${path}/${c.name}`);
    struct.u32(FDT_END_NODE);
  };
  emit(root, '/');
  struct.u32(FDT_END);

  // Memory reservation block.
  const rsv = new Out();
  for (const r of opts.reservations ?? []) {
    const a = toU64(r.address, 'reservation address');
    const s = toU64(r.size, 'reservation size');
    const e = new Uint8Array(16);
    const dv = new DataView(e.buffer);
    dv.setBigUint64(0, a);
    dv.setBigUint64(8, s);
    rsv.bytes(e);
  }
  rsv.bytes(new Uint8Array(16));

  const offRsv = HEADER_BYTES; // already 8-byte aligned
  const offStruct = offRsv + rsv.len; // 16-byte entries: stays 8-byte aligned
  const offStrings = offStruct + struct.len;
  const used = offStrings + strings.len;
  const total = Math.max(used + ((4 - (used % 4)) % 4), opts.minTotalSize ?? 0);

  const blob = new Uint8Array(total);
  const dv = new DataView(blob.buffer);
  dv.setUint32(0, FDT_MAGIC);
  dv.setUint32(4, total);
  dv.setUint32(8, offStruct);
  dv.setUint32(12, offStrings);
  dv.setUint32(16, offRsv);
  dv.setUint32(20, FDT_VERSION);
  dv.setUint32(24, FDT_LAST_COMP_VERSION);
  dv.setUint32(28, bootCpu);
  dv.setUint32(32, strings.len);
  dv.setUint32(36, struct.len);
  blob.set(rsv.result(), offRsv);
  blob.set(struct.result(), offStruct);
  blob.set(strings.result(), offStrings);
  return blob;
}

/** Parses a version 17 DTB into a tree; throws FdtError on anything malformed. */
export function decodeDtb(bytes: Uint8Array): DecodedDtb {
  const fail = (msg: string): never => { throw new FdtError(`bad DTB: ${msg}`); };
  if (bytes.length < HEADER_BYTES) fail(`${bytes.length} bytes is shorter than the header`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = dv.getUint32(0);
  if (magic !== FDT_MAGIC) fail(`magic 0x${magic.toString(16)}, expected 0xd00dfeed`);
  const totalSize = dv.getUint32(4);
  const offStruct = dv.getUint32(8);
  const offStrings = dv.getUint32(12);
  const offRsv = dv.getUint32(16);
  const version = dv.getUint32(20);
  const lastCompVersion = dv.getUint32(24);
  const bootCpuidPhys = dv.getUint32(28);
  const sizeStrings = dv.getUint32(32);
  const sizeStruct = dv.getUint32(36);
  if (version < 17 || lastCompVersion > 17) fail(`version ${version} (last compatible ${lastCompVersion}) is not supported`);
  if (totalSize > bytes.length) fail(`totalsize ${totalSize} exceeds the ${bytes.length} bytes given`);
  const inBlob = (off: number, len: number, what: string): void => {
    if (off < HEADER_BYTES || off + len > totalSize) fail(`${what} [${off}, +${len}) lies outside the blob`);
  };
  inBlob(offStruct, sizeStruct, 'structure block');
  inBlob(offStrings, sizeStrings, 'strings block');
  if (offRsv % 8 || offStruct % 4) fail('misaligned block');

  const reservations: FdtReservation[] = [];
  for (let o = offRsv; ; o += 16) {
    inBlob(o, 16, 'memory reservation entry');
    const address = dv.getBigUint64(o);
    const size = dv.getBigUint64(o + 8);
    if (address === 0n && size === 0n) break;
    reservations.push({ address, size });
  }

  const cstr = (start: number, end: number, what: string): [string, number] => {
    const nul = bytes.indexOf(0, start);
    if (nul < 0 || nul >= end) fail(`${what} at ${start} is not NUL-terminated`);
    try {
      return [utf8d.decode(bytes.subarray(start, nul)), nul];
    } catch {
      return fail(`${what} at ${start} is not UTF-8`);
    }
  };

  const structEnd = offStruct + sizeStruct;
  let p = offStruct;
  const token = (): number => {
    if (p + 4 > structEnd) fail('structure block ends without FDT_END');
    const t = dv.getUint32(p);
    p += 4;
    return t;
  };

  let root: FdtNode | undefined;
  const stack: FdtNode[] = [];
  for (;;) {
    const t = token();
    if (t === FDT_NOP) continue;
    if (t === FDT_BEGIN_NODE) {
      const [name, nul] = cstr(p, structEnd, 'node name');
      p = (nul + 4) & ~3;
      let node: FdtNode;
      if (stack.length === 0) {
        if (root) fail('more than one root node');
        if (name !== '') fail(`root node named ${JSON.stringify(name)}`);
        node = root = new FdtNode('');
      } else {
        const parent = stack[stack.length - 1]!;
        if (parent.children.some((c) => c.name === name)) fail(`duplicate node ${name}`);
        node = new FdtNode(name);
        parent.children.push(node); // names are not re-validated: read what is there
      }
      stack.push(node);
    } else if (t === FDT_PROP) {
      if (stack.length === 0) fail('property outside any node');
      const len = token();
      const nameoff = token();
      if (p + len > structEnd) fail('property value runs past the structure block');
      if (nameoff >= sizeStrings) fail(`property name offset ${nameoff} outside the strings block`);
      const [name] = cstr(offStrings + nameoff, offStrings + sizeStrings, 'property name');
      const node = stack[stack.length - 1]!;
      if (node.props.has(name)) fail(`duplicate property ${name}`);
      node.props.set(name, bytes.slice(p, p + len));
      p = (p + len + 3) & ~3;
    } else if (t === FDT_END_NODE) {
      if (stack.length === 0) fail('FDT_END_NODE without a node');
      stack.pop();
    } else if (t === FDT_END) {
      if (stack.length !== 0 || !root) fail('FDT_END inside an open node');
      break;
    } else {
      fail(`unknown token 0x${t.toString(16)} at offset ${p - 4}`);
    }
  }
  return { root: root!, reservations, version, lastCompVersion, bootCpuidPhys, totalSize };
}

/** Writes a tree as dts-like text (for diagnostics; values as cells when they are whole cells). */
export function formatTree(node: FdtNode, indent = ''): string {
  const lines: string[] = [`${indent}${node.name === '' ? '/' : node.name} {`];
  for (const [name, v] of node.props) lines.push(`${indent}\t${name}${v.length ? ` = ${formatValue(v)}` : ''};`);
  for (const c of node.children) lines.push(formatTree(c, `${indent}\t`));
  lines.push(`${indent}};`);
  return lines.join('\n');
}

/** A property value as dts-like text: strings if it reads as printable strings, else cells or bytes. */
export function formatValue(v: Uint8Array): string {
  if (v.length > 0 && v[v.length - 1] === 0 && v[0] !== 0) {
    const body = v.subarray(0, v.length - 1);
    const text = latin1.decode(body);
    if (body.every((b) => b === 0 || (b >= 0x20 && b < 0x7f)) && !text.includes('\0\0')) {
      return text.split('\0').map((s) => JSON.stringify(s)).join(', ');
    }
  }
  if (v.length % 4 === 0) {
    const dv = new DataView(v.buffer, v.byteOffset, v.length);
    return `<${Array.from({ length: v.length / 4 }, (_, i) => `0x${dv.getUint32(i * 4).toString(16)}`).join(' ')}>`;
  }
  return `[${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join(' ')}]`;
}
