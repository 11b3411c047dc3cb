/* selfmod: self-modifying code (catches stale decoded-instruction caches).
 * 1. A code page in .bss: write "movz w0,#imm; ret", DC CVAU/DSB/IC IVAU/
 *    DSB/ISB, call it; rewrite with new immediates and call again (100x).
 * 2. Same with IC IALLU as the invalidation.
 * 3. Rewrite a B instruction's target in the page.
 * 4. A function in .text that patches an instruction in its OWN page,
 *    a few instructions ahead of the store, and then executes it. */
#include "lib.h"

static u32 page[1024] __attribute__((aligned(4096)));

typedef u64 (*fn_t)(void);

static u32 movz_w0(u32 imm) { return 0x52800000u | ((imm & 0xffff) << 5); }
static u32 movz_x0_hw(u32 imm, u32 hw) { return 0xd2800000u | (hw << 21) | ((imm & 0xffff) << 5); }
static const u32 RET = 0xd65f03c0u;
static u32 b_rel(int words) { return 0x14000000u | ((u32)words & 0x03ffffffu); }

static void sync_ivau(void *p, unsigned bytes)
{
    for (u64 a = (u64)p & ~63UL; a < (u64)p + bytes; a += 64)
        __asm__ volatile("dc cvau, %0" :: "r"(a) : "memory");
    __asm__ volatile("dsb ish" ::: "memory");
    for (u64 a = (u64)p & ~63UL; a < (u64)p + bytes; a += 64)
        __asm__ volatile("ic ivau, %0" :: "r"(a) : "memory");
    __asm__ volatile("dsb ish\n\tisb" ::: "memory");
}

static void sync_iallu(void)
{
    __asm__ volatile("dsb ish\n\tic iallu\n\tdsb ish\n\tisb" ::: "memory");
}

/* asm function living in its own page: patch_self(w0 = insn word) stores
 * the word at "slot" (in the same page, after the store) and runs it. */
__asm__(
    ".pushsection .text.selfpatch, \"ax\"\n"
    ".balign 4096\n"
    ".globl patch_self\n"
    "patch_self:\n"
    "  adr x1, 1f\n"
    "  str w0, [x1]\n"
    "  dc cvau, x1\n"
    "  dsb ish\n"
    "  ic ivau, x1\n"
    "  dsb ish\n"
    "  isb\n"
    "  mov x0, #0xdead\n"
    "1: nop\n"               /* patched */
    "  ret\n"
    ".popsection\n");
extern u64 patch_self(u32 insn);

int main(void)
{
    putln("selfmod start");
    fn_t f = (fn_t)(void *)page;

    putln("== code page in bss, ic ivau");
    page[0] = movz_w0(1);
    page[1] = RET;
    sync_ivau(page, 8);
    pr("call v1", f());
    page[0] = movz_w0(2);
    sync_ivau(page, 8);
    pr("call v2 (patched)", f());
    u64 sum = 0;
    for (u32 i = 0; i < 100; i++) {
        page[0] = movz_w0(i * 7 + 3);
        sync_ivau(page, 4);
        sum += f();
    }
    pr("100 patches, sum", sum);

    putln("== ic iallu");
    page[0] = movz_x0_hw(0xbeef, 2);
    sync_iallu();
    pr("call v3 (iallu)", f());
    page[0] = movz_x0_hw(0x1234, 3);
    sync_iallu();
    pr("call v4 (iallu)", f());

    putln("== patch a branch");
    /* page: [0] b +N ; [4] movz w0,#0x44; ret ; [8] movz w0,#0x88; ret */
    page[4] = movz_w0(0x44); page[5] = RET;
    page[8] = movz_w0(0x88); page[9] = RET;
    page[0] = b_rel(4);
    sync_ivau(page, 64);
    pr("b -> slot 4", f());
    page[0] = b_rel(8);
    sync_ivau(page, 4);
    pr("b -> slot 8", f());
    /* a longer straight-line sequence rewritten in place */
    for (int k = 0; k < 16; k++)
        page[k] = 0x91000400u;      /* add x0, x0, #1 */
    page[0] = movz_w0(0);
    page[16] = RET;
    sync_ivau(page, 68);
    pr("movz + 15 x add #1", f());
    page[7] = 0xd1002000u;          /* sub x0, x0, #8 */
    sync_ivau(page + 7, 4);
    pr("slot 7 -> sub #8", f());

    putln("== patch own page");
    pr("self: movz x0,#0x77", patch_self(movz_x0_hw(0x77, 0)));
    pr("self: movz x0,#0x99,lsl16", patch_self(movz_x0_hw(0x99, 1)));
    pr("self: add x0,x0,#1 (0xdead+1)", patch_self(0x91000400u));
    pr("self: nop (keeps 0xdead)", patch_self(0xd503201fu));
    putln("selfmod done");
    return 0;
}
