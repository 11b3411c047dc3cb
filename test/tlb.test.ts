// The software TLB's invalidation by VA (src/cpu/mmu.ts Tlb.flushVa) against the rule it must
// follow, checked the slow way: after TLBI by VA (with an ASID or any), no entry whose mapping
// (4 KiB page, 2 MiB or 1 GiB block) contains the VA and whose ASID matches (or is global) may
// hit, and every other entry must still be there. flushVa looks only at the VA's own index and
// at the block entries filed under the VA's 2 MiB region, so random fills of every span, refills
// of the same slots and watched tags are thrown at it.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Tlb, TLB_SIZE, GLOBAL, ANY_ASID, WATCHED } from '../src/cpu/mmu.ts';
import { RAM_OFFSET } from '../src/memory/layout.ts';

function rng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return x >>> 0; };
}

/** What must survive flushVa(lo, hi, asid), computed over every entry. */
function expected(t: Tlb, spans: Uint8Array, lo: number, hi: number, asid: number): Int32Array {
  const e = Int32Array.from(t.e);
  for (let k = 0; k < 6 * TLB_SIZE; k++) {
    const x = 4 * k, tag = e[x];
    if ((tag & 0xfff) === 1 || e[x + 1] !== hi) continue; // empty (INVALID_TAG) or another VA half
    if (asid !== ANY_ASID && e[x + 2] !== GLOBAL && e[x + 2] !== asid) continue;
    const sh = spans[k];
    if (tag >>> sh === lo >>> sh) e[x] = 1;
  }
  return e;
}

test('flushVa drops exactly the entries that map the VA, through refills, every span and watched tags', () => {
  const next = rng(0x7fb1);
  const t = new Tlb();
  const spans = new Uint8Array(6 * TLB_SIZE);
  const his = [0, -1, 0x1234];
  let dropped = 0, checks = 0;
  for (let round = 0; round < 3000; round++) {
    // A burst of fills: VAs clustered in a few 2 MiB regions so blocks and pages collide.
    for (let f = 0; f < 20; f++) {
      const u = next(), span = [12, 12, 12, 21, 21, 30][u % 6];
      const lo = ((next() % 8) << 21) | ((next() % 512) << 12) | ((u & 0x80000000) >>> 0);
      const hi = his[next() % 3], asid = next() % 4 === 0 ? GLOBAL : next() % 3;
      const bank = next() % 6;
      t.fill(bank, lo | 0, hi, asid, RAM_OFFSET + (next() % 256) * 4096, span);
      spans[bank * TLB_SIZE + ((lo >>> 12) & (TLB_SIZE - 1))] = span;
      if (next() % 10 === 0) t.e[4 * (bank * TLB_SIZE + ((lo >>> 12) & (TLB_SIZE - 1)))] |= WATCHED;
    }
    const lo = (((next() % 8) << 21) | ((next() % 512) << 12) | (next() & 0x80000000)) | 0;
    const hi = his[next() % 3], asid = next() % 3 === 0 ? ANY_ASID : next() % 3;
    const want = expected(t, spans, lo, hi, asid);
    const before = t.e.filter((v, x) => x % 4 === 0 && v !== 1).length;
    t.flushVa(lo, hi, asid);
    for (let x = 0; x < want.length; x += 4) if (t.e[x] !== want[x]) assert.unreachable(`round ${round}: entry ${x / 4} tag ${t.e[x]}, expected ${want[x]}`);
    dropped += before - t.e.filter((v, x) => x % 4 === 0 && v !== 1).length;
    checks++;
    if (round % 500 === 499) t.flushAll();
  }
  assert.ok(dropped > 500, `entries dropped over ${checks} TLBIs: ${dropped}`);
});

test.run();
