// The PL011 UART (src/devices/pl011.ts): QEMU 7.2's behaviour as Linux's amba-pl011 sees it —
// RX FIFO depth by LCR_H.FEN, FR flags, RX/TX interrupts through RIS/MIS/IMSC/ICR, the line
// level, the host queue behind the FIFO, ID registers, and RAZ/WI on bad offsets.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Pl011, FR_BUSY, FR_RXFE, FR_RXFF, FR_TXFE, FR_TXFF, INT_RT, INT_RX, INT_TX, LCR_H_FEN, DR_BE,
} from '../src/devices/pl011.ts';
import type { IrqLine } from '../src/devices/irq.ts';

const DR = 0x000, RSR = 0x004, FR = 0x018, ILPR = 0x020, IBRD = 0x024, FBRD = 0x028, LCR_H = 0x02c,
  CR = 0x030, IFLS = 0x034, IMSC = 0x038, RIS = 0x03c, MIS = 0x040, ICR = 0x044, DMACR = 0x048;

class FakeLine implements IrqLine {
  levels: boolean[] = [];
  set(level: boolean): void { this.levels.push(level); }
  get level(): boolean { return this.levels.at(-1) ?? false; }
}

function rig() {
  const out: number[] = [];
  const line = new FakeLine();
  const uart = new Pl011(0x0900_0000, (b) => out.push(b), line);
  const r = (off: number) => uart.read(off, 4);
  const w = (off: number, v: number) => uart.write(off, 4, v);
  /** The guest unmasks receive interrupts (IMSC = imsc) and the vCPU idles: the UART takes input. */
  const ready = (imsc = INT_RX | INT_RT) => { w(IMSC, imsc); uart.deliverInput(true); };
  return { uart, out, line, r, w, ready };
}

test('reset values (QEMU) and ID registers', () => {
  const { uart, r } = rig();
  assert.is(uart.name, 'pl011');
  assert.is(uart.base, 0x0900_0000);
  assert.is(uart.size, 0x1000);
  assert.is(r(FR), FR_TXFE | FR_RXFE); // 0x90
  assert.is(r(FR), 0x90);
  assert.is(r(CR), 0x300);
  assert.is(r(IFLS), 0x12);
  for (const off of [RSR, ILPR, IBRD, FBRD, LCR_H, IMSC, RIS, MIS, DMACR]) assert.is(r(off), 0, `0x${off.toString(16)}`);
  const ids = [0xfe0, 0xfe4, 0xfe8, 0xfec, 0xff0, 0xff4, 0xff8, 0xffc].map(r);
  assert.equal(ids, [0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1]);
});

test('register storage and widths', () => {
  const { r, w } = rig();
  w(IBRD, 0x12345); assert.is(r(IBRD), 0x2345);
  w(FBRD, 0xff); assert.is(r(FBRD), 0x3f);
  w(LCR_H, 0x170); assert.is(r(LCR_H), 0x70);
  w(CR, 0x1_0301); assert.is(r(CR), 0x301);
  w(IFLS, 0xff); assert.is(r(IFLS), 0x3f);
  w(IMSC, 0xffff); assert.is(r(IMSC), 0x7ff);
  w(DMACR, 0xff); assert.is(r(DMACR), 7);
  w(ILPR, 0x1ff); assert.is(r(ILPR), 0xff);
  w(FR, 0); assert.is(r(FR), 0x90, 'FR is read-only');
  w(RIS, 0x7ff); assert.is(r(RIS), 0, 'RIS is read-only');
});

test('transmit: immediate, TXFE stays set, TX interrupt as QEMU (set on write, cleared by ICR)', () => {
  const { out, line, r, w } = rig();
  w(DR, 0x41);
  w(DR, 0x1_0042); // only the low byte goes out
  assert.equal(out, [0x41, 0x42]);
  assert.is(r(FR) & (FR_TXFE | FR_TXFF | FR_BUSY), FR_TXFE);
  assert.is(r(RIS), INT_TX);
  assert.is(r(MIS), 0);
  assert.equal(line.levels, [], 'masked: the line never moved');
  w(IMSC, INT_TX); // Linux unmasks TXIM with characters left: the interrupt comes at once
  assert.is(r(MIS), INT_TX);
  assert.equal(line.levels, [true]);
  w(ICR, INT_TX);
  assert.is(r(RIS), 0);
  assert.equal(line.levels, [true, false]);
  w(DR, 0x43);
  assert.equal(line.levels, [true, false, true]);
  w(IMSC, 0);
  assert.equal(line.levels, [true, false, true, false]);
  assert.is(r(RIS), INT_TX, 'masking leaves the raw status');
});

