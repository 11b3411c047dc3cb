// Runs one script (declarative steps or a TypeScript default export) in a fresh Session and
// writes its artifacts: RESULTS/<script>/console.log always; on failure also failure.a64snap (the
// machine where it failed: `a64dbg boot --restore` it and attach gdb) and traps.log (the last
// trap-layer exits). Used in-process (-j 1) and by the worker processes alike.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'node:module';
import { readSnapshot, saveSnapshot, SnapshotFileError, type SnapshotImage } from '../snapshot/snapshot.ts';
import { LoadError } from '../machine/machine.ts';
import { Session, StepFailure, BadInputError } from './session.ts';
import type { RunContext, ScriptJob } from './prepare.ts';
import type { Step } from './script.ts';
import type { Lane } from './lane.ts';

export interface ScriptFailure {
  message: string;
  /** FILE:LINE of the failing step (of the script's own frame for a TypeScript script). */
  at?: string;
  /** The step's source line. */
  step?: string;
  /** The pattern waited for, if any. */
  pattern?: string;
  /** The last console lines. */
  console: string[];
}

export interface ScriptResult {
  index: number;
  file: string;
  ok: boolean;
  /** The script could not run as written (status 2): a bad snapshot, a TypeScript load error... */
  bad: boolean;
  ms: number;
  /** Instructions and virtual ns of the last machine at the end (equal on every run). */
  instructions: number;
  guestNs: number;
  failure?: ScriptFailure;
  /** Paths relative to the current folder. */
  artifacts: { console?: string; snapshot?: string; traps?: string };
}

export interface ExecuteHooks {
  /** Reads a snapshot; a worker keeps decoded images for its next scripts. */
  loadImage?: (file: string) => Promise<SnapshotImage>;
  /** This process's reused machine (lane.ts). */
  lane?: Lane;
  onStep?: (what: string) => void;
}

const CONSOLE_TAIL = 20;

/** The result of a script that never got to report one (its worker died, the runner failed). */
export function failedResult(job: ScriptJob, message: string, ms: number): ScriptResult {
  return {
    index: job.index, file: job.rel, ok: false, bad: false, ms, instructions: 0, guestNs: 0,
    failure: { message, console: [] }, artifacts: {},
  };
}

/** Snapshot images a process keeps decoded for its next scripts (a few: each holds the guest's RAM). */
export function imageCache(max = 2): (file: string) => Promise<SnapshotImage> {
  const images = new Map<string, Promise<SnapshotImage>>();
  return (file) => {
    let p = images.get(file);
    if (p) {
      images.delete(file); // most recently used last
    } else {
      p = readSnapshot(file);
      p.catch(() => images.delete(file));
    }
    images.set(file, p);
    while (images.size > max) images.delete(images.keys().next().value!);
    return p;
  };
}

/** Where a script's artifacts go: RESULTS/<its path>, with `..` segments made harmless. */
export function artifactDir(ctx: RunContext, rel: string): string {
  return join(ctx.resultsDir, rel.split('/').map((s) => (s === '..' ? '__' : s)).join('/'));
}

export async function executeScript(job: ScriptJob, ctx: RunContext, hooks: ExecuteHooks = {}): Promise<ScriptResult> {
  const t0 = performance.now();
  const outDir = artifactDir(ctx, job.rel);
  rmSync(outDir, { recursive: true, force: true }); // no stale failure snapshot from an earlier run
  mkdirSync(outDir, { recursive: true });
  const session = new Session({
    defaultSnapshot: async () => {
      if (!ctx.promptSnapshot) throw new BadInputError('no prompt snapshot of the default guest (run `npm run guest`)');
      return ctx.promptSnapshot;
    },
    guest: ctx.guest, loadImage: hooks.loadImage, timeoutNs: ctx.timeoutNs,
    // A TypeScript script may change its machine (vm.machine's sinks, tracing): it gets its own.
    lane: job.steps ? hooks.lane : undefined,
    wallDeadline: t0 + ctx.wallTimeoutMs, baseDir: dirname(job.file), outDir,
    symbols: ctx.symbols, trapLines: ctx.trapLines, onStep: hooks.onStep,
  });
  let failure: ScriptFailure | undefined;
  let bad = false;
  let current: Step | undefined;
  try {
    if (job.steps) {
      for (const step of job.steps) {
        current = step;
        await runStep(session, step, hooks);
      }
    } else {
      await runTypeScript(job.file, session);
    }
  } catch (e) {
    bad = e instanceof BadInputError || e instanceof SnapshotFileError || e instanceof LoadError || e instanceof ScriptLoadError;
    const err = e as Error;
    failure = {
      message: e instanceof StepFailure || bad ? err.message : String(err.stack ?? err),
      at: current ? `${job.rel}:${current.line}` : tsFrame(err, job),
      step: current?.source,
      pattern: e instanceof StepFailure ? e.pattern : undefined,
      console: tail(session.console, CONSOLE_TAIL),
    };
  }
  const artifacts: ScriptResult['artifacts'] = {};
  const cwd = process.cwd();
  const write = (name: string, data: string | Uint8Array): string => {
    const path = join(outDir, name);
    writeFileSync(path, data);
    return relative(cwd, path);
  };
  artifacts.console = write('console.log', Buffer.from(session.console, 'latin1'));
  if (failure) {
    artifacts.traps = write('traps.log', session.trapLog().map((l) => l + '\n').join(''));
    if (session.hasMachine) {
      const path = join(outDir, 'failure.a64snap');
      try {
        await saveSnapshot(session.machine, path);
        artifacts.snapshot = relative(cwd, path);
      } catch (e) {
        failure.message += ` (the failure snapshot could not be written: ${(e as Error).message})`;
      }
    }
  }
  const m = session.hasMachine ? session.machine : undefined;
  return {
    index: job.index, file: job.rel, ok: !failure, bad, ms: performance.now() - t0,
    instructions: m?.instructions ?? 0, guestNs: m?.clock.now() ?? 0, failure, artifacts,
  };
}

