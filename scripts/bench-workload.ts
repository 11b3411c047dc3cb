// `npm run bench:workload` (and the last section of `npm run bench`): the guest workloads of
// src/guest/workloads.ts in the Debian userland (`npm run guest -- --userland debian`), under
// a64dbg and under qemu-system-aarch64 7.2 with the same kernel, initramfs and command line.
// Each workload is typed at bash's prompt between console markers and timed on the host, from
// its begin marker to its end marker (wall seconds); the table gives both times and the ratio.
// A workload that runs past --timeout=S (default 600) gets a Ctrl-C and is reported as such.
// Options: --no-qemu, --timeout=S, --only=NAME[,NAME].

import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { Machine } from '../src/machine/machine.ts';
import { userlandGuest, missingUserlandMessage, type GuestImages } from '../src/guest/images.ts';
import { PromptDriver, extractResult, wrapCommand, MARK } from '../src/guest/userland-session.ts';
import { WORKLOADS, type Workload } from '../src/guest/workloads.ts';
import { QEMU, runQemuLines } from './userland-qemu.ts';

export interface WorkloadRow {
  name: string;
  what: string;
  seconds?: number;
  /** Guest instructions between the markers (a64dbg only). */
  instructions?: number;
  /** Ctrl-C'd after the timeout, or never finished. */
  timedOut?: boolean;
  output?: string;
}

export interface WorkloadRun {
  /** Wall seconds from start to the first bash prompt. */
  bootSeconds?: number;
  bootInstructions?: number;
  rows: WorkloadRow[];
  instructions?: number;
  note?: string;
}

interface Plan { lines: string[]; timed: { workload: Workload; index: number }[] }

function plan(workloads: readonly Workload[]): Plan {
  // First (untimed): wait for the kernel's CRNG. Until it is ready, getrandom() (Python's hash
  // seed, ...) blocks while the kernel generates jitter entropy, which under a64dbg's
  // instruction-driven clock costs ~0.5 G instructions: not what a workload means to measure.
  const lines: string[] = [wrapCommand(0, 'head -c 1 /dev/random > /dev/null && echo crng ready')];
  const timed: Plan['timed'] = [];
  for (const w of workloads) {
    if (w.setup) lines.push(wrapCommand(lines.length, w.setup));
    timed.push({ workload: w, index: lines.length });
    lines.push(wrapCommand(lines.length, w.cmd));
  }
  lines.push('busybox poweroff -f');
  return { lines, timed };
}

/** Notes the host time at which each begin/end marker first appears on the console. */
class MarkerClock {
  private text = '';
  private scanned = 0;
  readonly begin = new Map<number, number>();
  readonly end = new Map<number, number>();
  /** Instruction counts at the markers, when the caller knows them. */
  readonly beginInsns = new Map<number, number>();
  readonly endInsns = new Map<number, number>();
  prompt?: number;

  constructor(private readonly instructions?: () => number) {}

