/**
 * randgen-ext.ts — random differential corpus for the optional Advanced SIMD/FP features of
 * `-cpu max`: FEAT_FP16 (half-precision data processing, scalar and vector), FEAT_DotProd
 * (SDOT/UDOT) and FEAT_RDM (SQRDMLAH/SQRDMLSH), plus base encodings that came with them (FMOV
 * vector immediate, the scalar by-element SQDMULH/SQRDMULH/SQDMLAL/SQDMLSL/SQDMULL).
 *
 * Usage:  npx tsx scripts/randgen-ext.ts [--out test/simd-ext] [--count 100] [--seed 1] [--blocks 64]
 * (scripts/make-random-ext.sh runs this, assembles/links every program and records the QEMU
 *  goldens, -cpu max, in test/golden/simd-ext/eNNN.out.)  Same arguments -> byte-identical files.
 *
 * PROGRAM SHAPE: as scripts/randgen-fp.ts (same harness, ext-harness.inc). Each block loads
 *   x0..x15, FPCR (random RMode, FZ, FZ16, DN, AHP), NZCV and V0..V31 from its seed table, runs 16
 *   random instructions (instruction k writes V(16+k), x_k or NZCV) and records FPSR|NZCV after
 *   each one (cumulative IOC..IDC and QC), then dumps "<V(16+k)> <x_k> <flags_k>" per instruction.
 *   Sources are V0..V15 (seeded with half-precision NaNs, infinities, zeros, denormals, extreme
 *   and random values, integer saturation boundaries) or earlier results V16..V(16+k-1).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

class Rng {
  private a: number; private b: number; private c: number; private d: number;
  constructor(seed: number) {
    let s = seed >>> 0;
    const sm = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    for (let i = 0; i < 16; i++) this.u32();
  }
  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }
  int(n: number): number { return Math.floor((this.u32() / 4294967296) * n); }
  range(lo: number, hi: number): number { return lo + this.int(hi - lo + 1); }
  bool(p = 0.5): boolean { return this.u32() / 4294967296 < p; }
  pick<T>(a: readonly T[]): T { return a[this.int(a.length)]; }
  u64(): bigint { return (BigInt(this.u32()) << 32n) | BigInt(this.u32()); }
  big(bits: number): bigint { return this.u64() & ((1n << BigInt(bits)) - 1n); }
}

// ---------------------------------------------------------------- operand values
interface FmtG { N: number; E: number; F: number; bias: number }
const GS: FmtG = { N: 32, E: 8, F: 23, bias: 127 };
const GD: FmtG = { N: 64, E: 11, F: 52, bias: 1023 };
const GH: FmtG = { N: 16, E: 5, F: 10, bias: 15 };

function mk(f: FmtG, s: number, exp: number, frac: bigint): bigint {
  return (BigInt(s) << BigInt(f.N - 1)) | (BigInt(exp) << BigInt(f.F)) | (frac & ((1n << BigInt(f.F)) - 1n));
}
/** An "interesting" value of format f, as bits. */
function fpValue(r: Rng, f: FmtG): bigint {
  const emax = (1 << f.E) - 1;
  const s = r.int(2);
  const F = f.F;
  const rf = (): bigint => r.big(F);
  switch (r.int(16)) {
    case 0: return mk(f, s, 0, 0n); // zero
    case 1: return mk(f, s, emax, 0n); // inf
    case 2: return mk(f, s, emax, (1n << BigInt(F - 1)) | (r.bool() ? 0n : rf())); // qNaN
    case 3: { let fr = rf() & ((1n << BigInt(F - 1)) - 1n); if (fr === 0n) fr = 1n; return mk(f, s, emax, fr); } // sNaN
    case 4: return mk(f, s, 0, r.bool(0.3) ? r.pick([1n, (1n << BigInt(F)) - 1n, 1n << BigInt(F - 1)]) : rf()); // denormal
    case 5: return mk(f, s, r.pick([1, 2, emax - 1, emax - 2]), r.bool() ? rf() : r.pick([0n, (1n << BigInt(F)) - 1n])); // extremes
    case 6: { // integer-ish values near conversion boundaries
      const e = r.pick([0, 1, 15, 16, 31, 32, 52, 53, 63, 64, r.range(0, 70)]);
      const exp = f.bias + e;
      if (exp >= emax) return mk(f, s, emax - 1, rf());
      return mk(f, s, exp, r.pick([0n, (1n << BigInt(F)) - 1n, rf(), 1n, (1n << BigInt(F)) - 2n]));
    }
    case 7: { // small values: halves, quarters (rounding ties)
      const v = r.range(0, 40) / 4 + (r.bool(0.2) ? 0.125 : 0);
      return fromNumber(f, s ? -v : v);
    }
    case 8: case 9: case 10: // moderate magnitudes
      return mk(f, s, f.bias + r.range(-8, 8), rf());
    case 11: // exponents near the denormal boundary (results underflow)
      return mk(f, s, r.range(1, Math.min(60, emax - 1)), rf());
    case 12: // near overflow
      return mk(f, s, r.range(emax - 40 > 1 ? emax - 40 : 1, emax - 1), rf());
    case 13: // few significant bits (exact products, cancellation)
      return mk(f, s, Math.max(1, Math.min(emax - 1, f.bias + r.range(-20, 20))), rf() & ~((1n << BigInt(F - r.range(1, 8))) - 1n));
    default: return r.big(f.N); // anything
  }
}
function fromNumber(f: FmtG, v: number): bigint {
  const dv = new DataView(new ArrayBuffer(8));
  if (f.N === 64) { dv.setFloat64(0, v, true); return dv.getBigUint64(0, true); }
  if (f.N === 32) { dv.setFloat32(0, v, true); return BigInt(dv.getUint32(0, true)); }
  // half: via exact construction for small quarter values
  if (v === 0) return Object.is(v, -0) ? 0x8000n : 0n;
  const s = v < 0 ? 1 : 0; let a = Math.abs(v); let e = 0;
  while (a >= 2) { a /= 2; e++; }
  while (a < 1) { a *= 2; e--; }
  return mk(f, s, e + f.bias, BigInt(Math.round((a - 1) * 1024)));
}
/** A 64-bit lane group: mostly four halves, sometimes singles/doubles or integer patterns. */
function lo64(r: Rng): bigint {
  switch (r.int(8)) {
    case 0: return fpValue(r, GD);
    case 1: return (fpValue(r, GS) << 32n) | fpValue(r, GS);
    case 2: { // integer lanes near the saturation boundaries (RDM, dot product)
      const size = r.pick([16, 32, 8]);
      let v = 0n;
      for (let k = 0; k < 64 / size; k++) {
        const B = BigInt(size), top = 1n << (B - 1n);
        const lane = r.pick([top, top - 1n, top + 1n, (1n << B) - 1n, 0n, 1n, r.big(size), r.big(size), r.big(3), (1n << B) - r.big(3)]);
        v |= (lane & ((1n << B) - 1n)) << BigInt(k * size);
      }
      return v;
    }
    case 3: return r.u64();
    default: {
      let v = 0n;
      for (let k = 0; k < 4; k++) v |= fpValue(r, GH) << BigInt(16 * k);
      return v;
    }
  }
}
function vregSeed(r: Rng): bigint { return (lo64(r) << 64n) | lo64(r); }
function xSeed(r: Rng): bigint {
  switch (r.int(7)) {
    case 0: return r.pick([0n, 1n, 0xffffffffffffffffn, 0x7fffffffn, 0x80000000n, 0xffffffff80000000n, 0xffffffffn,
      0x7fffffffffffffffn, 0x8000000000000000n, 65504n, 65519n, 65520n, 0xffffn, 0x8000n, 0x7fffn, 2048n, 2049n, 4097n]);
    case 1: return BigInt.asUintN(64, BigInt(r.range(-70000, 70000)));
    case 2: return r.big(r.range(1, 64));
    case 3: return BigInt.asUintN(64, -r.big(r.range(1, 63)));
    case 4: return fpValue(r, GH) | (r.bool() ? 0n : r.big(48) << 16n); // FMOV H <- W/X
    default: return r.u64();
  }
}

