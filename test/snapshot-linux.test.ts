// Determinism through snapshots on the real guest (issue #13, item 3): Debian's kernel is booted
// cold to its prompt and saved there; the cold machine then runs a few commands. A machine made
// from the snapshot file, fed the same input, must print byte for byte the same console output
// and retire the same number of instructions to the same end; so must the cold machine after
// `loadvm` of the same file (restoreSnapshot into a machine that has run on). The snapshot is
// also stored as the prompt-snapshot cache, so later suites (the runner's) restore it instead of
// booting cold again.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultGuest } from '../src/guest/images.ts';
import type { Machine } from '../src/machine/machine.ts';
import { bootToPrompt, promptSnapshotPath } from '../src/snapshot/prompt-cache.ts';
import { machineFromSnapshot, readSnapshot, restoreSnapshot, saveSnapshot } from '../src/snapshot/snapshot.ts';

const guest = defaultGuest();
const END = '@@end-of-commands@@';
// Commands whose output depends on time, memory and the kernel's state, so a restore that lost
// anything (clock, timer, RTC, page cache, interrupt counts) would show. (No /dev/urandom: with
// no rng-seed in the DTB its first read waits ~2e9 instructions for jitter entropy.)
const INPUT = [
  'cat /proc/uptime /proc/loadavg',
  'date -u; hwclock -r 2>&1 | head -1',
  'sha256sum /bin/busybox; ls / | wc -l',
  'grep -E "^(MemFree|Cached)" /proc/meminfo',
  'usleep 200000; cat /proc/interrupts | head -4',
  `echo ${END.slice(0, 8)}""${END.slice(8)}`,
].join('\n') + '\n';

interface Tail { log: string; instructions: number; stop: string; ms: number }

/** Feeds INPUT to a machine at the prompt and runs it until the end marker is printed. */
function runCommands(m: Machine): Tail {
  let log = '';
  m.consoleSink = (b) => {
    log += Buffer.from(b).toString('latin1');
    if (log.includes(END + '\r\n')) m.requestStop('end');
  };
  m.uart.receive(INPUT);
  const t0 = performance.now();
  const stop = m.run({ maxInstructions: m.instructions + 3e9 });
  return { log, instructions: m.instructions, stop: stop.kind === 'exit' ? stop.message ?? '' : JSON.stringify(stop), ms: performance.now() - t0 };
}

if (!guest) {
  test('snapshot determinism on Linux (skipped: no default guest, run `npm run guest`)', () => {});
} else {
  test('Linux saved at its prompt and restored runs the same commands to the same bytes and the same instruction count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'a64dbg-snap-linux-'));
    try {
      const tBoot = performance.now();
      const cold = bootToPrompt(guest);
      const bootMs = performance.now() - tBoot;
      const atPrompt = cold.instructions;
      const file = join(dir, 'prompt.a64snap');
      const t0 = performance.now();
      const { bytes } = await saveSnapshot(cold, file);
      const saveMs = performance.now() - t0;
      assert.ok(bytes <= 40 * 2 ** 20, `snapshot of the 512 MiB guest at its prompt: ${(bytes / 2 ** 20).toFixed(1)} MiB (issue target 40 MiB)`);
      const cache = promptSnapshotPath(guest);
      if (!existsSync(cache)) { mkdirSync(dirname(cache), { recursive: true }); await saveSnapshot(cold, cache); }

      const reference = runCommands(cold);
      assert.is(reference.stop, 'end', `the cold run reached the end marker: ${reference.log.slice(-400)}`);
      assert.ok(reference.log.includes('busybox'), reference.log);

      const t1 = performance.now();
      const image = await readSnapshot(file);
      const restored = machineFromSnapshot(image, { log: () => {} });
      const restoreMs = performance.now() - t1;
      assert.is(restored.instructions, atPrompt, 'the restored machine starts at the saved instruction count');
      const fromFile = runCommands(restored);
      assert.is(fromFile.log, reference.log, 'console output after restore (new machine) is byte-identical to the cold run');
      assert.is(fromFile.instructions, reference.instructions, 'same instruction count at the end marker');

      restoreSnapshot(cold, image); // loadvm into the machine that ran on
      assert.is(cold.instructions, atPrompt);
      const reloaded = runCommands(cold);
      assert.is(reloaded.log, reference.log, 'console output after loadvm into the used machine is byte-identical');
      assert.is(reloaded.instructions, reference.instructions);
      console.log(`    cold boot to the prompt ${(bootMs / 1e3).toFixed(1)} s; snapshot ${(statSync(file).size / 2 ** 20).toFixed(1)} MiB, ` +
        `saved in ${saveMs.toFixed(0)} ms, read+restored in ${restoreMs.toFixed(0)} ms; ${reference.instructions - atPrompt} instructions ` +
        `of commands, equal in 3 runs (${[reference, fromFile, reloaded].map((r) => (r.ms / 1e3).toFixed(1)).join(' / ')} s)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

if (guest) {
  test('a machine restored again after a workload equals a new machine from the same snapshot: every RAM byte, every state part', async () => {
    const image = await readSnapshot(promptSnapshotPath(guest));
    const used = machineFromSnapshot(image, { log: () => {} });
    // Writes page cache, heap and stacks all over RAM, runs new code (the restore must undo all).
    used.uart.receive('seq 1 30000 > /tmp/a; sort -r /tmp/a | md5sum; rm /tmp/a\n');
    used.run({ maxInstructions: used.instructions + 300e6 });
    assert.ok(used.mem.written.reduce((n, w) => n + w, 0) > image.ram.pages.length, 'the workload wrote pages the snapshot has as zeros');
    restoreSnapshot(used, image);
    const fresh = machineFromSnapshot(image, { log: () => {} });
    const ram = (m: Machine) => m.mem.bytes.subarray(m.mem.ramOffset(0x4000_0000), m.mem.ramOffset(m.mem.ramEnd));
    assert.ok(Buffer.compare(ram(used), ram(fresh)) === 0, 'RAM byte for byte');
    assert.equal(used.stateParts().map((p) => p.save()), fresh.stateParts().map((p) => p.save()), 'every state part');
    assert.equal(used.mem.written, fresh.mem.written, 'the same pages known to be non-zero');
    // And they run on alike (the used machine keeps decoded code for pages the restore left alone).
    const a = runCommands(used), b = runCommands(fresh);
    assert.is(a.log, b.log);
    assert.is(a.instructions, b.instructions);
  });
}

test.run();
