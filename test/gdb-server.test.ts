// The GDB stub (src/gdb/server.ts) against a fake DebugTarget: a raw TCP client checks exact
// replies and acks, stop replies, Ctrl-C, breakpoints/watchpoints, thread handling, one client
// at a time, disconnects; a fuzz run throws 100,000+ random and mutated packets at it; and,
// when gdb-multiarch is installed, real gdb sessions (CLI batch and MI in Eclipse CDT's launch
// order) run against the fake target with firmware/bin/crc.elf loaded in its memory.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GdbServer, REFUSAL_MESSAGE } from '../src/gdb/server.ts';
import { framePacket, rleDecode, textToHex, hexToText, unescapeBinary } from '../src/gdb/packets.ts';
import {
  GDB_REGISTERS, REG_CPSR, REG_PC, gdbRegNo, type BreakpointOps, type DebugTarget, type MonitorOps, type StopReason,
  type LoadedLibrary, type ThreadOps, type WatchpointOps,
} from '../src/gdb/target.ts';
import { parseElf } from '../src/loader/elf.ts';

const CRC_ELF = new URL('../firmware/bin/crc.elf', import.meta.url);
const ENTRY = 0x40080000n;
const IDLE_LOOP = 0x40080028n;     // `b .` in crc.elf's _start
const EXIT_PC = 0x400804e0n;       // semihost_exit
const WATCHED = 0x40081000n;       // the fake store at 0x40080014 writes here

type Action = { tid: number | 'all'; action: 'continue' | 'step'; signal?: number };

// ---------------------------------------------------------------- the fake target

/**
 * A toy machine: crc.elf in 1 MiB of RAM at 0x40000000, N vCPUs. Its "CPU" only follows control
 * flow (b, bl, ret; conditional branches taken when forward, so loops end); a table of fake
 * memory accesses by PC feeds the watchpoints. Reaching semihost_exit exits with x0's status.
 */
class FakeTarget implements DebugTarget, ThreadOps, BreakpointOps, WatchpointOps, MonitorOps {
  readonly threads: ThreadOps = this;
  readonly breakpoints: BreakpointOps = this;
  readonly watchpoints: WatchpointOps = this;
  readonly monitor: MonitorOps = this;
  readonly threadCount: number;
  regs: Uint8Array[][] = [];
  pages = new Map<bigint, Uint8Array>();
  bps = new Set<string>();
  watches: { type: 'watch' | 'rwatch' | 'awatch'; addr: bigint; len: number }[] = [];
  accesses = new Map<bigint, { addr: bigint; len: number; write: boolean }>([
    [0x4008000cn, { addr: 0x40080040n, len: 8, write: false }],
    [0x40080014n, { addr: WATCHED, len: 8, write: true }],
  ]);
  stepLimit = 200_000;
  steps = 0;
  resumes: Action[][] = [];
  monitorCalls: string[] = [];
  killed = false;
  detached = 0;
  private interrupted = false;
  private running = false;
  private slowResume = 0;

  constructor(threads = 2) {
    this.threadCount = threads;
    for (let a = 0x40000000n; a < 0x40100000n; a += 0x1000n) this.pages.set(a, new Uint8Array(0x1000));
    const elf = parseElf(new Uint8Array(readFileSync(CRC_ELF)));
    for (const s of elf.segments) this.writeMemory(1, BigInt(s.paddr), s.fileBytes);
    this.reset();
  }

  reset(): void {
    this.regs = [];
    for (let t = 1; t <= this.threadCount; t++) {
      this.regs[t] = GDB_REGISTERS.map((r) => new Uint8Array(r.bits / 8));
      this.setPc(t, t === 1 ? ENTRY : IDLE_LOOP);
      new DataView(this.regs[t][REG_CPSR].buffer).setUint32(0, 0x3c5, true);
      this.setReg(t, 0, BigInt(t * 0x100));
      this.setReg(t, gdbRegNo('SP_EL0'), 0xffff800009813e00n + BigInt(t));
    }
  }

  reg(t: number, n: number): bigint { return new DataView(this.regs[t][n].buffer).getBigUint64(0, true); }
  setReg(t: number, n: number, v: bigint): void { new DataView(this.regs[t][n].buffer).setBigUint64(0, BigInt.asUintN(64, v), true); }
  pc(t: number): bigint { return this.reg(t, REG_PC); }
  setPc(t: number, v: bigint): void { this.setReg(t, REG_PC, v); }

  threadName(tid: number): string { return `CPU#${tid - 1} [${tid === 1 ? 'running' : 'halted '}]`; }
  regCount(): number { return GDB_REGISTERS.length; }
  readRegister(tid: number, regno: number): Uint8Array | undefined {
    if (regno === gdbRegNo('MIDR_EL1')) return undefined;   // "unavailable" in the fake
    return this.regs[tid]?.[regno]?.slice();
  }
  writeRegister(tid: number, regno: number, bytes: Uint8Array): boolean {
    const r = this.regs[tid]?.[regno];
    if (!r || bytes.length !== r.length) return false;
    r.set(bytes);
    return true;
  }
  readMemory(_tid: number, addr: bigint, len: number): Uint8Array | undefined {
    const out = new Uint8Array(len);
    for (let i = 0; i < len; i++) {
      const a = addr + BigInt(i);
      const p = this.pages.get(a & ~0xfffn);
      if (!p) return undefined;
      out[i] = p[Number(a & 0xfffn)];
    }
    return out;
  }
  writeMemory(_tid: number, addr: bigint, data: Uint8Array): boolean {
    for (let i = 0; i < data.length; i++) if (!this.pages.has((addr + BigInt(i)) & ~0xfffn)) return false;
    for (let i = 0; i < data.length; i++) {
      const a = addr + BigInt(i);
      this.pages.get(a & ~0xfffn)![Number(a & 0xfffn)] = data[i];
    }
    return true;
  }
  insertBreakpoint(type: 'sw' | 'hw', addr: bigint, kind: number): boolean {
    if (kind !== 4) return false;
    this.bps.add(`${type}:${addr}`);
    return true;
  }
  removeBreakpoint(type: 'sw' | 'hw', addr: bigint, _kind: number): boolean {
    return this.bps.delete(`${type}:${addr}`);
  }
  insertWatchpoint(type: 'watch' | 'rwatch' | 'awatch', addr: bigint, len: number): boolean {
    if (len > 8) return false;
    this.watches.push({ type, addr, len });
    return true;
  }
  removeWatchpoint(type: 'watch' | 'rwatch' | 'awatch', addr: bigint, len: number): boolean {
    const i = this.watches.findIndex((w) => w.type === type && w.addr === addr && w.len === len);
    if (i < 0) return false;
    this.watches.splice(i, 1);
    return true;
  }

  /** Make the next resume() take this many ms of wall time per slice (for Ctrl-C tests). */
  slow(ms: number): void { this.slowResume = ms; }

  async resume(actions: Action[]): Promise<StopReason> {
    this.resumes.push(actions);
    this.running = true;
    try {
      return await this.run(actions);
    } finally {
      this.running = false;
      this.interrupted = false;
    }
  }

  private async run(actions: Action[]): Promise<StopReason> {
    const mode = new Map<number, 'continue' | 'step'>();
    for (const a of actions) {
      if (a.tid === 'all') { for (let t = 1; t <= this.threadCount; t++) if (!mode.has(t)) mode.set(t, a.action); }
      else mode.set(a.tid, a.action);
    }
    const stepper = [...mode].find(([, m]) => m === 'step')?.[0];
    await new Promise((r) => setImmediate(r));
    for (;;) {
      for (let n = 0; n < 5000; n++) {
        for (const [t, m] of mode) {
          if (stepper !== undefined && t !== stepper && m === 'continue') continue;  // others wait for the step
          const hit = this.checkStop(t);
          if (hit) return hit;
          const r = this.exec(t);
          if (r) return r;
          if (t === stepper) return { kind: 'signal', signal: 5, thread: t };
        }
      }
      if (this.interrupted) return { kind: 'signal', signal: 2, thread: stepper ?? 1 };
      await new Promise((r) => setTimeout(r, this.slowResume));
      if (this.interrupted) return { kind: 'signal', signal: 2, thread: stepper ?? 1 };
    }
  }

  private checkStop(t: number): StopReason | undefined {
    const pc = this.pc(t);
    if (this.bps.has(`sw:${pc}`)) return { kind: 'breakpoint', thread: t, type: 'sw' };
    if (this.bps.has(`hw:${pc}`)) return { kind: 'breakpoint', thread: t, type: 'hw' };
    const acc = this.accesses.get(pc);
    if (acc) {
      for (const w of this.watches) {
        const overlap = acc.addr < w.addr + BigInt(w.len) && w.addr < acc.addr + BigInt(acc.len);
        const kindOk = w.type === 'awatch' || (w.type === 'watch') === acc.write;
        if (overlap && kindOk) return { kind: 'watchpoint', thread: t, type: w.type, address: w.addr };
      }
    }
    return undefined;
  }

