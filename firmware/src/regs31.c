/* regs31: register 31 as SP versus XZR in every instruction class where
 * it differs. ADD/SUB imm read/write SP; ADDS/SUBS imm write XZR (CMN/CMP)
 * but read SP; logical imm AND/ORR/EOR write SP, ANDS writes XZR;
 * shifted-register forms read/write XZR; extended-register forms read
 * (Rn) and write (Rd, non-S) SP; MOV to/from SP aliases; MOVZ/loads/
 * CSEL/MADD with Rd=31 discard; load/store with SP base; stores of XZR.
 * Every test reports the result and the SP delta (expected to be 0 unless
 * SP is the destination). */
#include "lib.h"

static u64 cell[4] __attribute__((aligned(16)));

/* run a block with x1 = a, x2 = b; report x0 and SP change (SP restored
 * from x9 afterwards). */
#define R31(name, insn, A, B) do { u64 r_, spd_, a_ = (A), b_ = (B); \
    __asm__ volatile("mov x9, sp\n\tmov x0, #0x5a5a\n\tmov x1, %[a]\n\tmov x2, %[b]\n\t" \
        insn "\n\tmov x10, sp\n\tsub %[spd], x10, x9\n\tmov sp, x9\n\tmov %[r], x0" \
        : [r] "=&r"(r_), [spd] "=&r"(spd_) : [a] "r"(a_), [b] "r"(b_) \
        : "x0", "x1", "x2", "x9", "x10", "cc", "memory"); \
    puts(name); puts(": x0="); put_hex(r_); puts(" sp_delta="); put_hex(spd_); putc('\n'); } while (0)

