// Busy-waits on time in deterministic mode. With one nanosecond per retired instruction, a guest
// that polls the counter (or a timer's TVAL/ISTATUS, or the RTC) until a second has passed
// retires a billion instructions doing it. This detector sees such a loop and lets virtual time
// pass faster while it spins, the way WFI already skips to the next deadline: a read of the
// time at the same instruction (PC and return address), within POLL_GAP instructions of the
// previous one, POLL_MIN times in a row, is a poll; from then on each such read first moves
// virtual time forward by an eighth of the time the loop has already waited (so a wait ends at
// most ~12.5% late; 1 ms at most per read), never past the next timer or RTC deadline (the
// machine ends the vCPU's slice after a skip, so an interrupt due at that deadline is taken at
// once, as it would have been). Everything it looks at is guest state (PC, x30, the instruction
// count), so a run stays the same from run to run, stepped or not, and the detector's few
// numbers are saved in snapshots. Kernel paths that poll (udelay's WFE/cpu_relax loop around
// get_cycles) get shorter in instructions; nothing else changes.

import { SnapshotError, stateInt, stateObject } from '../devices/device.ts';

/** Two reads at most this many instructions apart can be one poll loop. */
export const POLL_GAP = 64;
/** Consecutive reads that make a loop a poll. */
export const POLL_MIN = 8;
/** A skip is at most this many ns. */
export const MAX_SKIP_NS = 1_000_000;
/** Skip = (time waited so far) / SKIP_DIVISOR: bounds how late a wait can end. */
const SKIP_DIVISOR = 8;

interface PollState { pcLo: number; pcHi: number; lrLo: number; lrHi: number; at: number; run: number; startNs: number }

export class TimePollDetector {
  private pcLo = 0;
  private pcHi = 0;
  private lrLo = 0;
  private lrHi = 0;
  /** Instruction count at the last read. */
  private at = -1;
  /** Consecutive reads at the same place, each within POLL_GAP of the last. */
  private run = 0;
  /** Virtual time of the first read of the current run. */
  private startNs = 0;

  /**
   * A time read by the instruction at (pcLo, pcHi) with x30 = (lrLo, lrHi), the vCPU having
   * retired `icount` instructions, at virtual time `nowNs`. Returns how many ns to skip before
   * the read gives its value (0: none), not yet clamped to the next deadline.
   */
  onRead(pcLo: number, pcHi: number, lrLo: number, lrHi: number, icount: number, nowNs: number): number {
    const same = pcLo === this.pcLo && pcHi === this.pcHi && lrLo === this.lrLo && lrHi === this.lrHi;
    if (same && this.at >= 0 && icount - this.at <= POLL_GAP) {
      this.run++;
    } else {
      this.pcLo = pcLo; this.pcHi = pcHi; this.lrLo = lrLo; this.lrHi = lrHi;
      this.run = 0;
      this.startNs = nowNs;
    }
    this.at = icount;
    if (this.run < POLL_MIN) return 0;
    return Math.min(MAX_SKIP_NS, Math.floor((nowNs - this.startNs) / SKIP_DIVISOR));
  }

  reset(): void {
    this.pcLo = this.pcHi = this.lrLo = this.lrHi = 0;
    this.at = -1;
    this.run = 0;
    this.startNs = 0;
  }

  save(): unknown {
    const s: PollState = { pcLo: this.pcLo >>> 0, pcHi: this.pcHi >>> 0, lrLo: this.lrLo >>> 0, lrHi: this.lrHi >>> 0, at: this.at, run: this.run, startNs: this.startNs };
    return s;
  }

  restore(state: unknown): void {
    const o = stateObject(state, 'time-poll');
    const half = (k: string): number => stateInt(o, k, 0xffffffff, 'time-poll') | 0;
    const pcLo = half('pcLo'), pcHi = half('pcHi'), lrLo = half('lrLo'), lrHi = half('lrHi');
    const at = o.at === -1 ? -1 : stateInt(o, 'at', Number.MAX_SAFE_INTEGER, 'time-poll');
    const run = stateInt(o, 'run', Number.MAX_SAFE_INTEGER, 'time-poll');
    const startNs = stateInt(o, 'startNs', Number.MAX_SAFE_INTEGER, 'time-poll');
    if (at >= 0 && run > at) throw new SnapshotError(`time-poll restore: run ${run} exceeds the instruction count ${at}`);
    this.pcLo = pcLo; this.pcHi = pcHi; this.lrLo = lrLo; this.lrHi = lrHi;
    this.at = at; this.run = run; this.startNs = startNs;
  }
}
