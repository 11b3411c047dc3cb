// The FP/SIMD milestone: the default guest (Debian's kernel, `console=ttyAMA0 earlycon`, and the
// BusyBox initramfs) boots to the shell prompt; commands typed at the prompt give the right
// output; `poweroff -f` ends the run with status 0. Input is fed only when the prompt is on the
// console, so the run is deterministic (same output, same instruction count).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { shellSession } from './helpers.ts';
import { defaultGuest, missingGuestMessage } from '../src/guest/images.ts';
import { readCpio } from '../src/guest/cpio.ts';

const guest = defaultGuest();

if (!guest) {
  if (process.env.CI) test('the default guest is available in CI', () => assert.unreachable(missingGuestMessage()));
  else console.log(`shell.test.ts skipped: ${missingGuestMessage()}`);
} else {
  test('the default guest boots to a BusyBox shell that runs commands and powers off', () => {
    const initramfs = readCpio(readFileSync(guest.initrd));
    const testFile = initramfs.find((m) => m.name === 'etc/a64dbg-test.txt');
    assert.ok(testFile?.data, 'the initramfs carries /etc/a64dbg-test.txt');
    const digest = createHash('sha256').update(testFile.data!).digest('hex');

    const cmds = [
      'uname -a',
      'ls /',
      'cat /proc/cpuinfo',
      'echo $((6*7))',
      `awk 'BEGIN{printf "%.6f\\n", 1/3}'`,
      'sha256sum /etc/a64dbg-test.txt',
      "dmesg | grep -ciE 'warn|oops|bug:'",
      'poweroff -f',
    ];
    const s = shellSession(cmds, guest);
    assert.equal({ kind: s.stop.kind, status: s.stop.kind === 'exit' ? s.stop.status : -1 }, { kind: 'exit', status: 0 },
      `how the run ended: ${JSON.stringify(s.stop)}\n${s.log.slice(-2000)}`);
    assert.ok(s.log.includes('BusyBox v1.35.0'), 'the BusyBox banner');
    const [uname, ls, cpuinfo, arith, awk, sha, dmesg] = s.outputs;
    assert.match(uname, /^Linux a64dbg 6\.1\.0-\d+-cloud-arm64 #1 SMP Debian .* aarch64 GNU\/Linux\n$/);
    for (const d of ['bin', 'dev', 'etc', 'init', 'proc', 'root', 'sbin', 'sys', 'tmp', 'usr']) assert.match(ls, new RegExp(`\\b${d}\\b`), `ls / shows ${d}`);
    assert.match(cpuinfo, /^processor\s+: 0$/m);
    // The default CPU is cortex-a57 as QEMU models it (test/cpuinfo.test.ts compares the line).
    assert.match(cpuinfo, /^Features\s+: fp asimd .*\baes pmull sha1 sha2 crc32\b/m, 'FP, AdvSIMD, crypto and CRC32 advertised');
    assert.not.match(cpuinfo, /^Features\s+:.*\batomics\b/m, 'no LSE on cortex-a57');
    assert.match(cpuinfo, /^CPU implementer\s+: 0x00$/m, 'MIDR implementer 0x00');
    assert.is(arith, '42\n');
    assert.is(awk, '0.333333\n');
    assert.is(sha, `${digest}  /etc/a64dbg-test.txt\n`);
    assert.is(dmesg, '0\n', 'no warn/oops/bug: line in dmesg');
    assert.ok(s.log.includes('reboot: Power down'), 'the kernel powered off');
  });
}

test.run();
