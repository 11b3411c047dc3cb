// The Debian glibc userland image (`npm run guest -- --userland debian`): the pure parts.
// scripts/guest.ts does the I/O (apt-get download, dpkg-deb -x, reading the tree); this file
// decides which packages go in, checks that list against apt's dependency data, maps the
// extracted tree to a merged-/usr layout, drops what a guest never reads (documentation,
// translations, iconv modules, Python's test and IDE modules), checks that every ELF finds its
// interpreter and libraries inside the image, and writes /init.
//
// The image: Debian 12's arm64 libc6, bash, coreutils, perl-base, python3-minimal (plus the
// part of libpython3.11-stdlib that needs no further libraries: json, decimal, hashlib's
// OpenSSL back end, ...), gzip, and the static BusyBox of the default guest for what those
// packages lack (mount, setsid, cttyhack, poweroff, ps, vi ...), reachable as /usr/bin/busybox
// and through applet links at the end of PATH (/usr/libexec/busybox), so Debian's programs
// always win.

import type { CpioEntry } from './cpio.ts';

/** Bump when the package list, the trimming or /init changes: the image is rebuilt when this differs. */
export const USERLAND_RECIPE_VERSION = 1;

/** The names `--userland` accepts. */
export const USERLANDS = ['debian'] as const;
export type UserlandName = (typeof USERLANDS)[number];

/** Where the image goes, relative to the guest cache folder. */
export const userlandInitrdFile = (name: UserlandName): string => `initramfs-${name}.cpio.gz`;

/** The shell prompt of the Debian userland (PS1 in /root/.bashrc). */
export const DEBIAN_PROMPT = 'a64dbg-debian:~# ';
/** Printed by /init just before bash starts. */
export const DEBIAN_BANNER = 'a64dbg guest: Debian userland';

export interface UserlandPackage {
  name: string;
  /** Why it is in the image: a root the task asks for, or what depends on it. */
  why: string;
}

/**
 * The packages of the image, vetted by hand: the roots and the run-time part of their
 * Depends/Pre-Depends closure. `checkDependencies` checks it against apt on every build, so a
 * Debian update that adds a dependency fails the build with the name to add (or to skip).
 */
export const DEBIAN_PACKAGES: readonly UserlandPackage[] = [
  { name: 'libc6', why: 'root: glibc and the dynamic loader' },
  { name: 'libgcc-s1', why: 'libc6 (unwinding, pthread_cancel)' },
  { name: 'gcc-12-base', why: 'libgcc-s1 (documentation only)' },
  { name: 'bash', why: 'root' },
  { name: 'libtinfo6', why: 'bash' },
  { name: 'base-files', why: 'bash (/etc/os-release, /etc/profile, the directory skeleton)' },
  { name: 'debianutils', why: 'bash (which, run-parts, tempfile)' },
  { name: 'coreutils', why: 'root' },
  { name: 'libacl1', why: 'coreutils' },
  { name: 'libattr1', why: 'coreutils' },
  { name: 'libgmp10', why: 'coreutils (factor, expr on big numbers)' },
  { name: 'libselinux1', why: 'coreutils' },
  { name: 'libpcre2-8-0', why: 'libselinux1' },
  { name: 'perl-base', why: 'root' },
  { name: 'libcrypt1', why: 'perl-base' },
  { name: 'python3-minimal', why: 'root (/usr/bin/python3)' },
  { name: 'python3.11-minimal', why: 'python3-minimal' },
  { name: 'libpython3.11-minimal', why: 'python3.11-minimal (the minimal standard library)' },
  { name: 'libexpat1', why: 'python3.11-minimal' },
  { name: 'zlib1g', why: 'python3.11-minimal' },
  { name: 'libssl3', why: 'libpython3.11-minimal (hashlib, ssl)' },
  { name: 'libpython3.11-stdlib', why: 'root: json, decimal, struct helpers and the rest of the standard library' },
  { name: 'libbz2-1.0', why: 'libpython3.11-stdlib (_bz2)' },
  { name: 'liblzma5', why: 'libpython3.11-stdlib (_lzma)' },
  { name: 'libffi8', why: 'libpython3.11-stdlib (_ctypes)' },
  { name: 'libuuid1', why: 'libpython3.11-stdlib (_uuid)' },
  { name: 'gzip', why: 'root: the compression workload of the benchmark' },
];

