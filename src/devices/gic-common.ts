// What GICv2 (gicv2.ts) and GICv3 (gicv3.ts) share: the interrupt state machine, the
// distributor-style register banks, the priority/preemption logic of a CPU interface and the
// IRQ/FIQ outputs. Each version adds its own register maps, SPI routing and CPU interface access
// path (GICv2: banked MMIO; GICv3: ICC_* system registers).
//
// State, per interrupt (Arm IHI0069 4.1 / IHI0048 3.2): enabled, pending latch, active, input
// level, edge/level configuration, group and priority. INTIDs 0..31 (SGIs, PPIs) are banked per
// CPU, SPIs 32..nIrq-1 exist once. A level-sensitive interrupt is pending while its line is high
// OR its latch is set (the latch comes from GICD_ISPENDR writes); an edge-triggered one latches on a
// rising edge. Acknowledge clears the latch and sets active; an active interrupt is not signalled
// again until deactivated (it is "active and pending" meanwhile). This is QEMU's model.
//
// CPU interface: priority mask (PMR), binary points, active-priority bitmaps (one bit per group
// priority, per group: GICC_APRn/GICC_NSAPRn or ICC_AP0Rn/ICC_AP1Rn) from which the running
// priority is derived, and the group enables. The highest-priority pending interrupt per CPU and
// the IRQ/FIQ outputs are cached and recomputed lazily, only after a state change (dirty bit per
// CPU), so irqPending() is a bit test plus an array read when nothing changed.

import { SnapshotError, showState, stateInt, stateInts, stateObject, type Device } from './device.ts';
import type { IrqLine } from './irq.ts';

/** A GIC register frame is 64 KiB (the GICv3 architecture; QEMU maps GICv2's GICD and GICC so too). */
export const GIC_FRAME_BYTES = 0x1_0000;
/** A GICv3 redistributor: RD_base and SGI_base frames, 128 KiB per CPU. */
export const GICR_STRIDE = 0x2_0000;

/** SGIs + PPIs: the banked INTIDs (the first SPI is INTID GIC_INTERNAL). */
export const GIC_INTERNAL = 32;
/** SGIs are INTIDs 0..15 (the first PPI is INTID GIC_NR_SGIS). */
export const GIC_NR_SGIS = 16;
/** CPUs a GIC model may serve: GICv2's 8-bit target lists address 8, and both versions keep that limit. */
export const GIC_MAX_CPUS = 8;
/** "No pending interrupt" INTID. */
export const INTID_SPURIOUS = 1023;
/** GICv2: a Group 1 interrupt is the highest pending but GICC_CTLR.AckCtl forbids acknowledging it. */
export const INTID_GROUP1_HIDDEN = 1022;
/** Running priority when no interrupt is active (above any 8-bit priority). */
export const IDLE_PRIORITY = 0x100;

/** Kinds of one-bit-per-interrupt state a distributor bitmap register reaches. */
export const BITS_GROUP = 0, BITS_ENABLE = 1, BITS_PENDING = 2, BITS_ACTIVE = 3;
export type BitsKind = typeof BITS_GROUP | typeof BITS_ENABLE | typeof BITS_PENDING | typeof BITS_ACTIVE;

export interface GicParams {
  cpus: number;
  /** Total INTIDs including the 32 internal ones; a multiple of 32. */
  irqs: number;
  /** Priority bits implemented: 5 (QEMU GICv3) or 8 (QEMU GICv2). */
  prioBits: number;
  /** Minimum binary point (7 - preemption bits): 2 for GICv3 (5 bits), 0 for GICv2. */
  minBpr: number;
  /** Bits of the version's CPU interface control register. */
  ctlrCbpr: number;
  ctlrEoiMode: number;
}

/** The serializable part of the shared state. */
export interface GicCoreState {
  distCtlr: number;
  enable: number[]; latch: number[]; active: number[]; level: number[]; edge: number[]; group: number[]; prio: number[];
  pmr: number[]; bpr0: number[]; bpr1: number[]; cpuCtlr: number[]; grpEn: number[]; apr: number[];
}

