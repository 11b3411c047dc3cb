// `a64dbg run` end to end on the default guest (Debian's kernel at its BusyBox prompt, restored
// from the cached prompt snapshot), through the real command line in a temporary folder:
//  - a suite of six scripts (Linux: a pass, a failing expect, `exec sleep 5` under timeout=1, a
//    busy guest under timeout=50ms; bare metal: a guest idling with nothing armed, breakpoints
//    on symbols) run serially gives the right TAP (ok / not ok, FILE:LINE, pattern, console
//    lines, artifacts), JUnit XML and artifacts; a failure snapshot boots with `--restore`;
//  - the same suite with -j 2, and as --shard 1/2 plus --shard 2/2, gives the same result and the
//    same console and trap logs for every script (determinism), each script run once;
//  - examples/ (the smoke scripts, and the module example in both forms when the module is built)
//    passes: status 0, `# N passed, 0 failed`.
// Without the cached guest this suite is skipped locally, and fails under CI (CI=true).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { defaultGuest, missingGuestMessage, readGuestManifest } from '../src/guest/images.ts';

const REPO = resolve(import.meta.dirname, '..');
const CLI = join(REPO, 'bin/a64dbg.js');
const FIRMWARE = join(REPO, 'firmware/bin/branches.elf');
const guest = defaultGuest();

interface Run { status: number | null; stdout: string; stderr: string; ms: number }

/** `node bin/a64dbg.js ...args` in `cwd`, stdin from `input` (or /dev/null); killed after 240 s. */
function cli(args: string[], cwd: string, input?: string): Promise<Run> {
  const t0 = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], timeout: 240_000 });
    const out: Buffer[] = [], err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    if (input !== undefined) child.stdin!.end(input);
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout: Buffer.concat(out).toString('latin1'), stderr: Buffer.concat(err).toString('latin1'), ms: performance.now() - t0 }));
  });
}

interface Point { n: number; ok: boolean; file: string; yaml: string[] }
interface Tap { plan: number; points: Map<string, Point>; order: string[]; summary: string; comments: string[] }

/** The TAP stream `a64dbg run` prints: plan, points (with their YAML blocks), `# ` comments. */
function parseTap(stdout: string): Tap {
  const lines = stdout.split('\n');
  assert.is(lines[0], 'TAP version 13', `TAP header in ${stdout.slice(0, 200)}`);
  const plan = /^1\.\.(\d+)$/.exec(lines[1]);
  assert.ok(plan, `a plan on line 2: ${lines[1]}`);
  const points = new Map<string, Point>(), order: string[] = [], comments: string[] = [];
  let last: Point | undefined;
  for (const l of lines.slice(2)) {
    const p = /^(ok|not ok) (\d+) - (.+) # time=\d+\.\d\ds$/.exec(l);
    if (p) {
      last = { n: Number(p[2]), ok: p[1] === 'ok', file: p[3], yaml: [] };
      assert.not.ok(points.has(last.file), `${last.file} reported once`);
      points.set(last.file, last);
      order.push(last.file);
    } else if (l.startsWith('  ')) {
      assert.ok(last && !last.ok, `a YAML line only under a failure: ${l}`);
      last!.yaml.push(l);
    } else if (l.startsWith('# ')) {
      comments.push(l.slice(2));
    } else {
      assert.is(l, '', `nothing else on stdout: ${JSON.stringify(l)}`);
    }
  }
  assert.equal([...points.values()].map((p) => p.n), order.map((_, k) => k + 1), 'points numbered 1..N in order');
  assert.is(points.size, Number(plan![1]), 'as many points as planned');
  return { plan: Number(plan![1]), points, order, summary: comments[comments.length - 1] ?? '', comments };
}

