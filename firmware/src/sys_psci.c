/* sys_psci: PSCI over HVC (QEMU virt without EL2/EL3 uses the HVC conduit).
 * Prints the x0 results of PSCI_VERSION, PSCI_FEATURES, MIGRATE_INFO_TYPE,
 * AFFINITY_INFO, CPU_ON for a CPU that does not exist and function IDs that
 * QEMU does not recognise, then calls SYSTEM_OFF: QEMU exits with status 0
 * without any semihosting call (golden sys_psci.exit = 0). */
#include "sys.h"

#define PSCI_VERSION        0x84000000UL
#define CPU_SUSPEND_64      0xc4000001UL
#define CPU_OFF             0x84000002UL
#define CPU_ON_64           0xc4000003UL
#define AFFINITY_INFO_64    0xc4000004UL
#define MIGRATE_64          0xc4000005UL
#define MIGRATE_INFO_TYPE   0x84000006UL
#define SYSTEM_OFF          0x84000008UL
#define SYSTEM_RESET        0x84000009UL
#define PSCI_FEATURES       0x8400000aUL
#define SYSTEM_SUSPEND_64   0xc400000eUL
#define SYSTEM_RESET2_64    0xc4000012UL

static volatile u64 undef_traps;

void sys_trap(struct trap_frame *f, u64 vec)
{
    /* an HVC that QEMU does not treat as PSCI is UNDEFINED (no EL2) */
    if (VEC_KIND(vec) == VEC_SYNC && ESR_EC(f->esr) == 0x00) {
        undef_traps++;
        puts("  trap: UNDEFINED"); kv32("esr", f->esr); putc('\n');
        f->elr += 4;
        f->x[0] = 0x5555;
        return;
    }
    sys_unexpected(f, vec);
}

static u64 hvc(u64 fn, u64 a1, u64 a2, u64 a3)
{
    register u64 x0 __asm__("x0") = fn;
    register u64 x1 __asm__("x1") = a1;
    register u64 x2 __asm__("x2") = a2;
    register u64 x3 __asm__("x3") = a3;
    __asm__ volatile("hvc #0" : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3) :: "memory");
    return x0;
}

static void call(const char *name, u64 fn, u64 a1, u64 a2, u64 a3)
{
    u64 r = hvc(fn, a1, a2, a3);
    puts(name); puts(" -> "); put_hex(r); puts(" ("); put_dec((i64)r); puts(")\n");
}

static void features(const char *name, u64 id)
{
    u64 r = hvc(PSCI_FEATURES, id, 0, 0);
    puts("PSCI_FEATURES("); puts(name); puts(") -> "); put_dec((i64)r); putc('\n');
}

int main(void)
{
    putln("sys_psci");
    sys_install_vectors();
    call("PSCI_VERSION", PSCI_VERSION, 0, 0, 0);
    features("PSCI_VERSION", PSCI_VERSION);
    features("CPU_ON_64", CPU_ON_64);
    features("CPU_OFF", CPU_OFF);
    features("AFFINITY_INFO_64", AFFINITY_INFO_64);
    features("MIGRATE_INFO_TYPE", MIGRATE_INFO_TYPE);
    features("SYSTEM_OFF", SYSTEM_OFF);
    features("SYSTEM_RESET", SYSTEM_RESET);
    features("PSCI_FEATURES", PSCI_FEATURES);
    features("0x84000099", 0x84000099UL);
    features("0x12345678", 0x12345678UL);
    call("MIGRATE_INFO_TYPE", MIGRATE_INFO_TYPE, 0, 0, 0);
    call("AFFINITY_INFO_64(mpidr 0)", AFFINITY_INFO_64, 0, 0, 0);
    call("CPU_ON_64(mpidr 0x7, bogus entry)", CPU_ON_64, 7, 0x40080000UL, 0);
    call("unknown 0xffffffff", 0xffffffffUL, 0, 0, 0);
    call("unknown 0x84000099", 0x84000099UL, 0, 0, 0);
    pr("undefined traps", undef_traps);
    putln("SYSTEM_OFF");
    hvc(SYSTEM_OFF, 0, 0, 0);
    putln("still running after SYSTEM_OFF");
    return 3;
}
