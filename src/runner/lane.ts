// One machine per process, reused by the scripts that process runs one after another when they
// restore the same snapshot: restoring into it (snapshot.ts restoreSnapshot, as `loadvm` does)
// rewrites only the RAM pages that differ from the snapshot and keeps the decoded code of the
// rest, where a new Machine takes ~50 MiB of page faults and decodes every instruction again
// (~40 ms + ~20 ms a script on the default guest). A restored machine is the snapshot's state
// whatever ran in it before (test/runner.test.ts compares it with a new machine's), so results
// do not depend on which scripts shared a lane.

import type { Machine } from '../machine/machine.ts';
import { machineFromSnapshot, restoreSnapshot, type SnapshotImage } from '../snapshot/snapshot.ts';

/** Where a session's machine sends console output, trap lines and log lines. */
export interface Sinks {
  console: (bytes: Uint8Array) => void;
  trace: (line: string) => void;
  log: (line: string) => void;
}

export class Lane {
  private machine: Machine | undefined;
  private image: SnapshotImage | undefined;
  private sinks: Sinks | undefined;
  private breakpoints: bigint[] = [];

  /** The machine in `image`'s state, its output going to `sinks` (until the next take). */
  take(image: SnapshotImage, sinks: Sinks): Machine {
    this.sinks = sinks;
    const m = this.machine;
    if (m && this.image === image) {
      for (const va of this.breakpoints) m.cpus[0].removeBreakpoint(va);
      this.breakpoints = [];
      restoreSnapshot(m, image);
      return m;
    }
    const fwd: Sinks = {
      console: (b) => this.sinks?.console(b),
      trace: (line) => this.sinks?.trace(line),
      log: (line) => this.sinks?.log(line),
    };
    this.machine = machineFromSnapshot(image, fwd);
    this.image = image;
    this.breakpoints = [];
    return this.machine;
  }

  /** A breakpoint a session set in the lane's machine (removed before the machine is taken again). */
  noteBreakpoint(m: Machine, va: bigint): void {
    if (m === this.machine) this.breakpoints.push(va);
  }
}
