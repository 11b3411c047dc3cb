/* watchpoints: every form of data access, one per label, touching ranges that
 * test/corpus/watchpoints/firmware.gdb watches (scripts/make-watch-golden.sh records what
 * gdb-multiarch prints against QEMU 7.2's gdbstub; test/watchpoints.test.ts replays it against
 * a64dbg).
 * (Needs -cpu max: LSE atomics, CAS/CASP, LDAPR; built with -march=armv8.4-a.)
 *
 * The labels are the accessing instructions. Watched (test/corpus/watchpoints/firmware.gdb):
 *   wv   watch  8 bytes   every store form writes it, each with a new value
 *   rv   rwatch 8 bytes   every load form reads it
 *   av   awatch 8 bytes   loads, stores, read-modify-writes
 *   sv   watch  4 bytes   stores that straddle the range's boundaries
 *   zv   watch  8 bytes   DC ZVA zeroes its 64-byte block
 *   pv   watch  8 bytes   first bytes of a page whose previous page is not watched:
 *                         accesses that cross into it (the page before is on the TLB fast path)
 *   rpv  rwatch 8 bytes   the same for loads
 *   ev   watch  8 bytes   the last bytes of a page: accesses that start there and cross out
 * Every labelled form is followed by an instruction without a label, so a stop after it shows
 * as <label+4> (<label+8> after the exclusive loads: see below).
 * n_* labels touch bytes next to a watched range, or access it in a way the watchpoint's kind
 * does not match (a load under `watch`, a store under `rwatch`, PRFM, DC CVAC): no stop.
 * gdb steps over a watchpoint stop, and on AArch64 it steps a load of the load/store-exclusive
 * class (LDXR, LDAXR, LDXP, LDAR...) as the start of an atomic sequence: to the instruction
 * after the next store of that class within 16 instructions, watchpoints removed. Each such
 * load form is therefore followed by a STLR to an unwatched page, so the sequence ends there
 * and the next form is reached with the watchpoints in place.
 * At the end the program prints the loaded registers' checksum and the watched words
 * (test/golden/firmware/watchpoints.out: a64dbg computes the same values as QEMU). */

    .arch armv8.4-a

    .data
    .balign 4096
page0:
    .fill 0x100, 1, 0x11
wv:  .quad 0x1000000000000001
wv2: .quad 0x2000000000000002
    .fill 0x100 - 16, 1, 0x11
rv:  .quad 0x3000000000000003
rv2: .quad 0x4000000000000004
    .fill 0x100 - 16, 1, 0x11
av:  .quad 0x5000000000000005
av2: .quad 0x6000000000000006
    .fill 0x100 - 16, 1, 0x11
sv0: .long 0x70000007               /* 0x400: sv is the 4 bytes after it */
sv:  .long 0x80000008
sv1: .quad 0x9000000000000009
    .balign 64
zblk: .fill 64, 1, 0x22            /* DC ZVA block */
    .balign 64
zv = zblk + 24
    .balign 4096
page1:                              /* not watched */
    .fill 4096, 1, 0x33
page2:
pv:  .quad 0xa00000000000000a
    .fill 4096 - 16, 1, 0x44
ev:  .quad 0xb00000000000000b       /* the last 8 bytes of page 2 */
page3:                              /* not watched */
    .fill 4096, 1, 0x55
page4:
rpv: .quad 0xc00000000000000c
    .fill 4096 - 8, 1, 0x66

    .bss
    .balign 16
sum: .quad 0

    .text
    .globl main
