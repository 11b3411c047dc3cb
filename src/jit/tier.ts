// The JIT tier as the vCPU uses it (cpu/vcpu.ts CompiledTier): compiles an entry once the
// interpreter has entered a block there `threshold` times, keeps the regions per physical page
// in the code cache (CodeCache.compiled, dropped with the page's records: a store over decoded
// code, IC IVAU/IALLU, a snapshot restore), puts each region's function in one table and each of
// its blocks in the jump cache, and runs them through the dispatcher (dispatcher.ts), which goes
// from region to region inside WebAssembly. Regions take the page's virtual address, TLB banks
// and ASID as parameters, so one region serves every mapping of its page. Counters for
// `--trace jit` and the benchmark.

import { decodeRecord, type CompiledTier, type VCpu } from '../cpu/vcpu.ts';
import { DISCARD, EXCL_VAL2 } from '../cpu/regs.ts';
import { PAGE_INDEX, type CodeCache } from '../cpu/code-cache.ts';
import { plainStore } from '../cpu/data-access.ts';
import type { Decoder } from '../cpu/decoder.ts';
import { RAM_OFFSET, JIT_LOG_OFFSET, JIT_LOG_ENTRIES } from '../memory/layout.ts';
import { compileRegion, type CompiledRegion } from './region-compiler.ts';
import { buildDispatcher, JumpCache, STOP_NAMES, STOP_REASON_OFFSET, type DispatchFn } from './dispatcher.ts';

/** One compiled entry: a region (its table index) and the block it starts at. */
interface Entry {
  readonly region: CompiledRegion;
  readonly fn: number;
  readonly block: number;
  /** The record array it was compiled from (a dropped page's stale handles must not run). */
  readonly page: Int32Array;
}

export interface JitStats {
  regions: number;
  /** Entries served by a block of a region already compiled in the page. */
  reused: number;
  /** Entries whose first operation no region can start with. */
  refused: number;
  /** Regions dropped with their page's records. */
  dropped: number;
  instructions: number;
  bytes: number;
  compileMs: number;
  /** Calls from the interpreter into compiled code, and the instructions they retired. */
  runs: number;
  retired: number;
  /** `--tier check`: region runs replayed in the interpreter, and those that differed. */
  checked: number;
  mismatches: number;
  /** Returns to the interpreter by reason (dispatcher.ts Stop, indexed by its value). */
  stops: number[];
  /** Stores that missed the TLB, done for compiled code by storeFn. */
  plainStores: number;
}

/** `--tier check`: the register-file slots saved and compared (through the exclusive monitor's). */
const SAVED = EXCL_VAL2 + 2;
/** `--tier check`: at most this many instructions per region run, so its undo log cannot fill. */
const CHECK_BUDGET = JIT_LOG_ENTRIES / 8; // (DC ZVA logs 8 windows, the most of any instruction)

export class JitTier implements CompiledTier {
  readonly stats: JitStats = { regions: 0, reused: 0, refused: 0, dropped: 0, instructions: 0, bytes: 0, compileMs: 0, runs: 0, retired: 0, checked: 0, mismatches: 0, stops: [0, 0, 0, 0, 0, 0, 0], plainStores: 0 };
  /** `--tier check`: the vCPU whose runs are replayed, and where differences are reported. */
  private check: { cpu: VCpu; report: (line: string) => void } | undefined;
  private readonly log: Int32Array;
  private readonly before = new Int32Array(SAVED);
  private readonly written = new Int32Array(2 * JIT_LOG_ENTRIES);
  private readonly after = new Int32Array(SAVED);
  private readonly dv: DataView;
  private readonly table = new WebAssembly.Table({ element: 'anyfunc', initial: 256 });
  private readonly free: number[] = [];
  private used = 0;
  private readonly dispatch: DispatchFn;
  private readonly jumps: JumpCache;

  readonly code: CodeCache;
  readonly decoder: Decoder;
  /** The vCPU's register file's byte offset in `memory`. */
  readonly regBase: number;

  constructor(readonly cpu: VCpu, readonly memory: WebAssembly.Memory, readonly threshold = 1024) {
    this.code = cpu.code;
    this.decoder = cpu.decoder;
    this.regBase = cpu.r.byteOffset;
    this.dv = new DataView(memory.buffer);
    this.dispatch = buildDispatcher(memory, this.table, this.regBase, cpu.points.pageSlots!.byteOffset);
    this.jumps = new JumpCache(memory);
    this.log = new Int32Array(memory.buffer, JIT_LOG_OFFSET, 4 * (JIT_LOG_ENTRIES + 1));
    this.code.onForget = (pg, list) => this.forget(pg, list as Entry[]);
  }

