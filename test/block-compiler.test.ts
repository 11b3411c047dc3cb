// The JIT's first compiler (src/jit/block-compiler.ts) against the interpreter, the reference:
// random A64 words that decode to an operation the compiler handles are run as 64-instruction
// blocks by the interpreter (VCpu.run) and by the compiled WebAssembly, from the same random
// registers and flags (edge values mixed in), and the register files must be equal, every
// general register, SP, the zero and discard slots, and NZCV. Crafted blocks check flag edge
// cases (carries out of both halves, signed overflow) and each condition of CSEL.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { GuestMemory, RAM_BASE, RAM_OFFSET, REGFILE_BYTES } from '../src/memory/layout.ts';
import { CodeCache } from '../src/cpu/code-cache.ts';
import { VCpu } from '../src/cpu/vcpu.ts';
import { a64Decoder } from '../src/cpu/decode-table.ts';
import { NZCV, SP, PC, DISCARD } from '../src/cpu/regs.ts';
import { COMPILED_OPS, compilable, compileBlock } from '../src/jit/block-compiler.ts';

const BLOCK = 64;
const EDGE = [0, -1, 0x7fffffff, -0x80000000, 1, 0xffff, 0x8000, 63, 32, 31];

/** A small deterministic PRNG (xorshift32) so a failure can be replayed. */
function rng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return x | 0; };
}

function rig() {
  const mem = new GuestMemory(16);
  const decoder = a64Decoder();
  const cpu = new VCpu(mem, new CodeCache(mem.ramBytes), decoder, 0);
  return { mem, decoder, cpu, r: mem.regFile(0) };
}

/** Words (from `next`) that decode to an operation the compiler handles, `n` of them. */
function compilableWords(decoder: ReturnType<typeof a64Decoder>, next: () => number, n: number): number[] {
  const rec = new Int32Array(4096), out: number[] = [];
  const ops = new Map<number, number>();
  while (out.length < n) {
    const w = next();
    rec.fill(0, 0, 4);
    if (!decoder.decode(w, rec, 0) || !compilable(rec, 0)) continue;
    ops.set(rec[0], (ops.get(rec[0]) ?? 0) + 1);
    out.push(w);
  }
  return out;
}

/** Runs `words` (one block) both ways from the same state; returns the two register files' differences. */
function runBoth(t: ReturnType<typeof rig>, words: number[], seedState: (r: Int32Array) => void): string[] {
  const { mem, cpu, decoder, r } = t;
  const base = RAM_BASE + 0x1000;
  const dv = new DataView(mem.memory.buffer);
  words.forEach((w, k) => dv.setUint32(RAM_OFFSET + 0x1000 + 4 * k, w >>> 0, true));
  cpu.code.invalidate(0x1000, 4 * words.length);
  cpu.reset();
  seedState(r);
  r[PC] = base; r[PC + 1] = 0;
  const start = Int32Array.from(r);
  cpu.run(words.length);
  assert.is(cpu.pc, BigInt(base + 4 * words.length), 'the interpreter ran the whole block');
  const interp = Int32Array.from(r);
  r.set(start);
  const page = new Int32Array(4096);
  words.forEach((w, k) => assert.ok(decoder.decode(w, page, 4 * k)));
  const block = compileBlock(page, 0, mem.memory, 0);
  assert.ok(block && block.count === words.length, `compiled ${block?.count} of ${words.length}`);
  block!.run();
  const diffs: string[] = [];
  for (let k = 0; k <= SP + 1; k++) if (r[k] !== interp[k] && k !== DISCARD && k !== DISCARD + 1) diffs.push(`slot ${k}: jit ${(r[k] >>> 0).toString(16)} interp ${(interp[k] >>> 0).toString(16)}`);
  if (r[NZCV] !== interp[NZCV]) diffs.push(`NZCV: jit ${r[NZCV]} interp ${interp[NZCV]}`);
  return diffs;
}

test('random compilable instructions: 400 blocks of 64, the JIT and the interpreter leave the same registers and flags', () => {
  const t = rig(), next = rng(0x5eed1234);
  const words = compilableWords(t.decoder, next, 400 * BLOCK);
  const seen = new Set<number>();
  const rec = new Int32Array(4);
  for (const w of words) { t.decoder.decode(w, rec, 0); seen.add(rec[0]); }
  assert.ok(seen.size >= COMPILED_OPS.size - 3, `the random words cover ${seen.size} of ${COMPILED_OPS.size} operations`);
  let mismatches = 0;
  const first: string[] = [];
  for (let b = 0; b < 400; b++) {
    const block = words.slice(b * BLOCK, (b + 1) * BLOCK);
    const diffs = runBoth(t, block, (r) => {
      for (let k = 0; k < 62; k++) r[k] = (next() & 7) === 0 ? EDGE[(next() >>> 0) % EDGE.length] : next();
      r[SP] = next() & ~15; r[SP + 1] = next();
      r[NZCV] = (next() >>> 0) % 16;
    });
    if (diffs.length) { mismatches++; if (first.length === 0) first.push(`block ${b}: ${block.map((w) => (w >>> 0).toString(16)).join(' ')}`, ...diffs.slice(0, 6)); }
  }
  assert.is(mismatches, 0, first.join('\n'));
});

