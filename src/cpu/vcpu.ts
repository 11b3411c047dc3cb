// The AArch64 interpreter for one vCPU. `run()` executes guest instructions until its budget is
// spent or something needs the hypervisor; then it returns EXIT with an ESR_EL2-style syndrome
// in the exit fields (KVM model: the PC is left at the instruction that exited, except for HVC,
// which retires first). The vCPU knows nothing about devices or debuggers.
//
// Hot operations are cases of one switch in `run()`; rarer ones live in methods so the hot
// function stays small enough for V8 to optimise. Registers are 32-bit halves in the shared
// memory (src/cpu/regs.ts).

import { GuestMemory, RAM_BASE, RAM_OFFSET } from '../machine/layout.ts';
import { CodeCache } from './code-cache.ts';
import type { Decoder } from './decoder.ts';
import {
  PC, SP, NZCV, FLAG_C, DISCARD, ZR, CUREL, SPSEL, DAIF,
  EXCL_VALID, EXCL_ADDR, EXCL_VAL, EXCL_VAL2,
} from './regs.ts';
import * as A from './alu.ts';
import { readSysreg, writeSysreg, writePstateField, sysLo, sysHi, sysregUndefined } from './sysregs.ts';
import {
  EC_UNKNOWN, EC_WFX, EC_SVC64, EC_HVC64, EC_SMC64, EC_SYS64, EC_IABT_LOW, EC_PC_ALIGN,
  EC_DABT_LOW, EC_DABT_CUR, EC_BRK64, EC_HLT, DFSC_ALIGNMENT, type Exit,
} from '../hyp/syndrome.ts';

// Decoded operation numbers: what the interpreter's switch dispatches on. An A64 encoding is
// specialised at decode time (32- vs 64-bit, "no shift", aliases like MOV) so the hot cases
// do no field tests at run time. 0 marks a slot not decoded yet.
//
// Record layout (src/cpu/decoder.ts, 4 int32): [op, regs, a, b]
//   regs = d | n << 8 | m << 16 | x << 24: register slot indices (src/cpu/regs.ts) or small
//          extra fields; a, b = immediates / packed options, documented per builder.
//
// The enumeration lives in this file because the interpreter's switch must see its members as
// literals: esbuild inlines a const enum only within its own file, and V8 builds a jump table
// only for literal case labels (measured: 1.7x faster dispatch than imported constants).
export const enum Op {
  NOT_DECODED = 0,
  UNDEF = 1,
  NOP = 2,

  // Data processing, immediate
  ADD_IMM_X = 10, // a,b = 64-bit addend (SUB stores the negation)
  ADD_IMM_W = 11,
  ADDS_IMM_X = 12, // a,b = operand (SUBS stores ~imm), x = carry in
  ADDS_IMM_W = 13,
  MOV_IMM = 14, // a,b = value
  MOVK_X = 15, // a = imm16, b = shift
  MOVK_W = 16,
  ADR = 17, // a,b = offset from PC
  ADRP = 18, // a,b = offset from PC & ~0xfff
  AND_IMM_X = 19, // a,b = mask
  ORR_IMM_X = 20,
  EOR_IMM_X = 21,
  ANDS_IMM_X = 22,
  AND_IMM_W = 23,
  ORR_IMM_W = 24,
  EOR_IMM_W = 25,
  ANDS_IMM_W = 26,
  LSL_IMM_X = 27, // a = shift
  LSR_IMM_X = 28,
  ASR_IMM_X = 29,
  LSL_IMM_W = 30,
  LSR_IMM_W = 31,
  ASR_IMM_W = 32,
  BITFIELD = 33, // a = immr | imms << 8 | kind << 16 (0 SBFM, 1 BFM, 2 UBFM) | sf << 18
  UBFX_W = 35, // a = shift, b = mask (UBFX, UXTB, UXTH)
  UBFX_X = 36, // x = shift, a,b = mask
  SBFX_W = 37, // a = left shift, b = arithmetic right shift (SBFX, SXTB, SXTH)
  SXTW = 38,
  UBFIZ_W = 39, // a = mask, b = shift
  EXTR = 34, // a = lsb, b = sf

  // Data processing, register
  ADD_REG_X = 40,
  ADD_REG_W = 41,
  SUB_REG_X = 42,
  SUB_REG_W = 43,
  ADDS_REG_X = 44, // x = 1 for SUBS (operand inverted, carry in 1)
  ADDS_REG_W = 45,
  ADDSUB_SREG = 46, // a = shift | amount << 2 | sf << 8 | sub << 9 | S << 10
  ADDSUB_EXT = 47, // a = option | imm3 << 3 | sf << 6 | sub << 7 | S << 8
  MOV_REG_X = 48,
  MOV_REG_W = 49,
  AND_REG_X = 50,
  ORR_REG_X = 51,
  EOR_REG_X = 52,
  LOGIC_SREG = 53, // a = opc | N << 2 | shift << 3 | amount << 5 | sf << 11
  ADC = 54, // a = sf | sub << 1 | S << 2
  CCMP = 55, // a = cond | nzcv << 4 | sf << 8 | imm << 9 | imm5 << 10 | sub << 15
  CSEL = 56, // a = cond | op << 4 (0 csel, 1 csinc, 2 csinv, 3 csneg) | sf << 6
  MADD_X = 57, // x = ra
  MSUB_X = 58,
  MADD_W = 59,
  MSUB_W = 60,
  MULL = 61, // a = signed | sub << 1 (SMADDL/SMSUBL/UMADDL/UMSUBL), x = ra
  MULH = 62, // a = signed
  DIV = 63, // a = signed | sf << 1
  SHIFTV = 64, // a = type | sf << 2
  BITOP = 65, // a = kind (0 rbit, 1 rev16, 2 rev32, 3 rev, 4 clz, 5 cls) | sf << 3
  CRC32 = 66, // a = size | castagnoli << 2

  // Branches
  B = 70, // a = offset
  BL = 71,
  B_COND = 72, // a = offset, b = cond
  CBZ_X = 73, // a = offset
  CBNZ_X = 74,
  CBZ_W = 75,
  CBNZ_W = 76,
  TBZ = 77, // a = offset, b = bit
  TBNZ = 78,
  BR = 79,
  BLR = 80,
  RET = 81,

  // System
  HLT = 90, // a = imm16 (semihosting uses #0xF000)
  BRK = 91,
  SVC = 92,
  HVC = 93,
  SMC = 94,
  WFI = 95,
  WFE = 96,
  CLREX = 97,
  MRS = 98, // d = Rt slot, a = system register id (src/cpu/sysregs.ts)
  MSR_REG = 99, // n = Rt slot, a = system register id
  MSR_IMM = 100, // a = field id, b = imm
  IC_IALLU = 101,
  IC_IVAU = 102, // n = Rt slot
  DC_ZVA = 103, // n = Rt slot
  FLAGM = 104, // a = kind (0 CFINV, 1 RMIF, 2 SETF8, 3 SETF16), n = Rn slot, b = imm6 | mask << 8

  // Loads and stores. "code" (x field) = size | signed << 2 | toX << 3 | store << 4
  LDR_X = 110, // base + a, b = ISS for the MMIO exit
  LDR_W = 111,
  LDRB = 112,
  STR_X = 113,
  STR_W = 114,
  STRB = 115,
  LDST_IMM = 116, // any size/sign, base + a (no writeback)
  LDST_PRE = 117,
  LDST_POST = 118,
  LDST_REG = 119, // a = option | shift << 3 (any size/sign)
  LDR_REG_X = 127, // register offset, hot sizes: a = option | shift << 3, b = ISS
  LDR_REG_W = 128,
  LDRB_REG = 129,
  STR_REG_X = 130,
  STR_REG_W = 131,
  STRB_REG = 132,
  LDR_LIT = 120, // a = offset from PC
  LDSTP = 121, // m = Rt2, a = offset, x = size | signed << 2 | store << 4 | mode << 5
  LDXR = 122, // x = size | pair << 2
  STXR = 123, // m = status register, n/d as usual, b = Rt2 slot for pairs
  ATOMIC = 124, // m = Rs, a = opc, x = size
  CAS = 125, // m = Rs, x = size
  CASP = 126, // m = Rs, x = size (2 or 3)
}

export const BUDGET = 0;
export const EXIT = 1;

