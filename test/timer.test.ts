// Virtual time (src/machine/clock.ts) and the Arm generic timer (src/devices/arch-timer.ts):
// exact counter arithmetic, TVAL/CVAL semantics, ISTATUS and the interrupt lines, deadlines.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { VirtualClock, CNTFRQ, NS_PER_TICK, nsForTicks, ticksForNs } from '../src/machine/clock.ts';
import { ArchTimer, CNTKCTL_EL0VCTEN, CNTKCTL_EL0PTEN } from '../src/devices/arch-timer.ts';
import type { IrqLine } from '../src/devices/irq.ts';

const U64 = (1n << 64n) - 1n;

/** A line that records every level it is driven to. */
class FakeLine implements IrqLine {
  levels: boolean[] = [];
  set(level: boolean): void { this.levels.push(level); }
  get level(): boolean { return this.levels.at(-1) ?? false; }
}

/** A deterministic clock whose instruction count the test sets. */
function rig() {
  const st = { insns: 0 };
  const clock = new VirtualClock(() => st.insns);
  const virt = new FakeLine(), phys = new FakeLine();
  const timer = new ArchTimer(clock, { virt, phys });
  return { st, clock, timer, virt, phys };
}

// ---- the clock -------------------------------------------------------------------------------

test('clock: constants and conversions', () => {
  assert.is(CNTFRQ, 62_500_000);
  assert.is(NS_PER_TICK, 1e9 / CNTFRQ);
  assert.is(nsForTicks(0), 0);
  assert.is(nsForTicks(1), 16);
  assert.is(nsForTicks(62_500_000), 1e9);
  assert.is(nsForTicks(5n), 80);
  assert.is(ticksForNs(15), 0);
  assert.is(ticksForNs(16), 1);
  // nsForTicks(t) is the first ns at which the counter reads t
  for (const t of [1, 2, 3, 1000, 2 ** 40 + 7]) {
    assert.is(ticksForNs(nsForTicks(t)), t);
    assert.is(ticksForNs(nsForTicks(t) - 1), t - 1);
  }
});

test('clock: deterministic counter ticks once per 16 instructions', () => {
  const { st, clock } = rig();
  const at = (n: number) => { st.insns = n; return clock.counter(); };
  assert.is(at(0), 0);
  assert.is(at(15), 0);
  assert.is(at(16), 1);
  assert.is(at(17), 1);
  assert.is(at(31), 1);
  assert.is(at(32), 2);
  assert.is(at(1e9), 62_500_000);
  assert.is(at(1e9 - 1), 62_499_999);
  // exact near 2^53
  const big = Number.MAX_SAFE_INTEGER; // 2^53 - 1
  assert.is(at(big), Number((BigInt(big)) / 16n));
  st.insns = 1234;
  assert.is(clock.now(), 1234);
  assert.ok(clock.deterministic);
});

test('clock: skip() moves time forward only', () => {
  const { st, clock } = rig();
  st.insns = 100;
  assert.is(clock.skip(1000), 900);
  assert.is(clock.now(), 1000);
  assert.is(clock.skipped, 900);
  assert.is(clock.skip(500), 0, 'a past target does nothing');
  assert.is(clock.now(), 1000);
  assert.is(clock.skip(1000), 0);
  assert.is(clock.skip(NaN), 0);
  st.insns = 150; // 50 more instructions retire
  assert.is(clock.now(), 1050);
  assert.is(clock.counter(), Math.floor(1050 / 16));
  clock.skip(nsForTicks(1000));
  assert.is(clock.counter(), 1000);
  // snapshot
  const saved = clock.save();
  const other = new VirtualClock(() => st.insns);
  other.restore(saved);
  assert.is(other.now(), clock.now());
});

test('clock: real-time mode is monotonic, skip is a no-op, pause freezes', async () => {
  const clock = new VirtualClock(() => 0, 'realtime');
  assert.not.ok(clock.deterministic);
  const a = clock.now();
  await new Promise((r) => setTimeout(r, 5));
  const b = clock.now();
  assert.ok(b > a && b - a >= 4e6, `advanced ${b - a} ns`);
  assert.is(clock.skip(b + 1e12), 0);
  assert.ok(clock.now() < b + 1e12);
  clock.pause();
  const p = clock.now();
  await new Promise((r) => setTimeout(r, 3));
  assert.is(clock.now(), p);
  clock.resume();
  assert.ok(clock.now() >= p && clock.now() < p + 1e9);
  assert.throws(() => clock.restore(new VirtualClock(() => 0).save()));
});

