// Stage-1 EL1&0 translation (Arm ARM D8, VMSAv8-64) and the software TLB in front of it.
//
// Granule: 4 KiB only (ID_AA64MMFR0 advertises TGran4 and no other). TTBR0/TTBR1 chosen by
// VA bit 55, region sizes from TCR_EL1.T0SZ/T1SZ (25..48-bit VAs), top-byte-ignore for data
// (TBI0/TBI1), table/block/page descriptors, hierarchical APTable/UXNTable/PXNTable, the Access
// flag (faults: no hardware AF or dirty state is advertised), AP/PXN/UXN/WXN permissions, and
// the memory type from MAIR_EL1 (Device memory has alignment rules). PAN is not implemented.
//
// The TLB is direct-mapped, one bank per (EL, access type), so a hit means "this access is
// permitted" with no further checks. Entries hold the byte offset of the page in the shared
// memory (RAM pages only: everything else takes the slow path every time). Entries are tagged
// with the ASID they were filled under, or GLOBAL for nG=0 mappings. The data banks also hold
// pages gdb watches, with WATCHED in the tag: the inline fast path misses them, and the memory
// slow path (data-access.ts) uses them after checking the access against the watchpoints.

import { RAM_BASE, RAM_OFFSET } from '../memory/layout.ts';
import { SCTLR_EL1, TCR_EL1, TTBR0_EL1, TTBR1_EL1, MAIR_EL1 } from './regs.ts';

export const ACC_READ = 0;
export const ACC_WRITE = 1;
export const ACC_EXEC = 2;
/**
 * Cache maintenance by VA at EL1 (DC CVAC/CVAU/CIVAC/CVAP/CVADP, IC IVAU): translation,
 * access flag and address size faults, but no permission check ("DC maintenance instructions
 * operating by VA cannot fault from EL1", Arm ARM AArch64.CheckPermission). Never a TLB bank.
 */
export const ACC_MAINT = 3;

export const TLB_BITS = 10;
export const TLB_SIZE = 1 << TLB_BITS;
export const GLOBAL = -1;
export const ANY_ASID = -2;
const INVALID_TAG = 1; // never page aligned, so never equal to a looked-up tag
/** Tlb's key for entries from 1 GiB blocks (2 MiB regions' keys are hi * 2048 + VA[31:21]). */
const HUGE = -1e15;
/** Or-ed into the tag of a data entry for a watched page (see above); never INVALID_TAG. */
export const WATCHED = 2;

/** Fault status codes (DFSC/IFSC) without the level. */
export const FAULT_ADDRESS_SIZE = 0x00;
export const FAULT_TRANSLATION = 0x04;
export const FAULT_ACCESS_FLAG = 0x08;
export const FAULT_PERMISSION = 0x0c;
export const FAULT_EXTERNAL_WALK = 0x14;

/** Bank index of (EL, access type) in the TLB arrays: entry = bank * TLB_SIZE + index. */
export function tlbBank(el: number, acc: number): number {
  return el * 3 + acc;
}

export class Tlb {
  /**
   * Entry k occupies e[4k .. 4k+3]: VA page tag (low half, page aligned; INVALID_TAG = empty),
   * VA high half, ASID (GLOBAL for nG = 0), byte offset of the page in the shared memory. One
   * array so a lookup touches one cache line and one bounds check. It is a view of the shared
   * memory (GuestMemory.tlbFile) so compiled code looks entries up inline.
   */
  readonly e: Int32Array;
  /** log2 of the mapping the entry came from (12, 21 or 30): TLBI by VA must drop all of it. */
  readonly span = new Uint8Array(6 * TLB_SIZE);
  /** Physical RAM page of each entry (for dropping write entries of pages that hold code). */
  readonly ramPage = new Int32Array(6 * TLB_SIZE);
  /**
   * Entries filled from a block mapping (span > 12) since the last full flush, by the 2 MiB
   * region of their VA (1 GiB blocks: all under the key HUGE): TLBI by VA must find these
   * wherever they sit; a page entry for the VA can only be at its own index.
   */
  private big = new Map<number, number[]>();
  /** The key each block entry is filed under (NaN: not filed); lists may hold stale members. */
  private readonly filed = new Float64Array(6 * TLB_SIZE).fill(NaN);