test('receive without FIFO (FEN = 0): one-character holding register', () => {
  const { uart, r, ready, line } = rig();
  ready();
  line.levels.length = 0;
  assert.ok(uart.canReceive());
  uart.receive([0x61]);
  assert.is(r(FR), FR_TXFE | FR_RXFF, 'full, not empty');
  assert.not.ok(uart.canReceive());
  uart.receive([0x62, 0x63]);
  assert.is(uart.rxCount, 1);
  assert.is(uart.queued, 2);
  assert.is(r(DR), 0x61);
  assert.is(r(FR), FR_TXFE | FR_RXFF, 'refilled from the host queue');
  assert.is(r(DR), 0x62);
  assert.is(r(DR), 0x63);
  assert.is(r(FR), FR_TXFE | FR_RXFE);
  assert.is(uart.queued, 0);
  assert.ok(uart.canReceive());
  assert.is(r(DR), 0x63, 'empty: DR repeats the last character (QEMU)');
  assert.is(r(FR), FR_TXFE | FR_RXFE);
});

test('receive with FIFO (FEN = 1): 16 entries, flags, host queue beyond', () => {
  const { uart, r, w, ready } = rig();
  w(LCR_H, LCR_H_FEN | 0x60);
  ready();
  const input = Array.from({ length: 40 }, (_, i) => 0x20 + i);
  uart.receive(input.slice(0, 15));
  assert.is(r(FR) & (FR_RXFE | FR_RXFF), 0, '15: neither empty nor full');
  assert.ok(uart.canReceive());
  uart.receive(input.slice(15, 16));
  assert.is(r(FR) & (FR_RXFE | FR_RXFF), FR_RXFF, '16: full');
  assert.not.ok(uart.canReceive());
  uart.receive(new Uint8Array(input.slice(16)));
  assert.is(uart.rxCount, 16);
  assert.is(uart.queued, 24);
  const got: number[] = [];
  while (!(r(FR) & FR_RXFE)) got.push(r(DR));
  assert.equal(got, input, 'every byte, in order, none dropped');
  assert.is(r(RSR), 0, 'no errors, no overrun');
  assert.is(uart.queued, 0);
});

test('receive: strings are UTF-8', () => {
  const { uart, r, w } = rig();
  w(LCR_H, LCR_H_FEN);
  uart.receive('é\n');
  assert.equal([r(DR), r(DR), r(DR)], [0xc3, 0xa9, 0x0a]);
});

test('RX interrupt: raised on arrival, cleared by draining, by ICR, masked by IMSC', () => {
  const { uart, line, r, w, ready } = rig();
  w(LCR_H, LCR_H_FEN);
  uart.receive([1, 2, 3]);
  assert.is(r(RIS), 0, 'input waits on the host until the guest is ready for it');
  ready(); // what Linux enables, then the vCPU idles
  assert.is(r(RIS), INT_RX);
  assert.is(r(MIS), INT_RX);
  assert.equal(line.levels, [true]);
  r(DR); r(DR);
  assert.is(r(RIS), INT_RX, 'still data');
  r(DR);
  assert.is(r(RIS), 0, 'drained');
  assert.equal(line.levels, [true, false]);
  // ICR clears RX while data remains; the next arrival into a non-empty FIFO does not re-raise
  uart.receive([4, 5]);
  assert.equal(line.levels, [true, false, true]);
  w(ICR, INT_RX);
  assert.is(r(RIS), 0);
  assert.equal(line.levels, [true, false, true, false]);
  uart.receive([6]);
  assert.is(r(RIS), 0);
  assert.equal([r(DR), r(DR), r(DR)], [4, 5, 6]);
  uart.receive([7]); // arrival into an empty FIFO raises it again
  assert.is(r(RIS), INT_RX);
  assert.equal(line.levels, [true, false, true, false, true]);
  w(IMSC, 0);
  assert.equal(line.levels, [true, false, true, false, true, false]);
  assert.is(r(MIS), 0);
  assert.is(r(RIS), INT_RX);
});

