// A small WebAssembly binary writer for the JIT tier (issue #14): just what compiled guest code
// needs, written by hand so the tier depends on nothing but Node's WebAssembly. A module imports
// the machine's one memory ("env" "memory": registers and RAM, no copying) and any host
// functions (the interpreter's slow paths), and exports its functions. Function bodies are built
// with FunctionBody's typed helpers, which keep the value encodings (LEB128, i64 constants from
// two int32 halves) in one place. Spec: WebAssembly Core Specification 1.0, "Binary Format".

export const enum ValType { I32 = 0x7f, I64 = 0x7e, F32 = 0x7d, F64 = 0x7c }
/** A block type with no result. */
export const BLOCK_VOID = 0x40;

/** The instructions FunctionBody emits (opcode bytes, Core spec 5.4). */
export const enum Opc {
  Unreachable = 0x00, Nop = 0x01, Block = 0x02, Loop = 0x03, If = 0x04, Else = 0x05, End = 0x0b,
  Br = 0x0c, BrIf = 0x0d, BrTable = 0x0e, Return = 0x0f, Call = 0x10, CallIndirect = 0x11, Drop = 0x1a, Select = 0x1b,
  LocalGet = 0x20, LocalSet = 0x21, LocalTee = 0x22,
  I32Load = 0x28, I64Load = 0x29, I32Load8S = 0x2c, I32Load8U = 0x2d, I32Load16S = 0x2e, I32Load16U = 0x2f,
  I64Load8S = 0x30, I64Load8U = 0x31, I64Load16S = 0x32, I64Load16U = 0x33, I64Load32S = 0x34, I64Load32U = 0x35,
  I32Store = 0x36, I64Store = 0x37, I32Store8 = 0x3a, I32Store16 = 0x3b, I64Store8 = 0x3c, I64Store16 = 0x3d, I64Store32 = 0x3e,
  I32Const = 0x41, I64Const = 0x42,
  I32Eqz = 0x45, I32Eq = 0x46, I32Ne = 0x47, I32LtS = 0x48, I32LtU = 0x49, I32GtS = 0x4a, I32GtU = 0x4b, I32LeS = 0x4c, I32LeU = 0x4d, I32GeS = 0x4e, I32GeU = 0x4f,
  I64Eqz = 0x50, I64Eq = 0x51, I64Ne = 0x52, I64LtS = 0x53, I64LtU = 0x54, I64GtS = 0x55, I64GtU = 0x56,
  I64LeS = 0x57, I64LeU = 0x58, I64GeS = 0x59, I64GeU = 0x5a,
  I32Clz = 0x67, I32Add = 0x6a, I32Sub = 0x6b, I32Mul = 0x6c, I32DivS = 0x6d, I32DivU = 0x6e, I32And = 0x71, I32Or = 0x72, I32Xor = 0x73,
  I32Shl = 0x74, I32ShrS = 0x75, I32ShrU = 0x76, I32Rotr = 0x78,
  I64Clz = 0x79, I64Add = 0x7c, I64Sub = 0x7d, I64Mul = 0x7e, I64DivS = 0x7f, I64DivU = 0x80,
  I64And = 0x83, I64Or = 0x84, I64Xor = 0x85, I64Shl = 0x86, I64ShrS = 0x87, I64ShrU = 0x88, I64Rotr = 0x8a,
  I32WrapI64 = 0xa7, I64ExtendI32S = 0xac, I64ExtendI32U = 0xad,
  I64Extend8S = 0xc2, I64Extend16S = 0xc3, I64Extend32S = 0xc4,
}

/** Where encoders append bytes: a number[] (tests) or Bytes. */
export interface ByteSink { push(b: number): void }

/** A growable byte buffer (the JIT emits many small functions: no per-byte array boxing). */
export class Bytes implements ByteSink {
  buf = new Uint8Array(256);
  length = 0;
  push(b: number): void {
    if (this.length === this.buf.length) { const n = new Uint8Array(this.buf.length * 2); n.set(this.buf); this.buf = n; }
    this.buf[this.length++] = b;
  }
  append(o: Bytes): void {
    if (this.length + o.length > this.buf.length) {
      const n = new Uint8Array(Math.max(this.buf.length * 2, this.length + o.length)); n.set(this.buf.subarray(0, this.length)); this.buf = n;
    }
    this.buf.set(o.buf.subarray(0, o.length), this.length);
    this.length += o.length;
  }
  bytes(): Uint8Array<ArrayBuffer> { return this.buf.slice(0, this.length); }
}

