// The machine around the vCPU: the one-memory state layout, MMIO through the trap layer,
// decoded-page cache invalidation (host writes and guest stores right ahead of the PC),
// retired-instruction counting and the instruction bound. Programs are hand-assembled
// (GNU as 2.40) words written straight into RAM.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Machine } from '../src/machine/machine.ts';
import { VIRT_UART_BASE as PL011_BASE } from '../src/machine/board.ts';
import { RAM_OFFSET } from '../src/memory/layout.ts';
import { VBAR_EL1, ELR_EL1, ESR_EL1, FAR_EL1 } from '../src/cpu/regs.ts';
import { hex } from './helpers.ts';

const LOAD = 0x4008_0000n;

/** Semihosting SYS_EXIT_EXTENDED-style exit: `mov w0, #0x18; adr x1, blk; hlt #0xf000; blk: .quad 0x20026, 0`. */
const EXIT = [0x52800300, 0x10000041, 0xd45e0000, 0x00020026, 0, 0, 0];
/** Instructions of EXIT that retire: the HLT that ends the run does not complete. */
const EXIT_RETIRED = 2;

function words(ws: number[]): Uint8Array {
  const b = new Uint8Array(ws.length * 4);
  const dv = new DataView(b.buffer);
  ws.forEach((w, k) => dv.setUint32(k * 4, w >>> 0, true));
  return b;
}

interface Rig { m: Machine; uart: () => string; semi: () => string; trace: string[] }

function rig(program: number[], memoryMiB = 64): Rig {
  const uart: Uint8Array[] = [], semi: Uint8Array[] = [], trace: string[] = [];
  const m = new Machine({
    memoryMiB,
    console: (b) => uart.push(Uint8Array.from(b)),
    semihostingConsole: (b) => semi.push(Uint8Array.from(b)),
    trace: (l) => trace.push(l),
  });
  assert.ok(m.writePhys(LOAD, words(program)), 'program written');
  m.cpus[0].pc = LOAD;
  return {
    m,
    uart: () => Buffer.concat(uart).toString('latin1'),
    semi: () => Buffer.concat(semi).toString('latin1'),
    trace,
  };
}

// ---- the one memory -----------------------------------------------------------------------------

test('one memory: 2 MiB of register files, TLBs and the jump cache + RAM, never grown by running', () => {
  const { m } = rig([0x9100054a, 0x9100054a, ...EXIT]); // add x10, x10, #1 (x2)
  const buf = m.mem.memory.buffer;
  assert.is(buf.byteLength, 2 * 1024 * 1024 + 64 * 1024 * 1024);
  assert.is(RAM_OFFSET, 2 * 1024 * 1024);
  assert.equal(m.run(), { kind: 'exit', status: 0 });
  assert.is(m.mem.memory.buffer, buf, 'same ArrayBuffer after a run');
  assert.is(m.mem.memory.buffer.byteLength, 2 * 1024 * 1024 + 64 * 1024 * 1024);
  assert.is(m.cpus[0].getX(10), 2n);
  // The program bytes are at RAM_OFFSET + (pa - RAM_BASE) of that memory.
  assert.is(new DataView(buf).getUint32(RAM_OFFSET + 0x8_0000, true), 0x9100054a);
});

test('vCPU 0 register file is at offset 0 of the memory: X5 at 10/11, SP at 66/67, PC at 68/69', () => {
  const { m } = rig(EXIT);
  const cpu = m.cpus[0];
  const view = new Int32Array(m.mem.memory.buffer);
  cpu.setX(5, 0x1122334455667788n);
  assert.is(view[10], 0x55667788);
  assert.is(view[11], 0x11223344);
  cpu.setX(0, 0xffffffff_80000000n);
  assert.is(view[0], 0x80000000 | 0, 'halves are int32-normalised');
  assert.is(view[1], -1);
  cpu.setX(31, 0x4000_1230n); // 31 = SP
  assert.equal([view[66], view[67]], [0x4000_1230, 0]);
  cpu.pc = 0x1_4008_0004n;
  assert.equal([view[68], view[69]], [0x4008_0004, 1]);
  // And the other way round: a store into the memory is the register.
  view[12] = -2; view[13] = 0x7fffffff;
  assert.is(cpu.getX(6), 0x7fffffff_fffffffen);
  assert.is(cpu.r.buffer, m.mem.memory.buffer);
  assert.is(cpu.r.byteOffset, 0);
});

