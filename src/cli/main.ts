// Command line: `a64dbg boot [--kernel FILE] [--memory MiB] ...`. Bad input ends with one line
// on stderr and a non-zero status, never a stack trace.

import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Machine, LoadError, TIERS, type Tier } from '../machine/machine.ts';
import type { StopReason } from '../hyp/trap.ts';
import { GdbServer } from '../gdb/server.ts';
import { MachineDebugTarget } from '../gdb/machine-target.ts';
import { MIN_RAM_MIB, MAX_RAM_MIB, ramSizeError } from '../memory/layout.ts';
import { defaultGuest, missingGuestMessage, userlandGuest, missingUserlandMessage } from '../guest/images.ts';
import { USERLANDS, type UserlandName } from '../guest/userland.ts';
import { translateQemuArgs, QemuArgsError, qemuOptionsHelp } from './qemu-args.ts';
import { CPU_MODELS, DEFAULT_CPU } from '../cpu/features.ts';
import { runOptions, runCli } from '../runner/cli.ts';
import type { ClockMode } from '../machine/clock.ts';
import { SnapshotFileError, configMismatch, machineFromSnapshot, readSnapshot, saveSnapshot, type SnapshotImage } from '../snapshot/snapshot.ts';
import { writeFileAtomic } from '../snapshot/atomic-file.ts';

/** Exit statuses besides the guest's own (semihosting) status. */
export const STATUS_BAD_INPUT = 1;
export const STATUS_GUEST_FAULT = 2;
export const STATUS_LIMIT = 124;

function fail(message: string, status = STATUS_BAD_INPUT): never {
  process.stderr.write(`a64dbg: ${message}\n`);
  process.exit(status);
}

function parseMemory(v: unknown): number {
  const s = String(v).trim();
  const m = /^(\d+)\s*([MmGg])?i?[Bb]?$/.exec(s);
  if (!m) fail(`bad --memory value '${s}': give MiB (e.g. 512) or a size like 1G`);
  const n = Number(m[1]) * (m[2] && /g/i.test(m[2]) ? 1024 : 1);
  const bad = ramSizeError(n);
  if (bad !== undefined) fail(`bad --memory value '${s}': ${bad}`);
  return n;
}

interface BootArgs {
  kernel?: string; initrd?: string; append?: string; memory?: unknown; gic?: unknown; trace?: string[];
  'max-insns'?: number; 'dtb-out'?: string; 'kaslr-seed'?: string; clock?: unknown; gdb?: string; s?: boolean; 'wait-gdb'?: boolean;
  cpu?: string; smp: unknown; reboot?: boolean; userland?: string; 'eof-idle': unknown; dtb?: string;
  restore?: string; 'save-snapshot'?: string; 'save-when'?: string; 'stop-on'?: string[]; tier?: string;
}

/** `--eof-idle`: virtual seconds, or `never`. */
function parseEofIdle(v: unknown): number | undefined {
  const s = String(v).trim();
  if (s === 'never') return undefined;
  const n = Number(s);
  if (s === '' || !Number.isFinite(n) || n <= 0 || n > 1e6) fail(`bad --eof-idle value '${s}': seconds of virtual time (e.g. 10) or never`);
  return Math.round(n * 1e9);
}

/** `--gdb`: [HOST:]PORT or unix:PATH; `-s` is 127.0.0.1:1234. */
function parseGdbAddress(spec: string): { host?: string; port?: number; path?: string } {
  if (spec.startsWith('unix:')) {
    const path = spec.slice(5);
    if (!path) fail(`bad --gdb value '${spec}': unix:PATH`);
    return { path };
  }
  const m = /^(?:(.*):)?(\d+)$/.exec(spec);
  const port = m ? Number(m[2]) : NaN;
  if (!m || port < 1 || port > 65535) fail(`bad --gdb value '${spec}': [HOST:]PORT (e.g. 1234 or 127.0.0.1:1234) or unix:PATH`);
  return { host: m[1] || '127.0.0.1', port };
}

