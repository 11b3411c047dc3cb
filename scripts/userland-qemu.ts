// QEMU 7.2 running a guest with the reference command (-M virt,gic-version=3 -cpu cortex-a57
// -m 512 -smp 1 -nographic), driven over its console one prompt at a time (PromptDriver):
// shared by scripts/make-userland-goldens.ts and scripts/bench-workload.ts.

import { spawn, spawnSync } from 'node:child_process';
import type { GuestImages } from '../src/guest/images.ts';
import { PromptDriver } from '../src/guest/userland-session.ts';

export const QEMU = process.env.QEMU || 'qemu-system-aarch64';

/** `qemu-system-aarch64 --version`'s first line, or undefined when QEMU is not installed. */
export function qemuVersion(): string | undefined {
  const r = spawnSync(QEMU, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0].trim() : undefined;
}

export function qemuArgs(g: GuestImages): string[] {
  return ['-M', 'virt,gic-version=3', '-cpu', 'cortex-a57', '-m', '512', '-smp', '1', '-nographic',
    '-kernel', g.kernel, '-initrd', g.initrd, '-append', g.append];
}

export interface QemuSession {
  /** Everything QEMU printed on its console (latin1: one char per byte). */
  console: string;
  /** QEMU's exit status (0 after the guest powers off), null when it was killed. */
  status: number | null;
  timedOut: boolean;
  lines: number;
}

/**
 * Boots QEMU, types `lines` one prompt at a time, and resolves when QEMU exits (the last line
 * should power the guest off) or after `timeoutMs`. `onChunk` sees every console chunk with the
 * host time (ms, performance.now()) it arrived.
 */
export function runQemuLines(g: GuestImages, lines: readonly string[], opts: {
  timeoutMs: number;
  onChunk?: (text: string, ms: number) => void;
  /** Called every 250 ms with a way to type into the console (e.g. a Ctrl-C after a timeout). */
  onTick?: (type: (text: string) => void) => void;
}): Promise<QemuSession> {
  return new Promise((done, reject) => {
    const child = spawn(QEMU, qemuArgs(g), { stdio: ['pipe', 'pipe', 'pipe'] });
    const driver = new PromptDriver(lines, (text) => child.stdin.write(text));
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, opts.timeoutMs);
    const ticker = opts.onTick ? setInterval(() => opts.onTick!((t) => child.stdin.write(t)), 250) : undefined;
    let err = '';
    child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
    child.stdout.on('data', (b: Buffer) => {
      const text = b.toString('latin1');
      opts.onChunk?.(text, performance.now());
      driver.feed(text);
    });
    child.stdin.on('error', () => {}); // QEMU gone before we finished typing: reported by the caller
    child.on('error', (e) => { clearTimeout(timer); clearInterval(ticker); reject(e); });
    child.on('close', (status) => {
      clearTimeout(timer);
      clearInterval(ticker);
      if (err.trim() && status !== 0 && !timedOut) process.stderr.write(err);
      done({ console: driver.all, status, timedOut, lines: driver.sent });
    });
  });
}
