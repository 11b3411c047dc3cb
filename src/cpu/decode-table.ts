// The A64 base integer instruction set as one declarative line per encoding pattern
// (field layouts from the Arm ARM, "A64 Instruction Set Encoding"). Builders pick the
// specialised op (the Op const enum, which lives in src/cpu/vcpu.ts on purpose: esbuild inlines a
// const enum only inside its own file, and the interpreter's switch needs literal case labels)
// and fill the decoded record (src/cpu/decoder.ts); they return false for unallocated field
// combinations, which decode as UNDEFINED. An alias or special case that fixed bits pick (MOV,
// LSR, SXTW, PRFM, WFE...) has its own line ahead of the general one. Lines of optional features
// (LSE atomics, LRCPC, FlagM, CRC32, DC CVAP/CVADP) name their feature: a CPU model without it
// decodes them as UNDEFINED (src/cpu/decoder.ts, src/cpu/features.ts).

import type { Builder, PatternLine } from './decoder.ts';
import { Op } from './vcpu.ts';
import { Decoder, L, put, sext } from './decoder.ts';
import { SIMD_INT_TABLE } from './simd-int.ts';
import { SIMD_FP_TABLE } from './simd-fp.ts';
import { SIMD_CRYPTO_TABLE } from './simd-crypto.ts';
import { CPU_MODELS, DEFAULT_CPU, type CpuModel } from './features.ts';
import { rzr, wzr, rsp } from './regs.ts';
import { decodeBitMask } from './alu.ts';
import { lookupSysreg, sysKey, PstateField, SYSREGS } from './sysregs.ts';

/** ISS of the stage-2 data abort a single-register access raises on MMIO (ISV=1). */
export function dataIss(sizeLog2: number, signed: number, rt: number, sf: number, acqrel: number, write: number): number {
  const DFSC_TRANSLATION_L1 = 0x05;
  return (1 << 24) | (sizeLog2 << 22) | (signed << 21) | (rt << 16) | (sf << 15) | (acqrel << 14) | (write << 6) | DFSC_TRANSLATION_L1;
}
/** ISS of a stage-2 data abort without a valid instruction syndrome (pairs, write-back...). */
export function dataIssNoIsv(write: number): number {
  return (write << 6) | 0x05;
}

// ---- Data processing, immediate ----------------------------------------------------------

const pcRel: Builder = (f, rec, i) => {
  if (f.op) {
    const off = sext((f.immhi << 2) | f.immlo, 21); // pages
    return put(rec, i, Op.ADRP, wzr(f.rd), 0, 0, 0, off << 12, off >> 20);
  }
  return put(rec, i, Op.ADR, wzr(f.rd), 0, 0, 0, sext((f.immhi << 2) | f.immlo, 21), 0);
};

const addSubImm: Builder = (f, rec, i) => {
  const imm = f.sh ? f.imm12 << 12 : f.imm12;
  if (!f.S) {
    const v = f.op ? -imm : imm; // SUB adds the negation
    if (f.sf) return put(rec, i, Op.ADD_IMM_X, rsp(f.rd), rsp(f.rn), 0, 0, v, v < 0 ? -1 : 0);
    return put(rec, i, Op.ADD_IMM_W, rsp(f.rd), rsp(f.rn), 0, 0, v, 0);
  }
  // ADDS: a + imm + 0; SUBS: a + ~imm + 1
  const lo = f.op ? ~imm : imm;
  const hi = f.op ? -1 : 0;
  if (f.sf) return put(rec, i, Op.ADDS_IMM_X, wzr(f.rd), rsp(f.rn), 0, f.op, lo, hi);
  return put(rec, i, Op.ADDS_IMM_W, wzr(f.rd), rsp(f.rn), 0, f.op, lo, 0);
};

const LOGIC_IMM_X = [Op.AND_IMM_X, Op.ORR_IMM_X, Op.EOR_IMM_X, Op.ANDS_IMM_X];
const LOGIC_IMM_W = [Op.AND_IMM_W, Op.ORR_IMM_W, Op.EOR_IMM_W, Op.ANDS_IMM_W];
const logicImm: Builder = (f, rec, i) => {
  const m = decodeBitMask(f.N, f.imms, f.immr, f.sf);
  if (!m) return false;
  const d = f.opc === 3 ? wzr(f.rd) : rsp(f.rd); // ANDS writes XZR, the others SP
  const op = (f.sf ? LOGIC_IMM_X : LOGIC_IMM_W)[f.opc];
  return put(rec, i, op, d, rzr(f.rn), 0, 0, m[0], m[1]);
};

/** MOV (bitmask immediate): ORR (immediate) from the zero register. */
const movBitmask: Builder = (f, rec, i) => {
  const m = decodeBitMask(f.N, f.imms, f.immr, f.sf);
  if (!m) return false;
  return put(rec, i, Op.MOV_IMM, rsp(f.rd), 0, 0, 0, m[0], m[1]);
};

