// Random scalar floating-point programs (scripts/randgen-fp.ts, goldens from QEMU by
// scripts/make-random-fp.sh) must print exactly what QEMU printed: every instruction's result
// register, general-register result, FPSR flags and NZCV, bit for bit.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { runElf } from './helpers.ts';

const ELF_DIR = 'test/simd-fp', GOLD_DIR = 'test/golden/simd-fp';

/** Lines that differ (block header + line), for a readable report. */
function diffLines(got: string, want: string, max = 8): string[] {
  const g = got.split('\n'), w = want.split('\n');
  const out: string[] = [];
  let hdr = '';
  for (let k = 0; k < Math.max(g.length, w.length); k++) {
    if (w[k]?.startsWith('== ')) hdr = w[k];
    if (g[k] !== w[k]) {
      out.push(`${hdr} line ${k + 1}: got ${JSON.stringify(g[k])}, QEMU ${JSON.stringify(w[k])}`);
      if (out.length >= max) break;
    }
  }
  return out;
}

let programs = 0;
for (const file of readdirSync(ELF_DIR).filter((f) => f.endsWith('.elf')).sort()) {
  const name = file.slice(0, -4);
  const out = `${GOLD_DIR}/${name}.out`;
  if (!existsSync(out)) continue;
  programs++;
  test(`${ELF_DIR}/${name} matches QEMU`, () => {
    const run = runElf(`${ELF_DIR}/${file}`, 1e8);
    const want = readFileSync(out, 'latin1');
    if (run.uart !== want) assert.unreachable(`${name}: differs from QEMU:\n  ${diffLines(run.uart, want).join('\n  ')}`);
    assert.equal(run.stop.kind, 'exit', `${name}: how the guest stopped (${JSON.stringify(run.stop)})`);
  });
}

test('the FP corpus is all there', () => {
  const manifest = JSON.parse(readFileSync(`${ELF_DIR}/manifest.json`, 'utf8'));
  const total = (manifest.programs as { random: number }[]).reduce((n, p) => n + p.random, 0);
  assert.ok(programs >= 100, `FP programs with goldens: ${programs}`);
  assert.ok(total >= 100_000, `random FP instructions in the corpus: ${total}`);
});

test.run();
