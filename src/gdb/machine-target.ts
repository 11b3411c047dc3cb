// The DebugTarget (src/gdb/target.ts) over the real machine: registers through GDB_REGISTERS,
// memory through the vCPU's current translation regime without faulting the guest (or
// physically with `monitor phys on`), single-step, and the run control the CLI's console loop
// drives; of the optional groups, threads (one per vCPU), breakpoints and watchpoints (kept in
// the emulator: guest memory is never patched), monitor commands (snapshots among them:
// `monitor savevm FILE`, `monitor loadvm FILE`) and the kernel's symbols from its kallsyms, which
// gdb with no file of its own loads through vFile (src/gdb/kernel-symbols.ts, issue #16).

import type {
  BreakpointOps, DebugTarget, ExecFileOps, MonitorOps, ResumeAction, StopReason as GdbStop, ThreadOps, WatchpointOps,
} from './target.ts';
import { KALLSYMS_FILE_NAME, KernelSymbols } from './kernel-symbols.ts';
import { writeFileAtomic } from '../snapshot/atomic-file.ts';
import { GDB_REGISTERS } from './target.ts';
import type { Machine } from '../machine/machine.ts';
import type { StopReason } from '../hyp/trap.ts';
import type { VCpu } from '../cpu/vcpu.ts';
import { translate, ACC_READ, tFault, tPaLo, tPaHi } from '../cpu/mmu.ts';
import { currentSpsr } from '../cpu/exceptions.ts';
import { SYSREGS, readSysreg, writeSysreg, sysregIndex, sysLo, sysHi } from '../cpu/sysregs.ts';
import { PC, SP, SP_EL0, SP_EL1, SPSEL, CUREL, DAIF, NZCV, FPSR, FPCR, VREGS } from '../cpu/regs.ts';
import { RAM_BASE } from '../memory/layout.ts';
import { SnapshotFileError, readSnapshot, restoreSnapshot, saveSnapshot } from '../snapshot/snapshot.ts';

const SIGINT = 2;
const SIGTRAP = 5;

/** monitor catch events: the kernel function each one enters first (a BUG() oopses through die). */
const CATCH_EVENTS: Record<string, string> = { panic: 'panic', oops: 'die', warn: '__warn' };

export interface MachineTargetHooks {
  /** Reboot the guest from its kernel files (monitor reset). */
  reset(): void;
  /** End the emulator (kill, monitor quit). */
  quit(status: number): void;
  /** Turn the trap trace on or off (monitor trace traps on|off). */
  setTrace(on: boolean): void;
}

export class MachineDebugTarget implements DebugTarget, ThreadOps, BreakpointOps, WatchpointOps, MonitorOps, ExecFileOps {
  readonly threads: ThreadOps = this;
  readonly breakpoints: BreakpointOps = this;
  readonly watchpoints: WatchpointOps = this;
  readonly monitor: MonitorOps = this;
  readonly execFile: ExecFileOps = this;
  private readonly kernelSymbols: KernelSymbols;
  private isHalted: boolean;
  private pending: ((stop: GdbStop) => void) | undefined;
  private wakeRunner: (() => void) | undefined;
  private interruptRequested = false;
  /** monitor phys on: memory accesses use physical addresses. */
  private phys = false;
  /** monitor sstep: single steps may take interrupts and advance timers. */
  private stepWithInterrupts = false;
  private lastExit: GdbStop | undefined;

  constructor(private readonly machine: Machine, private readonly hooks: MachineTargetHooks, startHalted: boolean) {
    this.isHalted = startHalted;
    this.kernelSymbols = new KernelSymbols(machine.mem, (va, len) => {
      const saved = this.phys; // kernel text by its virtual address even under `monitor phys on`
      this.phys = false;
      try { return this.readMemory(1, va, len); } finally { this.phys = saved; }
    });
  }

  /** Why there are no kernel symbols (yet), or undefined when there are. */
  symbolsStatus(): string | undefined { return this.kernelSymbols.status(); }

  /** "N symbols from the kernel's kallsyms (...)", once there are some. */
  symbolsSummary(): string {
    const list = this.kernelSymbols.list() ?? [];
    return `${list.length} symbols from the kernel's kallsyms (guest-physical 0x${(this.kernelSymbols.tablesAt() ?? 0n).toString(16)}, ` +
      `lowest 0x${(list[0]?.address ?? 0n).toString(16)})`;
  }

