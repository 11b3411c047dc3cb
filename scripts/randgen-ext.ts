/**
 * randgen-ext.ts — random differential corpus for the optional Advanced SIMD/FP features of
 * `-cpu max`: FEAT_FP16 (half-precision data processing, scalar and vector), FEAT_DotProd
 * (SDOT/UDOT) and FEAT_RDM (SQRDMLAH/SQRDMLSH), plus base encodings that came with them (FMOV
 * vector immediate, the scalar by-element SQDMULH/SQRDMULH/SQDMLAL/SQDMLSL/SQDMULL).
 *
 * Usage:  npx tsx scripts/randgen-ext.ts [--out test/corpus/simd-ext] [--count 100] [--seed 1] [--blocks 64]
 * (scripts/make-random-corpus.sh simd-ext runs this, assembles/links every program and records
 *  the QEMU goldens, -cpu max, in test/golden/simd-ext/eNNN.out.)  Same arguments -> byte-identical
 *  files.
 *
 * PROGRAM SHAPE: as scripts/randgen-fp.ts (scripts/randgen-harness.ts's block programs, harness
 *   ext-harness.inc). Each block loads
 *   x0..x15, FPCR (random RMode, FZ, FZ16, DN, AHP), NZCV and V0..V31 from its seed table, runs 16
 *   random instructions (instruction k writes V(16+k), x_k or NZCV) and records FPSR|NZCV after
 *   each one (cumulative IOC..IDC and QC), then dumps "<V(16+k)> <x_k> <flags_k>" per instruction.
 *   Sources are V0..V15 (seeded with half-precision NaNs, infinities, zeros, denormals, extreme
 *   and random values, integer saturation boundaries) or earlier results V16..V(16+k-1).
 */
import {
  GD, GH, GS, V2S_KEYS, V2_KEYS, V3S_KEYS, V3_KEYS, blockSrc as src, fpValue, runBlockCorpus,
  type BlockClass, type Rng, type Weighted,
} from './randgen-harness.ts';

// ---------------------------------------------------------------- operand values
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
/** A source among V0..V15 only (by-element Rm of H lanes is 4 bits). */
const src16 = (r: Rng, k: number): number => { const v = src(r, k); return v < 16 ? v : r.int(16); };
// V3_KEYS .. V2S_KEYS (randgen-harness.ts): the FP16 groups use the [U, a, opcode] numbering of randgen-fp.ts
const HT = 3 << 22; // ftype = 11

const CLASSES: readonly Weighted<BlockClass>[] = [
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

// ---------------------------------------------------------------- main
runBlockCorpus({
  tool: 'randgen-ext',
  prefix: 'e',
  out: 'test/corpus/simd-ext',
  count: 100,
  blocks: 64,
  inc: 'ext-harness.inc',
  classes: CLASSES,
  xSeed,
  vSeed: vregSeed,
  fpcrBits: [[24, 0.3], [19, 0.35], [25, 0.3], [26, 0.15]], // FZ, FZ16, DN, AHP
});
