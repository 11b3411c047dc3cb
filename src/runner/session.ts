// A scripted session with one guest: what a declarative script's steps do and what a TypeScript
// script gets as `vm`. It owns a Machine (restored from a snapshot or cold-booted), watches its
// console, and runs it in deterministic virtual time:
//
// - The console log is one string for the whole session (ash's ESC[6n cursor queries stripped);
//   `expect` searches it from a cursor and moves the cursor to the end of its match; `exec`
//   leaves the cursor at the start of its command's output, so a following `expect` searches
//   that output (and whatever came after it).
// - A pattern is tested as console bytes arrive, and the machine is stopped right after the byte
//   that completed the match (Machine.requestStop from the console sink), so where every later
//   input lands is the same on every run.
// - Timeouts are virtual: seconds of guest time (1 ns per instruction plus the idle time the
//   machine skips deterministically). A guest that idles with nothing armed to wake it can do
//   nothing more, so a wait ends there at once instead of at its timeout. A wall-clock deadline
//   guards the whole script.

import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Machine } from '../machine/machine.ts';
import type { StopReason } from '../hyp/trap.ts';
import { currentSpsr } from '../cpu/exceptions.ts';
import { readSnapshot, machineFromSnapshot, saveSnapshot, type SnapshotImage } from '../snapshot/snapshot.ts';
import { PROMPT_RE } from '../snapshot/prompt-cache.ts';
import { readSymbols, type SymbolTable } from './symbols.ts';
import type { Lane } from './lane.ts';
import { parseLocation } from './script.ts';

/** A step did not get what it waited for (or checked): the script fails here. */
export class StepFailure extends Error {
  constructor(message: string, readonly pattern?: string) {
    super(message);
  }
}

/** The script itself cannot run as written (a bad snapshot, a missing file): exit status 2. */
export class BadInputError extends Error {}

export interface BootOptions { kernel?: string; initrd?: string; append?: string; memoryMiB?: number }

export interface SessionOptions {
  /** The snapshot `restore` with no file restores (the cached prompt snapshot); made on demand. */
  defaultSnapshot?: () => Promise<string>;
  /** What `boot` with no files boots (the default guest). */
  guest?: { kernel: string; initrd?: string; append?: string; memoryMiB?: number };
  /** Restores into this process's reused machine instead of a new one (lane.ts). */
  lane?: Lane;
  /** Reads a snapshot (a worker passes one that keeps the decoded image for its next script). */
  loadImage?: (file: string) => Promise<SnapshotImage>;
  /** Default timeout of a step, ns of guest time (30 s). */
  timeoutNs?: number;
  /** performance.now() past which the script fails (the wall-clock guard). */
  wallDeadline?: number;
  /** Relative host paths (copy, restore, boot files, symbols) are relative to this folder. */
  baseDir?: string;
  /** Relative `save` files go here (the script's results folder). */
  outDir?: string;
  /** ELF whose symbols `break` and `check-reg` look names up in. */
  symbols?: string;
  /** How many of the last trap-layer exits to keep for a failure report (64). */
  trapLines?: number;
  /** Each step as it starts (a progress line). */
  onStep?: (what: string) => void;
}

export interface ExecResult {
  /** What the command printed (CR LF as LF), without the runner's markers or the prompt. */
  output: string;
  status: number;
}

export const DEFAULT_TIMEOUT_NS = 30e9;
/** Instructions per Machine.run() call between looks at the deadlines (~25 ms of work). */
const CHUNK = 1_000_000;
/** A new match is looked for in this much of the log's tail as each byte arrives (all of it at chunk ends). */
const WINDOW = 4096;
/** A panicking kernel gets this many instructions to print its backtrace before the step fails. */
const PANIC_GRACE = 50_000_000;
const CURSOR_QUERY = '\x1b[6n';
const MATCHED = 'a64dbg run: pattern matched';
/** Around each exec's output: `@@B1@@` before, `@@E1:STATUS@@` after (the tty's echo shows `@@%s@@`). Short: every byte typed costs the guest ~35k instructions of tty work. */
const MARK = '@@';
/** Base64 text per `copy` round trip: well under what the guest's tty buffers hold. */
const COPY_CHUNK = 32 * 1024;

interface Watch { re: RegExp; from: number; found?: { match: RegExpExecArray; index: number; end: number } }

