// Device snapshots (save()/restore() of src/devices/*): every device is driven into a non-trivial
// state through its guest-visible interface, saved, passed through JSON (a machine snapshot will
// serialize it), restored into a freshly built device of the same configuration, and then:
//   1. the restored device saves exactly what the original saved (the round trip is exact);
//   2. it reads the same in every register of interest, drives its interrupt lines to the same
//      levels, and keeps behaving the same under the same further accesses;
//   3. a state of another configuration or garbage is refused with a SnapshotError naming the
//      device (never a TypeError from deep inside), and leaves the device as it was.
// Finally the devices are wired as the machine wires them and restored together, in both orders.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Gicv3 } from '../src/devices/gicv3.ts';
import { Gicv2 } from '../src/devices/gicv2.ts';
import { ArchTimer, ARCH_TIMER_REGISTERS, CNTKCTL_EL0PTEN, CNTKCTL_EL0VCTEN, CNTKCTL_EVNTEN } from '../src/devices/arch-timer.ts';
import { Pl011, DR_BE, FR_RXFE, INT_RT, INT_RX, INT_TX, LCR_H_FEN } from '../src/devices/pl011.ts';
import { Pl031 } from '../src/devices/pl031.ts';
import { SnapshotError, type Device } from '../src/devices/device.ts';
import type { IrqLine } from '../src/devices/irq.ts';
import { VirtualClock } from '../src/machine/clock.ts';
import { SGI, v3, writeq, icc, setIcc, linuxInitV3, v2, linuxInitV2 } from './gic-rig.ts';
import {
  VIRT_GICV2_FRAMES, VIRT_GICV3_FRAMES, VIRT_GICR_STRIDE, VIRT_UART_BASE, VIRT_RTC_BASE, VIRT_UART_SPI, VIRT_RTC_SPI,
  GIC_SPI_INTID_BASE, GIC_PPI_INTID_BASE, ARCH_TIMER_VIRT_PPI, ARCH_TIMER_NS_EL1_PPI,
} from '../src/machine/board.ts';

// ---- shared ---------------------------------------------------------------------------------

class FakeLine implements IrqLine {
  levels: boolean[] = [];
  set(level: boolean): void { this.levels.push(level); }
  get level(): boolean { return this.levels.at(-1) ?? false; }
}

/** Fails unless `v` is plain JSON data: objects, arrays, strings, finite numbers, booleans, null. */
function assertJsonSafe(v: unknown, path: string): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') { assert.ok(Number.isFinite(v), `${path}: ${v} is not a finite number (JSON turns it into null)`); return; }
  if (typeof v !== 'object') assert.unreachable(`${path}: a ${typeof v} is not JSON data`);
  if (Array.isArray(v)) { v.forEach((x, i) => assertJsonSafe(x, `${path}[${i}]`)); return; }
  const proto = Object.getPrototypeOf(v);
  assert.ok(proto === Object.prototype || proto === null,
    `${path}: a ${(v as object).constructor?.name ?? 'object'} is not plain data (typed arrays, Map, Set, class instances)`);
  for (const [k, x] of Object.entries(v as object)) assertJsonSafe(x, `${path}.${k}`);
}

/** save() checked for JSON safety, and what a snapshot file would give back. */
function snapshot(dev: { save(): unknown }, what: string): { saved: unknown; json: unknown } {
  const saved = dev.save();
  assertJsonSafe(saved, what);
  const json = JSON.parse(JSON.stringify(saved));
  assert.equal(json, saved, `${what}: JSON round trip is the identity`);
  return { saved, json };
}

/**
 * restore(state) must throw a SnapshotError whose message names the device, and leave the device
 * exactly as it was (save() unchanged).
 */
function assertRejects(dev: { save(): unknown; restore(s: unknown): void }, state: unknown, prefix: string, what: string): void {
  const before = JSON.stringify(dev.save());
  let err: unknown;
  try { dev.restore(state); } catch (e) { err = e; }
  assert.ok(err !== undefined, `${what}: restore accepted it`);
  assert.ok(err instanceof SnapshotError, `${what}: threw ${String(err)} (want a SnapshotError)`);
  assert.ok((err as Error).message.startsWith(prefix), `${what}: message ${JSON.stringify((err as Error).message)} should start with ${JSON.stringify(prefix)}`);
  assert.is(JSON.stringify(dev.save()), before, `${what}: a refused restore changed the device`);
}

/** Deep copy with a change: mutate(copy) edits it. */
function tweak<T>(state: T, mutate: (s: any) => void): T {
  const c = JSON.parse(JSON.stringify(state));
  mutate(c);
  return c;
}

const GARBAGE: [string, unknown][] = [
  ['null', null], ['undefined', undefined], ['a number', 42], ['a string', 'state'], ['an array', [1, 2, 3]], ['{}', {}],
];

// ---- GICv3 ----------------------------------------------------------------------------------

/**
 * A busy GICv3: SPIs of both groups pending, active and acknowledged on different CPUs, level and
 * edge inputs, SGIs between CPUs, routing to a CPU and to nowhere, per-CPU PMR/BPR/EOImode, a
 * sleeping redistributor. Returns what each CPU acknowledged (a stack, innermost last).
 */
