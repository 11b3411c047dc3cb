/* ldst: single-register loads and stores.
 * Every size and sign extension (LDRB/LDRSB to W and X, LDRH/LDRSH,
 * LDRSW, LDR W/X, STRB/STRH/STR W/X), unsigned scaled offsets (incl. the
 * maximum), unscaled LDUR/STUR (negative offsets), pre/post index with
 * write-back checks, register offset with every extend/shift (UXTW, SXTW,
 * LSL, SXTX, with and without the scale shift), literal loads (LDR W/X,
 * LDRSW, PRFM literal), SP as base, and unaligned accesses (QEMU 7.2 does
 * not fault on them with the MMU off), including one crossing a 4 KiB page. */
#include "lib.h"

static u8 mem[3 * 4096 + 64] __attribute__((aligned(4096)));
static u8 *const buf = mem + 2048;   /* base with room on both sides */

static void fill(void)
{
    for (unsigned i = 0; i < sizeof(mem); i++)
        mem[i] = (u8)(i * 0x1d + 0x80 + (i >> 8) * 0x45);
}

static void dump(const char *name, const u8 *p)
{
    u64 a = 0, b = 0;
    for (int i = 7; i >= 0; i--) { a = (a << 8) | p[i]; b = (b << 8) | p[8 + i]; }
    pr2(name, a, b);
}

/* load with a base register; report loaded value */
#define LD(name, insn, base) do { u64 d_ = JUNK; void *b_ = (base); \
    __asm__ volatile(insn : [d] "+r"(d_) : [b] "r"(b_) : "memory"); pr(name, d_); } while (0)
/* load with base write-back; report loaded value and base delta */
#define LDWB(name, insn, base) do { u64 d_ = JUNK; u8 *b_ = (base), *b0_ = b_; \
    __asm__ volatile(insn : [d] "+&r"(d_), [b] "+r"(b_) :: "memory"); \
    pr2(name " (val, base delta)", d_, (u64)(b_ - b0_)); } while (0)
/* load with base + index register */
#define LDX(name, insn, base, idx) do { u64 d_ = JUNK; void *b_ = (base); u64 i_ = (idx); \
    __asm__ volatile(insn : [d] "+r"(d_) : [b] "r"(b_), [i] "r"(i_) : "memory"); pr(name, d_); } while (0)

static u64 sval = 0xf1e2d3c4b5a69788UL;

#define ST(name, insn, base) do { void *b_ = (base); memset(buf - 32, 0, 64); \
    __asm__ volatile(insn :: [v] "r"(sval), [b] "r"(b_) : "memory"); dump(name, buf); } while (0)
#define STWB(name, insn, base) do { u8 *b_ = (base), *b0_ = b_; memset(buf - 32, 0, 64); \
    __asm__ volatile(insn : [b] "+r"(b_) : [v] "r"(sval) : "memory"); \
    dump(name, buf); pr(name " base delta", (u64)(b_ - b0_)); } while (0)
#define STX(name, insn, base, idx) do { void *b_ = (base); u64 i_ = (idx); memset(buf - 32, 0, 64); \
    __asm__ volatile(insn :: [v] "r"(sval), [b] "r"(b_), [i] "r"(i_) : "memory"); dump(name, buf); } while (0)

/* literal pool in .text */
__asm__(".pushsection .text\n.balign 8\n"
        "lit_x: .quad 0x8899aabbccddeeff\n"
        "lit_w: .word 0x87654321\n"
        "lit_w2: .word 0x12345678\n"
        ".popsection\n");

