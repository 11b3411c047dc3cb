/* sys_abort: stage-1 MMU faults taken to EL1.
 * Identity map, 4 KiB granule, 39-bit VA (T0SZ = 25, walk starts at level 1),
 * TTBR0 only (EPD1 = 1).  Layout:
 *   L1[0]  0x00000000 1 GiB block, Device-nGnRnE, XN     (UART, GIC)
 *   L1[1]  0x40000000 -> L2 table
 *   L1[2]  0x80000000 invalid                           (level-1 translation fault)
 *   L2[0]  0x40000000 2 MiB block, Normal WB, RW         (image, stack, tables)
 *   L2[1]  0x40200000 -> L3 table
 *   L2[2]  0x40400000 invalid                           (level-2 translation fault)
 *   L2[3]  0x40600000 2 MiB block, Normal, read-only     (level-2 permission fault)
 *   L3[0]  0x40200000 RW page
 *   L3[1]  0x40201000 read-only page
 *   L3[2]  0x40202000 RW page with AF = 0
 *   L3[3]  0x40203000 invalid                           (level-3 translation fault)
 *   L3[4]  0x40204000 RW page, PXN (holds code)
 *   L3[5]  0x40205000 RW page, executable (same code)
 *   L3[6]  0x40206000 RW page, Device-nGnRnE
 * (the misaligned-Device and SP-alignment cases are not tested: QEMU 7.2
 *  does not raise those faults, see below)
 * Each fault prints ESR (EC, IL, WnR, DFSC/IFSC), FAR and ELR relative to
 * the faulting instruction; data aborts resume at ELR + 4 with x0 = 0xdead,
 * instruction aborts "return" to x30. */
#include "sys.h"

#define DESC_TABLE  3UL
#define DESC_BLOCK  1UL
#define DESC_PAGE   3UL
#define ATTR(i)     ((u64)(i) << 2)
#define AP_RO       (2UL << 6)
#define SH_INNER    (3UL << 8)
#define AF          (1UL << 10)
#define PXN         (1UL << 53)
#define UXN         (1UL << 54)
#define NORMAL      (ATTR(1) | SH_INNER | AF)
#define DEVICE      (ATTR(0) | AF | PXN | UXN)

static u64 l1[512] __attribute__((aligned(4096)));
static u64 l2[512] __attribute__((aligned(4096)));
static u64 l3[512] __attribute__((aligned(4096)));

static volatile u64 trap_pc;
static volatile u64 traps;
static volatile u64 last_ec;

#define LOAD(addr) ({ \
    register u64 x0_ __asm__("x0") = 0x1111; u64 a_ = (addr); \
    __asm__ volatile("adr x9, 1f\n\tstr x9, [%[slot]]\n\tmsr nzcv, xzr\n1:\tldr x0, [%[a]]\n" \
        : "+r"(x0_) : [slot] "r"(&trap_pc), [a] "r"(a_) : "x9", "memory"); \
    x0_; })
#define LOADW(addr) ({ \
    register u64 x0_ __asm__("x0") = 0x1111; u64 a_ = (addr); \
    __asm__ volatile("adr x9, 1f\n\tstr x9, [%[slot]]\n\tmsr nzcv, xzr\n1:\tldr w0, [%[a]]\n" \
        : "+r"(x0_) : [slot] "r"(&trap_pc), [a] "r"(a_) : "x9", "memory"); \
    x0_; })
#define CALL(addr) ({ \
    register u64 x0_ __asm__("x0") = 0x1111; u64 a_ = (addr); \
    trap_pc = a_; \
    __asm__ volatile("msr nzcv, xzr\n\tblr %[a]\n" \
        : "+r"(x0_) : [a] "r"(a_) : "x30", "cc", "memory"); \
    x0_; })
#define STORE(addr, v) ({ \
    register u64 x0_ __asm__("x0") = (v); u64 a_ = (addr); \
    __asm__ volatile("adr x9, 1f\n\tstr x9, [%[slot]]\n\tmsr nzcv, xzr\n1:\tstr x0, [%[a]]\n" \
        : "+r"(x0_) : [slot] "r"(&trap_pc), [a] "r"(a_) : "x9", "memory"); \
    x0_; })

