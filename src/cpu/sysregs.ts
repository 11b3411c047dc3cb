// System registers (MRS/MSR), one line per register. Each is named by its encoding key
// op0:op1:CRn:CRm:op2; the decoder turns the key into an index into SYSREGS that the
// interpreter uses at run time. Kinds:
//   store    plain storage in the register file (masked on write)
//   const    a constant (ID registers)
//   special  behaviour in readSysreg/writeSysreg below (PSTATE views, OSLAR, CCSIDR...)
//   ext      owned by a device outside the vCPU: the generic timer, the GICv3 CPU interface
// An encoding that is in no line traps out (EC 0x18) so the host logs it; the ID register
// space op0=3 op1=0 CRn=0 CRm=1..7 reads as zero (the architecture reserves it RAZ).
//
// The ID registers advertise exactly what this vCPU implements (src/README.md, "CPU models"):
// AArch64 only at EL0/EL1, no EL2/EL3, FP and AdvSIMD, CSV2/CSV3 (no Spectre/Meltdown
// work-arounds needed), 4 KiB granule, 16-bit ASIDs, 44-bit PA, PMUv3 (src/devices/pmu.ts), no
// PAN, PAuth, SVE, MTE, BTI, RAS or LOR; and the optional instruction-set features of the CPU model
// (src/cpu/features.ts) that the decoder executes: ID_AA64ISAR0/ISAR1/PFR0 come from
// idRegisters(). MIDR implementer 0x00 (software) so no errata apply.

import {
  NZCV, DAIF, SPSEL, CUREL, SP, SP_EL0, SP_EL1, FPCR, FPSR, TPIDR_EL0, TPIDRRO_EL0, TPIDR_EL1, CPACR_EL1,
  SCTLR_EL1, TCR_EL1, TTBR0_EL1, TTBR1_EL1, MAIR_EL1, VBAR_EL1, ELR_EL1, SPSR_EL1, ESR_EL1, FAR_EL1,
  PAR_EL1, CONTEXTIDR_EL1, CNTKCTL_EL1, CSSELR_EL1, SYSREG_STORE, SYSREG_STORE_END,
} from './regs.ts';
import type { Feature } from './features.ts';

