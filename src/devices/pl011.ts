// ARM PrimeCell UART (PL011 r1p5), modelled on QEMU 7.2's hw/char/pl011.c, which Linux's
// amba-pl011 driver is known to work with. The board gives it its base and interrupt line
// (src/machine/board.ts: VIRT_UART_BASE, VIRT_UART_SPI):
//
// - Transmit is immediate: a DR write hands the byte to the host at once, so the TX FIFO is
//   always empty (FR.TXFE = 1, TXFF = 0, BUSY = 0). Like QEMU, each DR write sets TXRIS; only
//   ICR clears it. Linux unmasks TXIM only while it has characters queued and services them
//   from the TX interrupt, which is then raised at once by the TXRIS its last writes left set.
// - Receive: a 16-entry FIFO when LCR_H.FEN, else a 1-entry holding register. As in QEMU the
//   RX interrupt trigger is one character, whatever IFLS says (QEMU: "Triggering the interrupt
//   when the FIFO is non-empty seems to make things work"): RXRIS is set when a character
//   arrives in an empty FIFO and cleared when a DR read empties it (or by ICR). The receive
//   timeout interrupt (RT) therefore never needs to be raised; its RIS bit exists, stays clear
//   and is also dropped when the FIFO empties.
// - Host input waits in a host-side queue and enters the FIFO only when the guest is ready for
//   it, so no byte is ever dropped, the guest never sees an overrun, and a scripted run sees its
//   input at the same instruction every time:
//   * polled mode (a guest that has never unmasked the receive interrupts since reset): FR and
//     DR look through to the host queue: FR.RXFE is clear while host input waits, and a DR read
//     of an empty FIFO takes the next queued byte. Nothing moves before the guest reads DR, so
//     Linux's early boot (which polls FR for transmit only) consumes nothing.
//   * once the guest has unmasked them (IMSC.RX or RT set), the FIFO is filled from the queue
//     only while they are unmasked and the vCPU has idled (WFI) since: Linux's pl011_startup
//     unmasks, masks again, then drains the FIFO it believes holds stale bytes (32 reads), and
//     input typed ahead of the shell would be thrown away there (it is with QEMU). After that
//     first idle, deliverInput() (called by the machine at its run-loop points and when the vCPU
//     idles) and DR reads move queued input in.
//   QEMU instead accepts chardev input whenever the FIFO has room (pl011_can_receive).
// - Toggling LCR_H.FEN resets the FIFO (as QEMU does); the characters it held go back to the
//   front of the host queue instead of being lost, then refill the new-sized FIFO.
// - A break from the host (sendBreak) arrives as a NUL character with DR.BE / RSR.BE set, as in
//   QEMU (Linux turns it into SysRq when enabled).
// - Accesses of any size hit register offset & ~3 (QEMU decodes offset >> 2); reads return the
//   low `size` bytes. Unknown offsets read as zero and ignore writes, never throw.
// - CR's enables and loopback are stored, not acted on (QEMU 7.2 does the same).

import { SnapshotError, stateBool, stateInt, stateInts, stateObject, type Device } from './device.ts';
import type { IrqLine } from './irq.ts';

const DR = 0x000, RSR = 0x004, FR = 0x018, ILPR = 0x020, IBRD = 0x024, FBRD = 0x028, LCR_H = 0x02c,
  CR = 0x030, IFLS = 0x034, IMSC = 0x038, RIS = 0x03c, MIS = 0x040, ICR = 0x044, DMACR = 0x048;

/** FR bits. */
export const FR_BUSY = 1 << 3, FR_RXFE = 1 << 4, FR_TXFF = 1 << 5, FR_RXFF = 1 << 6, FR_TXFE = 1 << 7;
/** Interrupt bits (RIS / MIS / IMSC / ICR). */
export const INT_RX = 1 << 4, INT_TX = 1 << 5, INT_RT = 1 << 6, INT_FE = 1 << 7, INT_PE = 1 << 8,
  INT_BE = 1 << 9, INT_OE = 1 << 10;
const INT_ALL = 0x7ff;
/** LCR_H.FEN: FIFOs enabled. */
export const LCR_H_FEN = 1 << 4;
/** DR.BE: the character is a break (data 0). */
export const DR_BE = 1 << 10;
const FIFO_DEPTH = 16;
/** The register frame: 4 KiB, the identification registers at its top (0xfe0..0xffc). */
export const PL011_FRAME_BYTES = 0x1000;

