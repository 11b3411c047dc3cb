// The data side of memory access off the interpreter's inline fast path: every load, store,
// exclusive, atomic and CAS whose address misses the software TLB, crosses a page, needs an
// alignment or SP check, lies in a page gdb watches, or reaches MMIO; DC ZVA; and the
// translation the FP/SIMD executors use. One function translates a data access
// (translateData): TLB hit, else a stage-1 walk, then the data abort to EL1 (ESR/FAR as QEMU
// 7.2 reports them), the watchpoint check, the MMIO exit to the hypervisor (ESR_EL2-style
// syndrome), or a RAM offset into the one memory (and a TLB fill). Stores drop decoded
// instructions they overwrite. Results come back as run statuses (src/cpu/status.ts); a loaded
// value in the module-level loadedLo/loadedHi (no allocation). The run loop keeps the inline
// fast path; its helpers (loadCoded, storeSized) live here so both paths read memory the same way.
//
// gdb's watchpoints (debug-points.ts) are checked here, for every instruction that accesses
// data memory: loads and stores of every size and addressing mode, pairs, LDTR/STTR,
// exclusives and acquire/release, LSE atomics, CAS and CASP (a read, then a write: the Arm ARM
// treats them as both for watchpoints, even a CAS whose compare fails), FP/SIMD loads and stores
// including LD1-LD4/ST1-ST4 and their single-lane and replicating forms (with their whole
// length), DC ZVA (its whole block), and accesses that cross a page, byte by byte. Not: PRFM
// and cache maintenance by VA (not data accesses for watchpoints), translation table walks
// (the Arm ARM exempts them; they only read here: no hardware Access flag or dirty state is
// advertised, so the walker never stores), and gdb's own memory reads and writes (they go
// through the machine's physical accessors). A watched page never gets a fast-path TLB entry
// (its entries carry WATCHED), so accesses to other pages cost nothing.
//
// A hit stops the vCPU before the access, the instruction not executed (as QEMU 7.2's gdbstub,
// which sets BP_STOP_BEFORE_ACCESS for Arm: measured, see test/watchpoints.test.ts): the exit is
// EC_WATCHPOINT with FAR = the watchpoint's address as gdb set it (QEMU's stop reply carries that
// too) and ISS WnR = it matched as a write. gdb then removes its watchpoints, steps the
// instruction and compares values. An instruction that made earlier accesses before the one
// that hit (the first register of an STP, a page-crossing store's first bytes) repeats them when
// it runs again, as under QEMU. Checks come after translation and alignment faults: an access
// that faults takes its abort (QEMU fills its TLB before it checks watchpoints).
//
// The guest's own watchpoints (DBGWCR/DBGWVR, src/cpu/guest-debug.ts) are checked at the same
// places for the same accesses, after gdb's: a hit is the guest's Watchpoint exception, taken
// before the access (watchCheck). A store-exclusive is a store for them (the Arm ARM; QEMU 7.2
// also matches it as a load), and as for gdb, cache maintenance and PRFM are not watched.

import { RAM_BASE, RAM_OFFSET } from '../memory/layout.ts';
import { SP, DISCARD, ZR, CUREL, PC, SCTLR_EL1, TCR_EL1, EXCL_VALID, EXCL_ADDR, EXCL_VAL, EXCL_VAL2 } from './regs.ts';
import * as A from './alu.ts';
import {
  translate, tlbBank, ACC_READ, ACC_WRITE, TLB_SIZE, GLOBAL, WATCHED,
  tFault, tPaLo, tPaHi, tSpan, tGlobal, tDevice, tAsid,
} from './mmu.ts';
import { WATCH_READ, WATCH_WRITE, WATCH_RMW } from './debug-points.ts';
import { EC_DABT_LOW, EC_SP_ALIGN, DFSC_ALIGNMENT, EC_WATCHPOINT } from './syndrome.ts';
import { FSC_DEBUG } from './guest-debug.ts';
import { DONE, STOP, FAULT } from './status.ts';
import { Op, type VCpu } from './vcpu.ts';

const TLB_MASK = TLB_SIZE - 1;
/** RAM offset in the memory minus RAM's guest physical base: PA + DELTA = byte offset. */
const DELTA = RAM_OFFSET - RAM_BASE;

/** DC ZVA block size; DCZID_EL0.BS = log2(words) = 4. */
export const DCZVA_BYTES = 64;

// The value of the last readVa() (halves, zero-extended); consumed at once by setLoaded().
let loadedLo = 0;
let loadedHi = 0;
/** Set by translateData(): the mapping is Device memory. */
let lastDevice = false;