  /**
   * `--tier check`: every region run is replayed in `cpu`'s interpreter from a copy of the state
   * it started from, and the registers, flags, monitor and memory the region wrote must be what
   * the interpreter leaves; a difference is reported and the interpreter's state kept.
   */
  enableCheck(cpu: VCpu, report: (line: string) => void): void {
    this.check = { cpu, report };
  }

  compile(page: Int32Array, i: number): number {
    const pg = page[PAGE_INDEX];
    let list = this.code.compiled[pg] as Entry[] | undefined;
    if (list !== undefined) {
      // A block of a region already compiled in this page may start here.
      for (const e of list) {
        const b = e.region.entries.get(i);
        if (b !== undefined && e.page === page) { list.push({ region: e.region, fn: e.fn, block: b, page }); this.stats.reused++; return list.length - 1; }
      }
    }
    const t0 = performance.now();
    // Records a branch reaches that have not run yet are decoded as the interpreter would.
    const base = RAM_OFFSET + pg * 4096;
    const decode = (k: number): void => decodeRecord(this.decoder, this.dv.getInt32(base + k, true), page, k);
    const others = list;
    const elsewhere = others === undefined ? undefined : (k: number): boolean => others.some((e) => e.page === page && e.region.entries.has(k));
    const region = compileRegion(page, i, this.memory, this.regBase, { decode, logStores: this.check !== undefined, store: this.storeFn, elsewhere });
    if (region === undefined) { this.stats.compileMs += performance.now() - t0; this.stats.refused++; return -1; }
    const fn = this.free.length > 0 ? this.free.pop()! : this.used++;
    if (fn >= this.table.length) this.table.grow(this.table.length);
    this.table.set(fn, region.fn);
    for (const [k, b] of region.entries) this.jumps.set(base + k, fn, b);
    this.stats.compileMs += performance.now() - t0;
    this.stats.regions++;
    this.stats.instructions += region.instructions;
    this.stats.bytes += region.bytes;
    if (list === undefined) { list = []; this.code.compiled[pg] = list; }
    list.push({ region, fn, block: region.entries.get(i)!, page });
    return list.length - 1;
  }

  run(page: Int32Array, h: number, budget: number, vaLo: number, vaHi: number, rdBank: number, wrBank: number, asid: number, exBank: number): number {
    const list = this.code.compiled[page[PAGE_INDEX]] as Entry[] | undefined;
    const e = list?.[h];
    if (e === undefined || e.page !== page) return 0; // the page was dropped: interpret
    if (this.check !== undefined) return this.runChecked(e, budget, vaLo, vaHi, rdBank, wrBank, asid);
    // exBank < 0: run this region only (the guest's own hardware breakpoints are armed: the
    // interpreter checks every page; gdb's are checked by dispatch() before it enters a page).
    let k: number;
    if (exBank < 0) k = e.region.run(e.block, budget, vaLo, vaHi, rdBank, wrBank, asid);
    else {
      k = this.dispatch(e.fn, e.block, budget, vaLo, vaHi, rdBank, wrBank, asid, exBank);
      this.stats.stops[this.dv.getInt32(STOP_REASON_OFFSET, true)]++;
    }
    this.stats.runs++;
    this.stats.retired += k;
    return k;
  }

  /**
   * Compiled code's store that missed the TLB (region-compiler.ts RegionOptions.store): done here
   * when it is a plain RAM store (data-access.ts plainStore), else 1 and nothing changed.
   */
  private readonly storeFn = (lo: number, hi: number, size: number, v1Lo: number, v1Hi: number, v2Lo: number, v2Hi: number, pair: number): number => {
    if (!plainStore(this.cpu, lo, hi, size, v1Lo, v1Hi, v2Lo, v2Hi, pair !== 0, this.check !== undefined ? this.logStore : undefined)) return 1;
    this.stats.plainStores++;
    return 0;
  };

  /** `--tier check`: the 8-byte windows a store by storeFn changes go in the undo log, as compiled stores log them (memory-ops.ts logWindow). */
  private readonly logStore = (off: number, len: number): void => {
    const log = this.log;
    for (let w = off & ~7; w < off + len; w += 8) {
      const x = log[0]++;
      log[4 + 4 * x] = w; log[6 + 4 * x] = this.dv.getInt32(w, true); log[7 + 4 * x] = this.dv.getInt32(w + 4, true);
    }
  };

