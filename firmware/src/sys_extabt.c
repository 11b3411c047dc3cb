/* sys_extabt: accesses to physical addresses with nothing behind them.  On QEMU's virt board
 * such an access is a bus decode error, which the CPU takes as a synchronous External abort
 * (DFSC/IFSC 0x10, EA = 0, FAR = the virtual address): loads and stores of every width, pairs,
 * FP/SIMD registers, DC ZVA, an exclusive, an instruction fetch (BLR to it), first with the MMU
 * off (RAM is 0x40000000..0x5fffffff with -m 512: 0x70000000 and above are empty), then with
 * the MMU on through abort_rig.h's Device block (0x0b000000: the hole between virt's virtio-mmio
 * transports and its platform bus).  The handler prints the syndrome and resumes after the
 * instruction (data) or at the caller (fetch).  Page layout and printer: common/abort_rig.h. */
#include "abort_rig.h"

#define EMPTY   0x70000000UL    /* beyond RAM */
#define HOLE    0x0b000000UL    /* between VIRT_MMIO and VIRT_PLATFORM_BUS */

static void data_cases(u64 base)
{
    begin("ldr x1, [x0]");
    set_regs(base + 0x10, 0x1111, 0, 0, 0, 0);
    RUN("ldr x1, [x0]");
    show("1");
    begin("ldrb w1, [x0, #3]");
    set_regs(base + 0x20, 0x2222, 0, 0, 0, 0);
    RUN("ldrb w1, [x0, #3]");
    show("1");
    begin("ldrsh x1, [x0]");
    set_regs(base + 0x32, 0x3333, 0, 0, 0, 0);
    RUN("ldrsh x1, [x0]");
    show("1");
    begin("str x1, [x0, #8]");
    set_regs(base + 0x40, 0x4444, 0, 0, 0, 0);
    RUN("str x1, [x0, #8]");
    show("1");
    begin("strh w1, [x0]");
    set_regs(base + 0x52, 0x5555, 0, 0, 0, 0);
    RUN("strh w1, [x0]");
    show("1");
    begin("ldp x1, x2, [x0]");
    set_regs(base + 0x60, 0x6666, 0x7777, 0, 0, 0);
    RUN("ldp x1, x2, [x0]");
    show("12");
    begin("stp x1, x2, [x0, #16]!");
    set_regs(base + 0x70, 0x8888, 0x9999, 0, 0, 0);
    RUN("stp x1, x2, [x0, #16]!");
    show("012");
    begin("ldr x1, [x0], #8 (post-index)");
    set_regs(base + 0x90, 0xaaaa, 0, 0, 0, 0);
    RUN("ldr x1, [x0], #8");
    show("01");
    begin("ldr q0, [x0] ; fmov x1, d0");
    set_regs(base + 0xa0, 0, 0, 0, 0, 0);
    RUN("movi v0.2d, #0\n\tldr q0, [x0]");
    show("0");
    begin("str d0, [x0]");
    set_regs(base + 0xb0, 0, 0, 0, 0, 0);
    RUN("str d0, [x0]");
    show("0");
    begin("ldxr x1, [x0]");
    set_regs(base + 0xc0, 0xbbbb, 0, 0, 0, 0);
    RUN("ldxr x1, [x0]");
    show("1");
    begin("ldar w1, [x0]");
    set_regs(base + 0xd0, 0xcccc, 0, 0, 0, 0);
    RUN("ldar w1, [x0]");
    show("1");
    begin("stlr x1, [x0]");
    set_regs(base + 0xe0, 0xdddd, 0, 0, 0, 0);
    RUN("stlr x1, [x0]");
    show("1");
    begin("dc zva, x0");
    set_regs(base + 0x148, 0, 0, 0, 0, 0);
    RUN("dc zva, x0");
    show("0");
}

int main(void)
{
    putln("sys_extabt");
    sys_install_vectors();
    write_sysreg(cpacr_el1, 3UL << 20);             /* FP/SIMD at EL1 */
    isb();
    putln("-- mmu off, 0x70000000");
    data_cases(EMPTY);
    begin("blr x0 (fetch from 0x70000000)");
    set_regs(EMPTY, 0, 0, 0, 0, 0);
    RUN("blr x0");
    show("0");
    begin("blr x0 (fetch from 0x70001ffc)");
    set_regs(EMPTY + 0x1ffc, 0, 0, 0, 0, 0);
    RUN("blr x0");
    show("0");
    rig_mmu_on();
    putln("-- mmu on, 0x0b000000 (Device block)");
    data_cases(HOLE);
    pr("traps", traps);
    putln("done");
    return 0;
}
