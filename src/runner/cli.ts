// `a64dbg run SCRIPT...`: check every script (status 2 and FILE:LINE before anything runs), pick
// this machine's shard, make the prompt snapshot once if a script restores it, run the scripts
// (-j N worker processes, each restoring the same snapshot; -j 1 in this process), print TAP in
// the sorted script order whatever order they finish in, the summary and --junit.
// Exit status: 0 all passed, 1 some failed, 2 a bad script or bad input.

import { existsSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Argv } from 'yargs';
import { defaultGuest, DEFAULT_APPEND } from '../guest/images.ts';
import { MIN_RAM_MIB, MAX_RAM_MIB, ramSizeError } from '../memory/layout.ts';
import { promptSnapshot } from '../snapshot/prompt-cache.ts';
import { writeFileAtomic } from '../snapshot/atomic-file.ts';
import { ScriptError } from './script.ts';
import { prepareScript, scriptName, type RunContext, type ScriptJob } from './prepare.ts';
import { executeScript, failedResult, imageCache, type ScriptResult } from './execute.ts';
import { inShard, resolveShard, ShardError } from './shard.ts';
import { Lane } from './lane.ts';
import { junitXml, summary, tapHeader, tapResult } from './report.ts';
import type { ToWorker, FromWorker } from './worker.ts';

export const STATUS_PASSED = 0;
export const STATUS_FAILED = 1;
export const STATUS_BAD = 2;

class BadRunInput extends Error {}

export interface RunArgs {
  scripts: string[];
  jobs?: number;
  shard?: string;
  'shard-total'?: string;
  results: string;
  junit?: string;
  timeout: number;
  'wall-timeout': number;
  symbols?: string;
  kernel?: string;
  initrd?: string;
  append?: string;
  memory: number;
}

/** The `run` command's options (src/cli/main.ts wires it in). */
export function runOptions(y: Argv): Argv<RunArgs> {
  return y
    .positional('scripts', { type: 'string', array: true, demandOption: true, describe: 'scripts (*.a64 declarative, *.ts TypeScript) or folders (their *.a64 and *.a64.ts, recursively)' })
    .option('jobs', { alias: 'j', type: 'number', describe: 'worker processes (default: the number of cores)' })
    .option('shard', { type: 'string', describe: 'run shard I of N (I/N, 1-based); default from CI_NODE_INDEX/CI_NODE_TOTAL or JOB_COMPLETION_INDEX' })
    .option('shard-total', { type: 'string', describe: 'the number of shards, with a Kubernetes Indexed Job\'s JOB_COMPLETION_INDEX (or A64DBG_SHARD_TOTAL)' })
    .option('results', { type: 'string', default: 'a64dbg-results', describe: 'artifacts folder: console logs; failure snapshots and trap logs of failed scripts' })
    .option('junit', { type: 'string', describe: 'also write a JUnit XML report to this file' })
    .option('timeout', { type: 'number', default: 30, describe: 'default step timeout, seconds of guest (virtual) time' })
    .option('wall-timeout', { type: 'number', default: 300, describe: 'wall-clock guard per script, seconds' })
    .option('symbols', { type: 'string', describe: 'ELF whose symbols break/check-reg steps name (e.g. .cache/vmlinux/vmlinux)' })
    .option('kernel', { type: 'string', describe: 'the guest to boot and restore: kernel Image (default: the default guest)' })
    .option('initrd', { type: 'string', describe: 'its initramfs' })
    .option('append', { type: 'string', describe: `its command line (default with --kernel: ${DEFAULT_APPEND})` })
    .option('memory', { alias: 'm', type: 'number', default: 512, describe: `guest RAM in MiB (${MIN_RAM_MIB}..${MAX_RAM_MIB})` }) as unknown as Argv<RunArgs>;
}

export async function runCli(argv: RunArgs): Promise<void> {
  try {
    process.exitCode = await run(argv);
  } catch (e) {
    if (!(e instanceof BadRunInput || e instanceof ScriptError || e instanceof ShardError)) throw e;
    process.stderr.write(e instanceof ScriptError ? `${e.message}\n` : `a64dbg: ${e.message}\n`);
    process.exitCode = STATUS_BAD;
  }
}

