/* crc: CRC32B/H/W/X and CRC32CB/H/W/X, single steps on edge inputs and
 * accumulated over a buffer with each width. */
#include "lib.h"

static const u64 cv[] = { 0, 1, 0xffffffffffffffffUL, 0x0123456789abcdefUL, 0x80000000000000ffUL };
static const u64 ci[] = { 0, 0xffffffff, 0x12345678, 0xffffffff00000001UL /* upper half ignored */ };

static u8 buf[256];

#define ACC(name, insn, T, step) do { u64 c = 0xffffffff; \
    for (unsigned k = 0; k < sizeof(buf); k += step) { u64 v = *(const T *)(buf + k); \
        __asm__ volatile(insn : "+r"(c) : "r"(v)); } \
    pr(name, c); pr(name " (final ~)", (u32)~c); } while (0)

int main(void)
{
    putln("crc start");
    for (unsigned i = 0; i < NELEM(ci); i++)
        for (unsigned j = 0; j < NELEM(cv); j++) {
            u64 c = ci[i], v = cv[j];
            T2("crc32b", "crc32b %w[d], %w[a], %w[b]", 0x5, c, v);
            T2("crc32h", "crc32h %w[d], %w[a], %w[b]", 0x5, c, v);
            T2("crc32w", "crc32w %w[d], %w[a], %w[b]", 0x5, c, v);
            T2("crc32x", "crc32x %w[d], %w[a], %[b]", 0x5, c, v);
            T2("crc32cb", "crc32cb %w[d], %w[a], %w[b]", 0x5, c, v);
            T2("crc32ch", "crc32ch %w[d], %w[a], %w[b]", 0x5, c, v);
            T2("crc32cw", "crc32cw %w[d], %w[a], %w[b]", 0x5, c, v);
            T2("crc32cx", "crc32cx %w[d], %w[a], %[b]", 0x5, c, v);
        }
    for (unsigned k = 0; k < sizeof(buf); k++)
        buf[k] = (u8)(k * 7 + 3);
    ACC("acc crc32b", "crc32b %w0, %w0, %w1", u8, 1);
    ACC("acc crc32h", "crc32h %w0, %w0, %w1", u16, 2);
    ACC("acc crc32w", "crc32w %w0, %w0, %w1", u32, 4);
    ACC("acc crc32x", "crc32x %w0, %w0, %1", u64, 8);
    ACC("acc crc32cb", "crc32cb %w0, %w0, %w1", u8, 1);
    ACC("acc crc32ch", "crc32ch %w0, %w0, %w1", u16, 2);
    ACC("acc crc32cw", "crc32cw %w0, %w0, %w1", u32, 4);
    ACC("acc crc32cx", "crc32cx %w0, %w0, %1", u64, 8);
    /* "123456789" check values: CRC-32 = cbf43926, CRC-32C = e3069283 */
    {
        const char *s = "123456789";
        u64 c1 = 0xffffffff, c2 = 0xffffffff;
        for (int k = 0; s[k]; k++) {
            u64 v = (u8)s[k];
            __asm__ volatile("crc32b %w0, %w0, %w1" : "+r"(c1) : "r"(v));
            __asm__ volatile("crc32cb %w0, %w0, %w1" : "+r"(c2) : "r"(v));
        }
        pr("crc32 check", (u32)~c1);
        pr("crc32c check", (u32)~c2);
    }
    putln("crc done");
    return 0;
}
