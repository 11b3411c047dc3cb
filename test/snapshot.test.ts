// Machine snapshots (issue #13; src/snapshot/): robustness, on bare-metal programs (no Linux; the
// Linux determinism run is test/snapshot-linux.test.ts).
//   1. Every state part round-trips mid-activity: a program keeps the GIC (v2 and v3), the timer,
//      the PL011 (bytes in its RX FIFO, more waiting on the host, its interrupt pending) and the
//      PL031 (alarm armed) busy; it is saved to a file with one interrupt active and another
//      pending, restored into a new machine and into one that has run something else (loadvm):
//      every part saves the same, RAM and guest-visible registers read the same, and the machines
//      then run on to the same end, byte for byte and instruction for instruction.
//   2. Determinism: a program saved at instruction K and restored finishes exactly as the cold run
//      that never stopped (console bytes, instructions, registers, every part), for several K.
//   3. Over 1,000 damaged snapshots (cut at every section boundary and at random points, random
//      single and multi-bit flips, another magic or format version, sections unknown, missing,
//      doubled, with flags, states with a field wrong re-encoded with valid checksums, another
//      configuration) are each refused with one SnapshotFileError of one line naming the problem.
//   4. A restore that a part refuses leaves the machine exactly as it was (all parts, RAM,
//      behaviour), whichever part refuses.
//   5. Atomic save: a process saving in a loop is killed with SIGKILL at several moments (also
//      while its temporary file is being written); the file is always a complete snapshot, an old
//      one or a new one, and restores.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, watch, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Machine, type MachineOptions } from '../src/machine/machine.ts';
import { RAM_BASE } from '../src/memory/layout.ts';
import { SNAPSHOT_FORMAT_VERSION, encodeContainer } from '../src/snapshot/container.ts';
import {
  SnapshotFileError, configMismatch, decodeSnapshot, machineFromSnapshot, readSnapshot, restoreSnapshot, saveSnapshot, type SnapshotImage,
} from '../src/snapshot/snapshot.ts';
import { DEFAULT_CPU } from '../src/cpu/features.ts';
import { CUREL, SPSEL, ZR } from '../src/cpu/regs.ts';
import { REGFILE_BYTES } from '../src/memory/layout.ts';

const REPO = resolve(import.meta.dirname, '..');
const DIR = mkdtempSync(join(tmpdir(), 'a64dbg-snapshot-test-'));
const file = (name: string): string => join(DIR, name);

// ---- a program that keeps every device busy ------------------------------------------------------
//
// Assembled with aarch64-linux-gnu-as (source in the comments), loaded at 0x40080000:
//   - GICv3 (ICC system registers) or GICv2 (GICC frame), chosen by ID_AA64PFR0_EL1.GIC: PPI 27
//     (virtual timer) and SPI 33 (PL011) enabled, group 1 on v3, routed to CPU 0;
//   - the virtual timer fires every 1 ms (62,500 ticks), re-armed with CNTV_TVAL in the handler,
//     which prints '.' every 128 ticks and polls the PL031's RIS (its alarm at every second; its
//     interrupt stays masked, RTCIMSC = 0): on an alarm it prints 'R', the tick count and a
//     checksum of the bytes received, re-arms MR = DR + 1, and exits (semihosting, status 0)
//     after the third;
//   - the PL011 with FIFOs and its RX interrupt unmasked: each interrupt takes ONE byte, prints it
//     with its case swapped and the virtual counter (so the output depends on exact timing), so
//     the FIFO stays non-empty and the line asserted across several interrupts.
// Vectors at +0x800 (only IRQ from the current EL with SPx: +0xa80 `b irq`), stack below +0x1400.
const BUSY_BASE = 0x4008_0000;
const BUSY_CODE = [
  0xd2a12013, // 000 _start: mov x19, #0x9000000
  0xd2a12034, // 004 mov x20, #0x9010000
  0xd2a10015, // 008 mov x21, #0x8000000
  0xd2800018, // 00c mov x24, #0x0
  0xd2800019, // 010 mov x25, #0x0
  0xd280001a, // 014 mov x26, #0x0
  0xd280001b, // 018 mov x27, #0x0
  0x10009f20, // 01c adr x0, sp_top
  0x9100001f, // 020 mov sp, x0
  0x10003ee0, // 024 adr x0, vectors
  0xd518c000, // 028 msr vbar_el1, x0
  0xd5380400, // 02c mrs x0, id_aa64pfr0_el1
  0xd3586c16, // 030 ubfx x22, x0, #24, #4
  0xb4000356, // 034 cbz x22, gic2
  0xd2a10157, // 038 mov x23, #0x80a0000
  0x52800260, // 03c mov w0, #0x13
  0xb90002a0, // 040 str w0, [x21]
  0x12800000, // 044 mov w0, #0xffffffff
  0xb90086a0, // 048 str w0, [x21, #132]
  0x528000c0, // 04c mov w0, #0x6
  0xb90106a0, // 050 str w0, [x21, #260]
  0xb94016e0, // 054 ldr w0, [x23, #20]
  0x121e7800, // 058 and w0, w0, #0xfffffffd
  0xb90016e0, // 05c str w0, [x23, #20]
  0x914042e1, // 060 add x1, x23, #0x10, lsl #12
  0x12800000, // 064 mov w0, #0xffffffff
  0xb9008020, // 068 str w0, [x1, #128]
  0x52a10000, // 06c mov w0, #0x8000000
  0xb9010020, // 070 str w0, [x1, #256]
  0xd538cca0, // 074 mrs x0, icc_sre_el1
  0xb2400000, // 078 orr x0, x0, #0x1
  0xd518cca0, // 07c msr icc_sre_el1, x0
  0xd5033fdf, // 080 isb
  0xd2801fe0, // 084 mov x0, #0xff
  0xd5184600, // 088 msr icc_pmr_el1, x0
  0xd2800020, // 08c mov x0, #0x1
  0xd518cce0, // 090 msr icc_igrpen1_el1, x0
  0xd5033fdf, // 094 isb
  0x1400000f, // 098 b gic_done
  0xd2a10037, // 09c gic2: mov x23, #0x8010000
  0x52800020, // 0a0 mov w0, #0x1
  0xb90002a0, // 0a4 str w0, [x21]
  0x52a10000, // 0a8 mov w0, #0x8000000
  0xb90102a0, // 0ac str w0, [x21, #256]
  0x528000c0, // 0b0 mov w0, #0x6
  0xb90106a0, // 0b4 str w0, [x21, #260]
  0x52802000, // 0b8 mov w0, #0x100
  0x72a00020, // 0bc movk w0, #0x1, lsl #16
  0xb90822a0, // 0c0 str w0, [x21, #2080]
  0x52801fe0, // 0c4 mov w0, #0xff
  0xb90006e0, // 0c8 str w0, [x23, #4]
  0x52800020, // 0cc mov w0, #0x1
  0xb90002e0, // 0d0 str w0, [x23]
  0x52800e00, // 0d4 gic_done: mov w0, #0x70
  0xb9002e60, // 0d8 str w0, [x19, #44]
  0x52800a00, // 0dc mov w0, #0x50
  0xb9003a60, // 0e0 str w0, [x19, #56]
  0xb9400280, // 0e4 ldr w0, [x20]
  0x11000400, // 0e8 add w0, w0, #0x1
  0xb9000680, // 0ec str w0, [x20, #4]
  0xd29e8480, // 0f0 mov x0, #0xf424
  0xd51be300, // 0f4 msr cntv_tval_el0, x0
  0xd2800020, // 0f8 mov x0, #0x1
  0xd51be320, // 0fc msr cntv_ctl_el0, x0
  0xd5033fdf, // 100 isb
  0x52800ce0, // 104 mov w0, #0x67
  0x94000008, // 108 bl putc
  0x52800de0, // 10c mov w0, #0x6f
  0x94000006, // 110 bl putc
  0x52800140, // 114 mov w0, #0xa
  0x94000004, // 118 bl putc
  0xd50342ff, // 11c msr daifclr, #0x2
  0xd503207f, // 120 idle: wfi
  0x17ffffff, // 124 b idle
  0xb9000260, // 128 putc: str w0, [x19]
  0xd65f03c0, // 12c ret
  0xaa0003e2, // 130 puthex: mov x2, x0
  0xd2800783, // 134 mov x3, #0x3c
  0x9ac32440, // 138 lsr x0, x2, x3
  0x92400c00, // 13c and x0, x0, #0xf
  0xf100281f, // 140 cmp x0, #0xa
  0x9100c001, // 144 add x1, x0, #0x30
  0x91015c00, // 148 add x0, x0, #0x57
  0x9a803020, // 14c csel x0, x1, x0, cc // cc = lo, ul, last
  0xb9000260, // 150 str w0, [x19]
  0xf1001063, // 154 subs x3, x3, #0x4
  0x54ffff0a, // 158 b.ge puthex+0x8 // b.tcont
  0xd65f03c0, // 15c ret
  0xaa1e03fc, // 160 irq: mov x28, x30
  0xb4000076, // 164 cbz x22, irq+0x10
  0xd538cc09, // 168 mrs x9, icc_iar1_el1
  0x14000002, // 16c b irq+0x14
  0xb9400ee9, // 170 ldr w9, [x23, #12]
  0x1200252a, // 174 and w10, w9, #0x3ff
  0x710ff15f, // 178 cmp w10, #0x3fc
  0x540006a2, // 17c b.cs out
  0x71006d5f, // 180 cmp w10, #0x1b
  0x54000080, // 184 b.eq timer // b.none
  0x7100855f, // 188 cmp w10, #0x21
  0x54000180, // 18c b.eq uart // b.none
  0x1400002b, // 190 b eoi
  0x91000718, // 194 timer: add x24, x24, #0x1
  0xd29e8480, // 198 mov x0, #0xf424
  0xd51be300, // 19c msr cntv_tval_el0, x0
  0xb9401680, // 1a0 ldr w0, [x20, #20]
  0x35000280, // 1a4 cbnz w0, rtc
  0xf2401b1f, // 1a8 tst x24, #0x7f
  0x54000481, // 1ac b.ne eoi // b.any
  0x528005c0, // 1b0 mov w0, #0x2e
  0x97ffffdd, // 1b4 bl putc
  0x14000021, // 1b8 b eoi
  0xb9400260, // 1bc uart: ldr w0, [x19]
  0x12001c00, // 1c0 and w0, w0, #0xff
  0x9100075a, // 1c4 add x26, x26, #0x1
  0x93dbef7b, // 1c8 ror x27, x27, #59
  0x8b00037b, // 1cc add x27, x27, x0
  0x521b0000, // 1d0 eor w0, w0, #0x20
  0x97ffffd5, // 1d4 bl putc
  0x52800400, // 1d8 mov w0, #0x20
  0x97ffffd3, // 1dc bl putc
  0xd53be040, // 1e0 mrs x0, cntvct_el0
  0x97ffffd3, // 1e4 bl puthex
  0x52800140, // 1e8 mov w0, #0xa
  0x97ffffcf, // 1ec bl putc
  0x14000013, // 1f0 b eoi
  0x52800020, // 1f4 rtc: mov w0, #0x1
  0xb9001e80, // 1f8 str w0, [x20, #28]
  0xb9400280, // 1fc ldr w0, [x20]
  0x11000400, // 200 add w0, w0, #0x1
  0xb9000680, // 204 str w0, [x20, #4]
  0x91000739, // 208 add x25, x25, #0x1
  0x52800a40, // 20c mov w0, #0x52
  0x97ffffc6, // 210 bl putc
  0xaa1803e0, // 214 mov x0, x24
  0x97ffffc6, // 218 bl puthex
  0x52800400, // 21c mov w0, #0x20
  0x97ffffc2, // 220 bl putc
  0xaa1b03e0, // 224 mov x0, x27
  0x97ffffc2, // 228 bl puthex
  0x52800140, // 22c mov w0, #0xa
  0x97ffffbe, // 230 bl putc
  0xf1000f3f, // 234 cmp x25, #0x3
  0x54000102, // 238 b.cs done
  0xb4000096, // 23c eoi: cbz x22, eoi+0x10
  0xd518cc29, // 240 msr icc_eoir1_el1, x9
  0xd5033fdf, // 244 isb
  0x14000002, // 248 b out
  0xb90012e9, // 24c str w9, [x23, #16]
  0xaa1c03fe, // 250 out: mov x30, x28
  0xd69f03e0, // 254 eret
  0x10000081, // 258 done: adr x1, exit_block
  0x52800400, // 25c mov w0, #0x20
  0xd45e0000, // 260 hlt #0xf000
  0x14000000, // 264 b done+0xc
  0x00020026, // 268 exit_block: .word 0x00020026
  0x00000000, // 26c .word 0x0
  0x00000000, // 270 .word 0x0
  0x00000000, // 274 .word 0x0
];
const BUSY_VECTOR = { offset: 0xa80, word: 0x17fffdb8 }; // a80 b irq
const BUSY_IRQ = { from: 0x160, to: 0x258 }; // irq .. out (the handler)

