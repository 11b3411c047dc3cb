// FP/SIMD loads and stores, moves, integer vector operations (A64 FP/SIMD), with the optional
// dot product (FEAT_DotProd: SDOT/UDOT) and rounding doubling multiply-accumulate (FEAT_RDM:
// SQRDMLAH/SQRDMLSH) on table lines tagged with their feature. Records come from the
// lines in this file's table (src/cpu/decode-table.ts appends them); the interpreter calls
// execSimdInt() for Op.SIMD_INT after the CPACR_EL1.FPEN check.
//
// Record layout (the words of src/cpu/decoder.ts's record, as this file uses them; putInt()):
//   rec[i]   Op.SIMD_INT
//   rec[i+1] kind (K) | sub << 8          sub = the class's own opcode / packed options
//   rec[i+2] d | n << 5 | m << 10 | x << 15 (vregs()) | size << 20 | Q << 23 | U << 24 | S << 25
//            5-bit register numbers (V or X per kind); x = a fourth register or an index;
//            size = element size log2 (0..4); S = scalar form
//   rec[i+3] immediate (offset, shift, index...), per kind
//
// Vector registers are read and written as bytes through the shared memory (V[n] lives at byte
// r.byteOffset + 4 * VREGS + 16 * n, little-endian lanes). Lanes of up to 32 bits are plain
// numbers; 64-bit lanes and the rarer widening/saturating arithmetic go through BigInt (a slow
// path by design: the hot string/memory idioms take the number paths).

import type { PatternLine, Builder } from './decoder.ts';
import { L, putRecord, sext, vregs } from './decoder.ts';
import { Op } from './vcpu.ts';
import { DONE, FAULT, STOP } from './status.ts';
import { memOffset } from './data-access.ts';
import type { VCpu } from './vcpu.ts';
import { VREGS, FPSR, SP, ZR, PC } from './regs.ts';
import * as A from './alu.ts';

const enum K {
  LDST = 1, // single register: sub = mode | store << 2 | addr << 3 | option << 5 | shift << 8
  LDSTP = 2, // pair: sub = mode | store << 2
  LDST_MULT = 3, // LD1-4/ST1-4 multiple structures: sub = rpt | selem << 3 | load << 6 | post << 7
  LDST_ONE = 4, // single structure / replicate: sub = selem | load << 3 | post << 4 | repl << 5; imm = index
  DUP_ELEM = 5, // imm = index
  DUP_GEN = 6,
  INS_GEN = 7, // imm = index
  INS_ELEM = 8, // imm = dst index | src index << 8
  UMOV = 9, // imm = index; sub = signed | toX << 1
  MODIMM = 10, // sub = imm8 | cmode << 8 | op << 12
  FMOV_GEN = 11, // sub: 0 V->X (size bytes), 1 X->V, 2 X<-V.D[1], 3 V.D[1]<-X
  FMOV_REG = 12,
  THREE_SAME = 13, // sub = opcode
  THREE_DIFF = 14, // sub = opcode
  TWO_MISC = 15, // sub = opcode
  ACROSS = 16, // sub = opcode
  PERMUTE = 17, // sub = opcode
  EXT = 18, // imm = position
  TBL = 19, // sub = len | tbx << 2
  SHIFT_IMM = 20, // sub = opcode; imm = shift
  ELEM = 21, // sub = opcode; imm = index
  ADDP_SCALAR = 22,
  THREE_EXTRA = 23, // sub: 0 SQRDMLAH, 1 SQRDMLSH, 2 SDOT/UDOT (U)
}

// ---- decoding ------------------------------------------------------------------------------

/** This file's record (layout above): kind k and its sub, V/X registers, size, Q, U, S, immediate. */
function putInt(rec: Int32Array, i: number, k: number, sub: number, d: number, n: number, m: number, x: number,
  size: number, q: number, u: number, s: number, imm: number): true {
  return putRecord(rec, i, Op.SIMD_INT, k | (sub << 8), vregs(d, n, m, x) | (size << 20) | (q << 23) | (u << 24) | (s << 25), imm);
}

// Loads and stores

/** SIMD&FP register size log2 from size/opc of the LDR/STR groups, or -1 if unallocated. */
function vldstScale(size: number, opc: number): number {
  return (opc & 2) ? (size === 0 ? 4 : -1) : size;
}

const vldstImm = (mode: number): Builder => (f, rec, i) => {
  const scale = vldstScale(f.size, f.opc);
  if (scale < 0) return false;
  const imm = mode === 3 ? f.imm12 << scale : sext(f.imm9, 9); // 3: unsigned offset
  return putInt(rec, i, K.LDST, (mode === 3 ? 0 : mode) | ((f.opc & 1 ? 0 : 1) << 2), f.rt, f.rn, 0, 0, scale, 0, 0, 0, imm);
};

const vldstReg: Builder = (f, rec, i) => {
  const scale = vldstScale(f.size, f.opc);
  if (scale < 0 || (f.option & 2) === 0) return false;
  const shift = f.S ? scale : 0;
  return putInt(rec, i, K.LDST, ((f.opc & 1 ? 0 : 1) << 2) | (1 << 3) | (f.option << 5) | (shift << 8), f.rt, f.rn, f.rm, 0, scale, 0, 0, 0, 0);
};

const vldrLit: Builder = (f, rec, i) => {
  if (f.opc === 3) return false;
  return putInt(rec, i, K.LDST, 2 << 3, f.rt, 0, 0, 0, f.opc + 2, 0, 0, 0, sext(f.imm19, 19) * 4);
};

const PAIR_MODE = [0, 1, 0, 2]; // bits 24:23 -> offset, post, offset, pre
const vldstPair: Builder = (f, rec, i) => {
  if (f.opc === 3) return false;
  const scale = f.opc + 2;
  return putInt(rec, i, K.LDSTP, PAIR_MODE[f.mode] | ((f.L ? 0 : 1) << 2), f.rt, f.rn, 0, f.rt2, scale, 0, 0, 0, sext(f.imm7, 7) << scale);
};

const MULT: Record<number, [number, number]> = { 0: [1, 4], 2: [4, 1], 4: [1, 3], 6: [3, 1], 7: [1, 1], 8: [1, 2], 10: [2, 1] };
const ldstMult = (post: number): Builder => (f, rec, i) => {
  const rs = MULT[f.opcode];
  if (!rs) return false;
  const [rpt, selem] = rs;
  if (f.size === 3 && f.Q === 0 && selem > 1) return false;
  return putInt(rec, i, K.LDST_MULT, rpt | (selem << 3) | (f.L << 6) | (post << 7), f.rt, f.rn, post ? f.rm : 0, 0, f.size, f.Q, 0, 0, 0);
};

const ldstOne = (post: number): Builder => (f, rec, i) => {
  let scale = f.opcode >> 1;
  const selem = (((f.opcode & 1) << 1) | f.R) + 1;
  let index = 0, repl = 0;
  switch (scale) {
    case 0: index = (f.Q << 3) | (f.S << 2) | f.size; break;
    case 1: if (f.size & 1) return false; index = (f.Q << 2) | (f.S << 1) | (f.size >> 1); break;
    case 2:
      if (f.size & 2) return false;
      if (f.size & 1) { if (f.S) return false; scale = 3; index = f.Q; } else index = (f.Q << 1) | f.S;
      break;
    default:
      if (!f.L || f.S) return false;
      scale = f.size; repl = 1;
  }
  return putInt(rec, i, K.LDST_ONE, selem | (f.L << 3) | (post << 4) | (repl << 5), f.rt, f.rn, post ? f.rm : 0, 0, scale, f.Q, 0, 0, index);
};

// Moves

/** Element size log2 and index from imm5 (lowest set bit); size 4 = reserved. */
function imm5Size(imm5: number): number {
  for (let s = 0; s < 4; s++) if (imm5 & (1 << s)) return s;
  return 4;
}

const simdCopy: Builder = (f, rec, i) => {
  const size = imm5Size(f.imm5);
  if (size > 3) return false;
  const idx = f.imm5 >> (size + 1);
  if (f.op) { // INS (element)
    if (!f.Q) return false;
    return putInt(rec, i, K.INS_ELEM, 0, f.rd, f.rn, 0, 0, size, 1, 0, 0, idx | ((f.imm4 >> size) << 8));
  }
  switch (f.imm4) {
    case 0: // DUP (element)
      if (size === 3 && !f.Q) return false;
      return putInt(rec, i, K.DUP_ELEM, 0, f.rd, f.rn, 0, 0, size, f.Q, 0, 0, idx);
    case 1: // DUP (general)
      if (size === 3 && !f.Q) return false;
      return putInt(rec, i, K.DUP_GEN, 0, f.rd, f.rn, 0, 0, size, f.Q, 0, 0, 0);
    case 3: // INS (general)
      if (!f.Q) return false;
      return putInt(rec, i, K.INS_GEN, 0, f.rd, f.rn, 0, 0, size, 1, 0, 0, idx);
    case 5: // SMOV
      if (size === 3 || (size === 2 && !f.Q)) return false;
      return putInt(rec, i, K.UMOV, 1 | (f.Q << 1), f.rd, f.rn, 0, 0, size, f.Q, 0, 0, idx);
    case 7: // UMOV
      if (f.Q ? size !== 3 : size === 3) return false;
      return putInt(rec, i, K.UMOV, f.Q << 1, f.rd, f.rn, 0, 0, size, f.Q, 0, 0, idx);
    default:
      return false;
  }
};

