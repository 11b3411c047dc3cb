/**
 * randgen-fp.ts — random A64 floating-point (scalar and Advanced SIMD) differential test corpus generator.
 *
 * Usage:  npx tsx scripts/randgen-fp.ts [--out test/corpus/simd-fp] [--count 100] [--seed 1] [--blocks 64]
 * (scripts/make-random-corpus.sh simd-fp runs this, assembles/links every program and records the
 *  QEMU goldens in test/golden/simd-fp/fNNN.out.)  Same arguments -> byte-identical files.
 *
 * PROGRAM SHAPE (scripts/randgen-harness.ts's block programs, harness fp-harness.inc)
 *   _start enables FP/SIMD (CPACR_EL1.FPEN = 3), then runs --blocks blocks. Each block:
 *     - loads x0..x15, FPCR, NZCV and V0..V31 (LDR Q) from its seed table (FPCR (random RMode, FZ, DN, AHP), clears FPSR;
 *     - runs 16 random FP instructions; instruction k writes V(16+k) (or x_k for conversions to
 *       a general register, or NZCV for compares); after each one the unit
 *         mrs x25, fpsr; mrs x26, nzcv; orr x25, x25, x26; str x25, [x27, #384+8k]; msr fpsr, xzr
 *       records its own FPSR flags and the NZCV after it (counted as setup in manifest.json);
 *     - calls dump, which prints "== NNN" and 16 lines "<V(16+k) 128-bit hex> <x_k> <flags_k>".
 *   Sources are V0..V15 (seeded with NaNs with payloads, infinities, zeros, denormals, extreme
 *   normals, integer-boundary values and random values) or earlier results V16..V(16+k-1).
 *   x27 = save area, x28 unused; both are never written by random instructions.
 */
import {
  GD, GH, GS, V2S_KEYS, V2_KEYS, V3S_KEYS, V3_KEYS, blockSrc as src, fpValue, runBlockCorpus,
  type BlockClass, type Rng, type Weighted,
} from './randgen-harness.ts';

// ---------------------------------------------------------------- operand values
function vregSeed(r: Rng): bigint {
  const lo64 = (): bigint => {
    switch (r.int(3)) {
      case 0: return fpValue(r, GD);
      case 1: return (fpValue(r, GS) << 32n) | fpValue(r, GS);
      default: return (r.big(48) << 16n) | fpValue(r, GH) | (r.bool() ? 0n : fpValue(r, GS)) ;
    }
  };
  return (lo64() << 64n) | lo64();
}
function xSeed(r: Rng): bigint {
  switch (r.int(6)) {
    case 0: return r.pick([0n, 1n, 0xffffffffffffffffn, 0x7fffffffn, 0x80000000n, 0xffffffff80000000n, 0xffffffffn,
      0x7fffffffffffffffn, 0x8000000000000000n, (1n << 53n) + 1n, (1n << 24n) + 1n, 0x100000000n]);
    case 1: return BigInt.asUintN(64, BigInt(r.range(-1000, 1000)));
    case 2: return r.big(r.range(1, 64));
    case 3: return BigInt.asUintN(64, -r.big(r.range(1, 63)));
    default: return r.u64();
  }
}

// ---------------------------------------------------------------- instructions
const ftypeSD = (r: Rng): number => r.int(2);

