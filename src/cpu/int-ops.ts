// The integer data-processing operations the interpreter does not inline: bitfield moves,
// EXTR, add/sub with a shifted or extended register, logic with a shifted register, ADC/SBC,
// CCMP/CCMN, the long multiplies, variable shifts, bit reversal and counting, and FlagM. Each
// works on the register file `r` (32-bit halves, src/cpu/regs.ts) with the decoded record's
// fields as arguments; flag-setting ones write NZCV to r[NZCV], which the run loop reloads.
// Results of the 64-bit helpers come back through alu.ts's rlo/rhi.

import { NZCV, FLAG_C, DISCARD } from './regs.ts';
import * as A from './alu.ts';

export function bitfield(r: Int32Array, d: number, s: number, a: number): void {
  const immr = a & 63, imms = (a >>> 8) & 63, kind = (a >>> 16) & 3, sf = (a >>> 18) & 1;
  const width = sf ? 64 : 32;
  const srcLo = r[s], srcHi = sf ? r[s + 1] : 0;
  // Field: bits [imms:immr] moved to the bottom (imms >= immr), or bits [imms:0] moved up to
  // position width - immr. Insert it into 0 (UBFM), the sign (SBFM) or Rd (BFM).
  let fieldLo: number, fieldHi: number, pos: number, len: number;
  if (imms >= immr) {
    A.lsr64(srcLo, srcHi, immr); fieldLo = A.rlo; fieldHi = A.rhi;
    pos = 0; len = imms - immr + 1;
  } else {
    fieldLo = srcLo; fieldHi = srcHi;
    pos = width - immr; len = imms + 1;
  }
  A.mask64(len);
  const mLo = A.rlo, mHi = A.rhi;
  fieldLo &= mLo; fieldHi &= mHi;
  let resLo: number, resHi: number;
  if (kind === 1) { resLo = r[d]; resHi = sf ? r[d + 1] : 0; } else { resLo = 0; resHi = 0; }
  if (kind === 0) {
    // Sign bit of the field (bit imms of the source) fills everything above the field.
    const sign = imms < 32 ? (srcLo >>> imms) & 1 : (srcHi >>> (imms - 32)) & 1;
    if (sign) { fieldLo |= ~mLo; fieldHi |= ~mHi; }
    A.shl64(fieldLo, fieldHi, pos); resLo = A.rlo; resHi = A.rhi;
    // bits below pos stay zero
  } else {
    A.shl64(mLo, mHi, pos); const kLo = A.rlo, kHi = A.rhi;
    A.shl64(fieldLo, fieldHi, pos);
    resLo = (resLo & ~kLo) | A.rlo; resHi = (resHi & ~kHi) | A.rhi;
  }
  r[d] = resLo; r[d + 1] = sf ? resHi : 0;
}

export function extr(r: Int32Array, d: number, s: number, t: number, lsb: number, sf: number): void {
  if (sf) {
    // (Xn:Xm) >> lsb, low 64 bits
    A.lsr64(r[t], r[t + 1], lsb); const lo = A.rlo, hi = A.rhi;
    if (lsb === 0) { r[d] = lo; r[d + 1] = hi; return; }
    A.shl64(r[s], r[s + 1], 64 - lsb);
    r[d] = lo | A.rlo; r[d + 1] = hi | A.rhi;
  } else {
    r[d] = lsb === 0 ? r[t] : (r[t] >>> lsb) | (r[s] << (32 - lsb));
    r[d + 1] = 0;
  }
}

export function addSubShifted(r: Int32Array, d: number, s: number, t: number, a: number): void {
  const type = a & 3, amount = (a >>> 2) & 63, sf = (a >>> 8) & 1, sub = (a >>> 9) & 1, setFlags = (a >>> 10) & 1;
  if (sf) {
    A.shift64(r[t], r[t + 1], type, amount);
    addSub64(r, d, r[s], r[s + 1], A.rlo, A.rhi, sub, setFlags);
  } else {
    addSub32(r, d, r[s], A.shift32(r[t], type, amount), sub, setFlags);
  }
}

