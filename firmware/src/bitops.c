/* bitops: CLZ/CLS/RBIT/REV/REV16/REV32 (32 and 64-bit) over edge values and
 * LSLV/LSRV/ASRV/RORV with shift amounts 0,1,31,32,33,63,64,65,... (the
 * amount is taken modulo the register width; upper bits of Rm ignored). */
#include "lib.h"

static const u64 bv[] = {
    0, 1, 0xffffffffffffffffUL, 0x8000000000000000UL, 0x7fffffffffffffffUL,
    0x0123456789abcdefUL, 0x00000000ffffffffUL, 0x0000000080000000UL,
    0x00000000400000ffUL, 0xc000000000000000UL, 0x0000000100000000UL, 0xffffffff7fffffffUL,
};
static const u64 amt[] = { 0, 1, 4, 31, 32, 33, 63, 64, 65, 127, 0xffffffffffffffe1UL, 0x100000020UL };

int main(void)
{
    putln("bitops start");
    for (unsigned i = 0; i < NELEM(bv); i++) {
        u64 x = bv[i];
        T1("clz x", "clz %[d], %[a]", 0x3, x);
        T1("clz w", "clz %w[d], %w[a]", 0x3, x);
        T1("cls x", "cls %[d], %[a]", 0x3, x);
        T1("cls w", "cls %w[d], %w[a]", 0x3, x);
        T1("rbit x", "rbit %[d], %[a]", 0, x);
        T1("rbit w", "rbit %w[d], %w[a]", 0, x);
        T1("rev x", "rev %[d], %[a]", 0, x);
        T1("rev w", "rev %w[d], %w[a]", 0, x);
        T1("rev16 x", "rev16 %[d], %[a]", 0, x);
        T1("rev16 w", "rev16 %w[d], %w[a]", 0, x);
        T1("rev32 x", "rev32 %[d], %[a]", 0, x);
    }
    for (unsigned i = 0; i < NELEM(bv); i++)
        for (unsigned j = 0; j < NELEM(amt); j++) {
            u64 x = bv[i], s = amt[j];
            T2("lslv x", "lslv %[d], %[a], %[b]", 0x6, x, s);
            T2("lsrv x", "lsrv %[d], %[a], %[b]", 0x6, x, s);
            T2("asrv x", "asrv %[d], %[a], %[b]", 0x6, x, s);
            T2("rorv x", "rorv %[d], %[a], %[b]", 0x6, x, s);
            T2("lslv w", "lslv %w[d], %w[a], %w[b]", 0x6, x, s);
            T2("lsrv w", "lsrv %w[d], %w[a], %w[b]", 0x6, x, s);
            T2("asrv w", "asrv %w[d], %w[a], %w[b]", 0x6, x, s);
            T2("rorv w", "rorv %w[d], %w[a], %w[b]", 0x6, x, s);
        }
    putln("bitops done");
    return 0;
}
