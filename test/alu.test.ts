// The 32-bit-halves helpers of src/cpu/alu.ts against BigInt references written from the
// Arm ARM pseudocode, on crafted edge operands (pitfalls: src/README.md, "State: one memory") and on
// seeded-random ones. Results come back through the live bindings A.rlo / A.rhi.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as A from '../src/cpu/alu.ts';
import { FLAG_N, FLAG_Z, FLAG_C, FLAG_V } from '../src/cpu/regs.ts';
import { hex64 } from './helpers.ts';

const M64 = (1n << 64n) - 1n;
const M32 = (1n << 32n) - 1n;

// ---- operands -------------------------------------------------------------------------------

/** xorshift64* with a fixed seed: the same operands on every run. */
class Rng {
  private s = 0x9e3779b97f4a7c15n;
  next64(): bigint {
    let x = this.s;
    x ^= x >> 12n;
    x ^= (x << 25n) & M64;
    x ^= x >> 27n;
    this.s = x;
    return (x * 0x2545f4914f6cdd1dn) & M64;
  }
  /** Random 64-bit value with a bias towards edge-ish patterns (short runs of 0s/1s). */
  value(): bigint {
    const v = this.next64();
    switch (Number(this.next64() & 7n)) {
      case 0: return v & 0xffffffffn; // high half zero
      case 1: return v | 0xffffffff00000000n; // high half ones
      case 2: return v >> BigInt(Number(this.next64() & 63n)); // many leading zeros
      default: return v;
    }
  }
  int(n: number): number {
    return Number(this.next64() % BigInt(n));
  }
}

const CRAFTED: bigint[] = [
  0n, 1n, M64 /* -1 */, 0x7fffffffn, 0x80000000n, 0xffffffffn, 0x1_0000_0000n,
  0x7fff_ffff_ffff_ffffn, 0x8000_0000_0000_0000n, 0xffffn, 0x10000n, 0xffff0000ffff0000n,
  0xffff_ffff_0000_0000n, 0x0000_ffff_ffff_0000n, 0x8000_0000_8000_0000n, 0x7fff_ffff_8000_0000n,
  0x1_ffff_ffffn, 0xdead_beef_cafe_f00dn, 2n, 0xfffe_0001n,
];

const rng = new Rng();
const RANDOM: bigint[] = [];
for (let k = 0; k < 3000; k++) RANDOM.push(rng.value());
const ALL = [...CRAFTED, ...RANDOM];

/** Pairs: every crafted x crafted, then random pairs, then crafted x random. */
function pairs(): [bigint, bigint][] {
  const out: [bigint, bigint][] = [];
  for (const a of CRAFTED) for (const b of CRAFTED) out.push([a, b]);
  for (let k = 0; k + 1 < RANDOM.length; k += 2) out.push([RANDOM[k], RANDOM[k + 1]]);
  for (const a of CRAFTED) for (let k = 0; k < 40; k++) { out.push([a, RANDOM[k]]); out.push([RANDOM[k + 40], a]); }
  return out;
}
const PAIRS = pairs();

const lo = (v: bigint): number => Number(v & M32) | 0;
const hi = (v: bigint): number => Number((v >> 32n) & M32) | 0;
const s64 = (v: bigint): bigint => BigInt.asIntN(64, v);
const u64 = (v: bigint): bigint => BigInt.asUintN(64, v);

/** Checks A.rlo/A.rhi equal `want` and are int32-normalised. */
function expect64(want: bigint, what: string): void {
  const gl = A.rlo, gh = A.rhi;
  if (!Object.is(gl, gl | 0) || !Object.is(gh, gh | 0)) {
    assert.unreachable(`${what}: result halves not int32-normalised (rlo=${gl}, rhi=${gh})`);
  }
  if (gl !== lo(want) || gh !== hi(want)) {
    assert.unreachable(`${what}: got ${hex64(A.toBig(gl, gh))}, want ${hex64(want)}`);
  }
}
function expect32(got: number, want: bigint, what: string): void {
  if (!Object.is(got, got | 0)) assert.unreachable(`${what}: result ${got} not int32-normalised`);
  if (got !== lo(want)) assert.unreachable(`${what}: got 0x${(got >>> 0).toString(16)}, want 0x${(want & M32).toString(16)}`);
}

