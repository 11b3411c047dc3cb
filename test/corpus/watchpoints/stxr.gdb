# gdb-multiarch script for firmware/bin/watchpoints.elf: a read watchpoint set between a
# load-exclusive and its store-exclusive (a_ldxr, a_stxr on av). QEMU 7.2 stops on the STXR (its
# compare-and-swap reads av first); a64dbg, as the Arm ARM, sees a store and stops on the next
# read (a_ld1). test/watchpoints.test.ts asserts both; scripts/make-watch-golden.sh ->
# test/golden/watchpoints/stxr.txt.
set pagination off
set confirm off
set output-radix 16
break a_stxr
continue
delete
rwatch *(long *)&av
continue
x/i $pc
kill
