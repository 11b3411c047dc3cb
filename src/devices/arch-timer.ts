// The Arm generic timer of one CPU (Arm ARM D11 "The Generic Timer in AArch64 state"): the
// system counter as this CPU sees it and its EL1 physical and virtual timers. Reached through
// system registers (MRS/MSR), not MMIO, so it is not a Device: the vCPU's sysreg path calls
// read(name) / write(name, value) and raises UNDEFINED when they answer undefined / false.
//
// The counter comes from the machine's VirtualClock (62.5 MHz: one tick per 16 ns). There is no
// EL2 or EL3 in the guest, so CNTVOFF_EL2 is 0 (virtual count = physical count), CNTFRQ_EL0 is
// read-only, and neither the secure physical timer (CNTPS_*) nor the EL2 timers (CNTHP_*, CNTHV_*)
// are reachable; their interrupt lines may be wired and are held low.
//
// Each timer: CTL bit 0 ENABLE, bit 1 IMASK, bit 2 ISTATUS (read-only: ENABLE && count >= CVAL,
// 0 while disabled, as QEMU computes it). CVAL is a 64-bit unsigned compare value. TVAL is a
// 32-bit signed view of CVAL - count: reads give (CVAL - count) mod 2^32 in bits [31:0] with
// bits [63:32] RES0 (zero); writes set CVAL = count + SignExtend(value[31:0]) mod 2^64.
// The output is level-sensitive: ENABLE && !IMASK && ISTATUS.
//
// Registers are bigints (rare trap path); the per-slice update() compares Numbers: the counter
// stays far below 2^53, and CVAL as a Number rounds only above 2^53, where it still compares
// greater than any counter value.

import { SnapshotError, showState, stateInt, stateObject } from './device.ts';
import type { IrqLine } from './irq.ts';

/** The architected counter frequency (CNTFRQ_EL0), in Hz: QEMU's 62.5 MHz. */
export const CNTFRQ = 62_500_000;
/** Nanoseconds per counter tick: 1e9 / CNTFRQ, an exact integer. */
export const NS_PER_TICK = 16;

const MASK64 = (1n << 64n) - 1n;
const CTL_ENABLE = 1, CTL_IMASK = 2, CTL_ISTATUS = 4;

/** CNTKCTL_EL1 bits (EL0 access controls and the event stream). */
export const CNTKCTL_EL0PCTEN = 1 << 0;
export const CNTKCTL_EL0VCTEN = 1 << 1;
export const CNTKCTL_EVNTEN = 1 << 2;
export const CNTKCTL_EL0VTEN = 1 << 8;
export const CNTKCTL_EL0PTEN = 1 << 9;
const CNTKCTL_MASK = 0x3ff; // EL0PCTEN, EL0VCTEN, EVNTEN, EVNTDIR, EVNTI[7:4], EL0VTEN, EL0PTEN

/** What the timer needs of the clock: the current physical count (CNTPCT). */
export interface CounterSource { counter(): number }

/** The timer's interrupt outputs; the board wires them to PPIs (src/machine/board.ts ARCH_TIMER_*_PPI). */
export interface ArchTimerLines {
  /** EL1 virtual timer. */
  virt: IrqLine;
  /** EL1 non-secure physical timer. */
  phys: IrqLine;
  /** Secure physical timer: not reachable from a non-secure guest; held low. */
  secPhys?: IrqLine;
  /** EL2 physical timer: no EL2 in the guest; held low. */
  hyp?: IrqLine;
}

interface TimerRegs { ctl: number; cval: bigint; cvalNum: number; level: boolean }
interface ArchTimerState { kctl: number; v: { ctl: number; cval: string }; p: { ctl: number; cval: string } }

/** The timer names read()/write() accept, for the vCPU's system-register table. */
export const ARCH_TIMER_REGISTERS = [
  'CNTFRQ_EL0', 'CNTPCT_EL0', 'CNTVCT_EL0', 'CNTPCTSS_EL0', 'CNTVCTSS_EL0', 'CNTKCTL_EL1',
  'CNTP_CTL_EL0', 'CNTP_CVAL_EL0', 'CNTP_TVAL_EL0', 'CNTV_CTL_EL0', 'CNTV_CVAL_EL0', 'CNTV_TVAL_EL0',
] as const;