// ---- multiply, add ------------------------------------------------------------------------

test('mulu32: unsigned 32x32 -> 64 on 32-bit operands', () => {
  const ops = [...new Set(ALL.map((v) => v & M32))];
  for (let k = 0; k < ops.length; k++) {
    for (const b of [ops[(k * 7) % ops.length], 0xffffffffn, 0xffffn, 0x10001n, 0x80000000n]) {
      const a = ops[k];
      A.mulu32(lo(a), lo(b));
      expect64(a * b, `mulu32(0x${a.toString(16)}, 0x${b.toString(16)})`);
    }
  }
  A.mulu32(-1, -1);
  assert.is(A.rhi, -2); // 0xfffffffe_00000001
  assert.is(A.rlo, 1);
});

test('mul64: low 64 bits of the product', () => {
  for (const [a, b] of PAIRS) {
    A.mul64(lo(a), hi(a), lo(b), hi(b));
    expect64((a * b) & M64, `mul64(${hex64(a)}, ${hex64(b)})`);
  }
});

test('add64 with carry-in', () => {
  for (const [a, b] of PAIRS) {
    for (const c of [0, 1]) {
      A.add64(lo(a), hi(a), lo(b), hi(b), c);
      expect64((a + b + BigInt(c)) & M64, `add64(${hex64(a)}, ${hex64(b)}, ${c})`);
    }
  }
});

/** AddWithCarry(x, y, carry) of the Arm ARM, N bits. */
function addWithCarry(x: bigint, y: bigint, carry: number, bits: bigint): { res: bigint; n: number; z: number; c: number; v: number } {
  const mask = (1n << bits) - 1n;
  const us = (x & mask) + (y & mask) + BigInt(carry);
  const ss = BigInt.asIntN(Number(bits), x) + BigInt.asIntN(Number(bits), y) + BigInt(carry);
  const res = us & mask;
  return {
    res,
    n: Number(res >> (bits - 1n)) & 1,
    z: res === 0n ? 1 : 0,
    c: res === us ? 0 : 1,
    v: BigInt.asIntN(Number(bits), res) === ss ? 0 : 1,
  };
}

/** Flags come back packed N=8 Z=4 C=2 V=1 (src/cpu/regs.ts FLAG_*). */
function checkFlags(got: number, want: { n: number; z: number; c: number; v: number }, what: string): void {
  const w = (want.n ? FLAG_N : 0) | (want.z ? FLAG_Z : 0) | (want.c ? FLAG_C : 0) | (want.v ? FLAG_V : 0);
  if (got !== w) {
    const bits = (f: number): string => f.toString(2).padStart(4, '0');
    assert.unreachable(`${what}: NZCV got ${typeof got === 'number' ? bits(got) : got}, want ${bits(w)}`);
  }
}

test('adds64: AddWithCarry result and all four flags', () => {
  const r = new Int32Array(128);
  for (const [a, b] of PAIRS) {
    for (const c of [0, 1]) {
      r.fill(7);
      const f = A.adds64(r, 10, lo(a), hi(a), lo(b), hi(b), c);
      const w = addWithCarry(a, b, c, 64n);
      const what = `adds64(${hex64(a)}, ${hex64(b)}, ${c})`;
      if (r[10] !== lo(w.res) || r[11] !== hi(w.res)) assert.unreachable(`${what}: result ${hex64(A.toBig(r[10], r[11]))}, want ${hex64(w.res)}`);
      checkFlags(f, w, what);
    }
  }
});

