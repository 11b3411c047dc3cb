// The table-driven A64 decoder: the table compiles, known encodings (words from GNU as 2.40,
// hard-coded) decode to the expected op and register slots, reserved encodings are rejected,
// and random words never make it throw.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Decoder, compilePattern, REC } from '../src/cpu/decoder.ts';
import { A64_INTEGER, dataIss } from '../src/cpu/decode-table.ts';
import { Op as O } from '../src/cpu/vcpu.ts';
import { sysregIndex } from '../src/cpu/sysregs.ts';
import * as V from '../src/cpu/vcpu.ts';
import { ZR, DISCARD, SP } from '../src/cpu/regs.ts';

const dec = new Decoder(A64_INTEGER);
const X = (n: number): number => n * 2;

interface Rec { op: number; d: number; n: number; m: number; x: number; a: number; b: number }

function decode(word: number): Rec | undefined {
  const rec = new Int32Array(REC * 2).fill(0x5a5a5a5a);
  if (!dec.decode(word | 0, rec, REC)) return undefined;
  const w = rec[REC + 1];
  return { op: rec[REC], d: w & 255, n: (w >>> 8) & 255, m: (w >>> 16) & 255, x: w >>> 24, a: rec[REC + 2], b: rec[REC + 3] };
}

// `Op` is a const enum (inlined by tsc); esbuild/tsx also emit it as an object, which gives the
// names for messages and the set of known ops.
const OP_TABLE: Record<string, number> = Object.fromEntries(
  Object.entries(((V as unknown as Record<string, unknown>).Op ?? {}) as Record<string, unknown>)
    .filter((e): e is [string, number] => typeof e[1] === 'number'),
);
const OP_NAME = new Map<number, string>(Object.entries(OP_TABLE).map(([k, v]) => [v, k]));
const opName = (op: number): string => OP_NAME.get(op) ?? String(op);

// Data-abort ISS values as the MMIO path needs them (size, signed, rt, sf, acquire/release, write).
const ISS_NO_ISV_LOAD = 0x05;
const ISS_NO_ISV_STORE = 0x45;

// System register indices in the table (src/cpu/sysregs.ts).
const SYS_NZCV = sysregIndex('NZCV'), SYS_CURRENT_EL = sysregIndex('CurrentEL'), SYS_TPIDR_EL0 = sysregIndex('TPIDR_EL0');
// PSTATE field ids (PstateField).
const PS_SPSEL = 1, PS_DAIFSET = 2;

/** Expected: the op and every field named here (others are not checked). */
type Want = Partial<Rec> & { op: number; alt?: Record<string, Partial<Rec>> };

// `alt`: specialised ops the decoder may pick instead (hot forms added while optimising), by
// name so this file keeps compiling when one is renamed or removed; when the decoded op is one
// of them, its own field values override the general form's.

