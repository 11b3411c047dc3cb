// The PL031 RTC (src/devices/pl031.ts): DR counting from the injected time source, LR, the
// match interrupt, ID registers, RAZ/WI.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Pl031 } from '../src/devices/pl031.ts';
import { VirtualClock } from '../src/machine/clock.ts';
import type { IrqLine } from '../src/devices/irq.ts';

const DR = 0x00, MR = 0x04, LR = 0x08, CR = 0x0c, IMSC = 0x10, RIS = 0x14, MIS = 0x18, ICR = 0x1c;
const EPOCH = 1_700_000_000;

class FakeLine implements IrqLine {
  levels: boolean[] = [];
  set(level: boolean): void { this.levels.push(level); }
}

function rig(start = EPOCH) {
  const t = { now: start };
  const line = new FakeLine();
  const rtc = new Pl031(0x0901_0000, () => t.now, line);
  const r = (off: number) => rtc.read(off, 4);
  const w = (off: number, v: number) => rtc.write(off, 4, v);
  return { t, line, rtc, r, w };
}

test('reset values and ID registers', () => {
  const { rtc, r } = rig();
  assert.is(rtc.name, 'pl031');
  assert.is(rtc.size, 0x1000);
  assert.is(r(CR), 1, 'always enabled');
  for (const off of [MR, LR, IMSC, RIS, MIS]) assert.is(r(off), 0);
  assert.equal([0xfe0, 0xfe4, 0xfe8, 0xfec, 0xff0, 0xff4, 0xff8, 0xffc].map(r), [0x31, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1]);
});

test('DR counts whole seconds of the time source', () => {
  const { t, r } = rig();
  assert.is(r(DR), EPOCH);
  t.now = EPOCH + 0.999;
  assert.is(r(DR), EPOCH);
  t.now = EPOCH + 1;
  assert.is(r(DR), EPOCH + 1);
  t.now = EPOCH + 3600.5;
  assert.is(r(DR), EPOCH + 3600);
  t.now = 2 ** 32 + 5; // past 2106: the 32-bit count wraps
  assert.is(r(DR), 5);
});

test('DR from a deterministic VirtualClock: epoch + virtual seconds', () => {
  const st = { insns: 0 };
  const clock = new VirtualClock(() => st.insns);
  const rtc = new Pl031(0x0901_0000, () => clock.wallSeconds(EPOCH));
  assert.is(rtc.read(DR, 4), EPOCH);
  st.insns = 999_999_999;
  assert.is(rtc.read(DR, 4), EPOCH);
  st.insns = 1_000_000_000;
  assert.is(rtc.read(DR, 4), EPOCH + 1);
  clock.skip(61e9); // a WFI fast-forward moves the RTC too
  assert.is(rtc.read(DR, 4), EPOCH + 61);
});

test('LR sets the count, reads back, and the count keeps running', () => {
  const { t, r, w } = rig();
  t.now = EPOCH + 0.25;
  w(LR, 1000);
  assert.is(r(DR), 1000);
  assert.is(r(LR), 1000);
  t.now = EPOCH + 10.9;
  assert.is(r(DR), 1010);
  w(LR, 0xffff_fffe);
  t.now = EPOCH + 11;
  assert.is(r(DR), 0xffff_ffff);
  t.now = EPOCH + 12;
  assert.is(r(DR), 0, 'wraps mod 2^32');
  w(DR, 5); // DR is read-only
  assert.is(r(DR), 0);
});

