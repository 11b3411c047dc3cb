// /proc/cpuinfo's Features line (the kernel's HWCAPs, from our ID registers) against QEMU 7.2's
// for the same -cpu, recorded by scripts/make-cpuinfo.ts in test/golden/cpuinfo/<model>.txt:
// - cortex-a57 (the default): exactly QEMU's line;
// - max: QEMU's line minus the features a64dbg does not implement (NOT_IMPLEMENTED, documented
//   below) and minus those named in src/cpu/features.ts whose instructions are not in the
//   decoder yet (pending); never a feature QEMU's max lacks.
// The guest boots with `cryptomgr.notests` added (the Features line does not depend on it; the
// boot is ~3x shorter), types `grep -m1 Features /proc/cpuinfo` at the prompt, then powers off.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { shellSession } from './helpers.ts';
import { defaultGuest, missingGuestMessage } from '../src/guest/images.ts';
import { a64Decoder } from '../src/cpu/decode-table.ts';
import { CPU_MODELS, hwcapNames } from '../src/cpu/features.ts';

const guest = defaultGuest();

/** In QEMU's max, not in a64dbg's (each is UNDEFINED here and not advertised). */
const NOT_IMPLEMENTED: Record<string, string> = {
  jscvt: 'FJCVTZS (FEAT_JSCVT)',
  fcma: 'FCMLA/FCADD (FEAT_FCMA)',
  sm3: 'SM3 instructions (FEAT_SM3)',
  sm4: 'SM4E/SM4EKEY (FEAT_SM4)',
  sve: 'the Scalable Vector Extension',
  asimdfhm: 'FMLAL/FMLSL (FEAT_FHM)',
  dit: 'PSTATE.DIT (FEAT_DIT)',
  ilrcpc: 'LDAPUR/STLUR (FEAT_LRCPC2)',
  ssbs: 'PSTATE.SSBS (FEAT_SSBS)',
  sb: 'the SB barrier (FEAT_SB)',
  paca: 'pointer authentication, address keys (FEAT_PAuth)',
  pacg: 'pointer authentication, generic key (FEAT_PAuth)',
  sve2: 'SVE2', sveaes: 'SVE2 AES', svepmull: 'SVE2 PMULL128', svebitperm: 'SVE2 BDEP/BEXT/BGRP', svesha3: 'SVE2 RAX1',
  svesm4: 'SVE2 SM4', svei8mm: 'SVE int8 matrix multiply', svef32mm: 'SVE FP32 matrix multiply',
  svef64mm: 'SVE FP64 matrix multiply', svebf16: 'SVE BFloat16',
  flagm2: 'AXFLAG/XAFLAG (FEAT_FlagM2)',
  frint: 'FRINT32Z/FRINT32X/FRINT64Z/FRINT64X (FEAT_FRINTTS)',
  i8mm: 'SMMLA/UMMLA/USMMLA/USDOT/SUDOT (FEAT_I8MM)',
  bf16: 'BFloat16 instructions (FEAT_BF16)',
  rng: 'RNDR/RNDRRS (FEAT_RNG)',
  bti: 'branch target identification (FEAT_BTI)',
};

function features(line: string): string[] {
  const m = /^Features\s*:\s*(.*)$/.exec(line.trim());
  assert.ok(m, `not a Features line: ${JSON.stringify(line)}`);
  return m[1].trim().split(/\s+/);
}

/** Boots the default guest with `cpu`, returns the Features line it prints. */
function cpuinfoFeatures(cpu: string): string {
  const g = guest!;
  const s = shellSession(['grep -m1 Features /proc/cpuinfo', 'poweroff -f'],
    { kernel: g.kernel, initrd: g.initrd, append: `${g.append} cryptomgr.notests`, maxInstructions: 3e9, cpu });
  assert.equal({ kind: s.stop.kind, status: s.stop.kind === 'exit' ? s.stop.status : -1 }, { kind: 'exit', status: 0 },
    `${cpu}: how the run ended: ${JSON.stringify(s.stop)}\n${s.log.slice(-2000)}`);
  const line = s.outputs[0].split('\n').find((l) => /^Features\s*:/.test(l));
  assert.ok(line, `${cpu}: no Features line:\n${s.log.slice(-2000)}`);
  return line;
}

const golden = (model: string): string => readFileSync(`test/golden/cpuinfo/${model}.txt`, 'utf8').trim();

test('the documented gaps are all in QEMU\'s max line and in no a64dbg model', () => {
  const qemuMax = features(golden('max'));
  for (const f of Object.keys(NOT_IMPLEMENTED)) assert.ok(qemuMax.includes(f), `${f} is not in QEMU's max`);
  for (const model of Object.values(CPU_MODELS)) {
    for (const f of hwcapNames(model.features)) assert.not.ok(f in NOT_IMPLEMENTED, `${model.name} names ${f}`);
  }
});

if (!guest) {
  if (process.env.CI) test('the default guest is available in CI', () => assert.unreachable(missingGuestMessage()));
  else console.log(`cpuinfo.test.ts skipped: ${missingGuestMessage()}`);
} else {
  test('cortex-a57: /proc/cpuinfo Features is exactly QEMU\'s', () => {
    assert.equal(features(cpuinfoFeatures('cortex-a57')), features(golden('cortex-a57')));
  });

  test('max: QEMU\'s Features minus the documented gaps and the pending features, nothing more', () => {
    const model = CPU_MODELS.max;
    const executed = a64Decoder(model).features;
    // Named in features.ts, not yet in the decoder (another change in progress): not advertised.
    const pending = new Set(hwcapNames([...model.features].filter((f) => !executed.has(f))));
    const qemu = features(golden('max'));
    const want = qemu.filter((f) => !(f in NOT_IMPLEMENTED) && !pending.has(f));
    const got = features(cpuinfoFeatures('max'));
    assert.equal(got, want, `pending: ${[...pending].join(' ') || 'none'}`);
    for (const f of got) assert.ok(qemu.includes(f), `${f}: QEMU's max does not have it`);
  });
}

test.run();
