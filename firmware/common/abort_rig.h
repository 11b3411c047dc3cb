/* a64dbg abort test rig (sys_abort2, sys_abort_lse, sys_abort_cm): page tables with one
 * kind of page each, a trap handler that prints every field of a synchronous abort and
 * resumes after it, and RUN() to execute one instruction with x0..x5 loaded from R[].
 * Include it once, from the program's .c file (it defines the tables and sys_trap).
 *
 * Identity map, 4 KiB granule.  TTBR0: 39-bit VA (T0SZ = 25, walk starts at level 1).
 *   L1[0]  0x00000000 1 GiB block, Device-nGnRnE, XN   (UART)
 *   L1[1]  0x40000000 -> l2
 *   L1[2]  0x80000000 -> table at 0x100000000, outside RAM  (walk aborts reading level 2)
 *   L2[0]  0x40000000 2 MiB block, Normal, RW, EL1 only  (image, stack, tables)
 *   L2[1]  0x40200000 -> l3
 *   L2[2]  0x40400000 -> table at 0x70000000, outside RAM   (walk aborts reading level 3)
 *   L3[n]  0x40200000 + n * 4 KiB, see the P_* pages below; L3[511] (0x403ff000) RW
 * TTBR1: 48-bit VA (T1SZ = 16, walk starts at level 0), TTBR1 = 0x70000000, outside RAM
 *   (walk aborts reading level 0).
 * RAM is 512 MiB (0x40000000..0x5fffffff): 0x70000000 and 0x100000000 hold nothing in
 * QEMU's virt map. */
#ifndef A64_ABORT_RIG_H
#define A64_ABORT_RIG_H

#include "sys.h"

#define DESC_TABLE  3UL
#define DESC_BLOCK  1UL
#define DESC_PAGE   3UL
#define ATTR(i)     ((u64)(i) << 2)
#define AP_EL0      (1UL << 6)                /* AP[1]: EL0 may access */
#define AP_RO       (2UL << 6)                /* AP[2]: read-only */
#define SH_INNER    (3UL << 8)
#define AF          (1UL << 10)
#define PXN         (1UL << 53)
#define UXN         (1UL << 54)
#define NORMAL      (ATTR(1) | SH_INNER | AF)
#define DEVICE      (ATTR(0) | AF | PXN | UXN)

/* The pages of l3, by index. */
enum {
    P_RW = 0,           /* RW, EL1 only */
    P_RO = 1,           /* read-only, EL1 only (follows P_RW: RW -> RO crossing) */
    P_RW2 = 2,          /* RW, EL1 only */
    P_INV = 3,          /* invalid (follows P_RW2: RW -> unmapped crossing) */
    P_RO2 = 4,          /* read-only, EL1 only */
    P_INV2 = 5,         /* invalid (follows P_RO2: RO -> unmapped crossing) */
    P_EL0RW = 6,        /* RW at EL0 and EL1 */
    P_EL0RO = 7,        /* read-only at EL0 and EL1 */
    P_DEV = 8,          /* Device-nGnRnE, RW, EL1 only */
    P_NOAF = 9,         /* RW, EL1 only, access flag clear */
    P_COUNT = 10
};
#define PG(n)       (0x40200000UL + (u64)(n) * 0x1000UL)
#define WALK_L3     0x40400000UL                /* L2[2]: level-3 table outside RAM */
#define WALK_L2     0x80000000UL                /* L1[2]: level-2 table outside RAM */
#define WALK_L0     0xffff000000000000UL        /* TTBR1 outside RAM */

static u64 l1[512] __attribute__((aligned(4096)));
static u64 l2[512] __attribute__((aligned(4096)));
static u64 l3[512] __attribute__((aligned(4096)));

static volatile u64 trap_pc;
static volatile u64 traps;
static volatile u64 faulted;

/* x0..x5 for RUN(): loaded before the instruction, stored back after it. */
static u64 R[6];

