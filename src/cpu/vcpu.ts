// The AArch64 interpreter for one vCPU. `run()` executes guest instructions until its budget is
// spent or something needs the hypervisor; then it returns EXIT with an ESR_EL2-style syndrome
// in the exit fields (KVM model: the PC is left at the instruction that exited, except for HVC,
// which retires first). The vCPU knows nothing about devices or debuggers.
//
// Hot operations are cases of one switch in `run()`; rarer ones live in methods so the hot
// function stays small enough for V8 to optimise. Registers are 32-bit halves in the shared
// memory (src/cpu/regs.ts).

import { GuestMemory, RAM_BASE, RAM_OFFSET } from '../memory/layout.ts';
import { CodeCache } from './code-cache.ts';
import type { Decoder } from './decoder.ts';
import {
  PC, SP, SP_EL0, NZCV, FLAG_C, DISCARD, ZR, CUREL, SPSEL, DAIF, CPACR_EL1, SCTLR_EL1, TCR_EL1, TTBR0_EL1, TTBR1_EL1, PAR_EL1,
  EXCL_VALID, EXCL_ADDR, EXCL_VAL, EXCL_VAL2,
} from './regs.ts';
import * as A from './alu.ts';
import {
  SYSREGS, readSysreg, writeSysreg, writePstateField, sysLo, sysHi, sysAccessible, resetSysregs, PstateField,
  type SysContext, type IdRegisters, idRegisters,
} from './sysregs.ts';
import { takeException, exceptionReturn, esrOf, VECTOR_SYNC, VECTOR_IRQ, VECTOR_FIQ } from './exceptions.ts';
import { execSimdInt } from './simd-int.ts';
import { execSimdFp } from './simd-fp.ts';
import { execCrypto } from './simd-crypto.ts';
import type { CpuModel } from './features.ts';
import { BUDGET, EXIT, DONE, STOP, JUMP, FAULT, DONE_CHANGED, STOP_RETIRED } from './status.ts';
import {
  Tlb, translate, tlbBank, ACC_READ, ACC_WRITE, ACC_EXEC, ACC_MAINT, TLB_SIZE, GLOBAL, ANY_ASID,
  FAULT_EXTERNAL_WALK, tFault, tPaLo, tPaHi, tSpan, tGlobal, tDevice, tAttr, tSh, tAsid,
} from './mmu.ts';
import {
  EC_UNKNOWN, EC_WFX, EC_FP_ACCESS, EC_SVC64, EC_HVC64, EC_SYS64, EC_IABT_LOW, EC_IABT_CUR, EC_PC_ALIGN,
  EC_DABT_LOW, EC_DABT_CUR, EC_SP_ALIGN, EC_BRK64, EC_HLT, EC_SYSREG_CHANGED, DFSC_ALIGNMENT, EC_BREAKPOINT,
  EC_WATCHPOINT, type Exit,
} from './syndrome.ts';

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
  DC_MAINT = 105, // n = Rt slot, a = 1 if EL0 may use it (SCTLR_EL1.UCI)
  AT = 106, // n = Rt slot, a = op2 (0 S1E1R, 1 S1E1W, 2 S1E0R, 3 S1E0W)
  TLBI = 107, // n = Rt slot, a = op2 (0 VMALLE1, 1 VAE1, 2 ASIDE1, 3 VAAE1, 5 VALE1, 7 VAALE1)
  ERET = 108,
  MRS_STORE = 109, // d = Rt slot, a = register-file slot of an EL1-only storage register
  MRS_SP_EL0 = 133, // d = Rt slot
  MRS_NZCV = 134, // d = Rt slot
  SIMD_INT = 140, // FP/SIMD: loads/stores, moves, integer vector ops (src/cpu/simd-int.ts decodes its own records)
  SIMD_FP = 141, // FP/SIMD: floating-point arithmetic, compares, conversions (src/cpu/simd-fp.ts)
  SIMD_CRYPTO = 142, // AES, SHA1/256/512, SHA3, PMULL .1Q (src/cpu/simd-crypto.ts)

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
  LDST_UNPRIV = 135, // LDTR/STTR: as LDST_IMM, with EL0's permissions; always memSlow (via execCold)
}

const TLB_MASK = TLB_SIZE - 1;
const FIRST_MEM_OP = Op.LDR_X;
const LAST_MEM_OP = Op.STRB_REG; // (ops 110..132; MRS_SP_EL0/MRS_NZCV are numbered after)

/** What the machine provides to a vCPU: devices' system registers and diagnostics. */
export interface VCpuHooks {
  readExt(cpu: VCpu, name: string): bigint | undefined;
  writeExt(cpu: VCpu, name: string, v: bigint): boolean;
  onUndefined?(cpu: VCpu, insn: number): void;
  /**
   * An exception was just taken (PC at the vector, ELR/ESR/FAR written): `vector` is
   * VECTOR_SYNC/IRQ/FIQ, `fromEl` the EL it came from, `far` whether FAR_EL1 was written.
   * For `-d int`; off the hot path (exception entry only).
   */
  onException?(cpu: VCpu, vector: number, fromEl: number, esr: number, far: boolean): void;
  /** An ERET just completed from `fromEl` (PC at the return address). */
  onExceptionReturn?(cpu: VCpu, fromEl: number): void;
}

const X30 = 60;
/** RAM offset in the memory minus RAM's guest physical base: PA + DELTA = byte offset. */
const DELTA = RAM_OFFSET - RAM_BASE;

export class VCpu implements SysContext {
  readonly r: Int32Array;
  readonly dv: DataView;
  readonly ramEnd: number;
  readonly tlb = new Tlb();
  /** Decoded-record pages of the instruction-side TLB entries (parallel to the exec banks). */
  private readonly codeTlb: (Int32Array | undefined)[] = new Array(6 * TLB_SIZE);
  /** ASID of the current translation regime (TTBR0/1 per TCR_EL1.A1). */
  asid = 0;
  hooks: VCpuHooks | undefined;
  /** HLT #0xF000 exits for semihosting (otherwise HLT is UNDEFINED, as halting is disabled). */
  semihosting = true;
  /** Interrupt signals from the interrupt controller. */
  irqLine = false;
  fiqLine = false;
  /** Debug OS lock and claim tags (SysContext). */
  oslk = 1;
  claim = 0;
  /** ID_AA64PFR0.GIC: the GICv3 system-register interface is present. */
  gicSysregs = false;
  /** The CPU model (`-cpu`): the decoder's, whose optional features this vCPU executes. */
  readonly model: CpuModel;
  /** ID register values for the features the decoder executes (SysContext). */
  readonly ids: IdRegisters;