test('match interrupt: fires when the count reaches MR, RIS/MIS/IMSC/ICR and the line', () => {
  const { t, line, rtc, r, w } = rig();
  w(IMSC, 1);
  assert.is(r(IMSC), 1);
  w(MR, EPOCH + 5);
  assert.is(r(MR), EPOCH + 5);
  assert.is(rtc.nextMatchSeconds(), 5);
  t.now = EPOCH + 4.5;
  assert.is(rtc.nextMatchSeconds(), 0.5);
  rtc.update();
  assert.is(r(RIS), 0);
  assert.equal(line.levels, []);
  t.now = EPOCH + 5;
  rtc.update();
  assert.is(r(RIS), 1);
  assert.is(r(MIS), 1);
  assert.equal(line.levels, [true]);
  assert.is(rtc.nextMatchSeconds(), undefined, 'one-shot');
  w(IMSC, 0);
  assert.equal(line.levels, [true, false]);
  assert.is(r(MIS), 0);
  assert.is(r(RIS), 1);
  w(IMSC, 1);
  assert.equal(line.levels, [true, false, true]);
  w(ICR, 1);
  assert.is(r(RIS), 0);
  assert.equal(line.levels, [true, false, true, false]);
  t.now = EPOCH + 5 + 2 ** 20; // one-shot: never again without a new MR/LR write
  rtc.update();
  assert.is(r(RIS), 0);
});

test('match: an MMIO read sees a due alarm without update(); MR == DR fires at once', () => {
  const { t, line, r, w } = rig();
  w(MR, EPOCH + 2);
  t.now = EPOCH + 3; // overshot: still fires (the machine polls late)
  assert.is(r(RIS), 1);
  assert.equal(line.levels, [], 'masked');
  w(ICR, 1);
  w(IMSC, 1);
  w(MR, EPOCH + 3);
  assert.is(r(RIS), 1, 'immediate');
  assert.equal(line.levels, [true]);
});

test('match: LR re-arms against the new count; MR below the count wraps around 2^32', () => {
  const { t, rtc, r, w } = rig();
  w(IMSC, 1);
  w(MR, 100);
  assert.is(rtc.nextMatchSeconds(), (100 - EPOCH) + 2 ** 32, 'mod 2^32 distance');
  w(LR, 90);
  assert.is(rtc.nextMatchSeconds(), 10);
  t.now = EPOCH + 10;
  rtc.update();
  assert.is(r(RIS), 1);
  assert.is(r(DR), 100);
});

test('nextMatchSeconds is undefined while masked or unarmed', () => {
  const { rtc, w } = rig();
  assert.is(rtc.nextMatchSeconds(), undefined);
  w(MR, EPOCH + 9);
  assert.is(rtc.nextMatchSeconds(), undefined, 'masked');
  w(IMSC, 1);
  assert.is(rtc.nextMatchSeconds(), 9);
});

test('bad offsets and write-only / read-only registers never throw', () => {
  const { rtc, line, r, w } = rig();
  const before = JSON.stringify(rtc.save());
  for (const off of [0x20, 0x24, 0x100, 0xfdc, 0x1000, 0x2, -4]) {
    assert.is(r(off), 0);
    w(off, 0xffff_ffff);
  }
  w(CR, 0); // ignored: always enabled
  assert.is(r(CR), 1);
  w(RIS, 1); w(MIS, 1); w(0xfe0, 0);
  assert.is(r(ICR), 0);
  assert.is(r(RIS), 0);
  assert.is(r(0xfe0), 0x31);
  assert.is(JSON.stringify(rtc.save()), before);
  assert.equal(line.levels, []);
  assert.is(rtc.read(0xfe0, 1), 0x31);
});

test('save / restore / reset', () => {
  const a = rig();
  a.w(LR, 500);
  a.w(IMSC, 1);
  a.w(MR, 507);
  const snap = JSON.parse(JSON.stringify(a.rtc.save()));
  const b = rig();
  b.rtc.restore(snap);
  assert.equal(b.line.levels, [false]);
  assert.is(b.r(DR), 500);
  assert.is(b.r(MR), 507);
  b.t.now = EPOCH + 7;
  b.rtc.update();
  assert.equal(b.line.levels, [false, true]);
  b.rtc.reset();
  assert.equal(b.line.levels, [false, true, false]);
  assert.is(b.r(DR), EPOCH + 7);
  assert.is(b.r(IMSC), 0);
  assert.is(b.rtc.nextMatchSeconds(), undefined);
});

test.run();