function driveV3(gic: Gicv3, d: Device, r: Device): { intid: number; group: number }[][] {
  linuxInitV3(gic, d, r);
  const last = gic.cpus - 1;
  const acked: { intid: number; group: number }[][] = Array.from({ length: gic.cpus }, () => []);
  d.write(0x0, 4, 0x13); // EnableGrp0 too
  // SPI 45: level, group 1, priority 0x30, routed to the last CPU and acknowledged there.
  writeq(d, 0x6000 + 45 * 8, BigInt(last));
  d.write(0x400 + 45, 1, 0x30);
  d.write(0x104, 4, 1 << 13);
  gic.spi(45).set(true);
  assert.is(icc(gic, last, 'ICC_IAR1_EL1'), 45);
  acked[last]!.push({ intid: 45, group: 1 });
  // SPI 50: group 0, edge, priority 0x20, pended by ISPENDR: a FIQ on CPU 0, acknowledged.
  d.write(0x84, 4, ~(1 << 18) >>> 0);
  d.write(0xc0c, 4, 1 << 5);
  d.write(0x400 + 50, 1, 0x20);
  d.write(0x104, 4, 1 << 18);
  d.write(0x204, 4, 1 << 18);
  setIcc(gic, 0, 'ICC_IGRPEN0_EL1', 1);
  assert.ok(gic.fiqPending(0));
  assert.is(icc(gic, 0, 'ICC_IAR0_EL1'), 50);
  acked[0]!.push({ intid: 50, group: 0 });
  // SPI 51: group 1, priority 0x10: preempts on CPU 0, left pending (IRQ asserted).
  d.write(0x400 + 51, 1, 0x10);
  d.write(0x104, 4, 1 << 19);
  d.write(0x204, 4, 1 << 19);
  assert.ok(gic.irqPending(0));
  // SPI 60 pending but disabled; SPI 70 active by ISACTIVER; SPI 80 routed nowhere (pending, enabled);
  // SPI 81 with IRM set (stored, 1-of-N not offered); SPI 90 edge with a pulse on its line.
  d.write(0x184, 4, 1 << 28);
  d.write(0x204, 4, 1 << 28);
  d.write(0x308, 4, 1 << 6);
  writeq(d, 0x6000 + 80 * 8, 200n);
  d.write(0x108, 4, 1 << 16);
  d.write(0x208, 4, 1 << 16);
  writeq(d, 0x6000 + 81 * 8, (1n << 31n) | 3n | (7n << 32n));
  d.write(0xc14, 4, 1 << 21); // ICFGR5: INTID 90 edge
  gic.spi(90).set(true);
  gic.spi(90).set(false);
  // PPI 27 (the virtual timer's) high on CPU 0 at priority 0x80; PPI 30 edge on the last CPU, pulsed.
  const lb = last * VIRT_GICR_STRIDE;
  r.write(SGI + 0x418, 4, 0x8000_0000 | 0xa0a0a0);
  r.write(SGI + 0x100, 4, 1 << 27);
  gic.ppi(0, 27).set(true);
  r.write(lb + SGI + 0xc04, 4, 1 << 29);
  r.write(lb + SGI + 0x100, 4, 1 << 30);
  gic.ppi(last, 30).set(true);
  gic.ppi(last, 30).set(false);
  // SGIs: CPU 0 sends SGI 4 to the last CPU, SGI 2 to itself; SGI 9 is disabled on CPU 0 and pends.
  setIcc(gic, 0, 'ICC_SGI1R_EL1', (4n << 24n) | BigInt(1 << last));
  setIcc(gic, 0, 'ICC_SGI1R_EL1', (2n << 24n) | 1n);
  r.write(SGI + 0x180, 4, 1 << 9);
  setIcc(gic, 0, 'ICC_SGI1R_EL1', (9n << 24n) | 1n);
  // CPU interfaces: BPR0 and CBPR on CPU 0; EOImode and a lower PMR on the last CPU.
  setIcc(gic, 0, 'ICC_BPR0_EL1', 4);
  setIcc(gic, 0, 'ICC_CTLR_EL1', 1);
  setIcc(gic, last, 'ICC_CTLR_EL1', (icc(gic, last, 'ICC_CTLR_EL1') & 1) | 2);
  setIcc(gic, last, 'ICC_PMR_EL1', 0xe8);
  setIcc(gic, last, 'ICC_BPR1_EL1', 5);
  // The last redistributor goes back to sleep (on one CPU: CPU 0's).
  r.write(lb + 0x14, 4, 2);
  return acked;
}

/** Everything readable without side effects: GICD, every GICR, every CPU interface, the outputs. */
function probeV3(gic: Gicv3): Record<string, number | boolean> {
  const [d, r] = gic.devices as [Device, Device];
  const o: Record<string, number | boolean> = {};
  const h = (n: number) => n.toString(16);
  for (const off of [0x0, 0x4, 0x8, 0xc, 0x10]) o[`GICD+${h(off)}`] = d.read(off, 4);
  for (let i = 32; i < gic.irqs; i += 32) for (const b of [0x80, 0x100, 0x180, 0x200, 0x280, 0x300, 0x380]) o[`GICD+${h(b + i / 8)}`] = d.read(b + i / 8, 4);
  for (let i = 32; i < gic.irqs; i += 4) o[`GICD+${h(0x400 + i)}`] = d.read(0x400 + i, 4);
  for (let i = 32; i < gic.irqs; i += 16) o[`GICD+${h(0xc00 + i / 4)}`] = d.read(0xc00 + i / 4, 4);
  for (let i = 32; i < gic.irqs; i++) { o[`IROUTER${i}.lo`] = d.read(0x6000 + i * 8, 4); o[`IROUTER${i}.hi`] = d.read(0x6004 + i * 8, 4); }
  for (let c = 0; c < gic.cpus; c++) {
    const b = c * VIRT_GICR_STRIDE;
    for (const off of [0x0, 0x8, 0xc, 0x14]) o[`cpu${c} GICR+${h(off)}`] = r.read(b + off, 4);
    for (const off of [0x80, 0x100, 0x180, 0x200, 0x280, 0x300, 0x380, 0xc00, 0xc04, 0x400, 0x404, 0x408, 0x40c, 0x410, 0x414, 0x418, 0x41c]) {
      o[`cpu${c} GICR+SGI+${h(off)}`] = r.read(b + SGI + off, 4);
    }
    for (const n of ['ICC_PMR_EL1', 'ICC_CTLR_EL1', 'ICC_HPPIR0_EL1', 'ICC_HPPIR1_EL1', 'ICC_BPR0_EL1', 'ICC_BPR1_EL1', 'ICC_RPR_EL1',
      'ICC_IGRPEN0_EL1', 'ICC_IGRPEN1_EL1', 'ICC_AP0R0_EL1', 'ICC_AP1R0_EL1', 'ICC_SRE_EL1']) o[`cpu${c} ${n}`] = icc(gic, c, n);
    o[`cpu${c} irq`] = gic.irqPending(c);
    o[`cpu${c} fiq`] = gic.fiqPending(c);
    o[`cpu${c} hppi priority`] = gic.pendingPriority(c);
  }
  return o;
}