export function addSubExtended(r: Int32Array, d: number, s: number, t: number, a: number): void {
  const option = a & 7, shift = (a >>> 3) & 7, sf = (a >>> 6) & 1, sub = (a >>> 7) & 1, setFlags = (a >>> 8) & 1;
  A.extend64(r[t], r[t + 1], option, shift);
  if (sf) addSub64(r, d, r[s], r[s + 1], A.rlo, A.rhi, sub, setFlags);
  else addSub32(r, d, r[s], A.rlo, sub, setFlags);
}

function addSub64(r: Int32Array, d: number, alo: number, ahi: number, blo: number, bhi: number, sub: number, setFlags: number): void {
  if (sub) { blo = ~blo; bhi = ~bhi; }
  if (setFlags) { r[NZCV] = A.adds64(r, d, alo, ahi, blo, bhi, sub); return; }
  A.add64(alo, ahi, blo, bhi, sub);
  r[d] = A.rlo; r[d + 1] = A.rhi;
}

function addSub32(r: Int32Array, d: number, a: number, b: number, sub: number, setFlags: number): void {
  if (sub) b = ~b;
  if (setFlags) { r[NZCV] = A.adds32(r, d, a, b, sub); return; }
  r[d] = (a + b + sub) | 0; r[d + 1] = 0;
}

export function logicShifted(r: Int32Array, d: number, s: number, t: number, a: number): void {
  const opc = a & 3, invert = (a >>> 2) & 1, type = (a >>> 3) & 3, amount = (a >>> 5) & 63, sf = (a >>> 11) & 1;
  let blo: number, bhi: number;
  if (sf) { A.shift64(r[t], r[t + 1], type, amount); blo = A.rlo; bhi = A.rhi; }
  else { blo = A.shift32(r[t], type, amount); bhi = 0; }
  if (invert) { blo = ~blo; bhi = ~bhi; }
  let lo: number, hi: number;
  switch (opc) {
    case 1: lo = r[s] | blo; hi = r[s + 1] | bhi; break;
    case 2: lo = r[s] ^ blo; hi = r[s + 1] ^ bhi; break;
    default: lo = r[s] & blo; hi = r[s + 1] & bhi; break;
  }
  if (!sf) hi = 0;
  if (opc === 3) r[NZCV] = A.logicFlags(lo, sf ? hi : lo >> 31);
  r[d] = lo; r[d + 1] = hi;
}

export function adc(r: Int32Array, d: number, s: number, t: number, a: number): void {
  const sf = a & 1, sub = (a >>> 1) & 1, setFlags = (a >>> 2) & 1;
  const c = (r[NZCV] >>> 1) & 1;
  let blo = r[t], bhi = r[t + 1];
  if (sub) { blo = ~blo; bhi = ~bhi; }
  if (sf) {
    if (setFlags) { r[NZCV] = A.adds64(r, d, r[s], r[s + 1], blo, bhi, c); return; }
    A.add64(r[s], r[s + 1], blo, bhi, c);
    r[d] = A.rlo; r[d + 1] = A.rhi;
  } else {
    if (setFlags) { r[NZCV] = A.adds32(r, d, r[s], blo, c); return; }
    r[d] = (r[s] + blo + c) | 0; r[d + 1] = 0;
  }
}

export function ccmp(r: Int32Array, s: number, t: number, a: number): void {
  const cond = a & 15, nzcv = (a >>> 4) & 15, sf = (a >>> 8) & 1, imm = (a >>> 9) & 1, imm5 = (a >>> 10) & 31, sub = (a >>> 15) & 1;
  if (!A.condHolds(r[NZCV], cond)) {
    r[NZCV] = nzcv;
    return;
  }
  let blo = imm ? imm5 : r[t], bhi = imm ? 0 : r[t + 1];
  if (sub) { blo = ~blo; bhi = ~bhi; }
  r[NZCV] = sf ? A.adds64(r, DISCARD, r[s], r[s + 1], blo, bhi, sub) : A.adds32(r, DISCARD, r[s], blo, sub);
}