  feed(chunk: string, now: number): void {
    this.text += chunk;
    const from = Math.max(0, this.scanned - 32);
    const re = new RegExp(`${MARK}(B(\\d+)|E(\\d+) \\d+)${MARK}`, 'g');
    re.lastIndex = from;
    for (let m; (m = re.exec(this.text));) {
      const n = this.instructions?.();
      if (m[2] !== undefined && !this.begin.has(Number(m[2]))) { this.begin.set(Number(m[2]), now); if (n !== undefined) this.beginInsns.set(Number(m[2]), n); }
      if (m[3] !== undefined && !this.end.has(Number(m[3]))) { this.end.set(Number(m[3]), now); if (n !== undefined) this.endInsns.set(Number(m[3]), n); }
    }
    this.scanned = this.text.length;
    if (this.prompt === undefined && /a64dbg-debian:[^\n]*# $/.test(this.text.slice(-64))) this.prompt = now;
  }

  /** The marker index whose workload is running (begun, not ended), if any. */
  running(): number | undefined {
    for (const [k] of this.begin) if (!this.end.has(k)) return k;
    return undefined;
  }
}

function rowsFrom(p: Plan, clock: MarkerClock, console: string, cancelled: Set<number>): WorkloadRow[] {
  return p.timed.map(({ workload, index }) => {
    const b = clock.begin.get(index), e = clock.end.get(index);
    const r = extractResult(console, index);
    const bi = clock.beginInsns.get(index), ei = clock.endInsns.get(index);
    return {
      name: workload.name, what: workload.what,
      instructions: bi !== undefined && ei !== undefined ? ei - bi : undefined,
      seconds: b !== undefined && e !== undefined && !cancelled.has(index) ? (e - b) / 1000 : undefined,
      timedOut: cancelled.has(index) || e === undefined,
      output: r?.output,
    };
  });
}

export function runA64dbg(g: GuestImages, workloads: readonly Workload[], timeoutSec: number): WorkloadRun {
  const p = plan(workloads);
  let machine: Machine;
  const clock = new MarkerClock(() => machine.instructions);
  const t0 = performance.now();
  const driver = new PromptDriver(p.lines, (t) => machine.uart.receive(t));
  let bootInstructions: number | undefined;
  machine = new Machine({
    memoryMiB: 512, log: () => {},
    console: (b) => {
      const s = Buffer.from(b).toString('latin1');
      clock.feed(s, performance.now());
      if (clock.prompt !== undefined) bootInstructions ??= machine.instructions;
      driver.feed(s);
    },
  });
  machine.loadKernelFile(g.kernel, g.initrd, g.append);
  const cancelled = new Set<number>();
  let note: string | undefined;
  for (;;) {
    const stop = machine.run({ sliceMs: 250 });
    if (stop.kind !== 'pause') {
      if (stop.kind !== 'exit' || stop.status !== 0) note = `a64dbg stopped: ${JSON.stringify(stop)}`;
      break;
    }
    const k = clock.running();
    const now = performance.now();
    if (k !== undefined && !cancelled.has(k) && now - clock.begin.get(k)! > timeoutSec * 1000) {
      cancelled.add(k);
      machine.uart.receive('\x03'); // SIGINT to the foreground job; bash prints the end marker with status 130
    }
    if (k !== undefined && cancelled.has(k) && now - clock.begin.get(k)! > (timeoutSec + 60) * 1000) { note = `a64dbg: workload ${k} ignored Ctrl-C`; break; }
    if (clock.prompt === undefined && now - t0 > 1800_000) { note = 'a64dbg: no prompt after 30 minutes'; break; }
  }
  return {
    bootSeconds: clock.prompt !== undefined ? (clock.prompt - t0) / 1000 : undefined, bootInstructions,
    rows: rowsFrom(p, clock, driver.all, cancelled), instructions: machine.instructions, note,
  };
}

export async function runQemu(g: GuestImages, workloads: readonly Workload[], timeoutSec: number): Promise<WorkloadRun> {
  const p = plan(workloads);
  const clock = new MarkerClock();
  const cancelled = new Set<number>();
  const t0 = performance.now();
  const s = await runQemuLines(g, p.lines, {
    timeoutMs: (workloads.length * (timeoutSec + 60) + 300) * 1000,
    onChunk: (text, now) => clock.feed(text, now),
    onTick: (type) => {
      const k = clock.running();
      if (k !== undefined && !cancelled.has(k) && performance.now() - clock.begin.get(k)! > timeoutSec * 1000) { cancelled.add(k); type('\x03'); }
    },
  });
  return {
    bootSeconds: clock.prompt !== undefined ? (clock.prompt - t0) / 1000 : undefined,
    rows: rowsFrom(p, clock, s.console, cancelled),
    note: s.timedOut ? 'QEMU timed out' : s.status !== 0 ? `QEMU exit status ${s.status}` : undefined,
  };
}

const fmt = (s: number | undefined, timedOut?: boolean) => (s === undefined ? (timedOut ? 'timeout' : '-') : s.toFixed(2));

/** Prints the table; `referenceRatio` is bench.elf's a64dbg/QEMU time ratio when known. */
export function printTable(ours: WorkloadRun, qemu: WorkloadRun | undefined, referenceRatio?: number): void {
  const rows: string[][] = [['workload', 'a64dbg s', 'QEMU s', 'ratio', 'guest M insns', 'a64dbg MIPS']];
  const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(1)}x` : '-');
  const mi = (n?: number) => (n === undefined ? '-' : (n / 1e6).toFixed(0));
  const mips = (n?: number, s?: number) => (n === undefined || !s ? '-' : (n / s / 1e6).toFixed(1));
  rows.push(['boot to the bash prompt', fmt(ours.bootSeconds), fmt(qemu?.bootSeconds), ratio(ours.bootSeconds, qemu?.bootSeconds),
    mi(ours.bootInstructions), mips(ours.bootInstructions, ours.bootSeconds)]);
  ours.rows.forEach((r, k) => {
    const q = qemu?.rows[k];
    rows.push([r.name, fmt(r.seconds, r.timedOut), fmt(q?.seconds, q?.timedOut), ratio(r.seconds, q?.seconds), mi(r.instructions), mips(r.instructions, r.seconds)]);
  });
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [k, r] of rows.entries()) {
    console.log(`  ${r.map((x, c) => (c === 0 ? x.padEnd(w[c]) : x.padStart(w[c]))).join('  ')}`);
    if (k === 0) console.log(`  ${w.map((n) => '-'.repeat(n)).join('  ')}`);
  }
  for (const [k, r] of ours.rows.entries()) {
    const q = qemu?.rows[k];
    if (q?.output !== undefined && r.output !== undefined && q.output !== r.output) console.log(`  note: ${r.name}: a64dbg printed ${JSON.stringify(r.output.slice(0, 80))}, QEMU ${JSON.stringify(q.output.slice(0, 80))}`);
  }
  if (referenceRatio !== undefined) {
    const over = ours.rows.filter((r, k) => r.seconds === undefined || qemu?.rows[k]?.seconds === undefined || r.seconds / qemu.rows[k].seconds! > referenceRatio);
    console.log(`  target: every workload within bench.elf's ratio (${referenceRatio.toFixed(1)}x): ${over.length ? `not met by ${over.map((r) => r.name).join(', ')}` : 'met'}`);
  }
  for (const n of [ours.note, qemu?.note]) if (n) console.log(`  note: ${n}`);
  console.log('  (host wall seconds between console markers; one run each; the machine may be shared)');
}

