/**
 * randgen-simd.ts — random Advanced SIMD (integer, moves, loads/stores) differential corpus.
 *
 * Usage:  npx tsx scripts/randgen-simd.ts [--out test/simd-int] [--count 70] [--seed 1]
 *                                         [--blocks 20] [--block-size 80]
 * (scripts/make-random-simd.sh runs this, assembles/links every program and records the QEMU
 *  goldens in test/golden/simd-int/sNNN.out.)  Same arguments -> byte-identical files.
 *
 * Unlike scripts/randgen.ts the random instructions are written as assembly text (the assembler
 * checks every operand combination), one per line, with `.arch armv8.2-a+fp16+crypto`.
 *
 * RUNTIME LAYOUT / RESERVED REGISTERS (as in randgen.ts)
 *   x28 = base of the 512-byte scratch buffer; it starts 0x100 bytes below a 4 KiB page
 *         boundary, so random accesses also cross pages.  Never written by random code.
 *   x27 = save area: [8*i] = x_i, [248] = SP, [256] = NZCV, [264] = dump return address,
 *         [272] = dump counter, [280] = FPSR, [0x300 + 16*i] = V_i.
 *   V0-V31, x0-x26, x29, x30, SP and NZCV are seeded from per-program tables; FPSR starts 0.
 *   _start enables FP/SIMD (CPACR_EL1.FPEN = 3) first.  After ~15% of the random instructions a
 *   setup pair `mrs xN, fpsr; msr fpsr, xzr` makes FPSR.QC observable per instruction.
 *
 * OUTPUT FORMAT (PL011): each dump is the integer dump of randgen.ts (== NNN, x00..x30, sp,
 *   nzcv, mem hash) followed by `v00 <hi 16 hex><lo 16 hex>` .. `v31 ...` and `fpsr <16 hex>`;
 *   after the last dump `== end` and the scratch buffer (16 lines of 4 doublewords).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ---------------------------------------------------------------- PRNG (sfc32, as randgen.ts)
class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
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
}

const SCRATCH = 512;
/** general registers random code may write (not x27/x28) */
const GPR: readonly number[] = [...Array.from({ length: 27 }, (_, i) => i), 29, 30];

interface Unit { cls: string; lines: string[]; setup: string[] }
type Gen = (r: Rng) => Unit;

const v = (n: number): string => `v${n & 31}`;
const ARR = ['8b', '16b', '4h', '8h', '2s', '4s', '1d', '2d'];
const arr = (size: number, q: number): string => ARR[size * 2 + q];
const SC = ['b', 'h', 's', 'd', 'q'];
const LANE = ['b', 'h', 's', 'd'];
const x = (n: number): string => (n === 31 ? 'xzr' : `x${n}`);
const w = (n: number): string => (n === 31 ? 'wzr' : `w${n}`);
const rv = (r: Rng): number => r.int(32);
const one = (cls: string, line: string, setup: string[] = []): Unit => ({ cls, lines: [line], setup });

/** picks size from a string of allowed sizes ("bhsd") and Q (size d forces Q=1 unless allowD1) */
function sizeQ(r: Rng, sizes: string, allowD1 = false): [number, number] {
  const size = 'bhsd'.indexOf(r.pick(sizes.split('')));
  const q = size === 3 && !allowD1 ? 1 : r.int(2);
  return [size, q];
}

// ---------------------------------------------------------------- memory
/** ADD/SUB Xb, x28, #|off| */
function baseSet(b: number, off: number): string {
  if (Math.abs(off) > 4095) throw new Error(`base offset ${off}`);
  return off >= 0 ? `add x${b}, x28, #${off}` : `sub x${b}, x28, #${-off}`;
}
/** address in scratch with room for len bytes, aligned to `align` (sometimes unaligned) */
function addrIn(r: Rng, align: number, len: number): number {
  if (r.bool(0.15)) align = 1;
  return align * r.int(Math.floor((SCRATCH - len) / align) + 1);
}

function ldstReg1(r: Rng): Unit {
  const scale = r.int(5), sz = 1 << scale, reg = `${SC[scale]}${rv(r)}`;
  const load = r.bool();
  const op = load ? 'ldr' : 'str';
  const b = r.pick(GPR);
  const form = r.int(5);
  const A = addrIn(r, sz, sz);
  switch (form) {
    case 0: { // unsigned offset
      const imm = r.int(Math.min(4096, Math.floor((A + 4000) / sz)));
      const off = A - imm * sz;
      if (Math.abs(off) > 4095) return ldstReg1(r);
      return one('ldst_uimm', `${op} ${reg}, [x${b}, #${imm * sz}]`, [baseSet(b, off)]);
    }
    case 1: { // unscaled
      const imm = r.range(-256, 255);
      return one('ldur_stur', `${op === 'ldr' ? 'ldur' : 'stur'} ${reg}, [x${b}, #${imm}]`, [baseSet(b, A - imm)]);
    }
    case 2: { // post
      const imm = r.range(-256, 255);
      return one('ldst_post', `${op} ${reg}, [x${b}], #${imm}`, [baseSet(b, A)]);
    }
    case 3: { // pre
      const imm = r.range(-256, 255);
      return one('ldst_pre', `${op} ${reg}, [x${b}, #${imm}]!`, [baseSet(b, A - imm)]);
    }
    default: { // register offset
      const m = r.pick(GPR.filter((g) => g !== b));
      const ext = r.pick(['lsl', 'uxtw', 'sxtw', 'sxtx']);
      const S = r.int(2);
      const shift = S ? scale : 0;
      const idx = ext === 'uxtw' ? r.range(0, 30) : r.range(-30, 30);
      const setup = [`mov x${m}, #${idx}`];
      if ((ext === 'uxtw' || ext === 'sxtw') && r.bool(0.6)) setup.push(`movk x${m}, #${r.int(65536)}, lsl #${r.pick([32, 48])}`);
      const ioff = idx * (1 << shift);
      setup.push(baseSet(b, A - ioff));
      const mreg = ext === 'uxtw' || ext === 'sxtw' ? w(m) : x(m);
      const amt = S ? ` #${shift}` : '';
      const extStr = ext === 'lsl' && !S ? '' : `, ${ext}${amt}`;
      return one('ldst_reg', `${op} ${reg}, [x${b}, ${mreg}${extStr}]`, setup);
    }
  }
}