const KNOWN: [number, string, Want][] = [
  // ---- data processing, immediate
  [0x91000420, 'add x0, x1, #1', { op: O.ADD_IMM_X, d: X(0), n: X(1), a: 1, b: 0 }],
  [0x910043ff, 'add sp, sp, #16', { op: O.ADD_IMM_X, d: SP, n: SP, a: 16, b: 0 }],
  [0x910003e0, 'mov x0, sp', { op: O.ADD_IMM_X, d: X(0), n: SP, a: 0, b: 0 }],
  [0xb100143f, 'adds xzr, x1, #5 (cmn)', { op: O.ADDS_IMM_X, d: DISCARD, n: X(1), x: 0, a: 5, b: 0 }],
  [0xf14007e3, 'subs x3, sp, #1, lsl #12', { op: O.ADDS_IMM_X, d: X(3), n: SP, x: 1, a: ~4096, b: -1 }],
  [0x51001062, 'sub w2, w3, #4', { op: O.ADD_IMM_W, d: X(2), n: X(3), a: -4, b: 0 }],
  [0xb240001f, 'orr sp, x0, #1', { op: O.ORR_IMM_X, d: SP, n: X(0), a: 1, b: 0 }],
  [0xf2401c3f, 'ands xzr, x1, #0xff (tst)', { op: O.ANDS_IMM_X, d: DISCARD, n: X(1), a: 0xff, b: 0 }],
  [0x92103c62, 'and x2, x3, #0xffff0000ffff0000', { op: O.AND_IMM_X, d: X(2), n: X(3), a: 0xffff0000 | 0, b: 0xffff0000 | 0 }],
  [0x520000a4, 'eor w4, w5, #1', { op: O.EOR_IMM_W, d: X(4), n: X(5), a: 1, b: 0 }],
  [0x92800000, 'mov x0, #-1', { op: O.MOV_IMM, d: X(0), a: -1, b: -1 }],
  [0x52bfffe0, 'mov w0, #0xffff0000', { op: O.MOV_IMM, d: X(0), a: 0xffff0000 | 0, b: 0 }],
  [0xd2e24680, 'movz x0, #0x1234, lsl #48', { op: O.MOV_IMM, d: X(0), a: 0, b: 0x12340000 }],
  [0x128000a0, 'movn w0, #5', { op: O.MOV_IMM, d: X(0), a: -6, b: 0 }],
  [0xf2b7dde0, 'movk x0, #0xbeef, lsl #16', { op: O.MOVK_X, d: X(0), a: 0xbeef, b: 16 }],
  [0xd37cec20, 'lsl x0, x1, #4', { op: O.LSL_IMM_X, d: X(0), n: X(1), a: 4 }],
  [0xd344fc20, 'lsr x0, x1, #4', { op: O.LSR_IMM_X, d: X(0), n: X(1), a: 4 }],
  [0x937ffc20, 'asr x0, x1, #63', { op: O.ASR_IMM_X, d: X(0), n: X(1), a: 63 }],
  [0x53010020, 'lsl w0, w1, #31', { op: O.LSL_IMM_W, d: X(0), n: X(1), a: 31 }],
  [0x53017c20, 'lsr w0, w1, #1', { op: O.LSR_IMM_W, d: X(0), n: X(1), a: 1 }],
  [0x13077c20, 'asr w0, w1, #7', { op: O.ASR_IMM_W, d: X(0), n: X(1), a: 7 }],
  [0xd3442c20, 'ubfx x0, x1, #4, #8', { op: O.BITFIELD, alt: { UBFX_X: { x: 4, a: 0xff, b: 0 } }, d: X(0), n: X(1), a: 4 | (11 << 8) | (2 << 16) | (1 << 18) }],
  [0x93431c20, 'sbfx x0, x1, #3, #5', { op: O.BITFIELD, d: X(0), n: X(1), a: 3 | (7 << 8) | (0 << 16) | (1 << 18) }],
  [0x331d0c20, 'bfi w0, w1, #3, #4', { op: O.BITFIELD, d: X(0), n: X(1), a: 29 | (3 << 8) | (1 << 16) }],
  [0x10000040, 'adr x0, .+8', { op: O.ADR, d: X(0), a: 8, b: 0 }],
  [0xb0000000, 'adrp x0, .+0x1000', { op: O.ADRP, d: X(0), a: 4096, b: 0 }],
  [0xf0ffffe0, 'adrp x0, .-0x1000', { op: O.ADRP, d: X(0), a: -4096, b: -1 }],
  [0x93c23020, 'extr x0, x1, x2, #12', { op: O.EXTR, d: X(0), n: X(1), m: X(2), a: 12, b: 1 }],

  // ---- data processing, register
  [0x8b2163e0, 'add x0, sp, x1, uxtx', { op: O.ADDSUB_EXT, d: X(0), n: SP, m: X(1), a: 3 | (0 << 3) | (1 << 6) }],
  [0xeb22c820, 'subs x0, x1, w2, sxtw #2', { op: O.ADDSUB_EXT, d: X(0), n: X(1), m: X(2), a: 6 | (2 << 3) | (1 << 6) | (1 << 7) | (1 << 8) }],
  [0x2b22003f, 'cmn w1, w2, uxtb', { op: O.ADDSUB_EXT, d: DISCARD, n: X(1), m: X(2), a: 1 << 8 }],
  [0x8b020020, 'add x0, x1, x2', { op: O.ADD_REG_X, d: X(0), n: X(1), m: X(2) }],
  [0x4b020020, 'sub w0, w1, w2', { op: O.SUB_REG_W, d: X(0), n: X(1), m: X(2) }],
  [0xab020c20, 'adds x0, x1, x2, lsl #3', { op: O.ADDSUB_SREG, d: X(0), n: X(1), m: X(2), a: 0 | (3 << 2) | (1 << 8) | (0 << 9) | (1 << 10) }],
  [0x6b0303e0, 'negs w0, w3', { op: O.ADDS_REG_W, d: X(0), n: ZR, m: X(3), x: 1 }],
  [0xeb02003f, 'cmp x1, x2', { op: O.ADDS_REG_X, d: DISCARD, n: X(1), m: X(2), x: 1 }],
  [0xaa0103e0, 'mov x0, x1', { op: O.MOV_REG_X, d: X(0), m: X(1) }],
  [0x2a0103e0, 'mov w0, w1', { op: O.MOV_REG_W, d: X(0), m: X(1) }],
  [0x8a020020, 'and x0, x1, x2', { op: O.AND_REG_X, d: X(0), n: X(1), m: X(2) }],
  [0xaa420c20, 'orr x0, x1, x2, lsr #3', { op: O.LOGIC_SREG, d: X(0), n: X(1), m: X(2), a: 1 | (0 << 2) | (1 << 3) | (3 << 5) | (1 << 11) }],
  [0x9a020020, 'adc x0, x1, x2', { op: O.ADC, d: X(0), n: X(1), m: X(2), a: 1 }],
  [0x7a020020, 'sbcs w0, w1, w2', { op: O.ADC, d: X(0), n: X(1), m: X(2), a: 0 | 2 | 4 }],
  [0x9b020c20, 'madd x0, x1, x2, x3', { op: O.MADD_X, d: X(0), n: X(1), m: X(2), x: X(3) }],
  [0x1b027c20, 'mul w0, w1, w2', { op: O.MADD_W, d: X(0), n: X(1), m: X(2), x: ZR }],
  [0x9b427c20, 'smulh x0, x1, x2', { op: O.MULH, d: X(0), n: X(1), m: X(2), a: 1 }],
  [0x9ba20c20, 'umaddl x0, w1, w2, x3', { op: O.MULL, d: X(0), n: X(1), m: X(2), x: X(3), a: 0 }],
  [0x9ac20820, 'udiv x0, x1, x2', { op: O.DIV, d: X(0), n: X(1), m: X(2), a: 2 }],
  [0x1ac20c20, 'sdiv w0, w1, w2', { op: O.DIV, d: X(0), n: X(1), m: X(2), a: 1 }],
  [0x9ac25c20, 'crc32cx w0, w1, x2', { op: O.CRC32, d: X(0), n: X(1), m: X(2), a: 3 | 4 }],
  [0xdac00c20, 'rev x0, x1', { op: O.BITOP, d: X(0), n: X(1), a: 3 | 8 }],
  [0x5ac00820, 'rev w0, w1', { op: O.BITOP, d: X(0), n: X(1), a: 3 }],
  [0xdac01020, 'clz x0, x1', { op: O.BITOP, d: X(0), n: X(1), a: 4 | 8 }],
  [0x9a820020, 'csel x0, x1, x2, eq', { op: O.CSEL, d: X(0), n: X(1), m: X(2), a: 0 | (0 << 4) | (1 << 6) }],
  [0x1a82b420, 'csinc w0, w1, w2, lt', { op: O.CSEL, d: X(0), n: X(1), m: X(2), a: 11 | (1 << 4) }],
  [0xda81d420, 'cneg x0, x1, gt (csneg le)', { op: O.CSEL, d: X(0), n: X(1), m: X(1), a: 13 | (3 << 4) | (1 << 6) }],
  [0xfa431824, 'ccmp x1, #3, #4, ne', { op: O.CCMP, n: X(1), m: 0, a: 1 | (4 << 4) | (1 << 8) | (1 << 9) | (3 << 10) | (1 << 15) }],
  [0xba018424, 'rmif x1, #3, #4', { op: O.FLAGM, n: X(1), a: 1, b: 3 | (4 << 8) }],
  [0x3a00084d, 'setf8 w2', { op: O.FLAGM, n: X(2), a: 2, b: 0 }],

  // ---- loads and stores: unsigned offset (hot forms), unscaled, pre/post, register, literal
  // SP-based accesses use the generic op, which checks SP alignment (SCTLR_EL1.SA/SA0).
  [0xf94003e0, 'ldr x0, [sp]', { op: O.LDST_IMM, d: X(0), n: SP, x: 3 | 8, a: 0, b: dataIss(3, 0, 0, 1, 0, 0) }],
  [0xf9400420, 'ldr x0, [x1, #8]', { op: O.LDR_X, d: X(0), n: X(1), a: 8 }],
  [0xb9400420, 'ldr w0, [x1, #4]', { op: O.LDR_W, d: X(0), n: X(1), a: 4, b: dataIss(2, 0, 0, 0, 0, 0) }],
  [0x39400420, 'ldrb w0, [x1, #1]', { op: O.LDRB, d: X(0), n: X(1), a: 1 }],
  [0xf9000be0, 'str x0, [sp, #16]', { op: O.LDST_IMM, d: X(0), n: SP, x: 3 | 16, a: 16, b: dataIss(3, 0, 0, 1, 0, 1) }],
  [0xb9000020, 'str w0, [x1]', { op: O.STR_W, d: X(0), n: X(1), a: 0, b: dataIss(2, 0, 0, 0, 0, 1) }],
  [0x3900003f, 'strb wzr, [x1]', { op: O.STRB, d: ZR, n: X(1), a: 0 }],
  [0x39806002, 'ldrsb x2, [x0, #0x18]', { op: O.LDST_IMM, d: X(2), n: X(0), x: 0 | 4 | 8, a: 0x18, b: dataIss(0, 1, 2, 1, 0, 0) }],
  [0x79c00402, 'ldrsh w2, [x0, #2]', { op: O.LDST_IMM, d: X(2), n: X(0), x: 1 | 4, a: 2, b: dataIss(1, 1, 2, 0, 0, 0) }],
  [0xb9800402, 'ldrsw x2, [x0, #4]', { op: O.LDST_IMM, d: X(2), n: X(0), x: 2 | 4 | 8, a: 4 }],
  [0x79400402, 'ldrh w2, [x0, #2]', { op: O.LDST_IMM, d: X(2), n: X(0), x: 1, a: 2 }],
  [0xf85f8020, 'ldur x0, [x1, #-8]', { op: O.LDR_X, d: X(0), n: X(1), a: -8 }],
  [0xf8408820, 'ldtr x0, [x1, #8]', { op: O.LDST_UNPRIV, d: X(0), n: X(1), x: 3 | 8, a: 8, b: dataIss(3, 0, 0, 1, 0, 0) }], // EL0 permissions: never the EL1 fast path
  [0xf85f8c20, 'ldr x0, [x1, #-8]!', { op: O.LDST_PRE, d: X(0), n: X(1), x: 3 | 8, a: -8, b: ISS_NO_ISV_LOAD }],
  [0xb85fcc20, 'ldr w0, [x1, #-4]!', { op: O.LDST_PRE, d: X(0), n: X(1), x: 2, a: -4, b: ISS_NO_ISV_LOAD }],
  [0xf8408420, 'ldr x0, [x1], #8', { op: O.LDST_POST, d: X(0), n: X(1), x: 3 | 8, a: 8 }],
  [0xf81f0fe0, 'str x0, [sp, #-16]!', { op: O.LDST_PRE, d: X(0), n: SP, x: 3 | 16, a: -16, b: ISS_NO_ISV_STORE }],
  [0xf8627820, 'ldr x0, [x1, x2, lsl #3]', { op: O.LDST_REG, alt: { LDR_REG_X: {} }, d: X(0), n: X(1), m: X(2), x: 3 | 8, a: 3 | (3 << 3) }],
  [0x3862c820, 'ldrb w0, [x1, w2, sxtw]', { op: O.LDST_REG, alt: { LDRB_REG: {} }, d: X(0), n: X(1), m: X(2), x: 0, a: 6 }],
  [0x78627820, 'ldrh w0, [x1, x2, lsl #1]', { op: O.LDST_REG, alt: { LDRH_REG: {} }, d: X(0), n: X(1), m: X(2), x: 1, a: 3 | (1 << 3) }],
  [0xf822d81f, 'str xzr, [x0, w2, sxtw #3]', { op: O.LDST_REG, alt: { STR_REG_X: {} }, d: ZR, n: X(0), m: X(2), x: 3 | 16, a: 6 | (3 << 3) }],
  [0x58000080, 'ldr x0, .+16', { op: O.LDR_LIT, d: X(0), x: 3 | 8, a: 16 }],
  [0x98000040, 'ldrsw x0, .+8', { op: O.LDR_LIT, d: X(0), x: 2 | 4 | 8, a: 8 }],
  [0xf9800000, 'prfm pldl1keep, [x0]', { op: O.NOP }],

  // ---- pairs
  [0xa94107e0, 'ldp x0, x1, [sp, #16]', { op: O.LDSTP, d: X(0), n: SP, m: X(1), x: 3, a: 16, b: ISS_NO_ISV_LOAD }],
  [0xa9bf7bfd, 'stp x29, x30, [sp, #-16]!', { op: O.LDSTP, d: X(29), n: SP, m: X(30), x: 3 | 16 | (2 << 5), a: -16, b: ISS_NO_ISV_STORE }],
  [0x28c10440, 'ldp w0, w1, [x2], #8', { op: O.LDSTP, d: X(0), n: X(2), m: X(1), x: 2 | (1 << 5), a: 8 }],
  [0x69400440, 'ldpsw x0, x1, [x2]', { op: O.LDSTP, d: X(0), n: X(2), m: X(1), x: 2 | 4, a: 0 }],
  [0xa8400440, 'ldnp x0, x1, [x2]', { op: O.LDSTP, d: X(0), n: X(2), m: X(1), x: 3, a: 0 }],

  // ---- exclusives, ordered, LSE
  [0xc85f7c20, 'ldxr x0, [x1]', { op: O.LDXR, d: X(0), n: X(1), m: 0, x: 3 }],
  [0x885fffe0, 'ldaxr w0, [sp]', { op: O.LDXR, d: X(0), n: SP, x: 2 }],
  [0xc8027c20, 'stxr w2, x0, [x1]', { op: O.STXR, d: X(0), n: X(1), m: X(2), x: 3, a: 0 }],
  [0x08017c62, 'stxrb w1, w2, [x3]', { op: O.STXR, d: X(2), n: X(3), m: X(1), x: 0 }],
  [0x8803fc20, 'stlxr w3, w0, [x1]', { op: O.STXR, d: X(0), n: X(1), m: X(3), x: 2 }],
  [0xc87f8440, 'ldaxp x0, x1, [x2]', { op: O.LDXR, d: X(0), n: X(2), m: X(1), x: 3 | 4 }],
  [0xc8248440, 'stlxp w4, x0, x1, [x2]', { op: O.STXR, d: X(0), n: X(2), m: X(4), x: 3 | 4, a: X(1) }],
  [0xc8dffc20, 'ldar x0, [x1]', { op: O.LDST_IMM, d: X(0), n: X(1), x: 3 | 8, a: 0, b: dataIss(3, 0, 0, 1, 1, 0) }],
  [0x889fffe0, 'stlr w0, [sp]', { op: O.LDST_IMM, d: X(0), n: SP, x: 2 | 16, a: 0, b: dataIss(2, 0, 0, 0, 1, 1) }],
  [0xf8bfc020, 'ldapr x0, [x1]', { op: O.LDST_IMM, d: X(0), n: X(1), x: 3 | 8, b: dataIss(3, 0, 0, 1, 1, 0) }],
  [0x38bfc020, 'ldaprb w0, [x1]', { op: O.LDST_IMM, d: X(0), n: X(1), x: 0, b: dataIss(0, 0, 0, 0, 1, 0) }],
  [0xf8200041, 'ldadd x0, x1, [x2]', { op: O.ATOMIC, d: X(1), n: X(2), m: X(0), x: 3, a: 0 }],
  [0xb8201041, 'ldclr w0, w1, [x2]', { op: O.ATOMIC, d: X(1), n: X(2), m: X(0), x: 2, a: 1 }],
  [0xf8e03041, 'ldsetal x0, x1, [x2]', { op: O.ATOMIC, d: X(1), n: X(2), m: X(0), x: 3, a: 3 }],
  [0xb8e083e1, 'swpal w0, w1, [sp]', { op: O.ATOMIC, d: X(1), n: SP, m: X(0), x: 2, a: 8 }],
  [0xc8a07c41, 'cas x0, x1, [x2]', { op: O.CAS, d: X(1), n: X(2), m: X(0), x: 3 }],
  [0x88e0ffe1, 'casal w0, w1, [sp]', { op: O.CAS, d: X(1), n: SP, m: X(0), x: 2 }],
  [0x48207c82, 'casp x0, x1, x2, x3, [x4]', { op: O.CASP, d: X(2), n: X(4), m: X(0), x: 3 }],

  // ---- branches, exceptions, hints, barriers, system
  [0x14000002, 'b .+8', { op: O.B, a: 8 }],
  [0x97ffffff, 'bl .-4', { op: O.BL, a: -4 }],
  [0x54000081, 'b.ne .+16', { op: O.B_COND, a: 16, b: 1 }],
  [0xb4000040, 'cbz x0, .+8', { op: O.CBZ_X, n: X(0), a: 8 }],
  [0x37180041, 'tbnz w1, #3, .+8', { op: O.TBNZ, n: X(1), a: 8, b: 3 }],
  [0xb6400063, 'tbz x3, #40, .+12', { op: O.TBZ, n: X(3), a: 12, b: 40 }],
  [0xd61f0020, 'br x1', { op: O.BR, n: X(1) }],
  [0xd63f0040, 'blr x2', { op: O.BLR, n: X(2) }],
  [0xd65f03c0, 'ret', { op: O.RET, n: X(30) }],
  [0xd45e0000, 'hlt #0xf000', { op: O.HLT, a: 0xf000 }],
  [0xd4200020, 'brk #1', { op: O.BRK, a: 1 }],
  [0xd4000001, 'svc #0', { op: O.SVC, a: 0 }],
  [0xd5033bbf, 'dmb ish', { op: O.NOP }],
  [0xd5033f9f, 'dsb sy', { op: O.NOP }],
  [0xd5033fdf, 'isb', { op: O.NOP }],
  [0xd5033f5f, 'clrex', { op: O.CLREX }],
  [0xd503201f, 'nop', { op: O.NOP }],
  [0xd503203f, 'yield', { op: O.NOP }],
  [0xd503207f, 'wfi', { op: O.WFI }],
  [0xd503205f, 'wfe', { op: O.WFE }],
  [0xd53b4200, 'mrs x0, nzcv', { op: O.MRS_NZCV, d: X(0) }],
  [0xd538d080, 'mrs x0, tpidr_el1', { op: O.MRS_STORE, d: X(0), a: 88 }],
  [0xd51b4201, 'msr nzcv, x1', { op: O.MSR_REG, n: X(1), a: SYS_NZCV }],
  [0xd5384240, 'mrs x0, currentel', { op: O.MRS, d: X(0), a: SYS_CURRENT_EL }],
  [0xd5184240, 'msr currentel, x0 (read-only: UNDEFINED at run time)', { op: O.MSR_REG, n: X(0), a: SYS_CURRENT_EL }],
  [0xd51bd043, 'msr tpidr_el0, x3', { op: O.MSR_REG, n: X(3), a: SYS_TPIDR_EL0 }],
  [0xd5384104, 'mrs x4, sp_el0', { op: O.MRS_SP_EL0, d: X(4) }],
  [0xd5384204, 'mrs x4, spsel', { op: O.MRS, d: X(4), a: sysregIndex('SPSel'), b: (3 << 20) | (4 << 10) | (4 << 5) | (2 << 1) | 1 }],
  [0xd5380000, 'mrs x0, midr_el1', { op: O.MRS, d: X(0), a: sysregIndex('MIDR_EL1'), b: (3 << 20) | 1 }],
  [0xd53e1000, 'mrs x0, s3_6_c1_c0_0 (unknown: traps)', { op: O.MRS, d: X(0), a: -1 }],
  [0xd53f0000 | 31, 'mrs xzr, s3_7_c0_c0_0 (unknown)', { op: O.MRS, d: DISCARD, a: -1, b: (3 << 20) | (7 << 14) | (31 << 5) | 1 }],
  [0xd5181000, 'msr sctlr_el1, x0', { op: O.MSR_REG, n: X(0), a: sysregIndex('SCTLR_EL1'), b: (3 << 20) | (1 << 10) }],
  [0xd50342df, 'msr daifset, #2', { op: O.MSR_IMM, a: PS_DAIFSET, b: 2 }],
  [0xd50041bf, 'msr spsel, #1', { op: O.MSR_IMM, a: PS_SPSEL, b: 1 }],
  [0xd500401f, 'cfinv', { op: O.FLAGM, a: 0 }],
  [0xd50b7420, 'dc zva, x0', { op: O.DC_ZVA, n: X(0) }],
  [0xd50b7e22, 'dc civac, x2', { op: O.DC_MAINT, n: X(2), a: 1 }],
  [0xd508751f, 'ic iallu', { op: O.IC_IALLU }],
  [0xd50b7521, 'ic ivau, x1', { op: O.IC_IVAU, n: X(1) }],
  [0xd508871f, 'tlbi vmalle1', { op: O.TLBI, n: ZR, a: 0 }],
  [0xd508751f, 'ic iallu', { op: O.IC_IALLU }],
  [0xd5087800, 'at s1e1r, x0', { op: O.AT, n: X(0), a: 0 }],
  [0xd69f03e0, 'eret', { op: O.ERET }],
  [0xd50f7f1f, 'sys #7, c7, c15, #0 (unknown: traps)', { op: O.MSR_REG, n: ZR, a: -1, b: (1 << 20) | (7 << 14) | (7 << 10) | (31 << 5) | (15 << 1) }],
];

