// The Debian glibc userland (`npm run guest -- --userland debian`): Debian's arm64 libc6, bash,
// coreutils, perl-base and python3 boot to a bash prompt under a64dbg, and every command of
// src/guest/userland-session.ts prints byte for byte what it printed under QEMU 7.2
// (test/golden/userland, recorded by scripts/make-userland-goldens.ts), with the same exit
// status. The guest part skips, saying why, when the image has not been built. The first tests
// need no image: the package-list check, the merged-/usr mapping and trimming, the ELF
// dependency reader and the console markers.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { Machine } from '../src/machine/machine.ts';
import { defaultRepoRoot, readGuestManifest, userlandGuest, missingUserlandMessage } from '../src/guest/images.ts';
import {
  checkDependencies, elfDependencies, keepInImage, mergedUsrPath, parseAptDepends, resolveInTree, unresolvedLibraries,
  debianExtraEntries, DEBIAN_PACKAGES, DEBIAN_ROOTS, DEBIAN_SKIPPED,
} from '../src/guest/userland.ts';
import { PromptDriver, USERLAND_COMMANDS, extractResult, wrapCommand } from '../src/guest/userland-session.ts';
import { firstDifference } from './helpers.ts';

// ---- no image needed ---------------------------------------------------------------------------

const APT_DEPENDS = [
  'base-files:arm64',
  '  PreDepends: <awk:arm64>',
  '    gawk:arm64',
  '    mawk:arm64',
  '    mawk',
  'libpython3.11-stdlib:arm64',
  '  Depends: libpython3.11-minimal:arm64',
  ' |Depends: <media-types:arm64>',
  '    media-types',
  '  Depends: <mime-support:arm64>',
  '    mime-support',
  '  Depends: libc6:arm64',
  '  Breaks: python3-foo:arm64',
  '    python3-foo',
  'perl-base:arm64',
  '  PreDepends: libc6:arm64',
  '  PreDepends: dpkg:arm64',
  '    dpkg',
  'libc6:arm64',
  '  Depends: libgcc-s1:arm64',
  '  Recommends: libidn2-0:arm64',
  '',
].join('\n');

test('apt-cache depends output parses into groups of alternatives (virtual providers included)', () => {
  const d = parseAptDepends(APT_DEPENDS);
  assert.equal(d.get('base-files'), [['awk', 'gawk', 'mawk']]);
  assert.equal(d.get('libpython3.11-stdlib'), [['libpython3.11-minimal'], ['media-types', 'mime-support'], ['libc6']]);
  assert.equal(d.get('perl-base'), [['libc6'], ['dpkg']]);
  assert.equal(d.get('libc6'), [['libgcc-s1']], 'Recommends are not dependencies');
});

test('the dependency check names missing, unknown and unneeded packages', () => {
  const d = parseAptDepends(APT_DEPENDS);
  const ok = checkDependencies(d, ['libc6', 'libgcc-s1', 'perl-base', 'base-files'], ['perl-base', 'libc6', 'base-files'], { dpkg: '', awk: '' });
  assert.equal(ok, { missing: [], unknown: ['libgcc-s1'], unneeded: [] });
  const bad = checkDependencies(d, ['libc6', 'perl-base', 'libpython3.11-stdlib'], ['perl-base', 'libpython3.11-stdlib'], {});
  assert.equal(bad.missing.map((m) => `${m.pkg}:${m.group.join('|')}`), ['libc6:libgcc-s1', 'perl-base:dpkg', 'libpython3.11-stdlib:libpython3.11-minimal', 'libpython3.11-stdlib:media-types|mime-support']);
  assert.equal(checkDependencies(d, ['libc6', 'perl-base'], ['perl-base'], { dpkg: '', 'libgcc-s1': '' }).unneeded, []);
  assert.equal(checkDependencies(d, ['libc6', 'perl-base', 'base-files'], ['perl-base'], { dpkg: '', 'libgcc-s1': '', awk: '' }).unneeded, ['base-files']);
  // The real list: every root is listed, nothing is both in the image and skipped.
  const names = DEBIAN_PACKAGES.map((p) => p.name);
  for (const r of DEBIAN_ROOTS) assert.ok(names.includes(r), `${r} is in DEBIAN_PACKAGES`);
  for (const n of names) assert.not.ok(n in DEBIAN_SKIPPED, `${n} is both in the image and skipped`);
  assert.is(new Set(names).size, names.length, 'no duplicates');
});

