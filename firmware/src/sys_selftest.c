/* sys_selftest: a self-checking tour of what a kernel relies on from the CPU: synchronous
 * exceptions from EL1 and EL0, external aborts where nothing answers, self-hosted debug
 * (hardware breakpoints and watchpoints, software step, the enables that gate them: MDSCR_EL1
 * KDE/MDE, PSTATE.D, the OS lock), the ID registers that advertise them, and the PMU.  Each check
 * compares with the Arm ARM and prints "ok N - what" or "not ok N - what (details)"; the last line
 * counts them, and the exit status is the number that failed.  The output is the same under
 * QEMU 7.2 (-cpu cortex-a57) and a64dbg.  MMU off: 0x70000000 is beyond RAM (-m 512). */
#include "sys.h"

#define EMPTY 0x70000000UL

static u64 checks, failures;

static void check(int ok, const char *what, u64 a, u64 b)
{
    checks++;
    if (!ok) failures++;
    puts(ok ? "ok " : "not ok "); put_udec(checks); puts(" - "); puts(what);
    if (!ok) { puts(" (got "); put_hex(a); puts(", want "); put_hex(b); putc(')'); }
    putc('\n');
}

/* What the last exception was; the handler's action for the next one. */
static volatile u64 t_count, t_esr, t_elr, t_far, t_vec;
enum { ACT_SKIP, ACT_RESUME, ACT_RETRY_DISARM, ACT_RETURN_LR, ACT_STEP };
static volatile int action;
static volatile u64 steps, step_until;   /* software step: steps taken, ELR that ends stepping */
static volatile u64 step_elr[16];

static u64 el0_stack[512] __attribute__((aligned(16)));

#define EC(esr) ESR_EC(esr)

void sys_trap(struct trap_frame *f, u64 vec)
{
    u64 ec = EC(f->esr);
    if (VEC_KIND(vec) != VEC_SYNC)
        sys_unexpected(f, vec);
    if (ec == 0x15 && (ESR_ISS(f->esr) & 0xffff) == 0xff && VEC_GROUP(vec) == 2) {
        sys_back_to_el1(f);                 /* EL0 code is done */
        return;
    }
    if (ec == 0x15 && (ESR_ISS(f->esr) & 0xffff) == 0x55 && VEC_GROUP(vec) == 2) {
        write_sysreg(mdscr_el1, read_sysreg(mdscr_el1) | 1);   /* EL0 asks to be stepped */
        f->spsr |= 1UL << 21;                                 /* SPSR.SS: active-not-pending */
        return;
    }
    if (ec == 0x32 && action == ACT_STEP) {                   /* a software step from EL0 */
        if (steps < 16) step_elr[steps] = f->elr;
        steps++;
        t_esr = f->esr;
        if (f->elr == step_until) write_sysreg(mdscr_el1, read_sysreg(mdscr_el1) & ~1UL);
        else f->spsr |= 1UL << 21;                            /* step the next one too */
        return;
    }
    t_count++;
    t_esr = f->esr; t_elr = f->elr; t_far = f->far; t_vec = vec;
    switch (action) {
    case ACT_SKIP:                      /* resume after the instruction */
        f->elr += 4;
        break;
    case ACT_RESUME:                    /* ELR is already past it (SVC) */
        break;
    case ACT_RETRY_DISARM:              /* disarm every point, run the instruction again */
        write_sysreg(dbgbcr0_el1, 0);
        write_sysreg(dbgwcr0_el1, 0);
        write_sysreg(mdscr_el1, read_sysreg(mdscr_el1) & ~1UL);
        isb();
        break;
    case ACT_RETURN_LR:                 /* an instruction abort: back to the caller */
        f->elr = f->x[30];
        break;
    default:
        sys_unexpected(f, vec);
    }
}

static void expect_trap(const char *what, u64 ec, u64 iss_mask, u64 iss, u64 elr)
{
    int ok = t_count == 1 && EC(t_esr) == ec && ESR_IL(t_esr) == 1 && (ESR_ISS(t_esr) & iss_mask) == iss && t_elr == elr;
    check(ok, what, t_count == 1 ? t_esr : 0xdead0000 + t_count, (ec << 26) | (1UL << 25) | iss);
    if (ok && t_elr != elr) check(0, "  ELR", t_elr, elr);
}

static void arm_action(int a) { t_count = 0; t_esr = 0; action = a; }

/* ---- code the checks run ----------------------------------------------------------------- */

__attribute__((noinline, aligned(64))) static u64 bp_target(u64 x) { __asm__ volatile(""); return x * 3 + 1; }
static volatile u64 watched[4] __attribute__((aligned(64)));