export function sysKey(op0: number, op1: number, crn: number, crm: number, op2: number): number {
  return (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

/** Who may access a register from EL0 (EL1 may access everything listed). */
export type El0Rule = 'none' | 'rw' | 'ro' | 'uma' | 'uct' | 'cntpct' | 'cntvct' | 'cntfrq' | 'cntv' | 'cntp' | 'fp'
  // PMUSERENR_EL0: EN; EN or ER (PMSELR); EN, or CR for reads (PMCCNTR); EN, or ER for reads
  // (PMEVCNTR, PMXEVCNTR); EN or SW (PMSWINC)
  | 'pmu' | 'pmusel' | 'pmucr' | 'pmuer' | 'pmusw';

export type SysKind =
  | { k: 'store'; slot: number; mask?: [number, number] }
  | { k: 'const'; lo: number; hi: number }
  | { k: 'special' }
  | { k: 'ext' };

export interface SysRegDef {
  name: string;
  key: number;
  kind: SysKind;
  el0: El0Rule;
  readOnly: boolean;
  writeOnly: boolean;
  /** A write changes translation (SCTLR, TCR, TTBRx, MAIR): the TLB must not keep old results. */
  mmu: boolean;
}

// ---- the table ------------------------------------------------------------------------------

const DEFS: SysRegDef[] = [];
let nextSlot = SYSREG_STORE;

interface Opts { el0?: El0Rule; ro?: boolean; wo?: boolean; mmu?: boolean; mask?: [number, number] }

function def(name: string, k: [number, number, number, number, number], kind: SysKind | 'store' | number, o: Opts = {}): void {
  let resolved: SysKind;
  if (kind === 'store') {
    if (nextSlot + 2 > SYSREG_STORE_END) throw new Error('system register storage exhausted');
    resolved = { k: 'store', slot: nextSlot, mask: o.mask };
    nextSlot += 2;
  } else if (typeof kind === 'number') resolved = { k: 'store', slot: kind, mask: o.mask };
  else resolved = kind;
  DEFS.push({
    name, key: sysKey(...k), kind: resolved, el0: o.el0 ?? 'none', readOnly: o.ro ?? false,
    writeOnly: o.wo ?? false, mmu: o.mmu ?? false,
  });
}
const C = (lo: number, hi = 0): SysKind => ({ k: 'const', lo: lo | 0, hi: hi | 0 });
const SPECIAL: SysKind = { k: 'special' };
const EXT: SysKind = { k: 'ext' };

// Identification. ID_AA64PFR0's GIC field is patched per machine (GICv3 system registers).
export const MIDR = 0x000f0510; // implementer 0x00, architecture 0xf, part 0x051, revision 0
export const ID_AA64PFR0 = {
  lo: 0x0000_0011, // EL0 = EL1 = AArch64 only; FP = AdvSIMD = 0 (implemented; 1 with FEAT_FP16, see idRegisters)
  hi: 0x1300_0000, // CSV2 = 3 (FEAT_CSV2_3: no branch-target or branch-history leaks), CSV3 = 1
};
export const GIC_FIELD_SYSREGS = 1 << 24;

/** The feature-dependent ID register values of one vCPU (halves: [low word, high word]). */
export interface IdRegisters {
  readonly isar0: readonly [number, number];
  readonly isar1: readonly [number, number];
  /** ID_AA64PFR0 without the GIC field (patched per machine). */
  readonly pfr0: readonly [number, number];
  /** FPCR bits that read back (FZ16 only with FEAT_FP16). */
  readonly fpcrMask: number;
}

/** ID register values advertising exactly `features` (what the vCPU's decoder executes). */
export function idRegisters(features: ReadonlySet<Feature>): IdRegisters {
  const has = (f: Feature): number => (features.has(f) ? 1 : 0);
  const isar0Lo =
    (has('aes') ? (has('pmull') ? 2 : 1) << 4 : 0) // AES: 1 AESE.., 2 also PMULL .1Q
    | has('sha1') << 8 // SHA1
    | (has('sha2') ? (has('sha512') ? 2 : 1) << 12 : 0) // SHA2: 1 SHA256, 2 also SHA512
    | has('crc32') << 16 // CRC32
    | (has('atomics') ? 2 << 20 : 0) // Atomic: 2 = LSE
    | has('asimdrdm') << 28; // RDM: SQRDMLAH/SQRDMLSH
  const isar0Hi =
    has('sha3') << 0 // SHA3 (bits 35:32): EOR3, BCAX, RAX1, XAR
    | has('asimddp') << 12 // DP (bits 47:44): SDOT/UDOT
    | has('flagm') << 20; // TS (bits 55:52): 1 = FlagM (CFINV, RMIF, SETF8/16)
  const isar1Lo =
    (has('dcpodp') ? 2 : has('dcpop')) // DPB: 1 DC CVAP, 2 also DC CVADP
    | has('lrcpc') << 20; // LRCPC: 1 = LDAPR
  const isar1Hi = has('dgh') << 16; // DGH (bits 51:48)
  // FP and AdvSIMD (bits 19:16, 23:20): 0 = implemented, 1 = with half-precision arithmetic.
  const fp16 = has('fphp');
  return {
    isar0: [isar0Lo | 0, isar0Hi | 0],
    isar1: [isar1Lo | 0, isar1Hi | 0],
    pfr0: [ID_AA64PFR0.lo | (fp16 << 16) | (fp16 << 20), ID_AA64PFR0.hi],
    fpcrMask: FPCR_MASK | (fp16 << 19),
  };
}
const ID_AA64MMFR0_LO = 0x0f00_0024; // PARange 44 bits, ASIDBits 16, TGran4 yes, TGran16 no (0), TGran64 no (0xf)
const ID_AA64DFR0_LO = 0x1030_5106; // DebugVer v8, PMUVer 1 (PMUv3), 6 BRPs, 4 WRPs, 2 context comparators
const CTR_EL0 = 0x8444c004 | (1 << 28) | (1 << 29); // 64-byte lines, IDC and DIC: coherent caches
const CLIDR = 0x0a200023;

def('MIDR_EL1', [3, 0, 0, 0, 0], C(MIDR), { ro: true });
def('MPIDR_EL1', [3, 0, 0, 0, 5], SPECIAL, { ro: true });
def('REVIDR_EL1', [3, 0, 0, 0, 6], C(0), { ro: true });
def('ID_AA64PFR0_EL1', [3, 0, 0, 4, 0], SPECIAL, { ro: true });
def('ID_AA64PFR1_EL1', [3, 0, 0, 4, 1], C(0), { ro: true });
def('ID_AA64ZFR0_EL1', [3, 0, 0, 4, 4], C(0), { ro: true });
def('ID_AA64SMFR0_EL1', [3, 0, 0, 4, 5], C(0), { ro: true });
def('ID_AA64DFR0_EL1', [3, 0, 0, 5, 0], C(ID_AA64DFR0_LO), { ro: true });
def('ID_AA64DFR1_EL1', [3, 0, 0, 5, 1], C(0), { ro: true });
def('ID_AA64AFR0_EL1', [3, 0, 0, 5, 4], C(0), { ro: true });
def('ID_AA64AFR1_EL1', [3, 0, 0, 5, 5], C(0), { ro: true });
def('ID_AA64ISAR0_EL1', [3, 0, 0, 6, 0], SPECIAL, { ro: true });
def('ID_AA64ISAR1_EL1', [3, 0, 0, 6, 1], SPECIAL, { ro: true });
def('ID_AA64ISAR2_EL1', [3, 0, 0, 6, 2], C(0), { ro: true });
def('ID_AA64MMFR0_EL1', [3, 0, 0, 7, 0], C(ID_AA64MMFR0_LO), { ro: true });
// ECBHB: branch history cannot be exploited here (an interpreter keeps none), so the kernel needs
// no Spectre-BHB work-around.
def('ID_AA64MMFR1_EL1', [3, 0, 0, 7, 1], C(0, 1 << 28), { ro: true });
def('ID_AA64MMFR2_EL1', [3, 0, 0, 7, 2], C(0), { ro: true });
def('CTR_EL0', [3, 3, 0, 0, 1], C(CTR_EL0), { ro: true, el0: 'uct' });
def('DCZID_EL0', [3, 3, 0, 0, 7], C(4), { ro: true, el0: 'ro' }); // 64-byte DC ZVA blocks
def('CLIDR_EL1', [3, 1, 0, 0, 1], C(CLIDR), { ro: true });
def('CCSIDR_EL1', [3, 1, 0, 0, 0], SPECIAL, { ro: true });
def('AIDR_EL1', [3, 1, 0, 0, 7], C(0), { ro: true });
def('CSSELR_EL1', [3, 2, 0, 0, 0], CSSELR_EL1, { mask: [0xf, 0] });

// PSTATE views
def('NZCV', [3, 3, 4, 2, 0], SPECIAL, { el0: 'rw' });
def('DAIF', [3, 3, 4, 2, 1], SPECIAL, { el0: 'uma' });
def('SPSel', [3, 0, 4, 2, 0], SPECIAL);
def('CurrentEL', [3, 0, 4, 2, 2], SPECIAL, { ro: true });
def('SP_EL0', [3, 0, 4, 1, 0], SPECIAL);
def('FPCR', [3, 3, 4, 4, 0], SPECIAL, { el0: 'fp' });
def('FPSR', [3, 3, 4, 4, 1], SPECIAL, { el0: 'fp' });

// EL1 control, translation and exception registers
def('SCTLR_EL1', [3, 0, 1, 0, 0], SCTLR_EL1, { mmu: true });
def('ACTLR_EL1', [3, 0, 1, 0, 1], 'store');
def('CPACR_EL1', [3, 0, 1, 0, 2], CPACR_EL1, { mask: [0x00300000, 0] }); // FPEN only (no SVE/SME/TTA)
def('TTBR0_EL1', [3, 0, 2, 0, 0], TTBR0_EL1, { mmu: true });
def('TTBR1_EL1', [3, 0, 2, 0, 1], TTBR1_EL1, { mmu: true });
def('TCR_EL1', [3, 0, 2, 0, 2], TCR_EL1, { mmu: true, mask: [-1, 0x7f] }); // up to HPD1, no HA/HD
def('SPSR_EL1', [3, 0, 4, 0, 0], SPSR_EL1, { mask: [0xf03003df | 0, 0] });
def('ELR_EL1', [3, 0, 4, 0, 1], ELR_EL1);
def('AFSR0_EL1', [3, 0, 5, 1, 0], 'store');
def('AFSR1_EL1', [3, 0, 5, 1, 1], 'store');
def('ESR_EL1', [3, 0, 5, 2, 0], ESR_EL1, { mask: [-1, 0] });
def('FAR_EL1', [3, 0, 6, 0, 0], FAR_EL1);
def('PAR_EL1', [3, 0, 7, 4, 0], PAR_EL1);
def('MAIR_EL1', [3, 0, 10, 2, 0], MAIR_EL1, { mmu: true });
def('AMAIR_EL1', [3, 0, 10, 3, 0], 'store');
def('VBAR_EL1', [3, 0, 12, 0, 0], VBAR_EL1, { mask: [~0x7ff, -1] });
def('ISR_EL1', [3, 0, 12, 1, 0], SPECIAL, { ro: true });
def('CONTEXTIDR_EL1', [3, 0, 13, 0, 1], CONTEXTIDR_EL1, { mask: [-1, 0] });
def('TPIDR_EL1', [3, 0, 13, 0, 4], TPIDR_EL1);
def('TPIDR_EL0', [3, 3, 13, 0, 2], TPIDR_EL0, { el0: 'rw' });
def('TPIDRRO_EL0', [3, 3, 13, 0, 3], TPIDRRO_EL0, { el0: 'ro' });
def('CNTKCTL_EL1', [3, 0, 14, 1, 0], CNTKCTL_EL1, { mask: [0x3ff, 0] });

// Generic timer (src/devices/arch-timer.ts)
def('CNTFRQ_EL0', [3, 3, 14, 0, 0], EXT, { el0: 'cntfrq', ro: true });
def('CNTPCT_EL0', [3, 3, 14, 0, 1], EXT, { el0: 'cntpct', ro: true });
def('CNTVCT_EL0', [3, 3, 14, 0, 2], EXT, { el0: 'cntvct', ro: true });
def('CNTP_TVAL_EL0', [3, 3, 14, 2, 0], EXT, { el0: 'cntp' });
def('CNTP_CTL_EL0', [3, 3, 14, 2, 1], EXT, { el0: 'cntp' });
def('CNTP_CVAL_EL0', [3, 3, 14, 2, 2], EXT, { el0: 'cntp' });
def('CNTV_TVAL_EL0', [3, 3, 14, 3, 0], EXT, { el0: 'cntv' });
def('CNTV_CTL_EL0', [3, 3, 14, 3, 1], EXT, { el0: 'cntv' });
def('CNTV_CVAL_EL0', [3, 3, 14, 3, 2], EXT, { el0: 'cntv' });

// GICv3 CPU interface (src/devices/gicv3.ts); with a GICv2 these read as UNDEFINED
def('ICC_PMR_EL1', [3, 0, 4, 6, 0], EXT);
def('ICC_IAR0_EL1', [3, 0, 12, 8, 0], EXT, { ro: true });
def('ICC_EOIR0_EL1', [3, 0, 12, 8, 1], EXT, { wo: true });
def('ICC_HPPIR0_EL1', [3, 0, 12, 8, 2], EXT, { ro: true });
def('ICC_BPR0_EL1', [3, 0, 12, 8, 3], EXT);
for (let n = 0; n < 4; n++) def(`ICC_AP0R${n}_EL1`, [3, 0, 12, 8, 4 + n], EXT);
for (let n = 0; n < 4; n++) def(`ICC_AP1R${n}_EL1`, [3, 0, 12, 9, n], EXT);
def('ICC_DIR_EL1', [3, 0, 12, 11, 1], EXT, { wo: true });
def('ICC_RPR_EL1', [3, 0, 12, 11, 3], EXT, { ro: true });
def('ICC_SGI1R_EL1', [3, 0, 12, 11, 5], EXT, { wo: true });
def('ICC_ASGI1R_EL1', [3, 0, 12, 11, 6], EXT, { wo: true });
def('ICC_SGI0R_EL1', [3, 0, 12, 11, 7], EXT, { wo: true });
def('ICC_IAR1_EL1', [3, 0, 12, 12, 0], EXT, { ro: true });
def('ICC_EOIR1_EL1', [3, 0, 12, 12, 1], EXT, { wo: true });
def('ICC_HPPIR1_EL1', [3, 0, 12, 12, 2], EXT, { ro: true });
def('ICC_BPR1_EL1', [3, 0, 12, 12, 3], EXT);
def('ICC_CTLR_EL1', [3, 0, 12, 12, 4], EXT);
def('ICC_SRE_EL1', [3, 0, 12, 12, 5], EXT);
def('ICC_IGRPEN0_EL1', [3, 0, 12, 12, 6], EXT);
def('ICC_IGRPEN1_EL1', [3, 0, 12, 12, 7], EXT);

// Performance monitors (src/devices/pmu.ts): PMCR_EL0.N = 6 event counters and the cycle counter.
// EL0 access follows PMUSERENR_EL0 (a refused access traps to EL1 with EC 0x18, as the Arm ARM
// and QEMU 7.2 do); PMINTENSET/CLR_EL1 are EL1 only, PMUSERENR_EL0 is read-only at EL0.
def('PMCR_EL0', [3, 3, 9, 12, 0], EXT, { el0: 'pmu' });
def('PMCNTENSET_EL0', [3, 3, 9, 12, 1], EXT, { el0: 'pmu' });
def('PMCNTENCLR_EL0', [3, 3, 9, 12, 2], EXT, { el0: 'pmu' });
def('PMOVSCLR_EL0', [3, 3, 9, 12, 3], EXT, { el0: 'pmu' });
def('PMSWINC_EL0', [3, 3, 9, 12, 4], EXT, { el0: 'pmusw', wo: true });
def('PMSELR_EL0', [3, 3, 9, 12, 5], EXT, { el0: 'pmusel' });
def('PMCEID0_EL0', [3, 3, 9, 12, 6], EXT, { el0: 'pmu', ro: true });
def('PMCEID1_EL0', [3, 3, 9, 12, 7], EXT, { el0: 'pmu', ro: true });
def('PMCCNTR_EL0', [3, 3, 9, 13, 0], EXT, { el0: 'pmucr' });
def('PMXEVTYPER_EL0', [3, 3, 9, 13, 1], EXT, { el0: 'pmu' });
def('PMXEVCNTR_EL0', [3, 3, 9, 13, 2], EXT, { el0: 'pmuer' });
def('PMUSERENR_EL0', [3, 3, 9, 14, 0], EXT, { el0: 'ro' });
def('PMINTENSET_EL1', [3, 0, 9, 14, 1], EXT);
def('PMINTENCLR_EL1', [3, 0, 9, 14, 2], EXT);
def('PMOVSSET_EL0', [3, 3, 9, 14, 3], EXT, { el0: 'pmu' });
for (let n = 0; n < 6; n++) def(`PMEVCNTR${n}_EL0`, [3, 3, 14, 8 + (n >> 3), n & 7], EXT, { el0: 'pmuer' });
for (let n = 0; n < 6; n++) def(`PMEVTYPER${n}_EL0`, [3, 3, 14, 12 + (n >> 3), n & 7], EXT, { el0: 'pmu' });
def('PMCCFILTR_EL0', [3, 3, 14, 15, 7], EXT, { el0: 'pmu' });

// Debug: the guest's own self-hosted debug (src/cpu/guest-debug.ts reads these; an MSR of one
// re-arms it, VCpu.debugChanged). a64dbg's debugger does not use them.
def('MDCCINT_EL1', [2, 0, 0, 2, 0], 'store');
def('MDSCR_EL1', [2, 0, 0, 2, 2], 'store');
def('MDRAR_EL1', [2, 0, 1, 0, 0], C(0), { ro: true });
def('OSLAR_EL1', [2, 0, 1, 0, 4], SPECIAL, { wo: true });
def('OSLSR_EL1', [2, 0, 1, 1, 4], SPECIAL, { ro: true });
def('OSDLR_EL1', [2, 0, 1, 3, 4], 'store', { mask: [1, 0] });
def('DBGPRCR_EL1', [2, 0, 1, 4, 4], 'store', { mask: [1, 0] });
def('MDCCSR_EL0', [2, 3, 0, 1, 0], C(0), { ro: true });
for (let n = 0; n < 6; n++) def(`DBGBVR${n}_EL1`, [2, 0, 0, n, 4], 'store');
for (let n = 0; n < 6; n++) def(`DBGBCR${n}_EL1`, [2, 0, 0, n, 5], 'store', { mask: [0x00ff_e1e7, 0] });
for (let n = 0; n < 4; n++) def(`DBGWVR${n}_EL1`, [2, 0, 0, n, 6], 'store', { mask: [~3, -1] }); // bits 1:0 RES0
for (let n = 0; n < 4; n++) def(`DBGWCR${n}_EL1`, [2, 0, 0, n, 7], 'store', { mask: [0x1f1f_ffff, 0] }); // E PAC LSC BAS HMC SSC LBN WT MASK
def('DBGCLAIMSET_EL1', [2, 0, 7, 8, 6], SPECIAL);
def('DBGCLAIMCLR_EL1', [2, 0, 7, 9, 6], SPECIAL);
def('DBGAUTHSTATUS_EL1', [2, 0, 7, 14, 6], C(0xaa), { ro: true });

export const SYSREGS: readonly SysRegDef[] = DEFS;
const BY_KEY = new Map<number, number>(DEFS.map((d, i) => [d.key, i]));
const BY_NAME = new Map<string, number>(DEFS.map((d, i) => [d.name, i]));
const RAZ_ID = DEFS.length; // pseudo-entry for the reserved ID space
DEFS.push({ name: 'ID (reserved, RAZ)', key: -1, kind: C(0), el0: 'none', readOnly: true, writeOnly: false, mmu: false });

/** Index of the register with this encoding key (-1 if none). */
export function lookupSysreg(key: number): number {
  const i = BY_KEY.get(key);
  if (i !== undefined) return i;
  // op0=3, op1=0, CRn=0, CRm=1..7: the ID register space, reserved encodings read as zero.
  if ((key >>> 14) === 3 && ((key >>> 11) & 7) === 0 && ((key >>> 7) & 15) === 0 && ((key >>> 3) & 15) >= 1) return RAZ_ID;
  return -1;
}

export function sysregIndex(name: string): number {
  const i = BY_NAME.get(name);
  if (i === undefined) throw new Error(`no system register ${name}`);
  return i;
}

export function sysregName(key: number): string {
  const op0 = key >>> 14, op1 = (key >>> 11) & 7, crn = (key >>> 7) & 15, crm = (key >>> 3) & 15, op2 = key & 7;
  const i = BY_KEY.get(key);
  return i !== undefined ? DEFS[i].name : `S${op0}_${op1}_C${crn}_C${crm}_${op2}`;
}

// ---- run-time access ------------------------------------------------------------------------

/** What system-register accesses need from the vCPU beyond its register file. */
export interface SysContext {
  readonly r: Int32Array;
  readonly cpuIndex: number;
  gicSysregs: boolean;
  /** The CPU model's feature-dependent ID register values. */
  readonly ids: IdRegisters;
  /** Timer and GIC registers; undefined = the register does not exist here (UNDEFINED). */
  readExt(name: string): bigint | undefined;
  writeExt(name: string, v: bigint): boolean;
  irqLine: boolean;
  fiqLine: boolean;
  oslk: number;
  claim: number;
}

// CCSIDR for CSSELR = L1 D, L1 I, L2 unified (cortex-a57 values, as QEMU reports them).
const CCSIDR: Record<number, number> = { 0: 0x701fe00a, 1: 0x201fe012, 2: 0x707fe07a };

let outLo = 0;
let outHi = 0;
export function sysLo(): number { return outLo; }
export function sysHi(): number { return outHi; }

/** May the current EL access this register? (EL1: always; EL0: per the el0 rule.) */
export function sysAccessible(ctx: SysContext, d: SysRegDef, write: boolean): boolean {
  const r = ctx.r;
  if (write ? d.readOnly : d.writeOnly) return false;
  if (r[CUREL] !== 0) return true;
  const sctlr = r[SCTLR_EL1];
  const cntkctl = r[CNTKCTL_EL1];
  switch (d.el0) {
    case 'rw': case 'fp': return true;
    case 'ro': return !write;
    case 'uma': return (sctlr & (1 << 9)) !== 0;
    case 'uct': return (sctlr & (1 << 15)) !== 0;
    case 'cntpct': return (cntkctl & 1) !== 0;
    case 'cntvct': return (cntkctl & 2) !== 0;
    case 'cntfrq': return (cntkctl & 3) !== 0;
    case 'cntv': return (cntkctl & (1 << 8)) !== 0;
    case 'cntp': return (cntkctl & (1 << 9)) !== 0;
    case 'pmu': case 'pmusel': case 'pmucr': case 'pmuer': case 'pmusw': {
      const u = Number(ctx.readExt('PMUSERENR_EL0') ?? 0n); // EN 1, SW 2, CR 4, ER 8
      if ((u & 1) !== 0) return true;
      if (d.el0 === 'pmusel') return (u & 8) !== 0;
      if (d.el0 === 'pmuer') return !write && (u & 8) !== 0;
      if (d.el0 === 'pmucr') return !write && (u & 4) !== 0;
      if (d.el0 === 'pmusw') return (u & 2) !== 0;
      return false;
    }
    default: return false;
  }
}

/** Reads register `index` into sysLo()/sysHi(); false = UNDEFINED. */
export function readSysreg(ctx: SysContext, index: number): boolean {
  const r = ctx.r, d = DEFS[index];
  outHi = 0;
  switch (d.kind.k) {
    case 'store': outLo = r[d.kind.slot]; outHi = r[d.kind.slot + 1]; return true;
    case 'const': outLo = d.kind.lo; outHi = d.kind.hi; return true;
    case 'ext': {
      const v = ctx.readExt(d.name);
      if (v === undefined) return false;
      outLo = Number(v & 0xffffffffn) | 0; outHi = Number((v >> 32n) & 0xffffffffn) | 0;
      return true;
    }
  }
  switch (d.name) {
    case 'NZCV': outLo = r[NZCV] << 28; return true;
    case 'DAIF': outLo = r[DAIF]; return true;
    case 'SPSel': outLo = r[SPSEL]; return true;
    case 'CurrentEL': outLo = r[CUREL] << 2; return true;
    case 'SP_EL0':
      if (r[SPSEL] === 0) return false; // SP_EL0 is the live SP: use SP
      outLo = r[SP_EL0]; outHi = r[SP_EL0 + 1]; return true;
    case 'FPCR': outLo = r[FPCR]; return true;
    case 'FPSR': outLo = r[FPSR]; return true;
    case 'MPIDR_EL1': outLo = (0x8000_0000 | ctx.cpuIndex) | 0; return true; // Aff0 = CPU index, U = 0
    case 'ID_AA64PFR0_EL1': outLo = ctx.ids.pfr0[0] | (ctx.gicSysregs ? GIC_FIELD_SYSREGS : 0); outHi = ctx.ids.pfr0[1]; return true;
    case 'ID_AA64ISAR0_EL1': outLo = ctx.ids.isar0[0]; outHi = ctx.ids.isar0[1]; return true;
    case 'ID_AA64ISAR1_EL1': outLo = ctx.ids.isar1[0]; outHi = ctx.ids.isar1[1]; return true;
    case 'CCSIDR_EL1': outLo = CCSIDR[r[CSSELR_EL1] & 0xf] ?? 0; return true;
    case 'ISR_EL1': outLo = (ctx.irqLine ? 0x80 : 0) | (ctx.fiqLine ? 0x40 : 0); return true;
    case 'OSLSR_EL1': outLo = 0x8 | (ctx.oslk << 1); return true; // OSLM = 0b10 (OS lock implemented)
    case 'DBGCLAIMSET_EL1': outLo = 0xff; return true;
    case 'DBGCLAIMCLR_EL1': outLo = ctx.claim; return true;
  }
  return false;
}

// FPCR/FPSR bits that read back, as measured on QEMU 7.2 (cortex-a57, no FP16): FPCR keeps
// AHP, DN, FZ, RMode and the AArch32 Stride/Len fields (trap enables read as zero), plus FZ16
// (bit 19) with FEAT_FP16 (IdRegisters.fpcrMask); FPSR keeps NZCV, QC and the cumulative flags
// IDC, IXC, UFC, OFC, DZC, IOC.
const FPCR_MASK = 0x07f70000;
const FPSR_MASK = 0xf800009f | 0;

/** Writes register `index`; false = UNDEFINED. */
export function writeSysreg(ctx: SysContext, index: number, lo: number, hi: number): boolean {
  const r = ctx.r, d = DEFS[index];
  switch (d.kind.k) {
    case 'store': {
      const m = d.kind.mask;
      r[d.kind.slot] = m ? lo & m[0] : lo;
      r[d.kind.slot + 1] = m ? hi & m[1] : hi;
      return true;
    }
    case 'const': return false;
    case 'ext': return ctx.writeExt(d.name, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  }
  switch (d.name) {
    case 'NZCV': r[NZCV] = (lo >>> 28) & 15; return true;
    case 'DAIF': r[DAIF] = lo & 0x3c0; return true;
    case 'SPSel': switchSp(r, r[CUREL], lo & 1); return true;
    case 'SP_EL0':
      if (r[SPSEL] === 0) return false;
      r[SP_EL0] = lo; r[SP_EL0 + 1] = hi; return true;
    case 'FPCR': r[FPCR] = lo & ctx.ids.fpcrMask; return true;
    case 'FPSR': r[FPSR] = lo & FPSR_MASK; return true;
    case 'OSLAR_EL1': ctx.oslk = lo & 1; return true;
    case 'DBGCLAIMSET_EL1': ctx.claim |= lo & 0xff; return true;
    case 'DBGCLAIMCLR_EL1': ctx.claim &= ~lo & 0xff; return true;
  }
  return false;
}

/** Which banked SP register backs the live SP for an exception level and SPSel. */
function spBank(el: number, spsel: number): number {
  return el === 0 || spsel === 0 ? SP_EL0 : SP_EL1;
}

/** Changes EL and/or SPSel, moving the live SP between its banks. */
export function switchSp(r: Int32Array, el: number, spsel: number): void {
  const from = spBank(r[CUREL], r[SPSEL]), to = spBank(el, spsel);
  if (from !== to) {
    r[from] = r[SP]; r[from + 1] = r[SP + 1];
    r[SP] = r[to]; r[SP + 1] = r[to + 1];
  }
  r[CUREL] = el;
  r[SPSEL] = spsel;
}

// PSTATE fields written by MSR (immediate); the decoder maps op1:op2 to these.
export const enum PstateField { SPSEL = 1, DAIFSET, DAIFCLR }

export function writePstateField(r: Int32Array, field: number, imm: number): void {
  switch (field) {
    case PstateField.SPSEL: switchSp(r, r[CUREL], imm & 1); break;
    case PstateField.DAIFSET: r[DAIF] |= (imm & 0xf) << 6; break;
    case PstateField.DAIFCLR: r[DAIF] &= ~((imm & 0xf) << 6); break;
  }
}

/** Reset values (QEMU's cortex-a57 at EL1 after direct kernel boot). */
export function resetSysregs(r: Int32Array): void {
  r[SCTLR_EL1] = 0x00c50838;
}
