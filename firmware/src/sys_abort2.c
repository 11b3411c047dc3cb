/* sys_abort2: the syndrome (ESR: EC, IL, ISV, FnV, EA, CM, S1PTW, WnR, DFSC), FAR and ELR of
 * every kind of data abort that is not a plain load or store (those are sys_abort's):
 * DC ZVA, loads and stores that cross into a page that faults (single, pair, FP/SIMD,
 * multi-register), exclusives, LDTR/STTR at EL1, and translation table walks that read
 * outside RAM.  Run under QEMU -cpu cortex-a57 (DC ZVA zeroes 64 bytes); the LSE atomics
 * are sys_abort_lse's (-cpu max).  Page layout: firmware/common/abort_rig.h.
 * A case prints its trap line (if it faulted) and the registers it may have written. */
#include "abort_rig.h"

static void dump(const char *what, u64 a)
{
    puts("  "); puts(what); puts(": ");
    put_hex(*(volatile u64 *)a); putc(' ');
    put_hex(*(volatile u64 *)(a + 8)); putc('\n');
}

static void dc_zva(void)
{
    begin("dc zva 0x40200048 (RW page: zeroes 0x40200040..0x4020007f)");
    set_regs(PG(P_RW) + 0x48, 0, 0, 0, 0, 0);
    RUN("dc zva, x0");
    show("0");
    dump("0x40200030", PG(P_RW) + 0x30);
    dump("0x40200040", PG(P_RW) + 0x40);
    dump("0x40200070", PG(P_RW) + 0x70);
    dump("0x40200080", PG(P_RW) + 0x80);

    begin("dc zva 0x40201000 (RO page, aligned)");
    set_regs(PG(P_RO), 0, 0, 0, 0, 0);
    RUN("dc zva, x0");
    show("0");
    begin("dc zva 0x40201048 (RO page, not block-aligned)");
    set_regs(PG(P_RO) + 0x48, 0, 0, 0, 0, 0);
    RUN("dc zva, x0");
    show("0");
    dump("0x40201040", PG(P_RO) + 0x40);
    begin("dc zva 0x40203fff (unmapped page, last byte)");
    set_regs(PG(P_INV) + 0xfff, 0, 0, 0, 0, 0);
    RUN("dc zva, x0");
    show("0");
    begin("dc zva 0x40404321 (walk reads outside RAM)");
    set_regs(WALK_L3 + 0x4321, 0, 0, 0, 0, 0);
    RUN("dc zva, x0");
    show("0");
    begin("dc zva 0x40209010 (access flag clear)");
    set_regs(PG(P_NOAF) + 0x10, 0, 0, 0, 0, 0);
    RUN("dc zva, x0");
    show("0");

    set_align_check(1);
    begin("dc zva 0x40202088 (RW page, SCTLR.A = 1)");
    set_regs(PG(P_RW2) + 0x88, 0, 0, 0, 0, 0);
    RUN("dc zva, x0");
    show("0");
    dump("0x40202080", PG(P_RW2) + 0x80);
    set_align_check(0);
}

