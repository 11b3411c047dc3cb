// The guest's self-hosted debug (src/cpu/guest-debug.ts) where firmware/src/sys_debug.c's QEMU
// golden cannot say: where QEMU 7.2 departs from the Arm ARM (the OS lock and OS double lock,
// which QEMU ignores; DBGBCR.BAS, RES1 on a PE without AArch32, which QEMU's AArch32-capable
// cortex-a57 honours; a store-exclusive, a store for watchpoints, which QEMU also matches as a
// load), paths a bare-metal golden does not reach (a stepped MMIO access completed by the
// hypervisor, a snapshot restore), and the coexistence with a64dbg's own debugger: gdb's
// breakpoints, watchpoints and single steps go first and leave the guest's state alone.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Machine } from '../src/machine/machine.ts';
import type { VCpu } from '../src/cpu/vcpu.ts';
import { writeSysreg, sysregIndex } from '../src/cpu/sysregs.ts';
import { saveCpu, restoreCpu } from '../src/cpu/cpu-state.ts';
import { VBAR_EL1, ESR_EL1, ELR_EL1, FAR_EL1, SPSR_EL1, DAIF, PSTATE_SS } from '../src/cpu/regs.ts';

const LOAD = 0x4008_0000n;
const VBAR = 0x4008_1000n;
const DATA = 0x4009_0000n;
const NOP = 0xd503201f, B_SELF = 0x14000000;
const STR_X1_X0 = 0xf9000001, LDR_X1_X0 = 0xf9400001, STR_W1_X0 = 0xb9000001;
const LDXR_X1_X0 = 0xc85f7c01, STXR_W2_X1_X0 = 0xc8027c01;

const MDSCR_SS = 1, KDE = 1 << 13, MDE = 1 << 15;
const BCR = (pmc: number, bas = 0xf): number => 1 | (pmc << 1) | (bas << 5);
const WCR = (pac: number, lsc: number, bas: number, mask = 0): number => 1 | (pac << 1) | (lsc << 3) | (bas << 5) | (mask << 24);
const esr = (ec: number, iss: number): number => ((ec << 26) | (1 << 25) | iss) >>> 0;

function words(ws: number[]): Uint8Array {
  const b = new Uint8Array(ws.length * 4);
  const dv = new DataView(b.buffer);
  ws.forEach((w, k) => dv.setUint32(k * 4, w >>> 0, true));
  return b;
}

/** A machine with `program` at LOAD, `b .` at every vector, EL1h with PSTATE.D clear. */
function rig(program: number[], uart?: (b: Uint8Array) => void): { m: Machine; cpu: VCpu } {
  const m = new Machine({ memoryMiB: 64, console: uart ?? (() => {}), log: () => {} });
  assert.ok(m.writePhys(LOAD, words(program)));
  assert.ok(m.writePhys(VBAR, words(new Array(0x200).fill(B_SELF))));
  const cpu = m.cpus[0];
  cpu.pc = LOAD;
  cpu.r[VBAR_EL1] = Number(VBAR);
  cpu.r[DAIF] = 0x1c0; // D clear, A/I/F masked
  return { m, cpu };
}

function sysreg(cpu: VCpu, name: string, v: number | bigint): void {
  const b = BigInt(v);
  assert.ok(writeSysreg(cpu, sysregIndex(name), Number(b & 0xffffffffn) | 0, Number(b >> 32n) | 0), name);
  cpu.debugChanged(); // as an MSR does
}

const u32 = (v: number): number => v >>> 0;
const big = (r: Int32Array, s: number): bigint => (BigInt(r[s + 1] >>> 0) << 32n) | BigInt(r[s] >>> 0);