const scalarDup: Builder = (f, rec, i) => {
  const size = imm5Size(f.imm5);
  if (size > 3) return false;
  return putInt(rec, i, K.DUP_ELEM, 0, f.rd, f.rn, 0, 0, size, 0, 0, 1, f.imm5 >> (size + 1));
};

/** MOVI/MVNI/ORR/BIC (vector, immediate); `hi` = the cmode bits the pattern fixed. */
const modImm = (hi: number): Builder => (f, rec, i) =>
  putInt(rec, i, K.MODIMM, ((f.abc << 5) | f.defgh) | ((hi | (f.cmode ?? 0)) << 8) | (f.op << 12), f.rd, 0, 0, 0, 0, f.Q, 0, 0, 0);

const fmovGen: Builder = (f, rec, i) => {
  // rmode 00: W<->S (sf 0, type 00), X<->D (sf 1, type 01), W/X<->H (type 11, FEAT_FP16: f.h)
  let bytes: number;
  if (f.ftype === 0 && !f.sf) bytes = 4;
  else if (f.ftype === 1 && f.sf) bytes = 8;
  else if (f.ftype === 3 && f.h) bytes = 2;
  else return false;
  return putInt(rec, i, K.FMOV_GEN, f.op ? 1 : 0, f.rd, f.rn, 0, 0, Math.log2(bytes), f.sf, 0, 0, 0);
};
const fmovTop: Builder = (f, rec, i) => putInt(rec, i, K.FMOV_GEN, f.op ? 3 : 2, f.rd, f.rn, 0, 0, 3, 1, 0, 0, 0);

const fmovReg: Builder = (f, rec, i) => {
  if (f.ftype === 2 || (f.ftype === 3 && !f.h)) return false;
  return putInt(rec, i, K.FMOV_REG, 0, f.rd, f.rn, 0, 0, f.ftype === 3 ? 1 : f.ftype + 2, 0, 0, 0, 0);
};

// Integer data processing

const threeSame = (scalar: number): Builder => (f, rec, i, word) => {
  const opc = (word >>> 11) & 31;
  const size = f.size, q = scalar ? 0 : f.Q, u = f.U;
  if (scalar) {
    switch (opc) {
      case 1: case 5: case 9: case 11: break; // saturating: any size
      case 6: case 7: case 8: case 10: case 16: case 17: if (size !== 3) return false; break;
      case 22: if (size === 0 || size === 3) return false; break;
      default: return false;
    }
  } else {
    if (size === 3 && !q && opc !== 3) return false;
    switch (opc) {
      case 0: case 2: case 4: case 12: case 13: case 14: case 15: case 18: case 20: case 21:
        if (size === 3) return false; break;
      case 19: if (u ? size !== 0 : size === 3) return false; break;
      case 22: if (size === 0 || size === 3) return false; break;
      case 23: if (u) return false; break;
      default: break;
    }
  }
  return putInt(rec, i, K.THREE_SAME, opc, f.rd, f.rn, f.rm, 0, size, q, u, scalar, 0);
};

const threeDiff: Builder = (f, rec, i) => {
  const o = f.opcode;
  if (o === 15) return false;
  // PMULL .8H only: PMULL .1Q (size 3) is FEAT_PMULL, src/cpu/simd-crypto.ts's line, listed first.
  if (o === 14) { if (f.U || f.size !== 0) return false; }
  else if (f.size === 3) return false;
  if ((o === 9 || o === 11 || o === 13) && (f.U || f.size === 0)) return false;
  return putInt(rec, i, K.THREE_DIFF, o, f.rd, f.rn, f.rm, 0, f.size, f.Q, f.U, 0, 0);
};

const twoMisc = (scalar: number): Builder => (f, rec, i, word) => {
  const o = (word >>> 12) & 31;
  const size = f.size, u = f.U, q = scalar ? 0 : f.Q;
  if (scalar) {
    switch (o) {
      case 3: case 7: break;
      case 8: case 9: case 11: if (size !== 3) return false; break;
      case 10: if (u || size !== 3) return false; break;
      case 18: if (!u || size === 3) return false; break;
      case 20: if (size === 3) return false; break;
      default: return false;
    }
    return putInt(rec, i, K.TWO_MISC, o, f.rd, f.rn, 0, 0, size, 0, u, 1, 0);
  }
  switch (o) {
    case 0: if (size + u >= 3) return false; break; // REV64 size < 3, REV32 size < 2
    case 1: if (u || size !== 0) return false; break;
    case 2: case 4: case 6: if (size === 3) return false; break;
    case 5: if (u ? size > 1 : size !== 0) return false; break;
    case 3: case 7: case 8: case 9: case 11: if (size === 3 && !q) return false; break;
    case 10: if (u || (size === 3 && !q)) return false; break;
    case 18: case 20: if (size === 3) return false; break;
    case 19: if (!u || size === 3) return false; break;
    default: return false;
  }
  return putInt(rec, i, K.TWO_MISC, o, f.rd, f.rn, 0, 0, size, q, u, 0, 0);
};

const across: Builder = (f, rec, i, word) => {
  const o = (word >>> 12) & 31;
  if (f.size === 3 || (f.size === 2 && !f.Q)) return false;
  if (o === 27 && f.U) return false;
  return putInt(rec, i, K.ACROSS, o, f.rd, f.rn, 0, 0, f.size, f.Q, f.U, 0, 0);
};

const addpScalar: Builder = (f, rec, i) => {
  if (f.size !== 3) return false;
  return putInt(rec, i, K.ADDP_SCALAR, 0, f.rd, f.rn, 0, 0, 3, 1, 0, 1, 0);
};

const permute: Builder = (f, rec, i) => {
  if ((f.opcode & 3) === 0 || (f.size === 3 && !f.Q)) return false;
  return putInt(rec, i, K.PERMUTE, f.opcode, f.rd, f.rn, f.rm, 0, f.size, f.Q, 0, 0, 0);
};

const ext: Builder = (f, rec, i) => {
  if (!f.Q && (f.imm4 & 8)) return false;
  return putInt(rec, i, K.EXT, 0, f.rd, f.rn, f.rm, 0, 0, f.Q, 0, 0, f.imm4);
};

const tbl: Builder = (f, rec, i) => putInt(rec, i, K.TBL, f.len | (f.op << 2), f.rd, f.rn, f.rm, 0, 0, f.Q, 0, 0, 0);

function hsb(immh: number): number {
  return immh & 8 ? 3 : immh & 4 ? 2 : immh & 2 ? 1 : 0;
}

const shiftImm = (scalar: number): Builder => (f, rec, i, word) => {
  const immh = (word >>> 19) & 15, immb = (word >>> 16) & 7, o = (word >>> 11) & 31;
  const u = f.U, q = scalar ? 0 : f.Q;
  const size = hsb(immh), esize = 8 << size, imm7 = (immh << 3) | immb;
  const right = 2 * esize - imm7, left = imm7 - esize;
  let shift: number;
  switch (o) {
    case 0: case 2: case 4: case 6: shift = right; break;
    case 8: if (!u) return false; shift = right; break;
    case 10: shift = left; break;
    case 12: if (!u) return false; shift = left; break;
    case 14: shift = left; break;
    case 16: case 17: case 18: case 19: if (size === 3) return false; shift = right; break;
    case 20: if (size === 3 || scalar) return false; shift = left; break;
    default: return false;
  }
  if (scalar) {
    if (o <= 10 && size !== 3) return false;
    if (o >= 16 && o <= 19 && !(o >= 18 || u)) return false; // SHRN/RSHRN have no scalar form
  } else if (size === 3 && !q && o < 16) return false;
  return putInt(rec, i, K.SHIFT_IMM, o, f.rd, f.rn, 0, 0, size, q, u, scalar, shift);
};

const byElem: Builder = (f, rec, i, word) => {
  const o = (word >>> 12) & 15, size = f.size, u = (word >>> 29) & 1;
  if (size === 0 || size === 3) return false;
  switch (o) {
    case 0: case 4: if (!u) return false; break;
    case 8: if (u) return false; break;
    case 2: case 6: case 10: break;
    case 3: case 7: case 11: case 12: case 13: if (u) return false; break;
    default: return false;
  }
  const index = size === 1 ? (f.H << 2) | (f.L << 1) | f.M : (f.H << 1) | f.L;
  const rm = size === 1 ? f.rm : f.rm | (f.M << 4);
  return putInt(rec, i, K.ELEM, o, f.rd, f.rn, rm, 0, size, f.Q, u, 0, index);
};

/** Scalar by element: SQDMLAL/SQDMLSL/SQDMULL (o = 3/7/11), SQDMULH/SQRDMULH (12/13). */
const byElemScalar: Builder = (f, rec, i, word) => {
  const o = (word >>> 12) & 15, size = f.size;
  if (size === 0 || size === 3) return false;
  const index = size === 1 ? (f.H << 2) | (f.L << 1) | f.M : (f.H << 1) | f.L;
  const rm = size === 1 ? f.rm : f.rm | (f.M << 4);
  return putInt(rec, i, K.ELEM, o, f.rd, f.rn, rm, 0, size, 0, 0, 1, index);
};

/** SQRDMLAH/SQRDMLSH by element (FEAT_RDM): o = 13/15 with U = 1; vector or scalar. */
const rdmElem = (scalar: number): Builder => (f, rec, i, word) => {
  const o = (word >>> 12) & 15, size = f.size;
  if (size === 0 || size === 3) return false;
  const index = size === 1 ? (f.H << 2) | (f.L << 1) | f.M : (f.H << 1) | f.L;
  const rm = size === 1 ? f.rm : f.rm | (f.M << 4);
  return putInt(rec, i, K.ELEM, o, f.rd, f.rn, rm, 0, size, scalar ? 0 : f.Q, 1, scalar, index);
};