  /** The kernel's symbols as an ELF file, once the kernel has relocated itself (gdb asks at connect). */
  servedFile(): { name: string; data: Uint8Array } | undefined {
    const data = this.kernelSymbols.file();
    return data ? { name: KALLSYMS_FILE_NAME, data } : undefined;
  }

  get threadCount(): number { return this.machine.cpus.length; }

  private cpu(tid: number): VCpu | undefined {
    return this.machine.cpus[tid - 1];
  }

  /** As QEMU 7.2's gdbstub: `CPU#<cpu index> [running]`, or `[halted ]` while the vCPU sits in WFI. */
  threadName(tid: number): string {
    return `CPU#${tid - 1} [${this.machine.inWfi(tid - 1) ? 'halted ' : 'running'}]`;
  }

  regCount(): number { return GDB_REGISTERS.length; }

  readRegister(tid: number, regno: number): Uint8Array | undefined {
    const cpu = this.cpu(tid), reg = GDB_REGISTERS[regno];
    if (!cpu || !reg) return undefined;
    const r = cpu.r;
    const out = new Uint8Array(reg.bits / 8);
    const dv = new DataView(out.buffer);
    const put64 = (lo: number, hi: number): Uint8Array => { dv.setInt32(0, lo, true); dv.setInt32(4, hi, true); return out; };
    if (regno <= 30) return put64(r[regno * 2], r[regno * 2 + 1]);
    switch (reg.name) {
      case 'sp': return put64(r[SP], r[SP + 1]);
      case 'pc': return put64(r[PC], r[PC + 1]);
      case 'cpsr': dv.setInt32(0, currentSpsr(r), true); return out;
      case 'fpsr': dv.setInt32(0, r[FPSR], true); return out;
      case 'fpcr': dv.setInt32(0, r[FPCR], true); return out;
    }
    if (/^v\d+$/.test(reg.name)) {
      const base = VREGS + 4 * Number(reg.name.slice(1));
      for (let k = 0; k < 4; k++) dv.setInt32(4 * k, r[base + k], true);
      return out;
    }
    const [lo, hi] = this.readSys(cpu, reg.name) ?? [];
    if (lo === undefined || hi === undefined) return undefined;
    return put64(lo, hi);
  }

  /** A system register by name as a 64-bit (lo, hi) pair, the banked SPs included. */
  private readSys(cpu: VCpu, name: string): [number, number] | undefined {
    const r = cpu.r;
    const liveIsEl1 = r[CUREL] === 1 && r[SPSEL] === 1;
    switch (name) {
      case 'SP_EL0': return liveIsEl1 ? [r[SP_EL0], r[SP_EL0 + 1]] : [r[SP], r[SP + 1]];
      case 'SP_EL1': return liveIsEl1 ? [r[SP], r[SP + 1]] : [r[SP_EL1], r[SP_EL1 + 1]];
      case 'CurrentEL': return [r[CUREL] << 2, 0];
      case 'DAIF': return [r[DAIF], 0];
    }
    let index: number;
    try { index = sysregIndex(name); } catch { return undefined; }
    if (SYSREGS[index].writeOnly || !readSysreg(cpu, index)) return undefined;
    return [sysLo(), sysHi()];
  }

  writeRegister(tid: number, regno: number, bytes: Uint8Array): boolean {
    const cpu = this.cpu(tid), reg = GDB_REGISTERS[regno];
    if (!cpu || !reg || bytes.length !== reg.bits / 8) return false;
    const r = cpu.r;
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const lo = dv.getInt32(0, true), hi = bytes.length >= 8 ? dv.getInt32(4, true) : 0;
    const set64 = (slot: number): boolean => { r[slot] = lo; r[slot + 1] = hi; return true; };
    if (regno <= 30) return set64(regno * 2);
    switch (reg.name) {
      case 'sp': return set64(SP);
      case 'pc': cpu.tlb.flushAll(); return set64(PC);
      case 'cpsr':
        r[NZCV] = (lo >>> 28) & 15; r[DAIF] = lo & 0x3c0;
        return true; // the mode (EL, SPSel) is not changed from the debugger
      case 'fpsr': r[FPSR] = lo; return true;
      case 'fpcr': r[FPCR] = lo; return true;
    }
    if (/^v\d+$/.test(reg.name)) {
      const base = VREGS + 4 * Number(reg.name.slice(1));
      for (let k = 0; k < 4; k++) r[base + k] = dv.getInt32(4 * k, true);
      return true;
    }
    const liveIsEl1 = r[CUREL] === 1 && r[SPSEL] === 1;
    if (reg.name === 'SP_EL0') return set64(liveIsEl1 ? SP_EL0 : SP);
    if (reg.name === 'SP_EL1') return set64(liveIsEl1 ? SP : SP_EL1);
    if (reg.name === 'CurrentEL') return false;
    if (reg.name === 'DAIF') { r[DAIF] = lo & 0x3c0; return true; }
    let index: number;
    try { index = sysregIndex(reg.name); } catch { return false; }
    if (SYSREGS[index].readOnly || !writeSysreg(cpu, index, lo, hi)) return false;
    if (SYSREGS[index].mmu) cpu.tlb.flushAll();
    return true;
  }

