// The machine: one shared memory, the vCPU, the devices of the QEMU `virt` board (GICv3 or v2,
// generic timer, PL011, PL031), deterministic virtual time, and the run loop that hands every
// vCPU exit to the trap layer and idles the vCPU on WFI.

import { GuestMemory, RAM_BASE } from '../memory/layout.ts';
import { CodeCache } from '../cpu/code-cache.ts';
import { VCpu } from '../cpu/vcpu.ts';
import { BUDGET } from '../cpu/status.ts';
import { CUREL, PC, X30 } from '../cpu/regs.ts';
import { EC_BREAKPOINT, EC_IABT_CUR, EC_IABT_LOW, EC_PC_ALIGN, EC_SOFTSTEP } from '../cpu/syndrome.ts';
import { VECTOR_SYNC } from '../cpu/exceptions.ts';
import { a64Decoder } from '../cpu/decode-table.ts';
import { CPU_MODELS, DEFAULT_CPU, cpuModel } from '../cpu/features.ts';
import { TrapLayer, type StopReason, type TrapHost } from '../hyp/trap.ts';
import { psciCall, type PsciHost } from '../hyp/psci.ts';
import { InterruptLog } from '../hyp/int-log.ts';
import { stateInt, stateObject, type Device } from '../devices/device.ts';
import { saveCpu, restoreCpu } from '../cpu/cpu-state.ts';
import type { InterruptController } from '../devices/irq.ts';
import { Gicv3 } from '../devices/gicv3.ts';
import { Gicv2 } from '../devices/gicv2.ts';
import { ArchTimer } from '../devices/arch-timer.ts';
import { Pmu, classifyInstruction } from '../devices/pmu.ts';
import { Pl011 } from '../devices/pl011.ts';
import { Pl031 } from '../devices/pl031.ts';
import { EmptyVirtioMmioSlot } from '../devices/virtio-mmio.ts';
import { VirtualClock, type ClockMode } from './clock.ts';
import { TimePollDetector } from './time-poll.ts';
import {
  VIRT_UART_BASE, VIRT_RTC_BASE, VIRT_MMIO_BASE, VIRT_MMIO_STRIDE, VIRT_MMIO_COUNT, VIRT_UART_SPI, VIRT_RTC_SPI, GIC_SPI_INTID_BASE, GIC_PPI_INTID_BASE,
  ARCH_TIMER_VIRT_PPI, ARCH_TIMER_NS_EL1_PPI, VIRT_PMU_PPI, VIRT_GICV2_FRAMES, VIRT_GICV3_FRAMES, virtDeviceTree, patchUserDeviceTree,
} from './board.ts';
import { FdtError, decodeDtb } from './fdt.ts';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { parseElf, ElfError, linuxVmlinuxEntry, vmlinuxToImage } from '../loader/elf.ts';
import { prepareLinuxBoot, readBootFile, elfDtbAddress, BootError, type LinuxBoot } from '../loader/boot.ts';
import { ImageError, parseImageHeader } from '../loader/image.ts';
import { unpackKernel, type UnpackedKernel } from '../loader/decompress.ts';
import { JitTier } from '../jit/tier.ts';

export class LoadError extends Error {}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** System registers whose reads tell the time: a loop on them is a busy-wait (timeRead). */
const TIME_READS: ReadonlySet<string> = new Set([
  'CNTPCT_EL0', 'CNTVCT_EL0', 'CNTPCTSS_EL0', 'CNTVCTSS_EL0',
  'CNTP_TVAL_EL0', 'CNTV_TVAL_EL0', 'CNTP_CTL_EL0', 'CNTV_CTL_EL0',
]);

/** The PL031's reading at virtual time 0 in deterministic mode: 2026-01-01T00:00:00Z. */
export const DETERMINISTIC_EPOCH = 1_767_225_600;

export interface MachineOptions {
  memoryMiB: number;
  /** Interrupt controller: 3 (default, as the reference QEMU command) or 2. */
  gic?: 2 | 3;
  /** Receives the UART's output. Default: process.stdout. */
  console?: (bytes: Uint8Array) => void;
  /** Receives semihosting console output. Default: process.stderr, as QEMU does. */
  semihostingConsole?: (bytes: Uint8Array) => void;
  /** Receives `--trace traps` lines. */
  trace?: (line: string) => void;
  /** Receives `-d int` lines: every exception taken and returned from, in QEMU's format. */
  interruptLog?: (line: string) => void;
  /** One-line host diagnostics (an undefined instruction, an unknown system register). */
  log?: (line: string) => void;
  /** Kernel command line (also semihosting SYS_GET_CMDLINE). */
  cmdline?: string;
  /** /chosen/kaslr-seed in the generated device tree (a Linux kernel then randomises its address; absent: KASLR off). */
  kaslrSeed?: bigint;
  /** Virtual time: from retired instructions (default) or paced to the host clock. */
  clock?: ClockMode;
  /** CPU model name (src/cpu/features.ts); default DEFAULT_CPU. */
  cpu?: string;
  /** PSCI SYSTEM_RESET ends the run (QEMU's -no-reboot) instead of rebooting the machine. */
  noReboot?: boolean;
  /**
   * Execution tier: 'jit' (the default) compiles hot code to WebAssembly (src/jit); 'interp'
   * runs everything in the interpreter, the reference. Not part of the configuration a snapshot
   * checks: both tiers give the same results.
   */
  tier?: Tier;
  /** Block entries before the JIT compiles one (tests use small values). */
  jitThreshold?: number;
}

/** 'check': the JIT, each region run replayed in the interpreter and compared (slow; for tests). */
export type Tier = 'interp' | 'jit' | 'check';
export const TIERS: readonly Tier[] = ['interp', 'jit', 'check'];

