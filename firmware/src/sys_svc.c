/* sys_svc: synchronous exceptions to EL1 from EL1 and EL0 (MMU off).
 * Every trap prints the vector taken, ESR_EL1 (EC, IL, ISS), ELR_EL1 relative
 * to the trapping instruction, and SPSR_EL1.  SVC returns imm16 ^ 0x5c000 in
 * x0; BRK and UNDEFINED traps resume at ELR + 4. */
#include "sys.h"

static volatile u64 trap_pc;          /* address of the instruction expected to trap */
static volatile u64 traps;
static u64 el0_stack[512] __attribute__((aligned(16)));

/* Run insn with NZCV = nz, after recording its address in trap_pc.
 * x0 holds v on entry and is returned (the SVC handler replaces it). */
#define TRAP(insn, nz, v) ({ \
    register u64 x0_ __asm__("x0") = (v); \
    __asm__ volatile("adr x9, 1f\n\tstr x9, [%[slot]]\n\tmsr nzcv, %[n]\n1:\t" insn "\n" \
        : "+r"(x0_) : [slot] "r"(&trap_pc), [n] "r"((u64)(nz) << 28) : "x9", "cc", "memory"); \
    x0_; })

/* the same, after printing "  <insn>" */
#define TRAPN(insn, nz, v) ({ putln("  " insn); TRAP(insn, nz, v); })

static void pr_elr(u64 elr)
{
    i64 d = (i64)(elr - trap_pc);
    puts(" elr=insn");
    if (d >= 0) putc('+');
    put_dec(d);
}

void sys_trap(struct trap_frame *f, u64 vec)
{
    u64 esr = f->esr, ec = ESR_EC(esr), iss = ESR_ISS(esr);
    traps++;
    if (VEC_KIND(vec) != VEC_SYNC)
        sys_unexpected(f, vec);
    puts("  trap "); puts(vec_name(vec));
    kv32("esr", esr);
    puts(" ec="); put_hex32((u32)ec);
    kvd("il", ESR_IL(esr));
    kv32("iss", iss);
    pr_elr(f->elr);
    kv32("spsr", f->spsr);
    /* state inside the handler */
    kv32("daif", read_sysreg(daif));
    kv32("cel", read_sysreg(currentel));
    kv32("spsel", read_sysreg(spsel));
    putc('\n');
    switch (ec) {
    case 0x15:                                  /* SVC */
        if ((iss & 0xffff) == 0xff) {           /* EL0 is done */
            if (VEC_GROUP(vec) != 2)
                sys_unexpected(f, vec);
            sys_back_to_el1(f);
        } else {
            f->x[0] = (iss & 0xffff) ^ 0x5c000;
        }
        break;
    case 0x3c:                                  /* BRK: ELR = the BRK itself */
    case 0x00:                                  /* UNDEFINED: ELR = the instruction */
    case 0x18:                                  /* trapped MSR/MRS/system instruction */
        f->elr += 4;
        f->x[0] = 0xee;
        break;
    default:
        sys_unexpected(f, vec);
    }
}