/** Acknowledges and completes everything a CPU will take, logging each step (bounded). */
function drainV3(gic: Gicv3, cpu: number, stack: { intid: number; group: number }[], log: unknown[]): void {
  for (let n = 0; n < 40; n++) {
    let took = false;
    for (const group of [0, 1]) {
      const id = icc(gic, cpu, `ICC_IAR${group}_EL1`);
      if (id === 1023) continue;
      log.push(`cpu${cpu} IAR${group} ${id} rpr ${icc(gic, cpu, 'ICC_RPR_EL1')}`);
      stack.push({ intid: id, group });
      took = true;
      break;
    }
    if (took) continue;
    const top = stack.pop();
    if (!top) return;
    setIcc(gic, cpu, `ICC_EOIR${top.group}_EL1`, top.intid);
    setIcc(gic, cpu, 'ICC_DIR_EL1', top.intid);
    log.push(`cpu${cpu} EOI ${top.intid} rpr ${icc(gic, cpu, 'ICC_RPR_EL1')} irq ${gic.irqPending(cpu)} fiq ${gic.fiqPending(cpu)}`);
  }
  log.push(`cpu${cpu}: still taking interrupts after 40 steps`);
}

/** What the guest does next, the same on the original and the restored controller: a log to compare. */
function continueV3(gic: Gicv3, acked: { intid: number; group: number }[][]): unknown[] {
  const [d, r] = gic.devices as [Device, Device];
  const log: unknown[] = [];
  const stacks = acked.map((s) => s.map((x) => ({ ...x })));
  gic.spi(45).set(false);
  gic.ppi(0, 27).set(false);
  for (let c = gic.cpus - 1; c >= 0; c--) drainV3(gic, c, stacks[c]!, log);
  log.push(probeV3(gic));
  // More traffic: enable SGI 9 again, a broadcast SGI, line 45 high again, SPI 80 rerouted to CPU 0.
  r.write(SGI + 0x100, 4, 1 << 9);
  setIcc(gic, 0, 'ICC_SGI1R_EL1', (5n << 24n) | (1n << 40n));
  gic.spi(45).set(true);
  writeq(d, 0x6000 + 80 * 8, 0n);
  d.write(0x184, 4, 1 << 13); // 45 disabled while it is high
  for (let c = 0; c < gic.cpus; c++) drainV3(gic, c, stacks[c]!, log);
  log.push(probeV3(gic));
  return log;
}

for (const cpus of [1, 2, 4]) {
  test(`GICv3 (${cpus} CPU${cpus > 1 ? 's' : ''}): save, JSON, restore into a new controller: exact round trip, same registers, same behaviour`, () => {
    const a = v3(cpus);
    const acked = driveV3(a.gic, a.d, a.r);
    const { saved, json } = snapshot(a.gic, 'GICv3 state');
    const savedText = JSON.stringify(saved);

    const b = v3(cpus);
    const probeA = probeV3(a.gic);
    assert.not.equal(probeV3(b.gic), probeA, 'the driven state differs from reset (else this test shows nothing)');
    b.gic.restore(json);
    assert.equal(b.gic.save(), saved, 'save() after restore() gives back the same state');
    assert.equal(probeV3(b.gic), probeA, 'every register and output reads the same');

    // The state is a copy both ways: changing the original, or the object restored from, touches neither.
    (json as { core: { prio: number[] } }).core.prio.fill(0x08);
    a.d.write(0x400 + 45, 1, 0x50);
    assert.is(JSON.stringify(saved), savedText, 'save() returned a copy, not live arrays');
    assert.equal(probeV3(b.gic), probeA, 'restore() copied the state, it does not alias the object');
    a.d.write(0x400 + 45, 1, 0x30);

    assert.equal(continueV3(b.gic, acked), continueV3(a.gic, acked), 'the restored controller behaves like the original');

    // The distributor Device carries the whole controller's state; the redistributor frame none.
    const c = v3(cpus);
    c.d.restore(JSON.parse(savedText));
    assert.equal(c.gic.save(), saved);
    assert.is(c.r.save(), null);
  });
}

test('GICv3 restore refuses other configurations and garbage with a clear error, and changes nothing', () => {
  const two = v3(2);
  driveV3(two.gic, two.d, two.r);
  const s2 = snapshot(two.gic, 'GICv3').json;
  const one = v3(1);
  driveV3(one.gic, one.d, one.r);
  const s1 = snapshot(one.gic, 'GICv3').json;
  const v2state = snapshot(new Gicv2({ ...VIRT_GICV2_FRAMES, cpus: 2 }), 'GICv2').json;
  const P = 'GICv3 restore: ', C = 'GICv3 restore: snapshot state does not match this configuration (';
  assertRejects(one.gic, s2, C + 'cpus: snapshot 2, this 1)', '2-CPU state into a 1-CPU GIC');
  assertRejects(two.gic, s1, C + 'cpus: snapshot 1, this 2)', '1-CPU state into a 2-CPU GIC');
  assertRejects(v3(4).gic, s2, C + 'cpus: snapshot 2, this 4)', '2-CPU state into a 4-CPU GIC');
  assertRejects(new Gicv3({ ...VIRT_GICV3_FRAMES, cpus: 2, irqs: 128 }), s2, C + 'irqs: snapshot 288, this 128)', '288-interrupt state into a 128-interrupt GIC');
  assertRejects(two.gic, v2state, C + 'version: snapshot 2, this 3)', 'GICv2 state');
  assertRejects(v3(2, { affinity: [0x100, 0x101] }).gic, s2, C + 'affinity: snapshot [0,1], this [256,257])', 'state of a GIC whose CPUs have other affinities');
  for (const [what, g] of GARBAGE) assertRejects(two.gic, g, P, what);
  assertRejects(two.d, null, P, 'null through the distributor Device');
  assertRejects(two.d, {}, P, '{} through the distributor Device');
  const near: [string, (s: any) => void][] = [
    ['no core', (s) => { delete s.core; }],
    ['core is null', (s) => { s.core = null; }],
    ['truncated enable', (s) => { s.core.enable.pop(); }],
    ['apr missing', (s) => { delete s.core.apr; }],
    ['prio holds a string', (s) => { s.core.prio[40] = 'a0'; }],
    ['group value 2', (s) => { s.core.group[40] = 2; }],
    ['negative pmr', (s) => { s.core.pmr[0] = -1; }],
    ['bpr0 8', (s) => { s.core.bpr0[1] = 8; }],
    ['fractional distCtlr', (s) => { s.core.distCtlr = 1.5; }],
    ['distCtlr missing', (s) => { delete s.core.distCtlr; }],
    ['irouterLo truncated', (s) => { s.irouterLo.length = 10; }],
    ['irouterHi not an array', (s) => { s.irouterHi = 'x'; }],
    ['waker missing', (s) => { delete s.waker; }],
    ['waker too long', (s) => { s.waker.push(0); }],
    ['cpus as a string', (s) => { s.cpus = '2'; }],
  ];
  for (const [what, m] of near) assertRejects(two.gic, tweak(s2, m), P, what);
  // Still restorable with the right state afterwards.
  const fresh = v3(2);
  fresh.gic.restore(s2);
  assert.equal(fresh.gic.save(), s2);
});

