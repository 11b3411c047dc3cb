// The interrupt controllers (src/devices/gicv3.ts, gicv2.ts, gic-common.ts): the register
// values Linux 6.1's irq-gic-v3.c / irq-gic.c probe (as QEMU 7.2 reports them), then the
// interrupt life cycle: routing, masking, preemption, EOI modes, level vs edge, SGIs, snapshots.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Gicv3, GICV3_ICC_REGISTERS } from '../src/devices/gicv3.ts';
import { Gicv2 } from '../src/devices/gicv2.ts';
import type { Device } from '../src/devices/device.ts';
import {
  VIRT_GICC_BASE, VIRT_GICD_BASE, VIRT_GICV2_FRAMES, VIRT_GICV3_FRAMES, VIRT_GICD_SIZE, VIRT_GICR_BASE, VIRT_GICR_REGION_SIZE, VIRT_GICR_STRIDE,
} from '../src/machine/board.ts';
import { hex } from './helpers.ts';
import { SGI, v3, writeq, readq, icc, setIcc, linuxInitV3, v2, linuxInitV2 } from './gic-rig.ts';

// ---- GICv3: the probe ------------------------------------------------------------------------

test('GICv3 distributor identification as QEMU 7.2 reports it', () => {
  const { d } = v3(2);
  assert.is(hex(d.read(0x0, 4)), '0x50', 'GICD_CTLR reset: DS | ARE');
  assert.is(hex(d.read(0x4, 4)), '0x3780008', 'GICD_TYPER: No1N, A3V, IDbits 15, ITLinesNumber 8');
  assert.is(((d.read(0x4, 4) & 0x1f) + 1) * 32, 288);
  assert.is(hex(d.read(0x8, 4)), '0x43b', 'GICD_IIDR');
  assert.is(d.read(0xc, 4), 0, 'GICD_TYPER2');
  assert.is(hex(d.read(0xffe8, 4)), '0x3b', 'GICD_PIDR2: ArchRev 3');
  assert.is(hex(d.read(0xffe0, 4)), '0x92', 'GICD_PIDR0');
  assert.equal([0xfff0, 0xfff4, 0xfff8, 0xfffc].map((o) => d.read(o, 4)), [0x0d, 0xf0, 0x05, 0xb1], 'CIDR0-3');
  assert.is(d.size, VIRT_GICD_SIZE);
  assert.is(d.base, VIRT_GICD_BASE);
});

test('GICv3 GICD_CTLR: Linux enables group 1; ARE and DS stay set, RWP reads 0', () => {
  const { d } = v3(1);
  d.write(0x0, 4, 0);
  assert.is(hex(d.read(0x0, 4)), '0x50');
  d.write(0x0, 4, 0x13);
  assert.is(hex(d.read(0x0, 4)), '0x53');
  d.write(0x0, 4, 0xffff_ffff);
  assert.is(hex(d.read(0x0, 4)), '0x53', 'only the group enables are writable');
});

test('GICv3 redistributors: Linux scan stops at GICR_TYPER.Last on the last of 2 CPUs', () => {
  const { r } = v3(2);
  assert.is(r.base, VIRT_GICR_BASE);
  assert.is(r.size, 2 * VIRT_GICR_STRIDE);
  assert.ok(r.size <= VIRT_GICR_REGION_SIZE);
  // gic_iterate_rdists: check PIDR2, then walk frames until TYPER.Last.
  assert.is(r.read(0xffe8, 4) & 0xf0, 0x30, 'GICR_PIDR2.ArchRev = 3');
  assert.is(hex(r.read(0xffe0, 4)), '0x93', 'GICR_PIDR0');
  const seen: string[] = [];
  let ptr = 0;
  for (let n = 0; n < 8; n++) {
    const typer = readq(r, ptr + 0x8);
    seen.push(hex(typer));
    if (typer & 0x10n) break;
    ptr += VIRT_GICR_STRIDE;
  }
  assert.equal(seen, ['0x1000000', '0x101000110'], 'affinity in [63:32], CommonLPIAff, Processor_Number in [23:8], Last on CPU 1');
  assert.is(hex(r.read(0x4, 4)), '0x43b', 'GICR_IIDR');
  assert.is(r.read(0x0, 4), 0, 'GICR_CTLR (RWP = 0)');
});

test('GICv3 GICR_WAKER handshake', () => {
  const { r } = v3(2);
  const w = VIRT_GICR_STRIDE + 0x14; // CPU 1
  assert.is(r.read(w, 4), 6, 'reset: ProcessorSleep | ChildrenAsleep');
  r.write(w, 4, r.read(w, 4) & ~2);
  assert.is(r.read(w, 4), 0, 'ChildrenAsleep follows ProcessorSleep to 0');
  assert.is(r.read(0x14, 4), 6, 'CPU 0 untouched');
  r.write(w, 4, 2);
  assert.is(r.read(w, 4), 6);
  r.write(w, 4, 4);
  assert.is(r.read(w, 4), 0, 'ChildrenAsleep is not writable');
});