function ldrLit(r: Rng): Unit {
  const scale = r.int(3) + 2;
  return one('ldr_lit', `ldr ${SC[scale]}${rv(r)}, litpool + ${4 * r.int(48)}`);
}

function ldstPair(r: Rng): Unit {
  const scale = r.int(3) + 2, sz = 1 << scale;
  const load = r.bool();
  const t1 = rv(r);
  const t2 = load ? (t1 + 1 + r.int(31)) & 31 : rv(r);
  const b = r.pick(GPR);
  const mode = r.int(4); // 0 np, 1 post, 2 offset, 3 pre
  const A = addrIn(r, sz, 2 * sz);
  const imm = r.range(-64, 63) * sz;
  const regs = `${SC[scale]}${t1}, ${SC[scale]}${t2}`;
  const mn = mode === 0 ? (load ? 'ldnp' : 'stnp') : load ? 'ldp' : 'stp';
  if (mode === 1) return one('ldp_stp_post', `${mn} ${regs}, [x${b}], #${imm}`, [baseSet(b, A)]);
  const off = A - imm;
  if (Math.abs(off) > 4095) return ldstPair(r);
  return one(mode === 3 ? 'ldp_stp_pre' : 'ldp_stp', `${mn} ${regs}, [x${b}, #${imm}]${mode === 3 ? '!' : ''}`, [baseSet(b, off)]);
}

function spBased(r: Rng): Unit {
  const bo = 16 * r.int((SCRATCH - 64) / 16);
  const k = r.int(4);
  if (k === 0) { // LD1/ST1 with SP as the base, sometimes post-indexed (SP stays 8-aligned)
    const nregs = r.range(1, 4), q = r.int(2), total = nregs * (q ? 16 : 8);
    const post = r.bool() ? `, #${total}` : '';
    return one('sp_based', `${r.bool() ? 'ld1' : 'st1'} ${regList(rv(r), nregs, arr(r.int(4), q))}, [sp]${post}`, [`add sp, x28, #${bo}`]);
  }
  if (k === 1) {
    const t1 = rv(r), load = r.bool();
    const t2 = load ? (t1 + 1 + r.int(31)) & 31 : rv(r);
    return one('sp_based', `${load ? 'ldp' : 'stp'} q${t1}, q${t2}, [sp, #${16 * r.int(2)}]`, [`add sp, x28, #${bo}`]);
  }
  const scale = r.int(5), sz = 1 << scale;
  const A = sz * r.int(Math.floor((SCRATCH - bo - sz) / sz) + 1);
  const op = r.bool() ? 'ldr' : 'str';
  return one('sp_based', `${op} ${SC[scale]}${rv(r)}, [sp, #${A}]`, [`add sp, x28, #${bo}`]);
}

function regList(t: number, n: number, a: string): string {
  const l: string[] = [];
  for (let k = 0; k < n; k++) l.push(`${v(t + k)}.${a}`);
  return `{${l.join(', ')}}`;
}

function ldstMult(r: Rng): Unit {
  const load = r.bool();
  const kind = r.int(7); // 0..3: LD1 with 1-4 regs, 4..6: LD2..LD4
  const [nregs, selem] = kind < 4 ? [kind + 1, 1] : [kind - 2, kind - 2];
  const [size, q] = sizeQ(r, 'bhsd', selem === 1);
  const total = nregs * (q ? 16 : 8);
  const b = r.pick(GPR);
  const A = addrIn(r, 1 << size, total);
  const mn = `${load ? 'ld' : 'st'}${selem}`;
  const list = regList(rv(r), nregs, arr(size, q));
  const post = r.int(3);
  const setup = [baseSet(b, A)];
  let addr = `[x${b}]`;
  if (post === 1) addr += `, #${total}`;
  if (post === 2) {
    const m = r.pick(GPR.filter((g) => g !== b));
    setup.push(`mov x${m}, #${r.range(-100, 100)}`);
    addr += `, x${m}`;
  }
  return one(post ? 'ldst_mult_post' : 'ldst_mult', `${mn} ${list}, ${addr}`, setup);
}

function ldstOne(r: Rng): Unit {
  const load = r.bool(0.6);
  const selem = r.pick([1, 1, 1, 2, 3, 4]);
  const repl = load && r.bool(0.35);
  const size = r.int(4), eb = 1 << size;
  const total = selem * eb;
  const b = r.pick(GPR);
  const A = addrIn(r, eb, total);
  const t = rv(r);
  let line: string;
  if (repl) {
    const q = r.int(2);
    line = `ld${selem}r ${regList(t, selem, arr(size, q))}`;
  } else {
    const idx = r.int(16 >> size);
    const l: string[] = [];
    for (let k = 0; k < selem; k++) l.push(`${v(t + k)}.${LANE[size]}`);
    line = `${load ? 'ld' : 'st'}${selem} {${l.join(', ')}}[${idx}]`;
  }
  const post = r.int(3);
  const setup = [baseSet(b, A)];
  line += `, [x${b}]`;
  if (post === 1) line += `, #${total}`;
  if (post === 2) {
    const m = r.pick(GPR.filter((g) => g !== b));
    setup.push(`mov x${m}, #${r.range(-100, 100)}`);
    line += `, x${m}`;
  }
  return one(repl ? 'ldNr' : 'ldst_lane', line, setup);
}

