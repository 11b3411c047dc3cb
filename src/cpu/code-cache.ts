// Decoded-instruction cache, one record array per 4 KiB page of guest RAM, indexed by physical
// page so every vCPU shares it. Records are decoded lazily on first execution (op 0 = not yet).
// A store into a cached page zeroes the op of each instruction slot it touches, so the next
// execution decodes the new bytes (self-modifying code and module loading); IC IALLU / IC IVAU
// drop pages outright.

import { REC } from './decoder.ts';

const SLOTS = 1024; // 4-byte instructions per 4 KiB page

export class CodeCache {
  private pages: (Int32Array | undefined)[];
  /** 1 where a page has decoded records: the one check a store makes. */
  readonly marks: Uint8Array;

  constructor(ramBytes: number) {
    const n = Math.ceil(ramBytes / 4096);
    this.pages = new Array(n);
    this.marks = new Uint8Array(n);
  }

  /** The record array for RAM page `index` (offset >>> 12), created on first use. */
  page(index: number): Int32Array {
    let p = this.pages[index];
    if (p === undefined) {
      p = new Int32Array(SLOTS * REC);
      this.pages[index] = p;
      this.marks[index] = 1;
    }
    return p;
  }

  /** A store touched RAM offsets [off, off+len): forget the instructions there. */
  invalidate(off: number, len: number): void {
    if (len <= 0) return;
    const last = off + len - 1;
    for (let pg = off >>> 12; pg <= last >>> 12; pg++) {
      const p = this.pages[pg];
      if (p === undefined) continue;
      const from = pg === off >>> 12 ? (off & 0xfff) >>> 2 : 0;
      const to = pg === last >>> 12 ? (last & 0xfff) >>> 2 : SLOTS - 1;
      for (let s = from; s <= to; s++) p[s * REC] = 0;
    }
  }

  dropPage(index: number): void {
    this.pages[index] = undefined;
    this.marks[index] = 0;
  }

  dropAll(): void {
    this.pages = new Array(this.pages.length);
    this.marks.fill(0);
  }
}