// ---- GICv2 ----------------------------------------------------------------------------------

interface AckV2 { iar: number; alias: boolean }

/**
 * A busy GICv2: both groups, FIQEn and AckCtl, an SPI targeted at and acknowledged by the last
 * CPU, a group 1 SPI acknowledged through the alias, a group 0 FIQ pending, SGIs from several
 * sources, an edge SPI latched while disabled, an active SPI, a PPI high, per-CPU PMR/BPR/EOImode.
 */
function driveV2(gic: Gicv2, d: Device): AckV2[][] {
  linuxInitV2(gic, d);
  const last = gic.cpus - 1;
  const acked: AckV2[][] = Array.from({ length: gic.cpus }, () => []);
  d.write(0x0, 4, 3);
  // SPI 40: level, group 0, priority 0x30, targeted at the last CPU, acknowledged there.
  d.write(0x800 + 40, 1, 1 << last);
  d.write(0x400 + 40, 1, 0x30);
  d.write(0x104, 4, 1 << 8);
  gic.spi(40).set(true);
  const cl = gic.cpuInterface(last);
  assert.is(cl.read(0xc, 4), 40);
  acked[last]!.push({ iar: 40, alias: false });
  // CPU 0: both groups, AckCtl, FIQEn, CBPR; SPI 41 group 1 at 0x20 acknowledged through GICC_AIAR.
  const c0 = gic.cpuInterface(0);
  c0.write(0x0, 4, 0x1f);
  d.write(0x84, 4, 1 << 9);
  d.write(0x400 + 41, 1, 0x20);
  d.write(0x104, 4, 1 << 9);
  d.write(0x204, 4, 1 << 9);
  assert.is(c0.read(0x20, 4), 41);
  acked[0]!.push({ iar: 41, alias: true });
  // SPI 42: group 0 at 0x10, pending: a FIQ on CPU 0 (FIQEn), not taken.
  d.write(0x400 + 42, 1, 0x10);
  d.write(0x104, 4, 1 << 10);
  d.write(0x204, 4, 1 << 10);
  assert.ok(gic.fiqPending(0));
  // SPI 43 edge, disabled, its line pulsed: latched. SPI 44 active by ISACTIVER.
  d.write(0xc08, 4, 2 << 22);
  d.write(0x184, 4, 1 << 11);
  gic.spi(43).set(true);
  gic.spi(43).set(false);
  d.write(0x304, 4, 1 << 12);
  // SGI 6 to the last CPU from CPU 0 and from the last CPU itself; SGI 3 pended by SPENDSGIR on CPU 0.
  gic.currentCpu = 0;
  d.write(0xf00, 4, ((1 << last) << 16) | 6);
  gic.currentCpu = last;
  d.write(0xf00, 4, (2 << 24) | 6);
  gic.currentCpu = 0;
  d.write(0xf20, 4, (1 << last) << 24);
  // PPI 27 high on CPU 0 at 0x80.
  d.write(0x418, 4, 0x80a0_a0a0);
  d.write(0x100, 4, 1 << 27);
  gic.ppi(0, 27).set(true);
  // CPU interfaces: BPR/ABPR on CPU 0; EOImode, a lower PMR on the last CPU.
  c0.write(0x8, 4, 2);
  c0.write(0x1c, 4, 4);
  cl.write(0x0, 4, cl.read(0x0, 4) | (1 << 9) | 2);
  cl.write(0x4, 4, 0xe0);
  gic.currentCpu = 0;
  return acked;
}

function probeV2(gic: Gicv2): Record<string, number | boolean> {
  const [d] = gic.devices as [Device];
  const o: Record<string, number | boolean> = {};
  const h = (n: number) => n.toString(16);
  for (let c = 0; c < gic.cpus; c++) {
    gic.currentCpu = c;
    const p = `cpu${c} GICD+`;
    for (const off of [0x0, 0x4, 0x8]) o[p + h(off)] = d.read(off, 4);
    for (let i = 0; i < gic.irqs; i += 32) for (const b of [0x80, 0x100, 0x180, 0x200, 0x280, 0x300, 0x380]) o[p + h(b + i / 8)] = d.read(b + i / 8, 4);
    for (let i = 0; i < gic.irqs; i += 4) { o[p + h(0x400 + i)] = d.read(0x400 + i, 4); o[p + h(0x800 + i)] = d.read(0x800 + i, 4); }
    for (let i = 0; i < gic.irqs; i += 16) o[p + h(0xc00 + i / 4)] = d.read(0xc00 + i / 4, 4);
    for (let off = 0xf10; off < 0xf30; off += 4) o[p + h(off)] = d.read(off, 4);
    const ci = gic.cpuInterface(c);
    for (const off of [0x0, 0x4, 0x8, 0x14, 0x18, 0x1c, 0x28, 0xd0, 0xe0, 0xfc]) o[`cpu${c} GICC+${h(off)}`] = ci.read(off, 4);
    o[`cpu${c} irq`] = gic.irqPending(c);
    o[`cpu${c} fiq`] = gic.fiqPending(c);
    o[`cpu${c} hppi priority`] = gic.pendingPriority(c);
  }
  gic.currentCpu = 0;
  return o;
}