async function run(argv: RunArgs): Promise<number> {
  const cwd = process.cwd();
  const bad = (message: string): never => { throw new BadRunInput(message); };
  const jobs = argv.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) bad(`bad -j value '${argv.jobs}': a number of worker processes, 1 or more`);
  if (!(argv.timeout > 0)) bad(`bad --timeout '${argv.timeout}': seconds of guest time`);
  if (!(argv['wall-timeout'] > 0)) bad(`bad --wall-timeout '${argv['wall-timeout']}': seconds`);
  const ramBad = ramSizeError(argv.memory);
  if (ramBad !== undefined) bad(`bad --memory '${argv.memory}': ${ramBad}`);
  const file = (p: string | undefined, what: string): string | undefined => {
    if (p === undefined) return undefined;
    if (!existsSync(p)) bad(`${what} '${p}' not found`);
    return resolve(p);
  };
  let guest: RunContext['guest'];
  if (argv.kernel) {
    guest = { kernel: file(argv.kernel, '--kernel')!, initrd: file(argv.initrd, '--initrd'), append: argv.append ?? DEFAULT_APPEND, memoryMiB: argv.memory };
  } else {
    if (argv.initrd || argv.append !== undefined) bad('--initrd and --append go with --kernel');
    const g = defaultGuest();
    if (g) guest = { ...g, memoryMiB: argv.memory };
  }
  const shard = resolveShard(argv.shard, argv['shard-total'], process.env);
  const ctx: RunContext = {
    resultsDir: resolve(argv.results), timeoutNs: Math.round(argv.timeout * 1e9), wallTimeoutMs: argv['wall-timeout'] * 1000,
    symbols: file(argv.symbols, '--symbols'), guest, trapLines: 64,
  };

  // Every script is checked, whichever shard it is in: a bad script fails every shard alike.
  const files = [...new Set(argv.scripts.flatMap((p) => expand(p, bad)))]
    .sort((a, b) => (scriptName(a, cwd) < scriptName(b, cwd) ? -1 : 1));
  const errors: string[] = [];
  const all: ScriptJob[] = [];
  for (const f of files) {
    try {
      all.push(prepareScript(f, 0, cwd, ctx));
    } catch (e) {
      if (!(e instanceof ScriptError)) throw e;
      errors.push(e.message);
    }
  }
  if (errors.length) bad(`${errors.length} bad script${errors.length > 1 ? 's' : ''}:\n${errors.join('\n')}`);
  const selected = all.filter((j) => inShard(j.rel, shard)).map((j, k) => ({ ...j, index: k }));

  if (selected.some((j) => j.needsPrompt)) {
    const g = ctx.guest ?? bad('no default guest to restore: run `npm run guest` or give --kernel');
    try {
      ctx.promptSnapshot = await promptSnapshot(g, (line) => process.stderr.write(`a64dbg: ${line}\n`));
    } catch (e) {
      bad(`cannot make the prompt snapshot: ${(e as Error).message}`);
    }
  }

  const startedAt = new Date();
  const progress = new Progress(selected.length, process.stderr.isTTY === true);
  process.stdout.write(tapHeader(selected.length) + (shard ? `# shard ${shard.index}/${shard.total} (from ${shard.source}): ${selected.length} of ${all.length} scripts\n` : ''));
  const results: ScriptResult[] = [];
  let printed = 0;
  await runJobs(selected, ctx, Math.min(jobs, Math.max(1, selected.length)), {
    step: (job, what) => progress.step(job.rel, what),
    result: (r) => {
      results[r.index] = r;
      progress.done();
      // TAP in script order: print every finished result that has no unfinished one before it.
      while (printed < selected.length && results[printed]) {
        const line = tapResult(printed + 1, results[printed]);
        progress.around(() => process.stdout.write(line));
        printed++;
      }
    },
  });
  progress.clear();
  process.stdout.write(`# ${summary(results, shard)}\n`);
  if (argv.junit) {
    mkdirSync(dirname(resolve(argv.junit)), { recursive: true });
    writeFileAtomic(argv.junit, Buffer.from(junitXml(results, shard, startedAt)));
  }
  if (results.some((r) => r.bad)) return STATUS_BAD;
  return results.every((r) => r.ok) ? STATUS_PASSED : STATUS_FAILED;
}

/** A script file, or a folder's *.a64 and *.a64.ts files (recursively). */
function expand(p: string, bad: (m: string) => never): string[] {
  if (!existsSync(p)) bad(`script '${p}' not found`);
  if (!statSync(p).isDirectory()) return [resolve(p)];
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.a64') || /\.a64\.m?ts$/.test(e.name)) found.push(resolve(full));
    }
  };
  walk(p);
  if (found.length === 0) bad(`no scripts (*.a64, *.a64.ts) in '${p}'`);
  return found;
}

