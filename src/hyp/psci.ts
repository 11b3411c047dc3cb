// PSCI (Arm DEN 0022) over HVC, as QEMU 7.2's `virt` firmware emulation answers it
// (target/arm/psci.c, arm-powerctl.c). Every HVC from the guest is a PSCI call, whatever its
// immediate; the function id is X0, the arguments X1..X3, the result goes back in X0.
//
// Measured against qemu-system-aarch64 7.2.22 (-M virt -cpu cortex-a57 -smp 2) with a
// bare-metal probe:
//   PSCI_VERSION -> 0x10001 (PSCI 1.1); MIGRATE_INFO_TYPE -> 2 (no trusted OS to migrate);
//   PSCI_FEATURES -> 0 for VERSION, CPU_SUSPEND (32/64), CPU_OFF, CPU_ON (32/64),
//     AFFINITY_INFO (32/64), MIGRATE_INFO_TYPE, SYSTEM_OFF, SYSTEM_RESET, PSCI_FEATURES and
//     the PSCI 0.1 ids CPU_SUSPEND/CPU_OFF/CPU_ON; NOT_SUPPORTED for everything else,
//     SMCCC_VERSION included;
//   SMCCC_VERSION and SMCCC_ARCH_FEATURES (ARCH_WORKAROUND_1/2/3) -> NOT_SUPPORTED: QEMU 7.2
//     implements no SMCCC 1.1 service, so Linux logs "SMC Calling Convention v1.0" and never
//     asks for the Spectre workarounds (our CPU advertises CSV2/CSV3 instead);
//   MIGRATE, MIGRATE_INFO_UP_CPU, CPU_FREEZE, CPU_DEFAULT_SUSPEND, NODE_HW_STATE,
//     SYSTEM_SUSPEND, SYSTEM_RESET2, the STAT and MEM_PROTECT calls, unknown ids, and any X0
//     with bits above 31 set -> NOT_SUPPORTED (-1, all ones in X0);
//   AFFINITY_INFO(level 0) -> the CPU's state (0 on, 1 off, 2 on pending) or
//     INVALID_PARAMETERS (-2) for no CPU with that MPIDR; level != 0 -> 0 (always on);
//   CPU_ON -> ALREADY_ON (-4) for a CPU that is on (the caller itself included),
//     INVALID_PARAMETERS for an unknown MPIDR (bit 31 set counts as unknown), else 0;
//   CPU_SUSPEND with power_state & 0xfffe0000 -> INVALID_PARAMETERS, else X0 = 0 and a WFI.
// QEMU compares arguments as full 64-bit values even for the 32-bit function ids (an MPIDR of
// 0x1_0000_0001 is not CPU 1), and so does this file.
//
// Where QEMU races, the spec decides: QEMU powers a CPU on asynchronously, so a second CPU_ON
// for it can slip in before it is marked pending; here the host's cpuState() is the truth and
// the second call gets ON_PENDING or ALREADY_ON, as the spec says.
//
// SMCCC 1.1 is opt-in (PsciHost.smccc = '1.1'): PSCI_FEATURES(SMCCC_VERSION) -> 0,
// SMCCC_VERSION -> 0x10001, SMCCC_ARCH_FEATURES -> 0 for SMCCC_ARCH_FEATURES itself and
// NOT_SUPPORTED for ARCH_WORKAROUND_1/2/3 and the rest — the guest then relies on CSV2/CSV3.

// ---- function ids --------------------------------------------------------------------------

