// The contract between the GDB remote stub (src/gdb/server.ts) and whatever it debugs, in the
// spirit of the Rust gdbstub crate's extension traits. A DebugTarget has a small mandatory core
// (registers, memory, run control, stop reasons) and optional capability groups, each an
// optional member holding that feature's operations (`breakpoints?`, `watchpoints?`, ...). A
// target without a feature leaves its member undefined: the server then answers the feature's
// packets with the empty reply (RSP's "unsupported") and does not advertise it in qSupported. A
// class that implements a group's methods itself points the member at itself
// (`readonly breakpoints: BreakpointOps = this`). The register table below is the one numbering
// shared by the target description (target.xml), `g`/`G` (the core feature only, 268 bytes, as
// QEMU 7.2) and `p`/`P` (any register).

export type StopReason =
  | { kind: 'signal'; signal: number; thread: number }               // e.g. SIGTRAP 5 after a step, SIGINT 2 after Ctrl-C
  | { kind: 'breakpoint'; thread: number; type: 'sw' | 'hw' }
  | { kind: 'watchpoint'; thread: number; type: WatchType; address: bigint }
  | { kind: 'exited'; status: number }
  | { kind: 'terminated'; signal: number };

export type WatchType = 'watch' | 'rwatch' | 'awatch';

/** What resume() is asked to do with one thread (or all of them). */
export interface ResumeAction { tid: number | 'all'; action: 'continue' | 'step'; signal?: number }

export interface DebugTarget {
  // ---- the core: every target has these ----
  regCount(): number;                            // registers in target.xml order
  readRegister(tid: number, regno: number): Uint8Array | undefined;   // little-endian bytes of its size; undefined = unavailable
  writeRegister(tid: number, regno: number, bytes: Uint8Array): boolean;
  readMemory(tid: number, addr: bigint, len: number): Uint8Array | undefined;  // virtual (or physical when phys mode on); undefined = unmapped
  writeMemory(tid: number, addr: bigint, data: Uint8Array): boolean;
  /** Resume: per-thread actions from vCont/c/s; resolves when the target stops. */
  resume(actions: ResumeAction[]): Promise<StopReason>;
  /** Ctrl-C: make a pending resume() resolve promptly with SIGINT. */
  interrupt(): void;
  halted(): boolean;  // stopped under the debugger
  detach(): void;     // resume the guest freely, the server stays listening
  kill(): void;       // end the emulator

  // ---- optional capability groups (undefined = the target has no such feature) ----
  readonly threads?: ThreadOps;          // more than one thread; without it: one thread, tid 1
  readonly breakpoints?: BreakpointOps;  // Z0/Z1 (break, hbreak); qSupported swbreak+/hwbreak+
  readonly watchpoints?: WatchpointOps;  // Z2-Z4 (watch, rwatch, awatch)
  readonly monitor?: MonitorOps;         // qRcmd (gdb's `monitor`)
  readonly reverse?: ReverseOps;         // bc/bs; qSupported ReverseContinue+/ReverseStep+ (#16)
  readonly libraries?: LibraryOps;       // qXfer:libraries:read (#16)
  readonly execFile?: ExecFileOps;       // qXfer:exec-file:read + vFile open/pread/fstat/close (#16)
}

/**
 * The one file gdb may read from the target (vFile, with `set sysroot target:`, gdb's default):
 * the running kernel's symbols when gdb has no file of its own (#16). Nothing else on the host is
 * ever served. undefined while there is no such file (e.g. the kernel has not relocated itself yet).
 */
export interface ExecFileOps {
  servedFile(): { name: string; data: Uint8Array } | undefined;
}

/** Threads, one per vCPU (SMP grows this group: #15). Thread ids are 1..threadCount. */
export interface ThreadOps {
  readonly threadCount: number;
  threadName(tid: number): string;               // for qThreadExtraInfo, e.g. "CPU#0 [running]"
}

/** Breakpoints; `kind` is gdb's (4 for an A64 instruction). false answers E01. */
export interface BreakpointOps {
  insertBreakpoint(type: 'sw' | 'hw', addr: bigint, kind: number): boolean;
  removeBreakpoint(type: 'sw' | 'hw', addr: bigint, kind: number): boolean;
}