/** Loads the busy program into RAM and points vCPU 0 at it. */
function loadBusy(m: Machine): void {
  const image = Buffer.alloc(0x1000);
  BUSY_CODE.forEach((w, i) => image.writeUInt32LE(w, i * 4));
  image.writeUInt32LE(BUSY_VECTOR.word, BUSY_VECTOR.offset);
  assert.ok(m.writePhys(BigInt(BUSY_BASE), image));
  m.cpus[0].pc = BigInt(BUSY_BASE);
  // The PMU counts all along (set up by the host; the program does not touch it): INST_RETIRED
  // from near an overflow (c0), SW_INCR (c1), CPU_CYCLES (c2) with CHAIN (c3) above it, the
  // cycle counter at EL1 only, divided by 64, 64-bit. No overflow interrupt: the program's
  // handler knows only its own interrupts.
  const pmu = m.pmus[0];
  for (const [name, v] of [
    ['PMEVTYPER0_EL0', 0x08], ['PMEVCNTR0_EL0', 0xffff_0000], ['PMEVTYPER1_EL0', 0x00], ['PMEVTYPER2_EL0', 0x11],
    ['PMEVCNTR2_EL0', 0xffff_f000], ['PMEVTYPER3_EL0', 0x1e], ['PMCCFILTR_EL0', 0x4000_0000], ['PMCR_EL0', 0x49],
    ['PMCNTENSET_EL0', 0x8000_000f], ['PMSWINC_EL0', 2],
  ] as const) assert.ok(pmu.write(name, BigInt(v)), name);
}

// ---- machines and what they hold -------------------------------------------------------------

interface Rig { m: Machine; console(): string; semihosting(): string }

function captured(): { opts: Pick<MachineOptions, 'console' | 'semihostingConsole' | 'log'>; console(): string; semihosting(): string } {
  const out: Uint8Array[] = [], semi: Uint8Array[] = [];
  return {
    opts: { console: (b) => out.push(b.slice()), semihostingConsole: (b) => semi.push(b.slice()), log: () => {} },
    console: () => Buffer.concat(out).toString('latin1'),
    semihosting: () => Buffer.concat(semi).toString('latin1'),
  };
}

function rig(opts: Omit<MachineOptions, 'console' | 'semihostingConsole' | 'log'>): Rig {
  const c = captured();
  return { m: new Machine({ ...opts, ...c.opts }), console: c.console, semihosting: c.semihosting };
}

function restoredRig(image: SnapshotImage): Rig {
  const c = captured();
  return { m: machineFromSnapshot(image, c.opts), console: c.console, semihosting: c.semihosting };
}

/** Every state part's save(), through JSON as a snapshot file holds it. */
function partsOf(m: Machine): Record<string, unknown> {
  return Object.fromEntries(m.stateParts().map((p) => [p.name, JSON.parse(JSON.stringify(p.save() ?? null))]));
}

