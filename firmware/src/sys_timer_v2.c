/* sys_timer_v2: generic timer PPIs 27 (virtual) and 30 (physical) through
 * a GICv2 (GICD 0x08000000, GICC 0x08010000).
 * QEMU: -M virt,gic-version=2; a64dbg: --gic 2. */
#define GICV 2
#include "sys_timer.h"
