/**
 * randgen-simd.ts — random Advanced SIMD (integer, moves, loads/stores) differential corpus.
 *
 * Usage:  npx tsx scripts/randgen-simd.ts [--out test/corpus/simd-int] [--count 70] [--seed 1]
 *                                         [--blocks 20] [--block-size 80]
 * (scripts/make-random-corpus.sh simd-int runs this, assembles/links every program and records
 *  the QEMU goldens in test/golden/simd-int/sNNN.out.)  Same arguments -> byte-identical files.
 * The program frame, seed tables and harness are scripts/randgen-harness.ts's state programs.
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
import {
  Rng, SCRATCH, generatedBy, hex64, runCorpus, stateHarness, stateProgram, weightedPicker, type Program, type Weighted,
} from './randgen-harness.ts';

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
const CLASSES: readonly Weighted<Gen>[] = [
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
const pickClass = weightedPicker(CLASSES);

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

// ---------------------------------------------------------------- program
function genProgram(seed: number, name: string, blocks: number, blockSize: number): Program {
  const r = new Rng(seed);
  const classes: Record<string, number> = {};
  let random = 0, setup = 0;
  const block = (): string[] => {
    const out: string[] = [];
    for (let i = 0; i < blockSize; i++) {
      const u = pickClass(r)[2](r);
      for (const s of u.setup) { out.push('\t' + s); setup++; }
      for (const l of u.lines) { out.push('\t' + l); random++; classes[u.cls] = (classes[u.cls] ?? 0) + 1; }
      if (r.bool(0.15)) { // make FPSR.QC observable per instruction: copy it to an X register, clear it
        out.push(`\tmrs x${r.pick(GPR)}, fpsr`, '\tmsr fpsr, xzr');
        setup += 2;
      }
    }
    return out;
  };
  const litpool = (): string[] => {
    const out = ['\t.balign 16', 'litpool:'];
    for (let i = 0; i < 16; i++) out.push('\t.quad ' + hex64(r.u64()) + ',' + hex64(r.u64()));
    return out;
  };
  const initV = (): string[] => {
    const out = ['\t.balign 16', 'init_v:'];
    for (let i = 0; i < 32; i++) out.push('\t.quad ' + hex64(seedV(r)) + ',' + hex64(seedV(r)));
    return out;
  };
  const text = stateProgram({
    r,
    head: [generatedBy(name, 'randgen-simd', seed), '\t.arch armv8.2-a+fp16+crypto'],
    blocks,
    block,
    code: litpool,
    seedX: () => seedX(r),
    seedSp: () => r.u64(),
    align: 16,
    tables: initV,
    interesting: INTERESTING,
  });
  return { text, classes, random, setup };
}

runCorpus({
  tool: 'randgen-simd',
  prefix: 's',
  out: 'test/corpus/simd-int',
  count: 70,
  blocks: 20,
  blockSize: 80,
  salt: 777,
  classes: 'totals',
  harness: ['harness.inc', stateHarness({
    tool: 'randgen-simd',
    notes: ['// x27 = save area, x28 = scratch base (never written by random code); V_i saved at [x27, #0x300 + 16*i]'],
    simd: true,
    // scratch 0x100 bytes below a page boundary: random accesses cross pages
    bss: ['\t.skip 0xf00', 'scratch:', '\t.skip 0x200', '\t.balign 4096', 'save_area:', '\t.skip 0x800'],
  })],
  program: genProgram,
});
