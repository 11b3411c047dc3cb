/* sys_debug: the guest's self-hosted debug (Arm ARM D2, AArch64, EL0/EL1): hardware
 * breakpoints (DBGBCR/DBGBVR: all 6, PMC privilege filtering, EL0 and EL1, MDE/KDE/PSTATE.D
 * masking, a linked context-ID match), watchpoints (DBGWCR/DBGWVR: all 4, LSC, BAS byte lanes,
 * MASK ranges, PAC, loads/stores/pairs/exclusives/LDTR/FP-SIMD/DC ZVA, FAR and WnR) and
 * software step (MDSCR_EL1.SS with SPSR.SS: stepping EL0 code over ERET, ISV/EX, a stepped
 * SVC and a stepped UNDEFINED, stepping EL1 with KDE, the active-pending state after
 * clearing PSTATE.D). Every trap prints EC and ISS, ELR relative to the case's mark and, for
 * watchpoints, FAR relative to the watched base. The OS lock is cleared first: QEMU 7.2
 * ignores it, a64dbg follows the Arm ARM (test/guest-debug.test.ts checks the lock). MMU on
 * (identity map) so DC ZVA and EL0 see Normal memory. */
#include "sys.h"

#define DESC_TABLE  3UL
#define DESC_BLOCK  1UL
#define ATTR(i)     ((u64)(i) << 2)
#define AP_EL0      (1UL << 6)
#define SH_INNER    (3UL << 8)
#define AF          (1UL << 10)
#define PXN         (1UL << 53)
#define UXN         (1UL << 54)

static u64 l1[512] __attribute__((aligned(4096)));
static u64 l2[512] __attribute__((aligned(4096)));

/* 2 MiB at EL0 and EL1, never executable: EL0's stack and the watched data. */
#define DATA        0x40200000UL
#define BASE        (DATA + 0x1000)             /* watched doublewords live here */

#define MDSCR_SS    1UL
#define MDSCR_KDE   (1UL << 13)
#define MDSCR_MDE   (1UL << 15)
#define SPSR_SS     (1UL << 21)
#define SPSR_D      (1UL << 9)

static volatile u64 mark;                      /* ELR is printed relative to this */
static volatile u64 traps;
static volatile u64 steps;                      /* software step exceptions taken */
static volatile u64 step_left;                  /* keep stepping while non-zero */
static volatile int step_quiet;                 /* count steps without a line each */

