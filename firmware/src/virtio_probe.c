/* virtio_probe: QEMU virt's 32 virtio-mmio transports (0x0a000000 + n * 0x200), all empty on a
 * board with no virtio devices. A probe must find "no device" (magic "virt", a version, device
 * ID 0) and go on: every slot's magic, version, device ID and vendor ID; then for slot 0 every
 * 32-bit register and the config space (non-zero ones printed), reads of 1, 2 and 8 bytes, and
 * writes (Status, QueueSel, DriverFeatures, config) that must change nothing. */
#include "lib.h"

#define SLOT(n) (0x0a000000UL + (u64)(n) * 0x200)
#define R32(a) (*(volatile u32 *)(a))

int main(void)
{
    putln("virtio_probe start");
    for (int n = 0; n < 32; n++) {
        u64 b = SLOT(n);
        puts("slot "); put_dec(n); puts(" @"); put_hex32((u32)b);
        puts(" magic "); put_hex32(R32(b + 0x000));
        puts(" version "); put_hex32(R32(b + 0x004));
        puts(" device "); put_hex32(R32(b + 0x008));
        puts(" vendor "); put_hex32(R32(b + 0x00c));
        putc('\n');
    }
    u64 b = SLOT(0);
    puts("slot 0 non-zero registers:");
    for (u64 o = 0; o < 0x200; o += 4) {
        u32 v = R32(b + o);
        if (v) { puts(" "); put_hex32((u32)o); puts("="); put_hex32(v); }
    }
    putc('\n');
    for (u64 o = 0; o < 4; o++) { puts("u8 @"); put_dec(o); puts(" "); put_hex32(*(volatile u8 *)(b + o)); putc('\n'); }
    for (u64 o = 0; o < 16; o += 2) { puts("u16 @"); put_dec(o); puts(" "); put_hex32(*(volatile u16 *)(b + o)); putc('\n'); }
    pr("u64 @0", *(volatile u64 *)(b + 0x0));
    pr("u64 @8", *(volatile u64 *)(b + 0x8));
    pr("u8 @0xc", *(volatile u8 *)(b + 0xc));
    pr("u8 @0xf", *(volatile u8 *)(b + 0xf));
    /* Writes: Status (0x070), QueueSel (0x030), DriverFeatures (0x020), GuestPageSize (0x028),
     * QueueNum (0x038), config (0x100); then everything reads as before. */
    R32(b + 0x070) = 0xf;
    R32(b + 0x030) = 1;
    R32(b + 0x020) = 0xffffffff;
    R32(b + 0x028) = 0x1000;
    R32(b + 0x038) = 16;
    R32(b + 0x100) = 0x12345678;
    *(volatile u8 *)(b + 0x000) = 0;
    *(volatile u64 *)(b + 0x008) = 0x1111111122222222UL;
    puts("after writes, non-zero registers:");
    for (u64 o = 0; o < 0x200; o += 4) {
        u32 v = R32(b + o);
        if (v) { puts(" "); put_hex32((u32)o); puts("="); put_hex32(v); }
    }
    putc('\n');
    /* The space between slot 31 and the next device reads as nothing is there (not probed: a
     * data abort); the last slot's last word is the end of the transports. */
    pr("slot 31 +0x1fc", R32(SLOT(31) + 0x1fc));
    putln("virtio_probe done");
    return 0;
}
