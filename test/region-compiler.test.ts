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
import { NZCV, SP, PC, DISCARD, DAIF, SP_EL0, TPIDR_EL1, EXCL_VALID, EXCL_ADDR, EXCL_VAL, EXCL_VAL2 } from '../src/cpu/regs.ts';
import { COMPILED_OPS, compilable } from '../src/jit/block-compiler.ts';
import { compileRegion, regionStarts } from '../src/jit/region-compiler.ts';
import { MEMORY_OPS } from '../src/jit/memory-ops.ts';
import { plainStore } from '../src/cpu/data-access.ts';

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
  let runs = 0, retired = 0, stoppedByBudget = 0, leftPage = 0, leftForOthers = 0;
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
      // Odd runs: as if other regions of the page had blocks at every 64th byte (the region
      // leaves for them there instead of compiling them again).
      const others = run % 2 === 1;
      const region = compileRegion(page, entry, mem.memory, 0, others ? { elsewhere: (k) => (k & 63) === 0 } : {});
      if (!region) continue;
      if (others) for (const k of region.entries.keys()) assert.ok(k === entry || (k & 63) !== 0, `a block at 0x${k.toString(16)}, which another region has`);
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
      const diffs = replayDiffs(cpu, jit, entry, got, [PC, PC + 1, NZCV]);
      assert.equal(diffs, [], `trial ${trial} run ${run}: entry 0x${entry.toString(16)}, budget ${budget}, retired ${got}`);
      const pcOff = (jit[PC] >>> 0) - (RAM_BASE + PAGE_OFF);
      if (others && got < budget && pcOff >= 0 && pcOff < 4096 && (pcOff & 63) === 0 && pcOff !== entry) leftForOthers++;
      if (pcOff < 0 || pcOff >= 4096) leftPage++;
      else if (got < budget && COMPILED_OPS.has(page[pcOff]) || got < budget && budget - got < 64 && page[pcOff] !== 0) stoppedByBudget++;
      runs++; retired += got;
    }
  }
  assert.ok(runs > 1000, `${runs} runs`);
  assert.ok(leftForOthers > 100, `${leftForOthers} runs left for another region's block`);
  assert.ok(retired > 100_000, `${retired} instructions retired in regions`);
  assert.ok(leftPage > 10 && stoppedByBudget > 10, `runs that left the page: ${leftPage}, stopped by the budget: ${stoppedByBudget}`);
});

const Op_UNDEF = 1;

/**
 * From the state a region started in (already back in the register file), the interpreter runs
 * from the page's `entry` and must retire `got` instructions; returns how its registers (X0-X30,
 * SP, and the `extra` slots; DISCARD is never read) differ from the region's `jit` file.
 */
function replayDiffs(cpu: VCpu, jit: Int32Array, entry: number, got: number, extra: number[]): string[] {
  const r = cpu.r;
  r[PC] = RAM_BASE + PAGE_OFF + entry; r[PC + 1] = 0;
  cpu.icount = 0;
  cpu.run(got);
  assert.is(cpu.icount, got, 'the interpreter retired as many');
  const diffs: string[] = [];
  for (let k = 0; k <= SP + 1; k++) if (jit[k] !== r[k] && k !== DISCARD && k !== DISCARD + 1) diffs.push(`slot ${k}: jit ${(jit[k] >>> 0).toString(16)} interp ${(r[k] >>> 0).toString(16)}`);
  for (const k of extra) if (jit[k] !== r[k]) diffs.push(`slot ${k} (PC/NZCV/monitor): jit ${(jit[k] >>> 0).toString(16)} interp ${(r[k] >>> 0).toString(16)}`);
  return diffs;
}

const DATA_OFF = 0x8000; // two data pages in RAM, mapped in the TLB for reads and writes at EL1
const DATA = RAM_BASE + DATA_OFF;