/** Appends unsigned LEB128 of a non-negative integer below 2^32. */
export function uleb(out: ByteSink, v: number): void {
  if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`uleb: ${v}`);
  do {
    let b = v & 0x7f;
    v = Math.floor(v / 128);
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
}

/** Appends signed LEB128 of an int32. */
export function sleb32(out: ByteSink, v: number): void {
  v |= 0;
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) { out.push(b); return; }
    out.push(b | 0x80);
  }
}

/** Appends signed LEB128 of the int64 whose halves are (lo, hi). */
export function sleb64(out: ByteSink, lo: number, hi: number): void {
  if ((hi | 0) === (lo | 0) >> 31) { sleb32(out, lo); return; } // fits in 32 bits: same encoding
  let v = (BigInt(hi | 0) << 32n) | BigInt(lo >>> 0);
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n; // arithmetic on a signed BigInt
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) { out.push(b); return; }
    out.push(b | 0x80);
  }
}

function name(out: ByteSink, s: string): void {
  const b = Buffer.from(s, 'utf8');
  uleb(out, b.length);
  for (const x of b) out.push(x);
}

/** The bytes of one function body: locals, then code. */
export class FunctionBody {
  code = new Bytes();

  /** Emits code with `emit` and puts it before everything emitted so far (a prologue). */
  prefix(emit: () => void): void {
    const body = this.code;
    this.code = new Bytes();
    emit();
    this.code.append(body);
  }
  private readonly locals: ValType[] = [];

  /** @param params the function's parameter types (locals 0..n-1) */
  constructor(readonly params: readonly ValType[], readonly results: readonly ValType[]) {}

  /** Declares a local; returns its index. */
  local(t: ValType): number {
    this.locals.push(t);
    return this.params.length + this.locals.length - 1;
  }

  op(o: Opc): this { this.code.push(o); return this; }
  i32(v: number): this { this.code.push(Opc.I32Const); sleb32(this.code, v); return this; }
  i64(lo: number, hi: number): this { this.code.push(Opc.I64Const); sleb64(this.code, lo, hi); return this; }
  get(l: number): this { this.code.push(Opc.LocalGet); uleb(this.code, l); return this; }
  set(l: number): this { this.code.push(Opc.LocalSet); uleb(this.code, l); return this; }
  tee(l: number): this { this.code.push(Opc.LocalTee); uleb(this.code, l); return this; }
  /** A load or store with a constant offset; `align` is log2 of the natural alignment. */
  mem(o: Opc, offset: number, align: number): this { this.code.push(o); uleb(this.code, align); uleb(this.code, offset); return this; }
  block(t: number = BLOCK_VOID): this { this.code.push(Opc.Block); this.code.push(t); return this; }
  loop(t: number = BLOCK_VOID): this { this.code.push(Opc.Loop); this.code.push(t); return this; }
  if(t: number = BLOCK_VOID): this { this.code.push(Opc.If); this.code.push(t); return this; }
  else(): this { this.code.push(Opc.Else); return this; }
  end(): this { this.code.push(Opc.End); return this; }
  br(depth: number): this { this.code.push(Opc.Br); uleb(this.code, depth); return this; }
  brIf(depth: number): this { this.code.push(Opc.BrIf); uleb(this.code, depth); return this; }
  brTable(depths: readonly number[], dflt: number): this {
    this.code.push(Opc.BrTable);
    uleb(this.code, depths.length);
    for (const d of depths) uleb(this.code, d);
    uleb(this.code, dflt);
    return this;
  }
  call(fn: number): this { this.code.push(Opc.Call); uleb(this.code, fn); return this; }
  /** Calls the function at the table index on the stack, of type `typeIndex` (ModuleBuilder.type), in table 0. */
  callIndirect(typeIndex: number): this { this.code.push(Opc.CallIndirect); uleb(this.code, typeIndex); this.code.push(0x00); return this; }

