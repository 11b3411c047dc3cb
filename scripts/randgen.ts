/**
 * randgen.ts — random A64 integer-instruction differential test corpus generator.
 *
 * Usage:  npx tsx scripts/randgen.ts [--out test/corpus/random] [--count 100] [--seed 1]
 *                                    [--blocks 20] [--block-size 100]
 * (scripts/make-random-corpus.sh random runs this, assembles/links every program and records
 *  the QEMU goldens in test/golden/random/rNNN.out.)  Same arguments -> byte-identical files.
 * The program frame, seed tables and harness are scripts/randgen-harness.ts's state programs.
 *
 * OUTPUT FILES (in --out):
 *   harness.inc   shared start-up / dump / exit code, `.include`d by every program
 *   rNNN.S        one program: the random blocks as raw `.inst 0x........` words,
 *                 followed by its seeded initial-state tables
 *   rNNN.elf      (made by make-random-corpus.sh) stripped static ELF, entry _start = 0x40080000.
 *                 PT_LOAD 1: .text+.rodata at 0x40080000 (file-backed).  PT_LOAD 2: .bss,
 *                 4 KiB aligned (0x40083000 in the current corpus), FileSiz 0, MemSiz 0x1000:
 *                 scratch at +0, save area at +0x800.  The program initialises both itself, so
 *                 the loader only has to map the memory (zeroing it is harmless).
 *   manifest.json per-program seed and per-class instruction counts
 *
 * RUNTIME LAYOUT / RESERVED REGISTERS
 *   x28 = base of the 512-byte scratch buffer (4 KiB aligned, in .bss).  Never written by
 *         any random instruction.  Every load/store/atomic targets [x28, x28+512).
 *   x27 = base of the save area (in .bss, 0x800 after scratch).  Never written by any
 *         random instruction.  Layout: [8*i] = x_i (i=0..30), [248] = SP, [256] = NZCV
 *         (as read by MRS), [264] = dump return address, [272] = dump counter.
 *   Every other register (x0-x26, x29, x30, SP, NZCV) is seeded from a per-program table
 *   and is fair game for the random code (SP too: ADD/SUB/AND/ORR/EOR with Rd=31 write SP;
 *   SP is only used as a memory base right after an explicit `add sp, x28, #off16`).
 *
 * PROGRAM FLOW
 *   _start copies the seeded tables into the save area / scratch, then jumps through the
 *   `restore` half of the dump routine which loads x0-x26, x29, x30, SP, NZCV.  Then:
 *     bl dump                         (dump "== 000": the initial state)
 *     ldr x30, [x27, #240]
 *     <block 1: ~block-size random instructions, .inst words>
 *     str x30, [x27, #240] ; bl dump ; ldr x30, [x27, #240]   (dump "== 001")
 *     ... <block N> ; str x30, [x27, #240] ; bl dump
 *     final memory dump, then semihosting SYS_EXIT_EXTENDED (w0=0x20, x1 -> {0x20026, 0};
 *     `hlt #0xf000`), i.e. exit status 0.
 *   Random branches only go forward, to a "unit" boundary inside the same block, or to the
 *   block end (the `str x30` of the dump call), so there are no loops and no jumps into the
 *   middle of a setup sequence.
 *
 * OUTPUT FORMAT (bytes written to the PL011 data register at 0x09000000, `strb` only)
 *   Each dump, every line terminated by "\n":
 *     == NNN                  (dump number, 3 decimal digits, 000 = initial state)
 *     x00 0123456789abcdef    (x00..x30, 16 lower-case hex digits)
 *     ...
 *     x30 ...
 *     sp 0123456789abcdef
 *     nzcv X                  (one hex digit: NZCV bits 31:28)
 *     mem 0123456789abcdef    (FNV-1a style hash over the 64 LE doublewords of scratch:
 *                              h=0xcbf29ce484222325; for each dword d: h=(h^d)*0x100000001b3 mod 2^64)
 *   After the last dump:
 *     == end
 *     16 lines of 4 space-separated 16-hex-digit doublewords (scratch[0..511], LE dwords)
 *   The golden file test/golden/random/rNNN.out is QEMU's stdout byte for byte.
 *
 * ENCODING CLASSES: see CLASSES below (name, weight).  Encodings are built from field
 * layouts here; only valid, non-CONSTRAINED-UNPREDICTABLE encodings are produced.
 * All data accesses are naturally aligned (pairs: element size; LDXP/STXP/CASP: pair size).
 * Instructions that are not "random" (counted as setup in manifest.json): the
 * `add/sub Xb, x28, #off` base set-up before each memory op, `add sp, x28, #off16` before
 * SP-based ops, MOVZ/MOVN/MOVK of a register-offset index, the LDR/LDP that preloads the
 * CAS/CASP compare value (so some CASes succeed), and the ADR before BR/BLR/RET.
 * Exclusives: a store-exclusive is only ever emitted immediately after a load-exclusive of the
 * same size and address (so it succeeds, status 0); lone LDXR/LDAXR/LDXP also occur.
 *
 * QEMU 7.2 FACTS (qemu-system-aarch64 -M virt -cpu max, -kernel ELF):
 *   - starts at EL1 (CurrentEL=4) with SCTLR_EL1=0x00c50838: MMU off, A=0, SA=1, SA0=1.
 *   - with the MMU off (Device memory) QEMU does NOT fault unaligned plain LDR/LDP; it DOES
 *     fault unaligned LDXR and unaligned LSE atomics (no FEAT_LSE2).  The corpus keeps every
 *     access aligned anyway.  SA=1, so SP is always 16-aligned when used as a base.
 *   - STXR right after LDXR to the same address succeeds (0); STXR with no open monitor fails
 *     (1); LDXR; STR same value; STXR succeeds in QEMU (value-compare monitor) — not generated.
 *   - PL011 data register writes need no UART enable; SYS_EXIT_EXTENDED with 0x20026 -> exit 0.
 */
