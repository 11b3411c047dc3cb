// Command line: `a64dbg boot [--kernel FILE] [--memory MiB] ...`. Bad input ends with one line
// on stderr and a non-zero status, never a stack trace.

import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { writeFileSync } from 'node:fs';
import { Machine, LoadError } from '../machine/machine.ts';
import type { StopReason } from '../hyp/trap.ts';
import { GdbServer } from '../gdb/server.ts';
import { MachineDebugTarget } from '../gdb/machine-target.ts';
import { MIN_RAM_MIB, MAX_RAM_MIB } from '../machine/layout.ts';
import { defaultGuest, missingGuestMessage } from '../guest/images.ts';

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
  if (!Number.isSafeInteger(n) || n < MIN_RAM_MIB || n > MAX_RAM_MIB) fail(`bad --memory value '${s}': must be ${MIN_RAM_MIB}..${MAX_RAM_MIB} MiB`);
  return n;
}

interface BootArgs {
  kernel?: string; initrd?: string; append?: string; memory: unknown; gic: unknown; trace?: string[];
  'max-insns'?: number; 'dtb-out'?: string; clock: unknown; gdb?: string; s?: boolean; 'wait-gdb'?: boolean;
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

async function boot(argv: BootArgs): Promise<void> {
  const memoryMiB = parseMemory(argv.memory);
  const gic = Number(argv.gic);
  if (gic !== 2 && gic !== 3) fail(`bad --gic value '${argv.gic}': 2 or 3`);
  const clock = String(argv.clock);
  if (clock !== 'deterministic' && clock !== 'realtime') fail(`bad --clock value '${clock}': deterministic or realtime`);
  const traces = new Set((argv.trace ?? []).flatMap((t) => t.split(',')));
  for (const t of traces) if (t !== 'traps' && t !== 'gdb') fail(`unknown --trace category '${t}' (known: traps, gdb)`);
  let { kernel, initrd, append } = argv;
  if (!kernel) {
    const guest = defaultGuest();
    if (!guest) fail(missingGuestMessage());
    kernel = guest.kernel;
    initrd ??= guest.initrd;
    append ??= guest.append;
  }
  const maxInsns = argv['max-insns'];
  if (maxInsns !== undefined && (!Number.isSafeInteger(maxInsns) || maxInsns <= 0)) fail(`bad --max-insns value '${maxInsns}'`);
  let machine: Machine;
  try {
    machine = new Machine({
      memoryMiB, gic, clock, cmdline: append ?? '',
      trace: traces.has('traps') ? (line) => process.stderr.write(line + '\n') : undefined,
    });
    machine.loadKernelFile(kernel, initrd, append);
  } catch (e) {
    if (e instanceof LoadError || e instanceof RangeError) fail(e.message);
    throw e;
  }
  const dtbOut = argv['dtb-out'];
  if (dtbOut) {
    if (!machine.dtb) fail('--dtb-out: this kernel is an ELF file, booted without a device tree (as QEMU does)');
    try {
      writeFileSync(dtbOut, machine.dtb);
    } catch (e) {
      fail(`cannot write --dtb-out '${dtbOut}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
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
  const stop = await runWithConsole(machine, maxInsns, debug);
  await server?.close();
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

/**
 * Runs the machine in wall-clock slices so stdin can feed the PL011. On a terminal: raw mode
 * (Ctrl-C goes to the guest), Ctrl-A x quits, Ctrl-A Ctrl-A sends Ctrl-A; the terminal is
 * restored on every way out. With stdin piped, end of input is remembered: a guest that then
 * idles with nothing armed is reported instead of waiting forever.
 */
let quitRequested = false;

async function runWithConsole(machine: Machine, maxInstructions: number | undefined, debug?: MachineDebugTarget): Promise<StopReason> {
  const stdin = process.stdin;
  const tty = stdin.isTTY === true;
  let inputOpen = true;
  let quit = false;
  let wake: (() => void) | undefined;
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
    wake?.();
  });
  stdin.on('end', () => { inputOpen = false; wake?.(); });
  stdin.on('error', () => { inputOpen = false; wake?.(); });
  try {
    for (;;) {
      if (quitRequested) return { kind: 'exit', status: Number(process.exitCode ?? 0), message: 'the debugger ended the session' };
      if (debug?.halted()) {
        // Stopped under gdb: the guest runs again when gdb resumes it (or detaches).
        await debug.waitForResume();
        continue;
      }
      const stop = machine.run({ maxInstructions, sliceMs: 50, inputOpen });
      if (quit) return { kind: 'exit', status: 0, message: 'quit (Ctrl-A x)' };
      if (debug?.takeInterrupt()) continue;
      if (stop.kind !== 'pause' && debug?.machineStopped(stop)) continue;
      if (stop.kind === 'debug') continue;
      if (stop.kind !== 'pause') return stop;
      if (stop.idle) await new Promise<void>((r) => { wake = r; });
      else await new Promise<void>((r) => setImmediate(r));
      wake = undefined;
      if (quit) return { kind: 'exit', status: 0, message: 'quit (Ctrl-A x)' };
    }
  } finally {
    restore();
    stdin.pause();
    stdin.removeAllListeners('data');
    (stdin as { unref?: () => void }).unref?.(); // a pipe or TTY: let the process exit
  }
}

await yargs(hideBin(process.argv))
  .scriptName('a64dbg')
  .command('boot', 'boot a guest: the default Debian guest (`npm run guest`), an arm64 Image, or a bare-metal ELF', (y) => y
    .option('kernel', { type: 'string', describe: 'arm64 Image (Linux) or ELF (bare metal); default: the cached Debian kernel' })
    .option('initrd', { type: 'string', describe: 'initramfs for an Image kernel' })
    .option('append', { type: 'string', describe: 'kernel command line (semihosting SYS_GET_CMDLINE for bare metal)' })
    .option('memory', { alias: 'm', default: '512', describe: `guest RAM in MiB (${MIN_RAM_MIB}..${MAX_RAM_MIB}), or e.g. 1G` })
    .option('gic', { default: '3', describe: 'interrupt controller version: 3 or 2' })
    .option('clock', { default: 'deterministic', describe: 'virtual time: deterministic (from instructions) or realtime' })
    .option('dtb-out', { type: 'string', describe: 'write the generated device tree blob to this file' })
    .option('gdb', { type: 'string', describe: 'GDB remote stub on [HOST:]PORT (default host 127.0.0.1) or unix:PATH' })
    .option('s', { type: 'boolean', describe: 'shorthand for --gdb 127.0.0.1:1234' })
    .option('wait-gdb', { alias: 'S', type: 'boolean', describe: 'hold the CPU before the first instruction until gdb continues' })
    .option('trace', { type: 'array', string: true, describe: 'trace categories: traps (every vCPU exit), gdb (remote protocol packets)' })
    .option('max-insns', { type: 'number', describe: 'stop after this many guest instructions (exit status 124)' }),
  (argv) => boot(argv))
  .demandCommand(1, 'give a command, e.g. `a64dbg boot --kernel prog.elf`')
  .strict()
  .fail((msg, err) => {
    if (err) throw err;
    fail(msg, STATUS_BAD_INPUT);
  })
  .help()
  .parseAsync();
