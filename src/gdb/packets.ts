// GDB Remote Serial Protocol framing: `$payload#cs` packets (cs = sum of payload bytes mod 256,
// two lower-case hex digits), `+`/`-` acknowledgements, the out-of-band 0x03 interrupt, binary
// escaping (`}` then byte ^ 0x20) and run-length encoding (`X*n` repeats X n-29 more times).
// Payloads are handled as latin1 strings: one char per byte. Nothing here throws on bad input.

export const ESCAPE = 0x7d;      // '}'
export const INTERRUPT = 0x03;   // Ctrl-C, outside a packet

export function checksum(payload: string): number {
  let s = 0;
  for (let i = 0; i < payload.length; i++) s = (s + payload.charCodeAt(i)) & 0xff;
  return s;
}

export function hex2(n: number): string {
  return (n & 0xff).toString(16).padStart(2, '0');
}

/** `$payload#cs`, optionally run-length encoded. */
export function framePacket(payload: string, rle = false): string {
  const body = rle ? rleEncode(payload) : payload;
  return `$${body}#${hex2(checksum(body))}`;
}

// ---- hex ----

const HEX_VAL = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX_VAL[0x30 + i] = i;
for (let i = 0; i < 6; i++) { HEX_VAL[0x61 + i] = 10 + i; HEX_VAL[0x41 + i] = 10 + i; }

export function isHexDigit(c: number): boolean {
  return c < 256 && HEX_VAL[c] >= 0;
}

export function bytesToHex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += hex2(b[i]);
  return s;
}

/** Strict: an even number of hex digits, else undefined. */
export function hexToBytes(s: string): Uint8Array | undefined {
  if (s.length % 2 !== 0) return undefined;
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) {
    const c1 = s.charCodeAt(2 * i), c2 = s.charCodeAt(2 * i + 1);
    if (!isHexDigit(c1) || !isHexDigit(c2)) return undefined;
    out[i] = (HEX_VAL[c1] << 4) | HEX_VAL[c2];
  }
  return out;
}

/** Text (UTF-8) to hex, as in qRcmd, O packets and qThreadExtraInfo. */
export function textToHex(text: string): string {
  return bytesToHex(new TextEncoder().encode(text));
}

export function hexToText(s: string): string | undefined {
  const b = hexToBytes(s);
  return b ? new TextDecoder().decode(b) : undefined;
}

/** A hex number of 1..16 digits, else undefined. */
export function parseHexBig(s: string): bigint | undefined {
  if (s.length === 0 || s.length > 16) return undefined;
  for (let i = 0; i < s.length; i++) if (!isHexDigit(s.charCodeAt(i))) return undefined;
  return BigInt('0x' + s);
}

/** A hex number of 1..8 digits, else undefined. */
export function parseHexNum(s: string): number | undefined {
  if (s.length === 0 || s.length > 8) return undefined;
  for (let i = 0; i < s.length; i++) if (!isHexDigit(s.charCodeAt(i))) return undefined;
  return parseInt(s, 16);
}

// ---- binary escaping (X packets, binary replies) ----

/** Escape `$`, `#`, `}` and `*` for binary data in a packet. */
export function escapeBinary(data: Uint8Array): string {
  return escapePrefix(data, data.length, Infinity).text;
}

/**
 * The longest prefix of `data`, at most `max` bytes, whose escaped text (as escapeBinary) fits in
 * `room` characters: a binary reply (qXfer, vFile:pread) as large as the packet allows.
 */
export function escapePrefix(data: Uint8Array, max: number, room: number): { n: number; text: string } {
  let text = '', n = 0;
  for (const end = Math.min(max, data.length); n < end; n++) {
    const b = data[n];
    const escaped = b === 0x24 || b === 0x23 || b === ESCAPE || b === 0x2a;
    if (text.length + (escaped ? 2 : 1) > room) break;
    text += escaped ? '}' + String.fromCharCode(b ^ 0x20) : String.fromCharCode(b);
  }
  return { n, text };
}

/** Undo escapeBinary; undefined when the data ends in a lone `}`. */
export function unescapeBinary(s: string): Uint8Array | undefined {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) & 0xff;
    if (c === ESCAPE) {
      if (++i >= s.length) return undefined;
      out[n++] = (s.charCodeAt(i) & 0xff) ^ 0x20;
    } else out[n++] = c;
  }
  return out.subarray(0, n);
}

// ---- run-length encoding ----

const RLE_MIN = 4;   // a run is worth encoding from 4 chars (X*n is 3 chars)
const RLE_MAX = 97;  // count char n+29 <= '~'

