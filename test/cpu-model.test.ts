// CPU models (src/cpu/features.ts): the decoder leaves out the lines of features a model lacks
// (UNDEFINED, and no later line picks the encodings up), and the ID registers advertise exactly
// the features the model's decoder executes. cortex-a57 is QEMU's: CRC32 and the crypto
// extension (AES+PMULL, SHA1, SHA256), no LSE/LRCPC/FlagM/DPB.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Decoder, compilePattern } from '../src/cpu/decoder.ts';
import { a64Decoder, A64_TABLE } from '../src/cpu/decode-table.ts';
import { CPU_MODELS, DEFAULT_CPU, UNGATED, cpuModel, type CpuModel, type Feature } from '../src/cpu/features.ts';
import { readSysreg, sysregIndex, sysLo, sysHi, writeSysreg } from '../src/cpu/sysregs.ts';
import { FPCR } from '../src/cpu/regs.ts';
import { Machine } from '../src/machine/machine.ts';

const A57 = CPU_MODELS['cortex-a57'], MAX = CPU_MODELS.max;

test('the default model is cortex-a57; unknown names are refused', () => {
  assert.is(DEFAULT_CPU, 'cortex-a57');
  assert.is(new Machine({ memoryMiB: 16, log: () => {} }).cpus[0].model.name, 'cortex-a57');
  assert.is(new Machine({ memoryMiB: 16, cpu: 'max', log: () => {} }).cpus[0].model.name, 'max');
  assert.is(cpuModel('cortex-a72'), undefined);
  assert.is(cpuModel('toString'), undefined);
  assert.throws(() => new Machine({ memoryMiB: 16, cpu: 'cortex-a72', log: () => {} }), /unknown CPU model 'cortex-a72'/);
  assert.is(a64Decoder(A57), a64Decoder(A57), 'one decoder per model');
  assert.is(a64Decoder(), a64Decoder(A57), 'default: DEFAULT_CPU');
  assert.is.not(a64Decoder(MAX), a64Decoder(A57));
});

// Words from GNU as 2.40.
const ENC: Record<string, [number, Feature]> = {
  'casal x0, x1, [x2]': [0xc8e0fc41, 'atomics'],
  'caspal x0, x1, x2, x3, [x4]': [0x4860fc82, 'atomics'],
  'ldaddal x2, x1, [x2]': [0xf8e20041, 'atomics'],
  'swp w1, w2, [x3]': [0xb8218062, 'atomics'],
  'ldapr x1, [x2]': [0xf8bfc041, 'lrcpc'],
  'cfinv': [0xd500401f, 'flagm'],
  'rmif x1, #3, #4': [0xba018424, 'flagm'],
  'setf8 w2': [0x3a00084d, 'flagm'],
  'dc cvap, x0': [0xd50b7c20, 'dcpop'],
  'dc cvadp, x0': [0xd50b7d20, 'dcpodp'],
  'crc32cx w0, w1, x2': [0x9ac25c20, 'crc32'],
  'crc32b w0, w1, w2': [0x1ac24020, 'crc32'],
  'aese v1.16b, v2.16b': [0x4e284841, 'aes'],
  'pmull v1.1q, v2.1d, v3.1d': [0x0ee3e041, 'pmull'],
  'sha1h s1, s2': [0x5e280841, 'sha1'],
  'sha256su0 v1.4s, v2.4s': [0x5e282841, 'sha2'],
  'sha512h q1, q2, v3.2d': [0xce638041, 'sha512'],
  'xar v1.2d, v2.2d, v3.2d, #5': [0xce831441, 'sha3'],
};

test('each optional encoding decodes exactly on the models that have its feature', () => {
  const none: CpuModel = { name: 'none', features: new Set() };
  for (const [text, [w, feature]] of Object.entries(ENC)) {
    for (const model of [A57, MAX, CPU_MODELS['cortex-a53'], none]) {
      const ok = new Decoder(A64_TABLE, model).decode(w | 0, new Int32Array(4), 0);
      assert.is(ok, model.features.has(feature), `${text} on ${model.name}`);
    }
  }
  assert.match(a64Decoder(A57).nameOf(0xc8e0fc41 | 0) ?? '', /needs atomics, not in cortex-a57/);
});

test('the lines left out for cortex-a57 are exactly LSE, LRCPC, FlagM, DPB, SHA512, SHA3 (and the other helpers\')', () => {
  const out = new Set(A64_TABLE.filter((l) => l.feature && !A57.features.has(l.feature)).map((l) => l.feature));
  for (const f of out) assert.ok(['atomics', 'lrcpc', 'flagm', 'dcpop', 'dcpodp', 'sha512', 'sha3', 'asimddp', 'asimdrdm', 'fphp'].includes(f!), f);
  for (const f of ['atomics', 'lrcpc', 'flagm', 'dcpop', 'dcpodp', 'sha512', 'sha3']) assert.ok(out.has(f as Feature), f);
});