export function mull(r: Int32Array, d: number, s: number, t: number, acc: number, a: number): void {
  const signed = a & 1, sub = (a >>> 1) & 1;
  const x = r[s], y = r[t];
  A.mulu32(x, y);
  let lo = A.rlo, hi = A.rhi;
  if (signed) {
    // Signed product = unsigned product - (x < 0 ? y << 32 : 0) - (y < 0 ? x << 32 : 0).
    if (x < 0) hi = (hi - y) | 0;
    if (y < 0) hi = (hi - x) | 0;
  }
  if (sub) A.add64(r[acc], r[acc + 1], ~lo, ~hi, 1);
  else A.add64(r[acc], r[acc + 1], lo, hi, 0);
  r[d] = A.rlo; r[d + 1] = A.rhi;
}

export function shiftv(r: Int32Array, d: number, s: number, t: number, a: number): void {
  const type = a & 3, sf = (a >>> 2) & 1;
  if (sf) {
    A.shift64(r[s], r[s + 1], type, r[t] & 63);
    r[d] = A.rlo; r[d + 1] = A.rhi;
  } else {
    r[d] = A.shift32(r[s], type, r[t] & 31); r[d + 1] = 0;
  }
}

export function bitop(r: Int32Array, d: number, s: number, a: number): void {
  const kind = a & 7, sf = (a >>> 3) & 1;
  const lo = r[s], hi = sf ? r[s + 1] : 0;
  let rl: number, rh = 0;
  switch (kind) {
    case 0: // RBIT
      if (sf) { rl = A.rbit32(hi); rh = A.rbit32(lo); } else rl = A.rbit32(lo);
      break;
    case 1: // REV16
      rl = A.rev16(lo); rh = A.rev16(hi);
      break;
    case 2: // REV32 (64-bit only)
      rl = A.bswap32(lo); rh = A.bswap32(hi);
      break;
    case 3: // REV
      if (sf) { rl = A.bswap32(hi); rh = A.bswap32(lo); } else rl = A.bswap32(lo);
      break;
    case 4: // CLZ
      rl = sf ? (hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(lo)) : Math.clz32(lo);
      break;
    default: { // CLS
      if (!sf) { rl = A.cls32(lo); break; }
      // CountLeadingZeroBits(x<63:1> EOR x<62:0>) on a 63-bit value
      A.lsr64(lo, hi, 1);
      const zl = A.rlo ^ lo, zh = (A.rhi ^ hi) & 0x7fffffff;
      rl = (zh !== 0 ? Math.clz32(zh) : 32 + Math.clz32(zl)) - 1;
    }
  }
  r[d] = rl; r[d + 1] = sf ? rh : 0;
}

/** FEAT_FlagM: CFINV, RMIF, SETF8, SETF16. */
export function flagm(r: Int32Array, s: number, kind: number, b: number): void {
  if (kind === 0) { r[NZCV] ^= FLAG_C; return; }
  if (kind === 1) {
    A.ror64(r[s], r[s + 1], b & 63);
    const mask = b >>> 8;
    r[NZCV] = (r[NZCV] & ~mask) | (A.rlo & mask); // bits 3:0 of the rotated value are N Z C V
    return;
  }
  const top = kind === 2 ? 7 : 15, v = r[s];
  const n = (v >>> top) & 1, z = (v & ((2 << top) - 1)) === 0 ? 1 : 0, ov = ((v >>> (top + 1)) ^ (v >>> top)) & 1;
  r[NZCV] = (n << 3) | (z << 2) | (r[NZCV] & FLAG_C) | ov;
}
