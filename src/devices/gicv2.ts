// GICv2 (Arm IHI0048B) as QEMU 7.2 models it on `virt` (`-M virt,gic-version=2`, secure=off;
// hw/intc/arm_gic.c): no security extensions, but interrupt groups (a GICv2 without the security
// extensions behaves as the secure view of one with them): group 0 is signalled as FIQ when
// GICC_CTLR.FIQEn is set, as IRQ otherwise; group 1 as IRQ. 8 priority bits, binary point >= 0.
//
// Frames (the board says where: gicdBase, giccBase): the distributor GICD and the CPU interface
// GICC (GICC_DIR at +0x1000). Both are banked by the accessing CPU (GICD for INTIDs
// 0..31, the SGI pending sources and ITARGETSR0-7; GICC entirely), but the bus calls a Device
// without saying which CPU accesses it: the machine sets `currentCpu` before dispatching an MMIO
// exit of vCPU k. `cpuInterface(cpu)` gives a GICC Device bound to one CPU, for direct use.
//
// Access sizes: the distributor takes 1-, 2- and 4-byte accesses everywhere (QEMU composes
// words from byte reads); GICD_SGIR and the CPU interface are 32-bit only. Anything else reads
// as zero and ignores writes.

import { stateInts, type Device } from './device.ts';
import type { InterruptController } from './irq.ts';
import {
  BITS_ACTIVE, BITS_ENABLE, BITS_GROUP, BITS_PENDING, GIC_INTERNAL, GIC_NR_SGIS, GicCore, GicFrame,
  IDLE_PRIORITY, INTID_GROUP1_HIDDEN, INTID_SPURIOUS, GIC_FRAME_BYTES, ctz32, type BitsKind, type GicCoreState,
} from './gic-common.ts';

const GICD_CTLR_MASK = 0x3; // EnableGrp0, EnableGrp1
/** GICD_IIDR (QEMU): implementer Arm (0x43b), revision 0. */
export const GICV2_GICD_IIDR = 0x43b;
/** GICC_IIDR (QEMU: revision << 16 | 0x43b): ArchitectureVersion 2, implementer Arm. */
export const GICV2_GICC_IIDR = 0x0002_043b;
// CoreSight ID registers at 0xfd0 (QEMU gic_id_gicv2): PIDR4-7, PIDR0-3, CIDR0-3; PIDR2 = 0x2b (ArchRev 2).
const ID_BASE = 0xfd0;
const GICD_IDS = [0x04, 0, 0, 0, 0x90, 0xb4, 0x2b, 0, 0x0d, 0xf0, 0x05, 0xb1];
// GICC_CTLR (secure-view layout, no security extensions): EnableGrp0 (0), EnableGrp1 (1),
// AckCtl (2), FIQEn (3), CBPR (4), EOImodeS (9), EOImodeNS (10); the bypass bits are RAZ/WI (QEMU).
const GICC_CTLR_ACKCTL = 1 << 2;
const GICC_CTLR_FIQEN = 1 << 3;
const GICC_CTLR_CBPR = 1 << 4;
const GICC_CTLR_EOIMODE = 1 << 9;
const GICC_CTLR_MASK = 0x61f;
const GICC_DIR = 0x1000;

export interface Gicv2Options {
  cpus: number;
  /** Total INTIDs (multiple of 32): the board's choice (src/machine/board.ts VIRT_GIC_NUM_IRQ). */
  irqs: number;
  /** Where the board maps the distributor and the CPU interface (src/machine/board.ts VIRT_GICV2_FRAMES). */
  gicdBase: number;
  giccBase: number;
}

interface Gicv2State {
  version: 2;
  cpus: number;
  irqs: number;
  core: GicCoreState;
  targets: number[];
  sgiSources: number[];
}

export class Gicv2 extends GicCore implements InterruptController {
  readonly version = 2 as const;
  readonly devices: Device[];
  readonly distributor: Device;
  /** The GICC frame on the bus: accesses go to the CPU interface of `currentCpu`. */
  readonly cpuInterfaceFrame: Device;
  /** The CPU whose MMIO access is being dispatched: set it before calling the GICD or GICC Device. */
  currentCpu = 0;