test('the A64 table compiles, and every line is a 32-bit pattern', () => {
  assert.ok(A64_INTEGER.length >= 40);
  for (const line of A64_INTEGER) {
    const p = compilePattern(line);
    // Fixed bits plus field bits plus don't-care bits add up to 32 (compilePattern checks).
    assert.is(p.value & ~p.mask, 0, `${line.name}: value bits outside the mask`);
  }
  assert.instance(new Decoder(A64_INTEGER), Decoder);
});

test('compilePattern rejects a 31-bit or 33-bit pattern and a bad token', () => {
  const ok = () => true;
  assert.throws(() => compilePattern({ pattern: 'sf:1 0 0 100010 sh:1 imm12:12 rn:5 rd:4', name: 'short', build: ok }), /31 bits, not 32/);
  assert.throws(() => compilePattern({ pattern: 'sf:1 0 0 100010 sh:1 imm12:12 rn:5 rd:6', name: 'long', build: ok }), /33 bits, not 32/);
  assert.throws(() => compilePattern({ pattern: 'sf:1 0 0 100012 sh:1 imm12:12 rn:5 rd:5', name: 'digit', build: ok }), /bad token '100012'/);
  assert.throws(() => new Decoder([{ pattern: '1:1 0 0 100010 sh:1 imm12:12 rn:5 rd:5', name: 'numeric field', build: ok }]), /bad token/);
  const p = compilePattern({ pattern: '1x0 abc:5 x:1 0 xxxxxxxxxxxxxxxxxxxxxx', name: 'mixed', build: ok });
  assert.is(p.mask >>> 0, (0b101 << 29 | 1 << 22) >>> 0);
  assert.is(p.value >>> 0, (0b100 << 29) >>> 0);
  assert.equal(p.fields, [{ name: 'abc', shift: 24, width: 5 }, { name: 'x', shift: 23, width: 1 }]);
});

