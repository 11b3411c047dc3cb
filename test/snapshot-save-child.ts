// Helper of test/snapshot.test.ts (atomic save): saves one machine to the file argv[2] over and
// over until it is killed, printing "saved N" after each save. Before save N, RAM at GEN_ADDRESS
// holds N (starting after argv[3]), and 8 MiB of RAM hold a pseudo-random pattern, stored as it
// is (DEFLATE gains nothing), so each save writes a file of several MiB and takes a while.

import { join, resolve } from 'node:path';
import { Machine } from '../src/machine/machine.ts';
import { saveSnapshot } from '../src/snapshot/snapshot.ts';

const GEN_ADDRESS = 0x4060_0000;
const [path, first] = [process.argv[2], Number(process.argv[3] ?? 0)];
if (!path) throw new Error('usage: snapshot-save-child.ts FILE [FIRST]');

const machine = new Machine({ memoryMiB: 16, console: () => {}, log: () => {} });
machine.loadKernelFile(join(resolve(import.meta.dirname, '..'), 'firmware/bin/sys_timer_v3.elf'));
machine.run({ maxInstructions: 2_000 }); // part of the way: the restored machine runs the rest
let x = 0x9e3779b9 ^ first;
const noise = new Uint32Array(8 * 2 ** 20 / 4);
for (let i = 0; i < noise.length; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; noise[i] = x >>> 0; }
machine.writePhys(0x4070_0000n, new Uint8Array(noise.buffer));

for (let gen = first + 1; ; gen++) {
  const word = new Uint8Array(4);
  new DataView(word.buffer).setUint32(0, gen, true);
  machine.writePhys(BigInt(GEN_ADDRESS), word);
  await saveSnapshot(machine, path);
  process.stdout.write(`saved ${gen}\n`);
}
