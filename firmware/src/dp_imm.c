/* dp_imm: data processing (immediate).
 * ADD/ADDS/SUB/SUBS imm (incl. LSL #12, SP as source/destination, CMP/CMN),
 * MOVZ/MOVN/MOVK (every hw shift, 32-bit forms), ADR/ADRP,
 * logical immediates AND/ORR/EOR/ANDS/TST for every element size
 * (2,4,8,16,32,64) with rotations, SBFM/BFM/UBFM and all their aliases
 * (ASR/LSL/LSR imm, SXTB/SXTH/SXTW, UXTB/UXTH, SBFX/UBFX/BFI/BFXIL/SBFIZ/
 * UBFIZ, BFC), EXTR and ROR imm. */
#include "lib.h"

static const u64 vals[] = {
    0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0xfff,
    0x7fffffffffffffffUL, 0x8000000000000000UL, 0xffffffffffffffffUL,
    0xfffffffffffff000UL, 0x0123456789abcdefUL,
};

#define ADDSUB_IMM(...) do { \
    for (unsigned i = 0; i < NELEM(vals); i++) { u64 a = vals[i]; \
        T1("add x #" #__VA_ARGS__,  "add %[d], %[a], #" #__VA_ARGS__, 0xa, a); \
        T1("adds x #" #__VA_ARGS__, "adds %[d], %[a], #" #__VA_ARGS__, 0, a); \
        T1("sub x #" #__VA_ARGS__,  "sub %[d], %[a], #" #__VA_ARGS__, 0x5, a); \
        T1("subs x #" #__VA_ARGS__, "subs %[d], %[a], #" #__VA_ARGS__, 0, a); \
        T1("add w #" #__VA_ARGS__,  "add %w[d], %w[a], #" #__VA_ARGS__, 0, a); \
        T1("adds w #" #__VA_ARGS__, "adds %w[d], %w[a], #" #__VA_ARGS__, 0, a); \
        T1("sub w #" #__VA_ARGS__,  "sub %w[d], %w[a], #" #__VA_ARGS__, 0, a); \
        T1("subs w #" #__VA_ARGS__, "subs %w[d], %w[a], #" #__VA_ARGS__, 0, a); \
    } } while (0)

static void addsub_imm(void)
{
    putln("== add/sub immediate");
    ADDSUB_IMM(0);
    ADDSUB_IMM(1);
    ADDSUB_IMM(4095);
    ADDSUB_IMM(1, lsl #12);
    ADDSUB_IMM(4095, lsl #12);
    ADDSUB_IMM(0, lsl #12);
    for (unsigned i = 0; i < NELEM(vals); i++) {
        T1("cmp x #1", "mov %[d], xzr\n\tcmp %[a], #1", 0, vals[i]);
        T1("cmn x #1", "mov %[d], xzr\n\tcmn %[a], #1", 0, vals[i]);
        T1("cmp w #4095", "mov %[d], xzr\n\tcmp %w[a], #4095", 0, vals[i]);
        T1("cmn w #1,lsl12", "mov %[d], xzr\n\tcmn %w[a], #1, lsl #12", 0, vals[i]);
    }
}

static void sp_imm(void)
{
    u64 sp0, r1, r2, r3, r4, r5, f;
    putln("== add/sub immediate with SP");
    __asm__ volatile("mov %0, sp" : "=r"(sp0));
    pr("sp at entry (absolute)", sp0);
    __asm__ volatile(
        "mov x9, sp\n\t"
        "sub sp, sp, #0x40\n\t"       /* SP destination and source */
        "mov %0, sp\n\t"
        "add sp, sp, #1, lsl #12\n\t"
        "mov %1, sp\n\t"
        "sub sp, sp, #1, lsl #12\n\t"
        "add %2, sp, #0x123\n\t"      /* SP source, GPR destination */
        "sub %3, sp, #4095\n\t"
        "adds %4, sp, #0x10\n\t"      /* ADDS with SP source */
        "mrs %5, nzcv\n\t"
        "mov sp, x9\n\t"
        : "=&r"(r1), "=&r"(r2), "=&r"(r3), "=&r"(r4), "=&r"(r5), "=&r"(f)
        :: "x9", "cc", "memory");
    pr("sub sp,sp,#0x40 (delta)", sp0 - r1);
    pr("add sp,sp,#1,lsl12 (delta)", r2 - r1);
    pr("add x,sp,#0x123 (delta)", r3 - (sp0 - 0x40));
    pr("sub x,sp,#4095 (delta)", (sp0 - 0x40) - r4);
    prf("adds x,sp,#0x10 (delta)", r5 - (sp0 - 0x40), f);
    __asm__ volatile("cmp sp, #0\n\tmrs %0, nzcv" : "=r"(f) :: "cc");
    prf("cmp sp,#0", 0, f);
    __asm__ volatile("cmp sp, #4095, lsl #12\n\tmrs %0, nzcv" : "=r"(f) :: "cc");
    prf("cmp sp,#4095,lsl12", 0, f);
    __asm__ volatile("mov x9, sp\n\tsub sp, sp, #16\n\tmov %w0, wsp\n\tadd wsp, w9, #0\n\t"
                     "mov %1, sp\n\tmov sp, x9" : "=&r"(r1), "=&r"(r2) :: "x9", "memory");
    pr("mov w,wsp (32-bit sp read)", r1);
    pr("add wsp,w9,#0 (zero-extends)", r2);
}

static void moves(void)
{
    putln("== movz/movn/movk");
    T0("movz x #0x1234", "movz %[d], #0x1234", 0xf);
    T0("movz x #0xabcd,lsl16", "movz %[d], #0xabcd, lsl #16", 0);
    T0("movz x #0xffff,lsl32", "movz %[d], #0xffff, lsl #32", 0);
    T0("movz x #0x8001,lsl48", "movz %[d], #0x8001, lsl #48", 0);
    T0("movz x #0", "movz %[d], #0", 0);
    T0("movz w #0xbeef", "movz %w[d], #0xbeef", 0);
    T0("movz w #0xf00d,lsl16", "movz %w[d], #0xf00d, lsl #16", 0);
    T0("movn x #0", "movn %[d], #0", 0);
    T0("movn x #0x1234", "movn %[d], #0x1234", 0);
    T0("movn x #0x1234,lsl16", "movn %[d], #0x1234, lsl #16", 0);
    T0("movn x #0x8000,lsl32", "movn %[d], #0x8000, lsl #32", 0);
    T0("movn x #0xffff,lsl48", "movn %[d], #0xffff, lsl #48", 0);
    T0("movn w #0", "movn %w[d], #0", 0);
    T0("movn w #0x1234", "movn %w[d], #0x1234", 0);
    T0("movn w #0xffff,lsl16", "movn %w[d], #0xffff, lsl #16", 0);
    T0("movk x #0x1111", "movk %[d], #0x1111", 0);
    T0("movk x #0x2222,lsl16", "movk %[d], #0x2222, lsl #16", 0);
    T0("movk x #0x3333,lsl32", "movk %[d], #0x3333, lsl #32", 0);
    T0("movk x #0x4444,lsl48", "movk %[d], #0x4444, lsl #48", 0);
    T0("movk w #0x5555", "movk %w[d], #0x5555", 0);
    T0("movk w #0x6666,lsl16", "movk %w[d], #0x6666, lsl #16", 0);
    T0("mov x,#-2 (movn)", "mov %[d], #-2", 0);
    T0("mov x,#0x10000 (movz)", "mov %[d], #0x10000", 0);
    T0("mov w,#-1 (movn w)", "mov %w[d], #-1", 0);
    T0("movz+3xmovk", "movz %[d], #0xcdef\n\tmovk %[d], #0x89ab, lsl #16\n\t"
       "movk %[d], #0x4567, lsl #32\n\tmovk %[d], #0x0123, lsl #48", 0);
}

extern char adr_anchor[];
__asm__(".pushsection .text\n.balign 16\n.globl adr_anchor\nadr_anchor: nop\n.popsection");

static void adr(void)
{
    u64 a, b, c, d, e;
    putln("== adr/adrp");
    __asm__ volatile(
        "adr %0, 1f\n"
        "1: adr %1, 1b\n\t"
        "adr %2, 2f\n\t"
        "adrp %3, adr_anchor\n\t"
        "adrp %4, 1b\n"
        "2: nop"
        : "=r"(a), "=r"(b), "=r"(c), "=r"(d), "=r"(e));
    pr("adr fwd", a);
    pr("adr back (delta to prev)", b - a);
    pr("adr fwd (delta)", c - a);
    pr("adrp anchor", d);
    pr("adrp self", e);
    pr("adrp anchor page ok", d == ((u64)adr_anchor & ~0xfffUL));
    __asm__ volatile("adr %0, adr_anchor" : "=r"(a));
    pr("adr anchor", a);
    pr("adr anchor ok", a == (u64)adr_anchor);
}

static const u64 lsrc[] = { 0x0123456789abcdefUL, 0xffffffffffffffffUL, 0, 0x8000000000000001UL };

#define LOGI(imm) do { for (unsigned i = 0; i < NELEM(lsrc); i++) { u64 a = lsrc[i]; \
    T1("and x #" #imm,  "and %[d], %[a], #" #imm, 0xf, a); \
    T1("orr x #" #imm,  "orr %[d], %[a], #" #imm, 0x0, a); \
    T1("eor x #" #imm,  "eor %[d], %[a], #" #imm, 0x5, a); \
    T1("ands x #" #imm, "ands %[d], %[a], #" #imm, 0xf, a); \
    } } while (0)
#define LOGIW(imm) do { for (unsigned i = 0; i < NELEM(lsrc); i++) { u64 a = lsrc[i]; \
    T1("and w #" #imm,  "and %w[d], %w[a], #" #imm, 0xa, a); \
    T1("orr w #" #imm,  "orr %w[d], %w[a], #" #imm, 0x0, a); \
    T1("eor w #" #imm,  "eor %w[d], %w[a], #" #imm, 0x0, a); \
    T1("ands w #" #imm, "ands %w[d], %w[a], #" #imm, 0xf, a); \
    } } while (0)

static void logical_imm(void)
{
    putln("== logical immediate, element size 2");
    LOGI(0x5555555555555555);
    LOGI(0xaaaaaaaaaaaaaaaa);
    putln("== logical immediate, element size 4");
    LOGI(0x1111111111111111);
    LOGI(0x7777777777777777);
    LOGI(0xcccccccccccccccc);
    LOGI(0x9999999999999999);
    putln("== logical immediate, element size 8");
    LOGI(0x0101010101010101);
    LOGI(0x8181818181818181);
    LOGI(0xfefefefefefefefe);
    LOGI(0x3c3c3c3c3c3c3c3c);
    putln("== logical immediate, element size 16");
    LOGI(0x00ff00ff00ff00ff);
    LOGI(0x8001800180018001);
    LOGI(0xfff0fff0fff0fff0);
    LOGI(0x7ffe7ffe7ffe7ffe);
    putln("== logical immediate, element size 32");
    LOGI(0x0000ffff0000ffff);
    LOGI(0x8000000180000001);
    LOGI(0xfffffffefffffffe);
    LOGI(0x00ffff0000ffff00);
    putln("== logical immediate, element size 64");
    LOGI(0x1);
    LOGI(0x8000000000000000);
    LOGI(0xfffffffffffffffe);
    LOGI(0x8000000000000001);
    LOGI(0x00000ffffff00000);
    LOGI(0x7fffffffffffffff);
    LOGI(0xffff000000000000);
    LOGI(0xfffffffffff0ffff);
    putln("== logical immediate, 32-bit");
    LOGIW(0x55555555);
    LOGIW(0x33333333);
    LOGIW(0x0f0f0f0f);
    LOGIW(0xff00ff00);
    LOGIW(0x80000001);
    LOGIW(0x7fffffff);
    LOGIW(0xfffe0000);
    LOGIW(0x1);
    LOGIW(0x80000000);
    for (unsigned i = 0; i < NELEM(lsrc); i++) {
        T1("tst x #0x8000000000000000", "mov %[d], xzr\n\ttst %[a], #0x8000000000000000", 0x3, lsrc[i]);
        T1("tst w #0x80000000", "mov %[d], xzr\n\ttst %w[a], #0x80000000", 0x3, lsrc[i]);
        T1("tst w #1", "mov %[d], xzr\n\ttst %w[a], #1", 0x3, lsrc[i]);
        T1("mov x,#bitmask", "mov %[d], #0x00ff00ff00ff00ff", 0, 0);
    }
}

static const u64 bsrc[] = {
    0x0123456789abcdefUL, 0xfedcba9876543210UL, 0x0000000080000080UL,
    0x8000000000007f7fUL, 0xffffffffffffffffUL, 0x00000000ffff8000UL,
};

static void bitfield(void)
{
    putln("== bitfield (sbfm/bfm/ubfm and aliases)");
    for (unsigned i = 0; i < NELEM(bsrc); i++) {
        u64 a = bsrc[i];
        T1("asr x #0", "asr %[d], %[a], #0", 0x9, a);
        T1("asr x #1", "asr %[d], %[a], #1", 0x9, a);
        T1("asr x #31", "asr %[d], %[a], #31", 0x9, a);
        T1("asr x #63", "asr %[d], %[a], #63", 0x9, a);
        T1("asr w #1", "asr %w[d], %w[a], #1", 0x9, a);
        T1("asr w #31", "asr %w[d], %w[a], #31", 0x9, a);
        T1("lsl x #1", "lsl %[d], %[a], #1", 0, a);
        T1("lsl x #32", "lsl %[d], %[a], #32", 0, a);
        T1("lsl x #63", "lsl %[d], %[a], #63", 0, a);
        T1("lsl w #0", "lsl %w[d], %w[a], #0", 0, a);
        T1("lsl w #1", "lsl %w[d], %w[a], #1", 0, a);
        T1("lsl w #31", "lsl %w[d], %w[a], #31", 0, a);
        T1("lsr x #0", "lsr %[d], %[a], #0", 0, a);
        T1("lsr x #1", "lsr %[d], %[a], #1", 0, a);
        T1("lsr x #63", "lsr %[d], %[a], #63", 0, a);
        T1("lsr w #1", "lsr %w[d], %w[a], #1", 0, a);
        T1("lsr w #31", "lsr %w[d], %w[a], #31", 0, a);
        T1("sxtb x", "sxtb %[d], %w[a]", 0, a);
        T1("sxth x", "sxth %[d], %w[a]", 0, a);
        T1("sxtw x", "sxtw %[d], %w[a]", 0, a);
        T1("sxtb w", "sxtb %w[d], %w[a]", 0, a);
        T1("sxth w", "sxth %w[d], %w[a]", 0, a);
        T1("uxtb w", "uxtb %w[d], %w[a]", 0, a);
        T1("uxth w", "uxth %w[d], %w[a]", 0, a);
        T1("sbfx x #4,#8", "sbfx %[d], %[a], #4, #8", 0, a);
        T1("sbfx x #60,#4", "sbfx %[d], %[a], #60, #4", 0, a);
        T1("sbfx x #0,#64", "sbfx %[d], %[a], #0, #64", 0, a);
        T1("sbfx w #7,#9", "sbfx %w[d], %w[a], #7, #9", 0, a);
        T1("ubfx x #4,#8", "ubfx %[d], %[a], #4, #8", 0, a);
        T1("ubfx x #31,#33", "ubfx %[d], %[a], #31, #33", 0, a);
        T1("ubfx w #16,#16", "ubfx %w[d], %w[a], #16, #16", 0, a);
        T1("sbfiz x #8,#12", "sbfiz %[d], %[a], #8, #12", 0, a);
        T1("sbfiz x #63,#1", "sbfiz %[d], %[a], #63, #1", 0, a);
        T1("sbfiz w #4,#8", "sbfiz %w[d], %w[a], #4, #8", 0, a);
        T1("ubfiz x #8,#12", "ubfiz %[d], %[a], #8, #12", 0, a);
        T1("ubfiz x #32,#32", "ubfiz %[d], %[a], #32, #32", 0, a);
        T1("ubfiz w #31,#1", "ubfiz %w[d], %w[a], #31, #1", 0, a);
        T1("bfi x #8,#16", "bfi %[d], %[a], #8, #16", 0, a);
        T1("bfi x #0,#64", "bfi %[d], %[a], #0, #64", 0, a);
        T1("bfi x #63,#1", "bfi %[d], %[a], #63, #1", 0, a);
        T1("bfi w #4,#8", "bfi %w[d], %w[a], #4, #8", 0, a);
        T1("bfxil x #8,#16", "bfxil %[d], %[a], #8, #16", 0, a);
        T1("bfxil x #60,#4", "bfxil %[d], %[a], #60, #4", 0, a);
        T1("bfxil w #0,#32", "bfxil %w[d], %w[a], #0, #32", 0, a);
        T1("bfxil w #24,#8", "bfxil %w[d], %w[a], #24, #8", 0, a);
        T1("sbfm x #3,#2 (raw)", "sbfm %[d], %[a], #3, #2", 0, a);
        T1("sbfm x #10,#20 (raw)", "sbfm %[d], %[a], #10, #20", 0, a);
        T1("ubfm x #60,#3 (raw)", "ubfm %[d], %[a], #60, #3", 0, a);
        T1("ubfm w #31,#30 (raw)", "ubfm %w[d], %w[a], #31, #30", 0, a);
        T1("bfm x #62,#1 (raw)", "bfm %[d], %[a], #62, #1", 0, a);
        T1("bfm x #1,#62 (raw)", "bfm %[d], %[a], #1, #62", 0, a);
        T1("bfm w #30,#1 (raw)", "bfm %w[d], %w[a], #30, #1", 0, a);
        T1("bfm w #5,#20 (raw)", "bfm %w[d], %w[a], #5, #20", 0, a);
    }
    /* BFC = BFM Rd, XZR, ... (written as bfm with xzr: the BFC alias needs v8.2 in gas) */
    T0("bfc x #8,#16", "bfm %[d], xzr, #56, #15", 0);
    T0("bfc x #0,#64", "bfm %[d], xzr, #0, #63", 0);
    T0("bfc x #63,#1", "bfm %[d], xzr, #1, #0", 0);
    T0("bfc w #4,#8", "bfm %w[d], wzr, #28, #7", 0);
}

static void extr(void)
{
    static const u64 ea[] = { 0x0123456789abcdefUL, 0xffffffff00000000UL, 0x8000000000000001UL };
    static const u64 eb[] = { 0xfedcba9876543210UL, 0x00000000ffffffffUL };
    putln("== extr / ror imm");
    for (unsigned i = 0; i < NELEM(ea); i++)
        for (unsigned j = 0; j < NELEM(eb); j++) {
            u64 a = ea[i], b = eb[j];
            T2("extr x #0", "extr %[d], %[a], %[b], #0", 0, a, b);
            T2("extr x #1", "extr %[d], %[a], %[b], #1", 0, a, b);
            T2("extr x #32", "extr %[d], %[a], %[b], #32", 0, a, b);
            T2("extr x #63", "extr %[d], %[a], %[b], #63", 0, a, b);
            T2("extr w #0", "extr %w[d], %w[a], %w[b], #0", 0, a, b);
            T2("extr w #1", "extr %w[d], %w[a], %w[b], #1", 0, a, b);
            T2("extr w #16", "extr %w[d], %w[a], %w[b], #16", 0, a, b);
            T2("extr w #31", "extr %w[d], %w[a], %w[b], #31", 0, a, b);
            T1("ror x #0", "ror %[d], %[a], #0", 0, a);
            T1("ror x #4", "ror %[d], %[a], #4", 0, a);
            T1("ror x #63", "ror %[d], %[a], #63", 0, a);
            T1("ror w #8", "ror %w[d], %w[a], #8", 0, b);
            T1("ror w #31", "ror %w[d], %w[a], #31", 0, b);
        }
}

int main(void)
{
    putln("dp_imm start");
    addsub_imm();
    sp_imm();
    moves();
    adr();
    logical_imm();
    bitfield();
    extr();
    putln("dp_imm done");
    return 0;
}
