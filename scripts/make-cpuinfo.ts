// Records the `Features` line of /proc/cpuinfo that QEMU 7.2 shows for each CPU model a64dbg
// offers, as goldens for test/cpuinfo.test.ts:
//
//   node --import tsx scripts/make-cpuinfo.ts [model...]     (default: cortex-a57 max)
//     -> test/golden/cpuinfo/<model>.txt   the line, e.g. "Features\t: fp asimd evtstrm ..."
//
// It boots the default guest (.cache/guest, `npm run guest`) under
//   qemu-system-aarch64 -M virt,gic-version=3 -cpu MODEL -m 512 -nographic
//     -kernel .cache/guest/Image -initrd .cache/guest/initramfs.cpio.gz -append "<manifest append>"
// types `grep -m1 Features /proc/cpuinfo` at the first shell prompt, then `poweroff -f`.
// CI does not run this; the test only reads the committed goldens.

import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { defaultGuest, missingGuestMessage } from '../src/guest/images.ts';

const QEMU = process.env.QEMU ?? 'qemu-system-aarch64';
const PROMPT = 'a64dbg:~# ';
const OUT = 'test/golden/cpuinfo';
const TIMEOUT_MS = 120_000;

const guest = defaultGuest();
if (!guest) {
  console.error(`make-cpuinfo: ${missingGuestMessage()}`);
  process.exit(1);
}

function featuresUnderQemu(model: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const q = spawn(QEMU, [
      '-M', 'virt,gic-version=3', '-cpu', model, '-m', '512', '-nographic',
      '-kernel', guest!.kernel, '-initrd', guest!.initrd, '-append', guest!.append,
    ], { stdio: ['pipe', 'pipe', 'inherit'] });
    let all = '';
    let typed = 0;
    const timer = setTimeout(() => { q.kill(); reject(new Error(`${model}: no shell within ${TIMEOUT_MS / 1000} s`)); }, TIMEOUT_MS);
    q.stdout.on('data', (b: Buffer) => {
      all += b.toString('latin1');
      const prompts = all.split(PROMPT).length - 1;
      if (prompts > typed) {
        typed = prompts;
        if (typed === 1) q.stdin.write('grep -m1 Features /proc/cpuinfo\n');
        else if (typed === 2) q.stdin.write('poweroff -f\n');
      }
    });
    q.on('error', reject);
    q.on('exit', () => {
      clearTimeout(timer);
      const line = all.replace(/\r/g, '').split('\n').find((l) => /^Features\s*:/.test(l));
      if (line) resolve(line.trimEnd());
      else reject(new Error(`${model}: no Features line in the output:\n${all.slice(-2000)}`));
    });
  });
}

const models = process.argv.slice(2).length ? process.argv.slice(2) : ['cortex-a57', 'max'];
mkdirSync(OUT, { recursive: true });
for (const model of models) {
  const line = await featuresUnderQemu(model);
  writeFileSync(`${OUT}/${model}.txt`, line + '\n');
  console.log(`${model}: ${line}`);
}