import {
  Rng, SCRATCH, generatedBy, runCorpus, stateHarness, stateProgram, weightedPicker, type Program, type Weighted,
} from './randgen-harness.ts';

// ---------------------------------------------------------------- constants
const ALL: readonly number[] = Array.from({ length: 32 }, (_, i) => i);
/** registers a random instruction may write (31 = XZR or SP depending on the encoding) */
const DST: readonly number[] = [...Array.from({ length: 27 }, (_, i) => i), 29, 30, 31];
/** writable, not 31: usable as memory base / index / branch register */
const GPR: readonly number[] = DST.filter((r) => r !== 31);

const u = (x: number): number => x >>> 0;

// ---------------------------------------------------------------- units
type Item = { w: number; setup: boolean } | { rel: (d: number) => number; target: number; setup: boolean };
interface Unit {
  cls: string;
  items: Item[];
}
interface Ctx {
  r: Rng;
  i: number; // index of this unit within the block
  n: number; // number of units in the block
}
const ins = (w: number): Item => ({ w: u(w), setup: false });
const setup = (w: number): Item => ({ w: u(w), setup: true });

function pickNot(r: Rng, from: readonly number[], not: number[]): number {
  const c = from.filter((x) => !not.includes(x));
  return r.pick(c);
}

// ---------------------------------------------------------------- data processing (immediate)
function addSubImm(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2), op = r.int(2), S = r.int(2), sh = r.int(2);
  const imm = r.bool(0.3) ? r.range(0, 16) : r.int(4096);
  const rd = r.pick(DST), rn = r.pick(ALL);
  return { cls: 'addsub_imm', items: [ins((sf << 31) | (op << 30) | (S << 29) | 0x11000000 | (sh << 22) | (imm << 10) | (rn << 5) | rd)] };
}

function moveWide(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2);
  const opc = r.pick([0, 2, 3]);
  const hw = r.int(sf ? 4 : 2);
  const imm16 = r.bool(0.2) ? r.pick([0, 1, 0xffff, 0x8000, 0x7fff]) : r.int(65536);
  return { cls: 'movewide', items: [ins((sf << 31) | (opc << 29) | 0x12800000 | (hw << 21) | (imm16 << 5) | r.pick(DST))] };
}

function adr(c: Ctx): Unit {
  const r = c.r;
  const op = r.int(2);
  const imm = r.int(1 << 21);
  return { cls: 'adr', items: [ins((op << 31) | ((imm & 3) << 29) | 0x10000000 | ((imm >>> 2) << 5) | r.pick(DST))] };
}

/** valid (N, immr, imms) for a logical immediate of the given size */
function bitmask(r: Rng, sf: number): [number, number, number] {
  if (sf && r.bool(0.4)) {
    return [1, r.int(64), r.int(63)]; // e=64, S in 0..62
  }
  const len = r.range(1, 5); // element size 2..32
  const e = 1 << len;
  const s = r.int(e - 1); // 0..e-2 (all-ones is reserved)
  const imms = ((0x3f << (len + 1)) & 0x3f) | s;
  return [0, r.int(64), imms]; // immr upper bits are ignored by DecodeBitMasks
}

