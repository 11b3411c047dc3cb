// `a64dbg run` without a guest: the script parser (every step kind and its options; every kind of
// bad line rejected with FILE:LINE), the checks made before anything runs (files, symbols looked
// up in an ELF), shard assignment (stable per path; --shard, GitLab's and a Kubernetes Indexed
// Job's variables), the TAP and JUnit reports (well-formed for passing, failing and bad results,
// whatever bytes the console held), and the CLI's status 2 for a bad script among good ones.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseScript, ScriptError, type Step } from '../src/runner/script.ts';
import { prepareScript, type RunContext } from '../src/runner/prepare.ts';
import { inShard, resolveShard, shardOf, ShardError } from '../src/runner/shard.ts';
import { junitXml, summary, tapHeader, tapResult } from '../src/runner/report.ts';
import type { ScriptResult } from '../src/runner/execute.ts';
import { Session, BadInputError } from '../src/runner/session.ts';
import { runCli } from './cli-helpers.ts';

const REPO = resolve(import.meta.dirname, '..');
const ELF = join(REPO, 'firmware/bin/branches.elf');
const tmp = mkdtempSync(join(tmpdir(), 'a64dbg-runner-script-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const one = (line: string): Step => {
  const s = parseScript(`# a comment\n\n${line}\n`, 'x.a64').steps;
  assert.is(s.length, 1, `one step from ${JSON.stringify(line)}`);
  assert.is(s[0].line, 3, 'line numbers count comments and blank lines');
  assert.is(s[0].source, line.trim());
  return s[0];
};
/** The step's fields besides line and source. */
const body = (line: string): Record<string, unknown> => {
  const { line: _l, source: _s, ...rest } = one(line) as Step & Record<string, unknown>;
  return rest;
};

/** parseScript must throw ScriptError at `line` of `file` with a message matching `why`. */
function rejects(text: string, line: number, why: RegExp, file = 'bad.a64'): void {
  try {
    parseScript(text, file);
  } catch (e) {
    assert.instance(e, ScriptError, `${JSON.stringify(text)}: a ScriptError`);
    const err = e as ScriptError;
    assert.is(err.file, file);
    assert.is(err.line, line, `${JSON.stringify(text)}: at line ${line} (${err.message})`);
    assert.ok(err.message.startsWith(`${file}:${line}: `), `message starts with FILE:LINE: ${err.message}`);
    assert.match(err.message, why);
    return;
  }
  assert.unreachable(`${JSON.stringify(text)} was accepted`);
}

// ---- the parser ---------------------------------------------------------------------------------

test('boot, restore, save, symbols: files and options', () => {
  assert.equal(body('boot'), { kind: 'boot' });
  assert.equal(body(`boot --kernel 'my kernel' --initrd rd.cpio.gz --append "console=ttyAMA0 quiet" --memory 256`),
    { kind: 'boot', kernel: 'my kernel', initrd: 'rd.cpio.gz', append: 'console=ttyAMA0 quiet', memoryMiB: 256 });
  assert.equal(body('restore'), { kind: 'restore', file: undefined });
  assert.equal(body('restore snaps/at\\ prompt.a64snap'), { kind: 'restore', file: 'snaps/at prompt.a64snap' });
  assert.equal(body('save here.a64snap'), { kind: 'save', file: 'here.a64snap' });
  assert.equal(body('symbols "../vmlinux"'), { kind: 'symbols', file: '../vmlinux' });
});

test('send and sendline: C escapes', () => {
  assert.equal(body('send ls\\n'), { kind: 'send', text: 'ls\n' });
  assert.equal(body('sendline echo a\\tb'), { kind: 'send', text: 'echo a\tb\n' });
  assert.equal(body('send \\e[A\\r\\0\\\\\\x41\\x7f'), { kind: 'send', text: '\x1b[A\r\0\\A\x7f' });
});

test('expect and expect-not: patterns, flags, timeouts in guest seconds', () => {
  const e = one('expect ^a64dbg_hello: loaded$') as Step & { kind: 'expect' };
  assert.is(e.kind, 'expect');
  assert.is(e.re.source, '^a64dbg_hello: loaded$');
  assert.is(e.re.flags, '');
  assert.is(e.timeoutNs, undefined);
  const f = one('expect /^work\\(3\\) = 15$/mi timeout=2.5') as Step & { kind: 'expect' };
  assert.is(f.re.flags, 'im');
  assert.ok(f.re.test('x\nWORK(3) = 15\ny'), 'the flags apply');
  assert.is(f.timeoutNs, 2.5e9);
  assert.is((one('expect x timeout=250ms') as { timeoutNs?: number }).timeoutNs, 250e6);
  // A pattern with a space before `timeout=` text that is not an option stays whole.
  assert.is((one('expect a timeout=soon b') as { re: RegExp }).re.source, 'a timeout=soon b');
  const n = one('expect-not Oops|BUG for=3') as Step & { kind: 'expect-not' };
  assert.equal([n.kind, n.re.source, n.forNs], ['expect-not', 'Oops|BUG', 3e9]);
  assert.is((one('expect-not WARNING') as { forNs: number }).forNs, 0, 'for= defaults to 0: only what is there already');
  assert.is((one('expect-not x for=0') as { forNs: number }).forNs, 0, 'for=0 is allowed');
});

test('exec: status, timeout, and a command that keeps its own NAME=VALUE words', () => {
  assert.equal(body('exec uname -a'), { kind: 'exec', cmd: 'uname -a', status: 0, timeoutNs: undefined });
  assert.equal(body('exec false status=1'), { kind: 'exec', cmd: 'false', status: 1, timeoutNs: undefined });
  assert.equal(body('exec ls /nope status=any timeout=5'), { kind: 'exec', cmd: 'ls /nope', status: 'any', timeoutNs: 5e9 });
  assert.equal(body('exec sleep 9 timeout=1 status=255'), { kind: 'exec', cmd: 'sleep 9', status: 255, timeoutNs: 1e9 });
  assert.equal(body('exec export level=3'), { kind: 'exec', cmd: 'export level=3', status: 0, timeoutNs: undefined });
  assert.equal(body('exec echo status=1 | cat'), { kind: 'exec', cmd: 'echo status=1 | cat', status: 0, timeoutNs: undefined });
});

test('copy, poweroff, continue, prompt', () => {
  assert.equal(body(`copy "a b.ko" /tmp/a\\ b.ko timeout=60`), { kind: 'copy', host: 'a b.ko', guest: '/tmp/a b.ko', timeoutNs: 60e9 });
  assert.equal(body('poweroff'), { kind: 'poweroff', timeoutNs: undefined });
  assert.equal(body('poweroff timeout=3'), { kind: 'poweroff', timeoutNs: 3e9 });
  assert.equal(body('continue timeout=0.5'), { kind: 'continue', timeoutNs: 0.5e9 });
  const p = one('prompt /^root@\\w+# $/m') as Step & { kind: 'prompt' };
  assert.equal([p.kind, p.re.source, p.re.flags], ['prompt', '^root@\\w+# $', 'm']);
});

test('break, delete, check-reg: numbers, negative numbers, SYMBOL+OFFSET, register names', () => {
  assert.equal(body('break 0x40080000'), { kind: 'break', where: { text: '0x40080000', address: 0x40080000n, offset: 0n } });
  assert.equal(body('delete 1024'), { kind: 'delete', where: { text: '1024', address: 1024n, offset: 0n } });
  assert.equal(body('break do_sys_open+0x10'), { kind: 'break', where: { text: 'do_sys_open+0x10', symbol: 'do_sys_open', offset: 16n } });
  assert.equal(body('check-reg X0 == -1'),
    { kind: 'check-reg', reg: 'x0', op: '==', value: { text: '-1', address: 0xffff_ffff_ffff_ffffn, offset: 0n } });
  assert.equal(body('check-reg pc!=main+8'), { kind: 'check-reg', reg: 'pc', op: '!=', value: { text: 'main+8', symbol: 'main', offset: 8n } });
  for (const r of ['x30', 'sp', 'cpsr', 'lr', 'fp', 'x29']) assert.is((one(`check-reg ${r} == 0`) as { reg: string }).reg, r);
});

test('a whole script: every step kind, in order, with line numbers (CRLF too)', () => {
  const text = [
    '# header', 'boot --memory 256', 'restore', 'send x', 'sendline y', 'expect z', 'expect-not w', '', 'exec true',
    'copy a /b', 'save s', 'poweroff', 'prompt P', 'symbols e', 'break 1', 'delete 1', 'continue', 'check-reg x1 == 2',
  ].join('\r\n');
  const s = parseScript(text, 'all.a64');
  assert.is(s.file, 'all.a64');
  assert.equal(s.steps.map((x) => x.kind),
    ['boot', 'restore', 'send', 'send', 'expect', 'expect-not', 'exec', 'copy', 'save', 'poweroff', 'prompt', 'symbols', 'break', 'delete', 'continue', 'check-reg']);
  assert.equal(s.steps.map((x) => x.line), [2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
  assert.is(s.steps[3].source, 'sendline y', 'no CR left in the source');
  assert.equal(parseScript('\n# only comments\n   \n', 'empty.a64').steps, []);
});

test('bad lines: ScriptError with FILE:LINE and what is wrong', () => {
  rejects('restore\nexec true\nexpetc foo\n', 3, /unknown step 'expetc' \(steps: boot, restore/);
  rejects('expect (unclosed\n', 1, /bad pattern: .*(unterminated|Unterminated)/);
  rejects('\n\nexpect /a/g\n', 3, /bad pattern flags 'g'/);
  rejects('expect\n', 1, /needs a pattern/);
  rejects('exec true\nexpect x timeout=0\n', 2, /bad timeout=0: seconds of guest time/);
  rejects('expect x timeout=soon\n', 1, /bad timeout=soon/);
  rejects('expect x timeout=-1\n', 1, /bad timeout=-1/);
  rejects('exec sleep 1 timeout=2 timeout=3\n', 1, /timeout= given twice/);
  rejects('expect-not x for=1y\n', 1, /bad for=1y/);
  rejects('send a\\qb\n', 1, /bad escape '\\q'/);
  rejects('sendline bad \\x4\n', 1, /bad escape '\\x'/);
  rejects('send\n', 1, /send needs the text/);
  rejects('# c\nexec\n', 2, /exec needs a command/);
  rejects('exec status=1\n', 1, /exec needs a command/);
  rejects('exec false status=256\n', 1, /bad status=256/);
  rejects('exec false status=-1\n', 1, /bad status=-1/);
  rejects('check-reg x31 == 0\n', 1, /unknown register 'x31'/);
  rejects('check-reg w0 == 0\n', 1, /unknown register 'w0'/);
  rejects('check-reg x0 = 0\n', 1, /check-reg needs REG == VALUE/);
  rejects('check-reg x0 == 0x1ffffffffffffffff\n', 1, /does not fit in 64 bits/);
  rejects('break\n', 1, /break needs one ADDRESS/);
  rejects('break a b\n', 1, /break needs one ADDRESS/);
  rejects('delete 12zz\n', 1, /bad address '12zz'/);
  rejects('copy onlyone\n', 1, /copy needs two paths/);
  rejects('copy "unterminated /tmp/x\n', 1, /unterminated " quote/);
  rejects('save\n', 1, /save needs one file/);
  rejects('restore a b\n', 1, /restore takes one snapshot file/);
  rejects('poweroff now\n', 1, /poweroff takes no argument/);
  rejects('continue 5\n', 1, /continue takes no argument/);
  rejects('boot --kernel\n', 1, /boot --kernel needs a value/);
  rejects('boot --memory lots\n', 1, /bad boot --memory 'lots'/);
  rejects('boot --smp 2\n', 1, /unknown boot option '--smp'/);
  rejects('boot\nsend ok\nexpect fine\nexpect /[/\n', 4, /bad pattern/, 'dir/sub/s.a64');
});

// ---- checks before running: files and symbols -----------------------------------------------

const ctx = (over: Partial<RunContext> = {}): RunContext => ({ resultsDir: join(tmp, 'results'), timeoutNs: 30e9, wallTimeoutMs: 300e3, trapLines: 64, ...over });

/** Writes a script into the temporary folder and prepares it as `a64dbg run` would (cwd: the folder). */
function prepare(name: string, text: string, c = ctx()) {
  const file = join(tmp, name);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return prepareScript(file, 0, tmp, c);
}

function prepareRejects(name: string, text: string, line: number, why: RegExp, c = ctx()): void {
  try {
    prepare(name, text, c);
  } catch (e) {
    assert.instance(e, ScriptError);
    assert.ok((e as Error).message.startsWith(`${name}:${line}: `), (e as Error).message);
    assert.match((e as Error).message, why);
    return;
  }
  assert.unreachable(`${name} was accepted`);
}

test('vm.address (the TypeScript API) reads addresses as the declarative steps do', () => {
  const vm = new Session({ symbols: ELF });
  const entry = readFileSync(ELF).readBigUInt64LE(24);
  assert.is(vm.address('_start'), entry, '_start = e_entry');
  assert.is(vm.address('_start+0x10'), entry + 16n);
  assert.is(vm.address('0x40080000'), 0x4008_0000n);
  assert.is(vm.address('-1'), (1n << 64n) - 1n, 'negative: 64-bit two\'s complement, as a step takes it');
  assert.is(vm.address(5n), 5n);
  for (const [bad, why] of [['12zz', /bad address '12zz'/], ['mian', /unknown symbol 'mian'/], ['main+', /bad address/]] as const) {
    try {
      vm.address(bad);
      assert.unreachable(`${bad} was accepted`);
    } catch (e) {
      assert.instance(e, BadInputError);
      assert.match((e as Error).message, why);
    }
  }
  assert.throws(() => new Session().address('main'), /no symbols loaded/);
});

/** `nm`'s address of a symbol, when a binutils nm is installed (an independent reading of the ELF). */
function nmAddress(file: string, name: string): bigint | undefined {
  const r = spawnSync('nm', [file], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  const m = new RegExp(`^([0-9a-f]+) [A-Za-z] ${name}$`, 'm').exec(r.stdout);
  return m ? BigInt(`0x${m[1]}`) : undefined;
}

test('symbols: names resolve to the ELF\'s addresses; an unknown one is an error at its line', () => {
  const job = prepare('sym/debug.a64', `boot --kernel ${ELF}\nsymbols ${ELF}\nbreak _start\nbreak main+8\ncheck-reg pc == putln\n`);
  assert.is(job.rel, 'sym/debug.a64');
  assert.is(job.needsPrompt, false, 'a script that boots its own kernel needs no prompt snapshot');
  const steps = job.steps!;
  assert.is(steps[0].kind === 'boot' && steps[0].kernel, ELF);
  // _start is the ELF's entry point (e_entry, at byte 24 of the header).
  const entry = readFileSync(ELF).readBigUInt64LE(24);
  const at = (k: number): bigint | undefined => {
    const s = steps[k];
    return s.kind === 'break' ? s.where.address : s.kind === 'check-reg' ? s.value.address : undefined;
  };
  assert.is(at(2), entry, '_start = e_entry');
  const main = nmAddress(ELF, 'main'), putln = nmAddress(ELF, 'putln');
  if (main !== undefined && putln !== undefined) {
    assert.is(at(3), main + 8n, 'main+8 as nm reads main');
    assert.is(at(4), putln, 'putln as nm reads it');
  } else {
    console.log('runner-script.test.ts: no nm here, symbol addresses checked against e_entry only');
    assert.ok(at(3)! > entry && at(4)! > entry);
  }
  prepareRejects('sym/typo.a64', `boot --kernel ${ELF}\nsymbols ${ELF}\n\nbreak mian\n`, 4, /unknown symbol 'mian' in .*branches\.elf/);
  prepareRejects('sym/none.a64', `boot --kernel ${ELF}\nbreak main\n`, 2, /'main' is a symbol, and no symbols are loaded/);
  // --symbols (the run's default) also resolves, and a `symbols` step takes over from it.
  const viaCtx = prepare('sym/ctx.a64', `boot --kernel ${ELF}\ncheck-reg x30 != putln+4\n`, ctx({ symbols: ELF }));
  assert.is(viaCtx.steps![1].kind === 'check-reg' && viaCtx.steps![1].value.address, at(4)! + 4n);
  prepareRejects('sym/notelf.a64', `boot --kernel ${ELF}\nsymbols notelf.a64\n`, 2, /is not an ELF file/);
  prepareRejects('sym/noelf.a64', `boot --kernel ${ELF}\nsymbols missing.elf\n`, 2, /'missing.elf' not found/);
});

test('files named by steps: found relative to the script\'s folder, or an error at the line', () => {
  writeFileSync(join(tmp, 'files.bin'), 'x');
  const job = prepare('files.a64', `boot --kernel ${ELF}\ncopy files.bin /tmp/f\n`);
  assert.is(job.steps![1].kind === 'copy' && job.steps![1].host, join(tmp, 'files.bin'));
  prepareRejects('nested/files.a64', `boot --kernel ${ELF}\n# relative to nested/\ncopy files.bin /tmp/f\n`, 3, /host file 'files.bin' not found/);
  prepareRejects('nosnap.a64', 'restore gone.a64snap\n', 1, /snapshot 'gone.a64snap' not found/);
  prepareRejects('nokernel.a64', 'boot --kernel nope.elf\n', 1, /kernel 'nope.elf' not found/);
  // Restoring the prompt snapshot (explicitly or implicitly) needs a default guest.
  prepareRejects('noguest.a64', '# c\nexec uname\n', 2, /restores the prompt snapshot of the default guest, and there is none/);
  const guest = { kernel: ELF, append: '', memoryMiB: 512 };
  assert.is(prepare('implicit.a64', 'exec uname\n', ctx({ guest })).needsPrompt, true);
  assert.is(prepare('explicit.a64', 'restore\nexec uname\n', ctx({ guest })).needsPrompt, true);
  assert.is(prepare('ts.a64.ts', 'export default async () => {};\n').steps, undefined, 'a TypeScript script is not parsed');
});

// ---- shards -------------------------------------------------------------------------------------

const paths = Array.from({ length: 60 }, (_, k) => `suite/${['net', 'fs', 'mm', 'drivers'][k % 4]}/case-${k}.a64`);

test('shardOf: SHA-256 of the path mod N, unchanged when other scripts come and go', () => {
  for (const total of [1, 2, 3, 4, 7]) {
    const before = new Map(paths.map((p) => [p, shardOf(p, total)]));
    for (const p of paths) {
      const want = Number(createHash('sha256').update(p).digest().readBigUInt64BE(0) % BigInt(total));
      assert.is(before.get(p), want, `${p} of ${total}`);
      assert.ok(want >= 0 && want < total);
    }
    // Add and remove scripts: every remaining one stays where it was.
    const more = [...paths.slice(10), ...Array.from({ length: 40 }, (_, k) => `suite/new/extra-${k}.a64`)];
    for (const p of more) if (before.has(p)) assert.is(shardOf(p, total), before.get(p), `${p} moved when others were added`);
    // Each script is in exactly one shard, and with 60 scripts no shard of up to 4 is empty.
    const counts = Array<number>(total).fill(0);
    for (const p of paths) {
      const inIt = Array.from({ length: total }, (_, k) => inShard(p, { index: k + 1, total, source: 't' }));
      assert.is(inIt.filter(Boolean).length, 1, `${p} in exactly one of ${total} shards`);
      counts[inIt.indexOf(true)]++;
    }
    if (total <= 4) assert.ok(counts.every((c) => c > 0), `every shard of ${total} gets scripts: ${counts}`);
  }
  assert.ok(inShard('anything.a64', undefined), 'no shard: every script runs');
});

test('resolveShard: --shard, CI_NODE_INDEX/CI_NODE_TOTAL, JOB_COMPLETION_INDEX with a total', () => {
  const none = {} as NodeJS.ProcessEnv;
  assert.is(resolveShard(undefined, undefined, none), undefined);
  assert.equal(resolveShard('2/4', undefined, none), { index: 2, total: 4, source: '--shard' });
  assert.equal(resolveShard(' 1/1 ', undefined, none), { index: 1, total: 1, source: '--shard' });
  // --shard wins over the environment.
  assert.equal(resolveShard('3/3', undefined, { CI_NODE_INDEX: '1', CI_NODE_TOTAL: '2', JOB_COMPLETION_INDEX: '0' }), { index: 3, total: 3, source: '--shard' });
  // GitLab `parallel:` (1-based).
  assert.equal(resolveShard(undefined, undefined, { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '5' }), { index: 2, total: 5, source: 'CI_NODE_INDEX/CI_NODE_TOTAL' });
  assert.is(resolveShard(undefined, undefined, { CI_NODE_INDEX: '2' }), undefined, 'CI_NODE_INDEX alone is no shard');
  // A Kubernetes Indexed Job (0-based index), its total from the environment or --shard-total.
  assert.equal(resolveShard(undefined, undefined, { JOB_COMPLETION_INDEX: '0', A64DBG_SHARD_TOTAL: '3' }),
    { index: 1, total: 3, source: 'JOB_COMPLETION_INDEX/A64DBG_SHARD_TOTAL' });
  assert.equal(resolveShard(undefined, '4', { JOB_COMPLETION_INDEX: '3', A64DBG_SHARD_TOTAL: '9' }),
    { index: 4, total: 4, source: 'JOB_COMPLETION_INDEX/--shard-total' });
  const bad = (shard: string | undefined, total: string | undefined, env: NodeJS.ProcessEnv, why: RegExp): void => {
    assert.throws(() => resolveShard(shard, total, env), (e: Error) => e instanceof ShardError && why.test(e.message),
      `${shard}/${total}/${JSON.stringify(env)} -> ${why}`);
  };
  for (const s of ['2', 'a/b', '1/2/3', '-1/2', '1.5/2', '']) bad(s, undefined, none, /bad --shard '.*': I\/N/);
  bad('0/2', undefined, none, /bad shard 0\/2 \(from --shard\)/);
  bad('3/2', undefined, none, /bad shard 3\/2/);
  bad('1/0', undefined, none, /bad shard 1\/0/);
  bad('1/2', '2', none, /leave out --shard-total/);
  bad(undefined, '2', none, /--shard-total goes with JOB_COMPLETION_INDEX/);
  bad(undefined, undefined, { CI_NODE_INDEX: 'x', CI_NODE_TOTAL: '2' }, /bad CI_NODE_INDEX 'x'/);
  bad(undefined, undefined, { CI_NODE_INDEX: '3', CI_NODE_TOTAL: '2' }, /bad shard 3\/2 \(from CI_NODE_INDEX\/CI_NODE_TOTAL\)/);
  bad(undefined, undefined, { JOB_COMPLETION_INDEX: '0' }, /JOB_COMPLETION_INDEX is set .* give --shard-total N or A64DBG_SHARD_TOTAL/);
  bad(undefined, undefined, { JOB_COMPLETION_INDEX: '3', A64DBG_SHARD_TOTAL: '3' }, /bad shard 4\/3/);
  bad(undefined, 'many', { JOB_COMPLETION_INDEX: '0' }, /bad shard total 'many'/);
});

// ---- reports ------------------------------------------------------------------------------------

const NASTY = 'ctl \x01\x07\x1b[31mred\x1b[0m \x7f ]]> "quoted" \'single\' <tag> & amp; caf\xc3\xa9'; // console text is latin1 bytes

const results: ScriptResult[] = [
  { index: 0, file: 'smoke/pass.a64', ok: true, bad: false, ms: 1234.5, instructions: 10, guestNs: 20, artifacts: { console: 'res/smoke/pass.a64/console.log' } },
  {
    index: 1, file: 'net/fail "q" <&>.a64', ok: false, bad: false, ms: 2000, instructions: 1, guestNs: 2,
    failure: {
      message: 'expect: no match for /a]]>b/ (timed out after 1.0 s of guest time)\nsecond line \x00\x1b',
      at: 'net/fail "q" <&>.a64:7', step: 'expect a]]>b timeout=1', pattern: '/a]]>b/',
      console: ['a64dbg:~# echo hi', NASTY, 'last'],
    },
    artifacts: { console: 'res/net/console.log', traps: 'res/net/traps.log', snapshot: 'res/net/failure.a64snap' },
  },
  {
    index: 2, file: 'bad.a64', ok: false, bad: true, ms: 3, instructions: 0, guestNs: 0,
    failure: { message: "snapshot 'x.a64snap' is not an a64dbg snapshot", at: 'bad.a64:1', step: 'restore x.a64snap', console: [] },
    artifacts: { console: 'res/bad.a64/console.log', traps: 'res/bad.a64/traps.log' },
  },
];

test('TAP: header, ok lines, a YAML block under each failure with no raw control characters', () => {
  assert.is(tapHeader(3), 'TAP version 13\n1..3\n');
  assert.is(tapResult(1, results[0]), 'ok 1 - smoke/pass.a64 # time=1.23s\n');
  const fail = tapResult(2, results[1]);
  const lines = fail.replace(/\n$/, '').split('\n');
  assert.is(lines[0], 'not ok 2 - net/fail "q" <&>.a64 # time=2.00s');
  assert.is(lines[1], '  ---');
  assert.is(lines[lines.length - 1], '  ...');
  for (const l of lines.slice(1)) assert.ok(l.startsWith('  '), `indented: ${JSON.stringify(l)}`);
  assert.not.match(fail, /[\x00-\x08\x0b-\x1f\x7f]/, 'no raw control characters');
  const field = (k: string): unknown => {
    const l = lines.find((x) => x.startsWith(`  ${k}: `));
    return l === undefined ? undefined : JSON.parse(l.slice(k.length + 4));
  };
  assert.is(field('message'), results[1].failure!.message, 'message: a JSON (YAML double-quoted) string that reads back');
  assert.is(field('at'), 'net/fail "q" <&>.a64:7');
  assert.is(field('step'), 'expect a]]>b timeout=1');
  assert.is(field('pattern'), '/a]]>b/');
  const c = lines.indexOf('  console: |-');
  assert.ok(c > 0, 'a literal block of console lines');
  assert.equal(lines.slice(c + 1, c + 4), [
    '    a64dbg:~# echo hi',
    '    ctl \\x01\\x07\\x1b[31mred\\x1b[0m \\x7f ]]> "quoted" \'single\' <tag> & amp; café',
    '    last',
  ], 'control characters shown as \\xNN, the latin1 bytes as the UTF-8 they are');
  assert.ok(lines.includes('  artifacts:'));
  assert.ok(lines.includes('    snapshot: "res/net/failure.a64snap"'));
  assert.ok(lines.includes('  duration_ms: 2000'));
  const bad = tapResult(3, results[2]);
  assert.match(bad, /^not ok 3 - bad\.a64 # time=0\.00s\n  ---\n  message: "snapshot 'x\.a64snap' is not an a64dbg snapshot"\n/);
  assert.not.match(bad, /console: \|-/, 'no console block when nothing was printed');
  assert.is(summary(results, undefined), '1 passed, 2 failed (1 could not run as written)');
  assert.is(summary(results.slice(0, 1), { index: 2, total: 3, source: '--shard' }), 'shard 2/3: 1 passed, 0 failed');
});

/**
 * A small XML 1.0 well-formedness check: one root, tags nest and close, attributes quoted once
 * each, `<` and `&` only as markup and entities, no characters XML forbids, no `]]>` in text.
 * Returns the elements (name, attributes with entities decoded, text).
 */
interface El { name: string; attrs: Record<string, string>; text: string; children: El[] }
function parseXml(xml: string): El {
  assert.not.match(xml, /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/, 'no characters XML 1.0 forbids');
  const decode = (s: string, where: string): string => {
    assert.not.match(s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, ''), /[&<]/, `no bare & or < in ${where}`);
    return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
      e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" :
        String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1))));
  };
  let rest = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  assert.is.not(rest, xml, 'an XML declaration first');
  const root: El = { name: '#root', attrs: {}, text: '', children: [] };
  const stack = [root];
  while (rest.length) {
    const lt = rest.indexOf('<');
    const text = lt < 0 ? rest : rest.slice(0, lt);
    assert.not.ok(text.includes(']]>'), 'no ]]> in text');
    stack[stack.length - 1].text += decode(text, 'text');
    if (lt < 0) break;
    rest = rest.slice(lt);
    const close = /^<\/([A-Za-z][\w.-]*)\s*>/.exec(rest);
    if (close) {
      const top = stack.pop()!;
      assert.is(close[1], top.name, 'tags close in order');
      rest = rest.slice(close[0].length);
      continue;
    }
    const open = /^<([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"<]*")*)\s*(\/?)>/.exec(rest);
    assert.ok(open, `a well-formed tag at ${JSON.stringify(rest.slice(0, 80))}`);
    const attrs: Record<string, string> = {};
    for (const a of open![2].matchAll(/([A-Za-z][\w.-]*)="([^"]*)"/g)) {
      assert.not.ok(a[1] in attrs, `attribute ${a[1]} given once`);
      attrs[a[1]] = decode(a[2], `attribute ${a[1]}`);
    }
    const el: El = { name: open![1], attrs, text: '', children: [] };
    stack[stack.length - 1].children.push(el);
    if (!open![3]) stack.push(el);
    rest = rest.slice(open![0].length);
  }
  assert.is(stack.length, 1, 'every element closed');
  assert.is(root.children.length, 1, 'one root element');
  assert.is(root.text.trim(), '', 'nothing but whitespace outside the root');
  return root.children[0];
}

/** Python's expat, when there is a python3: a second, strict opinion on well-formedness. */
function expatAccepts(file: string): boolean | undefined {
  const r = spawnSync('python3', ['-c', 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])', file], { encoding: 'utf8' });
  if (r.error || r.status === null) return undefined;
  if (r.status !== 0) console.log(r.stderr);
  return r.status === 0;
}

test('JUnit XML: well-formed, counts, <failure> and <error>, escaped messages and console bytes', () => {
  const xml = junitXml(results, { index: 1, total: 2, source: '--shard' }, new Date('2026-01-02T03:04:05.678Z'));
  const file = join(tmp, 'junit.xml');
  writeFileSync(file, xml);
  const expat = expatAccepts(file);
  if (expat === undefined) console.log('runner-script.test.ts: no python3, JUnit XML checked by the test\'s own parser only');
  else assert.ok(expat, 'python3 xml.dom.minidom parses the report');
  const suites = parseXml(xml);
  assert.is(suites.name, 'testsuites');
  assert.equal([suites.attrs.tests, suites.attrs.failures, suites.attrs.errors], ['3', '1', '1']);
  const suite = suites.children[0];
  assert.is(suite.name, 'testsuite');
  assert.equal([suite.attrs.tests, suite.attrs.failures, suite.attrs.errors, suite.attrs.skipped], ['3', '1', '1', '0']);
  assert.is(suite.attrs.timestamp, '2026-01-02T03:04:05');
  assert.is(suite.attrs.name, 'a64dbg run (shard 1/2)');
  assert.ok(Math.abs(Number(suite.attrs.time) - 3.2375) < 0.001, `the suite's time is the scripts' sum: ${suite.attrs.time}`);
  const props = suite.children.find((c) => c.name === 'properties');
  assert.is(props?.children[0].attrs.value, '1/2', 'the shard as a property');
  const cases = suite.children.filter((c) => c.name === 'testcase');
  assert.equal(cases.map((c) => c.attrs.name), results.map((r) => r.file), 'one testcase per script, names read back');
  assert.equal(cases.map((c) => c.attrs.classname), ['smoke', 'net', 'a64dbg']);
  assert.is(cases[0].children.length, 0, 'a pass has no children');
  assert.match(cases[0].attrs.time, /^1\.23[45]$/, 'seconds, 3 decimals');
  const [failure, out] = cases[1].children;
  assert.is(failure.name, 'failure');
  assert.is(failure.attrs.type, 'StepFailure');
  // The message reads back as written, but with control characters made visible.
  assert.is(failure.attrs.message, 'expect: no match for /a]]>b/ (timed out after 1.0 s of guest time)\nsecond line \\x00\\x1b');
  assert.match(failure.text, /^at net\/fail "q" <&>\.a64:7\nstep: expect a]]>b timeout=1\npattern: \/a]]>b\/\n\n/);
  assert.ok(failure.text.includes('ctl \\x01\\x07\\x1b[31mred\\x1b[0m \\x7f ]]> "quoted" \'single\' <tag> & amp; café\nlast'), failure.text);
  assert.is(out.name, 'system-out');
  assert.equal(out.text.split('\n'), ['[[ATTACHMENT|res/net/console.log]]', '[[ATTACHMENT|res/net/traps.log]]', '[[ATTACHMENT|res/net/failure.a64snap]]']);
  const error = cases[2].children[0];
  assert.equal([error.name, error.attrs.type], ['error', 'BadScript']);
  assert.match(error.attrs.message, /is not an a64dbg snapshot/);
  // Empty and all-passing reports are well-formed too.
  for (const rs of [[], results.slice(0, 1)]) {
    const x = parseXml(junitXml(rs, undefined, new Date()));
    assert.equal([x.attrs.tests, x.attrs.failures, x.attrs.errors], [String(rs.length), '0', '0']);
    assert.is(x.children[0].attrs.name, 'a64dbg run');
  }
});

