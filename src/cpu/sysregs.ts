// System registers the vCPU implements itself (no exit). Each is named by its MRS/MSR
// encoding key op0:op1:CRn:CRm:op2; the decoder turns a key into a small id the interpreter
// switches on. An encoding that is not here traps out as EC 0x18 (src/hyp/syndrome.ts).

import { NZCV, DAIF, SPSEL, CUREL, SP, SP_EL0, SP_EL1, FPCR, FPSR, TPIDR_EL0, TPIDRRO_EL0, TPIDR_EL1, CPACR_EL1 } from './regs.ts';

export const enum SysId {
  NZCV = 1,
  DAIF_REG,
  SPSEL_REG,
  CURRENT_EL,
  FPCR_REG,
  FPSR_REG,
  TPIDR_EL0_REG,
  TPIDRRO_EL0_REG,
  CPACR_EL1_REG,
  TPIDR_EL1_REG,
  SP_EL0_REG,
  DCZID_EL0_REG,
}

export function sysKey(op0: number, op1: number, crn: number, crm: number, op2: number): number {
  return (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

interface SysRegDef { name: string; key: number; id: SysId; readOnly?: boolean }

export const SYSREGS: readonly SysRegDef[] = [
  { name: 'NZCV', key: sysKey(3, 3, 4, 2, 0), id: SysId.NZCV },
  { name: 'DAIF', key: sysKey(3, 3, 4, 2, 1), id: SysId.DAIF_REG },
  { name: 'SPSel', key: sysKey(3, 0, 4, 2, 0), id: SysId.SPSEL_REG },
  { name: 'CurrentEL', key: sysKey(3, 0, 4, 2, 2), id: SysId.CURRENT_EL, readOnly: true },
  { name: 'FPCR', key: sysKey(3, 3, 4, 4, 0), id: SysId.FPCR_REG },
  { name: 'FPSR', key: sysKey(3, 3, 4, 4, 1), id: SysId.FPSR_REG },
  { name: 'TPIDR_EL0', key: sysKey(3, 3, 13, 0, 2), id: SysId.TPIDR_EL0_REG },
  { name: 'TPIDRRO_EL0', key: sysKey(3, 3, 13, 0, 3), id: SysId.TPIDRRO_EL0_REG },
  { name: 'TPIDR_EL1', key: sysKey(3, 0, 13, 0, 4), id: SysId.TPIDR_EL1_REG },
  { name: 'CPACR_EL1', key: sysKey(3, 0, 1, 0, 2), id: SysId.CPACR_EL1_REG },
  { name: 'SP_EL0', key: sysKey(3, 0, 4, 1, 0), id: SysId.SP_EL0_REG },
  { name: 'DCZID_EL0', key: sysKey(3, 3, 0, 0, 7), id: SysId.DCZID_EL0_REG, readOnly: true },
];

/** Which reads and writes are UNDEFINED in the current state (beyond readOnly). */
export function sysregUndefined(r: Int32Array, id: number): boolean {
  // SP_EL0 is reachable through MSR/MRS only while SP_ELx is the selected stack pointer.
  return id === SysId.SP_EL0_REG && r[SPSEL] === 0;
}

const BY_KEY = new Map<number, SysRegDef>(SYSREGS.map((d) => [d.key, d]));

export function lookupSysreg(key: number): SysRegDef | undefined {
  return BY_KEY.get(key);
}

// FPCR/FPSR bits that read back, as measured on QEMU 7.2 (cortex-a57, no FP16): FPCR keeps
// AHP, DN, FZ, RMode and the AArch32 Stride/Len fields (trap enables read as zero); FPSR keeps
// NZCV, QC and the cumulative flags IDC, IXC, UFC, OFC, DZC, IOC.
const FPCR_MASK = 0x07f70000;
const FPSR_MASK = 0xf800009f | 0;

let outLo = 0;
let outHi = 0;
export function sysLo(): number { return outLo; }
export function sysHi(): number { return outHi; }

/** Reads system register `id` into sysLo()/sysHi(). */
export function readSysreg(r: Int32Array, id: number): void {
  outHi = 0;
  switch (id) {
    case SysId.NZCV: outLo = r[NZCV] << 28; break;
    case SysId.DAIF_REG: outLo = r[DAIF]; break;
    case SysId.SPSEL_REG: outLo = r[SPSEL]; break;
    case SysId.CURRENT_EL: outLo = r[CUREL] << 2; break;
    case SysId.FPCR_REG: outLo = r[FPCR]; break;
    case SysId.FPSR_REG: outLo = r[FPSR]; break;
    case SysId.TPIDR_EL0_REG: outLo = r[TPIDR_EL0]; outHi = r[TPIDR_EL0 + 1]; break;
    case SysId.TPIDRRO_EL0_REG: outLo = r[TPIDRRO_EL0]; outHi = r[TPIDRRO_EL0 + 1]; break;
    case SysId.TPIDR_EL1_REG: outLo = r[TPIDR_EL1]; outHi = r[TPIDR_EL1 + 1]; break;
    case SysId.CPACR_EL1_REG: outLo = r[CPACR_EL1]; break;
    case SysId.SP_EL0_REG: outLo = r[SP_EL0]; outHi = r[SP_EL0 + 1]; break;
    case SysId.DCZID_EL0_REG: outLo = 4; break; // 64-byte blocks, DC ZVA permitted
    default: outLo = 0;
  }
}

/** Switches the live SP between SP_EL0 and SP_EL1 when PSTATE.SPSel changes. */
export function selectSp(r: Int32Array, spsel: number): void {
  const cur = r[SPSEL];
  if (cur === spsel) return;
  const from = cur ? SP_EL1 : SP_EL0;
  const to = spsel ? SP_EL1 : SP_EL0;
  r[from] = r[SP];
  r[from + 1] = r[SP + 1];
  r[SP] = r[to];
  r[SP + 1] = r[to + 1];
  r[SPSEL] = spsel;
}

/** Writes system register `id`; returns false if the write is not allowed (UNDEFINED). */
export function writeSysreg(r: Int32Array, id: number, lo: number, hi: number): boolean {
  switch (id) {
    case SysId.NZCV:
      r[NZCV] = (lo >>> 28) & 15;
      return true;
    case SysId.DAIF_REG: r[DAIF] = lo & 0x3c0; return true;
    case SysId.SPSEL_REG: selectSp(r, lo & 1); return true;
    case SysId.FPCR_REG: r[FPCR] = lo & FPCR_MASK; return true;
    case SysId.FPSR_REG: r[FPSR] = lo & FPSR_MASK; return true;
    case SysId.TPIDR_EL0_REG: r[TPIDR_EL0] = lo; r[TPIDR_EL0 + 1] = hi; return true;
    case SysId.TPIDRRO_EL0_REG:
      if (r[CUREL] === 0) return false;
      r[TPIDRRO_EL0] = lo; r[TPIDRRO_EL0 + 1] = hi; return true;
    case SysId.TPIDR_EL1_REG: r[TPIDR_EL1] = lo; r[TPIDR_EL1 + 1] = hi; return true;
    case SysId.CPACR_EL1_REG: r[CPACR_EL1] = lo & 0x00300000; return true; // FPEN only (no SVE, no TTA)
    case SysId.SP_EL0_REG: r[SP_EL0] = lo; r[SP_EL0 + 1] = hi; return true;
    default: return false;
  }
}

// PSTATE fields written by MSR (immediate); the decoder maps op1:op2 to these.
export const enum PstateField { SPSEL = 1, DAIFSET, DAIFCLR }

export function writePstateField(r: Int32Array, field: number, imm: number): void {
  switch (field) {
    case PstateField.SPSEL: selectSp(r, imm & 1); break;
    case PstateField.DAIFSET: r[DAIF] |= (imm & 0xf) << 6; break;
    case PstateField.DAIFCLR: r[DAIF] &= ~((imm & 0xf) << 6); break;
  }
}
