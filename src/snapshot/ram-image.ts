// Guest RAM in a snapshot: only pages that are not all zero, in chunks of up to CHUNK_PAGES pages
// compressed with raw DEFLATE, or stored as they are where DEFLATE gains less than MIN_RATIO:
// inflating costs ~3 ms per MiB it produces, reading and checksumming a stored MiB ~0.7 ms, so
// poorly compressing chunks (code, the initramfs's gzip data that stays in RAM after Linux
// unpacks it) restore faster stored. Measured on the default guest at its prompt: 51 MiB in
// non-zero pages, 21 MiB on disk, ~50 ms to inflate. Chunks compress and inflate on the libuv
// thread pool, in parallel.
//
// "RAM " payload, little-endian u32s:
//   0   page size (4096)        4   RAM pages in the machine    8   stored pages P    12  chunks C
//   16  P page numbers, strictly ascending
//   then C chunk headers: pages in the chunk, encoding (0 stored, 1 deflate-raw), encoded bytes
//   then the C chunks' bytes, in order.

import { deflateRaw, inflateRaw, type InputType } from 'node:zlib';
import { promisify } from 'node:util';
import { SnapshotFileError } from './container.ts';

const PAGE = 4096;
const CHUNK_PAGES = 256;
const MIN_RATIO = 3;
const STORED = 0, DEFLATE = 1;
const deflateAsync = promisify<InputType, { level: number }, Buffer>(deflateRaw);
const inflateAsync = promisify<InputType, { maxOutputLength: number }, Buffer>(inflateRaw);
const ZERO_PAGE = Buffer.alloc(PAGE);

/** RAM decoded from a snapshot: the stored pages' numbers and their bytes, chunk by chunk. */
export interface RamImage {
  readonly ramPages: number;
  readonly pages: Uint32Array;
  /** Chunk k holds pages[first[k]] .. onwards, back to back (stored chunks are views of the file). */
  readonly chunks: { first: number; bytes: Uint8Array }[];
}

/** The "RAM " section payload for `ram` (a view of guest RAM). */
export async function encodeRam(ram: Uint8Array): Promise<Uint8Array> {
  const buf = Buffer.from(ram.buffer, ram.byteOffset, ram.length);
  const ramPages = ram.length / PAGE;
  const pages: number[] = [];
  for (let p = 0; p < ramPages; p++) {
    if (buf.compare(ZERO_PAGE, 0, PAGE, p * PAGE, p * PAGE + PAGE) !== 0) pages.push(p);
  }
  const chunks: Promise<{ count: number; encoding: number; bytes: Uint8Array }>[] = [];
  for (let i = 0; i < pages.length; i += CHUNK_PAGES) {
    const group = pages.slice(i, i + CHUNK_PAGES);
    const raw = Buffer.allocUnsafe(group.length * PAGE);
    group.forEach((p, k) => buf.copy(raw, k * PAGE, p * PAGE, p * PAGE + PAGE));
    chunks.push(deflateAsync(raw, { level: 6 }).then((z) => z.length * MIN_RATIO <= raw.length
      ? { count: group.length, encoding: DEFLATE, bytes: z }
      : { count: group.length, encoding: STORED, bytes: raw }));
  }
  const encoded = await Promise.all(chunks);
  const head = Buffer.alloc(16 + pages.length * 4 + encoded.length * 12);
  head.writeUInt32LE(PAGE, 0);
  head.writeUInt32LE(ramPages, 4);
  head.writeUInt32LE(pages.length, 8);
  head.writeUInt32LE(encoded.length, 12);
  let at = 16;
  for (const p of pages) { head.writeUInt32LE(p, at); at += 4; }
  for (const c of encoded) {
    head.writeUInt32LE(c.count, at); head.writeUInt32LE(c.encoding, at + 4); head.writeUInt32LE(c.bytes.length, at + 8);
    at += 12;
  }
  return Buffer.concat([head, ...encoded.map((c) => c.bytes)]);
}

