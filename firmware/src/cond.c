/* cond: conditional instructions.
 * For every condition (eq..nv) and every one of the 16 input NZCV values:
 * CCMP/CCMN (register and immediate, 64 and 32-bit; one hex digit = output
 * NZCV), CSEL/CSINC/CSINV/CSNEG (low byte of the result), the aliases
 * CSET/CSETM/CINC/CINV/CNEG (eq..le only), and B.cond (1 = taken).
 * Plus full-width spot checks of the 32-bit forms zeroing the upper half. */
#include "lib.h"

static const char hx[] = "0123456789abcdef";

static void row_start(const char *what, const char *cc)
{
    puts(what); putc(' '); puts(cc); puts(": ");
}

#define SETF(n) "msr nzcv, " n "\n\t"

/* CCMP/CCMN rows: operands chosen so the compare outcome differs from #imm */
#define CCROW(cc) do { u64 f; \
    row_start("ccmp x,x,#5", #cc); for (u64 n = 0; n < 16; n++) { \
        __asm__ volatile(SETF("%1") "ccmp %2, %3, #5, " #cc "\n\tmrs %0, nzcv" : "=r"(f) : "r"(n << 28), "r"(1UL), "r"(2UL) : "cc"); \
        putc(hx[f >> 28]); } putc('\n'); \
    row_start("ccmp w,#31,#3", #cc); for (u64 n = 0; n < 16; n++) { \
        __asm__ volatile(SETF("%1") "ccmp %w2, #31, #3, " #cc "\n\tmrs %0, nzcv" : "=r"(f) : "r"(n << 28), "r"(0UL) : "cc"); \
        putc(hx[f >> 28]); } putc('\n'); \
    row_start("ccmp w,w,#c", #cc); for (u64 n = 0; n < 16; n++) { \
        __asm__ volatile(SETF("%1") "ccmp %w2, %w3, #12, " #cc "\n\tmrs %0, nzcv" : "=r"(f) : "r"(n << 28), "r"(0x80000000UL), "r"(1UL) : "cc"); \
        putc(hx[f >> 28]); } putc('\n'); \
    row_start("ccmn x,x,#9", #cc); for (u64 n = 0; n < 16; n++) { \
        __asm__ volatile(SETF("%1") "ccmn %2, %3, #9, " #cc "\n\tmrs %0, nzcv" : "=r"(f) : "r"(n << 28), "r"(1UL), "r"(-1UL) : "cc"); \
        putc(hx[f >> 28]); } putc('\n'); \
    row_start("ccmn x,#31,#b", #cc); for (u64 n = 0; n < 16; n++) { \
        __asm__ volatile(SETF("%1") "ccmn %2, #31, #11, " #cc "\n\tmrs %0, nzcv" : "=r"(f) : "r"(n << 28), "r"(0x7fffffffffffffe1UL) : "cc"); \
        putc(hx[f >> 28]); } putc('\n'); \
    row_start("ccmn w,#0,#0", #cc); for (u64 n = 0; n < 16; n++) { \
        __asm__ volatile(SETF("%1") "ccmn %w2, #0, #0, " #cc "\n\tmrs %0, nzcv" : "=r"(f) : "r"(n << 28), "r"(0x80000000UL) : "cc"); \
        putc(hx[f >> 28]); } putc('\n'); \
    } while (0)

#define BYTE(v) do { putc(hx[((v) >> 4) & 15]); putc(hx[(v) & 15]); } while (0)

#define CSROW(name, insn, cc) do { u64 r; row_start(name, #cc); for (u64 n = 0; n < 16; n++) { \
        __asm__ volatile(SETF("%1") insn ", " #cc : "=r"(r) : "r"(n << 28), "r"(0x11UL), "r"(0x22UL) : "cc"); \
        BYTE(r); putc(' '); } putc('\n'); } while (0)

#define CSALL(cc) do { \
    CSROW("csel", "csel %0, %2, %3", cc); \
    CSROW("csinc", "csinc %0, %2, %3", cc); \
    CSROW("csinv", "csinv %0, %2, %3", cc); \
    CSROW("csneg", "csneg %0, %2, %3", cc); \
    } while (0)

#define ALIASES(cc) do { \
    CSROW("cset", "cset %0", cc); \
    CSROW("csetm", "csetm %0", cc); \
    CSROW("cinc", "cinc %0, %2", cc); \
    CSROW("cinv", "cinv %0, %2", cc); \
    CSROW("cneg", "cneg %0, %2", cc); \
    } while (0)

#define BROW(cc) do { row_start("b.cond", #cc); for (u64 n = 0; n < 16; n++) { u64 t; \
        __asm__ volatile(SETF("%1") "mov %0, #1\n\tb." #cc " 1f\n\tmov %0, #0\n1:" : "=&r"(t) : "r"(n << 28) : "cc"); \
        putc('0' + t); } putc('\n'); } while (0)

#define ALLCC(M) do { M(eq); M(ne); M(cs); M(cc); M(mi); M(pl); M(vs); M(vc); \
    M(hi); M(ls); M(ge); M(lt); M(gt); M(le); M(al); M(nv); } while (0)
