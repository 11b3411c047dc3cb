// The guest's own self-hosted debug (Arm ARM D2, AArch64 at EL0/EL1, no EL2/EL3): hardware
// breakpoints (DBGBCR/DBGBVR), watchpoints (DBGWCR/DBGWVR) and software step (MDSCR_EL1.SS with
// PSTATE.SS), raising the guest's debug exceptions to EL1 (EC 0x30/0x31, 0x34/0x35, 0x32/0x33).
// a64dbg's own debugger (gdb's Z packets, src/cpu/debug-points.ts) is separate and goes first.
//
// Cost: nothing unless the guest arms something. update() recomputes, from the register file
// and the OS lock, what is armed whenever an MSR writes a debug register, MDSCR_EL1, OSLAR_EL1,
// OSDLR_EL1 or DBGPRCR_EL1 (VCpu.debugChanged), at reset and after a snapshot restore. The run
// loop checks breakpoints only on pages that hold one, as gdb's (breakpointOnPage, then
// breakpointAt per instruction of such a page); watched pages get no fast-path data TLB entry,
// so only accesses to them reach watchHit() (src/cpu/data-access.ts); software step is handled
// where the run loop reloads its state after a cold path (VCpu.run, softwareStep), which runs
// the stepped instruction with a budget of one. What depends on the EL, PSTATE.D and
// CONTEXTIDR_EL1 (privilege match, KDE, linked context matches) is evaluated at a hit, which
// is rare, so nothing needs recomputing when those change.
//
// Choices where the Arm ARM leaves them open (CONSTRAINED UNPREDICTABLE), made as QEMU 7.2
// makes them so that programs see the same: reserved {SSC, HMC, PxC} combinations act as the
// valid combination the PxC bits say (HMC ignored, SSC 0b10 "Secure only" never matches: the PE
// is Non-secure); LSC 0b00, MASK 0b00001/0b00010 and BAS 0 disable a watchpoint; with MASK set
// BAS is ignored; a non-contiguous BAS watches its lowest run of ones; DBGWVR/DBGBVR are compared
// whole (bits 63:49 not sign-extended); a link to a breakpoint that is not context-aware, not
// enabled or not a linked context-ID one never matches; breakpoint types other than address
// match (0b0000, linked 0b0001) generate nothing, including unlinked context-ID match (0b0010:
// not implemented); an instruction breakpoint's FAR_EL1 (UNKNOWN) is written as 0. Where the
// Arm ARM is definite and QEMU 7.2 differs, the Arm ARM: the OS lock (OSLSR_EL1.OSLK, set at
// reset) and the OS double lock disable debug exceptions (QEMU ignores both); DBGBCR.BAS is RES1
// (this PE has no AArch32), so an address breakpoint matches whatever BAS holds.

import { SYSREGS, sysregIndex } from './sysregs.ts';
import { CUREL, DAIF, CONTEXTIDR_EL1, STEP_SYN } from './regs.ts';
import { WATCH_READ, WATCH_WRITE } from './debug-points.ts';

/** Breakpoints, watchpoints, and the context-aware breakpoints (the last NUM_CTX_CMPS): ID_AA64DFR0_EL1 says so. */
export const NUM_BRPS = 6;
export const NUM_WRPS = 4;
export const NUM_CTX_CMPS = 2;

/** IFSC/DFSC of a debug exception ("debug event"). */
export const FSC_DEBUG = 0x22;

function slotOf(name: string): number {
  const k = SYSREGS[sysregIndex(name)].kind;
  if (k.k !== 'store') throw new Error(`${name} is not a stored register`);
  return k.slot;
}
const MDSCR = slotOf('MDSCR_EL1');
const OSDLR = slotOf('OSDLR_EL1');
const DBGPRCR = slotOf('DBGPRCR_EL1');
const BVR = Array.from({ length: NUM_BRPS }, (_, n) => slotOf(`DBGBVR${n}_EL1`));
const BCR = Array.from({ length: NUM_BRPS }, (_, n) => slotOf(`DBGBCR${n}_EL1`));
const WVR = Array.from({ length: NUM_WRPS }, (_, n) => slotOf(`DBGWVR${n}_EL1`));
const WCR = Array.from({ length: NUM_WRPS }, (_, n) => slotOf(`DBGWCR${n}_EL1`));

/** MDSCR_EL1 bits. */
const MDSCR_SS = 1;
const MDSCR_KDE = 1 << 13;
const MDSCR_MDE = 1 << 15;