static void crossing(void)
{
    /* single register */
    begin("ldr x1, [0x40202ffc] (crosses into the unmapped page)");
    set_regs(PG(P_INV) - 4, 0x1111, 0, 0, 0, 0);
    RUN("ldr x1, [x0]");
    show("1");
    begin("str x1, [0x40202ffa] (crosses into the unmapped page)");
    set_regs(PG(P_INV) - 6, 0x1111, 0, 0, 0, 0);
    RUN("str x1, [x0]");
    show("1");
    begin("ldur w1, [0x40203ffe] (starts in the unmapped page)");
    set_regs(PG(P_INV) + 0xffe, 0x1111, 0, 0, 0, 0);
    RUN("ldur w1, [x0]");
    show("1");
    begin("str x1, [0x40200ffc] (crosses into the read-only page)");
    set_regs(PG(P_RO) - 4, 0x1111, 0, 0, 0, 0);
    RUN("str x1, [x0]");
    show("1");

    /* pairs */
    begin("ldp x1, x2, [0x40202ff8] (second element unmapped)");
    set_regs(PG(P_INV) - 8, 0x1111, 0x2222, 0, 0, 0);
    RUN("ldp x1, x2, [x0]");
    show("12");
    begin("ldp x1, x2, [0x40202ffc] (first element crosses)");
    set_regs(PG(P_INV) - 4, 0x1111, 0x2222, 0, 0, 0);
    RUN("ldp x1, x2, [x0]");
    show("12");
    begin("ldp x1, x2, [0x40202ff4] (second element crosses)");
    set_regs(PG(P_INV) - 12, 0x1111, 0x2222, 0, 0, 0);
    RUN("ldp x1, x2, [x0]");
    show("12");
    begin("ldp w1, w2, [0x40202ffc] (second element unmapped)");
    set_regs(PG(P_INV) - 4, 0x1111, 0x2222, 0, 0, 0);
    RUN("ldp w1, w2, [x0]");
    show("12");
    begin("ldp x1, x2, [x0, #16]! (0x40202ff0 + 16: unmapped, no write-back)");
    set_regs(PG(P_INV) - 16, 0x1111, 0x2222, 0, 0, 0);
    RUN("ldp x1, x2, [x0, #16]!");
    show("012");
    begin("stp x1, x2, [0x40202ff8] (second element unmapped)");
    set_regs(PG(P_INV) - 8, 0x1111, 0x2222, 0, 0, 0);
    RUN("stp x1, x2, [x0]");
    show("12");
    begin("stp x1, x2, [0x40202ffc] (first element crosses)");
    set_regs(PG(P_INV) - 4, 0x1111, 0x2222, 0, 0, 0);
    RUN("stp x1, x2, [x0]");
    show("12");
    begin("stp x1, x2, [0x40202ff4] (second element crosses)");
    set_regs(PG(P_INV) - 12, 0x1111, 0x2222, 0, 0, 0);
    RUN("stp x1, x2, [x0]");
    show("12");
    begin("stp x1, x2, [0x40200ff8] (second element read-only)");
    set_regs(PG(P_RO) - 8, 0x1111, 0x2222, 0, 0, 0);
    RUN("stp x1, x2, [x0]");
    show("12");
    begin("stp x1, x2, [0x40204ff8] (read-only, then unmapped)");
    set_regs(PG(P_INV2) - 8, 0x1111, 0x2222, 0, 0, 0);
    RUN("stp x1, x2, [x0]");
    show("12");
    begin("stp x1, x2, [x0], #16 (0x40203000: unmapped, no write-back)");
    set_regs(PG(P_INV), 0x1111, 0x2222, 0, 0, 0);
    RUN("stp x1, x2, [x0], #16");
    show("012");

    /* FP/SIMD */
    begin("ldr q0, [0x40202ff8] (crosses)");
    set_regs(PG(P_INV) - 8, 0, 0, 0, 0, 0);
    RUN("ldr q0, [x0]");
    show("0");
    begin("str q0, [0x40202ff4] (crosses)");
    set_regs(PG(P_INV) - 12, 0, 0, 0, 0, 0);
    RUN("str q0, [x0]");
    show("0");
    begin("ldp q0, q1, [0x40202ff0] (second element unmapped)");
    set_regs(PG(P_INV) - 16, 0, 0, 0, 0, 0);
    RUN("ldp q0, q1, [x0]");
    show("0");
    begin("stp d0, d1, [0x40202ffc] (first element crosses)");
    set_regs(PG(P_INV) - 4, 0, 0, 0, 0, 0);
    RUN("stp d0, d1, [x0]");
    show("0");
    begin("ld1 {v0.16b, v1.16b}, [0x40202ff0] (second register unmapped)");
    set_regs(PG(P_INV) - 16, 0, 0, 0, 0, 0);
    RUN("ld1 {v0.16b, v1.16b}, [x0]");
    show("0");
    begin("ld1 {v0.16b-v3.16b}, [0x40202fd8] (crosses inside the third register)");
    set_regs(PG(P_INV) - 40, 0, 0, 0, 0, 0);
    RUN("ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x0]");
    show("0");
    begin("ld1 {v0.4s-v3.4s}, [x0], #64 (0x40202fe4: crosses, no write-back)");
    set_regs(PG(P_INV) - 28, 0, 0, 0, 0, 0);
    RUN("ld1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x0], #64");
    show("0");
    begin("st1 {v0.2d, v1.2d}, [0x40202ff0] (second register unmapped)");
    set_regs(PG(P_INV) - 16, 0, 0, 0, 0, 0);
    RUN("st1 {v0.2d, v1.2d}, [x0]");
    show("0");
    begin("st1 {v0.16b-v2.16b}, [0x40200fe4] (crosses into the read-only page)");
    set_regs(PG(P_RO) - 28, 0, 0, 0, 0, 0);
    RUN("st1 {v0.16b, v1.16b, v2.16b}, [x0]");
    show("0");
    begin("ld2 {v0.4s, v1.4s}, [0x40202ff0] (second half unmapped)");
    set_regs(PG(P_INV) - 16, 0, 0, 0, 0, 0);
    RUN("ld2 {v0.4s, v1.4s}, [x0]");
    show("0");
    begin("st4 {v0.8b-v3.8b}, [0x40202ff0] (second half unmapped)");
    set_regs(PG(P_INV) - 16, 0, 0, 0, 0, 0);
    RUN("st4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x0]");
    show("0");
    begin("ld1 {v0.d}[1], [0x40203008] (unmapped)");
    set_regs(PG(P_INV) + 8, 0, 0, 0, 0, 0);
    RUN("ld1 {v0.d}[1], [x0]");
    show("0");
    begin("ld1r {v0.4s}, [0x40202ffe] (crosses)");
    set_regs(PG(P_INV) - 2, 0, 0, 0, 0, 0);
    RUN("ld1r {v0.4s}, [x0]");
    show("0");
    begin("st3 {v0.s-v2.s}[0], [0x40200ffc] (crosses into the read-only page)");
    set_regs(PG(P_RO) - 4, 0, 0, 0, 0, 0);
    RUN("st3 {v0.s, v1.s, v2.s}[0], [x0]");
    show("0");
}