  /** ITARGETSR byte of each SPI (CPU mask). */
  private readonly targets: Uint8Array;
  /** Pending SGI sources: [cpu * 16 + sgi] = mask of the CPUs that sent it. */
  private readonly sgiSources: Uint8Array;
  private readonly giccBase: number;
  private readonly perCpu: Device[] = [];

  constructor(opts: Gicv2Options) {
    super({
      cpus: opts.cpus, irqs: opts.irqs, prioBits: 8, minBpr: 0,
      ctlrCbpr: GICC_CTLR_CBPR, ctlrEoiMode: GICC_CTLR_EOIMODE,
    });
    this.targets = new Uint8Array(this.nSpi);
    this.sgiSources = new Uint8Array(this.cpus * GIC_NR_SGIS);
    this.giccBase = opts.giccBase;
    this.distributor = new GicFrame('gicv2-gicd', opts.gicdBase, GIC_FRAME_BYTES,
      (o, s) => this.gicdRead(this.cpu(), o, s), (o, s, v) => this.gicdWrite(this.cpu(), o, s, v), this);
    this.cpuInterfaceFrame = new GicFrame('gicv2-gicc', this.giccBase, GIC_FRAME_BYTES,
      (o, s) => this.giccRead(this.cpu(), o, s), (o, s, v) => this.giccWrite(this.cpu(), o, s, v));
    this.devices = [this.distributor, this.cpuInterfaceFrame];
    this.reset();
  }

  /** A GICC Device that always accesses CPU `cpu`'s interface. */
  cpuInterface(cpu: number): Device {
    if (!Number.isInteger(cpu) || cpu < 0 || cpu >= this.cpus) throw new RangeError(`GICv2: CPU must be 0..${this.cpus - 1}, got ${cpu}`);
    let d = this.perCpu[cpu];
    if (!d) {
      d = new GicFrame(`gicv2-gicc-cpu${cpu}`, this.giccBase, GIC_FRAME_BYTES,
        (o, s) => this.giccRead(cpu, o, s), (o, s, v) => this.giccWrite(cpu, o, s, v));
      this.perCpu[cpu] = d;
    }
    return d;
  }

  /** GICD_SGIR as written by CPU `cpu` (for a caller that generates SGIs without MMIO). */
  sendSgi(cpu: number, sgir: number): void { this.gicdWrite(cpu, 0xf00, 4, sgir >>> 0); }

  private cpu(): number {
    const c = this.currentCpu;
    return Number.isInteger(c) && c >= 0 && c < this.cpus ? c : 0;
  }

  // ---- reset and snapshots ------------------------------------------------------------------

  protected distCtlrReset(): number { return 0; }
  protected cpuCtlrReset(): number { return 0; }
  protected group0IsFiq(cpu: number): boolean { return (this.cpuCtlr[cpu]! & GICC_CTLR_FIQEN) !== 0; }

  protected resetVersion(): void {
    // SGIs are always enabled (QEMU: their ISENABLER bits are RAO/WI).
    for (let c = 0; c < this.cpus; c++) for (let k = 0; k < GIC_NR_SGIS; k++) this.enable[this.bank(c, k)] = 1;
    // A uniprocessor GIC routes every SPI to its CPU (ITARGETSR RAZ/WI); otherwise targets reset to 0.
    this.targets.fill(this.cpus === 1 ? 1 : 0);
    this.sgiSources.fill(0);
    this.targetMask.set(this.targets);
  }

  save(): unknown {
    const st: Gicv2State = {
      version: 2, cpus: this.cpus, irqs: this.irqs, core: this.saveCore(),
      targets: Array.from(this.targets), sgiSources: Array.from(this.sgiSources),
    };
    return st;
  }

