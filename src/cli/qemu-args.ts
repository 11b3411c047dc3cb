// QEMU's command line, as `qemu-system-aarch64` users type it: `-kernel Image -append "..."`,
// `-M virt,gic-version=3`, `-smp 1`, `-nographic`, `-serial mon:stdio`, `-s -S`... QEMU options
// take one dash or two and their value in the next word. They are rewritten here into a64dbg's
// own `--options` before yargs sees them (yargs would read `-kernel` as six one-letter flags).
// An option QEMU has and a64dbg does not is refused with one line naming the closest one that
// works, never silently ignored.

import { CPU_MODELS } from '../cpu/features.ts';

export class QemuArgsError extends Error {}

interface QemuOption {
  /** Takes the next word as its value. */
  arg: boolean;
  /** Returns the a64dbg words for it (empty: accepted, nothing to do) or throws QemuArgsError. */
  map: (value: string) => string[];
  help: string;
}

const CPUS = Object.keys(CPU_MODELS);
const D_ITEMS: Record<string, string[]> = {
  // What a64dbg logs by default already (once per encoding/register): accepted as no-ops.
  guest_errors: [],
  unimp: [],
  // Exceptions taken and returned from, in QEMU's -d int lines (src/hyp/int-log.ts).
  int: ['--trace', 'int'],
};

function bad(message: string): never {
  throw new QemuArgsError(message);
}

/** `-m 512`, `-m 512M`, `-m 1G`, `-m size=1G,maxmem=...` -> MiB as a decimal string. */
export function qemuMemoryMiB(value: string): string {
  let v = value;
  for (const part of value.split(',')) {
    if (part.startsWith('size=')) v = part.slice(5);
    else if (!part.includes('=')) v = part;
  }
  const m = /^(\d+(?:\.\d+)?)([kKmMgGtT]?)[bB]?$/.exec(v.trim());
  if (!m) bad(`-m ${value}: give a size in MiB (512) or with a suffix (512M, 1G)`);
  const scale: Record<string, number> = { '': 1, k: 1 / 1024, m: 1, g: 1024, t: 1024 * 1024 };
  const mib = Number(m[1]) * scale[m[2].toLowerCase()];
  if (!Number.isInteger(mib)) bad(`-m ${value}: not a whole number of MiB`);
  return String(mib);
}

function machine(value: string): string[] {
  const out: string[] = [];
  const parts = value.split(',');
  for (const [k, part] of parts.entries()) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? (k === 0 ? 'type' : part) : part.slice(0, eq);
    const val = eq < 0 ? (k === 0 ? part : 'on') : part.slice(eq + 1);
    if (key === 'type') {
      if (val !== 'virt' && !/^virt-\d+\.\d+$/.test(val)) bad(`-M ${val}: a64dbg emulates QEMU's 'virt' board only (-M virt)`);
    } else if (key === 'gic-version') {
      if (val === '2' || val === '3') out.push('--gic', val);
      else if (val === 'max') out.push('--gic', '3');
      else bad(`-M virt,gic-version=${val}: 2, 3 or max`);
    } else if (key === 'accel') {
      if (val !== 'tcg') bad(`-M virt,accel=${val}: a64dbg is its own accelerator; accel=tcg is accepted`);
    } else {
      bad(`-M virt,${part}: the machine property '${key}' is not supported (supported: gic-version=2|3|max)`);
    }
  }
  return out;
}

function smp(value: string): string[] {
  let cpus: string | undefined;
  for (const [k, part] of value.split(',').entries()) {
    if (k === 0 && /^\d+$/.test(part)) cpus = part;
    else if (part.startsWith('cpus=')) cpus = part.slice(5);
    else if (/^(sockets|cores|threads|clusters|dies|maxcpus)=1$/.test(part)) continue;
    else bad(`-smp ${value}: '${part}' is not supported (a64dbg runs one vCPU today: -smp 1)`);
  }
  if (cpus !== '1') bad(`-smp ${value}: a64dbg runs one vCPU today; give -smp 1 (SMP is planned)`);
  return [];
}

function gdb(value: string): string[] {
  // QEMU: tcp::PORT listens on every interface; a64dbg stays on loopback unless a host is named.
  let m = /^tcp:([^:]*):(\d+)$/.exec(value);
  if (m) return ['--gdb', `${m[1] || '127.0.0.1'}:${m[2]}`];
  m = /^(?:unix:)(.+)$/.exec(value);
  if (m) return ['--gdb', `unix:${m[1].split(',')[0]}`];
  if (/^\d+$/.test(value)) return ['--gdb', `127.0.0.1:${value}`];
  bad(`-gdb ${value}: tcp::PORT, tcp:HOST:PORT or unix:PATH`);
}

function debugItems(value: string): string[] {
  const out: string[] = [];
  for (const item of value.split(',')) {
    const words = D_ITEMS[item];
    if (!words) bad(`-d ${item}: not supported (supported: ${Object.keys(D_ITEMS).join(', ')}; --trace traps shows every exit to the trap layer)`);
    out.push(...words);
  }
  return out;
}

