// Random scalar floating-point programs (scripts/randgen-fp.ts, goldens from QEMU by
// scripts/make-random-fp.sh) must print exactly what QEMU printed: every instruction's result
// register, general-register result, FPSR flags and NZCV, bit for bit.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { corpusTests, corpusInstructions } from './helpers.ts';

const ELF_DIR = 'test/corpus/simd-fp', GOLD_DIR = 'test/golden/simd-fp';

const programs = corpusTests(test, ELF_DIR, GOLD_DIR);

test('the FP corpus is all there', () => {
  const total = corpusInstructions(ELF_DIR);
  assert.ok(programs >= 100, `FP programs with goldens: ${programs}`);
  assert.ok(total >= 100_000, `random FP instructions in the corpus: ${total}`);
});

test.run();