  /**
   * Takes back what save() produced. A state of another configuration (version, CPU count,
   * interrupt count) or a damaged one is refused with a SnapshotError before anything changes.
   */
  restore(state: unknown): void {
    const st = this.checkConfig(state, 2);
    const core = this.checkCore(st.core, 'GICv2');
    const cpuMask = (1 << this.cpus) - 1;
    const targets = stateInts(st, 'targets', cpuMask, 'GICv2', this.nSpi);
    const sgiSources = stateInts(st, 'sgiSources', cpuMask, 'GICv2', this.sgiSources.length);
    this.restoreCore(core);
    this.targets.set(targets);
    this.sgiSources.set(sgiSources);
    this.targetMask.set(this.targets);
  }

  // ---- distributor ---------------------------------------------------------------------------

  private static bitmapReg(off: number): { kind: BitsKind; op: 0 | 1 | 2; intid0: number } | null {
    if (off < 0x80 || off >= 0x400) return null;
    const intid0 = (off & 0x7f) * 8;
    switch (off >> 7) {
      case 1: return { kind: BITS_GROUP, op: 2, intid0 };
      case 2: return { kind: BITS_ENABLE, op: 1, intid0 };
      case 3: return { kind: BITS_ENABLE, op: 0, intid0 };
      case 4: return { kind: BITS_PENDING, op: 1, intid0 };
      case 5: return { kind: BITS_PENDING, op: 0, intid0 };
      case 6: return { kind: BITS_ACTIVE, op: 1, intid0 };
      case 7: return { kind: BITS_ACTIVE, op: 0, intid0 };
    }
    return null;
  }

  private gicdRead(cpu: number, off: number, size: number): number {
    if (off < 0x80) {
      let word = 0;
      switch (off & ~3) {
        case 0x000: word = this.distCtlr; break;
        case 0x004: word = ((this.irqs + 31) / 32 - 1) | ((this.cpus - 1) << 5); break; // ITLinesNumber, CPUNumber; SecurityExtn = 0
        case 0x008: word = GICV2_GICD_IIDR; break;
      }
      return sizeBits(word >>> ((off & 3) * 8), size);
    }
    const bm = Gicv2.bitmapReg(off);
    if (bm) return this.readBits(bm.kind, cpu, bm.intid0, size * 8);
    if (off < 0x800) return this.readPrio(cpu, off - 0x400, size);
    if (off < 0xc00) { // ITARGETSR
      if (this.cpus === 1) return 0;
      let v = 0;
      for (let k = 0; k < size; k++) {
        const intid = off - 0x800 + k;
        if (intid >= this.irqs) break;
        v |= (intid < GIC_INTERNAL ? 1 << cpu : this.targets[intid - GIC_INTERNAL]!) << (8 * k);
      }
      return v >>> 0;
    }
    if (off < 0xd00) return this.readCfg(cpu, (off - 0xc00) * 4, size * 4);
    if (off >= 0xf10 && off < 0xf30) { // CPENDSGIR / SPENDSGIR: a byte per SGI, a bit per source CPU
      const sgi0 = (off - 0xf10) & 0xf;
      let v = 0;
      for (let k = 0; k < size; k++) v |= this.sgiSources[cpu * GIC_NR_SGIS + sgi0 + k]! << (8 * k);
      return v >>> 0;
    }
    if (off >= ID_BASE && (off & 3) === 0) return GICD_IDS[(off - ID_BASE) >> 2] ?? 0;
    return 0; // NSACR (no security extensions), SGIR (write-only), reserved
  }

