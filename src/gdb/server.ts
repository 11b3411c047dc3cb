// The GDB remote stub: a TCP (default 127.0.0.1) or Unix-socket server that speaks the Remote
// Serial Protocol to one client at a time and drives a DebugTarget. It speaks the dialect QEMU
// 7.2 speaks to gdb-multiarch 13 (see ../shared/reference/rsp-transcript.txt): multiprocess
// thread ids `p01.01` when gdb offers them, vCont, qXfer target descriptions, 268-byte `g`, and
// adds what QEMU lacks: swbreak/hwbreak stop reasons and QStartNoAckMode. Packets of a capability
// group the target lacks (target.ts) get the empty reply and are not advertised in qSupported.

import { EventEmitter } from 'node:events';
import { existsSync, statSync, unlinkSync } from 'node:fs';
import net from 'node:net';
import {
  PacketDecoder, bytesToHex, escapeBinary, escapePrefix, formatThreadId, framePacket, hex2, hexToBytes, hexToText,
  parseHexBig, parseHexNum, parseThreadId, textToHex, unescapeBinary, type ThreadId,
} from './packets.ts';
import { runMonitor } from './monitor.ts';
import { libraryListXml, targetDescription } from './target-xml.ts';
import {
  GDB_REGISTERS, G_PACKET_REGS, REG_PC, type DebugTarget, type ResumeAction, type StopReason, type WatchType,
} from './target.ts';

export interface GdbServerOptions {
  /** Listen address for TCP (default 127.0.0.1). */
  host?: string;
  /** TCP port (0 = any free port). Ignored when `path` is set. */
  port?: number;
  /** Unix-domain socket path instead of TCP. */
  path?: string;
  /** Largest packet payload we announce and accept (default 0x4000). */
  packetSize?: number;
  /** Run-length encode replies (gdb decodes them; off by default, as QEMU). */
  rle?: boolean;
  /** Packet log (one line per packet in each direction). */
  log?: (line: string) => void;
  /** How long to wait for a free-running guest to halt when a client connects (ms, default 2000). */
  attachTimeoutMs?: number;
}

const PID = 1;
const SIGTRAP = 5;
const MAX_NACK_RESENDS = 3;
const PAGE = 0x1000n;
const ADDR_LIMIT = 1n << 64n;

export const REFUSAL_MESSAGE = 'a64dbg: another debugger is already connected (one client at a time)';

/** The GDB stub server. Events: 'listening', 'connect', 'disconnect', 'refused', 'error'. */
export class GdbServer extends EventEmitter {
  readonly packetSize: number;
  /** The stop the target is in (reported by `?` and by a reconnect). */
  lastStop: StopReason = { kind: 'signal', signal: SIGTRAP, thread: 1 };
  private server: net.Server | undefined;
  private session: Session | undefined;
  private readonly xml: Map<string, string>;

  constructor(readonly target: DebugTarget, readonly opts: GdbServerOptions = {}) {
    super();
    this.packetSize = Math.max(0x200, opts.packetSize ?? 0x4000);
    this.xml = targetDescription(Math.min(target.regCount(), GDB_REGISTERS.length));
  }

  /** Start listening; resolves with the bound address (`host:port` or the socket path). */
  listen(): Promise<string> {
    return new Promise((resolve, reject) => {
      const srv = net.createServer((sock) => this.accept(sock));
      this.server = srv;
      srv.once('error', reject);
      const done = () => {
        srv.off('error', reject);
        srv.on('error', (e) => this.emit('error', e));
        const a = this.address;
        this.emit('listening', a);
        resolve(a);
      };
      if (this.opts.path !== undefined) {
        const p = this.opts.path;
        try { if (existsSync(p) && statSync(p).isSocket()) unlinkSync(p); } catch { /* listen reports it */ }
        srv.listen(p, done);
      } else {
        srv.listen(this.opts.port ?? 1234, this.opts.host ?? '127.0.0.1', done);
      }
    });
  }

  /** `host:port` (TCP) or the socket path. */
  get address(): string {
    const a = this.server?.address();
    if (a == null) return '';
    if (typeof a === 'string') return a;
    return `${a.address.includes(':') ? `[${a.address}]` : a.address}:${a.port}`;
  }

  /** The TCP port (after listen), or undefined for a Unix socket. */
  get port(): number | undefined {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a.port : undefined;
  }

  get connected(): boolean {
    return this.session !== undefined;
  }

  /** Stop listening and drop the client (its breakpoints are removed first). */
  async close(): Promise<void> {
    const s = this.session;
    if (s) await s.shutdown();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    if (this.opts.path !== undefined) {
      try { if (existsSync(this.opts.path) && statSync(this.opts.path).isSocket()) unlinkSync(this.opts.path); } catch { /* gone */ }
    }
    this.server = undefined;
  }