__asm__(".pushsection .text\n.balign 64\n.globl el0_bp\nel0_bp:\n\tadd x0, x0, #1\n\tadd x0, x0, #2\n\tsvc #0xff\n"
        ".balign 64\n.globl el0_steps\nel0_steps:\n\tsvc #0x55\n\tadd x0, x0, #1\n\tadd x0, x0, #2\n\tadd x0, x0, #3\n\tadd x0, x0, #4\n\tsvc #0xff\n"
        ".balign 64\n.globl el0_plain\nel0_plain:\n\tadd x0, x0, #7\n\tsvc #0xff\n.popsection");
extern char el0_bp[], el0_steps[], el0_plain[];

static u64 at_el0(char *entry, u64 arg) { return run_el0((u64)entry, (u64)&el0_stack[512], arg); }

static void debug_on(u64 mdscr) { write_sysreg(oslar_el1, 0); write_sysreg(mdscr_el1, mdscr); __asm__ volatile("msr daifclr, #8"); isb(); }
static void debug_off(void) { write_sysreg(mdscr_el1, 0); write_sysreg(dbgbcr0_el1, 0); write_sysreg(dbgwcr0_el1, 0); __asm__ volatile("msr daifset, #8"); isb(); }

#define MDSCR_SS  (1UL << 0)
#define MDSCR_KDE (1UL << 13)
#define MDSCR_MDE (1UL << 15)
#define BCR_EL1_EL0 (1UL | (3UL << 1) | (0xfUL << 5))   /* E, PMC = EL1 and EL0, BAS = A64 */
#define WCR(lsc) (1UL | (3UL << 1) | ((u64)(lsc) << 3) | (0xffUL << 5))   /* E, PAC both, LSC, BAS 8 bytes */

static void exceptions(void)
{
    u64 pc;
    arm_action(ACT_RESUME);
    __asm__ volatile("adr %0, 1f\n1:\tsvc #0x1234" : "=r"(pc) :: "memory");
    expect_trap("SVC at EL1: EC 0x15, imm16 in the ISS, ELR after it", 0x15, 0xffff, 0x1234, pc + 4);
    arm_action(ACT_SKIP);
    __asm__ volatile("adr %0, 1f\n1:\tbrk #0x77" : "=r"(pc) :: "memory");
    expect_trap("BRK: EC 0x3c, imm16, ELR at the BRK", 0x3c, 0xffff, 0x77, pc);
    arm_action(ACT_SKIP);
    __asm__ volatile("adr %0, 1f\n1:\t.inst 0x00000000" : "=r"(pc) :: "memory");
    expect_trap("UDF: EC 0x00, ELR at it", 0x00, 0x1ffffff, 0, pc);
    arm_action(ACT_SKIP);
    write_sysreg(cpacr_el1, 0); isb();
    __asm__ volatile("adr %0, 1f\n1:\tfmov d0, xzr" : "=r"(pc) :: "memory", "v0");
    expect_trap("FP with CPACR_EL1.FPEN = 0: EC 0x07", 0x07, 0, 0, pc);
    write_sysreg(cpacr_el1, 3UL << 20); isb();
}

static void external_aborts(void)
{
    u64 pc, v = 0x1111;
    arm_action(ACT_SKIP);
    __asm__ volatile("adr %0, 1f\n1:\tldr %1, [%2]" : "=&r"(pc), "+r"(v) : "r"(EMPTY + 0x18) : "memory");
    expect_trap("load from nothing: EC 0x25, DFSC 0x10 (external abort), WnR 0", 0x25, 0x1ff | (1 << 24), 0x10, pc);
    check(t_far == EMPTY + 0x18, "  FAR = the address", t_far, EMPTY + 0x18);
    check(v == 0x1111, "  the register is left as it was", v, 0x1111);
    arm_action(ACT_SKIP);
    __asm__ volatile("adr %0, 1f\n1:\tstr %1, [%2]" : "=&r"(pc) : "r"(v), "r"(EMPTY + 0x20) : "memory");
    expect_trap("store to nothing: EC 0x25, DFSC 0x10, WnR 1", 0x25, 0x1ff | (1 << 24), 0x50, pc);
    arm_action(ACT_RETURN_LR);
    __asm__ volatile("blr %0" :: "r"(EMPTY + 0x40) : "x30", "memory");
    expect_trap("fetch from nothing: EC 0x21, IFSC 0x10, ELR = FAR = the target", 0x21, 0x3f, 0x10, EMPTY + 0x40);
    check(t_far == EMPTY + 0x40, "  FAR = the target", t_far, EMPTY + 0x40);
}