void sys_trap(struct trap_frame *f, u64 vec)
{
    u64 esr = f->esr, ec = ESR_EC(esr), iss = ESR_ISS(esr);
    i64 d = (i64)(f->elr - trap_pc);
    traps++;
    last_ec = ec;
    if (VEC_KIND(vec) != VEC_SYNC)
        sys_unexpected(f, vec);
    puts("  trap "); puts(vec_name(vec));
    kv32("esr", esr);
    puts(" ec="); put_hex32((u32)ec);
    kvd("il", ESR_IL(esr));
    if (ec == 0x24 || ec == 0x25) {
        kvd("isv", (iss >> 24) & 1);
        kvd("cm", (iss >> 8) & 1);
        kvd("wnr", (iss >> 6) & 1);
        puts(" dfsc="); put_hex32(iss & 0x3f);
    } else if (ec == 0x20 || ec == 0x21) {
        puts(" ifsc="); put_hex32(iss & 0x3f);
    }
    if (ec != 0x26)
        kv("far", f->far);
    puts(" elr=insn"); if (d >= 0) putc('+'); put_dec(d);
    kv32("spsr", f->spsr);
    putc('\n');
    switch (ec) {
    case 0x24: case 0x25:                       /* data abort */
    case 0x26:                                  /* SP alignment */
        f->elr += 4;
        f->x[0] = 0xdead;
        break;
    case 0x20: case 0x21:                       /* instruction abort */
    case 0x22:                                  /* PC alignment */
        f->elr = f->x[30];
        f->x[0] = 0xdead;
        break;
    default:
        sys_unexpected(f, vec);
    }
}

static void sync_icache(u64 a)
{
    __asm__ volatile("dc cvau, %0\n\tdsb ish\n\tic ivau, %0\n\tdsb ish\n\tisb" :: "r"(a) : "memory");
}

static void result(const char *what, u64 v)
{
    puts("  "); puts(what); puts(": "); put_hex(v);
    puts(last_ec == 0xff ? " (no fault)" : "");
    putc('\n');
}

#define BEGIN(name) do { putln(name); last_ec = 0xff; } while (0)

