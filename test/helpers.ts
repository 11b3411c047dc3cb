// Shared test helpers: run a bare-metal ELF in-process and capture what it printed.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

/** Lines that differ between a corpus program's output and QEMU's (with their block header). */
export function diffLines(got: string, want: string, max = 8): string[] {
  const g = got.split('\n'), w = want.split('\n');
  const out: string[] = [];
  let hdr = '';
  for (let k = 0; k < Math.max(g.length, w.length); k++) {
    if (w[k]?.startsWith('== ')) hdr = w[k];
    if (g[k] !== w[k]) {
      out.push(`${hdr} line ${k + 1}: got ${JSON.stringify(g[k])}, QEMU ${JSON.stringify(w[k])}`);
      if (out.length >= max) break;
    }
  }
  return out;
}

/**
 * One uvu test per program of a random-instruction corpus (ELFs in `elfDir`, QEMU's output in
 * `goldDir/<name>.out`): the UART output must be QEMU's byte for byte and the program must end
 * with status 0. Returns how many programs have goldens.
 */
export function corpusTests(
  test: (name: string, fn: () => void) => void, elfDir: string, goldDir: string,
  opts: { cpu?: string; maxInstructions?: number; label?: string } = {},
): number {
  let programs = 0;
  for (const file of existsSync(elfDir) ? readdirSync(elfDir).filter((f) => f.endsWith('.elf')).sort() : []) {
    const name = file.slice(0, -4);
    const out = `${goldDir}/${name}.out`;
    if (!existsSync(out)) continue;
    programs++;
    test(`${elfDir}/${name} matches QEMU${opts.label ? ` ${opts.label}` : ''}`, () => {
      const run = runElf(`${elfDir}/${file}`, opts.maxInstructions ?? 1e8, { cpu: opts.cpu });
      const want = readFileSync(out, 'latin1');
      if (run.uart !== want) throw new Error(`${name}: differs from QEMU:\n  ${diffLines(run.uart, want).join('\n  ')}`);
      if (run.stop.kind !== 'exit' || run.stop.status !== 0) throw new Error(`${name}: stopped with ${JSON.stringify(run.stop)}`);
    });
  }
  return programs;
}

/** The default guest's shell prompt (src/guest/recipe.ts). */
export const SHELL_PROMPT = 'a64dbg:~# ';

export interface ShellSession { outputs: string[]; stop: StopReason; instructions: number; log: string }

/**
 * Boots a Linux guest in-process and types each command once the prompt (and ash's ESC[6n
 * query) has been printed, so the run is deterministic. outputs[k] is what command k printed:
 * between its echoed line and the next prompt.
 */
export function shellSession(commands: string[], boot: { kernel: string; initrd: string; append: string; maxInstructions?: number; cpu?: string }): ShellSession {
  let all = '';
  let sinceInput = '';
  const pending = [...commands];
  const marks: number[] = [];
  const machine: Machine = new Machine({
    memoryMiB: 512, cpu: boot.cpu, log: () => {},
    console: (b) => {
      const text = Buffer.from(b).toString('latin1');
      all += text;
      sinceInput += text;
      if (sinceInput.endsWith(SHELL_PROMPT) || sinceInput.endsWith(SHELL_PROMPT + '\x1b[6n')) {
        const cmd = pending.shift();
        if (cmd === undefined) return;
        sinceInput = '';
        marks.push(all.length);
        machine.uart.receive(cmd + '\n');
      }
    },
  });
  machine.loadKernelFile(boot.kernel, boot.initrd, boot.append);
  const stop = machine.run({ maxInstructions: boot.maxInstructions ?? 4e9 });
  marks.push(all.length);
  const outputs = commands.map((cmd, k) => {
    if (k >= marks.length - 1) return '';
    const chunk = all.slice(marks[k], marks[k + 1]).replace(/\r/g, '');
    const afterEcho = chunk.slice(chunk.indexOf(cmd) + cmd.length).replace(/^\n/, '');
    return afterEcho.split(SHELL_PROMPT)[0];
  });
  return { outputs, stop, instructions: machine.instructions, log: all };
}