  /** Physical address of VA for the debugger (no fault is delivered to the guest), or undefined. */
  private toPhys(cpu: VCpu, va: bigint): bigint | undefined {
    if (this.phys) return va;
    const lo = Number(va & 0xffffffffn) | 0, hi = Number((va >> 32n) & 0xffffffffn) | 0;
    translate(cpu.r, cpu.dv, cpu.ramEnd, lo, hi, ACC_READ, cpu.r[CUREL], true);
    if (tFault !== 0) return undefined;
    return (BigInt(tPaHi >>> 0) << 32n) | BigInt(tPaLo >>> 0);
  }

  readMemory(tid: number, addr: bigint, len: number): Uint8Array | undefined {
    const cpu = this.cpu(tid);
    if (!cpu || len < 0 || addr < 0n) return undefined;
    const out = new Uint8Array(len);
    for (let done = 0; done < len;) {
      const va = addr + BigInt(done);
      const chunk = Math.min(len - done, 0x1000 - Number(va & 0xfffn));
      const pa = this.toPhys(cpu, va);
      const bytes = pa === undefined ? undefined : this.machine.readPhys(pa, chunk);
      if (!bytes) return done === 0 ? undefined : out.subarray(0, done);
      out.set(bytes, done);
      done += chunk;
    }
    return out;
  }

  writeMemory(tid: number, addr: bigint, data: Uint8Array): boolean {
    const cpu = this.cpu(tid);
    if (!cpu) return false;
    for (let done = 0; done < data.length;) {
      const va = addr + BigInt(done);
      const chunk = Math.min(data.length - done, 0x1000 - Number(va & 0xfffn));
      const pa = this.toPhys(cpu, va);
      if (pa === undefined || !this.machine.writePhys(pa, data.subarray(done, done + chunk))) return false;
      done += chunk;
    }
    return true;
  }

  insertBreakpoint(_type: 'sw' | 'hw', addr: bigint): boolean {
    for (const c of this.machine.cpus) c.addBreakpoint(addr);
    return true;
  }

  removeBreakpoint(_type: 'sw' | 'hw', addr: bigint): boolean {
    let ok = false;
    for (const c of this.machine.cpus) ok = c.removeBreakpoint(addr) || ok;
    if (this.catches.has(addr)) for (const c of this.machine.cpus) c.addBreakpoint(addr); // a catch point stays
    return ok;
  }

  // ---- catch points on kernel events (monitor catch, issue #16) --------------------------------

  /** Catch points: the kernel function's address -> the event it stands for. */
  private readonly catches = new Map<bigint, string>();
  /** The last catch point hit: event, address, instruction count. */
  private lastCatch: string | undefined;