test('merged /usr mapping and what the image leaves out', () => {
  assert.is(mergedUsrPath('./bin/bash'), 'usr/bin/bash');
  assert.is(mergedUsrPath('lib/aarch64-linux-gnu/libc.so.6'), 'usr/lib/aarch64-linux-gnu/libc.so.6');
  assert.is(mergedUsrPath('sbin'), 'usr/sbin');
  assert.is(mergedUsrPath('usr/bin/perl'), 'usr/bin/perl');
  assert.is(mergedUsrPath('etc/bash.bashrc'), 'etc/bash.bashrc');
  assert.is(mergedUsrPath('library/x'), 'library/x');
  for (const p of ['usr/share/doc/bash/copyright', 'usr/share/man/man1/ls.1.gz', 'usr/share/locale/de/LC_MESSAGES/coreutils.mo',
    'usr/lib/aarch64-linux-gnu/gconv/UTF-16.so', 'usr/lib/aarch64-linux-gnu/gconv', 'usr/lib/python3.11/test/support/__init__.py',
    'usr/lib/python3.11/lib-dynload/_sqlite3.cpython-311-aarch64-linux-gnu.so', 'usr/lib/python3.11/lib-dynload/readline.cpython-311-aarch64-linux-gnu.so']) {
    assert.not.ok(keepInImage(p), `${p} is left out`);
  }
  for (const p of ['usr/share', 'usr/bin/python3.11', 'usr/lib/python3.11/json/__init__.py', 'usr/lib/python3.11/testing.py',
    'usr/lib/python3.11/lib-dynload/_json.cpython-311-aarch64-linux-gnu.so', 'usr/lib/aarch64-linux-gnu/libc.so.6', 'usr/share/docs']) {
    assert.ok(keepInImage(p), `${p} is kept`);
  }
});

/** A minimal ELF64 LE image: one PT_LOAD at vaddr 0x1000 over the whole file, PT_INTERP, PT_DYNAMIC. */
function fakeElf(interp: string, needed: string[], runpath?: string): Uint8Array {
  const strs = ['', interp, ...needed, ...(runpath ? [runpath] : [])];
  const strtab = Buffer.from(strs.join('\0') + '\0', 'latin1');
  const off = (s: string) => strs.slice(0, strs.indexOf(s)).reduce((n, x) => n + x.length + 1, 0);
  const phoff = 64, phnum = 3, dynOff = phoff + 56 * phnum;
  const dyn: [number, number][] = [...needed.map((n): [number, number] => [1, off(n)]), ...(runpath ? [[29, off(runpath)] as [number, number]] : []), [0, 0]];
  dyn.splice(dyn.length - 1, 0, [5, 0]); // DT_STRTAB, patched below
  const strOff = dynOff + dyn.length * 16;
  const size = strOff + strtab.length;
  const b = Buffer.alloc(size);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  b.writeUInt16LE(3, 16); b.writeUInt16LE(183, 18);
  b.writeBigUInt64LE(BigInt(phoff), 0x20); b.writeUInt16LE(56, 0x36); b.writeUInt16LE(phnum, 0x38);
  const ph = (k: number, type: number, offset: number, vaddr: number, filesz: number) => {
    const at = phoff + 56 * k;
    b.writeUInt32LE(type, at); b.writeBigUInt64LE(BigInt(offset), at + 8); b.writeBigUInt64LE(BigInt(vaddr), at + 16);
    b.writeBigUInt64LE(BigInt(filesz), at + 32);
  };
  ph(0, 1, 0, 0x1000, size);
  ph(1, 3, strOff + off(interp), 0x1000 + strOff + off(interp), interp.length + 1);
  ph(2, 2, dynOff, 0x1000 + dynOff, dyn.length * 16);
  dyn.forEach(([tag, val], k) => {
    b.writeBigUInt64LE(BigInt(tag), dynOff + 16 * k);
    b.writeBigUInt64LE(BigInt(tag === 5 ? 0x1000 + strOff : val), dynOff + 16 * k + 8);
  });
  b.set(strtab, strOff);
  return new Uint8Array(b);
}

