// The guest's self-hosted debug as Linux uses it through ptrace: the program of
// scripts/ptrace-program.ts single-steps a traced child over a known loop (PTRACE_SINGLESTEP:
// MDSCR_EL1.SS and SPSR_EL1.SS), catches its store with a hardware watchpoint
// (NT_ARM_HW_WATCH: DBGWCR/DBGWVR) and its call with a hardware breakpoint (NT_ARM_HW_BREAK:
// DBGBCR/DBGBVR). Its lines must equal QEMU 7.2's (test/golden/linux/ptrace.out, recorded by
// scripts/make-ptrace-golden.ts). Built and appended to the initramfs as test/abort-linux.test.ts
// does; skipped, with the reason, without the cached guest or the cross compiler.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shellSession } from './helpers.ts';
import { defaultGuest, missingGuestMessage } from '../src/guest/images.ts';
import { GUEST_PATH, buildPtraceInitrd, missingCompiler, programLines } from '../scripts/ptrace-program.ts';

const why = defaultGuest() ? missingCompiler() : missingGuestMessage();
if (why) {
  console.log(`ptrace-linux.test.ts skipped: ${why}`);
} else {
  test('ptrace single steps, a hardware watchpoint and a hardware breakpoint give what they give under QEMU', () => {
    const dir = mkdtempSync(join(tmpdir(), 'a64dbg-ptrace-'));
    try {
      const g = defaultGuest()!;
      const initrd = buildPtraceInitrd(dir, g.initrd);
      const s = shellSession([`/${GUEST_PATH}`, 'poweroff -f'], { kernel: g.kernel, initrd, append: g.append, maxInstructions: 2_500_000_000 });
      const want = readFileSync('test/golden/linux/ptrace.out', 'utf8');
      assert.fixture(programLines(s.outputs[0]), want,
        `the program's lines (stop: ${JSON.stringify(s.stop)}, ${s.instructions} instructions):\n${s.log.slice(-2000)}`);
      assert.equal({ kind: s.stop.kind, status: s.stop.kind === 'exit' ? s.stop.status : -1 }, { kind: 'exit', status: 0 },
        `how the run ended: ${JSON.stringify(s.stop)}\n${s.log.slice(-2000)}`);
      assert.not.match(s.log, /Unable to handle|Oops|BUG:|segfault|Illegal instruction/, 'no kernel or user fault report');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
