// `npm run goldens:userland`: runs the userland commands (src/guest/userland-session.ts) in the
// Debian userland guest under QEMU 7.2 (reference command line: -M virt,gic-version=3 -cpu
// cortex-a57 -m 512, the cached kernel, the manifest's append) and records what each printed:
//   test/golden/userland/<name>.out     the command's console output, byte for byte (CR LF -> LF)
//   test/golden/userland/commands.json  each command line and exit status, and what made them
// test/userland.test.ts runs the same lines under a64dbg and compares. Needs
// `npm run guest -- --userland debian` and qemu-system-aarch64.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRepoRoot, readGuestManifest, userlandGuest, missingUserlandMessage } from '../src/guest/images.ts';
import { USERLAND_COMMANDS, extractResult, wrapCommand } from '../src/guest/userland-session.ts';
import { qemuVersion, runQemuLines, qemuArgs } from './userland-qemu.ts';

const OUT = 'test/golden/userland';
const guest = userlandGuest('debian');
if (!guest) { console.error(`make-userland-goldens: ${missingUserlandMessage('debian')}`); process.exit(1); }
const version = qemuVersion();
if (!version) { console.error('make-userland-goldens: qemu-system-aarch64 not found (apt-get install qemu-system-arm)'); process.exit(1); }

const lines = [...USERLAND_COMMANDS.map((c, k) => wrapCommand(k, c.cmd)), 'busybox poweroff -f'];
const t0 = performance.now();
const s = await runQemuLines(guest, lines, { timeoutMs: 600_000 });
if (s.timedOut) { console.error(`make-userland-goldens: QEMU timed out after typing ${s.lines} of ${lines.length} lines\n${s.console.slice(-2000)}`); process.exit(1); }

const results = USERLAND_COMMANDS.map((c, k) => ({ ...c, result: extractResult(s.console, k) }));
const missing = results.filter((r) => !r.result);
if (missing.length) { console.error(`make-userland-goldens: no output markers for ${missing.map((m) => m.name).join(', ')}\n${s.console.slice(-2000)}`); process.exit(1); }

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (f.endsWith('.out')) rmSync(join(OUT, f));
for (const r of results) writeFileSync(join(OUT, `${r.name}.out`), Buffer.from(r.result!.output, 'latin1'));
const m = readGuestManifest(defaultRepoRoot())!;
const index = {
  note: 'Recorded by scripts/make-userland-goldens.ts under QEMU; test/userland.test.ts replays these lines under a64dbg.',
  qemu: version,
  qemuArgs: qemuArgs({ kernel: '.cache/guest/Image', initrd: m.userland!.debian!.path, append: guest.append }).join(' '),
  kernel: `${m.kernel.package} ${m.kernel.version}`,
  packages: m.userland!.debian!.packages.map((p) => `${p.name} ${p.version}`),
  commands: results.map((r) => ({ name: r.name, cmd: r.cmd, status: r.result!.status })),
};
writeFileSync(join(OUT, 'commands.json'), JSON.stringify(index, null, 2) + '\n');
const bad = results.filter((r) => r.result!.status !== 0);
console.log(`make-userland-goldens: ${results.length} commands recorded in ${OUT} (${((performance.now() - t0) / 1000).toFixed(1)} s under ${version})`
  + (bad.length ? `; non-zero exit status: ${bad.map((b) => `${b.name}=${b.result!.status}`).join(', ')}` : ''));