/** SDOT/UDOT by element (FEAT_DotProd): size 10, index H:L selects a 32-bit group of Vm. */
const dotElem: Builder = (f, rec, i) => {
  if (f.size !== 2) return false;
  return putInt(rec, i, K.ELEM, 14, f.rd, f.rn, (f.M << 4) | f.rm, 0, 2, f.Q, f.U, 0, (f.H << 1) | f.L);
};

/** Three same extra: SQRDMLAH/SQRDMLSH (vector, scalar; sizes H and S), o = 0/1 (bit 11). */
const threeExtra = (scalar: number): Builder => (f, rec, i, word) => {
  const o = (word >>> 11) & 15;
  if (f.size === 0 || f.size === 3) return false;
  return putInt(rec, i, K.THREE_EXTRA, o, f.rd, f.rn, f.rm, 0, f.size, scalar ? 0 : f.Q, 1, scalar, 0);
};

/** Three same extra: SDOT/UDOT (vector, 4S), sub 2. */
const dotVec: Builder = (f, rec, i) => {
  if (f.size !== 2) return false;
  return putInt(rec, i, K.THREE_EXTRA, 2, f.rd, f.rn, f.rm, 0, 2, f.Q, f.U, 0, 0);
};

export const SIMD_INT_TABLE: readonly PatternLine[] = [
  // Loads and stores of SIMD&FP registers
  L('opc:2 011 1 00 imm19:19 rt:5', 'LDR (literal, SIMD&FP)', vldrLit),
  L('opc:2 101 1 0 mode:2 L:1 imm7:7 rt2:5 rn:5 rt:5', 'LDP/STP/LDNP/STNP (SIMD&FP)', vldstPair),
  L('size:2 111 1 00 opc:2 0 imm9:9 00 rn:5 rt:5', 'LDUR/STUR (SIMD&FP)', vldstImm(0)),
  L('size:2 111 1 00 opc:2 0 imm9:9 01 rn:5 rt:5', 'LDR/STR post-index (SIMD&FP)', vldstImm(1)),
  L('size:2 111 1 00 opc:2 0 imm9:9 11 rn:5 rt:5', 'LDR/STR pre-index (SIMD&FP)', vldstImm(2)),
  L('size:2 111 1 00 opc:2 1 rm:5 option:3 S:1 10 rn:5 rt:5', 'LDR/STR register offset (SIMD&FP)', vldstReg),
  L('size:2 111 1 01 opc:2 imm12:12 rn:5 rt:5', 'LDR/STR unsigned offset (SIMD&FP)', vldstImm(3)),
  L('0 Q:1 0011000 L:1 000000 opcode:4 size:2 rn:5 rt:5', 'LD1-4/ST1-4 (multiple structures)', ldstMult(0)),
  L('0 Q:1 0011001 L:1 0 rm:5 opcode:4 size:2 rn:5 rt:5', 'LD1-4/ST1-4 (multiple structures, post-index)', ldstMult(1)),
  L('0 Q:1 0011010 L:1 R:1 00000 opcode:3 S:1 size:2 rn:5 rt:5', 'LD1-4/ST1-4 (single structure), LDnR', ldstOne(0)),
  L('0 Q:1 0011011 L:1 R:1 rm:5 opcode:3 S:1 size:2 rn:5 rt:5', 'LD1-4/ST1-4 (single structure, post-index)', ldstOne(1)),

  // Moves
  L('0 Q:1 op:1 01110000 imm5:5 0 imm4:4 1 rn:5 rd:5', 'DUP/INS/UMOV/SMOV', simdCopy),
  L('01 0 11110000 imm5:5 0 0000 1 rn:5 rd:5', 'DUP (element, scalar)', scalarDup),
  L('0 Q:1 op:1 0111100000 abc:3 0 cmode:3 0 1 defgh:5 rd:5', 'MOVI/MVNI/ORR/BIC (cmode 0xxx)', modImm(0)),
  L('0 Q:1 op:1 0111100000 abc:3 10 cmode:2 0 1 defgh:5 rd:5', 'MOVI/MVNI/ORR/BIC (cmode 10xx)', modImm(8)),
  L('0 Q:1 op:1 0111100000 abc:3 110 cmode:1 0 1 defgh:5 rd:5', 'MOVI/MVNI (cmode 110x)', modImm(12)),
  L('0 Q:1 op:1 0111100000 abc:3 1110 0 1 defgh:5 rd:5', 'MOVI (cmode 1110, bytes or 64-bit mask)', modImm(14)),
  L('sf:1 0 0 11110 11 1 00 11 op:1 000000 rn:5 rd:5', 'FMOV (general, half)', (f, rec, i, w) => fmovGen({ ...f, ftype: 3, h: 1 }, rec, i, w), 'fphp'),
  L('sf:1 0 0 11110 ftype:2 1 00 11 op:1 000000 rn:5 rd:5', 'FMOV (general)', fmovGen),
  L('1 0 0 11110 10 1 01 11 op:1 000000 rn:5 rd:5', 'FMOV (general, top half)', fmovTop),
  L('0 0 0 11110 11 1 000000 10000 rn:5 rd:5', 'FMOV (register, half)', (f, rec, i, w) => fmovReg({ ...f, ftype: 3, h: 1 }, rec, i, w), 'fphp'),
  L('0 0 0 11110 ftype:2 1 000000 10000 rn:5 rd:5', 'FMOV (register)', fmovReg),

  // Integer vector operations
  L('0 Q:1 U:1 01110 size:2 1 rm:5 0 xxxx 1 rn:5 rd:5', 'three same (integer, opcode 0xxxx)', threeSame(0)),
  L('0 Q:1 U:1 01110 size:2 1 rm:5 10 xxx 1 rn:5 rd:5', 'three same (integer, opcode 10xxx)', threeSame(0)),
  L('01 U:1 11110 size:2 1 rm:5 0 xxxx 1 rn:5 rd:5', 'scalar three same (integer, 0xxxx)', threeSame(1)),
  L('01 U:1 11110 size:2 1 rm:5 10 xxx 1 rn:5 rd:5', 'scalar three same (integer, 10xxx)', threeSame(1)),
  L('0 Q:1 U:1 01110 size:2 1 rm:5 opcode:4 00 rn:5 rd:5', 'three different', threeDiff),
  L('0 Q:1 U:1 01110 size:2 10000 00 xxx 10 rn:5 rd:5', 'two-register misc (integer, 00xxx)', twoMisc(0)),
  L('0 Q:1 U:1 01110 size:2 10000 010 xx 10 rn:5 rd:5', 'two-register misc (integer, 010xx)', twoMisc(0)),
  L('0 Q:1 U:1 01110 size:2 10000 1001 x 10 rn:5 rd:5', 'two-register misc (XTN/SQXTUN/SHLL)', twoMisc(0)),
  L('0 Q:1 U:1 01110 size:2 10000 10100 10 rn:5 rd:5', 'two-register misc (SQXTN/UQXTN)', twoMisc(0)),
  L('01 U:1 11110 size:2 10000 00 xxx 10 rn:5 rd:5', 'scalar two-register misc (integer, 00xxx)', twoMisc(1)),
  L('01 U:1 11110 size:2 10000 010 xx 10 rn:5 rd:5', 'scalar two-register misc (integer, 010xx)', twoMisc(1)),
  L('01 U:1 11110 size:2 10000 1001 0 10 rn:5 rd:5', 'scalar two-register misc (SQXTUN)', twoMisc(1)),
  L('01 U:1 11110 size:2 10000 10100 10 rn:5 rd:5', 'scalar two-register misc (SQXTN/UQXTN)', twoMisc(1)),
  L('0 Q:1 U:1 01110 size:2 11000 00011 10 rn:5 rd:5', 'SADDLV/UADDLV', across),
  L('0 Q:1 U:1 01110 size:2 11000 x1010 10 rn:5 rd:5', 'SMAXV/UMAXV/SMINV/UMINV', across),
  L('0 Q:1 U:1 01110 size:2 11000 11011 10 rn:5 rd:5', 'ADDV', across),
  L('01 0 11110 size:2 11000 11011 10 rn:5 rd:5', 'ADDP (scalar)', addpScalar),
  L('0 Q:1 0 01110 size:2 0 rm:5 0 opcode:3 10 rn:5 rd:5', 'UZP/TRN/ZIP', permute),
  L('0 Q:1 101110 00 0 rm:5 0 imm4:4 0 rn:5 rd:5', 'EXT', ext),
  L('0 Q:1 001110 00 0 rm:5 0 len:2 op:1 00 rn:5 rd:5', 'TBL/TBX', tbl),
  L('0 Q:1 U:1 011110 1xxx xxx 0 xxxx 1 rn:5 rd:5', 'shift by immediate (immh 1xxx, 0xxxx)', shiftImm(0)),
  L('0 Q:1 U:1 011110 01xx xxx 0 xxxx 1 rn:5 rd:5', 'shift by immediate (immh 01xx, 0xxxx)', shiftImm(0)),
  L('0 Q:1 U:1 011110 001x xxx 0 xxxx 1 rn:5 rd:5', 'shift by immediate (immh 001x, 0xxxx)', shiftImm(0)),
  L('0 Q:1 U:1 011110 0001 xxx 0 xxxx 1 rn:5 rd:5', 'shift by immediate (immh 0001, 0xxxx)', shiftImm(0)),
  L('0 Q:1 U:1 011110 1xxx xxx 10 xxx 1 rn:5 rd:5', 'shift by immediate (immh 1xxx, 10xxx)', shiftImm(0)),
  L('0 Q:1 U:1 011110 01xx xxx 10 xxx 1 rn:5 rd:5', 'shift by immediate (immh 01xx, 10xxx)', shiftImm(0)),
  L('0 Q:1 U:1 011110 001x xxx 10 xxx 1 rn:5 rd:5', 'shift by immediate (immh 001x, 10xxx)', shiftImm(0)),
  L('0 Q:1 U:1 011110 0001 xxx 10 xxx 1 rn:5 rd:5', 'shift by immediate (immh 0001, 10xxx)', shiftImm(0)),
  L('01 U:1 111110 1xxx xxx 0 xxxx 1 rn:5 rd:5', 'scalar shift by immediate (immh 1xxx, 0xxxx)', shiftImm(1)),
  L('01 U:1 111110 1xxx xxx 10 xxx 1 rn:5 rd:5', 'scalar shift by immediate (immh 1xxx, 10xxx)', shiftImm(1)),
  L('01 U:1 111110 01xx xxx 0 xxxx 1 rn:5 rd:5', 'scalar shift by immediate (immh 01xx, 0xxxx)', shiftImm(1)),
  L('01 U:1 111110 01xx xxx 10 xxx 1 rn:5 rd:5', 'scalar shift by immediate (immh 01xx, 10xxx)', shiftImm(1)),
  L('01 U:1 111110 001x xxx 0 xxxx 1 rn:5 rd:5', 'scalar shift by immediate (immh 001x, 0xxxx)', shiftImm(1)),
  L('01 U:1 111110 001x xxx 10 xxx 1 rn:5 rd:5', 'scalar shift by immediate (immh 001x, 10xxx)', shiftImm(1)),
  L('01 U:1 111110 0001 xxx 0 xxxx 1 rn:5 rd:5', 'scalar shift by immediate (immh 0001, 0xxxx)', shiftImm(1)),
  L('01 U:1 111110 0001 xxx 10 xxx 1 rn:5 rd:5', 'scalar shift by immediate (immh 0001, 10xxx)', shiftImm(1)),
  L('0 Q:1 1 01111 size:2 L:1 M:1 rm:4 0 x 00 H:1 0 rn:5 rd:5', 'MLA/MLS (by element)', byElem),
  L('0 Q:1 U:1 01111 size:2 L:1 M:1 rm:4 x 010 H:1 0 rn:5 rd:5', 'SMULL/UMULL/SMLAL/UMLAL (by element)', byElem),
  L('0 Q:1 U:1 01111 size:2 L:1 M:1 rm:4 0110 H:1 0 rn:5 rd:5', 'SMLSL/UMLSL (by element)', byElem),
  L('0 Q:1 0 01111 size:2 L:1 M:1 rm:4 0111 H:1 0 rn:5 rd:5', 'SQDMLSL (by element)', byElem),
  L('0 Q:1 0 01111 size:2 L:1 M:1 rm:4 0011 H:1 0 rn:5 rd:5', 'SQDMLAL (by element)', byElem),
  L('0 Q:1 0 01111 size:2 L:1 M:1 rm:4 1011 H:1 0 rn:5 rd:5', 'SQDMULL (by element)', byElem),
  L('0 Q:1 0 01111 size:2 L:1 M:1 rm:4 110 x H:1 0 rn:5 rd:5', 'SQDMULH/SQRDMULH (by element)', byElem),
  L('0 Q:1 0 01111 size:2 L:1 M:1 rm:4 1000 H:1 0 rn:5 rd:5', 'MUL (by element)', byElem),
  L('01 0 11111 size:2 L:1 M:1 rm:4 x011 H:1 0 rn:5 rd:5', 'SQDMLAL/SQDMULL (by element, scalar)', byElemScalar),
  L('01 0 11111 size:2 L:1 M:1 rm:4 0111 H:1 0 rn:5 rd:5', 'SQDMLSL (by element, scalar)', byElemScalar),
  L('01 0 11111 size:2 L:1 M:1 rm:4 110x H:1 0 rn:5 rd:5', 'SQDMULH/SQRDMULH (by element, scalar)', byElemScalar),

  // FEAT_RDM and FEAT_DotProd
  L('0 Q:1 1 01110 size:2 0 rm:5 1 000 x 1 rn:5 rd:5', 'SQRDMLAH/SQRDMLSH (vector)', threeExtra(0), 'asimdrdm'),
  L('01 1 11110 size:2 0 rm:5 1 000 x 1 rn:5 rd:5', 'SQRDMLAH/SQRDMLSH (scalar)', threeExtra(1), 'asimdrdm'),
  L('0 Q:1 1 01111 size:2 L:1 M:1 rm:4 11 x 1 H:1 0 rn:5 rd:5', 'SQRDMLAH/SQRDMLSH (by element)', rdmElem(0), 'asimdrdm'),
  L('01 1 11111 size:2 L:1 M:1 rm:4 11 x 1 H:1 0 rn:5 rd:5', 'SQRDMLAH/SQRDMLSH (by element, scalar)', rdmElem(1), 'asimdrdm'),
  L('0 Q:1 U:1 01110 size:2 0 rm:5 1 0010 1 rn:5 rd:5', 'SDOT/UDOT (vector)', dotVec, 'asimddp'),
  L('0 Q:1 U:1 01111 size:2 L:1 M:1 rm:4 1110 H:1 0 rn:5 rd:5', 'SDOT/UDOT (by element)', dotElem, 'asimddp'),
];


