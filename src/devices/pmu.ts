// The Performance Monitors Extension (PMUv3, Arm ARM D11 "The Performance Monitors Extension")
// of one CPU, as QEMU 7.2's cortex-a57 has it: PMCR_EL0.N = 6 event counters of 32 bits plus the
// 64-bit cycle counter, reached through system registers (like the generic timer, not a Device:
// the vCPU's sysreg path calls read(name) / write(name, value)). Its overflow interrupt is PPI 7
// (INTID 23, src/machine/board.ts VIRT_PMU_PPI), level-sensitive: PMCR_EL0.E && (PMOVSSET &
// PMINTENSET) != 0, as QEMU drives it.
//
// Events (PMCEID0/1 advertise exactly these):
//   0x00 SW_INCR       writes to PMSWINC_EL0
//   0x08 INST_RETIRED  retired instructions (the vCPU's icount)
//   0x11 CPU_CYCLES    the same count: one cycle per retired instruction (a64dbg's time is 1
//                      instruction = 1 ns; time skipped by the WFI fast-forward is not counted)
//   0x13 MEM_ACCESS    instructions that access data memory (loads, stores, pairs, exclusives,
//                      atomics, FP/SIMD loads and stores; not PRFM, not DC ZVA): one count per
//                      instruction, the IMPLEMENTATION DEFINED granularity chosen here
//   0x1E CHAIN         an odd counter counts the overflows of the even counter below it
//   0x21 BR_RETIRED    retired branches, taken or not: B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ, BR,
//                      BLR, RET, ERET
// QEMU 7.2 has SW_INCR, CPU_CYCLES and (with -icount only) INST_RETIRED; MEM_ACCESS, CHAIN and
// BR_RETIRED follow the Arm ARM definitions (test/pmu.test.ts checks them).
//
// Counting is lazy, so a counter costs nothing per instruction: the PMU keeps how many
// instructions retired at EL0 and at EL1 (the machine reports every exception-level change,
// exceptionLevelChanged()) and a counter is its stored value plus the events of the ELs its
// filter lets through (PMEVTYPER<n>/PMCCFILTR P = 1 excludes EL1, U = 1 excludes EL0) since its
// mark. BR_RETIRED and MEM_ACCESS need each instruction classified (classifyInstruction): only
// while such a counter is enabled (`classifying`), the machine then runs the vCPU one
// instruction at a time and reports each with beginStep(). A counter may overflow only after
// as many instructions as it is short of 2^32 (2^64): instructionsToOverflow() tells the machine
// where to end the vCPU's slice so the overflow interrupt arrives after the right instruction.
//
// There is no EL2 or EL3 in the guest (non-secure EL1/EL0 only), so the filter bits NSK, NSU,
// NSH, M and the multithreading bit MT are RES0 here (the Arm ARM: RES0 when EL3 / EL2 / MT are
// not implemented; QEMU 7.2 stores them and filters on NSK != P, NSU != U: Linux sets neither),
// and PMCR_EL0.DP (counting prohibited regions) and X (export) are stored with no effect.
// PMCR_EL0.IMP/IDCODE are 0, following MIDR_EL1's implementer 0x00 (QEMU's cortex-a57 says
// 0x41, 0x01; its `-cpu max` keeps those beside MIDR implementer 0). The event number field is
// 10 bits (PMUv3 for Armv8.0: bits [15:10] RES0; QEMU keeps 16).

import { SnapshotError, showState, stateInt, stateInts, stateObject } from './device.ts';
import type { IrqLine } from './irq.ts';

/** PMCR_EL0.N: the event counters QEMU's cortex-a57 has. */
export const PMU_COUNTERS = 6;
/** The cycle counter's bit in PMCNTENSET, PMINTENSET, PMOVSSET, PMSWINC. */
const CYCLE_BIT = 0x8000_0000;
/** Bits of the counter-set registers that exist: the cycle counter and counters 0..N-1. */
const COUNTER_BITS = (CYCLE_BIT | ((1 << PMU_COUNTERS) - 1)) >>> 0;