const OPTIONS: Record<string, QemuOption> = {
  kernel: { arg: true, map: (v) => ['--kernel', v], help: 'kernel: arm64 Image (raw or gzip), or ELF' },
  initrd: { arg: true, map: (v) => ['--initrd', v], help: 'initial ramdisk' },
  append: { arg: true, map: (v) => ['--append', v], help: 'kernel command line' },
  dtb: { arg: true, map: (v) => ['--dtb', v], help: 'device tree blob instead of the generated one' },
  m: { arg: true, map: (v) => ['--memory', qemuMemoryMiB(v)], help: 'RAM size' },
  smp: { arg: true, map: smp, help: 'number of vCPUs (1)' },
  M: { arg: true, map: machine, help: 'machine: virt[,gic-version=2|3|max]' },
  machine: { arg: true, map: machine, help: 'machine: virt[,gic-version=2|3|max]' },
  cpu: {
    arg: true,
    map: (v) => {
      if (!CPUS.includes(v)) bad(`-cpu ${v}: not supported (supported: ${CPUS.join(', ')})`);
      return ['--cpu', v];
    },
    help: `CPU model: ${CPUS.join(', ')}`,
  },
  nographic: { arg: false, map: () => [], help: 'accepted: the console is always this terminal' },
  serial: {
    arg: true,
    map: (v) => {
      if (v !== 'stdio' && v !== 'mon:stdio') bad(`-serial ${v}: the PL011 is always on this terminal (-serial stdio or mon:stdio)`);
      return [];
    },
    help: 'stdio or mon:stdio',
  },
  monitor: {
    arg: true,
    map: (v) => {
      if (v !== 'none') bad(`-monitor ${v}: a64dbg has no QEMU monitor (-monitor none; gdb's 'monitor help' lists the stub's commands)`);
      return [];
    },
    help: 'none',
  },
  display: {
    arg: true,
    map: (v) => { if (v !== 'none') bad(`-display ${v}: a64dbg has no display (-display none)`); return []; },
    help: 'none',
  },
  accel: {
    arg: true,
    map: (v) => { if (v !== 'tcg') bad(`-accel ${v}: a64dbg is its own accelerator (-accel tcg is accepted)`); return []; },
    help: 'tcg',
  },
  s: { arg: false, map: () => ['-s'], help: 'gdb server on tcp::1234' },
  S: { arg: false, map: () => ['-S'], help: 'do not start the CPU until gdb continues' },
  gdb: { arg: true, map: gdb, help: 'gdb server on tcp::PORT, tcp:HOST:PORT or unix:PATH' },
  'no-reboot': { arg: false, map: () => ['--no-reboot'], help: 'exit instead of rebooting' },
  d: { arg: true, map: debugItems, help: `log items: ${Object.keys(D_ITEMS).join(', ')}` },
};

/** a64dbg's own long options: `--name` of these is left to yargs. */
const OWN = new Set([
  'kernel', 'initrd', 'append', 'dtb', 'memory', 'gic', 'cpu', 'clock', 'dtb-out', 'gdb', 'wait-gdb', 'trace',
  'max-insns', 'reboot', 'no-reboot', 'eof-idle', 'help', 'version', 'smp', 'userland',
]);

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

/** The supported QEMU option closest to `name`. */
export function closestQemuOption(name: string): string {
  let best = 'kernel', bestD = Infinity;
  for (const o of Object.keys(OPTIONS)) {
    if (o.length === 1) continue; // one-letter options are never a useful suggestion
    const dd = distance(name, o);
    if (dd < bestD) { best = o; bestD = dd; }
  }
  return best;
}

/**
 * Rewrites QEMU-style words in `argv` (the words after `a64dbg`) into a64dbg's options. A line
 * that starts with an option and no command is a QEMU-style line: `boot` is put in front.
 * Throws QemuArgsError with a one-line message for a QEMU option a64dbg does not support.
 */
export function translateQemuArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  let k = 0;
  if (argv.length > 0 && argv[0].startsWith('-') && !['--help', '-h', '--version'].includes(argv[0])) out.push('boot');
  while (k < argv.length) {
    const word = argv[k++];
    if (word === '--') { out.push(word, ...argv.slice(k)); break; }
    const m = /^(--?)([A-Za-z][\w-]*)$/.exec(word);
    if (!m) { out.push(word); continue; }
    const [, dashes, name] = m;
    if (dashes === '--' && OWN.has(name) && !(name in OPTIONS && OPTIONS[name].arg === false)) { out.push(word); continue; }
    if (dashes === '-' && name.length === 1 && !(name in OPTIONS)) { out.push(word); continue; } // -h and friends
    const opt = Object.prototype.hasOwnProperty.call(OPTIONS, name) ? OPTIONS[name] : undefined;
    if (!opt) {
      if (dashes === '--') { out.push(word); continue; } // yargs names unknown --options itself
      bad(`QEMU option -${name} is not supported by a64dbg (closest supported: -${closestQemuOption(name)}; see a64dbg boot --help)`);
    }
    if (opt.arg) {
      if (k >= argv.length) bad(`QEMU option -${name} needs a value (${opt.help})`);
      out.push(...opt.map(argv[k++]));
    } else {
      out.push(...opt.map(''));
    }
  }
  return out;
}

/** One line per supported QEMU option, for --help. */
export function qemuOptionsHelp(): string {
  return Object.entries(OPTIONS).map(([n, o]) => `  -${n}${o.arg ? ' VALUE' : ''}`.padEnd(22) + o.help).join('\n');
}