// ---- MMIO through the trap layer ------------------------------------------------------------------

test('MMIO: PL011 writes print; loads get the right sign/zero extension and size', () => {
  const program = [
    0xd2a12000, // movz x0, #0x900, lsl #16
    0x52800821, // mov w1, #0x41
    0xb9000001, // str w1, [x0]           'A'
    0x52800141, // mov w1, #0x0a
    0x39000001, // strb w1, [x0]          '\n'
    0x39806002, // ldrsb x2, [x0, #0x18]  FR = 0x90
    0x39406003, // ldrb w3, [x0, #0x18]
    0xb94fe004, // ldr w4, [x0, #0xfe0]   PeriphID0 = 0x11
    0x79803005, // ldrsh x5, [x0, #0x18]
    0x39c06006, // ldrsb w6, [x0, #0x18]
    0xf947f007, // ldr x7, [x0, #0xfe0]   PeriphID0 | PeriphID1 << 32
    0x79dff808, // ldrsh w8, [x0, #0xffc] PCellID3 = 0xb1
    0x39fff009, // ldrsb w9, [x0, #0xffc]
    0xb940181f, // ldr wzr, [x0, #0x18]
    ...EXIT,
  ];
  const { m, uart, trace } = rig(program);
  const cpu = m.cpus[0];
  for (let n = 2; n <= 9; n++) cpu.setX(n, 0xdeadbeef_deadbeefn);
  assert.equal(m.run(), { kind: 'exit', status: 0 });
  assert.is(uart(), 'A\n');
  const want: [number, bigint][] = [
    [2, 0xffffffff_ffffff90n], [3, 0x90n], [4, 0x11n], [5, 0x90n], [6, 0xffffff90n],
    [7, 0x00000010_00000011n], [8, 0xb1n], [9, 0xffffffb1n],
  ];
  for (const [n, v] of want) assert.is(hex(cpu.getX(n)), hex(v), `x${n}`);
  assert.is(m.instructions, 14 + EXIT_RETIRED, 'MMIO accesses retire once each');
  // --trace traps saw each access with device and offset.
  assert.ok(trace.some((l) => l.startsWith('trap DABT_LOW') && l.includes('write 4B pl011+0x0 = 0x00000041')), trace.join('\n'));
  assert.ok(trace.some((l) => l.includes('read 1B pl011+0x18 = 0x') && l.includes('ff90')), 'sign-extended read traced');
  assert.ok(trace.some((l) => l.includes('semihosting op 0x18') && l.includes('exit 0')));
  assert.is(PL011_BASE, 0x0900_0000);
});

test('MMIO through register-offset loads and stores (extend, shift, sign)', () => {
  const program = [
    0xd2a12000, // movz x0, #0x900, lsl #16
    0xd281fc0b, // mov x11, #0xfe0
    0xb86b680a, // ldr w10, [x0, x11]          0x11
    0xd280030d, // mov x13, #0x18
    0x38ad680c, // ldrsb x12, [x0, x13]        FR, sign-extended to 64
    0xf86b680f, // ldr x15, [x0, x11]          PeriphID0 | PeriphID1 << 32
    0x38ed4810, // ldrsb w16, [x0, w13, uxtw]  sign-extended to 32
    0x91002011, // add x17, x0, #8
    0x928000ee, // mov x14, #-8
    0x52800841, // mov w1, #'B'
    0x382eca21, // strb w1, [x17, w14, sxtw]   0x09000008 + (-8)
    0xb82e6a21, // str w1, [x17, x14]          64-bit wrap-around of the index
    ...EXIT,
  ];
  const { m, uart } = rig(program);
  const cpu = m.cpus[0];
  for (const n of [10, 12, 15, 16]) cpu.setX(n, 0xdeadbeef_deadbeefn);
  assert.equal(m.run(), { kind: 'exit', status: 0 });
  assert.is(uart(), 'BB');
  const want: [number, bigint][] = [[10, 0x11n], [12, 0xffffffff_ffffff90n], [15, 0x00000010_00000011n], [16, 0xffffff90n]];
  for (const [n, v] of want) assert.is(hex(cpu.getX(n)), hex(v), `x${n}`);
  assert.is(m.instructions, 12 + EXIT_RETIRED);
});

/** Register halves as a bigint. */
function reg(m: Machine, slot: number): bigint {
  const r = m.cpus[0].r;
  return (BigInt(r[slot + 1] >>> 0) << 32n) | BigInt(r[slot] >>> 0);
}