function ramOf(m: Machine): Buffer {
  return Buffer.from(m.mem.bytes.buffer, m.mem.bytes.byteOffset + m.mem.ramOffset(RAM_BASE), m.mem.ramBytes);
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** The whole register file of vCPU 0 (every register, PSTATE, system registers). */
const regsOf = (m: Machine): string => Buffer.from(m.cpus[0].r.buffer, m.cpus[0].r.byteOffset, REGFILE_BYTES).toString('hex');

function assertSameParts(got: Record<string, unknown>, want: Record<string, unknown>, what: string): void {
  assert.equal(Object.keys(got), Object.keys(want), `${what}: the same state parts`);
  for (const name of Object.keys(want)) assert.equal(got[name], want[name], `${what}: state part ${name}`);
}

/**
 * What the guest can read without side effects: the GIC (distributor, redistributor and ICC
 * registers on v3, distributor and CPU interface frame on v2), the PL011 and PL031 registers, the
 * timer's registers and the interrupt outputs. (GICC_IAR, UARTDR and the like change state: not read.)
 */
function probe(m: Machine): Record<string, string> {
  const o: Record<string, string> = {};
  const dev = (name: string) => {
    const d = m.devices.find((x) => x.name === name);
    assert.ok(d, `device ${name}`);
    return d;
  };
  const rd = (name: string, offs: number[]) => {
    for (const off of offs) o[`${name}+0x${off.toString(16)}`] = dev(name).read(off, 4).toString(16);
  };
  const range = (from: number, to: number, step = 4) => Array.from({ length: (to - from) / step }, (_, i) => from + i * step);
  const gicd = `gicv${m.config.gic}-gicd`;
  rd(gicd, [0x0, 0x4, ...range(0x80, 0x94), ...range(0x100, 0x114), ...range(0x200, 0x214), ...range(0x300, 0x314), ...range(0x400, 0x460), ...range(0xc00, 0xc10)]);
  if (m.config.gic === 3) {
    rd(gicd, [0x6000 + 33 * 8, 0x6004 + 33 * 8]);
    rd('gicv3-gicr', [0x0, 0x4, 0x8, 0x14, ...[0x80, 0x100, 0x180, 0x200, 0x280, 0x300, 0x380, 0xc00, 0xc04].map((x) => 0x10000 + x), ...range(0x10400, 0x10420)]);
    for (const n of ['ICC_PMR_EL1', 'ICC_CTLR_EL1', 'ICC_HPPIR1_EL1', 'ICC_BPR1_EL1', 'ICC_RPR_EL1', 'ICC_IGRPEN1_EL1', 'ICC_AP1R0_EL1', 'ICC_SRE_EL1']) {
      o[n] = String(m.gic.readIcc?.(0, n));
    }
  } else {
    rd(gicd, range(0x800, 0x830));
    rd('gicv2-gicc', [0x0, 0x4, 0x8, 0x14, 0x18, 0x1c, 0xd0]);
  }
  rd('pl011', [0x18, 0x24, 0x28, 0x2c, 0x30, 0x34, 0x38, 0x3c, 0x40]);
  rd('pl031', [0x0, 0x4, 0x8, 0xc, 0x10, 0x14, 0x18]);
  for (const n of ['CNTVCT_EL0', 'CNTV_CTL_EL0', 'CNTV_CVAL_EL0', 'CNTV_TVAL_EL0', 'CNTP_CTL_EL0', 'CNTP_CVAL_EL0', 'CNTKCTL_EL1']) {
    o[n] = String(m.timers[0].read(n));
  }
  for (const n of ['PMCR_EL0', 'PMCNTENSET_EL0', 'PMOVSSET_EL0', 'PMCCNTR_EL0', 'PMEVCNTR0_EL0', 'PMEVCNTR1_EL0', 'PMEVCNTR2_EL0', 'PMEVCNTR3_EL0']) {
    o[n] = String(m.pmus[0].read(n));
  }
  o.irq = String(m.gic.irqPending(0));
  o.fiq = String(m.gic.fiqPending(0));
  o.pc = m.cpus[0].pc.toString(16);
  o.instructions = String(m.instructions);
  o.now = String(m.clock.now());
  return o;
}

/** A run to the end (or `limit` instructions), and what it left: for comparing two machines. */
function finish(r: Rig, limit = 5e6): { stop: unknown; instructions: number; regs: string; parts: Record<string, unknown>; ram: string } {
  const stop = r.m.run({ maxInstructions: limit });
  return { stop, instructions: r.m.instructions, regs: regsOf(r.m), parts: partsOf(r.m), ram: sha(ramOf(r.m)) };
}

// GIC bits the busy program's state is recognised by (architectural registers, not internals).
const bit = (v: number, n: number): boolean => ((v >>> n) & 1) === 1;
function timerActive(m: Machine): boolean {
  return m.config.gic === 3
    ? bit(m.devices.find((d) => d.name === 'gicv3-gicr')!.read(0x10300, 4), 27) // GICR_ISACTIVER0
    : bit(m.devices.find((d) => d.name === 'gicv2-gicd')!.read(0x300, 4), 27); // GICD_ISACTIVER0 (banked)
}
function uartPending(m: Machine): boolean {
  return bit(m.devices.find((d) => d.name === `gicv${m.config.gic}-gicd`)!.read(0x204, 4), 1); // GICD_ISPENDR1: SPI 33
}

const INPUT = 'Hello, snapshot! the quick brown fox jumps over the lazy dog 0123456789';

/**
 * The busy program run until it is in the middle of everything: the timer's interrupt active
 * (handler running, timer already re-armed), the UART's pending behind it with bytes in its FIFO and
 * more input waiting on the host, the RTC alarm armed, idle time skipped.
 */
function busyMidActivity(gic: 2 | 3, memoryMiB = 16): Rig {
  const r = rig({ memoryMiB, gic });
  loadBusy(r.m);
  const m = r.m;
  assert.is(m.run({ maxInstructions: 30_000 }).kind, 'limit');
  assert.match(r.console(), /^go\n\.+/, 'the busy program started and its timer ticks');
  for (let n = 0; !timerActive(m); n++) {
    assert.ok(n < 100_000, 'the timer interrupt is taken');
    m.run({ maxInstructions: m.instructions + 1 });
  }
  m.uart.receive(INPUT);
  for (let n = 0; ; n++) {
    assert.ok(n < 200, 'reached the mid-activity point');
    const u = m.uart.save() as { fifo: number[]; host: number[] };
    if (timerActive(m) && uartPending(m) && m.timers[0].nextDeadlineNs() !== undefined && u.fifo.length >= 2 && u.host.length > 0) break;
    m.run({ maxInstructions: m.instructions + 1 });
  }
  return r;
}

/** Checks that the saved parts show the machine mid-activity (so the round trip shows something). */
function assertBusy(parts: Record<string, unknown>, m: Machine): void {
  const u = parts.pl011 as { fifo: number[]; host: number[]; ris: number; imsc: number };
  assert.ok(u.fifo.length >= 2 && u.host.length > 0, `PL011: bytes in its FIFO and on the host (${u.fifo.length}, ${u.host.length})`);
  assert.ok((u.ris & u.imsc & 0x10) !== 0, 'PL011: RX interrupt raised');
  const t = parts.timer0 as { v: { ctl: number; cval: string } };
  assert.is(t.v.ctl, 1, 'virtual timer enabled, unmasked');
  assert.ok(BigInt('0x' + t.v.cval) > BigInt(m.timers[0].read('CNTVCT_EL0')!), 'timer deadline armed in the future');
  const rtc = parts.pl031 as { alarm: number | null };
  assert.ok(rtc.alarm !== null, 'PL031 alarm armed');
  const pmu = parts.pmu0 as { cnt: number[]; ovs: number; cnten: number };
  assert.ok(pmu.cnten === 0x8000_000f && pmu.cnt[3] === 1 && (pmu.ovs & 4) !== 0,
    `PMU counting mid-way: c2 overflowed into c3 (${JSON.stringify(pmu)})`);
  assert.ok((parts.clock as { skippedNs: number }).skippedNs > 0, 'idle time was skipped');
  const pc = Number(m.cpus[0].pc) - BUSY_BASE;
  assert.ok(pc >= BUSY_IRQ.from && pc < BUSY_IRQ.to, `vCPU 0 in the interrupt handler (pc +0x${pc.toString(16)})`);
  assert.ok(m.gic.irqPending(0) === false, 'the UART interrupt waits behind the active timer interrupt (same priority): no IRQ');
}

// ---- 1. round trip mid-activity ----------------------------------------------------------------

for (const gic of [3, 2] as const) {
  test(`GICv${gic}: every state part round-trips mid-activity (new machine and loadvm into a used one), then runs on identically`, async () => {
    const a = busyMidActivity(gic);
    const path = file(`busy-v${gic}.a64snap`);
    const beforeSave = { parts: partsOf(a.m), ram: sha(ramOf(a.m)), probe: probe(a.m) };
    await saveSnapshot(a.m, path);
    const saved = { parts: partsOf(a.m), ram: sha(ramOf(a.m)), probe: probe(a.m), console: a.console().length };
    assert.equal(saved.parts, beforeSave.parts, 'saving does not change the machine');
    assert.equal(saved.probe, beforeSave.probe);
    assertBusy(saved.parts, a.m);
    const names = Object.keys(saved.parts);
    assert.equal(names, ['cpu0', 'clock', ...(gic === 3 ? ['gicv3-gicd', 'gicv3-gicr'] : ['gicv2-gicd', 'gicv2-gicc']), 'pl011', 'pl031', 'timer0', 'timePoll0', 'pmu0', 'board'],
      'the parts: vCPU, clock, both GIC frames, UART, RTC, timer, time-poll detector, PMU, board');

    const image = await readSnapshot(path);
    assert.equal(image.parts, saved.parts, 'the file holds what save() gave');
    assert.is(image.meta.instructions, a.m.instructions);
    assert.is(image.meta.pc, `0x${a.m.cpus[0].pc.toString(16)}`);
    assert.equal(image.meta.config, a.m.config);

    // A new machine built from the snapshot.
    const b = restoredRig(image);
    assert.equal(b.m.config, a.m.config);
    assertSameParts(partsOf(b.m), saved.parts, 'new machine');
    assert.is(sha(ramOf(b.m)), saved.ram, 'new machine: RAM');
    assert.equal(probe(b.m), saved.probe, 'new machine: guest-visible registers and interrupt outputs');
    assert.is(regsOf(b.m), regsOf(a.m));

    // loadvm into a machine that ran something else (other input, later; junk in a page the snapshot has as zero).
    const c = rig({ memoryMiB: 16, gic });
    loadBusy(c.m);
    c.m.uart.receive('other input');
    c.m.run({ maxInstructions: 95_000 });
    assert.ok(c.m.writePhys(BigInt(RAM_BASE + 0x40_0000), Buffer.alloc(8192, 0xa5)));
    assert.not.equal(partsOf(c.m), saved.parts);
    restoreSnapshot(c.m, image);
    const cFrom = c.console().length;
    assertSameParts(partsOf(c.m), saved.parts, 'loadvm');
    assert.is(sha(ramOf(c.m)), saved.ram, 'loadvm: RAM (pages zero in the snapshot zeroed)');
    assert.equal(probe(c.m), saved.probe, 'loadvm: guest-visible registers and interrupt outputs');

    // All three run on to the program's end: the same bytes, instructions, registers and state.
    const want = finish(a);
    assert.equal(want.stop, { kind: 'exit', status: 0 }, `the busy program ran to its end: ${a.console().slice(-200)}`);
    const tail = a.console().slice(saved.console);
    assert.match(tail, /[a-z] [0-9a-f]{16}\n/, 'the rest of the input was echoed after the snapshot');
    const alarms = /R[0-9a-f]{16} [0-9a-f]{16}\n/g;
    assert.ok((tail.match(alarms) ?? []).length >= 2, `RTC alarms after the snapshot: ${JSON.stringify(tail)}`);
    const echoed = [...tail.replace(alarms, '').replace(/\./g, '').matchAll(/([^]) [0-9a-f]{16}\n/g)].map((x) => x[1]).join('');
    const swapped = Buffer.from(Buffer.from(INPUT, 'latin1').map((ch) => ch ^ 0x20)).toString('latin1');
    assert.ok(echoed.length > 16 && swapped.endsWith(echoed),
      `what was echoed after the snapshot is the end of the input, every byte xor 0x20 (${JSON.stringify(echoed)})`);
    for (const [what, r, from] of [['new machine', b, 0], ['loadvm', c, cFrom]] as const) {
      const got = finish(r);
      const out = r.console().slice(from);
      assert.is(out, tail, `${what}: console output after the snapshot`);
      assert.equal(got.stop, want.stop, `${what}: how it ended`);
      assert.is(got.instructions, want.instructions, `${what}: instructions`);
      assert.is(got.regs, want.regs, `${what}: registers at the end`);
      assertSameParts(got.parts, want.parts, `${what} at the end`);
      assert.is(got.ram, want.ram, `${what}: RAM at the end`);
    }
  });
}

// ---- 2. determinism ----------------------------------------------------------------------------

/** A small deterministic PRNG (mulberry32), so every run of this suite tests the same cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

interface Program { name: string; gic: 2 | 3; start(r: Rig): void }
const PROGRAMS: Program[] = [
  { name: 'busy program (GICv3, console input)', gic: 3, start: (r) => { loadBusy(r.m); r.m.uart.receive(INPUT); } },
  { name: 'busy program (GICv2, console input)', gic: 2, start: (r) => { loadBusy(r.m); r.m.uart.receive(INPUT); } },
  { name: 'firmware/bin/sys_timer_v3.elf', gic: 3, start: (r) => r.m.loadKernelFile(join(REPO, 'firmware/bin/sys_timer_v3.elf')) },
  { name: 'firmware/bin/sys_timer_v2.elf', gic: 2, start: (r) => r.m.loadKernelFile(join(REPO, 'firmware/bin/sys_timer_v2.elf')) },
];

for (const [k, p] of PROGRAMS.entries()) {
  test(`determinism: ${p.name} saved at instruction K and restored ends exactly as the cold run (3 values of K)`, async () => {
    const cold = rig({ memoryMiB: 16, gic: p.gic });
    p.start(cold);
    const want = finish(cold);
    assert.equal(want.stop, { kind: 'exit', status: 0 }, `${p.name} runs to its end cold: ${cold.console().slice(-300)}`);
    const random = prng(1000 + k);
    for (let n = 0; n < 3; n++) {
      const at = 1 + Math.floor(random() * (want.instructions - 1));
      const x = rig({ memoryMiB: 16, gic: p.gic });
      p.start(x);
      assert.is(x.m.run({ maxInstructions: at }).kind, 'limit');
      const path = file(`determinism-${k}-${n}.a64snap`);
      await saveSnapshot(x.m, path);
      const printed = x.console().length;
      assert.is(cold.console().slice(0, printed), x.console(), `K=${at}: the same output up to K`);
      const y = restoredRig(await readSnapshot(path));
      assert.is(y.m.instructions, at);
      const fromX = finish(x), fromY = finish(y);
      for (const [what, got, r] of [['the machine that saved', fromX, x], ['the restored machine', fromY, y]] as const) {
        const out = what === 'the restored machine' ? cold.console().slice(0, printed) + r.console() : r.console();
        assert.is(out, cold.console(), `K=${at}, ${what}: console output`);
        assert.equal(got.stop, want.stop, `K=${at}, ${what}: how it ended`);
        assert.is(got.instructions, want.instructions, `K=${at}, ${what}: instructions`);
        assert.is(got.regs, want.regs, `K=${at}, ${what}: registers at the end`);
        assertSameParts(got.parts, want.parts, `K=${at}, ${what}`);
        assert.is(got.ram, want.ram, `K=${at}, ${what}: RAM at the end`);
      }
      assert.is(x.semihosting() + y.semihosting(), '', 'no semihosting output');
    }
  });
}

// ---- 3. damaged snapshots ------------------------------------------------------------------------

/** The sections of a snapshot file, read by the layout documented in src/snapshot/container.ts. */
interface RawSection { kind: string; at: number; payloadAt: number; length: number }
function rawSections(f: Buffer): RawSection[] {
  assert.is(f.toString('latin1', 0, 8), 'A64SNAP\x1a');
  assert.is(f.readUInt32LE(8), SNAPSHOT_FORMAT_VERSION);
  const out: RawSection[] = [];
  for (let at = 12; at < f.length;) {
    const length = Number(f.readBigUInt64LE(at + 8));
    out.push({ kind: f.toString('latin1', at, at + 4), at, payloadAt: at + 48, length });
    at += 48 + length;
  }
  return out;
}

/** One section as the format defines it: kind, flags, length, SHA-256 of the first 16 header bytes and the payload. */
function section(kind: string, payload: Uint8Array, flags = 0): Buffer {
  const h = Buffer.alloc(48);
  h.write(kind, 0, 'latin1');
  h.writeUInt32LE(flags, 4);
  h.writeBigUInt64LE(BigInt(payload.length), 8);
  createHash('sha256').update(h.subarray(0, 16)).update(payload).digest().copy(h, 16);
  return Buffer.concat([h, payload]);
}
function fileOf(sections: Buffer[], version = SNAPSHOT_FORMAT_VERSION, endCount = sections.length): Buffer {
  const head = Buffer.alloc(12);
  head.write('A64SNAP\x1a', 0, 'latin1');
  head.writeUInt32LE(version >>> 0, 8);
  const count = Buffer.alloc(4);
  count.writeUInt32LE(endCount);
  return Buffer.concat([head, ...sections, section('END ', count)]);
}

interface Damaged { what: string; bytes: Buffer; want: RegExp }

/** Decodes `bytes`: must throw a SnapshotFileError of one line, "snapshot 'NAME': why", why matching `want`. */
async function assertRefused(d: Damaged, name: string): Promise<string> {
  let err: unknown;
  try {
    await decodeSnapshot(d.bytes, name);
  } catch (e) {
    err = e;
  }
  assertCleanError(err, name, d.want, d.what);
  return (err as Error).message;
}

function assertCleanError(err: unknown, name: string, want: RegExp, what: string): void {
  assert.ok(err !== undefined, `${what}: accepted`);
  assert.ok(err instanceof SnapshotFileError, `${what}: threw ${(err as Error)?.constructor?.name}: ${String((err as Error)?.stack ?? err)}`);
  const msg = (err as Error).message;
  assert.not.match(msg, /[\r\n]/, `${what}: the message is one line: ${JSON.stringify(msg)}`);
  assert.ok(msg.startsWith(`snapshot '${name}': `), `${what}: the message names the file: ${JSON.stringify(msg)}`);
  assert.match(msg, want, `${what}: ${JSON.stringify(msg)} should match ${want}`);
}

test('over 1,000 damaged snapshots are each refused with one clean SnapshotFileError naming the problem', async () => {
  const src = busyMidActivity(3);
  // More RAM than the program's page: 256 pages of text (one DEFLATE chunk) and 4 of noise (a stored one).
  for (let p = 0; p < 260; p++) {
    const page = Buffer.alloc(4096, p < 256 ? `page ${p} of text; ` : 0);
    if (p >= 256) { const r = prng(p); for (let i = 0; i < 4096; i++) page[i] = Math.floor(r() * 256); }
    assert.ok(src.m.writePhys(BigInt(RAM_BASE + 0x20_0000 + p * 8192), page));
  }
  const path = file('base.a64snap');
  await saveSnapshot(src.m, path);
  const good = readFileSync(path);
  assert.ok(good.length < 64 * 1024, `a small snapshot (${good.length} bytes)`);
  const secs = rawSections(good);
  assert.equal(secs.map((s) => s.kind), ['META', 'STAT', 'RAM ', 'END ']);
  assert.is(secs.at(-1)!.payloadAt + 4, good.length, 'END is last, 4 bytes');
  // My own encoding of its sections reproduces the file: the format is as documented.
  const payload = (k: string): Buffer => { const s = secs.find((x) => x.kind === k)!; return good.subarray(s.payloadAt, s.payloadAt + s.length); };
  const meta = JSON.parse(payload('META').toString()), ram = payload('RAM ');
  assert.equal(Object.keys(JSON.parse(payload('STAT').toString())), Object.keys(partsOf(src.m)), 'STAT holds every part by name');
  assert.ok(fileOf([section('META', payload('META')), section('STAT', payload('STAT')), section('RAM ', ram)]).equals(good), 'the container layout is as documented');
  assert.ok(Buffer.concat(encodeContainer([{ kind: 'META', payload: payload('META') }, { kind: 'STAT', payload: payload('STAT') }, { kind: 'RAM ', payload: ram }])).equals(good));
  const j = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));
  const withMeta = (m: unknown) => fileOf([section('META', j(m)), section('STAT', payload('STAT')), section('RAM ', ram)]);
  const withRam = (r: Buffer) => fileOf([section('META', payload('META')), section('STAT', payload('STAT')), section('RAM ', r)]);
  await decodeSnapshot(good, 'good'); // the undamaged file is accepted

  const random = prng(13);
  const cases: Damaged[] = [];
  const add = (what: string, bytes: Buffer, want: RegExp) => cases.push({ what, bytes, want });

  // Cut at every section boundary, around it, inside each header, and at random points.
  const TRUNC = /^snapshot '[^']*': truncated: /;
  const cuts = new Set<number>([0, 1, 7, 8, 11, 12, 13]);
  for (const s of secs) for (const p of [s.at, s.at + 4, s.at + 16, s.at + 47, s.payloadAt, s.payloadAt + 1, s.payloadAt + s.length - 1]) cuts.add(p);
  while (cuts.size < 300) cuts.add(Math.floor(random() * good.length));
  for (const n of [...cuts].filter((c) => c < good.length).sort((x, y) => x - y)) {
    add(`cut at byte ${n} of ${good.length}`, Buffer.from(good.subarray(0, n)), n < 8 ? /bad magic/ : TRUNC);
  }
  assert.ok(cases.some((c) => /cut at byte \d+ /.test(c.what)));

  // Bit flips: the section a flip lands in fails its checksum (a flip in a length field may
  // instead make the section run past the end); in the magic or the version, those are named.
  const where = (off: number): RegExp => {
    if (off < 8) return /bad magic/;
    if (off < 12) return /format version/;
    const s = secs.find((x) => off >= x.at && off < x.payloadAt + x.length)!;
    const name = `section '${s.kind.trimEnd()}' \\(at byte ${s.at}\\) fails its SHA-256 checksum: the file is damaged`;
    if (off >= s.at + 8 && off < s.at + 16) return new RegExp(`${name}|truncated: section '${s.kind.trimEnd()}' claims \\d+ bytes`);
    if (off < s.at + 4) return /section .* \(at byte \d+\) fails its SHA-256 checksum/; // the kind itself is damaged
    return new RegExp(name);
  };
  for (let n = 0; n < 400; n++) {
    const off = n < 12 ? n : Math.floor(random() * good.length);
    const b = Buffer.from(good);
    const bitNo = Math.floor(random() * 8);
    b[off] ^= 1 << bitNo;
    add(`bit ${bitNo} of byte ${off} flipped`, b, where(off));
  }
  for (let n = 0; n < 220; n++) {
    const b = Buffer.from(good);
    const count = 2 + Math.floor(random() * 14);
    const burst = n % 2 === 0;
    const base = 12 + Math.floor(random() * (good.length - 12 - 64));
    const offs: number[] = [];
    for (let k = 0; k < count; k++) {
      const off = burst ? base + Math.floor(random() * 64) : 12 + Math.floor(random() * (good.length - 12));
      b[off] ^= 1 << Math.floor(random() * 8);
      offs.push(off);
    }
    if (b.equals(good)) continue; // two flips of the same bit cancel
    const first = Math.min(...offs.filter((o) => b[o] !== good[o]));
    // A burst that starts in a section's header may also reach its length field (+8..+16).
    const sec = secs.find((x) => first >= x.at && first < x.payloadAt + x.length)!;
    const inLength = offs.find((o) => b[o] !== good[o] && o >= sec.at + 8 && o < sec.at + 16);
    add(`${count} bits flipped (${burst ? 'burst' : 'scattered'}) from byte ${first}`, b, where(first < sec.at + 8 && inLength !== undefined ? inLength : first));
  }

  // Another magic, another format version.
  for (const [what, head] of [
    ['zero magic', Buffer.alloc(8)], ['lower-case magic', Buffer.from('a64snap\x1a', 'latin1')], ['magic without its 0x1a', Buffer.from('A64SNAP\n', 'latin1')],
    ['an ELF header', readFileSync(join(REPO, 'firmware/bin/crc.elf')).subarray(0, 8)], ['a gzip header', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0])],
  ] as const) {
    const b = Buffer.from(good);
    head.copy(b, 0);
    add(what, b, /not an a64dbg snapshot \(bad magic\)/);
  }
  add('a text file', Buffer.from('this is not a snapshot\n'), /bad magic/);
  add('an ELF file', readFileSync(join(REPO, 'firmware/bin/crc.elf')), /bad magic/);
  add('an empty file', Buffer.alloc(0), /bad magic/);
  for (const v of [0, SNAPSHOT_FORMAT_VERSION - 1, SNAPSHOT_FORMAT_VERSION + 1, 255, 0x10001, 0xffff_ffff]) {
    const b = Buffer.from(good);
    b.writeUInt32LE(v, 8);
    add(`format version ${v}`, b, new RegExp(`snapshot format version ${v}; this a64dbg reads version ${SNAPSHOT_FORMAT_VERSION}$`));
    add(`format version ${v}, sections re-checksummed`, fileOf([section('META', payload('META')), section('STAT', payload('STAT')), section('RAM ', ram)], v), /format version/);
  }

  // Containers with valid checksums but the wrong sections.
  const M = section('META', payload('META')), S = section('STAT', payload('STAT')), R = section('RAM ', ram);
  for (const kind of ['XTRA', 'SNAP', 'CPUS', 'meta', 'RAM\0', 'STA ']) {
    const printable = /^[\x20-\x7e]{4}$/.test(kind) ? `'${kind.trimEnd()}'` : '\\d+';
    for (const at of [0, 1, 3]) {
      const list = [M, S, R];
      list.splice(at, 0, section(kind, Buffer.from('{}')));
      add(`a section of unknown kind ${JSON.stringify(kind)} at position ${at}`, fileOf(list), new RegExp(`unknown section ${printable}`));
    }
  }
  add('META twice', fileOf([M, S, M, R]), /section 'META' appears twice/);
  add('RAM twice', fileOf([M, S, R, R]), /section 'RAM' appears twice/);
  for (const [kind, list] of [['META', [S, R]], ['STAT', [M, R]], ['RAM', [M, S]]] as const) add(`no ${kind} section`, fileOf([...list]), new RegExp(`section '${kind}' is missing`));
  add('no sections at all', fileOf([]), /section '\w+' is missing/);
  add('END counting 2 sections', fileOf([M, S, R], SNAPSHOT_FORMAT_VERSION, 2), /the END section does not match/);
  add('END counting 4 sections', fileOf([M, S, R], SNAPSHOT_FORMAT_VERSION, 4), /the END section does not match/);
  add('a 5-byte END', Buffer.concat([good.subarray(0, secs[3].at), section('END ', Buffer.from([3, 0, 0, 0, 0]))]), /the END section does not match/);
  add('no END section', Buffer.concat([good.subarray(0, secs[3].at)]), /truncated: the file ends after 3 sections, before its END section/);
  add('bytes after END', Buffer.concat([good, Buffer.from('garbage')]), /7 bytes of garbage after the END section/);
  add('a second END', Buffer.concat([good, good.subarray(secs[3].at)]), /bytes of garbage after the END section/);
  add('a section with flags', fileOf([M, section('STAT', payload('STAT'), 1), R]), /section 'STAT' has unknown flags 0x1/);
  add('a section claiming 2^63 bytes', (() => { const b = Buffer.from(good); b.writeBigUInt64LE(1n << 63n, secs[1].at + 8); return b; })(), /truncated: section 'STAT' claims 9223372036854775808 bytes/);
  add('a snapshot of a snapshot', fileOf([section('META', good), S, R]), /META section: not JSON/);

  // META: not JSON, or not a machine this a64dbg can describe.
  add('META not JSON', fileOf([section('META', Buffer.from('{"a64dbg":')), S, R]), /META section: not JSON/);
  add('META empty', fileOf([section('META', Buffer.alloc(0)), S, R]), /META section: not JSON/);
  add('META in UTF-16', fileOf([section('META', Buffer.from(JSON.stringify(meta), 'utf16le')), S, R]), /META section: not JSON/);
  add('META null', withMeta(null), /META section: not an object/);
  add('META a number', withMeta(7), /META section: (not an object|no machine configuration)/);
  add('META without config', withMeta({ ...meta, config: undefined }), /META section: no machine configuration/);
  for (const [field, value, why] of [
    ['memoryMiB', 0, /bad RAM size 0/], ['memoryMiB', 16.5, /bad RAM size 16.5/], ['memoryMiB', '16', /bad RAM size 16/], ['memoryMiB', 1e6, /bad RAM size/],
    ['memoryMiB', null, /bad RAM size null/], ['gic', 4, /bad GIC version 4/], ['gic', '3', /bad GIC version 3/], ['gic', undefined, /bad GIC version undefined/],
    ['cpus', 0, /bad vCPU count 0/], ['cpus', -1, /bad vCPU count/], ['cpus', 1.5, /bad vCPU count/], ['cpu', 57, /no CPU model/], ['cpu', undefined, /no CPU model/],
    ['clock', 'fast', /bad clock mode fast/], ['clock', undefined, /bad clock mode/], ['noReboot', 'no', /no reboot setting/], ['noReboot', undefined, /no reboot setting/],
  ] as const) {
    add(`META config.${field} = ${JSON.stringify(value)}`, withMeta({ ...meta, config: { ...meta.config, [field]: value } }), new RegExp(`META section: ${why.source}`));
  }
  for (const [field, value] of [['instructions', 1.5], ['instructions', 2 ** 60], ['instructions', '5'], ['pc', 0x40080000], ['a64dbg', undefined], ['a64dbg', 1]] as const) {
    add(`META ${field} = ${JSON.stringify(value)}`, withMeta({ ...meta, [field]: value }), /META section: incomplete/);
  }
  for (const boot of [null, 5, {}, { kernel: { path: 'k' } }, { kernel: { path: 'k', sha256: 'x'.repeat(64) } }, { kernel: { path: 7, sha256: '0'.repeat(64) } },
    { kernel: { path: 'k', sha256: '0'.repeat(64) }, initrd: {} }, { kernel: { path: 'k', sha256: '0'.repeat(64) }, append: 5 }]) {
    add(`META boot ${JSON.stringify(boot)}`, withMeta({ ...meta, boot }), /META section: bad boot record/);
  }
  add('META for 32 MiB, RAM for 16', withMeta({ ...meta, config: { ...meta.config, memoryMiB: 32 } }), /RAM section: 4096 pages of RAM, the machine has 8192/);

  // STAT: not an object of parts.
  for (const [what, v] of [['not JSON', Buffer.from('{"cpu0":')], ['an array', j([1, 2])], ['null', j(null)], ['a string', j('state')], ['a number', j(3)]] as const) {
    add(`STAT ${what}`, fileOf([M, section('STAT', v as Buffer), R]), what === 'not JSON' ? /STAT section: not JSON/ : /STAT section: not an object of state parts/);
  }

  // RAM: the page table and chunks (see src/snapshot/ram-image.ts).
  const pageCount = ram.readUInt32LE(8), chunkCount = ram.readUInt32LE(12);
  assert.ok(pageCount === 261 && chunkCount === 2, `RAM holds ${pageCount} pages in ${chunkCount} chunks`);
  assert.equal([ram.readUInt32LE(16 + pageCount * 4 + 4), ram.readUInt32LE(16 + pageCount * 4 + 16)], [1, 0], 'a DEFLATE chunk, then a stored one');
  const ramEdit = (what: string, edit: (b: Buffer) => Buffer | void, want: RegExp) => {
    const b = Buffer.from(ram);
    add(`RAM: ${what}`, withRam(edit(b) ?? b), new RegExp(`RAM section: ${want.source}`));
  };
  const chunkHeader = 16 + pageCount * 4;
  ramEdit('empty', () => Buffer.alloc(0), /shorter than its header/);
  ramEdit('15 bytes', (b) => b.subarray(0, 15), /shorter than its header/);
  ramEdit('page size 8192', (b) => { b.writeUInt32LE(8192, 0); }, /page size 8192, expected 4096/);
  ramEdit('RAM of 1 page', (b) => { b.writeUInt32LE(1, 4); }, /1 pages of RAM, the machine has 4096/);
  ramEdit('more pages stored than RAM has', (b) => { b.writeUInt32LE(5000, 8); }, /5000 stored pages, more than the 4096/);
  ramEdit('more chunks than pages', (b) => { b.writeUInt32LE(pageCount + 1, 12); }, /the page and chunk tables run past the section/);
  assert.ok(ram.length < 16 + 4096 * 16, 'RAM section smaller than its largest tables');
  ramEdit('tables past the end', (b) => { b.writeUInt32LE(4096, 8); b.writeUInt32LE(4096, 12); }, /the page and chunk tables run past the section/);
  ramEdit('pages out of order', (b) => { const p0 = b.readUInt32LE(16); b.writeUInt32LE(b.readUInt32LE(20), 16); b.writeUInt32LE(p0, 20); }, /page number \d+ at entry 1 is out of order or beyond RAM/);
  ramEdit('a page twice', (b) => { b.writeUInt32LE(b.readUInt32LE(16), 20); }, /page number \d+ at entry 1 is out of order/);
  ramEdit('a page beyond RAM', (b) => { b.writeUInt32LE(4096, 16 + (pageCount - 1) * 4); }, /page number 4096 at entry \d+ is out of order or beyond RAM/);
  ramEdit('a chunk of 0 pages', (b) => { b.writeUInt32LE(0, chunkHeader); }, /chunk 0 holds 0 pages/);
  ramEdit('a chunk of too many pages', (b) => { b.writeUInt32LE(pageCount + 1, chunkHeader); }, /chunk 0 holds \d+ pages, \d+ are left/);
  ramEdit('a chunk of fewer pages', (b) => { b.writeUInt32LE(b.readUInt32LE(chunkHeader) - 1, chunkHeader); }, /the chunks hold 260 pages, the table lists 261/);
  ramEdit('the last chunk of fewer pages', (b) => { b.writeUInt32LE(4, chunkHeader + 12); }, /stored chunk 1 has 20480 bytes for 4 pages/);
  ramEdit('the stored chunk one byte short', (b) => { b.writeUInt32LE(20479, chunkHeader + 20); return b.subarray(0, b.length - 1); }, /stored chunk 1 has 20479 bytes for 5 pages/);
  ramEdit('the stored chunk marked DEFLATE', (b) => { b.writeUInt32LE(1, chunkHeader + 16); }, /chunk 1 (does not inflate|inflates to \d+ bytes, not 20480)/);
  ramEdit('encoding 7', (b) => { b.writeUInt32LE(7, chunkHeader + 4); }, /chunk 0 has unknown encoding 7/);
  ramEdit('a chunk running past the section', (b) => { b.writeUInt32LE(0x7fff_ffff, chunkHeader + 8); }, /chunk 0 runs past the section/);
  ramEdit('a byte after the last chunk', (b) => Buffer.concat([b, Buffer.from([0])]), /1 bytes after the last chunk/);
  ramEdit('the last chunk cut short', (b) => b.subarray(0, b.length - 1), /chunk \d+ runs past the section/);
  const encoding0 = ram.readUInt32LE(chunkHeader + 4), len0 = ram.readUInt32LE(chunkHeader + 8), data0 = chunkHeader + chunkCount * 12;
  if (encoding0 === 1) {
    ramEdit('DEFLATE data that is garbage', (b) => { b.fill(0xff, data0, data0 + Math.min(len0, 8)); }, /chunk 0 (does not inflate|inflates to \d+ bytes)/);
    ramEdit('DEFLATE data cut short', (b) => { b.writeUInt32LE(len0 - 4, chunkHeader + 8); return Buffer.concat([b.subarray(0, data0 + len0 - 4), b.subarray(data0 + len0)]); }, /chunk 0 (does not inflate|inflates to \d+ bytes)/);
    ramEdit('DEFLATE chunk marked stored', (b) => { b.writeUInt32LE(0, chunkHeader + 4); }, /stored chunk 0 has \d+ bytes for \d+ pages/);
  }

  const before = cases.length;
  // A promise left rejecting behind a refusal would end a real process (unhandled rejection).
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => { unhandled.push(e); };
  process.on('unhandledRejection', onUnhandled);
  try {
    for (const [i, c] of cases.entries()) await assertRefused(c, `damaged-${i}.a64snap`);
    await new Promise((r) => setTimeout(r, 100));
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  assert.equal(unhandled.map(String), [], 'no promise rejected unhandled while refusing them');

  // A few of them as files, through readSnapshot (and a file that is not there, a folder).
  for (const [i, c] of cases.entries()) {
    if (i % 97 !== 0) continue;
    const p = file(`damaged-${i}.a64snap`);
    writeFileSync(p, c.bytes);
    let err: unknown;
    try { await readSnapshot(p); } catch (e) { err = e; }
    assertCleanError(err, p, c.want, `${c.what} (as a file)`);
  }
  for (const [p, want] of [[file('no-such.a64snap'), /^cannot read snapshot '.*': ENOENT$/], [DIR, /^cannot read snapshot '.*': EISDIR$/]] as const) {
    let err: unknown;
    try { await readSnapshot(p); } catch (e) { err = e; }
    assert.ok(err instanceof SnapshotFileError, String(err));
    assert.match((err as Error).message, want);
  }
  assert.ok(before >= 1000, `${before} damaged containers`);
  console.log(`    ${before} damaged snapshot files refused (${good.length} bytes undamaged)`);
});


