// `monitor <cmd>` (qRcmd, for a target with the monitor group): the target answers first; a few
// commands IDE launch sequences send (Eclipse CDT: `monitor halt`, `monitor delay N`) and
// `help`/`info version` (Linux's scripts/gdb wants a non-empty answer) fall back to the stub's
// own answers.

import { readFileSync } from 'node:fs';
import type { MonitorOps } from './target.ts';

export interface MonitorResult {
  /** Text for gdb's console (sent as O packets). */
  output: string;
  /** false: the command is unknown or failed (the reply ends in an error). */
  ok: boolean;
}

let versionCache: string | undefined;
export function stubVersion(): string {
  if (versionCache === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
      versionCache = `a64dbg ${pkg.version ?? '?'}`;
    } catch {
      versionCache = 'a64dbg';
    }
  }
  return versionCache;
}

const STUB_HELP = [
  'GDB stub commands (when the target does not answer them itself):',
  '  monitor help             this text',
  '  monitor info version     emulator version',
  '  monitor halt             no-op: the guest is halted whenever gdb can talk to it',
  '  monitor delay <ms>       wait <ms> milliseconds (at most 10000)',
];

function withNewline(s: string): string {
  return s === '' || s.endsWith('\n') ? s : s + '\n';
}

export async function runMonitor(ops: MonitorOps, rawCmd: string): Promise<MonitorResult> {
  const cmd = rawCmd.trim().replace(/\s+/g, ' ');
  let answer: string | undefined;
  try {
    answer = await ops.monitorCommand(cmd);
  } catch (e) {
    return { output: `monitor ${cmd}: ${e instanceof Error ? e.message : String(e)}\n`, ok: false };
  }
  const lower = cmd.toLowerCase();
  if (lower === 'help') {
    return { output: withNewline(answer ?? '') + STUB_HELP.join('\n') + '\n', ok: true };
  }
  if (answer !== undefined) return { output: withNewline(answer), ok: true };
  if (lower === 'info version' || lower === 'version') return { output: stubVersion() + '\n', ok: true };
  if (lower === 'halt') return { output: '', ok: true };
  const delay = /^delay (\d+)$/.exec(lower);
  if (delay) {
    await new Promise((r) => setTimeout(r, Math.min(Number(delay[1]), 10000)));
    return { output: '', ok: true };
  }
  return { output: `unknown monitor command '${cmd}' (try 'monitor help')\n`, ok: false };
}