/** The packages asked for; every other entry of DEBIAN_PACKAGES must be reachable from these. */
export const DEBIAN_ROOTS = ['libc6', 'bash', 'coreutils', 'perl-base', 'python3-minimal', 'libpython3.11-stdlib', 'gzip'];

/**
 * Dependencies deliberately left out, with the reason. A dependency group is satisfied when one
 * of its alternatives is in the image or here.
 */
export const DEBIAN_SKIPPED: Readonly<Record<string, string>> = {
  dpkg: 'perl-base and python3-minimal need it only to be installed (maintainer scripts)',
  awk: 'base-files needs it only in its maintainer scripts (virtual package: mawk, gawk, original-awk)',
  mawk: 'provides awk (see awk)',
  'media-types': 'libpython3.11-stdlib: /etc/mime.types for the mimetypes module only',
  'mime-support': 'see media-types',
  'libdb5.3': 'libpython3.11-stdlib: only _dbm, dropped from the image',
  'libsqlite3-0': 'libpython3.11-stdlib: only _sqlite3, dropped from the image',
  libncursesw6: 'libpython3.11-stdlib: only _curses and _curses_panel, dropped from the image',
  libreadline8: 'libpython3.11-stdlib: only the readline module (interactive python), dropped from the image',
  libnsl2: 'libpython3.11-stdlib: only the nis module, dropped from the image',
  libtirpc3: 'libpython3.11-stdlib: only the nis module (through libnsl2), dropped from the image',
};

/** One group of alternatives ("a | b | <virtual> provided by c") of a Depends or Pre-Depends field. */
export type DependencyGroup = string[];

/** Drops ":arm64"-style qualifiers and the <...> around virtual package names. */
function bareName(s: string): string {
  return s.trim().replace(/^<|>$/g, '').replace(/:[a-z0-9]+$/, '');
}

/**
 * Parses `apt-cache depends --no-recommends ... PKG:arm64 ...` output into each package's
 * Depends and Pre-Depends groups. A line starting " |" joins the next dependency to its group;
 * the indented lines under a virtual package (<name>) are its providers and count as
 * alternatives too.
 */
export function parseAptDepends(text: string): Map<string, DependencyGroup[]> {
  const out = new Map<string, DependencyGroup[]>();
  let groups: DependencyGroup[] | undefined;
  let current: DependencyGroup | undefined; // the group the last dependency line went into
  let open = false; // the last dependency line ended with "|": the next one joins its group
  let inDep = false; // provider lines follow a Depends/PreDepends line (not another field)
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      groups = [];
      out.set(bareName(line), groups);
      current = undefined; open = false; inDep = false;
      continue;
    }
    if (!groups) continue;
    const dep = /^ ([ |])([A-Za-z-]+): (.+)$/.exec(line);
    if (dep) {
      const [, bar, field, target] = dep;
      inDep = field === 'Depends' || field === 'PreDepends';
      if (!inDep) { open = false; continue; }
      if (open && current) current.push(bareName(target));
      else { current = [bareName(target)]; groups.push(current); }
      open = bar === '|';
      continue;
    }
    if (/^ {4}\S/.test(line) && inDep && current) {
      const provider = bareName(line);
      if (!current.includes(provider)) current.push(provider);
    }
  }
  return out;
}

export interface DependencyReport {
  /** Dependency groups of listed packages that nothing in the image or the skip list satisfies. */
  missing: { pkg: string; group: DependencyGroup }[];
  /** Listed packages apt printed no dependency data for (unknown names). */
  unknown: string[];
  /** Listed packages that neither are roots nor are needed by another listed package. */
  unneeded: string[];
}

