// The cryptographic instructions (src/cpu/simd-crypto.ts) and CPU-model gating:
// - random programs (scripts/randgen-crypto.ts; goldens from QEMU -cpu max by
//   scripts/make-random-crypto.sh) print exactly what QEMU printed, result register by result
//   register, for every AES/PMULL/SHA1/SHA256/SHA512/SHA3 encoding;
// - known answers (FIPS-197 AES-128, FIPS 180 SHA-256 "abc" first rounds) as a sanity anchor;
// - SHA512/SHA3 encodings are UNDEFINED on cortex-a57 and execute on max; the crypto lines
//   overlap no other line but PMULL .1Q's (test/cpu-model.test.ts checks the gating itself).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { corpusTests } from './helpers.ts';
import { Machine } from '../src/machine/machine.ts';
import { Decoder, compilePattern } from '../src/cpu/decoder.ts';
import { a64Decoder, A64_TABLE, A64_INTEGER } from '../src/cpu/decode-table.ts';
import { SIMD_CRYPTO_TABLE } from '../src/cpu/simd-crypto.ts';
import { SIMD_INT_TABLE } from '../src/cpu/simd-int.ts';
import { SIMD_FP_TABLE } from '../src/cpu/simd-fp.ts';
import { CPU_MODELS, type CpuModel } from '../src/cpu/features.ts';
import { VREGS, ESR_EL1 } from '../src/cpu/regs.ts';

const A57 = CPU_MODELS['cortex-a57'], MAX = CPU_MODELS.max;

// ---- random corpus -------------------------------------------------------------------------

const ELF_DIR = 'test/corpus/simd-crypto', GOLD_DIR = 'test/golden/simd-crypto';

const programs = corpusTests(test, ELF_DIR, GOLD_DIR, { cpu: 'max', maxInstructions: 50e6, label: '(-cpu max)' });

test('the crypto random corpus is all there and covers every mnemonic', () => {
  assert.ok(programs >= 16, `crypto programs with goldens: ${programs}`);
  const manifest = JSON.parse(readFileSync(`${ELF_DIR}/manifest.json`, 'utf8'));
  assert.ok(manifest.totals._random >= 10_000, `random crypto instructions: ${manifest.totals._random}`);
  const all = ['aese', 'aesd', 'aesmc', 'aesimc', 'pmull', 'pmull2', 'sha1c', 'sha1p', 'sha1m', 'sha1h', 'sha1su0', 'sha1su1',
    'sha256h', 'sha256h2', 'sha256su0', 'sha256su1', 'sha512h', 'sha512h2', 'sha512su0', 'sha512su1', 'eor3', 'bcax', 'rax1', 'xar'];
  for (const m of all) assert.ok((manifest.totals[m] ?? 0) >= 200, `${m}: ${manifest.totals[m]}`);
});

// ---- running single instructions -----------------------------------------------------------

const LOAD = 0x4008_0000n;
const VBAR = 0x4009_0000n;

function words(ws: number[]): Uint8Array {
  const b = new Uint8Array(ws.length * 4);
  const dv = new DataView(b.buffer);
  ws.forEach((w, k) => dv.setUint32(k * 4, w >>> 0, true));
  return b;
}

/**
 * Runs `insn` at EL1 with FP enabled (CPACR_EL1.FPEN = 3) and V registers preset; every exception
 * vector holds `b .`. Returns the machine and whether the instruction completed (PC moved on).
 */
function runOne(model: CpuModel, insn: number, vregs: Record<number, number[]> = {}): { m: Machine; completed: boolean; ec: number } {
  const m = new Machine({ memoryMiB: 64, cpu: model.name, log: () => {}, console: () => {} });
  const vectors: number[] = [];
  for (let k = 0; k < 0x800 / 4; k++) vectors.push(0x14000000); // b .
  assert.ok(m.writePhys(VBAR, words(vectors)));
  // mov x0, #(3 << 20); msr cpacr_el1, x0; mov x0, #VBAR; msr vbar_el1, x0; isb; INSN; b .
  const prog = [0xd2a00600, 0xd5181040, 0xd2a80120, 0xd518c000, 0xd5033fdf, insn, 0x14000000];
  assert.ok(m.writePhys(LOAD, words(prog)));
  const cpu = m.cpus[0];
  for (const [n, ws] of Object.entries(vregs)) for (let k = 0; k < 4; k++) cpu.r[VREGS + 4 * Number(n) + k] = ws[k] | 0;
  cpu.pc = LOAD;
  m.run({ maxInstructions: 50 });
  return { m, completed: cpu.pc === LOAD + 24n, ec: cpu.r[ESR_EL1] >>> 26 };
}

function vreg(m: Machine, n: number): number[] {
  const r = m.cpus[0].r;
  return [0, 1, 2, 3].map((k) => r[VREGS + 4 * n + k] >>> 0);
}

