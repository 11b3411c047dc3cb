// The AArch64 interpreter for one vCPU. `run()` executes guest instructions until its budget is
// spent or something needs the hypervisor; then it returns EXIT with an ESR_EL2-style syndrome
// in the exit fields (KVM model: the PC is left at the instruction that exited, except for HVC,
// which retires first). The vCPU knows nothing about devices or debuggers.
//
// This file holds fetch, the run loop's switch (the hot operations, with loads and stores that
// hit the software TLB done inline), exceptions, and the dispatch of cold operations to the
// files that implement them: data-access.ts (the memory slow path: misses, MMIO exits,
// exclusives, atomics, CAS, DC ZVA), int-ops.ts (rarer integer operations), system-ops.ts
// (MRS/MSR, cache and TLB maintenance, AT), the FP/SIMD executors (simd-*.ts), and
// debug-points.ts (gdb's breakpoints and watchpoints). They report back with the run statuses
// of status.ts. Hot operations stay in the one switch so it is small enough for V8 to
// optimise. Registers are 32-bit halves in the shared memory (src/cpu/regs.ts).

import { GuestMemory, RAM_BASE, RAM_OFFSET, BP_PAGES_OFFSET, BP_PAGE_SLOTS } from '../memory/layout.ts';
import { CodeCache, HOT } from './code-cache.ts';
import type { Decoder } from './decoder.ts';
import { PC, SP, SP_EL0, NZCV, CUREL, SPSEL, DAIF, SCTLR_EL1, EXCL_VALID, PSTATE_SS, STEP_SYN, STEP_EXIT } from './regs.ts';
import * as A from './alu.ts';
import { writePstateField, resetSysregs, PstateField, type SysContext, type IdRegisters, idRegisters } from './sysregs.ts';
import { takeException, exceptionReturn, advancePc, esrOf, VECTOR_SYNC, VECTOR_IRQ, VECTOR_FIQ } from './exceptions.ts';
import { execSimdInt } from './simd-int.ts';
import { execSimdFp } from './simd-fp.ts';
import { execCrypto } from './simd-crypto.ts';
import type { CpuModel } from './features.ts';
import { BUDGET, EXIT, DONE, STOP, JUMP, FAULT, DONE_CHANGED, STOP_RETIRED } from './status.ts';
import { memSlow, memOffset, noteStore, dcZva, loadCoded, storeSized } from './data-access.ts';
import { bitfield, extr, addSubShifted, addSubExtended, logicShifted, adc, ccmp, mull, shiftv, bitop, flagm } from './int-ops.ts';
import { mrs, msr, fpEnabled, icInvalidate, dcMaintenance, addressTranslate, tlbInvalidate } from './system-ops.ts';
import { DebugPoints } from './debug-points.ts';
import { GuestDebug, FSC_DEBUG } from './guest-debug.ts';
import {
  Tlb, translate, tlbBank, tlbHit, ACC_READ, ACC_WRITE, ACC_EXEC, TLB_SIZE, GLOBAL, tFault, tPaLo, tPaHi, tSpan, tGlobal, tAsid,
} from './mmu.ts';
import {
  EC_UNKNOWN, EC_WFX, EC_FP_ACCESS, EC_SVC64, EC_HVC64, EC_SYS64, EC_IABT_LOW, EC_IABT_CUR, EC_PC_ALIGN,
  EC_DABT_LOW, EC_DABT_CUR, EC_BRK64, EC_HLT, EC_BREAKPOINT, EC_SOFTSTEP, FSC_EXTERNAL_ABORT, type Exit,
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

/**
 * The compiled tier as the interpreter sees it (src/jit/tier.ts implements it; the machine
 * installs it): the interpreter counts how often it enters a block at each instruction slot
 * (CodeCache HOT), asks for code once a slot reaches `threshold`, and from then on runs it.
 */
export interface CompiledTier {
  readonly threshold: number;
  /** Compiles the entry at record index `i` of `page`; returns its handle (>= 0), or -1 if none. */
  compile(page: Int32Array, i: number): number;
  /**
   * Runs handle `h` of `page` with the page at virtual address (vaLo, vaHi), retiring at most
   * `budget` instructions (rdBank, wrBank, exBank: byte offsets of the TLB banks at the current
   * EL; exBank -1: stay in this page's code, a breakpoint is set somewhere); returns how many it
   * retired, with PC and NZCV written back to the register file.
   */
  run(page: Int32Array, h: number, budget: number, vaLo: number, vaHi: number, rdBank: number, wrBank: number, asid: number, exBank: number): number;
}

/** Decodes `word` into the record at page[i]; an encoding the decoder rejects becomes UNDEF. */
export function decodeRecord(decoder: Decoder, word: number, page: Int32Array, i: number): void {
  if (!decoder.decode(word, page, i)) { page[i] = Op.UNDEF; page[i + 1] = 0; page[i + 2] = 0; page[i + 3] = 0; }
}

const X30 = 60;
/** RAM offset in the memory minus RAM's guest physical base: PA + DELTA = byte offset. */
const DELTA = RAM_OFFSET - RAM_BASE;

export class VCpu implements SysContext {
  readonly r: Int32Array;
  readonly dv: DataView;
  readonly ramEnd: number;
  readonly tlb: Tlb;
  /** Decoded-record pages of the instruction-side TLB entries (parallel to the exec banks). */
  private readonly codeTlb: (Int32Array | undefined)[] = new Array(6 * TLB_SIZE);
  /** ASID of the current translation regime (TTBR0/1 per TCR_EL1.A1). */
  asid = 0;
  hooks: VCpuHooks | undefined;
  /** The compiled tier (`--tier jit`), or undefined to interpret everything. */
  jit: CompiledTier | undefined;
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

  /** gdb's breakpoints and watchpoints, as this vCPU checks them (src/cpu/debug-points.ts). */
  readonly points = new DebugPoints();
  /** While set, run() takes no interrupt (single-step, QEMU's NOIRQ default). */
  noIrq = false;
  get cpuIndex(): number { return this.index; }

  /** Retired instructions. */
  icount = 0;
  /** Set by a system-register read hook that moved virtual time: the MRS ends the run slice. */
  endSlice = false;

  // The last exit, in halves (no allocation on the MMIO path); see exitInfo().
  exitEc = 0;
  exitIss = 0;
  exitFarLo = 0;
  exitFarHi = 0;
  exitInsn = 0;
  /**
   * The virtual address and direction of the data access behind the last MMIO exit (EC_DABT_LOW;
   * exitFar is the physical address): what FAR_EL1 and WnR say if the hypervisor answers with an
   * external abort (nothing at that address) instead of emulating the access.
   */
  exitVaLo = 0;
  exitVaHi = 0;
  exitWrite = false;

  constructor(readonly mem: GuestMemory, readonly code: CodeCache, readonly decoder: Decoder, readonly index: number) {
    this.model = decoder.model;
    this.ids = idRegisters(decoder.features);
    this.r = mem.regFile(index);
    this.tlb = new Tlb(mem.tlbFile(index));
    this.dv = mem.dv;
    this.ramEnd = mem.ramEnd;
    this.points.pageSlots = new Int32Array(mem.memory.buffer, BP_PAGES_OFFSET + index * 4 * BP_PAGE_SLOTS, BP_PAGE_SLOTS).fill(0);
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
    this.debugChanged();
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
    let bpOn = false; // any breakpoint set
    let bpPage = false; // ... on the page being executed: only then is each instruction checked
    let guestBp = false; // the guest's own hardware breakpoints are armed: compiled code runs one region at a time
    let st = JUMP; // (re)load all locals from the register file first
    // Software step (src/cpu/guest-debug.ts): while the guest steps an instruction, the budget
    // is 1 and this holds what is left after it (-1: not stepping).
    let stepBudget = -1;
    // The compiled tier: `entry` is set where a block begins (a branch taken, a cold path's
    // return, where a compiled run left), and `chain` makes the instruction after one that no
    // region can start at an entry too.
    const jit = this.jit, jitOn = jit !== undefined;
    let entry = false, chain = false;
    if (r[STEP_EXIT] !== 0) { r[STEP_EXIT] = 0; this.stepDone(); } // the hypervisor completed it

    loop: for (;;) {
      if (st !== DONE) {
        // A cold path ran: exception taken, ERET, MSR, ... Take a now-unmasked interrupt, then
        // reload what the locals cache. The guest's software step is looked at here only.
        if (stepBudget >= 0) { // the instruction stepped ended here: retired, or an exception
          budget += stepBudget; stepBudget = -1;
          if (st !== FAULT) this.stepDone();
        }
        // (A step exception due after a stepped instruction goes before interrupts, as QEMU's.)
        if ((this.irqLine || this.fiqLine) && !this.noIrq && r[STEP_SYN] === 0) this.checkInterrupts();
        if (this.dbg.ssArmed) {
          const s = this.softwareStep();
          if (s === STEP_TAKEN) budget--; // the exception counts as a faulting instruction does
          else if (s === STEP_ONE && n < budget) { stepBudget = budget - n - 1; budget = n + 1; }
        }
        guestBp = this.dbg.bpCount > 0;
        bpOn = this.points.breakpointCount > 0 || guestBp;
        pcLo = r[PC]; pcHi = r[PC + 1]; nzcv = r[NZCV]; asid = this.asid;
        const el = r[CUREL];
        rdBank = tlbBank(el, ACC_READ) * TLB_SIZE * 4;
        wrBank = tlbBank(el, ACC_WRITE) * TLB_SIZE * 4;
        exBank = tlbBank(el, ACC_EXEC) * TLB_SIZE * 4;
        pageHi = ~pcHi; // force the fetch path
        entry = jitOn;
        st = DONE;
      }
      if (n >= budget) {
        if (stepBudget < 0) break;
        // The instruction stepped retired (inline, or a cold path that returned DONE).
        r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
        budget += stepBudget; stepBudget = -1;
        this.stepDone();
        st = JUMP;
        continue;
      }
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
        bpPage = bpOn && (this.points.breakpointOnPage(pcLo, pcHi) || this.dbg.breakpointOnPage(pcLo, pcHi));
      }
      if (bpPage) {
        // gdb's breakpoint first: the debugger stops before the guest's exception is taken.
        if (this.points.breakpointAt(pcLo, pcHi)) {
          this.setExit(EC_BREAKPOINT, 0, pcLo, pcHi);
          result = EXIT;
          break;
        }
        if (this.dbg.bpCount !== 0 && this.dbg.breakpointAt(r, pcLo, pcHi)) {
          // The guest's Breakpoint exception (EC 0x30/0x31, IFSC debug; FAR UNKNOWN: 0, as QEMU).
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n + 1; n = 0;
          st = this.syncException(EC_BREAKPOINT + r[CUREL], FSC_DEBUG, true, 0, 0);
          continue;
        }
      }
      const i = pcLo & 0xffc;
      if (entry) {
        entry = false; chain = false;
        // Not on a page with a breakpoint (a region never leaves its page), nor while stepping.
        if (!bpPage && stepBudget < 0) {
          let h = page[HOT + (i >>> 2)];
          if (h >= 0 && h <= jit!.threshold) {
            if (h < jit!.threshold) page[HOT + (i >>> 2)] = h + 1;
            else { const k = jit!.compile(page, i); h = k >= 0 ? ~k : jit!.threshold + 1; page[HOT + (i >>> 2)] = h; }
          }
          if (h < 0) {
            r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
            const k = jit!.run(page, ~h, budget - n, pcLo & ~0xfff, pcHi, te.byteOffset + 4 * rdBank, te.byteOffset + 4 * wrBank, asid, guestBp ? -1 : te.byteOffset + 4 * exBank);
            if (k > 0) {
              n += k;
              pcLo = r[PC]; pcHi = r[PC + 1]; nzcv = r[NZCV];
              pageHi = ~pcHi; // fetch again: another page, or a misaligned BR target to fault
              entry = true; // where it left: a branch target, or an operation it leaves to us
              continue;
            }
            chain = true; // it ran nothing (a TLB miss first, a budget too small): after this one
          } else if (h > jit!.threshold) chain = true; // no region starts here: after this one
        }
      }
      const op = page[i];
      n++;

      switch (op) {
        case Op.NOT_DECODED:
          decodeRecord(this.decoder, dv.getInt32(pageOff + i, true), page, i);
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
          entry = jitOn;
          continue;
        }
        case Op.BL: {
          A.add64(pcLo, pcHi, 4, 0, 0);
          r[X30] = A.rlo; r[X30 + 1] = A.rhi;
          const t = (pcLo >>> 0) + page[i + 2];
          pcLo = t | 0;
          if (t < 0) pcHi = (pcHi - 1) | 0; else if (t > 0xffffffff) pcHi = (pcHi + 1) | 0;
          entry = jitOn;
          continue;
        }
        case Op.B_COND: {
          if (!A.condHolds(nzcv, page[i + 3])) break;
          const t = (pcLo >>> 0) + page[i + 2];
          pcLo = t | 0;
          if (t < 0) pcHi = (pcHi - 1) | 0; else if (t > 0xffffffff) pcHi = (pcHi + 1) | 0;
          entry = jitOn;
          continue;
        }
        case Op.CBZ_X: case Op.CBNZ_X: case Op.CBZ_W: case Op.CBNZ_W: {
          const s = (page[i + 1] >>> 8) & 255;
          const zero = op === Op.CBZ_X || op === Op.CBNZ_X ? (r[s] | r[s + 1]) === 0 : r[s] === 0;
          if (zero !== (op === Op.CBZ_X || op === Op.CBZ_W)) break;
          const t = (pcLo >>> 0) + page[i + 2];
          pcLo = t | 0;
          if (t < 0) pcHi = (pcHi - 1) | 0; else if (t > 0xffffffff) pcHi = (pcHi + 1) | 0;
          entry = jitOn;
          continue;
        }
        case Op.TBZ: case Op.TBNZ: {
          const s = (page[i + 1] >>> 8) & 255, bit = page[i + 3];
          const v = bit < 32 ? (r[s] >>> bit) & 1 : (r[s + 1] >>> (bit - 32)) & 1;
          if ((v === 0) !== (op === Op.TBZ)) break;
          const t = (pcLo >>> 0) + page[i + 2];
          pcLo = t | 0;
          if (t < 0) pcHi = (pcHi - 1) | 0; else if (t > 0xffffffff) pcHi = (pcHi + 1) | 0;
          entry = jitOn;
          continue;
        }
        case Op.BR: case Op.RET: {
          const s = (page[i + 1] >>> 8) & 255;
          pcLo = r[s]; pcHi = r[s + 1];
          if ((pcLo & 3) !== 0) pageHi = ~pcHi; // misaligned: the fetch path raises the fault
          entry = jitOn;
          continue;
        }
        case Op.BLR: {
          const s = (page[i + 1] >>> 8) & 255;
          const tlo = r[s], thi = r[s + 1];
          A.add64(pcLo, pcHi, 4, 0, 0);
          r[X30] = A.rlo; r[X30 + 1] = A.rhi;
          pcLo = tlo; pcHi = thi;
          if ((pcLo & 3) !== 0) pageHi = ~pcHi;
          entry = jitOn;
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
          st = memSlow(this, op, page, i);
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
          st = memSlow(this, op, page, i);
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
          st = memSlow(this, op, page, i);
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
          st = memSlow(this, op, page, i);
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
          st = memSlow(this, op, page, i);
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
          st = memSlow(this, op, page, i);
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
            if (op !== Op.LDST_IMM) {
              // Write-back from the base before the access, written after it, as memSlow does
              // (a load into the base register itself is CONSTRAINED UNPREDICTABLE: one answer).
              const nb = (r[s] >>> 0) + off, nhi = (r[s + 1] + (nb > 0xffffffff ? 1 : nb < 0 ? -1 : 0)) | 0;
              if ((c & 16) !== 0) storeSized(dv, o, c & 3, r[d], r[d + 1]);
              else loadCoded(dv, o, c, r, d);
              r[s] = nb | 0; r[s + 1] = nhi;
              break;
            }
            if ((c & 16) !== 0) storeSized(dv, o, c & 3, r[d], r[d + 1]);
            else loadCoded(dv, o, c, r, d);
            break;
          }
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n; n = 0;
          st = memSlow(this, op, page, i);
          break;
        }

        // ---- frequent in kernel code: kept out of the cold path
        case Op.LOGIC_SREG: case Op.ADDSUB_SREG: case Op.ADDSUB_EXT: case Op.CCMP: {
          const w = page[i + 1], a = page[i + 2];
          r[NZCV] = nzcv;
          if (op === Op.LOGIC_SREG) logicShifted(r, w & 255, (w >>> 8) & 255, (w >>> 16) & 255, a);
          else if (op === Op.ADDSUB_SREG) addSubShifted(r, w & 255, (w >>> 8) & 255, (w >>> 16) & 255, a);
          else if (op === Op.ADDSUB_EXT) addSubExtended(r, w & 255, (w >>> 8) & 255, (w >>> 16) & 255, a);
          else ccmp(r, (w >>> 8) & 255, (w >>> 16) & 255, a);
          nzcv = r[NZCV];
          break;
        }
        case Op.EXTR: {
          const w = page[i + 1];
          extr(r, w & 255, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2], page[i + 3]);
          break;
        }
        case Op.SHIFTV: {
          const w = page[i + 1];
          shiftv(r, w & 255, (w >>> 8) & 255, (w >>> 16) & 255, page[i + 2]);
          break;
        }
        case Op.BITOP: {
          const w = page[i + 1];
          bitop(r, w & 255, (w >>> 8) & 255, page[i + 2]);
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
          st = memSlow(this, op, page, i);
          break;
        }

        case Op.NOP:
          break;

        default:
          // Everything else: system instructions, rare data processing, pairs, exclusives...
          r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv;
          this.icount += n; budget -= n; n = 0;
          st = op >= FIRST_MEM_OP && op <= LAST_MEM_OP ? memSlow(this, op, page, i) : this.execCold(op, page, i);
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
      entry = chain;
    }
    if (st === DONE) { r[PC] = pcLo; r[PC + 1] = pcHi; r[NZCV] = nzcv; }
    this.icount += n;
    if (stepBudget >= 0) this.stepExit(st);
    return result;
  }

  // ---- the guest's self-hosted debug (src/cpu/guest-debug.ts) ----------------------------------

  /** The guest's hardware breakpoints, watchpoints and software step state. */
  readonly dbg = new GuestDebug();
  /** Set by a load-exclusive: the instruction being stepped was one (the step exception's EX bit). */
  stepLdex = false;

  /**
   * An MSR changed a debug register, MDSCR_EL1 or the OS lock (or the state was reset or
   * restored): recompute what is armed. Armed watchpoints drop the data TLB once, so pages they
   * watch refill as WATCHED, off the inline fast path.
   */
  debugChanged(): void {
    this.dbg.update(this.r, this.oslk);
    if (this.dbg.wpCount !== 0) {
      this.tlb.flushBank(tlbBank(0, ACC_READ)); this.tlb.flushBank(tlbBank(1, ACC_READ));
      this.tlb.flushBank(tlbBank(0, ACC_WRITE)); this.tlb.flushBank(tlbBank(1, ACC_WRITE));
    }
  }

  /**
   * Software step, where run() reloads after a cold path (MDSCR_EL1.SS set, debug unlocked).
   * Active at this EL (from EL0 always, from EL1 with KDE and PSTATE.D clear) with PSTATE.SS = 1
   * (active-not-pending): STEP_ONE, run() executes one instruction. With PSTATE.SS = 0
   * (active-pending): the Software Step exception is taken now, before any instruction: EC
   * 0x32/0x33, IFSC 0x22, ISV = 1 with EX (a load-exclusive) if an instruction was just stepped
   * (STEP_SYN), else ISV = 0; ELR = the next instruction; FAR not written.
   */
  private softwareStep(): number {
    const r = this.r;
    if (!this.dbg.stepActive(r)) { r[STEP_SYN] = 0; return STEP_NONE; }
    if (r[PSTATE_SS] !== 0) { r[STEP_SYN] = 0; this.stepLdex = false; return STEP_ONE; }
    const syn = r[STEP_SYN];
    const iss = ((syn & 1) << 24) | ((syn & 2) << 5) | FSC_DEBUG;
    this.syncException(EC_SOFTSTEP + r[CUREL], iss, false, 0, 0);
    return STEP_TAKEN;
  }

  /** The instruction being stepped completed: active-pending, the step exception is due (ISV = 1). */
  private stepDone(): void {
    this.r[PSTATE_SS] = 0;
    this.r[STEP_SYN] = !this.dbg.ssArmed ? 0 : this.stepLdex ? 3 : 1; // (an MSR may have disarmed it)
  }

  /**
   * run() exits while stepping an instruction: if it retired (HVC, a timer/GIC register write),
   * the step is done; if the hypervisor will complete it (MMIO, semihosting), it is done when
   * run() resumes (STEP_EXIT), unless the hypervisor makes it fault instead (injectExternalAbort).
   * Other exits (gdb's breakpoints and watchpoints, UNDEFINED system registers) leave it to run again.
   */
  private stepExit(st: number): void {
    if (st === STOP_RETIRED) this.stepDone();
    else if (st === STOP && (this.exitEc === EC_DABT_LOW || this.exitEc === EC_HLT)) this.r[STEP_EXIT] = 1;
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
      // Executing from something that is not RAM: the hypervisor says what that means (an
      // external abort, src/hyp/trap.ts). (The ISS is QEMU-like stage-2 noise: only EC matters.)
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
  currentWord(): number {
    const r = this.r;
    translate(r, this.dv, this.ramEnd, r[PC], r[PC + 1], ACC_EXEC, r[CUREL], false);
    const pa = tPaLo >>> 0;
    if (tFault !== 0 || tPaHi !== 0 || pa < RAM_BASE || pa + 4 > this.ramEnd) return 0;
    return this.dv.getInt32(pa + DELTA, true);
  }

  // ---- exceptions -----------------------------------------------------------------------------

  /** Last exception delivered to the guest, for diagnostics (e.g. a guest with no vectors). */
  lastException = { ec: -1, esr: 0, elrLo: 0, elrHi: 0, insn: 0 };

  /**
   * Synchronous External abort (DFSC/IFSC 0x10) for the access behind the last exit: a data
   * access (EC_DABT_LOW exit: FAR = exitVa, WnR = exitWrite) or an instruction fetch
   * (EC_IABT_LOW exit: FAR = PC), the instruction not executed. What QEMU 7.2 `virt` raises
   * where nothing answers a physical address (a decode error): ISV = 0 (not taken to EL2), EA =
   * 0 (QEMU's arm_extabt_type() gives 0 for a decode error; the Arm ARM leaves EA
   * IMPLEMENTATION DEFINED), S1PTW = 0, CM = 0.
   */
  injectExternalAbort(): void {
    const r = this.r, el0 = r[CUREL] === 0;
    r[STEP_EXIT] = 0; // a stepped instruction that faults was not stepped
    if (this.exitEc === EC_IABT_LOW) {
      this.syncException(el0 ? EC_IABT_LOW : EC_IABT_CUR, FSC_EXTERNAL_ABORT, true, r[PC], r[PC + 1]);
    } else {
      this.syncException(el0 ? EC_DABT_LOW : EC_DABT_CUR, FSC_EXTERNAL_ABORT | (this.exitWrite ? 1 << 6 : 0), true, this.exitVaLo, this.exitVaHi);
    }
  }

  /** Takes a synchronous exception to EL1 at the current instruction (r[PC]). */
  syncException(ec: number, iss: number, setFar: boolean, farLo: number, farHi: number, retNext = false, log = true): number {
    const r = this.r;
    let retLo = r[PC], retHi = r[PC + 1];
    if (retNext) { // SVC: it completes (stepped: SPSR_EL1.SS = 0)
      A.add64(retLo, retHi, 4, 0, 0); retLo = A.rlo; retHi = A.rhi;
      r[PSTATE_SS] = 0;
    }
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
  dataFault(fsc: number, write: boolean, lo: number, hi: number, cm = false): number {
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
      case Op.BITFIELD: bitfield(r, d, s, a); return DONE;
      case Op.EXTR: extr(r, d, s, t, a, b); return DONE;
      case Op.ADDSUB_SREG: addSubShifted(r, d, s, t, a); return DONE_CHANGED;
      case Op.ADDSUB_EXT: addSubExtended(r, d, s, t, a); return DONE_CHANGED;
      case Op.LOGIC_SREG: logicShifted(r, d, s, t, a); return DONE_CHANGED;
      case Op.ADC: adc(r, d, s, t, a); return DONE_CHANGED;
      case Op.CCMP: ccmp(r, s, t, a); return DONE_CHANGED;
      case Op.MULL: mull(r, d, s, t, x, a); return DONE;
      case Op.MULH:
        A.mulh64(r[s], r[s + 1], r[t], r[t + 1], a === 1);
        r[d] = A.rlo; r[d + 1] = A.rhi;
        return DONE;
      case Op.DIV:
        if (a & 2) { A.div64(r[s], r[s + 1], r[t], r[t + 1], (a & 1) === 1); r[d] = A.rlo; r[d + 1] = A.rhi; }
        else { r[d] = A.div32(r[s], r[t], (a & 1) === 1); r[d + 1] = 0; }
        return DONE;
      case Op.SHIFTV: shiftv(r, d, s, t, a); return DONE;
      case Op.BITOP: bitop(r, d, s, a); return DONE;
      case Op.CRC32: {
        const size = a & 3;
        r[d] = A.crc32(r[s], r[t], r[t + 1], 1 << size, (a & 4) !== 0);
        r[d + 1] = 0;
        return DONE;
      }
      case Op.CLREX: r[EXCL_VALID] = 0; return DONE;
      case Op.FLAGM: flagm(r, s, a, b); return DONE_CHANGED;
      case Op.MRS: return mrs(this, d, a, b);
      case Op.MSR_REG: return msr(this, s, a, b);
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
        {
          // PSTATE.SS = SPSR.SS only if software step is active at the target and was not here
          // (Arm ARM DebugExceptionReturnSS): stepping resumes at the target.
          const stepFrom = this.dbg.stepActive(r);
          exceptionReturn(r);
          if (r[PSTATE_SS] !== 0 && (stepFrom || !this.dbg.stepActive(r))) r[PSTATE_SS] = 0;
        }
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
        // Stepped by the guest's software step: completes at once, as QEMU's (the Arm ARM allows it).
        if (this.dbg.ssArmed && r[PSTATE_SS] !== 0 && this.dbg.stepActive(r)) return DONE;
        this.setExit(EC_WFX, op === Op.WFE ? 1 : 0, 0, 0);
        return STOP;
      case Op.IC_IALLU: case Op.IC_IVAU:
        if (r[CUREL] === 0 && op === Op.IC_IALLU) return this.undefinedInstruction();
        if (r[CUREL] === 0 && (r[SCTLR_EL1] & (1 << 26)) === 0) return this.syncException(EC_SYS64, b, false, 0, 0); // UCI
        return icInvalidate(this, op === Op.IC_IALLU, s);
      case Op.DC_MAINT:
        if (r[CUREL] === 0 && a === 0) return this.undefinedInstruction();
        if (r[CUREL] === 0 && (r[SCTLR_EL1] & (1 << 26)) === 0) return this.syncException(EC_SYS64, b, false, 0, 0); // UCI
        return dcMaintenance(this, s, b);
      case Op.DC_ZVA:
        if (r[CUREL] === 0 && (r[SCTLR_EL1] & (1 << 14)) === 0) return this.syncException(EC_SYS64, b, false, 0, 0); // DZE
        return dcZva(this, s);
      case Op.AT: return addressTranslate(this, s, a);
      case Op.SIMD_INT: case Op.SIMD_FP: case Op.SIMD_CRYPTO:
        // CPACR_EL1.FPEN traps FP/SIMD instructions (EC 0x07) before anything else happens.
        if (!fpEnabled(this)) return this.syncException(EC_FP_ACCESS, 0, false, 0, 0);
        return op === Op.SIMD_INT ? execSimdInt(this, page, i) : op === Op.SIMD_FP ? execSimdFp(this, page, i) : execCrypto(this, page, i);
      case Op.TLBI: return tlbInvalidate(this, s, a);
      case Op.LDST_UNPRIV: return memSlow(this, op, page, i);
      default:
        return this.undefinedInstruction();
    }
  }

  /** The hypervisor makes a trapped instruction UNDEFINED for the guest (after logging it). */
  injectUndefined(): void {
    this.undefinedInstruction();
  }

  // ---- debugger (src/gdb): the vCPU checks breakpoints before an instruction and watchpoints on data accesses

  /** Adds a breakpoint at VA; returns false if it was already there. */
  addBreakpoint(va: bigint): boolean {
    return this.points.addBreakpoint(va);
  }

  removeBreakpoint(va: bigint): boolean {
    return this.points.removeBreakpoint(va);
  }

  /**
   * kind: 0 write, 1 read, 2 access (either). The data TLB is dropped once, so accesses to the
   * watched pages refill it with entries marked WATCHED, which the inline path never matches.
   */
  addWatchpoint(va: bigint, len: number, kind: number): void {
    this.points.addWatchpoint(va, len, kind);
    this.tlb.flushBank(tlbBank(0, ACC_READ)); this.tlb.flushBank(tlbBank(1, ACC_READ));
    this.tlb.flushBank(tlbBank(0, ACC_WRITE)); this.tlb.flushBank(tlbBank(1, ACC_WRITE));
  }

  removeWatchpoint(va: bigint, len: number, kind: number): boolean {
    return this.points.removeWatchpoint(va, len, kind);
  }

  // ---- for the FP/SIMD executors (src/cpu/data-access.ts does the work)

  /**
   * Translates a data access of 2^size bytes (size 0..4) at VA (lo, hi) for the current EL, with
   * the architectural checks and TLB. Returns a byte offset into `dv` (the access lies in one
   * page), or -1 after taking a data abort to the guest (the executor returns FAULT), or -2 after
   * setting an exit (MMIO or a watchpoint: the executor returns STOP; vector registers to MMIO are
   * not emulated). An access that crosses a page must be split by the caller.
   */
  memOffset(lo: number, hi: number, write: boolean, size: number): number {
    return memOffset(this, lo, hi, write, size);
  }

  /** Data-side stores by the FP/SIMD executors must drop decoded code they overwrite. */
  noteStore(off: number, len: number): void {
    noteStore(this, off, len);
  }

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

const EMPTY_PAGE: Int32Array = new Int32Array(0);

/** softwareStep(): software step is not active; active-not-pending (step one instruction); the step exception was taken. */
const STEP_NONE = 0;
const STEP_ONE = 1;
const STEP_TAKEN = 2;
