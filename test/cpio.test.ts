// The newc cpio writer/reader (src/guest/cpio.ts): exact bytes against GNU cpio 2.13, round
// trips, the 4-byte padding rules, determinism, and gzip.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import {
  writeCpio, writeCpioGz, readCpio, memberType, normalisePath, encodeHeader, gzipDeterministic,
  type CpioEntry, DEFAULT_MTIME, NEWC_HEADER_SIZE, S_IFCHR, S_IFDIR, S_IFLNK, S_IFREG,
} from '../src/guest/cpio.ts';

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

// Captured from GNU cpio 2.13 (`printf 'console\nd\nsh\nhello.txt\n' | cpio -o -H newc`, as root)
// on files with mtime 1700000000 (0x6553F100) on a device 0xfe:0x00:
//   hello.txt  -rw-r--r--  "hello\n"   ino 0x20C17A
//   sh         symlink -> busybox      ino 0x20C17B
//   d          drwxr-xr-x (nlink 2)    ino 0x20C17C
//   console    crw------- 5,1          ino 0x20C189
const GNU = {
  hello: '0707010020C17A000081A40000000000000000000000016553F10000000006000000FE0000000000000000000000000000000A00000000hello.txt\x00hello\n\x00\x00',
  sh: '0707010020C17B0000A1FF0000000000000000000000016553F10000000007000000FE0000000000000000000000000000000300000000sh\x00\x00\x00\x00busybox\x00',
  d: '0707010020C17C000041ED0000000000000000000000026553F10000000000000000FE0000000000000000000000000000000200000000d\x00',
  console: '0707010020C189000021800000000000000000000000016553F10000000000000000FE0000000000000005000000010000000800000000console\x00\x00\x00',
  // The trailer GNU cpio writes: all fields 0 except nlink 1 and namesize 11.
  trailer: '07070100000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000B00000000TRAILER!!!\x00\x00\x00\x00', // + padding to 4
  // Whole 4-member archive (console, d, sh, hello.txt): 1024 bytes (padded to 512).
  archiveSha256: 'b439630067deccbeac7f32347067c49f2484d7ccc538c47588b15237898879c5',
  archiveSize: 1024,
};
const gnuLike = { mtime: 1700000000, devmajor: 0xfe, devminor: 0 };
const gnuEntries: CpioEntry[] = [
  { type: 'chardev', path: 'console', mode: 0o600, major: 5, minor: 1, ino: 0x20c189, ...gnuLike },
  { type: 'dir', path: 'd', mode: 0o755, ino: 0x20c17c, ...gnuLike },
  { type: 'symlink', path: 'sh', target: 'busybox', ino: 0x20c17b, ...gnuLike },
  { type: 'file', path: 'hello.txt', mode: 0o644, data: 'hello\n', ino: 0x20c17a, ...gnuLike },
];

test('a regular file member is byte-for-byte what GNU cpio -H newc writes', () => {
  const out = writeCpio([gnuEntries[3]], { blockSize: 0 });
  assert.is(latin1(out), GNU.hello + GNU.trailer);
});

test('symlink, directory and character device members match GNU cpio exactly', () => {
  assert.is(latin1(writeCpio([gnuEntries[2]], { blockSize: 0 })), GNU.sh + GNU.trailer);
  assert.is(latin1(writeCpio([gnuEntries[1]], { blockSize: 0 })), GNU.d + GNU.trailer);
  assert.is(latin1(writeCpio([gnuEntries[0]], { blockSize: 0 })), GNU.console + GNU.trailer);
});

test('a whole archive, padded to 512 bytes, is identical to GNU cpio output', () => {
  const out = writeCpio(gnuEntries);
  assert.is(out.length, GNU.archiveSize);
  assert.is(sha256(out), GNU.archiveSha256);
  assert.is(latin1(out.subarray(0, GNU.console.length)), GNU.console);
});