static void exclusives(void)
{
    begin("ldxr x1, [0x40203010] (unmapped)");
    set_regs(PG(P_INV) + 0x10, 0x1111, 0, 0x3333, 0, 0);
    RUN("ldxr x1, [x0]");
    show("1");
    begin("ldaxr w1, [0x40203010] (unmapped)");
    set_regs(PG(P_INV) + 0x10, 0x1111, 0, 0x3333, 0, 0);
    RUN("ldaxr w1, [x0]");
    show("1");
    begin("ldxr x1, [0x40200004] (misaligned)");
    set_regs(PG(P_RW) + 4, 0x1111, 0, 0x3333, 0, 0);
    RUN("ldxr x1, [x0]");
    show("1");
    begin("ldxp x1, x2, [0x40200008] (pair not 16-byte aligned)");
    set_regs(PG(P_RW) + 8, 0x1111, 0x2222, 0x3333, 0, 0);
    RUN("ldxp x1, x2, [x0]");
    show("12");
    begin("ldxr x1, [0x40201010] (read-only: loads)");
    set_regs(PG(P_RO) + 0x10, 0x1111, 0, 0x3333, 0, 0);
    RUN("ldxr x1, [x0]\n\tclrex");
    show("1");
    begin("ldxr x1, [ro]; stxr w3, x1, [0x40201010] (read-only)");
    set_regs(PG(P_RO) + 0x10, 0x1111, 0, 0x3333, 0, 0);
    RUN2("ldxr x1, [x0]", "stxr w3, x1, [x0]");
    show("13");
    begin("ldaxr w1, [ro]; stlxr w3, w1, [0x40201018] (read-only)");
    set_regs(PG(P_RO) + 0x18, 0x1111, 0, 0x3333, 0, 0);
    RUN2("ldaxr w1, [x0]", "stlxr w3, w1, [x0]");
    show("13");
    begin("ldxp x1, x2, [ro]; stxp w3, x1, x2, [0x40201020] (read-only)");
    set_regs(PG(P_RO) + 0x20, 0x1111, 0x2222, 0x3333, 0, 0);
    RUN2("ldxp x1, x2, [x0]", "stxp w3, x1, x2, [x0]");
    show("123");
    begin("clrex; stxr w3, x1, [0x40201010] (read-only, no reservation)");
    set_regs(PG(P_RO) + 0x10, 0x1111, 0, 0x3333, 0, 0);
    RUN2("clrex", "stxr w3, x1, [x0]");
    show("3");
    begin("clrex; stxr w3, x1, [0x40203010] (unmapped, no reservation)");
    set_regs(PG(P_INV) + 0x10, 0x1111, 0, 0x3333, 0, 0);
    RUN2("clrex", "stxr w3, x1, [x0]");
    show("3");
    begin("ldxr x4, [0x40200010]; stxr w3, x1, [0x40203010] (unmapped, other address reserved)");
    set_regs(PG(P_INV) + 0x10, 0x1111, PG(P_RW) + 0x10, 0x3333, 0, 0);
    RUN2("ldxr x4, [x2]", "stxr w3, x1, [x0]");
    show("3");
    __asm__ volatile("clrex");
    begin("ldxr x4, [0x40200010]; stxr w3, x1, [0x40200014] (misaligned, other address reserved)");
    set_regs(PG(P_RW) + 0x14, 0x1111, PG(P_RW) + 0x10, 0x3333, 0, 0);
    RUN2("ldxr x4, [x2]", "stxr w3, x1, [x0]");
    show("3");
    __asm__ volatile("clrex");
    begin("ldxr x1, [rw]; stxr w3, x1, [rw] (succeeds)");
    set_regs(PG(P_RW) + 0x10, 0x1111, 0, 0x3333, 0, 0);
    RUN2("ldxr x1, [x0]", "stxr w3, x1, [x0]");
    show("13");
}