/** rig() with vectors at LOAD + 0x1000 whose current-EL sync entry (0x200) ends the run. */
function rigWithVectors(program: number[]): Rig {
  const t = rig(program);
  const vbar = LOAD + 0x1000n;
  assert.ok(t.m.writePhys(vbar + 0x200n, words(EXIT)));
  const r = t.m.cpus[0].r;
  r[VBAR_EL1] = Number(vbar & 0xffffffffn) | 0; r[VBAR_EL1 + 1] = 0;
  return t;
}

test('nothing behind a physical address: the guest takes a synchronous external abort (DFSC/IFSC 0x10, as QEMU virt)', () => {
  {
    const { m, trace } = rigWithVectors([0xd2a14200, 0xb9400001]); // movz x0, #0xa10, lsl #16; ldr w1, [x0]
    assert.equal(m.run(), { kind: 'exit', status: 0 });
    assert.is(hex(reg(m, ESR_EL1)), hex(0x9600_0010n), 'EC 0x25, IL, DFSC 0x10, WnR 0, EA 0, ISV 0');
    assert.is(hex(reg(m, FAR_EL1)), hex(0xa10_0000n));
    assert.is(hex(reg(m, ELR_EL1)), hex(LOAD + 4n), 'ELR: the load, which did not complete');
    assert.ok(trace.some((l) => /read from unmapped physical address 0x0*a100000 -> external abort injected/.test(l)), trace.join('\n'));
  }
  {
    const { m } = rigWithVectors([0xd2a14200, 0xb9000801]); // str w1, [x0, #8]
    assert.equal(m.run(), { kind: 'exit', status: 0 });
    assert.is(hex(reg(m, ESR_EL1)), hex(0x9600_0050n), 'WnR 1');
    assert.is(hex(reg(m, FAR_EL1)), hex(0xa10_0008n));
  }
  {
    // A fetch: br x0 to 0x70000000 (no RAM there with 64 MiB).
    const { m } = rigWithVectors([0xd2ae0000, 0xd61f0000]); // movz x0, #0x7000, lsl #16; br x0
    assert.equal(m.run(), { kind: 'exit', status: 0 });
    assert.is(hex(reg(m, ESR_EL1)), hex(0x8600_0010n), 'EC 0x21, IL, IFSC 0x10');
    assert.is(hex(reg(m, FAR_EL1)), hex(0x7000_0000n));
    assert.is(hex(reg(m, ELR_EL1)), hex(0x7000_0000n));
  }
});

test('an abort whose vector cannot be fetched stops the run, naming both', () => {
  const { m } = rig([0xd2a14200, 0xb9400001]); // VBAR_EL1 = 0: no RAM at the vector
  const stop = m.run();
  assert.is(stop.kind, 'fault');
  const message = 'message' in stop ? stop.message ?? '' : '';
  assert.match(message, /executes from physical address 0x0*200, which is not RAM after the guest took an exception \(ESR 0x96000010, DABT_CUR\) at pc 0x0*40080004\b/);
});

test('--stop-on external-abort: an unmapped address stops with kind fault, naming the address and the pc', () => {
  {
    const { m } = rig([0xd2a14200, 0xb9400001]); // movz x0, #0xa10, lsl #16; ldr w1, [x0]
    m.stopOnExternalAbort = true;
    const stop = m.run();
    assert.is(stop.kind, 'fault');
    assert.match('message' in stop ? stop.message ?? '' : '', /read from unmapped physical address 0x0*a100000\b/);
    assert.match('message' in stop ? stop.message ?? '' : '', /pc 0x0*40080004\b/);
    assert.is(m.cpus[0].pc, 0x4008_0004n, 'the PC stays at the faulting load');
    assert.is(m.instructions, 1, 'the faulting load does not retire');
  }
  {
    const { m } = rig([0xd2a14200, 0xb9000801]); // str w1, [x0, #8]
    m.stopOnExternalAbort = true;
    const stop = m.run();
    assert.is(stop.kind, 'fault');
    assert.match('message' in stop ? stop.message ?? '' : '', /write to unmapped physical address 0x0*a100008\b/);
  }
  {
    const { m } = rigWithVectors([0xd2ae0000, 0xd61f0000]); // br x0 to 0x70000000
    m.stopOnExternalAbort = true;
    const stop = m.run();
    assert.is(stop.kind, 'fault');
    assert.match('message' in stop ? stop.message ?? '' : '', /executes from physical address 0x0*70000000, which is not RAM$/);
  }
  {
    const { m, uart } = rig([0xd2a12000, 0x29000401]); // stp w1, w1, [x0] to the PL011
    const stop = m.run();
    assert.is(stop.kind, 'fault');
    assert.match('message' in stop ? stop.message ?? '' : '', /pl011\+0x0 by an instruction without a valid syndrome/);
    assert.is(uart(), '');
  }
});