/** Every load/store/atomic off the fast path; returns a run status. */
export function memSlow(cpu: VCpu, op: number, page: Int32Array, i: number): number {
  const r = cpu.r;
  const w = page[i + 1], a = page[i + 2], b = page[i + 3];
  const d = w & 255, s = (w >>> 8) & 255, t = (w >>> 16) & 255;
  let code = w >>> 24;
  switch (op) {
    case Op.LDR_X: code = 3 | 8; break;
    case Op.LDR_W: code = 2; break;
    case Op.LDRB: code = 0; break;
    case Op.STR_X: code = 3 | 16; break;
    case Op.STR_W: code = 2 | 16; break;
    case Op.STRB: code = 16; break;
    case Op.LDR_REG_X: case Op.LDR_REG_W: case Op.LDRB_REG: case Op.STR_REG_X: case Op.STR_REG_W: case Op.STRB_REG:
      op = Op.LDST_REG; break; // x already holds the code
  }
  const size = code & 3, store = (code >>> 4) & 1;
  // LDTR/STTR: EL0's permissions at EL1 too (no PAN or UAO here to change that).
  const el = op === Op.LDST_UNPRIV ? 0 : r[CUREL];
  if (op !== Op.LDR_LIT && spMisaligned(cpu, s)) return cpu.syncException(EC_SP_ALIGN, 0, false, 0, 0);

  switch (op) {
    case Op.LDR_X: case Op.LDR_W: case Op.LDRB: case Op.STR_X: case Op.STR_W: case Op.STRB:
    case Op.LDST_IMM: case Op.LDST_PRE: case Op.LDST_POST: case Op.LDST_REG: case Op.LDR_LIT: case Op.LDST_UNPRIV: {
      let alo: number, ahi: number;
      if (op === Op.LDST_POST) { alo = r[s]; ahi = r[s + 1]; } // post-index: access at the base
      else {
        if (op === Op.LDR_LIT) A.add64(r[PC], r[PC + 1], a, a >> 31, 0);
        else if (op === Op.LDST_REG) {
          A.extend64(r[t], r[t + 1], a & 7, (a >>> 3) & 7);
          A.add64(r[s], r[s + 1], A.rlo, A.rhi, 0);
        } else A.add64(r[s], r[s + 1], a, a >> 31, 0);
        alo = A.rlo; ahi = A.rhi;
      }
      const iss = op === Op.LDR_LIT ? 0 : b;
      const st = store ? writeVa(cpu, alo, ahi, size, r[d], r[d + 1], el, iss) : readVa(cpu, alo, ahi, size, el, iss);
      if (st !== DONE) return st;
      if (!store) setLoaded(cpu, d, code);
      if (op === Op.LDST_PRE) { r[s] = alo; r[s + 1] = ahi; }
      else if (op === Op.LDST_POST) { A.add64(alo, ahi, a, a >> 31, 0); r[s] = A.rlo; r[s + 1] = A.rhi; }
      return DONE;
    }
    case Op.LDSTP: {
      const mode = (code >>> 5) & 3, bytes = 1 << size;
      const base = mode === 1 ? 0 : a; // post-index accesses at the base
      A.add64(r[s], r[s + 1], base, base >> 31, 0);
      const alo = A.rlo, ahi = A.rhi;
      A.add64(alo, ahi, bytes, 0, 0);
      const blo = A.rlo, bhi = A.rhi;
      if (store) {
        const v1lo = r[d], v1hi = r[d + 1], v2lo = r[t], v2hi = r[t + 1];
        // A pair that crosses a page: translate both pages first, in address order, so a fault
        // leaves memory untouched and names the lowest faulting byte (the first element's
        // address if its page faults, else the first byte of the next page — as QEMU).
        if ((alo & 0xfff) + 2 * bytes > 4096) {
          let st2 = probeWrite(cpu, alo, ahi, size, el, b);
          if (st2 !== DONE) return st2;
          A.add64(alo & ~0xfff, ahi, 4096, 0, 0);
          st2 = probeWrite(cpu, A.rlo, A.rhi, 0, el, b);
          if (st2 !== DONE) return st2;
        }
        let st = writeVa(cpu, alo, ahi, size, v1lo, v1hi, el, b);
        if (st !== DONE) return st;
        st = writeVa(cpu, blo, bhi, size, v2lo, v2hi, el, b);
        if (st !== DONE) return st;
      } else {
        let st = readVa(cpu, alo, ahi, size, el, b);
        if (st !== DONE) return st;
        const v1lo = loadedLo, v1hi = loadedHi;
        st = readVa(cpu, blo, bhi, size, el, b);
        if (st !== DONE) return st;
        const sext = (code & 4) !== 0;
        setLoaded(cpu, t, sext ? 2 | 4 | 8 : size);
        loadedLo = v1lo; loadedHi = v1hi;
        setLoaded(cpu, d, sext ? 2 | 4 | 8 : size);
      }
      if (mode !== 0) {
        A.add64(r[s], r[s + 1], a, a >> 31, 0);
        r[s] = A.rlo; r[s + 1] = A.rhi;
      }
      return DONE;
    }
    case Op.LDXR: return loadExclusive(cpu, d, s, t, code);
    case Op.STXR: return storeExclusive(cpu, d, s, t, a, code);
    case Op.ATOMIC: return atomic(cpu, d, s, t, a, size);
    case Op.CAS: return cas(cpu, d, s, t, size);
    case Op.CASP: return casp(cpu, d, s, t, size);
  }
  return cpu.undefinedInstruction();
}

/**
 * For the FP/SIMD executors (VCpu.memOffset): a data access at VA (lo, hi) for the current EL,
 * aligned as 2^size bytes (size 0..4), `len` bytes long (watchpoints check those that lie in
 * this page: the caller translates the next page for the rest). A 16-byte access checks its own
 * alignment (SCTLR_EL1.A), then translates as an 8-byte one. Returns an offset, -1 (fault
 * taken) or -2 (exit set: MMIO or a watchpoint).
 */