// ---------------------------------------------------------------- instructions
interface Gen { w: number; cls: string }
type ClassFn = (r: Rng, k: number) => Gen;

const src = (r: Rng, k: number): number => (k > 0 && r.bool(0.2) ? 16 + r.int(k) : r.int(16));
/** A source among V0..V15 only (by-element Rm of H lanes is 4 bits). */
const src16 = (r: Rng, k: number): number => { const v = src(r, k); return v < 16 ? v : r.int(16); };

// [U, a, opcode] as in randgen-fp.ts: the FP16 groups use the same opcode numbering
const V3_KEYS: [number, number, number][] = [
  [0, 0, 0], [0, 1, 0], [1, 0, 0], [1, 1, 0], [0, 0, 1], [0, 1, 1], [0, 0, 2], [0, 1, 2], [1, 0, 2], [1, 1, 2],
  [0, 0, 3], [1, 0, 3], [0, 0, 4], [1, 0, 4], [1, 1, 4], [1, 0, 5], [1, 1, 5], [0, 0, 6], [0, 1, 6], [1, 0, 6], [1, 1, 6],
  [0, 0, 7], [0, 1, 7], [1, 0, 7],
];
const V3S_KEYS: [number, number, number][] = [[0, 0, 3], [0, 0, 4], [1, 0, 4], [1, 1, 4], [1, 0, 5], [1, 1, 5], [1, 1, 2], [0, 0, 7], [0, 1, 7]];
const V2_KEYS: [number, number, number][] = [
  [0, 0, 24], [0, 1, 24], [0, 0, 25], [0, 1, 25], [1, 0, 24], [1, 0, 25], [1, 1, 25],
  [0, 0, 26], [0, 1, 26], [0, 0, 27], [0, 1, 27], [0, 0, 28], [1, 0, 26], [1, 1, 26], [1, 0, 27], [1, 1, 27], [1, 0, 28],
  [0, 0, 29], [1, 0, 29], [0, 1, 29], [1, 1, 29], [0, 1, 12], [0, 1, 13], [0, 1, 14], [1, 1, 12], [1, 1, 13],
  [0, 1, 15], [1, 1, 15], [1, 1, 31],
];
const V2S_KEYS: [number, number, number][] = [
  [0, 0, 26], [0, 1, 26], [0, 0, 27], [0, 1, 27], [0, 0, 28], [1, 0, 26], [1, 1, 26], [1, 0, 27], [1, 1, 27], [1, 0, 28],
  [0, 0, 29], [1, 0, 29], [0, 1, 29], [1, 1, 29], [0, 1, 31], [0, 1, 12], [0, 1, 13], [0, 1, 14], [1, 1, 12], [1, 1, 13],
];
const HT = 3 << 22; // ftype = 11

