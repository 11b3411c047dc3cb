// ESR_EL2-style exception classes (Arm ARM, ESR_ELx.EC) that a vCPU exit can carry, and the
// fields of an exit. The trap layer (src/hyp/trap.ts) dispatches on `ec`.

export const EC_UNKNOWN = 0x00; // UNDEFINED instruction (the exit carries the encoding)
export const EC_WFX = 0x01; // WFI (ISS bit 0 = 0) / WFE (ISS bit 0 = 1)
export const EC_FP_ACCESS = 0x07;
export const EC_SVC64 = 0x15;
export const EC_HVC64 = 0x16;
export const EC_SMC64 = 0x17;
export const EC_SYS64 = 0x18; // trapped MSR, MRS or SYS instruction
export const EC_IABT_LOW = 0x20;
export const EC_IABT_CUR = 0x21;
export const EC_PC_ALIGN = 0x22;
export const EC_DABT_LOW = 0x24; // stage-2 data abort: MMIO (ISV, SAS, SSE, SRT, SF, WnR)
export const EC_DABT_CUR = 0x25;
export const EC_SP_ALIGN = 0x26;
export const EC_BREAKPOINT = 0x30;
export const EC_SOFTSTEP = 0x32;
export const EC_WATCHPOINT = 0x34;
export const EC_BRK64 = 0x3c;
/** Not architectural: an `HLT` instruction (semihosting uses `HLT #0xF000`); ISS = imm16. */
export const EC_HLT = 0x3f;
/**
 * Not architectural: a timer or GIC system register was written (already done, PC advanced);
 * the machine re-evaluates interrupt lines and timer deadlines and resumes.
 */
export const EC_SYSREG_CHANGED = 0x3e;

const NAMES: Record<number, string> = {
  [EC_UNKNOWN]: 'UNKNOWN', [EC_WFX]: 'WFx', [EC_FP_ACCESS]: 'FP_ACCESS', [EC_SVC64]: 'SVC64',
  [EC_HVC64]: 'HVC64', [EC_SMC64]: 'SMC64', [EC_SYS64]: 'SYS64', [EC_IABT_LOW]: 'IABT_LOW',
  [EC_IABT_CUR]: 'IABT_CUR', [EC_PC_ALIGN]: 'PC_ALIGN', [EC_DABT_LOW]: 'DABT_LOW',
  [EC_DABT_CUR]: 'DABT_CUR', [EC_SP_ALIGN]: 'SP_ALIGN', [EC_BREAKPOINT]: 'BREAKPOINT',
  [EC_SOFTSTEP]: 'SOFTSTEP', [EC_WATCHPOINT]: 'WATCHPOINT', [EC_BRK64]: 'BRK64', [EC_HLT]: 'HLT',
  [EC_SYSREG_CHANGED]: 'SYSREG_CHANGED',
};

export function ecName(ec: number): string {
  return NAMES[ec] ?? `EC_${ec.toString(16)}`;
}

// Data abort ISS fields.
export const ISS_ISV = 1 << 24;
export const issSas = (iss: number): number => (iss >>> 22) & 3;
export const issSse = (iss: number): boolean => (iss & (1 << 21)) !== 0;
export const issSrt = (iss: number): number => (iss >>> 16) & 31;
export const issSf = (iss: number): boolean => (iss & (1 << 15)) !== 0;
export const issWnR = (iss: number): boolean => (iss & (1 << 6)) !== 0;
export const DFSC_ALIGNMENT = 0x21;
/** DFSC/IFSC: Synchronous External abort, not on a translation table walk. */
export const FSC_EXTERNAL_ABORT = 0x10;

/** What a vCPU reports when it stops for the hypervisor. */
export interface Exit {
  ec: number;
  iss: number;
  /** Faulting virtual address (data/instruction aborts, watchpoints). */
  far: bigint;
  /** The instruction's encoding, where the exit came from one instruction. */
  insn: number;
  /** PC of the instruction that caused the exit. */
  pc: bigint;
}
