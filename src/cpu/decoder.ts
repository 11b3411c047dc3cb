// Compiles a table of encoding patterns (one declarative line each, in the spirit of QEMU's
// decodetree) into a bucketed matcher, once at start-up.
//
// A pattern is written most-significant bit first as space-separated tokens:
//   `0`/`1` runs   fixed bits
//   `x` runs       bits that do not matter for this pattern
//   `name:N`       an N-bit field, passed to the builder by name
// e.g. 'sf:1 0 0 100010 sh:1 imm12:12 rn:5 rd:5'. Tokens must add up to 32 bits.
//
// The first matching line in table order wins, so a specific encoding (an alias, or a
// reserved value) is listed before the general one it overlaps.
//
// Optional features (src/cpu/features.ts): a line may name the `feature` its encodings belong
// to. A Decoder is built for one CPU model; a line whose feature the model lacks is left out
// of that decoder: its encodings are UNDEFINED. It still claims them (a rejecting stand-in
// keeps its place), so a later, more general line can never pick them up instead.
//
// Every table is written with L(pattern, name, build, feature?) below, and every builder fills
// the one decoded record described below through putRecord() (most through put()).

import type { CpuModel, Feature } from './features.ts';
import { CPU_MODELS, UNGATED } from './features.ts';

// ---- The decoded record ----------------------------------------------------------------------
//
// One record of REC = 4 int32 per instruction, [op, regs, a, b], for every table:
//   rec[i]      op     the Op the interpreter switches on (src/cpu/vcpu.ts)
//   rec[i + 1]  regs   register slots (src/cpu/regs.ts), one byte each: d | n << 8 | m << 16 | x << 24
//   rec[i + 2]  a      first operand: immediate or packed options, per op
//   rec[i + 3]  b      second operand, per op
// Decoder.decode() zeroes rec[i + 1..3] before the builder runs. The FP/SIMD classes have one op
// each and their executors read words 1..3 on their own terms: Op.SIMD_FP keeps the layout
// (V-register numbers or slots in regs; a = kind | size << 8 | sub << 12 | more << 20, see
// src/cpu/simd-fp.ts), Op.SIMD_INT and Op.SIMD_CRYPTO carry their kind in the regs word and
// 5-bit V-register numbers (vregs()) in a (src/cpu/simd-int.ts, src/cpu/simd-crypto.ts).

/** Decoded instruction record: 4 int32 per instruction. */
export const REC = 4;

/** Writes the record [op, w1, a, b] at rec[i..i + 3]: the one writer every builder ends in. */
export function putRecord(rec: Int32Array, i: number, op: number, w1: number, a: number, b: number): true {
  rec[i] = op;
  rec[i + 1] = w1;
  rec[i + 2] = a;
  rec[i + 3] = b;
  return true;
}

/** The common record: register slots d, n, m, x packed one per byte into the regs word. */
export function put(rec: Int32Array, i: number, op: number, d: number, n: number, m: number, x: number, a: number, b: number): true {
  return putRecord(rec, i, op, d | (n << 8) | (m << 16) | (x << 24), a, b);
}

/** Four 5-bit V-register numbers, d | n << 5 | m << 10 | x << 15 (SIMD_INT and SIMD_CRYPTO's a). */
export const vregs = (d: number, n: number, m: number, x: number): number => d | (n << 5) | (m << 10) | (x << 15);

/** Sign-extends the low `bits` bits of v. */
export const sext = (v: number, bits: number): number => (v << (32 - bits)) >> (32 - bits);

// ---- Table lines ---------------------------------------------------------------------------------

export type Fields = Record<string, number>;
/**
 * Fills the decoded record at rec[i..i+3] and returns true, or returns false when the
 * encoding is unallocated (the instruction then decodes as UNDEFINED).
 */
export type Builder = (f: Fields, rec: Int32Array, i: number, word: number) => boolean;

export interface PatternLine {
  pattern: string;
  name: string;
  build: Builder;
  /** The optional feature these encodings need; CPU models without it decode them UNDEFINED. */
  feature?: Feature;
}