/** By system register index: a write changes what is armed (VCpu.debugChanged). */
const CONTROLS = new Uint8Array(SYSREGS.length);
for (const name of ['MDSCR_EL1', 'OSLAR_EL1', 'OSDLR_EL1', 'DBGPRCR_EL1']) CONTROLS[sysregIndex(name)] = 1;
for (let n = 0; n < NUM_BRPS; n++) { CONTROLS[sysregIndex(`DBGBVR${n}_EL1`)] = 1; CONTROLS[sysregIndex(`DBGBCR${n}_EL1`)] = 1; }
for (let n = 0; n < NUM_WRPS; n++) { CONTROLS[sysregIndex(`DBGWVR${n}_EL1`)] = 1; CONTROLS[sysregIndex(`DBGWCR${n}_EL1`)] = 1; }

/** Does writing system register `index` change the guest's debug state? */
export function isDebugControl(index: number): boolean {
  return CONTROLS[index] === 1;
}

export class GuestDebug {
  /** OS lock and OS double lock both clear: debug exceptions can be generated at all. */
  private unlocked = false;
  /** MDSCR_EL1.SS with debug unlocked: the run loop looks at software step (still subject to the EL, KDE and D). */
  ssArmed = false;
  /** Armed address breakpoints (MDSCR_EL1.MDE set, E set, address-match type): number and VA. */
  bpCount = 0;
  private readonly bpN = new Int32Array(NUM_BRPS);
  private readonly bpLo = new Int32Array(NUM_BRPS);
  private readonly bpHi = new Int32Array(NUM_BRPS);
  /** Armed watchpoints: number, range [start, end) within one 4 GiB (hi) block, kinds (WATCH_READ | WATCH_WRITE). */
  wpCount = 0;
  private readonly wpN = new Int32Array(NUM_WRPS);
  private readonly wpStart = new Float64Array(NUM_WRPS);
  private readonly wpEnd = new Float64Array(NUM_WRPS);
  private readonly wpHi = new Int32Array(NUM_WRPS);
  private readonly wpKind = new Int32Array(NUM_WRPS);
  /** Set by watchHit(): FAR (the accessed address, or the watched range's start if later) and WnR. */
  hitLo = 0;
  hitHi = 0;
  hitWrite = false;

  /** Recomputes what is armed from the register file and the OS lock. */
  update(r: Int32Array, oslk: number): void {
    const mdscr = r[MDSCR];
    const doubleLock = (r[OSDLR] & 1) === 1 && (r[DBGPRCR] & 1) === 0;
    this.unlocked = oslk === 0 && !doubleLock;
    this.ssArmed = this.unlocked && (mdscr & MDSCR_SS) !== 0;
    if (!this.ssArmed) r[STEP_SYN] = 0;
    const mde = this.unlocked && (mdscr & MDSCR_MDE) !== 0;
    let nb = 0, nw = 0;
    if (mde) {
      for (let n = 0; n < NUM_BRPS; n++) {
        const bcr = r[BCR[n]], bt = (bcr >>> 20) & 15;
        if ((bcr & 1) === 0 || bt > 1) continue; // disabled, or not an address match
        this.bpN[nb] = n; this.bpLo[nb] = r[BVR[n]] & ~3; this.bpHi[nb] = r[BVR[n] + 1];
        nb++;
      }
      for (let n = 0; n < NUM_WRPS; n++) {
        const wcr = r[WCR[n]], lsc = (wcr >>> 3) & 3, mask = (wcr >>> 24) & 31;
        if ((wcr & 1) === 0 || lsc === 0 || mask === 1 || mask === 2) continue;
        let start = (r[WVR[n]] & ~3) >>> 0, len: number;
        if (mask !== 0) {
          len = 2 ** mask;
          start -= start % len;
        } else {
          let bas = (wcr >>> 5) & 0xff;
          if ((start & 4) !== 0) bas &= 0xf; // a word-aligned WVR: BAS[3:0] select its bytes
          if (bas === 0) continue;
          const first = 31 - Math.clz32(bas & -bas);
          const run = bas >>> first;
          len = 31 - Math.clz32(~run & (run + 1)); // the lowest run of ones
          start += first;
        }
        this.wpN[nw] = n; this.wpStart[nw] = start; this.wpEnd[nw] = start + len; this.wpHi[nw] = r[WVR[n] + 1];
        this.wpKind[nw] = (lsc & 1 ? WATCH_READ : 0) | (lsc & 2 ? WATCH_WRITE : 0);
        nw++;
      }
    }
    this.bpCount = nb;
    this.wpCount = nw;
  }

  /**
   * May debug exceptions be taken from the current EL (AArch64.GenerateDebugExceptions, debug
   * target EL1)? From EL0 always (once unlocked); from EL1 only with MDSCR_EL1.KDE and PSTATE.D clear.
   */
  enabledHere(r: Int32Array): boolean {
    return this.unlocked && (r[CUREL] === 0 || ((r[MDSCR] & MDSCR_KDE) !== 0 && (r[DAIF] & 0x200) === 0));
  }