const moveWide: Builder = (f, rec, i) => {
  if (f.opc === 1 || (!f.sf && f.hw >= 2)) return false;
  const shift = f.hw * 16;
  if (f.opc === 3) return put(rec, i, f.sf ? Op.MOVK_X : Op.MOVK_W, wzr(f.rd), 0, 0, 0, f.imm16, shift);
  let lo = shift < 32 ? f.imm16 << shift : 0;
  let hi = shift >= 32 ? f.imm16 << (shift - 32) : 0;
  if (f.opc === 0) { lo = ~lo; hi = ~hi; } // MOVN
  if (!f.sf) hi = 0;
  return put(rec, i, Op.MOV_IMM, wzr(f.rd), 0, 0, 0, lo, hi);
};

const bitfield: Builder = (f, rec, i) => {
  const width = f.sf ? 64 : 32;
  if (f.opc === 3 || f.N !== f.sf || f.immr >= width || f.imms >= width) return false;
  const d = wzr(f.rd), n = rzr(f.rn);
  // (LSR, ASR and SXTW have their own lines.)
  if (f.opc === 2 && f.imms + 1 === f.immr) return put(rec, i, f.sf ? Op.LSL_IMM_X : Op.LSL_IMM_W, d, n, 0, 0, width - 1 - f.imms, 0);
  // Common aliases get their own ops: UBFX/UXTB/UXTH, SBFX/SXTB/SXTH (W), UBFIZ (W).
  const len = f.imms - f.immr + 1;
  if (f.opc === 2 && f.imms >= f.immr) {
    if (!f.sf) return put(rec, i, Op.UBFX_W, d, n, 0, 0, f.immr, len === 32 ? -1 : (1 << len) - 1);
    const m = len >= 32 ? [-1, len === 64 ? -1 : (1 << (len - 32)) - 1] : [len === 32 ? -1 : (1 << len) - 1, 0];
    return put(rec, i, Op.UBFX_X, d, n, 0, f.immr, m[0], m[1]);
  }
  if (f.opc === 0 && f.imms >= f.immr && !f.sf) return put(rec, i, Op.SBFX_W, d, n, 0, 0, 31 - f.imms, 32 - len);
  if (f.opc === 2 && !f.sf) return put(rec, i, Op.UBFIZ_W, d, n, 0, 0, (1 << (f.imms + 1)) - 1, 32 - f.immr);
  const kind = f.opc; // 0 SBFM, 1 BFM, 2 UBFM
  return put(rec, i, Op.BITFIELD, d, n, 0, 0, f.immr | (f.imms << 8) | (kind << 16) | (f.sf << 18), 0);
};

/** LSR/ASR (immediate): UBFM/SBFM with imms = width - 1; a = the shift (immr). */
const shiftRightImm = (op: number): Builder => (f, rec, i) => put(rec, i, op, wzr(f.rd), rzr(f.rn), 0, 0, f.immr, 0);

/** SXTW: SBFM Xd, Xn, #0, #31. */
const sxtw: Builder = (f, rec, i) => put(rec, i, Op.SXTW, wzr(f.rd), rzr(f.rn), 0, 0, 0, 0);

const extract: Builder = (f, rec, i) => {
  if (f.N !== f.sf || (!f.sf && f.imms >= 32)) return false;
  return put(rec, i, Op.EXTR, wzr(f.rd), rzr(f.rn), rzr(f.rm), 0, f.imms, f.sf);
};

// ---- Data processing, register -------------------------------------------------------------

const logicShifted: Builder = (f, rec, i) => {
  if (!f.sf && f.imm6 >= 32) return false;
  const d = wzr(f.rd), n = rzr(f.rn), m = rzr(f.rm);
  if (f.imm6 === 0 && f.N === 0) { // (MOV has its own line)
    if (f.sf && f.opc === 0) return put(rec, i, Op.AND_REG_X, d, n, m, 0, 0, 0);
    if (f.sf && f.opc === 1) return put(rec, i, Op.ORR_REG_X, d, n, m, 0, 0, 0);
    if (f.sf && f.opc === 2) return put(rec, i, Op.EOR_REG_X, d, n, m, 0, 0, 0);
  }
  return put(rec, i, Op.LOGIC_SREG, d, n, m, 0, f.opc | (f.N << 2) | (f.shift << 3) | (f.imm6 << 5) | (f.sf << 11), 0);
};

/** MOV (register): ORR (shifted register) from the zero register, no shift. */
const movReg: Builder = (f, rec, i) => put(rec, i, f.sf ? Op.MOV_REG_X : Op.MOV_REG_W, wzr(f.rd), 0, rzr(f.rm), 0, 0, 0);

