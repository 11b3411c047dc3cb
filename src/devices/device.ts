// The one small interface every device implements. The trap layer routes a stage-2 data abort
// at [base, base+size) to the device with the offset; accesses wider than 4 bytes are split
// into 4-byte halves, low half first (QEMU's max_access_size = 4 behaviour).

export interface Device {
  readonly name: string;
  readonly base: number;
  readonly size: number;
  /** Value of a 1-, 2- or 4-byte read at `offset` (unsigned, as a number). */
  read(offset: number, size: number): number;
  write(offset: number, size: number, value: number): void;
  reset(): void;
  /** Device state for snapshots; restore() takes back what save() produced. */
  save(): unknown;
  restore(state: unknown): void;
}