const CLASSES: [string, number, ClassFn][] = [
  // ---- FEAT_FP16, scalar (ftype = 11)
  ['h_fmov_imm', 2, (r, k) => ({ cls: 'h_fmov_imm', w: 0x1e201000 | HT | (r.int(256) << 13) | (16 + k) })],
  ['h_fp1', 8, (r, k) => {
    const op = r.pick([1, 2, 3, 3, 8, 9, 10, 11, 12, 14, 15]);
    return { cls: 'h_fp1', w: 0x1e204000 | HT | (op << 15) | (src(r, k) << 5) | (16 + k) };
  }],
  ['h_fcvt', 4, (r, k) => { // FCVT to/from half (base FP): FZ16 and AHP must not leak in, FZ must
    const [t, dst] = r.pick([[3, 0], [3, 1], [0, 3], [1, 3]]);
    return { cls: 'h_fcvt', w: 0x1e204000 | (t << 22) | ((4 | dst) << 15) | (src(r, k) << 5) | (16 + k) };
  }],
  ['h_fp2', 14, (r, k) => {
    const op = r.pick([0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8]);
    return { cls: 'h_fp2', w: 0x1e200800 | HT | (src(r, k) << 16) | (op << 12) | (src(r, k) << 5) | (16 + k) };
  }],
  ['h_fp3', 10, (r, k) => ({ cls: 'h_fp3', w: 0x1f000000 | HT | (r.int(2) << 21) | (src(r, k) << 16) | (r.int(2) << 15) | (src(r, k) << 10) | (src(r, k) << 5) | (16 + k) })],
  ['h_fcmp', 4, (r, k) => {
    const opc = r.pick([0, 8, 16, 24]);
    return { cls: 'h_fcmp', w: 0x1e202000 | HT | ((opc & 8 ? 0 : src(r, k)) << 16) | (src(r, k) << 5) | opc };
  }],
  ['h_fccmp', 3, (r, k) => ({ cls: 'h_fccmp', w: 0x1e200400 | HT | (src(r, k) << 16) | (r.int(16) << 12) | (src(r, k) << 5) | (r.int(2) << 4) | r.int(16) })],
  ['h_fcsel', 2, (r, k) => ({ cls: 'h_fcsel', w: 0x1e200c00 | HT | (src(r, k) << 16) | (r.int(16) << 12) | (src(r, k) << 5) | (16 + k) })],
  ['h_fcvt_int', 8, (r, k) => {
    const [rmode, op] = r.pick([[0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1], [3, 0], [3, 1], [3, 0], [3, 1], [0, 4], [0, 5]]);
    return { cls: 'h_fcvt_int', w: (r.int(2) << 31) | 0x1e200000 | HT | (rmode << 19) | (op << 16) | (src(r, k) << 5) | k };
  }],
  ['h_cvtf_int', 4, (r, k) => ({ cls: 'h_cvtf_int', w: (r.int(2) << 31) | 0x1e200000 | HT | ((2 | r.int(2)) << 16) | (r.int(16) << 5) | (16 + k) })],
  ['h_fixed', 4, (r, k) => {
    const sf = r.int(2), scale = sf ? r.range(1, 63) : r.range(32, 63);
    if (r.bool()) return { cls: 'h_fixed', w: (sf << 31) | 0x1e000000 | HT | (3 << 19) | (r.int(2) << 16) | (scale << 10) | (src(r, k) << 5) | k };
    return { cls: 'h_fixed', w: (sf << 31) | 0x1e000000 | HT | ((2 | r.int(2)) << 16) | (scale << 10) | (r.int(16) << 5) | (16 + k) };
  }],
  ['h_fmov', 2, (r, k) => {
    switch (r.int(3)) {
      case 0: return { cls: 'h_fmov', w: 0x1e204000 | HT | (src(r, k) << 5) | (16 + k) }; // FMOV Hd, Hn
      case 1: return { cls: 'h_fmov', w: (r.int(2) << 31) | 0x1e260000 | HT | (src(r, k) << 5) | k }; // FMOV Wd/Xd, Hn
      default: return { cls: 'h_fmov', w: (r.int(2) << 31) | 0x1e270000 | HT | (r.int(16) << 5) | (16 + k) }; // FMOV Hd, Wn/Xn
    }
  }],
  // ---- FEAT_FP16, Advanced SIMD
  ['h_v3', 16, (r, k) => {
    const [u, a, op] = r.pick(V3_KEYS);
    return { cls: 'h_v3', w: 0x0e400400 | (r.int(2) << 30) | (u << 29) | (a << 23) | (src(r, k) << 16) | (op << 11) | (src(r, k) << 5) | (16 + k) };
  }],
  ['h_v3_scalar', 5, (r, k) => {
    const [u, a, op] = r.pick(V3S_KEYS);
    return { cls: 'h_v3_scalar', w: 0x5e400400 | (u << 29) | (a << 23) | (src(r, k) << 16) | (op << 11) | (src(r, k) << 5) | (16 + k) };
  }],
  ['h_v2', 12, (r, k) => {
    const [u, a, op] = r.pick(V2_KEYS);
    return { cls: 'h_v2', w: 0x0e780800 | (r.int(2) << 30) | (u << 29) | (a << 23) | (op << 12) | (src(r, k) << 5) | (16 + k) };
  }],
  ['h_v2_scalar', 6, (r, k) => {
    const [u, a, op] = r.pick(V2S_KEYS);
    return { cls: 'h_v2_scalar', w: 0x5e780800 | (u << 29) | (a << 23) | (op << 12) | (src(r, k) << 5) | (16 + k) };
  }],
  ['h_velem', 7, (r, k) => {
    const scalar = r.bool(0.3);
    const [u, op] = r.pick([[0, 1], [0, 5], [0, 9], [1, 9]]);
    const base = scalar ? 0x5f000000 : 0x0f000000 | (r.int(2) << 30);
    return { cls: 'h_velem', w: base | (u << 29) | (r.int(2) << 21) | (r.int(2) << 20) | (src16(r, k) << 16) | (op << 12) | (r.int(2) << 11) | (src(r, k) << 5) | (16 + k) };
  }],
  ['h_vacross', 4, (r, k) => ({ cls: 'h_vacross', w: 0x0e300800 | (r.int(2) << 30) | (r.int(2) << 23) | (r.pick([12, 15]) << 12) | (src(r, k) << 5) | (16 + k) })],
  ['h_vpair', 4, (r, k) => {
    const [a, op] = r.pick([[0, 12], [1, 12], [0, 13], [0, 15], [1, 15]]);
    return { cls: 'h_vpair', w: 0x5e300800 | (a << 23) | (op << 12) | (src(r, k) << 5) | (16 + k) };
  }],
  ['h_vfix', 5, (r, k) => {
    const scalar = r.bool(0.3);
    const base = scalar ? 0x5f100400 : 0x0f100400 | (r.int(2) << 30);
    const op = r.pick([28, 31]);
    // QEMU 7.2 sign-extends the scalar FCVTZS Hd, Hn, #fbits result to 32 bits (fixed in QEMU 9.1):
    // that form is checked against the vector form in test/simd-ext.test.ts instead
    const u = scalar && op === 31 ? 1 : r.int(2);
    return { cls: 'h_vfix', w: base | (u << 29) | (r.int(16) << 16) | (op << 11) | (src(r, k) << 5) | (16 + k) };
  }],
  ['h_vcvt', 3, (r, k) => { // FCVTL/FCVTL2 from half, FCVTN/FCVTN2 to half (base, FZ16 must not apply)
    const op = r.pick([22, 23]);
    return { cls: 'h_vcvt', w: 0x0e200800 | (r.int(2) << 30) | (op << 12) | (src(r, k) << 5) | (16 + k) };
  }],
  ['fmov_vimm', 3, (r, k) => { // FMOV (vector, immediate): half, single, double
    const t = r.int(3), q = t === 2 ? 1 : r.int(2);
    const imm = r.int(256);
    const w = 0x0f00f400 | (q << 30) | (t === 2 ? 1 << 29 : 0) | (t === 0 ? 1 << 11 : 0) | ((imm >> 5) << 16) | ((imm & 31) << 5) | (16 + k);
    return { cls: 'fmov_vimm', w };
  }],
  // ---- FEAT_DotProd
  ['dot', 6, (r, k) => ({ cls: 'dot', w: 0x0e809400 | (r.int(2) << 30) | (r.int(2) << 29) | (src(r, k) << 16) | (src(r, k) << 5) | (16 + k) })],
  ['dot_elem', 5, (r, k) => ({ cls: 'dot_elem', w: 0x0f80e000 | (r.int(2) << 30) | (r.int(2) << 29) | (r.int(2) << 21) | (src(r, k) << 16) | (r.int(2) << 11) | (src(r, k) << 5) | (16 + k) })],
  // ---- FEAT_RDM
  ['rdm', 6, (r, k) => {
    const scalar = r.bool(0.3), size = r.range(1, 2);
    const base = scalar ? 0x7e008400 : 0x2e008400 | (r.int(2) << 30);
    return { cls: 'rdm', w: base | (size << 22) | (src(r, k) << 16) | (r.int(2) << 11) | (src(r, k) << 5) | (16 + k) };
  }],
  ['rdm_elem', 6, (r, k) => {
    const scalar = r.bool(0.3), size = r.range(1, 2);
    const base = scalar ? 0x7f00d000 : 0x2f00d000 | (r.int(2) << 30);
    const rm = size === 1 ? src16(r, k) : src(r, k); // size H: Rm is 4 bits, M is an index bit
    const M = size === 1 ? r.int(2) : rm >> 4;
    return { cls: 'rdm_elem', w: base | (size << 22) | (r.int(2) << 21) | (M << 20) | ((rm & 15) << 16) | (r.int(2) << 13) | (r.int(2) << 11) | (src(r, k) << 5) | (16 + k) };
  }],
  // ---- base: scalar SQDMLAL/SQDMLSL/SQDMULL/SQDMULH/SQRDMULH by element
  ['sqdm_elem', 4, (r, k) => {
    const size = r.range(1, 2), op = r.pick([3, 7, 11, 12, 13]);
    const rm = size === 1 ? src16(r, k) : src(r, k);
    const M = size === 1 ? r.int(2) : rm >> 4;
    return { cls: 'sqdm_elem', w: 0x5f000000 | (size << 22) | (r.int(2) << 21) | (M << 20) | ((rm & 15) << 16) | (op << 12) | (r.int(2) << 11) | (src(r, k) << 5) | (16 + k) };
  }],
];
const TOTAL_W = CLASSES.reduce((s, c) => s + c[1], 0);
function pickClass(r: Rng): ClassFn {
  let x = r.int(TOTAL_W);
  for (const c of CLASSES) { if (x < c[1]) return c[2]; x -= c[1]; }
  return CLASSES[0][2];
}

