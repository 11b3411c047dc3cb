// PSCI/SMCCC over HVC (src/hyp/psci.ts). Expected values were measured with a bare-metal probe
// under qemu-system-aarch64 7.2.22 -M virt -cpu cortex-a57 -smp 2 (every HVC is a PSCI call).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as P from '../src/hyp/psci.ts';
import { PSCI_0_2_FN_CPU_SUSPEND, PSCI_0_2_FN_CPU_OFF, PSCI_0_2_FN_CPU_ON, PSCI_0_2_FN_MIGRATE } from '../src/machine/board.ts';
import { psciCall, psciName, type PsciHost, type PsciCpuState, type PsciResult } from '../src/hyp/psci.ts';
import { hex } from './helpers.ts';

const ALL_ONES = 0xffff_ffff_ffff_ffffn;
const NOT_SUPPORTED = ALL_ONES;            // -1
const INVALID_PARAMETERS = ALL_ONES - 1n;  // -2
const ALREADY_ON = ALL_ONES - 3n;          // -4
const ON_PENDING = ALL_ONES - 4n;          // -5

class FakeMachine implements PsciHost {
  states: PsciCpuState[];
  caller = 0;
  log: string[] = [];
  traces: string[] = [];
  smccc?: '1.0' | '1.1';
  constructor(readonly cpuCount: number) {
    this.states = Array.from({ length: cpuCount }, (_, i) => (i === 0 ? P.PSCI_STATE_ON : P.PSCI_STATE_OFF));
  }
  mpidrOf(cpu: number): bigint { return BigInt(cpu); } // virt: Aff0 = CPU index
  cpuState(cpu: number): PsciCpuState { return this.states[cpu]!; }
  powerOn(cpu: number, entry: bigint, contextId: bigint): void {
    this.log.push(`on ${cpu} 0x${entry.toString(16)} 0x${contextId.toString(16)}`);
    this.states[cpu] = P.PSCI_STATE_ON_PENDING;
  }
  powerOff(cpu: number): void {
    this.log.push(`off ${cpu}`);
    this.states[cpu] = P.PSCI_STATE_OFF;
  }
  trace = (line: string) => { this.traces.push(line); };
}

const call = (h: PsciHost, fn: number | bigint, a1 = 0n, a2 = 0n, a3 = 0n): PsciResult => psciCall(h, fn, [a1, a2, a3]);
const x0 = (h: PsciHost, fn: number | bigint, a1 = 0n, a2 = 0n, a3 = 0n): bigint => {
  const r = call(h, fn, a1, a2, a3);
  if (r.kind !== 'return') throw new Error(`expected a return, got ${r.kind}`);
  return r.x0;
};

test('PSCI_VERSION is 1.1; MIGRATE_INFO_TYPE is 2 (no migration)', () => {
  const m = new FakeMachine(1);
  assert.is(hex(x0(m, P.PSCI_VERSION)), '0x10001');
  assert.is(x0(m, P.PSCI_MIGRATE_INFO_TYPE), 2n);
  // X0 with bits above 31 set is no function id at all (QEMU: -1).
  assert.is(x0(m, 0x1_8400_0000n), NOT_SUPPORTED);
  // W0 passed as a signed int32 register half still names the function.
  assert.is(hex(x0(m, P.PSCI_VERSION | 0)), '0x10001');
});

