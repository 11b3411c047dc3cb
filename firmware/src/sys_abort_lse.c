/* sys_abort_lse: data aborts from the LSE atomics (LD<op>, ST<op>, SWP, CAS, CASP): the
 * syndrome, FAR and ELR on an unmapped page, a read-only page (the compare of a CAS
 * failing or not), a misaligned address and a walk that reads outside RAM.  Needs
 * ARMv8.1 (QEMU -cpu max).  Page layout: firmware/common/abort_rig.h. */
#include "abort_rig.h"

static void atomics(void)
{
    begin("ldadd x2, x1, [0x40203010] (unmapped)");
    set_regs(PG(P_INV) + 0x10, 0x1111, 5, 0, 0, 0);
    RUN("ldadd x2, x1, [x0]");
    show("1");
    begin("ldadd x2, x1, [0x40201010] (read-only)");
    set_regs(PG(P_RO) + 0x10, 0x1111, 5, 0, 0, 0);
    RUN("ldadd x2, x1, [x0]");
    show("1");
    begin("ldaddal w2, w1, [0x40201014] (read-only)");
    set_regs(PG(P_RO) + 0x14, 0x1111, 5, 0, 0, 0);
    RUN("ldaddal w2, w1, [x0]");
    show("1");
    begin("ldaddb w2, w1, [0x40203fff] (unmapped)");
    set_regs(PG(P_INV) + 0xfff, 0x1111, 5, 0, 0, 0);
    RUN("ldaddb w2, w1, [x0]");
    show("1");
    begin("ldclr x2, x1, [0x40200004] (misaligned)");
    set_regs(PG(P_RW) + 4, 0x1111, 5, 0, 0, 0);
    RUN("ldclr x2, x1, [x0]");
    show("1");
    begin("ldeorh w2, w1, [0x40201001] (misaligned, read-only)");
    set_regs(PG(P_RO) + 1, 0x1111, 5, 0, 0, 0);
    RUN("ldeorh w2, w1, [x0]");
    show("1");
    begin("ldset x2, x1, [0x40202ffc] (misaligned, crosses into the unmapped page)");
    set_regs(PG(P_INV) - 4, 0x1111, 5, 0, 0, 0);
    RUN("ldset x2, x1, [x0]");
    show("1");
    begin("ldsmax x2, x1, [0x40400010] (level-3 table outside RAM)");
    set_regs(WALK_L3 + 0x10, 0x1111, 5, 0, 0, 0);
    RUN("ldsmax x2, x1, [x0]");
    show("1");
    begin("stadd x2, [0x40201010] (read-only)");
    set_regs(PG(P_RO) + 0x10, 0x1111, 5, 0, 0, 0);
    RUN("stadd x2, [x0]");
    show("1");
    begin("stumin w2, [0x40203010] (unmapped)");
    set_regs(PG(P_INV) + 0x10, 0x1111, 5, 0, 0, 0);
    RUN("stumin w2, [x0]");
    show("1");
    begin("swp x2, x1, [0x40203010] (unmapped)");
    set_regs(PG(P_INV) + 0x10, 0x1111, 5, 0, 0, 0);
    RUN("swp x2, x1, [x0]");
    show("1");
    begin("swpal x2, x1, [0x40201010] (read-only)");
    set_regs(PG(P_RO) + 0x10, 0x1111, 5, 0, 0, 0);
    RUN("swpal x2, x1, [x0]");
    show("1");
    begin("swpb w2, w1, [0x40207010] (EL0 read-only page)");
    set_regs(PG(P_EL0RO) + 0x10, 0x1111, 5, 0, 0, 0);
    RUN("swpb w2, w1, [x0]");
    show("1");
    begin("ldadd x2, x1, [0x40200010] (RW: works)");
    set_regs(PG(P_RW) + 0x10, 0x1111, 5, 0, 0, 0);
    RUN("ldadd x2, x1, [x0]\n\tldr x3, [x0]");
    show("13");
}