test('GICv3 CPU interface reset values and the registers Linux probes', () => {
  const { gic } = v3(1);
  assert.is(icc(gic, 0, 'ICC_SRE_EL1'), 7);
  setIcc(gic, 0, 'ICC_SRE_EL1', 0);
  assert.is(icc(gic, 0, 'ICC_SRE_EL1'), 7, 'SRE/DFB/DIB are RAO/WI');
  assert.is(hex(icc(gic, 0, 'ICC_CTLR_EL1')), '0x8c00', 'A3V, IDbits 1, PRIbits 4 (5 bits)');
  assert.is(((icc(gic, 0, 'ICC_CTLR_EL1') >> 8) & 7) + 1, 5);
  assert.is(icc(gic, 0, 'ICC_PMR_EL1'), 0);
  // gic_has_group0(): write BIT(8 - pribits), read it back non-zero.
  setIcc(gic, 0, 'ICC_PMR_EL1', 1 << 3);
  assert.is(icc(gic, 0, 'ICC_PMR_EL1'), 8);
  setIcc(gic, 0, 'ICC_PMR_EL1', 0xff);
  assert.is(hex(icc(gic, 0, 'ICC_PMR_EL1')), '0xf8', 'only 5 priority bits');
  assert.is(icc(gic, 0, 'ICC_BPR0_EL1'), 2);
  assert.is(icc(gic, 0, 'ICC_BPR1_EL1'), 3);
  setIcc(gic, 0, 'ICC_BPR1_EL1', 0);
  assert.is(icc(gic, 0, 'ICC_BPR1_EL1'), 3, 'BPR1 clamps to its minimum');
  assert.is(hex(icc(gic, 0, 'ICC_RPR_EL1')), '0xff', 'idle running priority');
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 1023, 'nothing pending');
  assert.is(icc(gic, 0, 'ICC_HPPIR1_EL1'), 1023);
  setIcc(gic, 0, 'ICC_CTLR_EL1', 0xffff_ffff);
  assert.is(hex(icc(gic, 0, 'ICC_CTLR_EL1')), '0x8c03', 'only CBPR and EOImode are writable');
  // Write-only / read-only / absent registers.
  assert.is(gic.readIcc(0, 'ICC_EOIR1_EL1'), undefined);
  assert.is(gic.readIcc(0, 'ICC_SGI1R_EL1'), undefined);
  assert.is(gic.readIcc(0, 'ICC_AP1R1_EL1'), undefined, 'AP1R1 does not exist with 5 priority bits');
  assert.is(gic.writeIcc(0, 'ICC_IAR1_EL1', 0n), false);
  assert.is(gic.writeIcc(0, 'ICC_RPR_EL1', 0n), false);
  assert.is(gic.readIcc(0, 'ICC_NOPE_EL1'), undefined);
  assert.is(gic.readIcc(5, 'ICC_PMR_EL1'), undefined, 'no such CPU');
  for (const name of GICV3_ICC_REGISTERS) {
    const readable = gic.readIcc(0, name) !== undefined;
    const writable = name.includes('IAR') || name.includes('HPPIR') || name === 'ICC_RPR_EL1' ? false : true;
    if (writable) assert.ok(gic.writeIcc(0, name, 0n), `${name} writable`);
    assert.ok(readable || writable, `${name} reachable`);
  }
});

// ---- GICv3: interrupts ----------------------------------------------------------------------

test('GICv3 SPI routed to CPU 1 and a PPI on CPU 0: only the right CPU sees them', () => {
  const { gic, d, r } = v3(2);
  linuxInitV3(gic, d, r);
  // SPI 40 (UART-like, level) to CPU 1 (Aff0 = 1).
  writeq(d, 0x6000 + 40 * 8, 1n);
  assert.is(hex(readq(d, 0x6000 + 40 * 8)), '0x1');
  d.write(0x100 + 4, 4, 1 << (40 - 32)); // ISENABLER1
  assert.is(d.read(0x100 + 4, 4), 1 << 8);
  const spi = gic.spi(40);
  assert.not.ok(gic.irqPending(0));
  assert.not.ok(gic.irqPending(1));
  spi.set(true);
  assert.not.ok(gic.irqPending(0), 'CPU 0 is not a target');
  assert.ok(gic.irqPending(1));
  assert.not.ok(gic.fiqPending(1), 'group 1 is IRQ, not FIQ');
  assert.is(d.read(0x200 + 4, 4), 1 << 8, 'GICD_ISPENDR1 shows it');
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 1023, 'CPU 0 acknowledges nothing');
  assert.is(icc(gic, 1, 'ICC_HPPIR1_EL1'), 40);
  assert.is(icc(gic, 1, 'ICC_IAR1_EL1'), 40);
  assert.not.ok(gic.irqPending(1), 'active: not signalled again');
  assert.is(hex(icc(gic, 1, 'ICC_RPR_EL1')), '0xa0');
  assert.is(hex(icc(gic, 1, 'ICC_AP1R0_EL1')), `0x${(1 << (0xa0 >> 3)).toString(16)}`);
  assert.is(d.read(0x300 + 4, 4), 1 << 8, 'GICD_ISACTIVER1');
  assert.is(icc(gic, 1, 'ICC_IAR1_EL1'), 1023);
  setIcc(gic, 1, 'ICC_EOIR1_EL1', 40);
  assert.is(d.read(0x300 + 4, 4), 0, 'EOImode 0: EOI deactivates');
  assert.is(hex(icc(gic, 1, 'ICC_RPR_EL1')), '0xff');
  assert.ok(gic.irqPending(1), 'level line still high: pending again');
  spi.set(false);
  assert.not.ok(gic.irqPending(1), 'de-asserting a level line clears pending');
  assert.is(d.read(0x200 + 4, 4), 0);
  // Re-route to CPU 0.
  writeq(d, 0x6000 + 40 * 8, 0n);
  spi.set(true);
  assert.ok(gic.irqPending(0));
  assert.not.ok(gic.irqPending(1));

  // PPI 27 (virtual timer) on CPU 0 only.
  r.write(SGI + 0x100, 4, 1 << 27);
  assert.is(hex(r.read(SGI + 0x100, 4)), '0x800ffff');
  const ppi = gic.ppi(0, 27);
  d.write(0x180 + 4, 4, 1 << 8); // disable SPI 40 to leave the PPI alone
  assert.not.ok(gic.irqPending(0));
  ppi.set(true);
  assert.ok(gic.irqPending(0));
  assert.not.ok(gic.irqPending(1));
  assert.is(r.read(SGI + 0x200, 4), 1 << 27, 'GICR_ISPENDR0 of CPU 0');
  assert.is(r.read(VIRT_GICR_STRIDE + SGI + 0x200, 4), 0, 'not CPU 1');
  gic.ppi(1, 27).set(true);
  assert.not.ok(gic.irqPending(1), 'PPI 27 disabled on CPU 1');
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 27);
  ppi.set(false);
  setIcc(gic, 0, 'ICC_EOIR1_EL1', 27);
  assert.not.ok(gic.irqPending(0));
});

