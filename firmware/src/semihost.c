/* semihost: semihosting console calls SYS_WRITE0 (0x04) and SYS_WRITEC
 * (0x03) interleaved with PL011 UART output, then SYS_EXIT_EXTENDED with
 * code 0. Under QEMU 7.2 (-nographic -semihosting) the semihosting console
 * output goes to QEMU's stderr, the UART to stdout; the goldens keep them
 * apart (semihost.out = UART, semihost.err = semihosting console). */
#include "lib.h"

int main(void)
{
    putln("uart: line 1");
    semihost_write0("semihost write0: hello\n");
    putln("uart: line 2");
    semihost_writec('W');
    semihost_writec('C');
    semihost_writec('\n');
    semihost_write0("");
    semihost_write0("multi\nline\n");
    putln("uart: done");
    return 0;
}
