// The JIT tier against QEMU and the interpreter (issue #14): every firmware program and every
// random corpus (integer, FP, SIMD integer, extensions, crypto) run with `tier: 'jit'` and a
// compile threshold of 2 block entries, so nearly everything that can be compiled is. Each must
// print exactly QEMU's golden output and retire exactly as many instructions as the interpreter.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { corpusTests } from './helpers.ts';

const jit = { threshold: 2 };
const counts = [
  corpusTests(test, 'firmware/bin', 'test/golden/firmware', { maxInstructions: 2e9, skip: ['bench'], semihosting: true, jit, label: '(jit)' }),
  corpusTests(test, 'test/corpus/random', 'test/golden/random', { cpu: 'max', maxInstructions: 2e9, semihosting: true, jit, label: '(jit)' }),
  corpusTests(test, 'test/corpus/simd-int', 'test/golden/simd-int', { cpu: 'max', maxInstructions: 2e9, jit, label: '(jit)' }),
  corpusTests(test, 'test/corpus/simd-fp', 'test/golden/simd-fp', { jit, label: '(jit)' }),
  corpusTests(test, 'test/corpus/simd-ext', 'test/golden/simd-ext', { cpu: 'max', jit, label: '(jit)' }),
  corpusTests(test, 'test/corpus/simd-crypto', 'test/golden/simd-crypto', { cpu: 'max', maxInstructions: 50e6, jit, label: '(jit)' }),
];

test('every corpus ran under the JIT', () => {
  assert.ok(counts.every((n) => n > 0), `programs per corpus: ${counts.join(', ')}`);
});

test.run();