// ---- execution -------------------------------------------------------------------------------

let M8: Uint8Array = new Uint8Array(0);
let DV: DataView = new DataView(new ArrayBuffer(8));
let VB = 0; // byte offset of V0 in the shared memory
let CPU: VCpu;

const TB = new Uint8Array(64); // result staging (up to 4 registers)
const T = new DataView(TB.buffer);
const MB = new Uint8Array(64); // memory staging
const M64 = (1n << 64n) - 1n;

function setup(cpu: VCpu): void {
  if (M8.buffer !== cpu.dv.buffer) {
    M8 = new Uint8Array(cpu.dv.buffer);
    DV = cpu.dv;
  }
  VB = cpu.r.byteOffset + VREGS * 4;
  CPU = cpu;
}

const vo = (n: number): number => VB + (n << 4);

/** Unsigned lane of a register, size 0..2, as a number. */
function gl(reg: number, idx: number, size: number): number {
  const o = vo(reg) + (idx << size);
  return size === 0 ? M8[o] : size === 1 ? DV.getUint16(o, true) : DV.getUint32(o, true);
}
/** Unsigned lane as a BigInt, size 0..3. */
function gb(reg: number, idx: number, size: number): bigint {
  const o = vo(reg) + (idx << size);
  switch (size) {
    case 0: return BigInt(M8[o]);
    case 1: return BigInt(DV.getUint16(o, true));
    case 2: return BigInt(DV.getUint32(o, true));
    default: return DV.getBigUint64(o, true);
  }
}
/** Signed lane as a BigInt. */
function gs(reg: number, idx: number, size: number): bigint {
  return BigInt.asIntN(8 << size, gb(reg, idx, size));
}
/** Sets lane idx of the staging buffer (number, size 0..2). */
function tl(idx: number, size: number, v: number): void {
  const o = idx << size;
  if (size === 0) TB[o] = v; else if (size === 1) T.setUint16(o, v, true); else T.setUint32(o, v >>> 0, true);
}
/** Sets lane idx of the staging buffer (BigInt, size 0..3, truncated). */
function tb(idx: number, size: number, v: bigint): void {
  const o = idx << size;
  switch (size) {
    case 0: TB[o] = Number(v & 0xffn); break;
    case 1: T.setUint16(o, Number(v & 0xffffn), true); break;
    case 2: T.setUint32(o, Number(v & 0xffffffffn), true); break;
    default: T.setBigUint64(o, v & M64, true);
  }
}
/** Copies `bytes` staged bytes to V[d] and zeroes the rest of it. */
function commit(d: number, bytes: number): void {
  const o = vo(d);
  for (let k = 0; k < bytes; k++) M8[o + k] = TB[k];
  for (let k = bytes; k < 16; k++) M8[o + k] = 0;
}
/** Stages V[n] (to modify some lanes of it). */
function stage(n: number): void {
  const o = vo(n);
  for (let k = 0; k < 16; k++) TB[k] = M8[o + k];
}

function setQC(): void {
  CPU.r[FPSR] |= 1 << 27;
}
/** Saturates v to the signed or unsigned range of `bits`, setting FPSR.QC if it clamps. */
function sat(v: bigint, bits: number, signed: boolean): bigint {
  if (signed) {
    const max = (1n << BigInt(bits - 1)) - 1n, min = -max - 1n;
    if (v > max) { setQC(); return max; }
    if (v < min) { setQC(); return min; }
    return v;
  }
  const max = (1n << BigInt(bits)) - 1n;
  if (v > max) { setQC(); return max; }
  if (v < 0n) { setQC(); return 0n; }
  return v;
}

// ---- loads and stores

let xOff1 = 0, xLen1 = 0, xOff2 = 0;
/**
 * Translates the `len`-byte access at (lo, hi), split at a page boundary, and checks all of it
 * against gdb's watchpoints; returns DONE or a status.
 */
