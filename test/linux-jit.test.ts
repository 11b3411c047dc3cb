// The JIT tier on the real workload (issue #14): Debian's kernel boots to "Run /init as init
// process" under `tier: 'jit'` and under the interpreter, and the two console logs are identical
// byte for byte and end at the same instruction count. A region that ran past a budget, a fault
// taken at the wrong instruction or stale compiled code after module-style code writes would
// show here as a different log or count.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Machine, type Tier } from '../src/machine/machine.ts';
import { defaultGuest, missingGuestMessage } from '../src/guest/images.ts';
import { firstDifference, shellSession } from './helpers.ts';

const MILESTONE = 'Run /init as init process';
const guest = defaultGuest();

function boot(tier: Tier): { log: string; instructions: number; stop: ReturnType<Machine['run']>; machine: Machine; seconds: number } {
  const g = guest!;
  const chunks: string[] = [];
  let seen = '';
  const machine = new Machine({
    memoryMiB: 512, tier,
    console: (b) => {
      const text = Buffer.from(b).toString('latin1');
      chunks.push(text);
      seen = (seen + text).slice(-200);
      if (seen.includes(MILESTONE)) machine.requestStop('milestone reached');
    },
    log: () => {},
  });
  machine.loadKernelFile(g.kernel, g.initrd, g.append);
  const t0 = performance.now();
  const stop = machine.run({ maxInstructions: 1_500_000_000 });
  return { log: chunks.join(''), instructions: machine.instructions, stop, machine, seconds: (performance.now() - t0) / 1000 };
}

if (!guest) {
  if (process.env.CI) test('the default guest is available in CI', () => assert.unreachable(missingGuestMessage()));
  else console.log(`linux-jit.test.ts skipped: ${missingGuestMessage()}`);
} else {
  test(`the boot to "${MILESTONE}" under the JIT: the interpreter's log and instruction count`, () => {
    const jit = boot('jit');
    assert.equal(jit.stop, { kind: 'exit', status: 0, message: 'milestone reached' }, `stopped without the milestone:\n${jit.log.slice(-3000)}`);
    const stats = jit.machine.jit!.stats;
    assert.ok(stats.retired > jit.instructions / 2, `compiled code retired ${stats.retired} of ${jit.instructions} instructions`);
    const interp = boot('interp');
    if (jit.log !== interp.log) assert.unreachable(`the JIT's log differs: ${firstDifference(jit.log, interp.log, 'the interpreter')}`);
    assert.is(jit.instructions, interp.instructions, 'instructions to /init');
    console.log(`  boot to /init: ${jit.instructions} instructions; jit ${jit.seconds.toFixed(1)} s, interpreter ${interp.seconds.toFixed(1)} s; ${jit.machine.jit!.summary()}`);
  });

  test('a shell session under the JIT: the interpreter\'s console log and instruction count', () => {
    const cmds = [
      'uname -a',
      'for i in 1 2 3; do sha256sum /bin/busybox; done',
      `awk 'BEGIN{s=0; for(i=0;i<20000;i++) s+=i; printf "%d\\n", s}'`,
      'cat /proc/interrupts | head -5',
      'poweroff -f',
    ];
    const jit = shellSession(cmds, { ...guest, tier: 'jit' });
    const interp = shellSession(cmds, { ...guest, tier: 'interp' });
    assert.equal({ kind: jit.stop.kind, status: jit.stop.kind === 'exit' ? jit.stop.status : -1 }, { kind: 'exit', status: 0 }, jit.log.slice(-1500));
    assert.ok(/^[0-9a-f]{64}  \/bin\/busybox$/m.test(jit.outputs[1]), jit.outputs[1]);
    assert.is(jit.outputs[2], '199990000\n');
    if (jit.log !== interp.log) assert.unreachable(`the JIT's log differs: ${firstDifference(jit.log, interp.log, 'the interpreter')}`);
    assert.is(jit.instructions, interp.instructions, 'instructions to the power-off');
  });
}

test.run();
