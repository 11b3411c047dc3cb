/* sys_abort_cm: aborts where a64dbg follows the Arm ARM and QEMU 7.2 does not, so this
 * program has no QEMU golden (scripts/make-goldens.sh skips it); test/abort.test.ts checks
 * its output against the architecture instead:
 *  - DC CVAC/CVAU/CIVAC/IVAC and IC IVAU by VA translate their address: a translation,
 *    access flag or walk fault is a data abort with CM = 1 and WnR = 1 (ESR_ELx.WnR: "for
 *    faults on cache maintenance instructions, this bit always returns 1"), FAR = Xt; only
 *    DC IVAC needs write permission at EL1; at EL0 the location must be readable at EL0.
 *    QEMU 7.2 implements all of them as NOPs: no fault, ever.
 *  - DC ZVA to Device memory is an Alignment fault (WnR = 1, CM = 0, FAR = Xt); QEMU 7.2
 *    zeroes the Device memory.
 * Page layout: firmware/common/abort_rig.h. */
#include "abort_rig.h"

EL0_SNIPPET(el0_dc_civac, "dc civac, x0");
EL0_SNIPPET(el0_dc_cvau, "dc cvau, x0");
EL0_SNIPPET(el0_ic_ivau, "ic ivau, x0");

static void el1(void)
{
    begin("dc civac 0x40203048 (unmapped)");
    set_regs(PG(P_INV) + 0x48, 0, 0, 0, 0, 0);
    RUN("dc civac, x0");
    show("0");
    begin("dc cvac 0x40203048 (unmapped)");
    set_regs(PG(P_INV) + 0x48, 0, 0, 0, 0, 0);
    RUN("dc cvac, x0");
    show("0");
    begin("dc cvau 0x40203048 (unmapped)");
    set_regs(PG(P_INV) + 0x48, 0, 0, 0, 0, 0);
    RUN("dc cvau, x0");
    show("0");
    begin("dc ivac 0x40203048 (unmapped)");
    set_regs(PG(P_INV) + 0x48, 0, 0, 0, 0, 0);
    RUN("dc ivac, x0");
    show("0");
    begin("dc ivac 0x40201048 (read-only: needs write permission)");
    set_regs(PG(P_RO) + 0x48, 0, 0, 0, 0, 0);
    RUN("dc ivac, x0");
    show("0");
    begin("dc civac 0x40201048 (read-only)");
    set_regs(PG(P_RO) + 0x48, 0, 0, 0, 0, 0);
    RUN("dc civac, x0");
    show("0");
    begin("dc cvac 0x40207048 (EL0 read-only page)");
    set_regs(PG(P_EL0RO) + 0x48, 0, 0, 0, 0, 0);
    RUN("dc cvac, x0");
    show("0");
    begin("dc civac 0x40404321 (walk reads outside RAM)");
    set_regs(WALK_L3 + 0x4321, 0, 0, 0, 0, 0);
    RUN("dc civac, x0");
    show("0");
    begin("dc civac 0x40209010 (access flag clear)");
    set_regs(PG(P_NOAF) + 0x10, 0, 0, 0, 0, 0);
    RUN("dc civac, x0");
    show("0");
    begin("dc cisw 0 (set/way: no address)");
    set_regs(0, 0, 0, 0, 0, 0);
    RUN("dc cisw, x0");
    show("0");
    begin("ic ivau 0x40203048 (unmapped)");
    set_regs(PG(P_INV) + 0x48, 0, 0, 0, 0, 0);
    RUN("ic ivau, x0");
    show("0");
    begin("ic ivau 0x40201048 (read-only)");
    set_regs(PG(P_RO) + 0x48, 0, 0, 0, 0, 0);
    RUN("ic ivau, x0");
    show("0");
    begin("dc zva 0x40208048 (Device memory)");
    set_regs(PG(P_DEV) + 0x48, 0, 0, 0, 0, 0);
    RUN("dc zva, x0");
    show("0");
    pr("  0x40208048", *(volatile u64 *)(PG(P_DEV) + 0x48));
}

static void el0(void)
{
    begin("el0: dc civac 0x40200048 (EL1-only page)");
    run_at_el0(el0_dc_civac, PG(P_RW) + 0x48);
    show("0");
    begin("el0: dc civac 0x40203048 (unmapped)");
    run_at_el0(el0_dc_civac, PG(P_INV) + 0x48);
    show("0");
    begin("el0: dc cvau 0x40207048 (EL0 read-only page)");
    run_at_el0(el0_dc_cvau, PG(P_EL0RO) + 0x48);
    show("0");
    begin("el0: ic ivau 0x40200048 (EL1-only page)");
    run_at_el0(el0_ic_ivau, PG(P_RW) + 0x48);
    show("0");
    begin("el0: ic ivau 0x40206048 (EL0 RW page)");
    run_at_el0(el0_ic_ivau, PG(P_EL0RW) + 0x48);
    show("0");
}

int main(void)
{
    putln("sys_abort_cm");
    rig_mmu_on();
    pr("mmu on, sctlr", read_sysreg(sctlr_el1));
    el1();
    el0();
    pr("traps", traps);
    putln("done");
    return 0;
}