/** An MMIO frame of the controller: one Device whose accesses go to the closures it was built with. */
export class GicFrame implements Device {
  constructor(
    readonly name: string,
    readonly base: number,
    readonly size: number,
    private readonly rd: (offset: number, size: number) => number,
    private readonly wr: (offset: number, size: number, value: number) => void,
    /**
     * The frame that carries the whole controller's reset/save/restore (the distributor). The
     * others carry no state: save() gives null and restore() ignores what it is given.
     */
    private readonly owner?: { reset(): void; save(): unknown; restore(state: unknown): void },
  ) {}

  read(offset: number, size: number): number {
    if (offset < 0 || offset >= this.size || (size !== 1 && size !== 2 && size !== 4) || (offset & (size - 1)) !== 0) return 0;
    return this.rd(offset, size) >>> 0;
  }

  write(offset: number, size: number, value: number): void {
    if (offset < 0 || offset >= this.size || (size !== 1 && size !== 2 && size !== 4) || (offset & (size - 1)) !== 0) return;
    this.wr(offset, size, value >>> 0);
  }

  reset(): void { this.owner?.reset(); }
  save(): unknown { return this.owner ? this.owner.save() : null; }
  restore(state: unknown): void { this.owner?.restore(state); }
}

/** CoreSight ID block (PIDR4..7, PIDR0..3, CIDR0..3 at 0xfd0..0xffc), a word per byte. */
export function readIdRegs(ids: readonly number[], idBase: number, offset: number, size: number): number {
  if (size !== 4) return 0;
  return ids[(offset - idBase) >> 2] ?? 0;
}

export abstract class GicCore {
  readonly cpus: number;
  readonly irqs: number;
  protected readonly nSpi: number;
  protected readonly prioMask: number;
  protected readonly nApr: number;
  protected readonly p: GicParams;

  // Per-interrupt state; index = bank(cpu, intid).
  protected distCtlr = 0;
  protected readonly enable: Uint8Array;
  protected readonly latch: Uint8Array;
  protected readonly active: Uint8Array;
  protected readonly level: Uint8Array;
  protected readonly edge: Uint8Array;
  protected readonly group: Uint8Array;
  protected readonly prio: Uint8Array;
  /** Bit c set: SPI (index intid-32) is delivered to CPU c. Maintained by the version's routing. */
  protected readonly targetMask: Uint8Array;

  // CPU interfaces.
  protected readonly pmr: Int32Array;
  protected readonly bpr0: Int32Array;
  protected readonly bpr1: Int32Array;
  protected readonly cpuCtlr: Int32Array;
  /** bit 0: Group 0 enabled at the CPU interface; bit 1: Group 1. */
  protected readonly grpEn: Int32Array;
  /** Active priorities: [(cpu * 2 + group) * nApr + word]. */
  protected readonly apr: Uint32Array;

  // Cache of the highest-priority pending interrupt and of the outputs.
  private dirty = 0;
  private readonly hpIntid: Int32Array;
  private readonly hpPrio: Int32Array;
  private readonly hpGroup: Int32Array;
  private readonly irqOut: Uint8Array;
  private readonly fiqOut: Uint8Array;
  private readonly spiLines: IrqLine[] = [];
  private readonly ppiLines: IrqLine[] = [];

