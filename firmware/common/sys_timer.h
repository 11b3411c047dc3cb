/* a64dbg: body of sys_timer_v2 and sys_timer_v3 (generic timer interrupts
 * through the GIC).  The including file defines GICV as 2 or 3 first.
 * Output never depends on timing: only INTIDs, counts and state bits. */
#ifndef A64_SYS_TIMER_H
#define A64_SYS_TIMER_H

#include "sys.h"

#define GICD            0x08000000UL
#define GICD_CTLR       (GICD + 0x000)
#define GICD_ISENABLER0 (GICD + 0x100)
#define GICD_IPRIORITYR (GICD + 0x400)
#define GICD_PIDR2_V2   (GICD + 0xfe8)
#define GICD_PIDR2_V3   (GICD + 0xffe8)
#define GICC            0x08010000UL          /* GICv2 CPU interface */
#define GICR            0x080a0000UL          /* GICv3 redistributor 0: RD_base */
#define GICR_SGI        (GICR + 0x10000)      /* SGI_base */

#define INTID_VTIMER    27
#define INTID_PTIMER    30
#define PRIO            0x80

static volatile u64 irqs, spurious, last_intid;
static volatile u64 which_timer;              /* 0 virtual, 1 physical */
static volatile u64 handler_step;             /* how the handler silences the timer */

static void set_prio(u64 base, int intid, u32 prio)
{
    u64 a = base + (u64)(intid & ~3);
    int sh = (intid & 3) * 8;
    mmio_w32(a, (mmio_r32(a) & ~(0xffu << sh)) | (prio << sh));
}

#if GICV == 3
static u64 gic_ack(void)      { u64 v = read_sysreg(S3_0_C12_C12_0); isb(); return v; }   /* ICC_IAR1_EL1 */
static void gic_eoi(u64 i)    { write_sysreg(S3_0_C12_C12_1, i); isb(); }                 /* ICC_EOIR1_EL1 */
static u64 gic_hppi(void)     { return read_sysreg(S3_0_C12_C12_2); }                     /* ICC_HPPIR1_EL1 */
static u64 gic_rpr(void)      { return read_sysreg(S3_0_C12_C11_3); }                     /* ICC_RPR_EL1 */
static u64 gic_pending(void)  { return mmio_r32(GICR_SGI + 0x200); }                      /* GICR_ISPENDR0 */
static u64 gic_active(void)   { return mmio_r32(GICR_SGI + 0x300); }                      /* GICR_ISACTIVER0 */