// ---- 3b. another configuration ------------------------------------------------------------------

/** restoreSnapshot must refuse (SnapshotFileError, one line) and leave `m` exactly as it was. */
function assertRestoreRefused(m: Machine, image: SnapshotImage, want: RegExp, what: string, checkRam = true): void {
  // A real-time clock moves by itself: its reading is left out.
  const parts = () => { const p = partsOf(m); if (m.config.clock === 'realtime') delete (p.clock as { ns?: number }).ns; return p; };
  const before = { parts: parts(), ram: checkRam ? sha(ramOf(m)) : '', regs: regsOf(m) };
  let err: unknown;
  try {
    restoreSnapshot(m, image);
  } catch (e) {
    err = e;
  }
  assertCleanError(err, image.file, want, what);
  assertSameParts(parts(), before.parts, `${what}: the refused restore left the machine as it was`);
  assert.is(regsOf(m), before.regs, `${what}: registers unchanged`);
  if (checkRam) assert.is(sha(ramOf(m)), before.ram, `${what}: RAM unchanged`);
}

test('a snapshot of another configuration (RAM, GIC, CPU model, clock) is refused with one line naming every difference; the machine unchanged', async () => {
  const src = busyMidActivity(3, 32);
  const path = file('busy-32mib.a64snap');
  await saveSnapshot(src.m, path);
  const image = await readSnapshot(path);
  assert.equal(image.meta.config, { memoryMiB: 32, gic: 3, cpus: 1, cpu: DEFAULT_CPU, clock: 'deterministic', noReboot: false });
  const cases: [Omit<MachineOptions, 'console'>, RegExp][] = [
    [{ memoryMiB: 16, gic: 3 }, /: the snapshot has 32 MiB of RAM, the machine has 16 MiB$/],
    [{ memoryMiB: 64, gic: 3 }, /: the snapshot has 32 MiB of RAM, the machine has 64 MiB$/],
    [{ memoryMiB: 32, gic: 2 }, /: the snapshot has GICv3, the machine has GICv2$/],
    [{ memoryMiB: 32, gic: 3, cpu: 'max' }, new RegExp(`: the snapshot has CPU model ${DEFAULT_CPU}, the machine runs max$`)],
    [{ memoryMiB: 32, gic: 3, clock: 'realtime' }, /: the snapshot has deterministic time, the machine runs realtime time$/],
    [{ memoryMiB: 16, gic: 2, cpu: 'cortex-a53' }, new RegExp(`: the snapshot has 32 MiB of RAM, the machine has 16 MiB; GICv3, the machine has GICv2; CPU model ${DEFAULT_CPU}, the machine runs cortex-a53$`)],
  ];
  for (const [opts, want] of cases) {
    const t = rig(opts);
    loadBusy(t.m);
    if (opts.clock !== 'realtime') t.m.run({ maxInstructions: 20_000 });
    assert.ok(configMismatch(image.meta.config, t.m.config), 'configMismatch sees it');
    assertRestoreRefused(t.m, image, want, `into ${JSON.stringify(opts)}`);
  }
  // The configuration the brief names: a 512 MiB snapshot and a 256 MiB machine.
  const big = rig({ memoryMiB: 512 });
  big.m.loadKernelFile(join(REPO, 'firmware/bin/sys_timer_v3.elf'));
  big.m.run({ maxInstructions: 10_000 });
  await saveSnapshot(big.m, file('512.a64snap'));
  const small = rig({ memoryMiB: 256 });
  assertRestoreRefused(small.m, await readSnapshot(file('512.a64snap')), /: the snapshot has 512 MiB of RAM, the machine has 256 MiB$/, '512 MiB into 256 MiB');

  // A META naming a machine this a64dbg cannot build: a new machine is refused, loadvm too.
  const bytes = readFileSync(path);
  const secs = rawSections(bytes);
  const pay = (k: string) => { const s = secs.find((x) => x.kind === k)!; return bytes.subarray(s.payloadAt, s.payloadAt + s.length); };
  const meta = JSON.parse(pay('META').toString());
  const odd = await decodeSnapshot(fileOf([section('META', Buffer.from(JSON.stringify({ ...meta, config: { ...meta.config, cpu: 'pentium' } }))), section('STAT', pay('STAT')), section('RAM ', pay('RAM '))]), 'odd.a64snap');
  let err: unknown;
  try { machineFromSnapshot(odd, captured().opts); } catch (e) { err = e; }
  assertCleanError(err, 'odd.a64snap', /: cannot build its machine: unknown CPU model 'pentium'/, 'CPU model pentium, new machine');
  const t = rig({ memoryMiB: 32 });
  assertRestoreRefused(t.m, odd, new RegExp(`: the snapshot has CPU model pentium, the machine runs ${DEFAULT_CPU}$`), 'CPU model pentium, loadvm');
});