/** The options that describe the machine; defaults applied here so --restore can tell what was given. */
function machineOptions(argv: BootArgs): { memoryMiB: number; gic: 2 | 3; cpu: string; clock: ClockMode } {
  const memoryMiB = parseMemory(argv.memory ?? '512');
  const gic = Number(argv.gic ?? 3);
  if (gic !== 2 && gic !== 3) fail(`bad --gic value '${argv.gic}': 2 or 3`);
  const cpu = String(argv.cpu ?? DEFAULT_CPU);
  if (!Object.prototype.hasOwnProperty.call(CPU_MODELS, cpu)) fail(`bad --cpu value '${cpu}': ${Object.keys(CPU_MODELS).join(', ')}`);
  const clock = String(argv.clock ?? 'deterministic');
  if (clock !== 'deterministic' && clock !== 'realtime') fail(`bad --clock value '${clock}': deterministic or realtime`);
  return { memoryMiB, gic, cpu, clock };
}

type MachineOutputs = { tier?: Tier; trace?: (line: string) => void; interruptLog?: (line: string) => void; console?: (bytes: Uint8Array) => void };

/** A machine that boots from reset: the default guest, a --userland, or the files given. */
/** --kaslr-seed: a 64-bit value, decimal or 0x hex; 0 is refused (Linux reads it as no seed). */
function parseKaslrSeed(v: string | undefined): bigint | undefined {
  if (v === undefined) return undefined;
  let seed: bigint;
  try { seed = BigInt(v.trim()); } catch { fail(`bad --kaslr-seed value '${v}': a 64-bit number (decimal or 0x hex)`); }
  if (seed <= 0n || seed >= 1n << 64n) fail(`bad --kaslr-seed value '${v}': from 1 to 2^64-1 (0 means no seed, as no option)`);
  return seed;
}

function coldMachine(argv: BootArgs, outputs: MachineOutputs): Machine {
  const { memoryMiB, gic, cpu, clock } = machineOptions(argv);
  let { kernel, initrd, append } = argv;
  if (argv.userland !== undefined) {
    const name = argv.userland;
    if (!(USERLANDS as readonly string[]).includes(name)) fail(`bad --userland value '${name}': ${USERLANDS.join(', ')}`);
    if (initrd) fail('--userland and --initrd both name the initramfs: give one');
    const guest = userlandGuest(name as UserlandName);
    if (!guest) fail(missingUserlandMessage(name as UserlandName));
    kernel ??= guest.kernel;
    initrd = guest.initrd;
    append ??= guest.append;
  }
  if (!kernel) {
    const guest = defaultGuest();
    if (!guest) fail(missingGuestMessage());
    kernel = guest.kernel;
    initrd ??= guest.initrd;
    append ??= guest.append;
  }
  try {
    const machine = new Machine({ memoryMiB, gic, clock, cmdline: append ?? '', cpu, noReboot: argv.reboot === false, kaslrSeed: parseKaslrSeed(argv['kaslr-seed']), ...outputs });
    machine.loadKernelFile(kernel, initrd, append, argv.dtb);
    return machine;
  } catch (e) {
    if (e instanceof LoadError || e instanceof RangeError) fail(e.message);
    throw e;
  }
}

/**
 * `--restore FILE`: the machine a snapshot holds, as it was. Its configuration comes from the
 * snapshot; options that describe the machine may be given only if they agree with it.
 */
