// The target description gdb reads with qXfer:features:read, generated from GDB_REGISTERS so the
// numbering can never drift from the `g`/`p` packets. gdb/*.xml in the repository are copies of
// what this produces (a test keeps them equal); they are handy for `set tdesc filename`. Also
// the library list qXfer:libraries:read serves a target with the libraries group.

import { GDB_FEATURES, GDB_REGISTERS, type GdbRegister, type LoadedLibrary } from './target.ts';

type FeatureKey = keyof typeof GDB_FEATURES;

const HEADER = '<?xml version="1.0"?>\n<!DOCTYPE feature SYSTEM "gdb-target.dtd">\n';

// The vector types gdb's AArch64 port builds its v/q/d/s/h/b views from (same shapes as gdb's
// own features/aarch64-fpu.xml).
const FPU_TYPES = [
  '  <vector id="v2d" type="ieee_double" count="2"/>',
  '  <vector id="v2u" type="uint64" count="2"/>',
  '  <vector id="v2i" type="int64" count="2"/>',
  '  <vector id="v4f" type="ieee_single" count="4"/>',
  '  <vector id="v4u" type="uint32" count="4"/>',
  '  <vector id="v4i" type="int32" count="4"/>',
  '  <vector id="v8u" type="uint16" count="8"/>',
  '  <vector id="v8i" type="int16" count="8"/>',
  '  <vector id="v16u" type="uint8" count="16"/>',
  '  <vector id="v16i" type="int8" count="16"/>',
  '  <vector id="v1u" type="uint128" count="1"/>',
  '  <vector id="v1i" type="int128" count="1"/>',
  '  <union id="vnd">',
  '    <field name="f" type="v2d"/>',
  '    <field name="u" type="v2u"/>',
  '    <field name="s" type="v2i"/>',
  '  </union>',
  '  <union id="vns">',
  '    <field name="f" type="v4f"/>',
  '    <field name="u" type="v4u"/>',
  '    <field name="s" type="v4i"/>',
  '  </union>',
  '  <union id="vnh">',
  '    <field name="u" type="v8u"/>',
  '    <field name="s" type="v8i"/>',
  '  </union>',
  '  <union id="vnb">',
  '    <field name="u" type="v16u"/>',
  '    <field name="s" type="v16i"/>',
  '  </union>',
  '  <union id="vnq">',
  '    <field name="u" type="v1u"/>',
  '    <field name="s" type="v1i"/>',
  '  </union>',
  '  <union id="aarch64v">',
  '    <field name="d" type="vnd"/>',
  '    <field name="s" type="vns"/>',
  '    <field name="h" type="vnh"/>',
  '    <field name="b" type="vnb"/>',
  '    <field name="q" type="vnq"/>',
  '  </union>',
];

function regXml(r: GdbRegister, regnum: number, explicitNum: boolean): string {
  let s = `  <reg name="${r.name}" bitsize="${r.bits}"`;
  if (explicitNum) s += ` regnum="${regnum}"`;
  if (r.type) s += ` type="${r.type}"`;
  if (r.feature === 'sysregs') s += ` group="${r.group}"`;
  return s + '/>';
}

/** One feature document, holding the registers of that feature below `limit` (gdb numbers). */
export function featureXml(feature: FeatureKey, limit = GDB_REGISTERS.length): string {
  const lines = [HEADER + `<feature name="${GDB_FEATURES[feature].name}">`];
  if (feature === 'fpu') lines.push(...FPU_TYPES);
  let first = true;
  GDB_REGISTERS.forEach((r, i) => {
    if (r.feature !== feature || i >= limit) return;
    // The first register of each feature carries its number explicitly, so a feature gdb skips
    // cannot shift the ones after it.
    lines.push(regXml(r, i, first));
    first = false;
  });
  lines.push('</feature>', '');
  return lines.join('\n');
}

/** Features that have at least one register below `limit`. */
export function featuresPresent(limit = GDB_REGISTERS.length): FeatureKey[] {
  return (Object.keys(GDB_FEATURES) as FeatureKey[]).filter((f) =>
    GDB_REGISTERS.some((r, i) => r.feature === f && i < limit));
}

/** target.xml: the architecture and an xi:include per feature. */
export function targetXml(limit = GDB_REGISTERS.length): string {
  const inc = featuresPresent(limit).map((f) => `  <xi:include href="${GDB_FEATURES[f].file}"/>`);
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE target SYSTEM "gdb-target.dtd">',
    '<target version="1.0">',
    '  <architecture>aarch64</architecture>',
    ...inc,
    '</target>',
    '',
  ].join('\n');
}

/** Every annex qXfer:features:read serves, by name, for a target with `limit` registers. */
export function targetDescription(limit = GDB_REGISTERS.length): Map<string, string> {
  const m = new Map<string, string>([['target.xml', targetXml(limit)]]);
  for (const f of featuresPresent(limit)) m.set(GDB_FEATURES[f].file, featureXml(f, limit));
  return m;
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** XML attribute text: the markup characters as entities, anything outside ASCII as a character reference. */
function xmlEscape(s: string): string {
  return s.replace(/[&<>"']|[^\x20-\x7e]/gu, (c) => XML_ENTITIES[c] ?? `&#${c.codePointAt(0)};`);
}

/** gdb's library list (qXfer:libraries:read): one <library> per entry, its section addresses in order. */
export function libraryListXml(libs: readonly LoadedLibrary[]): string {
  const lines = ['<library-list>'];
  for (const lib of libs) {
    lines.push(`  <library name="${xmlEscape(lib.name)}">`);
    for (const a of lib.sections) lines.push(`    <section address="0x${a.toString(16)}"/>`);
    lines.push('  </library>');
  }
  lines.push('</library-list>', '');
  return lines.join('\n');
}