test('crafted: carries and overflow of ADDS/SUBS in both widths, and every CSEL condition', () => {
  const t = rig();
  // One instruction a block, so each one's flags are compared (a later one would overwrite them):
  // adds x2, x0, x1; subs x3, x0, x1; adds w4, w0, w1; subs w5, w0, w1; cmp x0, #1; cmn w1, #1;
  // cmp x0, #0 and cmp w0, #0 (SUBS of 0: a + ~0 + 1, the carry-in edge: C = 1).
  const arith = [0xab010002, 0xeb010003, 0x2b010004, 0x6b010005, 0xf100041f, 0x3100043f, 0xf100001f, 0x7100001f];
  const values = [0, 1, -1, 0x7fffffff, -0x80000000, 0x80000000 | 1, 0xfffffffe];
  let checked = 0;
  for (const insn of arith) {
    for (const a0 of values) for (const a1 of values) for (const b0 of values) for (const b1 of values) {
      const diffs = runBoth(t, [insn], (r) => { r[0] = a0; r[1] = a1; r[2] = b0; r[3] = b1; r[NZCV] = 0; });
      assert.equal(diffs, [], `${(insn >>> 0).toString(16)}: x0 = ${a1}:${a0}, x1 = ${b1}:${b0}`);
      checked++;
    }
  }
  // csel x2, x0, x1, <cond>; csinc x3, x0, x1, <cond>; csinv w4, w0, w1, <cond>; csneg x5, x0, x1, <cond>
  for (let cond = 0; cond < 16; cond++) {
    const c = cond << 12;
    const words = [0x9a810002 | c, 0x9a810403 | c, 0x5a810004 | c, 0xda810405 | c];
    for (let nzcv = 0; nzcv < 16; nzcv++) {
      const diffs = runBoth(t, words, (r) => { r[0] = 5; r[1] = 0; r[2] = -2; r[3] = -1; r[NZCV] = nzcv; });
      assert.equal(diffs, [], `cond ${cond} nzcv ${nzcv}`);
      checked++;
    }
  }
  assert.ok(checked > 19000);
});

test('crafted: every condition straight after each flag-setting kind (the lazy-flag fast paths)', () => {
  const t = rig();
  // subs x3, x4, x5; subs w3, w4, w5; adds x3, x4, x5; adds w3, w4, w5; ands x3, x4, x5;
  // ands w3, w4, w5; cmp x4, #1; ccmp x4, x5, #5, ne; each followed by csel x0, x1, x2, <cond>.
  const setters = [0xeb050083, 0x6b050083, 0xab050083, 0x2b050083, 0xea050083, 0x6a050083, 0xf100049f, 0xfa451085];
  const values = [0n, 1n, 2n, 0xffff_ffff_ffff_ffffn, 0x7fff_ffffn, 0x8000_0000n, 0xffff_ffffn, 0x1_0000_0000n, 0x7fff_ffff_ffff_ffffn, 0x8000_0000_0000_0000n, 0xffff_ffff_8000_0000n];
  let checked = 0;
  for (const setter of setters) {
    for (const x4 of values) for (const x5 of values) for (let cond = 0; cond < 16; cond++) {
      const diffs = runBoth(t, [setter, 0x9a820020 | (cond << 12)], (r) => {
        r[2] = 7; r[3] = 0; r[4] = -9; r[5] = -1; r[NZCV] = 0b0110;
        r[8] = Number(x4 & 0xffffffffn) | 0; r[9] = Number(x4 >> 32n) | 0;
        r[10] = Number(x5 & 0xffffffffn) | 0; r[11] = Number(x5 >> 32n) | 0;
      });
      assert.equal(diffs, [], `${(setter >>> 0).toString(16)} then cond ${cond}: x4 = ${x4.toString(16)}, x5 = ${x5.toString(16)}`);
      checked++;
    }
  }
  assert.is(checked, setters.length * values.length * values.length * 16);
});

test('the block ends before the first operation the compiler does not handle', () => {
  const t = rig();
  const page = new Int32Array(4096);
  // add x0, x0, #1; add x0, x0, #1; ldr x1, [x2]; add x0, x0, #1
  [0x91000400, 0x91000400, 0xf9400041, 0x91000400].forEach((w, k) => assert.ok(t.decoder.decode(w, page, 4 * k)));
  const block = compileBlock(page, 0, t.mem.memory, 0)!;
  assert.is(block.count, 2);
  assert.is(compileBlock(page, 8, t.mem.memory, 0), undefined, 'nothing to compile at the load');
  t.r[0] = 40; t.r[1] = 0;
  block.run();
  assert.is(t.r[0], 42);
  assert.ok(REGFILE_BYTES >= 4 * (NZCV + 1));
});

test.run();

test('crafted: CRC32 and CRC32C of every size (the tables compiled code reads), Rd = Rn = Rm too', () => {
  const t = rig();
  // crc32b w0,w1,w2; crc32h w3,w4,w5; crc32w w6,w7,w8; crc32x w9,w10,x11; crc32cb w12,w13,w14;
  // crc32ch w15,w16,w17; crc32cw w18,w19,w20; crc32cx w21,w22,x23; crc32cx w21,w21,x21
  const words = [0x1ac24020, 0x1ac54483, 0x1ac848e6, 0x9acb4d49, 0x1ace51ac, 0x1ad1560f, 0x1ad45a72, 0x9ad75ed5, 0x9ad55eb5];
  for (const w of words) assert.ok(compilable(((): Int32Array => { const rec = new Int32Array(4); t.decoder.decode(w, rec, 0); return rec; })(), 0), `0x${w.toString(16)} is compiled`);
  const next = rng(0xc3c3);
  for (let trial = 0; trial < 50; trial++) {
    const diffs = runBoth(t, words, (r) => { for (let k = 0; k < 62; k++) r[k] = (next() & 3) === 0 ? EDGE[(next() >>> 0) % EDGE.length] : next(); });
    assert.equal(diffs, [], `trial ${trial}`);
  }
});