async function restoredMachine(argv: BootArgs, file: string, outputs: MachineOutputs): Promise<Machine> {
  for (const opt of ['kernel', 'initrd', 'append', 'userland', 'dtb'] as const) {
    if (argv[opt] !== undefined) fail(`--restore continues the guest in the snapshot: --${opt} goes with a cold boot`);
  }
  let image: SnapshotImage;
  try {
    image = await readSnapshot(file);
  } catch (e) {
    if (e instanceof SnapshotFileError) fail(e.message);
    throw e;
  }
  const c = image.meta.config;
  const given = machineOptions(argv);
  const mismatch = configMismatch(c, {
    memoryMiB: argv.memory !== undefined ? given.memoryMiB : c.memoryMiB, gic: argv.gic !== undefined ? given.gic : c.gic,
    cpu: argv.cpu !== undefined ? given.cpu : c.cpu, clock: argv.clock !== undefined ? given.clock : c.clock, cpus: 1, noReboot: c.noReboot,
  });
  if (mismatch) fail(`cannot restore '${file}' as asked: ${mismatch}`);
  try {
    return machineFromSnapshot(image, { ...outputs, ...(argv.reboot === false && { noReboot: true }) });
  } catch (e) {
    if (e instanceof SnapshotFileError) fail(e.message);
    throw e;
  }
}

/**
 * `a64dbg symbols --out FILE`: boot (or restore) the guest until its kernel has relocated itself,
 * then write its kallsyms as the ELF symbol file gdb gets from the stub (src/gdb/kernel-symbols.ts).
 */
async function symbolsCommand(argv: BootArgs & { out: string }): Promise<void> {
  const out = resolve(argv.out);
  if (!existsSync(dirname(out))) fail(`cannot write --out '${argv.out}': no folder ${dirname(out)}`);
  const limit = argv['max-insns'] ?? 2e9;
  if (!Number.isSafeInteger(limit) || limit <= 0) fail(`bad --max-insns value '${argv['max-insns']}'`);
  const outputs: MachineOutputs = { console: () => {} };
  const machine = argv.restore !== undefined ? await restoredMachine(argv, argv.restore, outputs) : coldMachine(argv, outputs);
  const target = new MachineDebugTarget(machine, { reset() {}, quit() {}, setTrace() {} }, true);
  const start = machine.instructions;
  // The kernel relocates itself within its first few million instructions.
  while (target.symbolsStatus() !== undefined && machine.instructions - start < limit) {
    const stop = machine.run({ maxInstructions: Math.min(machine.instructions + 5e6, start + limit) });
    if (stop.kind !== 'limit') break;
  }
  const why = target.symbolsStatus();
  if (why) fail(`no kernel symbols after ${machine.instructions - start} instructions: ${why}`);
  const file = target.servedFile()!;
  try {
    writeFileAtomic(out, [file.data]);
  } catch (e) {
    fail(`cannot write --out '${argv.out}': ${(e as Error).message}`);
  }
  process.stderr.write(`a64dbg: ${target.symbolsSummary()} written to ${argv.out} after ${machine.instructions - start} instructions (gdb: symbol-file ${argv.out})\n`);
  process.exit(0);
}

/** `--save-when REGEX` (with --save-snapshot): the compiled pattern. */
function parseSaveWhen(argv: BootArgs): RegExp | undefined {
  const when = argv['save-when'];
  const file = argv['save-snapshot'];
  if (when !== undefined && file === undefined) fail('--save-when needs --save-snapshot FILE');
  if (file !== undefined) {
    if (!existsSync(dirname(resolve(file)))) fail(`cannot write --save-snapshot '${file}': no folder ${dirname(resolve(file))}`);
  }
  if (when === undefined) return undefined;
  try {
    return new RegExp(when);
  } catch (e) {
    fail(`bad --save-when pattern '${when}': ${(e as Error).message}`);
  }
}

