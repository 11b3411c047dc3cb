// System instructions the interpreter hands off: MRS/MSR of system registers (the access rules,
// EC 0x18 traps and UNDEFINED cases; an unknown register exits to the hypervisor), the FP access
// check (CPACR_EL1.FPEN), cache maintenance by VA and set/way (memory is coherent here, so what
// is left is dropping decoded code and the faults), TLB invalidation and AT. Each takes the vCPU
// and returns a run status (src/cpu/status.ts).

import { RAM_BASE } from '../memory/layout.ts';
import { CUREL, CPACR_EL1, SCTLR_EL1, TCR_EL1, TTBR0_EL1, TTBR1_EL1, PAR_EL1 } from './regs.ts';
import { SYSREGS, readSysreg, writeSysreg, sysLo, sysHi, sysAccessible } from './sysregs.ts';
import {
  translate, tlbBank, tlbHit, ACC_READ, ACC_WRITE, ACC_EXEC, ACC_MAINT, TLB_SIZE, ANY_ASID,
  FAULT_EXTERNAL_WALK, tFault, tPaLo, tPaHi, tAttr, tSh,
} from './mmu.ts';
import { EC_FP_ACCESS, EC_SYS64, EC_SYSREG_CHANGED } from './syndrome.ts';
import { DONE, STOP, FAULT, DONE_CHANGED, STOP_RETIRED } from './status.ts';
import { advancePc } from './exceptions.ts';
import type { VCpu } from './vcpu.ts';
import { isDebugControl } from './guest-debug.ts';

const TLB_MASK = TLB_SIZE - 1;

/**
 * An EL0 access the register's rules refuse: when a control bit (SCTLR_EL1.UMA/UCT,
 * CNTKCTL_EL1) is what refuses it, the access traps to EL1 with EC 0x18 and the encoding in
 * the ISS; registers EL0 may never use are UNDEFINED.
 */
function refused(cpu: VCpu, def: (typeof SYSREGS)[number], iss: number, write: boolean): number {
  // A write to a read-only register (a read of a write-only one) is UNDEFINED at any EL.
  const wrongWay = write ? def.readOnly : def.writeOnly;
  const trapped = !wrongWay && cpu.r[CUREL] === 0 && def.el0 !== 'none' && def.el0 !== 'ro' && def.el0 !== 'rw' && def.el0 !== 'fp';
  return trapped ? cpu.syncException(EC_SYS64, iss, false, 0, 0) : cpu.undefinedInstruction(false);
}

/**
 * The checks before an MRS/MSR of register `index` (-1: not one we know): -1 if it may go ahead,
 * else the run status of the exit (unknown register), trap or UNDEFINED exception it takes.
 */
function refusal(cpu: VCpu, index: number, iss: number, write: boolean): number {
  if (index < 0) return sysTrap(cpu, iss);
  const def = SYSREGS[index];
  if (!sysAccessible(cpu, def, write)) return refused(cpu, def, iss, write);
  if (def.el0 === 'fp' && !fpEnabled(cpu)) return cpu.syncException(EC_FP_ACCESS, 0, false, 0, 0);
  return -1;
}

export function mrs(cpu: VCpu, d: number, index: number, iss: number): number {
  const r = cpu.r;
  const no = refusal(cpu, index, iss, false);
  if (no >= 0) return no;
  if (!readSysreg(cpu, index)) return cpu.undefinedInstruction();
  r[d] = sysLo(); r[d + 1] = sysHi();
  if (cpu.endSlice) {
    // The read moved virtual time (a busy-wait, src/machine/time-poll.ts): end the slice so the
    // machine re-evaluates deadlines and interrupts at the new time.
    cpu.endSlice = false;
    advancePc(r);
    cpu.setExit(EC_SYSREG_CHANGED, 0, 0, 0);
    return STOP_RETIRED;
  }
  return DONE;
}

