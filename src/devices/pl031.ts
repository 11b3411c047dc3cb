// ARM PrimeCell real-time clock (PL031), modelled on QEMU 7.2's hw/rtc/pl031.c. The board gives
// it its base and interrupt line (src/machine/board.ts: VIRT_RTC_BASE, VIRT_RTC_SPI):
//
// - DR counts seconds: (offset + floor(now)) mod 2^32, where now = the injected time source
//   (deterministic mode: a fixed epoch + virtual seconds; real-time mode: the host's time of day).
//   Writing LR sets the count (offset += LR - DR); LR reads back the last value written.
// - CR reads 1 (the RTC is always enabled); writes are ignored, as in QEMU.
// - Match: writing MR or LR arms a one-shot alarm (mod 2^32 subtraction, as QEMU): when the
//   count reaches MR, RIS is set; a count already equal to MR fires at once. The interrupt line
//   is RIS & IMSC; ICR clears RIS.
// - The device owns no timer: the machine calls update() between run slices (and after a WFI
//   fast-forward) so a due alarm fires, and asks nextMatchSeconds() to bound its sleep. Every MMIO
//   access updates first, so the guest never sees a stale RIS.
// - Unknown offsets read as zero and ignore writes, never throw.

import { SnapshotError, showState, stateInt, stateObject, type Device } from './device.ts';
import type { IrqLine } from './irq.ts';

const DR = 0x00, MR = 0x04, LR = 0x08, CR = 0x0c, IMSC = 0x10, RIS = 0x14, MIS = 0x18, ICR = 0x1c;
// PL031 peripheral and PrimeCell identification (0xfe0..0xffc), as QEMU reports.
const ID = [0x31, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1];
/** The register frame: 4 KiB, the identification registers at its top (0xfe0..0xffc). */
export const PL031_FRAME_BYTES = 0x1000;

interface Pl031State { offset: number; mr: number; lr: number; im: number; is: number; alarm: number | null }

const noIrq: IrqLine = { set() {} };

export class Pl031 implements Device {
  readonly name = 'pl031';
  readonly size = PL031_FRAME_BYTES;

  /** Added to floor(now) mod 2^32 to give DR. */
  private offset = 0;
  private mr = 0;
  private lr = 0;
  private im = 0;
  private is = 0;
  /** The whole second of the time source at which the armed alarm fires; null when not armed. */
  private alarm: number | null = null;
  private level = false;

  /**
   * @param nowSeconds the time source in seconds (may be fractional; must not go backwards).
   * @param irq the RTCINTR output.
   */
  constructor(readonly base: number, private readonly nowSeconds: () => number, private readonly irq: IrqLine = noIrq) {}

  /** The count DR reads now. */
  count(): number {
    return (this.offset + Math.floor(this.nowSeconds())) >>> 0;
  }

  /** Fires a due alarm and drives the line. The machine calls this between run slices. */
  update(): void {
    if (this.alarm !== null && Math.floor(this.nowSeconds()) >= this.alarm) {
      this.alarm = null;
      this.is = 1;
    }
    this.drive();
  }

  /**
   * Seconds of the time source from now until the armed alarm fires (0 if due), or undefined when
   * none is armed or its interrupt is masked (it cannot wake the CPU then).
   */
  nextMatchSeconds(): number | undefined {
    if (this.alarm === null || !this.im) return undefined;
    return Math.max(0, this.alarm - this.nowSeconds());
  }

  read(offset: number, size: number = 4): number {
    this.update();
    let v: number;
    if (offset >= 0xfe0 && offset < 0x1000) v = ID[(offset - 0xfe0) >> 2]!;
    else {
      switch (offset) {
        case DR: v = this.count(); break;
        case MR: v = this.mr; break;
        case LR: v = this.lr; break;
        case CR: v = 1; break;
        case IMSC: v = this.im; break;
        case RIS: v = this.is; break;
        case MIS: v = this.is & this.im; break;
        default: v = 0; // ICR is write-only; reserved offsets
      }
    }
    return size >= 4 ? v >>> 0 : v & ((1 << (size * 8)) - 1);
  }

  write(offset: number, size: number, value: number): void {
    if (size < 4) value &= (1 << (size * 8)) - 1;
    value >>>= 0;
    this.update();
    switch (offset) {
      case LR:
        this.offset = (this.offset + value - this.count()) >>> 0;
        this.lr = value;
        this.arm();
        break;
      case MR:
        this.mr = value;
        this.arm();
        break;
      case IMSC: this.im = value & 1; break;
      case ICR: this.is &= ~value & 1; break;
      default: break; // CR writes are ignored (always enabled); DR, RIS, MIS, ID are read-only
    }
    this.drive();
  }

  reset(): void {
    this.offset = 0; this.mr = 0; this.lr = 0; this.im = 0; this.is = 0; this.alarm = null;
    this.level = false;
    this.irq.set(false);
  }

  save(): unknown {
    const s: Pl031State = { offset: this.offset, mr: this.mr, lr: this.lr, im: this.im, is: this.is, alarm: this.alarm };
    return s;
  }

  /**
   * Takes back what save() produced and re-drives the line. A damaged state is refused with a
   * SnapshotError before anything changes.
   */
  restore(state: unknown): void {
    const who = 'pl031';
    const s = stateObject(state, who);
    const u32 = (k: string): number => stateInt(s, k, 0xffff_ffff, who);
    const offset = u32('offset'), mr = u32('mr'), lr = u32('lr');
    const im = stateInt(s, 'im', 1, who), is = stateInt(s, 'is', 1, who);
    const alarm = s.alarm;
    if (alarm !== null && !Number.isSafeInteger(alarm)) {
      throw new SnapshotError(`${who} restore: alarm must be null or a whole second (got ${showState(alarm)})`);
    }
    this.offset = offset; this.mr = mr; this.lr = lr; this.im = im; this.is = is; this.alarm = alarm as number | null;
    this.level = (this.is & this.im) !== 0;
    this.irq.set(this.level);
  }

  /** QEMU pl031_set_alarm: ticks = (MR - count) mod 2^32; 0 fires now, else in `ticks` seconds. */
  private arm(): void {
    const ticks = (this.mr - this.count()) >>> 0;
    if (ticks === 0) {
      this.alarm = null;
      this.is = 1;
    } else {
      this.alarm = Math.floor(this.nowSeconds()) + ticks;
    }
  }

  private drive(): void {
    const level = (this.is & this.im) !== 0;
    if (level !== this.level) {
      this.level = level;
      this.irq.set(level);
    }
  }
}
