/* atomics: ARMv8.1 LSE atomics, ARMv8.3 LDAPR, ARMv8.4 CFINV.
 * (Needs QEMU -cpu max; built with -march=armv8.4-a.)
 * CAS/CASA/CASL/CASAL in B/H/W/X (success and failure), CASP/CASPA/CASPL/
 * CASPAL (W and X pairs), LDADD/LDCLR/LDEOR/LDSET/LDSMAX/LDSMIN/LDUMAX/
 * LDUMIN in all sizes and orderings (plain, A, L, AL), the ST* aliases
 * (Rt = ZR, plain and L), SWP in all sizes and orderings, LDAPR/LDAPRB/
 * LDAPRH, and CFINV. Each line: old value returned, memory afterwards. */
#include "lib.h"

static u64 mem[4] __attribute__((aligned(16)));

static const u64 mvals[] = { 0x8182838485868788UL, 0x0102030405060708UL };
static const u64 svals[] = { 0x0f0e0d0c0b0a0980UL, 0xf1f2f3f4f5f6f7f8UL };

static void show(const char *name, u64 s, u64 m0, u64 old, u64 m1)
{
    puts(name); puts(" rs="); put_hex(s); puts(" mem="); put_hex(m0);
    puts(": old="); put_hex(old); puts(" mem'="); put_hex(m1); putc('\n');
}

/* LD<op>{A,L,AL}{B,H} Rs, Rt, [Xn] */
#define LDOP(insn, W) do { for (unsigned k = 0; k < 2; k++) { u64 old_ = JUNK, s_ = svals[k]; \
    mem[0] = mvals[k]; \
    __asm__ volatile(insn " %" W "[s], %" W "[t], [%[p]]" : [t] "+&r"(old_) : [s] "r"(s_), [p] "r"(mem) : "memory"); \
    show(W[0] ? insn " w" : insn " x", s_, mvals[k], old_, mem[0]); } } while (0)
#define LDOP_ORD(op, sz, W) do { LDOP("ld" op sz, W); LDOP("ld" op "a" sz, W); \
    LDOP("ld" op "l" sz, W); LDOP("ld" op "al" sz, W); } while (0)
#define LDOP_ALL(op) do { LDOP_ORD(op, "b", "w"); LDOP_ORD(op, "h", "w"); \
    LDOP_ORD(op, "", "w"); LDOP_ORD(op, "", ""); } while (0)

/* ST<op>{L}{B,H} Rs, [Xn]  (alias of LD<op> with Rt = ZR) */
#define STOP(insn, W) do { for (unsigned k = 0; k < 2; k++) { u64 s_ = svals[k]; mem[0] = mvals[k]; \
    __asm__ volatile(insn " %" W "[s], [%[p]]" :: [s] "r"(s_), [p] "r"(mem) : "memory"); \
    show(W[0] ? insn " w" : insn " x", s_, mvals[k], 0, mem[0]); } } while (0)
#define STOP_ALL(op) do { STOP("st" op "b", "w"); STOP("st" op "lb", "w"); STOP("st" op "h", "w"); \
    STOP("st" op "lh", "w"); STOP("st" op, "w"); STOP("st" op "l", "w"); STOP("st" op, ""); STOP("st" op "l", ""); } while (0)

/* SWP{A,L,AL}{B,H} Rs, Rt, [Xn] */
#define SWP_ORD(sz, W) do { LDOP("swp" sz, W); LDOP("swpa" sz, W); LDOP("swpl" sz, W); LDOP("swpal" sz, W); } while (0)

/* CAS{A,L,AL}{B,H} Rs, Rt, [Xn]: Rs = compare value in, old value out */
#define CAS1(insn, W, cmp) do { u64 s_ = (cmp), s0_ = s_; mem[0] = mvals[0]; \
    __asm__ volatile(insn " %" W "[s], %" W "[t], [%[p]]" : [s] "+&r"(s_) : [t] "r"(0x5a5b5c5d5e5f5051UL), [p] "r"(mem) : "memory"); \
    show(W[0] ? insn " w" : insn " x", s0_, mvals[0], s_, mem[0]); } while (0)