test('GICv3 priority masking by PMR and by the running priority', () => {
  const { gic, d, r } = v3(1);
  linuxInitV3(gic, d, r);
  d.write(0x100 + 4, 4, (1 << 1) | (1 << 2)); // SPIs 33, 34
  d.write(0x400 + 33, 1, 0x40); // 33: high priority (byte access)
  assert.is(hex(d.read(0x400 + 32, 4)), '0xa0a040a0');
  const lo = gic.spi(34), hi = gic.spi(33);

  setIcc(gic, 0, 'ICC_PMR_EL1', 0x80);
  lo.set(true); // priority 0xa0 >= PMR 0x80
  assert.not.ok(gic.irqPending(0), 'masked by PMR');
  assert.is(icc(gic, 0, 'ICC_HPPIR1_EL1'), 34, 'HPPIR ignores the mask');
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 1023, 'IAR honours it');
  setIcc(gic, 0, 'ICC_PMR_EL1', 0xa0);
  assert.not.ok(gic.irqPending(0), 'equal to PMR is still masked');
  setIcc(gic, 0, 'ICC_PMR_EL1', 0xf0);
  assert.ok(gic.irqPending(0));

  // Take the low-priority one; the high-priority one preempts it; then the reverse case.
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 34);
  assert.not.ok(gic.irqPending(0));
  hi.set(true);
  assert.ok(gic.irqPending(0), '0x40 preempts running 0xa0');
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 33);
  assert.is(hex(icc(gic, 0, 'ICC_RPR_EL1')), '0x40');
  setIcc(gic, 0, 'ICC_EOIR1_EL1', 33);
  assert.is(hex(icc(gic, 0, 'ICC_RPR_EL1')), '0xa0', 'back to the preempted priority');
  setIcc(gic, 0, 'ICC_EOIR1_EL1', 34);
  assert.is(hex(icc(gic, 0, 'ICC_RPR_EL1')), '0xff');

  // hi is still asserted (level): take it, then raise... lo is asserted too: it must wait.
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 33, 'highest priority first');
  assert.not.ok(gic.irqPending(0), 'lower priority pends behind the running one');
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 1023);
  assert.is(icc(gic, 0, 'ICC_HPPIR1_EL1'), 34);
  setIcc(gic, 0, 'ICC_EOIR1_EL1', 33);
  hi.set(false);
  assert.ok(gic.irqPending(0), 'after EOI the lower one is signalled');
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 34);
  setIcc(gic, 0, 'ICC_EOIR1_EL1', 34);

  // Same group priority does not preempt (BPR1 = 3: 5 group-priority bits).
  d.write(0x400 + 33, 1, 0xa0);
  lo.set(true);
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 34);
  hi.set(true);
  assert.not.ok(gic.irqPending(0), 'equal priority does not preempt');
});