function logicalImm(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2), opc = r.int(4);
  const [N, immr, imms] = bitmask(r, sf);
  const rd = r.pick(DST), rn = r.pick(ALL); // AND/ORR/EOR Rd=31 -> SP, ANDS Rd=31 -> XZR
  return { cls: 'logical_imm', items: [ins((sf << 31) | (opc << 29) | 0x12000000 | (N << 22) | (immr << 16) | (imms << 10) | (rn << 5) | rd)] };
}

function bitfield(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2), opc = r.int(3);
  const lim = sf ? 64 : 32;
  const immr = r.int(lim), imms = r.int(lim);
  return { cls: 'bitfield', items: [ins((sf << 31) | (opc << 29) | 0x13000000 | (sf << 22) | (immr << 16) | (imms << 10) | (r.pick(ALL) << 5) | r.pick(DST))] };
}

function extr(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2);
  const imms = r.int(sf ? 64 : 32);
  return { cls: 'extr', items: [ins((sf << 31) | 0x13800000 | (sf << 22) | (r.pick(ALL) << 16) | (imms << 10) | (r.pick(ALL) << 5) | r.pick(DST))] };
}

// ---------------------------------------------------------------- data processing (register)
function addSubShift(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2), op = r.int(2), S = r.int(2), sh = r.int(3);
  const amt = r.int(sf ? 64 : 32);
  return { cls: 'addsub_shift', items: [ins((sf << 31) | (op << 30) | (S << 29) | 0x0b000000 | (sh << 22) | (r.pick(ALL) << 16) | (amt << 10) | (r.pick(ALL) << 5) | r.pick(DST))] };
}

function addSubExt(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2), op = r.int(2), S = r.int(2), opt = r.int(8), imm3 = r.int(5);
  // Rd=31 -> SP (non-S) / XZR (S); Rn=31 -> SP; Rm=31 -> ZR
  return { cls: 'addsub_ext', items: [ins((sf << 31) | (op << 30) | (S << 29) | 0x0b200000 | (r.pick(ALL) << 16) | (opt << 13) | (imm3 << 10) | (r.pick(ALL) << 5) | r.pick(DST))] };
}

function logicalShift(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2), opc = r.int(4), N = r.int(2), sh = r.int(4);
  const amt = r.int(sf ? 64 : 32);
  return { cls: 'logical_shift', items: [ins((sf << 31) | (opc << 29) | 0x0a000000 | (sh << 22) | (N << 21) | (r.pick(ALL) << 16) | (amt << 10) | (r.pick(ALL) << 5) | r.pick(DST))] };
}

function adcSbc(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2), op = r.int(2), S = r.int(2);
  return { cls: 'adc_sbc', items: [ins((sf << 31) | (op << 30) | (S << 29) | 0x1a000000 | (r.pick(ALL) << 16) | (r.pick(ALL) << 5) | r.pick(DST))] };
}

function condCompare(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2), op = r.int(2), isImm = r.int(2);
  return { cls: 'ccmp', items: [ins((sf << 31) | (op << 30) | 0x3a400000 | (r.int(32) << 16) | (r.int(16) << 12) | (isImm << 11) | (r.pick(ALL) << 5) | r.int(16))] };
}

function condSelect(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2), op = r.int(2), op2 = r.int(2);
  return { cls: 'csel', items: [ins((sf << 31) | (op << 30) | 0x1a800000 | (r.pick(ALL) << 16) | (r.int(16) << 12) | (op2 << 10) | (r.pick(ALL) << 5) | r.pick(DST))] };
}

function dp3(c: Ctx): Unit {
  const r = c.r;
  // [op31, o0, needs sf=1, Ra must be 31]
  const forms: [number, number, boolean, boolean][] = [
    [0, 0, false, false], // MADD
    [0, 1, false, false], // MSUB
    [1, 0, true, false], // SMADDL
    [1, 1, true, false], // SMSUBL
    [2, 0, true, true], // SMULH
    [5, 0, true, false], // UMADDL
    [5, 1, true, false], // UMSUBL
    [6, 0, true, true], // UMULH
  ];
  const [op31, o0, x, hi] = r.pick(forms);
  const sf = x ? 1 : r.int(2);
  const ra = hi ? 31 : r.pick(ALL);
  return { cls: 'dp3', items: [ins((sf << 31) | 0x1b000000 | (op31 << 21) | (r.pick(ALL) << 16) | (o0 << 15) | (ra << 10) | (r.pick(ALL) << 5) | r.pick(DST))] };
}