test('adds64 as SUBS (a + ~b + 1): C is "no borrow", V is signed overflow', () => {
  const r = new Int32Array(128);
  for (const [a, b] of PAIRS) {
    r.fill(7);
    const f = A.adds64(r, 0, lo(a), hi(a), ~lo(b), ~hi(b), 1);
    // Independent of AddWithCarry: subtraction semantics written directly.
    const diff = (a - b) & M64;
    const sdiff = s64(a) - s64(b);
    const want = {
      n: Number(diff >> 63n), z: diff === 0n ? 1 : 0,
      c: a >= b ? 1 : 0, // unsigned a >= b
      v: sdiff < -(1n << 63n) || sdiff >= (1n << 63n) ? 1 : 0,
    };
    const what = `subs64(${hex64(a)}, ${hex64(b)})`;
    if (A.toBig(r[0], r[1]) !== diff) assert.unreachable(`${what}: result ${hex64(A.toBig(r[0], r[1]))}, want ${hex64(diff)}`);
    checkFlags(f, want, what);
  }
});

test('adds32: AddWithCarry on 32 bits, zero-extended result, flags; and as SUBS', () => {
  const r = new Int32Array(128);
  for (const [a64, b64] of PAIRS) {
    const a = a64 & M32, b = b64 & M32;
    for (const c of [0, 1]) {
      r.fill(7);
      const f = A.adds32(r, 20, lo(a), lo(b), c);
      const w = addWithCarry(a, b, c, 32n);
      const what = `adds32(0x${a.toString(16)}, 0x${b.toString(16)}, ${c})`;
      if (r[20] !== lo(w.res) || r[21] !== 0) assert.unreachable(`${what}: result ${r[21]}:${r[20]}, want 0:${lo(w.res)}`);
      checkFlags(f, w, what);
    }
    r.fill(7);
    const f = A.adds32(r, 20, lo(a), ~lo(b), 1);
    const diff = (a - b) & M32;
    const sd = BigInt.asIntN(32, a) - BigInt.asIntN(32, b);
    checkFlags(f, {
      n: Number(diff >> 31n), z: diff === 0n ? 1 : 0, c: a >= b ? 1 : 0,
      v: sd < -(1n << 31n) || sd >= (1n << 31n) ? 1 : 0,
    }, `subs32(0x${a.toString(16)}, 0x${b.toString(16)})`);
    assert.is(r[20], lo(diff));
  }
});

test('logicFlags: N and Z from the value, C and V clear (64-bit, and W with hi = lo >> 31)', () => {
  for (const v of [...CRAFTED, ...RANDOM.slice(0, 500)]) {
    checkFlags(A.logicFlags(lo(v), hi(v)), { n: Number(v >> 63n), z: v === 0n ? 1 : 0, c: 0, v: 0 }, `logicFlags(${hex64(v)})`);
    const w = v & M32;
    checkFlags(A.logicFlags(lo(w), lo(w) >> 31), { n: Number(w >> 31n), z: w === 0n ? 1 : 0, c: 0, v: 0 }, `logicFlags W(0x${w.toString(16)})`);
  }
});

// ---- shifts ----------------------------------------------------------------------------------

const SHIFT_OPS = [...CRAFTED, ...RANDOM.slice(0, 200)];

test('shl64 / lsr64 / asr64 / ror64 for every shift 0..63', () => {
  for (const v of SHIFT_OPS) {
    for (let n = 0; n < 64; n++) {
      const N = BigInt(n);
      A.shl64(lo(v), hi(v), n);
      expect64((v << N) & M64, `shl64(${hex64(v)}, ${n})`);
      A.lsr64(lo(v), hi(v), n);
      expect64(v >> N, `lsr64(${hex64(v)}, ${n})`);
      A.asr64(lo(v), hi(v), n);
      expect64(u64(s64(v) >> N), `asr64(${hex64(v)}, ${n})`);
      A.ror64(lo(v), hi(v), n);
      expect64(((v >> N) | (v << (64n - N))) & M64, `ror64(${hex64(v)}, ${n})`);
      for (let type = 0; type < 4; type++) {
        A.shift64(lo(v), hi(v), type, n);
        const want = [(v << N) & M64, v >> N, u64(s64(v) >> N), ((v >> N) | (v << (64n - N))) & M64][type];
        expect64(want, `shift64(${hex64(v)}, type ${type}, ${n})`);
      }
    }
  }
});