/** Run-length encode a reply (never produces `#` or `$` as count, never encodes `}`/`*`/`#`/`$`). */
export function rleEncode(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    let run = 1;
    while (i + run < s.length && s[i + run] === ch && run < RLE_MAX + 1) run++;
    if (run >= RLE_MIN && ch !== '}' && ch !== '*' && ch !== '#' && ch !== '$') {
      let rep = run - 1;              // repeats after the first char
      if (rep === 6 || rep === 7) rep = 5;   // '#' (35) and '$' (36) are not allowed as counts
      out += ch + '*' + String.fromCharCode(rep + 29);
      i += rep + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Expand run-length encoding; undefined on a malformed run (`*` first or a count below 3). */
export function rleDecode(s: string, maxLen = 1 << 20): string | undefined {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '}' && i + 1 < s.length) { out += c + s[++i]; continue; }
    if (c === '*') {
      if (out.length === 0 || i + 1 >= s.length) return undefined;
      const n = s.charCodeAt(++i) - 29;
      if (n < 3 || n > RLE_MAX) return undefined;
      if (out.length + n > maxLen) return undefined;
      out += out[out.length - 1].repeat(n);
    } else out += c;
    if (out.length > maxLen) return undefined;
  }
  return out;
}

// ---- the incoming byte stream ----

export type WireEvent =
  | { type: 'packet'; payload: string; checksumOk: boolean; overflow: boolean }
  | { type: 'ack' }
  | { type: 'nack' }
  | { type: 'interrupt' };

const enum St { Idle, Data, Cs1, Cs2 }

/**
 * Splits a byte stream into packets, acks and interrupts. A `$` inside a packet restarts it (gdb
 * escapes `$` in binary data, so a raw one means the previous packet was lost); bytes outside
 * packets other than `+`, `-` and 0x03 are ignored. A payload longer than maxPayload is
 * reported with overflow=true and a truncated payload (its checksum is still verified).
 */
export class PacketDecoder {
  private st = St.Idle;
  private buf: Uint8Array;
  private len = 0;
  private sum = 0;
  private overflow = false;
  private cs = 0;
  private csBad = false;

  constructor(readonly maxPayload = 0x10000) {
    this.buf = new Uint8Array(maxPayload);
  }

  /** True while in the middle of a packet. */
  get inPacket(): boolean {
    return this.st !== St.Idle;
  }

  feed(chunk: Uint8Array): WireEvent[] {
    const ev: WireEvent[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      switch (this.st) {
        case St.Idle:
          if (b === 0x24) this.start();
          else if (b === 0x2b) ev.push({ type: 'ack' });
          else if (b === 0x2d) ev.push({ type: 'nack' });
          else if (b === INTERRUPT) ev.push({ type: 'interrupt' });
          break;
        case St.Data:
          if (b === 0x23) { this.st = St.Cs1; this.cs = 0; this.csBad = false; }
          else if (b === 0x24) this.start();
          else {
            this.sum = (this.sum + b) & 0xff;
            if (this.len < this.maxPayload) this.buf[this.len++] = b;
            else this.overflow = true;
          }
          break;
        case St.Cs1:
        case St.Cs2: {
          if (isHexDigit(b)) this.cs = (this.cs << 4) | HEX_VAL[b];
          else this.csBad = true;
          if (this.st === St.Cs1) { this.st = St.Cs2; break; }
          this.st = St.Idle;
          const payload = Buffer.from(this.buf.buffer, this.buf.byteOffset, this.len).toString('latin1');
          ev.push({ type: 'packet', payload, checksumOk: !this.csBad && this.cs === this.sum, overflow: this.overflow });
          break;
        }
      }
    }
    return ev;
  }

  private start(): void {
    this.st = St.Data;
    this.len = 0;
    this.sum = 0;
    this.overflow = false;
  }
}

// ---- thread ids ----

/** A thread-id: pid undefined when not in `pPID.TID` form; tid -1 = all, 0 = any. */
export interface ThreadId { pid?: number; tid: number }

function parseIdPart(s: string): number | undefined {
  if (s === '-1') return -1;
  return parseHexNum(s);
}

/** `TID`, `-1`, `0`, `pPID`, `pPID.TID` (each hex or -1), else undefined. */
export function parseThreadId(s: string): ThreadId | undefined {
  if (s.startsWith('p')) {
    const dot = s.indexOf('.');
    const pid = parseIdPart(dot < 0 ? s.slice(1) : s.slice(1, dot));
    if (pid === undefined) return undefined;
    if (dot < 0) return { pid, tid: -1 };
    const tid = parseIdPart(s.slice(dot + 1));
    return tid === undefined ? undefined : { pid, tid };
  }
  const tid = parseIdPart(s);
  return tid === undefined ? undefined : { tid };
}

/** QEMU's spelling: `p01.02` with multiprocess, else `02`. */
export function formatThreadId(tid: number, multiprocess: boolean, pid = 1): string {
  const h = (n: number) => n.toString(16).padStart(2, '0');
  return multiprocess ? `p${h(pid)}.${h(tid)}` : h(tid);
}
