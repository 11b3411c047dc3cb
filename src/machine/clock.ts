// Virtual time (src/README.md, "Time").
//
// Deterministic mode (the default): one retired guest instruction is one nanosecond, like QEMU's
// `-icount shift=0`, so the architected counter (CNTFRQ = 62.5 MHz) ticks once every 16
// instructions. WFI with nothing pending fast-forwards: skip(toNs) moves time to the next timer
// deadline without retiring instructions. Same inputs -> same instruction count -> same time.
//
// Real-time mode: time is the host's monotonic clock (process.hrtime) since the clock was made,
// stopped while the machine is paused (QEMU's virtual clock stops with the VM too). skip() does
// nothing there: the machine really sleeps until the deadline.
//
// All times are Numbers: exact integers below 2^53 ns (104 days); the counter is ns / 16, and
// dividing by a power of two is exact, so floor(ns / 16) is the exact integer quotient.

import { CNTFRQ, NS_PER_TICK } from '../devices/arch-timer.ts';
import { SnapshotError, showState, stateInt, stateObject } from '../devices/device.ts';

export { CNTFRQ, NS_PER_TICK };

export type ClockMode = 'deterministic' | 'realtime';

/** The ns at which the counter first reads `ticks` (ticks * 16). May exceed 2^53 for huge ticks. */
export function nsForTicks(ticks: number | bigint): number {
  return typeof ticks === 'bigint' ? Number(ticks * BigInt(NS_PER_TICK)) : ticks * NS_PER_TICK;
}

/** The counter value at time `ns`: floor(ns * 62.5e6 / 1e9) = floor(ns / 16). */
export function ticksForNs(ns: number): number {
  return Math.floor(ns / NS_PER_TICK);
}

interface ClockState { mode: ClockMode; ns: number; skippedNs: number }

export class VirtualClock {
  private skippedNs = 0;
  // Real-time mode: now = (hrtime - hostBase) while running, `frozenNs` while paused.
  private hostBase: bigint;
  private paused = false;
  private frozenNs = 0;

  /**
   * @param instructions retired guest instructions so far (all vCPUs, as the machine counts
   *   them); read on every now()/counter() in deterministic mode.
   */
  constructor(private readonly instructions: () => number, readonly mode: ClockMode = 'deterministic') {
    this.hostBase = process.hrtime.bigint();
  }

  get deterministic(): boolean { return this.mode === 'deterministic'; }

  /** Virtual time in nanoseconds since the machine started. Never goes backwards. */
  now(): number {
    if (this.mode === 'deterministic') return this.instructions() + this.skippedNs;
    if (this.paused) return this.frozenNs;
    return Number(process.hrtime.bigint() - this.hostBase);
  }

  /** The architected physical counter value (CNTPCT_EL0) now. */
  counter(): number {
    return Math.floor(this.now() / NS_PER_TICK);
  }

  /** The ns at which counter() first reaches `ticks`. */
  nsForTicks(ticks: number | bigint): number { return nsForTicks(ticks); }

  /** Nanoseconds skipped by WFI fast-forward so far (deterministic mode). */
  get skipped(): number { return this.skippedNs; }

  /**
   * Deterministic mode: make now() equal `toNs` by advancing the skipped time (WFI fast-forward).
   * Never goes backwards: a target at or before now() does nothing. Real-time mode: no-op.
   * Returns the ns actually skipped.
   */
  skip(toNs: number): number {
    if (this.mode !== 'deterministic') return 0;
    const now = this.now();
    if (!(toNs > now)) return 0; // also rejects NaN
    const delta = toNs - now;
    this.skippedNs += delta;
    return delta;
  }

  /** Real-time mode: stop the clock (debugger halt). Deterministic mode: no-op. */
  pause(): void {
    if (this.mode !== 'realtime' || this.paused) return;
    this.frozenNs = this.now();
    this.paused = true;
  }

  /** Real-time mode: restart a paused clock where it stopped. */
  resume(): void {
    if (this.mode !== 'realtime' || !this.paused) return;
    this.hostBase = process.hrtime.bigint() - BigInt(this.frozenNs);
    this.paused = false;
  }

  /**
   * Wall-clock seconds for the PL031: deterministic mode gives `epochSeconds` + virtual seconds
   * (the same on every run); real-time mode gives the host's time of day.
   */
  wallSeconds(epochSeconds: number): number {
    if (this.mode !== 'deterministic') return Date.now() / 1e3;
    const ns = this.now();
    const whole = epochSeconds + Math.floor(ns / 1e9);
    const t = whole + (ns % 1e9) / 1e9;
    // A fraction just below 1 can round the sum up to the next second (the double spacing near
    // 1.7e9 is 2.4e-7): keep floor(result) exact, the second boundaries are what the RTC counts.
    return t < whole + 1 ? t : whole + 1 - Number.EPSILON * (whole + 1);
  }

  /**
   * Snapshot. Deterministic mode keeps skippedNs (the machine restores the instruction counts);
   * real-time mode keeps now(), and restore() continues from there.
   */
  save(): unknown {
    const s: ClockState = { mode: this.mode, ns: this.now(), skippedNs: this.skippedNs };
    return s;
  }

  restore(state: unknown): void {
    const s = stateObject(state, 'clock');
    if (s.mode !== this.mode) throw new SnapshotError(`clock restore: the snapshot runs ${showState(s.mode)} time, this machine ${this.mode} time`);
    const skippedNs = stateInt(s, 'skippedNs', Number.MAX_SAFE_INTEGER, 'clock');
    const ns = stateInt(s, 'ns', Number.MAX_SAFE_INTEGER, 'clock');
    this.skippedNs = skippedNs;
    if (this.mode === 'realtime') {
      this.hostBase = process.hrtime.bigint() - BigInt(ns);
      this.frozenNs = ns;
    }
  }

}
