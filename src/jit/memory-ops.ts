// Loads and stores in compiled code (issue #14): the interpreter's inline fast paths (cpu/vcpu.ts
// run(), the LDR/STR/LDST/LDSTP cases) as WebAssembly. The effective address is looked up in the
// vCPU's software TLB, which lives in the shared memory (memory/layout.ts TLB_OFFSET): a hit is a
// RAM page this access may touch (the bank is per EL and access type, write banks never map a page
// holding decoded code, a watched page's tag never matches), so the access is one wasm load or
// store. Anything else (a miss, MMIO, a fault, a misaligned SP base, an access crossing the page)
// leaves the region with the PC at the instruction, which the interpreter then executes through
// its slow path: exceptions, MMIO exits and watchpoints stay where they are exact today.

import { Op } from '../cpu/vcpu.ts';
import { SP, SP_EL0, CUREL, SPSEL, DAIF, EXCL_VALID, EXCL_ADDR, EXCL_VAL, EXCL_VAL2 } from '../cpu/regs.ts';
import { SYSREGS, PstateField } from '../cpu/sysregs.ts';
import { DCZVA_BYTES } from '../cpu/data-access.ts';
import { JIT_LOG_OFFSET } from '../memory/layout.ts';
import { GLOBAL, TLB_SIZE } from '../cpu/mmu.ts';
import { FunctionBody, Opc, ValType } from './wasm-module.ts';
import type { OpEmitter } from './block-compiler.ts';

/**
 * The operations compiled here: the interpreter's inline loads and stores, exclusives, DC ZVA and
 * DC by VA, and the system-register reads and writes that need no cold path (memoryOpCompiled).
 */
export const MEMORY_OPS: ReadonlySet<number> = new Set([
  Op.LDR_X, Op.LDR_REG_X, Op.LDR_W, Op.LDR_REG_W, Op.LDRB, Op.LDRB_REG,
  Op.STR_X, Op.STR_REG_X, Op.STR_W, Op.STR_REG_W, Op.STRB, Op.STRB_REG,
  Op.LDST_IMM, Op.LDST_PRE, Op.LDST_POST, Op.LDST_REG, Op.LDSTP, Op.DC_ZVA, Op.MRS_STORE, Op.MRS_SP_EL0,
  Op.LDXR, Op.STXR, // and the pairs
  Op.DC_MAINT, Op.MRS, // (MRS: constant registers and DAIF only, mrsCompiled)
  Op.MSR_IMM, // (DAIFSet without D only)
]);

/** True when the memory record at page[i] is compiled. */
export function memoryOpCompiled(page: Int32Array, i: number): boolean {
  const op = page[i];
  if (op === Op.MRS) return mrsCompiled(page[i + 2]);
  // MSR DAIFSet masks interrupts, so none can become due (the interpreter's cold path then
  // takes nothing); D is left out: it changes when debug exceptions (a guest's step) apply.
  if (op === Op.MSR_IMM) return page[i + 2] === PstateField.DAIFSET && (page[i + 3] & 8) === 0;
  return MEMORY_OPS.has(op);
}

/**
 * MRS of system register `index` is compiled when its value is a constant (ID registers,
 * DCZID_EL0, which Linux reads before every DC ZVA loop) or it is DAIF, read from the register
 * file; the interpreter's mrs() (system-ops.ts) does the same for them when the access is allowed.
 */
function mrsCompiled(index: number): boolean {
  if (index < 0) return false;
  const def = SYSREGS[index];
  if (def.writeOnly || def.el0 === 'fp') return false;
  return def.kind.k === 'const' || def.name === 'DAIF';
}

/** At EL0 the code leaves for the interpreter (whose EL0 checks trap or make it UNDEFINED). */
function leaveAtEl0(e: OpEmitter, ctx: MemoryContext): void {
  e.f.i32(0).mem(Opc.I32Load, e.off(CUREL), 2).op(Opc.I32Eqz).if();
  ctx.miss(1);
  e.f.end();
}

/** MRS (mrsCompiled): Xt = the constant, or DAIF; at EL0 only what EL0 may read, else it leaves. */
function emitMrs(e: OpEmitter, ctx: MemoryContext, d: number, index: number): void {
  const f = e.f, def = SYSREGS[index];
  if (def.el0 !== 'ro' && def.el0 !== 'rw') leaveAtEl0(e, ctx);
  if (def.kind.k === 'const') { const { lo, hi } = def.kind; e.stX(d, () => f.i64(lo, hi)); }
  else e.stX(d, () => { f.i32(0).mem(Opc.I32Load, e.off(DAIF), 2).op(Opc.I64ExtendI32U); });
}