test('shift32 and ror32 for every type and shift 0..31', () => {
  const ops = [...new Set(SHIFT_OPS.map((v) => v & M32))];
  for (const v of ops) {
    for (let n = 0; n < 32; n++) {
      const N = BigInt(n);
      const sv = BigInt.asIntN(32, v);
      const want = [(v << N) & M32, v >> N, BigInt.asUintN(32, sv >> N), ((v >> N) | (v << (32n - N))) & M32];
      for (let type = 0; type < 4; type++) expect32(A.shift32(lo(v), type, n), want[type], `shift32(0x${v.toString(16)}, ${type}, ${n})`);
      // ror32 may return the raw value for n = 0; compare as unsigned.
      assert.is(A.ror32(lo(v), n) >>> 0, Number(want[3]), `ror32(0x${v.toString(16)}, ${n})`);
    }
  }
});

test('extend64: all 8 options x shifts 0..4', () => {
  const extend = (v: bigint, option: number): bigint => {
    switch (option) {
      case 0: return v & 0xffn;
      case 1: return v & 0xffffn;
      case 2: return v & M32;
      case 3: return v;
      case 4: return u64(BigInt.asIntN(8, v));
      case 5: return u64(BigInt.asIntN(16, v));
      case 6: return u64(BigInt.asIntN(32, v));
      default: return v;
    }
  };
  const ops = [...SHIFT_OPS, 0x80n, 0x7fn, 0xff80n, 0x8000n, 0x7fffn, 0x1234_5678_9abc_def0n];
  for (const v of ops) {
    for (let option = 0; option < 8; option++) {
      for (let sh = 0; sh <= 4; sh++) {
        A.extend64(lo(v), hi(v), option, sh);
        expect64((extend(v, option) << BigInt(sh)) & M64, `extend64(${hex64(v)}, option ${option}, lsl ${sh})`);
      }
    }
  }
});

test('mask64 for widths 0..64', () => {
  for (let w = 0; w <= 64; w++) {
    A.mask64(w);
    expect64((1n << BigInt(w)) - 1n, `mask64(${w})`);
  }
});

// ---- bit operations ------------------------------------------------------------------------

test('rbit32, bswap32, rev16, cls32 against bit-by-bit references', () => {
  const ops = [...new Set([...ALL.map((v) => v & M32), ...ALL.map((v) => v >> 32n)])];
  for (let b = 0; b < 32; b++) { ops.push(1n << BigInt(b)); ops.push(M32 >> BigInt(b)); ops.push((M32 << BigInt(b)) & M32); }
  for (const v of ops) {
    const x = lo(v);
    let rb = 0n;
    for (let b = 0n; b < 32n; b++) if ((v >> b) & 1n) rb |= 1n << (31n - b);
    expect32(A.rbit32(x), rb, `rbit32(0x${v.toString(16)})`);
    const byte = (k: bigint): bigint => (v >> (8n * k)) & 0xffn;
    expect32(A.bswap32(x), (byte(0n) << 24n) | (byte(1n) << 16n) | (byte(2n) << 8n) | byte(3n), `bswap32(0x${v.toString(16)})`);
    expect32(A.rev16(x), (byte(2n) << 24n) | (byte(3n) << 16n) | (byte(0n) << 8n) | byte(1n), `rev16(0x${v.toString(16)})`);
    // CLS: leading bits after the sign bit that equal it.
    const sign = (v >> 31n) & 1n;
    let cls = 0;
    for (let b = 30n; b >= 0n && ((v >> b) & 1n) === sign; b--) cls++;
    assert.is(A.cls32(x), cls, `cls32(0x${v.toString(16)})`);
  }
});