export function memOffset(cpu: VCpu, lo: number, hi: number, write: boolean, size: number, len = 1 << size): number {
  if (size === 4 && (lo & 15) !== 0 && (cpu.r[SCTLR_EL1] & 2) !== 0) {
    cpu.dataFault(DFSC_ALIGNMENT, write, lo, hi);
    return -1;
  }
  const wlen = Math.min(len, 4096 - (lo & 0xfff));
  return translateData(cpu, lo, hi, write ? ACC_WRITE : ACC_READ, Math.min(size, 3), cpu.r[CUREL], 0, false, wlen);
}

/** A store of `len` bytes at shared-memory offset `off` drops the decoded code it overwrites. */
export function noteStore(cpu: VCpu, off: number, len: number): void {
  const ramOff = off - RAM_OFFSET, marks = cpu.code.marks;
  if (marks[ramOff >>> 12] !== 0 || marks[(ramOff + len - 1) >>> 12] !== 0) cpu.code.invalidate(ramOff, len);
}

/**
 * The high half of VA as watchpoints compare it: with the MMU on and top-byte-ignore for its
 * half (TCR_EL1.TBI0/TBI1), bits 63:56 are bit 55's copies (gdb watches untagged addresses).
 */
function watchHi(cpu: VCpu, hi: number): number {
  const r = cpu.r;
  if ((r[SCTLR_EL1] & 1) === 0) return hi;
  const upper = (hi >>> 23) & 1;
  return ((r[TCR_EL1 + 1] >>> (upper ? 6 : 5)) & 1) === 0 ? hi : (hi & 0x00ffffff) | (upper ? 0xff000000 : 0);
}

/**
 * A data access [VA, VA+bytes) (within one page) that matches a watchpoint (`how`: WATCH_READ,
 * WATCH_WRITE, WATCH_RMW) stops the vCPU before it happens: the exit is EC_WATCHPOINT with FAR =
 * the watchpoint's address and ISS WnR = it matched as a write. `whi`: the high half as
 * watchHi() gives it.
 */
function watchStop(cpu: VCpu, lo: number, whi: number, bytes: number, how: number): boolean {
  const p = cpu.points;
  if (!p.watchHit(lo, whi, bytes, how)) return false;
  cpu.setExit(EC_WATCHPOINT, p.hitWrite ? 1 << 6 : 0, p.hitLo, p.hitHi);
  return true;
}

/** Does a watchpoint of gdb's or of the guest's overlap the 4 KiB VA page of (lo, whi)? */
function pageWatched(cpu: VCpu, lo: number, whi: number): boolean {
  return (cpu.points.watchCount !== 0 && cpu.points.pageWatched(lo, whi)) ||
    (cpu.dbg.wpCount !== 0 && cpu.dbg.pageWatched(lo, whi));
}

/**
 * The watchpoint checks of a data access [VA, VA+bytes) (in one page) by an access of privilege
 * `el`: gdb's first (watchStop: an exit, -2), then the guest's own (src/cpu/guest-debug.ts): its
 * Watchpoint exception, taken before the access (EC 0x34 from EL0, 0x35 from EL1; DFSC 0x22,
 * WnR as matched, CM = 0: cache maintenance is not watched; FAR = the lowest watched address of
 * the access, as QEMU 7.2), -1. 0: no hit.
 */
function watchCheck(cpu: VCpu, lo: number, whi: number, bytes: number, how: number, el: number): number {
  if (cpu.points.watchCount !== 0 && watchStop(cpu, lo, whi, bytes, how)) return -2;
  const g = cpu.dbg;
  if (g.wpCount === 0 || !g.watchHit(cpu.r, lo, whi, bytes, how, el)) return 0;
  cpu.syncException(EC_WATCHPOINT + cpu.r[CUREL], FSC_DEBUG | (g.hitWrite ? 1 << 6 : 0), true, g.hitLo, g.hitHi);
  return -1;
}

/**
 * DC ZVA: zero the naturally aligned block of DCZVA_BYTES that holds the VA in Xt. It is a
 * store to the block (Arm ARM: "not a cache maintenance instruction"): a fault says WnR = 1,
 * CM = 0, and FAR = Xt itself, not the block's address (QEMU 7.2 reports Xt; so does the
 * pseudocode, which aborts with the register value). No alignment check (the block is
 * aligned by construction), but Device memory takes an Alignment fault (Arm ARM; QEMU 7.2
 * zeroes Device memory instead: see firmware/src/sys_abort_cm.c).
 */