  /** monitor catch [EVENT... | delete [EVENT...]]: list, add or remove catch points. */
  private catchCommand(args: string[]): string {
    if (args.length === 0) {
      const list = [...this.catches].map(([a, e]) => `  ${e}: ${CATCH_EVENTS[e]} at 0x${a.toString(16)}`);
      return (list.length ? `catch points:\n${list.join('\n')}\n` : 'no catch points\n') +
        (this.lastCatch ? `last hit: ${this.lastCatch}\n` : '') +
        `events: ${Object.keys(CATCH_EVENTS).join(', ')} (the kernel's ${Object.values(CATCH_EVENTS).join(', ')}, found in its kallsyms)\n`;
    }
    const remove = args[0] === 'delete';
    const events = remove ? (args.length > 1 ? args.slice(1) : [...new Set(this.catches.values())]) : args;
    const bad = events.filter((e) => !(e in CATCH_EVENTS));
    if (bad.length) return `unknown event ${bad.join(', ')}: ${Object.keys(CATCH_EVENTS).join(', ')}\n`;
    if (remove) {
      for (const [a, e] of [...this.catches]) {
        if (!events.includes(e)) continue;
        this.catches.delete(a);
        for (const c of this.machine.cpus) c.removeBreakpoint(a);
      }
      return `catch points removed: ${events.join(', ')}\n`;
    }
    const list = this.kernelSymbols.list();
    if (!list) return `no kernel symbols: ${this.kernelSymbols.status()}\n`;
    const out: string[] = [];
    for (const e of events) {
      const sym = list.find((x) => x.name === CATCH_EVENTS[e] && /[tTwW]/.test(x.type));
      if (!sym) { out.push(`${e}: no ${CATCH_EVENTS[e]} in this kernel's symbols`); continue; }
      this.catches.set(sym.address, e);
      for (const c of this.machine.cpus) c.addBreakpoint(sym.address);
      out.push(`catch ${e}: stops on entry to ${CATCH_EVENTS[e]} (0x${sym.address.toString(16)})`);
    }
    return out.join('\n') + '\n';
  }

  /** The catch point at the vCPU's PC, if any. */
  private catchAt(cpu: VCpu): string | undefined {
    return this.catches.get(cpu.pc);
  }

  insertWatchpoint(type: 'watch' | 'rwatch' | 'awatch', addr: bigint, len: number): boolean {
    if (len <= 0) return false;
    for (const c of this.machine.cpus) c.addWatchpoint(addr, len, type === 'watch' ? 0 : type === 'rwatch' ? 1 : 2);
    return true;
  }

  removeWatchpoint(type: 'watch' | 'rwatch' | 'awatch', addr: bigint, len: number): boolean {
    let ok = false;
    for (const c of this.machine.cpus) ok = c.removeWatchpoint(addr, len, type === 'watch' ? 0 : type === 'rwatch' ? 1 : 2) || ok;
    return ok;
  }

  resume(actions: ResumeAction[]): Promise<GdbStop> {
    if (this.lastExit) return Promise.resolve(this.lastExit);
    const step = actions.find((a) => a.action === 'step');
    if (step) {
      const tid = step.tid === 'all' ? 1 : step.tid;
      return Promise.resolve(this.fromMachine(this.machine.step(this.stepWithInterrupts), tid));
    }
    // Stopped at a catch point: run its instruction first (it is a breakpoint gdb knows nothing of).
    if (this.catchAt(this.machine.cpus[0])) {
      const s = this.machine.step(this.stepWithInterrupts);
      if (s.kind !== 'debug' || s.event !== 'step') return Promise.resolve(this.fromMachine(s));
    }
    return new Promise((resolve) => {
      this.pending = resolve;
      this.isHalted = false;
      this.wakeRunner?.();
    });
  }

  interrupt(): void {
    this.interruptRequested = true;
    this.wakeRunner?.();
    this.onInterrupt?.();
  }

  /** Set by a runner that sleeps while the guest idles: gdb's Ctrl-C must wake it. */
  onInterrupt: (() => void) | undefined;

  halted(): boolean { return this.isHalted; }

  detach(): void {
    this.pending = undefined;
    this.isHalted = false;
    this.wakeRunner?.();
  }

  kill(): void { this.hooks.quit(0); }