export const PMU_EVENT = {
  SW_INCR: 0x00, INST_RETIRED: 0x08, CPU_CYCLES: 0x11, MEM_ACCESS: 0x13, CHAIN: 0x1e, BR_RETIRED: 0x21,
} as const;
const bit = (e: number): number => 2 ** e;
/** PMCEID0_EL0: events 0x00..0x1f this PMU counts (bit n = event n); bits [63:32] (0x4000..) none. */
export const PMCEID0 = bit(PMU_EVENT.SW_INCR) + bit(PMU_EVENT.INST_RETIRED) + bit(PMU_EVENT.CPU_CYCLES)
  + bit(PMU_EVENT.MEM_ACCESS) + bit(PMU_EVENT.CHAIN);
/** PMCEID1_EL0: events 0x20..0x3f (bit n = event 0x20 + n). */
export const PMCEID1 = bit(PMU_EVENT.BR_RETIRED - 0x20);

// PMCR_EL0
const PMCR_E = 1 << 0, PMCR_P = 1 << 1, PMCR_C = 1 << 2, PMCR_D = 1 << 3, PMCR_X = 1 << 4, PMCR_DP = 1 << 5, PMCR_LC = 1 << 6;
/** The bits a write keeps (P and C act and read as 0; N, IDCODE, IMP are read-only), as QEMU. */
const PMCR_WRITABLE = PMCR_E | PMCR_D | PMCR_X | PMCR_DP | PMCR_LC;
/** Reset value: N = 6 in bits [15:11], IMP = IDCODE = 0 (MIDR implementer 0x00), E = LC = 0. */
export const PMCR_RESET = PMU_COUNTERS << 11;

// PMEVTYPER<n>_EL0 / PMCCFILTR_EL0
const FILTER_P = 0x8000_0000; // don't count at EL1
const FILTER_U = 0x4000_0000; // don't count at EL0
const EVTCOUNT = 0x3ff;
const EVTYPER_MASK = (FILTER_P | FILTER_U | EVTCOUNT) >>> 0;
const CCFILTR_MASK = (FILTER_P | FILTER_U) >>> 0;

/** PMUSERENR_EL0 bits (EL0 access controls; sysregs.ts applies them). */
export const PMUSERENR_EN = 1 << 0;
export const PMUSERENR_SW = 1 << 1;
export const PMUSERENR_CR = 1 << 2;
export const PMUSERENR_ER = 1 << 3;

const TWO32 = 2 ** 32;
const MASK64 = (1n << 64n) - 1n;

/** What an instruction counts for: classifyInstruction's result, a bit set. */
export const INSN_BRANCH = 1;
export const INSN_MEMORY = 2;

/**
 * BR_RETIRED / MEM_ACCESS class of an A64 instruction word (Arm ARM C4.1 encoding index):
 * branches are B/BL, B.cond, CBZ/CBNZ, TBZ/TBNZ and BR/BLR/RET/ERET; memory accesses are the
 * "Loads and Stores" class (op0 = x1x0) except the PRFM/PRFUM hints.
 */
export function classifyInstruction(w: number): number {
  if ((w & 0x7c00_0000) === 0x1400_0000) return INSN_BRANCH; // B, BL
  if ((w & 0xff00_0010) === 0x5400_0000) return INSN_BRANCH; // B.cond
  if ((w & 0x7c00_0000) === 0x3400_0000) return INSN_BRANCH; // CBZ/CBNZ, TBZ/TBNZ
  if ((w & 0xfe1f_0000) === (0xd61f_0000 | 0)) {
    const opc = (w >>> 21) & 0xf;
    return opc === 0 || opc === 1 || opc === 2 || opc === 4 ? INSN_BRANCH : 0; // BR, BLR, RET, ERET
  }
  if ((w & 0x0a00_0000) === 0x0800_0000) {
    if ((w & 0xff00_0000) === (0xd800_0000 | 0)) return 0; // PRFM (literal)
    if ((w & 0xffc0_0000) === (0xf980_0000 | 0)) return 0; // PRFM (unsigned offset)
    if ((w & 0xffe0_0c00) === (0xf8a0_0800 | 0)) return 0; // PRFM (register)
    if ((w & 0xffe0_0c00) === (0xf880_0000 | 0)) return 0; // PRFUM
    return INSN_MEMORY;
  }
  return 0;
}