test('GICv3 IPRIORITYR keeps the top 5 bits; bad accesses are RAZ/WI', () => {
  const { gic, d, r } = v3(1);
  d.write(0x400 + 64, 1, 0xff);
  assert.is(hex(d.read(0x400 + 64, 1)), '0xf8');
  d.write(0x400 + 68, 4, 0x1234_5678);
  assert.is(hex(d.read(0x400 + 68, 4)), '0x10305078');
  r.write(SGI + 0x400 + 3, 1, 0x57);
  assert.is(hex(r.read(SGI + 0x400, 4)), '0x50000000');
  // Banked GICD registers are RAZ/WI under ARE.
  d.write(0x100, 4, 0xffff_ffff);
  assert.is(d.read(0x100, 4), 0);
  assert.is(r.read(SGI + 0x100, 4), 0);
  d.write(0x400, 4, 0xffff_ffff);
  assert.is(d.read(0x400, 4), 0);
  // Wrong size, unknown offsets, read-only registers, unaligned, out of range.
  assert.is(d.read(0x4, 2), 0);
  assert.is(d.read(0x4, 1), 0);
  d.write(0x4, 4, 0);
  assert.is(hex(d.read(0x4, 4)), '0x3780008');
  d.write(0x8, 4, 0);
  assert.is(d.read(0x8, 4), 0x43b);
  assert.is(d.read(0x5000, 4), 0);
  assert.is(d.read(0x6, 4), 0);
  assert.is(d.read(0x20000, 4), 0);
  r.write(0x8, 4, 0);
  assert.is(r.read(0x8, 4), 0x0100_0010);
  assert.is(r.read(0x4000, 4), 0);
  assert.is(r.read(0x8, 8), 0, 'size 8 never reaches a device: RAZ');
  assert.is(gic.irqPending(0), false);
  // ICFGR: SGIs always edge; PPIs reset level.
  assert.is(hex(r.read(SGI + 0xc00, 4)), '0xaaaaaaaa');
  r.write(SGI + 0xc00, 4, 0);
  assert.is(hex(r.read(SGI + 0xc00, 4)), '0xaaaaaaaa');
  assert.is(r.read(SGI + 0xc04, 4), 0);
  r.write(SGI + 0xc04, 4, 0xffff_ffff);
  assert.is(hex(r.read(SGI + 0xc04, 4)), '0xaaaaaaaa', 'only the odd bits store');
  // IGRPMODR / NSACR RAZ/WI with DS = 1.
  d.write(0xd04, 4, 0xffff_ffff);
  assert.is(d.read(0xd04, 4), 0);
  r.write(SGI + 0xd00, 4, 0xffff_ffff);
  assert.is(r.read(SGI + 0xd00, 4), 0);
  // IROUTER reserved bits, and SGI/PPI IROUTERs do not exist.
  writeq(d, 0x6000 + 50 * 8, 0xffff_ffff_ffff_ffffn);
  assert.is(hex(readq(d, 0x6000 + 50 * 8)), '0xff80ffffff');
  writeq(d, 0x6000 + 5 * 8, 1n);
  assert.is(readq(d, 0x6000 + 5 * 8), 0n);
});

test('GICv3 EOImode = 1: EOIR drops priority, DIR deactivates', () => {
  const { gic, d, r } = v3(1);
  linuxInitV3(gic, d, r);
  setIcc(gic, 0, 'ICC_CTLR_EL1', 2);
  d.write(0x100 + 4, 4, 1 << 16); // SPI 48
  d.write(0xc00 + 48 / 4, 4, 2 << 0); // ICFGR3 covers 48..63: 48 edge
  const line = gic.spi(48);
  line.set(true); line.set(false);
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 48);
  setIcc(gic, 0, 'ICC_DIR_EL1', 48); // DIR before EOI is allowed: deactivates
  assert.is(d.read(0x300 + 4, 4), 0);
  assert.is(hex(icc(gic, 0, 'ICC_RPR_EL1')), '0xa0', 'priority not dropped yet');
  setIcc(gic, 0, 'ICC_EOIR1_EL1', 48);
  assert.is(hex(icc(gic, 0, 'ICC_RPR_EL1')), '0xff');

  line.set(true); line.set(false);
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 48);
  setIcc(gic, 0, 'ICC_EOIR1_EL1', 48);
  assert.is(hex(icc(gic, 0, 'ICC_RPR_EL1')), '0xff', 'priority dropped');
  assert.is(d.read(0x300 + 4, 4), 1 << 16, 'still active');
  line.set(true); line.set(false); // a new edge while active: pending + active
  assert.not.ok(gic.irqPending(0), 'active and pending is not signalled');
  setIcc(gic, 0, 'ICC_DIR_EL1', 48);
  assert.is(d.read(0x300 + 4, 4), 0);
  assert.ok(gic.irqPending(0), 'the latched edge is signalled after deactivation');

  // With EOImode = 0, DIR does nothing.
  setIcc(gic, 0, 'ICC_CTLR_EL1', 0);
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 48);
  setIcc(gic, 0, 'ICC_DIR_EL1', 48);
  assert.is(d.read(0x300 + 4, 4), 1 << 16);
  setIcc(gic, 0, 'ICC_EOIR1_EL1', 48);
  assert.is(d.read(0x300 + 4, 4), 0);
  // EOI of a spurious INTID is ignored.
  setIcc(gic, 0, 'ICC_EOIR1_EL1', 1023);
});