// Words from GNU as 2.40 (-march=armv8.4-a+crypto+sha3).
const ENC = {
  aese: 0x4e284841, aesd: 0x4e285841, aesmc: 0x4e286841, aesimc: 0x4e287841,
  sha1c: 0x5e030041, sha1h: 0x5e280841, sha256h: 0x5e034041, sha256su0: 0x5e282841,
  pmull1q: 0x0ee3e041, pmull2_1q: 0x4ee3e041, pmull8h: 0x0e23e041,
  sha512h: 0xce638041, sha512h2: 0xce638441, sha512su0: 0xcec08041, sha512su1: 0xce638841,
  eor3: 0xce031041, bcax: 0xce231041, rax1: 0xce638c41, xar: 0xce831441,
};

test('SHA512 and SHA3 encodings are UNDEFINED on cortex-a57 and execute on max', () => {
  for (const name of ['sha512h', 'sha512h2', 'sha512su0', 'sha512su1', 'eor3', 'bcax', 'rax1', 'xar'] as const) {
    const w = ENC[name];
    assert.is(a64Decoder(A57).decode(w | 0, new Int32Array(4), 0), false, `${name} decodes on cortex-a57`);
    assert.is(a64Decoder(MAX).decode(w | 0, new Int32Array(4), 0), true, `${name} does not decode on max`);
    const a57 = runOne(A57, w);
    assert.not.ok(a57.completed, `${name} completed on cortex-a57`);
    assert.is(a57.m.cpus[0].pc, VBAR + 0x200n, `${name} on cortex-a57: synchronous exception from EL1h`);
    assert.is(a57.ec, 0, `${name} on cortex-a57: ESR_EL1.EC = 0 (unknown reason: UNDEFINED)`);
    assert.ok(runOne(MAX, w).completed, `${name} on max`);
  }
});

test('cortex-a57 executes AES, SHA1, SHA256 and PMULL (.8H and .1Q)', () => {
  for (const name of ['aese', 'aesd', 'aesmc', 'aesimc', 'sha1c', 'sha1h', 'sha256h', 'sha256su0', 'pmull1q', 'pmull2_1q', 'pmull8h'] as const) {
    assert.ok(runOne(A57, ENC[name]).completed, `${name} on cortex-a57`);
  }
});

test('no other table line claims a crypto encoding (only PMULL .1Q overlaps, and crypto comes first)', () => {
  const others = new Decoder([...A64_INTEGER, ...SIMD_INT_TABLE, ...SIMD_FP_TABLE]);
  let seed = 777;
  const rnd = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) | 0; return seed ^ (seed >>> 13); };
  for (const p of SIMD_CRYPTO_TABLE.map(compilePattern)) {
    for (let t = 0; t < 200; t++) {
      const w = (rnd() & ~p.mask) | p.value;
      const other = others.nameOf(w);
      if (p.line.feature === 'pmull') assert.is(other, 'three different');
      else assert.is(other, undefined, `${p.line.name} 0x${(w >>> 0).toString(16)} also matches ${other}`);
    }
  }
  const order = A64_TABLE.findIndex((l) => l.feature === 'pmull') < A64_TABLE.findIndex((l) => l.name === 'three different');
  assert.ok(order, 'PMULL .1Q precedes the "three different" line');
});

test('unallocated encodings next to the crypto ones stay UNDEFINED on max', () => {
  const dec = a64Decoder(MAX), rec = new Int32Array(4);
  for (const w of [
    0x4e684841, // AESE with size 01
    0x5e037041, // SHA256 three-register opcode 111
    0x5e283841, // SHA two-register opcode 00011
    0x0e63e041, // PMULL size 01
    0xce431041, // SM3SS1 (FEAT_SM3, not implemented)
    0xcec08441, // SM4E (FEAT_SM4)
    0xce63c041, // SM3PARTW1
  ]) assert.is(dec.decode(w | 0, rec, 0), false, `0x${(w >>> 0).toString(16)}`);
});

// ---- known answers -------------------------------------------------------------------------

/** 16 bytes (lowest first) as the 4 little-endian words of a V register. */
const fromBytes = (b: number[]): number[] => [0, 1, 2, 3].map((k) => (b[4 * k] | (b[4 * k + 1] << 8) | (b[4 * k + 2] << 16) | (b[4 * k + 3] << 24)) >>> 0);
const hexBytes = (s: string): number[] => s.match(/../g)!.map((h) => parseInt(h, 16));

