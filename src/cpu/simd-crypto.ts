// The cryptographic extension and its v8.2 additions, written from the Arm ARM pseudocode:
//   FEAT_AES     AESE AESD AESMC AESIMC            FEAT_PMULL  PMULL/PMULL2 .1Q (64x64 -> 128)
//   FEAT_SHA1    SHA1C SHA1P SHA1M SHA1H SHA1SU0 SHA1SU1
//   FEAT_SHA256  SHA256H SHA256H2 SHA256SU0 SHA256SU1
//   FEAT_SHA512  SHA512H SHA512H2 SHA512SU0 SHA512SU1
//   FEAT_SHA3    EOR3 BCAX RAX1 XAR
// Every line carries its feature (src/cpu/features.ts), so a CPU model without it decodes the
// encodings as UNDEFINED. src/cpu/decode-table.ts puts this table before the SIMD integer one:
// PMULL .1Q shares the "three different" encoding space and must be claimed first. The vCPU
// calls execCrypto() for Op.SIMD_CRYPTO after the CPACR_EL1.FPEN check, like every FP/SIMD op.
//
// Record (src/cpu/decoder.ts): rec[i] Op.SIMD_CRYPTO, rec[i+1] kind (K), rec[i+2] the V registers
// d | n << 5 | m << 10 | a << 15 (vregs()), rec[i+3] immediate (XAR's rotation; PMULL: Q).
//
// Fast paths only: 32-bit words straight from the register file (V[n] is r[VREGS + 4n ..],
// least significant word first), AES through byte tables built at start-up, 64-bit lanes as
// 32-bit halves. No BigInt.

import type { PatternLine, Builder } from './decoder.ts';
import { L, putRecord, vregs } from './decoder.ts';
import { Op } from './vcpu.ts';
import { DONE } from './status.ts';
import type { VCpu } from './vcpu.ts';
import { VREGS } from './regs.ts';

const enum K {
  AESE = 1, AESD, AESMC, AESIMC,
  SHA1C, SHA1P, SHA1M, SHA1SU0, SHA1H, SHA1SU1,
  SHA256H, SHA256H2, SHA256SU1, SHA256SU0, // (three-register opcode order first)
  SHA512H, SHA512H2, SHA512SU0, SHA512SU1,
  EOR3, BCAX, RAX1, XAR,
  PMULL64,
}

// ---- decoding ------------------------------------------------------------------------------

/** This file's record: kind k, V registers d, n, m, a, immediate. */
const putCrypto = (rec: Int32Array, i: number, k: number, d: number, n: number, m: number, a: number, imm: number): true =>
  putRecord(rec, i, Op.SIMD_CRYPTO, k, vregs(d, n, m, a), imm);

const aes: Builder = (f, rec, i) => putCrypto(rec, i, K.AESE + f.op, f.rd, f.rn, 0, 0, 0);
const sha3reg = (first: number): Builder => (f, rec, i) => {
  if (first === K.SHA256H && f.op === 3) return false; // opcode 111: unallocated
  return putCrypto(rec, i, first + f.op, f.rd, f.rn, f.rm, 0, 0);
};
const fixed = (k: number): Builder => (f, rec, i) => putCrypto(rec, i, k, f.rd, f.rn, f.rm ?? 0, f.ra ?? 0, 0);
const xar: Builder = (f, rec, i) => putCrypto(rec, i, K.XAR, f.rd, f.rn, f.rm, 0, f.imm6);
const pmull64: Builder = (f, rec, i) => putCrypto(rec, i, K.PMULL64, f.rd, f.rn, f.rm, 0, f.Q);

