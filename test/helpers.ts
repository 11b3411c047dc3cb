// Shared test helpers: run a bare-metal ELF in-process and capture what it printed.

import { readFileSync } from 'node:fs';
import { Machine } from '../src/machine/machine.ts';
import type { StopReason } from '../src/hyp/trap.ts';

export interface GuestRun {
  uart: string;
  semihosting: string;
  stop: StopReason;
  instructions: number;
  machine: Machine;
}

/** opts.cpu: the CPU model (default DEFAULT_CPU); QEMU -cpu max goldens need 'max'. */
export function runElf(path: string, maxInstructions = 2e9, opts: { gic?: 2 | 3; cpu?: string } = {}): GuestRun {
  const uart: Uint8Array[] = [];
  const semi: Uint8Array[] = [];
  const machine = new Machine({
    memoryMiB: 512, gic: opts.gic, cpu: opts.cpu, console: (b) => uart.push(b), semihostingConsole: (b) => semi.push(b), log: () => {},
  });
  machine.loadElf(readFileSync(path));
  const stop = machine.run({ maxInstructions });
  return {
    uart: Buffer.concat(uart).toString('latin1'),
    semihosting: Buffer.concat(semi).toString('latin1'),
    stop, instructions: machine.instructions, machine,
  };
}

/** A readable first difference between two outputs. */
export function firstDifference(got: string, want: string): string {
  const g = got.split('\n'), w = want.split('\n');
  let k = 0;
  while (k < g.length && k < w.length && g[k] === w[k]) k++;
  return `line ${k + 1}: got ${JSON.stringify(g[k])}, QEMU printed ${JSON.stringify(w[k])}` +
    (k > 0 ? ` (after ${JSON.stringify(g[k - 1])})` : '');
}