const addSubShifted: Builder = (f, rec, i) => {
  if (f.shift === 3 || (!f.sf && f.imm6 >= 32)) return false;
  const d = wzr(f.rd), n = rzr(f.rn), m = rzr(f.rm);
  if (f.imm6 === 0) {
    if (f.S) return put(rec, i, f.sf ? Op.ADDS_REG_X : Op.ADDS_REG_W, d, n, m, f.op, 0, 0);
    if (f.op) return put(rec, i, f.sf ? Op.SUB_REG_X : Op.SUB_REG_W, d, n, m, 0, 0, 0);
    return put(rec, i, f.sf ? Op.ADD_REG_X : Op.ADD_REG_W, d, n, m, 0, 0, 0);
  }
  return put(rec, i, Op.ADDSUB_SREG, d, n, m, 0, f.shift | (f.imm6 << 2) | (f.sf << 8) | (f.op << 9) | (f.S << 10), 0);
};

const addSubExtended: Builder = (f, rec, i) => {
  if (f.opt !== 0 || f.imm3 > 4) return false;
  const d = f.S ? wzr(f.rd) : rsp(f.rd);
  return put(rec, i, Op.ADDSUB_EXT, d, rsp(f.rn), rzr(f.rm), 0, f.option | (f.imm3 << 3) | (f.sf << 6) | (f.op << 7) | (f.S << 8), 0);
};

const adcSbc: Builder = (f, rec, i) =>
  put(rec, i, Op.ADC, wzr(f.rd), rzr(f.rn), rzr(f.rm), 0, f.sf | (f.op << 1) | (f.S << 2), 0);

const condCompare = (imm: number): Builder => (f, rec, i) =>
  put(rec, i, Op.CCMP, 0, rzr(f.rn), imm ? 0 : rzr(f.rm), 0,
    f.cond | (f.nzcv << 4) | (f.sf << 8) | (imm << 9) | ((imm ? f.rm : 0) << 10) | (f.op << 15), 0);

const condSelect: Builder = (f, rec, i) => {
  if (f.op2 > 1) return false;
  return put(rec, i, Op.CSEL, wzr(f.rd), rzr(f.rn), rzr(f.rm), 0, f.cond | (((f.op << 1) | f.op2) << 4) | (f.sf << 6), 0);
};

const dp3: Builder = (f, rec, i) => {
  const d = wzr(f.rd), n = rzr(f.rn), m = rzr(f.rm), a = rzr(f.ra);
  switch (f.op31) {
    case 0:
      if (f.sf) return put(rec, i, f.o0 ? Op.MSUB_X : Op.MADD_X, d, n, m, a, 0, 0);
      return put(rec, i, f.o0 ? Op.MSUB_W : Op.MADD_W, d, n, m, a, 0, 0);
    case 1: case 5:
      if (!f.sf) return false;
      return put(rec, i, Op.MULL, d, n, m, a, (f.op31 === 1 ? 1 : 0) | (f.o0 << 1), 0);
    case 2: case 6:
      // Ra "should be" 31; QEMU ignores it, and so do we.
      if (!f.sf || f.o0) return false;
      return put(rec, i, Op.MULH, d, n, m, 0, f.op31 === 2 ? 1 : 0, 0);
    default:
      return false;
  }
};

const dp2: Builder = (f, rec, i) => {
  const d = wzr(f.rd), n = rzr(f.rn), m = rzr(f.rm);
  const opc = f.opcode;
  if (opc === 2 || opc === 3) return put(rec, i, Op.DIV, d, n, m, 0, (opc & 1) | (f.sf << 1), 0);
  if (opc >= 8 && opc <= 11) return put(rec, i, Op.SHIFTV, d, n, m, 0, (opc & 3) | (f.sf << 2), 0);
  return false; // (CRC32 has its own line)
};

const crc32: Builder = (f, rec, i) => {
  if ((f.sz === 3) !== (f.sf === 1)) return false;
  return put(rec, i, Op.CRC32, wzr(f.rd), rzr(f.rn), rzr(f.rm), 0, f.sz | (f.C << 2), 0);
};

const dp1: Builder = (f, rec, i) => {
  const opc = f.opcode;
  if (opc > 5 || (opc === 3 && !f.sf)) return false;
  // Kinds: 0 rbit, 1 rev16, 2 rev32 (or REV for W), 3 rev, 4 clz, 5 cls.
  const kind = opc === 2 && !f.sf ? 3 : opc;
  return put(rec, i, Op.BITOP, wzr(f.rd), rzr(f.rn), 0, 0, kind | (f.sf << 3), 0);
};

const rmif: Builder = (f, rec, i) => put(rec, i, Op.FLAGM, 0, rzr(f.rn), 0, 0, 1, f.imm6 | (f.mask << 8));
const setf: Builder = (f, rec, i) => put(rec, i, Op.FLAGM, 0, rzr(f.rn), 0, 0, 2 + f.sz, 0);

// ---- Branches, exception generation, system -------------------------------------------------