/** Checks the package list against parsed apt-cache depends output (see parseAptDepends). */
export function checkDependencies(
  deps: Map<string, DependencyGroup[]>, packages: readonly string[], roots: readonly string[], skipped: Readonly<Record<string, string>>,
): DependencyReport {
  const inImage = new Set(packages);
  const missing: DependencyReport['missing'] = [];
  const unknown: string[] = [];
  const needed = new Set(roots);
  for (const pkg of packages) {
    const groups = deps.get(pkg);
    if (!groups) { unknown.push(pkg); continue; }
    for (const group of groups) {
      const hit = group.find((alt) => inImage.has(alt));
      if (hit) needed.add(hit);
      else if (!group.some((alt) => alt in skipped)) missing.push({ pkg, group });
    }
  }
  const unneeded = packages.filter((p) => !needed.has(p));
  return { missing, unknown, unneeded };
}

// ---- the tree ---------------------------------------------------------------------------------

/** Top-level folders merged into /usr (Debian 12's merged-/usr layout): /bin -> usr/bin, ... */
export const MERGED_DIRS = ['bin', 'sbin', 'lib'];

/** A path of an extracted package (no leading "./" or "/") in the merged-/usr image. */
export function mergedUsrPath(path: string): string {
  const p = path.replace(/^\.?\/+/, '');
  const top = p.split('/')[0];
  return MERGED_DIRS.includes(top) ? `usr/${p}` : p;
}

const PY = 'usr/lib/python3.11';
/** Python extension modules dropped: test modules, and the ones whose libraries are skipped. */
export const DROPPED_PYTHON_MODULES = [
  '_curses', '_curses_panel', '_dbm', '_sqlite3', 'nis', 'readline',
  '_ctypes_test', '_testbuffer', '_testcapi', '_testclinic', '_testimportmultiple', '_testinternalcapi',
  '_testmultiphase', '_xxtestfuzz', 'xxlimited', 'xxlimited_35',
];
const DROPPED_PREFIXES = [
  'usr/share/doc/', 'usr/share/doc-base/', 'usr/share/man/', 'usr/share/info/', 'usr/share/locale/',
  'usr/share/lintian/', 'usr/share/bug/', 'usr/share/common-licenses/',
  'usr/lib/aarch64-linux-gnu/gconv/',
  `${PY}/test/`, `${PY}/pydoc_data/`, `${PY}/lib2to3/`, `${PY}/ensurepip/`, `${PY}/idlelib/`,
  `${PY}/tkinter/`, `${PY}/turtledemo/`, `${PY}/sqlite3/`, `${PY}/curses/`, `${PY}/dbm/`,
];

/**
 * Whether a path of the merged tree goes into the image. Dropped: documentation, man and info
 * pages, translations, lintian/bug-report data, glibc's iconv modules (~20 MB; UTF-8 and ASCII
 * are built into libc), Python's test and IDE packages, and the extension modules listed in
 * DROPPED_PYTHON_MODULES (with the Python packages that only wrap them).
 */
export function keepInImage(path: string): boolean {
  const p = path.replace(/\/+$/, '');
  if (DROPPED_PREFIXES.some((d) => p === d.slice(0, -1) || p.startsWith(d))) return false;
  const so = /^usr\/lib\/python3\.11\/lib-dynload\/([A-Za-z0-9_]+)\.cpython-[^/]+\.so$/.exec(p);
  if (so && DROPPED_PYTHON_MODULES.includes(so[1])) return false;
  return true;
}

// ---- ELF dependencies -------------------------------------------------------------------------

export interface ElfDeps {
  /** PT_INTERP (e.g. /lib/ld-linux-aarch64.so.1), if any. */
  interp?: string;
  /** DT_NEEDED names. */
  needed: string[];
  /** DT_RUNPATH / DT_RPATH entries. */
  runpath: string[];
}

/**
 * The interpreter and DT_NEEDED libraries of a 64-bit little-endian ELF, or undefined when the
 * bytes are not one (scripts, data, 32-bit or big-endian files).
 */