// ---------------------------------------------------------------- moves
function moves(r: Rng): Unit {
  const k = r.int(12);
  const d = rv(r), n = rv(r);
  switch (k) {
    case 0: {
      const [size, q] = sizeQ(r, 'bhsd');
      return one('dup_elem', `dup ${v(d)}.${arr(size, q)}, ${v(n)}.${LANE[size]}[${r.int(16 >> size)}]`);
    }
    case 1: {
      const [size, q] = sizeQ(r, 'bhsd');
      const g = r.pick([...GPR, 31]);
      return one('dup_gen', `dup ${v(d)}.${arr(size, q)}, ${size === 3 ? x(g) : w(g)}`);
    }
    case 2: {
      const size = r.int(4);
      const g = r.pick([...GPR, 31]);
      return one('ins_gen', `ins ${v(d)}.${LANE[size]}[${r.int(16 >> size)}], ${size === 3 ? x(g) : w(g)}`);
    }
    case 3: {
      const size = r.int(4);
      return one('ins_elem', `ins ${v(d)}.${LANE[size]}[${r.int(16 >> size)}], ${v(n)}.${LANE[size]}[${r.int(16 >> size)}]`);
    }
    case 4: {
      const size = r.int(4);
      const g = r.pick(GPR);
      return one('umov', `umov ${size === 3 ? x(g) : w(g)}, ${v(n)}.${LANE[size]}[${r.int(16 >> size)}]`);
    }
    case 5: {
      const size = r.int(3);
      const toX = size === 2 ? 1 : r.int(2);
      const g = r.pick(GPR);
      return one('smov', `smov ${toX ? x(g) : w(g)}, ${v(n)}.${LANE[size]}[${r.int(16 >> size)}]`);
    }
    case 6: {
      const size = r.int(4);
      return one('dup_scalar', `dup ${LANE[size]}${d}, ${v(n)}.${LANE[size]}[${r.int(16 >> size)}]`);
    }
    case 7: case 8: {
      const f = r.int(7), g = r.pick([...GPR, 31]);
      switch (f) {
        case 0: return one('fmov_gen', `fmov s${d}, ${w(g)}`);
        case 1: return one('fmov_gen', `fmov ${w(r.pick(GPR))}, s${n}`);
        case 2: return one('fmov_gen', `fmov d${d}, ${x(g)}`);
        case 3: return one('fmov_gen', `fmov ${x(r.pick(GPR))}, d${n}`);
        case 4: return one('fmov_gen', `fmov ${v(d)}.d[1], ${x(g)}`);
        case 5: return one('fmov_gen', `fmov ${x(r.pick(GPR))}, ${v(n)}.d[1]`);
        default: return one('fmov_gen', r.bool() ? `fmov h${d}, ${r.bool() ? w(g) : x(g)}` : `fmov ${r.bool() ? w(r.pick(GPR)) : x(r.pick(GPR))}, h${n}`);
      }
    }
    case 9: {
      const t = r.pick(['s', 'd', 'h']);
      return one('fmov_reg', `fmov ${t}${d}, ${t}${n}`);
    }
    default: return modImm(r);
  }
}

function modImm(r: Rng): Unit {
  const d = rv(r), q = r.int(2);
  const imm8 = r.bool(0.2) ? r.pick([0, 0xff, 0x80, 0x7f, 1]) : r.int(256);
  const k = r.int(9);
  switch (k) {
    case 0: return one('movi', `movi ${v(d)}.${q ? '16b' : '8b'}, #${imm8}`);
    case 1: { // 64-bit byte mask
      let m = 0n;
      for (let i = 0; i < 8; i++) if ((imm8 >> i) & 1) m |= 0xffn << BigInt(8 * i);
      return one('movi', q ? `movi ${v(d)}.2d, #0x${m.toString(16)}` : `movi d${d}, #0x${m.toString(16)}`);
    }
    case 2: case 3: { // 16-bit lanes: MOVI/MVNI/ORR/BIC
      const mn = r.pick(['movi', 'mvni', 'orr', 'bic']);
      return one('modimm16', `${mn} ${v(d)}.${q ? '8h' : '4h'}, #${imm8}, lsl #${r.pick([0, 8])}`);
    }
    case 4: case 5: case 6: {
      const mn = r.pick(['movi', 'mvni', 'orr', 'bic']);
      return one('modimm32', `${mn} ${v(d)}.${q ? '4s' : '2s'}, #${imm8}, lsl #${r.pick([0, 8, 16, 24])}`);
    }
    default: {
      const mn = r.pick(['movi', 'mvni']);
      return one('modimm_msl', `${mn} ${v(d)}.${q ? '4s' : '2s'}, #${imm8}, msl #${r.pick([8, 16])}`);
    }
  }
}

