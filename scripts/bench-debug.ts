// `npm run bench:debug` (and a section of `npm run bench`): what breakpoints and watchpoints that
// never hit cost. Debian's kernel boots to "Run /init" under the GDB stub, once with nothing set
// and then with 10 and 100 breakpoints and 1 and 4 write watchpoints: the breakpoints on kernel
// code the boot does not run (the reboot, kexec, crash, suspend/resume, sysrq and kdb paths from
// the vmlinux's symbol table, leaving out their init and registration functions), the watchpoints
// on read-only data; the same with qemu-system-aarch64's gdbstub in the same run. Each
// emulator's figures are ratios to its own no-points boot, so a noisy machine moves both alike.
// Points are inserted over a plain RSP connection (the packets gdb sends: Z0/Z2, then c), and the
// time runs from the `c` to the console line. Should a point hit after all, it is removed, the run
// continues, and the hit is reported (the address was not a never-run one). Needs the default
// guest (`npm run guest`), its vmlinux (`bash scripts/fetch-vmlinux.sh`) and `nm`. Options:
// --runs=N (a64dbg runs per configuration, default 1), --no-qemu.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { defaultGuest } from '../src/guest/images.ts';
import { framePacket } from '../src/gdb/packets.ts';

const MILESTONE = 'Run /init as init process';
const VMLINUX = '.cache/vmlinux/vmlinux';
/** Code the boot to /init never runs, and data it never writes (checked: a hit is reported). */
const NEVER_RUN_CODE = /(sysrq_handle_|kexec|crash_|hibernat|kdb_|kgdb_|machine_restart|machine_halt|machine_power_off|kernel_restart|kernel_halt|kernel_power_off|emergency_restart|_suspend$|_resume$|_freeze$|_thaw$|_poweroff$|_restore$)/;
/** ... but not their set-up: init functions, registration, runtime PM (these do run at boot). */
const RUNS_AT_BOOT = /(init|register|setup|pm_runtime|__pm|genpd|^\$)/;
// Write watchpoints go on read-only data (r/R): nothing writes it, but the boot reads those pages,
// so each read there is range-checked: the watched-page path is exercised, never hit. (.bss is
// zeroed at once early in the boot, and initialised data of the never-run paths is written by
// their set-up code.)

interface Config { label: string; breakpoints: number; watchpoints: number }
const CONFIGS: Config[] = [
  { label: 'no points', breakpoints: 0, watchpoints: 0 },
  { label: '10 breakpoints', breakpoints: 10, watchpoints: 0 },
  { label: '100 breakpoints', breakpoints: 100, watchpoints: 0 },
  { label: '1 watchpoint', breakpoints: 0, watchpoints: 1 },
  { label: '4 watchpoints', breakpoints: 0, watchpoints: 4 },
];

