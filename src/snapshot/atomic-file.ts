// Files a64dbg writes (snapshots, test results) are never left half-written: the bytes go to a
// temporary file beside the target, are fsync'ed, and the temporary file is renamed over the
// target (atomic on POSIX file systems); the directory is then fsync'ed so the rename itself
// survives a crash. A crash or kill -9 at any point leaves either the old file or the new one.

import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes `chunks` to `path` atomically (see above). Throws the fs error; no temporary file is left behind. */
export function writeFileAtomic(path: string, chunks: Uint8Array | readonly Uint8Array[]): void {
  const parts = chunks instanceof Uint8Array ? [chunks] : chunks;
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    for (const part of parts) {
      let off = 0;
      while (off < part.length) off += writeSync(fd, part, off, part.length - off);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  try {
    const dfd = openSync(dir, 'r');
    try { fsyncSync(dfd); } finally { closeSync(dfd); }
  } catch {
    // Some file systems refuse fsync on a directory; the rename has happened either way.
  }
}
