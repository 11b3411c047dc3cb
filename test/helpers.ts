// Shared test helpers, in-process: run a bare-metal ELF and capture what it printed, one test per
// program of a golden suite, a Linux shell session; hex formatting and synthetic arm64 Images.
// The helpers that spawn the command line are in cli-helpers.ts.

import * as assert from 'uvu/assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Machine, type Tier } from '../src/machine/machine.ts';
import type { StopReason } from '../src/hyp/trap.ts';

export interface GuestRun {
  uart: string;
  semihosting: string;
  stop: StopReason;
  instructions: number;
  machine: Machine;
}

/** opts.cpu: the CPU model (default DEFAULT_CPU); QEMU -cpu max goldens need 'max'. */
export function runElf(path: string, maxInstructions = 2e9, opts: { gic?: 2 | 3; cpu?: string; tier?: Tier; jitThreshold?: number } = {}): GuestRun {
  const uart: Uint8Array[] = [];
  const semi: Uint8Array[] = [];
  const machine = new Machine({
    memoryMiB: 512, gic: opts.gic, cpu: opts.cpu, console: (b) => uart.push(b), semihostingConsole: (b) => semi.push(b), log: () => {},
    tier: opts.tier, jitThreshold: opts.jitThreshold,
  });
  machine.loadElf(readFileSync(path));
  const stop = machine.run({ maxInstructions });
  return {
    uart: Buffer.concat(uart).toString('latin1'),
    semihosting: Buffer.concat(semi).toString('latin1'),
    stop, instructions: machine.instructions, machine,
  };
}