function dp2(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2);
  const opcode = r.pick([0b000010, 0b000011, 0b001000, 0b001001, 0b001010, 0b001011]); // UDIV SDIV LSLV LSRV ASRV RORV
  return { cls: 'div_shiftv', items: [ins((sf << 31) | 0x1ac00000 | (r.pick(ALL) << 16) | (opcode << 10) | (r.pick(ALL) << 5) | r.pick(DST))] };
}

function crc(c: Ctx): Unit {
  const r = c.r;
  const C = r.int(2), sz = r.int(4);
  const sf = sz === 3 ? 1 : 0;
  const opcode = 0b010000 | (C << 2) | sz;
  return { cls: 'crc32', items: [ins((sf << 31) | 0x1ac00000 | (r.pick(ALL) << 16) | (opcode << 10) | (r.pick(ALL) << 5) | r.pick(DST))] };
}

function dp1(c: Ctx): Unit {
  const r = c.r;
  const sf = r.int(2);
  // RBIT REV16 REV32/REV(W) REV(X) CLZ CLS
  const opcode = sf ? r.pick([0, 1, 2, 3, 4, 5]) : r.pick([0, 1, 2, 4, 5]);
  return { cls: 'dp1', items: [ins((sf << 31) | 0x5ac00000 | (opcode << 10) | (r.pick(ALL) << 5) | r.pick(DST))] };
}

// ---------------------------------------------------------------- branches (forward only, inside the block)
function fwdTarget(c: Ctx): number {
  return Math.min(c.n, c.i + c.r.range(1, 6));
}

function branch(c: Ctx): Unit {
  const r = c.r;
  const target = fwdTarget(c);
  const k = r.int(100);
  if (k < 35) {
    const cond = r.int(16);
    return { cls: 'b_cond', items: [{ rel: (d) => u(0x54000000 | (((d >> 2) & 0x7ffff) << 5) | cond), target, setup: false }] };
  }
  if (k < 55) {
    const sf = r.int(2), op = r.int(2), rt = r.pick(ALL);
    return { cls: 'cbz', items: [{ rel: (d) => u((sf << 31) | 0x34000000 | (op << 24) | (((d >> 2) & 0x7ffff) << 5) | rt), target, setup: false }] };
  }
  if (k < 75) {
    const b = r.int(64), op = r.int(2), rt = r.pick(ALL);
    return { cls: 'tbz', items: [{ rel: (d) => u(((b >> 5) << 31) | 0x36000000 | (op << 24) | ((b & 31) << 19) | (((d >> 2) & 0x3fff) << 5) | rt), target, setup: false }] };
  }
  if (k < 83) {
    return { cls: 'b', items: [{ rel: (d) => u(0x14000000 | ((d >> 2) & 0x3ffffff)), target, setup: false }] };
  }
  if (k < 91) {
    return { cls: 'bl', items: [{ rel: (d) => u(0x94000000 | ((d >> 2) & 0x3ffffff)), target, setup: false }] };
  }
  // ADR Xn, target ; BR/BLR/RET Xn
  const n = r.pick(GPR);
  const kind = r.pick([0xd61f0000, 0xd63f0000, 0xd65f0000]);
  return {
    cls: 'br_blr_ret',
    items: [
      { rel: (d) => u(((d & 3) << 29) | 0x10000000 | (((d >> 2) & 0x7ffff) << 5) | n), target, setup: true },
      ins(kind | (n << 5)),
    ],
  };
}

// ---------------------------------------------------------------- memory
/** ADD/SUB Xb, x28, #|off| */
function base(b: number, off: number): Item {
  if (Math.abs(off) > 4095) throw new Error(`base offset out of range: ${off}`);
  return setup(off >= 0 ? 0x91000000 | (off << 10) | (28 << 5) | b : 0xd1000000 | (-off << 10) | (28 << 5) | b);
}
/** random aligned offset A in the scratch buffer with A+len <= SCRATCH */
function addrIn(r: Rng, align: number, len: number): number {
  return align * r.int(Math.floor((SCRATCH - len) / align) + 1);
}
/** MOVZ/MOVN Xm with value v (|v| < 65536) */
function movImm(m: number, v: number): Item {
  return setup(v >= 0 ? 0xd2800000 | (v << 5) | m : 0x92800000 | ((-v - 1) << 5) | m);
}

