// Command line: `a64dbg boot [--kernel FILE] [--memory MiB] ...`. Bad input ends with one line
// on stderr and a non-zero status, never a stack trace.

import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { Machine, LoadError } from '../machine/machine.ts';
import { MIN_RAM_MIB, MAX_RAM_MIB } from '../machine/layout.ts';

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

async function boot(argv: { kernel?: string; memory: unknown; trace?: string[]; 'max-insns'?: number; append?: string }): Promise<void> {
  const memoryMiB = parseMemory(argv.memory);
  const traces = new Set((argv.trace ?? []).flatMap((t) => t.split(',')));
  for (const t of traces) if (t !== 'traps') fail(`unknown --trace category '${t}' (known: traps)`);
  if (!argv.kernel) {
    fail('no --kernel given, and the default Debian guest is not available yet (it comes with the Linux boot work; `npm run guest` will fetch it)');
  }
  const maxInsns = argv['max-insns'];
  if (maxInsns !== undefined && (!Number.isSafeInteger(maxInsns) || maxInsns <= 0)) fail(`bad --max-insns value '${maxInsns}'`);
  let machine: Machine;
  try {
    machine = new Machine({
      memoryMiB,
      cmdline: argv.append ?? '',
      trace: traces.has('traps') ? (line) => process.stderr.write(line + '\n') : undefined,
    });
    machine.loadKernelFile(argv.kernel);
  } catch (e) {
    if (e instanceof LoadError || e instanceof RangeError) fail(e.message);
    throw e;
  }
  const stop = machine.run({ maxInstructions: maxInsns });
  switch (stop.kind) {
    case 'exit': process.exitCode = stop.status; break;
    case 'fault':
      process.stderr.write(`a64dbg: guest stopped: ${stop.message}\n`);
      process.exitCode = STATUS_GUEST_FAULT;
      break;
    case 'limit':
      process.stderr.write(`a64dbg: ${stop.message}\n`);
      process.exitCode = STATUS_LIMIT;
      break;
  }
}

await yargs(hideBin(process.argv))
  .scriptName('a64dbg')
  .command('boot', 'boot a guest (bare-metal ELF now; Debian Linux by default later)', (y) => y
    .option('kernel', { type: 'string', describe: 'kernel or bare-metal program (ELF)' })
    .option('memory', { alias: 'm', default: '512', describe: `guest RAM in MiB (${MIN_RAM_MIB}..${MAX_RAM_MIB}), or e.g. 1G` })
    .option('append', { type: 'string', describe: 'command line (semihosting SYS_GET_CMDLINE for bare metal)' })
    .option('trace', { type: 'array', string: true, describe: 'trace categories: traps' })
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