test(`${KNOWN.length} known encodings decode to the expected op and register slots`, () => {
  const failures: string[] = [];
  for (const [word, text, want] of KNOWN) {
    const got = decode(word);
    if (!got) { failures.push(`${text} (0x${word.toString(16)}): decoded as UNDEFINED (${dec.nameOf(word | 0)})`); continue; }
    const bad: string[] = [];
    const alts = Object.entries(want.alt ?? {}).filter(([k]) => OP_TABLE[k] !== undefined);
    const alt = alts.find(([k]) => OP_TABLE[k] === got.op);
    const fields: Partial<Rec> = alt ? { ...want, ...alt[1] } : want;
    if (got.op !== want.op && !alt) bad.push(`op ${opName(got.op)}, want ${[opName(want.op), ...alts.map(([k]) => k)].join(' or ')}`);
    for (const k of ['d', 'n', 'm', 'x', 'a', 'b'] as const) {
      if (fields[k] !== undefined && got[k] !== fields[k]) bad.push(`${k} ${got[k]}, want ${fields[k]}`);
    }
    if (bad.length) failures.push(`${text} (0x${word.toString(16)}): ${bad.join('; ')}`);
  }
  if (failures.length) assert.unreachable(`${failures.length} mismatches:\n  ${failures.join('\n  ')}`);
});