function newTimer(): TimerRegs { return { ctl: 0, cval: 0n, cvalNum: 0, level: false }; }

export class ArchTimer {
  /** CNTVOFF_EL2: no EL2, so the virtual count is the physical count. */
  readonly cntvoff = 0n;
  private kctl = 0;
  private readonly v: TimerRegs = newTimer();
  private readonly p: TimerRegs = newTimer();

  constructor(private readonly clock: CounterSource, private readonly lines: ArchTimerLines) {}

  /** CNTPCT_EL0 as a Number. */
  physCount(): number { return this.clock.counter(); }
  /** CNTVCT_EL0 as a Number (CNTVOFF = 0). */
  virtCount(): number { return this.clock.counter(); }

  /** Bits of CNTKCTL_EL1 (the vCPU checks EL0 access with el0Access()). */
  get cntkctl(): number { return this.kctl; }

  /**
   * May EL0 access this register (else the access traps to EL1 with EC 0x18)?
   * CNTFRQ: EL0PCTEN or EL0VCTEN; CNTPCT(SS): EL0PCTEN; CNTVCT(SS): EL0VCTEN; CNTP_*: EL0PTEN;
   * CNTV_*: EL0VTEN; CNTKCTL_EL1 is never accessible from EL0.
   */
  el0Access(name: string): boolean {
    const k = this.kctl;
    switch (name) {
      case 'CNTFRQ_EL0': return (k & (CNTKCTL_EL0PCTEN | CNTKCTL_EL0VCTEN)) !== 0;
      case 'CNTPCT_EL0': case 'CNTPCTSS_EL0': return (k & CNTKCTL_EL0PCTEN) !== 0;
      case 'CNTVCT_EL0': case 'CNTVCTSS_EL0': return (k & CNTKCTL_EL0VCTEN) !== 0;
      case 'CNTP_CTL_EL0': case 'CNTP_CVAL_EL0': case 'CNTP_TVAL_EL0': return (k & CNTKCTL_EL0PTEN) !== 0;
      case 'CNTV_CTL_EL0': case 'CNTV_CVAL_EL0': case 'CNTV_TVAL_EL0': return (k & CNTKCTL_EL0VTEN) !== 0;
      default: return false;
    }
  }

  /** MRS: the register's 64-bit value, or undefined if this is not a timer register. */
  read(name: string): bigint | undefined {
    switch (name) {
      case 'CNTFRQ_EL0': return BigInt(CNTFRQ);
      case 'CNTPCT_EL0': case 'CNTPCTSS_EL0': return BigInt(this.physCount());
      case 'CNTVCT_EL0': case 'CNTVCTSS_EL0': return BigInt(this.virtCount());
      case 'CNTKCTL_EL1': return BigInt(this.kctl);
      case 'CNTP_CTL_EL0': return BigInt(this.ctlValue(this.p, this.physCount()));
      case 'CNTV_CTL_EL0': return BigInt(this.ctlValue(this.v, this.virtCount()));
      case 'CNTP_CVAL_EL0': return this.p.cval;
      case 'CNTV_CVAL_EL0': return this.v.cval;
      case 'CNTP_TVAL_EL0': return (this.p.cval - BigInt(this.physCount())) & 0xffff_ffffn;
      case 'CNTV_TVAL_EL0': return (this.v.cval - BigInt(this.virtCount())) & 0xffff_ffffn;
      default: return undefined;
    }
  }

  /** MSR: false if this is not a writable timer register (the vCPU raises UNDEFINED). */
  write(name: string, value: bigint): boolean {
    const v = value & MASK64;
    switch (name) {
      case 'CNTKCTL_EL1': this.kctl = Number(v & BigInt(CNTKCTL_MASK)); return true;
      case 'CNTP_CTL_EL0': this.p.ctl = Number(v & 3n); break;
      case 'CNTV_CTL_EL0': this.v.ctl = Number(v & 3n); break;
      case 'CNTP_CVAL_EL0': setCval(this.p, v); break;
      case 'CNTV_CVAL_EL0': setCval(this.v, v); break;
      case 'CNTP_TVAL_EL0': setCval(this.p, (BigInt(this.physCount()) + BigInt.asIntN(32, v)) & MASK64); break;
      case 'CNTV_TVAL_EL0': setCval(this.v, (BigInt(this.virtCount()) + BigInt.asIntN(32, v)) & MASK64); break;
      default: return false; // CNTFRQ_EL0 (writable only at the highest EL), the counters, unknown
    }
    this.update();
    return true;
  }

