// `npm run bench:boot`: the default guest from reset to the BusyBox prompt, with its command line
// (the manifest's: DEFAULT_APPEND, src/guest/recipe.ts) and with `cryptomgr.notests` added: guest
// instructions, wall seconds (3 runs, min/median/max), MIPS, RSS at the prompt; and, when qemu-system-aarch64 is installed,
// QEMU 7.2's wall seconds to the same prompt on the same kernel and initramfs in the same run.
// Reference instruction counts to the prompt (QEMU plugin): 922 M and 327 M.
// Options: --runs=N, --no-qemu.

import { spawn, spawnSync } from 'node:child_process';
import { Machine } from '../src/machine/machine.ts';
import { defaultGuest, missingGuestMessage } from '../src/guest/images.ts';
import { stats } from './bench-stats.ts';

const PROMPT = 'a64dbg:~# ';
const args = process.argv.slice(2);
const runsArg = args.find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Number(runsArg.slice(7)) : 3;
const TARGET_SECONDS = 15;

const guest = defaultGuest();
if (!guest) {
  console.error(missingGuestMessage());
  process.exit(1);
}

function bootToPrompt(append: string): { insns: number; seconds: number; rssMiB: number } {
  let tail = '';
  const m: Machine = new Machine({
    memoryMiB: 512, cmdline: append, log: () => {},
    console: (b) => {
      tail = (tail + Buffer.from(b).toString('latin1')).slice(-64);
      if (tail.includes(PROMPT)) m.requestStop('prompt');
    },
  });
  m.loadKernelFile(guest!.kernel, guest!.initrd, append);
  const t0 = process.hrtime.bigint();
  const stop = m.run({ maxInstructions: 4e9 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (stop.kind !== 'exit') throw new Error(`no prompt: ${JSON.stringify(stop)}`);
  return { insns: m.instructions, seconds, rssMiB: process.memoryUsage().rss / 2 ** 20 };
}

function qemuToPrompt(append: string): Promise<number | undefined> {
  return new Promise((done) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('qemu-system-aarch64', ['-M', 'virt,gic-version=3', '-cpu', 'cortex-a57', '-m', '512', '-smp', '1',
      '-nographic', '-kernel', guest!.kernel, '-initrd', guest!.initrd, '-append', append], { stdio: ['pipe', 'pipe', 'ignore'] });
    let tail = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); done(undefined); }, 180_000);
    child.stdout.on('data', (b: Buffer) => {
      tail = (tail + b.toString('latin1')).slice(-64);
      if (tail.includes(PROMPT)) {
        clearTimeout(timer);
        const s = Number(process.hrtime.bigint() - t0) / 1e9;
        child.kill('SIGKILL');
        done(s);
      }
    });
    child.on('error', () => { clearTimeout(timer); done(undefined); });
  });
}

const haveQemu = !args.includes('--no-qemu') && spawnSync('qemu-system-aarch64', ['--version']).status === 0;

for (const [label, append, refM] of [
  ['default', guest.append, 922],
  ['cryptomgr.notests', `${guest.append} cryptomgr.notests`, 327],
] as const) {
  const runs = Array.from({ length: RUNS }, () => bootToPrompt(append));
  const [mn, md, mx] = stats(runs.map((r) => r.seconds));
  const insns = runs[0].insns;
  console.log(`${label} ("${append}"): ${(insns / 1e6).toFixed(1)} M instructions to the prompt (reference ${refM} M, ` +
    `${(100 * (insns / 1e6 - refM) / refM).toFixed(1)}%); wall s min ${mn.toFixed(2)} / median ${md.toFixed(2)} / max ${mx.toFixed(2)}` +
    `${label === 'default' ? ` (target <= ${TARGET_SECONDS} s)` : ''}; ${(insns / md / 1e6).toFixed(1)} MIPS; RSS at the prompt ${Math.max(...runs.map((r) => r.rssMiB)).toFixed(0)} MiB (guest RAM 512 MiB)`);
  if (haveQemu) {
    const q = await qemuToPrompt(append);
    console.log(q === undefined ? '  QEMU did not reach the prompt' : `  qemu-system-aarch64 7.2 TCG: ${q.toFixed(2)} s; a64dbg/QEMU ${(md / q).toFixed(1)}x`);
  }
}
