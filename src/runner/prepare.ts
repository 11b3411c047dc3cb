// Everything checked before anything runs: each script parsed, the files its steps name found,
// its symbols looked up (so a misspelt `break` fails with FILE:LINE, status 2, not minutes into a
// suite), and the jobs the runner hands out. Jobs and the run context are plain data: they go to
// the worker processes over IPC.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { parseScript, ScriptError, type Step } from './script.ts';
import { readSymbols, type SymbolTable } from './symbols.ts';

/** What every script of a run shares. */
export interface RunContext {
  /** Artifacts go to RESULTS/<script path>/ (absolute). */
  resultsDir: string;
  /** Default step timeout, ns of guest time. */
  timeoutNs: number;
  /** The wall-clock guard of one script, ms. */
  wallTimeoutMs: number;
  /** --symbols (absolute). */
  symbols?: string;
  /** The guest `boot` boots and the prompt snapshot is made of (absolute paths). */
  guest?: { kernel: string; initrd?: string; append: string; memoryMiB: number };
  /** The cached prompt snapshot, when some script restores it (made by the parent before any worker starts). */
  promptSnapshot?: string;
  /** Trap-layer exits kept for a failure report. */
  trapLines: number;
}

export interface ScriptJob {
  /** Position in the sorted list of all scripts (the TAP order). */
  index: number;
  /** Absolute path. */
  file: string;
  /** Path relative to the current folder, with '/' (what results and shards are keyed by). */
  rel: string;
  /** Declarative steps; undefined for a TypeScript script. */
  steps?: Step[];
  /** Whether the script (may) restore the default prompt snapshot. */
  needsPrompt: boolean;
}

/** `a64dbg run` takes *.a64 (declarative) and *.ts/*.mts (TypeScript) scripts. */
export const isTypeScript = (file: string): boolean => /\.m?ts$/.test(file);

/** The path scripts are named by in results, TAP and shard assignment: relative to `cwd`, '/'-separated. */
export function scriptName(file: string, cwd: string): string {
  return relative(cwd, file).split(sep).join('/');
}

/**
 * Parses and checks one script. Relative paths in its steps are made absolute from the script's
 * folder; symbols are resolved to addresses. Throws ScriptError (FILE:LINE: why).
 */
export function prepareScript(file: string, index: number, cwd: string, ctx: RunContext): ScriptJob {
  const rel = scriptName(file, cwd);
  if (isTypeScript(file)) return { index, file, rel, needsPrompt: true };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ScriptError(rel, 0, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const script = parseScript(text, rel);
  const base = dirname(file);
  let table: SymbolTable | undefined;
  let symbolsFile = ctx.symbols;
  let needsPrompt = script.steps.length > 0 && script.steps[0].kind !== 'boot' && script.steps[0].kind !== 'restore';
  for (const step of script.steps) {
    const err = (message: string): never => { throw new ScriptError(rel, step.line, message); };
    const input = (p: string, what: string): string => {
      const abs = resolve(base, p);
      if (!existsSync(abs) || !statSync(abs).isFile()) err(`${what} '${p}' not found (paths are relative to the script's folder)`);
      return abs;
    };
    const symbol = (name: string): bigint => {
      if (!symbolsFile) return err(`'${name}' is a symbol, and no symbols are loaded: add a \`symbols FILE\` step or --symbols FILE`);
      table ??= loadTable(symbolsFile, err);
      const v = table.get(name);
      return v ?? err(`unknown symbol '${name}' in ${symbolsFile}`);
    };
    switch (step.kind) {
      case 'boot':
        if (step.kernel) step.kernel = input(step.kernel, 'kernel');
        else if (!ctx.guest) err('boot: no default guest (run `npm run guest`) and no --kernel');
        if (step.initrd) step.initrd = input(step.initrd, 'initrd');
        break;
      case 'restore':
        if (step.file) step.file = input(step.file, 'snapshot');
        else needsPrompt = true;
        break;
      case 'copy': step.host = input(step.host, 'host file'); break;
      case 'symbols':
        step.file = input(step.file, 'symbols file');
        symbolsFile = step.file;
        table = loadTable(step.file, err);
        break;
      case 'break': case 'delete':
        if (step.where.symbol) step.where.address = BigInt.asUintN(64, symbol(step.where.symbol) + step.where.offset);
        break;
      case 'check-reg':
        if (step.value.symbol) step.value.address = BigInt.asUintN(64, symbol(step.value.symbol) + step.value.offset);
        break;
    }
  }
  if (needsPrompt && !ctx.guest) throw new ScriptError(rel, script.steps[0]?.line ?? 0, 'restores the prompt snapshot of the default guest, and there is none: run `npm run guest` or give --kernel');
  return { index, file, rel, steps: script.steps, needsPrompt };
}

function loadTable(file: string, err: (message: string) => never): SymbolTable {
  try {
    return readSymbols(file);
  } catch (e) {
    return err((e as Error).message);
  }
}