test('GICv3 level vs edge', () => {
  const { gic, d, r } = v3(1);
  linuxInitV3(gic, d, r);
  d.write(0x100 + 4, 4, 3); // SPIs 32, 33
  d.write(0xc08, 4, 2 << 2); // ICFGR2: INTID 33 edge, 32 level
  assert.is(d.read(0xc08, 4), 8);
  const level = gic.spi(32), edge = gic.spi(33);
  level.set(true); level.set(false);
  assert.is(d.read(0x204, 4), 0, 'a level pulse leaves nothing pending');
  assert.not.ok(gic.irqPending(0));
  edge.set(true); edge.set(false);
  assert.is(d.read(0x204, 4), 2, 'an edge stays latched');
  assert.ok(gic.irqPending(0));
  edge.set(false);
  edge.set(true); // rising edge again while already pending: still one
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 33);
  assert.is(d.read(0x204, 4), 0, 'acknowledge clears the edge latch');
  setIcc(gic, 0, 'ICC_EOIR1_EL1', 33);
  assert.not.ok(gic.irqPending(0), 'held-high edge line does not re-pend');
  // ISPENDR / ICPENDR on a level interrupt.
  d.write(0x204, 4, 1);
  assert.ok(gic.irqPending(0), 'software-pended level interrupt');
  d.write(0x284, 4, 1);
  assert.not.ok(gic.irqPending(0));
  // Group 0 is FIQ.
  d.write(0x84, 4, 0xffff_fffe); // SPI 32 -> group 0
  d.write(0x0, 4, 0x13);
  setIcc(gic, 0, 'ICC_IGRPEN0_EL1', 1);
  level.set(true);
  assert.ok(gic.fiqPending(0));
  assert.not.ok(gic.irqPending(0));
  assert.is(icc(gic, 0, 'ICC_IAR1_EL1'), 1023, 'group 0 is not acknowledged by IAR1');
  assert.is(icc(gic, 0, 'ICC_HPPIR0_EL1'), 32);
  assert.is(icc(gic, 0, 'ICC_IAR0_EL1'), 32);
  setIcc(gic, 0, 'ICC_EOIR1_EL1', 32);
  assert.is(d.read(0x304, 4), 1, 'EOIR1 does not end a group 0 interrupt');
  setIcc(gic, 0, 'ICC_EOIR0_EL1', 32);
  assert.is(d.read(0x304, 4), 0);
  setIcc(gic, 0, 'ICC_IGRPEN0_EL1', 0);
  assert.not.ok(gic.fiqPending(0), 'group 0 disabled at the CPU interface');
});

test('GICv3 SGIs: target list, affinity, broadcast, group', () => {
  const { gic, d, r } = v3(3);
  linuxInitV3(gic, d, r);
  const pend = (cpu: number): number => r.read(cpu * VIRT_GICR_STRIDE + SGI + 0x200, 4);
  // SGI 5 from CPU 0 to CPUs 1 and 2 (TargetList bits 1, 2; Aff1..3 = 0).
  setIcc(gic, 0, 'ICC_SGI1R_EL1', (5n << 24n) | 0b110n);
  assert.equal([pend(0), pend(1), pend(2)], [0, 1 << 5, 1 << 5]);
  assert.not.ok(gic.irqPending(0));
  assert.ok(gic.irqPending(1));
  assert.ok(gic.irqPending(2));
  assert.is(icc(gic, 1, 'ICC_IAR1_EL1'), 5);
  setIcc(gic, 1, 'ICC_EOIR1_EL1', 5);
  assert.is(pend(1), 0);
  // Wrong Aff1 or RS: nobody.
  setIcc(gic, 0, 'ICC_SGI1R_EL1', (6n << 24n) | (1n << 16n) | 0b10n);
  setIcc(gic, 0, 'ICC_SGI1R_EL1', (6n << 24n) | (1n << 44n) | 0b10n);
  assert.is(pend(1) & (1 << 6), 0);
  // IRM = 1: everyone but the sender.
  setIcc(gic, 1, 'ICC_SGI1R_EL1', (7n << 24n) | (1n << 40n));
  assert.equal([pend(0) & 0x80, pend(1) & 0x80, pend(2) & 0x80], [0x80, 0, 0x80]);
  // To self.
  setIcc(gic, 1, 'ICC_SGI1R_EL1', (2n << 24n) | 0b10n);
  assert.is(pend(1), 1 << 2);
  // SGI0R raises a group 0 SGI only where the SGI is group 0.
  setIcc(gic, 0, 'ICC_SGI0R_EL1', (3n << 24n) | 0b10n);
  assert.is(pend(1) & 8, 0, 'SGI 3 is group 1 at CPU 1');
  r.write(VIRT_GICR_STRIDE + SGI + 0x80, 4, 0xffff_fff7);
  setIcc(gic, 0, 'ICC_SGI0R_EL1', (3n << 24n) | 0b10n);
  assert.is(pend(1) & 8, 8);
  // Disabled SGI pends but is not signalled.
  r.write(2 * VIRT_GICR_STRIDE + SGI + 0x180, 4, 0xffff);
  assert.not.ok(gic.irqPending(2));
  assert.ok(pend(2) !== 0);
});