void sys_trap(struct trap_frame *f, u64 vec)
{
    u64 esr = f->esr, ec = ESR_EC(esr), iss = ESR_ISS(esr);
    i64 d = (i64)(f->elr - trap_pc);
    if (ec == 0x15 && VEC_GROUP(vec) == 2) {   /* SVC from an EL0 snippet: its end */
        sys_back_to_el1(f);
        return;
    }
    traps++;
    faulted = 1;
    if (VEC_KIND(vec) != VEC_SYNC)
        sys_unexpected(f, vec);
    puts("  trap "); puts(vec_name(vec));
    kv32("esr", esr);
    puts(" ec="); put_hex32((u32)ec);
    kvd("il", ESR_IL(esr));
    if (ec == 0x24 || ec == 0x25) {
        kvd("isv", (iss >> 24) & 1);
        kvd("fnv", (iss >> 10) & 1);
        kvd("ea", (iss >> 9) & 1);
        kvd("cm", (iss >> 8) & 1);
        kvd("s1ptw", (iss >> 7) & 1);
        kvd("wnr", (iss >> 6) & 1);
        puts(" dfsc="); put_hex32(iss & 0x3f);
    } else if (ec == 0x20 || ec == 0x21) {
        kvd("ea", (iss >> 9) & 1);
        kvd("s1ptw", (iss >> 7) & 1);
        puts(" ifsc="); put_hex32(iss & 0x3f);
    }
    kv("far", f->far);
    if (ec == 0x20 || ec == 0x21) {             /* the branch target: relative to FAR */
        d = (i64)(f->elr - f->far);
        puts(" elr=far");
    } else {
        puts(" elr=insn");
    }
    if (d >= 0)
        putc('+');
    put_dec(d);
    putc('\n');
    switch (ec) {
    case 0x24: case 0x25:                       /* data abort: skip the instruction */
        f->elr += 4;
        break;
    case 0x20: case 0x21:                       /* instruction abort: back to the caller */
        f->elr = f->x[30];
        break;
    default:
        sys_unexpected(f, vec);
    }
}

/* Runs `insn` (any asm using x0..x5; x30 may be clobbered by a BLR) with x0..x5 = R[0..5].
 * `pre` runs first, after trap_pc is set to the address of `insn` (so `pre` may hold a
 * load-exclusive: no store comes between it and `insn`). */
#define RUN2(pre, insn) __asm__ volatile( \
    "ldp x0, x1, [%[r]]\n\tldp x2, x3, [%[r], #16]\n\tldp x4, x5, [%[r], #32]\n\t" \
    "adr x9, 1f\n\tstr x9, [%[slot]]\n\t" pre "\n1:\t" insn "\n\t" \
    "stp x0, x1, [%[r]]\n\tstp x2, x3, [%[r], #16]\n\tstp x4, x5, [%[r], #32]\n" \
    :: [r] "r"(R), [slot] "r"(&trap_pc) \
    : "x0", "x1", "x2", "x3", "x4", "x5", "x9", "x30", "cc", "memory")
#define RUN(insn) RUN2("", insn)

/* EL0 code: `insn` (using x0 only: the argument and the result), then SVC back to EL1.
 * The snippets live in the EL1-only image block, which EL0 may execute (UXN = 0). */
#define EL0_SNIPPET(name, insn) \
    __asm__(".pushsection .text\n\t.balign 4\n\t.globl " #name "\n" #name ":\n\t" \
            insn "\n\tsvc #0\n\t.popsection"); \
    extern char name[]

/* Runs an EL0 snippet with x0 = a (SP_EL0 in the EL0 RW page); R[0] = x0 at its SVC. */
static __attribute__((unused)) void run_at_el0(char *entry, u64 a)
{
    trap_pc = (u64)entry;
    R[0] = run_el0((u64)entry, PG(P_EL0RW) + 0x800, a);
}

static void set_regs(u64 a0, u64 a1, u64 a2, u64 a3, u64 a4, u64 a5)
{
    R[0] = a0; R[1] = a1; R[2] = a2; R[3] = a3; R[4] = a4; R[5] = a5;
}