export interface RunOptions {
  /** Stop after this many retired instructions (a bound for tests and scripts). */
  maxInstructions?: number;
  /**
   * Return { kind: 'pause' } after about this many wall milliseconds (hosts with an event loop).
   * The clock is looked at about every CHECK_MS of guest work, so a slice overruns by a fraction
   * of a millisecond; where the slices end does not change what the guest does.
   */
  sliceMs?: number;
  /**
   * Console input may still arrive: a guest idling with no timer armed pauses (idle: true)
   * instead of being reported as waiting forever.
   */
  inputOpen?: boolean;
  /**
   * Asked when the vCPU idles (WFI) with nothing pending. true: return { kind: 'pause', idle:
   * true, wakeAtNs } so the host can sleep; virtual time then follows the wall clock across the
   * pause, up to the deadline (QEMU's `-icount sleep=on`). false or absent: jump virtual time to
   * the next deadline at once (deterministic; a real-time clock waits instead).
   */
  idleSleeps?: () => boolean;
  /**
   * End the run with { kind: 'exit', status, message } once console input has ended (inputOpen
   * false), the guest has taken all of it, and it has then idled `afterNs` of virtual time with
   * no console output.
   */
  endWhenIdle?: { afterNs: number; status: number };
}

export interface BootFiles {
  kernel: string;
  initrd?: string;
  append?: string;
}

/** What a machine was built with: a snapshot records it and is restored only into the same. */
export interface MachineConfig {
  memoryMiB: number;
  gic: 2 | 3;
  cpus: number;
  cpu: string;
  clock: ClockMode;
  noReboot: boolean;
}

/** A file loadKernelFile read, as a snapshot records it (the path to reboot from, the bytes' hash). */
export interface BootFile { path: string; sha256: string }

/** What loadKernelFile was last given; reboot() loads it again. */
export interface BootRecord { kernel: BootFile; initrd?: BootFile; dtb?: BootFile; append?: string }

/** One piece of machine state a snapshot saves and restores by name, in restore order. */
export interface StatePart { name: string; save(): unknown; restore(state: unknown): void }

const SLICE = 1 << 22; // instructions per vcpu.run() call between host checks
/**
 * With RunOptions.sliceMs the machine looks at the wall clock about every CHECK_MS of guest
 * work, so a host with an event loop (the gdb stub's Ctrl-C, the console) gets its turn within a
 * bounded time. How many instructions that is follows the vCPU's speed (runChunked): tens of
 * MIPS once V8 has optimised the interpreter, well under 1 MIPS while V8 warms up and for a few
 * hundred ms after each time it deoptimises VCpu.run (new paths in early boot, the first user
 * process) until the recompile lands. Budgets are only ever cut, never moved: a cut between two
 * chunks re-evaluates nothing, and where a slice ends the machine re-evaluates its devices, which
 * changes nothing the guest can see (interrupt lines and deadlines are re-evaluated after every
 * exit anyway), so the guest runs instruction for instruction the same however it is sliced.
 */
const CHECK_MS = 0.25;
const MIN_CHECK = 64;
const MAX_CHECK = 4096; // ~40 us at full speed; a look at the clock and a vCPU re-entry cost ~0.2 us

export class Machine {
  readonly mem: GuestMemory;
  readonly code: CodeCache;
  /** The execution tier, and the JIT when it is 'jit'. */
  readonly tier: Tier;
  readonly jit: JitTier | undefined;
  readonly cpus: VCpu[];
  readonly gic: InterruptController;
  readonly timers: ArchTimer[];
  /** Per vCPU: busy-waits on time (src/machine/time-poll.ts). */
  private readonly timePolls: TimePollDetector[];
  /** Each vCPU's performance monitors (PMUv3), reached through its system registers. */
  readonly pmus: Pmu[];
  readonly uart: Pl011;
  readonly rtc: Pl031;
  readonly clock: VirtualClock;
  readonly devices: Device[];
  /** The device tree given to a Linux guest (for --dtb-out). */
  dtb: Uint8Array | undefined;
  bootSummary = '';
  private readonly trap: TrapLayer;
  /** `--stop-on external-abort`: an access with nothing behind it stops the run instead of aborting the guest. */
  stopOnExternalAbort = false;
  /** `--trace traps` output (replaceable at run time, e.g. by `monitor trace traps on`). */
  trace: ((line: string) => void) | undefined;
  /** Where UART output goes (replaceable, e.g. to watch the console). */
  consoleSink: (bytes: Uint8Array) => void;
  private readonly log: (line: string) => void;
  private readonly loggedUndef = new Set<number>();
  private pending: number[] = [];
  private cmdline: string;
  private readonly kaslrSeed: bigint | undefined;
  readonly config: MachineConfig;
  private readonly noReboot: boolean;
  /** requestStop()s not yet reached, earliest first. */
  private stopRequests: { message: string; status: number; at: number }[] = [];
  /** The vCPU idled and run() returned so the host could sleep: where virtual time stood. */
  private idlePause: { wallMs: number; ns: number; deadline: number | undefined; heldNs?: number } | undefined;
  /** Virtual ns idled since the last console output (endWhenIdle). */
  private quietIdleNs = 0;
  /** Time-sliced runs: instructions per vCPU run between looks at the clock (about CHECK_MS). */
  private checkEvery = MIN_CHECK;