test('register 31: XZR reads are slot 62, XZR writes slot 64, SP forms slot 66', () => {
  assert.is(ZR, 62);
  assert.is(DISCARD, 64);
  assert.is(SP, 66);
  // add xzr?  ADD (immediate) has no XZR: register 31 is SP on both sides.
  assert.equal([decode(0x910003ff)?.d, decode(0x910003ff)?.n], [SP, SP], 'add sp, sp, #0 (mov sp, sp)');
  // ADD (shifted register) with rd = rn = 31: both the zero register.
  const r = decode(0x8b1f03ff)!; // add xzr, xzr, xzr
  assert.equal([r.op, r.d, r.n, r.m], [O.ADD_REG_X, DISCARD, ZR, ZR]);
  // Loads write XZR to DISCARD; base register 31 is SP.
  const l = decode(0xf94003ff)!; // ldr xzr, [sp]
  assert.equal([l.op, l.d, l.n], [O.LDST_IMM, DISCARD, SP]);
  // Stores read XZR from ZR.
  const s = decode(0xf90003ff)!; // str xzr, [sp]
  assert.equal([s.op, s.d, s.n], [O.LDST_IMM, ZR, SP]);
});

// ---- reserved and unallocated encodings

const RESERVED: [number, string, string | undefined][] = [
  [0x00000000, 'udf #0', undefined],
  [0x0000ffff, 'udf #0xffff', undefined],
  [0x12400020, 'logical (immediate) with N=1 and sf=0', 'logical (immediate)'],
  [0x9240fc20, 'logical (immediate) all-ones element (N=1 imms=111111)', 'logical (immediate)'],
  [0x1200fc20, 'logical (immediate) len < 1 (N=0 imms=111111)', 'logical (immediate)'],
  [0x8bc20020, 'add (shifted register) with shift=ROR', 'ADD/SUB (shifted register)'],
  [0xebc20020, 'subs (shifted register) with shift=ROR', 'ADD/SUB (shifted register)'],
  [0x0b028020, 'add w0, w1, w2, lsl #32', 'ADD/SUB (shifted register)'],
  [0x2a02fc20, 'orr w0, w1, w2, lsl #63', 'logical (shifted register)'],
  [0x8b6163e0, 'add (extended register) with opt=01', 'ADD/SUB (extended register)'],
  [0x8b2177e0, 'add (extended register) with imm3=5', 'ADD/SUB (extended register)'],
  [0x52c00000, 'movz w0 with hw=2', 'MOVN/MOVZ/MOVK'],
  [0x72e00000, 'movk w0 with hw=3', 'MOVN/MOVZ/MOVK'],
  [0x32800000, 'move wide with opc=01', 'MOVN/MOVZ/MOVK'],
  [0x933ffc20, 'sbfm x with N=0 (N != sf)', 'SBFM/BFM/UBFM'],
  [0x13407c20, 'sbfm w with N=1 (N != sf)', 'SBFM/BFM/UBFM'],
  [0x13207c20, 'sbfm w with immr=32', 'SBFM/BFM/UBFM'],
  [0x73000000, 'bitfield opc=11', 'SBFM/BFM/UBFM'],
  [0x93823020, 'extr x with N=0', 'EXTR'],
  [0x13828020, 'extr w with imms=32', 'EXTR'],
  [0x69000440, 'stpsw (LDPSW store form, opc=01 L=0)', 'LDP/STP/LDNP/STNP'],
  [0x68400440, 'ldnp with opc=01', 'LDP/STP/LDNP/STNP'],
  [0xe9400440, 'ldp with opc=11', 'LDP/STP/LDNP/STNP'],
  [0xf8621820, 'ldr (register offset) with option=000', 'load/store (register offset)'],
  [0xf8623820, 'ldr (register offset) with option=001', 'load/store (register offset)'],
  [0xb9c00000, 'ldrsw-to-W (size=10 opc=11, unsigned offset)', 'load/store (unsigned offset)'],
  [0xf9c00000, 'size=11 opc=11 (unsigned offset)', 'load/store (unsigned offset)'],
  [0xf8800c00, 'prfm with pre-index', 'load/store pre-index'],
  [0x48217c82, 'casp with odd Rs', 'CASP'],
  [0x48207c83, 'casp with odd Rt', 'CASP'],
  [0x5ac00c20, 'rev (opcode 3) with sf=0', 'data processing (1 source)'],
  [0xdac01820, 'data processing (1 source) opcode 6', 'data processing (1 source)'],
  [0x1ac25c20, 'crc32cx with sf=0', 'CRC32/CRC32C'],
  [0x9ac24820, 'crc32w with sf=1', 'CRC32/CRC32C'],
  [0x1b427c20, 'smulh with sf=0', 'data processing (3 source)'],
  [0x9b428c20, 'smulh with o0=1', 'data processing (3 source)'],
  [0x9a820820, 'conditional select with op2=2', 'conditional select'],
  [0xd500419f, 'msr pan, #1 (FEAT_PAN not advertised)', 'MSR (immediate)'],
  [0xd500417f, 'msr uao, #1', 'MSR (immediate)'],
  [0xd503415f, 'msr dit, #1', 'MSR (immediate)'],
  [0xd50330ff, 'sb (FEAT_SB)', 'barriers'],
];