/** Where events come from (by event number). */
const SRC_NONE = 0, SRC_INSN = 1, SRC_BR = 2, SRC_MEM = 3;
function sourceOf(evtyper: number): number {
  switch (evtyper & EVTCOUNT) {
    case PMU_EVENT.INST_RETIRED: case PMU_EVENT.CPU_CYCLES: return SRC_INSN;
    case PMU_EVENT.BR_RETIRED: return SRC_BR;
    case PMU_EVENT.MEM_ACCESS: return SRC_MEM;
    default: return SRC_NONE; // SW_INCR and CHAIN count by themselves; other events never
  }
}

/** What the PMU needs of its CPU. */
export interface PmuCpu {
  /** Instructions retired so far (the vCPU's icount). */
  retired(): number;
  /** The current exception level (0 or 1). */
  el(): number;
}

/** The PMU register names read()/write() accept, for the vCPU's system-register table. */
export const PMU_REGISTERS = [
  'PMCR_EL0', 'PMCNTENSET_EL0', 'PMCNTENCLR_EL0', 'PMOVSCLR_EL0', 'PMSWINC_EL0', 'PMSELR_EL0',
  'PMCEID0_EL0', 'PMCEID1_EL0', 'PMCCNTR_EL0', 'PMXEVTYPER_EL0', 'PMXEVCNTR_EL0', 'PMUSERENR_EL0',
  'PMINTENSET_EL1', 'PMINTENCLR_EL1', 'PMOVSSET_EL0', 'PMCCFILTR_EL0',
  ...Array.from({ length: PMU_COUNTERS }, (_, n) => `PMEVCNTR${n}_EL0`),
  ...Array.from({ length: PMU_COUNTERS }, (_, n) => `PMEVTYPER${n}_EL0`),
] as const;

interface PmuState {
  pmcr: number; cnten: number; inten: number; ovs: number; selr: number; userenr: number; ccfiltr: number;
  evtyper: number[]; cnt: number[]; mark: number[]; ccnt: string; ccMark: number;
  el: number; elBase: number; insn: number[]; br: number[]; mem: number[];
}

export class Pmu {
  private pmcr = PMCR_RESET;
  private cnten = 0;
  private inten = 0;
  private ovs = 0;
  private selr = 0;
  private userenr = 0;
  private ccfiltr = 0;
  private readonly evtyper = new Array<number>(PMU_COUNTERS).fill(0);
  /** Event counter values as of their marks (0..2^32-1). */
  private readonly cnt = new Array<number>(PMU_COUNTERS).fill(0);
  /** The filtered event total each counter was last brought up to date at. */
  private readonly mark = new Array<number>(PMU_COUNTERS).fill(0);
  private ccnt = 0n;
  private ccMark = 0;
  // Events per exception level: instructions (EL `el` has run since `elBase` on top of insn[el]),
  // branches and memory accesses (counted only while classifying).
  private el = 1;
  private elBase = 0;
  private readonly insn = [0, 0];
  private readonly br = [0, 0];
  private readonly mem = [0, 0];
  /** An instruction beginStep() classified that has not been seen to retire yet. */
  private pendingKind = 0;
  private pendingEl = 0;
  private pendingAt = 0;
  private level = false;
  /** A BR_RETIRED or MEM_ACCESS counter is counting: the machine classifies every instruction. */
  classifying = false;

  constructor(private readonly cpu: PmuCpu, private readonly line: IrqLine) {
    this.reset();
  }

  reset(): void {
    this.pmcr = PMCR_RESET;
    this.cnten = this.inten = this.ovs = this.selr = this.userenr = this.ccfiltr = 0;
    this.evtyper.fill(0); this.cnt.fill(0); this.mark.fill(0);
    this.ccnt = 0n; this.ccMark = 0;
    this.el = this.cpu.el(); this.elBase = this.cpu.retired();
    this.insn.fill(0); this.br.fill(0); this.mem.fill(0);
    this.pendingKind = 0;
    this.classifying = false;
    this.level = false;
    this.line.set(false);
  }