/** Watchpoints over [addr, addr+len) (len > 0). false answers E01. */
export interface WatchpointOps {
  insertWatchpoint(type: WatchType, addr: bigint, len: number): boolean;
  removeWatchpoint(type: WatchType, addr: bigint, len: number): boolean;
}

/**
 * `monitor <cmd>`: text for gdb's console, or undefined if unknown (src/gdb/monitor.ts adds the stub's own commands).
 * Snapshots reach gdb this way (`monitor savevm FILE`, `monitor loadvm FILE`, QEMU's names): no RSP packet carries them.
 */
export interface MonitorOps {
  monitorCommand(cmd: string): Promise<string | undefined> | string | undefined;
}

/** Reverse execution over a recording (#16): `bc` runs back to a breakpoint or watchpoint, `bs` steps `tid` back. */
export interface ReverseOps {
  reverseContinue(): Promise<StopReason>;
  reverseStep(tid: number): Promise<StopReason>;
}

/** A loaded library for gdb (a kernel module: a relocatable object, so sections, not segments). */
export interface LoadedLibrary {
  name: string;                      // the file gdb reads symbols from
  /** One base per allocated section, in file order; gdb adds it to the section's address in the file (0 in a .ko: the load address). */
  sections: readonly bigint[];
}

/** Loaded libraries (kernel modules, #16), served as gdb's library-list XML. */
export interface LibraryOps {
  libraries(): LoadedLibrary[];
}


// How the server uses the contract (details the signatures cannot say):
// - resume() actions: the server resolves gdb's vCont list per thread (leftmost matching action
//   wins, `t` = stay stopped). When every thread continues with the same signal the list is the
//   single entry { tid: 'all', action: 'continue' }; otherwise it has one entry per thread that
//   runs (steps are always per thread) and threads not listed stay stopped. gdb's `stepi` on
//   thread 1 of 2 (`vCont;s:p1.1;c:p1.-1`) arrives as [{1, step}, {2, continue}]: thread 2 may
//   run while thread 1 steps; resolve when thread 1 has stepped (or anything stops first).
//   With `set scheduler-locking step` gdb sends `vCont;s:p1.1` = [{1, step}] alone.
//   Legacy `s` = [{ tid: <Hc thread or the last stopped one>, action: 'step' }];
//   `c` = [{ tid: 'all', action: 'continue' }]; C/S add `signal`.
// - A step resolves with { kind: 'signal', signal: 5, thread } unless it hit a breakpoint or
//   watchpoint. Watchpoints are reported before the access completes, with the PC still on
//   the accessing instruction (as QEMU does and as gdb's AArch64 port expects: it removes the
//   watchpoint, steps over the instruction and then shows old/new values).
// - interrupt() is called when gdb sends Ctrl-C (0x03) during resume() (or reverseContinue/Step),
//   and also when a client connects while the guest runs free (after `detach`, or `-s` without
//   `-S`): the server then waits (polling halted(), up to 2 s) for the guest to stop before it
//   answers.
// - readRegister() returning undefined for a register that is in the table reports it to gdb as
//   unavailable (`xx..`); register numbers >= regCount() get an error reply.
// - readMemory() returning undefined answers E14 (EFAULT, as QEMU); a read that fails as a whole
//   is retried page by page so gdb gets the readable prefix.
// - Every breakpoint/watchpoint the client leaves behind is removed when it detaches or
//   disconnects.
// - A dropped connection leaves the guest halted (as QEMU); `D` (gdb's detach) calls detach().
// - A group is looked up when its packet arrives (and qSupported when gdb asks), so it should
//   not come or go while a client is connected.

/** One register as gdb sees it: the index in GDB_REGISTERS is its gdb register number. */
export interface GdbRegister {
  name: string;
  bits: 32 | 64 | 128;
  /** gdb register group (`info registers <group>`). */
  group: 'general' | 'float' | 'vector' | 'system';
  feature: 'core' | 'fpu' | 'sysregs';
  /** Target description type, when not a plain integer. */
  type?: 'data_ptr' | 'code_ptr' | 'aarch64v';
}

