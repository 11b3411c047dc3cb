// Busy-waits on time in deterministic mode (src/machine/time-poll.ts): a loop that polls the
// counter, a timer's TVAL/ISTATUS or the RTC gets virtual time faster instead of retiring a
// billion instructions per guest second, ends at most ~12.5% late, never skips a timer deadline,
// and runs the same on every run. firmware/src/poll_wait.c's QEMU golden is checked by
// golden.test.ts; this file checks the figures behind it.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Machine } from '../src/machine/machine.ts';
import { TimePollDetector, POLL_GAP, POLL_MIN, MAX_SKIP_NS } from '../src/machine/time-poll.ts';

const LOAD = 0x4008_0000n;
/** Semihosting SYS_EXIT_EXTENDED(ADP_Stopped_ApplicationExit, 0), as test/machine.test.ts. */
const EXIT = [0x52800300, 0x10000041, 0xd45e0000, 0x00020026, 0, 0, 0];

function words(ws: number[]): Uint8Array {
  const b = new Uint8Array(ws.length * 4), dv = new DataView(b.buffer);
  ws.forEach((w, k) => dv.setUint32(k * 4, w >>> 0, true));
  return b;
}

test('detector: a read at the same PC and return address within POLL_GAP, POLL_MIN times, skips 1/8 of the wait, at most 1 ms', () => {
  const d = new TimePollDetector();
  let now = 1000, icount = 100;
  const skips: number[] = [];
  for (let k = 0; k <= POLL_MIN + 2; k++) {
    skips.push(d.onRead(0x40080018, 0, 0x40080100, 0, icount, now));
    icount += 5; now += 5;
  }
  assert.equal(skips.slice(0, POLL_MIN), new Array(POLL_MIN).fill(0), 'no skip before POLL_MIN reads');
  assert.is(skips[POLL_MIN], Math.floor((POLL_MIN * 5) / 8));
  // A long wait: the skip is capped.
  assert.is(d.onRead(0x40080018, 0, 0x40080100, 0, icount, now + 1e9), MAX_SKIP_NS);
  // Another return address (another caller of the same read helper) starts over.
  assert.is(d.onRead(0x40080018, 0, 0x40080200, 0, icount + 5, now), 0);
  // A gap wider than POLL_GAP starts over.
  const e = new TimePollDetector();
  for (let k = 0; k < 3 * POLL_MIN; k++) assert.is(e.onRead(0x40080018, 0, 0, 0, k * (POLL_GAP + 1), k * 1000), 0);
});

test('detector state: saved, restored, damaged state refused', () => {
  const d = new TimePollDetector();
  for (let k = 0; k < 20; k++) d.onRead(-8, -1, 0x1234, 0, 10 + k, 100 + k * 10);
  const s = d.save();
  const e = new TimePollDetector();
  e.restore(JSON.parse(JSON.stringify(s)));
  assert.is(e.onRead(-8, -1, 0x1234, 0, 40, 400), d.onRead(-8, -1, 0x1234, 0, 40, 400));
  assert.throws(() => e.restore({ ...(s as object), run: -1 }), /time-poll restore/);
  assert.throws(() => e.restore({ ...(s as object), pcLo: 2 ** 32 }), /time-poll restore/);
  assert.throws(() => e.restore(null), /time-poll restore/);
});

function pollRig(): Machine {
  const m = new Machine({ memoryMiB: 64, console: () => {}, semihostingConsole: () => {} });
  const program = [
    0xd2a00203, // mov x3, #0x100000          CNTV_CVAL: a deadline inside the wait
    0xd51be343, // msr cntv_cval_el0, x3
    0xd2800024, // mov x4, #1
    0xd51be324, // msr cntv_ctl_el0, x4       enabled, not masked (PSTATE.I masks it at the CPU)
    0xd2a00402, // mov x2, #0x200000          wait until the counter reaches 0x200000 (33.6 ms)
    0xd2800005, // mov x5, #0
    0xd53be046, // loop: mrs x6, cntvct_el0
    0xeb0300df, // cmp x6, x3
    0x9a8514a5, // cinc x5, x5, eq            reads that saw exactly the deadline's count
    0xeb0200df, // cmp x6, x2
    0x54ffff83, // b.lo loop
    ...EXIT,
  ];
  assert.ok(m.writePhys(LOAD, words(program)));
  m.cpus[0].pc = LOAD;
  return m;
}

test('a counter poll of 33.6 ms: thousands of instructions, not 33.6 million; lands on the timer deadline; ends at most 1/8 late', () => {
  const m = pollRig();
  assert.equal(m.run({ maxInstructions: 50_000_000 }), { kind: 'exit', status: 0 });
  const cpu = m.cpus[0];
  assert.ok(m.instructions < 100_000, `${m.instructions} instructions`);
  assert.ok(cpu.getX(5) >= 1n, 'a skip stops at the timer deadline, never past it: one read sees CVAL exactly');
  const end = cpu.getX(6);
  assert.ok(end >= 0x200000n && end <= 0x200000n + 0x200000n / 8n, `counter at the end 0x${end.toString(16)}`);
  assert.is(m.polledNs + m.instructions, m.clock.now(), 'virtual time = instructions + skipped');
  // The same again: deterministic.
  const again = pollRig();
  again.run({ maxInstructions: 50_000_000 });
  assert.is(again.instructions, m.instructions);
  assert.is(again.cpus[0].getX(6), end);
  assert.is(again.polledNs, m.polledNs);
});

test('real-time clock: no skipping (the host clock paces the wait)', () => {
  const m = new Machine({ memoryMiB: 64, clock: 'realtime', console: () => {}, semihostingConsole: () => {} });
  assert.ok(m.writePhys(LOAD, words([0xd53be040, 0xd53be040, 0xd53be040, 0xd53be040, 0xd53be040, 0xd53be040, 0xd53be040, 0xd53be040, 0xd53be040, 0xd53be040, ...EXIT])));
  m.cpus[0].pc = LOAD;
  assert.equal(m.run(), { kind: 'exit', status: 0 });
  assert.is(m.polledNs, 0);
});

test('poll_wait.elf (QEMU golden in golden.test.ts): 2.1 guest seconds of busy-waits in under 20 M instructions, identical twice', () => {
  const run = (): { out: string; insns: number; polled: number } => {
    const out: Uint8Array[] = [];
    const m = new Machine({ memoryMiB: 512, console: (b) => out.push(Uint8Array.from(b)), semihostingConsole: () => {} });
    m.loadKernelFile('firmware/bin/poll_wait.elf');
    const stop = m.run({ maxInstructions: 200_000_000 });
    assert.equal(stop, { kind: 'exit', status: 0 });
    return { out: Buffer.concat(out).toString('latin1'), insns: m.instructions, polled: m.polledNs };
  };
  const a = run(), b = run();
  assert.ok(a.insns < 20_000_000, `${a.insns} instructions`);
  assert.ok(a.polled > 2e9, `${a.polled} ns skipped`);
  assert.equal(b, a);
  assert.not.match(a.out, /TOO|NOT|BACKWARDS/);
});

test.run();