  /** PMUSERENR_EL0, for the EL0 access checks. */
  get userEnable(): number { return this.userenr; }

  /**
   * The CPU changed exception level (exception taken or returned from) when `at` instructions
   * had retired: the instructions since the last change belong to the EL it left.
   */
  exceptionLevelChanged(el: number, at: number): void {
    this.insn[this.el] += at - this.elBase;
    this.elBase = at;
    this.el = el;
  }

  /**
   * The machine is about to run one instruction of class `kind` (classifyInstruction) at the
   * current EL; it counts once it has retired (seen at the next beginStep or register access).
   */
  beginStep(kind: number): void {
    this.settle();
    this.pendingKind = kind;
    this.pendingEl = this.cpu.el();
    this.pendingAt = this.cpu.retired();
  }

  private settle(): void {
    if (this.pendingKind === 0) return;
    if (this.cpu.retired() > this.pendingAt) {
      if (this.pendingKind & INSN_BRANCH) this.br[this.pendingEl]++;
      if (this.pendingKind & INSN_MEMORY) this.mem[this.pendingEl]++;
    }
    this.pendingKind = 0;
  }

  // ---- lazy counting ----------------------------------------------------------------------------

  private insnAt(el: number): number {
    return this.insn[el] + (el === this.el ? this.cpu.retired() - this.elBase : 0);
  }

  /** Events of source `src` so far at the ELs `filter` lets through. */
  private total(src: number, filter: number): number {
    const at = (el: number): number => (src === SRC_INSN ? this.insnAt(el) : src === SRC_BR ? this.br[el] : this.mem[el]);
    return ((filter & FILTER_U) === 0 ? at(0) : 0) + ((filter & FILTER_P) === 0 ? at(1) : 0);
  }

  private counting(bitmask: number): boolean {
    return (this.pmcr & PMCR_E) !== 0 && (this.cnten & bitmask) !== 0;
  }

  /** Brings every counting counter up to date (overflow flags, CHAIN) and moves its mark. */
  private sync(): void {
    this.settle();
    const el = this.cpu.el();
    if (el !== this.el) this.exceptionLevelChanged(el, this.cpu.retired()); // (a change nobody reported)
    if ((this.pmcr & PMCR_E) === 0 || this.cnten === 0) return;
    for (let i = 0; i < PMU_COUNTERS; i++) {
      if (!this.counting(1 << i)) continue;
      const src = sourceOf(this.evtyper[i]);
      if (src === SRC_NONE) continue;
      const t = this.total(src, this.evtyper[i]);
      const d = t - this.mark[i];
      this.mark[i] = t;
      if (d > 0) this.add(i, d);
    }
    if (this.counting(CYCLE_BIT)) {
      const t = this.total(SRC_INSN, this.ccfiltr);
      // PMCR.D: one count every 64 cycles (QEMU divides the cycle count the same way).
      const d = (this.pmcr & PMCR_D) !== 0 ? Math.floor(t / 64) - Math.floor(this.ccMark / 64) : t - this.ccMark;
      this.ccMark = t;
      if (d > 0) this.addCycles(d);
    }
  }

  /** Moves every counter's mark to now (after a change of what or whether it counts). */
  private rebase(): void {
    let classify = false;
    for (let i = 0; i < PMU_COUNTERS; i++) {
      const src = sourceOf(this.evtyper[i]);
      this.mark[i] = src === SRC_NONE ? 0 : this.total(src, this.evtyper[i]);
      if ((src === SRC_BR || src === SRC_MEM) && this.counting(1 << i)) classify = true;
    }
    this.ccMark = this.total(SRC_INSN, this.ccfiltr);
    this.classifying = classify;
  }

  /** Adds `d` events to 32-bit counter i: a wrap sets its overflow flag and feeds a CHAIN counter above it. */
  private add(i: number, d: number): void {
    const v = this.cnt[i] + d;
    if (v < TWO32) { this.cnt[i] = v; return; }
    const wraps = Math.floor(v / TWO32);
    this.cnt[i] = v - wraps * TWO32;
    this.ovs = (this.ovs | (1 << i)) >>> 0;
    const odd = i + 1;
    if ((i & 1) === 0 && odd < PMU_COUNTERS && this.counting(1 << odd) && (this.evtyper[odd] & EVTCOUNT) === PMU_EVENT.CHAIN) {
      this.add(odd, wraps);
    }
  }

