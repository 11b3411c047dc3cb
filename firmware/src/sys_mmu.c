/* sys_mmu: TTBR0 + TTBR1, aliases, ASIDs and TLB maintenance, AT + PAR_EL1.
 * 4 KiB granule, T0SZ = T1SZ = 25 (39-bit VAs, walks start at level 1),
 * 8-bit ASIDs taken from TTBR0 (TCR.A1 = 0).
 *   TTBR0 (two tables: A with ASID 1, B with ASID 2; identical except L3[0x10]):
 *     L1[0]  0x00000000 1 GiB Device block (UART)
 *     L1[1]  -> L2: L2[0] 0x40000000 2 MiB Normal block (image); L2[1] -> L3
 *     L3[0x000] 0x40200000 AP=00 (EL1 RW)         L3[0x001] 0x40201000 AP=01 (EL0+EL1 RW)
 *     L3[0x002] 0x40202000 AP=10 (EL1 RO)         L3[0x003] 0x40203000 AP=11 (EL0+EL1 RO)
 *     L3[0x004] 0x40204000 AF = 0                 L3[0x005] invalid
 *     L3[0x010] 0x40210000 nG: A -> PA 0x40310000, B -> PA 0x40311000
 *     L3[0x100] 0x40300000 -> PA 0x40300000 (shared page, global)
 *   TTBR1:
 *     0xffffff8000000000 4 KiB page  -> PA 0x40300000 (alias of the shared page)
 *     0xffffff8000200000 2 MiB block -> PA 0x40400000
 *     0xffffff8000400000 invalid (level 2)                                     */
#include "sys.h"

#define DESC_TABLE  3UL
#define DESC_BLOCK  1UL
#define DESC_PAGE   3UL
#define ATTR(i)     ((u64)(i) << 2)
#define AP(n)       ((u64)(n) << 6)
#define SH_INNER    (3UL << 8)
#define AF          (1UL << 10)
#define NG          (1UL << 11)
#define PXN         (1UL << 53)
#define UXN         (1UL << 54)
#define NORMAL      (ATTR(1) | SH_INNER | AF)
#define DEVICE      (ATTR(0) | AF | PXN | UXN)
#define HI          0xffffff8000000000UL

static u64 l1a[512] __attribute__((aligned(4096)));
static u64 l2a[512] __attribute__((aligned(4096)));
static u64 l3a[512] __attribute__((aligned(4096)));
static u64 l1b[512] __attribute__((aligned(4096)));
static u64 l2b[512] __attribute__((aligned(4096)));
static u64 l3b[512] __attribute__((aligned(4096)));
static u64 l1h[512] __attribute__((aligned(4096)));
static u64 l2h[512] __attribute__((aligned(4096)));
static u64 l3h[512] __attribute__((aligned(4096)));

void sys_trap(struct trap_frame *f, u64 vec)
{
    sys_unexpected(f, vec);
}

static inline u64 rd(u64 va) { return *(volatile u64 *)va; }
static inline void wr(u64 va, u64 v) { *(volatile u64 *)va = v; }

static void set_pte(u64 *p, u64 v)
{
    *(volatile u64 *)p = v;
    dsb(ishst);
}

static void use_ttbr0(u64 *l1, u64 asid)
{
    write_sysreg(ttbr0_el1, (u64)l1 | (asid << 48));
    isb();
}

/* PAR_EL1 with implementation-defined attribute bits masked:
 * F = 0: PA[47:12] | F;  F = 1: FST[6:1] | F. */
static u64 par_masked(u64 par)
{
    return (par & 1) ? (par & 0x7f) : (par & 0x0000fffffffff000UL);
}

static void show_par(const char *what, u64 va, u64 par)
{
    puts(what); putc(' '); put_hex(va);
    puts(" -> par="); put_hex(par_masked(par));
    if (par & 1) { puts(" F fst="); put_hex32((par >> 1) & 0x3f); }
    putc('\n');
}

#define AT(op, va) ({ u64 va_ = (va); \
    __asm__ volatile("at " #op ", %0\n\tisb" :: "r"(va_) : "memory"); \
    read_sysreg(par_el1); })

