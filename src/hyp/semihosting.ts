// Arm semihosting (the "Semihosting for AArch32 and AArch64" spec) as QEMU's `-semihosting`
// provides it to bare-metal programs: `HLT #0xF000` with the operation in W0 and a parameter
// (usually a pointer to an argument block) in X1; the result goes back in X0.
// Console output goes to the machine console, so it interleaves with the UART's.

export const SEMIHOSTING_HLT_IMM = 0xf000;

const SYS_OPEN = 0x01, SYS_CLOSE = 0x02, SYS_WRITEC = 0x03, SYS_WRITE0 = 0x04, SYS_WRITE = 0x05,
  SYS_READ = 0x06, SYS_ISERROR = 0x08, SYS_ISTTY = 0x09, SYS_CLOCK = 0x10, SYS_TIME = 0x11,
  SYS_ERRNO = 0x13, SYS_GET_CMDLINE = 0x15, SYS_HEAPINFO = 0x16, SYS_EXIT = 0x18,
  SYS_EXIT_EXTENDED = 0x20, SYS_ELAPSED = 0x30, SYS_TICKFREQ = 0x31;
const ADP_STOPPED_APPLICATION_EXIT = 0x20026;
const TT_HANDLE = 1; // the one file we open: ":tt", the console

/** What semihosting needs from the machine. */
export interface SemihostingHost {
  readU64(addr: bigint): bigint | undefined;
  readBytes(addr: bigint, len: number): Uint8Array | undefined;
  writeBytes(addr: bigint, data: Uint8Array): boolean;
  console(bytes: Uint8Array): void;
  /** Retired instructions, for SYS_CLOCK / SYS_ELAPSED (deterministic time). */
  instructions(): number;
  cmdline: string;
  heap: { base: bigint; limit: bigint; stackBase: bigint; stackLimit: bigint };
}

export type SemihostingResult = { exit: false; x0: bigint } | { exit: true; status: number };

const MAX_STRING = 1 << 20;
const NS_PER_INSN = 1; // the virtual clock: 1 ns per instruction (QEMU -icount shift=0)

export function semihostingCall(host: SemihostingHost, op: number, param: bigint): SemihostingResult {
  const arg = (k: number): bigint | undefined => host.readU64(param + BigInt(8 * k));
  const ok = (x0: bigint): SemihostingResult => ({ exit: false, x0 });
  const fail = ok(-1n);
  switch (op) {
    case SYS_WRITEC: {
      const b = host.readBytes(param, 1);
      if (b) host.console(b);
      return ok(0n);
    }
    case SYS_WRITE0: {
      const out: number[] = [];
      for (let k = 0; k < MAX_STRING; k++) {
        const b = host.readBytes(param + BigInt(k), 1);
        if (!b || b[0] === 0) break;
        out.push(b[0]);
      }
      host.console(Uint8Array.from(out));
      return ok(0n);
    }
    case SYS_OPEN: {
      const name = arg(0), len = arg(2);
      if (name === undefined || len === undefined) return fail;
      const bytes = host.readBytes(name, Number(len));
      return bytes && Buffer.from(bytes).toString('latin1') === ':tt' ? ok(BigInt(TT_HANDLE)) : fail;
    }
    case SYS_CLOSE: return ok(0n);
    case SYS_ISTTY: return ok(arg(0) === BigInt(TT_HANDLE) ? 1n : 0n);
    case SYS_ISERROR: { const v = arg(0); return ok(v !== undefined && BigInt.asIntN(64, v) < 0n ? 1n : 0n); }
    case SYS_WRITE: {
      const h = arg(0), buf = arg(1), len = arg(2);
      if (h === undefined || buf === undefined || len === undefined) return fail;
      if (h !== BigInt(TT_HANDLE) || len > BigInt(MAX_STRING)) return ok(len);
      const bytes = host.readBytes(buf, Number(len));
      if (!bytes) return ok(len);
      host.console(bytes);
      return ok(0n); // number of bytes NOT written
    }
    case SYS_READ: { const len = arg(2); return ok(len ?? -1n); } // console input: EOF
    case SYS_CLOCK: return ok(BigInt(Math.floor((host.instructions() * NS_PER_INSN) / 1e7)));
    case SYS_TIME: return ok(0n); // deterministic: the epoch
    case SYS_ERRNO: return ok(0n);
    case SYS_GET_CMDLINE: {
      const buf = arg(0), size = arg(1);
      if (buf === undefined || size === undefined) return fail;
      const text = Buffer.from(host.cmdline + '\0', 'latin1');
      if (BigInt(text.length) > size || !host.writeBytes(buf, text)) return fail;
      host.writeBytes(param + 8n, u64(BigInt(text.length - 1)));
      return ok(0n);
    }
    case SYS_HEAPINFO: {
      const block = arg(0);
      if (block === undefined) return fail;
      const h = host.heap;
      const data = new Uint8Array(32);
      data.set(u64(h.base), 0); data.set(u64(h.limit), 8); data.set(u64(h.stackBase), 16); data.set(u64(h.stackLimit), 24);
      return host.writeBytes(block, data) ? ok(0n) : fail;
    }
    case SYS_EXIT: case SYS_EXIT_EXTENDED: {
      // AArch64: X1 points to { reason, subcode }.
      const reason = arg(0), subcode = arg(1);
      if (reason === BigInt(ADP_STOPPED_APPLICATION_EXIT)) return { exit: true, status: Number(BigInt.asUintN(8, subcode ?? 0n)) };
      return { exit: true, status: 1 };
    }
    case SYS_ELAPSED: {
      const ticks = BigInt(Math.floor(host.instructions()));
      return host.writeBytes(param, u64(ticks)) ? ok(0n) : fail;
    }
    case SYS_TICKFREQ: return ok(BigInt(1e9 / NS_PER_INSN));
    default: return fail;
  }
}

function u64(v: bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, v), true);
  return b;
}