  /** Adds `d` cycles: PMCR.LC = 1 overflows at 2^64, LC = 0 when bit 31 goes from 1 to 0 (the counter stays 64-bit). */
  private addCycles(d: number): void {
    const old = this.ccnt, next = old + BigInt(d);
    const overflow = (this.pmcr & PMCR_LC) !== 0 ? next > MASK64 : (old & 0xffff_ffffn) + BigInt(d) >= 1n << 32n;
    if (overflow) this.ovs = (this.ovs | CYCLE_BIT) >>> 0;
    this.ccnt = next & MASK64;
  }

  private drive(): void {
    const level = (this.pmcr & PMCR_E) !== 0 && (this.ovs & this.inten) !== 0;
    if (level !== this.level) {
      this.level = level;
      this.line.set(level);
    }
  }

  /** Brings counters and overflow flags up to date and drives the interrupt line. */
  update(): void {
    this.sync();
    this.drive();
  }

  /**
   * Instructions that can retire before some counter overflows (each event source counts at most
   * one per instruction, so this is a lower bound): the machine ends the vCPU's slice there.
   * undefined when nothing counts toward an overflow. A count of instructions, not of time: the
   * WFI fast-forward, which skips time, must not aim at it.
   */
  instructionsToOverflow(): number | undefined {
    if ((this.pmcr & PMCR_E) === 0 || this.cnten === 0) return undefined;
    this.sync();
    let best: number | undefined;
    for (let i = 0; i < PMU_COUNTERS; i++) {
      if (!this.counting(1 << i) || sourceOf(this.evtyper[i]) === SRC_NONE) continue;
      const left = TWO32 - this.cnt[i];
      if (best === undefined || left < best) best = left;
    }
    if (this.counting(CYCLE_BIT)) {
      const need = (this.pmcr & PMCR_LC) !== 0 ? (1n << 64n) - this.ccnt : (1n << 32n) - (this.ccnt & 0xffff_ffffn);
      if (need <= BigInt(Math.floor(Number.MAX_SAFE_INTEGER / 128))) {
        let left = Number(need);
        if ((this.pmcr & PMCR_D) !== 0) {
          const t = this.total(SRC_INSN, this.ccfiltr);
          left = (Math.floor(t / 64) + left) * 64 - t;
        }
        if (best === undefined || left < best) best = left;
      }
    }
    return best;
  }

  // ---- registers --------------------------------------------------------------------------------

  /** MRS: the register's value, or undefined if it is not a PMU register (UNDEFINED). */
  read(name: string): bigint | undefined {
    this.sync();
    switch (name) {
      case 'PMCR_EL0': return BigInt(this.pmcr);
      case 'PMCNTENSET_EL0': case 'PMCNTENCLR_EL0': return BigInt(this.cnten);
      case 'PMINTENSET_EL1': case 'PMINTENCLR_EL1': return BigInt(this.inten);
      case 'PMOVSSET_EL0': case 'PMOVSCLR_EL0': return BigInt(this.ovs);
      case 'PMSELR_EL0': return BigInt(this.selr);
      case 'PMUSERENR_EL0': return BigInt(this.userenr);
      case 'PMCEID0_EL0': return BigInt(PMCEID0);
      case 'PMCEID1_EL0': return BigInt(PMCEID1);
      case 'PMCCNTR_EL0': return this.ccnt;
      case 'PMCCFILTR_EL0': return BigInt(this.ccfiltr);
      case 'PMXEVTYPER_EL0':
        // PMSELR.SEL = 31 selects PMCCFILTR; a SEL with no counter reads as zero (QEMU's choice
        // for this CONSTRAINED UNPREDICTABLE case), as does PMXEVCNTR with SEL = 31.
        return BigInt(this.selr === 31 ? this.ccfiltr : this.selr < PMU_COUNTERS ? this.evtyper[this.selr] : 0);
      case 'PMXEVCNTR_EL0': return BigInt(this.selr < PMU_COUNTERS ? this.cnt[this.selr] : 0);
    }
    const n = counterNumber(name);
    if (n === undefined) return undefined;
    return BigInt(name.startsWith('PMEVCNTR') ? this.cnt[n] : this.evtyper[n]);
  }