export const PSCI_VERSION = 0x8400_0000;
export const PSCI_CPU_SUSPEND = 0x8400_0001;
export const PSCI_CPU_SUSPEND64 = 0xc400_0001;
export const PSCI_CPU_OFF = 0x8400_0002;
export const PSCI_CPU_ON = 0x8400_0003;
export const PSCI_CPU_ON64 = 0xc400_0003;
export const PSCI_AFFINITY_INFO = 0x8400_0004;
export const PSCI_AFFINITY_INFO64 = 0xc400_0004;
export const PSCI_MIGRATE = 0x8400_0005;
export const PSCI_MIGRATE64 = 0xc400_0005;
export const PSCI_MIGRATE_INFO_TYPE = 0x8400_0006;
export const PSCI_MIGRATE_INFO_UP_CPU = 0x8400_0007;
export const PSCI_MIGRATE_INFO_UP_CPU64 = 0xc400_0007;
export const PSCI_SYSTEM_OFF = 0x8400_0008;
export const PSCI_SYSTEM_RESET = 0x8400_0009;
export const PSCI_FEATURES = 0x8400_000a;
export const PSCI_CPU_FREEZE = 0x8400_000b;
export const PSCI_CPU_DEFAULT_SUSPEND = 0x8400_000c;
export const PSCI_CPU_DEFAULT_SUSPEND64 = 0xc400_000c;
export const PSCI_NODE_HW_STATE = 0x8400_000d;
export const PSCI_NODE_HW_STATE64 = 0xc400_000d;
export const PSCI_SYSTEM_SUSPEND = 0x8400_000e;
export const PSCI_SYSTEM_SUSPEND64 = 0xc400_000e;
export const PSCI_SET_SUSPEND_MODE = 0x8400_000f;
export const PSCI_STAT_RESIDENCY = 0x8400_0010;
export const PSCI_STAT_RESIDENCY64 = 0xc400_0010;
export const PSCI_STAT_COUNT = 0x8400_0011;
export const PSCI_STAT_COUNT64 = 0xc400_0011;
export const PSCI_SYSTEM_RESET2 = 0x8400_0012;
export const PSCI_SYSTEM_RESET2_64 = 0xc400_0012;
export const PSCI_MEM_PROTECT = 0x8400_0013;
export const PSCI_MEM_PROTECT_CHECK_RANGE = 0x8400_0014;
export const PSCI_MEM_PROTECT_CHECK_RANGE64 = 0xc400_0014;
/** PSCI 0.1 ids QEMU still answers (its pre-0.2 device trees named them; base 0x95c1ba5e). */
export const PSCI_0_1_CPU_SUSPEND = 0x95c1_ba5e;
export const PSCI_0_1_CPU_OFF = 0x95c1_ba5f;
export const PSCI_0_1_CPU_ON = 0x95c1_ba60;
export const PSCI_0_1_MIGRATE = 0x95c1_ba61;

export const SMCCC_VERSION = 0x8000_0000;
export const SMCCC_ARCH_FEATURES = 0x8000_0001;
export const SMCCC_ARCH_SOC_ID = 0x8000_0002;
export const SMCCC_ARCH_WORKAROUND_1 = 0x8000_8000;
export const SMCCC_ARCH_WORKAROUND_2 = 0x8000_7fff;
export const SMCCC_ARCH_WORKAROUND_3 = 0x8000_3fff;

// ---- return values -------------------------------------------------------------------------

export const PSCI_VERSION_1_1 = 0x1_0001;
export const SMCCC_VERSION_1_1 = 0x1_0001;
export const PSCI_SUCCESS = 0;
export const PSCI_NOT_SUPPORTED = -1;
export const PSCI_INVALID_PARAMETERS = -2;
export const PSCI_DENIED = -3;
export const PSCI_ALREADY_ON = -4;
export const PSCI_ON_PENDING = -5;
export const PSCI_INTERNAL_FAILURE = -6;
export const PSCI_NOT_PRESENT = -7;
export const PSCI_DISABLED = -8;
export const PSCI_INVALID_ADDRESS = -9;
/** MIGRATE_INFO_TYPE: no Trusted OS, or one that needs no migration. */
export const PSCI_TOS_MIGRATION_NOT_REQUIRED = 2;

/** A CPU's power state as AFFINITY_INFO reports it. */
export const PSCI_STATE_ON = 0;
export const PSCI_STATE_OFF = 1;
export const PSCI_STATE_ON_PENDING = 2;
export type PsciCpuState = typeof PSCI_STATE_ON | typeof PSCI_STATE_OFF | typeof PSCI_STATE_ON_PENDING;

