// Snapshots on the command line (issue #13), with bare-metal firmware, spawned as a user runs it:
//   - `boot --kernel X --save-snapshot F --save-when REGEX` saves right after the first match and
//     runs on unchanged; `boot --restore F` prints exactly what the cold run printed after it;
//   - `--save-snapshot F` with `--max-insns N` saves where the run stopped; the restored run
//     prints the rest and ends as the cold run did; a GICv2 snapshot restores as GICv2 by itself;
//   - a damaged file (cut short, a bit flipped, another format version, not a snapshot, missing)
//     given to --restore: status 1, one `a64dbg: ` line on stderr, no stack trace, no stdout;
//   - options that disagree with the snapshot (-m 256 for a 512 MiB one, --gic), or that go with a
//     cold boot (--kernel, --append), are refused the same way.
// The cold runs that give the expected output never save anything.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliResult } from './cli-helpers.ts';
import { readSnapshot, SNAPSHOT_FORMAT_VERSION } from '../src/snapshot/snapshot.ts';

const V3 = 'firmware/bin/sys_timer_v3.elf';
const V2 = 'firmware/bin/sys_timer_v2.elf';
const WHEN = 'virt timer: fired irqs=1 intid=27\\n'; // printed 4 times by sys_timer_v3: the first counts
const STOP_AT = 2_500;

const tmp = mkdtempSync(join(tmpdir(), 'a64dbg-snapshot-cli-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const F = (name: string): string => join(tmp, name);
const run = (args: string[]): Promise<CliResult> => runCli(args, { noGuest: true });

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

/** Bad input: status 1, exactly one `a64dbg: ` line on stderr matching `want`, nothing on stdout. */
function assertRefused(r: CliResult, want: RegExp, what: string): void {
  assert.is(r.signal, null, `${what}: killed by ${r.signal}`);
  assert.is(r.status, 1, `${what}: status (stderr: ${r.stderr})`);
  const err = lines(r.stderr);
  assert.is(err.length, 1, `${what}: stderr has ${err.length} lines:\n${r.stderr}`);
  assert.ok(err[0].startsWith('a64dbg: '), `${what}: ${JSON.stringify(err[0])}`);
  assert.not.match(r.stderr, /\n\s+at /, `${what}: stack trace`);
  assert.match(err[0], want, what);
  assert.is(r.stdout, '', `${what}: nothing on stdout`);
}

/** The "snapshot saved to FILE (... at instruction N)" line: N. */
function savedAt(r: CliResult, file: string): number {
  const m = new RegExp(`^a64dbg: snapshot saved to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\([\\d.]+ MiB, at instruction (\\d+)\\)$`, 'm').exec(r.stderr);
  assert.ok(m, `the save is reported on stderr: ${r.stderr}`);
  return Number(m[1]);
}

const R = new Map<string, CliResult>();
/** Runs the named command lines, two at a time (each costs a Node + tsx start-up). */
async function stage(list: [string, string[]][]): Promise<void> {
  const queue = [...list];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) R.set(job[0], await run(job[1]));
  };
  await Promise.all([worker(), worker()]);
}
const get = (name: string): CliResult => {
  const r = R.get(name);
  if (!r) throw new Error(`no result for ${name}`);
  return r;
};