// PL011 r1p5 peripheral and PrimeCell identification (offsets 0xfe0..0xffc), as QEMU reports.
const ID = [0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1];

interface Pl011State {
  ibrd: number; fbrd: number; lcr: number; cr: number; ifls: number; imsc: number; ris: number;
  dmacr: number; ilpr: number; rsr: number;
  /** RX FIFO contents, oldest first (character | error bits << 8). */
  fifo: number[];
  /** The last value popped from the FIFO (a DR read of an empty FIFO returns it again, as QEMU). */
  last: number;
  /** Host input not yet in the FIFO, oldest first. */
  host: number[];
  /** Interrupt mode, and the vCPU has idled since the guest unmasked (see above). */
  armed: boolean;
  /** The guest has unmasked the receive interrupts since reset: no more polled look-through. */
  unmasked: boolean;
}

const noIrq: IrqLine = { set() {} };

export class Pl011 implements Device {
  readonly name = 'pl011';
  readonly size = PL011_FRAME_BYTES;

  private ibrd = 0; private fbrd = 0; private lcr = 0; private cr = 0x300; private ifls = 0x12;
  private imsc = 0; private ris = 0; private dmacr = 0; private ilpr = 0; private rsr = 0;
  // RX FIFO: a ring of FIFO_DEPTH entries.
  private readonly fifo = new Uint16Array(FIFO_DEPTH);
  private readPos = 0;
  private readCount = 0;
  // Host queue: entries [hostHead, host.length) are pending.
  private host: number[] = [];
  private hostHead = 0;
  private armed = false;
  private everUnmasked = false;
  private level = false;

  /**
   * @param out receives each transmitted byte.
   * @param irq the UART's combined interrupt output (UARTINTR), level = (RIS & IMSC) != 0.
   */
  constructor(readonly base: number, private readonly out: (byte: number) => void, private readonly irq: IrqLine = noIrq) {}

  // ---- host side -----------------------------------------------------------------------------

  /** Queues host input for the guest; nothing is ever dropped. Strings are sent as UTF-8. */
  receive(bytes: Uint8Array | readonly number[] | string): void {
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    for (let i = 0; i < data.length; i++) this.host.push(data[i]! & 0xff);
    this.deliverInput();
  }

  /** Queues a break condition (received as NUL with DR.BE set). */
  sendBreak(): void {
    this.host.push(DR_BE);
    this.deliverInput();
  }

  /**
   * Moves queued host input into the FIFO if the guest is ready for it (interrupt mode, and the
   * vCPU has idled since it unmasked); `idle`: the vCPU is idling now. Returns true when the
   * FIFO gained characters.
   */
  deliverInput(idle = false): boolean {
    if (idle && !this.armed && this.interruptMode()) this.armed = true;
    if (!this.armed || this.hostHead === this.host.length) return false;
    const before = this.readCount;
    this.refill();
    return this.readCount > before;
  }

  /** True when a received byte would go straight into the FIFO (QEMU's pl011_can_receive). */
  canReceive(): boolean {
    return this.armed && this.hostHead === this.host.length && this.readCount < this.depth();
  }

  /** Host input not yet in the FIFO. */
  get queued(): number { return this.host.length - this.hostHead; }

  /** True when the guest has taken every byte the host sent (queue and FIFO empty). */
  get inputDrained(): boolean { return this.readCount === 0 && this.hostHead === this.host.length; }

  /** Characters in the RX FIFO. */
  get rxCount(): number { return this.readCount; }

  // ---- MMIO ----------------------------------------------------------------------------------

  read(offset: number, size: number = 4): number {
    const v = this.readReg(offset);
    return size >= 4 ? v >>> 0 : v & ((1 << (size * 8)) - 1);
  }