/* Runs at EL0t (SP_EL0 = el0_stack top).  Returns through SVC #0xff. */
static void __attribute__((noinline)) el0_main(u64 arg)
{
    u64 r, ok = arg;
    r = TRAPN("svc #0x10", 0x0, 1);
    ok = ok * 2 + (r == (0x10 ^ 0x5c000));
    r = TRAPN("svc #0xabcd", 0xa, 2);
    ok = ok * 2 + (r == (0xabcd ^ 0x5c000));
    r = TRAPN("brk #0x77", 0x5, 3);
    ok = ok * 2 + (r == 0xee);
    TRAPN(".inst 0x00000000", 0x0, 4);   /* udf #0 */
    TRAPN("mrs x0, sctlr_el1", 0x0, 5);
    TRAPN("msr vbar_el1, x0", 0x0, 6);
    TRAPN("mrs x0, currentel", 0x0, 7);
    TRAPN("hvc #0", 0x0, 8);
    TRAPN("smc #0", 0x0, 9);
    TRAPN("eret", 0x0, 10);
    TRAPN("mrs x0, daif", 0x0, 11);          /* SCTLR_EL1.UMA = 0: EC 0x18 */
    /* not tested: MSR DAIFSet at EL0 also traps with EC 0x18, but QEMU 7.2
     * reports ISS 0x0793e4 (Op1 and Op2 swapped) instead of 0x0cd3e4. */
    TRAPN("mrs x0, ctr_el0", 0x0, 13);       /* SCTLR_EL1.UCT = 0: EC 0x18 */
    /* allowed at EL0: must not trap */
    r = TRAPN("mrs x0, nzcv", 0x9, 14);
    ok = ok * 2 + (r == 0x90000000UL);
    r = TRAPN("mrs x0, tpidr_el0", 0x0, 15);
    ok = ok * 2 + (r == 0x1234567890UL);
    /* back to EL1 with the result in x0 */
    TRAPN("svc #0xff", 0xc, ok);
}

int main(void)
{
    u64 r;
    putln("sys_svc");
    /* SCTLR_EL1: MMU/caches off, SA, SA0, nTWI, nTWE, CP15BEN, RES1 bits;
     * UMA = UCT = DZE = UCI = 0 (EL0 cache/DAIF/CTR accesses trap). */
    write_sysreg(sctlr_el1, 0x30d50838UL);
    isb();
    sys_install_vectors();
    pr("vbar ok", read_sysreg(vbar_el1) == (u64)sys_vectors);

    putln("el1 svc #0 nzcv=0");
    r = TRAP("svc #0", 0x0, 0);
    pr("  x0", r);
    putln("el1 svc #0x1234 nzcv=f");
    r = TRAP("svc #0x1234", 0xf, 0);
    pr("  x0", r);
    putln("el1 svc #0xffff nzcv=6");
    r = TRAP("svc #0xffff", 0x6, 0);
    pr("  x0", r);
    putln("el1 brk #0");
    r = TRAP("brk #0", 0x0, 0x42);
    pr("  x0", r);
    putln("el1 brk #0xf00d nzcv=8");
    r = TRAP("brk #0xf00d", 0x8, 0x42);
    pr("  x0", r);
    putln("el1 udf #0x1234");
    r = TRAP(".inst 0x00001234", 0x0, 0x42);
    pr("  x0", r);
    putln("el1 mrs x0, ttbr0_el2 (no EL2)");
    TRAP("mrs x0, ttbr0_el2", 0x0, 0x42);
    putln("el1 mrs x0, sctlr_el3 (no EL3)");
    TRAP("mrs x0, sctlr_el3", 0x0, 0x42);

    /* IRQs unmasked at EL1: the SPSR shows DAIF as it was */
    putln("el1 svc #1 with DAIF=0x300 (I,F clear)");
    __asm__ volatile("msr daifclr, #3");
    r = TRAP("svc #1", 0x0, 0);
    __asm__ volatile("msr daifset, #3");
    pr("  x0", r);

    /* EL1t (SPSel = 0): vector group 0, SPSR.M = 4 */
    putln("el1t svc #2");
    {
        __asm__ volatile("mov x10, sp\n\tmsr spsel, #0\n\tmov sp, x10" ::: "x10", "memory");
        r = TRAP("svc #2", 0x0, 0);
        __asm__ volatile("mov x10, sp\n\tmsr spsel, #1\n\tmov sp, x10" ::: "x10", "memory");
        pr("  x0", r);
    }

    putln("el0:");
    write_sysreg(tpidr_el0, 0x1234567890UL);
    r = run_el0((u64)el0_main, (u64)&el0_stack[512], 1);
    pr("el0 returned", r);
    pr("current el", read_sysreg(currentel));
    pr("daif", read_sysreg(daif));
    pr("spsel", read_sysreg(spsel));
    pr("traps", traps);
    putln("done");
    return 0;
}