function xlate(lo: number, hi: number, len: number, write: boolean, alignLog2: number): number {
  const o = memOffset(CPU, lo, hi, write, alignLog2, len);
  if (o < 0) return o === -1 ? FAULT : STOP;
  xOff1 = o;
  const rem = 0x1000 - (lo & 0xfff);
  if (len <= rem) { xLen1 = len; return DONE; }
  xLen1 = rem;
  A.add64(lo, hi, rem, 0, 0);
  const o2 = memOffset(CPU, A.rlo, A.rhi, write, 0, len - rem);
  if (o2 < 0) return o2 === -1 ? FAULT : STOP;
  xOff2 = o2;
  return DONE;
}
function memRead(lo: number, hi: number, len: number, alignLog2: number): number {
  const st = xlate(lo, hi, len, false, alignLog2);
  if (st !== DONE) return st;
  for (let k = 0; k < xLen1; k++) MB[k] = M8[xOff1 + k];
  for (let k = xLen1; k < len; k++) MB[k] = M8[xOff2 + k - xLen1];
  return DONE;
}
function memWrite(lo: number, hi: number, len: number, alignLog2: number): number {
  const st = xlate(lo, hi, len, true, alignLog2);
  if (st !== DONE) return st;
  for (let k = 0; k < xLen1; k++) M8[xOff1 + k] = MB[k];
  CPU.noteStore(xOff1, xLen1);
  if (len > xLen1) {
    for (let k = xLen1; k < len; k++) M8[xOff2 + k - xLen1] = MB[k];
    CPU.noteStore(xOff2, len - xLen1);
  }
  return DONE;
}

const baseSlot = (n: number): number => (n === 31 ? SP : n * 2);
const xRead = (n: number): number => (n === 31 ? ZR : n * 2);

function writeX(d: number, lo: number, hi: number): void {
  if (d === 31) return;
  CPU.r[2 * d] = lo;
  CPU.r[2 * d + 1] = hi;
}

function execLdst(sub: number, t: number, n: number, m: number, scale: number, imm: number): number {
  const r = CPU.r;
  const mode = sub & 3, store = (sub >> 2) & 1, addr = (sub >> 3) & 3;
  const bytes = 1 << scale;
  let lo: number, hi: number;
  const b = baseSlot(n);
  if (addr === 2) { // literal
    A.add64(r[PC], r[PC + 1], imm, imm >> 31, 0);
  } else if (addr === 1) {
    const ms = xRead(m);
    A.extend64(r[ms], r[ms + 1], (sub >> 5) & 7, (sub >> 8) & 7);
    A.add64(r[b], r[b + 1], A.rlo, A.rhi, 0);
  } else if (mode === 1) {
    A.add64(r[b], r[b + 1], 0, 0, 0);
  } else {
    A.add64(r[b], r[b + 1], imm, imm >> 31, 0);
  }
  lo = A.rlo; hi = A.rhi;
  const vt = vo(t);
  let st: number;
  if (store) {
    for (let k = 0; k < bytes; k++) MB[k] = M8[vt + k];
    st = memWrite(lo, hi, bytes, scale);
    if (st !== DONE) return st;
  } else {
    st = memRead(lo, hi, bytes, scale);
    if (st !== DONE) return st;
    for (let k = 0; k < bytes; k++) M8[vt + k] = MB[k];
    for (let k = bytes; k < 16; k++) M8[vt + k] = 0;
  }
  if (addr === 0 && mode !== 0) {
    if (mode === 1) A.add64(lo, hi, imm, imm >> 31, 0); else A.add64(lo, hi, 0, 0, 0);
    r[b] = A.rlo; r[b + 1] = A.rhi;
  }
  return DONE;
}

function execLdstp(sub: number, t: number, n: number, t2: number, scale: number, imm: number): number {
  const r = CPU.r;
  const mode = sub & 3, store = (sub >> 2) & 1, bytes = 1 << scale;
  const b = baseSlot(n);
  if (mode === 1) A.add64(r[b], r[b + 1], 0, 0, 0); else A.add64(r[b], r[b + 1], imm, imm >> 31, 0);
  const lo = A.rlo, hi = A.rhi;
  const v1 = vo(t), v2 = vo(t2);
  if (store) {
    for (let k = 0; k < bytes; k++) { MB[k] = M8[v1 + k]; MB[bytes + k] = M8[v2 + k]; }
    const st = memWrite(lo, hi, 2 * bytes, scale);
    if (st !== DONE) return st;
  } else {
    const st = memRead(lo, hi, 2 * bytes, scale);
    if (st !== DONE) return st;
    for (let k = 0; k < 16; k++) { M8[v1 + k] = k < bytes ? MB[k] : 0; }
    for (let k = 0; k < 16; k++) { M8[v2 + k] = k < bytes ? MB[bytes + k] : 0; }
  }
  if (mode !== 0) {
    if (mode === 1) A.add64(lo, hi, imm, imm >> 31, 0); else A.add64(lo, hi, 0, 0, 0);
    r[b] = A.rlo; r[b + 1] = A.rhi;
  }
  return DONE;
}

function postIndex(n: number, m: number, lo: number, hi: number, total: number): void {
  const r = CPU.r, b = baseSlot(n);
  if (m === 31) A.add64(lo, hi, total, 0, 0);
  else A.add64(lo, hi, r[2 * m], r[2 * m + 1], 0);
  r[b] = A.rlo; r[b + 1] = A.rhi;
}

function execLdstMult(sub: number, t: number, n: number, m: number, size: number, q: number): number {
  const r = CPU.r;
  const rpt = sub & 7, selem = (sub >> 3) & 7, load = (sub >> 6) & 1, post = (sub >> 7) & 1;
  const eb = 1 << size, ne = (q ? 16 : 8) >> size, regBytes = q ? 16 : 8;
  const total = rpt * selem * regBytes, nregs = rpt * selem;
  const b = baseSlot(n), lo = r[b], hi = r[b + 1];
  if (load) {
    const st = memRead(lo, hi, total, size);
    if (st !== DONE) return st;
    TB.fill(0);
    for (let rr = 0; rr < rpt; rr++) {
      for (let e = 0; e < ne; e++) {
        for (let s = 0; s < selem; s++) {
          const mo = ((rr * ne + e) * selem + s) * eb, to = ((rr + s) << 4) + e * eb;
          for (let k = 0; k < eb; k++) TB[to + k] = MB[mo + k];
        }
      }
    }
    for (let j = 0; j < nregs; j++) {
      const o = vo((t + j) & 31);
      for (let k = 0; k < 16; k++) M8[o + k] = TB[(j << 4) + k];
    }
  } else {
    for (let rr = 0; rr < rpt; rr++) {
      for (let e = 0; e < ne; e++) {
        for (let s = 0; s < selem; s++) {
          const mo = ((rr * ne + e) * selem + s) * eb, vr = vo((t + rr + s) & 31) + e * eb;
          for (let k = 0; k < eb; k++) MB[mo + k] = M8[vr + k];
        }
      }
    }
    const st = memWrite(lo, hi, total, size);
    if (st !== DONE) return st;
  }
  if (post) postIndex(n, m, lo, hi, total);
  return DONE;
}

function execLdstOne(sub: number, t: number, n: number, m: number, scale: number, q: number, index: number): number {
  const r = CPU.r;
  const selem = sub & 7, load = (sub >> 3) & 1, post = (sub >> 4) & 1, repl = (sub >> 5) & 1;
  const eb = 1 << scale, total = selem * eb;
  const b = baseSlot(n), lo = r[b], hi = r[b + 1];
  if (load) {
    const st = memRead(lo, hi, total, scale);
    if (st !== DONE) return st;
    for (let s = 0; s < selem; s++) {
      const o = vo((t + s) & 31);
      if (repl) {
        const bytes = q ? 16 : 8;
        for (let k = 0; k < 16; k++) M8[o + k] = k < bytes ? MB[s * eb + (k & (eb - 1))] : 0;
      } else {
        for (let k = 0; k < eb; k++) M8[o + index * eb + k] = MB[s * eb + k];
      }
    }
  } else {
    for (let s = 0; s < selem; s++) {
      const o = vo((t + s) & 31) + index * eb;
      for (let k = 0; k < eb; k++) MB[s * eb + k] = M8[o + k];
    }
    const st = memWrite(lo, hi, total, scale);
    if (st !== DONE) return st;
  }
  if (post) postIndex(n, m, lo, hi, total);
  return DONE;
}

// ---- moves

/** AdvSIMDExpandImm into the first 8 bytes of the staging buffer. */
function expandImm(op: number, cmode: number, imm8: number): void {
  let w = 0;
  switch (cmode >> 1) {
    case 0: w = imm8; break;
    case 1: w = imm8 << 8; break;
    case 2: w = imm8 << 16; break;
    case 3: w = imm8 << 24; break;
    case 4: w = imm8 | (imm8 << 16); break;
    case 5: w = (imm8 << 8) | (imm8 << 24); break;
    case 6: w = cmode & 1 ? (imm8 << 16) | 0xffff : (imm8 << 8) | 0xff; break;
    default:
      if (op && cmode === 14) {
        for (let k = 0; k < 8; k++) TB[k] = (imm8 >> k) & 1 ? 0xff : 0;
        return;
      }
      w = imm8 * 0x01010101;
  }
  T.setUint32(0, w >>> 0, true);
  T.setUint32(4, w >>> 0, true);
}

function execModImm(sub: number, d: number, q: number): number {
  const imm8 = sub & 255, cmode = (sub >> 8) & 15, op = (sub >> 12) & 1;
  expandImm(op, cmode, imm8);
  const bytes = q ? 16 : 8;
  const o = vo(d);
  const orrBic = (cmode < 12) && (cmode & 1) === 1;
  for (let k = 0; k < 16; k++) {
    if (k >= bytes) { M8[o + k] = 0; continue; }
    const v = TB[k & 7];
    if (orrBic) M8[o + k] = op ? M8[o + k] & ~v : M8[o + k] | v;
    else M8[o + k] = op && cmode !== 14 ? ~v & 255 : v;
  }
  return DONE;
}