// ---- decoded-page cache invalidation ------------------------------------------------------------

test('self-modifying code: a host writePhys over decoded code is seen on the next run', () => {
  const { m } = rig([0xd2800029, ...EXIT]); // mov x9, #1
  const cpu = m.cpus[0];
  assert.equal(m.run(), { kind: 'exit', status: 0 });
  assert.is(cpu.getX(9), 1n);
  assert.ok(m.writePhys(LOAD, words([0xd2800049]))); // mov x9, #2
  cpu.pc = LOAD;
  assert.equal(m.run(), { kind: 'exit', status: 0 });
  assert.is(cpu.getX(9), 2n, 'the decoded record was invalidated');
  // A write of a single byte in the middle of the page (the imm16 low bits) works too.
  assert.ok(m.writePhys(LOAD, Uint8Array.of(0x69))); // mov x9, #3
  cpu.pc = LOAD;
  m.run();
  assert.is(cpu.getX(9), 3n);
});

/**
 * Loops twice over a store that writes the next instruction (same page, right ahead of the PC).
 * Pass 1 stores `mov x9, #1` over itself and executes it (now decoded, copied to x3); pass 2
 * stores `mov x9, #2` and must execute the new instruction.
 */
function selfPatch(store: number): number[] {
  return [
    0x18000266, //        ldr w6, one
    0x18000267, //        ldr w7, two
    0x100000a2, //        adr x2, patch
    0xd2800005, //        mov x5, #0
    0xf10000bf, // loop:  cmp x5, #0
    0x1a8700c1, //        csel w1, w6, w7, eq
    store, //             STORE w1, [x2]
    0xd2800029, // patch: mov x9, #1
    0xb5000085, //        cbnz x5, done
    0xaa0903e3, //        mov x3, x9
    0xd2800025, //        mov x5, #1
    0x17fffff9, //        b loop
    ...EXIT, //    done:
    0xd2800029, // one:   mov x9, #1
    0xd2800049, // two:   mov x9, #2
  ];
}

for (const [store, name] of [
  [0xb9000041, 'str w1, [x2]'], [0x39000041, 'strb w1, [x2]'], [0x79000041, 'strh w1, [x2]'],
  [0xb83f6841, 'str w1, [x2, xzr]'], [0x383f4841, 'strb w1, [x2, wzr, uxtw]'],
] as const) {
  test(`self-modifying code: guest ${name} to the next instruction (same page, already decoded)`, () => {
    const { m } = rig(selfPatch(store));
    const cpu = m.cpus[0];
    assert.equal(m.run(), { kind: 'exit', status: 0 });
    assert.is(cpu.getX(3), 1n, 'pass 1 ran the original instruction');
    assert.is(cpu.getX(9), 2n, 'pass 2 ran the patched instruction');
    // set-up 4, pass 1 (cmp..b) 8, pass 2 (cmp..cbnz) 5, then the exit.
    assert.is(m.instructions, 4 + 8 + 5 + EXIT_RETIRED);
  });
}

// ---- counting and bounds ----------------------------------------------------------------------------

test('instruction counting: N straight-line instructions + the exit sequence', () => {
  const N = 10;
  const { m } = rig([...Array(N).fill(0x9100054a), ...EXIT]); // add x10, x10, #1
  assert.equal(m.run(), { kind: 'exit', status: 0 });
  assert.is(m.cpus[0].getX(10), BigInt(N));
  assert.is(m.instructions, N + EXIT_RETIRED);
  assert.is(m.cpus[0].pc, LOAD + BigInt(4 * (N + 2)), 'stopped at the exit HLT');
});

test('instruction counting: a semihosting call that returns retires its HLT', () => {
  // mov w0, #3 (SYS_WRITEC); adr x1, ch; hlt #0xf000; EXIT; ch: 'Z'
  const { m, semi } = rig([0x52800060, 0x10000121, 0xd45e0000, ...EXIT, 0x5a]);
  assert.equal(m.run(), { kind: 'exit', status: 0 });
  assert.is(semi(), 'Z');
  assert.is(m.cpus[0].getX(0), 0x18n);
  assert.is(m.instructions, 3 + EXIT_RETIRED);
});