export const SIMD_CRYPTO_TABLE: readonly PatternLine[] = [
  L('01001110 00 10100 001 op:2 10 rn:5 rd:5', 'AESE/AESD/AESMC/AESIMC', aes, 'aes'),
  L('01011110 00 0 rm:5 0 0 op:2 00 rn:5 rd:5', 'SHA1C/SHA1P/SHA1M/SHA1SU0', sha3reg(K.SHA1C), 'sha1'),
  L('01011110 00 0 rm:5 0 1 op:2 00 rn:5 rd:5', 'SHA256H/SHA256H2/SHA256SU1', sha3reg(K.SHA256H), 'sha2'),
  L('01011110 00 10100 00000 10 rn:5 rd:5', 'SHA1H', fixed(K.SHA1H), 'sha1'),
  L('01011110 00 10100 00001 10 rn:5 rd:5', 'SHA1SU1', fixed(K.SHA1SU1), 'sha1'),
  L('01011110 00 10100 00010 10 rn:5 rd:5', 'SHA256SU0', fixed(K.SHA256SU0), 'sha2'),
  L('0 Q:1 0 01110 11 1 rm:5 1110 00 rn:5 rd:5', 'PMULL/PMULL2 (.1Q)', pmull64, 'pmull'),
  L('11001110 011 rm:5 1 0 00 00 rn:5 rd:5', 'SHA512H', fixed(K.SHA512H), 'sha512'),
  L('11001110 011 rm:5 1 0 00 01 rn:5 rd:5', 'SHA512H2', fixed(K.SHA512H2), 'sha512'),
  L('11001110 011 rm:5 1 0 00 10 rn:5 rd:5', 'SHA512SU1', fixed(K.SHA512SU1), 'sha512'),
  L('11001110 110 00000 1000 00 rn:5 rd:5', 'SHA512SU0', fixed(K.SHA512SU0), 'sha512'),
  L('11001110 011 rm:5 1 0 00 11 rn:5 rd:5', 'RAX1', fixed(K.RAX1), 'sha3'),
  L('11001110 0 00 rm:5 0 ra:5 rn:5 rd:5', 'EOR3', fixed(K.EOR3), 'sha3'),
  L('11001110 0 01 rm:5 0 ra:5 rn:5 rd:5', 'BCAX', fixed(K.BCAX), 'sha3'),
  L('11001110 100 rm:5 imm6:6 rn:5 rd:5', 'XAR', xar, 'sha3'),
];

// ---- AES tables (FIPS-197), computed rather than transcribed ---------------------------------

/** GF(2^8) product modulo x^8 + x^4 + x^3 + x + 1. */
function gmul(a: number, b: number): number {
  let p = 0;
  for (; b; b >>= 1) {
    if (b & 1) p ^= a;
    a = ((a << 1) ^ (a & 0x80 ? 0x11b : 0)) & 0xff;
  }
  return p;
}

const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);
const MUL = (c: number): Uint8Array => Uint8Array.from({ length: 256 }, (_, x) => gmul(x, c));
const M2 = MUL(2), M3 = MUL(3), M9 = MUL(9), M11 = MUL(11), M13 = MUL(13), M14 = MUL(14);
{
  // Powers of the generator 3 give every non-zero element and its inverse.
  const exp = new Uint8Array(256), log = new Uint8Array(256);
  for (let k = 0, x = 1; k < 255; k++, x = gmul(x, 3)) { exp[k] = x; log[x] = k; }
  const rotl8 = (v: number, s: number): number => ((v << s) | (v >>> (8 - s))) & 0xff;
  for (let x = 0; x < 256; x++) {
    const inv = x === 0 ? 0 : exp[(255 - log[x]) % 255];
    const s = inv ^ rotl8(inv, 1) ^ rotl8(inv, 2) ^ rotl8(inv, 3) ^ rotl8(inv, 4) ^ 0x63;
    SBOX[x] = s;
    INV_SBOX[s] = x;
  }
}
// AESShiftRows / AESInvShiftRows: result byte k is operand byte SR[k] / ISR[k] (byte k = bits
// 8k+7:8k; the state is column-major, byte = 4 * column + row).
const SR = Uint8Array.from({ length: 16 }, (_, k) => (k & 3) + 4 * (((k >> 2) + (k & 3)) & 3));
const ISR = Uint8Array.from({ length: 16 }, (_, k) => (k & 3) + 4 * (((k >> 2) - (k & 3)) & 3));

// ---- execution -------------------------------------------------------------------------------

let R: Int32Array = new Int32Array(0); // the vCPU's register file
let B: Uint8Array = new Uint8Array(0); // V0..V31 as bytes
const S = new Uint8Array(16); // staging

function setup(cpu: VCpu): void {
  if (cpu.r !== R) {
    R = cpu.r;
    B = new Uint8Array(R.buffer, R.byteOffset + VREGS * 4, 32 * 16);
  }
}

const rol = (x: number, s: number): number => (x << s) | (x >>> (32 - s));
const ror = (x: number, s: number): number => (x >>> s) | (x << (32 - s));