type Outcome = 'matched' | 'timeout' | 'idle' | 'breakpoint' | 'exit';

/** Single quotes for the guest's shell. */
const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** A copy without the g and y flags: searches always start where the session says. */
const plain = (re: RegExp | string): RegExp => typeof re === 'string' ? new RegExp(re) : new RegExp(re.source, re.flags.replace(/[gy]/g, ''));

export class Session {
  /** Everything the guest printed this session, ESC[6n stripped (latin1: one char a byte). */
  console = '';
  /** Where `expect` searches from. */
  cursor = 0;
  /** What `exec` and `copy` wait for after a command. */
  prompt: RegExp = PROMPT_RE;
  private current: Machine | undefined;
  private poweredOff = false;
  private held = '';
  private watch: Watch | undefined;
  private panicAt: number | undefined;
  private seq = 0;
  private readonly breakpoints = new Set<bigint>();
  /** The PC a `continue` stopped at: the next run steps off it first. */
  private stoppedAt: bigint | undefined;
  private table: SymbolTable | undefined;
  private readonly traps: string[] = [];
  private trapNext = 0;
  private readonly opts: SessionOptions;

  constructor(opts: SessionOptions = {}) {
    this.opts = opts;
  }

  /** The machine; throws before the first boot or restore (every step makes one implicitly). */
  get machine(): Machine {
    if (!this.current) throw new StepFailure(this.poweredOff ? 'the guest has powered off' : 'no machine yet: boot or restore first');
    return this.current;
  }

  get hasMachine(): boolean { return this.current !== undefined; }

  /** The last trap-layer exits (`--trace traps` lines), oldest first. */
  trapLog(): string[] {
    const n = this.opts.trapLines ?? 64;
    return this.traps.length < n ? [...this.traps] : [...this.traps.slice(this.trapNext), ...this.traps.slice(0, this.trapNext)];
  }

  /** Console output since the cursor. */
  output(): string { return this.console.slice(this.cursor); }

  // ---- starting points --------------------------------------------------------------------------

  /** Cold-boots a kernel (default: the default guest). */
  async boot(o: BootOptions = {}): Promise<void> {
    this.opts.onStep?.('boot');
    const g = this.opts.guest;
    const kernel = o.kernel ? this.hostPath(o.kernel) : g?.kernel;
    if (!kernel) throw new BadInputError('boot: no kernel given and no default guest (run `npm run guest`)');
    const initrd = o.initrd ? this.hostPath(o.initrd) : o.kernel ? undefined : g?.initrd;
    const append = o.append ?? (o.kernel ? '' : g?.append ?? '');
    const m = new Machine({ memoryMiB: o.memoryMiB ?? g?.memoryMiB ?? 512, cmdline: append, ...this.sinks() });
    try {
      m.loadKernelFile(kernel, initrd, append);
    } catch (e) {
      throw new BadInputError(`boot: ${(e as Error).message}`);
    }
    this.attach(m);
  }

  /** Continues from a snapshot (default: the cached prompt snapshot of the default guest). */
  async restore(file?: string): Promise<void> {
    this.opts.onStep?.(`restore${file ? ` ${file}` : ''}`);
    let path: string;
    if (file) path = this.hostPath(file);
    else if (this.opts.defaultSnapshot) path = await this.opts.defaultSnapshot();
    else throw new BadInputError('restore: no snapshot file and no default guest');
    const image = await (this.opts.loadImage ?? readSnapshot)(path);
    this.attach(this.opts.lane ? this.opts.lane.take(image, this.sinks()) : machineFromSnapshot(image, this.sinks()));
  }

  // ---- console ----------------------------------------------------------------------------------

  async send(text: string): Promise<void> {
    this.opts.onStep?.(`send ${JSON.stringify(text)}`);
    (await this.ready()).uart.receive(text);
  }

  async sendline(text: string): Promise<void> {
    await this.send(text + '\n');
  }

  /** Waits for `re` in the output since the cursor; moves the cursor past the match. */
  async expect(re: RegExp | string, o: { timeout?: number } = {}): Promise<RegExpExecArray> {
    const pattern = plain(re);
    this.opts.onStep?.(`expect ${pattern}`);
    await this.ready();
    const found = await this.waitFor(pattern, this.cursor, this.deadline(o.timeout), `expect: no match for ${pattern}`);
    this.cursor = found.end;
    return found.match;
  }

