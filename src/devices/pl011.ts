// ARM PrimeCell UART (PL011) at 0x0900_0000 on QEMU `virt`. Transmit is immediate (the FIFO
// never fills); the full receive path and interrupts come with the Linux console work.

import type { Device } from './device.ts';

const DR = 0x000, RSR = 0x004, FR = 0x018, ILPR = 0x020, IBRD = 0x024, FBRD = 0x028, LCR_H = 0x02c,
  CR = 0x030, IFLS = 0x034, IMSC = 0x038, RIS = 0x03c, MIS = 0x040, ICR = 0x044, DMACR = 0x048;
const FR_RXFE = 1 << 4, FR_TXFE = 1 << 7;
// PL011 r1p5 peripheral and PrimeCell identification (offsets 0xfe0..0xffc), as QEMU reports.
const ID = [0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1];

interface Pl011State { ibrd: number; fbrd: number; lcr: number; cr: number; ifls: number; imsc: number; ris: number; dmacr: number; ilpr: number }

export class Pl011 implements Device {
  readonly name = 'pl011';
  readonly size = 0x1000;
  private s: Pl011State = Pl011.initial();

  constructor(readonly base: number, private readonly out: (byte: number) => void) {}

  private static initial(): Pl011State {
    return { ibrd: 0, fbrd: 0, lcr: 0, cr: 0x300, ifls: 0x12, imsc: 0, ris: 0, dmacr: 0, ilpr: 0 };
  }

  read(offset: number): number {
    const s = this.s;
    if (offset >= 0xfe0 && offset < 0x1000) return ID[(offset - 0xfe0) >> 2];
    switch (offset) {
      case DR: return 0;
      case RSR: return 0;
      case FR: return FR_RXFE | FR_TXFE;
      case ILPR: return s.ilpr;
      case IBRD: return s.ibrd;
      case FBRD: return s.fbrd;
      case LCR_H: return s.lcr;
      case CR: return s.cr;
      case IFLS: return s.ifls;
      case IMSC: return s.imsc;
      case RIS: return s.ris;
      case MIS: return s.ris & s.imsc;
      case DMACR: return s.dmacr;
      default: return 0;
    }
  }

  write(offset: number, _size: number, value: number): void {
    const s = this.s;
    switch (offset) {
      case DR: this.out(value & 0xff); break;
      case RSR: break;
      case ILPR: s.ilpr = value & 0xff; break;
      case IBRD: s.ibrd = value & 0xffff; break;
      case FBRD: s.fbrd = value & 0x3f; break;
      case LCR_H: s.lcr = value & 0xff; break;
      case CR: s.cr = value & 0xffff; break;
      case IFLS: s.ifls = value & 0x3f; break;
      case IMSC: s.imsc = value & 0x7ff; break;
      case ICR: s.ris &= ~value; break;
      case DMACR: s.dmacr = value & 7; break;
    }
  }

  reset(): void { this.s = Pl011.initial(); }
  save(): unknown { return { ...this.s }; }
  restore(state: unknown): void { this.s = { ...(state as Pl011State) }; }
}
