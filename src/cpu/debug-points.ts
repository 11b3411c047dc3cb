// gdb's breakpoints and watchpoints as one vCPU checks them (the debugger's Z packets reach
// here through src/gdb/machine-target.ts). Guest memory is never patched. While any breakpoint
// is set, the run loop asks breakpointOnPage() when execution enters a page, and breakpointAt()
// before each instruction of a page that has one, so code elsewhere runs at full speed. The data
// side works the same way by page: the data TLB keeps no fast-path entry for a VA page that a
// watched range overlaps (pageWatched()), so only accesses to such pages leave the inline path,
// and src/cpu/data-access.ts asks watchHit() for each of them. Addresses are virtual, in 32-bit
// halves as the interpreter holds them.

/** kind: 0 write, 1 read, 2 access (either): gdb's Z2, Z3, Z4. */
interface Watchpoint { lo: number; hi: number; len: number; kind: number }

/** How an access uses memory, for watchHit(): a load, a store, or both (atomics, CAS, CASP). */
export const WATCH_READ = 1;
export const WATCH_WRITE = 2;
export const WATCH_RMW = 3;

/** A watched range over more pages than this makes every page count as watched. */
const MAX_WATCHED_PAGES = 1 << 16;

/** A VA's halves. */
function halves(va: bigint): [number, number] {
  return [Number(va & 0xffffffffn) | 0, Number((va >> 32n) & 0xffffffffn) | 0];
}

/**
 * A multiset of VAs (low half, high half), looked up by the low half first so the common miss
 * costs one Map lookup: exact addresses for breakpoints, page addresses for the page indexes.
 */
class VaSet {
  private readonly his = new Map<number, number[]>();
  has(lo: number, hi: number): boolean {
    const his = this.his.get(lo);
    return his !== undefined && his.includes(hi);
  }
  add(lo: number, hi: number): void {
    const his = this.his.get(lo);
    if (his) his.push(hi); else this.his.set(lo, [hi]);
  }
  /** Removes one occurrence; false if there was none. */
  remove(lo: number, hi: number): boolean {
    const his = this.his.get(lo);
    const k = his ? his.indexOf(hi) : -1;
    if (!his || k < 0) return false;
    his.splice(k, 1);
    if (his.length === 0) this.his.delete(lo);
    return true;
  }
  clear(): void { this.his.clear(); }
}

export class DebugPoints {
  private readonly breakpoints = new VaSet();
  /** The pages of the breakpoints, one entry per breakpoint. */
  private readonly breakpointPages = new VaSet();
  /** In the order gdb set them. */
  private readonly watchpoints: Watchpoint[] = [];
  /** Every VA page a watched range overlaps. */
  private readonly watchPages = new VaSet();
  /** A range too large to list by page is watched: every page counts. */
  private everyPage = false;
  /** How many breakpoints are set: the run loop checks for them only while this is non-zero. */
  breakpointCount = 0;
  /** How many watchpoints are set: while non-zero, accesses to watched pages are checked. */
  watchCount = 0;
  /** Set by watchHit(): the watchpoint hit, as gdb set it (its address and kind: 0, 1, 2). */
  hitLo = 0;
  hitHi = 0;
  hitKind = 0;
  /** ... and whether it matched the access as a write (an atomic can match as either). */
  hitWrite = false;

  /** Is there a breakpoint on the 4 KiB page of VA (lo, hi)? */
  breakpointOnPage(lo: number, hi: number): boolean {
    return this.breakpointPages.has(lo & ~0xfff, hi);
  }

  breakpointAt(lo: number, hi: number): boolean {
    return this.breakpoints.has(lo, hi);
  }

  /**
   * The vCPU's breakpoint page counts in the shared memory (memory/layout.ts BP_PAGES_OFFSET):
   * compiled code reads them before it chains into another page.
   */
  pageSlots: Int32Array | undefined;

  /** Adds a breakpoint at VA; returns false if it was already there. */
  addBreakpoint(va: bigint): boolean {
    const [lo, hi] = halves(va);
    if (this.breakpoints.has(lo, hi)) return false;
    this.breakpoints.add(lo, hi);
    this.breakpointPages.add(lo & ~0xfff, hi);
    this.breakpointCount++;
    if (this.pageSlots) this.pageSlots[(lo >>> 12) & (this.pageSlots.length - 1)]++;
    return true;
  }

