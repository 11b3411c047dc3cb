// The JIT tier's WebAssembly writer (src/jit/wasm-module.ts): LEB128 encodings checked against
// the spec's examples and round trips, and modules that V8 validates and runs over an imported
// memory: i64 arithmetic on register slots in that memory, a loop + br_table dispatcher (the
// shape a compiled region takes), and a call out to a host function.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FunctionBody, ModuleBuilder, Opc, ValType, sleb32, sleb64, uleb } from '../src/jit/wasm-module.ts';

const bytes = (f: (out: number[]) => void): number[] => { const o: number[] = []; f(o); return o; };

/** Decodes signed LEB128 (as BigInt) to check the writer against an independent reader. */
function readSleb(b: number[]): bigint {
  let v = 0n, shift = 0n, k = 0, byte: number;
  do { byte = b[k++]; v |= BigInt(byte & 0x7f) << shift; shift += 7n; } while (byte & 0x80);
  if (byte & 0x40) v -= 1n << shift;
  assert.is(k, b.length, 'no bytes left over');
  return v;
}

test('LEB128: the spec examples and edge values', () => {
  assert.equal(bytes((o) => uleb(o, 0)), [0x00]);
  assert.equal(bytes((o) => uleb(o, 624485)), [0xe5, 0x8e, 0x26]);
  assert.equal(bytes((o) => uleb(o, 0xffffffff)), [0xff, 0xff, 0xff, 0xff, 0x0f]);
  assert.equal(bytes((o) => sleb32(o, -123456)), [0xc0, 0xbb, 0x78]);
  assert.equal(bytes((o) => sleb32(o, 63)), [0x3f]);
  assert.equal(bytes((o) => sleb32(o, 64)), [0xc0, 0x00]);
  assert.equal(bytes((o) => sleb32(o, -64)), [0x40]);
  assert.equal(bytes((o) => sleb32(o, -65)), [0xbf, 0x7f]);
  assert.throws(() => uleb([], -1));
  const cases: [number, number][] = [[0, 0], [-1, -1], [0, 0x80000000], [-1, 0x7fffffff], [0x12345678, -0x12345679], [1, 0], [0x40, 0]];
  for (let k = 0; k < 200; k++) cases.push([(Math.random() * 2 ** 32) | 0, (Math.random() * 2 ** 32) | 0]);
  for (const [lo, hi] of cases) {
    const want = BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
    assert.is(readSleb(bytes((o) => sleb64(o, lo, hi))), want, `${hi}:${lo}`);
  }
  for (const v of [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 12345, -987654]) assert.is(readSleb(bytes((o) => sleb32(o, v))), BigInt(v));
});

function instantiate(m: ModuleBuilder, memory: WebAssembly.Memory, env: Record<string, unknown> = {}): WebAssembly.Exports {
  const bin = m.encode();
  assert.ok(WebAssembly.validate(bin), 'the module validates');
  return new WebAssembly.Instance(new WebAssembly.Module(bin), { env: { memory, ...env } }).exports;
}

test('i64 registers in the imported memory: x2 = x0 + x1 * 3, constants from halves', () => {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 1 });
  const r = new Int32Array(memory.buffer);
  const m = new ModuleBuilder(1);
  const f = new FunctionBody([], []);
  f.i32(0).i32(0).mem(Opc.I64Load, 0, 3).i32(0).mem(Opc.I64Load, 8, 3).i64(3, 0).op(Opc.I64Mul).op(Opc.I64Add).mem(Opc.I64Store, 16, 3);
  f.i32(0).i64(0x89abcdef, 0x01234567 | 0x80000000).mem(Opc.I64Store, 24, 3);
  m.addFunction(f, 'run');
  const ex = instantiate(m, memory);
  r[0] = -1; r[1] = 0x7fffffff; r[2] = 0x55555556; r[3] = 0;
  (ex.run as () => void)();
  const x = (n: number) => (BigInt(r[2 * n + 1] >>> 0) << 32n) | BigInt(r[2 * n] >>> 0);
  assert.is(x(2), BigInt.asUintN(64, 0x7fffffff_ffffffffn + 0x55555556n * 3n));
  assert.is(x(3), 0x81234567_89abcdefn);
});