test('clock: wallSeconds is epoch + virtual seconds in deterministic mode', () => {
  const { st, clock } = rig();
  st.insns = 2_500_000_000;
  assert.is(clock.wallSeconds(1_700_000_000), 1_700_000_002.5);
  // floor() of it is exact at every second boundary, even where the double spacing is coarse
  for (const epoch of [0, 1_700_000_000, 4_000_000_000]) {
    for (const sec of [0, 1, 59, 86_400]) {
      for (const d of [-1, 0, 1]) {
        const ns = sec * 1e9 + d;
        if (ns < 0) continue;
        st.insns = ns;
        assert.is(Math.floor(clock.wallSeconds(epoch)), epoch + Math.floor(ns / 1e9), `${epoch} ${ns}`);
      }
    }
  }
});

// ---- the timer: counters and identification ------------------------------------------------

test('timer: CNTFRQ, counters, unknown names, read-only registers', () => {
  const { st, timer } = rig();
  assert.is(timer.read('CNTFRQ_EL0'), 62_500_000n);
  st.insns = 16 * 1000 + 5;
  assert.is(timer.read('CNTPCT_EL0'), 1000n);
  assert.is(timer.read('CNTVCT_EL0'), 1000n);
  assert.is(timer.read('CNTPCTSS_EL0'), 1000n);
  assert.is(timer.read('CNTVCTSS_EL0'), 1000n);
  assert.is(timer.cntvoff, 0n);
  assert.is(timer.read('CNTPS_CTL_EL1'), undefined);
  assert.is(timer.read('NOPE'), undefined);
  for (const ro of ['CNTFRQ_EL0', 'CNTPCT_EL0', 'CNTVCT_EL0', 'CNTVCTSS_EL0', 'CNTHP_CTL_EL2', 'X']) {
    assert.is(timer.write(ro, 1n), false, ro);
  }
  assert.is(timer.read('CNTFRQ_EL0'), 62_500_000n);
});

test('timer: CNTKCTL_EL1 storage and EL0 access', () => {
  const { timer } = rig();
  assert.is(timer.read('CNTKCTL_EL1'), 0n);
  assert.not.ok(timer.el0Access('CNTVCT_EL0'));
  assert.not.ok(timer.el0Access('CNTFRQ_EL0'));
  assert.ok(timer.write('CNTKCTL_EL1', 0xffff_ffff_ffff_ffffn));
  assert.is(timer.read('CNTKCTL_EL1'), 0x3ffn);
  timer.write('CNTKCTL_EL1', BigInt(CNTKCTL_EL0VCTEN)); // what Linux sets for the vDSO
  assert.ok(timer.el0Access('CNTVCT_EL0'));
  assert.ok(timer.el0Access('CNTFRQ_EL0'));
  assert.not.ok(timer.el0Access('CNTPCT_EL0'));
  assert.not.ok(timer.el0Access('CNTV_CTL_EL0'));
  assert.not.ok(timer.el0Access('CNTKCTL_EL1'));
  timer.write('CNTKCTL_EL1', BigInt(CNTKCTL_EL0PTEN));
  assert.ok(timer.el0Access('CNTP_TVAL_EL0'));
});

// ---- CVAL / TVAL arithmetic ----------------------------------------------------------------

