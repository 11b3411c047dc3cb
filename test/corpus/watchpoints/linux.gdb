# gdb-multiarch script for the default guest with .cache/vmlinux/vmlinux's symbols
# (test/watchpoints.test.ts against a64dbg; scripts/make-watch-golden.sh against QEMU 7.2 ->
# test/golden/watchpoints/linux.txt). All three stops come early in the boot (the last in
# start_kernel).
set pagination off
set confirm off
set output-radix 16
set print frame-arguments none
# 1. A global that memset zeroes with DC ZVA: sysrq_rcu, in .bss, which __primary_switched
#    clears (memset) just after the MMU is on. Set at reset, with the MMU off: gdb cannot read
#    the variable yet, hence its "<unreadable>" old value.
watch sysrq_rcu
continue
x/i $pc
bt 2
delete
# 2. A variable that memset zeroes with DC ZVA: __parse_cmdline's `char buf[256]` on the init
#    stack (arch/arm64/kernel/idreg-override.c), at its memset call (the first __parse_cmdline
#    call: the device tree's bootargs). buf[0x48..0x50) still holds an earlier frame's return
#    address, and lies in the first 64-byte block memset clears with DC ZVA.
hbreak *((char *)__parse_cmdline + 92)
continue
x/i $pc
delete
watch -l *(long *)($x0 + 0x48)
continue
x/i $pc
bt 2
delete
# 3. A reference count updated by an atomic: sched_init's mmgrab(&init_mm) (cortex-a57 has no
#    LSE: an LDXR/ADD/STXR loop; the STXR writes it).
watch -l init_mm.mm_count.counter
continue
x/i $pc
bt 2
kill