  /** One instruction of the toy CPU. */
  private exec(t: number): StopReason | undefined {
    const pc = this.pc(t);
    if (pc === EXIT_PC) return { kind: 'exited', status: Number(this.reg(t, 0) & 0xffn) };
    if (++this.steps > this.stepLimit) return { kind: 'exited', status: 0x7f };
    const b = this.readMemory(t, pc, 4);
    if (!b) return { kind: 'signal', signal: 11, thread: t };
    const insn = new DataView(b.buffer).getUint32(0, true);
    const sext = (v: number, bits: number) => BigInt((v << (32 - bits)) >> (32 - bits));
    let next = pc + 4n;
    if ((insn & 0x7c000000) === 0x14000000) {                       // b, bl
      if (insn & 0x80000000) this.setReg(t, 30, pc + 4n);
      next = pc + sext(insn & 0x3ffffff, 26) * 4n;
    } else if ((insn & 0xff000010) === 0x54000000 || (insn & 0x7e000000) === 0x34000000) { // b.cond, cbz/cbnz
      const off = sext((insn >> 5) & 0x7ffff, 19) * 4n;
      if (off > 0n) next = pc + off;
    } else if ((insn & 0x7e000000) === 0x36000000) {                // tbz/tbnz
      const off = sext((insn >> 5) & 0x3fff, 14) * 4n;
      if (off > 0n) next = pc + off;
    } else if ((insn & 0xfffffc1f) === 0xd65f0000) {                // ret
      next = this.reg(t, (insn >> 5) & 31);
    }
    const acc = this.accesses.get(pc);
    if (acc?.write) {
      const v = new Uint8Array(8);
      new DataView(v.buffer).setBigUint64(0, BigInt(this.steps), true);
      this.writeMemory(t, acc.addr, v.subarray(0, acc.len));
    }
    this.setPc(t, next);
    return undefined;
  }

  /** Running free (after detach, or `-s` without `-S`): halted() is false until interrupt(). */
  free = false;
  interrupt(): void { this.interrupted = true; this.free = false; }
  monitorCommand(cmd: string): string | undefined {
    this.monitorCalls.push(cmd);
    if (cmd === 'halt') return '';
    if (cmd === 'reset' || cmd === 'reset run' || cmd === 'reset halt') { this.reset(); return ''; }
    if (cmd.startsWith('echo ')) return cmd.slice(5);
    if (cmd === 'boom') throw new Error('the fake target blew up');
    return undefined;
  }
  detach(): void { this.detached++; }
  kill(): void { this.killed = true; }
  halted(): boolean { return !this.running && !this.free; }
}

// ---------------------------------------------------------------- a raw RSP client

class Client {
  private buf = '';
  private waiters: (() => void)[] = [];
  closed = false;
  ackMode = true;

  private constructor(readonly sock: net.Socket) {
    sock.setNoDelay(true);
    sock.on('data', (d) => { this.buf += d.toString('latin1'); this.wake(); });
    sock.on('close', () => { this.closed = true; this.wake(); });
    sock.on('error', () => {});
  }

  static connect(port: number): Promise<Client> {
    return new Promise((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1', () => resolve(new Client(s)));
      s.once('error', reject);
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private async until<T>(f: () => T | undefined, ms = 30_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = f();
      if (v !== undefined) return v;
      if (this.closed) throw new Error(`connection closed; buffer ${JSON.stringify(this.buf.slice(0, 200))}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timeout; buffer ${JSON.stringify(this.buf.slice(0, 200))}`);
      await new Promise<void>((r) => { this.waiters.push(r); setTimeout(r, left); });
    }
  }

  raw(s: string): void { this.sock.write(s, 'latin1'); }

  /** Take exactly `s` from the front of the input. */
  async expectRaw(s: string, ms?: number): Promise<void> {
    await this.until(() => (this.buf.length >= s.length ? true : undefined), ms);
    const got = this.buf.slice(0, s.length);
    this.buf = this.buf.slice(s.length);
    assert.is(got, s);
  }

  /** The next packet (skipping acks before it), acknowledged when in ack mode. */
  async packet(ms?: number): Promise<string> {
    const frame = await this.until(() => {
      const m = /^[+-]*(\$[^#]*#[0-9a-f]{2})/.exec(this.buf);
      return m ? m : undefined;
    }, ms);
    this.buf = this.buf.slice(frame[0].length);
    const body = frame[1].slice(1, -3);
    assert.is(frame[1], framePacket(body), 'checksum of the reply');
    if (this.ackMode) this.raw('+');
    return rleDecode(body) ?? body;
  }

  /** Send a packet, expect the ack, return the reply. */
  async cmd(payload: string, ms?: number): Promise<string> {
    this.raw(framePacket(payload));
    if (this.ackMode) await this.expectRaw('+', ms);
    return this.packet(ms);
  }

  pending(): string { return this.buf; }

  async waitClosed(ms = 30_000): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      if (this.closed) return resolve();
      const t = setTimeout(() => reject(new Error('still open')), ms);
      this.sock.once('close', () => { clearTimeout(t); resolve(); });
    });
  }

  close(): void { this.sock.destroy(); }
}

async function rig(threads = 2, opts: { rle?: boolean } = {}) {
  const target = new FakeTarget(threads);
  const server = new GdbServer(target, { port: 0, rle: opts.rle });
  await server.listen();
  const client = await Client.connect(server.port!);
  const done = async () => { client.close(); await server.close(); };
  return { target, server, client, port: server.port!, done };
}

/** The handshake gdb 13 starts with (from the transcript). */
const GDB_QSUPPORTED = 'qSupported:multiprocess+;swbreak+;hwbreak+;qRelocInsn+;fork-events+;vfork-events+;exec-events+;vContSupported+;QThreadEvents+;no-resumed+;memory-tagging+;xmlRegisters=i386';
const OUR_QSUPPORTED = 'PacketSize=4000;qXfer:features:read+;vContSupported+;swbreak+;hwbreak+;QStartNoAckMode+;multiprocess+';

const le64 = (v: bigint) => { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt.asUintN(64, v)); return b.toString('hex'); };

// ---------------------------------------------------------------- protocol tests

test('handshake: exact bytes, acks, qSupported, the QEMU-style session start', async () => {
  const { client: c, done } = await rig();
  try {
    c.raw('+' + framePacket(GDB_QSUPPORTED));
    await c.expectRaw('+' + framePacket(OUR_QSUPPORTED));
    c.raw('+');
    assert.is(await c.cmd('vMustReplyEmpty'), '');
    assert.is(await c.cmd('Hgp0.0'), 'OK');
    assert.is(await c.cmd('qTStatus'), '');
    assert.is(await c.cmd('?'), 'T05thread:p01.01;');
    assert.is(await c.cmd('qfThreadInfo'), 'mp01.01,p01.02');
    assert.is(await c.cmd('qsThreadInfo'), 'l');
    assert.is(await c.cmd('qAttached:1'), '1');
    assert.is(await c.cmd('qAttached'), '1');
    assert.is(await c.cmd('Hc-1'), 'OK');
    assert.is(await c.cmd('qC'), 'QCp01.01');
    assert.is(await c.cmd('qOffsets'), 'Text=0;Data=0;Bss=0');
    assert.is(await c.cmd('qSymbol::'), 'OK');
    assert.is(await c.cmd('vCont?'), 'vCont;c;C;s;S;t');
    assert.is(await c.cmd('qThreadExtraInfo,p01.01'), '4350552330205b72756e6e696e675d'); // "CPU#0 [running]"
    assert.is(hexToText(await c.cmd('qThreadExtraInfo,p1.2')), 'CPU#1 [halted ]');
    assert.is(await c.cmd('qThreadExtraInfo,p1.3'), 'E01');
    assert.is(await c.cmd('Tp1.2'), 'OK');
    assert.is(await c.cmd('Tp1.3'), 'E01');
    assert.is(await c.cmd('T-1'), 'E01');
    assert.is(await c.cmd('Hgp1.2'), 'OK');
    assert.is(await c.cmd('Hgp1.9'), 'E01');
    assert.is(await c.cmd('Hgp2.1'), 'E01');
    assert.is(await c.cmd('Hx1'), 'E01');
    assert.is(await c.cmd('!'), 'OK');
    assert.is(await c.cmd('qNoSuchThing'), '');
    assert.is(await c.cmd('QNonStop:1'), '');
    assert.is(await c.cmd('vFile:open:xyz'), '');
    assert.is(await c.cmd('Z9,0,4'), '');
  } finally { await done(); }
});

test('without multiprocess: plain thread ids; without swbreak: no stop reason', async () => {
  const { client: c, target, done } = await rig();
  try {
    assert.is(await c.cmd('qSupported:vContSupported+'), OUR_QSUPPORTED);
    assert.is(await c.cmd('?'), 'T05thread:01;');
    assert.is(await c.cmd('qfThreadInfo'), 'm01,02');
    assert.is(await c.cmd('qC'), 'QC01');
    assert.is(await c.cmd('Hg2'), 'OK');
    assert.is(await c.cmd('p20'), le64(0x40080028n));
    assert.is(await c.cmd('Z0,40080010,4'), 'OK');
    assert.is(await c.cmd('vCont;c'), 'T05thread:01;');
    assert.ok(target.pc(1) === 0x40080010n);
    target.accesses.set(0x40080010n, { addr: 0x40090000n, len: 4, write: false });
    assert.is(await c.cmd('z0,40080010,4'), 'OK');
    assert.is(await c.cmd('Z3,40090000,4'), 'OK');
    assert.is(await c.cmd('c'), 'T05thread:01;rwatch:40090000;');
  } finally { await done(); }
});