  constructor(entries: Int32Array = new Int32Array(6 * TLB_SIZE * 4)) {
    if (entries.length !== 6 * TLB_SIZE * 4) throw new RangeError('Tlb: wrong entry array size');
    this.e = entries;
    this.flushAll();
  }

  flushAll(): void {
    const e = this.e;
    for (let x = 0; x < e.length; x += 4) e[x] = INVALID_TAG;
    if (this.big.size > 0) {
      this.filed.fill(NaN);
      this.big = new Map();
      this.filings = 0;
    }
  }

  fill(bank: number, lo: number, hi: number, asid: number, memOff: number, span: number): void {
    const k = bank * TLB_SIZE + ((lo >>> 12) & (TLB_SIZE - 1)), x = k * 4;
    this.e[x] = lo & ~0xfff;
    this.e[x + 1] = hi;
    this.e[x + 2] = asid;
    this.e[x + 3] = memOff & ~0xfff;
    this.span[k] = span;
    this.ramPage[k] = (memOff - RAM_OFFSET) >>> 12;
    if (span > 12) this.file(k, span > 21 ? HUGE : hi * 2048 + (lo >>> 21));
  }

  private file(k: number, key: number): void {
    if (this.filed[k] === key) return;
    this.filed[k] = key;
    if (++this.filings > 8 * this.filed.length) { this.refile(); return; }
    const list = this.big.get(key);
    if (list === undefined) this.big.set(key, [k]); else list.push(k);
  }

  private filings = 0;

  /** Rebuilds the lists from `filed`, dropping stale members (bounds their growth). */
  private refile(): void {
    this.big = new Map();
    this.filings = 0;
    for (let k = 0; k < this.filed.length; k++) {
      const key = this.filed[k];
      if (Number.isNaN(key)) continue;
      const list = this.big.get(key);
      if (list === undefined) this.big.set(key, [k]); else list.push(k);
    }
  }

  /**
   * TLBI by VA: drop every entry whose mapping (page or block) contains the VA (lo, hi);
   * `asid` limits it to that ASID plus global entries (ANY_ASID = all).
   */
  flushVa(lo: number, hi: number, asid: number): void {
    // The VA's own index in each bank, then the block entries wherever they are.
    const index = (lo >>> 12) & (TLB_SIZE - 1);
    for (let bank = 0; bank < 6; bank++) this.flushEntry(bank * TLB_SIZE + index, lo, hi, asid);
    if (this.big.size > 0) {
      this.flushFiled(hi * 2048 + (lo >>> 21), lo, hi, asid);
      this.flushFiled(HUGE, lo, hi, asid);
    }
  }

  /** Flushes the block entries filed under `key` that hold the VA; files the others again. */
  private flushFiled(key: number, lo: number, hi: number, asid: number): void {
    const list = this.big.get(key);
    if (list === undefined) return;
    this.big.delete(key);
    for (const k of list) {
      if (this.filed[k] !== key) continue; // refilled under another key since
      this.filed[k] = NaN;
      this.flushEntry(k, lo, hi, asid);
      if (this.e[k * 4] !== INVALID_TAG) this.file(k, key);
    }
  }

  private flushEntry(k: number, lo: number, hi: number, asid: number): void {
    const e = this.e, x = k * 4, t = e[x];
    if (t === INVALID_TAG || e[x + 1] !== hi) return;
    if (asid !== ANY_ASID && e[x + 2] !== GLOBAL && e[x + 2] !== asid) return;
    const sh = this.span[k]; // 12, 21 or 30
    if ((t >>> sh) === (lo >>> sh)) e[x] = INVALID_TAG;
  }

  flushBank(bank: number): void {
    for (let k = bank * TLB_SIZE; k < (bank + 1) * TLB_SIZE; k++) this.e[k * 4] = INVALID_TAG;
  }

  /** TLBI ASIDE1: drop the non-global entries of one ASID. */
  flushAsid(asid: number): void {
    const e = this.e;
    for (let x = 0; x < e.length; x += 4) if (e[x + 2] === asid) e[x] = INVALID_TAG;
  }