function drainV2(gic: Gicv2, cpu: number, stack: AckV2[], log: unknown[]): void {
  const ci = gic.cpuInterface(cpu);
  for (let n = 0; n < 40; n++) {
    let iar = ci.read(0xc, 4), alias = false;
    if ((iar & 0x3ff) >= 1022) { iar = ci.read(0x20, 4); alias = true; }
    if ((iar & 0x3ff) < 1022) {
      log.push(`cpu${cpu} ${alias ? 'AIAR' : 'IAR'} ${iar.toString(16)} rpr ${ci.read(0x14, 4)}`);
      stack.push({ iar, alias });
      continue;
    }
    const top = stack.pop();
    if (!top) return;
    ci.write(top.alias ? 0x24 : 0x10, 4, top.iar);
    ci.write(0x1000, 4, top.iar);
    log.push(`cpu${cpu} EOI ${top.iar.toString(16)} rpr ${ci.read(0x14, 4)} irq ${gic.irqPending(cpu)} fiq ${gic.fiqPending(cpu)}`);
  }
  log.push(`cpu${cpu}: still taking interrupts after 40 steps`);
}

function continueV2(gic: Gicv2, acked: AckV2[][]): unknown[] {
  const [d] = gic.devices as [Device];
  const log: unknown[] = [];
  const stacks = acked.map((s) => s.map((x) => ({ ...x })));
  gic.spi(40).set(false);
  gic.ppi(0, 27).set(false);
  gic.currentCpu = 0;
  d.write(0x104, 4, 1 << 11); // enable the latched edge SPI 43
  for (let c = gic.cpus - 1; c >= 0; c--) drainV2(gic, c, stacks[c]!, log);
  log.push(probeV2(gic));
  gic.currentCpu = 0;
  d.write(0xf00, 4, (1 << 24) | 7); // SGI 7 to every other CPU
  d.write(0xf00, 4, (2 << 24) | 8); // SGI 8 to itself
  gic.spi(40).set(true);
  for (let c = 0; c < gic.cpus; c++) drainV2(gic, c, stacks[c]!, log);
  log.push(probeV2(gic));
  return log;
}

for (const cpus of [1, 2, 3]) {
  test(`GICv2 (${cpus} CPU${cpus > 1 ? 's' : ''}): save, JSON, restore into a new controller: exact round trip, same registers, same behaviour`, () => {
    const a = v2(cpus);
    const acked = driveV2(a.gic, a.d);
    const { saved, json } = snapshot(a.gic, 'GICv2 state');
    const savedText = JSON.stringify(saved);
    const b = v2(cpus);
    const probeA = probeV2(a.gic);
    assert.not.equal(probeV2(b.gic), probeA, 'the driven state differs from reset');
    b.gic.currentCpu = cpus - 1;
    b.gic.restore(json);
    assert.equal(b.gic.save(), saved, 'save() after restore() gives back the same state');
    assert.equal(probeV2(b.gic), probeA, 'every register and output reads the same');
    (json as { sgiSources: number[] }).sgiSources.fill(0);
    a.gic.currentCpu = 0;
    a.d.write(0xf20, 4, 1 << 8); // SGI 1: a new source on the original
    assert.is(JSON.stringify(saved), savedText, 'save() returned a copy');
    assert.equal(probeV2(b.gic), probeA, 'restore() copied the state');
    a.d.write(0xf10, 4, 1 << 8);
    assert.equal(probeV2(a.gic), probeA);
    assert.equal(continueV2(b.gic, acked), continueV2(a.gic, acked), 'the restored controller behaves like the original');
    const c = v2(cpus);
    c.d.restore(JSON.parse(savedText));
    assert.equal(c.gic.save(), saved);
    assert.is(c.c.save(), null);
  });
}

test('GICv2 restore refuses other configurations and garbage with a clear error, and changes nothing', () => {
  const two = v2(2);
  driveV2(two.gic, two.d);
  const s2 = snapshot(two.gic, 'GICv2').json;
  const one = v2(1);
  driveV2(one.gic, one.d);
  const s1 = snapshot(one.gic, 'GICv2').json;
  const v3state = snapshot(v3(2).gic, 'GICv3').json;
  const P = 'GICv2 restore: ', C = 'GICv2 restore: snapshot state does not match this configuration (';
  assertRejects(one.gic, s2, C + 'cpus: snapshot 2, this 1)', '2-CPU state into a 1-CPU GIC');
  assertRejects(two.gic, s1, C + 'cpus: snapshot 1, this 2)', '1-CPU state into a 2-CPU GIC');
  assertRejects(new Gicv2({ ...VIRT_GICV2_FRAMES, cpus: 2, irqs: 64 }), s2, C + 'irqs: snapshot 288, this 64)', '288-interrupt state into a 64-interrupt GIC');
  assertRejects(two.gic, v3state, C + 'version: snapshot 3, this 2)', 'GICv3 state');
  for (const [what, g] of GARBAGE) assertRejects(two.gic, g, P, what);
  assertRejects(two.d, null, P, 'null through the distributor Device');
  const near: [string, (s: any) => void][] = [
    ['no core', (s) => { delete s.core; }],
    ['truncated latch', (s) => { s.core.latch.length = 3; }],
    ['cpuCtlr holds null', (s) => { s.core.cpuCtlr[0] = null; }],
    ['apr too long', (s) => { s.core.apr.push(0); }],
    ['targets missing', (s) => { delete s.targets; }],
    ['targets name CPU 2 of 2', (s) => { s.targets[8] = 4; }],
    ['sgiSources truncated', (s) => { s.sgiSources.pop(); }],
    ['sgiSources as an object', (s) => { s.sgiSources = { length: 32 }; }],
  ];
  for (const [what, m] of near) assertRejects(two.gic, tweak(s2, m), P, what);
});

// ---- the generic timer ---------------------------------------------------------------------

const U64 = (1n << 64n) - 1n;

function timerRig(insns: number) {
  const st = { insns };
  const clock = new VirtualClock(() => st.insns);
  const virt = new FakeLine(), phys = new FakeLine();
  const timer = new ArchTimer(clock, { virt, phys });
  return { st, timer, virt, phys };
}

function probeTimer(t: ArchTimer): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const n of ARCH_TIMER_REGISTERS) { o[n] = t.read(n)?.toString(16); o[`${n} el0`] = t.el0Access(n); }
  o.levels = t.levels();
  o.deadline = t.nextDeadlineNs();
  o.cntkctl = t.cntkctl;
  return o;
}