export function dcZva(cpu: VCpu, s: number): number {
  const r = cpu.r;
  const lo = r[s], hi = r[s + 1];
  // The block lies in Xt's page: translating Xt itself (size 0) faults with FAR = Xt.
  const off = translateData(cpu, lo, hi, ACC_WRITE, 0, r[CUREL], 0, false, 0);
  if (off < 0) {
    // Nothing behind the block: its external abort reports the block's address (the Arm ARM's
    // DC ZVA writes the aligned block and an external write abort reports the address written;
    // QEMU 7.2 the same, firmware/src/sys_extabt.c), unlike a translation fault (Xt).
    if (off === -2 && cpu.exitEc === EC_DABT_LOW) cpu.exitVaLo = lo & ~(DCZVA_BYTES - 1);
    return off === -1 ? FAULT : STOP;
  }
  if (lastDevice) return cpu.dataFault(DFSC_ALIGNMENT, true, lo, hi);
  // A write watchpoint on any byte of the block stops it (checked as QEMU 7.2 probes it: Xt's
  // byte, then the block).
  if (cpu.points.watchCount !== 0 || cpu.dbg.wpCount !== 0) {
    const whi = watchHi(cpu, hi), el = r[CUREL];
    const w = watchCheck(cpu, lo, whi, 1, WATCH_WRITE, el) || watchCheck(cpu, lo & ~(DCZVA_BYTES - 1), whi, DCZVA_BYTES, WATCH_WRITE, el);
    if (w !== 0) return failStatus(w);
  }
  const block = off - (lo & (DCZVA_BYTES - 1));
  const ramOff = block - RAM_OFFSET;
  if (cpu.code.marks[ramOff >>> 12] !== 0) cpu.code.invalidate(ramOff, DCZVA_BYTES);
  cpu.mem.bytes.fill(0, block, block + DCZVA_BYTES);
  return DONE;
}

/**
 * Translates a data access of 2^size bytes at VA (lo, hi) at exception level `el` (0 for
 * LDTR/STTR at EL1). Returns the byte offset in the shared memory for RAM; -1 after taking a
 * data abort to the guest; -2 after setting an exit for the hypervisor: a stage-2 one (MMIO),
 * with `iss` as its syndrome, or a watchpoint. Fills the TLB for RAM pages. `rmw`: a write that
 * first reads (LSE atomics, CAS, CASP, a store-exclusive that passed its monitor check): when
 * the write translation faults, the fault is the read's if reading faults too (WnR = 0: not
 * mapped, access flag, walk abort), else the write's (WnR = 1: read-only) — QEMU 7.2's order on
 * one vCPU, which loads, then stores; and the older Arm ARM pseudocode's (Mem[] read, then write).
 * Watchpoints: `wlen` bytes from VA (in this page; 0 = the caller checks them itself), matched
 * as `how` (WATCH_READ/WRITE/RMW; by default what acc and rmw say).
 */
export function translateData(
  cpu: VCpu, lo: number, hi: number, acc: number, size: number, el: number, iss = 0, rmw = false,
  wlen = 1 << size, how = rmw ? WATCH_RMW : acc === ACC_WRITE ? WATCH_WRITE : WATCH_READ,
): number {
  const r = cpu.r;
  // TLB first: its entries are normal-memory RAM pages this access type is allowed to use, so
  // only the SCTLR_EL1.A alignment check remains. A page gdb or the guest watches has its entry
  // marked WATCHED, which the inline fast path never matches: here it costs the range check.
  const te = cpu.tlb.e, e = (tlbBank(el, acc) * TLB_SIZE + ((lo >>> 12) & TLB_MASK)) * 4;
  const tag = te[e], page = lo & ~0xfff;
  if ((tag === page || tag === (page | WATCHED)) && te[e + 1] === hi && (te[e + 2] === GLOBAL || te[e + 2] === cpu.asid) &&
    ((lo & ((1 << size) - 1)) === 0 || (r[SCTLR_EL1] & 2) === 0)) {
    if (tag !== page) {
      const whi = watchHi(cpu, hi);
      if (pageWatched(cpu, lo, whi)) {
        if (wlen !== 0) { const w = watchCheck(cpu, lo, whi, wlen, how, el); if (w !== 0) return w; }
      } else te[e] = page; // no longer watched: back on the fast path
    }
    lastDevice = false;
    return te[e + 3] + (lo & 0xfff);
  }
  translate(r, cpu.dv, cpu.ramEnd, lo, hi, acc, el, true);
  if (tFault !== 0) { translationFault(cpu, lo, hi, acc, el, rmw); return -1; }
  lastDevice = tDevice;
  const bytes = 1 << size;
  if ((lo & (bytes - 1)) !== 0 && (tDevice || (r[SCTLR_EL1] & 2) !== 0)) {
    cpu.dataFault(DFSC_ALIGNMENT, acc === ACC_WRITE, lo, hi);
    return -1;
  }
  let watchedPage = false;
  if (cpu.points.watchCount !== 0 || cpu.dbg.wpCount !== 0) {
    const whi = watchHi(cpu, hi);
    watchedPage = pageWatched(cpu, lo, whi);
    if (watchedPage && wlen !== 0) { const w = watchCheck(cpu, lo, whi, wlen, how, el); if (w !== 0) return w; }
  }
  const pa = tPaLo >>> 0;
  if (tPaHi !== 0 || pa < RAM_BASE || pa + bytes > cpu.ramEnd) {
    cpu.setExit(EC_DABT_LOW, iss, tPaLo, tPaHi);
    cpu.exitInsn = cpu.currentWord();
    cpu.exitVaLo = lo; cpu.exitVaHi = hi; cpu.exitWrite = acc === ACC_WRITE && !rmw; // an atomic reads first
    return -2;
  }
  const off = pa + DELTA;
  const ramPage = (pa - RAM_BASE) >>> 12;
  // Every store reaches RAM through here or through a write TLB entry filled here.
  if (acc === ACC_WRITE) cpu.mem.noteWritten(pa - RAM_BASE, bytes);
  if (!tDevice && (acc !== ACC_WRITE || cpu.code.marks[ramPage] === 0)) {
    const bank = tlbBank(el, acc);
    cpu.tlb.fill(bank, lo, hi, tGlobal ? GLOBAL : tAsid, off, tSpan);
    if (watchedPage) te[(bank * TLB_SIZE + ((lo >>> 12) & TLB_MASK)) * 4] |= WATCHED;
  }
  return off;
}