// ---- the interface -------------------------------------------------------------------------

/** What PSCI needs from the machine. CPUs are numbered 0..cpuCount-1. */
export interface PsciHost {
  readonly cpuCount: number;
  /** The CPU that made the call. */
  readonly caller: number;
  /** The CPU's affinity as it appears in MPIDR_EL1 (Aff3..Aff0 only, no U/MT/RES1 bits): what the DTB's cpu@N/reg says. */
  mpidrOf(cpu: number): bigint | number;
  cpuState(cpu: number): PsciCpuState;
  /**
   * Power `cpu` on: it starts at `entry` with X0 = `contextId`, the rest of its state as at
   * reset (EL1h, DAIF masked, MMU and caches off, AArch64). Called only for a CPU that is off;
   * from then on cpuState(cpu) must say ON_PENDING or ON.
   */
  powerOn(cpu: number, entry: bigint, contextId: bigint): void;
  /** Power `cpu` (the caller) off: it runs no more until a CPU_ON names it. */
  powerOff(cpu: number): void;
  /** '1.0' (default, QEMU 7.2: no SMCCC_VERSION) or '1.1'. */
  readonly smccc?: '1.0' | '1.1';
  trace?: (line: string) => void;
}

export type PsciResult =
  /** Write x0 (64-bit two's complement for the negative error codes) and resume. */
  | { kind: 'return'; x0: bigint }
  /** CPU_SUSPEND (standby): write x0, then idle as for WFI. */
  | { kind: 'suspend'; x0: bigint }
  /** CPU_OFF: the calling CPU was powered off (host.powerOff has run); it must stop now. */
  | { kind: 'cpuOff' }
  /** SYSTEM_OFF: shut the machine down; the call does not return. */
  | { kind: 'systemOff' }
  /** SYSTEM_RESET: reset the whole machine; the call does not return. */
  | { kind: 'systemReset' };

const ret = (v: number | bigint): PsciResult => ({ kind: 'return', x0: BigInt.asUintN(64, BigInt(v)) });

/** Function ids PSCI_FEATURES reports as implemented (QEMU 7.2's list). */
const PSCI_IMPLEMENTED = new Set<number>([
  PSCI_VERSION, PSCI_MIGRATE_INFO_TYPE, PSCI_AFFINITY_INFO, PSCI_AFFINITY_INFO64,
  PSCI_SYSTEM_RESET, PSCI_SYSTEM_OFF, PSCI_0_1_CPU_ON, PSCI_CPU_ON, PSCI_CPU_ON64,
  PSCI_0_1_CPU_OFF, PSCI_CPU_OFF, PSCI_0_1_CPU_SUSPEND, PSCI_CPU_SUSPEND, PSCI_CPU_SUSPEND64,
  PSCI_FEATURES,
]);