// ---------------------------------------------------------------- program text
const HARNESS = `// ext-harness.inc — generated by scripts/randgen-ext.ts; do not edit.
// x27 = save area: [0..255] V16..V31, [256..383] x0..x15, [384..511] per-instruction flags, [512] dump counter
	.global _start
_start:
	mov x0, #(3 << 20)
	msr cpacr_el1, x0
	isb
	adrp x27, save_area
	add x27, x27, :lo12:save_area
	str xzr, [x27, #512]
	b body

dump:
	str q16, [x27, #0]
	str q17, [x27, #16]
	str q18, [x27, #32]
	str q19, [x27, #48]
	str q20, [x27, #64]
	str q21, [x27, #80]
	str q22, [x27, #96]
	str q23, [x27, #112]
	str q24, [x27, #128]
	str q25, [x27, #144]
	str q26, [x27, #160]
	str q27, [x27, #176]
	str q28, [x27, #192]
	str q29, [x27, #208]
	str q30, [x27, #224]
	str q31, [x27, #240]
	stp x0, x1, [x27, #256]
	stp x2, x3, [x27, #272]
	stp x4, x5, [x27, #288]
	stp x6, x7, [x27, #304]
	stp x8, x9, [x27, #320]
	stp x10, x11, [x27, #336]
	stp x12, x13, [x27, #352]
	stp x14, x15, [x27, #368]
	mov x24, x30
	mov x9, #0x09000000
	adr x0, s_hdr
	bl puts
	ldr x19, [x27, #512]
	mov x0, x19
	bl putdec3
	mov w0, #10
	strb w0, [x9]
	add x19, x19, #1
	str x19, [x27, #512]
	mov x19, #0
2:	add x20, x27, x19, lsl #4
	ldr x0, [x20, #8]
	bl puthex16
	ldr x0, [x20]
	bl puthex16
	mov w0, #' '
	strb w0, [x9]
	add x20, x27, x19, lsl #3
	ldr x0, [x20, #256]
	bl puthex16
	mov w0, #' '
	strb w0, [x9]
	ldr x0, [x20, #384]
	bl puthex8
	mov w0, #10
	strb w0, [x9]
	add x19, x19, #1
	cmp x19, #16
	b.ne 2b
	ret x24

// leaf helpers: x9 = UART data register; clobber x0, x10-x12
puts:
	ldrb w10, [x0], #1
	cbz w10, 1f
	strb w10, [x9]
	b puts
1:	ret
puthex16:
	mov x11, #60
	b 1f
puthex8:
	mov x11, #28
1:	lsr x10, x0, x11
	and x10, x10, #15
	cmp x10, #10
	add x12, x10, #'0'
	add x10, x10, #('a' - 10)
	csel x10, x12, x10, lo
	strb w10, [x9]
	subs x11, x11, #4
	b.pl 1b
	ret
putdec3:
	mov x10, #100
	udiv x11, x0, x10
	msub x0, x11, x10, x0
	add x11, x11, #'0'
	strb w11, [x9]
	mov x10, #10
	udiv x11, x0, x10
	msub x0, x11, x10, x0
	add x11, x11, #'0'
	strb w11, [x9]
	add x0, x0, #'0'
	strb w0, [x9]
	ret

finish:
	mov x9, #0x09000000
	adr x0, s_end
	bl puts
	mov w0, #0x20
	adr x1, exit_blk
	hlt #0xf000
	b .

	.section .rodata
s_hdr:	.asciz "== "
s_end:	.asciz "== end\\n"
	.balign 8
exit_blk:
	.quad 0x20026, 0

	.bss
	.balign 4096
save_area:
	.skip 0x1000
	.text
`;
const hex = (v: bigint, digits: number): string => '0x' + v.toString(16).padStart(digits, '0');