const X30 = 60;
/** RAM offset in the memory minus RAM's guest physical base: PA + DELTA = byte offset. */
const DELTA = RAM_OFFSET - RAM_BASE;

export class VCpu {
  readonly r: Int32Array;
  readonly dv: DataView;
  readonly ramEnd: number;

  /** Retired instructions. */
  icount = 0;

  // The last exit, in halves (no allocation on the MMIO path); see exitInfo().
  exitEc = 0;
  exitIss = 0;
  exitFarLo = 0;
  exitFarHi = 0;
  exitInsn = 0;

  // Value of the last read() (halves).
  private vlo = 0;
  private vhi = 0;

  constructor(readonly mem: GuestMemory, readonly code: CodeCache, readonly decoder: Decoder, readonly index: number) {
    this.r = mem.regFile(index);
    this.dv = mem.dv;
    this.ramEnd = mem.ramEnd;
    this.reset();
  }

  /** Architectural reset state as QEMU's direct kernel boot leaves it: EL1h, DAIF masked. */
  reset(): void {
    this.r.fill(0);
    this.r[CUREL] = 1;
    this.r[SPSEL] = 1;
    this.r[DAIF] = 0x3c0;
    this.r[EXCL_VALID] = 0;
  }

  get pc(): bigint {
    return A.toBig(this.r[PC], this.r[PC + 1]);
  }
  set pc(v: bigint) {
    A.fromBig(v);
    this.r[PC] = A.rlo;
    this.r[PC + 1] = A.rhi;
  }

  /** General register n (0..30), 31 = SP. */
  getX(n: number): bigint {
    const s = n === 31 ? SP : n * 2;
    return A.toBig(this.r[s], this.r[s + 1]);
  }
  setX(n: number, v: bigint): void {
    const s = n === 31 ? SP : n * 2;
    A.fromBig(v);
    this.r[s] = A.rlo;
    this.r[s + 1] = A.rhi;
  }

  exitInfo(): Exit {
    return {
      ec: this.exitEc, iss: this.exitIss, far: A.toBig(this.exitFarLo, this.exitFarHi),
      insn: this.exitInsn, pc: this.pc,
    };
  }

