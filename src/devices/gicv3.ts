// GICv3 (Arm IHI0069) as QEMU 7.2 models it on `virt` without the security extensions
// (`-M virt,gic-version=3`, secure=off; hw/intc/arm_gicv3*.c): one security state, so
// GICD_CTLR.DS = 1 and ARE = 1 (both RAO/WI: affinity routing is always on), group 0 is signalled
// as FIQ and group 1 as IRQ; no LPIs (our board leaves the ITS out, like `its=off`).
//
// Frames (the board says where: gicdBase, gicrBase): the distributor GICD, and one redistributor per
// CPU at gicrBase + cpu * GICR_STRIDE (RD_base, then SGI_base at +0x10000). The redistributor Device
// covers exactly `cpus` frames, as QEMU's MMIO region does; GICR_TYPER.Last is set in the last one.
// Under ARE the GICD registers of INTIDs 0..31 are RAZ/WI, so no MMIO register is banked by the
// accessing CPU. The CPU interface is the ICC_*_EL1 system registers: readIcc / writeIcc.
//
// Register widths as QEMU: 32-bit everywhere, byte access also for IPRIORITYR; any other size or an
// unknown offset reads as zero and ignores writes. 64-bit registers (GICD_IROUTER, GICR_TYPER)
// are reached as two 32-bit halves (the bus splits 8-byte accesses, low half first).

import { stateInts, type Device } from './device.ts';
import type { InterruptController } from './irq.ts';
import {
  BITS_ACTIVE, BITS_ENABLE, BITS_GROUP, BITS_PENDING, GIC_INTERNAL, GicCore, GicFrame,
  INTID_SPURIOUS, IDLE_PRIORITY, GIC_FRAME_BYTES, GICR_STRIDE, readIdRegs, type BitsKind, type GicCoreState,
} from './gic-common.ts';

// GICD_CTLR with DS = 1: EnableGrp0 (0), EnableGrp1 (1), ARE (4, RAO/WI), DS (6, RAO/WI).
const GICD_CTLR_EN_MASK = 0x3;
const GICD_CTLR_ARE = 1 << 4;
const GICD_CTLR_DS = 1 << 6;
/** Implementer Arm, r0p0, product 0: what QEMU reports in GICD_IIDR and GICR_IIDR (a GIC-500 r0p0). */
export const GICV3_IIDR = 0x43b;
// CoreSight ID registers at 0xffd0 (QEMU gicv3_idreg): PIDR4-7, PIDR0-3, CIDR0-3. PIDR0 names the
// frame (0x92 distributor, 0x93 redistributor); PIDR2 = 0x3b: ArchRev 3.
const ID_BASE = 0xffd0;
const GICD_IDS = [0x44, 0, 0, 0, 0x92, 0xb4, 0x3b, 0, 0x0d, 0xf0, 0x05, 0xb1];
const GICR_IDS = [0x44, 0, 0, 0, 0x93, 0xb4, 0x3b, 0, 0x0d, 0xf0, 0x05, 0xb1];
const GICR_WAKER_PROCESSOR_SLEEP = 1 << 1;
const GICR_WAKER_CHILDREN_ASLEEP = 1 << 2;
const SGI_BASE = 0x10000;
// ICC_CTLR_EL1 (QEMU icc_reset with 5 priority bits): A3V (15), IDbits = 1 (24-bit INTIDs, [13:11]),
// PRIbits = 4 (5 bits, [10:8]); writable: CBPR (0), EOImode (1).
const ICC_CTLR_CBPR = 1 << 0;
const ICC_CTLR_EOIMODE = 1 << 1;
const ICC_CTLR_RESET = (1 << 15) | (1 << 11) | (4 << 8);
const ICC_CTLR_WRITABLE = ICC_CTLR_CBPR | ICC_CTLR_EOIMODE;
/** ICC_SRE_EL1: SRE | DFB | DIB, fixed (system-register interface always on). */
const ICC_SRE_VALUE = 0x7n;

/** The ICC_* registers readIcc/writeIcc accept, for the vCPU's system-register table. */
export const GICV3_ICC_REGISTERS = [
  'ICC_PMR_EL1', 'ICC_IAR0_EL1', 'ICC_EOIR0_EL1', 'ICC_HPPIR0_EL1', 'ICC_BPR0_EL1', 'ICC_AP0R0_EL1',
  'ICC_AP1R0_EL1', 'ICC_DIR_EL1', 'ICC_RPR_EL1', 'ICC_SGI1R_EL1', 'ICC_ASGI1R_EL1', 'ICC_SGI0R_EL1',
  'ICC_IAR1_EL1', 'ICC_EOIR1_EL1', 'ICC_HPPIR1_EL1', 'ICC_BPR1_EL1', 'ICC_CTLR_EL1', 'ICC_SRE_EL1',
  'ICC_IGRPEN0_EL1', 'ICC_IGRPEN1_EL1',
] as const;