static void gic_init(void)
{
    /* distributor: affinity routing, enable group 0 and group 1 */
    mmio_w32(GICD_CTLR, (1u << 4) | 3);
    while (mmio_r32(GICD_CTLR) & (1u << 31))
        ;
    pr("GICD_CTLR", mmio_r32(GICD_CTLR));
    pr("GICD_PIDR2.ArchRev", (mmio_r32(GICD_PIDR2_V3) >> 4) & 0xf);
    /* redistributor: wake up */
    mmio_w32(GICR + 0x14, mmio_r32(GICR + 0x14) & ~2u);
    while (mmio_r32(GICR + 0x14) & 4u)
        ;
    pr("GICR_WAKER", mmio_r32(GICR + 0x14));
    pr("GICR_TYPER.Last", (mmio_r32(GICR + 0x8) >> 4) & 1);
    /* PPIs 27 and 30: group 1, priority 0x80, enabled */
    mmio_w32(GICR_SGI + 0x80, mmio_r32(GICR_SGI + 0x80) | (1u << INTID_VTIMER) | (1u << INTID_PTIMER));
    set_prio(GICR_SGI + 0x400, INTID_VTIMER, PRIO);
    set_prio(GICR_SGI + 0x400, INTID_PTIMER, PRIO);
    mmio_w32(GICR_SGI + 0x100, (1u << INTID_VTIMER) | (1u << INTID_PTIMER));
    pr("GICR_ISENABLER0", mmio_r32(GICR_SGI + 0x100));
    pr("GICR_IGROUPR0", mmio_r32(GICR_SGI + 0x80));
    /* CPU interface */
    write_sysreg(S3_0_C12_C12_5, read_sysreg(S3_0_C12_C12_5) | 1);   /* ICC_SRE_EL1.SRE */
    isb();
    pr("ICC_SRE_EL1.SRE", read_sysreg(S3_0_C12_C12_5) & 1);
    write_sysreg(S3_0_C4_C6_0, 0xff);                                /* ICC_PMR_EL1 */
    write_sysreg(S3_0_C12_C12_3, 0);                                 /* ICC_BPR1_EL1 */
    write_sysreg(S3_0_C12_C12_7, 1);                                 /* ICC_IGRPEN1_EL1 */
    isb();
    pr("ICC_IGRPEN1_EL1", read_sysreg(S3_0_C12_C12_7));
    pr("ID_AA64PFR0_EL1.GIC", (read_sysreg(id_aa64pfr0_el1) >> 24) & 0xf);
}
#else
static u64 gic_ack(void)      { return mmio_r32(GICC + 0x0c); }            /* GICC_IAR */
static void gic_eoi(u64 i)    { mmio_w32(GICC + 0x10, (u32)i); }           /* GICC_EOIR */
static u64 gic_hppi(void)     { return mmio_r32(GICC + 0x18); }            /* GICC_HPPIR */
static u64 gic_rpr(void)      { return mmio_r32(GICC + 0x14); }            /* GICC_RPR */
static u64 gic_pending(void)  { return mmio_r32(GICD + 0x200); }           /* GICD_ISPENDR0 */
static u64 gic_active(void)   { return mmio_r32(GICD + 0x300); }           /* GICD_ISACTIVER0 */

static void gic_init(void)
{
    mmio_w32(GICD_CTLR, 1);
    pr("GICD_CTLR", mmio_r32(GICD_CTLR));
    pr("GICD_PIDR2.ArchRev", (mmio_r32(GICD_PIDR2_V2) >> 4) & 0xf);
    set_prio(GICD_IPRIORITYR, INTID_VTIMER, PRIO);
    set_prio(GICD_IPRIORITYR, INTID_PTIMER, PRIO);
    mmio_w32(GICD_ISENABLER0, (1u << INTID_VTIMER) | (1u << INTID_PTIMER));
    pr("GICD_ISENABLER0 & timers", mmio_r32(GICD_ISENABLER0) & ((1u << INTID_VTIMER) | (1u << INTID_PTIMER)));
    mmio_w32(GICC + 0x04, 0xff);          /* GICC_PMR */
    mmio_w32(GICC + 0x00, 1);             /* GICC_CTLR: enable */
    pr("GICC_CTLR", mmio_r32(GICC + 0x00));
    pr("ID_AA64PFR0_EL1.GIC", (read_sysreg(id_aa64pfr0_el1) >> 24) & 0xf);
}
#endif

static u64 timer_ctl(void)
{
    return which_timer ? read_sysreg(cntp_ctl_el0) : read_sysreg(cntv_ctl_el0);
}

static void timer_set_ctl(u64 v)
{
    if (which_timer) write_sysreg(cntp_ctl_el0, v);
    else write_sysreg(cntv_ctl_el0, v);
    isb();
}