test('AES-128 (FIPS-197 appendix C.1) through AESE/AESMC', () => {
  // Key expansion in TypeScript, then 9 x (AESE, AESMC) + AESE + EOR with the last round key.
  const key = hexBytes('000102030405060708090a0b0c0d0e0f');
  const pt = hexBytes('00112233445566778899aabbccddeeff');
  const sbox = (() => { // a reference S-box from its definition, for the key schedule
    const mul = (a: number, b: number): number => { let p = 0; for (; b; b >>= 1) { if (b & 1) p ^= a; a = ((a << 1) ^ (a & 0x80 ? 0x11b : 0)) & 0xff; } return p; };
    const s: number[] = [];
    for (let x = 0; x < 256; x++) {
      let inv = 0;
      for (let y = 1; y < 256 && x; y++) if (mul(x, y) === 1) { inv = y; break; }
      let r = inv;
      for (let k = 1; k < 5; k++) r ^= ((inv << k) | (inv >> (8 - k))) & 0xff;
      s.push(r ^ 0x63);
    }
    return s;
  })();
  const rk: number[][] = [key];
  let rcon = 1;
  for (let r = 1; r <= 10; r++) {
    const p = rk[r - 1];
    const t = [sbox[p[13]] ^ rcon, sbox[p[14]], sbox[p[15]], sbox[p[12]]];
    const n: number[] = [];
    for (let k = 0; k < 16; k++) n.push(p[k] ^ (k < 4 ? t[k] : n[k - 4]));
    rk.push(n);
    rcon = ((rcon << 1) ^ (rcon & 0x80 ? 0x11b : 0)) & 0xff;
  }
  // v1 = state, v2 = round key: aese v1, v2 (0x4e284841 uses v1/v2); aesmc v1, v1 = 0x4e286821
  let state = fromBytes(pt);
  for (let r = 0; r < 10; r++) {
    let { m } = runOne(A57, ENC.aese, { 1: state, 2: fromBytes(rk[r]) });
    state = vreg(m, 1);
    if (r < 9) { ({ m } = runOne(A57, 0x4e286821, { 1: state })); state = vreg(m, 1); }
  }
  const last = fromBytes(rk[10]);
  const ct = state.map((w, k) => (w ^ last[k]) >>> 0);
  assert.equal(ct, fromBytes(hexBytes('69c4e0d86a7b0430d8cdb78070b4c55a')));
});

test('SHA-256 of "abc": SHA256H/H2 over the 64 rounds give the FIPS 180-4 digest', () => {
  // Message schedule in TypeScript; the rounds four at a time through SHA256H and SHA256H2.
  const K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];
  const ror = (x: number, s: number): number => ((x >>> s) | (x << (32 - s))) >>> 0;
  const W: number[] = [0x61626380, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24];
  for (let t = 16; t < 64; t++) {
    const s0 = ror(W[t - 15], 7) ^ ror(W[t - 15], 18) ^ (W[t - 15] >>> 3);
    const s1 = ror(W[t - 2], 17) ^ ror(W[t - 2], 19) ^ (W[t - 2] >>> 10);
    W.push((W[t - 16] + s0 + W[t - 7] + s1) >>> 0);
  }
  let abcd = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a]; // V word 0 = a (as Linux's sha2-ce loads it)
  let efgh = [0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const h0 = [...abcd], h1 = [...efgh];
  for (let t = 0; t < 64; t += 4) {
    const wk = [0, 1, 2, 3].map((k) => (W[t + k] + K[t + k]) >>> 0);
    // sha256h q1, q2, v3.4s (0x5e034041): X = V1 (abcd), Y = V2 (efgh)
    const a = runOne(A57, ENC.sha256h, { 1: abcd, 2: efgh, 3: wk });
    // sha256h2 q2, q4, v3.4s (0x5e035082): X = V4 (old abcd), Y = V2 (efgh)
    const b = runOne(A57, 0x5e035082, { 2: efgh, 4: abcd, 3: wk });
    abcd = vreg(a.m, 1);
    efgh = vreg(b.m, 2);
  }
  const digest = [...abcd.map((w, k) => (w + h0[k]) >>> 0), ...efgh.map((w, k) => (w + h1[k]) >>> 0)];
  assert.is(digest.map((w) => w.toString(16).padStart(8, '0')).join(''), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('PMULL .1Q: (x^63 + 1) * (x^63 + x) = x^126 + x^64 + x^63 + x; PMULL2 uses the high lanes', () => {
  const a = [1, 0x80000000, 0x12345678, 0x9abcdef0], b = [2, 0x80000000, 0xffffffff, 0xffffffff];
  const { m } = runOne(A57, ENC.pmull1q, { 2: a, 3: b });
  assert.equal(vreg(m, 1), [2, 0x80000000, 1, 0x40000000]);
  const { m: m2 } = runOne(A57, ENC.pmull2_1q, { 2: a, 3: b });
  // 0x9abcdef012345678 * (2^64 - 1), carry-less: a * (all ones) = XOR of a << k, k = 0..63
  let lo = 0n, hi = 0n;
  const A = 0x9abcdef012345678n;
  for (let k = 0n; k < 64n; k++) { const p = A << k; lo ^= p & ((1n << 64n) - 1n); hi ^= p >> 64n; }
  const want = [lo & 0xffffffffn, lo >> 32n, hi & 0xffffffffn, hi >> 32n].map(Number);
  assert.equal(vreg(m2, 1), want);
});

test.run();
