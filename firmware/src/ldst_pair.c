/* ldst_pair: LDP/STP (W and X; signed offset, pre-index and post-index with
 * write-back checks, min/max offsets), LDPSW (all three forms), LDNP/STNP,
 * SP as base, XZR/WZR stores, and unaligned pairs (MMU off, no fault). */
#include "lib.h"

static u8 mem[2048] __attribute__((aligned(16)));
static u8 *const buf = mem + 1024;

static void fill(void)
{
    for (unsigned i = 0; i < sizeof(mem); i++)
        mem[i] = (u8)(i * 0x3b + 0x81 + (i >> 8) * 0x11);
}

static void dump(const char *name, const u8 *p)
{
    u64 a = 0, b = 0;
    for (int i = 7; i >= 0; i--) { a = (a << 8) | p[i]; b = (b << 8) | p[8 + i]; }
    pr2(name, a, b);
}

static void rep_pair(const char *name, u64 a, u64 b, u64 delta)
{
    puts(name); puts(": "); put_hex(a); putc(' '); put_hex(b);
    puts(" wb="); put_hex(delta); putc('\n');
}

#define LDP(name, insn, base) do { u64 a_ = JUNK, b_ = JUNK; u8 *p_ = (base), *p0_ = p_; \
    __asm__ volatile(insn : [a] "+&r"(a_), [b] "+&r"(b_), [p] "+r"(p_) :: "memory"); \
    rep_pair(name, a_, b_, (u64)(p_ - p0_)); } while (0)

static const u64 v1 = 0x1111222233334444UL, v2 = 0x8888999aaaabbbbcUL;

#define STP(name, insn, base) do { u8 *p_ = (base), *p0_ = p_; memset(buf - 512, 0, 1024); \
    __asm__ volatile(insn : [p] "+r"(p_) : [a] "r"(v1), [b] "r"(v2) : "memory"); \
    puts(name); puts(" wb="); put_hex((u64)(p_ - p0_)); putc('\n'); \
    dump("  mem[-16..-1]", buf - 16); dump("  mem[0..15]", buf); dump("  mem[16..31]", buf + 16); } while (0)

int main(void)
{
    putln("ldst_pair start");
    fill();
    dump("mem[0..15]", buf);
    dump("mem[16..31]", buf + 16);
    putln("== ldp");
    LDP("ldp x", "ldp %[a], %[b], [%[p]]", buf);
    LDP("ldp x #16", "ldp %[a], %[b], [%[p], #16]", buf);
    LDP("ldp x #-512", "ldp %[a], %[b], [%[p], #-512]", buf);
    LDP("ldp x #504", "ldp %[a], %[b], [%[p], #504]", buf - 512);
    LDP("ldp x pre #16", "ldp %[a], %[b], [%[p], #16]!", buf);
    LDP("ldp x pre #-16", "ldp %[a], %[b], [%[p], #-16]!", buf);
    LDP("ldp x post #32", "ldp %[a], %[b], [%[p]], #32", buf);
    LDP("ldp x post #-8", "ldp %[a], %[b], [%[p]], #-8", buf);
    LDP("ldp w", "ldp %w[a], %w[b], [%[p]]", buf);
    LDP("ldp w #-256", "ldp %w[a], %w[b], [%[p], #-256]", buf);
    LDP("ldp w #252", "ldp %w[a], %w[b], [%[p], #252]", buf);
    LDP("ldp w pre #8", "ldp %w[a], %w[b], [%[p], #8]!", buf);
    LDP("ldp w post #-4", "ldp %w[a], %w[b], [%[p]], #-4", buf);
    LDP("ldpsw", "ldpsw %[a], %[b], [%[p]]", buf);
    LDP("ldpsw #8", "ldpsw %[a], %[b], [%[p], #8]", buf);
    LDP("ldpsw pre #4", "ldpsw %[a], %[b], [%[p], #4]!", buf);
    LDP("ldpsw post #12", "ldpsw %[a], %[b], [%[p]], #12", buf);
    LDP("ldpsw #-256", "ldpsw %[a], %[b], [%[p], #-256]", buf);
    LDP("ldnp x", "ldnp %[a], %[b], [%[p], #8]", buf);
    LDP("ldnp w", "ldnp %w[a], %w[b], [%[p], #-4]", buf);
    putln("== stp");
    STP("stp x", "stp %[a], %[b], [%[p]]", buf);
    STP("stp x #-16", "stp %[a], %[b], [%[p], #-16]", buf);
    STP("stp x pre #16", "stp %[a], %[b], [%[p], #16]!", buf);
    STP("stp x pre #-8", "stp %[a], %[b], [%[p], #-8]!", buf);
    STP("stp x post #-16", "stp %[a], %[b], [%[p]], #-16", buf);
    STP("stp w", "stp %w[a], %w[b], [%[p]]", buf);
    STP("stp w #4", "stp %w[a], %w[b], [%[p], #4]", buf);
    STP("stp w pre #-4", "stp %w[a], %w[b], [%[p], #-4]!", buf);
    STP("stp w post #8", "stp %w[a], %w[b], [%[p]], #8", buf);
    STP("stp xzr,x", "stp %[a], %[b], [%[p]]\n\tstp xzr, %[b], [%[p], #8]", buf);
    STP("stp w,wzr", "stp %[a], %[b], [%[p]]\n\tstp %w[a], wzr, [%[p], #4]", buf);
    STP("stnp x", "stnp %[a], %[b], [%[p], #8]", buf);
    STP("stnp w", "stnp %w[a], %w[b], [%[p], #-4]", buf);

    putln("== sp base");
    {
        u64 a, b, c, d, s0, s1;
        __asm__ volatile(
            "mov %4, sp\n\t"
            "stp %6, %7, [sp, #-32]!\n\t"
            "stp %7, %6, [sp, #16]\n\t"
            "ldp %0, %1, [sp, #8]\n\t"
            "ldp %2, %3, [sp], #32\n\t"
            "mov %5, sp\n\t"
            : "=&r"(a), "=&r"(b), "=&r"(c), "=&r"(d), "=&r"(s0), "=&r"(s1) : "r"(v1), "r"(v2) : "memory");
        pr2("ldp [sp,#8]", a, b);
        pr2("ldp [sp],#32", c, d);
        pr("sp restored", s0 == s1);
    }

    putln("== unaligned pairs");
    fill();
    LDP("ldp x +1", "ldp %[a], %[b], [%[p]]", buf + 1);
    LDP("ldp w +3", "ldp %w[a], %w[b], [%[p]]", buf + 3);
    LDP("ldpsw +6", "ldpsw %[a], %[b], [%[p]]", buf + 6);
    STP("stp x +5", "stp %[a], %[b], [%[p]]", buf + 5);
    STP("stp w +2", "stp %w[a], %w[b], [%[p]]", buf + 2);
    putln("ldst_pair done");
    return 0;
}
