// The declarative script format of `a64dbg run` (*.a64): one step a line, `#` comment lines and
// blank lines ignored. parseScript() is pure (text in, steps out) so every syntax error is found,
// with FILE:LINE, before anything runs; prepareScript() (prepare.ts) then checks the files and
// symbols the steps name. The step reference is in README.md ("Regression scripts").

export class ScriptError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: ${message}`);
  }
}

/** An address given as a number or as SYMBOL[+OFFSET] (looked up in the `symbols` ELF). */
export interface Location { text: string; address?: bigint; symbol?: string; offset: bigint }

export type StepBody =
  | { kind: 'boot'; kernel?: string; initrd?: string; append?: string; memoryMiB?: number }
  | { kind: 'restore'; file?: string }
  | { kind: 'send'; text: string }
  | { kind: 'expect'; re: RegExp; timeoutNs?: number }
  | { kind: 'expect-not'; re: RegExp; forNs: number }
  | { kind: 'exec'; cmd: string; status: number | 'any'; timeoutNs?: number }
  | { kind: 'copy'; host: string; guest: string; timeoutNs?: number }
  | { kind: 'save'; file: string }
  | { kind: 'poweroff'; timeoutNs?: number }
  | { kind: 'prompt'; re: RegExp }
  | { kind: 'symbols'; file: string }
  | { kind: 'break' | 'delete'; where: Location }
  | { kind: 'continue'; timeoutNs?: number }
  | { kind: 'check-reg'; reg: string; op: '==' | '!='; value: Location };

/** A step with where it came from: its line number and its source text (for messages). */
export type Step = StepBody & { line: number; source: string };

export interface Script { file: string; steps: Step[] }

export const STEP_KINDS = [
  'boot', 'restore', 'send', 'sendline', 'expect', 'expect-not', 'exec', 'copy', 'save', 'poweroff',
  'prompt', 'symbols', 'break', 'delete', 'continue', 'check-reg',
] as const;

/** Registers `check-reg` reads: x0..x30, sp, pc, cpsr (lr and fp name x30 and x29). */
export const REGISTER_RE = /^(x([0-9]|[12][0-9]|30)|sp|pc|cpsr|lr|fp)$/;

/** Parses a whole script; throws ScriptError at the first bad line. */
export function parseScript(text: string, file: string): Script {
  const steps: Step[] = [];
  const lines = text.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const source = lines[k].trim();
    if (source === '' || source.startsWith('#')) continue;
    const err = (message: string): never => { throw new ScriptError(file, k + 1, message); };
    steps.push({ ...parseStep(source, err), line: k + 1, source });
  }
  return { file, steps };
}

function parseStep(source: string, err: (message: string) => never): StepBody {
  const m = /^(\S+)\s*(.*)$/s.exec(source)!;
  const keyword = m[1], rest = m[2];
  const noText = (text: string): void => { if (text !== '') err(`${keyword} takes no argument besides its options (got '${text}')`); };
  switch (keyword) {
    case 'boot': return parseBoot(rest, err);
    case 'restore': {
      const words = shellWords(rest, err);
      if (words.length > 1) err('restore takes one snapshot file (or none: the cached prompt snapshot)');
      return { kind: 'restore', file: words[0] };
    }
    case 'send': case 'sendline': {
      if (rest === '') err(`${keyword} needs the text to send`);
      return { kind: 'send', text: unescape(rest, err) + (keyword === 'sendline' ? '\n' : '') };
    }
    case 'expect': {
      const { text, opts } = takeOptions(rest, ['timeout'], err);
      return { kind: 'expect', re: parseRegex(text, err), timeoutNs: opts.timeout };
    }
    case 'expect-not': {
      const { text, opts } = takeOptions(rest, ['for'], err);
      return { kind: 'expect-not', re: parseRegex(text, err), forNs: opts.for ?? 0 };
    }
    case 'exec': {
      const { text, opts, raw } = takeOptions(rest, ['status', 'timeout'], err);
      if (text === '') err('exec needs a command');
      if (text.includes('\n')) err('exec takes one command line');
      let status: number | 'any' = 0;
      if (raw.status !== undefined) {
        if (raw.status === 'any') status = 'any';
        else if (/^\d{1,3}$/.test(raw.status) && Number(raw.status) <= 255) status = Number(raw.status);
        else err(`bad status=${raw.status}: an exit status 0..255 or any`);
      }
      return { kind: 'exec', cmd: text, status, timeoutNs: opts.timeout };
    }
    case 'copy': {
      const { text, opts } = takeOptions(rest, ['timeout'], err);
      const words = shellWords(text, err);
      if (words.length !== 2) err('copy needs two paths: HOSTFILE GUESTPATH');
      if (words[1] === '' || /[\0\n\r]/.test(words[1])) err(`bad guest path '${words[1]}'`);
      return { kind: 'copy', host: words[0], guest: words[1], timeoutNs: opts.timeout };
    }
    case 'save': case 'symbols': {
      const words = shellWords(rest, err);
      if (words.length !== 1) err(`${keyword} needs one file`);
      return { kind: keyword, file: words[0] };
    }
    case 'poweroff': case 'continue': {
      const { text, opts } = takeOptions(rest, ['timeout'], err);
      noText(text);
      return { kind: keyword, timeoutNs: opts.timeout };
    }
    case 'prompt': return { kind: 'prompt', re: parseRegex(rest, err) };
    case 'break': case 'delete': {
      if (rest === '' || /\s/.test(rest)) err(`${keyword} needs one ADDRESS or SYMBOL[+OFFSET]`);
      return { kind: keyword, where: parseLocation(rest, err) };
    }
    case 'check-reg': {
      const c = /^(\S+)\s*(==|!=)\s*(\S+)$/.exec(rest);
      if (!c) err('check-reg needs REG == VALUE (or REG != VALUE)');
      const reg = c[1].toLowerCase();
      if (!REGISTER_RE.test(reg)) err(`unknown register '${c[1]}' (x0..x30, sp, pc, cpsr, lr, fp)`);
      return { kind: 'check-reg', reg, op: c[2] as '==' | '!=', value: parseLocation(c[3], err) };
    }
    default:
      return err(`unknown step '${keyword}' (steps: ${STEP_KINDS.join(', ')})`);
  }
}

function parseBoot(rest: string, err: (message: string) => never): StepBody {
  const words = shellWords(rest, err);
  const step: StepBody & { kind: 'boot' } = { kind: 'boot' };
  for (let k = 0; k < words.length; k++) {
    const opt = words[k];
    const value = (): string => {
      if (k + 1 >= words.length) err(`boot ${opt} needs a value`);
      return words[++k];
    };
    switch (opt) {
      case '--kernel': step.kernel = value(); break;
      case '--initrd': step.initrd = value(); break;
      case '--append': step.append = value(); break;
      case '--memory': {
        const v = value();
        if (!/^\d+$/.test(v)) err(`bad boot --memory '${v}': MiB, e.g. 512`);
        step.memoryMiB = Number(v);
        break;
      }
      default: err(`unknown boot option '${opt}' (--kernel, --initrd, --append, --memory)`);
    }
  }
  return step;
}

/**
 * Splits `key=value` options off the end of a step's text: only the keys the step knows, so a
 * command such as `exec export X=1` keeps its own words. Times are seconds of guest time
 * (`timeout=5`, `timeout=0.5`, `timeout=250ms`), returned in ns.
 */
function takeOptions<K extends string>(rest: string, keys: readonly K[], err: (message: string) => never):
  { text: string; opts: Partial<Record<K, number>>; raw: Partial<Record<K, string>> } {
  const opts: Partial<Record<K, number>> = {}, raw: Partial<Record<K, string>> = {};
  let text = rest;
  for (;;) {
    const m = /(^|\s+)([a-z]+)=(\S*)$/.exec(text);
    if (!m || !(keys as readonly string[]).includes(m[2])) break;
    const key = m[2] as K;
    if (raw[key] !== undefined) err(`${key}= given twice`);
    raw[key] = m[3];
    if (key !== 'status') opts[key] = parseSeconds(key, m[3], err);
    text = text.slice(0, m.index);
  }
  return { text: text.trim(), opts, raw };
}

function parseSeconds(key: string, v: string, err: (message: string) => never): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(v);
  const s = m ? Number(m[1]) / (m[2] === 'ms' ? 1000 : 1) : NaN;
  if (!m || !(s >= 0) || s > 1e6 || (key === 'timeout' && s === 0)) err(`bad ${key}=${v}: seconds of guest time, e.g. ${key}=5 or ${key}=250ms`);
  return Math.round(s * 1e9);
}

/** A pattern: the rest of the line as a JavaScript regular expression, or /SOURCE/FLAGS for flags. */
function parseRegex(text: string, err: (message: string) => never): RegExp {
  if (text === '') err('needs a pattern (a JavaScript regular expression)');
  const lit = /^\/(.+)\/([a-z]*)$/s.exec(text);
  const source = lit ? lit[1] : text, flags = lit ? lit[2] : '';
  if (/[^imsu]/.test(flags)) err(`bad pattern flags '${flags}' (i, m, s, u)`);
  try {
    return new RegExp(source, flags);
  } catch (e) {
    return err(`bad pattern: ${(e as Error).message}`);
  }
}

/** C-style escapes in send/sendline text: \n \r \t \e (ESC) \0 \\ \xNN. */
export function unescape(text: string, err: (message: string) => never): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|.?)/g, (all, e: string) => {
    switch (e[0]) {
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'e': return '\x1b';
      case '0': return '\0';
      case '\\': return '\\';
      case 'x': if (e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16));
    }
    return err(`bad escape '${all}' (\\n \\r \\t \\e \\0 \\\\ \\xNN)`);
  });
}

/** Words as a shell splits them: whitespace separates, '...' and "..." quote, \ escapes one character. */
export function shellWords(text: string, err: (message: string) => never): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (/\s/.test(c)) { if (word !== undefined) words.push(word); word = undefined; continue; }
    word ??= '';
    if (c === '\\' && k + 1 < text.length) { word += text[++k]; continue; }
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, k + 1);
      if (end < 0) err(`unterminated ${c} quote`);
      word += text.slice(k + 1, end);
      k = end;
      continue;
    }
    word += c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** 0x..., decimal or negative (64-bit two's complement), or SYMBOL[+OFFSET]. */
export function parseLocation(text: string, err: (message: string) => never): Location {
  if (/^-?(0x[0-9a-fA-F]+|\d+)$/.test(text)) {
    const neg = text.startsWith('-');
    const v = BigInt(neg ? text.slice(1) : text);
    if (v >= 1n << 64n) err(`'${text}' does not fit in 64 bits`);
    return { text, address: BigInt.asUintN(64, neg ? -v : v), offset: 0n };
  }
  const m = /^([A-Za-z_.$][\w.$]*)(?:\+(0x[0-9a-fA-F]+|\d+))?$/.exec(text);
  if (!m) err(`bad address '${text}': a number (0x...) or SYMBOL[+OFFSET]`);
  return { text, symbol: m[1], offset: BigInt(m[2] ?? 0) };
}
