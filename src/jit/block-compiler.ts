// The JIT tier's integer data-processing compiler (issue #14): OpEmitter emits one decoded record
// (the interpreter's own records, src/cpu/vcpu.ts Op) at a time into a WebAssembly function over
// the machine's memory; the region compiler (region-compiler.ts) builds every region with it.
// Guest registers are i64 locals loaded from the register file (X<n> is the little-endian i64 at
// byte 8n, its two int32 halves) and stored back at the code's exit, so the interpreter sees
// every result; flags are lazy (see OpEmitter). Every operation is compiled to do exactly what
// its interpreter case does: test/block-compiler.test.ts runs random and crafted instruction
// streams through both and compares the register files. compileBlock() compiles one straight
// run of these operations on its own (the tests, and a measure of code quality).

import { Op } from '../cpu/vcpu.ts';
import { NZCV, DISCARD } from '../cpu/regs.ts';
import { CRC_TABLES_OFFSET } from '../memory/layout.ts';
import { CRC32_TABLE, CRC32C_TABLE } from '../cpu/alu.ts';
import { FunctionBody, ModuleBuilder, Opc, ValType } from './wasm-module.ts';

/** What compileBlock produced: a function that runs `count` instructions' worth of effects. */
export interface CompiledBlock {
  run: () => void;
  /** Instructions compiled (the block's length); the caller advances PC by 4 * count. */
  count: number;
  /** Size of the WebAssembly module in bytes. */
  bytes: number;
}

/** The operations compileBlock handles. */
export const COMPILED_OPS: ReadonlySet<number> = new Set([
  Op.NOP, Op.ADD_IMM_X, Op.ADD_IMM_W, Op.ADDS_IMM_X, Op.ADDS_IMM_W, Op.MOV_IMM, Op.MOVK_X, Op.MOVK_W,
  Op.AND_IMM_X, Op.ORR_IMM_X, Op.EOR_IMM_X, Op.ANDS_IMM_X, Op.AND_IMM_W, Op.ORR_IMM_W, Op.EOR_IMM_W, Op.ANDS_IMM_W,
  Op.LSL_IMM_X, Op.LSR_IMM_X, Op.ASR_IMM_X, Op.LSL_IMM_W, Op.LSR_IMM_W, Op.ASR_IMM_W,
  Op.UBFX_W, Op.UBFX_X, Op.SBFX_W, Op.SXTW, Op.UBFIZ_W,
  Op.ADD_REG_X, Op.ADD_REG_W, Op.SUB_REG_X, Op.SUB_REG_W, Op.ADDS_REG_X, Op.ADDS_REG_W,
  Op.MOV_REG_X, Op.MOV_REG_W, Op.AND_REG_X, Op.ORR_REG_X, Op.EOR_REG_X, Op.CSEL,
  Op.MADD_X, Op.MSUB_X, Op.MADD_W, Op.MSUB_W,
  Op.ADDSUB_SREG, Op.ADDSUB_EXT, Op.LOGIC_SREG, Op.BITFIELD, Op.CCMP, Op.SHIFTV, Op.EXTR, Op.ADC, Op.MULL, Op.DIV,
  Op.MRS_NZCV, Op.BITOP, Op.CRC32,
]);

/** Writes the tables compiled CRC32* instructions read into `memory`, unless they are there. */
export function ensureCrcTables(memory: WebAssembly.Memory): void {
  const t = new Int32Array(memory.buffer, CRC_TABLES_OFFSET, 512);
  if (t[1] !== CRC32_TABLE[1] || t[257] !== CRC32C_TABLE[1]) { t.set(CRC32_TABLE); t.set(CRC32C_TABLE, 256); }
}

/** True when the record at page[i] is one compileBlock handles (some ops: only some kinds). */
export function compilable(page: Int32Array, i: number): boolean {
  return COMPILED_OPS.has(page[i]);
}

/** Pushes shift `type` (0 LSL, 1 LSR, 2 ASR, 3 ROR) of the i64/i32 on the stack by a constant. */
function shiftBy(f: FunctionBody, sf: boolean, type: number, amount: number): void {
  if (amount === 0) return;
  if (sf) f.i64(amount, 0).op(type === 0 ? Opc.I64Shl : type === 1 ? Opc.I64ShrU : type === 2 ? Opc.I64ShrS : Opc.I64Rotr);
  else f.i32(amount).op(type === 0 ? Opc.I32Shl : type === 1 ? Opc.I32ShrU : type === 2 ? Opc.I32ShrS : Opc.I32Rotr);
}

/** The i64 halves of the low `w` bits set (w 0..64). */
function maskHalves(w: number): [number, number] {
  const m = w >= 64 ? 0xffff_ffff_ffff_ffffn : (1n << BigInt(w)) - 1n;
  return [Number(m & 0xffffffffn) | 0, Number(m >> 32n) | 0];
}

const MASK32_LO = -1, MASK32_HI = 0; // i64 0x00000000_ffffffff as halves

/** Kinds of lazily computed flags (OpEmitter): what the last flag-setting operation was. */
const enum Fk { NZ = 0, ADD64 = 1, SUB64 = 2, ADD32 = 3, SUB32 = 4, LOGIC64 = 5, LOGIC32 = 6 }
/** The static flag state when it depends on the way in (a block's start): the runtime `fk` says. */
const UNKNOWN = -1;