  /** Runs one region, then replays it in the interpreter and compares (see enableCheck). */
  private runChecked(e: Entry, budget: number, vaLo: number, vaHi: number, rdBank: number, wrBank: number, asid: number): number {
    const { cpu, report } = this.check!;
    const r = cpu.r, log = this.log;
    // Compiled code writes register-file slots up to the exclusive monitor's: those are saved.
    const before = this.before, jitRegs = this.after;
    before.set(r.subarray(0, SAVED));
    log[0] = 0;
    const k = e.region.run(e.block, Math.min(budget, CHECK_BUDGET), vaLo, vaHi, rdBank, wrBank, asid);
    this.stats.runs++;
    this.stats.retired += k;
    if (k === 0) return 0;
    jitRegs.set(r.subarray(0, SAVED));
    const n = log[0];
    // What the region wrote, then undo it (newest first) and replay from the saved state.
    const written = this.written, dv = this.dv;
    for (let x = 0; x < n; x++) { const w = log[4 + 4 * x]; written[2 * x] = dv.getInt32(w, true); written[2 * x + 1] = dv.getInt32(w + 4, true); }
    for (let x = n - 1; x >= 0; x--) {
      const w = log[4 + 4 * x];
      this.dv.setInt32(w, log[6 + 4 * x], true);
      this.dv.setInt32(w + 4, log[7 + 4 * x], true);
    }
    r.set(before);
    const jit = cpu.jit, noIrq = cpu.noIrq, icount = cpu.icount;
    cpu.jit = undefined; cpu.noIrq = true;
    try {
      cpu.run(k);
    } finally {
      cpu.jit = jit; cpu.noIrq = noIrq;
    }
    const replayed = cpu.icount - icount;
    cpu.icount = icount;
    this.stats.checked++;
    const diffs: string[] = [];
    if (replayed !== k) diffs.push(`the interpreter retired ${replayed}, the region ${k}`);
    for (let x = 0; x < SAVED && diffs.length < 6; x++) {
      if (x !== DISCARD && x !== DISCARD + 1 && r[x] !== jitRegs[x]) diffs.push(`register-file slot ${x}: jit 0x${(jitRegs[x] >>> 0).toString(16)}, interpreter 0x${(r[x] >>> 0).toString(16)}`);
    }
    for (let x = 0; x < n && diffs.length < 6; x++) {
      const w = log[4 + 4 * x], lo = dv.getInt32(w, true), hi = dv.getInt32(w + 4, true);
      if (lo !== written[2 * x] || hi !== written[2 * x + 1]) {
        const hex = (a: number, b: number): string => ((BigInt(b >>> 0) << 32n) | BigInt(a >>> 0)).toString(16).padStart(16, '0');
        diffs.push(`memory at offset 0x${w.toString(16)} (8 bytes, little-endian): jit 0x${hex(written[2 * x], written[2 * x + 1])}, interpreter 0x${hex(lo, hi)}`);
      }
    }
    if (diffs.length > 0) {
      this.stats.mismatches++;
      const pc = (BigInt(before[69] >>> 0) << 32n) | BigInt(before[68] >>> 0);
      report(`jit check: region run from pc 0x${pc.toString(16)} (${k} instructions) differs from the interpreter: ${diffs.join('; ')}`);
    }
    return k; // the interpreter's state stands
  }

  /** A page's compiled code is being dropped: free its table slots and jump-cache entries. */
  private forget(pg: number, list: Entry[]): void {
    this.jumps.clearPage(RAM_OFFSET + pg * 4096);
    const fns = new Set(list.map((e) => e.fn));
    for (const fn of fns) { this.table.set(fn, null); this.free.push(fn); }
    this.stats.dropped += fns.size;
  }

  /** One line for `--trace jit` and the benchmark. */
  summary(): string {
    const s = this.stats;
    return `jit: ${s.regions} regions (${s.instructions} instructions, ${(s.bytes / 1024).toFixed(0)} KiB of wasm, ${s.compileMs.toFixed(0)} ms compiling), ` +
      `${s.reused} entries reused, ${s.refused} refused, ${s.dropped} dropped; ${s.runs} runs retired ${s.retired} instructions, ${s.plainStores} stores past the TLB` +
      (this.check ? `; check: ${s.checked} runs replayed, ${s.mismatches} differed` : '') +
      `; back to the interpreter: ${s.stops.map((n, k) => (k === 0 ? '' : `${STOP_NAMES[k]} ${n}`)).filter((x) => x).join(', ')}`;
  }
}
