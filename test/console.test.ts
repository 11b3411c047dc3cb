// Console input and time as a scripted user meets them (README, "Console input and time"):
// - commands piped with no delay, on a command line copied from a QEMU arm64 tutorial, all run
//   (none is lost to the driver's start-up drain) and the run ends with the guest's poweroff;
// - the shell's cursor-position query (ESC [ 6 n) does not reach a piped log;
// - a piped run is deterministic: the same log and instruction count every time;
// - at the prompt with the pipe open and nothing to do, the process sleeps (<= 5% of a core over
//   10 s), `sleep 2` in the guest takes 2 s of wall time and /proc/uptime follows the wall clock;
// - when input ends and the guest has read it all, the run ends after --eof-idle virtual
//   seconds of quiet with status 4 and one line.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Machine } from '../src/machine/machine.ts';
import { defaultGuest, missingGuestMessage } from '../src/guest/images.ts';

const REPO = resolve(import.meta.dirname, '..');
const CLI = join(REPO, 'bin/a64dbg.js');
const PROMPT = 'a64dbg:~# ';
const guest = defaultGuest();
// The self-tests of the crypto manager are two thirds of the boot; they are not what is tested here.
const APPEND = `${guest?.append ?? ''} cryptomgr.notests`.trim();

interface Child { proc: ChildProcessWithoutNullStreams; out: () => string; err: () => string; done: Promise<number | null> }