/**
 * Emits compiled operations into one function body: the locals they share, one data-processing
 * record at a time (emit), and condition tests (cond, for B.cond and CSEL).
 *
 * Flags are lazy: a flag-setting operation keeps its operands and result in the pending locals
 * and its kind in the local `fk` (and in `kind` while the emitter knows it statically, within a
 * block); a condition is then a comparison of those (`cmp x0, x1; b.hi` is one unsigned compare)
 * and the NZCV word is computed only where it is read whole or leaves: MRS NZCV, ADC, CCMP, and
 * the one exit (materialize()), which the region compiler emits once at its exit label. `nz`
 * holds NZCV packed as the interpreter packs it whenever `fk` is 0.
 */
export class OpEmitter {
  readonly nz: number;
  readonly fk: number;
  private readonly a: number;
  private readonly b: number;
  private readonly s: number;
  private readonly a32: number;
  private readonly b32: number;
  private readonly s32: number;
  // The pending flag-setting operation's operands and result (Fk.*64 / Fk.*32 / LOGIC: ps only).
  private readonly pa: number;
  private readonly pb: number;
  private readonly ps: number;
  private readonly pa32: number;
  private readonly pb32: number;
  private readonly ps32: number;
  /** What `fk` holds at this point of the code, when known (Fk), else UNKNOWN. */
  private kind: number = Fk.NZ;

  constructor(readonly f: FunctionBody, readonly regBase: number) {
    this.nz = f.local(ValType.I32);
    this.fk = f.local(ValType.I32);
    this.a = f.local(ValType.I64); this.b = f.local(ValType.I64); this.s = f.local(ValType.I64);
    this.a32 = f.local(ValType.I32); this.b32 = f.local(ValType.I32); this.s32 = f.local(ValType.I32);
    this.pa = f.local(ValType.I64); this.pb = f.local(ValType.I64); this.ps = f.local(ValType.I64);
    this.pa32 = f.local(ValType.I32); this.pb32 = f.local(ValType.I32); this.ps32 = f.local(ValType.I32);
  }

  /** Byte offset of register-file slot `slot` in the memory. */
  off(slot: number): number { return this.regBase + 4 * slot; }
  /** nz from the register file, fk = NZ (the locals start at 0). */
  loadFlags(): void { this.f.i32(0).mem(Opc.I32Load, this.off(NZCV), 2).set(this.nz); }
  /** Stores nz; call materialize() first. */
  storeFlags(): void { this.f.i32(0).get(this.nz).mem(Opc.I32Store, this.off(NZCV), 2); }
  /** Code reached from several places (a block's start): the flags' kind is the runtime fk's. */
  blockStart(): void { this.kind = UNKNOWN; }

  // Registers live in i64 locals while compiled code runs: each one the code touches is loaded
  // from the register file by the prologue and, if written, stored back by the epilogue (the
  // code's one way out), so V8 can keep them in machine registers.
  private readonly locals = new Map<number, number>();
  private readonly written = new Set<number>();
  private reg(slot: number): number {
    let l = this.locals.get(slot);
    if (l === undefined) { l = this.f.local(ValType.I64); this.locals.set(slot, l); }
    return l;
  }
  /** Pushes X<slot> (i64) / W<slot> (i32). */
  ldX(slot: number): void { this.f.get(this.reg(slot)); }
  ldW(slot: number): void { this.f.get(this.reg(slot)).op(Opc.I32WrapI64); }
  /** Emits the loads of every register the code touched (call after emitting it; FunctionBody.prefix). */
  prologue(): void {
    for (const [slot, l] of this.locals) this.f.i32(0).mem(Opc.I64Load, this.off(slot), 3).set(l);
  }
  /** Emits the stores of every register the code wrote (DISCARD's are never read: not stored). */
  epilogue(): void {
    for (const slot of this.written) if (slot !== DISCARD) this.f.i32(0).get(this.locals.get(slot)!).mem(Opc.I64Store, this.off(slot), 3);
  }

  /** Makes nz hold NZCV (fk = NZ): from the pending operation when its kind is known, else by fk. */
  materialize(): void {
    const f = this.f;
    if (this.kind === Fk.NZ) return;
    if (this.kind !== UNKNOWN) { this.nzOf(this.kind); f.i32(Fk.NZ).set(this.fk); this.kind = Fk.NZ; return; }
    f.get(this.fk).if();
    for (const k of [Fk.ADD64, Fk.SUB64, Fk.ADD32, Fk.SUB32, Fk.LOGIC64, Fk.LOGIC32]) {
      f.get(this.fk).i32(k).op(Opc.I32Eq).if();
      this.nzOf(k);
      f.end();
    }
    f.i32(Fk.NZ).set(this.fk);
    f.end();
    this.kind = Fk.NZ;
  }