static void id_registers(void)
{
    u64 dfr0 = read_sysreg(id_aa64dfr0_el1);
    check((dfr0 & 0xf) >= 6, "ID_AA64DFR0_EL1.DebugVer: Armv8 debug", dfr0 & 0xf, 6);
    check(((dfr0 >> 12) & 0xf) == 5, "ID_AA64DFR0_EL1.BRPs: 6 breakpoints", (dfr0 >> 12) & 0xf, 5);
    check(((dfr0 >> 20) & 0xf) == 3, "ID_AA64DFR0_EL1.WRPs: 4 watchpoints", (dfr0 >> 20) & 0xf, 3);
    check(((dfr0 >> 8) & 0xf) >= 1 && ((dfr0 >> 8) & 0xf) != 0xf, "ID_AA64DFR0_EL1.PMUVer: PMUv3", (dfr0 >> 8) & 0xf, 1);
    check((read_sysreg(oslsr_el1) & 0xb) == 0xa, "OSLSR_EL1: OS lock implemented, locked at reset", read_sysreg(oslsr_el1), 0xa);
}

static void breakpoints(void)
{
    u64 r;
    write_sysreg(dbgbvr0_el1, (u64)bp_target);
    write_sysreg(dbgbcr0_el1, BCR_EL1_EL0);
    isb();
    arm_action(ACT_RETRY_DISARM);
    r = bp_target(5);
    check(t_count == 0 && r == 16, "breakpoint with the OS lock set, MDE = 0: no exception", t_count, 0);

    debug_on(MDSCR_MDE);
    write_sysreg(dbgbcr0_el1, BCR_EL1_EL0); isb();
    arm_action(ACT_RETRY_DISARM);
    r = bp_target(5);
    check(t_count == 0 && r == 16, "EL1 breakpoint with MDSCR_EL1.KDE = 0: no exception at EL1", t_count, 0);

    debug_on(MDSCR_MDE | MDSCR_KDE);
    write_sysreg(dbgbcr0_el1, BCR_EL1_EL0); isb();
    __asm__ volatile("msr daifset, #8"); isb();
    arm_action(ACT_RETRY_DISARM);
    r = bp_target(5);
    check(t_count == 0 && r == 16, "EL1 breakpoint with PSTATE.D = 1: masked", t_count, 0);

    __asm__ volatile("msr daifclr, #8"); isb();
    arm_action(ACT_RETRY_DISARM);
    r = bp_target(5);
    expect_trap("EL1 breakpoint, KDE, MDE, D = 0: EC 0x31, IFSC 0x22, ELR at it", 0x31, 0x3f, 0x22, (u64)bp_target);
    check(r == 16, "  the instruction then runs", r, 16);

    debug_on(MDSCR_MDE);                        /* KDE = 0: EL0 is still debuggable */
    write_sysreg(dbgbvr0_el1, (u64)el0_bp + 4);
    write_sysreg(dbgbcr0_el1, BCR_EL1_EL0); isb();
    arm_action(ACT_RETRY_DISARM);
    r = at_el0(el0_bp, 10);
    expect_trap("EL0 breakpoint, KDE = 0: EC 0x30 from EL0", 0x30, 0x3f, 0x22, (u64)el0_bp + 4);
    check(r == 13, "  the EL0 code then completes", r, 13);

    write_sysreg(dbgbcr0_el1, 1UL | (1UL << 1) | (0xfUL << 5)); isb();   /* PMC = EL1 only */
    arm_action(ACT_RETRY_DISARM);
    r = at_el0(el0_bp, 10);
    check(t_count == 0 && r == 13, "breakpoint for EL1 only (PMC = 0b01): not at EL0", t_count, 0);
    debug_off();
}

static void watchpoints(void)
{
    u64 pc, v;
    debug_on(MDSCR_MDE | MDSCR_KDE);
    watched[0] = 1;
    write_sysreg(dbgwvr0_el1, (u64)&watched[0]);
    write_sysreg(dbgwcr0_el1, WCR(2)); isb();   /* stores only */
    arm_action(ACT_RETRY_DISARM);
    v = watched[0];
    check(t_count == 0 && v == 1, "store watchpoint: a load does not hit", t_count, 0);
    arm_action(ACT_RETRY_DISARM);
    __asm__ volatile("adr %0, 1f\n1:\tstr %1, [%2]" : "=&r"(pc) : "r"(0x55UL), "r"(&watched[0]) : "memory");
    expect_trap("store watchpoint: EC 0x35, DFSC 0x22, WnR 1, before the store", 0x35, 0x7f, 0x62, pc);
    check(t_far >= (u64)&watched[0] && t_far < (u64)&watched[1], "  FAR in the watched bytes", t_far, (u64)&watched[0]);
    check(watched[0] == 0x55, "  the store completes when run again", watched[0], 0x55);

    write_sysreg(dbgwcr0_el1, WCR(1)); isb();   /* loads only */
    arm_action(ACT_RETRY_DISARM);
    watched[0] = 2;
    check(t_count == 0, "load watchpoint: a store does not hit", t_count, 0);
    arm_action(ACT_RETRY_DISARM);
    __asm__ volatile("adr %0, 1f\n1:\tldr %1, [%2]" : "=&r"(pc), "=r"(v) : "r"(&watched[0]) : "memory");
    expect_trap("load watchpoint: EC 0x35, WnR 0", 0x35, 0x7f, 0x22, pc);
    check(v == 2, "  the load completes when run again", v, 2);

    write_sysreg(dbgwcr0_el1, WCR(3)); isb();
    arm_action(ACT_RETRY_DISARM);
    __asm__ volatile("adr %0, 1f\n1:\tstp %1, %1, [%2, #-8]" : "=&r"(pc) : "r"(7UL), "r"(&watched[1]) : "memory");
    expect_trap("a pair that overlaps the watched bytes hits (STP)", 0x35, 0x3f, 0x22, pc);
    debug_off();
}

