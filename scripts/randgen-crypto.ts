/**
 * randgen-crypto.ts — random differential corpus for the cryptographic instructions:
 *   FEAT_AES (AESE AESD AESMC AESIMC), FEAT_PMULL (PMULL/PMULL2 .1Q), FEAT_SHA1 (SHA1C SHA1P SHA1M
 *   SHA1H SHA1SU0 SHA1SU1), FEAT_SHA256 (SHA256H SHA256H2 SHA256SU0 SHA256SU1), FEAT_SHA512
 *   (SHA512H SHA512H2 SHA512SU0 SHA512SU1), FEAT_SHA3 (EOR3 BCAX RAX1 XAR).
 *
 * Usage:  npx tsx scripts/randgen-crypto.ts [--out test/corpus/simd-crypto] [--count 16] [--seed 1]
 *                                           [--blocks 40]
 * (scripts/make-random-corpus.sh simd-crypto runs this, assembles/links every program and records
 *  the QEMU goldens, -cpu max, in test/golden/simd-crypto/cNNN.out.)  Same arguments ->
 *  byte-identical files.
 *
 * PROGRAM SHAPE: each block loads V0..V31 from its own seed table, then runs 16 random
 *   instructions; instruction k writes V(16+k) (whose seed is its read-modify-write operand where
 *   the instruction has one) and reads V0..V15, earlier results V16..V(16+k-1), or sometimes its
 *   own destination (aliasing). Then it prints the block number and V16..V31, so every
 *   instruction's result is observed. Seeds mix random bits with carry-heavy words (all ones,
 *   0x8000...), zeros and repeated bytes.
 *
 * OUTPUT FORMAT (PL011): per block `== NNNN` (hex) then `vNN <hi 16 hex><lo 16 hex>` for V16..V31;
 *   `== end` at the end; then semihosting exit 0.
 */
import { ASM, generatedBy, hex, Rng, runCorpus, weightedPicker, type Program, type Weighted } from './randgen-harness.ts';

// ---------------------------------------------------------------- instructions
const PER_BLOCK = 16;

/** One instruction: mnemonic and operand template; D = destination, S = any source. */
type Gen = (r: Rng, d: number, src: () => number) => string;
const v = (n: number): string => `v${n}`;

const GENS: readonly Weighted<Gen>[] = [
  // FEAT_AES: Vd is also an input for AESE/AESD
  ['aese', 1, (_r, d, s) => `aese ${v(d)}.16b, ${v(s())}.16b`],
  ['aesd', 1, (_r, d, s) => `aesd ${v(d)}.16b, ${v(s())}.16b`],
  ['aesmc', 1, (_r, d, s) => `aesmc ${v(d)}.16b, ${v(s())}.16b`],
  ['aesimc', 1, (_r, d, s) => `aesimc ${v(d)}.16b, ${v(s())}.16b`],
  // FEAT_PMULL
  ['pmull', 1, (_r, d, s) => `pmull ${v(d)}.1q, ${v(s())}.1d, ${v(s())}.1d`],
  ['pmull2', 1, (_r, d, s) => `pmull2 ${v(d)}.1q, ${v(s())}.2d, ${v(s())}.2d`],
  // FEAT_SHA1
  ['sha1c', 1, (_r, d, s) => `sha1c q${d}, s${s()}, ${v(s())}.4s`],
  ['sha1p', 1, (_r, d, s) => `sha1p q${d}, s${s()}, ${v(s())}.4s`],
  ['sha1m', 1, (_r, d, s) => `sha1m q${d}, s${s()}, ${v(s())}.4s`],
  ['sha1h', 1, (_r, d, s) => `sha1h s${d}, s${s()}`],
  ['sha1su0', 1, (_r, d, s) => `sha1su0 ${v(d)}.4s, ${v(s())}.4s, ${v(s())}.4s`],
  ['sha1su1', 1, (_r, d, s) => `sha1su1 ${v(d)}.4s, ${v(s())}.4s`],
  // FEAT_SHA256
  ['sha256h', 1, (_r, d, s) => `sha256h q${d}, q${s()}, ${v(s())}.4s`],
  ['sha256h2', 1, (_r, d, s) => `sha256h2 q${d}, q${s()}, ${v(s())}.4s`],
  ['sha256su0', 1, (_r, d, s) => `sha256su0 ${v(d)}.4s, ${v(s())}.4s`],
  ['sha256su1', 1, (_r, d, s) => `sha256su1 ${v(d)}.4s, ${v(s())}.4s, ${v(s())}.4s`],
  // FEAT_SHA512
  ['sha512h', 1, (_r, d, s) => `sha512h q${d}, q${s()}, ${v(s())}.2d`],
  ['sha512h2', 1, (_r, d, s) => `sha512h2 q${d}, q${s()}, ${v(s())}.2d`],
  ['sha512su0', 1, (_r, d, s) => `sha512su0 ${v(d)}.2d, ${v(s())}.2d`],
  ['sha512su1', 1, (_r, d, s) => `sha512su1 ${v(d)}.2d, ${v(s())}.2d, ${v(s())}.2d`],
  // FEAT_SHA3
  ['eor3', 1, (_r, d, s) => `eor3 ${v(d)}.16b, ${v(s())}.16b, ${v(s())}.16b, ${v(s())}.16b`],
  ['bcax', 1, (_r, d, s) => `bcax ${v(d)}.16b, ${v(s())}.16b, ${v(s())}.16b, ${v(s())}.16b`],
  ['rax1', 1, (_r, d, s) => `rax1 ${v(d)}.2d, ${v(s())}.2d, ${v(s())}.2d`],
  ['xar', 1, (r, d, s) => `xar ${v(d)}.2d, ${v(s())}.2d, ${v(s())}.2d, #${r.pick([0, 1, 31, 32, 33, 63, r.int(64), r.int(64)])}`],
];
const pickGen = weightedPicker(GENS);