  /** nz = NZCV of the pending operation of kind k (A.adds64 / adds32 / logicFlags). */
  private nzOf(k: number): void {
    const f = this.f;
    switch (k) {
      case Fk.ADD64: case Fk.SUB64: {
        const { pa: a, pb: b, ps: s } = this;
        f.get(s).i64(63, 0).op(Opc.I64ShrU).op(Opc.I32WrapI64).i32(3).op(Opc.I32Shl);
        f.get(s).op(Opc.I64Eqz).i32(2).op(Opc.I32Shl).op(Opc.I32Or);
        f.get(s).get(a).op(k === Fk.SUB64 ? Opc.I64LeU : Opc.I64LtU).i32(1).op(Opc.I32Shl).op(Opc.I32Or);
        f.get(a).get(s).op(Opc.I64Xor).get(b).get(s).op(Opc.I64Xor).op(Opc.I64And).i64(63, 0).op(Opc.I64ShrU).op(Opc.I32WrapI64).op(Opc.I32Or);
        break;
      }
      case Fk.ADD32: case Fk.SUB32: {
        const { pa32: a, pb32: b, ps32: s } = this;
        f.get(s).i32(31).op(Opc.I32ShrU).i32(3).op(Opc.I32Shl);
        f.get(s).op(Opc.I32Eqz).i32(2).op(Opc.I32Shl).op(Opc.I32Or);
        // C: unsigned carry out; with a carry in, s <= a (as adds64's), i.e. !(s > a).
        if (k === Fk.SUB32) f.get(s).get(a).op(Opc.I32GtU).op(Opc.I32Eqz);
        else f.get(s).get(a).op(Opc.I32LtU);
        f.i32(1).op(Opc.I32Shl).op(Opc.I32Or);
        f.get(a).get(s).op(Opc.I32Xor).get(b).get(s).op(Opc.I32Xor).op(Opc.I32And).i32(31).op(Opc.I32ShrU).op(Opc.I32Or);
        break;
      }
      case Fk.LOGIC64:
        f.get(this.ps).i64(63, 0).op(Opc.I64ShrU).op(Opc.I32WrapI64).i32(3).op(Opc.I32Shl);
        f.get(this.ps).op(Opc.I64Eqz).i32(2).op(Opc.I32Shl).op(Opc.I32Or);
        break;
      default: // LOGIC32
        f.get(this.ps32).i32(31).op(Opc.I32ShrU).i32(3).op(Opc.I32Shl);
        f.get(this.ps32).op(Opc.I32Eqz).i32(2).op(Opc.I32Shl).op(Opc.I32Or);
    }
    f.set(this.nz);
  }

  /** Pushes 1 if condition `c` holds for the flags, else 0 (A.condHolds). */
  cond(c: number): void {
    const f = this.f;
    if ((c >> 1) === 7) { f.i32(1); return; } // AL, NV: always
    if (this.kind === UNKNOWN) this.materialize();
    const k = this.kind;
    if (k === Fk.SUB64 || k === Fk.SUB32 || k === Fk.LOGIC64 || k === Fk.LOGIC32) { this.condPending(c, k); return; }
    if (k !== Fk.NZ) this.materialize(); // an ADDS: from its NZCV
    const nz = this.nz;
    switch (c >> 1) {
      case 0: f.get(nz).i32(2).op(Opc.I32ShrU).i32(1).op(Opc.I32And); break; // EQ: Z
      case 1: f.get(nz).i32(1).op(Opc.I32ShrU).i32(1).op(Opc.I32And); break; // CS: C
      case 2: f.get(nz).i32(3).op(Opc.I32ShrU).i32(1).op(Opc.I32And); break; // MI: N
      case 3: f.get(nz).i32(1).op(Opc.I32And); break; // VS: V
      case 4: f.get(nz).i32(6).op(Opc.I32And).i32(2).op(Opc.I32Eq); break; // HI: C && !Z
      case 5: f.get(nz).i32(3).op(Opc.I32ShrU).get(nz).op(Opc.I32Xor).i32(1).op(Opc.I32And).op(Opc.I32Eqz); break; // GE: N == V
      default: // GT: !Z && N == V
        f.get(nz).i32(2).op(Opc.I32ShrU).get(nz).i32(3).op(Opc.I32ShrU).get(nz).op(Opc.I32Xor).op(Opc.I32Or).i32(1).op(Opc.I32And).op(Opc.I32Eqz);
        break;
    }
    if (c & 1) f.op(Opc.I32Eqz);
  }

  /**
   * Condition c straight from a pending SUBS (a - op, op = ~b: the flags of a compare) or logic
   * result (C = V = 0), without NZCV.
   */
  private condPending(c: number, k: number): void {
    const f = this.f, w64 = k === Fk.SUB64 || k === Fk.LOGIC64;
    const I = w64
      ? { eqz: Opc.I64Eqz, ltS: Opc.I64LtS, geS: Opc.I64GeS, gtS: Opc.I64GtS, leS: Opc.I64LeS, ltU: Opc.I64LtU, geU: Opc.I64GeU, gtU: Opc.I64GtU, leU: Opc.I64LeU, xor: Opc.I64Xor, and: Opc.I64And }
      : { eqz: Opc.I32Eqz, ltS: Opc.I32LtS, geS: Opc.I32GeS, gtS: Opc.I32GtS, leS: Opc.I32LeS, ltU: Opc.I32LtU, geU: Opc.I32GeU, gtU: Opc.I32GtU, leU: Opc.I32LeU, xor: Opc.I32Xor, and: Opc.I32And };
    const zero = (): void => { if (w64) f.i64(0, 0); else f.i32(0); };
    const s = w64 ? this.ps : this.ps32;
    if (k === Fk.LOGIC64 || k === Fk.LOGIC32) {
      switch (c >> 1) {
        case 0: f.get(s).op(I.eqz); break; // EQ
        case 1: f.i32(0); break; // CS: C = 0
        case 2: f.get(s); zero(); f.op(I.ltS); break; // MI
        case 3: f.i32(0); break; // VS: V = 0
        case 4: f.i32(0); break; // HI: C && !Z
        case 5: f.get(s); zero(); f.op(I.geS); break; // GE: N == V = 0
        default: f.get(s); zero(); f.op(I.gtS); break; // GT: !Z && !N
      }
      if (c & 1) f.op(Opc.I32Eqz);
      return;
    }
    const a = w64 ? this.pa : this.pa32, b = w64 ? this.pb : this.pb32;
    const op = (): void => { f.get(b); if (w64) f.i64(-1, -1); else f.i32(-1); f.op(I.xor); }; // the subtrahend
    switch (c) {
      case 0: f.get(s).op(I.eqz); return; // EQ
      case 1: f.get(s).op(I.eqz).op(Opc.I32Eqz); return; // NE
      case 2: f.get(a); op(); f.op(I.geU); return; // CS: no borrow
      case 3: f.get(a); op(); f.op(I.ltU); return; // CC
      case 4: f.get(s); zero(); f.op(I.ltS); return; // MI
      case 5: f.get(s); zero(); f.op(I.geS); return; // PL
      case 6: case 7: // VS / VC: (a ^ b) & (a ^ s) negative, b the added ~op (A.adds64's V)
        f.get(a).get(s).op(I.xor).get(b).get(s).op(I.xor).op(I.and); zero(); f.op(c === 6 ? I.ltS : I.geS); return;
      case 8: f.get(a); op(); f.op(I.gtU); return; // HI
      case 9: f.get(a); op(); f.op(I.leU); return; // LS
      case 10: f.get(a); op(); f.op(I.geS); return; // GE
      case 11: f.get(a); op(); f.op(I.ltS); return; // LT
      case 12: f.get(a); op(); f.op(I.gtS); return; // GT
      default: f.get(a); op(); f.op(I.leS); return; // LE
    }
  }

