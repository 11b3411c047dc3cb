// A worker process of `a64dbg run -j N` (forked by cli.ts with 'advanced' IPC serialization, so
// steps keep their RegExps and BigInts): runs one script at a time as the parent hands them out,
// keeping decoded snapshot images between scripts so each restore only builds a new Machine.
// Steps and results stream back over IPC; the process ends when the parent disconnects.

import { executeScript, imageCache, type ScriptResult } from './execute.ts';
import type { RunContext, ScriptJob } from './prepare.ts';

export interface ToWorker { job: ScriptJob; ctx: RunContext }
export type FromWorker = { type: 'step'; what: string } | { type: 'result'; result: ScriptResult };

if (process.send) {
  const send = (m: FromWorker): void => { process.send!(m); };
  const loadImage = imageCache();
  process.on('message', (msg: ToWorker) => {
    void executeScript(msg.job, msg.ctx, { loadImage, onStep: (what) => send({ type: 'step', what }) })
      .catch((e: Error) => ({
        index: msg.job.index, file: msg.job.rel, ok: false, bad: false, ms: 0, instructions: 0, guestNs: 0,
        failure: { message: `the runner failed: ${e.stack ?? e.message}`, console: [] }, artifacts: {},
      }) satisfies ScriptResult)
      .then((result) => send({ type: 'result', result }));
  });
  process.on('disconnect', () => process.exit(0));
}