  /** The body as the code section holds it (size-prefixed by the module). */
  encode(): Bytes {
    const out = new Bytes();
    // Runs of the same type, as the format groups them.
    const runs: [number, ValType][] = [];
    for (const t of this.locals) {
      const last = runs[runs.length - 1];
      if (last && last[1] === t) last[0]++; else runs.push([1, t]);
    }
    uleb(out, runs.length);
    for (const [n, t] of runs) { uleb(out, n); out.push(t); }
    out.append(this.code);
    out.push(Opc.End);
    return out;
  }
}

interface FuncType { params: readonly ValType[]; results: readonly ValType[] }

/** A module: imported memory and functions, defined functions, exports. */
export class ModuleBuilder {
  private readonly types: FuncType[] = [];
  private readonly imports: { module: string; field: string; type: number }[] = [];
  private readonly funcs: { type: number; body: FunctionBody }[] = [];
  private readonly exports: { name: string; index: number }[] = [];

  private table = false;

  /** @param memoryPages the memory's size in 64 KiB pages (the import's minimum and maximum) */
  constructor(private readonly memoryPages: number) {}

  /** Imports a function table ("env" "table", funcref) as table 0, for call_indirect. */
  importTable(): void { this.table = true; }

  /** The index of a function type (for call_indirect). */
  type(params: readonly ValType[], results: readonly ValType[]): number { return this.typeIndex(params, results); }

  private typeIndex(params: readonly ValType[], results: readonly ValType[]): number {
    const k = this.types.findIndex((t) => t.params.join() === params.join() && t.results.join() === results.join());
    if (k >= 0) return k;
    this.types.push({ params, results });
    return this.types.length - 1;
  }

  /** Imports a host function ("env" field); returns its function index. Import all before defining. */
  importFunction(field: string, params: readonly ValType[], results: readonly ValType[]): number {
    if (this.funcs.length > 0) throw new Error('import functions before defining any');
    this.imports.push({ module: 'env', field, type: this.typeIndex(params, results) });
    return this.imports.length - 1;
  }

  /** Adds a function; returns its index (after the imported ones). */
  addFunction(body: FunctionBody, exportName?: string): number {
    this.funcs.push({ type: this.typeIndex(body.params, body.results), body });
    const index = this.imports.length + this.funcs.length - 1;
    if (exportName !== undefined) this.exports.push({ name: exportName, index });
    return index;
  }

  encode(): Uint8Array<ArrayBuffer> {
    const out = new Bytes();
    for (const b of [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]) out.push(b);
    const section = (id: number, body: Bytes): void => { out.push(id); uleb(out, body.length); out.append(body); };
    const types = new Bytes();
    uleb(types, this.types.length);
    for (const t of this.types) {
      types.push(0x60);
      uleb(types, t.params.length); for (const p of t.params) types.push(p);
      uleb(types, t.results.length); for (const r of t.results) types.push(r);
    }
    section(1, types);
    const imports = new Bytes();
    uleb(imports, this.imports.length + 1 + (this.table ? 1 : 0));
    name(imports, 'env'); name(imports, 'memory');
    imports.push(0x02); imports.push(0x01); uleb(imports, this.memoryPages); uleb(imports, this.memoryPages); // memory, limits min..max
    if (this.table) { name(imports, 'env'); name(imports, 'table'); imports.push(0x01); imports.push(0x70); imports.push(0x00); uleb(imports, 0); } // funcref table, min 0
    for (const im of this.imports) { name(imports, im.module); name(imports, im.field); imports.push(0x00); uleb(imports, im.type); }
    section(2, imports);
    const funcs = new Bytes();
    uleb(funcs, this.funcs.length);
    for (const f of this.funcs) uleb(funcs, f.type);
    section(3, funcs);
    const exports = new Bytes();
    uleb(exports, this.exports.length);
    for (const e of this.exports) { name(exports, e.name); exports.push(0x00); uleb(exports, e.index); }
    section(7, exports);
    const code = new Bytes();
    uleb(code, this.funcs.length);
    for (const f of this.funcs) { const b = f.body.encode(); uleb(code, b.length); code.append(b); }
    section(10, code);
    return out.bytes();
  }
}
