// `npm run guest` (node --import tsx scripts/guest.ts [--force]): fetch the default Linux guest.
//
// Downloads the newest Debian `linux-image-6.1.0-<abi>-cloud-arm64` and `busybox-static` for
// arm64 with apt-get (enabling the arm64 architecture if needed), extracts them with dpkg-deb,
// and builds .cache/guest/{Image, initramfs.cpio.gz, manifest.json}. The initramfs is written by
// our own cpio writer (src/guest/cpio.ts), byte-for-byte reproducible. Needs root on
// Debian/Ubuntu. Does nothing when the cache already holds the newest versions (--force rebuilds).

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { readCpio, writeCpio, gzipDeterministic } from '../src/guest/cpio.ts';
import { parseImageHeader } from '../src/loader/image.ts';
import { unpackKernel, QEMU_MAX_GUNZIP_BYTES } from '../src/loader/decompress.ts';
import {
  defaultRepoRoot, guestCacheDir, manifestPath, readGuestManifest,
  MANIFEST_SCHEMA, type GuestManifest,
} from '../src/guest/images.ts';
import { buildUserland } from './guest-userland.ts';
import { USERLANDS, type UserlandName } from '../src/guest/userland.ts';
import {
  appletsFromBinary, busyboxBanner, elfMachine, hasJobControlApplets, initramfsEntries, kernelsNewestFirst, parsePolicy, BUSYBOX_PACKAGE, DEFAULT_APPEND, EM_AARCH64, KERNEL_FLAVOUR, KERNEL_SERIES, RECIPE_VERSION,
  TEST_FILE_CONTENT, TEST_FILE_PATH,
} from '../src/guest/recipe.ts';

/** An expected failure: printed as one line, exit 1. */
class Fail extends Error {}

// `npm run guest | head` must not end in a stack trace.
for (const s of [process.stdout, process.stderr]) s.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: npm run guest [-- --force] [-- --userland debian]\n'
    + '  Downloads Debian\'s arm64 cloud kernel and busybox-static (root, Debian/Ubuntu with apt) and builds\n'
    + '  .cache/guest/Image, .cache/guest/initramfs.cpio.gz and .cache/guest/manifest.json.\n'
    + '  --force            rebuild even when the cache is up to date\n'
    + '  --userland debian  also build .cache/guest/initramfs-debian.cpio.gz: Debian\'s arm64 libc6, bash,\n'
    + '                     coreutils, perl-base, python3-minimal (+ stdlib) and gzip, booting to bash;\n'
    + '                     boot it with `npx a64dbg boot --initrd .cache/guest/initramfs-debian.cpio.gz`');
  process.exit(0);
}
let userland: UserlandName | undefined;
const unknown: string[] = [];
for (let k = 0; k < args.length; k++) {
  const a = args[k];
  if (a === '--force') continue;
  if (a === '--userland' || a.startsWith('--userland=')) {
    const v = a === '--userland' ? args[++k] : a.slice('--userland='.length);
    if (!(USERLANDS as readonly string[]).includes(v ?? '')) {
      console.error(`guest: --userland takes one of: ${USERLANDS.join(', ')} (got ${v === undefined ? 'nothing' : JSON.stringify(v)})`);
      process.exit(1);
    }
    userland = v as UserlandName;
    continue;
  }
  unknown.push(a);
}
if (unknown.length) {
  console.error(`guest: unknown argument ${unknown[0]} (try --help)`);
  process.exit(1);
}
const force = args.includes('--force');

const repoRoot = defaultRepoRoot();
const cacheDir = guestCacheDir(repoRoot);
const debDir = join(cacheDir, 'debs');
const rootsDir = join(cacheDir, 'root');
const rel = (p: string) => relative(repoRoot, p);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const t0 = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

function lastLine(s: string): string {
  const lines = s.split('\n').map((l) => l.trim()).filter((l) => l && !/^W: Download is performed unsandboxed/.test(l));
  const err = lines.filter((l) => /^E: /.test(l));
  return (err.length ? err[err.length - 1] : lines[lines.length - 1]) ?? '';
}