// ---- 4. a part refuses: nothing changes -----------------------------------------------------------

const WHO: Record<string, string> = {
  cpu0: 'cpu0', clock: 'clock', 'gicv3-gicd': 'GICv3', 'gicv2-gicd': 'GICv2', pl011: 'pl011', pl031: 'pl031', timer0: 'arch-timer', timePoll0: 'time-poll', pmu0: 'pmu', board: 'board',
};

/** States with one field wrong: every field of every part (one level into objects), several ways. */
function mutants(stat: Record<string, unknown>): { what: string; part: string; stat: Record<string, unknown> }[] {
  const out: { what: string; part: string; stat: Record<string, unknown> }[] = [];
  const BAD: [string, unknown][] = [['null', null], ['a string', 'x'], ['-1', -1], ['1.5', 1.5], ['2^60', 2 ** 60], ['[]', []], ['{}', {}], ['true', true]];
  const copy = () => JSON.parse(JSON.stringify(stat)) as Record<string, any>;
  for (const [part, state] of Object.entries(stat)) {
    if (state === null) continue; // a GIC frame that carries no state of its own
    const push = (what: string, edit: (s: any) => void) => { const c = copy(); edit(c[part]); out.push({ what: `${part}: ${what}`, part, stat: c }); };
    for (const [what, v] of BAD) out.push({ what: `${part} = ${what}`, part, stat: { ...copy(), [part]: v } });
    const fields = (path: string[], obj: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(obj)) {
        const at = (s: any) => path.reduce((o, p) => o[p], s);
        const name = [...path, k].join('.');
        push(`${name} deleted`, (s) => { delete at(s)[k]; });
        for (const [what, bad] of BAD) push(`${name} = ${what}`, (s) => { at(s)[k] = bad; });
        if (Array.isArray(v)) {
          push(`${name} one entry short`, (s) => { at(s)[k].pop(); });
          push(`${name} one entry more`, (s) => { at(s)[k].push(0); });
          if (v.length) {
            push(`${name}[0] = -1`, (s) => { at(s)[k][0] = -1; });
            push(`${name}[0] = "a"`, (s) => { at(s)[k][0] = 'a'; });
            push(`${name}[last] = 2^33`, (s) => { at(s)[k][v.length - 1] = 2 ** 33; });
          }
        } else if (typeof v === 'object' && v !== null && path.length === 0) fields([k], v as Record<string, unknown>);
      }
    };
    if (typeof state === 'object' && !Array.isArray(state)) fields([], state as Record<string, unknown>);
  }
  // Register files a vCPU cannot be in.
  const regs = (edit: (r: Int32Array) => void) => (s: any) => {
    const b = Buffer.from(s.regs, 'base64');
    const r = new Int32Array(b.buffer, b.byteOffset, b.length / 4);
    edit(r);
    s.regs = b.toString('base64');
  };
  const cpu = (what: string, edit: (s: any) => void) => { const c = copy(); edit(c.cpu0); out.push({ what: `cpu0: ${what}`, part: 'cpu0', stat: c }); };
  cpu('EL2', regs((r) => { r[CUREL] = 2; }));
  cpu('EL3', regs((r) => { r[CUREL] = 3; }));
  cpu('SPSel 2', regs((r) => { r[SPSEL] = 2; }));
  cpu('the zero register not zero', regs((r) => { r[ZR] = 1; }));
  cpu('regs one byte short', (s) => { s.regs = Buffer.from(s.regs, 'base64').subarray(1).toString('base64'); });
  cpu('regs not base64', (s) => { s.regs = '!!!!'; });
  cpu("vCPU 1's state", (s) => { s.index = 1; });
  const clock = copy();
  clock.clock.mode = 'realtime';
  out.push({ what: 'clock: real-time state', part: 'clock', stat: clock });
  // A part missing, a part this machine does not have.
  for (const part of Object.keys(stat)) {
    const c = copy();
    delete c[part];
    out.push({ what: `no ${part}`, part: 'missing', stat: c });
  }
  out.push({ what: 'a part gpu0', part: 'unknown', stat: { ...copy(), gpu0: {} } });
  return out;
}