test('the OS lock is set at reset and keeps breakpoints, watchpoints and software step off until OSLAR_EL1 clears it (QEMU 7.2 ignores it)', () => {
  const { cpu } = rig([NOP, NOP, STR_X1_X0, NOP, B_SELF]);
  cpu.setX(0, DATA);
  sysreg(cpu, 'MDSCR_EL1', MDE | KDE);
  sysreg(cpu, 'DBGBVR0_EL1', LOAD + 4n);
  sysreg(cpu, 'DBGBCR0_EL1', BCR(3));
  sysreg(cpu, 'DBGWVR0_EL1', DATA);
  sysreg(cpu, 'DBGWCR0_EL1', WCR(3, 3, 0xff));
  assert.is(cpu.oslk, 1, 'locked at reset');
  cpu.run(4);
  assert.is(cpu.pc, LOAD + 16n, 'locked: no exception');
  cpu.pc = LOAD;
  sysreg(cpu, 'OSLAR_EL1', 0);
  cpu.run(2);
  assert.is(cpu.pc, VBAR + 0x200n, 'unlocked: the breakpoint');
  assert.is(u32(cpu.r[ESR_EL1]), esr(0x31, 0x22));
  assert.is(big(cpu.r, ELR_EL1), LOAD + 4n);
  sysreg(cpu, 'DBGBCR0_EL1', 0);
  cpu.pc = LOAD; cpu.r[DAIF] = 0x1c0;
  cpu.run(4);
  assert.is(cpu.pc, VBAR + 0x200n, 'the watchpoint');
  assert.is(u32(cpu.r[ESR_EL1]), esr(0x35, 0x62));
  assert.is(big(cpu.r, FAR_EL1), DATA);
  assert.is(big(cpu.r, ELR_EL1), LOAD + 8n);
  // Software step, then the lock again: not stepped.
  sysreg(cpu, 'DBGWCR0_EL1', 0);
  sysreg(cpu, 'MDSCR_EL1', KDE | MDSCR_SS);
  sysreg(cpu, 'OSLAR_EL1', 1);
  cpu.pc = LOAD; cpu.r[DAIF] = 0x1c0; cpu.r[PSTATE_SS] = 1;
  cpu.run(3);
  assert.is(cpu.pc, LOAD + 12n, 'locked: not stepped');
  sysreg(cpu, 'OSLAR_EL1', 0);
  cpu.pc = LOAD;
  cpu.run(3);
  assert.is(cpu.pc, VBAR + 0x200n, 'unlocked: one instruction, then the step exception');
  assert.is(u32(cpu.r[ESR_EL1]), esr(0x33, (1 << 24) | 0x22));
  assert.is(big(cpu.r, ELR_EL1), LOAD + 4n);
  assert.is((cpu.r[SPSR_EL1] >>> 21) & 1, 0, 'SPSR_EL1.SS = 0 after a completed step');
});

test('the OS double lock (OSDLR_EL1.DLK, DBGPRCR_EL1.CORENPDRQ = 0) disables debug exceptions', () => {
  const { cpu } = rig([NOP, NOP, NOP, B_SELF]);
  sysreg(cpu, 'OSLAR_EL1', 0);
  sysreg(cpu, 'MDSCR_EL1', MDE | KDE);
  sysreg(cpu, 'DBGBVR1_EL1', LOAD + 4n);
  sysreg(cpu, 'DBGBCR1_EL1', BCR(1));
  sysreg(cpu, 'OSDLR_EL1', 1);
  cpu.run(3);
  assert.is(cpu.pc, LOAD + 12n, 'double-locked');
  sysreg(cpu, 'DBGPRCR_EL1', 1); // CORENPDRQ: the double lock has no effect
  cpu.pc = LOAD;
  cpu.run(3);
  assert.is(cpu.pc, VBAR + 0x200n);
});

test('DBGBCR.BAS is RES1 on a PE without AArch32: an address breakpoint matches whatever BAS holds (QEMU 7.2: BAS 0 never matches)', () => {
  const { cpu } = rig([NOP, NOP, NOP, B_SELF]);
  sysreg(cpu, 'OSLAR_EL1', 0);
  sysreg(cpu, 'MDSCR_EL1', MDE | KDE);
  sysreg(cpu, 'DBGBVR2_EL1', LOAD + 8n);
  sysreg(cpu, 'DBGBCR2_EL1', BCR(3, 0));
  cpu.run(3);
  assert.is(cpu.pc, VBAR + 0x200n);
  assert.is(big(cpu.r, ELR_EL1), LOAD + 8n);
});