/**
 * DC CVAC/CVAU/CIVAC/IVAC/... at EL1 (system-ops.ts dcMaintenance): memory is coherent, so it is
 * nothing when the VA hits this EL's read TLB (the write TLB for DC IVAC), as the interpreter's
 * maintenanceVa sees it; a miss, EL0 (UCI, UNDEFINED forms) leave for the interpreter.
 */
function emitDcMaintenance(e: OpEmitter, L: MemoryLocals, ctx: MemoryContext, s: number, iss: number): void {
  const f = e.f;
  const op1 = (iss >>> 14) & 7, crm = (iss >>> 1) & 15, op2 = (iss >>> 17) & 7;
  leaveAtEl0(e, ctx);
  if (op1 === 0 && op2 === 2) return; // by set/way: no address
  e.ldX(s); f.set(L.va);
  tlbLookup(e, L, op1 === 0 && crm === 6 ? ctx.wrBank : ctx.rdBank, ctx.asid, 0xfff);
  f.op(Opc.I32Eqz).if(); ctx.miss(1); f.end();
}

/** What a memory operation needs from the function it is emitted into. */
export interface MemoryContext {
  /** Locals holding the byte offsets of the read and write TLB banks and the current ASID. */
  readonly rdBank: number;
  readonly wrBank: number;
  readonly asid: number;
  /** Emits the code that leaves at this instruction, from `extra` levels of nesting deeper. */
  miss(extra: number): void;
  /**
   * The function that does a store whose TLB lookup missed when it is a plain RAM store
   * (data-access.ts plainStore): (va i64, v1 i64, v2 i64, size | pair << 2) -> 0 when done, else
   * nothing changed and the code leaves (storeTrampoline). Undefined: every miss leaves.
   */
  readonly store?: number;
}

/** The parameters of the imported JavaScript store function (halves: i64 would be BigInts). */
export const STORE_IMPORT_PARAMS: readonly ValType[] = [ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32];
export const STORE_PARAMS: readonly ValType[] = [ValType.I64, ValType.I64, ValType.I64, ValType.I32];

/**
 * The body of MemoryContext.store: (va, v1, v2, size | pair << 2) -> the imported function
 * `imported` (vaLo, vaHi, size, v1Lo, v1Hi, v2Lo, v2Hi, pair), so each store site passes three
 * locals instead of six halves.
 */
export function storeTrampoline(imported: number): FunctionBody {
  const f = new FunctionBody(STORE_PARAMS, [ValType.I32]);
  const halves = (l: number): void => { f.get(l).op(Opc.I32WrapI64).get(l).i64(32, 0).op(Opc.I64ShrU).op(Opc.I32WrapI64); };
  halves(0);
  f.get(3).i32(3).op(Opc.I32And);
  halves(1);
  halves(2);
  f.get(3).i32(2).op(Opc.I32ShrU);
  f.call(imported);
  return f;
}

/** Scratch locals of one function, created on first use. */
export class MemoryLocals {
  readonly va: number;
  readonly lo: number;
  readonly ent: number;
  readonly off: number;
  readonly v1: number;
  readonly w: number;
  readonly n: number;
  /** `log`: every store first saves the 8-byte windows it changes in the undo log (`--tier check`). */
  constructor(e: OpEmitter, readonly log = false) {
    this.w = e.f.local(ValType.I32);
    this.n = e.f.local(ValType.I32);
    this.va = e.f.local(ValType.I64);
    this.v1 = e.f.local(ValType.I64);
    this.lo = e.f.local(ValType.I32);
    this.ent = e.f.local(ValType.I32);
    this.off = e.f.local(ValType.I32);
  }
}

/** Pushes base X<s> + sign-extended imm (eaImm). */
function eaImm(e: OpEmitter, s: number, imm: number): void {
  e.ldX(s);
  if (imm !== 0) e.f.i64(imm, imm >> 31).op(Opc.I64Add);
}

/** Pushes base + extend(index) << shift, `a` = option | shift << 3 (A.extend64, as memSlow). */
function eaReg(e: OpEmitter, s: number, t: number, a: number): void {
  e.ldX(s);
  e.extended(t, a & 7, (a >>> 3) & 7);
  e.f.op(Opc.I64Add);
}