// 64-bit lanes as halves: results in OH:OL.
let OH = 0, OL = 0;

/** ROR of a 64-bit value by 0..63. */
function ror64(hi: number, lo: number, s: number): void {
  if (s >= 32) { const t = hi; hi = lo; lo = t; s -= 32; }
  if (s === 0) { OH = hi; OL = lo; return; }
  OL = (lo >>> s) | (hi << (32 - s));
  OH = (hi >>> s) | (lo << (32 - s));
}

/** ROR(x, a) EOR ROR(x, b) EOR (ROR or LSR)(x, c), c < 32 when shifted. */
function sigma64(hi: number, lo: number, a: number, b: number, c: number, lsr: boolean): void {
  ror64(hi, lo, a);
  let h = OH, l = OL;
  ror64(hi, lo, b);
  h ^= OH; l ^= OL;
  if (lsr) { OL = (lo >>> c) | (hi << (32 - c)); OH = hi >>> c; } else ror64(hi, lo, c);
  OH ^= h; OL ^= l;
}

/** OH:OL + hi:lo, in place. */
function add64(hi: number, lo: number): void {
  const s = (OL >>> 0) + (lo >>> 0);
  OH = (OH + hi + (s > 0xffffffff ? 1 : 0)) | 0;
  OL = s | 0;
}

/** Carry-less 32x32 -> 64 product. */
function clmul32(a: number, b: number): void {
  let lo = 0, hi = 0;
  for (let k = 0; k < 32; k++) {
    if ((b >>> k) & 1) {
      lo ^= a << k;
      if (k) hi ^= a >>> (32 - k);
    }
  }
  OH = hi; OL = lo;
}

const choose = (x: number, y: number, z: number): number => ((y ^ z) & x) ^ z;
const parity = (x: number, y: number, z: number): number => x ^ y ^ z;
const majority = (x: number, y: number, z: number): number => (x & y) | ((x | y) & z);

function sha1Hash(k: number, d: number, n: number, m: number): void {
  const f = k === K.SHA1C ? choose : k === K.SHA1P ? parity : majority;
  let x0 = R[d], x1 = R[d + 1], x2 = R[d + 2], x3 = R[d + 3], y = R[n];
  for (let e = 0; e < 4; e++) {
    const t = f(x1, x2, x3);
    y = (y + rol(x0, 5) + t + R[m + e]) | 0;
    x1 = rol(x1, 30);
    const ny = x3; // <Y, X> = ROL(Y : X, 32)
    x3 = x2; x2 = x1; x1 = x0; x0 = y; y = ny;
  }
  R[d] = x0; R[d + 1] = x1; R[d + 2] = x2; R[d + 3] = x3;
}

const SIGMA0 = (x: number): number => ror(x, 2) ^ ror(x, 13) ^ ror(x, 22);
const SIGMA1 = (x: number): number => ror(x, 6) ^ ror(x, 11) ^ ror(x, 25);

/** SHA256hash(X, Y, W, part1) into V[d]: part1 (SHA256H) keeps X, part 2 (SHA256H2) Y. */
function sha256Hash(d: number, xr: number, yr: number, w: number, part1: boolean): void {
  let x0 = R[xr], x1 = R[xr + 1], x2 = R[xr + 2], x3 = R[xr + 3];
  let y0 = R[yr], y1 = R[yr + 1], y2 = R[yr + 2], y3 = R[yr + 3];
  const w0 = R[w], w1 = R[w + 1], w2 = R[w + 2], w3 = R[w + 3];
  for (let e = 0; e < 4; e++) {
    const we = e === 0 ? w0 : e === 1 ? w1 : e === 2 ? w2 : w3;
    const chs = choose(y0, y1, y2);
    const maj = majority(x0, x1, x2);
    const t = (y3 + SIGMA1(y0) + chs + we) | 0;
    x3 = (t + x3) | 0;
    y3 = (t + SIGMA0(x0) + maj) | 0;
    const oy3 = y3, ox3 = x3; // <Y, X> = ROL(Y : X, 32)
    x3 = x2; x2 = x1; x1 = x0; x0 = oy3;
    y3 = y2; y2 = y1; y1 = y0; y0 = ox3;
  }
  if (part1) { R[d] = x0; R[d + 1] = x1; R[d + 2] = x2; R[d + 3] = x3; }
  else { R[d] = y0; R[d + 1] = y1; R[d + 2] = y2; R[d + 3] = y3; }
}