// [size, opc, isLoad]
const SINGLE: readonly [number, number, boolean][] = [
  [0, 0, false], [0, 1, true], [0, 2, true], [0, 3, true],
  [1, 0, false], [1, 1, true], [1, 2, true], [1, 3, true],
  [2, 0, false], [2, 1, true], [2, 2, true],
  [3, 0, false], [3, 1, true],
];

function ldstSingle(c: Ctx): Unit {
  const r = c.r;
  const [size, opc, load] = r.pick(SINGLE);
  const sz = 1 << size;
  const A = addrIn(r, sz, sz);
  const b = r.pick(GPR);
  const form = r.int(4); // 0 unscaled, 1 post, 2 uimm12, 3 pre
  if (form === 2) {
    const scale = sz;
    const imm = r.bool(0.5) ? r.int(Math.min(4096, Math.floor((A + 4095) / scale) + 1)) : r.int(Math.floor(A / scale) + 1);
    const rt = load ? r.pick(DST) : r.pick(ALL);
    return { cls: 'ldst_uimm', items: [base(b, A - imm * scale), ins((size << 30) | 0x39000000 | (opc << 22) | (imm << 10) | (b << 5) | rt)] };
  }
  const imm9 = r.range(-256, 255);
  const idx = [0, 1, 0, 3][form];
  const wb = idx !== 0;
  const rt = wb ? pickNot(r, load ? DST : ALL, [b]) : r.pick(load ? DST : ALL);
  const off = idx === 1 ? A : A - imm9;
  const cls = ['ldur_stur', 'ldst_post', '', 'ldst_pre'][form];
  return { cls, items: [base(b, off), ins((size << 30) | 0x38000000 | (opc << 22) | ((imm9 & 0x1ff) << 12) | (idx << 10) | (b << 5) | rt)] };
}

/** register index setup: returns [items, byte offset contributed by the index] */
function indexReg(r: Rng, m: number, option: number, shift: number): [Item[], number] {
  if (m === 31) return [[], 0];
  const wIdx = option === 2 || option === 6;
  const v = option === 2 ? r.range(0, 40) : r.range(-40, 40);
  const items = [movImm(m, v)];
  if (wIdx && r.bool(0.6)) items.push(setup(0xf2800000 | (r.range(2, 3) << 21) | (r.int(65536) << 5) | m)); // MOVK garbage into bits 63:32
  return [items, v * (1 << shift)];
}

function ldstReg(c: Ctx): Unit {
  const r = c.r;
  const prfm = r.bool(0.08);
  const [size, opc, load] = prfm ? [3, 2, false] : r.pick(SINGLE);
  const sz = 1 << size;
  const A = addrIn(r, sz, sz);
  const b = r.pick(GPR);
  const option = r.pick([2, 3, 6, 7]);
  const S = r.int(2);
  const m = r.bool(0.05) ? 31 : pickNot(r, GPR, [b]);
  const [items, ioff] = indexReg(r, m, option, S ? size : 0);
  const rt = prfm ? r.int(32) : load ? r.pick(DST) : r.pick(ALL);
  items.push(base(b, A - ioff));
  items.push(ins((size << 30) | 0x38200800 | (opc << 22) | (m << 16) | (option << 13) | (S << 12) | (b << 5) | rt));
  return { cls: prfm ? 'prfm' : 'ldst_reg', items };
}

function prfmImm(c: Ctx): Unit {
  const r = c.r;
  const b = r.pick(GPR);
  const A = addrIn(r, 8, 8);
  const rt = r.int(32);
  if (r.bool()) {
    const imm = r.int(Math.floor(A / 8) + 1);
    return { cls: 'prfm', items: [base(b, A - imm * 8), ins(0xf9800000 | (imm << 10) | (b << 5) | rt)] };
  }
  const imm9 = r.range(-256, 255);
  return { cls: 'prfm', items: [base(b, A - imm9), ins(0xf8800000 | ((imm9 & 0x1ff) << 12) | (b << 5) | rt)] };
}

