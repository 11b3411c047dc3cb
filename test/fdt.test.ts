// The FDT writer/reader (src/machine/fdt.ts) and the virt board's device tree
// (src/machine/board.ts), checked against itself, against dtc, and node by node against the
// trees QEMU 7.2 generated (../shared/reference/virt*.dts).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FdtNode, FdtError, decodeDtb, encodeDtb, formatValue, FDT_MAGIC, FDT_NOP } from '../src/machine/fdt.ts';
import { virtDeviceTree, virtTree, type VirtConfig } from '../src/machine/board.ts';
import { MAX_RAM_MIB } from '../src/memory/layout.ts';

const REFERENCE = new URL('../../shared/reference/', import.meta.url);
const MiB = 1024 * 1024;

const dtcProbe = spawnSync('dtc', ['--version'], { encoding: 'utf8' });
const HAVE_DTC = dtcProbe.status === 0;
if (!HAVE_DTC) console.warn('fdt.test: dtc (device-tree-compiler) not found: skipping only the dtc cross-checks');

function dtc(args: string[], input?: Uint8Array): { status: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync('dtc', args, { input, maxBuffer: 1 << 24 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

/** A readable, deterministic dump of a tree for assert.equal. */
function flatten(root: FdtNode): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [path, node] of root.walk()) {
    const props: Record<string, string> = {};
    for (const [k, v] of node.props) props[k] = formatValue(v);
    out[path] = props;
  }
  return out;
}

// ---- a minimal dts reader for dtc's own output (the reference files) ----------------------

/** Parses `dtc -O dts` output: nodes, and properties that are empty, <cells> or "strings". */
function parseDts(text: string): FdtNode {
  let i = 0;
  const ws = (): void => { while (i < text.length && /\s/.test(text[i]!)) i++; };
  const expect = (s: string): void => {
    ws();
    if (!text.startsWith(s, i)) throw new Error(`dts: expected ${JSON.stringify(s)} at ${i}: ${JSON.stringify(text.slice(i, i + 30))}`);
    i += s.length;
  };
  const word = (): string => {
    ws();
    const m = /^[0-9a-zA-Z,._+?#@-]+/.exec(text.slice(i));
    if (!m) throw new Error(`dts: expected a name at ${i}`);
    i += m[0].length;
    return m[0];
  };
  const body = (node: FdtNode): void => {
    for (;;) {
      ws();
      if (text.startsWith('};', i)) { i += 2; return; }
      const name = word();
      ws();
      if (text[i] === '{') { i++; body(node.addNode(name)); continue; }
      if (text[i] === ';') { i++; node.setEmpty(name); continue; }
      expect('=');
      ws();
      if (text[i] === '<') {
        const end = text.indexOf('>', i);
        const cells = text.slice(i + 1, end).trim().split(/\s+/).filter(Boolean).map((c) => Number(c));
        node.setU32(name, ...cells);
        i = end + 1;
      } else if (text[i] === '"') {
        const end = text.indexOf('"', i + 1);
        node.setStrings(name, text.slice(i + 1, end).split('\\0'));
        i = end + 1;
      } else if (text[i] === '[') {
        const end = text.indexOf(']', i);
        node.setBytes(name, Uint8Array.from(text.slice(i + 1, end).trim().split(/\s+/).filter(Boolean).map((b) => parseInt(b, 16))));
        i = end + 1;
      } else {
        throw new Error(`dts: unsupported value at ${i}`);
      }
      expect(';');
    }
  };
  expect('/dts-v1/;');
  expect('/');
  expect('{');
  const root = new FdtNode();
  body(root);
  return root;
}

function reference(name: string): FdtNode {
  const text = readFileSync(new URL(name, REFERENCE), 'utf8');
  const root = parseDts(text);
  if (HAVE_DTC) {
    // Cross-check the little parser: dtc compiling the same file must give the same tree.
    const r = dtc(['-q', '-I', 'dts', '-O', 'dtb', '-o', '-', new URL(name, REFERENCE).pathname]);
    assert.is(r.status, 0, `dtc compiles ${name}: ${r.stderr}`);
    assert.equal(flatten(decodeDtb(new Uint8Array(r.stdout)).root), flatten(root), `dts reader agrees with dtc on ${name}`);
  }
  return root;
}

// ---- 1. writer -> reader round trip ------------------------------------------------------

test('round trip: every kind of property, nested nodes, reservations, header fields', () => {
  const root = new FdtNode();
  root.setU32('#address-cells', 2).setU32('#size-cells', 2).setString('compatible', 'test,board');
  const a = root.addNode('a@1000').setPhandle(7).setU64('reg', 0x1000, 0x2_0000_0000n).setEmpty('flag');
  a.setStrings('compatible', ['x,one', 'x,two', '']).setBytes('blob', Uint8Array.of(1, 2, 3, 4, 5));
  a.addNode('child').setU32('ref', 7).setU32('cells', 0, 0xffffffff, 0x12345678).setString('s', 'héllo');
  root.addNode('b').setBytes('odd', Uint8Array.of(9)).setU32('compatible', 3); // a name reused with another type

  const blob = encodeDtb(root, { reservations: [{ address: 0x4800_0000n, size: 0x1000n }], bootCpuidPhys: 3 });
  const dv = new DataView(blob.buffer);
  assert.is(dv.getUint32(0), FDT_MAGIC);
  assert.is(dv.getUint32(4), blob.length, 'totalsize');
  assert.is(dv.getUint32(20), 17, 'version');
  assert.is(dv.getUint32(24), 16, 'last_comp_version');
  assert.is(blob.length % 4, 0);
  assert.is(dv.getUint32(16) % 8, 0, 'memory reservation block 8-byte aligned');
  assert.is(dv.getUint32(8) % 4, 0, 'structure block 4-byte aligned');
  // Strings block: each name once.
  const strings = new TextDecoder().decode(blob.subarray(dv.getUint32(12), dv.getUint32(12) + dv.getUint32(32)));
  const names = strings.split('\0').slice(0, -1);
  assert.equal(names, [...new Set(names)], 'no duplicate names in the strings block');
  assert.ok(names.includes('compatible') && names.includes('phandle'));

  const d = decodeDtb(blob);
  assert.equal(flatten(d.root), flatten(root));
  assert.equal(d.reservations, [{ address: 0x4800_0000n, size: 0x1000n }]);
  assert.is(d.bootCpuidPhys, 3);
  const ra = d.root.find('/a@1000')!;
  assert.is(ra.phandle, 7);
  assert.equal(ra.u64Array('reg'), [0x1000n, 0x2_0000_0000n]);
  assert.equal(ra.strings('compatible'), ['x,one', 'x,two', '']);
  assert.equal([...ra.bytes('blob')], [1, 2, 3, 4, 5]);
  assert.is(ra.bytes('flag').length, 0);
  assert.equal(d.root.find('/a@1000/child')!.u32Array('cells'), [0, 0xffffffff, 0x12345678]);
  assert.is(d.root.find('/a@1000/child')!.string('s'), 'héllo');
  assert.equal(encodeDtb(d.root, { reservations: d.reservations, bootCpuidPhys: 3 }), blob, 're-encoding is byte-identical');

  if (HAVE_DTC) {
    const r = dtc(['-I', 'dtb', '-O', 'dtb', '-o', '-'], blob);
    assert.is(r.status, 0, r.stderr);
    const back = decodeDtb(new Uint8Array(r.stdout));
    assert.equal(flatten(back.root), flatten(root), 'dtb -> dtc -> dtb keeps the tree');
    assert.equal(back.reservations, d.reservations);
  }
});

test('reader: skips FDT_NOP, honours minTotalSize, rejects malformed blobs', () => {
  const root = new FdtNode();
  root.addNode('n').setU32('v', 5);
  const padded = encodeDtb(root, { minTotalSize: 4096 });
  assert.is(padded.length, 4096);
  assert.is(decodeDtb(padded).root.find('/n')!.u32('v'), 5);

  // Turn the first FDT_PROP's whole record into FDT_NOPs: the property disappears, nothing else.
  const blob = encodeDtb(root);
  const dv = new DataView(blob.buffer);
  const off = dv.getUint32(8);
  const tokens = Array.from({ length: dv.getUint32(36) / 4 }, (_, k) => dv.getUint32(off + 4 * k));
  const at = tokens.indexOf(3);
  for (let k = 0; k < 4; k++) dv.setUint32(off + 4 * (at + k), FDT_NOP); // token, len, nameoff, value
  assert.equal(flatten(decodeDtb(blob).root), { '/': {}, '/n': {} });

  const good = encodeDtb(root);
  const bad = (mutate: (b: Uint8Array, v: DataView) => Uint8Array | void, why: RegExp): void => {
    const b = good.slice();
    const out = mutate(b, new DataView(b.buffer)) ?? b;
    assert.throws(() => decodeDtb(out), (e: unknown) => e instanceof FdtError && why.test((e as Error).message));
  };
  bad((_b, v) => v.setUint32(0, 0xdeadbeef), /magic/);
  bad((b) => b.subarray(0, 20), /shorter than the header/);
  bad((b) => b.subarray(0, b.length - 8), /exceeds/);
  bad((_b, v) => v.setUint32(20, 3), /version/);
  bad((_b, v) => v.setUint32(v.getUint32(8), 0x77), /unknown token/);
  bad((_b, v) => v.setUint32(36, 8), /FDT_END|without|runs past/);

  assert.throws(() => new FdtNode().addNode('bad name'), /invalid node name/);
  assert.throws(() => new FdtNode().setU32('x', -1), /32-bit/);
  assert.throws(() => new FdtNode().setU64('x', -1n), /64-bit/);
  assert.throws(() => new FdtNode().setString('x', 'a\0b'), /NUL/);
  const dup = new FdtNode();
  dup.addNode('a').setPhandle(1);
  dup.addNode('b').setPhandle(1);
  assert.throws(() => encodeDtb(dup), /phandle 0x1 used by both/);
});

// ---- 2. the virt tree through dtc ----------------------------------------------------------

const BOOTARGS = 'console=ttyAMA0';
const INITRD = { start: 0x4800_0000, end: 0x480f_18ef }; // what QEMU used for the reference trees
const CONFIGS: { name: string; ref: string; cfg: VirtConfig }[] = [
  { name: 'GICv3, 512 MiB, 1 CPU', ref: 'virt.dts', cfg: { memoryBytes: 512 * MiB, cpus: 1, gic: 3, bootargs: BOOTARGS, initrd: INITRD } },
  { name: 'GICv2, 512 MiB, 1 CPU', ref: 'virt-gic2.dts', cfg: { memoryBytes: 512 * MiB, cpus: 1, gic: 2, bootargs: BOOTARGS, initrd: INITRD } },
  { name: 'GICv3, 512 MiB, 2 CPUs', ref: 'virt-gic3-smp2.dts', cfg: { memoryBytes: 512 * MiB, cpus: 2, gic: 3, bootargs: BOOTARGS, initrd: INITRD } },
];

for (const { name, cfg } of CONFIGS) {
  test(`dtc accepts the virt tree (${name}) without warnings`, () => {
    const blob = virtDeviceTree(cfg);
    assert.equal(flatten(decodeDtb(blob).root), flatten(virtTree(cfg)), 'our reader reads back what we wrote');
    if (!HAVE_DTC) { console.warn(`  (skipped the dtc part for ${name}: dtc not installed)`); return; }
    const dir = mkdtempSync(join(tmpdir(), 'a64dbg-fdt-'));
    try {
      const file = join(dir, 'virt.dtb');
      writeFileSync(file, blob);
      const r = dtc(['-I', 'dtb', '-O', 'dts', '-o', join(dir, 'virt.dts'), file]);
      assert.is(r.status, 0, `dtc exit status; stderr: ${r.stderr}`);
      assert.is(r.stderr, '', 'dtc printed warnings or errors');
      const dts = readFileSync(join(dir, 'virt.dts'), 'utf8');
      assert.ok(dts.includes('stdout-path = "/pl011@9000000";'));
      // The dts dtc wrote, read back by the dts reader, is our tree again.
      assert.equal(flatten(parseDts(dts)), flatten(virtTree(cfg)), 'dtc -O dts text parses back to the same tree');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

// ---- 3. node by node against QEMU ----------------------------------------------------------

/**
 * Intentional differences from QEMU 7.2's tree. Everything not listed here must match exactly:
 * node names and unit addresses, property names, and every property's bytes — phandle values
 * included, since board.ts allocates them in QEMU's order (clock, CPUs from the highest
 * index down, GIC) and so lands on the same numbers.
 */
const DROPPED_NODES = [
  '/pcie@10000000', // no PCIe host bridge
  '/intc@8000000/its@8080000', // GICv3 ITS: only serves PCI MSIs
  '/intc@8000000/v2m@8020000', // GICv2m MSI frame: likewise
  '/fw-cfg@9020000', // no fw-cfg
  '/flash@0', // no CFI flash
  '/pl061@9030000', // no GPIO controller
  '/gpio-keys', // ... so no power-off key wired to it
  '/platform-bus@c000000', // no dynamic sysbus devices
];
/** Properties QEMU writes that we write only when asked (src/README.md, "The board": no KASLR seed by default). */
const DROPPED_PROPS: Record<string, string[]> = { '/chosen': ['kaslr-seed', 'rng-seed'] };
/** Node order is free: QEMU prepends nodes, we append; compared by path, not position. */

function isDropped(path: string): boolean {
  return DROPPED_NODES.some((d) => path === d || path.startsWith(`${d}/`));
}

function compareWithQemu(ours: FdtNode, qemu: FdtNode, dropProps: Record<string, string[]>): string[] {
  const problems: string[] = [];
  const ourPaths = new Map(ours.walk());
  const qemuPaths = new Map(qemu.walk());
  for (const [path, qn] of qemuPaths) {
    const on = ourPaths.get(path);
    if (isDropped(path)) {
      if (on) problems.push(`${path}: QEMU's node is on the dropped list but we generate it`);
      continue;
    }
    if (!on) { problems.push(`${path}: missing`); continue; }
    const skip = new Set(dropProps[path] ?? []);
    for (const [prop, qv] of qn.props) {
      if (skip.has(prop)) {
        if (on.has(prop)) problems.push(`${path}/${prop}: we write it but should not by default`);
        continue;
      }
      if (!on.has(prop)) { problems.push(`${path}/${prop}: missing (QEMU: ${formatValue(qv)})`); continue; }
      const ov = on.bytes(prop);
      if (formatValue(ov) !== formatValue(qv) || ov.length !== qv.length || ov.some((b, k) => b !== qv[k])) {
        problems.push(`${path}/${prop}: ours ${formatValue(ov)}, QEMU ${formatValue(qv)}`);
      }
    }
    for (const prop of on.props.keys()) if (!qn.has(prop)) problems.push(`${path}/${prop}: not in QEMU's tree`);
  }
  for (const path of ourPaths.keys()) if (!qemuPaths.has(path)) problems.push(`${path}: not in QEMU's tree`);
  for (const d of DROPPED_NODES) {
    // Every dropped-list entry must name something in at least one reference tree (no stale list).
    if (d.includes('its@') && qemuPaths.has('/intc@8000000/v2m@8020000')) continue;
    if (d.includes('v2m@') && qemuPaths.has('/intc@8000000/its@8080000')) continue;
    if (!qemuPaths.has(d)) problems.push(`${d}: on the dropped list but not in QEMU's tree`);
  }
  return problems;
}

for (const { name, ref, cfg } of CONFIGS) {
  test(`virt tree matches QEMU's ${ref} node by node (${name})`, () => {
    const qemu = reference(ref);
    const ours = decodeDtb(virtDeviceTree(cfg)).root;
    const problems = compareWithQemu(ours, qemu, DROPPED_PROPS);
    assert.equal(problems, [], `differences from QEMU's ${ref}:\n  ${problems.join('\n  ')}`);

    // With QEMU's own seeds passed in, /chosen matches QEMU's in full.
    const chosen = qemu.find('/chosen')!;
    const [hi, lo] = chosen.u32Array('kaslr-seed');
    const seeded = decodeDtb(virtDeviceTree({
      ...cfg, kaslrSeed: (BigInt(hi!) << 32n) | BigInt(lo!), rngSeed: chosen.bytes('rng-seed'),
    })).root;
    assert.equal(compareWithQemu(seeded, qemu, {}), [], 'seeded /chosen equals QEMU\'s');
  });
}

test('the comparison does catch a wrong value', () => {
  const qemu = reference('virt.dts');
  const ours = virtTree(CONFIGS[0]!.cfg);
  ours.find('/timer')!.setU32('interrupts', 1, 13, 4, 1, 14, 4, 1, 11, 4, 1, 10, 0x104);
  ours.find('/pl011@9000000')!.setU32('extra', 1);
  ours.addNode('bogus');
  const problems = compareWithQemu(ours, qemu, DROPPED_PROPS);
  assert.ok(problems.some((p) => p.startsWith('/timer/interrupts: ours')), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('/pl011@9000000/extra')));
  assert.ok(problems.some((p) => p.startsWith('/bogus')));
});

test('virt tree: defaults and per-configuration details', () => {
  const base: VirtConfig = { memoryBytes: 512 * MiB, cpus: 1, gic: 3, bootargs: BOOTARGS };
  const t = decodeDtb(virtDeviceTree(base)).root;
  const chosen = t.find('/chosen')!;
  assert.ok(!chosen.has('kaslr-seed') && !chosen.has('rng-seed'), 'no seeds unless asked for');
  assert.ok(!chosen.has('linux,initrd-start') && !chosen.has('linux,initrd-end'), 'no initrd properties without an initrd');
  assert.is(chosen.string('bootargs'), BOOTARGS);
  assert.is(chosen.string('stdout-path'), '/pl011@9000000');
  assert.not.ok(decodeDtb(virtDeviceTree({ ...base, bootargs: '' })).root.find('/chosen')!.has('bootargs'), 'empty bootargs omitted, as QEMU does');
  assert.equal(t.find('/memory@40000000')!.u64Array('reg'), [0x4000_0000n, BigInt(512 * MiB)]);
  assert.ok(!t.find('/cpus/cpu@0')!.has('enable-method'), 'no enable-method with one CPU');

  // Seeds when asked for: kaslr-seed as two cells, rng-seed as the bytes given.
  const seeded = decodeDtb(virtDeviceTree({ ...base, kaslrSeed: 0x0123456789abcdefn, rngSeed: Uint8Array.of(1, 2, 3) })).root.find('/chosen')!;
  assert.equal(seeded.u32Array('kaslr-seed'), [0x01234567, 0x89abcdef]);
  assert.equal([...seeded.bytes('rng-seed')], [1, 2, 3]);

  // Eight CPUs under GICv2: PPI CPU mask 0xff, every CPU enabled through PSCI, phandles unique.
  const eight = decodeDtb(virtDeviceTree({ ...base, gic: 2, cpus: 8 })).root;
  const timer = eight.find('/timer')!.u32Array('interrupts');
  assert.equal(timer, [1, 13, 0xff04, 1, 14, 0xff04, 1, 11, 0xff04, 1, 10, 0xff04]);
  for (let i = 0; i < 8; i++) {
    const cpu = eight.find(`/cpus/cpu@${i}`)!;
    assert.is(cpu.u32('reg'), i);
    assert.is(cpu.string('enable-method'), 'psci');
    assert.is(eight.find(`/cpus/cpu-map/socket0/cluster0/core${i}`)!.u32('cpu'), cpu.phandle);
  }
  assert.is(eight.u32('interrupt-parent'), eight.find('/intc@8000000')!.phandle);
  assert.is(eight.find('/intc@8000000')!.phandle, 0x8009, 'QEMU order: clock, 8 CPUs, then the GIC');

  // Largest RAM: an initrd ending at 4 GiB needs 64-bit cells.
  const top = 0x4000_0000 + MAX_RAM_MIB * MiB;
  const big = decodeDtb(virtDeviceTree({ ...base, memoryBytes: MAX_RAM_MIB * MiB, initrd: { start: top - 0x10_0000, end: top } })).root.find('/chosen')!;
  assert.is(big.number('linux,initrd-end'), BigInt(top));
  assert.is(big.number('linux,initrd-start'), BigInt(top - 0x10_0000));
});

// ---- 4. bad configurations ------------------------------------------------------------------

test('virt tree: bad configurations throw clear errors', () => {
  const base: VirtConfig = { memoryBytes: 512 * MiB, cpus: 1, gic: 3, bootargs: '' };
  const bad = (patch: Partial<VirtConfig> | Record<string, unknown>, why: RegExp): void => {
    assert.throws(() => virtDeviceTree({ ...base, ...patch } as VirtConfig), (e: unknown) => e instanceof Error && why.test(e.message),
      `expected ${why} for ${JSON.stringify(patch, (_k, v) => (typeof v === 'bigint' ? String(v) : v))}`);
  };
  bad({ cpus: 0 }, /CPU count must be 1 to 8, got 0/);
  bad({ cpus: 9 }, /CPU count must be 1 to 8, got 9/);
  bad({ cpus: 1.5 }, /CPU count/);
  bad({ memoryBytes: 512 * MiB + 4096 }, /multiple of 2 MiB/);
  bad({ memoryBytes: 3 * MiB }, /multiple of 2 MiB/);
  bad({ memoryBytes: (MAX_RAM_MIB + 2) * MiB }, /memory size must be .* MiB to .* MiB/);
  bad({ memoryBytes: 8 * 1024 * MiB }, /memory size must be/);
  bad({ memoryBytes: 0 }, /memory size/);
  bad({ memoryBytes: -2 * MiB }, /memory size/);
  bad({ gic: 4 }, /GIC version must be 2 or 3/);
  bad({ bootargs: 'a\0b' }, /bootargs/);
  bad({ initrd: { start: 0x3000_0000, end: 0x3000_1000 } }, /initrd .* outside RAM/);
  bad({ initrd: { start: 0x5ff0_0000, end: 0x6000_1000 } }, /initrd .* outside RAM/);
  bad({ initrd: { start: 0x4800_0000, end: 0x4800_0000 } }, /non-empty/);
  bad({ kaslrSeed: 1n << 64n }, /kaslrSeed/);
  bad({ rngSeed: new Uint8Array(0) }, /rngSeed/);
  // The boundaries themselves are fine.
  virtDeviceTree({ ...base, cpus: 8, gic: 2 });
  virtDeviceTree({ ...base, memoryBytes: MAX_RAM_MIB * MiB });
  virtDeviceTree({ ...base, initrd: { start: 0x4000_0000, end: 0x6000_0000 } });
});

test.run();
