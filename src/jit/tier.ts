// The JIT tier as the vCPU uses it (cpu/vcpu.ts CompiledTier): compiles an entry once the
// interpreter has entered a block there `threshold` times, keeps the regions per physical page
// in the code cache (CodeCache.compiled, dropped with the page's records: a store over decoded
// code, IC IVAU/IALLU, a snapshot restore), puts each region's function in one table and each of
// its blocks in the jump cache, and runs them through the dispatcher (dispatcher.ts), which goes
// from region to region inside WebAssembly. Regions take the page's virtual address, TLB banks
// and ASID as parameters, so one region serves every mapping of its page. Counters for
// `--trace jit` and the benchmark.

import { Op, type CompiledTier } from '../cpu/vcpu.ts';
import { PAGE_INDEX, type CodeCache } from '../cpu/code-cache.ts';
import type { Decoder } from '../cpu/decoder.ts';
import { RAM_OFFSET } from '../memory/layout.ts';
import { compileRegion, type CompiledRegion } from './region-compiler.ts';
import { buildDispatcher, JumpCache, type DispatchFn } from './dispatcher.ts';

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
}

export class JitTier implements CompiledTier {
  readonly stats: JitStats = { regions: 0, reused: 0, refused: 0, dropped: 0, instructions: 0, bytes: 0, compileMs: 0, runs: 0, retired: 0 };
  private readonly dv: DataView;
  private readonly table = new WebAssembly.Table({ element: 'anyfunc', initial: 256 });
  private readonly free: number[] = [];
  private used = 0;
  private readonly dispatch: DispatchFn;
  private readonly jumps: JumpCache;

  /** `regBase`: the vCPU's register file's byte offset in `memory`. */
  constructor(readonly code: CodeCache, readonly decoder: Decoder, readonly memory: WebAssembly.Memory, readonly regBase: number, readonly threshold = 1024) {
    this.dv = new DataView(memory.buffer);
    this.dispatch = buildDispatcher(memory, this.table, regBase);
    this.jumps = new JumpCache(memory);
    code.onForget = (pg, list) => this.forget(pg, list as Entry[]);
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
    const decode = (k: number): void => {
      if (!this.decoder.decode(this.dv.getInt32(base + k, true), page, k)) { page[k] = Op.UNDEF; page[k + 1] = 0; page[k + 2] = 0; page[k + 3] = 0; }
    };
    const region = compileRegion(page, i, this.memory, this.regBase, decode);
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
    // exBank < 0: run this region only (a breakpoint somewhere: the interpreter checks each page).
    const k = exBank < 0 ? e.region.run(e.block, budget, vaLo, vaHi, rdBank, wrBank, asid)
      : this.dispatch(e.fn, e.block, budget, vaLo, vaHi, rdBank, wrBank, asid, exBank);
    this.stats.runs++;
    this.stats.retired += k;
    return k;
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
      `${s.reused} entries reused, ${s.refused} refused, ${s.dropped} dropped; ${s.runs} runs retired ${s.retired} instructions`;
  }
}