test('a store-exclusive is a store for watchpoints: a load-only watchpoint lets it pass (QEMU 7.2 matches its compare-and-swap read)', () => {
  const { cpu } = rig([LDXR_X1_X0, STXR_W2_X1_X0, NOP, B_SELF]);
  cpu.setX(0, DATA);
  sysreg(cpu, 'OSLAR_EL1', 0);
  sysreg(cpu, 'MDSCR_EL1', MDE | KDE);
  sysreg(cpu, 'DBGWVR3_EL1', DATA);
  sysreg(cpu, 'DBGWCR3_EL1', WCR(3, 1, 0xff));
  cpu.run(1);
  assert.is(cpu.pc, VBAR + 0x200n, 'the load-exclusive matches');
  sysreg(cpu, 'DBGWCR3_EL1', 0);
  cpu.pc = LOAD; cpu.r[DAIF] = 0x1c0;
  cpu.run(1);
  sysreg(cpu, 'DBGWCR3_EL1', WCR(3, 1, 0xff));
  cpu.run(2);
  assert.is(cpu.pc, LOAD + 12n, 'the store-exclusive does not');
  assert.is(cpu.getX(2), 0n, 'and succeeds');
});

test('MASK 31: a 2 GiB range from 0, over the program itself; reserved MASK 1 and 2 disable the watchpoint', () => {
  const { cpu } = rig([LDR_X1_X0, NOP, B_SELF]);
  cpu.setX(0, DATA + 0x10n);
  sysreg(cpu, 'OSLAR_EL1', 0);
  sysreg(cpu, 'MDSCR_EL1', MDE | KDE);
  sysreg(cpu, 'DBGWVR0_EL1', 0x1234_5678n);
  sysreg(cpu, 'DBGWCR0_EL1', WCR(3, 1, 0xff, 1));
  cpu.run(2);
  assert.is(cpu.pc, LOAD + 8n, 'MASK 1: disabled');
  sysreg(cpu, 'DBGWCR0_EL1', WCR(3, 1, 0xff, 31));
  cpu.pc = LOAD;
  cpu.run(2);
  assert.is(cpu.pc, VBAR + 0x200n);
  assert.is(big(cpu.r, FAR_EL1), DATA + 0x10n);
});

test('a stepped MMIO store completes in the hypervisor, then the step exception is taken (ISV 1)', () => {
  const out: number[] = [];
  const { m, cpu } = rig([STR_W1_X0, NOP, B_SELF], (b) => out.push(...b));
  cpu.setX(0, 0x0900_0000n); // PL011 data register (MMU off: Device)
  cpu.setX(1, 0x41n);
  sysreg(cpu, 'OSLAR_EL1', 0);
  sysreg(cpu, 'MDSCR_EL1', KDE | MDSCR_SS);
  cpu.r[PSTATE_SS] = 1;
  m.run({ maxInstructions: 10 });
  assert.equal(out, [0x41], 'the byte reached the UART once');
  assert.is(big(cpu.r, ELR_EL1), LOAD + 4n, 'stepped: the exception after the store');
  assert.is(u32(cpu.r[ESR_EL1]), esr(0x33, (1 << 24) | 0x22));
});

test('gdb and the guest on the same instruction: gdb stops first; stepping on takes the guest\'s Breakpoint exception', () => {
  const { m, cpu } = rig([NOP, NOP, NOP, B_SELF]);
  sysreg(cpu, 'OSLAR_EL1', 0);
  sysreg(cpu, 'MDSCR_EL1', MDE | KDE);
  sysreg(cpu, 'DBGBVR0_EL1', LOAD + 4n);
  sysreg(cpu, 'DBGBCR0_EL1', BCR(1));
  cpu.addBreakpoint(LOAD + 4n);
  const stop = m.run({ maxInstructions: 100 });
  assert.equal(stop, { kind: 'debug', event: 'breakpoint' });
  assert.is(cpu.pc, LOAD + 4n);
  assert.is(m.step().kind, 'debug'); // stepOver: the guest's exception instead of the instruction
  assert.is(cpu.pc, VBAR + 0x200n, 'the guest took its breakpoint');
  assert.is(u32(cpu.r[ESR_EL1]), esr(0x31, 0x22));
  assert.ok(cpu.removeBreakpoint(LOAD + 4n), "gdb's breakpoint is still there");
});

