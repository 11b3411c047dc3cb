// Region-to-region dispatch inside WebAssembly (issue #14). A region returns whenever control
// leaves it: a call or return to another page, a return within the page, an indirect branch.
// Going back to JavaScript for each of those costs more than the region's work (kernel functions
// are short), so the vCPU calls dispatch() instead of a region: it runs the region through the
// function table, then looks the new PC up itself, exactly as the interpreter's fetch would hit —
// the instruction TLB bank of the current EL in the shared memory (memory/layout.ts), then the
// jump cache (instruction's byte offset in the memory -> table index and block of compiled code
// starting there) — and runs that next, until the budget is spent, a lookup misses, or a region
// retires nothing. Whatever it cannot resolve goes back to the interpreter, which fetches (and
// faults) as always; so the jump cache is only an accelerator and may drop entries at will. Nor
// does it enter a page that may hold a gdb breakpoint (the vCPU's breakpoint page counts): the
// interpreter checks those, and code on every other page keeps chaining.
//
// Jump cache set k (16 bytes at JUMP_CACHE_OFFSET + 16k, k from the instruction's offset): two
// entries of the memory byte offset of the instruction (0 = empty; RAM offsets are never 0) and
// table index * 1024 + block id, the newer first. An entry is written for every block of every
// region compiled, and cleared with the page's records (JitTier.forget), so it never names code
// older than the page. (Two ways: kernel text is megabytes, hot entries 64 K sets apart collide.)

import { JUMP_CACHE_SETS, JUMP_CACHE_OFFSET, JIT_LOG_OFFSET, BP_PAGE_SLOTS } from '../memory/layout.ts';
import { GLOBAL, TLB_SIZE } from '../cpu/mmu.ts';
import { PC } from '../cpu/regs.ts';
import { FunctionBody, ModuleBuilder, Opc, ValType } from './wasm-module.ts';

/** Where dispatch() leaves its Stop reason: a spare word of the check log's header. */
export const STOP_REASON_OFFSET = JIT_LOG_OFFSET + 4;

const I32 = ValType.I32;
/** A region's run(): (block, budget, vaLo, vaHi, rdBank, wrBank, asid) -> retired. */
export const REGION_PARAMS: readonly ValType[] = [I32, I32, I32, I32, I32, I32, I32];
const MASK = JUMP_CACHE_SETS - 1;

/** Why dispatch() returned (stored at STOP_REASON_OFFSET; counted by JitTier for --trace jit). */
export const enum Stop {
  /** A region retired nothing: its first block did not fit the budget, or its first access missed the TLB. */
  NOTHING_RUN = 1,
  /** The budget is spent (an event is due: the interpreter's run loop takes it). */
  BUDGET = 2,
  /** The new PC is misaligned (the interpreter's fetch raises the fault). */
  MISALIGNED = 3,
  /** The new PC is not in the instruction TLB for this EL and ASID. */
  TLB_MISS = 4,
  /** No compiled block starts at the new PC: not hot yet, or an operation the JIT leaves to the interpreter. */
  NOT_COMPILED = 5,
  /** The new PC's page may hold a gdb breakpoint (its slot in the vCPU's breakpoint page counts is not 0). */
  BREAKPOINT_PAGE = 6,
}
export const STOP_NAMES = ['', 'nothing run', 'budget', 'misaligned pc', 'instruction tlb miss', 'not compiled / left to the interpreter', 'breakpoint page'];

export type DispatchFn = (fn: number, block: number, budget: number, vaLo: number, vaHi: number, rdBank: number, wrBank: number, asid: number, exBank: number) => number;

/**
 * Builds dispatch(fn, block, budget, vaLo, vaHi, rdBank, wrBank, asid, exBank) -> retired, over
 * `memory` and `table`; exBank is the byte offset of the current EL's instruction TLB bank,
 * bpSlots that of the vCPU's breakpoint page counts (memory/layout.ts BP_PAGES_OFFSET).
 */