// ---- integer data processing

function elems(q: number, size: number): number {
  return (q ? 16 : 8) >> size;
}

/** Three-same, one lane, BigInt: a/b unsigned lane values; returns the (untruncated) result. */
function sameLane(opc: number, u: number, a: bigint, b: bigint, size: number, acc: bigint): bigint {
  const E = 8 << size, bE = BigInt(E);
  const sa = u ? a : BigInt.asIntN(E, a), sb = u ? b : BigInt.asIntN(E, b);
  switch (opc) {
    case 0: return (sa + sb) >> 1n;
    case 1: return sat(sa + sb, E, !u);
    case 2: return (sa + sb + 1n) >> 1n;
    case 4: return (sa - sb) >> 1n;
    case 5: return sat(sa - sb, E, !u);
    case 6: return sa > sb ? -1n : 0n;
    case 7: return sa >= sb ? -1n : 0n;
    case 8: case 9: case 10: case 11: {
      const sh = Number(BigInt.asIntN(8, b));
      const round = (opc & 2) !== 0, saturate = (opc & 1) !== 0;
      let v: bigint;
      if (sh >= 0) v = sa << BigInt(sh);
      else if (round) v = (sa + (1n << BigInt(-sh - 1))) >> BigInt(-sh);
      else v = sa >> BigInt(-sh);
      return saturate ? sat(v, E, !u) : v;
    }
    case 12: return sa > sb ? sa : sb;
    case 13: return sa < sb ? sa : sb;
    case 14: return sa > sb ? sa - sb : sb - sa;
    case 15: return acc + (sa > sb ? sa - sb : sb - sa);
    case 16: return u ? a - b : a + b;
    case 17: return u ? (a === b ? -1n : 0n) : ((a & b) !== 0n ? -1n : 0n);
    case 18: return u ? acc - a * b : acc + a * b;
    case 19: {
      if (!u) return a * b;
      let p = 0n; // PMUL: polynomial (carry-less) product
      for (let k = 0n; k < bE; k++) if ((b >> k) & 1n) p ^= a << k;
      return p;
    }
    case 22: {
      const sa2 = BigInt.asIntN(E, a), sb2 = BigInt.asIntN(E, b);
      const p = 2n * sa2 * sb2 + (u ? 1n << (bE - 1n) : 0n);
      return sat(p >> bE, E, true);
    }
    default: return 0n;
  }
}

function execThreeSame(opc: number, d: number, n: number, m: number, size: number, q: number, u: number, scalar: number): number {
  if (opc === 3) { // logic, on bytes
    const bytes = q ? 16 : 8, od = vo(d), on = vo(n), om = vo(m);
    for (let k = 0; k < bytes; k++) {
      const a = M8[on + k], b = M8[om + k], c = M8[od + k];
      let v: number;
      switch ((u << 2) | size) {
        case 0: v = a & b; break;
        case 1: v = a & ~b; break;
        case 2: v = a | b; break;
        case 3: v = a | ~b; break;
        case 4: v = a ^ b; break;
        case 5: v = (c & a) | (~c & b); break; // BSL
        case 6: v = (c & ~b) | (a & b); break; // BIT
        default: v = (c & b) | (a & ~b); break; // BIF
      }
      TB[k] = v;
    }
    commit(d, bytes);
    return DONE;
  }
  const ne = scalar ? 1 : elems(q, size);
  if (opc === 20 || opc === 21 || opc === 23) { // pairwise
    const half = ne >> 1;
    for (let e = 0; e < ne; e++) {
      const src = e < half ? n : m, j = (e < half ? e : e - half) * 2;
      if (size < 3) { // number fast path (UMAXP/UMINP and ADDP are hot in string functions)
        let a = gl(src, j, size), b = gl(src, j + 1, size);
        if (opc !== 23 && !u) { const sh = 32 - (8 << size); a = (a << sh) >> sh; b = (b << sh) >> sh; }
        tl(e, size, opc === 23 ? a + b : opc === 20 ? (a > b ? a : b) : (a < b ? a : b));
        continue;
      }
      const a = gb(src, j, size), b = gb(src, j + 1, size);
      tb(e, size, opc === 23 ? a + b : sameLane(opc === 20 ? 12 : 13, u, a, b, size, 0n));
    }
    commit(d, scalar ? 1 << size : q ? 16 : 8);
    return DONE;
  }
  if (size < 3 && (opc === 16 || opc === 17 || opc === 6 || opc === 7 || (opc >= 12 && opc <= 14) || opc === 19 && !u || opc === 18)) {
    const bits = 8 << size, sh = 32 - bits;
    for (let e = 0; e < ne; e++) {
      let a = gl(n, e, size), b = gl(m, e, size);
      if (!u && opc !== 16 && opc !== 17 && opc !== 18 && opc !== 19) { a = (a << sh) >> sh; b = (b << sh) >> sh; }
      let v: number;
      switch (opc) {
        case 6: v = a > b ? -1 : 0; break;
        case 7: v = a >= b ? -1 : 0; break;
        case 12: v = a > b ? a : b; break;
        case 13: v = a < b ? a : b; break;
        case 14: v = a > b ? a - b : b - a; break;
        case 16: v = u ? a - b : a + b; break;
        case 17: v = u ? (a === b ? -1 : 0) : ((a & b) !== 0 ? -1 : 0); break;
        case 18: { const p = Math.imul(a, b), c = gl(d, e, size); v = u ? c - p : c + p; break; }
        default: v = Math.imul(a, b); break;
      }
      tl(e, size, size === 2 ? v | 0 : v & ((1 << bits) - 1));
    }
    commit(d, scalar ? 1 << size : q ? 16 : 8);
    return DONE;
  }
  for (let e = 0; e < ne; e++) {
    const acc = opc === 15 || opc === 18 ? gb(d, e, size) : 0n;
    tb(e, size, sameLane(opc, u, gb(n, e, size), gb(m, e, size), size, acc));
  }
  commit(d, scalar ? 1 << size : q ? 16 : 8);
  return DONE;
}

function execThreeDiff(o: number, d: number, n: number, m: number, size: number, q: number, u: number): number {
  const E = 8 << size, half = 8 >> size, base = q ? half : 0, ws = size + 1;
  const get = (reg: number, idx: number, sz: number): bigint => (u ? gb(reg, idx, sz) : gs(reg, idx, sz));
  if (o === 4 || o === 6) { // ADDHN/SUBHN (RADDHN/RSUBHN): narrow into the low or high half
    stage(d);
    for (let e = 0; e < half; e++) {
      const a = gb(n, e, ws), b = gb(m, e, ws);
      let v = o === 4 ? a + b : a - b;
      if (u) v += 1n << BigInt(E - 1);
      tb(base + e, size, v >> BigInt(E));
    }
    commit(d, q ? 16 : 8);
    return DONE;
  }
  if (o === 14) { // PMULL .8H (the .1Q form is in simd-crypto.ts)
    for (let e = 0; e < 8; e++) {
      const a = gl(n, base + e, 0), b = gl(m, base + e, 0);
      let p = 0;
      for (let k = 0; k < 8; k++) if ((b >> k) & 1) p ^= a << k;
      tl(e, 1, p);
    }
    commit(d, 16);
    return DONE;
  }
  for (let e = 0; e < half; e++) {
    const wide = o === 1 || o === 3;
    const a = wide ? (u ? gb(n, e, ws) : gs(n, e, ws)) : get(n, base + e, size);
    const b = get(m, base + e, size);
    const acc = u ? gb(d, e, ws) : gs(d, e, ws);
    let v: bigint;
    switch (o) {
      case 0: case 1: v = a + b; break;
      case 2: case 3: v = a - b; break;
      case 5: v = acc + (a > b ? a - b : b - a); break;
      case 7: v = a > b ? a - b : b - a; break;
      case 8: v = acc + a * b; break;
      case 10: v = acc - a * b; break;
      case 12: v = a * b; break;
      case 9: v = sat(acc + sat(2n * a * b, 2 * E, true), 2 * E, true); break;
      case 11: v = sat(acc - sat(2n * a * b, 2 * E, true), 2 * E, true); break;
      default: v = sat(2n * a * b, 2 * E, true); break; // 13 SQDMULL
    }
    tb(e, ws, v);
  }
  commit(d, 16);
  return DONE;
}

function clz(v: number, bits: number): number {
  return Math.clz32(v) - (32 - bits);
}

