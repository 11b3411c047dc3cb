// Results of `a64dbg run`: TAP version 13 on stdout (a YAML block under each failure: the step,
// the pattern, the last console lines, the artifacts), the one-line summary, and JUnit XML for
// CI systems (GitLab, Jenkins: a failure's artifacts as [[ATTACHMENT|path]] lines).

import { hostname } from 'node:os';
import type { ScriptResult } from './execute.ts';
import type { Shard } from './shard.ts';

/** Console text is latin1 (a char a byte): show it as the UTF-8 it most likely is. */
const fromBytes = (s: string): string => Buffer.from(s, 'latin1').toString('utf8');

/** Control characters as visible \xNN (a YAML block and a terminal both choke on raw ones). */
const visible = (s: string): string => s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

export function tapHeader(count: number): string {
  return `TAP version 13\n1..${count}\n`;
}

/** One test point; `n` is 1-based. */
export function tapResult(n: number, r: ScriptResult): string {
  const time = `# time=${(r.ms / 1000).toFixed(2)}s`;
  if (r.ok) return `ok ${n} - ${r.file} ${time}\n`;
  const f = r.failure!;
  const y: string[] = ['  ---', `  message: ${JSON.stringify(f.message)}`];
  if (f.at) y.push(`  at: ${JSON.stringify(f.at)}`);
  if (f.step) y.push(`  step: ${JSON.stringify(f.step)}`);
  if (f.pattern) y.push(`  pattern: ${JSON.stringify(f.pattern)}`);
  if (f.console.length) y.push('  console: |-', ...f.console.map((l) => `    ${visible(fromBytes(l))}`));
  const a = Object.entries(r.artifacts).filter(([, p]) => p);
  if (a.length) y.push('  artifacts:', ...a.map(([k, p]) => `    ${k}: ${JSON.stringify(p)}`));
  y.push(`  duration_ms: ${Math.round(r.ms)}`, '  ...');
  return `not ok ${n} - ${r.file} ${time}\n${y.join('\n')}\n`;
}

/** `N passed, N failed`, prefixed with the shard that ran. */
export function summary(results: readonly ScriptResult[], shard: Shard | undefined): string {
  const passed = results.filter((r) => r.ok).length;
  const bad = results.filter((r) => r.bad).length;
  return `${shard ? `shard ${shard.index}/${shard.total}: ` : ''}${passed} passed, ${results.length - passed} failed` +
    (bad ? ` (${bad} could not run as written)` : '');
}

const xmlText = (s: string): string => visible(s.replace(/\r/g, '')).replace(/[\ud800-\udfff\ufffe\uffff]/g, '\ufffd')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xmlAttr = (s: string): string => xmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');

/** A JUnit XML report: one testsuite, one testcase per script; a bad script is an <error>. */
export function junitXml(results: readonly ScriptResult[], shard: Shard | undefined, startedAt: Date): string {
  const failures = results.filter((r) => !r.ok && !r.bad).length, errors = results.filter((r) => r.bad).length;
  const time = (ms: number): string => (ms / 1000).toFixed(3);
  const total = results.reduce((t, r) => t + r.ms, 0);
  const name = `a64dbg run${shard ? ` (shard ${shard.index}/${shard.total})` : ''}`;
  const counts = `tests="${results.length}" failures="${failures}" errors="${errors}"`;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${xmlAttr(name)}" ${counts} time="${time(total)}">`,
    `  <testsuite name="${xmlAttr(name)}" ${counts} skipped="0" time="${time(total)}" timestamp="${startedAt.toISOString().slice(0, 19)}" hostname="${xmlAttr(hostname())}">`];
  if (shard) out.push('    <properties>', `      <property name="shard" value="${shard.index}/${shard.total}"/>`, '    </properties>');
  for (const r of results) {
    const dir = r.file.includes('/') ? r.file.slice(0, r.file.lastIndexOf('/')).replace(/\//g, '.') : 'a64dbg';
    const head = `    <testcase name="${xmlAttr(r.file)}" classname="${xmlAttr(dir)}" file="${xmlAttr(r.file)}" time="${time(r.ms)}"`;
    if (r.ok) { out.push(`${head}/>`); continue; }
    const f = r.failure!;
    const detail = [...(f.at ? [`at ${f.at}`] : []), ...(f.step ? [`step: ${f.step}`] : []), ...(f.pattern ? [`pattern: ${f.pattern}`] : []),
      '', ...f.console.map(fromBytes)].join('\n');
    const tag = r.bad ? 'error' : 'failure';
    out.push(`${head}>`, `      <${tag} message="${xmlAttr(f.message)}" type="${r.bad ? 'BadScript' : 'StepFailure'}">${xmlText(detail)}</${tag}>`);
    const files = Object.values(r.artifacts).filter((p): p is string => !!p);
    if (files.length) out.push(`      <system-out>${xmlText(files.map((p) => `[[ATTACHMENT|${p}]]`).join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>', '');
  return out.join('\n');
}
