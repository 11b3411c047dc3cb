// Stepping through a kernel module after insmod. The default Debian kernel boots under the GDB
// stub (-S) with a variant of the default initramfs that also carries /lib/modules/a64dbg_hello.ko
// (firmware/module/, built by scripts/build-module.sh). Two channels are driven together:
//  - the console (the emulator's stdin is a pipe that feeds the PL011): at the shell prompt,
//    `insmod`, then `cat /sys/module/a64dbg_hello/sections/.text` gives where the module landed;
//  - gdb-multiarch in MI mode: interrupt, `add-symbol-file` (the copy without
//    __patchable_function_entries) at that address, `break a64dbg_hello.c:a64dbg_hello_work`, continue.
// Then `echo 3 > /sys/module/a64dbg_hello/parameters/run` makes the module call
// a64dbg_hello_work(3): gdb must stop there with n = 3, `next` through its loop, `stepi` into
// a64dbg_hello_step (whose source and arguments it then shows), `next` there, show both module
// frames and their caller in `bt`, `finish` with the return value, and continue; the console then
// shows the module's result (work(3) = 15), rmmod works and the guest powers off.
// Skipped (with a note) when gdb-multiarch, the guest images or the module are missing and the
// module cannot be built here (scripts/build-module.sh needs the network and the cross compiler);
// with $CI set, that is a failure instead.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultGuest, readGuestManifest } from '../src/guest/images.ts';
import { gzipDeterministic, memberType, readCpio, writeCpio, type CpioEntry } from '../src/guest/cpio.ts';
import { spawnGdbEmulator } from './cli-helpers.ts';

const REPO = resolve(import.meta.dirname, '..');
const PROMPT = 'a64dbg:~# ';
const APPEND = 'console=ttyAMA0 earlycon cryptomgr.notests';
const MODULE_JSON = join(REPO, '.cache/module/module.json');
const GUEST_KO = '/lib/modules/a64dbg_hello.ko';

interface ModuleBuild { kernel: string; version: string; ko: string; gdbKo: string }

/** The built module for the guest's kernel; builds it (scripts/build-module.sh) when missing or stale. */
function moduleForGuest(): { build?: ModuleBuild; why?: string } {
  const m = readGuestManifest(REPO);
  if (!m) return { why: 'no guest images (run `npm run guest`)' };
  const kernel = m.kernel.package.replace(/^linux-image-/, '');
  const read = (): ModuleBuild | undefined => {
    try {
      const b = JSON.parse(readFileSync(MODULE_JSON, 'utf8')) as ModuleBuild;
      if (b.kernel !== kernel || b.version !== m.kernel.version) return undefined;
      if (!existsSync(join(REPO, b.ko)) || !existsSync(join(REPO, b.gdbKo))) return undefined;
      return b;
    } catch { return undefined; }
  };
  let b = read();
  if (b) return { build: b };
  const t = Date.now();
  const r = spawnSync('bash', ['scripts/build-module.sh'], { cwd: REPO, encoding: 'utf8', timeout: 300_000 });
  console.log(`module.test.ts: scripts/build-module.sh took ${((Date.now() - t) / 1000).toFixed(1)} s (status ${r.status})`);
  b = read();
  if (b) return { build: b };
  const err = `${r.stderr ?? ''}${r.error ? String(r.error) : ''}`.trim().split('\n').filter(Boolean).pop() ?? `status ${r.status}`;
  return { why: `the module could not be built: ${err}` };
}

