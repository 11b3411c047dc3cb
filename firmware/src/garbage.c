/* garbage: prints a line, then branches into a zero-filled page in .bss
 * (0x00000000 = UDF #0). Under QEMU this takes an exception and spins
 * forever (vector table at 0), so it has no golden output: the emulator
 * is expected to report the undefined instruction at a .bss address. */
#include "lib.h"

static u32 zeros[1024] __attribute__((aligned(4096)));

int main(void)
{
    putln("garbage: jumping into a zero-filled page");
    void (*f)(void) = (void (*)(void))(void *)zeros;
    f();
    putln("garbage: unreachable");
    return 0;
}