  /**
   * Recomputes ISTATUS at the current count and drives the interrupt lines (only on a change).
   * The machine calls it between run slices, after a WFI fast-forward and after restore();
   * write() calls it itself.
   */
  update(): void {
    const count = this.clock.counter(); // CNTVOFF = 0: one count serves both timers
    drive(this.v, count, this.lines.virt);
    drive(this.p, count, this.lines.phys);
  }

  /** The level each output line was last driven to. */
  levels(): { virt: boolean; phys: boolean } { return { virt: this.v.level, phys: this.p.level }; }

  /**
   * The earliest virtual time (ns, on the clock's timeline) at which an enabled, unmasked timer
   * that is not firing yet will fire: CVAL * 16 ns. undefined when no such timer exists (or its
   * deadline lies beyond 2^53 ns). For WFI fast-forward and for bounding run slices.
   */
  nextDeadlineNs(): number | undefined {
    const count = this.clock.counter();
    let best: number | undefined;
    for (const t of [this.p, this.v]) {
      if ((t.ctl & (CTL_ENABLE | CTL_IMASK)) !== CTL_ENABLE || count >= t.cvalNum) continue;
      const ns = t.cvalNum * NS_PER_TICK;
      if (ns > Number.MAX_SAFE_INTEGER) continue;
      if (best === undefined || ns < best) best = ns;
    }
    return best;
  }

  reset(): void {
    this.kctl = 0;
    for (const t of [this.v, this.p]) { t.ctl = 0; t.cval = 0n; t.cvalNum = 0; }
    this.update();
    this.lines.secPhys?.set(false);
    this.lines.hyp?.set(false);
  }

  save(): unknown {
    const s: ArchTimerState = {
      kctl: this.kctl,
      v: { ctl: this.v.ctl, cval: this.v.cval.toString(16) },
      p: { ctl: this.p.ctl, cval: this.p.cval.toString(16) },
    };
    return s;
  }

  /**
   * Takes back what save() produced and re-drives both lines (at the clock's count now: restore the
   * clock first). A damaged state is refused with a SnapshotError before anything changes.
   */
  restore(state: unknown): void {
    const who = 'arch-timer';
    const s = stateObject(state, who);
    const kctl = stateInt(s, 'kctl', CNTKCTL_MASK, who);
    const timer = (k: 'v' | 'p'): { ctl: number; cval: bigint } => {
      const r = stateObject(s[k], who, k);
      const cval = r.cval;
      if (typeof cval !== 'string' || !/^[0-9a-f]{1,16}$/.test(cval)) {
        throw new SnapshotError(`${who} restore: ${k}.cval must be 1 to 16 lower-case hex digits (got ${showState(cval)})`);
      }
      return { ctl: stateInt(r, 'ctl', CTL_ENABLE | CTL_IMASK, who, `${k}.ctl`), cval: BigInt('0x' + cval) };
    };
    const v = timer('v'), p = timer('p');
    this.kctl = kctl;
    for (const [t, r] of [[this.v, v], [this.p, p]] as const) {
      t.ctl = r.ctl;
      setCval(t, r.cval);
    }
    const count = this.clock.counter();
    for (const [t, line] of [[this.v, this.lines.virt], [this.p, this.lines.phys]] as const) {
      t.level = fires(t, count);
      line.set(t.level);
    }
    this.lines.secPhys?.set(false);
    this.lines.hyp?.set(false);
  }

  private ctlValue(t: TimerRegs, count: number): number {
    const istatus = (t.ctl & CTL_ENABLE) !== 0 && count >= t.cvalNum;
    return t.ctl | (istatus ? CTL_ISTATUS : 0);
  }
}

function setCval(t: TimerRegs, cval: bigint): void {
  t.cval = cval;
  t.cvalNum = Number(cval);
}

function fires(t: TimerRegs, count: number): boolean {
  return (t.ctl & (CTL_ENABLE | CTL_IMASK)) === CTL_ENABLE && count >= t.cvalNum;
}

function drive(t: TimerRegs, count: number, line: IrqLine): void {
  const level = fires(t, count);
  if (level !== t.level) {
    t.level = level;
    line.set(level);
  }
}