function ldstPair(c: Ctx): Unit {
  const r = c.r;
  // [opc, L, elsz]
  const kind = r.pick([[0, 0, 4], [0, 1, 4], [2, 0, 8], [2, 1, 8], [1, 1, 4]] as const);
  const [opc, L, es] = kind;
  const idx = opc === 1 ? r.range(1, 3) : r.int(4); // 0 non-temporal, 1 post, 2 offset, 3 pre
  const A = addrIn(r, es, 2 * es);
  const b = r.pick(GPR);
  const imm7 = r.range(-64, 63);
  const wb = idx === 1 || idx === 3;
  const not = wb ? [b] : [];
  let rt: number, rt2: number;
  if (L) {
    rt = pickNot(r, DST, not);
    rt2 = pickNot(r, DST, [...not, rt]);
  } else {
    rt = pickNot(r, ALL, not);
    rt2 = pickNot(r, ALL, not);
  }
  const off = idx === 1 ? A : A - imm7 * es;
  const cls = ['ldnp_stnp', 'ldp_stp_post', 'ldp_stp', 'ldp_stp_pre'][idx];
  return { cls, items: [base(b, off), ins((opc << 30) | 0x28000000 | (idx << 23) | (L << 22) | ((imm7 & 0x7f) << 15) | (rt2 << 10) | (b << 5) | rt)] };
}

function spBased(c: Ctx): Unit {
  const r = c.r;
  const bo = 16 * r.int((SCRATCH - 16) / 16); // SP = x28 + bo, 16-aligned
  const items: Item[] = [setup(0x91000000 | (bo << 10) | (28 << 5) | 31)]; // add sp, x28, #bo
  if (r.bool(0.55)) {
    const [size, opc, load] = r.pick(SINGLE);
    const sz = 1 << size;
    const rt = load ? r.pick(DST) : r.pick(ALL);
    const form = r.int(4);
    if (form === 2) {
      // unsigned offset: A >= bo
      const A = bo + sz * r.int(Math.floor((SCRATCH - sz - bo) / sz) + 1);
      items.push(ins((size << 30) | 0x39000000 | (opc << 22) | (((A - bo) / sz) << 10) | (31 << 5) | rt));
    } else {
      const idx = [0, 1, 0, 3][form];
      let imm9: number;
      if (idx === 1) imm9 = r.range(-256, 255);
      else {
        const lo = Math.max(0, bo - 256), hi = Math.min(SCRATCH - sz, bo + 255);
        const A = lo + sz * r.int(Math.floor((hi - lo) / sz) + 1);
        imm9 = A - bo;
      }
      items.push(ins((size << 30) | 0x38000000 | (opc << 22) | ((imm9 & 0x1ff) << 12) | (idx << 10) | (31 << 5) | rt));
    }
  } else {
    const [opc, L, es] = r.pick([[0, 0, 4], [0, 1, 4], [2, 0, 8], [2, 1, 8], [1, 1, 4]] as const);
    const idx = opc === 1 ? r.range(1, 3) : r.int(4);
    let imm7: number;
    if (idx === 1) imm7 = r.range(-64, 63);
    else {
      const lo = Math.max(0, bo - 64 * es), hi = Math.min(SCRATCH - 2 * es, bo + 63 * es);
      const A = lo + es * r.int(Math.floor((hi - lo) / es) + 1);
      imm7 = (A - bo) / es;
    }
    const rt = L ? r.pick(DST) : r.pick(ALL);
    const rt2 = L ? pickNot(r, DST, [rt]) : r.pick(ALL);
    items.push(ins((opc << 30) | 0x28000000 | (idx << 23) | (L << 22) | ((imm7 & 0x7f) << 15) | (rt2 << 10) | (31 << 5) | rt));
  }
  return { cls: 'sp_based', items };
}

function exclusive(c: Ctx): Unit {
  const r = c.r;
  const b = r.pick(GPR);
  const k = r.int(10);
  if (k < 6) {
    // single-register LDXR/LDAXR (+ STXR/STLXR to the same address and size)
    const size = r.int(4), sz = 1 << size;
    const A = addrIn(r, sz, sz);
    const rt = pickNot(r, DST, [b]);
    const items: Item[] = [base(b, A), ins((size << 30) | 0x085f7c00 | (r.int(2) << 15) | (b << 5) | rt)];
    if (k < 5) {
      const st = r.pick(ALL);
      const rs = pickNot(r, DST, [st, b]);
      items.push(ins((size << 30) | 0x08007c00 | (rs << 16) | (r.int(2) << 15) | (b << 5) | st));
    }
    return { cls: 'excl', items };
  }
  // pair LDXP/LDAXP (+ STXP/STLXP)
  const sz = r.int(2), es = sz ? 8 : 4;
  const A = addrIn(r, 2 * es, 2 * es);
  const rt = pickNot(r, DST, [b]);
  const rt2 = pickNot(r, DST, [b, rt]);
  const items: Item[] = [base(b, A), ins((sz << 30) | 0x887f0000 | (r.int(2) << 15) | (rt2 << 10) | (b << 5) | rt)];
  if (k < 9) {
    const s1 = r.pick(ALL), s2 = r.pick(ALL);
    const rs = pickNot(r, DST, [s1, s2, b]);
    items.push(ins((sz << 30) | 0x88200000 | (rs << 16) | (r.int(2) << 15) | (s2 << 10) | (b << 5) | s1));
  }
  return { cls: 'excl_pair', items };
}

