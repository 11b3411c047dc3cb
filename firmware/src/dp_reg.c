/* dp_reg: data processing (register).
 * Shifted-register ADD/ADDS/SUB/SUBS/AND/BIC/ORR/ORN/EOR/EON/ANDS/BICS with
 * LSL/LSR/ASR/ROR amounts 0/1/31/32/63, extended-register ADD/SUB(S) with
 * UXTB..SXTX and shifts 0-4 (incl. SP forms), ADC/ADCS/SBC/SBCS with carry
 * in 0/1 at the 32/64-bit boundaries, NEG/NEGS/NGC/NGCS/MVN, flags at every
 * boundary, 32-bit forms zeroing the upper half (destination holds junk). */
#include "lib.h"

static const u64 bv[] = {
    0, 1, 0x7fffffff, 0x80000000, 0xffffffff,
    0x7fffffffffffffffUL, 0x8000000000000000UL, 0xffffffffffffffffUL,
};

static const u64 sv[] = { 0x0123456789abcdefUL, 0x8000000180000001UL, 0xffffffffffffffffUL };
static const u64 sa[] = { 0xfedcba9876543210UL, 0x0000000000000001UL };

#define SH_ARITH64(sh) do { for (unsigned i = 0; i < NELEM(sa); i++) for (unsigned j = 0; j < NELEM(sv); j++) { \
    u64 x = sa[i], y = sv[j]; \
    T2("add x," #sh, "add %[d], %[a], %[b], " #sh, 0, x, y); \
    T2("adds x," #sh, "adds %[d], %[a], %[b], " #sh, 0, x, y); \
    T2("sub x," #sh, "sub %[d], %[a], %[b], " #sh, 0, x, y); \
    T2("subs x," #sh, "subs %[d], %[a], %[b], " #sh, 0, x, y); \
    } } while (0)
#define SH_LOGIC64(sh) do { for (unsigned i = 0; i < NELEM(sa); i++) for (unsigned j = 0; j < NELEM(sv); j++) { \
    u64 x = sa[i], y = sv[j]; \
    T2("and x," #sh, "and %[d], %[a], %[b], " #sh, 0xf, x, y); \
    T2("bic x," #sh, "bic %[d], %[a], %[b], " #sh, 0, x, y); \
    T2("orr x," #sh, "orr %[d], %[a], %[b], " #sh, 0, x, y); \
    T2("orn x," #sh, "orn %[d], %[a], %[b], " #sh, 0, x, y); \
    T2("eor x," #sh, "eor %[d], %[a], %[b], " #sh, 0, x, y); \
    T2("eon x," #sh, "eon %[d], %[a], %[b], " #sh, 0, x, y); \
    T2("ands x," #sh, "ands %[d], %[a], %[b], " #sh, 0xf, x, y); \
    T2("bics x," #sh, "bics %[d], %[a], %[b], " #sh, 0xf, x, y); \
    } } while (0)
#define SH_ARITH32(sh) do { for (unsigned i = 0; i < NELEM(sa); i++) for (unsigned j = 0; j < NELEM(sv); j++) { \
    u64 x = sa[i], y = sv[j]; \
    T2("add w," #sh, "add %w[d], %w[a], %w[b], " #sh, 0, x, y); \
    T2("adds w," #sh, "adds %w[d], %w[a], %w[b], " #sh, 0, x, y); \
    T2("sub w," #sh, "sub %w[d], %w[a], %w[b], " #sh, 0, x, y); \
    T2("subs w," #sh, "subs %w[d], %w[a], %w[b], " #sh, 0, x, y); \
    } } while (0)
#define SH_LOGIC32(sh) do { for (unsigned i = 0; i < NELEM(sa); i++) for (unsigned j = 0; j < NELEM(sv); j++) { \
    u64 x = sa[i], y = sv[j]; \
    T2("and w," #sh, "and %w[d], %w[a], %w[b], " #sh, 0, x, y); \
    T2("bic w," #sh, "bic %w[d], %w[a], %w[b], " #sh, 0, x, y); \
    T2("orr w," #sh, "orr %w[d], %w[a], %w[b], " #sh, 0, x, y); \
    T2("orn w," #sh, "orn %w[d], %w[a], %w[b], " #sh, 0, x, y); \
    T2("eor w," #sh, "eor %w[d], %w[a], %w[b], " #sh, 0, x, y); \
    T2("eon w," #sh, "eon %w[d], %w[a], %w[b], " #sh, 0, x, y); \
    T2("ands w," #sh, "ands %w[d], %w[a], %w[b], " #sh, 0xf, x, y); \
    T2("bics w," #sh, "bics %w[d], %w[a], %w[b], " #sh, 0xf, x, y); \
    } } while (0)

static void shifted(void)
{
    putln("== shifted register");
    SH_ARITH64(lsl #0); SH_ARITH64(lsl #1); SH_ARITH64(lsl #31); SH_ARITH64(lsl #32); SH_ARITH64(lsl #63);
    SH_ARITH64(lsr #1); SH_ARITH64(lsr #32); SH_ARITH64(lsr #63);
    SH_ARITH64(asr #1); SH_ARITH64(asr #31); SH_ARITH64(asr #63);
    SH_LOGIC64(lsl #0); SH_LOGIC64(lsl #1); SH_LOGIC64(lsl #63);
    SH_LOGIC64(lsr #32); SH_LOGIC64(asr #63); SH_LOGIC64(asr #1);
    SH_LOGIC64(ror #1); SH_LOGIC64(ror #31); SH_LOGIC64(ror #32); SH_LOGIC64(ror #63);
    SH_ARITH32(lsl #0); SH_ARITH32(lsl #1); SH_ARITH32(lsl #31);
    SH_ARITH32(lsr #1); SH_ARITH32(lsr #31); SH_ARITH32(asr #1); SH_ARITH32(asr #31);
    SH_LOGIC32(lsl #0); SH_LOGIC32(lsl #31); SH_LOGIC32(lsr #1); SH_LOGIC32(asr #31);
    SH_LOGIC32(ror #1); SH_LOGIC32(ror #16); SH_LOGIC32(ror #31);
    for (unsigned j = 0; j < NELEM(sv); j++) {
        T1("mvn x", "mvn %[d], %[a]", 0, sv[j]);
        T1("mvn w", "mvn %w[d], %w[a]", 0, sv[j]);
        T1("mvn x,ror#8", "mvn %[d], %[a], ror #8", 0, sv[j]);
        T1("mov x (orr alias)", "mov %[d], %[a]", 0, sv[j]);
        T1("mov w (orr alias)", "mov %w[d], %w[a]", 0, sv[j]);
        T1("tst x,lsl#4", "mov %[d], xzr\n\ttst %[a], %[a], lsl #4", 0x0, sv[j]);
        T1("cmp x,asr#63", "mov %[d], xzr\n\tcmp %[a], %[a], asr #63", 0x0, sv[j]);
        T1("cmn w,lsr#31", "mov %[d], xzr\n\tcmn %w[a], %w[a], lsr #31", 0x0, sv[j]);
    }
}

static const u64 ev[] = { 0xfedcba9876543210UL, 0x00000000000080ffUL, 0x0000000080008080UL, 0xffffffff7fff7f7fUL };
static const u64 eb = 0x1000000000001000UL;

#define EXT64(ext) do { for (unsigned j = 0; j < NELEM(ev); j++) { u64 y = ev[j]; \
    T2("add x," #ext, "add %[d], %[a], %w[b], " #ext, 0, eb, y); \
    T2("adds x," #ext, "adds %[d], %[a], %w[b], " #ext, 0, eb, y); \
    T2("sub x," #ext, "sub %[d], %[a], %w[b], " #ext, 0, eb, y); \
    T2("subs x," #ext, "subs %[d], %[a], %w[b], " #ext, 0, eb, y); \
    } } while (0)
#define EXT64X(ext) do { for (unsigned j = 0; j < NELEM(ev); j++) { u64 y = ev[j]; \
    T2("add x," #ext, "add %[d], %[a], %[b], " #ext, 0, eb, y); \
    T2("subs x," #ext, "subs %[d], %[a], %[b], " #ext, 0, eb, y); \
    } } while (0)
#define EXT32(ext) do { for (unsigned j = 0; j < NELEM(ev); j++) { u64 y = ev[j]; \
    T2("add w," #ext, "add %w[d], %w[a], %w[b], " #ext, 0, eb, y); \
    T2("subs w," #ext, "subs %w[d], %w[a], %w[b], " #ext, 0, eb, y); \
    } } while (0)

static void extended(void)
{
    putln("== extended register");
    EXT64(uxtb); EXT64(uxtb #1); EXT64(uxtb #4);
    EXT64(uxth); EXT64(uxth #2);
    EXT64(uxtw); EXT64(uxtw #3);
    EXT64(sxtb); EXT64(sxtb #1); EXT64(sxtb #4);
    EXT64(sxth); EXT64(sxth #3);
    EXT64(sxtw); EXT64(sxtw #2); EXT64(sxtw #4);
    EXT64X(uxtx); EXT64X(uxtx #4); EXT64X(sxtx); EXT64X(sxtx #1); EXT64X(sxtx #4);
    EXT32(uxtb); EXT32(uxtb #2); EXT32(uxth #4); EXT32(uxtw #1);
    EXT32(sxtb); EXT32(sxtb #3); EXT32(sxth); EXT32(sxth #1); EXT32(sxtw #4); EXT32(uxtx #2); EXT32(sxtx);

    /* SP forms: Rd=SP and Rn=SP use the extended-register encoding */
    putln("== extended register with SP");
    u64 sp0, r1, r2, r3, r4, f;
    __asm__ volatile("mov %0, sp" : "=r"(sp0));
    __asm__ volatile(
        "mov x9, sp\n\t"
        "mov x10, #-16\n\t"
        "add sp, sp, x10\n\t"            /* add (extended) sp, sp, x10, uxtx */
        "mov %0, sp\n\t"
        "mov w10, #2\n\t"
        "sub sp, sp, w10, uxtw #4\n\t"
        "mov %1, sp\n\t"
        "add %2, sp, w10, sxtw #1\n\t"  /* GPR destination, SP source */
        "mov x10, #0x30\n\t"
        "cmp sp, x10\n\t"
        "mrs %4, nzcv\n\t"
        "adds %3, sp, x10, lsl #2\n\t"
        "mov sp, x9\n\t"
        : "=&r"(r1), "=&r"(r2), "=&r"(r3), "=&r"(r4), "=&r"(f) :: "x9", "x10", "cc", "memory");
    pr("add sp,sp,x (delta)", sp0 - r1);
    pr("sub sp,sp,w,uxtw#4 (delta)", r1 - r2);
    pr("add x,sp,w,sxtw#1 (delta)", r3 - r2);
    prf("cmp sp,x (ext)", 0, f);
    pr("adds x,sp,x,lsl#2 (delta)", r4 - r2);
}

static void carry(void)
{
    putln("== adc/adcs/sbc/sbcs");
    for (unsigned i = 0; i < NELEM(bv); i++)
        for (unsigned j = 0; j < NELEM(bv); j++)
            for (unsigned c = 0; c < 2; c++) {
                u64 x = bv[i], y = bv[j], nz = c ? 0x2 : 0xd;
                if (c) {
                    T2("adc x c=1", "adc %[d], %[a], %[b]", nz, x, y);
                    T2("adcs x c=1", "adcs %[d], %[a], %[b]", nz, x, y);
                    T2("sbc x c=1", "sbc %[d], %[a], %[b]", nz, x, y);
                    T2("sbcs x c=1", "sbcs %[d], %[a], %[b]", nz, x, y);
                    T2("adc w c=1", "adc %w[d], %w[a], %w[b]", nz, x, y);
                    T2("adcs w c=1", "adcs %w[d], %w[a], %w[b]", nz, x, y);
                    T2("sbc w c=1", "sbc %w[d], %w[a], %w[b]", nz, x, y);
                    T2("sbcs w c=1", "sbcs %w[d], %w[a], %w[b]", nz, x, y);
                } else {
                    T2("adc x c=0", "adc %[d], %[a], %[b]", nz, x, y);
                    T2("adcs x c=0", "adcs %[d], %[a], %[b]", nz, x, y);
                    T2("sbc x c=0", "sbc %[d], %[a], %[b]", nz, x, y);
                    T2("sbcs x c=0", "sbcs %[d], %[a], %[b]", nz, x, y);
                    T2("adc w c=0", "adc %w[d], %w[a], %w[b]", nz, x, y);
                    T2("adcs w c=0", "adcs %w[d], %w[a], %w[b]", nz, x, y);
                    T2("sbc w c=0", "sbc %w[d], %w[a], %w[b]", nz, x, y);
                    T2("sbcs w c=0", "sbcs %w[d], %w[a], %w[b]", nz, x, y);
                }
            }
}

static void flags(void)
{
    putln("== adds/subs register flags at boundaries");
    for (unsigned i = 0; i < NELEM(bv); i++)
        for (unsigned j = 0; j < NELEM(bv); j++) {
            u64 x = bv[i], y = bv[j];
            T2("adds x", "adds %[d], %[a], %[b]", 0, x, y);
            T2("subs x", "subs %[d], %[a], %[b]", 0, x, y);
            T2("adds w", "adds %w[d], %w[a], %w[b]", 0, x, y);
            T2("subs w", "subs %w[d], %w[a], %w[b]", 0, x, y);
            T2("add x (flags kept)", "add %[d], %[a], %[b]", 0x9, x, y);
            T2("sub w (flags kept)", "sub %w[d], %w[a], %w[b]", 0x6, x, y);
        }
    putln("== neg/negs/ngc/ngcs");
    for (unsigned i = 0; i < NELEM(bv); i++) {
        u64 x = bv[i];
        T1("neg x", "neg %[d], %[a]", 0x0, x);
        T1("negs x", "negs %[d], %[a]", 0x0, x);
        T1("neg w", "neg %w[d], %w[a]", 0x0, x);
        T1("negs w", "negs %w[d], %w[a]", 0x0, x);
        T1("neg x,lsl#1", "neg %[d], %[a], lsl #1", 0x0, x);
        T1("negs w,asr#31", "negs %w[d], %w[a], asr #31", 0x0, x);
        T1("ngc x c=0", "ngc %[d], %[a]", 0x0, x);
        T1("ngc x c=1", "ngc %[d], %[a]", 0x2, x);
        T1("ngcs x c=0", "ngcs %[d], %[a]", 0x0, x);
        T1("ngcs x c=1", "ngcs %[d], %[a]", 0x2, x);
        T1("ngc w c=0", "ngc %w[d], %w[a]", 0x0, x);
        T1("ngcs w c=1", "ngcs %w[d], %w[a]", 0x2, x);
        T1("ngcs w c=0", "ngcs %w[d], %w[a]", 0x0, x);
    }
}

int main(void)
{
    putln("dp_reg start");
    shifted();
    extended();
    carry();
    flags();
    putln("dp_reg done");
    return 0;
}