/**
 * With the address in L.va: pushes 1 on a TLB hit that covers the access (the page offset at
 * most `maxOff`) and leaves the RAM byte offset of the access in L.off (tlbHit). The entry's tag
 * and VA high half, read as one i64, must equal the page of the access's last byte: one compare
 * checks the page and that the access does not cross it (a WATCHED or INVALID tag never equals).
 */
function tlbLookup(e: OpEmitter, L: MemoryLocals, bank: number, asid: number, maxOff: number): void {
  const f = e.f, last = 0xfff - maxOff;
  // Entry byte offset: bank + ((lo >>> 12) & mask) * 16.
  f.get(L.va).op(Opc.I32WrapI64).tee(L.lo).i32(12).op(Opc.I32ShrU).i32(TLB_SIZE - 1).op(Opc.I32And).i32(4).op(Opc.I32Shl).get(bank).op(Opc.I32Add).tee(L.ent);
  f.mem(Opc.I64Load, 0, 3).get(L.va);
  if (last !== 0) f.i64(last, 0).op(Opc.I64Add);
  f.i64(-4096, -1).op(Opc.I64And).op(Opc.I64Eq);
  f.get(L.ent).mem(Opc.I32Load, 8, 2).tee(L.off).get(asid).op(Opc.I32Eq).get(L.off).i32(GLOBAL).op(Opc.I32Eq).op(Opc.I32Or).op(Opc.I32And);
  // (The offset is computed whether or not it hit; it is used only on a hit.)
  f.get(L.ent).mem(Opc.I32Load, 12, 2).get(L.lo).i32(0xfff).op(Opc.I32And).op(Opc.I32Add).set(L.off);
}

/** X<s> += imm after the access (LDP/STP's write-back, as the interpreter's both paths). */
function writeBack(e: OpEmitter, s: number, imm: number): void {
  const f = e.f;
  e.stX(s, () => { e.ldX(s); f.i64(imm, imm >> 31).op(Opc.I64Add); });
}

/** X<d> = the i64 `value` pushes. */
function setX(e: OpEmitter, d: number, value: () => void): void {
  e.stX(d, value);
}

/** Loads of `code` (size | signed << 2 | toX << 3) from L.off, as loadCoded: pushes the i64. */
function loadCoded(e: OpEmitter, L: MemoryLocals, code: number, at = 0): void {
  const f = e.f;
  f.get(L.off);
  switch (code & 15) {
    case 0: f.mem(Opc.I64Load8U, at, 0); break;
    case 1: f.mem(Opc.I64Load16U, at, 0); break;
    case 2: f.mem(Opc.I64Load32U, at, 0); break;
    case 3: case 3 | 8: f.mem(Opc.I64Load, at, 0); break;
    case 4: f.mem(Opc.I32Load8S, at, 0).op(Opc.I64ExtendI32U); break; // LDRSB W
    case 5: f.mem(Opc.I32Load16S, at, 0).op(Opc.I64ExtendI32U); break; // LDRSH W
    case 4 | 8: f.mem(Opc.I64Load8S, at, 0); break;
    case 5 | 8: f.mem(Opc.I64Load16S, at, 0); break;
    case 6 | 8: f.mem(Opc.I64Load32S, at, 0); break;
    default: f.mem(Opc.I64Load8U, at, 0); break; // as loadCoded's default
  }
}

/** With L.log: saves the 8-byte window holding memory offset L.off + at in the undo log. */
function logWindow(e: OpEmitter, L: MemoryLocals, at: number): void {
  const f = e.f;
  f.get(L.off).i32(at).op(Opc.I32Add).i32(~7).op(Opc.I32And).set(L.w);
  f.i32(0).mem(Opc.I32Load, JIT_LOG_OFFSET, 2).tee(L.n).i32(4).op(Opc.I32Shl).set(L.n); // entry byte offset
  f.get(L.n).get(L.w).mem(Opc.I32Store, JIT_LOG_OFFSET + 16, 2);
  f.get(L.n).get(L.w).mem(Opc.I64Load, 0, 3).mem(Opc.I64Store, JIT_LOG_OFFSET + 24, 3);
  f.i32(0).get(L.n).i32(4).op(Opc.I32ShrU).i32(1).op(Opc.I32Add).mem(Opc.I32Store, JIT_LOG_OFFSET, 2);
}