test('bad checksum gets -, then the retransmission is answered; - makes us resend', async () => {
  const { client: c, done } = await rig();
  try {
    c.raw('$g#00');
    await c.expectRaw('-');
    c.raw('$?#3f');
    await c.expectRaw('+' + framePacket('T05thread:01;'));
    c.raw('-');                                 // "didn't get that": the reply comes again
    await c.expectRaw(framePacket('T05thread:01;'));
    c.raw('+');
    // Garbage between packets is ignored.
    c.raw('xyz\r\n');
    assert.is(await c.cmd('?'), 'T05thread:01;');
  } finally { await done(); }
});

test('QStartNoAckMode: OK is acked, then no more acks either way', async () => {
  const { client: c, done } = await rig();
  try {
    assert.is(await c.cmd('QStartNoAckMode'), 'OK');
    c.ackMode = false;
    c.raw(framePacket('qC'));
    assert.is(await c.packet(), 'QC01');
    c.raw('$g#00');   // bad checksum in no-ack mode: dropped silently
    c.raw(framePacket('?'));
    assert.is(await c.packet(), 'T05thread:01;');
    await new Promise((r) => setTimeout(r, 20));
    assert.is(c.pending(), '');
  } finally { await done(); }
});

test('target description over qXfer: m/l chunks reassemble to gdb/*.xml, bad annex E00', async () => {
  const { client: c, done } = await rig();
  try {
    for (const annex of ['target.xml', 'aarch64-core.xml', 'aarch64-fpu.xml', 'aarch64-sysregs.xml']) {
      let text = '', off = 0;
      for (;;) {
        const r = await c.cmd(`qXfer:features:read:${annex}:${off.toString(16)},ffb`);
        assert.ok(r[0] === 'm' || r[0] === 'l', r.slice(0, 20));
        text += r.slice(1);
        off += r.length - 1;
        if (r[0] === 'l') break;
      }
      assert.is(text, readFileSync(new URL(`../gdb/${annex}`, import.meta.url), 'utf8'), annex);
      assert.is(await c.cmd(`qXfer:features:read:${annex}:${off.toString(16)},10`), 'l');
    }
    const small = await c.cmd('qXfer:features:read:target.xml:0,10');
    assert.is(small, 'm<?xml version="1');
    assert.is(await c.cmd('qXfer:features:read:nope.xml:0,ffb'), 'E00');
    assert.is(await c.cmd('qXfer:features:read:target.xml:zz,ffb'), 'E00');
    assert.is(await c.cmd('qXfer:threads:read::0,ffb'), '');
  } finally { await done(); }
});

test('registers: g is 268 bytes (x0-x30, sp, pc, cpsr), G, p/P on every feature, errors', async () => {
  const { client: c, target, done } = await rig();
  try {
    await c.cmd('qSupported:multiprocess+');
    const g = await c.cmd('g');
    assert.is(g.length, 268 * 2);
    assert.is(g.slice(0, 16), le64(0x100n));                  // x0 of thread 1
    assert.is(g.slice(32 * 16, 33 * 16), le64(ENTRY));         // pc
    assert.is(g.slice(33 * 16), 'c5030000');                  // cpsr, 32-bit
    // Thread 2 via Hg.
    assert.is(await c.cmd('Hgp1.2'), 'OK');
    assert.is((await c.cmd('g')).slice(0, 16), le64(0x200n));
    assert.is(await c.cmd('Hgp1.1'), 'OK');
    // G writes all 34 core registers.
    const newG = g.slice(0, 16 * 5) + le64(0x1234n) + g.slice(16 * 6);
    assert.is(await c.cmd('G' + newG), 'OK');
    assert.is(target.reg(1, 5), 0x1234n);
    assert.is(await c.cmd('G' + newG.slice(2)), 'E01');
    assert.is(await c.cmd('G' + newG + '00'), 'E01');
    assert.is(await c.cmd('G' + 'zz' + newG.slice(2)), 'E01');
    // p/P
    assert.is(await c.cmd('p20'), le64(ENTRY));
    assert.is(await c.cmd('p21'), 'c5030000');
    assert.is(await c.cmd('P22=' + '11'.repeat(16)), 'OK');    // v0
    assert.is(await c.cmd('p22'), '11'.repeat(16));
    assert.is(await c.cmd('p42'), '00000000');                 // fpsr
    const sp0 = gdbRegNo('SP_EL0');
    assert.is(await c.cmd(`p${sp0.toString(16)}`), le64(0xffff800009813e01n));
    assert.is(await c.cmd(`p${gdbRegNo('MIDR_EL1').toString(16)}`), 'xx'.repeat(8)); // unavailable
    assert.is(await c.cmd(`p${GDB_REGISTERS.length.toString(16)}`), 'E01');
    assert.is(await c.cmd('pffffffff'), 'E01');
    assert.is(await c.cmd('p'), 'E01');
    assert.is(await c.cmd('pzz'), 'E01');
    assert.is(await c.cmd('P20=00'), 'E01');                   // wrong size
    assert.is(await c.cmd('P20'), 'E01');
    assert.is(await c.cmd('P999=00'), 'E01');
    assert.is(await c.cmd('P20=' + le64(0x40080008n)), 'OK');
    assert.is(target.pc(1), 0x40080008n);
    assert.is(await c.cmd('gx'), 'E01');
  } finally { await done(); }
});

test('memory: m/M/X with escapes, unmapped E14, short reads at the edge, bad syntax E01', async () => {
  const { client: c, target, done } = await rig();
  try {
    assert.is(await c.cmd('m40080000,4'), '80010058');         // ldr x0, 40080030
    assert.is(await c.cmd('m40080000,10'), '800100581f00009180010058a1010058');
    assert.is(await c.cmd('m3ffffffc,4'), 'E14');              // as QEMU
    assert.is(await c.cmd('mffff8000093909f4,4'), 'E14');
    // A read running off the end of RAM returns the mapped prefix.
    assert.is((await c.cmd('m400ffffc,8')).length, 8);
    assert.is(await c.cmd('M40090000,4:deadbeef'), 'OK');
    assert.is(await c.cmd('m40090000,4'), 'deadbeef');
    assert.is(await c.cmd('M40090000,4:deadbe'), 'E01');
    assert.is(await c.cmd('M3ffffffc,4:deadbeef'), 'E14');
    // X with every special byte escaped.
    const data = Uint8Array.of(0x23, 0x24, 0x7d, 0x2a, 0x00, 0x03, 0xff);
    let esc = '';
    for (const b of data) esc += [0x23, 0x24, 0x7d, 0x2a].includes(b) ? '}' + String.fromCharCode(b ^ 0x20) : String.fromCharCode(b);
    assert.is(await c.cmd(`X40090010,7:${esc}`), 'OK');
    assert.equal(target.readMemory(1, 0x40090010n, 7), data);
    assert.is(await c.cmd('X40090010,0:'), 'OK');              // gdb's probe for X support
    assert.is(await c.cmd('X40090010,2:a'), 'E01');
    assert.is(await c.cmd('X40090010,1:}'), 'E01');
    assert.is(await c.cmd('m'), 'E01');
    assert.is(await c.cmd('m40080000'), 'E01');
    assert.is(await c.cmd('m40080000,0'), 'E01');
    assert.is(await c.cmd('mxyz,4'), 'E01');
    assert.is(await c.cmd('m1ffffffffffffffff,4'), 'E01');
    assert.is(await c.cmd('mffffffffffffffff,4'), 'E14');
    // Big reads are clamped to what fits in a packet.
    assert.is((await c.cmd('m40000000,100000')).length, 2 * Math.floor((0x4000 - 8) / 2));
  } finally { await done(); }
});

test('run control: vCont step (gdb 13 style), continue to sw/hw breakpoints, thread actions', async () => {
  const { client: c, target, done } = await rig();
  try {
    await c.cmd(GDB_QSUPPORTED);
    assert.is(await c.cmd('vCont;s:p1.1;c:p1.-1'), 'T05thread:p01.01;');
    assert.equal(target.resumes.at(-1), [{ tid: 1, action: 'step' }, { tid: 2, action: 'continue' }]);
    assert.is(target.pc(1), 0x40080004n);
    assert.is(await c.cmd('vCont;s:p1.1'), 'T05thread:p01.01;');
    assert.equal(target.resumes.at(-1), [{ tid: 1, action: 'step' }]);
    assert.is(await c.cmd('Z0,40080010,4'), 'OK');
    assert.is(await c.cmd('vCont;c:p1.-1'), 'T05thread:p01.01;swbreak:;');
    assert.equal(target.resumes.at(-1), [{ tid: 'all', action: 'continue' }]);
    assert.is(target.pc(1), 0x40080010n);
    assert.is(await c.cmd('z0,40080010,4'), 'OK');
    assert.is(await c.cmd('z0,40080010,4'), 'E01');            // the target says: not there
    assert.is(await c.cmd('Z1,400807a0,4'), 'OK');
    assert.is(await c.cmd('vCont;c'), 'T05thread:p01.01;hwbreak:;');
    assert.is(target.pc(1), 0x400807a0n);                      // main, via bl
    assert.is(await c.cmd('z1,400807a0,4'), 'OK');
    assert.is(await c.cmd('Z0,40080010,2'), 'E01');            // the fake only takes kind 4
    // Signals and per-thread mixes.
    assert.is(await c.cmd('vCont;S05:p1.2;t'), 'T05thread:p01.02;');
    assert.equal(target.resumes.at(-1), [{ tid: 2, action: 'step', signal: 5 }]);
    assert.is(await c.cmd('vCont;s:p1.2;c:p1.-1'), 'T05thread:p01.02;');
    assert.equal(target.resumes.at(-1), [{ tid: 1, action: 'continue' }, { tid: 2, action: 'step' }]);
    // Errors: no action, unknown thread, bad signal, only "stay stopped".
    for (const bad of ['vCont', 'vCont;', 'vCont;x', 'vCont;c:p1.7', 'vCont;Cxyz', 'vCont;C', 'vCont;t', 'vCont;r0,4:p1.1']) {
      assert.is(await c.cmd(bad), 'E01', bad);
    }
    // Legacy c/s/C/S, with Hc and an address.
    assert.is(await c.cmd('Hcp1.1'), 'OK');
    assert.is(await c.cmd('s40080000'), 'T05thread:p01.01;');
    assert.is(target.pc(1), 0x40080004n);
    assert.is(await c.cmd('S02'), 'T05thread:p01.01;');
    assert.equal(target.resumes.at(-1), [{ tid: 1, action: 'step', signal: 2 }]);
    assert.is(await c.cmd('sxyz'), 'E01');
    assert.is(await c.cmd('C0g'), 'E01');
    assert.is(await c.cmd('Z0,40080010,4'), 'OK');
    assert.is(await c.cmd('C00;40080000'), 'T05thread:p01.01;swbreak:;');
    assert.equal(target.resumes.at(-1), [{ tid: 'all', action: 'continue', signal: 0 }]);
    assert.is(await c.cmd('z0,40080010,4'), 'OK');
  } finally { await done(); }
});

