// The real command line, spawned as a user would run it (`node bin/a64dbg.js boot ...`): bad
// input ends with exactly one `a64dbg: ` line on stderr, status 1 and no stack trace; guest
// faults exit 2 naming the instruction and PC; the guest's exit status is the process's; the
// instruction bound exits 124; `--trace traps` logs exits. The processes run concurrently
// (each costs a Node + tsx start-up), before the tests look at their results.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { arm64Image } from './helpers.ts';
import { runCli, type CliResult } from './cli-helpers.ts';

const REPO = resolve(import.meta.dirname, '..');
const CRC = 'firmware/bin/crc.elf';

// No default guest: A64DBG_GUEST_DIR points at an empty place, whatever this checkout has cached.
const run = (args: string[]): Promise<CliResult> => runCli(args, { noGuest: true });

// ---- input files, made once in a temporary directory ----------------------------------------

const tmp = mkdtempSync(join(tmpdir(), 'a64dbg-cli-test-'));
// Removed after the suite, and also on exit in case another suite's failure stops the run early.
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const crc = readFileSync(join(REPO, CRC));

function file(name: string, bytes: Uint8Array): string {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  return p;
}
function patched(name: string, edit: (b: Buffer, dv: DataView) => void): string {
  const b = Buffer.from(crc);
  edit(b, new DataView(b.buffer, b.byteOffset, b.byteLength));
  return file(name, b);
}

// Seeded random bytes (xorshift32): never starts with the ELF magic.
const random = new Uint8Array(4096);
{
  let s = 0x1234567;
  for (let k = 0; k < random.length; k++) { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; random[k] = s & 0xff; }
  random[0] = 0x42;
}

/** A minimal arm64 Image (code0 `b .`): the 64-byte header and `bytes` in total. */
const image = (imageSize: number, bytes = 4096): Uint8Array => arm64Image({ imageSize, length: bytes });

const FILES = {
  empty: file('empty.elf', new Uint8Array(0)),
  bigImage: file('big.Image', image(40 * 1024 * 1024)), // needs 40 MiB of RAM
  smallImage: file('small.Image', image(2 * 1024 * 1024)),
  bigInitrd: file('big.initrd', new Uint8Array(24 * 1024 * 1024)),
  random: file('random.bin', random),
  trunc40: file('trunc40.elf', crc.subarray(0, 40)),
  trunc200: file('trunc200.elf', crc.subarray(0, 200)),
  class32: patched('class32.elf', (b) => { b[4] = 1; }), // EI_CLASS = ELFCLASS32
  bigEndian: patched('be.elf', (b) => { b[5] = 2; }), // EI_DATA = ELFDATA2MSB
  x86: patched('x86.elf', (_b, dv) => dv.setUint16(18, 62, true)), // EM_X86_64
  outsideRam: patched('low.elf', (_b, dv) => {
    // p_paddr of the first PT_LOAD program header -> 0x1000 (flash, not RAM).
    const phoff = Number(dv.getBigUint64(32, true)), phentsize = dv.getUint16(54, true), phnum = dv.getUint16(56, true);
    for (let k = 0; k < phnum; k++) {
      const o = phoff + k * phentsize;
      if (dv.getUint32(o, true) === 1) { dv.setBigUint64(o + 24, 0x1000n, true); return; }
    }
    throw new Error('crc.elf has no PT_LOAD');
  }),
};

// ---- the runs -----------------------------------------------------------------------------------