  monitorCommand(cmd: string): Promise<string> | string | undefined {
    const words = cmd.trim().split(/\s+/);
    const cpu = this.machine.cpus[0];
    switch (words[0]) {
      case 'help':
        return 'a64dbg monitor commands:\n  info version | info registers | info mmu | translate VA\n' +
          '  reset [run|halt] | halt | quit | sstep [on|off] | phys [on|off] | trace traps on|off\n' +
          '  savevm FILE | loadvm FILE   (the whole machine to or from a snapshot file)\n' +
          '  symbols [FILE]   (the kernel\'s kallsyms: how many; with FILE, written as an ELF symbol file)\n' +
          '  catch [panic|oops|warn ...] | catch delete [EVENT...]   (stop when the kernel panics, oopses or WARNs)\n';
      case 'catch': return this.catchCommand(words.slice(1));
      case 'symbols': {
        const why = this.kernelSymbols.status();
        if (why) return `no kernel symbols: ${why}\n`;
        const file = cmd.trim().slice(words[0].length).trim();
        const where = this.symbolsSummary();
        if (!file) return `${where}; gdb with no file of its own reads them as ${KALLSYMS_FILE_NAME} when it connects\n`;
        try { writeFileAtomic(file, [this.kernelSymbols.file()!]); } catch (e) { return `cannot write ${file}: ${(e as Error).message}\n`; }
        return `${where} written to ${file} (gdb: symbol-file ${file})\n`;
      }
      case 'savevm': case 'loadvm': {
        const file = cmd.trim().slice(words[0].length).trim();
        if (!file) return `usage: ${words[0]} FILE\n`;
        return words[0] === 'savevm' ? this.saveVm(file) : this.loadVm(file);
      }
      case 'info':
        if (words[1] === 'version') return 'a64dbg 0.1.0 (AArch64 interpreter, QEMU virt board)\n';
        if (words[1] === 'registers') return this.registersText(cpu);
        if (words[1] === 'mmu') return this.mmuText(cpu);
        return undefined;
      case 'translate': {
        if (!words[1]) return 'usage: translate VA\n';
        let va: bigint;
        try { va = BigInt(words[1]); } catch { return `bad address ${words[1]}\n`; }
        const saved = this.phys;
        this.phys = false;
        const pa = this.toPhys(cpu, va);
        this.phys = saved;
        return pa === undefined ? `0x${va.toString(16)}: not mapped (fault 0x${tFault.toString(16)})\n` : `0x${va.toString(16)} -> 0x${pa.toString(16)}\n`;
      }
      case 'reset':
        this.lastExit = undefined;
        this.hooks.reset();
        return 'reset\n';
      case 'halt':
        if (!this.isHalted) this.interrupt();
        return '';
      case 'quit':
        this.hooks.quit(0);
        return '';
      case 'sstep':
        if (words[1] === 'on' || words[1] === 'off') this.stepWithInterrupts = words[1] === 'on';
        return `single-step ${this.stepWithInterrupts ? 'takes interrupts and timers' : 'takes no interrupt (NOIRQ|NOTIMER)'}\n`;
      case 'phys':
        if (words[1] === 'on' || words[1] === 'off') this.phys = words[1] === 'on';
        return `memory accesses use ${this.phys ? 'physical' : 'virtual'} addresses\n`;
      case 'trace':
        if (words[1] === 'traps' && (words[2] === 'on' || words[2] === 'off')) {
          this.hooks.setTrace(words[2] === 'on');
          return `trap trace ${words[2]}\n`;
        }
        return 'usage: trace traps on|off\n';
      default:
        return undefined;
    }
  }

