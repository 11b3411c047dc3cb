// The JIT tier's region compiler (issue #14, step 2, not yet called by the run loop): the code of
// one 4 KiB page reachable from an entry, compiled to one WebAssembly function that runs its
// blocks with a `loop` + `br_table` dispatcher, so branches between them stay inside wasm (the
// shape DESIGN.md measured at 3.3-6.5x the interpreter). A block is a run of the operations
// block-compiler.ts handles, ending with a branch (B, B.cond, CBZ/CBNZ, TBZ/TBNZ: taken and
// not-taken paths go to the target block, or leave the region with the PC set), before an
// operation it does not handle (the region returns there and the interpreter goes on), or where
// another block begins.
//
// Exact budgets: the function is given the instructions it may retire; a block runs only if what
// is left covers its whole length, else the region returns with the PC at that block, so a run
// ends on the same instruction as the interpreter's. It returns the instructions retired and
// writes PC and NZCV back to the register file. test/region-compiler.test.ts checks every run
// against the interpreter retiring the same number of instructions.

import { Op } from '../cpu/vcpu.ts';
import { PC } from '../cpu/regs.ts';
import { FunctionBody, ModuleBuilder, Opc, ValType } from './wasm-module.ts';
import { COMPILED_OPS, OpEmitter } from './block-compiler.ts';

export const BRANCH_OPS: ReadonlySet<number> = new Set([Op.B, Op.B_COND, Op.CBZ_X, Op.CBNZ_X, Op.CBZ_W, Op.CBNZ_W, Op.TBZ, Op.TBNZ]);

/** Where control goes: another block of the region, or out with this PC (halves). */
type Target = { block: number } | { lo: number; hi: number };

interface Block {
  start: number; // byte-record index in the page
  /** Instructions, the ending branch included. */
  len: number;
  /** How it ends: a branch at start + 4 * (len - 1), falling into `next`, or leaving at `next`. */
  branch: boolean;
  taken?: Target;
  next: Target;
}

export interface CompiledRegion {
  /** Block id of each entry point compiled (record index -> id). */
  readonly entries: ReadonlyMap<number, number>;
  /** Runs from block `id` retiring at most `budget` instructions; returns how many it retired. */
  run(id: number, budget: number): number;
  readonly blocks: number;
  readonly bytes: number;
}

/**
 * Compiles what is reachable from byte-record index `entry` of `page`, a decoded page mapped at
 * virtual address (pageLo, pageHi) (4 KiB aligned); undefined if the entry's operation is one
 * this compiler does not handle. `regBase`: the register file's byte offset in `memory`.
 */
export function compileRegion(page: Int32Array, pageLo: number, pageHi: number, entry: number, memory: WebAssembly.Memory, regBase: number): CompiledRegion | undefined {
  const handled = (op: number): boolean => COMPILED_OPS.has(op) || BRANCH_OPS.has(op);
  if (!handled(page[entry])) return undefined;
  const pageVa = (BigInt(pageHi >>> 0) << 32n) | BigInt(pageLo >>> 0);
  const vaOf = (index: number, offset = 0): { lo: number; hi: number } => {
    const v = BigInt.asUintN(64, pageVa + BigInt(index) + BigInt(offset));
    return { lo: Number(v & 0xffffffffn) | 0, hi: Number(v >> 32n) | 0 };
  };
  // Discover the blocks reachable from the entry (a block that another branch enters in its
  // middle is compiled again from there: code is duplicated, never jumped into).
  const ids = new Map<number, number>();
  const blocks: Block[] = [];
  const work: number[] = [];
  const blockAt = (index: number): Target => {
    let id = ids.get(index);
    if (id === undefined) { id = blocks.length; ids.set(index, id); blocks.push({ start: index, len: 0, branch: false, next: { block: -1 } }); work.push(index); }
    return { block: id };
  };
  const inPage = (index: number): boolean => index >= 0 && index < 4096 && (index & 3) === 0;
  blockAt(entry);
  while (work.length > 0) {
    const start = work.pop()!, b = blocks[ids.get(start)!];
    let k = start;
    for (;;) {
      if (k >= 4096) { b.len = (k - start) >> 2; b.next = vaOf(4096); break; }
      if (k !== start && ids.has(k)) { b.len = (k - start) >> 2; b.next = { block: ids.get(k)! }; break; }
      const op = page[k];
      if (COMPILED_OPS.has(op)) { k += 4; continue; }
      if (BRANCH_OPS.has(op)) {
        b.len = ((k - start) >> 2) + 1;
        b.branch = true;
        const t = k + page[k + 2];
        b.taken = inPage(t) ? blockAt(t) : vaOf(k, page[k + 2]);
        b.next = op === Op.B ? b.taken : k + 4 < 4096 ? blockAt(k + 4) : vaOf(k + 4);
        break;
      }
      b.len = (k - start) >> 2; // an operation left to the interpreter: leave the region there
      b.next = vaOf(k);
      break;
    }
  }

  const f = new FunctionBody([ValType.I32, ValType.I32], [ValType.I32]);
  const P_ID = 0, P_BUDGET = 1;
  const n = f.local(ValType.I32), pcLo = f.local(ValType.I32), pcHi = f.local(ValType.I32);
  const e = new OpEmitter(f, regBase);
  const N = blocks.length;
  e.loadFlags();
  f.loop();
  f.block(); // $exit
  for (let j = 0; j < N; j++) f.block();
  f.get(P_ID).brTable(Array.from({ length: N }, (_, j) => j), N);
  for (let j = 0; j < N; j++) {
    f.end(); // the code of block j follows; labels around it: blocks j+1..N-1, $exit, the loop
    const b = blocks[j];
    const toExit = (extra: number): number => N - 1 - j + extra;
    const toLoop = (extra: number): number => N - j + extra;
    /** Goes to `t` from a point nested `extra` levels inside block j's code. */
    const go = (t: Target, extra: number): void => {
      if ('block' in t) { f.i32(t.block).set(P_ID).br(toLoop(extra)); }
      else { f.i32(t.lo).set(pcLo).i32(t.hi).set(pcHi).br(toExit(extra)); }
    };
    // The budget: the whole block, or leave with the PC at its start.
    f.get(P_BUDGET).get(n).op(Opc.I32Sub).i32(b.len).op(Opc.I32LtS).if();
    go(vaOf(b.start), 1);
    f.end();
    const body = b.branch ? b.len - 1 : b.len;
    for (let k = 0; k < body; k++) e.emit(page, b.start + 4 * k);
    f.get(n).i32(b.len).op(Opc.I32Add).set(n);
    if (!b.branch) { go(b.next, 0); continue; }
    const bi = b.start + 4 * body, op = page[bi], s = (page[bi + 1] >>> 8) & 255;
    if (op === Op.B) { go(b.taken!, 0); continue; }
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
  }
  f.end(); // $exit: leave with the PC in pcLo/pcHi
  f.i32(0).get(pcLo).mem(Opc.I32Store, e.off(PC), 2);
  f.i32(0).get(pcHi).mem(Opc.I32Store, e.off(PC + 1), 2);
  e.storeFlags();
  f.get(n).op(Opc.Return);
  f.end(); // loop
  f.op(Opc.Unreachable);

  const m = new ModuleBuilder(memory.buffer.byteLength / 65536);
  m.addFunction(f, 'run');
  const bin = m.encode();
  const inst = new WebAssembly.Instance(new WebAssembly.Module(bin), { env: { memory } });
  return { entries: ids, run: inst.exports.run as (id: number, budget: number) => number, blocks: N, bytes: bin.length };
}