const BAD_INPUT: [string, string[], RegExp][] = [
  ['missing kernel file', ['boot', '--kernel', join(tmp, 'does-not-exist.elf')], /cannot read kernel .*ENOENT/],
  ['a directory as --kernel', ['boot', '--kernel', 'firmware'], /kernel 'firmware' is a directory/],
  ['an empty file', ['boot', '--kernel', FILES.empty], /empty/],
  ['an ELF truncated to 40 bytes', ['boot', '--kernel', FILES.trunc40], /truncated ELF header/],
  ['an ELF truncated to 200 bytes', ['boot', '--kernel', FILES.trunc200], /truncated ELF/],
  ['a 32-bit ELF (EI_CLASS=1)', ['boot', '--kernel', FILES.class32], /not a 64-bit ELF/],
  ['a big-endian ELF', ['boot', '--kernel', FILES.bigEndian], /not a little-endian ELF/],
  ['an x86-64 ELF', ['boot', '--kernel', FILES.x86], /machine 62 is not AArch64/],
  ['an ELF linked outside RAM', ['boot', '--kernel', FILES.outsideRam], /physical 0x1000 .*outside RAM/],
  ['--memory 0', ['boot', '--kernel', CRC, '--memory', '0'], /bad --memory value '0'/],
  ['--memory 5', ['boot', '--kernel', CRC, '--memory', '5'], /bad --memory value '5'/],
  ['--memory abc', ['boot', '--kernel', CRC, '--memory', 'abc'], /bad --memory value 'abc'/],
  ['--memory 9999999', ['boot', '--kernel', CRC, '--memory', '9999999'], /bad --memory value '9999999'/],
  ['an unknown --trace category', ['boot', '--kernel', CRC, '--trace', 'bogus'], /unknown --trace category 'bogus'/],
  ['an unknown --stop-on event', ['boot', '--kernel', CRC, '--stop-on', 'bogus'], /unknown --stop-on event 'bogus' \(known: external-abort\)/],
  ['boot without --kernel and no cached guest', ['boot'], /no guest images in .*: run `npm run guest` first/],
  ['an Image larger than RAM', ['boot', '--kernel', FILES.bigImage, '--memory', '32'], /does not fit|too small|RAM/],
  ['an initrd that does not fit in RAM', ['boot', '--kernel', FILES.smallImage, '--initrd', FILES.bigInitrd, '--memory', '16'], /initrd/],
  ['a missing initrd', ['boot', '--kernel', FILES.smallImage, '--initrd', join(tmpdir(), 'no-such-initrd-a64dbg')], /initrd .*(not found|ENOENT|cannot read|does not exist)/],
  ['--initrd with an ELF kernel', ['boot', '--kernel', CRC, '--initrd', FILES.smallImage], /--initrd goes with an arm64 Image/],
  ['a bad --gic', ['boot', '--kernel', CRC, '--gic', '4'], /bad --gic value '4'/],
  ['an unknown option', ['boot', '--kernel', CRC, '--frobnicate'], /Unknown argument: frobnicate/],
];

const GUEST: Record<string, string[]> = {
  undef: ['boot', '--kernel', 'firmware/bin/undef.elf'],
  garbage: ['boot', '--kernel', 'firmware/bin/garbage.elf'],
  random: ['boot', '--kernel', FILES.random, '--max-insns', '10000000'],
  system: ['boot', '--kernel', 'firmware/bin/system.elf'],
  crc: ['boot', '--kernel', CRC],
  limit: ['boot', '--kernel', 'firmware/bin/bench_small.elf', '--max-insns', '1000'],
  trace: ['boot', '--kernel', 'firmware/bin/semihost.elf', '--trace', 'traps'],
  stopOnAbort: ['boot', '--kernel', 'firmware/bin/sys_extabt.elf', '--stop-on', 'external-abort'],
  dtbOut: ['boot', '--kernel', FILES.smallImage, '--append', 'console=ttyAMA0 quiet', '--dtb-out', join(tmp, 'out.dtb'), '--max-insns', '100'],
};

const results = new Map<string, CliResult>();

test.before(async () => {
  const jobs: [string, string[]][] = [...BAD_INPUT.map(([name, args]) => [name, args] as [string, string[]]), ...Object.entries(GUEST)];
  // Each run is ~0.45 s of CPU and some idle start-up time: overlap a few per core.
  const width = Math.max(4, Math.min(8, availableParallelism() * 2));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const [name, args] = jobs[next++];
      results.set(name, await run(args));
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
});

