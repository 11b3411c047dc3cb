/* a64dbg system-test runtime (see sys.h). */
#include "sys.h"

void sys_install_vectors(void)
{
    write_sysreg(vbar_el1, (u64)sys_vectors);
    isb();
}

void sys_back_to_el1(struct trap_frame *f)
{
    f->elr = (u64)el0_return;
    f->spsr = 0x3c5;                /* EL1h, DAIF masked */
}

const char *vec_name(u64 vec)
{
    static const char *const group[4] = { "el1t", "el1h", "el0_64", "el0_32" };
    static const char *const kind[4] = { "sync", "irq", "fiq", "serror" };
    static char buf[24];
    char *p = buf;
    const char *s;
    for (s = group[VEC_GROUP(vec) & 3]; *s; s++) *p++ = *s;
    *p++ = '_';
    for (s = kind[VEC_KIND(vec)]; *s; s++) *p++ = *s;
    *p = 0;
    return buf;
}

void kv(const char *name, u64 v)
{
    putc(' '); puts(name); putc('='); put_hex(v);
}

void kv32(const char *name, u64 v)
{
    putc(' '); puts(name); putc('='); put_hex32((u32)v);
}

void kvd(const char *name, i64 v)
{
    putc(' '); puts(name); putc('='); put_dec(v);
}

void sys_unexpected(struct trap_frame *f, u64 vec)
{
    puts("UNEXPECTED exception "); puts(vec_name(vec));
    kv32("esr", f->esr); kv("far", f->far); kv("elr", f->elr); kv32("spsr", f->spsr);
    putc('\n');
    semihost_exit(1);
}