function acqRel(c: Ctx): Unit {
  const r = c.r;
  const b = r.pick(GPR);
  const size = r.int(4), sz = 1 << size;
  const A = addrIn(r, sz, sz);
  const k = r.int(3);
  if (k === 0) return { cls: 'ldar_stlr', items: [base(b, A), ins((size << 30) | 0x08dffc00 | (b << 5) | r.pick(DST))] }; // LDAR
  if (k === 1) return { cls: 'ldar_stlr', items: [base(b, A), ins((size << 30) | 0x089ffc00 | (b << 5) | r.pick(ALL))] }; // STLR
  return { cls: 'ldapr', items: [base(b, A), ins((size << 30) | 0x38bfc000 | (b << 5) | r.pick(DST))] }; // LDAPR
}

function lseAtomic(c: Ctx): Unit {
  const r = c.r;
  const b = r.pick(GPR);
  const size = r.int(4), sz = 1 << size;
  const A = addrIn(r, sz, sz);
  const swp = r.bool(1 / 9);
  const o3 = swp ? 1 : 0;
  const opc = swp ? 0 : r.int(8);
  const rt = pickNot(r, DST, [b]);
  const w = (size << 30) | 0x38200000 | (r.int(2) << 23) | (r.int(2) << 22) | (r.pick(ALL) << 16) | (o3 << 15) | (opc << 12) | (b << 5) | rt;
  return { cls: swp ? 'swp' : 'ld_atomic', items: [base(b, A), ins(w)] };
}

/** LDR of the given size (zero-extending) into rt from [b] — used to make CAS succeed */
function ldrPlain(size: number, b: number, rt: number): Item {
  return setup((size << 30) | 0x39400000 | (b << 5) | rt);
}

function cas(c: Ctx): Unit {
  const r = c.r;
  const b = r.pick(GPR);
  const L = r.int(2), o0 = r.int(2);
  if (r.bool(0.65)) {
    const size = r.int(4), sz = 1 << size;
    const A = addrIn(r, sz, sz);
    const rs = pickNot(r, DST, [b]);
    const items: Item[] = [base(b, A)];
    if (r.bool()) items.push(ldrPlain(size, b, rs));
    items.push(ins((size << 30) | 0x08a07c00 | (L << 22) | (rs << 16) | (o0 << 15) | (b << 5) | r.pick(ALL)));
    return { cls: 'cas', items };
  }
  const sz = r.int(2), es = sz ? 8 : 4;
  const A = addrIn(r, 2 * es, 2 * es);
  const evens = [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24];
  const rs = r.pick(evens.filter((x) => x !== b && x + 1 !== b));
  const rt = 2 * r.int(16);
  const items: Item[] = [base(b, A)];
  if (r.bool()) items.push(setup((sz << 31) | 0x29400000 | ((rs + 1) << 10) | (b << 5) | rs)); // LDP rs, rs+1, [b]
  items.push(ins((sz << 30) | 0x08207c00 | (L << 22) | (rs << 16) | (o0 << 15) | (b << 5) | rt));
  return { cls: 'casp', items };
}

// ---------------------------------------------------------------- class table
type Gen = (c: Ctx) => Unit;
const CLASSES: readonly Weighted<Gen>[] = [
  // data processing (immediate) — 27
  ['addsub_imm', 6, addSubImm],
  ['movewide', 5, moveWide],
  ['adr', 2, adr],
  ['logical_imm', 6, logicalImm],
  ['bitfield', 6, bitfield],
  ['extr', 2, extr],
  // data processing (register) — 44
  ['addsub_shift', 6, addSubShift],
  ['addsub_ext', 5, addSubExt],
  ['logical_shift', 7, logicalShift],
  ['adc_sbc', 3, adcSbc],
  ['ccmp', 4, condCompare],
  ['csel', 5, condSelect],
  ['dp3', 5, dp3],
  ['div_shiftv', 4, dp2],
  ['dp1', 3, dp1],
  ['crc32', 2, crc],
  // branches — 8
  ['branch', 8, branch],
  // memory — 21
  ['ldst_single', 6, ldstSingle],
  ['ldst_reg', 3, ldstReg],
  ['prfm_imm', 0.3, prfmImm],
  ['ldst_pair', 3, ldstPair],
  ['sp_based', 1.2, spBased],
  ['exclusive', 2, exclusive],
  ['acq_rel', 1.5, acqRel],
  ['lse', 3, lseAtomic],
  ['cas', 1.5, cas],
];
const pickClass = weightedPicker(CLASSES);