  private gicdWrite(cpu: number, off: number, size: number, v: number): void {
    if (off < 0x80) {
      if (off === 0) { this.distCtlr = v & GICD_CTLR_MASK; this.dirtyAll(); }
      return;
    }
    const bm = Gicv2.bitmapReg(off);
    if (bm) {
      let value = v;
      // SGIs: always enabled; their pending state is set and cleared through SGIR/xPENDSGIR only.
      if (bm.intid0 === 0 && bm.kind !== BITS_GROUP && bm.kind !== BITS_ACTIVE) value &= ~0xffff;
      this.writeBits(bm.kind, cpu, bm.intid0, size * 8, value, bm.op);
      return;
    }
    if (off < 0x800) { this.writePrio(cpu, off - 0x400, size, v); return; }
    if (off < 0xc00) {
      if (this.cpus === 1) return;
      const all = (1 << this.cpus) - 1;
      for (let k = 0; k < size; k++) {
        const intid = off - 0x800 + k;
        if (intid >= this.irqs) break;
        if (intid < GIC_INTERNAL) continue; // read-only for SGIs and PPIs
        const s = intid - GIC_INTERNAL;
        this.targets[s] = (v >>> (8 * k)) & all;
        this.targetMask[s] = this.targets[s]!;
      }
      this.dirtyAll();
      return;
    }
    if (off < 0xd00) { this.writeCfg(cpu, (off - 0xc00) * 4, size * 4, v); return; }
    if (off === 0xf00) { if (size === 4) this.gicdSgir(cpu, v); return; }
    if (off >= 0xf10 && off < 0xf30) {
      const set = off >= 0xf20;
      const sgi0 = (off - 0xf10) & 0xf;
      for (let k = 0; k < size; k++) {
        const sgi = sgi0 + k;
        const bits = (v >>> (8 * k)) & 0xff & ((1 << this.cpus) - 1);
        const j = cpu * GIC_NR_SGIS + sgi;
        const src = set ? this.sgiSources[j]! | bits : this.sgiSources[j]! & ~bits;
        this.sgiSources[j] = src;
        this.latch[this.bank(cpu, sgi)] = src !== 0 ? 1 : 0;
      }
      this.dirtyCpu(cpu);
    }
  }

  /** GICD_SGIR: TargetListFilter [25:24] (0 list, 1 all but self, 2 self), CPUTargetList [23:16], SGIINTID [3:0]. */
  private gicdSgir(self: number, v: number): void {
    const filter = (v >>> 24) & 3;
    const sgi = v & 0xf;
    let mask: number;
    switch (filter) {
      case 0: mask = (v >>> 16) & 0xff; break;
      case 1: mask = ((1 << this.cpus) - 1) & ~(1 << self); break;
      case 2: mask = 1 << self; break;
      default: return; // reserved
    }
    for (let t = 0; t < this.cpus; t++) {
      if (!((mask >>> t) & 1)) continue;
      this.sgiSources[t * GIC_NR_SGIS + sgi] |= 1 << self;
      this.setLatch(this.bank(t, sgi), t);
    }
  }

  /** Acknowledging an SGI takes one source (the lowest-numbered CPU) and reports it in IAR[12:10]. */
  protected clearLatchOnAck(cpu: number, intid: number, i: number): number {
    if (intid >= GIC_NR_SGIS) return super.clearLatchOnAck(cpu, intid, i);
    const j = cpu * GIC_NR_SGIS + intid;
    const src = this.sgiSources[j]!;
    if (src === 0) { this.latch[i] = 0; return intid; }
    const from = ctz32(src);
    const rest = src & ~(1 << from);
    this.sgiSources[j] = rest;
    this.latch[i] = rest !== 0 ? 1 : 0;
    return intid | (from << 10);
  }

  /** IAR[12:10] as HPPIR shows it: the source that acknowledging would report. */
  private withSource(cpu: number, intid: number): number {
    if (intid >= GIC_NR_SGIS) return intid;
    const src = this.sgiSources[cpu * GIC_NR_SGIS + intid]!;
    return src === 0 ? intid : intid | (ctz32(src) << 10);
  }

  // ---- CPU interface --------------------------------------------------------------------------

  /** GICC_IAR (alias = false) / GICC_AIAR (alias = true: the group 1 view). */
  private acknowledge(cpu: number, alias: boolean): number {
    const intid = this.hppi(cpu);
    if (intid === INTID_SPURIOUS || !this.hppiCanPreempt(cpu)) return INTID_SPURIOUS;
    const g = this.hppiGroup(cpu);
    if (alias) {
      if (g === 0) return INTID_SPURIOUS;
    } else if (g === 1 && !(this.cpuCtlr[cpu]! & GICC_CTLR_ACKCTL)) {
      return INTID_GROUP1_HIDDEN;
    }
    return this.activate(cpu, intid);
  }