/** Addresses of never-run functions (text) and never-written variables (bss), spread over the image. */
function pickAddresses(): { code: bigint[]; data: bigint[] } | string {
  if (!existsSync(VMLINUX)) return `no ${VMLINUX} (run \`bash scripts/fetch-vmlinux.sh\`)`;
  const nm = spawnSync('nm', [VMLINUX], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (nm.status !== 0) return `nm failed: ${(nm.stderr || nm.error?.message || '').trim()}`;
  const code: bigint[] = [], data: bigint[] = [];
  for (const line of nm.stdout.split('\n')) {
    const m = /^([0-9a-f]{16}) ([tTrR]) (\S+)$/.exec(line);
    if (!m) continue;
    const text = m[2] === 't' || m[2] === 'T';
    if (!text || (NEVER_RUN_CODE.test(m[3]) && !RUNS_AT_BOOT.test(m[3]))) (text ? code : data).push(BigInt('0x' + m[1]));
  }
  const spread = (xs: bigint[], n: number): bigint[] => {
    const s = [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return Array.from({ length: Math.min(n, s.length) }, (_, k) => s[Math.floor((k * s.length) / Math.min(n, s.length))]);
  };
  const c = spread(code, 100), d = spread(data.filter((a) => a % 8n === 0n), 4);
  if (c.length < 100 || d.length < 4) return `only ${c.length} never-run functions and ${d.length} variables in ${VMLINUX}`;
  return { code: c, data: d };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A minimal RSP client: one request, one reply; acknowledges packets unless no-ack mode is on. */
class Rsp {
  private inbox = '';
  /** QEMU 7.2 refuses QStartNoAckMode before qSupported: it then keeps acknowledging. */
  noAck = false;
  private waiter: (() => void) | undefined;
  constructor(private readonly sock: Socket) {
    sock.on('data', (b: Buffer) => { this.inbox += b.toString('latin1'); this.waiter?.(); });
  }
  static async connect(port: number, deadlineMs: number): Promise<Rsp> {
    const until = Date.now() + deadlineMs;
    for (;;) {
      try {
        const sock = await new Promise<Socket>((resolve, reject) => {
          const s = createConnection(port, '127.0.0.1');
          s.once('connect', () => resolve(s));
          s.once('error', reject);
        });
        sock.on('error', () => {});
        return new Rsp(sock);
      } catch (e) {
        if (Date.now() > until) throw new Error(`no gdb stub on port ${port}: ${(e as Error).message}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
  /** The next complete packet's payload (acks skipped). */
  next(): Promise<string> {
    return new Promise((resolve) => {
      const check = (): void => {
        const m = /\$([^#]*)#[0-9a-fA-F]{2}/.exec(this.inbox);
        if (!m) return;
        this.inbox = this.inbox.slice(m.index + m[0].length);
        if (!this.noAck) this.sock.write('+');
        this.waiter = undefined;
        resolve(m[1]);
      };
      this.waiter = check;
      check();
    });
  }
  send(payload: string): void { this.sock.write(Buffer.from(framePacket(payload), 'latin1')); }
  async ask(payload: string): Promise<string> { this.send(payload); return this.next(); }
  close(): void { this.sock.destroy(); }
}

interface Run { seconds: number; hits: string[] }

/** One boot under a stub already listening on `port`: insert the points, `c`, time to the console line. */
async function timedBoot(child: ChildProcess, port: number, cfg: Config, addrs: { code: bigint[]; data: bigint[] }): Promise<Run> {
  let seen = '';
  let reached: (() => void) | undefined;
  child.stdout!.on('data', (b: Buffer) => {
    seen = (seen + b.toString('latin1')).slice(-400);
    if (seen.includes(MILESTONE)) reached?.();
  });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code, sig) => reject(new Error(`emulator exited (${code ?? sig}) before "${MILESTONE}"`))));
  const rsp = await Rsp.connect(port, 60_000);
  try {
    rsp.noAck = (await rsp.ask('QStartNoAckMode')) === 'OK';
    for (const a of addrs.code.slice(0, cfg.breakpoints)) {
      const r = await rsp.ask(`Z0,${a.toString(16)},4`);
      if (r !== 'OK') throw new Error(`Z0 at ${a.toString(16)} answered '${r}'`);
    }
    for (const a of addrs.data.slice(0, cfg.watchpoints)) {
      const r = await rsp.ask(`Z2,${a.toString(16)},8`);
      if (r !== 'OK') throw new Error(`Z2 at ${a.toString(16)} answered '${r}'`);
    }
    const hits: string[] = [];
    const milestone = new Promise<void>((r) => { reached = r; if (seen.includes(MILESTONE)) r(); });
    const t0 = process.hrtime.bigint();
    rsp.send('c');
    // A stop before the milestone is a point that hit: remove it and go on.
    let done = false;
    const stops = (async () => {
      while (!done) {
        const reply = await rsp.next();
        if (done) break;
        hits.push(reply);
        const m = /(?:watch|rwatch|awatch):([0-9a-f]+)/.exec(reply);
        if (m) await rsp.ask(`z2,${m[1]},8`);
        else {
          // The PC from `g` (x0..x30, sp, then pc; little-endian): QEMU answers `p` only after
          // gdb has read its target description.
          const pc = (await rsp.ask('g')).slice(32 * 16, 33 * 16);
          if (!/^[0-9a-f]{16}$/.test(pc)) throw new Error(`stop '${reply}' before the milestone, and no PC in 'g'`);
          const addr = BigInt('0x' + pc.match(/../g)!.reverse().join(''));
          await rsp.ask(`z0,${addr.toString(16)},4`);
        }
        rsp.send('c');
      }
    })();
    await Promise.race([milestone, exited, new Promise((_, j) => setTimeout(() => j(new Error('no milestone after 600 s')), 600_000).unref())]);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    done = true;
    void stops;
    return { seconds, hits };
  } finally {
    rsp.close();
  }
}

async function a64dbgBoot(cfg: Config, addrs: { code: bigint[]; data: bigint[] }): Promise<Run> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/a64dbg.js', 'boot', '--gdb', `127.0.0.1:${port}`, '-S'], { stdio: ['pipe', 'pipe', 'pipe'] });
  try { return await timedBoot(child, port, cfg, addrs); } finally { child.kill('SIGKILL'); }
}

async function qemuBoot(cfg: Config, addrs: { code: bigint[]; data: bigint[] }, guest: { kernel: string; initrd: string; append: string }): Promise<Run> {
  const port = await freePort();
  // dtb-randomness=off: no KASLR seed in the tree (a64dbg writes none), so the kernel runs at the
  // addresses the points are set on.
  const child = spawn('qemu-system-aarch64', ['-M', 'virt,gic-version=3,dtb-randomness=off', '-cpu', 'cortex-a57', '-m', '512', '-smp', '1', '-nographic',
    '-kernel', guest.kernel, '-initrd', guest.initrd, '-append', guest.append, '-gdb', `tcp:127.0.0.1:${port}`, '-S'],
  { stdio: ['pipe', 'pipe', 'pipe'] });
  try { return await timedBoot(child, port, cfg, addrs); } finally { child.kill('SIGKILL'); }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs the section; returns its lines (also printed as they come). */
export async function debugCostBench(args: string[]): Promise<void> {
  const guest = defaultGuest();
  if (!guest) { console.log('debugger cost benchmark skipped: no guest images (run `npm run guest`)'); return; }
  const addrs = pickAddresses();
  if (typeof addrs === 'string') { console.log(`debugger cost benchmark skipped: ${addrs}`); return; }
  const runsArg = args.find((a) => a.startsWith('--runs='));
  const runs = runsArg ? Number(runsArg.slice(7)) : 1;
  const withQemu = !args.includes('--no-qemu') && spawnSync('qemu-system-aarch64', ['--version']).status === 0;
  console.log(`debugger cost: boot to /init under the gdb stub, points on code/data the boot never reaches (${runs} run(s) each, median)`);
  const base: { ours?: number; qemu?: number } = {};
  for (const cfg of CONFIGS) {
    const ours: number[] = [];
    const hits: string[] = [];
    for (let k = 0; k < runs; k++) {
      const r = await a64dbgBoot(cfg, addrs);
      ours.push(r.seconds);
      hits.push(...r.hits);
    }
    const q = withQemu ? await qemuBoot(cfg, addrs, guest) : undefined;
    const o = median(ours);
    base.ours ??= o;
    if (q) base.qemu ??= q.seconds;
    const qText = q ? `; QEMU ${q.seconds.toFixed(2)} s = ${(q.seconds / base.qemu!).toFixed(2)}x` : '';
    const target = cfg.breakpoints >= 100 ? ' (target <= 1.1x)' : cfg.watchpoints >= 4 ? ' (target <= 1.3x)' : '';
    console.log(`  ${cfg.label.padEnd(16)} a64dbg ${o.toFixed(2)} s = ${(o / base.ours).toFixed(2)}x${target}${qText}` +
      (hits.length || q?.hits.length ? `; points hit: a64dbg ${hits.length}, QEMU ${q?.hits.length ?? 0} (not never-run; removed)` : ''));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await debugCostBench(process.argv.slice(2));
