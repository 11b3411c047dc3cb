// Machine snapshots: the whole machine in one file (format: src/snapshot/container.ts; README,
// "Snapshots"). Three sections:
//
//   META  JSON: a64dbg's version, the machine configuration (RAM size, GIC version, vCPUs, CPU
//         model, clock mode, -no-reboot), the boot files (paths and SHA-256 of kernel, initrd, DTB)
//         and command line, the instruction count and PC (for people and for `a64dbg run`'s cache)
//   STAT  JSON: every state part the machine lists (Machine.stateParts(): each vCPU, the clock,
//         each device, each timer, the board), by name; each part saves and checks its own
//   RAM   guest RAM, non-zero pages only, compressed (src/snapshot/ram-image.ts)
//
// Decoded instructions and TLBs are caches, never saved: a restore drops the TLBs and the decoded
// code of every RAM page whose bytes it changes (restoring into a used machine, as `loadvm` and the
// runner's lanes do, keeps the rest; GuestMemory.written says which pages need zeroing).
// Restoring checks everything before it changes the machine: the container and its checksums,
// the JSON, the configuration against the machine's, RAM; the state parts are then restored in
// order and, should one refuse its state, the ones already restored are put back as they were.

import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { SnapshotError } from '../devices/device.ts';
import { RAM_BASE } from '../memory/layout.ts';
import { Machine, type BootRecord, type MachineConfig, type MachineOptions } from '../machine/machine.ts';
import { writeFileAtomic } from './atomic-file.ts';
import { SNAPSHOT_FORMAT_VERSION, SnapshotFileError, decodeContainer, encodeContainer } from './container.ts';
import { applyRam, decodeRam, encodeRam, type RamImage } from './ram-image.ts';

export { SNAPSHOT_FORMAT_VERSION, SnapshotFileError };

const SECTIONS = ['META', 'STAT', 'RAM '];

/** What the META section says. */
export interface SnapshotMeta {
  a64dbg: string;
  config: MachineConfig;
  boot?: BootRecord;
  instructions: number;
  pc: string;
}

/** A snapshot read and checked, RAM inflated: restore it into as many machines as you like. */
export interface SnapshotImage {
  readonly file: string;
  readonly meta: SnapshotMeta;
  readonly parts: Readonly<Record<string, unknown>>;
  readonly ram: RamImage;
}

let version: string | undefined;
/** a64dbg's version from package.json. */
export function a64dbgVersion(): string {
  if (version === undefined) {
    try {
      version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '?';
    } catch {
      version = '?';
    }
  }
  return version;
}

/** Writes a snapshot of `machine` to `file` atomically. The machine is left as it was. */
export async function saveSnapshot(machine: Machine, file: string): Promise<{ bytes: number }> {
  machine.quiesce();
  const meta: SnapshotMeta = {
    a64dbg: a64dbgVersion(), config: machine.config, ...(machine.boot && { boot: machine.boot }),
    instructions: machine.instructions, pc: `0x${machine.cpus[0].pc.toString(16)}`,
  };
  const parts: Record<string, unknown> = {};
  for (const p of machine.stateParts()) parts[p.name] = p.save();
  const ram = await encodeRam(ramOf(machine));
  const chunks = encodeContainer([
    { kind: 'META', payload: Buffer.from(JSON.stringify(meta)) },
    { kind: 'STAT', payload: Buffer.from(JSON.stringify(parts)) },
    { kind: 'RAM ', payload: ram },
  ]);
  writeFileAtomic(file, chunks);
  return { bytes: chunks.reduce((n, c) => n + c.length, 0) };
}

