// Snapshots under a debugger (issue #13), driven by Debian's gdb-multiarch in batch mode against
// the real command line's stub (`boot --gdb unix:SOCK -S`, as -s -S but on a socket of its own):
//   - stopped at a breakpoint, `monitor savevm FILE`; the guest runs on to the breakpoint's next
//     hit (registers and a global change); `monitor loadvm FILE` and `maintenance flush
//     register-cache` give back every general register, PC, CPSR, system registers and RAM as
//     they were at the save; a corrupt file or a missing one given to loadvm is an error reply and
//     the session goes on; continued, the guest prints exactly what it printed after the save;
//   - `boot --restore FILE` under the stub holds the guest at the PC the snapshot saved.
// Skipped (with a note) when gdb-multiarch is missing.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnGdbEmulator, runCli } from './cli-helpers.ts';
import { readSnapshot, saveSnapshot } from '../src/snapshot/snapshot.ts';
import { Machine } from '../src/machine/machine.ts';

const REPO = resolve(import.meta.dirname, '..');
const ELF = 'firmware/bin/sys_timer_v3.elf';
const haveGdb = spawnSync('gdb-multiarch', ['--version']).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'a64dbg-snapshot-gdb-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

let sessions = 0;

interface Session { gdb: string; emuOut: string; emuErr: string; emuStatus: number | null }

/** gdb-multiarch -batch with `commands` against `a64dbg boot ...bootArgs --gdb unix:SOCK -S`. */
async function session(bootArgs: string[], commands: string[]): Promise<Session> {
  const emu = spawnGdbEmulator(bootArgs);
  try {
    assert.ok(await emu.listening(60_000), `the stub listens: ${emu.stderr()}`);
    const args = ['-nx', '-batch', '-ex', 'set architecture aarch64', '-ex', 'set pagination off', '-ex', `target remote ${emu.sock}`,
      ...commands.flatMap((c) => ['-ex', c]), ELF];
    // stdout and stderr into one file, in the order gdb wrote them (monitor replies go to stderr).
    const log = join(tmp, `gdb-${++sessions}.log`);
    const fd = openSync(log, 'w');
    try {
      spawnSync('gdb-multiarch', args, { cwd: REPO, stdio: ['ignore', fd, fd], timeout: 90_000 });
    } finally {
      closeSync(fd);
    }
    const emuStatus = await emu.exit(60_000);
    return { gdb: readFileSync(log, 'utf8'), emuOut: emu.stdout(), emuErr: emu.stderr(), emuStatus };
  } finally {
    emu.cleanup();
  }
}

/** The blocks of output between `echo @@NAME\n` markers. */
function blocks(out: string): Record<string, string> {
  const o: Record<string, string> = {};
  const parts = out.split(/^@@(\w+)$/m);
  for (let k = 1; k < parts.length; k += 2) o[parts[k]] = parts[k + 1].trim();
  return o;
}
const mark = (name: string): string => `echo @@${name}\\n`;

/** What gdb printed for `info registers` (x0..x30, sp, pc, cpsr and the rest), one line each. */
const REGS = ['info registers', 'p/x $SCTLR_EL1', 'p/x $VBAR_EL1', 'p/x $ELR_EL1', 'p/x $SPSR_EL1', 'p irqs', 'p/x handler_step', 'x/8xg $sp'];