// ---------------------------------------------------------------- integer data processing
const SAME: readonly [string, string][] = [
  ['add', 'bhsd'], ['sub', 'bhsd'], ['mul', 'bhs'], ['mla', 'bhs'], ['mls', 'bhs'],
  ['cmeq', 'bhsd'], ['cmge', 'bhsd'], ['cmgt', 'bhsd'], ['cmhi', 'bhsd'], ['cmhs', 'bhsd'], ['cmtst', 'bhsd'],
  ['addp', 'bhsd'], ['umax', 'bhs'], ['umin', 'bhs'], ['smax', 'bhs'], ['smin', 'bhs'],
  ['umaxp', 'bhs'], ['uminp', 'bhs'], ['smaxp', 'bhs'], ['sminp', 'bhs'],
  ['uabd', 'bhs'], ['sabd', 'bhs'], ['uaba', 'bhs'], ['saba', 'bhs'],
  ['uqadd', 'bhsd'], ['uqsub', 'bhsd'], ['sqadd', 'bhsd'], ['sqsub', 'bhsd'],
  ['shadd', 'bhs'], ['uhadd', 'bhs'], ['srhadd', 'bhs'], ['urhadd', 'bhs'], ['shsub', 'bhs'], ['uhsub', 'bhs'],
  ['sshl', 'bhsd'], ['ushl', 'bhsd'], ['srshl', 'bhsd'], ['urshl', 'bhsd'],
  ['sqshl', 'bhsd'], ['uqshl', 'bhsd'], ['sqrshl', 'bhsd'], ['uqrshl', 'bhsd'],
  ['sqdmulh', 'hs'], ['sqrdmulh', 'hs'], ['pmul', 'b'],
];
const LOGIC = ['and', 'orr', 'eor', 'bic', 'orn', 'bsl', 'bit', 'bif'];
const SAME_SCALAR: readonly [string, string][] = [
  ['add', 'd'], ['sub', 'd'], ['cmeq', 'd'], ['cmge', 'd'], ['cmgt', 'd'], ['cmhi', 'd'], ['cmhs', 'd'], ['cmtst', 'd'],
  ['sqadd', 'bhsd'], ['uqadd', 'bhsd'], ['sqsub', 'bhsd'], ['uqsub', 'bhsd'],
  ['sshl', 'd'], ['ushl', 'd'], ['srshl', 'd'], ['urshl', 'd'],
  ['sqshl', 'bhsd'], ['uqshl', 'bhsd'], ['sqrshl', 'bhsd'], ['uqrshl', 'bhsd'], ['sqdmulh', 'hs'], ['sqrdmulh', 'hs'],
];

function threeSame(r: Rng): Unit {
  const d = rv(r), n = rv(r), m = rv(r);
  if (r.bool(0.25)) {
    const q = r.int(2), a = q ? '16b' : '8b';
    return one('logic', `${r.pick(LOGIC)} ${v(d)}.${a}, ${v(n)}.${a}, ${v(m)}.${a}`);
  }
  if (r.bool(0.2)) {
    const [mn, sizes] = r.pick(SAME_SCALAR);
    const t = r.pick(sizes.split(''));
    return one('same_scalar', `${mn} ${t}${d}, ${t}${n}, ${t}${m}`);
  }
  const [mn, sizes] = r.pick(SAME);
  const [size, q] = sizeQ(r, sizes);
  const a = arr(size, q);
  return one('same', `${mn} ${v(d)}.${a}, ${v(n)}.${a}, ${v(m)}.${a}`);
}

const DIFF_L = ['saddl', 'uaddl', 'ssubl', 'usubl', 'sabdl', 'uabdl', 'sabal', 'uabal', 'smull', 'umull', 'smlal', 'umlal', 'smlsl', 'umlsl'];
const DIFF_W = ['saddw', 'uaddw', 'ssubw', 'usubw'];
const DIFF_HN = ['addhn', 'raddhn', 'subhn', 'rsubhn'];
const DIFF_SQ = ['sqdmull', 'sqdmlal', 'sqdmlsl'];

function threeDiff(r: Rng): Unit {
  const d = rv(r), n = rv(r), m = rv(r);
  const q = r.int(2), s2 = q ? '2' : '';
  const k = r.int(10);
  if (k === 0) {
    if (r.bool()) return one('pmull', `pmull${s2} ${v(d)}.8h, ${v(n)}.${arr(0, q)}, ${v(m)}.${arr(0, q)}`);
    return one('pmull', `pmull${s2} ${v(d)}.1q, ${v(n)}.${q ? '2d' : '1d'}, ${v(m)}.${q ? '2d' : '1d'}`);
  }
  const sq = k === 1;
  const size = sq ? r.range(1, 2) : r.int(3);
  const wide = arr(size + 1, 1), narrow = arr(size, q);
  if (k <= 5) return one('diff_long', `${sq ? r.pick(DIFF_SQ) : r.pick(DIFF_L)}${s2} ${v(d)}.${wide}, ${v(n)}.${narrow}, ${v(m)}.${narrow}`);
  if (k <= 7) return one('diff_wide', `${r.pick(DIFF_W)}${s2} ${v(d)}.${wide}, ${v(n)}.${wide}, ${v(m)}.${narrow}`);
  return one('diff_narrow', `${r.pick(DIFF_HN)}${s2} ${v(d)}.${narrow}, ${v(n)}.${wide}, ${v(m)}.${wide}`);
}

const MISC: readonly [string, string][] = [
  ['rev64', 'bhs'], ['rev32', 'bh'], ['rev16', 'b'], ['cnt', 'b'], ['not', 'b'], ['rbit', 'b'],
  ['clz', 'bhs'], ['cls', 'bhs'], ['abs', 'bhsd'], ['neg', 'bhsd'], ['sqabs', 'bhsd'], ['sqneg', 'bhsd'],
  ['suqadd', 'bhsd'], ['usqadd', 'bhsd'],
];
const CMZ = ['cmeq', 'cmge', 'cmgt', 'cmle', 'cmlt'];

