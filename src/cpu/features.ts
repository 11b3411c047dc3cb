// CPU models (`-cpu NAME`): which optional A64 features a vCPU implements. The decoder leaves
// out every table line whose feature the model lacks (those encodings are UNDEFINED), and the
// ID registers advertise exactly the model's features, so the guest's HWCAPs, /proc/cpuinfo and
// what executes always agree (src/README.md, "CPU models").
//
// cortex-a57 and cortex-a53 have what QEMU's models of them have (crypto extension: AES, PMULL,
// SHA1, SHA256; CRC32); `max` adds every optional feature a64dbg implements.
//
// A feature is advertised only when the decoder also has its instructions: a table line tagged
// with it (PatternLine.feature), or it is UNGATED (no encodings of its own). So a feature named
// here before its instructions exist stays unadvertised until they do (Decoder.features).

/** An optional feature, named as Linux's /proc/cpuinfo names its HWCAP where there is one. */
export type Feature =
  | 'crc32' | 'aes' | 'pmull' | 'sha1' | 'sha2' | 'sha512' | 'sha3'
  | 'atomics' | 'lrcpc' | 'flagm' | 'asimddp' | 'asimdrdm' | 'fphp'
  | 'dcpop' | 'dcpodp' | 'dgh';

export interface CpuModel {
  readonly name: string;
  readonly features: ReadonlySet<Feature>;
}

const A57: Feature[] = ['crc32', 'aes', 'pmull', 'sha1', 'sha2'];
const MAX: Feature[] = [...A57, 'sha512', 'sha3', 'atomics', 'lrcpc', 'flagm', 'asimddp', 'asimdrdm', 'fphp',
  'dcpop', 'dcpodp', 'dgh'];

export const CPU_MODELS: Readonly<Record<string, CpuModel>> = {
  'cortex-a57': { name: 'cortex-a57', features: new Set(A57) },
  'cortex-a53': { name: 'cortex-a53', features: new Set(A57) },
  max: { name: 'max', features: new Set(MAX) },
};

export const DEFAULT_CPU = 'cortex-a57';

/**
 * Features with no encodings of their own to gate: DGH is a hint, a NOP without the feature,
 * so it always executes and is advertised whenever the model has it.
 */
export const UNGATED: ReadonlySet<Feature> = new Set<Feature>(['dgh']);

/** The model called NAME, or undefined (the CLI names the known ones). */
export function cpuModel(name: string): CpuModel | undefined {
  return Object.prototype.hasOwnProperty.call(CPU_MODELS, name) ? CPU_MODELS[name] : undefined;
}

/** The Features names Linux prints in /proc/cpuinfo for a set of features (kernel order aside). */
export function hwcapNames(features: Iterable<Feature>): string[] {
  const out: string[] = [];
  for (const f of features) {
    if (f === 'fphp') out.push('fphp', 'asimdhp'); // FEAT_FP16: ID_AA64PFR0.FP and .AdvSIMD both
    else out.push(f);
  }
  return out;
}
