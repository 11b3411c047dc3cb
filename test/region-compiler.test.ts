// The JIT's region compiler (src/jit/region-compiler.ts) against the interpreter: random pages of
// compilable operations, branches of every kind (targets in the page, forward and back, and out
// of it) and a few operations left to the interpreter; from a random entry with a random budget,
// the region retires some number of instructions, and the interpreter, from the same state,
// retiring exactly that many, must leave the same registers, flags and PC. Budgets are exact: a
// region never retires more than it is given, and stops only where a block would not fit, at an
// operation it does not handle, or on leaving the page.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { GuestMemory, RAM_BASE, RAM_OFFSET, TLB_OFFSET } from '../src/memory/layout.ts';
import { TLB_SIZE } from '../src/cpu/mmu.ts';
import { CodeCache } from '../src/cpu/code-cache.ts';
import { VCpu } from '../src/cpu/vcpu.ts';
import { a64Decoder } from '../src/cpu/decode-table.ts';
import { NZCV, SP, PC, DISCARD } from '../src/cpu/regs.ts';
import { COMPILED_OPS, compilable } from '../src/jit/block-compiler.ts';
import { compileRegion } from '../src/jit/region-compiler.ts';

function rng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return x | 0; };
}

const PAGE_OFF = 0x2000; // the page's offset in RAM
// EL1's data TLB banks (cpu/mmu.ts tlbBank(1, read/write)) in vCPU 0's TLB file.
const RD = TLB_OFFSET + 3 * TLB_SIZE * 16, WR = TLB_OFFSET + 4 * TLB_SIZE * 16;
const EDGE = [0, -1, 0x7fffffff, -0x80000000, 1, 2, 3];

/** A branch of a random kind to instruction index `to` from index `at` (may leave the page). */
function branch(next: () => number, at: number, to: number): number {
  const off = to - at, reg = (next() >>> 0) % 8, u = next() >>> 0;
  switch (u % 8) {
    case 0: return 0x14000000 | (off & 0x3ffffff); // B
    case 1: case 2: return 0x54000000 | ((off & 0x7ffff) << 5) | (u >>> 8) % 15; // B.cond (not NV)
    case 3: return 0xb4000000 | ((off & 0x7ffff) << 5) | reg; // CBZ X
    case 4: return 0xb5000000 | ((off & 0x7ffff) << 5) | reg; // CBNZ X
    case 5: return 0x35000000 | ((off & 0x7ffff) << 5) | reg; // CBNZ W
    case 6: { const bit = (u >>> 8) % 64; return 0x36000000 | ((bit >> 5) << 31) | ((bit & 31) << 19) | ((off & 0x3fff) << 5) | reg; } // TBZ
    default: { const bit = (u >>> 8) % 64; return 0x37000000 | ((bit >> 5) << 31) | ((bit & 31) << 19) | ((off & 0x3fff) << 5) | reg; } // TBNZ
  }
}