test(`${RESERVED.length} reserved / unallocated encodings decode as UNDEFINED, nameOf names the line`, () => {
  const failures: string[] = [];
  for (const [word, text, line] of RESERVED) {
    const got = decode(word);
    if (got) failures.push(`${text} (0x${(word >>> 0).toString(16)}): accepted as ${opName(got.op)}`);
    const name = dec.nameOf(word | 0);
    if (name !== line) failures.push(`${text} (0x${(word >>> 0).toString(16)}): nameOf ${JSON.stringify(name)}, want ${JSON.stringify(line)}`);
  }
  if (failures.length) assert.unreachable(`${failures.length} problems:\n  ${failures.join('\n  ')}`);
});

test('nameOf on accepted encodings', () => {
  assert.is(dec.nameOf(0x91000420), 'ADD/SUB (immediate)');
  assert.is(dec.nameOf(0xaa020020 | 0), 'logical (shifted register)'); // orr x0, x1, x2
  // Aliases that fixed bits pick have their own lines, ahead of the general one.
  assert.is(dec.nameOf(0xaa0103e0 | 0), 'MOV (register)'); // mov x0, x1 (orr x0, xzr, x1)
  assert.is(dec.nameOf(0xd344fc20 | 0), 'LSR (immediate, 64-bit)'); // lsr x0, x1, #4 (ubfm)
  assert.is(dec.nameOf(0xd503205f | 0), 'WFE');
  assert.is(dec.nameOf(0x48207c82), 'CASP');
  assert.is(dec.nameOf(0xc8027c20 | 0), 'load/store exclusive');
  assert.is(dec.nameOf(0xf8bfc020 | 0), 'LDAPR');
  assert.is(dec.nameOf(0xd53b4200 | 0), 'MRS/MSR (register)');
});