void sys_trap(struct trap_frame *f, u64 vec)
{
    if (VEC_KIND(vec) != VEC_IRQ || VEC_GROUP(vec) != 1)
        sys_unexpected(f, vec);
    u64 isr = read_sysreg(isr_el1);
    u64 hppi = gic_hppi() & 0x3ff;
    u64 iar = gic_ack();
    u64 intid = iar & 0x3ff;
    if (intid >= 1020) {
        spurious++;
        puts("  irq: spurious"); kvd("iar", (i64)intid); putc('\n');
        return;
    }
    irqs++;
    last_intid = intid;
    puts("  irq:");
    kvd("isr.i", (isr >> 7) & 1);
    kvd("hppir", (i64)hppi);
    kvd("intid", (i64)intid);
    kvd("iar.cpu", (i64)((iar >> 10) & 7));
    kv32("rpr", gic_rpr() & 0xff);
    kvd("active", (gic_active() >> intid) & 1);
    puts(" ctl="); put_hex32((u32)timer_ctl());
    if (handler_step & 1) {
        timer_set_ctl(3);                   /* keep enabled, set IMASK */
        puts(" masked ctl="); put_hex32((u32)timer_ctl());
    } else {
        timer_set_ctl(0);                   /* disable */
        puts(" disabled ctl="); put_hex32((u32)timer_ctl() & 1);
    }
    gic_eoi(iar);
    kvd("active after eoi", (gic_active() >> intid) & 1);
    kv32("rpr after eoi", gic_rpr() & 0xff);
    putc('\n');
}

/* Arm one timer for `ticks`, sleep until its interrupt has been taken. */
static void run_timer(int phys, u64 ticks, u64 step)
{
    u64 before = irqs, loops = 0;
    which_timer = phys;
    handler_step = step;
    if (phys) {
        write_sysreg(cntp_tval_el0, ticks);
        write_sysreg(cntp_ctl_el0, 1);
    } else {
        write_sysreg(cntv_tval_el0, ticks);
        write_sysreg(cntv_ctl_el0, 1);
    }
    isb();
    while (irqs == before && loops < 1000000) {
        __asm__ volatile("wfi\n\tmsr daifclr, #2\n\tisb\n\tmsr daifset, #2" ::: "memory");
        loops++;
    }
    puts(phys ? "phys" : "virt");
    puts(" timer: ");
    puts(irqs == before ? "TIMEOUT" : "fired");
    kvd("irqs", (i64)(irqs - before));
    kvd("intid", (i64)last_intid);
    putc('\n');
    timer_set_ctl(0);
}

int main(void)
{
    puts("sys_timer_v"); put_udec(GICV); putc('\n');
    sys_install_vectors();
    write_sysreg(cntv_ctl_el0, 0);
    write_sysreg(cntp_ctl_el0, 0);
    isb();
    pr("CNTFRQ_EL0", read_sysreg(cntfrq_el0));
    gic_init();
    pr("idle IAR (masked, nothing pending)", gic_ack() & 0x3ff);
    pr("idle RPR", gic_rpr() & 0xff);

    for (int i = 0; i < 3; i++)
        run_timer(0, 100 + 50 * i, i);
    run_timer(1, 100, 0);

    /* a timer that fires while its interrupt is masked in CNTV_CTL: ISTATUS
     * becomes 1 but nothing is pending at the GIC */
    write_sysreg(cntv_tval_el0, 10);
    write_sysreg(cntv_ctl_el0, 3);
    isb();
    while (!(read_sysreg(cntv_ctl_el0) & 4))
        ;
    pr("imasked vtimer ctl", read_sysreg(cntv_ctl_el0));
    pr("  pending vtimer", (gic_pending() >> INTID_VTIMER) & 1);
    /* unmask in CNTV_CTL: now it is pending; take it with IRQs unmasked */
    which_timer = 0;
    handler_step = 0;
    write_sysreg(cntv_ctl_el0, 1);
    isb();
    {
        u64 loops = 0;
        while (!((gic_pending() >> INTID_VTIMER) & 1) && loops++ < 1000000)
            ;
    }
    pr("  pending vtimer after unmask", (gic_pending() >> INTID_VTIMER) & 1);
    {
        u64 before = irqs;
        __asm__ volatile("msr daifclr, #2\n\tisb\n\tmsr daifset, #2" ::: "memory");
        pr("  irqs taken on unmask", irqs - before);
    }
    pr("  pending vtimer after handler", (gic_pending() >> INTID_VTIMER) & 1);

    pr("irqs", irqs);
    pr("spurious", spurious);
    putln("done");
    return 0;
}

#endif