export interface Gicv3Options {
  cpus: number;
  /** Total INTIDs (multiple of 32): the board's choice (src/machine/board.ts VIRT_GIC_NUM_IRQ). */
  irqs: number;
  /**
   * Each CPU's affinity as GICR_TYPER[63:32] holds it: Aff3 << 24 | Aff2 << 16 | Aff1 << 8 | Aff0.
   * Default: Aff0 = CPU index (the MPIDR values our board gives its CPUs, as QEMU does for <= 8).
   */
  affinity?: number[];
  /** Where the board maps the distributor and the first redistributor (src/machine/board.ts VIRT_GICV3_FRAMES). */
  gicdBase: number;
  gicrBase: number;
}

interface Gicv3State {
  version: 3;
  cpus: number;
  irqs: number;
  /** GICR_TYPER affinity of each CPU: routing by GICD_IROUTER means nothing without them. */
  affinity: number[];
  core: GicCoreState;
  irouterLo: number[];
  irouterHi: number[];
  waker: number[];
}

export class Gicv3 extends GicCore implements InterruptController {
  readonly version = 3 as const;
  readonly devices: Device[];
  readonly distributor: Device;
  readonly redistributors: Device;
  /**
   * The CPU whose MMIO access is being dispatched. GICv3 has no CPU-banked MMIO register (GICD
   * banks are RAZ/WI under ARE, each CPU has its own redistributor frame): kept only so the machine
   * can treat both GIC versions alike.
   */
  currentCpu = 0;

  private readonly affinity: number[];
  private readonly irouterLo: Uint32Array;
  private readonly irouterHi: Uint32Array;
  private readonly waker: Uint8Array;
  private readonly typer: number;

  constructor(opts: Gicv3Options) {
    super({
      cpus: opts.cpus, irqs: opts.irqs, prioBits: 5, minBpr: 2,
      ctlrCbpr: ICC_CTLR_CBPR, ctlrEoiMode: ICC_CTLR_EOIMODE,
    });
    const aff = opts.affinity ?? Array.from({ length: this.cpus }, (_, i) => i);
    if (aff.length !== this.cpus || new Set(aff).size !== aff.length || aff.some((a) => !Number.isInteger(a) || a < 0 || a > 0xffff_ffff)) {
      throw new RangeError('GICv3: affinity must list one distinct 32-bit value per CPU');
    }
    this.affinity = aff.map((a) => a >>> 0);
    this.irouterLo = new Uint32Array(this.nSpi);
    this.irouterHi = new Uint32Array(this.nSpi);
    this.waker = new Uint8Array(this.cpus);
    // GICD_TYPER (QEMU): No1N (25) = 1, A3V (24) = 1, IDbits [23:19] = 15 (16-bit INTIDs),
    // LPIS = 0, MBIS = 0, SecurityExtn = 0 (DS = 1), CPUNumber = 0 (ARE), ITLinesNumber [4:0].
    this.typer = ((1 << 25) | (1 << 24) | (0xf << 19) | ((this.irqs + 31) / 32 - 1)) >>> 0;

    this.distributor = new GicFrame('gicv3-gicd', opts.gicdBase, GIC_FRAME_BYTES,
      (o, s) => this.gicdRead(o, s), (o, s, v) => this.gicdWrite(o, s, v), this);
    this.redistributors = new GicFrame('gicv3-gicr', opts.gicrBase, this.cpus * GICR_STRIDE,
      (o, s) => this.gicrRead(o, s), (o, s, v) => this.gicrWrite(o, s, v));
    this.devices = [this.distributor, this.redistributors];
    this.reset();
  }

  // ---- reset and snapshots ------------------------------------------------------------------

  protected distCtlrReset(): number { return GICD_CTLR_DS | GICD_CTLR_ARE; }
  protected cpuCtlrReset(): number { return ICC_CTLR_RESET; }
  protected group0IsFiq(): boolean { return true; }