function twoMisc(r: Rng): Unit {
  const d = rv(r), n = rv(r);
  const k = r.int(10);
  if (k < 4) {
    const [mn, sizes] = r.pick(MISC);
    const [size, q] = sizeQ(r, sizes);
    return one('misc', `${mn} ${v(d)}.${arr(size, q)}, ${v(n)}.${arr(size, q)}`);
  }
  if (k < 5) {
    const [size, q] = sizeQ(r, 'bhsd');
    return one('cmp_zero', `${r.pick(CMZ)} ${v(d)}.${arr(size, q)}, ${v(n)}.${arr(size, q)}, #0`);
  }
  if (k < 6) {
    const size = r.int(3), q = r.int(2);
    return one('addlp', `${r.pick(['saddlp', 'uaddlp', 'sadalp', 'uadalp'])} ${v(d)}.${arr(size + 1, q)}, ${v(n)}.${arr(size, q)}`);
  }
  if (k < 8) {
    const size = r.int(3), q = r.int(2), s2 = q ? '2' : '';
    if (r.bool(0.2)) return one('shll', `shll${s2} ${v(d)}.${arr(size + 1, 1)}, ${v(n)}.${arr(size, q)}, #${8 << size}`);
    return one('xtn', `${r.pick(['xtn', 'sqxtn', 'uqxtn', 'sqxtun'])}${s2} ${v(d)}.${arr(size, q)}, ${v(n)}.${arr(size + 1, 1)}`);
  }
  // scalar forms
  const f = r.int(4);
  if (f === 0) return one('misc_scalar', `${r.pick(['abs', 'neg'])} d${d}, d${n}`);
  if (f === 1) return one('misc_scalar', `${r.pick(CMZ)} d${d}, d${n}, #0`);
  if (f === 2) {
    const t = r.pick(['b', 'h', 's', 'd']);
    return one('misc_scalar', `${r.pick(['sqabs', 'sqneg', 'suqadd', 'usqadd'])} ${t}${d}, ${t}${n}`);
  }
  const size = r.int(3);
  return one('misc_scalar', `${r.pick(['sqxtn', 'uqxtn', 'sqxtun'])} ${SC[size]}${d}, ${SC[size + 1]}${n}`);
}

function across(r: Rng): Unit {
  const d = rv(r), n = rv(r);
  if (r.bool(0.1)) return one('addp_scalar', `addp d${d}, ${v(n)}.2d`);
  const size = r.int(3), q = size === 2 ? 1 : r.int(2);
  const mn = r.pick(['addv', 'umaxv', 'uminv', 'smaxv', 'sminv', 'uaddlv', 'saddlv']);
  const dst = mn.endsWith('lv') ? SC[size + 1] : SC[size];
  return one('across', `${mn} ${dst}${d}, ${v(n)}.${arr(size, q)}`);
}

function permute(r: Rng): Unit {
  const d = rv(r), n = rv(r), m = rv(r);
  const k = r.int(10);
  if (k < 5) {
    const [size, q] = sizeQ(r, 'bhsd');
    const a = arr(size, q);
    return one('permute', `${r.pick(['uzp1', 'uzp2', 'zip1', 'zip2', 'trn1', 'trn2'])} ${v(d)}.${a}, ${v(n)}.${a}, ${v(m)}.${a}`);
  }
  if (k < 7) {
    const q = r.int(2), a = q ? '16b' : '8b';
    return one('ext', `ext ${v(d)}.${a}, ${v(n)}.${a}, ${v(m)}.${a}, #${r.int(q ? 16 : 8)}`);
  }
  const q = r.int(2), a = q ? '16b' : '8b';
  const len = r.range(1, 4);
  return one('tbl', `${r.pick(['tbl', 'tbx'])} ${v(d)}.${a}, ${regList(n, len, '16b')}, ${v(m)}.${a}`);
}

const SHR = ['sshr', 'ushr', 'ssra', 'usra', 'srshr', 'urshr', 'srsra', 'ursra', 'sri'];
const SHL = ['shl', 'sli', 'sqshl', 'uqshl', 'sqshlu'];
const SHRN = ['shrn', 'rshrn', 'sqshrn', 'uqshrn', 'sqrshrn', 'uqrshrn', 'sqshrun', 'sqrshrun'];

function shiftImm(r: Rng): Unit {
  const d = rv(r), n = rv(r);
  const k = r.int(10);
  if (k < 3) {
    const [size, q] = sizeQ(r, 'bhsd');
    const E = 8 << size;
    return one('shift_right', `${r.pick(SHR)} ${v(d)}.${arr(size, q)}, ${v(n)}.${arr(size, q)}, #${r.range(1, E)}`);
  }
  if (k < 5) {
    const [size, q] = sizeQ(r, 'bhsd');
    const E = 8 << size;
    return one('shift_left', `${r.pick(SHL)} ${v(d)}.${arr(size, q)}, ${v(n)}.${arr(size, q)}, #${r.int(E)}`);
  }
  if (k < 7) {
    const size = r.int(3), q = r.int(2), E = 8 << size;
    return one('shift_narrow', `${r.pick(SHRN)}${q ? '2' : ''} ${v(d)}.${arr(size, q)}, ${v(n)}.${arr(size + 1, 1)}, #${r.range(1, E)}`);
  }
  if (k < 8) {
    const size = r.int(3), q = r.int(2), E = 8 << size;
    return one('shll_imm', `${r.pick(['sshll', 'ushll'])}${q ? '2' : ''} ${v(d)}.${arr(size + 1, 1)}, ${v(n)}.${arr(size, q)}, #${r.int(E)}`);
  }
  // scalar
  const f = r.int(3);
  if (f === 0) return one('shift_scalar', `${r.pick(SHR)} d${d}, d${n}, #${r.range(1, 64)}`);
  if (f === 1) {
    const mn = r.pick(SHL);
    const size = mn === 'shl' || mn === 'sli' ? 3 : r.int(4);
    return one('shift_scalar', `${mn} ${SC[size]}${d}, ${SC[size]}${n}, #${r.int(8 << size)}`);
  }
  const size = r.int(3);
  const mn = r.pick(SHRN.filter((s) => s.startsWith('sq') || s.startsWith('uq')));
  return one('shift_scalar', `${mn} ${SC[size]}${d}, ${SC[size + 1]}${n}, #${r.range(1, 8 << size)}`);
}