function aesRound(d: number, n: number, inverse: boolean): void {
  const bd = d << 4, bn = n << 4;
  for (let k = 0; k < 16; k++) S[k] = B[bd + k] ^ B[bn + k];
  const box = inverse ? INV_SBOX : SBOX, shift = inverse ? ISR : SR;
  for (let k = 0; k < 16; k++) B[bd + k] = box[S[shift[k]]];
}

function aesMix(d: number, n: number, inverse: boolean): void {
  const bd = d << 4, bn = n << 4;
  for (let k = 0; k < 16; k++) S[k] = B[bn + k];
  for (let c = 0; c < 16; c += 4) {
    const a0 = S[c], a1 = S[c + 1], a2 = S[c + 2], a3 = S[c + 3];
    if (!inverse) {
      B[bd + c] = M2[a0] ^ M3[a1] ^ a2 ^ a3;
      B[bd + c + 1] = a0 ^ M2[a1] ^ M3[a2] ^ a3;
      B[bd + c + 2] = a0 ^ a1 ^ M2[a2] ^ M3[a3];
      B[bd + c + 3] = M3[a0] ^ a1 ^ a2 ^ M2[a3];
    } else {
      B[bd + c] = M14[a0] ^ M11[a1] ^ M13[a2] ^ M9[a3];
      B[bd + c + 1] = M9[a0] ^ M14[a1] ^ M11[a2] ^ M13[a3];
      B[bd + c + 2] = M13[a0] ^ M9[a1] ^ M14[a2] ^ M11[a3];
      B[bd + c + 3] = M11[a0] ^ M13[a1] ^ M9[a2] ^ M14[a3];
    }
  }
}

