// FP/SIMD loads and stores, moves, integer vector operations (A64 FP/SIMD). Records come from the lines in this file's table
// (src/cpu/decode-table.ts appends them); the interpreter calls execSimdInt() for Op.SIMD_INT
// after the CPACR_EL1.FPEN check.

import type { PatternLine } from './decoder.ts';
import type { VCpu } from './vcpu.ts';

export const SIMD_INT_TABLE: readonly PatternLine[] = [];

/** Executes one decoded record; returns a run status (DONE, FAULT...). */
export function execSimdInt(cpu: VCpu, _page: Int32Array, _i: number): number {
  return cpu.undefinedInstruction();
}
