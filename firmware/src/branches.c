/* branches: B (forward/backward), BL/RET (LR value), BR, BLR, RET Xn,
 * CBZ/CBNZ (32/64-bit: upper half ignored by the W forms), TBZ/TBNZ on
 * bits 0, 31, 32, 63, a computed jump table (ADR + LDRSW + ADD + BR), and
 * recursion through BL (fib). */
#include "lib.h"

/* leaf helpers in asm: each returns a distinct value in x0 */
__asm__(
    ".pushsection .text\n"
    ".balign 4\n"
    "ret_lr:      mov x0, x30\n ret\n"              /* returns its own LR */
    "ret_via_x5:  mov x0, #0x55\n ret x5\n"         /* RET Xn (not x30) */
    "leaf_add:    add x0, x0, #0x100\n ret\n"
    /* jump table: x0 = index (0..3) -> returns 0x10*(index+1) + 7 */
    ".globl jtab_dispatch\n"
    "jtab_dispatch:\n"
    "  adr x1, 1f\n"
    "  ldrsw x2, [x1, x0, lsl #2]\n"
    "  add x1, x1, x2\n"
    "  br x1\n"
    "  .balign 4\n"
    "1: .word 10f - 1b, 11f - 1b, 12f - 1b, 13f - 1b\n"
    "10: mov x0, #0x17\n ret\n"
    "11: mov x0, #0x27\n ret\n"
    "12: mov x0, #0x37\n ret\n"
    "13: mov x0, #0x47\n ret\n"
    ".popsection\n");

extern u64 jtab_dispatch(u64 idx);

static u64 fib(u64 n)
{
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

#define CB(name, insn, v) do { u64 t, x = (v); \
    __asm__ volatile("mov %0, #1\n\t" insn " %1, 1f\n\tmov %0, #0\n1:" : "=&r"(t) : "r"(x)); \
    rep1(name, x, t, 0); } while (0)
#define CBW(name, insn, v) do { u64 t, x = (v); \
    __asm__ volatile("mov %0, #1\n\t" insn " %w1, 1f\n\tmov %0, #0\n1:" : "=&r"(t) : "r"(x)); \
    rep1(name, x, t, 0); } while (0)
#define TB(name, insn, bit, v) do { u64 t, x = (v); \
    __asm__ volatile("mov %0, #1\n\t" insn " %1, #" #bit ", 1f\n\tmov %0, #0\n1:" : "=&r"(t) : "r"(x)); \
    rep1(name " #" #bit, x, t, 0); } while (0)
#define TBW(name, insn, bit, v) do { u64 t, x = (v); \
    __asm__ volatile("mov %0, #1\n\t" insn " %w1, #" #bit ", 1f\n\tmov %0, #0\n1:" : "=&r"(t) : "r"(x)); \
    rep1(name " w #" #bit, x, t, 0); } while (0)

static const u64 tv[] = { 0, 1, 0x80000000UL, 0x100000000UL, 0x8000000000000000UL,
                          0xffffffffffffffffUL, 0xfffffffeUL, 0xffffffff00000000UL };

int main(void)
{
    u64 r, lr, fn;
    putln("branches start (taken = 1 in results)");

    /* B forward and backward: a little loop with a backward B */
    __asm__ volatile(
        "mov %0, #0\n\t"
        "b 2f\n"
        "1: add %0, %0, #1\n\t"
        "cmp %0, #0x55\n\t"
        "b.eq 3f\n"
        "2: add %0, %0, #0x10\n\t"
        "b 1b\n"
        "3:" : "=&r"(r) :: "cc");
    pr("b fwd/back loop", r);

    /* BL: LR = address of the instruction after BL */
    __asm__ volatile("bl ret_lr\n1:\n\tadr %1, 1b\n\tmov %0, x0"
                     : "=r"(lr), "=r"(fn) :: "x0", "x30", "memory");
    pr("bl lr == return address", lr == fn);
    pr("bl lr (absolute)", lr);

    /* BLR: call through register */
    __asm__ volatile("adr x9, leaf_add\n\tmov x0, #0x23\n\tblr x9\n\tmov %0, x0"
                     : "=r"(r) :: "x0", "x9", "x30", "memory");
    pr("blr leaf_add(0x23)", r);
    __asm__ volatile("adr x9, ret_lr\n\tblr x9\n1:\n\tadr %1, 1b\n\tmov %0, x0"
                     : "=r"(lr), "=r"(fn) :: "x0", "x9", "x30", "memory");
    pr("blr lr == return address", lr == fn);

    /* BR: jump without link (x30 unchanged) */
    __asm__ volatile("mov x30, #0x77\n\tadr x9, 1f\n\tmov %0, #0\n\tbr x9\n\tmov %0, #0xbad\n"
                     "1: add %0, %0, x30" : "=&r"(r) :: "x9", "x30");
    pr("br (x30 untouched)", r);

    /* RET Xn */
    __asm__ volatile("adr x5, 1f\n\tmov x30, xzr\n\tb ret_via_x5\n\tmov x0, #0xbad\n1:\n\tmov %0, x0"
                     : "=r"(r) :: "x0", "x5", "x30");
    pr("ret x5", r);

    putln("== cbz/cbnz");
    for (unsigned i = 0; i < NELEM(tv); i++) {
        CB("cbz x", "cbz", tv[i]);
        CB("cbnz x", "cbnz", tv[i]);
        CBW("cbz w", "cbz", tv[i]);
        CBW("cbnz w", "cbnz", tv[i]);
    }
    putln("== tbz/tbnz");
    for (unsigned i = 0; i < NELEM(tv); i++) {
        TB("tbz", "tbz", 0, tv[i]);
        TB("tbnz", "tbnz", 0, tv[i]);
        TB("tbz", "tbz", 31, tv[i]);
        TB("tbnz", "tbnz", 31, tv[i]);
        TB("tbz", "tbz", 32, tv[i]);
        TB("tbnz", "tbnz", 32, tv[i]);
        TB("tbz", "tbz", 63, tv[i]);
        TB("tbnz", "tbnz", 63, tv[i]);
        TBW("tbz", "tbz", 1, tv[i]);
        TBW("tbnz", "tbnz", 31, tv[i]);
    }

    putln("== jump table");
    for (u64 k = 0; k < 4; k++)
        rep1("jtab", k, jtab_dispatch(k), 0);

    putln("== recursion");
    for (u64 k = 0; k < 20; k += 3)
        rep1("fib", k, fib(k), 0);
    putln("branches done");
    return 0;
}