function run(cmd: string, argv: string[], opts: { cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, argv, { encoding: 'utf8', cwd: opts.cwd, maxBuffer: 64 << 20, env: { ...process.env, LC_ALL: 'C', DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Runs a command that must succeed; returns stdout, or fails with its last error line. */
function must(cmd: string, argv: string[], opts: { cwd?: string } = {}): string {
  const r = run(cmd, argv, opts);
  if (r.error) throw new Fail(`\`${cmd} ${argv.join(' ')}\` could not run: ${r.error.message}`);
  if (r.status !== 0) {
    const why = lastLine(r.stderr) || lastLine(r.stdout) || `exit status ${r.status ?? r.signal}`;
    throw new Fail(`\`${cmd} ${argv.join(' ')}\` failed: ${why}`);
  }
  return r.stdout;
}

function onPath(cmd: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, cmd)));
}

function checkHost(): void {
  const tools = ['apt-get', 'apt-cache', 'dpkg', 'dpkg-deb'];
  const missing = tools.filter((t) => !onPath(t));
  if (process.platform !== 'linux' || missing.length) {
    throw new Fail(`needs a Debian or Ubuntu host with apt (missing: ${missing.join(', ') || 'Linux'}). `
      + `Elsewhere, fetch linux-image-${KERNEL_SERIES}-<newest abi>-${KERNEL_FLAVOUR} and ${BUSYBOX_PACKAGE} (arm64) from `
      + 'https://deb.debian.org/debian (bookworm) by hand, or run this script in a debian:12 container as root.');
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Fail('needs root (it runs dpkg --add-architecture arm64, apt-get update and apt-get download): run `sudo npm run guest`');
  }
}

let updated = false;
function aptUpdate(why: string): void {
  console.log(`guest: apt-get update (${why}) ...`);
  const t = performance.now();
  must('apt-get', ['update', '-q']);
  updated = true;
  console.log(`guest: apt-get update took ${seconds(t)} s`);
}

function ensureArm64(): void {
  const native = must('dpkg', ['--print-architecture']).trim();
  if (native === 'arm64') return;
  const foreign = must('dpkg', ['--print-foreign-architectures']).split(/\s+/);
  if (foreign.includes('arm64')) return;
  console.log('guest: enabling the arm64 architecture (dpkg --add-architecture arm64)');
  must('dpkg', ['--add-architecture', 'arm64']);
  aptUpdate('new architecture arm64');
}

/** The kernel packages apt knows, newest ABI first (apt-get update once if there are none). */
function findKernels(): { name: string; abi: number }[] {
  const pattern = `^linux-image-${KERNEL_SERIES.replace(/\./g, '\\.')}-[0-9]+-${KERNEL_FLAVOUR}$`;
  const search = () => kernelsNewestFirst(must('apt-cache', ['search', '--names-only', pattern]).split('\n'));
  let k = search();
  if (!k.length && !updated) {
    aptUpdate(`apt-cache search found no linux-image-${KERNEL_SERIES}-*-${KERNEL_FLAVOUR}`);
    k = search();
  }
  if (!k.length) {
    throw new Fail(`no linux-image-${KERNEL_SERIES}-*-${KERNEL_FLAVOUR} package in the apt sources: `
      + 'Debian 12 (bookworm) main, with bookworm-security, is needed (see /etc/apt/sources.list*)');
  }
  return k;
}

/** The newest kernel that has a downloadable version, and the busybox-static version (one apt-cache call). */
function pickVersions(kernels: { name: string; abi: number }[]): { kernel: { name: string; abi: number }; kver: string; bver: string } {
  const policy = parsePolicy(must('apt-cache', ['policy', ...kernels.map((k) => `${k.name}:arm64`), `${BUSYBOX_PACKAGE}:arm64`]));
  const kernel = kernels.find((k) => policy.get(k.name));
  if (!kernel) throw new Fail(`apt lists ${kernels[0].name} but has no installable version of it (apt-cache policy shows no candidate)`);
  const bver = policy.get(BUSYBOX_PACKAGE);
  if (!bver) throw new Fail(`apt has no installable version of ${BUSYBOX_PACKAGE}:arm64 (apt-cache policy shows no candidate)`);
  return { kernel, kver: policy.get(kernel.name)!, bver };
}

/** The .deb apt-get download writes for PKG at VERSION (':' of an epoch is written as %3a). */
function debFile(pkg: string, version: string): string {
  return join(debDir, `${pkg}_${version.replace(/:/g, '%3a')}_arm64.deb`);
}

function download(pkg: string, version: string): string {
  const file = debFile(pkg, version);
  if (existsSync(file) && !force) return file;
  must('apt-get', ['download', '-q', `${pkg}:arm64=${version}`], { cwd: debDir });
  if (!existsSync(file)) throw new Fail(`apt-get download ${pkg}:arm64 did not produce ${rel(file)}`);
  return file;
}

function extract(deb: string, name: string): string {
  const dir = join(rootsDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  must('dpkg-deb', ['-x', deb, dir]);
  return dir;
}

/**
 * Removes .debs of older versions of the kernel and busybox-static from the cache (the userland
 * image's packages share the folder and are pruned by their own build).
 */
function pruneDebs(keep: string[]): void {
  const ours = (f: string) => f.startsWith(`${BUSYBOX_PACKAGE}_`) || /^linux-image-/.test(f);
  for (const f of readdirSync(debDir)) {
    if (f.endsWith('.deb') && ours(f) && !keep.includes(join(debDir, f))) rmSync(join(debDir, f));
  }
  for (const f of readdirSync(debDir)) if (f.endsWith('.deb.FAILED') || f.startsWith('partial')) rmSync(join(debDir, f), { recursive: true, force: true });
}

function fileInfo(path: string): { path: string; size: number; sha256: string } {
  const b = readFileSync(path);
  return { path: rel(path), size: b.length, sha256: sha256(b) };
}

function upToDate(m: GuestManifest | undefined, kernel: string, kver: string, bver: string): boolean {
  if (!m || m.recipe !== RECIPE_VERSION || m.kernel.package !== kernel || m.kernel.version !== kver || m.busybox.version !== bver) return false;
  for (const a of [m.kernel, m.initramfs]) {
    const p = join(repoRoot, a.path);
    if (!existsSync(p) || statSync(p).size !== a.size || sha256(readFileSync(p)) !== a.sha256) return false;
  }
  return true;
}

/** Applets of the arm64 busybox: `busybox --list` when this host can run it, else its name table. */
function busyboxApplets(path: string, bin: Uint8Array): { applets: string[]; how: string } {
  const r = run(path, ['--list']);
  if (!r.error && r.status === 0 && r.stdout.trim()) return { applets: r.stdout.split('\n').filter(Boolean), how: 'busybox --list' };
  return { applets: appletsFromBinary(bin), how: 'its applet name table (the arm64 binary cannot run here)' };
}

function printSummary(m: GuestManifest, note: string): void {
  const line = (k: string, v: string) => console.log(`  ${k.padEnd(10)} ${v}`);
  console.log(`guest: ${note}`);
  line('kernel', `${m.kernel.path}  ${m.kernel.package} ${m.kernel.version}  ${m.kernel.size.toLocaleString('en')} bytes (header image_size ${m.kernel.imageSize.toLocaleString('en')}, text_offset ${m.kernel.textOffset}, flags 0x${m.kernel.flags.toString(16)})`);
  line('initrd', `${m.initramfs.path}  ${m.initramfs.size.toLocaleString('en')} bytes gzip (${m.initramfs.uncompressedSize.toLocaleString('en')} cpio, ${m.initramfs.entries} entries)`);
  line('busybox', `${m.busybox.package} ${m.busybox.version}${m.busybox.banner ? ` (${m.busybox.banner})` : ''}, ${m.busybox.applets} applets, shell: ${m.busybox.jobControl ? 'setsid cttyhack sh (job control)' : 'sh (no job control)'}`);
  line('append', m.append);
  line('test file', `${m.testFile.guestPath} sha256 ${m.testFile.sha256}`);
  line('manifest', rel(manifestPath(repoRoot)));
}

function writeManifest(m: GuestManifest): void {
  writeFileSync(manifestPath(repoRoot) + '.tmp', JSON.stringify(m, null, 2) + '\n');
  renameSync(manifestPath(repoRoot) + '.tmp', manifestPath(repoRoot));
}

/** The busybox binary of the manifest (re-extracted from its .deb when the extracted copy is gone). */
function busyboxBinary(m: GuestManifest): Uint8Array {
  const p = join(repoRoot, m.busybox.path);
  if (existsSync(p)) {
    const b = readFileSync(p);
    if (sha256(b) === m.busybox.sha256) return b;
  }
  const root = extract(download(BUSYBOX_PACKAGE, m.busybox.version), 'busybox');
  const b = readFileSync(join(root, 'bin', 'busybox'));
  if (sha256(b) !== m.busybox.sha256) throw new Fail(`${BUSYBOX_PACKAGE} ${m.busybox.version} no longer matches the manifest: run \`npm run guest -- --force\``);
  return b;
}

function main(): void {
  checkHost();
  mkdirSync(debDir, { recursive: true });
  ensureArm64();
  const m = defaultImages();
  if (!userland) return;
  const bb = busyboxBinary(m);
  const info = buildUserland({
    name: userland, force, repoRoot, cacheDir, debDir, rootsDir, must, fail: (msg) => new Fail(msg),
    busybox: { data: bb, sha256: m.busybox.sha256, applets: busyboxApplets(join(repoRoot, m.busybox.path), bb).applets },
    previous: m.userland?.[userland],
  });
  if (info !== m.userland?.[userland]) writeManifest({ ...m, userland: { ...m.userland, [userland]: info } });
}

/** The default guest: checks apt for newer versions, rebuilds when needed; returns the manifest. */
function defaultImages(): GuestManifest {
  const { kernel, kver, bver } = pickVersions(findKernels());

  const old = readGuestManifest(repoRoot);
  if (!force && upToDate(old, kernel.name, kver, bver)) {
    printSummary(old!, `up to date (newest: ${kernel.name} ${kver}, ${BUSYBOX_PACKAGE} ${bver}); nothing to do (--force rebuilds). Checked in ${seconds(t0)} s`);
    return old!;
  }

  const tDl = performance.now();
  console.log(`guest: downloading ${kernel.name}:arm64 ${kver} and ${BUSYBOX_PACKAGE}:arm64 ${bver} ...`);
  const kdeb = download(kernel.name, kver);
  const bdeb = download(BUSYBOX_PACKAGE, bver);
  pruneDebs([kdeb, bdeb]);
  const dlTime = seconds(tDl);

  const tEx = performance.now();
  const kroot = extract(kdeb, 'kernel');
  const broot = extract(bdeb, 'busybox');
  const exTime = seconds(tEx);

  // Kernel: /boot/vmlinuz-* is kept byte for byte. Debian 12's is a raw arm64 Image (EFI stub);
  // a gzip-compressed one would boot as well (the loader inflates it, as QEMU does).
  const vmlinuz = readdirSync(join(kroot, 'boot')).filter((f) => f.startsWith('vmlinuz-'));
  if (vmlinuz.length !== 1) throw new Fail(`${rel(kdeb)}: expected one /boot/vmlinuz-*, found ${vmlinuz.length}`);
  const kimage = readFileSync(join(kroot, 'boot', vmlinuz[0]));
  let hdr;
  try {
    hdr = parseImageHeader(unpackKernel(kimage, { ramBytes: QEMU_MAX_GUNZIP_BYTES, name: vmlinuz[0] }).bytes);
  } catch (e) { throw new Fail(`/boot/${vmlinuz[0]}: ${(e as Error).message}`); }
  if (hdr.bigEndian) throw new Fail(`/boot/${vmlinuz[0]} is a big-endian kernel`);
  const imagePath = join(cacheDir, 'Image');
  copyFileSync(join(kroot, 'boot', vmlinuz[0]), imagePath);

  // BusyBox: a static arm64 ELF.
  const bbSrc = join(broot, 'bin', 'busybox');
  if (!existsSync(bbSrc)) throw new Fail(`${rel(bdeb)} has no /bin/busybox`);
  const bb = readFileSync(bbSrc);
  if (elfMachine(bb) !== EM_AARCH64) throw new Fail(`${rel(bbSrc)} is not an AArch64 ELF (e_machine ${elfMachine(bb)})`);
  const { applets, how } = busyboxApplets(bbSrc, bb);
  if (!applets.includes('sh') || !applets.includes('mount')) throw new Fail(`could not find the sh and mount applets in ${rel(bbSrc)} (read ${how})`);
  const jobControl = hasJobControlApplets(applets);
  if (!jobControl) console.log('guest: busybox lacks setsid or cttyhack: /init falls back to `exec sh` (no job control)');

  // Initramfs, written through a temporary file so a crash never leaves half an archive.
  const tBuild = performance.now();
  const cpio = writeCpio(initramfsEntries(bb, { jobControl }));
  const gz = gzipDeterministic(cpio);
  const members = readCpio(gz); // self-check: it parses back
  const initrdPath = join(cacheDir, 'initramfs.cpio.gz');
  writeFileSync(initrdPath + '.tmp', gz);
  renameSync(initrdPath + '.tmp', initrdPath);
  const buildTime = seconds(tBuild);

  const testBytes = Buffer.from(TEST_FILE_CONTENT, 'utf8');
  const manifest: GuestManifest = {
    schema: MANIFEST_SCHEMA,
    recipe: RECIPE_VERSION,
    builtAt: new Date().toISOString(),
    append: DEFAULT_APPEND,
    kernel: {
      ...fileInfo(imagePath), package: kernel.name, version: kver, abi: kernel.abi, source: `/boot/${vmlinuz[0]}`,
      imageSize: hdr.imageSize, textOffset: hdr.textOffset, flags: Number(hdr.flags),
    },
    busybox: {
      ...fileInfo(bbSrc), package: BUSYBOX_PACKAGE, version: bver, banner: busyboxBanner(bb), applets: applets.length, jobControl,
    },
    initramfs: { ...fileInfo(initrdPath), uncompressedSize: cpio.length, entries: members.length },
    testFile: { guestPath: TEST_FILE_PATH, size: testBytes.length, sha256: sha256(testBytes) },
    // Userland images stay valid across kernel and busybox updates (their build checks the busybox they hold).
    ...(old?.userland ? { userland: old.userland } : {}),
  };
  writeManifest(manifest);

  console.log(`guest: applets read from ${how}`);
  printSummary(manifest, `built in ${seconds(t0)} s (download ${dlTime} s, extract ${exTime} s, initramfs ${buildTime} s)`);
  return manifest;
}

try {
  main();
} catch (e) {
  const msg = e instanceof Error ? e.message : String(e);
  console.error(`guest: ${msg.split('\n')[0]}`);
  process.exit(1);
}
