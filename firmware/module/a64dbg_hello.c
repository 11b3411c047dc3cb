// SPDX-License-Identifier: GPL-2.0
/*
 * a64dbg_hello: a tiny out-of-tree module for test/module.test.ts (stepping through a kernel
 * module after insmod). Loading it does almost nothing, so the debugger can learn where its
 * .text landed (/sys/module/a64dbg_hello/sections/.text) before any of its code of interest
 * runs. Writing N to /sys/module/a64dbg_hello/parameters/run calls a64dbg_hello_work(N) from
 * the parameter's set() and prints the result:
 *
 *   echo 3 > /sys/module/a64dbg_hello/parameters/run
 *   a64dbg_hello: work(3) = 15
 *
 * Built by scripts/build-module.sh against the headers of the guest's kernel.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

static int a64dbg_hello_last;

/* One step of the work: kept out of line so a backtrace has two module frames below it. */
static noinline int a64dbg_hello_step(int acc, int i)
{
	acc += i * i;
	acc ^= i;
	return acc;
}

/* work(3): acc = 0 -> (0+1)^1 = 0 -> (0+4)^2 = 6 -> (6+9)^3 = 12; + 3 = 15. */
noinline int a64dbg_hello_work(int n)
{
	int acc = 0;
	int i;

	for (i = 1; i <= n; i++)
		acc = a64dbg_hello_step(acc, i);
	acc += n;
	return acc;
}
EXPORT_SYMBOL_GPL(a64dbg_hello_work);

static int a64dbg_hello_run_set(const char *val, const struct kernel_param *kp)
{
	int n, ret;

	ret = kstrtoint(val, 0, &n);
	if (ret)
		return ret;
	if (n < 0 || n > 1000)
		return -EINVAL;
	a64dbg_hello_last = a64dbg_hello_work(n);
	pr_info("a64dbg_hello: work(%d) = %d\n", n, a64dbg_hello_last);
	return 0;
}

static int a64dbg_hello_run_get(char *buf, const struct kernel_param *kp)
{
	return sprintf(buf, "%d\n", a64dbg_hello_last);
}

static const struct kernel_param_ops a64dbg_hello_run_ops = {
	.set = a64dbg_hello_run_set,
	.get = a64dbg_hello_run_get,
};
module_param_cb(run, &a64dbg_hello_run_ops, NULL, 0644);
MODULE_PARM_DESC(run, "write N to compute and print a64dbg_hello_work(N)");

static int __init a64dbg_hello_init(void)
{
	pr_info("a64dbg_hello: loaded\n");
	return 0;
}

static void __exit a64dbg_hello_exit(void)
{
	pr_info("a64dbg_hello: unloaded\n");
}

module_init(a64dbg_hello_init);
module_exit(a64dbg_hello_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("a64dbg test module: a function to step through after insmod");
MODULE_AUTHOR("a64dbg");
