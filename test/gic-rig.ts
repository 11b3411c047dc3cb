// The GICs as the interrupt-controller tests drive them (test/gic.test.ts, test/device-state.test.ts):
// QEMU virt's frames, 64-bit accesses as the bus splits them, the ICC system registers, and the
// register writes of Linux 6.1's GIC drivers at boot.

import * as assert from 'uvu/assert';
import { Gicv3, type Gicv3Options } from '../src/devices/gicv3.ts';
import { Gicv2 } from '../src/devices/gicv2.ts';
import type { Device } from '../src/devices/device.ts';
import { VIRT_GICV2_FRAMES, VIRT_GICV3_FRAMES, VIRT_GICR_STRIDE } from '../src/machine/board.ts';

export const SGI = 0x10000; // SGI_base frame offset inside a redistributor

export function v3(cpus: number, extra: Partial<Gicv3Options> = {}): { gic: Gicv3; d: Device; r: Device } {
  const gic = new Gicv3({ ...VIRT_GICV3_FRAMES, cpus, ...extra });
  const [d, r] = gic.devices as [Device, Device];
  return { gic, d, r };
}

/** A 64-bit register write the way the bus delivers it: two 32-bit halves, low first. */
export function writeq(dev: Device, off: number, value: bigint): void {
  dev.write(off, 4, Number(value & 0xffff_ffffn));
  dev.write(off + 4, 4, Number(value >> 32n));
}
export function readq(dev: Device, off: number): bigint {
  const lo = BigInt(dev.read(off, 4));
  return (BigInt(dev.read(off + 4, 4)) << 32n) | lo;
}

export function icc(gic: Gicv3, cpu: number, name: string): number {
  const v = gic.readIcc(cpu, name);
  assert.ok(v !== undefined, `${name} must exist`);
  return Number(v);
}
export function setIcc(gic: Gicv3, cpu: number, name: string, v: number | bigint): void {
  assert.ok(gic.writeIcc(cpu, name, BigInt(v)), `${name} must be writable`);
}

/** What Linux's gic_dist_init + gic_cpu_init + gic_cpu_sys_reg_init do, for every CPU. */
export function linuxInitV3(gic: Gicv3, d: Device, r: Device): void {
  d.write(0x0, 4, 0);
  const lines = ((d.read(0x4, 4) & 0x1f) + 1) * 32;
  for (let i = 32; i < lines; i += 32) d.write(0x80 + i / 8, 4, 0xffff_ffff); // IGROUPR: group 1
  for (let i = 32; i < lines; i += 16) d.write(0xc00 + i / 4, 4, 0); // ICFGR: level
  for (let i = 32; i < lines; i += 4) d.write(0x400 + i, 4, 0xa0a0_a0a0); // IPRIORITYR
  for (let i = 32; i < lines; i += 32) { d.write(0x380 + i / 8, 4, 0xffff_ffff); d.write(0x180 + i / 8, 4, 0xffff_ffff); }
  d.write(0x0, 4, (1 << 4) | (1 << 1) | 1); // ARE_NS | EnableGrp1A | EnableGrp1
  for (let i = 32; i < lines; i++) writeq(d, 0x6000 + i * 8, 0n); // all SPIs to the boot CPU
  for (let cpu = 0; cpu < gic.cpus; cpu++) {
    const base = cpu * VIRT_GICR_STRIDE;
    r.write(base + 0x14, 4, r.read(base + 0x14, 4) & ~2); // WAKER.ProcessorSleep = 0
    assert.is(r.read(base + 0x14, 4) & 4, 0, 'ChildrenAsleep clears');
    r.write(base + SGI + 0x80, 4, 0xffff_ffff); // IGROUPR0
    r.write(base + SGI + 0x380, 4, 0xffff_ffff); // ICACTIVER0
    r.write(base + SGI + 0x180, 4, 0xffff_ffff); // ICENABLER0
    r.write(base + SGI + 0x100, 4, 0x0000_ffff); // ISENABLER0: SGIs
    for (let i = 0; i < 32; i += 4) r.write(base + SGI + 0x400 + i, 4, 0xa0a0_a0a0);
    setIcc(gic, cpu, 'ICC_PMR_EL1', 0xf0);
    setIcc(gic, cpu, 'ICC_BPR1_EL1', 0);
    setIcc(gic, cpu, 'ICC_CTLR_EL1', 0); // EOImode_drop_dir
    setIcc(gic, cpu, 'ICC_AP0R0_EL1', 0);
    setIcc(gic, cpu, 'ICC_AP1R0_EL1', 0);
    setIcc(gic, cpu, 'ICC_IGRPEN1_EL1', 1);
  }
}

export function v2(cpus: number): { gic: Gicv2; d: Device; c: Device } {
  const gic = new Gicv2({ ...VIRT_GICV2_FRAMES, cpus });
  const [d, c] = gic.devices as [Device, Device];
  return { gic, d, c };
}

/** Linux irq-gic.c gic_dist_init + gic_cpu_init on every CPU (group 0, GICC_CTLR.Enable). */
export function linuxInitV2(gic: Gicv2, d: Device): void {
  gic.currentCpu = 0;
  d.write(0x0, 4, 0);
  const lines = ((d.read(0x4, 4) & 0x1f) + 1) * 32;
  let mask = 0;
  for (let i = 0; i < 32 && !mask; i += 4) { mask = d.read(0x800 + i, 4); mask |= mask >>> 16; mask |= mask >>> 8; mask &= 0xff; }
  const cpumask = (mask | (mask << 8) | (mask << 16) | (mask << 24)) >>> 0;
  for (let i = 32; i < lines; i += 4) d.write(0x800 + i, 4, cpumask);
  for (let i = 32; i < lines; i += 16) d.write(0xc00 + i / 4, 4, 0);
  for (let i = 32; i < lines; i += 4) d.write(0x400 + i, 4, 0xa0a0_a0a0);
  for (let i = 32; i < lines; i += 32) { d.write(0x380 + i / 8, 4, 0xffff_ffff); d.write(0x180 + i / 8, 4, 0xffff_ffff); }
  d.write(0x0, 4, 1);
  for (let cpu = 0; cpu < gic.cpus; cpu++) {
    gic.currentCpu = cpu;
    d.write(0x380, 4, 0xffff_ffff);
    d.write(0x180, 4, 0xffff_0000);
    d.write(0x100, 4, 0x0000_ffff);
    for (let i = 0; i < 32; i += 4) d.write(0x400 + i, 4, 0xa0a0_a0a0);
    const c = gic.cpuInterface(cpu);
    c.write(0x4, 4, 0xf0);
    c.write(0x0, 4, 1);
  }
  gic.currentCpu = 0;
}
