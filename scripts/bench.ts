// `npm run bench`: guest MIPS of each tier (interp, jit) on a CPU-bound bare-metal workload
// (firmware/bin/bench.elf: CRC32, checksums, sorting; ~360 M instructions), 3 runs,
// min/median/max, and the boot to /init per tier. With qemu-system-aarch64 installed, QEMU's wall
// time on the same ELF and boot is measured in the same run for the ratio. Targets live here,
// not in timed tests. Options: --quick, --runs=N, --no-qemu, --no-boot, --boot-once, --no-gdb,
// --gdb-only, --no-workload, --no-debug, --no-snapshot, --tier=interp|jit (only that one).
// The guest workloads are scripts/bench-workload.ts (`npm run bench:workload`), the cost of
// breakpoints and watchpoints under the gdb stub scripts/bench-debug.ts (`npm run bench:debug`), snapshots
// and the regression runner scripts/bench-snapshot.ts (`npm run bench:snapshot`).

import { readFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { Machine, type Tier } from '../src/machine/machine.ts';
import { defaultGuest } from '../src/guest/images.ts';
import { createConnection } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { framePacket } from '../src/gdb/packets.ts';
import { workloadBench } from './bench-workload.ts';
import { debugCostBench } from './bench-debug.ts';
import { snapshotBench } from './bench-snapshot.ts';
import { stats } from './bench-stats.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const elfPath = args.find((a) => !a.startsWith('--')) ?? (quick ? 'firmware/bin/bench_small.elf' : 'firmware/bin/bench.elf');
const runsArg = args.find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Number(runsArg.slice(7)) : 3;
/** MIPS targets on bench.elf: the interpreter's (wave 1), the JIT's (issue #14). */
const TARGET_MIPS: Record<string, number> = { interp: 100, jit: 500 };
const tierArg = args.find((a) => a.startsWith('--tier='));
const TIERS: Tier[] = tierArg ? [tierArg.slice(7) as Tier] : ['interp', 'jit'];

function runOnce(elf: Uint8Array, tier: Tier): { insns: number; seconds: number; output: string; jit: string } {
  const chunks: Uint8Array[] = [];
  const m = new Machine({ memoryMiB: 512, console: (b) => chunks.push(b), tier });
  m.loadElf(elf);
  const t0 = process.hrtime.bigint();
  const stop = m.run({ maxInstructions: 20e9 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (stop.kind !== 'exit' || stop.status !== 0) throw new Error(`benchmark guest did not exit cleanly: ${JSON.stringify(stop)}`);
  return { insns: m.instructions, seconds, output: Buffer.concat(chunks).toString('latin1'), jit: m.jit?.summary() ?? '' };
}

function qemuSeconds(path: string): number | undefined {
  const probe = spawnSync('qemu-system-aarch64', ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return undefined;
  const t0 = process.hrtime.bigint();
  const res = spawnSync('qemu-system-aarch64', ['-M', 'virt', '-cpu', 'cortex-a57', '-m', '512', '-nographic', '-semihosting', '-kernel', path],
    { stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  return res.status === 0 ? s : undefined;
}


// --gdb-only: just the gdb stepi round trip (the last part), e.g. to check how a session ends.
const gdbOnly = args.includes('--gdb-only');
const noQemu = gdbOnly || args.includes('--no-qemu') || spawnSync('qemu-system-aarch64', ['--version']).status !== 0;
/** bench.elf's a64dbg/QEMU wall-time ratio: the target the guest workloads are held to. */
let benchElfRatio: number | undefined;
if (!gdbOnly) {
  const elf = readFileSync(elfPath);
  const medianSecs: Record<string, number> = {};
  for (const tier of TIERS) {
    const mips: number[] = [];
    const secs: number[] = [];
    let insns = 0, jit = '';
    for (let k = 0; k < RUNS; k++) {
      const r = runOnce(elf, tier);
      insns = r.insns;
      jit = r.jit;
      secs.push(r.seconds);
      mips.push(r.insns / r.seconds / 1e6);
      console.log(`${tier} run ${k + 1}: ${r.insns} instructions in ${r.seconds.toFixed(2)} s = ${(r.insns / r.seconds / 1e6).toFixed(1)} MIPS`);
    }
    const [mn, md, mx] = stats(mips);
    medianSecs[tier] = stats(secs)[1];
    console.log(`${tier} (${elfPath}, ${insns} instructions): MIPS min ${mn.toFixed(1)} / median ${md.toFixed(1)} / max ${mx.toFixed(1)} (target >= ${TARGET_MIPS[tier] ?? '-'})${jit ? `\n  ${jit}` : ''}`);
  }
  const q = noQemu ? undefined : qemuSeconds(elfPath);
  if (q !== undefined) {
    console.log(`qemu-system-aarch64 (TCG) same ELF: ${q.toFixed(2)} s wall (incl. start-up); ` + TIERS.map((t) => `${t} median ${medianSecs[t].toFixed(2)} s = ${(medianSecs[t] / q).toFixed(1)}x QEMU's time`).join('; '));
    benchElfRatio = medianSecs[TIERS[0]] / q;
  } else {
    console.log('QEMU comparison skipped (not installed or --no-qemu)');
  }
}

// ---- Linux boot to /init ----------------------------------------------------------------------

const MILESTONE = 'Run /init as init process';

function bootOnce(kernel: string, initrd: string, append: string, tier: Tier): { insns: number; seconds: number } {
  let seen = '';
  const m: Machine = new Machine({
    memoryMiB: 512, cmdline: append, log: () => {}, tier,
    console: (b) => {
      seen = (seen + Buffer.from(b).toString('latin1')).slice(-200);
      if (seen.includes(MILESTONE)) m.requestStop('milestone');
    },
  });
  m.loadKernelFile(kernel, initrd, append);
  const t0 = process.hrtime.bigint();
  const stop = m.run({ maxInstructions: 3e9 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (stop.kind !== 'exit') throw new Error(`boot did not reach "${MILESTONE}": ${JSON.stringify(stop)}`);
  return { insns: m.instructions, seconds };
}

/** QEMU's wall seconds from start to the milestone line, with the reference command. */
function qemuBootSeconds(kernel: string, initrd: string, append: string): Promise<number | undefined> {
  return new Promise((done) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('qemu-system-aarch64', ['-M', 'virt,gic-version=3', '-cpu', 'cortex-a57', '-m', '512', '-smp', '1',
      '-nographic', '-kernel', kernel, '-initrd', initrd, '-append', append], { stdio: ['pipe', 'pipe', 'ignore'] });
    let seen = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); done(undefined); }, 120_000);
    child.stdout.on('data', (b: Buffer) => {
      seen = (seen + b.toString('latin1')).slice(-400);
      if (seen.includes(MILESTONE)) {
        const s = Number(process.hrtime.bigint() - t0) / 1e9;
        clearTimeout(timer);
        child.kill('SIGKILL');
        done(s);
      }
    });
    child.on('error', () => { clearTimeout(timer); done(undefined); });
  });
}

const guest = defaultGuest();
if (quick || gdbOnly || args.includes('--no-boot')) {
  console.log('boot benchmark skipped (--quick / --no-boot / --gdb-only)');
} else if (!guest) {
  console.log('boot benchmark skipped: no guest images (run `npm run guest`)');
} else {
  for (const [label, append] of [['default', guest.append], ['cryptomgr.notests', `${guest.append} cryptomgr.notests`]] as const) {
    const meds: Record<string, number> = {};
    for (const tier of TIERS) {
      const runs = [bootOnce(guest.kernel, guest.initrd, append, tier)];
      if (!args.includes('--boot-once')) runs.push(bootOnce(guest.kernel, guest.initrd, append, tier), bootOnce(guest.kernel, guest.initrd, append, tier));
      const [smin, med, smax] = stats(runs.map((r) => r.seconds));
      meds[tier] = med;
      const ins = runs[0].insns;
      console.log(`boot to /init, ${tier} (${label}: "${append}"): ${(ins / 1e6).toFixed(1)} M instructions ` +
        `(reference QEMU count ~${label === 'default' ? 915 : 320} M); wall s min ${smin.toFixed(2)} / median ${med.toFixed(2)} / max ${smax.toFixed(2)}; ` +
        `${(ins / med / 1e6).toFixed(1)} MIPS`);
    }
    const qs = noQemu ? undefined : await qemuBootSeconds(guest.kernel, guest.initrd, append);
    if (qs !== undefined) console.log(`  qemu-system-aarch64 7.2 TCG to the same line: ${qs.toFixed(2)} s; ` + TIERS.map((t) => `${t}/QEMU ${(meds[t] / qs).toFixed(1)}x`).join(', '));
  }
}

// ---- GDB stub: stepi round trip ------------------------------------------------------------------

/**
 * 1,000 `vCont;s` round trips against the CLI's stub, then `k`: the stub answers W00 and closes
 * the connection in order (as QEMU does) and the emulator exits 0. Any socket error, reset or
 * hang is reported as one line, never an unhandled 'error' event.
 */
async function stepiRoundTrip(steps: number): Promise<{ times: number[]; ending: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'a64dbg-bench-'));
  const sock = join(dir, 'gdb.sock');
  const emu = spawn(process.execPath, ['bin/a64dbg.js', 'boot', '--kernel', 'firmware/bin/bench.elf', '--gdb', `unix:${sock}`, '-S'],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  emu.stderr.on('data', (b: Buffer) => { err += b.toString(); });
  const exited = new Promise<number | string>((r) => emu.on('exit', (code, signal) => r(code ?? signal ?? -1)));
  const within = <T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> =>
    Promise.race([p, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms).unref())]);
  let sockError: string | undefined;
  try {
    for (let k = 0; k < 100 && !err.includes('gdb server on'); k++) await new Promise((r) => setTimeout(r, 100));
    const conn = createConnection(sock);
    conn.on('error', (e: NodeJS.ErrnoException) => { sockError = e.code ?? e.message; });
    const closed = new Promise<void>((r) => conn.on('close', () => r()));
    await new Promise<void>((r, j) => {
      conn.once('connect', () => r());
      conn.once('error', (e) => j(new Error(`cannot connect to the stub at ${sock}: ${e.message}; stderr: ${err.trim()}`)));
    });
    let inbox = '';
    let waiter: (() => void) | undefined;
    conn.on('data', (b: Buffer) => { inbox += b.toString('latin1'); waiter?.(); });
    const reply = (): Promise<void> => new Promise((r) => {
      const check = (): void => { if (/\$[^#]*#[0-9a-f]{2}/.test(inbox)) { inbox = ''; waiter = undefined; r(); } };
      waiter = check; check();
    });
    conn.write(Buffer.from(framePacket('QStartNoAckMode'), 'latin1'));
    await reply();
    const times: number[] = [];
    for (let k = 0; k < steps; k++) {
      const t0 = process.hrtime.bigint();
      conn.write(Buffer.from(framePacket('vCont;s:1'), 'latin1'));
      await reply();
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    // Kill as gdb does: `k`, then wait for the stub to close the connection and the emulator
    // to exit (killing it first would reset the connection with `k` still unread).
    let tail = '';
    conn.on('data', (b: Buffer) => { tail += b.toString('latin1'); });
    conn.write(Buffer.from(framePacket('k'), 'latin1'));
    const closing = await within(closed, 5000);
    const status = await within(exited, 5000);
    const ending = [
      tail.includes(framePacket('W00')) ? 'W00' : `reply ${JSON.stringify(tail.slice(0, 40))}`,
      closing === 'timeout' ? 'connection still open after 5 s' : sockError ? `socket error ${sockError}` : 'orderly close',
      status === 'timeout' ? 'emulator still running after 5 s' : `emulator exit ${status}`,
    ].join(', ');
    return { times, ending };
  } finally {
    if (emu.exitCode === null && emu.signalCode === null) emu.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (quick || args.includes('--no-gdb')) {
  console.log('gdb stepi benchmark skipped');
} else {
  try {
    const { times, ending } = await stepiRoundTrip(1000);
    const [mn, md, mx] = stats(times);
    console.log(`gdb stepi round trip (vCont;s -> T05, 1,000 steps, no-ack mode, Unix socket): min ${mn.toFixed(3)} / median ${md.toFixed(3)} / max ${mx.toFixed(2)} ms (target <= 0.5 ms; QEMU ~1 ms)`);
    console.log(`gdb session end (k): ${ending}`);
  } catch (e) {
    console.log(`gdb stepi benchmark failed: ${(e as Error).message.split('\n')[0]}`);
    process.exitCode = 1;
  }
}

// ---- Guest workloads in the Debian userland (scripts/bench-workload.ts) --------------------------

if (quick || gdbOnly || args.includes('--no-workload')) {
  console.log('guest workload benchmark skipped (--quick / --gdb-only / --no-workload)');
} else {
  await workloadBench({ qemu: !noQemu, referenceRatio: benchElfRatio });
}

// ---- What breakpoints and watchpoints that never hit cost (scripts/bench-debug.ts) ------------

if (quick || gdbOnly || args.includes('--no-debug')) {
  console.log('debugger cost benchmark skipped (--quick / --gdb-only / --no-debug)');
} else {
  await debugCostBench(noQemu ? ['--no-qemu'] : []);
}

// ---- Snapshots and the regression runner (scripts/bench-snapshot.ts) ---------------------------

if (quick || gdbOnly || args.includes('--no-snapshot')) {
  console.log('snapshot benchmark skipped (--quick / --gdb-only / --no-snapshot)');
} else {
  await snapshotBench({ qemu: !noQemu });
}