const branchImm: Builder = (f, rec, i) => put(rec, i, f.op ? Op.BL : Op.B, 0, 0, 0, 0, sext(f.imm26, 26) * 4, 0);
const branchCond: Builder = (f, rec, i) => put(rec, i, Op.B_COND, 0, 0, 0, 0, sext(f.imm19, 19) * 4, f.cond);
const compareBranch: Builder = (f, rec, i) => {
  const op = f.sf ? (f.op ? Op.CBNZ_X : Op.CBZ_X) : (f.op ? Op.CBNZ_W : Op.CBZ_W);
  return put(rec, i, op, 0, rzr(f.rt), 0, 0, sext(f.imm19, 19) * 4, 0);
};
const testBranch: Builder = (f, rec, i) =>
  put(rec, i, f.op ? Op.TBNZ : Op.TBZ, 0, rzr(f.rt), 0, 0, sext(f.imm14, 14) * 4, (f.b5 << 5) | f.b40);

const branchReg = (op: number): Builder => (f, rec, i) => put(rec, i, op, 0, rzr(f.rn), 0, 0, 0, 0);

const exception = (op: number): Builder => (f, rec, i) => put(rec, i, op, 0, 0, 0, 0, f.imm16, 0);

/** An instruction with no operands. */
const bare = (op: number): Builder => (_f, rec, i) => put(rec, i, op, 0, 0, 0, 0, 0, 0);

const barrier: Builder = (f, rec, i) => {
  switch (f.op2) {
    case 2: return put(rec, i, Op.CLREX, 0, 0, 0, 0, 0, 0);
    case 4: case 5: case 6: return put(rec, i, Op.NOP, 0, 0, 0, 0, 0, 0); // DSB DMB ISB: one PE, in order
    default: return false;
  }
};

const cfinv: Builder = (_f, rec, i) => put(rec, i, Op.FLAGM, 0, 0, 0, 0, 0, 0);

const pstate: Builder = (f, rec, i) => {
  const sel = (f.op1 << 3) | f.op2;
  let field: number;
  if (sel === 0b000101) field = PstateField.SPSEL;
  else if (sel === 0b011110) field = PstateField.DAIFSET;
  else if (sel === 0b011111) field = PstateField.DAIFCLR;
  else return false; // PAN, UAO, SSBS, DIT, TCO, XAFLAG/AXFLAG: not implemented, not advertised
  return put(rec, i, Op.MSR_IMM, 0, 0, 0, 0, field, f.crm);
};

/** ISS of a trapped MSR/MRS/SYS (EC 0x18). */
function sysIss(f: Record<string, number>, read: number): number {
  return (f.op0 << 20) | (f.op2 << 17) | (f.op1 << 14) | (f.crn << 10) | (f.rt << 5) | (f.crm << 1) | read;
}

const sysInsn: Builder = (f, rec, i) => {
  const key = sysKey(1, f.op1, f.crn, f.crm, f.op2);
  const t = rzr(f.rt);
  const iss = sysIss({ ...f, op0: 1 }, 0); // for EL0 traps (EC 0x18)
  if (key === sysKey(1, 0, 7, 5, 0) || key === sysKey(1, 0, 7, 1, 0)) return put(rec, i, Op.IC_IALLU, 0, 0, 0, 0, 0, iss);
  if (key === sysKey(1, 3, 7, 5, 1)) return put(rec, i, Op.IC_IVAU, 0, t, 0, 0, 0, iss);
  if (key === sysKey(1, 3, 7, 4, 1)) return put(rec, i, Op.DC_ZVA, 0, t, 0, 0, 0, iss);
  // DC clean/invalidate: memory is coherent here, so only the access rules matter.
  // a = 1 when EL0 may use it (SCTLR_EL1.UCI): CVAC CVAU CIVAC (and CVAP/CVADP, own lines);
  // IVAC and set/way are EL1 only.
  if (f.op1 === 3 && f.crn === 7 && [10, 11, 14].includes(f.crm) && f.op2 === 1) return put(rec, i, Op.DC_MAINT, 0, t, 0, 0, 1, iss);
  if (f.op1 === 0 && f.crn === 7 && ((f.crm === 6 && (f.op2 === 1 || f.op2 === 2)) || ((f.crm === 10 || f.crm === 14) && f.op2 === 2))) return put(rec, i, Op.DC_MAINT, 0, t, 0, 0, 0, iss);
  if (f.op1 === 0 && f.crn === 7 && f.crm === 8 && f.op2 <= 3) return put(rec, i, Op.AT, 0, t, 0, 0, f.op2, 0); // AT S1E1R/W, S1E0R/W
  // TLBI VMALLE1 VAE1 ASIDE1 VAAE1 VALE1 VAALE1, and their inner-shareable forms (one TLB per vCPU).
  if (f.op1 === 0 && f.crn === 8 && (f.crm === 7 || f.crm === 3) && [0, 1, 2, 3, 5, 7].includes(f.op2)) return put(rec, i, Op.TLBI, 0, t, 0, 0, f.op2, 0);
  // Anything else goes to the hypervisor, which logs it and makes it UNDEFINED.
  return put(rec, i, Op.MSR_REG, 0, t, 0, 0, -1, sysIss({ ...f, op0: 1 }, 0));
};

