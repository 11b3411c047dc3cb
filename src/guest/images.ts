// Where the guest images live and how the CLI finds them. `npm run guest` (scripts/guest.ts)
// downloads Debian's arm64 cloud kernel and busybox-static, builds an initramfs, and writes
// .cache/guest/manifest.json; `defaultGuest()` reads that manifest back.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_APPEND } from './recipe.ts';
import { userlandInitrdFile, USERLANDS, type UserlandName } from './userland.ts';

export { DEFAULT_APPEND, USERLANDS, type UserlandName };

/** Cache folder relative to the repository root (git-ignored through `/.cache/`). */
export const GUEST_CACHE_DIR = '.cache/guest';
export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_SCHEMA = 1;

export interface ArtefactInfo {
  /** Path relative to the repository root. */
  path: string;
  size: number;
  sha256: string;
}

export interface GuestManifest {
  schema: number;
  recipe: number;
  builtAt: string;
  append: string;
  kernel: ArtefactInfo & {
    package: string;
    version: string;
    abi: number;
    /** Name of the file inside the package, e.g. /boot/vmlinuz-6.1.0-56-cloud-arm64. */
    source: string;
    /** Fields of the arm64 Image header. */
    imageSize: number;
    textOffset: number;
    flags: number;
  };
  busybox: ArtefactInfo & {
    package: string;
    version: string;
    banner?: string;
    applets: number;
    jobControl: boolean;
  };
  initramfs: ArtefactInfo & { uncompressedSize: number; entries: number };
  testFile: { guestPath: string; size: number; sha256: string };
  /** Extra initramfs images (`npm run guest -- --userland debian`), by name; kept across default rebuilds. */
  userland?: Partial<Record<UserlandName, UserlandInfo>>;
}

/** A userland initramfs (a glibc system, booted with the default kernel and command line). */
export interface UserlandInfo extends ArtefactInfo {
  recipe: number;
  builtAt: string;
  uncompressedSize: number;
  entries: number;
  /** Bytes of regular files in the image (what the guest's rootfs holds after unpacking). */
  fileBytes: number;
  /** The Debian packages in it, name and version. */
  packages: { name: string; version: string }[];
  /** The BusyBox binary included (sha256 of the default guest's busybox). */
  busyboxSha256: string;
}

export interface GuestImages {
  kernel: string;
  initrd: string;
  append: string;
}

/** The repository root, from this file's location (src/guest/images.ts). */
export function defaultRepoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** Where the guest images live: `.cache/guest` in the repository, or $A64DBG_GUEST_DIR. */
export function guestCacheDir(repoRoot: string): string {
  return process.env.A64DBG_GUEST_DIR || join(repoRoot, GUEST_CACHE_DIR);
}

export function manifestPath(repoRoot: string): string {
  return join(guestCacheDir(repoRoot), MANIFEST_FILE);
}

/** The manifest, or undefined when it is missing or unreadable. */
export function readGuestManifest(repoRoot: string): GuestManifest | undefined {
  const file = manifestPath(repoRoot);
  if (!existsSync(file)) return undefined;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as GuestManifest;
    if (m?.schema !== MANIFEST_SCHEMA || typeof m.kernel?.path !== 'string' || typeof m.initramfs?.path !== 'string') return undefined;
    return m;
  } catch {
    return undefined;
  }
}

const abs = (repoRoot: string, p: string) => (isAbsolute(p) ? p : join(repoRoot, p));

/**
 * The default guest (Debian kernel Image + BusyBox initramfs) as absolute paths, or undefined
 * when `npm run guest` has not been run (or its files have gone).
 */
export function defaultGuest(repoRoot: string = defaultRepoRoot()): GuestImages | undefined {
  const m = readGuestManifest(repoRoot);
  if (!m) return undefined;
  const kernel = abs(repoRoot, m.kernel.path);
  const initrd = abs(repoRoot, m.initramfs.path);
  if (!existsSync(kernel) || !existsSync(initrd)) return undefined;
  return { kernel, initrd, append: m.append || DEFAULT_APPEND };
}

/** One line for the CLI to print when there is no default guest. */
export function missingGuestMessage(repoRoot: string = defaultRepoRoot()): string {
  return `no guest images in ${guestCacheDir(repoRoot)}: run \`npm run guest\` first `
    + '(as root on Debian/Ubuntu; it downloads Debian\'s arm64 kernel and busybox-static), '
    + 'or pass --kernel and --initrd';
}

/** The default guest, or an Error carrying missingGuestMessage(). */
export function requireDefaultGuest(repoRoot: string = defaultRepoRoot()): GuestImages {
  const g = defaultGuest(repoRoot);
  if (!g) throw new Error(missingGuestMessage(repoRoot));
  return g;
}


/**
 * A userland guest (`npm run guest -- --userland debian`): the default kernel and command line
 * with that userland's initramfs, as absolute paths; undefined when it has not been built.
 * For a CLI selector: `boot --userland debian` = `boot --initrd <this.initrd>`.
 */
export function userlandGuest(name: UserlandName = 'debian', repoRoot: string = defaultRepoRoot()): GuestImages | undefined {
  const base = defaultGuest(repoRoot);
  const m = readGuestManifest(repoRoot);
  const info = m?.userland?.[name];
  if (!base || !info) return undefined;
  const initrd = abs(repoRoot, info.path);
  if (!existsSync(initrd)) return undefined;
  return { ...base, initrd };
}

/** Where a userland image is written (whether or not it exists). */
export function userlandInitrdPath(name: UserlandName = 'debian', repoRoot: string = defaultRepoRoot()): string {
  return join(guestCacheDir(repoRoot), userlandInitrdFile(name));
}

/** One line for the CLI (or a test that skips) when a userland image is missing. */
export function missingUserlandMessage(name: UserlandName = 'debian', repoRoot: string = defaultRepoRoot()): string {
  return `no ${name} userland image in ${guestCacheDir(repoRoot)}: run \`npm run guest -- --userland ${name}\` first `
    + '(as root on Debian/Ubuntu; it downloads Debian\'s arm64 libc6, bash, coreutils, perl-base and python3-minimal)';
}

/** The userland guest, or an Error carrying missingUserlandMessage(). */
export function requireUserlandGuest(name: UserlandName = 'debian', repoRoot: string = defaultRepoRoot()): GuestImages {
  const g = userlandGuest(name, repoRoot);
  if (!g) throw new Error(missingUserlandMessage(name, repoRoot));
  return g;
}