/** The default initramfs with the module added under /lib/modules, written to `file`. */
function initramfsWithModule(defaultInitrd: string, ko: Uint8Array, file: string): void {
  const members = readCpio(readFileSync(defaultInitrd));
  const entries: CpioEntry[] = members.map((m) => {
    const common = { path: m.name, mode: m.mode & 0o7777, uid: m.uid, gid: m.gid, mtime: m.mtime };
    const type = memberType(m);
    switch (type) {
      case 'file': return { ...common, type, data: m.data };
      case 'dir': return { ...common, type };
      case 'symlink': return { ...common, type, target: Buffer.from(m.data).toString('utf8') };
      case 'chardev': case 'blockdev': return { ...common, type, major: m.rdevmajor, minor: m.rdevminor };
      default: throw new Error(`initramfs member ${m.name} has an unexpected type (mode 0o${m.mode.toString(8)})`);
    }
  });
  const names = new Set(members.map((m) => m.name));
  for (const dir of ['lib', 'lib/modules']) if (!names.has(dir)) entries.push({ type: 'dir', path: dir });
  entries.push({ type: 'file', path: GUEST_KO, data: ko });
  writeFileSync(file, gzipDeterministic(writeCpio(entries)));
}

/** Text arriving on a stream, with waits for a pattern after a given position. */
class Watch {
  text = '';
  private waiters: (() => void)[] = [];
  private ended = false;
  constructor(stream: NodeJS.ReadableStream, private what: string) {
    stream.on('data', (b: Buffer) => { this.text += b.toString('latin1'); this.poke(); });
    stream.on('end', () => { this.ended = true; this.poke(); });
  }
  private poke(): void { const w = this.waiters; this.waiters = []; for (const f of w) f(); }
  /** Waits for `re` in the text from `from` on; returns the match and where it ends. */
  async until(re: RegExp, from: number, ms: number): Promise<{ m: RegExpExecArray; end: number }> {
    const deadline = Date.now() + ms;
    for (;;) {
      const m = re.exec(this.text.slice(from));
      if (m) return { m, end: from + m.index + m[0].length };
      if (this.ended) throw new Error(`${this.what} ended before ${re}; last output:\n${this.text.slice(-3000)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out (${ms} ms) waiting for ${re} from ${this.what}; last output:\n${this.text.slice(-3000)}`);
      await new Promise<void>((r) => { const t = setTimeout(r, Math.min(left, 1000)); this.waiters.push(() => { clearTimeout(t); r(); }); });
    }
  }
}

