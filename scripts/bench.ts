// `npm run bench`: guest MIPS of the interpreter on a CPU-bound bare-metal workload
// (firmware/bin/bench.elf: CRC32, checksums, sorting; ~360 M instructions), 3 runs,
// min/median/max. With qemu-system-aarch64 installed, QEMU's wall time on the same ELF
// is measured in the same run for the ratio. Targets live here, not in timed tests.

import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { Machine } from '../src/machine/machine.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const elfPath = args.find((a) => !a.startsWith('--')) ?? (quick ? 'firmware/bin/bench_small.elf' : 'firmware/bin/bench.elf');
const runsArg = args.find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Number(runsArg.slice(7)) : 3;
const TARGET_MIPS = 100;

function runOnce(elf: Uint8Array): { insns: number; seconds: number; output: string } {
  const chunks: Uint8Array[] = [];
  const m = new Machine({ memoryMiB: 512, console: (b) => chunks.push(b) });
  m.loadElf(elf);
  const t0 = process.hrtime.bigint();
  const stop = m.run({ maxInstructions: 20e9 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (stop.kind !== 'exit' || stop.status !== 0) throw new Error(`benchmark guest did not exit cleanly: ${JSON.stringify(stop)}`);
  return { insns: m.instructions, seconds, output: Buffer.concat(chunks).toString('latin1') };
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

const stats = (xs: number[]): [number, number, number] => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]];
};

const elf = readFileSync(elfPath);
const mips: number[] = [];
const secs: number[] = [];
let insns = 0;
for (let k = 0; k < RUNS; k++) {
  const r = runOnce(elf);
  insns = r.insns;
  secs.push(r.seconds);
  mips.push(r.insns / r.seconds / 1e6);
  console.log(`run ${k + 1}: ${r.insns} instructions in ${r.seconds.toFixed(2)} s = ${(r.insns / r.seconds / 1e6).toFixed(1)} MIPS`);
}
const [mn, md, mx] = stats(mips);
console.log(`interpreter (${elfPath}, ${insns} instructions): MIPS min ${mn.toFixed(1)} / median ${md.toFixed(1)} / max ${mx.toFixed(1)} (target >= ${TARGET_MIPS})`);
const q = args.includes('--no-qemu') ? undefined : qemuSeconds(elfPath);
if (q !== undefined) {
  const ours = stats(secs)[1];
  console.log(`qemu-system-aarch64 (TCG) same ELF: ${q.toFixed(2)} s wall (incl. start-up); a64dbg median ${ours.toFixed(2)} s; ratio ${(ours / q).toFixed(1)}x QEMU's time`);
} else {
  console.log('qemu-system-aarch64 not installed: no QEMU comparison');
}