test('maxInstructions: an endless loop stops with kind limit after exactly that many', () => {
  const { m } = rig([0x14000000]); // b .
  const stop = m.run({ maxInstructions: 1000 });
  assert.is(stop.kind, 'limit');
  assert.match(('message' in stop ? stop.message : '') ?? '', /1000/);
  assert.match(('message' in stop ? stop.message : '') ?? '', /40080000/);
  assert.is(m.instructions, 1000);
  // The bound is on the total: resuming with a larger one runs the difference.
  assert.is(m.run({ maxInstructions: 2500 }).kind, 'limit');
  assert.is(m.instructions, 2500);
  assert.is(m.run({ maxInstructions: 2500 }).kind, 'limit');
  assert.is(m.instructions, 2500, 'a spent bound runs nothing');
});

test('maxInstructions: exact across MMIO exits', () => {
  // movz x0, #0x900, lsl #16; mov w1, #'.'; loop: str w1, [x0]; b loop
  const { m, uart } = rig([0xd2a12000, 0x528005c1, 0xb9000001, 0x17ffffff]);
  const stop = m.run({ maxInstructions: 103 });
  assert.is(stop.kind, 'limit');
  assert.is(m.instructions, 103);
  // 2 set-up instructions, then str/b pairs: stores at counts 3, 5, ..., 103.
  assert.is(uart(), '.'.repeat(51));
});


// SP alignment (SCTLR_EL1.SA, set at reset): a load based on a misaligned SP takes EC 0x26 to
// EL1. QEMU 7.2 does not implement this check, so there is no golden: the Arm ARM is the oracle.
test('SP alignment fault: ldr x0, [sp] with SP = 8 mod 16 takes EC 0x26 with ELR at the load', () => {
  const t = rig([
    0x10004002, // adr x2, LOAD+0x800 (vectors)
    0xd518c002, // msr vbar_el1, x2
    0xd5033fdf, // isb
    0x910003e1, // mov x1, sp
    0x927cec21, // and x1, x1, #~15
    0x91002021, // add x1, x1, #8
    0x9100003f, // mov sp, x1
    0xf94003e0, // ldr x0, [sp]      <- faults
    0xd4200020, // brk #1            (not reached)
  ]);
  // Vector for "current EL with SP_ELx, synchronous" at VBAR + 0x200: record ESR/ELR, exit.
  assert.ok(t.m.writePhys(LOAD + 0xa00n, words([
    0xd5385205, // mrs x5, esr_el1
    0xd5384026, // mrs x6, elr_el1
    0x52800300, // mov w0, #0x18 (SYS_EXIT)
    0x10000061, // adr x1, block
    0xd45e0000, // hlt #0xf000
    0xd503201f, // nop
    0x00020026, 0, 0, 0, // block: ADP_Stopped_ApplicationExit, 0
  ])));
  const stop = t.m.run({ maxInstructions: 1000 });
  assert.equal({ kind: stop.kind }, { kind: 'exit' }, JSON.stringify(stop));
  const cpu = t.m.cpus[0];
  assert.is(hex(cpu.getX(5)), hex(0x9a000000n), 'ESR_EL1: EC 0x26, IL');
  assert.is(hex(cpu.getX(6)), hex(LOAD + 28n), 'ELR_EL1: the faulting load');
});

test('PL011 receive: bytes the host queues are read from DR while FR.RXFE is clear', () => {
  const t = rig([
    0xd2a12000, // movz x0, #0x900, lsl #16  (PL011)
    0xb9401802, // 1: ldr w2, [x0, #0x18]    FR
    0x3727ffe2, //    tbnz w2, #4, 1b        RXFE
    0xb9400003, //    ldr w3, [x0]           DR
    0xb9401802, // 2: ldr w2, [x0, #0x18]
    0x3727ffe2, //    tbnz w2, #4, 2b
    0xb9400004, //    ldr w4, [x0]
    0x52800300, // mov w0, #0x18 (SYS_EXIT)
    0x10000041, // adr x1, blk
    0xd45e0000, // hlt #0xf000
    0x00020026, 0, 0, 0,
  ]);
  t.m.uart.receive('hi');
  const stop = t.m.run({ maxInstructions: 10_000 });
  assert.is(stop.kind, 'exit', JSON.stringify(stop));
  assert.is(Number(t.m.cpus[0].getX(3)), 0x68, 'first byte');
  assert.is(Number(t.m.cpus[0].getX(4)), 0x69, 'second byte');
});