static void begin(const char *name)
{
    putln(name);
    faulted = 0;
}

/* "  x1=... x3=..." after a case: the registers the instruction may have written. */
static void show(const char *regs)
{
    puts(" ");
    for (const char *p = regs; *p; p++) {
        int k = *p - '0';
        puts(" x"); putc(*p); putc('='); put_hex(R[k]);
    }
    if (!faulted) puts(" (no fault)");
    putc('\n');
}

static void fill_page(u64 page, u64 seed)
{
    for (u64 k = 0; k < 0x1000; k += 8)
        *(volatile u64 *)(page + k) = seed + k;
}

/* Builds the tables, fills the pages with a pattern (MMU off) and turns the MMU on. */
static void rig_mmu_on(void)
{
    write_sysreg(sctlr_el1, 0x30d50838UL);          /* MMU off, SA = SA0 = 1 */
    isb();
    sys_install_vectors();

    l1[0] = 0x00000000UL | DEVICE | DESC_BLOCK;
    l1[1] = (u64)l2 | DESC_TABLE;
    l1[2] = 0x100000000UL | DESC_TABLE;
    l2[0] = 0x40000000UL | NORMAL | DESC_BLOCK;
    l2[1] = (u64)l3 | DESC_TABLE;
    l2[2] = 0x70000000UL | DESC_TABLE;
    l3[P_RW] = PG(P_RW) | NORMAL | DESC_PAGE;
    l3[P_RO] = PG(P_RO) | NORMAL | AP_RO | DESC_PAGE;
    l3[P_RW2] = PG(P_RW2) | NORMAL | DESC_PAGE;
    l3[P_RO2] = PG(P_RO2) | NORMAL | AP_RO | DESC_PAGE;
    l3[P_EL0RW] = PG(P_EL0RW) | NORMAL | AP_EL0 | PXN | UXN | DESC_PAGE;
    l3[P_EL0RO] = PG(P_EL0RO) | NORMAL | AP_EL0 | AP_RO | PXN | UXN | DESC_PAGE;
    l3[P_DEV] = PG(P_DEV) | DEVICE | DESC_PAGE;
    l3[P_NOAF] = PG(P_NOAF) | (NORMAL & ~AF) | DESC_PAGE;
    l3[511] = PG(511) | NORMAL | DESC_PAGE;         /* RW, just below WALK_L3 */

    for (u64 n = 0; n < P_COUNT; n++)
        fill_page(PG(n), 0x1000000000000000UL * (n + 1));

    write_sysreg(mair_el1, 0x00000000000004ff00UL); /* attr0 Device-nGnRnE, attr1 Normal WB */
    /* T0SZ = 25, IRGN0 = ORGN0 = WB, SH0 = inner, TG0 = 4K; T1SZ = 16, IRGN1 = ORGN1 = WB,
     * SH1 = inner, TG1 = 4K (0b10); IPS = 40 bits */
    write_sysreg(tcr_el1, 25UL | (1UL << 8) | (1UL << 10) | (3UL << 12) |
                 (16UL << 16) | (1UL << 24) | (1UL << 26) | (3UL << 28) | (2UL << 30) | (2UL << 32));
    write_sysreg(ttbr0_el1, (u64)l1);
    write_sysreg(ttbr1_el1, 0x70000000UL);
    isb();
    __asm__ volatile("tlbi vmalle1\n\tdsb nsh\n\tisb" ::: "memory");
    /* M, C, I; DZE and UCI: EL0 may use DC ZVA and DC/IC by VA */
    write_sysreg(sctlr_el1, 0x30d50838UL | 1 | 4 | 0x1000 | (1UL << 14) | (1UL << 26));
    isb();
    write_sysreg(cpacr_el1, 3UL << 20);             /* FP/SIMD at EL0 and EL1 */
    isb();
}

static __attribute__((unused)) void set_align_check(int on)
{
    u64 s = read_sysreg(sctlr_el1);
    write_sysreg(sctlr_el1, on ? s | 2 : s & ~2UL);
    isb();
}

#endif