  /** The instruction-side entries of a RAM page whose decoded records were dropped (IC IVAU). */
  dropExecPage(ramPage: number): void {
    for (const bank of [tlbBank(0, ACC_EXEC), tlbBank(1, ACC_EXEC)]) {
      for (let k = bank * TLB_SIZE; k < (bank + 1) * TLB_SIZE; k++) {
        if (this.ramPage[k] === ramPage) this.e[k * 4] = INVALID_TAG;
      }
    }
  }

  /** A RAM page now holds decoded code: its stores must take the slow path (invalidation). */
  dropWritable(ramPage: number): void {
    for (const bank of [tlbBank(0, ACC_WRITE), tlbBank(1, ACC_WRITE)]) {
      for (let k = bank * TLB_SIZE; k < (bank + 1) * TLB_SIZE; k++) {
        if (this.e[k * 4] !== INVALID_TAG && this.ramPage[k] === ramPage) this.e[k * 4] = INVALID_TAG;
      }
    }
  }
}

// translate() results (module-level to avoid allocation).
export let tFault = 0; // 0 = ok, else FAULT_* | level
export let tPaLo = 0; // physical address (PA < 2^48; lo/hi halves)
export let tPaHi = 0;
export let tSpan = 12;
export let tGlobal = true;
export let tDevice = false;
export let tAttr = 0; // MAIR attribute byte
export let tSh = 0; // shareability field
export let tAsid = 0;

const SCTLR_M = 1 << 0;
const SCTLR_WXN = 1 << 19;

/**
 * Translates VA (lo, hi) for an access of type `acc` at exception level `el`. `data` is true
 * for data accesses (top-byte-ignore applies). Sets the t* results; tFault = 0 on success.
 */