static void cas(void)
{
    begin("cas x1, x2, [0x40203010] (unmapped)");
    set_regs(PG(P_INV) + 0x10, 0x1111, 0x2222, 0, 0, 0);
    RUN("cas x1, x2, [x0]");
    show("1");
    begin("cas x1, x2, [0x40201010] (read-only, compare fails)");
    set_regs(PG(P_RO) + 0x10, 0x1111, 0x2222, 0, 0, 0);
    RUN("cas x1, x2, [x0]");
    show("1");
    begin("casal x1, x2, [0x40201010] (read-only, compare succeeds)");
    set_regs(PG(P_RO) + 0x10, 0x2000000000000010UL, 0x2222, 0, 0, 0);
    RUN("casal x1, x2, [x0]");
    show("1");
    begin("casb w1, w2, [0x40201011] (read-only, compare fails)");
    set_regs(PG(P_RO) + 0x11, 0x11, 0x22, 0, 0, 0);
    RUN("casb w1, w2, [x0]");
    show("1");
    begin("cash w1, w2, [0x40200011] (misaligned)");
    set_regs(PG(P_RW) + 0x11, 0x11, 0x22, 0, 0, 0);
    RUN("cash w1, w2, [x0]");
    show("1");
    begin("cas x1, x2, [0x40400010] (level-3 table outside RAM)");
    set_regs(WALK_L3 + 0x10, 0x1111, 0x2222, 0, 0, 0);
    RUN("cas x1, x2, [x0]");
    show("1");
    begin("casp x2, x3, x4, x5, [0x40203010] (unmapped)");
    set_regs(PG(P_INV) + 0x10, 0, 0x2222, 0x3333, 0x4444, 0x5555);
    RUN("casp x2, x3, x4, x5, [x0]");
    show("23");
    begin("casp x2, x3, x4, x5, [0x40201010] (read-only, compare fails)");
    set_regs(PG(P_RO) + 0x10, 0, 0x2222, 0x3333, 0x4444, 0x5555);
    RUN("casp x2, x3, x4, x5, [x0]");
    show("23");
    begin("caspal x2, x3, x4, x5, [0x40201010] (read-only, compare succeeds)");
    set_regs(PG(P_RO) + 0x10, 0, 0x2000000000000010UL, 0x2000000000000018UL, 0x4444, 0x5555);
    RUN("caspal x2, x3, x4, x5, [x0]");
    show("23");
    begin("casp w2, w3, w4, w5, [0x40201014] (read-only, misaligned)");
    set_regs(PG(P_RO) + 0x14, 0, 0x2222, 0x3333, 0x4444, 0x5555);
    RUN("casp w2, w3, w4, w5, [x0]");
    show("23");
    begin("casp x2, x3, x4, x5, [0x40200008] (misaligned)");
    set_regs(PG(P_RW) + 8, 0, 0x2222, 0x3333, 0x4444, 0x5555);
    RUN("casp x2, x3, x4, x5, [x0]");
    show("23");
    begin("casp x2, x3, x4, x5, [0x40200010] (RW: compare fails, loads)");
    set_regs(PG(P_RW) + 0x10, 0, 0x2222, 0x3333, 0x4444, 0x5555);
    RUN("casp x2, x3, x4, x5, [x0]");
    show("23");
}

EL0_SNIPPET(el0_ldadd, "mov x1, #5\n\tldadd x1, x2, [x0]");
EL0_SNIPPET(el0_cas, "mov x1, #5\n\tmov x2, #6\n\tcas x1, x2, [x0]");
EL0_SNIPPET(el0_swp, "mov x1, #5\n\tswp x1, x2, [x0]");

static void at_el0(void)
{
    begin("el0: ldadd x1, x2, [0x40207010] (EL0 read-only page)");
    run_at_el0(el0_ldadd, PG(P_EL0RO) + 0x10);
    show("0");
    begin("el0: ldadd x1, x2, [0x40200010] (EL1-only page: the read faults)");
    run_at_el0(el0_ldadd, PG(P_RW) + 0x10);
    show("0");
    begin("el0: cas x1, x2, [0x40207010] (EL0 read-only page)");
    run_at_el0(el0_cas, PG(P_EL0RO) + 0x10);
    show("0");
    begin("el0: swp x1, x2, [0x40203010] (unmapped)");
    run_at_el0(el0_swp, PG(P_INV) + 0x10);
    show("0");
    begin("el0: ldadd x1, x2, [0x40206010] (EL0 RW page: works)");
    run_at_el0(el0_ldadd, PG(P_EL0RW) + 0x10);
    show("0");
    pr("  0x40206010", *(volatile u64 *)(PG(P_EL0RW) + 0x10));
}

int main(void)
{
    putln("sys_abort_lse");
    rig_mmu_on();
    pr("mmu on, sctlr", read_sysreg(sctlr_el1));
    atomics();
    cas();
    at_el0();
    pr("traps", traps);
    putln("done");
    return 0;
}
