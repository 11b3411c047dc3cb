// `-d int` / `--trace int` (src/hyp/int-log.ts): the exceptions firmware programs take and return
// from, logged as QEMU 7.2 logs them, line for line against QEMU's own log
// (test/golden/int-log, scripts/make-int-goldens.sh). PSTATE's N, Z, C, V are masked: the Arm ARM
// leaves them unchanged on exception entry, QEMU 7.2 prints them cleared.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Machine } from '../src/machine/machine.ts';
import { firstDifference } from './helpers.ts';

const REPO = resolve(import.meta.dirname, '..');
const GOLDEN = join(REPO, 'test/golden/int-log');
const maskFlags = (l: string): string => l.replace(/PSTATE 0x([0-9a-f]+)$/, (_m, v: string) => `PSTATE 0x${(parseInt(v, 16) & 0x0fff_ffff).toString(16)}`);

for (const file of readdirSync(GOLDEN).filter((f) => f.endsWith('.txt')).sort()) {
  const name = file.slice(0, -4);
  test(`${name}: the -d int log is QEMU's`, () => {
    const argsFile = join(REPO, 'test/golden/firmware', `${name}.args`);
    const args = existsSync(argsFile) ? readFileSync(argsFile, 'utf8') : '';
    const gic = /--gic 3/.test(args) ? 3 : 2; // plain `-M virt` is a GICv2 in QEMU 7.2
    const lines: string[] = [];
    const m = new Machine({
      memoryMiB: 512, gic, log: () => {}, console: () => {}, semihostingConsole: () => {},
      interruptLog: (l) => lines.push(l),
    });
    m.loadElf(readFileSync(join(REPO, 'firmware/bin', `${name}.elf`)));
    m.run({ maxInstructions: 1e8 });
    const want = readFileSync(join(GOLDEN, file), 'utf8').trimEnd().split('\n').map(maskFlags).join('\n');
    const got = lines.map(maskFlags).join('\n');
    assert.ok(want.length > 0);
    assert.ok(got === want, firstDifference(got, want));
  });
}

test('the CLI: -d int and --trace int log to stderr; other -d items are refused', () => {
  const cli = join(REPO, 'bin/a64dbg.js');
  const r = spawnSync(process.execPath, [cli, '-kernel', 'firmware/bin/sys_svc.elf', '-d', 'int,guest_errors'], { cwd: REPO, encoding: 'latin1' });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stderr, /^Taking exception 2 \[SVC\] on CPU 0\n\.\.\.from EL1 to EL1\n\.\.\.with ESR 0x15\/0x56000000\n/m);
  assert.match(r.stderr, /^Exception return from AArch64 EL1 to AArch64 EL1 PC 0x/m);
  const quiet = spawnSync(process.execPath, [cli, '-kernel', 'firmware/bin/sys_svc.elf'], { cwd: REPO, encoding: 'latin1' });
  assert.not.match(quiet.stderr, /Taking exception/);
});

test.run();