/** Feature names in the target description, by GdbRegister.feature. */
export const GDB_FEATURES = {
  core: { name: 'org.gnu.gdb.aarch64.core', file: 'aarch64-core.xml' },
  fpu: { name: 'org.gnu.gdb.aarch64.fpu', file: 'aarch64-fpu.xml' },
  sysregs: { name: 'org.qemu.gdb.arm.sys.regs', file: 'aarch64-sysregs.xml' },
} as const;

const core: GdbRegister[] = [
  ...Array.from({ length: 31 }, (_, i): GdbRegister => ({ name: `x${i}`, bits: 64, group: 'general', feature: 'core' })),
  { name: 'sp', bits: 64, group: 'general', feature: 'core', type: 'data_ptr' },
  { name: 'pc', bits: 64, group: 'general', feature: 'core', type: 'code_ptr' },
  { name: 'cpsr', bits: 32, group: 'general', feature: 'core' },
];

const fpu: GdbRegister[] = [
  ...Array.from({ length: 32 }, (_, i): GdbRegister => ({ name: `v${i}`, bits: 128, group: 'vector', feature: 'fpu', type: 'aarch64v' })),
  { name: 'fpsr', bits: 32, group: 'float', feature: 'fpu' },
  { name: 'fpcr', bits: 32, group: 'float', feature: 'fpu' },
];

// System registers: 64-bit each (as QEMU's cp_regs feature), names as in the Arm ARM / QEMU.
// `CurrentEL` and `DAIF` hold the MRS view (EL in bits [3:2]; D,A,I,F in bits [9:6]).
const SYSREG_NAMES = [
  'SP_EL0', 'SP_EL1', 'ELR_EL1', 'SPSR_EL1', 'ESR_EL1', 'FAR_EL1', 'VBAR_EL1', 'SCTLR_EL1',
  'TCR_EL1', 'TTBR0_EL1', 'TTBR1_EL1', 'MAIR_EL1', 'CONTEXTIDR_EL1', 'TPIDR_EL0', 'TPIDR_EL1',
  'CurrentEL', 'DAIF', 'CNTV_CTL_EL0', 'CNTV_CVAL_EL0',
  'TPIDRRO_EL0', 'CPACR_EL1', 'PAR_EL1', 'AMAIR_EL1', 'CNTKCTL_EL1', 'CNTP_CTL_EL0',
  'CNTP_CVAL_EL0', 'CNTVCT_EL0', 'CNTFRQ_EL0', 'MIDR_EL1', 'MPIDR_EL1',
] as const;

const sysregs: GdbRegister[] = SYSREG_NAMES.map((name): GdbRegister => ({ name, bits: 64, group: 'system', feature: 'sysregs' }));

/**
 * Every register gdb knows, in gdb register-number order:
 *   0..30 x0-x30, 31 sp, 32 pc (64-bit), 33 cpsr (32-bit)          org.gnu.gdb.aarch64.core
 *   34..65 v0-v31 (128-bit), 66 fpsr, 67 fpcr (32-bit)               org.gnu.gdb.aarch64.fpu
 *   68.. the system registers in SYSREG_NAMES order (64-bit)        org.qemu.gdb.arm.sys.regs
 * Registers are little-endian byte strings of bits/8 bytes.
 */
export const GDB_REGISTERS: readonly GdbRegister[] = Object.freeze([...core, ...fpu, ...sysregs]);

/** Registers in the `g`/`G` packet: the core feature (x0-x30, sp, pc, cpsr = 268 bytes). */
export const G_PACKET_REGS = core.length;
export const G_PACKET_BYTES = core.reduce((n, r) => n + r.bits / 8, 0);

/** gdb register number of a register by name (case-sensitive), or -1. */
export function gdbRegNo(name: string): number {
  return GDB_REGISTERS.findIndex((r) => r.name === name);
}

export const REG_SP = 31;
export const REG_PC = 32;
export const REG_CPSR = 33;
export const REG_V0 = 34;
export const REG_FPSR = 66;
export const REG_FPCR = 67;
export const REG_SYSREGS = 68;