const timerScenarios: [string, (t: ArchTimer) => void][] = [
  ['physical timer fired, virtual timer armed by TVAL', (t) => {
    t.write('CNTKCTL_EL1', BigInt(CNTKCTL_EL0VCTEN | CNTKCTL_EL0PTEN | CNTKCTL_EVNTEN | (5 << 4)));
    t.write('CNTV_TVAL_EL0', 500n);
    t.write('CNTV_CTL_EL0', 1n);
    t.write('CNTP_CVAL_EL0', 900n);
    t.write('CNTP_CTL_EL0', 1n);
  }],
  ['virtual timer fired and masked, physical compare value near 2^64', (t) => {
    t.write('CNTV_CVAL_EL0', 10n);
    t.write('CNTV_CTL_EL0', 3n);
    t.write('CNTP_CVAL_EL0', U64 - 5n);
    t.write('CNTP_CTL_EL0', 1n);
  }],
  ['virtual timer fired, physical disabled with a past CVAL (negative TVAL)', (t) => {
    t.write('CNTV_CVAL_EL0', 999n);
    t.write('CNTV_CTL_EL0', 1n);
    t.write('CNTP_TVAL_EL0', 0xffff_fff0n);
  }],
];

for (const [name, drive] of timerScenarios) {
  test(`timer: ${name}: save, JSON, restore: exact round trip, same registers, lines re-driven, same behaviour`, () => {
    const a = timerRig(16 * 1000);
    drive(a.timer);
    const { saved, json } = snapshot(a.timer, 'timer state');
    const b = timerRig(16 * 1000);
    assert.not.equal(probeTimer(b.timer), probeTimer(a.timer));
    b.timer.restore(json);
    assert.equal(b.timer.save(), saved);
    assert.equal(probeTimer(b.timer), probeTimer(a.timer));
    assert.ok(b.virt.levels.length > 0 && b.phys.levels.length > 0, 'restore drives both lines');
    assert.equal([b.virt.level, b.phys.level], [a.virt.level, a.phys.level], 'line levels as before the snapshot');
    const run = (r: ReturnType<typeof timerRig>): unknown[] => {
      const log: unknown[] = [];
      for (const insns of [16 * 1499, 16 * 1500, 16 * 5000]) {
        r.st.insns = insns;
        r.timer.update();
        log.push(probeTimer(r.timer), r.virt.level, r.phys.level);
      }
      r.timer.write('CNTP_CTL_EL0', 3n);
      r.timer.write('CNTV_TVAL_EL0', 100n);
      log.push(probeTimer(r.timer), r.virt.level, r.phys.level);
      return log;
    };
    assert.equal(run(b), run(a));
  });
}

test('timer restore refuses garbage with a clear error, and changes nothing', () => {
  const a = timerRig(16 * 1000);
  timerScenarios[0]![1](a.timer);
  const s = snapshot(a.timer, 'timer').json;
  const P = 'arch-timer restore: ';
  for (const [what, g] of GARBAGE) assertRejects(a.timer, g, P, what);
  assertRejects(a.timer, snapshot(v3(1).gic, 'GICv3').json, P, 'a GIC state');
  const near: [string, (s: any) => void][] = [
    ['no v', (s) => { delete s.v; }],
    ['p is null', (s) => { s.p = null; }],
    ['cval not hex', (s) => { s.v.cval = 'zz'; }],
    ['cval a number', (s) => { s.p.cval = 900; }],
    ['cval beyond 64 bits', (s) => { s.p.cval = '1' + '0'.repeat(16); }],
    ['cval empty', (s) => { s.p.cval = ''; }],
    ['ctl a string', (s) => { s.v.ctl = '1'; }],
    ['kctl missing', (s) => { delete s.kctl; }],
  ];
  for (const [what, m] of near) assertRejects(a.timer, tweak(s, m), P, what);
});

// ---- PL011 ----------------------------------------------------------------------------------

const DR = 0x000, RSR = 0x004, FR = 0x018, ILPR = 0x020, IBRD = 0x024, FBRD = 0x028, LCR_H = 0x02c,
  CR = 0x030, IFLS = 0x034, IMSC = 0x038, RIS = 0x03c, MIS = 0x040, ICR = 0x044, DMACR = 0x048;

function uartRig() {
  const out: number[] = [];
  const line = new FakeLine();
  const uart = new Pl011(VIRT_UART_BASE, (b) => out.push(b), line);
  const r = (off: number) => uart.read(off, 4);
  const w = (off: number, v: number) => uart.write(off, 4, v);
  return { uart, out, line, r, w };
}
type UartRig = ReturnType<typeof uartRig>;

function probeUart(u: Pl011): Record<string, unknown> {
  // DR is not here: reading it pops the FIFO (the continuation reads it).
  const o: Record<string, unknown> = {};
  for (const off of [RSR, FR, ILPR, IBRD, FBRD, LCR_H, CR, IFLS, IMSC, RIS, MIS, DMACR, 0xfe0, 0xffc]) o[`+${off.toString(16)}`] = u.read(off, 4);
  o.rxCount = u.rxCount; o.queued = u.queued; o.drained = u.inputDrained; o.canReceive = u.canReceive();
  return o;
}

const uartScenarios: [string, (u: UartRig) => void][] = [
  ['interrupt mode, FIFO on and part full, host queue behind it, TX interrupt raised', ({ uart, r, w }) => {
    w(IBRD, 13); w(FBRD, 1); w(LCR_H, 0x70 | LCR_H_FEN); w(CR, 0x301); w(IFLS, 0x09); w(DMACR, 3); w(ILPR, 7);
    w(IMSC, INT_RX | INT_RT | INT_TX);
    uart.deliverInput(true);
    uart.receive(Array.from({ length: 24 }, (_, i) => 0x41 + i));
    assert.is(r(DR), 0x41);
    assert.is(r(DR), 0x42);
    w(DR, 0x21);
    uart.sendBreak();
  }],
  ['polled mode: never unmasked, host input looked through', ({ uart, w }) => {
    w(LCR_H, 0x70);
    uart.receive('hello');
    w(DR, 0x3e);
    w(ICR, INT_TX);
  }],
  ['unmasked once then masked again, a full 16-entry FIFO after the ring wrapped, RSR.BE from a break just read', ({ uart, r, w }) => {
    w(LCR_H, LCR_H_FEN);
    w(IMSC, INT_RX);
    uart.deliverInput(true);
    uart.receive(Array.from({ length: 10 }, (_, i) => i + 1));
    for (let k = 0; k < 10; k++) r(DR);
    uart.sendBreak();
    uart.receive(Array.from({ length: 20 }, (_, i) => 0x60 + i));
    assert.is(r(DR), DR_BE, 'the break');
    assert.is(r(RSR), DR_BE >> 8, 'RSR.BE');
    assert.is(uart.rxCount, 16);
    w(IMSC, 0);
  }],
  ['FIFO off (one-character holding register), RX interrupt asserted, last value read again', ({ uart, r, w }) => {
    w(IMSC, INT_RX);
    uart.deliverInput(true);
    uart.receive([0x31, 0x32, 0x33]);
    assert.is(r(DR), 0x31);
    assert.is(uart.rxCount, 1);
  }],
];