test('watchpoints: write/read/access stop replies as QEMU; removal', async () => {
  const { client: c, target, done } = await rig();
  try {
    await c.cmd(GDB_QSUPPORTED);
    assert.is(await c.cmd('Z2,40081000,8'), 'OK');
    assert.is(await c.cmd('vCont;c:p1.-1'), 'T05thread:p01.01;watch:40081000;');
    assert.is(target.pc(1), 0x40080014n);                      // stopped before the store
    assert.is(await c.cmd('z2,40081000,8'), 'OK');
    assert.is(await c.cmd('vCont;s:p1.1'), 'T05thread:p01.01;'); // gdb steps over it
    assert.is(await c.cmd('m40081000,8'), le64(BigInt(target.steps)));
    target.reset();
    assert.is(await c.cmd('Z3,40080040,8'), 'OK');
    assert.is(await c.cmd('c'), 'T05thread:p01.01;rwatch:40080040;');
    assert.is(await c.cmd('z3,40080040,8'), 'OK');
    target.reset();
    assert.is(await c.cmd('Z4,40081004,2'), 'OK');
    assert.is(await c.cmd('c'), 'T05thread:p01.01;awatch:40081004;');
    assert.is(await c.cmd('z4,40081004,2'), 'OK');
    assert.is(await c.cmd('Z2,40081000,0'), 'E01');
    assert.is(await c.cmd('Z2,40081000,10'), 'E01');           // the fake refuses > 8 bytes
    assert.is(await c.cmd('Z2,zz,8'), 'E01');
    assert.is(await c.cmd('Z2,40081000'), 'E01');
  } finally { await done(); }
});

test('Ctrl-C while running gives T02; 0x03 inside a packet is data; exit gives W', async () => {
  const { client: c, target, done } = await rig();
  try {
    await c.cmd(GDB_QSUPPORTED);
    target.setPc(1, IDLE_LOOP);
    target.stepLimit = Infinity;
    target.slow(1);
    c.raw(framePacket('vCont;c:p1.-1'));
    await c.expectRaw('+');
    await new Promise((r) => setTimeout(r, 50));
    assert.is(c.pending(), '', 'still running');
    c.raw('\x03');
    assert.is(await c.packet(), 'T02thread:p01.01;');
    assert.is(await c.cmd('X40090000,1:\x03'), 'OK');
    assert.equal(target.readMemory(1, 0x40090000n, 1), Uint8Array.of(3));
    c.raw('\x03');                                             // while halted: ignored
    assert.is(await c.cmd('?'), 'T02thread:p01.01;');
    // Run to semihost_exit: x0 is the status.
    target.setPc(1, ENTRY);
    target.setReg(1, 0, 0x2an);
    target.setPc(1, EXIT_PC);
    assert.is(await c.cmd('vCont;c:p1.-1'), 'W2a;process:1');
    assert.is(await c.cmd('?'), 'W2a;process:1');
    assert.is(await c.cmd('c'), 'W2a;process:1');              // nothing left to run
  } finally { await done(); }
});

test('monitor (qRcmd): target answers, stub fallbacks, O packets then OK, errors', async () => {
  const { client: c, target, done } = await rig();
  try {
    const rcmd = async (cmd: string) => {
      c.raw(framePacket('qRcmd,' + textToHex(cmd)));
      await c.expectRaw('+');
      const out: string[] = [];
      for (;;) {
        const p = await c.packet();
        if (p[0] === 'O' && p !== 'OK') out.push(hexToText(p.slice(1))!);
        else return { out: out.join(''), end: p };
      }
    };
    assert.equal(await rcmd('halt'), { out: '', end: 'OK' });
    assert.equal(await rcmd('reset run'), { out: '', end: 'OK' });
    assert.equal(await rcmd('echo hello world'), { out: 'hello world\n', end: 'OK' });
    const v = await rcmd('info version');
    assert.match(v.out, /^a64dbg \d+\.\d+\.\d+\n$/);
    assert.is(v.end, 'OK');
    const h = await rcmd('help');
    assert.match(h.out, /monitor delay/);
    assert.equal(await rcmd('delay 5'), { out: '', end: 'OK' });
    const u = await rcmd('frobnicate');
    assert.match(u.out, /unknown monitor command 'frobnicate'/);
    assert.is(u.end, 'E01');
    const b = await rcmd('boom');
    assert.match(b.out, /blew up/);
    assert.is(b.end, 'E01');
    // Long output is split over several O packets.
    const long = 'x'.repeat(15000);   // several O packets (hex doubles it)
    assert.equal(await rcmd('echo ' + long), { out: long + '\n', end: 'OK' });
    assert.is(await c.cmd('qRcmd,zz'), 'E01');
    assert.is(await c.cmd('qRcmd'), 'E01');
    assert.ok(target.monitorCalls.includes('reset run'));
  } finally { await done(); }
});

test('host I/O serves the target\'s one file (the kernel\'s symbols) read-only, and nothing else', async () => {
  const target = new FakeTarget(1);
  const data = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 37) & 255); // every byte value, $ # } * among them
  Object.assign(target, { execFile: { servedFile: () => ({ name: '/a64dbg/vmlinux-kallsyms', data }) } });
  const server = new GdbServer(target, { port: 0 });
  await server.listen();
  const c = await Client.connect(server.port!);
  try {
    assert.match(await c.cmd('qSupported:multiprocess+'), /;qXfer:exec-file:read\+;/);
    assert.is(await c.cmd('qXfer:exec-file:read:1:0,ffb'), 'l/a64dbg/vmlinux-kallsyms');
    const hex = (t: string) => Buffer.from(t).toString('hex');
    assert.is(await c.cmd('vFile:setfs:0'), 'F0');
    assert.is(await c.cmd(`vFile:open:${hex('/etc/passwd')},0,0`), 'F-1,2', 'any other name: ENOENT');
    assert.is(await c.cmd(`vFile:open:${hex('/a64dbg/../etc/passwd')},0,0`), 'F-1,2');
    assert.is(await c.cmd(`vFile:open:${hex('/a64dbg/vmlinux-kallsyms')},1,0`), 'F-1,d', 'write: EACCES');
    assert.is(await c.cmd(`vFile:open:${hex('/a64dbg/vmlinux-kallsyms')},2,0`), 'F-1,d');
    const fd = await c.cmd(`vFile:open:${hex('/a64dbg/vmlinux-kallsyms')},0,0`);
    assert.match(fd, /^F[0-9a-f]+$/);
    const n = fd.slice(1);
    let got = new Uint8Array(0);
    for (let guard = 0; got.length < data.length && guard < 100; guard++) {
      const r = await c.cmd(`vFile:pread:${n},800,${got.length.toString(16)}`);
      const m = /^F([0-9a-f]+);/.exec(r);
      assert.ok(m, r.slice(0, 40));
      const chunk = unescapeBinary(r.slice(m[0].length))!;
      assert.is(chunk.length, parseInt(m[1], 16), 'the count is the unescaped length');
      got = Uint8Array.from([...got, ...chunk]);
    }
    assert.equal(Buffer.from(got).equals(Buffer.from(data)), true, 'the bytes, reassembled');
    assert.is(await c.cmd(`vFile:pread:${n},800,${data.length.toString(16)}`), 'F0;', 'end of file');
    const st = await c.cmd(`vFile:fstat:${n}`);
    assert.ok(st.startsWith('F40;'), st.slice(0, 10));
    const stat = unescapeBinary(st.slice(4))!;
    assert.is(Buffer.from(stat).readBigUInt64BE(28), BigInt(data.length), 'st_size');
    assert.is(await c.cmd(`vFile:close:${n}`), 'F0');
    assert.is(await c.cmd(`vFile:pread:${n},10,0`), 'F-1,9', 'closed: EBADF');
    assert.is(await c.cmd(`vFile:unlink:${hex('/a64dbg/vmlinux-kallsyms')}`), 'F-1,d');
    assert.is(await c.cmd('vFile:pwrite:1,0,abc'), 'F-1,d');
  } finally { c.close(); await server.close(); }
});

