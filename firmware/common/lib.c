/* a64dbg firmware runtime (see lib.h). */
#include "lib.h"

void putc(int c)
{
    *UART0_DR = (u32)(u8)c;
}

void puts(const char *s)
{
    while (*s)
        putc(*s++);
}

void putln(const char *s)
{
    puts(s);
    putc('\n');
}

static const char hexdig[] = "0123456789abcdef";

void put_hex(u64 v)
{
    for (int i = 60; i >= 0; i -= 4)
        putc(hexdig[(v >> i) & 0xf]);
}

void put_hex32(u32 v)
{
    for (int i = 28; i >= 0; i -= 4)
        putc(hexdig[(v >> i) & 0xf]);
}

void put_udec(u64 v)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        putc(buf[--n]);
}

void put_dec(i64 v)
{
    if (v < 0) {
        putc('-');
        put_udec(-(u64)v);
    } else {
        put_udec((u64)v);
    }
}

void put_nzcv(u64 nzcv)
{
    putc(hexdig[(nzcv >> 28) & 0xf]);
}

void pr(const char *name, u64 v)
{
    puts(name);
    puts(": ");
    put_hex(v);
    putc('\n');
}

void prf(const char *name, u64 v, u64 nzcv)
{
    puts(name);
    puts(": ");
    put_hex(v);
    puts(" nzcv=");
    put_nzcv(nzcv);
    putc('\n');
}

void pr2(const char *name, u64 a, u64 b)
{
    puts(name);
    puts(": ");
    put_hex(a);
    putc(' ');
    put_hex(b);
    putc('\n');
}

static u64 semihost_call(u64 op, u64 param)
{
    register u64 x0 __asm__("x0") = op;
    register u64 x1 __asm__("x1") = param;
    __asm__ volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
    return x0;
}

void semihost_exit(u64 code)
{
    u64 block[2] = { 0x20026 /* ADP_Stopped_ApplicationExit */, code };
    semihost_call(0x20 /* SYS_EXIT_EXTENDED */, (u64)block);
    for (;;)
        ;
}

void semihost_write0(const char *s)
{
    semihost_call(0x04 /* SYS_WRITE0 */, (u64)s);
}

void semihost_writec(char c)
{
    semihost_call(0x03 /* SYS_WRITEC */, (u64)&c);
}

void *memset(void *d, int c, size_t n)
{
    volatile u8 *p = d;
    while (n--)
        *p++ = (u8)c;
    return d;
}

void *memcpy(void *d, const void *s, size_t n)
{
    volatile u8 *p = d;
    const volatile u8 *q = s;
    while (n--)
        *p++ = *q++;
    return d;
}

static void rep_tail(u64 d, u64 f)
{
    puts(" -> ");
    put_hex(d);
    puts(" nzcv=");
    put_nzcv(f);
    putc('\n');
}

void rep0(const char *name, u64 d, u64 f)
{
    puts(name);
    rep_tail(d, f);
}

void rep1(const char *name, u64 a, u64 d, u64 f)
{
    puts(name); putc(' '); put_hex(a);
    rep_tail(d, f);
}

void rep2(const char *name, u64 a, u64 b, u64 d, u64 f)
{
    puts(name); putc(' '); put_hex(a); putc(' '); put_hex(b);
    rep_tail(d, f);
}

void rep3(const char *name, u64 a, u64 b, u64 c, u64 d, u64 f)
{
    puts(name); putc(' '); put_hex(a); putc(' '); put_hex(b); putc(' '); put_hex(c);
    rep_tail(d, f);
}