/**
 * For compiled stores whose write-TLB lookup missed (src/jit/memory-ops.ts): the memory offset
 * of a plain store of `len` bytes (one page, 2^size-aligned as the access needs) at VA (lo, hi)
 * that translateData would let through with no exception, exit, watchpoint or invalidation of
 * decoded code, after doing what translateData does for it (the written mark, the TLB fill); or
 * -1 having changed nothing, so the region leaves at the instruction and the interpreter's slow
 * path does it exactly. The common case is data in a page that also holds code (write TLB
 * entries never map those): without this, every such store left compiled code.
 */
function plainStoreOffset(cpu: VCpu, lo: number, hi: number, size: number, len: number): number {
  if ((lo & 0xfff) + len > 4096 || cpu.points.watchCount !== 0 || cpu.dbg.wpCount !== 0) return -1;
  const r = cpu.r, el = r[CUREL], bank = tlbBank(el, ACC_WRITE);
  // An entry translateData would use without a walk (a stale one included) is its business.
  const te = cpu.tlb.e, e = (bank * TLB_SIZE + ((lo >>> 12) & TLB_MASK)) * 4;
  if ((te[e] & ~WATCHED) === (lo & ~0xfff) && te[e + 1] === hi && (te[e + 2] === GLOBAL || te[e + 2] === cpu.asid)) return -1;
  translate(r, cpu.dv, cpu.ramEnd, lo, hi, ACC_WRITE, el, true);
  if (tFault !== 0 || tDevice || ((lo & ((1 << size) - 1)) !== 0 && (r[SCTLR_EL1] & 2) !== 0)) return -1;
  const pa = tPaLo >>> 0;
  if (tPaHi !== 0 || pa < RAM_BASE || pa + len > cpu.ramEnd) return -1;
  const ramOff = pa - RAM_BASE, ramPage = ramOff >>> 12;
  const code = cpu.code.marks[ramPage] !== 0;
  if (code && cpu.code.decodedIn(ramOff, len)) return -1;
  cpu.mem.noteWritten(ramOff, len);
  if (!code) cpu.tlb.fill(bank, lo, hi, tGlobal ? GLOBAL : tAsid, pa + DELTA, tSpan);
  return pa + DELTA;
}

/**
 * plainStoreOffset's store done: 2^size bytes of (v1Lo, v1Hi), and with `pair` the next 2^size
 * of (v2Lo, v2Hi) (STP); false with nothing changed when it is not a plain RAM store. `before`
 * sees the memory offset and length first (`--tier check`'s undo log).
 */
export function plainStore(cpu: VCpu, lo: number, hi: number, size: number, v1Lo: number, v1Hi: number, v2Lo: number, v2Hi: number, pair: boolean, before?: (off: number, len: number) => void): boolean {
  const bytes = 1 << size, len = pair ? 2 * bytes : bytes;
  const off = plainStoreOffset(cpu, lo, hi, size, len);
  if (off < 0) return false;
  before?.(off, len);
  storeSized(cpu.dv, off, size, v1Lo, v1Hi);
  if (pair) storeSized(cpu.dv, off + bytes, size, v2Lo, v2Hi);
  return true;
}

/** translateData's fault (tFault set): the data abort, WnR as `rmw` says. */
function translationFault(cpu: VCpu, lo: number, hi: number, acc: number, el: number, rmw: boolean): void {
  const fsc = tFault;
  if (rmw) {
    translate(cpu.r, cpu.dv, cpu.ramEnd, lo, hi, ACC_READ, el, true);
    if (tFault !== 0) { cpu.dataFault(tFault, false, lo, hi); return; }
  }
  cpu.dataFault(fsc, acc === ACC_WRITE, lo, hi);
}

/** Status for translateData's negative results. */
function failStatus(off: number): number {
  return off === -1 ? FAULT : STOP;
}

/**
 * Reads 2^size bytes at VA into vlo/vhi (zero-extended). Returns DONE, FAULT or STOP. An access
 * that crosses a page is done byte by byte so each byte is translated (and faults precisely).
 */