  // Stores take the address first: stX(d, () => value).
  stX(slot: number, value: () => void): void { value(); this.f.set(this.reg(slot)); this.written.add(slot); }
  /** A W result: zero-extended into the whole X slot. */
  stW(slot: number, value: () => void): void { value(); this.f.op(Opc.I64ExtendI32U).set(this.reg(slot)); this.written.add(slot); }

  /** s = a + b + cin (64-bit), its flags pending; a, b set by the caller (A.adds64). cin = 1: SUBS. */
  adds64(cin: number): void {
    const { f, a, b, s } = this;
    f.get(a).get(b).op(Opc.I64Add);
    if (cin) f.i64(1, 0).op(Opc.I64Add);
    f.set(s);
    f.get(a).set(this.pa).get(b).set(this.pb).get(s).set(this.ps);
    this.pending(cin ? Fk.SUB64 : Fk.ADD64);
  }

  /** The same for 32 bits: a32, b32 -> s32 (A.adds32). */
  flags32(cin: number): void {
    const { f, a32, b32, s32 } = this;
    f.get(a32).get(b32).op(Opc.I32Add);
    if (cin) f.i32(1).op(Opc.I32Add);
    f.set(s32);
    f.get(a32).set(this.pa32).get(b32).set(this.pb32).get(s32).set(this.ps32);
    this.pending(cin ? Fk.SUB32 : Fk.ADD32);
  }

  /** The logic flags of the i64 in s (N from bit 63, Z; A.logicFlags), pending. */
  logic64(): void { this.f.get(this.s).set(this.ps); this.pending(Fk.LOGIC64); }

  /** The same of the i32 in s32. */
  logic32(): void { this.f.get(this.s32).set(this.ps32); this.pending(Fk.LOGIC32); }

  private pending(k: number): void { this.f.i32(k).set(this.fk); this.kind = k; }

  /** Pushes X<t> extended by `option` (UXTB..SXTX) and shifted left by `shift` (A.extend64). */
  extended(t: number, option: number, shift: number): void {
    const f = this.f;
    this.ldX(t);
    switch (option) {
      case 0: f.i64(0xff, 0).op(Opc.I64And); break;
      case 1: f.i64(0xffff, 0).op(Opc.I64And); break;
      case 2: f.i64(-1, 0).op(Opc.I64And); break;
      case 4: f.op(Opc.I64Extend8S); break;
      case 5: f.op(Opc.I64Extend16S); break;
      case 6: f.op(Opc.I64Extend32S); break;
      default: break; // UXTX, SXTX
    }
    if (shift !== 0) f.i64(shift, 0).op(Opc.I64Shl);
  }

  /** RBIT, REV16, REV32, REV, CLZ, CLS (int-ops.ts bitop); kind as its record's a & 7. */
  bitop(d: number, rs: number, kind: number, sf: number): void {
    const f = this.f;
    if (kind === 4) { // CLZ
      if (sf) this.stX(d, () => { this.ldX(rs); f.op(Opc.I64Clz); });
      else this.stW(d, () => { this.ldW(rs); f.op(Opc.I32Clz); });
      return;
    }
    if (kind === 5) { // CLS: leading zeros of x ^ (x << 1), bit 0 forced so it counts at most width - 1
      if (sf) this.stX(d, () => { this.ldX(rs); this.ldX(rs); f.i64(1, 0).op(Opc.I64Shl).op(Opc.I64Xor).i64(1, 0).op(Opc.I64Or).op(Opc.I64Clz); });
      else this.stW(d, () => { this.ldW(rs); this.ldW(rs); f.i32(1).op(Opc.I32Shl).op(Opc.I32Xor).i32(1).op(Opc.I32Or).op(Opc.I32Clz); });
      return;
    }
    // Swaps of bit groups, on the i64 of the (zero-extended) source: ((x >> k) & m) | ((x & m) << k).
    const s = this.s;
    const swap = (k: number, mLo: number, mHi: number): void => {
      f.get(s).i64(k, 0).op(Opc.I64ShrU).i64(mLo, mHi).op(Opc.I64And);
      f.get(s).i64(mLo, mHi).op(Opc.I64And).i64(k, 0).op(Opc.I64Shl).op(Opc.I64Or).set(s);
    };
    const hi = (m: number): number => (sf ? m : 0);
    if (sf) this.ldX(rs); else { this.ldW(rs); f.op(Opc.I64ExtendI32U); }
    f.set(s);
    if (kind === 0) { // RBIT: bits, pairs, nibbles, then the bytes as REV
      swap(1, 0x55555555, hi(0x55555555)); swap(2, 0x33333333, hi(0x33333333)); swap(4, 0x0f0f0f0f, hi(0x0f0f0f0f));
    }
    swap(8, 0x00ff00ff, hi(0x00ff00ff)); // REV16 stops here
    if (kind !== 1) swap(16, 0x0000ffff, hi(0x0000ffff)); // REV32 (and a W REV / RBIT) stops here
    if (sf && (kind === 0 || kind === 3)) f.get(s).i64(32, 0).op(Opc.I64Rotr).set(s);
    this.stX(d, () => f.get(s));
  }