int main(void)
{
    putln("sys_mmu");
    write_sysreg(sctlr_el1, 0x30d50838UL);
    isb();
    sys_install_vectors();

    /* physical contents, written with the MMU off */
    wr(0x40300000UL, 0x5a5a000000000000UL);
    wr(0x40301000UL, 0x5a5a000000001000UL);
    wr(0x40310000UL, 0xaaaa0000000000a1UL);
    wr(0x40311000UL, 0xbbbb0000000000b2UL);
    wr(0x40312000UL, 0xcccc0000000000c3UL);
    wr(0x40313000UL, 0xdddd0000000000d4UL);
    wr(0x40400000UL, 0xb10c000000000000UL);
    wr(0x40412340UL, 0xb10c000000012340UL);
    wr(0x405ffff8UL, 0xb10c0000001ffff8UL);

    /* TTBR0 tables A and B */
    for (int t = 0; t < 2; t++) {
        u64 *l1 = t ? l1b : l1a, *l2 = t ? l2b : l2a, *l3 = t ? l3b : l3a;
        l1[0] = 0x00000000UL | DEVICE | DESC_BLOCK;
        l1[1] = (u64)l2 | DESC_TABLE;
        l2[0] = 0x40000000UL | NORMAL | DESC_BLOCK;
        l2[1] = (u64)l3 | DESC_TABLE;
        l3[0x000] = 0x40200000UL | NORMAL | AP(0) | DESC_PAGE;
        l3[0x001] = 0x40201000UL | NORMAL | AP(1) | DESC_PAGE;
        l3[0x002] = 0x40202000UL | NORMAL | AP(2) | DESC_PAGE;
        l3[0x003] = 0x40203000UL | NORMAL | AP(3) | DESC_PAGE;
        l3[0x004] = 0x40204000UL | (NORMAL & ~AF) | DESC_PAGE;
        l3[0x010] = (t ? 0x40311000UL : 0x40310000UL) | NORMAL | NG | DESC_PAGE;
        l3[0x100] = 0x40300000UL | NORMAL | DESC_PAGE;
    }
    /* TTBR1 */
    l1h[0] = (u64)l2h | DESC_TABLE;
    l2h[0] = (u64)l3h | DESC_TABLE;
    l2h[1] = 0x40400000UL | NORMAL | DESC_BLOCK;
    l3h[0] = 0x40300000UL | NORMAL | DESC_PAGE;

    write_sysreg(mair_el1, 0x000000000004ff00UL);  /* attr0 Device-nGnRnE, attr1 Normal WB */
    /* T0SZ = T1SZ = 25, WB/WB inner-shareable walks, TG0 = 4K, TG1 = 4K (0b10),
     * A1 = 0, IPS = 40 bits, AS = 0 (8-bit ASID) */
    write_sysreg(tcr_el1, 25UL | (1UL << 8) | (1UL << 10) | (3UL << 12) |
                          (25UL << 16) | (1UL << 24) | (1UL << 26) | (3UL << 28) | (2UL << 30) |
                          (2UL << 32));
    use_ttbr0(l1a, 1);
    write_sysreg(ttbr1_el1, (u64)l1h);
    isb();
    __asm__ volatile("tlbi vmalle1\n\tdsb nsh\n\tisb" ::: "memory");
    write_sysreg(sctlr_el1, 0x30d50838UL | 1 | 4 | 0x1000);
    isb();
    pr("mmu on, sctlr", read_sysreg(sctlr_el1));
    pr("ttbr0 asid", read_sysreg(ttbr0_el1) >> 48);

    putln("-- aliases: PA 0x40300000 at 0x40300000 (TTBR0) and 0xffffff8000000000 (TTBR1)");
    pr("low  read", rd(0x40300000UL));
    pr("high read", rd(HI));
    wr(0x40300008UL, 0x1111000000000008UL);
    pr("write low, read high", rd(HI + 8));
    wr(HI + 0x10, 0x2222000000000010UL);
    pr("write high, read low", rd(0x40300010UL));
    putln("-- 2 MiB block at 0xffffff8000200000 -> PA 0x40400000");
    pr("high block +0", rd(HI + 0x200000));
    pr("high block +0x12340", rd(HI + 0x212340));
    pr("high block +0x1ffff8", rd(HI + 0x3ffff8));

    putln("-- ASIDs (nG page 0x40210000)");
    pr("asid 1 (table A)", rd(0x40210000UL));
    use_ttbr0(l1b, 2);
    pr("asid 2 (table B), no TLBI", rd(0x40210000UL));
    use_ttbr0(l1a, 1);
    pr("asid 1 again, no TLBI", rd(0x40210000UL));

    /* A: 0x40210000 -> PA 0x40312000, break-before-make with TLBI VAE1 */
    set_pte(&l3a[0x10], 0);
    __asm__ volatile("tlbi vae1, %0\n\tdsb ish" :: "r"((1UL << 48) | (0x40210000UL >> 12)) : "memory");
    set_pte(&l3a[0x10], 0x40312000UL | NORMAL | NG | DESC_PAGE);
    isb();
    pr("asid 1 after remap + TLBI VAE1", rd(0x40210000UL));

    /* B: 0x40210000 -> PA 0x40313000, TLBI ASIDE1 for ASID 2 */
    set_pte(&l3b[0x10], 0);
    __asm__ volatile("tlbi aside1, %0\n\tdsb ish" :: "r"(2UL << 48) : "memory");
    set_pte(&l3b[0x10], 0x40313000UL | NORMAL | NG | DESC_PAGE);
    use_ttbr0(l1b, 2);
    pr("asid 2 after remap + TLBI ASIDE1", rd(0x40210000UL));
    use_ttbr0(l1a, 1);
    pr("asid 1 still", rd(0x40210000UL));

    /* TTBR1 page: 0xffffff8000000000 -> PA 0x40301000, TLBI VMALLE1 */
    set_pte(&l3h[0], 0);
    __asm__ volatile("tlbi vmalle1\n\tdsb ish" ::: "memory");
    set_pte(&l3h[0], 0x40301000UL | NORMAL | DESC_PAGE);
    isb();
    pr("high page after remap + TLBI VMALLE1", rd(HI));
    /* global mapping: TLBI VAAE1 (all ASIDs) */
    set_pte(&l3h[0], 0);
    __asm__ volatile("tlbi vaae1, %0\n\tdsb ish" :: "r"(HI >> 12) : "memory");
    set_pte(&l3h[0], 0x40300000UL | NORMAL | DESC_PAGE);
    isb();
    pr("high page back + TLBI VAAE1", rd(HI));

    putln("-- AT + PAR_EL1 (PAR masked to F, FST, PA[47:12])");
    show_par("s1e1r", 0x40300123UL, AT(s1e1r, 0x40300123UL));
    show_par("s1e1r", HI + 0x456, AT(s1e1r, HI + 0x456));
    show_par("s1e1r", HI + 0x212345, AT(s1e1r, HI + 0x212345));
    show_par("s1e1r", 0x40080000UL, AT(s1e1r, 0x40080000UL));
    show_par("s1e1r", 0x09000000UL, AT(s1e1r, 0x09000000UL));
    show_par("s1e1r", 0x40210000UL, AT(s1e1r, 0x40210000UL));
    show_par("s1e1r", 0x40205000UL, AT(s1e1r, 0x40205000UL));
    show_par("s1e1r", 0x80000000UL, AT(s1e1r, 0x80000000UL));
    show_par("s1e1r", HI + 0x400000, AT(s1e1r, HI + 0x400000));
    show_par("s1e1r", 0x0000008000000000UL, AT(s1e1r, 0x0000008000000000UL));
    show_par("s1e1r", 0x40204000UL, AT(s1e1r, 0x40204000UL));
    show_par("s1e1w", 0x40200000UL, AT(s1e1w, 0x40200000UL));
    show_par("s1e1w", 0x40202000UL, AT(s1e1w, 0x40202000UL));
    show_par("s1e1w", 0x40203000UL, AT(s1e1w, 0x40203000UL));
    show_par("s1e0r", 0x40200000UL, AT(s1e0r, 0x40200000UL));
    show_par("s1e0r", 0x40201000UL, AT(s1e0r, 0x40201000UL));
    show_par("s1e0r", 0x40202000UL, AT(s1e0r, 0x40202000UL));
    show_par("s1e0r", 0x40203000UL, AT(s1e0r, 0x40203000UL));
    show_par("s1e0w", 0x40201000UL, AT(s1e0w, 0x40201000UL));
    show_par("s1e0w", 0x40203000UL, AT(s1e0w, 0x40203000UL));
    show_par("s1e0r", 0x40205000UL, AT(s1e0r, 0x40205000UL));

    putln("done");
    return 0;
}