test.after(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function get(name: string): CliResult {
  const r = results.get(name);
  if (!r) throw new Error(`no result for '${name}'`);
  return r;
}

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');
const noStack = (r: CliResult, what: string): void => {
  const st = lines(r.stderr).find((l) => l.startsWith('    at '));
  assert.is(st, undefined, `${what}: stack trace on stderr:\n${r.stderr}`);
};

for (const [name, , message] of BAD_INPUT) {
  test(`bad input, ${name}: one 'a64dbg: ' line, status 1`, () => {
    const r = get(name);
    const err = lines(r.stderr);
    assert.is(r.signal, null, `${name}: killed by ${r.signal}`);
    assert.is(r.status, 1, `${name}: status (stderr: ${r.stderr})`);
    assert.is(err.length, 1, `${name}: stderr has ${err.length} lines:\n${r.stderr}`);
    assert.ok(err[0].startsWith('a64dbg: '), `${name}: stderr ${JSON.stringify(err[0])}`);
    assert.match(err[0], message);
    assert.ok(r.stderr.endsWith('\n'), 'the line is terminated');
    assert.is(r.stdout, '', `${name}: nothing on stdout`);
    noStack(r, name);
  });
}

test('input the guest never reads waits in the pipe: a flood on stdin is held back, the run ends normally', async () => {
  // bench.elf reads no input; under the interpreter it runs ~8 s. The emulator queues at most ~1 MiB
  // of console input, then pauses stdin, so the writer below stalls instead of the heap growing.
  const child = spawn(process.execPath, ['bin/a64dbg.js', 'boot', '--kernel', 'firmware/bin/bench.elf', '--tier', 'interp'],
    { cwd: resolve(import.meta.dirname, '..'), stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
  child.stdin.on('error', () => {}); // EPIPE when it ends with input still unread
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let accepted = 0, stalled = false;
  const t0 = Date.now();
  while (Date.now() - t0 < 4000 && child.exitCode === null) {
    if (!child.stdin.write(chunk)) {
      const drained = await Promise.race([new Promise<boolean>((r) => child.stdin.once('drain', () => r(true))), new Promise<boolean>((r) => setTimeout(() => r(false), 1000))]);
      if (!drained) { stalled = true; break; }
    }
    accepted += chunk.length;
  }
  assert.ok(stalled, `the pipe filled and stayed full (${accepted} bytes written)`);
  assert.ok(accepted < 8 << 20, `${accepted} bytes taken: at most the ~1 MiB queue plus pipe buffers`);
  const status = await new Promise<number | null>((r) => { child.once('close', (c) => r(c)); child.stdin.destroy(); });
  assert.is(status, 0);
  assert.match(out, /bench done/);
});

test('undef.elf: status 2, the encoding 0x00000000 and its pc on stderr', () => {
  const r = get('undef');
  assert.is(r.status, 2);
  // Two lines: the undefined instruction is logged once (the guest takes the exception), then
  // the guest, which has no vectors, runs into unmapped memory and the emulator stops.
  const err = lines(r.stderr);
  assert.is(err.length, 2, r.stderr);
  for (const l of err) assert.ok(l.startsWith('a64dbg: '), l);
  assert.match(err[0], /undefined instruction 0x00000000\b/);
  assert.match(err[1], /guest stopped: .*not RAM.*undefined instruction 0x00000000\b/);
  assert.match(err[1], /pc 0x0*400807b4\b/);
  // `.inst 0x00000000` (udf #0) is at 0x400807b4 in undef.elf (aarch64-linux-gnu-objdump -d).
  assert.match(err[0], /pc 0x0*400807b4\b/);
  assert.is(r.stdout, 'undef: executing udf #0\n');
  noStack(r, 'undef');
});

test('garbage.elf: status 2, a jump into zeroed .bss is an undefined 0x00000000 at its address', () => {
  const r = get('garbage');
  assert.is(r.status, 2);
  // Two lines: the undefined instruction is logged once (the guest takes the exception), then
  // the guest, which has no vectors, runs into unmapped memory and the emulator stops.
  const err = lines(r.stderr);
  assert.is(err.length, 2, r.stderr);
  for (const l of err) assert.ok(l.startsWith('a64dbg: '), l);
  assert.match(err[0], /undefined instruction 0x00000000\b/);
  assert.match(err[1], /guest stopped: .*not RAM.*undefined instruction 0x00000000\b/);
  assert.match(err[1], /pc 0x0*40081000\b/);
  // `zeros` (.bss, 4 KiB aligned) is at 0x40081000 (aarch64-linux-gnu-objdump -t).
  assert.match(err[0], /pc 0x0*40081000\b/);
  assert.is(r.stdout, 'garbage: jumping into a zero-filled page\n');
  noStack(r, 'garbage');
});

test('exit status propagation: system.elf exits 3', () => {
  const r = get('system');
  assert.is(r.status, 3, r.stderr);
  assert.is(r.stdout, readFileSync(join(REPO, 'test/golden/firmware/system.out'), 'latin1'));
});

test('crc.elf exits 0 and prints exactly the QEMU golden', () => {
  const r = get('crc');
  assert.is(r.status, 0, r.stderr);
  assert.is(r.stderr, '');
  assert.is(r.stdout, readFileSync(join(REPO, 'test/golden/firmware/crc.out'), 'latin1'));
});

test('--max-insns 1000 on bench_small.elf: status 124, one line', () => {
  const r = get('limit');
  assert.is(r.status, 124);
  const err = lines(r.stderr);
  assert.is(err.length, 1, r.stderr);
  assert.match(err[0], /^a64dbg: instruction limit of 1000 reached at pc 0x[0-9a-f]+$/);
  noStack(r, 'limit');
});

test('--trace traps on semihost.elf: trap lines for the PL011 write and the semihosting exit', () => {
  const r = get('trace');
  assert.is(r.status, 0, r.stderr.slice(-2000));
  const traps = lines(r.stderr).filter((l) => l.startsWith('trap '));
  assert.ok(traps.length > 10, `${traps.length} trap lines`);
  assert.ok(traps.some((l) => /^trap DABT_LOW pc=0x[0-9a-f]+ write \dB pl011\+0x0 = 0x[0-9a-f]+ -> done$/.test(l)), 'a PL011 data-register write');
  const last = traps[traps.length - 1];
  assert.match(last, /^trap HLT pc=0x[0-9a-f]+ semihosting op 0x(18|20) -> exit 0$/);
  // The guest's own semihosting output is all there once the (whole-line) trace lines are
  // taken out; they can follow a character written without a newline (SYS_WRITEC).
  const semihosting = readFileSync(join(REPO, 'test/golden/firmware/semihost.err'), 'latin1');
  assert.is(r.stderr.replace(/trap [^\n]*\n/g, ''), semihosting);
  assert.is(r.stdout, readFileSync(join(REPO, 'test/golden/firmware/semihost.out'), 'latin1'));
});

test('--stop-on external-abort: sys_extabt.elf stops (status 2) at its first access to nothing, naming it', () => {
  const r = get('stopOnAbort');
  assert.is(r.status, 2);
  const err = lines(r.stderr);
  assert.is(err.length, 1, r.stderr);
  assert.match(err[0], /^a64dbg: guest stopped: read from unmapped physical address 0x0*70000010 at pc 0x[0-9a-f]+$/);
  assert.is(r.stdout, 'sys_extabt\n-- mmu off, 0x70000000\nldr x1, [x0]\n');
  noStack(r, 'stopOnAbort');
});

test('--dtb-out writes the generated device tree, which dtc reads back', () => {
  const r = get('dtbOut');
  assert.is(r.status, 124, r.stderr); // the synthetic kernel spins until --max-insns
  const dtb = readFileSync(join(tmp, 'out.dtb'));
  assert.is(dtb.readUInt32BE(0), 0xd00dfeed, 'FDT magic');
  const dtc = spawnSync('dtc', ['-I', 'dtb', '-O', 'dts', join(tmp, 'out.dtb')], { encoding: 'utf8' });
  if (dtc.error) { console.log('dtc not installed: only the header was checked'); return; }
  assert.is(dtc.status, 0, dtc.stderr);
  assert.match(dtc.stdout, /bootargs = "console=ttyAMA0 quiet";/);
  assert.match(dtc.stdout, /compatible = "arm,gic-v3";/);
  assert.match(dtc.stdout, /pl011@9000000/);
  assert.not.match(dtc.stdout, /kaslr-seed/);
});

test('a file of random bytes boots as a raw binary, as in QEMU, saying so; the guest then stops on its garbage (status 2)', () => {
  const r = get('random');
  assert.match(r.stderr, /^a64dbg: '.*random\.bin' is not an ELF, an arm64 Image or a compressed kernel: booting it as a raw binary at RAM base \+ 0x80000, as QEMU does\n/);
  assert.is(r.status, 2, r.stderr);
  assert.match(r.stderr, /guest stopped: .* at pc 0x00000000400800/);
});

test.run();