test('RX interrupt stays up across host-queue refills and falls when all is read', () => {
  const { uart, line, r, ready } = rig();
  ready(INT_RX);
  uart.receive([1, 2, 3]); // FEN = 0: depth 1, two wait in the host queue
  assert.equal(line.levels, [true]);
  assert.equal([r(DR), r(DR)], [1, 2]);
  assert.equal(line.levels, [true], 'no glitch while the queue refills');
  assert.is(r(DR), 3);
  assert.equal(line.levels, [true, false]);
});

test('combined RX and TX interrupts; ICR clears only the bits written', () => {
  const { uart, line, r, w, ready } = rig();
  ready(INT_RX | INT_TX | INT_RT);
  w(DR, 0x30);
  uart.receive([9]);
  assert.is(r(RIS), INT_RX | INT_TX);
  assert.is(r(MIS), INT_RX | INT_TX);
  w(ICR, INT_TX | INT_RT); // Linux never writes RX/RT/TX to ICR in its handler; others may
  assert.is(r(RIS), INT_RX);
  assert.equal(line.levels, [true]);
  r(DR);
  assert.equal(line.levels, [true, false]);
  assert.is(r(RIS) & INT_RT, 0, 'RT is never raised (trigger level 1, as QEMU)');
});

test('FEN toggle resets the FIFO without losing characters', () => {
  const { uart, r, w, ready } = rig();
  w(LCR_H, LCR_H_FEN);
  ready();
  uart.receive([1, 2, 3, 4, 5]);
  assert.is(r(DR), 1);
  w(LCR_H, 0x60); // FIFO off: depth 1
  assert.is(uart.rxCount, 1);
  assert.is(uart.queued, 3);
  assert.is(r(FR) & (FR_RXFE | FR_RXFF), FR_RXFF);
  w(LCR_H, 0x70); // back on
  assert.is(uart.rxCount, 4);
  assert.is(uart.queued, 0);
  assert.equal([r(DR), r(DR), r(DR), r(DR)], [2, 3, 4, 5]);
  w(LCR_H, 0x70); // writing the same FEN does not reset
  uart.receive([6, 7]);
  w(LCR_H, 0x72);
  assert.is(uart.rxCount, 2);
});

test('break: NUL with DR.BE, RSR reports it, ECR clears', () => {
  const { uart, r, w } = rig();
  uart.sendBreak();
  assert.is(r(DR), DR_BE);
  assert.is(r(RSR), 0x4);
  w(RSR, 0); // ECR
  assert.is(r(RSR), 0);
});

test('narrow accesses hit the register and return its low bytes', () => {
  const { uart, out, r } = rig();
  assert.is(uart.read(FR, 1), 0x90);
  assert.is(uart.read(CR, 1), 0x00);
  assert.is(uart.read(CR, 2), 0x300);
  assert.is(uart.read(0xfe0, 1), 0x11);
  uart.write(DR, 1, 0x1ff);
  assert.equal(out, [0xff]);
  uart.write(IBRD, 2, 0x12345);
  assert.is(r(IBRD), 0x2345);
  uart.receive([0x55]);
  assert.is(uart.read(DR, 1), 0x55);
});

test('bad offsets read as zero, ignore writes, never throw', () => {
  const { uart, out, line, r, w } = rig();
  const before = JSON.stringify(uart.save());
  for (const off of [0x008, 0x00c, 0x010, 0x014, 0x01c, 0x04c, 0x080, 0x100, 0xfdc, 0xffc + 4, 0x2000, -4]) {
    assert.is(r(off), 0, `read 0x${off.toString(16)}`);
    w(off, 0xffff_ffff);
  }
  assert.is(r(ICR), 0, 'ICR is write-only');
  w(0xfe0, 0xff); // ID registers are read-only
  assert.is(r(0xfe0), 0x11);
  assert.is(JSON.stringify(uart.save()), before);
  assert.equal(out, []);
  assert.equal(line.levels, []);
});