// QEMU 7.2's PSCI_FEATURES answers, id by id (measured).
const FEATURES: [number, bigint][] = [
  [0x8400_0000, 0n], [0x8400_0001, 0n], [0xc400_0001, 0n], [0x8400_0002, 0n], [0x8400_0003, 0n], [0xc400_0003, 0n],
  [0x8400_0004, 0n], [0xc400_0004, 0n], [0x8400_0005, NOT_SUPPORTED], [0xc400_0005, NOT_SUPPORTED], [0x8400_0006, 0n],
  [0x8400_0007, NOT_SUPPORTED], [0xc400_0007, NOT_SUPPORTED], [0x8400_0008, 0n], [0x8400_0009, 0n], [0x8400_000a, 0n],
  [0x8400_000b, NOT_SUPPORTED], [0x8400_000c, NOT_SUPPORTED], [0xc400_000c, NOT_SUPPORTED], [0x8400_000d, NOT_SUPPORTED],
  [0xc400_000d, NOT_SUPPORTED], [0x8400_000e, NOT_SUPPORTED], [0xc400_000e, NOT_SUPPORTED], [0x8400_000f, NOT_SUPPORTED],
  [0x8400_0010, NOT_SUPPORTED], [0xc400_0010, NOT_SUPPORTED], [0x8400_0011, NOT_SUPPORTED], [0xc400_0011, NOT_SUPPORTED],
  [0x8400_0012, NOT_SUPPORTED], [0xc400_0012, NOT_SUPPORTED], [0x8400_0013, NOT_SUPPORTED], [0xc400_0013, NOT_SUPPORTED],
  [0x8400_0014, NOT_SUPPORTED], [0xc400_0014, NOT_SUPPORTED], [0x8400_0015, NOT_SUPPORTED], [0xc400_0015, NOT_SUPPORTED],
  [0x95c1_ba5e, 0n], [0x95c1_ba5f, 0n], [0x95c1_ba60, 0n], [0x95c1_ba61, NOT_SUPPORTED],
  [0x8000_0000, NOT_SUPPORTED], [0x8000_0001, NOT_SUPPORTED], [0x8000_8000, NOT_SUPPORTED], [0x8000_7fff, NOT_SUPPORTED],
  [0x8000_3fff, NOT_SUPPORTED], [0x1234_5678, NOT_SUPPORTED],
];

test('PSCI_FEATURES for every function id, as QEMU 7.2 answers', () => {
  const m = new FakeMachine(2);
  for (const [fn, want] of FEATURES) assert.is(hex(x0(m, P.PSCI_FEATURES, BigInt(fn))), hex(want), `PSCI_FEATURES(${psciName(fn)})`);
  // A 64-bit value whose low word is a real id is not that id.
  assert.is(x0(m, P.PSCI_FEATURES, 0xffff_ffff_c400_0003n), NOT_SUPPORTED);
});

test('SMCCC: QEMU 7.2 implements no SMCCC_VERSION or ARCH_FEATURES (Linux falls back to SMCCC 1.0)', () => {
  const m = new FakeMachine(1);
  assert.is(x0(m, P.SMCCC_VERSION), NOT_SUPPORTED);
  for (const wa of [P.SMCCC_ARCH_WORKAROUND_1, P.SMCCC_ARCH_WORKAROUND_2, P.SMCCC_ARCH_WORKAROUND_3, P.SMCCC_VERSION]) {
    assert.is(x0(m, P.SMCCC_ARCH_FEATURES, BigInt(wa)), NOT_SUPPORTED, psciName(wa));
  }
  assert.is(x0(m, P.SMCCC_ARCH_SOC_ID), NOT_SUPPORTED);
});

test('SMCCC 1.1 (opt-in): VERSION 1.1, features, workarounds NOT_SUPPORTED', () => {
  const m = new FakeMachine(1);
  m.smccc = '1.1';
  assert.is(x0(m, P.PSCI_FEATURES, BigInt(P.SMCCC_VERSION)), 0n);
  assert.is(hex(x0(m, P.SMCCC_VERSION)), '0x10001');
  assert.is(x0(m, P.SMCCC_ARCH_FEATURES, BigInt(P.SMCCC_ARCH_FEATURES)), 0n);
  for (const wa of [P.SMCCC_ARCH_WORKAROUND_1, P.SMCCC_ARCH_WORKAROUND_2, P.SMCCC_ARCH_WORKAROUND_3, P.SMCCC_ARCH_SOC_ID]) {
    assert.is(x0(m, P.SMCCC_ARCH_FEATURES, BigInt(wa)), NOT_SUPPORTED, psciName(wa));
  }
  // The workaround calls themselves are not implemented either.
  assert.is(x0(m, P.SMCCC_ARCH_WORKAROUND_1), NOT_SUPPORTED);
  // PSCI itself is unchanged.
  assert.is(hex(x0(m, P.PSCI_VERSION)), '0x10001');
});

