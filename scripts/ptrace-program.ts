// A static arm64 Linux program that uses the guest's self-hosted debug through ptrace (Linux's
// PTRACE_SINGLESTEP runs on MDSCR_EL1.SS/SPSR.SS, NT_ARM_HW_WATCH/NT_ARM_HW_BREAK on
// DBGWCR/DBGWVR and DBGBCR/DBGBVR): a parent traces a forked child, single-steps it over a
// known loop, catches its store with a hardware watchpoint and its call with a hardware
// breakpoint, and prints lines with counts and symbolic results only (no addresses), so the
// output is the same under QEMU and a64dbg. Shared by test/ptrace-linux.test.ts and
// scripts/make-ptrace-golden.ts (which records QEMU 7.2's output as test/golden/linux/ptrace.out).

import { initrdWithProgram } from './static-program.ts';

export { missingCompiler } from './static-program.ts';
/** Where the program lands in the guest's root file system. */
export const GUEST_PATH = 'ptrace-test';
/** Every line the program prints starts with this. */
export const LINE_PREFIX = 'ptrace: ';

export const PROGRAM = String.raw`
#define _GNU_SOURCE
#include <elf.h>
#include <stddef.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <asm/ptrace.h>

#ifndef TRAP_HWBKPT
#define TRAP_HWBKPT 4
#endif

volatile long watched;
extern char loop_start[], loop_end[];

__attribute__((noinline)) static void region(void)
{
    __asm__ volatile(".globl loop_start\nloop_start:\n\tmov x9, #50\n1:\tsub x9, x9, #1\n\tcbnz x9, 1b\n"
                     ".globl loop_end\nloop_end:\n\tnop" ::: "x9", "cc");
}

__attribute__((noinline)) void bp_fn(void) { __asm__ volatile("nop"); }

static void child(void)
{
    ptrace(PTRACE_TRACEME, 0, 0, 0);
    raise(SIGSTOP);
    region();
    watched = 42;
    bp_fn();
    _exit(0);
}

static unsigned long pc_of(pid_t pid)
{
    struct user_pt_regs regs;
    struct iovec io = { &regs, sizeof regs };
    if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &io) != 0) { perror("GETREGSET"); exit(1); }
    return regs.pc;
}

static int wait_stop(pid_t pid, const char *what)
{
    int st;
    if (waitpid(pid, &st, 0) != pid) { perror("waitpid"); exit(1); }
    if (!WIFSTOPPED(st)) { printf("ptrace: %s: child did not stop (status 0x%x)\n", what, st); exit(1); }
    return WSTOPSIG(st);
}

static void step(pid_t pid)
{
    if (ptrace(PTRACE_SINGLESTEP, pid, 0, 0) != 0) { perror("SINGLESTEP"); exit(1); }
    int sig = wait_stop(pid, "step");
    if (sig != SIGTRAP) { printf("ptrace: step stopped with signal %d\n", sig); exit(1); }
}

/* One hardware point (slot 0) of NT_ARM_HW_WATCH or NT_ARM_HW_BREAK; ctrl 0 disables it. */
static void set_point(pid_t pid, int type, unsigned long addr, unsigned int ctrl)
{
    struct user_hwdebug_state s;
    memset(&s, 0, sizeof s);
    s.dbg_regs[0].addr = addr;
    s.dbg_regs[0].ctrl = ctrl;
    struct iovec io = { &s, offsetof(struct user_hwdebug_state, dbg_regs) + sizeof s.dbg_regs[0] };
    if (ptrace(PTRACE_SETREGSET, pid, (void *)(long)type, &io) != 0) { perror("SETREGSET"); exit(1); }
}

static int slots(pid_t pid, int type)
{
    struct user_hwdebug_state s;
    struct iovec io = { &s, sizeof s };
    if (ptrace(PTRACE_GETREGSET, pid, (void *)(long)type, &io) != 0) { perror("GETREGSET hw"); exit(1); }
    return s.dbg_info & 0xff;
}

static const char *yes(int c) { return c ? "yes" : "no"; }

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 1; }
    if (pid == 0) child();

    int sig = wait_stop(pid, "start");
    printf("ptrace: child stopped with %s\n", sig == SIGSTOP ? "SIGSTOP" : "another signal");
    printf("ptrace: hardware slots: %d breakpoints, %d watchpoints\n",
           slots(pid, NT_ARM_HW_BREAK), slots(pid, NT_ARM_HW_WATCH));

    /* Single steps: through libc back to region(), then over its loop. */
    int n = 0;
    while (pc_of(pid) != (unsigned long)loop_start && n < 100000) { step(pid); n++; }
    printf("ptrace: loop_start reached by single steps: %s\n", yes(pc_of(pid) == (unsigned long)loop_start));
    n = 0;
    while (pc_of(pid) != (unsigned long)loop_end && n < 100000) { step(pid); n++; }
    printf("ptrace: %d single steps from loop_start to loop_end\n", n);

    /* A write watchpoint on the variable the child stores to next (8 bytes, EL0). */
    set_point(pid, NT_ARM_HW_WATCH, (unsigned long)&watched, (0xff << 5) | (2 << 3) | (2 << 1) | 1);
    if (ptrace(PTRACE_CONT, pid, 0, 0) != 0) { perror("CONT"); return 1; }
    sig = wait_stop(pid, "watch");
    siginfo_t si;
    ptrace(PTRACE_GETSIGINFO, pid, 0, &si);
    long before = ptrace(PTRACE_PEEKDATA, pid, (void *)&watched, 0);
    printf("ptrace: watchpoint: %s si_code=%s si_addr=&watched: %s, watched=%ld (not yet stored)\n",
           sig == SIGTRAP ? "SIGTRAP" : "another signal", si.si_code == TRAP_HWBKPT ? "TRAP_HWBKPT" : "other",
           yes(si.si_addr == (void *)&watched), before);
    set_point(pid, NT_ARM_HW_WATCH, 0, 0);
    step(pid);
    printf("ptrace: one step later: watched=%ld\n", ptrace(PTRACE_PEEKDATA, pid, (void *)&watched, 0));

    /* An EL0 execution breakpoint on bp_fn. */
    set_point(pid, NT_ARM_HW_BREAK, (unsigned long)bp_fn, (0xf << 5) | (2 << 1) | 1);
    if (ptrace(PTRACE_CONT, pid, 0, 0) != 0) { perror("CONT"); return 1; }
    sig = wait_stop(pid, "break");
    ptrace(PTRACE_GETSIGINFO, pid, 0, &si);
    printf("ptrace: breakpoint: %s si_code=%s pc=bp_fn: %s si_addr=bp_fn: %s\n",
           sig == SIGTRAP ? "SIGTRAP" : "another signal", si.si_code == TRAP_HWBKPT ? "TRAP_HWBKPT" : "other",
           yes(pc_of(pid) == (unsigned long)bp_fn), yes(si.si_addr == (void *)bp_fn));
    set_point(pid, NT_ARM_HW_BREAK, 0, 0);
    if (ptrace(PTRACE_CONT, pid, 0, 0) != 0) { perror("CONT"); return 1; }
    int st;
    waitpid(pid, &st, 0);
    printf("ptrace: child exited: %s, status %d\n", yes(WIFEXITED(st)), WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    return 0;
}
`;

/** Builds the program in `dir` and writes the base initramfs + an appended archive holding it; returns its path. */
export function buildPtraceInitrd(dir: string, baseInitrd: string): string {
  return initrdWithProgram(dir, baseInitrd, GUEST_PATH, PROGRAM);
}

/** The program's own lines in a console log. */
export function programLines(log: string): string {
  return log.replace(/\r/g, '').split('\n').filter((l) => l.startsWith(LINE_PREFIX)).map((l) => l + '\n').join('');
}