/** Reads and checks a snapshot file. Throws SnapshotFileError("snapshot 'FILE': why"). */
export async function readSnapshot(file: string): Promise<SnapshotImage> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new SnapshotFileError(`cannot read snapshot '${file}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return decodeSnapshot(bytes, file);
}

/** Checks a snapshot's bytes (`name` for messages). Throws SnapshotFileError. */
export async function decodeSnapshot(bytes: Uint8Array, name: string): Promise<SnapshotImage> {
  try {
    const sections = decodeContainer(bytes, SECTIONS);
    const meta = parseMeta(json(sections.get('META')!, 'META'));
    const parts = json(sections.get('STAT')!, 'STAT');
    if (typeof parts !== 'object' || parts === null || Array.isArray(parts)) throw new SnapshotFileError('STAT section: not an object of state parts');
    const ram = await decodeRam(sections.get('RAM ')!, meta.config.memoryMiB * 256);
    return { file: name, meta, parts: parts as Record<string, unknown>, ram };
  } catch (e) {
    if (e instanceof SnapshotFileError) throw new SnapshotFileError(`snapshot '${name}': ${e.message}`);
    throw e;
  }
}

function json(payload: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(Buffer.from(payload.buffer, payload.byteOffset, payload.length).toString('utf8'));
  } catch {
    throw new SnapshotFileError(`${what} section: not JSON`);
  }
}

function parseMeta(v: unknown): SnapshotMeta {
  const bad = (why: string): never => { throw new SnapshotFileError(`META section: ${why}`); };
  if (typeof v !== 'object' || v === null) bad('not an object');
  const m = v as Record<string, unknown>;
  const c = m.config as Record<string, unknown> | undefined;
  if (typeof c !== 'object' || c === null) bad('no machine configuration');
  const cfg = c as Record<string, unknown>;
  if (!Number.isInteger(cfg.memoryMiB) || (cfg.memoryMiB as number) < 1 || (cfg.memoryMiB as number) > 4096) bad(`bad RAM size ${String(cfg.memoryMiB)}`);
  if (cfg.gic !== 2 && cfg.gic !== 3) bad(`bad GIC version ${String(cfg.gic)}`);
  if (!Number.isInteger(cfg.cpus) || (cfg.cpus as number) < 1) bad(`bad vCPU count ${String(cfg.cpus)}`);
  if (typeof cfg.cpu !== 'string') bad('no CPU model');
  if (cfg.clock !== 'deterministic' && cfg.clock !== 'realtime') bad(`bad clock mode ${String(cfg.clock)}`);
  if (typeof cfg.noReboot !== 'boolean') bad('no reboot setting');
  if (typeof m.a64dbg !== 'string' || !Number.isSafeInteger(m.instructions) || typeof m.pc !== 'string') bad('incomplete');
  if (m.boot !== undefined) {
    const b = m.boot as Record<string, unknown>;
    const file = (f: unknown): boolean => typeof f === 'object' && f !== null &&
      typeof (f as BootRecord['kernel']).path === 'string' && /^[0-9a-f]{64}$/.test(String((f as BootRecord['kernel']).sha256));
    if (typeof b !== 'object' || b === null || !file(b.kernel) || (b.initrd !== undefined && !file(b.initrd)) ||
      (b.dtb !== undefined && !file(b.dtb)) || (b.append !== undefined && typeof b.append !== 'string')) bad('bad boot record');
  }
  return m as unknown as SnapshotMeta;
}

/** Why a snapshot of configuration `snap` cannot be restored into a machine of `machine`, or undefined. */
export function configMismatch(snap: MachineConfig, machine: MachineConfig): string | undefined {
  const diffs: string[] = [];
  if (snap.memoryMiB !== machine.memoryMiB) diffs.push(`${snap.memoryMiB} MiB of RAM, the machine has ${machine.memoryMiB} MiB`);
  if (snap.gic !== machine.gic) diffs.push(`GICv${snap.gic}, the machine has GICv${machine.gic}`);
  if (snap.cpus !== machine.cpus) diffs.push(`${snap.cpus} vCPUs, the machine has ${machine.cpus}`);
  if (snap.cpu !== machine.cpu) diffs.push(`CPU model ${snap.cpu}, the machine runs ${machine.cpu}`);
  if (snap.clock !== machine.clock) diffs.push(`${snap.clock} time, the machine runs ${machine.clock} time`);
  return diffs.length ? `the snapshot has ${diffs.join('; ')}` : undefined;
}

/**
 * Puts `machine` in the snapshot's state. Refused (SnapshotFileError, machine unchanged) when the
 * configuration differs or a state part refuses its state.
 */
export function restoreSnapshot(machine: Machine, image: SnapshotImage): void {
  const mismatch = configMismatch(image.meta.config, machine.config);
  if (mismatch) throw new SnapshotFileError(`snapshot '${image.file}': ${mismatch}`);
  apply(machine, image);
}

/** A new machine in the snapshot's state, built with the snapshot's configuration (opts.noReboot may differ). */
export function machineFromSnapshot(image: SnapshotImage, opts: Omit<MachineOptions, 'memoryMiB' | 'gic' | 'cpu' | 'clock'> = {}): Machine {
  const c = image.meta.config;
  let machine: Machine;
  try {
    machine = new Machine({ noReboot: c.noReboot, ...opts, memoryMiB: c.memoryMiB, gic: c.gic, cpu: c.cpu, clock: c.clock, cmdline: image.meta.boot?.append });
  } catch (e) {
    throw new SnapshotFileError(`snapshot '${image.file}': cannot build its machine: ${(e as Error).message}`);
  }
  apply(machine, image);
  return machine;
}

function ramOf(machine: Machine): Uint8Array {
  return machine.mem.bytes.subarray(machine.mem.ramOffset(RAM_BASE), machine.mem.ramOffset(machine.mem.ramEnd));
}

/** Restores every state part (all or none), then RAM. */
function apply(machine: Machine, image: SnapshotImage): void {
  const fail = (why: string): never => { throw new SnapshotFileError(`snapshot '${image.file}': ${why}`); };
  const parts = machine.stateParts();
  const names = new Set(parts.map((p) => p.name));
  for (const p of parts) if (!Object.hasOwn(image.parts, p.name)) fail(`no state for ${p.name}`);
  for (const name of Object.keys(image.parts)) if (!names.has(name)) fail(`state for ${name}, which this machine does not have`);
  const before = parts.map((p) => p.save());
  let done = 0;
  try {
    for (const p of parts) { p.restore(image.parts[p.name]); done++; }
  } catch (e) {
    for (let k = done - 1; k >= 0; k--) parts[k].restore(before[k]);
    if (e instanceof SnapshotError) fail(e.message);
    throw e;
  }
  const code = machine.code;
  applyRam(image.ram, ramOf(machine), machine.mem.written, (page) => { if (code.marks[page] !== 0) code.dropPage(page); });
  machine.afterRestore(image.meta.boot);
}
