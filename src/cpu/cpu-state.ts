// A vCPU's state for snapshots: its register file (the REGFILE_BYTES block of the one memory: every
// register, PSTATE, the exclusive monitor, the system registers) plus the few fields kept on the
// VCpu object. What is derived (the ASID in use, interrupt lines) is recomputed on restore; what
// is a cache (TLB, decoded instructions) is dropped, not saved.

import { REGFILE_BYTES } from '../memory/layout.ts';
import { CUREL, SPSEL, ZR } from './regs.ts';
import { currentAsid } from './system-ops.ts';
import { SnapshotError, showState, stateInt, stateObject } from '../devices/device.ts';
import type { VCpu } from './vcpu.ts';

interface CpuState { index: number; regs: string; icount: number; oslk: number; claim: number }

export function saveCpu(cpu: VCpu): unknown {
  const s: CpuState = {
    index: cpu.index,
    regs: Buffer.from(cpu.r.buffer, cpu.r.byteOffset, REGFILE_BYTES).toString('base64'),
    icount: cpu.icount, oslk: cpu.oslk, claim: cpu.claim,
  };
  return s;
}

/** Takes back what saveCpu() produced; refuses a damaged state with a SnapshotError before changing anything. */
export function restoreCpu(cpu: VCpu, state: unknown): void {
  const who = `cpu${cpu.index}`;
  const s = stateObject(state, who);
  if (stateInt(s, 'index', 0xff, who) !== cpu.index) throw new SnapshotError(`${who} restore: the state is vCPU ${String(s.index)}'s`);
  const icount = stateInt(s, 'icount', Number.MAX_SAFE_INTEGER, who);
  const oslk = stateInt(s, 'oslk', 1, who), claim = stateInt(s, 'claim', 0xff, who);
  const regs = typeof s.regs === 'string' ? Buffer.from(s.regs, 'base64') : undefined;
  if (!regs || regs.length !== REGFILE_BYTES) throw new SnapshotError(`${who} restore: regs must be ${REGFILE_BYTES} bytes in base64 (got ${showState(s.regs)})`);
  const r = new Int32Array(regs.buffer.slice(regs.byteOffset, regs.byteOffset + REGFILE_BYTES));
  if (r[CUREL] !== 0 && r[CUREL] !== 1) throw new SnapshotError(`${who} restore: exception level ${r[CUREL]} (a64dbg runs EL0 and EL1)`);
  if (r[SPSEL] !== 0 && r[SPSEL] !== 1) throw new SnapshotError(`${who} restore: SPSel ${r[SPSEL]}`);
  if (r[ZR] !== 0 || r[ZR + 1] !== 0) throw new SnapshotError(`${who} restore: the zero register slot is not zero`);
  cpu.r.set(r);
  cpu.icount = icount;
  cpu.oslk = oslk;
  cpu.claim = claim;
  cpu.asid = currentAsid(cpu.r);
  cpu.tlb.flushAll();
  cpu.debugChanged(); // what the guest's debug registers arm (PSTATE.SS and its state are in regs)
  cpu.irqLine = cpu.fiqLine = false; // the machine re-drives them from the restored GIC
}