function continueUart(u: UartRig): unknown[] {
  const log: unknown[] = [];
  const { uart, r, w } = u;
  for (let k = 0; k < 40 && !(r(FR) & FR_RXFE); k++) log.push(r(DR), r(RSR), u.line.level);
  log.push('empty', r(DR), r(DR), probeUart(uart));
  uart.receive('xy');
  log.push(uart.deliverInput(true), probeUart(uart), u.line.level);
  w(IMSC, INT_RX | INT_RT);
  log.push(uart.deliverInput(true), probeUart(uart), u.line.level);
  w(LCR_H, r(LCR_H) ^ LCR_H_FEN);
  log.push(probeUart(uart), u.line.level);
  w(ICR, 0x7ff);
  w(DR, 0x0a);
  for (let k = 0; k < 40 && !(r(FR) & FR_RXFE); k++) log.push(r(DR));
  log.push(probeUart(uart), u.line.level, u.out.slice());
  return log;
}

for (const [name, drive] of uartScenarios) {
  test(`PL011: ${name}: save, JSON, restore: exact round trip, same registers, line re-driven, same behaviour`, () => {
    const a = uartRig();
    drive(a);
    const { saved, json } = snapshot(a.uart, 'PL011 state');
    const savedText = JSON.stringify(saved);
    const b = uartRig();
    assert.not.equal(probeUart(b.uart), probeUart(a.uart));
    b.uart.restore(json);
    assert.equal(b.uart.save(), saved);
    assert.equal(probeUart(b.uart), probeUart(a.uart));
    assert.equal(b.line.levels, [a.line.level], 'restore drives the line once, to the level it had');
    (json as { host: number[] }).host.push(0x7e);
    assert.equal(b.uart.save(), saved, 'restore() copied the host queue');
    a.uart.receive('!');
    assert.is(JSON.stringify(saved), savedText, 'save() returned a copy of the host queue');
    b.uart.receive('!');
    a.out.length = 0;
    assert.equal(continueUart(b), continueUart(a), 'the restored UART behaves like the original');
  });
}

test('PL011 restore refuses garbage with a clear error, and changes nothing', () => {
  const a = uartRig();
  uartScenarios[0]![1](a);
  const s = snapshot(a.uart, 'PL011').json;
  const P = 'pl011 restore: ';
  for (const [what, g] of GARBAGE) assertRejects(a.uart, g, P, what);
  const near: [string, (s: any) => void][] = [
    ['no fifo', (s) => { delete s.fifo; }],
    ['host is a string', (s) => { s.host = 'abc'; }],
    ['17 characters in a 16-entry FIFO', (s) => { s.fifo = Array(17).fill(0x41); }],
    ['2 characters with the FIFO off', (s) => { s.lcr = 0; s.fifo = [1, 2]; }],
    ['a FIFO entry that is not a character', (s) => { s.fifo[0] = 0x10000; }],
    ['a host byte of 300', (s) => { s.host.push(300); }],
    ['ibrd missing', (s) => { delete s.ibrd; }],
    ['imsc a string', (s) => { s.imsc = '0x10'; }],
    ['last is null', (s) => { s.last = null; }],
    ['armed is a number', (s) => { s.armed = 1; }],
  ];
  for (const [what, m] of near) assertRejects(a.uart, tweak(s, m), P, what);
});

// ---- PL031 ----------------------------------------------------------------------------------

const RTC_DR = 0x00, RTC_MR = 0x04, RTC_LR = 0x08, RTC_CR = 0x0c, RTC_IMSC = 0x10, RTC_RIS = 0x14, RTC_MIS = 0x18, RTC_ICR = 0x1c;
const EPOCH = 1_700_000_000;

function rtcRig(now = EPOCH + 0.25) {
  const t = { now };
  const line = new FakeLine();
  const rtc = new Pl031(VIRT_RTC_BASE, () => t.now, line);
  const r = (off: number) => rtc.read(off, 4);
  const w = (off: number, v: number) => rtc.write(off, 4, v);
  return { t, line, rtc, r, w };
}
type RtcRig = ReturnType<typeof rtcRig>;

function probeRtc(u: RtcRig): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const off of [RTC_DR, RTC_MR, RTC_LR, RTC_CR, RTC_IMSC, RTC_RIS, RTC_MIS, 0xfe0]) o[`+${off.toString(16)}`] = u.r(off);
  o.next = u.rtc.nextMatchSeconds();
  o.line = u.line.level;
  return o;
}

const rtcScenarios: [string, (u: RtcRig) => void][] = [
  ['clock set by LR, alarm armed and unmasked', ({ w }) => { w(RTC_LR, 500); w(RTC_IMSC, 1); w(RTC_MR, 507); }],
  ['alarm fired and unmasked: line high', ({ t, rtc, w }) => { w(RTC_LR, 0xffff_fffe); w(RTC_MR, 3); w(RTC_IMSC, 1); t.now += 5; rtc.update(); }],
  ['alarm fired while masked, a second alarm armed', ({ t, rtc, w }) => { w(RTC_MR, EPOCH + 1); t.now += 2; rtc.update(); w(RTC_MR, EPOCH + 100); }],
];

