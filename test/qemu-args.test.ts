// QEMU's command line (src/cli/qemu-args.ts): QEMU-style options become a64dbg's, a line that
// starts with an option is a `boot` line, unsupported QEMU options and values get one line that
// names them and what works instead; the real CLI takes a tutorial line and refuses the rest
// with status 1 and exactly one stderr line; help text is never broken inside a word.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { translateQemuArgs, qemuMemoryMiB, closestQemuOption, QemuArgsError } from '../src/cli/qemu-args.ts';
import { runCli as run } from './cli-helpers.ts';

function refused(argv: string[], pattern: RegExp): void {
  try {
    translateQemuArgs(argv);
  } catch (e) {
    assert.instance(e, QemuArgsError);
    assert.match((e as Error).message, pattern);
    assert.not.match((e as Error).message, /\n/);
    return;
  }
  assert.unreachable(`accepted: ${argv.join(' ')}`);
}

test('a QEMU arm64 tutorial line becomes a64dbg options', () => {
  assert.equal(translateQemuArgs([
    '-M', 'virt,gic-version=2', '-cpu', 'cortex-a57', '-smp', '1', '-m', '1G', '-nographic', '-kernel', 'Image',
    '-initrd', 'rootfs.cpio.gz', '-append', 'console=ttyAMA0 root=/dev/ram', '-serial', 'mon:stdio', '-monitor', 'none',
    '-no-reboot', '-s', '-S', '-d', 'guest_errors,unimp',
  ]), [
    'boot', '--gic', '2', '--cpu', 'cortex-a57', '--memory', '1024', '--kernel', 'Image', '--initrd', 'rootfs.cpio.gz',
    '--append', 'console=ttyAMA0 root=/dev/ram', '--no-reboot', '-s', '-S',
  ]);
});

test('double-dash QEMU spellings, -machine, -gdb forms, and a64dbg options left alone', () => {
  assert.equal(translateQemuArgs(['boot', '--kernel', 'k', '--machine', 'type=virt,accel=tcg', '--nographic']), ['boot', '--kernel', 'k']);
  assert.equal(translateQemuArgs(['-gdb', 'tcp::1234']), ['boot', '--gdb', '127.0.0.1:1234'], 'loopback unless a host is named');
  assert.equal(translateQemuArgs(['-gdb', 'tcp:0.0.0.0:1235']), ['boot', '--gdb', '0.0.0.0:1235']);
  assert.equal(translateQemuArgs(['-gdb', 'unix:/tmp/g.sock,server,nowait']), ['boot', '--gdb', 'unix:/tmp/g.sock']);
  assert.equal(translateQemuArgs(['boot', '--memory', '256', '--trace', 'traps', '--max-insns', '5', '-m', '512']),
    ['boot', '--memory', '256', '--trace', 'traps', '--max-insns', '5', '--memory', '512']);
  assert.equal(translateQemuArgs(['--help']), ['--help']);
  assert.equal(translateQemuArgs(['boot', '--', '-kernel']), ['boot', '--', '-kernel'], 'nothing after --');
  assert.equal(translateQemuArgs(['-M', 'virt,gic-version=max', '-smp', 'cpus=1,sockets=1']), ['boot', '--gic', '3']);
  assert.equal(translateQemuArgs(['-d', 'int,unimp']), ['boot', '--trace', 'int']);
});

test('QEMU sizes for -m', () => {
  assert.is(qemuMemoryMiB('512'), '512');
  assert.is(qemuMemoryMiB('512M'), '512');
  assert.is(qemuMemoryMiB('2G'), '2048');
  assert.is(qemuMemoryMiB('size=1G,slots=2,maxmem=4G'), '1024');
  assert.throws(() => qemuMemoryMiB('1.5'), /whole number of MiB/);
  assert.throws(() => qemuMemoryMiB('lots'), /give a size/);
});

test('unsupported QEMU options and values: one line naming them and what works', () => {
  refused(['-netdev', 'user,id=n0'], /^QEMU option -netdev is not supported by a64dbg \(closest supported: -\w+/);
  refused(['-kernal', 'Image'], /closest supported: -kernel\b/);
  refused(['-machin', 'virt'], /closest supported: -machine\b/);
  refused(['-smp', '4'], /one vCPU today; give -smp 1/);
  refused(['-cpu', 'host'], /-cpu host: not supported \(supported: cortex-a57, cortex-a53, max\)/);
  refused(['-M', 'raspi3b'], /'virt' board only/);
  refused(['-M', 'virt,virtualization=on'], /'virtualization' is not supported \(supported: gic-version/);
  refused(['-M', 'virt,gic-version=4'], /2, 3 or max/);
  refused(['-serial', 'pty'], /-serial stdio or mon:stdio/);
  refused(['-monitor', 'stdio'], /-monitor none/);
  refused(['-d', 'in_asm'], /-d in_asm: not supported \(supported: guest_errors, unimp/);
  refused(['-gdb', 'udp::1'], /tcp::PORT/);
  refused(['-kernel'], /needs a value/);
  assert.is(closestQemuOption('initr'), 'initrd');
});

test('the real CLI: a QEMU-style line runs a bare-metal ELF; refused options exit 1 with one line', async () => {
  const [ok, ...bad] = await Promise.all([
    run(['-M', 'virt', '-cpu', 'cortex-a57', '-nographic', '-m', '512', '-kernel', 'firmware/bin/crc.elf', '-serial', 'mon:stdio']),
    run(['-device', 'virtio-net-device', '-kernel', 'firmware/bin/crc.elf']),
    run(['boot', '-smp', '2', '--kernel', 'firmware/bin/crc.elf']),
    run(['boot', '--cpu', 'cortex-x1', '--kernel', 'firmware/bin/crc.elf']),
    run(['boot', '--eof-idle', '-3', '--kernel', 'firmware/bin/crc.elf']),
    run(['boot', '--userland', 'alpine']),
    run(['boot', '--userland', 'debian', '--initrd', 'x.cpio']),
  ]);
  assert.is(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^crc start\n/);
  for (const r of bad) {
    assert.is(r.status, 1, r.stderr);
    assert.is(r.stdout, '');
    assert.match(r.stderr, /^a64dbg: [^\n]+\n$/);
    assert.not.match(r.stderr, /at .*\.ts:\d+/);
  }
});

test('help piped to a file is not wrapped inside a word', async () => {
  const r = await run(['boot', '--help']);
  assert.is(r.status, 0);
  assert.match(r.stdout, /-kernel VALUE/);
  // Every option's description stays on its option's line, whole (yargs used to cut words at 80 columns).
  const line = (opt: string) => r.stdout.split('\n').find((l) => l.trimStart().startsWith(opt)) ?? '';
  assert.match(line('--cpu'), /the features QEMU's model of that name has; default cortex-a57\)/);
  assert.match(line('--eof-idle'), /\(status 4\), or never/);
  assert.match(line('-m, --memory'), /or e\.g\. 1G/);
});

test.run();