export function msr(cpu: VCpu, s: number, index: number, iss: number): number {
  const r = cpu.r;
  const no = refusal(cpu, index, iss, true);
  if (no >= 0) return no;
  const def = SYSREGS[index];
  const oldSctlr = r[SCTLR_EL1];
  if (!writeSysreg(cpu, index, r[s], r[s + 1])) return cpu.undefinedInstruction();
  if (def.mmu) {
    cpu.asid = currentAsid(r);
    // Turning the MMU on or off, or changing TCR/MAIR, changes every translation: our TLB also
    // caches MMU-off mappings and memory types, so drop it. TTBR writes keep ASID-tagged entries.
    if (def.name !== 'TTBR0_EL1' && def.name !== 'TTBR1_EL1' || (oldSctlr & 1) === 0) cpu.tlb.flushAll();
  }
  // The guest's breakpoints, watchpoints and software step (src/cpu/guest-debug.ts).
  if (isDebugControl(index)) cpu.debugChanged();
  // Timer and GIC writes can raise or drop interrupts: let the machine re-evaluate.
  if (def.kind.k === 'ext') { advancePc(r); cpu.setExit(EC_SYSREG_CHANGED, 0, 0, 0); return STOP_RETIRED; }
  return DONE_CHANGED;
}

/** Does CPACR_EL1.FPEN allow FP/SIMD at this EL (instructions, FPCR/FPSR, the FP registers)? */
export function fpEnabled(cpu: VCpu): boolean {
  const fpen = (cpu.r[CPACR_EL1] >>> 20) & 3;
  return cpu.r[CUREL] === 0 ? fpen === 3 : (fpen & 1) === 1;
}

