// `-dtb FILE` / `--dtb FILE`: the user's device tree instead of the generated one, patched as
// QEMU 7.2's arm_load_dtb does (checked with `-M virt,dumpdtb=...`): every memory node replaced
// by one for the machine's RAM (memory@40000000, in the root's cell sizes), /chosen given the
// command line and the initrd range, everything else (rng-seed, kaslr-seed, model...) kept.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { virtTree, patchUserDeviceTree } from '../src/machine/board.ts';
import { decodeDtb, encodeDtb, FdtError, FdtNode } from '../src/machine/fdt.ts';
import { Machine, LoadError } from '../src/machine/machine.ts';
import { defaultGuest } from '../src/guest/images.ts';

const MiB = 1024 * 1024;
const tmp = mkdtempSync(join(tmpdir(), 'a64dbg-dtb-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

function userTree(): FdtNode {
  const root = virtTree({ memoryBytes: 512 * MiB, cpus: 1, gic: 2, bootargs: 'console=ttyAMA0' });
  root.setString('model', 'a64dbg test board');
  root.addNode('memory@80000000').setString('device_type', 'memory'); // a second memory node QEMU drops
  root.child('chosen')!.setU32('kaslr-seed', 0x1234, 0x5678);
  return root;
}

test('memory and /chosen are patched as QEMU does, the rest is the user\'s', () => {
  const out = decodeDtb(patchUserDeviceTree(encodeDtb(userTree()), {
    memoryBytes: 256 * MiB, bootargs: 'console=ttyAMA0 hello=1', initrd: { start: 0x4800_0000, end: 0x480f_76dc },
  })).root;
  const memories = out.children.filter((c) => c.name.startsWith('memory'));
  assert.equal(memories.map((m) => m.name), ['memory@40000000']);
  assert.equal(memories[0].u32Array('reg'), [0, 0x4000_0000, 0, 0x1000_0000]); // QEMU's dump for -m 256
  assert.is(memories[0].string('device_type'), 'memory');
  const chosen = out.child('chosen')!;
  assert.is(chosen.string('bootargs'), 'console=ttyAMA0 hello=1');
  assert.equal(chosen.u32Array('linux,initrd-start'), [0, 0x4800_0000]);
  assert.equal(chosen.u32Array('linux,initrd-end'), [0, 0x480f_76dc]);
  assert.equal(chosen.u32Array('kaslr-seed'), [0x1234, 0x5678], 'the user\'s seed stays');
  assert.is(out.string('model'), 'a64dbg test board');
  assert.ok(out.child('pl011@9000000'), 'devices stay');
});

test('one-cell trees, a missing /chosen, an empty command line', () => {
  const root = new FdtNode();
  root.setU32('#address-cells', 1).setU32('#size-cells', 1);
  root.addNode('memory').setU32('reg', 0, 0);
  const out = decodeDtb(patchUserDeviceTree(encodeDtb(root), { memoryBytes: 128 * MiB, bootargs: '', initrd: { start: 0x4800_0000, end: 0x4800_1000 } })).root;
  assert.equal(out.child('memory@40000000')!.u32Array('reg'), [0x4000_0000, 0x0800_0000]);
  assert.not.ok(out.child('memory'));
  assert.not.ok(out.child('chosen')!.has('bootargs'), 'no bootargs when the command line is empty (QEMU)');
  assert.equal(out.child('chosen')!.u32Array('linux,initrd-start'), [0x4800_0000]);
});

test('bad trees: one line, nothing thrown but FdtError / LoadError', () => {
  assert.throws(() => patchUserDeviceTree(Uint8Array.of(1, 2, 3), { memoryBytes: 128 * MiB, bootargs: '' }), (e: unknown) => e instanceof FdtError);
  const noCells = encodeDtb(new FdtNode());
  assert.throws(() => patchUserDeviceTree(noCells, { memoryBytes: 128 * MiB, bootargs: '' }), /#address-cells 0/);
  const guest = defaultGuest();
  if (!guest) return;
  const m = new Machine({ memoryMiB: 256, log: () => {}, console: () => {} });
  const junk = join(tmp, 'junk.dtb');
  writeFileSync(junk, 'not a device tree');
  assert.throws(() => m.loadKernelFile(guest.kernel, guest.initrd, '', junk), (e: unknown) => e instanceof LoadError && /cannot use -dtb '.*junk\.dtb': bad DTB: 17 bytes is shorter than the header/.test((e as Error).message));
  assert.throws(() => m.loadKernelFile(guest.kernel, guest.initrd, '', join(tmp, 'missing.dtb')), /cannot use -dtb .*ENOENT/);
  assert.throws(() => m.loadKernelFile('firmware/bin/crc.elf', undefined, '', junk), /ELF file: -dtb goes with an arm64 Image/);
});

const guest = defaultGuest();
if (guest) {
  test('Linux boots with the user\'s tree: it reports the user\'s model and the patched memory', () => {
    const file = join(tmp, 'user.dtb');
    writeFileSync(file, encodeDtb(userTree()));
    let log = '';
    const m = new Machine({ memoryMiB: 256, log: () => {}, console: (b) => { log += Buffer.from(b).toString('latin1'); } });
    m.loadKernelFile(guest.kernel, guest.initrd, 'console=ttyAMA0 earlycon', file);
    assert.ok(m.dtb);
    assert.equal(decodeDtb(m.dtb!).root.child('memory@40000000')!.u32Array('reg'), [0, 0x4000_0000, 0, 0x1000_0000]);
    m.run({ maxInstructions: 60_000_000 });
    assert.match(log, /Machine model: a64dbg test board/);
    assert.match(log, /Memory: \d+K\/262144K available/);
  });
}

test.run();
