// Random Advanced SIMD (integer, moves, loads/stores) programs must print exactly what QEMU
// printed for them: test/corpus/simd-int/sNNN.elf against test/golden/simd-int/sNNN.out, made by
// scripts/make-random-simd.sh (generator: scripts/randgen-simd.ts).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { corpusTests, corpusInstructions } from './helpers.ts';
import { SIMD_INT_TABLE } from '../src/cpu/simd-int.ts';
import { compilePattern } from '../src/cpu/decoder.ts';
import { a64Decoder } from '../src/cpu/decode-table.ts';

// Floating-point encodings (assembled with binutils) that belong to src/cpu/simd-fp.ts's table,
// which the decoder tries after this one: no line of SIMD_INT_TABLE may claim them.
const FP_WORDS = [
  0x4e22d420, 0x1e222820, 0x4fc29820, 0x4fa21020, 0x4fa25020, 0x6fa29020, 0x4f121020, 0x6f823820, 0x0f920020,
  0x0f924020, 0x4ea1b820, 0x4f3dfc20, 0x4f7be420, 0x5f7be420, 0x7f3bfc20, 0x4f03f600, 0x6f03f600, 0x4f03fe00,
  0x1e2e1000, 0x1e6e1000, 0x4ea0d820, 0x4ee0c820, 0x4ea0e820, 0x4ea0f820, 0x6ee0f820, 0x4e218820, 0x0e216820,
  0x0e217820, 0x2e616820, 0x4ea1d820, 0x6e30f820, 0x6e30c820, 0x4eb0f820, 0x7e30d820, 0x6e22d420, 0x7e70f820,
  0x5ee0d820, 0x1e20c020, 0x1e614020, 0x1e21c020, 0x1e22c020, 0x1e380020, 0x9e620020, 0x9e58f420, 0x1e212000,
  0x1e610400, 0x1e220c20, 0x1f420c20, 0x6ea2d420, 0x6e22e420, 0x4e22f420, 0x4e22cc20, 0x4e22fc20, 0x4e421420,
  0x1ee22820, 0x6e21d820, 0x5e21d820, 0x5e21a820, 0x9e640000, 0x1e7e0000, 0x1ee01000, 0x4e21e820,
];

test('no SIMD integer line claims a floating-point encoding', () => {
  const pats = SIMD_INT_TABLE.map(compilePattern);
  for (const w of FP_WORDS) {
    const hit = pats.find((p) => ((w | 0) & p.mask) === p.value);
    assert.is(hit?.line.name, undefined, `0x${w.toString(16)}`);
  }
});

test('reserved SIMD integer encodings are UNDEFINED, allocated ones decode', () => {
  const dec = a64Decoder(), rec = new Int32Array(4);
  const reserved = [
    0x0ee08400, // ADD V0.1D, V0.1D, V0.1D (size 3 needs Q 1)
    0x0ee0bc00, // ADDP .1D
    0x0ee0b800, // ABS .1D
    0x4e100400, // DUP (element) with imm5 = 10000
    0x2ea05800, // NOT/RBIT with size 2
    0x0c400c00, // LD4 {.1D} (size 3, Q 0, more than one element per structure)
  ];
  for (const w of reserved) assert.is(dec.decode(w, rec, 0), false, `0x${(w >>> 0).toString(16)}`);
  // CMEQ .16B; LD1 {.16B}; LDP Q; LDR Q; MOVI .2S #0; MOVI .2D #-1; FMOV D, X; UMOV X, V.D[0]
  const ok = [0x6e228c20, 0x4c407000, 0xad400420, 0x3dc00020, 0x0f000400, 0x6f07e7e0, 0x9e670020, 0x4e083c20];
  for (const w of ok) assert.is(dec.decode(w, rec, 0), true, `0x${(w >>> 0).toString(16)}`);
});

const ELF_DIR = 'test/corpus/simd-int';
const GOLD_DIR = 'test/golden/simd-int';

// QEMU ran them with -cpu max (they include FP16 moves).
const count = corpusTests(test, ELF_DIR, GOLD_DIR, { cpu: 'max', maxInstructions: 2e9 });

test('the SIMD random corpus is all there', () => {
  assert.ok(count >= 70, `random SIMD programs with goldens: ${count}`);
  const total = corpusInstructions(ELF_DIR);
  assert.ok(total >= 110_000, `random SIMD instructions in the corpus: ${total}`);
});

test.run();