test('save / restore / reset', () => {
  const a = rig();
  a.w(LCR_H, LCR_H_FEN);
  a.ready(INT_RX);
  a.w(IBRD, 13); a.w(FBRD, 1);
  a.uart.receive(Array.from({ length: 20 }, (_, i) => i + 1));
  assert.is(a.r(DR), 1);
  const snap = JSON.parse(JSON.stringify(a.uart.save()));
  const b = rig();
  b.uart.restore(snap);
  assert.equal(b.line.levels, [true]);
  assert.is(b.r(IBRD), 13);
  assert.is(b.r(FBRD), 1);
  assert.is(b.uart.rxCount, 16);
  assert.is(b.uart.queued, 3);
  const got: number[] = [];
  while (!(b.r(FR) & FR_RXFE)) got.push(b.r(DR));
  assert.equal(got, Array.from({ length: 19 }, (_, i) => i + 2));
  assert.equal(b.line.levels, [true, false]);
  a.uart.reset();
  assert.equal(a.line.levels, [true, false]);
  assert.is(a.r(LCR_H), 0);
  assert.is(a.uart.rxCount, 0);
  assert.is(a.uart.queued, 3, 'host input not yet taken survives a machine reset (a reboot keeps the pipe)');
  assert.is(a.r(FR) & ~FR_RXFE, FR_TXFE, 'FR as after reset, polled look-through aside');
});

test('the two-argument constructor still works (no interrupt line)', () => {
  const out: number[] = [];
  const uart = new Pl011(0x0900_0000, (b) => out.push(b));
  uart.write(IMSC, 4, INT_TX);
  uart.write(DR, 4, 0x21);
  uart.receive([1]);
  assert.is(uart.read(MIS, 4), INT_TX);
  assert.equal(out, [0x21]);
});


test('polled mode: a guest that never unmasked RX reads host input through FR and DR', () => {
  const { uart, r } = rig();
  assert.is(r(FR) & FR_RXFE, FR_RXFE);
  uart.receive('hi\n');
  assert.is(uart.rxCount, 0, 'nothing moves before the guest reads DR');
  assert.is(r(FR) & FR_RXFE, 0, 'FR shows the waiting input');
  const got: number[] = [];
  while (!(r(FR) & FR_RXFE)) got.push(r(DR));
  assert.equal(got, [0x68, 0x69, 0x0a]);
  assert.ok(uart.inputDrained);
});

test("Linux's pl011_startup (unmask, mask, drain 32 reads, unmask) throws none of the typed-ahead input away", () => {
  const { uart, r, w, line } = rig();
  const typed = Array.from({ length: 60 }, (_, i) => 0x41 + (i % 26));
  uart.receive(typed); // piped ahead, before the kernel opened the console
  for (let k = 0; k < 10; k++) r(FR); // early printk polls FR for transmit only
  w(LCR_H, LCR_H_FEN | 0x60);
  w(IMSC, INT_RT | INT_RX); // pl011_hwinit
  uart.deliverInput(); // a run-loop point in between takes nothing
  w(IMSC, 0); // pl011_allocate_irq restores the saved mask
  w(ICR, INT_RT | INT_RX); // pl011_enable_interrupts: clear, then drain
  for (let k = 0; k < 32; k++) {
    if (r(FR) & FR_RXFE) break;
    r(DR);
  }
  w(IMSC, INT_RT | INT_RX);
  assert.is(uart.queued, typed.length, 'the drain found an empty FIFO');
  assert.not.ok(uart.deliverInput(), 'not before the vCPU idles');
  assert.ok(uart.deliverInput(true), 'the first idle delivers');
  assert.ok(line.level);
  const got: number[] = [];
  while (!(r(FR) & FR_RXFE)) got.push(r(DR)); // the interrupt handler; DR reads refill
  assert.equal(got, typed);
  assert.not.ok(line.level);
});

test('masking RX again stops delivery until the next unmask and idle', () => {
  const { uart, r, w, ready } = rig();
  ready();
  uart.receive([1]);
  assert.is(uart.rxCount, 1);
  w(IMSC, 0);
  uart.receive([2]);
  uart.deliverInput(true);
  assert.is(uart.queued, 1, 'masked: the byte waits');
  assert.is(r(DR), 1);
  assert.is(r(FR) & FR_RXFE, FR_RXFE, 'no polled look-through once the guest has used interrupts');
  ready();
  assert.is(r(DR), 2);
  assert.ok(uart.inputDrained);
});

test.run();
