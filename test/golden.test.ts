// Every firmware program and every random-instruction program must print exactly what QEMU
// printed for it (goldens under test/golden/, made by scripts/make-goldens.sh and
// scripts/make-random.sh) and exit with the same status.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { runElf, firstDifference } from './helpers.ts';

const SKIP = new Set(['bench']); // ~360 M instructions: that one is `npm run bench`'s workload

/** cpu: the model QEMU made the suite's goldens with, unless a program's .args says otherwise. */
function goldenSuite(elfDir: string, goldenDir: string, cpu?: string): number {
  let count = 0;
  for (const file of readdirSync(elfDir).filter((f) => f.endsWith('.elf')).sort()) {
    const name = file.slice(0, -4);
    const out = `${goldenDir}/${name}.out`;
    if (!existsSync(out) || SKIP.has(name)) continue;
    count++;
    // X.args: the machine options QEMU's golden was made with (e.g. `--gic 2`, `--cpu max`).
    const argsFile = `${goldenDir}/${name}.args`;
    const args = existsSync(argsFile) ? readFileSync(argsFile, 'utf8').trim().split(/\s+/) : [];
    const gicArg = args.indexOf('--gic');
    const gic = gicArg >= 0 ? (Number(args[gicArg + 1]) as 2 | 3) : undefined;
    const cpuArg = args.indexOf('--cpu');
    const model = cpuArg >= 0 ? args[cpuArg + 1] : cpu;
    test(`${elfDir}/${name} matches QEMU`, () => {
      const run = runElf(`${elfDir}/${file}`, undefined, { gic, cpu: model });
      const want = readFileSync(out, 'latin1');
      const wantErr = existsSync(`${goldenDir}/${name}.err`) ? readFileSync(`${goldenDir}/${name}.err`, 'latin1') : '';
      const wantStatus = existsSync(`${goldenDir}/${name}.exit`) ? Number(readFileSync(`${goldenDir}/${name}.exit`, 'utf8')) : 0;
      if (run.uart !== want) assert.unreachable(`${name}: UART output differs from QEMU at ${firstDifference(run.uart, want)}`);
      assert.is(run.semihosting, wantErr, `${name}: semihosting console output`);
      assert.equal({ kind: run.stop.kind, status: run.stop.kind === 'exit' ? run.stop.status : undefined },
        { kind: 'exit', status: wantStatus }, `${name}: how the guest stopped (${JSON.stringify(run.stop)})`);
    });
  }
  return count;
}

const firmware = goldenSuite('firmware/bin', 'test/golden/firmware');
const random = goldenSuite('test/random', 'test/golden/random', 'max'); // scripts/make-random.sh: QEMU -cpu max

test('the golden corpus is all there', () => {
  assert.ok(firmware >= 15, `firmware programs with goldens: ${firmware}`);
  assert.ok(random >= 100, `random programs with goldens: ${random}`);
  const manifest = JSON.parse(readFileSync('test/random/manifest.json', 'utf8'));
  const total = (manifest.programs as { random: number }[]).reduce((n, p) => n + p.random, 0);
  assert.ok(total >= 200_000, `random instructions in the corpus: ${total}`);
});

test.run();
