// A worker process of `a64dbg run -j N` (forked by cli.ts with 'advanced' IPC serialization, so
// steps keep their RegExps and BigInts): runs one script at a time as the parent hands them out,
// keeping the decoded snapshot image and its machine (lane.ts) between scripts. It first warms up
// (reads the prompt snapshot, runs its guest a little so the interpreter is compiled) and then
// says it is ready; steps and results stream back over IPC; the process ends when the parent
// disconnects.

import { executeScript, failedResult, imageCache, type ScriptResult } from './execute.ts';
import type { RunContext, ScriptJob } from './prepare.ts';
import { Lane } from './lane.ts';
import { Session } from './session.ts';

export type ToWorker = { warm: string | undefined } | { job: ScriptJob; ctx: RunContext };
export type FromWorker = { type: 'ready' } | { type: 'step'; what: string } | { type: 'result'; result: ScriptResult };

/** Warm-up commands run before the first job. */
const WARM_RUNS = 3;

if (process.send) {
  const send = (m: FromWorker): void => { process.send!(m); };
  const loadImage = imageCache();
  const lane = new Lane();
  const warm = async (snapshot: string | undefined): Promise<void> => {
    if (snapshot === undefined) return;
    // What a script does, twice: the interpreter and the session's code get compiled by V8.
    for (let k = 0; k < WARM_RUNS; k++) {
      const vm = new Session({ lane, loadImage, defaultSnapshot: async () => snapshot });
      await vm.exec('true');
    }
  };
  process.on('message', (msg: ToWorker) => {
    if ('warm' in msg) {
      void warm(msg.warm).catch(() => {}).then(() => send({ type: 'ready' })); // a bad snapshot shows in the scripts
      return;
    }
    void executeScript(msg.job, msg.ctx, { loadImage, lane, onStep: (what) => send({ type: 'step', what }) })
      .catch((e: Error) => failedResult(msg.job, `the runner failed: ${e.stack ?? e.message}`, 0))
      .then((result) => send({ type: 'result', result }));
  });
  process.on('disconnect', () => process.exit(0));
}