  private accept(sock: net.Socket): void {
    sock.setNoDelay(true);
    if (this.session) {
      // One client at a time: the newcomer's first packet (gdb's qSupported) is answered with a
      // textual error (gdb prints it), then it is closed. gdb flushes input when it connects, so
      // an unsolicited reply would be lost; a silent client gets the message after 1 s anyway.
      sock.on('error', () => {});
      const dec = new PacketDecoder(this.packetSize * 2 + 64);
      let done = false;
      const refuse = (ack: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        sock.end((ack ? '+' : '') + framePacket('E.' + REFUSAL_MESSAGE), 'latin1');
        setTimeout(() => sock.destroy(), 1000).unref();
      };
      const timer = setTimeout(() => refuse(false), 1000);
      timer.unref();
      sock.on('data', (d) => { if (dec.feed(d).some((e) => e.type === 'packet')) refuse(true); });
      sock.on('close', () => clearTimeout(timer));
      this.log(`refused a second client from ${sock.remoteAddress ?? 'a local socket'}`);
      this.emit('refused');
      return;
    }
    const s = new Session(this, sock, this.xml);
    this.session = s;
    this.emit('connect');
    s.finished.then(() => {
      if (this.session === s) this.session = undefined;
      this.emit('disconnect');
    });
  }

  log(line: string): void {
    this.opts.log?.(line);
  }
}

/** One client connection. */
class Session {
  readonly finished: Promise<void>;
  private finish!: () => void;
  private readonly decoder: PacketDecoder;
  private ackMode = true;
  private multiprocess = false;
  private swbreak = false;
  private hwbreak = false;
  private gThread = 0;       // Hg: 0 any, -1 all, else a tid
  private cThread = -1;      // Hc
  private queue: { payload: string; overflow: boolean }[] = [];
  private pumping: Promise<void> | undefined;
  private running = false;
  private pendingInterrupt = false;
  private lastSent: string | undefined;
  private nackResends = 0;
  private closing = false;   // no more packets are taken; the reply in flight still goes out
  private closed = false;    // nothing more is written
  private detachOnClose = false;
  private readonly inserted = new Map<string, number>();
  private librariesDoc: string | undefined;   // the library list being read in chunks
  private readonly files = new Map<number, Uint8Array>(); // vFile descriptors: the served file's bytes
  private nextFd = 1;
  private readonly ready: Promise<void>;

  constructor(private readonly srv: GdbServer, private readonly sock: net.Socket, private readonly xml: Map<string, string>) {
    this.finished = new Promise((r) => (this.finish = r));
    // Room for the largest packet gdb may send (X with escaping doubles at worst).
    this.decoder = new PacketDecoder(srv.packetSize * 2 + 64);
    sock.on('data', (d) => this.onData(d));
    sock.on('error', (e) => this.srv.log(`socket error: ${e.message}`));
    sock.on('close', () => void this.shutdown());
    this.ready = this.attach();
  }

  private get target(): DebugTarget {
    return this.srv.target;
  }

  /** A client connecting to a free-running guest stops it first (as QEMU does). */
  private async attach(): Promise<void> {
    if (this.safe(() => this.target.halted(), true)) return;
    this.safe(() => this.target.interrupt(), undefined);
    const deadline = Date.now() + (this.srv.opts.attachTimeoutMs ?? 2000);
    while (!this.safe(() => this.target.halted(), true) && Date.now() < deadline && !this.closing) {
      await new Promise((r) => setTimeout(r, 2));
    }
    this.srv.lastStop = { kind: 'signal', signal: SIGTRAP, thread: this.stopThread() };
  }

  // ---- wire ----

  private onData(chunk: Buffer): void {
    if (this.closing) return;
    for (const ev of this.decoder.feed(chunk)) {
      switch (ev.type) {
        case 'packet':
          this.srv.log(`<- ${ev.checksumOk ? '' : '(bad checksum) '}${clip(ev.payload)}`);
          if (!ev.checksumOk) {
            if (this.ackMode) this.write('-');
            break;
          }
          if (this.ackMode) this.write('+');
          this.queue.push({ payload: ev.payload, overflow: ev.overflow });
          break;
        case 'nack':
          if (this.lastSent !== undefined && this.nackResends < MAX_NACK_RESENDS) {
            this.nackResends++;
            this.write(this.lastSent);
          }
          break;
        case 'ack':
          break;
        case 'interrupt':
          this.srv.log('<- ^C');
          if (this.running) this.safe(() => this.target.interrupt(), undefined);
          else if (this.queue.length > 0 || this.pumping) this.pendingInterrupt = true;
          break;
      }
    }
    if (!this.pumping && this.queue.length > 0) this.pumping = this.pump();
  }