static void sizes(void)
{
    putln("== sizes and sign extension (mem bytes = i*0x1d+0x80+(i>>8)*0x45)");
    dump("buf[0..15]", buf);
    LD("ldrb w", "ldrb %w[d], [%[b]]", buf);
    LD("ldrsb w", "ldrsb %w[d], [%[b]]", buf);
    LD("ldrsb x", "ldrsb %[d], [%[b]]", buf);
    LD("ldrsb w #5", "ldrsb %w[d], [%[b], #5]", buf);
    LD("ldrsb x #5", "ldrsb %[d], [%[b], #5]", buf);
    LD("ldrh w", "ldrh %w[d], [%[b], #2]", buf);
    LD("ldrsh w", "ldrsh %w[d], [%[b], #2]", buf);
    LD("ldrsh x", "ldrsh %[d], [%[b], #2]", buf);
    LD("ldrsh x #6", "ldrsh %[d], [%[b], #6]", buf);
    LD("ldr w", "ldr %w[d], [%[b], #4]", buf);
    LD("ldrsw", "ldrsw %[d], [%[b], #4]", buf);
    LD("ldrsw #12", "ldrsw %[d], [%[b], #12]", buf);
    LD("ldr x", "ldr %[d], [%[b], #8]", buf);
    for (int k = 0; k < 16; k += 5) {
        LD("ldrsb x +k", "ldrsb %[d], [%[b]]", buf + k);
        LD("ldrsh w +k", "ldrsh %w[d], [%[b]]", buf + 2 * k);
    }
    putln("== unsigned offset (max scaled immediates)");
    LD("ldrb [#4095]", "ldrb %w[d], [%[b], #4095]", buf - 2048);
    LD("ldrh [#8190]", "ldrh %w[d], [%[b], #8190]", buf - 2048);
    LD("ldr w [#16380]", "ldr %w[d], [%[b], #16380]", (void *)((u64)mem - 16380 + 4096));
    LD("ldr x [#32760]", "ldr %[d], [%[b], #32760]", (void *)((u64)mem - 32760 + 4104));
    putln("== stores");
    ST("strb", "strb %w[v], [%[b]]", buf);
    ST("strh", "strh %w[v], [%[b], #2]", buf);
    ST("str w", "str %w[v], [%[b], #4]", buf);
    ST("str x", "str %[v], [%[b], #8]", buf);
    ST("strb #15", "strb %w[v], [%[b], #15]", buf);
    ST("str xzr", "str %[v], [%[b]]\n\tstr xzr, [%[b], #8]\n\tstr wzr, [%[b]]", buf);
    ST("strh wzr", "str %[v], [%[b]]\n\tstrh wzr, [%[b], #2]", buf);
}

static void unscaled(void)
{
    putln("== ldur/stur");
    LD("ldur x #-1", "ldur %[d], [%[b], #-1]", buf);
    LD("ldur x #-256", "ldur %[d], [%[b], #-256]", buf);
    LD("ldur x #255", "ldur %[d], [%[b], #255]", buf);
    LD("ldur w #-3", "ldur %w[d], [%[b], #-3]", buf);
    LD("ldursw #-4", "ldursw %[d], [%[b], #-4]", buf);
    LD("ldursh x #-7", "ldursh %[d], [%[b], #-7]", buf);
    LD("ldursh w #1", "ldursh %w[d], [%[b], #1]", buf);
    LD("ldursb x #-2", "ldursb %[d], [%[b], #-2]", buf);
    LD("ldurb #-2", "ldurb %w[d], [%[b], #-2]", buf);
    LD("ldurh #5", "ldurh %w[d], [%[b], #5]", buf);
    ST("stur x #1", "stur %[v], [%[b], #1]", buf);
    ST("stur w #-2", "stur %w[v], [%[b], #-2]", buf + 4);
    ST("sturh #3", "sturh %w[v], [%[b], #3]", buf);
    ST("sturb #-1", "sturb %w[v], [%[b], #-1]", buf + 8);
}

static void indexed(void)
{
    putln("== pre/post index");
    fill();
    LDWB("ldr x pre #8", "ldr %[d], [%[b], #8]!", buf);
    LDWB("ldr x pre #-256", "ldr %[d], [%[b], #-256]!", buf);
    LDWB("ldr x post #255", "ldr %[d], [%[b]], #255", buf);
    LDWB("ldr x post #-8", "ldr %[d], [%[b]], #-8", buf);
    LDWB("ldr w pre #4", "ldr %w[d], [%[b], #4]!", buf);
    LDWB("ldr w post #-4", "ldr %w[d], [%[b]], #-4", buf);
    LDWB("ldrb pre #1", "ldrb %w[d], [%[b], #1]!", buf);
    LDWB("ldrsb x post #1", "ldrsb %[d], [%[b]], #1", buf);
    LDWB("ldrsh w pre #-2", "ldrsh %w[d], [%[b], #-2]!", buf);
    LDWB("ldrh post #2", "ldrh %w[d], [%[b]], #2", buf);
    LDWB("ldrsw pre #12", "ldrsw %[d], [%[b], #12]!", buf);
    LDWB("ldrsw post #-100", "ldrsw %[d], [%[b]], #-100", buf);
    STWB("str x pre #8", "str %[v], [%[b], #8]!", buf);
    STWB("str x post #-8", "str %[v], [%[b]], #-8", buf);
    STWB("str w pre #-4", "str %w[v], [%[b], #-4]!", buf + 8);
    STWB("strh post #6", "strh %w[v], [%[b]], #6", buf + 2);
    STWB("strb pre #3", "strb %w[v], [%[b], #3]!", buf);
    STWB("strb post #-1", "strb %w[v], [%[b]], #-1", buf + 15);
}