  constructor(p: GicParams) {
    if (!Number.isInteger(p.cpus) || p.cpus < 1 || p.cpus > GIC_MAX_CPUS) throw new RangeError(`GIC: 1 to ${GIC_MAX_CPUS} CPUs, got ${p.cpus}`);
    if (!Number.isInteger(p.irqs) || p.irqs < 64 || p.irqs > 1024 || p.irqs % 32 !== 0) throw new RangeError(`GIC: interrupt count must be a multiple of 32 in 64..1024, got ${p.irqs}`);
    this.p = p;
    this.cpus = p.cpus;
    this.irqs = Math.min(p.irqs, 1020);
    this.nSpi = this.irqs - GIC_INTERNAL;
    this.prioMask = (0xff << (8 - p.prioBits)) & 0xff;
    // One APR bit per group priority: 2^(7 - minBpr) of them, 32 per word.
    this.nApr = Math.max(1, (1 << (7 - p.minBpr)) >> 5);
    const n = p.cpus * GIC_INTERNAL + this.nSpi;
    this.enable = new Uint8Array(n);
    this.latch = new Uint8Array(n);
    this.active = new Uint8Array(n);
    this.level = new Uint8Array(n);
    this.edge = new Uint8Array(n);
    this.group = new Uint8Array(n);
    this.prio = new Uint8Array(n);
    this.targetMask = new Uint8Array(this.nSpi);
    this.pmr = new Int32Array(p.cpus);
    this.bpr0 = new Int32Array(p.cpus);
    this.bpr1 = new Int32Array(p.cpus);
    this.cpuCtlr = new Int32Array(p.cpus);
    this.grpEn = new Int32Array(p.cpus);
    this.apr = new Uint32Array(p.cpus * 2 * this.nApr);
    this.hpIntid = new Int32Array(p.cpus);
    this.hpPrio = new Int32Array(p.cpus);
    this.hpGroup = new Int32Array(p.cpus);
    this.irqOut = new Uint8Array(p.cpus);
    this.fiqOut = new Uint8Array(p.cpus);
  }

  // ---- the machine's side ----------------------------------------------------------------

  spi(intid: number): IrqLine {
    if (!Number.isInteger(intid) || intid < GIC_INTERNAL || intid >= this.irqs) {
      throw new RangeError(`GIC: SPI INTID must be ${GIC_INTERNAL}..${this.irqs - 1}, got ${intid}`);
    }
    let line = this.spiLines[intid];
    if (!line) {
      const i = this.bank(0, intid);
      line = { set: (lvl: boolean) => this.setInput(i, lvl, -1) };
      this.spiLines[intid] = line;
    }
    return line;
  }

  ppi(cpu: number, intid: number): IrqLine {
    if (!Number.isInteger(cpu) || cpu < 0 || cpu >= this.cpus) throw new RangeError(`GIC: CPU must be 0..${this.cpus - 1}, got ${cpu}`);
    if (!Number.isInteger(intid) || intid < GIC_NR_SGIS || intid >= GIC_INTERNAL) throw new RangeError(`GIC: PPI INTID must be 16..31, got ${intid}`);
    const i = this.bank(cpu, intid);
    let line = this.ppiLines[i];
    if (!line) {
      line = { set: (lvl: boolean) => this.setInput(i, lvl, cpu) };
      this.ppiLines[i] = line;
    }
    return line;
  }

  irqPending(cpu: number): boolean {
    if (this.dirty & (1 << cpu)) this.update(cpu);
    return this.irqOut[cpu] === 1;
  }

  fiqPending(cpu: number): boolean {
    if (this.dirty & (1 << cpu)) this.update(cpu);
    return this.fiqOut[cpu] === 1;
  }

  /** Everything back to its reset state (distributor, redistributors and CPU interfaces). */
  reset(): void {
    this.distCtlr = this.distCtlrReset();
    for (const a of [this.enable, this.latch, this.active, this.level, this.edge, this.group, this.prio]) a.fill(0);
    for (let c = 0; c < this.cpus; c++) {
      // SGIs are edge-triggered, PPIs and SPIs reset to level (QEMU).
      for (let k = 0; k < GIC_NR_SGIS; k++) this.edge[c * GIC_INTERNAL + k] = 1;
      this.resetCpuInterface(c);
    }
    this.resetVersion();
    this.dirtyAll();
  }

  /** The CPU interface of one CPU to its reset values (QEMU resets it with the CPU, e.g. on PSCI CPU_ON). */
  resetCpuInterface(cpu: number): void {
    this.pmr[cpu] = 0;
    this.bpr0[cpu] = this.p.minBpr;
    this.bpr1[cpu] = this.p.minBpr + 1;
    this.cpuCtlr[cpu] = this.cpuCtlrReset();
    this.grpEn[cpu] = 0;
    this.apr.fill(0, cpu * 2 * this.nApr, (cpu + 1) * 2 * this.nApr);
    this.dirtyAll();
  }