  /**
   * Fails if `re` is in the output since the cursor, or appears within the next `for` seconds of
   * guest time. The cursor stays.
   */
  async expectNot(re: RegExp | string, o: { for?: number } = {}): Promise<void> {
    const pattern = plain(re);
    this.opts.onStep?.(`expect-not ${pattern}`);
    await this.ready();
    const deadline = this.machine.clock.now() + Math.round((o.for ?? 0) * 1e9);
    this.watch = { re: pattern, from: this.cursor };
    try {
      this.search(this.watch);
      if (!this.watch.found) await this.drive(deadline);
      const f = this.watch.found;
      if (f) throw new StepFailure(`unexpected output ${JSON.stringify(f.match[0])} matched ${pattern}`, String(pattern));
    } finally {
      this.watch = undefined;
    }
  }

  /**
   * Runs one shell command line and waits for the prompt after it. The line is wrapped so that
   * markers the tty's echo of it cannot contain bracket the output and carry `$?`; the command
   * goes through `eval` so a trailing `&` or `# comment` in it cannot swallow the end marker.
   * o.status: fail unless the command exits with this status ('any': never).
   */
  async exec(cmd: string, o: { timeout?: number; status?: number | 'any' } = {}): Promise<ExecResult> {
    this.opts.onStep?.(`exec ${cmd}`);
    await this.ready();
    const deadline = this.deadline(o.timeout);
    const r = await this.command(`eval ${shellQuote(cmd)}`, deadline, 'exec');
    if (o.status !== undefined && o.status !== 'any' && r.status !== o.status) {
      const out = r.output.length > 2000 ? `...${r.output.slice(-2000)}` : r.output;
      throw new StepFailure(`exec: '${cmd}' exited with status ${r.status}, expected ${o.status}; its output:\n${out}`);
    }
    return r;
  }