/** A readable first difference between two outputs (`wantFrom`: who printed `want`). */
export function firstDifference(got: string, want: string, wantFrom = 'QEMU'): string {
  const g = got.split('\n'), w = want.split('\n');
  let k = 0;
  while (k < g.length && k < w.length && g[k] === w[k]) k++;
  return `line ${k + 1}: got ${JSON.stringify(g[k])}, ${wantFrom} printed ${JSON.stringify(w[k])}` +
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

export interface CorpusOptions {
  /** The CPU model QEMU made the goldens with (default DEFAULT_CPU); a program's X.args may name another. */
  cpu?: string;
  /** The run's instruction limit (default 1e8). */
  maxInstructions?: number;
  /** Appended to each test's name. */
  label?: string;
  /** Programs (names without .elf) to leave out. */
  skip?: readonly string[];
  /** Also compare the semihosting console with goldDir/X.err (empty when there is none). */
  semihosting?: boolean;
  /**
   * Run under the JIT (compiling a block once it has been entered `jitThreshold` times) and also
   * require the interpreter's instruction count: the tiers must agree to the instruction.
   */
  jit?: { threshold: number };
}

/**
 * One uvu test per program of a golden suite: the ELFs in `elfDir` (firmware/bin, or a generated
 * corpus under test/corpus/), what QEMU printed in `goldDir` (test/golden/...):
 *   X.out   the UART output, which must be QEMU's byte for byte;
 *   X.exit  the exit status (0 when there is none);
 *   X.err   the semihosting console output (checked with opts.semihosting);
 *   X.args  the machine options QEMU's golden was made with (`--gic 2`, `--cpu max`).
 * Programs without X.out are left out. Returns how many programs have goldens.
 */
export function corpusTests(
  test: (name: string, fn: () => void) => void, elfDir: string, goldDir: string, opts: CorpusOptions = {},
): number {
  let programs = 0;
  for (const file of existsSync(elfDir) ? readdirSync(elfDir).filter((f) => f.endsWith('.elf')).sort() : []) {
    const name = file.slice(0, -4);
    const out = `${goldDir}/${name}.out`;
    if (!existsSync(out) || opts.skip?.includes(name)) continue;
    programs++;
    const argsFile = `${goldDir}/${name}.args`;
    const args = existsSync(argsFile) ? readFileSync(argsFile, 'utf8').trim().split(/\s+/) : [];
    const gicArg = args.indexOf('--gic');
    const gic = gicArg >= 0 ? (Number(args[gicArg + 1]) as 2 | 3) : undefined;
    const cpuArg = args.indexOf('--cpu');
    const cpu = cpuArg >= 0 ? args[cpuArg + 1] : opts.cpu;
    test(`${elfDir}/${name} matches QEMU${opts.label ? ` ${opts.label}` : ''}`, () => {
      const run = runElf(`${elfDir}/${file}`, opts.maxInstructions ?? 1e8, { gic, cpu, ...(opts.jit && { tier: 'jit', jitThreshold: opts.jit.threshold }) });
      if (opts.jit) {
        const interp = runElf(`${elfDir}/${file}`, opts.maxInstructions ?? 1e8, { gic, cpu });
        assert.is(run.instructions, interp.instructions, `${name}: instructions retired under the JIT and the interpreter`);
        assert.ok(run.machine.jit!.stats.retired > 0, `${name}: the JIT ran something`);
      }
      const want = readFileSync(out, 'latin1');
      if (run.uart !== want) assert.unreachable(`${name}: UART output differs from QEMU:\n  ${diffLines(run.uart, want).join('\n  ')}`);
      if (opts.semihosting) {
        const errFile = `${goldDir}/${name}.err`;
        assert.is(run.semihosting, existsSync(errFile) ? readFileSync(errFile, 'latin1') : '', `${name}: semihosting console output`);
      }
      const exitFile = `${goldDir}/${name}.exit`;
      const status = existsSync(exitFile) ? Number(readFileSync(exitFile, 'utf8')) : 0;
      assert.equal({ kind: run.stop.kind, status: run.stop.kind === 'exit' ? run.stop.status : undefined },
        { kind: 'exit', status }, `${name}: how the guest stopped (${JSON.stringify(run.stop)})`);
    });
  }
  return programs;
}

/** The number of random instructions a generated corpus's manifest.json counts. */
export function corpusInstructions(elfDir: string): number {
  const manifest = JSON.parse(readFileSync(`${elfDir}/manifest.json`, 'utf8'));
  return (manifest.programs as { random: number }[]).reduce((n, p) => n + p.random, 0);
}

/** The default guest's shell prompt (src/guest/recipe.ts). */
export const SHELL_PROMPT = 'a64dbg:~# ';

export interface ShellSession { outputs: string[]; stop: StopReason; instructions: number; log: string }

/**
 * Boots a Linux guest in-process and types each command once the prompt (and ash's ESC[6n
 * query) has been printed, so the run is deterministic. outputs[k] is what command k printed:
 * between its echoed line and the next prompt.
 */
export function shellSession(commands: string[], boot: { kernel: string; initrd: string; append: string; maxInstructions?: number; cpu?: string; tier?: Tier }): ShellSession {
  let all = '';
  let sinceInput = '';
  const pending = [...commands];
  const marks: number[] = [];
  const machine: Machine = new Machine({
    memoryMiB: 512, cpu: boot.cpu, log: () => {}, tier: boot.tier,
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

/** 0x-prefixed hexadecimal, no padding: hex(0x40200000) = '0x40200000'. */
export const hex = (n: number | bigint): string => `0x${n.toString(16)}`;

/** A 64-bit value as 0x and 16 hex digits (negative values as their two's complement). */
export const hex64 = (v: bigint): string => `0x${BigInt.asUintN(64, v).toString(16).padStart(16, '0')}`;

/** The arm64 Image magic at offset 0x38: "ARM\x64". */
export const ARM64_IMAGE_MAGIC = 0x644d5241;

/** The fields of an arm64 Image header (Documentation/arch/arm64/booting.rst). */
export interface Arm64ImageFields {
  code0?: number; code1?: number; textOffset?: bigint; imageSize?: bigint | number; flags?: bigint;
  magic?: number; res5?: number;
}

/**
 * A synthetic arm64 Image, `length` bytes (default 64 KiB) of zeros after the 64-byte header.
 * Unset fields: code0 `b .` (spins if ever run), code1 0, text_offset 0, image_size 128 KiB,
 * flags 0xa (little-endian, 4 KiB pages, anywhere in RAM), the magic, res5 0 (no PE header).
 */
export function arm64Image(h: Arm64ImageFields & { length?: number } = {}): Uint8Array {
  const b = new Uint8Array(h.length ?? 0x1_0000);
  const dv = new DataView(b.buffer);
  dv.setUint32(0x00, h.code0 ?? 0x14000000, true);
  dv.setUint32(0x04, h.code1 ?? 0, true);
  dv.setBigUint64(0x08, h.textOffset ?? 0n, true);
  dv.setBigUint64(0x10, BigInt(h.imageSize ?? 0x2_0000), true);
  dv.setBigUint64(0x18, h.flags ?? 0xan, true);
  dv.setUint32(0x38, h.magic ?? ARM64_IMAGE_MAGIC, true);
  dv.setUint32(0x3c, h.res5 ?? 0, true);
  return b;
}
