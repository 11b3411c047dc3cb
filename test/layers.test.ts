// Imports run one way (src/README.md, "Layers"): cli -> gdb / runner -> snapshot -> machine -> hyp -> jit -> cpu / loader /
// guest -> devices -> memory. A file may import from its own folder or from a folder below it,
// never from one above: the vCPU knows nothing of the trap layer, devices nothing of the board.
// And no import cycle but one (below).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '..', 'src');
const RANK: Record<string, number> = { memory: 0, devices: 1, cpu: 2, loader: 2, guest: 2, jit: 2.5, hyp: 3, machine: 4, snapshot: 5, gdb: 6, runner: 6, cli: 7 };

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

/**
 * The run-time import graph of src/ (type-only imports erase at run time and are left out):
 * file -> files it imports values from.
 */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const folder of Object.keys(RANK)) {
    let files: string[];
    try { files = readdirSync(join(SRC, folder)).filter((f) => f.endsWith('.ts')); } catch { continue; }
    for (const f of files) {
      const from = `${folder}/${f}`;
      const text = readFileSync(join(SRC, folder, f), 'utf8');
      const to: string[] = [];
      for (const m of text.matchAll(/^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'(\.{1,2}\/[^']+)'/gms)) {
        if (m[2]) continue; // import type { ... }
        const names = m[3].match(/\{([^}]*)\}/);
        // `import { type A, type B }` is type-only too; a default or namespace import is not.
        if (names && !/^[^{]*[A-Za-z_*]/.test(m[3].replace(/\{[^}]*\}/, '')) &&
          names[1].split(',').map((x) => x.trim()).filter(Boolean).every((x) => x.startsWith('type '))) continue;
        to.push(resolve(join(SRC, folder), m[4]).slice(SRC.length + 1));
      }
      graph.set(from, to);
    }
  }
  return graph;
}

/** Strongly connected components of more than one file (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do { w = stack.pop()!; on.delete(w); scc.push(w); } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

// The one deliberate cycle: the interpreter and the executors it hands decoded records to. They
// switch on its Op enum, which must stay in vcpu.ts (esbuild inlines a const enum only inside its
// own file, and the run loop's switch needs literal case labels for V8's jump table).
const INTERPRETER_AND_EXECUTORS = ['cpu/data-access.ts', 'cpu/simd-crypto.ts', 'cpu/simd-fp.ts', 'cpu/simd-int.ts', 'cpu/vcpu.ts'];

test('no import cycle but the interpreter and its executors', () => {
  const graph = importGraph();
  assert.ok((graph.get('cpu/vcpu.ts') ?? []).includes('cpu/simd-int.ts'), 'the import scan found the interpreter\'s imports');
  assert.equal(cycles(graph), [INTERPRETER_AND_EXECUTORS]);
});

test('the cycle finder finds a cycle', () => {
  const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
  assert.equal(cycles(g), [['a', 'b', 'c']]);
});

test.run();
