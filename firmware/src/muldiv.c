/* muldiv: MADD/MSUB (MUL/MNEG), SMADDL/SMSUBL/UMADDL/UMSUBL (SMULL/UMULL/
 * SMNEGL/UMNEGL), SMULH/UMULH, SDIV/UDIV incl. divide by zero (-> 0) and
 * INT_MIN / -1, in 64 and 32-bit forms, over crafted operands. */
#include "lib.h"

static const u64 mv[] = {
    0, 1, 0xffffffffffffffffUL, 0x7fffffffffffffffUL, 0x8000000000000000UL,
    0xffffffffUL, 0x100000001UL, 0x7fffffffUL, 0x80000000UL, 0x123456789abcdef1UL,
};
static const u64 acc = 0x0f0f0f0f0f0f0f0fUL;

int main(void)
{
    putln("muldiv start");
    for (unsigned i = 0; i < NELEM(mv); i++)
        for (unsigned j = 0; j < NELEM(mv); j++) {
            u64 x = mv[i], y = mv[j];
            T3("madd x", "madd %[d], %[a], %[b], %[c]", 0x5, x, y, acc);
            T3("msub x", "msub %[d], %[a], %[b], %[c]", 0x5, x, y, acc);
            T3("madd w", "madd %w[d], %w[a], %w[b], %w[c]", 0x5, x, y, acc);
            T3("msub w", "msub %w[d], %w[a], %w[b], %w[c]", 0x5, x, y, acc);
            T2("mul x", "mul %[d], %[a], %[b]", 0, x, y);
            T2("mneg w", "mneg %w[d], %w[a], %w[b]", 0, x, y);
            T3("smaddl", "smaddl %[d], %w[a], %w[b], %[c]", 0, x, y, acc);
            T3("smsubl", "smsubl %[d], %w[a], %w[b], %[c]", 0, x, y, acc);
            T3("umaddl", "umaddl %[d], %w[a], %w[b], %[c]", 0, x, y, acc);
            T3("umsubl", "umsubl %[d], %w[a], %w[b], %[c]", 0, x, y, acc);
            T2("smull", "smull %[d], %w[a], %w[b]", 0, x, y);
            T2("umull", "umull %[d], %w[a], %w[b]", 0, x, y);
            T2("smnegl", "smnegl %[d], %w[a], %w[b]", 0, x, y);
            T2("umnegl", "umnegl %[d], %w[a], %w[b]", 0, x, y);
            T2("smulh", "smulh %[d], %[a], %[b]", 0, x, y);
            T2("umulh", "umulh %[d], %[a], %[b]", 0, x, y);
            T2("sdiv x", "sdiv %[d], %[a], %[b]", 0xa, x, y);
            T2("udiv x", "udiv %[d], %[a], %[b]", 0xa, x, y);
            T2("sdiv w", "sdiv %w[d], %w[a], %w[b]", 0xa, x, y);
            T2("udiv w", "udiv %w[d], %w[a], %w[b]", 0xa, x, y);
        }
    /* a few more division sign combinations */
    static const u64 dv[] = { 7, -7UL, 2, -2UL, 0x7fffffffffffffffUL, 0xfffffffffffffff9UL, 3 };
    for (unsigned i = 0; i < NELEM(dv); i++)
        for (unsigned j = 0; j < NELEM(dv); j++) {
            T2("sdiv x", "sdiv %[d], %[a], %[b]", 0, dv[i], dv[j]);
            T2("sdiv w", "sdiv %w[d], %w[a], %w[b]", 0, dv[i], dv[j]);
            T2("udiv w", "udiv %w[d], %w[a], %w[b]", 0, dv[i], dv[j]);
        }
    putln("muldiv done");
    return 0;
}
