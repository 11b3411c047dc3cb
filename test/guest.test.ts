// Unit tests of the guest-image pipeline that need no network, no root and no apt:
// package picking, apt-cache policy parsing, the arm64 Image header, busybox applet table,
// the initramfs layout and /init, and how the CLI finds the images (src/guest/images.ts).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCpio, writeCpio, memberType } from '../src/guest/cpio.ts';
import {
  defaultGuest, missingGuestMessage, requireDefaultGuest, manifestPath, MANIFEST_SCHEMA,
} from '../src/guest/images.ts';
import {
  appletsFromBinary, busyboxBanner, elfMachine, hasJobControlApplets, initScript, initramfsEntries,
  kernelsNewestFirst, parsePolicy, pickNewestKernel, DEFAULT_APPEND, EM_AARCH64, TEST_FILE_CONTENT,
} from '../src/guest/recipe.ts';
import { arm64Image } from './helpers.ts';

test('the kernel picker takes the newest cloud-arm64 ABI, numerically, and nothing else', () => {
  const names = [
    'linux-image-6.1.0-9-cloud-arm64 - Linux 6.1 for arm64 cloud (signed)',
    'linux-image-6.1.0-56-cloud-arm64 - Linux 6.1 for arm64 cloud (signed)',
    'linux-image-6.1.0-100-cloud-arm64-dbg - Debug symbols',
    'linux-image-6.1.0-100-cloud-arm64-unsigned - Linux 6.1 for arm64 cloud',
    'linux-image-6.1.0-100-cloud-arm64-signed-template',
    'linux-image-6.1.0-100-arm64',
    'linux-image-6.1.0-100-rt-arm64',
    'linux-image-6.1.0-100-cloud-amd64',
    'linux-image-6.12.0-100-cloud-arm64',
    'linux-image-cloud-arm64 - Linux for arm64 cloud (meta-package)',
    'linux-image-6.1.0-10-cloud-arm64:arm64',
    '',
  ];
  assert.equal(pickNewestKernel(names), { name: 'linux-image-6.1.0-56-cloud-arm64', abi: 56 });
  assert.equal(kernelsNewestFirst(names).map((k) => k.abi), [56, 10, 9]);
  assert.is(kernelsNewestFirst(names)[1].name, 'linux-image-6.1.0-10-cloud-arm64');
  assert.equal(pickNewestKernel(['linux-image-6.1.0-99-cloud-arm64', 'linux-image-6.1.0-100-cloud-arm64'])?.abi, 100);
  assert.is(pickNewestKernel(['linux-image-6.1.0-56-cloud-arm64-dbg']), undefined);
  assert.is(pickNewestKernel([]), undefined);
});

test('apt-cache policy output gives one candidate per package', () => {
  const policy = [
    'linux-image-6.1.0-56-cloud-arm64:arm64:',
    '  Installed: (none)',
    '  Candidate: 6.1.192-2',
    '  Version table:',
    '     6.1.192-2 500',
    '        500 http://deb.debian.org/debian-security bookworm-security/main arm64 Packages',
    'busybox-static:arm64:',
    '  Installed: (none)',
    '  Candidate: 1:1.35.0-4+deb12u1+b1',
    '  Version table:',
    '     1:1.35.0-4+deb12u1+b1 500',
    'linux-image-6.1.0-57-cloud-arm64:arm64:',
    '  Installed: (none)',
    '  Candidate: (none)',
    '',
  ].join('\n');
  const p = parsePolicy(policy);
  assert.is(p.get('linux-image-6.1.0-56-cloud-arm64'), '6.1.192-2');
  assert.is(p.get('busybox-static'), '1:1.35.0-4+deb12u1+b1');
  assert.ok(p.has('linux-image-6.1.0-57-cloud-arm64'));
  assert.is(p.get('linux-image-6.1.0-57-cloud-arm64'), undefined);
});

/** A synthetic arm64 Image header like Debian's cloud kernel's. */
function fakeImage(over: { magic?: number; flags?: bigint } = {}): Uint8Array {
  // code0 "MZ" + branch (EFI stub), res5 the PE header's offset
  return arm64Image({ code0: 0xfa405a4d, imageSize: 27_983_872n, res5: 0x40, length: 4096, ...over });
}

/** A fake busybox: an AArch64 ELF header, then the applet name table somewhere inside. */
function fakeBusybox(applets: string[]): Uint8Array {
  const elf = new Uint8Array(64);
  elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
  elf[18] = EM_AARCH64;
  const junk = Buffer.from('\0\0some other strings\0BusyBox v1.35.0 (Debian 1:1.35.0-4+b3)\0\0xx\0', 'latin1');
  const table = Buffer.from(applets.join('\0') + '\0\0', 'latin1');
  return new Uint8Array(Buffer.concat([elf, junk, table, Buffer.from('\x01\x02tail', 'latin1')]));
}