  protected resetVersion(): void {
    this.irouterLo.fill(0);
    this.irouterHi.fill(0);
    // QEMU: ProcessorSleep | ChildrenAsleep; the kernel wakes its redistributor.
    this.waker.fill(GICR_WAKER_PROCESSOR_SLEEP | GICR_WAKER_CHILDREN_ASLEEP);
    for (let s = 0; s < this.nSpi; s++) this.route(s);
  }

  save(): unknown {
    const st: Gicv3State = {
      version: 3, cpus: this.cpus, irqs: this.irqs, affinity: this.affinity.slice(), core: this.saveCore(),
      irouterLo: Array.from(this.irouterLo), irouterHi: Array.from(this.irouterHi), waker: Array.from(this.waker),
    };
    return st;
  }

  /**
   * Takes back what save() produced. A state of another configuration (version, CPU count,
   * interrupt count, CPU affinities: SPI routing depends on them) or a damaged one is refused with
   * a SnapshotError before anything changes.
   */
  restore(state: unknown): void {
    const st = this.checkConfig(state, 3, { affinity: this.affinity });
    const core = this.checkCore(st.core, 'GICv3');
    const irouterLo = stateInts(st, 'irouterLo', 0xffff_ffff, 'GICv3', this.nSpi);
    const irouterHi = stateInts(st, 'irouterHi', 0xff, 'GICv3', this.nSpi);
    const waker = stateInts(st, 'waker', GICR_WAKER_PROCESSOR_SLEEP | GICR_WAKER_CHILDREN_ASLEEP, 'GICv3', this.cpus);
    this.restoreCore(core);
    this.irouterLo.set(irouterLo);
    this.irouterHi.set(irouterHi);
    this.waker.set(waker);
    for (let s = 0; s < this.nSpi; s++) this.route(s);
  }

  // ---- SPI routing ---------------------------------------------------------------------------

  /**
   * GICD_IROUTER<n> -> target CPU. As QEMU: the SPI goes to the CPU whose affinity equals
   * Aff3.Aff2.Aff1.Aff0, or nowhere. IRM is stored but 1-of-N is not offered (GICD_TYPER.No1N = 1).
   */
  private route(s: number): void {
    const aff = (((this.irouterHi[s]! & 0xff) << 24) | (this.irouterLo[s]! & 0xff_ffff)) >>> 0;
    const cpu = this.affinity.indexOf(aff);
    this.targetMask[s] = cpu < 0 ? 0 : 1 << cpu;
    this.dirtyAll();
  }

  // ---- distributor ---------------------------------------------------------------------------