async function boot(argv: BootArgs): Promise<void> {
  if (String(argv.smp) !== '1') fail(`bad --smp value '${argv.smp}': a64dbg runs one vCPU today (1)`);
  const eofIdleNs = parseEofIdle(argv['eof-idle']);
  const traces = new Set((argv.trace ?? []).flatMap((t) => t.split(',')));
  for (const t of traces) if (t !== 'traps' && t !== 'gdb' && t !== 'int' && t !== 'jit') fail(`unknown --trace category '${t}' (known: traps, gdb, int, jit)`);
  const tier = String(argv.tier ?? 'jit');
  if (!(TIERS as readonly string[]).includes(tier)) fail(`bad --tier value '${tier}': ${TIERS.join(' or ')}`);
  const maxInsns = argv['max-insns'];
  if (maxInsns !== undefined && (!Number.isSafeInteger(maxInsns) || maxInsns <= 0)) fail(`bad --max-insns value '${maxInsns}'`);
  const saveWhen = parseSaveWhen(argv);
  const stopOn = new Set((argv['stop-on'] ?? []).flatMap((t) => t.split(',')));
  for (const t of stopOn) if (t !== 'external-abort') fail(`unknown --stop-on event '${t}' (known: external-abort)`);
  const outputs = {
    tier: tier as Tier,
    trace: traces.has('traps') ? (line: string) => process.stderr.write(line + '\n') : undefined,
    interruptLog: traces.has('int') ? (line: string) => process.stderr.write(line + '\n') : undefined,
  };
  const machine = argv.restore !== undefined ? await restoredMachine(argv, argv.restore, outputs) : coldMachine(argv, outputs);
  const dtbOut = argv['dtb-out'];
  if (dtbOut) {
    if (argv.restore !== undefined) fail('--dtb-out goes with a cold boot: a restored guest has its device tree in its RAM');
    if (!machine.dtb) fail('--dtb-out: this kernel is an ELF file, booted without a device tree (as QEMU does)');
    try {
      writeFileSync(dtbOut, machine.dtb);
    } catch (e) {
      fail(`cannot write --dtb-out '${dtbOut}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  machine.stopOnExternalAbort = stopOn.has('external-abort');
  watchForPanic(machine);
  let debug: MachineDebugTarget | undefined;
  let server: GdbServer | undefined;
  const gdbSpec = argv.gdb ?? (argv.s ? '127.0.0.1:1234' : undefined);
  if (argv['wait-gdb'] && !gdbSpec) fail('-S / --wait-gdb needs a debugger: add -s or --gdb [HOST:]PORT');
  if (gdbSpec) {
    const addr = parseGdbAddress(gdbSpec);
    let tracing = traces.has('traps');
    debug = new MachineDebugTarget(machine, {
      reset: () => machine.reboot(),
      quit: (status) => { process.exitCode = status; quitRequested = true; debug?.interrupt(); },
      setTrace: (on) => { tracing = on; },
    }, argv['wait-gdb'] === true);
    machine.trace = (line) => { if (tracing) process.stderr.write(line + '\n'); };
    server = new GdbServer(debug, { ...addr, log: traces.has('gdb') ? (l) => process.stderr.write(`a64dbg: gdb: ${l}\n`) : undefined });
    try {
      const where = await server.listen();
      process.stderr.write(`a64dbg: gdb server on ${where}${argv['wait-gdb'] ? ' (waiting for gdb to continue)' : ''}\n`);
    } catch (e) {
      fail(`cannot listen for gdb on ${gdbSpec}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (process.stdout.isTTY !== true) machine.consoleSink = cursorQueryFilter(machine.consoleSink);
  const snapshotFile = argv['save-snapshot'];
  const save = async (): Promise<void> => {
    try {
      const { bytes } = await saveSnapshot(machine, snapshotFile!);
      process.stderr.write(`a64dbg: snapshot saved to ${snapshotFile} (${(bytes / 2 ** 20).toFixed(1)} MiB, at instruction ${machine.instructions})\n`);
    } catch (e) {
      process.stderr.write(`a64dbg: cannot save snapshot '${snapshotFile}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      process.exitCode = STATUS_BAD_INPUT;
    }
  };
  if (saveWhen) watchForSave(machine, saveWhen);
  const limit = maxInsns === undefined ? undefined : machine.instructions + maxInsns;
  const stop = await runWithConsole(machine, limit, eofIdleNs, debug, saveWhen ? save : undefined);
  if (snapshotFile !== undefined && !saveWhen) await save();
  await server?.close();
  if (traces.has('jit') && machine.jit) process.stderr.write(`a64dbg: ${machine.jit.summary()}\n`);
  switch (stop.kind) {
    case 'exit':
      if (stop.message) process.stderr.write(`a64dbg: ${stop.message}\n`);
      process.exitCode = stop.status;
      break;
    case 'fault':
      process.stderr.write(`a64dbg: guest stopped: ${stop.message}\n`);
      process.exitCode = STATUS_GUEST_FAULT;
      break;
    case 'limit':
      process.stderr.write(`a64dbg: ${stop.message}\n`);
      process.exitCode = STATUS_LIMIT;
      break;
    case 'pause': case 'debug':
      break; // (runWithConsole returns neither)
  }
}

const CTRL_A = 0x01;
export const STATUS_GUEST_PANIC = 3;

/**
 * A Linux guest that panics spins forever; end the emulator instead, with STATUS_GUEST_PANIC,
 * once the panic message has had ~50 M instructions to print its backtrace.
 */
function watchForPanic(machine: Machine): void {
  let tail = '';
  let panicAt = -1;
  const console = machine.consoleSink;
  machine.consoleSink = (bytes) => {
    console(bytes);
    if (panicAt >= 0) return;
    tail = (tail + Buffer.from(bytes).toString('latin1')).slice(-100);
    if (tail.includes('Kernel panic - not syncing')) {
      panicAt = machine.instructions;
      machine.requestStop('the guest kernel panicked', STATUS_GUEST_PANIC, 50_000_000);
    }
  };
}

/** The run stops here for --save-when; runWithConsole saves and goes on. */
const SAVE_REQUEST = 'save the snapshot (--save-when matched)';

/**
 * --save-when: the first time the console output matches, the run stops right after the byte
 * that completed the match, so the snapshot holds the machine at that instruction.
 */
function watchForSave(machine: Machine, pattern: RegExp): void {
  let tail = '';
  let matched = false;
  const console = machine.consoleSink;
  machine.consoleSink = (bytes) => {
    console(bytes);
    if (matched) return;
    tail = (tail + Buffer.from(bytes).toString('latin1')).slice(-4096);
    if (pattern.test(tail)) { matched = true; machine.requestStop(SAVE_REQUEST); }
  };
}

/** Set when the debugger ends the session (`monitor quit`): runWithConsole returns at its next turn. */
let quitRequested = false;

export const STATUS_INPUT_ENDED = 4;

/** Strips the shell's cursor-position queries (ESC [ 6 n) from console output going to a file or pipe. */
export function cursorQueryFilter(sink: (b: Uint8Array) => void): (b: Uint8Array) => void {
  const Q = [0x1b, 0x5b, 0x36, 0x6e];
  let held = 0; // bytes of a possible query held back from the previous chunk
  return (bytes) => {
    const out: number[] = [];
    for (const b of bytes) {
      if (b === Q[held]) {
        held++;
        if (held === Q.length) held = 0; // a whole query: drop it
        continue;
      }
      for (let k = 0; k < held; k++) out.push(Q[k]);
      held = 0;
      if (b === Q[0]) { held = 1; continue; }
      out.push(b);
    }
    if (out.length) sink(Uint8Array.from(out));
  };
}

/**
 * Wall milliseconds of guest work between two turns of the event loop: the bound on how long
 * gdb's Ctrl-C (or a key on the console) waits for the run loop to see it. A turn costs a few
 * microseconds; Machine.run() looks at the clock about every 0.25 ms of guest work.
 */
const SLICE_MS = 2;

/**
 * Runs the machine in wall-clock slices (SLICE_MS) so stdin can feed the PL011 and gdb's Ctrl-C
 * stops it promptly, also while the guest idles. On a terminal: raw mode (Ctrl-C goes to the
 * guest), Ctrl-A x quits, Ctrl-A Ctrl-A sends Ctrl-A; the terminal is restored on every way out.
 *
 * Input and time (README, "Console input and time"): bytes wait on the host until the guest's
 * UART takes them (src/devices/pl011.ts), so nothing typed or piped ahead is lost. While the
 * guest idles, the host sleeps: on a terminal, and whenever the guest waits for more input
 * that has not arrived, virtual time follows the wall clock across the sleep (QEMU's
 * `-icount sleep=on`); otherwise (piped input already queued, or ended) idle time is skipped at
 * once, so a piped run is the same, instruction for instruction, every time. When piped input
 * has ended and the guest has taken all of it, the run ends after the guest has idled
 * `eofIdleNs` of virtual time with no output (STATUS_INPUT_ENDED).
 */
/** Host input queued for the guest beyond which stdin is paused, and below which it resumes. */
const INPUT_HIGH_WATER = 1 << 20, INPUT_LOW_WATER = 1 << 16;

async function runWithConsole(
  machine: Machine, maxInstructions: number | undefined, eofIdleNs: number | undefined, debug?: MachineDebugTarget, onSaveRequest?: () => Promise<void>,
): Promise<StopReason> {
  const stdin = process.stdin;
  const tty = stdin.isTTY === true;
  let inputOpen = true;
  let quit = false;
  let wake: (() => void) | undefined;
  const wakeUp = (): void => { const w = wake; wake = undefined; w?.(); };
  let escape = false;
  const restore = (): void => { if (tty) stdin.setRawMode(false); };
  if (tty) {
    stdin.setRawMode(true);
    process.on('exit', restore);
    process.stderr.write('a64dbg: console attached (Ctrl-A x quits)\r\n');
  }
  stdin.on('data', (chunk: Buffer) => {
    const out: number[] = [];
    for (const b of chunk) {
      if (tty && escape) {
        escape = false;
        if (b === 0x78 /* x */) { quit = true; break; }
        out.push(b); // Ctrl-A Ctrl-A (or anything else): pass the byte on
        continue;
      }
      if (tty && b === CTRL_A) { escape = true; continue; }
      out.push(b);
    }
    if (out.length) machine.uart.receive(Uint8Array.from(out));
    // Backpressure: a fast producer (a big file, /dev/zero) waits in its pipe, not in our heap.
    if (machine.uart.queued >= INPUT_HIGH_WATER) stdin.pause();
    wakeUp();
  });
  stdin.on('end', () => { inputOpen = false; wakeUp(); });
  stdin.on('error', () => { inputOpen = false; wakeUp(); });
  if (debug) debug.onInterrupt = wakeUp;
  // Sleep while idle on a terminal, or while the guest has taken everything and more may come.
  const idleSleeps = (): boolean => tty || (inputOpen && machine.uart.inputDrained);
  const endWhenIdle = !tty && eofIdleNs !== undefined ? { afterNs: eofIdleNs, status: STATUS_INPUT_ENDED } : undefined;
  try {
    for (;;) {
      if (quitRequested) return { kind: 'exit', status: Number(process.exitCode ?? 0), message: 'the debugger ended the session' };
      if (debug?.takeInterrupt()) {
        // gdb's Ctrl-C (or a client attaching): stop here, before another slice. An idling vCPU
        // stays in WFI, and virtual time stands still while gdb holds the machine.
        machine.holdIdle();
        continue;
      }
      if (debug?.halted()) {
        // Stopped under gdb: the guest runs again when gdb resumes it (or detaches).
        await debug.waitForResume();
        continue;
      }
      if (stdin.isPaused() && inputOpen && machine.uart.queued < INPUT_LOW_WATER) stdin.resume();
      const stop = machine.run({ maxInstructions, sliceMs: SLICE_MS, inputOpen, idleSleeps, endWhenIdle });
      if (quit) return { kind: 'exit', status: 0, message: 'quit (Ctrl-A x)' };
      if (stop.kind === 'exit' && stop.message === SAVE_REQUEST && onSaveRequest) { await onSaveRequest(); continue; }
      if (stop.kind !== 'pause' && debug?.machineStopped(stop)) continue;
      if (stop.kind === 'debug') continue;
      if (stop.kind !== 'pause') return stop;
      if (stop.idle) {
        // Sleep until the guest's next deadline, new input, end of input, or gdb's Ctrl-C.
        const ms = stop.wakeAtNs === undefined ? undefined : Math.max(0, (stop.wakeAtNs - machine.clock.now()) / 1e6);
        await new Promise<void>((r) => {
          const timer = ms === undefined ? undefined : setTimeout(() => { wake = undefined; r(); }, Math.min(ms, 1000));
          wake = () => { if (timer) clearTimeout(timer); r(); };
        });
        wake = undefined;
      } else await new Promise<void>((r) => setImmediate(r)); // socket and stdin events run here
      if (quit) return { kind: 'exit', status: 0, message: 'quit (Ctrl-A x)' };
    }
  } finally {
    if (debug) debug.onInterrupt = undefined;
    restore();
    stdin.pause();
    stdin.removeAllListeners('data');
    (stdin as { unref?: () => void }).unref?.(); // a pipe or TTY: let the process exit
  }
}

// `a64dbg ... | head` closes the pipe early: end quietly, as a Unix tool does, not with a trace.
for (const s of [process.stdout, process.stderr]) s.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

let args: string[];
try {
  args = translateQemuArgs(hideBin(process.argv));
} catch (e) {
  if (e instanceof QemuArgsError) fail(e.message);
  throw e;
}


await yargs(args)
  .scriptName('a64dbg')
  .wrap(null) // never break a word: a terminal wraps long lines itself
  .command('boot', 'boot a guest: the default Debian guest (`npm run guest`), an arm64 Image, or a bare-metal ELF', (y) => y
    .epilogue(`QEMU's options work too, with one dash, e.g. \`a64dbg -M virt -cpu cortex-a57 -nographic -kernel Image -append "console=ttyAMA0"\`:\n${qemuOptionsHelp()}`)
    .option('kernel', { type: 'string', describe: 'arm64 Image (Linux) or ELF (bare metal); default: the cached Debian kernel' })
    .option('initrd', { type: 'string', describe: 'initramfs for an Image kernel' })
    .option('userland', { type: 'string', describe: `boot the default kernel with a glibc userland built by \`npm run guest -- --userland NAME\` (${USERLANDS.join(', ')}): bash, coreutils, perl, python3` })
    .option('append', { type: 'string', describe: 'kernel command line (semihosting SYS_GET_CMDLINE for bare metal)' })
    .option('memory', { alias: 'm', describe: `guest RAM in MiB (${MIN_RAM_MIB}..${MAX_RAM_MIB}), or e.g. 1G (default 512)` })
    .option('gic', { describe: 'interrupt controller version: 3 or 2 (default 3)' })
    .option('cpu', { type: 'string', describe: `CPU model: ${Object.keys(CPU_MODELS).join(', ')} (the features QEMU's model of that name has; default ${DEFAULT_CPU})` })
    .option('smp', { default: '1', describe: 'number of vCPUs (1 today)' })
    .option('reboot', { type: 'boolean', describe: 'reboot when the guest resets (PSCI SYSTEM_RESET); --no-reboot exits instead, as QEMU\'s -no-reboot' })
    .option('eof-idle', { default: '10', describe: 'piped input: after it ends and the guest has read it all, end the run once the guest idled this many virtual seconds with no output (status 4), or never' })
    .option('clock', { describe: 'virtual time: deterministic (from instructions, the default) or realtime' })
    .option('restore', { type: 'string', describe: 'continue the machine saved in this snapshot file (its RAM size, GIC, CPU model and clock come from the file)' })
    .option('save-snapshot', { type: 'string', describe: 'save the whole machine to this file (atomically): when --save-when matches, else when the run ends' })
    .option('save-when', { type: 'string', describe: 'with --save-snapshot: save the first time the console output matches this regular expression (e.g. \'a64dbg:.*# \')' })
    .option('dtb', { type: 'string', describe: 'boot an Image with this device tree instead of the generated one (QEMU\'s -dtb: memory and /chosen are patched)' })
    .option('kaslr-seed', { type: 'string', describe: 'put /chosen/kaslr-seed in the generated device tree (a 64-bit number): Linux then randomises where its image runs; without it KASLR stays off (QEMU\'s virt always passes one)' })
    .option('dtb-out', { type: 'string', describe: 'write the generated device tree blob to this file' })
    .option('gdb', { type: 'string', describe: 'GDB remote stub on [HOST:]PORT (default host 127.0.0.1) or unix:PATH' })
    .option('s', { type: 'boolean', describe: 'shorthand for --gdb 127.0.0.1:1234' })
    .option('wait-gdb', { alias: 'S', type: 'boolean', describe: 'hold the CPU before the first instruction until gdb continues' })
    .option('trace', { type: 'array', string: true, describe: 'trace categories: traps (every vCPU exit), int (every exception taken and returned from, as QEMU\'s -d int), gdb (remote protocol packets), jit (what the JIT compiled and ran, at the end)' })
    .option('tier', { type: 'string', describe: 'execution tier: jit (hot code compiled to WebAssembly, the default), interp (the interpreter alone; same results) or check (jit, each compiled run replayed in the interpreter and compared; slow)' })
    .option('stop-on', { type: 'array', string: true, describe: 'stop the run (status 2) instead of letting the guest handle it: external-abort (an access or fetch with nothing behind it, which the guest otherwise takes as a synchronous external abort, as on QEMU)' })
    .option('max-insns', { type: 'number', describe: 'stop after this many guest instructions (exit status 124)' }),
  (argv) => boot(argv))
  .command('symbols', 'write the guest kernel\'s own symbols (its kallsyms, with call-frame information) as an ELF file for gdb: boots the default guest, or --kernel/--initrd, or --restore, until the kernel has relocated itself', (y) => y
    .option('out', { type: 'string', demandOption: true, describe: 'the ELF symbol file to write (atomically)' })
    .option('kernel', { type: 'string', describe: 'arm64 Image; default: the cached Debian kernel' })
    .option('initrd', { type: 'string', describe: 'initramfs for the kernel' })
    .option('append', { type: 'string', describe: 'kernel command line' })
    .option('memory', { alias: 'm', describe: `guest RAM in MiB (${MIN_RAM_MIB}..${MAX_RAM_MIB}), or e.g. 1G (default 512)` })
    .option('kaslr-seed', { type: 'string', describe: 'as boot --kaslr-seed: the symbols then carry the slide' })
    .option('restore', { type: 'string', describe: 'read them from the guest saved in this snapshot file instead of a boot' })
    .option('max-insns', { type: 'number', describe: 'give up after this many guest instructions (default 2e9)' }),
  (argv) => symbolsCommand(argv as unknown as BootArgs & { out: string }))
  .command('run <scripts..>', 'run regression scripts against guests restored from a snapshot (*.a64, *.ts): TAP on stdout, status 0 all passed, 1 some failed, 2 bad script', runOptions, (argv) => runCli(argv))
  .demandCommand(1, 'give a command, e.g. `a64dbg boot --kernel prog.elf`')
  .strict()
  .fail((msg, err) => {
    if (err) throw err;
    fail(msg, STATUS_BAD_INPUT);
  })
  .help()
  .parseAsync();