function readVa(cpu: VCpu, lo: number, hi: number, size: number, el: number, iss: number): number {
  const bytes = 1 << size, dv = cpu.dv;
  if ((lo & 0xfff) + bytes <= 4096) {
    const o = translateData(cpu, lo, hi, ACC_READ, size, el, iss);
    if (o < 0) return failStatus(o);
    loadedHi = 0;
    switch (size) {
      case 0: loadedLo = dv.getUint8(o); break;
      case 1: loadedLo = dv.getUint16(o, true); break;
      case 2: loadedLo = dv.getInt32(o, true); break;
      default: loadedLo = dv.getInt32(o, true); loadedHi = dv.getInt32(o + 4, true);
    }
    return DONE;
  }
  let vlo = 0, vhi = 0;
  for (let k = 0; k < bytes; k++) {
    A.add64(lo, hi, k, 0, 0);
    const o = translateData(cpu, A.rlo, A.rhi, ACC_READ, 0, el);
    if (o < 0) return failStatus(o);
    const byte = dv.getUint8(o);
    if (k < 4) vlo |= byte << (8 * k); else vhi |= byte << (8 * (k - 4));
  }
  loadedLo = vlo | 0; loadedHi = vhi | 0;
  return DONE;
}

/** Writes 2^size bytes of (vlo, vhi) at VA; DONE, FAULT or STOP. */
function writeVa(cpu: VCpu, lo: number, hi: number, size: number, vlo: number, vhi: number, el: number, iss: number): number {
  const bytes = 1 << size;
  if ((lo & 0xfff) + bytes <= 4096) {
    const o = translateData(cpu, lo, hi, ACC_WRITE, size, el, iss);
    if (o < 0) return failStatus(o);
    storeAt(cpu, o, size, vlo, vhi);
    return DONE;
  }
  // Translate every byte first so a fault leaves memory untouched.
  const offs: number[] = [];
  for (let k = 0; k < bytes; k++) {
    A.add64(lo, hi, k, 0, 0);
    const o = translateData(cpu, A.rlo, A.rhi, ACC_WRITE, 0, el);
    if (o < 0) return failStatus(o);
    offs.push(o);
  }
  for (let k = 0; k < bytes; k++) storeAt(cpu, offs[k], 0, k < 4 ? vlo >>> (8 * k) : vhi >>> (8 * (k - 4)), 0);
  return DONE;
}

/** Stores at a shared-memory offset, dropping decoded instructions there. */
function storeAt(cpu: VCpu, o: number, size: number, vlo: number, vhi: number): void {
  const ramOff = o - RAM_OFFSET, len = 1 << size;
  const marks = cpu.code.marks;
  if (marks[ramOff >>> 12] !== 0 || marks[(ramOff + len - 1) >>> 12] !== 0) cpu.code.invalidate(ramOff, len);
  storeSized(cpu.dv, o, size, vlo, vhi);
}

/** Writes the loaded vlo/vhi to slot d, sign-extending as `code` says. */
function setLoaded(cpu: VCpu, d: number, code: number): void {
  const size = code & 3;
  let lo = loadedLo, hi = loadedHi;
  if (code & 4) {
    if (size === 0) lo = (lo << 24) >> 24;
    else if (size === 1) lo = (lo << 16) >> 16;
    hi = code & 8 ? lo >> 31 : 0;
  }
  cpu.r[d] = lo;
  cpu.r[d + 1] = hi;
}

/** SP alignment check (SCTLR_EL1.SA / SA0) for an access based on SP. */
function spMisaligned(cpu: VCpu, base: number): boolean {
  const r = cpu.r;
  if (base !== SP || (r[SP] & 15) === 0) return false;
  return (r[SCTLR_EL1] & (r[CUREL] === 0 ? 1 << 4 : 1 << 3)) !== 0;
}

/** Translates a write without performing it (for precise faults on pairs; no watchpoint check). */
function probeWrite(cpu: VCpu, lo: number, hi: number, size: number, el: number, iss: number): number {
  const o = translateData(cpu, lo, hi, ACC_WRITE, size, el, iss, false, 0);
  return o < 0 ? failStatus(o) : DONE;
}

/**
 * Translates an exclusive or atomic access: it must be naturally aligned (to the whole pair)
 * and in RAM. Returns the shared-memory offset, or a negative status (-1 fault, -2 exit).
 * ACC_WRITE means read-modify-write (atomics, CAS/CASP, a store-exclusive past its monitor
 * check): faults as translateData's `rmw`, and a misaligned address is the read's Alignment
 * fault (WnR = 0), as QEMU 7.2 reports them. `how`: what watchpoints see — WATCH_RMW for
 * atomics and CAS/CASP, WATCH_WRITE for a store-exclusive (the Arm ARM's: a store; QEMU 7.2
 * also reports read watchpoints for it, as its compare-and-swap reads first), WATCH_READ for a
 * load-exclusive.
 */
function atomicAccess(cpu: VCpu, lo: number, hi: number, bytes: number, acc: number, how: number): number {
  if ((lo & (bytes - 1)) !== 0) { cpu.dataFault(DFSC_ALIGNMENT, false, lo, hi); return -1; }
  const rmw = acc === ACC_WRITE;
  return translateData(cpu, lo, hi, acc, 0, cpu.r[CUREL], rmw ? 1 << 6 : 0, rmw, bytes, how);
}