test('a loop + br_table dispatcher over blocks, with a budget, returning where it stopped', () => {
  // Blocks: 0: acc += 1 -> 1; 1: acc *= 2 -> (acc < limit ? 0 : 2); 2: exit. Each block costs 1.
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 1 });
  const m = new ModuleBuilder(1);
  const f = new FunctionBody([ValType.I32, ValType.I32], [ValType.I32]); // (start block, budget) -> block to resume at
  const blk = 0, budget = 1, acc = f.local(ValType.I64);
  f.i32(0).mem(Opc.I64Load, 0, 3).set(acc);
  f.loop();                                         // depth 0 at the dispatch
  f.block().block().block().block();                // exit, b2, b1, b0 targets
  f.get(budget).op(Opc.I32Eqz).if().i32(0).get(acc).mem(Opc.I64Store, 0, 3).get(blk).op(Opc.Return).end();
  f.get(budget).i32(1).op(Opc.I32Sub).set(budget);
  f.get(blk).brTable([0, 1, 2], 3);                 // -> b0 (depth 0), b1, b2, default exit
  f.end();                                          // b0 body
  f.get(acc).i64(1, 0).op(Opc.I64Add).set(acc).i32(1).set(blk).br(3);
  f.end();                                          // b1 body
  f.get(acc).i64(2, 0).op(Opc.I64Mul).set(acc);
  f.get(acc).i64(1000, 0).op(Opc.I64LtU).if().i32(0).set(blk).br(3).end();
  f.i32(2).set(blk).br(2);
  f.end();                                          // b2: exit
  f.i32(0).get(acc).mem(Opc.I64Store, 0, 3).i32(-1).op(Opc.Return);
  f.end();                                          // default: exit as well
  f.i32(0).get(acc).mem(Opc.I64Store, 0, 3).i32(-2).op(Opc.Return);
  f.end();                                          // loop
  f.op(Opc.Unreachable);
  m.addFunction(f, 'region');
  const ex = instantiate(m, memory);
  const region = ex.region as (b: number, n: number) => number;
  const dv = new DataView(memory.buffer);
  dv.setBigUint64(0, 0n, true);
  // acc: 0 -> 1 -> 2 -> 3 -> 6 -> 7 -> 14 ... until >= 1000; run with a small budget, then resume.
  let at = region(0, 5);
  assert.is(at, 1, 'stopped with the budget spent, at the next block');
  assert.is(dv.getBigUint64(0, true), 7n, 'five blocks: +1, *2, +1, *2, +1');
  let calls = 1;
  while (at >= 0) { at = region(at, 5); calls++; }
  assert.is(at, -1);
  let want = 0n;
  for (;;) { want += 1n; want *= 2n; if (want >= 1000n) break; }
  assert.is(dv.getBigUint64(0, true), want);
  assert.ok(calls > 3);
});

test('a call out to a host function (the interpreter slow path) with i32 arguments', () => {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 1 });
  const m = new ModuleBuilder(1);
  const slow = m.importFunction('slow', [ValType.I32, ValType.I32], [ValType.I32]);
  const f = new FunctionBody([ValType.I32], [ValType.I32]);
  f.get(0).i32(7).call(slow).i32(1).op(Opc.I32Add);
  m.addFunction(f, 'run');
  const seen: number[][] = [];
  const ex = instantiate(m, memory, { slow: (a: number, b: number) => { seen.push([a, b]); return a * b; } });
  assert.is((ex.run as (x: number) => number)(6), 43);
  assert.equal(seen, [[6, 7]]);
});

test('the memory import must match the machine memory: a module declared for other limits is refused', () => {
  const m = new ModuleBuilder(2);
  const f = new FunctionBody([], []);
  m.addFunction(f, 'run');
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 1 });
  assert.throws(() => new WebAssembly.Instance(new WebAssembly.Module(m.encode()), { env: { memory } }));
});

test.run();