test('busybox: applet table, banner and ELF machine from the binary', () => {
  const applets = ['[', '[[', 'acpid', 'ash', 'cttyhack', 'mount', 'run-parts', 'setsid', 'sh', 'ssl_client', 'zcat'];
  const bin = fakeBusybox(applets);
  assert.equal(appletsFromBinary(bin), applets);
  assert.is(busyboxBanner(bin), 'BusyBox v1.35.0 (Debian 1:1.35.0-4+b3)');
  assert.is(elfMachine(bin), EM_AARCH64);
  assert.is(elfMachine(new Uint8Array(64)), undefined);
  assert.equal(appletsFromBinary(new Uint8Array(100)), []);
  assert.ok(hasJobControlApplets(applets));
  assert.not.ok(hasJobControlApplets(applets.filter((a) => a !== 'cttyhack')));
});

test('/init mounts proc, sysfs and devtmpfs, installs the applets, and starts a shell on the console', () => {
  const s = initScript({ jobControl: true });
  assert.ok(s.startsWith('#!/bin/busybox sh\n'));
  assert.match(s, /mount -t proc proc \/proc\n/);
  assert.match(s, /mount -t sysfs sysfs \/sys\n/);
  assert.match(s, /mount -t devtmpfs devtmpfs \/dev\n/);
  assert.match(s, /--install -s \/bin\n/);
  assert.match(s, /mkdir -p [^\n]*\/sbin \/usr\/bin \/usr\/sbin/);
  assert.match(s, /export PATH=/);
  assert.match(s, /PS1=/);
  assert.match(s, /\necho "a64dbg guest/);
  // proc before --install (busybox finds itself through /proc/self/exe); the shell last.
  assert.ok(s.indexOf('mount -t proc') < s.indexOf('--install'));
  assert.ok(s.trimEnd().endsWith('exec setsid cttyhack sh'));
  assert.ok(initScript({ jobControl: false }).trimEnd().endsWith('\nexec sh'));
  assert.not.match(initScript({ jobControl: false }), /cttyhack/);
});

test('the initramfs layout: /dev/console c 5 1, executable /init and busybox, parents before children', () => {
  const bb = fakeBusybox(['sh']);
  const members = readCpio(writeCpio(initramfsEntries(bb, { jobControl: true })));
  const by = new Map(members.map((m) => [m.name, m]));
  const con = by.get('dev/console')!;
  assert.is(memberType(con), 'chardev');
  assert.equal([con.rdevmajor, con.rdevminor], [5, 1]);
  assert.is(by.get('init')!.mode & 0o777, 0o755);
  assert.is(by.get('bin/busybox')!.mode & 0o777, 0o755);
  assert.equal(by.get('bin/busybox')!.data, bb);
  assert.is(memberType(by.get('bin/sh')!), 'symlink');
  assert.is(Buffer.from(by.get('etc/a64dbg-test.txt')!.data).toString(), TEST_FILE_CONTENT);
  assert.match(Buffer.from(by.get('etc/passwd')!.data).toString(), /^root:x:0:0:/);
  for (const d of ['proc', 'sys', 'tmp', 'root', 'etc', 'dev', 'sbin', 'usr/bin', 'usr/sbin']) assert.is(memberType(by.get(d)!), 'dir', d);
  assert.is(by.get('tmp')!.mode & 0o7777, 0o1777);
  const seen = new Set<string>();
  for (const m of members) {
    const parent = m.name.includes('/') ? m.name.slice(0, m.name.lastIndexOf('/')) : undefined;
    if (parent) assert.ok(seen.has(parent), `${m.name} comes before its directory ${parent}`);
    seen.add(m.name);
  }
  // Regular files must have nlink 1 (the kernel hard-links files with nlink >= 2 by inode).
  for (const m of members) if (memberType(m) === 'file') assert.is(m.nlink, 1, m.name);
  assert.equal(writeCpio(initramfsEntries(bb, { jobControl: true })), writeCpio(initramfsEntries(bb, { jobControl: true })));
});

test('defaultGuest: undefined until the manifest and files exist, then absolute paths and the default append', () => {
  const root = mkdtempSync(join(tmpdir(), 'a64dbg-guest-'));
  try {
    assert.is(defaultGuest(root), undefined);
    assert.match(missingGuestMessage(root), /run `npm run guest` first/);
    assert.throws(() => requireDefaultGuest(root), /npm run guest/);
    mkdirSync(join(root, '.cache/guest'), { recursive: true });
    writeFileSync(manifestPath(root), '{ not json');
    assert.is(defaultGuest(root), undefined);
    const manifest = {
      schema: MANIFEST_SCHEMA, recipe: 1, append: '',
      kernel: { path: '.cache/guest/Image' }, initramfs: { path: '.cache/guest/initramfs.cpio.gz' },
    };
    writeFileSync(manifestPath(root), JSON.stringify(manifest));
    assert.is(defaultGuest(root), undefined); // files not there yet
    writeFileSync(join(root, '.cache/guest/Image'), fakeImage());
    writeFileSync(join(root, '.cache/guest/initramfs.cpio.gz'), new Uint8Array(1));
    assert.equal(defaultGuest(root), {
      kernel: join(root, '.cache/guest/Image'), initrd: join(root, '.cache/guest/initramfs.cpio.gz'), append: DEFAULT_APPEND,
    });
    assert.is(DEFAULT_APPEND, 'console=ttyAMA0 earlycon');
    writeFileSync(manifestPath(root), JSON.stringify({ ...manifest, append: 'console=ttyAMA0 nokaslr' }));
    assert.is(defaultGuest(root)?.append, 'console=ttyAMA0 nokaslr');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test.run();