  /** SBFM/BFM/UBFM (int-ops.ts bitfield): a = immr | imms << 8 | kind << 16 | sf << 18. */
  bitfield(d: number, rs: number, pa: number): void {
    const f = this.f;
    const immr = pa & 63, imms = (pa >>> 8) & 63, kind = (pa >>> 16) & 3, sf = (pa >>> 18) & 1;
    const width = sf ? 64 : 32;
    const low = imms >= immr; // the field [imms:immr] moves to the bottom, else [imms:0] moves up
    const pos = low ? 0 : width - immr, len = low ? imms - immr + 1 : imms + 1;
    const [mLo, mHi] = maskHalves(len);
    const src = (): void => { if (sf) this.ldX(rs); else { this.ldW(rs); f.op(Opc.I64ExtendI32U); } };
    const keep32 = (): void => { if (!sf) f.i64(MASK32_LO, MASK32_HI).op(Opc.I64And); };
    if (kind === 0) {
      // Sign-extend from bit imms of the source, then move into place.
      this.stX(d, () => {
        src();
        if (63 - imms !== 0) f.i64(63 - imms, 0).op(Opc.I64Shl);
        const down = low ? 63 - imms + immr : 63 - imms;
        if (down !== 0) f.i64(down, 0).op(Opc.I64ShrS);
        if (pos !== 0) f.i64(pos, 0).op(Opc.I64Shl);
        keep32();
      });
      return;
    }
    const kept = BigInt.asUintN(64, ~((BigInt(mLo >>> 0) | (BigInt(mHi >>> 0) << 32n)) << BigInt(pos)));
    this.stX(d, () => {
      src();
      if (low && immr !== 0) f.i64(immr, 0).op(Opc.I64ShrU);
      f.i64(mLo, mHi).op(Opc.I64And);
      if (pos !== 0) f.i64(pos, 0).op(Opc.I64Shl);
      if (kind === 1) { // BFM: into Rd's other bits
        this.ldX(d); f.i64(Number(kept & 0xffffffffn) | 0, Number(kept >> 32n) | 0).op(Opc.I64And).op(Opc.I64Or);
      }
      keep32();
    });
  }

