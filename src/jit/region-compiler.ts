// The JIT tier's region compiler (issue #14): the code of one 4 KiB page reachable from an entry,
// compiled to one WebAssembly function that runs its blocks with a `loop` + `br_table`
// dispatcher, so branches between them stay inside wasm (the shape DESIGN.md measured at 3.3-6.5x
// the interpreter). A block is a run of the operations compiled (integer data processing,
// block-compiler.ts; loads and stores through the TLB, memory-ops.ts; ADR/ADRP), ending with a
// branch (B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ: taken and not-taken paths go to the target block, or
// leave the region with the PC set; BR/BLR/RET leave with the register's value), before an
// operation it does not handle (the region returns there and the interpreter goes on), or where
// another block begins. The page's virtual address, the TLB banks and the ASID are parameters,
// so the code depends only on the physical page's records.
//
// Exact budgets: the function is given the instructions it may retire; a block runs only if what
// is left covers its whole length, else the region returns with the PC at that block, so a run
// ends on the same instruction as the interpreter's. A load or store that misses the TLB returns
// with the PC at it, the instructions before it retired, for the interpreter's slow path (faults,
// MMIO, watchpoints). It returns the instructions retired and writes PC and NZCV back to the
// register file. test/region-compiler.test.ts checks every run against the interpreter retiring
// the same number of instructions.

import { Op } from '../cpu/vcpu.ts';
import { PC } from '../cpu/regs.ts';
import { FunctionBody, ModuleBuilder, Opc, ValType } from './wasm-module.ts';
import { COMPILED_OPS, OpEmitter, ensureCrcTables } from './block-compiler.ts';
import { MEMORY_OPS, MemoryLocals, STORE_IMPORT_PARAMS, emitMemoryOp, memoryOpCompiled, storeTrampoline } from './memory-ops.ts';

/** Conditional and unconditional direct branches: targets in the page are jumps between blocks. */
export const BRANCH_OPS: ReadonlySet<number> = new Set([Op.B, Op.BL, Op.B_COND, Op.CBZ_X, Op.CBNZ_X, Op.CBZ_W, Op.CBNZ_W, Op.TBZ, Op.TBNZ]);
/** Branches to a register: they end the block and leave the region with the PC they set. */
export const INDIRECT_OPS: ReadonlySet<number> = new Set([Op.BR, Op.RET, Op.BLR]);
/** Operations compiled inside a block (the PC-relative ones use the page's address, a parameter). */
const BODY_OPS: ReadonlySet<number> = new Set([...COMPILED_OPS, ...MEMORY_OPS, Op.ADR, Op.ADRP]);

/** True when compileRegion can start a region at an operation. */
export function regionStarts(page: Int32Array, i: number): boolean {
  return inBody(page, i) || BRANCH_OPS.has(page[i]) || INDIRECT_OPS.has(page[i]);
}

function inBody(page: Int32Array, i: number): boolean {
  const op = page[i];
  return BODY_OPS.has(op) && (!MEMORY_OPS.has(op) || memoryOpCompiled(page, i));
}

/** Where control goes: another block of the region, or out, to the page's address + `off`. */
type Target = { block: number } | { off: number };

interface Block {
  start: number; // byte-record index in the page
  /** Instructions, the ending branch included. */
  len: number;
  /** How it ends: a branch at start + 4 * (len - 1), falling into `next`, or leaving at `next`. */
  branch: boolean;
  taken?: Target;
  next: Target;
}

/** What compileRegion produced. */
export interface CompiledRegion {
  /** Block id of each entry point compiled (record index -> id). */
  readonly entries: ReadonlyMap<number, number>;
  /**
   * Runs from block `id` retiring at most `budget` instructions; returns how many it retired,
   * with PC and NZCV written back. (vaLo, vaHi): the virtual address the page is executed at;
   * rdBank/wrBank: byte offsets in the memory of the TLB banks for data reads and writes at the
   * current EL; asid: the current ASID.
   */
  run(id: number, budget: number, vaLo: number, vaHi: number, rdBank: number, wrBank: number, asid: number): number;
  /** The same function, for a WebAssembly.Table. */
  readonly fn: WebAssembly.ExportValue;
  readonly blocks: number;
  /** Instructions compiled (a block duplicated into two counts twice). */
  readonly instructions: number;
  readonly bytes: number;
}