test('mulh64: high 64 bits of the signed and unsigned 128-bit products', () => {
  for (const [a, b] of PAIRS) {
    A.mulh64(lo(a), hi(a), lo(b), hi(b), false);
    expect64(((a * b) >> 64n) & M64, `umulh(${hex64(a)}, ${hex64(b)})`);
    A.mulh64(lo(a), hi(a), lo(b), hi(b), true);
    expect64(u64((s64(a) * s64(b)) >> 64n), `smulh(${hex64(a)}, ${hex64(b)})`);
  }
});

test('div64 / div32: truncating, x/0 = 0, INT_MIN / -1 = INT_MIN', () => {
  const truncDiv = (a: bigint, b: bigint): bigint => (b === 0n ? 0n : a / b); // BigInt truncates
  for (const [a, b] of PAIRS) {
    A.div64(lo(a), hi(a), lo(b), hi(b), false);
    expect64(truncDiv(a, b), `udiv64(${hex64(a)}, ${hex64(b)})`);
    A.div64(lo(a), hi(a), lo(b), hi(b), true);
    expect64(u64(truncDiv(s64(a), s64(b))), `sdiv64(${hex64(a)}, ${hex64(b)})`);
    const a32 = a & M32, b32 = b & M32;
    expect32(A.div32(lo(a32), lo(b32), false), truncDiv(a32, b32), `udiv32(0x${a32.toString(16)}, 0x${b32.toString(16)})`);
    const sa = BigInt.asIntN(32, a32), sb = BigInt.asIntN(32, b32);
    expect32(A.div32(lo(a32), lo(b32), true), BigInt.asUintN(32, truncDiv(sa, sb)), `sdiv32(${sa}, ${sb})`);
  }
  // Spelled out.
  A.div64(0, 0x80000000 | 0, -1, -1, true);
  assert.equal([A.rlo, A.rhi], [0, 0x80000000 | 0], 'INT64_MIN / -1');
  A.div64(123, 456, 0, 0, true);
  assert.equal([A.rlo, A.rhi], [0, 0], 'signed x / 0');
  A.div64(-1, -1, 0, 0, false);
  assert.equal([A.rlo, A.rhi], [0, 0], 'unsigned x / 0');
  assert.is(A.div32(0x80000000 | 0, -1, true), 0x80000000 | 0, 'INT32_MIN / -1');
  assert.is(A.div32(-7, 2, true), -3, '-7 / 2 truncates toward zero');
  assert.is(A.div32(7, 0, true), 0);
  assert.is(A.div32(-1, 0, false), 0);
  assert.is(A.div32(-1, 2, false), 0x7fffffff);
});

// ---- CRC32 -----------------------------------------------------------------------------------

/** Bit-serial reflected CRC update (no table), the Arm ARM's CRC32 loop. */
function crcRef(acc: number, data: bigint, bytes: number, poly: number): number {
  let c = acc >>> 0;
  for (let k = 0; k < bytes * 8; k++) {
    const bit = Number((data >> BigInt(k)) & 1n);
    const mix = (c ^ bit) & 1;
    c = (c >>> 1) ^ (mix ? poly : 0);
  }
  return c | 0;
}