for (const t of ['V', 'P'] as const) {
  const CTL = `CNT${t}_CTL_EL0`, CVAL = `CNT${t}_CVAL_EL0`, TVAL = `CNT${t}_TVAL_EL0`;

  test(`timer ${t}: CVAL is 64-bit storage; TVAL reads (CVAL - count) mod 2^32`, () => {
    const { st, timer } = rig();
    st.insns = 16 * 1000;
    assert.ok(timer.write(CVAL, 1100n));
    assert.is(timer.read(CVAL), 1100n);
    assert.is(timer.read(TVAL), 100n);
    st.insns = 16 * 1110; // 10 ticks past the deadline: TVAL = -10, bits [63:32] RES0
    assert.is(timer.read(TVAL), 0xffff_fff6n);
    assert.is(BigInt.asIntN(32, timer.read(TVAL)!), -10n);
    timer.write(CVAL, U64);
    assert.is(timer.read(CVAL), U64);
    assert.is(timer.read(TVAL), (U64 - 1110n) & 0xffff_ffffn);
    timer.write(CVAL, (1n << 64n) + 5n); // masked to 64 bits
    assert.is(timer.read(CVAL), 5n);
  });

  test(`timer ${t}: TVAL write sets CVAL = count + SignExtend32(value)`, () => {
    const { st, timer } = rig();
    st.insns = 16 * 5000 + 3;
    assert.ok(timer.write(TVAL, 250n));
    assert.is(timer.read(CVAL), 5250n);
    assert.is(timer.read(TVAL), 250n);
    timer.write(TVAL, 0xffff_ff00n); // -256
    assert.is(timer.read(CVAL), 5000n - 256n);
    assert.is(timer.read(TVAL), 0xffff_ff00n);
    timer.write(TVAL, 0x1234_5678_8000_0000n); // upper bits ignored; -2^31
    assert.is(timer.read(CVAL), 5000n - 0x8000_0000n + (1n << 64n)); // wraps below zero
    assert.is(timer.read(TVAL), 0x8000_0000n);
    timer.write(TVAL, 0x7fff_ffffn);
    assert.is(timer.read(CVAL), 5000n + 0x7fff_ffffn);
  });

  test(`timer ${t}: CVAL near 2^64 and wrap`, () => {
    const { st, timer } = rig();
    st.insns = 16 * 10;
    timer.write(CTL, 1n);
    timer.write(CVAL, U64); // never reached
    assert.is(timer.read(CTL), 1n);
    timer.write(TVAL, 0xffff_fff0n); // count - 16 wraps: CVAL = 2^64 - 6, unsigned compare says later
    assert.is(timer.read(CVAL), (1n << 64n) - 6n);
    assert.is(timer.read(CTL), 1n, 'unsigned compare: not expired');
    assert.is(timer.nextDeadlineNs(), undefined, 'beyond 2^53 ns');
    timer.write(CVAL, 1n << 53n);
    assert.is(timer.read(CTL), 1n);
    timer.write(CVAL, 10n);
    assert.is(timer.read(CTL), 5n, 'count == CVAL fires');
  });

  test(`timer ${t}: ISTATUS and the line follow ENABLE, IMASK and the count`, () => {
    const r = rig();
    const { st, timer } = r;
    const line = t === 'V' ? r.virt : r.phys;
    const other = t === 'V' ? r.phys : r.virt;
    st.insns = 0;
    timer.write(CVAL, 100n);
    assert.is(timer.read(CTL), 0n, 'disabled: ISTATUS 0');
    st.insns = 16 * 100;
    assert.is(timer.read(CTL), 0n, 'disabled even past CVAL: ISTATUS 0');
    assert.equal(line.levels, []);
    timer.write(CTL, 1n);
    assert.is(timer.read(CTL), 5n, 'ENABLE | ISTATUS');
    assert.equal(line.levels, [true]);
    timer.write(CTL, 3n);
    assert.is(timer.read(CTL), 7n, 'IMASK keeps ISTATUS');
    assert.equal(line.levels, [true, false]);
    timer.write(CTL, 7n); // ISTATUS is read-only: writing it changes nothing
    assert.is(timer.read(CTL), 7n);
    timer.write(CTL, 1n);
    assert.equal(line.levels, [true, false, true]);
    timer.write(CVAL, 200n); // moved into the future: deasserts
    assert.is(timer.read(CTL), 1n);
    assert.equal(line.levels, [true, false, true, false]);
    st.insns = 16 * 200 - 1;
    timer.update();
    assert.equal(line.levels, [true, false, true, false], 'one ns early');
    st.insns = 16 * 200;
    timer.update();
    timer.update(); // no change: no extra transition
    assert.equal(line.levels, [true, false, true, false, true]);
    timer.write(CTL, 0n);
    assert.equal(line.levels, [true, false, true, false, true, false]);
    assert.is(timer.read(CTL), 0n);
    timer.write(CTL, 0xffff_fff9n); // only bits 0..1 stick
    assert.is(timer.read(CTL), 5n);
    assert.equal(other.levels, [], 'the other timer never moved');
    assert.equal(timer.levels()[t === 'V' ? 'virt' : 'phys'], true);
  });

  test(`timer ${t}: nextDeadlineNs`, () => {
    const { st, clock, timer } = rig();
    st.insns = 16 * 10 + 7;
    assert.is(timer.nextDeadlineNs(), undefined, 'disabled');
    timer.write(TVAL, 100n); // CVAL = 110
    assert.is(timer.nextDeadlineNs(), undefined, 'still disabled');
    timer.write(CTL, 1n);
    assert.is(timer.nextDeadlineNs(), 110 * 16);
    timer.write(CTL, 3n);
    assert.is(timer.nextDeadlineNs(), undefined, 'masked');
    timer.write(CTL, 1n);
    // WFI fast-forward to the deadline: exactly then the timer fires and has no deadline left
    clock.skip(timer.nextDeadlineNs()!);
    assert.is(clock.counter(), 110);
    timer.update();
    assert.is(timer.read(CTL), 5n);
    assert.is(timer.nextDeadlineNs(), undefined, 'already firing');
  });
}