  private readReg(offset: number): number {
    if (offset >= 0xfe0 && offset < 0x1000) return ID[(offset - 0xfe0) >> 2]!;
    switch (offset & ~3) {
      case DR: return this.readDr();
      case RSR: return this.rsr;
      case FR: return this.flags();
      case ILPR: return this.ilpr;
      case IBRD: return this.ibrd;
      case FBRD: return this.fbrd;
      case LCR_H: return this.lcr;
      case CR: return this.cr;
      case IFLS: return this.ifls;
      case IMSC: return this.imsc;
      case RIS: return this.ris;
      case MIS: return this.ris & this.imsc;
      case DMACR: return this.dmacr;
      default: return 0; // ICR is write-only; reserved and test registers read as zero
    }
  }

  write(offset: number, size: number, value: number): void {
    if (size < 4) value &= (1 << (size * 8)) - 1;
    switch (offset & ~3) {
      case DR:
        this.out(value & 0xff);
        this.ris |= INT_TX;
        this.updateIrq();
        break;
      case RSR: this.rsr = 0; break; // ECR: any write clears the error flags
      case ILPR: this.ilpr = value & 0xff; break;
      case IBRD: this.ibrd = value & 0xffff; break;
      case FBRD: this.fbrd = value & 0x3f; break;
      case LCR_H: {
        const old = this.lcr;
        this.lcr = value & 0xff;
        if ((old ^ this.lcr) & LCR_H_FEN) this.resetFifo();
        break;
      }
      case CR: this.cr = value & 0xffff; break;
      case IFLS: this.ifls = value & 0x3f; break;
      case IMSC:
        this.imsc = value & INT_ALL;
        if (!this.interruptMode()) this.armed = false;
        else this.everUnmasked = true;
        this.updateIrq();
        break;
      case ICR: this.ris &= ~value & INT_ALL; this.updateIrq(); break;
      case DMACR: this.dmacr = value & 7; break;
      default: break; // FR, RIS, MIS and the ID registers are read-only; the rest is reserved
    }
  }

  /** Device reset. Host input not yet taken stays queued: it belongs to the host, not the UART. */
  reset(): void {
    this.ibrd = 0; this.fbrd = 0; this.lcr = 0; this.cr = 0x300; this.ifls = 0x12;
    this.imsc = 0; this.ris = 0; this.dmacr = 0; this.ilpr = 0; this.rsr = 0;
    this.fifo.fill(0); this.readPos = 0; this.readCount = 0;
    this.armed = false;
    this.everUnmasked = false;
    this.level = false;
    this.irq.set(false);
  }

  save(): unknown {
    const fifo: number[] = [];
    for (let i = 0; i < this.readCount; i++) fifo.push(this.fifo[(this.readPos + i) % FIFO_DEPTH]!);
    const s: Pl011State = {
      ibrd: this.ibrd, fbrd: this.fbrd, lcr: this.lcr, cr: this.cr, ifls: this.ifls, imsc: this.imsc,
      ris: this.ris, dmacr: this.dmacr, ilpr: this.ilpr, rsr: this.rsr,
      fifo, last: this.fifo[(this.readPos + FIFO_DEPTH - 1) % FIFO_DEPTH]!, host: this.host.slice(this.hostHead),
      armed: this.armed, unmasked: this.everUnmasked,
    };
    return s;
  }

  /**
   * Takes back what save() produced and re-drives the interrupt line. A damaged state (a field
   * missing or out of range, more characters than the FIFO holds) is refused with a SnapshotError
   * before anything changes.
   */
  restore(state: unknown): void {
    const who = 'pl011';
    const s = stateObject(state, who);
    const n = (k: string, max: number): number => stateInt(s, k, max, who);
    const r = {
      ibrd: n('ibrd', 0xffff), fbrd: n('fbrd', 0x3f), lcr: n('lcr', 0xff), cr: n('cr', 0xffff), ifls: n('ifls', 0x3f),
      imsc: n('imsc', INT_ALL), ris: n('ris', INT_ALL), dmacr: n('dmacr', 7), ilpr: n('ilpr', 0xff), rsr: n('rsr', 0xf),
    };
    // FIFO entries: a character with DR's error bits [11:8]; host entries: a byte or a break (DR_BE).
    const fifo = stateInts(s, 'fifo', 0xfff, who);
    const last = n('last', 0xfff);
    const host = stateInts(s, 'host', DR_BE, who);
    const depth = r.lcr & LCR_H_FEN ? FIFO_DEPTH : 1;
    if (fifo.length > depth) {
      throw new SnapshotError(`${who} restore: ${fifo.length} characters in the RX FIFO, which holds ${depth} with LCR_H = 0x${r.lcr.toString(16)}`);
    }
    const bad = host.findIndex((b) => b > 0xff && b !== DR_BE);
    if (bad >= 0) throw new SnapshotError(`${who} restore: host[${bad}] is neither a byte nor a break (got ${host[bad]})`);
    const armed = stateBool(s, 'armed', who), unmasked = stateBool(s, 'unmasked', who);

    this.ibrd = r.ibrd; this.fbrd = r.fbrd; this.lcr = r.lcr; this.cr = r.cr; this.ifls = r.ifls;
    this.imsc = r.imsc; this.ris = r.ris; this.dmacr = r.dmacr; this.ilpr = r.ilpr; this.rsr = r.rsr;
    this.fifo.fill(0);
    this.fifo[FIFO_DEPTH - 1] = last;
    this.readPos = 0;
    this.readCount = fifo.length;
    this.fifo.set(fifo);
    this.host = host.slice();
    this.hostHead = 0;
    this.armed = armed && this.interruptMode();
    this.everUnmasked = unmasked || this.interruptMode();
    this.level = (this.ris & this.imsc) !== 0;
    this.irq.set(this.level);
  }