  protected saveCore(): GicCoreState {
    return {
      distCtlr: this.distCtlr,
      enable: Array.from(this.enable), latch: Array.from(this.latch), active: Array.from(this.active),
      level: Array.from(this.level), edge: Array.from(this.edge), group: Array.from(this.group), prio: Array.from(this.prio),
      pmr: Array.from(this.pmr), bpr0: Array.from(this.bpr0), bpr1: Array.from(this.bpr1),
      cpuCtlr: Array.from(this.cpuCtlr), grpEn: Array.from(this.grpEn), apr: Array.from(this.apr),
    };
  }

  /**
   * The header of a snapshot: refuses (SnapshotError) a state saved by another version, CPU count
   * or interrupt count, or whose `extra` fields (e.g. the CPUs' affinities) differ from this one's.
   */
  protected checkConfig(state: unknown, version: 2 | 3, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const who = `GICv${version}`;
    const st = stateObject(state, who);
    const want: Record<string, unknown> = { version, cpus: this.cpus, irqs: this.irqs, ...extra };
    const differ = (keys: string[]): string[] => keys.filter((k) => JSON.stringify(st[k]) !== JSON.stringify(want[k]));
    // The extra fields only once version and sizes agree (other CPU counts have other affinities anyway).
    let diff = differ(['version', 'cpus', 'irqs']);
    if (diff.length === 0) diff = differ(Object.keys(extra));
    if (diff.length > 0) {
      throw new SnapshotError(`${who} restore: snapshot state does not match this configuration (` +
        diff.map((k) => `${k}: snapshot ${showState(st[k])}, this ${showState(want[k])}`).join('; ') + ')');
    }
    return st;
  }

  /** Checks the shared part of a snapshot (shapes and value ranges); nothing changes yet. */
  protected checkCore(state: unknown, who: string): GicCoreState {
    const s = stateObject(state, who, 'core');
    const n = this.enable.length, c = this.cpus;
    const bits = (k: string): number[] => stateInts(s, k, 1, who, n, `core.${k}`);
    const perCpu = (k: string, max: number): number[] => stateInts(s, k, max, who, c, `core.${k}`);
    return {
      distCtlr: stateInt(s, 'distCtlr', 0xff, who, 'core.distCtlr'),
      enable: bits('enable'), latch: bits('latch'), active: bits('active'), level: bits('level'), edge: bits('edge'), group: bits('group'),
      prio: stateInts(s, 'prio', 0xff, who, n, 'core.prio'),
      pmr: perCpu('pmr', 0xff), bpr0: perCpu('bpr0', 7), bpr1: perCpu('bpr1', 7), cpuCtlr: perCpu('cpuCtlr', 0xffff), grpEn: perCpu('grpEn', 3),
      apr: stateInts(s, 'apr', 0xffff_ffff, who, this.apr.length, 'core.apr'),
    };
  }

  /** Takes back a state checkCore() accepted. */
  protected restoreCore(s: GicCoreState): void {
    this.enable.set(s.enable); this.latch.set(s.latch); this.active.set(s.active);
    this.level.set(s.level); this.edge.set(s.edge); this.group.set(s.group); this.prio.set(s.prio);
    this.pmr.set(s.pmr); this.bpr0.set(s.bpr0); this.bpr1.set(s.bpr1);
    this.cpuCtlr.set(s.cpuCtlr); this.grpEn.set(s.grpEn); this.apr.set(s.apr);
    this.distCtlr = s.distCtlr;
    this.dirtyAll();
  }

  // ---- what each version supplies ----------------------------------------------------------

  protected abstract distCtlrReset(): number;
  protected abstract cpuCtlrReset(): number;
  /** Version-specific reset (routing, SGI sources, redistributor registers). */
  protected abstract resetVersion(): void;
  /** Whether a Group 0 interrupt is signalled as FIQ (GICv3: always; GICv2: GICC_CTLR.FIQEn). */
  protected abstract group0IsFiq(cpu: number): boolean;