#define ALLCC14(M) do { M(eq); M(ne); M(cs); M(cc); M(mi); M(pl); M(vs); M(vc); \
    M(hi); M(ls); M(ge); M(lt); M(gt); M(le); } while (0)

int main(void)
{
    putln("cond start");
    putln("== ccmp/ccmn: output nzcv for input nzcv 0..f");
    ALLCC(CCROW);
    putln("== csel family: low byte of result, a=0x11 b=0x22, input nzcv 0..f");
    ALLCC(CSALL);
    putln("== cset/csetm/cinc/cinv/cneg");
    ALLCC14(ALIASES);
    putln("== b.cond taken for input nzcv 0..f");
    ALLCC(BROW);
    putln("b.cond also via hs/lo aliases");
    BROW(hs); BROW(lo);

    putln("== full-width spot checks");
    T2("csel x eq (Z=1)", "csel %[d], %[a], %[b], eq", 0x4, 0x123456789abcdef0UL, 0xfedcba9876543210UL);
    T2("csel w eq (Z=1)", "csel %w[d], %w[a], %w[b], eq", 0x4, 0x123456789abcdef0UL, 0xfedcba9876543210UL);
    T2("csel w eq (Z=0)", "csel %w[d], %w[a], %w[b], eq", 0x0, 0x123456789abcdef0UL, 0xfedcba9876543210UL);
    T2("csinc x ne (Z=1)", "csinc %[d], %[a], %[b], ne", 0x4, 1, 0xffffffffffffffffUL);
    T2("csinc w ne (Z=1)", "csinc %w[d], %w[a], %w[b], ne", 0x4, 1, 0xffffffffffffffffUL);
    T2("csinv x lt", "csinv %[d], %[a], %[b], lt", 0x0, 1, 0x00000000ffff0000UL);
    T2("csinv w lt", "csinv %w[d], %w[a], %w[b], lt", 0x0, 1, 0x00000000ffff0000UL);
    T2("csneg x gt", "csneg %[d], %[a], %[b], gt", 0x4, 1, 0x8000000000000000UL);
    T2("csneg w gt", "csneg %w[d], %w[a], %w[b], gt", 0x4, 1, 0x0000000080000000UL);
    T2("csneg w gt b=5", "csneg %w[d], %w[a], %w[b], gt", 0x4, 1, 5);
    T0("cset w hi", "cset %w[d], hi", 0x2);
    T0("csetm w hi", "csetm %w[d], hi", 0x2);
    T0("csetm x hi", "csetm %[d], hi", 0x2);
    T1("cneg w mi", "cneg %w[d], %w[a], mi", 0x8, 0x100000001UL);
    T1("cinv x mi", "cinv %[d], %[a], mi", 0x8, 0x100000001UL);
    T1("cinc x vs", "cinc %[d], %[a], vs", 0x1, 0xffffffffffffffffUL);
    T1("cinc w vs", "cinc %w[d], %w[a], vs", 0x1, 0xffffffffffffffffUL);
    putln("cond done");
    return 0;
}