// ---- the command: nothing runs unless every script is good ------------------------------------

test('a64dbg run: a bad script among good ones -> status 2, FILE:LINE on stderr, nothing run', async () => {
  const dir = join(tmp, 'cli');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  const good = `boot --kernel ${ELF}\nexpect branches start\n`;
  writeFileSync(join(dir, 'a-good.a64'), good);
  writeFileSync(join(dir, 'sub', 'b-bad.a64'), `boot --kernel ${ELF}\n# comment\nexpct branches start\n`);
  writeFileSync(join(dir, 'c-good.a64'), good);
  writeFileSync(join(dir, 'd-bad.a64'), `boot --kernel ${ELF}\nexpect (\n`);
  writeFileSync(join(dir, 'e-noguest.a64'), 'exec uname\n');
  const results = join(dir, 'results'), junit = join(dir, 'junit.xml');
  const r = await runCli(['run', dir, '-j', '1', '--results', results, '--junit', junit], { noGuest: true });
  assert.is(r.status, 2, `status 2: ${r.stderr}`);
  assert.is(r.stdout, '', 'no TAP: nothing ran');
  assert.match(r.stderr, /3 bad scripts:\n/);
  assert.match(r.stderr, /sub\/b-bad\.a64:3: unknown step 'expct'/);
  assert.match(r.stderr, /d-bad\.a64:2: bad pattern/);
  assert.match(r.stderr, /e-noguest\.a64:1: restores the prompt snapshot of the default guest/);
  assert.not.match(r.stderr, /good/, 'the good scripts are not named');
  assert.not.match(r.stderr, /\n\s+at /, 'no stack trace');
  assert.not.ok(existsSync(results), 'no results folder');
  assert.not.ok(existsSync(junit), 'no JUnit report');
});