  // ---- state helpers -----------------------------------------------------------------------

  /** Index of INTID `intid` as CPU `cpu` sees it. */
  protected bank(cpu: number, intid: number): number {
    return intid < GIC_INTERNAL ? cpu * GIC_INTERNAL + intid : this.cpus * GIC_INTERNAL + intid - GIC_INTERNAL;
  }

  protected dirtyAll(): void { this.dirty = (1 << this.cpus) - 1; }
  protected dirtyCpu(cpu: number): void { this.dirty |= 1 << cpu; }

  protected isPending(i: number): boolean {
    return this.latch[i] === 1 || (this.level[i] === 1 && this.edge[i] === 0);
  }

  /** An input line changed: `cpu` is the PPI's CPU, or -1 for an SPI. */
  private setInput(i: number, lvl: boolean, cpu: number): void {
    const v = lvl ? 1 : 0;
    if (this.level[i] === v) return;
    this.level[i] = v;
    if (v === 1 && this.edge[i] === 1) this.latch[i] = 1;
    if (cpu < 0) this.dirtyAll(); else this.dirtyCpu(cpu);
  }

  /** Sets an SGI/PPI/SPI pending latch (ISPENDR, SGI generation). */
  protected setLatch(i: number, cpu: number): void {
    this.latch[i] = 1;
    if (cpu < 0) this.dirtyAll(); else this.dirtyCpu(cpu);
  }

  // ---- distributor-style register banks ----------------------------------------------------
  // `cpu` selects the bank for INTIDs 0..31; INTIDs at or above nIrq are RAZ/WI.

  private bitsArray(kind: BitsKind): Uint8Array {
    switch (kind) {
      case BITS_GROUP: return this.group;
      case BITS_ENABLE: return this.enable;
      case BITS_PENDING: return this.latch;
      case BITS_ACTIVE: return this.active;
    }
  }

  /** `nbits` bits (one per INTID from intid0) of a set/clear-bitmap register. */
  protected readBits(kind: BitsKind, cpu: number, intid0: number, nbits: number): number {
    let v = 0;
    for (let k = 0; k < nbits; k++) {
      const intid = intid0 + k;
      if (intid >= this.irqs) break;
      const i = this.bank(cpu, intid);
      const bit = kind === BITS_PENDING ? this.isPending(i) : this.bitsArray(kind)[i] === 1;
      if (bit) v |= 1 << k;
    }
    return v >>> 0;
  }

  /** op: 1 = write-1-to-set, 0 = write-1-to-clear, 2 = store every bit. */
  protected writeBits(kind: BitsKind, cpu: number, intid0: number, nbits: number, value: number, op: 0 | 1 | 2): void {
    const arr = this.bitsArray(kind);
    for (let k = 0; k < nbits; k++) {
      const intid = intid0 + k;
      if (intid >= this.irqs) break;
      const bit = (value >>> k) & 1;
      const i = this.bank(cpu, intid);
      if (op === 2) arr[i] = bit;
      else if (bit) arr[i] = op;
    }
    this.dirtyAll();
  }

  /** IPRIORITYR bytes (the low bits beyond the implemented priority bits read as zero). */
  protected readPrio(cpu: number, intid0: number, n: number): number {
    let v = 0;
    for (let k = 0; k < n; k++) {
      const intid = intid0 + k;
      if (intid >= this.irqs) break;
      v |= this.prio[this.bank(cpu, intid)]! << (8 * k);
    }
    return v >>> 0;
  }

  protected writePrio(cpu: number, intid0: number, n: number, value: number): void {
    for (let k = 0; k < n; k++) {
      const intid = intid0 + k;
      if (intid >= this.irqs) break;
      this.prio[this.bank(cpu, intid)] = (value >>> (8 * k)) & this.prioMask;
    }
    this.dirtyAll();
  }

