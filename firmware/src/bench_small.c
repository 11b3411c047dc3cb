/* bench_small: the bench workload scaled down to about 5 million
 * instructions for quick checks. See common/bench_core.h. */
#define BENCH_ROUNDS 10
#define BENCH_N 2048
#include "bench_core.h"

int main(void) { return bench_main("bench_small"); }