test('gdb and the guest watching the same access: gdb stops first, then the guest\'s Watchpoint exception', () => {
  const { m, cpu } = rig([NOP, STR_X1_X0, NOP, B_SELF]);
  cpu.setX(0, DATA + 8n);
  sysreg(cpu, 'OSLAR_EL1', 0);
  sysreg(cpu, 'MDSCR_EL1', MDE | KDE);
  sysreg(cpu, 'DBGWVR1_EL1', DATA);
  sysreg(cpu, 'DBGWCR1_EL1', WCR(1, 2, 0xff << 0, 4)); // MASK 4: 16 bytes from DATA
  cpu.addWatchpoint(DATA + 8n, 8, 0);
  const stop = m.run({ maxInstructions: 100 });
  assert.is(stop.kind === 'debug' && stop.event, 'watchpoint');
  assert.is(cpu.pc, LOAD + 4n, "gdb's stop before the store");
  assert.ok(cpu.removeWatchpoint(DATA + 8n, 8, 0)); // as gdb does before it steps
  m.step();
  assert.is(cpu.pc, VBAR + 0x200n);
  assert.is(u32(cpu.r[ESR_EL1]), esr(0x35, 0x62));
  assert.is(big(cpu.r, FAR_EL1), DATA + 8n);
});

test("gdb's single step while the guest steps itself: the instruction, then the guest's step exception (QEMU stops at the vector)", () => {
  const { m, cpu } = rig([NOP, NOP, NOP, B_SELF]);
  sysreg(cpu, 'OSLAR_EL1', 0);
  sysreg(cpu, 'MDSCR_EL1', KDE | MDSCR_SS);
  cpu.r[PSTATE_SS] = 1;
  const before = m.instructions;
  assert.equal(m.step(), { kind: 'debug', event: 'step' });
  assert.is(m.instructions - before, 1);
  assert.is(cpu.pc, VBAR + 0x200n);
  assert.is(big(cpu.r, ELR_EL1), LOAD + 4n);
  assert.is(u32(cpu.r[ESR_EL1]), esr(0x33, (1 << 24) | 0x22));
});

test('guest points with nothing of gdb\'s: gdb\'s stops and data TLB fast path are untouched when the guest arms nothing', () => {
  const { m, cpu } = rig([NOP, STR_X1_X0, NOP, B_SELF]);
  cpu.setX(0, DATA);
  assert.is(cpu.dbg.bpCount + cpu.dbg.wpCount, 0);
  assert.is(cpu.dbg.ssArmed, false);
  cpu.addWatchpoint(DATA, 8, 0);
  const stop = m.run({ maxInstructions: 100 });
  assert.is(stop.kind === 'debug' && stop.event, 'watchpoint');
});

test('a snapshot restore re-derives what the guest armed (registers, OS lock)', () => {
  const a = rig([NOP, NOP, NOP, B_SELF]);
  sysreg(a.cpu, 'OSLAR_EL1', 0);
  sysreg(a.cpu, 'MDSCR_EL1', MDE | KDE);
  sysreg(a.cpu, 'DBGBVR5_EL1', LOAD + 8n);
  sysreg(a.cpu, 'DBGBCR5_EL1', BCR(1));
  const state = saveCpu(a.cpu);
  const b = rig([NOP, NOP, NOP, B_SELF]);
  assert.is(b.cpu.dbg.bpCount, 0);
  restoreCpu(b.cpu, state);
  assert.is(b.cpu.dbg.bpCount, 1);
  b.cpu.run(3);
  assert.is(b.cpu.pc, VBAR + 0x200n);
  assert.is(big(b.cpu.r, ELR_EL1), LOAD + 8n);
});

test.run();