  /** ICFGR fields (2 bits per INTID, bit 1 = edge-triggered) for n INTIDs from intid0. */
  protected readCfg(cpu: number, intid0: number, n: number): number {
    let v = 0;
    for (let k = 0; k < n; k++) {
      const intid = intid0 + k;
      if (intid >= this.irqs) break;
      if (this.edge[this.bank(cpu, intid)]) v |= 2 << (2 * k);
    }
    return v >>> 0;
  }

  protected writeCfg(cpu: number, intid0: number, n: number, value: number): void {
    for (let k = 0; k < n; k++) {
      const intid = intid0 + k;
      if (intid >= this.irqs) break;
      if (intid < GIC_NR_SGIS) continue; // SGIs are always edge-triggered
      this.edge[this.bank(cpu, intid)] = (value >>> (2 * k + 1)) & 1;
    }
    this.dirtyAll();
  }

  // ---- CPU interface -----------------------------------------------------------------------

  protected eoiSplit(cpu: number): boolean { return (this.cpuCtlr[cpu]! & this.p.ctlrEoiMode) !== 0; }

  /** Mask keeping the group-priority bits of a priority of `group` (the GroupBits() pseudocode). */
  protected gprioMask(cpu: number, group: number): number {
    let bpr: number;
    if (group === 0 || (this.cpuCtlr[cpu]! & this.p.ctlrCbpr) !== 0) bpr = this.bpr0[cpu]!;
    else bpr = Math.max(0, this.bpr1[cpu]! - 1);
    return (0xff << ((bpr & 7) + 1)) & 0xff;
  }

  /** The running priority: the highest active group priority, or IDLE_PRIORITY. */
  protected runningPriority(cpu: number): number {
    const n = this.nApr;
    const g0 = cpu * 2 * n, g1 = g0 + n;
    for (let w = 0; w < n; w++) {
      const bits = (this.apr[g0 + w]! | this.apr[g1 + w]!) >>> 0;
      if (bits !== 0) return ((w << 5) + ctz32(bits)) << (this.p.minBpr + 1);
    }
    return IDLE_PRIORITY;
  }

  /** The group of the highest active priority, or -1 when nothing is active. */
  protected highestActiveGroup(cpu: number): number {
    const n = this.nApr;
    const g0 = cpu * 2 * n, g1 = g0 + n;
    for (let w = 0; w < n; w++) {
      const a0 = this.apr[g0 + w]!, a1 = this.apr[g1 + w]!;
      if ((a0 | a1) === 0) continue;
      if (a0 === 0) return 1;
      if (a1 === 0) return 0;
      return ctz32(a0) <= ctz32(a1) ? 0 : 1;
    }
    return -1;
  }

  protected readApr(cpu: number, group: number, word: number): number {
    return word < this.nApr ? this.apr[(cpu * 2 + group) * this.nApr + word]! : 0;
  }

  protected writeApr(cpu: number, group: number, word: number, value: number): void {
    if (word >= this.nApr) return;
    this.apr[(cpu * 2 + group) * this.nApr + word] = value >>> 0;
    this.dirtyCpu(cpu);
  }

  protected setPmr(cpu: number, value: number): void {
    this.pmr[cpu] = value & this.prioMask;
    this.dirtyCpu(cpu);
  }

  /** Highest-priority pending interrupt visible to the CPU interface (enabled groups only), or INTID_SPURIOUS. */
  protected hppi(cpu: number): number {
    if (this.dirty & (1 << cpu)) this.update(cpu);
    return this.hpIntid[cpu]!;
  }

  protected hppiGroup(cpu: number): number {
    if (this.dirty & (1 << cpu)) this.update(cpu);
    return this.hpGroup[cpu]!;
  }

  /** Whether the HPPI beats the priority mask and the running priority (i.e. may be acknowledged). */
  protected hppiCanPreempt(cpu: number): boolean {
    if (this.dirty & (1 << cpu)) this.update(cpu);
    return this.irqOut[cpu] === 1 || this.fiqOut[cpu] === 1;
  }