export function elfDependencies(bin: Uint8Array): ElfDeps | undefined {
  if (bin.length < 64 || bin[0] !== 0x7f || bin[1] !== 0x45 || bin[2] !== 0x4c || bin[3] !== 0x46) return undefined;
  if (bin[4] !== 2 || bin[5] !== 1) return undefined;
  const dv = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  const u64 = (at: number) => Number(dv.getBigUint64(at, true));
  const phoff = u64(0x20), phentsize = dv.getUint16(0x36, true), phnum = dv.getUint16(0x38, true);
  const loads: { vaddr: number; offset: number; filesz: number }[] = [];
  let dynamic: { offset: number; size: number } | undefined;
  let interp: string | undefined;
  const cstr = (at: number) => {
    let end = at;
    while (end < bin.length && bin[end] !== 0) end++;
    return Buffer.from(bin.subarray(at, end)).toString('latin1');
  };
  for (let k = 0; k < phnum; k++) {
    const at = phoff + k * phentsize;
    if (at + 56 > bin.length) return undefined;
    const type = dv.getUint32(at, true);
    const offset = u64(at + 8), vaddr = u64(at + 16), filesz = u64(at + 32);
    if (type === 1) loads.push({ vaddr, offset, filesz });
    else if (type === 2) dynamic = { offset, size: filesz };
    else if (type === 3) interp = cstr(offset);
  }
  const needed: number[] = [];
  const runpath: number[] = [];
  let strtab: number | undefined;
  if (dynamic) {
    for (let at = dynamic.offset; at + 16 <= dynamic.offset + dynamic.size && at + 16 <= bin.length; at += 16) {
      const tag = u64(at), val = u64(at + 8);
      if (tag === 0) break;
      if (tag === 1) needed.push(val);
      else if (tag === 5) strtab = val;
      else if (tag === 15 || tag === 29) runpath.push(val);
    }
  }
  const fileOffset = (vaddr: number) => {
    const seg = loads.find((s) => vaddr >= s.vaddr && vaddr < s.vaddr + s.filesz);
    return seg ? vaddr - seg.vaddr + seg.offset : undefined;
  };
  const str = (off: number) => {
    const base = strtab === undefined ? undefined : fileOffset(strtab);
    return base === undefined ? `?${off}` : cstr(base + off);
  };
  return { interp, needed: needed.map(str), runpath: runpath.flatMap((r) => str(r).split(':')).filter(Boolean) };
}

/** glibc's default library directories on Debian arm64 (merged /usr: /lib is usr/lib). */
export const LIBRARY_DIRS = ['usr/lib/aarch64-linux-gnu', 'usr/lib'];

/** What the image looks like to the library check: regular files and symlinks by path. */
export interface ImageTree {
  files: Map<string, Uint8Array>;
  symlinks: Map<string, string>;
}

/** Follows symlinks (absolute or relative, also in parent folders) to a path of the tree, or undefined. */
export function resolveInTree(tree: ImageTree, path: string, topLinks: Readonly<Record<string, string>> = {}): string | undefined {
  const normalise = (segments: string[]) => {
    const out: string[] = [];
    for (const s of segments) {
      if (!s || s === '.') continue;
      if (s === '..') out.pop(); else out.push(s);
    }
    return out;
  };
  let parts = normalise(path.split('/'));
  for (let hops = 0; hops < 40; hops++) {
    let changed = false;
    for (let k = 1; k <= parts.length; k++) {
      const prefix = parts.slice(0, k).join('/');
      const target = tree.symlinks.get(prefix) ?? topLinks[prefix];
      if (target === undefined) continue;
      const base = target.startsWith('/') ? [] : parts.slice(0, k - 1);
      parts = normalise([...base, ...target.split('/'), ...parts.slice(k)]);
      changed = true;
      break;
    }
    if (!changed) {
      const p = parts.join('/');
      return tree.files.has(p) ? p : undefined;
    }
  }
  return undefined;
}

/**
 * Every ELF in the tree whose interpreter or DT_NEEDED libraries cannot be found in the image
 * (search: DT_RUNPATH with $ORIGIN, then LIBRARY_DIRS), as "path: what is missing" lines.
 */
export function unresolvedLibraries(tree: ImageTree, topLinks: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  for (const [path, data] of tree.files) {
    const deps = elfDependencies(data);
    if (!deps) continue;
    if (deps.interp && !resolveInTree(tree, deps.interp, topLinks)) problems.push(`${path}: interpreter ${deps.interp}`);
    const origin = path.split('/').slice(0, -1).join('/');
    const dirs = [...deps.runpath.map((r) => r.replace(/\$\{?ORIGIN\}?/g, `/${origin}`)), ...LIBRARY_DIRS];
    for (const lib of deps.needed) {
      const found = lib.includes('/') ? resolveInTree(tree, lib, topLinks) : dirs.some((d) => resolveInTree(tree, `${d}/${lib}`, topLinks));
      if (!found) problems.push(`${path}: ${lib}`);
    }
  }
  return problems.sort();
}