  /** monitor savevm FILE: the machine as it stands (halted under gdb) into a snapshot file. */
  private async saveVm(file: string): Promise<string> {
    try {
      const { bytes } = await saveSnapshot(this.machine, file);
      return `saved ${file}: ${(bytes / 2 ** 20).toFixed(1)} MiB at instruction ${this.machine.instructions}, pc 0x${this.machine.cpus[0].pc.toString(16)}\n`;
    } catch (e) {
      throw new Error(`cannot save '${file}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }

  /**
   * monitor loadvm FILE: the machine back to a snapshot; breakpoints and watchpoints stay. gdb
   * keeps the registers and memory it has read: they are stale until it reads them again.
   */
  private async loadVm(file: string): Promise<string> {
    try {
      restoreSnapshot(this.machine, await readSnapshot(file));
    } catch (e) {
      if (e instanceof SnapshotFileError) throw new Error(e.message);
      throw e;
    }
    this.lastExit = undefined;
    return `restored ${file}: instruction ${this.machine.instructions}, pc 0x${this.machine.cpus[0].pc.toString(16)}\n` +
      '(gdb still shows what it read before: `maintenance flush register-cache` rereads registers and memory)\n';
  }

  private registersText(cpu: VCpu): string {
    const r = cpu.r, lines: string[] = [];
    const h = (lo: number, hi: number): string => `0x${(BigInt(hi >>> 0) << 32n | BigInt(lo >>> 0)).toString(16).padStart(16, '0')}`;
    for (let k = 0; k < 31; k += 2) lines.push(`x${k}=${h(r[2 * k], r[2 * k + 1])}` + (k + 1 < 31 ? ` x${k + 1}=${h(r[2 * k + 2], r[2 * k + 3])}` : ''));
    lines.push(`sp=${h(r[SP], r[SP + 1])} pc=${h(r[PC], r[PC + 1])} pstate=0x${(currentSpsr(r) >>> 0).toString(16)} EL${r[CUREL]}${r[SPSEL] ? 'h' : 't'}`);
    for (const name of ['SCTLR_EL1', 'TCR_EL1', 'TTBR0_EL1', 'TTBR1_EL1', 'VBAR_EL1', 'ESR_EL1', 'FAR_EL1', 'ELR_EL1', 'SPSR_EL1']) {
      const v = this.readSys(cpu, name);
      if (v) lines.push(`${name}=${h(v[0], v[1])}`);
    }
    return lines.join('\n') + '\n';
  }

  private mmuText(cpu: VCpu): string {
    const v = (n: string): string => { const x = this.readSys(cpu, n); return x ? `0x${(BigInt(x[1] >>> 0) << 32n | BigInt(x[0] >>> 0)).toString(16)}` : '?'; };
    const sctlr = this.readSys(cpu, 'SCTLR_EL1');
    return `MMU ${sctlr && (sctlr[0] & 1) ? 'on' : 'off'}; TCR_EL1=${v('TCR_EL1')} TTBR0_EL1=${v('TTBR0_EL1')} TTBR1_EL1=${v('TTBR1_EL1')} ` +
      `MAIR_EL1=${v('MAIR_EL1')}; 4 KiB granule; RAM at 0x${RAM_BASE.toString(16)}\n`;
  }

  /** Maps a machine stop to a gdb stop for thread `tid`. */
  private fromMachine(stop: StopReason, tid = 1): GdbStop {
    switch (stop.kind) {
      case 'debug':
        if (stop.event === 'breakpoint') return { kind: 'breakpoint', thread: tid, type: 'sw' };
        if (stop.event === 'watchpoint') return { kind: 'watchpoint', thread: tid, type: stop.watch ?? (stop.write ? 'watch' : 'rwatch'), address: stop.address ?? 0n };
        return { kind: 'signal', signal: SIGTRAP, thread: tid };
      case 'exit': this.lastExit = { kind: 'exited', status: stop.status }; return this.lastExit;
      case 'fault': case 'limit': this.lastExit = { kind: 'terminated', signal: 11 }; return this.lastExit;
      default: return { kind: 'signal', signal: SIGTRAP, thread: tid };
    }
  }

  // ---- the runner side (the CLI's console loop) -------------------------------------------------

  /** The runner must not run the guest now; resolves when gdb resumes it (or detaches). */
  waitForResume(): Promise<void> {
    if (!this.isHalted) return Promise.resolve();
    return new Promise((r) => { this.wakeRunner = () => { if (!this.isHalted || this.interruptRequested) { this.wakeRunner = undefined; r(); } }; });
  }

  /** Called by the runner between slices: a pending Ctrl-C halts the guest. */
  takeInterrupt(): boolean {
    if (!this.interruptRequested) return false;
    this.interruptRequested = false;
    if (!this.isHalted) this.stopped({ kind: 'signal', signal: SIGINT, thread: 1 });
    return true;
  }

  /** The guest stopped for the debugger (or ended): halt and answer gdb's pending resume. */
  stopped(stop: GdbStop): void {
    this.isHalted = true;
    const p = this.pending;
    this.pending = undefined;
    p?.(stop);
  }

  /** Runner: a machine stop while running under the debugger. Returns true if it was for gdb. */
  machineStopped(stop: StopReason): boolean {
    const cpu = this.machine.cpus[0];
    const caught = stop.kind === 'debug' && stop.event === 'breakpoint' ? this.catchAt(cpu) : undefined;
    if (caught) {
      // A catch point: gdb sees a SIGTRAP where it has no breakpoint (and stays stopped there).
      this.lastCatch = `${caught} (${CATCH_EVENTS[caught]}) at instruction ${this.machine.instructions}`;
      this.stopped({ kind: 'signal', signal: SIGTRAP, thread: 1 });
      return true;
    }
    if (stop.kind === 'debug') { this.stopped(this.fromMachine(stop)); return true; }
    if (this.pending) { this.stopped(this.fromMachine(stop)); return false; }
    return false;
  }
}