// ---------------------------------------------------------------- program
const INTERESTING: readonly bigint[] = [
  0n, 1n, 2n, 3n, 7n, 8n, 15n, 16n, 31n, 32n, 63n, 64n, 0xffn, 0x100n, 0xffffn, 0x10000n,
  0xffffffffffffffffn, 0xfffffffffffffffen, 0x7fffffffn, 0x80000000n, 0xffffffffn, 0x100000000n,
  0x7fffffffffffffffn, 0x8000000000000000n, 0xffffffff80000000n, 0x00000000ffff0000n,
  0x8000000080000000n, 0x5555555555555555n, 0xaaaaaaaaaaaaaaaan, 0x0123456789abcdefn,
  0xfedcba9876543210n, 0x00000000fffffffen, 0x8000000000000001n, 0x7ffffffffffffffen,
];
const M64 = (1n << 64n) - 1n;

function seedValue(r: Rng): bigint {
  const k = r.int(10);
  if (k < 4) return r.pick(INTERESTING);
  if (k < 6) return r.u64();
  if (k < 7) return BigInt(r.u32());
  if (k < 8) return BigInt(r.range(0, 300));
  if (k < 9) return (-BigInt(r.range(1, 300))) & M64;
  return (r.u64() | 0x8000000000000000n) & M64;
}

function genProgram(seed: number, name: string, blocks: number, blockSize: number): Program {
  const r = new Rng(seed);
  const classes: Record<string, number> = {};
  let random = 0, nSetup = 0;
  const block = (): string[] => {
    const units: Unit[] = [];
    for (let i = 0; i < blockSize; i++) units.push(pickClass(r)[2]({ r, i, n: blockSize }));
    // layout
    const start: number[] = [];
    let pos = 0;
    for (const un of units) {
      start.push(pos);
      pos += un.items.length;
    }
    start.push(pos); // block end = dump call
    const words: number[] = [];
    for (const un of units) {
      for (const it of un.items) {
        if ('w' in it) words.push(it.w);
        else {
          const d = (start[it.target] - words.length) * 4;
          if (d <= 0) throw new Error('non-forward branch');
          words.push(it.rel(d));
        }
        if (it.setup) nSetup++;
        else {
          random++;
          classes[un.cls] = (classes[un.cls] ?? 0) + 1;
        }
      }
    }
    const lines: string[] = [];
    for (let i = 0; i < words.length; i += 8) {
      lines.push('\t.inst ' + words.slice(i, i + 8).map((w) => '0x' + w.toString(16).padStart(8, '0')).join(','));
    }
    return lines;
  };
  const text = stateProgram({
    r,
    head: [generatedBy(name, 'randgen', seed), `// ${blocks} blocks x ${blockSize} units; see harness.inc and scripts/randgen.ts for the layout`],
    blocks,
    block,
    seedX: () => seedValue(r),
    seedSp: () => (r.bool(0.3) ? seedValue(r) : r.u64()),
    align: 8,
    interesting: INTERESTING,
  });
  return { text, classes, random, setup: nSetup };
}

runCorpus({
  tool: 'randgen',
  prefix: 'r',
  out: 'test/corpus/random',
  count: 100,
  blocks: 20,
  blockSize: 100,
  salt: 12345,
  classes: 'totals',
  harness: ['harness.inc', stateHarness({
    tool: 'randgen',
    notes: [
      '// x27 = save area (never written by random code), x28 = scratch base (never written).',
      '// save area: [8*i]=x_i (i=0..30), [248]=sp, [256]=nzcv, [264]=dump return address, [272]=dump counter',
    ],
    dumpNote: '// dump: called as  str x30,[x27,#240]; bl dump; ldr x30,[x27,#240]',
    simd: false,
    bss: ['scratch:', '\t.skip 0x800', 'save_area:', '\t.skip 0x800'],
  })],
  program: genProgram,
});
