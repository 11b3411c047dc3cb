// The module test of module.a64 as a TypeScript script, doing what the declarative form cannot:
// parse command output, compute with values read from the guest, loop, and fail with a message
// that says what was wrong.
//
//   npx a64dbg run examples/module.a64.ts
//
// The default export gets a Vm (a Session: src/runner/session.ts); its first step restores the
// default guest's prompt snapshot. A thrown Error (assert's too) fails the script at this file's
// line; the runner then saves the console log, the last trap-layer exits and a snapshot of the
// machine where it failed (`a64dbg boot --restore` it, with --gdb to look around).
// What the script prints goes to the runner's stderr (stdout carries TAP).

import type { Vm } from 'a64dbg';
import * as assert from 'node:assert/strict';

const KO = '../.cache/module/a64dbg_hello.ko'; // relative to this file's folder
const NAME = 'a64dbg_hello';
const PARAM = `/sys/module/${NAME}/parameters/run`;

/** firmware/module/a64dbg_hello.c's a64dbg_hello_work(n), in TypeScript (32-bit int arithmetic). */
function work(n: number): number {
  let acc = 0;
  for (let i = 1; i <= n; i++) acc = ((acc + i * i) | 0) ^ i;
  return (acc + n) | 0;
}

/** `lsmod` (BusyBox: Module, Size, Used by) as records. */
function lsmod(output: string): Map<string, { size: number; usedBy: number }> {
  const mods = new Map<string, { size: number; usedBy: number }>();
  for (const line of output.split('\n').slice(1)) {
    const m = /^(\S+)\s+(\d+)\s+(\d+)/.exec(line);
    if (m) mods.set(m[1], { size: Number(m[2]), usedBy: Number(m[3]) });
  }
  return mods;
}

export default async (vm: Vm) => {
  await vm.copy(KO, `/tmp/${NAME}.ko`);
  const before = lsmod((await vm.exec('lsmod')).output);
  assert.ok(!before.has(NAME), `${NAME} is not loaded yet`);

  await vm.exec(`insmod /tmp/${NAME}.ko`);
  await vm.exec('dmesg | tail -n 5');
  await vm.expect(`${NAME}: loaded`);

  // Parse lsmod: the module is listed, with a plausible size and no users.
  const mod = lsmod((await vm.exec('lsmod')).output).get(NAME);
  assert.ok(mod, `lsmod lists ${NAME}`);
  assert.ok(mod.size > 0 && mod.size < 1 << 20, `${NAME}'s size ${mod.size} is plausible`);
  assert.equal(mod.usedBy, 0, `nothing uses ${NAME}`);

  // Where its code landed, read from /sys and checked as a number: a kernel address, page aligned.
  const text = BigInt((await vm.exec(`cat /sys/module/${NAME}/sections/.text`)).output.trim());
  assert.ok(text >= 0xffff_0000_0000_0000n, `.text at 0x${text.toString(16)} is a kernel address`);
  assert.equal(text & 0xfffn, 0n, `.text at 0x${text.toString(16)} is page aligned`);
  console.log(`${NAME}: .text at 0x${text.toString(16)}, ${mod.size} bytes`);

  // The module's function against the TypeScript reference, for a range of inputs: each write to
  // the parameter runs it in the kernel, each read gives its result back.
  for (const n of [0, 1, 2, 3, 10, 100, 999, 1000]) {
    await vm.exec(`echo ${n} > ${PARAM}`);
    const got = Number((await vm.exec(`cat ${PARAM}`)).output.trim());
    assert.equal(got, work(n), `a64dbg_hello_work(${n}) in the guest`);
  }
  // Out of range: the write fails with -EINVAL and the last result stays.
  const rejected = await vm.exec(`echo 1001 > ${PARAM}`, { status: 'any' });
  assert.notEqual(rejected.status, 0, 'writing 1001 fails');
  assert.match(rejected.output, /Invalid argument/);
  assert.equal(Number((await vm.exec(`cat ${PARAM}`)).output.trim()), work(1000), 'the last result is kept');

  await vm.exec(`rmmod ${NAME}`);
  await vm.exec('dmesg | tail -n 3');
  await vm.expect(`${NAME}: unloaded`);
  assert.ok(!lsmod((await vm.exec('lsmod')).output).has(NAME), `${NAME} is gone from lsmod`);

  // No oops, BUG or warning in the kernel log, counted in the guest.
  const { output } = await vm.exec("dmesg | grep -cE 'Oops|BUG|WARNING|Call trace'", { status: 'any' });
  assert.equal(output.trim(), '0', 'no Oops/BUG/WARNING in dmesg');
};