/** A YAML field of a failure (the runner writes scalars as JSON strings). */
function field(p: Point, key: string): string | undefined {
  const l = p.yaml.find((x) => x.startsWith(`  ${key}: `));
  return l === undefined ? undefined : JSON.parse(l.slice(key.length + 4)) as string;
}
function consoleBlock(p: Point): string[] {
  const k = p.yaml.indexOf('  console: |-');
  if (k < 0) return [];
  const out: string[] = [];
  for (const l of p.yaml.slice(k + 1)) { if (!l.startsWith('    ')) break; out.push(l.slice(4)); }
  return out;
}
/** A failure's YAML without what differs between runs (its duration) or by results folder. */
const comparable = (p: Point, results: string): string[] =>
  p.yaml.filter((l) => !l.startsWith('  duration_ms:')).map((l) => l.split(results).join('RESULTS'));

/** An ELF for the bare-metal case: prints "hi\n" on the PL011, then WFI forever with nothing armed. */
function idleElf(): Buffer {
  const code = [
    0xd2a12000, // movz x0, #0x0900, lsl #16   (the PL011 data register)
    0x52800d01, 0x39000001, // movz w1, #'h'; strb w1, [x0]
    0x52800d21, 0x39000001, // 'i'
    0x52800141, 0x39000001, // '\n'
    0xd503207f, 0x17ffffff, // 1: wfi; b 1b
  ];
  const base = 0x40080000n, at = 64 + 56;
  const b = Buffer.alloc(at + code.length * 4);
  b.writeUInt32BE(0x7f454c46, 0); b[4] = 2; b[5] = 1; b[6] = 1; // ELF64, little-endian
  b.writeUInt16LE(2, 16); b.writeUInt16LE(183, 18); b.writeUInt32LE(1, 20); // ET_EXEC, AArch64
  b.writeBigUInt64LE(base + BigInt(at), 24); b.writeBigUInt64LE(64n, 32); // entry, phoff
  b.writeUInt16LE(64, 52); b.writeUInt16LE(56, 54); b.writeUInt16LE(1, 56); // ehsize, phentsize, phnum
  b.writeUInt32LE(1, 64); b.writeUInt32LE(5, 68); // PT_LOAD, R+X
  b.writeBigUInt64LE(0n, 72); b.writeBigUInt64LE(base, 80); b.writeBigUInt64LE(base, 88);
  b.writeBigUInt64LE(BigInt(b.length), 96); b.writeBigUInt64LE(BigInt(b.length), 104); b.writeBigUInt64LE(0x1000n, 112);
  code.forEach((w, k) => b.writeUInt32LE(w, at + k * 4));
  return b;
}

/** Python's expat, when there is a python3: is the file well-formed XML? */
function expatAccepts(file: string): boolean | undefined {
  const r = spawnSync('python3', ['-c', 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])', file], { encoding: 'utf8' });
  if (r.error || r.status === null) return undefined;
  if (r.status !== 0) console.log(r.stderr);
  return r.status === 0;
}

/** A promise made on first use (each CLI run once, whichever test asks first). */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= make());
}

