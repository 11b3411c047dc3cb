// Imports run one way (src/README.md, "Layers"): cli -> gdb -> machine -> hyp -> cpu / loader /
// guest -> devices -> memory. A file may import from its own folder or from a folder below it,
// never from one above: the vCPU knows nothing of the trap layer, devices nothing of the board.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '..', 'src');
const RANK: Record<string, number> = { memory: 0, devices: 1, cpu: 2, loader: 2, guest: 2, hyp: 3, machine: 4, gdb: 5, cli: 6 };

test('every src/ folder is a known layer', () => {
  for (const d of readdirSync(SRC, { withFileTypes: true })) if (d.isDirectory()) assert.ok(d.name in RANK, `src/${d.name} has no layer`);
});

test('no import reaches up a layer', () => {
  const wrong: string[] = [];
  for (const folder of Object.keys(RANK)) {
    let files: string[];
    try { files = readdirSync(join(SRC, folder)).filter((f) => f.endsWith('.ts')); } catch { continue; }
    for (const f of files) {
      const text = readFileSync(join(SRC, folder, f), 'utf8');
      for (const m of text.matchAll(/from '\.\.\/([a-z-]+)\//g)) {
        const to = m[1];
        assert.ok(to in RANK, `src/${folder}/${f} imports from unknown src/${to}`);
        if (RANK[to] >= RANK[folder]) wrong.push(`src/${folder}/${f} -> src/${to}`);
      }
    }
  }
  assert.equal(wrong, []);
});

test.run();
