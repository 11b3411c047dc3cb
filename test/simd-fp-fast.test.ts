// The host-double fast paths of FADD/FSUB/FMUL/FDIV must agree bit for bit (result and FPSR
// flags) with the exact BigInt implementation, on crafted operands near the edges where the fast
// path hands over: results near the smallest and largest normals, exact and inexact results,
// cancellation, wide exponent gaps.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { binaryOpForTest } from '../src/cpu/simd-fp.ts';

let seed = 12345;
function rnd(): number { // xorshift32
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return seed >>> 0;
}
const rbig = (bits: number): bigint => ((BigInt(rnd()) << 32n) | BigInt(rnd())) & ((1n << BigInt(bits)) - 1n);

function value(size: number): bigint {
  const [E, F] = size ? [11, 52] : [8, 23];
  const emax = (1 << E) - 1, bias = (emax >> 1);
  const s = BigInt(rnd() & 1) << BigInt(E + F);
  let exp: number;
  switch (rnd() % 6) {
    case 0: exp = 1 + (rnd() % 40); break; // near the underflow threshold
    case 1: exp = emax - 1 - (rnd() % 40); break; // near overflow
    case 2: exp = bias + (rnd() % 8) - 4; break;
    case 3: exp = (bias >> 1) + (rnd() % bias); break;
    default: exp = 1 + (rnd() % (emax - 1));
  }
  let frac = rbig(F);
  if (rnd() % 3 === 0) frac &= ~((1n << BigInt(F - (rnd() % 8))) - 1n); // few significant bits: exact results
  return s | (BigInt(exp) << BigInt(F)) | frac;
}

test('fast paths agree with the exact implementation', () => {
  let checked = 0;
  for (let k = 0; k < 60000; k++) {
    const size = k & 1, op = (k >> 1) & 3;
    const a = value(size);
    const b = k % 7 === 0 ? a ^ (size ? 1n << 63n : 1n << 31n) : value(size); // x - x, x + (-x)
    const fpcr = (rnd() % 4 === 0 ? 1 << 24 : 0) | (rnd() % 4 === 0 ? 1 << 25 : 0);
    const [rf, ff] = binaryOpForTest(size, op, a, b, fpcr, true);
    const [rs, fs] = binaryOpForTest(size, op, a, b, fpcr, false);
    if (rf !== rs || ff !== fs) {
      assert.unreachable(`size ${size} op ${op} a=${a.toString(16)} b=${b.toString(16)}: fast ${rf.toString(16)}/${ff}, exact ${rs.toString(16)}/${fs}`);
    }
    checked++;
  }
  assert.ok(checked === 60000);
});

test('results that round up to the smallest normal still raise Underflow (tininess before rounding)', () => {
  const cases: [number, number, bigint, bigint][] = [
    [0, 0, 0x00800000n, 0x3f7fffffn], // single: 2^-126 * (1 - 2^-24)
    [0, 1, 0x00ffffffn, 0x40000001n], // single: just below 2^-126 by division
    [1, 0, 0x0010000000000000n, 0x3fefffffffffffffn], // double (exact path)
  ];
  for (const [size, op, a, b] of cases) {
    for (const fpcr of [0, 1 << 24]) {
      const fast = binaryOpForTest(size, op, a, b, fpcr, true), exact = binaryOpForTest(size, op, a, b, fpcr, false);
      assert.equal(fast, exact, `size ${size} op ${op} fpcr ${fpcr.toString(16)}`);
      assert.ok((exact[1] & 8) !== 0, 'UFC set');
    }
  }
});

test.run();
