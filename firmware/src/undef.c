/* undef: prints a line, then executes .inst 0x00000000 (UDF #0).
 * Under QEMU this takes an exception and spins forever, so there is no
 * golden output; the emulator should stop with an undefined-instruction
 * error at the address of the UDF. */
#include "lib.h"

int main(void)
{
    putln("undef: executing udf #0");
    __asm__ volatile(".inst 0x00000000" ::: "memory");
    putln("undef: unreachable");
    return 0;
}