/** Executes one decoded record (FP access already checked); returns a run status. */
export function execCrypto(cpu: VCpu, page: Int32Array, i: number): number {
  setup(cpu);
  const kind = page[i + 1], f = page[i + 2], imm = page[i + 3];
  const rd = f & 31, rn = (f >>> 5) & 31, rm = (f >>> 10) & 31, ra = (f >>> 15) & 31;
  // Word offsets of the registers in the register file.
  const d = VREGS + 4 * rd, n = VREGS + 4 * rn, m = VREGS + 4 * rm, a = VREGS + 4 * ra;
  switch (kind) {
    case K.AESE: aesRound(rd, rn, false); break;
    case K.AESD: aesRound(rd, rn, true); break;
    case K.AESMC: aesMix(rd, rn, false); break;
    case K.AESIMC: aesMix(rd, rn, true); break;

    case K.SHA1C: case K.SHA1P: case K.SHA1M: sha1Hash(kind, d, n, m); break;
    case K.SHA1SU0: {
      // (op2<63:0> : op1<127:64>) EOR op1 EOR op3
      const r0 = R[d + 2] ^ R[d] ^ R[m], r1 = R[d + 3] ^ R[d + 1] ^ R[m + 1];
      const r2 = R[n] ^ R[d + 2] ^ R[m + 2], r3 = R[n + 1] ^ R[d + 3] ^ R[m + 3];
      R[d] = r0; R[d + 1] = r1; R[d + 2] = r2; R[d + 3] = r3;
      break;
    }
    case K.SHA1H: {
      const v = rol(R[n], 30);
      R[d] = v; R[d + 1] = 0; R[d + 2] = 0; R[d + 3] = 0;
      break;
    }
    case K.SHA1SU1: {
      // T = X EOR LSR(Y, 32); each word ROL 1, the top one also EOR ROL(T<31:0>, 2)
      const t0 = R[d] ^ R[n + 1], t1 = R[d + 1] ^ R[n + 2], t2 = R[d + 2] ^ R[n + 3], t3 = R[d + 3];
      R[d] = rol(t0, 1); R[d + 1] = rol(t1, 1); R[d + 2] = rol(t2, 1); R[d + 3] = rol(t3, 1) ^ rol(t0, 2);
      break;
    }

    case K.SHA256H: sha256Hash(d, d, n, m, true); break;
    case K.SHA256H2: sha256Hash(d, n, d, m, false); break;
    case K.SHA256SU0: {
      // T = op2<31:0> : op1<127:32>; result[e] = sigma0(T[e]) + op1[e]
      const s0 = (x: number): number => ror(x, 7) ^ ror(x, 18) ^ (x >>> 3);
      const t0 = R[d + 1], t1 = R[d + 2], t2 = R[d + 3], t3 = R[n];
      R[d] = (s0(t0) + R[d]) | 0; R[d + 1] = (s0(t1) + R[d + 1]) | 0;
      R[d + 2] = (s0(t2) + R[d + 2]) | 0; R[d + 3] = (s0(t3) + R[d + 3]) | 0;
      break;
    }
    case K.SHA256SU1: {
      // T0 = op3<31:0> : op2<127:32>; T1 = op3<127:64>, then the two new low words
      const s1 = (x: number): number => ror(x, 17) ^ ror(x, 19) ^ (x >>> 10);
      const t0 = R[n + 1], t1 = R[n + 2], t2 = R[n + 3], t3 = R[m];
      const r0 = (s1(R[m + 2]) + R[d] + t0) | 0;
      const r1 = (s1(R[m + 3]) + R[d + 1] + t1) | 0;
      const r2 = (s1(r0) + R[d + 2] + t2) | 0;
      const r3 = (s1(r1) + R[d + 3] + t3) | 0;
      R[d] = r0; R[d + 1] = r1; R[d + 2] = r2; R[d + 3] = r3;
      break;
    }

    case K.SHA512H: {
      // X = V[n], Y = V[m], W = V[d]; lanes 0 (low) and 1 (high)
      const x0l = R[n], x0h = R[n + 1], x1l = R[n + 2], x1h = R[n + 3];
      const y0l = R[m], y0h = R[m + 1], y1l = R[m + 2], y1h = R[m + 3];
      const w0l = R[d], w0h = R[d + 1], w1l = R[d + 2], w1h = R[d + 3];
      sigma64(y1h, y1l, 14, 18, 41, false);
      const s1h = OH, s1l = OL;
      OH = (y1h & x0h) ^ (~y1h & x1h); OL = (y1l & x0l) ^ (~y1l & x1l);
      add64(s1h, s1l); add64(w1h, w1l);
      const v1h = OH, v1l = OL;
      add64(y0h, y0l); // tmp = Vtmp<127:64> + Y<63:0>
      const th = OH, tl = OL;
      sigma64(th, tl, 14, 18, 41, false);
      const s2h = OH, s2l = OL;
      OH = (th & y1h) ^ (~th & x0h); OL = (tl & y1l) ^ (~tl & x0l);
      add64(s2h, s2l); add64(w0h, w0l);
      R[d] = OL; R[d + 1] = OH; R[d + 2] = v1l; R[d + 3] = v1h;
      break;
    }
    case K.SHA512H2: {
      const x0l = R[n], x0h = R[n + 1];
      const y0l = R[m], y0h = R[m + 1], y1l = R[m + 2], y1h = R[m + 3];
      const w0l = R[d], w0h = R[d + 1], w1l = R[d + 2], w1h = R[d + 3];
      sigma64(y0h, y0l, 28, 34, 39, false);
      const s0h = OH, s0l = OL;
      OH = (x0h & y1h) ^ (x0h & y0h) ^ (y1h & y0h); OL = (x0l & y1l) ^ (x0l & y0l) ^ (y1l & y0l);
      add64(s0h, s0l); add64(w1h, w1l);
      const v1h = OH, v1l = OL;
      sigma64(v1h, v1l, 28, 34, 39, false);
      const s1h = OH, s1l = OL;
      OH = (v1h & y0h) ^ (v1h & y1h) ^ (y1h & y0h); OL = (v1l & y0l) ^ (v1l & y1l) ^ (y1l & y0l);
      add64(s1h, s1l); add64(w0h, w0l);
      R[d] = OL; R[d + 1] = OH; R[d + 2] = v1l; R[d + 3] = v1h;
      break;
    }
    case K.SHA512SU0: {
      // x = V[n], w = V[d]: low = w0 + sigma0(w1), high = w1 + sigma0(x0)
      const x0l = R[n], x0h = R[n + 1];
      const w0l = R[d], w0h = R[d + 1], w1l = R[d + 2], w1h = R[d + 3];
      sigma64(w1h, w1l, 1, 8, 7, true);
      add64(w0h, w0l);
      const r0h = OH, r0l = OL;
      sigma64(x0h, x0l, 1, 8, 7, true);
      add64(w1h, w1l);
      R[d] = r0l; R[d + 1] = r0h; R[d + 2] = OL; R[d + 3] = OH;
      break;
    }
    case K.SHA512SU1: {
      // x = V[n], y = V[m], w = V[d]: lane e = w_e + sigma1(x_e) + y_e
      const x0l = R[n], x0h = R[n + 1], x1l = R[n + 2], x1h = R[n + 3];
      const y0l = R[m], y0h = R[m + 1], y1l = R[m + 2], y1h = R[m + 3];
      const w0l = R[d], w0h = R[d + 1], w1l = R[d + 2], w1h = R[d + 3];
      sigma64(x1h, x1l, 19, 61, 6, true);
      add64(w1h, w1l); add64(y1h, y1l);
      const r1h = OH, r1l = OL;
      sigma64(x0h, x0l, 19, 61, 6, true);
      add64(w0h, w0l); add64(y0h, y0l);
      R[d] = OL; R[d + 1] = OH; R[d + 2] = r1l; R[d + 3] = r1h;
      break;
    }

    case K.EOR3: {
      const r0 = R[n] ^ R[m] ^ R[a], r1 = R[n + 1] ^ R[m + 1] ^ R[a + 1];
      const r2 = R[n + 2] ^ R[m + 2] ^ R[a + 2], r3 = R[n + 3] ^ R[m + 3] ^ R[a + 3];
      R[d] = r0; R[d + 1] = r1; R[d + 2] = r2; R[d + 3] = r3;
      break;
    }
    case K.BCAX: {
      const r0 = R[n] ^ (R[m] & ~R[a]), r1 = R[n + 1] ^ (R[m + 1] & ~R[a + 1]);
      const r2 = R[n + 2] ^ (R[m + 2] & ~R[a + 2]), r3 = R[n + 3] ^ (R[m + 3] & ~R[a + 3]);
      R[d] = r0; R[d + 1] = r1; R[d + 2] = r2; R[d + 3] = r3;
      break;
    }
    case K.RAX1: {
      // Vn EOR ROL(Vm, 1), per 64-bit lane
      const m0l = R[m], m0h = R[m + 1], m1l = R[m + 2], m1h = R[m + 3];
      const r0 = R[n] ^ ((m0l << 1) | (m0h >>> 31)), r1 = R[n + 1] ^ ((m0h << 1) | (m0l >>> 31));
      const r2 = R[n + 2] ^ ((m1l << 1) | (m1h >>> 31)), r3 = R[n + 3] ^ ((m1h << 1) | (m1l >>> 31));
      R[d] = r0; R[d + 1] = r1; R[d + 2] = r2; R[d + 3] = r3;
      break;
    }
    case K.XAR: {
      // ROR(Vn EOR Vm, imm6), per 64-bit lane
      const t0l = R[n] ^ R[m], t0h = R[n + 1] ^ R[m + 1], t1l = R[n + 2] ^ R[m + 2], t1h = R[n + 3] ^ R[m + 3];
      ror64(t1h, t1l, imm);
      const r1h = OH, r1l = OL;
      ror64(t0h, t0l, imm);
      R[d] = OL; R[d + 1] = OH; R[d + 2] = r1l; R[d + 3] = r1h;
      break;
    }

    case K.PMULL64: {
      // 64x64 -> 128 carry-less product of lane Q of Vn and Vm, from four 32x32 products.
      const al = R[n + 2 * imm], ah = R[n + 2 * imm + 1], bl = R[m + 2 * imm], bh = R[m + 2 * imm + 1];
      clmul32(al, bl);
      const p0l = OL, p0h = OH;
      clmul32(ah, bh);
      const p2l = OL, p2h = OH;
      clmul32(al, bh);
      let p1l = OL, p1h = OH;
      clmul32(ah, bl);
      p1l ^= OL; p1h ^= OH;
      R[d] = p0l; R[d + 1] = p0h ^ p1l; R[d + 2] = p2l ^ p1h; R[d + 3] = p2h;
      break;
    }
    default: return cpu.undefinedInstruction();
  }
  return DONE;
}