function byElem(r: Rng): Unit {
  const d = rv(r), n = rv(r);
  const size = r.range(1, 2), q = r.int(2);
  const m = size === 1 ? r.int(16) : rv(r);
  const idx = r.int(size === 1 ? 8 : 4);
  const el = `${v(m)}.${LANE[size]}[${idx}]`;
  const k = r.int(4);
  if (k === 0) return one('elem', `${r.pick(['mul', 'mla', 'mls', 'sqdmulh', 'sqrdmulh'])} ${v(d)}.${arr(size, q)}, ${v(n)}.${arr(size, q)}, ${el}`);
  const mn = r.pick(['smull', 'umull', 'smlal', 'umlal', 'smlsl', 'umlsl', 'sqdmull', 'sqdmlal', 'sqdmlsl']);
  return one('elem_long', `${mn}${q ? '2' : ''} ${v(d)}.${arr(size + 1, 1)}, ${v(n)}.${arr(size, q)}, ${el}`);
}

// ---------------------------------------------------------------- class table
const CLASSES: readonly [string, number, Gen][] = [
  ['ldst_reg1', 10, ldstReg1],
  ['ldr_lit', 1, ldrLit],
  ['ldst_pair', 5, ldstPair],
  ['sp_based', 1, spBased],
  ['ldst_mult', 6, ldstMult],
  ['ldst_one', 4, ldstOne],
  ['moves', 12, moves],
  ['three_same', 16, threeSame],
  ['three_diff', 6, threeDiff],
  ['two_misc', 8, twoMisc],
  ['across', 4, across],
  ['permute', 7, permute],
  ['shift_imm', 8, shiftImm],
  ['by_elem', 4, byElem],
];
const TOTAL_W = CLASSES.reduce((s, c) => s + c[1], 0);
function pickClass(r: Rng): Gen {
  let t = (r.u32() / 4294967296) * TOTAL_W;
  for (const [, wt, g] of CLASSES) {
    if (t < wt) return g;
    t -= wt;
  }
  return CLASSES[CLASSES.length - 1][2];
}

// ---------------------------------------------------------------- seeds
const INTERESTING: readonly bigint[] = [
  0n, 1n, 2n, 0x7fn, 0x80n, 0xffn, 0x7fffn, 0x8000n, 0xffffn, 0x7fffffffn, 0x80000000n, 0xffffffffn,
  0xffffffffffffffffn, 0x7fffffffffffffffn, 0x8000000000000000n, 0x0123456789abcdefn, 0x8080808080808080n,
  0x7f7f7f7f7f7f7f7fn, 0x0101010101010101n, 0x00ff00ff00ff00ffn, 0x8000800080008000n, 0x7fff7fff7fff7fffn,
  0x8000000080000000n, 0x7fffffff7fffffffn, 0xfffffffefffffffen, 0x0000000100000001n, 0x4000000040000000n,
];
const M64 = (1n << 64n) - 1n;
function seedX(r: Rng): bigint {
  const k = r.int(10);
  if (k < 4) return r.pick(INTERESTING);
  if (k < 7) return r.u64();
  if (k < 8) return BigInt(r.range(0, 300));
  return (-BigInt(r.range(1, 300))) & M64;
}
/** a 64-bit half of a vector register seed: lanes of one size with edge values */
function seedV(r: Rng): bigint {
  const k = r.int(6);
  if (k < 2) return r.u64();
  if (k < 3) return r.pick(INTERESTING);
  const size = r.int(4), E = 8 << size, mask = (1n << BigInt(E)) - 1n;
  const edges = [0n, 1n, mask, mask >> 1n, (mask >> 1n) + 1n, 2n, mask - 1n];
  let out = 0n;
  for (let i = 0; i < 64 / E; i++) {
    const lane = r.bool(0.6) ? r.pick(edges) : r.u64() & mask;
    out |= lane << BigInt(i * E);
  }
  return out;
}
const hex64 = (x: bigint): string => '0x' + x.toString(16).padStart(16, '0');

// ---------------------------------------------------------------- program
interface Program { src: string; counts: Record<string, number>; random: number; setup: number }