/** The whole section: skips with a message when the image (or QEMU) is missing. */
export async function workloadBench(opts: { qemu?: boolean; timeoutSec?: number; only?: string[]; referenceRatio?: number } = {}): Promise<void> {
  const g = userlandGuest('debian');
  if (!g) { console.log(`guest workload benchmark skipped: ${missingUserlandMessage('debian')}`); return; }
  const workloads = opts.only?.length ? WORKLOADS.filter((w) => opts.only!.includes(w.name)) : WORKLOADS;
  const timeoutSec = opts.timeoutSec ?? 600;
  const haveQemu = opts.qemu !== false && spawnSync(QEMU, ['--version']).status === 0;
  console.log(`guest workloads (Debian userland, ${g.initrd.split('/').pop()}; ${workloads.length} workloads, timeout ${timeoutSec} s each):`);
  const ours = runA64dbg(g, workloads, timeoutSec);
  console.log(`  a64dbg: ${((ours.instructions ?? 0) / 1e9).toFixed(2)} G instructions from reset to power-off`);
  const qemu = haveQemu ? await runQemu(g, workloads, timeoutSec) : undefined;
  if (!haveQemu) console.log('  QEMU comparison skipped (qemu-system-aarch64 not installed, or --no-qemu)');
  printTable(ours, qemu, opts.referenceRatio);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const t = args.find((a) => a.startsWith('--timeout='));
  const only = args.find((a) => a.startsWith('--only='));
  const ratio = args.find((a) => a.startsWith('--reference-ratio='));
  await workloadBench({
    qemu: !args.includes('--no-qemu'), timeoutSec: t ? Number(t.slice(10)) : undefined,
    only: only ? only.slice(7).split(',') : undefined, referenceRatio: ratio ? Number(ratio.slice(18)) : undefined,
  });
}