for (const [name, drive] of rtcScenarios) {
  test(`PL031: ${name}: save, JSON, restore: exact round trip, same registers, line re-driven, same behaviour`, () => {
    const a = rtcRig();
    drive(a);
    const { saved, json } = snapshot(a.rtc, 'PL031 state');
    const b = rtcRig(a.t.now);
    assert.not.equal(probeRtc(b), probeRtc(a));
    b.rtc.restore(json);
    assert.equal(b.rtc.save(), saved);
    assert.equal(b.line.levels, [a.line.level], 'restore drives the line once, to the level it had');
    assert.equal(probeRtc(b), probeRtc(a));
    const run = (u: RtcRig): unknown[] => {
      const log: unknown[] = [];
      const n0 = u.line.levels.length;
      for (const dt of [1, 6, 100, 2 ** 32]) { u.t.now += dt; u.rtc.update(); log.push(probeRtc(u)); }
      u.w(RTC_ICR, 1); log.push(probeRtc(u));
      u.w(RTC_MR, u.r(RTC_DR)); log.push(probeRtc(u));
      u.w(RTC_IMSC, 0); log.push(probeRtc(u), u.line.levels.slice(n0));
      return log;
    };
    assert.equal(run(b), run(a));
  });
}

test('PL031 restore refuses garbage with a clear error, and changes nothing', () => {
  const a = rtcRig();
  rtcScenarios[0]![1](a);
  const s = snapshot(a.rtc, 'PL031').json;
  const P = 'pl031 restore: ';
  for (const [what, g] of GARBAGE) assertRejects(a.rtc, g, P, what);
  const near: [string, (s: any) => void][] = [
    ['alarm missing', (s) => { delete s.alarm; }],
    ['alarm a string', (s) => { s.alarm = '7'; }],
    ['alarm fractional', (s) => { s.alarm = 7.5; }],
    ['offset negative', (s) => { s.offset = -1; }],
    ['mr beyond 32 bits', (s) => { s.mr = 2 ** 32; }],
    ['im 2', (s) => { s.im = 2; }],
    ['is missing', (s) => { delete s.is; }],
  ];
  for (const [what, m] of near) assertRejects(a.rtc, tweak(s, m), P, what);
});

// ---- the devices wired together, as the machine wires them ---------------------------------

function board(gicVersion: 2 | 3) {
  const st = { insns: 0 };
  const clock = new VirtualClock(() => st.insns);
  const gic = gicVersion === 3 ? new Gicv3({ ...VIRT_GICV3_FRAMES, cpus: 1 }) : new Gicv2({ ...VIRT_GICV2_FRAMES, cpus: 1 });
  const timer = new ArchTimer(clock, {
    virt: gic.ppi(0, GIC_PPI_INTID_BASE + ARCH_TIMER_VIRT_PPI), phys: gic.ppi(0, GIC_PPI_INTID_BASE + ARCH_TIMER_NS_EL1_PPI),
  });
  const uart = new Pl011(VIRT_UART_BASE, () => {}, gic.spi(GIC_SPI_INTID_BASE + VIRT_UART_SPI));
  const rtc = new Pl031(VIRT_RTC_BASE, () => EPOCH + st.insns / 1e9, gic.spi(GIC_SPI_INTID_BASE + VIRT_RTC_SPI));
  return { st, gic, timer, uart, rtc };
}

for (const version of [2, 3] as const) {
  test(`GICv${version} with the timer, PL011 and PL031 wired to it: restored in either order, the same state and outputs`, () => {
    const a = board(version);
    const d = a.gic.devices[0]!;
    // Route and enable the timer PPIs and both SPIs; the UART's SPI edge-triggered.
    const uartIntid = GIC_SPI_INTID_BASE + VIRT_UART_SPI, rtcIntid = GIC_SPI_INTID_BASE + VIRT_RTC_SPI;
    d.write(0x0, 4, 3);
    d.write(0x104, 4, (1 << (uartIntid - 32)) | (1 << (rtcIntid - 32)));
    d.write(0xc08, 4, 2 << (2 * (uartIntid - 32)));
    if (version === 3) {
      const g = a.gic as Gicv3;
      const r = g.devices[1]!;
      r.write(0x14, 4, 0);
      r.write(SGI + 0x100, 4, (1 << 27) | (1 << 30));
      d.write(0x84, 4, 0xffff_ffff);
      r.write(SGI + 0x80, 4, 0xffff_ffff);
      setIcc(g, 0, 'ICC_PMR_EL1', 0xff);
      setIcc(g, 0, 'ICC_IGRPEN1_EL1', 1);
    } else {
      d.write(0x100, 4, (1 << 27) | (1 << 30));
      const c = (a.gic as Gicv2).cpuInterface(0);
      c.write(0x4, 4, 0xff);
      c.write(0x0, 4, 1);
    }
    a.st.insns = 16 * 100;
    a.timer.write('CNTV_CVAL_EL0', 50n);
    a.timer.write('CNTV_CTL_EL0', 1n);
    a.uart.write(IMSC, 4, INT_RX);
    a.uart.deliverInput(true);
    a.uart.receive('ab');
    a.rtc.write(RTC_IMSC, 4, 1);
    a.rtc.write(RTC_MR, 4, a.rtc.read(RTC_DR, 4));
    assert.ok(a.gic.irqPending(0));
    const snap = JSON.parse(JSON.stringify({ gic: a.gic.save(), timer: a.timer.save(), uart: a.uart.save(), rtc: a.rtc.save() }));
    // The guest reads the UART, masks the timer, clears the RTC interrupt; what is left pending.
    const take = (m: ReturnType<typeof board>): number[] => {
      const got: number[] = [];
      while (!(m.uart.read(FR, 4) & FR_RXFE)) got.push(m.uart.read(DR, 4));
      const mid = [Number(m.gic.irqPending(0)), m.gic.pendingPriority(0)];
      m.timer.write('CNTV_CTL_EL0', 3n);
      m.rtc.write(RTC_ICR, 4, 1);
      return [...got, ...mid, Number(m.gic.irqPending(0)), m.gic.pendingPriority(0)];
    };
    const restored = (['gic', 'timer', 'uart', 'rtc'] as const).map((_, rot, ks) => {
      const order = [...ks.slice(rot), ...ks.slice(0, rot)];
      const b = board(version);
      b.st.insns = a.st.insns;
      for (const k of order) b[k].restore(snap[k]);
      assert.equal(b.gic.save(), snap.gic, `GIC state, restore order ${order.join(', ')}`);
      assert.equal([b.gic.irqPending(0), b.gic.fiqPending(0)], [a.gic.irqPending(0), a.gic.fiqPending(0)], order.join(', '));
      return b;
    });
    const want = take(a);
    assert.is(want[0], 0x61);
    for (const b of restored) assert.equal(take(b), want);
  });
}

test.run();
