// Interrupt wiring between devices, the interrupt controller and the vCPUs.
//
// Devices raise level-sensitive lines; the interrupt controller (GICv2 or GICv3) decides which
// CPU sees IRQ/FIQ; the machine polls `irqPending(cpu)` between interpreter slices and after
// every trap, and the vCPU takes the exception when PSTATE.I allows it.

/** An interrupt line a device drives (level-sensitive). */
export interface IrqLine {
  set(level: boolean): void;
}

/** The interrupt controller as the rest of the machine sees it. */
export interface InterruptController {
  readonly version: 2 | 3;
  /** MMIO frames (distributor, CPU interface or redistributors) for the bus. */
  readonly devices: import('./device.ts').Device[];
  /** A shared peripheral interrupt input: intid 32..(32+nSPI-1). */
  spi(intid: number): IrqLine;
  /** A private peripheral interrupt input of one CPU: intid 16..31. */
  ppi(cpu: number, intid: number): IrqLine;
  /** Level of the IRQ / FIQ signal to a CPU (highest-priority pending interrupt beats its running priority and mask). */
  irqPending(cpu: number): boolean;
  fiqPending(cpu: number): boolean;
  /**
   * GICv3 CPU interface system registers (ICC_*_EL1), by name as in the Arm ARM, e.g.
   * 'ICC_IAR1_EL1'. Returns undefined for a register this controller does not have (GICv2:
   * always), so the vCPU raises UNDEFINED.
   */
  readIcc?(cpu: number, name: string): bigint | undefined;
  /** Returns false when the register does not exist or is read-only. */
  writeIcc?(cpu: number, name: string, value: bigint): boolean;
  reset(): void;
  save(): unknown;
  restore(state: unknown): void;
}