function genProgram(seed: number, name: string, blocks: number, blockSize: number): Program {
  const r = new Rng(seed);
  const counts: Record<string, number> = {};
  let nRandom = 0, nSetup = 0;
  const out: string[] = [];
  out.push(`// ${name}.S — generated by scripts/randgen-simd.ts (seed ${seed}); do not edit`);
  out.push('\t.arch armv8.2-a+fp16+crypto');
  out.push('\t.text');
  out.push('\t.include "harness.inc"');
  out.push('body:');
  out.push('\tbl dump');
  out.push('\tldr x30, [x27, #240]');
  for (let bk = 1; bk <= blocks; bk++) {
    out.push(`// block ${bk}`);
    for (let i = 0; i < blockSize; i++) {
      const u = pickClass(r)(r);
      for (const s of u.setup) { out.push('\t' + s); nSetup++; }
      for (const l of u.lines) { out.push('\t' + l); nRandom++; counts[u.cls] = (counts[u.cls] ?? 0) + 1; }
      if (r.bool(0.15)) { // make FPSR.QC observable per instruction: copy it to an X register, clear it
        out.push(`\tmrs x${r.pick(GPR)}, fpsr`, '\tmsr fpsr, xzr');
        nSetup += 2;
      }
    }
    out.push('\tstr x30, [x27, #240]');
    out.push('\tbl dump');
    if (bk < blocks) out.push('\tldr x30, [x27, #240]');
  }
  out.push('\tb finish');
  out.push('\t.balign 16');
  out.push('litpool:');
  for (let i = 0; i < 16; i++) out.push('\t.quad ' + hex64(r.u64()) + ',' + hex64(r.u64()));
  const save: bigint[] = [];
  for (let i = 0; i < 31; i++) save.push(i === 27 || i === 28 ? 0n : seedX(r));
  save.push(r.u64() & ~15n); // sp
  save.push(BigInt(r.int(16)) << 28n);
  save.push(0n, 0n);
  out.push('\t.section .rodata');
  out.push('\t.balign 16');
  out.push('init_save:');
  for (let i = 0; i < save.length; i += 4) out.push('\t.quad ' + save.slice(i, i + 4).map(hex64).join(','));
  out.push('\t.balign 16');
  out.push('init_v:');
  for (let i = 0; i < 32; i++) out.push('\t.quad ' + hex64(seedV(r)) + ',' + hex64(seedV(r)));
  out.push('init_scratch:');
  const scr: bigint[] = [];
  for (let i = 0; i < SCRATCH / 8; i++) scr.push(r.bool(0.25) ? r.pick(INTERESTING) : r.u64());
  for (let i = 0; i < scr.length; i += 4) out.push('\t.quad ' + scr.slice(i, i + 4).map(hex64).join(','));
  out.push('');
  return { src: out.join('\n'), counts, random: nRandom, setup: nSetup };
}

// ---------------------------------------------------------------- harness
const VSAVE = 0x300;
function harness(): string {
  const L: string[] = [];
  const p = (s: string): void => { L.push(s); };
  p('// harness.inc — generated by scripts/randgen-simd.ts; do not edit.');
  p('// x27 = save area, x28 = scratch base (never written by random code); V_i saved at [x27, #0x300 + 16*i]');
  p('\t.global _start');
  p('_start:');
  p('\tmov x0, #(3 << 20)');
  p('\tmsr cpacr_el1, x0');
  p('\tisb');
  p('\tmsr fpsr, xzr');
  p('\tmsr fpcr, xzr');
  p('\tadrp x27, save_area');
  p('\tadd x27, x27, :lo12:save_area');
  p('\tadrp x28, scratch');
  p('\tadd x28, x28, :lo12:scratch');
  p('\tadr x0, init_save');
  p('\tmov x1, x27');
  p('\tmov x2, #35');
  p('1:\tldr x3, [x0], #8');
  p('\tstr x3, [x1], #8');
  p('\tsubs x2, x2, #1');
  p('\tb.ne 1b');
  p('\tadr x0, init_scratch');
  p('\tmov x1, x28');
  p(`\tmov x2, #${SCRATCH / 8}`);
  p('1:\tldr x3, [x0], #8');
  p('\tstr x3, [x1], #8');
  p('\tsubs x2, x2, #1');
  p('\tb.ne 1b');
  p('\tadr x0, init_v');
  for (let i = 0; i < 32; i++) p(`\tldr q${i}, [x0, #${16 * i}]`);
  p('\tadr x30, body');
  p('\tstr x30, [x27, #264]');
  p('\tb restore');
  p('');
  p('dump:');
  for (let i = 0; i < 30; i += 2) p(`\tstp x${i}, x${i + 1}, [x27, #${8 * i}]`);
  for (let i = 0; i < 32; i++) p(`\tstr q${i}, [x27, #${VSAVE + 16 * i}]`);
  p('\tmov x0, sp');
  p('\tstr x0, [x27, #248]');
  p('\tmrs x0, nzcv');
  p('\tstr x0, [x27, #256]');
  p('\tmrs x0, fpsr');
  p('\tstr x0, [x27, #280]');
  p('\tstr x30, [x27, #264]');
  p('\tmov x9, #0x09000000');
  p('\tadr x0, s_hdr');
  p('\tbl puts');
  p('\tldr x19, [x27, #272]');
  p('\tmov x0, x19');
  p('\tbl putdec3');
  p("\tmov w0, #10");
  p('\tstrb w0, [x9]');
  p('\tadd x19, x19, #1');
  p('\tstr x19, [x27, #272]');
  p('\tmov x19, #0');
  p("2:\tmov w0, #'x'");
  p('\tstrb w0, [x9]');
  p('\tmov x0, x19');
  p('\tbl putdec2');
  p("\tmov w0, #' '");
  p('\tstrb w0, [x9]');
  p('\tldr x0, [x27, x19, lsl #3]');
  p('\tbl puthex16');
  p('\tmov w0, #10');
  p('\tstrb w0, [x9]');
  p('\tadd x19, x19, #1');
  p('\tcmp x19, #31');
  p('\tb.ne 2b');
  p('\tadr x0, s_sp');
  p('\tbl puts');
  p('\tldr x0, [x27, #248]');
  p('\tbl puthex16');
  p('\tadr x0, s_nzcv');
  p('\tbl puts');
  p('\tldr x0, [x27, #256]');
  p('\tlsr x0, x0, #28');
  p('\tand x0, x0, #15');
  p('\tbl puthex1');
  p('\tadr x0, s_mem');
  p('\tbl puts');
  p('\tmov x0, #0x2325');
  p('\tmovk x0, #0x8422, lsl #16');
  p('\tmovk x0, #0x9ce4, lsl #32');
  p('\tmovk x0, #0xcbf2, lsl #48');
  p('\tmov x1, #0x01b3');
  p('\tmovk x1, #0x100, lsl #32');
  p('\tmov x2, x28');
  p(`\tmov x3, #${SCRATCH / 8}`);
  p('3:\tldr x4, [x2], #8');
  p('\teor x0, x0, x4');
  p('\tmul x0, x0, x1');
  p('\tsubs x3, x3, #1');
  p('\tb.ne 3b');
  p('\tbl puthex16');
  p('\tmov w0, #10');
  p('\tstrb w0, [x9]');
  p('\tmov x19, #0');
  p("4:\tmov w0, #'v'");
  p('\tstrb w0, [x9]');
  p('\tmov x0, x19');
  p('\tbl putdec2');
  p("\tmov w0, #' '");
  p('\tstrb w0, [x9]');
  p(`\tadd x20, x27, #${VSAVE}`);
  p('\tadd x20, x20, x19, lsl #4');
  p('\tldr x0, [x20, #8]');
  p('\tbl puthex16');
  p('\tldr x0, [x20]');
  p('\tbl puthex16');
  p('\tmov w0, #10');
  p('\tstrb w0, [x9]');
  p('\tadd x19, x19, #1');
  p('\tcmp x19, #32');
  p('\tb.ne 4b');
  p('\tadr x0, s_fpsr');
  p('\tbl puts');
  p('\tldr x0, [x27, #280]');
  p('\tbl puthex16');
  p('\tmov w0, #10');
  p('\tstrb w0, [x9]');
  p('// fall through');
  p('restore:');
  p('\tldr x0, [x27, #248]');
  p('\tmov sp, x0');
  p('\tldr x0, [x27, #256]');
  p('\tmsr nzcv, x0');
  p('\tldr x30, [x27, #264]');
  for (let i = 0; i < 26; i += 2) p(`\tldp x${i}, x${i + 1}, [x27, #${8 * i}]`);
  p('\tldr x26, [x27, #208]');
  p('\tldr x29, [x27, #232]');
  p('\tret');
  p(`
// leaf helpers: x9 = UART data register; clobber x0, x10-x12
puts:
\tldrb w10, [x0], #1
\tcbz w10, 1f
\tstrb w10, [x9]
\tb puts
1:\tret
puthex16:
\tmov x11, #60
1:\tlsr x10, x0, x11
\tand x10, x10, #15
\tcmp x10, #10
\tadd x12, x10, #'0'
\tadd x10, x10, #('a' - 10)
\tcsel x10, x12, x10, lo
\tstrb w10, [x9]
\tsubs x11, x11, #4
\tb.pl 1b
\tret
puthex1:
\tcmp x0, #10
\tadd x12, x0, #'0'
\tadd x10, x0, #('a' - 10)
\tcsel x10, x12, x10, lo
\tstrb w10, [x9]
\tmov w10, #10
\tstrb w10, [x9]
\tret
putdec3:
\tmov x10, #100
\tudiv x11, x0, x10
\tmsub x0, x11, x10, x0
\tadd x11, x11, #'0'
\tstrb w11, [x9]
putdec2:
\tmov x10, #10
\tudiv x11, x0, x10
\tmsub x0, x11, x10, x0
\tadd x11, x11, #'0'
\tstrb w11, [x9]
\tadd x0, x0, #'0'
\tstrb w0, [x9]
\tret

finish:
\tmov x9, #0x09000000
\tadr x0, s_end
\tbl puts
\tmov x2, x28
\tmov x3, #0
1:\tldr x0, [x2], #8
\tbl puthex16
\tadd x3, x3, #1
\tmov w0, #' '
\tmov w1, #10
\ttst x3, #3
\tcsel w0, w1, w0, eq
\tstrb w0, [x9]
\tcmp x3, #${SCRATCH / 8}
\tb.ne 1b
\tmov w0, #0x20
\tadr x1, exit_blk
\thlt #0xf000
\tb .

\t.section .rodata
s_hdr:\t.asciz "== "
s_sp:\t.asciz "sp "
s_nzcv:\t.asciz "\\nnzcv "
s_mem:\t.asciz "mem "
s_fpsr:\t.asciz "fpsr "
s_end:\t.asciz "== end\\n"
\t.balign 8
exit_blk:
\t.quad 0x20026, 0

\t.bss
\t.balign 4096
\t.skip 0xf00
scratch:
\t.skip 0x200
\t.balign 4096
save_area:
\t.skip 0x800
\t.text
`);
  return L.join('\n');
}