/** A random load, store, pair, exclusive, DC ZVA or MRS of a stored register, on bases x20..x23 / SP. */
function memoryWord(next: () => number): number {
  const u = next(), rt = [0, 1, 2, 3, 5, 9, 20, 21, 24, 30, 31][next() % 11];
  const rn = [20, 21, 22, 23, 23, 31][next() % 6], size = next() % 4, opc = next() % 3;
  switch (u % 11) {
    case 9: // LDXR, LDXP
      if (next() & 1) return 0x887f0000 | ((next() & 1) << 30) | ([1, 2, 9, 31][next() % 4] << 10) | ((20 + next() % 2) << 5) | rt;
      return 0x085f7c00 | (size << 30) | ((20 + next() % 2) << 5) | rt;
    case 10: // STXR, STXP
      if (next() & 1) return 0x88200000 | ((next() & 1) << 30) | ([1, 2, 9, 31][next() % 4] << 16) | ([3, 5, 30][next() % 3] << 10) | ((20 + next() % 2) << 5) | [0, 3, 5][next() % 3];
      return 0x08007c00 | (size << 30) | ([1, 2, 9, 31][next() % 4] << 16) | ((20 + next() % 2) << 5) | [0, 3, 5][next() % 3];
    case 0: case 1: return 0x39000000 | (size << 30) | (opc << 22) | ((next() % 64) << 10) | (rn << 5) | rt; // LDR/STR unsigned offset
    case 2: { const type = [0, 1, 3][next() % 3]; return 0x38000000 | (size << 30) | (opc << 22) | (((next() % 128) - 64) & 0x1ff) << 12 | (type << 10) | (rn << 5) | rt; } // LDUR, post, pre
    case 3: case 4: { const option = [2, 3, 6, 7][next() % 4]; return 0x38200800 | (size << 30) | (opc << 22) | ((24 + next() % 2) << 16) | (option << 13) | ((next() & 1) << 12) | (rn << 5) | rt; } // register offset
    case 5: case 6: { // LDP/STP/LDPSW: offset, post, pre
      const po = [0, 2, 1][next() % 3], l = next() & 1, mode = [2, 1, 3][next() % 3];
      return 0x28000000 | (po << 30) | (mode << 23) | ((po === 1 ? 1 : l) << 22) | ((((next() % 32) - 16) & 0x7f) << 15) | ([4, 6, 7][next() % 3] << 10) | (rn << 5) | rt;
    }
    case 7: // DC ZVA; DC CVAU, CIVAC, IVAC, CISW
      if (next() & 1) return [0xd50b7b20, 0xd50b7e20, 0xd5087620, 0xd5087e40][next() % 4] | [20, 21, 22, 23, 24][next() % 5];
      return 0xd50b7420 | [20, 21, 22, 23][next() % 4];
    default: // MRS TPIDR_EL1, SP_EL0, DCZID_EL0, DAIF, MIDR_EL1; MSR DAIFSet #2, #3, #0xf (D: not compiled), DAIFClr #2 (not compiled)
      if (next() % 4 === 0) return [0xd50342df, 0xd50343df, 0xd5034fdf, 0xd50342ff][next() % 4];
      return [0xd538d080, 0xd5384100, 0xd53b00e0, 0xd53b4220, 0xd5380000][next() % 5] | rt;
  }
}