  // ---- internals -----------------------------------------------------------------------------

  private depth(): number { return this.lcr & LCR_H_FEN ? FIFO_DEPTH : 1; }

  private interruptMode(): boolean { return (this.imsc & (INT_RX | INT_RT)) !== 0; }

  private flags(): number {
    let f = FR_TXFE;
    // Polled mode looks through to the host queue (see the header).
    if (this.readCount === 0 && (this.everUnmasked || this.hostHead === this.host.length)) f |= FR_RXFE;
    if (this.readCount >= this.depth()) f |= FR_RXFF;
    return f;
  }

  private readDr(): number {
    if (this.readCount === 0 && !this.everUnmasked && this.hostHead < this.host.length) {
      this.fifo[this.readPos] = this.host[this.hostHead++]!; // polled: take the next queued byte
      this.readCount = 1;
    }
    let c = this.fifo[(this.readPos + FIFO_DEPTH - 1) % FIFO_DEPTH]!; // empty FIFO: the last value again
    if (this.readCount > 0) {
      c = this.fifo[this.readPos]!;
      this.readPos = (this.readPos + 1) % FIFO_DEPTH;
      this.readCount--;
    }
    this.rsr = (c >> 8) & 0xf;
    if (this.readCount === 0) this.ris &= ~(INT_RX | INT_RT);
    if (this.armed) this.refill(); // updates the line
    else { this.compactHost(); this.updateIrq(); }
    return c;
  }

  /** Moves host input into the FIFO while there is room, then updates the line. */
  private refill(): void {
    const depth = this.depth();
    const host = this.host;
    while (this.readCount < depth && this.hostHead < host.length) {
      this.fifo[(this.readPos + this.readCount) % FIFO_DEPTH] = host[this.hostHead++]!;
      this.readCount++;
      if (this.readCount === 1) this.ris |= INT_RX; // trigger level: one character (QEMU)
    }
    this.compactHost();
    this.updateIrq();
  }

  private compactHost(): void {
    const host = this.host;
    if (this.hostHead === host.length) { this.host = []; this.hostHead = 0; }
    else if (this.hostHead >= 4096 && this.hostHead * 2 >= host.length) { this.host = host.slice(this.hostHead); this.hostHead = 0; }
  }

  /** FEN changed: empty the FIFO (QEMU), keeping its characters at the front of the host queue. */
  private resetFifo(): void {
    const held: number[] = [];
    for (let i = 0; i < this.readCount; i++) held.push(this.fifo[(this.readPos + i) % FIFO_DEPTH]!);
    this.readPos = 0;
    this.readCount = 0;
    this.ris &= ~(INT_RX | INT_RT);
    if (held.length) { this.host = held.concat(this.host.slice(this.hostHead)); this.hostHead = 0; }
    if (this.armed) this.refill();
    else this.updateIrq();
  }

  private updateIrq(): void {
    const level = (this.ris & this.imsc) !== 0;
    if (level !== this.level) {
      this.level = level;
      this.irq.set(level);
    }
  }
}