// ---- /init and friends ------------------------------------------------------------------------

/** Where /init installs BusyBox applet links (last in PATH: Debian's programs win). */
export const BUSYBOX_APPLET_DIR = 'usr/libexec/busybox';
export const USERLAND_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/libexec/busybox';

/** /init of the Debian userland: bash, with BusyBox for mount/hostname/setsid/cttyhack. */
export function debianInitScript(): string {
  return [
    '#!/bin/bash',
    '# a64dbg Debian userland /init (generated by scripts/guest.ts from src/guest/userland.ts; do not edit by hand)',
    `export PATH=${USERLAND_PATH}`,
    'export HOME=/root SHELL=/bin/bash',
    'busybox mount -t proc proc /proc',
    'busybox mount -t sysfs sysfs /sys',
    'busybox mount -t devtmpfs devtmpfs /dev',
    'mkdir -p /dev/pts /dev/shm',
    'busybox mount -t devpts devpts /dev/pts',
    'busybox mount -t tmpfs -o mode=1777 tmpfs /dev/shm',
    'busybox hostname a64dbg',
    '# Console log level 4 (as `quiet`): errors still reach the console, notices no longer land in',
    '# the middle of a command\'s output (dmesg has everything).',
    'echo 4 > /proc/sys/kernel/printk',
    'cd /root',
    `echo "${DEBIAN_BANNER}: Linux $(uname -r) $(uname -m), $(/lib/ld-linux-aarch64.so.1 --version | head -n1), bash $BASH_VERSION"`,
    '# setsid + cttyhack: bash gets the console as its controlling terminal, so job control works.',
    'exec busybox setsid busybox cttyhack /bin/bash -i',
    '',
  ].join('\n');
}

/** /root/.bashrc (bash reads Debian's /etc/bash.bashrc first, which sets its own PS1). */
export function debianBashrc(): string {
  return [
    '# a64dbg Debian userland (generated by scripts/guest.ts)',
    `PS1='a64dbg-debian:\\w\\$ '`,
    '# Keep the console free of ESC[?2004h/l around every prompt.',
    "bind 'set enable-bracketed-paste off' 2>/dev/null",
    'alias ls="ls --color=never"',
    '',
  ].join('\n');
}

/** The files a64dbg adds to the extracted packages (after the package tree, so they win). */
export function debianExtraEntries(busybox: Uint8Array, applets: readonly string[], taken: (path: string) => boolean, extra: CpioEntry[] = []): CpioEntry[] {
  const out: CpioEntry[] = [
    { type: 'file', path: 'usr/bin/busybox', mode: 0o755, data: busybox },
    { type: 'file', path: 'etc/passwd', data: 'root:x:0:0:root:/root:/bin/bash\n' },
    { type: 'file', path: 'etc/group', data: 'root:x:0:\n' },
    { type: 'file', path: 'etc/hostname', data: 'a64dbg\n' },
    { type: 'file', path: 'etc/nsswitch.conf', data: 'passwd: files\ngroup: files\nshadow: files\nhosts: files\n' },
    { type: 'file', path: 'root/.bashrc', data: debianBashrc() },
    { type: 'file', path: 'init', mode: 0o755, data: debianInitScript() },
    ...extra,
  ];
  // BusyBox applet links for what Debian's packages lack (mount, ps, vi, poweroff, ...).
  const links = applets.filter((a) => /^[a-z0-9][a-z0-9_.\-]*$/.test(a) && !taken(`usr/bin/${a}`) && !taken(`usr/sbin/${a}`));
  if (links.length) out.push({ type: 'dir', path: BUSYBOX_APPLET_DIR, mode: 0o755 });
  for (const a of links) out.push({ type: 'symlink', path: `${BUSYBOX_APPLET_DIR}/${a}`, target: '/usr/bin/busybox' });
  return out;
}
