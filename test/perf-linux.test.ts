// The PMU as Linux uses it: the kernel's armv8_pmuv3 driver probes the DTB's `pmu` node (PPI 7)
// and PMCR_EL0.N, and a static program counts a loop of known length with perf_event_open
// (PERF_TYPE_HARDWARE: PERF_COUNT_HW_INSTRUCTIONS on an event counter with INST_RETIRED,
// PERF_COUNT_HW_CPU_CYCLES on the cycle counter; exclude_kernel = 1, so PMEVTYPER/PMCCFILTR.P
// filter out EL1 and the task's counts survive its trips through the kernel: syscalls, timer
// interrupts, context switches). The loop is 1,000,000 iterations of SUBS + B.NE: 2,000,000
// instructions, and as many cycles (a64dbg: one per instruction); what the libc wrappers of the
// ioctl()s around it add at EL0 is tens of instructions, so both counts must be within 1%.
//
// Built and appended to the default initramfs by scripts/static-program.ts. Skipped, with the reason, without the cached guest (`npm
// run guest`) or the cross compiler.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shellSession } from './helpers.ts';
import { defaultGuest, missingGuestMessage } from '../src/guest/images.ts';
import { initrdWithProgram, missingCompiler } from '../scripts/static-program.ts';

const GUEST_PATH = 'perf-loop';
const ITERATIONS = 1_000_000;
const LOOP_INSTRUCTIONS = 2 * ITERATIONS;

const PROGRAM = `
#include <linux/perf_event.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static int counter(unsigned long long config)
{
    struct perf_event_attr a;
    memset(&a, 0, sizeof a);
    a.type = PERF_TYPE_HARDWARE;
    a.size = sizeof a;
    a.config = config;
    a.disabled = 1;
    a.exclude_kernel = 1;
    a.exclude_hv = 1;
    return (int)syscall(__NR_perf_event_open, &a, 0, -1, -1, 0);
}

int main(void)
{
    int insns = counter(PERF_COUNT_HW_INSTRUCTIONS), cycles = counter(PERF_COUNT_HW_CPU_CYCLES);
    if (insns < 0 || cycles < 0) { perror("perf-loop: perf_event_open"); return 1; }
    unsigned long n = ${ITERATIONS};
    ioctl(insns, PERF_EVENT_IOC_RESET, 0);
    ioctl(cycles, PERF_EVENT_IOC_RESET, 0);
    ioctl(insns, PERF_EVENT_IOC_ENABLE, 0);
    ioctl(cycles, PERF_EVENT_IOC_ENABLE, 0);
    __asm__ volatile("1:\\tsubs %0, %0, #1\\n\\tb.ne 1b" : "+r"(n) :: "cc");
    ioctl(cycles, PERF_EVENT_IOC_DISABLE, 0);
    ioctl(insns, PERF_EVENT_IOC_DISABLE, 0);
    unsigned long long i = 0, c = 0;
    if (read(insns, &i, sizeof i) != sizeof i || read(cycles, &c, sizeof c) != sizeof c) { perror("perf-loop: read"); return 1; }
    printf("perf-loop: loop of ${LOOP_INSTRUCTIONS} instructions: instructions=%llu cycles=%llu\\n", i, c);
    return 0;
}
`;

/** Why the suite cannot run here, or undefined. */
function missing(): string | undefined {
  return defaultGuest() ? missingCompiler() : missingGuestMessage();
}

const why = missing();
if (why) {
  console.log(`perf-linux.test.ts skipped: ${why}`);
} else {
  test('Linux probes the PMUv3 (PPI 7, 6 + 1 counters) and perf_event_open counts a known loop exactly enough', () => {
    const dir = mkdtempSync(join(tmpdir(), 'a64dbg-perf-'));
    try {
      const initrd = initrdWithProgram(dir, defaultGuest()!.initrd, GUEST_PATH, PROGRAM);
      const g = defaultGuest()!;
      const s = shellSession(['dmesg | grep -i -e perf -e pmu', `/${GUEST_PATH}`, 'poweroff -f'],
        { kernel: g.kernel, initrd, append: g.append, maxInstructions: 2_500_000_000 });
      const ctx = `(stop: ${JSON.stringify(s.stop)}, ${s.instructions} instructions):\n${s.log.slice(-2000)}`;
      assert.match(s.outputs[0], /hw perfevents: enabled with armv8_pmuv3 PMU driver, 7 counters available/, `the driver probed ${ctx}`);
      const m = /instructions=(\d+) cycles=(\d+)/.exec(s.outputs[1]);
      assert.ok(m, `the program's line ${ctx}`);
      const [insns, cycles] = [Number(m![1]), Number(m![2])];
      for (const [what, v] of [['instructions', insns], ['cycles', cycles]] as const) {
        assert.ok(Math.abs(v - LOOP_INSTRUCTIONS) <= LOOP_INSTRUCTIONS / 100, `${what} ${v} within 1% of ${LOOP_INSTRUCTIONS}`);
      }
      assert.equal({ kind: s.stop.kind, status: s.stop.kind === 'exit' ? s.stop.status : -1 }, { kind: 'exit', status: 0 }, `how the run ended ${ctx}`);
      assert.not.match(s.log, /Unable to handle|Oops|BUG:|segfault|Illegal instruction/, 'no kernel or user fault report');
      console.log(`    perf-loop: instructions=${insns} cycles=${cycles} for a ${LOOP_INSTRUCTIONS}-instruction loop; ${s.instructions} guest instructions in all`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