test('run-length encoded replies decode to the same text', async () => {
  const { client: c, done } = await rig(2, { rle: true });
  try {
    c.raw(framePacket('g'));
    await c.expectRaw('+');
    const m = /^\$([^#]*)#/.exec(await (async () => { await new Promise((r) => setTimeout(r, 50)); return c.pending(); })())!;
    assert.ok(m[1].includes('*'), 'the zeros are run-length encoded');
    assert.ok(m[1].length < 200);
    const g = await c.packet();
    assert.is(g.length, 536);
    assert.is(g.slice(32 * 16, 33 * 16), le64(ENTRY));
  } finally { await done(); }
});

test('one client at a time: the second gets an E. message and is closed; the first goes on', async () => {
  const { client: c, port, server, done } = await rig();
  try {
    let refused = 0;
    server.on('refused', () => refused++);
    const second = await Client.connect(port);
    second.ackMode = false;
    assert.is(await second.packet(), 'E.' + REFUSAL_MESSAGE);
    await second.waitClosed();
    assert.is(refused, 1);
    assert.is(await c.cmd('?'), 'T05thread:01;');
  } finally { await done(); }
});

/** Waits until `cond` holds, up to 2 s (a loaded machine is slow to see a socket close). */
async function until(cond: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
}

test('disconnect: breakpoints removed, guest stays halted, server keeps listening; D detaches; k kills', async () => {
  const { client: c, port, target, server, done } = await rig();
  try {
    await c.cmd(GDB_QSUPPORTED);
    assert.is(await c.cmd('Z0,40080010,4'), 'OK');
    assert.is(await c.cmd('Z2,40081000,8'), 'OK');
    c.close();
    await until(() => !server.connected);
    assert.is(target.bps.size, 0);
    assert.is(target.watches.length, 0);
    assert.is(target.detached, 0);
    assert.is(server.connected, false);
    // A dropped connection in the middle of a run halts the guest.
    const c2 = await Client.connect(port);
    target.setPc(1, IDLE_LOOP); target.stepLimit = Infinity; target.slow(1);
    c2.raw(framePacket('c'));
    await c2.expectRaw('+');
    await new Promise((r) => setTimeout(r, 20));
    assert.is(target.halted(), false);
    c2.close();
    await until(() => target.halted());
    assert.is(target.halted(), true);
    // D: OK, detach, server hangs up and keeps listening.
    const c3 = await Client.connect(port);
    await c3.cmd(GDB_QSUPPORTED);
    assert.is(await c3.cmd('Z1,40080010,4'), 'OK');
    assert.is(await c3.cmd('D;1'), 'OK');
    await c3.waitClosed();
    assert.is(target.detached, 1);
    assert.is(target.bps.size, 0);
    const c4 = await Client.connect(port);
    assert.is(await c4.cmd('D;2'), 'E01');
    assert.is(await c4.cmd('vKill;1'), 'OK');
    await c4.waitClosed();
    assert.is(target.killed, true);
    target.killed = false;
    const c5 = await Client.connect(port);
    c5.raw(framePacket('k'));
    await c5.expectRaw('+');
    await c5.waitClosed();
    assert.is(target.killed, true);
    const c6 = await Client.connect(port);
    assert.is(await c6.cmd('?'), 'T02thread:01;');
    c6.close();
  } finally { await done(); }
});

test('a client connecting to a free-running guest halts it first', async () => {
  const target = new FakeTarget(1);
  target.free = true;
  const server = new GdbServer(target, { port: 0 });
  await server.listen();
  try {
    const c = await Client.connect(server.port!);
    assert.is(await c.cmd('?'), 'T05thread:01;');
    assert.is(target.free, false);
    c.close();
  } finally { await server.close(); }
});

test('Unix-domain socket', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'a64dbg-gdb-'));
  const path = join(dir, 'gdb.sock');
  const server = new GdbServer(new FakeTarget(1), { path });
  try {
    assert.is(await server.listen(), path);
    const s = net.connect(path);
    const got = await new Promise<string>((resolve) => {
      let buf = '';
      s.on('data', (d) => { buf += d.toString('latin1'); if (buf.includes('#')) resolve(buf); });
      s.write(framePacket('qC'));
    });
    assert.is(got, '+' + framePacket('QC01'));
    s.destroy();
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------- how a killed session ends

/**
 * A raw socket that records how the stub ends the connection: its bytes, whether a FIN came
 * ('end'), and any socket error (an ECONNRESET would be one). QEMU 7.2 answers `k` with `W00`
 * (gdb_exit(0)) and then closes in order (exit(0)); measured: "+$W00#b7", FIN, no error.
 */
function watchEnding(sock: net.Socket) {
  const st = { data: '', fin: false, error: undefined as string | undefined, closed: false, hadError: false };
  sock.on('data', (d) => { st.data += d.toString('latin1'); });
  sock.on('end', () => { st.fin = true; });
  sock.on('error', (e: NodeJS.ErrnoException) => { st.error = e.code ?? e.message; });
  const closed = new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`not closed in 5 s; got ${JSON.stringify(st.data)}`)), 5000);
    sock.on('close', (hadError) => { st.closed = true; st.hadError = hadError; clearTimeout(t); resolve(); });
  });
  return { st, closed };
}

for (const mode of ['ack mode', 'no-ack mode, client half-closes right after k'] as const) {
  test(`k (${mode}): W00, then an orderly close (FIN, no reset), as QEMU`, async () => {
    const target = new FakeTarget(1);
    const server = new GdbServer(target, { port: 0 });
    await server.listen();
    try {
      const sock = net.connect(server.port!, '127.0.0.1');
      await new Promise<void>((r) => sock.once('connect', () => r()));
      const { st, closed } = watchEnding(sock);
      const noAck = mode !== 'ack mode';
      if (noAck) {
        sock.write(framePacket('QStartNoAckMode'), 'latin1');
        for (let k = 0; k < 200 && !st.data.includes(framePacket('OK')); k++) await new Promise((r) => setTimeout(r, 5));
        st.data = '';
      }
      sock.write(framePacket('k'), 'latin1');
      if (noAck) sock.end();
      await closed;
      assert.is(st.data, (noAck ? '' : '+') + framePacket('W00'));
      assert.is(st.error, undefined, 'no socket error (ECONNRESET) on the client');
      assert.ok(st.fin, 'the stub closed with a FIN');
      assert.is(st.hadError, false);
      assert.is(target.killed, true);
      await new Promise((r) => setTimeout(r, 20));
      assert.is(server.connected, false);
    } finally { await server.close(); }
  });
}

test('vKill: OK, W00, then an orderly close (QEMU handle_v_kill order)', async () => {
  const target = new FakeTarget(1);
  const server = new GdbServer(target, { port: 0 });
  await server.listen();
  try {
    const sock = net.connect(server.port!, '127.0.0.1');
    await new Promise<void>((r) => sock.once('connect', () => r()));
    const { st, closed } = watchEnding(sock);
    sock.write(framePacket('vKill;1'), 'latin1');
    await closed;
    assert.is(st.data, '+' + framePacket('OK') + framePacket('W00'));
    assert.is(st.error, undefined);
    assert.ok(st.fin);
    assert.is(target.killed, true);
  } finally { await server.close(); }
});