test('unsupported and unknown functions return NOT_SUPPORTED (-1 as all ones)', () => {
  const m = new FakeMachine(2);
  for (const fn of [
    P.PSCI_MIGRATE, P.PSCI_MIGRATE64, P.PSCI_0_1_MIGRATE, P.PSCI_MIGRATE_INFO_UP_CPU, P.PSCI_MIGRATE_INFO_UP_CPU64,
    P.PSCI_CPU_FREEZE, P.PSCI_CPU_DEFAULT_SUSPEND, P.PSCI_CPU_DEFAULT_SUSPEND64, P.PSCI_NODE_HW_STATE, P.PSCI_NODE_HW_STATE64,
    P.PSCI_SYSTEM_SUSPEND, P.PSCI_SYSTEM_SUSPEND64, P.PSCI_SET_SUSPEND_MODE, P.PSCI_STAT_RESIDENCY, P.PSCI_STAT_RESIDENCY64,
    P.PSCI_STAT_COUNT, P.PSCI_STAT_COUNT64, P.PSCI_SYSTEM_RESET2, P.PSCI_SYSTEM_RESET2_64, P.PSCI_MEM_PROTECT,
    P.PSCI_MEM_PROTECT_CHECK_RANGE, P.PSCI_MEM_PROTECT_CHECK_RANGE64, 0x1234_5678, 0, 0xffff_ffff,
  ]) {
    assert.is(x0(m, fn, 0x4000_0000n), NOT_SUPPORTED, psciName(fn));
  }
  assert.equal(m.log, []);
});

test('AFFINITY_INFO: level 0 by MPIDR, higher levels always on, unknown MPIDR invalid', () => {
  const m = new FakeMachine(2);
  for (const fn of [P.PSCI_AFFINITY_INFO, P.PSCI_AFFINITY_INFO64]) {
    assert.is(x0(m, fn, 0n, 0n), 0n, 'cpu 0 on');
    assert.is(x0(m, fn, 1n, 0n), 1n, 'cpu 1 off');
    assert.is(x0(m, fn, 5n, 0n), INVALID_PARAMETERS, 'no cpu 5');
    assert.is(x0(m, fn, 5n, 1n), 0n, 'level 1: on');
    assert.is(x0(m, fn, 0n, 2n), 0n, 'level 2: on');
    assert.is(x0(m, fn, 0n, 0x1_0000_0000n), 0n, 'a level with high bits set is not 0');
    // Full 64-bit compare even for the 32-bit id, as QEMU.
    assert.is(x0(m, fn, 0x1_0000_0001n, 0n), INVALID_PARAMETERS);
  }
  m.states[1] = P.PSCI_STATE_ON_PENDING;
  assert.is(x0(m, P.PSCI_AFFINITY_INFO64, 1n, 0n), 2n, 'on pending');
});

test('CPU_ON (0.1, 32- and 64-bit ids): SUCCESS, ALREADY_ON, ON_PENDING, INVALID_PARAMETERS', () => {
  for (const fn of [P.PSCI_CPU_ON64, P.PSCI_CPU_ON, P.PSCI_0_1_CPU_ON]) {
    const m = new FakeMachine(4);
    m.caller = 0;
    assert.is(x0(m, fn, 0n, 0x4020_1000n, 0x55n), ALREADY_ON, 'self');
    assert.is(x0(m, fn, 7n, 0x4020_1000n, 0x55n), INVALID_PARAMETERS, 'no such cpu');
    assert.is(x0(m, fn, 0x8000_0001n, 0x4020_1000n, 0x55n), INVALID_PARAMETERS, 'MPIDR with bit 31');
    assert.equal(m.log, []);
    assert.is(x0(m, fn, 1n, 0x4020_1000n, 0xffff_0000_1234_5678n), 0n, 'powered on');
    assert.equal(m.log, ['on 1 0x40201000 0xffff000012345678']);
    assert.is(x0(m, fn, 1n, 0x4020_1000n, 0n), ON_PENDING, 'still pending');
    m.states[1] = P.PSCI_STATE_ON;
    assert.is(x0(m, fn, 1n, 0x4020_1000n, 0n), ALREADY_ON, 'now on');
    assert.is(m.log.length, 1);
  }
});