test('decode clears the record words a builder does not set', () => {
  const rec = new Int32Array(REC).fill(-1);
  assert.ok(dec.decode(0xd503201f | 0, rec, 0)); // nop
  assert.equal(Array.from(rec), [O.NOP, 0, 0, 0]);
  rec.fill(-1);
  assert.ok(dec.decode(0x14000002, rec, 0)); // b .+8
  assert.equal(Array.from(rec), [O.B, 0, 8, 0]);
});

test('200,000 seeded-random words: decode never throws, and accepted words carry a known op', () => {
  let s = 0x2545f491;
  const next = (): number => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return s | 0; };
  const rec = new Int32Array(REC);
  const known = new Set(Object.values(OP_TABLE));
  assert.ok(known.size > 100, `op table visible at run time (${known.size} ops)`);
  let accepted = 0;
  for (let k = 0; k < 200_000; k++) {
    const w = next();
    let ok: boolean;
    try {
      ok = dec.decode(w, rec, 0);
    } catch (e) {
      assert.unreachable(`decode(0x${(w >>> 0).toString(16)}) threw: ${(e as Error).message}`);
      return;
    }
    if (ok) {
      accepted++;
      if (!known.has(rec[0]) || rec[0] === O.NOT_DECODED || rec[0] === O.UNDEF) {
        assert.unreachable(`0x${(w >>> 0).toString(16)} decoded to op ${rec[0]}`);
      }
      // Register slots are within the register file's general part (0..66) for d/n/m.
      const d = rec[1] & 255, n = (rec[1] >>> 8) & 255, m = (rec[1] >>> 16) & 255;
      if (d > SP || n > SP || m > SP || (d & 1) || (n & 1) || (m & 1)) {
        assert.unreachable(`0x${(w >>> 0).toString(16)} (${dec.nameOf(w)}): odd or out-of-range slot d=${d} n=${n} m=${m}`);
      }
    }
  }
  // Sanity: the integer subset covers a sizeable part of the space, but not everything.
  assert.ok(accepted > 20_000 && accepted < 150_000, `accepted ${accepted}`);
});

test.run();