test('random pages with loads and stores: every region run equals the interpreter, registers and memory', () => {
  const mem = new GuestMemory(16), decoder = a64Decoder();
  const cpu = new VCpu(mem, new CodeCache(mem.ramBytes), decoder, 0), r = mem.regFile(0);
  const dv = new DataView(mem.memory.buffer), bytes = mem.bytes;
  const signed = rng(0x51de), next = (): number => signed() >>> 0;
  const rec = new Int32Array(4);
  const pick = (): number => {
    for (;;) {
      const u = next() % 100;
      const w = u < 45 ? memoryWord(next) : u < 50 ? 0xd503201f : next();
      rec.fill(0);
      if (decoder.decode(w, rec, 0) && regionStarts(rec, 0)) { if (rec[0] === 122 || rec[0] === 123) { exclusives++; if ((rec[1] >>> 26) & 1) pairs++; } return w; }
    }
  };
  const dataStart = RAM_OFFSET + DATA_OFF, dataEnd = dataStart + 0x2000;
  let runs = 0, retired = 0, memoryRetired = 0, exclusives = 0, pairs = 0, plainStores = 0;
  // Odd trials: the second data page has no write TLB entry, and the region is given the tier's
  // store function, which does plain RAM stores that miss the TLB (data-access.ts plainStore).
  const store = (lo: number, hi: number, size: number, v1Lo: number, v1Hi: number, v2Lo: number, v2Hi: number, pair: number): number => {
    if (!plainStore(cpu, lo, hi, size, v1Lo, v1Hi, v2Lo, v2Hi, pair !== 0)) return 1;
    plainStores++;
    return 0;
  };
  for (let trial = 0; trial < 40; trial++) {
    const words: number[] = [];
    for (let k = 0; k < 1024; k++) words.push(next() % 100 < 6 ? branch(next, k, k + ((next() >>> 0) % 33) - 16) : pick());
    words.forEach((w, k) => dv.setUint32(RAM_OFFSET + PAGE_OFF + 4 * k, w >>> 0, true));
    cpu.code.invalidate(PAGE_OFF, 4096);
    const page = new Int32Array(4096);
    words.forEach((w, k) => { if (!decoder.decode(w, page, 4 * k)) { page[4 * k] = Op_UNDEF; } });
    for (let run = 0; run < 25; run++) {
      const entry = 4 * (next() % 1024);
      const region = compileRegion(page, entry, mem.memory, 0, trial % 2 === 1 ? { store } : {});
      if (!region) continue;
      const budget = 1 + next() % 400;
      cpu.reset();
      // The data pages in the TLB (MMU off: VA = PA), EL1 reads and writes; in odd trials the
      // second one as a page that holds code too (decoded records, none where the data is),
      // which write entries never map.
      if (trial % 2 === 1) cpu.code.page((DATA_OFF >>> 12) + 1); else cpu.code.dropPage((DATA_OFF >>> 12) + 1);
      for (let pg = 0; pg < 2; pg++) for (const bank of [3, 4]) if (pg === 0 || bank === 3 || trial % 2 === 0) cpu.tlb.fill(bank, DATA + pg * 4096, 0, -1, dataStart + pg * 4096, 12);
      for (let k = 0; k < 62; k++) r[k] = (next() & 3) === 0 ? EDGE[next() % EDGE.length] : next();
      for (let k = 20; k <= 23; k++) { r[2 * k] = DATA + 8 * (next() % 1024); r[2 * k + 1] = 0; }
      for (const k of [24, 25]) { r[2 * k] = (next() % 64) - 16; r[2 * k + 1] = r[2 * k] >> 31; }
      r[SP] = (DATA + 0x800 + 16 * (next() % 64)) | (next() % 4 === 0 ? 8 : 0); r[SP + 1] = 0;
      r[SP_EL0] = next(); r[SP_EL0 + 1] = next(); r[TPIDR_EL1] = next(); r[TPIDR_EL1 + 1] = next();
      r[NZCV] = next() % 16; r[DAIF] = (next() % 16) << 6;
      // Sometimes a reservation an STXR may find (the exclusive monitor lives in the register file).
      r[EXCL_VALID] = next() & 1; r[EXCL_ADDR] = r[40 + 2 * (next() % 2)]; r[EXCL_ADDR + 1] = 0;
      for (let o = dataStart; o < dataEnd; o += 4) dv.setUint32(o, next(), true);
      const start = Int32Array.from(r), data0 = bytes.slice(dataStart, dataEnd);
      const got = region.run(region.entries.get(entry)!, budget, RAM_BASE + PAGE_OFF, 0, RD, WR, 0);
      assert.ok(got >= 0 && got <= budget, `retired ${got} of ${budget}`);
      const jit = Int32Array.from(r), jitData = bytes.slice(dataStart, dataEnd);
      r.set(start); bytes.set(data0, dataStart);
      const diffs = replayDiffs(cpu, jit, entry, got, [PC, PC + 1, NZCV, DAIF, EXCL_VALID, EXCL_ADDR, EXCL_ADDR + 1, EXCL_VAL, EXCL_VAL + 1, EXCL_VAL2, EXCL_VAL2 + 1]);
      const now = bytes.subarray(dataStart, dataEnd);
      for (let o = 0; o < now.length && diffs.length < 8; o++) if (now[o] !== jitData[o]) diffs.push(`data +0x${o.toString(16)}: jit ${jitData[o]} interp ${now[o]}`);
      if (diffs.length) console.log(Array.from({ length: got + 1 }, (_, k) => `${((entry + 4 * k) & 0xffc).toString(16)}: ${(words[((entry >> 2) + k) & 1023] >>> 0).toString(16)} op ${page[(entry + 4 * k) & 0xffc]}`).join('\n'), 'pc', (jit[PC] >>> 0).toString(16), (r[PC] >>> 0).toString(16));
      assert.equal(diffs, [], `trial ${trial} run ${run}: entry 0x${entry.toString(16)}, budget ${budget}, retired ${got}`);
      runs++; retired += got;
      for (let k = 0; k < got; k++) { const at = (entry + 4 * k) & 0xffc; if (MEMORY_OPS.has(page[at])) memoryRetired++; }
    }
  }
  assert.ok(runs > 500, `${runs} runs`);
  assert.ok(plainStores > 100, `${plainStores} stores done by the store function`);
  assert.ok(pairs > 300, `${pairs} exclusive pairs generated`);
  assert.ok(exclusives > 1000, `${exclusives} exclusives generated`);
  assert.ok(retired > 10_000 && memoryRetired > 2_000, `${retired} instructions retired in regions, ${memoryRetired} of them loads, stores, DC ZVA and MRS`);
});

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