  constructor(opts: MachineOptions) {
    this.mem = new GuestMemory(opts.memoryMiB);
    this.code = new CodeCache(this.mem.ramBytes);
    this.consoleSink = opts.console ?? ((b) => process.stdout.write(b));
    this.trace = opts.trace;
    this.log = opts.log ?? ((line) => process.stderr.write(`a64dbg: ${line}\n`));
    this.cmdline = opts.cmdline ?? '';
    this.kaslrSeed = opts.kaslrSeed;
    this.noReboot = opts.noReboot ?? false;
    const semihostOut = opts.semihostingConsole ?? ((b: Uint8Array) => process.stderr.write(b));
    const gicVersion = opts.gic ?? 3;
    const cpuCount = 1;
    this.config = {
      memoryMiB: opts.memoryMiB, gic: gicVersion, cpus: cpuCount, cpu: opts.cpu ?? DEFAULT_CPU,
      clock: opts.clock ?? 'deterministic', noReboot: this.noReboot,
    };
    this.cpus = [];
    const model = cpuModel(opts.cpu ?? DEFAULT_CPU);
    if (!model) throw new Error(`unknown CPU model '${opts.cpu}' (${Object.keys(CPU_MODELS).join(', ')})`);
    for (let k = 0; k < cpuCount; k++) this.cpus.push(new VCpu(this.mem, this.code, a64Decoder(model), k));
    this.tier = opts.tier ?? 'jit';
    if (this.tier !== 'interp') {
      // (One vCPU: compiled code addresses vCPU 0's register file.)
      this.jit = new JitTier(this.cpus[0], this.mem.memory, opts.jitThreshold);
      if (this.tier === 'check') this.jit.enableCheck(this.cpus[0], (line) => this.log(line));
      this.cpus[0].jit = this.jit;
    }
    this.clock = new VirtualClock(() => this.instructions, opts.clock ?? 'deterministic');
    this.gic = gicVersion === 3 ? new Gicv3({ ...VIRT_GICV3_FRAMES, cpus: cpuCount }) : new Gicv2({ ...VIRT_GICV2_FRAMES, cpus: cpuCount });
    this.timePolls = this.cpus.map(() => new TimePollDetector());
    this.timers = this.cpus.map((c) => new ArchTimer(this.clock, {
      virt: this.gic.ppi(c.index, GIC_PPI_INTID_BASE + ARCH_TIMER_VIRT_PPI),
      phys: this.gic.ppi(c.index, GIC_PPI_INTID_BASE + ARCH_TIMER_NS_EL1_PPI),
    }));
    this.pmus = this.cpus.map((c) => new Pmu({ retired: () => c.icount, el: () => c.r[CUREL] }, this.gic.ppi(c.index, GIC_PPI_INTID_BASE + VIRT_PMU_PPI)));
    this.uart = new Pl011(VIRT_UART_BASE, (byte) => this.consoleByte(byte), this.gic.spi(GIC_SPI_INTID_BASE + VIRT_UART_SPI));
    const epochSeconds = this.clock.deterministic ? DETERMINISTIC_EPOCH : 0;
    this.rtc = new Pl031(VIRT_RTC_BASE, () => this.clock.wallSeconds(epochSeconds), this.gic.spi(GIC_SPI_INTID_BASE + VIRT_RTC_SPI));
    // The 32 virtio-mmio transports QEMU's virt has, empty: last, as the rarest accesses.
    const virtioSlots = Array.from({ length: VIRT_MMIO_COUNT }, (_, n) => new EmptyVirtioMmioSlot(VIRT_MMIO_BASE + n * VIRT_MMIO_STRIDE));
    this.devices = [...this.gic.devices, this.uart, this.rtc, ...virtioSlots];
    const intLog = opts.interruptLog ? new InterruptLog(opts.interruptLog) : undefined;
    for (const cpu of this.cpus) {
      cpu.gicSysregs = gicVersion === 3;
      const pmu = this.pmus[cpu.index];
      cpu.hooks = {
        readExt: (c, name) => {
          if (name.startsWith('PM')) return pmu.read(name);
          if (name.startsWith('ICC_')) return this.gic.readIcc?.(c.index, name);
          if (TIME_READS.has(name)) this.timeRead(c, true);
          return this.timers[c.index].read(name);
        },
        writeExt: (c, name, v) => name.startsWith('PM') ? pmu.write(name, v) : name.startsWith('ICC_') ? this.gic.writeIcc?.(c.index, name, v) ?? false : this.timers[c.index].write(name, v),
        onUndefined: (c, insn) => this.logUndefined(c, insn),
        // The PMU counts instructions per exception level: it hears of every change, with the
        // instructions retired by then (pmuRetired).
        onException: (c, vector, fromEl, esr, far) => {
          pmu.exceptionLevelChanged(c.r[CUREL], this.pmuRetired(c, vector, esr));
          intLog?.exception(c, vector, fromEl, esr, far);
        },
        onExceptionReturn: (c, fromEl) => {
          pmu.exceptionLevelChanged(c.r[CUREL], c.icount);
          intLog?.exceptionReturn(c, fromEl);
        },
      };
    }
    const machine = this; // for the getter below, whose own `this` is the host object
    const host: TrapHost = {
      findDevice: (pa) => {
        for (const d of this.devices) if (pa >= d.base && pa < d.base + d.size) return d;
        return undefined;
      },
      beforeMmio: (cpu) => {
        (this.gic as { currentCpu?: number }).currentCpu = cpu.index;
        if (cpu.exitFarLo === VIRT_RTC_BASE && cpu.exitFarHi === 0 && !cpu.exitWrite) this.timeRead(cpu, false); // RTCDR (an exit already)
      },
      psci: (cpu, fn, args) => psciCall(this.psciHost(cpu), fn, args),
      get trace() { return machine.trace; },
      get stopOnExternalAbort() { return machine.stopOnExternalAbort; },
      intLog,
      log: (line) => this.log(line),
      readU64: (a) => { const b = this.readPhys(a, 8); return b && new DataView(b.buffer, b.byteOffset).getBigUint64(0, true); },
      readBytes: (a, n) => this.readPhys(a, n),
      writeBytes: (a, data) => this.writePhys(a, data),
      console: (bytes) => { this.flushConsole(); semihostOut(bytes); },
      instructions: () => this.instructions,
      get cmdline() { return machine.cmdline; },
      heap: {
        base: BigInt(RAM_BASE + this.mem.ramBytes / 2), limit: BigInt(this.mem.ramEnd - 0x10_0000),
        stackBase: BigInt(this.mem.ramEnd), stackLimit: BigInt(this.mem.ramEnd - 0x10_0000),
      },
    };
    this.trap = new TrapLayer(host);
  }