interface JobEvents {
  step(job: ScriptJob, what: string): void;
  result(r: ScriptResult): void;
}

/**
 * Runs the jobs on `workers` lanes: this process is one (declarative scripts only: a TypeScript
 * script stuck in its own JavaScript would stop the whole run, so those go to forked workers,
 * which the wall-clock guard can kill), and workers - 1 forked processes, all taking from one
 * queue. This process has its modules loaded and compiled already; a worker pays ~1 s to start.
 */
async function runJobs(jobs: ScriptJob[], ctx: RunContext, workers: number, on: JobEvents): Promise<void> {
  const queue = [...jobs];
  const loadImage = imageCache();
  const lane = new Lane();
  const inProcess = async (declarativeOnly: boolean): Promise<void> => {
    for (;;) {
      const k = declarativeOnly ? queue.findIndex((j) => j.steps !== undefined) : 0;
      if (k < 0 || k >= queue.length) return;
      const [job] = queue.splice(k, 1);
      on.result(await executeScript(job, ctx, { loadImage, lane, onStep: (what) => on.step(job, what) }));
    }
  };
  if (workers <= 1) return inProcess(false);
  const forked = forkWorkers(queue, ctx, workers - 1, on);
  await inProcess(true);
  await forked;
}

/** Forked worker processes taking jobs from `queue` until it is empty. */
function forkWorkers(queue: ScriptJob[], ctx: RunContext, workers: number, on: JobEvents): Promise<void> {
  const entry = join(dirname(fileURLToPath(import.meta.url)), 'worker.ts');
  // The worker is a .ts file: it needs tsx, which the parent may have registered through its API
  // (bin/a64dbg.js) rather than on the command line.
  const execArgv = process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', import.meta.resolve('tsx')];
  return new Promise<void>((allDone) => {
    let live = 0;
    const start = (): void => {
      const child: ChildProcess = fork(entry, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 2, 2, 'ipc'] });
      child.send({ warm: ctx.promptSnapshot } satisfies ToWorker); // it says 'ready' when warm
      // Below this process while it starts: its start-up and warm-up use spare cores, never
      // this process's, which runs scripts meanwhile.
      try { if (child.pid) setPriority(child.pid, 10); } catch { /* not permitted: run as is */ }
      live++;
      let job: ScriptJob | undefined;
      let guard: NodeJS.Timeout | undefined;
      const next = (): void => {
        job = queue.shift();
        if (!job) { child.disconnect(); return; }
        // Beyond the script's own wall-clock guard: a script stuck in its own JavaScript.
        guard = setTimeout(() => child.kill('SIGKILL'), ctx.wallTimeoutMs + 60_000);
        child.send({ job, ctx } satisfies ToWorker);
      };
      child.on('message', (msg: FromWorker) => {
        if (msg.type === 'ready') { next(); return; } // warmed up: its first job (the queue may be empty by now)
        if (msg.type === 'step') { if (job) on.step(job, msg.what); return; }
        clearTimeout(guard);
        job = undefined;
        on.result(msg.result);
        next();
      });
      child.on('exit', (code, signal) => {
        clearTimeout(guard);
        live--;
        if (job) {
          on.result(failedResult(job, signal === 'SIGKILL' ? 'the script ran past its wall-clock guard and its worker was killed' : `its worker process ended (${signal ?? `status ${code}`})`, ctx.wallTimeoutMs));
          if (queue.length) start(); // a replacement for the rest of the queue
        }
        if (live === 0) allDone();
      });
    };
    for (let k = 0; k < workers; k++) start();
  });
}

/** The progress line on a terminal (stderr): scripts done/total and the current step; nothing otherwise. */
class Progress {
  private doneCount = 0;
  private line = '';
  constructor(private readonly total: number, private readonly on: boolean) {}

  step(file: string, what: string): void {
    if (!this.on) return;
    this.line = `[${this.doneCount}/${this.total}] ${file}: ${what.replace(/\s+/g, ' ')}`;
    this.draw();
  }

  done(): void { this.doneCount++; }

  /** Writes something else to the terminal with the progress line out of the way. */
  around(write: () => void): void {
    this.clear();
    write();
    this.draw();
  }

  clear(): void { if (this.on) process.stderr.write('\r\x1b[K'); }

  private draw(): void {
    if (!this.on || !this.line) return;
    const width = Math.max(20, (process.stderr.columns ?? 80) - 1);
    process.stderr.write(`\r\x1b[K${this.line.slice(0, width)}`);
  }
}
