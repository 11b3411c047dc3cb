/* sys_pmu_ext: the PMUv3 behaviour QEMU 7.2 has not (so no QEMU golden:
 * test/pmu.test.ts checks every line against counts worked out by hand from
 * the Arm ARM's event definitions): BR_RETIRED (0x21), MEM_ACCESS (0x13),
 * CHAIN (0x1E), PMCEID0/1, counting by exception level across ERET and SVC,
 * the INST_RETIRED overflow interrupt arriving after the overflowing
 * instruction, and PMCR_EL0.E = 0 dropping the interrupt request.
 * a64dbg: --gic 3.  Counted windows are asm blocks with known instructions. */
#include "sys.h"

#define GICD            0x08000000UL
#define GICR            0x080a0000UL
#define GICR_SGI        (GICR + 0x10000)
#define INTID_PMU       23

#define FILTER_P        (1u << 31)
#define FILTER_U        (1u << 30)

static volatile u64 irqs, irq_elr, irq_ovs;
static u64 el0_stack[512] __attribute__((aligned(16)));
static u64 data[8] __attribute__((aligned(64)));

extern char el0_loop[], nops_start[];

/* EL0 code: 1 + 3 * 100 instructions, 100 branches, 100 loads, then SVC #0xff
 * (which returns to EL1 and, not completing, is not counted: a64dbg's
 * instruction count, as its time, does not count an exception-generating
 * instruction). */
__asm__(".text\n.balign 4\n.globl el0_loop\nel0_loop:\n"
        "\tmov x2, #100\n"
        "1:\tldr x3, [x1]\n"
        "\tsubs x2, x2, #1\n"
        "\tb.ne 1b\n"
        "\tsvc #0xff\n");

void sys_trap(struct trap_frame *f, u64 vec)
{
    if (VEC_KIND(vec) == VEC_IRQ) {
        u64 iar = read_sysreg(S3_0_C12_C12_0) & 0xffffff;      /* ICC_IAR1_EL1 */
        irqs++;
        irq_elr = f->elr;
        irq_ovs = read_sysreg(pmovsset_el0);
        write_sysreg(pmovsclr_el0, irq_ovs);
        write_sysreg(S3_0_C12_C12_1, iar);                     /* ICC_EOIR1_EL1 */
        isb();
        return;
    }
    if (VEC_KIND(vec) == VEC_SYNC && VEC_GROUP(vec) == 2 && ESR_EC(f->esr) == 0x15) {
        sys_back_to_el1(f);
        return;
    }
    sys_unexpected(f, vec);
}

static void gic_init(void)
{
    mmio_w32(GICD + 0x000, (1u << 4) | 3);
    while (mmio_r32(GICD) & (1u << 31))
        ;
    mmio_w32(GICR + 0x14, mmio_r32(GICR + 0x14) & ~2u);
    while (mmio_r32(GICR + 0x14) & 4u)
        ;
    mmio_w32(GICR_SGI + 0x80, mmio_r32(GICR_SGI + 0x80) | (1u << INTID_PMU));
    u64 a = GICR_SGI + 0x400 + (INTID_PMU & ~3);
    int sh = (INTID_PMU & 3) * 8;
    mmio_w32(a, (mmio_r32(a) & ~(0xffu << sh)) | (0x80u << sh));
    mmio_w32(GICR_SGI + 0x100, 1u << INTID_PMU);
    write_sysreg(S3_0_C12_C12_5, read_sysreg(S3_0_C12_C12_5) | 1);
    isb();
    write_sysreg(S3_0_C4_C6_0, 0xff);
    write_sysreg(S3_0_C12_C12_3, 0);
    write_sysreg(S3_0_C12_C12_7, 1);
    isb();
}

static u64 gic_pending(void) { return (mmio_r32(GICR_SGI + 0x200) >> INTID_PMU) & 1; }

static void counters(u64 t0, u64 t1, u64 t2, u64 t3)
{
    write_sysreg(pmcntenclr_el0, 0xffffffff);
    write_sysreg(pmevtyper0_el0, t0);
    write_sysreg(pmevtyper1_el0, t1);
    write_sysreg(pmevtyper2_el0, t2);
    write_sysreg(pmevtyper3_el0, t3);
    write_sysreg(pmcr_el0, 1 | 2);                  /* E, P: counters to 0; none enabled */
    isb();
}

static void show(const char *what)
{
    write_sysreg(pmcntenclr_el0, 0xffffffff);
    isb();
    puts(what);
    kvd("c0", (i64)read_sysreg(pmevcntr0_el0));
    kvd("c1", (i64)read_sysreg(pmevcntr1_el0));
    kvd("c2", (i64)read_sysreg(pmevcntr2_el0));
    kvd("c3", (i64)read_sysreg(pmevcntr3_el0));
    putc('\n');
}