// ---------------------------------------------------------------- main
function arg(name: string, def: string): string {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

function main(): void {
  const outDir = arg('out', 'test/simd-int');
  const count = Number(arg('count', '70'));
  const baseSeed = Number(arg('seed', '1'));
  const blocks = Number(arg('blocks', '20'));
  const blockSize = Number(arg('block-size', '80'));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'harness.inc'), harness());
  const manifest = { seed: baseSeed, blocks, blockSize, programs: [] as unknown[], totals: {} as Record<string, number> };
  let total = 0, totalSetup = 0;
  for (let p = 0; p < count; p++) {
    const name = 's' + String(p).padStart(3, '0');
    const seed = (Math.imul(baseSeed, 0x9e3779b1) + p * 0x85ebca6b + 777) >>> 0;
    const prog = genProgram(seed, name, blocks, blockSize);
    writeFileSync(join(outDir, name + '.S'), prog.src);
    manifest.programs.push({ name, seed, random: prog.random, setup: prog.setup });
    for (const [k, n] of Object.entries(prog.counts)) manifest.totals[k] = (manifest.totals[k] ?? 0) + n;
    total += prog.random;
    totalSetup += prog.setup;
  }
  manifest.totals['_random'] = total;
  manifest.totals['_setup'] = totalSetup;
  manifest.totals = Object.fromEntries(Object.entries(manifest.totals).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  console.log(`randgen-simd: ${count} programs, ${total} random instructions (+${totalSetup} setup) -> ${outDir}`);
}

main();
