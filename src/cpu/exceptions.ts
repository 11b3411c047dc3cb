// Taking exceptions to EL1 and returning from them (Arm ARM D1.10, AArch64 only: there is no
// EL2/EL3 for the guest to see — what would go there comes out of the vCPU as an exit).

import { NZCV, DAIF, SPSEL, CUREL, PC, SPSR_EL1, ELR_EL1, ESR_EL1, FAR_EL1, VBAR_EL1, EXCL_VALID, PSTATE_SS, STEP_SYN } from './regs.ts';
import { switchSp } from './sysregs.ts';

export const VECTOR_SYNC = 0x000;
export const VECTOR_IRQ = 0x080;
export const VECTOR_FIQ = 0x100;
export const VECTOR_SERROR = 0x180;

/** SPSR view of the current PSTATE (AArch64: M[4] = 0, M[3:0] = EL << 2 | SPSel; SS bit 21). */
export function currentSpsr(r: Int32Array): number {
  return ((r[NZCV] << 28) | (r[PSTATE_SS] << 21) | r[DAIF] | (r[CUREL] << 2) | r[SPSEL]) | 0;
}

/**
 * Takes an exception to EL1: saves PSTATE and the return address, masks DAIF, selects SP_EL1 and
 * jumps to the vector. `esr` is written for synchronous exceptions and SError (pass -1 for
 * IRQ/FIQ, which leave ESR_EL1 alone); FAR_EL1 is written when `setFar`.
 */
export function takeException(r: Int32Array, vector: number, esr: number, retLo: number, retHi: number,
  setFar: boolean, farLo: number, farHi: number): void {
  const fromEl = r[CUREL];
  r[SPSR_EL1] = currentSpsr(r);
  r[SPSR_EL1 + 1] = 0;
  r[ELR_EL1] = retLo;
  r[ELR_EL1 + 1] = retHi;
  if (esr !== -1) { r[ESR_EL1] = esr; r[ESR_EL1 + 1] = 0; }
  if (setFar) { r[FAR_EL1] = farLo; r[FAR_EL1 + 1] = farHi; }
  // Vector group: current EL with SP_EL0, current EL with SP_ELx, lower EL (AArch64).
  const group = fromEl === 0 ? 0x400 : r[SPSEL] === 0 ? 0x000 : 0x200;
  r[DAIF] = 0x3c0;
  switchSp(r, 1, 1);
  r[EXCL_VALID] = 0;
  r[PSTATE_SS] = 0; // saved in SPSR_EL1.SS; software step is inactive at EL1 with PSTATE.D set
  r[STEP_SYN] = 0;
  const target = (r[VBAR_EL1] >>> 0) + group + vector; // VBAR is 2 KiB aligned: no carry out
  r[PC] = target | 0;
  r[PC + 1] = r[VBAR_EL1 + 1];
}

/** ESR value: EC, IL = 1 (32-bit instruction), ISS. */
export function esrOf(ec: number, iss: number): number {
  return ((ec << 26) | (1 << 25) | (iss & 0x1ffffff)) | 0;
}

/**
 * ERET from EL1: restores PSTATE from SPSR_EL1 and jumps to ELR_EL1. A return to an EL that
 * does not exist here or to AArch32 is an illegal exception return: PSTATE.IL would be set and
 * the PE stays at EL1; we keep the current mode and only take the PC. PSTATE.SS gets SPSR.SS
 * here; the caller clears it unless software step is active at the target and was not at the
 * source (Arm ARM DebugExceptionReturnSS; VCpu's ERET).
 */
export function exceptionReturn(r: Int32Array): void {
  const spsr = r[SPSR_EL1];
  const m = spsr & 0x1f;
  r[PC] = r[ELR_EL1];
  r[PC + 1] = r[ELR_EL1 + 1];
  r[EXCL_VALID] = 0;
  r[PSTATE_SS] = (spsr >>> 21) & 1;
  if (m !== 0b00000 && m !== 0b00100 && m !== 0b00101) return; // illegal return
  r[NZCV] = (spsr >>> 28) & 15;
  r[DAIF] = spsr & 0x3c0;
  switchSp(r, (m >> 2) & 3, m & 1);
}

/** PC += 4 in the register file. */
export function advancePc(r: Int32Array): void {
  const lo = (r[PC] >>> 0) + 4;
  r[PC] = lo | 0;
  if (lo > 0xffffffff) r[PC + 1] = (r[PC + 1] + 1) | 0;
}