static void regoff(void)
{
    putln("== register offset");
    fill();
    LDX("ldr x [x,x]", "ldr %[d], [%[b], %[i]]", buf, 3);
    LDX("ldr x [x,x,lsl#3]", "ldr %[d], [%[b], %[i], lsl #3]", buf, 1);
    LDX("ldr x [x,x,lsl#3] neg", "ldr %[d], [%[b], %[i], lsl #3]", buf, -2UL);
    LDX("ldr x [x,w,uxtw]", "ldr %[d], [%[b], %w[i], uxtw]", buf, 0xffffffff00000005UL);
    LDX("ldr x [x,w,uxtw#3]", "ldr %[d], [%[b], %w[i], uxtw #3]", buf, 0xffffffff00000001UL);
    LDX("ldr x [x,w,sxtw]", "ldr %[d], [%[b], %w[i], sxtw]", buf, 0x00000000fffffff9UL);
    LDX("ldr x [x,w,sxtw#3]", "ldr %[d], [%[b], %w[i], sxtw #3]", buf, 0x12345678ffffffffUL);
    LDX("ldr x [x,x,sxtx]", "ldr %[d], [%[b], %[i], sxtx]", buf, -3UL);
    LDX("ldr x [x,x,sxtx#3]", "ldr %[d], [%[b], %[i], sxtx #3]", buf, -1UL);
    LDX("ldr w [x,x,lsl#2]", "ldr %w[d], [%[b], %[i], lsl #2]", buf, 3);
    LDX("ldr w [x,w,sxtw#2]", "ldr %w[d], [%[b], %w[i], sxtw #2]", buf, -3UL);
    LDX("ldr w [x,w,uxtw]", "ldr %w[d], [%[b], %w[i], uxtw]", buf, 6);
    LDX("ldrsw [x,x,lsl#2]", "ldrsw %[d], [%[b], %[i], lsl #2]", buf, 1);
    LDX("ldrsw [x,w,sxtw]", "ldrsw %[d], [%[b], %w[i], sxtw]", buf, -6UL);
    LDX("ldrh [x,x,lsl#1]", "ldrh %w[d], [%[b], %[i], lsl #1]", buf, 5);
    LDX("ldrsh x [x,w,sxtw#1]", "ldrsh %[d], [%[b], %w[i], sxtw #1]", buf, -1UL);
    LDX("ldrsh w [x,x]", "ldrsh %w[d], [%[b], %[i]]", buf, 7);
    LDX("ldrb [x,x]", "ldrb %w[d], [%[b], %[i]]", buf, 9);
    LDX("ldrb [x,x,lsl#0]", "ldrb %w[d], [%[b], %[i], lsl #0]", buf, 10);
    LDX("ldrsb x [x,w,sxtw]", "ldrsb %[d], [%[b], %w[i], sxtw]", buf, -5UL);
    LDX("ldrsb w [x,w,uxtw]", "ldrsb %w[d], [%[b], %w[i], uxtw]", buf, 0x100000001UL);
    STX("str x [x,x,lsl#3]", "str %[v], [%[b], %[i], lsl #3]", buf, 1);
    STX("str w [x,w,sxtw#2]", "str %w[v], [%[b], %w[i], sxtw #2]", buf + 8, -1UL);
    STX("strh [x,x,lsl#1]", "strh %w[v], [%[b], %[i], lsl #1]", buf, 7);
    STX("strb [x,w,uxtw]", "strb %w[v], [%[b], %w[i], uxtw]", buf, 0xabcd000000000004UL);
    STX("str x [x,x,sxtx]", "str %[v], [%[b], %[i], sxtx]", buf + 8, -3UL);
}