  /** The trap layer is handling an exit (so the vCPU is not inside an instruction). */
  private inTrap = false;

  /**
   * Instructions retired when an exception is taken, for the PMU. Inside VCpu.run() a
   * synchronous exception raised by executing an instruction finds that instruction already in
   * icount (the run loop takes it back after the exception); one raised before it executes (by
   * the fetch: instruction abort, PC alignment; a Breakpoint or Software Step exception), an
   * interrupt, and any exception the trap layer injects find icount exact.
   */
  private pmuRetired(c: VCpu, vector: number, esr: number): number {
    if (this.inTrap || vector !== VECTOR_SYNC) return c.icount;
    const ec = esr >>> 26;
    const beforeExecuting = ec === EC_IABT_LOW || ec === EC_IABT_CUR || ec === EC_PC_ALIGN || (ec >= EC_BREAKPOINT && ec <= EC_SOFTSTEP + 1);
    return beforeExecuting ? c.icount : c.icount - 1;
  }

  get instructions(): number {
    let n = 0;
    for (const c of this.cpus) n += c.icount;
    return n;
  }

  private psciHost(cpu: VCpu): PsciHost {
    return {
      cpuCount: this.cpus.length,
      caller: cpu.index,
      mpidrOf: (k) => k,
      cpuState: () => 0,
      powerOn: () => { throw new Error('CPU_ON: secondary CPUs are not modelled yet'); },
      powerOff: () => undefined,
    };
  }

  private logUndefined(cpu: VCpu, insn: number): void {
    const key = insn >>> 0;
    if (this.loggedUndef.has(key) || this.loggedUndef.size >= 64) return;
    this.loggedUndef.add(key);
    this.log(`guest executed undefined instruction 0x${key.toString(16).padStart(8, '0')} at pc 0x${cpu.pc.toString(16).padStart(16, '0')} ` +
      `(EL${cpu.r[CUREL]}; the guest takes the UNDEFINED exception; logged once per encoding)`);
  }

  private consoleByte(b: number): void {
    this.quietIdleNs = 0;
    this.pending.push(b);
    if (this.pending.length >= 4096) this.flushConsole();
  }