function loadExclusive(cpu: VCpu, d: number, s: number, t: number, code: number): number {
  const r = cpu.r, dv = cpu.dv;
  cpu.stepLdex = true; // a software step of it reports EX = 1
  const size = code & 3, pair = (code >>> 2) & 1;
  const alo = r[s], ahi = r[s + 1];
  const bytes = (1 << size) << pair;
  const o = atomicAccess(cpu, alo, ahi, bytes, ACC_READ, WATCH_READ);
  if (o < 0) return failStatus(o);
  const v1lo = size === 3 ? dv.getInt32(o, true) : loadZ(dv, o, size), v1hi = size === 3 ? dv.getInt32(o + 4, true) : 0;
  r[EXCL_VAL] = v1lo; r[EXCL_VAL + 1] = v1hi; r[EXCL_VAL2] = 0; r[EXCL_VAL2 + 1] = 0;
  if (pair) {
    const o2 = o + (1 << size);
    const v2lo = size === 3 ? dv.getInt32(o2, true) : loadZ(dv, o2, size), v2hi = size === 3 ? dv.getInt32(o2 + 4, true) : 0;
    if (size === 2) r[EXCL_VAL + 1] = v2lo; // a W pair is monitored as one 64-bit value
    else { r[EXCL_VAL2] = v2lo; r[EXCL_VAL2 + 1] = v2hi; }
    r[t] = v2lo; r[t + 1] = v2hi;
  }
  r[d] = v1lo; r[d + 1] = v1hi;
  r[EXCL_VALID] = 1; r[EXCL_ADDR] = alo; r[EXCL_ADDR + 1] = ahi;
  return DONE;
}

function storeExclusive(cpu: VCpu, d: number, s: number, status: number, t2: number, code: number): number {
  const r = cpu.r, dv = cpu.dv;
  const size = code & 3, pair = (code >>> 2) & 1;
  const alo = r[s], ahi = r[s + 1];
  const bytes = (1 << size) << pair;
  const sd = status === ZR ? DISCARD : status;
  // The monitor first: with no reservation for this address the store-exclusive fails without
  // accessing memory, so it cannot fault (the Arm ARM leaves the order of the two checks
  // IMPLEMENTATION DEFINED; QEMU 7.2 checks the monitor first, as here).
  if (r[EXCL_VALID] !== 1 || r[EXCL_ADDR] !== alo || r[EXCL_ADDR + 1] !== ahi) {
    r[EXCL_VALID] = 0;
    r[sd] = 1; r[sd + 1] = 0;
    return DONE;
  }
  const o = atomicAccess(cpu, alo, ahi, bytes, ACC_WRITE, WATCH_WRITE);
  if (o < 0) return failStatus(o);
  const v1lo = r[d], v1hi = r[d + 1], v2lo = r[t2], v2hi = r[t2 + 1];
  // QEMU's model: succeed iff memory still holds what the load-exclusive saw.
  const wsz = pair && size === 2 ? 3 : size;
  const mlo = wsz === 3 ? dv.getInt32(o, true) : loadZ(dv, o, wsz), mhi = wsz === 3 ? dv.getInt32(o + 4, true) : 0;
  let ok = mlo === r[EXCL_VAL] && mhi === r[EXCL_VAL + 1];
  if (ok && pair && size === 3) ok = dv.getInt32(o + 8, true) === r[EXCL_VAL2] && dv.getInt32(o + 12, true) === r[EXCL_VAL2 + 1];
  if (ok) {
    if (pair && size === 2) storeAt(cpu, o, 3, v1lo, v2lo);
    else {
      storeAt(cpu, o, size, v1lo, v1hi);
      if (pair) storeAt(cpu, o + 8, 3, v2lo, v2hi);
    }
  }
  r[EXCL_VALID] = 0;
  r[sd] = ok ? 0 : 1; r[sd + 1] = 0;
  return DONE;
}

function atomic(cpu: VCpu, d: number, s: number, t: number, opc: number, size: number): number {
  const r = cpu.r, dv = cpu.dv;
  const alo = r[s], ahi = r[s + 1], bytes = 1 << size;
  const o = atomicAccess(cpu, alo, ahi, bytes, ACC_WRITE, WATCH_RMW);
  if (o < 0) return failStatus(o);
  const olo = size === 3 ? dv.getInt32(o, true) : loadZ(dv, o, size), ohi = size === 3 ? dv.getInt32(o + 4, true) : 0;
  let slo = r[t], shi = size === 3 ? r[t + 1] : 0;
  if (size < 2) slo &= size === 0 ? 0xff : 0xffff;
  let nlo: number, nhi: number;
  switch (opc) {
    case 0: A.add64(olo, ohi, slo, shi, 0); nlo = A.rlo; nhi = A.rhi; break; // LDADD
    case 1: nlo = olo & ~slo; nhi = ohi & ~shi; break; // LDCLR
    case 2: nlo = olo ^ slo; nhi = ohi ^ shi; break; // LDEOR
    case 3: nlo = olo | slo; nhi = ohi | shi; break; // LDSET
    case 8: nlo = slo; nhi = shi; break; // SWP
    default: {
      const signed = opc === 4 || opc === 5, max = opc === 4 || opc === 6;
      const c = compareSized(olo, ohi, slo, shi, size, signed);
      const takeOld = max ? c >= 0 : c <= 0;
      nlo = takeOld ? olo : slo; nhi = takeOld ? ohi : shi;
    }
  }
  storeAt(cpu, o, size, nlo, nhi);
  r[d] = olo; r[d + 1] = ohi;
  return DONE;
}