  private async pump(): Promise<void> {
    await this.ready;
    while (this.queue.length > 0 && !this.closing) {
      const { payload, overflow } = this.queue.shift()!;
      let reply: string | undefined;
      try {
        reply = overflow ? 'E01' : await this.handle(payload);
      } catch (e) {
        this.srv.log(`error handling ${clip(payload)}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        reply = 'E01';
      }
      if (reply !== undefined) this.send(reply);
      if (payload === 'QStartNoAckMode' && reply === 'OK') this.ackMode = false;
    }
    this.pumping = undefined;
    this.pendingInterrupt = false;
  }

  private send(payload: string): void {
    if (this.closed) return;
    this.srv.log(`-> ${clip(payload)}`);
    const frame = framePacket(payload, this.srv.opts.rle === true);
    this.lastSent = frame;
    this.nackResends = 0;
    this.write(frame);
  }

  private write(s: string): void {
    if (!this.closed && !this.sock.destroyed) this.sock.write(s, 'latin1');
  }

  /**
   * The client went away (or the server closes): halt, clean up breakpoints, maybe detach. The
   * reply to the packet in flight still goes out first: when the emulator ends because the guest
   * did (exit, instruction limit) during a continue, that is the W/X stop reply gdb waits for.
   */
  async shutdown(): Promise<void> {
    if (this.closing) return this.finished;
    this.closing = true;
    this.queue = [];
    if (this.running) this.safe(() => this.target.interrupt(), undefined);
    if (this.pumping) await Promise.race([this.pumping, new Promise((r) => setTimeout(r, 2000))]);
    this.closed = true;
    this.removeAllInserted();
    if (this.detachOnClose) this.safe(() => this.target.detach(), undefined);
    if (!this.sock.destroyed) {
      // An orderly close, as QEMU's: FIN once the last reply is flushed, never a reset. A client
      // that does not close its side within 2 s is dropped then, so the emulator can end.
      this.sock.end();
      setTimeout(() => { if (!this.sock.destroyed) this.sock.destroy(); }, 2000).unref();
    }
    this.finish();
    return this.finished;
  }

  private safe<T>(f: () => T, fallback: T): T {
    try {
      return f();
    } catch (e) {
      this.srv.log(`target error: ${e instanceof Error ? e.message : String(e)}`);
      return fallback;
    }
  }

  // ---- threads ----

  /** Threads 1..threadCount(); a target without the threads group has one. */
  private threadCount(): number {
    return this.target.threads?.threadCount ?? 1;
  }

  private tidStr(tid: number): string {
    return formatThreadId(tid, this.multiprocess, PID);
  }

  private stopThread(): number {
    const s = this.srv.lastStop;
    const t = s.kind === 'exited' || s.kind === 'terminated' ? 1 : s.thread;
    return t >= 1 && t <= this.threadCount() ? t : 1;
  }

  /** A specific existing thread, 0 = any, -1 = all; undefined when it names nothing. */
  private checkThread(id: ThreadId | undefined): number | undefined {
    if (!id) return undefined;
    if (id.pid !== undefined && id.pid !== PID && id.pid !== -1 && id.pid !== 0) return undefined;
    if (id.tid === -1 || id.tid === 0) return id.tid;
    return id.tid >= 1 && id.tid <= this.threadCount() ? id.tid : undefined;
  }

  /** The thread `g`/`p`/`m` act on. */
  private regThread(): number {
    return this.gThread > 0 ? this.gThread : this.stopThread();
  }

  // ---- packets ----

  private async handle(p: string): Promise<string | undefined> {
    switch (p[0]) {
      case '?': return this.stopReply(this.srv.lastStop);
      case 'g': return p.length === 1 ? this.readG() : 'E01';
      case 'G': return this.writeG(p.slice(1));
      case 'p': return this.readP(p.slice(1));
      case 'P': return this.writeP(p.slice(1));
      case 'm': return this.readMem(p.slice(1));
      case 'M': return this.writeMemHex(p.slice(1));
      case 'X': return this.writeMemBin(p.slice(1));
      case 'c': case 'C': case 's': case 'S': return this.legacyResume(p);
      case 'b': return this.reverse(p);
      case 'Z': case 'z': return this.breakpoint(p);
      case 'H': return this.setThread(p.slice(1));
      case 'T': {
        const t = this.checkThread(parseThreadId(p.slice(1)));
        return t !== undefined && t > 0 ? 'OK' : 'E01';
      }
      case 'D': return this.detach(p);
      case 'k':
        this.kill();
        return undefined;
      case '!': return 'OK';
      case 'q': return this.query(p);
      case 'Q': return this.setting(p);
      case 'v': return this.vPacket(p);
      default: return '';
    }
  }

  private stopReply(s: StopReason): string {
    const proc = this.multiprocess ? `;process:${PID.toString(16)}` : '';
    switch (s.kind) {
      case 'exited': return `W${hex2(s.status)}${proc}`;
      case 'terminated': return `X${hex2(s.signal)}${proc}`;
      case 'signal': return `T${hex2(s.signal)}thread:${this.tidStr(s.thread)};`;
      case 'breakpoint': {
        const why = s.type === 'sw' ? (this.swbreak ? 'swbreak:;' : '') : (this.hwbreak ? 'hwbreak:;' : '');
        return `T05thread:${this.tidStr(s.thread)};${why}`;
      }
      case 'watchpoint':
        return `T05thread:${this.tidStr(s.thread)};${s.type}:${s.address.toString(16)};`;
    }
  }

  // -- registers --

  private regLimit(): number {
    return Math.min(this.safe(() => this.target.regCount(), 0), GDB_REGISTERS.length);
  }

  private regHex(tid: number, regno: number): string {
    const size = GDB_REGISTERS[regno].bits / 8;
    const v = this.safe(() => this.target.readRegister(tid, regno), undefined);
    if (!v) return 'xx'.repeat(size);
    const b = new Uint8Array(size);
    b.set(v.subarray(0, size));
    return bytesToHex(b);
  }

  private readG(): string {
    const tid = this.regThread();
    const n = Math.min(G_PACKET_REGS, this.regLimit());
    let s = '';
    for (let i = 0; i < n; i++) s += this.regHex(tid, i);
    return s;
  }

  private writeG(hex: string): string {
    const n = Math.min(G_PACKET_REGS, this.regLimit());
    let size = 0;
    for (let i = 0; i < n; i++) size += GDB_REGISTERS[i].bits / 8;
    const bytes = hexToBytes(hex);
    if (!bytes || bytes.length !== size) return 'E01';
    const tid = this.regThread();
    let ok = true, off = 0;
    for (let i = 0; i < n; i++) {
      const sz = GDB_REGISTERS[i].bits / 8;
      if (!this.safe(() => this.target.writeRegister(tid, i, bytes.slice(off, off + sz)), false)) ok = false;
      off += sz;
    }
    return ok ? 'OK' : 'E01';
  }

  private readP(arg: string): string {
    const regno = parseHexNum(arg);
    if (regno === undefined || regno >= this.regLimit()) return 'E01';
    return this.regHex(this.regThread(), regno);
  }

  private writeP(arg: string): string {
    const eq = arg.indexOf('=');
    if (eq < 0) return 'E01';
    const regno = parseHexNum(arg.slice(0, eq));
    if (regno === undefined || regno >= this.regLimit()) return 'E01';
    const bytes = hexToBytes(arg.slice(eq + 1));
    if (!bytes || bytes.length !== GDB_REGISTERS[regno].bits / 8) return 'E01';
    const tid = this.regThread();
    return this.safe(() => this.target.writeRegister(tid, regno, bytes), false) ? 'OK' : 'E01';
  }

  // -- memory --

  private parseAddrLen(s: string): { addr: bigint; len: number } | undefined {
    const comma = s.indexOf(',');
    if (comma < 0) return undefined;
    const addr = parseHexBig(s.slice(0, comma));
    const len = parseHexNum(s.slice(comma + 1));
    if (addr === undefined || len === undefined) return undefined;
    return { addr, len };
  }

  private readMem(arg: string): string {
    const al = this.parseAddrLen(arg);
    if (!al || al.len === 0) return 'E01';
    let len = Math.min(al.len, Math.floor((this.srv.packetSize - 8) / 2));
    if (al.addr + BigInt(len) > ADDR_LIMIT) len = Number(ADDR_LIMIT - al.addr);
    const tid = this.regThread();
    const whole = this.safe(() => this.target.readMemory(tid, al.addr, len), undefined);
    if (whole && whole.length >= len) return bytesToHex(whole.subarray(0, len));
    // Return the readable prefix, page by page (gdb accepts a short read).
    let out = '';
    let a = al.addr;
    const end = al.addr + BigInt(len);
    while (a < end) {
      const next = (a / PAGE + 1n) * PAGE;
      const n = Number((next < end ? next : end) - a);
      const part = this.safe(() => this.target.readMemory(tid, a, n), undefined);
      if (!part || part.length < n) break;
      out += bytesToHex(part.subarray(0, n));
      a += BigInt(n);
    }
    return out === '' ? 'E14' : out;
  }

  private writeMemHex(arg: string): string {
    const colon = arg.indexOf(':');
    if (colon < 0) return 'E01';
    const al = this.parseAddrLen(arg.slice(0, colon));
    const data = hexToBytes(arg.slice(colon + 1));
    if (!al || !data || data.length !== al.len) return 'E01';
    return this.writeMem(al.addr, data);
  }

  private writeMemBin(arg: string): string {
    const colon = arg.indexOf(':');
    if (colon < 0) return 'E01';
    const al = this.parseAddrLen(arg.slice(0, colon));
    const data = unescapeBinary(arg.slice(colon + 1));
    if (!al || !data || data.length !== al.len) return 'E01';
    return this.writeMem(al.addr, data);
  }

  private writeMem(addr: bigint, data: Uint8Array): string {
    if (data.length === 0) return 'OK';
    if (addr + BigInt(data.length) > ADDR_LIMIT) return 'E14';
    const tid = this.regThread();
    return this.safe(() => this.target.writeMemory(tid, addr, data), false) ? 'OK' : 'E14';
  }

  // -- breakpoints --

  private breakpoint(p: string): string {
    const insert = p[0] === 'Z';
    const parts = p.slice(1).split(';')[0].split(',');
    const type = parts[0];
    const bps = type === '0' || type === '1' ? this.target.breakpoints : undefined;
    const wps = type === '2' || type === '3' || type === '4' ? this.target.watchpoints : undefined;
    if (/^[0-4]$/.test(type) && !bps && !wps) return '';       // the target lacks the group
    if (parts.length !== 3) return 'E01';
    const addr = parseHexBig(parts[1]);
    const kind = parseHexNum(parts[2]);
    if (!bps && !wps) return '';                                // an unknown type
    if (addr === undefined || kind === undefined) return 'E01';
    const key = `${type},${addr.toString(16)},${kind.toString(16)}`;
    let ok: boolean;
    if (bps) {
      const t = type === '0' ? 'sw' : 'hw';
      ok = this.safe(() => insert ? bps.insertBreakpoint(t, addr, kind) : bps.removeBreakpoint(t, addr, kind), false);
    } else {
      const t: WatchType = type === '2' ? 'watch' : type === '3' ? 'rwatch' : 'awatch';
      if (kind === 0) return 'E01';
      ok = this.safe(() => insert ? wps?.insertWatchpoint(t, addr, kind) : wps?.removeWatchpoint(t, addr, kind), false) === true;
    }
    if (!ok) return 'E01';
    const n = this.inserted.get(key) ?? 0;
    if (insert) this.inserted.set(key, n + 1);
    else if (n <= 1) this.inserted.delete(key);
    else this.inserted.set(key, n - 1);
    return 'OK';
  }

  private removeAllInserted(): void {
    for (const [key, count] of this.inserted) {
      const [type, a, k] = key.split(',');
      const addr = BigInt('0x' + a), kind = parseInt(k, 16);
      for (let i = 0; i < count; i++) {
        this.safe(() => {
          if (type === '0') return this.target.breakpoints?.removeBreakpoint('sw', addr, kind);
          if (type === '1') return this.target.breakpoints?.removeBreakpoint('hw', addr, kind);
          return this.target.watchpoints?.removeWatchpoint(type === '2' ? 'watch' : type === '3' ? 'rwatch' : 'awatch', addr, kind);
        }, false);
      }
    }
    this.inserted.clear();
  }

  // -- run control --

  private exited(): boolean {
    const k = this.srv.lastStop.kind;
    return k === 'exited' || k === 'terminated';
  }

  private resume(actions: ResumeAction[]): Promise<string> {
    return this.run(() => this.target.resume(actions));
  }

  /** Runs the target (forwards or backwards) until it stops; Ctrl-C interrupts it. */
  private async run(start: () => Promise<StopReason>): Promise<string> {
    if (this.exited()) return this.stopReply(this.srv.lastStop);
    this.running = true;
    let stop: StopReason;
    try {
      const p = start();
      if (this.pendingInterrupt) {
        this.pendingInterrupt = false;
        this.safe(() => this.target.interrupt(), undefined);
      }
      stop = await p;
    } catch (e) {
      this.srv.log(`resume failed: ${e instanceof Error ? e.message : String(e)}`);
      return 'E01';
    } finally {
      this.running = false;
    }
    this.srv.lastStop = stop;
    if (stop.kind !== 'exited' && stop.kind !== 'terminated') this.gThread = stop.thread;
    return this.stopReply(stop);
  }

  /** c [addr], s [addr], C sig[;addr], S sig[;addr]. */
  private legacyResume(p: string): Promise<string> | string {
    const op = p[0];
    let rest = p.slice(1);
    let signal: number | undefined;
    if (op === 'C' || op === 'S') {
      const semi = rest.indexOf(';');
      signal = parseHexNum(semi < 0 ? rest : rest.slice(0, semi));
      if (signal === undefined || signal > 0xff) return 'E01';
      rest = semi < 0 ? '' : rest.slice(semi + 1);
    }
    const step = op === 's' || op === 'S';
    const tid = this.cThread > 0 ? this.cThread : this.stopThread();
    if (rest !== '') {
      const addr = parseHexBig(rest);
      if (addr === undefined) return 'E01';
      const b = new Uint8Array(8);
      new DataView(b.buffer).setBigUint64(0, addr, true);
      if (!this.safe(() => this.target.writeRegister(tid, REG_PC, b), false)) return 'E01';
    }
    const a: ResumeAction = step ? { tid, action: 'step' } : { tid: 'all', action: 'continue' };
    if (signal !== undefined) a.signal = signal;
    return this.resume([a]);
  }

  /** bc / bs (reverse group only). */
  private reverse(p: string): Promise<string> | string {
    const ops = this.target.reverse;
    if (!ops) return '';
    if (p === 'bc') return this.run(() => ops.reverseContinue());
    if (p === 'bs') {
      const tid = this.cThread > 0 ? this.cThread : this.stopThread();
      return this.run(() => ops.reverseStep(tid));
    }
    return '';
  }

  /** vCont;action[:thread-id]... resolved per thread (leftmost match wins). */
  private vCont(arg: string): Promise<string> | string {
    const items = arg.split(';');
    if (items.length === 0 || items[0] !== '') return 'E01';
    const parsed: { act: 'c' | 's' | 't'; signal?: number; tid: number }[] = [];
    for (const it of items.slice(1)) {
      const colon = it.indexOf(':');
      const a = colon < 0 ? it : it.slice(0, colon);
      let tid = -1;
      if (colon >= 0) {
        const t = this.checkThread(parseThreadId(it.slice(colon + 1)));
        if (t === undefined) return 'E01';
        tid = t === 0 ? this.stopThread() : t;
      }
      if (a === 'c' || a === 's' || a === 't') parsed.push({ act: a, tid });
      else if ((a[0] === 'C' || a[0] === 'S') && a.length > 1) {
        const sig = parseHexNum(a.slice(1));
        if (sig === undefined || sig > 0xff) return 'E01';
        parsed.push({ act: a[0] === 'C' ? 'c' : 's', signal: sig, tid });
      } else return 'E01';
    }
    if (parsed.length === 0) return 'E01';
    const per: (ResumeAction | undefined)[] = [];
    for (let t = 1; t <= this.threadCount(); t++) {
      const m = parsed.find((x) => x.tid === -1 || x.tid === t);
      if (!m || m.act === 't') { per.push(undefined); continue; }
      const ra: ResumeAction = { tid: t, action: m.act === 's' ? 'step' : 'continue' };
      if (m.signal !== undefined) ra.signal = m.signal;
      per.push(ra);
    }
    const active = per.filter((x): x is ResumeAction => x !== undefined);
    if (active.length === 0) return 'E01';
    if (active.length === per.length && active.every((x) => x.action === 'continue' && x.signal === active[0].signal)) {
      const all: ResumeAction = { tid: 'all', action: 'continue' };
      if (active[0].signal !== undefined) all.signal = active[0].signal;
      return this.resume([all]);
    }
    return this.resume(active);
  }

  private setThread(arg: string): string {
    const op = arg[0];
    if (op !== 'g' && op !== 'c') return 'E01';
    const t = this.checkThread(parseThreadId(arg.slice(1)));
    if (t === undefined) return 'E01';
    if (op === 'g') this.gThread = t;
    else this.cThread = t;
    return 'OK';
  }

  private detach(p: string): string {
    if (p !== 'D') {
      const m = /^D;([0-9a-fA-F]+)$/.exec(p);
      if (!m || parseInt(m[1], 16) !== PID) return 'E01';
    }
    this.detachOnClose = true;
    // Reply first, then let the guest go and hang up (gdb closes its side too).
    setImmediate(() => void this.shutdown());
    return 'OK';
  }

  /**
   * `k` / `vKill`: as QEMU 7.2's gdbstub (gdb_exit(0), then exit(0)): the stub reports the exit
   * as `W00` (after vKill's `OK`), closes the connection in order and the emulator ends.
   */
  private kill(): void {
    this.srv.log('kill requested');
    this.removeAllInserted();
    this.send('W00');
    this.safe(() => this.target.kill(), undefined);
    setImmediate(() => void this.shutdown());
  }

  // -- queries --

  private async query(p: string): Promise<string> {
    const colon = p.indexOf(':');
    const comma = p.indexOf(',');
    const cut = [colon, comma].filter((x) => x >= 0);
    const name = cut.length ? p.slice(0, Math.min(...cut)) : p;
    switch (name) {
      case 'qSupported': {
        const feats = colon >= 0 ? p.slice(colon + 1).split(';') : [];
        const t = this.target;
        this.multiprocess = feats.includes('multiprocess+');
        this.swbreak = feats.includes('swbreak+') && t.breakpoints !== undefined;   // both sides must claim it
        this.hwbreak = feats.includes('hwbreak+') && t.breakpoints !== undefined;
        return [
          `PacketSize=${this.srv.packetSize.toString(16)}`, 'qXfer:features:read+',
          ...(t.libraries ? ['qXfer:libraries:read+'] : []),
          ...(t.execFile ? ['qXfer:exec-file:read+'] : []),
          'vContSupported+',
          ...(t.breakpoints ? ['swbreak+', 'hwbreak+'] : []),
          'QStartNoAckMode+', 'multiprocess+',
          ...(t.reverse ? ['ReverseContinue+', 'ReverseStep+'] : []),
        ].join(';');
      }
      case 'qAttached': return '1';
      case 'qC': return 'QC' + this.tidStr(this.stopThread());
      case 'qfThreadInfo': {
        const ids: string[] = [];
        for (let t = 1; t <= this.threadCount(); t++) ids.push(this.tidStr(t));
        return 'm' + ids.join(',');
      }
      case 'qsThreadInfo': return 'l';
      case 'qThreadExtraInfo': {
        const threads = this.target.threads;
        if (!threads) return '';
        if (comma < 0) return 'E01';
        const t = this.checkThread(parseThreadId(p.slice(comma + 1)));
        if (t === undefined || t <= 0) return 'E01';
        return textToHex(this.safe(() => threads.threadName(t), `CPU#${t - 1}`));
      }
      case 'qOffsets': return 'Text=0;Data=0;Bss=0';
      case 'qSymbol': return 'OK';
      case 'qRcmd': {
        const monitor = this.target.monitor;
        if (!monitor) return '';
        if (comma < 0) return 'E01';
        const cmd = hexToText(p.slice(comma + 1));
        if (cmd === undefined) return 'E01';
        const r = await runMonitor(monitor, cmd);
        this.consoleOutput(r.output);
        return r.ok ? 'OK' : 'E01';
      }
      case 'qXfer': return this.qXfer(p);
      default: return '';
    }
  }

  /** Text for gdb's console, as O packets (during qRcmd). */
  private consoleOutput(text: string): void {
    const hex = textToHex(text);
    const max = (this.srv.packetSize - 8) & ~1;
    for (let i = 0; i < hex.length; i += max) this.send('O' + hex.slice(i, i + max));
  }

  /**
   * qXfer:features:read:ANNEX:OFFSET,LENGTH and (libraries group only)
   * qXfer:libraries:read::OFFSET,LENGTH -> m<data> / l<data>.
   */
  private qXfer(p: string): string {
    const object = p.startsWith('qXfer:features:read:') ? 'features'
      : p.startsWith('qXfer:libraries:read:') && this.target.libraries ? 'libraries'
      : p.startsWith('qXfer:exec-file:read:') && this.target.execFile ? 'exec-file' : undefined;
    if (!object) return '';
    const m = /^qXfer:[a-z-]+:read:([^:]*):([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(p);
    if (!m) return 'E00';
    const off = parseHexNum(m[2]);
    const len = parseHexNum(m[3]);
    if (off === undefined || len === undefined) return 'E00';
    let doc: string | undefined;
    if (object === 'features') doc = this.xml.get(m[1]);
    else if (object === 'exec-file') doc = this.safe(() => this.target.execFile?.servedFile(), undefined)?.name;
    else if (m[1] === '') {
      // Read the list once per transfer (offset 0), so its chunks fit together.
      if (off === 0 || this.librariesDoc === undefined) {
        const libs = this.safe(() => this.target.libraries?.libraries(), undefined);
        this.librariesDoc = libs ? libraryListXml(libs) : undefined;
      }
      doc = this.librariesDoc;
    }
    if (doc === undefined) return 'E00';
    if (off >= doc.length) return 'l';
    const room = this.srv.packetSize - 8;
    const { n, text } = escapePrefix(Buffer.from(doc.slice(off, off + Math.min(len, room)), 'latin1'), len, room);
    return (off + n >= doc.length ? 'l' : 'm') + text;
  }

  private setting(p: string): string {
    if (p === 'QStartNoAckMode') return 'OK';
    return '';
  }

  /**
   * Host I/O (vFile:OP:ARGS): read-only access to the one file the target serves (ExecFileOps,
   * the kernel's symbols), so gdb with no file of its own loads it by itself. Every other name is
   * ENOENT and every write EACCES: gdb never reaches the host's files through the stub. (gdb then
   * reads every file through here, so a target that serves one and has libraries must serve those.)
   */
  private vFile(p: string): string {
    const colon = p.indexOf(':');
    const op = colon < 0 ? p : p.slice(0, colon);
    const args = colon < 0 ? [] : p.slice(colon + 1).split(',');
    const fail = (errno: number): string => `F-1,${errno.toString(16)}`;
    const num = (k: number): number | undefined => (args[k] === undefined ? undefined : parseHexNum(args[k]));
    switch (op) {
      case 'setfs': return 'F0';
      case 'open': {
        const name = args[0] === undefined ? undefined : hexToText(args[0]);
        const flags = num(1);
        if (name === undefined || flags === undefined) return fail(FIO_EINVAL);
        const file = this.target.execFile ? this.safe(() => this.target.execFile!.servedFile(), undefined) : undefined;
        if (file === undefined || name !== file.name) return fail(FIO_ENOENT);
        if ((flags & 3) !== 0) return fail(FIO_EACCES); // O_WRONLY / O_RDWR
        const fd = this.nextFd++;
        this.files.set(fd, file.data);
        return 'F' + fd.toString(16);
      }
      case 'close': {
        const fd = num(0);
        return fd !== undefined && this.files.delete(fd) ? 'F0' : fail(FIO_EBADF);
      }
      case 'pread': {
        const fd = num(0), count = num(1), off = num(2);
        const data = fd === undefined ? undefined : this.files.get(fd);
        if (data === undefined) return fail(FIO_EBADF);
        if (count === undefined || off === undefined) return fail(FIO_EINVAL);
        const { n, text } = escapePrefix(data.subarray(off), count, this.srv.packetSize - 32);
        return `F${n.toString(16)};${text}`;
      }
      case 'fstat': {
        const fd = num(0);
        const data = fd === undefined ? undefined : this.files.get(fd);
        if (data === undefined) return fail(FIO_EBADF);
        // gdb's struct stat: big-endian u32 dev, ino, mode, nlink, uid, gid, rdev; u64 size,
        // blksize, blocks; u32 atime, mtime, ctime.
        const st = Buffer.alloc(64);
        st.writeUInt32BE(0o100444, 8); // regular file, read-only
        st.writeUInt32BE(1, 12);
        st.writeBigUInt64BE(BigInt(data.length), 28);
        st.writeBigUInt64BE(4096n, 36);
        st.writeBigUInt64BE(BigInt(Math.ceil(data.length / 512)), 44);
        return `F${st.length.toString(16)};${escapeBinary(st)}`;
      }
      case 'pwrite': case 'unlink': return fail(FIO_EACCES);
      case 'readlink': return fail(FIO_ENOENT);
      default: return '';
    }
  }

  private vPacket(p: string): Promise<string> | string | undefined {
    // Host I/O only with a file to serve: otherwise gdb reads every file (libraries too) locally.
    if (p.startsWith('vFile:')) return this.target.execFile ? this.vFile(p.slice(6)) : '';
    if (p === 'vCont?') return 'vCont;c;C;s;S;t';
    if (p.startsWith('vCont;') || p === 'vCont') return this.vCont(p.slice(5));
    if (p.startsWith('vKill')) {
      const m = /^vKill;([0-9a-fA-F]+)$/.exec(p);
      if (!m || parseInt(m[1], 16) !== PID) return 'E01';
      this.send('OK');
      this.kill();
      return undefined;
    }
    return '';
  }
}

/** gdb's File-I/O errno values (the RSP's, not the host's). */
const FIO_ENOENT = 2, FIO_EBADF = 9, FIO_EACCES = 13, FIO_EINVAL = 22;

function clip(s: string): string {
  const t = s.length > 200 ? s.slice(0, 200) + `...(${s.length})` : s;
  return t.replace(/[^\x20-\x7e]/g, (c) => `\\x${hex2(c.charCodeAt(0))}`);
}
