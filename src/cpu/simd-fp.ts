// floating-point arithmetic, compares and conversions (A64 FP/SIMD). Records come from the lines in this file's table
// (src/cpu/decode-table.ts appends them); the interpreter calls execSimdFp() for Op.SIMD_FP
// after the CPACR_EL1.FPEN check.
//
// Semantics follow the Arm ARM pseudocode (FPUnpack, FPProcessNaNs, FPRound, FPToFixed, ...)
// literally: every operation computes its exact result as a dyadic rational (BigInt mantissa
// times a power of two; quotients and square roots carry a sticky bit), and one rounding routine
// applies FPCR.RMode, FZ and DN and raises the cumulative FPSR flags. Values never travel through
// JS numbers, so NaN payloads and signalling NaNs survive bit for bit.
//
// Half precision (FEAT_FP16, the table lines tagged 'fphp') runs through the same exact code with
// the 16-bit format: fused multiply-add is exact with one rounding like the others, FPCR.FZ16
// flushes half-precision inputs (without InputDenorm) and tiny results (Underflow), FZ16 never
// applies to FCVT/FCVTL/FCVTN (FPUnpackCV/FPRoundCV), and AHP only to those conversions.
//
// Record layout (src/cpu/decoder.ts's, through putFp() below): regs byte fields d, n, m, x =
// register numbers (V registers) or general-register slot indices (src/cpu/regs.ts);
// a = kind | size << 8 | sub << 12 | more << 20 (A()); b = immediate.

import type { PatternLine, Builder, Fields } from './decoder.ts';
import { L, put } from './decoder.ts';
import type { VCpu } from './vcpu.ts';
import { Op } from './vcpu.ts';
import { DONE, DONE_CHANGED, FAULT, STOP } from './status.ts';
import { VREGS, FPCR, FPSR, NZCV, rzr, wzr, rsp } from './regs.ts';

// ---- FPSR / FPCR bits ----------------------------------------------------------------------

const IOC = 1, DZC = 2, OFC = 4, UFC = 8, IXC = 16, IDC = 128;
const FPCR_FZ = 1 << 24, FPCR_DN = 1 << 25, FPCR_AHP = 1 << 26, FPCR_FZ16 = 1 << 19;
/** The flush-to-zero control of format f: FZ16 for half precision, FZ otherwise. */
const fzOf = (f: Fmt, fpcr: number): boolean => (fpcr & (f.N === 16 ? FPCR_FZ16 : FPCR_FZ)) !== 0;

// Rounding modes (FPCR.RMode values first).
const RN = 0, RP = 1, RM = 2, RZ = 3, RA = 4, RO = 5;

/** Cumulative exception flags raised by the current instruction. */
let fx = 0;

// ---- formats --------------------------------------------------------------------------------

interface Fmt {
  N: number; E: number; F: number; minExp: number; bias: number;
  NB: bigint; FB: bigint; emax: number; fmask: bigint; hidden: bigint; qbit: bigint; signBit: bigint;
  defNaN: bigint; inf: bigint; maxNormal: bigint; all: bigint;
}
function fmt(N: number, E: number): Fmt {
  const F = N - E - 1, bias = (1 << (E - 1)) - 1;
  const FB = BigInt(F), NB = BigInt(N);
  const emax = (1 << E) - 1;
  return {
    N, E, F, minExp: 1 - bias, bias, NB, FB, emax,
    fmask: (1n << FB) - 1n, hidden: 1n << FB, qbit: 1n << (FB - 1n), signBit: 1n << (NB - 1n),
    defNaN: (BigInt(emax) << FB) | (1n << (FB - 1n)),
    inf: BigInt(emax) << FB,
    maxNormal: (BigInt(emax - 1) << FB) | ((1n << FB) - 1n),
    all: (1n << NB) - 1n,
  };
}
const H = fmt(16, 5), S = fmt(32, 8), D = fmt(64, 11);
const FMTS = [S, D, undefined, H]; // by ftype

// ---- unpacking ------------------------------------------------------------------------------

const ZERO = 0, NUM = 1, INF = 2, QNAN = 3, SNAN = 4;

interface U { t: number; s: number; m: bigint; e: number; b: bigint }

function unpack(f: Fmt, b: bigint, fpcr: number, ahp = false): U {
  const s = Number(b >> (f.NB - 1n)) & 1;
  const exp = Number((b >> f.FB) & BigInt(f.emax));
  const frac = b & f.fmask;
  if (exp === 0) {
    if (frac === 0n) return { t: ZERO, s, m: 0n, e: 0, b };
    if (fzOf(f, fpcr)) { // FZ16 flushes half-precision inputs without InputDenorm
      if (f.N !== 16) fx |= IDC;
      return { t: ZERO, s, m: 0n, e: 0, b };
    }
    return { t: NUM, s, m: frac, e: f.minExp - f.F, b };
  }
  if (exp === f.emax && !ahp) {
    if (frac === 0n) return { t: INF, s, m: 0n, e: 0, b };
    return { t: (frac & f.qbit) !== 0n ? QNAN : SNAN, s, m: 0n, e: 0, b };
  }
  return { t: NUM, s, m: frac | f.hidden, e: exp - f.bias - f.F, b };
}

const isNaN_ = (u: U): boolean => u.t >= QNAN;

function processNaN(f: Fmt, u: U, fpcr: number): bigint {
  let r = u.b;
  if (u.t === SNAN) { fx |= IOC; r |= f.qbit; }
  return (fpcr & FPCR_DN) !== 0 ? f.defNaN : r;
}
/** FPProcessNaNs: undefined when neither operand is a NaN. */
function processNaNs(f: Fmt, a: U, b: U, fpcr: number): bigint | undefined {
  if (a.t === SNAN) return processNaN(f, a, fpcr);
  if (b.t === SNAN) return processNaN(f, b, fpcr);
  if (a.t === QNAN) return processNaN(f, a, fpcr);
  if (b.t === QNAN) return processNaN(f, b, fpcr);
  return undefined;
}
function processNaNs3(f: Fmt, a: U, b: U, c: U, fpcr: number): bigint | undefined {
  if (a.t === SNAN) return processNaN(f, a, fpcr);
  if (b.t === SNAN) return processNaN(f, b, fpcr);
  if (c.t === SNAN) return processNaN(f, c, fpcr);
  if (a.t === QNAN) return processNaN(f, a, fpcr);
  if (b.t === QNAN) return processNaN(f, b, fpcr);
  if (c.t === QNAN) return processNaN(f, c, fpcr);
  return undefined;
}

const zero = (f: Fmt, s: number): bigint => (s ? f.signBit : 0n);
const inf = (f: Fmt, s: number): bigint => (s ? f.signBit : 0n) | f.inf;

// ---- rounding -------------------------------------------------------------------------------