test('GICv3 save/restore round trip (through JSON)', () => {
  const { gic, d, r } = v3(2);
  linuxInitV3(gic, d, r);
  setIcc(gic, 1, 'ICC_CTLR_EL1', 2);
  writeq(d, 0x6000 + 45 * 8, 1n);
  d.write(0x104, 4, 1 << 13);
  d.write(0x400 + 45, 1, 0x30);
  gic.spi(45).set(true);
  assert.is(icc(gic, 1, 'ICC_IAR1_EL1'), 45);
  setIcc(gic, 0, 'ICC_SGI1R_EL1', (4n << 24n) | 0b10n);
  r.write(0x14, 4, 2);
  const snap = JSON.parse(JSON.stringify(gic.save()));

  const other = new Gicv3({ ...VIRT_GICV3_FRAMES, cpus: 2 });
  other.restore(snap);
  const [d2, r2] = other.devices as [Device, Device];
  for (const off of [0x0, 0x104, 0x204, 0x304, 0x42c, 0x6000 + 45 * 8, 0x6000 + 45 * 8 + 4]) assert.is(d2.read(off, 4), d.read(off, 4), `GICD ${hex(off)}`);
  for (const off of [0x14, VIRT_GICR_STRIDE + 0x14, VIRT_GICR_STRIDE + SGI + 0x200, SGI + 0x100]) assert.is(r2.read(off, 4), r.read(off, 4), `GICR ${hex(off)}`);
  for (const n of ['ICC_CTLR_EL1', 'ICC_PMR_EL1', 'ICC_RPR_EL1', 'ICC_AP1R0_EL1', 'ICC_IGRPEN1_EL1']) assert.is(icc(other, 1, n), icc(gic, 1, n), n);
  assert.is(hex(icc(other, 1, 'ICC_RPR_EL1')), '0x30');
  // The restored controller behaves the same.
  assert.is(other.irqPending(1), gic.irqPending(1));
  assert.is(icc(other, 1, 'ICC_HPPIR1_EL1'), 4);
  setIcc(other, 1, 'ICC_EOIR1_EL1', 45);
  setIcc(other, 1, 'ICC_DIR_EL1', 45);
  assert.is(icc(other, 1, 'ICC_HPPIR1_EL1'), 45, 'the restored line is still high: 45 (0x30) beats the SGI (0xa0)');
  other.spi(45).set(false);
  assert.is(icc(other, 1, 'ICC_IAR1_EL1'), 4, 'then the SGI');
  setIcc(other, 1, 'ICC_EOIR1_EL1', 4);
  setIcc(other, 1, 'ICC_DIR_EL1', 4);
  assert.is(icc(other, 1, 'ICC_IAR1_EL1'), 1023);
  other.spi(45).set(true);
  assert.is(icc(other, 1, 'ICC_IAR1_EL1'), 45);

  // The distributor Device carries the whole snapshot; reset() restores reset values.
  assert.equal(JSON.parse(JSON.stringify(d.save())), snap);
  assert.is(r.save(), null);
  gic.reset();
  assert.is(hex(d.read(0x0, 4)), '0x50');
  assert.is(r.read(0x14, 4), 6);
  assert.is(icc(gic, 1, 'ICC_PMR_EL1'), 0);
  d.restore(snap);
  assert.is(hex(icc(gic, 1, 'ICC_RPR_EL1')), '0x30');
  assert.throws(() => new Gicv3({ ...VIRT_GICV3_FRAMES, cpus: 3 }).restore(snap));
});

// ---- GICv2 ---------------------------------------------------------------------------------

test('GICv2 identification as QEMU 7.2 reports it', () => {
  const { gic, d, c } = v2(2);
  assert.is(hex(d.read(0x4, 4)), '0x28', 'GICD_TYPER: ITLinesNumber 8, CPUNumber 1');
  assert.is(d.read(0x4, 1), 0x28);
  assert.is(hex(d.read(0x8, 4)), '0x43b', 'GICD_IIDR');
  assert.is(hex(d.read(0xfe8, 4)), '0x2b', 'GICD_PIDR2: ArchRev 2');
  assert.is(hex(d.read(0xfe0, 4)), '0x90');
  assert.is(hex(c.read(0xfc, 4)), '0x2043b', 'GICC_IIDR');
  assert.is(c.base, VIRT_GICC_BASE);
  assert.is(d.read(0x0, 4), 0);
  assert.is(c.read(0x0, 4), 0);
  assert.is(c.read(0x1c, 4), 1, 'ABPR reset');
  assert.is(c.read(0x8, 4), 0, 'BPR reset');
  assert.is(c.read(0x14, 4), 0xff, 'RPR idle');
  assert.is(c.read(0xc, 4), 1023);
  // ITARGETSR0-7 read back the reading CPU's bit.
  gic.currentCpu = 1;
  assert.is(hex(d.read(0x800, 4)), '0x2020202');
  assert.is(d.read(0x81f, 1), 2);
  gic.currentCpu = 0;
  assert.is(hex(d.read(0x81c, 4)), '0x1010101');
  // Uniprocessor: ITARGETSR RAZ/WI.
  const uni = v2(1);
  assert.is(hex(uni.d.read(0x4, 4)), '0x8');
  assert.is(uni.d.read(0x800, 4), 0);
  // SGIs always enabled; SGIs edge.
  assert.is(hex(d.read(0x100, 4)), '0xffff');
  d.write(0x180, 4, 0xffff_ffff);
  assert.is(hex(d.read(0x100, 4)), '0xffff');
  assert.is(hex(d.read(0xc00, 4)), '0xaaaaaaaa');
});