test('a line left out for a model is never matched by a later, more general line', () => {
  // For every feature-tagged line: random words matching its pattern (and claimed by no earlier
  // line) decode as UNDEFINED on a model without the feature.
  const noFeatures: CpuModel = { name: 'none', features: new Set() };
  const dec = new Decoder(A64_TABLE, noFeatures);
  const compiled = A64_TABLE.map(compilePattern);
  let seed = 12345;
  const rnd = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) | 0; return seed ^ (seed >>> 15); };
  let checked = 0;
  compiled.forEach((p, k) => {
    if (!p.line.feature) return;
    for (let t = 0; t < 300; t++) {
      const w = (rnd() & ~p.mask) | p.value;
      if (compiled.slice(0, k).some((q) => (w & q.mask) === q.value)) continue; // an earlier line owns it
      assert.is(dec.decode(w, new Int32Array(4), 0), false, `${p.line.name}: 0x${(w >>> 0).toString(16)} decodes without ${p.line.feature}`);
      checked++;
    }
  });
  assert.ok(checked > 3000, `words checked: ${checked}`);
});

// ---- ID registers ------------------------------------------------------------------------------

function idReg(m: Machine, name: string): bigint {
  assert.ok(readSysreg(m.cpus[0], sysregIndex(name)), name);
  return (BigInt(sysHi() >>> 0) << 32n) | BigInt(sysLo() >>> 0);
}
const field = (v: bigint, lsb: number): number => Number((v >> BigInt(lsb)) & 15n);

test('cortex-a57: ID_AA64ISAR0 = 0x11120 as QEMU\'s (AES+PMULL, SHA1, SHA256, CRC32), ISAR1 = 0, no FP16', () => {
  const m = new Machine({ memoryMiB: 16, log: () => {} });
  assert.is(idReg(m, 'ID_AA64ISAR0_EL1'), 0x11120n);
  assert.is(idReg(m, 'ID_AA64ISAR1_EL1'), 0n);
  const pfr0 = idReg(m, 'ID_AA64PFR0_EL1');
  assert.is(field(pfr0, 16), 0, 'FP without half precision');
  assert.is(field(pfr0, 20), 0, 'AdvSIMD without half precision');
  assert.is(field(pfr0, 24), 1, 'GICv3 system registers');
  assert.is(pfr0 >> 56n, 0x13n, 'CSV2 = 3, CSV3 = 1');
});

test('max: the ID fields of every feature its decoder executes, and nothing else', () => {
  const m = new Machine({ memoryMiB: 16, cpu: 'max', log: () => {} });
  const has = m.cpus[0].decoder.features;
  const isar0 = idReg(m, 'ID_AA64ISAR0_EL1'), isar1 = idReg(m, 'ID_AA64ISAR1_EL1'), pfr0 = idReg(m, 'ID_AA64PFR0_EL1');
  const want: [bigint, number, number, string][] = [
    [isar0, 4, 2, 'AES: AES + PMULL'], [isar0, 8, 1, 'SHA1'], [isar0, 12, 2, 'SHA2: SHA256 + SHA512'], [isar0, 16, 1, 'CRC32'],
    [isar0, 20, 2, 'Atomic: LSE'], [isar0, 32, 1, 'SHA3'], [isar0, 52, 1, 'TS: FlagM'],
    [isar0, 28, has.has('asimdrdm') ? 1 : 0, 'RDM'], [isar0, 44, has.has('asimddp') ? 1 : 0, 'DP'],
    [isar0, 36, 0, 'SM3'], [isar0, 40, 0, 'SM4'], [isar0, 48, 0, 'FHM'], [isar0, 56, 0, 'TLB'], [isar0, 60, 0, 'RNDR'],
    [isar1, 0, 2, 'DPB: DC CVAP + CVADP'], [isar1, 20, 1, 'LRCPC'], [isar1, 48, 1, 'DGH'],
    [isar1, 4, 0, 'APA'], [isar1, 8, 0, 'API'], [isar1, 12, 0, 'JSCVT'], [isar1, 16, 0, 'FCMA'], [isar1, 36, 0, 'FRINTTS'],
    [isar1, 40, 0, 'SB'], [isar1, 52, 0, 'I8MM'], [isar1, 44, 0, 'SPECRES'],
    [pfr0, 16, has.has('fphp') ? 1 : 0, 'FP'], [pfr0, 20, has.has('fphp') ? 1 : 0, 'AdvSIMD'], [pfr0, 32, 0, 'SVE'], [pfr0, 48, 0, 'DIT'],
  ];
  for (const [reg, lsb, v, what] of want) assert.is(field(reg, lsb), v, what);
  // Every feature of the model is executed, or pending (named in features.ts before its lines exist).
  for (const f of MAX.features) assert.ok(has.has(f) || ['asimddp', 'asimdrdm', 'fphp'].includes(f), `${f} not executed by max`);
  assert.ok(UNGATED.has('dgh'));
});

test('FPCR.FZ16 reads back only with FEAT_FP16', () => {
  for (const model of ['cortex-a57', 'max']) {
    const cpu = new Machine({ memoryMiB: 16, cpu: model, log: () => {} }).cpus[0];
    assert.ok(writeSysreg(cpu, sysregIndex('FPCR'), -1, 0));
    assert.is((cpu.r[FPCR] >>> 19) & 1, cpu.decoder.features.has('fphp') ? 1 : 0, model);
    assert.is(cpu.r[FPCR] & ~(1 << 19), 0x07f70000, model);
  }
});

test.run();