/** Decodes and checks a "RAM " payload for a machine with `ramPages` pages. Throws SnapshotFileError. */
export async function decodeRam(payload: Uint8Array, ramPages: number): Promise<RamImage> {
  const buf = Buffer.from(payload.buffer, payload.byteOffset, payload.length);
  const bad = (why: string): never => { throw new SnapshotFileError(`RAM section: ${why}`); };
  if (buf.length < 16) bad('shorter than its header');
  if (buf.readUInt32LE(0) !== PAGE) bad(`page size ${buf.readUInt32LE(0)}, expected ${PAGE}`);
  if (buf.readUInt32LE(4) !== ramPages) bad(`${buf.readUInt32LE(4)} pages of RAM, the machine has ${ramPages}`);
  const count = buf.readUInt32LE(8), nChunks = buf.readUInt32LE(12);
  if (count > ramPages) bad(`${count} stored pages, more than the ${ramPages} the machine has`);
  const tableEnd = 16 + count * 4 + nChunks * 12;
  if (nChunks > count || tableEnd > buf.length) bad('the page and chunk tables run past the section');
  const pages = new Uint32Array(count);
  let prev = -1;
  for (let i = 0; i < count; i++) {
    const p = buf.readUInt32LE(16 + i * 4);
    if (p <= prev || p >= ramPages) bad(`page number ${p} at entry ${i} is out of order or beyond RAM`);
    pages[i] = prev = p;
  }
  const chunks: { first: number; bytes: Uint8Array }[] = [];
  // Inflated only once the whole layout has been checked: a job started before a later check
  // failed would reject with nobody waiting for it (an unhandled rejection ends the process).
  const jobs: (() => Promise<void>)[] = [];
  let at = tableEnd, page = 0;
  for (let c = 0; c < nChunks; c++) {
    const h = 16 + count * 4 + c * 12;
    const n = buf.readUInt32LE(h), encoding = buf.readUInt32LE(h + 4), len = buf.readUInt32LE(h + 8);
    if (n === 0 || n > count - page) bad(`chunk ${c} holds ${n} pages, ${count - page} are left`);
    if (len > buf.length - at) bad(`chunk ${c} runs past the section`);
    const bytes = buf.subarray(at, at + len), size = n * PAGE;
    const chunk = { first: page, bytes: bytes as Uint8Array };
    chunks.push(chunk);
    if (encoding === STORED) {
      if (len !== size) bad(`stored chunk ${c} has ${len} bytes for ${n} pages`);
    } else if (encoding === DEFLATE) {
      jobs.push(() => inflateAsync(bytes, { maxOutputLength: size }).then(
        (out) => { if (out.length !== size) bad(`chunk ${c} inflates to ${out.length} bytes, not ${size}`); chunk.bytes = out; },
        (e: Error) => bad(`chunk ${c} does not inflate (${e.message})`),
      ));
    } else bad(`chunk ${c} has unknown encoding ${encoding}`);
    at += len;
    page += n;
  }
  if (page !== count) bad(`the chunks hold ${page} pages, the table lists ${count}`);
  if (at !== buf.length) bad(`${buf.length - at} bytes after the last chunk`);
  await Promise.all(jobs.map((job) => job()));
  return { ramPages, pages, chunks };
}

/**
 * Writes a decoded image into guest RAM (`ram`: a view of all of it). `written` (GuestMemory's:
 * 1 where a page may be non-zero) says which other pages need zeroing, and is then set to the
 * image's pages. A page that already holds the image's bytes is left alone; `changed(page)` hears
 * of every page whose bytes did change (the decoded-code cache drops those and keeps the rest).
 */
export function applyRam(image: RamImage, ram: Uint8Array, written: Uint8Array, changed: (page: number) => void): void {
  const { pages, chunks } = image;
  let next = 0; // first page not yet written or zeroed
  const zeroUpTo = (end: number): void => {
    for (let p = next; p < end; p++) {
      if (written[p] === 0) continue;
      ram.fill(0, p * PAGE, (p + 1) * PAGE);
      written[p] = 0;
      changed(p);
    }
  };
  for (let k = 0; k < chunks.length; k++) {
    const { first, bytes } = chunks[k];
    const end = k + 1 < chunks.length ? chunks[k + 1].first : pages.length;
    for (let i = first; i < end; i++) {
      const p = pages[i];
      zeroUpTo(p);
      const src = bytes.subarray((i - first) * PAGE, (i - first + 1) * PAGE);
      const dst = ram.subarray(p * PAGE, (p + 1) * PAGE);
      // A page known to be zero is written without a look; a written one only if it differs.
      if (written[p] === 0 || Buffer.compare(src, dst) !== 0) {
        dst.set(src);
        changed(p);
      }
      written[p] = 1;
      next = p + 1;
    }
  }
  zeroUpTo(written.length);
}