// ---- breakpoints: checked only on pages that hold one -------------------------------------------

test('breakpoints: hit on a page entered by a branch, by falling through, and after an in-page branch', () => {
  // Page 0: b page1+0x10 ... page 1 at +0x1000: four adds, a backward in-page branch loop (x11 counts
  // down from 3), then falls through to page 2 where the exit sequence runs.
  const ADD10 = 0x9100054a; // add x10, x10, #1
  const prog: number[] = new Array(0x2000 / 4).fill(0xd503201f); // nop
  prog[0] = 0x14000000 | ((0x1010 / 4) & 0x3ffffff); // b +0x1010
  prog[0x1010 / 4] = 0xd2800060 | 11; // mov x11, #3
  prog[0x1014 / 4] = ADD10; // loop: add x10, x10, #1
  prog[0x1018 / 4] = 0xf100056b; // subs x11, x11, #1
  prog[0x101c / 4] = 0x54000000 | (((-2) & 0x7ffff) << 5) | 1; // b.ne loop
  const tail = 0x2000 / 4;
  const { m } = rig([...prog, ...EXIT]);
  const cpu = m.cpus[0];
  const stopAt = (va: bigint): void => {
    const stop = m.run({ maxInstructions: 100_000 });
    assert.equal(stop, { kind: 'debug', event: 'breakpoint' }, `stop at ${hex(va)}`);
    assert.is(cpu.pc, va);
  };
  assert.ok(cpu.addBreakpoint(LOAD + 0x1014n), 'in the loop, reached by a branch from page 0');
  assert.ok(cpu.addBreakpoint(LOAD + BigInt(tail * 4)), 'first instruction of page 2, reached by falling through');
  assert.not.ok(cpu.addBreakpoint(LOAD + 0x1014n), 'set twice');
  stopAt(LOAD + 0x1014n);
  assert.is(cpu.getX(10), 0n);
  for (let k = 1; k <= 2; k++) {
    // The debugger steps over a breakpoint (as machine-target does): remove, step, put back.
    cpu.removeBreakpoint(LOAD + 0x1014n);
    m.step();
    cpu.addBreakpoint(LOAD + 0x1014n);
    stopAt(LOAD + 0x1014n); // the in-page backward branch reaches it again
    assert.is(cpu.getX(10), BigInt(k));
  }
  assert.ok(cpu.removeBreakpoint(LOAD + 0x1014n));
  assert.not.ok(cpu.removeBreakpoint(LOAD + 0x1014n), 'removed twice');
  stopAt(LOAD + BigInt(tail * 4));
  assert.is(cpu.getX(10), 3n);
  assert.ok(cpu.removeBreakpoint(LOAD + BigInt(tail * 4)));
  assert.equal(m.run(), { kind: 'exit', status: 0 }, 'no breakpoint left: runs to the end');
});

// ---- idle time and the PL031 alarm -------------------------------------------------------------

test('WFI with only a PL031 alarm armed: virtual time jumps to the alarm (an absolute deadline), not 1 ns a step', () => {
  const { m } = rig([0xd503207f, 0x17ffffff]); // wfi; b .-4 (the RTC's SPI is not enabled: nothing wakes the vCPU)
  m.clock.skip(5.5e9); // armed later than time 0, where a relative and an absolute deadline agree
  const count = m.rtc.read(0x00, 4); // RTCDR
  m.rtc.write(0x10, 4, 1); // RTCIMSC: the alarm raises RTCINTR
  m.rtc.write(0x04, 4, (count + 2) >>> 0); // RTCMR: two seconds on
  const stop = m.run({ maxInstructions: 1_000_000 });
  assert.is(m.rtc.read(0x14, 4), 1, 'RTCRIS: the alarm fired');
  assert.ok(m.clock.now() >= 6.5e9 && m.clock.now() <= 7.5e9 + 1000, `virtual time at the alarm (1-2 s on): ${m.clock.now()} ns`);
  assert.ok(m.instructions < 100, `a few instructions, not a crawl: ${m.instructions}`);
  assert.is(stop.kind, 'fault', 'then nothing is armed: the guest waits forever');
});

test.run();