async function runStep(vm: Session, step: Step, hooks: ExecuteHooks): Promise<void> {
  const seconds = (ns: number | undefined): number | undefined => (ns === undefined ? undefined : ns / 1e9);
  switch (step.kind) {
    case 'boot': return vm.boot(step);
    case 'restore': return vm.restore(step.file);
    case 'send': return vm.send(step.text);
    case 'expect': await vm.expect(step.re, { timeout: seconds(step.timeoutNs) }); return;
    case 'expect-not': return vm.expectNot(step.re, { for: step.forNs / 1e9 });
    case 'exec': await vm.exec(step.cmd, { status: step.status, timeout: seconds(step.timeoutNs) }); return;
    case 'copy': return vm.copy(step.host, step.guest, { timeout: seconds(step.timeoutNs) });
    case 'save': await vm.save(step.file); return;
    case 'poweroff': return vm.poweroff({ timeout: seconds(step.timeoutNs) });
    case 'prompt': vm.prompt = step.re; return;
    case 'symbols': return; // resolved when the script was prepared: every address below is a number
    case 'break': return vm.break(step.where.address!);
    case 'delete': return vm.delete(step.where.address!);
    case 'continue': await vm.continue({ timeout: seconds(step.timeoutNs) }); return;
    case 'check-reg': {
      hooks.onStep?.(step.source);
      const got = await vm.reg(step.reg), want = step.value.address!;
      if ((got === want) !== (step.op === '==')) {
        throw new StepFailure(`${step.reg} is 0x${got.toString(16)}, expected ${step.op === '==' ? '' : 'anything but '}${step.value.text}` +
          (step.value.symbol ? ` (0x${want.toString(16)})` : ''));
      }
    }
  }
}

class ScriptLoadError extends Error {}

let hooksRegistered = false;

/** Registers script-hooks.mjs once per process. */
function registerScriptHooks(): void {
  if (hooksRegistered) return;
  register('./script-hooks.mjs', import.meta.url, { data: { apiUrl: new URL('../api.ts', import.meta.url).href, runnerUrl: import.meta.url } });
  hooksRegistered = true;
}

/** Imports a TypeScript script into this process (never a separate entry: see README) and runs its default export. */
async function runTypeScript(file: string, vm: Session): Promise<void> {
  let mod: { default?: unknown };
  try {
    const url = pathToFileURL(file).href;
    registerScriptHooks();
    mod = await import(url) as { default?: unknown };
  } catch (e) {
    throw new ScriptLoadError(`cannot load the script: ${(e as Error).message}`);
  }
  if (typeof mod.default !== 'function') throw new ScriptLoadError('the script has no default export `async (vm) => { ... }`');
  // What the script prints goes to stderr: stdout carries the TAP stream.
  const saved = { log: console.log, info: console.info };
  console.log = console.info = console.error;
  try {
    await (mod.default as (vm: Session) => unknown)(vm);
  } finally {
    Object.assign(console, saved);
  }
}

/** FILE:LINE of the innermost frame of the script itself in an error's stack. */
function tsFrame(e: Error, job: ScriptJob): string | undefined {
  const m = new RegExp(`${job.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`).exec(String(e.stack));
  return m ? `${job.rel}:${m[1]}` : undefined;
}

/** The last n lines of console text, CRs dropped. */
function tail(text: string, n: number): string[] {
  const lines = text.slice(-8192).replace(/\r/g, '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.slice(-n);
}