function execTwoMisc(o: number, d: number, n: number, size: number, q: number, u: number, scalar: number): number {
  const E = 8 << size, ne = scalar ? 1 : elems(q, size), bytes = scalar ? 1 << size : q ? 16 : 8;
  switch (o) {
    case 0: case 1: { // REV64, REV32, REV16: reverse elements within containers
      const cont = o === 1 ? 2 : u ? 4 : 8, eb = 1 << size, on = vo(n);
      for (let k = 0; k < bytes; k += eb) {
        const c = k - (k % cont), p = k % cont;
        const src = c + (cont - eb - p);
        for (let j = 0; j < eb; j++) TB[k + j] = M8[on + src + j];
      }
      commit(d, bytes);
      return DONE;
    }
    case 2: case 6: { // SADDLP/UADDLP, SADALP/UADALP
      const h = ne >> 1;
      for (let e = 0; e < h; e++) {
        const get = (i: number): bigint => (u ? gb(n, i, size) : gs(n, i, size));
        let v = get(2 * e) + get(2 * e + 1);
        if (o === 6) v += gb(d, e, size + 1);
        tb(e, size + 1, v);
      }
      commit(d, bytes);
      return DONE;
    }
    case 3: // SUQADD / USQADD
      for (let e = 0; e < ne; e++) {
        const a = u ? gs(n, e, size) : gb(n, e, size), acc = u ? gb(d, e, size) : gs(d, e, size);
        tb(e, size, sat(acc + a, E, !u));
      }
      commit(d, bytes);
      return DONE;
    case 4: // CLS / CLZ
      for (let e = 0; e < ne; e++) {
        const v = gl(n, e, size);
        if (u) tl(e, size, clz(v, E));
        else {
          const s = size === 2 ? v | 0 : (v << (32 - E)) >> (32 - E);
          tl(e, size, clz((s ^ (s >> 31)) >>> 0 & (E === 32 ? -1 : (1 << E) - 1), E) - 1);
        }
      }
      commit(d, bytes);
      return DONE;
    case 5: { // CNT, NOT, RBIT on bytes
      const on = vo(n);
      for (let k = 0; k < bytes; k++) {
        const v = M8[on + k];
        if (!u) { let c = v - ((v >> 1) & 0x55); c = (c & 0x33) + ((c >> 2) & 0x33); TB[k] = (c + (c >> 4)) & 0x0f; }
        else if (size === 0) TB[k] = ~v & 255;
        else TB[k] = A.rbit32(v) >>> 24;
      }
      commit(d, bytes);
      return DONE;
    }
    case 7: // SQABS / SQNEG
      for (let e = 0; e < ne; e++) {
        const v = gs(n, e, size);
        tb(e, size, sat(u ? -v : v < 0n ? -v : v, E, true));
      }
      commit(d, bytes);
      return DONE;
    case 8: case 9: case 10: case 11:
      for (let e = 0; e < ne; e++) {
        const v = gs(n, e, size);
        let res: bigint;
        switch ((o << 1) | u) {
          case 16: res = v > 0n ? -1n : 0n; break; // CMGT #0
          case 17: res = v >= 0n ? -1n : 0n; break; // CMGE #0
          case 18: res = v === 0n ? -1n : 0n; break; // CMEQ #0
          case 19: res = v <= 0n ? -1n : 0n; break; // CMLE #0
          case 20: res = v < 0n ? -1n : 0n; break; // CMLT #0
          case 22: res = v < 0n ? -v : v; break; // ABS
          default: res = -v; break; // NEG
        }
        tb(e, size, res);
      }
      commit(d, bytes);
      return DONE;
    case 18: case 20: { // XTN / SQXTUN / SQXTN / UQXTN (narrow from 2*E)
      const h = scalar ? 1 : 8 >> size, base = q ? h : 0;
      if (scalar) TB.fill(0); else stage(d);
      for (let e = 0; e < h; e++) {
        let v: bigint;
        if (o === 18) v = u ? sat(gs(n, e, size + 1), E, false) : gb(n, e, size + 1);
        else v = u ? sat(gb(n, e, size + 1), E, false) : sat(gs(n, e, size + 1), E, true);
        tb(base + e, size, v);
      }
      commit(d, scalar ? 1 << size : q ? 16 : 8);
      return DONE;
    }
    default: { // 19 SHLL: widen and shift by the element size
      const h = 8 >> size, base = q ? h : 0;
      for (let e = 0; e < h; e++) tb(e, size + 1, gb(n, base + e, size) << BigInt(E));
      commit(d, 16);
      return DONE;
    }
  }
}

function execAcross(o: number, d: number, n: number, size: number, q: number, u: number): number {
  const ne = elems(q, size), E = 8 << size, sh = 32 - E;
  let acc = 0;
  for (let e = 0; e < ne; e++) {
    let v = gl(n, e, size);
    if (!u && size < 2) v = (v << sh) >> sh;
    else if (!u) v |= 0;
    if (e === 0 && o !== 3 && o !== 27) { acc = v; continue; }
    switch (o) {
      case 3: case 27: acc += v; break;
      case 10: if (v > acc) acc = v; break;
      default: if (v < acc) acc = v; break;
    }
  }
  TB.fill(0);
  if (o === 3) tb(0, size + 1, BigInt(acc));
  else tl(0, size, size === 2 ? acc >>> 0 : acc & ((1 << E) - 1));
  commit(d, o === 3 ? 2 << size : 1 << size);
  return DONE;
}

function execPermute(o: number, d: number, n: number, m: number, size: number, q: number): number {
  const ne = elems(q, size), half = ne >> 1, part = o >> 2, eb = 1 << size;
  const on = vo(n), om = vo(m);
  const cp = (dst: number, reg: number, idx: number): void => {
    const so = reg + idx * eb;
    for (let k = 0; k < eb; k++) TB[dst * eb + k] = M8[so + k];
  };
  for (let e = 0; e < ne; e++) {
    switch (o & 3) {
      case 1: { // UZP
        const j = 2 * e + part;
        if (j < ne) cp(e, on, j); else cp(e, om, j - ne);
        break;
      }
      case 2: // TRN
        cp(e, e & 1 ? om : on, (e & ~1) + part);
        break;
      default: // ZIP
        cp(e, e & 1 ? om : on, part * half + (e >> 1));
    }
  }
  commit(d, q ? 16 : 8);
  return DONE;
}

function execExt(d: number, n: number, m: number, q: number, pos: number): number {
  const bytes = q ? 16 : 8, on = vo(n), om = vo(m);
  for (let k = 0; k < bytes; k++) {
    const j = pos + k;
    TB[k] = j < bytes ? M8[on + j] : M8[om + j - bytes];
  }
  commit(d, bytes);
  return DONE;
}

function execTbl(sub: number, d: number, n: number, m: number, q: number): number {
  const regs = (sub & 3) + 1, tbx = (sub >> 2) & 1, bytes = q ? 16 : 8;
  const om = vo(m), od = vo(d);
  for (let k = 0; k < bytes; k++) {
    const idx = M8[om + k];
    if (idx < regs * 16) TB[k] = M8[vo((n + (idx >> 4)) & 31) + (idx & 15)];
    else TB[k] = tbx ? M8[od + k] : 0;
  }
  commit(d, bytes);
  return DONE;
}

function execShiftImm(o: number, d: number, n: number, size: number, q: number, u: number, scalar: number, shift: number): number {
  const E = 8 << size, bS = BigInt(shift);
  if (o >= 16 && o <= 19) { // narrowing right shifts from 2*E
    const h = scalar ? 1 : 8 >> size, base = q ? h : 0;
    if (scalar) TB.fill(0); else stage(d);
    const round = (o & 1) === 1;
    if (o === 16 && !u && size < 2) { // SHRN from 16/32-bit lanes: number fast path
      for (let e = 0; e < h; e++) tl(base + e, size, (gl(n, e, size + 1) >>> shift) & ((1 << E) - 1));
      commit(d, scalar ? 1 << size : q ? 16 : 8);
      return DONE;
    }
    for (let e = 0; e < h; e++) {
      // SHRN/RSHRN (U0, o 16/17), SQSHRUN/SQRSHRUN (U1, o 16/17), SQSHRN/UQSHRN (o 18/19)
      const signedSrc = o < 18 ? u === 1 : u === 0;
      let v = signedSrc ? gs(n, e, size + 1) : gb(n, e, size + 1);
      if (round) v += 1n << (bS - 1n);
      v >>= bS;
      if (o >= 18) v = sat(v, E, !u);
      else if (u) v = sat(v, E, false);
      tb(base + e, size, v);
    }
    commit(d, scalar ? 1 << size : q ? 16 : 8);
    return DONE;
  }
  if (o === 20) { // SSHLL/USHLL
    const h = 8 >> size, base = q ? h : 0;
    for (let e = 0; e < h; e++) tb(e, size + 1, (u ? gb(n, base + e, size) : gs(n, base + e, size)) << bS);
    commit(d, 16);
    return DONE;
  }
  const ne = scalar ? 1 : elems(q, size);
  const mask = (1n << BigInt(E)) - 1n;
  for (let e = 0; e < ne; e++) {
    const a = u ? gb(n, e, size) : gs(n, e, size);
    let v: bigint;
    switch (o) {
      case 0: case 2: case 4: case 6: {
        v = (o & 4) ? (a + (1n << (bS - 1n))) >> bS : a >> bS;
        if (o & 2) v += gb(d, e, size);
        break;
      }
      case 8: { // SRI
        if (shift === E) { v = gb(d, e, size); break; }
        const keep = mask ^ (mask >> bS);
        v = (gb(d, e, size) & keep) | (gb(n, e, size) >> bS);
        break;
      }
      case 10: // SHL / SLI
        v = u ? (gb(d, e, size) & ((1n << bS) - 1n)) | (gb(n, e, size) << bS) : a << bS;
        break;
      case 12: v = sat(gs(n, e, size) << bS, E, false); break; // SQSHLU
      default: v = sat(a << bS, E, !u); break; // SQSHL/UQSHL (immediate)
    }
    tb(e, size, v);
  }
  commit(d, scalar ? 1 << size : q ? 16 : 8);
  return DONE;
}