export function buildDispatcher(memory: WebAssembly.Memory, table: WebAssembly.Table, regBase: number, bpSlots: number): DispatchFn {
  const f = new FunctionBody([I32, I32, I32, I32, I32, I32, I32, I32, I32], [I32]);
  const P_FN = 0, P_BLOCK = 1, P_BUDGET = 2, P_VALO = 3, P_VAHI = 4, P_RD = 5, P_WR = 6, P_ASID = 7, P_EX = 8;
  const n = f.local(I32), k = f.local(I32), pcLo = f.local(I32), pcHi = f.local(I32), e = f.local(I32), off = f.local(I32), j = f.local(I32);
  const why = f.local(I32); // the Stop it leaves with, stored at STOP_REASON_OFFSET
  const m = new ModuleBuilder(memory.buffer.byteLength / 65536);
  m.importTable();
  const runType = m.type(REGION_PARAMS, [I32]);
  f.block(); // $out
  f.loop();
  // k = table[fn](block, budget - n, ...); n += k; nothing retired: out.
  f.get(P_BLOCK).get(P_BUDGET).get(n).op(Opc.I32Sub).get(P_VALO).get(P_VAHI).get(P_RD).get(P_WR).get(P_ASID).get(P_FN).callIndirect(runType).tee(k);
  f.i32(Stop.NOTHING_RUN).set(why);
  f.op(Opc.I32Eqz).brIf(1);
  f.get(n).get(k).op(Opc.I32Add).set(n);
  f.i32(Stop.BUDGET).set(why);
  f.get(n).get(P_BUDGET).op(Opc.I32GeU).brIf(1);
  // The new PC: aligned, in the instruction TLB (as the interpreter's tlbHit), in the jump cache.
  f.i32(Stop.MISALIGNED).set(why);
  f.i32(0).mem(Opc.I32Load, regBase + 4 * PC, 2).tee(pcLo).i32(3).op(Opc.I32And).brIf(1);
  f.i32(0).mem(Opc.I32Load, regBase + 4 * (PC + 1), 2).set(pcHi);
  // Not into a page that may hold a gdb breakpoint: the interpreter checks those.
  f.i32(Stop.BREAKPOINT_PAGE).set(why);
  f.get(pcLo).i32(12).op(Opc.I32ShrU).i32(BP_PAGE_SLOTS - 1).op(Opc.I32And).i32(2).op(Opc.I32Shl).mem(Opc.I32Load, bpSlots, 2).brIf(1);
  f.get(pcLo).i32(12).op(Opc.I32ShrU).i32(TLB_SIZE - 1).op(Opc.I32And).i32(4).op(Opc.I32Shl).get(P_EX).op(Opc.I32Add).set(e);
  f.i32(Stop.TLB_MISS).set(why);
  f.get(e).mem(Opc.I32Load, 0, 2).get(pcLo).i32(~0xfff).op(Opc.I32And).op(Opc.I32Ne).brIf(1);
  f.get(e).mem(Opc.I32Load, 4, 2).get(pcHi).op(Opc.I32Ne).brIf(1);
  f.get(e).mem(Opc.I32Load, 8, 2).tee(j).i32(GLOBAL).op(Opc.I32Ne).get(j).get(P_ASID).op(Opc.I32Ne).op(Opc.I32And).brIf(1);
  f.get(e).mem(Opc.I32Load, 12, 2).get(pcLo).i32(0xfff).op(Opc.I32And).op(Opc.I32Add).set(off);
  f.get(off).i32(2).op(Opc.I32ShrU).i32(MASK).op(Opc.I32And).i32(4).op(Opc.I32Shl).set(j);
  f.i32(Stop.NOT_COMPILED).set(why);
  // The first way, else the second (j += 8), else out.
  f.get(j).mem(Opc.I32Load, JUMP_CACHE_OFFSET, 2).get(off).op(Opc.I32Ne).if();
  f.get(j).i32(8).op(Opc.I32Add).tee(j).mem(Opc.I32Load, JUMP_CACHE_OFFSET, 2).get(off).op(Opc.I32Ne).brIf(2);
  f.end();
  f.get(j).mem(Opc.I32Load, JUMP_CACHE_OFFSET + 4, 2).tee(k).i32(10).op(Opc.I32ShrU).set(P_FN);
  f.get(k).i32(1023).op(Opc.I32And).set(P_BLOCK);
  f.get(pcLo).i32(~0xfff).op(Opc.I32And).set(P_VALO);
  f.get(pcHi).set(P_VAHI);
  f.br(0);
  f.end(); // loop
  f.end(); // $out
  f.i32(0).get(why).mem(Opc.I32Store, STOP_REASON_OFFSET, 2);
  f.get(n);
  m.addFunction(f, 'dispatch');
  const inst = new WebAssembly.Instance(new WebAssembly.Module(m.encode()), { env: { memory, table } });
  return inst.exports.dispatch as DispatchFn;
}

/** The jump cache as JavaScript writes it. */
export class JumpCache {
  private readonly e: Int32Array;
  constructor(memory: WebAssembly.Memory) {
    this.e = new Int32Array(memory.buffer, JUMP_CACHE_OFFSET, 4 * JUMP_CACHE_SETS);
    this.e.fill(0);
  }

  /** Code at memory byte offset `off` is block `block` of the function at table index `fn`. */
  set(off: number, fn: number, block: number): void {
    const e = this.e, x = ((off >>> 2) & MASK) * 4, v = fn * 1024 + block;
    if (e[x] === off) { e[x + 1] = v; return; }
    if (e[x + 2] !== off) { e[x + 2] = e[x]; e[x + 3] = e[x + 1]; } // the first way's moves to the second
    e[x] = off; e[x + 1] = v;
    if (e[x + 2] === off) e[x + 2] = 0; // (it was in the second way: now in the first only)
  }

  /** Forgets every entry for the 4 KiB page at memory byte offset `pageOff`. */
  clearPage(pageOff: number): void {
    const e = this.e;
    for (let s = 0; s < 1024; s++) {
      const off = pageOff + 4 * s, x = ((off >>> 2) & MASK) * 4;
      if (e[x] === off) e[x] = 0;
      if (e[x + 2] === off) e[x + 2] = 0;
    }
  }

  clearAll(): void { this.e.fill(0); }
}