test('the emulator under `k`, as npm run bench ends it: W00, orderly close, exit 0, no stack trace', async () => {
  const repo = new URL('..', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'a64dbg-gdb-kill-'));
  const path = join(dir, 'gdb.sock');
  const emu = spawn(process.execPath, [join(repo, 'bin/a64dbg.js'), 'boot', '--kernel', join(repo, 'firmware/bin/bench.elf'), '--gdb', `unix:${path}`, '-S'],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  emu.stderr.on('data', (b: Buffer) => { err += b.toString(); });
  const exited = new Promise<number | null>((r) => emu.on('exit', (code) => r(code)));
  try {
    for (let k = 0; k < 300 && !err.includes('gdb server on'); k++) await new Promise((r) => setTimeout(r, 50));
    assert.match(err, /gdb server on/);
    const sock = net.connect(path);
    await new Promise<void>((r) => sock.once('connect', () => r()));
    const { st, closed } = watchEnding(sock);
    const reply = async (): Promise<void> => {
      for (let k = 0; k < 1000 && !/\$[^#]*#[0-9a-f]{2}$/.test(st.data); k++) await new Promise((r) => setTimeout(r, 2));
      st.data = '';
    };
    sock.write(framePacket('QStartNoAckMode'), 'latin1');
    await reply();
    for (let k = 0; k < 50; k++) { sock.write(framePacket('vCont;s:1'), 'latin1'); await reply(); }
    sock.write(framePacket('k'), 'latin1');
    sock.end();
    await closed;
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('still running'), 30_000))]);
    assert.is(st.data, framePacket('W00'));
    assert.is(st.error, undefined, 'no socket error (ECONNRESET) on the client');
    assert.ok(st.fin, 'FIN from the stub');
    assert.is(code, 0, `exit status; stderr:\n${err}`);
    assert.match(err, /a64dbg: the debugger ended the session\n$/);
    assert.not.match(err, /\n\s+at /, 'no stack trace');
  } finally {
    if (emu.exitCode === null && emu.signalCode === null) emu.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fuzz: 100,000+ random and mutated packets; no crash, no hang, still answers ?', async () => {
  const target = new FakeTarget(2);
  target.stepLimit = 3000;
  const server = new GdbServer(target, { port: 0, packetSize: 0x1000 });
  await server.listen();
  let errors = 0;
  server.on('error', () => errors++);
  const r = (() => { let x = 0x2545f491; return (n: number) => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x % n; }; })();
  const hex = (n: number) => r(n).toString(16);
  const addr = () => r(4) === 0 ? hex(0xffffffff) + hex(0xffffffff) : (0x40080000 + r(0x2000)).toString(16);
  const templates: (() => string)[] = [
    () => '?', () => 'g', () => 'G' + '00'.repeat(r(300)), () => 'p' + hex(120), () => `P${hex(120)}=${'ab'.repeat(r(20))}`,
    () => `m${addr()},${hex(0x3000)}`, () => `M${addr()},${hex(8)}:${'12'.repeat(r(9))}`,
    () => `X${addr()},${hex(8)}:${String.fromCharCode(...Array.from({ length: r(10) }, () => r(256)))}`,
    () => `Z${r(6)},${addr()},${hex(10)}`, () => `z${r(6)},${addr()},${hex(10)}`,
    () => 'c', () => 's', () => `vCont;s:p1.${r(4)};c:p1.-1`, () => `vCont;c:p${r(3)}.${hex(3)}`, () => 'vCont?',
    () => `H${'gcx'[r(3)]}p1.${r(4) - 1}`, () => `Tp1.${r(4)}`, () => 'qfThreadInfo', () => 'qsThreadInfo', () => 'qC',
    () => `qThreadExtraInfo,p1.${r(4)}`, () => `qXfer:features:read:${['target.xml', 'aarch64-fpu.xml', 'x'][r(3)]}:${hex(0x3000)},${hex(0x2000)}`,
    () => `qRcmd,${textToHex(['halt', 'reset', 'echo fz', 'help', 'info version', 'nope'][r(6)])}`, () => 'qRcmd,' + hex(1e6),
    () => 'qSupported:multiprocess+;swbreak+', () => 'qSupported', () => 'QStartNoAckMode', () => 'qAttached', () => 'qOffsets',
    () => 'vMustReplyEmpty', () => '!', () => 'q', () => 'v', () => '',
  ];
  const specials = ['$', '#', '}', '*', '\x03', '+', '-', ':', ',', ';', '\x00', '\xff'];
  const mutate = (s: string) => {
    const a = [...s];
    for (let k = r(4); k > 0; k--) {
      const at = r(a.length + 1), op = r(4);
      if (op === 0) a.splice(at, 1);
      else if (op === 1) a.splice(at, 0, specials[r(specials.length)]);
      else if (op === 2) a[at] = String.fromCharCode(r(256));
      else a.splice(at, r(8));
    }
    return a.join('');
  };
  const frame = (p: string) => {
    const f = framePacket(p);
    return r(20) === 0 ? f.slice(0, -2) + 'zz' : f;             // some bad checksums
  };
  let sent = 0, reconnects = 0;
  let c = await Client.connect(server.port!);
  const TOTAL = 100_000, BATCH = 2000;
  try {
    while (sent < TOTAL) {
      let chunk = '';
      for (let i = 0; i < BATCH; i++, sent++) {
        let p = templates[r(templates.length)]();
        if (r(3) === 0) p = mutate(p);
        if (/^(k|D|vKill|R)/.test(p)) p = '?';                   // keep the connection
        const kind = r(50);
        if (kind === 0) chunk += String.fromCharCode(...Array.from({ length: r(40) }, () => r(256)));  // line noise
        else if (kind === 1) chunk += '$' + 'A'.repeat(0x1000 * 2 + 100 + r(100)) + '#00';        // oversized
        else if (kind === 2) chunk += mutate(frame(p));                                           // broken framing
        else chunk += frame(p);
      }
      // Sync point: a unique monitor echo; its O packet follows everything sent before it.
      const tag = `sync${sent}`;
      chunk += '\x00#00' + framePacket('qRcmd,' + textToHex('echo ' + tag));
      c.raw(chunk);
      try {
        const want = 'O' + textToHex(tag + '\n');
        c.ackMode = false;  // don't ack: the server may or may not be in no-ack mode by now
        for (;;) { if ((await c.packet(8000)) === want) break; }
      } catch (e) {
        if (!c.closed) throw e;
        reconnects++;                                           // e.g. a mutated packet became `k`
        c = await Client.connect(server.port!);
      }
    }
    // Still alive and answering.
    c.close();
    await new Promise((res) => setTimeout(res, 20));
    const fresh = await Client.connect(server.port!);
    const q = await fresh.cmd('?');
    assert.match(q, /^(T[0-9a-f]{2}thread:|W[0-9a-f]{2})/);
    assert.is(await fresh.cmd('qC'), 'QC01');
    fresh.close();
    assert.is(errors, 0);
    assert.ok(reconnects < 5, `reconnects ${reconnects}`);
  } finally {
    c.close();
    await server.close();
  }
});

// ---------------------------------------------------------------- real gdb

function which(cmd: string): boolean {
  try { execFileSync('which', [cmd], { stdio: 'ignore' }); return true; } catch { return false; }
}
const HAVE_GDB = which('gdb-multiarch');

function runGdb(args: string[], ms = 30000): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const p = spawn('gdb-multiarch', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    const t = setTimeout(() => { p.kill('SIGKILL'); reject(new Error('gdb timed out:\n' + out)); }, ms);
    p.on('close', (code) => { clearTimeout(t); resolve({ out, code }); });
  });
}

