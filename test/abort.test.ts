// Aborts where a64dbg follows the Arm ARM and QEMU 7.2 (our oracle everywhere else) does not,
// so no QEMU golden can cover them: firmware/bin/sys_abort_cm.elf runs each case and prints
// its trap line; every line is checked here against the syndrome the architecture gives.
// (The aborts QEMU does raise are in the goldens of sys_abort, sys_abort2 and sys_abort_lse.)
//
// - Cache maintenance by VA (DC CVAC, CVAU, CIVAC, IVAC; IC IVAU) translates its address. A
//   fault is a data abort with ISS.CM = 1 and WnR = 1 ("for faults on cache maintenance
//   instructions, this bit always returns a value of 1", ESR_ELx.WnR), FAR = Xt. At EL1 only
//   DC IVAC checks permissions (write: invalidating discards data); at EL0 the location must be
//   readable at EL0 (for IC IVAU an IMPLEMENTATION DEFINED choice: reported). Access flag faults
//   are reported (IMPLEMENTATION DEFINED as well). Set/way operations have no address.
//   QEMU 7.2: every one of these is a NOP; the program prints "(no fault)" for all of them.
// - DC ZVA to Device memory: Alignment fault, WnR = 1, CM = 0 (DC ZVA is a store, not cache
//   maintenance), FAR = Xt, memory untouched. QEMU 7.2 zeroes the Device memory.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runElf } from './helpers.ts';

const ELF = 'firmware/bin/sys_abort_cm.elf';

const EC_DABT_LOW = 0x24, EC_DABT_CUR = 0x25;
const CM = 1 << 8, WNR = 1 << 6;
const TRANSLATION_L3 = 0x07, ACCESS_FLAG_L3 = 0x0b, PERMISSION_L3 = 0x0f, WALK_ABORT_L3 = 0x17, ALIGNMENT = 0x21;

/** ESR for a data abort: EC, IL = 1, ISS (ISV = 0, as for every abort taken to EL1). */
const esr = (ec: number, iss: number): number => ((ec << 26) | (1 << 25) | iss) >>> 0;

interface Want { esr: number; far: bigint }
const cur = (iss: number, far: bigint): Want => ({ esr: esr(EC_DABT_CUR, iss), far });
const low = (iss: number, far: bigint): Want => ({ esr: esr(EC_DABT_LOW, iss), far });

/** Each case of the program (its first line) and the abort it must take, or null for none. */
const CASES: [string, Want | null][] = [
  ['dc civac 0x40203048 (unmapped)', cur(CM | WNR | TRANSLATION_L3, 0x40203048n)],
  ['dc cvac 0x40203048 (unmapped)', cur(CM | WNR | TRANSLATION_L3, 0x40203048n)],
  ['dc cvau 0x40203048 (unmapped)', cur(CM | WNR | TRANSLATION_L3, 0x40203048n)],
  ['dc ivac 0x40203048 (unmapped)', cur(CM | WNR | TRANSLATION_L3, 0x40203048n)],
  ['dc ivac 0x40201048 (read-only: needs write permission)', cur(CM | WNR | PERMISSION_L3, 0x40201048n)],
  ['dc civac 0x40201048 (read-only)', null],
  ['dc cvac 0x40207048 (EL0 read-only page)', null],
  ['dc civac 0x40404321 (walk reads outside RAM)', cur(CM | WNR | WALK_ABORT_L3, 0x40404321n)],
  ['dc civac 0x40209010 (access flag clear)', cur(CM | WNR | ACCESS_FLAG_L3, 0x40209010n)],
  ['dc cisw 0 (set/way: no address)', null],
  ['ic ivau 0x40203048 (unmapped)', cur(CM | WNR | TRANSLATION_L3, 0x40203048n)],
  ['ic ivau 0x40201048 (read-only)', null],
  ['dc zva 0x40208048 (Device memory)', cur(WNR | ALIGNMENT, 0x40208048n)],
  ['el0: dc civac 0x40200048 (EL1-only page)', low(CM | WNR | PERMISSION_L3, 0x40200048n)],
  ['el0: dc civac 0x40203048 (unmapped)', low(CM | WNR | TRANSLATION_L3, 0x40203048n)],
  ['el0: dc cvau 0x40207048 (EL0 read-only page)', null],
  ['el0: ic ivau 0x40200048 (EL1-only page)', low(CM | WNR | PERMISSION_L3, 0x40200048n)],
  ['el0: ic ivau 0x40206048 (EL0 RW page)', null],
];

/** The program's output as case name -> the lines under it. */
function cases(uart: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let cur: string[] | undefined;
  for (const line of uart.split('\n')) {
    if (line.startsWith('  ')) cur?.push(line.trim());
    else out.set(line, cur = []);
  }
  return out;
}

const run = runElf(ELF);
const got = cases(run.uart);

test('sys_abort_cm runs to its end', () => {
  assert.equal({ kind: run.stop.kind, status: run.stop.kind === 'exit' ? run.stop.status : undefined }, { kind: 'exit', status: 0 },
    `${JSON.stringify(run.stop)}\n${run.uart.slice(-2000)}`);
  assert.ok(run.uart.endsWith('done\n'), run.uart.slice(-500));
  const faults = CASES.filter(([, w]) => w !== null).length;
  assert.ok(run.uart.includes(`traps: ${faults.toString(16).padStart(16, '0')}\n`), `${faults} traps`);
});

for (const [name, want] of CASES) {
  test(`${name}: ${want ? `ESR ${want.esr.toString(16)}, FAR ${want.far.toString(16)}` : 'no abort'}`, () => {
    const lines = got.get(name);
    assert.ok(lines, `case "${name}" in the output:\n${run.uart}`);
    const trap = lines.find((l) => l.startsWith('trap '));
    if (!want) {
      assert.is(trap, undefined, 'no trap');
      assert.ok(lines.some((l) => l.endsWith('(no fault)')), lines.join('\n'));
      return;
    }
    assert.ok(trap, `a trap line:\n${lines.join('\n')}`);
    const m = /esr=([0-9a-f]{8}) .* far=([0-9a-f]{16}) elr=insn\+0$/.exec(trap);
    assert.ok(m, `trap line format, ELR at the instruction: ${trap}`);
    assert.is(m[1], want.esr.toString(16).padStart(8, '0'), `ESR (${trap})`);
    assert.is(m[2], want.far.toString(16).padStart(16, '0'), `FAR (${trap})`);
  });
}

test('DC ZVA to Device memory leaves it untouched', () => {
  assert.ok(run.uart.includes('  0x40208048: 9000000000000048\n'), run.uart);
});

test.run();
