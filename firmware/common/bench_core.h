/* Shared CPU-bound workload for bench / bench_small. Deterministic.
 * Include after defining BENCH_ROUNDS and BENCH_N. Per round, a mix chosen so that no single
 * loop dominates (calls and stack pairs, branches, loads/stores, ALU, CRC):
 *   LCG fill of BENCH_N u32 -> 64-bit copy -> recursive quicksort of the copy ->
 *   insertion sort of the first ISORT_N entries of the original -> sortedness check ->
 *   CRC32C (crc32cx) over the array -> Fletcher-32 over its bytes ->
 *   an xorshift64 mix, all folded into a running digest. */
#include "lib.h"

#define ISORT_N 256

static u32 arr[BENCH_N];
static u32 work[BENCH_N];
static u32 lcg_state = 12345;

static u32 lcg(void)
{
    lcg_state = lcg_state * 1103515245u + 12345u;
    return lcg_state;
}

static void isort(u32 *a, int n)
{
    for (int i = 1; i < n; i++) {
        u32 v = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void copy64(u64 *dst, const u64 *src, int nwords)
{
    for (int i = 0; i < nwords; i++)
        dst[i] = src[i];
}

static void qsort_u32(u32 *a, int lo, int hi)
{
    while (lo < hi) {
        u32 pivot = a[lo + (hi - lo) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                u32 t = a[i]; a[i] = a[j]; a[j] = t;
                i++; j--;
            }
        }
        /* recurse into the smaller half, loop on the larger */
        if (j - lo < hi - i) { qsort_u32(a, lo, j); lo = i; }
        else { qsort_u32(a, i, hi); hi = j; }
    }
}

static u64 crc_buf(const u64 *p, int nwords, u64 c)
{
    for (int i = 0; i < nwords; i++)
        __asm__("crc32cx %w0, %w0, %1" : "+r"(c) : "r"(p[i]));
    return c;
}

static u32 fletcher32(const u8 *p, int n)
{
    u32 s1 = 0xffff, s2 = 0xffff;
    for (int i = 0; i < n; i++) {
        s1 += p[i];
        if (s1 >= 65535) s1 -= 65535;
        s2 += s1;
        if (s2 >= 65535) s2 -= 65535;
    }
    return (s2 << 16) | s1;
}

static u64 xorshift(u64 x, int n)
{
    for (int i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return x;
}

static int bench_main(const char *name)
{
    u64 digest = 0xcbf29ce484222325UL;
    u64 bad = 0;
    puts(name); puts(" start: rounds="); put_udec(BENCH_ROUNDS); puts(" n="); put_udec(BENCH_N); putc('\n');
    for (int r = 0; r < BENCH_ROUNDS; r++) {
        for (int i = 0; i < BENCH_N; i++)
            arr[i] = lcg() >> 4;
        copy64((u64 *)work, (const u64 *)arr, BENCH_N / 2);
        qsort_u32(work, 0, BENCH_N - 1);
        isort(arr, ISORT_N);
        for (int i = 1; i < BENCH_N; i++)
            bad += work[i - 1] > work[i];
        for (int i = 1; i < ISORT_N; i++)
            bad += arr[i - 1] > arr[i];
        u64 c = crc_buf((const u64 *)work, BENCH_N / 2, 0xffffffff);
        u32 f = fletcher32((const u8 *)arr, BENCH_N * 4);
        u64 x = xorshift(digest ^ c ^ ((u64)f << 32), 2000);
        digest = (digest ^ x) * 0x100000001b3UL;
        if ((r & 7) == 7 || r == BENCH_ROUNDS - 1) {
            puts("round "); put_udec(r); puts(": crc="); put_hex32((u32)c);
            puts(" fletcher="); put_hex32(f); puts(" digest="); put_hex(digest); putc('\n');
        }
    }
    pr("unsorted pairs", bad);
    pr("digest", digest);
    puts(name); putln(" done");
    return bad ? 1 : 0;
}
