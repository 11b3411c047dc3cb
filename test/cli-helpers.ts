// Shared test helpers that spawn the real command line (bin/a64dbg.js) as a user runs it: run it
// to the end and collect its output, or start it under the GDB stub and wait for the stub.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..');
const CLI = join(REPO, 'bin/a64dbg.js');

export interface CliResult { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/**
 * Runs `node bin/a64dbg.js ...args` in the repository (stdin /dev/null, killed after 60 s) and
 * collects its output (latin1). opts.noGuest: A64DBG_GUEST_DIR points at an empty place, so there
 * is no default guest whatever this checkout has cached.
 */
export function runCli(args: string[], opts: { noGuest?: boolean } = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const env = opts.noGuest ? { ...process.env, A64DBG_GUEST_DIR: join(REPO, 'test', 'no-such-guest-dir') } : process.env;
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    const out: Buffer[] = [], err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (status, signal) => done({
      status, signal, stdout: Buffer.concat(out).toString('latin1'), stderr: Buffer.concat(err).toString('latin1'),
    }));
  });
}

/** `a64dbg boot ... --gdb unix:SOCK [-S]` running in the background (see spawnGdbEmulator). */
export interface GdbEmulator {
  proc: ChildProcess;
  /** The stub's Unix socket (in a temporary directory of its own). */
  sock: string;
  /** What it has printed so far. */
  stdout(): string;
  stderr(): string;
  /** Its exit status once it has closed. */
  done: Promise<number | null>;
  /** Waits until the stub listens ("gdb server on" on stderr); false after `ms` or if it exited first. */
  listening(ms: number): Promise<boolean>;
  /** Its exit status, or null if it was still running after `ms` (then it is killed). */
  exit(ms: number): Promise<number | null>;
  /** Kills it if it is still running and removes the socket's directory. */
  cleanup(): void;
}

/**
 * Starts `node bin/a64dbg.js boot ...bootArgs --gdb unix:SOCK -S` in the repository: the guest is
 * held at its first instruction until a debugger connects. stdin: 'ignore' (default: /dev/null,
 * input has ended) or 'pipe' (proc.stdin feeds the UART).
 */
export function spawnGdbEmulator(bootArgs: string[], opts: { stdin?: 'ignore' | 'pipe'; running?: boolean } = {}): GdbEmulator {
  const dir = mkdtempSync(join(tmpdir(), 'a64dbg-gdb-'));
  const sock = join(dir, 'gdb.sock');
  // opts.running: without -S, the guest runs until a client connects.
  const proc = spawn(process.execPath, ['bin/a64dbg.js', 'boot', ...bootArgs, '--gdb', `unix:${sock}`, ...(opts.running ? [] : ['-S'])],
    { cwd: REPO, stdio: [opts.stdin ?? 'ignore', 'pipe', 'pipe'] });
  let out = '', err = '';
  proc.stdout!.on('data', (b: Buffer) => { out += b.toString(); });
  proc.stderr!.on('data', (b: Buffer) => { err += b.toString(); });
  const done = new Promise<number | null>((r) => proc.on('close', (code) => r(code)));
  const running = () => proc.exitCode === null && proc.signalCode === null;
  return {
    proc, sock, done,
    stdout: () => out,
    stderr: () => err,
    async listening(ms) {
      const t0 = Date.now();
      while (!err.includes('gdb server on')) {
        if (!running() || Date.now() - t0 > ms) return false;
        await new Promise((r) => setTimeout(r, 50));
      }
      return true;
    },
    async exit(ms) {
      let timer: NodeJS.Timeout | undefined;
      const status = await Promise.race([done, new Promise<null>((r) => { timer = setTimeout(() => { proc.kill(); r(null); }, ms); })]);
      clearTimeout(timer);
      return status;
    },
    cleanup() {
      if (running()) proc.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