/** DC CVAP / DC CVADP (FEAT_DPB, FEAT_DPB2): as DC CVAC, usable at EL0 under SCTLR_EL1.UCI. */
const dcPersist = (crm: number): Builder => (f, rec, i) =>
  put(rec, i, Op.DC_MAINT, 0, rzr(f.rt), 0, 0, 1, sysIss({ op0: 1, op1: 3, crn: 7, crm, op2: 1, rt: f.rt }, 0));

const mrsMsr: Builder = (f, rec, i) => {
  const op0 = 2 | f.o0;
  const index = lookupSysreg(sysKey(op0, f.op1, f.crn, f.crm, f.op2));
  const iss = sysIss({ ...f, op0 }, f.L);
  if (f.L && index >= 0) {
    // Hot reads get their own ops: `current` lives in SP_EL0, per-CPU offsets in TPIDR_EL1.
    const def = SYSREGS[index];
    if (def.name === 'SP_EL0') return put(rec, i, Op.MRS_SP_EL0, wzr(f.rt), 0, 0, 0, 0, 0);
    if (def.name === 'NZCV') return put(rec, i, Op.MRS_NZCV, wzr(f.rt), 0, 0, 0, 0, 0);
    if (def.kind.k === 'store' && def.el0 === 'none' && !def.writeOnly) return put(rec, i, Op.MRS_STORE, wzr(f.rt), 0, 0, 0, def.kind.slot, 0);
  }
  if (f.L) return put(rec, i, Op.MRS, wzr(f.rt), 0, 0, 0, index, iss);
  return put(rec, i, Op.MSR_REG, 0, rzr(f.rt), 0, 0, index, iss);
};

// ---- Loads and stores ------------------------------------------------------------------------

/** code = size | signed << 2 | toX << 3 | store << 4, from size and opc of the LDR/STR group. */
function ldstCode(size: number, opc: number): number | undefined {
  if (opc === 0) return size | (1 << 4);
  if (opc === 1) return size | ((size === 3 ? 1 : 0) << 3);
  if (opc === 2) return size >= 2 ? (size === 2 ? 2 | 4 | 8 : undefined) : size | 4 | 8; // to X
  return size <= 1 ? size | 4 : undefined; // opc 3: signed to W
}

function codeIss(code: number, rt: number, ar: number): number {
  const size = code & 3, signed = (code >> 2) & 1, toX = (code >> 3) & 1, store = (code >> 4) & 1;
  return dataIss(size, signed, rt, toX || (store && size === 3) ? 1 : 0, ar, store);
}

function ldstTarget(code: number, rt: number): number {
  return (code & 16) ? rzr(rt) : wzr(rt);
}

const HOT_LOAD: Record<number, number> = { [3 | 8]: Op.LDR_X, 2: Op.LDR_W, 0: Op.LDRB, [3 | 16]: Op.STR_X, [2 | 16]: Op.STR_W, 16: Op.STRB };

const HOT_REG_OFFSET: Record<number, number> = { [3 | 8]: Op.LDR_REG_X, 2: Op.LDR_REG_W, 0: Op.LDRB_REG, [3 | 16]: Op.STR_REG_X, [2 | 16]: Op.STR_REG_W, 16: Op.STRB_REG };

function ldstImmediate(rec: Int32Array, i: number, f: Record<string, number>, offset: number, mode: 'offset' | 'pre' | 'post'): boolean {
  // size 11 opc 10: PRFM / PRFUM (own lines) in the offset forms, unallocated pre/post.
  if (f.size === 3 && f.opc === 2) return false;
  const code = ldstCode(f.size, f.opc);
  if (code === undefined) return false;
  const t = ldstTarget(code, f.rt);
  if (mode === 'offset') {
    const hot = f.rn === 31 ? undefined : HOT_LOAD[code]; // SP-based: the generic op checks SP alignment
    const iss = codeIss(code, f.rt, 0);
    if (hot !== undefined) return put(rec, i, hot, t, rsp(f.rn), 0, 0, offset, iss);
    return put(rec, i, Op.LDST_IMM, t, rsp(f.rn), 0, code, offset, iss);
  }
  return put(rec, i, mode === 'pre' ? Op.LDST_PRE : Op.LDST_POST, t, rsp(f.rn), 0, code, offset, dataIssNoIsv((code >> 4) & 1));
}

