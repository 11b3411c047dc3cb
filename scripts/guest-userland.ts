// `npm run guest -- --userland debian`: the I/O half of the Debian userland image (the pure half,
// package list, trimming, library check and /init, is src/guest/userland.ts). Called by
// scripts/guest.ts after the default guest is in place; returns the manifest entry.

import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readCpio, writeCpio, gzipDeterministic, type CpioEntry } from '../src/guest/cpio.ts';
import type { UserlandInfo } from '../src/guest/images.ts';
import { parsePolicy } from '../src/guest/recipe.ts';
import {
  checkDependencies, debianExtraEntries, keepInImage, mergedUsrPath, parseAptDepends, unresolvedLibraries,
  userlandInitrdFile, DEBIAN_PACKAGES, DEBIAN_ROOTS, DEBIAN_SKIPPED, MERGED_DIRS, USERLAND_RECIPE_VERSION,
  type ImageTree, type UserlandName,
} from '../src/guest/userland.ts';

export interface UserlandContext {
  name: UserlandName;
  force: boolean;
  repoRoot: string;
  cacheDir: string;
  debDir: string;
  rootsDir: string;
  /** Runs a command that must succeed and returns its stdout (throws a one-line error otherwise). */
  must: (cmd: string, argv: string[], opts?: { cwd?: string }) => string;
  fail: (message: string) => Error;
  busybox: { data: Uint8Array; sha256: string; applets: string[] };
  previous: UserlandInfo | undefined;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const MiB = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;

/** Entry of the merged tree, before it becomes a cpio member. */
type Node =
  | { type: 'dir'; mode: number; from: string }
  | { type: 'file'; mode: number; data: Uint8Array; from: string }
  | { type: 'symlink'; target: string; from: string }
  | { type: 'chardev'; major: number; minor: number; from: string };

export function buildUserland(ctx: UserlandContext): UserlandInfo {
  const t0 = performance.now();
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  const rel = (p: string) => relative(ctx.repoRoot, p);
  const names = DEBIAN_PACKAGES.map((p) => p.name);
  const say = (s: string) => console.log(`guest: ${ctx.name} userland: ${s}`);

  // Versions, and the list checked against apt's dependency data.
  const policy = parsePolicy(ctx.must('apt-cache', ['policy', ...names.map((n) => `${n}:arm64`)]));
  const noCandidate = names.filter((n) => !policy.get(n));
  if (noCandidate.length) throw ctx.fail(`apt has no installable arm64 version of ${noCandidate.join(', ')} (apt-cache policy shows no candidate)`);
  const versions = names.map((n) => ({ name: n, version: policy.get(n)! }));
  const depText = ctx.must('apt-cache', ['depends', '--no-recommends', '--no-suggests', '--no-conflicts', '--no-breaks',
    '--no-replaces', '--no-enhances', ...names.map((n) => `${n}:arm64`)]);
  const report = checkDependencies(parseAptDepends(depText), names, DEBIAN_ROOTS, DEBIAN_SKIPPED);
  if (report.unknown.length) throw ctx.fail(`apt-cache depends knows nothing of ${report.unknown.join(', ')}`);
  if (report.missing.length) {
    const m = report.missing.map((x) => `${x.pkg} -> ${x.group.join(' | ')}`).join('; ');
    throw ctx.fail(`the package list of src/guest/userland.ts misses run-time dependencies (add them to DEBIAN_PACKAGES or DEBIAN_SKIPPED): ${m}`);
  }
  if (report.unneeded.length) throw ctx.fail(`DEBIAN_PACKAGES lists packages nothing needs any more: ${report.unneeded.join(', ')}`);

  const initrdPath = join(ctx.cacheDir, userlandInitrdFile(ctx.name));
  const prev = ctx.previous;
  if (!ctx.force && prev && prev.recipe === USERLAND_RECIPE_VERSION && prev.busyboxSha256 === ctx.busybox.sha256
    && JSON.stringify(prev.packages) === JSON.stringify(versions)
    && existsSync(initrdPath) && sha256(readFileSync(initrdPath)) === prev.sha256) {
    say(`up to date: ${prev.path} ${MiB(prev.size)} gzip, ${MiB(prev.fileBytes)} of files, ${prev.packages.length} packages (--force rebuilds)`);
    return prev;
  }

  // Download what is missing (one apt-get call), drop older versions of these packages.
  const tDl = performance.now();
  const debOf = (p: { name: string; version: string }) => join(ctx.debDir, `${p.name}_${p.version.replace(/:/g, '%3a')}_arm64.deb`);
  const wanted = versions.filter((p) => ctx.force || !existsSync(debOf(p)));
  if (wanted.length) {
    say(`downloading ${wanted.length} package(s) ...`);
    ctx.must('apt-get', ['download', '-q', ...wanted.map((p) => `${p.name}:arm64=${p.version}`)], { cwd: ctx.debDir });
  }
  const debs = versions.map(debOf);
  for (const d of debs) if (!existsSync(d)) throw ctx.fail(`apt-get download did not produce ${rel(d)}`);
  for (const f of readdirSync(ctx.debDir)) {
    const pkg = f.split('_')[0];
    if (f.endsWith('.deb') && names.includes(pkg) && !debs.includes(join(ctx.debDir, f))) rmSync(join(ctx.debDir, f));
  }
  const dlTime = seconds(tDl);

  // Extract each package on its own, then merge (so a file two packages disagree on is caught).
  const tEx = performance.now();
  const base = join(ctx.rootsDir, ctx.name);
  rmSync(base, { recursive: true, force: true });
  const tree = new Map<string, Node>();
  let dropped = 0, droppedBytes = 0;
  for (const [k, deb] of debs.entries()) {
    const pkg = versions[k].name;
    const dir = join(base, pkg);
    mkdirSync(dir, { recursive: true });
    ctx.must('dpkg-deb', ['-x', deb, dir]);
    const firstOfInode = new Map<number, string>();
    const walk = (sub: string): void => {
      for (const entry of readdirSync(join(dir, sub)).sort()) {
        const srcRel = sub ? `${sub}/${entry}` : entry;
        const st = lstatSync(join(dir, srcRel));
        const path = mergedUsrPath(srcRel);
        if (!keepInImage(path)) {
          dropped++;
          if (st.isFile()) droppedBytes += st.size;
          else if (st.isDirectory()) { countDropped(join(dir, srcRel)); }
          continue;
        }
        let node: Node;
        if (st.isDirectory()) node = { type: 'dir', mode: st.mode & 0o7777, from: pkg };
        else if (st.isSymbolicLink()) node = { type: 'symlink', target: readlinkSync(join(dir, srcRel)), from: pkg };
        else if (st.isFile()) {
          const first = st.nlink > 1 ? firstOfInode.get(st.ino) : undefined;
          if (first) node = { type: 'symlink', target: `/${first}`, from: pkg }; // a hard link: one copy of the data
          else {
            if (st.nlink > 1) firstOfInode.set(st.ino, path);
            node = { type: 'file', mode: st.mode & 0o7777, data: readFileSync(join(dir, srcRel)), from: pkg };
          }
        } else throw ctx.fail(`${pkg}: ${srcRel} is neither a file, a folder nor a symlink`);
        const had = tree.get(path);
        if (had && !sameNode(had, node)) throw ctx.fail(`${had.from} and ${pkg} both ship /${path}, differently`);
        if (!had) tree.set(path, node);
        if (st.isDirectory()) walk(srcRel);
      }
    };
    const countDropped = (abs: string): void => {
      for (const e of readdirSync(abs)) {
        const st = lstatSync(join(abs, e));
        dropped++;
        if (st.isFile()) droppedBytes += st.size;
        else if (st.isDirectory()) countDropped(join(abs, e));
      }
    };
    walk('');
  }
  const exTime = seconds(tEx);
  for (const d of MERGED_DIRS) if (tree.has(d)) throw ctx.fail(`/${d} is still in the tree after merging it into /usr`);

  // a64dbg's own files: BusyBox and its applet links, /init, /etc/passwd, ..., /bin/sh -> bash.
  const extras: CpioEntry[] = [{ type: 'symlink', path: 'usr/bin/sh', target: 'bash' }];
  const taken = (p: string) => tree.has(p) || extras.some((e) => e.path === p);
  for (const e of debianExtraEntries(ctx.busybox.data, ctx.busybox.applets, taken, extras)) {
    tree.delete(e.path);
    if (e.type === 'file') tree.set(e.path, { type: 'file', mode: e.mode ?? 0o644, data: typeof e.data === 'string' ? Buffer.from(e.data) : e.data, from: 'a64dbg' });
    else if (e.type === 'symlink') tree.set(e.path, { type: 'symlink', target: e.target, from: 'a64dbg' });
    else if (e.type === 'dir') tree.set(e.path, { type: 'dir', mode: e.mode ?? 0o755, from: 'a64dbg' });
  }
  for (const d of MERGED_DIRS) tree.set(d, { type: 'symlink', target: `usr/${d}`, from: 'a64dbg' });
  for (const d of ['dev', 'proc', 'sys', 'run', 'tmp', 'root', 'usr/local/bin']) if (!tree.has(d)) tree.set(d, { type: 'dir', mode: d === 'tmp' ? 0o1777 : 0o755, from: 'a64dbg' });
  for (const p of [...tree.keys()]) {
    const parts = p.split('/');
    for (let k = 1; k < parts.length; k++) {
      const parent = parts.slice(0, k).join('/');
      if (!tree.has(parent)) tree.set(parent, { type: 'dir', mode: 0o755, from: 'a64dbg' });
    }
  }
  tree.set('dev/console', { type: 'chardev', major: 5, minor: 1, from: 'a64dbg' }); // the kernel opens it for /init

  // Every ELF must find its interpreter and libraries in the image.
  const view: ImageTree = { files: new Map(), symlinks: new Map() };
  for (const [p, n] of tree) {
    if (n.type === 'file') view.files.set(p, n.data);
    else if (n.type === 'symlink') view.symlinks.set(p, n.target);
  }
  const problems = unresolvedLibraries(view, {});
  if (problems.length) throw ctx.fail(`libraries missing from the image: ${problems.slice(0, 8).join('; ')}${problems.length > 8 ? ` (+${problems.length - 8} more)` : ''}`);

  // The archive: sorted paths (a parent sorts before its children), fixed metadata.
  const tBuild = performance.now();
  const entries: CpioEntry[] = [];
  let fileBytes = 0;
  for (const p of [...tree.keys()].sort()) {
    const n = tree.get(p)!;
    if (n.type === 'chardev') entries.push({ type: 'chardev', path: p, mode: 0o600, major: n.major, minor: n.minor });
    else if (n.type === 'dir') entries.push({ type: 'dir', path: p, mode: n.mode });
    else if (n.type === 'symlink') entries.push({ type: 'symlink', path: p, target: n.target });
    else { entries.push({ type: 'file', path: p, mode: n.mode, data: n.data }); fileBytes += n.data.length; }
  }
  const cpio = writeCpio(entries);
  const gz = gzipDeterministic(cpio);
  const members = readCpio(gz);
  if (members.length !== entries.length) throw ctx.fail(`the archive reads back with ${members.length} members, not ${entries.length}`);
  writeFileSync(initrdPath + '.tmp', gz);
  renameSync(initrdPath + '.tmp', initrdPath);
  const buildTime = seconds(tBuild);
  rmSync(base, { recursive: true, force: true }); // the extracted trees are only needed while building

  const info: UserlandInfo = {
    path: rel(initrdPath), size: gz.length, sha256: sha256(gz),
    recipe: USERLAND_RECIPE_VERSION, builtAt: new Date().toISOString(),
    uncompressedSize: cpio.length, entries: members.length, fileBytes,
    packages: versions, busyboxSha256: ctx.busybox.sha256,
  };
  say(`built in ${seconds(t0)} s (download ${dlTime} s, extract ${exTime} s, archive ${buildTime} s)`);
  console.log(`  initrd     ${info.path}  ${info.size.toLocaleString('en')} bytes gzip (${info.uncompressedSize.toLocaleString('en')} cpio, ${info.entries} entries, ${MiB(fileBytes)} of files; ${dropped} paths / ${MiB(droppedBytes)} of docs, translations, iconv modules and unused Python modules left out)`);
  console.log(`  packages   ${versions.map((p) => `${p.name} ${p.version}`).join(', ')}`);
  console.log(`  skipped    ${Object.keys(DEBIAN_SKIPPED).join(', ')} (see DEBIAN_SKIPPED in src/guest/userland.ts)`);
  console.log(`  boot       npx a64dbg boot --initrd ${info.path}`);
  return info;
}

function sameNode(a: Node, b: Node): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'dir' || a.type === 'chardev') return true;
  if (a.type === 'symlink') return a.target === (b as typeof a).target;
  const bd = (b as typeof a).data;
  return a.data.length === bd.length && Buffer.compare(Buffer.from(a.data), Buffer.from(bd)) === 0;
}
