// Kernel symbols without the -dbg package (issue #16): the kernel's kallsyms found in memory with no
// help from the guest, served to gdb as an ELF symbol file with call-frame information.
//  - The tables in Debian's kernel Image: every name and (relative) address as the -dbg vmlinux's
//    symbol table has them (when scripts/fetch-vmlinux.sh has fetched it); damaged or foreign data
//    is refused, never thrown on.
//  - The symbol file read back by the real gdb-multiarch (offline): names, addresses, sizes.
//  - The running guest, gdb-multiarch with no file at all: it reads /a64dbg/vmlinux-kallsyms over
//    the connection, `break do_sys_openat2` stops on a `cat` typed at the shell, `bt` names every
//    frame from the system call down to the EL0 exception entry, `x/i` shows the symbol, the
//    vectors symbol is VBAR_EL1 - and the same with KASLR on (--kaslr-seed), where every address
//    has moved and the names still resolve.
//  - `a64dbg symbols --out FILE` writes the same file from a boot of its own.
//  - `monitor catch panic`: `echo c > /proc/sysrq-trigger` stops in panic(), before its message.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findKallsyms, kallsymsBase, readKallsyms, type KernelSymbol } from '../src/gdb/kallsyms.ts';
import { symbolElf } from '../src/gdb/symbol-elf.ts';
import { defaultGuest, missingGuestMessage } from '../src/guest/images.ts';
import { runCli, spawnGdbEmulator } from './cli-helpers.ts';
import { SHELL_PROMPT } from './helpers.ts';

const REPO = resolve(import.meta.dirname, '..');
const VMLINUX = join(REPO, '.cache/vmlinux/vmlinux');
const haveGdb = spawnSync('gdb-multiarch', ['--version']).status === 0;
const guest = defaultGuest();

/** vmlinux's text symbols (nm), name -> address; names defined twice are left out. */
function vmlinuxText(): Map<string, bigint> | undefined {
  if (!existsSync(VMLINUX)) return undefined;
  const r = spawnSync('aarch64-linux-gnu-nm', [VMLINUX], { encoding: 'latin1', maxBuffer: 1 << 28 });
  if (r.status !== 0) return undefined;
  const out = new Map<string, bigint>(), twice = new Set<string>();
  for (const line of r.stdout.split('\n')) {
    const [a, t, name] = line.split(' ');
    if (!name || !/^[tTwW]$/.test(t)) continue;
    if (out.has(name)) twice.add(name);
    out.set(name, BigInt('0x' + a));
  }
  for (const n of twice) out.delete(n);
  return out;
}