function sysTrap(cpu: VCpu, iss: number): number {
  cpu.setExit(EC_SYS64, iss, 0, 0);
  cpu.exitInsn = cpu.currentWord();
  return STOP;
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
function maintenanceVa(cpu: VCpu, s: number, invalidate: boolean): boolean {
  const r = cpu.r, el = r[CUREL], lo = r[s], hi = r[s + 1];
  const acc = invalidate ? ACC_WRITE : el === 0 ? ACC_READ : ACC_MAINT;
  // A TLB hit for this EL's reads (writes) means mapped, AF set and permitted: no fault.
  const bank = tlbBank(el, acc === ACC_WRITE ? ACC_WRITE : ACC_READ);
  if (tlbHit(cpu.tlb.e, (bank * TLB_SIZE + ((lo >>> 12) & TLB_MASK)) * 4, lo, hi, cpu.asid, 0xfff)) return true;
  translate(r, cpu.dv, cpu.ramEnd, lo, hi, acc, el, true);
  if (tFault === 0) return true;
  cpu.dataFault(tFault, true, lo, hi, true);
  return false;
}

/**
 * DC CVAC/CVAU/CIVAC/IVAC/CVAP/CVADP (by VA) and DC ISW/CSW/CISW (set/way). Memory is
 * coherent here, so what remains is the fault behaviour of the by-VA forms. `iss` is the
 * instruction's EC 0x18 syndrome, whose Op1/CRm/Op2 say which one it is.
 */
export function dcMaintenance(cpu: VCpu, s: number, iss: number): number {
  const op1 = (iss >>> 14) & 7, crm = (iss >>> 1) & 15, op2 = (iss >>> 17) & 7;
  if (op1 === 0 && op2 === 2) return DONE; // set/way: no address
  return maintenanceVa(cpu, s, op1 === 0 && crm === 6) ? DONE : FAULT; // DC IVAC: op1 0, CRm 6, op2 1
}

/**
 * IC IALLU (`all`) or IC IVAU Xt. Decoded code is dropped on every store already; IC drops it
 * outright, and the instruction-side TLB entries that point at dropped pages go with it.
 */
export function icInvalidate(cpu: VCpu, all: boolean, s: number): number {
  if (all) {
    cpu.code.dropAll();
    cpu.tlb.flushBank(tlbBank(0, ACC_EXEC));
    cpu.tlb.flushBank(tlbBank(1, ACC_EXEC));
    return DONE_CHANGED;
  }
  const r = cpu.r;
  // The TLB hit in maintenanceVa leaves the t* results stale: translate for the PA.
  if (!maintenanceVa(cpu, s, false)) return FAULT;
  translate(r, cpu.dv, cpu.ramEnd, r[s], r[s + 1], ACC_MAINT, 1, true);
  const pa = tPaLo >>> 0;
  if (tFault === 0 && tPaHi === 0 && pa >= RAM_BASE && pa < cpu.ramEnd) {
    // (A page with no records has nothing to drop: code patching does IC IVAU per cache line.)
    const pg = (pa - RAM_BASE) >>> 12;
    if (cpu.code.marks[pg] !== 0) {
      cpu.code.dropPage(pg);
      cpu.tlb.dropExecPage(pg);
    }
  }
  return DONE_CHANGED;
}

/**
 * AT S1E1R/S1E1W/S1E0R/S1E0W: translate Xt and report in PAR_EL1. A synchronous external
 * abort on the walk is not reported in PAR_EL1 but taken as a data abort with CM = 1 and
 * WnR = 1, FAR = Xt, for reads and writes alike (as QEMU 7.2 does; the Arm ARM allows it).
 */
export function addressTranslate(cpu: VCpu, s: number, kind: number): number {
  const r = cpu.r;
  if (r[CUREL] === 0) return cpu.undefinedInstruction();
  translate(r, cpu.dv, cpu.ramEnd, r[s], r[s + 1], kind & 1 ? ACC_WRITE : ACC_READ, kind >= 2 ? 0 : 1, true);
  if ((tFault & ~3) === FAULT_EXTERNAL_WALK) return cpu.dataFault(tFault, true, r[s], r[s + 1], true);
  if (tFault !== 0) {
    r[PAR_EL1] = 1 | (tFault << 1) | (1 << 11); // F, FST, RES1 bit 11
    r[PAR_EL1 + 1] = 0;
  } else {
    r[PAR_EL1] = (tPaLo & ~0xfff) | (tSh << 7) | (1 << 11);
    r[PAR_EL1 + 1] = (tPaHi & 0xffff) | (tAttr << 24);
  }
  return DONE;
}

export function tlbInvalidate(cpu: VCpu, s: number, kind: number): number {
  const r = cpu.r;
  if (r[CUREL] === 0) return cpu.undefinedInstruction();
  const vlo = r[s] << 12, vhiRaw = (r[s + 1] << 12) | (r[s] >>> 20);
  // Xt holds VA[55:12] in bits 43:0 and the ASID in bits 63:48; sign-extend VA from bit 55.
  const vhi = ((vhiRaw << 8) >> 8) | 0;
  const asid = (r[s + 1] >>> 16) & 0xffff;
  switch (kind) {
    case 0: cpu.tlb.flushAll(); break; // VMALLE1(IS)
    case 1: case 5: cpu.tlb.flushVa(vlo, vhi, asid); break; // VAE1, VALE1
    case 2: cpu.tlb.flushAsid(asid); break; // ASIDE1
    case 3: case 7: cpu.tlb.flushVa(vlo, vhi, ANY_ASID); break; // VAAE1, VAALE1
  }
  return DONE_CHANGED;
}

/** The ASID translations are tagged with: TTBR1's when TCR_EL1.A1, else TTBR0's (8 or 16 bits). */
export function currentAsid(r: Int32Array): number {
  const src = (r[TCR_EL1] >>> 22) & 1 ? r[TTBR1_EL1 + 1] : r[TTBR0_EL1 + 1];
  return (src >>> 16) & ((r[TCR_EL1 + 1] >>> 4) & 1 ? 0xffff : 0xff);
}