/** Stores the low (8 << size) bits of X<t> at L.off (+at). */
function storeSized(e: OpEmitter, L: MemoryLocals, size: number, t: number, at = 0): void {
  const f = e.f;
  if (L.log) { logWindow(e, L, at); logWindow(e, L, at + (1 << size) - 1); }
  f.get(L.off);
  e.ldX(t);
  f.mem(size === 0 ? Opc.I64Store8 : size === 1 ? Opc.I64Store16 : size === 2 ? Opc.I64Store32 : Opc.I64Store, at, 0);
}

/**
 * MRS of a register kept in the register file (TPIDR_EL1, SP_EL0, ...): EL1 only, and SP_EL0
 * not while it is the live SP; otherwise the interpreter's (UNDEFINED).
 */
function emitMrsStore(e: OpEmitter, ctx: MemoryContext, op: number, d: number, slot: number): void {
  const f = e.f;
  f.i32(0).mem(Opc.I32Load, e.off(CUREL), 2).op(Opc.I32Eqz);
  if (op === Op.MRS_SP_EL0) f.i32(0).mem(Opc.I32Load, e.off(SPSEL), 2).op(Opc.I32Eqz).op(Opc.I32Or);
  f.if();
  ctx.miss(1);
  f.end();
  e.stX(d, () => { f.i32(0).mem(Opc.I64Load, e.off(op === Op.MRS_SP_EL0 ? SP_EL0 : slot), 3); });
}

/** Pushes the i64 zero-extended load of 2^size bytes at L.off (data-access.ts loadZ). */
function loadZ(e: OpEmitter, L: MemoryLocals, size: number): void {
  e.f.get(L.off).mem(size === 0 ? Opc.I64Load8U : size === 1 ? Opc.I64Load16U : size === 2 ? Opc.I64Load32U : Opc.I64Load, 0, 0);
}

/**
 * LDXR/STXR and the pairs LDXP/STXP (data-access.ts loadExclusive/storeExclusive, QEMU's model:
 * the store succeeds iff the monitor holds this address and memory still holds what the load
 * saw; a W pair is monitored as one 64-bit value, an X pair as two). The monitor lives in the
 * register file (EXCL_*). An unaligned address or a TLB miss leaves for the interpreter before
 * anything changed; a store-exclusive that fails the monitor check never touches memory, so it
 * needs no TLB. `t`: LDXP's second register; `status` and `t2`: STXR's status register and
 * STXP's second value.
 */
function emitExclusive(e: OpEmitter, L: MemoryLocals, ctx: MemoryContext, op: number, d: number, s: number, t: number, t2: number, size: number, pair: boolean): void {
  const f = e.f, bytes = (1 << size) << (pair ? 1 : 0);
  e.ldX(s); f.set(L.va);
  const aligned = (): void => { if (bytes > 1) f.get(L.va).op(Opc.I32WrapI64).i32(bytes - 1).op(Opc.I32And).op(Opc.I32Eqz).op(Opc.I32And); };
  const setValid = (v: number): void => { f.i32(0).i32(v).mem(Opc.I32Store, e.off(EXCL_VALID), 2); };
  const load64 = (at: number): void => { f.get(L.off).mem(Opc.I64Load, at, 0); };
  if (op === Op.LDXR) {
    tlbLookup(e, L, ctx.rdBank, ctx.asid, 0xfff);
    aligned();
    f.if();
    if (pair && size === 3) {
      load64(0); f.set(L.v1);
      f.i32(0).get(L.v1).mem(Opc.I64Store, e.off(EXCL_VAL), 3);
      f.i32(0); load64(8); f.mem(Opc.I64Store, e.off(EXCL_VAL2), 3);
      e.stX(t, () => { load64(8); });
    } else {
      if (pair) load64(0); else loadZ(e, L, size); // (a W pair: both words as one i64)
      f.set(L.v1);
      f.i32(0).get(L.v1).mem(Opc.I64Store, e.off(EXCL_VAL), 3);
      f.i32(0).i64(0, 0).mem(Opc.I64Store, e.off(EXCL_VAL2), 3);
      if (pair) e.stX(t, () => { f.get(L.v1).i64(32, 0).op(Opc.I64ShrU); });
    }
    e.stX(d, () => { f.get(L.v1); if (pair && size === 2) f.i64(-1, 0).op(Opc.I64And); });
    setValid(1);
    f.i32(0).get(L.va).mem(Opc.I64Store, e.off(EXCL_ADDR), 3);
    f.else();
    ctx.miss(1);
    f.end();
    return;
  }
  // The monitor first.
  f.i32(0).mem(Opc.I32Load, e.off(EXCL_VALID), 2).i32(1).op(Opc.I32Eq);
  f.i32(0).mem(Opc.I64Load, e.off(EXCL_ADDR), 3).get(L.va).op(Opc.I64Eq).op(Opc.I32And);
  f.if();
  tlbLookup(e, L, ctx.wrBank, ctx.asid, 0xfff);
  aligned();
  f.if();
  // ok: memory still holds what the load-exclusive saw.
  if (pair) load64(0); else loadZ(e, L, size);
  f.i32(0).mem(Opc.I64Load, e.off(EXCL_VAL), 3).op(Opc.I64Eq);
  if (pair && size === 3) { load64(8); f.i32(0).mem(Opc.I64Load, e.off(EXCL_VAL2), 3).op(Opc.I64Eq).op(Opc.I32And); }
  f.set(L.lo);
  f.get(L.lo).if();
  if (!pair) storeSized(e, L, size, d);
  else if (size === 3) { storeSized(e, L, 3, d); storeSized(e, L, 3, t2, 8); }
  else {
    // A W pair: Wd in the low word, Wt2 in the high one, as one 8-byte store.
    if (L.log) logWindow(e, L, 0);
    f.get(L.off);
    e.ldX(d); f.i64(-1, 0).op(Opc.I64And);
    e.ldX(t2); f.i64(32, 0).op(Opc.I64Shl).op(Opc.I64Or);
    f.mem(Opc.I64Store, 0, 0);
  }
  f.end();
  setValid(0);
  e.stX(t, () => { f.get(L.lo).op(Opc.I32Eqz).op(Opc.I64ExtendI32U); });
  f.else();
  ctx.miss(2);
  f.end();
  f.else();
  setValid(0);
  e.stX(t, () => f.i64(1, 0));
  f.end();
}