  flushConsole(): void {
    if (this.pending.length === 0) return;
    const bytes = Uint8Array.from(this.pending);
    this.pending = [];
    this.consoleSink(bytes);
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
    this.mem.noteWritten(p - RAM_BASE, data.length);
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
      this.mem.noteWritten(seg.paddr - RAM_BASE, seg.memSize);
    }
    this.code.dropAll();
    this.cpus[0].pc = img.entry;
  }

  /** What loadKernelFile was last given: reboot() loads it again. */
  private lastBoot: { path: string; initrdPath?: string; append?: string; dtbPath?: string } | undefined;
  /** The files the running guest was booted from, with their hashes (snapshots record them). */
  boot: BootRecord | undefined;

  /** Reset as a power cycle: vCPUs, devices and time back to reset, the same kernel loaded again. */
  reboot(): void {
    if (!this.lastBoot) throw new Error('nothing was booted');
    for (const c of this.cpus) { c.reset(); c.icount = 0; }
    this.gic.reset();
    for (const t of this.timers) t.reset();
    for (const p of this.pmus) p.reset();
    for (const p of this.timePolls) p.reset();
    this.polledNs = 0;
    this.uart.reset();
    this.rtc.reset();
    this.clock.restore({ mode: this.clock.mode, ns: 0, skippedNs: 0 });
    this.idlePause = undefined;
    this.mem.bytes.fill(0, this.mem.ramOffset(RAM_BASE), this.mem.ramOffset(RAM_BASE) + this.mem.ramBytes);
    this.mem.written.fill(0);
    this.code.dropAll();
    const b = this.lastBoot;
    this.loadKernelFile(b.path, b.initrdPath, b.append, b.dtbPath);
  }

  /**
   * Direct kernel boot as QEMU does it: an ELF is loaded as bare metal (loadElfKernel); an arm64
   * Image (raw or compressed, or a Linux vmlinux flattened to its Image), or a file with no known
   * signature (a raw binary, at RAM base + 0x80000), gets QEMU's boot stub at RAM base, the kernel,
   * initrd and a generated DTB. `dtbPath`: the user's device tree instead
   * of the generated one (QEMU's -dtb), patched as QEMU does.
   */
  loadKernelFile(path: string, initrdPath?: string, append?: string, dtbPath?: string): void {
    this.lastBoot = { path, initrdPath, append, dtbPath };
    this.boot = undefined;
    if (append !== undefined) this.cmdline = append;
    this.dtb = undefined;
    let file: Uint8Array;
    let kernel: UnpackedKernel;
    try {
      file = readBootFile(path, 'kernel');
      // As QEMU: an ELF as it is, a gzip-compressed Image (or gzip EFI zboot image) inflated.
      kernel = unpackKernel(file, { ramBytes: this.mem.ramBytes, name: basename(path) });
    } catch (e) {
      if (e instanceof BootError) throw new LoadError(e.message);
      if (e instanceof ImageError) throw new LoadError(`'${path}': ${e.message}`);
      throw e;
    }
    if (kernel.format === 'elf' && linuxVmlinuxEntry(kernel.bytes) !== undefined && !this.elfFitsRam(kernel.bytes)) {
      // A Linux vmlinux (linked at virtual addresses): boot the Image it was made from.
      try {
        kernel = { ...kernel, format: 'raw', bytes: vmlinuxToImage(kernel.bytes, this.mem.ramBytes), note: 'vmlinux ELF flattened to its Image (objcopy -O binary)' };
      } catch (e) {
        if (e instanceof ElfError) throw new LoadError(`'${path}': ${e.message}`);
        throw e;
      }
    }
    const record: BootRecord = { kernel: { path, sha256: sha256(file) }, ...(append !== undefined && { append }) };
    if (kernel.format === 'elf') {
      if (dtbPath) throw new LoadError(`'${path}' is an ELF file: -dtb goes with an arm64 Image kernel`);
      this.loadElfKernel(path, kernel.bytes, initrdPath);
      this.boot = record;
      return;
    }
    let userDtb: Uint8Array | undefined;
    if (dtbPath) {
      try {
        userDtb = readFileSync(dtbPath);
        decodeDtb(userDtb);
        record.dtb = { path: dtbPath, sha256: sha256(userDtb) };
      } catch (e) {
        const why = e instanceof FdtError ? e.message : (e as NodeJS.ErrnoException).code ?? (e as Error).message;
        throw new LoadError(`cannot use -dtb '${dtbPath}': ${why}`);
      }
    }
    let boot: LinuxBoot;
    try {
      const rawBinary = kernel.format === 'binary';
      if (rawBinary) {
        this.log(`'${path}' is not an ELF, an arm64 Image or a compressed kernel: booting it as a raw binary at RAM base + 0x80000, as QEMU does`);
      } else {
        parseImageHeader(kernel.bytes); // header problems name the file
      }
      const initrd = initrdPath ? readBootFile(initrdPath, 'initrd') : undefined;
      if (initrd) record.initrd = { path: initrdPath!, sha256: sha256(initrd) };
      boot = prepareLinuxBoot({
        ramBytes: this.mem.ramBytes, kernel: kernel.bytes, kernelSource: kernel.note, initrd, rawBinary,
        makeDtb: (rd) => userDtb
          ? patchUserDeviceTree(userDtb, { memoryBytes: this.mem.ramBytes, bootargs: this.cmdline, initrd: rd })
          : virtDeviceTree({
            memoryBytes: this.mem.ramBytes, cpus: this.cpus.length, gic: this.gic.version, bootargs: this.cmdline,
            initrd: rd, kaslrSeed: this.kaslrSeed,
          }),
      });
    } catch (e) {
      if (e instanceof FdtError) throw new LoadError(`cannot use -dtb '${dtbPath}': ${e.message}`);
      if (e instanceof ImageError) throw new LoadError(`'${path}': ${e.message}`);
      if (e instanceof BootError) throw new LoadError(e.message); // names the kernel/initrd itself
      throw e;
    }
    for (const blob of boot.blobs) {
      if (!this.writePhys(BigInt(blob.start), blob.bytes)) throw new LoadError(`${blob.name} does not fit in RAM`);
      if (blob.name === 'dtb') this.dtb = blob.bytes;
    }
    this.code.dropAll();
    this.cpus[0].pc = boot.entryPc;
    this.bootSummary = boot.summary;
    this.boot = record;
  }

  /** Whether every segment of an ELF lies in RAM at its physical address. */
  private elfFitsRam(buf: Uint8Array): boolean {
    try {
      return parseElf(buf).segments.every((s) => this.mem.inRam(s.paddr, s.memSize));
    } catch {
      return false; // a segment beyond the physical map
    }
  }

  /**
   * An ELF `-kernel` as QEMU 7.2 takes it: segments at their physical addresses, the vCPU at the
   * entry with x0 = 0, no initrd, and QEMU's device tree at the base of RAM if it fits below the
   * ELF (elfDtbAddress). (A Linux vmlinux, linked at virtual addresses, does not come here:
   * loadKernelFile boots the Image it was made from.)
   */
  private loadElfKernel(path: string, buf: Uint8Array, initrdPath: string | undefined): void {
    if (initrdPath) throw new LoadError(`'${path}' is an ELF file: --initrd goes with an arm64 Image kernel`);
    let img;
    try {
      img = parseElf(buf);
      this.loadElf(buf);
    } catch (e) {
      if (e instanceof LoadError || e instanceof ElfError) throw new LoadError(`'${path}': ${e.message}`);
      throw e;
    }
    const low = Math.min(...img.segments.map((s) => s.paddr));
    const high = Math.max(...img.segments.map((s) => s.paddr + s.memSize));
    const dtb = virtDeviceTree({ memoryBytes: this.mem.ramBytes, cpus: this.cpus.length, gic: this.gic.version, bootargs: this.cmdline });
    const at = elfDtbAddress(RAM_BASE, low, high, dtb.length);
    if (at !== undefined && this.writePhys(BigInt(at), dtb)) this.dtb = dtb;
    this.bootSummary = `boot: ELF, entry 0x${img.entry.toString(16)}, loaded 0x${low.toString(16)}-0x${high.toString(16)}; ` +
      (this.dtb ? `device tree at 0x${at!.toString(16)} (x0 = 0, as QEMU)` : 'no device tree (no room below the ELF, as QEMU)');
  }

  /**
   * Asks run() to return { kind: 'exit', status, message } once `afterInstructions` more have
   * retired (0: as soon as the current exit is handled, e.g. a console watcher that saw what it
   * waited for stops right after the byte). Several requests are each returned, earliest first.
   */
  requestStop(message: string, status = 0, afterInstructions = 0): void {
    const at = this.instructions + afterInstructions;
    let k = this.stopRequests.length;
    while (k > 0 && this.stopRequests[k - 1].at > at) k--;
    this.stopRequests.splice(k, 0, { message, status, at });
  }

  /**
   * The guest reads the time (counter, a timer's TVAL/CTL, the RTC): a busy-wait on it lets
   * virtual time pass faster, up to the next deadline (src/machine/time-poll.ts). The vCPU then
   * ends its slice after the read (`mrs`: an MMIO read is an exit already), so the run loop
   * re-evaluates interrupts at the new time.
   */
  private timeRead(c: VCpu, mrs: boolean): void {
    if (!this.clock.deterministic) return;
    const r = c.r, now = this.clock.now();
    let skip = this.timePolls[c.index].onRead(r[PC], r[PC + 1], r[X30], r[X30 + 1], c.icount, now);
    if (skip <= 0) return;
    const dl = this.nextDeadline();
    if (dl !== undefined && now + skip > dl) skip = Math.max(0, dl - now);
    this.clock.skip(now + skip);
    this.polledNs += skip;
    if (mrs) c.endSlice = true;
  }

  /** Virtual ns that busy-waits on time skipped (timeRead). */
  polledNs = 0;

  /** Drives timer/RTC outputs and the CPU's interrupt signals from the current device state. */
  private updateInterrupts(): void {
    for (const t of this.timers) t.update();
    for (const p of this.pmus) p.update();
    this.rtc.update();
    for (const c of this.cpus) {
      c.irqLine = this.gic.irqPending(c.index);
      c.fiqLine = this.gic.fiqPending(c.index);
    }
  }

  /** The earliest virtual time (ns) at which a device will raise something by itself. */
  private nextDeadline(): number | undefined {
    let dl: number | undefined;
    for (const t of this.timers) {
      const d = t.nextDeadlineNs();
      if (d !== undefined && (dl === undefined || d < dl)) dl = d;
    }
    const rtc = this.rtc.nextMatchSeconds(); // seconds from now
    if (rtc !== undefined) {
      const d = this.clock.now() + Math.ceil(rtc * 1e9);
      if (dl === undefined || d < dl) dl = d;
    }
    return dl;
  }

  /** Runs vCPU 0 until the guest exits, faults, or the instruction bound is reached. */
  run(opts: RunOptions = {}): StopReason {
    const cpu = this.cpus[0];
    const limit = opts.maxInstructions ?? Infinity;
    const until = opts.sliceMs !== undefined ? performance.now() + opts.sliceMs : Infinity;
    this.endIdlePause(opts);
    try {
      for (;;) {
        this.flushConsole();
        if (performance.now() >= until) return { kind: 'pause', idle: false };
        const req = this.stopRequests[0];
        if (req !== undefined && this.instructions >= req.at) {
          this.stopRequests.shift();
          return { kind: 'exit', status: req.status, message: req.message };
        }
        this.uart.deliverInput();
        this.updateInterrupts();
        const left = limit - this.instructions;
        if (left <= 0) return { kind: 'limit', message: `instruction limit of ${limit} reached at pc 0x${cpu.pc.toString(16)}` };
        let budget = Math.min(SLICE, left);
        if (req !== undefined) budget = Math.max(1, Math.min(budget, req.at - this.instructions));
        const dl = this.nextDeadline();
        if (dl !== undefined && this.clock.deterministic) budget = Math.max(1, Math.min(budget, dl - this.clock.now()));
        // PMU (src/devices/pmu.ts): the slice ends where a counter may overflow, so its interrupt
        // arrives after that instruction. Counted in instructions, not time: it stays out of
        // nextDeadline(), which the WFI fast-forward skips virtual time to (a PMU counter does
        // not advance in WFI, so skipping to it would never reach it). While a BR_RETIRED or
        // MEM_ACCESS counter counts, instructions run one at a time, classified (runClassified).
        const pmu = this.pmus[0];
        const pmuLeft = pmu.instructionsToOverflow();
        if (pmuLeft !== undefined) budget = Math.max(1, Math.min(budget, pmuLeft));
        const res = pmu.classifying ? this.runClassified(cpu, pmu, budget, until)
          : until === Infinity ? cpu.run(budget) : this.runChunked(cpu, budget, until);
        if (res === BUDGET) continue;
        const outcome = this.handleExit(cpu);
        if (outcome.kind === 'resume') continue;
        if (outcome.kind === 'idle') {
          const stop = this.idle(cpu, opts);
          if (stop) return stop;
          continue;
        }
        if (outcome.kind === 'reset') {
          const stop = this.reset();
          if (stop.kind === 'exit') return stop;
          continue;
        }
        return outcome;
      }
    } finally {
      this.flushConsole();
    }
  }

  /**
   * vcpu.run() one instruction at a time, each classified for the PMU's BR_RETIRED and
   * MEM_ACCESS events first (the word at the PC, read through the MMU): only while such a
   * counter counts. It costs a page-table walk and a vCPU entry per instruction: bench.elf runs
   * at about 0.9 MIPS meanwhile (measured; the interpreter alone: 45-65 MIPS). An interrupt due
   * is taken first (as vcpu.run() would) so the instruction classified is the one that runs.
   * (gdb's single steps, Machine.step(), are not classified.) Returns BUDGET or EXIT as vcpu.run() does; an
   * exiting instruction is counted once the trap layer has completed it (Pmu.beginStep).
   */
  private runClassified(cpu: VCpu, pmu: Pmu, budget: number, until: number): number {
    for (let k = 0; k < budget; k++) {
      if ((k & 255) === 255 && until !== Infinity && performance.now() >= until) return BUDGET;
      if ((cpu.irqLine || cpu.fiqLine) && !cpu.noIrq) cpu.checkInterrupts(); // (it checks the masks)
      pmu.beginStep(classifyInstruction(cpu.currentWord()));
      const res = cpu.run(1);
      if (res !== BUDGET) return res;
    }
    return BUDGET;
  }

  /** The trap layer handles the vCPU's exit (inTrap tells the PMU's exception hook so). */
  private handleExit(cpu: VCpu): ReturnType<TrapLayer['handle']> {
    this.inTrap = true;
    try {
      return this.trap.handle(cpu);
    } finally {
      this.inTrap = false;
    }
  }

  /**
   * vcpu.run(budget) in chunks of about CHECK_MS, looking at the clock between them: returns at
   * an exit, with the budget spent, or at `until` with part of it left (BUDGET). A cut between
   * two chunks changes no device state (nothing exited), so nothing is re-evaluated there.
   */
  private runChunked(cpu: VCpu, budget: number, until: number): number {
    let t = performance.now();
    for (;;) {
      const chunk = Math.min(budget, this.checkEvery);
      const before = cpu.icount;
      const res = cpu.run(chunk);
      const now = performance.now(), done = cpu.icount - before, ms = now - t;
      // Fit the chunk to the vCPU's speed: shrink at once, grow while well under the target.
      if (ms > CHECK_MS) this.checkEvery = Math.max(MIN_CHECK, Math.min(this.checkEvery, Math.floor(done * CHECK_MS / ms)));
      else if (res === BUDGET && chunk === this.checkEvery && ms < CHECK_MS / 2) this.checkEvery = Math.min(MAX_CHECK, chunk * 2);
      budget -= done;
      if (res !== BUDGET || budget <= 0 || now >= until) return res;
      t = now;
    }
  }

  /**
   * Executes exactly one instruction of vCPU 0 for the debugger, taking no interrupt and
   * advancing no timer first (QEMU's default NOIRQ|NOTIMER), unless `withInterrupts`. An
   * instruction that exits to the hypervisor (MMIO, PSCI...) is completed by the trap layer.
   */
  step(withInterrupts = false): StopReason {
    const cpu = this.cpus[0];
    this.holdIdle(); // a vCPU stopped in WFI leaves it by stepping (the time slept counted)
    this.idlePause = undefined;
    if (withInterrupts) this.updateInterrupts();
    cpu.noIrq = !withInterrupts;
    try {
      const before = this.instructions;
      const res = cpu.run(1);
      if (res !== BUDGET) {
        const outcome = this.handleExit(cpu);
        if (outcome.kind === 'idle' || outcome.kind === 'resume') return { kind: 'debug', event: 'step' };
        if (outcome.kind === 'reset') return this.reset();
        if (outcome.kind === 'debug' && outcome.event === 'breakpoint' && this.instructions === before) {
          // A breakpoint on the instruction being stepped: stepping executes it (gdb removes
          // breakpoints before it steps, but a hardware-debugging IDE may not).
          return this.stepOver(cpu);
        }
        return outcome;
      }
      return { kind: 'debug', event: 'step' };
    } finally {
      cpu.noIrq = false;
      this.flushConsole();
    }
  }

  private stepOver(cpu: VCpu): StopReason {
    const pc = cpu.pc;
    cpu.removeBreakpoint(pc);
    try {
      return this.step();
    } finally {
      cpu.addBreakpoint(pc);
    }
  }

  // ---- snapshots (src/snapshot/) ----------------------------------------------------------------

  /**
   * Every piece of state a snapshot holds besides RAM, in restore order: the vCPUs (their
   * instruction counts drive the clock), the clock (timers and RTC read it), each device on the
   * bus, each vCPU's timer and PMU (a device re-drives its interrupt lines from its restored state),
   * then the board's own. Each part saves and checks its own state: this list is all the machine
   * knows of them, so a device added to `devices` is in every snapshot.
   */
  stateParts(): StatePart[] {
    return [
      ...this.cpus.map((c): StatePart => ({ name: `cpu${c.index}`, save: () => saveCpu(c), restore: (s) => restoreCpu(c, s) })),
      { name: 'clock', save: () => this.clock.save(), restore: (s) => this.clock.restore(s) },
      ...this.devices.filter((d) => !d.stateless).map((d): StatePart => ({ name: d.name, save: () => d.save(), restore: (s) => d.restore(s) })),
      ...this.timers.map((t, k): StatePart => ({ name: `timer${k}`, save: () => t.save(), restore: (s) => t.restore(s) })),
      ...this.timePolls.map((p, k): StatePart => ({ name: `timePoll${k}`, save: () => p.save(), restore: (s) => p.restore(s) })),
      ...this.pmus.map((p, k): StatePart => ({ name: `pmu${k}`, save: () => p.save(), restore: (s) => p.restore(s) })),
      {
        name: 'board',
        save: () => ({ quietIdleNs: this.quietIdleNs }),
        restore: (s) => { this.quietIdleNs = stateInt(stateObject(s, 'board'), 'quietIdleNs', Number.MAX_SAFE_INTEGER, 'board'); },
      },
    ];
  }

  /**
   * Makes the machine ready to be saved: console output handed on, and a vCPU idling in WFI for
   * the host takes the wall time slept so far (as when gdb stops it), so the state is one point.
   */
  quiesce(): void {
    this.flushConsole();
    this.holdIdle();
    const p = this.idlePause;
    if (p?.heldNs !== undefined) { this.quietIdleNs += p.heldNs; p.heldNs = 0; }
  }

  /** After the state parts and RAM were restored: host-side run state cleared, lines re-driven. */
  afterRestore(boot: BootRecord | undefined): void {
    // Decoded code stays where RAM kept its bytes (the restore dropped the pages it changed).
    this.idlePause = undefined;
    this.loggedUndef.clear(); // logged once per run from the restored point, as a new machine would
    this.stopRequests = [];
    this.pending = [];
    this.boot = boot;
    this.lastBoot = boot && { path: boot.kernel.path, initrdPath: boot.initrd?.path, append: boot.append, dtbPath: boot.dtb?.path };
    if (boot?.append !== undefined) this.cmdline = boot.append;
    this.updateInterrupts();
  }

  /** PSCI SYSTEM_RESET: a power cycle, as QEMU does, or the end of the run with -no-reboot. */
  private reset(): StopReason {
    if (this.noReboot || !this.lastBoot) return { kind: 'exit', status: 0, message: 'the guest reset the machine (PSCI SYSTEM_RESET); -no-reboot: exiting' };
    this.flushConsole();
    this.reboot();
    return { kind: 'debug', event: 'step' };
  }

  /**
   * WFI: wake on a pending interrupt (masked or not) or on console input the UART takes now;
   * otherwise let virtual time pass to the next deadline: at once (deterministic), or by
   * returning to a host that sleeps (opts.idleSleeps, or a real-time clock).
   */
  private idle(cpu: VCpu, opts: RunOptions): StopReason | undefined {
    this.uart.deliverInput(true);
    this.updateInterrupts();
    if (this.gic.irqPending(cpu.index) || this.gic.fiqPending(cpu.index)) return undefined;
    const quiet = this.noteQuiet(0, opts);
    if (quiet) return quiet;
    const dl = this.nextDeadline();
    const inputOpen = opts.inputOpen ?? false;
    if (dl === undefined && !inputOpen) {
      return { kind: 'fault', message: `the guest waits for an interrupt (WFI at pc 0x${(cpu.pc - 4n).toString(16)}) and nothing is armed to raise one` };
    }
    const hostSleeps = opts.idleSleeps?.() ?? false;
    if (dl === undefined || hostSleeps || (!this.clock.deterministic && opts.sliceMs !== undefined)) {
      this.idlePause = { wallMs: performance.now(), ns: this.clock.now(), deadline: dl };
      return { kind: 'pause', idle: true, wakeAtNs: dl };
    }
    if (this.clock.deterministic) {
      const skipped = this.clock.skip(dl);
      return this.noteQuiet(skipped, opts);
    }
    const waitMs = Math.max(0, (dl - this.clock.now()) / 1e6);
    if (waitMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(waitMs, 100));
    return undefined;
  }

  /** Back from an idle pause: the wall time the host slept passes in virtual time (to the deadline). */
  private endIdlePause(opts: RunOptions): void {
    const p = this.idlePause;
    if (!p) return;
    this.idlePause = undefined;
    if (p.heldNs !== undefined) { this.noteQuiet(p.heldNs, opts); return; }
    if (!this.clock.deterministic) return; // a real-time clock moved by itself
    this.noteQuiet(this.clock.skip(this.idleTarget(p)), opts);
  }

  /** Where virtual time stands after an idle pause that began at `p`: the wall time slept, up to the deadline. */
  private idleTarget(p: { wallMs: number; ns: number; deadline: number | undefined }): number {
    const target = p.ns + Math.max(0, Math.round((performance.now() - p.wallMs) * 1e6));
    return p.deadline !== undefined && target > p.deadline ? p.deadline : target;
  }

  /**
   * The vCPU sits in WFI: it idled, run() returned so the host could sleep, and it has not run
   * since (QEMU's cpu->halted, which its gdbstub shows as `[halted ]`). Only vCPU 0 runs today.
   */
  inWfi(cpuIndex: number): boolean {
    return cpuIndex === 0 && this.idlePause !== undefined;
  }

  /**
   * The host stops the machine during an idle pause (a debugger's Ctrl-C): virtual time takes the
   * wall time slept so far and then stands still however long the machine stays stopped; the
   * vCPU stays in WFI (inWfi) until run() is called again.
   */
  holdIdle(): void {
    const p = this.idlePause;
    if (!p || p.heldNs !== undefined) return;
    p.heldNs = this.clock.deterministic ? this.clock.skip(this.idleTarget(p)) : 0;
  }

  /**
   * The host ends an idle pause letting no wall time pass in virtual time: a scripted run that
   * moves the clock itself (a64dbg run) stays deterministic however long it took to decide.
   */
  settleIdle(): void {
    const p = this.idlePause;
    if (p && p.heldNs === undefined) p.heldNs = 0;
  }

  /** Counts idle virtual time once input has ended and been consumed (opts.endWhenIdle). */
  private noteQuiet(idledNs: number, opts: RunOptions): StopReason | undefined {
    const end = opts.endWhenIdle;
    if (!end || (opts.inputOpen ?? false) || !this.uart.inputDrained) { this.quietIdleNs = 0; return undefined; }
    this.quietIdleNs += idledNs;
    if (this.quietIdleNs < end.afterNs) return undefined;
    return {
      kind: 'exit', status: end.status,
      message: `console input ended and the guest then idled ${(end.afterNs / 1e9).toFixed(1)} s of virtual time with no output; ending the run`,
    };
  }
}