test('timer: nextDeadlineNs takes the earlier of the two timers', () => {
  const { st, timer, virt, phys } = rig();
  st.insns = 0;
  timer.write('CNTV_CVAL_EL0', 500n);
  timer.write('CNTP_CVAL_EL0', 300n);
  timer.write('CNTV_CTL_EL0', 1n);
  assert.is(timer.nextDeadlineNs(), 500 * 16);
  timer.write('CNTP_CTL_EL0', 1n);
  assert.is(timer.nextDeadlineNs(), 300 * 16);
  st.insns = 300 * 16;
  timer.update();
  assert.is(phys.level, true);
  assert.is(virt.level, false);
  assert.is(timer.nextDeadlineNs(), 500 * 16, 'the firing one drops out');
  timer.write('CNTP_CTL_EL0', 3n); // Linux masks the fired timer in its handler
  assert.is(phys.level, false);
  assert.is(timer.nextDeadlineNs(), 500 * 16);
});

test('timer: save / restore / reset', () => {
  const a = rig();
  a.st.insns = 16 * 50;
  a.timer.write('CNTKCTL_EL1', 3n);
  a.timer.write('CNTV_CVAL_EL0', U64 - 1n);
  a.timer.write('CNTV_CTL_EL0', 1n);
  a.timer.write('CNTP_CVAL_EL0', 40n);
  a.timer.write('CNTP_CTL_EL0', 1n);
  assert.is(a.phys.level, true);
  const snap = JSON.parse(JSON.stringify(a.timer.save()));
  const b = rig();
  b.st.insns = 16 * 50;
  b.timer.restore(snap);
  assert.is(b.phys.level, true);
  assert.is(b.virt.level, false);
  for (const n of ['CNTKCTL_EL1', 'CNTV_CVAL_EL0', 'CNTV_CTL_EL0', 'CNTP_CVAL_EL0', 'CNTP_CTL_EL0']) {
    assert.is(b.timer.read(n), a.timer.read(n), n);
  }
  b.timer.reset();
  assert.is(b.phys.level, false);
  assert.is(b.timer.read('CNTP_CTL_EL0'), 0n);
  assert.is(b.timer.read('CNTKCTL_EL1'), 0n);
  assert.is(b.timer.read('CNTV_CVAL_EL0'), 0n);
});

test('timer: optional secure-physical and hyp lines are held low', () => {
  const clock = new VirtualClock(() => 0);
  const sec = new FakeLine(), hyp = new FakeLine();
  const timer = new ArchTimer(clock, { virt: new FakeLine(), phys: new FakeLine(), secPhys: sec, hyp });
  timer.reset();
  assert.equal(sec.levels, [false]);
  assert.equal(hyp.levels, [false]);
});

test.run();