function program(seed: number, blocks: number): { text: string; random: number; setup: number; classes: Record<string, number> } {
  const r = new Rng(seed);
  const body: string[] = ['\t.include "ext-harness.inc"', '\t.text', 'body:'];
  const data: string[] = ['\t.section .rodata', '\t.balign 16'];
  const classes: Record<string, number> = {};
  let random = 0, setup = 0;
  for (let b = 0; b < blocks; b++) {
    body.push(`\tadr x1, seed${b}`);
    for (let q = 0; q < 32; q++) body.push(`\tldr q${q}, [x1, #${144 + q * 16}]`);
    body.push('\tldr x2, [x1, #128]', '\tmsr fpcr, x2', '\tldr x2, [x1, #136]', '\tmsr nzcv, x2', '\tmsr fpsr, xzr');
    for (let x = 2; x < 16; x += 2) body.push(`\tldp x${x}, x${x + 1}, [x1, #${x * 8}]`);
    body.push('\tldp x0, x1, [x1]');
    for (let k = 0; k < 16; k++) {
      const g = pickClass(r)(r, k);
      classes[g.cls] = (classes[g.cls] ?? 0) + 1;
      random++;
      body.push(`\t.inst 0x${(g.w >>> 0).toString(16).padStart(8, '0')}`);
      body.push('\tmrs x25, fpsr', '\tmrs x26, nzcv', '\torr x25, x25, x26', `\tstr x25, [x27, #${384 + 8 * k}]`, '\tmsr fpsr, xzr');
      setup += 5;
    }
    body.push('\tbl dump');
    // seed table
    data.push(`seed${b}:`);
    for (let x = 0; x < 16; x++) data.push(`\t.quad ${hex(xSeed(r), 16)}`);
    const rmode = r.int(4);
    const fpcr = (rmode << 22) | (r.bool(0.3) ? 1 << 24 : 0) | (r.bool(0.35) ? 1 << 19 : 0) | (r.bool(0.3) ? 1 << 25 : 0) | (r.bool(0.15) ? 1 << 26 : 0);
    data.push(`\t.quad ${hex(BigInt(fpcr), 8)}`, `\t.quad ${hex(BigInt(r.int(16)) << 28n, 8)}`);
    for (let q = 0; q < 32; q++) {
      const v = vregSeed(r);
      data.push(`\t.quad ${hex(v & 0xffffffffffffffffn, 16)}, ${hex(v >> 64n, 16)}`);
    }
  }
  body.push('\tb finish');
  return { text: body.join('\n') + '\n' + data.join('\n') + '\n', random, setup, classes };
}

// ---------------------------------------------------------------- main
function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}
const out = arg('out', 'test/simd-ext');
const count = Number(arg('count', '100'));
const seed = Number(arg('seed', '1'));
const blocks = Number(arg('blocks', '64'));
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'ext-harness.inc'), HARNESS);
const master = new Rng(seed);
const manifest: { name: string; seed: number; random: number; setup: number; classes: Record<string, number> }[] = [];
for (let p = 0; p < count; p++) {
  const s = master.u32();
  const name = `e${String(p).padStart(3, '0')}`;
  const prog = program(s, blocks);
  writeFileSync(join(out, `${name}.S`), prog.text);
  manifest.push({ name, seed: s, random: prog.random, setup: prog.setup, classes: prog.classes });
}
writeFileSync(join(out, 'manifest.json'), JSON.stringify({ seed, blocks, programs: manifest }, null, 1) + '\n');
