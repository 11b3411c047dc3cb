// `npm run bench:poll`: busy-waits on time (issue #17 item 6). firmware/bin/poll_wait.elf polls
// the counter for 1 + 0.5 guest seconds, a timer for 2 x 100 ms and the RTC across a second
// change (~2.7 guest seconds in all): a64dbg's wall seconds, instructions and virtual ns skipped
// (3 runs, min/median/max), and QEMU 7.2's wall seconds on the same ELF in the same run, which
// waits in real time. Target: within 2x QEMU's wall time. Options: --runs=N, --no-qemu.

import { spawnSync } from 'node:child_process';
import { Machine } from '../src/machine/machine.ts';
import { stats, fmtStats } from './bench-stats.ts';

const ELF = 'firmware/bin/poll_wait.elf';
const args = process.argv.slice(2);
const runsArg = args.find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Number(runsArg.slice(7)) : 3;

function ours(): { seconds: number; insns: number; skippedNs: number; out: string } {
  const out: Uint8Array[] = [];
  const m = new Machine({ memoryMiB: 512, console: (b) => out.push(Uint8Array.from(b)), semihostingConsole: () => {} });
  m.loadKernelFile(ELF);
  const t0 = process.hrtime.bigint();
  const stop = m.run({ maxInstructions: 4e9 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (stop.kind !== 'exit' || stop.status !== 0) throw new Error(`poll_wait did not finish: ${JSON.stringify(stop)}`);
  return { seconds, insns: m.instructions, skippedNs: m.polledNs, out: Buffer.concat(out).toString('latin1') };
}

function qemu(): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('qemu-system-aarch64', ['-M', 'virt', '-cpu', 'cortex-a57', '-m', '512', '-nographic', '-semihosting', '-kernel', ELF], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  if (r.status !== 0) throw new Error(`qemu: status ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const runs = Array.from({ length: RUNS }, ours);
const first = runs[0];
if (runs.some((r) => r.insns !== first.insns || r.out !== first.out)) throw new Error('poll_wait: runs differ (not deterministic)');
console.log(`a64dbg poll_wait.elf: ${first.insns.toLocaleString('en')} instructions, ${(first.skippedNs / 1e9).toFixed(3)} guest s skipped by busy-wait detection; wall s min/median/max ${fmtStats(runs.map((r) => r.seconds), 2)}`);
const haveQemu = !args.includes('--no-qemu') && spawnSync('qemu-system-aarch64', ['--version']).status === 0;
if (haveQemu) {
  const q = Array.from({ length: RUNS }, qemu);
  const ratio = stats(runs.map((r) => r.seconds))[1] / stats(q)[1];
  console.log(`qemu-system-aarch64 same ELF (real time): wall s min/median/max ${fmtStats(q, 2)}; a64dbg / QEMU (medians) ${ratio.toFixed(2)}x (target <= 2)`);
}
