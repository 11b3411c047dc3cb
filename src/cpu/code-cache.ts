// Decoded-instruction cache, one record array per 4 KiB page of guest RAM, indexed by physical
// page so every vCPU shares it. Records are decoded lazily on first execution (op 0 = not yet).
// A store into a cached page zeroes the op of each instruction slot it touches, so the next
// execution decodes the new bytes (self-modifying code and module loading); IC IALLU / IC IVAU
// drop pages outright.
//
// For the JIT tier (src/jit), each record array also holds one hotness counter per instruction
// slot after the records (at HOT + slot: how often the interpreter entered a block there, or a
// compiled entry's handle, negative), and its RAM page number at PAGE_INDEX; `compiled` holds the
// tier's code per page. A store over decoded records, or dropping the page, forgets both, so
// compiled code is never older than the records it came from.

import { REC } from './decoder.ts';

const SLOTS = 1024; // 4-byte instructions per 4 KiB page
/** Index of slot s's hotness counter in a record array: HOT + s. */
export const HOT = SLOTS * REC;
/** Index of the page's RAM page number in its record array. */
export const PAGE_INDEX = HOT + SLOTS;

/** The first and last slot of page `pg` that RAM offsets [off, last] cover (pg between their pages). */
function firstSlot(pg: number, off: number): number { return pg === off >>> 12 ? (off & 0xfff) >>> 2 : 0; }
function lastSlot(pg: number, last: number): number { return pg === last >>> 12 ? (last & 0xfff) >>> 2 : SLOTS - 1; }

export class CodeCache {
  private pages: (Int32Array | undefined)[];
  /** 1 where a page has decoded records: the one check a store makes. */
  readonly marks: Uint8Array;
  /** The compiled tier's code for each page (its own type; dropped with the page's records). */
  compiled: (unknown[] | undefined)[];
  /** Told when a page's compiled code is dropped (before `compiled` forgets it). */
  onForget: ((pg: number, code: unknown[]) => void) | undefined;

  constructor(ramBytes: number) {
    const n = Math.ceil(ramBytes / 4096);
    this.pages = new Array(n);
    this.compiled = new Array(n);
    this.marks = new Uint8Array(n);
  }

  /** The record array for RAM page `index` (offset >>> 12), created on first use. */
  page(index: number): Int32Array {
    let p = this.pages[index];
    if (p === undefined) {
      p = new Int32Array(PAGE_INDEX + 1);
      p[PAGE_INDEX] = index;
      this.pages[index] = p;
      this.marks[index] = 1;
    }
    return p;
  }

  /** True when RAM offsets [off, off+len) hold a decoded instruction (a store there must invalidate). */
  decodedIn(off: number, len: number): boolean {
    const last = off + len - 1;
    for (let pg = off >>> 12; pg <= last >>> 12; pg++) {
      const p = this.pages[pg];
      if (p === undefined) continue;
      for (let s = firstSlot(pg, off), to = lastSlot(pg, last); s <= to; s++) if (p[s * REC] !== 0) return true;
    }
    return false;
  }

  /** A store touched RAM offsets [off, off+len): forget the instructions there. */
  invalidate(off: number, len: number): void {
    if (len <= 0) return;
    const last = off + len - 1;
    for (let pg = off >>> 12; pg <= last >>> 12; pg++) {
      const p = this.pages[pg];
      if (p === undefined) continue;
      const from = firstSlot(pg, off), to = lastSlot(pg, last);
      let decoded = 0;
      for (let s = from; s <= to; s++) { decoded |= p[s * REC]; p[s * REC] = 0; }
      // Compiled code covers decoded records only: a store to data beside code leaves it be.
      if (decoded !== 0) this.forgetCompiled(pg, p);
    }
  }

  /** Drops the compiled code of page `pg` and its entries' handles (counters start again). */
  private forgetCompiled(pg: number, p: Int32Array): void {
    const c = this.compiled[pg];
    if (c === undefined) return;
    this.onForget?.(pg, c);
    this.compiled[pg] = undefined;
    for (let k = HOT; k < HOT + SLOTS; k++) if (p[k] < 0) p[k] = 0;
  }

  dropPage(index: number): void {
    const c = this.compiled[index];
    if (c !== undefined) this.onForget?.(index, c);
    this.pages[index] = undefined;
    this.compiled[index] = undefined;
    this.marks[index] = 0;
  }

  dropAll(): void {
    if (this.onForget !== undefined) this.compiled.forEach((c, pg) => { if (c !== undefined) this.onForget!(pg, c); });
    this.pages = new Array(this.pages.length);
    this.compiled = new Array(this.pages.length);
    this.marks.fill(0);
  }
}