test('CPU_OFF (0.1 and 0.2 ids) powers the caller off', () => {
  for (const fn of [P.PSCI_CPU_OFF, P.PSCI_0_1_CPU_OFF]) {
    const m = new FakeMachine(2);
    m.states[1] = P.PSCI_STATE_ON;
    m.caller = 1;
    assert.equal(call(m, fn), { kind: 'cpuOff' });
    assert.equal(m.log, ['off 1']);
    assert.is(m.states[1], P.PSCI_STATE_OFF);
    // ...and it can be brought back.
    m.caller = 0;
    assert.is(x0(m, P.PSCI_CPU_ON64, 1n, 0x4000_0000n, 0n), 0n);
  }
});

test('CPU_SUSPEND: standby only (x0 = 0, then WFI); power_state bits 17..31 are invalid', () => {
  for (const fn of [P.PSCI_CPU_SUSPEND, P.PSCI_CPU_SUSPEND64, P.PSCI_0_1_CPU_SUSPEND]) {
    const m = new FakeMachine(1);
    assert.equal(call(m, fn, 0n), { kind: 'suspend', x0: 0n });
    assert.equal(call(m, fn, 0x1_0000n), { kind: 'suspend', x0: 0n }, 'bit 16 (power-down type) is ignored');
    assert.equal(call(m, fn, 0x1_0000_0000n, 0x4020_0000n, 7n), { kind: 'suspend', x0: 0n }, 'QEMU masks with 0xfffe0000 only');
    assert.is(x0(m, fn, 0x2_0000n), INVALID_PARAMETERS);
    assert.is(x0(m, fn, 0xfffe_0000n), INVALID_PARAMETERS);
    assert.is(x0(m, fn, 0x8000_0000n), INVALID_PARAMETERS);
    assert.equal(m.log, []);
  }
});

test('SYSTEM_OFF and SYSTEM_RESET end the machine', () => {
  const m = new FakeMachine(2);
  assert.equal(call(m, P.PSCI_SYSTEM_OFF), { kind: 'systemOff' });
  assert.equal(call(m, P.PSCI_SYSTEM_RESET), { kind: 'systemReset' });
  assert.equal(m.log, []);
});

test('error codes and function ids are the spec values', () => {
  assert.equal([P.PSCI_SUCCESS, P.PSCI_NOT_SUPPORTED, P.PSCI_INVALID_PARAMETERS, P.PSCI_DENIED, P.PSCI_ALREADY_ON, P.PSCI_ON_PENDING,
    P.PSCI_INTERNAL_FAILURE, P.PSCI_NOT_PRESENT, P.PSCI_DISABLED, P.PSCI_INVALID_ADDRESS], [0, -1, -2, -3, -4, -5, -6, -7, -8, -9]);
  // The ids the DTB's /psci node names (src/machine/board.ts) are the ones handled here.
  assert.is(P.PSCI_CPU_SUSPEND64, PSCI_0_2_FN_CPU_SUSPEND);
  assert.is(P.PSCI_CPU_OFF, PSCI_0_2_FN_CPU_OFF);
  assert.is(P.PSCI_CPU_ON64, PSCI_0_2_FN_CPU_ON);
  assert.is(P.PSCI_MIGRATE64, PSCI_0_2_FN_MIGRATE);
  assert.is(psciName(0xc400_0003), 'CPU_ON64');
  assert.is(psciName(0x1234_5678), '0x12345678');
  assert.is(psciName(0x1_8400_0000n), '0x184000000');
});

test('trace lines', () => {
  const m = new FakeMachine(2);
  call(m, P.PSCI_CPU_ON64, 1n, 0x4020_0000n, 0n);
  call(m, P.PSCI_SYSTEM_OFF);
  call(m, 0x1234_5678);
  assert.equal(m.traces, [
    'psci cpu0 CPU_ON64(0x1, 0x40200000, 0x0) -> return x0=0x0',
    'psci cpu0 SYSTEM_OFF(0x0, 0x0, 0x0) -> systemOff',
    'psci cpu0 0x12345678(0x0, 0x0, 0x0) -> return x0=0xffffffffffffffff',
  ]);
});

test.run();