  /**
   * Copies a host file into the running guest over the console: gzip, base64 in lines, decoded by
   * BusyBox's `base64 -d` with the tty's echo off (in round trips of COPY_CHUNK, which the tty's
   * buffers always hold), gunzip, then checked with the guest's sha256sum.
   */
  async copy(hostFile: string, guestPath: string, o: { timeout?: number } = {}): Promise<void> {
    this.opts.onStep?.(`copy ${hostFile} ${guestPath}`);
    let data: Buffer;
    try {
      data = readFileSync(this.hostPath(hostFile));
    } catch (e) {
      throw new BadInputError(`copy: cannot read '${hostFile}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    await this.ready();
    const deadline = this.deadline(o.timeout);
    const want = createHash('sha256').update(data).digest('hex');
    const lines = gzipSync(data, { level: 9 }).toString('base64').match(/.{1,76}/g) ?? [];
    const chunks: string[] = [];
    for (const l of lines) {
      if (chunks.length === 0 || chunks[chunks.length - 1].length >= COPY_CHUNK) chunks.push('');
      chunks[chunks.length - 1] += l + '\n';
    }
    const tmp = `/tmp/.a64dbg-copy-${this.seq + 1}.gz`;
    for (let k = 0; k < chunks.length; k++) {
      // ^D at the start of a line: end of input for base64 (the tty is in canonical mode).
      const r = await this.command(`stty -echo; base64 -d ${k === 0 ? '>' : '>>'} ${tmp}`, deadline, 'copy', chunks[k] + '\x04', 'stty echo');
      if (r.status !== 0) throw new StepFailure(`copy: base64 -d in the guest failed (status ${r.status}): ${r.output.trim()}`);
    }
    const q = shellQuote(guestPath);
    const r = await this.command(`gunzip -c ${tmp} > ${q} && rm -f ${tmp} && sha256sum ${q}`, deadline, 'copy');
    const got = /^([0-9a-f]{64})\s/m.exec(r.output)?.[1];
    if (r.status !== 0 || got !== want) {
      throw new StepFailure(`copy: ${guestPath} in the guest ${got ? `has sha256 ${got}, the host file ${want}` : `could not be written (status ${r.status}): ${r.output.trim()}`}`);
    }
  }

  /** Writes a snapshot of the machine now (relative paths: in the script's results folder). */
  async save(file: string): Promise<string> {
    this.opts.onStep?.(`save ${file}`);
    const m = await this.ready();
    const path = resolve(this.opts.outDir ?? '.', file);
    mkdirSync(dirname(path), { recursive: true });
    await saveSnapshot(m, path);
    return path;
  }

  /** `poweroff -f` in the guest; the machine must then end with status 0. */
  async poweroff(o: { timeout?: number } = {}): Promise<void> {
    this.opts.onStep?.('poweroff');
    (await this.ready()).uart.receive('poweroff -f\n');
    const start = this.machine.clock.now(), deadline = this.deadline(o.timeout);
    const outcome = await this.drive(deadline, { exitOk: true });
    if (outcome !== 'exit') throw new StepFailure(`poweroff: the guest did not power off (${this.waited(outcome, start, deadline)})`);
  }

  // ---- debugger ---------------------------------------------------------------------------------

  /** Loads the symbols `break` and `check-reg` look names up in. */
  symbols(file: string): void {
    this.table = loadSymbols(this.hostPath(file));
  }

  /** An address, or SYMBOL[+OFFSET] looked up in the symbols. */
  address(where: bigint | string): bigint {
    if (typeof where === 'bigint') return BigInt.asUintN(64, where);
    const loc = parseLocation(where.trim(), (message) => { throw new BadInputError(message); });
    if (loc.address !== undefined) return loc.address;
    if (!this.table && this.opts.symbols) this.table = loadSymbols(this.hostPath(this.opts.symbols));
    if (!this.table) throw new BadInputError(`'${where}': no symbols loaded (a symbols step, --symbols, or vm.symbols())`);
    const v = this.table.get(loc.symbol!);
    if (v === undefined) throw new BadInputError(`unknown symbol '${loc.symbol}'`);
    return BigInt.asUintN(64, v + loc.offset);
  }

  async break(where: bigint | string): Promise<void> {
    const va = this.address(where);
    this.opts.onStep?.(`break ${typeof where === 'string' ? where : `0x${va.toString(16)}`}`);
    this.breakpoints.add(va);
    const m = await this.ready();
    m.cpus[0].addBreakpoint(va);
    this.opts.lane?.noteBreakpoint(m, va);
  }

  async delete(where: bigint | string): Promise<void> {
    const va = this.address(where);
    this.breakpoints.delete(va);
    (await this.ready()).cpus[0].removeBreakpoint(va);
  }

  /** Runs until a breakpoint; returns its PC. */
  async continue(o: { timeout?: number } = {}): Promise<bigint> {
    this.opts.onStep?.('continue');
    const m = await this.ready();
    const start = m.clock.now(), deadline = this.deadline(o.timeout);
    const outcome = await this.drive(deadline, { breakpoints: true });
    if (outcome !== 'breakpoint') throw new StepFailure(`continue: no breakpoint was hit (${this.waited(outcome, start, deadline)})`);
    this.stoppedAt = m.cpus[0].pc;
    return this.stoppedAt;
  }

  /** A register of vCPU 0: x0..x30, sp, pc, cpsr (lr = x30, fp = x29). */
  async reg(name: string): Promise<bigint> {
    const cpu = (await this.ready()).cpus[0];
    const n = name.toLowerCase();
    if (n === 'pc') return cpu.pc;
    if (n === 'sp') return cpu.getX(31);
    if (n === 'cpsr') return BigInt(currentSpsr(cpu.r) >>> 0);
    if (n === 'lr') return cpu.getX(30);
    if (n === 'fp') return cpu.getX(29);
    const x = /^x(\d+)$/.exec(n);
    if (!x || Number(x[1]) > 30) throw new BadInputError(`unknown register '${name}' (x0..x30, sp, pc, cpsr, lr, fp)`);
    return cpu.getX(Number(x[1]));
  }

  // ---- inside -----------------------------------------------------------------------------------

  private hostPath(p: string): string { return resolve(this.opts.baseDir ?? '.', p); }

  private deadline(timeoutSeconds?: number): number {
    const ns = timeoutSeconds !== undefined ? Math.round(timeoutSeconds * 1e9) : this.opts.timeoutNs ?? DEFAULT_TIMEOUT_NS;
    return this.machine.clock.now() + ns;
  }

  /** The machine, restoring the default snapshot first if there is none yet (an implicit `restore`). */
  private async ready(): Promise<Machine> {
    if (!this.current && !this.poweredOff) await this.restore();
    return this.machine;
  }

  private sinks() {
    return {
      console: (b: Uint8Array) => this.onConsole(b),
      trace: (line: string) => this.onTrace(line),
      log: (line: string) => this.onTrace(`a64dbg: ${line}`),
    };
  }

  private attach(m: Machine): void {
    this.current = m;
    this.poweredOff = false;
    this.panicAt = undefined;
    this.stoppedAt = undefined;
    this.held = '';
    this.cursor = this.console.length;
    for (const va of this.breakpoints) { m.cpus[0].addBreakpoint(va); this.opts.lane?.noteBreakpoint(m, va); }
  }

  private onTrace(line: string): void {
    const n = this.opts.trapLines ?? 64;
    if (this.traps.length < n) this.traps.push(line);
    else { this.traps[this.trapNext] = line; this.trapNext = (this.trapNext + 1) % n; }
  }

  private onConsole(bytes: Uint8Array): void {
    let text = this.held + Buffer.from(bytes).toString('latin1');
    if (text.includes(CURSOR_QUERY)) text = text.split(CURSOR_QUERY).join('');
    // A query split across two writes: hold its first bytes back until the rest shows.
    const cut = text.lastIndexOf('\x1b');
    this.held = cut >= 0 && CURSOR_QUERY.startsWith(text.slice(cut)) ? text.slice(cut) : '';
    if (this.held) text = text.slice(0, cut);
    if (!text) return;
    const before = this.console.length;
    this.console += text;
    if (this.panicAt === undefined && this.current &&
      this.console.slice(Math.max(0, before - 40)).includes('Kernel panic - not syncing')) {
      this.panicAt = this.current.instructions + PANIC_GRACE;
    }
    const w = this.watch;
    if (w && !w.found && w.re.test(this.console.slice(Math.max(w.from, this.console.length - WINDOW)))) {
      this.search(w); // the window may have cut a longer match's start: the match is the leftmost from the cursor
      if (w.found) this.current?.requestStop(MATCHED);
    }
  }

  private search(w: Watch): void {
    const m = w.re.exec(this.console.slice(w.from));
    if (m) w.found = { match: m, index: w.from + m.index, end: w.from + m.index + m[0].length };
  }

  /**
   * Runs the guest until `re` matches from `from` or the deadline; `failure` says what did not
   * happen. `start`: the virtual time the step began (its timeout counts from there).
   */
  private async waitFor(re: RegExp, from: number, deadline: number, failure: string, start = this.machine.clock.now()): Promise<NonNullable<Watch['found']>> {
    const w: Watch = { re, from };
    this.watch = w;
    try {
      this.search(w);
      const outcome = w.found ? 'matched' : await this.drive(deadline);
      if (!w.found) throw new StepFailure(`${failure} (${this.waited(outcome, start, deadline)})`, String(re));
      return w.found;
    } finally {
      this.watch = undefined;
    }
  }

  /**
   * How a wait that started at virtual `start` ended, for a failure message. A timeout says the
   * timeout (an idle guest's clock may have jumped past the deadline to its next timer).
   */
  private waited(outcome: Outcome, start: number, deadline: number): string {
    const end = outcome === 'timeout' ? deadline : this.current?.clock.now() ?? start;
    const s = `${guestSeconds(end - start)} s of guest time`;
    return outcome === 'idle' ? `the guest went idle waiting for input after ${s}` : `timed out after ${s}`;
  }

  /**
   * One shell command line (`body`), bracketed by markers printed by the guest: the tty's echo
   * of the line shows `%s` where the output shows the number. `input` is sent once the begin
   * marker shows (the shell is then no longer reading the line), `after` runs once the end marker
   * has taken `$?`. Returns the output between the markers and the status; the cursor moves to
   * the output's start.
   */
  private async command(body: string, deadline: number, step: string, input?: string, after?: string): Promise<ExecResult> {
    const m = this.machine;
    const start = m.clock.now();
    const id = ++this.seq;
    const line = `printf '${MARK}%s@@\\n' B${id};${body};printf '${MARK}%s:%s@@\\n' E${id} $?${after ? `;${after}` : ''}\n`;
    m.uart.receive(line);
    const begin = await this.waitFor(new RegExp(`${MARK}B${id}@@\\r?\\n`), this.cursor, deadline, `${step}: the shell did not start the command`, start);
    if (input !== undefined) m.uart.receive(input);
    const end = await this.waitFor(new RegExp(`${MARK}E${id}:(\\d+)@@`), begin.end, deadline, `${step}: the command did not finish`, start);
    await this.waitFor(this.prompt, end.end, deadline, `${step}: no shell prompt after the command`, start);
    this.cursor = begin.end;
    return { output: this.console.slice(begin.end, end.index).replace(/\r\n/g, '\n'), status: Number(end.match[1]) };
  }

  /**
   * Runs the machine until the watched pattern matched, a breakpoint (opts.breakpoints), the
   * guest ended (opts.exitOk; otherwise a failure), the deadline (virtual ns), or the guest idles
   * with nothing armed. Yields to the event loop between chunks (progress messages, IPC).
   */
  private async drive(deadline: number, opts: { breakpoints?: boolean; exitOk?: boolean } = {}): Promise<Outcome> {
    const m = this.machine;
    if (this.stoppedAt !== undefined) {
      // Resuming from a breakpoint: execute the instruction under it first.
      const at = this.stoppedAt;
      this.stoppedAt = undefined;
      if (m.cpus[0].pc === at) this.ended(m.step(), opts);
    }
    for (;;) {
      if (this.watch) {
        if (!this.watch.found) this.search(this.watch); // a match longer than WINDOW shows here
        if (this.watch.found) return 'matched';
      }
      if (this.opts.wallDeadline !== undefined && performance.now() > this.opts.wallDeadline) {
        throw new StepFailure('the script ran past its wall-clock guard (--wall-timeout)');
      }
      if (this.panicAt !== undefined && m.instructions >= this.panicAt) throw new StepFailure('the guest kernel panicked');
      const now = m.clock.now();
      if (now >= deadline) return 'timeout';
      let limit = m.instructions + Math.max(1, Math.min(CHUNK, Math.ceil(deadline - now)));
      if (this.panicAt !== undefined) limit = Math.min(limit, this.panicAt);
      // idleSleeps: an idle vCPU returns here instead of the machine jumping its clock to the next
      // timer by itself, which could be past the deadline, and then running on (a `sleep 5`
      // finishing under timeout=1). The jump is made here; the deadline is checked before any
      // further guest instruction runs. (Resuming, the machine moves time to at most that same
      // timer: nothing.)
      const stop = m.run({ maxInstructions: limit, inputOpen: true, idleSleeps: () => true });
      switch (stop.kind) {
        case 'limit': break;
        case 'pause':
          if (!stop.idle) break;
          m.settleIdle(); // no wall time into virtual time: the jump below is the whole wait
          if (stop.wakeAtNs === undefined) return 'idle';
          m.clock.skip(stop.wakeAtNs);
          break;
        case 'debug':
          if (stop.event === 'breakpoint' && opts.breakpoints) return 'breakpoint';
          this.ended(m.step(), opts); // a breakpoint outside `continue`: step over it
          break;
        default:
          if (stop.kind === 'exit' && stop.message === MATCHED) break;
          if (this.ended(stop, opts)) return 'exit';
      }
      await new Promise((r) => setImmediate(r));
    }
  }

  /** Whether `stop` ended the guest (allowed with opts.exitOk); a failure otherwise. */
  private ended(stop: StopReason, opts: { exitOk?: boolean }): boolean {
    if (stop.kind === 'exit' && stop.message !== MATCHED) {
      this.current = undefined;
      this.poweredOff = true;
      if (opts.exitOk && stop.status === 0) return true;
      throw new StepFailure(`the guest ended (status ${stop.status}${stop.message ? `: ${stop.message}` : ''})`);
    }
    if (stop.kind === 'fault') throw new StepFailure(`the guest stopped: ${stop.message}`);
    return false;
  }
}

/** Virtual ns as seconds for a message: 0.05, 1.5, 12.3 (a timeout=50ms reads as 0.05, not 0.1). */
function guestSeconds(ns: number): string {
  const s = ns / 1e9;
  return s >= 10 ? s.toFixed(1) : String(Number(s.toFixed(3)));
}

function loadSymbols(file: string): SymbolTable {
  try {
    return readSymbols(file);
  } catch (e) {
    throw new BadInputError((e as Error).message);
  }
}