int main(void)
{
    u64 sp;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    putln("regs31 start");
    pr("sp (absolute)", sp);

    putln("== add/sub immediate: Rn=SP, Rd=SP");
    R31("add x0, sp, #0 (mov x0,sp) minus sp", "mov x0, sp\n\tsub x0, x0, x9", 0, 0);
    R31("add sp, sp, #0x20", "add sp, sp, #0x20", 0, 0);
    R31("mov sp, x1 (add sp,x1,#0) with x1=sp-0x40", "sub x1, sp, #0x40\n\tmov sp, x1", 0, 0);
    R31("sub x0, sp, #8 (rel)", "sub x0, sp, #8\n\tsub x0, x9, x0", 0, 0);
    R31("adds xzr, sp, #1 (cmn sp,#1): sp kept", "cmn sp, #1\n\tcset x0, cs", 0, 0);
    R31("subs xzr, x1, #1 (cmp x1,#1) x1=0", "cmp x1, #1\n\tmrs x0, nzcv", 0, 0);
    R31("adds x0, sp, #0 (reads SP) minus sp", "adds x0, sp, #0\n\tsub x0, x0, x9", 0, 0);

    putln("== logical immediate: Rd=31 is SP, except ANDS (XZR)");
    R31("orr sp, x1, #0x8 (x1=sp-0x100)", "sub x1, sp, #0x100\n\torr sp, x1, #0x8", 0, 0);
    R31("and sp, x1, #~0xff (x1=sp-1)", "sub x1, sp, #1\n\tand sp, x1, #0xffffffffffffff00\n\tmov x0, sp\n\tand x0, x0, #0xff", 0, 0);
    R31("eor sp, x1, #0x10 (x1=sp)", "mov x1, sp\n\teor sp, x1, #0x10", 0, 0);
    R31("ands xzr, x1, #1 (tst): sp kept", "ands xzr, x1, #1\n\tmrs x0, nzcv", 0x1, 0);
    R31("orr w-form wsp, w1, #1", "sub x1, sp, #0x80\n\torr wsp, w1, #1\n\tmov x0, sp\n\tlsr x0, x0, #32", 0, 0);

    putln("== shifted register: Rn/Rm/Rd=31 is XZR");
    R31("add x0, xzr, x1 (shifted)", "add x0, xzr, x1", 0x1234, 0);
    R31("add x0, x1, xzr, lsl #3", "add x0, x1, xzr, lsl #3", 0x1234, 0);
    R31("sub x0, xzr, x1 (neg)", "sub x0, xzr, x1", 5, 0);
    R31("orr x0, xzr, x1 (mov)", "orr x0, xzr, x1", 0x77, 0);
    R31("adds xzr, x1, x2 (cmn): sp kept", "adds xzr, x1, x2\n\tmrs x0, nzcv", 1, -1UL);
    R31("add xzr, x1, x2 (shifted, discarded)", "add xzr, x1, x2\n\tmov x0, xzr", 0x1000, 0x10);
    R31("mov x0, xzr", "mov x0, xzr", 0, 0);
    R31("and xzr, x1, x2 (discarded)", "and xzr, x1, x2\n\tmov x0, x1", 3, 3);

    putln("== extended register: Rn=SP, Rd=SP (non-flag-setting)");
    R31("add x0, sp, x1 (ext) minus sp", "add x0, sp, x1\n\tsub x0, x0, x9", 0x40, 0);
    R31("add sp, x2, x1, uxtx (x2=sp)", "mov x2, sp\n\tadd sp, x2, x1", 0x40, 0);
    R31("sub sp, sp, w1, uxtb #2", "sub sp, sp, w1, uxtb #2", 0x104, 0);
    R31("adds x0, sp, x1 minus sp", "adds x0, sp, x1\n\tsub x0, x0, x9", 0x10, 0);
    R31("subs xzr, sp, x1 (cmp sp,x1) flags", "cmp sp, x1\n\tmrs x0, nzcv", 0, 0);
    R31("add w0, wsp, w1 (ext)", "add w0, wsp, w1\n\tsub x0, x0, x9\n\tadd x0, x0, #0", 0, 0);

    putln("== other classes with Rd=31 (discard, SP untouched)");
    R31("movz xzr, #5", "movz xzr, #5\n\tmov x0, #1", 0, 0);
    R31("madd xzr, x1, x2, xzr", "madd xzr, x1, x2, xzr\n\tmov x0, #2", 3, 4);
    R31("csel xzr, x1, x2, eq", "csel xzr, x1, x2, eq\n\tmov x0, #3", 3, 4);
    R31("csel x0, xzr, x1, al", "csel x0, xzr, x1, al", 3, 4);
    R31("ubfx xzr, x1, #0, #8", "ubfx xzr, x1, #0, #8\n\tmov x0, #4", 3, 4);
    R31("ldr xzr, [x1] (discard)", "ldr xzr, [x1]\n\tmov x0, #5", (u64)cell, 0);
    R31("mul x0, x1, xzr", "mul x0, x1, xzr", 3, 0);
    R31("udiv x0, xzr, x1", "udiv x0, xzr, x1", 3, 0);
    R31("lslv x0, x1, xzr", "lslv x0, x1, xzr", 3, 0);

    putln("== loads/stores: SP base, XZR data");
    cell[0] = 0x1111111111111111UL; cell[1] = 0x2222222222222222UL;
    R31("str xzr, [x1]; ldr x0, [x1]", "str xzr, [x1]\n\tldr x0, [x1]", (u64)cell, 0);
    cell[0] = 0x1111111111111111UL;
    R31("strb wzr, [x1, #1]", "strb wzr, [x1, #1]\n\tldr x0, [x1]", (u64)cell, 0);
    cell[0] = 0x1111111111111111UL;
    R31("stp xzr, xzr, [x1]", "stp xzr, xzr, [x1]\n\tldr x0, [x1, #8]", (u64)cell, 0);
    R31("str x1, [sp, #-16]!; ldr x0, [sp], #16", "str x1, [sp, #-16]!\n\tldr x0, [sp], #16", 0xabcdef, 0);
    R31("stp x1, x2, [sp, #-32]!; ldr x0, [sp, #8]", "stp x1, x2, [sp, #-32]!\n\tldr x0, [sp, #8]", 0xaa, 0xbb);
    R31("ldr x0, [sp, x1] (sp base, reg offset)", "str x2, [sp, #-16]!\n\tmov x1, #0\n\tldr x0, [sp, x1]", 0, 0xcc);
    R31("stxr with xzr data", "ldxr x0, [x1]\n\tstxr w0, xzr, [x1]\n\tldr x2, [x1]\n\tadd x0, x0, x2", (u64)cell, 0);
    R31("mov x0, sp (add) vs orr x0, xzr, x9", "mov x0, sp\n\torr x2, xzr, x9\n\tsub x0, x0, x2", 0, 0);
    putln("regs31 done");
    return 0;
}