static void literal(void)
{
    u64 a, b, c, d;
    putln("== literal loads");
    __asm__ volatile("ldr %0, lit_x\n\tldr %w1, lit_w\n\tldrsw %2, lit_w\n\tldrsw %3, lit_w2\n\t"
                     "prfm pldl1keep, lit_x\n\tprfm pstl2strm, lit_w"
                     : "=r"(a), "=r"(b), "=r"(c), "=r"(d));
    pr("ldr x literal", a);
    pr("ldr w literal", b);
    pr("ldrsw literal (neg)", c);
    pr("ldrsw literal (pos)", d);
    __asm__ volatile("prfm pldl1keep, [%0]\n\tprfm pstl1keep, [%0, #8]\n\tprfum pldl2keep, [%0, #-1]\n\t"
                     "prfm pldl3strm, [%0, %1, lsl #3]" :: "r"(buf), "r"(2UL));
    putln("prfm variants executed");
}

static void spbase(void)
{
    u64 a, b, c, sp0, sp1;
    putln("== SP as base");
    __asm__ volatile(
        "mov %3, sp\n\t"
        "sub sp, sp, #32\n\t"
        "str %5, [sp]\n\t"
        "str %5, [sp, #8]\n\t"
        "strb wzr, [sp, #9]\n\t"
        "ldr %0, [sp, #8]\n\t"
        "ldrsh %1, [sp, #6]\n\t"
        "str %5, [sp, #-16]!\n\t"       /* pre-index on SP */
        "ldr %2, [sp], #16\n\t"         /* post-index on SP */
        "mov %4, sp\n\t"
        "add sp, sp, #32\n\t"
        : "=&r"(a), "=&r"(b), "=&r"(c), "=&r"(sp0), "=&r"(sp1) : "r"(sval) : "memory");
    pr("ldr [sp,#8]", a);
    pr("ldrsh [sp,#6]", b);
    pr("str pre/ldr post sp", c);
    pr("sp delta", sp0 - sp1);
    __asm__ volatile("mov x9, sp\n\tsub sp, sp, #16\n\tmov x10, #1\n\tstr %1, [sp, x10, lsl #3]\n\t"
                     "ldr %0, [sp, #8]\n\tmov sp, x9" : "=r"(a) : "r"(sval) : "x9", "x10", "memory");
    pr("str [sp,x,lsl#3]", a);
}

static void unaligned(void)
{
    putln("== unaligned (MMU off; QEMU does not fault)");
    fill();
    LD("ldr x +1", "ldr %[d], [%[b], #0]", buf + 1);
    LD("ldr x +7", "ldur %[d], [%[b], #7]", buf);
    LD("ldr w +3", "ldr %w[d], [%[b]]", buf + 3);
    LD("ldrh +1", "ldrh %w[d], [%[b]]", buf + 1);
    LD("ldrsh x +5", "ldrsh %[d], [%[b]]", buf + 5);
    LD("ldrsw +2", "ldrsw %[d], [%[b]]", buf + 2);
    ST("str x +3", "str %[v], [%[b]]", buf + 3);
    ST("str w +1", "str %w[v], [%[b]]", buf + 1);
    ST("strh +7", "strh %w[v], [%[b]]", buf + 7);
    /* crossing a 4 KiB page boundary */
    u8 *pg = mem + 4096;
    fill();
    LD("ldr x across page (-3)", "ldr %[d], [%[b]]", pg - 3);
    LD("ldr w across page (-1)", "ldr %w[d], [%[b]]", pg - 1);
    {
        void *b_ = pg - 5;
        __asm__ volatile("str %0, [%1]" :: "r"(sval), "r"(b_) : "memory");
        dump("str x across page: mem[pg-8..pg+7]", pg - 8);
    }
}

int main(void)
{
    putln("ldst start");
    fill();
    sizes();
    fill();
    unscaled();
    indexed();
    regoff();
    literal();
    spbase();
    unaligned();
    putln("ldst done");
    return 0;
}
