// `--tier check` (issue #14): every region run replayed in the interpreter from a copy of the
// state and compared (registers, flags, monitor, memory written). bench_small.elf and Debian's
// kernel booting to "Run /init as init process" must show zero differences over all of their
// compiled runs, and check mode must report a region that computes something else.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { Machine } from '../src/machine/machine.ts';
import { defaultGuest, missingGuestMessage } from '../src/guest/images.ts';

const MILESTONE = 'Run /init as init process';

test('bench_small.elf under check: every compiled run equals the interpreter\'s, and a wrong region is reported', () => {
  const lines: string[] = [];
  const m = new Machine({ memoryMiB: 64, tier: 'check', jitThreshold: 16, console: () => {}, semihostingConsole: () => {}, log: (l) => lines.push(l) });
  m.loadElf(readFileSync('firmware/bin/bench_small.elf'));
  assert.equal(m.run({ maxInstructions: 2e9 }), { kind: 'exit', status: 0 });
  const s = m.jit!.stats;
  assert.ok(s.checked > 10_000, `runs replayed: ${s.checked}`);
  assert.is(s.mismatches, 0, lines.join('\n'));
  // The same program with a region that also flips x9's low bit after each run (a JIT bug):
  const bad = new Machine({ memoryMiB: 64, tier: 'check', jitThreshold: 16, console: () => {}, semihostingConsole: () => {}, log: (l) => lines.push(l) });
  bad.loadElf(readFileSync('firmware/bin/bench_small.elf'));
  const code = bad.code as unknown as { compiled: ({ region: { run: (...a: number[]) => number } }[] | undefined)[] };
  bad.run({ maxInstructions: 1_000_000 });
  // (Each region once: entries of one region share it, and flipping twice would undo it.)
  const regions = new Set(code.compiled.flatMap((list) => (list ?? []).map((e) => e.region)));
  assert.ok(regions.size > 0, 'regions compiled in the first million instructions');
  for (const region of regions) {
    const run = region.run;
    region.run = (...a: number[]) => { const k = run(...a); bad.cpus[0].r[18] ^= 1; return k; };
  }
  bad.run({ maxInstructions: 2_000_000 });
  assert.ok(bad.jit!.stats.mismatches > 0, 'the flipped register was reported');
  assert.ok(lines.some((l) => l.includes('register-file slot 18')), lines.slice(0, 3).join('\n'));
});

const guest = defaultGuest();
if (!guest) {
  if (process.env.CI) test('the default guest is available in CI', () => assert.unreachable(missingGuestMessage()));
  else console.log(`jit-check.test.ts: Linux part skipped: ${missingGuestMessage()}`);
} else {
  test(`Linux boots to "${MILESTONE}" under check with no difference between the tiers`, () => {
    const lines: string[] = [];
    let seen = '';
    const machine = new Machine({
      memoryMiB: 512, tier: 'check',
      console: (b) => {
        seen = (seen + Buffer.from(b).toString('latin1')).slice(-200);
        if (seen.includes(MILESTONE)) machine.requestStop('milestone reached');
      },
      log: (l) => lines.push(l),
    });
    machine.loadKernelFile(guest.kernel, guest.initrd, guest.append);
    const stop = machine.run({ maxInstructions: 1_500_000_000 });
    assert.equal(stop, { kind: 'exit', status: 0, message: 'milestone reached' });
    const s = machine.jit!.stats;
    assert.ok(s.checked > 1_000_000 && s.retired > machine.instructions / 2, `runs replayed: ${s.checked}, instructions: ${s.retired} of ${machine.instructions}`);
    assert.is(s.mismatches, 0, lines.filter((l) => l.startsWith('jit check')).slice(0, 5).join('\n'));
  });
}

test.run();