  /**
   * Acknowledges `intid` on `cpu` (it must be the HPPI): active, latch cleared (clearLatchOnAck),
   * its group priority recorded in the active priorities. Returns the value for IAR.
   */
  protected activate(cpu: number, intid: number): number {
    const i = this.bank(cpu, intid);
    const g = this.group[i]!;
    const gp = this.prio[i]! & this.gprioMask(cpu, g);
    const bit = gp >> (this.p.minBpr + 1);
    const w = (cpu * 2 + g) * this.nApr + (bit >> 5);
    this.apr[w] = (this.apr[w]! | (1 << (bit & 31))) >>> 0;
    this.active[i] = 1;
    const iar = this.clearLatchOnAck(cpu, intid, i);
    if (intid < GIC_INTERNAL) this.dirtyCpu(cpu); else this.dirtyAll();
    return iar;
  }

  /** Default: clear the pending latch, IAR = INTID. (GICv2 SGIs keep other sources pending.) */
  protected clearLatchOnAck(_cpu: number, intid: number, i: number): number {
    this.latch[i] = 0;
    return intid;
  }

  /** Priority drop: clears the highest active priority of `group`. */
  protected dropPriority(cpu: number, group: number): void {
    const base = (cpu * 2 + group) * this.nApr;
    for (let w = 0; w < this.nApr; w++) {
      const a = this.apr[base + w]!;
      if (a === 0) continue;
      this.apr[base + w] = (a & (a - 1)) >>> 0;
      break;
    }
    this.dirtyCpu(cpu);
  }

  protected deactivate(cpu: number, intid: number): void {
    if (intid >= this.irqs) return;
    this.active[this.bank(cpu, intid)] = 0;
    if (intid < GIC_INTERNAL) this.dirtyCpu(cpu); else this.dirtyAll();
  }

  // ---- the cached outputs -----------------------------------------------------------------

  private update(cpu: number): void {
    this.dirty &= ~(1 << cpu);
    const en = this.distCtlr & this.grpEn[cpu]! & 3;
    let best = INTID_SPURIOUS, bestPrio = IDLE_PRIORITY, bestGroup = 0;
    if (en !== 0) {
      const { enable, active, latch, level, edge, group, prio } = this;
      const b = cpu * GIC_INTERNAL;
      for (let k = 0; k < GIC_INTERNAL; k++) {
        const i = b + k;
        if (enable[i] && !active[i] && (latch[i] || (level[i] && !edge[i])) && ((en >> group[i]!) & 1) && prio[i]! < bestPrio) {
          best = k; bestPrio = prio[i]!; bestGroup = group[i]!;
        }
      }
      const s0 = this.cpus * GIC_INTERNAL, bit = 1 << cpu, tm = this.targetMask;
      for (let s = 0; s < this.nSpi; s++) {
        if (!(tm[s]! & bit)) continue;
        const i = s0 + s;
        if (enable[i] && !active[i] && (latch[i] || (level[i] && !edge[i])) && ((en >> group[i]!) & 1) && prio[i]! < bestPrio) {
          best = s + GIC_INTERNAL; bestPrio = prio[i]!; bestGroup = group[i]!;
        }
      }
    }
    this.hpIntid[cpu] = best;
    this.hpPrio[cpu] = bestPrio;
    this.hpGroup[cpu] = bestGroup;
    let irq = 0, fiq = 0;
    if (best !== INTID_SPURIOUS && bestPrio < this.pmr[cpu]! &&
        (bestPrio & this.gprioMask(cpu, bestGroup)) < this.runningPriority(cpu)) {
      if (bestGroup === 0 && this.group0IsFiq(cpu)) fiq = 1; else irq = 1;
    }
    this.irqOut[cpu] = irq;
    this.fiqOut[cpu] = fiq;
  }

  /** The HPPI's priority (IDLE_PRIORITY when none): for tests and tracing. */
  pendingPriority(cpu: number): number {
    if (this.dirty & (1 << cpu)) this.update(cpu);
    return this.hpPrio[cpu]!;
  }
}

/** Count of trailing zero bits of a non-zero 32-bit value. */
export function ctz32(x: number): number {
  return 31 - Math.clz32(x & -x);
}