test('ELF interpreter and DT_NEEDED are read and resolved through symlinks in the image', () => {
  const elf = fakeElf('/lib/ld-linux-aarch64.so.1', ['libc.so.6', 'libfoo.so.1'], '$ORIGIN/../lib/private');
  assert.equal(elfDependencies(elf), { interp: '/lib/ld-linux-aarch64.so.1', needed: ['libc.so.6', 'libfoo.so.1'], runpath: ['$ORIGIN/../lib/private'] });
  assert.is(elfDependencies(new TextEncoder().encode('#!/bin/sh\necho hi\n')), undefined);
  const tree = {
    files: new Map<string, Uint8Array>([
      ['usr/bin/prog', elf], ['usr/lib/aarch64-linux-gnu/ld-linux-aarch64.so.1', new Uint8Array(4)],
      ['usr/lib/aarch64-linux-gnu/libc.so.6', new Uint8Array(4)], ['usr/lib/private/libfoo.so.1.2', new Uint8Array(4)],
    ]),
    symlinks: new Map([['lib', 'usr/lib'], ['usr/lib/ld-linux-aarch64.so.1', 'aarch64-linux-gnu/ld-linux-aarch64.so.1'], ['usr/lib/private/libfoo.so.1', 'libfoo.so.1.2']]),
  };
  assert.is(resolveInTree(tree, '/lib/ld-linux-aarch64.so.1'), 'usr/lib/aarch64-linux-gnu/ld-linux-aarch64.so.1');
  assert.equal(unresolvedLibraries(tree, {}), []);
  tree.symlinks.delete('usr/lib/private/libfoo.so.1');
  tree.symlinks.delete('lib');
  assert.equal(unresolvedLibraries(tree, {}), ['usr/bin/prog: interpreter /lib/ld-linux-aarch64.so.1', 'usr/bin/prog: libfoo.so.1']);
});

test('BusyBox applet links fill only the gaps Debian leaves', () => {
  const taken = (p: string) => p === 'usr/bin/ls' || p === 'usr/sbin/mount-not';
  const e = debianExtraEntries(new Uint8Array(8), ['ls', 'mount', 'poweroff', '[['], taken);
  const links = e.filter((x) => x.type === 'symlink').map((x) => x.path);
  assert.equal(links, ['usr/libexec/busybox/mount', 'usr/libexec/busybox/poweroff']);
  const init = e.find((x) => x.path === 'init');
  assert.ok(init && init.type === 'file' && String(init.data).startsWith('#!/bin/bash\n'));
  assert.match(String(init.type === 'file' && init.data), /exec busybox setsid busybox cttyhack \/bin\/bash -i/);
});