function start(args: string[]): Child {
  const proc = spawn(process.execPath, [CLI, ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [], err: Buffer[] = [];
  proc.stdout.on('data', (b: Buffer) => out.push(b));
  proc.stderr.on('data', (b: Buffer) => err.push(b));
  const done = new Promise<number | null>((r) => proc.on('close', (status) => r(status)));
  return { proc, out: () => Buffer.concat(out).toString('latin1'), err: () => Buffer.concat(err).toString('latin1'), done };
}

async function waitFor(c: Child, pred: (out: string) => boolean, ms: number, what: string): Promise<void> {
  const t0 = Date.now();
  while (!pred(c.out())) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}; output ends: ${JSON.stringify(c.out().slice(-300))}`);
    if (c.proc.exitCode !== null) throw new Error(`exited (${c.proc.exitCode}) waiting for ${what}: ${c.err()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** utime + stime of a process in seconds (/proc/PID/stat fields 14 and 15). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

if (!guest) {
  if (process.env.CI) test('the default guest is available in CI', () => assert.unreachable(missingGuestMessage()));
  else console.log(`console.test.ts skipped: ${missingGuestMessage()}`);
} else {
  test('commands piped with no delay on a QEMU tutorial command line all run; poweroff ends the run', async () => {
    // As in QEMU arm64 tutorials: only the program name and the file names differ.
    const c = start([
      '-M', 'virt', '-cpu', 'cortex-a57', '-smp', '1', '-m', '512M', '-nographic',
      '-kernel', guest.kernel, '-initrd', guest.initrd, '-append', APPEND, '-serial', 'mon:stdio', '-no-reboot',
    ]);
    c.proc.stdin.end('echo first-$((6*7))\nuname -m\necho third\npoweroff -f\n');
    const timer = setTimeout(() => c.proc.kill(), 600_000);
    const status = await c.done;
    clearTimeout(timer);
    const out = c.out().replace(/\r/g, '');
    assert.is(status, 0, c.err());
    assert.match(out, /# echo first-\$\(\(6\*7\)\)\nfirst-42\n/);
    assert.match(out, /# uname -m\naarch64\n/);
    assert.match(out, /# echo third\nthird\n/);
    assert.match(out, /reboot: Power down/);
    assert.not.ok(out.includes('\x1b[6n'), 'no cursor-position query in a piped log');
    assert.match(c.err(), /powered off/);
  });

  test('a piped run is deterministic: same log, same instruction count', () => {
    const once = (): { log: string; n: number } => {
      let log = '';
      const m = new Machine({ memoryMiB: 512, log: () => {}, console: (b) => { log += Buffer.from(b).toString('latin1'); } });
      m.loadKernelFile(guest.kernel, guest.initrd, APPEND);
      m.uart.receive('echo $((1+2))\ncat /proc/uptime\npoweroff -f\n');
      const stop = m.run({ maxInstructions: 3e9, inputOpen: false, endWhenIdle: { afterNs: 10e9, status: 4 } });
      assert.is(stop.kind, 'exit', JSON.stringify(stop));
      return { log, n: m.instructions };
    };
    const a = once(), b = once();
    assert.match(a.log, /\n3\r?\n/);
    assert.is(a.n, b.n);
    assert.is(a.log, b.log);
  });

  test('PSCI SYSTEM_RESET reboots the machine (QEMU without -no-reboot); --no-reboot ends the run', () => {
    const boot = (noReboot: boolean): { log: string; stop: ReturnType<Machine['run']> } => {
      let log = '';
      let sent = false;
      const m: Machine = new Machine({
        memoryMiB: 512, log: () => {}, noReboot,
        console: (b) => {
          log += Buffer.from(b).toString('latin1');
          // Typed at the second boot's prompt: input the first boot read is gone with it, as on QEMU.
          if (!sent && log.split(PROMPT).length === 3) { sent = true; m.uart.receive('echo after-reboot\npoweroff -f\n'); }
        },
      });
      m.loadKernelFile(guest.kernel, guest.initrd, APPEND);
      m.uart.receive('reboot -f\n');
      const stop = m.run({ maxInstructions: 4e9, inputOpen: false, endWhenIdle: { afterNs: 10e9, status: 4 } });
      return { log, stop };
    };
    const once = boot(true);
    assert.equal(once.stop, { kind: 'exit', status: 0, message: 'the guest reset the machine (PSCI SYSTEM_RESET); -no-reboot: exiting' });
    assert.not.match(once.log, /after-reboot/);
    const twice = boot(false);
    assert.equal(twice.stop.kind, 'exit');
    assert.is(twice.log.match(/Booting Linux on physical CPU/g)?.length, 2, 'the kernel booted again');
    assert.match(twice.log, /\nafter-reboot\r\n/);
    assert.match(twice.log, /reboot: Power down/);
  });

  test('idle at the prompt costs no host CPU, guest time follows the wall clock, input end ends the run', async () => {
    const t0 = Date.now();
    const c = start(['--append', APPEND, '--eof-idle', '5']);
    try {
      await idleSession(c, t0);
    } finally {
      c.proc.kill();
    }
  });
}

async function idleSession(c: Child, t0: number): Promise<void> {
  {
    await waitFor(c, (o) => o.includes(PROMPT), 300_000, 'the prompt');
    await new Promise((r) => setTimeout(r, 500));
    const cpu0 = cpuSeconds(c.proc.pid!);
    await new Promise((r) => setTimeout(r, 10_000));
    const used = cpuSeconds(c.proc.pid!) - cpu0;
    assert.ok(used <= 0.5, `idle at the prompt used ${used.toFixed(2)} s of CPU in 10 s (limit 5%)`);

    const before = c.out().length;
    const ts = Date.now();
    c.proc.stdin.write('sleep 2; echo slept\n');
    await waitFor(c, (o) => o.slice(before).includes('\nslept\r\n'), 60_000, 'the end of sleep 2');
    const took = (Date.now() - ts) / 1000;
    assert.ok(took >= 2 && took < 8, `sleep 2 in the guest took ${took.toFixed(2)} s of wall time`);

    const mark = c.out().length;
    c.proc.stdin.write('cat /proc/uptime\n');
    await waitFor(c, (o) => /\n(\d+\.\d+) \d+\.\d+\r\n/.test(o.slice(mark)), 60_000, '/proc/uptime');
    const uptime = Number(/\n(\d+\.\d+) \d+\.\d+\r\n/.exec(c.out().slice(mark))![1]);
    const wall = (Date.now() - t0) / 1000;
    assert.ok(uptime > 10 && uptime <= wall + 1, `uptime ${uptime} s after ${wall.toFixed(1)} s of wall time`);

    c.proc.stdin.end();
    const status = await c.done;
    assert.is(status, 4, c.err());
    const lines = c.err().trim().split('\n');
    assert.match(lines.at(-1)!, /^a64dbg: console input ended and the guest then idled 5\.0 s of virtual time with no output; ending the run$/);
  }
}

test.run();