test('crc32 / crc32c: check values of "123456789" and random folds', () => {
  const msg = Buffer.from('123456789', 'latin1');
  for (const [castagnoli, check] of [[false, 0xcbf43926], [true, 0xe3069283]] as const) {
    // Byte by byte.
    let acc = -1;
    for (const b of msg) acc = A.crc32(acc, b, 0, 1, castagnoli);
    assert.is((~acc) >>> 0, check, `${castagnoli ? 'CRC-32C' : 'CRC-32'} bytewise`);
    // One doubleword (8 bytes, least significant first) then a byte.
    const dv = new DataView(msg.buffer, msg.byteOffset);
    acc = A.crc32(-1, dv.getInt32(0, true), dv.getInt32(4, true), 8, castagnoli);
    acc = A.crc32(acc, msg[8], 0, 1, castagnoli);
    assert.is((~acc) >>> 0, check, `${castagnoli ? 'CRC-32C' : 'CRC-32'} doubleword + byte`);
    // Halfwords and a word.
    acc = A.crc32(-1, dv.getInt32(0, true), 0, 4, castagnoli);
    acc = A.crc32(acc, dv.getUint16(4, true), 0, 2, castagnoli);
    acc = A.crc32(acc, dv.getUint16(6, true), 0, 2, castagnoli);
    acc = A.crc32(acc, msg[8], 0, 1, castagnoli);
    assert.is((~acc) >>> 0, check, `${castagnoli ? 'CRC-32C' : 'CRC-32'} word + halfwords + byte`);
  }
  for (let k = 0; k < 500; k++) {
    const acc = lo(RANDOM[k]), data = RANDOM[k + 1000];
    for (const bytes of [1, 2, 4, 8]) {
      const d = bytes === 8 ? data : data & ((1n << BigInt(8 * bytes)) - 1n);
      for (const [c, poly] of [[false, 0xedb88320], [true, 0x82f63b78]] as const) {
        const got = A.crc32(acc, lo(d), hi(d), bytes, c);
        assert.is(got, crcRef(acc, d, bytes, poly), `crc32${c ? 'c' : ''} ${bytes}B acc 0x${(acc >>> 0).toString(16)} data ${hex64(d)}`);
      }
    }
  }
});

// ---- conditions --------------------------------------------------------------------------------

test('condHolds: 16 conditions x 16 NZCV values against the Arm ARM table', () => {
  const table: ((n: number, z: number, c: number, v: number) => boolean)[] = [
    (_n, z) => z === 1, // EQ
    (_n, z) => z === 0, // NE
    (_n, _z, c) => c === 1, // CS
    (_n, _z, c) => c === 0, // CC
    (n) => n === 1, // MI
    (n) => n === 0, // PL
    (_n, _z, _c, v) => v === 1, // VS
    (_n, _z, _c, v) => v === 0, // VC
    (_n, z, c) => c === 1 && z === 0, // HI
    (_n, z, c) => !(c === 1 && z === 0), // LS
    (n, _z, _c, v) => n === v, // GE
    (n, _z, _c, v) => n !== v, // LT
    (n, z, _c, v) => z === 0 && n === v, // GT
    (n, z, _c, v) => !(z === 0 && n === v), // LE
    () => true, // AL
    () => true, // NV (behaves as AL in A64)
  ];
  for (let nzcv = 0; nzcv < 16; nzcv++) {
    const n = (nzcv >> 3) & 1, z = (nzcv >> 2) & 1, c = (nzcv >> 1) & 1, v = nzcv & 1;
    const packed = (n ? FLAG_N : 0) | (z ? FLAG_Z : 0) | (c ? FLAG_C : 0) | (v ? FLAG_V : 0);
    for (let cond = 0; cond < 16; cond++) {
      assert.is(A.condHolds(packed, cond), table[cond](n, z, c, v), `cond ${cond} with NZCV=${n}${z}${c}${v}`);
    }
  }
});

// ---- DecodeBitMasks ------------------------------------------------------------------------------

/**
 * DecodeBitMasks(N, imms, immr, immediate=TRUE, M) from the Arm ARM, written bit by bit; plus
 * the logical-immediate rule "sf == 0 && N != 0 is UNDEFINED". Returns the M-bit wmask.
 */
