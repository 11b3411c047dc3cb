// A static arm64 Linux program in the default guest without rebuilding its initramfs: compiled
// with the cross compiler (aarch64-linux-gnu-gcc -static -O2, or $CROSS gcc) and packed with our
// cpio writer into a second, uncompressed newc archive appended to the base initramfs (Linux
// unpacks concatenated archives). Shared by the Linux tests that run such a program
// (abort-linux, perf-linux, ptrace-linux) and the script that records its QEMU golden.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCpio } from '../src/guest/cpio.ts';

export const CC = process.env.CROSS ? `${process.env.CROSS}gcc` : 'aarch64-linux-gnu-gcc';

/** Why a program cannot be built here, or undefined. */
export function missingCompiler(): string | undefined {
  const cc = spawnSync(CC, ['--version'], { encoding: 'utf8' });
  if (cc.error || cc.status !== 0) return `${CC} not found (apt-get install gcc-aarch64-linux-gnu)`;
  return undefined;
}

/**
 * Builds C `source` in `dir` and writes `baseInitrd` + an appended archive holding it at
 * /`guestPath` (mode 0755); returns the new initramfs's path. Throws with the compiler's output.
 */
export function initrdWithProgram(dir: string, baseInitrd: string, guestPath: string, source: string): string {
  const src = join(dir, `${guestPath}.c`), exe = join(dir, guestPath);
  writeFileSync(src, source);
  const cc = spawnSync(CC, ['-static', '-O2', '-o', exe, src], { encoding: 'utf8' });
  if (cc.status !== 0) throw new Error(`${CC} failed:\n${cc.stderr}`);
  const extra = writeCpio([{ type: 'file', path: guestPath, mode: 0o755, data: readFileSync(exe) }]);
  const base = readFileSync(baseInitrd);
  // The kernel looks for an uncompressed archive only at a 4-byte aligned offset; it skips zeros.
  const pad = new Uint8Array((4 - (base.length & 3)) & 3);
  const initrd = join(dir, `initramfs.cpio.gz+${guestPath}`);
  writeFileSync(initrd, Buffer.concat([base, pad, extra]));
  return initrd;
}