  removeBreakpoint(va: bigint): boolean {
    const [lo, hi] = halves(va);
    if (!this.breakpoints.remove(lo, hi)) return false;
    this.breakpointPages.remove(lo & ~0xfff, hi);
    this.breakpointCount--;
    if (this.pageSlots) this.pageSlots[(lo >>> 12) & (this.pageSlots.length - 1)]--;
    return true;
  }

  /**
   * kind: 0 write, 1 read, 2 access (either). The caller drops the data TLB's entries for the
   * pages it covers (VCpu.addWatchpoint flushes the data banks once).
   */
  addWatchpoint(va: bigint, len: number, kind: number): void {
    const [lo, hi] = halves(va);
    this.watchpoints.push({ lo, hi, len, kind });
    this.watchCount = this.watchpoints.length;
    this.listPages();
  }

  removeWatchpoint(va: bigint, len: number, kind: number): boolean {
    const [lo, hi] = halves(va);
    const k = this.watchpoints.findIndex((w) => w.lo === lo && w.hi === hi && w.len === len && w.kind === kind);
    if (k < 0) return false;
    this.watchpoints.splice(k, 1);
    this.watchCount = this.watchpoints.length;
    this.listPages();
    return true;
  }

  /** Does a watched range overlap the 4 KiB VA page of (lo, hi)? */
  pageWatched(lo: number, hi: number): boolean {
    return this.everyPage || this.watchPages.has(lo & ~0xfff, hi);
  }

  /**
   * Does a data access [VA, VA+bytes), within one page, match a watchpoint? `how`: WATCH_READ,
   * WATCH_WRITE or WATCH_RMW, whose read is matched first (read and access watchpoints), then
   * its write (write and access watchpoints), as QEMU's single-vCPU atomics load, then store.
   * Of the watchpoints an access matches, the one holding its lowest byte is reported (the first
   * element of a multi-element access to touch one), and of those the one set last (QEMU 7.2
   * keeps gdb's watchpoints newest first). Sets hitLo/hitHi/hitKind/hitWrite.
   */
  watchHit(lo: number, hi: number, bytes: number, how: number): boolean {
    if ((how & WATCH_READ) !== 0 && this.match(lo, hi, bytes, false)) return true;
    return (how & WATCH_WRITE) !== 0 && this.match(lo, hi, bytes, true);
  }

  private match(lo: number, hi: number, bytes: number, write: boolean): boolean {
    const a = lo >>> 0;
    let hit: Watchpoint | undefined, first = Infinity;
    for (let k = this.watchpoints.length - 1; k >= 0; k--) {
      const w = this.watchpoints[k];
      if (w.kind === (write ? 1 : 0)) continue; // a read watchpoint and a store, a write one and a load
      const ws = w.lo >>> 0, we = ws + w.len; // we may pass 2^32: the range goes on into hi + 1
      let at = -1;
      if (w.hi === hi) { if (ws < a + bytes && a < we) at = Math.max(a, ws); }
      else if (((w.hi + 1) | 0) === hi && we > 2 ** 32 && a < we - 2 ** 32) at = a;
      if (at >= 0 && at < first) { hit = w; first = at; }
    }
    if (!hit) return false;
    this.hitLo = hit.lo; this.hitHi = hit.hi; this.hitKind = hit.kind; this.hitWrite = write;
    return true;
  }

  /** Rebuilds watchPages from the watched ranges. */
  private listPages(): void {
    this.watchPages.clear();
    this.everyPage = false;
    let pages = 0;
    for (const w of this.watchpoints) {
      let lo = w.lo & ~0xfff, hi = w.hi;
      const n = Math.floor(((w.lo & 0xfff) + w.len - 1) / 4096) + 1;
      pages += n;
      if (pages > MAX_WATCHED_PAGES) { this.everyPage = true; return; }
      for (let k = 0; k < n; k++) {
        if (!this.watchPages.has(lo, hi)) this.watchPages.add(lo, hi);
        lo = (lo + 4096) | 0;
        if (lo === 0) hi = (hi + 1) | 0;
      }
    }
  }
}