const NAMES: Record<number, string> = {
  [PSCI_VERSION]: 'PSCI_VERSION', [PSCI_CPU_SUSPEND]: 'CPU_SUSPEND', [PSCI_CPU_SUSPEND64]: 'CPU_SUSPEND64',
  [PSCI_CPU_OFF]: 'CPU_OFF', [PSCI_CPU_ON]: 'CPU_ON', [PSCI_CPU_ON64]: 'CPU_ON64',
  [PSCI_AFFINITY_INFO]: 'AFFINITY_INFO', [PSCI_AFFINITY_INFO64]: 'AFFINITY_INFO64',
  [PSCI_MIGRATE]: 'MIGRATE', [PSCI_MIGRATE64]: 'MIGRATE64', [PSCI_MIGRATE_INFO_TYPE]: 'MIGRATE_INFO_TYPE',
  [PSCI_MIGRATE_INFO_UP_CPU]: 'MIGRATE_INFO_UP_CPU', [PSCI_MIGRATE_INFO_UP_CPU64]: 'MIGRATE_INFO_UP_CPU64',
  [PSCI_SYSTEM_OFF]: 'SYSTEM_OFF', [PSCI_SYSTEM_RESET]: 'SYSTEM_RESET', [PSCI_FEATURES]: 'PSCI_FEATURES',
  [PSCI_CPU_FREEZE]: 'CPU_FREEZE', [PSCI_CPU_DEFAULT_SUSPEND]: 'CPU_DEFAULT_SUSPEND', [PSCI_CPU_DEFAULT_SUSPEND64]: 'CPU_DEFAULT_SUSPEND64',
  [PSCI_NODE_HW_STATE]: 'NODE_HW_STATE', [PSCI_NODE_HW_STATE64]: 'NODE_HW_STATE64',
  [PSCI_SYSTEM_SUSPEND]: 'SYSTEM_SUSPEND', [PSCI_SYSTEM_SUSPEND64]: 'SYSTEM_SUSPEND64',
  [PSCI_SET_SUSPEND_MODE]: 'PSCI_SET_SUSPEND_MODE', [PSCI_STAT_RESIDENCY]: 'PSCI_STAT_RESIDENCY',
  [PSCI_STAT_RESIDENCY64]: 'PSCI_STAT_RESIDENCY64', [PSCI_STAT_COUNT]: 'PSCI_STAT_COUNT', [PSCI_STAT_COUNT64]: 'PSCI_STAT_COUNT64',
  [PSCI_SYSTEM_RESET2]: 'SYSTEM_RESET2', [PSCI_SYSTEM_RESET2_64]: 'SYSTEM_RESET2_64',
  [PSCI_MEM_PROTECT]: 'MEM_PROTECT', [PSCI_MEM_PROTECT_CHECK_RANGE]: 'MEM_PROTECT_CHECK_RANGE',
  [PSCI_MEM_PROTECT_CHECK_RANGE64]: 'MEM_PROTECT_CHECK_RANGE64',
  [PSCI_0_1_CPU_SUSPEND]: 'PSCI_0_1_CPU_SUSPEND', [PSCI_0_1_CPU_OFF]: 'PSCI_0_1_CPU_OFF',
  [PSCI_0_1_CPU_ON]: 'PSCI_0_1_CPU_ON', [PSCI_0_1_MIGRATE]: 'PSCI_0_1_MIGRATE',
  [SMCCC_VERSION]: 'SMCCC_VERSION', [SMCCC_ARCH_FEATURES]: 'SMCCC_ARCH_FEATURES', [SMCCC_ARCH_SOC_ID]: 'SMCCC_ARCH_SOC_ID',
  [SMCCC_ARCH_WORKAROUND_1]: 'SMCCC_ARCH_WORKAROUND_1', [SMCCC_ARCH_WORKAROUND_2]: 'SMCCC_ARCH_WORKAROUND_2',
  [SMCCC_ARCH_WORKAROUND_3]: 'SMCCC_ARCH_WORKAROUND_3',
};

/** "CPU_ON64" for 0xc4000003, "0x12345678" for an unknown id — for traces. */
export function psciName(fn: number | bigint): string {
  const v = BigInt.asUintN(64, BigInt(fn));
  return (v <= 0xffffffffn && NAMES[Number(v)]) || `0x${v.toString(16)}`;
}

/** The CPU whose affinity is `mpidr`, or -1. Compared as a full 64-bit value, as QEMU does. */
function cpuByMpidr(host: PsciHost, mpidr: bigint): number {
  for (let i = 0; i < host.cpuCount; i++) if (BigInt.asUintN(64, BigInt(host.mpidrOf(i))) === mpidr) return i;
  return -1;
}

/**
 * Handles one PSCI/SMCCC call made with HVC. `fn` is X0: pass it as a bigint to have ids
 * with bits above 31 rejected as QEMU does, or as a number (W0; negative int32 halves are
 * accepted). `args` are X1, X2, X3.
 */