int main(void)
{
    putln("sys_pmu_ext");
    sys_install_vectors();
    pr("PMCEID0_EL0", read_sysreg(pmceid0_el0));
    pr("PMCEID1_EL0", read_sysreg(pmceid1_el0));

    /* c0 BR_RETIRED, c1 MEM_ACCESS, c2 INST_RETIRED, c3 event 0x03 (L1D_CACHE_REFILL, not
     * implemented: never counts) */
    counters(0x21, 0x13, 0x08, 0x03);
    /* counted: everything after the enabling MSR, through the disabling one */
    __asm__ volatile(
        "\tmsr pmcntenset_el0, %1\n"
        "\tmov x2, #50\n"                 /* 1 */
        "1:\tldr x3, [%0]\n"              /* 50 x 8 = 400: 50 x 4 memory accesses */
        "\tstr x3, [%0, #8]\n"
        "\tldp x4, x5, [%0]\n"
        "\tstp x4, x5, [%0, #16]\n"
        "\tprfm pldl1keep, [%0]\n"        /*   a hint: no access */
        "\tcbz %0, 2f\n"                  /*   not taken: a branch */
        "2:\tsubs x2, x2, #1\n"
        "\tb.ne 1b\n"                     /*   50 branches */
        "\tldxr x6, [%0]\n"               /* memory */
        "\tstxr w7, x6, [%0]\n"           /* memory */
        "\tadr x8, 3f\n"
        "\tbr x8\n"                       /* branch */
        "3:\tbl 4f\n"                     /* branch */
        "\tb 5f\n"                        /* branch */
        "4:\tret\n"                       /* branch */
        "5:\ttbz x2, #0, 6f\n"            /* branch (taken: x2 = 0) */
        "6:\tadr x8, 7f\n"
        "\tblr x8\n"                      /* branch */
        "7:\tnop\n"
        "\tmsr pmcntenclr_el0, %1\n"
        : : "r"(data), "r"(0xful) : "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x30", "cc", "memory");
    show("mixed");

    /* counting by EL across ERET / SVC: c0..c2 EL0 only (P), c3 INST_RETIRED at EL1 only
     * (U) is not printed exactly (compiled code): only that it counted */
    counters(0x21 | FILTER_P, 0x13 | FILTER_P, 0x08 | FILTER_P, 0x08 | FILTER_U);
    write_sysreg(pmccfiltr_el0, FILTER_P);
    write_sysreg(pmccntr_el0, 0);
    write_sysreg(pmcntenset_el0, 0x8000000f);
    isb();
    run_el0((u64)el0_loop, (u64)(el0_stack + 512), 0);
    __asm__ volatile("msr daifset, #2" ::: "memory");
    write_sysreg(pmcntenclr_el0, 0xffffffff);
    isb();
    pr("EL0 only: PMCCNTR (PMCCFILTR.P)", read_sysreg(pmccntr_el0));
    pr("EL1 only: INST_RETIRED counted", read_sysreg(pmevcntr3_el0) > 20);
    write_sysreg(pmevcntr3_el0, 0);
    show("EL0 only");
    write_sysreg(pmccfiltr_el0, 0);

    /* CHAIN: c3 counts the overflows of c2 (INST_RETIRED), a 64-bit count */
    counters(0x00, 0x00, 0x08, 0x1e);
    write_sysreg(pmevcntr2_el0, 0xffffff00UL);
    write_sysreg(pmevcntr3_el0, 0x7);
    write_sysreg(pmovsclr_el0, 0xffffffff);
    write_sysreg(pmcntenset_el0, 0xc);
    isb();
    u64 n = 300;
    __asm__ volatile("1:\tsubs %0, %0, #1\n\tb.ne 1b" : "+r"(n) :: "cc");
    write_sysreg(pmcntenclr_el0, 0xc);
    isb();
    pr("CHAIN: high word (c3)", read_sysreg(pmevcntr3_el0));
    pr("CHAIN: low word (c2) < 0x200", read_sysreg(pmevcntr2_el0) < 0x200);
    pr("CHAIN: PMOVSSET", read_sysreg(pmovsset_el0));
    write_sysreg(pmovsclr_el0, 0xffffffff);
    write_sysreg(pmevcntr2_el0, 0xffffff00UL);
    write_sysreg(pmevcntr3_el0, 0xffffffffUL);
    write_sysreg(pmcntenset_el0, 0xc);
    isb();
    n = 300;
    __asm__ volatile("1:\tsubs %0, %0, #1\n\tb.ne 1b" : "+r"(n) :: "cc");
    write_sysreg(pmcntenclr_el0, 0xc);
    isb();
    pr("CHAIN from 0xffffffff: c3", read_sysreg(pmevcntr3_el0));
    pr("CHAIN from 0xffffffff: PMOVSSET", read_sysreg(pmovsset_el0));
    write_sysreg(pmovsclr_el0, 0xffffffff);
    isb();

    /* the INST_RETIRED overflow interrupt: c0 = 2^32 - 10 counts the MSR's
     * successors; the 10th overflows it and the IRQ is taken before the 11th */
    gic_init();
    counters(0x08, 0, 0, 0);
    write_sysreg(pmevcntr0_el0, 0xfffffff6UL);
    write_sysreg(pmintenset_el1, 1);
    isb();
    __asm__ volatile("msr daifclr, #2" ::: "memory");
    __asm__ volatile(
        "\tmov x0, #1\n"
        "\tmsr pmcntenset_el0, x0\n"
        ".globl nops_start\nnops_start:\n"
        ".rept 40\n\tnop\n.endr\n" ::: "x0", "memory");
    __asm__ volatile("msr daifset, #2" ::: "memory");
    write_sysreg(pmcntenclr_el0, 1);
    isb();
    pr("overflow irqs", irqs);
    pr("overflow irq taken at nop", (irq_elr - (u64)nops_start) / 4);
    pr("PMOVSSET in the handler", irq_ovs);

    /* PMCR_EL0.E = 0 drops a pending request; E = 1 raises it again */
    write_sysreg(pmovsset_el0, 1);
    isb();
    pr("flag set: pending", gic_pending());
    write_sysreg(pmcr_el0, 0);
    isb();
    pr("PMCR.E = 0: pending", gic_pending());
    write_sysreg(pmcr_el0, 1);
    isb();
    pr("PMCR.E = 1: pending", gic_pending());
    write_sysreg(pmovsclr_el0, 1);
    isb();
    pr("PMOVSCLR: pending", gic_pending());

    putln("done");
    semihost_exit(0);
}