// ---------------------------------------------------------------- seeds
const WORDS = [0, 0xffffffff, 0x80000000, 0x7fffffff, 1, 0xfffffffe, 0x01010101, 0x80808080, 0x63636363];
function seedWord(r: Rng, style: number): number {
  switch (style) {
    case 0: return r.u32();
    case 1: return r.bool(0.5) ? r.pick(WORDS) : r.u32();
    case 2: return r.bool(0.7) ? 0xffffffff : r.u32(); // carries in every 32/64-bit add
    default: { const b = r.int(256); return ((b << 24) | (b << 16) | (b << 8) | b) >>> 0; }
  }
}
const hex32 = (x: number): string => hex(BigInt(x >>> 0), 8);

// ---------------------------------------------------------------- program
function genProgram(seed: number, name: string, blocks: number): Program {
  const r = new Rng(seed);
  const classes: Record<string, number> = {};
  let random = 0;
  const out: string[] = [];
  const tables: string[] = [];
  out.push(generatedBy(name, 'randgen-crypto', seed));
  out.push('\t.arch armv8.4-a+crypto+sha3');
  out.push('\t.include "crypto-harness.inc"');
  out.push('body:');
  for (let bk = 0; bk < blocks; bk++) {
    out.push(`// block ${bk}`);
    out.push(`\tadr x0, seeds_${bk}`);
    for (let k = 0; k < 32; k += 4) out.push(`\tld1 {v${k}.16b-v${k + 3}.16b}, [x0], #64`);
    for (let k = 0; k < PER_BLOCK; k++) {
      const d = 16 + k;
      const src = (): number => (r.bool(0.1) ? d : r.bool(0.6) ? r.int(16) : k > 0 ? 16 + r.int(k) : r.int(16));
      const [cls, , g] = pickGen(r);
      out.push('\t' + g(r, d, src));
      classes[cls] = (classes[cls] ?? 0) + 1;
      random++;
    }
    out.push(`\tmov x20, #${bk}`);
    out.push('\tbl dump');
    const style = r.int(4);
    tables.push(`seeds_${bk}:`);
    for (let q = 0; q < 32; q++) {
      const ws = [0, 1, 2, 3].map(() => seedWord(r, r.bool(0.25) ? r.int(4) : style));
      tables.push('\t.word ' + ws.map(hex32).join(', '));
    }
  }
  out.push('\tb finish');
  out.push('\t.section .rodata');
  out.push('\t.balign 16');
  out.push(...tables);
  out.push('');
  return { text: out.join('\n'), classes, random };
}

// ---------------------------------------------------------------- harness
const HARNESS = `// crypto-harness.inc — generated by scripts/randgen-crypto.ts; do not edit.
// x9 = PL011 data register; dump prints x20 (block number) and V16..V31.
\t.text
\t.global _start
_start:
\tmov x0, #(3 << 20)
\tmsr cpacr_el1, x0
\tisb
\tmov x9, #0x09000000
\tb body

dump:
\tmov x21, x30
\tadrp x22, vsave
\tadd x22, x22, :lo12:vsave
\tst1 {v16.16b-v19.16b}, [x22], #64
\tst1 {v20.16b-v23.16b}, [x22], #64
\tst1 {v24.16b-v27.16b}, [x22], #64
\tst1 {v28.16b-v31.16b}, [x22], #64
\tsub x22, x22, #256
\tadr x0, s_hdr
\tbl puts
\tmov x0, x20
\tmov x11, #12
\tbl puthex
\tmov w0, #10
\tstrb w0, [x9]
\tmov x19, #16
1:\tmov w0, #'v'
\tstrb w0, [x9]
\tmov x0, x19
\tmov x11, #4
\tbl putdec2
\tmov w0, #' '
\tstrb w0, [x9]
\tldr x0, [x22, #8]
\tmov x11, #60
\tbl puthex
\tldr x0, [x22], #16
\tmov x11, #60
\tbl puthex
\tmov w0, #10
\tstrb w0, [x9]
\tadd x19, x19, #1
\tcmp x19, #32
\tb.ne 1b
\tmov x30, x21
\tret

// leaf helpers: clobber x0, x10-x12
${ASM.puts}
// x0 printed in hex from bit x11 down to bit 0, 4 bits per digit
puthex:
${ASM.hexLoop}
putdec2:
${ASM.dec10}

finish:
\tadr x0, s_end
\tbl puts
${ASM.exit(0x18)}

${ASM.rodata([['s_hdr', '== '], ['s_end', '== end\\n']])}

\t.data
\t.balign 16
vsave:
\t.skip 256
\t.text
`;

// ---------------------------------------------------------------- main
runCorpus({
  tool: 'randgen-crypto',
  prefix: 'c',
  out: 'test/corpus/simd-crypto',
  count: 16,
  blocks: 40,
  salt: 4242,
  harness: ['crypto-harness.inc', HARNESS],
  classes: 'totals',
  info: { perBlock: PER_BLOCK },
  program: (seed, name, blocks) => genProgram(seed, name, blocks),
});