  /** Is software step active at the current EL (MDSCR_EL1.SS, debug exceptions enabled here)? */
  stepActive(r: Int32Array): boolean {
    return this.ssArmed && this.enabledHere(r);
  }

  /** Is an armed breakpoint's address on the 4 KiB page of VA (lo, hi)? */
  breakpointOnPage(lo: number, hi: number): boolean {
    for (let k = 0; k < this.bpCount; k++) {
      if (((this.bpLo[k] ^ lo) & ~0xfff) === 0 && this.bpHi[k] === hi) return true;
    }
    return false;
  }

  /** Does an armed breakpoint generate a Breakpoint exception for the instruction at VA (lo, hi)? */
  breakpointAt(r: Int32Array, lo: number, hi: number): boolean {
    if (!this.enabledHere(r)) return false;
    const el = r[CUREL];
    for (let k = 0; k < this.bpCount; k++) {
      if (this.bpLo[k] === lo && this.bpHi[k] === hi && stateMatch(r, r[BCR[this.bpN[k]]], el)) return true;
    }
    return false;
  }

  /** Does an armed watchpoint's range overlap the 4 KiB page of VA (lo, hi)? (hi as watchpoints compare it) */
  pageWatched(lo: number, hi: number): boolean {
    const p = (lo & ~0xfff) >>> 0;
    for (let k = 0; k < this.wpCount; k++) {
      if (this.wpHi[k] === hi && this.wpStart[k] < p + 4096 && p < this.wpEnd[k]) return true;
    }
    return false;
  }

  /**
   * Does a data access [VA, VA+bytes) (in one page) by an access of privilege `accessEl` (0 for
   * LDTR/STTR) generate a Watchpoint exception? `how`: WATCH_READ, WATCH_WRITE or both (atomics,
   * CAS: the read is matched first, then the write, as QEMU 7.2's single-vCPU atomics load, then
   * store). Sets hitLo/hitHi (the lowest address of the access a watchpoint covers: the access's
   * address or the range's start, as QEMU's MAX(addr, wp->vaddr)) and hitWrite (WnR).
   */
  watchHit(r: Int32Array, lo: number, hi: number, bytes: number, how: number, accessEl: number): boolean {
    if (!this.enabledHere(r)) return false;
    if ((how & WATCH_READ) !== 0 && this.match(r, lo, hi, bytes, WATCH_READ, accessEl)) { this.hitWrite = false; return true; }
    if ((how & WATCH_WRITE) !== 0 && this.match(r, lo, hi, bytes, WATCH_WRITE, accessEl)) { this.hitWrite = true; return true; }
    return false;
  }

  private match(r: Int32Array, lo: number, hi: number, bytes: number, kind: number, accessEl: number): boolean {
    const a = lo >>> 0;
    let far = Infinity;
    for (let k = 0; k < this.wpCount; k++) {
      if (this.wpHi[k] !== hi || (this.wpKind[k] & kind) === 0) continue;
      const s = this.wpStart[k];
      if (!(s < a + bytes && a < this.wpEnd[k])) continue;
      if (!stateMatch(r, r[WCR[this.wpN[k]]], accessEl)) continue;
      far = Math.min(far, Math.max(a, s));
    }
    if (far === Infinity) return false;
    this.hitLo = far | 0;
    this.hitHi = hi;
    return true;
  }
}

/**
 * AArch64.StateMatch for a Non-secure PE with no EL2/EL3, reserved combinations as QEMU 7.2
 * takes them: PxC bit 0 matches EL1, bit 1 EL0; SSC 0b10 (Secure only) never matches; HMC
 * ignored; a linked breakpoint or watchpoint (DBGBCR.BT 0b0001, DBGWCR.WT) also needs its
 * linked context-ID breakpoint (LBN) to match.
 */
function stateMatch(r: Int32Array, cr: number, el: number): boolean {
  if (((cr >>> 14) & 3) === 2) return false;
  if ((((cr >>> 1) & 3) & (el === 0 ? 2 : 1)) === 0) return false;
  return ((cr >>> 20) & 1) === 0 || linkedMatch(r, (cr >>> 16) & 15);
}

/** A linked context-ID match breakpoint (BT 0b0011) on a context-aware comparator: CONTEXTIDR_EL1 equals its DBGBVR[31:0]. */
function linkedMatch(r: Int32Array, lbn: number): boolean {
  if (lbn >= NUM_BRPS || lbn < NUM_BRPS - NUM_CTX_CMPS) return false;
  const bcr = r[BCR[lbn]];
  if ((bcr & 1) === 0 || ((bcr >>> 20) & 15) !== 3) return false;
  return r[CONTEXTIDR_EL1] === r[BVR[lbn]];
}