main:
    stp     x29, x30, [sp, #-16]!
    mov     x29, sp
    mov     x0, #(3 << 20)          /* CPACR_EL1.FPEN: FP/SIMD without traps */
    msr     cpacr_el1, x0
    isb
    adr     x19, wv
    adr     x20, rv
    adr     x21, av
    adr     x22, sv
    adr     x23, pv
    adr     x24, rpv
    adr     x25, ev
    adr     x26, zv
    adr     x27, page1
    mov     x28, #0                 /* checksum of loaded values */
    mov     x9, #0x100              /* the next value stored to a watched word */
    mov     x10, #1
    ldr     x0, [x27, #8]           /* page 1 (and 3) are on the TLB fast path */
    str     x0, [x27, #16]
    ldr     x0, [x27, #0x2000]
    str     x0, [x27, #0x2010]
    nop
    /* ---- stores to wv (watch) */
    add     x9, x9, #1
w_str:
    str     x9, [x19]
    add     x9, x9, #1
w_strb:
    strb    w9, [x19]
    add     x9, x9, #1
w_strh:
    strh    w9, [x19, #6]
    add     x9, x9, #1
w_str_w:
    str     w9, [x19, #4]
    add     x9, x9, #1
w_stur:
    stur    x9, [x19]
    add     x9, x9, #1
    sub     x0, x19, #8
w_str_pre:
    str     x9, [x0, #8]!
    add     x9, x9, #1
w_str_post:
    str     x9, [x0], #8
    add     x9, x9, #1
    mov     x1, #1
w_str_reg:
    str     x9, [x19, x1, lsl #0]   /* wv+1: unaligned, still inside wv */
    add     x9, x9, #1
    sub     x0, x19, #8
w_stp:
    stp     x9, x9, [x0]            /* second element */
    add     x9, x9, #1
w_stp_w:
    stp     w9, w10, [x19]
    add     x9, x9, #1
w_stnp:
    stnp    x9, x10, [x19]
    add     x9, x9, #1
w_sttr:
    sttr    x9, [x19]
    add     x9, x9, #1
w_sttrb:
    sttrb   w9, [x19, #3]
    add     x9, x9, #1
w_stlr:
    stlr    x9, [x19]
    add     x9, x9, #1
w_stlrb:
    stlrb   w9, [x19]
    ldxr    x11, [x19]              /* a load: not under `watch` */
    add     x9, x9, #1
w_stxr:
    stxr    w12, x9, [x19]
    add     x28, x28, x12
    ldaxr   w11, [x19]
    add     x9, x9, #1
w_stlxr:
    stlxr   w12, w9, [x19]
    add     x28, x28, x12
    ldxp    x11, x12, [x19]
    add     x9, x9, #1
w_stxp:
    stxp    w13, x9, x10, [x19]
    add     x28, x28, x13
    ldaxp   w11, w12, [x19]
    add     x9, x9, #1
w_stlxp_w:
    stlxp   w13, w9, w10, [x19]
    add     x28, x28, x13
w_ldadd:
    ldadd   x10, x11, [x19]
    add     x28, x28, x11
w_ldaddal_w:
    ldaddal w10, w11, [x19]
    add     x28, x28, x11
w_ldclr:
    ldclr   x10, x11, [x19]
    add     x28, x28, x11
w_ldset:
    ldset   x10, x11, [x19]
    add     x28, x28, x11
w_ldeor:
    ldeor   x10, x11, [x19]
    add     x28, x28, x11
    mov     x1, #0x200000000
w_ldsmax:
    ldsmax  x1, x11, [x19]
    add     x28, x28, x11
w_ldumin:
    ldumin  x10, x11, [x19]
    add     x28, x28, x11
w_stadd:
    stadd   x10, [x19]
    add     x9, x9, #1
w_swp:
    swp     x9, x11, [x19]
    add     x28, x28, x11
w_swpb:
    swpb    w10, w11, [x19]
    add     x28, x28, x11
    ldr     x11, [x19]
    add     x9, x9, #1
w_cas:
    cas     x11, x9, [x19]
    add     x28, x28, x11
    ldr     w11, [x19]
    add     x9, x9, #1
w_casal_w:
    casal   w11, w9, [x19]
    add     x28, x28, x11
    ldp     x12, x13, [x19]
    add     x9, x9, #1
    mov     x14, x9
    mov     x15, x10
w_casp:
    casp    x12, x13, x14, x15, [x19]
    add     x28, x28, x12
    add     x9, x9, #1
    dup     v0.2d, x9
w_str_b:
    str     b0, [x19, #2]
    add     x9, x9, #1
    dup     v0.2d, x9
w_str_h:
    str     h0, [x19]
    add     x9, x9, #1
    dup     v0.2d, x9
w_str_s:
    str     s0, [x19, #4]
    add     x9, x9, #1
    dup     v0.2d, x9
w_str_d:
    str     d0, [x19]
    add     x9, x9, #1
    dup     v0.2d, x9
    sub     x0, x19, #8
w_str_q:
    str     q0, [x0]                /* wv is the upper half */
    add     x9, x9, #1
    dup     v0.2d, x9
    dup     v1.2d, x10
    sub     x0, x19, #16
w_stp_q:
    stp     q1, q0, [x0]            /* wv is in the second register */
    add     x9, x9, #1
    dup     v0.2d, x9
    sub     x0, x19, #16
w_stp_d:
    stp     d1, d0, [x0, #8]
    add     x9, x9, #1
    dup     v0.2d, x9
w_stnp_s:
    stnp    s0, s1, [x19]
    add     x9, x9, #1
    dup     v3.16b, w9
    dup     v0.16b, w10
    dup     v1.16b, w10
    dup     v2.16b, w10
    sub     x0, x19, #48
w_st1_4:
    st1     {v0.16b, v1.16b, v2.16b, v3.16b}, [x0]   /* wv in the fourth register's bytes */
    add     x9, x9, #1
    dup     v0.8h, w9
    sub     x0, x19, #16
w_st2:
    st2     {v0.8h, v1.8h}, [x0]
    add     x9, x9, #1
    dup     v2.4s, w9
    sub     x0, x19, #24
w_st3:
    st3     {v0.2d, v1.2d, v2.2d}, [x0]   /* wv is v0.d[1] */
    add     x9, x9, #1
    dup     v3.8b, w9
    sub     x0, x19, #24
w_st4:
    st4     {v0.8b, v1.8b, v2.8b, v3.8b}, [x0]
    add     x9, x9, #1
    dup     v0.2d, x9
w_st1_lane:
    st1     {v0.d}[1], [x19]
    add     x9, x9, #1
    dup     v1.4s, w9
    sub     x0, x19, #4
w_st2_lane:
    st2     {v0.s, v1.s}[2], [x0]
    add     x9, x9, #1
    dup     v3.16b, w9
    sub     x0, x19, #3
w_st4_lane:
    st4     {v0.b, v1.b, v2.b, v3.b}[7], [x0]
    add     x9, x9, #1
    sub     x0, x19, #32
    dup     v0.2d, x9
w_st1_post:
    st1     {v0.2d, v1.2d, v2.2d}, [x0], #48
    nop
    /* ---- stores next to wv, and loads of it: no stop */
n_str_before:
    str     x9, [x19, #-8]
n_str_after:
    str     x9, [x19, #8]
n_stp_around:
    stp     x9, x9, [x19, #8]
n_ldr_wv:
    ldr     x11, [x19]
    add     x28, x28, x11
    add     x0, x19, #8
n_ldadd_after:
    ldadd   x10, x11, [x0]
    /* ---- loads of rv (rwatch) */
r_ldr_lit:
    ldr     x11, rv                 /* literal */
    add     x28, x28, x11
r_ldrsw_lit:
    ldrsw   x11, rv + 4
    add     x28, x28, x11
r_ldr:
    ldr     x11, [x20]
    add     x28, x28, x11
r_ldrb:
    ldrb    w11, [x20, #7]
    add     x28, x28, x11
r_ldrsh:
    ldrsh   x11, [x20, #2]
    add     x28, x28, x11
r_ldrsw:
    ldrsw   x11, [x20, #4]
    add     x28, x28, x11
r_ldur:
    ldur    x11, [x20, #-4]         /* straddles rv's start */
    add     x28, x28, x11
    sub     x0, x20, #8
r_ldr_pre:
    ldr     x11, [x0, #8]!
    add     x28, x28, x11
r_ldr_post:
    ldr     x11, [x0], #8
    add     x28, x28, x11
    mov     x1, #6
r_ldr_reg:
    ldr     x11, [x20, x1]          /* rv+6: straddles rv's end */
    add     x28, x28, x11
    sub     x0, x20, #8
r_ldp:
    ldp     x11, x12, [x0]
    add     x28, x28, x12
r_ldpsw:
    ldpsw   x11, x12, [x20]
    add     x28, x28, x11
r_ldnp:
    ldnp    x11, x12, [x20]
    add     x28, x28, x11
r_ldtr:
    ldtr    x11, [x20]
    add     x28, x28, x11
r_ldtrsb:
    ldtrsb  x11, [x20, #1]
    add     x28, x28, x11
r_ldar:
    ldar    x11, [x20]
    stlr    wzr, [x27]              /* closes gdb's atomic sequence (below) */
    add     x28, x28, x11
    add     x0, x20, #6
r_ldarh:
    ldarh   w11, [x0]
    stlr    wzr, [x27]              /* closes gdb's atomic sequence (below) */
    add     x28, x28, x11
r_ldapr:
    ldapr   x11, [x20]
    add     x28, x28, x11
r_ldxr:
    ldxr    x11, [x20]
    stlr    wzr, [x27]              /* closes gdb's atomic sequence (below) */
    add     x28, x28, x11
    clrex
r_ldaxrb:
    ldaxrb  w11, [x20]
    stlr    wzr, [x27]              /* closes gdb's atomic sequence (below) */
    add     x28, x28, x11
    clrex
r_ldxp:
    ldxp    x11, x12, [x20]
    stlr    wzr, [x27]              /* closes gdb's atomic sequence (below) */
    add     x28, x28, x12
    clrex
r_ldaxp_w:
    ldaxp   w11, w12, [x20]
    stlr    wzr, [x27]              /* closes gdb's atomic sequence (below) */
    add     x28, x28, x12
    clrex
    add     x0, x20, #8
n_ldaxp_rv2:
    ldaxp   w11, w12, [x0]          /* rv2: no stop */
    stlr    wzr, [x27]              /* closes gdb's atomic sequence (below) */
    clrex
    mov     x1, #0
r_ldadd:
    ldadd   x1, x11, [x20]          /* read-modify-write adding 0: a read for rwatch */
    add     x28, x28, x11
    add     x0, x20, #2
r_ldumax_h:
    ldumaxh w1, w11, [x0]
    add     x28, x28, x11
r_stset:
    stset   x1, [x20]
    mov     x11, #0
r_cas_fail:
    cas     x11, x9, [x20]          /* compare fails: still a read (and a write) */
    add     x28, x28, x11
    mov     x12, #0
    mov     x13, #0
r_casp_fail:
    caspa   x12, x13, x14, x15, [x20]
    add     x28, x28, x12
r_ldr_again:
    ldr     x11, [x20]
    nop
r_swp_same:
    swp     x11, x12, [x20]         /* same value back: a read */
    add     x28, x28, x12
r_ldr_b:
    ldr     b0, [x20, #5]
    fmov    x11, d0
    add     x28, x28, x11
r_ldr_h:
    ldr     h0, [x20, #6]
    fmov    x11, d0
    add     x28, x28, x11
r_ldr_s:
    ldr     s0, [x20]
    fmov    x11, d0
    add     x28, x28, x11
r_ldr_d:
    ldr     d0, [x20]
    fmov    x11, d0
    add     x28, x28, x11
    sub     x0, x20, #8
r_ldr_q:
    ldr     q0, [x0]
    mov     x11, v0.d[1]
    add     x28, x28, x11
r_ldr_q_lit:
    ldr     q0, rv - 8              /* literal: rv is the upper half */
    mov     x11, v0.d[1]
    add     x28, x28, x11
    sub     x0, x20, #16
r_ldp_q:
    ldp     q1, q0, [x0]
    mov     x11, v0.d[0]
    add     x28, x28, x11
r_ldnp_d:
    ldnp    d1, d0, [x0, #8]
    fmov    x11, d0
    add     x28, x28, x11
    sub     x0, x20, #48
r_ld1_4:
    ld1     {v0.2d, v1.2d, v2.2d, v3.2d}, [x0]   /* rv is the last register's first half */
    mov     x11, v3.d[0]
    add     x28, x28, x11
    sub     x0, x20, #16
r_ld2:
    ld2     {v0.4s, v1.4s}, [x0]
    mov     x11, v0.d[1]
    add     x28, x28, x11
    sub     x0, x20, #40
r_ld3:
    ld3     {v0.2d, v1.2d, v2.2d}, [x0]          /* rv is v2.d[1] */
    mov     x11, v2.d[1]
    add     x28, x28, x11
    sub     x0, x20, #24
r_ld4:
    ld4     {v0.8b, v1.8b, v2.8b, v3.8b}, [x0]
    fmov    x11, d3
    add     x28, x28, x11
    sub     x0, x20, #2
r_ld1_lane:
    ld1     {v0.s}[1], [x0]          /* rv-2..rv+2: straddles rv's start */
    mov     x11, v0.d[0]
    add     x28, x28, x11
    add     x0, x20, #0
r_ld1_lane2:
    ld1     {v0.h}[5], [x0]
    mov     x11, v0.d[1]
    add     x28, x28, x11
    sub     x0, x20, #4
r_ld3_lane:
    ld3     {v0.s, v1.s, v2.s}[1], [x0]
    fmov    x11, d1
    add     x28, x28, x11
r_ld1r:
    ld1r    {v0.4s}, [x20]
    fmov    x11, d0
    add     x28, x28, x11
    sub     x0, x20, #2
r_ld4r:
    ld4r    {v0.8b, v1.8b, v2.8b, v3.8b}, [x0]   /* rv's first two bytes are the last two elements */
    fmov    x11, d3
    add     x28, x28, x11
    sub     x0, x20, #8
r_ld1_post:
    ld1     {v0.1d, v1.1d}, [x0], #16
    fmov    x11, d1
    add     x28, x28, x11
    /* ---- loads next to rv, stores to it, hints: no stop */
n_ldr_before:
    ldr     x11, [x20, #-8]
n_ldr_after:
    ldr     x11, [x20, #8]
n_ld1_around:
    ld1     {v0.2d}, [x0]            /* rv+8..rv+24 */
n_str_rv:
    str     x11, [x20]
n_stp_rv:
    stp     x11, x12, [x20, #-8]
n_prfm:
    prfm    pldl1keep, [x20]
n_dc_cvac:
    dc      cvac, x20
    /* ---- av (awatch): loads, stores, read-modify-writes */
a_ldr:
    ldr     x11, [x21]
    add     x28, x28, x11
    add     x9, x9, #1
a_str:
    str     x9, [x21]
    nop
a_str_same:
    str     x9, [x21]               /* same value again: awatch stops anyway */
    nop
a_ldadd:
    ldadd   x10, x11, [x21]
    add     x28, x28, x11
    mov     x1, #0
a_ldadd_zero:
    ldadd   x1, x11, [x21]
    add     x28, x28, x11
a_cas:
    cas     x11, x9, [x21]
    add     x28, x28, x11
    mov     x11, #0
a_cas_fail:
    cas     x11, x9, [x21]
    add     x28, x28, x11
a_ldxr:
    ldxr    x11, [x21]
    stlr    wzr, [x27]              /* closes gdb's atomic sequence (the monitor stays set) */
    add     x9, x9, #1
a_stxr:
    stxr    w12, x9, [x21]
    add     x28, x28, x12
a_ld1:
    ld1     {v0.2d}, [x21]
    sub     x0, x21, #8
    add     x9, x9, #1
    dup     v0.2d, x9
a_stp_q:
    stp     q0, q0, [x0]
    /* ---- sv (watch, 4 bytes): stores that straddle its boundaries */
    add     x9, x9, #1
    sub     x0, x22, #4
s_str_over:
    str     x9, [x0]                /* sv0 and sv */
    add     x9, x9, #1
s_str_end:
    str     x9, [x22]               /* sv and the first half of sv1 */
    add     x9, x9, #1
s_strh_mid:
    strh    w9, [x22, #1]
    add     x9, x9, #1
    sub     x0, x22, #2
s_str_w_start:
    str     w9, [x0]                /* the last 2 bytes of sv0, the first 2 of sv */
    add     x9, x9, #1
    dup     v0.16b, w9
    sub     x0, x22, #14
s_st1:
    st1     {v0.16b}, [x0]          /* ends after sv's second byte */
    nop
n_str_sv0:
    str     w9, [x22, #-4]
n_str_sv1:
    str     x9, [x22, #4]
    /* ---- zv (watch): DC ZVA zeroes the 64-byte block that holds it */
    sub     x0, x26, #24
    add     x0, x0, #5              /* any address in the block */
z_dc_zva:
    dc      zva, x0
    /* ---- pv (watch) at the start of page 2, page 1 on the fast path */
    add     x9, x9, #1
    sub     x0, x23, #4
p_str_cross:
    str     x9, [x0]                /* page1+0xffc..page2+3 */
    add     x9, x9, #1
p_stp_cross:
    stp     w10, w9, [x0]           /* the second element is pv's first word */
    add     x9, x9, #1
    sub     x0, x23, #8
p_stp_x_cross:
    stp     x10, x9, [x0]
    add     x9, x9, #1
    dup     v0.2d, x9
    sub     x0, x23, #12
p_st1_cross:
    st1     {v0.16b}, [x0]
    add     x9, x9, #1
    dup     v0.2d, x9
    dup     v1.2d, x9
    sub     x0, x23, #20
p_st2_cross:
    st2     {v0.4s, v1.4s}, [x0]
    add     x9, x9, #1
    dup     v0.2d, x9
    sub     x0, x23, #16
p_stp_q_cross:
    stp     q0, q0, [x0]
    sub     x0, x23, #8
n_str_page1_end:
    str     x9, [x0]                /* page 1's last 8 bytes: no stop */
    /* ---- ev (watch): the last bytes of page 2, accesses crossing into page 3 */
    add     x9, x9, #1
e_str_cross:
    str     x9, [x25, #4]
    add     x9, x9, #1
    dup     v0.2d, x9
e_st1_cross:
    st1     {v0.16b}, [x25]
    add     x9, x9, #1
e_stp_cross:
    stp     x9, x9, [x25]
    /* ---- rpv (rwatch) at the start of page 4, page 3 on the fast path */
    sub     x0, x24, #4
q_ldr_cross:
    ldr     x11, [x0]
    add     x28, x28, x11
q_ldp_cross:
    ldp     w11, w12, [x0]
    add     x28, x28, x12
    sub     x0, x24, #8
q_ld1_cross:
    ld1     {v0.16b}, [x0]
    mov     x11, v0.d[1]
    add     x28, x28, x11
    sub     x0, x24, #16
q_ldp_q_cross:
    ldp     q0, q1, [x0]
    fmov    x11, d1
    add     x28, x28, x11
    sub     x0, x24, #8
n_ldr_page3_end:
    ldr     x11, [x0]
forms_end:
    /* ---- results: the checksum and every watched word */
    adrp    x0, sum
    str     x28, [x0, :lo12:sum]
    mov     x0, x28
    bl      put_hex
    mov     x0, #'\n'
    bl      putc
    adr     x19, results
1:  ldr     x0, [x19], #8
    cbz     x0, 2f
    ldr     x0, [x0]
    bl      put_hex
    mov     x0, #'\n'
    bl      putc
    b       1b
2:  mov     w0, #0
    ldp     x29, x30, [sp], #16
    ret

    .section .rodata
    .balign 8
results:
    .quad wv, wv2, rv, rv2, av, av2, sv0, sv1, zv, pv, ev, rpv, 0
