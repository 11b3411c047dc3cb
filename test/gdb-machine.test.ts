// The GDB stub on the real machine, driven by Debian's gdb-multiarch (installed by .ci/run):
// a bare-metal program built with -g is held at its first instruction (-S), then gdb sets a
// breakpoint on main, reads general and system registers, steps, watches a global being
// written (reporting the new value), writes memory and a register, and kills the emulator.
// Skipped (with a note) when gdb-multiarch is missing locally; CI installs it.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createConnection } from 'node:net';
import { framePacket } from '../src/gdb/packets.ts';
import { defaultGuest } from '../src/guest/images.ts';
import { spawnGdbEmulator } from './cli-helpers.ts';

const REPO = resolve(import.meta.dirname, '..');
const ELF = 'firmware/bin/crc.elf';
const haveGdb = spawnSync('gdb-multiarch', ['--version']).status === 0;

interface Run { gdb: string; emuOut: string; emuErr: string; emuStatus: number | null }

async function session(gdbCommands: string[], bootArgs = ['--kernel', ELF], symbols?: string): Promise<Run> {
  const emu = spawnGdbEmulator(bootArgs);
  try {
    await emu.listening(60_000);
    const args = ['-nx', '-batch', '-ex', 'set architecture aarch64', '-ex', `target remote ${emu.sock}`,
      ...gdbCommands.flatMap((c) => ['-ex', c]), ...(symbols ? [symbols] : bootArgs.includes(ELF) ? [ELF] : [])];
    const gdb = spawnSync('gdb-multiarch', args, { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    const emuStatus = await emu.exit(60_000);
    return { gdb: gdb.stdout + gdb.stderr, emuOut: emu.stdout(), emuErr: emu.stderr(), emuStatus };
  } finally {
    emu.cleanup();
  }
}

if (!haveGdb) {
  console.log('gdb-machine.test.ts skipped: gdb-multiarch is not installed (apt-get install gdb-multiarch)');
} else {
  test('gdb-multiarch: break, registers, system registers, stepi, watchpoint, memory and register writes, kill', async () => {
    const r = await session([
      'info registers pc',
      'break main',
      'continue',
      'info registers pc',
      'p $CurrentEL',
      'p/x $SCTLR_EL1',
      'p/x $VBAR_EL1',
      'stepi',
      'info registers pc',
      'next',
      'next',
      'watch buf[10]',
      'continue',
      'p k',
      'delete',
      'set var buf[200] = 0x5a',
      'x/1xb &buf[200]',
      'set $x9 = 0x1234',
      'p/x $x9',
      'kill',
    ]);
    const out = r.gdb;
    if (process.env.SHOW) console.log(out);
    assert.match(out, /pc\s+0x40080000\s+0x40080000 <_start>/, 'held at the entry point (-S)');
    assert.match(out, /Breakpoint 1, main \(\) at firmware\/src\/crc\.c:\d+/);
    assert.match(out, /pc\s+0x400807a0\s+0x400807a0 <main>/);
    assert.match(out, /\$1 = 4\b/, 'CurrentEL = EL1');
    assert.match(out, /\$2 = 0xc50838\b/, 'SCTLR_EL1 reset value');
    assert.match(out, /\$3 = 0x0\b/, 'VBAR_EL1');
    assert.match(out, /pc\s+0x400807a4\s+0x400807a4 <main\+4>/, 'stepi executed one instruction');
    assert.match(out, /\n18\s+for \(unsigned i = 0; i < NELEM\(ci\); i\+\+\)/, 'next: to the source line after putln');
    assert.match(out, /\n19\s+for \(unsigned j = 0; j < NELEM\(cv\); j\+\+\) \{/, 'next: one more line');
    assert.match(out, /Hardware watchpoint 2: buf\[10\]/);
    assert.match(out, /Old value = 0 '\\000'\s+New value = 73 'I'/, 'the write of buf[10] = 10*7+3 was caught');
    // gdb reports after stepping over the store; the compiled loop has already incremented k.
    assert.match(out, /\$4 = 11\b/, 'stopped in the iteration that writes buf[10]');
    assert.match(out, /0x[0-9a-f]+ <buf\+200>:\s+0x5a/, 'memory write read back');
    assert.match(out, /\$5 = 0x1234\b/, 'register write read back');
    assert.match(r.emuOut, /^crc start\n/, 'the guest ran to main under gdb');
    assert.not.match(r.emuOut, /crc done/, 'killed before the end');
    assert.not.equal(r.emuStatus, null, 'the emulator ended after kill');
  });
}

// Addresses in Debian's 6.1.0 cloud kernel without KASLR (no seed is passed), from the guest's
// own /proc/kallsyms: `System.map` in the package is a placeholder.
const START_KERNEL = 'ffff8000093909f4';
const KERNEL_INIT = 'ffff800008baff70';
// jiffies_64 (= jiffies on arm64): not in kallsyms (KALLSYMS_ALL is off), so read off do_timer's
// `adrp x2, 0xffff800009817000; ldr x1, [x2, #2496]` (jiffies_64 += ticks).
const JIFFIES = 'ffff8000098179c0';
const DO_TIMER = 'ffff8000081628b0';
const guest = defaultGuest();

if (haveGdb && guest) {
  test('gdb-multiarch on Linux: hbreak start_kernel with the MMU off, watch jiffies, break in kernel_init', async () => {
    const r = await session([
      'p/x $SCTLR_EL1 & 1',
      `hbreak *0x${START_KERNEL}`,
      'continue',
      'info registers pc',
      'p/x $SCTLR_EL1 & 1',
      'x/1xw $pc',
      'delete',
      `break *0x${KERNEL_INIT}`,
      'continue',
      'info registers pc',
      'p $CurrentEL',
      'delete',
      `watch *(long *)0x${JIFFIES}`,
      'continue',
      'p/x $pc',
      'delete',
      'monitor info mmu',
      `monitor translate 0x${START_KERNEL}`,
      'kill',
    ], ['--kernel', guest.kernel, '--initrd', guest.initrd, '--append', `${guest.append} cryptomgr.notests`]);
    const out = r.gdb;
    if (process.env.SHOW) console.log(out);
    assert.match(out, /\$1 = 0x0\b/, 'MMU off at the first instruction');
    assert.match(out, new RegExp(`Hardware assisted breakpoint 1 at 0x${START_KERNEL}`));
    assert.match(out, new RegExp(`pc\\s+0x${START_KERNEL}\\s`), 'stopped at start_kernel');
    assert.match(out, /\$2 = 0x1\b/, 'MMU on at start_kernel');
    assert.match(out, new RegExp(`0x${START_KERNEL}:\\s+0x[0-9a-f]{8}`), 'kernel text readable through the MMU');
    const jw = /Hardware watchpoint \d+: \*\(long \*\)0x[0-9a-f]+\s+Old value = (-?\d+)\s+New value = (-?\d+)/.exec(out);
    assert.ok(jw, 'the jiffies watchpoint hit');
    assert.is(BigInt(jw![2]) - BigInt(jw![1]), 1n, 'the timer tick added one jiffy');
    const pcAfter = /\$4 = 0x([0-9a-f]+)/.exec(out);
    assert.ok(pcAfter && BigInt('0x' + pcAfter[1]) > BigInt('0x' + DO_TIMER) && BigInt('0x' + pcAfter[1]) < BigInt('0x' + DO_TIMER) + 0x40n, 'stopped in do_timer');
    assert.match(out, new RegExp(`pc\\s+0x${KERNEL_INIT}\\s`), 'stopped in kernel_init');
    assert.match(out, /\$3 = 4\b/, 'at EL1');
    assert.match(out, /MMU on; TCR_EL1=0x[0-9a-f]+ TTBR0_EL1=0x[0-9a-f]+ TTBR1_EL1=0x[0-9a-f]+/);
    assert.match(out, new RegExp(`0x${START_KERNEL} -> 0x4[0-9a-f]{7}\\b`), 'translate gives the physical address in RAM');
    assert.match(r.emuOut, /Booting Linux on physical CPU/);
    assert.not.match(r.emuOut, /Run \/init as init process/, 'killed before userspace');
  });
}

/** A raw remote-protocol client over the Unix socket: send a packet, collect what comes back. */
test('Ctrl-C (a raw 0x03) stops a running guest with SIGINT; detach lets it run to completion', async () => {
  // The interpreter: bench.elf takes ~8 s there, ~0.6 s under the JIT, which a late 300 ms timer on
  // a loaded machine could outlast. Ctrl-C under the JIT is gdb-interrupt.test.ts's (Linux, default tier).
  const emu = spawnGdbEmulator(['--kernel', 'firmware/bin/bench.elf', '--tier', 'interp']);
  try {
    await emu.listening(60_000);
    const conn = createConnection(emu.sock);
    let inbox = '';
    conn.on('data', (b: Buffer) => { inbox += b.toString('latin1'); });
    await new Promise<void>((r) => conn.on('connect', () => r()));
    const until = async (re: RegExp, ms = 60_000): Promise<string> => {
      const t = Date.now();
      while (!re.test(inbox) && Date.now() - t < ms) await new Promise((r) => setTimeout(r, 20));
      const m = re.exec(inbox);
      inbox = '';
      return m ? m[0] : '';
    };
    conn.write(Buffer.from(framePacket('?'), 'latin1'));
    assert.match(await until(/\$T05[^#]*#/), /T05/, 'halted at the start (-S)');
    conn.write('+');
    conn.write(Buffer.from(framePacket('c'), 'latin1'));
    await new Promise((r) => setTimeout(r, 300)); // let it run
    assert.is(emu.stdout().includes('bench done'), false, 'still running');
    conn.write(Buffer.from([0x03]));
    assert.match(await until(/\$T02[^#]*#/), /T02/, 'Ctrl-C answered with SIGINT');
    conn.write('+');
    conn.write(Buffer.from(framePacket('D'), 'latin1'));
    assert.match(await until(/\$OK#/), /OK/, 'detach acknowledged');
    conn.end();
    const status = await emu.exit(60_000);
    assert.is(status, 0, `the guest ran on after detach (stderr: ${emu.stderr()})`);
    assert.match(emu.stdout(), /bench done/);
  } finally {
    emu.cleanup();
  }
});

if (haveGdb) {
  // Eclipse CDT "GDB Hardware Debugging" launch order (../shared/reference/README.md), in MI mode.
  test('gdb-multiarch MI session in Eclipse CDT launch order: reset, halt, load, temporary break on main, continue', async () => {
    const emu = spawnGdbEmulator(['--kernel', ELF]);
    try {
      await emu.listening(60_000);
      const script = [
        `-file-exec-file ${ELF}`,
        `symbol-file ${ELF}`,
        `-target-select remote ${emu.sock}`,
        'monitor reset run',
        'monitor delay 10',
        'monitor halt',
        `load ${ELF}`,
        '-break-insert -t -f main',
        '-exec-continue',
        '-data-evaluate-expression $pc',
        '-data-list-register-values x 32',
        'kill',
        '-gdb-exit',
      ].join('\n') + '\n';
      const gdb = spawnSync('gdb-multiarch', ['-nx', '--interpreter=mi2', '-ex', 'set architecture aarch64'], { cwd: REPO, input: script, encoding: 'utf8', timeout: 60_000 });
      const out = gdb.stdout;
      assert.match(out, /\^connected/, 'target-select');
      assert.match(out, /~"a64dbg \S+|\^done/, 'monitor commands answered');
      assert.not.match(out, /\^error,msg="[^"]*monitor/i, 'no monitor command failed');
      assert.match(out, /\^done,bkpt=\{number="1",type="breakpoint",disp="del"[^}]*func="main"/, 'temporary breakpoint on main');
      assert.match(out, /\*stopped,reason="breakpoint-hit",disp="del",bkptno="1",frame=\{addr="0x00000000400807a0",func="main"/, 'stopped at main');
      assert.match(out, /\^done,value="0x400807a0 <main>"/);
      await emu.exit(60_000);
    } finally {
      emu.cleanup();
    }
  });
}

// With the kernel's debug symbols (scripts/fetch-vmlinux.sh: vmlinux from Debian's -dbg package),
// as a kernel developer works: breakpoints by name, bt, a watchpoint on jiffies.
const VMLINUX = join(REPO, '.cache/vmlinux/vmlinux');
const haveVmlinux = spawnSync('test', ['-f', VMLINUX]).status === 0;
if (haveGdb && guest && !haveVmlinux) {
  if (process.env.CI) test('vmlinux symbols are available in CI', () => assert.unreachable('run scripts/fetch-vmlinux.sh'));
  else console.log('gdb-machine.test.ts: symbolic Linux session skipped (run scripts/fetch-vmlinux.sh)');
}
if (haveGdb && guest && haveVmlinux) {
  test('gdb-multiarch with vmlinux: hbreak start_kernel, break kernel_init, bt, watch jiffies in do_timer', async () => {
    const r = await session([
      'hbreak start_kernel',
      'continue',
      'delete',
      'break kernel_init',
      'continue',
      'bt',
      'delete',
      'watch jiffies',
      'continue',
      'bt 3',
      'kill',
    ], ['--kernel', guest.kernel, '--initrd', guest.initrd, '--append', `${guest.append} cryptomgr.notests`], VMLINUX);
    const out = r.gdb;
    assert.match(out, /Breakpoint 1(\.1)?, 0x[0-9a-f]+ in start_kernel \(\)/);
    assert.match(out, /Breakpoint 2(\.1)?, 0x[0-9a-f]+ in kernel_init \(\)/);
    assert.match(out, /#0\s+0x[0-9a-f]+ in kernel_init \(\)\n#1\s+0x[0-9a-f]+ in ret_from_fork \(\) at [^\n]*entry\.S/, 'bt: kernel_init <- ret_from_fork');
    assert.match(out, /Hardware watchpoint 3: jiffies\s+Old value = (\d+)\s+New value = \d+/);
    const v = /Old value = (\d+)\s+New value = (\d+)/.exec(out)!;
    assert.is(BigInt(v[2]) - BigInt(v[1]), 1n, 'one tick');
    assert.match(out, /#0\s+do_timer \(ticks=1\) at kernel\/time\/timekeeping\.c:\d+\n#1\s+0x[0-9a-f]+ in tick_periodic/, 'bt from the timer interrupt');
  });
}

test.run();