  /** MSR: false if this is not a writable PMU register (UNDEFINED). */
  write(name: string, value: bigint): boolean {
    const lo = Number(value & 0xffff_ffffn);
    this.sync();
    switch (name) {
      case 'PMCR_EL0':
        if (lo & PMCR_C) this.ccnt = 0n;
        if (lo & PMCR_P) this.cnt.fill(0); // event counters only, not the cycle counter
        this.pmcr = (this.pmcr & ~PMCR_WRITABLE) | (lo & PMCR_WRITABLE);
        break;
      case 'PMCNTENSET_EL0': this.cnten = (this.cnten | (lo & COUNTER_BITS)) >>> 0; break;
      case 'PMCNTENCLR_EL0': this.cnten = (this.cnten & ~lo) >>> 0; break;
      case 'PMINTENSET_EL1': this.inten = (this.inten | (lo & COUNTER_BITS)) >>> 0; break;
      case 'PMINTENCLR_EL1': this.inten = (this.inten & ~lo) >>> 0; break;
      case 'PMOVSSET_EL0': this.ovs = (this.ovs | (lo & COUNTER_BITS)) >>> 0; break;
      case 'PMOVSCLR_EL0': this.ovs = (this.ovs & ~lo) >>> 0; break;
      case 'PMSELR_EL0': this.selr = lo & 0x1f; break;
      case 'PMUSERENR_EL0': this.userenr = lo & 0xf; break;
      case 'PMSWINC_EL0': this.softwareIncrement(lo); break;
      case 'PMCCNTR_EL0': this.ccnt = value & MASK64; break;
      case 'PMCCFILTR_EL0': this.ccfiltr = (lo & CCFILTR_MASK) >>> 0; break;
      case 'PMXEVTYPER_EL0':
        if (this.selr === 31) this.ccfiltr = (lo & CCFILTR_MASK) >>> 0;
        else if (this.selr < PMU_COUNTERS) this.evtyper[this.selr] = (lo & EVTYPER_MASK) >>> 0;
        break;
      case 'PMXEVCNTR_EL0':
        if (this.selr < PMU_COUNTERS) this.cnt[this.selr] = lo >>> 0;
        break;
      default: {
        const n = counterNumber(name);
        if (n === undefined) return false; // PMCEID0/1 (read-only), unknown
        if (name.startsWith('PMEVCNTR')) this.cnt[n] = lo >>> 0;
        else this.evtyper[n] = (lo & EVTYPER_MASK) >>> 0;
      }
    }
    this.rebase();
    this.drive();
    return true;
  }

  /**
   * PMSWINC_EL0: each counter whose bit is set, that counts SW_INCR and is enabled and not
   * filtered out at the current EL, increments (QEMU 7.2 and the Arm ARM alike).
   */
  private softwareIncrement(bits: number): void {
    const el = this.cpu.el();
    for (let i = 0; i < PMU_COUNTERS; i++) {
      if ((bits & (1 << i)) === 0 || !this.counting(1 << i)) continue;
      const f = this.evtyper[i];
      if ((f & EVTCOUNT) !== PMU_EVENT.SW_INCR || (f & (el === 0 ? FILTER_U : FILTER_P)) !== 0) continue;
      this.add(i, 1);
    }
  }

  // ---- snapshots --------------------------------------------------------------------------------

  save(): unknown {
    this.sync();
    const s: PmuState = {
      pmcr: this.pmcr, cnten: this.cnten, inten: this.inten, ovs: this.ovs, selr: this.selr, userenr: this.userenr,
      ccfiltr: this.ccfiltr, evtyper: [...this.evtyper], cnt: [...this.cnt], mark: [...this.mark],
      ccnt: this.ccnt.toString(16), ccMark: this.ccMark,
      el: this.el, elBase: this.elBase, insn: [...this.insn], br: [...this.br], mem: [...this.mem],
    };
    return s;
  }

