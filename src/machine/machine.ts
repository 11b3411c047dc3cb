// The machine: one shared memory, the vCPUs, the devices on the QEMU `virt` map, and the run
// loop that hands every vCPU exit to the trap layer.

import { readFileSync } from 'node:fs';
import { GuestMemory, RAM_BASE } from './layout.ts';
import { CodeCache } from '../cpu/code-cache.ts';
import { VCpu, BUDGET } from '../cpu/vcpu.ts';
import { a64Decoder } from '../cpu/decode-table.ts';
import { TrapLayer, type StopReason, type TrapHost } from '../hyp/trap.ts';
import type { Device } from '../devices/device.ts';
import { Pl011 } from '../devices/pl011.ts';
import { parseElf, ElfError, isElf } from '../loader/elf.ts';

export const PL011_BASE = 0x0900_0000;

export class LoadError extends Error {}

export interface MachineOptions {
  memoryMiB: number;
  /** Receives the UART's output. Default: process.stdout. */
  console?: (bytes: Uint8Array) => void;
  /** Receives semihosting console output. Default: process.stderr, as QEMU does. */
  semihostingConsole?: (bytes: Uint8Array) => void;
  /** Receives `--trace traps` lines. */
  trace?: (line: string) => void;
  cmdline?: string;
}

export interface RunOptions {
  /** Stop after this many retired instructions (a bound for tests and scripts). */
  maxInstructions?: number;
}

const SLICE = 1 << 22; // instructions per vcpu.run() call between host checks

export class Machine {
  readonly mem: GuestMemory;
  readonly code: CodeCache;
  readonly cpus: VCpu[];
  readonly devices: Device[];
  private readonly trap: TrapLayer;
  private readonly out: (bytes: Uint8Array) => void;
  private pending: number[] = [];

  constructor(opts: MachineOptions) {
    this.mem = new GuestMemory(opts.memoryMiB);
    this.code = new CodeCache(this.mem.ramBytes);
    this.cpus = [new VCpu(this.mem, this.code, a64Decoder(), 0)];
    this.out = opts.console ?? ((b) => process.stdout.write(b));
    const semihostOut = opts.semihostingConsole ?? ((b: Uint8Array) => process.stderr.write(b));
    this.devices = [new Pl011(PL011_BASE, (byte) => this.consoleByte(byte))];
    const host: TrapHost = {
      findDevice: (pa) => {
        for (const d of this.devices) if (pa >= d.base && pa < d.base + d.size) return d;
        return undefined;
      },
      trace: opts.trace,
      readU64: (a) => { const b = this.readPhys(a, 8); return b && new DataView(b.buffer, b.byteOffset).getBigUint64(0, true); },
      readBytes: (a, n) => this.readPhys(a, n),
      writeBytes: (a, data) => this.writePhys(a, data),
      console: (bytes) => { this.flushConsole(); semihostOut(bytes); },
      instructions: () => this.instructions,
      cmdline: opts.cmdline ?? '',
      heap: {
        base: BigInt(RAM_BASE + this.mem.ramBytes / 2), limit: BigInt(this.mem.ramEnd - 0x10_0000),
        stackBase: BigInt(this.mem.ramEnd), stackLimit: BigInt(this.mem.ramEnd - 0x10_0000),
      },
    };
    this.trap = new TrapLayer(host);
  }

  get instructions(): number {
    let n = 0;
    for (const c of this.cpus) n += c.icount;
    return n;
  }

  private consoleByte(b: number): void {
    this.pending.push(b);
    if (this.pending.length >= 4096) this.flushConsole();
  }

  flushConsole(): void {
    if (this.pending.length === 0) return;
    const bytes = Uint8Array.from(this.pending);
    this.pending = [];
    this.out(bytes);
  }

  /** Guest physical bytes [pa, pa+len) if wholly in RAM. */
  readPhys(pa: bigint, len: number): Uint8Array | undefined {
    if (pa < 0n || pa > 0xffffffffn || !this.mem.inRam(Number(pa), len)) return undefined;
    const o = this.mem.ramOffset(Number(pa));
    return this.mem.bytes.slice(o, o + len);
  }

  writePhys(pa: bigint, data: Uint8Array): boolean {
    if (pa < 0n || pa > 0xffffffffn || !this.mem.inRam(Number(pa), data.length)) return false;
    const p = Number(pa);
    this.mem.bytes.set(data, this.mem.ramOffset(p));
    this.code.invalidate(p - RAM_BASE, data.length);
    return true;
  }

  /** Loads a bare-metal ELF (QEMU -kernel semantics for ELF) and points vCPU 0 at its entry. */
  loadElf(buf: Uint8Array): void {
    let img;
    try {
      img = parseElf(buf);
    } catch (e) {
      if (e instanceof ElfError) throw new LoadError(e.message);
      throw e;
    }
    for (const seg of img.segments) {
      if (!this.mem.inRam(seg.paddr, seg.memSize)) {
        throw new LoadError(`ELF segment at physical 0x${seg.paddr.toString(16)} (+0x${seg.memSize.toString(16)}) is outside RAM ` +
          `0x${RAM_BASE.toString(16)}-0x${this.mem.ramEnd.toString(16)}`);
      }
    }
    for (const seg of img.segments) {
      const o = this.mem.ramOffset(seg.paddr);
      this.mem.bytes.set(seg.fileBytes, o);
      this.mem.bytes.fill(0, o + seg.fileBytes.length, o + seg.memSize);
    }
    this.code.dropAll();
    this.cpus[0].pc = img.entry;
  }

  loadKernelFile(path: string): void {
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch (e) {
      throw new LoadError(`cannot read kernel '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (!isElf(buf)) throw new LoadError(`'${path}' is not an ELF file (arm64 Image support comes with the Linux boot)`);
    try {
      this.loadElf(buf);
    } catch (e) {
      if (e instanceof LoadError) throw new LoadError(`'${path}': ${e.message}`);
      throw e;
    }
  }

  /** Runs vCPU 0 until the guest exits, faults, or the instruction bound is reached. */
  run(opts: RunOptions = {}): StopReason {
    const cpu = this.cpus[0];
    const limit = opts.maxInstructions ?? Infinity;
    try {
      for (;;) {
        const left = limit - this.instructions;
        if (left <= 0) return { kind: 'limit', message: `instruction limit of ${limit} reached at pc 0x${cpu.pc.toString(16)}` };
        const res = cpu.run(Math.min(SLICE, left));
        if (res === BUDGET) continue;
        const outcome = this.trap.handle(cpu);
        if (outcome.kind !== 'resume') return outcome;
      }
    } finally {
      this.flushConsole();
    }
  }
}