/** One table line: its pattern, its name (for nameOf), its builder, and its optional feature. */
export const L = (pattern: string, name: string, build: Builder, feature?: Feature): PatternLine =>
  (feature ? { pattern, name, build, feature } : { pattern, name, build });

/** Stand-in for a line whose feature the model lacks. */
const absent: Builder = () => false;

interface CompiledPattern {
  mask: number;
  value: number;
  fields: { name: string; shift: number; width: number }[];
  line: PatternLine;
}

// Bucket on bits 31..21: most A64 groups are told apart there.
const BUCKET_SHIFT = 21;
const BUCKET_COUNT = 1 << (32 - BUCKET_SHIFT);

export function compilePattern(line: PatternLine): CompiledPattern {
  let bit = 32;
  let mask = 0;
  let value = 0;
  const fields: CompiledPattern['fields'] = [];
  for (const tok of line.pattern.trim().split(/\s+/)) {
    const m = /^([a-z][a-z0-9_]*):(\d+)$/i.exec(tok);
    if (m) {
      const width = Number(m[2]);
      bit -= width;
      fields.push({ name: m[1], shift: bit, width });
      continue;
    }
    if (!/^[01x]+$/.test(tok)) throw new Error(`decoder: bad token '${tok}' in '${line.name}'`);
    for (const ch of tok) {
      bit--;
      if (ch !== 'x') {
        mask |= 1 << bit;
        if (ch === '1') value |= 1 << bit;
      }
    }
  }
  if (bit !== 0) throw new Error(`decoder: pattern for '${line.name}' has ${32 - bit} bits, not 32`);
  return { mask: mask | 0, value: value | 0, fields, line };
}

export class Decoder {
  private readonly buckets: CompiledPattern[][] = [];
  /** The model this decoder implements (default: max, every optional feature). */
  readonly model: CpuModel;
  /**
   * The model's features that this decoder executes: those with at least one line in the table,
   * plus UNGATED ones. The ID registers advertise exactly these.
   */
  readonly features: ReadonlySet<Feature>;

  constructor(table: readonly PatternLine[], model: CpuModel = CPU_MODELS.max) {
    this.model = model;
    const tagged = new Set<Feature>();
    for (const line of table) if (line.feature) tagged.add(line.feature);
    this.features = new Set([...model.features].filter((f) => tagged.has(f) || UNGATED.has(f)));
    for (let b = 0; b < BUCKET_COUNT; b++) this.buckets.push([]);
    for (const given of table) {
      const line = given.feature && !model.features.has(given.feature)
        ? { pattern: given.pattern, name: `${given.name} [needs ${given.feature}, not in ${model.name}]`, build: absent }
        : given;
      const p = compilePattern(line);
      const topMask = p.mask >>> BUCKET_SHIFT;
      const topValue = p.value >>> BUCKET_SHIFT;
      for (let b = 0; b < BUCKET_COUNT; b++) {
        if ((b & topMask) === topValue) this.buckets[b].push(p);
      }
    }
  }

  /** Decodes `word` into rec[i..]; returns false if no line accepts it (UNDEFINED). */
  decode(word: number, rec: Int32Array, i: number): boolean {
    const bucket = this.buckets[word >>> BUCKET_SHIFT];
    for (let k = 0; k < bucket.length; k++) {
      const p = bucket[k];
      if ((word & p.mask) !== p.value) continue;
      const f: Fields = {};
      for (const fd of p.fields) f[fd.name] = (word >>> fd.shift) & ((1 << fd.width) - 1);
      rec[i + 1] = 0;
      rec[i + 2] = 0;
      rec[i + 3] = 0;
      if (p.line.build(f, rec, i, word)) return true;
      // A builder that rejects its fields makes the encoding unallocated: no fallthrough.
      return false;
    }
    return false;
  }

  /** Name of the table line that matches `word`, for diagnostics. */
  nameOf(word: number): string | undefined {
    for (const p of this.buckets[word >>> BUCKET_SHIFT]) {
      if ((word & p.mask) === p.value) return p.line.name;
    }
    return undefined;
  }
}