test('the header is 110 ASCII bytes: magic then 13 upper-case hex fields of 8 digits', () => {
  const h = encodeHeader('abc', { ino: 0xabcdef, mode: 0o100755, uid: 0, gid: 0, nlink: 1, mtime: 0x6553f100, filesize: 0x1234,
    devmajor: 0, devminor: 0, rdevmajor: 0, rdevminor: 0, check: 0 });
  const text = latin1(h.subarray(0, NEWC_HEADER_SIZE));
  assert.match(text, /^070701[0-9A-F]{104}$/);
  assert.is(text.slice(6, 14), '00ABCDEF');
  assert.is(text.slice(14, 22), '000081ED');
  assert.is(text.slice(54, 62), '00001234'); // filesize
  assert.is(text.slice(94, 102), '00000004'); // namesize counts the NUL
  assert.is(h.length, 116); // 110 + "abc\0" = 114 -> padded to 116
  assert.is(latin1(h.subarray(110)), 'abc\0\0\0');
});

test('round trip: files, directories, symlinks and device nodes', () => {
  const bin = new Uint8Array(1000).map((_, i) => (i * 7 + 3) & 0xff);
  const entries: CpioEntry[] = [
    { type: 'dir', path: '/bin' },
    { type: 'dir', path: 'dev' },
    { type: 'dir', path: 'tmp', mode: 0o1777 },
    { type: 'file', path: '/bin/busybox', mode: 0o755, data: bin },
    { type: 'symlink', path: 'bin/sh', target: 'busybox' },
    { type: 'chardev', path: 'dev/console', major: 5, minor: 1 },
    { type: 'blockdev', path: 'dev/vda', major: 254, minor: 0, mode: 0o660 },
    { type: 'file', path: './etc-empty', data: '' },
    { type: 'file', path: 'init', mode: 0o755, data: '#!/bin/sh\necho héllo\n' },
  ];
  const members = readCpio(writeCpio(entries));
  assert.equal(members.map((m) => m.name), ['bin', 'dev', 'tmp', 'bin/busybox', 'bin/sh', 'dev/console', 'dev/vda', 'etc-empty', 'init']);
  assert.equal(members.map(memberType), ['dir', 'dir', 'dir', 'file', 'symlink', 'chardev', 'blockdev', 'file', 'file']);
  const by = Object.fromEntries(members.map((m) => [m.name, m]));
  assert.is(by['bin'].mode, S_IFDIR | 0o755);
  assert.is(by['bin'].nlink, 2);
  assert.is(by['tmp'].mode, S_IFDIR | 0o1777);
  assert.is(by['bin/busybox'].mode, S_IFREG | 0o755);
  assert.is(by['bin/busybox'].nlink, 1);
  assert.equal(by['bin/busybox'].data, bin);
  assert.is(by['bin/sh'].mode, S_IFLNK | 0o777);
  assert.is(Buffer.from(by['bin/sh'].data).toString(), 'busybox');
  assert.is(by['dev/console'].mode, S_IFCHR | 0o600);
  assert.equal([by['dev/console'].rdevmajor, by['dev/console'].rdevminor], [5, 1]);
  assert.equal([by['dev/vda'].rdevmajor, by['dev/vda'].rdevminor, by['dev/vda'].mode & 0o7777], [254, 0, 0o660]);
  assert.is(by['dev/console'].data.length, 0);
  assert.is(by['etc-empty'].data.length, 0);
  assert.is(Buffer.from(by['init'].data).toString('utf8'), '#!/bin/sh\necho héllo\n');
  for (const m of members) {
    assert.is(m.uid, 0); assert.is(m.gid, 0); assert.is(m.mtime, DEFAULT_MTIME); assert.is(m.check, 0);
    assert.is(m.devmajor, 0); assert.is(m.devminor, 0);
  }
  // Inodes increase 1, 2, 3, ... in archive order.
  assert.equal(members.map((m) => m.ino), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test('padding: every header starts on 4 bytes, names and data are zero-padded, archive is a multiple of 512', () => {
  for (let nameLen = 1; nameLen <= 9; nameLen++) {
    for (let dataLen = 0; dataLen <= 5; dataLen++) {
      const name = 'n'.repeat(nameLen);
      const out = writeCpio([{ type: 'file', path: name, data: 'x'.repeat(dataLen) }, { type: 'dir', path: 'z' }]);
      assert.is(out.length % 512, 0);
      const members = readCpio(out);
      assert.is(members.length, 2);
      const headerAndName = NEWC_HEADER_SIZE + nameLen + 1;
      const dataAt = Math.ceil(headerAndName / 4) * 4;
      assert.is(members[1].offset, dataAt + Math.ceil(dataLen / 4) * 4, `name ${nameLen}, data ${dataLen}`);
      for (let i = headerAndName - 1; i < dataAt; i++) assert.is(out[i], 0);
      for (let i = dataAt + dataLen; i < members[1].offset; i++) assert.is(out[i], 0);
      assert.is(latin1(out.subarray(dataAt, dataAt + dataLen)), 'x'.repeat(dataLen));
    }
  }
  // blockSize 0: the archive ends right after the (4-byte aligned) trailer.
  const bare = writeCpio([{ type: 'file', path: 'a', data: 'b' }], { blockSize: 0 });
  assert.is(latin1(bare.subarray(bare.length - 14)), 'TRAILER!!!\0\0\0\0'); // namesize 11: 110 + 11 -> 124
  assert.is(bare.length % 4, 0);
});

test('determinism: same entries give identical bytes, compressed or not', () => {
  const entries: CpioEntry[] = [
    { type: 'dir', path: 'etc' },
    { type: 'file', path: 'etc/passwd', data: 'root:x:0:0:root:/root:/bin/sh\n' },
    { type: 'file', path: 'big', data: new Uint8Array(200_000).map((_, i) => (i * 2654435761) >>> 24) },
  ];
  assert.equal(writeCpio(entries), writeCpio(entries));
  const a = writeCpioGz(entries), b = writeCpioGz(entries);
  assert.equal(a, b);
  assert.is(sha256(a), sha256(b));
  // gzip header: magic, deflate, no flags, mtime 0.
  assert.equal([...a.subarray(0, 8)], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0]);
});

test('gzip output gunzips to the plain archive, and the reader takes either', () => {
  const entries: CpioEntry[] = [{ type: 'file', path: 'f', data: 'hello\n'.repeat(1000) }];
  const plain = writeCpio(entries);
  const gz = writeCpioGz(entries);
  assert.ok(gz.length < plain.length / 4);
  assert.equal(new Uint8Array(gunzipSync(gz)), plain);
  assert.equal(readCpio(gz).map((m) => m.name), ['f']);
  assert.equal(gzipDeterministic(plain), gz);
});

test('the reader reads concatenated archives (as the kernel does)', () => {
  const a = writeCpio([{ type: 'file', path: 'a', data: '1' }]);
  const b = writeCpio([{ type: 'file', path: 'b', data: '2' }]);
  assert.equal(readCpio(Buffer.concat([a, b])).map((m) => m.name), ['a', 'b']);
});

test('GNU cpio lists and extracts what we write (when cpio is installed)', () => {
  const probe = spawnSync('cpio', ['--version']);
  if (probe.error || probe.status !== 0) return; // optional cross-check
  const out = writeCpio([
    { type: 'dir', path: 'd' }, { type: 'file', path: 'd/f', data: 'data' }, { type: 'symlink', path: 'd/l', target: 'f' },
  ]);
  const r = spawnSync('cpio', ['-t', '--quiet'], { input: out, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n'), ['d', 'd/f', 'd/l']);
});

test('paths are normalised; duplicates, bad modes and bad paths are rejected', () => {
  assert.is(normalisePath('/bin/sh'), 'bin/sh');
  assert.is(normalisePath('./etc/'), 'etc');
  assert.is(normalisePath('/'), '.');
  assert.throws(() => normalisePath('a/../b'), /bad path/);
  assert.throws(() => normalisePath('a//b'), /bad path/);
  assert.throws(() => writeCpio([{ type: 'dir', path: 'x' }, { type: 'dir', path: '/x' }]), /twice/);
  assert.throws(() => writeCpio([{ type: 'file', path: 'x', data: '', mode: 0o100644 }]), /permission bits/);
  assert.throws(() => writeCpio([{ type: 'symlink', path: 'x', target: '' }]), /empty target/);
  assert.throws(() => readCpio(new TextEncoder().encode('070707' + '0'.repeat(200))), /bad magic/);
});

test('explicit inode numbers are kept and automatic ones continue above them', () => {
  const m = readCpio(writeCpio([{ type: 'dir', path: 'a', ino: 10 }, { type: 'dir', path: 'b' }, { type: 'dir', path: 'c' }]));
  assert.equal(m.map((x) => x.ino), [10, 11, 12]);
});

test.run();