/** Emits the memory record at page[i] (its op in MEMORY_OPS). */
export function emitMemoryOp(e: OpEmitter, L: MemoryLocals, ctx: MemoryContext, page: Int32Array, i: number): void {
  const f = e.f;
  const op = page[i], w = page[i + 1], a = page[i + 2];
  const d = w & 255, s = (w >>> 8) & 255, t = (w >>> 16) & 255, c = w >>> 24;
  // size: log2 of the bytes one element moves (a pair moves two).
  let store = false, size = 0, spCheck = false;
  // The address into L.va.
  switch (op) {
    case Op.LDR_X: case Op.LDR_W: case Op.LDRB: case Op.STR_X: case Op.STR_W: case Op.STRB: eaImm(e, s, a); break;
    case Op.LDR_REG_X: case Op.LDR_REG_W: case Op.LDRB_REG: case Op.STR_REG_X: case Op.STR_REG_W: case Op.STRB_REG: eaReg(e, s, t, a); break;
    case Op.LDST_POST: e.ldX(s); break;
    case Op.LDST_IMM: case Op.LDST_PRE: eaImm(e, s, a); break;
    case Op.LDST_REG: eaReg(e, s, t, a); break;
    case Op.DC_ZVA: e.ldX(s); break;
    case Op.MRS_STORE: case Op.MRS_SP_EL0: { emitMrsStore(e, ctx, op, d, a); return; }
    case Op.LDXR: case Op.STXR: { emitExclusive(e, L, ctx, op, d, s, t, a, c & 3, (c & 4) !== 0); return; }
    case Op.MRS: { emitMrs(e, ctx, d, a); return; }
    case Op.MSR_IMM: { // DAIFSet at EL1 (memoryOpCompiled); at EL0 SCTLR_EL1.UMA decides: the interpreter's
      leaveAtEl0(e, ctx);
      f.i32(0).i32(0).mem(Opc.I32Load, e.off(DAIF), 2).i32((page[i + 3] & 0xf) << 6).op(Opc.I32Or).mem(Opc.I32Store, e.off(DAIF), 2);
      return;
    }
    case Op.DC_MAINT: { emitDcMaintenance(e, L, ctx, s, page[i + 3]); return; }
    case Op.LDSTP: if (((c >>> 5) & 3) === 1) e.ldX(s); else eaImm(e, s, a); break;
    default: throw new Error(`emitMemoryOp: op ${op}`);
  }
  f.set(L.va);
  switch (op) {
    case Op.LDR_X: case Op.LDR_REG_X: size = 3; break;
    case Op.LDR_W: case Op.LDR_REG_W: size = 2; break;
    case Op.LDRB: case Op.LDRB_REG: break;
    case Op.STR_X: case Op.STR_REG_X: size = 3; store = true; break;
    case Op.STR_W: case Op.STR_REG_W: size = 2; store = true; break;
    case Op.STRB: case Op.STRB_REG: store = true; break;
    case Op.LDST_IMM: case Op.LDST_PRE: case Op.LDST_POST: case Op.LDST_REG: case Op.LDSTP: size = c & 3; store = (c & 16) !== 0; spCheck = s === SP; break;
    case Op.DC_ZVA: store = true; break; // (the TLB lookup is for Xt's byte: the block is in its page)
  }
  const maxOff = 4096 - ((op === Op.LDSTP ? 2 : 1) << size);
  tlbLookup(e, L, store ? ctx.wrBank : ctx.rdBank, ctx.asid, maxOff);
  if (spCheck) { e.ldW(SP); f.i32(15).op(Opc.I32And).op(Opc.I32Eqz).op(Opc.I32And); }
  // DC ZVA at EL0 (SCTLR_EL1.DZE decides): the interpreter's.
  if (op === Op.DC_ZVA) f.i32(0).mem(Opc.I32Load, e.off(CUREL), 2).op(Opc.I32Eqz).op(Opc.I32Eqz).op(Opc.I32And);
  // Pre/post-index write-back, from the address computed before the access (cpu/vcpu.ts, memSlow).
  const writeBackIndexed = (): void => {
    if (op === Op.LDST_PRE) e.stX(s, () => f.get(L.va));
    else if (op === Op.LDST_POST) e.stX(s, () => { f.get(L.va).i64(a, a >> 31).op(Opc.I64Add); });
    else if (op === Op.LDSTP && ((c >>> 5) & 3) !== 0) writeBack(e, s, a);
  };
  f.if();
  switch (op) {
    case Op.LDR_X: case Op.LDR_REG_X: case Op.LDR_W: case Op.LDR_REG_W: case Op.LDRB: case Op.LDRB_REG: setX(e, d, () => loadCoded(e, L, size)); break;
    case Op.STR_X: case Op.STR_REG_X: case Op.STR_W: case Op.STR_REG_W: case Op.STRB: case Op.STRB_REG: storeSized(e, L, size, d); break;
    case Op.LDST_IMM: case Op.LDST_PRE: case Op.LDST_POST: case Op.LDST_REG:
      if (store) storeSized(e, L, size, d); else setX(e, d, () => loadCoded(e, L, c));
      writeBackIndexed();
      break;
    case Op.DC_ZVA:
      // The 64-byte block holding the address (DCZID_EL0.BS = 4), in the page the TLB mapped.
      f.get(L.off).i32(~(DCZVA_BYTES - 1)).op(Opc.I32And).set(L.off);
      for (let k = 0; k < DCZVA_BYTES; k += 8) { if (L.log) logWindow(e, L, k); f.get(L.off).i64(0, 0).mem(Opc.I64Store, k, 3); }
      break;
    case Op.LDSTP: {
      const bytes = 1 << size;
      if (store) { storeSized(e, L, size, d); storeSized(e, L, size, t, bytes); }
      else {
        // Both values are read before either register is written; t first, then d (the
        // interpreter's order, which decides the outcome when t == d).
        const code = size === 3 ? 3 : (c & 4) !== 0 ? 6 | 8 : 2;
        loadCoded(e, L, code); f.set(L.v1);
        setX(e, t, () => loadCoded(e, L, code, bytes));
        setX(e, d, () => f.get(L.v1));
      }
      writeBackIndexed();
      break;
    }
  }
  f.else();
  if (store && op !== Op.DC_ZVA && ctx.store !== undefined) {
    // Not in the TLB: a plain RAM store is done by the imported function (data beside code,
    // a page not used yet), anything else leaves. A misaligned SP base is the interpreter's.
    if (spCheck) { e.ldW(SP); f.i32(15).op(Opc.I32And).if(); ctx.miss(2); f.end(); }
    f.get(L.va);
    e.ldX(d);
    if (op === Op.LDSTP) e.ldX(t); else f.i64(0, 0);
    f.i32(size | (op === Op.LDSTP ? 4 : 0)).call(ctx.store).if();
    ctx.miss(2);
    f.end();
    writeBackIndexed();
  } else ctx.miss(1);
  f.end();
}
