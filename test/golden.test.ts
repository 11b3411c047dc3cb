// Every firmware program and every random-instruction program must print exactly what QEMU
// printed for it (goldens under test/golden/, made by scripts/make-goldens.sh and
// scripts/make-random.sh) and exit with the same status.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { corpusTests, corpusInstructions } from './helpers.ts';

// firmware/bin/bench.elf (~360 M instructions) is `npm run bench`'s workload, left out here.
const firmware = corpusTests(test, 'firmware/bin', 'test/golden/firmware', { maxInstructions: 2e9, skip: ['bench'], semihosting: true });
// scripts/make-random.sh: QEMU -cpu max
const random = corpusTests(test, 'test/corpus/random', 'test/golden/random', { cpu: 'max', maxInstructions: 2e9, semihosting: true });

test('the golden corpus is all there', () => {
  assert.ok(firmware >= 15, `firmware programs with goldens: ${firmware}`);
  assert.ok(random >= 100, `random programs with goldens: ${random}`);
  const total = corpusInstructions('test/corpus/random');
  assert.ok(total >= 200_000, `random instructions in the corpus: ${total}`);
});

test.run();