function refBitMask(N: number, imms: number, immr: number, sf: number): bigint | undefined {
  const M = sf ? 64 : 32;
  if (!sf && N) return undefined;
  const v = (N << 6) | (~imms & 0x3f);
  let len = -1;
  for (let b = 6; b >= 0; b--) if ((v >> b) & 1) { len = b; break; }
  if (len < 1) return undefined;
  const esize = 1 << len;
  if (esize > M) return undefined;
  const levels = esize - 1;
  if ((imms & levels) === levels) return undefined;
  const S = imms & levels, R = immr & levels;
  const welem: number[] = [];
  for (let j = 0; j < esize; j++) welem.push(j <= S ? 1 : 0);
  // ROR(welem, R): bit j of the result is bit (j + R) mod esize of welem.
  let out = 0n;
  for (let j = 0; j < M; j++) {
    const e = j % esize;
    if (welem[(e + R) % esize]) out |= 1n << BigInt(j);
  }
  return out;
}

test('decodeBitMask: every (N, immr, imms) for sf 0 and 1, including reserved ones', () => {
  let valid = 0, reserved = 0;
  const distinct = [new Set<bigint>(), new Set<bigint>()];
  for (let sf = 0; sf < 2; sf++) {
    for (let N = 0; N < 2; N++) {
      for (let immr = 0; immr < 64; immr++) {
        for (let imms = 0; imms < 64; imms++) {
          const want = refBitMask(N, imms, immr, sf);
          const got = A.decodeBitMask(N, imms, immr, sf);
          const what = `decodeBitMask(N=${N}, imms=${imms}, immr=${immr}, sf=${sf})`;
          if (want === undefined) {
            reserved++;
            if (got !== undefined) assert.unreachable(`${what}: reserved, but got [${got}]`);
            continue;
          }
          valid++;
          distinct[sf].add(want);
          if (got === undefined) assert.unreachable(`${what}: got reserved, want ${hex64(want)}`);
          else if (got[0] !== lo(want) || got[1] !== hi(want)) assert.unreachable(`${what}: got ${hex64(A.toBig(got[0], got[1]))}, want ${hex64(want)}`);
        }
      }
    }
  }
  // Valid tuples: (esize - 1) values of S per element size, times all 64 immr.
  assert.is(valid, (1 + 3 + 7 + 15 + 31 + 63) * 64 + (1 + 3 + 7 + 15 + 31) * 64);
  // The well-known counts of distinct logical immediates.
  assert.is(distinct[1].size, 5334);
  assert.is(distinct[0].size, 1302);
  assert.is(reserved, 2 * 2 * 64 * 64 - valid);
});

test('decodeBitMask: spot values', () => {
  assert.equal(A.decodeBitMask(1, 0, 0, 1), [1, 0]); // #1
  assert.equal(A.decodeBitMask(0, 0x3c, 0, 1), [0x55555555, 0x55555555]); // #0x5555555555555555
  assert.equal(A.decodeBitMask(0, 0x0f, 0x10, 1), [0xffff0000 | 0, 0xffff0000 | 0]); // #0xffff0000ffff0000
  assert.equal(A.decodeBitMask(0, 0x0f, 0x10, 0), [0xffff0000 | 0, 0]); // w: #0xffff0000
  assert.equal(A.decodeBitMask(1, 0x3e, 0, 1), [-1, 0x7fffffff]); // #0x7fffffffffffffff
  assert.equal(A.decodeBitMask(1, 0x3e, 1, 1), [-1, 0xbfffffff | 0]); // #0xbfffffffffffffff
  assert.is(A.decodeBitMask(1, 0x3f, 0, 1), undefined); // all ones
  assert.is(A.decodeBitMask(0, 0x3f, 0, 1), undefined); // len < 1
  assert.is(A.decodeBitMask(1, 0, 0, 0), undefined); // N=1 with sf=0
});

test.run();
