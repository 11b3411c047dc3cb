# gdb-multiarch script for firmware/bin/watchpoints.elf (test/watchpoints.test.ts against a64dbg;
# scripts/make-watch-golden.sh against QEMU 7.2 -> test/golden/watchpoints/firmware.txt).
# One watchpoint per watched range; continue through every stop until the end of the sequence,
# showing each stop (gdb's own lines, then the instruction the PC is at).
set pagination off
set confirm off
set print symbol-filename off
set output-radix 16
break forms_end
watch *(long *)&wv
rwatch *(long *)&rv
awatch *(long *)&av
watch *(int *)&sv
watch *(long *)&zv
watch *(long *)&pv
rwatch *(long *)&rpv
watch *(long *)&ev
# gdb's own writes (M packets) do not trigger, with the watchpoints in the target: the first
# stop's old value is this one
set breakpoint always-inserted on
continue
set var *(long *)&wv = 0x77
while (long)$pc != (long)&forms_end
  x/i $pc
  continue
end
x/i $pc
kill