test('set-up: cold runs, runs that save, then runs that restore or are refused', async () => {
  await stage([
    ['cold v3', ['boot', '--kernel', V3]],
    ['cold v2', ['boot', '--gic', '2', '--kernel', V2]],
    ['save-when v3', ['boot', '--kernel', V3, '--save-snapshot', F('when.a64snap'), '--save-when', WHEN]],
    ['max-insns v3', ['boot', '--kernel', V3, '--max-insns', String(STOP_AT), '--save-snapshot', F('stop.a64snap')]],
    ['max-insns v2', ['boot', '--gic', '2', '--kernel', V2, '--max-insns', String(STOP_AT), '--save-snapshot', F('v2.a64snap')]],
    ['512 MiB', ['boot', '-m', '512', '--kernel', V3, '--max-insns', '1000', '--save-snapshot', F('512.a64snap')]],
  ]);
  // Damaged copies of a good snapshot file.
  const good = readFileSync(F('when.a64snap'));
  writeFileSync(F('cut.a64snap'), good.subarray(0, Math.floor(good.length / 2)));
  const flipped = Buffer.from(good);
  flipped[Math.floor(good.length * 0.6)] ^= 0x10;
  writeFileSync(F('flipped.a64snap'), flipped);
  const version = Buffer.from(good);
  version.writeUInt32LE(SNAPSHOT_FORMAT_VERSION + 1, 8);
  writeFileSync(F('version.a64snap'), version);
  writeFileSync(F('empty.a64snap'), Buffer.alloc(0));
  await stage([
    ['restore when', ['boot', '--restore', F('when.a64snap')]],
    ['restore stop', ['boot', '--restore', F('stop.a64snap')]],
    ['restore stop agreeing', ['boot', '--restore', F('stop.a64snap'), '-m', '512', '--gic', '3', '--cpu', 'cortex-a57', '--clock', 'deterministic']],
    ['restore v2', ['boot', '--restore', F('v2.a64snap')]],
    ['restore v2 --gic 3', ['boot', '--restore', F('v2.a64snap'), '--gic', '3']],
    ['restore 512 -m 256', ['boot', '--restore', F('512.a64snap'), '-m', '256']],
    ['restore 512 -m 512', ['boot', '--restore', F('512.a64snap'), '-m', '512']],
    ['restore --max-insns', ['boot', '--restore', F('stop.a64snap'), '--max-insns', '1000']],
    ['cut', ['boot', '--restore', F('cut.a64snap')]],
    ['flipped', ['boot', '--restore', F('flipped.a64snap')]],
    ['version', ['boot', '--restore', F('version.a64snap')]],
    ['empty', ['boot', '--restore', F('empty.a64snap')]],
    ['an ELF', ['boot', '--restore', V3]],
    ['missing', ['boot', '--restore', F('no-such.a64snap')]],
    ['with --kernel', ['boot', '--restore', F('when.a64snap'), '--kernel', V3]],
    ['with --append', ['boot', '--restore', F('when.a64snap'), '--append', 'x=1']],
    ['--save-when alone', ['boot', '--kernel', V3, '--save-when', 'x']],
    ['--save-snapshot into no folder', ['boot', '--kernel', V3, '--save-snapshot', F('no/such/dir/x.a64snap')]],
  ]);
});

test('cold runs: the firmware runs to its end (status 0), nothing on stderr', () => {
  for (const name of ['cold v3', 'cold v2']) {
    const r = get(name);
    assert.is(r.status, 0, `${name}: ${r.stderr}`);
    assert.match(r.stdout, /\ndone\n$/);
    assert.is(r.stderr, '');
  }
  assert.is(get('cold v3').stdout.split('virt timer: fired').length - 1, 3, 'sys_timer_v3 prints the --save-when line more than once');
});

test('--save-when REGEX: saved right after the first match; the saving run goes on unchanged; --restore prints the rest', async () => {
  const cold = get('cold v3').stdout;
  const saving = get('save-when v3'), restored = get('restore when');
  const match = new RegExp(WHEN.replace('\\n', '\n')).exec(cold)!;
  const split = match.index + match[0].length;
  assert.ok(split < cold.length - 100, 'the first match is well before the end');
  assert.is(saving.status, 0, saving.stderr);
  assert.is(saving.stdout, cold, 'the saving run printed what the cold run printed');
  const at = savedAt(saving, F('when.a64snap'));
  assert.is(lines(saving.stderr).length, 1, saving.stderr);
  const image = await readSnapshot(F('when.a64snap'));
  assert.is(image.meta.instructions, at, 'the file is the machine at the reported instruction');
  assert.is(image.meta.boot?.kernel.path, V3);
  assert.is(restored.status, 0, `restored: ${restored.stderr}`);
  assert.is(restored.stderr, '');
  assert.is(restored.stdout, cold.slice(split), 'the restored run prints exactly what the cold run printed after the first match');
});