if (!haveGdb) {
  console.log('snapshot-gdb.test.ts skipped: gdb-multiarch is not installed (apt-get install gdb-multiarch)');
} else {
  const saved = join(tmp, 'at-breakpoint.a64snap');
  const corrupt = join(tmp, 'corrupt.a64snap');

  test('monitor savevm at a breakpoint, run on, monitor loadvm: registers, PC, system registers and memory back as saved; a bad file is an error and the session goes on', async () => {
    const cold = await runCli(['boot', '--kernel', ELF], { noGuest: true });
    assert.is(cold.status, 0, cold.stderr);
    // A snapshot of the same program with one bit flipped in its last quarter.
    const m = new Machine({ memoryMiB: 512, console: () => {}, log: () => {} });
    m.loadKernelFile(ELF);
    m.run({ maxInstructions: 3_000 });
    await saveSnapshot(m, corrupt);
    const bytes = readFileSync(corrupt);
    bytes[Math.floor(bytes.length * 0.8)] ^= 4;
    writeFileSync(corrupt, bytes);
    const s = await session(['--kernel', ELF], [
      'break run_timer',
      'continue',
      mark('saved'), ...REGS,
      mark('savevm'), `monitor savevm ${saved}`,
      'continue',
      mark('later'), ...REGS,
      mark('loadvm'), `monitor loadvm ${saved}`,
      'maintenance flush register-cache',
      mark('restored'), ...REGS,
      mark('corrupt'), `monitor loadvm ${corrupt}`,
      mark('missing'), `monitor loadvm ${join(tmp, 'no-such.a64snap')}`,
      mark('after'), 'info registers pc', 'p irqs',
      mark('end'), 'delete', 'continue',
    ]);
    if (process.env.SHOW) console.log(s.gdb);
    const b = blocks(s.gdb);
    assert.match(s.gdb, /Breakpoint 1, run_timer \(phys=(phys@entry=)?0, ticks=(ticks@entry=)?100, step=(step@entry=)?0\)/, 'stopped at the first run_timer call');
    assert.match(b.savevm, /^saved .*at-breakpoint\.a64snap: [\d.]+ MiB at instruction \d+, pc 0x[0-9a-f]+$/m, b.savevm);
    assert.match(b.savevm, /Breakpoint 1, run_timer \(phys=(phys@entry=)?0, ticks=(ticks@entry=)?150, step=(step@entry=)?1\)/, 'continued to the second call');
    assert.not.equal(b.later, b.saved, 'the registers changed after the save');
    assert.match(b.saved, /^\$\d+ = 0$/m, 'irqs = 0 at the save');
    assert.match(b.later, /^\$\d+ = 1$/m, 'irqs = 1 later');
    assert.match(b.loadvm, /^restored .*at-breakpoint\.a64snap: instruction \d+, pc 0x[0-9a-f]+$/m, b.loadvm);
    // gdb numbers each printed value ($1, $2...): compare without the numbers.
    const plain = (t: string) => t.replace(/^\$\d+ = /gm, '$ = ');
    assert.is(plain(b.restored), plain(b.saved), 'every register, system register, global and stack word as saved');
    // The file really is the machine at the breakpoint.
    const image = await readSnapshot(saved);
    const pc = /^pc\s+(0x[0-9a-f]+)/m.exec(b.saved)![1];
    assert.is(image.meta.pc, pc);
    assert.match(b.savevm, new RegExp(`at instruction ${image.meta.instructions}, pc ${pc}$`, 'm'));
    // A damaged file and a missing one: an error reply naming the problem; the machine untouched.
    assert.match(b.corrupt, /monitor loadvm .*corrupt\.a64snap: snapshot '.*corrupt\.a64snap': section '\w+' \(at byte \d+\) fails its SHA-256 checksum: the file is damaged/);
    assert.match(b.corrupt, /Protocol error with Rcmd|E01|error/i);
    assert.match(b.missing, /monitor loadvm .*no-such\.a64snap: cannot read snapshot '.*no-such\.a64snap': ENOENT/);
    assert.match(b.after, new RegExp(`^pc\\s+${pc}\\s`, 'm'), 'the session goes on, at the restored PC');
    assert.match(b.after, /^\$\d+ = 0$/m);
    // Continued to the end: what the guest printed is what the cold run printed up to the second
    // call, then (after loadvm) again everything the cold run printed after the first call.
    const first = cold.stdout.indexOf('  irq:'), second = cold.stdout.indexOf('\n', cold.stdout.indexOf('virt timer: fired')) + 1;
    assert.ok(first > 0 && second > first);
    assert.is(s.emuOut, cold.stdout.slice(0, second) + cold.stdout.slice(first), 'guest output: the cold run, with the part after the save printed twice');
    assert.match(b.end, /exited normally|exited with code 0/, b.end);
    assert.is(s.emuStatus, 0, s.emuErr);
  });

  test('boot --restore FILE under the gdb stub (-S): held at the PC the snapshot saved, registers as saved', async () => {
    const image = await readSnapshot(saved);
    const s = await session(['--restore', saved], [mark('regs'), 'info registers pc', 'p irqs', 'p/x $x30', 'kill']);
    if (process.env.SHOW) console.log(s.gdb);
    const b = blocks(s.gdb);
    assert.match(b.regs, new RegExp(`^pc\\s+${image.meta.pc}\\s+${image.meta.pc} <run_timer>`, 'm'), b.regs);
    assert.match(b.regs, /^\$1 = 0$/m, 'RAM as saved (irqs = 0)');
    const x30 = Buffer.from((image.parts.cpu0 as { regs: string }).regs, 'base64').readBigUInt64LE(30 * 8);
    assert.match(b.regs, new RegExp(`^\\$2 = 0x${x30.toString(16)}$`, 'm'), 'x30 as the snapshot holds it');
  });

  test.after(() => rmSync(tmp, { recursive: true, force: true }));
}

test.run();