static void software_step(void)
{
    u64 r;
    debug_on(0);                                /* OS lock clear, KDE = 0: EL1 is not stepped */
    steps = 0;
    step_until = (u64)el0_steps + 20;           /* the step that lands on the final SVC */
    arm_action(ACT_STEP);
    r = at_el0(el0_steps, 100);
    check(steps == 4, "software step from EL0: one exception per instruction (4)", steps, 4);
    check(EC(t_esr) == 0x32 && (ESR_ISS(t_esr) & 0x1000000) != 0 && (t_esr & 0x3f) == 0x22,
          "  EC 0x32 (lower EL), ISV 1, EX 0, IFSC 0x22", t_esr, (0x32UL << 26) | (1UL << 25) | (1UL << 24) | 0x22);
    int seq = 1;
    for (u64 k = 0; k < 4 && k < steps; k++) if (step_elr[k] != (u64)el0_steps + 8 + 4 * k) seq = 0;
    check(seq, "  ELR: each next instruction, in order", step_elr[0], (u64)el0_steps + 8);
    check(r == 110, "  the stepped code computes what it computes unstepped", r, 110);

    /* Active-pending: MDSCR_EL1.SS set, PSTATE.SS = 0 after the ERET to EL0: the step exception
     * is taken before any instruction there (ISV = 0). */
    write_sysreg(mdscr_el1, MDSCR_SS); isb();
    steps = 0;
    step_until = (u64)el0_plain;
    arm_action(ACT_STEP);
    r = at_el0(el0_plain, 1);
    check(steps == 1 && step_elr[0] == (u64)el0_plain, "step active-pending after an ERET with SPSR.SS = 0: taken at once, ELR = the target", steps, 1);
    check((ESR_ISS(t_esr) & 0x1000000) == 0, "  ISV 0", t_esr, 0);
    check(r == 8, "  then the code runs", r, 8);
    debug_off();
}

static void pmu(void)
{
    u64 pmcr = read_sysreg(pmcr_el0);
    check(((pmcr >> 11) & 0x1f) == 6, "PMCR_EL0.N: 6 event counters", (pmcr >> 11) & 0x1f, 6);
    write_sysreg(pmcr_el0, 1 | 4);              /* E, C (cycle counter reset) */
    write_sysreg(pmcntenset_el0, 1UL << 31);
    isb();
    u64 c0 = read_sysreg(pmccntr_el0);
    for (volatile int k = 0; k < 1000; k++) {}
    u64 c1 = read_sysreg(pmccntr_el0);
    check(c1 > c0, "PMCCNTR_EL0 counts while enabled", c1 - c0, 1);
    write_sysreg(pmcntenclr_el0, 1UL << 31);
    isb();
    u64 c2 = read_sysreg(pmccntr_el0);
    for (volatile int k = 0; k < 1000; k++) {}
    check(read_sysreg(pmccntr_el0) == c2, "  and stops when disabled", read_sysreg(pmccntr_el0) - c2, 0);
    write_sysreg(pmevtyper0_el0, 0);            /* SW_INCR */
    write_sysreg(pmevcntr0_el0, 0);
    write_sysreg(pmcntenset_el0, 1);
    isb();
    for (int k = 0; k < 3; k++) write_sysreg(pmswinc_el0, 1);
    isb();
    check(read_sysreg(pmevcntr0_el0) == 3, "SW_INCR: three PMSWINC writes count 3", read_sysreg(pmevcntr0_el0), 3);
    write_sysreg(pmcntenclr_el0, 1);
    write_sysreg(pmcr_el0, 0);
}

int main(void)
{
    putln("sys_selftest");
    write_sysreg(sctlr_el1, 0x30d50838UL);      /* MMU off, SA, SA0 */
    isb();
    sys_install_vectors();
    write_sysreg(cpacr_el1, 3UL << 20);
    isb();
    exceptions();
    external_aborts();
    id_registers();
    breakpoints();
    watchpoints();
    software_step();
    pmu();
    puts("sys_selftest: "); put_udec(checks - failures); putc('/'); put_udec(checks); putln(" passed");
    return (int)failures;
}