  private pendingId(cpu: number, alias: boolean): number {
    const intid = this.hppi(cpu);
    if (intid === INTID_SPURIOUS) return INTID_SPURIOUS;
    const g = this.hppiGroup(cpu);
    if (alias) { if (g === 0) return INTID_SPURIOUS; } else if (g === 1 && !(this.cpuCtlr[cpu]! & GICC_CTLR_ACKCTL)) return INTID_GROUP1_HIDDEN;
    return this.withSource(cpu, intid);
  }

  /** GICC_EOIR / GICC_AEOIR: priority drop for the interrupt's group, deactivation unless EOImode. */
  private endOfInterrupt(cpu: number, v: number, alias: boolean): void {
    const intid = v & 0x3ff;
    if (intid >= this.irqs) return; // spurious IDs and unimplemented interrupts: ignored
    if (this.runningPriority(cpu) === IDLE_PRIORITY) return; // nothing active
    const g = this.group[this.bank(cpu, intid)]!;
    if (alias && g === 0) return;
    this.dropPriority(cpu, g);
    if (!this.eoiSplit(cpu)) this.deactivate(cpu, intid);
  }

  private giccRead(cpu: number, off: number, size: number): number {
    if (size !== 4) return 0;
    switch (off) {
      case 0x00: return this.cpuCtlr[cpu]!;
      case 0x04: return this.pmr[cpu]!;
      case 0x08: return this.bpr0[cpu]!;
      case 0x0c: return this.acknowledge(cpu, false);
      case 0x14: { const r = this.runningPriority(cpu); return r === IDLE_PRIORITY ? 0xff : r; }
      case 0x18: return this.pendingId(cpu, false);
      case 0x1c: return this.bpr1[cpu]!;
      case 0x20: return this.acknowledge(cpu, true);
      case 0x28: return this.pendingId(cpu, true);
      case 0xfc: return GICV2_GICC_IIDR;
    }
    if (off >= 0xd0 && off < 0xe0) return this.readApr(cpu, 0, (off - 0xd0) >> 2); // GICC_APRn
    if (off >= 0xe0 && off < 0xf0) return this.readApr(cpu, 1, (off - 0xe0) >> 2); // GICC_NSAPRn
    return 0; // EOIR, AEOIR, DIR: write-only
  }

  private giccWrite(cpu: number, off: number, size: number, v: number): void {
    if (size !== 4) return;
    switch (off) {
      case 0x00:
        this.cpuCtlr[cpu] = v & GICC_CTLR_MASK;
        this.grpEn[cpu] = v & 3;
        this.dirtyCpu(cpu);
        return;
      case 0x04: this.setPmr(cpu, v & 0xff); return;
      case 0x08: this.bpr0[cpu] = Math.max(v & 7, this.p.minBpr); this.dirtyCpu(cpu); return;
      case 0x10: this.endOfInterrupt(cpu, v, false); return;
      case 0x1c: this.bpr1[cpu] = Math.max(v & 7, this.p.minBpr + 1); this.dirtyCpu(cpu); return;
      case 0x24: this.endOfInterrupt(cpu, v, true); return;
      case GICC_DIR: {
        const intid = v & 0x3ff;
        // With EOImode = 0 a DIR write is UNPREDICTABLE: ignored, as QEMU does.
        if (this.eoiSplit(cpu) && intid < this.irqs) this.deactivate(cpu, intid);
        return;
      }
    }
    if (off >= 0xd0 && off < 0xe0) this.writeApr(cpu, 0, (off - 0xd0) >> 2, v);
    else if (off >= 0xe0 && off < 0xf0) this.writeApr(cpu, 1, (off - 0xe0) >> 2, v);
  }
}

function sizeBits(v: number, size: number): number {
  return size === 4 ? v >>> 0 : v & ((1 << (size * 8)) - 1);
}