static void unprivileged(void)
{
    begin("ldtr x1, [0x40200010] (EL1-only page)");
    set_regs(PG(P_RW) + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("ldtr x1, [x0]");
    show("1");
    begin("sttr x1, [0x40200010] (EL1-only page)");
    set_regs(PG(P_RW) + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("sttr x1, [x0]");
    show("1");
    begin("ldtrb w1, [0x40100010] (EL1-only 2 MiB block)");
    set_regs(0x40100010UL, 0x1111, 0, 0, 0, 0);
    RUN("ldtrb w1, [x0]");
    show("1");
    begin("ldtr x1, [0x40206010] (EL0 RW page)");
    set_regs(PG(P_EL0RW) + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("ldtr x1, [x0]");
    show("1");
    begin("sttrh w1, [0x40206012] (EL0 RW page)");
    set_regs(PG(P_EL0RW) + 0x12, 0x1111, 0, 0, 0, 0);
    RUN("sttrh w1, [x0]");
    show("1");
    dump("0x40206010", PG(P_EL0RW) + 0x10);
    begin("ldtrsw x1, [0x40207010] (EL0 read-only page)");
    set_regs(PG(P_EL0RO) + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("ldtrsw x1, [x0]");
    show("1");
    begin("sttr w1, [0x40207010] (EL0 read-only page)");
    set_regs(PG(P_EL0RO) + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("sttr w1, [x0]");
    show("1");
    begin("ldtr x1, [0x40203010] (unmapped)");
    set_regs(PG(P_INV) + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("ldtr x1, [x0]");
    show("1");
    begin("ldtr x1, [x0, #-4] (0x40206ffc: crosses from the EL0 RW page into the EL0 read-only one)");
    set_regs(PG(P_EL0RO), 0x1111, 0, 0, 0, 0);
    RUN("ldtr x1, [x0, #-4]");
    show("1");
    begin("sttr x1, [x0, #-4] (0x40206ffc: crosses from the EL0 RW page into the EL0 read-only one)");
    set_regs(PG(P_EL0RO), 0x1111, 0, 0, 0, 0);
    RUN("sttr x1, [x0, #-4]");
    show("1");
    begin("str x1, [0x40207010] (EL0 read-only page, privileged store)");
    set_regs(PG(P_EL0RO) + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("str x1, [x0]");
    show("1");
}

static void walks(void)
{
    begin("ldr x1, [0x40400010] (level-3 table outside RAM)");
    set_regs(WALK_L3 + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("ldr x1, [x0]");
    show("1");
    begin("str x1, [0x40400010] (level-3 table outside RAM)");
    set_regs(WALK_L3 + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("str x1, [x0]");
    show("1");
    begin("ldr x1, [0x80000010] (level-2 table outside RAM)");
    set_regs(WALK_L2 + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("ldr x1, [x0]");
    show("1");
    begin("ldr x1, [0xffff000000000010] (TTBR1 outside RAM: level 0)");
    set_regs(WALK_L0 + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("ldr x1, [x0]");
    show("1");
    begin("ldxr x1, [0x40400010] (level-3 table outside RAM)");
    set_regs(WALK_L3 + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("ldxr x1, [x0]");
    show("1");
    begin("ldtr x1, [0x40400010] (level-3 table outside RAM)");
    set_regs(WALK_L3 + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("ldtr x1, [x0]");
    show("1");
    begin("ldp x1, x2, [0x403ffff8] (second element's walk reads outside RAM)");
    set_regs(WALK_L3 - 8, 0x1111, 0x2222, 0, 0, 0);
    RUN("ldp x1, x2, [x0]");
    show("12");
    begin("blr 0x40400000 (instruction fetch, level-3 table outside RAM)");
    set_regs(WALK_L3, 0x1111, 0, 0, 0, 0);
    RUN("blr x0");
    show("1");
    begin("at s1e1r, 0x40400010 (level-3 table outside RAM)");
    set_regs(WALK_L3 + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("at s1e1r, x0\n\tisb\n\tmrs x1, par_el1");
    show("1");
    begin("at s1e1w, 0xffff000000000010 (TTBR1 outside RAM)");
    set_regs(WALK_L0 + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("at s1e1w, x0\n\tisb\n\tmrs x1, par_el1");
    show("1");
}

EL0_SNIPPET(el0_dc_zva, "dc zva, x0");
EL0_SNIPPET(el0_ldxr, "ldxr x0, [x0]");
EL0_SNIPPET(el0_stp, "mov x1, #0x1111\n\tmov x2, #0x2222\n\tstp x1, x2, [x0]");
EL0_SNIPPET(el0_ld1, "ld1 {v0.16b}, [x0]");

static void at_el0(void)
{
    begin("el0: dc zva 0x40206048 (EL0 RW page)");
    run_at_el0(el0_dc_zva, PG(P_EL0RW) + 0x48);
    show("0");
    dump("0x40206040", PG(P_EL0RW) + 0x40);
    begin("el0: dc zva 0x40207048 (EL0 read-only page: the zero page under memset)");
    run_at_el0(el0_dc_zva, PG(P_EL0RO) + 0x48);
    show("0");
    begin("el0: dc zva 0x40200048 (EL1-only page)");
    run_at_el0(el0_dc_zva, PG(P_RW) + 0x48);
    show("0");
    begin("el0: dc zva 0x40203048 (unmapped)");
    run_at_el0(el0_dc_zva, PG(P_INV) + 0x48);
    show("0");
    begin("el0: ldxr x0, [0x40200010] (EL1-only page)");
    run_at_el0(el0_ldxr, PG(P_RW) + 0x10);
    show("0");
    begin("el0: mov x1, #0x1111; mov x2, #0x2222; stp x1, x2, [0x40206ff8] (second element in the EL0 read-only page)");
    run_at_el0(el0_stp, PG(P_EL0RO) - 8);
    show("0");
    begin("el0: ld1 {v0.16b}, [0x40207ff8] (crosses into the EL1-only page)");
    run_at_el0(el0_ld1, PG(P_DEV) - 8);
    show("0");
}

int main(void)
{
    putln("sys_abort2");
    rig_mmu_on();
    pr("mmu on, sctlr", read_sysreg(sctlr_el1));
    dc_zva();
    crossing();
    exclusives();
    unprivileged();
    walks();
    at_el0();
    pr("traps", traps);
    putln("done");
    return 0;
}