test('GICv2 SPI targeted at CPU 1, banked registers through currentCpu, IAR/EOIR', () => {
  const { gic, d } = v2(2);
  linuxInitV2(gic, d);
  const c0 = gic.cpuInterface(0), c1 = gic.cpuInterface(1);
  d.write(0x800 + 33, 1, 2); // ITARGETSR byte: SPI 33 -> CPU 1
  assert.is(hex(d.read(0x820, 4)), '0x1010201', 'byte write landed (the rest as Linux set it)');
  d.write(0x104, 4, 2);
  gic.spi(33).set(true);
  assert.not.ok(gic.irqPending(0));
  assert.ok(gic.irqPending(1));
  assert.not.ok(gic.fiqPending(1), 'group 0 without FIQEn is IRQ');
  assert.is(c0.read(0xc, 4), 1023);
  assert.is(c1.read(0x18, 4), 33, 'HPPIR');
  assert.is(c1.read(0xc, 4), 33);
  assert.is(hex(c1.read(0x14, 4)), '0xa0');
  assert.is(hex(c1.read(0xd0 + 4 * (0xa0 >> 6), 4)), hex(1 << ((0xa0 >> 1) & 31)), 'GICC_APRn bit');
  c1.write(0x10, 4, 33);
  assert.is(c1.read(0x14, 4), 0xff);
  gic.spi(33).set(false);
  assert.not.ok(gic.irqPending(1));

  // PPI 30 enabled only on CPU 1 (banked ISENABLER0 written with currentCpu = 1).
  gic.currentCpu = 1;
  d.write(0x100, 4, 1 << 30);
  assert.is(hex(d.read(0x100, 4)), '0x4000ffff');
  gic.currentCpu = 0;
  assert.is(hex(d.read(0x100, 4)), '0xffff');
  gic.ppi(0, 30).set(true);
  gic.ppi(1, 30).set(true);
  assert.not.ok(gic.irqPending(0));
  assert.ok(gic.irqPending(1));
  // The bus-facing GICC frame follows currentCpu.
  const [, cBus] = gic.devices as [Device, Device];
  gic.currentCpu = 0;
  assert.is(cBus.read(0xc, 4), 1023);
  gic.currentCpu = 1;
  assert.is(cBus.read(0xc, 4), 30);
  cBus.write(0x10, 4, 30);
  gic.ppi(1, 30).set(false);
  assert.not.ok(gic.irqPending(1));
});

test('GICv2 SGIs: target list filter, CPUID in IAR, multiple sources', () => {
  const { gic, d } = v2(3);
  linuxInitV2(gic, d);
  const c = [0, 1, 2].map((i) => gic.cpuInterface(i));
  gic.currentCpu = 0;
  d.write(0xf00, 4, (0 << 24) | (0b110 << 16) | 3); // SGI 3 to CPUs 1, 2
  assert.not.ok(gic.irqPending(0));
  assert.ok(gic.irqPending(1) && gic.irqPending(2));
  assert.is(c[1]!.read(0xc, 4), 3, 'from CPU 0: CPUID 0');
  c[1]!.write(0x10, 4, 3);
  gic.currentCpu = 2;
  d.write(0xf00, 4, (1 << 24) | 5); // all but self: CPUs 0 and 1
  assert.is(hex(c[0]!.read(0xc, 4)), hex(5 | (2 << 10)), 'IAR[12:10] = source CPU 2');
  c[0]!.write(0x10, 4, 5 | (2 << 10));
  // SGI 1 to CPU 1 from CPUs 0 and 2: two acknowledges, one per source.
  gic.currentCpu = 0; d.write(0xf00, 4, (0b10 << 16) | 1);
  gic.currentCpu = 2; d.write(0xf00, 4, (0b10 << 16) | 1);
  gic.currentCpu = 1;
  assert.is(hex(d.read(0xf20, 4)), '0x500', 'SPENDSGIR0 byte 1: SGI 1 from CPUs 0 and 2');
  assert.is(hex(d.read(0xf24, 4)), '0x400', 'SPENDSGIR1 byte 1: SGI 5 from CPU 2, never acknowledged here');
  d.write(0xf14, 1, 4); // CPENDSGIR1 byte 0 (SGI 4): nothing to clear
  d.write(0xf15, 1, 4); // CPENDSGIR1 byte 1: SGI 5 from CPU 2 cleared
  assert.is(d.read(0xf24, 4), 0);
  assert.is(c[1]!.read(0xc, 4), 1);
  c[1]!.write(0x10, 4, 1);
  assert.is(hex(c[1]!.read(0xc, 4)), hex(1 | (2 << 10)));
  c[1]!.write(0x10, 4, 1 | (2 << 10));
  assert.is(c[1]!.read(0xc, 4), 1023);
  // Self filter.
  gic.currentCpu = 2; d.write(0xf00, 4, (2 << 24) | (0xff << 16) | 9);
  assert.is(c[2]!.read(0xc, 4), 3, 'SGI 3 from CPU 0 has waited on CPU 2 since the start (lower INTID first)');
  c[2]!.write(0x10, 4, 3);
  assert.is(hex(c[2]!.read(0xc, 4)), hex(9 | (2 << 10)), 'SGI 9 from itself');
  assert.not.ok(gic.irqPending(0) || gic.irqPending(1), 'the self filter reached no other CPU');
  // Pending bits of SGIs in ISPENDR0 read back, but writes there are ignored.
  gic.currentCpu = 0;
  d.write(0x200, 4, 0xffff);
  assert.is(d.read(0x200, 4) & 0xffff, 0);
});