for (const gic of [3, 2] as const) {
  test(`GICv${gic}: a state a part refuses (every field of every part, several ways) is refused by restore and by a new machine; the machine stays exactly as it was, and then runs as if nothing happened`, async () => {
    const src = busyMidActivity(gic);
    const path = file(`rollback-v${gic}.a64snap`);
    await saveSnapshot(src.m, path);
    const bytes = readFileSync(path);
    const secs = rawSections(bytes);
    const pay = (k: string) => { const s = secs.find((x) => x.kind === k)!; return bytes.subarray(s.payloadAt, s.payloadAt + s.length); };
    const stat = JSON.parse(pay('STAT').toString()) as Record<string, unknown>;

    // The target ran the program with other input to another point; its twin ran exactly the same.
    const start = (r: Rig) => { loadBusy(r.m); r.m.uart.receive('Twins!'); r.m.run({ maxInstructions: 41_234 }); };
    const target = rig({ memoryMiB: 16, gic }), twin = rig({ memoryMiB: 16, gic });
    start(target);
    start(twin);
    const own = file(`rollback-target-v${gic}.a64snap`);
    await saveSnapshot(target.m, own);
    const ownImage = await readSnapshot(own);
    const original = { parts: partsOf(target.m), ram: sha(ramOf(target.m)), probe: probe(target.m), regs: regsOf(target.m) };

    let refused = 0, accepted = 0;
    const list = mutants(stat);
    for (const [i, mu] of list.entries()) {
      const name = `mutant-${i}.a64snap`;
      const image = await decodeSnapshot(fileOf([section('META', pay('META')), section('STAT', Buffer.from(JSON.stringify(mu.stat))), section('RAM ', pay('RAM '))]), name);
      const want = mu.part === 'missing' ? /: no state for [\w-]+$/ : mu.part === 'unknown' ? /: state for gpu0, which this machine does not have$/ : new RegExp(`: ${WHO[mu.part]} restore: `);
      let err: unknown;
      try {
        restoreSnapshot(target.m, image);
      } catch (e) {
        err = e;
      }
      if (err === undefined) {
        // A value that is valid after all (e.g. an empty host queue): put the target back.
        accepted++;
        restoreSnapshot(target.m, ownImage);
        assertSameParts(partsOf(target.m), original.parts, `${mu.what}: back to the target's own state`);
        continue;
      }
      refused++;
      assertCleanError(err, name, want, mu.what);
      assertSameParts(partsOf(target.m), original.parts, `${mu.what}: refused, the machine is as it was`);
      assert.is(regsOf(target.m), original.regs, `${mu.what}: registers as they were`);
      if (i % 40 === 0) {
        assert.is(sha(ramOf(target.m)), original.ram, `${mu.what}: RAM as it was`);
        assert.equal(probe(target.m), original.probe, `${mu.what}: guest-visible registers as they were`);
      }
      if (i % 4 === 0) {
        let err2: unknown;
        try {
          machineFromSnapshot(image, captured().opts);
        } catch (e) {
          err2 = e;
        }
        assertCleanError(err2, name, want, `${mu.what} (new machine)`);
      }
    }
    console.log(`    GICv${gic}: ${list.length} states with a part wrong: ${refused} refused, ${accepted} valid after all`);
    assert.ok(refused >= 300 && refused > 10 * accepted, `${refused} refused, ${accepted} valid after all`);
    // Every part refused in some case, the last one (all others restored, then put back) too.
    for (const part of Object.keys(stat).filter((p) => stat[p] !== null)) assert.ok(list.some((mu) => mu.part === part), part);

    assert.equal(probe(target.m), original.probe);
    assert.is(sha(ramOf(target.m)), original.ram);
    const a = finish(target), b = finish(twin);
    assert.equal(a.stop, { kind: 'exit', status: 0 });
    assert.is(target.console(), twin.console(), 'the target prints what its twin prints');
    assert.equal(a, b, 'and ends in the same state');
  });
}

