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
  /** A device with no state at all (an empty virtio-mmio slot) is left out of snapshots. */
  readonly stateless?: boolean;
}

// ---- checking a snapshot in restore() ----------------------------------------------------------
// A device's state comes back from a snapshot file: restore() checks every field it reads (type,
// range, array length against this configuration) before changing anything, so a state of another
// configuration or a damaged file is refused with one clear error and leaves the device as it was.

/** restore() was given something that is not a state this device, in this configuration, saved. */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

/** A short description of a value found in a state, for error messages. */
export function showState(v: unknown): string {
  if (v === undefined) return 'undefined';
  const s = JSON.stringify(v) ?? String(v);
  if (s.length <= 40) return s;
  return Array.isArray(v) ? `an array of ${v.length}` : `${s.slice(0, 37)}...`;
}

/** `state` as an object whose fields restore() reads; `who` prefixes the error ("pl011" -> "pl011 restore: ..."). */
export function stateObject(state: unknown, who: string, what = 'the state'): Record<string, unknown> {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) {
    throw new SnapshotError(`${who} restore: ${what} is not an object (got ${showState(state)})`);
  }
  return state as Record<string, unknown>;
}

/** Field `key` of a state: an integer in 0..max. `path` names it in the error. */
export function stateInt(o: Record<string, unknown>, key: string, max: number, who: string, path = key): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
    throw new SnapshotError(`${who} restore: ${path} must be an integer in 0..${max} (got ${showState(v)})`);
  }
  return v;
}

/** Field `key` of a state: a boolean. */
export function stateBool(o: Record<string, unknown>, key: string, who: string, path = key): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') throw new SnapshotError(`${who} restore: ${path} must be a boolean (got ${showState(v)})`);
  return v;
}

/** Field `key` of a state: an array of integers in 0..max, of exactly `length` entries when given. */
export function stateInts(o: Record<string, unknown>, key: string, max: number, who: string, length?: number, path = key): number[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new SnapshotError(`${who} restore: ${path} must be an array (got ${showState(v)})`);
  if (length !== undefined && v.length !== length) {
    throw new SnapshotError(`${who} restore: ${path} has ${v.length} entries, this configuration has ${length}`);
  }
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > max) {
      throw new SnapshotError(`${who} restore: ${path}[${i}] must be an integer in 0..${max} (got ${showState(x)})`);
    }
  }
  return v as number[];
}