/** What compileRegion may be given besides the page. */
export interface RegionOptions {
  /** Fills a record not decoded yet (reachable, not executed yet), as the interpreter would. */
  decode?: (index: number) => void;
  /**
   * True where a block of another region of this page starts: the region leaves for it there
   * (through the dispatcher's jump cache) instead of compiling that code again.
   */
  elsewhere?: (index: number) => boolean;
  /** Stores save what they overwrite in the undo log (`--tier check`). */
  logStores?: boolean;
  /**
   * Does a store that missed the TLB if it is a plain RAM store, else returns non-zero having
   * changed nothing (memory-ops.ts MemoryContext.store); without it every such store leaves.
   */
  store?: (vaLo: number, vaHi: number, size: number, v1Lo: number, v1Hi: number, v2Lo: number, v2Hi: number, pair: number) => number;
}

/**
 * Compiles what is reachable from byte-record index `entry` of `page`; undefined if the entry's
 * operation is not one regionStarts() accepts. The code does not depend on the page's virtual
 * address, the EL or the ASID: they are parameters of run(), so one region serves every mapping
 * of a physical page. `regBase`: the register file's byte offset.
 */
export function compileRegion(page: Int32Array, entry: number, memory: WebAssembly.Memory, regBase: number, opts: RegionOptions = {}): CompiledRegion | undefined {
  const { decode, logStores = false } = opts;
  ensureCrcTables(memory);
  if (!regionStarts(page, entry)) return undefined;
  // Discover the blocks reachable from the entry (a block that another branch enters in its
  // middle is compiled again from there: code is duplicated, never jumped into).
  const ids = new Map<number, number>();
  const blocks: Block[] = [];
  const work: number[] = [];
  const elsewhere = (index: number): boolean => index !== entry && !ids.has(index) && opts.elsewhere !== undefined && opts.elsewhere(index);
  const blockAt = (index: number): Target => {
    if (elsewhere(index)) return { off: index }; // another region of the page has it: go there
    let id = ids.get(index);
    if (id === undefined) { id = blocks.length; ids.set(index, id); blocks.push({ start: index, len: 0, branch: false, next: { off: 0 } }); work.push(index); }
    return { block: id };
  };
  const inPage = (index: number): boolean => index >= 0 && index < 4096 && (index & 3) === 0;
  blockAt(entry);
  let instructions = 0;
  while (work.length > 0) {
    const start = work.pop()!, b = blocks[ids.get(start)!];
    let k = start;
    for (;;) {
      if (k >= 4096) { b.len = (k - start) >> 2; b.next = { off: 4096 }; break; }
      if (k !== start && ids.has(k)) { b.len = (k - start) >> 2; b.next = { block: ids.get(k)! }; break; }
      if (k !== start && elsewhere(k)) { b.len = (k - start) >> 2; b.next = { off: k }; break; }
      if (page[k] === 0 && decode !== undefined) decode(k); // reachable, not executed yet
      const op = page[k];
      if (inBody(page, k)) { k += 4; continue; }
      if (BRANCH_OPS.has(op)) {
        b.len = ((k - start) >> 2) + 1;
        b.branch = true;
        const t = k + page[k + 2];
        b.taken = inPage(t) ? blockAt(t) : { off: t };
        b.next = op === Op.B || op === Op.BL ? b.taken : k + 4 < 4096 ? blockAt(k + 4) : { off: k + 4 };
        if (op === Op.BL && k + 4 < 4096) blockAt(k + 4); // where the call returns: an entry for the dispatcher
        break;
      }
      if (INDIRECT_OPS.has(op)) {
        b.len = ((k - start) >> 2) + 1; b.branch = true; b.next = { off: k + 4 };
        if (op === Op.BLR && k + 4 < 4096) blockAt(k + 4);
        break;
      }
      b.len = (k - start) >> 2; // an operation left to the interpreter: leave the region there
      b.next = { off: k };
      break;
    }
    instructions += b.len;
  }
  // Blocks in address order, so that every branch but a loop's back edge goes forward: a forward
  // branch is a direct `br` out of the nested blocks below, only a backward one is dispatched.
  const order = blocks.map((_, id) => id).sort((x, y) => blocks[x].start - blocks[y].start);
  const renumber = new Array<number>(blocks.length);
  order.forEach((id, k) => { renumber[id] = k; });
  const targets = new Set<Target>(); // (B and BL share one object for both ways)
  for (const b of blocks) { if (b.taken !== undefined) targets.add(b.taken); targets.add(b.next); }
  for (const t of targets) if ('block' in t) t.block = renumber[t.block];
  blocks.sort((x, y) => x.start - y.start);
  for (const [k, id] of ids) ids.set(k, renumber[id]);

  const I32 = ValType.I32;
  const f = new FunctionBody([I32, I32, I32, I32, I32, I32, I32], [I32]);
  const P_ID = 0, P_BUDGET = 1, P_VALO = 2, P_VAHI = 3, P_RD = 4, P_WR = 5, P_ASID = 6;
  const n = f.local(I32), va = f.local(ValType.I64), pcOut = f.local(ValType.I64);
  const e = new OpEmitter(f, regBase);
  const L = new MemoryLocals(e, logStores);
  const N = blocks.length;

  /** Pushes the page's address + off. */
  const vaPlus = (off: number): void => { f.get(va); if (off !== 0) f.i64(off, off >> 31).op(Opc.I64Add); };
  // missAt: where a load or store that missed the TLB leaves, page offset | (instructions of its
  // block before it) << 12, for the one $miss handler.
  const missAt = f.local(I32);
  f.loop();
  f.block(); // $exit
  f.block(); // $miss
  for (let j = 0; j < N; j++) f.block();
  f.get(P_ID).brTable(Array.from({ length: N }, (_, j) => j), N);
  for (let j = 0; j < N; j++) {
    f.end(); // the code of block j follows; labels around it: blocks j+1..N-1, $exit, the loop
    const b = blocks[j];
    // A block that branches to itself runs in its own wasm loop (a tight guest loop never goes
    // through the dispatch).
    const selfLoop = [b.taken, b.next].some((t) => t !== undefined && 'block' in t && t.block === j);
    const base = selfLoop ? 1 : 0;
    if (selfLoop) f.loop();
    const toMiss = (extra: number): number => N - 1 - j + extra + base;
    const toExit = (extra: number): number => N - j + extra + base;
    const toLoop = (extra: number): number => N + 1 - j + extra + base;
    /**
     * Goes to `t` from a point nested `extra` levels inside block j's code: block k > j's code
     * follows the end of the (k - j - 1)th block around j's; an earlier one is dispatched.
     */
    const go = (t: Target, extra: number): void => {
      if ('block' in t) {
        if (t.block === j && selfLoop) f.br(extra);
        else if (t.block > j) f.br(t.block - j - 1 + extra + base);
        else f.i32(t.block).set(P_ID).br(toLoop(extra));
      } else { vaPlus(t.off); f.set(pcOut).br(toExit(extra)); }
    };
    e.blockStart(); // flags: as the way in left them (fk)
    // The budget: the whole block, or leave with the PC at its start.
    f.get(P_BUDGET).get(n).op(Opc.I32Sub).i32(b.len).op(Opc.I32LtS).if();
    f.i32(b.start).set(missAt).br(toMiss(1)); // (as a miss at the block's first instruction)
    f.end();
    const body = b.branch ? b.len - 1 : b.len;
    for (let k = 0; k < body; k++) {
      const at = b.start + 4 * k, op = page[at];
      if (MEMORY_OPS.has(op)) {
        // A miss leaves here, the instructions before it retired.
        emitMemoryOp(e, L, {
          rdBank: P_RD, wrBank: P_WR, asid: P_ASID, store: opts.store !== undefined ? STORE_FN : undefined,
          miss: (extra) => { f.i32(at | (k << 12)).set(missAt).br(toMiss(extra)); },
        }, page, at);
      } else if (op === Op.ADR) {
        const d = page[at + 1] & 255, off = page[at + 2];
        e.stX(d, () => { vaPlus(at); f.i64(off, off >> 31).op(Opc.I64Add); });
      } else if (op === Op.ADRP) {
        const d = page[at + 1] & 255;
        e.stX(d, () => { vaPlus(0); f.i64(page[at + 2], page[at + 3]).op(Opc.I64Add); });
      } else e.emit(page, at);
    }
    f.get(n).i32(b.len).op(Opc.I32Add).set(n);
    const leave = (): void => {
      if (!b.branch) { go(b.next, 0); return; }
      const bi = b.start + 4 * body, op = page[bi], s = (page[bi + 1] >>> 8) & 255;
      if (op === Op.B) { go(b.taken!, 0); return; }
      if (op === Op.BL) { e.stX(X30, () => vaPlus(bi + 4)); go(b.taken!, 0); return; }
      if (op === Op.BR || op === Op.RET) { e.ldX(s); f.set(pcOut).br(toExit(0)); return; }
      if (op === Op.BLR) { e.ldX(s); f.set(pcOut); e.stX(X30, () => vaPlus(bi + 4)); f.br(toExit(0)); return; }
      switch (op) {
        case Op.B_COND: e.cond(page[bi + 3]); break;
        case Op.CBZ_X: e.ldX(s); f.op(Opc.I64Eqz); break;
        case Op.CBNZ_X: e.ldX(s); f.op(Opc.I64Eqz).op(Opc.I32Eqz); break;
        case Op.CBZ_W: e.ldW(s); f.op(Opc.I32Eqz); break;
        case Op.CBNZ_W: e.ldW(s); f.op(Opc.I32Eqz).op(Opc.I32Eqz); break;
        case Op.TBZ: case Op.TBNZ:
          e.ldX(s); f.i64(page[bi + 3], 0).op(Opc.I64ShrU).i64(1, 0).op(Opc.I64And).op(Opc.I64Eqz);
          if (op === Op.TBNZ) f.op(Opc.I32Eqz);
          break;
        default: throw new Error(`compileRegion: branch op ${op}`);
      }
      f.if();
      go(b.taken!, 1);
      f.else();
      go(b.next, 1);
      f.end();
    };
    leave();
    if (selfLoop) f.end();
  }
  f.end(); // $miss: the instructions before the access retired, the PC at it
  f.get(n).get(missAt).i32(12).op(Opc.I32ShrU).op(Opc.I32Add).set(n);
  vaPlus(0); f.get(missAt).i32(0xfff).op(Opc.I32And).op(Opc.I64ExtendI32U).op(Opc.I64Add).set(pcOut);
  f.end(); // $exit: leave with the PC in pcOut, NZCV computed from what set the flags last
  f.i32(0).get(pcOut).mem(Opc.I64Store, e.off(PC), 3);
  e.blockStart();
  e.materialize();
  e.storeFlags();
  e.epilogue();
  f.get(n).op(Opc.Return);
  f.end(); // loop
  f.op(Opc.Unreachable);
  // The prologue: the page's address, the flags and every register the code touches.
  f.prefix(() => {
    f.get(P_VAHI).op(Opc.I64ExtendI32U).i64(32, 0).op(Opc.I64Shl).get(P_VALO).op(Opc.I64ExtendI32U).op(Opc.I64Or).set(va);
    e.loadFlags();
    e.prologue();
  });

  const m = new ModuleBuilder(memory.buffer.byteLength / 65536);
  if (opts.store !== undefined) {
    m.importFunction('store', STORE_IMPORT_PARAMS, [ValType.I32]); // index 0
    m.addFunction(storeTrampoline(0)); // STORE_FN
  }
  m.addFunction(f, 'run');
  const bin = m.encode();
  const inst = new WebAssembly.Instance(new WebAssembly.Module(bin), { env: opts.store !== undefined ? { memory, store: opts.store } : { memory } });
  return { entries: ids, run: inst.exports.run as CompiledRegion['run'], fn: inst.exports.run, blocks: N, instructions, bytes: bin.length };
}

const X30 = 60; // the link register's slot
/** The store trampoline's function index (after the one import). */
const STORE_FN = 1;
