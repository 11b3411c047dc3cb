/* poll_wait: busy-waits on time, the way bare-metal timer and RTC tests do: polling CNTVCT
 * for one second, CNTPCT for half a second, the virtual timer's ISTATUS (CNTV_CTL) and its TVAL
 * for 100 ms each, and the PL031 RTC's data register until its seconds change twice.  Each wait
 * checks what a waiting program relies on (the counter never goes backwards, the wait is at
 * least as long as asked and not wildly longer) and prints only that, so the output is the
 * same on every machine that keeps time: QEMU 7.2 in real time, a64dbg in virtual time.
 * (scripts/bench-poll.ts times it under both.) */
#include "lib.h"

#define CNTFRQ 62500000UL
#define RTC_DR 0x09010000UL

static inline u64 cntvct(void) { u64 v; __asm__ volatile("isb; mrs %0, cntvct_el0" : "=r"(v) :: "memory"); return v; }
static inline u64 cntpct(void) { u64 v; __asm__ volatile("isb; mrs %0, cntpct_el0" : "=r"(v) :: "memory"); return v; }

/* The wait took `got` ticks for `want`: at least `want`, and less than twice it (a loaded host
 * may stretch QEMU's wait somewhat, never double a second). */
static void report(const char *what, u64 want, u64 got, u64 polls, int monotonic)
{
    puts(what);
    puts(got >= want ? ": long enough" : ": TOO SHORT");
    puts(got < 2 * want ? ", not too long" : ", TOO LONG");
    puts(monotonic ? ", monotonic" : ", WENT BACKWARDS");
    puts(polls > 1 ? ", polled\n" : ", NOT POLLED\n");
}

static void wait_counter(const char *what, u64 (*read)(void), u64 ticks)
{
    u64 start = read(), last = start, now, polls = 0;
    int mono = 1;
    do {
        now = read();
        if (now < last) mono = 0;
        last = now;
        polls++;
    } while (now - start < ticks);
    report(what, ticks, now - start, polls, mono);
}

static void wait_istatus(u64 ticks)
{
    u64 start = cntvct(), polls = 0;
    __asm__ volatile("msr cntv_tval_el0, %0; msr cntv_ctl_el0, %1; isb" :: "r"(ticks), "r"(3UL)); /* enabled, masked */
    for (;;) {
        u64 ctl;
        __asm__ volatile("mrs %0, cntv_ctl_el0" : "=r"(ctl));
        polls++;
        if (ctl & 4) break;
    }
    report("CNTV_CTL.ISTATUS 100 ms", ticks, cntvct() - start, polls, 1);
    __asm__ volatile("msr cntv_ctl_el0, xzr; isb");
}

static void wait_tval(u64 ticks)
{
    u64 start = cntvct(), polls = 0;
    __asm__ volatile("msr cntv_tval_el0, %0; msr cntv_ctl_el0, %1; isb" :: "r"(ticks), "r"(3UL));
    for (;;) {
        u64 tval;
        __asm__ volatile("mrs %0, cntv_tval_el0" : "=r"(tval));
        polls++;
        if ((i32)tval <= 0) break;
    }
    report("CNTV_TVAL 100 ms", ticks, cntvct() - start, polls, 1);
    __asm__ volatile("msr cntv_ctl_el0, xzr; isb");
}

static void wait_rtc(void)
{
    u32 t0 = *(volatile u32 *)RTC_DR, t, changes = 0;
    u64 polls = 0, start = 0;
    while (changes < 2) {
        t = *(volatile u32 *)RTC_DR;
        polls++;
        if (t != t0) {
            if (changes == 0) start = cntvct();
            changes++;
            t0 = t;
        }
    }
    report("PL031 RTC one second", CNTFRQ * 9 / 10, cntvct() - start, polls, 1);
}

int main(void)
{
    putln("poll_wait start");
    wait_counter("CNTVCT 1 s", cntvct, CNTFRQ);
    wait_counter("CNTPCT 500 ms", cntpct, CNTFRQ / 2);
    wait_istatus(CNTFRQ / 10);
    wait_tval(CNTFRQ / 10);
    wait_rtc();
    putln("poll_wait done");
    return 0;
}