if (!guest) {
  if (process.env.CI) test('the default guest is available in CI', () => assert.unreachable(missingGuestMessage()));
  else console.log(`runner.test.ts skipped: ${missingGuestMessage()}`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'a64dbg-runner-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

  // The suite. Scripts sit directly in `dir` (the runs' current folder), so they are named by
  // their file names in TAP, in results and in shard assignment.
  writeFileSync(join(dir, 'idle.elf'), idleElf());
  const SCRIPTS: Record<string, string> = {
    'pass.a64': [
      '# passes: exec + expect, an expected non-zero status',
      'restore',
      'exec uname -r',
      'expect cloud-arm64',
      'exec echo $((6*7))',
      'expect /^42\\r?$/m',
      'exec false status=1',
    ].join('\n'),
    'fail.a64': [
      'restore',
      'exec echo hello-from-the-guest',
      '# the guest idles at its prompt (a timer always armed): 1 s of guest time passes at once',
      'expect goodbye-from-the-guest timeout=1',
      'exec echo never-run',
    ].join('\n'),
    'sleep.a64': 'restore\nexec sleep 5 timeout=1\nexec echo never-run\n',
    'busy.a64': 'restore\nsendline while :; do :; done\nexpect never-printed timeout=50ms\n',
    // A bare-metal guest in WFI with no timer armed: nothing can happen until input comes, so the
    // wait ends at once rather than at its (long) timeout.
    'idle.a64': 'boot --kernel idle.elf\nexpect ^hi\nexpect never-printed timeout=1000\n',
    'debug.a64': [
      `boot --kernel ${FIRMWARE}`,
      `symbols ${FIRMWARE}`,
      'break main', 'continue', 'check-reg pc == main', 'delete main',
      'break putln', 'continue', 'check-reg pc == putln', 'check-reg lr != 0',
      'expect branches start',
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(SCRIPTS)) writeFileSync(join(dir, name), text + '\n');
  const NAMES = Object.keys(SCRIPTS).sort();
  const PASS = ['debug.a64', 'pass.a64'];

  const runSuite = (results: string, ...opts: string[]): Promise<Run> =>
    cli(['run', ...NAMES, '--results', results, '--junit', `${results}/junit.xml`, ...opts], dir);
  const serial = once(() => runSuite('res-serial', '-j', '1'));
  const parallel = once(() => runSuite('res-j2', '-j', '2'));
  const shard1 = once(() => runSuite('res-shard1', '-j', '1', '--shard', '1/2'));
  const shard2 = once(() => runSuite('res-shard2', '-j', '1', '--shard', '2/2'));

  test('the suite, serially: status 1, TAP per script in path order, the summary', async () => {
    const r = await serial();
    console.log(`runner.test.ts: 6 scripts with -j 1 in ${(r.ms / 1000).toFixed(1)} s`);
    assert.is(r.status, 1, `status 1 (some failed)\n${r.stdout}\n${r.stderr}`);
    const tap = parseTap(r.stdout);
    assert.equal(tap.order, NAMES, 'every script once, sorted by path');
    for (const name of NAMES) assert.is(tap.points.get(name)!.ok, PASS.includes(name), `${name}: ${PASS.includes(name) ? 'ok' : 'not ok'}\n${tap.points.get(name)!.yaml.join('\n')}`);
    assert.is(tap.summary, '2 passed, 4 failed');
  });

  test('a passing script: ok, no YAML, its console log written', async () => {
    const tap = parseTap((await serial()).stdout);
    assert.equal(tap.points.get('pass.a64')!.yaml, []);
    const log = readFileSync(join(dir, 'res-serial/pass.a64/console.log'), 'latin1');
    assert.match(log, /^6\.1\.0-\d+-cloud-arm64\r?$/m, 'uname -r printed');
    assert.match(log, /^42\r?$/m, 'echo $((6*7)) printed');
    assert.match(log, /@@E3:1@@/, 'exec false ended with status 1');
    assert.not.ok(existsSync(join(dir, 'res-serial/pass.a64/failure.a64snap')), 'no failure snapshot for a pass');
    assert.not.ok(existsSync(join(dir, 'res-serial/pass.a64/traps.log')), 'no trap log for a pass');
    assert.match(readFileSync(join(dir, 'res-serial/debug.a64/console.log'), 'latin1'), /^branches start/, 'the bare-metal guest ran to putln');
  });

  test('a failing expect: FILE:LINE, the step, the pattern, the last console lines, three artifacts', async () => {
    const p = parseTap((await serial()).stdout).points.get('fail.a64')!;
    assert.is(field(p, 'at'), 'fail.a64:4', 'the line of the expect (comments counted)');
    assert.is(field(p, 'step'), 'expect goodbye-from-the-guest timeout=1');
    assert.is(field(p, 'pattern'), '/goodbye-from-the-guest/');
    assert.match(field(p, 'message')!, /^expect: no match for \/goodbye-from-the-guest\/ \(timed out after 1 s of guest time\)$/);
    const lines = consoleBlock(p);
    assert.ok(lines.includes('hello-from-the-guest'), `the command's output in the console lines:\n${lines.join('\n')}`);
    assert.match(lines[lines.length - 1], /^a64dbg:~# $/, 'the last line: the prompt it sat at');
    const artifacts = { console: 'console.log', traps: 'traps.log', snapshot: 'failure.a64snap' };
    for (const [key, name] of Object.entries(artifacts)) {
      const line = p.yaml.find((l) => l.startsWith(`    ${key}: `));
      assert.is(line && JSON.parse(line.slice(key.length + 6)), `res-serial/fail.a64/${name}`, `artifact ${key}`);
      assert.ok(statSync(join(dir, 'res-serial/fail.a64', name)).size > 0, `${name} written`);
    }
    const log = readFileSync(join(dir, 'res-serial/fail.a64/console.log'), 'latin1');
    assert.match(log, /^hello-from-the-guest\r?$/m);
    assert.not.match(log, /never-run/, 'no step ran after the failure');
    assert.match(readFileSync(join(dir, 'res-serial/fail.a64/traps.log'), 'latin1'), /^trap \w+/m, 'trap-layer exits logged');
  });

  test('the failure snapshot boots with `a64dbg boot --restore` and takes commands', async () => {
    await serial();
    const r = await cli(['boot', '--restore', 'res-serial/fail.a64/failure.a64snap'], dir, 'echo restored-ok\npoweroff -f\n');
    assert.is(r.status, 0, `status 0 after poweroff -f\n${r.stdout.slice(-1000)}\n${r.stderr}`);
    assert.match(r.stdout, /^restored-ok\r?$/m, 'the restored shell ran the command');
    assert.match(r.stdout, /reboot: Power down/);
  });

  test('timeouts are guest time: `exec sleep 5` under timeout=1, and a busy guest under timeout=50ms', async () => {
    const tap = parseTap((await serial()).stdout);
    const sleep = tap.points.get('sleep.a64')!;
    assert.is(field(sleep, 'at'), 'sleep.a64:2');
    assert.is(field(sleep, 'message'), 'exec: the command did not finish (timed out after 1 s of guest time)');
    const log = readFileSync(join(dir, 'res-serial/sleep.a64/console.log'), 'latin1');
    assert.match(log, /@@B1@@/, 'the command started');
    assert.not.match(log, /@@E1:/, 'and had not finished when the 1 s were up (sleep 5 is not cut short)');
    const busy = tap.points.get('busy.a64')!;
    assert.is(field(busy, 'at'), 'busy.a64:3');
    // 50 ms is shown to one decimal.
    assert.is(field(busy, 'message'), 'expect: no match for /never-printed/ (timed out after 0.05 s of guest time)');
    assert.ok(existsSync(join(dir, 'res-serial/busy.a64/failure.a64snap')));
  });

  test('a guest idling with nothing armed: the wait ends at once, saying so', async () => {
    const p = parseTap((await serial()).stdout).points.get('idle.a64')!;
    assert.is(field(p, 'at'), 'idle.a64:3');
    assert.is(field(p, 'message'), 'expect: no match for /never-printed/ (the guest went idle waiting for input after 0 s of guest time)');
    assert.equal(consoleBlock(p), ['hi']);
    assert.ok(existsSync(join(dir, 'res-serial/idle.a64/failure.a64snap')), 'a bare-metal machine is saved too');
  });

  test('--junit: well-formed XML with the right counts, one testcase per script', async () => {
    await serial();
    const file = join(dir, 'res-serial/junit.xml');
    const xml = readFileSync(file, 'utf8');
    const ok = expatAccepts(file);
    if (ok === undefined) console.log('runner.test.ts: no python3, JUnit XML checked by pattern only');
    else assert.ok(ok, 'python3 xml.dom.minidom parses the report');
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="a64dbg run" tests="6" failures="4" errors="0" time="[\d.]+">\n/);
    assert.match(xml, /<testsuite name="a64dbg run" tests="6" failures="4" errors="0" skipped="0" /);
    const cases = [...xml.matchAll(/<testcase name="([^"]+)" classname="a64dbg" file="\1" time="[\d.]+"(\/?)>/g)];
    assert.equal(cases.map((m) => m[1]), NAMES);
    assert.equal(cases.filter((m) => m[2] === '/').map((m) => m[1]), PASS, 'the passes are empty elements');
    assert.is([...xml.matchAll(/<failure message="/g)].length, 4);
    assert.match(xml, /<failure message="expect: no match for \/goodbye-from-the-guest\/ \(timed out after 1 s of guest time\)" type="StepFailure">at fail\.a64:4\n/);
    assert.ok(xml.includes('[[ATTACHMENT|res-serial/fail.a64/failure.a64snap]]'));
    assert.ok(xml.trimEnd().endsWith('</testsuites>'));
  });

  test('-j 2 gives the same results, console and trap logs as -j 1', async () => {
    const [s, p] = [await serial(), await parallel()];
    console.log(`runner.test.ts: 6 scripts with -j 2 in ${(p.ms / 1000).toFixed(1)} s`);
    assert.is(p.status, s.status);
    const a = parseTap(s.stdout), b = parseTap(p.stdout);
    assert.equal(b.order, a.order, 'TAP in path order whatever order the workers finish in');
    assert.is(b.summary, a.summary);
    for (const name of NAMES) {
      assert.is(b.points.get(name)!.ok, a.points.get(name)!.ok, name);
      assert.equal(comparable(b.points.get(name)!, 'res-j2'), comparable(a.points.get(name)!, 'res-serial'), `${name}: same failure report`);
      for (const log of ['console.log', 'traps.log']) {
        const x = join(dir, 'res-serial', name, log), y = join(dir, 'res-j2', name, log);
        assert.is(existsSync(y), existsSync(x), `${name}/${log} written alike`);
        if (existsSync(x)) assert.ok(readFileSync(y).equals(readFileSync(x)), `${name}/${log}: the same bytes with -j 2`);
      }
    }
    assert.match(readFileSync(join(dir, 'res-j2/junit.xml'), 'utf8'), /<testsuites name="a64dbg run" tests="6" failures="4" errors="0"/);
  });

  test('--shard 1/2 + --shard 2/2: every script once, with the serial run\'s results and logs', async () => {
    const s = parseTap((await serial()).stdout);
    const seen: string[] = [];
    for (const [k, run] of [[1, await shard1()], [2, await shard2()]] as const) {
      const results = `res-shard${k}`;
      const tap = parseTap(run.stdout);
      console.log(`runner.test.ts: shard ${k}/2 (${tap.plan} scripts) in ${(run.ms / 1000).toFixed(1)} s`);
      assert.ok(tap.plan > 0 && tap.plan < NAMES.length, `shard ${k} has some of the scripts: ${tap.order}`);
      assert.is(tap.comments[0], `shard ${k}/2 (from --shard): ${tap.plan} of ${NAMES.length} scripts`);
      const failed = tap.order.filter((n) => !tap.points.get(n)!.ok).length;
      assert.is(tap.summary, `shard ${k}/2: ${tap.plan - failed} passed, ${failed} failed`);
      assert.is(run.status, failed ? 1 : 0);
      assert.match(readFileSync(join(dir, results, 'junit.xml'), 'utf8'), new RegExp(`tests="${tap.plan}" failures="${failed}" errors="0"[^]*<property name="shard" value="${k}/2"/>`));
      for (const name of tap.order) {
        seen.push(name);
        assert.is(tap.points.get(name)!.ok, s.points.get(name)!.ok, name);
        assert.equal(comparable(tap.points.get(name)!, results), comparable(s.points.get(name)!, 'res-serial'), `${name}: same failure report`);
        const log = readFileSync(join(dir, results, name, 'console.log'));
        assert.ok(log.equals(readFileSync(join(dir, 'res-serial', name, 'console.log'))), `${name}: the same console log in shard ${k}`);
      }
      for (const name of NAMES.filter((n) => !tap.order.includes(n))) {
        assert.not.ok(existsSync(join(dir, results, name)), `${name} did not run in shard ${k}`);
      }
    }
    assert.equal(seen.sort(), NAMES, 'the shards together ran every script exactly once');
  });

  // examples/: the smoke scripts always; the module example in both forms when the module is built
  // for this guest's kernel (scripts/build-module.sh; test/module.test.ts builds it).
  const moduleWhy = ((): string | undefined => {
    const ko = join(REPO, '.cache/module/a64dbg_hello.ko');
    if (!existsSync(ko)) return 'no .cache/module/a64dbg_hello.ko (bash scripts/build-module.sh)';
    try {
      const built = JSON.parse(readFileSync(join(REPO, '.cache/module/module.json'), 'utf8')) as { kernel: string; version: string };
      const m = readGuestManifest(REPO);
      if (m && (built.kernel !== m.kernel.package.replace(/^linux-image-/, '') || built.version !== m.kernel.version)) {
        return `the module was built for ${built.kernel} ${built.version}, not this guest's kernel`;
      }
    } catch { /* no module.json: try the .ko as it is */ }
    return undefined;
  })();

  test('examples/: every script passes (status 0, "# N passed, 0 failed"), console logs written', async () => {
    if (moduleWhy) console.log(`runner.test.ts: the module examples skipped: ${moduleWhy}`);
    const results = join(dir, 'res-examples');
    const r = await cli(['run', moduleWhy ? 'examples/smoke' : 'examples', '-j', '2', '--results', results], REPO);
    console.log(`runner.test.ts: examples/ in ${(r.ms / 1000).toFixed(1)} s`);
    const tap = parseTap(r.stdout);
    // What the folder holds, listed here: its *.a64 and *.a64.ts files, recursively, in path order.
    const want = (readdirSync(join(REPO, 'examples'), { recursive: true }) as string[])
      .map((f) => `examples/${f.split(sep).join('/')}`)
      .filter((f) => /\.a64(\.ts)?$/.test(f) && (!moduleWhy || f.startsWith('examples/smoke/'))).sort();
    for (const f of ['examples/smoke/proc.a64', 'examples/smoke/status.a64', 'examples/smoke/uname.a64']) assert.ok(want.includes(f), f);
    if (!moduleWhy) for (const f of ['examples/module.a64', 'examples/module.a64.ts']) assert.ok(want.includes(f), f);
    assert.equal(tap.order, want, 'a folder runs its *.a64 and *.a64.ts scripts');
    for (const p of tap.points.values()) assert.ok(p.ok, `${p.file}:\n${p.yaml.join('\n')}\n${r.stderr}`);
    assert.is(r.status, 0);
    assert.is(tap.summary, `${want.length} passed, 0 failed`);
    for (const f of want) assert.ok(existsSync(join(results, f, 'console.log')), `${f}/console.log`);
    if (!moduleWhy) {
      const log = readFileSync(join(results, 'examples/module.a64/console.log'), 'latin1');
      for (const line of ['a64dbg_hello: loaded', 'a64dbg_hello: work(3) = 15', 'a64dbg_hello: work(10) = 384', 'a64dbg_hello: unloaded']) {
        assert.ok(log.includes(line), `module.a64's console shows ${line}`);
      }
      // The TypeScript example prints (to stderr) where the module's code landed.
      assert.match(r.stderr, /a64dbg_hello: \.text at 0xffff[0-9a-f]{12}, \d+ bytes/);
    }
  });
}

test.run();
