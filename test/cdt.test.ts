// Eclipse CDT's own debug adapter against a64dbg: cdt-gdb-adapter (Eclipse CDT Cloud; the adapter
// behind Theia and the CDT GDB extension for VS Code, debugger type "gdbtarget") driven over the
// Debug Adapter Protocol as an IDE drives it, with gdb-multiarch as its gdb. The sessions use the
// configurations shipped in gdb/vscode/launch.json as they are, only with a free port instead of
// 1234 and ${workspaceFolder} expanded; gdb/eclipse/*.launch (Eclipse CDT "GDB Hardware
// Debugging") must name the same gdb, host:port and symbol files.
//
// bench.elf (firmware/src/bench.c + common/bench_core.h, built with -g and call-frame info):
// attach to a64dbg held by -S, source breakpoint, stack, locals, registers, instruction steps,
// step in/next/step out, pause while running, disconnect, and a second session on the
// still-running emulator. Then the "launch" configuration, in which the adapter starts a64dbg
// itself. On Linux (the default guest from `npm run guest` + .cache/vmlinux/vmlinux from
// scripts/fetch-vmlinux.sh): function breakpoint on start_kernel with the MMU still off, stack,
// disassembly, registers, a source breakpoint in setup_arch (arch/arm64/kernel/setup.c).
// Skipped (with a note) without gdb-multiarch, and the Linux part without the guest or vmlinux.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { defaultGuest } from '../src/guest/images.ts';

const REPO = resolve(import.meta.dirname, '..');
const ADAPTER = createRequire(import.meta.url).resolve('cdt-gdb-adapter/dist/debugTargetAdapter.js');
const LAUNCH_JSON = join(REPO, 'gdb/vscode/launch.json');
const ECLIPSE_DIR = join(REPO, 'gdb/eclipse');
const ELF = 'firmware/bin/bench.elf';
const CORE = join(REPO, 'firmware/common/bench_core.h');
const VMLINUX = join(REPO, '.cache/vmlinux/vmlinux');
const haveGdb = spawnSync('gdb-multiarch', ['--version']).status === 0;

// The configurations test/cdt.test.ts uses, by name (gdb/README.md describes them).
const ATTACH_BENCH = 'a64dbg: attach to firmware/bin/bench.elf';
const LAUNCH_BENCH = 'a64dbg: boot firmware/bin/bench.elf and debug it';
const ATTACH_LINUX = 'a64dbg: attach to Linux (.cache/vmlinux/vmlinux)';

/** 1-based number of the line of `file` that contains `text` (exactly one must). */
function lineOf(file: string, text: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(text) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`${file}: ${hits.length} lines contain '${text}'`);
  return hits[0];
}

// ---- Launch configurations ---------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type LaunchConfig = { [k: string]: Json } & { name: string; type: string; request: string };

function launchConfigs(): LaunchConfig[] {
  return (JSON.parse(readFileSync(LAUNCH_JSON, 'utf8')) as { configurations: LaunchConfig[] }).configurations;
}

/** Configuration `name` of launch.json with ${workspaceFolder} expanded and port 1234 replaced by `port`. */
function resolvedConfig(name: string, port: number): LaunchConfig {
  const c = launchConfigs().find((x) => x.name === name);
  if (!c) throw new Error(`${LAUNCH_JSON}: no configuration '${name}'`);
  const sub = (v: Json): Json => typeof v === 'string' ? v.replaceAll('${workspaceFolder}', REPO).replace(/^(127\.0\.0\.1:)?1234$/, (_m, h: string | undefined) => `${h ?? ''}${port}`)
    : Array.isArray(v) ? v.map(sub) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sub(x)])) : v;
  return sub(c) as LaunchConfig;
}

/**
 * An Eclipse .launch file: <launchConfiguration type=...> holding string/int/boolean attributes,
 * listAttribute (listEntry values) and mapAttribute (mapEntry key/value). Throws on anything else
 * or on unbalanced tags.
 */