  /** Which bitmap register an offset in 0x080..0x3ff is, and the first INTID of its word. */
  private static bitmapReg(off: number): { kind: BitsKind; op: 0 | 1 | 2; intid0: number } | null {
    if (off < 0x80 || off >= 0x400) return null;
    const block = off >> 7; // 1 IGROUPR, 2 ISENABLER, 3 ICENABLER, 4 ISPENDR, 5 ICPENDR, 6 ISACTIVER, 7 ICACTIVER
    const intid0 = (off & 0x7f) * 8;
    switch (block) {
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

  private gicdRead(off: number, size: number): number {
    if (off >= 0x400 && off < 0x800) { // IPRIORITYR: byte or word
      const intid0 = off - 0x400;
      return intid0 >= GIC_INTERNAL && (size === 1 || size === 4) ? this.readPrio(0, intid0, size) : 0;
    }
    if (size !== 4) return 0;
    switch (off) {
      case 0x0000: return this.distCtlr; // RWP (31) always 0: nothing is asynchronous here
      case 0x0004: return this.typer;
      case 0x0008: return GICV3_IIDR;
      case 0x000c: return 0; // GICD_TYPER2
      case 0x0010: return 0; // GICD_STATUSR
    }
    const bm = Gicv3.bitmapReg(off);
    if (bm) return bm.intid0 >= GIC_INTERNAL ? this.readBits(bm.kind, 0, bm.intid0, 32) : 0;
    if (off >= 0x0c00 && off < 0x0d00) { // ICFGR
      const intid0 = (off - 0x0c00) * 4;
      return intid0 >= GIC_INTERNAL ? this.readCfg(0, intid0, 16) : 0;
    }
    if (off >= 0x6000 && off < 0x8000) { // IROUTER<n>, n = 32..irqs-1
      const n = (off - 0x6000) >> 3;
      if (n < GIC_INTERNAL || n >= this.irqs) return 0;
      return off & 4 ? this.irouterHi[n - GIC_INTERNAL]! : this.irouterLo[n - GIC_INTERNAL]!;
    }
    if (off >= ID_BASE) return readIdRegs(GICD_IDS, ID_BASE, off, size);
    // IGRPMODR, NSACR (RAZ/WI with DS = 1), ITARGETSR, SGIR, C/SPENDSGIR (RAZ/WI under ARE), reserved.
    return 0;
  }

  private gicdWrite(off: number, size: number, v: number): void {
    if (off >= 0x400 && off < 0x800) {
      const intid0 = off - 0x400;
      if (intid0 >= GIC_INTERNAL && (size === 1 || size === 4)) this.writePrio(0, intid0, size, v);
      return;
    }
    if (size !== 4) return;
    if (off === 0x0000) {
      this.distCtlr = (this.distCtlr & ~GICD_CTLR_EN_MASK) | (v & GICD_CTLR_EN_MASK);
      this.dirtyAll();
      return;
    }
    const bm = Gicv3.bitmapReg(off);
    if (bm) {
      if (bm.intid0 >= GIC_INTERNAL) this.writeBits(bm.kind, 0, bm.intid0, 32, v, bm.op);
      return;
    }
    if (off >= 0x0c00 && off < 0x0d00) {
      const intid0 = (off - 0x0c00) * 4;
      if (intid0 >= GIC_INTERNAL) this.writeCfg(0, intid0, 16, v);
      return;
    }
    if (off >= 0x6000 && off < 0x8000) {
      const n = (off - 0x6000) >> 3;
      if (n < GIC_INTERNAL || n >= this.irqs) return;
      const s = n - GIC_INTERNAL;
      if (off & 4) this.irouterHi[s] = v & 0xff; // Aff3
      else this.irouterLo[s] = (v & 0x80ff_ffff) >>> 0; // IRM, Aff2, Aff1, Aff0
      this.route(s);
    }
    // Everything else: read-only, RAZ/WI or reserved.
  }

  // ---- redistributors -------------------------------------------------------------------------

  private gicrRead(offset: number, size: number): number {
    const cpu = Math.floor(offset / GICR_STRIDE);
    const off = offset % GICR_STRIDE;
    if (cpu >= this.cpus) return 0;
    if (off < SGI_BASE) { // RD_base
      if (size !== 4) return 0;
      switch (off) {
        case 0x0000: return 0; // GICR_CTLR: no LPIs, RWP/UWP = 0
        case 0x0004: return GICV3_IIDR;
        case 0x0008: return ((1 << 24) | (cpu << 8) | (cpu === this.cpus - 1 ? 1 << 4 : 0)) >>> 0; // CommonLPIAff = 1, Processor_Number, Last
        case 0x000c: return this.affinity[cpu]!;
        case 0x0010: return 0; // GICR_STATUSR
        case 0x0014: return this.waker[cpu]!;
      }
      if (off >= ID_BASE) return readIdRegs(GICR_IDS, ID_BASE, off, size);
      return 0;
    }
    const o = off - SGI_BASE;
    if (o >= 0x400 && o < 0x420) return size === 1 || size === 4 ? this.readPrio(cpu, o - 0x400, size) : 0;
    if (size !== 4) return 0;
    switch (o) {
      case 0x080: return this.readBits(BITS_GROUP, cpu, 0, 32);
      case 0x100: case 0x180: return this.readBits(BITS_ENABLE, cpu, 0, 32);
      case 0x200: case 0x280: return this.readBits(BITS_PENDING, cpu, 0, 32);
      case 0x300: case 0x380: return this.readBits(BITS_ACTIVE, cpu, 0, 32);
      case 0xc00: return this.readCfg(cpu, 0, 16);
      case 0xc04: return this.readCfg(cpu, 16, 16);
      // GICR_IGRPMODR0, GICR_NSACR: RAZ/WI with DS = 1.
    }
    return 0;
  }

  private gicrWrite(offset: number, size: number, v: number): void {
    const cpu = Math.floor(offset / GICR_STRIDE);
    const off = offset % GICR_STRIDE;
    if (cpu >= this.cpus) return;
    if (off < SGI_BASE) {
      if (size === 4 && off === 0x0014) {
        // Only ProcessorSleep is writable; the interface quiesces at once, so ChildrenAsleep follows it.
        this.waker[cpu] = v & GICR_WAKER_PROCESSOR_SLEEP ? GICR_WAKER_PROCESSOR_SLEEP | GICR_WAKER_CHILDREN_ASLEEP : 0;
      }
      return; // GICR_CTLR has no writable bit here; the rest is read-only or reserved
    }
    const o = off - SGI_BASE;
    if (o >= 0x400 && o < 0x420) {
      if (size === 1 || size === 4) this.writePrio(cpu, o - 0x400, size, v);
      return;
    }
    if (size !== 4) return;
    switch (o) {
      case 0x080: this.writeBits(BITS_GROUP, cpu, 0, 32, v, 2); break;
      case 0x100: this.writeBits(BITS_ENABLE, cpu, 0, 32, v, 1); break;
      case 0x180: this.writeBits(BITS_ENABLE, cpu, 0, 32, v, 0); break;
      case 0x200: this.writeBits(BITS_PENDING, cpu, 0, 32, v, 1); break;
      case 0x280: this.writeBits(BITS_PENDING, cpu, 0, 32, v, 0); break;
      case 0x300: this.writeBits(BITS_ACTIVE, cpu, 0, 32, v, 1); break;
      case 0x380: this.writeBits(BITS_ACTIVE, cpu, 0, 32, v, 0); break;
      case 0xc04: this.writeCfg(cpu, 16, 16, v); break; // ICFGR0 (SGIs) is read-only: always edge
    }
  }

  // ---- the CPU interface: ICC_* system registers --------------------------------------------

  /** Reads ICC register `name` of `cpu`; undefined for an unknown or write-only register. */
  readIcc(cpu: number, name: string): bigint | undefined {
    if (!Number.isInteger(cpu) || cpu < 0 || cpu >= this.cpus) return undefined;
    switch (name) {
      case 'ICC_SRE_EL1': return ICC_SRE_VALUE;
      case 'ICC_PMR_EL1': return BigInt(this.pmr[cpu]!);
      case 'ICC_CTLR_EL1': return BigInt(this.cpuCtlr[cpu]!);
      case 'ICC_IAR0_EL1': return BigInt(this.acknowledge(cpu, 0));
      case 'ICC_IAR1_EL1': return BigInt(this.acknowledge(cpu, 1));
      case 'ICC_HPPIR0_EL1': return BigInt(this.hppiOfGroup(cpu, 0));
      case 'ICC_HPPIR1_EL1': return BigInt(this.hppiOfGroup(cpu, 1));
      case 'ICC_BPR0_EL1': return BigInt(this.bpr0[cpu]!);
      case 'ICC_BPR1_EL1':
        // With CBPR, BPR1 reads as BPR0 + 1 (saturating) for a non-secure access.
        return BigInt(this.cpuCtlr[cpu]! & ICC_CTLR_CBPR ? Math.min(this.bpr0[cpu]! + 1, 7) : this.bpr1[cpu]!);
      case 'ICC_RPR_EL1': {
        const r = this.runningPriority(cpu);
        return BigInt(r === IDLE_PRIORITY ? 0xff : r);
      }
      case 'ICC_IGRPEN0_EL1': return BigInt(this.grpEn[cpu]! & 1);
      case 'ICC_IGRPEN1_EL1': return BigInt((this.grpEn[cpu]! >> 1) & 1);
      case 'ICC_AP0R0_EL1': return BigInt(this.readApr(cpu, 0, 0));
      case 'ICC_AP1R0_EL1': return BigInt(this.readApr(cpu, 1, 0));
    }
    return undefined; // EOIR*, DIR, SGI*R are write-only; AP*R1..3 do not exist with 5 priority bits
  }

  /** Writes ICC register `name` of `cpu`; false for an unknown or read-only register. */
  writeIcc(cpu: number, name: string, value: bigint): boolean {
    if (!Number.isInteger(cpu) || cpu < 0 || cpu >= this.cpus) return false;
    const lo = Number(value & 0xffff_ffffn) >>> 0;
    const hi = Number((value >> 32n) & 0xffff_ffffn) >>> 0;
    switch (name) {
      case 'ICC_SRE_EL1': return true; // SRE, DFB, DIB are RAO/WI
      case 'ICC_PMR_EL1': this.setPmr(cpu, lo & 0xff); return true;
      case 'ICC_CTLR_EL1':
        this.cpuCtlr[cpu] = (this.cpuCtlr[cpu]! & ~ICC_CTLR_WRITABLE) | (lo & ICC_CTLR_WRITABLE);
        this.dirtyCpu(cpu);
        return true;
      case 'ICC_EOIR0_EL1': this.endOfInterrupt(cpu, 0, lo & 0xff_ffff); return true;
      case 'ICC_EOIR1_EL1': this.endOfInterrupt(cpu, 1, lo & 0xff_ffff); return true;
      case 'ICC_DIR_EL1': {
        const intid = lo & 0xff_ffff;
        // Deactivation by DIR is UNPREDICTABLE with EOImode = 0: ignored, as QEMU does.
        if (this.eoiSplit(cpu) && intid < this.irqs) this.deactivate(cpu, intid);
        return true;
      }
      case 'ICC_BPR0_EL1': this.bpr0[cpu] = Math.max(lo & 7, this.p.minBpr); this.dirtyCpu(cpu); return true;
      case 'ICC_BPR1_EL1':
        if (!(this.cpuCtlr[cpu]! & ICC_CTLR_CBPR)) { this.bpr1[cpu] = Math.max(lo & 7, this.p.minBpr + 1); this.dirtyCpu(cpu); }
        return true;
      case 'ICC_IGRPEN0_EL1': this.grpEn[cpu] = (this.grpEn[cpu]! & ~1) | (lo & 1); this.dirtyCpu(cpu); return true;
      case 'ICC_IGRPEN1_EL1': this.grpEn[cpu] = (this.grpEn[cpu]! & ~2) | ((lo & 1) << 1); this.dirtyCpu(cpu); return true;
      case 'ICC_AP0R0_EL1': this.writeApr(cpu, 0, 0, lo); return true;
      case 'ICC_AP1R0_EL1': this.writeApr(cpu, 1, 0, lo); return true;
      // SGI generation. With one security state, SGI1R raises Group 1 SGIs; SGI0R and (as QEMU
      // treats a non-secure write) ASGI1R raise Group 0 ones. An SGI configured in the other group
      // at the target is not forwarded.
      case 'ICC_SGI1R_EL1': this.generateSgi(cpu, lo, hi, 1); return true;
      case 'ICC_SGI0R_EL1': this.generateSgi(cpu, lo, hi, 0); return true;
      case 'ICC_ASGI1R_EL1': this.generateSgi(cpu, lo, hi, 0); return true;
    }
    return false; // IAR*, HPPIR*, RPR are read-only; anything else does not exist
  }

  /** ICC_IAR<group>_EL1: acknowledge the HPPI if it is of `group` and may preempt; else 1023. */
  private acknowledge(cpu: number, group: number): number {
    const intid = this.hppi(cpu);
    if (intid === INTID_SPURIOUS || this.hppiGroup(cpu) !== group || !this.hppiCanPreempt(cpu)) return INTID_SPURIOUS;
    return this.activate(cpu, intid);
  }

  private hppiOfGroup(cpu: number, group: number): number {
    const intid = this.hppi(cpu);
    return intid !== INTID_SPURIOUS && this.hppiGroup(cpu) === group ? intid : INTID_SPURIOUS;
  }

  /** ICC_EOIR<group>_EL1: priority drop (if the highest active priority is of that group), then deactivate unless EOImode. */
  private endOfInterrupt(cpu: number, group: number, intid: number): void {
    if (intid >= this.irqs) return; // special INTIDs 1020..1023 and anything unimplemented
    if (this.highestActiveGroup(cpu) !== group) return;
    this.dropPriority(cpu, group);
    if (!this.eoiSplit(cpu)) this.deactivate(cpu, intid);
  }

  /**
   * ICC_SGI*R_EL1: TargetList [15:0], Aff1 [23:16], INTID [27:24], Aff2 [39:32], IRM [40],
   * RS [47:44], Aff3 [55:48]. IRM = 1: every CPU but the sender.
   */
  private generateSgi(self: number, lo: number, hi: number, group: number): void {
    const sgi = (lo >>> 24) & 0xf;
    const irm = (hi >>> 8) & 1;
    const tlist = lo & 0xffff, aff1 = (lo >>> 16) & 0xff;
    const aff2 = hi & 0xff, rs = (hi >>> 12) & 0xf, aff3 = (hi >>> 16) & 0xff;
    for (let t = 0; t < this.cpus; t++) {
      if (irm) {
        if (t === self) continue;
      } else {
        const a = this.affinity[t]!;
        if (((a >>> 24) & 0xff) !== aff3 || ((a >>> 16) & 0xff) !== aff2 || ((a >>> 8) & 0xff) !== aff1) continue;
        const aff0 = a & 0xff;
        if ((aff0 >>> 4) !== rs || !((tlist >>> (aff0 & 0xf)) & 1)) continue;
      }
      const i = this.bank(t, sgi);
      if (this.group[i] !== group) continue;
      this.setLatch(i, t);
    }
  }
}