function bitLength(x: bigint): number {
  // x > 0
  const h = x.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/**
 * FPRound of the value (-1)^s * m * 2^e (m > 0; a quotient or root carries a sticky low bit).
 * `fz` is the effective flush-to-zero control; `ahp` selects the alternative half format.
 */
function round(f: Fmt, s: number, m: bigint, e: number, rmode: number, fpcr: number, ahp = false): bigint {
  const L = bitLength(m);
  const exponent = e + L - 1;
  if (fzOf(f, fpcr) && exponent < f.minExp) {
    fx |= UFC;
    return zero(f, s);
  }
  let biased = Math.max(exponent - f.minExp + 1, 0);
  const lsb = biased === 0 ? f.minExp - f.F : exponent - f.F; // exponent of the result's unit in the last place
  const sh = lsb - e;
  let im: bigint;
  let errCmp = 0; // -1: 0 < error < 0.5, 0: error == 0 or... see errHalf
  let inexact = false;
  if (sh <= 0) {
    im = m << BigInt(-sh);
  } else {
    const SH = BigInt(sh);
    im = m >> SH;
    const rem = m & ((1n << SH) - 1n);
    if (rem !== 0n) {
      inexact = true;
      const half = 1n << (SH - 1n);
      errCmp = rem > half ? 1 : rem === half ? 0 : -1;
    }
  }
  if (biased === 0 && inexact) fx |= UFC;
  let up = false;
  if (inexact) {
    switch (rmode) {
      case RN: up = errCmp > 0 || (errCmp === 0 && (im & 1n) === 1n); break;
      case RA: up = errCmp >= 0; break;
      case RP: up = s === 0; break;
      case RM: up = s === 1; break;
      default: up = false;
    }
  }
  const overflowToInf = rmode === RN || rmode === RA || (rmode === RP && s === 0) || (rmode === RM && s === 1);
  if (up) {
    im += 1n;
    if (im === f.hidden) biased = 1;
    if (im === f.hidden << 1n) { biased++; im >>= 1n; }
  }
  if (inexact && rmode === RO) im |= 1n;
  let res: bigint;
  if (!ahp) {
    if (biased >= f.emax) {
      res = overflowToInf ? inf(f, s) : (s ? f.signBit : 0n) | f.maxNormal;
      fx |= OFC;
      inexact = true;
    } else {
      res = (s ? f.signBit : 0n) | (BigInt(biased) << f.FB) | (im & f.fmask);
    }
  } else if (biased >= f.emax + 1) {
    res = (s ? f.signBit : 0n) | (f.all >> 1n);
    fx |= IOC;
    inexact = false;
  } else {
    res = (s ? f.signBit : 0n) | (BigInt(biased) << f.FB) | (im & f.fmask);
  }
  if (inexact) fx |= IXC;
  return res;
}

// ---- exact arithmetic -----------------------------------------------------------------------

/** Signed mantissas of a and b over a common exponent: [ma, mb, e]. */
function align(sa: number, ma: bigint, ea: number, sb: number, mb: bigint, eb: number): [bigint, bigint, number] {
  const e = Math.min(ea, eb);
  let x = ma << BigInt(ea - e), y = mb << BigInt(eb - e);
  if (sa) x = -x;
  if (sb) y = -y;
  return [x, y, e];
}

function rmodeOf(fpcr: number): number { return (fpcr >>> 22) & 3; }

/** FPAdd / FPSub (neg = 1 negates the second operand after NaN processing). */
function fadd(f: Fmt, a: bigint, b: bigint, neg: number, fpcr: number): bigint {
  const x = unpack(f, a, fpcr), y = unpack(f, b, fpcr);
  const nan = processNaNs(f, x, y, fpcr);
  if (nan !== undefined) return nan;
  const ys = y.s ^ neg;
  if (x.t === INF && y.t === INF && x.s !== ys) { fx |= IOC; return f.defNaN; }
  if ((x.t === INF && x.s === 0) || (y.t === INF && ys === 0)) return inf(f, 0);
  if ((x.t === INF && x.s === 1) || (y.t === INF && ys === 1)) return inf(f, 1);
  if (x.t === ZERO && y.t === ZERO && x.s === ys) return zero(f, x.s);
  const rm = rmodeOf(fpcr);
  return sumRound(f, x.s, x.m, x.e, ys, y.m, y.e, rm, fpcr);
}

function sumRound(f: Fmt, sa: number, ma: bigint, ea: number, sb: number, mb: bigint, eb: number, rm: number, fpcr: number): bigint {
  let v: bigint, e: number;
  if (ma === 0n) { v = sb ? -mb : mb; e = eb; }
  else if (mb === 0n) { v = sa ? -ma : ma; e = ea; }
  else { const [x, y, ee] = align(sa, ma, ea, sb, mb, eb); v = x + y; e = ee; }
  if (v === 0n) return zero(f, rm === RM ? 1 : 0);
  return v < 0n ? round(f, 1, -v, e, rm, fpcr) : round(f, 0, v, e, rm, fpcr);
}

function fmul(f: Fmt, a: bigint, b: bigint, fpcr: number): bigint {
  const x = unpack(f, a, fpcr), y = unpack(f, b, fpcr);
  const nan = processNaNs(f, x, y, fpcr);
  if (nan !== undefined) return nan;
  const s = x.s ^ y.s;
  if ((x.t === INF && y.t === ZERO) || (x.t === ZERO && y.t === INF)) { fx |= IOC; return f.defNaN; }
  if (x.t === INF || y.t === INF) return inf(f, s);
  if (x.t === ZERO || y.t === ZERO) return zero(f, s);
  return round(f, s, x.m * y.m, x.e + y.e, rmodeOf(fpcr), fpcr);
}

/** FPMulX: 0 * inf = 2.0 with the product's sign. */
function fmulx(f: Fmt, a: bigint, b: bigint, fpcr: number): bigint {
  const x = unpack(f, a, fpcr), y = unpack(f, b, fpcr);
  const nan = processNaNs(f, x, y, fpcr);
  if (nan !== undefined) return nan;
  const s = x.s ^ y.s;
  if ((x.t === INF && y.t === ZERO) || (x.t === ZERO && y.t === INF)) return (s ? f.signBit : 0n) | (BigInt(f.bias + 1) << f.FB);
  if (x.t === INF || y.t === INF) return inf(f, s);
  if (x.t === ZERO || y.t === ZERO) return zero(f, s);
  return round(f, s, x.m * y.m, x.e + y.e, rmodeOf(fpcr), fpcr);
}

function fdiv(f: Fmt, a: bigint, b: bigint, fpcr: number): bigint {
  const x = unpack(f, a, fpcr), y = unpack(f, b, fpcr);
  const nan = processNaNs(f, x, y, fpcr);
  if (nan !== undefined) return nan;
  const s = x.s ^ y.s;
  if ((x.t === INF && y.t === INF) || (x.t === ZERO && y.t === ZERO)) { fx |= IOC; return f.defNaN; }
  if (x.t === INF || y.t === ZERO) { if (x.t !== INF) fx |= DZC; return inf(f, s); }
  if (x.t === ZERO || y.t === INF) return zero(f, s);
  const k = f.F + 3 + bitLength(y.m);
  const num = x.m << BigInt(k);
  let q = num / y.m;
  if (q * y.m !== num) q |= 1n;
  return round(f, s, q, x.e - y.e - k, rmodeOf(fpcr), fpcr);
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  // Newton from a close guess (Number(n) may be inf for huge n: fall back to a power of two)
  if (!Number.isFinite(Math.sqrt(Number(n)))) x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) { if (x * x > n) { x--; continue; } break; }
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function fsqrt(f: Fmt, a: bigint, fpcr: number): bigint {
  const x = unpack(f, a, fpcr);
  if (isNaN_(x)) return processNaN(f, x, fpcr);
  if (x.t === ZERO) return zero(f, x.s);
  if (x.t === INF && x.s === 0) return inf(f, 0);
  if (x.s === 1) { fx |= IOC; return f.defNaN; }
  let k = 2 * (f.F + 4) - bitLength(x.m);
  if (k < 0) k = 0;
  if (((x.e - k) & 1) !== 0) k++;
  const n = x.m << BigInt(k);
  let r = isqrt(n);
  if (r * r !== n) r |= 1n;
  return round(f, 0, r, (x.e - k) / 2, rmodeOf(fpcr), fpcr);
}

/** FPMulAdd: addend + op1 * op2 with one rounding (negations already applied to the bits). */
function fmuladd(f: Fmt, addend: bigint, op1: bigint, op2: bigint, fpcr: number): bigint {
  const A = unpack(f, addend, fpcr), x = unpack(f, op1, fpcr), y = unpack(f, op2, fpcr);
  const infzero = (x.t === INF && y.t === ZERO) || (x.t === ZERO && y.t === INF);
  const nan = processNaNs3(f, A, x, y, fpcr);
  if (A.t === QNAN && infzero) { fx |= IOC; return f.defNaN; }
  if (nan !== undefined) return nan;
  const sP = x.s ^ y.s, infP = x.t === INF || y.t === INF, zeroP = x.t === ZERO || y.t === ZERO;
  if (infzero || (A.t === INF && infP && A.s !== sP)) { fx |= IOC; return f.defNaN; }
  if ((A.t === INF && A.s === 0) || (infP && sP === 0)) return inf(f, 0);
  if ((A.t === INF && A.s === 1) || (infP && sP === 1)) return inf(f, 1);
  if (A.t === ZERO && zeroP && A.s === sP) return zero(f, A.s);
  const rm = rmodeOf(fpcr);
  return sumRound(f, A.s, A.m, A.e, sP, zeroP ? 0n : x.m * y.m, x.e + y.e, rm, fpcr);
}

/** FPMax/FPMin (max = true for max), with FPMaxNum/FPMinNum's quiet-NaN substitution if nm. */
function fminmax(f: Fmt, a: bigint, b: bigint, max: boolean, nm: boolean, fpcr: number): bigint {
  let x = unpack(f, a, fpcr), y = unpack(f, b, fpcr);
  if (nm) {
    const sub = inf(f, max ? 1 : 0);
    if (x.t === QNAN && y.t !== QNAN) x = unpack(f, sub, fpcr);
    else if (x.t !== QNAN && y.t === QNAN) y = unpack(f, sub, fpcr);
  }
  const nan = processNaNs(f, x, y, fpcr);
  if (nan !== undefined) return nan;
  const c = compareVals(x, y); // -1, 0, 1
  let pick: U;
  if (max) pick = c > 0 ? x : y; else pick = c < 0 ? x : y;
  if (pick.t === INF) return inf(f, pick.s);
  if (pick.t === ZERO) {
    if (x.t === ZERO && y.t === ZERO) return zero(f, max ? x.s & y.s : x.s | y.s);
    return zero(f, pick.s);
  }
  return pick.b; // finite: FPRound of the operand's own value is exact (denormals only when FZ = 0)
}

/** Compares two non-NaN unpacked values: -1, 0, 1. */
function compareVals(x: U, y: U): number {
  const vx = x.t === ZERO ? 0 : x.s ? -1 : 1, vy = y.t === ZERO ? 0 : y.s ? -1 : 1;
  if (x.t === ZERO && y.t === ZERO) return 0;
  if (vx !== vy) return vx < vy ? -1 : 1;
  // same sign, both non-zero
  let mag: number;
  if (x.t === INF || y.t === INF) mag = x.t === y.t ? 0 : x.t === INF ? 1 : -1;
  else {
    const [p, q] = align(0, x.m, x.e, 0, y.m, y.e);
    mag = p === q ? 0 : p > q ? 1 : -1;
  }
  return x.s ? -mag : mag;
}

/** FPCompare: returns NZCV (packed 8/4/2/1). */
function fcompare(f: Fmt, a: bigint, b: bigint, signalAll: boolean, fpcr: number): number {
  const x = unpack(f, a, fpcr), y = unpack(f, b, fpcr);
  if (isNaN_(x) || isNaN_(y)) {
    if (x.t === SNAN || y.t === SNAN || signalAll) fx |= IOC;
    return 3;
  }
  const c = compareVals(x, y);
  return c === 0 ? 6 : c < 0 ? 8 : 2;
}

/** Signed integer rounding of an unpacked finite value times 2^fbits: [int, inexact]. */
function roundToInt(x: U, fbits: number, rmode: number): [bigint, boolean] {
  if (x.t === ZERO) return [0n, false];
  const e = x.e + fbits;
  const v = x.s ? -x.m : x.m;
  if (e >= 0) return [v << BigInt(e), false];
  const E = BigInt(-e);
  let n = v >> E; // floor
  const err = v - (n << E);
  if (err === 0n) return [n, false];
  const half = 1n << (E - 1n);
  let up = false;
  switch (rmode) {
    case RN: up = err > half || (err === half && (n & 1n) === 1n); break;
    case RP: up = true; break;
    case RM: up = false; break;
    case RZ: up = n < 0n; break;
    case RA: up = err > half || (err === half && n >= 0n); break;
  }
  if (up) n += 1n;
  return [n, true];
}

function frint(f: Fmt, a: bigint, rmode: number, exact: boolean, fpcr: number): bigint {
  const x = unpack(f, a, fpcr);
  if (isNaN_(x)) return processNaN(f, x, fpcr);
  if (x.t === INF) return inf(f, x.s);
  if (x.t === ZERO) return zero(f, x.s);
  const [n, inexact] = roundToInt(x, 0, rmode);
  let res: bigint;
  if (n === 0n) res = zero(f, x.s);
  else res = n < 0n ? round(f, 1, -n, 0, RZ, fpcr) : round(f, 0, n, 0, RZ, fpcr);
  if (inexact && exact) fx |= IXC;
  return res;
}

/** FPToFixed: result bits of a `bits`-wide integer (as a BigInt two's complement pattern). */
function toFixed(f: Fmt, a: bigint, fbits: number, unsigned: boolean, rmode: number, bits: number, fpcr: number): bigint {
  const x = unpack(f, a, fpcr);
  const B = BigInt(bits);
  const max = unsigned ? (1n << B) - 1n : (1n << (B - 1n)) - 1n;
  const min = unsigned ? 0n : -(1n << (B - 1n));
  if (isNaN_(x)) { fx |= IOC; return 0n; }
  let n: bigint, inexact: boolean;
  if (x.t === INF) { n = x.s ? min - 1n : max + 1n; inexact = false; }
  else [n, inexact] = roundToInt(x, fbits, rmode);
  if (n > max) { fx |= IOC; n = max; }
  else if (n < min) { fx |= IOC; n = min; }
  else if (inexact) fx |= IXC;
  return n & ((1n << B) - 1n);
}

/** FixedToFP. */
function fromFixed(f: Fmt, v: bigint, fbits: number, rmode: number, fpcr: number): bigint {
  if (v === 0n) return 0n;
  return v < 0n ? round(f, 1, -v, -fbits, rmode, fpcr) : round(f, 0, v, -fbits, rmode, fpcr);
}

/** FPConvert between formats (src -> dst), with rounding mode rmode. */
function fconvert(src: Fmt, dst: Fmt, a: bigint, rmode: number, fpcr0: number): bigint {
  const fpcr = fpcr0 & ~FPCR_FZ16; // FPUnpackCV / FPRoundCV: FZ16 does not apply to conversions
  const ahp = (fpcr & FPCR_AHP) !== 0;
  const x = unpack(src, a, fpcr, src.N === 16 && ahp);
  const altDst = dst.N === 16 && ahp;
  if (isNaN_(x)) {
    let r: bigint;
    if (altDst) r = zero(dst, x.s);
    else if ((fpcr & FPCR_DN) !== 0) r = dst.defNaN;
    else {
      // FPConvertNaN: keep the sign, the top fraction bits, force quiet
      const frac = a & src.fmask;
      const pay = dst.F >= src.F ? frac << BigInt(dst.F - src.F) : frac >> BigInt(src.F - dst.F);
      r = (x.s ? dst.signBit : 0n) | dst.inf | pay | dst.qbit;
    }
    if (x.t === SNAN || altDst) fx |= IOC;
    return r;
  }
  if (x.t === INF) {
    if (altDst) { fx |= IOC; return (x.s ? dst.signBit : 0n) | (dst.all >> 1n); }
    return inf(dst, x.s);
  }
  if (x.t === ZERO) return zero(dst, x.s);
  return round(dst, x.s, x.m, x.e, rmode, fpcr, altDst);
}

/** VFPExpandImm. */
function expandImm(f: Fmt, imm8: number): bigint {
  const sign = BigInt((imm8 >> 7) & 1);
  const b6 = (imm8 >> 6) & 1;
  const e = f.E;
  let exp = BigInt(b6 ^ 1);
  for (let k = 0; k < e - 3; k++) exp = (exp << 1n) | BigInt(b6);
  exp = (exp << 2n) | BigInt((imm8 >> 4) & 3);
  const frac = BigInt(imm8 & 15) << BigInt(f.F - 4);
  return (sign << (f.NB - 1n)) | (exp << f.FB) | frac;
}

// ---- register access ------------------------------------------------------------------------

/** Reads element `idx` of size 16/32/64 bits from V register n. */
function getE(r: Int32Array, n: number, esize: number, idx: number): bigint {
  const base = VREGS + n * 4;
  if (esize === 64) return (BigInt(r[base + idx * 2 + 1] >>> 0) << 32n) | BigInt(r[base + idx * 2] >>> 0);
  if (esize === 32) return BigInt(r[base + idx] >>> 0);
  return BigInt((r[base + (idx >> 1)] >>> ((idx & 1) * 16)) & 0xffff);
}
/** Element write into a scratch vector (4 int32). */
function putE(v: Int32Array, esize: number, idx: number, b: bigint): void {
  if (esize === 64) { v[idx * 2] = Number(b & 0xffffffffn) | 0; v[idx * 2 + 1] = Number(b >> 32n) | 0; }
  else if (esize === 32) v[idx] = Number(b) | 0;
  else {
    const w = idx >> 1, sh = (idx & 1) * 16;
    v[w] = (v[w] & ~(0xffff << sh)) | (Number(b) << sh);
  }
}
const tmp = new Int32Array(4);
function clearTmp(): void { tmp[0] = 0; tmp[1] = 0; tmp[2] = 0; tmp[3] = 0; }
function writeV(r: Int32Array, d: number, v: Int32Array): void {
  const base = VREGS + d * 4;
  r[base] = v[0]; r[base + 1] = v[1]; r[base + 2] = v[2]; r[base + 3] = v[3];
}
/** Scalar write: the element at 0, the rest of the 128-bit register cleared. */
function setScalar(r: Int32Array, d: number, esize: number, b: bigint): void {
  clearTmp();
  putE(tmp, esize, 0, b);
  writeV(r, d, tmp);
}

function condHolds(nzcv: number, cond: number): boolean {
  const n = (nzcv >> 3) & 1, z = (nzcv >> 2) & 1, c = (nzcv >> 1) & 1, v = nzcv & 1;
  let res: boolean;
  switch (cond >> 1) {
    case 0: res = z === 1; break;
    case 1: res = c === 1; break;
    case 2: res = n === 1; break;
    case 3: res = v === 1; break;
    case 4: res = c === 1 && z === 0; break;
    case 5: res = n === v; break;
    case 6: res = n === v && z === 0; break;
    default: res = true;
  }
  if ((cond & 1) === 1 && cond !== 15) res = !res;
  return res;
}

// ---- decoding -------------------------------------------------------------------------------

const enum K {
  FMOV_IMM = 1, // d, b = bits lo, x... a: size
  ONE = 2, // sub: 1 FABS 2 FNEG 3 FSQRT, 8.. FRINT (rmode in more)
  TWO = 3, // sub = opcode (0 FMUL .. 8 FNMUL)
  THREE = 4, // sub = o1<<1|o0
  CMP = 5, // sub: bit0 E, bit1 with zero
  CCMP = 6, // sub: E; b = cond | nzcv << 4
  CSEL = 7, // b = cond
  FCVT = 8, // size = source ftype, sub = dest ftype
  TOINT = 9, // sub: unsigned; more: rmode (0..4), sf; b = fbits
  FROMINT = 10, // sub: unsigned; more: sf; b = fbits
  LDST_Q = 11, // fallback LDR/STR Q (unsigned offset); sub: load; b = offset
  FRINT = 12, // sub = rounding mode (RN..RA, 6 = FPCR), more: exact
  // Advanced SIMD (vector and scalar forms): size = 0 single / 1 double; more: bit0 Q, bit1 scalar
  V3 = 20, // three same: sub = U << 6 | a << 5 | opcode
  V2 = 21, // two-register misc: sub = U << 6 | a << 5 | opcode
  VELEM = 22, // by element: sub = U << 6 | opcode; b = index; m = Rm
  VACROSS = 23, // FMAXNMV/FMINNMV/FMAXV/FMINV: sub = a << 5 | opcode
  VPAIR = 24, // scalar pairwise: sub = a << 5 | opcode
  VFIX = 25, // fixed-point conversions by immediate: sub = U << 6 | opcode; b = fbits
  VCVTNL = 26, // FCVTN/FCVTXN/FCVTL: sub = 0 FCVTN, 1 FCVTXN, 2 FCVTL; size = sz
  FMOV_VIMM = 27, // FMOV (vector, immediate): b = imm8; more = Q
}

/** This file's record: the common layout with op SIMD_FP. */
const putFp = (rec: Int32Array, i: number, d: number, n: number, m: number, x: number, a: number, b: number): true =>
  put(rec, i, Op.SIMD_FP, d, n, m, x, a, b);
const A = (kind: number, size: number, sub: number, more = 0): number => kind | (size << 8) | (sub << 12) | (more << 20);

/** ftype 00 single, 01 double; 11 half only on the FEAT_FP16 lines (halfLine() sets f.h). */
const okType = (f: Fields): boolean => f.ftype === 0 || f.ftype === 1 || (f.ftype === 3 && f.h === 1);
/** FMTS index of a vector line's element size: sz (single/double), or 3 on the FP16 lines. */
const vsz = (f: Fields): number => (f.h ? 3 : f.sz);
/** The builder of an Advanced SIMD FP16 line: the single-precision builder with f.h set. */
const H16 = (b: Builder): Builder => (f, rec, i, w) => b({ ...f, h: 1, sz: 0 }, rec, i, w);
/**
 * The FEAT_FP16 copy of a scalar FP line (ftype = 11), listed before the line it copies. A gated
 * line keeps its encodings when the feature is absent, so `pattern` (optional) narrows it to
 * FP16 encodings only (FCVT to and from half is base FP).
 */
function halfLine(l: PatternLine, pattern = l.pattern): PatternLine {
  if (!pattern.includes('ftype:2')) throw new Error(`halfLine: no ftype in '${l.name}'`);
  return L(pattern.replace('ftype:2', '11'), `${l.name} (half)`, (f, rec, i, w) => l.build({ ...f, ftype: 3, h: 1 }, rec, i, w), 'fphp');
}

const fmovImm: Builder = (f, rec, i) => {
  if (!okType(f)) return false;
  return putFp(rec, i, f.rd, 0, 0, 0, A(K.FMOV_IMM, f.ftype, 0), f.imm8);
};

/** FCVT: any ftype to any other (half included, without FEAT_FP16); opc = the destination's. */
const fcvt: Builder = (f, rec, i) => {
  if (f.opc === 2 || f.opc === f.ftype || f.ftype === 2) return false;
  return putFp(rec, i, f.rd, f.rn, 0, 0, A(K.FCVT, f.ftype, f.opc), 0);
};

const dp1: Builder = (f, rec, i) => {
  const op = f.op3 !== undefined ? 8 | f.op3 : f.opcode; // (opcode 0001xx: FCVT, its own line)
  if (!okType(f)) return false;
  if (op >= 1 && op <= 3) return putFp(rec, i, f.rd, f.rn, 0, 0, A(K.ONE, f.ftype, op), 0);
  if (op >= 8 && op <= 15 && op !== 13) {
    const r = op & 7; // N P M Z A - X I
    const rm = r === 4 ? RA : r >= 6 ? 6 : r;
    return putFp(rec, i, f.rd, f.rn, 0, 0, A(K.FRINT, f.ftype, rm, r === 6 ? 1 : 0), 0);
  }
  return false;
};

const dp2: Builder = (f, rec, i) => {
  if (!okType(f) || f.opcode > 8) return false;
  return putFp(rec, i, f.rd, f.rn, f.rm, 0, A(K.TWO, f.ftype, f.opcode), 0);
};

const dp3: Builder = (f, rec, i) => {
  if (!okType(f)) return false;
  return putFp(rec, i, f.rd, f.rn, f.rm, f.ra, A(K.THREE, f.ftype, (f.o1 << 1) | f.o0), 0);
};

const fcmp: Builder = (f, rec, i) => {
  if (!okType(f) || (f.opc & 7) !== 0) return false;
  const withZero = (f.opc >> 3) & 1, e = (f.opc >> 4) & 1;
  return putFp(rec, i, 0, f.rn, f.rm, 0, A(K.CMP, f.ftype, e | (withZero << 1)), 0);
};

const fccmp: Builder = (f, rec, i) => {
  if (!okType(f)) return false;
  return putFp(rec, i, 0, f.rn, f.rm, 0, A(K.CCMP, f.ftype, f.op), f.cond | (f.nzcv << 4));
};

const fcsel: Builder = (f, rec, i) => {
  if (!okType(f)) return false;
  return putFp(rec, i, f.rd, f.rn, f.rm, 0, A(K.CSEL, f.ftype, 0), f.cond);
};

// FP <-> integer: rmode:opcode; FCVT[NPMZ][SU] (opcode 00x), SCVTF/UCVTF (01x)
const cvtInt: Builder = (f, rec, i) => {
  if (!okType(f)) return false;
  const op = f.opcode, rmode = f.rmode;
  if (op <= 1) return putFp(rec, i, wzr(f.rd), f.rn, 0, 0, A(K.TOINT, f.ftype, op, rmode | (f.sf << 3)), 0);
  if (rmode !== 0) return false;
  return putFp(rec, i, f.rd, rzr(f.rn), 0, 0, A(K.FROMINT, f.ftype, op & 1, f.sf << 3), 0);
};

/** FCVTAS/FCVTAU (scalar, to general): round to nearest, ties away. */
const cvtAway: Builder = (f, rec, i) => {
  if (!okType(f) || f.rmode !== 0) return false;
  return putFp(rec, i, wzr(f.rd), f.rn, 0, 0, A(K.TOINT, f.ftype, f.u, RA | (f.sf << 3)), 0);
};

const cvtFixed: Builder = (f, rec, i) => {
  if (!okType(f)) return false;
  if (!f.sf && f.scale < 32) return false;
  const fbits = 64 - f.scale;
  const ro = (f.rmode << 3) | f.opcode;
  if (ro === 0b11000 || ro === 0b11001) return putFp(rec, i, wzr(f.rd), f.rn, 0, 0, A(K.TOINT, f.ftype, f.opcode & 1, RZ | (f.sf << 3)), fbits);
  if (ro === 0b00010 || ro === 0b00011) return putFp(rec, i, f.rd, rzr(f.rn), 0, 0, A(K.FROMINT, f.ftype, f.opcode & 1, f.sf << 3), fbits);
  return false;
};

// Fallback LDR/STR Q (unsigned offset), for when src/cpu/simd-int.ts does not decode them yet:
// its table comes first in the decoder, so its lines win once they exist.
const ldstQ: Builder = (f, rec, i) => putFp(rec, i, f.rt, rsp(f.rn), 0, 0, A(K.LDST_Q, 0, f.L), f.imm12 * 16);

// ---- Advanced SIMD floating point ------------------------------------------------------------

const V3_OPS = new Set([
  24, 32 + 24, 64 + 24, 96 + 24, 25, 32 + 25, 26, 32 + 26, 64 + 26, 96 + 26, 27, 64 + 27, 28, 64 + 28, 96 + 28,
  64 + 29, 96 + 29, 30, 32 + 30, 64 + 30, 96 + 30, 31, 32 + 31, 64 + 31,
]);
const V3_SCALAR = new Set([27, 28, 64 + 28, 96 + 28, 64 + 29, 96 + 29, 96 + 26, 31, 32 + 31]);
const v3: Builder = (f, rec, i) => {
  const key = (f.u << 6) | (f.a << 5) | (24 + f.op);
  if (!V3_OPS.has(key) || (f.sz && !f.q)) return false;
  return putFp(rec, i, f.rd, f.rn, f.rm, 0, A(K.V3, vsz(f), key, f.q), 0);
};
const v3s: Builder = (f, rec, i) => {
  const key = (f.u << 6) | (f.a << 5) | (24 + f.op);
  if (!V3_SCALAR.has(key)) return false;
  return putFp(rec, i, f.rd, f.rn, f.rm, 0, A(K.V3, vsz(f), key, 2), 0);
};

const V2_OPS = new Set([
  24, 32 + 24, 25, 32 + 25, 64 + 24, 64 + 25, 96 + 25, // FRINT*
  26, 32 + 26, 27, 32 + 27, 28, 64 + 26, 96 + 26, 64 + 27, 96 + 27, 64 + 28, // FCVT*
  29, 64 + 29, 32 + 29, 96 + 29, // SCVTF UCVTF FRECPE FRSQRTE
  32 + 12, 32 + 13, 32 + 14, 96 + 12, 96 + 13, // compares with zero
  32 + 15, 96 + 15, 96 + 31, // FABS FNEG FSQRT
]);
const V2_SCALAR = new Set([
  26, 32 + 26, 27, 32 + 27, 28, 64 + 26, 96 + 26, 64 + 27, 96 + 27, 64 + 28,
  29, 64 + 29, 32 + 29, 96 + 29, 32 + 31, 32 + 12, 32 + 13, 32 + 14, 96 + 12, 96 + 13,
]);
const v2: Builder = (f, rec, i) => {
  const key = (f.u << 6) | (f.a << 5) | f.op;
  if (!V2_OPS.has(key) || (f.sz && !f.q)) return false;
  return putFp(rec, i, f.rd, f.rn, 0, 0, A(K.V2, vsz(f), key, f.q), 0);
};
const v2s: Builder = (f, rec, i) => {
  const key = (f.u << 6) | (f.a << 5) | f.op;
  if (!V2_SCALAR.has(key)) return false;
  return putFp(rec, i, f.rd, f.rn, 0, 0, A(K.V2, vsz(f), key, 2), 0);
};

/** FCVTN/FCVTN2 (u 0), FCVTXN/FCVTXN2 (u 1, from double only), FCVTL/FCVTL2 (long 1, u 0). */
const vcvtnl: Builder = (f, rec, i) => {
  if (f.u === 1 && (f.long === 1 || f.sz === 0)) return false;
  const sub = f.long ? 2 : f.u ? 1 : 0;
  return putFp(rec, i, f.rd, f.rn, 0, 0, A(K.VCVTNL, f.sz, sub, f.q), 0);
};
/** FCVTXN (scalar): double to single only. */
const fcvtxnScalar: Builder = (f, rec, i) => {
  if (f.sz === 0) return false;
  return putFp(rec, i, f.rd, f.rn, 0, 0, A(K.VCVTNL, 1, 1, 2), 0);
};

const velem = (scalar: boolean): Builder => (f, rec, i) => {
  const q = scalar ? 0 : f.q;
  const op = f.op, u = f.u;
  if (!((u === 0 && (op === 1 || op === 5 || op === 9)) || (u === 1 && op === 9))) return false;
  if (f.sz === 1 && (f.L === 1 || (!scalar && q === 0))) return false;
  const index = f.sz ? f.H : (f.H << 1) | f.L;
  return putFp(rec, i, f.rd, f.rn, (f.M << 4) | f.rm, 0, A(K.VELEM, f.sz, (u << 6) | op, q | (scalar ? 2 : 0)), index);
};
/** FP16 by element: index H:L:M, Rm in V0..V15. */
const velemH = (scalar: boolean): Builder => (f, rec, i) => {
  const q = scalar ? 0 : f.q;
  const op = f.op, u = f.u;
  if (!((u === 0 && (op === 1 || op === 5 || op === 9)) || (u === 1 && op === 9))) return false;
  return putFp(rec, i, f.rd, f.rn, f.rm, 0, A(K.VELEM, 3, (u << 6) | op, q | (scalar ? 2 : 0)), (f.H << 2) | (f.L << 1) | f.M);
};

const vacross: Builder = (f, rec, i) => {
  if ((f.op !== 12 && f.op !== 15) || (!f.q && !f.h)) return false;
  return putFp(rec, i, f.rd, f.rn, 0, 0, A(K.VACROSS, vsz(f), (f.a << 5) | f.op, f.q), 0);
};
const vpair: Builder = (f, rec, i) => {
  if (!(f.op === 12 || f.op === 15 || (f.op === 13 && f.a === 0))) return false;
  return putFp(rec, i, f.rd, f.rn, 0, 0, A(K.VPAIR, vsz(f), (f.a << 5) | f.op, 2), 0);
};
const vfix = (scalar: boolean): Builder => (f, rec, i) => {
  const q = scalar ? 0 : f.q;
  if (f.op !== 28 && f.op !== 31) return false;
  let sz: number, fbits: number;
  const ih = (f.immh << 3) | f.immb;
  if (f.immh & 8) { sz = 1; fbits = 128 - ih; if (!scalar && !q) return false; }
  else if ((f.immh & 12) === 4) { sz = 0; fbits = 64 - ih; }
  else return false;
  return putFp(rec, i, f.rd, f.rn, 0, 0, A(K.VFIX, sz, (f.u << 6) | f.op, q | (scalar ? 2 : 0)), fbits);
};
/** FP16 fixed-point conversions: immh = 001x, the pattern's ih = immh<0>:immb. */
const vfixH = (scalar: boolean): Builder => (f, rec, i) => {
  const q = scalar ? 0 : f.q;
  if (f.op !== 28 && f.op !== 31) return false;
  return putFp(rec, i, f.rd, f.rn, 0, 0, A(K.VFIX, 3, (f.u << 6) | f.op, q | (scalar ? 2 : 0)), 16 - f.ih);
};
/** FMOV (vector, immediate): size 0 single, 1 double (Q = 1 only), 3 half. */
const fmovVec = (size: number): Builder => (f, rec, i) => {
  if (size === 1 && !f.q) return false;
  return putFp(rec, i, f.rd, 0, 0, 0, A(K.FMOV_VIMM, size, 0, f.q), (f.abc << 5) | f.defgh);
};

// FCVT converts to and from half without FEAT_FP16: no half copy (below) for its line.
const FCVT_LINE = L('0 0 0 11110 ftype:2 1 0001 opc:2 10000 rn:5 rd:5', 'FCVT', fcvt);
const DP1_LINE = L('0 0 0 11110 ftype:2 1 opcode:6 10000 rn:5 rd:5', 'FP data-processing (1 source)', dp1);
const SCALAR_LINES: PatternLine[] = [
  L('0 0 0 11110 ftype:2 1 imm8:8 100 00000 rd:5', 'FMOV (scalar, immediate)', fmovImm),
  FCVT_LINE,
  DP1_LINE,
  L('0 0 0 11110 ftype:2 1 rm:5 opcode:4 10 rn:5 rd:5', 'FP data-processing (2 source)', dp2),
  L('0 0 0 11111 ftype:2 o1:1 rm:5 o0:1 ra:5 rn:5 rd:5', 'FP data-processing (3 source)', dp3),
  L('0 0 0 11110 ftype:2 1 rm:5 00 1000 rn:5 opc:5', 'FCMP/FCMPE', fcmp),
  L('0 0 0 11110 ftype:2 1 rm:5 cond:4 01 rn:5 op:1 nzcv:4', 'FCCMP/FCCMPE', fccmp),
  L('0 0 0 11110 ftype:2 1 rm:5 cond:4 11 rn:5 rd:5', 'FCSEL', fcsel),
  L('sf:1 0 0 11110 ftype:2 1 rmode:2 0 opcode:2 000000 rn:5 rd:5', 'FP<->integer conversion', cvtInt),
  L('sf:1 0 0 11110 ftype:2 1 rmode:2 10 u:1 000000 rn:5 rd:5', 'FCVTAS/FCVTAU', cvtAway),
  L('sf:1 0 0 11110 ftype:2 0 rmode:2 opcode:3 scale:6 rn:5 rd:5', 'FP<->fixed-point conversion', cvtFixed),
];

export const SIMD_FP_TABLE: readonly PatternLine[] = [
  // FEAT_FP16: the scalar lines with ftype = 11, then the Advanced SIMD FP16 groups
  ...SCALAR_LINES.filter((l) => l !== FCVT_LINE && l !== DP1_LINE).map((l) => halfLine(l)),
  halfLine(DP1_LINE, '0 0 0 11110 ftype:2 1 0000 opcode:2 10000 rn:5 rd:5'), // FABS FNEG FSQRT
  halfLine(DP1_LINE, '0 0 0 11110 ftype:2 1 001 op3:3 10000 rn:5 rd:5'), // FRINT*
  L('0 q:1 u:1 01110 a:1 10 rm:5 00 op:3 1 rn:5 rd:5', 'FP16 three same (vector)', H16(v3), 'fphp'),
  L('01 u:1 11110 a:1 10 rm:5 00 op:3 1 rn:5 rd:5', 'FP16 three same (scalar)', H16(v3s), 'fphp'),
  L('0 q:1 u:1 01110 a:1 1111 00 op:5 10 rn:5 rd:5', 'FP16 two-register misc (vector)', H16(v2), 'fphp'),
  L('01 u:1 11110 a:1 1111 00 op:5 10 rn:5 rd:5', 'FP16 two-register misc (scalar)', H16(v2s), 'fphp'),
  L('0 q:1 u:1 01111 00 L:1 M:1 rm:4 op:4 H:1 0 rn:5 rd:5', 'FP16 by element (vector)', velemH(false), 'fphp'),
  L('01 u:1 11111 00 L:1 M:1 rm:4 op:4 H:1 0 rn:5 rd:5', 'FP16 by element (scalar)', velemH(true), 'fphp'),
  L('0 q:1 0 01110 a:1 0 11000 op:5 10 rn:5 rd:5', 'FP16 across lanes', H16(vacross), 'fphp'),
  L('01 0 11110 a:1 0 11000 op:5 10 rn:5 rd:5', 'FP16 scalar pairwise', H16(vpair), 'fphp'),
  L('0 q:1 u:1 011110 001 ih:4 op:5 1 rn:5 rd:5', 'FP16 fixed-point conversion (vector)', vfixH(false), 'fphp'),
  L('01 u:1 111110 001 ih:4 op:5 1 rn:5 rd:5', 'FP16 fixed-point conversion (scalar)', vfixH(true), 'fphp'),
  L('0 q:1 0 0111100000 abc:3 1111 1 1 defgh:5 rd:5', 'FMOV (vector, immediate, half)', fmovVec(3), 'fphp'),
  // single and double precision
  ...SCALAR_LINES,
  L('0 q:1 0 0111100000 abc:3 1111 0 1 defgh:5 rd:5', 'FMOV (vector, immediate, single)', fmovVec(0)),
  L('0 q:1 1 0111100000 abc:3 1111 0 1 defgh:5 rd:5', 'FMOV (vector, immediate, double)', fmovVec(1)),
  L('0 q:1 u:1 01110 a:1 sz:1 1 rm:5 11 op:3 1 rn:5 rd:5', 'FP three same (vector)', v3),
  L('01 u:1 11110 a:1 sz:1 1 rm:5 11 op:3 1 rn:5 rd:5', 'FP three same (scalar)', v3s),
  L('0 q:1 u:1 01110 0 sz:1 10000 1011 long:1 10 rn:5 rd:5', 'FCVTN/FCVTXN/FCVTL (vector)', vcvtnl),
  L('0 q:1 u:1 01110 a:1 sz:1 10000 op:5 10 rn:5 rd:5', 'FP two-register misc (vector)', v2),
  L('01 1 11110 0 sz:1 10000 10110 10 rn:5 rd:5', 'FCVTXN (scalar)', fcvtxnScalar),
  L('01 u:1 11110 a:1 sz:1 10000 op:5 10 rn:5 rd:5', 'FP two-register misc (scalar)', v2s),
  L('0 q:1 u:1 01111 1 sz:1 L:1 M:1 rm:4 op:4 H:1 0 rn:5 rd:5', 'FP by element (vector)', velem(false)),
  L('01 u:1 11111 1 sz:1 L:1 M:1 rm:4 op:4 H:1 0 rn:5 rd:5', 'FP by element (scalar)', velem(true)),
  L('0 q:1 1 01110 a:1 0 11000 op:5 10 rn:5 rd:5', 'FP across lanes', vacross),
  L('01 1 11110 a:1 sz:1 11000 op:5 10 rn:5 rd:5', 'FP scalar pairwise', vpair),
  L('0 q:1 u:1 011110 immh:4 immb:3 op:5 1 rn:5 rd:5', 'FP fixed-point conversion (vector)', vfix(false)),
  L('01 u:1 111110 immh:4 immb:3 op:5 1 rn:5 rd:5', 'FP fixed-point conversion (scalar)', vfix(true)),
  L('00 111 1 01 1 L:1 imm12:12 rn:5 rt:5', 'LDR/STR Q (unsigned offset, fallback)', ldstQ),
];

// ---- execution ------------------------------------------------------------------------------

function readScalar(r: Int32Array, n: number, f: Fmt): bigint {
  return getE(r, n, f.N, 0);
}

/** Executes one decoded record; returns a run status (DONE, FAULT...). */
export function execSimdFp(cpu: VCpu, page: Int32Array, i: number): number {
  const r = cpu.r;
  const w = page[i + 1], a = page[i + 2], b = page[i + 3];
  const d = w & 255, n = (w >>> 8) & 255, m = (w >>> 16) & 255, x = w >>> 24;
  const kind = a & 255, size = (a >>> 8) & 15, sub = (a >>> 12) & 255, more = a >>> 20;
  const fpcr = r[FPCR];
  fx = 0;
  let status = DONE;
  const f = FMTS[size] as Fmt;
  switch (kind) {
    case K.FMOV_IMM:
      setScalar(r, d, f.N, expandImm(f, b));
      break;
    case K.ONE: {
      const v = readScalar(r, n, f);
      let res: bigint;
      if (sub === 1) res = v & ~f.signBit;
      else if (sub === 2) res = v ^ f.signBit;
      else res = fsqrt(f, v, fpcr);
      setScalar(r, d, f.N, res);
      break;
    }
    case K.FRINT: {
      const v = readScalar(r, n, f);
      const rm = sub === 6 ? rmodeOf(fpcr) : sub;
      setScalar(r, d, f.N, frint(f, v, rm, more === 1, fpcr));
      break;
    }
    case K.TWO: {
      if (sub <= 3 && size < 2 && (fpcr & 0x00c00000) === 0 && fastPath.on && (size === 1 ? fastTwoD(r, sub, d, n, m) : fastTwoS(r, sub, d, n, m))) break;
      const p = readScalar(r, n, f), q = readScalar(r, m, f);
      setScalar(r, d, f.N, two(f, sub, p, q, fpcr));
      break;
    }
    case K.THREE: {
      let p = readScalar(r, n, f);
      const q = readScalar(r, m, f);
      let ad = readScalar(r, x, f);
      const o1 = sub >> 1, o0 = sub & 1;
      if (o0 !== o1) p ^= f.signBit; // FMSUB, FNMADD negate op1
      if (o1) ad ^= f.signBit; // FNMADD, FNMSUB negate the addend
      setScalar(r, d, f.N, fmuladd(f, ad, p, q, fpcr));
      break;
    }
    case K.CMP: {
      const p = readScalar(r, n, f);
      const q = (sub & 2) !== 0 ? 0n : readScalar(r, m, f);
      r[NZCV] = fcompare(f, p, q, (sub & 1) !== 0, fpcr);
      status = DONE_CHANGED;
      break;
    }
    case K.CCMP: {
      const cond = b & 15;
      if (condHolds(r[NZCV], cond)) r[NZCV] = fcompare(f, readScalar(r, n, f), readScalar(r, m, f), sub === 1, fpcr);
      else r[NZCV] = (b >> 4) & 15;
      status = DONE_CHANGED;
      break;
    }
    case K.CSEL:
      setScalar(r, d, f.N, readScalar(r, condHolds(r[NZCV], b) ? n : m, f));
      break;
    case K.FCVT: {
      const dst = FMTS[sub] as Fmt;
      setScalar(r, d, dst.N, fconvert(f, dst, readScalar(r, n, f), rmodeOf(fpcr), fpcr));
      break;
    }
    case K.TOINT: {
      const rmode = more & 7, sf = more >> 3;
      const v = toFixed(f, readScalar(r, n, f), b, sub === 1, rmode, sf ? 64 : 32, fpcr);
      r[d] = Number(v & 0xffffffffn) | 0;
      r[d + 1] = Number(v >> 32n) | 0;
      break;
    }
    case K.FROMINT: {
      const sf = more >> 3;
      let v: bigint;
      if (sf) v = (BigInt(r[n + 1] >>> 0) << 32n) | BigInt(r[n] >>> 0);
      else v = BigInt(r[n] >>> 0);
      if (sub === 0) v = BigInt.asIntN(sf ? 64 : 32, v);
      setScalar(r, d, f.N, fromFixed(f, v, b, rmodeOf(fpcr), fpcr));
      break;
    }
    case K.LDST_Q: return ldstQ128(cpu, d, n, b, sub === 1);
    case K.FMOV_VIMM: {
      const v = expandImm(f, b), cnt = (more ? 128 : 64) / f.N;
      clearTmp();
      for (let e = 0; e < cnt; e++) putE(tmp, f.N, e, v);
      writeV(r, d, tmp);
      break;
    }
    case K.V3: case K.V2: case K.VELEM: case K.VACROSS: case K.VPAIR: case K.VFIX: case K.VCVTNL:
      execVector(r, kind, f, sub, more, d, n, m, b, fpcr);
      break;
    default:
      return cpu.undefinedInstruction();
  }
  if (fx !== 0) r[FPSR] |= fx;
  return status;
}

function two(f: Fmt, op: number, p: bigint, q: bigint, fpcr: number): bigint {
  switch (op) {
    case 0: return fmul(f, p, q, fpcr);
    case 1: return fdiv(f, p, q, fpcr);
    case 2: return fadd(f, p, q, 0, fpcr);
    case 3: return fadd(f, p, q, 1, fpcr);
    case 4: return fminmax(f, p, q, true, false, fpcr);
    case 5: return fminmax(f, p, q, false, false, fpcr);
    case 6: return fminmax(f, p, q, true, true, fpcr);
    case 7: return fminmax(f, p, q, false, true, fpcr);
    case 8: return fmul(f, p, q, fpcr) ^ f.signBit; // FNMUL: FPNeg(FPMul(...)), NaNs included
    case 9: return fmulx(f, p, q, fpcr);
  }
  return 0n;
}

function ldstQ128(cpu: VCpu, t: number, nslot: number, off: number, load: boolean): number {
  const r = cpu.r;
  let lo = (r[nslot] + off) | 0;
  let hi = r[nslot + 1];
  if ((lo >>> 0) < (r[nslot] >>> 0)) hi = (hi + 1) | 0;
  const base = VREGS + t * 4;
  for (let half = 0; half < 2; half++) {
    const o = cpu.memOffset(lo, hi, !load, 3);
    if (o === -1) return FAULT;
    if (o === -2) return STOP;
    if (load) { r[base + half * 2] = cpu.dv.getInt32(o, true); r[base + half * 2 + 1] = cpu.dv.getInt32(o + 4, true); }
    else { cpu.dv.setInt32(o, r[base + half * 2], true); cpu.dv.setInt32(o + 4, r[base + half * 2 + 1], true); cpu.noteStore(o, 8); }
    lo = (lo + 8) | 0;
    if ((lo >>> 0) < 8) hi = (hi + 1) | 0;
  }
  return DONE;
}

// ---- Advanced SIMD execution -----------------------------------------------------------------

function cmpOp(f: Fmt, a: bigint, b: bigint, kind: number, fpcr: number): boolean {
  // kind: 0 EQ, 1 GE, 2 GT
  const x = unpack(f, a, fpcr), y = unpack(f, b, fpcr);
  if (isNaN_(x) || isNaN_(y)) {
    if (kind !== 0 || x.t === SNAN || y.t === SNAN) fx |= IOC;
    return false;
  }
  const c = compareVals(x, y);
  return kind === 0 ? c === 0 : kind === 1 ? c >= 0 : c > 0;
}

/** FPRecipStepFused (three = false) / FPRSqrtStepFused (three = true). */
function recipStep(f: Fmt, a: bigint, b: bigint, three: boolean, fpcr: number): bigint {
  const op1 = a ^ f.signBit;
  const x = unpack(f, op1, fpcr), y = unpack(f, b, fpcr);
  const nan = processNaNs(f, x, y, fpcr);
  if (nan !== undefined) return nan;
  if ((x.t === INF && y.t === ZERO) || (x.t === ZERO && y.t === INF)) {
    return three ? (BigInt(f.bias) << f.FB) | (1n << (f.FB - 1n)) : BigInt(f.bias + 1) << f.FB;
  }
  if (x.t === INF || y.t === INF) return inf(f, x.s ^ y.s);
  const rm = rmodeOf(fpcr);
  const pm = x.t === ZERO || y.t === ZERO ? 0n : x.m * y.m;
  // 2 + p or (3 + p) / 2 exactly
  const ep = x.e + y.e;
  const [P, C, e] = align(x.s ^ y.s, pm, ep, 0, three ? 3n : 2n, 0);
  const v = P + C;
  if (v === 0n) return zero(f, rm === RM ? 1 : 0);
  const ee = three ? e - 1 : e;
  return v < 0n ? round(f, 1, -v, ee, rm, fpcr) : round(f, 0, v, ee, rm, fpcr);
}

function recipEstimateInt(a: number): number {
  a = a * 2 + 1;
  const b = Math.floor((1 << 19) / a);
  return (b + 1) >> 1;
}
function rsqrtEstimateInt(a0: number): number {
  let a = a0;
  if (a < 256) a = a * 2 + 1; else { a = (a >> 1) << 1; a = (a + 1) * 2; }
  let b = 512;
  while (a * (b + 1) * (b + 1) < 2 ** 28) b++;
  return (b + 1) >> 1;
}

function frecpe(f: Fmt, a: bigint, fpcr: number): bigint {
  const x = unpack(f, a, fpcr);
  if (isNaN_(x)) return processNaN(f, x, fpcr);
  if (x.t === INF) return zero(f, x.s);
  if (x.t === ZERO) { fx |= DZC; return inf(f, x.s); }
  const L = bitLength(x.m), ex = x.e + L - 1; // |value| in [2^ex, 2^(ex+1))
  if (ex < (f.N === 16 ? -16 : f.N === 32 ? -128 : -1024)) { // |value| < 2^-16 / 2^-128 / 2^-1024: the reciprocal overflows
    const rm = rmodeOf(fpcr);
    const toInf = rm === RN || (rm === RP && x.s === 0) || (rm === RM && x.s === 1);
    fx |= OFC | IXC;
    return toInf ? inf(f, x.s) : (x.s ? f.signBit : 0n) | f.maxNormal;
  }
  if (fzOf(f, fpcr) && ex >= (f.N === 16 ? 14 : f.N === 32 ? 126 : 1022)) { fx |= UFC; return zero(f, x.s); }
  // 52-bit fraction and biased exponent as in the pseudocode
  let fraction = (a & f.fmask) << (52n - f.FB);
  let exp = Number((a >> f.FB) & BigInt(f.emax));
  if (exp === 0) {
    if (((fraction >> 51n) & 1n) === 0n) { exp = -1; fraction = (fraction & ((1n << 50n) - 1n)) << 2n; }
    else fraction = (fraction & ((1n << 51n) - 1n)) << 1n;
  }
  const scaled = 256 + Number((fraction >> 44n) & 255n);
  let rexp = (f.N === 16 ? 29 : f.N === 32 ? 253 : 2045) - exp;
  const est = recipEstimateInt(scaled);
  let frac = BigInt(est & 255) << 44n;
  if (rexp === 0) frac = (1n << 51n) | (frac >> 1n);
  else if (rexp === -1) { frac = (1n << 50n) | (frac >> 2n); rexp = 0; }
  const fr = frac >> (52n - f.FB);
  return (x.s ? f.signBit : 0n) | (BigInt(rexp & f.emax) << f.FB) | fr;
}

function frsqrte(f: Fmt, a: bigint, fpcr: number): bigint {
  const x = unpack(f, a, fpcr);
  if (isNaN_(x)) return processNaN(f, x, fpcr);
  if (x.t === ZERO) { fx |= DZC; return inf(f, x.s); }
  if (x.s === 1) { fx |= IOC; return f.defNaN; }
  if (x.t === INF) return 0n;
  let fraction = (a & f.fmask) << (52n - f.FB);
  let exp = Number((a >> f.FB) & BigInt(f.emax));
  if (exp === 0) {
    while (((fraction >> 51n) & 1n) === 0n) { fraction = (fraction << 1n) & ((1n << 52n) - 1n); exp--; }
    fraction = (fraction << 1n) & ((1n << 52n) - 1n);
  }
  const scaled = (exp & 1) === 0 ? 256 + Number((fraction >> 44n) & 255n) : 128 + Number((fraction >> 45n) & 127n);
  const rexp = Math.floor(((f.N === 16 ? 44 : f.N === 32 ? 380 : 3068) - exp) / 2);
  const est = rsqrtEstimateInt(scaled);
  return (BigInt(rexp & f.emax) << f.FB) | (BigInt(est & 255) << (f.FB - 8n));
}

function frecpx(f: Fmt, a: bigint, fpcr: number): bigint {
  const x = unpack(f, a, fpcr);
  if (isNaN_(x)) return processNaN(f, x, fpcr);
  const exp = Number((a >> f.FB) & BigInt(f.emax));
  const sign = a & f.signBit;
  if (exp === 0) return sign | (BigInt(f.emax - 1) << f.FB);
  return sign | (BigInt(~exp & f.emax) << f.FB);
}

/** Element operation of the three-same group. acc = Vd element (FMLA/FMLS). */
function v3op(f: Fmt, key: number, p: bigint, q: bigint, acc: bigint, fpcr: number): bigint {
  switch (key) {
    case 24: return fminmax(f, p, q, true, true, fpcr);
    case 32 + 24: return fminmax(f, p, q, false, true, fpcr);
    case 25: return fmuladd(f, acc, p, q, fpcr);
    case 32 + 25: return fmuladd(f, acc, p ^ f.signBit, q, fpcr);
    case 26: return fadd(f, p, q, 0, fpcr);
    case 32 + 26: return fadd(f, p, q, 1, fpcr);
    case 96 + 26: return fadd(f, p, q, 1, fpcr) & ~f.signBit;
    case 27: return fmulx(f, p, q, fpcr);
    case 64 + 27: return fmul(f, p, q, fpcr);
    case 28: return cmpOp(f, p, q, 0, fpcr) ? f.all : 0n;
    case 64 + 28: return cmpOp(f, p, q, 1, fpcr) ? f.all : 0n;
    case 96 + 28: return cmpOp(f, p, q, 2, fpcr) ? f.all : 0n;
    case 64 + 29: return cmpOp(f, p & ~f.signBit, q & ~f.signBit, 1, fpcr) ? f.all : 0n;
    case 96 + 29: return cmpOp(f, p & ~f.signBit, q & ~f.signBit, 2, fpcr) ? f.all : 0n;
    case 30: return fminmax(f, p, q, true, false, fpcr);
    case 32 + 30: return fminmax(f, p, q, false, false, fpcr);
    case 31: return recipStep(f, p, q, false, fpcr);
    case 32 + 31: return recipStep(f, p, q, true, fpcr);
    case 64 + 31: return fdiv(f, p, q, fpcr);
    // pairwise ops use their element operation
    case 64 + 24: return fminmax(f, p, q, true, true, fpcr);
    case 96 + 24: return fminmax(f, p, q, false, true, fpcr);
    case 64 + 26: return fadd(f, p, q, 0, fpcr);
    case 64 + 30: return fminmax(f, p, q, true, false, fpcr);
    case 96 + 30: return fminmax(f, p, q, false, false, fpcr);
  }
  return 0n;
}

function v2op(f: Fmt, key: number, p: bigint, fpcr: number): bigint {
  const bits = f.N;
  switch (key) {
    case 24: return frint(f, p, RN, false, fpcr);
    case 32 + 24: return frint(f, p, RP, false, fpcr);
    case 25: return frint(f, p, RM, false, fpcr);
    case 32 + 25: return frint(f, p, RZ, false, fpcr);
    case 64 + 24: return frint(f, p, RA, false, fpcr);
    case 64 + 25: return frint(f, p, rmodeOf(fpcr), true, fpcr);
    case 96 + 25: return frint(f, p, rmodeOf(fpcr), false, fpcr);
    case 26: case 64 + 26: return toFixed(f, p, 0, key >= 64, RN, bits, fpcr);
    case 32 + 26: case 96 + 26: return toFixed(f, p, 0, key >= 64, RP, bits, fpcr);
    case 27: case 64 + 27: return toFixed(f, p, 0, key >= 64, RM, bits, fpcr);
    case 32 + 27: case 96 + 27: return toFixed(f, p, 0, key >= 64, RZ, bits, fpcr);
    case 28: case 64 + 28: return toFixed(f, p, 0, key >= 64, RA, bits, fpcr);
    case 29: return fromFixed(f, BigInt.asIntN(bits, p), 0, rmodeOf(fpcr), fpcr);
    case 64 + 29: return fromFixed(f, p, 0, rmodeOf(fpcr), fpcr);
    case 32 + 29: return frecpe(f, p, fpcr);
    case 96 + 29: return frsqrte(f, p, fpcr);
    case 32 + 12: return cmpOp(f, p, 0n, 2, fpcr) ? f.all : 0n;
    case 32 + 13: return cmpOp(f, p, 0n, 0, fpcr) ? f.all : 0n;
    case 32 + 14: return cmpOp(f, 0n, p, 2, fpcr) ? f.all : 0n;
    case 96 + 12: return cmpOp(f, p, 0n, 1, fpcr) ? f.all : 0n;
    case 96 + 13: return cmpOp(f, 0n, p, 1, fpcr) ? f.all : 0n;
    case 32 + 15: return p & ~f.signBit;
    case 96 + 15: return p ^ f.signBit;
    case 96 + 31: return fsqrt(f, p, fpcr);
    case 32 + 31: return frecpx(f, p, fpcr);
  }
  return 0n;
}

function execVector(r: Int32Array, kind: number, f: Fmt, sub: number, more: number, d: number, n: number, m: number, b: number, fpcr: number): void {
  const q = more & 1, scalar = (more & 2) !== 0;
  const es = f.N;
  const elems = scalar ? 1 : (q ? 128 : 64) / es;
  clearTmp();
  switch (kind) {
    case K.V3: {
      const pairwise = sub === 64 + 24 || sub === 96 + 24 || sub === 64 + 26 || sub === 64 + 30 || sub === 96 + 30;
      for (let e = 0; e < elems; e++) {
        let p: bigint, qq: bigint;
        if (pairwise) {
          const half = elems >> 1;
          const src = e < half ? n : m, k = (e < half ? e : e - half) * 2;
          p = getE(r, src, es, k); qq = getE(r, src, es, k + 1);
        } else { p = getE(r, n, es, e); qq = getE(r, m, es, e); }
        putE(tmp, es, e, v3op(f, sub, p, qq, getE(r, d, es, e), fpcr));
      }
      break;
    }
    case K.V2:
      for (let e = 0; e < elems; e++) putE(tmp, es, e, v2op(f, sub, getE(r, n, es, e), fpcr));
      break;
    case K.VELEM: {
      const el = getE(r, m, es, b);
      const key = sub === 1 ? 25 : sub === 5 ? 32 + 25 : sub === 9 ? 64 + 27 : 27; // FMLA FMLS FMUL FMULX
      for (let e = 0; e < elems; e++) putE(tmp, es, e, v3op(f, key, getE(r, n, es, e), el, getE(r, d, es, e), fpcr));
      break;
    }
    case K.VACROSS: {
      // Reduce(): the lower and upper halves recursively, then op(lower, upper)
      const max = (sub & 32) === 0, nm = (sub & 31) === 12;
      const reduce = (lo: number, cnt: number): bigint => cnt === 1 ? getE(r, n, es, lo)
        : fminmax(f, reduce(lo, cnt >> 1), reduce(lo + (cnt >> 1), cnt >> 1), max, nm, fpcr);
      putE(tmp, es, 0, reduce(0, elems));
      break;
    }
    case K.VPAIR: {
      const p = getE(r, n, es, 0), qq = getE(r, n, es, 1);
      const op = sub & 31, max = (sub & 32) === 0;
      putE(tmp, es, 0, op === 13 ? fadd(f, p, qq, 0, fpcr) : fminmax(f, p, qq, max, op === 12, fpcr));
      break;
    }
    case K.VFIX: {
      const u = sub >> 6, op = sub & 31;
      for (let e = 0; e < elems; e++) {
        const p = getE(r, n, es, e);
        const res = op === 31 ? toFixed(f, p, b, u === 1, RZ, es, fpcr)
          : fromFixed(f, u ? p : BigInt.asIntN(es, p), b, rmodeOf(fpcr), fpcr);
        putE(tmp, es, e, res);
      }
      break;
    }
    case K.VCVTNL: {
      if (sub === 2) { // FCVTL/FCVTL2: sz = 0 half -> single, 1 single -> double; Q picks the source half
        const src = f === S ? H : S, dst = f === S ? S : D;
        const cnt = 128 / dst.N, base = q ? cnt : 0;
        for (let e = 0; e < cnt; e++) putE(tmp, dst.N, e, fconvert(src, dst, getE(r, n, src.N, base + e), rmodeOf(fpcr), fpcr));
      } else { // FCVTN / FCVTXN: wide -> narrow
        const src = f === S ? S : D, dst = f === S ? H : S;
        const cnt = scalar ? 1 : 128 / src.N;
        const res: bigint[] = [];
        for (let e = 0; e < cnt; e++) res.push(fconvert(src, dst, getE(r, n, src.N, e), sub === 1 ? RO : rmodeOf(fpcr), fpcr));
        if (q && !scalar) { // FCVTN2: keep the lower half
          const base = VREGS + d * 4;
          tmp[0] = r[base]; tmp[1] = r[base + 1];
        }
        const off = q && !scalar ? cnt : 0;
        for (let e = 0; e < cnt; e++) putE(tmp, dst.N, off + e, res[e]);
      }
      break;
    }
  }
  writeV(r, d, tmp);
}

// ---- fast paths ------------------------------------------------------------------------------
// FADD/FSUB/FMUL/FDIV in round-to-nearest with normal operands and a normal result, on host
// doubles: the host rounds exactly as FPRound does, and the only flag such an operation can raise
// is Inexact, decided with an exact error term (two-sum / Dekker's two-product). Everything else
// (NaNs, infinities, zeros, denormals, overflow, underflow, other rounding modes) takes the exact
// BigInt path above. Single precision: double rounding through a double is innocuous for + - * /
// (53 >= 2 * 24 + 2), and products and quotient checks of singles are exact in a double.

/** Test hook: the fast paths can be switched off to compare against the exact path. */
export const fastPath = { on: true };

const fbuf = new Float64Array(1);
const ibuf = new Int32Array(fbuf.buffer);
const SPLIT = 134217729; // 2^27 + 1

/** Dekker: the exact error of the double product a * b = p (no overflow/underflow assumed). */
function prodErr(a: number, b: number, p: number): number {
  let c = SPLIT * a;
  const ah = c - (c - a), al = a - ah;
  c = SPLIT * b;
  const bh = c - (c - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

function fastTwoD(r: Int32Array, op: number, d: number, n: number, m: number): boolean {
  const bn = VREGS + n * 4, bm = VREGS + m * 4;
  const hn = r[bn + 1], hm = r[bm + 1];
  const en = (hn >>> 20) & 0x7ff, em = (hm >>> 20) & 0x7ff;
  if (en === 0 || en === 0x7ff || em === 0 || em === 0x7ff) return false;
  ibuf[0] = r[bn]; ibuf[1] = hn;
  const a = fbuf[0];
  ibuf[0] = r[bm]; ibuf[1] = hm;
  const b = fbuf[0];
  let res: number, inexact: boolean;
  if (op >= 2) {
    const bb = op === 3 ? -b : b;
    res = a + bb;
    const v = res - a;
    inexact = (a - (res - v)) + (bb - v) !== 0;
  } else {
    // keep Dekker's splits and error terms clear of overflow and underflow
    if (en < 1023 - 450 || en > 1023 + 450 || em < 1023 - 450 || em > 1023 + 450) return false;
    if (op === 0) { res = a * b; inexact = prodErr(a, b, res) !== 0; }
    else { res = a / b; const p = res * b; inexact = p !== a || prodErr(res, b, p) !== 0; }
  }
  fbuf[0] = res;
  const lo = ibuf[0], hi = ibuf[1];
  const er = (hi >>> 20) & 0x7ff;
  if (er <= 1 || er === 0x7ff) return false; // (tininess is judged before rounding: stay clear of it)
  const bd = VREGS + d * 4;
  r[bd] = lo; r[bd + 1] = hi; r[bd + 2] = 0; r[bd + 3] = 0;
  if (inexact) r[FPSR] |= IXC;
  return true;
}

const f32buf = new Float32Array(1);
const i32buf = new Int32Array(f32buf.buffer);

function fastTwoS(r: Int32Array, op: number, d: number, n: number, m: number): boolean {
  const wn = r[VREGS + n * 4], wm = r[VREGS + m * 4];
  const en = (wn >>> 23) & 0xff, em = (wm >>> 23) & 0xff;
  if (en === 0 || en === 0xff || em === 0 || em === 0xff) return false;
  i32buf[0] = wn;
  const a = f32buf[0];
  i32buf[0] = wm;
  const b = f32buf[0];
  let res: number, inexact: boolean;
  if (op >= 2) {
    const bb = op === 3 ? -b : b;
    const sum = a + bb;
    const v = sum - a;
    const err = (a - (sum - v)) + (bb - v);
    res = Math.fround(sum);
    inexact = err !== 0 || res !== sum;
  } else if (op === 0) {
    const p = a * b; // exact
    res = Math.fround(p);
    inexact = res !== p;
  } else {
    res = Math.fround(a / b);
    inexact = res * b !== a; // exact product of two singles
  }
  f32buf[0] = res;
  const w = i32buf[0];
  const er = (w >>> 23) & 0xff;
  if (er <= 1 || er === 0xff) return false;
  const bd = VREGS + d * 4;
  r[bd] = w; r[bd + 1] = 0; r[bd + 2] = 0; r[bd + 3] = 0;
  if (inexact) r[FPSR] |= IXC;
  return true;
}

/**
 * Test hook: FADD/FSUB/FMUL/FDIV (op 2/3/0/1) of size 0 (single) or 1 (double) on raw bits,
 * through the fast path when `fast` (if it applies) or the exact path: [result bits, FPSR flags].
 */
export function binaryOpForTest(size: number, op: number, a: bigint, b: bigint, fpcr: number, fast: boolean): [bigint, number] {
  const r = new Int32Array(VREGS + 128 + 8);
  const f = FMTS[size] as Fmt;
  setScalar(r, 1, f.N, a);
  setScalar(r, 2, f.N, b);
  if (fast && (fpcr & 0x00c00000) === 0 && (size === 1 ? fastTwoD(r, op, 0, 1, 2) : fastTwoS(r, op, 0, 1, 2))) {
    return [getE(r, 0, f.N, 0), r[FPSR]];
  }
  fx = 0;
  const res = two(f, op, a, b, fpcr);
  return [res, fx];
}