export function translate(r: Int32Array, dv: DataView, ramEnd: number, lo: number, hi: number, acc: number, el: number, data: boolean): void {
  tSpan = 12;
  tGlobal = true;
  tAttr = 0;
  tSh = 0;
  tAsid = 0;
  const sctlr = r[SCTLR_EL1];
  if ((sctlr & SCTLR_M) === 0) {
    // MMU off: flat mapping, Device-nGnRnE for data, Normal for instruction fetches. QEMU 7.2
    // does not enforce Device alignment here, and neither do we (QEMU is the oracle).
    tPaLo = lo; tPaHi = hi; tDevice = false; tFault = 0;
    if ((hi >>> 16) !== 0) tFault = FAULT_ADDRESS_SIZE; // beyond the 48-bit PA range
    return;
  }
  const tcrLo = r[TCR_EL1], tcrHi = r[TCR_EL1 + 1];
  const upper = (hi >>> 23) & 1; // VA bit 55 selects the half
  const tbi = upper ? (tcrHi >>> 6) & 1 : (tcrHi >>> 5) & 1;
  const txsz = upper ? (tcrLo >>> 16) & 63 : tcrLo & 63;
  const epd = upper ? (tcrLo >>> 23) & 1 : (tcrLo >>> 7) & 1;
  const inputSize = 64 - Math.min(Math.max(txsz, 16), 39);
  // VA bits [63:inputSize] must all equal bit 55 ([55:inputSize] when the top byte is ignored).
  let hiMask: number, loMask: number;
  if (inputSize >= 32) { hiMask = ~((1 << (inputSize - 32)) - 1); loMask = 0; }
  else { hiMask = -1; loMask = ~((1 << inputSize) - 1); }
  if (data && tbi) hiMask &= 0x00ffffff;
  const want = upper ? -1 : 0;
  if (((hi ^ want) & hiMask) !== 0 || ((lo ^ want) & loMask) !== 0 || epd) {
    tFault = FAULT_TRANSLATION; // level 0
    return;
  }
  const ttbrLo = upper ? r[TTBR1_EL1] : r[TTBR0_EL1], ttbrHi = upper ? r[TTBR1_EL1 + 1] : r[TTBR0_EL1 + 1];
  const asidFromTtbr1 = (tcrLo >>> 22) & 1;
  const asidBits16 = (tcrHi >>> 4) & 1;
  const asidSrc = asidFromTtbr1 ? r[TTBR1_EL1 + 1] : r[TTBR0_EL1 + 1];
  tAsid = (asidSrc >>> 16) & (asidBits16 ? 0xffff : 0xff);

  // VA within the region as a number (< 2^48).
  const va = (hi & 0xffff) * 4294967296 + (lo >>> 0);
  let table = (ttbrHi & 0xffff) * 4294967296 + ((ttbrLo >>> 0) & ~1);
  let level = 3 - Math.floor((inputSize - 13) / 9);
  // Accumulated hierarchical restrictions.
  let apNoWrite = 0, apNoEl0 = 0, xnTable = 0, pxnTable = 0;
  const hpd = upper ? (tcrHi >>> 10) & 1 : (tcrHi >>> 9) & 1;

  for (;;) {
    const shift = 39 - 9 * level; // VA bits indexed at this level start here
    const bitsHere = level === 3 - Math.floor((inputSize - 13) / 9) ? inputSize - shift : 9;
    const index = Math.floor(va / 2 ** shift) % 2 ** bitsHere;
    const descAddr = table + index * 8;
    if (descAddr < RAM_BASE || descAddr + 8 > ramEnd) { tFault = FAULT_EXTERNAL_WALK | level; return; }
    const o = descAddr - RAM_BASE + RAM_OFFSET;
    const dlo = dv.getInt32(o, true), dhi = dv.getInt32(o + 4, true);
    if ((dlo & 1) === 0 || (level === 3 && (dlo & 2) === 0) || (level === 0 && (dlo & 2) === 0)) {
      tFault = FAULT_TRANSLATION | level;
      return;
    }
    const oa = (dhi & 0xffff) * 4294967296 + ((dlo >>> 0) & 0xfffff000);
    if (level < 3 && (dlo & 2) !== 0) {
      // Table descriptor
      if (!hpd) {
        apNoWrite |= (dhi >>> 30) & 1;
        apNoEl0 |= (dhi >>> 29) & 1;
        xnTable |= (dhi >>> 28) & 1;
        pxnTable |= (dhi >>> 27) & 1;
      }
      table = oa;
      level++;
      continue;
    }
    // Block (level 1 or 2) or page (level 3)
    const span = shift; // the output covers 2^shift bytes
    const base = Math.floor(oa / 2 ** span) * 2 ** span;
    const pa = base + (va % 2 ** span);
    if ((dlo & (1 << 10)) === 0) { tFault = FAULT_ACCESS_FLAG | level; return; }
    const ap1 = ((dlo >>> 6) & 1) & (apNoEl0 ^ 1); // EL0 may access
    const ap2 = ((dlo >>> 7) & 1) | apNoWrite; // read-only
    const pxn = ((dhi >>> 21) & 1) | pxnTable;
    const uxn = ((dhi >>> 22) & 1) | xnTable;
    const writable = ap2 === 0;
    let ok: boolean;
    if (acc === ACC_EXEC) {
      // WXN: writable implies XN. At EL1, memory writable at EL0 is never executable.
      const wxn = (sctlr & SCTLR_WXN) !== 0 && writable;
      ok = el === 0 ? !uxn && !wxn : !pxn && !wxn && !(ap1 && writable);
    } else if (el === 0) ok = ap1 === 1 && (acc !== ACC_WRITE || writable);
    else ok = acc !== ACC_WRITE || writable; // ACC_READ, ACC_MAINT: no write permission needed
    if (!ok) { tFault = FAULT_PERMISSION | level; return; }
    const attrIdx = (dlo >>> 2) & 7;
    tAttr = (attrIdx < 4 ? r[MAIR_EL1] >>> (attrIdx * 8) : r[MAIR_EL1 + 1] >>> ((attrIdx - 4) * 8)) & 0xff;
    tDevice = (tAttr & 0xf0) === 0;
    tSh = (dlo >>> 8) & 3;
    tGlobal = ((dlo >>> 11) & 1) === 0;
    tSpan = span;
    tPaLo = pa % 4294967296 | 0;
    tPaHi = Math.floor(pa / 4294967296) | 0;
    tFault = 0;
    return;
  }
}

/**
 * TLB entry e (an int offset into the interleaved entries) maps VA (lo, hi) for the current ASID,
 * and an access starting at the page offset of lo does not run past `maxOff` (page size - bytes).
 */
export function tlbHit(te: Int32Array, e: number, lo: number, hi: number, asid: number, maxOff: number): boolean {
  return te[e] === (lo & ~0xfff) && te[e + 1] === hi && (te[e + 2] === GLOBAL || te[e + 2] === asid) && (lo & 0xfff) <= maxOff;
}