int main(void)
{
    u64 v;
    putln("sys_abort");
    write_sysreg(sctlr_el1, 0x30d50838UL);          /* MMU off, SA = SA0 = 1 */
    isb();
    sys_install_vectors();

    /* build the tables */
    l1[0] = 0x00000000UL | DEVICE | DESC_BLOCK;
    l1[1] = (u64)l2 | DESC_TABLE;
    l2[0] = 0x40000000UL | NORMAL | DESC_BLOCK;
    l2[1] = (u64)l3 | DESC_TABLE;
    l2[3] = 0x40600000UL | NORMAL | AP_RO | DESC_BLOCK;
    l3[0] = 0x40200000UL | NORMAL | DESC_PAGE;
    l3[1] = 0x40201000UL | NORMAL | AP_RO | DESC_PAGE;
    l3[2] = 0x40202000UL | (NORMAL & ~AF) | DESC_PAGE;
    l3[4] = 0x40204000UL | NORMAL | PXN | DESC_PAGE;
    l3[5] = 0x40205000UL | NORMAL | DESC_PAGE;
    l3[6] = 0x40206000UL | ATTR(0) | AF | PXN | UXN | DESC_PAGE;

    /* memory contents, written with the MMU off */
    *(volatile u64 *)0x40200000UL = 0x0123456789abcdefUL;
    *(volatile u64 *)0x40201008UL = 0x1111222233334444UL;
    *(volatile u64 *)0x40202000UL = 0x5555666677778888UL;
    *(volatile u64 *)0x40206000UL = 0x8877665544332211UL;
    *(volatile u64 *)0x40206008UL = 0xffeeddccbbaa9900UL;
    *(volatile u64 *)0x40600010UL = 0x0600060006000600UL;
    for (u64 page = 0x40204000UL; page <= 0x40205000UL; page += 0x1000) {
        *(volatile u32 *)page = 0xd2800ee0;         /* mov x0, #0x77 */
        *(volatile u32 *)(page + 4) = 0xd65f03c0;   /* ret */
        sync_icache(page);
    }

    write_sysreg(mair_el1, 0x00000000000004ff00UL); /* attr0 Device-nGnRnE, attr1 Normal WB, attr2 Device-nGnRE */
    /* T0SZ = 25, IRGN0 = ORGN0 = WB, SH0 = inner, TG0 = 4K, EPD1 = 1, IPS = 40 bits */
    write_sysreg(tcr_el1, 25UL | (1UL << 8) | (1UL << 10) | (3UL << 12) | (1UL << 23) | (2UL << 32));
    write_sysreg(ttbr0_el1, (u64)l1);
    isb();
    __asm__ volatile("tlbi vmalle1\n\tdsb nsh\n\tisb" ::: "memory");
    write_sysreg(sctlr_el1, 0x30d50838UL | 1 | 4 | 0x1000);     /* M, C, I */
    isb();
    pr("mmu on, sctlr", read_sysreg(sctlr_el1));

    BEGIN("load 0x40200000 (RW page)");
    result("x0", LOAD(0x40200000UL));
    BEGIN("load 0x80000010 (L1 invalid)");
    result("x0", LOAD(0x80000010UL));
    BEGIN("load 0x40400008 (L2 invalid)");
    result("x0", LOAD(0x40400008UL));
    BEGIN("load 0x40203010 (L3 invalid)");
    result("x0", LOAD(0x40203010UL));
    BEGIN("load 0x0000008000000000 (above the 39-bit TTBR0 range)");
    result("x0", LOAD(0x0000008000000000UL));
    BEGIN("load 0xffffff8000000000 (TTBR1 range, EPD1 = 1)");
    result("x0", LOAD(0xffffff8000000000UL));
    BEGIN("store 0x40201008 (RO page)");
    result("x0", STORE(0x40201008UL, 0x99));
    BEGIN("load 0x40201008 (RO page)");
    result("x0", LOAD(0x40201008UL));
    BEGIN("store 0x40600010 (RO 2 MiB block)");
    result("x0", STORE(0x40600010UL, 0x99));
    BEGIN("load 0x40600010 (RO 2 MiB block)");
    result("x0", LOAD(0x40600010UL));
    BEGIN("load 0x40202000 (AF = 0)");
    result("x0", LOAD(0x40202000UL));
    BEGIN("store 0x40202000 (AF = 0)");
    result("x0", STORE(0x40202000UL, 0x99));
    BEGIN("store 0x40203000 (L3 invalid)");
    result("x0", STORE(0x40203000UL, 0x99));
    BEGIN("load 0x40206000 (Device page, aligned)");
    result("x0", LOAD(0x40206000UL));
    /* Not tested: misaligned accesses to Device memory must take an
     * Alignment fault (DFSC 0x21) whatever SCTLR_EL1.A says, but QEMU 7.2
     * performs them (ldr x0 from 0x40206004 -> bbaa990088776655). */
    BEGIN("load 0x40200004 (Normal page, misaligned, SCTLR.A = 0)");
    result("x0", LOAD(0x40200004UL));
    write_sysreg(sctlr_el1, read_sysreg(sctlr_el1) | 2);       /* A */
    isb();
    BEGIN("load 0x40200004 (Normal page, misaligned, SCTLR.A = 1)");
    result("x0", LOAD(0x40200004UL));
    BEGIN("store 0x40200002 (Normal page, misaligned, SCTLR.A = 1)");
    result("x0", STORE(0x40200002UL, 0x99));
    write_sysreg(sctlr_el1, read_sysreg(sctlr_el1) & ~2UL);
    isb();

    BEGIN("call 0x40205000 (executable page)");
    v = CALL(0x40205000UL);
    result("x0", v);
    BEGIN("call 0x40204000 (PXN page)");
    v = CALL(0x40204000UL);
    result("x0", v);
    BEGIN("call 0x40203000 (L3 invalid)");
    v = CALL(0x40203000UL);
    result("x0", v);
    BEGIN("call 0x09000000 (Device, XN)");
    v = CALL(0x09000000UL);
    result("x0", v);
    BEGIN("call 0x40205002 (misaligned PC)");
    v = CALL(0x40205002UL);
    result("x0", v);

    /* Not tested: SP alignment faults (EC 0x26).  With SCTLR_EL1.SA = 1,
     * "ldr x0, [sp]" with SP_EL0 = 8 mod 16 at EL1t does not fault in QEMU 7.2
     * (it has no SP alignment checking). */

    pr("traps", traps);
    putln("done");
    return 0;
}