function parseEclipseLaunch(xml: string): { type: string; attrs: Map<string, string | number | boolean | string[] | Record<string, string>> } {
  const unescape = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
  const body = xml.replace(/^\uFEFF?<\?xml [^?]*\?>\s*/, '');
  const tags = [...body.matchAll(/<(\/?)([A-Za-z]+)((?:\s+[A-Za-z_.]+="[^"<]*")*)\s*(\/?)>|([^<]+)/g)];
  if (tags.reduce((n, t) => n + t[0].length, 0) !== body.length) throw new Error('not a plain launch file (comments, CDATA or stray characters)');
  const attrs = new Map<string, string | number | boolean | string[] | Record<string, string>>();
  const stack: string[] = [];
  let type = '';
  let list: string[] | undefined, map: Record<string, string> | undefined;
  for (const [whole, close, tag, rawAttrs, selfClose, text] of tags) {
    if (text !== undefined) { if (text.trim()) throw new Error(`unexpected text '${text.trim()}'`); continue; }
    const a = Object.fromEntries([...rawAttrs.matchAll(/([A-Za-z_.]+)="([^"]*)"/g)].map((m) => [m[1], unescape(m[2])]));
    if (close) { if (stack.pop() !== tag) throw new Error(`unbalanced </${tag}>`); continue; }
    const parent = stack[stack.length - 1];
    if (tag === 'launchConfiguration' && stack.length === 0 && !selfClose) { type = a.type; stack.push(tag); continue; }
    if (parent === 'launchConfiguration' && /^(string|int|boolean)Attribute$/.test(tag) && selfClose && a.key && a.value !== undefined) {
      attrs.set(a.key, tag === 'intAttribute' ? Number(a.value) : tag === 'booleanAttribute' ? a.value === 'true' : a.value);
    } else if (parent === 'launchConfiguration' && tag === 'listAttribute' && !selfClose && a.key) {
      attrs.set(a.key, list = []); stack.push(tag);
    } else if (parent === 'launchConfiguration' && tag === 'mapAttribute' && !selfClose && a.key) {
      attrs.set(a.key, map = {}); stack.push(tag);
    } else if (parent === 'listAttribute' && tag === 'listEntry' && selfClose && a.value !== undefined) {
      list!.push(a.value);
    } else if (parent === 'mapAttribute' && tag === 'mapEntry' && selfClose && a.key && a.value !== undefined) {
      map![a.key] = a.value;
    } else {
      throw new Error(`unexpected ${whole}`);
    }
  }
  if (stack.length || !type) throw new Error('no complete <launchConfiguration>');
  return { type, attrs };
}

// ---- Processes -----------------------------------------------------------------------------------

/** A TCP port nobody listens on right now (a64dbg's --gdb takes no port 0). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => done(p)); });
  });
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function accepting(port: number): Promise<boolean> {
  return new Promise((done) => {
    const c = connect(port, '127.0.0.1');
    c.on('connect', () => { c.destroy(); done(true); });
    c.on('error', () => done(false));
  });
}

/** `a64dbg boot ...args --gdb 127.0.0.1:PORT -S`, as the README's "-s -S" but on a free port. */
interface Emulator { proc: ChildProcess; port: number; out(): string; err(): string; running(): boolean; stop(): Promise<void> }

async function startEmulator(bootArgs: string[]): Promise<Emulator> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['bin/a64dbg.js', 'boot', ...bootArgs, '--gdb', `127.0.0.1:${port}`, '-S'],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '', err = '';
  proc.stdout!.on('data', (b: Buffer) => { out += b.toString('latin1'); });
  proc.stderr!.on('data', (b: Buffer) => { err += b.toString('latin1'); });
  const closed = new Promise<void>((r) => proc.on('close', () => r()));
  const running = () => proc.exitCode === null && proc.signalCode === null;
  const t0 = Date.now();
  while (!err.includes('gdb server on') && running() && Date.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 50));
  if (!err.includes('gdb server on')) { proc.kill(); throw new Error(`a64dbg did not listen: ${err}`); }
  return {
    proc, port, out: () => out, err: () => err, running,
    async stop() { if (running()) proc.kill(); await closed; },
  };
}

/**
 * A Debug Adapter Protocol client over the adapter's stdin/stdout: Content-Length framing,
 * requests matched to responses by request_seq, events kept in arrival order until taken.
 */
interface DapMessage { type: string; seq: number; command?: string; event?: string; request_seq?: number; success?: boolean; message?: string; body?: any }

class DapClient {
  readonly proc: ChildProcess;
  /** Requests, responses, events and the adapter's output, for failure messages. */
  readonly log: string[] = [];
  private seq = 1;
  private inbox = Buffer.alloc(0);
  private readonly pending = new Map<number, (m: DapMessage) => void>();
  private readonly events: DapMessage[] = [];
  private wake: (() => void)[] = [];
  private readonly exited: Promise<void>;
  /** Output events' text by category, as received (a64dbg's console arrives a few bytes at a time). */
  private readonly outputs = new Map<string, string>();

  constructor() {
    this.proc = spawn(process.execPath, [ADAPTER], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (b: Buffer) => this.receive(b));
    this.proc.stderr!.on('data', (b: Buffer) => this.log.push(`[adapter stderr] ${b}`));
    this.exited = new Promise((r) => this.proc.on('exit', () => r()));
  }

  private receive(b: Buffer): void {
    this.inbox = Buffer.concat([this.inbox, b]);
    for (;;) {
      const end = this.inbox.indexOf('\r\n\r\n');
      if (end < 0) return;
      const len = /Content-Length: *(\d+)/i.exec(this.inbox.subarray(0, end).toString('latin1'));
      if (!len) throw new Error(`DAP: header without Content-Length: ${this.inbox.subarray(0, end)}`);
      const size = Number(len[1]);
      if (this.inbox.length < end + 4 + size) return;
      const m = JSON.parse(this.inbox.subarray(end + 4, end + 4 + size).toString('utf8')) as DapMessage;
      this.inbox = this.inbox.subarray(end + 4 + size);
      if (m.type === 'response') {
        this.log.push(`< ${m.command} ${m.success ? 'ok' : `FAILED: ${m.message}`}`);
        this.pending.get(m.request_seq!)?.(m);
        this.pending.delete(m.request_seq!);
      } else if (m.type === 'event') {
        this.log.push(m.event === 'output' ? `[${m.body?.category ?? 'console'}] ${String(m.body?.output).trimEnd()}` : `event ${m.event} ${JSON.stringify(m.body ?? {})}`);
        if (m.event === 'output') { const c = m.body?.category ?? 'console'; this.outputs.set(c, (this.outputs.get(c) ?? '') + String(m.body?.output ?? '')); }
        this.events.push(m);
        for (const w of this.wake.splice(0)) w();
      }
    }
  }

  /** Sends a request; resolves with its response (failed ones too). */
  request(command: string, args?: object, ms = 30_000): Promise<DapMessage> {
    const seq = this.seq++;
    const json = JSON.stringify({ seq, type: 'request', command, arguments: args });
    this.log.push(`> ${command} ${JSON.stringify(args ?? {})}`);
    this.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`);
    return new Promise((done, fail) => {
      const timer = setTimeout(() => { this.pending.delete(seq); fail(new Error(`DAP '${command}': no response in ${ms} ms\n${this.tail()}`)); }, ms);
      this.pending.set(seq, (m) => { clearTimeout(timer); done(m); });
    });
  }

  /** Sends a request that must succeed; resolves with its body. */
  async ok(command: string, args?: object, ms?: number): Promise<any> {
    const r = await this.request(command, args, ms);
    if (!r.success) throw new Error(`DAP '${command}' failed: ${r.message}\n${this.tail()}`);
    return r.body;
  }

  /** Takes the oldest not yet taken event named `name` (waiting for it up to `ms`). */
  async event(name: string, ms = 30_000, match: (e: DapMessage) => boolean = () => true): Promise<DapMessage> {
    const t0 = Date.now();
    for (;;) {
      const i = this.events.findIndex((e) => e.event === name && match(e));
      if (i >= 0) return this.events.splice(i, 1)[0];
      const left = ms - (Date.now() - t0);
      if (left <= 0) throw new Error(`DAP: no '${name}' event in ${ms} ms\n${this.tail()}`);
      await new Promise<void>((r) => { const t = setTimeout(r, left); this.wake.push(() => { clearTimeout(t); r(); }); });
    }
  }

  /** The text of the output events so far, of one category or all. */
  output(category?: string): string {
    return category ? this.outputs.get(category) ?? '' : [...this.outputs.values()].join('');
  }

  /** Waits until the output text (of one category or all) matches `re`; returns the match. */
  async outputMatching(re: RegExp, category?: string, ms = 30_000): Promise<RegExpExecArray> {
    const t0 = Date.now();
    for (;;) {
      const m = re.exec(this.output(category));
      if (m) return m;
      if (Date.now() - t0 > ms) throw new Error(`DAP: no output matching ${re} in ${ms} ms\n${this.tail()}`);
      await new Promise<void>((r) => { const t = setTimeout(r, 200); this.wake.push(() => { clearTimeout(t); r(); }); });
    }
  }

  tail(n = 40): string {
    return this.log.filter((l) => !l.startsWith('[stdout]')).slice(-n).join('\n');
  }

  /** Closes the adapter's stdin and waits for it to exit, as an IDE ends a session (then kills it). */
  async close(): Promise<void> {
    this.proc.stdin!.end();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise<void>((r) => { timer = setTimeout(r, 3000); })]);
    clearTimeout(timer);
    if (this.proc.exitCode === null && this.proc.signalCode === null) { this.proc.kill('SIGKILL'); await this.exited; }
  }

  /** initialize + attach/launch (with a launch.json configuration) + the 'initialized' event. */
  async start(config: LaunchConfig, ms = 60_000): Promise<void> {
    await this.ok('initialize', { clientID: 'a64dbg-test', adapterID: config.type, pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true, supportsRunInTerminalRequest: false });
    await this.ok(config.request, config, ms);
    await this.event('initialized', ms);
  }

  async stack(threadId: number): Promise<Frame[]> {
    return (await this.ok('stackTrace', { threadId })).stackFrames as Frame[];
  }

  /** The variables of scope `scope` ('Local' or 'Registers') of a frame, name -> value. */
  async scope(frameId: number, scope: string): Promise<Map<string, string>> {
    const s = ((await this.ok('scopes', { frameId })).scopes as { name: string; variablesReference: number }[]).find((x) => x.name === scope);
    if (!s) throw new Error(`no scope '${scope}'`);
    const vars = (await this.ok('variables', { variablesReference: s.variablesReference })).variables as { name: string; value: string }[];
    return new Map(vars.map((v) => [v.name, v.value]));
  }

  /** A stepping/running request (or pause), its 'continued' event (but for pause) and the 'stopped' event that ends it. */
  async run(command: string, args: object, ms = 30_000): Promise<DapMessage> {
    await this.ok(command, args);
    if (command !== 'pause') await this.event('continued');
    return this.event('stopped', ms);
  }
}

interface Frame { id: number; name: string; line: number; source?: { path?: string; name?: string }; instructionPointerReference?: string }

const pcOf = (f: Frame) => BigInt(f.instructionPointerReference ?? 'NaN');
const where = (frames: Frame[]) => frames.map((f) => `${f.name}:${f.line}@${f.instructionPointerReference}`).join(' <- ');

/** Runs `body` with the sessions it opens closed and the emulator stopped afterwards; on failure, shows the DAP log. */
async function withSessions(emu: Emulator | undefined, body: (open: () => DapClient) => Promise<void>): Promise<void> {
  const sessions: DapClient[] = [];
  try {
    await body(() => { const s = new DapClient(); sessions.push(s); return s; });
  } catch (e) {
    for (const s of sessions) console.log(`---- DAP session log:\n${s.tail(80)}`);
    if (emu) console.log(`---- a64dbg stderr:\n${emu.err()}`);
    throw e;
  } finally {
    for (const s of sessions) await s.close();
    await emu?.stop();
  }
}

// ---- The shipped configurations ------------------------------------------------------------------

test('gdb/vscode/launch.json and gdb/eclipse/*.launch: the same gdb, host:port and symbol files', () => {
  const configs = launchConfigs();
  for (const name of [ATTACH_BENCH, LAUNCH_BENCH, ATTACH_LINUX]) assert.ok(configs.some((c) => c.name === name), `launch.json has '${name}'`);
  for (const c of configs) {
    assert.is(c.type, 'gdbtarget', `${c.name}: the CDT GDB extension's remote-target type`);
    assert.is(c.gdb, 'gdb-multiarch', `${c.name}: gdb`);
    const target = c.target as { [k: string]: Json };
    assert.is(target.type, 'remote', `${c.name}: target remote`);
    if (c.request === 'attach') {
      assert.is(target.host, 'localhost');
      assert.is(target.port, '1234', `${c.name}: a64dbg's -s port`);
    } else {
      const params = target.serverParameters as string[];
      assert.is(target.server, 'node');
      assert.equal(params.slice(0, 2), ['${workspaceFolder}/bin/a64dbg.js', 'boot']);
      assert.equal(params.slice(-3), ['--gdb', '127.0.0.1:1234', '-S']);
      assert.ok(new RegExp(target.serverPortRegExp as string).exec('a64dbg: gdb server on 127.0.0.1:1234 (waiting for gdb to continue)\n')?.[1] === '1234', 'serverPortRegExp finds the port in a64dbg\'s line');
      assert.ok(params.includes(String(c.program)), 'the server boots the program gdb reads symbols from');
    }
    assert.match(String(c.program), /^\$\{workspaceFolder\}\//);
    assert.ok(existsSync(String(c.program).replace('${workspaceFolder}', REPO)) || String(c.program).includes('.cache/'), `${c.program} is in the repository`);
  }
  // What the Eclipse files must say too: VS Code's gdb, host and port.
  const attach = configs.filter((c) => c.request === 'attach').map((c) => c.target as { host: string; port: string });
  const [gdb, host, port] = [configs[0].gdb, attach[0].host, Number(attach[0].port)];
  const files = readdirSync(ECLIPSE_DIR).filter((f) => f.endsWith('.launch'));
  assert.ok(files.length >= 2, 'Eclipse launch files');
  const programs = new Set<string>();
  for (const f of files) {
    const { type, attrs } = parseEclipseLaunch(readFileSync(join(ECLIPSE_DIR, f), 'utf8'));
    const a = (k: string) => attrs.get(`org.eclipse.cdt.debug.gdbjtag.core.${k}`);
    assert.is(type, 'org.eclipse.cdt.debug.gdbjtag.launchConfigurationType', `${f}: GDB Hardware Debugging`);
    assert.is(attrs.get('org.eclipse.cdt.dsf.gdb.DEBUG_NAME'), gdb, `${f}: gdb`);
    assert.is(a('useRemoteTarget'), true);
    assert.is(a('jtagDeviceId'), 'org.eclipse.cdt.debug.gdbjtag.core.jtagdevice.genericDevice', `${f}: Generic TCP/IP`);
    assert.is(a('ipAddress'), host);
    assert.is(a('portNumber'), port);
    assert.is(a('connection'), `gdb:${host}:${port}#`, `${f}: the connection URI says the same`);
    assert.is(a('loadImage'), false, `${f}: a64dbg loads the program itself`);
    assert.is(a('loadSymbols'), true);
    assert.is(a('useProjBinaryForSymbols'), true);
    assert.is(a('doReset'), false);
    assert.is(attrs.get('org.eclipse.cdt.dsf.gdb.NON_STOP'), false, `${f}: all-stop (the stub has no non-stop mode)`);
    assert.is(attrs.get('org.eclipse.cdt.launch.PROJECT_ATTR'), 'a64dbg');
    programs.add(String(attrs.get('org.eclipse.cdt.launch.PROGRAM_NAME')));
  }
  const vscodePrograms = new Set(configs.map((c) => String(c.program).replace('${workspaceFolder}/', '')));
  assert.equal([...programs].sort(), [...vscodePrograms].sort(), 'Eclipse and VS Code configurations debug the same files (project-relative)');
});

// ---- bench.elf -------------------------------------------------------------------------------------

if (!haveGdb) {
  console.log('cdt.test.ts: sessions skipped: gdb-multiarch is not installed (apt-get install gdb-multiarch)');
} else {
  test('cdt-gdb-adapter attach: source breakpoint, stack, locals, registers, stepi/next/step in/step out, pause, disconnect and reattach', async () => {
    // The interpreter: the pause below checks bench.elf still runs 500 ms after 'continue', and
    // under the JIT the whole benchmark takes ~0.6 s (CDT over the JIT is the Linux session's).
    const emu = await startEmulator(['--kernel', ELF, '--tier', 'interp']);
    const bpLine = lineOf(CORE, 'qsort_u32(work, 0, BENCH_N - 1);');
    const mainLine = lineOf(join(REPO, 'firmware/src/bench.c'), 'int main(void)');
    const qsortFirst = lineOf(CORE, 'while (lo < hi) {');
    const pivotLine = lineOf(CORE, 'u32 pivot = a[lo + (hi - lo) / 2];');
    const partitionLine = lineOf(CORE, 'while (i <= j) {');
    await withSessions(emu, async (open) => {
      const config = resolvedConfig(ATTACH_BENCH, emu.port);
      const dc = open();
      await dc.start(config);
      assert.match(dc.output(), new RegExp(`connected to remote target localhost:${emu.port}`));
      const bps = await dc.ok('setBreakpoints', { source: { path: CORE }, breakpoints: [{ line: bpLine }] });
      assert.equal(bps.breakpoints.map((b: { verified: boolean; line: number }) => [b.verified, b.line]), [[true, bpLine]], 'breakpoint verified at its line');
      // In attach mode the adapter resumes the target after configurationDone (as the IDE's "run").
      await dc.ok('configurationDone');
      await dc.event('continued');
      let stop = await dc.event('stopped');
      assert.is(stop.body.reason, 'breakpoint');
      const threads = (await dc.ok('threads')).threads as { id: number; name: string }[];
      assert.is(threads.length, 1, 'one vCPU, one thread');
      assert.match(threads[0].name, /CPU#/, 'the stub\'s thread name');
      const tid = stop.body.threadId as number;
      assert.is(tid, threads[0].id);

      // Stack: bench_main (inlined into main) at the breakpoint's line, main in bench.c.
      let frames = await dc.stack(tid);
      assert.equal(frames.map((f) => [f.name, f.line]), [['bench_main', bpLine], ['main', mainLine]], where(frames));
      assert.ok(frames[0].source?.path?.endsWith('firmware/common/bench_core.h'));
      assert.ok(frames[1].source?.path?.endsWith('firmware/src/bench.c'));
      const bpPc = pcOf(frames[0]);
      let locals = await dc.scope(frames[0].id, 'Local');
      assert.is(locals.get('r'), '0', 'first round');
      assert.is(locals.get('digest'), String(0xcbf29ce484222325n), 'digest before the first round');
      assert.is(locals.get('bad'), '0');
      assert.match(locals.get('name') ?? '', /"bench"/);
      const regs = await dc.scope(frames[0].id, 'Registers');
      for (const r of ['x0', 'x19', 'x30', 'sp', 'pc', 'cpsr', 'v0', 'v31', 'fpsr', 'fpcr']) assert.ok(regs.has(r), `register ${r}`);
      assert.is(BigInt(regs.get('pc')!), bpPc, 'pc register = the frame\'s address');
      assert.is(BigInt(regs.get('x19')!), 0xcbf29ce484222325n, 'digest lives in x19 (its location list)');
      assert.is(BigInt(regs.get('CurrentEL') ?? 'NaN'), 4n, 'system registers too: CurrentEL = EL1');

      // Instruction steps: two `mov`s, then stepi into the `bl qsort_u32`.
      stop = await dc.run('next', { threadId: tid, granularity: 'instruction' });
      assert.is(stop.body.reason, 'step');
      assert.is(pcOf((await dc.stack(tid))[0]), bpPc + 4n, 'nexti: one instruction');
      await dc.run('next', { threadId: tid, granularity: 'instruction' });
      assert.is(pcOf((await dc.stack(tid))[0]), bpPc + 8n);
      await dc.run('stepIn', { threadId: tid, granularity: 'instruction' });
      frames = await dc.stack(tid);
      assert.is(frames[0].name, 'qsort_u32', `stepi entered the call: ${where(frames)}`);
      assert.is(frames[0].line, qsortFirst);
      assert.equal(frames.slice(1).map((f) => f.name), ['bench_main', 'main']);
      const returnPc = pcOf(frames[1]);
      assert.is(returnPc, bpPc + 12n, 'caller frame at the return address (after the bl)');

      // Source-level steps inside qsort_u32, with its arguments and locals.
      await dc.run('next', { threadId: tid });
      assert.is((await dc.stack(tid))[0].line, pivotLine, 'next');
      await dc.run('next', { threadId: tid });
      frames = await dc.stack(tid);
      assert.equal([frames[0].name, frames[0].line], ['qsort_u32', partitionLine], 'next');
      locals = await dc.scope(frames[0].id, 'Local');
      for (const v of ['lo', 'hi', 'pivot', 'i', 'j']) assert.ok(locals.has(v), `qsort_u32 local ${v}`);
      assert.is(locals.get('lo'), '0');
      assert.is(locals.get('hi'), '4095');
      assert.is(locals.get('i'), '0');
      assert.is(locals.get('j'), '4095');

      // Step out: back in bench_main at the return address.
      stop = await dc.run('stepOut', { threadId: tid });
      assert.is(stop.body.reason, 'step');
      frames = await dc.stack(tid);
      assert.is(pcOf(frames[0]), returnPc, `finish returned to the caller: ${where(frames)}`);
      assert.ok(!frames.some((f) => f.name === 'qsort_u32') && frames[frames.length - 1].name === 'main', where(frames));

      // The breakpoint again in the next round; step in at the source level, step out.
      stop = await dc.run('continue', { threadId: tid });
      assert.is(stop.body.reason, 'breakpoint');
      frames = await dc.stack(tid);
      assert.equal([frames[0].name, frames[0].line], ['bench_main', bpLine]);
      assert.is((await dc.scope(frames[0].id, 'Local')).get('r'), '1', 'second round');
      await dc.run('stepIn', { threadId: tid });
      frames = await dc.stack(tid);
      assert.equal([frames[0].name, frames[0].line], ['qsort_u32', qsortFirst], `step in: ${where(frames)}`);
      await dc.run('stepOut', { threadId: tid });
      assert.is(pcOf((await dc.stack(tid))[0]), returnPc);

      // Pause while running (the adapter reports gdb's SIGINT stop as the reason).
      await dc.ok('setBreakpoints', { source: { path: CORE }, breakpoints: [] });
      await dc.ok('continue', { threadId: tid });
      await dc.event('continued');
      await new Promise((r) => setTimeout(r, 500));
      assert.ok(emu.running(), 'bench.elf still running');
      stop = await dc.run('pause', { threadId: tid });
      assert.is(stop.body.reason, 'SIGINT');
      frames = await dc.stack(tid);
      assert.is(frames[frames.length - 1].name, 'main', `paused inside main: ${where(frames)}`);
      const pausedPc = pcOf(frames[0]);

      // Disconnect: gdb lets go, the adapter ends, the emulator runs on (holding the guest).
      await dc.ok('disconnect', {});
      await dc.close();
      await new Promise((r) => setTimeout(r, 300));
      assert.ok(emu.running(), 'a64dbg is still running after the IDE disconnected');

      // A second session on the same emulator: where the first one left the guest, then on.
      const dc2 = open();
      await dc2.start(resolvedConfig(ATTACH_BENCH, emu.port));
      const t2 = ((await dc2.ok('threads')).threads as { id: number }[])[0].id;
      frames = await dc2.stack(t2);
      assert.is(pcOf(frames[0]), pausedPc, 'the guest is where the first session paused it');
      await dc2.ok('setBreakpoints', { source: { path: CORE }, breakpoints: [{ line: bpLine }] });
      await dc2.ok('configurationDone');
      stop = await dc2.event('stopped');
      assert.is(stop.body.reason, 'breakpoint');
      frames = await dc2.stack(t2);
      assert.equal([frames[0].name, frames[0].line, pcOf(frames[0])], ['bench_main', bpLine, bpPc]);
      assert.ok(Number((await dc2.scope(frames[0].id, 'Local')).get('r')) > 1, 'a later round');
      await dc2.ok('disconnect', {});
      assert.match(emu.out(), /^bench start: rounds=320 n=4096\n/, 'the guest ran under the adapter');
      assert.not.match(emu.out(), /bench done/, 'and did not run to its end');
    });
  });

  test('cdt-gdb-adapter launch: starts a64dbg itself (port from its "gdb server on" line), guest console as output, ends it on disconnect', async () => {
    const port = await freePort();
    const config = resolvedConfig(LAUNCH_BENCH, port);
    assert.ok((config.target as { serverParameters: string[] }).serverParameters.includes(`127.0.0.1:${port}`));
    const bpLine = lineOf(CORE, 'qsort_u32(work, 0, BENCH_N - 1);');
    await withSessions(undefined, async (open) => {
      const dc = open();
      await dc.start(config);
      assert.match(dc.output('server'), new RegExp(`gdb server on 127\\.0\\.0\\.1:${port} `), 'a64dbg\'s stderr, as server output');
      await dc.ok('setBreakpoints', { source: { path: CORE }, breakpoints: [{ line: bpLine }] });
      await dc.ok('configurationDone');
      const stop = await dc.event('stopped');
      assert.is(stop.body.reason, 'breakpoint');
      const frames = await dc.stack(stop.body.threadId);
      assert.equal([frames[0].name, frames[0].line], ['bench_main', bpLine]);
      await dc.outputMatching(/^bench start: rounds=320 n=4096\n/m, 'server', 60_000);
      await dc.ok('disconnect', {});
      await dc.outputMatching(/gdbserver (killed by signal SIGTERM|exited with code 0)/, 'server', 60_000);
      assert.not.ok(await accepting(port), 'the adapter ended the a64dbg it started');
    });
  });
}

// ---- Linux with symbols -----------------------------------------------------------------------------

const guest = defaultGuest();
if (haveGdb && (!guest || !existsSync(VMLINUX))) {
  console.log(`cdt.test.ts: Linux session skipped: ${!guest ? 'no default guest (npm run guest)' : 'no .cache/vmlinux/vmlinux (bash scripts/fetch-vmlinux.sh)'}`);
}
if (haveGdb && guest && existsSync(VMLINUX)) {
  test('cdt-gdb-adapter on Linux with vmlinux: function breakpoint on start_kernel, stack, disassembly, source breakpoint in setup_arch', async () => {
    const emu = await startEmulator(['--kernel', guest.kernel, '--initrd', guest.initrd, '--append', guest.append]);
    await withSessions(emu, async (open) => {
      const dc = open();
      await dc.start(resolvedConfig(ATTACH_LINUX, emu.port), 120_000);
      // Held at the first instruction with the MMU off: the breakpoint lives in the emulator, so a
      // kernel virtual address not mapped yet is fine.
      const fbp = await dc.ok('setFunctionBreakpoints', { breakpoints: [{ name: 'start_kernel' }] });
      assert.equal(fbp.breakpoints.map((b: { verified: boolean }) => b.verified), [true]);
      await dc.ok('configurationDone');
      let stop = await dc.event('stopped', 120_000);
      assert.is(stop.body.reason, 'function breakpoint');
      const tid = stop.body.threadId as number;
      let frames = await dc.stack(tid);
      assert.equal(frames.map((f) => f.name), ['start_kernel', '__primary_switched'], where(frames));
      assert.ok(frames[1].source?.path?.endsWith('arch/arm64/kernel/head.S') && frames[1].line > 0, `head.S: ${frames[1].source?.path}:${frames[1].line}`);
      // The disassembly view: kernel text read through the MMU, with symbols.
      const dis = await dc.ok('disassemble', { memoryReference: frames[0].instructionPointerReference, instructionCount: 16 });
      const insns = dis.instructions as { address: string; instruction: string; symbol?: string }[];
      assert.is(insns.length, 16);
      assert.is(BigInt(insns[0].address), pcOf(frames[0]));
      assert.equal([insns[0].instruction, insns[1].instruction], ['nop', 'nop'], 'the ftrace NOPs at the function start');
      assert.ok(insns.every((i) => i.symbol?.startsWith('start_kernel+')), 'symbolized');
      let regs = await dc.scope(frames[0].id, 'Registers');
      assert.is(BigInt(regs.get('SCTLR_EL1') ?? 'NaN') & 1n, 1n, 'MMU on at start_kernel');

      // A source breakpoint, with the file named as the vmlinux's DWARF names it (kernel sources
      // elsewhere: `set substitute-path`, gdb/README.md). The line comes from the Debug Console.
      await dc.ok('evaluate', { expression: '>info line setup_arch', context: 'repl', frameId: frames[0].id });
      const info = await dc.outputMatching(/Line (\d+) of "([^"]+)"/);
      const [line, file] = [Number(info[1]), info[2]];
      assert.is(file, 'arch/arm64/kernel/setup.c');
      await dc.ok('setFunctionBreakpoints', { breakpoints: [] });
      const sbp = await dc.ok('setBreakpoints', { source: { path: file }, breakpoints: [{ line }] });
      assert.equal(sbp.breakpoints.map((b: { verified: boolean; line: number }) => [b.verified, b.line]), [[true, line]]);
      stop = await dc.run('continue', { threadId: tid }, 120_000);
      assert.is(stop.body.reason, 'breakpoint');
      frames = await dc.stack(tid);
      assert.equal(frames.map((f) => f.name), ['setup_arch', 'start_kernel', '__primary_switched'], where(frames));
      assert.ok(frames[0].source?.path?.endsWith(file) && frames[0].line === line, where(frames));
      assert.ok(frames[1].source?.path?.endsWith('init/main.c') && frames[1].line > 0, `the call in start_kernel: ${where(frames)}`);
      assert.ok((await dc.scope(frames[0].id, 'Local')).has('cmdline_p'), 'setup_arch\'s argument');
      regs = await dc.scope(frames[0].id, 'Registers');
      assert.is(BigInt(regs.get('pc')!), pcOf(frames[0]));
      assert.is(BigInt(regs.get('CurrentEL') ?? 'NaN'), 4n, 'EL1');
      await dc.ok('disconnect', {});
    });
  });
}

test.run();