function cas(cpu: VCpu, t: number, s: number, rs: number, size: number): number {
  const r = cpu.r, dv = cpu.dv;
  const alo = r[s], ahi = r[s + 1];
  const o = atomicAccess(cpu, alo, ahi, 1 << size, ACC_WRITE, WATCH_RMW);
  if (o < 0) return failStatus(o);
  const olo = size === 3 ? dv.getInt32(o, true) : loadZ(dv, o, size), ohi = size === 3 ? dv.getInt32(o + 4, true) : 0;
  let clo = r[rs];
  const chi = size === 3 ? r[rs + 1] : 0;
  if (size < 2) clo &= size === 0 ? 0xff : 0xffff;
  if (olo === clo && ohi === chi) storeAt(cpu, o, size, r[t], r[t + 1]);
  const sd = rs === ZR ? DISCARD : rs;
  r[sd] = olo; r[sd + 1] = ohi;
  return DONE;
}

function casp(cpu: VCpu, t: number, s: number, rs: number, size: number): number {
  const r = cpu.r, dv = cpu.dv;
  const alo = r[s], ahi = r[s + 1], bytes = 1 << size;
  const o = atomicAccess(cpu, alo, ahi, bytes * 2, ACC_WRITE, WATCH_RMW);
  if (o < 0) return failStatus(o);
  const rd = (k: number): number => (size === 3 ? dv.getInt32(o + k, true) : loadZ(dv, o + k, size));
  const o1lo = rd(0), o1hi = size === 3 ? dv.getInt32(o + 4, true) : 0;
  const o2lo = rd(bytes), o2hi = size === 3 ? dv.getInt32(o + bytes + 4, true) : 0;
  const c1hi = size === 3 ? r[rs + 1] : 0, c2hi = size === 3 ? r[rs + 3] : 0;
  if (o1lo === r[rs] && o1hi === c1hi && o2lo === r[rs + 2] && o2hi === c2hi) {
    const v1lo = r[t], v1hi = r[t + 1], v2lo = r[t + 2], v2hi = r[t + 3];
    storeAt(cpu, o, size, v1lo, v1hi);
    storeAt(cpu, o + bytes, size, v2lo, v2hi);
  }
  const rs2 = rs + 2 === ZR ? DISCARD : rs + 2; // CASP X30, XZR pair
  r[rs] = o1lo; r[rs + 1] = o1hi; r[rs2] = o2lo; r[rs2 + 1] = o2hi;
  return DONE;
}

/** Loads at byte offset o of the memory into slot d, sized and extended as `code` says. */
export function loadCoded(dv: DataView, o: number, code: number, r: Int32Array, d: number): void {
  let lo: number, hi = 0;
  switch (code & 15) {
    case 0: lo = dv.getUint8(o); break; // LDRB
    case 1: lo = dv.getUint16(o, true); break; // LDRH
    case 2: lo = dv.getInt32(o, true); break; // LDR W
    case 3: case 3 | 8: lo = dv.getInt32(o, true); hi = dv.getInt32(o + 4, true); break; // LDR X
    case 4: lo = dv.getInt8(o) & 0xffff_ffff; break; // LDRSB W
    case 5: lo = dv.getInt16(o, true); break; // LDRSH W
    case 4 | 8: lo = dv.getInt8(o); hi = lo >> 31; break; // LDRSB X
    case 5 | 8: lo = dv.getInt16(o, true); hi = lo >> 31; break; // LDRSH X
    case 6 | 8: lo = dv.getInt32(o, true); hi = lo >> 31; break; // LDRSW
    default: lo = dv.getUint8(o); break; // ldstCode never produces other codes
  }
  r[d] = lo;
  r[d + 1] = hi;
}

/** Stores the low (8 << size) bits of (lo, hi) at byte offset o of the memory. */
export function storeSized(dv: DataView, o: number, size: number, lo: number, hi: number): void {
  switch (size) {
    case 0: dv.setUint8(o, lo); break;
    case 1: dv.setUint16(o, lo, true); break;
    case 2: dv.setInt32(o, lo, true); break;
    default: dv.setInt32(o, lo, true); dv.setInt32(o + 4, hi, true);
  }
}

/** Zero-extended load of 1, 2 or 4 bytes. */
function loadZ(dv: DataView, o: number, size: number): number {
  return size === 0 ? dv.getUint8(o) : size === 1 ? dv.getUint16(o, true) : dv.getInt32(o, true);
}

/** Compares two zero-extended values of `size` as signed or unsigned: -1, 0 or 1. */
function compareSized(alo: number, ahi: number, blo: number, bhi: number, size: number, signed: boolean): number {
  if (size < 3) {
    const sh = 32 - (8 << size);
    const a = signed ? (alo << sh) >> sh : (alo << sh) >>> sh;
    const b = signed ? (blo << sh) >> sh : (blo << sh) >>> sh;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const ha = signed ? ahi : ahi >>> 0, hb = signed ? bhi : bhi >>> 0;
  if (ha !== hb) return ha < hb ? -1 : 1;
  const la = alo >>> 0, lb = blo >>> 0;
  return la < lb ? -1 : la > lb ? 1 : 0;
}