  // Debugger state (src/gdb): breakpoints by VA, checked before an instruction executes only
  // while any is set; watchpoints make every data access take the translating slow path.
  private readonly breakpoints = new Map<number, number[]>(); // VA low half -> high halves
  private bpCount = 0;
  private readonly watchpoints: { lo: number; hi: number; len: number; kind: number }[] = [];
  /** While set, run() takes no interrupt (single-step, QEMU's NOIRQ default). */
  noIrq = false;
  get cpuIndex(): number { return this.index; }

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
    this.model = decoder.model;
    this.ids = idRegisters(decoder.features);
    this.r = mem.regFile(index);
    this.dv = mem.dv;
    this.ramEnd = mem.ramEnd;
    this.reset();
  }

  /** Architectural reset state as QEMU's direct kernel boot leaves it: EL1h, DAIF masked, MMU off. */
  reset(): void {
    this.r.fill(0);
    this.r[CUREL] = 1;
    this.r[SPSEL] = 1;
    this.r[DAIF] = 0x3c0;
    this.r[EXCL_VALID] = 0;
    resetSysregs(this.r);
    this.tlb.flushAll();
    this.asid = 0;
    this.oslk = 1;
    this.claim = 0;
  }

  readExt(name: string): bigint | undefined {
    return this.hooks?.readExt(this, name);
  }

  writeExt(name: string, v: bigint): boolean {
    return this.hooks?.writeExt(this, name, v) ?? false;
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
    const r = this.r, dv = this.dv, tlb = this.tlb, codeTlb = this.codeTlb;
    const te = tlb.e; // interleaved entries: tag, hi, asid, offset
    let pcLo = 0, pcHi = 0, nzcv = 0, asid = 0, rdBank = 0, wrBank = 0, exBank = 0;
    let page: Int32Array = EMPTY_PAGE, pageOff = 0;
    let pageLo = 0, pageHi = 0;
    let n = 0;
    let result = BUDGET;
    let bpOn = false;
    let st = JUMP; // (re)load all locals from the register file first

    loop: for (;;) {
      if (st !== DONE) {
        // A cold path ran: exception taken, ERET, MSR, ... Take a now-unmasked interrupt, then
        // reload what the locals cache.
        if ((this.irqLine || this.fiqLine) && !this.noIrq) this.checkInterrupts();
        bpOn = this.bpCount > 0;
        pcLo = r[PC]; pcHi = r[PC + 1]; nzcv = r[NZCV]; asid = this.asid;
        const el = r[CUREL];
        rdBank = tlbBank(el, ACC_READ) * TLB_SIZE * 4;
        wrBank = tlbBank(el, ACC_WRITE) * TLB_SIZE * 4;
        exBank = tlbBank(el, ACC_EXEC) * TLB_SIZE * 4;
        pageHi = ~pcHi; // force the fetch path
        st = DONE;
      }
      if (n >= budget) break;
      if (((pcLo ^ pageLo) & ~0xfff) !== 0 || pcHi !== pageHi) {
        const e = exBank + (((pcLo >>> 12) & TLB_MASK) << 2);
        if ((pcLo & 3) === 0 && tlbHit(te, e, pcLo, pcHi, asid, 0xfff)) {
          page = codeTlb[e >> 2] as Int32Array;
          pageOff = te[e + 3];
        } else {
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n; n = 0;
          st = this.fetchMiss(pcLo, pcHi);
          if (st === STOP) { result = EXIT; break; }
          if (st !== DONE) continue;
          page = this.fetchPage;
          pageOff = this.fetchOff;
        }
        pageLo = pcLo & ~0xfff;
        pageHi = pcHi;
      }
      if (bpOn && this.breakpointAt(pcLo, pcHi)) {
        this.setExit(EC_BREAKPOINT, 0, pcLo, pcHi);
        result = EXIT;
        break;
      }
      const i = pcLo & 0xffc;
      const op = page[i];
      n++;

      switch (op) {
        case Op.NOT_DECODED:
          if (!this.decoder.decode(dv.getInt32(pageOff + i, true), page, i)) {
            page[i] = Op.UNDEF; page[i + 1] = 0; page[i + 2] = 0; page[i + 3] = 0;
          }
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
          if ((pcLo & 3) !== 0) pageHi = ~pcHi; // misaligned: the fetch path raises the fault
          continue;
        }
        case Op.BLR: {
          const s = (page[i + 1] >>> 8) & 255;
          const tlo = r[s], thi = r[s + 1];
          A.add64(pcLo, pcHi, 4, 0, 0);
          r[X30] = A.rlo; r[X30 + 1] = A.rhi;
          pcLo = tlo; pcHi = thi;
          if ((pcLo & 3) !== 0) pageHi = ~pcHi;
          continue;
        }

        // ---- loads and stores: TLB hit to RAM inline; misses, MMIO and faults in memSlow()
        case Op.LDR_X: case Op.LDR_REG_X: {
          const w = page[i + 1];
          const lo = op === Op.LDR_X ? eaImm(r, (w >>> 8) & 255, page[i + 2]) : eaReg(r, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          const e = rdBank + (((lo >>> 12) & TLB_MASK) << 2);
          if (tlbHit(te, e, lo, eaHi, asid, 0xff8)) {
            const o = te[e + 3] + (lo & 0xfff), d = w & 255;
            r[d] = dv.getInt32(o, true); r[d + 1] = dv.getInt32(o + 4, true);
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n; n = 0;
          st = this.memSlow(op, page, i);
          break;
        }
        case Op.LDR_W: case Op.LDR_REG_W: {
          const w = page[i + 1];
          const lo = op === Op.LDR_W ? eaImm(r, (w >>> 8) & 255, page[i + 2]) : eaReg(r, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          const e = rdBank + (((lo >>> 12) & TLB_MASK) << 2);
          if (tlbHit(te, e, lo, eaHi, asid, 0xffc)) {
            const d = w & 255;
            r[d] = dv.getInt32(te[e + 3] + (lo & 0xfff), true); r[d + 1] = 0;
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n; n = 0;
          st = this.memSlow(op, page, i);
          break;
        }
        case Op.LDRB: case Op.LDRB_REG: {
          const w = page[i + 1];
          const lo = op === Op.LDRB ? eaImm(r, (w >>> 8) & 255, page[i + 2]) : eaReg(r, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          const e = rdBank + (((lo >>> 12) & TLB_MASK) << 2);
          if (tlbHit(te, e, lo, eaHi, asid, 0xfff)) {
            const d = w & 255;
            r[d] = dv.getUint8(te[e + 3] + (lo & 0xfff)); r[d + 1] = 0;
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n; n = 0;
          st = this.memSlow(op, page, i);
          break;
        }
        case Op.STR_X: case Op.STR_REG_X: {
          const w = page[i + 1];
          const lo = op === Op.STR_X ? eaImm(r, (w >>> 8) & 255, page[i + 2]) : eaReg(r, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          const e = wrBank + (((lo >>> 12) & TLB_MASK) << 2);
          if (tlbHit(te, e, lo, eaHi, asid, 0xff8)) {
            const o = te[e + 3] + (lo & 0xfff), t = w & 255;
            dv.setInt32(o, r[t], true); dv.setInt32(o + 4, r[t + 1], true);
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n; n = 0;
          st = this.memSlow(op, page, i);
          break;
        }
        case Op.STR_W: case Op.STR_REG_W: {
          const w = page[i + 1];
          const lo = op === Op.STR_W ? eaImm(r, (w >>> 8) & 255, page[i + 2]) : eaReg(r, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          const e = wrBank + (((lo >>> 12) & TLB_MASK) << 2);
          if (tlbHit(te, e, lo, eaHi, asid, 0xffc)) {
            dv.setInt32(te[e + 3] + (lo & 0xfff), r[w & 255], true);
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n; n = 0;
          st = this.memSlow(op, page, i);
          break;
        }
        case Op.STRB: case Op.STRB_REG: {
          const w = page[i + 1];
          const lo = op === Op.STRB ? eaImm(r, (w >>> 8) & 255, page[i + 2]) : eaReg(r, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          const e = wrBank + (((lo >>> 12) & TLB_MASK) << 2);
          if (tlbHit(te, e, lo, eaHi, asid, 0xfff)) {
            dv.setUint8(te[e + 3] + (lo & 0xfff), r[w & 255]);
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n; n = 0;
          st = this.memSlow(op, page, i);
          break;
        }
        case Op.LDST_IMM: case Op.LDST_PRE: case Op.LDST_POST: {
          // Any size and sign, with or without write-back; SP-based accesses check alignment in memSlow.
          const w = page[i + 1], s = (w >>> 8) & 255, off = page[i + 2], c = w >>> 24;
          const lo = op === Op.LDST_POST ? r[s] : eaImm(r, s, off);
          const hi = op === Op.LDST_POST ? r[s + 1] : eaHi;
          const len = 1 << (c & 3);
          const e = ((c & 16) !== 0 ? wrBank : rdBank) + (((lo >>> 12) & TLB_MASK) << 2);
          if ((s !== SP || (r[SP] & 15) === 0) && tlbHit(te, e, lo, hi, asid, 4096 - len)) {
            const o = te[e + 3] + (lo & 0xfff), d = w & 255;
            if ((c & 16) !== 0) storeSized(dv, o, c & 3, r[d], r[d + 1]);
            else loadCoded(dv, o, c, r, d);
            if (op !== Op.LDST_IMM) {
              const nb = (r[s] >>> 0) + off;
              r[s + 1] = (r[s + 1] + (nb > 0xffffffff ? 1 : nb < 0 ? -1 : 0)) | 0;
              r[s] = nb | 0;
            }
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n; n = 0;
          st = this.memSlow(op, page, i);
          break;
        }

        // ---- frequent in kernel code: kept out of the cold path
        case Op.LOGIC_SREG: case Op.ADDSUB_SREG: case Op.ADDSUB_EXT: case Op.CCMP: {
          const w = page[i + 1], a = page[i + 2];
          r[NZCV] = nzcv;
          if (op === Op.LOGIC_SREG) this.logicShifted(w & 255, (w >>> 8) & 255, (w >>> 16) & 255, a);
          else if (op === Op.ADDSUB_SREG) this.addSubShifted(w & 255, (w >>> 8) & 255, (w >>> 16) & 255, a);
          else if (op === Op.ADDSUB_EXT) this.addSubExtended(w & 255, (w >>> 8) & 255, (w >>> 16) & 255, a);
          else this.ccmp((w >>> 8) & 255, (w >>> 16) & 255, a);
          nzcv = r[NZCV];
          break;
        }
        case Op.EXTR: {
          const w = page[i + 1];
          this.extr(w & 255, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2], page[i + 3]);
          break;
        }
        case Op.SHIFTV: {
          const w = page[i + 1];
          this.shiftv(w & 255, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          break;
        }
        case Op.BITOP: {
          const w = page[i + 1];
          this.bitop(w & 255, (w >>> 8) & 255, page[i + 2]);
          break;
        }
        case Op.MRS_STORE: case Op.MRS_SP_EL0: {
          // EL1-only registers: from EL0, or SP_EL0 while it is the live SP, UNDEFINED (slow path).
          if (r[CUREL] === 0 || (op === Op.MRS_SP_EL0 && r[SPSEL] === 0)) {
            r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
            this.icount += n; budget -= n; n = 0;
            st = this.undefinedInstruction();
            break;
          }
          const d = page[i + 1] & 255, slot = op === Op.MRS_SP_EL0 ? SP_EL0 : page[i + 2];
          r[d] = r[slot]; r[d + 1] = r[slot + 1];
          break;
        }
        case Op.MRS_NZCV: {
          const d = page[i + 1] & 255;
          r[d] = nzcv << 28; r[d + 1] = 0;
          break;
        }
        case Op.LDSTP: {
          // Pair in one page, TLB hit, base not a misaligned SP: inline; otherwise memSlow.
          const w = page[i + 1], s = (w >>> 8) & 255, off = page[i + 2], c = w >>> 24;
          const mode = (c >>> 5) & 3, size = c & 3, bytes = 1 << size;
          const lo = mode === 1 ? r[s] : eaImm(r, s, off);
          const hi = mode === 1 ? r[s + 1] : eaHi;
          const e = ((c & 16) !== 0 ? wrBank : rdBank) + (((lo >>> 12) & TLB_MASK) << 2);
          if (tlbHit(te, e, lo, hi, asid, 4096 - 2 * bytes) && (s !== SP || (r[SP] & 15) === 0)) {
            const o = te[e + 3] + (lo & 0xfff), d = w & 255, t = (w >>> 16) & 255;
            if ((c & 16) !== 0) {
              const v1lo = r[d], v1hi = r[d + 1], v2lo = r[t], v2hi = r[t + 1];
              if (size === 3) {
                dv.setInt32(o, v1lo, true); dv.setInt32(o + 4, v1hi, true);
                dv.setInt32(o + 8, v2lo, true); dv.setInt32(o + 12, v2hi, true);
              } else { dv.setInt32(o, v1lo, true); dv.setInt32(o + 4, v2lo, true); }
            } else if (size === 3) {
              const alo = dv.getInt32(o, true), ahi = dv.getInt32(o + 4, true);
              r[t] = dv.getInt32(o + 8, true); r[t + 1] = dv.getInt32(o + 12, true);
              r[d] = alo; r[d + 1] = ahi;
            } else {
              const a1 = dv.getInt32(o, true), a2 = dv.getInt32(o + 4, true);
              const sx = (c & 4) !== 0; // LDPSW
              r[t] = a2; r[t + 1] = sx ? a2 >> 31 : 0;
              r[d] = a1; r[d + 1] = sx ? a1 >> 31 : 0;
            }
            if (mode !== 0) {
              const nb = (r[s] >>> 0) + off;
              r[s + 1] = (r[s + 1] + (nb > 0xffffffff ? 1 : nb < 0 ? -1 : 0)) | 0;
              r[s] = nb | 0;
            }
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n; n = 0;
          st = this.memSlow(op, page, i);
          break;
        }

        case Op.NOP:
          break;

        default:
          // Everything else: system instructions, rare data processing, pairs, exclusives...
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n; n = 0;
          st = op >= FIRST_MEM_OP && op <= LAST_MEM_OP ? this.memSlow(op, page, i) : this.execCold(op, page, i);
          break;
      }
      if (st !== DONE) {
        if (st === DONE_CHANGED) { st = JUMP; advancePc(r); continue; }
        if (st === FAULT || st === STOP) this.icount--; // the instruction did not complete
        if (st === STOP || st === STOP_RETIRED) { result = EXIT; break; }
        continue;
      }
      pcLo = (pcLo + 4) | 0;
      if (pcLo === 0) pcHi = (pcHi + 1) | 0;
    }
    if (st === DONE) { r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv; }
    this.icount += n;
    return result;
  }

  setExit(ec: number, iss: number, farLo: number, farHi: number): void {
    this.exitEc = ec;
    this.exitIss = iss;
    this.exitFarLo = farLo;
    this.exitFarHi = farHi;
    this.exitInsn = 0;
  }

  // ---- fetch ------------------------------------------------------------------------------------

  /** Set by fetchMiss(): the decoded-record page and its byte offset in the shared memory. */
  private fetchPage: Int32Array = EMPTY_PAGE;
  private fetchOff = 0;

  /** Instruction-side TLB miss: translate, find the code page, fill the TLB; or fault/exit. */
  private fetchMiss(pcLo: number, pcHi: number): number {
    const r = this.r;
    if ((pcLo & 3) !== 0) return this.syncException(EC_PC_ALIGN, 0, true, pcLo, pcHi);
    const el = r[CUREL];
    translate(r, this.dv, this.ramEnd, pcLo, pcHi, ACC_EXEC, el, false);
    if (tFault !== 0) return this.syncException(el === 0 ? EC_IABT_LOW : EC_IABT_CUR, tFault, true, pcLo, pcHi);
    const pa = tPaLo >>> 0;
    if (tPaHi !== 0 || pa < RAM_BASE || pa >= this.ramEnd) {
      // Executing from something that is not RAM: the hypervisor has to say what that means.
      this.setExit(EC_IABT_LOW, 0x05, tPaLo, tPaHi);
      return STOP;
    }
    const ramPage = (pa - RAM_BASE) >>> 12;
    const fresh = this.code.marks[ramPage] === 0;
    const page = this.code.page(ramPage);
    if (fresh) this.tlb.dropWritable(ramPage); // stores to it must now invalidate decoded code
    const off = ((pa - RAM_BASE) & ~0xfff) + RAM_OFFSET;
    const asid = tGlobal ? GLOBAL : tAsid;
    this.tlb.fill(tlbBank(el, ACC_EXEC), pcLo, pcHi, asid, off, tSpan);
    this.codeTlb[tlbBank(el, ACC_EXEC) * TLB_SIZE + ((pcLo >>> 12) & TLB_MASK)] = page;
    this.fetchPage = page;
    this.fetchOff = off;
    return DONE;
  }

  /** The instruction word at the current PC (for exits and diagnostics). */
  private currentWord(): number {
    const r = this.r;
    translate(r, this.dv, this.ramEnd, r[PC], r[PC + 1], ACC_EXEC, r[CUREL], false);
    const pa = tPaLo >>> 0;
    if (tFault !== 0 || tPaHi !== 0 || pa < RAM_BASE || pa + 4 > this.ramEnd) return 0;
    return this.dv.getInt32(pa + DELTA, true);
  }

  // ---- exceptions -----------------------------------------------------------------------------

  /** Last exception delivered to the guest, for diagnostics (e.g. a guest with no vectors). */
  lastException = { ec: -1, esr: 0, elrLo: 0, elrHi: 0, insn: 0 };

  /** Takes a synchronous exception to EL1 at the current instruction (r[PC]). */
  syncException(ec: number, iss: number, setFar: boolean, farLo: number, farHi: number, retNext = false, log = true): number {
    const r = this.r;
    let retLo = r[PC], retHi = r[PC + 1];
    if (retNext) { A.add64(retLo, retHi, 4, 0, 0); retLo = A.rlo; retHi = A.rhi; }
    const le = this.lastException;
    le.ec = ec; le.esr = esrOf(ec, iss); le.elrLo = retLo; le.elrHi = retHi;
    le.insn = ec === EC_UNKNOWN ? this.currentWord() : 0;
    if (ec === EC_UNKNOWN && log) this.hooks?.onUndefined?.(this, le.insn);
    const fromEl = r[CUREL];
    takeException(r, VECTOR_SYNC, le.esr, retLo, retHi, setFar, farLo, farHi);
    this.hooks?.onException?.(this, VECTOR_SYNC, fromEl, le.esr, setFar);
    return FAULT;
  }

  /**
   * UNDEFINED instruction at the current PC. `log` = false for a known instruction the current
   * state refuses (e.g. an EL0 MRS of an ID register, which Linux emulates): only encodings and
   * registers we do not implement are worth a line to the user.
   */
  undefinedInstruction(log = true): number {
    return this.syncException(EC_UNKNOWN, 0, false, 0, 0, false, log);
  }

  /** Takes a pending, unmasked IRQ or FIQ (PC = the next instruction to run). */
  checkInterrupts(): boolean {
    const r = this.r;
    if (this.fiqLine && (r[DAIF] & 0x40) === 0) {
      const fromEl = r[CUREL];
      takeException(r, VECTOR_FIQ, -1, r[PC], r[PC + 1], false, 0, 0);
      this.hooks?.onException?.(this, VECTOR_FIQ, fromEl, 0, false);
      return true;
    }
    if (this.irqLine && (r[DAIF] & 0x80) === 0) {
      const fromEl = r[CUREL];
      takeException(r, VECTOR_IRQ, -1, r[PC], r[PC + 1], false, 0, 0);
      this.hooks?.onException?.(this, VECTOR_IRQ, fromEl, 0, false);
      return true;
    }
    return false;
  }

  /**
   * Data abort to EL1 for a translation/permission/alignment fault on VA (lo, hi): EC 0x24/0x25,
   * IL = 1, ISV = 0 (no instruction syndrome for aborts taken to EL1, as QEMU), FnV = EA = 0,
   * S1PTW = 0 (there is no stage 2 under the guest), CM for cache maintenance and AT (whose
   * WnR is always 1, Arm ARM ESR_ELx.WnR).
   */
  private dataFault(fsc: number, write: boolean, lo: number, hi: number, cm = false): number {
    const ec = this.r[CUREL] === 0 ? EC_DABT_LOW : EC_DABT_CUR;
    return this.syncException(ec, fsc | (write ? 1 << 6 : 0) | (cm ? 1 << 8 : 0), true, lo, hi);
  }

  // ---- cold operations ----------------------------------------------------------------------

  /** Executes a non-memory cold operation. PC and NZCV are in r; returns a run status. */
  private execCold(op: number, page: Int32Array, i: number): number {
    const r = this.r;
    const w = page[i + 1], a = page[i + 2], b = page[i + 3];
    const d = w & 255, s = (w >>> 8) & 255, t = (w >>> 16) & 255, x = w >>> 24;
    switch (op) {
      case Op.BITFIELD: this.bitfield(d, s, a); return DONE;
      case Op.EXTR: this.extr(d, s, t, a, b); return DONE;
      case Op.ADDSUB_SREG: this.addSubShifted(d, s, t, a); return DONE_CHANGED;
      case Op.ADDSUB_EXT: this.addSubExtended(d, s, t, a); return DONE_CHANGED;
      case Op.LOGIC_SREG: this.logicShifted(d, s, t, a); return DONE_CHANGED;
      case Op.ADC: this.adc(d, s, t, a); return DONE_CHANGED;
      case Op.CCMP: this.ccmp(s, t, a); return DONE_CHANGED;
      case Op.MULL: this.mull(d, s, t, x, a); return DONE;
      case Op.MULH:
        A.mulh64(r[s], r[s + 1], r[t], r[t + 1], a === 1);
        r[d] = A.rlo; r[d + 1] = A.rhi;
        return DONE;
      case Op.DIV:
        if (a & 2) { A.div64(r[s], r[s + 1], r[t], r[t + 1], (a & 1) === 1); r[d] = A.rlo; r[d + 1] = A.rhi; }
        else { r[d] = A.div32(r[s], r[t], (a & 1) === 1); r[d + 1] = 0; }
        return DONE;
      case Op.SHIFTV: this.shiftv(d, s, t, a); return DONE;
      case Op.BITOP: this.bitop(d, s, a); return DONE;
      case Op.CRC32: {
        const size = a & 3;
        r[d] = A.crc32(r[s], r[t], r[t + 1], 1 << size, (a & 4) !== 0);
        r[d + 1] = 0;
        return DONE;
      }
      case Op.CLREX: r[EXCL_VALID] = 0; return DONE;
      case Op.FLAGM: this.flagm(s, a, b); return DONE_CHANGED;
      case Op.MRS: return this.mrs(d, a, b);
      case Op.MSR_REG: return this.msr(s, a, b);
      case Op.MSR_IMM:
        if (r[CUREL] === 0) {
          const daif = a === PstateField.DAIFSET || a === PstateField.DAIFCLR;
          if (!daif) return this.undefinedInstruction();
          if ((r[SCTLR_EL1] & (1 << 9)) === 0) {
            // ISS of MSR (immediate): Op0 0, Op2 6/7, Op1 3, CRn 4, Rt 31, CRm = imm, write.
            const op2 = a === PstateField.DAIFSET ? 6 : 7;
            return this.syncException(EC_SYS64, (op2 << 17) | (3 << 14) | (4 << 10) | (31 << 5) | (b << 1), false, 0, 0);
          }
        }
        writePstateField(r, a, b);
        return DONE_CHANGED;
      case Op.ERET:
        if (r[CUREL] === 0) return this.undefinedInstruction();
        exceptionReturn(r);
        this.hooks?.onExceptionReturn?.(this, 1);
        return JUMP;
      case Op.SVC:
        return this.syncException(EC_SVC64, a & 0xffff, false, 0, 0, true);
      case Op.HVC:
        if (r[CUREL] === 0) return this.undefinedInstruction();
        // To the hypervisor; the HVC retires first (ELR_EL2 would be the next instruction).
        this.setExit(EC_HVC64, a & 0xffff, 0, 0);
        advancePc(r);
        return STOP_RETIRED;
      case Op.SMC: return this.undefinedInstruction(); // no EL3
      case Op.BRK: return this.syncException(EC_BRK64, a & 0xffff, false, 0, 0);
      case Op.HLT:
        if (this.semihosting && (a & 0xffff) === 0xf000) {
          this.setExit(EC_HLT, a & 0xffff, 0, 0);
          this.exitInsn = this.currentWord();
          return STOP;
        }
        return this.undefinedInstruction(); // halting debug is not enabled
      case Op.WFI: case Op.WFE:
        this.setExit(EC_WFX, op === Op.WFE ? 1 : 0, 0, 0);
        return STOP;
      case Op.IC_IALLU: case Op.IC_IVAU:
        if (r[CUREL] === 0 && op === Op.IC_IALLU) return this.undefinedInstruction();
        if (r[CUREL] === 0 && (r[SCTLR_EL1] & (1 << 26)) === 0) return this.syncException(EC_SYS64, b, false, 0, 0); // UCI
        return this.icInvalidate(op, s);
      case Op.DC_MAINT:
        if (r[CUREL] === 0 && a === 0) return this.undefinedInstruction();
        if (r[CUREL] === 0 && (r[SCTLR_EL1] & (1 << 26)) === 0) return this.syncException(EC_SYS64, b, false, 0, 0); // UCI
        return this.dcMaintenance(s, b);
      case Op.DC_ZVA:
        if (r[CUREL] === 0 && (r[SCTLR_EL1] & (1 << 14)) === 0) return this.syncException(EC_SYS64, b, false, 0, 0); // DZE
        return this.dcZva(s);
      case Op.AT: return this.addressTranslate(s, a);
      case Op.SIMD_INT: case Op.SIMD_FP: case Op.SIMD_CRYPTO:
        // CPACR_EL1.FPEN traps FP/SIMD instructions (EC 0x07) before anything else happens.
        if (!this.fpEnabled()) return this.syncException(EC_FP_ACCESS, 0, false, 0, 0);
        return op === Op.SIMD_INT ? execSimdInt(this, page, i) : op === Op.SIMD_FP ? execSimdFp(this, page, i) : execCrypto(this, page, i);
      case Op.TLBI: return this.tlbInvalidate(s, a);
      case Op.LDST_UNPRIV: return this.memSlow(op, page, i);
      default:
        return this.undefinedInstruction();
    }
  }

  /**
   * An EL0 access the register's rules refuse: when a control bit (SCTLR_EL1.UMA/UCT,
   * CNTKCTL_EL1) is what refuses it, the access traps to EL1 with EC 0x18 and the encoding in
   * the ISS; registers EL0 may never use are UNDEFINED.
   */
  private refused(def: (typeof SYSREGS)[number], iss: number): number {
    const trapped = this.r[CUREL] === 0 && def.el0 !== 'none' && def.el0 !== 'ro' && def.el0 !== 'rw' && def.el0 !== 'fp';
    return trapped ? this.syncException(EC_SYS64, iss, false, 0, 0) : this.undefinedInstruction(false);
  }

  private mrs(d: number, index: number, iss: number): number {
    const r = this.r;
    if (index < 0) return this.sysTrap(iss);
    const def = SYSREGS[index];
    if (!sysAccessible(this, def, false)) return this.refused(def, iss);
    if (def.el0 === 'fp' && !this.fpEnabled()) return this.syncException(EC_FP_ACCESS, 0, false, 0, 0);
    if (!readSysreg(this, index)) return this.undefinedInstruction();
    r[d] = sysLo(); r[d + 1] = sysHi();
    return DONE;
  }

  private msr(s: number, index: number, iss: number): number {
    const r = this.r;
    if (index < 0) return this.sysTrap(iss);
    const def = SYSREGS[index];
    if (!sysAccessible(this, def, true)) return this.refused(def, iss);
    if (def.el0 === 'fp' && !this.fpEnabled()) return this.syncException(EC_FP_ACCESS, 0, false, 0, 0);
    const oldSctlr = r[SCTLR_EL1];
    if (!writeSysreg(this, index, r[s], r[s + 1])) return this.undefinedInstruction();
    if (def.mmu) {
      this.asid = currentAsid(r);
      // Turning the MMU on or off, or changing TCR/MAIR, changes every translation: our TLB also
      // caches MMU-off mappings and memory types, so drop it. TTBR writes keep ASID-tagged entries.
      if (def.name !== 'TTBR0_EL1' && def.name !== 'TTBR1_EL1' || (oldSctlr & 1) === 0) this.tlb.flushAll();
    }
    // Timer and GIC writes can raise or drop interrupts: let the machine re-evaluate.
    if (def.kind.k === 'ext') { advancePc(r); this.setExit(EC_SYSREG_CHANGED, 0, 0, 0); return STOP_RETIRED; }
    return DONE_CHANGED;
  }

  /** An access (FPCR/FPSR; later FP/SIMD instructions) allowed by CPACR_EL1.FPEN at this EL? */
  private fpEnabled(): boolean {
    const fpen = (this.r[CPACR_EL1] >>> 20) & 3;
    return this.r[CUREL] === 0 ? fpen === 3 : (fpen & 1) === 1;
  }

  private sysTrap(iss: number): number {
    this.setExit(EC_SYS64, iss, 0, 0);
    this.exitInsn = this.currentWord();
    return STOP;
  }

  /** The hypervisor makes a trapped instruction UNDEFINED for the guest (after logging it). */
  injectUndefined(): void {
    this.undefinedInstruction();
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

  /**
   * DC ZVA: zero the naturally aligned block of DCZVA_BYTES that holds the VA in Xt. It is a
   * store to the block (Arm ARM: "not a cache maintenance instruction"): a fault says WnR = 1,
   * CM = 0, and FAR = Xt itself, not the block's address (QEMU 7.2 reports Xt; so does the
   * pseudocode, which aborts with the register value). No alignment check (the block is
   * aligned by construction), but Device memory takes an Alignment fault (Arm ARM; QEMU 7.2
   * zeroes Device memory instead: see firmware/src/sys_abort_cm.c).
   */
  private dcZva(s: number): number {
    const r = this.r;
    const lo = r[s], hi = r[s + 1];
    // A watchpoint on any byte of the block stops it (translateData would only look at Xt's).
    if (this.watchpoints.length !== 0 && this.watchHit(lo & ~(DCZVA_BYTES - 1), hi, DCZVA_BYTES, ACC_WRITE)) return STOP;
    // The block lies in Xt's page: translating Xt itself (size 0) faults with FAR = Xt.
    const off = this.translateData(lo, hi, ACC_WRITE, 0, r[CUREL]);
    if (off < 0) return off === -1 ? FAULT : STOP;
    if (this.lastDevice) return this.dataFault(DFSC_ALIGNMENT, true, lo, hi);
    const block = off - (lo & (DCZVA_BYTES - 1));
    const ramOff = block - RAM_OFFSET;
    if (this.code.marks[ramOff >>> 12] !== 0) this.code.invalidate(ramOff, DCZVA_BYTES);
    this.mem.bytes.fill(0, block, block + DCZVA_BYTES);
    return DONE;
  }

  /**
   * Translates Xt for a cache maintenance instruction by VA (DC by VA, IC IVAU), or takes the
   * data abort: CM = 1 and WnR = 1 (Arm ARM ESR_ELx: "for faults on cache maintenance
   * instructions, this bit always returns 1"), FAR = Xt. Permissions (Arm ARM,
   * AArch64.CheckPermission): at EL1 only DC IVAC needs any (write: invalidating would discard
   * data); at EL0 (SCTLR_EL1.UCI) the location must be readable at EL0 (for IC IVAU that is the
   * IMPLEMENTATION DEFINED "Permission fault on EL0 IC_IVAU", chosen: reported). Access flag
   * faults are reported (an IMPLEMENTATION DEFINED choice too). QEMU 7.2 makes every one of
   * these instructions a NOP (no fault at all), so the goldens cannot cover them:
   * test/abort.test.ts does. Returns true if translated (t* results set), false after the abort.
   */
  private maintenanceVa(s: number, invalidate: boolean): boolean {
    const r = this.r, el = r[CUREL], lo = r[s], hi = r[s + 1];
    const acc = invalidate ? ACC_WRITE : el === 0 ? ACC_READ : ACC_MAINT;
    // A TLB hit for this EL's reads (writes) means mapped, AF set and permitted: no fault.
    const bank = tlbBank(el, acc === ACC_WRITE ? ACC_WRITE : ACC_READ);
    if (tlbHit(this.tlb.e, (bank * TLB_SIZE + ((lo >>> 12) & TLB_MASK)) * 4, lo, hi, this.asid, 0xfff)) return true;
    translate(r, this.dv, this.ramEnd, lo, hi, acc, el, true);
    if (tFault === 0) return true;
    this.dataFault(tFault, true, lo, hi, true);
    return false;
  }

  /**
   * DC CVAC/CVAU/CIVAC/IVAC/CVAP/CVADP (by VA) and DC ISW/CSW/CISW (set/way). Memory is
   * coherent here, so what remains is the fault behaviour of the by-VA forms. `iss` is the
   * instruction's EC 0x18 syndrome, whose Op1/CRm/Op2 say which one it is.
   */
  private dcMaintenance(s: number, iss: number): number {
    const op1 = (iss >>> 14) & 7, crm = (iss >>> 1) & 15, op2 = (iss >>> 17) & 7;
    if (op1 === 0 && op2 === 2) return DONE; // set/way: no address
    return this.maintenanceVa(s, op1 === 0 && crm === 6) ? DONE : FAULT; // DC IVAC: op1 0, CRm 6, op2 1
  }

  private icInvalidate(op: number, s: number): number {
    // Decoded code is dropped on every store already; IC drops it outright, and the
    // instruction-side TLB entries that point at dropped pages go with it.
    if (op === Op.IC_IALLU) this.code.dropAll();
    else {
      const r = this.r;
      // The TLB hit in maintenanceVa leaves the t* results stale: translate for the PA.
      if (!this.maintenanceVa(s, false)) return FAULT;
      translate(r, this.dv, this.ramEnd, r[s], r[s + 1], ACC_MAINT, 1, true);
      const pa = tPaLo >>> 0;
      if (tFault === 0 && tPaHi === 0 && pa >= RAM_BASE && pa < this.ramEnd) this.code.dropPage((pa - RAM_BASE) >>> 12);
    }
    this.tlb.flushBank(tlbBank(0, ACC_EXEC));
    this.tlb.flushBank(tlbBank(1, ACC_EXEC));
    return DONE_CHANGED;
  }

  /**
   * AT S1E1R/S1E1W/S1E0R/S1E0W: translate Xt and report in PAR_EL1. A synchronous external
   * abort on the walk is not reported in PAR_EL1 but taken as a data abort with CM = 1 and
   * WnR = 1, FAR = Xt, for reads and writes alike (as QEMU 7.2 does; the Arm ARM allows it).
   */
  private addressTranslate(s: number, kind: number): number {
    const r = this.r;
    if (r[CUREL] === 0) return this.undefinedInstruction();
    translate(r, this.dv, this.ramEnd, r[s], r[s + 1], kind & 1 ? ACC_WRITE : ACC_READ, kind >= 2 ? 0 : 1, true);
    if ((tFault & ~3) === FAULT_EXTERNAL_WALK) return this.dataFault(tFault, true, r[s], r[s + 1], true);
    if (tFault !== 0) {
      r[PAR_EL1] = 1 | (tFault << 1) | (1 << 11); // F, FST, RES1 bit 11
      r[PAR_EL1 + 1] = 0;
    } else {
      r[PAR_EL1] = (tPaLo & ~0xfff) | (tSh << 7) | (1 << 11);
      r[PAR_EL1 + 1] = (tPaHi & 0xffff) | (tAttr << 24);
    }
    return DONE;
  }

  private tlbInvalidate(s: number, kind: number): number {
    const r = this.r;
    if (r[CUREL] === 0) return this.undefinedInstruction();
    const vlo = r[s] << 12, vhiRaw = (r[s + 1] << 12) | (r[s] >>> 20);
    // Xt holds VA[55:12] in bits 43:0 and the ASID in bits 63:48; sign-extend VA from bit 55.
    const vhi = ((vhiRaw << 8) >> 8) | 0;
    const asid = (r[s + 1] >>> 16) & 0xffff;
    switch (kind) {
      case 0: this.tlb.flushAll(); break; // VMALLE1(IS)
      case 1: case 5: this.tlb.flushVa(vlo, vhi, asid); break; // VAE1, VALE1
      case 2: this.tlb.flushAsid(asid); break; // ASIDE1
      case 3: case 7: this.tlb.flushVa(vlo, vhi, ANY_ASID); break; // VAAE1, VAALE1
    }
    return DONE_CHANGED;
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

  // ---- debugger ---------------------------------------------------------------------------------

  private breakpointAt(lo: number, hi: number): boolean {
    const his = this.breakpoints.get(lo);
    return his !== undefined && his.includes(hi);
  }

  /** Adds a breakpoint at VA (lo, hi); returns false if it was already there. */
  addBreakpoint(va: bigint): boolean {
    const lo = Number(va & 0xffffffffn) | 0, hi = Number((va >> 32n) & 0xffffffffn) | 0;
    const his = this.breakpoints.get(lo) ?? [];
    if (his.includes(hi)) return false;
    his.push(hi);
    this.breakpoints.set(lo, his);
    this.bpCount++;
    return true;
  }

  removeBreakpoint(va: bigint): boolean {
    const lo = Number(va & 0xffffffffn) | 0, hi = Number((va >> 32n) & 0xffffffffn) | 0;
    const his = this.breakpoints.get(lo);
    const k = his ? his.indexOf(hi) : -1;
    if (!his || k < 0) return false;
    his.splice(k, 1);
    if (his.length === 0) this.breakpoints.delete(lo);
    this.bpCount--;
    return true;
  }

  /** kind: 0 write, 1 read, 2 access (either). */
  addWatchpoint(va: bigint, len: number, kind: number): void {
    this.watchpoints.push({ lo: Number(va & 0xffffffffn) | 0, hi: Number((va >> 32n) & 0xffffffffn) | 0, len, kind });
    this.tlb.flushBank(tlbBank(0, ACC_READ)); this.tlb.flushBank(tlbBank(1, ACC_READ));
    this.tlb.flushBank(tlbBank(0, ACC_WRITE)); this.tlb.flushBank(tlbBank(1, ACC_WRITE));
  }

  removeWatchpoint(va: bigint, len: number, kind: number): boolean {
    const lo = Number(va & 0xffffffffn) | 0, hi = Number((va >> 32n) & 0xffffffffn) | 0;
    const k = this.watchpoints.findIndex((w) => w.lo === lo && w.hi === hi && w.len === len && w.kind === kind);
    if (k < 0) return false;
    this.watchpoints.splice(k, 1);
    return true;
  }

  /**
   * A data access [VA, VA+bytes) that overlaps a watchpoint of a matching kind stops the vCPU
   * before it happens: EC_WATCHPOINT, FAR = the first watched byte touched, ISS WnR.
   */
  private watchHit(lo: number, hi: number, bytes: number, acc: number): boolean {
    const a = lo >>> 0;
    for (const w of this.watchpoints) {
      if (w.hi !== hi) continue;
      if (w.kind === 0 ? acc !== ACC_WRITE : w.kind === 1 ? acc !== ACC_READ : false) continue;
      const ws = w.lo >>> 0;
      if (a < ws + w.len && ws < a + bytes) {
        const first = Math.max(a, ws);
        this.setExit(EC_WATCHPOINT, acc === ACC_WRITE ? 1 << 6 : 0, first | 0, hi);
        return true;
      }
    }
    return false;
  }

  // ---- memory ---------------------------------------------------------------------------------

  /**
   * For the FP/SIMD executors: translates a data access of 2^size bytes (size 0..4) at VA
   * (lo, hi) for the current EL, with the architectural checks and TLB. Returns a byte offset
   * into `dv` (the access lies in one page), or -1 after taking a data abort to the guest (the
   * executor returns FAULT), or -2 after setting an MMIO exit (the executor returns STOP: vector
   * registers to MMIO are not emulated). An access that crosses a page must be split by the
   * caller. `iss` is only used for the exit syndrome (pass 0).
   */
  memOffset(lo: number, hi: number, write: boolean, size: number): number {
    if (size === 4 && (lo & 15) !== 0 && (this.r[SCTLR_EL1] & 2) !== 0) {
      this.dataFault(DFSC_ALIGNMENT, write, lo, hi);
      return -1;
    }
    return this.translateData(lo, hi, write ? ACC_WRITE : ACC_READ, Math.min(size, 3), this.r[CUREL]);
  }

  /** Data-side stores by the FP/SIMD executors must drop decoded code they overwrite. */
  noteStore(off: number, len: number): void {
    const ramOff = off - RAM_OFFSET, marks = this.code.marks;
    if (marks[ramOff >>> 12] !== 0 || marks[(ramOff + len - 1) >>> 12] !== 0) this.code.invalidate(ramOff, len);
  }

  /** Set by translateData(): the mapping is Device memory. */
  private lastDevice = false;

  /**
   * Translates a data access of 2^size bytes at VA (lo, hi) at exception level `el` (0 for
   * LDTR/STTR at EL1). Returns the byte offset in the shared memory for RAM; -1 after taking a
   * data abort to the guest; -2 after setting a stage-2 exit for the hypervisor (MMIO), with
   * `iss` as its syndrome. Fills the TLB for RAM pages. `rmw`: a write that first reads (LSE
   * atomics, CAS, CASP, a store-exclusive that passed its monitor check): when the write
   * translation faults, the fault is the read's if reading faults too (WnR = 0: not mapped,
   * access flag, walk abort), else the write's (WnR = 1: read-only) — QEMU 7.2's order on one
   * vCPU, which loads, then stores; and the older Arm ARM pseudocode's (Mem[] read, then write).
   */
  private translateData(lo: number, hi: number, acc: number, size: number, el: number, iss = 0, rmw = false): number {
    const r = this.r;
    // TLB first: its entries are normal-memory RAM pages this access type is allowed to use, so
    // only the SCTLR_EL1.A alignment check remains.
    if (this.watchpoints.length !== 0 && this.watchHit(lo, hi, 1 << Math.min(size, 4), acc)) return -2;
    const te = this.tlb.e, e = (tlbBank(el, acc) * TLB_SIZE + ((lo >>> 12) & TLB_MASK)) * 4;
    if (te[e] === (lo & ~0xfff) && te[e + 1] === hi && (te[e + 2] === GLOBAL || te[e + 2] === this.asid) &&
      ((lo & ((1 << size) - 1)) === 0 || (r[SCTLR_EL1] & 2) === 0)) {
      this.lastDevice = false;
      return te[e + 3] + (lo & 0xfff);
    }
    translate(r, this.dv, this.ramEnd, lo, hi, acc, el, true);
    if (tFault !== 0) { this.translationFault(lo, hi, acc, el, rmw); return -1; }
    this.lastDevice = tDevice;
    const bytes = 1 << size;
    if ((lo & (bytes - 1)) !== 0 && (tDevice || (r[SCTLR_EL1] & 2) !== 0)) {
      this.dataFault(DFSC_ALIGNMENT, acc === ACC_WRITE, lo, hi);
      return -1;
    }
    const pa = tPaLo >>> 0;
    if (tPaHi !== 0 || pa < RAM_BASE || pa + bytes > this.ramEnd) {
      this.setExit(EC_DABT_LOW, iss, tPaLo, tPaHi);
      this.exitInsn = this.currentWord();
      return -2;
    }
    const off = pa + DELTA;
    const ramPage = (pa - RAM_BASE) >>> 12;
    if (!tDevice && (acc !== ACC_WRITE || this.code.marks[ramPage] === 0) && this.watchpoints.length === 0) {
      this.tlb.fill(tlbBank(el, acc), lo, hi, tGlobal ? GLOBAL : tAsid, off, tSpan);
    }
    return off;
  }

  /** translateData's fault (tFault set): the data abort, WnR as `rmw` says. */
  private translationFault(lo: number, hi: number, acc: number, el: number, rmw: boolean): void {
    const fsc = tFault;
    if (rmw) {
      translate(this.r, this.dv, this.ramEnd, lo, hi, ACC_READ, el, true);
      if (tFault !== 0) { this.dataFault(tFault, false, lo, hi); return; }
    }
    this.dataFault(fsc, acc === ACC_WRITE, lo, hi);
  }

  /** Status for translateData's negative results. */
  private static failStatus(off: number): number {
    return off === -1 ? FAULT : STOP;
  }

  /**
   * Reads 2^size bytes at VA into vlo/vhi (zero-extended). Returns DONE, FAULT or STOP. An access
   * that crosses a page is done byte by byte so each byte is translated (and faults precisely).
   */
  private readVa(lo: number, hi: number, size: number, el: number, iss: number): number {
    const bytes = 1 << size, dv = this.dv;
    if ((lo & 0xfff) + bytes <= 4096) {
      const o = this.translateData(lo, hi, ACC_READ, size, el, iss);
      if (o < 0) return VCpu.failStatus(o);
      this.vhi = 0;
      switch (size) {
        case 0: this.vlo = dv.getUint8(o); break;
        case 1: this.vlo = dv.getUint16(o, true); break;
        case 2: this.vlo = dv.getInt32(o, true); break;
        default: this.vlo = dv.getInt32(o, true); this.vhi = dv.getInt32(o + 4, true);
      }
      return DONE;
    }
    let vlo = 0, vhi = 0;
    for (let k = 0; k < bytes; k++) {
      A.add64(lo, hi, k, 0, 0);
      const o = this.translateData(A.rlo, A.rhi, ACC_READ, 0, el);
      if (o < 0) return VCpu.failStatus(o);
      const byte = dv.getUint8(o);
      if (k < 4) vlo |= byte << (8 * k); else vhi |= byte << (8 * (k - 4));
    }
    this.vlo = vlo | 0; this.vhi = vhi | 0;
    return DONE;
  }

  /** Writes 2^size bytes of (vlo, vhi) at VA; DONE, FAULT or STOP. */
  private writeVa(lo: number, hi: number, size: number, vlo: number, vhi: number, el: number, iss: number): number {
    const bytes = 1 << size;
    if ((lo & 0xfff) + bytes <= 4096) {
      const o = this.translateData(lo, hi, ACC_WRITE, size, el, iss);
      if (o < 0) return VCpu.failStatus(o);
      this.storeAt(o, size, vlo, vhi);
      return DONE;
    }
    // Translate every byte first so a fault leaves memory untouched.
    const offs: number[] = [];
    for (let k = 0; k < bytes; k++) {
      A.add64(lo, hi, k, 0, 0);
      const o = this.translateData(A.rlo, A.rhi, ACC_WRITE, 0, el);
      if (o < 0) return VCpu.failStatus(o);
      offs.push(o);
    }
    for (let k = 0; k < bytes; k++) this.storeAt(offs[k], 0, k < 4 ? vlo >>> (8 * k) : vhi >>> (8 * (k - 4)), 0);
    return DONE;
  }

  /** Stores at a shared-memory offset, dropping decoded instructions there. */
  private storeAt(o: number, size: number, vlo: number, vhi: number): void {
    const ramOff = o - RAM_OFFSET, len = 1 << size;
    const marks = this.code.marks;
    if (marks[ramOff >>> 12] !== 0 || marks[(ramOff + len - 1) >>> 12] !== 0) this.code.invalidate(ramOff, len);
    storeSized(this.dv, o, size, vlo, vhi);
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

  /** SP alignment check (SCTLR_EL1.SA / SA0) for an access based on SP. */
  private spMisaligned(base: number): boolean {
    const r = this.r;
    if (base !== SP || (r[SP] & 15) === 0) return false;
    return (r[SCTLR_EL1] & (r[CUREL] === 0 ? 1 << 4 : 1 << 3)) !== 0;
  }

  /** Every load/store/atomic off the fast path; returns a run status. */
  private memSlow(op: number, page: Int32Array, i: number): number {
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
    // LDTR/STTR: EL0's permissions at EL1 too (no PAN or UAO here to change that).
    const el = op === Op.LDST_UNPRIV ? 0 : r[CUREL];
    if (op !== Op.LDR_LIT && this.spMisaligned(s)) return this.syncException(EC_SP_ALIGN, 0, false, 0, 0);

    switch (op) {
      case Op.LDR_X: case Op.LDR_W: case Op.LDRB: case Op.STR_X: case Op.STR_W: case Op.STRB:
      case Op.LDST_IMM: case Op.LDST_PRE: case Op.LDST_POST: case Op.LDST_REG: case Op.LDR_LIT: case Op.LDST_UNPRIV: {
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
        const iss = op === Op.LDR_LIT ? 0 : b;
        const st = store ? this.writeVa(alo, ahi, size, r[d], r[d + 1], el, iss) : this.readVa(alo, ahi, size, el, iss);
        if (st !== DONE) return st;
        if (!store) this.setLoaded(d, code);
        if (op === Op.LDST_PRE) { r[s] = alo; r[s + 1] = ahi; }
        else if (op === Op.LDST_POST) { A.add64(alo, ahi, a, a >> 31, 0); r[s] = A.rlo; r[s + 1] = A.rhi; }
        return DONE;
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
          // A pair that crosses a page: translate both pages first, in address order, so a fault
          // leaves memory untouched and names the lowest faulting byte (the first element's
          // address if its page faults, else the first byte of the next page — as QEMU).
          if ((alo & 0xfff) + 2 * bytes > 4096) {
            let st2 = this.probeWrite(alo, ahi, size, el, b);
            if (st2 !== DONE) return st2;
            A.add64(alo & ~0xfff, ahi, 4096, 0, 0);
            st2 = this.probeWrite(A.rlo, A.rhi, 0, el, b);
            if (st2 !== DONE) return st2;
          }
          let st = this.writeVa(alo, ahi, size, v1lo, v1hi, el, b);
          if (st !== DONE) return st;
          st = this.writeVa(blo, bhi, size, v2lo, v2hi, el, b);
          if (st !== DONE) return st;
        } else {
          let st = this.readVa(alo, ahi, size, el, b);
          if (st !== DONE) return st;
          const v1lo = this.vlo, v1hi = this.vhi;
          st = this.readVa(blo, bhi, size, el, b);
          if (st !== DONE) return st;
          const sext = (code & 4) !== 0;
          this.setLoaded(t, sext ? 2 | 4 | 8 : size);
          this.vlo = v1lo; this.vhi = v1hi;
          this.setLoaded(d, sext ? 2 | 4 | 8 : size);
        }
        if (mode !== 0) {
          A.add64(r[s], r[s + 1], a, a >> 31, 0);
          r[s] = A.rlo; r[s + 1] = A.rhi;
        }
        return DONE;
      }
      case Op.LDXR: return this.loadExclusive(d, s, t, code);
      case Op.STXR: return this.storeExclusive(d, s, t, a, code);
      case Op.ATOMIC: return this.atomic(d, s, t, a, size);
      case Op.CAS: return this.cas(d, s, t, size);
      case Op.CASP: return this.casp(d, s, t, size);
    }
    return this.undefinedInstruction();
  }

  /** Translates a write without performing it (for precise faults on pairs). */
  private probeWrite(lo: number, hi: number, size: number, el: number, iss: number): number {
    const o = this.translateData(lo, hi, ACC_WRITE, size, el, iss);
    return o < 0 ? VCpu.failStatus(o) : DONE;
  }

  /**
   * Translates an exclusive or atomic access: it must be naturally aligned (to the whole pair)
   * and in RAM. Returns the shared-memory offset, or a negative status (-1 fault, -2 exit).
   * ACC_WRITE means read-modify-write (atomics, CAS/CASP, a store-exclusive past its monitor
   * check): faults as translateData's `rmw`, and a misaligned address is the read's Alignment
   * fault (WnR = 0), as QEMU 7.2 reports them.
   */
  private atomicAccess(lo: number, hi: number, bytes: number, acc: number): number {
    if ((lo & (bytes - 1)) !== 0) { this.dataFault(DFSC_ALIGNMENT, false, lo, hi); return -1; }
    const rmw = acc === ACC_WRITE;
    return this.translateData(lo, hi, acc, 0, this.r[CUREL], rmw ? 1 << 6 : 0, rmw);
  }

  private loadExclusive(d: number, s: number, t: number, code: number): number {
    const r = this.r, dv = this.dv;
    const size = code & 3, pair = (code >>> 2) & 1;
    const alo = r[s], ahi = r[s + 1];
    const bytes = (1 << size) << pair;
    const o = this.atomicAccess(alo, ahi, bytes, ACC_READ);
    if (o < 0) return VCpu.failStatus(o);
    const v1lo = size === 3 ? dv.getInt32(o, true) : loadZ(dv, o, size), v1hi = size === 3 ? dv.getInt32(o + 4, true) : 0;
    r[EXCL_VAL] = v1lo; r[EXCL_VAL + 1] = v1hi; r[EXCL_VAL2] = 0; r[EXCL_VAL2 + 1] = 0;
    if (pair) {
      const o2 = o + (1 << size);
      const v2lo = size === 3 ? dv.getInt32(o2, true) : loadZ(dv, o2, size), v2hi = size === 3 ? dv.getInt32(o2 + 4, true) : 0;
      if (size === 2) r[EXCL_VAL + 1] = v2lo; // a W pair is monitored as one 64-bit value
      else { r[EXCL_VAL2] = v2lo; r[EXCL_VAL2 + 1] = v2hi; }
      r[t] = v2lo; r[t + 1] = v2hi;
    }
    r[d] = v1lo; r[d + 1] = v1hi;
    r[EXCL_VALID] = 1; r[EXCL_ADDR] = alo; r[EXCL_ADDR + 1] = ahi;
    return DONE;
  }

  private storeExclusive(d: number, s: number, status: number, t2: number, code: number): number {
    const r = this.r, dv = this.dv;
    const size = code & 3, pair = (code >>> 2) & 1;
    const alo = r[s], ahi = r[s + 1];
    const bytes = (1 << size) << pair;
    const sd = status === ZR ? DISCARD : status;
    // The monitor first: with no reservation for this address the store-exclusive fails without
    // accessing memory, so it cannot fault (the Arm ARM leaves the order of the two checks
    // IMPLEMENTATION DEFINED; QEMU 7.2 checks the monitor first, as here).
    if (r[EXCL_VALID] !== 1 || r[EXCL_ADDR] !== alo || r[EXCL_ADDR + 1] !== ahi) {
      r[EXCL_VALID] = 0;
      r[sd] = 1; r[sd + 1] = 0;
      return DONE;
    }
    const o = this.atomicAccess(alo, ahi, bytes, ACC_WRITE);
    if (o < 0) return VCpu.failStatus(o);
    const v1lo = r[d], v1hi = r[d + 1], v2lo = r[t2], v2hi = r[t2 + 1];
    // QEMU's model: succeed iff memory still holds what the load-exclusive saw.
    const wsz = pair && size === 2 ? 3 : size;
    const mlo = wsz === 3 ? dv.getInt32(o, true) : loadZ(dv, o, wsz), mhi = wsz === 3 ? dv.getInt32(o + 4, true) : 0;
    let ok = mlo === r[EXCL_VAL] && mhi === r[EXCL_VAL + 1];
    if (ok && pair && size === 3) ok = dv.getInt32(o + 8, true) === r[EXCL_VAL2] && dv.getInt32(o + 12, true) === r[EXCL_VAL2 + 1];
    if (ok) {
      if (pair && size === 2) this.storeAt(o, 3, v1lo, v2lo);
      else {
        this.storeAt(o, size, v1lo, v1hi);
        if (pair) this.storeAt(o + 8, 3, v2lo, v2hi);
      }
    }
    r[EXCL_VALID] = 0;
    r[sd] = ok ? 0 : 1; r[sd + 1] = 0;
    return DONE;
  }

  private atomic(d: number, s: number, t: number, opc: number, size: number): number {
    const r = this.r, dv = this.dv;
    const alo = r[s], ahi = r[s + 1], bytes = 1 << size;
    const o = this.atomicAccess(alo, ahi, bytes, ACC_WRITE);
    if (o < 0) return VCpu.failStatus(o);
    const olo = size === 3 ? dv.getInt32(o, true) : loadZ(dv, o, size), ohi = size === 3 ? dv.getInt32(o + 4, true) : 0;
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
    this.storeAt(o, size, nlo, nhi);
    r[d] = olo; r[d + 1] = ohi;
    return DONE;
  }

  private cas(t: number, s: number, rs: number, size: number): number {
    const r = this.r, dv = this.dv;
    const alo = r[s], ahi = r[s + 1];
    const o = this.atomicAccess(alo, ahi, 1 << size, ACC_WRITE);
    if (o < 0) return VCpu.failStatus(o);
    const olo = size === 3 ? dv.getInt32(o, true) : loadZ(dv, o, size), ohi = size === 3 ? dv.getInt32(o + 4, true) : 0;
    let clo = r[rs];
    const chi = size === 3 ? r[rs + 1] : 0;
    if (size < 2) clo &= size === 0 ? 0xff : 0xffff;
    if (olo === clo && ohi === chi) this.storeAt(o, size, r[t], r[t + 1]);
    const sd = rs === ZR ? DISCARD : rs;
    r[sd] = olo; r[sd + 1] = ohi;
    return DONE;
  }

  private casp(t: number, s: number, rs: number, size: number): number {
    const r = this.r, dv = this.dv;
    const alo = r[s], ahi = r[s + 1], bytes = 1 << size;
    const o = this.atomicAccess(alo, ahi, bytes * 2, ACC_WRITE);
    if (o < 0) return VCpu.failStatus(o);
    const rd = (k: number): number => (size === 3 ? dv.getInt32(o + k, true) : loadZ(dv, o + k, size));
    const o1lo = rd(0), o1hi = size === 3 ? dv.getInt32(o + 4, true) : 0;
    const o2lo = rd(bytes), o2hi = size === 3 ? dv.getInt32(o + bytes + 4, true) : 0;
    const c1hi = size === 3 ? r[rs + 1] : 0, c2hi = size === 3 ? r[rs + 3] : 0;
    if (o1lo === r[rs] && o1hi === c1hi && o2lo === r[rs + 2] && o2hi === c2hi) {
      const v1lo = r[t], v1hi = r[t + 1], v2lo = r[t + 2], v2hi = r[t + 3];
      this.storeAt(o, size, v1lo, v1hi);
      this.storeAt(o + bytes, size, v2lo, v2hi);
    }
    const rs2 = rs + 2 === ZR ? DISCARD : rs + 2; // CASP X30, XZR pair
    r[rs] = o1lo; r[rs + 1] = o1hi; r[rs2] = o2lo; r[rs2 + 1] = o2hi;
    return DONE;
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
 * TLB entry e (an int offset into the interleaved entries) maps VA (lo, hi) for the current ASID,
 * and an access starting at the page offset of lo does not run past `maxOff` (page size - bytes).
 */
function tlbHit(te: Int32Array, e: number, lo: number, hi: number, asid: number, maxOff: number): boolean {
  return te[e] === (lo & ~0xfff) && te[e + 1] === hi && (te[e + 2] === GLOBAL || te[e + 2] === asid) && (lo & 0xfff) <= maxOff;
}

/** High half of the last effective address computed by eaImm/eaReg (low half is returned). */
let eaHi = 0;

/** Effective address base + imm (64-bit); returns the low half, sets eaHi. */
function eaImm(r: Int32Array, s: number, imm: number): number {
  const sum = (r[s] >>> 0) + imm;
  eaHi = (r[s + 1] + (sum > 0xffffffff ? 1 : sum < 0 ? -1 : 0)) | 0;
  return sum | 0;
}

/** Effective address base + extend(index) << shift (register offset); low half, sets eaHi. */
function eaReg(r: Int32Array, s: number, t: number, a: number): number {
  let ilo = r[t];
  const opt = a & 7, sh = a >>> 3;
  let ihi = opt === 2 ? 0 : opt === 6 ? ilo >> 31 : r[t + 1];
  if (sh !== 0) { ihi = (ihi << sh) | (ilo >>> (32 - sh)); ilo <<= sh; }
  const lo = (r[s] >>> 0) + (ilo >>> 0);
  eaHi = (r[s + 1] + ihi + (lo > 0xffffffff ? 1 : 0)) | 0;
  return lo | 0;
}

/** Zero-extended load of 1, 2 or 4 bytes. */
function loadZ(dv: DataView, o: number, size: number): number {
  return size === 0 ? dv.getUint8(o) : size === 1 ? dv.getUint16(o, true) : dv.getInt32(o, true);
}

/** PC += 4 in the register file. */
export function advancePc(r: Int32Array): void {
  const lo = (r[PC] >>> 0) + 4;
  r[PC] = lo | 0;
  if (lo > 0xffffffff) r[PC + 1] = (r[PC + 1] + 1) | 0;
}

/** The ASID translations are tagged with: TTBR1's when TCR_EL1.A1, else TTBR0's (8 or 16 bits). */
function currentAsid(r: Int32Array): number {
  const src = (r[TCR_EL1] >>> 22) & 1 ? r[TTBR1_EL1 + 1] : r[TTBR0_EL1 + 1];
  return (src >>> 16) & ((r[TCR_EL1 + 1] >>> 4) & 1 ? 0xffff : 0xff);
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