export function psciCall(host: PsciHost, fn: number | bigint, args: readonly [bigint, bigint, bigint]): PsciResult {
  const id = typeof fn === 'bigint' ? BigInt.asUintN(64, fn) : BigInt(fn >>> 0);
  const [a1, a2, a3] = args.map((a) => BigInt.asUintN(64, a)) as [bigint, bigint, bigint];
  const res = dispatch(host, id, a1, a2, a3);
  if (host.trace) {
    const out = res.kind === 'return' || res.kind === 'suspend' ? `${res.kind} x0=0x${res.x0.toString(16)}` : res.kind;
    host.trace(`psci cpu${host.caller} ${psciName(id)}(0x${a1.toString(16)}, 0x${a2.toString(16)}, 0x${a3.toString(16)}) -> ${out}`);
  }
  return res;
}

function dispatch(host: PsciHost, id: bigint, a1: bigint, a2: bigint, a3: bigint): PsciResult {
  if (id > 0xffffffffn) return ret(PSCI_NOT_SUPPORTED);
  const smccc11 = host.smccc === '1.1';
  switch (Number(id)) {
    case PSCI_VERSION:
      return ret(PSCI_VERSION_1_1);
    case PSCI_MIGRATE_INFO_TYPE:
      return ret(PSCI_TOS_MIGRATION_NOT_REQUIRED);
    case PSCI_AFFINITY_INFO: case PSCI_AFFINITY_INFO64: {
      if (a2 !== 0n) return ret(PSCI_STATE_ON); // every level above 0 is always on
      const cpu = cpuByMpidr(host, a1);
      return ret(cpu < 0 ? PSCI_INVALID_PARAMETERS : host.cpuState(cpu));
    }
    case PSCI_SYSTEM_OFF:
      return { kind: 'systemOff' };
    case PSCI_SYSTEM_RESET:
      return { kind: 'systemReset' };
    case PSCI_0_1_CPU_ON: case PSCI_CPU_ON: case PSCI_CPU_ON64: {
      const cpu = cpuByMpidr(host, a1);
      if (cpu < 0) return ret(PSCI_INVALID_PARAMETERS);
      const state = host.cpuState(cpu);
      if (state === PSCI_STATE_ON) return ret(PSCI_ALREADY_ON);
      if (state === PSCI_STATE_ON_PENDING) return ret(PSCI_ON_PENDING);
      host.powerOn(cpu, a2, a3);
      return ret(PSCI_SUCCESS);
    }
    case PSCI_0_1_CPU_OFF: case PSCI_CPU_OFF:
      host.powerOff(host.caller);
      return { kind: 'cpuOff' };
    case PSCI_0_1_CPU_SUSPEND: case PSCI_CPU_SUSPEND: case PSCI_CPU_SUSPEND64:
      // QEMU supports no affinity levels and no powerdown: standby only, i.e. WFI.
      if (a1 & 0xfffe_0000n) return ret(PSCI_INVALID_PARAMETERS);
      return { kind: 'suspend', x0: 0n };
    case PSCI_FEATURES: {
      if (a1 <= 0xffffffffn && PSCI_IMPLEMENTED.has(Number(a1))) return ret(PSCI_SUCCESS);
      if (smccc11 && a1 === BigInt(SMCCC_VERSION)) return ret(PSCI_SUCCESS);
      return ret(PSCI_NOT_SUPPORTED);
    }
    case SMCCC_VERSION:
      return ret(smccc11 ? SMCCC_VERSION_1_1 : PSCI_NOT_SUPPORTED);
    case SMCCC_ARCH_FEATURES:
      // ARCH_WORKAROUND_1/2/3 are NOT_SUPPORTED: the CPU advertises CSV2/CSV3 instead.
      return ret(smccc11 && a1 === BigInt(SMCCC_ARCH_FEATURES) ? PSCI_SUCCESS : PSCI_NOT_SUPPORTED);
    default:
      // MIGRATE (no Trusted OS), SYSTEM_SUSPEND, SYSTEM_RESET2, ..., and anything unknown.
      return ret(PSCI_NOT_SUPPORTED);
  }
}