/** MI c-string -> text. */
function unquote(s: string): string {
  return s.replace(/\\(n|t|r|"|\\|e|\d{3})/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c === 'e' ? '\x1b' : /^\d/.test(c) ? String.fromCharCode(parseInt(c, 8)) : c);
}

/** gdb-multiarch --interpreter=mi2 over a pipe: one command at a time. */
class Mi {
  readonly out: Watch;
  private token = 100;
  constructor(readonly proc: ChildProcessWithoutNullStreams) { this.out = new Watch(proc.stdout, 'gdb'); }
  /** Sends a command and waits for its result record; returns it and the console text it printed. */
  async cmd(command: string, ms = 30_000): Promise<{ result: string; console: string; from: number }> {
    const tok = ++this.token;
    const from = this.out.text.length;
    this.proc.stdin.write(`${tok}${command}\n`);
    const { m, end } = await this.out.until(new RegExp(`^${tok}\\^(done|running|connected|error|exit)(,.*)?(?=\\r?\\n)`, 'm'), from, ms);
    const chunk = this.out.text.slice(from, end);
    const console = [...chunk.matchAll(/^~"(.*)"$/gm)].map((c) => unquote(c[1])).join('');
    if (m[1] === 'error') throw new Error(`gdb: ${command} -> ${m[0]}\n${console}`);
    return { result: m[0], console, from };
  }
  /** A CLI command through MI; its console output. */
  async cli(command: string, ms?: number): Promise<string> {
    return (await this.cmd(`-interpreter-exec console "${command.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`, ms)).console;
  }
  /** The first (complete) *stopped record after position `from`. */
  async stopped(from: number, ms = 60_000): Promise<string> {
    return (await this.out.until(/^\*stopped.*(?=\r?\n)/m, from, ms)).m[0];
  }
  /** An execution command (-exec-next, ...): waits for it to run and stop again. */
  async exec(command: string, ms = 60_000): Promise<string> {
    const { from } = await this.cmd(command, ms);
    return this.stopped(from, ms);
  }
}

const haveGdb = spawnSync('gdb-multiarch', ['--version']).status === 0;
const guest = defaultGuest();
const mod = haveGdb && guest ? moduleForGuest() : {};
const skip = !haveGdb ? 'gdb-multiarch is not installed (apt-get install gdb-multiarch)'
  : !guest ? 'no guest images (run `npm run guest`)'
    : mod.why;

if (skip) {
  if (process.env.CI) test('kernel module debugging prerequisites in CI', () => assert.unreachable(skip));
  else console.log(`module.test.ts skipped: ${skip}`);
} else {
  test('insmod a module, add-symbol-file at its .text, break in it, step through it, bt, continue', async () => {
    const g = guest!;
    const b = mod.build!;
    const dir = mkdtempSync(join(tmpdir(), 'a64dbg-module-'));
    const initrd = join(dir, 'initramfs-module.cpio.gz');
    const t0 = Date.now();
    const stamp = (what: string) => { if (process.env.SHOW) console.log(`  ${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`); };
    initramfsWithModule(g.initrd, readFileSync(join(REPO, b.ko)), initrd);

    const emu = spawnGdbEmulator(['--kernel', g.kernel, '--initrd', initrd, '--append', APPEND], { stdin: 'pipe' });
    const stdin = emu.proc.stdin!;
    const con = new Watch(emu.proc.stdout!, 'the emulator console');
    const err = new Watch(emu.proc.stderr!, 'the emulator stderr');
    let gdb: ChildProcessWithoutNullStreams | undefined;
    let mi: Mi | undefined;
    let at = 0; // console position after the last command's prompt
    /**
     * Waits for the shell prompt, types `line`, and returns what the command printed (up to the next
     * prompt). Keep lines short: ash wraps the echo at 80 columns (prompt included).
     */
    const promptRe = new RegExp(`${PROMPT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\x1b\\[6n)?`);
    const shell = async (line: string, ms = 120_000): Promise<string> => {
      at = (await con.until(promptRe, at, ms)).end;
      stdin.write(line + '\n');
      at = (await con.until(new RegExp(`${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\r?\\n`), at, ms)).end;
      const { m } = await con.until(promptRe, at, ms);
      return con.text.slice(at, at + con.text.slice(at).indexOf(m[0])).replace(/\r/g, '');
    };
    try {
      await err.until(/gdb server on/, 0, 30_000);
      gdb = spawn('gdb-multiarch', ['-nx', '-q', '--interpreter=mi2'], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
      mi = new Mi(gdb);
      await mi.cmd('-gdb-set confirm off');
      await mi.cmd('-gdb-set pagination off');
      await mi.cmd('-gdb-set mi-async on'); // accept commands (-exec-interrupt) while the guest runs
      await mi.cmd('-gdb-set architecture aarch64');
      await mi.cmd(`-target-select remote ${emu.sock}`);
      stamp('gdb attached; continue');
      await mi.cmd('-exec-continue');

      // Console: boot to the prompt, load the module, and read where its .text went.
      const insmod = await shell(`insmod ${GUEST_KO}`, 300_000);
      stamp('insmod done');
      assert.not.match(insmod, /insmod:|error|Unknown symbol|Invalid/i, `insmod failed: ${insmod}`);
      assert.match(con.text, /a64dbg_hello: loaded/, 'the module init printed its line');
      const textOut = await shell('cat /sys/module/a64dbg_hello/sections/.text');
      const textAddr = /^(0x[0-9a-f]{16})\s*$/m.exec(textOut)?.[1];
      assert.ok(textAddr, `the module's .text address: ${JSON.stringify(textOut)}`);
      assert.match(textAddr!, /^0xffff8000/, 'module text in the kernel module area');

      // gdb: stop the guest, load the module's symbols at that address, break in the work function.
      const intFrom = mi.out.text.length;
      await mi.cmd('-exec-interrupt');
      const intStop = await mi.stopped(intFrom);
      assert.match(intStop, /reason="signal-received",signal-name="SIGINT"/, 'Ctrl-C stopped the guest');
      const added = await mi.cli(`add-symbol-file ${b.gdbKo} ${textAddr}`);
      assert.match(added, /add symbol table from file/, added);
      // `a64dbg_hello.c:a64dbg_hello_work`, not a bare `a64dbg_hello_work`: GCC 12 (Debian's kernel
      // compiler) puts a function's DWARF low_pc after its two ftrace NOPs, 8 bytes past the ELF
      // symbol, so a bare name also matches the minimal symbol and gdb adds a second location at
      // the NOPs, where no DWARF covers the pc (no args, the previous function's last line).
      const brk = await mi.cmd('-break-insert a64dbg_hello.c:a64dbg_hello_work');
      assert.match(brk.result, /func="a64dbg_hello_work",file="[^"]*a64dbg_hello\.c"/, `breakpoint placed from the module's DWARF: ${brk.result}`);
      assert.not.match(brk.result, /<MULTIPLE>/, `one location: ${brk.result}`);
      const brkAddr = BigInt(/addr="(0x[0-9a-f]+)"/.exec(brk.result)![1]);
      const text = BigInt(textAddr!);
      assert.ok(brkAddr > text && brkAddr < text + 0x200n, `breakpoint ${brkAddr.toString(16)} inside the module text at ${textAddr}`);
      await mi.cmd('-exec-continue');
      stamp('breakpoint set; echo 3 > run');

      // Console: make the module call a64dbg_hello_work(3); gdb reports the hit.
      at = (await con.until(promptRe, at, 60_000)).end;
      const runFrom = mi.out.text.length;
      stdin.write('echo 3 > /sys/module/a64dbg_hello/parameters/run\n');
      const hit = await mi.stopped(runFrom, 120_000);
      stamp('breakpoint hit');
      assert.match(hit, /reason="breakpoint-hit"/, hit);
      assert.match(hit, /func="a64dbg_hello_work",args=\[\{name="n",value="3"\}/, `stopped in a64dbg_hello_work(n=3): ${hit}`);
      const lineOf = (stop: string) => Number(/line="(\d+)"/.exec(stop)?.[1]);
      const srcLine = (re: RegExp) => 1 + readFileSync(join(REPO, 'firmware/module/a64dbg_hello.c'), 'utf8').split('\n').findIndex((l) => re.test(l));
      const FOR_LINE = srcLine(/for \(i = 1; i <= n; i\+\+\)/), CALL_LINE = srcLine(/acc = a64dbg_hello_step\(acc, i\);/);
      assert.is(lineOf(hit), FOR_LINE, 'the breakpoint is past the prologue, on the loop');
      assert.match(await mi.cli('info args'), /^n = 3$/m, 'info args');
      assert.match(await mi.cli('p n'), /^\$1 = 3$/m, 'p n');

      // `next` through the module's source lines: the loop line -> the call -> the loop line -> the call.
      const lines: number[] = [];
      for (let k = 0; k < 3; k++) {
        const s = await mi.exec('-exec-next');
        assert.match(s, /reason="end-stepping-range".*func="a64dbg_hello_work".*file="[^"]*a64dbg_hello\.c"/, `next ${k}: ${s}`);
        lines.push(lineOf(s));
      }
      assert.equal(lines, [CALL_LINE, FOR_LINE, CALL_LINE], 'next walks the loop (over the call)');
      // Into the callee with stepi: the `bl` lands on the ftrace NOPs at the ELF symbol (outside the
      // DWARF range, see above: `step` treats that as code without line info and steps over it),
      // two more instructions reach the DWARF entry, where gdb shows the source and the arguments.
      let inStep = '';
      const pcs: bigint[] = [];
      for (let k = 0; k < 8 && !inStep; k++) {
        const s = await mi.exec('-exec-step-instruction');
        pcs.push(BigInt(/addr="(0x[0-9a-f]+)"/.exec(s)![1]));
        if (/func="a64dbg_hello_step",args=\[.*file="[^"]*a64dbg_hello\.c"/.test(s)) inStep = s;
      }
      assert.ok(inStep, `stepi reached a64dbg_hello_step's source; pcs ${pcs.map((p) => p.toString(16)).join(' ')}`);
      // Each stepi moved one instruction on, except the bl (a64dbg_hello_step sits before its caller).
      for (let k = 1; k < pcs.length; k++) {
        if (pcs[k] !== pcs[k - 1] + 4n) assert.ok(pcs[k] < pcs[k - 1], `one instruction per stepi: ${pcs.map((p) => p.toString(16)).join(' ')}`);
      }
      // Second call: acc = work's value after i = 1, i.e. 0; i = 2.
      assert.match(inStep, /args=\[\{name="acc",value="0"\},\{name="i",value="2"\}/, `second call a64dbg_hello_step(0, 2): ${inStep}`);
      const stepLine0 = lineOf(inStep);
      const n1 = await mi.exec('-exec-next');
      assert.match(n1, /reason="end-stepping-range".*func="a64dbg_hello_step"/, `next inside a64dbg_hello_step: ${n1}`);
      assert.ok(lineOf(n1) > stepLine0, `next moved on in a64dbg_hello_step (${stepLine0} -> ${lineOf(n1)})`);
      const bt = await mi.cli('bt 3');
      stamp('bt');
      assert.match(bt, /^#0 +a64dbg_hello_step \(acc=[^,]+, i=(i@entry=)?2\) at [^\n]*a64dbg_hello\.c:\d+$/m, `bt #0: ${bt}`);
      assert.match(bt, /^#1 +0x[0-9a-f]+ in a64dbg_hello_work \(n=(n@entry=)?3\) at [^\n]*a64dbg_hello\.c:\d+$/m, `bt #1: ${bt}`);
      assert.match(bt, /^#2 +0x[0-9a-f]+ in a64dbg_hello_run_set \(val=[^\n]*\) at [^\n]*a64dbg_hello\.c:\d+$/m, `bt #2: ${bt}`);
      const fin = await mi.exec('-exec-finish');
      assert.match(fin, /reason="function-finished".*func="a64dbg_hello_work"/, `finish returns to a64dbg_hello_work: ${fin}`);
      assert.match(fin, /return-value="6"/, `a64dbg_hello_step(0, 2) = (0 + 4) ^ 2 = 6: ${fin}`);

      // Continue: the module prints its result on the console; the guest is still healthy.
      await mi.cmd('-break-delete');
      await mi.cmd('-exec-continue');
      stamp('continue');
      await con.until(/a64dbg_hello: work\(3\) = 15/, 0, 60_000);
      assert.is((await shell('cat /sys/module/a64dbg_hello/parameters/run')).trim(), '15');
      await shell('rmmod a64dbg_hello');
      await con.until(/a64dbg_hello: unloaded/, 0, 30_000);
      at = (await con.until(promptRe, at, 60_000)).end;
      stdin.write('poweroff -f\n');
      const status = await emu.exit(60_000);
      stamp('powered off');
      assert.is(status, 0, `the emulator exited with status 0 after poweroff -f; stderr: ${err.text.slice(-500)}`);
      assert.match(con.text, /reboot: Power down/);
      if (process.env.SHOW) console.log(`${bt}\n${con.text.slice(-1500)}`);
    } catch (e) {
      if (mi) (e as Error).message += `\n--- gdb MI (last 3000) ---\n${mi.out.text.slice(-3000)}`;
      (e as Error).message += `\n--- console (last 2000) ---\n${con.text.slice(-2000)}\n--- emulator stderr ---\n${err.text.slice(-1000)}`;
      throw e;
    } finally {
      gdb?.stdin.end();
      gdb?.kill();
      emu.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