const ldstUnsigned: Builder = (f, rec, i) => ldstImmediate(rec, i, f, f.imm12 << f.size, 'offset');
const ldstUnscaled: Builder = (f, rec, i) => ldstImmediate(rec, i, f, sext(f.imm9, 9), 'offset');
const ldstPost: Builder = (f, rec, i) => ldstImmediate(rec, i, f, sext(f.imm9, 9), 'post');
const ldstPre: Builder = (f, rec, i) => ldstImmediate(rec, i, f, sext(f.imm9, 9), 'pre');
/** LDTR/STTR (unprivileged): EL0's permissions even at EL1, so never the EL1 fast path. */
const ldstUnpriv: Builder = (f, rec, i) => {
  const code = f.size === 3 && f.opc === 2 ? undefined : ldstCode(f.size, f.opc); // no PRFM form
  if (code === undefined) return false;
  return put(rec, i, Op.LDST_UNPRIV, ldstTarget(code, f.rt), rsp(f.rn), 0, code, sext(f.imm9, 9), codeIss(code, f.rt, 0));
};

const ldstRegister: Builder = (f, rec, i) => {
  if ((f.option & 2) === 0) return false;
  const shift = f.S ? f.size : 0;
  const code = ldstCode(f.size, f.opc);
  if (code === undefined) return false;
  const op = (f.rn === 31 ? undefined : HOT_REG_OFFSET[code]) ?? Op.LDST_REG;
  return put(rec, i, op, ldstTarget(code, f.rt), rsp(f.rn), rzr(f.rm), code, f.option | (shift << 3), codeIss(code, f.rt, 0));
};

const loadLiteral: Builder = (f, rec, i) => {
  const off = sext(f.imm19, 19) * 4;
  switch (f.opc) {
    case 0: return put(rec, i, Op.LDR_LIT, wzr(f.rt), 0, 0, 2, off, 0);
    case 1: return put(rec, i, Op.LDR_LIT, wzr(f.rt), 0, 0, 3 | 8, off, 0);
    case 2: return put(rec, i, Op.LDR_LIT, wzr(f.rt), 0, 0, 2 | 4 | 8, off, 0);
    default: return false; // opc 11: PRFM (literal), its own line
  }
};

const PAIR_MODE: Record<number, number> = { 0: 0, 1: 1, 2: 0, 3: 2 }; // bits 24:23 -> offset/post/pre
const ldstPair: Builder = (f, rec, i) => {
  if (f.opc === 3) return false;
  if (f.opc === 1 && (!f.L || f.mode === 0)) return false; // LDPSW only; no LDNP/STGP forms
  const size = f.opc === 2 ? 3 : 2;
  const signed = f.opc === 1 ? 1 : 0;
  const store = f.L ? 0 : 1;
  const x = size | (signed << 2) | (store << 4) | (PAIR_MODE[f.mode] << 5);
  const t = store ? rzr(f.rt) : wzr(f.rt), t2 = store ? rzr(f.rt2) : wzr(f.rt2);
  return put(rec, i, Op.LDSTP, t, rsp(f.rn), t2, x, sext(f.imm7, 7) << size, dataIssNoIsv(store));
};

const exclusive: Builder = (f, rec, i) => {
  const pair = f.o1;
  if (pair && f.size < 2) return false; // that space is CASP, matched above
  const size = f.size;
  if (f.L) return put(rec, i, Op.LDXR, wzr(f.rt), rsp(f.rn), pair ? wzr(f.rt2) : 0, size | (pair << 2), 0, 0);
  return put(rec, i, Op.STXR, rzr(f.rt), rsp(f.rn), wzr(f.rs), size | (pair << 2), pair ? rzr(f.rt2) : 0, 0);
};

const ordered: Builder = (f, rec, i) => {
  // LDAR/LDLAR and STLR/STLLR: plain single-copy accesses on one PE, no offset.
  const code = f.L ? f.size | (f.size === 3 ? 8 : 0) : f.size | 16;
  return put(rec, i, Op.LDST_IMM, ldstTarget(code, f.rt), rsp(f.rn), 0, code, 0, codeIss(code, f.rt, 1));
};

const casp: Builder = (f, rec, i) => {
  if ((f.rs & 1) || (f.rt & 1)) return false;
  return put(rec, i, Op.CASP, f.rt * 2, rsp(f.rn), f.rs * 2, 2 | f.sz, 0, 0);
};

const cas: Builder = (f, rec, i) => put(rec, i, Op.CAS, rzr(f.rt), rsp(f.rn), rzr(f.rs), f.size, 0, 0);

const atomic: Builder = (f, rec, i) => {
  if (f.o3 && f.opc !== 0) return false;
  return put(rec, i, Op.ATOMIC, wzr(f.rt), rsp(f.rn), rzr(f.rs), f.size, f.o3 ? 8 : f.opc, 0);
};

const ldapr: Builder = (f, rec, i) => {
  const code = f.size | (f.size === 3 ? 8 : 0);
  return put(rec, i, Op.LDST_IMM, wzr(f.rt), rsp(f.rn), 0, code, 0, codeIss(code, f.rt, 1));
};

// ---- The table ---------------------------------------------------------------------------------

