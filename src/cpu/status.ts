// What the interpreter's parts tell each other. `VCpu.run()` returns BUDGET or EXIT to the
// machine; every cold path the run loop calls (the memory slow path, the cold integer and
// system operations, the fetch miss, the FP/SIMD executors) returns one of the run statuses,
// which say whether the instruction retired, whether the PC moved, and whether the hypervisor
// must look at an exit the vCPU has set.

/** run(): the budget was spent. */
export const BUDGET = 0;
/** run(): the vCPU set an exit (syndrome in VCpu.exit*) for the hypervisor. */
export const EXIT = 1;

/** Completed: advance the PC. */
export const DONE = 0;
/** Exit to the hypervisor; the instruction did not complete. */
export const STOP = 1;
/** Completed, with PC and PSTATE set in the register file (ERET): reload. */
export const JUMP = 2;
/** An exception was taken to EL1 instead: reload. */
export const FAULT = 3;
/** Completed: advance the PC, then reload (MSR, TLBI, flag-setting cold ops). */
export const DONE_CHANGED = 4;
/** Exit to the hypervisor after the instruction retired (HVC, timer/GIC system register writes). */
export const STOP_RETIRED = 5;
