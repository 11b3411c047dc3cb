// Data aborts as Linux sees them: a static program calloc()s 64 MiB, reads it (the kernel maps
// the shared zero page, read-only), memsets it to zero (glibc zeroes with DC ZVA: a write to the
// zero page, which must fault with WnR = 1 and CM = 0 or the kernel takes it for a read and
// maps the zero page again, forever), fills it with a pattern, checks every byte and prints one
// line. Then the shell prompt must come back and `poweroff -f` end the run.
//
// The program is built into a temporary directory and appended to the default initramfs
// (scripts/static-program.ts). Skipped, with the reason, without the cached guest (`npm run
// guest`) or the cross compiler (gcc-aarch64-linux-gnu).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shellSession, SHELL_PROMPT } from './helpers.ts';
import { defaultGuest, missingGuestMessage } from '../src/guest/images.ts';
import { initrdWithProgram, missingCompiler } from '../scripts/static-program.ts';

const GUEST_PATH = 'abort-memset';
const MIB = 64;
const DONE_LINE = `abort-memset: ${MIB} MiB calloc, read, memset 0, memset 0xa5: all checked`;

const PROGRAM = `
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check(const unsigned char *p, size_t n, unsigned char want, const char *what)
{
    const unsigned long long w8 = 0x0101010101010101ULL * want;
    for (size_t k = 0; k < n; k += 8) {
        if (*(const volatile unsigned long long *)(p + k) != w8) {
            printf("abort-memset: %s: byte %zu is not 0x%02x\\n", what, k, want);
            return 1;
        }
    }
    return 0;
}

/* Through a volatile pointer: GCC would drop a memset(p, 0, n) after calloc() as redundant. */
static void *(*volatile memset_)(void *, int, size_t) = memset;

int main(void)
{
    const size_t n = (size_t)${MIB} << 20;
    unsigned char *p = calloc(1, n);
    if (!p) { puts("abort-memset: calloc failed"); return 1; }
    if (check(p, n, 0, "calloc")) return 1;          /* read: the zero page, read-only */
    memset_(p, 0, n);                                 /* DC ZVA over the zero page */
    if (check(p, n, 0, "memset 0")) return 1;
    memset_(p, 0xa5, n);
    if (check(p, n, 0xa5, "memset 0xa5")) return 1;
    free(p);
    puts("${DONE_LINE}");
    return 0;
}
`;

/** Why the suite cannot run here, or undefined. */
function missing(): string | undefined {
  return defaultGuest() ? missingCompiler() : missingGuestMessage();
}

const why = missing();
if (why) {
  console.log(`abort-linux.test.ts skipped: ${why}`);
} else {
  test(`a static program calloc()s, reads, memsets (DC ZVA) and checks ${MIB} MiB, and the shell comes back`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'a64dbg-abort-'));
    try {
      const initrd = initrdWithProgram(dir, defaultGuest()!.initrd, GUEST_PATH, PROGRAM);
      // ~935 M instructions to the prompt; the program needs a few hundred million more. A DC ZVA
      // reported as a read (CM = 1) livelocks in the page-fault handler until this bound.
      const g = defaultGuest()!;
      const s = shellSession([`/${GUEST_PATH}`, 'poweroff -f'], { kernel: g.kernel, initrd, append: g.append, maxInstructions: 2_500_000_000 });
      assert.ok(s.outputs[0].includes(DONE_LINE),
        `the program's line after the prompt (stop: ${JSON.stringify(s.stop)}, ${s.instructions} instructions):\n${s.log.slice(-2000)}`);
      assert.ok(s.log.slice(s.log.indexOf(DONE_LINE)).includes(SHELL_PROMPT), `a prompt after the program:\n${s.log.slice(-500)}`);
      assert.equal({ kind: s.stop.kind, status: s.stop.kind === 'exit' ? s.stop.status : -1 }, { kind: 'exit', status: 0 },
        `how the run ended: ${JSON.stringify(s.stop)}\n${s.log.slice(-2000)}`);
      assert.not.match(s.log, /Unable to handle|Oops|BUG:|segfault|Illegal instruction/, 'no kernel or user fault report');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
