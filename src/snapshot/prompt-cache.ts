// The cached "booted to the shell prompt" snapshot of a guest: made by one cold boot on first use,
// then restored by every `a64dbg run` script and `a64dbg boot --restore prompt`. The file name is a
// hash of everything that decides the state at the prompt: the kernel's and initrd's bytes, the
// command line, the machine configuration and the snapshot format version; change any of them
// and the next use boots cold once more.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from '../machine/machine.ts';
import { defaultRepoRoot } from '../guest/images.ts';
import { DEFAULT_CPU } from '../cpu/features.ts';
import { SNAPSHOT_FORMAT_VERSION, saveSnapshot } from './snapshot.ts';

/** The default guest's prompt (PS1 'a64dbg:\w# ', src/guest/recipe.ts). */
export const PROMPT_RE = /a64dbg:[^\n]*# /;

export interface PromptGuest {
  kernel: string;
  initrd?: string;
  append: string;
  memoryMiB?: number;
  gic?: 2 | 3;
  cpu?: string;
  /** The shell prompt to wait for (default PROMPT_RE). */
  prompt?: RegExp;
}

/** Where cached snapshots live: $A64DBG_SNAPSHOT_DIR or .cache/snapshots in the repository. */
export function snapshotCacheDir(): string {
  return process.env.A64DBG_SNAPSHOT_DIR || join(defaultRepoRoot(), '.cache', 'snapshots');
}

/** The cache file for a guest (whether or not it exists yet). */
export function promptSnapshotPath(g: PromptGuest): string {
  const h = createHash('sha256');
  const field = (s: string): void => { h.update(s); h.update('\0'); };
  field(`a64dbg prompt snapshot, format ${SNAPSHOT_FORMAT_VERSION}`);
  field(createHash('sha256').update(readFileSync(g.kernel)).digest('hex'));
  field(g.initrd ? createHash('sha256').update(readFileSync(g.initrd)).digest('hex') : '-');
  field(g.append);
  field(`${g.memoryMiB ?? 512} MiB, GICv${g.gic ?? 3}, ${g.cpu ?? DEFAULT_CPU}, ${(g.prompt ?? PROMPT_RE).source}`);
  return join(snapshotCacheDir(), `prompt-${h.digest('hex').slice(0, 24)}.a64snap`);
}

/**
 * The path of the guest's prompt snapshot, cold-booting to make it if it is not cached yet
 * (bootToPrompt). Processes that make it at the same time each write a whole file and the last
 * rename wins: the file is never partial.
 */
export async function promptSnapshot(g: PromptGuest, progress?: (line: string) => void): Promise<string> {
  const file = promptSnapshotPath(g);
  if (existsSync(file)) return file;
  progress?.(`making the prompt snapshot ${file}: one cold boot (~30 s)`);
  const t0 = performance.now();
  const machine = bootToPrompt(g);
  mkdirSync(snapshotCacheDir(), { recursive: true });
  const { bytes } = await saveSnapshot(machine, file);
  progress?.(`prompt snapshot made in ${((performance.now() - t0) / 1e3).toFixed(1)} s (${(bytes / 2 ** 20).toFixed(1)} MiB, ${machine.instructions} instructions)`);
  return file;
}

/**
 * Cold-boots the guest to the point its prompt snapshot holds: the prompt printed and the guest
 * then idle, waiting for input. `onConsole` sees the boot's output.
 */
export function bootToPrompt(g: PromptGuest, onConsole?: (bytes: Uint8Array) => void): Machine {
  const prompt = g.prompt ?? PROMPT_RE;
  let tail = '';
  let seen = false;
  const machine: Machine = new Machine({
    memoryMiB: g.memoryMiB ?? 512, gic: g.gic, cpu: g.cpu, cmdline: g.append, log: () => {},
    console: (b) => {
      onConsole?.(b);
      if (seen) return;
      tail = (tail + Buffer.from(b).toString('latin1')).slice(-4096);
      if (prompt.test(tail)) { seen = true; machine.requestStop('prompt'); }
    },
  });
  machine.loadKernelFile(g.kernel, g.initrd, g.append);
  const stop = machine.run({ maxInstructions: 20e9 });
  if (!seen) {
    const why = stop.kind === 'exit' || stop.kind === 'fault' || stop.kind === 'limit' ? stop.message : stop.kind;
    throw new Error(`the guest did not reach its prompt (${prompt}): ${why}; last output: ${JSON.stringify(tail.slice(-300))}`);
  }
  // On to the first idle after the prompt: the shell waits for input there.
  const idle = machine.run({ maxInstructions: machine.instructions + 1e9, inputOpen: false, endWhenIdle: { afterNs: 1, status: 0 } });
  if (idle.kind !== 'exit' || idle.status !== 0) throw new Error(`the guest did not go idle after its prompt: ${JSON.stringify(idle)}`);
  return machine;
}