export const A64_INTEGER: readonly PatternLine[] = [
  // Data processing, immediate
  L('op:1 immlo:2 10000 immhi:19 rd:5', 'ADR/ADRP', pcRel),
  L('sf:1 op:1 S:1 100010 sh:1 imm12:12 rn:5 rd:5', 'ADD/SUB (immediate)', addSubImm),
  L('sf:1 01 100100 N:1 immr:6 imms:6 11111 rd:5', 'MOV (bitmask immediate)', movBitmask),
  L('sf:1 opc:2 100100 N:1 immr:6 imms:6 rn:5 rd:5', 'logical (immediate)', logicImm),
  L('sf:1 opc:2 100101 hw:2 imm16:16 rd:5', 'MOVN/MOVZ/MOVK', moveWide),
  L('1 10 100110 1 immr:6 111111 rn:5 rd:5', 'LSR (immediate, 64-bit)', shiftRightImm(Op.LSR_IMM_X)),
  L('0 10 100110 0 0 immr:5 011111 rn:5 rd:5', 'LSR (immediate, 32-bit)', shiftRightImm(Op.LSR_IMM_W)),
  L('1 00 100110 1 immr:6 111111 rn:5 rd:5', 'ASR (immediate, 64-bit)', shiftRightImm(Op.ASR_IMM_X)),
  L('0 00 100110 0 0 immr:5 011111 rn:5 rd:5', 'ASR (immediate, 32-bit)', shiftRightImm(Op.ASR_IMM_W)),
  L('1 00 100110 1 000000 011111 rn:5 rd:5', 'SXTW', sxtw),
  L('sf:1 opc:2 100110 N:1 immr:6 imms:6 rn:5 rd:5', 'SBFM/BFM/UBFM', bitfield),
  L('sf:1 00 100111 N:1 0 rm:5 imms:6 rn:5 rd:5', 'EXTR', extract),

  // Branches, exception generation, system
  L('0101010 0 imm19:19 0 cond:4', 'B.cond', branchCond),
  L('11010100 000 imm16:16 000 01', 'SVC', exception(Op.SVC)),
  L('11010100 000 imm16:16 000 10', 'HVC', exception(Op.HVC)),
  L('11010100 000 imm16:16 000 11', 'SMC', exception(Op.SMC)),
  L('11010100 001 imm16:16 000 00', 'BRK', exception(Op.BRK)),
  L('11010100 010 imm16:16 000 00', 'HLT', exception(Op.HLT)),
  L('1101010100 0 00 011 0010 0000 010 11111', 'WFE', bare(Op.WFE)),
  L('1101010100 0 00 011 0010 0000 011 11111', 'WFI', bare(Op.WFI)),
  L('1101010100 0 00 011 0010 crm:4 op2:3 11111', 'HINT', bare(Op.NOP)), // NOP, YIELD, SEV(L), unallocated hints
  L('1101010100 0 00 011 0011 crm:4 op2:3 11111', 'barriers', barrier),
  L('1101010100 0 00 000 0100 0000 000 11111', 'CFINV', cfinv, 'flagm'),
  L('1101010100 0 00 op1:3 0100 crm:4 op2:3 11111', 'MSR (immediate)', pstate),
  L('1101010100 0 01 011 0111 1100 001 rt:5', 'DC CVAP', dcPersist(12), 'dcpop'),
  L('1101010100 0 01 011 0111 1101 001 rt:5', 'DC CVADP', dcPersist(13), 'dcpodp'),
  L('1101010100 0 01 op1:3 crn:4 crm:4 op2:3 rt:5', 'SYS', sysInsn),
  L('1101010100 L:1 1 o0:1 op1:3 crn:4 crm:4 op2:3 rt:5', 'MRS/MSR (register)', mrsMsr),
  L('1101011 0000 11111 000000 rn:5 00000', 'BR', branchReg(Op.BR)),
  L('1101011 0001 11111 000000 rn:5 00000', 'BLR', branchReg(Op.BLR)),
  L('1101011 0010 11111 000000 rn:5 00000', 'RET', branchReg(Op.RET)),
  L('1101011 0100 11111 000000 11111 00000', 'ERET', bare(Op.ERET)),
  L('op:1 00101 imm26:26', 'B/BL', branchImm),
  L('sf:1 011010 op:1 imm19:19 rt:5', 'CBZ/CBNZ', compareBranch),
  L('b5:1 011011 op:1 b40:5 imm14:14 rt:5', 'TBZ/TBNZ', testBranch),

  // Loads and stores
  L('0 sz:1 001000 0 L:1 1 rs:5 o0:1 11111 rn:5 rt:5', 'CASP', casp, 'atomics'),
  L('size:2 001000 0 L:1 o1:1 rs:5 o0:1 rt2:5 rn:5 rt:5', 'load/store exclusive', exclusive),
  L('size:2 001000 1 L:1 0 rs:5 o0:1 rt2:5 rn:5 rt:5', 'load-acquire/store-release', ordered),
  L('size:2 001000 1 L:1 1 rs:5 o0:1 11111 rn:5 rt:5', 'CAS', cas, 'atomics'),
  L('11 011 0 00 imm19:19 rt:5', 'PRFM (literal)', bare(Op.NOP)),
  L('opc:2 011 0 00 imm19:19 rt:5', 'LDR (literal)', loadLiteral),
  L('opc:2 101 0 0 mode:2 L:1 imm7:7 rt2:5 rn:5 rt:5', 'LDP/STP/LDNP/STNP', ldstPair),
  L('11 111 0 00 10 0 imm9:9 00 rn:5 rt:5', 'PRFUM', bare(Op.NOP)),
  L('size:2 111 0 00 opc:2 0 imm9:9 00 rn:5 rt:5', 'LDUR/STUR', ldstUnscaled),
  L('size:2 111 0 00 opc:2 0 imm9:9 01 rn:5 rt:5', 'load/store post-index', ldstPost),
  L('size:2 111 0 00 opc:2 0 imm9:9 10 rn:5 rt:5', 'LDTR/STTR', ldstUnpriv),
  L('size:2 111 0 00 opc:2 0 imm9:9 11 rn:5 rt:5', 'load/store pre-index', ldstPre),
  L('size:2 111 0 00 101 11111 1 100 00 rn:5 rt:5', 'LDAPR', ldapr, 'lrcpc'),
  L('size:2 111 0 00 A:1 R:1 1 rs:5 o3:1 opc:3 00 rn:5 rt:5', 'atomic memory operation', atomic, 'atomics'),
  L('11 111 0 00 10 1 rm:5 x1x S:1 10 rn:5 rt:5', 'PRFM (register)', bare(Op.NOP)), // (option<1> = 0 is unallocated)
  L('size:2 111 0 00 opc:2 1 rm:5 option:3 S:1 10 rn:5 rt:5', 'load/store (register offset)', ldstRegister),
  L('11 111 0 01 10 imm12:12 rn:5 rt:5', 'PRFM (immediate)', bare(Op.NOP)),
  L('size:2 111 0 01 opc:2 imm12:12 rn:5 rt:5', 'load/store (unsigned offset)', ldstUnsigned),

  // Data processing, register
  L('sf:1 01 01010 xx 0 rm:5 000000 11111 rd:5', 'MOV (register)', movReg),
  L('sf:1 opc:2 01010 shift:2 N:1 rm:5 imm6:6 rn:5 rd:5', 'logical (shifted register)', logicShifted),
  L('sf:1 op:1 S:1 01011 shift:2 0 rm:5 imm6:6 rn:5 rd:5', 'ADD/SUB (shifted register)', addSubShifted),
  L('sf:1 op:1 S:1 01011 opt:2 1 rm:5 option:3 imm3:3 rn:5 rd:5', 'ADD/SUB (extended register)', addSubExtended),
  L('sf:1 op:1 S:1 11010000 rm:5 000000 rn:5 rd:5', 'ADC/SBC', adcSbc),
  L('1 0 1 11010000 imm6:6 00001 rn:5 0 mask:4', 'RMIF', rmif, 'flagm'),
  L('0 0 1 11010000 000000 sz:1 0010 rn:5 0 1101', 'SETF8/SETF16', setf, 'flagm'),
  L('sf:1 op:1 1 11010010 rm:5 cond:4 0 0 rn:5 0 nzcv:4', 'CCMN/CCMP (register)', condCompare(0)),
  L('sf:1 op:1 1 11010010 rm:5 cond:4 1 0 rn:5 0 nzcv:4', 'CCMN/CCMP (immediate)', condCompare(1)),
  L('sf:1 op:1 0 11010100 rm:5 cond:4 op2:2 rn:5 rd:5', 'conditional select', condSelect),
  L('sf:1 00 11011 op31:3 rm:5 o0:1 ra:5 rn:5 rd:5', 'data processing (3 source)', dp3),
  L('sf:1 0 0 11010110 rm:5 010 C:1 sz:2 rn:5 rd:5', 'CRC32/CRC32C', crc32, 'crc32'),
  L('sf:1 0 0 11010110 rm:5 opcode:6 rn:5 rd:5', 'data processing (2 source)', dp2),
  L('sf:1 1 0 11010110 00000 opcode:6 rn:5 rd:5', 'data processing (1 source)', dp1),
];

/**
 * Every A64 line: integer, then crypto (before the SIMD integer lines: PMULL .1Q lies inside
 * their "three different" group and must be claimed first), then FP/SIMD.
 */
export const A64_TABLE: readonly PatternLine[] = [...A64_INTEGER, ...SIMD_CRYPTO_TABLE, ...SIMD_INT_TABLE, ...SIMD_FP_TABLE];

const decoders = new Map<CpuModel, Decoder>();
/** The A64 decoder for a CPU model (default: DEFAULT_CPU), compiled once per model and process. */
export function a64Decoder(model: CpuModel = CPU_MODELS[DEFAULT_CPU]): Decoder {
  let d = decoders.get(model);
  if (!d) decoders.set(model, d = new Decoder(A64_TABLE, model));
  return d;
}