  /**
   * Takes back what save() produced (with the vCPU's state of the same moment: the counts go on
   * from its retired instructions) and re-drives the interrupt line. A damaged state is refused with a
   * SnapshotError before anything changes.
   */
  restore(state: unknown): void {
    const who = 'pmu';
    const s = stateObject(state, who);
    const big = Number.MAX_SAFE_INTEGER;
    const pmcr = stateInt(s, 'pmcr', 0xffff, who);
    if ((pmcr & ~PMCR_WRITABLE) !== PMCR_RESET) throw new SnapshotError(`${who} restore: pmcr 0x${pmcr.toString(16)} has read-only bits other than this PMU's (0x${PMCR_RESET.toString(16)})`);
    const bits = (key: string, mask: number): number => {
      const v = stateInt(s, key, 0xffff_ffff, who);
      if ((v & ~mask) !== 0) throw new SnapshotError(`${who} restore: ${key} 0x${v.toString(16)} has bits outside 0x${mask.toString(16)}`);
      return v;
    };
    const cnten = bits('cnten', COUNTER_BITS), inten = bits('inten', COUNTER_BITS), ovs = bits('ovs', COUNTER_BITS);
    const selr = stateInt(s, 'selr', 0x1f, who), userenr = stateInt(s, 'userenr', 0xf, who);
    const ccfiltr = bits('ccfiltr', CCFILTR_MASK);
    const evtyper = stateInts(s, 'evtyper', 0xffff_ffff, who, PMU_COUNTERS);
    evtyper.forEach((v, i) => { if ((v & ~EVTYPER_MASK) !== 0) throw new SnapshotError(`${who} restore: evtyper[${i}] 0x${v.toString(16)} has bits outside 0x${EVTYPER_MASK.toString(16)}`); });
    const cnt = stateInts(s, 'cnt', 0xffff_ffff, who, PMU_COUNTERS);
    const mark = stateInts(s, 'mark', big, who, PMU_COUNTERS);
    const ccnt = s.ccnt;
    if (typeof ccnt !== 'string' || !/^[0-9a-f]{1,16}$/.test(ccnt)) {
      throw new SnapshotError(`${who} restore: ccnt must be 1 to 16 lower-case hex digits (got ${showState(ccnt)})`);
    }
    const ccMark = stateInt(s, 'ccMark', big, who);
    const el = stateInt(s, 'el', 1, who);
    const elBase = stateInt(s, 'elBase', big, who);
    const insn = stateInts(s, 'insn', big, who, 2), br = stateInts(s, 'br', big, who, 2), mem = stateInts(s, 'mem', big, who, 2);
    this.pmcr = pmcr; this.cnten = cnten; this.inten = inten; this.ovs = ovs; this.selr = selr; this.userenr = userenr;
    this.ccfiltr = ccfiltr;
    for (let i = 0; i < PMU_COUNTERS; i++) { this.evtyper[i] = evtyper[i]; this.cnt[i] = cnt[i]; this.mark[i] = mark[i]; }
    this.ccnt = BigInt('0x' + ccnt); this.ccMark = ccMark;
    this.el = el; this.elBase = elBase;
    for (let k = 0; k < 2; k++) { this.insn[k] = insn[k]; this.br[k] = br[k]; this.mem[k] = mem[k]; }
    this.pendingKind = 0;
    this.classifying = false;
    for (let i = 0; i < PMU_COUNTERS; i++) {
      const src = sourceOf(this.evtyper[i]);
      if ((src === SRC_BR || src === SRC_MEM) && this.counting(1 << i)) this.classifying = true;
    }
    this.level = (this.pmcr & PMCR_E) !== 0 && (this.ovs & this.inten) !== 0;
    this.line.set(this.level);
  }
}

/** n of PMEVCNTR<n>_EL0 / PMEVTYPER<n>_EL0 (n < N), else undefined. */
function counterNumber(name: string): number | undefined {
  const m = /^PMEV(?:CNTR|TYPER)(\d+)_EL0$/.exec(name);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n < PMU_COUNTERS ? n : undefined;
}