test('--save-snapshot with --max-insns: saved where the run stopped (status 124); --restore prints the rest and ends as the cold run', async () => {
  const cold = get('cold v3').stdout;
  const saving = get('max-insns v3');
  assert.is(saving.status, 124, saving.stderr);
  assert.is(savedAt(saving, F('stop.a64snap')), STOP_AT);
  assert.match(saving.stderr, new RegExp(`instruction limit of ${STOP_AT} reached`));
  assert.ok(saving.stdout.length > 0 && cold.startsWith(saving.stdout), 'a prefix of the cold output');
  assert.is((await readSnapshot(F('stop.a64snap'))).meta.instructions, STOP_AT);
  for (const name of ['restore stop', 'restore stop agreeing']) {
    const r = get(name);
    assert.is(r.status, 0, `${name}: ${r.stderr}`);
    assert.is(r.stderr, '', name);
    assert.is(saving.stdout + r.stdout, cold, `${name}: the saved prefix and the restored rest are the cold output`);
  }
  // --max-insns after --restore counts from the restored instruction.
  const limited = get('restore --max-insns');
  assert.is(limited.status, 124, limited.stderr);
  assert.match(limited.stderr, new RegExp(`instruction limit of ${STOP_AT + 1000} reached`));
  assert.ok(cold.startsWith(saving.stdout + limited.stdout));
});

test('a GICv2 snapshot restores as GICv2 without --gic; --gic 3 is refused', () => {
  const cold = get('cold v2').stdout;
  const saving = get('max-insns v2'), restored = get('restore v2');
  assert.is(saving.status, 124, saving.stderr);
  assert.is(restored.status, 0, restored.stderr);
  assert.is(saving.stdout + restored.stdout, cold);
  assertRefused(get('restore v2 --gic 3'), /^a64dbg: cannot restore '.*v2\.a64snap' as asked: the snapshot has GICv2, the machine has GICv3$/, '--gic 3');
});

test('--restore of a 512 MiB snapshot with -m 256: refused in one line; with -m 512 it runs', () => {
  assert.is(get('512 MiB').status, 124, get('512 MiB').stderr);
  assertRefused(get('restore 512 -m 256'), /^a64dbg: cannot restore '.*512\.a64snap' as asked: the snapshot has 512 MiB of RAM, the machine has 256 MiB$/, '-m 256');
  const ok = get('restore 512 -m 512');
  assert.is(ok.status, 0, ok.stderr);
  assert.is(get('512 MiB').stdout + ok.stdout, get('cold v3').stdout);
});

test('damaged snapshot files given to --restore: status 1, one clean line naming the problem, nothing on stdout', () => {
  const cases: [string, RegExp][] = [
    ['cut', /^a64dbg: snapshot '.*cut\.a64snap': truncated: /],
    ['flipped', /^a64dbg: snapshot '.*flipped\.a64snap': section '(STAT|RAM)' \(at byte \d+\) fails its SHA-256 checksum: the file is damaged$/],
    ['version', new RegExp(`^a64dbg: snapshot '.*version\\.a64snap': snapshot format version ${SNAPSHOT_FORMAT_VERSION + 1}; this a64dbg reads version ${SNAPSHOT_FORMAT_VERSION}$`)],
    ['empty', /^a64dbg: snapshot '.*empty\.a64snap': not an a64dbg snapshot \(bad magic\)$/],
    ['an ELF', /^a64dbg: snapshot 'firmware\/bin\/sys_timer_v3\.elf': not an a64dbg snapshot \(bad magic\)$/],
    ['missing', /^a64dbg: cannot read snapshot '.*no-such\.a64snap': ENOENT$/],
  ];
  for (const [name, want] of cases) assertRefused(get(name), want, name);
});

test('--restore with options of a cold boot, and --save-* misuse: refused in one line', () => {
  assertRefused(get('with --kernel'), /^a64dbg: --restore continues the guest in the snapshot: --kernel goes with a cold boot$/, '--kernel');
  assertRefused(get('with --append'), /^a64dbg: --restore continues the guest in the snapshot: --append goes with a cold boot$/, '--append');
  assertRefused(get('--save-when alone'), /^a64dbg: --save-when needs --save-snapshot FILE$/, '--save-when alone');
  assertRefused(get('--save-snapshot into no folder'), /^a64dbg: cannot write --save-snapshot '.*x\.a64snap': no folder .*no\/such\/dir$/, 'no folder');
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test.run();