#define CAS2(insn, W) do { CAS1(insn, W, mvals[0]); CAS1(insn, W, mvals[0] ^ 0x100000001UL); \
    CAS1(insn, W, mvals[0] | 0xffffffff00000000UL); } while (0)
#define CAS_ORD(sz, W) do { CAS2("cas" sz, W); CAS2("casa" sz, W); CAS2("casl" sz, W); CAS2("casal" sz, W); } while (0)

/* CASP{A,L,AL} Rs, Rs+1, Rt, Rt+1, [Xn] (fixed registers x0..x4) */
#define CASP(insn, W, c0, c1) do { \
    register u64 r0 __asm__("x0") = (c0); register u64 r1 __asm__("x1") = (c1); \
    register u64 r2 __asm__("x2") = 0x1112131415161718UL; register u64 r3 __asm__("x3") = 0x2122232425262728UL; \
    register u64 *r4 __asm__("x4") = mem; \
    mem[0] = mvals[0]; mem[1] = mvals[1]; \
    __asm__ volatile(insn " " W "0, " W "1, " W "2, " W "3, [x4]" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r3), "r"(r4) : "memory"); \
    u64 o0_ = r0, o1_ = r1; \
    puts(insn " " W); puts(" cmp="); put_hex(c0); putc(','); put_hex(c1); puts(": old="); put_hex(o0_); putc(','); put_hex(o1_); \
    puts(" mem'="); put_hex(mem[0]); putc(','); put_hex(mem[1]); putc('\n'); } while (0)
#define CASP_ALL(insn) do { \
    CASP(insn, "x", mvals[0], mvals[1]); \
    CASP(insn, "x", mvals[0], 0UL); \
    CASP(insn, "w", mvals[0] & 0xffffffffUL, mvals[0] >> 32); \
    CASP(insn, "w", mvals[0], 0x0UL); } while (0)

int main(void)
{
    putln("atomics start");
    putln("== cas");
    CAS_ORD("b", "w"); CAS_ORD("h", "w"); CAS_ORD("", "w"); CAS_ORD("", "");
    putln("== casp");
    CASP_ALL("casp"); CASP_ALL("caspa"); CASP_ALL("caspl"); CASP_ALL("caspal");
    putln("== ld<op>");
    LDOP_ALL("add"); LDOP_ALL("clr"); LDOP_ALL("eor"); LDOP_ALL("set");
    LDOP_ALL("smax"); LDOP_ALL("smin"); LDOP_ALL("umax"); LDOP_ALL("umin");
    putln("== st<op> aliases");
    STOP_ALL("add"); STOP_ALL("clr"); STOP_ALL("eor"); STOP_ALL("set");
    STOP_ALL("smax"); STOP_ALL("smin"); STOP_ALL("umax"); STOP_ALL("umin");
    putln("== swp");
    SWP_ORD("b", "w"); SWP_ORD("h", "w"); SWP_ORD("", "w"); SWP_ORD("", "");
    putln("== ldapr");
    {
        u64 v = JUNK;
        mem[0] = mvals[0];
        __asm__ volatile("ldapr %0, [%1]" : "+r"(v) : "r"(mem) : "memory"); pr("ldapr x", v);
        __asm__ volatile("ldapr %w0, [%1]" : "+r"(v) : "r"(mem) : "memory"); pr("ldapr w", v);
        __asm__ volatile("ldaprh %w0, [%1]" : "+r"(v) : "r"(mem) : "memory"); pr("ldaprh", v);
        __asm__ volatile("ldaprb %w0, [%1]" : "+r"(v) : "r"(mem) : "memory"); pr("ldaprb", v);
    }
    putln("== cfinv (v8.4)");
    for (u64 n = 0; n < 16; n++) {
        u64 f;
        __asm__ volatile("msr nzcv, %1\n\tcfinv\n\tmrs %0, nzcv" : "=r"(f) : "r"(n << 28) : "cc");
        prf("cfinv", n, f);
    }
    putln("atomics done");
    return 0;
}
