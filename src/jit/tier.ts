// The JIT tier as the vCPU uses it (cpu/vcpu.ts CompiledTier): compiles an entry once the
// interpreter has entered a block there `threshold` times, keeps the regions per physical page
// in the code cache (CodeCache.compiled, dropped with the page's records: a store into the page,
// IC IVAU/IALLU, a snapshot restore), and runs them with the page's current virtual address, TLB
// banks and ASID, so one region serves every mapping of its page. Counters for `--trace jit`.

import type { CompiledTier } from '../cpu/vcpu.ts';
import { PAGE_INDEX, type CodeCache } from '../cpu/code-cache.ts';
import { compileRegion, type CompiledRegion } from './region-compiler.ts';

/** One compiled entry: a region and the block it starts at. */
interface Entry {
  readonly region: CompiledRegion;
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
  instructions: number;
  bytes: number;
  compileMs: number;
  runs: number;
  retired: number;
}

export class JitTier implements CompiledTier {
  readonly stats: JitStats = { regions: 0, reused: 0, refused: 0, instructions: 0, bytes: 0, compileMs: 0, runs: 0, retired: 0 };

  /** `regBase`: the vCPU's register file's byte offset in `memory`. */
  constructor(readonly code: CodeCache, readonly memory: WebAssembly.Memory, readonly regBase: number, readonly threshold = 64) {}

  compile(page: Int32Array, i: number): number {
    const pg = page[PAGE_INDEX];
    let list = this.code.compiled[pg] as Entry[] | undefined;
    if (list !== undefined) {
      // A block of a region already compiled in this page may start here.
      for (const e of list) {
        const b = e.region.entries.get(i);
        if (b !== undefined && e.page === page) { list.push({ region: e.region, block: b, page }); this.stats.reused++; return list.length - 1; }
      }
    }
    const t0 = performance.now();
    const region = compileRegion(page, i, this.memory, this.regBase);
    this.stats.compileMs += performance.now() - t0;
    if (region === undefined) { this.stats.refused++; return -1; }
    this.stats.regions++;
    this.stats.instructions += region.instructions;
    this.stats.bytes += region.bytes;
    if (list === undefined) { list = []; this.code.compiled[pg] = list; }
    list.push({ region, block: region.entries.get(i)!, page });
    return list.length - 1;
  }

  run(page: Int32Array, h: number, budget: number, vaLo: number, vaHi: number, rdBank: number, wrBank: number, asid: number): number {
    const list = this.code.compiled[page[PAGE_INDEX]] as Entry[] | undefined;
    const e = list?.[h];
    if (e === undefined || e.page !== page) return 0; // the page was dropped: interpret
    const k = e.region.run(e.block, budget, vaLo, vaHi, rdBank, wrBank, asid);
    this.stats.runs++;
    this.stats.retired += k;
    return k;
  }

  /** One line for `--trace jit` and the benchmark. */
  summary(): string {
    const s = this.stats;
    return `jit: ${s.regions} regions (${s.instructions} instructions, ${(s.bytes / 1024).toFixed(0)} KiB of wasm, ${s.compileMs.toFixed(0)} ms compiling), ` +
      `${s.reused} entries reused, ${s.refused} refused; ${s.runs} runs retired ${s.retired} instructions`;
  }
}
