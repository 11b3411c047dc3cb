// Records test/golden/linux/ptrace.out: the ptrace program (scripts/ptrace-program.ts: single
// steps, a hardware watchpoint and a hardware breakpoint through ptrace) on the cached guest
// (`npm run guest`) under QEMU 7.2 with the reference command (scripts/userland-qemu.ts). The
// program prints only counts and symbolic results, so test/ptrace-linux.test.ts can compare
// a64dbg's lines with these byte for byte.
//   node --import tsx scripts/make-ptrace-golden.ts

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultGuest, missingGuestMessage } from '../src/guest/images.ts';
import { spawn } from 'node:child_process';
import { PromptDriver } from '../src/guest/userland-session.ts';
import { QEMU, qemuArgs, qemuVersion } from './userland-qemu.ts';
import { GUEST_PATH, buildPtraceInitrd, missingCompiler, programLines } from './ptrace-program.ts';

const guest = defaultGuest();
if (!guest) { console.error(missingGuestMessage()); process.exit(1); }
const version = qemuVersion();
if (!version) { console.error('qemu-system-aarch64 not found'); process.exit(1); }
const noCc = missingCompiler();
if (noCc) { console.error(noCc); process.exit(1); }

const dir = mkdtempSync(join(tmpdir(), 'a64dbg-ptrace-'));
try {
  const initrd = buildPtraceInitrd(dir, guest.initrd);
  const s = await runQemu([...qemuArgs({ ...guest, initrd })], [`/${GUEST_PATH}`, 'poweroff -f'], 300_000);
  const out = programLines(s.console);
  if (s.timedOut || !out.includes('child exited')) {
    console.error(`QEMU run incomplete (timed out: ${s.timedOut}):\n${s.console.slice(-3000)}`);
    process.exit(1);
  }
  mkdirSync('test/golden/linux', { recursive: true });
  writeFileSync('test/golden/linux/ptrace.out', out);
  console.log(`${version}: wrote test/golden/linux/ptrace.out (${out.split('\n').length - 1} lines)`);
  process.stdout.write(out);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** QEMU with the BusyBox guest's prompt ('a64dbg:~# ', maybe followed by a cursor query), one line a prompt. */
function runQemu(args: string[], lines: string[], timeoutMs: number): Promise<{ console: string; timedOut: boolean }> {
  return new Promise((done) => {
    const child = spawn(QEMU, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const driver = new PromptDriver(lines, (text) => child.stdin.write(text), /a64dbg:~# (\x1b\[6n)?$/);
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => driver.feed(b.toString('latin1')));
    child.stdin.on('error', () => {});
    child.on('close', () => { clearTimeout(timer); done({ console: driver.all, timedOut }); });
  });
}
