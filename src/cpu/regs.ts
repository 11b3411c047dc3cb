// vCPU register file layout, as Int32 indices into the vCPU's REGFILE_BYTES block of the shared
// memory (src/memory/layout.ts). Every 64-bit value is two int32 halves, low half first, each
// kept normalised to int32 (`| 0`) so `===` comparisons and typed-array stores stay exact.
//
//   index      slot            meaning
//   0..61      X0..X30         general registers, lo at 2n, hi at 2n+1
//   62,63      ZR              register 31 read as zero: never written
//   64,65      DISCARD         register 31 written as zero register: writes land here, unread
//   66,67      SP              the stack pointer selected by PSTATE.SPSel (SP_EL0 or SP_ELx)
//   68,69      PC
//   70         NZCV            condition flags packed N=8 Z=4 C=2 V=1 (interp keeps it in a local)
//   71..73     software step   PSTATE.SS and its pending state (src/cpu/guest-debug.ts)
//   74..       PSTATE, banked SPs, exclusive monitor, the EL1 registers the MMU reads, below
//   256..383   V0..V31         SIMD&FP registers, 16 bytes each (the FP/SIMD executors, simd-*.ts)
//   400..1023  other system registers, allocated in table order by src/cpu/sysregs.ts
//
// Decoded instructions store "slot indices" (the int32 index of the low half), chosen at decode
// time, so the interpreter never tests for register 31: reads of XZR read the ZR slot, writes to
// XZR go to DISCARD, and SP-using encodings name the SP slot.

/** X30, the link register: a call's return address. */
export const X30 = 60;
export const ZR = 62;
export const DISCARD = 64;
export const SP = 66;
export const PC = 68;
export const NZCV = 70;
export const FLAG_N = 8;
export const FLAG_Z = 4;
export const FLAG_C = 2;
export const FLAG_V = 1;

// PSTATE fields other than NZCV.
export const DAIF = 74; // bits 9:6 as in the DAIF register (D=9, A=8, I=7, F=6)
export const SPSEL = 75; // 0: SP_EL0, 1: SP_ELx
export const CUREL = 76; // exception level 0..1
// Software step (src/cpu/guest-debug.ts): PSTATE.SS (0/1); the syndrome of a step exception
// due after a stepped instruction completed (ISV | EX << 1, 0 = none); and 1 while a stepped
// instruction has exited to the hypervisor, which completes it (MMIO, semihosting).
export const PSTATE_SS = 71;
export const STEP_SYN = 72;
export const STEP_EXIT = 73;

// Banked stack pointers: the one not selected lives here; the selected one lives in SP.
export const SP_EL0 = 78; // lo, hi
export const SP_EL1 = 80; // lo, hi

export const FPCR = 82;
export const FPSR = 83;
export const TPIDR_EL0 = 84; // lo, hi
export const TPIDRRO_EL0 = 86;
export const TPIDR_EL1 = 88;
export const CPACR_EL1 = 98;

// Exclusive monitor, modelled as QEMU does: the address and the value the load-exclusive saw;
// a store-exclusive succeeds only if its address matches and memory still holds that value.
export const EXCL_VALID = 90;
export const EXCL_ADDR = 92; // lo, hi
export const EXCL_VAL = 94; // lo, hi (first register)
export const EXCL_VAL2 = 96; // lo, hi (second register of a pair)

// EL1 system registers the interpreter and MMU read directly (64-bit: lo, hi).
export const SCTLR_EL1 = 100;
export const TCR_EL1 = 102;
export const TTBR0_EL1 = 104;
export const TTBR1_EL1 = 106;
export const MAIR_EL1 = 108;
export const VBAR_EL1 = 110;
export const ELR_EL1 = 112;
export const SPSR_EL1 = 114;
export const ESR_EL1 = 116;
export const FAR_EL1 = 118;
export const PAR_EL1 = 120;
export const CONTEXTIDR_EL1 = 122;
export const CNTKCTL_EL1 = 124;
export const CSSELR_EL1 = 126;

export const VREGS = 256; // 256..383

/** Other system registers get storage from here on, in table order (src/cpu/sysregs.ts). */
export const SYSREG_STORE = 400;
export const SYSREG_STORE_END = 1024;

/** Register n where 31 means the zero register, for reading. */
export function rzr(n: number): number {
  return n === 31 ? ZR : n * 2;
}
/** Register n where 31 means the zero register, for writing. */
export function wzr(n: number): number {
  return n === 31 ? DISCARD : n * 2;
}
/** Register n where 31 means SP (reading or writing). */
export function rsp(n: number): number {
  return n === 31 ? SP : n * 2;
}