test('a64dbg run: a script that cannot run as written (not a snapshot) -> status 2, not ok, a JUnit <error>', async () => {
  const dir = join(tmp, 'cli-bad-input');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'junk.a64snap'), 'this is not a snapshot\n');
  writeFileSync(join(dir, 'restore-junk.a64'), '# a file that is there but is no snapshot\nrestore junk.a64snap\nexec true\n');
  writeFileSync(join(dir, 'ok.a64'), `boot --kernel ${ELF}\nexpect /bl lr == return address: 0+1/\n`);
  const junit = join(dir, 'junit.xml');
  const r = await runCli(['run', join(dir, 'restore-junk.a64'), join(dir, 'ok.a64'), '-j', '1', '--results', join(dir, 'res'), '--junit', junit], { noGuest: true });
  assert.is(r.status, 2, `status 2: ${r.stdout}${r.stderr}`);
  const tap = r.stdout.split('\n');
  assert.is(tap[0], 'TAP version 13');
  assert.is(tap[1], '1..2');
  assert.match(tap[2], /^ok 1 - .*ok\.a64 # time=\d+\.\d\ds$/, 'sorted by path: ok.a64 first');
  assert.match(tap[3], /^not ok 2 - .*restore-junk\.a64 # time=/);
  assert.match(r.stdout, /  at: ".*restore-junk\.a64:2"\n/);
  assert.match(r.stdout, /\n# 1 passed, 1 failed \(1 could not run as written\)\n$/);
  const x = parseXml(readFileSync(junit, 'utf8'));
  assert.equal([x.attrs.tests, x.attrs.failures, x.attrs.errors], ['2', '0', '1']);
});

test.run();