/** SQRDMLAH (sub false) / SQRDMLSH of signed lanes: ((acc << E) +- 2ab + 2^(E-1)) >> E, saturated. */
function rdmLane(acc: number, a: number, b: number, E: number, sub: boolean): number {
  if (E === 16) { // exact in a double: |v| < 2^33
    const p = 2 * a * b;
    const v = Math.floor((acc * 65536 + (sub ? -p : p) + 32768) / 65536);
    if (v > 32767) { setQC(); return 32767; }
    if (v < -32768) { setQC(); return -32768; }
    return v;
  }
  const p = 2n * BigInt(a) * BigInt(b);
  const v = ((BigInt(acc) << 32n) + (sub ? -p : p) + (1n << 31n)) >> 32n;
  return Number(sat(v, 32, true));
}

/** SQRDMLAH/SQRDMLSH (vector, scalar, by element: b = the element of Vm when bIdx >= 0). */
function execRdm(sub: boolean, d: number, n: number, m: number, size: number, q: number, scalar: number, bIdx: number): number {
  const E = 8 << size, sh = 32 - E, ne = scalar ? 1 : elems(q, size);
  const be = bIdx >= 0 ? (gl(m, bIdx, size) << sh) >> sh : 0;
  for (let e = 0; e < ne; e++) {
    const a = (gl(n, e, size) << sh) >> sh, b = bIdx >= 0 ? be : (gl(m, e, size) << sh) >> sh;
    const acc = (gl(d, e, size) << sh) >> sh;
    tl(e, size, rdmLane(acc, a, b, E, sub) & (E === 16 ? 0xffff : -1));
  }
  commit(d, scalar ? 1 << size : q ? 16 : 8);
  return DONE;
}

/** SDOT/UDOT: each 32-bit lane += the sum of four byte products (of group bIdx of Vm if >= 0). */
function execDot(u: number, d: number, n: number, m: number, q: number, bIdx: number): number {
  const ne = q ? 4 : 2, on = vo(n), om = vo(m), od = vo(d);
  for (let e = 0; e < ne; e++) {
    const mo = om + 4 * (bIdx >= 0 ? bIdx : e);
    let sum = DV.getInt32(od + 4 * e, true);
    for (let k = 0; k < 4; k++) {
      let a = M8[on + 4 * e + k], b = M8[mo + k];
      if (!u) { a = (a << 24) >> 24; b = (b << 24) >> 24; }
      sum = (sum + a * b) | 0;
    }
    T.setInt32(4 * e, sum, true);
  }
  commit(d, q ? 16 : 8);
  return DONE;
}

function execElem(o: number, d: number, n: number, m: number, size: number, q: number, u: number, index: number, scalar: number): number {
  if (o === 14) return execDot(u, d, n, m, q, index);
  if (u && (o === 13 || o === 15)) return execRdm(o === 15, d, n, m, size, q, scalar, index);
  const E = 8 << size;
  const bu = gb(m, index, size), bs = BigInt.asIntN(E, bu);
  if (o === 0 || o === 4 || o === 8 || o === 12 || o === 13) {
    const ne = scalar ? 1 : elems(q, size);
    for (let e = 0; e < ne; e++) {
      const a = gb(n, e, size);
      let v: bigint;
      if (o === 0) v = gb(d, e, size) + a * bu;
      else if (o === 4) v = gb(d, e, size) - a * bu;
      else if (o === 8) v = a * bu;
      else v = sameLane(22, o === 13 ? 1 : 0, a, bu, size, 0n);
      tb(e, size, v);
    }
    commit(d, scalar ? 1 << size : q ? 16 : 8);
    return DONE;
  }
  const h = scalar ? 1 : 8 >> size, base = q ? h : 0, ws = size + 1;
  for (let e = 0; e < h; e++) {
    const a = u ? gb(n, base + e, size) : gs(n, base + e, size), b = u ? bu : bs;
    const acc = u ? gb(d, e, ws) : gs(d, e, ws);
    let v: bigint;
    switch (o) {
      case 2: v = acc + a * b; break;
      case 6: v = acc - a * b; break;
      case 10: v = a * b; break;
      case 3: v = sat(acc + sat(2n * a * b, 2 * E, true), 2 * E, true); break;
      case 7: v = sat(acc - sat(2n * a * b, 2 * E, true), 2 * E, true); break;
      default: v = sat(2n * a * b, 2 * E, true); break; // 11 SQDMULL
    }
    tb(e, ws, v);
  }
  commit(d, scalar ? 1 << ws : 16);
  return DONE;
}

/** Executes one decoded record; returns a run status (DONE, FAULT...). */
export function execSimdInt(cpu: VCpu, page: Int32Array, i: number): number {
  setup(cpu);
  const w = page[i + 1], f = page[i + 2], imm = page[i + 3];
  const kind = w & 255, sub = w >>> 8;
  const d = f & 31, n = (f >>> 5) & 31, m = (f >>> 10) & 31, x = (f >>> 15) & 31;
  const size = (f >>> 20) & 7, q = (f >>> 23) & 1, u = (f >>> 24) & 1, s = (f >>> 25) & 1;
  const r = cpu.r;
  switch (kind) {
    case K.LDST: return execLdst(sub, d, n, m, size, imm);
    case K.LDSTP: return execLdstp(sub, d, n, x, size, imm);
    case K.LDST_MULT: return execLdstMult(sub, d, n, m, size, q);
    case K.LDST_ONE: return execLdstOne(sub, d, n, m, size, q, imm);
    case K.DUP_ELEM: {
      const eb = 1 << size, so = vo(n) + imm * eb, bytes = s ? eb : q ? 16 : 8;
      for (let k = 0; k < bytes; k++) TB[k] = M8[so + (k & (eb - 1))];
      commit(d, bytes);
      return DONE;
    }
    case K.DUP_GEN: {
      const lo = n === 31 ? 0 : r[2 * n], hi = n === 31 ? 0 : r[2 * n + 1];
      const bytes = q ? 16 : 8;
      T.setInt32(0, lo, true); T.setInt32(4, size === 3 ? hi : lo, true);
      for (let k = 0; k < bytes; k++) TB[k] = TB[k & ((1 << size) - 1)];
      commit(d, bytes);
      return DONE;
    }
    case K.INS_GEN: {
      const lo = n === 31 ? 0 : r[2 * n], hi = n === 31 ? 0 : r[2 * n + 1];
      const o = vo(d) + (imm << size);
      T.setInt32(0, lo, true); T.setInt32(4, hi, true);
      for (let k = 0; k < 1 << size; k++) M8[o + k] = TB[k];
      return DONE;
    }
    case K.INS_ELEM: {
      const eb = 1 << size, src = vo(n) + (imm >>> 8) * eb, dst = vo(d) + (imm & 255) * eb;
      for (let k = 0; k < eb; k++) TB[k] = M8[src + k];
      for (let k = 0; k < eb; k++) M8[dst + k] = TB[k];
      return DONE;
    }
    case K.UMOV: {
      const signed = sub & 1, toX = (sub >> 1) & 1;
      if (size === 3) { writeX(d, DV.getInt32(vo(n) + imm * 8, true), DV.getInt32(vo(n) + imm * 8 + 4, true)); return DONE; }
      let v = gl(n, imm, size);
      if (signed) { const sh = 32 - (8 << size); v = (v << sh) >> sh; }
      writeX(d, v | 0, toX && signed ? (v | 0) >> 31 : 0);
      return DONE;
    }
    case K.MODIMM: return execModImm(sub, d, q);
    case K.FMOV_GEN: {
      const bytes = 1 << size;
      if (sub === 0) { // V -> general, zero-extended
        const o = vo(n);
        const lo = bytes === 2 ? DV.getUint16(o, true) : DV.getInt32(o, true);
        writeX(d, lo | 0, bytes === 8 ? DV.getInt32(o + 4, true) : 0);
      } else if (sub === 1) { // general -> V, zeroing the rest
        const lo = n === 31 ? 0 : r[2 * n], hi = n === 31 ? 0 : r[2 * n + 1];
        T.setInt32(0, lo, true); T.setInt32(4, hi, true);
        commit(d, bytes);
      } else if (sub === 2) {
        const o = vo(n) + 8;
        writeX(d, DV.getInt32(o, true), DV.getInt32(o + 4, true));
      } else {
        const lo = n === 31 ? 0 : r[2 * n], hi = n === 31 ? 0 : r[2 * n + 1];
        const o = vo(d) + 8;
        DV.setInt32(o, lo, true); DV.setInt32(o + 4, hi, true);
      }
      return DONE;
    }
    case K.FMOV_REG: {
      const bytes = 1 << size, o = vo(n);
      for (let k = 0; k < bytes; k++) TB[k] = M8[o + k];
      commit(d, bytes);
      return DONE;
    }
    case K.THREE_SAME: return execThreeSame(sub, d, n, m, size, q, u, s);
    case K.THREE_DIFF: return execThreeDiff(sub, d, n, m, size, q, u);
    case K.TWO_MISC: return execTwoMisc(sub, d, n, size, q, u, s);
    case K.ACROSS: return execAcross(sub, d, n, size, q, u);
    case K.ADDP_SCALAR: {
      TB.fill(0);
      tb(0, 3, gb(n, 0, 3) + gb(n, 1, 3));
      commit(d, 8);
      return DONE;
    }
    case K.PERMUTE: return execPermute(sub, d, n, m, size, q);
    case K.EXT: return execExt(d, n, m, q, imm);
    case K.TBL: return execTbl(sub, d, n, m, q);
    case K.SHIFT_IMM: return execShiftImm(sub, d, n, size, q, u, s, imm);
    case K.ELEM: return execElem(sub, d, n, m, size, q, u, imm, s);
    case K.THREE_EXTRA:
      return sub === 2 ? execDot(u, d, n, m, q, -1) : execRdm(sub === 1, d, n, m, size, q, s, -1);
    default: return cpu.undefinedInstruction();
  }
}
