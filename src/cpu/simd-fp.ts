// floating-point arithmetic, compares and conversions (A64 FP/SIMD). Records come from the lines in this file's table
// (src/cpu/decode-table.ts appends them); the interpreter calls execSimdFp() for Op.SIMD_FP
// after the CPACR_EL1.FPEN check.

import type { PatternLine } from './decoder.ts';
import type { VCpu } from './vcpu.ts';

export const SIMD_FP_TABLE: readonly PatternLine[] = [];

/** Executes one decoded record; returns a run status (DONE, FAULT...). */
export function execSimdFp(cpu: VCpu, _page: Int32Array, _i: number): number {
  return cpu.undefinedInstruction();
}
