// The EL2-style trap layer: every vCPU exit comes here with its ESR_EL2-style syndrome and is
// dispatched on EC in this one place — device MMIO from stage-2 data aborts, semihosting, WFx,
// and whatever the guest cannot continue from. `--trace traps` logs each exit and its outcome.

import {
  EC_UNKNOWN, EC_WFX, EC_DABT_LOW, EC_HLT, EC_SYS64, EC_HVC64, EC_IABT_LOW, EC_SYSREG_CHANGED, ISS_ISV,
  EC_BREAKPOINT, EC_WATCHPOINT,
  ecName, issSas, issSse, issSf, issSrt, issWnR,
} from '../cpu/syndrome.ts';
import type { PsciResult } from './psci.ts';
import { sysregName } from '../cpu/sysregs.ts';
import { semihostingCall, SEMIHOSTING_HLT_IMM, type SemihostingHost } from './semihosting.ts';
import type { VCpu } from '../cpu/vcpu.ts';
import { advancePc } from '../cpu/exceptions.ts';
import type { Device } from '../devices/device.ts';
import { ZR, VBAR_EL1 } from '../cpu/regs.ts';
import type { InterruptLog } from './int-log.ts';

export type StopReason =
  | { kind: 'exit'; status: number; message?: string }
  | { kind: 'fault'; message: string }
  | { kind: 'limit'; message: string }
  /** run() gave the host a turn (sliceMs elapsed, or the guest idles waiting for input). */
  | { kind: 'pause'; idle: boolean; wakeAtNs?: number }
  /**
   * A debugger event: breakpoint (PC at it), watchpoint (PC at the accessing instruction, which
   * has not executed; `address` and `watch` are the watchpoint's as gdb set it, `write` whether
   * the access matched it as a write), single step done.
   */
  | { kind: 'debug'; event: 'breakpoint' | 'watchpoint' | 'step'; address?: bigint; write?: boolean; watch?: 'watch' | 'rwatch' | 'awatch' };

/** `idle`: the vCPU executed WFI/WFE (already completed); the machine waits for an interrupt. */
export type TrapOutcome = StopReason | { kind: 'resume' } | { kind: 'idle' } | { kind: 'reset' };

const RESUME: TrapOutcome = { kind: 'resume' };
const IDLE: TrapOutcome = { kind: 'idle' };

export interface TrapHost extends SemihostingHost {
  findDevice(pa: number): Device | undefined;
  /** Called before an MMIO access is dispatched (banked GIC registers need the CPU). */
  beforeMmio?(cpu: VCpu): void;
  psci(cpu: VCpu, fn: bigint, args: [bigint, bigint, bigint]): PsciResult;
  trace?: (line: string) => void;
  /** `-d int`: exceptions in QEMU's log format (HVC and semihosting are logged here). */
  intLog?: InterruptLog;
  /** One-line diagnostics for the user (stderr). */
  log(line: string): void;
  /**
   * `--stop-on external-abort`: an access with nothing behind it stops the run (with the
   * message) instead of raising the guest's external abort.
   */
  stopOnExternalAbort?: boolean;
}

const hex = (v: bigint | number, digits = 16): string => '0x' + BigInt.asUintN(64, BigInt(v)).toString(16).padStart(digits, '0');

export class TrapLayer {
  constructor(private readonly host: TrapHost) {}

