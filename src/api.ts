// The package's entry point (`import { ... } from 'a64dbg'`), for TypeScript scripts of
// `a64dbg run` and for programs that drive a machine themselves. A script:
//
//   import type { Vm } from 'a64dbg';
//   export default async (vm: Vm) => {
//     const { output } = await vm.exec('uname -r');
//     await vm.expect(/cloud-arm64/);
//   };

export { Session, StepFailure, BadInputError, DEFAULT_TIMEOUT_NS } from './runner/session.ts';
export type { Session as Vm, SessionOptions, BootOptions, ExecResult } from './runner/session.ts';
export { parseScript, ScriptError } from './runner/script.ts';
export type { Script, Step, StepBody, Location } from './runner/script.ts';
export type { ScriptResult, ScriptFailure } from './runner/execute.ts';
export { readSymbols } from './runner/symbols.ts';
export { Machine, LoadError } from './machine/machine.ts';
export type { MachineOptions, RunOptions } from './machine/machine.ts';
export type { StopReason } from './hyp/trap.ts';
export { readSnapshot, saveSnapshot, machineFromSnapshot, SnapshotFileError } from './snapshot/snapshot.ts';
export type { SnapshotImage } from './snapshot/snapshot.ts';
export { promptSnapshot, PROMPT_RE } from './snapshot/prompt-cache.ts';
export { defaultGuest } from './guest/images.ts';
