/* sys_timer_v3: generic timer PPIs 27 (virtual) and 30 (physical) through
 * a GICv3 (GICD 0x08000000, GICR 0x080a0000, ICC_* system registers).
 * QEMU: -M virt,gic-version=3; a64dbg: --gic 3. */
#define GICV 3
#include "sys_timer.h"