// ---- 5. atomic save ----------------------------------------------------------------------------

/**
 * test/snapshot-save-child.ts saves the same machine to one file over and over, a generation number
 * in its RAM (GEN_ADDRESS) changed before each save, and prints "saved N" after each. It is killed
 * with SIGKILL: at a moment its temporary file has just appeared (so mid-write, before the rename),
 * a few milliseconds later, or at an unrelated moment. The file must then read and restore as a
 * complete snapshot of generation N or N+1 (the one being written if the rename had happened).
 */
const GEN_ADDRESS = 0x4060_0000;

test('atomic save: SIGKILL during saves leaves the previous (or the new) complete snapshot, never a partial one', async () => {
  const dir = file('atomic');
  mkdirSync(dir);
  const target = join(dir, 'machine.a64snap');
  const moments: { what: string; afterTmpMs?: number; afterSavedMs?: number }[] = [
    { what: 'as its temporary file appears', afterTmpMs: 0 },
    { what: '2 ms after its temporary file appeared', afterTmpMs: 2 },
    { what: '8 ms after its temporary file appeared', afterTmpMs: 8 },
    { what: '25 ms after a save completed', afterSavedMs: 25 },
    { what: 'as its temporary file appears, again', afterTmpMs: 0 },
  ];
  let midWrite = 0;
  let previousGen = 0;
  for (const [k, moment] of moments.entries()) {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'test/snapshot-save-child.ts'), target, String(k * 1000)], {
      cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '', err = '';
    child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
    child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
    const closed = new Promise<NodeJS.Signals | null>((r) => child.on('close', (_code, signal) => r(signal)));
    const saved = (): number[] => [...out.matchAll(/^saved (\d+)$/gm)].map((x) => Number(x[1]));
    // Let it complete a save or two first (the first one replaces the previous child's file).
    const t0 = Date.now();
    while (saved().length < 2) {
      assert.ok(Date.now() - t0 < 30_000 && child.exitCode === null, `the child saves (stdout ${out}, stderr ${err})`);
      await new Promise((r) => setTimeout(r, 5));
    }
    let tmpSeen = false;
    await new Promise<void>((done) => {
      if (moment.afterSavedMs !== undefined) {
        const n = saved().length;
        const poll = setInterval(() => {
          if (saved().length > n) { clearInterval(poll); setTimeout(() => { child.kill('SIGKILL'); done(); }, moment.afterSavedMs); }
        }, 1);
        return;
      }
      const w = watch(dir, (_event, name) => {
        if (!name || !name.startsWith('.') || !name.endsWith('.tmp')) return;
        w.close();
        tmpSeen = true;
        if (moment.afterTmpMs === 0) { child.kill('SIGKILL'); done(); } else setTimeout(() => { child.kill('SIGKILL'); done(); }, moment.afterTmpMs);
      });
    });
    assert.is(await closed, 'SIGKILL', `the child was killed ${moment.what}`);
    const gens = saved();
    const last = gens.at(-1)!;
    const left = readdirSync(dir);
    const temps = left.filter((f) => f !== 'machine.a64snap');
    if (tmpSeen && temps.length > 0) midWrite++;
    for (const t of temps) assert.match(t, /^\.machine\.a64snap\.\d+\.[0-9a-z]+\.tmp$/, `only hidden temporary files beside the snapshot: ${left}`);

    const image = await readSnapshot(target); // a complete file, every checksum right
    const m = restoredRig(image);
    const gen = Buffer.from(m.m.readPhys(BigInt(GEN_ADDRESS), 4)!).readUInt32LE(0);
    assert.ok(gen === last || gen === last + 1, `killed ${moment.what}: the file is generation ${gen}; the child had saved up to ${last}`);
    assert.ok(gen > previousGen, 'the file is this child\'s, not the previous one');
    previousGen = gen;
    // And it runs: the program the child saved goes on to its end.
    assert.equal(m.m.run({ maxInstructions: 1e7 }), { kind: 'exit', status: 0 });
    assert.match(m.console(), /\nvirt timer: fired[^]*\ndone\n$/, `the restored program's output: ${JSON.stringify(m.console())}`);
    // A temporary file left behind is never taken for the snapshot: it is another name, and if
    // it was cut short, reading it is refused cleanly.
    for (const t of temps) {
      try {
        await readSnapshot(join(dir, t));
      } catch (e) {
        assert.ok(e instanceof SnapshotFileError, String(e));
        assert.match((e as Error).message, /: (truncated: |not an a64dbg snapshot \(bad magic\)$)/, 'a temporary file cut short');
      }
      rmSync(join(dir, t));
    }
  }
  assert.ok(midWrite >= 1, `at least one kill landed while a temporary file was being written (${midWrite})`);
});

test.after(() => rmSync(DIR, { recursive: true, force: true }));

test.run();
