/* system: system-register and hint instructions.
 * MRS/MSR NZCV (each flag alone, all, reserved bits), CurrentEL, CPACR_EL1
 * (FPEN enabled so FPCR/FPSR can be touched), FPCR/FPSR storage (which
 * bits read back), TPIDR_EL0/TPIDRRO_EL0/TPIDR_EL1 read/write, DAIF via
 * MSR DAIFSet/DAIFClr/MSR DAIF, SPSel #0/#1 with SP_EL0/SP_EL1 switching,
 * NOP/YIELD/SEV/SEVL+WFE, DMB/DSB/ISB variants, CLREX, unallocated HINTs.
 * Exits with code 3 on purpose (checks exit status propagation). */
#include "lib.h"

#define MRS(reg) ({ u64 v_; __asm__ volatile("mrs %0, " reg : "=r"(v_)); v_; })
#define MSR(reg, v) __asm__ volatile("msr " reg ", %0" :: "r"((u64)(v)) : "memory")

int main(void)
{
    putln("system start");

    putln("== nzcv");
    static const u64 nz[] = { 0x80000000, 0x40000000, 0x20000000, 0x10000000, 0xf0000000,
                              0xffffffff, 0x0fffffff, 0 };
    for (unsigned i = 0; i < NELEM(nz); i++) {
        MSR("nzcv", nz[i]);
        rep1("msr/mrs nzcv", nz[i], MRS("nzcv"), 0);
    }
    /* flags set by msr are seen by a conditional */
    {
        u64 r;
        __asm__ volatile("msr nzcv, %1\n\tcset %0, vs" : "=r"(r) : "r"(0x10000000UL) : "cc");
        pr("msr nzcv V then cset vs", r);
        __asm__ volatile("msr nzcv, %1\n\tcset %0, hi" : "=r"(r) : "r"(0x20000000UL) : "cc");
        pr("msr nzcv C then cset hi", r);
    }

    putln("== currentel / cpacr");
    pr("CurrentEL", MRS("currentel"));
    pr("cpacr_el1 (reset)", MRS("cpacr_el1"));
    MSR("cpacr_el1", 3UL << 20);          /* FPEN = 0b11: no FP/SIMD trapping */
    __asm__ volatile("isb");
    pr("cpacr_el1 (FPEN=3)", MRS("cpacr_el1"));

    putln("== fpcr / fpsr");
    static const u64 fv[] = { 0xffffffff, 0x03c00000, 0x07ff9f00, 0x00000001, 0x0000009f, 0xf800009f, 0 };
    for (unsigned i = 0; i < NELEM(fv); i++) {
        MSR("fpcr", fv[i]);
        rep1("fpcr write/read", fv[i], MRS("fpcr"), 0);
    }
    for (unsigned i = 0; i < NELEM(fv); i++) {
        MSR("fpsr", fv[i]);
        rep1("fpsr write/read", fv[i], MRS("fpsr"), 0);
    }

    putln("== thread id registers");
    MSR("tpidr_el0", 0x0123456789abcdefUL);
    pr("tpidr_el0", MRS("tpidr_el0"));
    MSR("tpidr_el0", 0);
    pr("tpidr_el0 (0)", MRS("tpidr_el0"));
    MSR("tpidrro_el0", 0xfedcba9876543210UL);
    pr("tpidrro_el0", MRS("tpidrro_el0"));
    MSR("tpidr_el1", 0x5555aaaa5555aaaaUL);
    pr("tpidr_el1", MRS("tpidr_el1"));

    putln("== daif");
    pr("daif (reset)", MRS("daif"));
    __asm__ volatile("msr daifclr, #0xf" ::: "memory");
    pr("after daifclr #0xf", MRS("daif"));
    __asm__ volatile("msr daifset, #0x8" ::: "memory");
    pr("after daifset #8 (D)", MRS("daif"));
    __asm__ volatile("msr daifset, #0x3" ::: "memory");
    pr("after daifset #3 (I,F)", MRS("daif"));
    __asm__ volatile("msr daifclr, #0x1" ::: "memory");
    pr("after daifclr #1 (F)", MRS("daif"));
    __asm__ volatile("msr daifset, #0x4" ::: "memory");
    pr("after daifset #4 (A)", MRS("daif"));
    MSR("daif", 0x140);
    pr("msr daif 0x140", MRS("daif"));
    MSR("daif", 0xffffffff);
    pr("msr daif 0xffffffff", MRS("daif"));

    putln("== spsel");
    {
        static u8 altstack[256] __attribute__((aligned(16)));
        u64 sel0, sel1, sel2, sp1a, sp1b, sp0a, sp0b, el0now;
        u64 alt = (u64)(altstack + 256);
        __asm__ volatile(
            "mrs %0, spsel\n\t"
            "mov %3, sp\n\t"                /* SP_EL1 */
            "msr sp_el0, %8\n\t"
            "msr spsel, #0\n\t"
            "mrs %1, spsel\n\t"
            "mov %5, sp\n\t"                /* now SP_EL0 */
            "sub sp, sp, #0x30\n\t"         /* modifies SP_EL0 only */
            "msr spsel, #1\n\t"
            "mrs %2, spsel\n\t"
            "mov %4, sp\n\t"                /* SP_EL1 again, unchanged */
            "mrs %6, sp_el0\n\t"
            "msr spsel, #0\n\t"
            "mov %7, sp\n\t"
            "msr spsel, #1\n\t"
            : "=&r"(sel0), "=&r"(sel1), "=&r"(sel2), "=&r"(sp1a), "=&r"(sp1b),
              "=&r"(sp0a), "=&r"(sp0b), "=&r"(el0now)
            : "r"(alt) : "memory");
        pr("spsel (reset)", sel0);
        pr("spsel after #0", sel1);
        pr("spsel after #1", sel2);
        pr("sp_el1 unchanged", sp1a == sp1b);
        pr("sp with spsel=0 == sp_el0", sp0a == alt);
        pr("sp_el0 after sub (delta)", alt - sp0b);
        pr("sp with spsel=0 again (delta)", alt - el0now);
        pr("sp_el0 value (absolute)", sp0b);
    }

    putln("== hints and barriers");
    __asm__ volatile("nop\n\tyield\n\tsev\n\tsevl\n\twfe\n\tsevl\n\twfe" ::: "memory");
    putln("nop/yield/sev/sevl/wfe ok");
    __asm__ volatile("dmb sy\n\tdmb ish\n\tdmb ishld\n\tdmb ishst\n\tdmb osh\n\tdmb nsh\n\t"
                     "dmb ld\n\tdmb st\n\tdmb oshld\n\tdmb #0\n\t"
                     "dsb sy\n\tdsb ish\n\tdsb ishst\n\tdsb nsh\n\tdsb osh\n\tdsb ld\n\tisb\n\tisb sy" ::: "memory");
    putln("dmb/dsb/isb ok");
    __asm__ volatile("clrex\n\tclrex #5" ::: "memory");
    putln("clrex ok");
    {
        u64 r = 0x1234;
        __asm__ volatile("hint #0x45\n\thint #0x6f\n\thint #0x7f\n\thint #0x13\n\tadd %0, %0, #1" : "+r"(r));
        pr("unallocated hints as nop", r);
    }
    putln("system done (exit code 3 on purpose)");
    return 3;
}