  /** Runs at most `budget` instructions; returns BUDGET or EXIT. */
  run(budget: number): number {
    const r = this.r, dv = this.dv, code = this.code, ramEnd = this.ramEnd;
    const marks = code.marks;
    let pcLo = r[PC], pcHi = r[PC + 1];
    let nzcv = r[NZCV]; // flags live in a local here; r[NZCV] is synced around cold calls
    let page: Int32Array = EMPTY_PAGE;
    let pageLo = pcLo ^ 0x1000, pageHi = pcHi; // "no page yet"
    let n = 0;
    let result = BUDGET;

    loop: for (;;) {
      if (n >= budget) break;
      if (((pcLo ^ pageLo) & ~0xfff) !== 0 || pcHi !== pageHi) {
        const pa = pcLo >>> 0;
        if ((pa & 3) !== 0) { this.setExit(EC_PC_ALIGN, 0, pcLo, pcHi); result = EXIT; break; }
        if (pcHi !== 0 || pa < RAM_BASE || pa >= ramEnd) { this.setExit(EC_IABT_LOW, 0x05, pcLo, pcHi); result = EXIT; break; }
        page = code.page((pa - RAM_BASE) >>> 12);
        pageLo = pcLo & ~0xfff;
        pageHi = pcHi;
      }
      const i = pcLo & 0xffc;
      const op = page[i];
      n++;

      switch (op) {
        case Op.NOT_DECODED:
          this.decodeSlot(page, i, pcLo);
          n--;
          continue; // dispatch the freshly decoded record

        // ---- data processing, immediate
        case Op.ADD_IMM_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, d = w & 255;
          const lo = (r[s] >>> 0) + (page[i + 2] >>> 0);
          const hi = (r[s + 1] + page[i + 3] + (lo > 0xffffffff ? 1 : 0)) | 0;
          r[d] = lo | 0; r[d + 1] = hi;
          break;
        }
        case Op.ADD_IMM_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = (r[(w >>> 8) & 255] + page[i + 2]) | 0; r[d + 1] = 0;
          break;
        }
        case Op.ADDS_IMM_X: {
          const w = page[i + 1], s = (w >>> 8) & 255;
          nzcv = A.adds64(r, w & 255, r[s], r[s + 1], page[i + 2], page[i + 3], w >>> 24);
          break;
        }
        case Op.ADDS_IMM_W: {
          const w = page[i + 1];
          nzcv = A.adds32(r, w & 255, r[(w >>> 8) & 255], page[i + 2], w >>> 24);
          break;
        }
        case Op.MOV_IMM: {
          const d = page[i + 1] & 255;
          r[d] = page[i + 2]; r[d + 1] = page[i + 3];
          break;
        }
        case Op.MOVK_X: case Op.MOVK_W: {
          const d = page[i + 1] & 255, imm = page[i + 2], sh = page[i + 3];
          if (sh < 32) r[d] = (r[d] & ~(0xffff << sh)) | (imm << sh);
          else r[d + 1] = (r[d + 1] & ~(0xffff << (sh - 32))) | (imm << (sh - 32));
          if (op === Op.MOVK_W) r[d + 1] = 0;
          break;
        }
        case Op.ADR: {
          const d = page[i + 1] & 255, off = page[i + 2];
          A.add64(pcLo, pcHi, off, off >> 31, 0);
          r[d] = A.rlo; r[d + 1] = A.rhi;
          break;
        }
        case Op.ADRP: {
          const d = page[i + 1] & 255;
          A.add64(pcLo & ~0xfff, pcHi, page[i + 2], page[i + 3], 0);
          r[d] = A.rlo; r[d + 1] = A.rhi;
          break;
        }
        case Op.AND_IMM_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, d = w & 255;
          r[d] = r[s] & page[i + 2]; r[d + 1] = r[s + 1] & page[i + 3];
          break;
        }
        case Op.ORR_IMM_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, d = w & 255;
          r[d] = r[s] | page[i + 2]; r[d + 1] = r[s + 1] | page[i + 3];
          break;
        }
        case Op.EOR_IMM_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, d = w & 255;
          r[d] = r[s] ^ page[i + 2]; r[d + 1] = r[s + 1] ^ page[i + 3];
          break;
        }
        case Op.ANDS_IMM_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, d = w & 255;
          const lo = r[s] & page[i + 2], hi = r[s + 1] & page[i + 3];
          nzcv = A.logicFlags(lo, hi);
          r[d] = lo; r[d + 1] = hi;
          break;
        }
        case Op.AND_IMM_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = r[(w >>> 8) & 255] & page[i + 2]; r[d + 1] = 0;
          break;
        }
        case Op.ORR_IMM_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = r[(w >>> 8) & 255] | page[i + 2]; r[d + 1] = 0;
          break;
        }
        case Op.EOR_IMM_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = r[(w >>> 8) & 255] ^ page[i + 2]; r[d + 1] = 0;
          break;
        }
        case Op.ANDS_IMM_W: {
          const w = page[i + 1], d = w & 255;
          const v = r[(w >>> 8) & 255] & page[i + 2];
          nzcv = A.logicFlags(v, v >> 31); // N from bit 31, Z from the 32-bit value
          r[d] = v; r[d + 1] = 0;
          break;
        }
        case Op.LSL_IMM_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, d = w & 255;
          A.shl64(r[s], r[s + 1], page[i + 2]);
          r[d] = A.rlo; r[d + 1] = A.rhi;
          break;
        }
        case Op.LSR_IMM_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, d = w & 255;
          A.lsr64(r[s], r[s + 1], page[i + 2]);
          r[d] = A.rlo; r[d + 1] = A.rhi;
          break;
        }
        case Op.ASR_IMM_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, d = w & 255;
          A.asr64(r[s], r[s + 1], page[i + 2]);
          r[d] = A.rlo; r[d + 1] = A.rhi;
          break;
        }
        case Op.LSL_IMM_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = r[(w >>> 8) & 255] << page[i + 2]; r[d + 1] = 0;
          break;
        }
        case Op.LSR_IMM_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = r[(w >>> 8) & 255] >>> page[i + 2]; r[d + 1] = 0;
          break;
        }
        case Op.ASR_IMM_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = r[(w >>> 8) & 255] >> page[i + 2]; r[d + 1] = 0;
          break;
        }

        // ---- data processing, register
        case Op.ADD_REG_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, t = (w >>> 16) & 255, d = w & 255;
          const lo = (r[s] >>> 0) + (r[t] >>> 0);
          r[d + 1] = (r[s + 1] + r[t + 1] + (lo > 0xffffffff ? 1 : 0)) | 0; r[d] = lo | 0;
          break;
        }
        case Op.ADD_REG_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = (r[(w >>> 8) & 255] + r[(w >>> 16) & 255]) | 0; r[d + 1] = 0;
          break;
        }
        case Op.SUB_REG_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, t = (w >>> 16) & 255, d = w & 255;
          const alo = r[s], blo = r[t];
          r[d + 1] = (r[s + 1] - r[t + 1] - ((alo >>> 0) < (blo >>> 0) ? 1 : 0)) | 0; r[d] = (alo - blo) | 0;
          break;
        }
        case Op.SUB_REG_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = (r[(w >>> 8) & 255] - r[(w >>> 16) & 255]) | 0; r[d + 1] = 0;
          break;
        }
        case Op.ADDS_REG_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, t = (w >>> 16) & 255;
          if (w >>> 24) nzcv = A.adds64(r, w & 255, r[s], r[s + 1], ~r[t], ~r[t + 1], 1);
          else nzcv = A.adds64(r, w & 255, r[s], r[s + 1], r[t], r[t + 1], 0);
          break;
        }
        case Op.ADDS_REG_W: {
          const w = page[i + 1], s = (w >>> 8) & 255, t = (w >>> 16) & 255;
          if (w >>> 24) nzcv = A.adds32(r, w & 255, r[s], ~r[t], 1);
          else nzcv = A.adds32(r, w & 255, r[s], r[t], 0);
          break;
        }
        case Op.MOV_REG_X: {
          const w = page[i + 1], t = (w >>> 16) & 255, d = w & 255;
          r[d] = r[t]; r[d + 1] = r[t + 1];
          break;
        }
        case Op.MOV_REG_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = r[(w >>> 16) & 255]; r[d + 1] = 0;
          break;
        }
        case Op.AND_REG_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, t = (w >>> 16) & 255, d = w & 255;
          r[d] = r[s] & r[t]; r[d + 1] = r[s + 1] & r[t + 1];
          break;
        }
        case Op.ORR_REG_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, t = (w >>> 16) & 255, d = w & 255;
          r[d] = r[s] | r[t]; r[d + 1] = r[s + 1] | r[t + 1];
          break;
        }
        case Op.EOR_REG_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, t = (w >>> 16) & 255, d = w & 255;
          r[d] = r[s] ^ r[t]; r[d + 1] = r[s + 1] ^ r[t + 1];
          break;
        }
        case Op.CSEL: {
          const w = page[i + 1], a = page[i + 2], d = w & 255;
          let src: number, lo: number, hi: number;
          if (A.condHolds(nzcv, a & 15)) { src = (w >>> 8) & 255; lo = r[src]; hi = r[src + 1]; }
          else {
            src = (w >>> 16) & 255; lo = r[src]; hi = r[src + 1];
            const kind = (a >>> 4) & 3;
            if (kind === 1) { lo = (lo + 1) | 0; if (lo === 0) hi = (hi + 1) | 0; } // CSINC
            else if (kind === 2) { lo = ~lo; hi = ~hi; } // CSINV
            else if (kind === 3) { lo = -lo | 0; hi = lo === 0 ? -hi | 0 : ~hi; } // CSNEG
          }
          r[d] = lo; r[d + 1] = a & 64 ? hi : 0;
          break;
        }
        case Op.UBFX_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = (r[(w >>> 8) & 255] >>> page[i + 2]) & page[i + 3]; r[d + 1] = 0;
          break;
        }
        case Op.UBFX_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, d = w & 255;
          A.lsr64(r[s], r[s + 1], w >>> 24);
          r[d] = A.rlo & page[i + 2]; r[d + 1] = A.rhi & page[i + 3];
          break;
        }
        case Op.SBFX_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = (r[(w >>> 8) & 255] << page[i + 2]) >> page[i + 3]; r[d + 1] = 0;
          break;
        }
        case Op.SXTW: {
          const w = page[i + 1], d = w & 255, v = r[(w >>> 8) & 255];
          r[d] = v; r[d + 1] = v >> 31;
          break;
        }
        case Op.UBFIZ_W: {
          const w = page[i + 1], d = w & 255;
          r[d] = (r[(w >>> 8) & 255] & page[i + 2]) << page[i + 3]; r[d + 1] = 0;
          break;
        }
        case Op.MADD_X: case Op.MSUB_X: {
          const w = page[i + 1], s = (w >>> 8) & 255, t = (w >>> 16) & 255, acc = w >>> 24, d = w & 255;
          A.mul64(r[s], r[s + 1], r[t], r[t + 1]);
          if (op === Op.MADD_X) A.add64(r[acc], r[acc + 1], A.rlo, A.rhi, 0);
          else A.add64(r[acc], r[acc + 1], ~A.rlo, ~A.rhi, 1);
          r[d] = A.rlo; r[d + 1] = A.rhi;
          break;
        }
        case Op.MADD_W: case Op.MSUB_W: {
          const w = page[i + 1], d = w & 255;
          const p = Math.imul(r[(w >>> 8) & 255], r[(w >>> 16) & 255]);
          r[d] = op === Op.MADD_W ? (r[w >>> 24] + p) | 0 : (r[w >>> 24] - p) | 0; r[d + 1] = 0;
          break;
        }

        // ---- branches
        case Op.B: {
          const t = (pcLo >>> 0) + page[i + 2];
          pcLo = t | 0;
          if (t < 0) pcHi = (pcHi - 1) | 0; else if (t > 0xffffffff) pcHi = (pcHi + 1) | 0;
          continue;
        }
        case Op.BL: {
          A.add64(pcLo, pcHi, 4, 0, 0);
          r[X30] = A.rlo; r[X30 + 1] = A.rhi;
          const t = (pcLo >>> 0) + page[i + 2];
          pcLo = t | 0;
          if (t < 0) pcHi = (pcHi - 1) | 0; else if (t > 0xffffffff) pcHi = (pcHi + 1) | 0;
          continue;
        }
        case Op.B_COND: {
          if (!A.condHolds(nzcv, page[i + 3])) break;
          const t = (pcLo >>> 0) + page[i + 2];
          pcLo = t | 0;
          if (t < 0) pcHi = (pcHi - 1) | 0; else if (t > 0xffffffff) pcHi = (pcHi + 1) | 0;
          continue;
        }
        case Op.CBZ_X: case Op.CBNZ_X: case Op.CBZ_W: case Op.CBNZ_W: {
          const s = (page[i + 1] >>> 8) & 255;
          const zero = op === Op.CBZ_X || op === Op.CBNZ_X ? (r[s] | r[s + 1]) === 0 : r[s] === 0;
          if (zero !== (op === Op.CBZ_X || op === Op.CBZ_W)) break;
          const t = (pcLo >>> 0) + page[i + 2];
          pcLo = t | 0;
          if (t < 0) pcHi = (pcHi - 1) | 0; else if (t > 0xffffffff) pcHi = (pcHi + 1) | 0;
          continue;
        }
        case Op.TBZ: case Op.TBNZ: {
          const s = (page[i + 1] >>> 8) & 255, bit = page[i + 3];
          const v = bit < 32 ? (r[s] >>> bit) & 1 : (r[s + 1] >>> (bit - 32)) & 1;
          if ((v === 0) !== (op === Op.TBZ)) break;
          const t = (pcLo >>> 0) + page[i + 2];
          pcLo = t | 0;
          if (t < 0) pcHi = (pcHi - 1) | 0; else if (t > 0xffffffff) pcHi = (pcHi + 1) | 0;
          continue;
        }
        case Op.BR: case Op.RET: {
          const s = (page[i + 1] >>> 8) & 255;
          pcLo = r[s]; pcHi = r[s + 1];
          continue;
        }
        case Op.BLR: {
          const s = (page[i + 1] >>> 8) & 255;
          const tlo = r[s], thi = r[s + 1];
          A.add64(pcLo, pcHi, 4, 0, 0);
          r[X30] = A.rlo; r[X30 + 1] = A.rhi;
          pcLo = tlo; pcHi = thi;
          continue;
        }

        // ---- loads and stores: RAM fast path inline, everything else in execMem()
        case Op.LDR_X: case Op.LDR_REG_X: {
          const w = page[i + 1];
          const a = op === Op.LDR_X ? eaImm(r, (w >>> 8) & 255, page[i + 2]) : eaReg(r, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          if (a >= RAM_BASE && a + 8 <= ramEnd) {
            const d = w & 255;
            r[d] = dv.getInt32(a + DELTA, true); r[d + 1] = dv.getInt32(a + DELTA + 4, true);
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi;
          if (!this.execMem(op, page, i)) { n--; result = EXIT; break loop; }
          break;
        }
        case Op.LDR_W: case Op.LDR_REG_W: {
          const w = page[i + 1];
          const a = op === Op.LDR_W ? eaImm(r, (w >>> 8) & 255, page[i + 2]) : eaReg(r, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          if (a >= RAM_BASE && a + 4 <= ramEnd) {
            const d = w & 255;
            r[d] = dv.getInt32(a + DELTA, true); r[d + 1] = 0;
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi;
          if (!this.execMem(op, page, i)) { n--; result = EXIT; break loop; }
          break;
        }
        case Op.LDRB: case Op.LDRB_REG: {
          const w = page[i + 1];
          const a = op === Op.LDRB ? eaImm(r, (w >>> 8) & 255, page[i + 2]) : eaReg(r, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          if (a >= RAM_BASE && a + 1 <= ramEnd) {
            const d = w & 255;
            r[d] = dv.getUint8(a + DELTA); r[d + 1] = 0;
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi;
          if (!this.execMem(op, page, i)) { n--; result = EXIT; break loop; }
          break;
        }
        case Op.STR_X: case Op.STR_REG_X: {
          const w = page[i + 1];
          const a = op === Op.STR_X ? eaImm(r, (w >>> 8) & 255, page[i + 2]) : eaReg(r, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          if (a >= RAM_BASE && a + 8 <= ramEnd) {
            const t = w & 255;
            if (marks[(a - RAM_BASE) >>> 12] !== 0 || marks[(a + 7 - RAM_BASE) >>> 12] !== 0) code.invalidate(a - RAM_BASE, 8);
            dv.setInt32(a + DELTA, r[t], true); dv.setInt32(a + DELTA + 4, r[t + 1], true);
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi;
          if (!this.execMem(op, page, i)) { n--; result = EXIT; break loop; }
          break;
        }
        case Op.STR_W: case Op.STR_REG_W: {
          const w = page[i + 1];
          const a = op === Op.STR_W ? eaImm(r, (w >>> 8) & 255, page[i + 2]) : eaReg(r, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          if (a >= RAM_BASE && a + 4 <= ramEnd) {
            if (marks[(a - RAM_BASE) >>> 12] !== 0 || marks[(a + 3 - RAM_BASE) >>> 12] !== 0) code.invalidate(a - RAM_BASE, 4);
            dv.setInt32(a + DELTA, r[w & 255], true);
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi;
          if (!this.execMem(op, page, i)) { n--; result = EXIT; break loop; }
          break;
        }
        case Op.STRB: case Op.STRB_REG: {
          const w = page[i + 1];
          const a = op === Op.STRB ? eaImm(r, (w >>> 8) & 255, page[i + 2]) : eaReg(r, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          if (a >= RAM_BASE && a + 1 <= ramEnd) {
            if (marks[(a - RAM_BASE) >>> 12] !== 0) code.invalidate(a - RAM_BASE, 1);
            dv.setUint8(a + DELTA, r[w & 255]);
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi;
          if (!this.execMem(op, page, i)) { n--; result = EXIT; break loop; }
          break;
        }
        case Op.LDST_IMM: case Op.LDST_PRE: case Op.LDST_POST: {
          // Any size and sign. Fast path: RAM below 4 GiB, base and new base in 32 bits.
          const w = page[i + 1], s = (w >>> 8) & 255, off = page[i + 2], c = w >>> 24;
          if (r[s + 1] === 0) {
            const base = r[s] >>> 0, nb = base + off;
            const a = op === Op.LDST_POST ? base : nb, len = 1 << (c & 3);
            if (a >= RAM_BASE && a + len <= ramEnd && nb >= 0 && nb <= 0xffffffff) {
              const d = w & 255;
              if (c & 16) {
                if (marks[(a - RAM_BASE) >>> 12] !== 0 || marks[(a + len - 1 - RAM_BASE) >>> 12] !== 0) code.invalidate(a - RAM_BASE, len);
                storeSized(dv, a + DELTA, c & 3, r[d], r[d + 1]);
              } else loadCoded(dv, a + DELTA, c, r, d);
              if (op !== Op.LDST_IMM) r[s] = nb | 0;
              break;
            }
          }
          r[PC] = pcLo; r[PC + 1] = pcHi;
          if (!this.execMem(op, page, i)) { n--; result = EXIT; break loop; }
          break;
        }
        case Op.LDST_REG: case Op.LDSTP:
        case Op.LDXR: case Op.STXR: case Op.ATOMIC: case Op.CAS: case Op.CASP: {
          r[PC] = pcLo; r[PC + 1] = pcHi;
          if (!this.execMem(op, page, i)) { n--; result = EXIT; break loop; }
          break;
        }
        case Op.LDR_LIT: {
          r[PC] = pcLo; r[PC + 1] = pcHi;
          if (!this.execMem(op, page, i)) { n--; result = EXIT; break loop; }
          break;
        }

        case Op.NOP:
          break;

        case Op.IC_IALLU: case Op.IC_IVAU:
          this.icInvalidate(op, page, i);
          pageLo = pcLo ^ 0x1000; // refetch this page's records
          page = EMPTY_PAGE;
          break;

        case Op.HVC: case Op.SVC: case Op.SMC: {
          // Exception-generating instructions retire before the trap (ELR = next instruction).
          this.setExit(op === Op.HVC ? EC_HVC64 : op === Op.SVC ? EC_SVC64 : EC_SMC64, page[i + 2] & 0xffff, 0, 0);
          A.add64(pcLo, pcHi, 4, 0, 0);
          pcLo = A.rlo; pcHi = A.rhi;
          result = EXIT;
          break loop;
        }

        default: {
          // Everything else: no PC change, may exit.
          r[PC] = pcLo; r[PC + 1] = pcHi;
          r[NZCV] = nzcv;
          const ok = this.execCold(op, page, i);
          nzcv = r[NZCV];
          if (!ok) { n--; result = EXIT; break loop; }
          break;
        }
      }
      pcLo = (pcLo + 4) | 0;
      if (pcLo === 0) pcHi = (pcHi + 1) | 0;
    }
    r[PC] = pcLo;
    r[PC + 1] = pcHi;
    r[NZCV] = nzcv;
    this.icount += n;
    return result;
  }

  /** Decodes the instruction in record slot i of `page`; pcLo locates it (no MMU yet). */
  private decodeSlot(page: Int32Array, i: number, pcLo: number): number {
    const word = this.fetchWord(pcLo);
    if (!this.decoder.decode(word, page, i)) {
      page[i] = Op.UNDEF;
      page[i + 1] = 0; page[i + 2] = 0; page[i + 3] = 0;
    }
    return page[i];
  }

  private fetchWord(pcLo: number): number {
    return this.dv.getInt32((pcLo >>> 0) + DELTA, true);
  }

  setExit(ec: number, iss: number, farLo: number, farHi: number): void {
    this.exitEc = ec;
    this.exitIss = iss;
    this.exitFarLo = farLo;
    this.exitFarHi = farHi;
    this.exitInsn = 0;
  }

  // ---- cold operations ----------------------------------------------------------------------

  /** Executes a non-branch, non-memory operation; false = exit set. PC is in r[PC]. */
  private execCold(op: number, page: Int32Array, i: number): boolean {
    const r = this.r;
    const w = page[i + 1], a = page[i + 2], b = page[i + 3];
    const d = w & 255, s = (w >>> 8) & 255, t = (w >>> 16) & 255, x = w >>> 24;
    switch (op) {
      case Op.BITFIELD: this.bitfield(d, s, a); return true;
      case Op.EXTR: this.extr(d, s, t, a, b); return true;
      case Op.ADDSUB_SREG: this.addSubShifted(d, s, t, a); return true;
      case Op.ADDSUB_EXT: this.addSubExtended(d, s, t, a); return true;
      case Op.LOGIC_SREG: this.logicShifted(d, s, t, a); return true;
      case Op.ADC: this.adc(d, s, t, a); return true;
      case Op.CCMP: this.ccmp(s, t, a); return true;
      case Op.MULL: this.mull(d, s, t, x, a); return true;
      case Op.MULH:
        A.mulh64(r[s], r[s + 1], r[t], r[t + 1], a === 1);
        r[d] = A.rlo; r[d + 1] = A.rhi;
        return true;
      case Op.DIV:
        if (a & 2) { A.div64(r[s], r[s + 1], r[t], r[t + 1], (a & 1) === 1); r[d] = A.rlo; r[d + 1] = A.rhi; }
        else { r[d] = A.div32(r[s], r[t], (a & 1) === 1); r[d + 1] = 0; }
        return true;
      case Op.SHIFTV: this.shiftv(d, s, t, a); return true;
      case Op.BITOP: this.bitop(d, s, a); return true;
      case Op.CRC32: {
        const size = a & 3;
        r[d] = A.crc32(r[s], r[t], r[t + 1], 1 << size, (a & 4) !== 0);
        r[d + 1] = 0;
        return true;
      }
      case Op.CLREX: r[EXCL_VALID] = 0; return true;
      case Op.MRS:
        if (a < 0) return this.sysTrap(b, page, i);
        if (sysregUndefined(r, a)) return this.undefined(page, i);
        readSysreg(r, a);
        r[d] = sysLo(); r[d + 1] = sysHi();
        return true;
      case Op.MSR_REG:
        if (a < 0) return this.sysTrap(b, page, i);
        if (sysregUndefined(r, a) || !writeSysreg(r, a, r[s], r[s + 1])) return this.undefined(page, i);
        return true;
      case Op.MSR_IMM: writePstateField(r, a, b); return true;
      case Op.FLAGM: this.flagm(s, a, b); return true;
      case Op.DC_ZVA: return this.dcZva(s);
      case Op.WFI: case Op.WFE:
        this.setExit(EC_WFX, op === Op.WFE ? 1 : 0, 0, 0);
        return false;
      case Op.BRK:
        this.setExit(EC_BRK64, a & 0xffff, 0, 0);
        return false;
      case Op.HLT:
        this.setExit(EC_HLT, a & 0xffff, 0, 0);
        this.exitInsn = this.fetchWord(r[PC]);
        return false;
      default:
        return this.undefined(page, i);
    }
  }

  private undefined(_page: Int32Array, _i: number): boolean {
    this.setExit(EC_UNKNOWN, 0, 0, 0);
    this.exitInsn = this.fetchWord(this.r[PC]);
    return false;
  }

  private sysTrap(iss: number, _page: Int32Array, _i: number): boolean {
    this.setExit(EC_SYS64, iss, 0, 0);
    this.exitInsn = this.fetchWord(this.r[PC]);
    return false;
  }

  /** FEAT_FlagM: CFINV, RMIF, SETF8, SETF16. */
  private flagm(s: number, kind: number, b: number): void {
    const r = this.r;
    if (kind === 0) { r[NZCV] ^= FLAG_C; return; }
    if (kind === 1) {
      A.ror64(r[s], r[s + 1], b & 63);
      const mask = b >>> 8;
      r[NZCV] = (r[NZCV] & ~mask) | (A.rlo & mask); // bits 3:0 of the rotated value are N Z C V
      return;
    }
    const top = kind === 2 ? 7 : 15, v = r[s];
    const n = (v >>> top) & 1, z = (v & ((2 << top) - 1)) === 0 ? 1 : 0, ov = ((v >>> (top + 1)) ^ (v >>> top)) & 1;
    r[NZCV] = (n << 3) | (z << 2) | (r[NZCV] & FLAG_C) | ov;
  }

  /** DC ZVA: zero the naturally aligned block of 4 << DCZID_EL0.BS bytes (64). */
  private dcZva(s: number): boolean {
    const r = this.r;
    const lo = r[s] & ~(DCZVA_BYTES - 1), hi = r[s + 1];
    if (!this.inRam(lo, hi, DCZVA_BYTES)) return this.dataAbort(lo, hi, 1 << 6);
    for (let k = 0; k < DCZVA_BYTES; k += 8) this.write(lo + k, hi, 3, 0, 0);
    return true;
  }

  private icInvalidate(op: number, page: Int32Array, i: number): void {
    if (op === Op.IC_IALLU) { this.code.dropAll(); return; }
    const s = (page[i + 1] >>> 8) & 255;
    const va = this.r[s] >>> 0;
    if (this.r[s + 1] === 0 && va >= RAM_BASE && va < this.ramEnd) this.code.dropPage((va - RAM_BASE) >>> 12);
  }

  private bitfield(d: number, s: number, a: number): void {
    const r = this.r;
    const immr = a & 63, imms = (a >>> 8) & 63, kind = (a >>> 16) & 3, sf = (a >>> 18) & 1;
    const width = sf ? 64 : 32;
    const srcLo = r[s], srcHi = sf ? r[s + 1] : 0;
    // Field: bits [imms:immr] moved to the bottom (imms >= immr), or bits [imms:0] moved up to
    // position width - immr. Insert it into 0 (UBFM), the sign (SBFM) or Rd (BFM).
    let fieldLo: number, fieldHi: number, pos: number, len: number;
    if (imms >= immr) {
      A.lsr64(srcLo, srcHi, immr); fieldLo = A.rlo; fieldHi = A.rhi;
      pos = 0; len = imms - immr + 1;
    } else {
      fieldLo = srcLo; fieldHi = srcHi;
      pos = width - immr; len = imms + 1;
    }
    A.mask64(len);
    const mLo = A.rlo, mHi = A.rhi;
    fieldLo &= mLo; fieldHi &= mHi;
    let resLo: number, resHi: number;
    if (kind === 1) { resLo = r[d]; resHi = sf ? r[d + 1] : 0; } else { resLo = 0; resHi = 0; }
    if (kind === 0) {
      // Sign bit of the field (bit imms of the source) fills everything above the field.
      const sign = imms < 32 ? (srcLo >>> imms) & 1 : (srcHi >>> (imms - 32)) & 1;
      if (sign) { fieldLo |= ~mLo; fieldHi |= ~mHi; }
      A.shl64(fieldLo, fieldHi, pos); resLo = A.rlo; resHi = A.rhi;
      // bits below pos stay zero
    } else {
      A.shl64(mLo, mHi, pos); const kLo = A.rlo, kHi = A.rhi;
      A.shl64(fieldLo, fieldHi, pos);
      resLo = (resLo & ~kLo) | A.rlo; resHi = (resHi & ~kHi) | A.rhi;
    }
    r[d] = resLo; r[d + 1] = sf ? resHi : 0;
  }

  private extr(d: number, s: number, t: number, lsb: number, sf: number): void {
    const r = this.r;
    if (sf) {
      // (Xn:Xm) >> lsb, low 64 bits
      A.lsr64(r[t], r[t + 1], lsb); const lo = A.rlo, hi = A.rhi;
      if (lsb === 0) { r[d] = lo; r[d + 1] = hi; return; }
      A.shl64(r[s], r[s + 1], 64 - lsb);
      r[d] = lo | A.rlo; r[d + 1] = hi | A.rhi;
    } else {
      r[d] = lsb === 0 ? r[t] : (r[t] >>> lsb) | (r[s] << (32 - lsb));
      r[d + 1] = 0;
    }
  }

  private addSubShifted(d: number, s: number, t: number, a: number): void {
    const r = this.r;
    const type = a & 3, amount = (a >>> 2) & 63, sf = (a >>> 8) & 1, sub = (a >>> 9) & 1, setFlags = (a >>> 10) & 1;
    if (sf) {
      A.shift64(r[t], r[t + 1], type, amount);
      this.addSub64(d, r[s], r[s + 1], A.rlo, A.rhi, sub, setFlags);
    } else {
      this.addSub32(d, r[s], A.shift32(r[t], type, amount), sub, setFlags);
    }
  }

  private addSubExtended(d: number, s: number, t: number, a: number): void {
    const r = this.r;
    const option = a & 7, shift = (a >>> 3) & 7, sf = (a >>> 6) & 1, sub = (a >>> 7) & 1, setFlags = (a >>> 8) & 1;
    A.extend64(r[t], r[t + 1], option, shift);
    if (sf) this.addSub64(d, r[s], r[s + 1], A.rlo, A.rhi, sub, setFlags);
    else this.addSub32(d, r[s], A.rlo, sub, setFlags);
  }

  private addSub64(d: number, alo: number, ahi: number, blo: number, bhi: number, sub: number, setFlags: number): void {
    const r = this.r;
    if (sub) { blo = ~blo; bhi = ~bhi; }
    if (setFlags) { r[NZCV] = A.adds64(r, d, alo, ahi, blo, bhi, sub); return; }
    A.add64(alo, ahi, blo, bhi, sub);
    r[d] = A.rlo; r[d + 1] = A.rhi;
  }

  private addSub32(d: number, a: number, b: number, sub: number, setFlags: number): void {
    const r = this.r;
    if (sub) b = ~b;
    if (setFlags) { r[NZCV] = A.adds32(r, d, a, b, sub); return; }
    r[d] = (a + b + sub) | 0; r[d + 1] = 0;
  }

  private logicShifted(d: number, s: number, t: number, a: number): void {
    const r = this.r;
    const opc = a & 3, invert = (a >>> 2) & 1, type = (a >>> 3) & 3, amount = (a >>> 5) & 63, sf = (a >>> 11) & 1;
    let blo: number, bhi: number;
    if (sf) { A.shift64(r[t], r[t + 1], type, amount); blo = A.rlo; bhi = A.rhi; }
    else { blo = A.shift32(r[t], type, amount); bhi = 0; }
    if (invert) { blo = ~blo; bhi = ~bhi; }
    let lo: number, hi: number;
    switch (opc) {
      case 1: lo = r[s] | blo; hi = r[s + 1] | bhi; break;
      case 2: lo = r[s] ^ blo; hi = r[s + 1] ^ bhi; break;
      default: lo = r[s] & blo; hi = r[s + 1] & bhi; break;
    }
    if (!sf) hi = 0;
    if (opc === 3) r[NZCV] = A.logicFlags(lo, sf ? hi : lo >> 31);
    r[d] = lo; r[d + 1] = hi;
  }

  private adc(d: number, s: number, t: number, a: number): void {
    const r = this.r;
    const sf = a & 1, sub = (a >>> 1) & 1, setFlags = (a >>> 2) & 1;
    const c = (r[NZCV] >>> 1) & 1;
    let blo = r[t], bhi = r[t + 1];
    if (sub) { blo = ~blo; bhi = ~bhi; }
    if (sf) {
      if (setFlags) { r[NZCV] = A.adds64(r, d, r[s], r[s + 1], blo, bhi, c); return; }
      A.add64(r[s], r[s + 1], blo, bhi, c);
      r[d] = A.rlo; r[d + 1] = A.rhi;
    } else {
      if (setFlags) { r[NZCV] = A.adds32(r, d, r[s], blo, c); return; }
      r[d] = (r[s] + blo + c) | 0; r[d + 1] = 0;
    }
  }

  private ccmp(s: number, t: number, a: number): void {
    const r = this.r;
    const cond = a & 15, nzcv = (a >>> 4) & 15, sf = (a >>> 8) & 1, imm = (a >>> 9) & 1, imm5 = (a >>> 10) & 31, sub = (a >>> 15) & 1;
    if (!A.condHolds(r[NZCV], cond)) {
      r[NZCV] = nzcv;
      return;
    }
    let blo = imm ? imm5 : r[t], bhi = imm ? 0 : r[t + 1];
    if (sub) { blo = ~blo; bhi = ~bhi; }
    r[NZCV] = sf ? A.adds64(r, DISCARD, r[s], r[s + 1], blo, bhi, sub) : A.adds32(r, DISCARD, r[s], blo, sub);
  }

  private mull(d: number, s: number, t: number, acc: number, a: number): void {
    const r = this.r;
    const signed = a & 1, sub = (a >>> 1) & 1;
    const x = r[s], y = r[t];
    A.mulu32(x, y);
    let lo = A.rlo, hi = A.rhi;
    if (signed) {
      // Signed product = unsigned product - (x < 0 ? y << 32 : 0) - (y < 0 ? x << 32 : 0).
      if (x < 0) hi = (hi - y) | 0;
      if (y < 0) hi = (hi - x) | 0;
    }
    if (sub) A.add64(r[acc], r[acc + 1], ~lo, ~hi, 1);
    else A.add64(r[acc], r[acc + 1], lo, hi, 0);
    r[d] = A.rlo; r[d + 1] = A.rhi;
  }

  private shiftv(d: number, s: number, t: number, a: number): void {
    const r = this.r;
    const type = a & 3, sf = (a >>> 2) & 1;
    if (sf) {
      A.shift64(r[s], r[s + 1], type, r[t] & 63);
      r[d] = A.rlo; r[d + 1] = A.rhi;
    } else {
      r[d] = A.shift32(r[s], type, r[t] & 31); r[d + 1] = 0;
    }
  }

  private bitop(d: number, s: number, a: number): void {
    const r = this.r;
    const kind = a & 7, sf = (a >>> 3) & 1;
    const lo = r[s], hi = sf ? r[s + 1] : 0;
    let rl: number, rh = 0;
    switch (kind) {
      case 0: // RBIT
        if (sf) { rl = A.rbit32(hi); rh = A.rbit32(lo); } else rl = A.rbit32(lo);
        break;
      case 1: // REV16
        rl = A.rev16(lo); rh = A.rev16(hi);
        break;
      case 2: // REV32 (64-bit only)
        rl = A.bswap32(lo); rh = A.bswap32(hi);
        break;
      case 3: // REV
        if (sf) { rl = A.bswap32(hi); rh = A.bswap32(lo); } else rl = A.bswap32(lo);
        break;
      case 4: // CLZ
        rl = sf ? (hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(lo)) : Math.clz32(lo);
        break;
      default: { // CLS
        if (!sf) { rl = A.cls32(lo); break; }
        // CountLeadingZeroBits(x<63:1> EOR x<62:0>) on a 63-bit value
        A.lsr64(lo, hi, 1);
        const zl = A.rlo ^ lo, zh = (A.rhi ^ hi) & 0x7fffffff;
        rl = (zh !== 0 ? Math.clz32(zh) : 32 + Math.clz32(zl)) - 1;
      }
    }
    r[d] = rl; r[d + 1] = sf ? rh : 0;
  }

  // ---- memory ---------------------------------------------------------------------------------

  /** Reads `size` (log2) bytes at (lo, hi) into vlo/vhi, zero-extended; false if not RAM. */
  private read(lo: number, hi: number, size: number): boolean {
    const a = lo >>> 0, len = 1 << size;
    if (hi !== 0 || a < RAM_BASE || a + len > this.ramEnd) return false;
    const o = a + DELTA, dv = this.dv;
    this.vhi = 0;
    switch (size) {
      case 0: this.vlo = dv.getUint8(o); break;
      case 1: this.vlo = dv.getUint16(o, true); break;
      case 2: this.vlo = dv.getInt32(o, true); break;
      default: this.vlo = dv.getInt32(o, true); this.vhi = dv.getInt32(o + 4, true);
    }
    return true;
  }

  /** Writes `size` (log2) bytes of (vlo, vhi) at (lo, hi); false if not RAM. */
  private write(lo: number, hi: number, size: number, vlo: number, vhi: number): boolean {
    const a = lo >>> 0, len = 1 << size;
    if (hi !== 0 || a < RAM_BASE || a + len > this.ramEnd) return false;
    const off = a - RAM_BASE;
    const marks = this.code.marks;
    if (marks[off >>> 12] !== 0 || marks[(off + len - 1) >>> 12] !== 0) this.code.invalidate(off, len);
    const o = a + DELTA, dv = this.dv;
    switch (size) {
      case 0: dv.setUint8(o, vlo); break;
      case 1: dv.setUint16(o, vlo, true); break;
      case 2: dv.setInt32(o, vlo, true); break;
      default: dv.setInt32(o, vlo, true); dv.setInt32(o + 4, vhi, true);
    }
    return true;
  }

  /** Stage-2 data abort for the hypervisor (MMIO or a hole in the address map). */
  private dataAbort(lo: number, hi: number, iss: number): false {
    this.setExit(EC_DABT_LOW, iss, lo, hi);
    this.exitInsn = this.fetchWord(this.r[PC]);
    return false;
  }

  private alignmentFault(lo: number, hi: number, write: number): false {
    this.setExit(EC_DABT_CUR, DFSC_ALIGNMENT | (write << 6), lo, hi);
    this.exitInsn = this.fetchWord(this.r[PC]);
    return false;
  }

  /** Writes the loaded vlo/vhi to slot d, sign-extending as `code` says. */
  private setLoaded(d: number, code: number): void {
    const size = code & 3;
    let lo = this.vlo, hi = this.vhi;
    if (code & 4) {
      if (size === 0) lo = (lo << 24) >> 24;
      else if (size === 1) lo = (lo << 16) >> 16;
      hi = code & 8 ? lo >> 31 : 0;
    }
    this.r[d] = lo;
    this.r[d + 1] = hi;
  }

  /** Every load/store/atomic; false = exit set (the instruction did not complete). */
  private execMem(op: number, page: Int32Array, i: number): boolean {
    const r = this.r;
    const w = page[i + 1], a = page[i + 2], b = page[i + 3];
    const d = w & 255, s = (w >>> 8) & 255, t = (w >>> 16) & 255;
    let code = w >>> 24;
    switch (op) {
      case Op.LDR_X: code = 3 | 8; break;
      case Op.LDR_W: code = 2; break;
      case Op.LDRB: code = 0; break;
      case Op.STR_X: code = 3 | 16; break;
      case Op.STR_W: code = 2 | 16; break;
      case Op.STRB: code = 16; break;
      case Op.LDR_REG_X: case Op.LDR_REG_W: case Op.LDRB_REG: case Op.STR_REG_X: case Op.STR_REG_W: case Op.STRB_REG:
        op = Op.LDST_REG; break; // x already holds the code
    }
    const size = code & 3, store = (code >>> 4) & 1;

    switch (op) {
      case Op.LDR_X: case Op.LDR_W: case Op.LDRB: case Op.STR_X: case Op.STR_W: case Op.STRB:
      case Op.LDST_IMM: case Op.LDST_PRE: case Op.LDST_POST: case Op.LDST_REG: case Op.LDR_LIT: {
        let alo: number, ahi: number;
        if (op === Op.LDST_POST) { alo = r[s]; ahi = r[s + 1]; } // post-index: access at the base
        else {
          if (op === Op.LDR_LIT) A.add64(r[PC], r[PC + 1], a, a >> 31, 0);
          else if (op === Op.LDST_REG) {
            A.extend64(r[t], r[t + 1], a & 7, (a >>> 3) & 7);
            A.add64(r[s], r[s + 1], A.rlo, A.rhi, 0);
          } else A.add64(r[s], r[s + 1], a, a >> 31, 0);
          alo = A.rlo; ahi = A.rhi;
        }
        if (store) {
          if (!this.write(alo, ahi, size, r[d], r[d + 1])) return this.dataAbort(alo, ahi, b);
        } else {
          if (!this.read(alo, ahi, size)) return op === Op.LDR_LIT ? this.dataAbort(alo, ahi, 0) : this.dataAbort(alo, ahi, b);
          this.setLoaded(d, code);
        }
        if (op === Op.LDST_PRE) { r[s] = alo; r[s + 1] = ahi; }
        else if (op === Op.LDST_POST) { A.add64(alo, ahi, a, a >> 31, 0); r[s] = A.rlo; r[s + 1] = A.rhi; }
        return true;
      }
      case Op.LDSTP: {
        const mode = (code >>> 5) & 3, bytes = 1 << size;
        const base = mode === 1 ? 0 : a; // post-index accesses at the base
        A.add64(r[s], r[s + 1], base, base >> 31, 0);
        const alo = A.rlo, ahi = A.rhi;
        A.add64(alo, ahi, bytes, 0, 0);
        const blo = A.rlo, bhi = A.rhi;
        if (store) {
          const v1lo = r[d], v1hi = r[d + 1], v2lo = r[t], v2hi = r[t + 1];
          if (!this.inRam(alo, ahi, bytes * 2)) return this.dataAbort(alo, ahi, b);
          this.write(alo, ahi, size, v1lo, v1hi);
          this.write(blo, bhi, size, v2lo, v2hi);
        } else {
          if (!this.inRam(alo, ahi, bytes * 2)) return this.dataAbort(alo, ahi, b);
          this.read(alo, ahi, size);
          const v1lo = this.vlo, v1hi = this.vhi;
          this.read(blo, bhi, size);
          const sext = (code & 4) !== 0;
          this.setLoaded(t, sext ? 2 | 4 | 8 : size);
          this.vlo = v1lo; this.vhi = v1hi;
          this.setLoaded(d, sext ? 2 | 4 | 8 : size);
        }
        if (mode !== 0) {
          A.add64(r[s], r[s + 1], a, a >> 31, 0);
          r[s] = A.rlo; r[s + 1] = A.rhi;
        }
        return true;
      }
      case Op.LDXR: return this.loadExclusive(d, s, t, code);
      case Op.STXR: return this.storeExclusive(d, s, t, a, code);
      case Op.ATOMIC: return this.atomic(d, s, t, a, size);
      case Op.CAS: return this.cas(d, s, t, size);
      case Op.CASP: return this.casp(d, s, t, size);
    }
    return this.undefined(page, i);
  }

  private inRam(lo: number, hi: number, len: number): boolean {
    const a = lo >>> 0;
    return hi === 0 && a >= RAM_BASE && a + len <= this.ramEnd;
  }

  /** Exclusives and atomics must be naturally aligned (to the whole pair for pairs). */
  private aligned(lo: number, bytes: number): boolean {
    return (lo & (bytes - 1)) === 0;
  }

  private loadExclusive(d: number, s: number, t: number, code: number): boolean {
    const r = this.r;
    const size = code & 3, pair = (code >>> 2) & 1;
    const alo = r[s], ahi = r[s + 1];
    const bytes = (1 << size) << pair;
    if (!this.aligned(alo, bytes)) return this.alignmentFault(alo, ahi, 0);
    if (!this.inRam(alo, ahi, bytes)) return this.dataAbort(alo, ahi, 0);
    this.read(alo, ahi, size);
    const v1lo = this.vlo, v1hi = this.vhi;
    r[EXCL_VAL] = v1lo; r[EXCL_VAL + 1] = v1hi; r[EXCL_VAL2] = 0; r[EXCL_VAL2 + 1] = 0;
    if (pair) {
      A.add64(alo, ahi, 1 << size, 0, 0);
      this.read(A.rlo, A.rhi, size);
      if (size === 2) r[EXCL_VAL + 1] = this.vlo; // a W pair is monitored as one 64-bit value
      else { r[EXCL_VAL2] = this.vlo; r[EXCL_VAL2 + 1] = this.vhi; }
      r[t] = this.vlo; r[t + 1] = this.vhi;
    }
    r[d] = v1lo; r[d + 1] = v1hi;
    r[EXCL_VALID] = 1; r[EXCL_ADDR] = alo; r[EXCL_ADDR + 1] = ahi;
    return true;
  }

  private storeExclusive(d: number, s: number, status: number, t2: number, code: number): boolean {
    const r = this.r;
    const size = code & 3, pair = (code >>> 2) & 1;
    const alo = r[s], ahi = r[s + 1];
    const bytes = (1 << size) << pair;
    if (!this.aligned(alo, bytes)) return this.alignmentFault(alo, ahi, 1);
    if (!this.inRam(alo, ahi, bytes)) return this.dataAbort(alo, ahi, 1 << 6);
    const v1lo = r[d], v1hi = r[d + 1], v2lo = r[t2], v2hi = r[t2 + 1];
    let ok = r[EXCL_VALID] === 1 && r[EXCL_ADDR] === alo && r[EXCL_ADDR + 1] === ahi;
    if (ok) {
      // QEMU's model: succeed iff memory still holds what the load-exclusive saw.
      this.read(alo, ahi, pair && size === 2 ? 3 : size);
      ok = this.vlo === r[EXCL_VAL] && this.vhi === r[EXCL_VAL + 1];
      if (ok && pair && size === 3) {
        A.add64(alo, ahi, 8, 0, 0);
        this.read(A.rlo, A.rhi, 3);
        ok = this.vlo === r[EXCL_VAL2] && this.vhi === r[EXCL_VAL2 + 1];
      }
    }
    if (ok) {
      if (pair && size === 2) this.write(alo, ahi, 3, v1lo, v2lo);
      else {
        this.write(alo, ahi, size, v1lo, v1hi);
        if (pair) { A.add64(alo, ahi, 8, 0, 0); this.write(A.rlo, A.rhi, 3, v2lo, v2hi); }
      }
    }
    r[EXCL_VALID] = 0;
    const sd = status === ZR ? DISCARD : status;
    r[sd] = ok ? 0 : 1; r[sd + 1] = 0;
    return true;
  }

  private atomic(d: number, s: number, t: number, opc: number, size: number): boolean {
    const r = this.r;
    const alo = r[s], ahi = r[s + 1], bytes = 1 << size;
    if (!this.aligned(alo, bytes)) return this.alignmentFault(alo, ahi, 1);
    if (!this.read(alo, ahi, size)) return this.dataAbort(alo, ahi, 1 << 6);
    const olo = this.vlo, ohi = this.vhi;
    let slo = r[t], shi = size === 3 ? r[t + 1] : 0;
    if (size < 2) slo &= size === 0 ? 0xff : 0xffff;
    let nlo: number, nhi: number;
    switch (opc) {
      case 0: A.add64(olo, ohi, slo, shi, 0); nlo = A.rlo; nhi = A.rhi; break; // LDADD
      case 1: nlo = olo & ~slo; nhi = ohi & ~shi; break; // LDCLR
      case 2: nlo = olo ^ slo; nhi = ohi ^ shi; break; // LDEOR
      case 3: nlo = olo | slo; nhi = ohi | shi; break; // LDSET
      case 8: nlo = slo; nhi = shi; break; // SWP
      default: {
        const signed = opc === 4 || opc === 5, max = opc === 4 || opc === 6;
        const c = compareSized(olo, ohi, slo, shi, size, signed);
        const takeOld = max ? c >= 0 : c <= 0;
        nlo = takeOld ? olo : slo; nhi = takeOld ? ohi : shi;
      }
    }
    if (size === 2) nhi = 0;
    this.write(alo, ahi, size, nlo, nhi);
    r[d] = olo; r[d + 1] = ohi;
    return true;
  }

  private cas(t: number, s: number, rs: number, size: number): boolean {
    const r = this.r;
    const alo = r[s], ahi = r[s + 1];
    if (!this.aligned(alo, 1 << size)) return this.alignmentFault(alo, ahi, 1);
    if (!this.read(alo, ahi, size)) return this.dataAbort(alo, ahi, 1 << 6);
    const olo = this.vlo, ohi = this.vhi;
    let clo = r[rs], chi = size === 3 ? r[rs + 1] : 0;
    if (size < 2) clo &= size === 0 ? 0xff : 0xffff;
    if (olo === clo && ohi === chi) this.write(alo, ahi, size, r[t], r[t + 1]);
    const sd = rs === ZR ? DISCARD : rs;
    r[sd] = olo; r[sd + 1] = ohi;
    return true;
  }

  private casp(t: number, s: number, rs: number, size: number): boolean {
    const r = this.r;
    const alo = r[s], ahi = r[s + 1], bytes = 1 << size;
    if (!this.aligned(alo, bytes * 2)) return this.alignmentFault(alo, ahi, 1);
    if (!this.inRam(alo, ahi, bytes * 2)) return this.dataAbort(alo, ahi, 1 << 6);
    A.add64(alo, ahi, bytes, 0, 0);
    const blo = A.rlo, bhi = A.rhi;
    this.read(alo, ahi, size); const o1lo = this.vlo, o1hi = this.vhi;
    this.read(blo, bhi, size); const o2lo = this.vlo, o2hi = this.vhi;
    const c1hi = size === 3 ? r[rs + 1] : 0, c2hi = size === 3 ? r[rs + 3] : 0;
    if (o1lo === r[rs] && o1hi === c1hi && o2lo === r[rs + 2] && o2hi === c2hi) {
      const v1lo = r[t], v1hi = r[t + 1], v2lo = r[t + 2], v2hi = r[t + 3];
      this.write(alo, ahi, size, v1lo, v1hi);
      this.write(blo, bhi, size, v2lo, v2hi);
    }
    const rs2 = rs + 2 === ZR ? DISCARD : rs + 2; // CASP X30, XZR pair
    r[rs] = o1lo; r[rs + 1] = o1hi; r[rs2] = o2lo; r[rs2 + 1] = o2hi;
    return true;
  }
}

/** DC ZVA block size; DCZID_EL0.BS = log2(words) = 4. */
export const DCZVA_BYTES = 64;

/** Loads at byte offset o of the memory into slot d, sized and extended as `code` says. */
function loadCoded(dv: DataView, o: number, code: number, r: Int32Array, d: number): void {
  let lo: number, hi = 0;
  switch (code & 15) {
    case 0: lo = dv.getUint8(o); break; // LDRB
    case 1: lo = dv.getUint16(o, true); break; // LDRH
    case 2: lo = dv.getInt32(o, true); break; // LDR W
    case 3: case 3 | 8: lo = dv.getInt32(o, true); hi = dv.getInt32(o + 4, true); break; // LDR X
    case 4: lo = dv.getInt8(o) & 0xffff_ffff; break; // LDRSB W
    case 5: lo = dv.getInt16(o, true); break; // LDRSH W
    case 4 | 8: lo = dv.getInt8(o); hi = lo >> 31; break; // LDRSB X
    case 5 | 8: lo = dv.getInt16(o, true); hi = lo >> 31; break; // LDRSH X
    case 6 | 8: lo = dv.getInt32(o, true); hi = lo >> 31; break; // LDRSW
    default: lo = dv.getUint8(o); break; // ldstCode never produces other codes
  }
  r[d] = lo;
  r[d + 1] = hi;
}

/** Stores the low (8 << size) bits of (lo, hi) at byte offset o of the memory. */
function storeSized(dv: DataView, o: number, size: number, lo: number, hi: number): void {
  switch (size) {
    case 0: dv.setUint8(o, lo); break;
    case 1: dv.setUint16(o, lo, true); break;
    case 2: dv.setInt32(o, lo, true); break;
    default: dv.setInt32(o, lo, true); dv.setInt32(o + 4, hi, true);
  }
}

/**
 * Effective address base + imm for the RAM fast path, as a plain number; -1 when the base's
 * high half is not zero (the slow path then does the full 64-bit arithmetic).
 */
function eaImm(r: Int32Array, s: number, imm: number): number {
  return r[s + 1] === 0 ? (r[s] >>> 0) + imm : -1;
}

/** Effective address base + extend(index) << shift (register offset), or -1 as eaImm. */
function eaReg(r: Int32Array, s: number, t: number, a: number): number {
  let ilo = r[t];
  const opt = a & 7, sh = a >>> 3;
  let ihi = opt === 2 ? 0 : opt === 6 ? ilo >> 31 : r[t + 1];
  if (sh !== 0) { ihi = (ihi << sh) | (ilo >>> (32 - sh)); ilo <<= sh; }
  const lo = (r[s] >>> 0) + (ilo >>> 0);
  if (((r[s + 1] + ihi + (lo > 0xffffffff ? 1 : 0)) | 0) !== 0) return -1;
  return lo > 0xffffffff ? lo - 4294967296 : lo;
}

const EMPTY_PAGE: Int32Array = new Int32Array(0);

/** Compares two zero-extended values of `size` as signed or unsigned: -1, 0 or 1. */
function compareSized(alo: number, ahi: number, blo: number, bhi: number, size: number, signed: boolean): number {
  if (size < 3) {
    const sh = 32 - (8 << size);
    const a = signed ? (alo << sh) >> sh : (alo << sh) >>> sh;
    const b = signed ? (blo << sh) >> sh : (blo << sh) >>> sh;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const ha = signed ? ahi : ahi >>> 0, hb = signed ? bhi : bhi >>> 0;
  if (ha !== hb) return ha < hb ? -1 : 1;
  const la = alo >>> 0, lb = blo >>> 0;
  return la < lb ? -1 : la > lb ? 1 : 0;
}