  handle(cpu: VCpu): TrapOutcome {
    switch (cpu.exitEc) {
      case EC_DABT_LOW: return this.mmio(cpu);
      case EC_HLT: return this.hlt(cpu);
      case EC_WFX:
        // WFE completes at once (one vCPU: no other PE to wait for; QEMU treats it as a yield).
        if (this.host.trace) this.trace(cpu, cpu.exitIss & 1 ? 'WFE' : 'WFI', cpu.exitIss & 1 ? 'resumed' : 'idle');
        skip(cpu);
        return cpu.exitIss & 1 ? RESUME : IDLE;
      case EC_HVC64: return this.hvc(cpu);
      case EC_BREAKPOINT:
        if (this.host.trace) this.trace(cpu, 'breakpoint', 'debugger');
        return { kind: 'debug', event: 'breakpoint' };
      case EC_WATCHPOINT: {
        const address = (BigInt(cpu.exitFarHi >>> 0) << 32n) | BigInt(cpu.exitFarLo >>> 0);
        if (this.host.trace) this.trace(cpu, `watchpoint ${hex(address)}`, 'debugger');
        const watch = cpu.points.hitKind === 0 ? 'watch' : cpu.points.hitKind === 1 ? 'rwatch' : 'awatch';
        return { kind: 'debug', event: 'watchpoint', address, write: issWnR(cpu.exitIss), watch };
      }
      case EC_SYSREG_CHANGED: return RESUME; // a timer/GIC register changed: interrupts re-evaluated
      case EC_UNKNOWN: {
        const word = cpu.exitInsn >>> 0;
        const name = cpu.decoder.nameOf(word);
        const why = name ? `${name} with reserved field values` : 'unallocated encoding';
        return this.fault(cpu, `undefined instruction ${hex(word, 8)} (${why}) at pc ${hex(cpu.pc)}`);
      }
      case EC_SYS64: {
        // An encoding no table knows: the guest gets UNDEFINED, the user gets one line per register.
        const iss = cpu.exitIss;
        const op0 = (iss >> 20) & 3, op2 = (iss >> 17) & 7, op1 = (iss >> 14) & 7, crn = (iss >> 10) & 15, crm = (iss >> 1) & 15;
        const key = (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
        if (!this.loggedSys.has(key)) {
          this.loggedSys.add(key);
          this.host.log(`guest ${iss & 1 ? 'read' : 'wrote'} unimplemented system register ${sysregName(key)} at pc ${hex(cpu.pc)}: UNDEFINED to the guest (logged once)`);
        }
        if (this.host.trace) this.trace(cpu, sysregName(key), 'UNDEFINED injected');
        cpu.injectUndefined();
        return RESUME;
      }
      case EC_IABT_LOW: {
        // A fetch from a physical address that is not RAM: the guest takes an external abort
        // (QEMU: a decode error, IFSC 0x10), unless the fetch is of an exception vector itself,
        // where that abort could only come back to the same vector forever: then the run stops
        // and says which exception led there.
        const far = (cpu.exitFarHi >>> 0) * 2 ** 32 + (cpu.exitFarLo >>> 0);
        const message = `guest executes from physical address ${hex(far)}, which is not RAM`;
        if (!atVector(cpu) && !this.host.stopOnExternalAbort) return this.externalAbort(cpu, `fetch from ${hex(far)}`);
        const le = cpu.lastException;
        let why = '';
        if (le.ec === EC_UNKNOWN) why = ` after the guest took an exception for undefined instruction ${hex(le.insn >>> 0, 8)} at pc ${hex((BigInt(le.elrHi >>> 0) << 32n) | BigInt(le.elrLo >>> 0))}`;
        else if (le.ec >= 0) why = ` after the guest took an exception (ESR ${hex(le.esr >>> 0, 8)}, ${ecName(le.ec)}) at pc ${hex((BigInt(le.elrHi >>> 0) << 32n) | BigInt(le.elrLo >>> 0))}`;
        return this.fault(cpu, message + why);
      }
      default: {
        const far = cpu.exitEc >= 0x20 && cpu.exitEc <= 0x25 ? ` far ${hex(cpu.exitInfo().far)}` : '';
        return this.fault(cpu, `unhandled ${ecName(cpu.exitEc)} exit (ISS ${hex(cpu.exitIss, 7)})${far} at pc ${hex(cpu.pc)}`);
      }
    }
  }

  private readonly loggedSys = new Set<number>();

  /** HVC: PSCI and SMCCC calls (function id in x0, arguments in x1..x3). */
  private hvc(cpu: VCpu): TrapOutcome {
    this.host.intLog?.hvc(cpu, cpu.exitIss);
    const fn = cpu.getX(0);
    const res = this.host.psci(cpu, fn, [cpu.getX(1), cpu.getX(2), cpu.getX(3)]);
    if (this.host.trace) this.trace(cpu, `HVC #${cpu.exitIss} fn=${hex(fn, 8)}`, res.kind === 'return' || res.kind === 'suspend' ? `x0 = ${hex(res.x0)}` : res.kind);
    switch (res.kind) {
      case 'return': cpu.setX(0, BigInt.asUintN(64, res.x0)); return RESUME;
      case 'suspend': cpu.setX(0, BigInt.asUintN(64, res.x0)); return IDLE;
      case 'systemOff': return { kind: 'exit', status: 0, message: 'the guest powered off (PSCI SYSTEM_OFF)' };
      case 'systemReset': return { kind: 'reset' };
      case 'cpuOff': return { kind: 'fault', message: 'the last running CPU powered itself off (PSCI CPU_OFF)' };
    }
  }

  /** Nothing answers the access: the guest takes a synchronous external abort (VCpu.injectExternalAbort). */
  private externalAbort(cpu: VCpu, what: string): TrapOutcome {
    if (this.host.trace) this.trace(cpu, what, 'external abort injected');
    cpu.injectExternalAbort();
    return RESUME;
  }

  private fault(cpu: VCpu, message: string): TrapOutcome {
    this.trace(cpu, ecName(cpu.exitEc), `stop: ${message}`);
    return { kind: 'fault', message };
  }

  private trace(cpu: VCpu, what: string, outcome: string): void {
    this.host.trace?.(`trap ${ecName(cpu.exitEc)} pc=${hex(cpu.pc)} ${what} -> ${outcome}`);
  }

  /** Stage-2 data abort on a non-RAM address: emulate the access on the device behind it. */
  private mmio(cpu: VCpu): TrapOutcome {
    const iss = cpu.exitIss;
    const pa = cpu.exitFarLo >>> 0;
    const dev = cpu.exitFarHi === 0 ? this.host.findDevice(pa) : undefined;
    this.host.beforeMmio?.(cpu);
    if (!dev) {
      const far = (cpu.exitFarHi >>> 0) * 2 ** 32 + pa;
      const what = `${cpu.exitWrite ? 'write to' : 'read from'} unmapped physical address ${hex(far)}`;
      if (this.host.stopOnExternalAbort) return this.fault(cpu, `${what} at pc ${hex(cpu.pc)}`);
      return this.externalAbort(cpu, what);
    }
    const off = pa - dev.base;
    if (!(iss & ISS_ISV)) {
      return this.fault(cpu, `MMIO access to ${dev.name}+0x${off.toString(16)} by an instruction without a valid syndrome (pair or write-back) at pc ${hex(cpu.pc)}`);
    }
    // Register halves straight from the register file: this path runs once per UART byte.
    const r = cpu.r, size = issSas(iss), rt = issSrt(iss), slot = rt === 31 ? ZR : rt * 2;
    // (The register file is authoritative: the vCPU synced it before exiting.)
    if (issWnR(iss)) {
      const lo = r[slot], hi = r[slot + 1];
      if (size === 3) { dev.write(off, 4, lo >>> 0); dev.write(off + 4, 4, hi >>> 0); }
      else dev.write(off, 1 << size, size === 2 ? lo >>> 0 : lo & ((1 << (8 << size)) - 1));
      if (this.host.trace) this.trace(cpu, `write ${1 << size}B ${dev.name}+0x${off.toString(16)} = ${hex(toU64(lo, size === 3 ? hi : 0), 2 << size)}`, 'done');
    } else {
      let lo: number, hi = 0;
      if (size === 3) { lo = dev.read(off, 4) | 0; hi = dev.read(off + 4, 4) | 0; }
      else {
        const bits = 8 << size;
        lo = dev.read(off, 1 << size);
        lo = size === 2 ? lo | 0 : lo & ((1 << bits) - 1);
        if (issSse(iss)) lo = (lo << (32 - bits)) >> (32 - bits);
        if (issSse(iss) && issSf(iss)) hi = lo >> 31;
      }
      if (rt !== 31) { r[slot] = lo; r[slot + 1] = issSf(iss) ? hi : 0; }
      if (this.host.trace) this.trace(cpu, `read ${1 << size}B ${dev.name}+0x${off.toString(16)} = ${hex(toU64(lo, hi), 2 << size)}`, 'done');
    }
    skip(cpu);
    return RESUME;
  }

  private hlt(cpu: VCpu): TrapOutcome {
    if (cpu.exitIss !== SEMIHOSTING_HLT_IMM) return this.fault(cpu, `HLT #0x${cpu.exitIss.toString(16)} at pc ${hex(cpu.pc)} (only HLT #0xf000, semihosting, is handled)`);
    const op = Number(cpu.getX(0) & 0xffffffffn);
    this.host.intLog?.semihosting(cpu, op);
    const res = semihostingCall(this.host, op, cpu.getX(1));
    if (res.exit) {
      this.trace(cpu, `semihosting op 0x${op.toString(16)}`, `exit ${res.status}`);
      return { kind: 'exit', status: res.status };
    }
    cpu.setX(0, BigInt.asUintN(64, res.x0));
    this.trace(cpu, `semihosting op 0x${op.toString(16)}`, `x0 = ${hex(res.x0)}`);
    skip(cpu);
    return RESUME;
  }
}

/** Is the PC an exception vector entry (VBAR_EL1 + 0x80 * n, n < 16)? */
function atVector(cpu: VCpu): boolean {
  const r = cpu.r, vbar = (BigInt(r[VBAR_EL1 + 1] >>> 0) << 32n) | BigInt(r[VBAR_EL1] >>> 0);
  const off = cpu.pc - vbar;
  return off >= 0n && off < 0x800n && (off & 0x7fn) === 0n;
}

function toU64(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/** Completes the trapped instruction: PC moves past it and it counts as retired. */
function skip(cpu: VCpu): void {
  advancePc(cpu.r);
  cpu.icount++;
}
