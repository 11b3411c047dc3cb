/* bench: CPU-bound deterministic workload (LCG, insertion sort, CRC32C,
 * Fletcher-32, xorshift) executing well over 200 million instructions
 * under QEMU, then a digest. See common/bench_core.h. */
#define BENCH_ROUNDS 320
#define BENCH_N 4096
#include "bench_core.h"

int main(void) { return bench_main("bench"); }