  /** Emits the record at page[i] (compilable(page, i) must hold). */
  emit(page: Int32Array, i: number): void {
    const { f, a, b, s, a32, b32, s32 } = this;
    const op = page[i], w = page[i + 1], pa = page[i + 2], pb = page[i + 3];
    const d = w & 255, rs = (w >>> 8) & 255, rt = (w >>> 16) & 255, x = w >>> 24;
    switch (op) {
      case Op.NOP: break;
      case Op.ADD_IMM_X: this.stX(d, () => { this.ldX(rs); f.i64(pa, pb); f.op(Opc.I64Add); }); break;
      case Op.ADD_IMM_W: this.stW(d, () => { this.ldW(rs); f.i32(pa).op(Opc.I32Add); }); break;
      case Op.ADDS_IMM_X:
        this.ldX(rs); f.set(a); f.i64(pa, pb); f.set(b); this.adds64(x);
        this.stX(d, () => { f.get(s); });
        break;
      case Op.ADDS_IMM_W:
        this.ldW(rs); f.set(a32); f.i32(pa).set(b32); this.flags32(x);
        this.stW(d, () => { f.get(s32); });
        break;
      case Op.MOV_IMM: this.stX(d, () => f.i64(pa, pb)); break;
      case Op.MOVK_X: case Op.MOVK_W: {
        // (imm << sh) and the mask as 64-bit constants; MOVK_W then clears the high half.
        const v = BigInt(pa & 0xffff) << BigInt(pb), m = ~(0xffffn << BigInt(pb)) & 0xffff_ffff_ffff_ffffn;
        this.stX(d, () => {
          this.ldX(d); f.i64(Number(m & 0xffffffffn) | 0, Number(m >> 32n) | 0); f.op(Opc.I64And);
          f.i64(Number(v & 0xffffffffn) | 0, Number(v >> 32n) | 0); f.op(Opc.I64Or);
          if (op === Op.MOVK_W) { f.i64(MASK32_LO, MASK32_HI); f.op(Opc.I64And); }
        });
        break;
      }
      case Op.AND_IMM_X: case Op.ORR_IMM_X: case Op.EOR_IMM_X:
        this.stX(d, () => { this.ldX(rs); f.i64(pa, pb); f.op(op === Op.AND_IMM_X ? Opc.I64And : op === Op.ORR_IMM_X ? Opc.I64Or : Opc.I64Xor); });
        break;
      case Op.ANDS_IMM_X:
        this.ldX(rs); f.i64(pa, pb); f.op(Opc.I64And).set(s); this.logic64();
        this.stX(d, () => { f.get(s); });
        break;
      case Op.AND_IMM_W: case Op.ORR_IMM_W: case Op.EOR_IMM_W:
        this.stW(d, () => { this.ldW(rs); f.i32(pa).op(op === Op.AND_IMM_W ? Opc.I32And : op === Op.ORR_IMM_W ? Opc.I32Or : Opc.I32Xor); });
        break;
      case Op.ANDS_IMM_W:
        this.ldW(rs); f.i32(pa).op(Opc.I32And).set(s32); this.logic32();
        this.stW(d, () => { f.get(s32); });
        break;
      case Op.LSL_IMM_X: case Op.LSR_IMM_X: case Op.ASR_IMM_X:
        this.stX(d, () => { this.ldX(rs); f.i64(pa, 0).op(op === Op.LSL_IMM_X ? Opc.I64Shl : op === Op.LSR_IMM_X ? Opc.I64ShrU : Opc.I64ShrS); });
        break;
      case Op.LSL_IMM_W: case Op.LSR_IMM_W: case Op.ASR_IMM_W:
        this.stW(d, () => { this.ldW(rs); f.i32(pa).op(op === Op.LSL_IMM_W ? Opc.I32Shl : op === Op.LSR_IMM_W ? Opc.I32ShrU : Opc.I32ShrS); });
        break;
      case Op.UBFX_W: this.stW(d, () => { this.ldW(rs); f.i32(pa).op(Opc.I32ShrU).i32(pb).op(Opc.I32And); }); break;
      case Op.UBFX_X: this.stX(d, () => { this.ldX(rs); f.i64(x, 0).op(Opc.I64ShrU); f.i64(pa, pb); f.op(Opc.I64And); }); break;
      case Op.SBFX_W: this.stW(d, () => { this.ldW(rs); f.i32(pa).op(Opc.I32Shl).i32(pb).op(Opc.I32ShrS); }); break;
      case Op.SXTW: this.stX(d, () => { this.ldW(rs); f.op(Opc.I64ExtendI32S); }); break;
      case Op.UBFIZ_W: this.stW(d, () => { this.ldW(rs); f.i32(pa).op(Opc.I32And).i32(pb).op(Opc.I32Shl); }); break;
      case Op.ADD_REG_X: this.stX(d, () => { this.ldX(rs); this.ldX(rt); f.op(Opc.I64Add); }); break;
      case Op.ADD_REG_W: this.stW(d, () => { this.ldW(rs); this.ldW(rt); f.op(Opc.I32Add); }); break;
      case Op.SUB_REG_X: this.stX(d, () => { this.ldX(rs); this.ldX(rt); f.op(Opc.I64Sub); }); break;
      case Op.SUB_REG_W: this.stW(d, () => { this.ldW(rs); this.ldW(rt); f.op(Opc.I32Sub); }); break;
      case Op.ADDS_REG_X:
        this.ldX(rs); f.set(a); this.ldX(rt);
        if (x) f.i64(-1, -1).op(Opc.I64Xor); // SUBS: a + ~b + 1
        f.set(b); this.adds64(x ? 1 : 0);
        this.stX(d, () => { f.get(s); });
        break;
      case Op.ADDS_REG_W:
        this.ldW(rs); f.set(a32); this.ldW(rt);
        if (x) f.i32(-1).op(Opc.I32Xor);
        f.set(b32); this.flags32(x ? 1 : 0);
        this.stW(d, () => { f.get(s32); });
        break;
      case Op.MOV_REG_X: this.stX(d, () => this.ldX(rt)); break;
      case Op.MOV_REG_W: this.stW(d, () => this.ldW(rt)); break;
      case Op.AND_REG_X: case Op.ORR_REG_X: case Op.EOR_REG_X:
        this.stX(d, () => { this.ldX(rs); this.ldX(rt); f.op(op === Op.AND_REG_X ? Opc.I64And : op === Op.ORR_REG_X ? Opc.I64Or : Opc.I64Xor); });
        break;
      case Op.CSEL: {
        const kind = (pa >>> 4) & 3, sf = (pa & 64) !== 0;
        this.stX(d, () => {
          this.ldX(rs);
          this.ldX(rt);
          if (kind === 1) f.i64(1, 0).op(Opc.I64Add);
          else if (kind === 2) f.i64(-1, -1).op(Opc.I64Xor);
          else if (kind === 3) { f.set(b).i64(0, 0).get(b).op(Opc.I64Sub); }
          this.cond(pa & 15);
          f.op(Opc.Select);
          if (!sf) { f.i64(MASK32_LO, MASK32_HI); f.op(Opc.I64And); }
        });
        break;
      }
      case Op.MADD_X: case Op.MSUB_X:
        this.stX(d, () => { this.ldX(x); this.ldX(rs); this.ldX(rt); f.op(Opc.I64Mul).op(op === Op.MADD_X ? Opc.I64Add : Opc.I64Sub); });
        break;
      case Op.MADD_W: case Op.MSUB_W:
        this.stW(d, () => { this.ldW(x); this.ldW(rs); this.ldW(rt); f.op(Opc.I32Mul).op(op === Op.MADD_W ? Opc.I32Add : Opc.I32Sub); });
        break;
      case Op.ADDSUB_SREG: case Op.ADDSUB_EXT: {
        // ADD/SUB(S) with a shifted (a = shift | amount << 2 | sf << 8 | sub << 9 | S << 10) or
        // extended (a = option | imm3 << 3 | sf << 6 | sub << 7 | S << 8) register.
        const ext = op === Op.ADDSUB_EXT;
        const sf = ext ? (pa >>> 6) & 1 : (pa >>> 8) & 1, sub = ext ? (pa >>> 7) & 1 : (pa >>> 9) & 1, setFlags = ext ? (pa >>> 8) & 1 : (pa >>> 10) & 1;
        const operand = (): void => {
          if (ext) { this.extended(rt, pa & 7, (pa >>> 3) & 7); if (!sf) f.op(Opc.I32WrapI64); }
          else if (sf) { this.ldX(rt); shiftBy(f, true, pa & 3, (pa >>> 2) & 63); }
          else { this.ldW(rt); shiftBy(f, false, pa & 3, (pa >>> 2) & 63); }
          if (sub) { if (sf) f.i64(-1, -1).op(Opc.I64Xor); else f.i32(-1).op(Opc.I32Xor); }
        };
        if (sf) {
          this.ldX(rs); f.set(a); operand(); f.set(b);
          if (setFlags) { this.adds64(sub); this.stX(d, () => { f.get(s); }); }
          else this.stX(d, () => { f.get(a).get(b).op(Opc.I64Add); if (sub) f.i64(1, 0).op(Opc.I64Add); });
        } else {
          this.ldW(rs); f.set(a32); operand(); f.set(b32);
          if (setFlags) { this.flags32(sub); this.stW(d, () => { f.get(s32); }); }
          else this.stW(d, () => { f.get(a32).get(b32).op(Opc.I32Add); if (sub) f.i32(1).op(Opc.I32Add); });
        }
        break;
      }
      case Op.LOGIC_SREG: {
        // a = opc | N << 2 | shift << 3 | amount << 5 | sf << 11
        const opc = pa & 3, invert = (pa >>> 2) & 1, type = (pa >>> 3) & 3, amount = (pa >>> 5) & 63, sf = (pa >>> 11) & 1;
        const logic = opc === 1 ? (sf ? Opc.I64Or : Opc.I32Or) : opc === 2 ? (sf ? Opc.I64Xor : Opc.I32Xor) : (sf ? Opc.I64And : Opc.I32And);
        if (sf) {
          this.ldX(rs); this.ldX(rt); shiftBy(f, true, type, amount); if (invert) f.i64(-1, -1).op(Opc.I64Xor); f.op(logic).set(s);
          if (opc === 3) this.logic64();
          this.stX(d, () => { f.get(s); });
        } else {
          this.ldW(rs); this.ldW(rt); shiftBy(f, false, type, amount); if (invert) f.i32(-1).op(Opc.I32Xor); f.op(logic).set(s32);
          if (opc === 3) this.logic32();
          this.stW(d, () => { f.get(s32); });
        }
        break;
      }
      case Op.BITFIELD: this.bitfield(d, rs, pa); break;
      case Op.CCMP: {
        // a = cond | nzcv << 4 | sf << 8 | imm << 9 | imm5 << 10 | sub << 15: flags only.
        const sf = (pa >>> 8) & 1, imm = (pa >>> 9) & 1, imm5 = (pa >>> 10) & 31, sub = (pa >>> 15) & 1;
        this.cond(pa & 15);
        f.if();
        if (sf) {
          this.ldX(rs); f.set(a);
          if (imm) f.i64(imm5, 0); else this.ldX(rt);
          if (sub) f.i64(-1, -1).op(Opc.I64Xor);
          f.set(b); this.adds64(sub);
        } else {
          this.ldW(rs); f.set(a32);
          if (imm) f.i32(imm5); else this.ldW(rt);
          if (sub) f.i32(-1).op(Opc.I32Xor);
          f.set(b32); this.flags32(sub);
        }
        f.else();
        f.i32((pa >>> 4) & 15).set(this.nz).i32(Fk.NZ).set(this.fk);
        f.end();
        this.kind = UNKNOWN; // (a pending compare, or the immediate flags: fk says)
        break;
      }
      case Op.SHIFTV: {
        // a = type | sf << 2; the amount is the register modulo the width, as wasm's shifts.
        const type = pa & 3;
        if ((pa >>> 2) & 1) this.stX(d, () => { this.ldX(rs); this.ldX(rt); f.op(type === 0 ? Opc.I64Shl : type === 1 ? Opc.I64ShrU : type === 2 ? Opc.I64ShrS : Opc.I64Rotr); });
        else this.stW(d, () => { this.ldW(rs); this.ldW(rt); f.op(type === 0 ? Opc.I32Shl : type === 1 ? Opc.I32ShrU : type === 2 ? Opc.I32ShrS : Opc.I32Rotr); });
        break;
      }
      case Op.EXTR: {
        // a = lsb, b = sf: (Rn:Rm) >> lsb.
        if (pb) this.stX(d, () => { this.ldX(rt); if (pa !== 0) { f.i64(pa, 0).op(Opc.I64ShrU); this.ldX(rs); f.i64(64 - pa, 0).op(Opc.I64Shl).op(Opc.I64Or); } });
        else this.stW(d, () => { this.ldW(rt); if (pa !== 0) { f.i32(pa).op(Opc.I32ShrU); this.ldW(rs); f.i32(32 - pa).op(Opc.I32Shl).op(Opc.I32Or); } });
        break;
      }
      case Op.ADC: {
        // a = sf | sub << 1 | S << 2: Rn + (Rm or ~Rm) + C.
        const sf = pa & 1, sub = (pa >>> 1) & 1, setFlags = (pa >>> 2) & 1;
        this.materialize(); // C from NZCV
        if (sf) {
          this.ldX(rs); f.set(a); this.ldX(rt); if (sub) f.i64(-1, -1).op(Opc.I64Xor); f.set(b);
          // C in: the sum with the carry, and its flags as adds64 with cin, chosen by C.
          f.get(this.nz).i32(2).op(Opc.I32And).if();
          if (setFlags) this.adds64(1); else f.get(a).get(b).op(Opc.I64Add).i64(1, 0).op(Opc.I64Add).set(s);
          f.else();
          if (setFlags) this.adds64(0); else f.get(a).get(b).op(Opc.I64Add).set(s);
          f.end();
          this.stX(d, () => { f.get(s); });
        } else {
          this.ldW(rs); f.set(a32); this.ldW(rt); if (sub) f.i32(-1).op(Opc.I32Xor); f.set(b32);
          f.get(this.nz).i32(2).op(Opc.I32And).if();
          if (setFlags) this.flags32(1); else f.get(a32).get(b32).op(Opc.I32Add).i32(1).op(Opc.I32Add).set(s32);
          f.else();
          if (setFlags) this.flags32(0); else f.get(a32).get(b32).op(Opc.I32Add).set(s32);
          f.end();
          this.stW(d, () => { f.get(s32); });
        }
        if (setFlags) this.kind = UNKNOWN; // (an add with or without carry in: fk says)
        break;
      }
      case Op.MULL: {
        // a = signed | sub << 1, x = Ra: Ra +/- Wn * Wm (64-bit product).
        const ext = (pa & 1) ? Opc.I64ExtendI32S : Opc.I64ExtendI32U;
        this.stX(d, () => { this.ldX(x); this.ldW(rs); f.op(ext); this.ldW(rt); f.op(ext).op(Opc.I64Mul).op((pa >>> 1) & 1 ? Opc.I64Sub : Opc.I64Add); });
        break;
      }
      case Op.DIV: {
        // a = signed | sf << 1. Division by zero gives 0; MIN / -1 gives MIN (wasm would trap).
        const signed = (pa & 1) !== 0;
        if (pa & 2) {
          this.ldX(rs); f.set(a); this.ldX(rt); f.set(b);
          f.get(b).op(Opc.I64Eqz).if();
          f.i64(0, 0).set(s);
          f.else();
          if (signed) {
            f.get(b).i64(-1, -1).op(Opc.I64Eq).if();
            f.i64(0, 0).get(a).op(Opc.I64Sub).set(s); // wraps for MIN, as the architecture
            f.else(); f.get(a).get(b).op(Opc.I64DivS).set(s); f.end();
          } else f.get(a).get(b).op(Opc.I64DivU).set(s);
          f.end();
          this.stX(d, () => { f.get(s); });
        } else {
          this.ldW(rs); f.set(a32); this.ldW(rt); f.set(b32);
          f.get(b32).op(Opc.I32Eqz).if();
          f.i32(0).set(s32);
          f.else();
          if (signed) {
            f.get(b32).i32(-1).op(Opc.I32Eq).if();
            f.i32(0).get(a32).op(Opc.I32Sub).set(s32);
            f.else(); f.get(a32).get(b32).op(Opc.I32DivS).set(s32); f.end();
          } else f.get(a32).get(b32).op(Opc.I32DivU).set(s32);
          f.end();
          this.stW(d, () => { f.get(s32); });
        }
        break;
      }
      case Op.MRS_NZCV: this.materialize(); this.stW(d, () => { f.get(this.nz).i32(28).op(Opc.I32Shl); }); break;
      case Op.BITOP: this.bitop(d, rs, pa & 7, (pa >>> 3) & 1); break;
      case Op.CRC32: {
        // a = size | castagnoli << 2: per byte of Rm, low first, acc = T[(acc ^ byte) & 255] ^ (acc >>> 8)
        // (A.crc32), T the table in the memory (CRC32C's after CRC32's).
        const table = CRC_TABLES_OFFSET + ((pa & 4) !== 0 ? 1024 : 0);
        this.ldW(rs); f.set(s32);
        this.ldX(rt); f.set(b);
        for (let k = 0; k < 1 << (pa & 3); k++) {
          f.get(s32).get(b).op(Opc.I32WrapI64).op(Opc.I32Xor).i32(255).op(Opc.I32And).i32(2).op(Opc.I32Shl).mem(Opc.I32Load, table, 2);
          f.get(s32).i32(8).op(Opc.I32ShrU).op(Opc.I32Xor).set(s32);
          if (k < (1 << (pa & 3)) - 1) f.get(b).i64(8, 0).op(Opc.I64ShrU).set(b);
        }
        this.stW(d, () => f.get(s32));
        break;
      }
      default:
        throw new Error(`compileBlock: op ${op} is in COMPILED_OPS but not compiled`);
    }
  }
}

/**
 * Compiles the records of `page` from byte-record index `start` (pcLo & 0xffc) while their
 * operations are in COMPILED_OPS, at most `max` of them; undefined if the first one is not.
 * `regBase`: byte offset of the vCPU's register file in `memory`.
 */
export function compileBlock(page: Int32Array, start: number, memory: WebAssembly.Memory, regBase: number, max = 1024): CompiledBlock | undefined {
  let count = 0;
  while (start + 4 * count < 4096 && count < max && compilable(page, start + 4 * count)) count++;
  if (count === 0) return undefined;
  ensureCrcTables(memory);
  const f = new FunctionBody([], []);
  const e = new OpEmitter(f, regBase);
  for (let k = 0; k < count; k++) e.emit(page, start + 4 * k);
  e.epilogue();
  e.materialize();
  e.storeFlags();
  f.prefix(() => { e.loadFlags(); e.prologue(); });
  const m = new ModuleBuilder(memory.buffer.byteLength / 65536);
  m.addFunction(f, 'run');
  const bin = m.encode();
  const inst = new WebAssembly.Instance(new WebAssembly.Module(bin), { env: { memory } });
  return { run: inst.exports.run as () => void, count, bytes: bin.length };
}