test('the userland commands are single lines whose Python and Perl code holds no single quote', () => {
  const names = new Set<string>();
  for (const c of USERLAND_COMMANDS) {
    assert.not.ok(names.has(c.name), `${c.name} is unique`);
    names.add(c.name);
    assert.match(c.name, /^[a-z0-9-]+$/);
    assert.not.ok(/[\n\r]/.test(c.cmd), `${c.name} is one line`);
    assert.not.ok(/[^\x20-\x7e]/.test(c.cmd), `${c.name} is printable ASCII (readline in the C locale takes bytes >= 0x80 as meta keys)`);
    if (/^(python3 -c|perl -e) '/.test(c.cmd)) assert.is(c.cmd.split("'").length, 3, `${c.name}: only the two quotes around the code`);
  }
});

test('console markers: the echo of a wrapped line never looks like its output', () => {
  const line = wrapCommand(3, 'echo hi');
  assert.not.ok(line.includes('@@B3@@') || line.includes('@@E3'), 'the typed line holds no marker');
  const text = `a64dbg-debian:~# ${line}\r\n@@B3@@\r\nhi\r\nno newline@@E3 1@@\r\na64dbg-debian:~# `;
  assert.equal(extractResult(text, 3), { output: 'hi\nno newline', status: 1 });
  assert.is(extractResult(text, 4), undefined);
  const sent: string[] = [];
  const d = new PromptDriver(['one', 'two'], (t) => sent.push(t));
  d.feed('boot...\r\na64dbg-debian:~');
  d.feed('# ');
  d.feed('one\r\nout\r\na64dbg-debian:/tmp# ');
  assert.equal(sent, ['one\n', 'two\n']);
  assert.not.ok(d.done);
  d.feed('two\r\na64dbg-debian:~# ');
  assert.ok(d.done);
});

// ---- the guest ---------------------------------------------------------------------------------

const GOLDEN = 'test/golden/userland';
const guest = userlandGuest('debian');

if (!guest) {
  console.log(`userland.test.ts: guest tests skipped: ${missingUserlandMessage('debian')}`);
} else if (!existsSync(`${GOLDEN}/commands.json`)) {
  console.log(`userland.test.ts: guest tests skipped: no ${GOLDEN}/commands.json (run \`npm run goldens:userland\` with QEMU installed)`);
} else {
  test('the Debian userland boots to bash and its programs print what they print under QEMU', () => {
    const index = JSON.parse(readFileSync(`${GOLDEN}/commands.json`, 'utf8')) as { packages: string[]; kernel: string; commands: { name: string; cmd: string; status: number }[] };
    // Goldens belong to the image they were recorded with: name any package that has moved since.
    const m = readGuestManifest(defaultRepoRoot());
    const now = [`${m?.kernel.package} ${m?.kernel.version}`, ...(m?.userland?.debian?.packages ?? []).map((p) => `${p.name} ${p.version}`)];
    const was = [index.kernel, ...index.packages];
    const moved = now.filter((p) => !was.includes(p));
    const stale = moved.length ? ` (the goldens were recorded with other package versions; now: ${moved.join(', ')}; with QEMU installed, \`npm run goldens:userland\` records them again)` : '';
    assert.equal(index.commands.map((c) => [c.name, c.cmd]), USERLAND_COMMANDS.map((c) => [c.name, c.cmd]),
      'the goldens were recorded for these commands (else run `npm run goldens:userland`)');
    const lines = [...USERLAND_COMMANDS.map((c, k) => wrapCommand(k, c.cmd)), 'busybox poweroff -f'];
    const undefs: string[] = [];
    let machine: Machine;
    const driver = new PromptDriver(lines, (t) => machine.uart.receive(t));
    machine = new Machine({ memoryMiB: 512, log: (l) => undefs.push(l), console: (b) => driver.feed(Buffer.from(b).toString('latin1')) });
    machine.loadKernelFile(guest.kernel, guest.initrd, guest.append);
    const t0 = performance.now();
    const stop = machine.run({ maxInstructions: 40e9 });
    const secs = (performance.now() - t0) / 1000;
    const all = driver.all;
    console.log(`userland.test.ts: ${driver.sent} lines typed, ${(machine.instructions / 1e9).toFixed(2)} G instructions in ${secs.toFixed(1)} s`
      + (undefs.length ? `; host log: ${undefs.slice(0, 5).join(' | ')}` : ''));
    assert.ok(all.includes('a64dbg guest: Debian userland: Linux '), `the /init banner\n${all.slice(-3000)}`);
    const failures: string[] = [];
    USERLAND_COMMANDS.forEach((c, k) => {
      const got = extractResult(all, k);
      const want = readFileSync(`${GOLDEN}/${c.name}.out`).toString('latin1');
      const status = index.commands[k].status;
      if (!got) failures.push(`${c.name}: no output markers (the guest stopped or hung)`);
      else if (got.output !== want) failures.push(`${c.name}: ${firstDifference(got.output, want)}`);
      else if (got.status !== status) failures.push(`${c.name}: exit status ${got.status}, QEMU's ${status}`);
    });
    assert.equal(failures, [], `commands that differ from QEMU${stale}:\n  ${failures.join('\n  ')}\n--- console tail ---\n${all.slice(-3000)}`);
    assert.equal({ kind: stop.kind, status: stop.kind === 'exit' ? stop.status : -1 }, { kind: 'exit', status: 0 },
      `how the run ended: ${JSON.stringify(stop)}\n${all.slice(-2000)}`);
  });
}

test.run();
