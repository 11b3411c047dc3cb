/* a64dbg firmware runtime: PL011 output, number printing, semihosting. */
#ifndef A64_LIB_H
#define A64_LIB_H

typedef unsigned long u64;
typedef long i64;
typedef unsigned int u32;
typedef int i32;
typedef unsigned short u16;
typedef unsigned char u8;
typedef unsigned long size_t;

void putc(int c);
void puts(const char *s);            /* no newline appended */
void putln(const char *s);           /* appends '\n' */
void put_hex(u64 v);                 /* 16 hex digits, lowercase */
void put_hex32(u32 v);               /* 8 hex digits */
void put_dec(i64 v);                 /* signed decimal */
void put_udec(u64 v);                /* unsigned decimal */
void put_nzcv(u64 nzcv);             /* one hex digit: NZCV >> 28 */

/* "name: <hex16>\n" */
void pr(const char *name, u64 v);
/* "name: <hex16> nzcv=<d>\n" ; nzcv is the raw MRS NZCV value */
void prf(const char *name, u64 v, u64 nzcv);
/* "name: <hex16> <hex16>\n" */
void pr2(const char *name, u64 a, u64 b);

void semihost_exit(u64 code) __attribute__((noreturn));
void semihost_write0(const char *s);  /* SYS_WRITE0 (0x04) */
void semihost_writec(char c);         /* SYS_WRITEC (0x03) */

void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);

static inline u64 read_nzcv(void)
{
    u64 v;
    __asm__ volatile("mrs %0, nzcv" : "=r"(v));
    return v;
}

#define UART0_DR ((volatile u32 *)0x09000000UL)


/* ---- test reporting helpers ----
 * rep0: "name -> d nzcv=f"
 * repN: "name a [b [c]] -> d nzcv=f"   (all values 16 hex digits)      */
void rep0(const char *name, u64 d, u64 f);
void rep1(const char *name, u64 a, u64 d, u64 f);
void rep2(const char *name, u64 a, u64 b, u64 d, u64 f);
void rep3(const char *name, u64 a, u64 b, u64 c, u64 d, u64 f);

/* Junk that the destination register holds before the instruction under
 * test runs, so 32-bit forms visibly zero the upper half. */
#define JUNK 0xdeadbeefcafef00dUL

/* Run one instruction (asm template using %[d], %[a], %[b], %[c]) with
 * NZCV preset to nz (4-bit value), then report result and NZCV. */
#define T0(name, insn, nz) do { u64 d_ = JUNK, f_, n_ = (u64)(nz) << 28; \
    __asm__ volatile("msr nzcv, %[n]\n\t" insn "\n\tmrs %[f], nzcv" \
        : [d] "+&r"(d_), [f] "=&r"(f_) : [n] "r"(n_) : "cc"); \
    rep0(name, d_, f_); } while (0)
#define T1(name, insn, nz, A_) do { u64 d_ = JUNK, f_, n_ = (u64)(nz) << 28, a_ = (A_); \
    __asm__ volatile("msr nzcv, %[n]\n\t" insn "\n\tmrs %[f], nzcv" \
        : [d] "+&r"(d_), [f] "=&r"(f_) : [a] "r"(a_), [n] "r"(n_) : "cc"); \
    rep1(name, a_, d_, f_); } while (0)
#define T2(name, insn, nz, A_, B_) do { u64 d_ = JUNK, f_, n_ = (u64)(nz) << 28, a_ = (A_), b_ = (B_); \
    __asm__ volatile("msr nzcv, %[n]\n\t" insn "\n\tmrs %[f], nzcv" \
        : [d] "+&r"(d_), [f] "=&r"(f_) : [a] "r"(a_), [b] "r"(b_), [n] "r"(n_) : "cc"); \
    rep2(name, a_, b_, d_, f_); } while (0)
#define T3(name, insn, nz, A_, B_, C_) do { u64 d_ = JUNK, f_, n_ = (u64)(nz) << 28, a_ = (A_), b_ = (B_), c_ = (C_); \
    __asm__ volatile("msr nzcv, %[n]\n\t" insn "\n\tmrs %[f], nzcv" \
        : [d] "+&r"(d_), [f] "=&r"(f_) : [a] "r"(a_), [b] "r"(b_), [c] "r"(c_), [n] "r"(n_) : "cc"); \
    rep3(name, a_, b_, c_, d_, f_); } while (0)

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

#endif