test('GICv2 priority, EOImode, FIQ, groups and bad accesses', () => {
  const { gic, d } = v2(1);
  linuxInitV2(gic, d);
  const c = gic.cpuInterface(0);
  d.write(0x104, 4, 0b11); // SPIs 32, 33
  d.write(0x420, 2, 0x40a0); // 32: 0xa0, 33: 0x40 (halfword access)
  assert.is(hex(d.read(0x420, 4)), '0xa0a040a0');
  d.write(0x423, 1, 0x13);
  assert.is(hex(d.read(0x423, 1)), '0x13', 'GICv2 keeps all 8 priority bits');
  d.write(0x423, 1, 0xa0);
  c.write(0x4, 4, 0x80);
  gic.spi(32).set(true);
  assert.not.ok(gic.irqPending(0), 'masked by PMR');
  assert.is(c.read(0xc, 4), 1023);
  c.write(0x4, 4, 0xf0);
  assert.is(c.read(0xc, 4), 32);
  gic.spi(33).set(true);
  assert.ok(gic.irqPending(0), 'higher priority preempts');
  assert.is(c.read(0xc, 4), 33);
  assert.is(hex(c.read(0x14, 4)), '0x40');
  c.write(0x10, 4, 33);
  assert.is(hex(c.read(0x14, 4)), '0xa0');
  c.write(0x10, 4, 32);
  gic.spi(33).set(false);
  // EOImode (GICC_CTLR bit 9): EOIR only drops, DIR deactivates.
  c.write(0x0, 4, 1 | (1 << 9));
  assert.is(c.read(0xc, 4), 32);
  c.write(0x10, 4, 32);
  assert.is(c.read(0x14, 4), 0xff);
  assert.is(d.read(0x304, 4), 1, 'still active');
  assert.not.ok(gic.irqPending(0));
  c.write(0x1000, 4, 32);
  assert.is(d.read(0x304, 4), 0);
  assert.ok(gic.irqPending(0), 'level still high');
  // FIQEn: group 0 becomes FIQ.
  c.write(0x0, 4, 1 | (1 << 3));
  assert.ok(gic.fiqPending(0));
  assert.not.ok(gic.irqPending(0));
  // Group 1: IRQ; hidden from GICC_IAR without AckCtl (1022), visible through GICC_AIAR.
  d.write(0x84, 4, 1);
  d.write(0x0, 4, 3);
  c.write(0x0, 4, 3 | (1 << 3));
  assert.ok(gic.irqPending(0));
  assert.not.ok(gic.fiqPending(0));
  assert.is(c.read(0xc, 4), 1022);
  assert.is(c.read(0x28, 4), 32, 'AHPPIR');
  assert.is(c.read(0x20, 4), 32, 'AIAR');
  assert.is(hex(c.read(0xe8, 4)), '0x10000', 'NSAPR2 bit 16: group priority 0xa0 >> 1 = 80');
  c.write(0x10, 4, 32); // EOIR also ends group 1 (secure view)
  assert.is(c.read(0xe8, 4), 0);
  assert.is(d.read(0x304, 4), 0);
  // Bad accesses.
  assert.is(c.read(0x0, 2), 0);
  assert.is(c.read(0x400, 4), 0);
  assert.is(d.read(0xe00, 4), 0);
  d.write(0x4, 4, 0);
  assert.is(d.read(0x4, 4), 8);
  assert.is(d.read(0x10000, 4), 0);
  assert.is(d.read(0x401, 2), 0, 'unaligned');
  gic.currentCpu = 7; // nonsense: treated as CPU 0
  assert.is(d.read(0x100, 4) & 0xffff, 0xffff);
});

test('GICv2 save/restore round trip', () => {
  const { gic, d } = v2(2);
  linuxInitV2(gic, d);
  d.write(0x800 + 40, 1, 3);
  d.write(0x104, 4, 1 << 8);
  gic.spi(40).set(true);
  const c1 = gic.cpuInterface(1);
  assert.is(c1.read(0xc, 4), 40);
  gic.currentCpu = 0; d.write(0xf00, 4, (0b10 << 16) | 6);
  const snap = JSON.parse(JSON.stringify(gic.save()));
  const other = new Gicv2({ ...VIRT_GICV2_FRAMES, cpus: 2 });
  other.restore(snap);
  const [d2] = other.devices as [Device];
  for (const cpu of [0, 1]) {
    gic.currentCpu = other.currentCpu = cpu;
    for (const off of [0x0, 0x100, 0x104, 0x204, 0x304, 0x828, 0xf24]) assert.is(d2.read(off, 4), d.read(off, 4), `cpu ${cpu} GICD ${hex(off)}`);
    for (const off of [0x0, 0x4, 0x14, 0x18, 0xd0]) assert.is(other.cpuInterface(cpu).read(off, 4), gic.cpuInterface(cpu).read(off, 4), `cpu ${cpu} GICC ${hex(off)}`);
  }
  assert.is(other.irqPending(1), gic.irqPending(1));
  const o1 = other.cpuInterface(1);
  o1.write(0x10, 4, 40);
  assert.is(o1.read(0xc, 4), 6, 'the SGI first (same priority, lower INTID)');
  o1.write(0x10, 4, 6);
  assert.is(o1.read(0xc, 4), 40, 'the level SPI again');
  assert.throws(() => new Gicv3({ ...VIRT_GICV3_FRAMES, cpus: 2 }).restore(snap));
});

test('input lines: range checks on the host side, irqPending stays cheap and consistent', () => {
  const { gic, d, r } = v3(2);
  assert.throws(() => gic.spi(31));
  assert.throws(() => gic.spi(288));
  assert.throws(() => gic.ppi(2, 20));
  assert.throws(() => gic.ppi(0, 15));
  assert.is(gic.spi(100), gic.spi(100), 'lines are cached');
  linuxInitV3(gic, d, r);
  d.write(0x100 + 8, 4, 1 << 4); // SPI 68
  const line = gic.spi(68);
  let toggles = 0;
  for (let k = 0; k < 1000; k++) {
    line.set((k & 1) === 0);
    if (gic.irqPending(0)) toggles++;
    assert.is(gic.irqPending(0), gic.irqPending(0));
  }
  assert.is(toggles, 500);
});

test.run();