test('gdb-multiarch batch session: registers, stepi, x, break, continue, watch, threads, monitor', async () => {
  if (!HAVE_GDB) { console.log('  (gdb-multiarch not installed: skipped)'); return; }
  const target = new FakeTarget(2);
  const server = new GdbServer(target, { port: 0 });
  await server.listen();
  try {
    const ex = [
      'set pagination off', 'set confirm off', 'set architecture aarch64', `target remote 127.0.0.1:${server.port}`,
      'info registers pc', 'stepi', 'x/4xw 0x40080000', 'break *0x40080010', 'continue', 'info registers pc cpsr x0',
      'delete', 'watch *(long*)0x40081000', 'continue', 'delete', 'info threads', 'thread 2', 'info registers pc',
      'thread 1', 'p/x $SP_EL0', 'p $v0.d.u[0]', 'p/x $fpsr', 'monitor echo hi from the target', 'monitor info version',
      'hbreak *0x400807a0', 'continue', 'detach',
    ];
    const { out, code } = await runGdb(['-nx', '-batch', ...ex.flatMap((e) => ['-ex', e])]);
    const must = [
      /pc\s+0x40080000\s+0x40080000/,
      /0x0000000040080004 in \?\? \(\)/,
      /0x40080000:\s+0x58000180\s+0x9100001f\s+0x58000180\s+0x580001a1/,
      /Breakpoint 1 at 0x40080010/,
      /Thread 1 hit Breakpoint 1, 0x0000000040080010 in \?\? \(\)/,
      /cpsr\s+0x3c5/,
      /x0\s+0x100\s+256/,
      /Hardware watchpoint 2: \*\(long\*\)0x40081000/,
      /Old value = 0\s+New value = \d+/,
      /Thread 1\.1 \(CPU#0 \[running\]\)/,
      /Thread 1\.2 \(CPU#1 \[halted \]\)/,
      /pc\s+0x40080028\s+0x40080028/,
      /\$1 = 0xffff800009813e01/,
      /hi from the target/,
      /a64dbg \d+\.\d+\.\d+/,
      /Hardware assisted breakpoint 3 at 0x400807a0/,
      /Thread 1 hit Breakpoint 3, 0x00000000400807a0 in \?\? \(\)/,
      /\[Inferior 1 \(process 1\) detached\]/,
    ];
    for (const re of must) assert.match(out, re, `missing ${re}\n--- gdb output ---\n${out}`);
    assert.not.match(out, /Remote failure|Protocol error|warning: (?!.*No executable)/i, out);
    assert.is(code, 0, out);
    assert.is(target.detached, 1);
    assert.is(target.bps.size, 0);
  } finally { await server.close(); }
});

test('gdb-multiarch: 200 stepi, second gdb refused with a readable message, Ctrl-C (SIGINT to gdb)', async () => {
  if (!HAVE_GDB) { console.log('  (gdb-multiarch not installed: skipped)'); return; }
  const target = new FakeTarget(1);
  target.stepLimit = Infinity;
  target.slow(1);
  const server = new GdbServer(target, { port: 0 });
  await server.listen();
  try {
    // gdb #1 holds the connection while gdb #2 tries.
    const first = spawn('gdb-multiarch', ['-nx', '-q', '-batch', '-ex', 'set architecture aarch64',
      '-ex', `target remote 127.0.0.1:${server.port}`, '-ex', 'stepi 200', '-ex', 'info registers pc',
      '-ex', 'set $pc = 0x40080028', '-ex', 'continue', '-ex', 'info registers pc', '-ex', 'detach'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out1 = '';
    first.stdout.on('data', (d) => (out1 += d));
    first.stderr.on('data', (d) => (out1 += d));
    const t0 = Date.now();
    while (!target.resumes.some((a) => a[0]?.action === 'continue') && Date.now() - t0 < 20000) await new Promise((r) => setTimeout(r, 20));
    assert.ok(target.resumes.filter((a) => a[0]?.action === 'step').length >= 200, 'stepped 200 times');
    const second = await runGdb(['-nx', '-batch', '-ex', 'set architecture aarch64', '-ex', `target remote 127.0.0.1:${server.port}`], 15000);
    assert.match(second.out, /another debugger is already connected/, second.out);
    first.kill('SIGINT');                                   // gdb turns it into 0x03
    const code = await new Promise<number | null>((r) => first.on('close', r));
    assert.match(out1, /received signal SIGINT, Interrupt\./, out1);
    assert.match(out1, /pc\s+0x40080028/, out1);
    assert.match(out1, /detached/, out1);
    assert.is(code, 0, out1);
    assert.is(target.detached, 1);
  } finally { await server.close(); }
});

test('gdb-multiarch MI, Eclipse CDT launch order: file, symbols, target-select, monitor reset/halt, -break-insert -t -f main, -exec-continue', async () => {
  if (!HAVE_GDB) { console.log('  (gdb-multiarch not installed: skipped)'); return; }
  const target = new FakeTarget(2);
  target.setPc(1, 0x40080500n);   // somewhere else: `monitor reset` must bring it back to the entry
  const server = new GdbServer(target, { port: 0 });
  await server.listen();
  const elf = new URL(CRC_ELF).pathname;
  const gdb = spawn('gdb-multiarch', ['-nx', '-q', '--interpreter=mi2'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let waiters: (() => void)[] = [];
  gdb.stdout.on('data', (d) => { out += d; const w = waiters; waiters = []; w.forEach((f) => f()); });
  gdb.stderr.on('data', (d) => (out += d));
  const waitFor = async (re: RegExp, from: number, ms = 15000): Promise<RegExpExecArray> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const m = re.exec(out.slice(from));
      if (m) return m;
      if (Date.now() > deadline) throw new Error(`MI: no ${re}\n--- output ---\n${out}`);
      await new Promise<void>((r) => { waiters.push(r); setTimeout(r, 200); });
    }
  };
  let token = 100;
  const mi = async (cmd: string, expect: RegExp = /\^(done|running|connected)/): Promise<string> => {
    const t = ++token;
    const from = out.length;
    gdb.stdin.write(`${t}${cmd}\n`);
    const m = await waitFor(new RegExp(`^${t}(\\^(?:done|running|connected|error|exit)[^\\n]*)\\n`, 'm'), from);
    assert.match(m[1], expect, `${cmd} -> ${m[1]}`);
    return m[1];
  };
  try {
    await mi('-gdb-set confirm off');
    await mi('-gdb-set pagination off');
    await mi('-gdb-set architecture aarch64');
    await mi(`-file-exec-file ${elf}`);                                 // 1
    await mi(`-interpreter-exec console "symbol-file ${elf}"`);          // 2
    await mi(`-target-select remote 127.0.0.1:${server.port}`, /\^connected/);  // 3
    await mi('-interpreter-exec console "monitor reset run"');          // 4
    await mi('-interpreter-exec console "monitor delay 10"');           // 5
    await mi('-interpreter-exec console "monitor halt"');               // 6
    assert.equal(target.monitorCalls.slice(0, 3), ['reset run', 'delay 10', 'halt']);
    assert.is(target.pc(1), ENTRY);
    await mi('-interpreter-exec console "set $x1 = 0x77"');             // 7 (user init commands)
    const bp = await mi('-break-insert -t -f main', /\^done,bkpt=\{.*disp="del".*func="main"/);  // 11
    const addr = /addr="(0x[0-9a-f]+)"/.exec(bp)![1];
    const from = out.length;
    await mi('-exec-continue', /\^running/);                            // 13
    const stopped = await waitFor(/\*stopped,reason="breakpoint-hit",disp="del",bkptno="1",frame=\{addr="(0x[0-9a-f]+)",func="main"[^\n]*thread-id="1"[^\n]*\n/, from);
    assert.is(BigInt(stopped[1]), BigInt(addr));
    assert.is(target.pc(1), BigInt(addr));
    assert.is(target.reg(1, 1), 0x77n);
    const regs = await mi('-data-list-register-values x 32 33');
    assert.is(BigInt(/number="32",value="(0x[0-9a-f]+)"/.exec(regs)![1]), BigInt(addr));
    assert.match(regs, /number="33",value="0x3c5"/);
    await mi('-target-detach');
    await mi('-gdb-exit', /\^exit/);
    await new Promise((r) => gdb.on('close', r));
    assert.is(target.detached, 1);
  } finally {
    gdb.kill('SIGKILL');
    await server.close();
  }
});

// ---------------------------------------------------------------- optional capability groups

/** Only the core of a FakeTarget: no threads, breakpoints, watchpoints or monitor group. */
function coreOnly(t: FakeTarget): DebugTarget {
  return {
    regCount: () => t.regCount(),
    readRegister: (tid, regno) => t.readRegister(tid, regno),
    writeRegister: (tid, regno, bytes) => t.writeRegister(tid, regno, bytes),
    readMemory: (tid, addr, len) => t.readMemory(tid, addr, len),
    writeMemory: (tid, addr, data) => t.writeMemory(tid, addr, data),
    resume: (actions) => t.resume(actions),
    interrupt: () => t.interrupt(),
    halted: () => t.halted(),
    detach: () => t.detach(),
    kill: () => t.kill(),
  };
}

async function coreRig(extra: Partial<DebugTarget> = {}) {
  const fake = new FakeTarget(1);
  const server = new GdbServer({ ...coreOnly(fake), ...extra }, { port: 0 });
  await server.listen();
  const client = await Client.connect(server.port!);
  const done = async () => { client.close(); await server.close(); };
  return { fake, server, client, done };
}

const CORE_QSUPPORTED = 'PacketSize=4000;qXfer:features:read+;vContSupported+;QStartNoAckMode+;multiprocess+';

test('core-only target: qSupported claims no breakpoints; Z0-Z4, qRcmd, qThreadExtraInfo, bc/bs, qXfer:libraries empty', async () => {
  const { fake, client: c, done } = await coreRig();
  try {
    assert.is(await c.cmd(GDB_QSUPPORTED), CORE_QSUPPORTED);
    for (const z of ['Z0,40080010,4', 'z0,40080010,4', 'Z1,40080010,4', 'z1,40080010,4', 'Z0,zz', 'Z0',
      'Z2,40081000,8', 'z2,40081000,8', 'Z3,40080040,8', 'Z4,40081004,2', 'z4,40081004,2', 'Z2,40081000,0', 'Z2',
      'Z9,0,4', 'qRcmd,' + textToHex('help'), 'qRcmd,' + textToHex('info version'), 'qRcmd,zz', 'qRcmd',
      'qThreadExtraInfo,p01.01', 'bc', 'bs', 'qXfer:libraries:read::0,ffb']) {
      assert.is(await c.cmd(z), '', z);
    }
    assert.is(fake.bps.size, 0);
    assert.is(fake.watches.length, 0);
    assert.equal(fake.monitorCalls, []);
    assert.is(await c.cmd('Z9,0'), 'E01');                      // as with the groups: malformed
  } finally { await done(); }
});

test('core-only target: one thread; ?, g, p, m, M, vCont step, s, c, Ctrl-C, exit, as gdb drives it', async () => {
  const { fake, client: c, done } = await coreRig();
  try {
    await c.cmd(GDB_QSUPPORTED);
    assert.is(await c.cmd('?'), 'T05thread:p01.01;');
    assert.is(await c.cmd('qfThreadInfo'), 'mp01.01');
    assert.is(await c.cmd('qsThreadInfo'), 'l');
    assert.is(await c.cmd('qC'), 'QCp01.01');
    assert.is(await c.cmd('Hgp1.1'), 'OK');
    assert.is(await c.cmd('Hgp1.2'), 'E01');                    // no second thread
    assert.is(await c.cmd('Tp1.2'), 'E01');
    const g = await c.cmd('g');
    assert.is(g.length, 268 * 2);
    assert.is(g.slice(32 * 16, 33 * 16), le64(ENTRY));
    assert.is(await c.cmd('p20'), le64(ENTRY));
    assert.is(await c.cmd('m40080000,4'), '80010058');
    assert.is(await c.cmd('M40090000,4:deadbeef'), 'OK');
    assert.is(await c.cmd('m40090000,4'), 'deadbeef');
    assert.is(await c.cmd('vCont?'), 'vCont;c;C;s;S;t');
    assert.is(await c.cmd('vCont;s:p1.1;c:p1.-1'), 'T05thread:p01.01;');
    assert.equal(fake.resumes.at(-1), [{ tid: 1, action: 'step' }]);
    assert.is(fake.pc(1), 0x40080004n);
    assert.is(await c.cmd('s'), 'T05thread:p01.01;');
    assert.is(fake.pc(1), 0x40080008n);
    assert.is(await c.cmd('vCont;s:p1.2'), 'E01');
    // Continue until Ctrl-C.
    fake.setPc(1, IDLE_LOOP);
    fake.stepLimit = Infinity;
    fake.slow(1);
    c.raw(framePacket('vCont;c:p1.-1'));
    await c.expectRaw('+');
    await new Promise((r) => setTimeout(r, 30));
    assert.is(c.pending(), '', 'still running');
    c.raw('\x03');
    assert.is(await c.packet(), 'T02thread:p01.01;');
    assert.equal(fake.resumes.at(-1), [{ tid: 'all', action: 'continue' }]);
    assert.is(await c.cmd('?'), 'T02thread:p01.01;');
    // c runs to semihost_exit.
    fake.setReg(1, 0, 0x2an);
    assert.is(await c.cmd('P20=' + le64(EXIT_PC)), 'OK');
    assert.is(await c.cmd('c'), 'W2a;process:1');
  } finally { await done(); }
});

test('core-only target: disconnect and D remove nothing, detach still works', async () => {
  const fake = new FakeTarget(1);
  const server = new GdbServer(coreOnly(fake), { port: 0 });
  await server.listen();
  try {
    const c = await Client.connect(server.port!);
    assert.is(await c.cmd('Z0,40080010,4'), '');
    assert.is(await c.cmd('D'), 'OK');
    await c.waitClosed();
    assert.is(fake.detached, 1);
  } finally { await server.close(); }
});

test('the same fake with its groups: qSupported claims swbreak/hwbreak; Z0-Z4, qRcmd, qThreadExtraInfo answered', async () => {
  const { client: c, target, done } = await rig(1);
  try {
    assert.is(await c.cmd(GDB_QSUPPORTED), OUR_QSUPPORTED);
    assert.is(await c.cmd('Z0,40080010,4'), 'OK');
    assert.is(await c.cmd('Z1,40080020,4'), 'OK');
    assert.is(await c.cmd('Z2,40081000,8'), 'OK');
    assert.is(await c.cmd('Z3,40080040,8'), 'OK');
    assert.is(await c.cmd('Z4,40081004,2'), 'OK');
    assert.is(target.bps.size, 2);
    assert.is(target.watches.length, 3);
    assert.is(await c.cmd('vCont;c'), 'T05thread:p01.01;rwatch:40080040;');
    assert.is(await c.cmd('qRcmd,' + textToHex('halt')), 'OK');
    assert.is(await c.cmd('qThreadExtraInfo,p01.01'), textToHex('CPU#0 [running]'));
    assert.is(await c.cmd('bc'), '');
    assert.is(await c.cmd('qXfer:libraries:read::0,ffb'), '');
  } finally { await done(); }
});

test('reverse and libraries groups, when a target has them: bc/bs dispatch, qXfer:libraries:read in chunks', async () => {
  const reverseCalls: string[] = [];
  let libs: LoadedLibrary[] = [
    { name: '/lib/modules/a64dbg_hello.ko', sections: [0xffff800000be0000n, 0xffff800000be2000n] },
    { name: 'odd <&"\'> name', sections: [0x1000n] },
  ];
  let fake!: FakeTarget;
  const { fake: f, client: c, done } = await coreRig({
    reverse: {
      reverseStep: async (tid) => { reverseCalls.push(`bs ${tid}`); fake.setPc(1, fake.pc(1) - 4n); return { kind: 'signal', signal: 5, thread: tid }; },
      reverseContinue: async () => { reverseCalls.push('bc'); return { kind: 'breakpoint', thread: 1, type: 'sw' }; },
    },
    libraries: { libraries: () => libs },
  });
  fake = f;
  try {
    assert.is(await c.cmd(GDB_QSUPPORTED),
      'PacketSize=4000;qXfer:features:read+;qXfer:libraries:read+;vContSupported+;QStartNoAckMode+;multiprocess+;ReverseContinue+;ReverseStep+');
    fake.setPc(1, 0x40080010n);
    assert.is(await c.cmd('bs'), 'T05thread:p01.01;');
    assert.is(fake.pc(1), 0x4008000cn);
    assert.is(await c.cmd('bc'), 'T05thread:p01.01;');         // no swbreak: we did not claim it (no breakpoints group)
    assert.equal(reverseCalls, ['bs 1', 'bc']);
    assert.is(await c.cmd('bx'), '');
    const want = '<library-list>\n' +
      '  <library name="/lib/modules/a64dbg_hello.ko">\n    <section address="0xffff800000be0000"/>\n    <section address="0xffff800000be2000"/>\n  </library>\n' +
      '  <library name="odd &lt;&amp;&quot;&apos;&gt; name">\n    <section address="0x1000"/>\n  </library>\n</library-list>\n';
    assert.is(await c.cmd('qXfer:libraries:read::0,ffb'), 'l' + want);
    // Read in chunks: a list that changes after the first chunk does not tear the document.
    let text = '', off = 0;
    for (;;) {
      const r = await c.cmd(`qXfer:libraries:read::${off.toString(16)},20`);
      if (off === 0) libs = [];
      text += r.slice(1);
      off += r.length - 1;
      if (r[0] === 'l') break;
    }
    assert.is(text, want);
    assert.is(await c.cmd('qXfer:libraries:read::0,ffb'), 'l<library-list>\n</library-list>\n');
    assert.is(await c.cmd('qXfer:libraries:read:x:0,ffb'), 'E00');
    assert.is(await c.cmd('qXfer:libraries:read::zz'), 'E00');
  } finally { await done(); }
});

test('gdb-multiarch against a core-only target: registers, stepi, x, set, software watchpoint, monitor refused, exit', async () => {
  if (!HAVE_GDB) { console.log('  (gdb-multiarch not installed: skipped)'); return; }
  const fake = new FakeTarget(1);
  const server = new GdbServer(coreOnly(fake), { port: 0 });
  await server.listen();
  try {
    const ex = [
      'set pagination off', 'set confirm off', 'set architecture aarch64', `target remote 127.0.0.1:${server.port}`,
      'info registers pc', 'stepi', 'x/4xw 0x40080000', 'info threads', 'set $x1 = 0x77', 'p/x $x1',
      'set can-use-hw-watchpoints 0', 'watch *(long*)0x40081000', 'continue', 'delete',
      'monitor help', 'set $x0 = 42', `set $pc = ${EXIT_PC}`, 'continue',
    ];
    const { out } = await runGdb(['-nx', '-batch', ...ex.flatMap((e) => ['-ex', e])]);
    const must = [
      /pc\s+0x40080000\s+0x40080000/,
      /0x0000000040080004 in \?\? \(\)/,
      /0x40080000:\s+0x58000180\s+0x9100001f\s+0x58000180\s+0x580001a1/,
      /\* 1\s+Thread 1\.1\s/,
      /\$1 = 0x77/,
      /^Watchpoint \d+: \*\(long\*\)0x40081000$/m,
      /Old value = 0\s+New value = \d+/,
      /Target does not support this command/,
      /\[Inferior 1 \(process 1\) exited with code 052\]/,
    ];
    for (const re of must) assert.match(out, re, `missing ${re}\n--- gdb output ---\n${out}`);
    assert.not.match(out, /Remote failure|Protocol error|Hardware watchpoint/i, out);
    assert.is(fake.reg(1, 1), 0x77n);
    assert.ok(fake.resumes.filter((a) => a[0]?.action === 'step').length >= 5, 'the software watchpoint single-stepped');
    assert.equal(fake.monitorCalls, []);
  } finally { await server.close(); }
});

test('gdb-multiarch with the reverse and libraries groups: reverse-stepi, reverse-continue, info sharedlibrary', async () => {
  if (!HAVE_GDB) { console.log('  (gdb-multiarch not installed: skipped)'); return; }
  const fake = new FakeTarget(1);
  const elf = new URL(CRC_ELF).pathname;
  const moved = 0x10000000n;                                   // crc.elf "loaded" 256 MiB above its link address
  const server = new GdbServer({
    ...coreOnly(fake),
    reverse: {
      reverseStep: async (tid) => { fake.setPc(tid, fake.pc(tid) - 4n); return { kind: 'signal', signal: 5, thread: tid }; },
      reverseContinue: async () => { fake.setPc(1, ENTRY); return { kind: 'signal', signal: 5, thread: 1 }; },
    },
    // One base per ALLOC section of crc.elf (.text, .rodata, .bss, .stack); gdb adds it to the
    // section's address in the file (0 in a kernel module, which makes it the load address).
    libraries: { libraries: () => [{ name: elf, sections: [moved, moved, moved, moved] }] },
  }, { port: 0 });
  await server.listen();
  fake.setPc(1, 0x40080010n);
  try {
    const ex = [
      'set pagination off', 'set confirm off', 'set architecture aarch64', 'set osabi none',
      `target remote 127.0.0.1:${server.port}`, 'reverse-stepi', 'info registers pc', 'reverse-continue', 'info registers pc',
      'sharedlibrary', 'info sharedlibrary', 'info symbol 0x500807a0', 'detach',
    ];
    const { out, code } = await runGdb(['-nx', '-batch', ...ex.flatMap((e) => ['-ex', e])]);
    const must = [
      /pc\s+0x4008000c\s+0x4008000c/,
      /pc\s+0x40080000\s+0x40080000/,
      /\sYes\s+\S*crc\.elf$/m,
      /^main in section \.text/m,                               // relocated: 0x400807a0 + 0x10000000
    ];
    for (const re of must) assert.match(out, re, `missing ${re}\n--- gdb output ---\n${out}`);
    assert.not.match(out, /Remote failure|Protocol error|Could not relocate|Target does not support this/, out);
    assert.is(code, 0, out);
  } finally { await server.close(); }
});

test.run();