const CLASSES: readonly Weighted<BlockClass>[] = [
  ['fmov_imm', 2, (r, k) => ({ cls: 'fmov_imm', w: 0x1e201000 | (ftypeSD(r) << 22) | (r.int(256) << 13) | (16 + k) })],
  ['fp1', 8, (r, k) => {
    const t = ftypeSD(r);
    const op = r.pick([1, 2, 3, 3, 8, 9, 10, 11, 12, 14, 15]);
    return { cls: 'fp1', w: 0x1e204000 | (t << 22) | (op << 15) | (src(r, k) << 5) | (16 + k) };
  }],
  ['fcvt', 4, (r, k) => {
    const t = r.pick([0, 1, 3]);
    const dst = r.pick([0, 1, 3].filter((x) => x !== t));
    return { cls: 'fcvt', w: 0x1e204000 | (t << 22) | ((4 | dst) << 15) | (src(r, k) << 5) | (16 + k) };
  }],
  ['fp2', 22, (r, k) => {
    const t = ftypeSD(r);
    const op = r.pick([0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8]);
    return { cls: 'fp2', w: 0x1e200800 | (t << 22) | (src(r, k) << 16) | (op << 12) | (src(r, k) << 5) | (16 + k) };
  }],
  ['fp3', 14, (r, k) => {
    const t = ftypeSD(r);
    return { cls: 'fp3', w: 0x1f000000 | (t << 22) | (r.int(2) << 21) | (src(r, k) << 16) | (r.int(2) << 15) | (src(r, k) << 10) | (src(r, k) << 5) | (16 + k) };
  }],
  ['fcmp', 7, (r, k) => {
    const t = ftypeSD(r);
    const opc = r.pick([0, 8, 16, 24]);
    const rm = opc & 8 ? 0 : src(r, k);
    return { cls: 'fcmp', w: 0x1e202000 | (t << 22) | (rm << 16) | (src(r, k) << 5) | opc };
  }],
  ['fccmp', 4, (r, k) => ({ cls: 'fccmp', w: 0x1e200400 | (ftypeSD(r) << 22) | (src(r, k) << 16) | (r.int(16) << 12) | (src(r, k) << 5) | (r.int(2) << 4) | r.int(16) })],
  ['fcsel', 3, (r, k) => ({ cls: 'fcsel', w: 0x1e200c00 | (ftypeSD(r) << 22) | (src(r, k) << 16) | (r.int(16) << 12) | (src(r, k) << 5) | (16 + k) })],
  ['fcvt_int', 14, (r, k) => {
    const sf = r.int(2), t = ftypeSD(r);
    const [rmode, op] = r.pick([[0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1], [3, 0], [3, 1], [3, 0], [3, 1], [0, 4], [0, 5]]);
    return { cls: 'fcvt_int', w: (sf << 31) | 0x1e200000 | (t << 22) | (rmode << 19) | (op << 16) | (src(r, k) << 5) | k };
  }],
  ['cvtf_int', 8, (r, k) => {
    const sf = r.int(2), t = ftypeSD(r);
    return { cls: 'cvtf_int', w: (sf << 31) | 0x1e200000 | (t << 22) | ((2 | r.int(2)) << 16) | (r.int(16) << 5) | (16 + k) };
  }],
  ['fixed', 6, (r, k) => {
    const sf = r.int(2), t = ftypeSD(r);
    const scale = sf ? r.range(1, 63) : r.range(32, 63);
    if (r.bool()) return { cls: 'fixed', w: (sf << 31) | 0x1e000000 | (t << 22) | (3 << 19) | (r.int(2) << 16) | (scale << 10) | (src(r, k) << 5) | k };
    return { cls: 'fixed', w: (sf << 31) | 0x1e000000 | (t << 22) | ((2 | r.int(2)) << 16) | (scale << 10) | (r.int(16) << 5) | (16 + k) };
  }],
  // ---- Advanced SIMD floating point (vector and scalar forms)
  ['v3', 16, (r, k) => {
    const [u, a, op] = r.pick(V3_KEYS);
    const sz = r.int(2), q = sz ? 1 : r.int(2);
    return { cls: 'v3', w: 0x0e200400 | (q << 30) | (u << 29) | (a << 23) | (sz << 22) | (src(r, k) << 16) | ((24 + op) << 11) | (src(r, k) << 5) | (16 + k) };
  }],
  ['v3_scalar', 4, (r, k) => {
    const [u, a, op] = r.pick(V3S_KEYS);
    return { cls: 'v3_scalar', w: 0x5e200400 | (u << 29) | (a << 23) | (r.int(2) << 22) | (src(r, k) << 16) | ((24 + op) << 11) | (src(r, k) << 5) | (16 + k) };
  }],
  ['v2', 12, (r, k) => {
    const [u, a, op] = r.pick(V2_KEYS);
    const sz = r.int(2), q = sz ? 1 : r.int(2);
    return { cls: 'v2', w: 0x0e200800 | (q << 30) | (u << 29) | (a << 23) | (sz << 22) | (op << 12) | (src(r, k) << 5) | (16 + k) };
  }],
  ['v2_scalar', 5, (r, k) => {
    const [u, a, op] = r.pick(V2S_KEYS);
    return { cls: 'v2_scalar', w: 0x5e200800 | (u << 29) | (a << 23) | (r.int(2) << 22) | (op << 12) | (src(r, k) << 5) | (16 + k) };
  }],
  ['vcvtnl', 4, (r, k) => {
    const which = r.int(3), q = r.int(2);
    const sz = which === 1 ? 1 : r.int(2);
    const op = which === 2 ? 23 : 22, u = which === 1 ? 1 : 0;
    if (which === 1 && r.bool(0.3)) return { cls: 'vcvtnl', w: 0x7e616800 | (src(r, k) << 5) | (16 + k) }; // FCVTXN Sd, Dn
    return { cls: 'vcvtnl', w: 0x0e200800 | (q << 30) | (u << 29) | (sz << 22) | (op << 12) | (src(r, k) << 5) | (16 + k) };
  }],
  ['velem', 7, (r, k) => {
    const scalar = r.bool(0.25);
    const [u, op] = r.pick([[0, 1], [0, 5], [0, 9], [1, 9]]);
    const sz = r.int(2), q = scalar ? 0 : sz ? 1 : r.int(2);
    const L = sz ? 0 : r.int(2), H = r.int(2);
    const rm = src(r, k);
    return { cls: 'velem', w: (scalar ? 0x5f800000 : 0x0f800000 | (q << 30)) | (u << 29) | (sz << 22) | (L << 21) | (rm << 16) | (op << 12) | (H << 11) | (src(r, k) << 5) | (16 + k) };
  }],
  ['vacross', 3, (r, k) => ({ cls: 'vacross', w: 0x6e300800 | (r.int(2) << 23) | (r.pick([12, 15]) << 12) | (src(r, k) << 5) | (16 + k) })],
  ['vpair', 3, (r, k) => {
    const [a, op] = r.pick([[0, 12], [1, 12], [0, 13], [0, 15], [1, 15]]);
    return { cls: 'vpair', w: 0x7e300800 | (a << 23) | (r.int(2) << 22) | (op << 12) | (src(r, k) << 5) | (16 + k) };
  }],
  ['vfix', 5, (r, k) => {
    const scalar = r.bool(0.3);
    const sz = r.int(2), q = scalar ? 0 : sz ? 1 : r.int(2);
    const ih = sz ? 64 + r.int(64) : 32 + r.int(32);
    const u = r.int(2), op = r.pick([28, 31]);
    return { cls: 'vfix', w: (scalar ? 0x5f000400 : 0x0f000400 | (q << 30)) | (u << 29) | (ih << 16) | (op << 11) | (src(r, k) << 5) | (16 + k) };
  }],
];

// ---------------------------------------------------------------- main
runBlockCorpus({
  tool: 'randgen-fp',
  prefix: 'f',
  out: 'test/corpus/simd-fp',
  count: 100,
  blocks: 64,
  inc: 'fp-harness.inc',
  classes: CLASSES,
  xSeed,
  vSeed: vregSeed,
  fpcrBits: [[24, 0.3], [25, 0.3], [26, 0.15]], // FZ, DN, AHP
});
