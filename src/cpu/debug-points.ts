// gdb's breakpoints and watchpoints as one vCPU checks them (the debugger's Z packets reach
// here through src/gdb/machine-target.ts). Guest memory is never patched. While any breakpoint
// is set, the run loop asks breakpointOnPage() when execution enters a page, and breakpointAt()
// before each instruction of a page that has one, so code elsewhere runs at full speed; the data side
// (src/cpu/data-access.ts) asks watchHit() on every access while watchCount is non-zero (the
// vCPU then keeps data accesses off its TLB fast path, so each one is checked). Addresses are
// virtual, in 32-bit halves as the interpreter holds them.

/** kind: 0 write, 1 read, 2 access (either). */
interface Watchpoint { lo: number; hi: number; len: number; kind: number }

export class DebugPoints {
  /** Breakpoints by the VA's low half -> the high halves set there. */
  private readonly breakpoints = new Map<number, number[]>();
  /** The same by page: the VA's low half & ~0xfff -> one high half per breakpoint on the page. */
  private readonly breakpointPages = new Map<number, number[]>();
  private readonly watchpoints: Watchpoint[] = [];
  /** How many breakpoints are set: the run loop checks for them only while this is non-zero. */
  breakpointCount = 0;
  /** How many watchpoints are set: while non-zero every data access is checked. */
  watchCount = 0;
  /** Set by watchHit(): the low half of the first watched byte the access touches. */
  hitLo = 0;

  /** Is there a breakpoint on the 4 KiB page of VA (lo, hi)? */
  breakpointOnPage(lo: number, hi: number): boolean {
    const his = this.breakpointPages.get(lo & ~0xfff);
    return his !== undefined && his.includes(hi);
  }

  breakpointAt(lo: number, hi: number): boolean {
    const his = this.breakpoints.get(lo);
    return his !== undefined && his.includes(hi);
  }

  /** Adds a breakpoint at VA; returns false if it was already there. */
  addBreakpoint(va: bigint): boolean {
    const lo = Number(va & 0xffffffffn) | 0, hi = Number((va >> 32n) & 0xffffffffn) | 0;
    const his = this.breakpoints.get(lo) ?? [];
    if (his.includes(hi)) return false;
    his.push(hi);
    this.breakpoints.set(lo, his);
    const onPage = this.breakpointPages.get(lo & ~0xfff) ?? [];
    onPage.push(hi);
    this.breakpointPages.set(lo & ~0xfff, onPage);
    this.breakpointCount++;
    return true;
  }

  removeBreakpoint(va: bigint): boolean {
    const lo = Number(va & 0xffffffffn) | 0, hi = Number((va >> 32n) & 0xffffffffn) | 0;
    const his = this.breakpoints.get(lo);
    const k = his ? his.indexOf(hi) : -1;
    if (!his || k < 0) return false;
    his.splice(k, 1);
    if (his.length === 0) this.breakpoints.delete(lo);
    const onPage = this.breakpointPages.get(lo & ~0xfff)!;
    onPage.splice(onPage.indexOf(hi), 1);
    if (onPage.length === 0) this.breakpointPages.delete(lo & ~0xfff);
    this.breakpointCount--;
    return true;
  }

  /** kind: 0 write, 1 read, 2 access (either). */
  addWatchpoint(va: bigint, len: number, kind: number): void {
    this.watchpoints.push({ lo: Number(va & 0xffffffffn) | 0, hi: Number((va >> 32n) & 0xffffffffn) | 0, len, kind });
    this.watchCount = this.watchpoints.length;
  }

  removeWatchpoint(va: bigint, len: number, kind: number): boolean {
    const lo = Number(va & 0xffffffffn) | 0, hi = Number((va >> 32n) & 0xffffffffn) | 0;
    const k = this.watchpoints.findIndex((w) => w.lo === lo && w.hi === hi && w.len === len && w.kind === kind);
    if (k < 0) return false;
    this.watchpoints.splice(k, 1);
    this.watchCount = this.watchpoints.length;
    return true;
  }

  /** Does a data access [VA, VA+bytes) overlap a watchpoint of its kind? Sets hitLo if so. */
  watchHit(lo: number, hi: number, bytes: number, write: boolean): boolean {
    const a = lo >>> 0;
    for (const w of this.watchpoints) {
      if (w.hi !== hi) continue;
      if (w.kind === 0 ? !write : w.kind === 1 ? write : false) continue;
      const ws = w.lo >>> 0;
      if (a < ws + w.len && ws < a + bytes) {
        this.hitLo = Math.max(a, ws) | 0;
        return true;
      }
    }
    return false;
  }
}
