// 64-bit arithmetic on 32-bit halves (src/README.md, "State: one memory"). Results come back through the module-level
// `rlo`/`rhi` pair so nothing is allocated. Every half is kept int32-normalised (`| 0`).
// Carries are computed on unsigned values (`>>> 0`), shifts are split at 32 because JS shifts
// are mod 32, and products are built from 16-bit pieces because a float multiply loses bits.
// BigInt appears only in rare paths (128-bit high products, 64-bit division).


export let rlo = 0;
export let rhi = 0;

/** Unsigned 32x32 -> 64 product of a and b (int32 bit patterns). */
export function mulu32(a: number, b: number): void {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  rlo = ((mid << 16) | (p00 & 0xffff)) | 0;
  rhi = (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
}

/** Low 64 bits of a * b. */
export function mul64(alo: number, ahi: number, blo: number, bhi: number): void {
  mulu32(alo, blo);
  rhi = (rhi + Math.imul(alo, bhi) + Math.imul(ahi, blo)) | 0;
}

/** 64-bit add of two values plus carry (0/1), no flags. */
export function add64(alo: number, ahi: number, blo: number, bhi: number, cin: number): void {
  const s = (alo >>> 0) + (blo >>> 0) + cin;
  rlo = s | 0;
  rhi = (ahi + bhi + (s > 0xffffffff ? 1 : 0)) | 0;
}

/**
 * AddWithCarry for 64 bits: writes the result to r[d], r[d+1] and returns NZCV packed as
 * N=8 Z=4 C=2 V=1.
 */
export function adds64(r: Int32Array, d: number, alo: number, ahi: number, blo: number, bhi: number, cin: number): number {
  const sl = (alo >>> 0) + (blo >>> 0) + cin;
  const sh = (ahi >>> 0) + (bhi >>> 0) + (sl > 0xffffffff ? 1 : 0);
  const lo = sl | 0, hi = sh | 0;
  r[d] = lo;
  r[d + 1] = hi;
  return ((hi >>> 31) << 3) | ((lo | hi) === 0 ? 4 : 0) | (sh > 0xffffffff ? 2 : 0) | (((ahi ^ hi) & (bhi ^ hi)) >>> 31);
}

/** AddWithCarry for 32 bits: writes the zero-extended result, returns packed NZCV. */
export function adds32(r: Int32Array, d: number, a: number, b: number, cin: number): number {
  const s = (a >>> 0) + (b >>> 0) + cin;
  const res = s | 0;
  r[d] = res;
  r[d + 1] = 0;
  return ((res >>> 31) << 3) | (res === 0 ? 4 : 0) | (s > 0xffffffff ? 2 : 0) | (((a ^ res) & (b ^ res)) >>> 31);
}

/** NZCV of a logical result (N and Z from the value, C = V = 0); pass hi = lo >> 31 for W. */
export function logicFlags(lo: number, hi: number): number {
  return ((hi >>> 31) << 3) | ((lo | hi) === 0 ? 4 : 0);
}

export function shl64(lo: number, hi: number, n: number): void {
  if (n === 0) { rlo = lo; rhi = hi; }
  else if (n < 32) { rhi = (hi << n) | (lo >>> (32 - n)); rlo = lo << n; }
  else { rhi = lo << (n - 32); rlo = 0; }
}

export function lsr64(lo: number, hi: number, n: number): void {
  if (n === 0) { rlo = lo; rhi = hi; }
  else if (n < 32) { rlo = (lo >>> n) | (hi << (32 - n)); rhi = (hi >>> n) | 0; }
  else { rlo = (hi >>> (n - 32)) | 0; rhi = 0; }
}

export function asr64(lo: number, hi: number, n: number): void {
  if (n === 0) { rlo = lo; rhi = hi; }
  else if (n < 32) { rlo = (lo >>> n) | (hi << (32 - n)); rhi = hi >> n; }
  else { rlo = hi >> (n - 32); rhi = hi >> 31; }
}

export function ror64(lo: number, hi: number, n: number): void {
  if (n >= 32) { const t = lo; lo = hi; hi = t; n -= 32; }
  if (n === 0) { rlo = lo; rhi = hi; return; }
  rlo = (lo >>> n) | (hi << (32 - n));
  rhi = (hi >>> n) | (lo << (32 - n));
}

export function ror32(x: number, n: number): number {
  return n === 0 ? x : (x >>> n) | (x << (32 - n));
}

/** Shift by type (0 LSL, 1 LSR, 2 ASR, 3 ROR) for the shifted-register forms. */
export function shift64(lo: number, hi: number, type: number, n: number): void {
  switch (type) {
    case 0: shl64(lo, hi, n); break;
    case 1: lsr64(lo, hi, n); break;
    case 2: asr64(lo, hi, n); break;
    default: ror64(lo, hi, n); break;
  }
}

export function shift32(x: number, type: number, n: number): number {
  switch (type) {
    case 0: return x << n;
    case 1: return (x >>> n) | 0;
    case 2: return x >> n;
    default: return ror32(x, n) | 0;
  }
}

/** ExtendReg: option 0-7 (UXTB UXTH UXTW UXTX SXTB SXTH SXTW SXTX), then LSL by `shift`. */
export function extend64(lo: number, hi: number, option: number, shift: number): void {
  switch (option) {
    case 0: lo &= 0xff; hi = 0; break;
    case 1: lo &= 0xffff; hi = 0; break;
    case 2: hi = 0; break;
    case 3: break;
    case 4: lo = (lo << 24) >> 24; hi = lo >> 31; break;
    case 5: lo = (lo << 16) >> 16; hi = lo >> 31; break;
    case 6: hi = lo >> 31; break;
    default: break;
  }
  shl64(lo, hi, shift);
}

/** All-ones mask of the low `w` bits (w 0..64) as halves. */
export function mask64(w: number): void {
  if (w >= 64) { rlo = -1; rhi = -1; }
  else if (w >= 32) { rlo = -1; rhi = w === 32 ? 0 : (-1 >>> (64 - w)) | 0; }
  else { rlo = w === 0 ? 0 : (-1 >>> (32 - w)) | 0; rhi = 0; }
}

export function rbit32(x: number): number {
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  x = ((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
  return ((x >>> 16) | (x << 16)) | 0;
}

export function bswap32(x: number): number {
  return ((x >>> 24) | ((x >>> 8) & 0xff00) | ((x & 0xff00) << 8) | (x << 24)) | 0;
}

export function rev16(x: number): number {
  return (((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8)) | 0;
}

/** Count leading sign bits (excluding the sign bit itself) of a 32-bit value. */
export function cls32(x: number): number {
  // CountLeadingZeroBits(x<31:1> EOR x<30:0>), a 31-bit value.
  return Math.clz32((x >>> 1) ^ (x & 0x7fffffff)) - 1;
}

export function toBig(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

export function fromBig(v: bigint): void {
  rlo = Number(v & 0xffffffffn) | 0;
  rhi = Number((v >> 32n) & 0xffffffffn) | 0;
}

export function toBigSigned(lo: number, hi: number): bigint {
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

/** High 64 bits of the 128-bit product (SMULH / UMULH). */
export function mulh64(alo: number, ahi: number, blo: number, bhi: number, signed: boolean): void {
  const a = signed ? toBigSigned(alo, ahi) : toBig(alo, ahi);
  const b = signed ? toBigSigned(blo, bhi) : toBig(blo, bhi);
  fromBig((a * b) >> 64n);
}

/** 64-bit SDIV/UDIV: division by zero gives 0, INT64_MIN / -1 gives INT64_MIN. */
export function div64(alo: number, ahi: number, blo: number, bhi: number, signed: boolean): void {
  if ((blo | bhi) === 0) { rlo = 0; rhi = 0; return; }
  if (!signed && ahi === 0 && bhi === 0) {
    rlo = Math.floor((alo >>> 0) / (blo >>> 0)) | 0;
    rhi = 0;
    return;
  }
  if (signed) {
    const a = toBigSigned(alo, ahi), b = toBigSigned(blo, bhi);
    fromBig(a / b); // BigInt division truncates toward zero, as SDIV does
  } else {
    fromBig(toBig(alo, ahi) / toBig(blo, bhi));
  }
}

export function div32(a: number, b: number, signed: boolean): number {
  if (b === 0) return 0;
  if (signed) {
    if (a === -0x80000000 && b === -1) return a;
    return (a / b) | 0; // truncation toward zero, exact for 32-bit operands
  }
  return Math.floor((a >>> 0) / (b >>> 0)) | 0;
}

// COND_TABLE[cond << 4 | nzcv] = 1 when condition `cond` holds for flags `nzcv` (packed):
// one load instead of a branchy switch in B.cond, CSEL and CCMP.
const COND_TABLE = new Uint8Array(256);
for (let cond = 0; cond < 16; cond++) {
  for (let f = 0; f < 16; f++) {
    const n = (f >> 3) & 1, z = (f >> 2) & 1, c = (f >> 1) & 1, v = f & 1;
    let res: boolean;
    switch (cond >> 1) {
      case 0: res = z === 1; break; // EQ
      case 1: res = c === 1; break; // CS
      case 2: res = n === 1; break; // MI
      case 3: res = v === 1; break; // VS
      case 4: res = c === 1 && z === 0; break; // HI
      case 5: res = n === v; break; // GE
      case 6: res = n === v && z === 0; break; // GT
      default: res = true; // AL, NV
    }
    if ((cond & 1) === 1 && cond !== 15) res = !res;
    COND_TABLE[(cond << 4) | f] = res ? 1 : 0;
  }
}

export function condHolds(nzcv: number, cond: number): boolean {
  return COND_TABLE[(cond << 4) | nzcv] === 1;
}

// CRC32 (polynomial 0x04C11DB7) and CRC32C (0x1EDC6F41), bit-reflected as the A64 CRC32*
// instructions define them: no initial or final inversion.
function crcTable(poly: number): Int32Array {
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ poly : c >>> 1;
    t[i] = c;
  }
  return t;
}
export const CRC32_TABLE = crcTable(0xedb88320);
export const CRC32C_TABLE = crcTable(0x82f63b78);

/** Folds `bytes` bytes of (lo, hi), least significant first, into acc. */
export function crc32(acc: number, lo: number, hi: number, bytes: number, castagnoli: boolean): number {
  const t = castagnoli ? CRC32C_TABLE : CRC32_TABLE;
  let v = lo;
  for (let k = 0; k < bytes; k++) {
    if (k === 4) v = hi;
    acc = t[(acc ^ v) & 0xff] ^ (acc >>> 8);
    v >>>= 8;
  }
  return acc | 0;
}

/**
 * DecodeBitMasks for the logical-immediate encodings: returns [lo, hi] of the 64-bit
 * replicated mask, or undefined when the (N, imms, immr) combination is reserved.
 * Used at decode time only.
 */
export function decodeBitMask(n: number, imms: number, immr: number, sf: number): [number, number] | undefined {
  const combined = (n << 6) | (~imms & 0x3f);
  if (combined === 0) return undefined;
  const len = 31 - Math.clz32(combined);
  if (len < 1) return undefined;
  if (!sf && n) return undefined;
  const esize = 1 << len;
  const levels = esize - 1;
  const s = imms & levels;
  const r = immr & levels;
  if (s === levels) return undefined; // all-ones element is reserved
  const welem = (1n << BigInt(s + 1)) - 1n;
  const emask = (1n << BigInt(esize)) - 1n;
  const rot = BigInt(r);
  const elem = ((welem >> rot) | (welem << (BigInt(esize) - rot))) & emask;
  let v = 0n;
  for (let k = 0; k < 64; k += esize) v |= elem << BigInt(k);
  const lo = Number(v & 0xffffffffn) | 0;
  const hi = sf ? Number(v >> 32n) | 0 : 0;
  return [lo, hi];
}