/* ---- debug register access by number */
#define SW(reg, n, v) do { u64 v__ = (v); switch (n) { \
    case 0: write_sysreg(reg##0_el1, v__); break; case 1: write_sysreg(reg##1_el1, v__); break; \
    case 2: write_sysreg(reg##2_el1, v__); break; case 3: write_sysreg(reg##3_el1, v__); break; \
    case 4: write_sysreg(reg##4_el1, v__); break; case 5: write_sysreg(reg##5_el1, v__); break; } } while (0)

static void set_bp(int n, u64 addr, u64 ctrl) { SW(dbgbvr, n, addr); SW(dbgbcr, n, ctrl); isb(); }
static void set_wp(int n, u64 addr, u64 ctrl) { SW(dbgwvr, n, addr); SW(dbgwcr, n, ctrl); isb(); }
static void clear_all(void)
{
    for (int n = 0; n < 6; n++) SW(dbgbcr, n, 0);
    for (int n = 0; n < 4; n++) SW(dbgwcr, n, 0);
    isb();
}

/* DBGBCR: E, PMC (bit 0: EL1, bit 1: EL0), BAS 0b1111, BT, LBN */
#define BCR(pmc)            (1UL | ((u64)(pmc) << 1) | (0xfUL << 5))
#define BCR_LINKED(pmc, l)  (BCR(pmc) | (1UL << 20) | ((u64)(l) << 16))
#define BCR_CTX             (1UL | (3UL << 1) | (0xfUL << 5) | (3UL << 20))
/* DBGWCR: E, PAC (bit 0: EL1, bit 1: EL0), LSC (1 load, 2 store, 3 both), BAS, MASK */
#define WCR(pac, lsc, bas)  (1UL | ((u64)(pac) << 1) | ((u64)(lsc) << 3) | ((u64)(bas) << 5))
#define WCR_MASK(pac, lsc, m) (WCR(pac, lsc, 0xff) | ((u64)(m) << 24))

static void mdscr(u64 v) { write_sysreg(mdscr_el1, v); isb(); }
static void debug_unmask(void) { __asm__ volatile("msr daifclr, #8" ::: "memory"); }
static void debug_mask(void) { __asm__ volatile("msr daifset, #8" ::: "memory"); }

static void pr_rel(const char *name, u64 v, u64 base)
{
    i64 d = (i64)(v - base);
    putc(' '); puts(name); putc('=');
    if (d >= 0) putc('+');
    put_dec(d);
}

void sys_trap(struct trap_frame *f, u64 vec)
{
    u64 esr = f->esr, ec = ESR_EC(esr), iss = ESR_ISS(esr);
    if (VEC_KIND(vec) != VEC_SYNC)
        sys_unexpected(f, vec);
    if (ec == 0x15 && VEC_GROUP(vec) == 2) {    /* SVC from EL0: the end of an EL0 snippet */
        puts("  svc from el0"); kvd("spsr.ss", (f->spsr >> 21) & 1); putc('\n');
        sys_back_to_el1(f);
        return;
    }
    if (ec == 0x15 && (iss & 0xffff) == 1) {    /* SVC #1 at EL1: step the code after it */
        write_sysreg(mdscr_el1, read_sysreg(mdscr_el1) | MDSCR_SS | MDSCR_KDE);
        f->spsr = (f->spsr | SPSR_SS) & ~SPSR_D;
        return;
    }
    traps++;
    if (ec == 0x32 || ec == 0x33) {
        steps++;
        if (!step_quiet) {
            puts("  step "); puts(vec_name(vec));
            puts(" ec="); put_hex32((u32)ec);
            kv32("iss", iss);
            kvd("isv", (iss >> 24) & 1); kvd("ex", (iss >> 6) & 1);
            pr_rel("elr", f->elr, mark);
            kvd("spsr.ss", (f->spsr >> 21) & 1);
            putc('\n');
        }
        if (step_left > 0) {
            step_left--;
            f->spsr |= SPSR_SS;
        } else {
            write_sysreg(mdscr_el1, read_sysreg(mdscr_el1) & ~MDSCR_SS);
            f->spsr &= ~SPSR_SS;
        }
        return;
    }
    puts("  trap "); puts(vec_name(vec));
    puts(" ec="); put_hex32((u32)ec);
    kv32("iss", iss);
    switch (ec) {
    case 0x30: case 0x31:                       /* breakpoint: FAR is UNKNOWN (0 on both) */
        kv("far", f->far);
        pr_rel("elr", f->elr, mark);
        clear_all();                            /* and return to the instruction */
        break;
    case 0x34: case 0x35:                       /* watchpoint: the access did not happen */
        kvd("wnr", (iss >> 6) & 1); kvd("cm", (iss >> 8) & 1);
        pr_rel("far", f->far, BASE);
        pr_rel("elr", f->elr, mark);
        clear_all();
        break;
    case 0x00: case 0x3c:                       /* UNDEFINED, BRK: skip it */
        pr_rel("elr", f->elr, mark);
        kvd("spsr.ss", (f->spsr >> 21) & 1);
        f->elr += 4;
        break;
    default:
        putc('\n');
        sys_unexpected(f, vec);
    }
    putc('\n');
}

/* ---- EL0 code: run_el0_spsr(entry, sp_el0, arg, spsr) ERETs to EL0 with that SPSR (SS). */
__asm__(".pushsection .text\n\t.balign 4\n\t.globl run_el0_spsr\nrun_el0_spsr:\n\t"
        "stp x29, x30, [sp, #-96]!\n\tstp x19, x20, [sp, #16]\n\tstp x21, x22, [sp, #32]\n\t"
        "stp x23, x24, [sp, #48]\n\tstp x25, x26, [sp, #64]\n\tstp x27, x28, [sp, #80]\n\t"
        "msr elr_el1, x0\n\tmsr sp_el0, x1\n\tmsr spsr_el1, x3\n\tmov x0, x2\n\tisb\n\teret\n\t"
        ".popsection");
u64 run_el0_spsr(u64 entry, u64 sp_el0, u64 arg, u64 spsr);

#define EL0_CODE(name, body) \
    __asm__(".pushsection .text\n\t.balign 4\n\t.globl " #name "\n" #name ":\n\t" body "\n\t.popsection"); \
    extern char name[]

EL0_CODE(el0_nops, "nop\n\tnop\n\tnop\n\tsvc #0");
EL0_CODE(el0_store, "nop\n\tstr x0, [x0]\n\tsvc #0");
EL0_CODE(el0_step, "mov x1, #3\n1:\tsub x1, x1, #1\n\tcbnz x1, 1b\n\tldxr x2, [x0]\n\tnop\n\tsvc #0");
EL0_CODE(el0_udf, "nop\n\tudf #0\n\tsvc #0");
EL0_CODE(el0_brk, "brk #7\n\tsvc #0");
EL0_CODE(el0_loop, "mov x1, #1000\n1:\tsub x1, x1, #1\n\tcbnz x1, 1b\n\tsvc #0");

static void el0(char *entry, u64 arg, u64 spsr)
{
    mark = (u64)entry;
    run_el0_spsr((u64)entry, DATA + 0x800, arg, spsr);
}

static void mmu_on(void)
{
    sys_install_vectors();
    l1[0] = 0x00000000UL | ATTR(0) | AF | PXN | UXN | DESC_BLOCK;   /* UART: Device */
    l1[1] = (u64)l2 | DESC_TABLE;
    l2[0] = 0x40000000UL | ATTR(1) | SH_INNER | AF | DESC_BLOCK;     /* image: EL1 RW, EL0 may execute */
    l2[1] = DATA | ATTR(1) | SH_INNER | AF | AP_EL0 | PXN | UXN | DESC_BLOCK;
    for (u64 k = 0; k < 0x4000; k += 8) *(volatile u64 *)(DATA + k) = 0x1111111111111111UL * (k >> 3 & 7);
    write_sysreg(mair_el1, 0x000000000004ff00UL);
    write_sysreg(tcr_el1, 25UL | (1UL << 8) | (1UL << 10) | (3UL << 12) | (1UL << 23) | (2UL << 32));
    write_sysreg(ttbr0_el1, (u64)l1);
    isb();
    __asm__ volatile("tlbi vmalle1\n\tdsb nsh\n\tisb" ::: "memory");
    write_sysreg(sctlr_el1, 0x30d50838UL | 1 | 4 | 0x1000 | (1UL << 14));   /* M C I, DZE */
    isb();
    write_sysreg(cpacr_el1, 3UL << 20);
    isb();
}

static void noinline_target(void) __attribute__((noinline));
static void noinline_target(void) { __asm__ volatile("nop"); }

static void breakpoints(void)
{
    putln("breakpoints");
    u64 t = (u64)noinline_target;
    mark = t;
    mdscr(MDSCR_MDE | MDSCR_KDE);
    debug_unmask();
    for (int n = 0; n < 6; n++) {
        puts(" bp"); put_dec(n); putln(" el1");
        set_bp(n, t, BCR(3));
        noinline_target();
    }
    putln(" pmc=el0 at el1: no trap"); set_bp(2, t, BCR(2)); noinline_target(); clear_all();
    putln(" pmc=el1 at el1"); set_bp(3, t, BCR(1)); noinline_target();
    putln(" kde=0: no trap"); mdscr(MDSCR_MDE); set_bp(0, t, BCR(3)); noinline_target(); clear_all();
    putln(" pstate.d=1: no trap"); mdscr(MDSCR_MDE | MDSCR_KDE); debug_mask(); set_bp(0, t, BCR(3)); noinline_target();
    clear_all(); debug_unmask();
    putln(" mde=0: no trap"); mdscr(MDSCR_KDE); set_bp(1, t, BCR(3)); noinline_target(); clear_all();
    mdscr(MDSCR_MDE | MDSCR_KDE);
    putln(" linked context id 0x42, contextidr 0x42");
    write_sysreg(contextidr_el1, 0x42);
    set_bp(4, 0x42, BCR_CTX); set_bp(1, t, BCR_LINKED(3, 4)); noinline_target();
    putln(" linked context id 0x42, contextidr 0x43: no trap");
    write_sysreg(contextidr_el1, 0x43);
    set_bp(4, 0x42, BCR_CTX); set_bp(1, t, BCR_LINKED(3, 4)); noinline_target(); clear_all();
    putln(" link to a breakpoint that is not context-aware: no trap");
    write_sysreg(contextidr_el1, 0x42);
    set_bp(3, 0x42, BCR_CTX); set_bp(1, t, BCR_LINKED(3, 3)); noinline_target(); clear_all();
    write_sysreg(contextidr_el1, 0);

    u64 e = (u64)el0_nops + 4;
    putln(" el0, pmc=el0"); set_bp(5, e, BCR(2)); el0(el0_nops, 0, 0);
    putln(" el0, pmc=el1: no trap"); set_bp(5, e, BCR(1)); el0(el0_nops, 0, 0); clear_all();
    putln(" el0 with pstate.d=1, kde=0: trap"); mdscr(MDSCR_MDE); debug_mask();
    set_bp(0, e, BCR(3)); el0(el0_nops, 0, SPSR_D); clear_all();
    mdscr(0); debug_unmask();
}

/* Runs `insn` with x0 = a, x1 = b, v0/v1 loaded from BASE - 64; marks it. */
#define ACCESS(insn, a, b) __asm__ volatile( \
    "mov x0, %0\n\tmov x1, %1\n\tadr x9, 1f\n\tstr x9, [%2]\n1:\t" insn "\n" \
    :: "r"((u64)(a)), "r"((u64)(b)), "r"(&mark) : "x0", "x1", "x2", "x3", "x9", "v0", "v1", "memory")

static void watchpoints(void)
{
    putln("watchpoints");
    mdscr(MDSCR_MDE | MDSCR_KDE);
    debug_unmask();
    for (int n = 0; n < 4; n++) {
        u64 a = BASE + 0x10 * n;
        puts(" wp"); put_dec(n); putln(" store");
        set_wp(n, a, WCR(3, 3, 0xff));
        ACCESS("str x1, [x0]", a, 0x55);
    }
    putln(" lsc=load: str no trap, ldr trap"); set_wp(0, BASE, WCR(3, 1, 0xff));
    ACCESS("str x1, [x0]", BASE, 0); ACCESS("ldr x1, [x0]", BASE, 0);
    putln(" lsc=store: ldr no trap, strb trap"); set_wp(1, BASE, WCR(3, 2, 0xff));
    ACCESS("ldr x1, [x0]", BASE, 0); ACCESS("strb w1, [x0, #7]", BASE, 0);
    putln(" bas=0x10 (byte 4): strb +3 no trap, strb +4 trap"); set_wp(2, BASE, WCR(3, 3, 0x10));
    ACCESS("strb w1, [x0, #3]", BASE, 0); ACCESS("strb w1, [x0, #4]", BASE, 0);
    putln(" bas=0x30: ldr x at +0 (far = first watched byte)"); set_wp(3, BASE + 8, WCR(3, 3, 0x30));
    ACCESS("ldr x1, [x0]", BASE + 8, 0);
    putln(" bas=0x0f on a word-aligned wvr (+4): ldrh +6 trap"); set_wp(0, BASE + 4, WCR(3, 3, 0x0f));
    ACCESS("ldrh w1, [x0, #6]", BASE, 0);
    putln(" bas=0x06: ldr w at +0, far +1"); set_wp(0, BASE, WCR(3, 3, 0x06));
    ACCESS("ldr w1, [x0]", BASE, 0);
    putln(" mask 4 KiB: +0xff8 trap, +0x1000 no trap"); set_wp(1, BASE + 0x123, WCR_MASK(3, 3, 12));
    ACCESS("ldr x1, [x0]", BASE + 0x1000, 0); ACCESS("str x1, [x0, #0xff8]", BASE, 0);
    putln(" mask 1 MiB over the data block: ldrb at +0x2345"); set_wp(2, DATA + 0x12345, WCR_MASK(3, 1, 20));
    ACCESS("ldrb w1, [x0]", BASE + 0x2345, 0);
    putln(" stp: second register"); set_wp(3, BASE + 0x20, WCR(3, 2, 0xff));
    ACCESS("stp x1, x1, [x0, #-8]", BASE + 0x20, 0);
    putln(" ldp w: first register"); set_wp(3, BASE + 0x20, WCR(3, 1, 0x01));
    ACCESS("ldp w1, w2, [x0]", BASE + 0x20, 0);
    putln(" ldp x: crossing into the watched doubleword"); set_wp(3, BASE + 0x30, WCR(3, 1, 0x80));
    ACCESS("ldp x1, x2, [x0]", BASE + 0x28, 0);
    putln(" dc zva, xt outside the watched bytes"); set_wp(0, BASE + 0x48, WCR(3, 2, 0x0c));
    ACCESS("dc zva, x0", BASE + 0x40, 0);
    putln(" dc zva, xt on them"); set_wp(0, BASE + 0x48, WCR(3, 2, 0x0c));
    ACCESS("dc zva, x0", BASE + 0x4b, 0);
    putln(" dc zva, lsc=load: no trap"); set_wp(0, BASE + 0x48, WCR(3, 1, 0xff));
    ACCESS("dc zva, x0", BASE + 0x40, 0); clear_all();
    putln(" ldxr (load)"); set_wp(1, BASE + 0x50, WCR(3, 3, 0xff));
    ACCESS("ldxr x1, [x0]", BASE + 0x50, 0);
    putln(" stxr, lsc=store"); set_wp(1, BASE + 0x50, WCR(3, 2, 0xff));
    ACCESS("ldxr x1, [x0]\n\tstxr w2, x1, [x0]", BASE + 0x50, 0);
    putln(" ldar, stlr"); set_wp(2, BASE + 0x58, WCR(3, 3, 0xf0));
    ACCESS("ldar w1, [x0]", BASE + 0x5c, 0); set_wp(2, BASE + 0x58, WCR(3, 3, 0xf0));
    ACCESS("stlrh w1, [x0]", BASE + 0x5e, 0);
    putln(" ld1 {v0.16b}: 16 bytes over the watched doubleword"); set_wp(0, BASE + 0x68, WCR(3, 1, 0xff));
    ACCESS("ld1 {v0.16b}, [x0]", BASE + 0x60, 0);
    putln(" st1 {v0.2d, v1.2d}: 32 bytes, watched +0x78 bytes 6..7"); set_wp(0, BASE + 0x78, WCR(3, 2, 0xc0));
    ACCESS("st1 {v0.2d, v1.2d}, [x0]", BASE + 0x60, 0);
    putln(" str q0"); set_wp(0, BASE + 0x88, WCR(3, 2, 0x01));
    ACCESS("str q0, [x0]", BASE + 0x80, 0);
    putln(" ldr d0 (load, lsc=both)"); set_wp(0, BASE + 0x88, WCR(3, 3, 0xff));
    ACCESS("ldr d0, [x0]", BASE + 0x88, 0);
    putln(" ld1r {v0.4s}"); set_wp(0, BASE + 0x90, WCR(3, 1, 0xf0));
    ACCESS("ld1r {v0.4s}, [x0]", BASE + 0x94, 0);
    putln(" pac=el0 at el1: no trap"); set_wp(1, BASE + 0xa0, WCR(2, 3, 0xff));
    ACCESS("str x1, [x0]", BASE + 0xa0, 0);
    putln(" pac=el0: sttr at el1 traps"); ACCESS("sttr x1, [x0]", BASE + 0xa0, 0);
    putln(" pac=el1: ldtr at el1 no trap"); set_wp(1, BASE + 0xa0, WCR(1, 3, 0xff));
    ACCESS("ldtr x1, [x0]", BASE + 0xa0, 0); clear_all();
    putln(" kde=0: no trap"); mdscr(MDSCR_MDE); set_wp(1, BASE, WCR(3, 3, 0xff));
    ACCESS("str x1, [x0]", BASE, 0); clear_all();
    putln(" pstate.d=1: no trap"); mdscr(MDSCR_MDE | MDSCR_KDE); debug_mask(); set_wp(1, BASE, WCR(3, 3, 0xff));
    ACCESS("str x1, [x0]", BASE, 0); clear_all(); debug_unmask();
    putln(" el0, pac=el0, kde=0"); mdscr(MDSCR_MDE); set_wp(2, BASE + 0xb0, WCR(2, 2, 0xff));
    el0(el0_store, BASE + 0xb0, 0);
    putln(" el0, pac=el1: no trap"); set_wp(2, BASE + 0xb0, WCR(1, 2, 0xff));
    el0(el0_store, BASE + 0xb0, 0); clear_all();
    mdscr(0);
    u64 v = *(volatile u64 *)(BASE + 0xa0);
    puts(" value at +0xa0 "); put_hex(v); putc('\n');
}

static void software_step(void)
{
    putln("software step");
    putln(" el0 code, spsr.ss=1 (mdscr.ss only)");
    mdscr(MDSCR_SS);
    steps = 0; step_left = 100;
    el0(el0_step, BASE + 0x100, SPSR_SS);
    puts(" steps "); put_dec(steps); putc('\n');
    putln(" el0, spsr.ss=0: active-pending at once");
    mdscr(MDSCR_SS);
    steps = 0; step_left = 1;
    el0(el0_nops, 0, 0);
    putln(" el0 udf stepped: the exception saves spsr.ss=1");
    mdscr(MDSCR_SS);
    steps = 0; step_left = 100;
    el0(el0_udf, 0, SPSR_SS);
    putln(" el0 brk stepped");
    mdscr(MDSCR_SS);
    steps = 0; step_left = 100;
    el0(el0_brk, 0, SPSR_SS);
    putln(" el0, mdscr.ss=0: spsr.ss ignored");
    mdscr(0);
    steps = 0; step_left = 100;
    el0(el0_step, BASE + 0x100, SPSR_SS);
    puts(" steps "); put_dec(steps); putc('\n');
    putln(" el0 stepped with a breakpoint on its second instruction");
    mdscr(MDSCR_SS | MDSCR_MDE);
    set_bp(0, (u64)el0_nops + 4, BCR(2));
    steps = 0; step_left = 100;
    el0(el0_nops, 0, SPSR_SS);
    clear_all();

    putln(" el1 stepped after an svc (kde=1, pstate.d=0)");
    mdscr(0);
    steps = 0; step_left = 2;
    __asm__ volatile("adr x9, 1f\n\tstr x9, [%0]\n\tsvc #1\n1:\tmov x0, #1\n\tadd x0, x0, #2\n\tnop\n\tnop"
                     :: "r"(&mark) : "x0", "x9", "memory");
    debug_mask();
    puts(" steps "); put_dec(steps); putc('\n');
    putln(" el1 active-pending: msr daifclr clears pstate.d");
    mdscr(MDSCR_SS | MDSCR_KDE);
    steps = 0; step_left = 0;
    __asm__ volatile("adr x9, 1f\n\tstr x9, [%0]\n\tmsr daifclr, #8\n1:\tnop" :: "r"(&mark) : "x9", "memory");
    puts(" steps "); put_dec(steps); putc('\n');
    putln(" el1, kde=0: not stepped");
    mdscr(MDSCR_SS);
    steps = 0;
    __asm__ volatile("msr daifclr, #8\n\tnop\n\tnop\n\tmsr daifset, #8" ::: "memory");
    puts(" steps "); put_dec(steps); putc('\n');
    mdscr(0);
    debug_mask();

    putln(" el0 loop of 1000 iterations, counted");
    mdscr(MDSCR_SS);
    steps = 0; step_left = 100000; step_quiet = 1;
    el0(el0_loop, 0, SPSR_SS);
    step_quiet = 0;
    puts(" steps "); put_dec(steps); putc('\n');
    mdscr(0);
}

int main(void)
{
    mmu_on();
    u64 dfr0 = read_sysreg(id_aa64dfr0_el1);
    puts("brps "); put_dec(((dfr0 >> 12) & 15) + 1);
    puts(" wrps "); put_dec(((dfr0 >> 20) & 15) + 1);
    puts(" ctx_cmps "); put_dec(((dfr0 >> 28) & 15) + 1);
    putc('\n');
    write_sysreg(oslar_el1, 0);
    isb();
    puts("oslsr "); put_hex32((u32)read_sysreg(oslsr_el1)); putc('\n');
    breakpoints();
    watchpoints();
    software_step();
    puts("traps "); put_dec(traps); putc('\n');
    semihost_exit(0);
}