if (!guest) {
  if (process.env.CI) test('the default guest is available in CI', () => assert.unreachable(missingGuestMessage()));
  else console.log(`kernel-symbols.test.ts: skipped: ${missingGuestMessage()}`);
} else {
  const image = readFileSync(guest.kernel);
  let symbols: KernelSymbol[] = [];

  test('kallsyms in the kernel Image: found by its own structure, every name where vmlinux has it', () => {
    const layout = findKallsyms(image);
    assert.ok(layout, 'tables found');
    assert.ok(layout.count > 20_000, `symbols: ${layout.count}`);
    assert.ok(layout.offsets < layout.relativeBase && layout.relativeBase < layout.names && layout.names < layout.markers &&
      layout.markers < layout.tokenTable && layout.tokenTable < layout.tokenIndex, 'in scripts/kallsyms.c order');
    assert.is(kallsymsBase(image, layout), 0n, 'the relative base is a relocated quad: 0 in the file');
    symbols = readKallsyms(image, layout, 0n)!;
    assert.is(symbols.length, layout.count);
    const byName = new Map(symbols.map((s) => [s.name, s]));
    for (const name of ['start_kernel', 'do_sys_openat2', 'vectors', 'el0t_64_sync', 'schedule']) assert.ok(byName.has(name), name);
    assert.ok(symbols.every((s) => /^[A-Za-z?]$/.test(s.type) && /^[A-Za-z0-9_.$]+$/.test(s.name)), 'type letters and names');
    const nm = vmlinuxText();
    if (!nm) { console.log('kernel-symbols.test.ts: vmlinux comparison skipped (bash scripts/fetch-vmlinux.sh)'); return; }
    // Offsets from the relative base: vmlinux's address of each name minus its _stext.
    const base = nm.get('_stext')! - byName.get('_stext')!.address;
    let compared = 0;
    const wrong: string[] = [];
    for (const s of symbols) {
      const want = nm.get(s.name);
      if (want === undefined || !/[tTwW]/.test(s.type)) continue;
      compared++;
      if (s.address + base !== want) wrong.push(`${s.name}: 0x${(s.address + base).toString(16)} vs 0x${want.toString(16)}`);
    }
    assert.ok(compared > 40_000, `compared ${compared}`);
    assert.equal(wrong.slice(0, 5), [], `${wrong.length} of ${compared} differ`);
  });

  test('damaged or foreign data: no tables, no exception', () => {
    assert.is(findKallsyms(new Uint8Array(1 << 20)), undefined, 'zeros');
    const noise = new Uint8Array(1 << 20);
    let x = 12345;
    for (let i = 0; i < noise.length; i++) { x = (x * 1103515245 + 12345) >>> 0; noise[i] = x >>> 24; }
    noise.set(Buffer.from('0\x001\x002\x003\x004\x005\x006\x007\x008\x009\x00', 'latin1'), 5000);
    assert.is(findKallsyms(noise), undefined, 'noise with the digit tokens in it');
    const layout = findKallsyms(image)!;
    const broken = new Uint8Array(image);
    broken[layout.tokenIndex + 2 * 77] ^= 0x40; // one token index entry
    assert.is(findKallsyms(broken), undefined, 'a wrong token index');
    const cut = image.subarray(0, layout.markers + 16); // markers and token table cut off
    assert.is(findKallsyms(cut), undefined, 'truncated before the token table');
    const names = new Uint8Array(image);
    names[layout.names] += 1; // the first name's length: every later name, and so the markers, disagree
    assert.is(findKallsyms(names), undefined, 'a name table that does not decode to the markers');
    // Found, then overwritten (guest RAM is the guest's): the names no longer decode, no symbols.
    assert.is(readKallsyms(names, layout, 0n), undefined, 'tables overwritten after they were found');
    const zeroed = new Uint8Array(image);
    zeroed.fill(0, layout.names, layout.names + 64);
    assert.is(readKallsyms(zeroed, layout, 0n), undefined, 'an empty name');
  });

  if (haveGdb) {
    test('the symbol file as gdb-multiarch reads it: names, addresses and sizes', () => {
      const dir = mkdtempSync(join(tmpdir(), 'a64dbg-syms-'));
      try {
        const base = 0xffff800008010000n;
        const file = join(dir, 'syms.elf');
        const shifted = symbols.map((s) => ({ ...s, address: s.address + base }));
        writeFileSync(file, symbolElf(shifted));
        const at = (n: string) => shifted.find((s) => s.name === n)!.address;
        const r = spawnSync('gdb-multiarch', ['-nx', '-batch', '-ex', `info symbol 0x${(at('do_sys_openat2') + 8n).toString(16)}`,
          '-ex', 'info address start_kernel', '-ex', `info symbol 0x${at('vectors').toString(16)}`, file], { encoding: 'utf8' });
        assert.match(r.stdout, /do_sys_openat2 \+ 8 in section \.text/);
        assert.match(r.stdout, new RegExp(`Symbol "start_kernel" is at 0x${at('start_kernel').toString(16)} in a file compiled without debugging`));
        assert.match(r.stdout, /vectors in section \.text/);
      } finally { rmSync(dir, { recursive: true, force: true }); }
    });

    test('a64dbg symbols --out: the same file from a fresh boot; bad places and non-Linux kernels get one line and status 1', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'a64dbg-syms-'));
      try {
        const file = join(dir, 'vmlinux.syms');
        const r = await runCli(['symbols', '--out', file]);
        assert.is(r.status, 0, r.stderr);
        assert.match(r.stderr, /^a64dbg: \d{5} symbols from the kernel's kallsyms .* written to .* after \d+ instructions/);
        const g = spawnSync('gdb-multiarch', ['-nx', '-batch', '-ex', 'info address do_sys_openat2', '-ex', 'info symbol vectors', file], { encoding: 'utf8' });
        const at = /Symbol "do_sys_openat2" is at (0x[0-9a-f]+)/.exec(g.stdout)?.[1];
        assert.ok(at, g.stdout + g.stderr);
        const nm = vmlinuxText();
        if (nm) assert.is(BigInt(at!), nm.get('do_sys_openat2'), 'as vmlinux has it');
        assert.match(g.stdout, /vectors in section \.text/);
        const bad = await runCli(['symbols', '--out', join(dir, 'no', 'such', 'dir', 'x')]);
        assert.is(bad.status, 1);
        assert.match(bad.stderr, /^a64dbg: cannot write --out .*: no folder/);
        const bare = await runCli(['symbols', '--kernel', 'firmware/bin/crc.elf', '--out', join(dir, 'crc.syms')]);
        assert.is(bare.status, 1);
        assert.match(bare.stderr, /^a64dbg: no kernel symbols after \d+ instructions: no kallsyms tables in guest RAM/);
        assert.not.ok(existsSync(join(dir, 'crc.syms')), 'nothing written');
      } finally { rmSync(dir, { recursive: true, force: true }); }
    });

    test('monitor catch panic: a crash typed at the shell stops in panic(), in the CPU context that raised it', async () => {
      const emu = spawnGdbEmulator([], { stdin: 'pipe', running: true });
      try {
        assert.ok(await emu.listening(60_000), `the stub listens: ${emu.stderr()}`);
        for (const t0 = Date.now(); !emu.stdout().includes(SHELL_PROMPT);) {
          if (Date.now() - t0 > 300_000 || emu.proc.exitCode !== null) assert.unreachable(`no prompt: ${emu.stdout().slice(-500)}`);
          await new Promise((r) => setTimeout(r, 100));
        }
        // The crash is typed once gdb has set the catch points (it holds the guest then, and buffers
        // its own output in a pipe): gdb touches a file, the test then types into the console.
        const dir = mkdtempSync(join(tmpdir(), 'a64dbg-catch-'));
        const ready = join(dir, 'ready');
        const gdb = spawn('gdb-multiarch', ['-nx', '-batch', '-ex', `target remote ${emu.sock}`,
          '-ex', 'monitor catch', '-ex', 'monitor catch panic oops', '-ex', `shell touch ${ready}`, '-ex', 'continue', '-ex', 'bt',
          '-ex', 'monitor catch', '-ex', 'monitor catch delete', '-ex', 'monitor catch', '-ex', 'kill'], { cwd: REPO });
        let out = '';
        gdb.stdout.on('data', (b: Buffer) => { out += b.toString(); });
        const typer = setInterval(() => {
          if (!existsSync(ready)) return;
          clearInterval(typer);
          emu.proc.stdin!.write('echo c > /proc/sysrq-trigger\n');
          rmSync(dir, { recursive: true, force: true });
        }, 50);
        gdb.stderr.on('data', (b: Buffer) => { out += b.toString(); });
        const status = await new Promise<number | null>((r) => { const t = setTimeout(() => { gdb.kill(); r(null); }, 180_000); gdb.on('close', (c) => { clearTimeout(t); r(c); }); });
        clearInterval(typer);
        assert.is(status, 0, `${out}\n--- console ---\n${emu.stdout().slice(-600)}`);
        assert.match(out, /no catch points/);
        assert.match(out, /catch panic: stops on entry to panic \(0x[0-9a-f]+\)/);
        assert.match(out, /Program received signal SIGTRAP, Trace\/breakpoint trap\.\s+0x[0-9a-f]+ in panic \(\)/, out);
        const frames = [...out.matchAll(/^#(\d+)\s+(?:0x[0-9a-f]+ in )?([\w.]+) \(\)/gm)].map((m) => m[2]);
        for (const f of ['panic', 'sysrq_handle_crash', '__handle_sysrq', 'write_sysrq_trigger']) assert.ok(frames.includes(f), `${f} in bt: ${frames.join(' < ')}`);
        assert.match(out, /catch points:\n {2}panic: panic at 0x[0-9a-f]+\n {2}oops: die at 0x[0-9a-f]+\nlast hit: panic \(panic\) at instruction \d+/);
        assert.match(out, /catch points removed: panic, oops/);
        assert.not.match(emu.stdout(), /Kernel panic - not syncing/, 'stopped before the panic message');
      } finally {
        emu.cleanup();
      }
    });

    let plainVectors: bigint | undefined; // where the run without KASLR found `vectors`
    for (const kaslr of [false, true]) {
      test(`gdb-multiarch with no file on the running guest${kaslr ? ', KASLR on' : ''}: break by name, bt, x/i`, async () => {
        const emu = spawnGdbEmulator(kaslr ? ['--kaslr-seed', '0x243f6a8885a308d3'] : [], { stdin: 'pipe', running: true });
        try {
          assert.ok(await emu.listening(60_000), `the stub listens: ${emu.stderr()}`);
          for (const t0 = Date.now(); !emu.stdout().includes(SHELL_PROMPT);) {
            if (Date.now() - t0 > 300_000 || emu.proc.exitCode !== null) assert.unreachable(`no prompt: ${emu.stdout().slice(-500)}`);
            await new Promise((r) => setTimeout(r, 100));
          }
          const gdb = spawn('gdb-multiarch', ['-nx', '-batch', '-ex', `target remote ${emu.sock}`,
            '-ex', 'break do_sys_openat2', '-ex', 'continue', '-ex', 'bt', '-ex', 'x/i $pc', '-ex', 'info symbol $pc',
            '-ex', 'info address vectors', '-ex', 'p/x $VBAR_EL1', '-ex', 'monitor symbols', '-ex', 'kill'], { cwd: REPO });
          let out = '';
          let typed = false;
          gdb.stdout.on('data', (b: Buffer) => {
            out += b.toString();
            // The breakpoint is in: make the shell open a file.
            if (!typed && /Breakpoint 1 at/.test(out)) { typed = true; emu.proc.stdin!.write('cat /proc/version\n'); }
          });
          gdb.stderr.on('data', (b: Buffer) => { out += b.toString(); });
          const status = await new Promise<number | null>((r) => { const t = setTimeout(() => { gdb.kill(); r(null); }, 180_000); gdb.on('close', (c) => { clearTimeout(t); r(c); }); });
          assert.is(status, 0, out);
          assert.match(out, /Reading symbols from target:\/a64dbg\/vmlinux-kallsyms/);
          assert.match(out, /Breakpoint 1, 0x[0-9a-f]+ in do_sys_openat2 \(\)/);
          // The whole path from the system call down to the EL0 exception entry, named.
          const frames = [...out.matchAll(/^#(\d+)\s+(?:0x[0-9a-f]+ in )?([\w.]+) \(\)/gm)].map((m) => m[2]);
          for (const f of ['do_sys_openat2', '__arm64_sys_openat', 'invoke_syscall', 'do_el0_svc', 'el0_svc', 'el0t_64_sync_handler', 'el0t_64_sync']) {
            assert.ok(frames.includes(f), `${f} in bt: ${frames.join(' < ')}`);
          }
          assert.match(out, /=> 0x[0-9a-f]+ <do_sys_openat2\+\d+>:/, 'x/i with the symbol');
          assert.match(out, /do_sys_openat2 \+ \d+ in section \.text/);
          const vectors = /Symbol "vectors" is at (0x[0-9a-f]+)/.exec(out)?.[1];
          const vbar = /\$1 = (0x[0-9a-f]+)/.exec(out)?.[1];
          assert.ok(vectors && vbar && BigInt(vectors) === BigInt(vbar), `vectors ${vectors} = VBAR_EL1 ${vbar}`);
          if (!kaslr) {
            plainVectors = BigInt(vectors!);
            if (vmlinuxText()) assert.is(BigInt(vectors!), vmlinuxText()!.get('vectors'), 'as vmlinux has it');
          } else if (plainVectors !== undefined) assert.not.equal(BigInt(vectors!), plainVectors, 'KASLR moved the kernel');
          assert.match(out, /\d{5} symbols from the kernel's kallsyms/);
        } finally {
          emu.cleanup();
        }
      });
    }
  }
}

test.run();