test('random pages with branches: every region run equals the interpreter retiring as many instructions', () => {
  const mem = new GuestMemory(16), decoder = a64Decoder();
  const cpu = new VCpu(mem, new CodeCache(mem.ramBytes), decoder, 0), r = mem.regFile(0);
  const dv = new DataView(mem.memory.buffer);
  const next = rng(0x0badcafe);
  const rec = new Int32Array(4);
  const compilableWord = (): number => {
    for (;;) {
      const w = next();
      rec.fill(0);
      if (decoder.decode(w, rec, 0) && compilable(rec, 0)) return w;
    }
  };
  let runs = 0, retired = 0, stoppedByBudget = 0, leftPage = 0;
  for (let trial = 0; trial < 60; trial++) {
    const words: number[] = [];
    for (let k = 0; k < 1024; k++) {
      const u = (next() >>> 0) % 100;
      if (u < 12) words.push(branch(next, k, (next() >>> 0) % 100 < 90 ? k + ((next() >>> 0) % 65) - 32 : k + 2000));
      else if (u < 14) words.push(0xf9400041); // ldr x1, [x2]: the interpreter's
      else words.push(compilableWord());
    }
    words.forEach((w, k) => dv.setUint32(RAM_OFFSET + PAGE_OFF + 4 * k, w >>> 0, true));
    cpu.code.invalidate(PAGE_OFF, 4096);
    const page = new Int32Array(4096);
    words.forEach((w, k) => { if (!decoder.decode(w, page, 4 * k)) { page[4 * k] = Op_UNDEF; } });
    for (let run = 0; run < 20; run++) {
      const entry = 4 * ((next() >>> 0) % 1024);
      const region = compileRegion(page, entry, mem.memory, 0);
      if (!region) continue;
      const budget = 1 + (next() >>> 0) % 3000;
      cpu.reset();
      for (let k = 0; k < 62; k++) r[k] = (next() & 3) === 0 ? EDGE[(next() >>> 0) % EDGE.length] : next();
      r[SP] = next() & ~15; r[SP + 1] = next();
      r[NZCV] = (next() >>> 0) % 16;
      const start = Int32Array.from(r);
      const got = region.run(region.entries.get(entry)!, budget, RAM_BASE + PAGE_OFF, 0, RD, WR, 0);
      assert.ok(got >= 0 && got <= budget, `retired ${got} of a budget of ${budget}`);
      const jit = Int32Array.from(r);
      r.set(start);
      r[PC] = RAM_BASE + PAGE_OFF + entry; r[PC + 1] = 0;
      cpu.icount = 0;
      cpu.run(got);
      assert.is(cpu.icount, got, 'the interpreter retired as many');
      const diffs: string[] = [];
      for (let k = 0; k <= SP + 1; k++) if (jit[k] !== r[k] && k !== DISCARD && k !== DISCARD + 1) diffs.push(`slot ${k}: jit ${(jit[k] >>> 0).toString(16)} interp ${(r[k] >>> 0).toString(16)}`);
      for (const k of [PC, PC + 1, NZCV]) if (jit[k] !== r[k]) diffs.push(`slot ${k} (PC/NZCV): jit ${(jit[k] >>> 0).toString(16)} interp ${(r[k] >>> 0).toString(16)}`);
      assert.equal(diffs, [], `trial ${trial} run ${run}: entry 0x${entry.toString(16)}, budget ${budget}, retired ${got}`);
      const pcOff = (jit[PC] >>> 0) - (RAM_BASE + PAGE_OFF);
      if (pcOff < 0 || pcOff >= 4096) leftPage++;
      else if (got < budget && COMPILED_OPS.has(page[pcOff]) || got < budget && budget - got < 64 && page[pcOff] !== 0) stoppedByBudget++;
      runs++; retired += got;
    }
  }
  assert.ok(runs > 1000, `${runs} runs`);
  assert.ok(retired > 100_000, `${retired} instructions retired in regions`);
  assert.ok(leftPage > 10 && stoppedByBudget > 10, `runs that left the page: ${leftPage}, stopped by the budget: ${stoppedByBudget}`);
});

const Op_UNDEF = 1;

test('a loop inside the page runs in the region until the budget, then exactly where the interpreter would be', () => {
  const mem = new GuestMemory(16), decoder = a64Decoder();
  const cpu = new VCpu(mem, new CodeCache(mem.ramBytes), decoder, 0);
  // 0: mov x0, #0; 4: add x0, x0, #1; 8: cmp x0, #1000; c: b.ne 4; 10: ldr x1, [x2]
  const words = [0xd2800000, 0x91000400, 0xf10fa01f, 0x54ffffc1, 0xf9400041];
  const dv = new DataView(mem.memory.buffer);
  words.forEach((w, k) => dv.setUint32(RAM_OFFSET + PAGE_OFF + 4 * k, w >>> 0, true));
  const page = new Int32Array(4096);
  words.forEach((w, k) => assert.ok(decoder.decode(w, page, 4 * k)));
  const region = compileRegion(page, 0, mem.memory, 0)!;
  assert.is(region.blocks, 3, 'the entry (through the first b.ne), the loop body from 4, and the load at 0x10 (empty: leave)');
  cpu.reset();
  assert.is(region.run(region.entries.get(0)!, 10_000, RAM_BASE + PAGE_OFF, 0, RD, WR, 0), 1 + 3 * 1000, 'the whole loop, then out at the load');
  assert.is(cpu.getX(0), 1000n);
  assert.is(cpu.pc, BigInt(RAM_BASE + PAGE_OFF + 0x10));
  cpu.reset();
  assert.is(region.run(region.entries.get(0)!, 100, RAM_BASE + PAGE_OFF, 0, RD, WR, 0), 100, 'a budget inside the loop: the entry block (x0 = 1), then 32 iterations of 3');
  assert.is(cpu.getX(0), 33n);
  assert.is(cpu.pc, BigInt(RAM_BASE + PAGE_OFF + 4));
});

test.run();
