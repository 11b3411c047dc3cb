/* a64dbg firmware entry: set SP, zero .bss, call main, exit via semihosting
 * (SYS_EXIT_EXTENDED) with main's return value as the exit code. */
    .section .text.start, "ax"
    .globl _start
_start:
    ldr     x0, =__stack_top
    mov     sp, x0
    ldr     x0, =__bss_start
    ldr     x1, =__bss_end
1:  cmp     x0, x1
    b.hs    2f
    str     xzr, [x0], #8
    b       1b
2:  bl      main
    bl      semihost_exit
3:  b       3b
    .ltorg
